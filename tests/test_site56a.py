"""Agenda packets and their attachments (red team site56a).

- A customer's letter to the program's customer care tells of their own bill in other words than "my bill": "the
  statement I received shows ...", "my household was billed for ...", "our family enrolled in ...".
- A staff report page that speaks of fiscal years and revenues reads as a budget; an account on it is still a
  customer's when its label gives the initials of the utility the document names ("RVCE acct no."), when the
  letter's subject line is a dispute of charges, or when the paragraph above it tells of a private person.
  Hard negatives: a grant's initials ("CDBG account"), a ledger string, a budget narrative naming staff.
- An agenda item or a bookmark of one customer's bill appeal names them with their home ("Bill appeal of ..., ...").
  Hard negatives: a planning appeal, the office that hears bill appeals.
- A grouped account in brackets right after a private person's name ("(47-30918-215)") in a line about the bill.
  Hard negatives: a permit's year and sequence, an APN, a ledger string after staff.
- A login's password given after its user name with no mark ("username x, password" / next line, "login x / pw:")
  counts beside a public meeting's Zoom details. Hard negatives: the meeting's own passcodes.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.riovistaverde.gov"

_FILLER = ("Net revenues in the fiscal year exceeded projections, and staff will return with the mid-year budget "
           "amendment.\n")


def _letter(opening: str, account_line: str = "Re: Billing question, Account No. RVCE-7730418") -> str:
    return (f"ATTACHMENT D - CORRESPONDENCE\nTemitope Adewale-Brooks\n8812 Saguaro Bend Dr\nRio Vista Verde, CA 92399\n"
            f"March 3, 2026\nRio Vista Clean Energy Customer Care\n400 Civic Plaza\nRio Vista Verde, CA 92399\n"
            f"{account_line}\n{opening}\nPlease correct it. You can reach me at 760-441-2873 or t.adewale.brooks@"
            f"yahoo.com.\nSincerely,\nTemitope Adewale-Brooks\n")


def test_letter_telling_of_the_bill_the_writer_received():
    for opening in ("Dear Customer Care: The statement I received in February shows 3,112 kWh for one month.",
                    "To whom it may concern: for the period ending in May my household was billed for 3,112 kWh.",
                    "Hello - our family enrolled when the program started, and the last statement shows 3,112 kWh."):
        found = pairs_found(f"{_SITE}/packet.txt", _letter(opening))
        assert values_of(found, "customer_name") == {"Temitope Adewale-Brooks"}, opening
        assert values_of(found, "phone") == {"760-441-2873"}, opening
        assert "8812 Saguaro Bend Dr" in values_of(found, "address"), opening


def test_letter_without_own_words_stays_a_letter_to_customer_care():
    # a vendor's letter about the program's account with the City: no household, no bill received
    found = pairs_found(f"{_SITE}/packet.txt", _letter(
        "Dear Customer Care: Our firm enrolled the program's call center in the new telephone system last week."))
    assert not values_of(found, "customer_name")


def test_account_by_the_utilitys_initials_on_a_budget_page():
    text = ("Rio Vista Clean Energy received 41 disputes this fiscal year; revenues were not affected.\n"
            f"Staff reviewed RVCE acct no. 52-90714-338 and found a misread meter.\n{_FILLER}")
    assert values_of(pairs_found(f"{_SITE}/report.txt", text), "account_number") == {"52-90714-338"}


def test_dispute_subject_line_on_a_budget_page():
    text = f"{_FILLER}Re: Dispute of charges, account no. 52-90714-338\nI was billed twice in April.\n"
    assert values_of(pairs_found(f"{_SITE}/report.txt", text), "account_number") == {"52-90714-338"}


def test_grant_and_ledger_accounts_on_a_budget_page_stay_out():
    text = ("Community Development Block Grant funds are appropriated in the adopted budget; fiscal year revenues "
            "follow.\nCDBG account 24-51234-552 shows the transfer.\nFunding is available in Account No. 510-43-5512 "
            f"(Energy Fund).\n{_FILLER}")
    assert not values_of(pairs_found(f"{_SITE}/budget.txt", text), "account_number")


def test_account_opening_a_line_under_a_paragraph_about_a_person():
    text = (f"{_FILLER}Customer Stories\nFarzana Qureshi-Lind phoned us in June, worried about\n"
            "a bill. A look at the account\n(41-66203-917) showed the home was on the wrong rate.\n")
    found = pairs_found(f"{_SITE}/annual-report.txt", text)
    assert values_of(found, "account_number") == {"41-66203-917"}


def test_account_opening_a_line_under_a_budget_narrative_naming_staff_stays_out():
    text = (f"{_FILLER}Finance Director Janet Whitfield presented the mid-year review of the\n"
            "fund balance. The transfer from account\n(24-51234-552) to the reserve was approved.\n")
    assert not values_of(pairs_found(f"{_SITE}/budget.txt", text), "account_number")


def test_bill_appeal_item_names_the_customer_and_home():
    for line in ("Item 9c: Bill appeal of Oyelowo Castellanos-Reyes, 3307 Thimbleberry Ln",
                 "Billing dispute of Oyelowo Castellanos-Reyes, 3307 Thimbleberry Ln - continued from May 4"):
        found = pairs_found(f"{_SITE}/agenda.txt", line + "\n")
        assert values_of(found, "customer_name") == {"Oyelowo Castellanos-Reyes"}, line
        assert values_of(found, "address") == {"3307 Thimbleberry Ln"}, line


def test_planning_appeal_and_hearing_office_stay_out():
    text = ("Item 4: Appeal of Planning Commission decision by Oyelowo Castellanos-Reyes, 3307 Thimbleberry Ln\n"
            "Bill appeals are heard by the Finance Director, 400 Civic Plaza.\n")
    found = pairs_found(f"{_SITE}/agenda.txt", text)
    assert not values_of(found, "customer_name")


_ZOOM = "Members of the public may join by Zoom: Webinar ID 861 4402 7713, Passcode 804412, or dial (669) 900-6833.\n"


def test_login_password_beside_a_meeting_invitation():
    text = (f"{_ZOOM}Billing data portal for the analyst: username rvce_data, password\nlantern-otter-2027. Change it "
            "after first login.\nCall center wallboard: use login wallboard / pw: Cactus#5512 until SSO.\n")
    found = pairs_found(f"{_SITE}/packet.txt", text)
    assert values_of(found, "credential") == {"lantern-otter-2027", "Cactus#5512"}


def test_meeting_passcodes_stay_out():
    text = (f"{_ZOOM}For Zoom meeting login help, passcode 804412 is printed on the agenda.\n"
            "Attendees use the Zoom login page, passcode 804412, to join the webinar.\n")
    assert not values_of(pairs_found(f"{_SITE}/agenda.txt", text), "credential")


def test_grouped_account_in_brackets_after_a_name_in_a_note_about_the_bill():
    found = pairs_found(f"{_SITE}/packet.txt", "Hold for billing: Marguerite Osei-Tutu (47-30918-215) still shows "
                                                "2,904 kWh for August.\n")
    assert values_of(found, "account_number") == {"47-30918-215"}
    assert values_of(found, "customer_name") == {"Marguerite Osei-Tutu"}


def test_grouped_numbers_in_brackets_after_a_name_without_a_bill_stay_out():
    text = ("Building permit for Marguerite Osei-Tutu (24-00123-01) issued; the meter was relocated.\n"
            "Owner Marguerite Osei-Tutu (8341-012-034) requests a variance.\n"
            "Director Janet Whitfield (101-4310-521) approved the bill payment run.\n")
    assert not values_of(pairs_found(f"{_SITE}/agenda.txt", text), "account_number")


def test_ledger_string_opening_a_line_under_a_narrative_naming_a_donor_stays_out():
    text = (f"{_FILLER}The Friends of the Library, whose volunteer Tomasz Wierzbicki led the drive, gave $12,000;\n"
            "the gift was booked to account\n101-4310-5210 and spent on the summer reading program.\n")
    assert not values_of(pairs_found(f"{_SITE}/budget.txt", text), "account_number")
