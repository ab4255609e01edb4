"""Customer records told in a city's prose (site57a): minutes, news items, FAQ answers and case notes that carry a
how-to line, a home's pool equipment, the City's aquatics centre or a program's acronym beside a real customer."""
from __future__ import annotations

from tests.detector_helpers import pairs_found

URL = "https://www.cedarbluffca.gov/news/resident-story"


def page(*paragraphs: str) -> str:
    return ("<html><body><h1>Resident story</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</body></html>")


NOTES = ["Si Rosalinda Magbanua, na nakatira sa 3318 Acacia Court, ay gumamit ng 1,204 kWh noong Hulyo. Ang kanyang "
         "SCE account ay 2-67-405-1183.",
         "3/14 - Cust I. Okafor called re: high bill. Acct 2-51-330-8194. Svc addr 4471 Larchmont Ave. CB # "
         "951-330-2267."]


def test_a_how_to_line_with_a_stand_in_makes_no_sample_of_the_page():
    """A CMS body of lines broken by <br> is one block: a how-to line's stand-in there made every record a sample's."""
    how_to = ("On the application, write your account number as shown (for example: 3-00-456-7890) and your name as "
              "Jane Q. Public.")
    body = "<article>" + "<br>\n".join([*NOTES, how_to]) + "</article>"
    found = pairs_found(URL, f"<html><body><h1>Customer stories</h1>{body}</body></html>", "text/html")
    assert {("account_number", "2-67-405-1183"), ("customer_name", "Rosalinda Magbanua"),
            ("account_number", "2-51-330-8194"), ("phone", "951-330-2267")} <= found


def test_a_sample_bill_stays_a_sample():
    sample = page("Sample bill (how to read your bill):", "Customer: John Q. Sample", "123 Any Street",
                  "Account 0-000-0000-00", "Total usage 512 kWh")
    assert not pairs_found(URL, sample, "text/html")


def test_a_homes_pool_pump_is_no_city_facility():
    found = pairs_found(URL, page('"We had the pool heater on all winter," said Teodoro, whose Bluff Clean Power '
                                  'account 00481237 is now on the time-of-use plan.'), "text/html")
    assert ("account_number", "00481237") in found


def test_the_citys_pool_and_aquatics_center_keep_their_accounts():
    found = pairs_found(URL, page("The Westside Aquatics Center (SCE service account 2-31-884-2206) used 212,000 kWh "
                                  "last fiscal year.", "The Veterans Park pool pump station, SCE account "
                                  "2-44-318-0921, used 41,000 kWh."), "text/html")
    assert not [pair for pair in found if pair[0] == "account_number"]


def test_an_article_before_a_programs_acronym_is_no_name():
    found = pairs_found(URL, page("An BCP customer no. BCP-0577120 held by Okafor, Ifeoma was cited by the speaker as "
                                  "an example of the billing error."), "text/html")
    assert ("account_number", "BCP-0577120") in found
    assert not [value for kind, value in found if kind == "customer_name" and value.startswith("An ")]


def test_the_given_name_an_is_still_a_name():
    found = pairs_found(URL, page("Customer An Pham called about SCE account 2-58-190-3374 and asked for a payment "
                                  "plan."), "text/html")
    assert ("customer_name", "An Pham") in found


def test_a_homes_address_with_its_own_usage():
    found = pairs_found(URL, page("A resident wrote that the bill for 2718 Manzanita Drive showed 1,482 kWh though the "
                                  "house stood empty all of May.",
                                  "Answer: one customer's home at 906 Alisal Court used 733 kWh in June."), "text/html")
    assert {("address", "2718 Manzanita Drive"), ("energy_usage", "1,482 kWh"), ("address", "906 Alisal Court"),
            ("energy_usage", "733 kWh")} <= found


def test_an_address_with_its_usage_still_leaves_the_ssn_after_it():
    found = pairs_found(URL, page("The meter at 4415 Quintana Road read 1,120 kWh; the owner gave SSN 561-20-7784 to "
                                  "verify the claim."), "text/html")
    assert ("ssn", "561-20-7784") in found


