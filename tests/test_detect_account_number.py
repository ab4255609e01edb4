import pytest

from crawler.extract import extract
from detectors.account_number import AccountNumberDetector
from detectors.engine import scan_document
from detectors.model import Location, Segment
from detectors.registry import load_detectors
from tests.detector_helpers import findings_for
from tests.test_customer_context import document, lines

FOUND = [
    # (running text or labelled segments, masked, normalized)
    # a service location's number, what some districts bill by
    ("Customer Frederick Oyelaran, Location No. 7753.756, past due $574.80.", "***3.756", "7753756"),
    ("Loc # 4418-2207", "****-2207", "44182207"),
    ("Customer Account 2-23-456-7890", "*-**-***-7890", "2234567890"),
    ("Acct # 2-23-456-7890", "*-**-***-7890", "2234567890"),
    ("Service Account No. 3-012-3456-78", "*-***-**56-78", "3012345678"),
    ("Service Account Number: 8001026149", "******6149", "8001026149"),
    ("SA# 8001026149", "******6149", "8001026149"),
    # a gas bill's 4-3-3-1 grouping keeps its check digit
    ("My account number is 7720 415 093 8.", "**** *** 093 8", "77204150938"),
    ("Gas Acct 7720 415 093 8 (Rosa Vidal)", "**** *** 093 8", "77204150938"),
    # a gas bill's check digit after two groups, at a sentence's end or before words that are no count
    ("Customer Lena Whitehat, gas account 6183 40257 9.", "**** **257 9", "6183402579"),
    ("Gas acct 6183 40257 9 for the Whitehat house", "**** **257 9", "6183402579"),
    # ...but a count, a unit or a date after the groups is not its check digit
    ("Gas acct 6183 40257 3 meters were swapped", "**** *0257", "618340257"),
    ("Gas acct 6183 40257 4 March 2026 reading", "**** *0257", "618340257"),
    ("Gas acct 6183 40257 2 kWh", "**** *0257", "618340257"),
    # a utility's prefix of one or two letters typed apart from the number, right after an account's label
    ("Customer Lena Whitehat, water account W 7105-3382-61.", "W ****-**82-61", "7105338261"),
    ("Lena Whitehat, acct. RB 37205514, past due", "RB ****5514", "37205514"),
    ("Electric acct EL 4821 3377 5 (Lena Whitehat)", "EL **** *377 5", "482133775"),
    # SCE's 8... form after a label, even beside a call
    ("Customer Rosa Vidal called about service account 8185530214.", "******0214", "8185530214"),
    # other billing systems' names: a service agreement cut short, a meter's badge, "A/C", a service point's
    ("Svc Agmt: 008731982-128", "********2-128", "008731982128"),
    ("Meter Badge # 222163192", "*****3192", "222163192"),
    ("A/C #: 7014410228", "******0228", "7014410228"),
    ("Srv Pt ID 7014410228", "******0228", "7014410228"),
    # a check digit after a slash
    ("Account Number: EL733256/8", "EL***256/8", "7332568"),
    # the utility's own prefix before a year-like group: no work order's year and sequence ("WO-2024-0012")
    ("Account: PCE-2000-201019", "PCE-****-**1019", "2000201019"),
    # a meter named in the text, bare or the customer's own: the service account's number
    ("Meter: M2037872", "M***7872", "2037872"),
    ("Staff reviewed her meter (P851N-235281) and found no fault.", "P***N-**5281", "851235281"),
    ("SA No. 8001026149", "******6149", "8001026149"),
    ("Service Acct 8001026149", "******6149", "8001026149"),
    ("Customer No. 7001234567", "******4567", "7001234567"),
    ("Acct. No. 7001234567 (PCE rate PCE-Basic)", "******4567", "7001234567"),
    ("Account Number 2234567890", "******7890", "2234567890"),
    ("Please credit 2-23-456-7890 for the overcharge on the March bill.", "*-**-***-7890", "2234567890"),
    ("Opt-out list: Lopez, Maria, 3-012-3456-78, 1234 W Holt Ave", "*-***-**56-78", "3012345678"),
    ("SCE Customer Acct 2\u201323\u2013456\u20137890", "*\u2013**\u2013***\u20137890", "2234567890"),
    ("Número de cuenta de servicio: 8001026149", "******6149", "8001026149"),
    ("No. de cuenta 7001234567", "******4567", "7001234567"),
    ([("Service Account", "8001026149")], "******6149", "8001026149"),
    ([("SCE Customer Account #", "7001234567")], "******4567", "7001234567"),
    ([("Acct", "2-23-456-7890")], "*-**-***-7890", "2234567890"),
    ([("Customer No.", "7001234567")], "******4567", "7001234567"),
    ([("Work Order Notes", "Moved meter for 3-012-3456-78")], "*-***-**56-78", "3012345678"),
    # SCE's forms without a label: service accounts 8-DDD-DDD-DDD / ten digits from 8, customer accounts
    # of twelve digits from 700
    ("Refund issued to 8-001-026-149 after the audit.", "*-***-**6-149", "8001026149"),
    ("8001026149", "******6149", "8001026149"),
    ("Maria Lopez,1234 W Holt Ave,Pomona,91766,8001026149", "******6149", "8001026149"),
    ("Disconnect order for 700-123-456-789 cancelled", "***-***-**6-789", "700123456789"),
    ("Disconnect order for 7001 2345 6789 cancelled", "**** **** 6789", "700123456789"),
    ("Lopez, M. 700123456789 (paid)", "********6789", "700123456789"),
    # beside an account label, any form: 6 to 16 digits, dashes, dots, spaces, a letter prefix, a check digit
    ("PCE account PCE-20481357 was credited $45.10", "PCE-****1357", "20481357"),
    ("PCE acct 4418229107", "******9107", "4418229107"),
    ("Acct # 448120", "******", "448120"),
    ("Account No. 0012-3456-78", "****-**56-78", "0012345678"),
    ("Customer Account: 44.1822.9107", "**.****.9107", "4418229107"),
    ("Service Account SA-448120337", "SA-*****0337", "448120337"),
    ("SA# 4418 2291 07", "**** **91 07", "4418229107"),
    # a billing system's groups of any width up to six, spaced; and a label followed by "as"
    ("Derrick Harrell – acct 0088 281374 02 – bounced", "**** ****74 02", "008828137402"),
    ("She gave her Utility Acct as 0019-478110-05 and asked for a call.", "****-****10-05", "001947811005"),
    ("Acct # 8001026149-2", "*******149-2", "80010261492"),
    ("Acct 80010261490", "*******1490", "80010261490"),
    ("Customer No. 4412345678", "******5678", "4412345678"),
    ("Ms. Ruiz said her account number is 55190387 and asked for a payment plan.", "****0387", "55190387"),
    ("Called about the customer\u2019s account 55190387 (past due).", "****0387", "55190387"),
    ("Customer's account ending in 4821 was flagged for a high bill.", "****", "4821"),
    ("Acct ending in 004821", "******", "004821"),
    ('{"name": "Jane Doe", "accountNumber": "44182291"}', "****2291", "44182291"),
    ([("SCE Acct No", "4418-2291-07")], "****-**91-07", "4418229107"),
    ([("PCE Account", "PCE-20481357")], "PCE-****1357", "20481357"),
    ([("acct_no", "44182291")], "****2291", "44182291"),
    # "ID" between a label and its value, as "No." stands there
    ("Acct ID: 5520-71304 was put on a payment plan", "****-*1304", "552071304"),
    ("Acc. No. 4419 2231 0098 was billed twice", "**** **** 0098", "441922310098"),
    ("Acc # 88012231", "****2231", "88012231"),
    ("Cust ID 60214433 (budget billing)", "****4433", "60214433"),
    # a table row laid out in text: the street type ending the address cell before the account is no label
    ("Lucinda Marsh\t88 Arroyo Seco Dr\t7004 8812 3309\t$61.20", "**** **** 3309", "700488123309"),
    # premise and service IDs; a comma between the label and the value
    ("Premise ID 3301948 transferred to the new owner", "***1948", "3301948"),
    ("Service ID: 55-10293-3", "**-**293-3", "55102933"),
    ("Mr. Osei's account, 6612-0934-17, is past due", "****-**34-17", "6612093417"),
    # a plain "account" in running text (a bare "Account" column needs a customer's row: see NOT_FOUND)
    ("Mrs. Adeyemi (account 6120-93417) asked for a refund", "****-*3417", "612093417"),
    # meter and premise numbers are the service account's (PCE-01 4.1); abbreviations cut short with a period
    ("Billing dispute: Maria Ortega, Premise # 746814538, 12 Elm St.", "*****4538", "746814538"),
    ("Prem. No. 0045127890 moved to the new owner", "******7890", "0045127890"),
    ("RE: Cust. ID 61675136", "****5136", "61675136"),
    ("Ana Ruiz, Meter # 0045127890, phone (909) 696-9372.", "******7890", "0045127890"),
    ("Meter No. 837407188181 was swapped", "********8181", "837407188181"),
    ("Meter ID: 22301-774410", "*****-**4410", "22301774410"),
    ("Spoke w/ the owner re: disconnect; Mtr # 575-918362-36", "***-****62-36", "57591836236"),
    ("My meter number is 837407188181 and the service address is on file.", "********8181", "837407188181"),
    ("Número de medidor: 0045127890", "******7890", "0045127890"),
    ("Svc. Acct. 4821337790", "******7790", "4821337790"),
    ("Ana Ruiz, Cuenta 0045127890, teléfono en el expediente", "******7890", "0045127890"),
    # capital letters among or after the digits, beside a label (an SCE meter's form, a billing system's)
    # a short coded account of another utility: five digits among capital letters ("Refuse acct #", a route prefix
    # and a check letter)
    ("Garbage acct # GB31842C for Oren Talley", "GB*****C", "31842"),
    ("Acct # KW20317B, 918 Larkspur Way", "KW*****B", "20317"),
    # an electric co-op's member number is its account
    ("caller Idris Mbeki of 77 Quarry Rd (Co-op member no. PREC-551208-37)", "PREC-****08-37", "55120837"),
    ("Member #: 4410 2287 19 (Ilse Vantongeren)", "**** **87 19", "4410228719"),
    ("Membership No. 00731945", "****1945", "00731945"),
    ("Meter # V482N-133779", "V***N-**3779", "482133779"),
    ("Acct 1ZB4821337 (high bill)", "*ZB***1337", "14821337"),
    ("Customer Donald Coffey, Account # PCE235-H55625, 407 S Towne Ave", "PCE***-H*5625", "23555625"),
    # SCE's forms spaced out, beside a label: whole, not from the second group on
    ("Customer Jun Zhao, Account 3 423 2939 43, 1007 Palomares St Spc 31", "* *** **39 43", "3423293943"),
    ([("Acct", "3 756 1752 44")], "* *** **52 44", "3756175244"),
    ("SA# 2 41 555 1234", "* ** *** 1234", "2415551234"),
    # a water utility's dashed form (route, five-digit location, sequence) beside a generic label: no ledger string
    ("Deposit refund mailed to Renata Solis, acct 214-58230-017.", "***-****0-017", "21458230017"),
    ("Account No.: 31-60452-118", "**-****2-118", "3160452118"),
    ("el titular de la cuenta 214-58230-017, Renata Solis", "***-****0-017", "21458230017"),
    # a utility billing system's two-four-four form beside an abbreviated label: a ledger's fund has three digits
    ("Yolanda Brisco, Acct # 47-2205-8813", "**-****-8813", "4722058813"),
    ("Re: Your UB Acct # 47-2205-8813", "**-****-8813", "4722058813"),
    ("Account # 52-7710-0394 (Odell Varga)", "**-****-0394", "5277100394"),
    ("Odell Varga, Acct No. 52-7710-0394", "**-****-0394", "5277100394"),
    # a co-op's two-four-three form: a ledger with a two-digit fund ends in an object code of four digits
    ("Account No. 64-2170-815", "**-***0-815", "642170815"),
    ("Member Ifeoma Balogun, Co-op Account No. 64-2170-815, asked for a levelized plan.", "**-***0-815", "642170815"),
    # a utility's letter-prefixed form right after a verb of billing, without the word "account"
    ("The City shall credit RV-481106-35 in the amount of $840.00 in settlement of the claim.", "RV-****06-35",
     "48110635"),
    ("Per the agreement, staff will apply the refund to KW-2230917-04.", "KW-*****17-04", "223091704"),
    ("The unpaid balance was transferred to RV-551902-18.", "RV-****02-18", "55190218"),
    # a phone's shape right after an account label is the account, not a ledger string or a phone
    ("Billing dispute: Maria Ortega, Acct 482-133-7790, high bill in July.", "***-***-7790", "4821337790"),
    ("His name is Yashasvi Parikh and his account number is 392-697-3484.", "***-***-3484", "3926973484"),
    ("SAID 482-133-7790", "***-***-7790", "4821337790"),
    ("Account No. 909-555-0147 (Ana Ruiz)", "***-***-0147", "9095550147"),
    ([("Svc. Acct.", "845-681-4336")], "***-***-4336", "8456814336"),
    # other billing systems' labels: Texas' ESI ID (17 digits), a service point, a CIS number, SAP's contract account
    ("Customer Dana Whitfield, ESI ID 10089018014126906.", "*************6906", "10089018014126906"),
    ("Service Point SP16772326 (Dana Whitfield)", "SP****2326", "16772326"),
    ("Service Point ID: 16772326", "****2326", "16772326"),
    ("Customer Dana Whitfield, CIS # 4462904-29", "*****04-29", "446290429"),
    ("Per CIS No. 4462904-29 the rebill was issued", "*****04-29", "446290429"),
    ("Contract Account 3904-24861 was moved to the new rate.", "****-*4861", "390424861"),
    ([("Contract Account", "3904-24861")], "****-*4861", "390424861"),
    ([("ESI ID", "10089018014126906")], "*************6906", "10089018014126906"),
    ("Business Partner 1002283741 (Dana Whitfield)", "******3741", "1002283741"),
    # Spanish label words between "cuenta" and the number
    ("Sra. Whitfield, su cuenta número 50698866 está vencida.", "****8866", "50698866"),
    ("Su número de cuenta es 50698866.", "****8866", "50698866"),
    # a facility's word in a street's name, a person in the line, or the facility after the number: a customer's
    ("Ana Ruiz, City Hall Ave, SA ID 8732983588", "******3588", "8732983588"),
    ("1/5/2025 - SA ID 8732983588 for Nicole Park, moved in", "******3588", "8732983588"),
    ("City Hall: her SA ID 8732983588 was closed", "******3588", "8732983588"),
    ("SA ID 8732983588: the customer asked for a rebate on her pool pump", "******3588", "8732983588"),
    ("Line 2\n412 Library Ln: SA ID 8732983588, high bill", "******3588", "8732983588"),
]

