"""A customer's record whose labels and values run together without colons, and a home's solar production (red team
site67c).

- A name's label inside a line, after the value of an account the account detector found ("Account Number
  7-204-889-1034 Name ... Service Address ..."), and the fields after the name however their labels are written
  ("Service Agreement ID SA#...", "Svc Addr", "Usage (kWh) 1831"); not after a permit's or a ledger's number, nor a
  staff card's or a vendor list's "Name" opening a line.
- An address a label gives that runs on into prose about the usage ("Svc Addr ... Rd billed 1741 kWh") ends at its
  street.
- "Utility Billing Acct" on a page a fiscal impact makes a budget is the billing system's account, not a ledger line.
- A "Solar Production (kWh)" column of a customers' table is each home's; not a City solar sites' list.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofpomona.example.gov/utilities"


def _page(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/notes.html", f"<html><body>{body}</body></html>")


# --- 1. a name's label after an account's value, and the fields after the name -----------------------------------

def test_a_name_label_after_an_account_number_in_a_line_without_colons():
    found = _page("<p>Account Number 7-204-889-1034 Name Odalys Brannigan Service Address 4418 Tamarisk Ridge Rd "
                  "Usage (kWh) 1288</p>")
    assert values_of(found, "customer_name") == {"Odalys Brannigan"}
    assert values_of(found, "address") == {"4418 Tamarisk Ridge Rd"}
    assert values_of(found, "energy_usage") == {"1288"}


def test_a_customer_label_after_a_billing_systems_account_and_labels_of_any_form_after_the_name():
    found = _page("<p>Utility Billing Acct 55210938-104477 Customer Ignatius Wexley Service Address 912 Quarry Glen Ln "
                  "Monthly Usage 734 kWh</p>"
                  "<p>Customer Philippa Marchbanks Service Agreement ID SA#7720194466 Svc Addr 3310 Cobble Creek Dr "
                  "billed 1522 kWh</p>")
    assert values_of(found, "customer_name") == {"Ignatius Wexley", "Philippa Marchbanks"}
    assert values_of(found, "address") == {"912 Quarry Glen Ln", "3310 Cobble Creek Dr"}
    assert values_of(found, "energy_usage") == {"734 kWh", "1522 kWh"}
    assert {"55210938-104477", "7720194466"} <= values_of(found, "account_number")


def test_a_name_label_after_a_permits_or_a_ledgers_number_is_no_customers():
    found = _page("<p>Permit BLD24-01234 Name Ignatius Wexley Address 1483 Larkspur Cir Phone (626) 555-0188</p>"
                  "<p>Account 101-4410-52200 Name Gwendolyn Achterberg Title Finance Director Phone (909) 620-2241</p>")
    assert not found


def test_a_staff_cards_or_a_vendor_lists_name_label_opening_a_line_is_no_customers():
    found = _page("<h1>Vendors</h1><p>Name Westline Electric Supply Address 1200 Mission Blvd Phone (909) 555-0100 "
                  "Vendor No 44812</p><p>Name Dolores Pineda Address 1200 Mission Blvd Phone (909) 555-0100 "
                  "Vendor No 44813</p>"
                  "<h1>Utilities staff</h1><p>Name Rodrigo Salcedo Phone (909) 620-2242 Email rsalcedo@pomonaca.gov</p>")
    assert not found


# --- 2. "Utility Billing Acct" on a page that reads as a budget ---------------------------------------------------

def test_a_utility_billing_account_on_a_budget_page_is_the_customers():
    found = _page("<p>Citywide electricity use was 346,221,889 kWh across 47,290 PCE meters last fiscal year.</p>"
                  "<p>The expense will be charged to account 610-0219-29916 in the adopted FY 2025-26 budget.</p>"
                  "<p>Utility Billing Acct 88764425-238209 Customer Ignatius Wexley Service Address 726 Hollowbrook Ln "
                  "Monthly Usage 679 kWh</p>")
    assert values_of(found, "account_number") == {"88764425-238209"}
    assert values_of(found, "customer_name") == {"Ignatius Wexley"}


def test_a_budget_pages_ledger_accounts_stay_no_ones():
    found = _page("<p>The expense will be charged to account 610-0219-29916 in the adopted FY 2025-26 budget.</p>"
                  "<p>Utilities Acct 101-4410-52200 Electric service for City Hall, FY 2025-26 appropriation "
                  "$120,000.</p>")
    assert not values_of(found, "account_number")


# --- 3. a home's solar production --------------------------------------------------------------------------------

def test_solar_production_of_customers_in_a_true_up_table_is_their_usage():
    found = _page("<h1>NEM True-Up Exceptions</h1><table><tr><th>Customer Name</th><th>Service Address</th>"
                  "<th>Account</th><th>Solar Production (kWh)</th><th>Net Usage (kWh)</th></tr>"
                  "<tr><td>Ignatius Wexley</td><td>1483 Larkspur Cir</td><td>PCE-70434192</td><td>4,321</td>"
                  "<td>1120</td></tr><tr><td>Philippa Marchbanks</td><td>455 Wexford Pl</td><td>PCE-70434199</td>"
                  "<td>5,962</td><td>820</td></tr></table>")
    assert values_of(found, "energy_usage") == {"4,321", "1120", "5,962", "820"}


def test_solar_production_of_city_sites_or_a_permit_list_is_no_ones():
    found = _page("<h1>City solar installations</h1><table><tr><th>Site</th><th>Address</th><th>System Size (kW)</th>"
                  "<th>Solar Production (kWh)</th></tr><tr><td>City Hall</td><td>505 S Garey Ave</td><td>120</td>"
                  "<td>184,220</td></tr><tr><td>Palomares Park Community Center</td><td>499 E Arrow Hwy</td>"
                  "<td>45</td><td>66,310</td></tr></table>"
                  "<h1>Residential solar permits issued</h1><table><tr><th>Permit</th><th>Address</th>"
                  "<th>Contractor</th><th>System Size (kW)</th><th>Est. Solar Production (kWh)</th></tr>"
                  "<tr><td>BLD24-01234</td><td>1483 Larkspur Cir</td><td>SunPower</td><td>6.2</td><td>9,321</td></tr>"
                  "</table>")
    assert not values_of(found, "energy_usage")


# --- 4. a bill's demand in kW ------------------------------------------------------------------------------------

def _pdf(lines: list[str]) -> bytes:
    import io

    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 9)
    for k, line in enumerate(lines):
        pdf.drawString(50, 750 - 12 * k, line)
    pdf.save()
    return out.getvalue()


def test_a_bills_maximum_demand_in_kw_is_the_customers_usage():
    found = pairs_found(f"{_SITE}/claim.pdf", _pdf([
        "Statement copy attached to claim", "Rosalia Okafor", "3685 Dunmore St", "Pomona CA 91767",
        "Refuse Acct # R-69420-8", "Billing period 04/02/2025 - 05/01/2025", "On-Peak 675 kWh    Off-Peak 1165 kWh",
        "Max Demand 33.1 kW", "Gas usage 22 therms"]), "application/pdf")
    assert values_of(found, "energy_usage") == {"675 kWh", "1165 kWh", "33.1 kW", "22 therms"}


def test_a_facilitys_or_the_citys_demand_and_a_systems_rating_are_no_ones():
    found = pairs_found(f"{_SITE}/update.pdf", _pdf([
        "Energy Efficiency Program Update",
        "The new chiller at City Hall cut the building's peak demand of 412 kW by a third.",
        "Citywide peak demand of 180 MW occurred in September.",
        "The Library's 120 kW solar system came online in May."]), "application/pdf")
    assert not values_of(found, "energy_usage")


def test_an_account_whose_line_goes_on_with_its_holder_on_a_budget_page_is_the_customers():
    found = _page("<p>The expense will be charged to account 101-9986-55155 in the adopted FY 2025-26 budget.</p>"
                  "<p>Citywide electricity use was 363,679,852 kWh across 41,331 PCE meters last fiscal year.</p>"
                  "<p>Account Number 0-958-074-7898 Customer Rosalia Okafor Service Address 1931 Quarry Glen Ln "
                  "Monthly Usage 825 kWh</p>"
                  "<p>Water Acct No. 00006064-55 Customer Ignatius Wexley Service Address 9110 Cobble Creek Dr "
                  "Monthly Usage 676 kWh</p>")
    assert values_of(found, "account_number") == {"0-958-074-7898", "00006064-55"}


def test_a_budget_pages_account_before_an_office_stays_the_ledgers():
    found = _page("<p>The expense will be charged to account 101-9986-55155 in the adopted FY 2025-26 budget "
                  "appropriation.</p><p>Account No. 570-4410 Customer Service Division postage and printing $14,200</p>")
    assert not values_of(found, "account_number")


# --- 5. a record's lines of one field each, no colon ---------------------------------------------------------------

def test_a_claims_lines_of_one_field_each_without_colons_in_a_packet():
    found = pairs_found(f"{_SITE}/packet.pdf", _pdf([
        "City Council Regular Meeting - Agenda Packet - Page 120", "Attachment 4 - Claim for Damages (Utility Billing)",
        "Claimant Rosalia Okafor", "Service Address 6792 Quarry Glen Ln Pomona CA 91768",
        "SCE Customer Account 2-20-996-1581",
        "The claimant disputes the July bill of 1391 kWh, stating the meter was misread."]), "application/pdf")
    assert values_of(found, "customer_name") == {"Rosalia Okafor"}
    assert values_of(found, "address") == {"6792 Quarry Glen Ln Pomona CA 91768"}


def test_a_facilitys_lines_of_one_field_each_are_no_customers():
    found = pairs_found(f"{_SITE}/yard.pdf", _pdf([
        "Public Works Facilities", "Facility Corporate Yard", "Address 1475 N Hacienda Blvd Pomona CA",
        "Meter No. V123N-456789", "Annual Usage 412,330 kWh", "Contact Leland Marchetti", "Phone (909) 620-2241"]),
        "application/pdf")
    assert not found
