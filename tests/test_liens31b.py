"""Lien rolls of delinquent utility charges: an owner's column ("Owner of Record", "Property Owner", "Assessee") beside
the utility's account names the account's customer, in the forms assessor rolls write ("PHAM MINH T", "OKAFOR, GRACE &
DANIEL"), and the parcel's column (APN) beside an account makes no public parcel list of the table.

Hard negatives: a zoning hearing's parcel list (APN | Situs Address | Owner, no account), a permit log's property
owners, an LLC's name in a lien roll's owner column (a family trust's is its household's), a CRM's "Record Owner" (staff) beside an
account, and the APNs themselves (no account numbers).
"""
from __future__ import annotations

from tests.detector_helpers import values_found, xlsx

_CATEGORIES = ("customer_name", "address", "phone", "account_number")


def _found(name: str, rows) -> dict[str, list[str]]:
    body = xlsx(rows) if name.endswith(".xlsx") else "\n".join(",".join(f'"{c}"' for c in row) for row in rows)
    return values_found(name, body, _CATEGORIES)


def test_owner_of_record_beside_the_account_is_the_customer_whatever_the_roll_writes():
    found = _found("tax-roll-charges.xlsx", [
        ["DELINQUENT ELECTRIC CHARGES - SPECIAL ASSESSMENT ROLL"], [],
        ["Acct No.", "Property Owner", "Site Address", "Parcel (APN)", "Balance Due", "Phone"],
        ["31558207", "PHAM MINH T", "4418 Via Corona, Pomona, CA 91766", "8712-044-019", 644.1, "(909) 318-5527"],
        ["2290-4471", "OKAFOR, GRACE & DANIEL", "2209 N Towne Ave, Pomona, CA 91767", "8712-051-006", 1210.75, ""],
        ["40972215", "Keller, Brandon", "91 Cedarwood Ln, Pomona, CA 91768", "8712-060-044", 318.0, "626 204 7719"],
    ])
    assert {"PHAM MINH T", "OKAFOR, GRACE & DANIEL", "Keller, Brandon"} <= set(found["customer_name"])
    assert {"4418 Via Corona, Pomona, CA 91766", "91 Cedarwood Ln, Pomona, CA 91768"} <= set(found["address"])
    assert {"(909) 318-5527", "626 204 7719"} <= set(found["phone"])
    assert {"31558207", "40972215"} <= set(found["account_number"])
    assert not any(apn in found.get(kind, []) for kind in _CATEGORIES
                   for apn in ("8712-044-019", "8712-051-006", "8712-060-044"))


def test_assessee_and_name_columns_beside_a_parcel_and_a_utility_account():
    found = _found("lien-list.csv", [
        ["Assessor's Parcel Number", "Utility Account", "Assessee", "Mailing Address"],
        ["8340-112-031", "5517-2093", "TORRES BEATRIZ L", "775 E Holt Ave, Pomona, CA 91767"],
    ])
    assert "TORRES BEATRIZ L" in found["customer_name"]
    assert "775 E Holt Ave, Pomona, CA 91767" in found["address"]
    found = _found("hearing-additions.csv", [
        ["APN", "Customer No.", "Name", "Service Address", "Amount"],
        ["8340-115-002", "47718302", "Thao & Kevin Lam", "1630 Fairway Dr, Apt 4", "$377.20"],
    ])
    assert "Thao & Kevin Lam" in found["customer_name"]
    assert "1630 Fairway Dr, Apt 4" in found["address"]


def test_a_firm_in_an_owner_column_is_no_persons_name_a_family_trust_is_its_households():
    found = _found("lien-roll-firms.xlsx", [
        ["Customer No.", "Owner of Record", "Service Location", "APN", "Amount"],
        ["60218834", "CANYON CREST HOLDINGS LLC", "1880 W Mission Blvd, Pomona, CA 91766", "8711-002-015", 2310.4],
        ["60218835", "MADERA FAMILY TRUST", "412 E Alvarado St, Pomona, CA 91767", "8711-002-016", 98.5],
    ])
    # a firm owns the first parcel; a family trust (liens31a: a trust of a family is no firm) holds the second
    # household's home and is named as its customer, as its account and address are reported
    assert found.get("customer_name") == ["MADERA FAMILY TRUST"]
    assert "CANYON CREST HOLDINGS LLC" not in found.get("customer_name", [])


def test_owners_without_a_utility_account_stay_a_public_record():
    zoning = _found("zoning-hearing-parcels.csv", [
        ["APN", "Situs Address", "Owner"],
        ["8702-011-004", "1345 N Garey Ave", "SALAZAR ROBERTO J"],
        ["8702-011-005", "1351 N Garey Ave", "WINSLOW, HELEN & PETER"],
    ])
    permits = _found("permit-log.csv", [
        ["Permit No.", "Property Owner", "Address", "Contractor", "Valuation"],
        ["BLD-24-01873", "Marisol Quintero", "2260 Deodar St", "Apex Roofing Inc", "$14,500"],
    ])
    assert not zoning.get("customer_name") and not zoning.get("address")
    assert not permits.get("customer_name") and not permits.get("address")


def test_a_crm_record_owner_beside_an_account_is_staff():
    found = _found("crm-export.csv", [
        ["Account", "Record Owner", "Status"],
        ["70044128", "Danielle Okoro", "Open"],
    ])
    assert "Danielle Okoro" not in found.get("customer_name", [])


def test_roll_and_household_names_in_a_hearing_notice_beside_their_accounts():
    from detectors.context.persons import names_in
    lines = {"8702-230-017 OSORIO DANIEL J, 1550 W Holt Ave, Acct 52281340 ... $412.60": "OSORIO DANIEL J",
             "8702-230-018 PHAN, QUANG & MARGARET, 618 E Kingsley Ave, Acct 52281377": "PHAN, QUANG & MARGARET"}
    for line, name in lines.items():
        assert [line[a:b] for a, b in names_in(line, anchored=True)] == [name]


def test_headings_and_partners_firms_are_no_roll_or_household_names():
    from detectors.context.persons import names_in
    for line in ("SECTION GRANT B, Acct 52281340", "PHASE TWO A, 1550 W Holt Ave", "Dewey, Cheatham & Howe, LLP",
                 "Jackson, Russell & Associates, acct 52281377"):
        assert not names_in(line, anchored=True)


def test_an_inventorys_owner_beside_the_citys_accounts_is_no_customer():
    """A street-light inventory's "OWNER" (the City's or the utility's pole) beside its SCE street-lighting account:
    the City's equipment, published as open data (an owner column beside an account is a lien roll's only elsewhere)."""
    found = _found("streetlight-inventory.xlsx", [
        ["POLE_ID", "NEAREST_ADDRESS", "FIXTURE", "EST_KWH_YR", "OWNER", "SCE_ACCT", "RATE"],
        ["SL-00417", "2261 N Towne Ave", "LED 73W", 299, "City", "2-03-916-4511", "LS-2"],
        ["SL-00418", "1190 W Holt Ave", "LED 150W", 615, "SCE", "2-01-802-6113", "LS-1"],
    ])
    assert not any(found.values())
