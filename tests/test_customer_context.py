"""Customer context (records, label blocks, letters, lists of people) and the City's public contacts.

The builders and scenarios here are shared by the tests of the five contact detectors
(``test_detect_phone.py`` ... ``test_detect_energy_usage.py``): ``table`` makes records under column
headers as extraction does from an HTML table or a CSV, ``lines`` one segment per line of a PDF page,
``chrome`` a header or footer segment. ``CUSTOMER_CASES`` are documents with customer data,
``HARD_NEGATIVES`` documents every detector must leave alone.
"""
from __future__ import annotations

import pytest

from detectors.account_number import AccountNumberDetector
from detectors.context import analyze
from detectors.context.headers import header_kind
from detectors.context.persons import person_name
from detectors.engine import raw_findings, scan_document
from detectors.model import Document, Location, Record, Segment
from detectors.public_contacts import PublicContacts, is_role_mailbox, street_key
from detectors.registry import load_detectors
from detectors.ssn import SsnDetector
from detectors.taxpayer_id import TaxpayerIdDetector

URL = "https://www.pomonachoiceenergy.org/test"


def table(headers, *rows) -> tuple[list[Segment], list[Record]]:
    segments, records = [], []
    for r, row in enumerate(rows, start=1):
        fields = [Segment(value, Location(line=r, element=f"table 1 > row {r} > cell {c}"), label=header)
                  for c, (header, value) in enumerate(zip(headers, row), start=1)]
        segments += fields
        records.append(Record(fields))
    return segments, records


def lines(text: str, page: int = 1) -> list[Segment]:
    return [Segment(line, Location(page=page, line=i)) for i, line in enumerate(text.splitlines(), start=1)]


def chrome(text: str) -> Segment:
    return Segment(text, Location(element="footer"), chrome=True)


def document(*parts, url: str = URL) -> Document:
    """A document of parts: a string (one segment), a Segment, a list of segments or a ``table``."""
    doc = Document(url=url, content_type="text/html")
    for part in parts:
        if isinstance(part, tuple):
            doc.segments += part[0]
            doc.records += part[1]
        elif isinstance(part, list):
            doc.segments += part
        else:
            doc.segments.append(part if isinstance(part, Segment)
                                else Segment(part, Location(line=len(doc.segments) + 1)))
    return doc


IDENTIFIERS = (AccountNumberDetector, SsnDetector, TaxpayerIdDetector)


def identifier_findings(doc: Document) -> list:
    """The raw findings of the identifier detectors, which the engine hands to the customer context."""
    return raw_findings(doc, [cls() for cls in IDENTIFIERS])


def customer_fields(doc: Document, contacts: PublicContacts | None = None) -> list:
    return analyze(doc, contacts or PublicContacts.from_config(None), identifier_findings(doc)).fields


def findings(detector_cls, *parts, options=None, public=None) -> list:
    """``detector_cls``'s findings, run by the engine after the identifier detectors as in a scan."""
    detectors = [detector_cls(options, public), *(cls() for cls in IDENTIFIERS)]
    return [f for f in scan_document(document(*parts), detectors) if f.category == detector_cls.category]


CUSTOMER_TABLE = (table(
    ("Customer Name", "Service Address", "Phone", "Email", "Account #", "Usage kWh"),
    ("Maria Lopez", "1234 W Holt Ave, Pomona, CA 91768", "(909) 555-0147", "maria.lopez@gmail.com", "2-23-456-7890",
     "532"),
    ("Robert Chen", "2250 N Garey Ave", "9095550188", "rchen@yahoo.com", "3-012-3456-78", "1,240")),)
OPT_OUT_CSV = (table(("Name", "Service Address", "Account", "Phone"),
                     ("Ana Ruiz", "77 E Foothill Blvd", "2-11-222-3333", "909 555 0100")),)
NAME_AND_ACCOUNT = (table(("Account #", "Name"), ("2-23-456-7890", "Jane Park")),)
PLACE_WORD_SURNAME = (table(("ACCT_NBR", "PHONE_NBR", "Holder", "SVC_ADDR"),
                            ("2-12-456-3016", "442 301 8380", "ISAIAH A. CHURCH", "16862 Paloma Pass")),)
LABEL_BLOCK_PDF = (lines("Customer Name: Maria Lopez\nService Address: 1234 W Holt Ave, Pomona, CA 91768\n"
                         "Account No.: 2-23-456-7890\nUsage: 532 kWh"),)
LABEL_BLOCK_LINE = ("Customer: Maria Lopez  Service Address: 1234 W. Holt Ave, Pomona CA 91768  Acct: 2-23-456-7890",)
LABEL_ON_NEXT_LINE = (lines("Customer Name:\nMaria Lopez\nHome Phone:\n(626) 555-0199\n"
                            "Account Number:\n2-23-456-7890"),)
