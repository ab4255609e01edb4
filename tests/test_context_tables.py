"""Records in tables (``detectors.context.tables``) beyond their headers: a row holding a personal identifier
is a customer record whatever the table is about, as soon as it names a person (one customer row added to a
public roster); the public rows around it stay public. Header-driven records are in ``test_customer_context``.
"""
from __future__ import annotations

import pytest

from tests.test_context_prose import fields_by_kind
from tests.test_customer_context import lines, table

ROSTER = ("Name", "Title", "Department", "Phone", "Email")
STAFF = ("Jane Doe", "Analyst", "Finance", "(626) 555-1234", "jane.doe@ontarioca.gov")

FOUND = {
    "customer row added to a roster": (
        table(ROSTER, STAFF, ("Maria Lopez", "2-23-456-7890", "1234 W Holt Ave", "(909) 555-0147",
                              "mlopez77@gmail.com")),
        {"name": ["Maria Lopez"], "address": ["1234 W Holt Ave"], "phone": ["(909) 555-0147"],
         "email": ["mlopez77@gmail.com"]}),
    "employee row with an SSN in a council roster": (
        table(("Name", "District", "Email", "Phone"), ("Tim Sandoval", "Mayor", "mayor@pomonaca.gov", "(909) 620-2051"),
              ("Robert Chen", "512-34-6789", "rchen@yahoo.com", "(626) 555-0188")),
        {"name": ["Robert Chen"], "email": ["rchen@yahoo.com"], "phone": ["(626) 555-0188"]}),
    "facility list with a household's account": (
        table(("Facility", "Address", "Hours"), ("Ganesha Park", "1575 N White Ave", "7am-10pm"),
              ("Ana Ruiz", "77 E Foothill Blvd", "acct 2-11-222-3333")),
        {"name": ["Ana Ruiz"], "address": ["77 E Foothill Blvd"]}),
    "row that calls itself a customer's": (
        table(ROSTER, STAFF, ("Maria Lopez", "PCE Customer", "", "(909) 555-0147", "mlopez77@gmail.com")),
        {"name": ["Maria Lopez"], "phone": ["(909) 555-0147"], "email": ["mlopez77@gmail.com"]}),
    "headerless row with only a name readable": (
        table((None, None), ("Robert Chen", "3-012-3456-78")), {"name": ["Robert Chen"]}),
    "usage in a row with an account": (
        table(("Participant", "Notes", "Annual"), ("Denise Harlow", "SA 8004417720", "9,840 kWh")),
        {"name": ["Denise Harlow"], "usage": ["9,840 kWh"]}),

    "fixed-width export": (
        lines("NAME              SERVICE ADDRESS        ACCOUNT          KWH\n"
              "LOPEZ, MARIA      1234 W HOLT AVE        2-23-456-7890    532\n"
              "CHEN, ROBERT      2250 N GAREY AVE       3-012-3456-78    1,240"),
        {"name": ["LOPEZ, MARIA", "CHEN, ROBERT"], "address": ["1234 W HOLT AVE", "2250 N GAREY AVE"],
         "usage": ["532", "1,240"]}),
    # a household's row in a list of the City's chargers: its name is in the "Site" cell
    "household in a list of city sites": (
        table(("Site", "Street Address", "Ports", "kWh Delivered (FY)", "Account Holder"),
              ("Main Library", "625 Garey Ave", "4", "88,000", "City of Pomona (municipal)"),
              ("Home charger (OKAFOR, CHIDI)", "1840 Wren Ct", "1", "712 kWh", "account no. 3-049-2281-55")),
        {"name": ["OKAFOR, CHIDI"], "address": ["1840 Wren Ct"], "usage": ["712 kWh"]}),
    # a billing system's export, its columns abbreviated
    "system export columns": (
        table(("CUST_NM", "KWH_12MO", "SVC_ADDR", "PHONE_NBR"), ("GRACIELA YBARRA", "6,053", "5721 Dune Way",
                                                              "(909) 920-8323")),
        {"name": ["GRACIELA YBARRA"], "usage": ["6,053"], "address": ["5721 Dune Way"], "phone": ["(909) 920-8323"]}),
    # an address under a column no vocabulary calls one, in a row an account ties
    "address under a location column": (
        table(("Service Acct", "Customer", "Location", "Contact Email", "Rate"),
              ("2-85-852-9113", "Mireya Santillan", "10587 Via Monterey", "msantillan@me.com", "D-CARE")),
        {"name": ["Mireya Santillan"], "email": ["msantillan@me.com"], "address": ["10587 Via Monterey"]}),
    "holder column": (
        table(("KWH", "ACCT_NBR", "Holder", "Premise Address"), ("873", "8878003171", "Joann Sharpe", "588 Emerald St")),
        {"usage": ["873"], "name": ["Joann Sharpe"], "address": ["588 Emerald St"]}),
}

