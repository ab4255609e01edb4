"""Customer values written in forms other than digits and kWh: a phone read out in words, a consumption in plain
"units", and the hard negatives a city site holds in the same forms."""
import pytest

from detectors.account_number import AccountNumberDetector
from detectors.address import AddressDetector
from detectors.energy_usage import EnergyUsageDetector
from detectors.phone import PhoneDetector
from detectors.taxpayer_id import TaxpayerIdDetector
from tests.test_customer_context import findings, lines

SPELT_PHONES = [
    ("Customer Hana Okafor, account 5120-447-903, may be reached at six one nine, four four two, seven oh one five.",
     "+16194427015"),
    ("Claimant Teodoro Vasquez (acct 7734-210-558) can best be reached on eight oh five, double four one, "
     "three nine two six.", "+18054413926"),
]
NOT_SPELT_PHONES = [
    # a council member's way to be reached, in words, with no customer record beside it
    "Council Member Hana Okafor may be reached at six one nine, four four two, seven oh one five.",
    # digits in words that no cue calls a phone
    "Customer Hana Okafor, account 5120-447-903, counted six one nine four four two seven oh one five on the meter.",
]


@pytest.mark.parametrize("text, e164", SPELT_PHONES)
def test_a_phone_read_out_in_words_after_a_reach_cue(text, e164):
    assert [f.key for f in findings(PhoneDetector, text)] == [e164]


@pytest.mark.parametrize("text", NOT_SPELT_PHONES)
def test_digit_words_nothing_calls_a_customer_s_phone(text):
    assert findings(PhoneDetector, text) == []


UNITS_USED = [
    ("The customer, Mele Tupou, account 3381-620-774, used 2,418 units last month.", "2,418"),
    ("Customer Joaquin Ibarra at 5531 Larkspur Ct., Fenwick, CA 93502 - oxygen concentrator; last month's use was "
     "1,206 units.", "1,206"),
    ("The appellant disputes the March bill for account 8000 044 71236, which recorded 1,874 units compared to 905 "
     "kWh a year earlier.", "1,874"),
    ("Bui Thanh, account 4410-873-229: consumption fell from 3,050 kWh to 2,204 units after the audit.", "2,204"),
]
UNITS_NOT_USED = [
    # housing, rate tables and aggregates: units that are nobody's consumption
    "The Larkspur Commons project, 5531 Larkspur Ct., adds 48 affordable units and 12 units for seniors.",
    "Tier 1 covers usage up to 12 units per month; usage above 40 units is billed at Tier 3.",
    "Customer Mele Tupou, account 3381-620-774, asked about the tract. Residents of the tract used 14,200 units "
    "last year.",
    "Customer Mele Tupou, account 3381-620-774, lives in a building of 36 units.",
    "Customer Mele Tupou, account 3381-620-774, asked about the grant. The County recorded 240 units of new housing.",
]


@pytest.mark.parametrize("text, figure", UNITS_USED)
def test_units_after_a_word_of_consumption_in_a_customer_s_record(text, figure):
    assert figure in [f.value for f in findings(EnergyUsageDetector, text)]


@pytest.mark.parametrize("text", UNITS_NOT_USED)
def test_units_of_housing_tariffs_and_aggregates(text):
    assert findings(EnergyUsageDetector, text) == []


FIRM_AFTER_PROPRIETOR = [
    ("Marisol Ortega, doing business as Ortega Tree Care, a sole proprietorship, was approved for a rebate. Her "
     "ITIN on the W-9 was 931-74-2208.\n\nGranite Ridge Electric, Inc. (EIN 95-4408812) installed the panels.",
     ["931-74-2208"]),
    # a sole proprietor's own EIN stays theirs, in the sentence that names them or the one after
    ("Marisol Ortega, doing business as Ortega Tree Care, a sole proprietorship, was approved. Her EIN is "
     "27-3318845.", ["27-3318845"]),
    ("Marisol Ortega dba Ortega Tree Care (EIN 27-3318845) was approved for a rebate.", ["27-3318845"]),
]


@pytest.mark.parametrize("text, expected", FIRM_AFTER_PROPRIETOR)
def test_a_firm_s_ein_after_a_sole_proprietor_s_paragraph_stays_public(text, expected):
    assert [f.value for f in findings(TaxpayerIdDetector, *lines(text))] == expected


ADDRESSES = [
    ("Customer Tevita Mahe, account 7702-415-338, service address 2417 \u00bd Alder Glen Street, Fenwick, CA 93502.",
     "2417 \u00bd Alder Glen Street, Fenwick, CA 93502"),
    ("Claimant Rosa Ybarra, acct 7702-415-338, who lives at 388\u00bd W. Linden Ave in Fenwick, asked for a credit.",
     "388\u00bd W. Linden Ave"),
    ("The customer, Kaveh Farahani, account 7702-415-338, receives service at Nineteen Forty Mesa Court, Fenwick.",
     "Nineteen Forty Mesa Court"),
    ("Customer Ines Carrillo, account 4410-221-907, service address 5120 Vista del Mar Drive, Fenwick, CA 93502.",
     "5120 Vista del Mar Drive, Fenwick, CA 93502"),
    ("Customer Ines Carrillo, account 4410-221-907, lives at 318 Calle de la Luna.", "318 Calle de la Luna"),
    ("Customer Ines Carrillo, account 4410-221-907, lives at 72 Camino de los Pinos.", "72 Camino de los Pinos"),
]
NOT_ADDRESSES = [
    # a street's name that starts with a number word is no house number; a facility's address is public
    "Customer Ines Carrillo, account 4410-221-907, asked whether Four Winds Drive and Three Rivers Road will be "
    "repaved.",
    "Customer Ines Carrillo, account 4410-221-907, paid at the Library, 300 Calle de la Plaza.",
]


