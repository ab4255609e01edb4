"""Red team site54 (round 54): rules fixed on branch fix/site54c, with hard negatives.

- A reported name carries no note and no role word: a name cell with staff's note after a spaced dash (a KML
  placemark's "SALAZAR - audit", "Maria Lopez - follow-up") is the name before the dash; a list's or a record's word
  for whose item it is ("Callback Robert O'Brien", "Tenant Ana Ruiz", "Customer Jesús Ortega") is no given name, and a
  callback list's item that opens with it is still an item of the list. A double-barrelled name written with a spaced
  dash before a capitalised word ("Ana Ruiz - Ruiz Electric") keeps its words.
- A check register's memo abbreviates the City's plant ("ELEC SVC TRAF SIG", "TS #14", "IRR CTRL", "PUMP STA 3",
  "LIFT STA"): the City's own accounts, the abbreviations no person's name; a person's refund row stays theirs.
"""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found, values_of, xlsx

_SITE = "https://www.sycamorebluffs.gov/"


def _found(text: str, name: str = "records/note.txt") -> set[tuple[str, str]]:
    return pairs_found(_SITE + name, text)


# -- a name cell's note after a spaced dash ----------------------------------------------------------------------------

_KML = ('<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
        "<name>Home audits Q2</name>"
        "<Placemark><name>SALAZAR - audit</name><description><![CDATA[1775 E. Magnolia St, Apt 15C<br/>"
        "Acct BCP-4842950<br/>Contact: Octavio Salazar 818 422 9062]]></description>"
        "<Point><coordinates>-117.72226,34.06248,0</coordinates></Point></Placemark>"
        "<Placemark><name>Maria Lopez - follow-up 5/2</name><description><![CDATA[17 Alder Crest Dr<br/>"
        "Acct BCP-4842951<br/>818 422 9063]]></description>"
        "<Point><coordinates>-117.7,34.06,0</coordinates></Point></Placemark>"
        "</Document></kml>")


def test_a_placemarks_name_with_a_note_after_a_dash_is_reported_without_the_note():
    names = values_of(_found(_KML, "map/data/home_audits.kml"), "customer_name")
    assert names == {"Octavio Salazar", "Maria Lopez"}
    assert not {"SALAZAR - audit", "Maria Lopez - follow-up 5/2"} & names


def test_a_name_cell_whose_dash_goes_on_to_a_firm_keeps_its_words():
    rows = [["Name", "Service Address", "Account", "Phone"],
            ["Ana Ruiz - Ruiz Electric", "412 Elm St", "BC42077992", "626-555-0101"]]
    found = pairs_found(_SITE + "records/visits.xlsx", xlsx(rows))
    assert "Ana Ruiz" not in values_of(found, "customer_name")


# -- a role word before a name ----------------------------------------------------------------------------------------

def test_callback_items_report_the_name_without_the_word():
    text = ("Callbacks owed (BCP billing):\n- Callback Robert O'Brien, 626-555-0101, acct BCP 2274 5538\n"
            "- Callback Jesús Ortega, 909-555-0184\n")
    assert values_of(_found(text), "customer_name") == {"Robert O'Brien", "Jesús Ortega"}


def test_callback_items_of_a_list_in_html():
    page = ("<ul><li>Callback Robert O'Brien at 626-555-0101 re high bill, 412 Elm St</li>"
            "<li>Callback Jesús Ortega at (909) 555-0184 re BCP account 210-484082-9</li></ul>")
    assert values_of(_found(page, "council/callbacks.html"), "customer_name") == {"Robert O'Brien", "Jesús Ortega"}


def test_a_records_role_word_is_no_given_name():
    page = ("<p>Tenant Ana Ruiz, 44 Oak Ave, BCP acct BC94144553</p>"
            "<p>Customer Maria Lopez, 412 Elm St, 626-555-0101</p>"
            "<p>Owner Dana Whitfield, 9 Birch Ln, BCP acct BC94144554</p>")
    names = values_of(_found(page, "council/cases.html"), "customer_name")
    assert names == {"Ana Ruiz", "Maria Lopez", "Dana Whitfield"}


