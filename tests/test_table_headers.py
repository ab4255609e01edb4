"""Tables whose header row is not the first row or not in the usual words: a CSV or a sheet below a report's
title lines, headers carrying a unit or a period ("Bal > 60d"), terse or abbreviated column names, a .txt saved
from a spreadsheet; and the same layouts holding a city's public tables staying silent."""
from __future__ import annotations

from crawler.extract import extract, looks_like_header_row
from detectors.context.headers import header_kind
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import xlsx

DETECTORS = load_detectors()


def found(name: str, body: bytes) -> set[tuple[str, str]]:
    document = extract(f"https://www.pomonaca.gov/docs/{name}", body, None)
    return {(d.category, d.value) for d in scan_document(document, DETECTORS)}


def test_header_row_may_carry_a_unit_or_a_period_but_no_value():
    assert looks_like_header_row(["Ratepayer", "Svc Acct #", "Feb Usage (kWh)", "Bal > 60d"])
    assert looks_like_header_row(["Customer", "kWh (12 mo)", "Notes"])
    # an aging report's buckets, a period's count before its measure
    assert looks_like_header_row(["Premise No.", "Customer", "kWh", "0-30 Days", "31-60 Days", "90+ Days"])
    assert looks_like_header_row(["Customer", "12-mo kWh", "3 Yr Avg"])
    assert not looks_like_header_row(["90 days", "312.50"])  # a value among them
    assert not looks_like_header_row(["Ana Ruiz", "1200 W Holt Ave", "Apt 4"])  # a leading number: an address
    assert not looks_like_header_row(["Ana Ruiz", "ana.ruiz@gmail.com"])
    assert not looks_like_header_row(["Customer Name:", "Ana Ruiz"])  # a form's label and its value
    assert not looks_like_header_row(["Report: Move-in/Move-out"])


PREAMBLE = ("Report: Move-in/Move-out\nGenerated 2025-03-02 06:15 by batch job MIMO01\n\n"
            "acct_id,party_nm,prem_addr,tel_1,ann_kwh\n"
            "496712-35,Guadalupe Fierro,3420 Calle Encino,(909) 228-4686,5582\n"
            "9177 0063 94,Elisa Mendoza,2504 N Garey Ave,(909) 223-2278,12217\n")


def test_csv_header_below_a_report_title():
    findings = found("mimo.csv", PREAMBLE.encode())
    assert {("energy_usage", "5582"), ("energy_usage", "12217"), ("account_number", "496712-35"),
            ("account_number", "9177 0063 94"), ("customer_name", "Elisa Mendoza")} <= findings


def test_csv_rows_of_values_before_a_text_row_keep_it_a_record():
    """Only title lines (one or two cells) come before a header: a text row under rows of values is data."""
    body = ("Ana Ruiz,1200 W Holt Ave,(909) 555-0147,2-23-456-7890\n"
            "Li Wei,Holt Ave,Pomona,CA\n").encode()
    document = extract("https://www.pomonaca.gov/docs/list.csv", body, None)
    assert len(document.records) == 2 and not any(f.label for r in document.records for f in r.fields)


def test_sheet_header_with_digits_and_signs_below_title_rows():
    rows = [("Pomona Choice Energy - Delinquency Aging Report",), ("Run date: 03/01/2025   Cycle: 14",), (),
            ("Ratepayer", "Svc Acct #", "Premise Addr", "Contact Ph", "E-Mail Addr", "Feb Usage (kWh)", "Bal > 60d"),
            ("Lorna Buenaventura", "0108259924", "1707 Calle Del Sol Apt. 12B, Pomona, CA 91768", "(909) 746-0733",
             "lbuenaventura@sbcglobal.net", 767, 287.14),
            ("LEE, EUN-JU", "3-622-5630-88", "3507 S Reservoir St, Pomona, CA 91768", "(951) 572-9417",
             "eunju1991@charter.net", 1077, 606.01)]
    findings = found("aging.xlsx", xlsx(rows))
    assert {("account_number", "0108259924"), ("energy_usage", "767"), ("energy_usage", "1077"),
            ("customer_name", "Lorna Buenaventura")} <= findings
    assert not any(value == "E-Mail Addr" for _, value in findings)
    assert not any(value in ("287.14", "606.01") for _, value in findings)  # balances are no usage


def test_abbreviated_account_holder_headers():
    assert header_kind("Acct Name") == ("name", True)
    assert header_kind("Customer / Acct Holder") == ("name", True)
    assert header_kind("Acct #")[0] == "account"
    assert header_kind("Acct Type")[0] is None  # a class of accounts, not one
    body = ("Acct Name,Acct #,Usage\nGuadalupe Fierro,9177 0063 94,512\nElisa Mendoza,496712-35,480\n").encode()
    assert {("customer_name", "Guadalupe Fierro"), ("customer_name", "Elisa Mendoza")} <= found("a.csv", body)


