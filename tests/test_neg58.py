"""Red team neg58 (precision on a city's Community Development and Public Works pages, with its community choice
energy program's; fix neg58).

- A street's "Dr." ends an address, no doctor's title: a City facility's line "Fire Station 3, 4410 Quail Ridge Dr.
  Edison service account ..." names no person, so its accounts and its monthly usage table stay the City's; "Dr.
  Okafor" before an account is a person still.
- A flashing beacon, an RRFB, a HAWK signal or a radar speed sign is one of the City's installations, like a traffic
  signal: a table listing them by crossing with their own accounts and kWh names no customer.
- A bid tabulation's rows give the bidding firms' EINs, though no column names them; a bidder "dba" a trade name
  keeps theirs.
- The town ending a sender block's street line ("2207 Larkspur Ave, Mesa Alta") is no one's name, nor is the place
  a program's name opens with after "my" ("My Mesa Alta Community Power account ..."); a letter to an office ("To the
  Billing Department:") opens as a salutation does, so its writer's sender block under the body is their record.
"""
import io

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_PERSONAL = {"customer_name", "address", "phone", "email", "account_number", "energy_usage"}


def _facility_page(line: str) -> str:
    rows = "".join(f"<tr><td>{m}</td><td>{k},000</td><td>${k * 310:,}</td></tr>"
                   for m, k in (("Jan", 41), ("Feb", 118), ("Mar", 17), ("Apr", 96)))
    return (f"<html><body><main><h1>Fire Station 3 Energy Use</h1><p>{line}</p><p>Facilities supervisor: Odile "
            f"Brennan, (626) 555-0148.</p><table><tr><th>Month</th><th>kWh</th><th>Cost</th></tr>{rows}</table>"
            "</main></body></html>")


def test_a_facilitys_street_ending_in_dr_names_no_doctor():
    page = _facility_page("Fire Station 3, 4410 Quail Ridge Dr. Edison service account 3-118-2207-41; Tecolote "
                          "Clean Power account 3381-202-117.")
    assert not {kind for kind, _ in pairs_found("https://x.gov/energy/station-3.html", page)} & _PERSONAL


def test_a_doctor_or_a_resident_on_a_drive_keeps_the_account():
    page = _facility_page("Dr. Okafor told the board his Edison service account 3-118-2207-41 was billed twice.")
    assert "3-118-2207-41" in values_of(pairs_found("https://x.gov/minutes.html", page), "account_number")
    page = ("<html><body><p>Maribel Cortez, 4410 Quail Ridge Dr. Edison service account 3-118-2207-41; she used "
            "912 kWh in May.</p></body></html>")
    found = pairs_found("https://x.gov/notes.html", page)
    assert "3-118-2207-41" in values_of(found, "account_number")
    assert "Maribel Cortez" in values_of(found, "customer_name")


def _table(header, rows) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><main><h1>Electric accounts</h1><table><tr>{head}</tr>{body}</table></main></body></html>"


def test_beacons_and_speed_signs_are_the_citys_installations():
    page = _table(("Crossing", "Device", "Edison Acct", "Meter", "kWh/yr"),
                  [("Elm St & 5th Ave", "Rectangular rapid flashing beacon", "2-31-554-0912", "V552310", "1,204"),
                   ("Oak Knoll Rd & Vine St", "HAWK signal", "2-31-554-0877", "V552344", "3,918"),
                   ("Lomita Ave & 9th St", "Radar speed sign", "2-31-554-0765", "V552381", "611"),
                   ("Canyon Crest Dr & Hale St", "Flashing beacon", "2-31-554-0698", "V552397", "842")])
    assert not {kind for kind, _ in pairs_found("https://x.gov/pw/signals.html", page)} & _PERSONAL


def test_a_homes_row_beside_the_beacons_stays_a_customers():
    page = _table(("Customer", "Service Address", "Edison Acct", "kWh/yr"),
                  [("Teodoro Lindqvist", "1187 Larkspur Ave", "2-31-554-0912", "8,204")])
    assert "2-31-554-0912" in values_of(pairs_found("https://x.gov/pw/list.html", page), "account_number")


