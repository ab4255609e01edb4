"""Street addresses of forms outside the mainland grid: hyphenated house numbers (Hawaiʻi, Queens), rural routes
and mobile-home-park spaces; each with the hard negatives a city site holds beside them."""
import pytest

from detectors.address import AddressDetector
from detectors.context.shapes import street_addresses
from tests.test_customer_context import findings, lines

HYPHENATED_FOUND = [
    # Hawaiʻi's zone and lot, with the ʻokina and kahakō in the street's name
    ("Returned call to Keoni Palakiko at 808-671-3390 re: outage at 84-1170 Farrington Hwy. Crew sent.",
     ["84-1170 Farrington Hwy."]),
    ("Customer Leilani Kahale · tel 808-259-4410 · service address 45-302 Wailele Rd",
     ["45-302 Wailele Rd"]),
    ("Customer Malia Kaʻaihue, account 5520981734, lives at 41-857 Kalanianaʻole Hwy, Waimānalo, HI 96795.",
     ["41-857 Kalanianaʻole Hwy, Waimānalo, HI 96795"]),
    ("Customer Noelani Akau, account 5520981734, service address 2311 Kūhiō Ave Apt 1406.",
     ["2311 Kūhiō Ave Apt 1406"]),
    ("Customer Kawika Lum, account 5520981734, service address 94-318 ʻAkoko St.", ["94-318 ʻAkoko St."]),
    ("Customer Kawika Lum, account 5520981734, service address 94-318 \u2018Akoko St.", ["94-318 \u2018Akoko St."]),
    # Queens' cross street and lot
    ("Customer Darnell Whitby, account 5520981734, service address 137-22 Guy R Brewer Blvd, Jamaica, NY 11434.",
     ["137-22 Guy R Brewer Blvd, Jamaica, NY 11434"]),
]


@pytest.mark.parametrize("text, expected", HYPHENATED_FOUND)
def test_a_hyphenated_house_number_is_found(text, expected):
    assert [f.value for f in findings(AddressDetector, text)] == expected


@pytest.mark.parametrize("text", [
    # a Tax Map Key, a case's and a permit's number: no house number
    "Customer Malia Kahale, account 5520981734, asked about TMK 9-4-031-015 on her bill.",
    "Customer Malia Kahale, account 5520981734, spoke on Case 25-2207 Kapiolani Blvd. hearing items.",
    "Customer Malia Kahale, account 5520981734, asked about Permit 24-0318 at Kalākaua Ave.",
    # a fiscal year before a program's name
    "Customer Malia Kahale, account 5520981734, asked about the FY 2025-26 Main Street Program.",
    # a hearing's property named by its Tax Map Key
    "Customer Malia Kahale, account 5520981734, spoke against the variance for 91-1405 Renton Rd (TMK 9-1-017-044).",
])
def test_a_hyphenated_number_of_another_kind_is_no_address(text):
    assert findings(AddressDetector, text) == []


@pytest.mark.parametrize("text", [
    "The Kapolei Hale, 1000 Uluohia St, and the park at 91-1049 Renton Rd are closed on Monday.",
    "Queens Borough Hall, 120-55 Queens Blvd, Kew Gardens, NY 11424 hosts the meeting.",
])
def test_a_public_place_at_a_hyphenated_number_is_no_finding(text):
    assert findings(AddressDetector, text) == []


def test_a_hyphenated_number_needs_a_street_name_and_type():
    text = "Permit 23-0412 issued; Case 24-1190 Main St. hearing; lots 12-14 on the plat; 2024-25 Oak Street Program"
    assert [m.group() for m in street_addresses(text)] == []
    assert [m.group() for m in street_addresses("outage at 95-874 Liliha St. Crew")] == ["95-874 Liliha St."]
