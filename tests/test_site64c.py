"""Customer records deep in long City PDFs (red team site64c: agenda packets, budget books, rate-case exhibits).

Misses closed:
- A fillable form's fields named by a tax form's or LiveCycle's scheme ("f1_4[0]", "TextField2[0]") say nothing of
  what they hold, as "Text6" does not: such a field takes the label printed beside or above its box ("Account
  Number:"), so its account and meter are read as the form's customer's.
- A person whose surname is a park's word ("Park"), with a given name the vocabulary lacks, named after the word for
  a customer or a complainant ("Customer Chidi Park (SA ...)"), or followed by what a person does ("... (acct ...)
  called"), is a person: the account in brackets after the name is theirs, not a City park's.
- A long packet's second reading (its wrapped lines joined as paragraphs) takes about what its first took: when the
  time left before the worker's limit is shorter, the findings of the first reading are kept and the document says
  what was not done, where the worker's time limit would have killed it and lost every finding ("extraction timed out
  after 120 s" on a 350-page agenda packet on a loaded machine).
"""
from __future__ import annotations

import io
from detectors import work_clock

from crawler.extract import extract
from detectors.engine import PARAGRAPHS_NOT_READ, detections
from tests.detector_helpers import _all_detectors, lines_pdf, pairs_found, values_of

_SITE = "https://www.cityofsantaclarita.example.gov/agendas"


# --- 1. form fields named by a tax form's or LiveCycle's scheme --------------------------------------------------

def _form(fields: list[tuple[str, str]], names: str, above: bool) -> bytes:
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(60, 780, "MEDICAL BASELINE ALLOWANCE - APPLICATION FOR ADDITIONAL QUANTITIES")
    for k, (label, value) in enumerate(fields):
        y = 700 - 44 * k
        name = f"f1_{k + 3}[0]" if names == "tax" else f"TextField{k + 1}[0]"
        if above:
            pdf.drawString(200, y + 22, label)
        else:
            pdf.drawString(60, y + 5, f"{label}:")
        pdf.acroForm.textfield(name=name, value=value, x=200, y=y, width=280, height=17, borderWidth=1)
    pdf.save()
    return out.getvalue()


_APPLICANT = [("Applicant", "Marisela Youngblood"), ("Premises address", "4410 Vista Grande Dr"),
              ("Electric account number", "3-118-402-7756"), ("Meter no.", "P22K-318804"),
              ("Daytime telephone", "(661) 284-9130")]


def test_tax_form_field_names_take_the_label_printed_beside_them():
    found = pairs_found(f"{_SITE}/mba_youngblood.pdf", _form(_APPLICANT, "tax", above=False))
    assert {"3-118-402-7756", "P22K-318804"} <= values_of(found, "account_number")
    assert "Marisela Youngblood" in values_of(found, "customer_name")


def test_livecycle_field_names_take_the_label_printed_above_them():
    found = pairs_found(f"{_SITE}/mba_youngblood.pdf", _form(_APPLICANT, "livecycle", above=True))
    assert {"3-118-402-7756", "P22K-318804"} <= values_of(found, "account_number")


def test_a_contractors_form_of_such_fields_stays_quiet():
    # a building division's registration form, its fields named by the same tool: licence, permit and bond numbers
    found = pairs_found(f"{_SITE}/contractor_registration.pdf", _form([
        ("Business name", "Arroyo Electric & Solar Inc."), ("C-10 license number", "1083376"),
        ("Business license no.", "BL-2026-004418"), ("Surety bond number", "SB7730155"),
        ("Office phone", "(661) 255-4400")], "tax", above=False))
    assert not values_of(found, "account_number")
    assert not values_of(found, "customer_name")


# --- 2. a person whose surname is a park's word ------------------------------------------------------------------

def test_a_customer_named_park_is_a_person_whatever_the_given_name():
    found = pairs_found(f"{_SITE}/packet.pdf", lines_pdf([
        "Comment card received at the counter, 3 November:",
        "Customer Nkechi Park (SCE acct 2-305-881-4472) wants her name taken off the exhibit.",
    ]))
    assert "2-305-881-4472" in values_of(found, "account_number")
    assert "Nkechi Park" in values_of(found, "customer_name")


def test_a_park_named_person_does_what_a_person_does():
    found = pairs_found(f"{_SITE}/packet.pdf", lines_pdf([
        "Call log, billing unit:",
        "Oyelaran Park (account 2-305-881-4472) phoned twice about the estimated July read.",
    ]))
    assert "2-305-881-4472" in values_of(found, "account_number")


def test_a_parks_account_in_a_staff_report_stays_quiet():
    # an energy report's facility accounts: the park named by its own name, its use in kWh
    found = pairs_found(f"{_SITE}/energy_report.pdf", lines_pdf([
        "Municipal facility load, FY 2025-26",
        "Central Park (SCE account 2-104-337-9051) used 148,220 kWh, mostly for field lighting.",
        "Mint Canyon Park (SCE account 2-104-337-9064) reported 61,400 kWh after the LED retrofit.",
    ]))
    assert not values_of(found, "account_number")
    assert not values_of(found, "customer_name")


# --- 3. the second reading of a long packet near the worker's time limit ------------------------------------------

_LETTER = [
    "Exhibit F - Correspondence",
    "I am writing about the bill for my home. The account, number 7-440-218-3390, has been",
    "in the name of Teodoro Abernathy since 2011, and the service address is 2291 Placerita",
    "Canyon Rd. Please call me with the decision.",
]


def test_a_document_near_its_time_limit_keeps_what_its_first_reading_found():
    document = extract(f"{_SITE}/packet.pdf", lines_pdf(_LETTER))
    # the limit already past: the process's CPU clock can move in ticks of a few milliseconds, and a short first
    # reading between two ticks left it at exactly the limit, which is not past it
    found = list(detections(document, _all_detectors(), deadline=work_clock.now() - 1, limit=work_clock.now() - 1))
    assert "7-440-218-3390" in {d.value for d in found if d.category == "account_number"}
    assert PARAGRAPHS_NOT_READ in document.unchecked


def test_a_document_with_time_left_is_read_again_as_paragraphs():
    document = extract(f"{_SITE}/packet.pdf", lines_pdf(_LETTER))
    found = list(detections(document, _all_detectors(), deadline=work_clock.now() + 600, limit=work_clock.now() + 600))
    assert "7-440-218-3390" in {d.value for d in found if d.category == "account_number"}
    assert PARAGRAPHS_NOT_READ not in document.unchecked
