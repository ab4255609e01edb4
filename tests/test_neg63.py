"""neg63: what a city's planning, building, public works, clerk, finance and housing pages publish on purpose that
reads as confidential, each beside the nearest true case that must stay a finding.

- a corporation's trade name ("Granite Ridge Corp. d/b/a Summit Striping") in a bid tabulation's bidder column or a
  vendor line gives the corporation's EIN, not a sole proprietor's: a person trading under a name still does.
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
