"""Round 66's lead mends, where two helpers' rules met after the merge.

- site66d read a table whose headers name only people and how to reach them ("Name | Email") as a program's
  participants under a program's title; a directory of programs and the person to call about each ("Program |
  Contact | Phone", a sheet named "programs") then made the City's program staff customers (test_site45c,
  test_site49). A "Contact" column under such a title is whom to call about the row's program or office.
- site66b read an account whose sentence is only its label, after a sentence naming a person, as a customer's on a
  budget page; a program's title whose last words read as a name ("Community Development Block Grant funds ...")
  made a grant's account a customer's (test_site56a). A name that is the tail of a longer run of capitalised words
  is a title's, not a person's.
"""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.cityoflindenhurst.example.gov"


def test_a_directory_of_programs_and_whom_to_call_about_each_stays_public():
    found = pairs_found(f"{_SITE}/files/energy-assistance-programs.csv",
                        "Program,Program Contact,Phone\n"
                        "Weatherization assistance,Imogen Castellanos,(760) 431-2207\n"
                        "Appliance recycling,Tadeusz Wojcik,(760) 431-2219\n")
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_a_programs_participants_beside_their_phones_are_still_its_customers():
    found = pairs_found(f"{_SITE}/files/weatherization-assistance-enrollees.csv",
                        "Participant,Phone\nImogen Castellanos,(760) 418-5521\nTadeusz Wojcik,760-418-0934\n")
    assert values_of(found, "customer_name") == {"Imogen Castellanos", "Tadeusz Wojcik"}
    assert values_of(found, "phone") == {"(760) 418-5521", "760-418-0934"}


_BUDGET_LINES = ["FISCAL IMPACT", "Costs are charged to the General Fund in the adopted budget.",
                 "The fiscal year begins July 1."]


def test_an_account_after_a_programs_title_ending_in_name_like_words_stays_public():
    pdf = lines_pdf([*_BUDGET_LINES,
                     "Energy Efficiency Conservation Block Grant dollars are appropriated in the adopted budget.",
                     "Account number: 3318-4402-17. Postage and printing."])
    found = pairs_found(f"{_SITE}/agendas/2026-09-08/item-4.pdf", pdf)
    assert not values_of(found, "account_number")


def test_an_account_after_a_sentence_naming_a_resident_on_a_budget_page_is_still_found():
    pdf = lines_pdf([*_BUDGET_LINES,
                     "The shut-off at 908 Quail Run was lifted once Imogen Castellanos paid the arrears.",
                     "Account number: 3318-4402-17. The late fees were waived."])
    found = pairs_found(f"{_SITE}/agendas/2026-09-08/item-5.pdf", pdf)
    assert values_of(found, "account_number") == {"3318-4402-17"}