def test_facilities_suppositions_and_stand_ins_are_no_homes_usage():
    found = pairs_found(URL, page("The Eastside Library at 140 E. Mission Boulevard used 312,000 kWh last year.",
                                  "If the home at 2718 Manzanita Drive used 900 kWh, the bill would be about $270.",
                                  "A typical home at 2718 Manzanita Drive uses 550 kWh a month.",
                                  "For example, the house at 123 Any Street used 640 kWh in July.",
                                  "The meter at 2718 Manzanita Drive. It was replaced in 2023, and usage city-wide "
                                  "was 41,000,000 kWh."), "text/html")
    assert not [pair for pair in found if pair[0] in ("address", "energy_usage")]


def test_the_number_staff_will_follow_up_at_is_the_customers():
    found = pairs_found(URL, page("Tomasz Wieczorek addressed the Commission about a disputed bill: his Edison account "
                                  "3-220-4817-55 was billed twice in March. Staff will follow up at 562.704.3318."),
                        "text/html")
    assert ("phone", "562.704.3318") in found


def test_a_line_to_follow_up_with_an_office_is_no_customers():
    found = pairs_found(URL, page("Tomasz Wieczorek asked how rebates are paid. For questions, follow up at "
                                  "(909) 620-2200 with the Energy office."), "text/html")
    assert not [pair for pair in found if pair[0] == "phone"]


def test_a_customers_initial_may_be_a_compass_letter():
    found = pairs_found(URL, page("5/02 - Field crew met E. Kowalczyk at 2290 Birchwood Terrace; meter read 1,388 kWh "
                                  "confirmed."), "text/html")
    assert ("customer_name", "E. Kowalczyk") in found


def test_a_street_opened_by_its_direction_is_no_initial():
    found = pairs_found(URL, page("The outage on N. Garcia and Holt affected SCE account 2-38-561-7904 and 1,200 kWh.",
                                  "Crews at S. Garcia Ave replaced the meter for SCE account 3-11-604-2281."),
                        "text/html")
    assert not [pair for pair in found if pair[0] == "customer_name"]


def test_a_persons_program_number_in_brackets_is_their_account():
    found = pairs_found(URL, page("When Odalys Ferrer called last week, we found her BCP number (004417093) in the "
                                  "upper right corner of the bill."), "text/html")
    assert ("account_number", "004417093") in found
    assert ("customer_name", "Odalys Ferrer") in found


def test_tax_and_parcel_numbers_in_brackets_are_no_program_accounts():
    found = pairs_found(URL, page("The vendor gave their DUNS number (080123456) and the owner his APN number "
                                  "(8312-314-029)."), "text/html")
    assert not [pair for pair in found if pair[0] == "account_number"]


def test_a_street_after_on_is_no_name():
    found = pairs_found(URL, page('"We run the fan all night," Imelda said from her porch on W. Juniper Crest Lane. Her '
                                  'Edison account 2-71-390-4415 shows the household at 4818 W. Juniper Crest Lane used '
                                  '1,930 kWh in June.'), "text/html")
    assert ("account_number", "2-71-390-4415") in found
    assert not [value for kind, value in found if kind == "customer_name" and "Lane" in value]


def test_a_possessive_after_on_is_still_a_person():
    from detectors.context.persons import names_in

    text = "A hold was placed on Odette Lane's SCE account 2-71-390-4415 after the move."
    assert any(text[start:end].startswith("Odette Lane") for start, end in names_in(text, anchored=True))


def test_a_worked_examples_home_is_no_customers():
    found = pairs_found(URL, page("Say the Okafor family signed up for the time-of-use plan.",
                                  "The house at 2718 Manzanita Drive uses 640 kWh a month, and the bill would come to "
                                  "about $190."), "text/html")
    assert not [pair for pair in found if pair[0] in ("address", "energy_usage")]


def test_an_officials_own_house_with_its_usage_stays_public():
    found = pairs_found(URL, page("Councilmember Irene Salcedo recalls the heat wave of 2022.",
                                  "Her house at 3302 Fremontia Court used 1,480 kWh that August."), "text/html")
    assert not [pair for pair in found if pair[0] in ("address", "energy_usage")]
