"""Red team neg49 (precision on a city website; fix neg49).

- A table cell giving a body's name over its "EIN NN-NNNNNNN" line is the body's, whatever person the row names as
  its contact: a grant awards table without a header row. A body is known by an organisation's noun, not only a legal
  suffix ("Tree People", "Business Network", "Youth Orchestra", "PTA"); a person's name over the number stays theirs.
- A fiscal sponsor named in the row makes the EIN in its TIN column the sponsor's.
- A roster's mailbox column, in a row naming its person by a public role (Instructor, Coach, Presenter ...), is the
  role's published contact; so is a forum moderator's RSVP mailbox.
- An enforcement case log's OFFICER and OFFICER_PHONE columns are staff's, beside a customer referral in the row.
"""
from detectors.context.headers import header_kind, staff_column
from detectors.context.persons import is_place
from tests.detector_helpers import pairs_found, values_of, xlsx


def _awards(rows):
    cells = "".join(f"<tr><td>{org}<br><small>EIN {ein}</small></td><td>{contact}<br>{phone}</td><td>$5,000</td></tr>"
                    for org, ein, contact, phone in rows)
    return f"<html><body><main><h1>Community Grant Awards</h1><table>{cells}</table></main></body></html>"


_ORGS = [("Eastside Tree People", "20-2771219", "Mary Schultz", "626-280-2625"),
         ("Valley Food Bank", "84-3963072", "Soledad Park", "909-690-0107"),
         ("Westgate Boys & Girls Club", "81-3951120", "Ernesto Aguilar", "909.420.9926"),
         ("Northside Latino Business Network", "45-1126044", "Eleanor Lopez", "(562) 658-5892"),
         ("Eastside Youth Orchestra", "27-8029194", "Jasmine Patel", "(562) 645-6320"),
         ("Lincoln Elementary PTA", "95-4412873", "Omar Fifita", "909-751-5688"),
         ("Valley Tenant Resource Center", "86-6642066", "Minh Le", "626-850-4823"),
         ("Greater Oakdale Historical Society", "82-6614013", "Tyler Le", "(562) 969-3802"),
         ("Rio Hondo Veterans Post 1147", "88-9967548", "Mary Johnson", "562.881.5079"),
         ("Heritage Meals on Wheels", "45-2002122", "Elizabeth Park", "909-555-0190")]


def test_a_header_less_awards_table_gives_each_bodys_ein_and_its_contacts_are_no_findings():
    assert pairs_found("https://x.org/grants/awards.html", _awards(_ORGS)) == set()


def test_a_persons_name_over_the_ein_in_the_cell_stays_a_finding():
    found = pairs_found("https://x.org/grants/awards.html", _awards(
        _ORGS[:2] + [("Rosalind Okafor", "27-5566778", "Rosalind Okafor", "909-555-0144")]))
    assert values_of(found, "taxpayer_id") == {"27-5566778"}


def test_organisation_nouns_are_no_persons_name_words():
    for name in ("Eastside Tree People", "Latino Business Network", "Valley Food Pantry", "Lincoln Elementary PTA",
                 "Grace Ministries", "Arts Alliance", "Valley Youth Symphony", "Eastside Veterans Post 1147"):
        assert is_place(name), name
    for name in ("Mary Schultz", "Jane Park", "Eric Hall"):
        assert not is_place(name), name


def test_a_fiscal_sponsors_ein_in_the_tin_column_is_the_sponsors():
    csv = ("Artist,Discipline,City,Project,Award,TIN\n"
           "Rigo Bautista (fiscal sponsor: Foothill Arts Network),Music,Pomona,Concerts,2000,86-1209792\n"
           "Lena Ortiz,Dance,Covina,Workshops,1500,on file\n"
           "Ana Ruiz,Ceramics,Covina,Kiln,1500,27-3390112\n")
    found = pairs_found("https://x.org/grants/arts-microgrants.csv", csv)
    assert values_of(found, "taxpayer_id") == {"27-3390112"}


_INSTRUCTORS = [["Instructor", "Business name", "Phone", "E-mail", "Class code", "Class"],
                ["Robert Washington", "", "562-826-0473", "robert.washington87@outlook.com", "32225", "Robotics"],
                ["Priya Pham", "Little Picassos", "626.486.0335", "priya.pham@teachfit.com", "36155", "Watercolor"],
                ["Luis Shah", "", "(909) 580-4161", "lshah@hotmail.com", "31114", "Guitar"]]


def test_a_contract_instructors_roster_mailboxes_are_the_roles_published_contacts():
    found = pairs_found("https://x.org/rec/contract-instructors.xlsx", xlsx(_INSTRUCTORS))
    assert not values_of(found, "email")


def test_a_customer_list_with_a_mailbox_column_stays_reported():
    rows = [["Customer", "Account", "Phone", "E-mail"],
            ["Robert Washington", "ACE-0754891704", "562-826-0473", "robert.washington87@outlook.com"]]
    found = pairs_found("https://x.org/docs/customers.xlsx", xlsx(rows))
    assert values_of(found, "email") == {"robert.washington87@outlook.com"}


def test_a_loose_mailbox_under_no_role_stays_a_low_finding():
    rows = [["Name", "Phone", "E-mail"], ["Robert Washington", "562-826-0473", "robert.washington87@outlook.com"]]
    found = pairs_found("https://x.org/docs/list.xlsx", xlsx(rows))
    assert values_of(found, "email") == {"robert.washington87@outlook.com"}


