"""Rules of the lead's round 56, with hard negatives.

- After a role word in lower case, a modal verb is the sentence's verb, not a given name, when a word of the
  language follows ("the appellant may reach staff at ..."), though the lists hold "May" and "Will" as names.
- What a customer is enrolled in or switched to is a program or a rate plan, however capitalised ("enrolled in Base
  Green"), not a person.
- A page reads as a budget by its fiscal year written with four digits ("FY 2023-24") as with two ("FY24").
"""
from __future__ import annotations

from detectors.labels import BudgetPages
from detectors.model import Location, Segment
from tests.detector_helpers import pairs_found

_SITE = "https://www.arroyoseco.gov/"


def _names(text: str) -> set[str]:
    return {value for category, value in pairs_found(_SITE + "utilities/case.html",
                                                     f"<html><body><p>{text}</p></body></html>")
            if category == "customer_name"}


def test_a_modal_verb_after_a_role_word_is_no_given_name():
    assert _names("The appellant may reach staff at (909) 620-2241. Account 2-11-222-3333 was reviewed.") == set()
    assert _names("Appellants can call the Clerk at (909) 620-2241 about account 2-11-222-3333.") == set()
    assert _names("the customer will phone back re acct 2-11-222-3333") == set()


def test_a_lower_case_name_after_a_role_word_is_still_read_when_a_name_follows_the_modal():
    assert _names("cx may chen called re acct 2-11-222-3333, high bill") == {"may chen"}
    assert _names("called back cust maria lopez re acct 2-11-222-3333") == {"maria lopez"}


def test_a_rate_plan_enrolled_in_is_no_person():
    found = pairs_found(_SITE + "utilities/case.html", "<p>Mr. Ortiz enrolled in Base Green at 1412 W Holt Ave, "
                        "account 2-11-222-3333, using 640 kWh a month.</p>")
    assert ("customer_name", "Base Green") not in found
    assert {("customer_name", "Mr. Ortiz"), ("account_number", "2-11-222-3333"),
            ("address", "1412 W Holt Ave")} <= found
    assert _names("Ms. Ruiz switched to Prime Power on 3/1; account 2-11-222-3333, 1412 W Holt Ave.") == {"Ms. Ruiz"}


def test_a_person_enrolled_by_staff_is_still_the_customer():
    assert _names("Staff enrolled Maria Lopez in CARE; account 2-11-222-3333.") == {"Maria Lopez"}
    assert _names("Customer Ana Ruiz signed up for Bright Choice; 12 Elm St, Arroyo Seco; (909) 555-0142.") == {
        "Ana Ruiz"}


def _page(*lines: str) -> list[Segment]:
    return [Segment(line, Location(page=4)) for line in lines]


def test_a_fiscal_year_of_four_digits_is_a_budget_cue():
    assert 4 in BudgetPages(_page("Parks and Recreation - FY 2023-24", "Fund 101 General"))
    assert 4 in BudgetPages(_page("Fiscal Year FY2024/2025", "Revenues by source"))
    assert 4 not in BudgetPages(_page("FY 2023-24 holiday schedule", "City Hall is closed on Monday"))
    assert 4 not in BudgetPages(_page("FYI 2024: budget billing spreads your payments", "Call us"))


# -- a long PDF past the time its extraction may take ------------------------------------------------------------------

def _pages_pdf(pages: list[str]) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for text in pages:
        pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_pdf_past_its_time_limit_keeps_the_pages_read_and_lists_the_rest(monkeypatch):
    """A 200-page agenda packet on a loaded machine: the pages read before the limit are still checked (their
    findings reported), the rest listed as not read, so the verdict says incomplete and loses nothing it read."""
    import crawler.extract.pdf as pdf_extractor
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors

    read = pdf_extractor.read_page

    def slow_read(builder, pdf, index, *rest):
        if index == 1:  # the time runs out while page 2 is read
            builder.deadline = 0.0
        return read(builder, pdf, index, *rest)

    monkeypatch.setattr(pdf_extractor, "read_page", slow_read)
    body = _pages_pdf(["Staff report: street sweeping schedule.", "Claimant SSN 512-34-6789 (Rosa Delgado)."]
                      + [f"Attachment {n}: route map." for n in range(3, 8)])
    document = extract(_SITE + "packet.pdf", body, "application/pdf", deadline=10 ** 12)
    assert document.unchecked == ["pages 3-7 not read within the time limit (see [crawl] extract_timeout)"]
    assert ("ssn", "512-34-6789") in {(f.category, f.value) for f in scan_document(document, load_detectors())}