@pytest.mark.parametrize("text, address", ADDRESSES)
def test_addresses_with_a_half_a_spelt_out_number_or_a_spanish_particle(text, address):
    assert [f.value for f in findings(AddressDetector, text)] == [address]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_streets_named_with_number_words_and_facilities(text):
    assert findings(AddressDetector, text) == []


def test_an_address_a_line_break_cut_inside_its_street_s_name():
    text = "Last winter Lena Petrosyan of 2290 Juniper\nHollow Rd, Fenwick, CA 93502 called about account 5521-338-190."
    assert [f.value for f in findings(AddressDetector, *lines(text))] == ["2290 Juniper Hollow Rd, Fenwick, CA 93502"]


ONE_LINE_RECORD = ("Customer Name: Odette Ferrand, Service Address: 2718 Cinder Cone Rd, Fenwick, CA 93502, Acct No. "
                   "000739-5521-04, 1,962 kWh")


def test_a_labelled_address_ends_where_the_next_field_s_label_starts():
    assert [f.value for f in findings(AddressDetector, ONE_LINE_RECORD)] == ["2718 Cinder Cone Rd, Fenwick, CA 93502"]
    assert [f.value for f in findings(AccountNumberDetector, ONE_LINE_RECORD)] == ["000739-5521-04"]
    assert [f.value for f in findings(EnergyUsageDetector, ONE_LINE_RECORD)] == ["1,962 kWh"]


def test_a_unit_after_a_comma_stays_in_the_labelled_address():
    text = "Customer Name: Odette Ferrand, Service Address: 2718 Cinder Cone Rd, Apt 12, Fenwick, CA 93502"
    assert [f.value for f in findings(AddressDetector, text)] == ["2718 Cinder Cone Rd, Apt 12, Fenwick, CA 93502"]


def test_a_customer_s_callback_number_beside_the_utility_s_call_us_number():
    text = ("This letter confirms the payment plan you set up with our Customer Service Center for account number "
            "5521-338-190. To change it, call us at (805) 710-4400; we have noted your preferred callback number as "
            "559.204.7731.")
    assert [f.value for f in findings(PhoneDetector, text)] == ["559.204.7731"]


def test_the_utility_s_call_us_number_in_a_customer_s_letter_stays_public():
    text = ("Your payment plan for account number 5521-338-190 is confirmed. For questions, call us at (805) "
            "710-4400; have your account number ready.")
    assert findings(PhoneDetector, text) == []


LEADER_FORM = ("Applicant .......... Teodora Vukovic\nPremise ............ 8810 Kettle Market Rd, Fenwick, CA 93502\n"
               "Contract Acct ....... 3000 5521 8874")
LEADER_NEGATIVES = [
    # a contents page and a staff card laid out with dotted leaders: no record
    "CONTENTS\nCustomer Name ........ 5\nService Address ....... 6\nAccount Number ........ 7\nRates and Tiers ...... 9",
    "Utilities Director ........ Marcus Whitlow\nOffice ........ 1200 Civic Center Dr, Fenwick, CA 93502\n"
    "Phone ........ (559) 204-1100",
]


def test_a_form_s_labels_joined_to_their_values_by_dotted_leaders():
    assert [f.value for f in findings(AddressDetector, *lines(LEADER_FORM))] == [
        "8810 Kettle Market Rd, Fenwick, CA 93502"]


@pytest.mark.parametrize("text", LEADER_NEGATIVES)
def test_dotted_leaders_of_a_contents_page_or_a_staff_card(text):
    assert findings(AddressDetector, *lines(text)) == []
    assert findings(PhoneDetector, *lines(text)) == []


def test_numbered_roads_and_a_state_written_out_end_an_address():
    from tests.detector_helpers import values_found
    text = ("Customer Ines Vega, acct 5521-330981-44, service at 22608 County Road 62A, Lakeview, California.\n"
            "Customer Dale Okafor, acct 5521-330981-45, service at 1401 State Route 49, Lakeview.\n"
            "Customer Ana Tran, acct 5521-330981-46, service at 880 Highway 101 N, Lakeview.\n"
            "Caltrans will close Highway 60 ramps on June 3; the County Road 12 bridge reopens in May.\n")
    assert values_found("notes.txt", text, ("address",))["address"] == [
        "22608 County Road 62A, Lakeview, California", "1401 State Route 49", "880 Highway 101 N"]


def test_a_duplexs_upper_or_lower_unit_and_a_usage_label_with_a_qualifier():
    from tests.detector_helpers import values_found
    note = ("11/03/26 LO - Cust Ines Vega called re: shutoff notice, acct 0420897679. Svc addr 9340 Meadowlark Ln "
            "Lower. Callback (920) 355-2369.\n")
    assert values_found("log.txt", note, ("address",)) == {"address": ["9340 Meadowlark Ln Lower"]}
    street = "Customer Ana Ruiz, acct 5521-330981-44, service at 1200 Lower Ridge Rd.\n"
    assert values_found("log.txt", street, ("address",)) == {"address": ["1200 Lower Ridge Rd."]}
    sheet = ("Customer Name: Dale Okafor\nService Address: 8152 Marquette Ln\nAccount Number: 2-45-421-9426\n"
             "Usage (kWh, last billing period): 3,496\nAmount in dispute: $512.33\n")
    assert values_found("sheet.txt", sheet, ("energy_usage",)) == {"energy_usage": ["3,496"]}
