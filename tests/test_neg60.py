"""Red team neg60 (precision on a city's Public Works, Planning, Building and Utilities pages, with its community
choice energy program's customer pages; fix neg60).

- A bid tabulation's or a vendor directory's bidder named by the trade that ends its name ("Halcyon Pools", "Redstone
  Framing", "Mesa Geotechnical") is a firm, its EIN the firm's, whatever word opens the name, also where a PDF's
  columns run the name into its address; a person's name, or one doing business under a trade name, keeps the EIN.
- A bid's row of a sole proprietor under a trade name ("NAME dba Trade | business address | SSN") reports the SSN
  alone: the address and phone on the trade's own line are the business's; a home or a utility account keeps the name.
- A public agency's staff card (a name's heading over "Board Clerk", "Community Outreach") publishes the mobile under
  it; a card whose line under the name gives no role does not.
- A permit log's free-text cell telling the "owner's" utility account and usage names the row's Owner column as the
  account's holder; a permit log without an account keeps its owners public.
"""
import io

from tests.detector_helpers import pairs_found, values_of, workbook

_PERSONAL = {"customer_name", "address", "phone", "email", "account_number", "energy_usage"}


def _columns_pdf(rows: list[list[str]], width: int = 110) -> bytes:
    """A one-page PDF whose rows are cells drawn ``width`` points apart, as a tabulation prints them."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, row in enumerate(rows):
        for j, cell in enumerate(row):
            pdf.drawString(40 + j * width, 760 - 16 * k, cell)
    pdf.save()
    return out.getvalue()


def _tabulation(*bidders: list[str]) -> bytes:
    return _columns_pdf([["BID TABULATION - CITYWIDE CURB RAMPS - BID NO. 2026-114"], [],
                         ["Bidder", "Address", "Tax ID", "License", "Bid"], *bidders,
                         [], ["Engineer's estimate: $812,400"]])


def test_trade_named_bidders_eins_are_the_firms():
    pdf = _tabulation(["Halcyon Pools", "2231 Ramona Blvd, Pomona, CA", "84-3920117", "802214", "$744,120"],
                      ["Redstone Framing Incorporated West", "90 Mill St, Corona, CA", "27-5518840", "771903",
                       "$801,500"],
                      ["Mesa Geotechnical 4410 Orange Grove Ave, Fontana, CA", "", "46-1180392", "930016", "$790,000"])
    found = pairs_found("https://x.gov/bids/curb-ramps-tabulation.pdf", pdf)
    assert not values_of(found, "taxpayer_id"), found
    page = ("<html><body><h1>Vendor Directory</h1><table><tr><th>Vendor</th><th>Contact</th><th>Phone</th>"
            "<th>Email</th><th>Federal Tax ID</th></tr><tr><td>Aurelio Drywall</td><td>Ximena Castellanos</td>"
            "<td>(714) 330-2285</td><td>ximena@aureliodrywall.com</td><td>33-7721904</td></tr><tr><td>Pinecrest "
            "Civil</td><td>Dorian Whitlock</td><td>(562) 417-9920</td><td>dorian@pinecrest.com</td>"
            "<td>95-4417206</td></tr></table></body></html>")
    found = pairs_found("https://x.gov/bids/vendor-directory.html", page)
    assert not {kind for kind, _ in found} & (_PERSONAL | {"taxpayer_id"}), found


def test_a_bidder_named_as_a_person_keeps_the_ein():
    pdf = _tabulation(["Teresa Villanueva", "2231 Ramona Blvd, Pomona, CA", "84-3920117", "802214", "$744,120"],
                      ["Halcyon Pools", "90 Mill St, Corona, CA", "27-5518840", "771903", "$801,500"],
                      ["Dorian Whitlock dba Whitlock Drywall", "80 Mill St, Corona, CA", "82-6604118", "1",
                       "$799,000"])
    found = pairs_found("https://x.gov/bids/curb-ramps-tabulation.pdf", pdf)
    assert values_of(found, "taxpayer_id") == {"84-3920117", "82-6604118"}, found
    page = ("<html><body><h1>Bid Results</h1><table><tr><th>Bidder</th><th>Address</th><th>FEIN</th><th>Bid</th>"
            "</tr><tr><td>Dorian Whitlock dba Whitlock Drywall</td><td>80 Mill St, Corona, CA</td><td>82-6604118</td>"
            "<td>$402,000</td></tr></table></body></html>")
    assert "82-6604118" in values_of(pairs_found("https://x.gov/bids/results.html", page), "taxpayer_id")


def test_a_dba_bidders_row_reports_the_ssn_alone():
    pdf = _columns_pdf([["BID RESULTS - PARKWAY TREE PRUNING - BID NO. 2026-071"], [],
                        ["Bidder", "", "Address", "Tax ID", "Bid"],
                        ["Ximena Castellanos dba Castellanos Tree Care", "", "518 Vine St, Rialto, CA",
                         "SSN 524-71-3068", "$288,000"],
                        ["Halcyon Pools", "", "2231 Ramona Blvd, Pomona, CA", "84-3920117", "$301,450"]], width=130)
    found = pairs_found("https://x.gov/bids/pruning-results.pdf", pdf)
    assert values_of(found, "ssn") == {"524-71-3068"}, found
    assert not {kind for kind, _ in found} & _PERSONAL, found
    pdf = _columns_pdf([["BID RESULTS - PARKWAY TREE PRUNING - BID NO. 2026-071"], [],
                        ["Bidder", "", "Address", "Tax ID", "Bid"],
                        ["Quillon Abernathy dba Abernathy Arbor Care", "", "518 Vine St, Rialto, CA",
                         "SSN 524-71-3068", "$288,000"]], width=130)
    found = pairs_found("https://x.gov/bids/pruning-results.pdf", pdf)
    assert values_of(found, "ssn") == {"524-71-3068"}, found
    assert not {kind for kind, _ in found} & _PERSONAL, found


def test_a_dba_proprietors_home_or_account_keeps_the_name():
    text = ("<html><body><p>Claim file: Ximena Castellanos dba Castellanos Tree Care, her home at 518 Vine St, "
            "Rialto, SSN 524-71-3068.</p></body></html>")
    found = pairs_found("https://x.gov/risk/claims.html", text)
    assert "Ximena Castellanos" in values_of(found, "customer_name"), found
    text = ("<html><body><p>Ximena Castellanos dba Castellanos Tree Care, 518 Vine St, Rialto, SCE account "
            "2-38-114-7302, asked to move the shop's service.</p></body></html>")
    found = pairs_found("https://x.gov/energy/transfers.html", text)
    assert "Ximena Castellanos" in values_of(found, "customer_name"), found


def _cards(role: str) -> str:
    return ("<html><body><h1>Staff Contacts</h1><div><h3>Rosalind Achebe-Marsh</h3><p>" + role + "</p>"
            "<p>Office (844) 310-2200 ext. 141</p><p>Mobile (626) 774-3019</p><p>rachebemarsh@sgvpower.org</p>"
            "</div><div><h3>Teodoro Valdivia</h3><p>" + role + "</p><p>Office (844) 310-2200 ext. 152</p>"
            "<p>Mobile (626) 552-8841</p><p>tvaldivia@sgvpower.org</p></div></body></html>")


def test_an_agencys_staff_cards_publish_their_mobiles():
    for role in ("Board Clerk", "Community Outreach", "Senior Planner"):
        found = pairs_found("https://www.arroyoverde.gov/energy/staff.html", _cards(role))
        assert not values_of(found, "phone"), (role, found)


def test_a_card_with_no_role_under_the_name_keeps_the_mobile():
    found = pairs_found("https://www.arroyoverde.gov/energy/staff.html", _cards("Lives near the Eastside park"))
    assert "(626) 774-3019" in values_of(found, "phone"), found


_PERMITS = ["Permit No.", "Issued", "Job Address", "Description", "Valuation", "Property Owner", "Contractor",
            "CSLB Lic.", "Contractor Phone"]


def test_the_owner_whose_account_a_permit_tells_is_the_customer():
    book = workbook({"Permits": [_PERMITS,
                                 ["B26-00412", "03/04/2026", "1872 Quince Hollow Rd", "Service upgrade 200A for a heat "
                                  "pump; owner's SCE service acct 3-417-2260-81, last 12 months 9,804 kWh per bill "
                                  "on file", "$6,500", "Leocadio Fairweather", "Halcyon Electric Inc.", "918233",
                                  "(714) 221-4409"],
                                 ["B26-00413", "03/04/2026", "40 Juniper Bend", "Re-roof 22 squares", "$14,000",
                                  "Marisela Okafor", "Redstone Roofing Co.", "771903", "(562) 338-1120"]]})
    found = pairs_found("https://x.gov/building/permits-march.xlsx", book)
    assert "3-417-2260-81" in values_of(found, "account_number")
    assert "Leocadio Fairweather" in values_of(found, "customer_name"), found
    assert "Marisela Okafor" not in values_of(found, "customer_name"), found
    assert values_of(found, "address") == {"1872 Quince Hollow Rd"}, found


def test_a_permit_log_without_accounts_keeps_its_owners_public():
    book = workbook({"Permits": [_PERMITS,
                                 ["B26-00412", "03/04/2026", "1872 Quince Hollow Rd", "Service upgrade 200A; owner's "
                                  "heat pump", "$6,500", "Leocadio Fairweather", "Halcyon Electric Inc.", "918233",
                                  "(714) 221-4409"]]})
    found = pairs_found("https://x.gov/building/permits-march.xlsx", book)
    assert not {kind for kind, _ in found} & _PERSONAL, found


def test_a_pdfs_street_light_inventory_holds_the_citys_accounts():
    rows = [["Pole inventory, Verbena tract (LS-1)"], [], ["Pole", "Location", "Rate", "SCE Account", "kWh/mo"],
            ["P-4471", "1180 Verbena Way", "LS-1", "2-31-774-2090", "44"],
            ["P-4472", "1216 Verbena Way", "LS-1", "2-31-774-2103", "44"]]
    found = pairs_found("https://x.gov/streets/lights.pdf", _columns_pdf(rows, width=100))
    assert not {kind for kind, _ in found} & _PERSONAL, found


def test_a_pdfs_table_naming_a_customer_beside_a_pole_is_reported():
    rows = [["STREET LIGHT BILLING DISPUTES"], [], ["Pole", "Customer", "Service Address", "SCE Account", "kWh/mo"],
            ["P-4471", "Teresa Villanueva", "118 Elm Way", "2-31-774-2090", "612"]]
    found = pairs_found("https://x.gov/streets/disputes.pdf", _columns_pdf(rows, width=120))
    assert "2-31-774-2090" in values_of(found, "account_number"), found


def test_accounts_at_intersections_are_the_citys_signals():
    page = ("<html><body><h1>Signal Energy, FY 2025-26</h1><table><tr><th>Intersection</th><th>SCE Service Account</th>"
            "<th>Annual kWh</th><th>Cost</th></tr><tr><td>Verbena Way / Juniper Bend</td><td>8920015761</td>"
            "<td>8,594</td><td>$1,930</td></tr><tr><td>Alder St &amp; 4th Ave</td><td>8982292248</td><td>9,925</td>"
            "<td>$2,210</td></tr></table></body></html>")
    found = pairs_found("https://x.gov/traffic/signal-energy.html", page)
    assert not {kind for kind, _ in found} & _PERSONAL, found


def test_a_statement_of_the_citys_installations_accounts_holds_the_table():
    table = ("<table><tr><th>Service Account</th><th>Location</th><th>Annual kWh</th><th>Finding</th></tr><tr>"
             "<td>3-417-2260-81</td><td>1180 Verbena Way</td><td>1,204</td><td>Rate corrected</td></tr></table>")
    page = ("<html><body><h1>Billing Audit</h1><p>Staff compared the Town's SCE bills for its street lighting and "
            "traffic signal accounts with the inventory.</p>" + table + "</body></html>")
    found = pairs_found("https://x.gov/traffic/audit.html", page)
    assert not {kind for kind, _ in found} & _PERSONAL, found
    page = ("<html><body><h1>Billing Audit</h1><p>Staff compared the Town's utility accounts past due with the "
            "shut-off list.</p>" + table.replace("Rate corrected", "Teresa Villanueva, tenant") + "</body></html>")
    found = pairs_found("https://x.gov/utilities/audit.html", page)
    assert "3-417-2260-81" in values_of(found, "account_number"), found
