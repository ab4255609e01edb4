import pytest

from detectors.ssn import SsnDetector
from tests.detector_helpers import findings_for

FOUND = [
    # (running text or labelled segments, masked, normalized)
    ("Applicant SSN: 512-34-6789", "***-**-6789", "512346789"),
    ("Social Security Number 512 34 6789", "***-**-6789", "512346789"),
    ("SS# 512346789", "***-**-6789", "512346789"),
    ("S.S.N. 512346789", "***-**-6789", "512346789"),
    ("Soc. Sec. No.: 512346789", "***-**-6789", "512346789"),
    ("Social Security No. 512346789, date of birth 04/12/1961", "***-**-6789", "512346789"),
    ("SSN:512346789", "***-**-6789", "512346789"),
    ("The claimant, Maria Lopez (512-34-6789), asked for a refund of her deposit.", "***-**-6789", "512346789"),
    ("Lopez,Maria,512-34-6789,1234 W Holt Ave,Pomona,CA,91766", "***-**-6789", "512346789"),
    ("SSN 512\u201334\u20136789", "***-**-6789", "512346789"),  # en dashes from PDF text
    ("Attachment B: 078-05-1121 (enrollment file)", "***-**-1121", "078051121"),
    ("Número de Seguro Social: 512346789", "***-**-6789", "512346789"),
    ([("SSN", "512346789")], "***-**-6789", "512346789"),
    ([("Social Security No.", "512-34-6789")], "***-**-6789", "512346789"),
    ([("Employee SS#", "512 34 6789")], "***-**-6789", "512346789"),
    ([("Case Notes", "Customer Lopez gave 512-34-6789 over the phone")], "***-**-6789", "512346789"),
    # labelled spaced forms as PDFs and hand-typed notes give them
    ("SSN 065 98 5485", "***-**-5485", "065985485"),
    ("Employee SSN: 065  98  5485 (personnel action form)", "***-**-5485", "065985485"),
    ("Social Security No.\u00a0065\u00a098\u00a05485", "***-**-5485", "065985485"),
    ("SSN 065.98.5485", "***-**-5485", "065985485"),
    ([("SSN", "065  98  5485")], "***-**-5485", "065985485"),
    ("Personnel notice: Ana Ruiz, Social Security number 065 98 5485, separated 3/1.", "***-**-5485", "065985485"),
    # informal labels of call notes: "ss no.", "ss#" in lower case, "social" in a sentence
    ("cust Rafael Ibarra gave ss no. 318.72.4406 for the deposit waiver", "***-**-4406", "318724406"),
    ("verified ss# 318.72.4406 on file", "***-**-4406", "318724406"),
    ("caller read his ss number 318724406 twice", "***-**-4406", "318724406"),
    ("she gave her social 318.72.4406 to the rep", "***-**-4406", "318724406"),
]

NOT_FOUND = [
    # dotted numbers of other kinds, beside "social" words that are no label
    "Release 318.72.4406 of the permit portal; server 10.12.201.40; fee $318.72",
    "Social media: follow us, 318.72.4406",
    "The Pomona Social Services office, 318.72.4406",
    [("Social", "318724406")],  # "social" names a number only in a sentence
    # placeholders, examples and form instructions
    "SSN: XXX-XX-1234",
    "SSN: ***-**-6789",
    "Social Security Number: ###-##-####",
    "Enter your SSN in the format: 000-00-0000",
    "Enter as 123-45-6789 (no spaces)",
    "e.g. 512-34-6789",
    "SSN (example: 512 34 6789)",
    "Número de Seguro Social (ej. 512-34-6789)",
    "SSN: 123-45-6789",
    "SSN: 111-11-1111",
    # not valid by SSA rules
    "SSN 666-12-3456",
    "SSN 000-12-3456",
    "SSN 512-00-6789",
    "SSN 512-34-0000",
    "SSN 078-05-1120",  # the Woolworth wallet card number
    "SSN 219-09-9999",  # advertising number
    "ITIN 912-78-1234",  # area 9xx is never an SSN
    # public numbers of a city site
    "Call Pomona Choice Energy at (909) 620-2311 or 909-620-2311.",
    "1-909-620-2311",
    "505 S. Garey Ave., Pomona, CA 91766-1234",
    "Mailing ZIP 917661234",
    "Council meeting 12/15/2020; Resolution No. 2020-123; Ordinance No. 4321",
    "APN 8341-012-034",
    "Invoice No. 512346789 paid 2020-12-15",
    "Total 512346789",
    "PO# 512-34-6789",
    "Case No. 512 34 6789",
    # digits that are part of a longer number
    "1-512-34-6789",
    "512-34-6789-01",
    "A512-34-6789",
    "512-34-67890",
    "0512-34-6789",
    "3.512346789",
    "Meter reads 101 512 34 6789 kWh",
    "SSN 5123467890",
    # loose spacing counts only beside a label: columns of figures are spaced too
    "Totals 065  98  5485",
    "065.98.5485",
    "Version 512.34.6789",
    # labelled segments that are not SSNs
    [("Invoice Number", "512346789")],
    [("SSN", "XXX-XX-6789")],
    [("SSN (last 4)", "6789")],
    [("APN", "834101203")],
    [("Claim No.", "512-34-6789")],
    [("Social Security No.", "PO# 512346789")],
]


@pytest.mark.parametrize("text, masked, normalized", FOUND)
def test_finds_ssn(text, masked, normalized):
    findings = findings_for(SsnDetector, text)
    assert [(f.category, f.severity, f.masked, f.key) for f in findings] == [
        ("ssn", "high", masked, normalized)]
    finding = findings[0]
    assert finding.rule == "PCE-01 6.3"
    assert finding.value not in finding.masked and finding.value not in finding.context
    assert normalized not in finding.context


@pytest.mark.parametrize("text", NOT_FOUND)
def test_hard_negatives(text):
    assert findings_for(SsnDetector, text) == []


def test_several_in_one_segment_are_all_masked_in_context():
    text = "Refunds: Lopez 512-34-6789; Nguyen SSN 387654321; Smith 512 34 6780"
    findings = findings_for(SsnDetector, text)
    assert [f.key for f in findings] == ["512346789", "387654321", "512346780"]
    for finding in findings:
        for raw in ("512-34-6789", "387654321", "512 34 6780"):
            assert raw not in finding.context


def test_label_from_segment_is_reported():
    (finding,) = findings_for(SsnDetector, [("Social Security Number", "512346789")])
    assert finding.label == "Social Security Number"
    assert "Social Security" in finding.why


@pytest.mark.parametrize("options, text, found", [
    ({"labels": ["Member ID"]}, "Member ID 512346789", True),
    ({"labels": "Member ID"}, "Member ID: 512346789", True),
    ({"labels": ["Member ID"]}, "SSN 512346789", True),
    ({"labels": ["Member ID"], "replace_labels": True}, "SSN 512346789", False),
    ({"labels": [], "replace_labels": True}, "SSN 512346789", False),
    ({"labels": [], "replace_labels": True}, "512-34-6789", True),
])
def test_label_options(options, text, found):
    assert bool(findings_for(SsnDetector, text, options=options)) is found
