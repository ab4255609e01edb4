import pytest

from detectors.account_number import AccountNumberDetector
from detectors.engine import scan_document
from detectors.model import Location, Segment

from detectors.phone import PhoneDetector
from tests.test_customer_context import (CUSTOMER_TABLE, HARD_NEGATIVES, HEADERLESS_ROWS, LABEL_ON_NEXT_LINE,
                                         OPT_OUT_CSV, PEOPLE_LIST, chrome, document, findings, lines, table)
from tests.test_table_headers import found as found_in_file

FOUND = [
    # (document parts, [(value, severity)])
    (CUSTOMER_TABLE, [("(909) 555-0147", "high"), ("9095550188", "high")]),
    (OPT_OUT_CSV, [("909 555 0100", "high")]),
    (LABEL_ON_NEXT_LINE, [("(626) 555-0199", "high")]),
    (PEOPLE_LIST, [("(909) 555-0147", "high")]),
    (HEADERLESS_ROWS, [("909-555-0147", "high"), ("909-555-0148", "high")]),
    (("Customer: Maria Lopez  Cell: +1 626-555-0199",), [("+1 626-555-0199", "high")]),
    (("Please call resident John Smith at 909-555-0147 about the lost dog.",), [("909-555-0147", "low")]),
    (("cell: (626) 555-0199",), [("(626) 555-0199", "low")]),
    (("Garage sale this Saturday! Text me at 626.555.0123",), [("626.555.0123", "low")]),
    (("Contact Maria at 1-626-555-0123 (home), or the office at (626) 555-2000.",), [("1-626-555-0123", "low")]),
    # a resident's e-mail, signed with a name and a street: the writer's own number
    (("Hi Dana,", "The fence crew left the gate open again. Call me at (760) 555-0163 tonight.", "Noor Haddad",
      "218 Birchwood Ct"), [("(760) 555-0163", "low")]),
    (("My cell is (760) 555-0147, call after 5.",), [("(760) 555-0147", "low")]),
    (("Home phone: 760-555-0148",), [("760-555-0148", "low")]),
    (("If the lights go out, call her: (760) 555-0151.",), [("(760) 555-0151", "low")]),
    (("Rita's number at home (760) 555-0149",), [("(760) 555-0149", "low")]),
    (("Para la venta de garaje llame a Rosa al (760) 555-0150 (celular).",), [("(760) 555-0150", "low")]),
    (lines("CE24-0412  1509 N Towne Ave  Weeds\nComplainant: Rita Moreno, cell (760) 555-0182, wants a call back."),
     [("(760) 555-0182", "low")]),
    # ten bare digits right after a phone's label in a customer's record
    (("Customer Donald Coffey, Service Account 3-598-4679-99. Tel 9096969372",), [("9096969372", "high")]),
    (("Copied from CIS: Ana Ruiz | 1234 W Holt Ave | 4419 2231 0098 | cb 9095550147",), [("9095550147", "high")]),
    # words that reach the customer at a number, bare or written out: in a record high, in other page text low
    (("Customer Dana Whitfield, SA ID 8732983588, disputed her bill. Staff was directed to contact her at "
      "6267427190.",), [("6267427190", "high")]),
    (("Ana Ruiz, 412 Linden St, account 4471-99812: call him at 626-742-7190",), [("626-742-7190", "high")]),
    (("Customer Dana Whitfield called. Staff was directed to contact her at 6267427190.",), [("6267427190", "low")]),
    # a customer named in the clause and the numbers staff call: a record, as with written-out numbers
    (("Customer Dana Whitfield called; call him at 6267427190 or reach them at 6267427191.",),
     [("6267427190", "high"), ("6267427191", "high")]),
    (("Sra. Dana Whitfield: tenemos su número de teléfono como 714.248.9913",), [("714.248.9913", "low")]),
    (("Mr. Okafor asked that staff reach the customer on 7142489913 after 5 p.m.",), [("7142489913", "low")]),
    # "she can be reached at", "a home phone of", "we tried to reach you at": the customer's, bare or written out
    (("Spoke with Ella Brandt about acct no 8750233466; she can be reached at 9512577109.",),
     [("9512577109", "high")]),
    (("Ana Ruiz (1420 W Holt Ave) applied. The application listed SSN 523-44-1876 and a home phone of 6266296988.",),
     [("6266296988", "high")]),
    (("Dear Ana Ruiz: your account 3412098812 was billed for 612 kWh. We tried to reach you at 9097848664.",),
     [("9097848664", "high")]),
    # staff reaching the named customer at a number: "Staff" names no office there
    (("Customer Lena Guerra, PCE account 2-37-117-1528, disputed her bill. Staff spoke with Guerra by telephone at "
      "562.466.0628 twice.",), [("562.466.0628", "high")]),
    # a call note's bare number in brackets after the name, "by phone (...)", a case line's "Contacted at ..."
    (("2/13 KT: spoke w/ Shawn Flores (9095581300) - SA 81555532, prem 2889 West Pasadena St. 314 kwh last cyc",),
     [("9095581300", "high")]),
    (("The customer, Emily Cowan, who receives service at 1206 East Artesia St, called about the account ending in "
      "8351. She asked that any follow-up be made by phone (9512577109) rather than mail.",), [("9512577109", "high")]),
    (("1. Barry Sanchez - 563 North Alvarado St. Acct no. 2-39-174-5540. Disputes the bill. Contacted at 6264584488.",),
     [("6264584488", "high")]),
    (("1/14 PR -- VM left for Olson, Mark @ 7146248329 ref acct no 8906990714 / 417 S. Hamilton Blvd / usage 535 kwh",),
     [("7146248329", "high")]),
    (("Elisa Aparicio, account 2-12-396-3361: I called three times and nobody called back. Please call me at "
      "9095776199.",),
     [("9095776199", "high")]),
    # "Customer phone" labels the customer's number, not a customer service line
    (("Brett Reyes at 471 W Holt Ave, account 2-29-343-1820. Customer phone 909-667-4873.",),
     [("909-667-4873", "high")]),
    # bare, after a phone's label or "call" in a line that gives the customer's account
    (("Su número de cuenta 3614683912 registró un consumo de 346 kWh. Intentamos comunicarnos con usted al teléfono "
      "9094692123.",), [("9094692123", "high")]),
    (("Don't forget Spencer Ross at 968 N Garey Ave - acct 700747767235, call 9098653726",), [("9098653726", "high")]),
    ((table(("Premise Owner", "Premise Addr", "Best # to call"), ("Tammy Jones", "584 Via Verde, Pomona, CA 91768",
                                                                  "6266208118")),), [("6266208118", "high")]),
    # ten bare digits after a call placed to them, in a customer's record
    (("Ms. Rosa Vidal of 412 Linden Ct. said account 2-41-118-3307 was overbilled. Please call her back at 6268334172.",),
     [("6268334172", "high")]),
    (("Customer Rosa Vidal of 412 Linden Ct. used 1,204 kWh in May. \"I just called 8185530214 and they came out.\"",),
     [("8185530214", "high")]),
    (("Tomas Herrera at 1187 E Alder Way here, acct # 2-41-118-3307, PLEASE call me six two six eight three three "
      "four one seven two",), [("six two six eight three three four one seven two", "high")]),
    # a call note's slash after the area code
    (("Cust Ines Duarte, acct 2-41-118-3307, CB# 626/833-4172 after 5.",), [("626/833-4172", "high")]),
    (("Customer Ines Duarte, account 2-41-118-3307, callback (626)/833-4172.",), [("(626)/833-4172", "high")]),
    # spelt out in words after a phone cue, in a customer's record
    (("Customer Tomas Herrera, acct 2-41-118-3307, phone six two six, eight three three, four one seven two.",),
     [("six two six, eight three three, four one seven two", "high")]),
    (("Cust Tomas Herrera, 1187 E Alder Way, call him at six-two-six-eight-three-three-four-one-seven-two.",),
     [("six-two-six-eight-three-three-four-one-seven-two", "high")]),
    # a customer's "Contact No." cell typed without separators
    ((table(("Ratepayer", "Premise Location", "Contact No.", "SA ID"),
            ("Ana Ruiz", "1420 W Holt Ave, Pomona, CA 91768", "9518687016", "3-412-0988-12")),),
     [("9518687016", "high")]),
]

