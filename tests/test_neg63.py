"""neg63: what a city's planning, building, public works, clerk, finance and housing pages publish on purpose that
reads as confidential, each beside the nearest true case that must stay a finding.

- a corporation's trade name ("Granite Ridge Corp. d/b/a Summit Striping") in a bid tabulation's bidder column or a
  vendor line gives the corporation's EIN, not a sole proprietor's: a person trading under a name still does;
- a battery's size right before its figure in a permit log ("Battery storage, 13.5 kWh") is no owner's usage: a
  customer's own bill beside a battery still is;
- a permit log's owners beside their contractors are public, but an SCE account and cell written after the owner's
  name in the Owner cell are that owner's record, not the City's account at the contractor.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.cedarbluffca.gov/publicworks/page.html"


def _page(body: str) -> str:
    return f"<html><head><title>Page</title></head><body><main>{body}</main></body></html>"


def _found(body: str, url: str = URL) -> set[tuple[str, str]]:
    return pairs_found(url, _page(body), "text/html")


# --- a corporation's trade name in a bid tabulation ---------------------------------------------------------------

def _bid_results(bidder: str) -> str:
    return ("<h1>Bid Tabulation: Project 2024-17 Alley Paving</h1><p>Bids were opened by the Deputy City Clerk on March 4.</p>"
            "<table><tr><th>Bidder</th><th>Contractor License</th><th>Federal Tax ID</th><th>Base Bid</th></tr>"
            f"<tr><td>{bidder}</td><td>778120</td><td>84-2290417</td><td>$648,300.00</td></tr>"
            "<tr><td>Westbrook Engineering Contractors</td><td>612944</td><td>33-0871266</td><td>$702,915.00</td></tr></table>")


def test_ein_of_a_corporation_trading_under_another_name_is_the_firms():
    for bidder in ("Granite Ridge Corp. d/b/a Summit Striping", "Hollister Paving Company, LLC dba Hollister Asphalt",
                   "Tri-Valley Underground, Inc., DBA TVU Pipeline"):
        assert values_of(_found(_bid_results(bidder)), "taxpayer_id") == set(), bidder


def test_ein_of_a_person_trading_under_a_name_stays_theirs():
    assert "84-2290417" in values_of(_found(_bid_results("Rosalva Quintero dba Quintero Striping")), "taxpayer_id")


def test_corporations_trade_name_in_a_vendor_line():
    assert values_of(_found("<p>Vendor: Coastal Sweeping Co. dba CleanStreet, Federal Tax ID 84-2290417, "
                            "was added to the on-call list.</p>"), "taxpayer_id") == set()
    assert "84-2290417" in values_of(_found("<p>Vendor: Emeterio Salas dba CleanStreet, Federal Tax ID 84-2290417, "
                                            "was added to the on-call list.</p>"), "taxpayer_id")


# --- a battery's capacity in a permit log -------------------------------------------------------------------------

_PERMITS_HEADER = ["CITY OF CEDAR BLUFF - BUILDING DIVISION", "PERMITS ISSUED - OCTOBER 2025", "",
                   "Permit\tAddress\tOwner\tContractor\tDescription\tValuation"]
_PERMITS_ROWS = ["B25-00417\t2281 Larkspur Ct\tOctavia Brennan\tSunward Electric\tReroof, 24 sq\t$18,400",
                 "B25-00432\t915 Tamarack Dr\tGideon Okafor\tOwner-Builder\t{work}\t$14,900",
                 "B25-00440\t3307 Coyote Pass\tLuz Arellano\tHelios Home Energy\tWater heater replacement\t$2,100"]


def _columns_pdf(lines: list[str]) -> bytes:
    """A report's page as a PDF: a line's tab-separated cells drawn in columns (a permit log printed from its system)."""
    import io

    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, line in enumerate(lines):
        for column, cell in enumerate(line.split("\t")):
            pdf.drawString(40 + 95 * column if column < 5 else 520, 760 - 14 * k, cell)
    pdf.save()
    return out.getvalue()


def test_battery_capacity_in_a_permit_row_is_no_owners_usage():
    for work in ("Battery storage, 13.5 kWh", "Powerwall 13.5 kWh", "Energy storage system of 20 kWh"):
        lines = _PERMITS_HEADER + [row.format(work=work) for row in _PERMITS_ROWS]
        assert pairs_found("https://www.cedarbluffca.gov/building/permits-october.pdf", _columns_pdf(lines)) == set(), work


def test_customers_own_use_beside_a_battery_stays_theirs():
    found = _found("<p>Gideon Okafor of 915 Tamarack Dr called about account 3-418-2207-65: since the battery was "
                   "installed his bill still showed 1,482 kWh for August.</p>")
    assert ("energy_usage", "1,482 kWh") in found and ("customer_name", "Gideon Okafor") in found


# --- a customer's account pasted into a permit row's owner cell ---------------------------------------------------

def _permit_log(owner: str, header: str = "Owner") -> str:
    return ("<h1>Building Permits Issued, August 2025</h1><table><tr><th>Permit No.</th><th>Job Address</th>"
            f"<th>{header}</th><th>Contractor</th><th>Work</th><th>Valuation</th></tr>"
            "<tr><td>B25-01872</td><td>4417 Wren Hollow Rd</td><td>Anneke Vasquez-Holt</td><td>Helios Home Energy Inc.</td>"
            "<td>Roof mount PV, 6.4 kW</td><td>$21,300</td></tr>"
            f"<tr><td>B25-01880</td><td>208 Calle Miramar</td><td>{owner}</td><td>Ridgecrest Electric Co.</td>"
            "<td>Service upgrade to 200A</td><td>$3,950</td></tr></table>")


def test_permit_log_naming_owners_beside_their_contractors_is_public():
    assert _found(_permit_log("Tobias Mwangi")) == set()


def test_utility_account_and_cell_in_an_owners_cell_are_the_owners():
    for header in ("Owner", "Property Owner", "Applicant"):
        found = _found(_permit_log("Tobias Mwangi / SCE svc acct 3-582-0934-17 / cell (951) 486-2203", header))
        assert {("customer_name", "Tobias Mwangi"), ("account_number", "3-582-0934-17"),
                ("phone", "(951) 486-2203")} <= found, header


def test_citys_own_account_number_in_a_vendors_row_stays_the_citys():
    found = _found("<table><tr><th>Vendor</th><th>Customer No.</th><th>Contact</th><th>Phone</th></tr>"
                   "<tr><td>Ridgecrest Electric Co.</td><td>Acct 88217746</td><td>Dolores Achebe</td>"
                   "<td>(951) 486-2290</td></tr></table>")
    assert values_of(found, "account_number") == set()
