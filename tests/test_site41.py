"""Minutes, call notes, padded PDF tables and loose credentials (red team site41).

- A bill adjustment item in minutes: a titled name after a dash, then the home, and a stop before the next sentence
  opens with "Staff ..." ("-- Mr. Ana Ruiz, 12 Elm St. Staff recommended a credit on account ..."): the home ends the
  name's clause, so "Staff" is no title of theirs. In HTML, Word and a PDF whose lines wrap the sentence. Hard
  negatives: a staff member with their title after the name, a public commenter's home with no identifier.
- An agenda heading ("Customer Matters", "CUSTOMER MATTERS") over a record's name is no name.
- A phone a call with the customer reached them at ("a payment plan was set up over the phone at ..."). Hard
  negative: the office's offer "payments can be made over the phone at ...".
- An informal call note in lower case: a lower-case title and surname ("called back mrs. okonkwo re high bill --
  acct ..."), a Spanish street without a type ("1907 camino robles"), "the house is ..." in a casual e-mail, in a
  page and a text runbook's bullet. Hard negatives: lower-case titles with no account or usage in the note ("ms.
  zielinski re the park pavilion rental", "mr. and mrs. hall", "ms. may"), a title before a word.
- A table typed with spaces whose header is padded differently from its rows: the rows' cells are their phrases in
  order. Hard negative: a printout whose header lines up with its rows keeps a cell empty where the row leaves it.
- Nine bare digits a paragraph about Social Security numbers calls a person's number ("her number should read ...").
  Hard negatives: invoice, purchase order and permit numbers, a ZIP+4 without its dash, a phone's, a person's number
  on a page about no SSN.
- A password shaped as one (upper and lower case, a digit and a symbol) with no label: after "reset to", or after
  "login" with its user in brackets. Hard negatives: factory defaults, a rate's code, a model number, a firmware
  version, hashtags.
- A solar customer's negative net consumption in a true-up letter. Hard negative: a FAQ's example.
- A dashed account in a pasted e-mail's subject about a bill, on a staff report whose "General Fund" reads as a
  budget. Hard negative: a budget memo's subject with its ledger account.
"""
from __future__ import annotations

import html

from crawler.extract.fixed_width import tables
from tests.detector_helpers import docx_paragraphs, lines_pdf, pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org"


def _page(title: str, *paragraphs: str, heading: str = "") -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{heading}{body}</body></html>"


def _found(url: str, body: str | bytes) -> set[tuple[str, str]]:
    """The findings, a street address's abbreviation without the sentence's stop after it ("12 Elm St.")."""
    return {(kind, value.rstrip(".") if kind == "address" else value) for kind, value in pairs_found(url, body)}


def _html(title: str, *paragraphs: str, heading: str = "") -> set[tuple[str, str]]:
    return _found(f"{_SITE}/council/minutes.html", _page(title, *paragraphs, heading=heading))


# --- 1. a bill adjustment item in minutes ---------------------------------------------------------------------------

_ADJUSTMENT = ("Bill adjustment appeal -- Mr. Tomasz Wisniewski, 1187 Sagebrush Lane. Staff recommended a one-time "
               "credit of $58.10 on PCE account 412-8830-2 after the meter test found it had recorded 1,344 kWh in "
               "March. Motion by Councilmember Lopez, second by Councilmember Tran; carried 4-0.")


def test_a_titled_name_and_home_before_the_staff_sentence_in_html_minutes():
    found = _html("City Council Minutes", _ADJUSTMENT)
    assert {("customer_name", "Mr. Tomasz Wisniewski"), ("address", "1187 Sagebrush Lane"),
            ("account_number", "412-8830-2"), ("energy_usage", "1,344 kWh")} <= found
    assert not {"Lopez", "Tran", "Councilmember Lopez"} & values_of(found, "customer_name")


def test_a_street_whose_name_holds_a_street_type_before_the_stop():
    found = _html("City Council Minutes", "Bill adjustment appeal -- Ms. Keiko Tanaka, 1620 Deer Run Road. Staff "
                  "recommended a credit of $40.00 on PCE account 412-7715-3.")
    assert {("customer_name", "Ms. Keiko Tanaka"), ("address", "1620 Deer Run Road")} <= found


def test_the_same_item_in_a_word_document():
    body = docx_paragraphs("CITY COUNCIL MINUTES", "Request for a bill adjustment - Ms. Ngozi Okafor, 3390 Larkspur "
                           "Ave. Staff proposed a credit of $112.40 on PCE account 508-1177-4.")
    found = _found(f"{_SITE}/council/minutes.docx", body)
    assert {("customer_name", "Ms. Ngozi Okafor"), ("address", "3390 Larkspur Ave"),
            ("account_number", "508-1177-4")} <= found