TSV = ("who\twhere\tcb\tmeter\n"
       "Guadalupe Fierro\t3420 Calle Encino Apt. 12B\t(909) 228-4686\tZ99-908747\n"
       "Elisa Mendoza\t2504 N Garey Ave\t(909) 223-2278\tE42-546249\n")


def test_tab_separated_text_file_is_read_as_a_table():
    document = extract("https://www.pomonaca.gov/docs/notes.txt", TSV.encode(), None)
    assert len(document.records) == 2
    assert [f.label for f in document.records[0].fields] == ["who", "where", "cb", "meter"]


def test_text_indented_by_tabs_stays_lines():
    body = "MINUTES\n\tItem 1. Call to order\n\tItem 2. Roll call\nAdjourned at 8:15 p.m.\n".encode()
    document = extract("https://www.pomonaca.gov/docs/minutes.txt", body, None)
    assert not document.records and len(document.segments) == 4


def test_terse_headers_leave_the_values_to_their_shapes():
    findings = found("callbacks.txt", TSV.encode())
    assert {("customer_name", "Guadalupe Fierro"), ("address", "3420 Calle Encino Apt. 12B"),
            ("customer_name", "Elisa Mendoza"), ("phone", "(909) 223-2278")} <= findings


def test_pivot_table_values_are_the_measure_of_its_caption():
    rows = [("Sum of kWh", "Column Labels"), ("Row Labels", "Jan", "Feb", "Grand Total"),
            ("Ruiz, Ana", 512, 480, 992), ("Wei, Li", 700, 640, 1340), ("Grand Total", 1212, 1120, 2332)]
    findings = found("pivot.xlsx", xlsx(rows))
    assert {("customer_name", "Ruiz, Ana"), ("energy_usage", "512"), ("energy_usage", "992"),
            ("customer_name", "Wei, Li"), ("energy_usage", "1340")} <= findings
    assert not any(value in ("1212", "2332") for _, value in findings)


def test_sheet_laid_out_as_a_form_is_one_record():
    rows = [("Service Request Form",), ("Customer Name:", "Chun-Chieh Tseng"),
            ("Service Address:", "1411 Valley Blvd, Pomona, CA 91766"), ("Day Phone:", "(626) 420-5006"),
            ("Service Account:", "3-598-4679-99"), ("Last 12 mo. consumption:", "2,006 kWh")]
    document = extract("https://www.pomonaca.gov/docs/form.xlsx", xlsx(rows), None)
    form = [r for r in document.records if len(r.fields) > 1]
    assert len(form) == 1 and form[0].location.element == "Sheet!2:6"
    assert {("customer_name", "Chun-Chieh Tseng"), ("address", "1411 Valley Blvd, Pomona, CA 91766"),
            ("phone", "(626) 420-5006"), ("energy_usage", "2,006 kWh")} <= found("form.xlsx", xlsx(rows))


# --- a city's own tables in the same layouts ------------------------------------------------------------

def test_city_tables_in_these_layouts_stay_silent():
    program_pivot = [("Sum of Enrollments", "Column Labels"), ("Row Labels", "Jan", "Feb", "Grand Total"),
                     ("Residential", 1204, 1310, 2514), ("Small Commercial", 88, 91, 179)]
    facility_form = [("Facility Name:", "Pomona City Hall"), ("Address:", "505 S. Garey Ave., Pomona, CA 91766"),
                     ("Phone:", "(909) 620-2051"), ("Hours:", "Mon-Thu 7:30 a.m. - 6:00 p.m.")]
    rates = [("Pomona Choice Energy - Residential Rates",), ("Effective January 1, 2025",), (),
             ("Rate Plan", "Tier", "Generation $/kWh", "Baseline (kWh/day)"),
             ("TOU-D-4-9PM", "Summer On-Peak", 0.1402, 13.2), ("TOU-D-4-9PM", "Winter Off-Peak", 0.0911, 11.7)]
    assert not found("programs.xlsx", xlsx(program_pivot))
    assert not found("facility.xlsx", xlsx(facility_form))
    assert not found("rates.xlsx", xlsx(rates))
    directory = ("Name\tTitle\tDepartment\tPhone\n"
                 "Priya Raman\tSenior Planner\tPlanning\t(909) 620-2441\n"
                 "Luis Ortega\tParks Supervisor\tParks and Recreation\t(909) 620-2321\n")
    assert not found("directory.txt", directory.encode())
    votes = "Council Member\tItem 5A\tItem 5B\nTim Sandoval\tAye\tAye\nElizabeth Ontiveros-Cole\tAye\tNo\n"
    assert not found("votes.txt", votes.encode())
    budget = ("City of Pomona - Adopted Budget FY 2024-25\nGeneral Fund\n\n"
              "Account,Description,FY 2023-24 Actual,FY 2024-25 Adopted\n"
              "101-4310-5210,Contract Services,\"$1,204,000\",\"$1,310,000\"\n"
              "101-4310-5100,Salaries,\"$880,000\",\"$912,000\"\n")
    assert not found("budget.csv", budget.encode())
    permits = ("Building Permits Issued - March 2025\n\nPermit No,Applicant,Site Address,Valuation\n"
               "B25-0412,Garcia Roofing Inc.,1200 W Holt Ave,\"$18,500\"\n"
               "B25-0413,Pacific Solar LLC,88 N Garey Ave,\"$24,900\"\n")
    assert not found("permits.csv", permits.encode())


