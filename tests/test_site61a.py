"""Claims, legal and collections paperwork that tells a customer's record over several sentences (red team site61a).

A government claim, a release, a judgment or a bankruptcy notice defines its party once ("Claimant Ana Ruiz,
residing at ...", 'Ana Ruiz ("the debtor"), residing at ...', 'Ana Ruiz, an individual residing at ...
("Releasor")', "Plaintiff: Ana Ruiz, 12 Elm St", "the home of Ana Ruiz") and gives the account in another sentence
about the party ("the debtor's account ...", "Mrs. Ruiz's Edison account ...", "Claimant is a customer (account
...)"). The name, the home after it and the contacts the party's sentences give are the customer's.

Hard negatives: a business that files a claim, the party's lawyer and the firm's office, the City's staff, a
judge, an appeal or a defendant with no account in the text.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_CLAIM = "https://www.fairhaven-ca.gov/risk/claims/2025/claim-1187.pdf"
_NOTICE = "https://www.fairhaven-ca.gov/finance/billing/notices/bankruptcy-2"


def _pdf(*lines: str) -> bytes:
    return lines_pdf(["CITY OF FAIRHAVEN", "CLAIM FOR DAMAGES", *lines])


@pytest.mark.parametrize("lines, name, home, phone", [
    (["Claimant Bernadette Okoye-Lindgren, residing at 5512 Hollyhock Terrace, Fairhaven, CA 93015, presents",
      "this claim for appliances lost in the brownout of June 3.",
      "Best contact is Ms. Okoye-Lindgren's cell, 323 847 1190.",
      "Ms. Okoye-Lindgren's Edison account number 3-118-204-5571 appears on the enclosed bill."],
     "Bernadette Okoye-Lindgren", "5512 Hollyhock Terrace", "323 847 1190"),
    (["During the storm of January 9 the breaker panel at the home of Matthias Osei-Varga caught fire.",
      "The subject property is located at 208 Cormorant Way, Fairhaven.",
      "Claimant is enrolled with Harbor Clean Power under account 7730-41926; the claim seeks $3,100."],
     "Matthias Osei-Varga", "208 Cormorant Way", None),
    (["Plaintiff: Ilse Marguerite Braddock, 4471 Juniper Bluff Road, Fairhaven, CA 93015.",
      "Defendant: City of Fairhaven.",
      "The court finds that plaintiff's service account 2-29-664-0183 was billed for a vacant house."],
     "Ilse Marguerite Braddock", "4471 Juniper Bluff Road", None),
])
def test_a_claims_party_defined_once_and_tied_by_another_sentence(lines, name, home, phone):
    found = pairs_found(_CLAIM, _pdf(*lines))
    assert name in values_of(found, "customer_name")
    assert any(home in value for value in values_of(found, "address"))
    if phone:
        assert phone in values_of(found, "phone")


def test_a_bankruptcy_notices_debtor():
    page = ("<html><body><h1>Notice of Bankruptcy Filing</h1><p>On March 4 the Billing Office received notice that "
            "Yusuf Demirkol-Abara (\"the debtor\"), residing at 77 Larchmont Place, filed a petition under Chapter 13, "
            "Case No. 2:25-bk-14410-ER.</p><p>Collection on the debtor's gas account 118 220 4410 7 is stayed. "
            "Trustee: Nancy K. Whitford, (213) 555-0190.</p></body></html>")
    found = pairs_found(_NOTICE, page, "text/html")
    assert "Yusuf Demirkol-Abara" in values_of(found, "customer_name")
    assert "77 Larchmont Place" in values_of(found, "address")
    assert not values_of(found, "customer_name") & {"Nancy K. Whitford"}


def test_a_releases_party_and_notices():
    found = pairs_found("https://www.fairhaven-ca.gov/attorney/settlements/release-44.pdf", lines_pdf([
        "SETTLEMENT AGREEMENT AND RELEASE",
        "This Agreement is entered into by the City of Fairhaven, a charter city (\"City\"), and Priyanka",
        "Ramaswamy-Holt, an individual residing at 931 Thistle Glen Road, Fairhaven, California 93015",
        "(\"Releasor\").",
        "1. The City shall apply a bill credit of $300.00 to Releasor's account 44-1902-557.",
        "2. Notices. If to Releasor: 931 Thistle Glen Road; (805) 344-2917; If to City: City Attorney, 100 Civic",
        "Plaza, Fairhaven, CA 93015, (805) 555-0100.",
        "Releasor is represented by Harriet Valdivieso, Valdivieso & Pratt LLP, 600 W Broadway, Suite 900, San",
        "Diego, CA 92101.",
    ]))
    assert "Priyanka Ramaswamy-Holt" in values_of(found, "customer_name") or any(
        "Ramaswamy-Holt" in v for v in values_of(found, "customer_name"))
    assert "(805) 344-2917" in values_of(found, "phone")
    assert "(805) 555-0100" not in values_of(found, "phone")
    assert not any("Valdivieso" in v for v in values_of(found, "customer_name"))
    assert not any("600 W Broadway" in v for v in values_of(found, "address"))


@pytest.mark.parametrize("lines", [
    # a business's claim: its office and its EIN are no customer's
    ["Claimant Westbrook Hardware Supply, Inc., 1400 Commerce Drive, presents this claim (EIN 94-3318207).",
     "Claimant's account 2-40-118-7734 was billed during the outage."],
    # an appeal of a permit: no account in the text
    ["Appellant Gregory Thorncastle, residing at 14 Sycamore Knoll, appeals the Planning Commission's approval",
     "of Conditional Use Permit CUP 25-018 for the wireless facility at 900 Harbor Boulevard."],
    # a defendant of a case the City brings for a code violation: no account
    ["Plaintiff: City of Fairhaven. Defendant: Darnell Whitacre-Lowe, 55 Pelican Court, Fairhaven.",
     "Case No. 25CV01872. Judgment for the City in the amount of $1,200.00 for unpermitted construction."],
])
def test_parties_no_account_ties_are_no_customers(lines):
    found = pairs_found(_CLAIM, _pdf(*lines))
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")


_ROLL = "https://www.fairhaven-ca.gov/council/resolutions/2025-61-exhibit-a.pdf"


def _columns_pdf(title: str, rows: list[str]) -> bytes:
    """A one-page PDF of ``title`` over ``rows``, each row's tab-separated cells drawn in columns 110 points apart."""
    import io

    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("Helvetica", 8)
    page.drawString(40, 760, title)
    for number, row in enumerate(rows):
        for column, cell in enumerate(row.split("\t")):
            page.drawString(40 + 110 * column, 730 - 14 * number, cell)
    page.save()
    return out.getvalue()