DISPUTE_LETTER = (lines(
    "City of Pomona\n505 S. Garey Ave.\nPomona, CA 91766\nJuly 30, 2024\nMr. Robert Chen\n2250 N Garey Ave\n"
    "Pomona, CA 91767\nDear Mr. Robert Chen,\nWe reviewed your account 3-012-3456-78 after your billing dispute.\n"
    "The meter at your home at 2250 N Garey Ave recorded usage of 1,240 kWh in July;\n"
    "the average home uses 550 kWh. Tier 1: 0-300 kWh at $0.12/kWh.\n"
    "Please call us at (909) 620-2079 or visit the Library, 625 S. Garey Ave.\n"
    "Sincerely,\nJane Doe, Pomona Choice Energy\n505 S. Garey Ave., Pomona, CA 91766"),)
PAST_DUE_NOTICE = (lines("FINAL NOTICE\nMaria Lopez\n1234 W Holt Ave\nPomona, CA 91768\nAccount: 2-23-456-7890\n"
                         "Your past due balance of $120.00 is due May 1 to avoid disconnection.\n"
                         "Your usage last month was 532 kWh.", page=3),)
USAGE_HISTORY = ("Account Number: 2-23-456-7890",
                 table(("Month", "kWh", "Amount"), ("Jan 2024", "512", "$98.12"), ("Feb 2024", "480", "$90.02")))
PEOPLE_LIST = (lines("1. Maria Lopez, 1234 W Holt Ave, Pomona CA 91768, (909) 555-0147\n"
                     "2. Robert Chen, 2250 N Garey Ave, Pomona CA 91767, rchen@yahoo.com"),)
# names probablepeople calls a firm, though their last word is a surname
DASHED_LIST = (lines("Ángel Jiménez - 910 N Garey Ave - (909) 397-4410\nNicolás Villarreal - 77 E Foothill Blvd - "
                     "(909) 397-4411"),)
HEADERLESS_ROWS = (table((None, None, None), ("Maria Lopez", "1234 W Holt Ave", "909-555-0147"),
                         ("Robert Chen", "2250 N Garey Ave", "909-555-0148")),)
FORM_FIELDS = ([Segment("Maria Lopez", Location(line=3), label="Customer Name"),
                Segment("1234 W Holt Ave", Location(line=4), hidden="hidden input", label="serviceAddress"),
                Segment("2-23-456-7890", Location(line=5), hidden="hidden input", label="account_number")],)
SPANISH_BLOCK = (lines("Nombre del cliente: María López\nDirección de servicio: 1234 W Holt Ave, Pomona, CA 91768\n"
                       "Número de cuenta: 2-23-456-7890\nConsumo: 532 kWh"),)
SIGN_UP_SHEET = (table(("Name", "Address", "Phone"), ("Ana Ruiz", "77 E Foothill Blvd", "(909) 555-0100")),)
COMMENT_CARD_WITH_ACCOUNT = (lines("Public comment card\nName: Maria Lopez\nService Address: 1234 W Holt Ave\n"
                                   "Account No.: 2-23-456-7890"),)
SPANISH_LETTER = (lines("Estimada Sra. López:\nSu factura de julio muestra un consumo de 812 kWh en su hogar en "
                        "1234 W Holt Ave.\nAtentamente,\nPomona Choice Energy, 505 S. Garey Ave."),)

CUSTOMER_CASES = {
    "customer table": CUSTOMER_TABLE, "opt-out csv": OPT_OUT_CSV, "name and account": NAME_AND_ACCOUNT,
    "place word as surname": PLACE_WORD_SURNAME, "label block pdf": LABEL_BLOCK_PDF, "label block line": LABEL_BLOCK_LINE, "label next line": LABEL_ON_NEXT_LINE,
    "dispute letter": DISPUTE_LETTER, "past-due notice": PAST_DUE_NOTICE, "usage history": USAGE_HISTORY,
    "people list": PEOPLE_LIST, "dashed list": DASHED_LIST, "headerless rows": HEADERLESS_ROWS, "form fields": FORM_FIELDS,
    "spanish block": SPANISH_BLOCK, "spanish letter": SPANISH_LETTER, "sign-up sheet": SIGN_UP_SHEET,
    "comment card with an account": COMMENT_CARD_WITH_ACCOUNT,
}