NOT_FOUND = [
    # a contractor's e-mail: the project manager's "call me at" is the firm's work number
    ("Brian,", "Attached is change order #3 for Contract 2026-14. Call me at (920) 555-0188 with questions.",
     "Olu Adeyemi", "Project Manager", "Lakeshore Paving & Grading LLC", "4410 Commerce Dr, Neenah, WI 54956"),
    ("Ms. Park,", "My cell is (920) 555-0171 if the inspection slips.", "Tran Van Duc", "Badger State Engineering"),
    *HARD_NEGATIVES.values(),
    ("Fax: (626) 555-1234",),
    # a call with no customer's record, or a number a customer was sent to
    ("Residents who lose power can call 8185530214 to report it.",),
    ("Customer Rosa Vidal, acct 2-41-118-3307, said staff called 8002247010 twice.",),
    # digit words without a phone cue, not ten of them, or with no customer's record
    ("Customer Tomas Herrera, acct 2-41-118-3307, was billed for six two six, eight three three, four one seven two.",),
    ("Customer Tomas Herrera, acct 2-41-118-3307, called four or five times, then two or three more.",),
    ("Customer Tomas Herrera, acct 2-41-118-3307, phone six two six, eight three three.",),
    ("Our helpline is easy to remember: phone six two six, eight three three, four one seven two.",),
    # slashes in dates, fractions and route codes beside a customer's record are no phones
    ("Customer Ines Duarte, acct 2-41-118-3307, paid 3/4 of the balance on 12/25/2024; crew 626/833 read the meter.",),
    ("Customer Ines Duarte, acct 2-41-118-3307, tenders 2/15/2025-3300 and 11/205-4410 on file.",),
    # a customer service line beside a customer's record
    ("Customer Ana Ruiz, acct 2-29-343-1820, was referred to Customer Service at 909-555-0100.",),
    # the line the customer was told to call: toll-free, or the City's
    ("Customer Ana Ruiz, acct 3412098812, was told to call 8002247010 for the payment line.",),
    ("Customer Ana Ruiz, acct 3412098812, was told to call 9096202341 for the Housing office.",),
    # a contractor's field contact named in the role, the cell given for the job
    ("Mutual-aid crews this week: Pike Electric \u2013 crew lead Tom Reyes, cell 706-656-2407",),
    ("Volt Power LLC \u2013 project manager Dana Quist, cell (762) 241-1525",),
    # an SCE account in brackets after the name is no phone
    ("Customer Ana Ruiz (8001026149) called about her bill of 812 kWh.",),
    # an office reached at a number; a contact cell that holds more than a number
    ("Customer Ana Ruiz, acct 3412098812, was referred to the Housing office, which can be reached at 9096202341.",),
    (table(("Customer", "Contact", "SA ID"), ("Ana Ruiz", "see file 9518687016 notes", "3-412-0988-12")),),
    ("Staff liaison: My Ta, (562) 564-5878.",),  # "My" is her given name, not a cue
    ("For permits call the Building and Safety Division at (626) 555-1234.",),
    ("Acct # 909-555-0147",),
    # ten bare digits after another label in a customer's record, or after a phone label with no record
    ("Customer Donald Coffey, Service Account 3-598-4679-99. Ref 9096969372",),
    ("Tel 9096969372",),
    ("City Hall, 505 S. Garey Ave. Tel 9096202311",),
    ("Invoice No. 626-555-0123",),
    # reaching an office, or a number that is no phone after the words
    ("Questions? Contact us at 6265550123 or call the Library at 6265550124.",),
    ("To reach the clerk, call her at 9096202051 during office hours.",),  # the City's own block
    ("Staff will contact them at the address on file, case 2024118822.",),
    ("Call him at extension 4471, permit 6265550123.",),
    ("An example number looks like 123-456-7890.",),
    ("Serial 91-626-555-0123-7 on the meter",),
    (chrome("Main line (626) 555-2000"), "Call Parks at (626) 555-2345."),  # the site's own number block
    (table(("Customer Name", "Phone", "Account #"), ("Maria Lopez", "(909) 620-2311", "2-23-456-7890")),),
    # numbers nothing calls a person's: departments, facilities, firms, instructors, meeting dial-ins
    ("Animal Services",  "(760) 961-8800"),
    ("Report a violation: (760) 961-4420",),
    ("Register online, by phone at (760) 955-5240, or at the Community Center.",),
    ("Instructor: Coach Terrence Hill, (760) 412-8835   Sat 9:00-10:30 a.m.",),
    ("Questions? Contact Sandra Whitfield at (760) 247-2027.",),
    ("General Counsel: Nicole Fairbanks, Best Best & Krieger LLP, (909) 989-8584",),
    ("Dial by your location: +1 669 900 6833 US (San Jose), +1 253 215 8782 US (Tacoma)",),
    ("Senior Mobile Home Rent Assistance: (760) 955-5320",),
    ("Council Member Dale Whitmore, District 1 - (760) 245-8890 (home)",),  # the office cue is nearer
    # an official's card on a city site whose mail is on a .org domain: the heading gives the title and name
    ("Mayor Pro Tem Nare Terzian, District 2", "Terzian has lived here since 1980 and serves on the Energy Board.",
     "Email: nterzian@cityofpinecrest.org\nOffice: (626) 835-6206\nCell: (626) 509-1735"),
    ("Councilmember Yung-Chang Chen", "Email: ychen@cityofpinecrest.org\nCell: (626) 503-6632"),
    # ... whose name starts with an accented capital
    ("Councilmember Élodie Ávila-Ruiz, District 3", "Ávila-Ruiz has served since 2018.",
     "Email: eavila@cityofpinecrest.org\nOffice: (626) 835-6207\nCell: (626) 509-1788"),
    # a staff contact beside a hidden customer record: the staff member's number is no field of it
    ("Enrollment questions: info@pinecrestenergy.org. Staff contact: Hoa La, (626) 835-4243.",
     Segment("Customer: Ana Ruiz\nAddress: 487 Avenida Garnet\nPCE account 700-489-452-262\nUsage: 714 kWh",
             Location(line=2), hidden="display:none")),
]


