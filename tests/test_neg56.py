"""Red team neg56 (a city's public site with its community choice energy program): false findings and their nearest
true cases.

1. A fiscal impact's "Funding source: NNN-NN-NNNN, Measure M." books money to the City's ledger: the code is no SSN
   (``ledger_codes._ANCHOR_BEFORE``). A person's SSN beside the words of a grant's funding stays one.
2. A firm's name whose run of capitalised words ends with a trade ("Redhawk Fleet Supply") opens no person's name,
   whatever its first words read as (``persons._opens_a_trade_name``): no customer beside the ledger's account, and
   the account no customer's. A person named before a customer's account stays one.
3. A heading's note that the City holds its accounts ("District streetlight service accounts (the City is the customer
   of record)") covers the table or the PDF's lines after it (``public_holders._HOLDER_STATEMENT``); a person's row
   under it is still a customer's.
4. An old record a history page quotes ("From the 1925 directory of the Ice and Light Company's subscribers: ...") is
   history, no customer's list (``public_people._OLD_RECORD``); an account beside a name there is still reported.
5. A vendor master list's 1099 column noting "Y (Individual/Sole Proprietor)" says how the vendor files: its remit-to
   address and phone stay the business's (``tables._individual_payee`` needs the note after a payee's name).
6. A training screen's "Customer: TEST CUSTOMER" is a stand-in (``labels._STAND_IN``), and a label's address ends at
   its street when the next sentence follows ("1418 W ORANGE GROVE AVE. Click 'Usage' ...";
   ``label_blocks._STREET_THEN_SENTENCE``), an account after it still read.
7. A definition list of an advisory committee's members gives each member's seat, "Residential customer
   representative", and in the next definition their mailbox: published for the seat (``email._role_defined``,
   ``public_roles._CUSTOMERS_SEAT``); a definition telling a bill stays the person's.
8. A speaker in a board's minutes who calls themself a program's customer ("Public comment: NAME, a Medical Baseline
   customer from Riverbend, urged the Board to ...") is a public commenter, no account's holder told
   (``prose.customers.holders_told``); a neighbour whose shut-off the text tells stays the holder.
9. The City's own utility bill in a packet ("Customer: CITY OF VALLE SERENO" over the service address and the
   usage) names no person after "City of" (``persons.names_in``, ``persons._beside``); a resident's bill keeps its
   name.
10. A letter whose writer gives their own account under the program's whole name ("My Sereno Clean Energy account
    SCE-488352-7 was billed twice") is a customer's letter: its signature's name and phone are theirs
    (``letters._OWN_ACCOUNT``); the same program named in a supporter's letter with no account stays public comment.
11. A home slipped into a workbook of the City's facility accounts under the Facility column ("Mateo Kalani", a listed
    given name and a surname no list holds) is a person's row (``public_holders.facility_by_column``); the City's
    places, "Tecolote Trailhead", "Mountain Meadows", stay facilities.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of, xlsx

SITE = "https://www.vallesereno.gov"


def _pdf(lines: list[str]) -> bytes:
    """A PDF of one page of lines; a tab in a line sets each part in a column of its own."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, line in enumerate(lines):
        for column, part in enumerate(line.split("\t")):
            pdf.drawString(54 + 150 * column, 740 - 16 * k, part)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _page(*paragraphs: str, extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><main><h1>Consent Calendar</h1>{body}{extra}</main></body></html>"


# 1-2. funding lines of a staff report, firms named with their trade

def test_a_funding_source_in_the_ledgers_shape_is_no_ssn():
    found = pairs_found(f"{SITE}/council/item-6.html", _page(
        "Approve Purchase Order 2418-207 to Bluestone Tire Supply for police fleet tires.",
        "Funding source: 275-36-6120, Prop 1B."))
    assert values_of(found, "ssn") == set()


def test_an_ssn_beside_a_grants_funding_words_stays_one():
    found = pairs_found(f"{SITE}/council/item-6.html", _page(
        "Funding source: housing rehab loan to Odile Brandt, her SSN 275-36-6120 on the application."))
    assert values_of(found, "ssn") == {"275-36-6120"}


def test_a_firm_ending_in_its_trade_is_no_customer_beside_a_ledger_account():
    found = pairs_found(f"{SITE}/council/minutes-0312.html", _page(
        "Resolution No. 2025-31: Authorize an agreement with Stonecrest Fleet Supply in an amount not to exceed "
        "$140,000. Funding: account 212-33-5150.",
        "Approve the purchase from Harlow Kettle Supplies for the senior center kitchen."))
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "account_number") == set()
    assert values_of(found, "ssn") == set()


