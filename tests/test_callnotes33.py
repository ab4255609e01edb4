"""A contact centre's call notes (speech33): a caller written "SURNAME, Given", as billing systems write names, and
a caller who gives their service address ("caller Ana Ruiz stated svc addr ..."), which only a utility's customer
has. Hard negatives: an acronym beside a word is no name; a staff member at a service address is no customer."""
from detector_helpers import pairs_found, values_of

NOTES = "https://www.pomonaca.gov/pce/contact-center/notes-export.txt"


def _names(text: str) -> set[str]:
    return values_of(pairs_found(NOTES, text), "customer_name")


def test_a_caller_written_surname_first_in_capitals_is_named():
    found = pairs_found(NOTES, "03/11/25 10:42  AGT 117  INBOUND\n"
                               "  caller OYELARAN, Temitope stated svc addr 1460 N Palomares St, cb# 909-555-0161.\n"
                               "  hi bill complaint, usage 1240 kwh vs 610 prior mo.\n")
    assert values_of(found, "customer_name") == {"OYELARAN, Temitope"}
    assert values_of(found, "phone") == {"909-555-0161"}


def test_a_caller_who_gives_a_service_address_is_a_customer():
    found = pairs_found(NOTES, "caller Bronisława Kettering stated svc addr 2318 W Grand Ave, cb# 626-555-0190.")
    assert values_of(found, "customer_name") == {"Bronisława Kettering"}
    assert values_of(found, "address") == {"2318 W Grand Ave"}


def test_a_name_then_service_address_label_is_a_customer():
    assert _names("Ikaika Delacroix-Moon, service address 940 E Alvarado St, asked for a callback at 909-555-0114.") \
        == {"Ikaika Delacroix-Moon"}


def test_an_acronym_beside_a_word_is_no_name():
    assert _names("Queue: CARE, Rebill acct 7001234567 moved to the CSR team, cb 909-555-0100") == set()


def test_staff_at_a_service_address_are_no_customer():
    assert _names("Inspector Marisol Quintero visited the service address 881 E Holt Ave; office 909-620-2211.") \
        == set()
