"""Red teams site47 and docs47's leftover misses and last session's open notes (round 48).

- (miss, file name) A file name that glues an SSN's or an account's groups with dots ("smith.512.34.6789.pdf") is
  read as one that glues them with hyphens or underscores (``crawler.url_text``). Hard negatives: a dotted date, a
  version number, a short item number.
- (miss, notes) A staff note that says what template staff used for a real customer ("Used the payment-plan template
  for Mr. Ocampo at ...") is that customer's note; a paragraph that is a template, or that introduces one, is still
  of another kind (``public_people.of_another_kind``).
- (miss, OCR) A labelled e-mail field whose mailbox OCR cut after the domain's last dot ("Email: colllam74@yahoo. com")
  holds that mailbox (``email``). Hard negatives: an office's mailbox so cut, a bare "yahoo. com" in prose.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found, values_of


def _html(*paragraphs: str) -> str:
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


# -- file names ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, words", [
    ("/files/smith.512.34.6789.pdf", "files / smith 512-34-6789.pdf"),
    ("/files/512.34.6789.pdf", "files / 512-34-6789.pdf"),
    ("/files/acct.2.35.123.4567.pdf", "files / acct 2-35-123-4567.pdf"),
    ("/files/minutes.2024.01.15.pdf", "files / minutes 2024-01-15.pdf"),  # read, a date: no finding
])
def test_a_dotted_file_name_is_read_as_a_hyphenated_one(path, words):
    from crawler.url_text import path_text
    assert path_text(path) == words


@pytest.mark.parametrize("path", ["/docs/report.v2.1.pdf", "/files/item.12.345.pdf", "/a/2024/rfp.3.pdf"])
def test_a_dotted_file_name_with_no_identifier_is_not_read(path):
    from crawler.url_text import path_text
    assert path_text(path) == ""


def test_a_dotted_ssn_in_a_link_target_is_a_finding():
    page = _html('<a href="/files/smith.512.34.6789.pdf">Notice</a> and '
                 '<a href="/files/minutes.2024.01.15.pdf">Minutes</a>')
    found = pairs_found("https://www.city.gov/records.html", page)
    assert values_of(found, "ssn") == {"512-34-6789"}
    assert not values_of(found, "account_number") and not values_of(found, "phone")


# -- a template used for a customer ---------------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Call log 03/14: spoke with Ruben Ocampo re: high bill; used payment plan template; service address "
    "2231 Via Verde Dr; cb (909) 555-0187.",
    "Spoke with Ruben Ocampo today about his high bill. Used the payment-plan template and set up 6 installments. "
    "His service address is 2231 Via Verde Dr and his callback number is (909) 555-0187.",
])
def test_a_note_of_the_template_used_for_a_customer_is_the_customers(note):
    found = pairs_found("https://www.city.gov/notes.html", _html(note))
    assert values_of(found, "customer_name") == {"Ruben Ocampo"}
    assert values_of(found, "address") == {"2231 Via Verde Dr"}
    assert values_of(found, "phone") == {"(909) 555-0187"}


@pytest.mark.parametrize("paragraph", [
    "Notes template. Spoke with Ruben Ocampo today about his high bill. His service address is 2231 Via Verde Dr.",
    "Call log template: spoke with Ruben Ocampo re: high bill; service address 2231 Via Verde Dr; cb (909) 555-0187.",
    "Template: Dear [Customer Name], your account [Account Number] at [Service Address] is past due.",
])
def test_a_template_is_still_no_customers_record(paragraph):
    found = pairs_found("https://www.city.gov/notes.html", _html(paragraph))
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_the_template_guard_reads_what_was_done_with_the_template():
    from detectors.context.public_people import of_another_kind
    assert not of_another_kind("Used the payment-plan template for Mr. Ocampo at 2231 Via Verde Dr.")
    assert not of_another_kind("Sent him the hardship template; e-mailed per the shut-off template.")
    assert of_another_kind("Use this template to write to us.")
    assert of_another_kind("Letter template. Dear Ruben Ocampo, your bill is past due.")
    assert of_another_kind("Used the payment-plan template. Template: Dear Ruben Ocampo,")


# -- a mailbox OCR cut at the domain's dot --------------------------------------------------------------------------

def test_an_ocr_cut_mailbox_in_an_email_field_is_found():
    found = pairs_found("https://www.city.gov/capture.html", _html(
        "Customer: Colleen Lam", "Email: colllam74@yahoo. com", "Phone: (562) 440-6172"))
    assert values_of(found, "email") == {"colllam74@yahoo. com"}
    assert values_of(found, "customer_name") == {"Colleen Lam"}


@pytest.mark.parametrize("paragraphs", [
    ("Contact: info@citycare. org",),
    ("Email: care@altamirahills. gov", "Phone: (626) 917-4400"),
    ("Many residents use yahoo. com or gmail. com for their mail.",),
])
def test_an_ocr_cut_public_or_bare_domain_is_no_finding(paragraphs):
    assert not values_of(pairs_found("https://www.city.gov/capture.html", _html(*paragraphs)), "email")
