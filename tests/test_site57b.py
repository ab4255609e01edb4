"""Red team site57b (structured data published on a city's web site): a drawing a sitemap lists before the page that
shows it, a permit number beside a customer's utility account, ... Each true case in other words and names than the
red team's site, beside hard negatives of a city's open data."""
from __future__ import annotations

import json

from fault_site import FaultSite, body, page
from tests.detector_helpers import pairs_found

CHART = ("<svg xmlns='http://www.w3.org/2000/svg'><title>Top residential users</title>"
         "<text x='10' y='20'>Oyinkansola Bergstrom (CCE acct 5512 0938 47)</text>"
         "<text x='300' y='20'>4,812 kWh</text></svg>")


def test_a_drawing_a_sitemap_lists_first_is_still_read_as_the_page_s_asset(run_pubcheck, tmp_path):
    """A sitemap lists every file of the site, drawings included: met there first, an SVG chart is refused as a link
    (no document), and must still be read when the page that shows it is crawled."""
    routes = {
        "/": page("<main><h1>City of Vista Lomas</h1><p><a href='/reports/energy'>Energy reports</a></p></main>"),
        "/reports/energy": page("<main><h1>Energy reports</h1><object data='/charts/top-users.svg' "
                                "type='image/svg+xml'></object></main>"),
        "/charts/top-users.svg": body(CHART, "image/svg+xml"),
        "/charts/logo.svg": body("<svg xmlns='http://www.w3.org/2000/svg'><text>Vista Lomas</text></svg>",
                                 "image/svg+xml"),
    }
    with FaultSite(routes) as site:
        locs = "".join(f"<url><loc>{site.url}{path}</loc></url>" for path in
                       ("charts/top-users.svg", "charts/logo.svg", "reports/energy"))
        site.routes["/sitemap.xml"] = body("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/"
                                           f"sitemap/0.9'>{locs}</urlset>", "application/xml")
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal", "--fail-on", "never")
        data = json.loads((tmp_path / "out" / "findings.json").read_text())
        found = {f["value"] for f in data["findings"] if f["url"] == site.url + "charts/top-users.svg"}
        docs = {d["url"]: d for d in data["documents"]}
    assert result.returncode == 0
    assert "5512 0938 47" in found
    assert docs[site.url + "charts/top-users.svg"]["status"] == "scanned"
    assert docs[site.url + "charts/logo.svg"]["status"] == "skipped"  # listed, shown by no page: no document


# a script's or a data file's value that is HTML (a map marker's popup) is read as a page is

def _map_page(markers: list[dict]) -> str:
    return ("<html><body><h1>Service Interruptions</h1><div id='map'></div><script>var pins = "
            + json.dumps(markers) + ";\npins.forEach(function(p){ L.marker([p.lat, p.lon]).bindPopup(p.html); });"
            "</script></body></html>")


def test_a_marker_popup_s_html_is_read_line_by_line():
    html = _map_page([
        {"lat": 33.91, "lon": -117.02, "html": "<h3>2207 Quailbrush Ct</h3><p>Account holder: Wendeline Osei-Mbatha "
                                               "&middot; 7003 4418 2095</p><p>Callback: 951-372-6604</p>"},
        {"lat": 33.92, "lon": -117.03, "html": "<strong>Ruairi Fenwick-Obi</strong><br>88 Larkspur Ridge Rd<br>"
                                               "SCE Acct #: 2-41-775-3102<br>(909) 447-2861"}])
    found = pairs_found("https://www.vistalomas.gov/outages/map", html, "text/html")
    for pair in [("address", "2207 Quailbrush Ct"), ("customer_name", "Wendeline Osei-Mbatha"),
                 ("account_number", "7003 4418 2095"), ("phone", "951-372-6604"),
                 ("customer_name", "Ruairi Fenwick-Obi"), ("address", "88 Larkspur Ridge Rd"),
                 ("account_number", "2-41-775-3102"), ("phone", "(909) 447-2861")]:
        assert pair in found


def test_a_facility_map_s_popups_stay_public():
    html = _map_page([
        {"lat": 33.91, "lon": -117.02, "html": "<h3>Larkspur Community Center</h3><p>410 W Alessandro Blvd</p>"
                                               "<p>Open 8am-6pm &middot; (909) 620-2321</p>"},
        {"lat": 33.93, "lon": -117.05, "html": "<b>Cooling Center: Main Library</b><br>280 E Grand Ave<br>"
                                               "Contact: Library Services, (909) 620-2473"}])
    assert pairs_found("https://www.vistalomas.gov/cooling-centers/map", html, "text/html") == set()


