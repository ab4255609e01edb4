"""Red team prose15's value and shape causes, end to end through the extractor and every registry detector: rural
box addresses, "pw" in desk notes, a customer's mailbox written "Name <addr>", and a vendor list's business lines.

Hard negatives are a city site's text: a culvert's box, Public Works, kW units, staff mail, vendors' EINs.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number", "credential",
           "taxpayer_id")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- C4: Highway Contract and Star Route boxes ---------------------------------------------------------------------

@pytest.mark.parametrize("box", ["HC 71 Box 218, Cuba, NM 87013", "HCR 71 Box 218", "H.C. 71, Box 218",
                                 "Star Route 4, Box 29"])
def test_a_highway_contract_or_star_route_box_is_a_service_address(box):
    result = found("notes.html", f"<p>Customer Wilbert Tsinnijinnie, service address {box}.</p>")
    assert result == {"customer_name": ["Wilbert Tsinnijinnie"], "address": [box]}


def test_a_box_culvert_on_a_highway_contract_is_no_address():
    assert found("cip.html", "<p>The HC 2 box culvert at Mile 14 was replaced under Contract 2026-07 by Mesa "
                 "Grading LLC; questions to Public Works at PO Box 100.</p>") == {}


# -- C11: a customer's mailbox written "Name <addr>" ------------------------------------------------------------------

FORWARDED = ("From: Marisol Etcitty <metcitty@redbutte.gov>\nTo: Dale Ruiz <druiz@redbutte.gov>\nSubject: FW: bill\n\n"
             "Dale, fyi below. Customer is Harlan Tsosie, acct 5581023-7. He says the March bill is wrong.\n\n"
             "-----Original Message-----\nFrom: Harlan Tsosie <htsosie51@q.com>\nSent: Sunday, March 8, 2026\n"
             "Subject: bill\n\nPlease fix this.\n")


def test_a_forwarded_customers_quoted_sender_is_the_customers_mailbox():
    result = found("fwd.eml", FORWARDED)
    assert result["email"] == ["htsosie51@q.com"]
    assert "Harlan Tsosie" in result["customer_name"]


def test_a_customers_label_before_name_and_mailbox():
    assert found("notes.txt", "Customer email: Harlan Tsosie <htsosie51@q.com>\n").get("email") == ["htsosie51@q.com"]


@pytest.mark.parametrize("body", [
    # staff mail, a newsletter's sender, a vendor's contact: no customer's name or label before the mailbox
    "From: Jo Ruiz <jruiz@redbutte.gov>\nTo: Utility Billing <billing@redbutte.gov>\nSubject: rate study\n\nSee attached.\n",
    "From: Red Butte Utility News <news@rbnews-mail.com>\nSubject: May newsletter\n\nRebates are back this spring.\n",
    "Vendor contact: Lena Ortiz <lortiz@mesagrading.com>, Mesa Grading LLC, for the culvert bid.\n",
    # a customer named in the text, and a staff member's role mailbox after a name
    "Customer is Harlan Tsosie, acct 5581023-7.\nReply to Harlan Tsosie <billing@redbutte.gov> with questions.\n",
])
def test_a_named_mailbox_that_is_no_customers(body):
    assert "email" not in found("mail.eml" if body.startswith("From") else "notes.txt", body)


# -- F1: a vendor list's line opening with a business's name -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Juniper Flats Hardware - 2418 W. Pinon St - (505) 771-2290 - EIN 45-2871163",
    "Blue Corn Diner \u2013 61 N. Depot Ave \u2013 505.771.4408 \u2013 EIN 45-2871163",
    "Rio Puerco Tire & Auto | 900 Hwy 550 | 505-771-8013 | EIN 45-2871163",
])
def test_a_businesss_line_in_a_vendor_list_is_public(line):
    assert found("vendors.txt", f"Vendor list (public)\n\n{line}\n") == {}


def test_a_sole_proprietors_line_in_a_vendor_list_stays_a_finding():
    result = found("vendors.txt", "Vendor list\n\nHoskie Yellowman - 18 Cedar Ln - (505) 771-3302 - EIN 45-2871163\n"
                   "Ana Begay dba Begay Tree Trimming - 4 Elm St - EIN 45-2871164\n")
    assert result["taxpayer_id"] == ["45-2871163", "45-2871164"]
    assert "18 Cedar Ln" in result["address"]
