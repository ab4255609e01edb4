"""A program's or a service's participants no header calls customers (red team site50).

- A table whose one column of people's names sits beside their homes, phones or mailboxes, titled, headed or filled
  with a utility program or service matter (a rebate, an enrolment, an opt-out, a high bill, a closed account's
  refund): the people are the utility's customers (``headers.program_participants``), a program's number for each
  ("Rebate No.", "App ID") their program account; a ticket's or a check's number stays no one's. Hard negatives: a
  rebate program's contractors, a permit's applicants, a commission's applicants, a hearing's speakers, a program
  team's roster (its "Title" column), a refund register paying firms, a City work order list.
- A utility program's awardees, recipients or enrollees listed under a heading (``lists._participants_heading``) or
  in a definition list (``lists._program_terms``), with their program's number. Hard negatives: a grant's awardees,
  a yard award's winners, a commission's members, a permit's status list.
- A closed account's refund in a payables memo ("CLOSED ACCT REFUND MCP-00625284") is the customer's account
  (``account_number.REFUND_LABELS``).
- A meter's number beside a premise's or a service account's column is the service's
  (``account_number.equipment_meter``); a work order's meter beside no customer's field stays equipment's.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.mirasolheights.gov"


def _csv(name: str, text: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/data/{name}", text)


_CASES = """Ticket,Contact,Contact Ph,Contact E-mail,Svc Location,Type,State
INC40211873,Marisol Quintero,(909) 412-7765,mquintero88@gmail.com,1542 W Juniper Ct Apt 4,Opt-out request,Closed
#802214,"Haddad, Omar",626-318-2290,omar.haddad@yahoo.com,733 N Sycamore Ave,High bill,Open
"""


def test_service_cases_without_customer_headers():
    found = _csv("cases_export_q2.csv", _CASES)
    assert values_of(found, "customer_name") == {"Marisol Quintero", "Haddad, Omar"}
    assert values_of(found, "phone") == {"(909) 412-7765", "626-318-2290"}
    assert values_of(found, "email") == {"mquintero88@gmail.com", "omar.haddad@yahoo.com"}
    assert values_of(found, "address") == {"1542 W Juniper Ct Apt 4", "733 N Sycamore Ave"}
    assert values_of(found, "account_number") == set()  # the ticket is the City's number, no account


_RECIPIENTS = """<html><body><main><h1>Home Battery Incentive Recipients</h1>
<p>The following households received an incentive this year.</p>
<table><thead><tr><th>Participant</th><th>Site Address</th><th>App ID</th><th>Amount</th></tr></thead><tbody>
<tr><td>Teodora Villanueva</td><td>2281 E Mariposa Ln</td><td>BAT-2024-00418</td><td>$1,500.00</td></tr>
<tr><td>Kwon, Sung-ho</td><td>918 S Larkspur Dr</td><td>BAT-2024-00977</td><td>$1,250.00</td></tr>
</tbody></table></main></body></html>"""


def test_program_recipients_and_their_application_numbers():
    found = pairs_found(f"{_SITE}/energy/battery-recipients.html", _RECIPIENTS)
    assert values_of(found, "customer_name") == {"Teodora Villanueva", "Kwon, Sung-ho"}
    assert values_of(found, "address") == {"2281 E Mariposa Ln", "918 S Larkspur Dr"}
    assert values_of(found, "account_number") == {"BAT-2024-00418", "BAT-2024-00977"}


_REGISTER = """Check Date,Check No,Payee,Payee Address,Amount,Memo
03/02/2024,418802,"OKONKWO, ADAEZE",4410 N Cedar Hollow Rd Mirasol Heights CA 91767,$212.40,CLOSED ACCT REFUND 72-118204-3
03/09/2024,418851,"LIU, WEI",77 E Granada St Unit 2 Mirasol Heights CA 91766,$88.15,CLOSED ACCT REFUND 72-330871-9
"""


def test_closed_account_refunds_to_people():
    found = _csv("refund_checks_march.csv", _REGISTER)
    assert values_of(found, "customer_name") == {"OKONKWO, ADAEZE", "LIU, WEI"}
    assert values_of(found, "address") == {"4410 N Cedar Hollow Rd Mirasol Heights CA 91767",
                                           "77 E Granada St Unit 2 Mirasol Heights CA 91766"}
    assert values_of(found, "account_number") == {"72-118204-3", "72-330871-9"}
    assert "418802" not in values_of(found, "account_number")


def test_refunds_to_firms_stay_public():
    firms = """Check Date,Check No,Payee,Payee Address,Amount,Memo
