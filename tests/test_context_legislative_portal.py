"""A legislative portal's public material beside customer cases (``detectors.context``): a firm named after its
partners is no person, whatever its words ("Bryce Nadler & Quist, Inc."), nor are its phone and office address a
customer's; couples ("Ana & Luis Ortiz") and "Mr. & Mrs. Lee" stay people. A utility's sales and a class's average are
no one's usage, whoever the paragraph names."""
from __future__ import annotations

import pytest

from detectors.context.persons import names_in
from detectors.context.shapes import consumption_spans, street_addresses
from tests.test_context_prose import fields_by_kind
from tests.detector_helpers import values_found
from tests.test_customer_context import customer_fields, document


@pytest.mark.parametrize("text, names", [
    ("Questions may be directed to Bryce Nadler & Quist, Inc. at the office", []),
    ("the parcel is owned by Bryce Nadler & Quist. The hearing", []),
    ("awarded to Wasatch Pole Linemen, LLC for the feeder", []),
    ("Fong, Ramos & Hill, P.C. represented the applicant", []),
    ("call Dale Whitcomb & Sons for the trimming", []),
    # couples and a couple's titles, and a person before a city and a state, stay people
    ("Thanks to Ana & Luis Ortiz for the letter", ["Luis Ortiz"]),
    ("Mr. & Mrs. Lee called about the bill", ["Mrs. Lee"]),
    ("Luis Ortiz & Ana called about the bill", ["Luis Ortiz"]),
    ("Juan Carlos Ortega, Denver, CO 80202", ["Juan Carlos Ortega"]),
    ("Maria Lopez and Jose Lopez", ["Maria Lopez", "Jose Lopez"]),
])
def test_a_firm_named_after_its_partners_is_no_person(text, names):
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == names


def test_a_firms_phone_and_office_are_no_customers():
    found = fields_by_kind(
        "Questions may be directed to Bryce Nadler & Quist, Inc. (EIN 87-0455120), 410 W Center Pkwy, Orem, UT 84057, "
        "telephone (801) 224-7781.")
    assert "name" not in found and "phone" not in found and "address" not in found


@pytest.mark.parametrize("text, figures", [
    ("Total retail sales were 318,442,907 kWh.", []),
    ("Peak demand hit 51.2 MW in August, and total retail sales were 318,442,907 kWh.", []),
    ("Retail sales totaled 96,120,000 kWh in FY2026.", []),
    ("System sales reached 88,310,400 kWh.", []),
    ("Energy deliveries to all classes were 61,004,118 kWh", []),
    ("Budget notes. Small commercial customers\naveraged 2,318 kWh per month last summer", []),  # a wrapped line
    # a customer's own figures stay theirs, a large one too, and a name's line above a lower-case line is no class
    ("Her usage was 1,420 kWh in July.", ["1,420 kWh"]),
    ("The cold storage plant used 1,250,000 kWh last year.", ["1,250,000 kWh"]),
    ("Kofi Mensah: 9,812\nused 742 kWh in July", ["742 kWh"]),
    ("Maria Lopez said her household reached 2,400 kWh in July.", ["2,400 kWh"]),
])
def test_a_utilitys_sales_and_a_class_average_are_no_ones_usage(text, figures):
    assert [text[a:b] for a, b in consumption_spans(text)] == figures


def test_aggregates_beside_a_customer_stay_public():
    found = fields_by_kind(
        "Tomasi Fifita, 2214 West Marigold Ave., (801) 555-0143, spoke. Residential customers averaged 655 kWh per "
        "month. Total retail sales were 318,442,907 kWh. Mr. Fifita said his usage was 1,310 kWh in July.")
    assert found["usage"] == ["1,310 kWh"]


def test_a_hearings_property_and_its_parcel_are_public_beside_a_customer():
    """A hearing notice's or a staff report's property and its bracketed parcel number, in a paragraph that also
    holds a customer's comment, are the hearing's; a customer's own property and account in brackets stay theirs."""
    found = fields_by_kind(
        "Public comment: Losa Vainikolo, 1187 Aspen Ridge Dr., said her bill for account W3305127 showed 1,642 kWh. "
        "The subject property, 610 N Center Street (C-2210-0041-0000), is zoned R-1-10.")
    assert found["address"] == ["1187 Aspen Ridge Dr."]
    assert "C-2210-0041-0000" not in {f.text for f in customer_fields(document(
        "Public comment: Losa Vainikolo, 1187 Aspen Ridge Dr., said her bill for account W3305127 showed 1,642 kWh. "
        "The subject property, 610 N Center Street (C-2210-0041-0000), is zoned R-1-10."))}
    notice = fields_by_kind(
        "The Planning Commission will hold a public hearing on a zone change for property at 3318 S Cove Canyon Rd "
        "(D-418-27), owned by Kalani Faleolo, telephone (435) 555-0182, account 04-220391-07.")
    assert "address" not in notice and "D-418-27" not in str(notice)
    own = {(f.kind, f.text) for f in customer_fields(document(
        "Customer Ana Ruiz, who owns the property at 2548 Lincoln Ave (0411827302), called about 1,884 kWh."))}
    assert {("address", "2548 Lincoln Ave"), ("number", "0411827302")} <= own