HARD_NEGATIVES = {
    "footer": (chrome("City Hall, 505 S. Garey Ave., Pomona, CA 91766 | (626) 555-2311 | webmaster@gmail.com"),),
    "department email": ("Questions? Email cityclerk@pomonaca.gov or call the City Clerk's Office at (909) 620-2311.",),
    "council roster": (table(("Name", "District", "Email", "Phone"),
                             ("Tim Sandoval", "Mayor", "tim.sandoval@pomonaca.gov", "(909) 620-2051"),
                             ("John Nolte", "District 1", "john.nolte@cityofx.com", "(626) 555-2345")),),
    "staff directory": (table(("Name", "Title", "Department", "Phone", "Email"),
                              ("Jane Doe", "Analyst", "Finance", "(626) 555-1234", "jane.doe@consultx.com")),),
    "parks": (table(("Park", "Address", "Phone"), ("Ganesha Park", "1575 N White Ave", "(626) 555-2323")),),
    "places by name": (table(("Name", "Address", "Phone"),
                             ("Pomona Senior Center", "1460 E Holt Ave", "(626) 555-3000"),
                             ("First Baptist Church", "500 N Garey Ave", "(626) 555-3001")),),
    "business directory": (table(("Business", "Address", "Phone"), ("Joe's Tacos", "100 W 2nd St", "(626) 555-3434")),),
    # a directory laid out in lines: firms named after their owners or their food, not people
    "business directory lines": (lines("Downtown Pomona Business Directory\n"
                                       "Hakobyan Auto Repair - 1555 W Mission Blvd - (909) 865-2212\n"
                                       "Dela Cruz Bakeshop - 910 N Garey Ave - (909) 397-4410\n"
                                       "Pho Saigon - 100 W 2nd St - (909) 555-0199"),),
    # shops named after their owner and their trade, which probablepeople reads as people ("Hamilton Hardware")
    "business directory of trades": (lines("Local Business Directory\n"
                                           "Whitfield Hardware \u2013 236 Main St \u2013 (620) 555-6773\n"
                                           "Okafor Lawn Care \u2013 829 Main St \u2013 (620) 555-7915\n"
                                           "Lindqvist Tires \u2013 14 Mill Rd \u2013 (620) 555-1180"),),
    "library": ("Pomona Public Library, 625 S. Garey Ave., Pomona, CA 91766. Hours: Mon-Thu 10am-8pm. "
                "Phone: (909) 620-2043",),
    "meeting notice": (lines("NOTICE OF PUBLIC MEETING\nThe City Council will meet at 7:00 p.m. in the Chambers, "
                             "505 S. Garey Ave., Pomona.\nA workshop follows at Ganesha Park, 1575 N White Ave."),),
    "program table": (table(("Program Name", "Annual Savings (kWh)"), ("Energy Savings Assistance", "1,200")),),
    "facility accounts": (table(("Name", "Account #", "kWh"), ("Pomona Public Library", "2-23-456-7890", "15,000")),),
    "rate table": (table(("Rate Schedule", "Tier", "$/kWh"), ("Domestic", "Tier 1", "0.12")),
                   "Tier 1: 0-300 kWh $0.12/kWh; Tier 2: over 300 kWh at $0.18 per kWh"),
    "city-wide usage": ("Pomona residents used 412 GWh in 2023, and the average home uses 550 kWh a month.",),
    "power 100": ("PCE's Power 100 option is 100% renewable energy from 45 MW of new solar; save 500 kWh a year.",),
    "agenda item": ("Item 7: Approve contract with ABC Electric, 123 Main St, Pomona, CA 91766, for $50,000.",),
    "news about the mayor": ("Mayor Tim Sandoval joined resident Maria Lopez to open the new solar canopy.",),
    "press contact": ("Media inquiries: Jane Doe, (909) 620-2000, jane.doe@pomonaca.gov",),
    "vendor invoice": (lines("INVOICE\nVendor: ABC Electric Inc.\nAddress: 123 Main St, Pomona, CA 91766\n"
                             "Contact: Jane Doe  Phone: (626) 555-7000\nRemit to: P.O. Box 100, Pomona, CA 91769"),),
    "hearing notice": (lines("NOTICE OF PUBLIC HEARING\nProject Address: 1460 E. Holt Ave\nApplicant: John Smith\n"
                             "Case No.: PLN-2023-01\nThe project site at 1460 E. Holt Ave would be rezoned."),),
    "job posting": ("Apply by June 1. Questions: hr@pomonaca.gov or jobs@cityofchino.org, Human Resources "
                    "(626) 555-2291. TTY: (626) 555-2900. In an emergency call 911.",),
    "toll-free": ("SCE customers can call 1-800-655-4555 or 1-800-990-7788; outages 1-800-611-1911.",),
    "letter to an agency": (lines("Dear Ms. Smith,\nThe City of Pomona submits these comments on the draft rules.\n"
                                  "Our office at 100 N Main St served 2,000 customers using 450 GWh.\n"
                                  "Sincerely,\nJames Makshanoff"),),
    "blank form": (lines("Customer Name: ____________\nService Address: ____________\nAccount Number: __________"),),
    "official beside a budget account": ("Mayor Tim Sandoval presented Account 101-1234-56789 of the General Fund.",),
    "street beside an account": ("Park Avenue Account No. 2-23-456-7890 was reassigned.",),
    "ssn instructions": (lines("Name: ______________  SSN: ___-__-____\nEnter your SSN as 123-45-6789."),),
    # public listings of people and places with addresses: no account, usage or customer column
    "campaign contributions": (table(("Contributor Name", "Address", "Occupation", "Amount"),
                                     ("Hector Villanueva", "1402 Pawnee Rd, Pomona, CA 91768", "Retired", "$250")),),
    "award winners": (table(("Name", "Address"), ("The Johnson Family", "1452 N Towne Ave"),
                            ("Maria and Luis Ortega", "1394 E Holt Ave")),),
    "historic register": (table(("Name", "Address", "Year Built"), ("Whitfield House", "1440 N Garey Ave", "1928")),),
    # usage by customer class, with its total; a city's own solar sites with their production
    "program summary": (table(("Customer Class", "Accounts", "Annual kWh"), ("Residential", "38,412", "301,552,000"),
                              ("Commercial", "4,120", "262,480,000"), ("Total", "42,532", "564,032,000")),),
    "solar sites": (table(("Site", "Address", "System Size (kW)", "Annual Production (kWh)"),
                          ("Corporation Yard", "2000 Industrial Pkwy", "6.3", "698,000"),
                          ("Senior Center", "5410 Corporate Dr", "6.8", "334,000")),),
    "building benchmarking": (table(("Property Name", "Address", "Annual Electricity Use (kWh)", "ENERGY STAR Score"),
                                    ("Pomona Marketplace", "1210 E Holt Ave", "2,912,000", "71")),),
    "candidates": (table(("Candidate Name", "Address", "Phone", "Email"),
                         ("Gloria Estrada", "1521 W Holt Ave", "(909) 508-3125", "gloria4council@gmail.com")),),
    "bid results": (table(("Bidder", "Contact", "Phone", "Bid Amount"),
                          ("American Asphalt South, Inc.", "Tom Baker", "(909) 427-8276", "$1,284,500.00")),),
    # a specimen bill: the page says so
    "sample bill": (lines("How to Read Your Bill\nCustomer name: JOHN SAMPLE\nService address: 1234 ANY STREET\n"
                          "Customer account: 2-41-836-0172\nYour usage this month: 612 kWh"),),
    "sample bill with placeholder values": (lines(
        "How to Read Your Bill\nThe sample bill below is an example; the names and numbers on it are not a real "
        "customer's.\nCustomer name: LEE EXAMPLE\nService address: 000 SAMPLE ST, POMONA, CA 91766\n"
        "Customer account: 300-000-000-000\nTotal usage: 540 kWh"),),
    # a filled-in example of a form; stand-ins without a sample word (a stand-in person at a stand-in street)
    "example form": (lines("Medical Baseline Application (example shown)\nCustomer name: John Sample\n"
                           "Service address: 000 Sample Ave\nService account number: 3-000-0000-00"),),
    "two stand-ins": (lines("Customer name: Jane Doe\nService address: 123 Any Street\n"
                            "Service account number: 3-000-0000-00"),),
    # what residents submit to a public body is a public record
    "comment form": (lines("PUBLIC COMMENTS RECEIVED VIA ECOMMENT - ITEM 5\nName: Luis Ortega\n"
                           "Address: 1394 E Holt Ave, Pomona, CA 91767\nPhone: (909) 955-8812\n"
                           "Email: lortega.home@gmail.com\nComment: Shut-offs will follow this increase."),),
    "letter to the council": (lines("Dear Mayor Okafor and Councilmembers:\nOur water bill went from $84 to $131 and "
                                    "seniors fear shut-offs.\nSincerely,\nJames Garcia\n1561 Juniper Ln\n"
                                    "Pomona, CA 91768\n(909) 508-2264 (cell)\njgarcia.ml@gmail.com"),),
    "e-mail to the council": (lines("From: Karen Whitfield <kwhitfield55@yahoo.com>\nSent: Monday, June 10, 2024\n"
                                    "To: Public Comment <publiccomment@pomonaca.gov>\nI support item 6.1.\n"
                                    "Karen Whitfield, resident\nCell: 909-244-9031"),),
    # an official's card: the cell is published with the official's government mailbox
    "official's card": ("Email: lokafor@mesalindaca.gov\nOffice: (760) 955-5001\nCell: (760) 881-2290",),
    "card over pdf lines": (lines("Dale Whitmore, Council Member\ndwhitmore@mesalindaca.gov\n"
                                  "Home phone: (760) 245-8890"),),
}


