"""Staff memos of a city's utility with a customer's case in them. An organisation the memo sends residents to ("were
referred to <name>, <phone>, <mailbox on the name's own domain>") gives its published contacts, not the customer's,
even where the case's record runs on into that sentence; a ten-digit number right after a kWh figure is the next
field (an account), no usage; "kWh billed:" is a usage label where it stands alone (a case file's running header).
Invented customers, numbers and organisations."""
from __future__ import annotations

import io

import docx

from detectors.context.shapes import consumption_spans
from tests.detector_helpers import pairs_found, values_of

_RECORD = "Customer contact details (draft): Complainant: Marisol Ybarra; SA #: 3-118-402-7765; kWh billed: 982 kWh"


def memo(*paragraphs: str, header: str | None = None) -> set[tuple[str, str]]:
    document = docx.Document()
    document.add_paragraph("MEMORANDUM")
    document.add_paragraph("Staff reviewed the estimated reads and the back-billing limits of Rule 17.")
    for text in paragraphs:
        document.add_paragraph(text)
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    document.save(out)
    return pairs_found("https://www.pomonaca.gov/files/billing-memo.docx", out.getvalue())


def test_organisation_referred_to_keeps_its_own_phone_and_mailbox():
    for sentence in (
            "Residents who asked about weatherization were referred to Pomona Tool Lending Library, (909) 555-0168, "
            "loans@pomonatoollending.org, a partner listed on the City's website.",
            "For repairs, contact Inland Valley Repair Cafe at (909) 555-0152 or hello@ivrepaircafe.org, a "
            "volunteer group listed on the program page."):
        pairs = memo(_RECORD, sentence)
        assert not values_of(pairs, "phone") and not values_of(pairs, "email"), sentence
        assert "Marisol Ybarra" in values_of(pairs, "customer_name")
        assert "3-118-402-7765" in values_of(pairs, "account_number")


def test_person_contacted_at_a_domain_of_their_own_name_is_still_reported():
    """A person's name is no organisation's, whatever their mailbox's domain spells."""
    pairs = memo("Complainant: Rosalind Okafor; SA #: 3-118-402-7765; kWh billed: 1,044 kWh",
                 "Staff will contact Rosalind Okafor, (909) 555-0199, ro@rokafor.net about the refund.")
    assert "(909) 555-0199" in values_of(pairs, "phone")
    assert "ro@rokafor.net" in values_of(pairs, "email")


def test_mailbox_on_another_domain_than_the_organisations_is_still_reported():
    """The rule asks for the organisation's own domain: a mailbox at a consumer provider there may be the
    customer's, the record running on into the sentence."""
    pairs = memo(_RECORD, "Also referred to Pomona Tool Lending Library, (909) 555-0168, marisol.y@gmail.com")
    assert "marisol.y@gmail.com" in values_of(pairs, "email")


def test_account_number_after_a_kwh_figure_is_no_usage():
    pairs = memo("Complainant: Marisol Ybarra", "Customer information: 1,386 kWh 4418207735 m.ybarra@outlook.com")
    usage = values_of(pairs, "energy_usage")
    assert any("1,386" in value for value in usage)
    assert not any("4418207735" in value for value in usage)


def test_unit_as_a_label_still_reads_its_figure():
    for text, figure in (("kwh 2343 last cycle", "2343"), ("kWh used: 1,234", "1,234"),
                         ("kwh this cycle 2759 vs 870 LY", "2759")):
        assert figure in [text[a:b] for a, b in consumption_spans(text)], text
    text = "Customer record: 2,405 kWh 6613047720 ana@example.net"
    assert [text[a:b] for a, b in consumption_spans(text)] == ["2,405 kWh"]


def test_kwh_billed_alone_in_a_case_files_header_is_reported():
    pairs = memo("Account no.: 5532918846", header="Re: kWh billed: 517 kWh")
    assert any("517" in value for value in values_of(pairs, "energy_usage"))


def test_kwh_billed_in_the_header_of_a_memo_naming_no_customer_is_not_reported():
    pairs = memo("The program's results are summarized below.", header="Re: kWh billed: 517 kWh")
    assert not values_of(pairs, "energy_usage")


def property_findings(body: list[str], **properties: str) -> set[tuple[str, str, str | None]]:
    """(category, value, property) of every finding in a Word case file with ``body`` and core ``properties``; the
    property is None for a finding in the body."""
    from crawler.extract import extract
    from detectors.engine import scan_document
    from tests.detector_helpers import _all_detectors

    document = docx.Document()
    for text in body:
        document.add_paragraph(text)
    for name, value in properties.items():
        setattr(document.core_properties, name, value)
    out = io.BytesIO()
    document.save(out)
    extracted = extract("https://www.pomonaca.gov/files/case.docx", out.getvalue())
    return {(f.category, f.value, f.label if f.hidden == "document properties" else None)
            for f in scan_document(extracted, _all_detectors())}


_CASE = ["CUSTOMER CASE NOTES", "Customer name: Odalys Ferreira", "Account no.: 5532918846",
         "The customer disputed the estimated read; staff approved a credit."]


def test_address_and_phone_in_a_case_files_properties_are_reported():
    found = property_findings(_CASE, keywords="billing, dispute, 4417 N Cambridge Ave",
                              comments="Draft for (909) 555-0148")
    assert ("address", "4417 N Cambridge Ave", "keywords") in found
    assert ("phone", "(909) 555-0148", "comments") in found


def test_customers_name_in_the_title_is_reported_where_the_body_names_them():
    found = property_findings(_CASE, title="Estimated read dispute - Odalys Ferreira")
    assert ("customer_name", "Odalys Ferreira", "title") in found


def test_name_the_body_does_not_give_is_not_read_from_the_title():
    """A name in the title alone may be the case owner's: the body must name that customer."""
    found = property_findings(_CASE, title="Estimated read dispute - Priya Raman", author="Priya Raman")
    assert not any(value == "Priya Raman" for _, value, _ in found)


def test_properties_of_a_file_naming_no_account_are_not_reported():
    found = property_findings(["PROGRAM MEMO", "Enrollment in the rebate program rose this quarter."],
                              keywords="rebates, outreach, 2210 W Holt Ave", comments="Draft for (909) 555-0148")
    assert not any(where for _, _, where in found)


def test_city_hall_in_a_case_files_keywords_is_not_reported():
    found = property_findings(_CASE, keywords="billing, City Hall, 505 S Garey Ave")
    assert not any(where for _, _, where in found)
