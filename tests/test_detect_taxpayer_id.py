import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.model import Document, Location, Record, Segment
from detectors.registry import load_detectors
from detectors.ssn import SsnDetector
from detectors.taxpayer_id import TaxpayerIdDetector, is_itin
from tests.detector_helpers import findings_for

CITY_EIN = "95-6000766"  # stands for the City's own EIN as printed on its W-9

FOUND = [
    # (running text or labelled segments, severity, masked, normalized)
    ("Employer Identification Number (EIN): 95-1234567", "high", "**-***4567", "951234567"),
    ("FEIN 33-0123456", "high", "**-***3456", "330123456"),
    ("Federal Tax ID # 95-1234567", "high", "**-***4567", "951234567"),
    ("Tax ID: 951234567", "high", "*****4567", "951234567"),
    ("Taxpayer Identification Number (TIN): 512346789", "high", "*****6789", "512346789"),
    ("ITIN 912-78-1234", "high", "***-**-1234", "912781234"),
    ("ITIN: 912551234", "high", "*****1234", "912551234"),  # group 55: python-stdnum 2.2 rejects it
    ("Applicant Lopez, 912 94 5678, requested a payment plan.", "high", "*** ** 5678", "912945678"),
    ("Lopez,Maria,900-70-1234,Pomona", "high", "***-**-1234", "900701234"),
    ("Vendor: Raymond Castellanos, 95-1234567, 1234 Main St", "medium", "**-***4567", "951234567"),
    ("Castellanos Tree Trimming,95\u20131234567,1234 Main St,Pomona,CA", "medium", "**\u2013***4567", "951234567"),
    ("Payee: Raymond Castellanos dba Castellanos Tree Trimming, Tax ID 95-1234567", "high", "**-***4567",
     "951234567"),
    ("Case 24-0031312 closed; vendor EIN 24-0031312", "high", "**-***1312", "240031312"),
    ("Número de Identificación Personal del Contribuyente: 912701234", "high", "*****1234", "912701234"),
    ([("Tax ID", "95-1234567")], "high", "**-***4567", "951234567"),
    ([("EIN", "951234567")], "high", "*****4567", "951234567"),
    ([("Vendor TIN", "512346789")], "high", "*****6789", "512346789"),
    ([("ITIN", "900-70-1234")], "high", "***-**-1234", "900701234"),
    # the written form decides: beside a person, an EIN whose digits fall in an ITIN group is an EIN
    ("Vendor: Raymond Castellanos, EIN 95-2651234", "high", "**-***1234", "952651234"),
    ("Sole proprietor Ana Ruiz dba Ruiz Landscape Services, FEIN 95-2651234", "high", "**-***1234", "952651234"),
    ("Applicant Jane Doe, ITIN 912-75-4418, 410 Example St", "high", "***-**-4418", "912754418"),
    ("Applicant Jane Doe, Tax ID 912754418", "high", "*****4418", "912754418"),
    # a grant recipient who is a person keeps the number theirs
    ("Grant recipient: Raymond Castellanos, Tax ID 95-2651234", "high", "**-***1234", "952651234"),
    # an aside about a person (or a sole proprietorship) keeps the number theirs
    ("Customer Teresa Villanueva at 88 Orchard Ln. (tel. 909-555-0142, FEIN 95-2651234) asked for a deposit waiver.",
     "high", "**-***1234", "952651234"),
    ("Ruiz Upholstery, a sole proprietorship of Ana Ruiz (federal EIN 95-2651234), asked for a waiver.",
     "high", "**-***1234", "952651234"),
    # the number "on file" for a person, after its label
    ("Applicant: Dolores Kemp\nITIN on file: 931-78-5520", "high", "***-**-5520", "931785520"),
    # a person named right after the number keeps it theirs
    ("Taxpayer ID 95-2651234 (Raymond Castellanos)", "high", "**-***1234", "952651234"),
    # a bid or an award to a person (a sole proprietor), and a couple sharing a surname, keep it theirs
    ("Staff recommend award of contract No. PW-2025-17 to Gerald Whitfield (EIN 95-2651234).",
     "high", "**-***1234", "952651234"),
    ("Bid from Marisol Quintero, FEIN 95-2651234, was rejected.", "high", "**-***1234", "952651234"),
    ("Refund to Ana & Luis Ortiz (EIN 95-2651234) for the deposit.", "high", "**-***1234", "952651234"),
    ("Bids received: Marisol Quintero | EIN 95-2651234 | Bid $18,400.00", "high", "**-***1234", "952651234"),
    ("Marisol Quintero, 18 Elm St, Tifton GA, EIN 46-2651234, sole proprietor, bid $12,000", "high", "**-***1234",
     "462651234"),
]