def _columns_pdf(lines: list[str]) -> bytes:
    """A PDF whose tab-separated lines are drawn as columns, as a tabulation prints them."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, line in enumerate(lines):
        for c, cell in enumerate(line.split("\t")):
            pdf.drawString(40 + c * 120, 740 - 16 * k, cell)
    pdf.save()
    return out.getvalue()


def test_a_bid_tabulations_eins_are_the_bidders():
    pdf = _columns_pdf(["BID SUMMARY - STORM DRAIN REPAIRS", "Bid opening October 3, 2025",
                        "BrightArc Solar Installers\t738873\t87-1169751\t2469 Granada Pl, Corona, CA\t$1,826,568",
                        "Quarry Gate Builders\t770321\t46-3310982\t88 Alder Rd, Fontana, CA\t$1,955,000"])
    assert not values_of(pairs_found("https://x.gov/pw/bids.pdf", pdf), "taxpayer_id")


def test_a_bidder_trading_under_a_name_keeps_the_number():
    pdf = _columns_pdf(["BID SUMMARY - STORM DRAIN REPAIRS", "Bid opening October 3, 2025",
                        "Renata Okoye dba Okoye Tile\t738873\t87-1169751\t2469 Granada Pl, Corona, CA\t$1,826,568"])
    assert "87-1169751" in values_of(pairs_found("https://x.gov/pw/bids.pdf", pdf), "taxpayer_id")


_LETTER = ["Correspondence received", "", "To the Billing Department:",
           "My Mesa Alta Community Power account 5510-203-118 showed 1,904 kWh for June, twice my usual.",
           "Please check the meter and correct my bill.", "", "Wilhelmina Ashby", "2207 Larkspur Ave, Mesa Alta",
           "(626) 555-0143"]


def test_a_letters_town_and_programs_place_name_no_one():
    found = pairs_found("https://x.gov/packet/correspondence.pdf", lines_pdf(_LETTER))
    assert values_of(found, "customer_name") == {"Wilhelmina Ashby"}
    assert "(626) 555-0143" in values_of(found, "phone")
    assert any(value.startswith("2207 Larkspur Ave") for value in values_of(found, "address"))


def test_a_given_name_and_surname_ending_a_street_line_are_a_person():
    from detectors.context.persons import names_in
    text = "Account 5510-203-118 transferred at 12 Sable Ct, Maria Lopez"
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["Maria Lopez"]
    text = "Wilhelmina Ashby\n2207 Larkspur Ave, Mesa Alta"
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["Wilhelmina Ashby"]


def test_a_park_named_after_someone_in_a_facility_list_is_the_citys():
    pdf = lines_pdf(["MUNICIPAL ENERGY AUDIT - SUMMARY", "Prepared for the City of Mesa Alta by Northgate Energy",
                     "Corporation Yard: account 3-154-1079-48, 1,368,000 kWh/yr, measure: LED retrofit",
                     "Desmond Okafor Park: account 3-952-4977-86, 483,000 kWh/yr, measure: HVAC controls",
                     "Transit Center Garage: account 3-889-3212-36, 2,166,000 kWh/yr, measure: VFD pumps"])
    assert not {kind for kind, _ in pairs_found("https://x.gov/energy/audit.pdf", pdf)} & _PERSONAL


def test_a_person_whose_surname_is_a_place_word_stays_a_customer():
    page = ("<html><body><p>Yolanda Park: account 3-952-4977-86, 912 kWh in July, asked for a payment plan.</p>"
            "</body></html>")
    assert "Yolanda Park" in values_of(pairs_found("https://x.gov/notes.html", page), "customer_name")


def test_a_sender_block_opened_by_a_name_the_lists_spell_as_a_word_is_the_writers():
    letter = [line.replace("Wilhelmina Ashby", "Perpetua Galindo") for line in _LETTER]
    found = pairs_found("https://x.gov/packet/correspondence.pdf", lines_pdf(letter))
    assert values_of(found, "customer_name") == {"Perpetua Galindo"}
    assert "(626) 555-0143" in values_of(found, "phone")


def test_a_zoning_letters_sender_block_stays_public():
    letter = ["Written public comment - Item 5", "", "To the Planning Commission:",
              "I oppose the variance for the three-story building next door; it will shade my garden.", "",
              "Perpetua Galindo", "2207 Larkspur Ave, Mesa Alta", "(626) 555-0143"]
    found = pairs_found("https://x.gov/packet/comments.pdf", lines_pdf(letter))
    assert not {kind for kind, _ in found} & {"customer_name", "address", "phone"}
