"""Without --reveal nothing confidential is written, found or not: a finding's context snippet masks every
other field of the record around it, though no detector found them, and keeps its labels readable."""
from __future__ import annotations

import random
import re

import pytest

from detectors.account_number import AccountNumberDetector
from detectors.credential import CredentialDetector
from detectors.masking import mask_digits, mask_text, mask_url, masked_context, readable
from detectors.ssn import SsnDetector
from detectors.taxpayer_id import TaxpayerIdDetector
from tests.detector_helpers import findings_for

# (detector, record as free text, the one value the detector finds, every other field of the record, the
# labels that must stay readable)
RECORDS = [
    (SsnDetector, "Customer: Xyzzy Qwertyson  Service Address: 4471 Quillfeather Ln, Pomona, CA 91766  "
     "Phone: (909) 555-0142  SSN: 512-34-6789",
     "512-34-6789", ["Xyzzy", "Qwertyson", "4471", "Quillfeather", "555-0142", "91766"],
     ["Phone:", "SSN:"]),
    (SsnDetector, "Customer Name: Grant Young  Billing Address: 12 Rose Hill Rd  SSN 512-34-6789  DOB 04/12/1961",
     "512-34-6789", ["Grant", "Young", "Rose", "Hill", "04/12/1961", "1961"], ["Name:", "Billing Address:", "DOB"]),
    (AccountNumberDetector, "Spoke with the customer, Ana Ruiz, at 1234 N. Example Ave about her SCE acct "
     "2-23-456-7890; usage 640 kWh, callback 909-555-0142, email anaruiz77@gmail.com",
     "2-23-456-7890", ["Ana", "Ruiz", "1234", "Example", "640", "555-0142", "anaruiz77", "gmail"],
     ["customer", "SCE acct", "usage", "kWh", "callback"]),
    (AccountNumberDetector, "MARTINEZ ELENA,14988 SENECA RD,MESA LINDA,92392,8004417720,7420",
     "8004417720", ["MARTINEZ", "ELENA", "14988", "SENECA", "7420"], []),
    (TaxpayerIdDetector, "Applicant Bill Price, ITIN 912-75-4418, 410 Mojave Dr, household of 4, "
     "income $23,400", "912-75-4418", ["Bill", "Price", "410", "Mojave", "23,400", "23"], ["Applicant", "ITIN"]),
    (AccountNumberDetector, "notes: spoke w/ maria lopez re acct # 44182291, she will call back",
     "44182291", ["maria", "lopez"], ["notes", "spoke", "acct #", "she will call back"]),
    (SsnDetector, "From: Dolores Whitcomb <dwhitcomb1961@gmail.com> Subject: my shut-off notice. "
     "My SSN is 512-34-6789 and I live at 16104 Mojave Dr.",
     "512-34-6789", ["Dolores", "Whitcomb", "dwhitcomb1961", "16104", "Mojave"], ["Subject:", "My SSN is"]),
    (AccountNumberDetector, "Solicitante: Juana Pérez Ibarra, Número de cuenta 44182291, Calle Olivo 210",
     "44182291", ["Juana", "Pérez", "Ibarra", "Olivo", "210"], ["Solicitante:", "Número de cuenta"]),
]


@pytest.mark.parametrize("detector, text, value, others, labels", RECORDS)
def test_a_record_with_one_detectable_field_shows_none_of_the_others(detector, text, value, others, labels):
    findings = findings_for(detector, text)
    assert [f.value for f in findings] == [value]
    context = findings[0].context
    assert value not in context and re.sub(r"\D", "", value)[:-4] not in re.sub(r"[^\d]", "", context)
    for other in others:
        assert other not in context, (other, context)
    for label in labels:
        assert label in context, (label, context)


def test_a_url_s_user_info_and_query_values_are_masked_and_its_host_stays():
    text = "Preview: https://stage:Pr3view!2024@staging.pomonaca.gov/bill?name=Walter Brandt&acct=8002719345"
    [finding] = findings_for(CredentialDetector, text)
    assert finding.context == "Preview: https://s****:********@staging.pomonaca.gov/bill?name=W***** B*****&acct=**********"
    for secret in ("stage", "Pr3view", "Walter", "Brandt", "8002719345"):
        assert secret not in finding.context


@pytest.mark.parametrize("text, masked", [
    ("Service Account Number: 8001026149", "Service Account Number: **********"),
    ("Customer Name: Maria Lopez", "Customer Name: M**** L****"),
    ("The City Council approved the rate on June 4.", "The City Council approved the rate on J*** *."),
    ("Pay your bill online or call us.", "Pay your bill online or call us."),
    ("Email jdoe@yahoo.com today", "Email j***@y****.com today"),
    ("Meter 4471 at 221B Baker Street", "Meter **** at ***B B**** Street"),
    ("SSN, ITIN, EIN, PCE acct and kWh stay readable", "SSN, ITIN, EIN, PCE acct and kWh stay readable"),
    # a name no detector found, made of two words that are words of the language too
    ("Moreno Blanco ... 512 kWh", "M***** B***** ... *** kWh"),
    # a particle is judged by the words beside it: a name the detectors missed ("Van Ta") stays hidden
    ("Approved for Van Ta at 7652 Elm Row", "Approved for V** T* at **** E** Row"),
    ("Paid by Rubio Cordero", "Paid by R**** C******"),
    # capitalised words that are rather words than names stay
    ("The May Council meeting", "The May Council meeting"),
    ("Rose Garden tour", "R*** Garden tour"),
])
def test_mask_text(text, masked):
    assert mask_text(text) == masked


@pytest.mark.parametrize("word, shown", [
    ("account", True), ("Customer", True), ("Service", True), ("Guest", True), ("will", True), ("bill", True),
    ("Lopez", False), ("lopez", False), ("John", False), ("Brown", False), ("Price", False), ("Quillfeather", False),
    ("jsmith", False), ("MARTINEZ", False), ("Pérez", False),
])
def test_what_words_stay_readable(word, shown):
    assert readable(word) is shown


def test_found_values_keep_their_own_masks_in_the_snippet():
    text = "Refunds: Lopez 512-34-6789; Nguyen SSN 387654321"
    spans = [(15, 26, "***-**-6789"), (39, 48, "***-**-4321")]
    assert masked_context(text, spans, (15, 26)) == "Refunds: L**** ***-**-6789; N***** SSN ***-**-4321"


def test_mask_url_keeps_parameter_names():
    assert mask_url("https://www.pomonaca.gov/pay?name=Jane%20Doe&page=2") == \
        "https://www.pomonaca.gov/pay?name=J*** D**&page=*"


def test_mask_digits_reads_every_digit_as_the_character_loop_did():
    """ASCII values are masked in C (str.translate); any other digit, as Python's isdigit() knows it, still
    counts and is masked."""
    def one_by_one(value: str, keep_last: int = 4) -> str:
        total = sum(c.isdigit() for c in value)
        keep_from = total - keep_last if total > keep_last + 2 else total
        out, seen = [], 0
        for c in value:
            out.append(c if not c.isdigit() or seen >= keep_from else "*")
            seen += c.isdigit()
        return "".join(out)

    rng = random.Random(6)
    values = ["".join(rng.choice("0123456789 -().#/+Acct") for _ in range(rng.randrange(16))) for _ in range(3000)]
    values += ["(909) 555-0142", "3585738843", "12", "", "\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "12\u00b3456789"]
    for value in values:
        for keep_last in (0, 2, 4):
            assert mask_digits(value, keep_last) == one_by_one(value, keep_last), (value, keep_last)