# --- tables in a PDF: its header line labels the columns under it ------------------------------------------

def pdf_table(title: str, rows, widths, page_break: int | None = None) -> bytes:
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    for number, row in enumerate(rows):
        if number == page_break:
            pdf.add_page()
        for k, (value, width) in enumerate(zip(row, widths)):
            last = k == len(row) - 1
            pdf.cell(width, 6, str(value), border=1, new_x="LMARGIN" if last else "RIGHT",
                     new_y="NEXT" if last else "TOP")
    return bytes(pdf.output())


def test_pdf_table_header_labels_its_columns():
    body = pdf_table("Staff follow-up log (internal)",
                     [("Date", "Customer", "Acct", "Notes"), ("1/4/25", "Bishara, Hassan", "3587 1328 52", "left vm"),
                      ("1/9/25", "Kim, Hyeonu", "782053-51", "left vm")], (25, 50, 40, 40))
    assert {("customer_name", "Bishara, Hassan"), ("account_number", "3587 1328 52"),
            ("customer_name", "Kim, Hyeonu"), ("account_number", "782053-51")} <= found("log.pdf", body)


def test_pdf_table_header_runs_on_to_the_next_page():
    rows = [("Customer", "Account", "kWh (12 mo)")] + [
        (f"{last}, {first}", f"{391204 + 7919 * k}-{10 + k}", f"{1200 + 317 * k:,}")
        for k, (last, first) in enumerate([("Ruiz", "Ana"), ("Park", "Ji-woo"), ("Nguyen", "Thanh"),
                                           ("Hakobyan", "Aram"), ("Santos", "Maria"), ("Lopez", "Jorge")])]
    findings = found("credits.pdf", pdf_table("Attachment C - Bill credit recipients", rows, (60, 40, 30),
                                              page_break=4))
    assert {value for category, value in findings if category == "energy_usage"} == {r[2] for r in rows[1:]}
    assert ("customer_name", "Park, Ji-woo") in findings  # a surname that is a place word


def test_city_tables_in_a_pdf_stay_silent():
    tables = [
        ("Pomona Choice Energy residential rates", [("Rate Plan", "Season", "Generation $/kWh", "Baseline kWh"),
                                                     ("TOU-D-4-9PM", "Summer", "0.1402", "13.2"),
                                                     ("Domestic", "Winter", "0.0911", "11.7")]),
        ("Program enrollment", [("Month", "Customers Enrolled", "kWh Saved"), ("January", "1,204", "88,410"),
                                ("February", "1,310", "91,200")]),
        ("City facility meters", [("Facility", "Address", "SCE Account", "Annual kWh"),
                                  ("City Hall", "505 S. Garey Ave.", "2-01-334-5512", "412,000"),
                                  ("Palomares Park", "499 E Arrow Hwy", "2-01-334-5513", "32,000")]),
        ("Staff directory", [("Name", "Title", "Phone"), ("Priya Raman", "Senior Planner", "(909) 620-2441"),
                             ("Luis Ortega", "Parks Supervisor", "(909) 620-2321")]),
        ("Roll call vote, Item 5A", [("Council Member", "District", "Vote"), ("Tim Sandoval", "Mayor", "Aye"),
                                     ("Elizabeth Ontiveros-Cole", "1", "No")]),
        ("Permits issued", [("Permit No", "Applicant", "Site Address"),
                            ("B25-0412", "Garcia Roofing Inc.", "1200 W Holt Ave"),
                            ("B25-0413", "Pacific Solar LLC", "88 N Garey Ave")]),
        ("Budget detail", [("Account", "Description", "FY 2024-25 Adopted"),
                           ("101-4310-5210", "Contract Services", "$1,204,000"),
                           ("101-4310-5100", "Salaries", "$880,000")]),
    ]
    for title, rows in tables:
        findings = found("table.pdf", pdf_table(title, rows, (45, 50, 45, 40)[:len(rows[0])]))
        # the SCE-form account numbers of the City's meters are the account detector's, which reads no table
        assert not (findings - {("account_number", "2-01-334-5512"), ("account_number", "2-01-334-5513")}), title