def test_a_geojson_s_html_description_is_read_as_the_popup_shows_it():
    data = {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point",
            "coordinates": [-117.1, 33.9]}, "properties": {"id": 41, "description": (
                "<table><tr><td>Customer</td><td>Eulalia Brandvold</td></tr><tr><td>Service address</td>"
                "<td>3140 Sagebrush Hollow</td></tr><tr><td>Meter</td><td>V349918270</td></tr></table>")}}]}
    found = pairs_found("https://www.vistalomas.gov/data/site-visits.geojson", json.dumps(data),
                        "application/geo+json")
    assert ("customer_name", "Eulalia Brandvold") in found
    assert ("address", "3140 Sagebrush Hollow") in found


# an XML roster's <Applicant id="..."> beside the applicant's utility account

ROSTER = ("<?xml version='1.0'?><Enrollments program='Energy Assist'>{}</Enrollments>")


def test_an_applicant_s_id_beside_a_utility_account_keeps_the_roster_a_customers_one():
    xml = ROSTER.format("".join(
        f"<Applicant id='{n}'><FirstName>{first}</FirstName><LastName>{last}</LastName><ServiceAddress>{street}"
        f"</ServiceAddress><UtilityAcct>{acct}</UtilityAcct><Email>{mail}</Email></Applicant>"
        for n, first, last, street, acct, mail in [
            (318, "Ingeborg", "Adebayo-Lund", "5521 Coyote Pass", "7001 5538 2046", "ingeborg.al@gmail.com"),
            (327, "Temitope", "Vasquez-Hale", "901 Oriole Glen Dr", "7004 1187 9931", "tvhale@yahoo.com")]))
    found = pairs_found("https://www.vistalomas.gov/data/enrollments.xml", xml, "application/xml")
    for pair in [("address", "5521 Coyote Pass"), ("email", "ingeborg.al@gmail.com"),
                 ("address", "901 Oriole Glen Dr"), ("email", "tvhale@yahoo.com")]:
        assert pair in found


def test_a_job_applicants_list_with_applicant_ids_stays_public():
    xml = ("<?xml version='1.0'?><Recruitment position='Electrician II'>" + "".join(
        f"<Applicant id='{n}'><Name>{name}</Name><Status>{status}</Status><Email>{mail}</Email></Applicant>"
        for n, name, status, mail in [(11, "Dagny Oyelaran", "Interview", "recruiting@vistalomas.gov"),
                                      (12, "Marco Szabo-Reyes", "Eligible list", "recruiting@vistalomas.gov")])
        + "</Recruitment>")
    found = pairs_found("https://www.vistalomas.gov/hr/recruitment.xml", xml, "application/xml")
    assert not {pair for pair in found if pair[0] in ("customer_name", "address", "email")}


# a permit's number beside the home's utility account and usage: the rows are the utility's customers

def test_a_permit_column_beside_the_home_s_account_and_usage_keeps_the_rows_customers():
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-117.1 - i / 100, 33.9]},
                 "properties": {"permit": permit, "charger_kw": 11.5,
                                "owner": {"name": name, "phone": phone, "email": mail},
                                "service": {"address": street, "account": account}, "usage": {"kwh_12mo": kwh}}}
                for i, (permit, name, phone, mail, street, account, kwh) in enumerate([
                    ("EV-2025-0412", "Anneliese Mbeki-Tran", "760-415-9382", "ambeki.tran@gmail.com",
                     "4471 Pepper Tree Ln", "800184420397", 9120),
                    ("EV-2025-0419", "Osvaldo Kirkegaard", "760-289-0416", "okirkegaard@outlook.com",
                     "19 Manzanita Bluff", "800229140075", 11875)])]
    found = pairs_found("https://www.vistalomas.gov/data/ev-charger-installs.geojson",
                        json.dumps({"type": "FeatureCollection", "features": features}), "application/geo+json")
    for pair in [("customer_name", "Anneliese Mbeki-Tran"), ("phone", "760-415-9382"),
                 ("email", "ambeki.tran@gmail.com"), ("address", "4471 Pepper Tree Ln"),
                 ("account_number", "800184420397"), ("customer_name", "Osvaldo Kirkegaard"),
                 ("address", "19 Manzanita Bluff")]:
        assert pair in found


def test_a_permit_log_without_accounts_stays_public():
    csv_text = ("Permit No,Applicant,Site Address,Contractor,Contractor Phone,System kW\n"
                "BLD-2025-01882,Hollis Achterberg,2290 Cielo Vista Dr,SunRidge Electric Inc,(951) 688-2100,7.6\n"
                "BLD-2025-01901,Magdalena Oduya,614 Stonegate Ct,Brightline Solar LLC,(909) 305-7720,5.2\n")
    found = pairs_found("https://www.vistalomas.gov/data/solar-permits.csv", csv_text, "text/csv")
    assert not {pair for pair in found if pair[0] in ("customer_name", "address", "phone")}