NOT_FOUND = [
    # an event's or a parking meter's location number is no customer's
    "Event Location No. 3: Ganesha Park, 1575 N White Ave.",
    "Parking meter location no. 4471 on 2nd Street is out of service until Friday.",
    # a check digit only after a whole grouping: a lone digit after a phone-like run is no account's
    "Call 909 555 0147 2 times before noon.",
    # ten digits a person calls are a phone, whatever their first digit (818 looks like SCE's 8... form)
    "\"I just called 8185530214 and they came out the same day,\" Rosa Vidal said.",
    "Please call us back at 8185530214 after noon.",
    "Design review DR 8001026149 was continued",
    "The budget account, 101-4310-5210, funds the program",
    "The account, opened 2020-12-15, was closed",  # a design review number, not a street's "Dr"
    # an ID of another kind: an employee's, a bid's, a project's
    "Employee ID 60214433 completed the safety training",
    "Account: WO-2024-0012",
    "Officer Badge # 4471 responded to the call.",  # a police badge: too short for any account
    # a street's parking meter; a case's year and sequence after "meter"
    "Parking meter 10045123 on 2nd Street was repaired.",
    "Meter 3 of 12 failed; meter 2024-0012 inspection is scheduled.",
    "Access No. 88012231 opens the gate at the corporation yard",
    "Bid ID 2024-0031 closes on March 3",
    "Project ID 5520-71304 (street resurfacing)",
    # the City's own budget (GL) accounts: fund-department-object beside a plain "Account"
    "Account 101-1234-56789 Electricity - City Hall $12,500",
    "Account 101-4310-5210",
    "Account No. 101-1234-56789",
    "Charge to Acct # 101-4310-5210 (Electricity)",
    "Account No. 12345678",
    [("Account Number", "101-1234-56789")],
    [("Account", "2101234567")],  # a bare "Account" column is a budget table's
    "Transfer $5,000 to account 101-4310-5210 for the streetlight retrofit",
    "See account 4310 in the adopted budget",
    "Grant account 2240-8810-22 (CDBG) funds the program",  # a plain "account" of another kind
    "The bank account 0031-88211 receives the deposits",
    "The account, 2024-2025, shows revenue of $12,500,000",  # a fiscal year
    "Acct 2024-25 totals",
    # a budget page: its accounts in any form are the City's ledger accounts
    ["FY 2024-25 Adopted Budget", "General Fund expenditures by account", "Account No. 4412345678 Electricity"],
    ["Budget amendment: appropriate $50,000 from the Water Fund", "Acct # 61043105210"],
    ["Budget amendment: appropriate $50,000 from the Water Fund", "Acct # 10-4100-5110 Salaries"],
    # a label of another kind of number
    "PO# 8001026149",
    "Purchase Order 8001026149",
    "Invoice No. 2045678",
    "Case No. 2-23-456-7890",
    [("PO Number", "8001026149")],
    [("Service Account", "PO# 8001026149")],
    "Bid No. 448120337",
    "Permit 448120337",
    "Resolution No. 448120337",
    "Ordinance No. 448120337",
    "Work Order 8123456789",
    "Call 8123456789",
    # Assessor parcel numbers
    "APN 8341-012-034",
    "8341-012-034",
    [("APN", "8341012034")],
    "Parcel No. 8341012034",
    # other public numbers of a city site
    "Resolution No. 2020-123",
    "Ordinance No. 4321",
    "Adopted 2020-12-15, effective 12/15/2020",
    "Account opened 2020-12-15",
    "Acct # 2020-12-15",
    "Pomona, CA 91766-1234",
    "Call (909) 620-2311 or SCE at 1-800-655-4555",
    "Account # 909-620-2311",  # City Hall's line
    "Account No. (909) 620-2311",
    "Account # 800-655-4555",  # toll-free
    [("Acct Phone", "909-555-0147")],  # a column whose name calls it a phone's
    [("Contact Phone (acct holder)", "909-555-0147")],
    # a meter's reading, a meter's place, a product's model or serial number
    "Meter reading 123456 on 3/2",
    "Meter reading: 123456 kWh",
    "Replace meter #3 at City Hall",
    [("Meter Model", "ITR-4500123X")],
    [("Serial No.", "AB12345678")],
    "Model C2SOD-4500123 smart meter",
    # a short code that is no account: a status, a rate code, a year's case, a fiscal year, other kinds' prefixes
    "Acct # pending until the tenant signs",
    "Account type R2B applies on TOU-D-5-8PM",
    "Acct code CE-2024-7 was closed",
    "Account FY20267 carry-over",
    "Acct PO55120 for the vendor",
    "Acct # 55120",
    # a member of another body, a board's seat
    "Chamber member no. 20571B sponsored the mixer",
    "Rotary membership no. 5512087 renewed",
    "CalPERS Member ID 55120873 on the retirement form",
    "Board Member No. 3 seat is vacant",
    # numbers of other kinds with letters, even beside an account word
    "Customer Acct INV-2024-00123",
    "Acct WO-2024-0012",
    "Customer No. INV-4471203",
    "CUP 24-0012 for the site at APN 8341-012-007",
    "PO 4500123456",
    # a case's, a permit's, an invoice's or a purchase order's number after a verb of billing; a budget's transfer
    "The City shall credit INV-2025-00418 in full.",
    "Refund to PO-4500123-01 was issued to the vendor.",
    "Fees are charged to BLD-2025-0131 and credited against CE-2025-00412.",
    "Transfer PW-1188-2201 to the Public Works fund.",
    ["FY 2025-26 Budget amendment: appropriations from the General Fund", "Charge to SW-44120-52 (street sweeping)"],
    # a ledger string of a budget in its own forms
    "Account 101-431-52100",
    "Acct 10-410-5210-000",
    "Account 101-4310-521",
    # unlabelled numbers of other forms
    "Total: 7001234567",
    "Acct balance 4418229107",
    "44182291",
    # numeric ids in scripts and URLs, and URL parameters of another name
    [Segment("fbq('init', '8123456789');", hidden="inline script")],
    [Segment("https://www.pomonaca.gov/calendar?EID=8123456789", hidden="link target")],
    "https://www.pomonaca.gov/calendar?EID=8123456789",
    # placeholders, examples and longer numbers
    "Deposit customer account 0-00-000-0000",
    "Acct # X-XX-XXX-7890",
    "Service Account Number (e.g. 8001234567) is on page 1 of your bill",
    "It is a 10-digit number starting with 8, like 8001234567.",
    "Account No. 2345678901",
    "Acct # 12345",
    "12-23-456-7890",
    "2-23-456-78901",
    "82-23-456-7890",
    "Customer No. PO-448120",
    # a line of prose that names one of the City's facilities before the number and no person: a facility log
    "4/2/2025 - City Hall: SA ID 8732983588 meter swap complete; 21,400 kWh in May; contact Facilities (909) 620-2361.",
    "Ganesha Park restroom - Meter # V482N-133779 replaced after the storm",
    "Fire Station 3: Service Account 3-012-3456-78, LED retrofit complete",
    "Notes\nPomona Public Library, Premise ID 74681454, 402,880 kWh in FY 2023-24",
    # a CIS course, a building permit, a long number beside a label of no customer's kind, a contract's number
    "CIS 101 and CIS 2024-0091 are offered at the community college",
    "BP # 2024-001234 was finaled",
    "Account 10089018014126906 of the trust",
    "Contract No. 2024-118822 with Edison for street lights",
    "Contract 39042486 was awarded to the low bidder",
    "Service Point of the month: Palomares Park",
    # a letter then a space before a number is an address's, a unit's, a route's, a form's or an exhibit's away from an
    # account's label
    "Unit B 120455 was re-keyed",
    "Route W 12 read on 4/2; Hwy 70 W 1200 block closed",
    "Form W 9 received; Suite A 200",
    "Exhibit B 2024-113 (site plan)",
    "Account holders near 700 W 400 N were notified",
    "Acct. No. W 1204 for Unit B 1204",
    # a page that presents a sample bill of a visibly made-up customer
    ["How to Read Your Bill", "JOHN SAMPLE, 1234 ANY STREET", "Customer account: 2-41-836-0172",
     "Service account: 3-047-2291-58"],
    ["Sample bill - the numbers below are an example.", "Customer account: 2-41-836-0172"],
    ["Sample bill", "Customer account: 2-00-000-0000"],
    ["Cómo leer su factura", "Juan Pérez, Calle Cualquiera 100", "Número de cuenta: 7001234567"],
    ["How to read your PCE bill", "JANE DOE, 123 ANY STREET, ANYTOWN CA", "PCE account PCE-20481357",
     "Account ending in 4821"],
]


