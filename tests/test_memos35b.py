"""A Word case file's hidden parts that hold a customer's data with little around it: a custom XML data part keeping
one or two of the customer's fields under their element names, an account number typed alone into the file's
properties ("Draft for ..." in the comments, the author box), a one-row table "Usage | 734 kWh", and a footnote's
"Contact no.: ..." closing its sentence. Each counts only once the file's body is a customer's case; a program memo,
a memo's or a file's number, a date, the City's own contacts and collective figures stay public. Staff memos of a
city's utility, with invented customers and numbers."""
from __future__ import annotations

import docx

from tests.detector_helpers import pairs_found
from tests.test_memos34a import memo, rewritten, saved, with_document_relationship

_URL = "https://www.example-city.gov/files/case-memo.docx"
_CASE = "Staff reviewed the disputed bill. Customer name: Rosalind Oyelaran-Pike; Account no.: 8316620475."
_PROGRAM = "The Summer Saver program enrolled 2,140 households this year; staff will report results in March."
_ITEM_PROPS = ('<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" '
               'ds:itemID="{7A1B2C3D-4444-4555-8666-977788889999}"/>')


def with_data_part(body: bytes, item: str) -> bytes:
    return rewritten(body, {"customXml/item1.xml": '<?xml version="1.0"?>' + item,
                            "customXml/itemProps1.xml": _ITEM_PROPS})


# --- custom XML data parts ---------------------------------------------------------------------------------------

def test_a_data_part_keeping_only_the_customers_name_is_their_record_in_a_case_file():
    body = with_data_part(saved(memo(_CASE)), "<caseData><customer_name>Thaddeus Okonkwo-Brandt</customer_name>"
                                              "</caseData>")
    assert ("customer_name", "Thaddeus Okonkwo-Brandt") in pairs_found(_URL, body)


def test_a_data_part_keeping_only_the_service_address_or_the_phone_is_the_customers():
    address = with_data_part(saved(memo(_CASE)), "<case><service_address>4182 W Lexington Ave</service_address></case>")
    assert ("address", "4182 W Lexington Ave") in pairs_found(_URL, address)
    phone = with_data_part(saved(memo(_CASE)), "<case><phone>626-418-2957</phone></case>")
    assert ("phone", "626-418-2957") in pairs_found(_URL, phone)


def test_a_data_part_in_a_memo_with_no_customers_case_stays_public():
    name = with_data_part(saved(memo(_PROGRAM)), "<case><customer_name>Thaddeus Okonkwo-Brandt</customer_name></case>")
    assert not any(c == "customer_name" for c, _ in pairs_found(_URL, name))
    address = with_data_part(saved(memo(_PROGRAM)), "<case><address>4182 W Lexington Ave</address></case>")
    assert not any(c == "address" for c, _ in pairs_found(_URL, address))


def test_a_cover_pages_company_fields_in_a_case_file_stay_public():
    body = with_data_part(saved(memo(_CASE)),
                          '<CoverPageProperties xmlns="http://schemas.microsoft.com/office/2006/coverPageProps">'
                          '<CompanyAddress>505 S Garey Ave, Pomona, CA 91766</CompanyAddress>'
                          '<CompanyPhone>(909) 620-2311</CompanyPhone></CoverPageProperties>')
    found = pairs_found(_URL, body)
    assert not any("Garey" in v or "620-2311" in v for _, v in found)
    assert ("account_number", "8316620475") in found


# --- account numbers in the file's properties ------------------------------------------------------------------------

def with_properties(document: docx.Document, **properties: str) -> bytes:
    for name, value in properties.items():
        setattr(document.core_properties, name, value)
    return saved(document)


def test_an_account_number_in_the_comments_or_the_author_box_of_a_case_file_is_found():
    comments = with_properties(memo(_CASE), comments="Draft for 7406613290")
    assert ("account_number", "7406613290") in pairs_found(_URL, comments)
    coded = with_properties(memo(_CASE), comments="Draft for PCE417305-62")
    assert any(c == "account_number" and "417305" in v for c, v in pairs_found(_URL, coded))
    author = with_properties(memo(_CASE), author="7406613290")
    assert ("account_number", "7406613290") in pairs_found(_URL, author)