def test_a_person_before_a_customers_account_stays_named():
    found = pairs_found(f"{SITE}/council/minutes-0312.html", _page(
        "Public comment: Marisela Okafor said her SCE account 8012345679 was billed twice in May."))
    assert values_of(found, "customer_name") == {"Marisela Okafor"}
    assert values_of(found, "account_number") == {"8012345679"}


# 3. the City's accounts, stated so in a heading's note

def test_accounts_under_a_headings_note_that_the_city_holds_them_are_public():
    lines = ["LIGHTING MAINTENANCE DISTRICT NO. 4 ENGINEER'S REPORT",
             "Part A - Zone streetlight service accounts (the Town is the customer of record)",
             "Zone 1\tSCE acct 8535904791\tLS-1\t15,724 kWh", "Zone 2\tSCE acct 8589629762\tLS-1\t46,817 kWh"]
    found = pairs_found(f"{SITE}/finance/lmd4-report.pdf", _pdf(lines))
    assert values_of(found, "account_number") == set()
    assert values_of(found, "energy_usage") == set()
    table = ("<h2>Signal accounts (the City is the account holder)</h2><table><tr><th>Zone</th><th>SCE Account</th>"
             "<th>Rate</th><th>kWh</th></tr><tr><td>Zone 3</td><td>8414079270</td><td>LS-1</td><td>13,895</td></tr>"
             "</table>")
    assert pairs_found(f"{SITE}/finance/signals.html", _page("Engineer's report", extra=table)) == set()


def test_a_persons_row_under_such_a_heading_is_still_a_customers():
    table = ("<h2>Streetlight accounts (the City is the customer of record)</h2><table><tr><th>Name</th>"
             "<th>Service Address</th><th>SCE Account</th><th>kWh</th></tr><tr><td>Yusuf Castellanos</td>"
             "<td>4410 Quail Run Rd</td><td>8960270287</td><td>1,912</td></tr></table>")
    found = pairs_found(f"{SITE}/finance/accounts.html", _page("Accounts", extra=table))
    assert values_of(found, "account_number") == {"8960270287"}
    assert "Yusuf Castellanos" in values_of(found, "customer_name")


# 4. an old directory a history page quotes

_DIRECTORY = ("From the 1931 telephone directory of the Orchard Gas and Light Company's subscribers: Perpetua Lindqvist, "
              "214 Pepper St, tel. 48-J; Wendell Mwangi, 390 Orange St, {second}; Henrietta Solis, 118 Second St, "
              "tel. 301-R.")


def test_an_old_directorys_subscribers_are_history():
    found = pairs_found(f"{SITE}/history/directory.html", _page(_DIRECTORY.format(second="tel. 212-W")))
    assert found == set()


def test_an_account_beside_a_name_in_it_is_still_reported():
    found = pairs_found(f"{SITE}/history/directory.html", _page(_DIRECTORY.format(second="acct 8012345678")))
    assert values_of(found, "account_number") == {"8012345678"}
    assert "Wendell Mwangi" in values_of(found, "customer_name")


# 5. a vendor master list's 1099 note

_VENDORS = [["Vendor No.", "Vendor Name", "TIN", "Remit-to Address", "Contact", "Phone", "1099"],
            ["V40021", "Tri-County Paving Inc.", "33-1234567", "PO Box 12, Fresno, CA 93001", "Lupe Arce",
             "(559) 555-0101", "Y"],
            ["V40388", "Thaddeus Oyelaran", "512-34-6789", "2207 Sage Hill Dr, Valle Sereno, CA 92283",
             "Thaddeus Oyelaran", "(760) 522-5778", "Y (Individual/Sole Proprietor)"]]