@pytest.mark.parametrize("parts, name", [
    ((lines("Public comment card\nName: Maria Lopez  SSN: 512-34-6789\nCustomer Account: 2-23-456-7890"),),
     "Maria Lopez"),
    (("draft list from billing: Maria Lopez SSN 512-34-6789, acct 2-23-456-7890",), "Maria Lopez"),
    (("Refund issued to Robert Chen, acct. 3-012-3456-78 on May 2.",), "Robert Chen"),
    ((table(("Name", "SSN"), ("Dolores Ibarra", "545-12-3456")),), "Dolores Ibarra"),
], ids=["label block with SSN", "name run into SSN", "name run into account", "name and SSN columns"])
def test_names_tied_to_personal_identifiers(parts, name):
    names = [f.text for f in customer_fields(document(*parts)) if f.kind == "name"]
    assert names == [name]


def kinds(*parts) -> set[str]:
    return {f.kind for f in customer_fields(document(*parts))}


@pytest.mark.parametrize("header, kind, strong", [
    ("Customer Name", "name", True), ("Name", "name", False), ("Account Holder", "name", True),
    ("Service Address", "address", True), ("Billing Address", "address", True), ("Mailing Address", "address", False),
    ("E-mail Address", "email", False), ("Phone #", "phone", False), ("Telephone", "phone", False),
    ("Customer Service Phone", "phone", False), ("Account #", "account", False), ("SA #", "account", False),
    ("Customer No.", "account", True), ("Usage (kWh)", "usage", True), ("kWh", "usage", True),
    ("Consumption", "usage", True), ("$/kWh", None, False), ("Rate per kWh", None, False), ("Month", None, False),
    ("Title", "veto", False), ("District", "veto", False), ("Hours", "veto", False), ("Project Address", "veto", False),
    ("Vendor", "veto", False), ("Business Name", "soft", False), ("Office Location", "soft", False),
    ("serviceAddress", "address", True), ("account_number", "account", False), ("Nombre del cliente", "name", True),
    ("Dirección de servicio", "address", True), ("Teléfono", "phone", False), ("Correo electrónico", "email", False),
    ("Número de cuenta", "account", False), ("Consumo (kWh)", "usage", True), ("Cargo", "veto", False),
    ("Program Name", None, False), ("Annual Savings (kWh)", None, False), ("Capacity (MW)", None, False),
    ("Annual Production (kWh)", None, False), ("Customer Class", None, False), ("Rate Class", None, False),
    ("Accounts", None, False), ("Number of Customers", None, False), ("Staff Contact", "veto", False),
    ("Bidder", "veto", False), ("Candidate Name", "veto", False), ("Contributor Name", "veto", False),
    ("ENERGY STAR Score", "veto", False), ("Floor Area (sq ft)", "veto", False), ("Year Built", "veto", False),
    # program enrollees and their homes, in a billing system's abbreviations too; a month's use, not a land use
    ("Enrollee", "name", False), ("Occupant", "name", False), ("Svc Addr", "address", True),
    ("Monthly Use", "usage", False), ("Land Use", None, False),
    # words cut short with a period; a call log's callback column
    ("Cust. ID", "account", True), ("Cust. No.", "account", True), ("Acct. Name", "name", True),
    ("cb", "phone", True), ("c/b", "phone", True), ("CBA", None, False), ("No.", None, False),
    # other billing systems' names for a customer's number; a contract of the City's is no account
    ("ESI ID", "account", False), ("Service Point ID", "account", False), ("Contract Account", "account", False),
    ("CIS #", "account", False), ("Contract No.", None, False),
])
def test_header_kind(header, kind, strong):
    assert header_kind(header) == (kind, strong)


