"""Red team site54 (round 54): rules fixed on branch fix/site54b, with hard negatives.

- Another utility's or a hauler's account named by the company, no "acct" word, in a customer's list of their
  accounts ("SCE acct ... | SoCalGas 412 907 3318 5", "Mesa Verde Disposal (trash) 5120447", "VCP / Edison:
  VC20418836"); eleven digits in a gas account's groups are no phone cut short. Not the companies' lines to call, a
  date, nor a line of no list of accounts.
- A label block's address written in a sentence ends at the sentence's stop before the next field's label, no colon
  ("Service address: 1180 Juniper Crest Dr. VCP account no. VC55102948. Usage 1,204 kWh."): it swallowed them.
- An AP register's payee named with a note in brackets ("Dina Farouk (rebate - individual)") is a person; a rebate's
  or a refund's payee is paid at home, so the remit-to address is theirs. A sole proprietor's stays the business's.
- An organisation's customer number in the cell after a label giving its letters and "cust" ("MVD cust" |
  "MVD-604417"), a label | value sheet's whose first row a reader takes for the header; not an asset's "GIS ID".
- A cell comment's phone right after the person it names ("daughter Mi-rae Kang 626-...": "Kang" no park's word).
- A request note beside a summary that names the person with their phone in brackets ("Keiko Tanaka ((626)
  ...) wants ..."); the summary's own ZIP row (ZIP | Households | Avg kWh/mo) stays an area's: its average no one's.
"""
from __future__ import annotations

import io

import openpyxl
from openpyxl.comments import Comment

from tests.detector_helpers import pairs_found, values_of, workbook, xlsx

_SITE = "https://www.mesaverdeca.gov/"


def _found(text: str, name: str = "records/note.txt") -> set[tuple[str, str]]:
    return pairs_found(_SITE + name, text)


# -- accounts named by their utility ----------------------------------------------------------------------------------

_APPLICATION = """Hi Dana,

These are the accounts for the hardship grant at 1904 Cedar Bend Rd:

  SoCalGas acct: 62019384410
  Mesa Verde Water District - Customer No. W5521093
  Mesa Verde Disposal (trash) 5120447
  VCP / Edison: VC20418836

Thanks,
Farida Osei
"""


def test_accounts_named_by_their_utility_in_a_customers_list():
    found = _found(_APPLICATION, "records/application.txt")
    assert values_of(found, "account_number") == {"62019384410", "W5521093", "5120447", "VC20418836"}


def test_a_gas_account_after_the_utility_beside_the_electric_account_is_no_phone():
    found = _found("CASE 4: Hye-jin Moon\n1187 Sorrel Ct #3\nSCE acct 7004418823 | SoCalGas 412 907 3318 5\n"
                   "Reach at 626 410 2288", "records/casework.txt")
    assert values_of(found, "account_number") == {"7004418823", "412 907 3318 5"}
    assert values_of(found, "phone") == {"626 410 2288"}


def test_utilities_lines_dates_and_lines_of_no_list_are_no_accounts():
    found = pairs_found(_SITE + "utilities.html", (
        "<p>Utility contacts:</p><ul><li>SoCalGas 1-800-427-2200</li><li>Edison 1-800-655-4555</li>"
        "<li>Mesa Verde Water District 909-555-1234</li><li>Report a missed pickup to Mesa Verde Disposal (trash) "
        "909 555 0147</li></ul><p>Your SCE acct number is on page 1 of your bill.</p>"
        "<p>Mesa Verde Disposal (trash) 2024 contract, resolution 2024123. Waste Management 2,345,678 tons. Edison "
        "20240314 notice. Customer No. is on your bill.</p>"
        "<p>Mesa Verde Water District 4455667 gallons were delivered in the drought year.</p>"))
    assert values_of(found, "account_number") == set()


# -- a label block's address in a sentence --------------------------------------------------------------------------

def test_an_address_in_a_sentence_ends_before_the_next_fields_label():
    found = _found("From: Lindqvist, Tomas <tlindqvist@gmail.com>\nSubject: Account question\n\n"
                   "Good morning. Service address: 1180 Juniper Crest Dr. VCP account no. VC55102948. Usage 1,204 kWh. "
                   "I want to opt out. Tel. 626-301-7745\n\nTomas\n", "records/pra.txt")
    assert values_of(found, "address") == {"1180 Juniper Crest Dr."}
    assert values_of(found, "account_number") == {"VC55102948"}
    assert values_of(found, "energy_usage") == {"1,204 kWh"}