NOT_FOUND = {
    "staff roster": table(ROSTER, STAFF),
    "facility accounts": table(("Facility", "Account", "kWh"), ("City Hall", "2-23-456-7890", "15000")),
    "firm's account in a vendor list": table(("Vendor", "Account", "Phone"),
                                             ("ABC Electric Inc.", "2-23-456-7890", "(626) 555-7000")),
    "budget accounts": table(("Account Number", "Description", "Amount"),
                             ("101-4310-5101", "Salaries - Full Time", "$1,284,112")),
    "customer service staff": table(ROSTER, ("Ana Ruiz", "Customer Service Representative", "Finance",
                                             "(626) 555-1299", "aruiz@ontarioca.gov")),
    "budget lines in text": lines("101-4310-5101     Salaries - Full Time     $1,284,112\n"
                                  "Marcus Bell       Public Works Superintendent     (760) 961-3340"),
    "city sites with their use": table(("Site", "Street Address", "Ports", "kWh Delivered (FY)", "Account Holder"),
                                       ("Main Library", "625 Garey Ave", "4", "88,000", "City of Pomona (municipal)"),
                                       ("Palomares Park", "499 E Arrow Hwy", "2", "41,500", "City of Pomona")),
    "city buildings' meters": table(("Location", "Service Address", "Annual kWh"),
                                    ("Police Headquarters", "490 W Mission Blvd", "1,204,000"),
                                    ("Senior Center", "1840 S Towne Ave", "310,500")),
    "contributors": table(("Contributor Name", "Address", "Occupation", "Amount"),
                          ("Hector Villanueva", "1402 Pawnee Rd", "Retired", "$250")),
    # an annual report's ten largest ratepayers: their names, kind and share of the sales, published by rule
    "principal ratepayers": table(("Rank", "Customer", "Type of Business", "kWh Sold", "% of Total"),
                                  ("1", "Cascade Naval Shipyard", "Federal government", "84,120,000", "9.1%"),
                                  ("2", "Harbor Paper Mill", "Manufacturing", "42,300,000", "4.6%")),
    "largest customers' share": table(("Customer", "Industry", "Annual kWh", "Percent of Sales"),
                                      ("Kitsap Regional Medical Center", "Hospital", "18,900,000", "2.0%")),
}


@pytest.mark.parametrize("parts, expected", FOUND.values(), ids=list(FOUND))
def test_rows_holding_an_identifier_are_records(parts, expected):
    assert fields_by_kind(parts) == expected


@pytest.mark.parametrize("parts", NOT_FOUND.values(), ids=list(NOT_FOUND))
def test_public_tables_stay_public(parts):
    assert fields_by_kind(parts) == {}


SIGN_IN = ("Name (print)", "Address", "Phone", "Email", "Add to project email list?")


def test_a_sign_in_sheet_with_a_project_column_still_holds_its_residents():
    found = fields_by_kind(table(SIGN_IN, ("Odalys Ferreira", "2291 N Towne Ave", "909-555-0152",
                                           "odalys.ferreira@yahoo.com", "Y")))
    assert found["name"] == ["Odalys Ferreira"]
    assert found["address"] == ["2291 N Towne Ave"]
    found = fields_by_kind(table(("Name", "Address", "Phone", "Email", "Project"),
                                 ("Bertrand Oyelaran", "611 E Grand Ave", "626-555-0190", "boyelaran@gmail.com",
                                  "Westside water main")))
    assert found["name"] == ["Bertrand Oyelaran"]


