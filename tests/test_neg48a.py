"""Red team neg48 (precision on a city website; fix neg48a).

- A business licence list's or a vendor list's EIN (``NN-NNNNNNN``) is the business's when the row says so: an entity
  column naming an organisation's form, a business-name/DBA/Company column naming a business, or the page's note that
  the TINs are the companies' own. A row marked "Sole Proprietor" keeps its number the owner's. A sole proprietor's
  SSN or ITIN in such a list is reported alone: the owner, business address and phone beside it are the licence
  holder's published business contact, unless the business is named as the owner.
- ``named_as_a_business`` knows the everyday kinds of a city's licensed businesses, and no common surname.
- RTF: lines of cells a tab or a run of spaces apart are read as the table they are; Unicode escapes with their
  fallback characters.
- A collections list's phone-shaped account among prefixed ones; a list of phones alone is no list of accounts.
- Comment letters: the previous letter's signature is no part of the next letter; a dash signature under the text
  signs it.
- A register's "Electric svc acct ... - <Person> Park lights" is the City's park's account.
- A name column's cell holding the person's phone after their name.
"""
from detectors.context.lists import named_as_a_business
from tests.detector_helpers import docx_paragraphs, pairs_found, values_of, xlsx

_LICENCE = [["Lic No", "DBA", "Owner", "Address", "Phone", "Entity Type", "FEIN", "Issued"],
            ["L-10021", "Oakridge Fish Market", "Marisol Ibarra", "1410 Quince St", "(760) 555-0131", "Corporation",
             "27-3390112", "1/9/2025"],
            ["L-10022", "Lotus Day Spa", "Thuy Nguyen", "88 Alder Way", "760-555-0142", "LLC", "45-2210987",
             "2/2/2025"],
            ["L-10023", "Harborview Physical Therapy", "Gareth Owens", "301 Birch Ave", "760.555.0153", "Partnership",
             "83-1177345", "3/3/2025"],
            ["L-10024", "Ridgeline Karate Dojo", "Kenji Sato", "77 Elm Ct", "760 555 0164", "S Corp", "94-3301288",
             "4/4/2025"],
            ["L-10025", "Ibarra Tile & Stone", "Rogelio Ibarra", "920 Fig Ln", "760-555-0175", "Sole Proprietor",
             "571-22-4480", "5/5/2025"],
            ["L-10026", "Sunny Side Mobile Notary", "Olga Petrenko", "15 Aspen Rd", "760-555-0186", "Sole Proprietor",
             "912-78-3344", "6/6/2025"]]


def test_licence_list_entity_eins_are_the_businesses_and_a_sole_proprietors_ssn_stands_alone():
    csv = "\n".join(",".join(row) for row in _LICENCE)
    expected = {("ssn", "571-22-4480"), ("taxpayer_id", "912-78-3344")}
    assert pairs_found("https://x.org/docs/business-licenses.csv", csv) == expected
    assert pairs_found("https://x.org/docs/business-licenses.xlsx", xlsx(_LICENCE)) == expected


def test_business_name_column_alone_makes_the_ein_the_businesses():
    rows = [["Business Name", "Owner / Officer", "Business Address", "Phone", "Federal Tax ID"],
            ["Casa Lupita Taqueria", "Guadalupe Rios", "45 Olive St", "(760) 555-0111", "33-4455667"],
            ["Northgate Pharmacy", "Arjun Mehta", "12 Cedar Ave", "(760) 555-0122", "46-7788990"],
            ["Tacos La Estrella", "Hector Soto", "9 Pine St", "(760) 555-0133", "82-1122334"]]
    assert pairs_found("https://x.org/docs/licenses.xlsx", xlsx(rows)) == set()


def test_a_sole_proprietors_own_ein_and_a_business_named_as_its_owner_stay_findings():
    rows = [["Business Name", "Owner", "Address", "Phone", "Entity", "EIN"],
            ["Delgado Pool Service", "Ruben Delgado", "4 Vine St", "(760) 555-0144", "Sole Proprietor", "27-5566778"],
            ["Alma Cortez", "Alma Cortez", "18 Lime St", "(760) 555-0155", "Individual", "601-44-2299"]]
    found = pairs_found("https://x.org/docs/licenses.xlsx", xlsx(rows))
    assert ("taxpayer_id", "27-5566778") in found
    assert ("ssn", "601-44-2299") in found
    assert ("customer_name", "Alma Cortez") in found
    assert not values_of(found, "phone") and not values_of(found, "address")


