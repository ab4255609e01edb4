"""Customer records told in English prose with no "customer" label beside the field (red team prose37, patterns 1-4).

- A write-off report's closed service: "Service to <name> at <home> was closed ..." is one household's account, the
  new owner of a house sold no business. Hard negatives: service to an area, a business's closed account, a closure
  with no one's name.
- A settlement's recital: 'Ana Ruiz ("Claimant"), an individual residing at <home>' gives the party's home once the
  claimant's account ties the term. Hard negative: a settlement with a firm at its office.
- A titled person's balance referred or written off ("The balance of Mr. Full Name was referred") and a name called
  the utility's customer whose sentence goes on with their account ("also a PCE customer ...; she enrolled in CARE").
  Hard negatives: "the balance of Mr. X's time", a testimonial's customer with no story of the account, an official.
- A story's usage "fell from X in July 2023 to Y in July 2024": both figures, not a program's aggregate.
- A house told by its corner and number ("the corner of Grove and Holt, number 812"); a corner alone is a place.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org/documents"


def _found(name: str, body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


# --- a closed service in a write-off report --------------------------------------------------------------------

_WRITEOFF = ("STAFF REPORT: WRITE-OFF OF UNCOLLECTIBLE UTILITY ACCOUNTS\n\n"
             "Staff recommends writing off 640 closed accounts with unpaid electric bills.\n\n"
             "{sentence}\n\n"
             "Prepared by: Finance Department, (909) 620-2211\n")


def test_service_to_a_named_person_at_a_home_closed_is_their_record():
    report = _WRITEOFF.format(sentence="Service to Oriana Velasquez-Tolle at 4127 N Marigold Ct, Pomona, CA 91767 was "
                                       "closed in March 2022 after the house was sold; the new owner owes nothing.")
    found = _found("writeoff.txt", report)
    assert values_of(found, "customer_name") == {"Oriana Velasquez-Tolle"}
    assert values_of(found, "address") == {"4127 N Marigold Ct, Pomona, CA 91767"}


def test_a_closed_service_of_no_person_or_of_a_business_is_no_record():
    for sentence in ("Service to the area at 4100 N Marigold Ct was closed in March 2022 for pole replacement.",
                     "Service to Marigold Bakery at 4127 N Marigold Ct was closed in March 2022 when the shop moved.",
                     "The account at 4127 N Marigold Ct was closed in March 2022 after the house was sold."):
        found = _found("writeoff.txt", _WRITEOFF.format(sentence=sentence))
        assert not values_of(found, "customer_name") and not values_of(found, "address"), sentence


# --- a settlement's recital ------------------------------------------------------------------------------------

_SETTLEMENT = ("RELEASE OF UTILITY BILLING CLAIM\n\n"
               "This Release is made by and between the City of Pomona and {party}.\n\n"
               "RECITALS\n\n"
               "A. Claimant is a residential customer of PCE under SCE service account 3014477820.\n\n"
               "B. A meter error caused the account to be billed for 1,910 kWh in one cycle.\n")


def test_a_settlements_party_residing_at_a_home_gives_that_home():
    party = 'Fenwick Oyelowo-Barr ("Claimant"), an individual residing at 2250 W Larkspur Ave, Pomona, CA 91766'
    found = _found("release.txt", _SETTLEMENT.format(party=party))
    assert "Fenwick Oyelowo-Barr" in values_of(found, "customer_name")
    assert values_of(found, "address") == {"2250 W Larkspur Ave, Pomona, CA 91766"}


def test_a_settlement_with_a_firm_gives_no_home():
    party = 'Larkspur Solar Installers, Inc. ("Contractor"), a corporation with offices at 2250 W Larkspur Ave'
    found = _found("release.txt", _SETTLEMENT.format(party=party).replace("Claimant is", "Contractor is"))
    assert not values_of(found, "address") and not values_of(found, "customer_name")


# --- a titled person's balance, a customer's story ------------------------------------------------------------

def test_a_titled_persons_balance_referred_names_the_holder():
    report = _WRITEOFF.format(sentence="The balance of Mrs. Philippa Cardenas-Lund was referred to the collection "
                                       "agency in 2023; no payment has been received.")
    assert values_of(_found("writeoff.txt", report), "customer_name") == {"Mrs. Philippa Cardenas-Lund"}


def test_the_balance_of_a_speakers_time_or_an_officials_is_no_holder():
    for sentence in ("The balance of Mr. Thaddeus Okonkwo's time was yielded to the next speaker.",
                     "The balance of Councilmember Thaddeus Okonkwo was not discussed.",
                     "The balance of Mr. Thaddeus Okonkwo was noted for the record."):
        found = _found("writeoff.txt", _WRITEOFF.format(sentence=sentence))
        assert not values_of(found, "customer_name"), sentence


_STORY = ("PCE rebate recipients cut their electric bills\n\n"
          "The program paid 240 households this year, saving 910 MWh.\n\n"
          "{sentence}\n")


def test_a_name_called_a_customer_whose_sentence_tells_of_their_account_is_theirs():
    sentence = ("Across the street, Ludovica Perriman, also a PCE customer, saw the new panels and applied; she "
                "signed up for CARE a week later.")
    assert values_of(_found("story.html", _STORY.format(sentence=sentence)), "customer_name") == {"Ludovica Perriman"}


def test_a_testimonial_customer_with_no_account_story_or_an_official_is_not_named():
    for sentence in ('Ludovica Perriman, a PCE customer, said "the program is easy to use."',
                     "Mayor Ludovica Perriman, also a PCE customer, signed up for CARE to promote it."):
        assert not values_of(_found("story.html", _STORY.format(sentence=sentence)), "customer_name"), sentence


# --- usage told as a fall between two dated figures ------------------------------------------------------------

def test_both_figures_of_a_dated_fall_in_a_households_story_are_usage():
    sentence = ("Ludovica Perriman, who has lived at 318 E Juniper Pl since 1979, saw her usage fall from 1,734 kWh "
                "in August 2023 to 655 kWh in August 2024.")
    assert values_of(_found("story.html", _STORY.format(sentence=sentence)), "energy_usage") == {"1,734 kWh",
                                                                                                   "655 kWh"}


def test_a_programs_dated_fall_is_no_ones_usage():
    sentence = "Enrolled homes' average usage fell from 1,734 kWh in August 2023 to 1,655 kWh in August 2024."
    assert not values_of(_found("story.html", _STORY.format(sentence=sentence)), "energy_usage")


# --- a house told by its corner and number ----------------------------------------------------------------------

_TIMELINE = ("AFTER-ACTION REPORT: HEAT WAVE OUTAGE\n\n"
             "09:10 - A customer whose account (8005512093) carries a medical flag did not answer. Officers found the "
             "resident, later identified as Bartholomew Ngata, safe at his home, {place}.\n")


def test_a_house_told_by_its_corner_and_number_is_the_customers_address():
    found = _found("aar.txt", _TIMELINE.format(place="the grey house at the corner of Alder and Kenmore, number 735"))
    assert values_of(found, "address") == {"corner of Alder and Kenmore, number 735"}


def test_a_corner_without_a_house_number_is_a_place():
    found = _found("aar.txt", _TIMELINE.format(place="near the cooling tent at the corner of Alder and Kenmore"))
    assert not values_of(found, "address")