NOT_FOUND = [
    # the City's utility's own EIN, beside the City's on its W-9 page
    "Vendors may request the City's W-9. Harborview Public Utilities EIN: 91-6001843. Harborview Water & Sewer "
    "District EIN: 91-6001851.",
    # foreign phone numbers after a dialing prefix (a vendor's letterhead in a bid packet)
    "Lenze B.V. Tel. +31 73-6456500",
    "Ploegweg 15 Telefax +31 73-6456510 Pagina 1 / 2",
    # the organization's own published EIN (configured as public)
    f"Employer identification number {CITY_EIN}",
    "Request for Taxpayer Identification Number: 956000766",
    # a government's or a firm's own EIN, named as theirs
    "City of Mesa Linda Federal Tax ID (EIN): 95-1234567",
    "Mesa Linda Community Energy Authority EIN: 82-3156720",
    "For vendors: the City\u2019s Federal Tax ID number is 95-1234567.",
    "Vendor: ABC Electric Inc., 95-1234567, 1234 Main St",
    "Habitat for Humanity Victor Valley, Inc. (EIN 33-0573216) will receive the grant.",
    # a firm's EIN in a contract award, whatever ITIN group its digits would fall in
    "Award of contract to Hernandez Engineering, EIN 95-2651234, in the amount of $184,500.",
    # a tabulation's row opens with its bidder, a firm named by its partners' hyphenated surnames, then its address
    "Okafor-Lindqvist, 2210 Commerce Blvd Suite 4, Valdosta GA, EIN 46-2651234, contact Dana Hill, bid $328,000",
    "Pacific Paving Company, Federal Tax ID 95-3512345, was the lowest responsive bidder.",
    "Contractor: Summit Landscape Corp. (FEIN 95-2651234)",
    "Vendor: Pacific Coast Builders, EIN 95-2651234",
    "Payee: Desert Valley Water District, Tax ID 95-2651234",
    "County of San Bernardino EIN 95-6002748",
    "Vendor: Mesa Electric LLC, Tax ID 952651234",
    # a grant's recipient organization, named without "Inc."
    "Grant recipient: Habitat for Humanity, 1234 Holt Ave, EIN 33-0573216",
    # a firm's EIN, by any label, in an aside after its name and address
    "Juniper Ridge Hardware at 4410 W. Foothill Blvd. (tel. (909) 555-0177, federal EIN 95-2651234) was awarded the bid.",
    "Mesa Linda Food Pantry at 212 S. Gordon St. (Federal Tax ID No. 95-2651234) received the grant.",
    "Canyon Tree Care (FEIN 95-2651234, tel. 909-555-0110) will trim the park trees.",
    "Arroyo Community Services, 77 E. Mission Blvd. (TIN 95-2651234), was the lowest bidder.",
    # a firm named after its partners, or "and Sons", in an award or a bid tabulation
    "Recommendation: award contract No. PW-2025-88 to Whitcomb, Navarro and Reyes (EIN 95-2651234), 418 Kestrel "
    "Commons, Ontario, CA 91761, not to exceed $96,000.",
    "Harlan and Sons | EIN 95-2651234 | 77 Quarry Rd, Fontana, CA 92335 | Tel (909) 555-0160 | Bid $212,000.00",
    "Proposals from Moss & Adams (EIN 95-2651234) and two other firms were received.",
    "Pelletier Brothers, FEIN 95-2651234, was the lowest responsive bidder.",
    # a bid tabulation's line: the bidder named by a hyphenated pair of surnames, or as a PLC
    "Okafor-Lindqvist | EIN 95-2651234 | 4410 Tamsin Ramp, Riverside, CA 92501 | Tel (951) 555-0131 | Bid $612,300.00",
    "Hartwell PLC | EIN 95-2651234 | 88 Orchard Ln | Bid $377,120.00",
    # an award's contract number ("No.") does not cut the award from the firm it names
    "Staff recommend award of contract No. PW-2025-31 to Whitmore Holdings (EIN 95-2651234).",
    # a consultant's entry: the firm's name opens it, its principal, office and phone come before its EIN
    "Consultant: Tamarack Grid Advisors LLC, Attn: Helena Voss, Principal, 900 Figueroa St Ste 410, Los Angeles, "
    "CA 90017, (213) 555-0199, EIN 95-2651234.",
    # the firm named right after its EIN
    "Lowest bid: EIN 95-2651234 (Summit Landscape Corp.)",
    "FEIN 95-2651234 - Hernandez Engineering",
    # the City's own EIN on its check request, labelled as the City's
    "City federal EIN: 95-6000965",
    # a firm named after its founder, said to be one by its other word ("International", "Architects")
    "Contract award: Thaddeus Okoro International, EIN 95-2651234, for design of the Holt Avenue corridor.",
    "Award of professional services agreement to Lindqvist Architects (EIN 95-2651234) for the library remodel.",
    "Consultant: Priya Raman Global Advisors, EIN 95-2651234, not to exceed $48,000.",

    # year-first reference numbers with a zero-padded serial
    "06/04/24 - Theft from vehicle, 15600 block of Tern St (24-0031312).",
    "24-0031298 Traffic collision, Bear Valley Rd",
    # numbers the IRS does not issue
    "EIN 07-1234567",
    "EIN 00-1234567",
    "FEIN 89-1234567",
    "ITIN 912-93-4567",
    "ITIN 912-89-4567",
    "ITIN 912-45-6789",
    "TIN: 000123456",
    # placeholders and examples
    "EIN: XX-XXXXXXX",
    "Tax ID: XX-XXX4567",
    "EIN (e.g. 95-1234567)",
    "EIN: 12-3456789",
    "ITIN format: 9XX-7X-XXXX",
    # a file's number is no taxpayer's ("Case file", "File No.")
    "Case file No. 95-2651234 was closed",
    # public numbers of a city site
    "505 S. Garey Ave., Pomona, CA 91766-1234",
    "Superior Court Case CV-12-3456789",
    "Recorded as Document 2020-1234567",
    "Resolution No. 2020-123 adopted 12-15-2020",
    "Case No. 20-1234567",
    "DR# 20-1234567",
    "Permit No. 21-0001234",
    "PO# 20-1234567",
    "Invoice No. 2045678",
    "Call (909) 620-2311 or 1-800-655-4555",
    "Invoice 951234567",
    "Total 951234567",
    "20-1234567-A",
    "20-1234567/2",
    # a dashed SSN is the ssn detector's finding
    "TIN: 512-34-6789",
    # labelled segments of other kinds of numbers
    [("Case Number", "20-1234567")],
    [("Report #", "20-0012345")],
    [("APN", "834101203")],
    [("Tax ID", "Permit 21-0001234")],
]


