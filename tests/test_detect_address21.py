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


@pytest.mark.parametrize("text, expected", [
    ("Staff recommends waiving the late fee for customer Ignacio Ruelas, service address Rt. 4 Box 207, account "
     "6103328841.", ["Rt. 4 Box 207"]),
    ("Customer Ignacio Ruelas, account 6103328841, moved to Rte 3, Box 92, Orosi, CA 93647.",
     ["Rte 3, Box 92, Orosi, CA 93647"]),
    ("Customer Ignacio Ruelas, account 6103328841, service address RR 1 Box 61B.", ["RR 1 Box 61B"]),
    ("Customer Ignacio Ruelas, account 6103328841, mailing address HC 71 Box 3305.", ["HC 71 Box 3305"]),
    ("Customer Ignacio Ruelas, account 6103328841, mailing address P.O. Box 5528.", ["P.O. Box 5528"]),
])
def test_a_rural_route_box_is_a_customers_address(text, expected):
    assert [f.value for f in findings(AddressDetector, text)] == expected


def test_a_rural_route_box_in_a_customer_table():
    from tests.test_customer_context import table
    rows = table(("Customer Name", "Service Address", "Account #"), ("Ignacio Ruelas", "Rt. 4 Box 207", "6103328841"))
    assert [f.value for f in findings(AddressDetector, rows)] == ["Rt. 4 Box 207"]


@pytest.mark.parametrize("text", [
    # a route's name, a form's box, a highway's mile marker: no box address
    "Customer Ignacio Ruelas, account 6103328841, sold tacos at the Route 66 Festival.",
    "Customer Ignacio Ruelas, account 6103328841, left Box 3 of the form blank.",
    "Customer Ignacio Ruelas, account 6103328841, reported a downed line near Route 99 mile marker 112.",
    "Customer Ignacio Ruelas, account 6103328841, drove Route 9, Box Canyon Rd being closed.",
])
def test_a_route_or_a_box_alone_is_no_address(text):
    assert findings(AddressDetector, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The meter for customer Dalia Ferreira (account 6103328841) at Space 41, Rancho Verde Mobile Home Park, "
     "1875 N. Chestnut Ave was read twice.", ["Space 41, Rancho Verde Mobile Home Park, 1875 N. Chestnut Ave"]),
    ("Customer Dalia Ferreira, account 6103328841, service address Spc 7, 4410 E Kings Canyon Rd.",
     ["Spc 7, 4410 E Kings Canyon Rd."]),
    ("Customer Dalia Ferreira, account 6103328841, lives at Lot 19, Cedar Hollow MHP, 302 W Belmont Ave.",
     ["Lot 19, Cedar Hollow MHP, 302 W Belmont Ave."]),
    ("Customer Dalia Ferreira, account 6103328841, service address 1875 N Chestnut Ave Spc 41.",
     ["1875 N Chestnut Ave Spc 41"]),
    # a park's name with its particles, a park named as an estate
    ("Among the customers affected was Dalia Ferreira, whose home at Space 63, Casa de la Loma MHP, 901 E. Olive Ave "
     "depends on an oxygen concentrator. Her account is 6103328841.", ["Space 63, Casa de la Loma MHP, 901 E. Olive Ave"]),
    ("Customer Dalia Ferreira, account 6103328841, service address Space 9, Tule River Estates, 3307 S. Elm Ave.",
     ["Space 9, Tule River Estates, 3307 S. Elm Ave."]),
    # a letter's address block
    (lines("October 2, 2026\nDalia Ferreira\nSpace 41, Rancho Verde Mobile Home Park, 1875 N. Chestnut Ave\n"
           "Selma, CA 93662\nDear Ms. Ferreira,\nYour account 6103328841 is past due.\nSincerely,\nBilling"),
     ["Space 41, Rancho Verde Mobile Home Park, 1875 N. Chestnut Ave"]),
])
def test_a_mobile_home_parks_space_is_part_of_the_address(text, expected):
    assert [f.value for f in findings(AddressDetector, text)] == expected


@pytest.mark.parametrize("text", [
    # the park's own address, a parcel's lot, a business's suite: no customer's home
    "Customer Dalia Ferreira, account 6103328841, attended the meeting at Rancho Verde Mobile Home Park, "
    "1875 N. Chestnut Ave.",
    "Customer Dalia Ferreira, account 6103328841, opposed the variance for Lot 5, 1200 Industrial Way (APN "
    "452-110-07).",
])
def test_a_park_or_a_lot_alone_is_no_customers_space(text):
    assert findings(AddressDetector, text) == []


def test_a_lot_needs_its_parks_name():
    assert [m.group() for m in street_addresses("Lot 5, 1200 Industrial Way")] == ["1200 Industrial Way"]
    assert [m.group() for m in street_addresses("Suite 200, 1200 Industrial Way")] == ["1200 Industrial Way"]
    # a subdivision's lot, a city park's vendor space: a legal description and a market's stall
    assert [m.group() for m in street_addresses("Lot 5, Sunset Estates, 1200 Industrial Way")] == ["1200 Industrial Way"]
    assert [m.group() for m in street_addresses("Space 12, Central Park, 1200 Industrial Way")] == [
        "1200 Industrial Way"]


@pytest.mark.parametrize("text, expected", [
    ("Staff recommends waiving the late fee for customer Ivelisse Quiñones, service address Urb. Monte Claro, "
     "Calle 7 #88, account 6103328841.", ["Urb. Monte Claro, Calle 7 #88"]),
    ("Customer Ivelisse Quiñones, account 6103328841, lives at Calle Ámbar #1204, Urb. Los Prados, Caguas, PR 00727.",
     ["Calle Ámbar #1204, Urb. Los Prados, Caguas, PR 00727"]),
    ("Customer Efraín Toledo, account 6103328841, lives at Bo. Maguayo, Carr. 156 Km 8.3.",
     ["Bo. Maguayo, Carr. 156 Km 8.3"]),
])
def test_a_puerto_rican_address_is_found(text, expected):
    assert [f.value for f in findings(AddressDetector, text)] == expected


@pytest.mark.parametrize("text", [
    # a road's kilometre alone is a place on a highway; an urbanización alone, a resolution's number: no home
    "Customer Efraín Toledo, account 6103328841, reported a crash on Carr. 156 Km 8.3 near the plaza.",
    "Customer Efraín Toledo, account 6103328841, asked about the outage in Urb. Monte Claro last week.",
    "Customer Efraín Toledo, account 6103328841, spoke on Res. 2025-14, Calle 7 #88 being repaved.",
])
def test_a_puerto_rican_place_that_is_no_home(text):
    assert findings(AddressDetector, text) == []