# --- transposed sheets: fields as rows, customers as columns -----------------------------------------------

def test_transposed_sheet_columns_are_records():
    rows = [("Field", "App 1", "App 2"), ("Customer", "Ana Ruiz", "Li Wei"),
            ("Account Number", 700123456789, 700987654321), ("Site Address", "1200 W Holt Ave", "88 N Garey Ave"),
            ("Phone", 9096961234, "(909) 696-4321")]
    findings = found("applications.xlsx", xlsx(rows))
    assert {("address", "1200 W Holt Ave"), ("address", "88 N Garey Ave"), ("phone", "(909) 696-4321"),
            ("customer_name", "Li Wei")} <= findings


def test_transposed_city_sheets_stay_silent():
    facilities = [("Facility", "City Hall", "Main Library"), ("Address", "505 S. Garey Ave.", "625 S. Garey Ave."),
                  ("Phone", "(909) 620-2051", "(909) 620-2043"), ("Annual kWh", 412000, 210000)]
    programs = [("Program", "Residential", "Small Commercial"), ("Customers enrolled", 1204, 88),
                ("kWh", 88410, 91200), ("Average usage", 540, 2210), ("Phone", "(909) 620-2000", "(909) 620-2000")]
    staff = [("Name", "Priya Raman", "Luis Ortega"), ("Title", "Senior Planner", "Parks Supervisor"),
             ("Phone", "(909) 620-2441", "(909) 620-2321"), ("Email", "praman@pomonaca.gov", "lortega@pomonaca.gov")]
    for name, rows in (("facilities.xlsx", facilities), ("programs.xlsx", programs), ("staff.xlsx", staff)):
        assert not found(name, xlsx(rows)), name


def test_transposed_sheet_under_numbered_case_columns_is_each_customers():
    rows = [("Field", "Case 1", "Case 2"), ("Customer", "Rosalind Achterberg", "Tomasz Ilunga"),
            ("Svc Address", "6620 Quail Run Dr", "318 Larchmont Ct"), ("CCA Account", "4471190283", "4420087715"),
            ("Phone", "(909) 555-0163", "(909) 555-0127")]
    assert {("customer_name", "Tomasz Ilunga"), ("address", "6620 Quail Run Dr"), ("address", "318 Larchmont Ct"),
            ("account_number", "4471190283"), ("phone", "(909) 555-0127")} <= found("arrangements.xlsx", xlsx(rows))


def test_transposed_sheet_of_numbered_bidders_or_sites_stays_public():
    bidders = [("Field", "Bidder 1", "Bidder 2"), ("Name", "Ruben Castellanos", "Mei-Lin Otieno"),
               ("Address", "1710 W Mission Blvd", "412 E Holt Ave"), ("Phone", "(909) 301-7720", "(909) 301-7741"),
               ("Account", "4471190283", "4420087715")]
    sites = [("Field", "Site A", "Site B"), ("Name", "Palomares Park", "Washington Park"),
             ("Address", "499 E Arrow Hwy", "865 E Grand Ave"), ("Phone", "(909) 620-2321", "(909) 620-2322"),
             ("Meter", "4471190283", "4420087715")]
    assert not found("bidders.xlsx", xlsx(bidders))
    assert not found("sites.xlsx", xlsx(sites))


def test_a_two_column_form_without_colons_is_one_record():
    """'Applicant | Mario Smith' over 'Service Address | ...': the first column names the fields, so its first
    row is no header; a 'Name | Phone' table of people keeps its header."""
    from tests.test_extract_html_parts import found
    form = ("<table><tr><td>Applicant</td><td>Mario Smith</td></tr><tr><td>Service Address</td><td>2297 San Antonio "
            "Ave, Pomona, California 91767</td></tr><tr><td>SCE Customer Account</td><td>2-24-595-7117</td></tr>"
            "<tr><td>Co-applicant phone</td><td>213-473-7841</td></tr></table>")
    assert {("customer_name", "Mario Smith"), ("address", "2297 San Antonio Ave, Pomona, California 91767"),
            ("phone", "213-473-7841")} <= found(form)
    staff = ("<table><tr><td>Name</td><td>Phone</td></tr><tr><td>Jane Doe</td><td>(909) 555-2241</td></tr>"
             "<tr><td>Tim Sandoval</td><td>(909) 620-2051</td></tr></table>")
    vendor = ("<table><tr><td>Vendor</td><td>Castellanos Tree Trimming</td></tr><tr><td>Address</td><td>1710 W "
              "Mission Blvd, Pomona, CA 91766</td></tr><tr><td>Phone</td><td>(909) 301-7720</td></tr></table>")
    assert found(staff) == set() and found(vendor) == set()