def test_a_label_at_the_end_of_the_line_above():
    """A PDF's line break between a label and its value ("... (PCE Acct" / "PCE-9935-181909) was issued")."""
    found = findings_for(AccountNumberDetector, lines("The rebate check for Mr. Tomas Rivera (PCE Acct\n"
                                                      "9935-181909) was issued on 5/2."))
    assert [f.value for f in found] == ["9935-181909"]
    assert findings_for(AccountNumberDetector, lines("Total for the fund acct\n2024-25 budget: 1,234,567")) == []


@pytest.mark.parametrize("text, masked, normalized", FOUND)
def test_finds_account_number(text, masked, normalized):
    findings = findings_for(AccountNumberDetector, text)
    assert [(f.category, f.severity, f.masked, f.key) for f in findings] == [
        ("account_number", "high", masked, normalized)]
    finding = findings[0]
    assert finding.value not in finding.masked and finding.value not in finding.context
    assert normalized not in finding.context


def test_a_customers_label_block_on_a_page_with_a_fiscal_impact_line():
    """Every staff report says "no fiscal impact to the General Fund", which reads as a budget; an "Account No." under
    a customer's SSN and phone is still the customer's."""
    block = lines("Phone: (909) 397-4902\nSSN: 523-44-1876\nAccount No.: 3197202820\n\n"
                  "There is no fiscal impact to the General Fund associated with this action.")
    assert [f.value for f in findings_for(AccountNumberDetector, block)] == ["3197202820"]