@pytest.mark.parametrize("parts, expected", FOUND)
def test_found(parts, expected):
    found = findings(PhoneDetector, *parts)
    assert [(f.value, f.severity) for f in found] == expected
    assert all(f.category == "phone" and f.public_if_repeated == (f.severity == "low") for f in found)


@pytest.mark.parametrize("parts", NOT_FOUND)
def test_not_found(parts):
    assert findings(PhoneDetector, *parts) == []


def test_normalized_and_masked():
    [found] = findings(PhoneDetector, "cell: (626) 555-0199")
    assert found.key == "+16265550199"
    assert found.masked == "(***) ***-0199"
    assert "555-0199" not in found.context


def test_spelt_out_phone_is_masked():
    [found] = findings(PhoneDetector, "Customer Tomas Herrera, acct 2-41-118-3307, phone six two six, eight three three, "
                                      "four one seven two.")
    assert (found.key, found.masked) == ("+16268334172", "*** *** ***, ***** ***** *****, four one seven two")
    assert "six two six" not in found.context


def test_outside_context_can_be_turned_off():
    assert findings(PhoneDetector, "cell: (626) 555-0199", options={"outside_context": False}) == []
    assert len(findings(PhoneDetector, *OPT_OUT_CSV, options={"outside_context": False})) == 1