03/02/2024,418802,INLAND PLUMBING SUPPLY INC,4410 N Cedar Hollow Rd Mirasol Heights CA 91767,$212.40,DEPOSIT REFUND
03/09/2024,418851,GRANADA DENTAL GROUP,77 E Granada St Unit 2 Mirasol Heights CA 91766,$88.15,OVERPAYMENT REFUND
"""
    assert _csv("refund_checks_march.csv", firms) == set()


def _table(title: str, header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><main><h1>{title}</h1><table><tr>{head}</tr>{body}</table></main></body></html>"


_PEOPLE = [["Marisol Quintero", "1542 W Juniper Ct", "High bill"], ["Omar Haddad", "733 N Sycamore Ave", "Opt-out"]]


def test_public_processes_stay_public():
    """Names beside their homes and a service matter, in a public process's list (a name with a home and a phone is
    a sign-up sheet's record whatever the list, an older rule)."""
    pages = {
        "Heat Pump Rebate Participating Contractors": ["Contractor", "Address", "Program"],
        "Solar Permit Applications": ["Applicant", "Address", "Type"],
        "Energy Commission Applicants": ["Applicant", "Address", "Interest"],
        "Public Comment Speakers - Rebate Program Hearing": ["Speaker", "Address", "Topic"],
        "Volunteer Energy Ambassadors": ["Volunteer", "Address", "Topic"],
        "Council Meeting Sign-in: CCA Rate Hearing": ["Name", "Address", "Topic"],
    }
    for title, header in pages.items():
        found = pairs_found(f"{_SITE}/energy/list.html", _table(title, header, _PEOPLE))
        assert not values_of(found, "customer_name"), title
        assert not values_of(found, "address"), title


def test_program_staff_roster_stays_public():
    roster = _table("Energy Programs Team", ["Name", "Title", "Office", "Program"],
                    [["Marisol Quintero", "Program Specialist", "1200 Civic Center Plaza", "Heat pump rebates"],
                     ["Omar Haddad", "Analyst", "1200 Civic Center Plaza", "Opt-out requests"]])
    assert not values_of(pairs_found(f"{_SITE}/energy/team.html", roster), "customer_name")


def test_work_order_list_stays_public():
    orders = """WO_NUM,WO_TYPE,REQUESTED_BY,LOCATION,CREW,SCHED_DT
WO-2024-1182,POTHOLE REPAIR,Marisol Quintero,1542 W Juniper Ct,C3,2024-05-04
WO-2024-1190,TREE TRIM,Omar Haddad,733 N Sycamore Ave,C7,2024-05-05
"""
    found = _csv("workorders_public_works.csv", orders)
    assert values_of(found, "account_number") == set()
    assert "POTHOLE REPAIR" not in values_of(found, "customer_name")


_METERS = """WO_NUM,WO_TYPE,OWNER_OF_RECORD,SITE_ADDR,PREMISE_ID,METER_NO,CREW,SCHED_DT
WO-3381207,METER EXCH,QUINTERO MARISOL,1542 W JUNIPER CT,PREM418220,418822-0913,C3,2024-05-04
WO-3381244,AMI RETROFIT,HADDAD OMAR,733 N SYCAMORE AVE,PREM993104,V5521840,C7,2024-05-05
"""


def test_meter_beside_a_premise_is_the_services():
    found = _csv("meter_exchanges.csv", _METERS)
    assert {"418822-0913", "V5521840", "PREM418220", "PREM993104"} <= values_of(found, "account_number")
    assert not {"WO-3381207", "WO-3381244"} & values_of(found, "account_number")
    assert values_of(found, "customer_name") == {"QUINTERO MARISOL", "HADDAD OMAR"}