def test_the_same_item_wrapped_over_the_lines_of_a_pdf():
    body = lines_pdf(["BOARD MINUTES", "CUSTOMER MATTERS",
                      "Bill adjustment appeal -- Mrs. Halima Yusuf, 760 Cottonwood Drive. Staff recommended a",
                      "one-time credit of $94.05 on PCE account 226-4019-7 after the field test found the meter had",
                      "recorded 2,210 kWh for the July billing period. Motion by Director Ames; carried 5-0."])
    found = _found(f"{_SITE}/board/minutes.pdf", body)
    assert {("customer_name", "Mrs. Halima Yusuf"), ("address", "760 Cottonwood Drive"),
            ("account_number", "226-4019-7"), ("energy_usage", "2,210 kWh")} <= found
    assert "MATTERS" not in values_of(found, "customer_name")


def test_the_account_of_the_item_on_an_agenda_page_that_reads_as_a_budget():
    body = lines_pdf(["BOARD MINUTES", "There is no fiscal impact to the General Fund associated with this action.",
                      "CUSTOMER MATTERS",
                      "Bill adjustment appeal -- Mr. Goran Petrovic, 4180 Meadowbrook Drive. Staff recommended a",
                      "credit of $61.20 on PCE account 315-2208-6 after the meter test found it had recorded",
                      "1,702 kWh in August."])
    found = _found(f"{_SITE}/board/minutes.pdf", body)
    assert {("customer_name", "Mr. Goran Petrovic"), ("address", "4180 Meadowbrook Drive"),
            ("account_number", "315-2208-6"), ("energy_usage", "1,702 kWh")} <= found


def test_a_facilitys_repairs_charged_to_a_budget_account_stay_a_budgets():
    body = lines_pdf(["STAFF REPORT", "There is no fiscal impact to the General Fund associated with this action.",
                      "Roof repairs at the Palomares Senior Center, 499 E Arrow Hwy. The cost of $18,400 is charged",
                      "to account 315-2208-6 in the adopted budget."])
    assert not values_of(_found(f"{_SITE}/docs/staff-report.pdf", body), "account_number")


def test_a_staff_member_named_with_their_title_is_no_customer():
    found = _html("City Council Minutes", "Item 6 -- Ms. Renata Kowal, Utility Billing Supervisor, presented the "
                  "arrearage report for PCE account 412-8830-2 and answered questions.")
    assert "Ms. Renata Kowal" not in values_of(found, "customer_name")


def test_a_public_commenter_with_a_home_and_no_identifier_is_no_record():
    found = _html("City Council Minutes", "Public comment -- Mr. Dale Ortiz, 1450 Via Verde. Staff answered his "
                  "questions about the library's summer hours.")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")


# --- 2. an agenda heading over the record ---------------------------------------------------------------------------

def test_a_customer_matters_heading_is_no_name():
    found = _html("City Council Minutes", "Oksana Bilyk (PCE acct. 03318842) at 4471 Canyon Vista Dr asked for more "
                  "time to pay.", heading="<h3>Item 9 \u2013 Community Power Customer Matters</h3>")
    assert {("customer_name", "Oksana Bilyk"), ("account_number", "03318842")} <= found
    assert "Matters" not in values_of(found, "customer_name")


def test_a_capitals_heading_over_a_pdf_record_is_no_name():
    body = lines_pdf(["BOARD MINUTES", "CUSTOMER MATTERS",
                      "Oksana Bilyk (PCE acct. 03318842) at 4471 CANYON VISTA DR asked for more time to pay."])
    names = values_of(_found(f"{_SITE}/board/minutes.pdf", body), "customer_name")
    assert names == {"Oksana Bilyk"}


# --- 3. the number a call reached the customer at -------------------------------------------------------------------

def test_the_number_a_payment_plan_was_set_up_at_over_the_phone():
    found = _html("City Council Minutes", "Refilwe Dlamini (PCE acct. 07712094) at 925 Juniper Hill Rd asked that the "
                  "disconnection be postponed; a payment plan was set up over the phone at 951 602 3318.")
    assert ("phone", "951 602 3318") in found


def test_the_same_in_a_pdf_with_the_number_in_brackets():
    body = lines_pdf(["BOARD MINUTES",
                      "Refilwe Dlamini (PCE acct. 07712094) at 925 JUNIPER HILL RD asked that the disconnection be",
                      "postponed; the arrangement was confirmed by phone at (951) 602-3318."])
    assert ("phone", "(951) 602-3318") in _found(f"{_SITE}/board/minutes.pdf", body)