def test_a_customers_account_in_a_staff_reports_prose_above_its_fiscal_impact_section():
    """The sentence names the customer before the account; an official's sentence and a fund's account stay out."""
    html = ("<h2>Background</h2><p>A second appeal was filed by Marisol Okafor (account 6614-208817-31, 1460 W Phillips"
            " Blvd), who disputes the October bill.</p><h2>Fiscal Impact</h2><p>The requested credit of $412.88 comes"
            " from Account No. 101-4310-5210 (General Fund). Finance Director Ana Ruiz recommends Account 20-7745 for"
            " the appropriation.</p>")
    found = scan_document(extract("staff-report.html", html.encode()), [AccountNumberDetector()])
    assert [f.value for f in found] == ["6614-208817-31"]
    rare = ("<h2>Background</h2><p>Tonino Babati (account 4053-427136-62) of 855 N Rawhide Rd disputes 2,464 kWh billed"
            " for January.</p><p>Funding from Sunrise Solar Partners (Account 210-5520) was approved.</p>"
            "<h2>Fiscal Impact</h2><p>The credits total $412.88 from the Electric Fund.</p>")
    found = scan_document(extract("appeals.html", rare.encode()), [AccountNumberDetector()])
    assert [f.value for f in found] == ["4053-427136-62"]