def test_vendor_page_saying_its_tins_are_the_companies_feins():
    body = ("<html><body><h1>On-call contractors</h1><p>TIN shown is the company's Federal Employer Identification "
            "Number from its W-9.</p><table><tr><th>Vendor ID</th><th>Company</th><th>Contact</th><th>Phone</th>"
            "<th>E-mail</th><th>FEIN</th></tr>"
            "<tr><td>V1001</td><td>Bluewater Laundry</td><td>Priya Raman</td><td>(760) 555-0166</td>"
            "<td>priya@bluewaterlaundry.com</td><td>27-9988776</td></tr>"
            "<tr><td>V1002</td><td>Summit Yoga</td><td>Dana Whitfield</td><td>(760) 555-0177</td>"
            "<td>dana@summityoga.com</td><td>45-6677889</td></tr></table></body></html>")
    assert pairs_found("https://x.org/finance/vendors.html", body, "text/html") == set()
    # the note alone, with no column naming the business
    note_only = body.replace("<th>Company</th>", "").replace("<td>Bluewater Laundry</td>", "").replace(
        "<td>Summit Yoga</td>", "")
    assert not values_of(pairs_found("https://x.org/finance/vendors.html", note_only, "text/html"), "taxpayer_id")


def test_everyday_trades_name_businesses_and_surnames_do_not():
    for name in ("Oakridge Fish Market", "Lotus Day Spa", "Harborview Physical Therapy", "Ridgeline Martial Arts",
                 "Northside Tax Service", "Blue Sky Car Wash", "Casa Lupita Tortilleria", "Valley Smog Center",
                 "Peak Yoga", "Alvarez Plumbing & Rooter", "Golden Gate Pizza"):
        assert named_as_a_business(name), name
    for name in ("Ana Barber", "Luis Mercado", "Rosa Solar", "Maria Center", "Jin Park", "Tom Service"):
        assert not named_as_a_business(name), name


_RTF_MEMO = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0\fs22" "\n"
             r"{\b Accounts referred to collections, March}\par\par" "\n"
             r"Sent to the agency after 120 days:\par" "\n"
             r"Customer\tab Account\tab Balance\par" "\n"
             r"Ren{\uc2\u233\'65e} Okafor\tab HCP-5520117\tab $612.10\par" "\n"
             r"Jos\u233? Lucero\tab HCP-5520931\tab $98.44\par" "\n"
             r"Mei Zhang\tab HCP-5521880\tab $1,204.00\par" "\n"
             r"Total referred: $1,914.54.\par" "\n}")


def test_rtf_tab_columns_and_unicode_escapes():
    found = pairs_found("https://x.org/finance/memo.rtf", _RTF_MEMO.encode("latin-1"))
    assert values_of(found, "customer_name") == {"René Okafor", "José Lucero", "Mei Zhang"}
    assert values_of(found, "account_number") == {"HCP-5520117", "HCP-5520931", "HCP-5521880"}


def test_rtf_space_aligned_list_with_a_phone_shaped_account():
    memo = (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\f0" "\n"
            r"RE: Delinquent accounts, Q3\par" "\n"
            r"    Lorena Vidal    HCP-7001234567    $88.10\par" "\n"
            r"    Bashir Rahimi    742-118-3095    $301.77\par" "\n"
            r"    Ines Carvalho    HCP-7005550123    $45.00\par" "\n}")
    found = pairs_found("https://x.org/finance/memo.rtf", memo.encode())
    assert values_of(found, "account_number") == {"HCP-7001234567", "742-118-3095", "HCP-7005550123"}
    assert values_of(found, "customer_name") == {"Lorena Vidal", "Bashir Rahimi", "Ines Carvalho"}


def test_rtf_staff_extensions_are_no_record():
    rtf = (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0 Finance Department staff\par" "\n"
           r"Name\tab Title\tab Extension\par" "\n"
           r"Ana Ortega\tab Accountant\tab x2210\par" "\n"
           r"Leo Brandt\tab Budget Analyst\tab x2214\par" "\n}")
    assert pairs_found("https://x.org/finance/staff.rtf", rtf.encode()) == set()


def test_a_list_of_phones_under_a_collections_heading_gives_no_accounts():
    text = ("Past-due accounts - call list\n\n"
            "Lorena Vidal    760-555-0191    $88.10\n"
            "Bashir Rahimi    760-555-0192    $301.77\n"
            "Ines Carvalho    760-555-0193    $45.00\n")
    assert not values_of(pairs_found("https://x.org/finance/calls.txt", text), "account_number")


