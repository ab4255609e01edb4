"""site75b red team: customer households and people a memo, minutes or a staff report tell of in sentences.

- A household named by a surname that is its own plural ("the Paredes", "the Torres", "the Salas") is a customer
  when its sentence says a customer's state of it, not only an act: on the shut-off list, in arrears, on a payment
  plan, disconnected, enrolled in CARE; in Spanish "están en la lista de desconexión". English frequency decides the
  word: "torres", "salas" are Spanish words, but in English text only surnames; "the Woods", "the Meadows", "the
  Mills" stay places (``plural_families._english_surname``).
- A few words between the household and its home ("the Paredes next door at ...", "The Kaurs, longtime customers,
  at ...", "los Galvez de ...", "the Nguyens (1510 E. Holt Ave)").
- The later items of a list staff's act or a label opens ("Crews disconnected the Perez (...), the Salas (...) and
  ..."; "Households still owing ...: the Chavez at ..., the Alvarez at ...").
- A person with a few words in lower case in commas between their name and home ("Rogelio Dominguez, who rents
  the back unit, at ...", "Mr. Olivares, the tenant, at ..."), and "his $227.55 bill" as their own bill.
Public look-alikes kept: a historic adobe, a family's bakery or foundation, a park, a senior community called "the
Woods", a count of customers on the shut-off list, a council member, an official with a title in commas.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.cityofexample.org/utility/collections-update.html"
_PUBLIC = ("The City Council meets on the first Tuesday of each month.", "Staff recommends approval of the consent "
           "calendar as presented.")


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in ("Staff Report: Quarterly Collections Update", _PUBLIC[0], *paragraphs,
                                           _PUBLIC[1]))
    return pairs_found(URL, f"<html><body>{body}</body></html>", "text/html")


def _names(found) -> set[str]:
    return values_of(found, "customer_name")


def _addresses(found) -> set[str]:
    return {v.rstrip(".") for v in values_of(found, "address")}


def test_a_household_on_the_shut_off_list_and_the_one_next_door_at_their_home():
    found = _found("The Torres household, and the Ramos next door at 2703 Reyes Dr, were on the August shut-off list.")
    assert any("Torres" in n for n in _names(found)) and "Ramos" in _names(found)
    assert "2703 Reyes Dr" in _addresses(found)


def test_a_household_on_a_payment_plan_or_in_arrears():
    found = _found("As of 7/15, the Nunez were on a payment plan for the electric account at 8116 E Jacaranda Rd.")
    assert "Nunez" in _names(found) and "8116 E Jacaranda Rd" in _addresses(found)
    found = _found("The Chavez at 367 S. Mesa Verde Avenue remain in arrears ($984.02) and are enrolled in CARE.")
    assert "Chavez" in _names(found) and "367 S. Mesa Verde Avenue" in _addresses(found)


def test_a_spanish_household_on_the_disconnection_list():
    found = _found("Los Galvez de 2317 Reyes Dr están en la lista de desconexión de agosto.")
    assert "Galvez" in _names(found) and "2317 Reyes Dr" in _addresses(found)


def test_a_household_with_its_home_in_brackets_disconnected():
    found = _found("Both the Nguyens (1510 E. Holt Ave) were disconnected on 8/3.")
    assert "Nguyens" in _names(found) and "1510 E. Holt Ave" in _addresses(found)


def test_an_aside_between_the_household_and_its_home():
    found = _found("The Petrovs, longtime customers, at 2526 E Buena Vista Ave disputed the June bill of $623.00.")
    assert "Petrovs" in _names(found) and "2526 E Buena Vista Ave" in _addresses(found)


def test_the_later_items_of_a_list_of_households():
    found = _found("Crews disconnected the Perez (5252 E Orange Grove St), the Salas (6722 Wisteria Ave) and "
                   "Mr. Fernandez (1336 S. Cypress Dr) on 5/16 for nonpayment.")
    assert {"Perez", "Salas"} <= _names(found)
    found = _found("Households still owing after the February notice: the Chavez at 5090 Larkspur Pl, the Alvarez at "
                   "8353 E Jacaranda Rd, and Rogelio Abernathy at 5749 Larkspur Pl.")
    assert {"Chavez", "Alvarez", "Rogelio Abernathy"} <= _names(found)
    assert {"5090 Larkspur Pl", "8353 E Jacaranda Rd", "5749 Larkspur Pl"} <= _addresses(found)


def test_a_household_that_used_its_power():
    found = _found("The Vargas have used 1,240 kWh since May.")
    assert "Vargas" in _names(found)


def test_a_person_with_an_aside_before_their_home():
    found = _found("Rogelio Dominguez, who rents the back unit, at 6622 La Paloma Avenue reported the meter was read "
                   "twice.")
    assert "Rogelio Dominguez" in _names(found) and "6622 La Paloma Avenue" in _addresses(found)
    found = _found("Mr. Olivares, the tenant, at 671 Rancho Ct called about his $227.55 bill.")
    assert any("Olivares" in n for n in _names(found)) and "671 Rancho Ct" in _addresses(found)


def test_places_businesses_and_counts_stay_public():
    found = _found("The Reyes Adobe, a historic site at 7499 Castillo Ct, is closed for roof repairs.",
                   "The Flores Family Foundation donated $10,000 to the senior utility assistance fund.",
                   "The Vargas Family Bakery at 220 W Holt Ave received a facade grant.",
                   "Torres Park, 1200 N Garey Ave, will receive LED retrofits expected to save 14,000 kWh a year.",
                   "Staff disconnected 412 accounts in August; 1,240 customers are enrolled in CARE.",
                   "Councilmember Salas asked staff to return with the number of shut-offs by district.")
    assert not _names(found) and not _addresses(found)


def test_a_place_word_plural_stays_an_estate():
    found = _found("The Woods at 1200 Cobblestone Way, a senior community, were on the shut-off list after the "
                   "master meter's bill went unpaid.",
                   "The Mills, the old cannery lofts, at 300 Depot St are on a payment plan for the common meter.")
    assert not _names(found)


def test_the_shut_off_list_of_others_in_the_households_sentence_is_not_theirs():
    found = _found("The Torres brothers' taqueria on Holt was busy while 300 other customers were on the shut-off "
                   "list.")
    assert not _names(found)


def test_an_official_or_a_speaker_with_a_title_in_commas_stays_public():
    found = _found("Maria Lopez, the city's housing manager, at 505 S. Garey Ave said the meter replacement program "
                   "is on schedule.",
                   "Rosa Aguilar, a former mayor, at 505 S. Garey Ave spoke about the billing system.")
    assert not _names(found)


def test_a_household_in_arrears_under_a_historic_sites_line_of_a_pdf():
    from tests.recall_corpus.documents import pdf
    lines = ["The Navarro Adobe, a historic site at 8204 Hamilton Way, is closed for roof repairs.",
             "The Chavez at 367 S. Mesa Verde Avenue remain in arrears ($984.02) and are enrolled in CARE."]
    found = pairs_found("https://www.cityofexample.org/docs/collections-update.pdf", pdf(["\n\n".join(lines)]))
    assert "Chavez" in _names(found) and "367 S. Mesa Verde Avenue" in _addresses(found)
    assert not any("Navarro" in n for n in _names(found)) and "8204 Hamilton Way" not in _addresses(found)


def test_a_debt_owed_now_under_a_historic_sites_line_is_no_history():
    from tests.recall_corpus.documents import pdf
    lines = ["The Mendoza Adobe, a historic site at 7523 S. Bonita Ln, is closed for roof repairs.",
             "La familia Pham (409 S. Walnut Dr) debe $1172.86 desde marzo y pidió un plan de pagos."]
    found = pairs_found("https://www.cityofexample.org/docs/council-minutes.pdf", pdf(["\n\n".join(lines)]))
    assert any("Pham" in n for n in _names(found)) and "409 S. Walnut Dr" in _addresses(found)
    assert "7523 S. Bonita Ln" not in _addresses(found)


def test_a_familys_history_beside_a_historic_site_stays_public():
    from tests.recall_corpus.documents import pdf
    lines = ["The Mendoza Adobe, a historic site at 7523 S. Bonita Ln, is closed for roof repairs.",
             "The Ybarras settled at 1212 Elm St in 1890 and were the first in town to sign up for electric service."]
    found = pairs_found("https://www.cityofexample.org/docs/walking-tour.pdf", pdf(["\n\n".join(lines)]))
    assert not _names(found) and not _addresses(found)


def test_a_household_in_arrears_on_a_page_whose_only_utility_word_is_arrears():
    body = "<html><body><p>Collections</p><p>The Reyes remain in arrears on the account at 220 Olive St.</p></body></html>"
    found = pairs_found(URL, body, "text/html")
    assert "Reyes" in _names(found) and "220 Olive St" in _addresses(found)
    body = ("<html><body><p>Collections</p><p>The Lakers remain in arrears on the arena lease at 1111 S Figueroa St."
            "</p></body></html>")
    assert not _names(pairs_found(URL, body, "text/html"))