def test_configured_public_numbers():
    assert len(findings(PhoneDetector, "Al's cell: (909) 334-3250; Jo's cell: (909) 334-3999.")) == 2
    public = {"phones": ["(909) 334-3250"]}
    assert findings(PhoneDetector, "Jo's cell: (909) 334-3999.", public=public) == []  # same thousands-block
    assert len(findings(PhoneDetector, "Jo's cell: (909) 334-8999.", public=public)) == 1  # same exchange only
    replaced = {"replace_defaults": True, "phones": ["(909) 334-3250"]}
    found = findings(PhoneDetector, "Jo's cell: (909) 620-4000.", public=replaced)
    assert [f.value for f in found] == ["(909) 620-4000"]


def test_a_number_a_line_break_cut():
    """A PDF's justified prose wraps a customer's number ("... can be reached at 909" / "392 2571 or ..."): one
    finding of the whole number, masked in both lines; an amount or a page number before a line break is none."""
    [found] = findings(PhoneDetector, lines(
        "reported a billing dispute on SA ID\n9321602255. The customer can be reached at 909\n392 2571 or by e-mail."))
    assert (found.value, found.key, found.masked) == ("909 392 2571", "+19093922571", "*** *** 2571")
    assert "392 2571" not in found.context
    assert findings(PhoneDetector, lines("Customer Ana Ruiz, SA ID 9321602255, owes $909\n392 2571 is the ledger."
                                         )) == []