_PRIOR = ("Dear Mayor and Council,\nPlease keep the library open on Sundays.\nSincerely,\nNoor Haddad\n"
          "410 Quail Run, Mesa Linda, CA 92201\nnoor.haddad@gmail.com")
_OWN = ("To the City Council: my bill tripled after the rate change. My account number is 3-118-4402-77 and I used "
        "612 kWh in May, the same as last year. Please review it.\n-- Tomasz Wojcik, 2290 Sage Brush Ln")


def test_comment_letter_account_names_its_dash_signer_not_the_previous_letters():
    found = pairs_found("https://x.org/clerk/comments.docx", docx_paragraphs("Public comment letters - Item 7",
                                                                           _PRIOR, _OWN))
    assert values_of(found, "customer_name") == {"Tomasz Wojcik"}
    assert values_of(found, "address") == {"2290 Sage Brush Ln"}
    assert not values_of(found, "email")


def _grid_pdf(title: str, rows: list[list[str]]) -> bytes:
    """A PDF of a report writer's grid: each row's cells bordered, side by side, in a small font."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 7)
    width = (pdf.w - 20) / len(rows[0])
    for row in rows:
        if any(pdf.get_string_width(cell) > width - 1 for cell in row):  # a row too wide for the grid: one wrapped line
            pdf.multi_cell(0, 4.5, "  |  ".join(row), border=1, new_x="LMARGIN", new_y="NEXT")
            continue
        for cell in row:
            pdf.cell(width, 4.5, cell, border=1)
        pdf.ln(4.5)
    return bytes(pdf.output())


def test_register_pays_the_utility_for_a_park_named_after_a_person():
    rows = [["Check No.", "Date", "Vendor", "Description", "Amount"],
            ["204100", "6/1/2025", "Mesa Hardware", "Materials", "412.00"],
            ["204099", "6/1/2025", "Southern California Edison", "Electric svc acct 7712340000 - Civic Center plaza",
             "2,001.12"],
            ["204101", "6/2/2025", "Southern California Edison", "Electric svc acct 7712345678 - Ramirez Park lights",
             "1,234.56"],
            ["204102", "6/3/2025", "Mesa Hardware", "Materials", "88.20"],
            ["204103", "6/4/2025", "GARZA, ELENA", "CUSTOMER REFUND - ACCT 5521009876 - CREDIT BAL", "61.10"]]
    found = pairs_found("https://x.org/finance/warrants.pdf", _grid_pdf("Warrant Register - June 2025", rows))
    assert values_of(found, "account_number") == {"5521009876"}
    assert not values_of(pairs_found("https://x.org/w.txt", "Payments\n\nElectric svc acct 7712345678 - Ramirez Park "
                                                            "lights\n"), "account_number")


def test_residential_row_with_the_phone_in_the_holders_cell():
    rows = [["Facility", "Service Address", "Account Holder", "SCE Service Acct", "Annual kWh"],
            ["City Hall", "100 Civic Center Dr", "City of Mesa Linda", "8100000011", "401,220"],
            ["Alder Park", "55 Alder Way", "City of Mesa Linda", "8100000022", "61,004"],
            ["RES - TRAN MAI", "77 Juniper Ct", "Mai Tran  tel 760.555.0182", "8100000033", "9,870"]]
    found = pairs_found("https://x.org/energy/facilities.xlsx", xlsx(rows))
    assert values_of(found, "customer_name") <= {"Mai Tran", "TRAN MAI"} and "Mai Tran" in values_of(found,
                                                                                                   "customer_name")
    assert values_of(found, "phone") == {"760.555.0182"}
    assert values_of(found, "account_number") == {"8100000033"}
    assert "8100000011" not in values_of(found, "account_number")


def test_a_vendor_named_as_a_person_keeps_their_ein_beside_a_dba():
    rows = [["Vendor", "DBA", "Remit Address", "TIN"],
            ["Ana Ruiz", "Ruiz Tile", "12 Elm St", "82-1234567"],
            ["Sierra Paving Inc.", "Sierra Paving", "1 Main St", "95-7654321"]]
    assert values_of(pairs_found("https://x.org/finance/vendors.xlsx", xlsx(rows)), "taxpayer_id") == {"82-1234567"}