def _mail(sender: str, to: str, body: str) -> str:
    return f"From: {sender}\nTo: {to}\nSubject: RE: Feeder 9 schedule\nContent-Type: text/plain\n\n{body}\n"


CATEGORIES = ("customer_name", "taxpayer_id", "address", "phone", "account_number", "email", "energy_usage")


def test_staff_whose_mailbox_is_the_citys_are_no_customers():
    """A customer greets the staff member the e-mail goes to ("Ms. Okafor," to "Renata Okafor <rokafor@...gov>"):
    the writer is the customer, the addressee staff."""
    found = values_found("appeal.eml", _mail(
        "Tevita Lolohea <tevita.lolohea@gmail.com>", "Renata Okafor <rokafor@cedarbluff.gov>",
        "Ms. Okafor,\n\nTo confirm, the account is 08-611402-05 at 1187 Aspen Ridge Dr. Best number is 435 555 0196."
        "\n\nTevita\n\nOn Wed, Oct 7, 2026 at 9:14 AM Renata Okafor <rokafor@cedarbluff.gov> wrote:\n"
        "> Your appeal is scheduled for Oct 14."), CATEGORIES)
    assert "Ms. Okafor" not in found["customer_name"] and "Tevita Lolohea" in found["customer_name"]
    assert "08-611402-05" in found["account_number"]


def test_a_vendors_mail_to_staff_names_no_customer():
    """A firm's project manager writes to the City's director: the greeting names staff, and "Our EIN" is the firm's."""
    found = values_found("vendor.eml", _mail(
        "Project Manager <pm@wasatchlinemen.com>", "Gideon Marsh <gmarsh@cedarbluff.gov>",
        "Gideon Marsh,\n\nWe can mobilize on Nov 2. Our EIN is 87-0455120; W-9 attached. Contract C-2026-201.\n"
        "Call the office at (435) 555-0171."), CATEGORIES)
    assert "customer_name" not in found and "taxpayer_id" not in found


@pytest.mark.parametrize("sender", ["Dale Whitcomb <dale@whitcombtree.com>", "Office <whitcombtree@gmail.com>"])
def test_a_sole_proprietors_own_ein_by_mail_stays_theirs(sender):
    """Under their own name, or from a consumer mailbox, "our EIN" may be a sole proprietor's: it stays a finding."""
    found = values_found("vendor.eml", _mail(
        sender, "Gideon Marsh <gmarsh@cedarbluff.gov>", "Gideon,\n\nOur EIN is 87-0455120; W-9 attached."), CATEGORIES)
    assert found["taxpayer_id"] == ["87-0455120"]


@pytest.mark.parametrize("text, addresses", [
    ("who receives service at 512 W 1300 N, Cedar Bluff, disputed the bill", ["512 W 1300 N"]),
    ("Losa Vainikolo, 287 E 3300 S, said her bill", ["287 E 3300 S"]),
    ("lives at 1450 South 300 East Street in town", ["1450 South 300 East Street"]),
    ("the clinic at 455 W 1600 N, St. George, UT 84770", ["455 W 1600 N, St. George, UT 84770"]),
    # a coordinate, a route's or an interstate's direction, a mile marker
    ("Lat 37 N 113 W", []),
    ("coordinates: 41 N 112 W", []),
    ("take Route 9 N to the exit", []),
    ("I-15 S at mile marker 42 N", []),
])
def test_a_grid_address_needs_no_street_type(text, addresses):
    assert [m.group() for m in street_addresses(text)] == addresses


def test_a_grid_address_beside_a_customer_is_theirs():
    found = fields_by_kind("Mr. Tomasi Fifita, who receives service at 418 W 950 N, Cedar Bluff, contacted Utility "
                           "Billing about electric account 04-220391-07.")
    assert found["address"] == ["418 W 950 N"]


@pytest.mark.parametrize("text, found", [
    ("This Agreement is entered into between the City of Cedar Bluff and Rosalind Achebe, a sole proprietor doing "
     "business as\nAchebe Hedge & Lawn Care (Federal EIN 84-8761120), for vegetation clearance around distribution\n"
     "lines.", ["84-8761120"]),
    # the line above ends its sentence, or names no sole proprietor: the firm's own EIN
    ("The contract went to Rosalind Achebe, a sole proprietor.\nAchebe Hedge Services, Inc. (Federal EIN 84-8761120) is "
     "a separate firm.", []),
    ("This Agreement is entered into between the City of Cedar Bluff and the contractor,\nAchebe Hedge & Lawn Care, "
     "Inc. (Federal EIN 84-8761120), for vegetation clearance.", []),
])
def test_a_sole_proprietors_ein_on_a_wrapped_line_is_theirs(text, found):
    assert values_found("agreement.txt", text, ("taxpayer_id",)).get("taxpayer_id", []) == found
