"""neg68 red team: the City's parks and halls named after given names, and an attorney's office in a legal notice,
which round 67's record rules read as customers.

- A park or a hall whose line goes on to describe it as a facility ("Ramona Hall: capacity 120, deposit $300,
  account no. ...") is the namesake's place, and the account its line gives is the facility's; a "rental" or
  "concession" account is a facility's, no utility's.
- A "Site" or "Location" column of parks and halls named after given names ("Garfield Hall", "Russell Park") beside
  each site's SCE account, solar production and peak demand is the City's own facilities' table.
- A name, then an address with a suite and a phone ("Attorney for petitioner:" / "Ana Ruiz, 12 Main St, Suite 200,
  ..."), is an office's, as a probate notice publishes it; an apartment is a home still.
"""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.cityofmarlowe.gov"


def _page(path: str, body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{path}", f"<html><body>{body}</body></html>")


# --- 1. a park or a hall described as a facility after its name -------------------------------------------------

def test_halls_on_a_rate_sheet_with_their_rental_accounts_stay_public():
    found = _page("parks/hall-rentals.html", "<h1>Community Hall Rentals - Rate Sheet</h1>"
                  "<p>Loretta Hall: capacity 120, deposit $300, rental account 5518204, custodian on call "
                  "(909) 620-2211.</p><p>Dolores Park (12 acres, picnic shelters), concession account 7730915, "
                  "custodian on call (909) 620-2212.</p>")
    assert found == set()


def test_a_hall_described_as_a_facility_keeps_its_plain_account():
    found = _page("parks/hall-rentals.html", "<h1>Community Hall Rentals</h1>"
                  "<p>Loretta Hall: capacity 120, deposit $300, account no. 5518204, custodian on call "
                  "(909) 620-2211.</p><p>Evelyn Hall - seating 80, account 6621907.</p>")
    assert found == set()


def test_a_customer_with_a_hall_surname_who_calls_about_her_bill_is_found():
    found = _page("cs/notes.html", "<p>Customer Loretta Hall, account no. 5518204, called about her bill; "
                  "(909) 555-2211.</p><p>Evelyn Park, 1234 Vista Grande Dr, SCE account 6621907, disputed the "
                  "charge.</p>")
    assert values_of(found, "customer_name") == {"Loretta Hall", "Evelyn Park"}
    assert values_of(found, "account_number") == {"5518204", "6621907"}


# --- 2. a column of places named after given names ------------------------------------------------------------

_SOLAR = ("<h1>Solar Canopies at City Parks and Halls</h1><table><tr><th>{place}</th><th>System Size</th>"
          "<th>Solar Production (kWh)</th><th>Peak Demand (kW)</th><th>SCE Account</th></tr>"
          "<tr><td>Russell Park</td><td>120 kW</td><td>247,961</td><td>26</td><td>2-35-652-9983</td></tr>"
          "<tr><td>Lincoln Park</td><td>80 kW</td><td>15,986</td><td>216</td><td>2-75-928-3117</td></tr>"
          "<tr><td>Loretta Hall</td><td>80 kW</td><td>456,788</td><td>48</td><td>2-71-990-6975</td></tr></table>")


def test_a_site_column_of_parks_and_halls_with_their_accounts_stays_public():
    assert _page("sustainability/park-solar.html", _SOLAR.format(place="Site")) == set()


def test_a_location_column_of_parks_and_halls_with_their_accounts_stays_public():
    assert _page("sustainability/park-solar.html", _SOLAR.format(place="Location")) == set()


def test_a_customers_table_with_a_site_column_is_still_the_customers():
    found = _page("pce/true-up.html", "<h1>NEM True-Up Exceptions</h1><table><tr><th>Customer Name</th>"
                  "<th>Site</th><th>Solar Production (kWh)</th><th>SCE Account</th></tr>"
                  "<tr><td>Odessa Villanueva</td><td>4418 Tamarisk Ridge Rd</td><td>7,412</td><td>2-41-886-1203</td></tr>"
                  "<tr><td>Bram Achterhof</td><td>912 Quarry Glen Ln</td><td>5,090</td><td>2-17-330-5528</td></tr>"
                  "</table>")
    assert values_of(found, "customer_name") == {"Odessa Villanueva", "Bram Achterhof"}
    assert values_of(found, "account_number") == {"2-41-886-1203", "2-17-330-5528"}


# --- 3. an office's suite after a name ---------------------------------------------------------------------------

def _pdf(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/clerk/legal-notices.pdf", lines_pdf(list(lines)), "application/pdf")


def test_a_probate_notices_attorney_at_a_suite_stays_public():
    found = _pdf("Legal Notices Published by the City Clerk",
                 "NOTICE OF PETITION TO ADMINISTER ESTATE OF MIRABEL OSTROWSKI, Case No. 25STPB21050. A petition",
                 "for probate has been filed by Cosimo Ostrowski in the Superior Court of California. Attorney for "
                 "petitioner:",
                 "Marguerite Oyelaran, 172 N. Garey Ave, Suite 200, Pomona CA 91767, (909) 629-6833.")
    assert found == set()


def test_a_callers_apartment_and_phone_stay_a_home():
    found = _pdf("Billing callbacks", "High bill callbacks, reported by phone:",
                 "Marguerite Oyelaran, 172 N. Garey Ave, Apt 2, Pomona CA 91767, (909) 629-6833.")
    assert ("customer_name", "Marguerite Oyelaran") in found
    assert ("phone", "(909) 629-6833") in found
