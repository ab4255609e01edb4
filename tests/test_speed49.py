"""Speed work of round 49 that must find exactly what the code before it found.

- ``context.address_tags`` tags an address as ``usaddress.tag`` does, from usaddress's public pieces with each
  token's features cached, and leaves usaddress's module as it is: the same components on some hundreds of addresses
  and other texts (a customer export's, letters', tables', a crossing's, a P.O. box's, Spanish, texts that are no
  address, texts on which usaddress raises ``RepeatedLabelError``).
- A numbered detector searches its labels in a field's name once a name (``label_in_field_name``): the same labels
  found in a column's every cell, none in another column's or after another kind of number's label.
"""
from __future__ import annotations

import random

import usaddress
from faker import Faker

from detectors.account_number import AccountNumberDetector
from detectors.context.address_tags import address_tags
from detectors.context.shapes import address_parts, is_street_address

from detector_helpers import findings_for

# what city documents and customer records write where an address may stand, and what only looks like one
WRITTEN = [
    "1234 W Holt Ave", "1234 W Holt Ave\nPomona, CA 91768", "P.O. Box 1234, Pomona, CA 91769", "PO Box 88",
    "1234 W Holt", "612 1/2 E. Alder Ct.", "2915\u00bd S. Fern Pl.", "48 1/2 Willow St", "3305 Hadley Greens",
    "12 months", "563 North Alvarado St.", "2250 N Garey Ave", "Holt Ave and Garey Ave", "Holt Ave & Garey Ave",
    "corner of Mission Blvd &amp; Towne Ave", "100 W 2nd St Suite 300, Pomona CA 91766", "Apt 4B, 77 Elm St",
    "1475 N Hacienda Blvd #12", "733 W 800 N", "12050 RM 2222", "20 Ranch Road 2817 Apt 4B", "Calle Garey #3222",
    "896 de la calle Pearl", "Space 98, Sun Valley Mobile Home Park, 2240 S Towne Ave", "2023 Chevrolet Bolt EUV",
    "2020 Lincoln Ave", "Resolution 2024 Plaza", "1000 Pasadena Street", "One Civic Center Plaza",
    "505 S Garey Ave, Pomona, CA 91766 (City Hall)", "Service Address: 1234 W Holt Ave", "Pine Run 12",
    "12 Pine Run", "Ana Ruiz, 12 Elm St, Apt 3", "Unit 12 512-34-6789", "3585738843", "(909) 620-2241",
    "ana.ruiz@example.com", "532 kWh", "Fiscal Impact: General Fund", "", "   ", ",", "#", "&", "St", "N",
    "123 Main St 456 Oak Ave", "123 Main St Apt 5 Apt 6", "12 Elm St, Pomona, 12 Oak St, Ontario",
    "Avenida Ju\u00e1rez 45, Col. Centro", "\u52a0\u5dde\u6ce2\u83ab\u7eb3\u5e02White Ave2846\u53f7",
    "8932 Soto Underpass Apt. 174", "5793 Danielle Parks", "RR 2 Box 152", "HC 1 Box 7", "PSC 1234, Box 5678",
    "USNS Kaiser, FPO AP 96667", "3200 Temple Ave Bldg 1 Rm 104", "N 1234 County Road K", "W1234 Hwy 18",
    "1234 N. Garey Ave., Pomona, California 91767-3021", "1234-A Holt Ave", "the meter at 12 Elm St was read",
]


def _sample() -> list[str]:
    """Some hundreds of addresses as a billing export, a mailing list and a letter write them, and the texts above."""
    fake = Faker("en_US")
    fake.seed_instance(49)
    rng = random.Random(49)
    texts = list(WRITTEN)
    for _ in range(150):
        texts.append(fake.street_address())
    for _ in range(60):
        texts.append(fake.address())  # two lines: street, then city, state and ZIP
    for _ in range(40):
        texts.append(f"{fake.street_address()}, {fake.city()}, {fake.state_abbr()} {fake.zipcode()}")
    for _ in range(30):
        texts.append(f"{fake.street_name()} and {fake.street_name()}")  # a crossing
    for _ in range(30):
        words = fake.sentence(nb_words=rng.randrange(4, 14)).split()
        words.insert(rng.randrange(len(words)), fake.building_number())
        texts.append(" ".join(words))  # a sentence with a number: no address
    return texts


def _usaddress(text: str) -> list[tuple[str, str]] | None:
    try:
        return list(usaddress.tag(text)[0].items())
    except usaddress.RepeatedLabelError:
        return None


def test_address_tags_are_usaddress_tags():
    sample = _sample()
    assert len(sample) > 350
    expected = [_usaddress(text) for text in sample]
    assert [None if tags is None else list(tags.items()) for tags in map(address_tags, sample)] == expected
    # the sample reaches each way of reading: a repeated label, a crossing, a box, a street address
    assert None in expected
    assert any(tags and "SecondStreetName" in dict(tags) for tags in expected)
    assert any(tags and "USPSBoxID" in dict(tags) for tags in expected)
    assert sum(1 for tags in expected if tags and "AddressNumber" in dict(tags)) > 250


def test_address_tags_again_from_cache():
    """A token's cached attributes are not changed by the sequences built from them: the same tags twice over."""
    sample = _sample()
    first = [address_tags(text) for text in sample]
    assert [address_tags(text) for text in sample] == first


def test_usaddress_module_left_as_it_is():
    for name in ("tag", "parse", "tokenize", "tokenFeatures", "tokens2features"):
        assert getattr(usaddress, name).__module__ == "usaddress"


def test_street_addresses_read_as_before():
    address_parts.cache_clear()
    assert address_parts("1234 W Holt Ave") == {"AddressNumber": "1234", "StreetNamePreDirectional": "W",
                                                "StreetName": "Holt", "StreetNamePostType": "Ave"}
    assert address_parts("123 Main St Apt 5 Apt 6") == {}  # usaddress: a repeated label
    assert is_street_address("8932 Soto Underpass Apt. 174", labelled=True)
    assert is_street_address("1234 W Holt", labelled=True)
    assert not is_street_address("1234 W Holt", labelled=False)
    assert not is_street_address("12 months", labelled=False)
    assert not is_street_address("2023 Chevrolet Bolt EUV", labelled=True)


def test_label_in_field_name_once_a_name():
    detector = AccountNumberDetector()
    assert detector.label_in_field_name("Account Number") == "Account Number"
    assert detector.label_in_field_name("Account Number") == "Account Number"
    assert detector.label_in_field_name("Customer Name") is None
    assert detector.label_in_field_name("Phone") is None
    for i in range(5000):  # more names than it keeps: still the right answers
        assert detector.label_in_field_name(f"Column {i}") is None
    assert detector.label_in_field_name("Account Number") == "Account Number"


def test_account_column_cells_found_as_before():
    cells = [("Account Number", "3585738843"), ("Account Number", "3730699660"), ("Customer Name", "Justin Glass"),
             ("Account Number", "PO# 3585738841"), ("Phone", "9096202241"), ("Notes", "3730699661"),
             ("Account Number", "3730699660")]
    found = [f.value for f in findings_for(AccountNumberDetector, cells)]
    assert found == ["3585738843", "3730699660", "3730699660"]