def test_an_account_a_fund_names_is_a_ledgers_and_a_customers_fund_credit_is_not():
    html = ("<ol><li>Report: system average 1,246 kWh per residential customer; Account 501-4410 (Electric Fund) "
            "balance $4.2M; Account 610-2205 - Water Enterprise Fund.</li></ol>"
            "<p>Customer Dale Ortiz, Acct 7712-044590 (Medical Baseline Fund credit)</p>")
    found = scan_document(extract("report.html", html.encode()), [AccountNumberDetector()])
    assert [f.value for f in found] == ["7712-044590"]


def test_a_facility_table_whose_account_holder_is_the_city_and_a_row_held_by_a_person():
    body = (b"Facility,Account,Annual kWh,Account Holder\nCity Hall,9319-684109-46,412000,City of Lakeview\n"
            b"Police Station,1405-929499-36,233100,City of Lakeview\nRanch House,1405-929499-37,23310,Ana Okafor\n")
    found = scan_document(extract("facility-accounts.csv", body), [AccountNumberDetector()])
    assert [f.value for f in found] == ["1405-929499-37"]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_hard_negatives(text):
    assert findings_for(AccountNumberDetector, text) == []


def test_sample_bill_is_one_pdf_page():
    pages = [Segment("Understanding your bill", Location(page=1)), Segment("Jane Doe", Location(page=1)),
             Segment("Acct 2-41-836-0172", Location(page=1)), Segment("Acct 2-23-456-7890", Location(page=2))]
    assert [f.key for f in findings_for(AccountNumberDetector, pages)] == ["2234567890"]
    ballot = ["Sample ballot", "Acct 2-23-456-7890"]
    assert len(findings_for(AccountNumberDetector, ballot)) == 1


