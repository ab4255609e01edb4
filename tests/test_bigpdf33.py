"""A procedure's login in a long PDF (bigpdf33): a password whose label ends one line and whose value opens the next,
and a "temporary pass =" given with its mark; a table's title ("... Queue - Customer Detail") is no customer's name.
Hard negatives: a form's "Password:" over its rules, a meeting's passcode on the next line, a parking pass."""
from detector_helpers import lines_pdf, pairs_found, values_of

PACKET = "https://www.pomonaca.gov/DocumentCenter/View/5120/Budget-Book-FY26.pdf"


def _credentials(lines: list[str]) -> set[str]:
    return values_of(pairs_found(PACKET, lines_pdf(lines)), "credential")


def test_a_password_whose_label_ends_the_line_above_is_reported():
    assert _credentials([
        "Interval data files are pulled nightly from the utility's SFTP server. Login: edi_pomona Password:",
        "Harvest_26Kx (rotated each quarter by IT).",
    ]) == {"Harvest_26Kx"}


def test_a_temporary_pass_given_with_its_mark_is_reported():
    assert _credentials(["Consultants use the analytics portal temporary pass = Citrus#7Lane until go-live."]) \
        == {"Citrus#7Lane"}


def test_a_passcode_label_ending_a_line_is_reported_outside_a_meeting():
    assert _credentials(["The lockbox at the Ganesha pump station opens with passcode:", "Vx31k9 (facilities only)."]) \
        == {"Vx31k9"}


def test_rules_and_words_under_a_password_label_are_no_password():
    assert _credentials(["Create your account. Password:", "Must be 12 characters with one digit and one symbol.",
                         "Password:", "Forgot password? Reset it online."]) == set()


def test_a_meetings_passcode_on_the_next_line_stays_public():
    assert _credentials(["Join the Zoom webinar, Webinar ID 861 2231 0044, Passcode:", "640217",
                         "Meeting ID 861 2231 0045 Password:", "Kx81mm"]) == set()


def test_a_parking_pass_is_no_password():
    assert _credentials(["Contractors receive a temporary pass: Lot C, Lot 12B, or the Civic Center garage."]) == set()


def test_a_tables_title_is_no_customers_name():
    found = pairs_found(PACKET, lines_pdf([
        "Table H-3 (sideways): Solar Interconnection Queue - Customer Detail",
        "Ifeoma Szabo-Reyes | 1875 N Orange Grove Ave, Pomona CA 91767 | SA 8005802277 | 4,120 kWh/yr",
    ]))
    assert values_of(found, "customer_name") == {"Ifeoma Szabo-Reyes"}


def test_a_customers_given_name_cut_by_a_line_break_is_still_joined():
    found = pairs_found(PACKET, lines_pdf([
        "Call log 6/14: spoke w/ cust Anahit",
        "Mkrtchyan re: a high bill, acct 8005806124, cb 909-555-0163.",
    ]))
    assert "Anahit Mkrtchyan" in values_of(found, "customer_name")