def test_a_project_list_of_firms_applicants_and_professional_contacts_stays_a_listing():
    # a project's contact person at the firm's mailbox
    assert not fields_by_kind(table(("Project", "Name", "Address", "Phone", "Email"),
                                    ("Holt Ave Lofts ADU", "Teodora Marsh", "455 E Holt Ave", "909-555-0134",
                                     "tmarsh@marsharchitects.com"),
                                    ("Garey Plaza Retail", "KTGY Architecture", "1288 N Garey Ave", "949-555-0182",
                                     "plans@ktgy.com")))
    # a planning list's applicants: the applicant column vetoes it whatever the mailbox
    assert not fields_by_kind(table(("Project", "Applicant", "Project Address", "Phone", "Email"),
                                    ("Mission Blvd duplex", "Teodora Marsh", "77 W Mission Blvd", "909-555-0134",
                                     "teodora.marsh@gmail.com")))


def test_lines_of_tab_separated_cells_with_no_header_are_a_list_of_customers():
    found = fields_by_kind(lines("ATTACHMENT B - ACCOUNTS RECOMMENDED FOR WRITE-OFF\n"
                                 "PCE-5521093-17\tLindqvist, Marta J.\t4410 Via Padova, Claremont\t$912.40\n"
                                 "552 107 3381 6\tAbara, Chinedu O.\t618 E Bonita Ave, San Dimas\t$144.75\n"))
    assert found["name"] == ["Lindqvist, Marta J.", "Abara, Chinedu O."]
    assert "618 E Bonita Ave, San Dimas" in found["address"]


def test_lines_of_a_public_list_in_tabs_stay_silent():
    assert not fields_by_kind(lines("BUILDING PERMITS ISSUED\n"
                                    "B26-00871\tOfelia Sandoval\t1180 N Towne Ave\tRe-roof\n"
                                    "B26-00872\tGarrett Lindholm\t255 W Arrow Hwy\tSolar PV\n"))
    assert not fields_by_kind(lines("CITY FACILITIES\n"
                                    "Palomares Park Community Center\t499 E Arrow Hwy\t(909) 555-0121\n"
                                    "Washington Park Community Center\t865 E Grand Ave\t(909) 555-0114\n"))


def test_a_register_with_the_address_on_the_lines_under_each_name_is_a_list_of_customers():
    found = fields_by_kind(lines("CUSTOMER DEPOSIT REFUND REGISTER\n"
                                 "Halvorsen, Ingrid M.\tPCE-6617204-33 $150.00\n1148 W Phillips Blvd\nPomona, CA 91766\n"
                                 "Nakamura, Joel T.\tPCE-2290518-70 $95.00\n3321 N Garey Ave\nPomona, CA 91767\n"
                                 "Total refunded: $245.00\n"))
    assert found["name"] == ["Halvorsen, Ingrid M.", "Nakamura, Joel T."]
    assert found["address"] == ["1148 W Phillips Blvd", "3321 N Garey Ave"]


def test_a_name_cell_holding_the_account_too_gives_the_name_and_the_row_usage():
    found = fields_by_kind("Monthly use (kWh)", table(("Customer", "Mar", "Apr"),
                                                      ("Priscilla Okonkwo (SAID 0071234598)", "812", "1,304")))
    assert found == {"name": ["Priscilla Okonkwo"], "usage": ["812", "1,304"]}
    found = fields_by_kind(table(("Participant", "Summer kWh"), ("Haldane, Rupert - Acct 3-044-5521-87", "2,210")))
    assert found["name"] == ["Haldane, Rupert"]


def test_a_place_or_a_street_in_a_name_cell_beside_its_account_stays_no_name():
    for place in ("Fire Station 4 (SAID 0071234598)", "Marisol Vega Way (SAID 0071234598)"):
        assert "name" not in fields_by_kind("Monthly use (kWh)", table(("Customer", "Mar", "Apr"),
                                                                       (place, "812", "1,304")))
    assert not fields_by_kind(table(("Facility", "Mar", "Apr"), ("Fire Station 4 (SAID 0071234598)", "812", "1,304")))


def test_a_text_table_s_own_average_column_is_the_customer_s_usage_and_a_class_average_is_not():
    """A PDF table read as tab-separated lines: "Avg kWh" of each participant is that customer's own use, as in a
    spreadsheet; "Class avg kWh" is every customer's of the class."""
    header = "Participant\tPremise Address\tPremise ID\tPhone\t{}\n"
    rows = ("Odalys Ferreira\t2207 Cedar Hollow Ln\t6613048275\t(909) 555-7731\t1,482\n"
            "Tobias Wexler\t915 Orchard Park Dr\t6613049120\t(951) 555-2046\t707\n")
    assert fields_by_kind(lines(header.format("Avg kWh") + rows))["usage"] == ["1,482", "707"]
    assert "usage" not in fields_by_kind(lines(header.format("Class avg kWh") + rows))