@pytest.mark.parametrize("value, expected", [
    ("Maria Lopez", "maria lopez"), ("Lopez, Maria", "maria lopez"), ("Mr. Robert Chen", "robert chen"),
    ("Ms. Lopez", "lopez"), ("MARIA LOPEZ", "maria lopez"), ("Ana de la Cruz", "ana de la cruz"),
    ("Ganesha Park", None), ("ABC Electric", None), ("City Council", None), ("Pomona Choice Energy", None),
    ("Customer", None), ("Valued Customer", None), ("Mayor Sandoval", None), ("123 Main St", None),
    ("maria@gmail.com", None), ("Maria", None), ("Total Usage", None), ("Whitfield House", None),
    ("Harvey Ranch House", None),
])
def test_person_name(value, expected):
    assert person_name(value) == expected


@pytest.mark.parametrize("parts, expected", [
    (CUSTOMER_TABLE, {"name", "address", "phone", "email", "account", "usage"}),
    (OPT_OUT_CSV, {"name", "address", "account", "phone"}),
    (NAME_AND_ACCOUNT, {"name", "account"}),
    (PLACE_WORD_SURNAME, {"name", "address", "phone", "account"}),  # a person surnamed Church, no church
    (LABEL_BLOCK_PDF, {"name", "address", "account", "usage"}),
    (LABEL_BLOCK_LINE, {"name", "address", "account"}),
    (LABEL_ON_NEXT_LINE, {"name", "phone", "account"}),
    (DISPUTE_LETTER, {"name", "address", "zone"}),
    (PAST_DUE_NOTICE, {"name", "address", "zone"}),
    (USAGE_HISTORY, {"usage"}),
    (PEOPLE_LIST, {"name", "address", "phone", "email"}),
    (DASHED_LIST, {"name", "address", "phone"}),
    (HEADERLESS_ROWS, {"name", "address", "phone"}),
    (FORM_FIELDS, {"name", "address", "account"}),
    (SPANISH_BLOCK, {"name", "address", "account", "usage"}),
    (SPANISH_LETTER, {"name", "zone"}),
    (SIGN_UP_SHEET, {"name", "address", "phone"}),
    (COMMENT_CARD_WITH_ACCOUNT, {"name", "address", "account"}),  # an account ties it, public comment or not
], ids=list(CUSTOMER_CASES))
def test_customer_contexts(parts, expected):
    assert kinds(*parts) == expected