def test_a_real_customers_bill_shown_as_the_sample_is_found():
    """Staff do post a real bill as the example: without a visible stand-in it is a customer's bill."""
    page = ["How to Read Your Bill", "Customer name: MARIA LOPEZ", "Customer account: 2-41-836-0172"]
    assert [f.key for f in findings_for(AccountNumberDetector, page)] == ["2418360172"]


@pytest.mark.parametrize("html, found", [
    # words about the page ("test account", "sample bill") are no made-up customer: the real record on it is found
    ("<p>Test account for screenshots.</p><p>Sample bill below.</p>"
     "<p>Dorothea Wingfield, Utility Acct: 311-40927-006, 2290 Bur Oak Ln.</p>", ["31140927006"]),
    ("<!-- example account used in the help video --><h1>Understanding your bill</h1>"
     "<p>Dorothea Wingfield, Utility Acct: 311-40927-006</p>", ["31140927006"]),
    # a visibly made-up customer makes the page a sample: its stand-in SSN, its "Any Street"
    ("<h1>Sample bill</h1><p>Customer: Marisol Vega, SSN 123-45-6789, Acct # 8001026149</p>", []),
    ("<h1>How to read your bill</h1><p>John Sample, 100 Any Street, Acct # 8001026149</p>", []),
])
def test_a_sample_bill_is_told_by_its_made_up_customer(html, found):
    findings = scan_document(extract("help.html", html.encode()), load_detectors({}))
    assert [f.key for f in findings if f.category == "account_number"] == found


def test_rows_of_a_customer_table():
    rows = [("Service Account", "8001026149"), ("Service Account", "8001026150"), ("Rate", "TOU-D-4-9PM")]
    findings = findings_for(AccountNumberDetector, rows)
    assert [f.key for f in findings] == ["8001026149", "8001026150"]
    assert [f.location.line for f in findings] == [1, 2]


@pytest.mark.parametrize("options, text, normalized", [
    ({"labels": ["Premise ID"]}, "Premise ID 8001026149", ["8001026149"]),
    ({"labels": ["Premise ID"], "replace_labels": True}, "Service Account No. 48120337", []),
    ({"patterns": [r"PCE\d{8}"]}, "Customer No. PCE20481357", ["20481357"]),
    ({"patterns": [r"PCE\d{8}"]}, "PCE20481357", []),
    ({"unlabelled_patterns": [r"4-\d{2}-\d{3}-\d{4}"]}, "Refund for 4-23-456-7890", ["4234567890"]),
    ({"unlabelled_patterns": r"4-\d{2}-\d{3}-\d{4}"}, "PO# 4-23-456-7890", []),
    ({"unlabelled_patterns": [r"\d*"]}, "Service Account 8001026149", ["8001026149"]),
])
def test_options(options, text, normalized):
    assert [f.key for f in findings_for(AccountNumberDetector, text, options=options)] == normalized


def test_a_bare_account_column_counts_in_a_customer_row_in_any_form():
    """A plain "Account" column holds customers' accounts in a row that names a customer, whatever their form
    (a community choice program's "MVCE-4471203"); under a budget table's plain "Account" it stays silent."""
    from detectors.engine import scan_document
    from tests.test_customer_context import document, table

    def accounts(*rows, headers=("Customer Name", "Account", "Service Address")):
        found = scan_document(document(table(headers, *rows)), [AccountNumberDetector()])
        return [f.value for f in found if f.category == "account_number"]

    assert accounts(("Lorna Vickers", "MVCE-4471203", "88 Quail Run"), ("Del Abara", "5520 7130 41", "9 Ash Ct")) == \
        ["MVCE-4471203", "5520 7130 41"]
    assert accounts(("Electricity", "2101234567", "$12,500"), headers=("Object", "Account", "Amount")) == []


