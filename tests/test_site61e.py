"""Round 61, site61e: labelled account numbers as utilities and city systems print them.

True cases in other words and names than the red team's site, with hard negatives from a city website beside each.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of


def _accounts(url: str, body: str) -> set[str]:
    return values_of(pairs_found(url, body), "account_number")


def _html(body: str) -> str:
    return f"<html><body><main>{body}</main></body></html>"


# --- an account's label after it in brackets, the utility's initials before the label ------------------------------

def test_label_after_with_utility_initials_and_a_phones_shape():
    text = ("Teodoro Vasquez of 88 Pine Ridge Rd asked for a re-bill. The statement lists 623-418-0092 "
            "(SDGE service account) and 4471-88190 (MWD acct).")
    assert {"623-418-0092", "4471-88190"} <= values_of(pairs_found("https://www.cityofmesilla.gov/n.txt", text),
                                                       "account_number")


def test_phone_with_a_label_after_that_names_no_account_stays_a_phone():
    text = ("Questions about the rebate? Call 626-418-0092 (SCE Customer Service) or 909-620-1141 (Billing "
            "Division), Monday to Friday.")
    assert not _accounts("https://www.cityofmesilla.gov/rebates.txt", text)


def test_programs_initials_in_brackets_after_its_own_code():
    text = "Ines Carvalho of 7 Sable Ct was billed 1,204 kWh under MVCE40318822 (MVCE) for March."
    assert "MVCE40318822" in _accounts("https://www.cityofmesilla.gov/appeals.txt", text)


def test_other_numbers_with_their_own_initials_in_brackets_stay_theirs():
    text = "Permit BLD2024113 (BLD) and order PO24001182 (PO) for the re-roof of Ines Carvalho's home at 7 Sable Ct."
    assert not _accounts("https://www.cityofmesilla.gov/permits.txt", text)


# --- a group header over the account columns ---------------------------------------------------------------------

_GROUPED = ("<table><tr><th colspan='2'>{who}</th><th colspan='2'>{group}</th></tr>"
            "<tr><th>Name</th><th>Address</th><th>Gas utility</th><th>{second}</th></tr>{rows}</table>")


def test_group_header_names_the_accounts_of_a_persons_row():
    rows = ("<tr><td>Odalys Ferreira</td><td>3120 Canyon Oak Dr</td><td>55-8812-04</td><td>0931772-061</td></tr>"
            "<tr><td>Bartholomew Nkemelu</td><td>94 Larkspur Ct</td><td>61-2290-17</td><td>0418830-022</td></tr>")
    for group in ("Account numbers", "Utility accounts"):
        found = _accounts("https://www.cityofmesilla.gov/refunds.html",
                          _html(_GROUPED.format(who="Customer", group=group, second="Water", rows=rows)))
        assert {"55-8812-04", "0931772-061", "61-2290-17", "0418830-022"} <= found


def test_group_header_over_facilities_or_the_ledger_is_no_customers_account():
    rows = ("<tr><td>Fire Station 2</td><td>1200 N Main St</td><td>55-8812-04</td><td>101-4410-520</td></tr>"
            "<tr><td>Senior Center</td><td>410 W 5th St</td><td>61-2290-17</td><td>101-4410-530</td></tr>")
    found = _accounts("https://www.cityofmesilla.gov/facilities.html",
                      _html(_GROUPED.format(who="Facility", group="Accounts", second="GL", rows=rows)))
    assert not found


# --- an account in a linked file's name ------------------------------------------------------------------------

def test_sce_account_in_a_notice_file_name_is_the_pages_finding():
    page = _html("<ul><li><a href='/uploads/notices/Quintero_700318822046_shutoff-notice.pdf'>Notice of 3/4</a></li>"
                 "<li><a href='/uploads/bills/bill-8204417735.pdf'>Bill</a></li></ul>")
    assert {"700318822046", "8204417735"} <= _accounts("https://www.cityofmesilla.gov/notices.html", page)


def test_numeric_ids_in_a_cms_path_are_no_accounts():
    page = _html("<a href='/DocumentCenter/View/7002118344/Agenda-Packet'>Agenda</a>"
                 "<a href='/files/8123456789.pdf'>Minutes</a><a href='/Archive/ViewFile/Item/8006045565'>Item</a>")
    assert not _accounts("https://www.cityofmesilla.gov/agendas.html", page)


# --- a program's loan and a charging network's member number in a person's row ----------------------------------

def test_loan_and_network_ids_in_a_borrowers_row():
    rows = [("Borrower", "Loan #", "SSN", "Charging network ID"),
            ("Maelle Okereke", "GRN-55102938", "533-18-2047", "CHG-4410-2291"),
            ("Tobias Lindqvist", "GRN-55102977", "541-22-7390", "CHG-4410-2388")]
    body = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    found = _accounts("https://www.cityofmesilla.gov/loans.html", _html(body))
    assert {"GRN-55102938", "CHG-4410-2291", "GRN-55102977", "CHG-4410-2388"} <= found


def test_a_citys_own_loans_are_no_ones_account():
    body = ("<table><tr><th>Project</th><th>Loan No.</th><th>Amount</th></tr>"
            "<tr><td>Well 9 rehabilitation</td><td>SRF-C-06-8812</td><td>$4,200,000</td></tr>"
            "<tr><td>Sewer lift station 3</td><td>SRF-C-06-8840</td><td>$1,150,000</td></tr></table>")
    assert not _accounts("https://www.cityofmesilla.gov/debt.html", _html(body))


# --- a program's code typed apart from its number, a check letter after it ----------------------------------------

def test_spaced_program_code_with_check_letter_after_the_label():
    text = "Lorenzo Achebe - 51 Quarry Rd - Número de cuenta KV 31 5520981 H - saldo $412.50"
    assert "KV 31 5520981 H" in _accounts("https://www.cityofmesilla.gov/avisos.txt", text)


def test_spaced_permit_code_is_no_account():
    text = "Permit No. BP 2024 0113 A was issued for the re-roof at 51 Quarry Rd."
    assert not _accounts("https://www.cityofmesilla.gov/permits.txt", text)


# --- a call log's words that are no one's name -------------------------------------------------------------------

def test_call_log_direction_and_bracketed_label_are_no_names():
    text = ("10/02 08:14 OUTBOUND  MVCE acct 2-33-441-0087 caller Teodora Lindahl cb 760-312-9044\n"
            "10/02 08:40 INBOUND  8-412-330-918 (Cust ID) Oscar Perea-Bustos - asked about his true-up\n")
    names = values_of(pairs_found("https://www.cityofmesilla.gov/log.txt", text), "customer_name")
    assert {"Teodora Lindahl", "Oscar Perea-Bustos"} <= names
    assert not names & {"OUTBOUND  MVCE", "Cust ID"}


# --- a utility named for its region is a vendor, not a person --------------------------------------------------------

def test_vendor_named_for_its_region_keeps_its_ein():
    text = ("Check No,Vendor,Vendor EIN,Amount\n"
            "300118,Central Valley Edison,77-4418823,1204.19\n"
            "300119,Marisol Quintero,77-4418824,85.00\n")
    found = values_of(pairs_found("https://www.cityofmesilla.gov/register.csv", text), "taxpayer_id")
    assert "77-4418823" not in found
    assert "77-4418824" in found


# --- a records compilation's staff contact line after a resident's e-mail ---------------------------------------------

def test_staff_contact_line_after_a_customers_e_mail_is_the_offices():
    text = ("From: Yaretzi Olmedo <yolmedo77@yahoo.com>\nTo: billing@cityofmesilla.gov\n"
            "Subject: my bill - Acct# 700 412 009 183\n\n"
            "My bill for 2218 Sorrel Ln shows 1,902 kWh for June, we were away. Call me at 575-312-4471.\n\n"
            "-----\n\nStaff contact: Wilhelmina Castellanos, Billing Supervisor, (575) 526-0110.\n")
    phones = values_of(pairs_found("https://www.cityofmesilla.gov/pra.txt", text), "phone")
    assert "575-312-4471" in phones
    assert "(575) 526-0110" not in phones