def test_a_lien_rolls_property_address_beside_owner_and_account():
    found = pairs_found(_ROLL, _columns_pdf("EXHIBIT A - DELINQUENT ELECTRIC GENERATION CHARGES", [
        "APN\tOwner of Record\tProperty Address\tAccount\tAmount Due",
        "0412-118-07\tRosalind Achterfeld\t3318 Meadowlark Lane\tHCP-5521907\t$811.40",
        "0412-131-22\tTobias Nwankwo-Reyes\t90 Sandpiper Court, Unit 4\t6640-2291\t$1,204.15",
    ]))
    assert {"Rosalind Achterfeld", "Tobias Nwankwo-Reyes"} <= values_of(found, "customer_name")
    assert {"3318 Meadowlark Lane", "90 Sandpiper Court, Unit 4"} <= values_of(found, "address")


@pytest.mark.parametrize("header, row", [
    # a hearing notice's owners within 300 feet: no account column
    ("Owner of Record\tSite Address\tParcel (APN)\tZoning", "Rosalind Achterfeld\t3318 Meadowlark Lane\t0412-118-07\tR-1"),
    # a permit log: the owner, the site and the contractor, no account
    ("Permit No.\tOwner\tSite Address\tContractor", "B25-0481\tRosalind Achterfeld\t3318 Meadowlark Lane\tAcme Roofing"),
])
def test_owners_and_sites_without_an_account_stay_public(header, row):
    found = pairs_found(_ROLL, _columns_pdf("PUBLIC NOTICE", [header, row, row.replace("3318", "3322")]))
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")


def _docx(paragraphs: list[str]) -> bytes:
    import io

    import docx
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_collection_referrals_service_and_forwarding_addresses():
    found = pairs_found("https://www.fairhaven-ca.gov/finance/collections/referral-7.docx", _docx([
        "To: Coastal Recovery Associates, Inc., 900 Harbor Boulevard, Ventura, CA 93001. From: Utility Billing.",
        "Please accept the following account for collection. The debtor, Marisela Quintero-Haas, was a Harbor Clean "
        "Power customer at the service address 2716 Gull Point Road until service was closed in May. The final bill "
        "was returned, and the customer later gave a forwarding address of 4402 Kestrel Avenue, Oxnard, CA 93030.",
        "Account 6620-1187 carries a balance of $902. The customer's gas account (118 402 7731 5) was also closed.",
        "Do not contact the debtor before 8 a.m. or after 9 p.m. (Civil Code section 1788).",
        "Questions about this referral: Utility Billing, 100 Civic Plaza, Fairhaven, CA 93015.",
    ]))
    addresses = values_of(found, "address")
    assert any("2716 Gull Point Road" in v for v in addresses)
    assert any("4402 Kestrel Avenue" in v for v in addresses)
    assert not any("900 Harbor Boulevard" in v or "100 Civic Plaza" in v for v in addresses)


def test_the_records_of_a_subpoenaed_account_go_on_with_its_usage():
    found = pairs_found("https://www.fairhaven-ca.gov/records/subpoena-response-31.txt", "\n\n".join([
        "The City produces the billing records for Harbor Clean Power account HCP-6690412, in the name of Leocadia "
        "Brandvold, service address 88 Osprey Lane, for July through September.",
        "The records reflect the following monthly consumption: July, 1,318 kWh; August, 1,402 kWh; September, 977 kWh.",
    ]))
    assert {"1,318 kWh", "1,402 kWh", "977 kWh"} <= values_of(found, "energy_usage")


def test_the_lawyer_who_represents_a_claimant_keeps_their_own_contacts():
    found = pairs_found(_CLAIM, _pdf(
        "Claimant Oksana Ferreira-Blum, residing at 612 Heron Bay Drive, presents this claim.",
        "Ms. Ferreira-Blum's Edison account 2-77-410-3395 was billed 1,240 kWh during the outage.",
        "Claimant is represented by Rupert Achebe-Lang, Achebe Lang LLP, 3400 Ocean Park Boulevard,",
        "Suite 210, Santa Monica, CA 90405; telephone (310) 828-4410; rachebe@achebelang.com.",
    ))
    assert "Oksana Ferreira-Blum" in values_of(found, "customer_name")
    assert "(310) 828-4410" not in values_of(found, "phone")
    assert "rachebe@achebelang.com" not in values_of(found, "email")