def test_equipment_meter_stays_equipment():
    equipment = """WO_NUM,METER_NO,CREW,SCHED_DT
WO-3381207,418822-0913,C3,2024-05-04
WO-3381244,V5521840,C7,2024-05-05
"""
    assert values_of(_csv("meter_exchanges.csv", equipment), "account_number") == set()


_AWARDEES = """<html><body><main><h1>Home Battery Incentive Awards</h1>
<p>Spring round awards were approved by the Board on April 2. Awardees:</p>
<ul><li>Teodora Villanueva (2281 E Mariposa Ln) &ndash; 13.5 kWh battery, award BAT-2024-00418</li>
<li>Sung-ho Kwon (918 S Larkspur Dr) &ndash; 10 kWh battery, award BAT-2024-00977</li></ul>
<p>Installer: Foothill Solar Inc., 2250 E Holt Ave.</p></main></body></html>"""


def test_program_awardees_in_a_list():
    found = pairs_found(f"{_SITE}/energy/battery-awards.html", _AWARDEES)
    assert values_of(found, "customer_name") == {"Teodora Villanueva", "Sung-ho Kwon"}
    assert values_of(found, "address") == {"2281 E Mariposa Ln", "918 S Larkspur Dr"}
    assert values_of(found, "account_number") == {"BAT-2024-00418", "BAT-2024-00977"}


def test_public_awardees_stay_public():
    grants = _AWARDEES.replace("Home Battery Incentive Awards", "Neighborhood Solar Grant Awards").replace(
        "13.5 kWh battery", "garden lights").replace("10 kWh battery", "porch lights")
    assert pairs_found(f"{_SITE}/energy/grant-awards.html", grants) == set()
    beautification = _AWARDEES.replace("Home Battery Incentive Awards", "Yard of the Month").replace(
        "13.5 kWh battery", "front yard").replace("10 kWh battery", "side yard")
    assert not values_of(pairs_found(f"{_SITE}/community/yard.html", beautification), "customer_name")


_ENROLLEES = """<html><body><main><h1>Battery Program - Enrollment Status</h1>
<p>Find your name to see where your application stands.</p>
<dl><dt>Villanueva, Teodora</dt><dd>Enrollment BAT41187 &middot; Status: Approved</dd>
<dt>Kwon, Sung-ho</dt><dd>Enrollment BAT52290 &middot; Status: Installed</dd></dl></main></body></html>"""


def test_program_enrollees_in_a_definition_list():
    found = pairs_found(f"{_SITE}/energy/enrollees.html", _ENROLLEES)
    assert values_of(found, "customer_name") == {"Villanueva, Teodora", "Kwon, Sung-ho"}
    assert values_of(found, "account_number") == {"BAT41187", "BAT52290"}


def test_board_terms_stay_public():
    board = """<html><body><main><h1>Energy Commission Members</h1><dl>
<dt>Villanueva, Teodora</dt><dd>Term expires 2026 &middot; Appointed by Council</dd>
<dt>Kwon, Sung-ho</dt><dd>Term expires 2027 &middot; Appointed by Council</dd></dl></main></body></html>"""
    assert pairs_found(f"{_SITE}/boards/energy.html", board) == set()
    permits = _ENROLLEES.replace("Battery Program - Enrollment Status", "Battery Permit Status").replace(
        "Enrollment", "Permit")
    assert pairs_found(f"{_SITE}/building/permits.html", permits) == set()


def test_application_numbers_and_kwh_in_a_customers_table():
    table = """App ID,Applicant,Mailing Addr,Phone,Status
BAT-2023-00881,Teodora Villanueva,2281 E Mariposa Ln,6269205080,Paid
BAT-2023-00914,Sung-ho Kwon,918 S Larkspur Dr,714.391.6509,Paid
"""
    found = _csv("battery_applicants.csv", table)
    assert values_of(found, "account_number") == {"BAT-2023-00881", "BAT-2023-00914"}
    found = pairs_found(f"{_SITE}/energy/battery-recipients.html", _RECIPIENTS.replace(
        "<th>Amount</th>", "<th>Est. Savings (kWh)</th>").replace("$1,500.00", "2,045").replace("$1,250.00", "1,259"))
    assert values_of(found, "energy_usage") == {"2,045", "1,259"}
