"""Customer records told as prose on a city site (red team prose36, part 37a).

- A field narrative's account given by whose name it is in ("the account in her name, 8000-4471-2093, showed ...").
  Hard negative: a number "in her name" that no account label goes with (a permit's).
- A meter's or a home's range of use over a period ("the meter registered between 1,112 and 1,245 kWh per month;
  afterwards between 1,980 and 2,035 kWh"): the customer's readings, both figures. Hard negatives: a tier's or a
  class's "between 500 and 1,000 kWh".
- A name the narrative says "is a PCE customer" ("Mr. Odhiambo is a PCE customer and said ..."), with the phone of
  that case. Hard negatives: a council member who says they are a customer too, a customer-service
  supervisor, an advocate for customers.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found

_SITE = "https://www.cityofmarisol.example.gov/code-compliance"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _values(found: set[tuple[str, str]], category: str) -> set[str]:
    return {value for found_category, value in found if found_category == category}


# --- an account by whose name it is in ------------------------------------------------------------------------------

def test_an_account_in_her_name_in_a_field_narrative_is_an_account():
    narrative = (
        "Case CC25-0418\n"
        "Complaint of a meter bypass. The tenant, Oriane Castellucci, said she had no idea who installed it. The\n"
        "utility's investigator told me the account in her name, 8000-4471-2093, showed 1,086 kWh billed over the\n"
        "prior four months.\n")
    found = _found("narratives.txt", narrative)
    assert "8000-4471-2093" in _values(found, "account_number")
    assert "1,086 kWh" in _values(found, "energy_usage")


def test_a_permit_in_her_name_is_no_account():
    notice = ("Building permit B25-00417 was issued on March 2, 2025 in her name, 2025-0417-88, for a garage "
              "conversion. Inspections are scheduled through the Permit Center at (909) 620-2441.\n")
    found = _found("permits.txt", notice)
    assert not _values(found, "account_number")


# --- a range of use -------------------------------------------------------------------------------------------------

def test_the_range_a_meter_registered_before_and_after_an_exchange_is_usage():
    report = (
        "Fact-Finding Report FF-25-03: Meter Exchange at a Residence\n"
        "\n"
        "The home, at 62 Larkspur Terrace, is served under account 7003 1188 4520. Before the exchange\n"
        "the meter registered between 1,112 and 1,245 kWh per month; afterwards between 1,980 and 2,035 kWh.\n")
    found = _found("fact-finding.txt", report)
    usage = _values(found, "energy_usage")
    for figure in ("1,112", "1,245 kWh", "1,980", "2,035 kWh"):
        assert figure in usage, figure


def test_a_tiers_range_is_no_usage():
    page = (
        "Understanding Tiered Rates\n"
        "\n"
        "Customers who use between 500 and 1,000 kWh a month are billed at the Tier 2 rate. Households that used "
        "between 350 and 700 kWh last summer saw the smallest change. Questions: Customer Service, (909) 620-2241.\n")
    found = _found("tiers.txt", page)
    assert not _values(found, "energy_usage")


# --- "is a PCE customer" ----------------------------------------------------------------------------------------------

def test_a_name_that_is_a_pce_customer_in_a_field_narrative_is_a_customer_with_the_cases_phone():
    narrative = (
        "Case CC25-0533\n"
        "A fallen service line was reported at 415 Heronwood Lane. I met Mr. Odhiambo and his niece in the driveway.\n"
        "Mr. Odhiambo is a PCE customer and said the utility had been notified. His number for follow-up is\n"
        "626-318-5540.\n")
    found = _found("narratives.txt", narrative)
    assert "Mr. Odhiambo" in _values(found, "customer_name")
    assert "626-318-5540" in _values(found, "phone")


def test_a_council_member_who_is_a_customer_too_and_staff_are_no_customers():
    minutes = (
        "CITY COUNCIL MINUTES - APRIL 7, 2025\n"
        "\n"
        "Councilmember Teodora Brankovic is a PCE customer herself and asked about the summer rates. Her office can be "
        "reached at (909) 620-2009.\n"
        "Ignatius Mbeki is a PCE customer service supervisor; reach him at (909) 620-2731.\n"
        "Rosalind Achterberg is a PCE customer advocate with Inland Tenant Legal Aid, (909) 555-0164.\n")
    found = _found("minutes.txt", minutes)
    names = _values(found, "customer_name")
    for name in ("Teodora Brankovic", "Ignatius Mbeki", "Rosalind Achterberg"):
        assert name not in names, name
