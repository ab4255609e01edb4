"""Billing-system exports published by mistake: SAP IS-U's and Oracle CC&B's column names (VKONT, PARTNER, ANLAGE,
PER_NAME, ACCT_ID ...), German SAP screens, and the aggregate extracts by rate class that use the same field names
but hold no customer."""
from __future__ import annotations

from detectors.context.headers import header_kind
from tests.test_table_headers import found, xlsx


def csv(*rows: str) -> bytes:
    return ("\n".join(rows) + "\n").encode()


def test_sap_and_ccb_field_names_are_account_name_email_and_usage_columns():
    for header in ("VKONT", "PARTNER", "GPART", "ANLAGE", "VSTELLE", "EQUNR", "ABLEINH", "PER_ID", "PREM_ID", "SA_ID",
                   "MTR_ID", "SP_ID", "Vertragskonto", "Kundennummer"):
        assert header_kind(header)[0] == "account", header
    for header in ("PER_NAME", "ENTITY_NAME", "Geschaeftspartner Name", "Business Partner Name"):
        assert header_kind(header)[0] == "name", header
    assert header_kind("EMAILID")[0] == header_kind("SMTP_ADDR")[0] == "email"
    assert header_kind("ABRMENGE")[0] == "usage"
    assert header_kind("Telefon")[0] == "phone"
    assert header_kind("ADDRESS1")[0] == "address"


def test_sap_names_are_exact_column_names_not_words():
    """"Anlage" (an attachment) or "Partner" (a program's partner) as written in a title-case header is no field."""
    assert header_kind("Anlage")[0] is None
    assert header_kind("Partner")[0] is None


def test_sap_contract_account_sheet():
    body = xlsx([("VKONT", "PARTNER", "NAME_FIRST", "NAME_LAST", "TEL_NUMBER", "SMTP_ADDR", "ABRMENGE"),
                 ("000318845120", "1004417732", "Renata", "Villaseñor", "(909) 620-7781", "rvillasenor@yahoo.com", 912),
                 ("000318845121", "1004417733", "Octavio", "Benavides", "(909) 468-3350", "tavob@gmail.com", 1307)])
    findings = found("ISU_export.xlsx", body)
    assert {("account_number", "000318845120"), ("phone", "(909) 620-7781"), ("energy_usage", "912"),
            ("customer_name", "Octavio Benavides")} <= findings


def test_german_sap_sheet():
    findings = found("rueckstand.csv", csv("Vertragskonto,Geschaeftspartner Name,Rueckstand,Telefon",
                                           "000219934401,Renata Villaseñor,412.80,(909) 620-7781"))
    assert {("account_number", "000219934401"), ("customer_name", "Renata Villaseñor"),
            ("phone", "(909) 620-7781")} <= findings


def test_ccb_person_export():
    findings = found("ccb.csv", csv("ACCT_ID,PER_ID,PER_NAME,EMAILID,KWH_CONS",
                                    "5520178834,8810023345,\"BENAVIDES, OCTAVIO\",tavob@gmail.com,744"))
    assert {("account_number", "5520178834"), ("customer_name", "BENAVIDES, OCTAVIO"), ("email", "tavob@gmail.com"),
            ("energy_usage", "744")} <= findings


def test_aggregate_extract_by_rate_class_is_silent():
    """CC&B field names over counts of accounts: a class's total, nobody's record."""
    assert not found("by_rate.csv", csv("RATE_SCHED,CUST_CL_CD,ACCT_CNT,KWH_CONS,AVG_BILL_AMT",
                                        "D,RES,18240,8213377,97.40", "GS-1,COM,2217,40119842,611.25",
                                        "TOU-8,IND,88,27700140,15210.00"))
    assert not found("by_class.csv", csv("CUST_CLASS,CUST_CNT,TOT_KWH_CONS", "RES,18240,8213377", "COM,2217,40119842"))


def test_title_column_of_courtesy_titles_is_a_salutation():
    body = csv("Title,FirstName,LastName,Address1,AcctNo", "Mr.,Octavio,Benavides,1460 E HOLT AVE,8002217734",
               "Mrs,Renata,Villaseñor,2218 W MISSION BLVD,8002217735")
    findings = found("mailmerge.csv", body)
    assert {("customer_name", "Octavio Benavides"), ("address", "1460 E HOLT AVE"),
            ("address", "2218 W MISSION BLVD"), ("customer_name", "Renata Villaseñor")} <= findings


def test_title_column_of_job_titles_stays_a_roster():
    assert not found("staff.csv", csv("Name,Title,Department,Phone,Email",
                                      "Renata Villaseñor,Senior Planner,Planning,(909) 620-2441,rvillasenor@pomonaca.gov",
                                      "Octavio Benavides,Dr.,Public Works,(909) 620-2442,obenavides@pomonaca.gov"))