def test_a_short_coded_account_in_a_bare_account_column_of_a_customers_row():
    """Five digits among capital letters count under a plain "Account" column in a customer's row; not in a vendor's
    row, nor in a table of the City's facilities (a numbered well is one)."""
    from detectors.engine import scan_document
    from tests.test_customer_context import document, table

    def accounts(*rows, headers=("Customer Name", "Account", "Service Address")):
        found = scan_document(document(table(headers, *rows)), [AccountNumberDetector()])
        return [f.value for f in found if f.category == "account_number"]

    assert accounts(("Pernille Aasgaard", "SW51208D", "77 Linden Ct")) == ["SW51208D"]
    assert accounts(("Garcia Engineering", "GE51208", "$1,000"), headers=("Vendor", "Account", "Amount")) == []
    assert accounts(("Water Well No. 7", "3612-88140-02", "61,188"), ("Well #2", "WL51208", "30,300"),
                    headers=("Facility", "Account", "kWh")) == []


@pytest.mark.parametrize("text, accounts", [
    # a bare number standing as a field of a record copied from the billing system is the customer's account
    ("<!-- copied from CIS screen: Milagros Gonzalez Valcarcel / 8047 4919 4579 1 / 626.391.2619 -->",
     ["8047 4919 4579 1"]),
    ("Copied from CIS: Ana Ruiz | 1234 W Holt Ave | 4419 2231 0098 | 909-555-0147", ["4419 2231 0098"]),
    ("<!-- copied from CIS screen: Jhun Marcelo-Dang / 8393952 / 1-951-984-4014 -->", ["8393952"]),
    # an SCE form under a label that names no kind of number in particular ("Ref"); a particular kind's vetoes it
    ("Complaint log: Dewan, Pooja R. | 19 Mission Blvd | Ref 3-847-7718-34", ["3-847-7718-34"]),
    ("Approved PO 3-847-7718-34 for Dewan Engineering, 19 Mission Blvd", []),
    # a name and then a label in capitals: the label is no given name
    ("Billing dispute: Maria Ortega, SAID 48213377, 12 Elm St.", ["48213377"]),
    # a phone written in spaced groups right before the account: the account still starts where it starts
    ("Customer I-Chun Chang 909 359 1564 7005 7223 4915, 123 W Holt Ave", ["7005 7223 4915"]),
    ("Customer I-Chun Chang 909 359 1564 2024, 123 W Holt Ave", []),  # a phone and a year
    ("<!-- copied from CIS screen: Jhun Marcelo-Dang / 839-3952 / 1-951-984-4014 -->", []),  # a local phone
    ("<!-- copied from CIS screen: Dr. Deborah Cisneros / SVC-6209514300 / 1-909-891-5056 -->", ["SVC-6209514300"]),
    ("<!-- copied from CIS screen: Dr. Deborah Cisneros / WO-2024-0012 / 1-909-891-5056 -->", []),  # a work order
    ("Copied from CIS: Ana Ruiz | 1234 W Holt Ave | 4419 2231 0098 | cb 9095550147", ["4419 2231 0098"]),  # a phone
    # a date, a phone and a sentence's numbers are none
    ("Copied from CIS: Ana Ruiz | 1234 W Holt Ave | 20250112 | 909-555-0147", []),
    ("Ticket 2025-284245 from Ana Ruiz (ana.ruiz@gmail.com) at 1234 W Holt Ave: she used 1,320 kWh in 2024.", []),
    # a printout's fields set apart by runs of spaces, the account first
    ("41-7720-93   ROSALIND ACHEBE          4471 BUCKTHORN RD          1,204 kWh", ["41-7720-93"]),
    ("2024-0012   STREETLIGHT REPAIR   4471 BUCKTHORN RD   $1,204", []),  # a work order's year and sequence
    # no customer's record: a number alone between separators on a public page
    ("Library | 625 S Garey Ave | 4419 2231 0098 | (909) 620-2043", []),
])
def test_unlabelled_number_in_a_customer_record(text, accounts):
    found = scan_document(document(text), load_detectors())
    assert [f.value for f in found if f.category == "account_number"] == accounts


def test_meter_and_premise_ids_of_the_citys_own_facilities_are_not_found():
    """A table of City facilities publishes their premise IDs and accounts on purpose; a firm's account or a
    customer whose name holds a facility's word is still found."""
    from detectors.engine import scan_document
    from tests.test_customer_context import document, table

    def accounts(headers, *rows):
        found = scan_document(document(table(headers, *rows)), [AccountNumberDetector()])
        return [f.value for f in found if f.category == "account_number"]

    assert accounts(("Facility", "Address", "Premise ID", "Annual kWh"),
                    ("City Hall", "505 S. Garey Ave.", "74681453", "1,145,200"),
                    ("Pomona Public Library", "625 S. Garey Ave.", "74681454", "402,880")) == []
    assert accounts(("Site", "SCE Account", "Meter #"), ("Ganesha Park restroom", "2-01-334-5512", "V482N-133779"),
                    ("Palomares Community Center", "2-01-334-5520", "222012-345678")) == []
    assert accounts(("Facility", "Utility Acct", "2025 kWh"), ("Wastewater Plant", "0080-117804-02", "83,898 kWh"),
                    ("Reservoir 3 pump", "0080-117805-02", "12,044 kWh"),
                    ("Mission substation", "0080-117806-02", "3,120 kWh")) == []
    assert accounts(("Facility", "Address", "Account", "Annual use"), ("Alder County Jail", "600 County Rd 4",
                                                                       "PB-3110159-06", "112,400 kWh"),
                    ("Redstone Mesa WWTP", "2200 River Rd", "PB-8062959-02", "97,310 kWh")) == []
    assert accounts(("Account Holder", "Premise ID"), ("Acme Bakery LLC", "74681455")) == ["74681455"]
    assert accounts(("Customer", "Meter #", "Service Address"), ("Nicole Park", "V482N-133779", "10845 Park Ave")) == \
        ["V482N-133779"]


