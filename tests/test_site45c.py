"""Key accounts' contact persons, phones given in a customer's record, a config's colon password, the office's
own address and a memo writer's own number (red team site45).

- A key-accounts export's "Contact" column beside the account ("Account Name | Contact | Contact Ph | SA #"): the
  account's contact person is the customer's account information. Hard negatives: a contact column with no account
  (a program list's, a neighbourhood list's), the account rep (staff) beside it.
- A number the customer handed the office ("she gave us 1-951-... as best callback and her SCE acct ...") and a second
  number on the page of one customer's record ("Alternate contact (daughter): 442.848.6205"). Hard negatives: the
  office's "call us at", an office's line after the label, a page of no one customer.
- A config's "auth_pass:" (a login's password cut short, after a colon). Hard negatives: "bus_pass: monthly",
  "auth_pass: required", a day pass's fare.
- A mailing address's town after its comma ("P. O. Box 3210, Alder Grove.") is no other person named in the sentence,
  which would make the address theirs. Hard negative: a person named after the address's comma who does something.
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, pairs_found, values_of, xlsx

_SITE = "https://www.pomonachoiceenergy.org"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _txt(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/library/case-notes.txt", "\n".join(lines) + "\n")


def _sheet(name: str, rows) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/finance/{name}.xlsx", xlsx(rows), _XLSX)


def test_key_account_contact_person_is_reported():
    found = _sheet("key_accounts", [
        ["Account Name", "Contact", "Contact Ph", "SA #", "Annual MWh", "Rep"],
        ["Valencia Packaging", "Dariush Moradi", "442 542 6888", "700152384633", "33,674.0", "Brenda McAllister"],
        ["Foothill Cold Chain LLC", "Thanh Vo", "951.944.0392", "700036140675", "6,556.6", "Brenda McAllister"]])
    assert {"Dariush Moradi", "Thanh Vo"} <= values_of(found, "customer_name")
    assert "Brenda McAllister" not in values_of(found, "customer_name")
    assert values_of(found, "phone") == {"442 542 6888", "951.944.0392"}


def test_contact_column_without_an_account_is_no_record():
    found = _sheet("programs", [["Program", "Contact", "Phone"],
                                ["Energy Savings", "Maria Lopez", "909-555-0142"],
                                ["Solar Rebates", "Kenji Watanabe", "909-555-0177"]])
    assert not values_of(found, "customer_name") and not values_of(found, "phone")
    found = _sheet("neighbourhoods", [["Neighborhood", "Contact", "Address", "Phone"],
                                      ["Old Town", "Maria Lopez", "123 Elm St", "909-555-0142"],
                                      ["Westside", "Kenji Watanabe", "44 Oak Ave", "909-555-0177"]])
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_city_facility_accounts_contact_stays_public():
    found = _sheet("facility_accounts", [["Facility", "Contact", "SA #", "Annual kWh"],
                                         ["City Hall", "Maria Lopez", "700152384633", "412,000"],
                                         ["Senior Center", "Kenji Watanabe", "700036140675", "88,100"]])
    assert not values_of(found, "customer_name")


# -- phones a customer's record gives behind unfamiliar lead-ins ---------------------------------------------------


def _docx(*paragraphs: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/memos/followup.docx", docx_paragraphs(*paragraphs))


def test_number_the_customer_gave_us_beside_her_account():
    found = _txt("Mention she gave us 1-951-608-4605 as best callback and her SCE acct 700692628931.")
    assert values_of(found, "phone") == {"1-951-608-4605"}
    found = _txt("Customer Ana Ruiz, SCE acct 700692628931, provided staff (909) 555-0182 for the follow-up.")
    assert "(909) 555-0182" in values_of(found, "phone")


def test_office_number_beside_an_account_stays_public():
    found = _txt("Your SCE acct 700692628931 was credited. Questions? Call us at (909) 555-0100.")
    assert not values_of(found, "phone")


def test_alternate_contact_on_one_customers_memo():
    found = _docx("Medical baseline follow-up for Jerome Villanueva, SCE acct 2-43-431-9168.",
                  "1. Confirm SCE received the medical certification.",
                  "3. Alternate contact (daughter): 442.848.6205")
    assert "442.848.6205" in values_of(found, "phone")
    found = _docx("Medical baseline follow-up for Jerome Villanueva, SCE acct 2-43-431-9168.",
                  "Emergency phone: SCE outage line (909) 555-0123")
    assert not values_of(found, "phone")


def test_alternate_contact_on_a_page_of_no_customer():
    found = _docx("Volunteer orientation checklist", "1. Bring a photo ID.",
                  "2. Emergency contact: (909) 555-0199")
    assert not values_of(found, "phone")
    found = _docx("Outage drill roster for Maria Lopez and Kenji Watanabe.", "Alternate contact: (909) 555-0198")
    assert not values_of(found, "phone")


# -- a config's colon password; a box's town after its comma -------------------------------------------------------


def test_config_auth_pass_with_a_colon():
    found = pairs_found(f"{_SITE}/it/old/cms-config.bak.txt",
                        "[smtp]\nrelay = smtp.example.gov\nauth_user = noreply@example.gov\nauth_pass: Sunrise98$grove\n"
                        "bind_pass = Lark2024x\n")
    assert values_of(found, "credential") == {"Sunrise98$grove", "Lark2024x"}


def test_pass_keys_that_hold_no_password():
    found = pairs_found(f"{_SITE}/it/settings.txt", "bus_pass: monthly\nauth_pass: required\nday pass: $20\n")
    assert not values_of(found, "credential")


_ITIN = "Applicant 2 used an ITIN (990-83-7937) rather than an SSN; the name on the form is Anil Bhatt."


def test_box_with_its_town_after_the_comma():
    found = _docx("Memo: CARE enrollment data error", f"{_ITIN} Mailing address P. O. Box 3210, Alder Grove.")
    assert "P. O. Box 3210" in values_of(found, "address")
    found = _docx("Memo: CARE enrollment data error", f"{_ITIN} Mailing address 12 Elm St, Alder Grove.")
    assert values_of(found, "address") == {"12 Elm St"}


def test_person_named_after_an_address_is_someone_else():
    found = _docx("Memo: CARE enrollment data error",
                  f"{_ITIN} Forms go to 44 Oak Ave, Dana Lee signs for them.")
    assert "44 Oak Ave" not in values_of(found, "address")


# -- the office's own address and its writer's own number ----------------------------------------------------------

_FOOTER = "<footer>City of Alder Grove &middot; 1100 Civic Center Dr, Alder Grove, CA 92371 &middot; (909) 418-2200</footer>"


def _faq(answer: str) -> set[tuple[str, str]]:
    page = (f"<html><head><title>FAQ</title></head><body><main><h1>FAQ</h1><h3>Can I pay at City Hall?</h3>"
            f"<p>{answer}</p></main>{_FOOTER}</body></html>")
    return pairs_found(f"{_SITE}/energy/faq.html", page)


def test_footer_address_by_its_street_alone_stays_the_offices():
    found = _faq("Yes. The cashier windows at 1100 Civic Center Dr accept checks. One caution: Priya Raghavan once "
                 "mailed a check to our office. The check listed SCE account 8000 134 807 and the return address PO "
                 "Box 8051, Alder Grove; it took two weeks to post.")
    assert values_of(found, "address") == {"PO Box 8051"}
    assert "Priya Raghavan" in values_of(found, "customer_name")


def test_home_in_the_footer_addresses_building_is_someones():
    found = _faq("Priya Raghavan, SCE account 8000 134 807, lives at 1100 Civic Center Dr Apt 3 and asked about "
                 "her bill.")
    assert values_of(found, "address") == {"1100 Civic Center Dr Apt 3"}


def _memo(sender: str, *paragraphs: str) -> set[tuple[str, str]]:
    return _docx("MEMORANDUM - Referral of delinquent accounts to collections", "TO: Finance Director",
                 f"FROM: {sender}", "DATE: October 3, 2024", *paragraphs)


def test_staff_memo_writers_own_number():
    found = _memo("Lilit Hakobyan, Customer Care Supervisor",
                  "The following accounts are more than 120 days past due.",
                  "Please contact me at (909) 418-2284 with any questions.")
    assert not values_of(found, "phone")


def test_residents_letter_asking_to_be_called_stays_found():
    found = _memo("Ana Ruiz", "My bill doubled this winter. Please contact me at (909) 555-0142.")
    assert values_of(found, "phone") == {"(909) 555-0142"}
    found = _memo("Ana Ruiz, homeowner", "My bill doubled this winter. Please contact me at (909) 555-0142.")
    assert values_of(found, "phone") == {"(909) 555-0142"}
