"""Customer values written in forms other than digits and kWh: a phone read out in words, a consumption in plain
"units", and the hard negatives a city site holds in the same forms."""
import pytest

from detectors.energy_usage import EnergyUsageDetector
from detectors.phone import PhoneDetector
from tests.test_customer_context import findings

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