def test_an_address_with_its_unit_after_a_stop_stays_whole():
    found = _found("Customer name: Tomas Lindqvist\nService address: 1180 Juniper Crest Dr. Apt 4. Acct 7004418823\n",
                   "records/form.txt")
    assert values_of(found, "address") == {"1180 Juniper Crest Dr. Apt 4"}


# -- an AP register's individual payee ----------------------------------------------------------------------------

_PAYMENTS = [["Vendor", "TIN", "Remit To", "Amount"],
             ["Northgate Energy Services LLC", "80-4549372", "4410 Foothill Blvd", "68955"],
             ["Dina Farouk (rebate - individual)", "967-83-2309", "518 Larkspur Way, Mesa Verde, CA 91750", "640"],
             ["Rahul Menon", "608-84-4416", "2210 Ironwood Ave #5, Mesa Verde, CA 91751", "402"]]


def test_a_rebate_payee_named_with_a_note_and_their_remit_to_address():
    found = pairs_found(_SITE + "finance/payments.xlsx", xlsx(_PAYMENTS))
    assert values_of(found, "customer_name") == {"Dina Farouk", "Rahul Menon"}
    # the sole proprietor's remit-to address is the business's; the rebate's payee is paid at home
    assert values_of(found, "address") == {"518 Larkspur Way, Mesa Verde, CA 91750"}


def test_a_firm_with_a_note_in_brackets_stays_a_vendor():
    rows = [_PAYMENTS[0], ["Larkspur Landscaping (sole prop.)", "80-1488532", "1280 W. Hillcrest Blvd", "8398"]]
    found = pairs_found(_SITE + "finance/payments.xlsx", xlsx(rows))
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "address") == set()


# -- a summary's note and a cell comment ---------------------------------------------------------------------------

def _workbook(comment: str) -> bytes:
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Arrearage plan - summary by ZIP"])
    summary.append(["ZIP", "Households", "Total arrears", "Avg kWh/mo"] + [None] * 13 + ["open question:"])
    summary.append([91750, 136, 83851, 580] + [None] * 13 +
                   ["Keiko Tanaka ((626) 301-7745) wants plan moved to new address 77 Sorrel Ct"])
    summary.append([91751, 56, 25679, 608])
    enrolled = book.create_sheet("Enrolled")
    enrolled.append(["Acct #", "Name on acct", "Svc addr", "Ph", "kWh (12 mo)"])
    enrolled.append(["7000926393", "Anahit Sargsyan", "2066 Olive Grove Pl", "(909)281-5685", 3769])
    enrolled["B2"].comment = Comment(comment, "rb")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_note_naming_a_person_with_their_phone_beside_a_zip_summary():
    found = pairs_found(_SITE + "council/arrears.xlsx", _workbook("Verified 4/9 -RB"))
    assert "Keiko Tanaka" in values_of(found, "customer_name")
    assert "(626) 301-7745" in values_of(found, "phone")
    assert not {"580", "608"} & values_of(found, "energy_usage")


def test_a_comments_phone_right_after_the_person_it_names():
    found = pairs_found(_SITE + "council/arrears.xlsx", _workbook(
        "Spoke w/ daughter Mi-rae Kang 626-749-8365 - she pays the bill now, mail to 2581 W. Hillcrest Blvd"))
    assert "Mi-rae Kang" in values_of(found, "customer_name")
    assert "626-749-8365" in values_of(found, "phone")


def test_a_comments_park_facility_phone_stays_public():
    found = pairs_found(_SITE + "council/arrears.xlsx", _workbook(
        "Referred to Lincoln Park community center 909-555-0100 for cooling hours"))
    assert "909-555-0100" not in values_of(found, "phone")


# -- a label | value sheet's own-letters customer number ----------------------------------------------------------

def test_a_customer_number_in_the_cell_after_its_label():
    found = pairs_found(_SITE + "council/lookup.xlsx", workbook({"lookup": [["last edited for", "Ana Ruiz"],
                                                                            ["MVD cust", "MVD-604417"]]}))
    assert values_of(found, "account_number") == {"MVD-604417"}


def test_an_assets_id_in_the_cell_after_its_label_is_none():
    found = pairs_found(_SITE + "gis/lookup.xlsx", workbook({"lookup": [["layer", "Streetlights"],
                                                                        ["GIS ID", "GIS-4819305"],
                                                                        ["MVD asset", "MVD-604417"]]}))
    assert values_of(found, "account_number") == set()
