"""A record line that opens on the home and gives the holder's name after it, then the holder's own identifier
("906 Linden St, Tomasz Ferreira, acct 3-114-...") names a person, not the home's city: a city is followed by its state
and ZIP or ends the address, not by an account or a taxpayer number's label. A town's name ("San Ardeno", "Morgan
Hill", "Grover Beach") in the same place stays a town."""
import pytest

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.pomonachoiceenergy.org/billing/arrears.html"


@pytest.mark.parametrize("line, name", [
    ("906 Linden St, Tomasz Ferreira, acct 3-114-2245-89", "Tomasz Ferreira"),
    ("4417 Arbol Verde Dr, Oksana Bergstrom, account no. 3-114-2245-81", "Oksana Bergstrom"),
    ("12 Quail Run, Ruth Varga, ITIN 982-62-1329", "Ruth Varga"),
    ("2290 W. Hollis Ave; Desmond Achebe; Acct 3-114-2245-77", "Desmond Achebe"),
])
def test_a_holder_after_the_home_before_their_identifier_is_named(line, name):
    found = pairs_found(URL, f"<p>Customers:<br>\n{line}</p>", "text/html")
    assert name in values_of(found, "customer_name")


@pytest.mark.parametrize("town", ["San Ardeno", "Morgan Hill", "Grover Beach", "Pomona", "Lake Elsinore"])
def test_a_town_after_the_home_stays_a_town(town):
    found = pairs_found(URL, f"<p>Customers:<br>\n906 Linden St, {town}, acct 3-114-2245-89"
                             "</p>", "text/html")
    assert not values_of(found, "customer_name")
