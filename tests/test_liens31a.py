"""Delinquent-utility lien rolls in council packets (round 31, red team liens31): a PDF exhibit's table of the
charges a resolution places as liens on the tax roll, "APN | Service Address | Utility Acct | Amount". The
parcel's column does not make the table a public parcel list when a utility account's column stands beside it:
each row is a customer's service address and account, whatever the account's format ("38170264", "5120-8841",
"041-228817-03"). A column headed APN, Parcel or AIN never holds an account, in a table's record or in the same
row read as a line of text. The county office a resolution sends its filings to keeps its address and phone
public ("the County Auditor-Controller, 500 W. Temple Street, ..., (213) 974-8301").

Hard negatives: the parcels of a row (an APN beside an SCE account the line also holds), a permit log's and a
zoning notice's parcel lists (no account column), a budget's account ("570-5710-41010"), a resolution's number,
the county's offices (Treasurer-Tax Collector, Auditor-Controller, Assessor, Registrar of Voters) and their phones.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.lib.styles import getSampleStyleSheet

from detectors.context.headers import columns, parcel_column
from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.larkhavenca.gov"


def _exhibit(rows: list[list[str]], *paragraphs: str) -> bytes:
    style = getSampleStyleSheet()["BodyText"]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build([*(Paragraph(p, style) for p in paragraphs), Table(rows)])
    return out.getvalue()


def _found(body: bytes) -> set:
    return pairs_found(f"{SITE}/council/2025-06-03-item-9-exhibit-a.pdf", body, "application/pdf")


LIEN_ROLL = [["Line", "Parcel No.", "Service Address", "Utility Account", "Fiscal Years", "Lien Amount"],
             ["1", "5702-114-036", "811 W LARCH ST, LARKHAVEN CA 91744", "38170264", "2023-24", "$612.40"],
             ["2", "5702-118-002", "2290 CEDRO AVE UNIT 4", "5120-8841", "2022-23, 2023-24", "$1,208.17"],
             ["3", "5703-021-047", "47 N QUINCE WAY", "041-228817-03", "2023-24", "$389.55"]]


def test_lien_rolls_accounts_and_service_addresses_in_any_format():
    found = _found(_exhibit(LIEN_ROLL, "EXHIBIT A - DELINQUENT UTILITY CHARGES TO BE PLACED ON THE TAX ROLL"))
    assert values_of(found, "account_number") == {"38170264", "5120-8841", "041-228817-03"}
    assert {"811 W LARCH ST, LARKHAVEN CA 91744", "2290 CEDRO AVE UNIT 4", "47 N QUINCE WAY"} <= values_of(
        found, "address")


def test_parcel_numbers_are_never_accounts():
    rows = [["Acct #", "Customer Name", "Svc Addr", "Mailing Address", "AIN", "Total Due"],
            ["6620418857", "Okonjo, Adaeze", "19 Fennel Ct", "3344 Ridgeline Pass, Tucson, AZ 85704", "5706-031-022",
             "$240.18"],
            ["7002 4418 9031", "Halvorsen, Brit", "702 E Larch St", "PO Box 88, Upland, CA 91785", "5706-044-013",
             "$95.02"]]
    found = _found(_exhibit(rows))
    assert {"6620418857", "7002 4418 9031"} <= values_of(found, "account_number")
    assert not {"5706-031-022", "5706-044-013"} & values_of(found, "account_number")
    found = _found(_exhibit(LIEN_ROLL))
    assert not {"5702-114-036", "5702-118-002", "5703-021-047"} & values_of(found, "account_number")


def test_parcel_column_beside_an_account_column_is_set_aside():
    assert parcel_column("APN") and parcel_column("Assessor's Parcel No.") and parcel_column("AIN")
    assert not parcel_column("Parcel Owner") and not parcel_column("Parcel Map Notes")
    assert columns(("AIN", "Service Address", "Utility Acct", "Amount"))[0] == "maybe"
    assert columns(("APN", "Service Address", "Utility Acct", "Amount"))[1][0] == ("veto", False)  # never read


def test_parcel_lists_without_accounts_stay_public():
    assert columns(("APN", "Site Address", "Zoning", "Permit No."))[0] == "listing"
    assert columns(("Parcel", "Property Address", "Land Use"))[0] == "listing"
    rows = [["APN", "Site Address", "Zoning", "Permit No."],
            ["5702-114-036", "811 W LARCH ST", "R-1", "BLD-2025-0114"],
            ["5703-021-047", "47 N QUINCE WAY", "C-2", "BLD-2025-0131"]]
    found = _found(_exhibit(rows, "Notice of public hearing: properties within 500 feet of the project site"))
    assert not values_of(found, "account_number") and not values_of(found, "address")


def test_budget_account_and_resolution_number_beside_the_roll():
    found = _found(_exhibit(LIEN_ROLL, "Adopt Resolution No. 2025-61 confirming the delinquent charges. Revenue is "
                                       "credited to account 610-6120-43350; the County fee of $8.50 per parcel to "
                                       "610-6120-52110."))
    assert not {"610-6120-43350", "610-6120-52110", "2025-61"} & values_of(found, "account_number")


def test_county_offices_address_and_phone_beside_a_customer_are_public():
    text = ("WHEREAS, the protest of Idris Mbeki-Lowe, 3871 Tamsen Ave, Larkhaven, CA 91744 (account 6630-1187) was "
            "upheld and the charge removed; and\n\n"
            "NOW, THEREFORE, BE IT RESOLVED that the City Clerk shall deliver the roll to the Riverside County "
            "Treasurer-Tax Collector, 4080 Lemon Street, 4th Floor, Riverside, CA 92501, (951) 955-3900.\n")
    found = pairs_found(f"{SITE}/resolutions/2025-61.txt", text)
    assert ("address", "3871 Tamsen Ave, Larkhaven, CA 91744") in found
    assert not any("Lemon Street" in value for value in values_of(found, "address"))
    assert "(951) 955-3900" not in values_of(found, "phone")


def test_other_county_offices():
    for office in ("the Assessor", "the County Auditor-Controller", "the Registrar of Voters"):
        text = (f"Customer Wendeline Osei-Barr, account 6630-1187, protested the lien; her appeal was sent to {office}, "
                "12400 Imperial Highway, Norwalk, CA 90650, (562) 466-1310.")
        found = pairs_found(f"{SITE}/minutes.txt", text)
        assert "account_number" in {kind for kind, _ in found}
        assert not values_of(found, "address") and not values_of(found, "phone"), office


def test_a_customers_phone_after_their_home_is_still_theirs():
    text = ("Customer Wendeline Osei-Barr, account 6630-1187, 3871 Tamsen Ave, Larkhaven, CA 91744, (626) 555-0142, "
            "protested the lien.")
    found = pairs_found(f"{SITE}/minutes.txt", text)
    assert "(626) 555-0142" in values_of(found, "phone")
    assert "3871 Tamsen Ave, Larkhaven, CA 91744" in values_of(found, "address")


def test_a_households_trust_is_a_private_owner():
    from detectors.context.persons import is_place, personal_trust
    assert personal_trust("Marguerite L. Adeyemi Living Trust") and personal_trust("The Nakamura Family Trust")
    assert personal_trust("Tanaka 2011 Revocable Trust") and not is_place("Marguerite L. Adeyemi Living Trust")
    assert not personal_trust("Larkhaven Community Land Trust") and not personal_trust("Sunrise Living Trust")
    assert is_place("Larkhaven Valley Community Trust") and is_place("Pacific Western Trust")
    html = ("<table><tr><th>Name</th><th>Address</th><th>Acct No.</th></tr>"
            "<tr><td>Marguerite L. Adeyemi Living Trust</td><td>914 Fennel Ct</td><td>4471-208-935</td></tr></table>")
    found = pairs_found(f"{SITE}/exhibit.html", html, "text/html")
    assert ("customer_name", "Marguerite L. Adeyemi Living Trust") in found and ("address", "914 Fennel Ct") in found