@pytest.mark.parametrize("text, severity, masked, normalized", FOUND)
def test_finds_taxpayer_id(text, severity, masked, normalized):
    findings = findings_for(TaxpayerIdDetector, text, options={"public": [CITY_EIN]})
    assert [(f.category, f.severity, f.masked, f.key) for f in findings] == [
        ("taxpayer_id", severity, masked, normalized)]
    finding = findings[0]
    assert finding.value not in finding.masked and finding.value not in finding.context
    assert normalized not in finding.context


@pytest.mark.parametrize("text", NOT_FOUND)
def test_hard_negatives(text):
    assert findings_for(TaxpayerIdDetector, text, options={"public": [CITY_EIN]}) == []


@pytest.mark.parametrize("bidder, found", [
    ("Lindqvist-Okafor", []), ("Harwell Grading Co", []), ("Gerald Whitfield", ["95-2651234"]),
    ("Maria Porter", ["95-2651234"])])
def test_a_bid_tabulation_names_its_bidders_by_their_firms(bidder, found):
    text = (f"Bid Tabulation - Bid No. 2025-14\n{bidder}  EIN 95-2651234  $418,200  (951) 555-0131\n"
            "Harlan and Sons  EIN 95-3512345  $502,900  (951) 555-0177\n")
    findings = scan_document(extract("bids.txt", text.encode()), [TaxpayerIdDetector()])
    assert [f.value for f in findings] == found


