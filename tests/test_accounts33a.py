"""Autopay and refund records with non-SCE account numbers (red team accounts33).

- A Word form laid out as a grid with each label above its box (a row of labels, the row of their values under it,
  then the next row of labels): each value is labelled by the label above it and the whole form is one customer's
  record, so a premise ID, a service agreement ID and the customer's bank account number are reported. A bank's
  routing number is the bank's public identifier and stays silent. Hard negatives: a table under one header row
  whose data rows are worded (a program list) is read as before.
- A bank's column ("Financial Institution", "Bank Name", "Credit Union") holds a firm's name, shaped like a person's:
  no customer's name. The customer in the same form is still reported.
- A number a table splits across two cells, its suffix in a column of its own ("Acct | Sfx" over "W-318804 | -52"):
  reported whole, also when its first part alone is too short to be an account. Hard negative: a column of signed
  figures beside the account ("Adj" over "-45") is no suffix.
"""
from __future__ import annotations

from tests.detector_helpers import docx_form, docx_table, pairs_found, values_of

_SITE = "https://www.ontarioutilities.example.gov/finance"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


# --- 1. a form grid with each label above its value -----------------------------------------------------------

def test_a_form_grid_labels_each_value_by_the_label_above_it():
    body = docx_table([
        ("Account Holder", "Service Address", "Customer ID"),
        ("Thaddeus Okonkwo-Reyes", "812 W Holt Ave", "C40917735"),
        ("Premise ID", "Financial Institution", "Routing No."),
        ("5518-30472", "Inland Empire Credit Union", "322484019"),
        ("Savings Account No.", "Signature", "Date"),
        ("40338170925", "/s/ Thaddeus Okonkwo-Reyes", "02/11/2025"),
    ], "Recurring Payment (ACH) Enrollment", "Mail to Utility Billing, 505 S. Garey Ave.")
    found = _found("ach_enrollment.docx", body)
    accounts = values_of(found, "account_number")
    assert {"C40917735", "5518-30472", "40338170925"} <= accounts
    assert "322484019" not in accounts  # the bank's routing number: a public identifier
    assert values_of(found, "customer_name") == {"Thaddeus Okonkwo-Reyes"}
    assert ("address", "812 W Holt Ave") in found


def test_a_service_agreement_id_under_its_label_row():
    body = docx_table([
        ("Customer Name", "Service Address"),
        ("Marguerite Hollins", "3390 N Towne Ave"),
        ("Service Agreement ID", "Checking Account #"),
        ("7730418852", "001927746203"),
    ])
    accounts = values_of(_found("autopay.docx", body), "account_number")
    assert {"7730418852", "001927746203"} <= accounts


def test_a_list_under_one_header_row_is_read_as_before():
    """A program list: one header row, its data rows worded; no row of it is taken for labels of the next."""
    body = docx_table([
        ("Program", "Department", "Phone"),
        ("Green Rebates", "Public Works", "(909) 620-2341"),
        ("Senior Discount", "Utility Services", "(909) 620-2242"),
        ("Tree Planting", "Parks", "(909) 620-2199"),
    ])
    found = _found("programs.docx", body)
    assert not values_of(found, "customer_name") and not values_of(found, "account_number")


# --- 2. a bank's column ---------------------------------------------------------------------------------------

def test_a_bank_in_a_financial_institution_cell_is_no_customer():
    body = docx_form([("Customer Name", "Rosalind Achterberg"), ("Service Address", "1044 E Alvarado St"),
                      ("Utility Account No.", "6620174935"), ("Financial Institution", "Wells Fargo"),
                      ("Account Number (bank)", "58810294471")], "Automatic Payment Authorization")
    found = _found("autopay_form.docx", body)
    assert values_of(found, "customer_name") == {"Rosalind Achterberg"}
    assert {"6620174935", "58810294471"} <= values_of(found, "account_number")


def test_a_bank_name_column_in_an_enrollment_log():
    body = docx_table([
        ("Customer", "Acct No", "Bank Name", "Bank Account"),
        ("Ingrid Baptiste", "7719302284", "Golden Valley Bank", "221004871623"),
        ("Tobias Lindqvist", "7719308810", "Mission Federal Credit Union", "3384419920"),
    ])
    found = _found("enrollments.docx", body)
    assert values_of(found, "customer_name") == {"Ingrid Baptiste", "Tobias Lindqvist"}
    assert {"221004871623", "3384419920"} <= values_of(found, "account_number")


# --- 3. a number split across two cells -----------------------------------------------------------------------

def test_a_suffix_in_a_column_of_its_own_is_part_of_the_number():
    body = docx_table([
        ("Customer", "Service Address", "Acct", "Sfx", "Refund"),
        ("Delphine Arceneaux", "2207 Fairplex Dr", "W-318804", "-52", "$118.00"),
        ("Casimir Wojcik", "915 E Arrow Hwy", "PCE-7702", "-418836", "$64.50"),
        ("Annika Solberg", "3108 Garey Ave", "004471298", "", "$92.00"),
    ], "Deposit refunds recommended for approval")
    accounts = values_of(_found("refunds.docx", body), "account_number")
    assert {"W-318804 -52", "PCE-7702 -418836", "004471298"} <= accounts
    assert "W-318804" not in accounts


def test_a_signed_figure_beside_the_account_is_no_suffix():
    body = docx_table([
        ("Customer", "Service Address", "Acct", "Adj"),
        ("Delphine Arceneaux", "2207 Fairplex Dr", "4471902231", "-45"),
        ("Casimir Wojcik", "915 E Arrow Hwy", "4471908812", "-12"),
    ])
    accounts = values_of(_found("adjustments.docx", body), "account_number")
    assert accounts == {"4471902231", "4471908812"}
