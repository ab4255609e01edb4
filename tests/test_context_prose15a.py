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
