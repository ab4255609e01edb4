"""Red team packet22: a collections list's rows with a utility's lettered account and a post-office box for billing,
a bill copy's name over its box, and a PDF's bookmarks (tests/test_pdf_parts.py)."""
from __future__ import annotations

from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


COLLECTIONS = """Collections list - final notices
BTMU-5512043   Redfeather Lorna   4410 Coulee Dr   PO Box 2217, Havre, MT 59501   (406) 555-0161
BTMU-5512118   Okafor Chidi   18 Aspen Ridge Rd   PO Box 91, Big Timber, MT 59011   (406) 555-0177
"""


def test_a_collections_lists_lettered_accounts_and_billing_boxes():
    result = found("collections.txt", COLLECTIONS)
    assert result["account_number"] == ["BTMU-5512043", "BTMU-5512118"]
    assert "PO Box 2217, Havre, MT 59501" in result["address"]


def test_a_permit_list_keeps_its_permit_numbers():
    permits = ("Building permits issued\nBLD-482213   Redfeather Lorna   4410 Coulee Dr   (406) 555-0161\n"
               "BLD-482290   Okafor Chidi   18 Aspen Ridge Rd   (406) 555-0177\n")
    assert "account_number" not in found("permits.txt", permits)


def test_a_bill_copys_name_over_its_box():
    text = ("COPY OF BILL (as submitted by appellant)\nLORNA REDFEATHER\nPO BOX 2217\nHAVRE, MT 59501\n"
            "ACCOUNT NUMBER 3-512-0433-71\n")
    result = found("appeal.txt", text)
    assert result["customer_name"] == ["LORNA REDFEATHER"] and result["address"] == ["PO BOX 2217"]
