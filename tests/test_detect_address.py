import pytest

from detectors.address import AddressDetector
from detectors.engine import scan_document
from detectors.model import Location, Segment
from detectors.registry import load_detectors
from tests.test_customer_context import (CUSTOMER_TABLE, DISPUTE_LETTER, HARD_NEGATIVES, HEADERLESS_ROWS,
                                         LABEL_BLOCK_LINE, LABEL_BLOCK_PDF, OPT_OUT_CSV, PAST_DUE_NOTICE, PEOPLE_LIST,
                                         SPANISH_BLOCK, SPANISH_LETTER, document, findings, lines,
                                         table)

FOUND = [
    # (document parts, [found values]); every one is high
    (CUSTOMER_TABLE, ["1234 W Holt Ave, Pomona, CA 91768", "2250 N Garey Ave"]),
    (OPT_OUT_CSV, ["77 E Foothill Blvd"]),
    (LABEL_BLOCK_PDF, ["1234 W Holt Ave, Pomona, CA 91768"]),
    (LABEL_BLOCK_LINE, ["1234 W. Holt Ave, Pomona CA 91768"]),
    (DISPUTE_LETTER, ["2250 N Garey Ave", "2250 N Garey Ave"]),  # address block and "your home at"
    (PAST_DUE_NOTICE, ["1234 W Holt Ave"]),
    (PEOPLE_LIST, ["1234 W Holt Ave, Pomona CA 91768", "2250 N Garey Ave, Pomona CA 91767"]),
    (HEADERLESS_ROWS, ["1234 W Holt Ave", "2250 N Garey Ave"]),
    (SPANISH_BLOCK, ["1234 W Holt Ave, Pomona, CA 91768"]),
    (SPANISH_LETTER, ["1234 W Holt Ave."]),
    (("Name: Maria Lopez\nService Address: 1234 W Holt Ave\nPomona, CA 91768",), ["1234 W Holt Ave\nPomona, CA 91768"]),
    ((table(("Customer Name", "Mailing Address"), ("Maria Lopez", "P.O. Box 1234, Pomona, CA 91769")),),
     ["P.O. Box 1234, Pomona, CA 91769"]),
    ((table(("Service Address", "kWh"), ("1234 W Holt", "532")),), ["1234 W Holt"]),  # no street type in a column
    # a person the text calls a customer, beside their home: a record in running text
    (("Customer Maria Lopez lives at 1234 W Holt Ave.",), ["1234 W Holt Ave."]),
    # a street type that usaddress reads as part of the street's name ("Pine Run")
    (("Ticket 28424: Susanita Giron writes that the bill for 2961 Pine Run is too high. Pulled history on "
      "PCE acct 2-23-456-7890: 1320 kWh in May.",), ["2961 Pine Run"]),
    # a Spanish street type with its article ("Paseo del Sol") after the account in a developer's comment
    (("test record: Xia Hu acct 730944951 1054 Paseo del Sol",), ["1054 Paseo del Sol"]),
    # a fractional house number: the rear house of a lot
    (("Customer Lena Voss, account 2-41-118-3307, service address 612 1/2 E. Alder Ct.",), ["612 1/2 E. Alder Ct."]),
    (("Customer Lena Voss, account 2-41-118-3307, service address 2915\u00bd S. Fern Pl.",), ["2915\u00bd S. Fern Pl."]),
    ((table(("Customer Name", "Service Address"), ("Lena Voss", "48 1/2 Willow St")),), ["48 1/2 Willow St"]),
    # a less common USPS street type before a unit, in a call list and a ticket
    (("Dorian Whitlock - 4471 Callahan Fort Apt 9 - 951.204.3381 - acct 61-208733-14",), ["4471 Callahan Fort Apt 9"]),
    (("Ticket from customer Ines Paredes, 912 Margo Prairie Unit 12, callback 909-318-2270, acct 4418229107.",),
     ["912 Margo Prairie Unit 12"]),
    (("Customer Lena Voss, account 2-41-118-3307, service address 3305 Hadley Greens",), ["3305 Hadley Greens"]),
    (("Tamsin Ure - 17203 Odell Coves Unit D - 951.204.3382 - acct 61-208733-15",), ["17203 Odell Coves Unit D"]),
    # a name ending in a facility's word is no facility ("O'Park")
    (("O'PARK, JAMIE - 8856 Orangethorpe Pl - Service Account 3-223-3156-06",), ["8856 Orangethorpe Pl"]),
]