@pytest.mark.parametrize("parts", HARD_NEGATIVES.values(), ids=list(HARD_NEGATIVES))
def test_no_customer_context_in_public_pages(parts):
    assert kinds(*parts) == set()


def test_letter_fields_are_the_recipients_not_the_letterhead():
    fields = customer_fields(document(*DISPUTE_LETTER))
    named = sorted(f.text for f in fields if f.kind != "zone")
    assert named == ["2250 N Garey Ave", "Mr. Robert Chen", "Mr. Robert Chen"]
    zone = " ".join(f.text for f in fields if f.kind == "zone")
    assert zone.startswith("Dear Mr. Robert Chen") and "Sincerely" not in zone and "July 30" not in zone


@pytest.mark.parametrize("text, public", [
    ("Dear Mayor Okafor and Councilmembers:", True),
    ("Dear Planning Commissioners,", True),
    ("  Dear Honorable Chair Smith and Members of the Board:", True),
    ("To: City Council <citycouncil@pomonaca.gov>", True),
    ("Public comments received after the agenda was posted", True),
    ("Speaker Card - Item 4", True),
    ("eComments for Item 5.1", True),
    ("Estimado Alcalde y miembros del Concejo:", True),
    ("Honorable Mayor and Members of the City Council", True),  # a letter's addressee, alone on its line
    ("To the City Council,", True),
    ("TO: Honorable Mayor and Members of the City Council", False),  # a staff report's memo header
    ("To the City Council, staff recommends adopting the resolution before the end of the fiscal year.", False),
    ("To: PCE Customer Care <info@pomonachoiceenergy.org>", False),  # a customer writes to the utility
    ("Dear Ms. Lopez,", False),
    ("Public comment: a speaker's form was attached by mistake.", False),
])
def test_pages_addressed_to_a_public_body(text, public):
    doc = document(lines(f"Agenda packet\n{text}\nThank you.", page=4))
    assert analyze(doc, PublicContacts.from_config(None)).public_comment == ({4} if public else set())


def test_public_comment_is_one_page_not_the_packet():
    letter = lines("Dear Mayor Okafor and Councilmembers:\nMy bill doubled.\nJames Garcia\n1561 Juniper Ln\n"
                   "Pomona, CA 91768\n(909) 508-2264", page=2)
    assert kinds(letter, *PAST_DUE_NOTICE) == {"name", "address", "zone"}  # the notice is on page 3


def test_sample_bill_page_is_no_customer_but_the_next_page_is():
    sample = lines("Sample bill\nCustomer name: JOHN SAMPLE\nService address: 1234 ANY STREET\n"
                   "Account No.: 2-41-836-0172", page=1)
    real = lines("Customer Name: Maria Lopez\nService Address: 1234 W Holt Ave\nAccount No.: 2-23-456-7890", page=2)
    fields = customer_fields(document(sample, real))
    assert {f.segment.location.page for f in fields} == {2}


def test_contact_cards_are_the_segments_beside_a_government_mailbox():
    doc = document(lines("Parks\nCoach Hill\nhill@mesalindaca.gov\nCell (760) 412-8835\nFees\nRegistration\n"
                         "Coach Ruiz\nruiz.coach@gmail.com\nCell (760) 412-8836"))
    official = analyze(doc, PublicContacts.from_config(None)).official
    assert [s.text for s in doc.segments if id(s) in official] == [
        "Parks", "Coach Hill", "hill@mesalindaca.gov", "Cell (760) 412-8835", "Fees"]