SHUTOFF_HEADER = "Account\tCustomer\tService Address\tPhone\tPast Due\tkWh (last)\tNotes\n"


def test_a_text_table_row_whose_last_cells_are_empty_is_still_a_row():
    """A PDF sets no text, so no cell, for a blank Notes column: the row before the first full one and after it."""
    found = fields_by_kind(lines("DISCONNECT FOR NON-PAYMENT - ROUTE 4\n" + SHUTOFF_HEADER
                                 + "3307-18842-02\tTuiasosopo, Mele\t418 S 300 E\t(801) 862-4471\t$212.40\t1,318\n"
                                 + "3307-20115-06\tAcosta, Delfino\t92 Cedar Knoll Dr\t(801) 862-9035\t$98.15\t744\t"
                                   "gate locked\n"
                                 + "3307-20987-01\tNakai, Loretta\t1520 W 800 N\t(801) 862-3310\t$301.77\t2,206\n"))
    assert sorted(found["name"]) == ["Acosta, Delfino", "Nakai, Loretta", "Tuiasosopo, Mele"]
    assert {"418 S 300 E", "1520 W 800 N"} <= set(found["address"])
    assert {"1,318", "2,206"} <= set(found["usage"])


def test_a_row_missing_a_middle_cell_is_not_read_one_column_off():
    """Past Due left blank: the kWh would sit under "Past Due" and the note under "kWh (last)"; the row's figures and
    words do not line up with a full row's, so it is not read under the header."""
    found = fields_by_kind(lines(SHUTOFF_HEADER
                                 + "3307-20115-06\tAcosta, Delfino\t92 Cedar Knoll Dr\t(801) 862-9035\t$98.15\t744\t"
                                   "gate locked\n"
                                 + "3307-20987-01\tNakai, Loretta\t1520 W 800 N\t(801) 862-3310\t2,206\tdog in yard\n"))
    assert "dog in yard" not in found.get("usage", []) and "2,206" not in found.get("usage", [])


def test_short_rows_of_a_public_text_table_stay_silent():
    assert not fields_by_kind(lines("STREETLIGHT OUTAGES REPORTED\n"
                                    "Pole ID\tLocation\tReported by\tPhone\tStatus\tNotes\n"
                                    "SL-40117\t400 N Main St\tPublic Works\t(801) 555-0140\tRepaired\tnew lamp\n"
                                    "SL-40188\t1200 E Center St\tPolice Dispatch\t(801) 555-0100\tOpen\n"))


@pytest.mark.parametrize("text", [
    # a permit report: the header names a public listing (Permit, Contractor EIN), the rows' shapes look like a
    # customer list's (a name, a street address, an account-like number)
    "MONTHLY PERMIT REPORT\nPermit\tAddress\tApplicant\tContractor\tContractor EIN\n"
    "BLD26-4412\t8322 Alder St NE\tDavid Garrison\tGarrison Builders LLC\t62-1201905\n"
    "BLD26-4413\t868 Alder St NE\tSebastian Paulsen\tWolfe and Sons LLC\t11-2421315\n",
    # a hearing notice's owners of record: a header of no customer's field
    "NOTICE OF PUBLIC HEARING: OWNERS WITHIN 300 FEET\nOwner of Record\tSite Address\tParcel (APN)\tZoning\n"
    "Grete Svensson\t9662 Puget Terrace\t5574-597-794-7185\tC-2\n"
    "Tom Reyes\t9670 Puget Terrace\t5574-597-794-7190\tC-2\n"
    "Ann Olsen\t9701 Puget Terrace\t5574-597-795-0012\tR-1\n",
    # block party permits: the organizer's name and phone are the permit's public contact
    "BLOCK PARTY PERMITS 2026\nDate\tStreet\tOrganizer\tPhone\n"
    "2026-07-18\t9300 block Eliza Ferry Ln\tSharon Sanchez\t(360) 527-0299\n"
    "2026-08-01\t400 block Harbor View Pl\tMarcus Lindahl\t(360) 527-4410\n",
])
def test_a_public_listing_laid_out_in_text_under_its_header_stays_silent(text):
    assert not fields_by_kind(lines(text))


