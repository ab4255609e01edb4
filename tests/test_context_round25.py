"""Red-team round 25: logins written as a note's lines, a password inline after an admin account, ..."""
from __future__ import annotations

from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "email", "account_number", "energy_usage", "credential", "ssn")


def found(name: str, body: str | bytes) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


# --- credentials ----------------------------------------------------------------------------------------------

def test_a_pass_line_under_a_user_line_is_a_password():
    note = "<pre>Test server for the new outage map\n  user: gisreview\n  pass: Juniper#Ridge42\n</pre>"
    assert found("note.html", note)["credential"] == ["Juniper#Ridge42"]


def test_a_user_and_password_pair_after_basic_auth_is_a_password():
    note = "<p>The preview folder is behind basic auth: reviewer / Saguaro-Preview-7 until launch.</p>"
    assert found("note.html", note)["credential"] == ["Saguaro-Preview-7"]


def test_a_password_after_an_admin_account_beside_a_conference_room_product_is_a_password():
    line = "Webex Room Kit in Council Chambers reset. Administrator account: crt-admin. Password: Tq4$mVx9r\n"
    assert found("notice.txt", line)["credential"] == ["Tq4$mVx9r"]


def test_passes_and_meeting_passcodes_of_a_city_page_are_no_passwords():
    for text in ("Bus pass: $45 monthly, reduced fare pass: $20\n",
                 "Join the Webex meeting. Meeting number: 2553 118 0042 Password: Council2025\n",
                 "Season pass / Family-Pool-2025 rates are listed below.\n",
                 "Rate schedule: domestic / TOU-D-4-9PM applies to most homes.\n"):
        assert "credential" not in found("page.txt", text), text