def test_a_vendor_lists_1099_note_leaves_its_contacts_the_businesss():
    found = pairs_found(f"{SITE}/finance/vendors.xlsx", xlsx(_VENDORS))
    assert values_of(found, "ssn") == {"512-34-6789"}
    assert values_of(found, "address") == set()
    assert values_of(found, "phone") == set()


def test_a_payee_noted_as_an_individual_rebate_is_paid_at_home():
    rows = [["Vendor", "TIN", "Remit To", "Amount"],
            ["Ximena Pacheco (rebate - individual)", "967-83-2309", "518 Laurel Ave, Valle Sereno, CA 92283", "640"]]
    found = pairs_found(f"{SITE}/finance/payments.xlsx", xlsx(rows))
    assert values_of(found, "address") == {"518 Laurel Ave, Valle Sereno, CA 92283"}


# 6. a training screen's stand-in; an address that a sentence follows

def _guide(customer: str, street: str, after: str = "Click 'Usage' to see your kWh by month.") -> str:
    return _page(f"Step 3. In the screenshot, Customer: {customer}, Account: 9999999999, Service address: {street}. "
                 f"{after}")


def test_a_training_screens_test_customer_is_a_stand_in():
    assert pairs_found(f"{SITE}/energy/portal-guide.html", _guide("TEST CUSTOMER", "1 TRAINING WAY")) == set()


def test_a_labelled_address_ends_before_the_next_sentence():
    found = pairs_found(f"{SITE}/energy/portal-guide.html", _guide("ODALYS FAIRBANKS", "4410 N CYPRESS KNOLL DR"))
    assert values_of(found, "customer_name") == {"ODALYS FAIRBANKS"}
    assert values_of(found, "address") == {"4410 N CYPRESS KNOLL DR"}


def test_an_account_right_after_the_labelled_address_is_still_read():
    found = pairs_found(f"{SITE}/energy/case.html", _page(
        "Customer: Odalys Fairbanks, Service address: 4410 N Cypress Knoll Dr. Account 8012345678 was re-rated."))
    assert values_of(found, "account_number") == {"8012345678"}
    assert values_of(found, "address") == {"4410 N Cypress Knoll Dr"}
    found = pairs_found(f"{SITE}/energy/case.html", _page(
        "Customer: Odalys Fairbanks, Service address: 77 Larch Ct. Apt 9. Acct 7004418823"))
    assert values_of(found, "address") == {"77 Larch Ct. Apt 9"}


# 7. an advisory committee's members in a definition list

def _members(seat: str) -> str:
    entries = (f"<dt>Gonzalo Whitcombe</dt><dd>{seat}; term ends 2026</dd>"
               "<dd>gonzalo.whitcombe51@yahoo.com | (760) 555-0143</dd>"
               "<dt>Noemi Brightwater</dt><dd>At-large member; term ends 2027</dd>"
               "<dd>noemi.brightwater43@gmail.com | (760) 555-0178</dd>")
    return _page("The Community Advisory Committee gives Sereno Clean Energy customers a voice.",
                 extra=f"<dl>{entries}</dl>")


def test_a_committee_members_mailbox_under_their_seat_is_public():
    for seat in ("Residential customer representative", "Small business customer advocate"):
        assert values_of(pairs_found(f"{SITE}/cce/cac.html", _members(seat)), "email") == set(), seat


def test_a_definition_telling_a_bill_keeps_the_mailbox():
    found = pairs_found(f"{SITE}/cce/cac.html", _members("Wrote in about her bill"))
    assert values_of(found, "email") == {"gonzalo.whitcombe51@yahoo.com"}


# 8. a speaker who is a program's customer

