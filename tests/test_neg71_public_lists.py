"""Public city pages that round 70's record rules read as customers' records: a headerless list of parks named after
people beside their lighting's kWh (a lone household row's holder rule read every row), restaurants named by their
dish first ("Pho Minh"), the CCA's invoices and contracts under its letters beside a vendor's address, a council
meeting's phone operator who tells callers they will be called back, a year's utilities budget's ledger codes. The
customers' records beside them are still found."""
from __future__ import annotations

from detectors.context.persons import names_in
from tests.detector_helpers import pairs_found


def _found(html: str, url: str = "https://www.ci.pomona.ca.us/page.html") -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for kind, value in pairs_found(url, html, "text/html"):
        found.setdefault(kind, set()).add(value)
    return found


def _rows(rows: list[list[str]]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def test_a_headerless_list_of_parks_and_halls_with_their_lighting_kwh_is_public():
    rows = [["Jackson Hall", "1120 Hollowell Ave", "(909) 620-2311", "24,168 kWh"],
            ["Helen Park", "2190 Kenoak Dr", "(909) 620-2312", "34,200 kWh"],
            ["Garfield Park", "2519 Artesia St", "(909) 620-2313", "12,619 kWh"],
            ["Marian Park", "2790 Tejon Pl", "(909) 620-2314", "8,412 kWh"],
            ["Ted Greene Park", "310 Westmont Dr", "(909) 620-2315", "5,007 kWh"],
            ["Tony Cerda Park", "499 Anaheim St", "(909) 620-2316", "19,950 kWh"]]
    assert _found(f"<html><body><h1>Park Lighting Energy Use</h1>{_rows(rows)}</body></html>") == {}


def test_a_hall_named_after_a_given_name_among_parks_is_a_place_too():
    rows = [["Ted Greene Park", "956 Kenoak Dr", "(909) 620-2321", "50,389 kWh"],
            ["Marian Park", "1279 Willow Glen Ln", "(909) 620-2322", "2,454 kWh"],
            ["Cesar Chavez Park", "2268 Monterey Ave", "(909) 620-2323", "60,965 kWh"],
            ["Harold Hall", "411 Tejon Pl", "(909) 620-2324", "7,310 kWh"]]
    assert _found(f"<html><body><h1>Park Lighting Energy Use</h1>{_rows(rows)}</body></html>") == {}


def test_a_lone_hidden_household_row_is_still_a_record():
    row = [["Perpetua Whitcombe", "3118 Casa Vista Dr", "9094417723", "812kWh"]]
    found = _found(f"<html><body><p>Program update.</p><template>{_rows(row)}</template></body></html>")
    assert "Perpetua Whitcombe" in found.get("customer_name", set())
    assert "812kWh" in found.get("energy_usage", set())


def test_restaurants_named_by_their_dish_are_no_people():
    rows = [["Pho Minh", "2625 Mission Blvd", "(951) 700-4473", "A"],
            ["Pho Le Loi", "2441 Mission Blvd", "(626) 774-3288", "A"],
            ["Han Yang Tofu", "1718 Holt Ave", "(626) 424-3014", "B"],
            ["Com Tam Thanh Long", "600 Holt Ave", "(909) 545-5485", "A"],
            ["Kim Son Bakery", "289 Holt Ave", "(909) 370-8910", "A"]]
    assert _found(f"<html><body><h1>Restaurant Inspection Grades</h1>{_rows(rows)}</body></html>") == {}
    row = [["Pho Minh", "2537 Holt Ave", "(626) 484-7436", "40 kW rooftop"]]
    assert _found(f"<html><body><div hidden>{_rows(row)}</div></body></html>") == {}


def test_a_vendors_lone_hidden_row_is_no_household():
    row = [["Foothill Fleet Parts", "9216 Ridgeway St, Upland", "(909) 490-5856", "17,860 kWh"]]
    assert _found(f"<html><body><h1>Vendor Spotlight</h1><div hidden>{_rows(row)}</div></body></html>") == {}


def test_a_dish_before_a_name_ends_no_name_of_its_own():
    text = "Ana Ruiz ate pho with Minh Tran at Pho Hoa Binh."
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["Ana Ruiz", "Minh Tran"]


def test_the_ccas_invoices_and_contracts_beside_a_vendors_address_are_no_accounts():
    found = _found("<html><body><p>Invoice PCE-5439587 from Kimley-Horn, 5984 Grand Ave, was paid on 4/2/2026.</p>"
                   "<p>Contract PCE-4293352 with Tri-County Tree Service, 8315 Bonita Ave, Ontario, was extended.</p>"
                   "<p>Docket PCE-3187251 was filed by MRW &amp; Associates, 516 Ridgeway St, on 4/9/2026.</p>"
                   "<p>Advice Letter PCE 6197772-4 from CalCCA, 843 Kingsley Ave, approved the tariff.</p>"
                   "<p>Claim PCE-7426076 by Greenline Landscape Co., 7274 Grand Ave, was denied by the Council.</p>"
                   "</body></html>")
    assert found == {}


def test_a_customers_short_pce_form_is_still_an_account():
    found = _found("<html><body><p>Customer Ofelia Mendizabal, PCE-9027021, disputed the late fee.</p></body></html>")
    assert any(value.endswith("9027021") for value in found.get("account_number", set()))


_MEETING = """<pre>Clerk: We will now take public comment on Item 7, the PCE rate update.
Operator: Callers, press star nine to speak. If you are disconnected we will call back the number you dialled in from; your line is open.
Caller: Hi, this is Wilhelmina Quarles, I live in District 4. I oppose the rate increase.
Operator: Thank you. Please state your name for the record, next caller.
Caller: It's Severino Northcott. I support the green product.
</pre>"""


def test_a_council_meetings_callers_are_no_customers():
    assert _found(f"<html><body>{_MEETING}</body></html>") == {}


def test_a_service_call_still_gives_its_callers_record():
    call = ("<pre>Agent: Pomona Choice Energy, may I have the service address?\nCaller: 2256 Casa Vista Dr.\n"
            "Agent: And your name, please?\nCaller: It's Napoleon Oberholtzer.\nAgent: A callback number?\n"
            "Caller: (909) 443-8220.</pre>")
    found = _found(f"<html><body>{call}</body></html>")
    assert "Napoleon Oberholtzer" in found.get("customer_name", set())
    assert "(909) 443-8220" in found.get("phone", set())


def test_a_years_utilities_budget_ledger_codes_are_no_ssns():
    rows = [["570-91-9371", "Electricity - Fire Station 181", "24,400 kWh", "$12,345"],
            ["215-62-6002", "Electricity - Corporate Yard", "18,250 kWh", "$9,870"],
            ["101-77-4233", "Electricity - Pomona Public Library", "31,020 kWh", "$15,402"]]
    found = _found(f"<html><head><title>FY 2026-27 Utilities Budget</title></head><body>"
                   f"<h1>FY 2026-27 Utilities Budget</h1>{_rows(rows)}</body></html>")
    assert "ssn" not in found


def test_a_budget_billing_list_is_no_budget():
    rows = [["Eulalia Brightwater", "570-91-9371", "$120"], ["Lazarus Dunleavy", "215-62-6002", "$95"]]
    found = _found(f"<html><body><h1>FY 2026 Budget Billing Enrollees</h1>{_rows(rows)}</body></html>")
    assert {"570-91-9371", "215-62-6002"} <= found.get("ssn", set())


def test_a_ledger_code_in_an_itins_shape_under_a_funding_source_is_no_itin():
    found = _found("<html><body><p>Funding source: Fund 570, account 927-88-7358 (PCE Operations).</p></body></html>")
    assert "taxpayer_id" not in found


def test_an_applicants_itin_is_still_one():
    found = _found("<html><body><p>Applicant Ofelia Mendizabal gave ITIN 927-88-7358 on her form.</p></body></html>")
    assert "927-88-7358" in found.get("taxpayer_id", set())


def test_a_town_halls_sign_in_names_no_customer():
    call = ("<pre>Rep: Good evening, I'm the district representative for Assemblymember Honoria Wetherby. May I have "
            "your name for the sign-in sheet, and which account, SCE or PCE, is your question about?\n"
            "Caller: It's Demetrius Dunleavy, and it's about the PCE rate in general.\n"
            "Rep: Thank you. The Assemblymember's office will follow up with everyone who signed in.</pre>")
    assert "customer_name" not in _found(f"<html><body>{call}</body></html>")


def test_the_name_on_the_account_is_a_customers_alone():
    call = ("<pre>Agent: Thank you for calling PCE. May I have the name on the account?\n"
            "Caller: Demetrius Dunleavy.\nAgent: Thank you, I see the late fee.</pre>")
    assert "Demetrius Dunleavy" in _found(f"<html><body>{call}</body></html>").get("customer_name", set())
