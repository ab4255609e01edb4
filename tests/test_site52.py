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


# -- an AP register's refunds ---------------------------------------------------------------------------------------

def test_refund_payees_remit_address_is_the_customers():
    found = _csv("Vendor No,Payee Name,Remit Addr 1,City/State/Zip,Invoice No,Amount,Description",
                 "R100231,\"OKAFOR, CHIDI\",P.O. Box 4471,POMONA CA 91769,RFD100231,164.62,"
                 "CR BAL REFUND CLOSED ACCT 880-1300",
                 "R100232,\"LINDQVIST, ASTRID\",1182 W ARROW HWY,POMONA CA 91768,RFD100232,48.10,"
                 "DEPOSIT REFUND ACCT 569-4107",
                 "V20011,Baldwin Weatherization Co.,4409 Rosemead Blvd,\"Pico Rivera, CA 90660\",INV14682,27708.00,"
                 "Professional services")
    assert values_of(found, "address") == {"P.O. Box 4471", "1182 W ARROW HWY"}
    assert values_of(found, "customer_name") == {"OKAFOR, CHIDI", "LINDQVIST, ASTRID"}


def test_vendor_payments_remit_address_stays_the_vendors():
    found = _csv("Vendor No,Payee Name,Remit Addr 1,City/State/Zip,SSN/FEIN,Description",
                 "V20012,\"OKAFOR, CHIDI\",1450 E Mission Blvd,POMONA CA 91766,512-84-3391,Tree trimming services")
    assert not values_of(found, "address")


# -- call logs ------------------------------------------------------------------------------------------------------

def _log(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/library/call_log.txt", "CUSTOMER CARE - CALL LOG - rep: Dana Whitcomb\n\n"
                       + "\n".join(lines) + "\n")


def test_call_log_surname_comma_given_without_a_space():
    found = _log("10/08 09:14  ANI 9095660591  cust OYELARAN,BUKOLA re hi bill, 1052 KWH vs 610 LY.")
    assert values_of(found, "customer_name") == {"OYELARAN,BUKOLA"}
    assert values_of(found, "phone") == {"9095660591"}


def test_call_log_name_after_a_callback_number():
    found = _log("10/08 11:30  cb# 626/372-5208  Ernesto Villalpando wants medical baseline form mailed")
    assert values_of(found, "customer_name") == {"Ernesto Villalpando"}
    assert values_of(found, "phone") == {"626/372-5208"}


def test_callback_number_to_staff_desk_names_no_caller():
    found = _log("10/08 11:30  cb# 626-372-5200 - Billing Dept re: meter test schedule",
                 "10/08 11:45  cb 626-372-5201 x204 Dana Whitcomb re: training")
    assert not values_of(found, "customer_name")


# -- e-mails --------------------------------------------------------------------------------------------------------