def test_the_offices_line_for_payments_by_phone_is_no_customers():
    found = _html("Paying your bill", "Payments can be made over the phone at (951) 602-3318, Monday through Friday.")
    assert not values_of(found, "phone")


# --- 4. informal lower-case call notes ------------------------------------------------------------------------------

def test_a_lower_case_title_and_surname_in_a_call_note_on_a_page():
    found = _html("Notes from the service desk", "returned call to mr. nowicki re disputed bill -- acct 3-021-4455-67, "
                  "1907 camino robles. thinks 1,486 kwh is too high, no pool. cb 909.441.2875 after 5",
                  "called back mrs. okonkwo re high bill -- acct 3-021-9981-02, 611 mesa verde dr. says 902 kwh in "
                  "july. cb (626) 330-1947")
    assert {"nowicki", "okonkwo"} <= values_of(found, "customer_name")
    assert {"1907 camino robles", "611 mesa verde dr"} <= values_of(found, "address")
    assert {"909.441.2875", "(626) 330-1947"} <= values_of(found, "phone")


def test_the_same_note_as_a_bullet_of_a_text_runbook():
    body = ("ON-CALL RUNBOOK\n\n1. Escalate outages to the supervisor at (909) 620-4399.\n\nOpen cases:\n"
            "- left vm for ms. guzman re high bill -- acct 3-021-7720-18, 4402 larkspur ln. says 733 kwh cant be right. "
            "cb 951-337-0412 after 4pm\n")
    found = _found(f"{_SITE}/docs/runbook.txt", body)
    assert {("customer_name", "guzman"), ("address", "4402 larkspur ln"), ("energy_usage", "733 kwh"),
            ("phone", "951-337-0412"), ("account_number", "3-021-7720-18")} <= found


def test_a_lower_case_home_in_a_casual_email():
    body = ("From: dana w <dwhit88@gmail.com>\nSubject: my bill\n\nhi, my june bill says 1,240 kwh and that cant be "
            "right. the house is 2290 foothill blvd. acct 3-021-6618-40. thanks\n")
    assert ("address", "2290 foothill blvd") in _found(f"{_SITE}/docs/email.txt", body)


def test_lower_case_titles_without_a_customer_tie_name_no_one():
    found = _html("Notes from the front desk", "called back ms. zielinski re the park pavilion rental -- she will "
                  "bring the deposit monday.", "mr. and mrs. hall thanked staff for the tree planting. ms. may asked "
                  "about library hours.")
    assert not values_of(found, "customer_name")


def test_a_lower_case_title_before_a_word_is_no_name_in_a_note_with_an_account():
    found = _html("Notes", "- spoke with ms. about acct 3-021-4455-67 and the 1,486 kwh bill; mr. will call back")
    assert not {"about", "will"} & values_of(found, "customer_name")


# --- 5. a table typed with its own padding --------------------------------------------------------------------------

_PADDED = ["Participants who finished the program:",
           "Customer                Home                      Account            Avg kWh",
           "Imelda Cortez    2210 Foxglove Way    7002 4418 9930    612",
           "Bruno Salazar    88 Quarry Hill Ct    8000412276    1047",
           "Anh Tran    5102 Palisade Ave    700314552086    388",
           "Total enrolled: 3"]


def test_rows_padded_apart_from_their_header_are_read_by_their_phrases():
    [table] = tables(_PADDED)
    assert table.header == ["Customer", "Home", "Account", "Avg kWh"]
    assert [cells for _, cells in table.rows] == [
        ["Imelda Cortez", "2210 Foxglove Way", "7002 4418 9930", "612"],
        ["Bruno Salazar", "88 Quarry Hill Ct", "8000412276", "1047"],
        ["Anh Tran", "5102 Palisade Ave", "700314552086", "388"]]


def test_the_same_table_in_a_pdf_report():
    found = _found(f"{_SITE}/docs/staff-report.pdf", lines_pdf(["STAFF REPORT", *_PADDED]))
    assert {"Imelda Cortez", "Bruno Salazar", "Anh Tran"} <= values_of(found, "customer_name")
    assert {"2210 Foxglove Way", "88 Quarry Hill Ct", "5102 Palisade Ave"} <= values_of(found, "address")
    assert {"612", "1047", "388"} <= values_of(found, "energy_usage")