def test_configured_public_ein():
    text = f"Raymond Castellanos, Employer identification number {CITY_EIN}"
    (finding,) = findings_for(TaxpayerIdDetector, text)
    assert (finding.severity, finding.key) == ("high", "956000766")
    assert findings_for(TaxpayerIdDetector, text, options={"public": "956000766"}) == []


W9 = ["Form W-9 (Rev. March 2024)", "Request for Taxpayer Identification Number and Certification",
      "1 Name of entity/individual: {name}", "3a Federal tax classification: {kind}",
      "Part I Taxpayer Identification Number (TIN)", "Social security number: ___ - __ - ____",
      "Employer identification number: 95-6005471", "ITIN: 912-78-1234"]


@pytest.mark.parametrize("name, kind, found", [
    ("City of Mesa Linda", "Other - Government entity", ["912781234"]),
    ("Desert Sun Homes LLC", "Limited liability company", ["912781234"]),
    ("Raymond T. Castellanos", "Individual/sole proprietor", ["956005471", "912781234"]),
    ("", "Individual/sole proprietor", ["956005471", "912781234"]),
])
def test_w9_of_an_organization_shows_its_own_ein(name, kind, found):
    lines = [line.format(name=name, kind=kind) for line in W9]
    assert [f.key for f in findings_for(TaxpayerIdDetector, lines)] == found


def test_w9_of_an_organization_is_one_pdf_page():
    city = [Segment(line.format(name="City of Mesa Linda", kind="Government"), Location(page=1)) for line in W9]
    person = [Segment(line.format(name="Raymond Castellanos", kind="Individual"), Location(page=2)) for line in W9]
    assert [(f.location.page, f.key) for f in findings_for(TaxpayerIdDetector, city + person)] == [
        (1, "912781234"), (2, "956005471"), (2, "912781234")]


def test_w9_name_on_the_line_below_its_label():
    lines = ["1 Name (as shown on your income tax return). Name is required on this line.", "COUNTY OF SAN BERNARDINO",
             "Employer identification number 95-6002748"]
    assert findings_for(TaxpayerIdDetector, lines) == []


def test_w9_filled_in_as_text_names_its_organization_on_line_1():
    lines = ["Form W-9", "Request for Taxpayer Identification Number and Certification", "1 Name: City of Solana Ridge",
             "3 Federal tax classification: Government entity", "Employer identification number: 81-7271058"]
    assert findings_for(TaxpayerIdDetector, lines) == []


