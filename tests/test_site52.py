"""CRM case exports, definition lists of residents, a co-applicant's column and gas beside electricity (red team
site52).

- A case export's columns of the case itself ("Case Title", "Case Type", "Ticket Subject") beside a column saying
  "customer" are the case's, no public listing's; a Dynamics export's "(Do Not Modify) ..." system columns name
  nobody; a CRM's glued "accountnumber" field is an account. Hard negatives: a planning department's case list
  (Case # | Case Title | Applicant | Address) and a job roster's "Title" stay listings.
- A ``<dl>`` of people, each term a name and its definitions a home and a phone, mailbox or usage: the residents'
  records. Hard negatives: a staff directory (their office at City Hall), a list of historic homes, one card alone.
- A "Co-applicant" column beside an enrollee's, their home and usage is the household's second applicant. Hard
  negative: a permit's co-applicant with no account or usage.
- A home audit's "Auditor" column is the program's staff; its gas column beside an electricity column is no
  electricity consumption.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of, xlsx

_SITE = "https://www.pomonachoiceenergy.org"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _csv(*rows: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/files/export.csv", "\n".join(rows) + "\n", "text/csv")


def _html(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/programs/page.html", f"<html><body><main>{body}</main></body></html>")


def _sheet(rows) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/files/sheet.xlsx", xlsx(rows), _XLSX)


# -- case exports ---------------------------------------------------------------------------------------------------

def test_dynamics_case_export_with_its_title_and_system_columns():
    found = _csv("(Do Not Modify) Case,(Do Not Modify) Row Checksum,Case Number,Case Title,Customer,Email,"
                 "Business Phone,Address 1: Street 1,new_accountnumber,new_monthlykwh,Owner",
                 "0b6c14f2-1d2e-ef11-a751-06a5e265377e,c2Vjcm==,CAS-10452-K3L9,High bill complaint,Marisol Quintero,"
                 "mquintero77@gmail.com,(909) 482-1176,2291 N Towne Ave,PC4471093,1264,# Customer Care",
                 "7f1e93aa-44b0-ef11-b8e8-000d3a5b2c11,ZGF0YQ==,CAS-10453-P2Q8,Move-out final bill,\"Oduya, Kelechi\","
                 "kodu@yahoo.com,626-771-0938,815 E Holt Ave,PC4471188,987,# Customer Care")
    assert values_of(found, "customer_name") == {"Marisol Quintero", "Oduya, Kelechi"}
    assert values_of(found, "email") == {"mquintero77@gmail.com", "kodu@yahoo.com"}
    assert values_of(found, "phone") == {"(909) 482-1176", "626-771-0938"}
    assert values_of(found, "address") == {"2291 N Towne Ave", "815 E Holt Ave"}
    assert values_of(found, "account_number") == {"PC4471093", "PC4471188"}
    assert values_of(found, "energy_usage") == {"1264", "987"}


def test_case_title_and_type_beside_a_customer_column():
    found = _csv("Case Title,Case Type,Customer,Email,Phone,Street 1,Monthly kWh",
                 "Estimated read dispute,Billing,Hyun-woo Baek,hwbaek@gmail.com,909-622-4410,1418 W Phillips Blvd,1812",
                 "Opt-out request,Enrollment,Teodora Villaseñor,tvilla@yahoo.com,909-622-4411,377 S Gibbs St,644")
    assert values_of(found, "customer_name") == {"Hyun-woo Baek", "Teodora Villaseñor"}
    assert values_of(found, "address") == {"1418 W Phillips Blvd", "377 S Gibbs St"}
    assert values_of(found, "email") == {"hwbaek@gmail.com", "tvilla@yahoo.com"}


def test_planning_case_list_and_job_roster_stay_listings():
    found = _csv("Case #,Case Title,Applicant,Address,Status",
                 "CUP 24-011,Conditional use permit for a restaurant,Daniel Okafor,1200 N Garey Ave,Approved",
                 "VAR 24-003,Rear setback variance,Lucia Brandt,882 W Kingsley Ave,Pending")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")
    roster = _csv("Title,Name,Email,Phone", "Customer Service Manager,Renata Holloway,rholloway@pomonaca.gov,"
                  "(909) 620-2241", "Case Title Clerk,Omar Haddad,ohaddad@pomonaca.gov,(909) 620-2242")
    assert not values_of(roster, "customer_name")


# -- definition lists of residents ----------------------------------------------------------------------------------

def test_definition_list_of_residents_with_homes_phones_and_usage():
    found = _html("<h1>Medical Baseline</h1><p>Customers who rely on life-support equipment get about 500 kWh a "
                  "month more.</p><h2>Certifications received</h2><dl>"
                  "<dt>Rosalind Achterberg</dt><dd>1182 W Arrow Hwy, Apt 5, Pomona, CA 91768</dd>"
                  "<dd>Tel. (909) 623-8851 &middot; oxygen concentrator</dd>"
                  "<dd>Extra allowance approved: +500 kWh; last 12 months avg 1,204 kWh/mo</dd>"
                  "<dt>Tomasz P. Wierzbicki</dt><dd>2045 N Garey Ave, Pomona, CA 91767</dd>"
                  "<dd>tomaszw@outlook.com</dd><dd>avg 812 kWh/mo</dd></dl>")
    assert values_of(found, "customer_name") == {"Rosalind Achterberg", "Tomasz P. Wierzbicki"}
    assert values_of(found, "address") == {"1182 W Arrow Hwy, Apt 5, Pomona, CA 91768",
                                           "2045 N Garey Ave, Pomona, CA 91767"}
    assert values_of(found, "phone") == {"(909) 623-8851"}
    assert values_of(found, "email") == {"tomaszw@outlook.com"}
    assert values_of(found, "energy_usage") == {"1,204 kWh", "812 kWh"}


def test_definition_lists_of_staff_homes_and_one_card_give_nothing():
    staff = _html("<h1>Utility Services staff</h1><dl>"
                  "<dt>Renata Holloway</dt><dd>Customer Service Manager</dd><dd>City Hall, 505 S Garey Ave</dd>"
                  "<dd>(909) 620-2241</dd>"
                  "<dt>Omar Haddad</dt><dd>Billing Supervisor</dd><dd>City Hall, 505 S Garey Ave</dd>"
                  "<dd>(909) 620-2242</dd></dl>")
    assert not values_of(staff, "customer_name")
    historic = _html("<h1>Historic homes walking tour</h1><dl>"
                     "<dt>Frederick Phillips</dt><dd>2640 W Pomona Blvd</dd><dd>Built 1875, adobe</dd>"
                     "<dt>Ygnacio Palomares</dt><dd>491 E Arrow Hwy</dd><dd>Built 1854</dd></dl>")
    assert not values_of(historic, "customer_name")
    assert not values_of(historic, "address")
    card = _html("<h1>Tree trimming contractor</h1><dl><dt>Hector Salgado</dt><dd>1450 E Mission Blvd</dd>"
                 "<dd>(909) 555-0190</dd></dl>")
    assert not values_of(card, "customer_name")


# -- a co-applicant's column ----------------------------------------------------------------------------------------

def test_co_applicant_column_of_an_enrollment_sheet():
    found = _sheet([["Enrollee", "Co-applicant", "Addr", "Email", "Monthly kWh (avg)"],
                    ["Guadalupe Arriaga", None, "1730 W Grand Ave #C", "garriaga@aol.com", "1,261 kWh/mo"],
                    ["Farhad Rostami", "Shirin Rostami", "3599 S Towne Ave", "frostami@gmail.com", "904 kWh/mo"]])
    assert values_of(found, "customer_name") == {"Guadalupe Arriaga", "Farhad Rostami", "Shirin Rostami"}
    assert values_of(found, "address") == {"1730 W Grand Ave #C", "3599 S Towne Ave"}
    assert values_of(found, "email") == {"garriaga@aol.com", "frostami@gmail.com"}
    assert values_of(found, "energy_usage") == {"1,261 kWh", "904 kWh"}


def test_permit_co_applicant_stays_public():
    found = _sheet([["Permit", "Applicant", "Co-applicant", "Site address", "Work"],
                    ["B24-0312", "Daniel Okafor", "Lucia Brandt", "1200 N Garey Ave", "Reroof"]])
    assert not values_of(found, "customer_name")


# -- a home audit's staff and gas -----------------------------------------------------------------------------------

def test_auditor_column_and_gas_beside_electricity():
    found = _sheet([["Audit date", "Auditor", "Homeowner", "Address", "Phone", "Annual elec (kWh)",
                     "Annual gas (therms)"],
                    ["2024-10-28", "Cynthia Marchetti", "Tremaine Oyelaran", "4139 S Towne Ave, Apt 200",
                     "626.524.1599", "14,868 kWh", "575 therms"],
                    ["2024-10-21", "Cynthia Marchetti", "Wen-li Chao", "608 W Holt Ave", "909.860.6704",
                     "25,332 kWh", "189 therms"]])
    assert values_of(found, "customer_name") == {"Tremaine Oyelaran", "Wen-li Chao"}
    assert values_of(found, "energy_usage") == {"14,868 kWh", "25,332 kWh"}
    assert values_of(found, "phone") == {"626.524.1599", "909.860.6704"}


def test_therms_alone_still_a_customers_usage():
    found = _sheet([["Customer", "Service Address", "Therms"],
                    ["Tremaine Oyelaran", "4139 S Towne Ave", "575"]])
    assert values_of(found, "customer_name") == {"Tremaine Oyelaran"}