def test_usage_by_customer_class_is_no_usage_history_even_beside_a_customer():
    by_class = table(("Customer Class", "kWh"), ("Residential", "301,552,000"), ("Commercial", "262,480,000"))
    assert kinds("Customer Name: Maria Lopez  Account No.: 2-23-456-7890", by_class) == {"name", "account"}


def test_usage_table_needs_a_customer_on_its_own_page():
    anchor = Segment("Account Number: 2-23-456-7890", Location(page=1))
    usage = table(("Month", "kWh"), ("Jan 2024", "512"))
    for segment in usage[0]:
        segment.location = Location(page=2)
    assert kinds(anchor, usage) == set()
    assert kinds(Segment("Account Number: 2-23-456-7890", Location(page=2)), usage) == {"usage"}


def test_letter_continues_over_a_page_break():
    letter = lines("Dear Ms. Lopez,\nThis concerns your bill for May.", page=1) + \
        lines("Your usage was 640 kWh at 1234 W Holt Ave.\nSincerely,\nJane Doe", page=2)
    fields = customer_fields(document(letter))
    assert "Your usage was 640 kWh at 1234 W Holt Ave." in [f.text for f in fields if f.kind == "zone"]


def test_a_record_hidden_in_the_page_chrome_is_read():
    comment = Segment("Customer Maria Lopez, acct 2-23-456-7890, 1234 W Holt Ave", Location(element="footer"),
                      hidden="html comment", chrome=True)
    assert kinds(comment) == {"name", "address"}


def test_chrome_never_makes_customer_context():
    segments, records = table(("Customer Name", "Account #"), ("Maria Lopez", "2-23-456-7890"))
    for segment in segments:
        segment.chrome = True
    assert kinds((segments, records), chrome("Customer: Maria Lopez  Acct: 2-23-456-7890")) == set()


def test_staff_and_facility_listings_are_public():
    doc = document(*HARD_NEGATIVES["staff directory"], *HARD_NEGATIVES["places by name"])
    listing = analyze(doc, PublicContacts.from_config(None)).listing
    assert {id(s) for s in doc.segments} == listing


def test_context_is_computed_once_per_document_and_anchored_on_identifier_findings(monkeypatch):
    import detectors.engine as engine
    from detectors.registry import load_detectors
    calls = []

    def counting(document, contacts, findings, facts, deadline=None):
        calls.append(({f.category for f in findings}, facts.document is document))
        return analyze(document, contacts, findings, facts, deadline)
    monkeypatch.setattr(engine, "analyze", counting)
    scan_document(document(*CUSTOMER_TABLE), load_detectors())
    # once for the five contact detectors, with the account numbers and the engine's facts about the document
    assert calls == [({"account_number"}, True)]


def test_public_record_values_do_not_tie_a_record():
    assert kinds(table(("Name", "Address"), ("Tim Sandoval", "505 South Garey Avenue"))) == set()
    public = PublicContacts.from_config({"names": ["Tim Sandoval"]})
    assert customer_fields(document(table(("Name", "Account"), ("Tim Sandoval", "2-23-456-7890"))), public) == []


# -- public contacts ------------------------------------------------------------------------------

@pytest.mark.parametrize("local, role", [
    ("info", True), ("cityclerk", True), ("city.clerk", True), ("noreply", True), ("no-reply", True),
    ("permits2", True), ("pomonaparks", True), ("maria.lopez", False), ("jdoe", False),
    ("hr", True), ("webmaster", True),
])
def test_role_mailbox(local, role):
    assert is_role_mailbox(local) is role


def test_public_contact_defaults_and_config():
    default = PublicContacts.from_config(None)
    assert default.phone_is_public("+19096202311", generic=False)
    assert default.phone_is_public("+19096202000")  # in City Hall's thousands-block
    assert not default.phone_is_public("+19096208094")  # its exchange, another block: a resident's line
    assert not default.phone_is_public("+19096202000", generic=False)
    assert default.phone_is_public("+18885551234")  # toll-free
    assert not default.phone_is_public("+19095550147")
    assert default.email_is_public("Jane.Doe@PomonaCA.gov", generic=False)
    assert default.email_is_public("x@mail.ci.pomona.ca.us", generic=False)
    assert default.email_is_public("jdoe@cityofchino.org", url="https://www.cityofchino.org/page")
    assert not default.email_is_public("maria.lopez@gmail.com")
    assert default.address_is_public("505 South Garey Avenue, Pomona")
    assert street_key("505 S. Garey Ave., Pomona, CA 91766") == "505 S GAREY AVE"

    chino = PublicContacts.from_config({"replace_defaults": True, "email_domains": ["cityofchino.org"],
                                        "phones": ["(909) 334-3250"], "addresses": ["13220 Central Ave"],
                                        "names": ["Eunice Ulloa"]})
    assert chino.phone_is_public("+19093343250", generic=False) and not chino.phone_is_public("+19096202311")
    assert chino.email_is_public("a.b@cityofchino.org", generic=False)
    assert not chino.email_is_public("a.b@pomonaca.gov", generic=False)
    assert chino.address_is_public("13220 Central Avenue") and not chino.address_is_public("505 S Garey Ave")
    assert chino.name_is_public("eunice  ulloa")
    extended = PublicContacts.from_config({"phones": "(909) 334-3250"})
    assert extended.phone_is_public("+19093343250", generic=False) and extended.phone_is_public("+19096202311")