def _minutes(speaker: str) -> str:
    return _page(f"{speaker} urged the Board to expand PSPS backup battery grants.",
                 "Wendell Ybarra spoke about parking on Laurel Ave.")


def test_a_speaker_calling_themself_a_programs_customer_is_a_public_commenter():
    for speaker in ("Public comment: Lucinda Kowalczyk, a Medical Baseline customer from Riverbend,",
                    "Lucinda Kowalczyk, a Medical Baseline customer from Riverbend,"):
        assert values_of(pairs_found(f"{SITE}/cce/minutes-0211.html", _minutes(speaker)), "customer_name") == set()


def test_a_neighbour_whose_shut_off_is_told_stays_the_holder():
    found = pairs_found(f"{SITE}/news/heat-wave.html", _page(
        "Her neighbor Anselmo Quiroga, also a Sereno Clean Energy customer, was shut off during the heat wave; he "
        "enrolled in Medical Baseline the same week."))
    assert values_of(found, "customer_name") == {"Anselmo Quiroga"}


# 9. the City's own bill

def _bill(customer: str, street: str, usage: str) -> bytes:
    return _pdf(["SOUTHERN CALIFORNIA EDISON", f"Customer: {customer}", "Service Account: 8024417730",
                 f"Service address: {street}", f"Usage this period: {usage} kWh", "Amount due: $18,220.41"])


def test_the_citys_own_bill_names_no_person():
    found = pairs_found(f"{SITE}/council/packet-item-9.pdf", _bill("CITY OF VALLE SERENO", "505 CIVIC CENTER PLAZA",
                                                                   "98,400"))
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "energy_usage") == set()


def test_a_residents_bill_keeps_its_name():
    found = pairs_found(f"{SITE}/council/packet-item-9.pdf", _bill("MARISELA OKAFOR", "2207 SAGE HILL DR", "1,184"))
    assert values_of(found, "customer_name") == {"MARISELA OKAFOR"}
    assert values_of(found, "energy_usage") == {"1,184 kWh"}


# 10. a letter giving the writer's account under the program's whole name

def _letter(body: str) -> str:
    return (f"To the Council:\n{body}\nNobody returns my calls.\nSincerely,\nAurelio Iwasaki\n(760) 582-3104\n")


def test_a_letter_giving_the_writers_account_under_the_programs_name_is_theirs():
    found = pairs_found(f"{SITE}/council/comments.txt", _letter(
        "My Sereno Clean Energy account SCE-488352-7 was billed twice in May for service at 1670 Laurel Ave."))
    assert values_of(found, "customer_name") == {"Aurelio Iwasaki"}
    assert values_of(found, "phone") == {"(760) 582-3104"}


def test_a_supporters_letter_naming_the_program_stays_public_comment():
    found = pairs_found(f"{SITE}/council/comments.txt", _letter(
        "My Sereno Clean Energy Board representative should support the solar carport at the Sports Park."))
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "phone") == set()


# 11. a home slipped into the City's facility accounts

_FACILITIES = [["Facility", "Service Address", "Service Account", "Rate", "kWh 2024"],
               ["City Hall", "505 Civic Center Plaza", "8024417730", "TOU-GS-3", "804,000"],
               ["Tecolote Trailhead", "1 Tecolote Canyon Rd", "8031129904", "GS-1", "12,400"],
               ["Mountain Meadows", "1875 Clubhouse Dr", "8039921177", "TOU-GS-2", "96,300"]]


def test_the_citys_facilities_stay_public():
    assert pairs_found(f"{SITE}/energy/facility-energy.xlsx", xlsx(_FACILITIES)) == set()


def test_a_home_under_the_facility_column_is_a_persons_row():
    rows = [*_FACILITIES, ["Mateo Kalani", "12669 Camino Real", "8296132248", "TOU-D-4-9PM", "4,001"]]
    found = pairs_found(f"{SITE}/energy/facility-energy.xlsx", xlsx(rows))
    assert values_of(found, "customer_name") == {"Mateo Kalani"}
    assert values_of(found, "account_number") == {"8296132248"}
