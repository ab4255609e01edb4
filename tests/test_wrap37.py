"""A customer's record that a hard wrap cuts inside a paragraph (red team prose36-f: PDF lines, a text file's fixed
width, a newsletter's narrow column).

- A name that a line break cuts between its given name and its surname, in a sentence that ties it to an account
  ("The tenant, Teodor" / "Vashchenko, 58, said ..."): the two lines are read together as ``persons.names_in`` reads a
  soft line break, whatever words stand before the name. The address, phone, account and kWh figure cut the same way
  were read across the break already: guarded here.
- A record told in a narrow column: the block around an account reaches as many words as four lines of a page's
  width hold, not four of its short lines, so the name that opens the story five lines up is the account's.

Hard negatives, line-based layouts that stay as they are: a staff signature block, a label's value on the next line, a
column of names one a line, two list items, an office's address block, and a paragraph above a blank line.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.pomonaca.gov/documents"


def _found(name: str, body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{SITE}/{name}", body)


_DISPUTE = "Billing Dispute Summary\nThe customer, Marisol Quintanilla, disputes the March bill on account 3-118-4406-27"


# --- each field of a record cut by a line break inside a sentence --------------------------------------------------

def test_a_name_cut_between_given_name_and_surname_is_one_name():
    found = _found("field-notes.txt", "Code Enforcement - Field Notes\n"
                   "Case CE25-0311. Inspector found a bypassed meter at the rear of the lot. The tenant, Teodor\n"
                   "Vashchenko, 58, said the landlord arranged it. PCE account 3-118-4406-27 was billed for\n"
                   "estimated use.\n")
    assert ("customer_name", "Teodor Vashchenko") in found
    assert ("account_number", "3-118-4406-27") in found


def test_a_name_cut_after_a_verb_and_indented_below_is_one_name():
    found = _found("workpaper.txt", "Sample review\n"
                   "  * S-11. Form missing. The account (3-118-4406-27) belongs to Ifeoma\n"
                   "    Adeyemi-Lind, who told us by phone that her clinic closed.\n")
    assert values_of(found, "customer_name") and all(
        " ".join(v.split()) == "Ifeoma Adeyemi-Lind" for v in values_of(found, "customer_name"))


def test_an_address_cut_inside_its_street_name_is_the_customers():
    found = _found("dispute.txt", f"{_DISPUTE}. She said her\nstatements, mailed to 4417 Wren\n"
                                  "Hollow Drive, never arrived and asked that they be resent.\n")
    assert ("address", "4417 Wren Hollow Drive") in found


def test_a_phone_cut_after_its_area_code_is_the_customers():
    found = _found("dispute.txt", f"{_DISPUTE}. She asked to be called at (909)\n"
                                  "314-2786 after five, and staff agreed to review the meter data.\n")
    assert ("phone", "(909) 314-2786") in found


def test_an_account_opening_the_next_line_is_found():
    found = _found("dispute.txt", "Billing Dispute Summary\nThe customer, Marisol Quintanilla, of 4417 Wren Hollow "
                                  "Drive, disputes the March bill on account\n3-118-4406-27 and asked for a review.\n")
    assert ("account_number", "3-118-4406-27") in found
    assert ("customer_name", "Marisol Quintanilla") in found


def test_a_kwh_figure_cut_from_its_unit_is_the_customers_usage():
    found = _found("dispute.txt", f"{_DISPUTE}, which showed 2,184\n"
                                  "kWh in one month, and asked that staff review the meter data.\n")
    assert ("energy_usage", "2,184 kWh") in found


_NARROW_STORY = ("Stories from the counter\n"
                 "In May an agent noticed that\nOctavia Brenneman had been\nbilled twice for the same\n"
                 "month. Her checks, sent from\n2290 Larkspur Terrace, were\nposted to another customer's\n"
                 "record. The agent moved the\nmoney back to her account,\n3-118-4406-27.\n")


def test_a_story_in_a_narrow_column_is_one_record_with_its_account():
    found = _found("newsletter.txt", _NARROW_STORY)
    assert ("customer_name", "Octavia Brenneman") in found
    assert ("address", "2290 Larkspur Terrace") in found


# --- line-based layouts that stay apart -----------------------------------------------------------------------------

def test_a_paragraph_above_a_blank_line_is_no_part_of_a_narrow_record():
    found = _found("newsletter.txt", "Meet the team\nSupervisor Lucinda Arkwright\nhas led the counter for\n"
                                     "nine years.\n\n" + _NARROW_STORY.split("\n", 1)[1])
    assert "Lucinda Arkwright" not in values_of(found, "customer_name")
    assert ("customer_name", "Octavia Brenneman") in found


def test_a_staff_signature_block_under_a_letter_names_no_customer():
    found = _found("letter.txt", "Re: account 3-118-4406-27\n"
                                 "We reviewed the account and found no error in the March bill. If you have\n"
                                 "questions, please reply to this letter.\nSincerely,\nRosalind\nKettering\n"
                                 "Billing Supervisor\n")
    assert not {v for v in values_of(found, "customer_name") if "Kettering" in v or "Rosalind" in v}


def test_a_labels_value_on_the_next_line_is_read_as_before():
    found = _found("case.txt", "Case CE25-0311, account 3-118-4406-27, was closed after the meter was replaced.\n"
                               "Assigned inspector: Lena\nKowalczyk, Code Enforcement Division\n")
    assert not {v for v in values_of(found, "customer_name") if "Kowalczyk" in v or "Lena" in v}


def test_a_column_of_names_one_a_line_stays_apart():
    found = _found("volunteers.txt", "Volunteers who staffed the outreach table this spring:\n"
                                     "Lucinda Arkwright\nBenedikt Sorensen\nMarguerite Oyelowo\n")
    assert values_of(found, "customer_name") == set()


def test_two_list_items_on_two_lines_join_no_name():
    found = _found("agenda.txt", "Items for review with the account 3-118-4406-27 holder's file:\n"
                                 "- the letter sent by Lucinda\n- Arkwright's memo on the meter test\n")
    assert not {v for v in values_of(found, "customer_name") if "Arkwright" in v and "Lucinda" in v}


def test_an_offices_address_block_beside_a_narrow_record_stays_public():
    found = _found("newsletter.txt", _NARROW_STORY + "Questions? Visit the\nCustomer Service Office\n"
                                                     "505 S. Garey Ave.\nPomona, CA 91766\n")
    assert not {v for v in values_of(found, "address") if "Garey" in v}
    assert ("customer_name", "Octavia Brenneman") in found


def test_a_sentence_ended_above_a_narrow_record_stops_its_reach():
    found = _found("newsletter.txt", "Stories from the counter\nSupervisor Lucinda Arkwright\n"
                                     "welcomed two new agents.\nIn May an agent noticed that a\n"
                                     "customer had been billed twice\nfor the same month. Her checks,\n"
                                     "sent from 2290 Larkspur Terrace,\nwere posted to another\n"
                                     "customer's record. The agent\nmoved the money back to her\naccount, 3-118-4406-27.\n")
    assert "Lucinda Arkwright" not in values_of(found, "customer_name")


def test_a_letterheads_short_lines_over_a_narrow_record_stay_the_firms():
    found = _found("letter.txt", "HOLLISTER & VEGA LLP\nAttorneys at Law\n411 W. Mission Blvd., Suite 210, Pomona, CA 91766\n"
                                 "(909) 462-1180\nRe: our client Octavia Brenneman, whose checks\n"
                                 "were posted to another customer's\nrecord for three months. The\n"
                                 "office moved the money back to her\naccount, 3-118-4406-27.\n")
    assert not {v for v in values_of(found, "address") if "Mission" in v}
    assert ("customer_name", "Octavia Brenneman") in found