def test_a_customer_service_line_is_still_no_name():
    page = ("<p>Customer Service: 1-800-555-0100. Tenant Protection Program: call the Housing Division at "
            "909-555-0111.</p>")
    assert values_of(_found(page, "assistance/help.html"), "customer_name") == set()


# -- the City's plant in a check register's memo -----------------------------------------------------------------------

_REGISTER_HEAD = ["Check No", "Date", "Payee", "Description", "Fund-Dept", "Amount"]


def test_a_registers_traffic_signal_and_irrigation_memos_are_the_citys_accounts():
    memos = ["ELEC SVC TRAF SIG ACCT 2-13-215-4753", "ELEC SVC TS #14 ACCT 2-13-215-4754",
             "ELEC SVC IRR CTRL ACCT 2-13-215-4756", "ELEC SVC PUMP STA 3 ACCT 2-13-215-4757",
             "ELEC SVC TRAF SIGNAL LS-3 ACCT 2-13-215-4758", "ELEC SVC LIFT STA ACCT 2-13-215-4761",
             "ELEC SVC IRRIG CONTROLLER ACCT 2-13-215-4762"]
    rows = [_REGISTER_HEAD] + [[str(218300 + i), "02/16/2025", "SOUTHERN CALIFORNIA EDISON", memo, "101-3150",
                                "1,630.98"] for i, memo in enumerate(memos)]
    rows.append(["218187", "02/28/2025", "HOLLOWAY, HYUN", "REFUND CLOSED ACCT 4107-8727-4161 - 8205 W HERMOSA AVE",
                 "510-4710", "264.94"])
    found = pairs_found(_SITE + "finance/check-register.xlsx", xlsx(rows))
    assert values_of(found, "account_number") == {"4107-8727-4161"}
    assert values_of(found, "customer_name") == {"HOLLOWAY, HYUN"}


# -- a 2-column PDF's wrapped values ------------------------------------------------------------------------------------

_DIGEST = ["Resolved. Shauna Pruitt of 4528 Tamarind Way", "was credited after meter swap. Acct BCP 2274",
           "5538, Feb read 281 kWh. Tel 951.289.8064.", "Case 24-6750 - Eun-ji Park, 1772 Tamarind Way.",
           "Customer disputes 1,792 kWh billed in January; acct", "2-95-465-8801. Callback 909 222 4427."]


def test_a_prefixed_account_a_wrap_cut_and_a_cases_opening_line_in_a_pdf():
    found = pairs_found(_SITE + "pra/digest.pdf", lines_pdf(_DIGEST))
    assert {"BCP 2274 5538", "2-95-465-8801"} <= values_of(found, "account_number")
    assert values_of(found, "customer_name") == {"Shauna Pruitt", "Eun-ji Park"}


def test_a_count_and_a_year_after_a_wrap_are_no_accounts_rest():
    lines = ["Program statistics: BCP enrolled accounts up to 2274", "5538 residents attended, 2024 report.",
             "Case 24-6751 - City of Sycamore Bluffs v. Acme Corp., filed 2024.", "Hearing set for May; no account."]
    found = pairs_found(_SITE + "pra/digest2.pdf", lines_pdf(lines))
    assert values_of(found, "account_number") == set()
    assert values_of(found, "customer_name") == set()


def test_a_korean_given_name_in_roman_letters_before_a_common_surname():
    text = "Case 24-6750 - Seo-yeon Kim, 88 Alder Crest Dr. Customer disputes her bill; acct 2-95-465-8802.\n"
    assert values_of(_found(text), "customer_name") == {"Seo-yeon Kim"}
    public = ("<p>Visit Co-op Park and the Hi-tech Park exhibit. The Self-help Center opens at 9.</p>"
              "<p>Councilmember Min-jun Lee thanked residents at the Tamarind Way ribbon cutting.</p>")
    assert values_of(_found(public, "news/events.html"), "customer_name") == set()
