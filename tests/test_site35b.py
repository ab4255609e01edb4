"""A City and CCA site's prose that names a customer with their own usage, bill or callback (red team site35, part b).

- A newsletter's contest winners listed by ranked place, each with the monthly usage they won with ("2nd place:
  NAME - from 1,204 to 877 kWh a month"): a household's own consumption. Hard negatives: winners named with no usage
  of their own; a program's total after the list.
- Minutes telling of a speaker's own bill in prose ("NAME, who said she has been a customer since 2017, said her
  March bill showed 1,874 kWh"), on one line or wrapped over two. Hard negatives: a speaker on policy with no bill of
  their own; the typical customer's usage said by a speaker.
- A councilmember's question about a constituent at a home, credited for the energy billed at the wrong rate.
- A speaker who tells of their own refund or deposit and whom staff will follow up with at a number. Hard
  negatives: a speaker with no bill of their own whom staff will call; the office's line to call.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofpomona.example.gov"


def _page(body: str) -> str:
    return f"<html><head><title>City of Pomona</title></head><body><main>{body}</main></body></html>"


def _found(body: str, path: str = "/departments/pce/newsletter.html") -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}{path}", _page(body), "text/html")


def _minutes(body: str) -> set[tuple[str, str]]:
    return _found(f"<h1>Minutes of the Regular Meeting of the City Council</h1><h2>Public Comment</h2>{body}",
                  "/government/minutes/2024-05-06-minutes.html")


# --- 1. contest winners ---------------------------------------------------------------------------------------------

_WINNERS = ("<h2>Beat the Peak Challenge: the winners</h2><p>These households cut their use the most against last "
            "summer:</p><p>1st place: Oksana Dovzhenko - from 1,204 to 877 kWh a month (-27%) 2nd place: Barnaby "
            "Quill - from 986 to 741 kWh a month (-25%) 3rd place: Perpetua Nwachukwu - from 1,322 to 1,010 kWh a "
            "month (-24%)</p>")


def test_ranked_winners_with_their_monthly_usage_are_customers():
    found = _found(_WINNERS)
    assert {"Oksana Dovzhenko", "Barnaby Quill", "Perpetua Nwachukwu"} <= values_of(found, "customer_name")
    assert {"1,204", "877 kWh", "986", "741 kWh", "1,322", "1,010 kWh"} <= values_of(found, "energy_usage")


def test_ranked_winners_whose_usage_a_line_break_cuts():
    found = pairs_found(f"{_SITE}/documents/pce/newsletter-summer.txt", (
        "BEAT THE PEAK CHALLENGE\n1st place: Oksana Dovzhenko - from 1,204 to\n877 kWh a month (-27%)\n"
        "2nd place: Barnaby Quill - from 986 to 741\nkWh a month (-25%)\n"), "text/plain")
    assert {"Oksana Dovzhenko", "Barnaby Quill"} <= values_of(found, "customer_name")
    assert {"1,204", "877 kWh", "986"} <= values_of(found, "energy_usage")


def test_winners_with_no_usage_of_their_own_and_program_totals_are_not():
    found = _found("<h2>Beat the Peak Challenge: the winners</h2><p>1st place: Oksana Dovzhenko. 2nd place: Barnaby "
                   "Quill. 3rd place: Perpetua Nwachukwu. Each wins a smart thermostat.</p><p>By the numbers: 1,480 "
                   "households took part and together saved 212,000 kWh; the average home used 612 kWh a month.</p>")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "energy_usage")


def test_a_school_that_won_with_its_usage_is_no_household():
    found = _found("<h2>Schools Energy Cup</h2><p>Winner: Pomona High School - from 42,600 to 35,100 kWh a month "
                   "(-18%)</p>")
    assert not values_of(found, "customer_name")


# --- 2. minutes: a speaker's own bill ---------------------------------------------------------------------------------

def test_a_speaker_who_gives_her_own_bill_usage_is_a_customer():
    found = _minutes("<p>Marguerite Okonjo, who stated she has been a Pomona Choice Energy customer since 2017, said "
                     "her March bill showed 1,874 kWh and asked why it had doubled.</p>")
    assert "Marguerite Okonjo" in values_of(found, "customer_name")
    assert "1,874 kWh" in values_of(found, "energy_usage")


def test_a_speaker_whose_bill_wraps_to_the_next_line_of_the_minutes():
    found = pairs_found(f"{_SITE}/government/minutes/2024-05-06-minutes.txt", (
        "PUBLIC COMMENT\n"
        "Florentyna Wasik thanked Public Works for the new crosswalk on Garey Avenue.\n"
        "Marguerite Okonjo, who stated she has been a Pomona Choice Energy customer since 2017, said her\n"
        "March bill showed 1,874 kWh and asked why it had doubled. Mayor Pro Tem Adeyemi\n"
        "asked staff to look into it.\n"), "text/plain")
    assert "Marguerite Okonjo" in values_of(found, "customer_name")
    assert "1,874 kWh" in values_of(found, "energy_usage")
    assert "Florentyna Wasik" not in values_of(found, "customer_name")  # a public speaker on another matter


def test_a_speaker_on_policy_or_on_the_typical_bill_is_not():
    found = _minutes("<p>Marguerite Okonjo spoke in support of the community solar program and said the typical "
                     "customer uses about 550 kWh a month.</p><p>Florentyna Wasik asked the Council to adopt the "
                     "climate action plan.</p>")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "energy_usage")


# --- 3. a councilmember's question about a constituent ----------------------------------------------------------------

def test_a_constituent_credited_for_energy_billed_at_the_wrong_rate():
    found = _minutes("<p>Councilmember Ibarra asked whether Mr. Thaddeus Orkney at 4127 W Mission Blvd, who had "
                     "contacted her office, would receive a credit for the 1,366 kWh billed at the wrong rate. The "
                     "PCE Manager said yes.</p>")
    assert "Thaddeus Orkney" in " ".join(values_of(found, "customer_name"))
    assert "4127 W Mission Blvd" in values_of(found, "address")
    assert "1,366 kWh" in values_of(found, "energy_usage")


def test_a_rate_change_credited_to_customers_at_large_is_no_customer_record():
    found = _minutes("<p>Councilmember Ibarra asked how many customers would receive a bill credit under the new "
                     "rate. The PCE Manager said about 4,100 accounts.</p>")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "energy_usage")


# --- 4. staff to follow up with a speaker at a number ----------------------------------------------------------------

def test_a_speaker_waiting_for_his_deposit_whom_staff_will_follow_up_with():
    found = _minutes("<p>Cosimo Albertazzi said he had been waiting two months for a refund of his PCE deposit. The "
                     "Customer Care Supervisor said she would follow up with him at 909.418.2266.</p>")
    assert "Cosimo Albertazzi" in values_of(found, "customer_name")
    assert "909.418.2266" in values_of(found, "phone")


def test_a_speaker_with_no_bill_of_their_own_or_the_office_line_is_not():
    found = _minutes("<p>Cosimo Albertazzi asked when the library would reopen on Sundays. The City Manager said "
                     "staff would follow up with him after the meeting.</p><p>Residents with questions about "
                     "deposits may call Customer Care at (909) 620-2251.</p>")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")
