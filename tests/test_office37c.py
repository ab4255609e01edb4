"""Office files of a utility department (round 37, office37c): ten bare digits beside a record's own account are the
person's phone; a document's keeper ("Template owner:") is staff; a callback list pasted under a statistics table's
columns is a record; a defined name's "name / account" list; a login written across a row's cells; a rebate's 1099
payee who is a person paid at home."""
from __future__ import annotations

import io

from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors, pairs_found, values_of

_URL = "https://www.pomonachoiceenergy.org/files/"


# -- ten bare digits beside a record's own labelled account --------------------------------------------------------

def _summary(header_line: str) -> str:
    return ("Billing dispute review - summary for the hearing officer\n\n"
            f"{header_line}\n\n"
            "The analyst compared twelve months of interval data with the meter test results.\n")


def test_bare_local_number_beside_a_labelled_account_is_the_persons_phone():
    found = pairs_found(_URL + "dispute-summary.txt",
                        _summary("Exhibit C | Dorotea Vashti-Kroll | 9517738420 | SA 8214409731"))
    assert "9517738420" in values_of(found, "phone")
    assert "9517738420" not in values_of(found, "account_number")
    assert "8214409731" in values_of(found, "account_number")
    assert "Dorotea Vashti-Kroll" in values_of(found, "customer_name")


def test_the_departments_own_line_in_such_a_record_is_nobodys_phone_nor_account():
    found = pairs_found(_URL + "dispute-summary.txt",
                        _summary("Exhibit C | Dorotea Vashti-Kroll | 9096202311 | SA 8214409731"))
    assert "9096202311" not in values_of(found, "phone") | values_of(found, "account_number")


def test_ten_digits_of_sces_account_form_beside_a_labelled_account_stay_an_account():
    found = pairs_found(_URL + "dispute-summary.txt",
                        _summary("Exhibit C | Dorotea Vashti-Kroll | 8037716624 | SA 8214409731"))
    assert "8037716624" not in values_of(found, "phone")


# -- a document's keeper is staff ------------------------------------------------------------------------------------

def _template_document(owner_line: str) -> Document:
    items = [("paragraph 1", "Standard notice templates - Customer Service"),
             ("paragraph 2", "Insert an address block from the gallery; never type a customer's details here."),
             ("paragraph 3", owner_line),
             ("building block Block1 > paragraph 1", "4471 Wrenfield Ave"),
             ("building block Block1 > paragraph 2", "Pomona, CA 91767"),
             ("building block Block1 > paragraph 3", "Account: 800317264455")]
    return Document(url="notice-templates.docx",
                    content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    segments=[Segment(text, Location(element=element)) for element, text in items])


def test_a_templates_owner_and_their_number_are_staff():
    for line in ("Template owner: Tavish Oyenuga, (909) 397-4417", "Maintained by Tavish Oyenuga, (909) 397-4417",
                 "Document author: Tavish Oyenuga, (909) 397-4417"):
        found = {(f.category, f.value) for f in scan_document(_template_document(line), _all_detectors())}
        assert "Tavish Oyenuga" not in values_of(found, "customer_name"), line
        assert "(909) 397-4417" not in values_of(found, "phone"), line
        assert "800317264455" in values_of(found, "account_number")


def test_an_accounts_owner_is_still_the_customer():
    found = pairs_found(_URL + "notes.txt", "Account owner: Tavish Oyenuga, (909) 397-4417, SCE acct 8031774520")
    assert "Tavish Oyenuga" in values_of(found, "customer_name")


# -- a callback list under a statistics table's columns --------------------------------------------------------------

def _stats_workbook(callbacks: list[list[str]]) -> bytes:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["Call Center - weekly figures"])
    sheet.append([])
    sheet.append(["Measure", "Mon", "Tue", "Wed"])
    sheet.append(["Calls offered", 312, 288, 301])
    sheet.append(["Calls answered", 290, 270, 285])
    sheet.append([])
    sheet.append(["Callbacks owed (from last week)"])
    for row in callbacks:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=8):
        for cell in cells:
            cell.number_format = ";;;"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_bare_phones_in_a_headerless_callback_row_beside_its_account_are_phones():
    rows = [["Ileana Brostow", "9096614472", "700318845192"],
            ["Kwabena Asante-Rue", "(626) 448-1907", "800427716350"],
            ["Marguerite Onwu", "9513378406", "7004 5521 9083"]]
    found = pairs_found(_URL + "contact-center-week.xlsx", _stats_workbook(rows))
    assert {"9096614472", "9513378406", "(626) 448-1907"} <= values_of(found, "phone")
    assert {"Ileana Brostow", "Marguerite Onwu"} <= values_of(found, "customer_name")
    assert "9096614472" not in values_of(found, "account_number")