def test_a_deposit_waivers_applicants_by_service_address_are_customers():
    """"Applicant | Svc addr | Decision": a service address is the utility's word, so the applicants are customers (a
    permit list's applicants, beside a site address, stay a public listing); a rowspan's second line holding the
    account under the address column is the account, not an address."""
    from tests.test_table_headers import found
    waivers = (b"<table><tr><th>Applicant</th><th>Svc addr</th><th>Decision</th></tr>"
               b"<tr><td rowspan='2'>Achol Deng</td><td>1136 W 9th St Lot 41</td><td>Granted</td></tr>"
               b"<tr><td>account 429318</td><td>12 mo. on-time history</td></tr>"
               b"<tr><td>Wolfram Haidinger</td><td>2890 Elm Ridge Pl</td><td>Denied</td></tr></table>")
    findings = found("waivers.html", waivers)
    assert {("customer_name", "Achol Deng"), ("address", "1136 W 9th St Lot 41"), ("customer_name", "Wolfram Haidinger"),
            ("address", "2890 Elm Ridge Pl")} <= findings
    assert ("address", "account 429318") not in findings
    permits = (b"<table><tr><th>Applicant</th><th>Site Address</th><th>Permit Type</th></tr>"
               b"<tr><td>Achol Deng</td><td>1136 W 9th St</td><td>Fence</td></tr></table>")
    assert not found("permits.html", permits)


BILLING_HEADER = "Adj ID\tAcct No\tCustomer Name\tSvc Address\tPhone\tEmail\tBilled kWh\n"


def test_a_row_the_page_break_cut_is_one_row():
    """The last row of page 1 holds the first cells, page 2 repeats the header and opens with the rest."""
    page1 = lines("BILLING ADJUSTMENTS\n" + BILLING_HEADER
                  + "A26023\t3372761180\tTAUFA, SIONE\t88 N 300 W\t(435) 865-1120\tstaufa@gmail.com\t1,022\n"
                  + "A26024\t3372764199\tJANG, HYE-JIN\n", page=1)
    page2 = lines(BILLING_HEADER + "212 S 1000 S\t(435) 865-3634\thjang77@gmail.com\t387\n"
                  + "A26025\t3372769011\tBEGAY, LORETTA\t14 E 200 N\t(435) 865-4471\tlbegay@yahoo.com\t640\n", page=2)
    found = fields_by_kind(page1 + page2)
    assert "JANG, HYE-JIN" in found["name"] and "212 S 1000 S" in found["address"] and "387" in found["usage"]


def test_a_short_last_row_and_a_full_first_row_of_the_next_page_stay_apart():
    page1 = lines(BILLING_HEADER + "A26023\t3372761180\tTAUFA, SIONE\t88 N 300 W\t(435) 865-1120\tstaufa@gmail.com"
                  "\t1,022\n" + "Subtotal\t$4,210.00\n", page=1)
    page2 = lines(BILLING_HEADER + "A26025\t3372769011\tBEGAY, LORETTA\t14 E 200 N\t(435) 865-4471\tlbegay@yahoo.com"
                  "\t640\n", page=2)
    found = fields_by_kind(page1 + page2)
    assert "Subtotal" not in " ".join(found.get("name", [])) and sorted(found["usage"]) == ["1,022", "640"]


def test_the_staff_column_of_a_call_log_holds_no_customer():
    """Date | CSR | Note: the note's customer is one, the representative who took the call is staff."""
    from tests.test_table_headers import found
    log = (b"<table><tr><th>Date</th><th>CSR</th><th>Note</th></tr><tr><td>2026-02-12</td><td>Shelby Kratochvil</td>"
           b"<td>Spoke w/ Hodan Warsame re acct 28-67545-05, cb # 308-440-7661. Set up pmt plan.</td></tr>"
           b"<tr><td>2026-02-13</td><td>Dennis Ruhter</td><td>Left vm for Garang Nyok re acct 28-67590-01.</td></tr>"
           b"</table>")
    values = {value for _, value in found("calls.html", log)}
    assert {"Hodan Warsame", "28-67545-05", "308-440-7661"} <= values
    assert not {"Shelby Kratochvil", "Dennis Ruhter"} & values