def test_memo_and_file_numbers_and_dates_in_a_case_files_properties_are_no_account():
    body = with_properties(memo(_CASE), title="Memo No. 2026041502", subject="File #4410023391",
                           comments="Draft 2026031401; claim 6612098824", keywords="billing, 2026-03-14")
    found = {v for c, v in pairs_found(_URL, body) if c == "account_number"}
    assert found == {"8316620475"}


def test_an_account_shaped_number_in_a_program_memos_properties_stays_quiet():
    body = with_properties(memo(_PROGRAM), comments="Draft for 7406613290", author="7406613290")
    assert not any(c == "account_number" for c, _ in pairs_found(_URL, body))


def test_the_citys_phone_typed_bare_in_a_case_files_properties_is_no_account():
    body = with_properties(memo(_CASE), comments="Questions: 9096202311")
    assert not any(v == "9096202311" for _, v in pairs_found(_URL, body))


# --- a one-row table and a footnote ----------------------------------------------------------------------------------

def one_row_table(first: str, *rows: tuple[str, str]) -> bytes:
    document = memo(first)
    table = document.add_table(rows=len(rows), cols=2)
    for number, (label, value) in enumerate(rows):
        table.cell(number, 0).text = label
        table.cell(number, 1).text = value
    document.add_paragraph("The adjustment will appear on the next statement.")
    return saved(document)


def test_a_one_row_table_of_a_usage_label_and_its_figure_is_the_customers():
    assert ("energy_usage", "734 kWh") in pairs_found(_URL, one_row_table(_CASE, ("Usage", "734 kWh")))
    assert ("phone", "626-418-2957") in pairs_found(_URL, one_row_table(_CASE, ("Phone", "626-418-2957")))


def test_a_one_row_table_of_a_collective_figure_or_in_a_program_memo_stays_public():
    assert not any(c == "energy_usage" for c, _ in pairs_found(_URL, one_row_table(_CASE, ("Citywide usage",
                                                                                          "41,200 kWh"))))
    assert not any(c == "energy_usage" for c, _ in pairs_found(_URL, one_row_table(_CASE, ("Average usage",
                                                                                          "488 kWh"))))
    assert not any(c == "energy_usage" for c, _ in pairs_found(_URL, one_row_table(_PROGRAM, ("Usage", "734 kWh"))))


_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def with_footnote(document: docx.Document, text: str) -> bytes:
    notes = (f'<w:footnotes xmlns:w="{_W}"><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{text}</w:t>'
             '</w:r></w:p></w:footnote></w:footnotes>')
    return with_document_relationship(saved(document), "footnotes.xml", _FOOTNOTES_TYPE, "footnotes", notes)


def _far_from_the_case(first: str) -> docx.Document:
    document = memo(first)
    document.add_paragraph("For questions about this memo, contact the Billing Supervisor at billing@example-city.gov "
                           "or (909) 620-2311, or visit City Hall, 505 S Garey Ave.")
    document.add_paragraph("Recommendation")
    document.add_paragraph("Residential customers averaged 488 kWh per month last summer across the service area.")
    return document


def test_a_footnotes_contact_number_ending_its_sentence_is_the_customers_in_a_case_file():
    body = with_footnote(_far_from_the_case(_CASE), "From the caller's notes: Contact no.: 626-418-2957.")
    assert ("phone", "626-418-2957") in pairs_found(_URL, body)


def test_a_footnotes_contact_number_of_the_city_or_in_a_program_memo_stays_public():
    city = with_footnote(_far_from_the_case(_CASE), "Billing questions: Contact no.: (909) 620-2311.")
    assert not any("620-2311" in v for _, v in pairs_found(_URL, city))
    program = with_footnote(_far_from_the_case(_PROGRAM), "From the caller's notes: Contact no.: 626-418-2957.")
    assert not any(c == "phone" for c, _ in pairs_found(_URL, program))