def test_wide_interval_columns_of_a_meter_are_usage():
    findings = found("ami_wide.csv", csv("Account,Meter,Read Date,00:15,00:30,00:45,01:00",
                                         "8002217734,M330418,2025-07-02,0.318,0.296,0.441,0.502"))
    assert {("energy_usage", "0.318"), ("energy_usage", "0.502")} <= findings
    findings = found("ami_he.csv", csv("SA_ID,Date,HE01,HE02,HE03,HE04", "7712045519,2025-07-02,1.21,1.07,0.98,0.93"))
    assert ("energy_usage", "0.98") in findings


def test_interval_columns_without_an_account_stay_public():
    """A system load profile, a budget's quarters, a meeting schedule's times: no meter's readings."""
    assert not found("load.csv", csv("Date,00:15,00:30,00:45,01:00", "2025-07-02,118.2,116.9,115.0,113.7"))
    assert not found("budget.csv", csv("Account,Description,Q1,Q2,Q3,Q4",
                                       "101-4410-5200,Street lighting,41200,39850,40120,44010"))


def test_count_of_accounts_makes_a_table_an_aggregate():
    assert not found("by_type.csv", csv("Customer,# of Accounts,KWH_CONS", "Residential Care,412,3300418",
                                        "Mobile Home Park,38,2210067", "Small Business,2217,40119842"))
    assert not found("class.csv", csv("CUST_CLASS_DESC,NUM_ACCTS,KWH_CONS", "Residential,18240,8213377"))
    # an account's own number column is no count: "Acct #" and "SA #" rows stay records
    assert ("energy_usage", "744") in found("acct.csv", csv("Name,Acct #,kWh", "Octavio Benavides,5520178834,744"))


def test_house_number_column_before_the_street_column_gives_the_address():
    findings = found("se16.csv", csv("Contract Account,Name 1,House Number,Street,City",
                                     "000318845120,Villaseñor,2218,W Mission Blvd,Pomona"))
    assert ("address", "2218 W Mission Blvd") in findings
    assert ("address", "1460 E HOLT AVE") in found("adrc.csv", csv("VKONT,HOUSE_NUM1,STREET,CITY1",
                                                                   "000318845121,1460,E HOLT AVE,POMONA"))


def test_street_column_before_the_house_number_column_gives_the_address():
    """SAP's own order (STREET | HOUSE_NUM1): one finding over both cells."""
    assert ("address", "E HOLT AVE 1460") in found("adrc.csv", csv("ACCT_ID,STREET,HOUSE_NUM1,CITY1",
                                                                   "7365075136,E HOLT AVE,1460,POMONA"))
    assert not found("facilities.csv", csv("Facility,Street,Street No,kWh", "City Hall,S Garey Ave,505,12000",
                                           "Library,S Garey Ave,625,8000"))


def test_street_and_house_number_of_a_facility_list_stay_public():
    assert not found("facilities.csv", csv("Facility,Street No,Street,Phone",
                                           "Palomares Community Center,499,E Arrow Hwy,(909) 620-2321"))
    assert not found("stations.csv", csv("Station,House Number,Street,Hours",
                                         "Fire Station 181,590,S Park Ave,24/7"))


def test_a_name_split_into_first_and_last_columns_is_one_finding():
    findings = found("merge.csv", csv("AcctNo,FirstName,LastName,Address1", "8001234567,Ilse,Lozano,3775 N ORANGE GROVE AVE"))
    assert ("customer_name", "Ilse Lozano") in findings and not {("customer_name", "Ilse"), ("customer_name", "Lozano")} & findings
    assert ("customer_name", "Ilse Lozano") in found("dump.json", b'{"accountNumber": "8001234567", "person": '
                                                                  b'{"firstName": "Ilse", "lastName": "Lozano"}}')
    # the surname first, as an export may order them: still one finding, read first name first
    assert ("customer_name", "Ilse Lozano") in found("lf.csv", csv("Acct,Last Name,First Name", "8001234567,Lozano,Ilse"))


def test_a_column_of_account_counts_by_member_town_is_an_aggregate():
    page = ("<p>Enrolled accounts and average monthly residential usage by member jurisdiction.</p><table><tr><th>Member"
            "</th><th>Accounts</th><th>Opt-out rate</th><th>Avg residential usage</th><th>Solar Share subscribed</th>"
            "</tr><tr><td>Larkspur Falls</td><td>12,408</td><td>5.2%</td><td>550 kWh</td><td>47 MWh</td></tr>"
            "<tr><td>Meadowcrest</td><td>4,911</td><td>7.9%</td><td>612 kWh</td><td>22 MWh</td></tr></table>")
    assert found("members.html", page.encode()) == set()
    # an "Accounts" column of account numbers is a customer's
    customer = ("<table><tr><th>Customer</th><th>Accounts</th><th>kWh</th></tr><tr><td>Ana Ruiz</td><td>48217733</td>"
                "<td>612</td></tr></table>")
    assert ("account_number", "48217733") in found("customers.html", customer.encode())