NOT_FOUND = [
    *HARD_NEGATIVES.values(),
    ("1234 W Holt Ave, Pomona, CA 91768",),
    ("Maria Lopez lives at 1234 W Holt Ave.",),  # nothing ties her to an account, usage or being a customer
    (table(("Customer Name", "Service Address", "Account #"),
           ("City of Pomona", "505 S. Garey Ave.", "2-23-456-7890")),),
    (table(("Service Address", "kWh"), ("12 months", "532")),),
    ("Customer Maria Lopez, PCE acct 2-23-456-7890, ran the 5 Mile Run at Ganesha Park, 1575 N White Ave.",),
    # fractions beside a street that are no house number
    ("Customer Lena Voss, PCE acct 2-23-456-7890, walked the 2 1/2 Mile Loop Trail, then waited 1 1/2 Hours on Holt Ave.",),
    # a city's facilities counted by their kind are no street
    ("Customer Maria Lopez, PCE acct 2-23-456-7890, asked why the 4 Soccer Fields and 2 Dog Parks are lit at night.",),
    # a hearing's property named by its parcel number, in a letter to a customer
    (lines("Dear Ms. Ruiz,\nYour account 3-846-1503-46 is past due. A public hearing will be held for the property "
           "located at 2596 Mission Blvd (APN 8341-012-015).\nSincerely,\nPCE"),),
    # a hearing notice on a packet page of customers' case notes: its property named by a tax parcel or a lot
    (lines("CASE NOTES\n10/02/26 Cust Irma Beltran called re: shutoff notice, acct 0518822046, pay plan set.\n"
           "NOTICE OF PUBLIC HEARING: the Plan Commission will hear a conditional use permit for the property at "
           "4417 Tamarack Ct Unit 2, Tax Parcel No. 251-3318-020, on January 13."),),
    (lines("Dear Mr. Soto,\nYour account 3-846-1503-46 is past due. A variance is requested for 918 Lindell Ave, "
           "legally described as Lot 4, Block 2, Ridge Addition.\nSincerely,\nPCE"),),
]


@pytest.mark.parametrize("parts, expected", FOUND)
def test_found(parts, expected):
    found = findings(AddressDetector, *parts)
    assert [f.value for f in found] == expected
    assert {(f.category, f.severity, f.public_if_repeated) for f in found} == {("address", "high", False)}


@pytest.mark.parametrize("parts", NOT_FOUND)
def test_not_found(parts):
    assert findings(AddressDetector, *parts) == []


def test_public_places_in_a_letter_to_a_customer():
    letter = lines("Dear Ms. Lopez,\nAbout your bill: visit our office at 100 N Main St, Chino, CA or the Library, "
                   "625 S Garey Ave, or City Hall,\n13220 Central Ave. Your home at 1234 W Holt Ave used 900 kWh.\n"
                   "Sincerely,\nJane Doe")
    assert [f.value for f in findings(AddressDetector, letter)] == ["1234 W Holt Ave"]


def test_a_dates_year_is_no_house_number():
    """"the December 15, 2024 bill": the year of a date before a word is no home without a street type."""
    note = "1. Barry Sanchez, 563 North Alvarado St. Acct no. 2-39-174-5540. Disputes the December 15, 2024 bill."
    assert [f.value for f in findings(AddressDetector, note)] == ["563 North Alvarado St."]
    header = Segment("Dear Ms. Lopez, about your bill, write to us at 13220 Central Ave.",
                     Location(element="main > address"))
    assert findings(AddressDetector, header) == []