def test_a_column_naming_an_identifier_wins_over_a_phone_shape():
    """A PDF table's rows as tab-separated lines: the "Premise ID" column's ten digits are the premise's, though they
    have a telephone number's shape; the "Phone" column's are phones."""
    rows = lines("Participant\tPremise Address\tPremise ID\tPhone\tAvg kWh\n"
                 "Leona Marsh\t412 Quince St\t9095557712\t(626) 555-0143\t1210\n"
                 "Omar Sidhu\t88 Birch Ave\t7145550190\t(951) 555-0177\t804")
    found = scan_document(document(rows), [PhoneDetector(), AccountNumberDetector()])
    assert {(f.category, f.value) for f in found if f.category in ("phone", "account_number")} == {
        ("phone", "(626) 555-0143"), ("phone", "(951) 555-0177"),
        ("account_number", "9095557712"), ("account_number", "7145550190")}


def test_a_headerless_row_s_bare_ten_digits_beside_an_account_stay_a_phone():
    """Rows of a report whose header is on another page: the account is read from its shape, and the row's bare ten
    digits are the customer's phone, not a second number the column names."""
    rows = lines("3-512-8804-61\tRenata Voskuijlen\t2217 W Grand Ave\t9096631842\t611.2\trvosk71@icloud.com\n"
                 "3-540-2217-09\tKofi Mensah-Boateng\t905 N Hamilton Blvd\t9094417730\t1402.9\tkofimb@gmail.com")
    found = scan_document(document(rows), [PhoneDetector(), AccountNumberDetector()])
    assert {f.value for f in found if f.category == "phone"} == {"9096631842", "9094417730"}


def test_call_customer_at_is_the_customers_number_and_customer_service_is_not():
    note = b"Customer Teodoro Vance. Call customer at (626) 404-7719 30 min ahead. Acct No. 5521-480317-2\n"
    assert ("phone", "(626) 404-7719") in found_in_file("workorder.txt", note)
    office = (b"Customer Teodoro Vance, Acct No. 5521-480317-2. Questions? Call Customer Service at (909) 620-2251 or "
              b"call the customer service line at (909) 620-2252.\n")
    assert not any(category == "phone" for category, _ in found_in_file("letter.txt", office))


def test_staff_reached_a_customer_by_phone_in_a_staff_reports_narrative():
    report = (b"Background. On October 14, Ms. Ines Vega of 8943 Oak Ridge Dr disputed her bill. The account (Acct # "
              b"18-976827-02) registered 3,164 kWh. Staff reached Ines by phone at (715) 547-5038.\n")
    assert ("phone", "(715) 547-5038") in found_in_file("report.txt", report)


