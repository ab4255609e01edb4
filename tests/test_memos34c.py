"""Labelled values in the side parts of a Word case file (its running header and footer, a tracked deletion, hidden
text, a reviewer's comment) are the customer's once the file's body is a customer's case: the label says what the
value is, the case whose it is. A label's abbreviation stop ("Tel.:", "Service addr.:") ends no label. Staff memos of a
city's utility, with invented customers; the hard negatives are memos that name no customer's account."""
from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from detectors.context.headers import label_ending_at
from tests.detector_helpers import pairs_found, values_of

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def case_memo(account: bool = True) -> docx.Document:
    document = docx.Document()
    document.add_paragraph("MEMORANDUM")
    document.add_paragraph("To: Utility Services Manager. From: Billing Supervisor.")
    document.add_paragraph("Staff reviewed the estimated reads on this account and the back-billing limits of Rule 17.")
    if account:
        document.add_paragraph("Account no.: 5532918846")
    document.add_paragraph("The adjustment described above is recommended for approval.")
    document.add_paragraph("Staff confirmed that the meter was replaced in the spring and that the estimated reads "
                           "which followed were corrected on the next regular bill, as the tariff requires of us.")
    document.add_paragraph("Recommendation")
    document.add_paragraph("Approve the credit and close the complaint once the corrected bill has been mailed to "
                           "the address on file for the account, as is the practice for every such case.")
    return document


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def found(document) -> set[tuple[str, str]]:
    return pairs_found("https://www.pomonaca.gov/files/case-memo.docx", saved(document))


def deleted(document, kept: str, removed: str) -> None:
    """A paragraph reading ``kept`` after ``removed`` was struck out of it under tracked changes."""
    paragraph = document.add_paragraph(kept)
    paragraph._p.append(parse_xml(
        f'<w:del xmlns:w="{_W}" w:id="41" w:author="Billing Clerk" w:date="2024-05-02T10:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{removed}</w:delText></w:r></w:del>'))


def test_abbreviated_labels_end_at_their_colon():
    for text, label in (("Tel.: 909-555-0148", "Tel"), ("Service addr.: 118 W Elm Ave", "addr"),
                        ("Contact no.: 626-555-0190", "Contact")):
        match = label_ending_at(text, text.index(":") + 1)
        assert match and match.group("label") == label


def test_footer_service_address_of_a_case_file_is_reported():
    document = case_memo()
    document.sections[0].footer.paragraphs[0].text = "Case file - Service addr.: 4417 N Cambridge Ave"
    assert "4417 N Cambridge Ave" in " ".join(values_of(found(document), "address"))


def test_header_complainant_and_usage_are_reported():
    document = case_memo()
    header = document.sections[0].header
    header.paragraphs[0].text = "Re: Complainant: Odalys Ferreira-Quint"
    header.add_paragraph("Re: kWh billed: 1,236 kWh")
    pairs = found(document)
    assert "Odalys Ferreira-Quint" in " ".join(values_of(pairs, "customer_name"))
    assert any("1,236" in value for value in values_of(pairs, "energy_usage"))


def test_tracked_deletion_contact_number_is_reported():
    document = case_memo()
    deleted(document, "The customer called in. ", "Contact no.: 909-555-0173")
    assert any("555-0173" in value for value in values_of(found(document), "phone"))


def test_hidden_text_phone_is_reported():
    document = case_memo()
    run = document.add_paragraph().add_run("Tel.: (626) 555-0129")
    run.font.hidden = True
    assert any("555-0129" in value for value in values_of(found(document), "phone"))


def test_comment_usage_is_reported():
    document = case_memo()
    paragraph = document.add_paragraph("Usage was reviewed against the prior year.")
    document.add_comment(paragraph.runs, text="Monthly consumption: 1,118 kWh", author="Reviewer")
    assert any("1,118" in value for value in values_of(found(document), "energy_usage"))


def test_side_part_values_of_a_memo_naming_no_customer_are_not_reported():
    """A program memo, no account in it: its footer's and its hidden line's labelled values are no customer's."""
    document = case_memo(account=False)
    document.sections[0].footer.paragraphs[0].text = "Service addr.: 4417 N Cambridge Ave"
    deleted(document, "Questions go to the billing desk. ", "Tel.: 909-555-0148")
    run = document.add_paragraph().add_run("Monthly consumption: 1,118 kWh")
    run.font.hidden = True
    pairs = found(document)
    assert not values_of(pairs, "address") and not values_of(pairs, "phone")
    assert not values_of(pairs, "energy_usage")


def test_city_office_in_a_case_files_footer_is_not_reported():
    """The City's own office in the footer of a customer's case file stays public; the placeholder is no one's."""
    document = case_memo()
    footer = document.sections[0].footer
    footer.paragraphs[0].text = "City Hall, 505 S Garey Ave, Pomona, CA 91766 - Contact: Finance Director"
    footer.add_paragraph("Customer: [Customer Name]")
    pairs = found(document)
    assert not values_of(pairs, "address") and not values_of(pairs, "customer_name")