def _mail(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/records/reply.txt", "\n".join(lines) + "\n")


def test_reply_gives_the_home_on_the_line_after_the_account_and_quotes_the_customer():
    found = _mail("Subject: RE: Medical baseline - my mother", "From: aong@pomonaca.gov", "To: bkaur58@sbcglobal.net",
                  "", "Hi Baljit,",
                  "Thank you, we received the physician form. Your mother's account (3-251-170-876) at",
                  "2148 West Grand Avenue will get the extra 500 kWh from the next cycle.", "", "Anh Ong",
                  "Senior Account Representative", "(909) 620-2400 ext. 363", "",
                  "> On Oct 2, Baljit Kaur wrote:",
                  "> I am in Guadalajara until November, please call my cell +52 1 33 1004 9162 not the house.")
    assert values_of(found, "address") == {"2148 West Grand Avenue"}
    assert values_of(found, "customer_name") == {"Baljit Kaur"}
    assert values_of(found, "phone") == {"+52 1 33 1004 9162"}
    assert not values_of(found, "energy_usage")  # the Medical Baseline allowance


def test_quoted_colleague_in_a_reply_is_not_the_addressee():
    found = _mail("Subject: RE: Medical baseline", "From: aong@pomonaca.gov", "To: bkaur58@sbcglobal.net", "",
                  "Hi Baljit,", "Your account (3-251-170-876) is now enrolled.", "", "Anh Ong", "",
                  "> On Oct 2, Marcus Ferreira wrote:", "> Please enroll her, my desk is (909) 620-2411.")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")


def test_forwarders_signature_under_the_customers_own():
    found = pairs_found(f"{_SITE}/records/fwd.eml", "\n".join([
        "From: Anh Ong <aong@westfieldca.gov>", "To: clerk@westfieldca.gov", "Subject: Fwd: Billing dispute",
        "Content-Type: text/plain; charset=utf-8", "", "---------- Forwarded message ---------",
        "From: Tevita Mahe <tmahe95@outlook.com>", "Subject: Billing dispute",
        "To: <customercare@pomonachoiceenergy.org>",
        "", "Account: PCE-0168427", "My bill says I used 721 kWh but I was in Manila the whole month.", "", "--",
        "Tevita B. Mahe", "19180 W Mission Blvd", "Pomona, CA 91766", "(909) 430-5262", "", "--", "Anh Ong",
        "Senior Account Representative", "(626) 961-4400 ext. 363", "aong@westfieldca.gov"]) + "\n",
        "message/rfc822")
    assert values_of(found, "phone") == {"(909) 430-5262"}


# -- pictures, list items and prose ---------------------------------------------------------------------------------

def test_picture_of_a_participant_at_home():
    found = _html("<h1>EV Charger Incentives</h1><p>Residents can receive up to $1,000 toward a Level 2 charger.</p>"
                  "<figure><img src='a.png' alt='Bao Ngoc Tran next to the new Level 2 charger in the garage at "
                  "309 W Grand Ave, Apt 223'><figcaption>Another happy participant!</figcaption></figure>"
                  "<figure><img src='b.png' alt='Mayor Tim Sandoval at the ribbon cutting at City Hall, 505 S Garey "
                  "Ave'></figure><figure><img src='c.png' alt='Sunridge Solar crew at 14100 Puente Ave'></figure>")
    assert values_of(found, "customer_name") == {"Bao Ngoc Tran"}
    assert values_of(found, "address") == {"309 W Grand Ave, Apt 223"}


def test_historic_house_picture_stays_public():
    found = _html("<h1>Solar on historic homes</h1><img src='a.png' alt='Frederick Phillips in front of his home at "
                  "2640 W Pomona Blvd, built in 1875'>")
    assert not values_of(found, "customer_name")


def test_list_item_of_a_customers_assistance_enrolment():
    found = _html("<h2>Processed this batch</h2><ul><li>Ishikawa, Akemi &ndash; 993 S TOWNE AVE UNIT 109 &ndash; "
                  "CARE approved 21/01/2024, household of 3</li></ul>")
    assert values_of(found, "customer_name") == {"Ishikawa, Akemi"}
    assert values_of(found, "address") == {"993 S TOWNE AVE UNIT 109"}


def test_list_item_of_a_program_volunteer_stays_public():
    found = _html("<h2>CARE outreach volunteers</h2><ul><li>Ishikawa, Akemi &ndash; 993 S Towne Ave &ndash; "
                  "CARE outreach at the library</li></ul>")
    assert not values_of(found, "customer_name")


def test_titled_customer_who_moved_out_and_was_billed():
    found = _html("<h2>I moved. Do I need to cancel?</h2><p>Mr. Hoang (moved out of 3643 E Holt Ave #120 in May) was "
                  "billed for two extra months; call SCE at 1-800-655-4555 to stop service.</p>")
    assert values_of(found, "customer_name") == {"Mr. Hoang"}
    assert values_of(found, "address") == {"3643 E Holt Ave #120"}


def test_number_a_customer_called_is_the_programs():
    found = _html("<h1>Frequently Asked Questions</h1><h2>Can someone else call about my account?</h2><p>Only if "
                  "you authorize them. For example, Roya Sadeghi\nadded her son as a third party on account "
                  "ECPA-8597756 by calling (626) 961-4455.</p>")
    assert values_of(found, "account_number") == {"ECPA-8597756"}
    assert not values_of(found, "phone")


def test_queue_row_with_an_installer_named_solar_is_no_city_site():
    found = _html("<table><tr><th>Queue #</th><th>Applicant</th><th>Site Address</th><th>SCE SA</th>"
                  "<th>Prior 12-mo kWh</th><th>Installer</th></tr><tr><td>NEM3-4418</td><td>M. Faleolo</td>"
                  "<td>13570 Reservoir St</td><td>3301566039</td><td>14,928</td><td>Sunridge Solar Installers Inc.</td>"
                  "</tr></table>")
    assert values_of(found, "customer_name") == {"M. Faleolo"}
    assert values_of(found, "address") == {"13570 Reservoir St"}
    assert values_of(found, "energy_usage") == {"14,928"}