def test_a_facility_s_permit_and_account_stay_the_city_s():
    csv_text = ("Permit,Facility,Site Address,SCE Acct,kWh FY25\n"
                "ELE-2024-0077,Larkspur Community Center,410 W Alessandro Blvd,2-19-440-7781,184220\n"
                "ELE-2024-0081,Corporation Yard,2250 Rancho Way,2-19-440-9902,402118\n")
    found = pairs_found("https://www.vistalomas.gov/data/facility-solar.csv", csv_text, "text/csv")
    assert not {pair for pair in found if pair[0] in ("customer_name", "address", "energy_usage")}


# an ArcGIS layer of the City's facilities and their accounts: "Aquatics Center" is the City's as "Aquatic Center" is

def test_the_city_s_aquatics_center_account_stays_the_city_s():
    layer = {"features": [{"attributes": {"OBJECTID": i, "FACILITY_NAME": name, "ADDRESS": street, "SCE_ACCT": acct,
                                          "KWH_2024": kwh}, "geometry": {"x": -117.2, "y": 33.9}}
                          for i, (name, street, acct, kwh) in enumerate([
                              ("Riverside Aquatics Center", "1600 Tequesquite Ave", "8021577420", 512300),
                              ("Larkspur Senior Center", "702 Oriole Ave", "8021590314", 211420)], start=1)]}
    found = pairs_found("https://gis.vistalomas.gov/arcgis/rest/services/Facilities/MapServer/0/query",
                        json.dumps(layer), "application/json")
    assert found == set()


def test_a_resident_s_account_in_an_arcgis_layer_is_found():
    layer = {"features": [{"attributes": {"OBJECTID": 7, "ACCT_HOLDER": "Philippa Nwosu-Berg",
                                          "SITE_ADDR": "4410 Thornapple Way", "SVC_ACCT": "8021466930",
                                          "PH": "951-733-0284"}, "geometry": {"x": -117.2, "y": 33.9}}]}
    found = pairs_found("https://gis.vistalomas.gov/arcgis/rest/services/Outages/MapServer/0/query",
                        json.dumps(layer), "application/json")
    assert {("customer_name", "Philippa Nwosu-Berg"), ("account_number", "8021466930")} <= found


# a table laid out with the fields as rows: a row of people's names whose first cell names no field

PIVOT = ("Field,Household 1,Household 2,Household 3\n"
         "Who,Perpetua Lindqvist-Oya,Maximino Achterberg,Oluwadamilare Sato\n"
         "Where,5510 Greenbriar Hollow,230 Stonefly Ct,8874 Cedar Shake Rd\n"
         "SCE SA,3-017-4471-22,3-017-4471-90,3-017-5502-13\n"
         "Jul kWh,1204,988,1532\n")


def test_a_row_of_names_in_a_pivot_of_households_is_the_customers_names():
    found = pairs_found("https://www.vistalomas.gov/data/battery-pilot-round2.csv", PIVOT, "text/csv")
    for name in ("Perpetua Lindqvist-Oya", "Maximino Achterberg", "Oluwadamilare Sato"):
        assert ("customer_name", name) in found
    assert ("address", "230 Stonefly Ct") in found


def test_a_pivot_of_staff_or_council_contacts_stays_public():
    staff = ("Contact,Primary,Backup\nWho,Yolanda Ferreira-Stark,Desmond Ikwuemesi\n"
             "Where,505 S Garey Ave Room 204,505 S Garey Ave Room 118\nPhone,(909) 620-2211,(909) 620-2250\n"
             "Email,yferreira@vistalomas.gov,dikwuemesi@vistalomas.gov\n")
    council = ("District,1,2,3\nWho,Mayor Pro Tem Ingrid Halvorsen,Councilmember Tobias Mwangi,Councilmember Rosalba "
               "Quintero\nOffice phone,(909) 620-2101,(909) 620-2102,(909) 620-2103\n"
               "Email,ihalvorsen@vistalomas.gov,tmwangi@vistalomas.gov,rquintero@vistalomas.gov\n")
    assert pairs_found("https://www.vistalomas.gov/eoc/contacts.csv", staff, "text/csv") == set()
    assert pairs_found("https://www.vistalomas.gov/council/districts.csv", council, "text/csv") == set()


# a CIS export's house number in a column of its own, named for the address it is part of ("SVC_HOUSE_NO")