def test_a_letter_to_a_firm_names_the_holder_in_its_inside_address():
    firm = ["Rivera & Sons Electric LLC", "2210 N. Industrial Way, Ontario, CA 91761",
            "RE: Contract No. 2025-044, Streetlight LED retrofit (EIN 33-0987654)", "Dear Mr. Rivera:"]
    assert findings_for(TaxpayerIdDetector, firm) == []
    proprietor = ["Raymond Castellanos", "2210 N. Industrial Way, Ontario, CA 91761", "RE: Form W-9 on file, EIN 33-0987654",
                  "Dear Mr. Castellanos:"]
    assert [f.value for f in findings_for(TaxpayerIdDetector, proprietor)] == ["33-0987654"]


def test_unlabelled_ein_can_be_turned_off():
    options = {"unlabelled_ein": False}
    assert findings_for(TaxpayerIdDetector, "Castellanos Tree Trimming, 95-1234567", options=options) == []
    assert len(findings_for(TaxpayerIdDetector, "Castellanos Tree Trimming, EIN 95-1234567", options=options)) == 1
    assert len(findings_for(TaxpayerIdDetector, "Lopez, 912-78-1234", options=options)) == 1


@pytest.mark.parametrize("options, text, found", [
    ({"labels": ["Vendor No"]}, "Vendor No. 951234567", True),
    ({"labels": ["Vendor No"], "replace_labels": True}, "Tax ID 951234567", False),
])
def test_label_options(options, text, found):
    assert bool(findings_for(TaxpayerIdDetector, text, options=options)) is found


@pytest.mark.parametrize("number, valid", [
    ("900501234", True), ("900651234", True), ("900661234", False), ("900691234", False),
    ("900701234", True), ("900881234", True), ("900891234", False), ("900921234", True),
    ("900931234", False), ("900941234", True), ("900991234", True), ("800701234", False),
])
def test_itin_groups(number, valid):
    assert is_itin(number) is valid


@pytest.mark.parametrize("text, expected", [
    ("TIN: 512-34-6789", [("ssn", "512346789")]),
    ("TIN: 512346789", [("taxpayer_id", "512346789")]),
    ("SSN 512-34-6789, ITIN 912-78-1234, EIN 95-1234567",
     [("ssn", "512346789"), ("taxpayer_id", "912781234"), ("taxpayer_id", "951234567")]),
])
def test_one_finding_per_number_beside_the_ssn_detector(text, expected):
    findings = findings_for([SsnDetector, TaxpayerIdDetector], text)
    assert [(f.category, f.key) for f in findings] == expected


@pytest.mark.parametrize("holder, found", [
    ("Pacific Coast Builders", []),  # a firm's EIN in a vendor list is public
    ("Garcia Brothers Construction", []),
    ("Psomas", []),  # a vendor named by one word is a firm
    ("Jackson, Russell and Lawrence", []),  # named after its partners
    ("Castellanos, Raymond", ["952651234"]),  # a person, surname first
    ("Raymond Castellanos", ["952651234"]),  # a sole proprietor's is his own
    ("Raymond Castellanos dba Castellanos Tree Trimming", ["952651234"]),
])
def test_vendor_table_row(holder, found):
    row = [Segment(holder, Location(line=2), label="Vendor"), Segment("95-2651234", Location(line=2), label="EIN"),
           Segment("$18,450.00", Location(line=2), label="Amount")]
    document = Document("https://www.pomonaca.gov/awards.html", "text/html", segments=row, records=[Record(row)])
    assert [f.key for f in scan_document(document, [TaxpayerIdDetector()])] == found


def test_a_firm_as_the_addressee_of_a_letter():
    """The inside address's first line, above its box or street line, reads as a firm's: its EIN is public."""
    firm = ["Inland Empire Tree Service", "PO Box 1180, Rialto, CA 92377", "", "RE: Form W-9 on file, EIN 27-1122334"]
    assert findings_for(TaxpayerIdDetector, firm) == []
    person = ["Raymond Castellanos", "PO Box 1180, Rialto, CA 92377", "", "RE: Form W-9 on file, EIN 27-1122334"]
    assert [f.value for f in findings_for(TaxpayerIdDetector, person)] == ["27-1122334"]
    # a firm named by one word, as consultants' blocks in an exhibit name them
    block = ["Silva-Carter", "386 Meyers Corners", "Phone 552-944-4092   Federal Tax ID (EIN): 95-4125989",
             "Project lead: Alexis Riley, P.E."]
    assert findings_for(TaxpayerIdDetector, block) == []