def test_a_forum_moderators_rsvp_mailbox_is_published_for_the_role():
    page = ("<html><body><main><p>The League of Women Voters hosts a forum Oct 3, 7 p.m., Council Chambers. "
            "Moderator Alejandra Le. RSVP 909.365.0473 or alejandra.le85@icloud.com.</p></main></body></html>")
    assert not values_of(pairs_found("https://x.org/elections/forum.html", page), "email")


def test_a_case_logs_officer_columns_are_staff():
    for label in ("OFFICER", "OFFICER_PHONE", "Code Officer", "Assigned officer"):
        assert staff_column(label) and header_kind(label)[0] == "veto", label
    csv = ("CASE_NO,OPENED,BUSINESS / PROPERTY,SITE_ADDRESS,RESPONSIBLE_PARTY,VIOLATION,OFFICER,OFFICER_PHONE,STATUS,"
           "NOTES\n"
           "CE25-0289,2025-02-01,Red Oak Clinic,395 Wisteria Ct,Layla Tupou,AHMC 17.52.110,Anjali Raman,626-335-2554,"
           "Open,Grease bin overflow.\n"
           "CE25-0427,2025-02-11,Residential (SFR),7709 Rancho Blvd,Michael Wang,AHMC 8.28.030,Anjali Raman,"
           "626-335-2554,Open,\"Referred by ACE Customer Care: acct ACE-0754891704 (Michael Wang) shows 3,139 kWh in "
           "Jan vs 300-400 prior. Customer cell 626-732-4567.\"\n")
    found = pairs_found("https://x.org/code/cases.csv", csv)
    assert "Anjali Raman" not in values_of(found, "customer_name")
    assert values_of(found, "phone") == {"626-732-4567"}
    assert {"ACE-0754891704"} <= values_of(found, "account_number")
    assert "Michael Wang" in values_of(found, "customer_name")


def test_a_tip_told_from_a_real_case_gives_the_homes_address_and_usage_despite_its_pool_pump():
    page = ("<html><body><main><ul><li>A typical home uses about 550 kWh a month.</li>"
            "<li>A pool pump running 8 hours a day uses about 1,100 kWh a month in summer.</li>"
            "<li><b>Real results:</b> when our energy specialist visited a home on 7014 Vista Grande Rd last summer "
            "(ACE account 02-6910-8154), the family was using 1,446 kWh a month; after a thermostat schedule and a "
            "pool-pump timer the next bill showed 774 kWh.</li></ul></main></body></html>")
    found = pairs_found("https://x.org/ace/energy-saving-tips.html", page)
    assert values_of(found, "address") == {"7014 Vista Grande Rd"}
    assert values_of(found, "energy_usage") == {"1,446 kWh", "774 kWh"}


def test_a_city_pools_account_stays_the_facilitys():
    page = ("<html><body><main><p>Palomares Park pool (SCE account 02-6910-8154) used 1,446 kWh in July after the "
            "pool heater was replaced.</p></main></body></html>")
    found = pairs_found("https://x.org/parks/energy.html", page)
    assert not values_of(found, "energy_usage") and not values_of(found, "address")


def test_a_summarys_class_cell_printed_with_its_one_customer_gives_the_customers_record():
    csv = ("ZIP,CLASS,ENROLLED_ACCOUNTS,OPT_OUTS,ANNUAL_KWH\n"
           "91746,RES,5763,142,28987890\n91746,CARE,5437,60,31480230\n"
           "91748-0011,AG_PUMP (1 acct: JASMINE REDDY / SA 8811859129 / 8591 DEL MAR CT),1,0,5335\n")
    found = pairs_found("https://x.org/ace/enrollment-by-zip.csv", csv)
    assert found == {("account_number", "8811859129"), ("customer_name", "JASMINE REDDY"),
                     ("address", "8591 DEL MAR CT"), ("energy_usage", "5335")}


def test_a_summary_by_class_without_an_identifier_stays_public():
    csv = ("ZIP,CLASS,ENROLLED_ACCOUNTS,OPT_OUTS,ANNUAL_KWH\n"
           "91746,RES,5763,142,28987890\n91746,AG_PUMP,3,0,53350\n")
    assert pairs_found("https://x.org/ace/enrollment-by-zip.csv", csv) == set()


def test_a_billing_systems_keyed_usage_pasted_into_prose_is_the_customers():
    page = ("<html><body><main><p>A: Example from the current CIS extract: SA_ID=8783526391; CUST_NM=Vikram Martinez; "
            "SVC_ADDR=3430 Orange Grove Ave, Almendra Hills CA 91748; PHONE=951 557 8597; RATE=ACE-1015; "
            "USAGE_KWH=566; CARE=N.</p></main></body></html>")
    found = pairs_found("https://x.org/procurement/rfp-qa.html", page)
    assert values_of(found, "energy_usage") == {"566"}
    assert values_of(found, "phone") == {"951 557 8597"}


def test_a_data_dictionarys_keyed_averages_are_no_ones_usage():
    page = ("<html><body><main><p>Field definitions: SA_ID=10 digits; AVG_MONTHLY_KWH=445; SYSTEM_KWH=1200000; "
            "MONTHLY_KWH=550 for a typical home.</p></main></body></html>")
    assert pairs_found("https://x.org/ace/open-data.html", page) == set()