def test_statistics_rows_hold_no_phone():
    found = pairs_found(_URL + "contact-center-week.xlsx", _stats_workbook([]))
    assert not values_of(found, "phone") and not values_of(found, "customer_name")


# -- a defined name's list of customers and their accounts ------------------------------------------------------------

def _workbook_with_constants(constants: dict[str, str]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.workbook.defined_name import DefinedName
    book = Workbook()
    book.active.title = "Budget"
    book.active.append(["Line item", "FY26"])
    book.active.append(["Meter replacements", 48000])
    for name, text in constants.items():
        book.defined_names[name] = DefinedName(name, attr_text=f'"{text}"')
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_each_entry_of_a_name_and_account_list_ties_its_own_name():
    body = _workbook_with_constants({"WriteOff1": "Oyibo Tefulani / 8000 4417 2093",
                                     "WriteOff2": "Zawadi Mkhabela / 800553190284",
                                     "WriteOff3": "Teodora Lindqvist / 700461128830"})
    found = pairs_found(_URL + "budget-fy26.xlsx", body)
    assert {"Oyibo Tefulani", "Zawadi Mkhabela", "Teodora Lindqvist"} <= values_of(found, "customer_name")


def test_a_constant_of_a_fund_and_a_code_names_no_one():
    body = _workbook_with_constants({"FundName": "Electric Enterprise / 57010422", "Teodora": "Teodora Lindqvist"})
    found = pairs_found(_URL + "budget-fy26.xlsx", body)
    assert not values_of(found, "customer_name") and not values_of(found, "account_number")


# -- a login written across a row's cells ------------------------------------------------------------------------------

def _login_row(*cells: str) -> bytes:
    from tests.detector_helpers import xlsx
    return xlsx([["Billing office - desk reference"], ["Queue", "Owner"], ["Payments", "Front counter"], list(cells)])


def test_a_password_in_the_cell_after_a_logins_user_name_is_a_credential():
    found = pairs_found(_URL + "desk-reference.xlsx", _login_row("Billing portal login for interns:", "bp_intern2",
                                                                "Harbor#47kq"))
    assert values_of(found, "credential") == {"Harbor#47kq"}


def test_cells_after_a_login_label_that_hold_no_password_are_none():
    for cells in (("Billing portal login for interns:", "bp_intern2", "see IT desk"),
                  ("Billing portal login for interns:", "bp_intern2", "2024-25"),
                  ("Login help", "Front counter", "Room 3B")):
        found = pairs_found(_URL + "desk-reference.xlsx", _login_row(*cells))
        assert not values_of(found, "credential"), cells


# -- a rebate's 1099 payee who is a person paid at home ----------------------------------------------------------------

def _payees(*rows: str) -> bytes:
    return ("\ufeff" + "\r\n".join(["Payee\tTIN\tAddress\tAmount\tCheck #", *rows]) + "\r\n").encode("utf-16-le")


def test_a_rebate_payee_named_as_a_person_with_a_tin_and_a_home_is_a_customer():
    body = _payees("Oyibo Tefulani\t84-3310926\t2718 Larchmere Way, Pomona CA 91767\t650.00\t301442",
                   "Zawadi Mkhabela\t45-7702318\t914 W. Ashcombe St, Pomona CA 91768\t800.00\t301458",
                   "Cobalt Ridge Consulting\t27-4410395\t300 S. Park Ave, Suite 410, Pomona CA 91766\t12400.00\t301460")
    found = pairs_found(_URL + "HVAC_Rebate_Payments_1099.txt", body)
    assert {"Oyibo Tefulani", "Zawadi Mkhabela"} <= values_of(found, "customer_name")
    assert {"84-3310926", "45-7702318"} <= values_of(found, "taxpayer_id")
    assert "2718 Larchmere Way" in " ".join(values_of(found, "address"))
    assert "Cobalt Ridge Consulting" not in values_of(found, "customer_name")
    assert "27-4410395" not in values_of(found, "taxpayer_id")


def test_a_vendor_1099_lists_payees_are_vendors_not_customers():
    body = _payees("Zawadi Mkhabela\t45-7702318\t914 W. Ashcombe St, Pomona CA 91768\t800.00\t301458",
                   "Cobalt Ridge Consulting\t27-4410395\t300 S. Park Ave, Suite 410, Pomona CA 91766\t12400.00\t301460")
    found = pairs_found(_URL + "Vendor_Payments_1099.txt", body)
    assert not values_of(found, "customer_name")
    assert "27-4410395" not in values_of(found, "taxpayer_id")