def test_a_printout_whose_header_lines_up_keeps_an_empty_cell_in_its_place():
    lines = ["NAME                 ACCOUNT       KWH    NOTE",
             "GALLOWAY  CRYSTAL    7001234567    512",
             "RUIZ  ANA            7009876543    604    moved",
             "LEE  JO              7005551212    377"]
    [table] = tables(lines)
    assert [cells for _, cells in table.rows] == [
        ["GALLOWAY  CRYSTAL", "7001234567", "512", ""],
        ["RUIZ  ANA", "7009876543", "604", "moved"],
        ["LEE  JO", "7005551212", "377", ""]]


# --- 6. nine bare digits a paragraph about SSNs calls a person's number ---------------------------------------------

def test_a_dependents_number_in_a_paragraph_about_social_security_numbers():
    body = docx_paragraphs("Benefits correction", "Marisol Ibarra's spouse was enrolled under the wrong Social Security "
                           "number. Payroll has the employee as 521-44-7810; her number should read 532617402.",
                           "For Dwayne Pruitt, the SSN on file is 536-20-1187 and the child's number is 541208336.")
    assert {"521-44-7810", "532617402", "536-20-1187", "541208336"} <= values_of(
        _found(f"{_SITE}/hr/benefits.docx", body), "ssn")


def test_nine_digit_numbers_that_are_no_persons_stay_unreported():
    body = docx_paragraphs("Social Security Administration payments",
                           "The invoice number should read 532617402 and the purchase order number is 541208336. "
                           "Remit to the Social Security office, ZIP 917664410; the permit number: 536201187.",
                           "Her phone number is 909620410 per the Social Security office's form.")
    assert not values_of(_found(f"{_SITE}/hr/memo.docx", body), "ssn")


def test_a_persons_number_outside_a_paragraph_about_ssns_is_unreported():
    found = _html("Library card renewal", "Ms. Ortiz asked about her card; her number is 532617402 and it expires in May.")
    assert not values_of(found, "ssn")


# --- 7. a password without a password's label -----------------------------------------------------------------------

def test_a_password_shaped_value_after_reset_to_and_after_login_with_its_user():
    body = ("NIGHT DESK NOTES\n\n1. Badge printer admin console was reset to: Bdg#Print2024x\n"
            "2. SCADA trend viewer login Tr3nd$View (user trend_ro)\n")
    assert values_of(_found(f"{_SITE}/docs/night-desk.txt", body), "credential") == {"Bdg#Print2024x", "Tr3nd$View"}


def test_codes_defaults_and_hashtags_are_no_passwords():
    found = _html("Printer support", "The copier was reset to factory defaults. The thermostat schedule was reset to "
                  "TOU-D-PRIME. Printer login HP-M404dn (user guest) is on the label. Meter firmware was reset to "
                  "v2.1.3-Rev5. Share your photos: the contest was set to #PomonaGreen2024 (login #SolarFair2024 "
                  "(user us)).")
    assert not values_of(found, "credential")


# --- 8. a solar customer's negative net use -------------------------------------------------------------------------

def test_a_negative_net_consumption_in_a_true_up_letter():
    body = docx_paragraphs("March 3, 2025", "Eleni Papadakis", "3321 Sunflower Ct", "Pomona, CA 91767",
                           "Re: Annual true-up, Service Account 3-021-5510-72", "Dear Ms. Papadakis,",
                           "Over the last twelve months your panels exported more than your home drew; your net "
                           "consumption was -1,118 kWh.")
    assert ("energy_usage", "-1,118 kWh") in _found(f"{_SITE}/docs/trueup.docx", body)


def test_a_net_use_in_a_faq_example_is_no_customers():
    found = _html("Net metering FAQ", "If your net consumption is -300 kWh over the year, you receive Net Surplus "
                  "Compensation for the surplus.")
    assert not values_of(found, "energy_usage")


# --- 9. an account in a pasted e-mail's subject line on a page that reads as a budget --------------------------------

def test_the_account_in_an_email_subject_in_a_word_staff_report():
    body = docx_paragraphs("STAFF REPORT", "There is no fiscal impact to the General Fund associated with this action.",
                           "Attachment C: Public input received by e-mail", "From: Hyun-woo Baek <hwbaek@yahoo.com>",
                           "Subject: RE: disputed bill - acct 318-2250-6",
                           "We have lived at 1540 Poplar Ave since 2015 and the May bill says 1,420 kWh.")
    assert ("account_number", "318-2250-6") in _found(f"{_SITE}/docs/staff-report.docx", body)


def test_a_budget_memo_subject_keeps_its_ledger_account():
    body = docx_paragraphs("MEMORANDUM", "There is no fiscal impact to the General Fund associated with this action.",
                           "Subject: Budget transfer to account 101-4410-5220 for the water bill printing contract")
    assert not values_of(_found(f"{_SITE}/docs/memo.docx", body), "account_number")