def test_a_page_of_prose_set_in_two_columns_has_no_header_line():
    """The IRS's instructions, two columns of prose apart by a tab: a line that reads 'contact them at
    www.ftc.gov/idtheft or' beside 'return or account, use Form 4506-T or' is no table's header."""
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    from tests.test_customer_context import document, lines
    page = lines("contact them at www.ftc.gov/idtheft or\treturn or account, use Form 4506-T or\n"
                 "(1-877-438-4338).\tcall us at 1-800-829-1040.\n"
                 "If you pay your taxes late, the penalty is\tdue on the tax shown on your return.")
    assert scan_document(document(page), load_detectors()) == []


def test_an_aging_reports_customers_under_bucket_columns():
    body = b'Premise No.,Customer,kWh,0-30 Days,31-60 Days,90+ Days\nPR-429464,"Figueroa, Kristy",2774,0,0,312.50\n'
    assert {("account_number", "PR-429464"), ("customer_name", "Figueroa, Kristy"),
            ("energy_usage", "2774")} <= found("aging.csv", body)
    # a budget's aging columns name no customer
    assert found("aging.csv", b"Fund,Department,FY24,90+ Days\n101,Utilities,2774,312.50\n") == set()


def test_a_battery_s_size_is_no_usage():
    body = (b"Customer,Service Address,Account,System (kW),Battery (kWh)\n"
            b"Laura Roberts,3124 S Rood Ave,PB-3146693-07,7.6,13.5\n")
    assert not any(category == "energy_usage" for category, _ in found("nem-queue.csv", body))


def test_a_pdf_tables_period_headed_usage_column():
    """A header cell that opens with its period ("12-MO kWh") heads a table laid out in a PDF's text too."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for row in (("NAME", "PREMISE ADDRESS", "SVC ACCT", "12-MO kWh"),
                ("THOMPSON, JAMES", "3708 VIA VERDE", "3-412-5521-07", "9,461"),
                ("ROQUE, LUCIA", "1298 E MISSION BLVD", "3-118-2203-44", "14,520")):
        for cell in row:
            pdf.cell(45, 8, cell)
        pdf.ln()
    assert {("energy_usage", "9,461"), ("energy_usage", "14,520")} <= found("usage.pdf", bytes(pdf.output()))


def test_a_customers_own_average_under_an_underscored_header_is_their_usage():
    csv_body = b"LAST,FIRST,SERVICE_ADDR,ACCT,AVG_KWH\nOkonkwo,Adaeze,2716 N Palomares St,PCE-4410982-05,1275\n"
    assert ("energy_usage", "1275") in found("writeoffs.csv", csv_body)
    geo = (b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":'
           b'{"PREM_ADDR":"1148 W PHILLIPS BLVD","CUST_NAME":"HALVORSEN, INGRID","SA_ID":"SA551207734",'
           b'"KWH_12MO_AVG":842}}]}')
    assert ("energy_usage", "842") in found("premises.geojson", geo)


def test_an_average_of_others_under_an_underscored_header_stays_unread():
    csv_body = (b"LAST,FIRST,SERVICE_ADDR,ACCT,CLASS_AVG_KWH\n"
                b"Okonkwo,Adaeze,2716 N Palomares St,PCE-4410982-05,1275\n")
    assert ("energy_usage", "1275") not in found("writeoffs.csv", csv_body)


def test_a_claimants_name_label_names_the_person_of_the_claim():
    body = b"Name of Claimant: Rosalind K. Abernathy\nHome Address: 2087 Via Verde\nTelephone: (909) 555-0163\n"
    assert ("customer_name", "Rosalind K. Abernathy") in found("claim.txt", body)
    assert header_kind("Claimant") == ("name", False)


def test_a_claim_by_a_public_agency_names_no_person():
    body = b"Claimant: County of Los Angeles Public Works\nAddress: 900 S Fremont Ave\nPhone: (626) 458-5100\n"
    assert not {c for c, _ in found("claim.txt", body)} & {"customer_name", "address", "phone"}
