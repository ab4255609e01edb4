"""Red team neg59 (precision on a city's City Clerk, Finance and Council pages, with its community choice energy
program's board pages; fix neg59).

- A business register's row ("Legal Name | DBA | Entity | Federal ID | Address | Phone") that holds no account or
  usage is the licence's published listing, under a sole proprietor's own name too; the proprietor's SSN or EIN in
  it stays a finding, and a register with a utility account's column is a customer table still.
- A lease's notice table naming its parties "Landlord" and "Tenant" gives the parties' addresses for notices, as a
  contract's "Seller" and "Buyer" rows do; a tenant's row holding a utility account is a customer's record.
- A line stating the accounts' public holder before listing them ("Streetlight accounts (the District is the customer
  of record): ...") makes them the body's, as the same statement over a table does.
- A records request log's subject asking for the bills of a "City account ... (Police Station)" asks for the City's
  records: the requester holds no account; a requester asking for their own bills by their account is a customer.
- A budget's line items under "Account Number" beside "Adopted" and "Proposed" columns are the City's ledger, though
  a one-digit fund writes them in the utility's customer form; the same number in a table of no budget is an account.
- A how-to's sign-in example with a mailbox at a reserved domain ("jdoe@example.org") is no one's login.
- A utility payments register's service location naming the City's facility in brackets after the street ("902
  Tamarind Way (Fire Station 6)") is the City's site; a home's bracket ("(Linden Park Apartments)") is not.
- A community choice program's place name before its account ("charges on Sierra Alta Community Energy account ...")
  names no person; a customer named before it with a comma stays named.
"""
from tests.detector_helpers import docx_table, pairs_found, values_of, workbook

_PERSONAL = {"customer_name", "address", "phone", "email", "account_number", "energy_usage"}


def _register(rows) -> bytes:
    return workbook({"Licences": [["Licence #", "Legal Name", "Trade Name", "Ownership", "FEIN", "Location",
                                   "Telephone"]] + rows})


def test_a_business_registers_sole_proprietor_is_a_listing():
    rows = [["BL-440182", "Philippa Okonkwo-Reyes", "Okonkwo Alterations", "Sole Proprietor", "", "3318 Larch Hollow "
             "Rd, Suite 4", "(626) 584-3390"],
            ["BL-440207", "Treeline Cafe LLC", "Treeline Cafe", "LLC", "84-3301927", "771 E Orchard Ave",
             "(626) 584-7712"],
            ["BL-440311", "Marguerite Haddad", "Haddad Tax Prep", "Sole Proprietor", "", "1420 Bellflower Ct",
             "(626) 441-2086"]]
    found = pairs_found("https://x.gov/finance/licence-register.xlsx", _register(rows))
    assert not {kind for kind, _ in found} & _PERSONAL, found


def test_a_registers_proprietor_keeps_the_ssn_and_a_utility_column_makes_customers():
    rows = [["BL-440182", "Philippa Okonkwo-Reyes", "Okonkwo Alterations", "Sole Proprietor", "527-41-3806",
             "3318 Larch Hollow Rd", "(626) 584-3390"]]
    found = pairs_found("https://x.gov/finance/licence-register.xlsx", _register(rows))
    assert "527-41-3806" in values_of(found, "ssn")
    book = workbook({"Licences": [["Licence #", "Legal Name", "Trade Name", "SCE Account", "Location", "Telephone"],
                                  ["BL-440182", "Philippa Okonkwo-Reyes", "Okonkwo Alterations", "2-41-873-2291",
                                   "3318 Larch Hollow Rd", "(626) 584-3390"]]})
    found = pairs_found("https://x.gov/energy/enrolled-businesses.xlsx", book)
    assert "2-41-873-2291" in values_of(found, "account_number")
    assert "Philippa Okonkwo-Reyes" in values_of(found, "customer_name")


def test_a_leases_landlord_and_tenant_for_notices_are_no_customers():
    doc = docx_table([("Party", "Name", "Address", "Phone"),
                      ("Landlord", "City Manager, City of Arroyo Bonito", "200 Civic Plaza", "(760) 341-1000"),
                      ("Tenant", "Ignatius Featherstone", "8810 Kestrel Point Way, Hemet, CA", "(760) 598-2214")],
                     "GROUND LEASE between the City of Arroyo Bonito and Ignatius Featherstone, an individual doing "
                     "business as Featherstone Nursery.", "Utilities: Tenant shall open electric service in its own "
                     "name.", "Notices:")
    found = pairs_found("https://x.gov/property/ground-lease.docx", doc)
    assert not {kind for kind, _ in found} & _PERSONAL, found


def test_a_tenants_row_with_an_account_is_a_customers():
    doc = docx_table([("Party", "Name", "Address", "Phone", "SCE Account"),
                      ("Tenant", "Ignatius Featherstone", "8810 Kestrel Point Way", "(760) 598-2214", "2-38-114-7302")],
                     "Account transfer on move-in:")
    found = pairs_found("https://x.gov/energy/transfer.docx", doc)
    assert "2-38-114-7302" in values_of(found, "account_number")
    assert "Ignatius Featherstone" in values_of(found, "customer_name")


def test_accounts_after_a_statement_of_their_public_holder_are_the_bodys():
    page = ("<html><body><h1>Lighting District No. 7 Engineer's Report</h1><table><tr><th>APN</th><th>Owner of "
            "Record</th><th>Situs</th><th>Levy</th></tr><tr><td>331-208-14</td><td>WINIFRED ACHEBE</td><td>4417 "
            "Saguaro Bend Rd</td><td>$212.40</td></tr></table><p>Lighting service accounts (the District is the "
            "customer of record): 2-57-330-1184, 2-57-330-1192; 2024 energy 141,300 kWh.</p></body></html>")
    found = pairs_found("https://x.gov/districts/lighting-7.html", page)
    assert not {kind for kind, _ in found} & {"account_number", "energy_usage"}, found