def test_a_real_customer_on_a_sample_bill_page_is_a_customer():
    """A "sample bill" showing a real-looking person at a real-looking address is treated as what it may
    well be: a customer's bill used as the example."""
    page = lines("How to Read Your Bill\nCustomer name: MARIA LOPEZ\nService address: 1234 W HOLT AVE\n"
                 "Customer account: 2-41-836-0172\nUsage: 612 kWh")
    assert {"name", "address", "account", "usage"} <= kinds(page)


def test_stand_ins_far_apart_in_an_export_make_no_sample():
    """A 'Juan Perez' in one row and a house number 000 rows later are two customers of a real export, not a
    made-up record: only stand-ins close together (one form's) make the page a sample."""
    rows = [("Juan Perez", "0010 Gallagher Bypass", "(909) 218-0967")] + [
        (f"Customer {k}", f"{100 + k} W Holt Ave", f"(909) 218-{1000 + k}") for k in range(8)] + [
        ("Bethany Cole", "44 E Holt Ave", "(909) 669-0027"),
        ("Jesse Barron", "000 Karen Forges Apt. 325", "(909) 669-0028")]
    export = table(("Customer Name", "Service Address", "Phone"), *rows)
    names = [f.value for f in scan_document(document(export), load_detectors()) if f.category == "customer_name"]
    assert "Juan Perez" in names and "Jesse Barron" in names


def test_a_faqs_placeholder_account_format_anchors_no_record():
    """"in the format 00-0000-00" under "Where do I find my account number?": a form's placeholder is no account, so
    the FAQ's other answers (a typical home's kWh, the billing mailbox, the streetlight line) are no customer's."""
    from tests.test_table_headers import found
    faq = (b"<dl><dt>Where do I find my account number?</dt><dd>Your account number is printed on the top right of "
           b"your bill in the format 00-0000-00.</dd><dt>How much electricity does a typical home use?</dt><dd>About "
           b"640 kWh per month.</dd><dt>How do I request a billing adjustment?</dt><dd>Email billing@harborlight.org."
           b"</dd><dt>Who do I call about a streetlight?</dt><dd>Call (508) 555-0142 any time.</dd></dl>")
    assert not found("faq.html", faq)
    record = (b"<dl><dt>Customer</dt><dd>Odete Furtado</dd><dt>Account number</dt><dd>04-2219-03</dd>"
              b"<dt>Service address</dt><dd>61 Ledgeview Rd</dd><dt>Usage</dt><dd>1,140 kWh</dd></dl>")
    assert {("customer_name", "Odete Furtado"), ("account_number", "04-2219-03")} <= found("case.html", record)


def test_a_public_body_in_a_customer_column_is_no_private_customer():
    """A net-metering queue lists the town's school beside residents: the school's name and site are public (its
    account number, under its own header, is still an account); a firm and a resident in the same column stay
    customers."""
    from tests.test_table_headers import found
    queue = (b"<table><tr><th>Queue #</th><th>Customer</th><th>Service Address</th><th>Account</th><th>kW DC</th></tr>"
             b"<tr><td>Q-114</td><td>Odete Furtado</td><td>61 Ledgeview Rd</td><td>04-2219-03</td><td>7.2</td></tr>"
             b"<tr><td>Q-115</td><td>Harbor Point Public Schools</td><td>150 Pilgrim Hwy</td><td>04-0012-01</td>"
             b"<td>250</td></tr>"
             b"<tr><td>Q-116</td><td>Kestrel Marine Supply LLC</td><td>9 Wharf St</td><td>04-3307-02</td><td>40</td></tr>"
             b"</table>")
    values = {value for _, value in found("queue.html", queue)}
    assert {"Odete Furtado", "61 Ledgeview Rd", "Kestrel Marine Supply LLC"} <= values
    assert not {"Harbor Point Public Schools", "150 Pilgrim Hwy"} & values