def test_the_writers_own_firm_signs_below():
    """"Our W-9 lists EIN ...": the e-mail's signature below names the firm; a sole proprietor's "my" does not."""
    firm = ["attached is invoice INV-50247 for 212 meters exchanged in October. Our W-9 lists EIN 95-4418820.",
            "Regards,", "Jordan Mills", "Project Manager, Brightline Meter Services Inc."]
    assert findings_for(TaxpayerIdDetector, firm) == []
    proprietor = ["attached is my invoice for the tree trimming. My W-9 lists EIN 95-4418820.", "Regards,",
                  "Raymond Castellanos", "Brightline Meter Services Inc. is my former employer."]
    assert [f.value for f in findings_for(TaxpayerIdDetector, proprietor)] == ["95-4418820"]


def test_w9_filled_in_as_a_pdf_form_names_its_organization_in_its_first_field():
    printed = [Segment(text, Location(page=1)) for text in (
        "Form W-9 Request for Taxpayer Identification Number and Certification",
        "Name (as shown on your income tax return)", "Business name", "Employer identification number")]

    def fields(name):
        return [Segment(text, Location(page=1, element=f"form field {key}"), label=key) for key, text in (
            ("f1_1", name), ("f1_7", "1440 W Holt Ave, Pomona, CA 91768"), ("f1_14", "95-4418820"))]
    assert findings_for(TaxpayerIdDetector, printed + fields("Brightline Meter Services Inc.")) == []
    assert [f.value for f in findings_for(TaxpayerIdDetector, printed + fields("Raymond Castellanos"))] == ["95-4418820"]


def test_a_trade_s_firm_in_a_contract_award():
    """A vendor named by its trade and no Inc. or LLC ("Inland Tree Service") is a firm: its EIN is public."""
    text = ("On June 17, 2024 the Council approved Agenda Item 5.A and Resolution No. 2024-77 awarding Contract No. "
            "2024-31 to Inland Tree Service (EIN 33-0918372) in the amount of $48,200.")
    assert findings_for(TaxpayerIdDetector, text) == []
    assert findings_for(TaxpayerIdDetector, "Payment to Garcia Landscaping, EIN 33-0918372, for park work.") == []



def test_firms_aside_gives_no_customer_record():
    """A firm's EIN in an aside is no personal identifier, so it does not make the firm's address and phone
    beside it a customer's."""
    text = ("Juniper Ridge Hardware at 4410 W. Foothill Blvd. (tel. (909) 555-0177, federal EIN 95-2651234) "
            "was awarded the weatherization contract.")
    document = Document(url="https://www.example.gov/council", content_type="text/html",
                        segments=[Segment(text, Location(element="p"))])
    assert scan_document(document, load_detectors({})) == []


@pytest.mark.parametrize("text", [
    "Recommendation: award contract No. PW-2025-88 to Whitcomb, Navarro and Reyes (EIN 95-2651234), 418 Kestrel "
    "Commons, Ontario, CA 91761, not to exceed $96,000.",
    "Harlan and Sons | EIN 95-2651234 | 77 Quarry Rd Suite 4, Fontana, CA 92335 | Tel (909) 555-0160 | Bid $212,000",
])
def test_a_firms_ein_leaves_its_address_and_phone_public(text):
    """Nothing of a vendor's is a customer's: its EIN anchors neither its address nor its phone."""
    document = Document("https://example.gov/bids.txt", "text/plain", [Segment(text, Location(line=1))])
    assert scan_document(document, load_detectors({})) == []