@pytest.mark.parametrize("text, phone", [
    ("Customer Renata Okafor, account 4471-330985, left contact information with the Clerk: (425) 614-2290.",
     "(425) 614-2290"),
    ("When Minh Delacroix called us from (360) 771-4408 about Avista acct 7204418836, we set up a plan.",
     "(360) 771-4408"),
    ("Dmytro Halvorsen (acct 5512-908341) phoned in from 253-880-1937 to ask for an extension.", "253-880-1937"),
    ("Ratepayer Keiko Brennan, account 6620-118274, gave her number as 509.228.4471.", "509.228.4471"),
    ("Customer Oluwaseun Park-Riley, acct 3390-447102, left a callback number of (206) 351-7742.", "(206) 351-7742"),
    ("Account holder Teresa Villanueva, account 2218-559013. Contact info: (425) 339-0816.", "(425) 339-0816"),
    ("Customer Anahera Ngata, account 8812-004417, number on file: 360-502-1184.", "360-502-1184"),
])
def test_a_number_the_customer_gave_or_called_from_is_theirs(text, phone):
    assert phone in {f.value for f in found_in_file_findings("minutes.txt", text) if f.category == "phone"}


@pytest.mark.parametrize("text, phone", [
    ("Customer Renata Okafor, account 4471-330985. Text me 4256142290.", "4256142290"),
    ("Kofi Mensah, whose account is 3068114-552, told us the same story. Reach Kofi at 3607714408.", "3607714408"),
])
def test_ten_bare_digits_a_person_asks_to_be_reached_at_are_a_phone(text, phone):
    assert phone in {f.value for f in found_in_file_findings("story.txt", text) if f.category == "phone"}


@pytest.mark.parametrize("text", [
    "Customer Renata Okafor, account 4471-330985, paid in full. Questions? Call the Clerk at (509) 555-0142.",
    "Customer Renata Okafor, account 4471-330985, was heard. Contact information for the Clerk's office: "
    "(509) 555-0142.",
    "Customer Renata Okafor, account 4471-330985, spoke. For an appointment call the Utility Billing office at "
    "(509) 555-0150 or visit 100 Main St.",
    "Customer Renata Okafor, account 4471-330985. Our work order 4471330985 was closed.",
])
def test_an_office_number_after_a_customers_sentence_is_not_theirs(text):
    assert not [f for f in found_in_file_findings("minutes.txt", text) if f.category == "phone"]


def found_in_file_findings(name: str, text: str) -> list:
    from crawler.extract import extract
    from detectors.registry import load_detectors
    return scan_document(extract(name, text.encode() + b"\n", "text/plain"), load_detectors({}))


def html_phones(html: str) -> list[str]:
    from crawler.extract import extract
    from detectors.registry import load_detectors
    doc = extract("https://city.example.gov/outage.html", html.encode(), "text/html")
    return [f.value for f in scan_document(doc, load_detectors({})) if f.category == "phone"]


def test_a_field_its_key_names_a_phone_in_a_customer_s_app_state_record_is_theirs():
    state = ('<script>window.__NUXT__={"data": [{"caseFile": {"holder": "Oksana Whitehorse", "phone": "3607718842", '
             '"acct": "PUD-331-40872-15"}}]}</script>')
    assert html_phones(f"<html><body>{state}</body></html>") == ["3607718842"]
    formatted = ('<script>window.__NUXT__={"data": [{"customer": "Oksana Whitehorse", "phone": "(360) 771-8842", '
                 '"acct": "PUD-331-40872-15"}]}</script>')
    assert html_phones(f"<html><body>{formatted}</body></html>") == ["(360) 771-8842"]


def test_a_phone_key_in_a_staff_or_office_state_record_stays_silent():
    state = ('<script>window.__NUXT__={"data": [{"contact": {"name": "Dana Whitfield", "title": "Billing Supervisor", '
             '"phone": "5095550142"}}, {"office": {"name": "Utility Billing", "phone": "5095550100", '
             '"address": "100 Main St, Brookhaven, WA 98001"}}, {"caseFile": {"permit": "BLD-2026-0412", '
             '"phone": "5095550177"}}]}</script>')
    assert html_phones(f"<html><body>{state}</body></html>") == []