def test_an_account_after_a_persons_name_in_such_a_line_stays_a_finding():
    page = ("<html><body><p>Lighting service accounts (the District is the customer of record): complaint from "
            "Winifred Achebe about her account 2-57-330-1184.</p></body></html>")
    assert "2-57-330-1184" in values_of(pairs_found("https://x.gov/districts/lighting-7.html", page), "account_number")


def _request_log(subject: str) -> str:
    return ("<html><body><h1>Records Request Log</h1><table><tr><th>Request No.</th><th>Received</th><th>Requester"
            "</th><th>Organization</th><th>Subject</th><th>Status</th></tr><tr><td>PRA-25-3310</td><td>04/11/2025</td>"
            f"<td>Gwendolyn Ashby</td><td></td><td>{subject}</td><td>Closed</td></tr></table></body></html>")


def test_a_request_for_the_citys_account_records_names_no_customer():
    page = _request_log("Edison bills for City account 2-64-902-1175 (Fleet Yard), 2023")
    found = pairs_found("https://x.gov/records/log.html", page)
    assert not {kind for kind, _ in found} & _PERSONAL, found


def test_a_request_for_ones_own_bills_is_a_customers():
    page = _request_log("Copies of my own bills for account 2-64-902-1175, 2023")
    found = pairs_found("https://x.gov/records/log.html", page)
    assert "2-64-902-1175" in values_of(found, "account_number")
    assert "Gwendolyn Ashby" in values_of(found, "customer_name")


def _line_items(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<html><body><h1>Line-Item Budget, Fiscal Year 2025-26</h1><p>Fund 2 is the special revenue funds.</p>"
            f"<table><tr>{head}</tr>{body}</table></body></html>")


def test_a_budgets_line_items_in_the_customer_form_are_the_ledgers():
    page = _line_items(["Account Number", "Line Item", "2024-25 Actual", "2025-26 Proposed"],
                       [["2-31-402-6110", "Street Light Energy", "$48,120", "$51,000"],
                        ["2-31-402-5230", "Contract Services", "$12,400", "$13,000"]])
    found = pairs_found("https://x.gov/budget/line-items.html", page)
    assert not values_of(found, "account_number"), found


def test_the_same_number_in_a_list_of_no_budget_is_an_account():
    page = _line_items(["Account Number", "Reason", "Amount"],
                       [["2-31-402-6110", "Written off - closed residential", "$481.20"]])
    assert "2-31-402-6110" in values_of(pairs_found("https://x.gov/budget/write-offs.html", page), "account_number")


def test_a_sign_in_example_at_a_reserved_domain_is_no_login():
    page = ("<html><body><p>The sign-in screen looks like this: User name: jdoe@example.org, Password: ******** "
            "(the one you chose).</p></body></html>")
    assert not values_of(pairs_found("https://x.gov/clerk/portal.html", page), "email")
    page = ("<html><body><p>Weekend back-up login: User name: tbramwell58@gmail.com, Password: Heron#4471q"
            "</p></body></html>")
    assert "tbramwell58@gmail.com" in values_of(pairs_found("https://x.gov/clerk/portal.html", page), "email")


def _payments(location: str) -> str:
    return ("<html><body><h1>Utility Payments Detail</h1><p>Edison invoices paid by check 204417.</p><table><tr><th>"
            "Account</th><th>Service Location</th><th>Period</th><th>kWh</th><th>Amount</th></tr><tr><td>3-417-2208-"
            f"63</td><td>{location}</td><td>05/2025</td><td>38,214</td><td>$7,902.15</td></tr></table></body></html>")


def test_a_service_location_naming_the_citys_facility_in_brackets_is_the_citys():
    for location in ("902 Tamarind Way (Fire Station 6)", "1188 Orchid Bluff Rd (Library)"):
        found = pairs_found("https://x.gov/finance/utility-payments.html", _payments(location))
        assert not {kind for kind, _ in found} & _PERSONAL, (location, found)


def test_a_home_in_brackets_keeps_the_service_location_a_customers():
    found = pairs_found("https://x.gov/finance/utility-payments.html",
                        _payments("902 Tamarind Way (Linden Park Apartments)"))
    assert "3-417-2208-63" in values_of(found, "account_number")


def _appeal(sentence: str) -> str:
    return ("<html><body><p>TO: Board of Directors</p><p>SUBJECT: Bill appeal of Harriet Montoya, 4416 Juniper "
            f"Crest Ln</p><p>{sentence}</p></body></html>")


def test_a_programs_place_name_before_its_account_is_no_person():
    found = pairs_found("https://x.gov/energy/appeal.html", _appeal(
        "The appellant disputes the generation charges on Sierra Alta Community Energy account 5512-330-118."))
    assert "Sierra Alta" not in values_of(found, "customer_name")
    assert {"Harriet Montoya", "5512-330-118"} <= values_of(found, "customer_name") | values_of(found, "account_number")


def test_a_customer_named_before_the_programs_account_stays_named():
    found = pairs_found("https://x.gov/energy/appeal.html", _appeal(
        "Gwendolyn Ashby, Sierra Alta Community Energy account 5512-330-118, was billed 1,412 kWh in June."))
    assert "Gwendolyn Ashby" in values_of(found, "customer_name")