def test_a_day_of_the_month_is_no_house_number():
    """"On July 1 Cedar Grove Energy Authority ...": a date before capitalised words that end like a street."""
    letter = lines("Dear Ms. Lopez,\nOn July 1 Cedar Bluff Energy Authority rates change. Your home at 1234 W Holt "
                   "Ave used 900 kWh.\nSincerely,\nJane Doe")
    assert [f.value for f in findings(AddressDetector, letter)] == ["1234 W Holt Ave"]


def test_normalized_and_masked():
    [found] = findings(AddressDetector, *OPT_OUT_CSV)
    assert found.key == "77 E FOOTHILL BLVD"
    assert found.masked == "** E F******* B***"
    # no digit of a house or a unit number shows, however many there are
    assert AddressDetector().mask("15809 Hopewell Lane Unit 181") == "***** H******* L*** U*** ***"


def test_configured_public_address():
    record = (table(("Customer Name", "Service Address", "Account #"),
                    ("Rosa Delgado", "13220 Central Avenue", "2-23-456-7890")),)
    assert len(findings(AddressDetector, *record)) == 1
    assert findings(AddressDetector, *record, public={"addresses": ["13220 Central Ave, Chino CA"]}) == []


def test_an_address_a_line_break_cut_after_its_number_is_one_finding():
    """A PDF wraps "My bill at 17324" / "Montecito Blvd went up": one finding on the first line, its value whole,
    and the next line's part masked in every snippet of that line."""
    letter = lines("Dear Councilmembers,\nI have been a customer since it started (PCE acct 2-38-226-4419). My bill at "
                   "17324\nMontecito Blvd went up again though we used 2,481 kWh.\nRespectfully,\n"
                   "Leigh Morales-Domingo\n(442) 697-3372")
    [found] = findings(AddressDetector, letter)
    assert (found.value, found.key, found.masked) == ("17324 Montecito Blvd", "17324 MONTECITO BLVD",
                                                       "***** M******** B***")
    detections = scan_document(document(letter), load_detectors())
    assert "Montecito" not in " ".join(d.context for d in detections)
    usage = next(d for d in detections if d.category == "energy_usage")
    assert usage.context.startswith("M******** B***")


@pytest.mark.parametrize("text", [
    # a number ending a line, and the next line no street of its own
    "My bill on PCE acct 2-38-226-4419 rose in 2024\nAccording to staff it was estimated.",
    "My bill on PCE acct 2-38-226-4419 was 1,402\nkWh in May.",
])
def test_a_number_ending_a_line_joins_no_street(text):
    assert findings(AddressDetector, lines("Dear Council,\n" + text + "\nSincerely,\nNoemi Estrada")) == []


def test_the_offices_address_a_page_footer_gives_is_public_in_its_body_too():
    """A translated notice repeats the utility's line (with its contact person) under a customer's paragraph; the
    page's footer gives the same address: the office's, not the customer's."""
    from tests.detector_helpers import values_found
    page = ("<html><body><main><h1>停止供电通知</h1>"
            "<p>尊敬的 Abelardo Quiroga：您的账户号码 RB55217730（服务地址：3310 West Palo Verde Way）有欠款。"
            "上月用电量为 1,212 kWh。</p>"
            "<p>Mesa Verde Light &amp; Water · 118 S. Juniper Ave., Mesa Verde, AZ 85640 · (928) 555-0140 · "
            "Lorena Saucedo</p></main>"
            "<footer>City of Mesa Verde · 118 S. Juniper Ave., Mesa Verde, AZ 85640 · (928) 555-0140</footer>"
            "</body></html>")
    addresses = values_found("aviso.html", page, ("address",)).get("address", [])
    assert addresses == ["3310 West Palo Verde Way"]