@pytest.mark.parametrize("html, accounts", [
    # a premise's or a service contract's number, labelled in the sentence or in the cell, beside a customer
    ("<p>Darnell Okafor, Premise 4172093381, asked to move his service.</p>", ["4172093381"]),
    ("<p>Teresa Lindqvist asked about Contract No. 7719304452 for her service.</p>", ["7719304452"]),
    ("<p>Complaint: Premise 214-58230-017 (Teresa Lindqvist) reports a leaking meter box.</p>", ["21458230017"]),
    ("<table><tr><td>2207 Mesquite Ct</td><td>Premise 4172093381</td><td>Darnell Okafor (owner)</td>"
     "<td>Yvette Brandt (tenant)</td><td>Contract No. 7719304452</td></tr></table>", ["4172093381", "7719304452"]),
    # a city's own contracts: approved, with a vendor, a project or a staff contact, or with letters and a year
    ("<p>Council approved Contract No. 4500012345 with Garcia Engineering; Mayor Tim Sandoval signed.</p>", []),
    ("<p>Contract No. 4500012345 for tree trimming, contact Maria Lopez.</p>", []),
    ("<p>Interlocal agreement with Angelina County, Contract No. ILA-2026-07.</p>", []),
    ("<p>Rosa Medina, Contract 2024-118 closeout.</p>", []),
    ("<table><tr><th>Contract</th><th>Vendor</th><th>Contact</th></tr><tr><td>Contract No. 4500012345</td>"
     "<td>Osmose Utilities</td><td>Maria Lopez</td></tr></table>", []),
    ("<p>Contract 4500012345 covers the Holt Avenue median.</p>", []),
    ("<p>The premises 12345678 feet from the well were inspected.</p>", []),
])
def test_premise_and_service_contract_labels_in_the_text(html, accounts):
    found = scan_document(extract("page.html", html.encode()), [AccountNumberDetector()])
    assert [f.key for f in found] == accounts


def test_a_gas_accounts_check_digit_in_an_account_column():
    """A route sheet's ACCOUNT column written "5109 73318 6": the check digit after the space is the account's."""
    body = (b"SEQ  ACCOUNT        CUSTOMER              SERVICE ADDRESS      KWH   NOTES\n"
            b"011  2287316-4      Imelda Quintana       418 Piedra Ln        1210  dog\n"
            b"012  5109 73318 6   Rafael Etsitty        77 County Road B-4   944   gate\n")
    found = scan_document(extract("route-9.txt", body), [AccountNumberDetector()])
    assert [f.key for f in found] == ["22873164", "5109733186"]


@pytest.mark.parametrize("html, found", [
    # a desk note's or a wiki list's record: the dash stands for "acct", and the record's other fields follow
    ("<ul><li>Hwei-Lin Begaye &mdash; KT31827754. Life-support certificate on file. Svc addr Rural Route 9, Box 82."
     " Prefers calls to +1 505 412 7730.</li></ul>",
     {("customer_name", "Hwei-Lin Begaye"), ("account_number", "KT31827754"), ("phone", "+1 505 412 7730"),
      ("address", "Rural Route 9, Box 82")}),
    ("<p>Rosendo Yellowhair \u2013 5520871-3, payment plan since May.</p>",
     {("customer_name", "Rosendo Yellowhair"), ("account_number", "5520871-3")}),
    ("<p>Imelda Quintana - 7710-2284-15</p>", {("customer_name", "Imelda Quintana"), ("account_number", "7710-2284-15")}),
    # a title, an extension, a permit, a resolution, a firm, a phone, a case's year after a dash: none is an account
    ("<p>Jane Doe \u2014 Director of Finance</p>", set()),
    ("<p>Permit 24-0113 \u2014 Maria Lopez, applicant</p>", set()),
    ("<p>Item 7 \u2014 Resolution 2026-14</p>", set()),
    ("<ul><li>Tom Lee \u2014 Ext. 4410</li><li>Ana Ruiz \u2014 (575) 388-2104</li></ul>", set()),
    ("<p>Sagebrush Hardware \u2014 4423190-2</p>", set()),
    ("<p>Mayor Jane Doe \u2014 4423190-2</p>", set()),
    ("<p>Maria Lopez \u2014 2024-113-02; Maria Lopez \u2014 PO-4412087</p>", set()),
])
def test_an_account_joined_to_a_persons_name_by_a_dash(html, found):
    findings = scan_document(extract("notes.html", html.encode()), load_detectors({}))
    assert {(f.category, f.value) for f in findings} == found