def test_a_house_number_column_named_for_the_service_address_is_read_with_its_street():
    csv_text = ("CUST_NO,NAME_LAST,NAME_FIRST,SVC_HOUSE_NO,SVC_STREET,TAX_ID,MAIL_HOUSE_NBR,MAIL_STREET,PH_HOME\n"
                "40017721,ABERNETHY-OSEI,CLEMENTINE,4410,THORNAPPLE WAY,529-41-7730,PO BOX,2210,9517330284\n"
                "40017788,VILLANUEVA,TIBERIU,88,KESTREL RIDGE RD,618-20-4471,17,CALLE MIRASOL,9517331190\n")
    found = pairs_found("https://www.vistalomas.gov/data/cis-sync.csv", csv_text, "text/csv")
    addresses = {value for kind, value in found if kind == "address"}
    assert {"4410", "88"} <= {value.split()[0] for value in addresses}
    assert {("ssn", "529-41-7730"), ("ssn", "618-20-4471"), ("account_number", "40017721")} <= found


def test_a_streetlight_inventory_s_house_numbers_stay_the_city_s():
    csv_text = ("POLE_ID,SITE_HOUSE_NO,SITE_STREET,SCE_ACCT,RATE,LAMP_W\n"
                "SL-4471,1200,ALESSANDRO BLVD,2-19-440-1182,LS-1,100\n"
                "SL-4472,1260,ALESSANDRO BLVD,2-19-440-1182,LS-1,100\n")
    found = pairs_found("https://www.vistalomas.gov/data/streetlights.csv", csv_text, "text/csv")
    assert not {pair for pair in found if pair[0] == "address"}


# a legacy export's field names opening with a two-letter word ("NmFirst", "PhHome")

def test_field_names_opening_with_a_two_letter_word_are_read_by_their_words():
    xml = ("<?xml version='1.0'?><Roster>" + "".join(
        f"<Rec><NmFirst>{first}</NmFirst><NmLast>{last}</NmLast><PhHome>{phone}</PhHome>"
        f"<SvcAddr>{street}</SvcAddr><AcctNo>{acct}</AcctNo></Rec>"
        for first, last, phone, street, acct in [
            ("Wilhelmina", "Osei-Bonsu", "951-640-2217", "2045 Juniper Draw", "7003 8812 4410"),
            ("Caspian", "Ndiaye-Holm", "951-640-7781", "17 Marigold Ter", "7003 8812 5521")]) + "</Roster>")
    found = pairs_found("https://www.vistalomas.gov/data/legacy-roster.xml", xml, "application/xml")
    assert {("customer_name", "Wilhelmina Osei-Bonsu"), ("customer_name", "Caspian Ndiaye-Holm"),
            ("phone", "951-640-2217"), ("address", "17 Marigold Ter")} <= found


def test_a_staff_roster_with_such_field_names_stays_public():
    xml = ("<?xml version='1.0'?><Staff>" + "".join(
        f"<Emp><NmFirst>{first}</NmFirst><NmLast>{last}</NmLast><Title>{title}</Title><Dept>Utilities</Dept>"
        f"<PhWork>(909) 620-22{n}</PhWork></Emp>"
        for n, first, last, title in [(11, "Yolanda", "Ferreira-Stark", "Energy Analyst"),
                                      (50, "Desmond", "Ikwuemesi", "Meter Reader")]) + "</Staff>")
    assert pairs_found("https://www.vistalomas.gov/data/staff.xml", xml, "application/xml") == set()


def test_a_zip_code_cell_is_no_house_number_of_the_next_cell_s_words():
    """A roster's ZIP column, then the utility's name ("Camino Real Power account"): no address "92503 Camino Real"."""
    xml = ("<?xml version='1.0'?><Roster>" + "".join(
        f"<Applicant id='{n}'><FirstName>{first}</FirstName><LastName>{last}</LastName><SvcAddr><Line1>{street}</Line1>"
        f"<Zip>{zip_code}</Zip></SvcAddr><AcctNbr utility='Camino Real Power account'>{acct}</AcctNbr></Applicant>"
        for n, first, last, street, zip_code, acct in [
            (12, "Wilhelmina", "Osei-Bonsu", "2045 Juniper Draw", "92503", "7003 8812 4410"),
            (13, "Caspian", "Ndiaye", "17 Marigold Ter", "92504", "7003 8812 5521")]) + "</Roster>")
    found = pairs_found("https://www.vistalomas.gov/data/roster.xml", xml, "application/xml")
    assert {value for kind, value in found if kind == "address"} == {"2045 Juniper Draw", "17 Marigold Ter"}
