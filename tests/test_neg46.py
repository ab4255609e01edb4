"""Red team neg46 (precision): public information a city's site publishes that looked like customer records.

- A nonprofit grant list gives each recipient organization's EIN, contact, phone and address: public. A sole
  proprietor's EIN beside their own name in a vendor table still is a finding.
- An events listing ("Oct 4, 2025: Fall Bike Rally, <venue>. Contact <organizer>, <phone>.") names events and the
  people it invites readers to call: no list of residents. A list of residents with their homes and phones stays
  found.
- A training table whose columns say "Test ..." or "Sample ..." and whose values say TEST or are stand-ins is no
  customer record; a real customer pasted into it is.
- A compilation of written public comments whose pages are headed "Comment N of M - received <date>" is public
  comment, its writers' mailboxes their own choice to publish.
- A staff report's text table of the City's own accounts (a column "SCE account (City)", or a line "All are City of
  <Name> accounts" over it) holds the City's accounts.
- A video meeting's dial-in ("By phone: +1 669 ... (enter the webinar ID followed by #)") is the meeting service's.
"""
import io

from tests.detector_helpers import docx_table, pairs_found, values_of, xlsx


def _pdf(pages: list[list[list[str]]]) -> bytes:
    """A PDF of ``pages``, each a list of lines, each line a list of cells set 130 points apart."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        for k, cells in enumerate(lines):
            for c, cell in enumerate(cells):
                pdf.drawString(60 + 130 * c, 740 - 16 * k, cell)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _html_list(title: str, items: list[str]) -> str:
    return (f"<html><body><h1>{title}</h1><ul>" + "".join(f"<li>{item}</li>" for item in items)
            + "</ul></body></html>")


def _html_table(title: str, rows: list[list[str]]) -> str:
    head = "".join(f"<th>{cell}</th>" for cell in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows[1:])
    return f"<html><body><h1>{title}</h1><table><tr>{head}</tr>{body}</table></body></html>"


# -- 1. grant lists -------------------------------------------------------------------------------------------------

GRANTS = [
    ["Recipient organization", "Project", "Contact", "Phone", "Org EIN", "Award", "Org address"],
    ["Alder Grove Boys & Girls Club", "Solar carport", "Priya Lin", "(714)307-0473", "95-4493502", 28000,
     "4730 S. Bonita Ave, Alder Grove, CA 91785"],
    ["Westside Community Center of the Valley", "Energy education", "Mele Castillo", "(909)785-3300", "90-2102567",
     47000, "5494 S. San Bernardo Ave, Alder Grove, CA 91786"],
    ["Habitat for Humanity Foothill", "LED retrofit", "Fatima Ramirez", "714-523-5217", "85-6991711", 34000,
     "7823 E. Sunflower Way, Alder Grove, CA 91785"],
    ["Alder Grove Garden Club", "Solar carport", "Yolanda Salazar", "714-618-5290", "22-4659665", 34000,
     "10999 E. Alvarado St, Alder Grove, CA 91786"],
    ["St. Mark's Food Pantry", "Walk-in cooler", "Dwayne Alvarez", "714-336-5496", "86-9041079", 35000,
     "40 Country Club Rd, Alder Grove, CA 91786"],
]


def test_nonprofit_grant_list_is_public():
    assert pairs_found("https://www.aldergrove.gov/grants/fy2025.xlsx", xlsx(GRANTS)) == set()


def test_grantee_column_of_organizations_is_public_in_html():
    rows = [["Grantee", "Contact", "Phone", "EIN", "Address"],
            ["Eastside Little League", "Omar Haddad", "909-473-2883", "95-4493502", "120 W. Main St, Alder Grove, CA 91766"],
            ["Grace Ministries", "Ana Ruiz", "909-454-5633", "90-2102567", "455 E. Holt Ave, Alder Grove, CA 91767"]]
    assert pairs_found("https://www.aldergrove.gov/grants.html", _html_table("Community grants", rows)) == set()


def test_sole_proprietors_ein_in_vendor_table_stays_found():
    rows = [["Vendor", "EIN", "Address"],
            ["Raymond Castellanos", "95-4417208", "1200 Mission Blvd, Alder Grove, CA 91766"]]
    assert values_of(pairs_found("https://www.aldergrove.gov/vendors.xlsx", xlsx(rows)), "taxpayer_id") == {"95-4417208"}


def test_payee_beside_an_address_on_a_club_street_stays_found():
    rows = [["Payee", "EIN", "Address"],
            ["Raymond Castellanos", "95-4417208", "40 Country Club Rd, Alder Grove, CA 91766"]]
    assert values_of(pairs_found("https://www.aldergrove.gov/payees.xlsx", xlsx(rows)), "taxpayer_id") == {"95-4417208"}


# -- 2. event listings ----------------------------------------------------------------------------------------------

EVENTS = [
    "October 4, 2025: Fall Bike Rally, 120 W. Main St, Alder Grove, CA 91766. Contact Ana Ruiz, 909-454-5633.",
    "October 11, 2025: EV Ride-and-Drive, 455 E. Holt Ave, Alder Grove, CA 91767. Contact Omar Haddad, 909-473-2883.",
    "Sat., Oct 18 \u2013 Harvest Fair \u2013 300 N. Garey Ave, Alder Grove, CA 91767 \u2013 Info: Mei Chen, (909) 726-3843",
    "Nov 1, 2025 | Bike-to-Work Day | 12 Olive St, Alder Grove, CA 91766 | RSVP: Luis Ortiz 909-229-5293",
]


def test_dated_event_listing_with_organizers_is_public():
    assert pairs_found("https://www.aldergrove.gov/events.html", _html_list("Events calendar", EVENTS)) == set()


def test_list_of_residents_with_homes_and_phones_stays_found():
    residents = ["Ana Ruiz, 120 W. Main St, Alder Grove, CA 91766, 909-454-5633",
                 "Omar Haddad, 455 E. Holt Ave, Alder Grove, CA 91767, 909-473-2883"]
    found = pairs_found("https://www.aldergrove.gov/optout.html", _html_list("Opt-out requests", residents))
    assert {("customer_name", "Ana Ruiz"), ("customer_name", "Omar Haddad"), ("phone", "909-454-5633"),
            ("address", "455 E. Holt Ave, Alder Grove, CA 91767")} <= found


def test_resident_with_home_and_phone_in_a_clause_stays_found():
    line = ["Reported by Ronald Robles, 146 Pikes View Ave, Alder Grove, CA 91767, (719) 574-4233, about a meter."]
    found = pairs_found("https://www.aldergrove.gov/log.html", _html_list("Service tickets", line))
    assert ("phone", "(719) 574-4233") in found


# -- 3. training tables ---------------------------------------------------------------------------------------------

TEST_TABLE = [["Scenario", "Test account", "Test customer", "Test phone"],
              ["High bill", "700 000 0003", "TEST CUSTOMER C", "909-555-0147"],
              ["Opt-out", "7000000004", "Test Customer D", "(909) 555-0188"]]


def test_test_data_table_in_word_is_no_customer_record():
    assert pairs_found("https://www.aldergrove.gov/training/quick-ref.docx",
                       docx_table(TEST_TABLE, "Customer Care Quick Reference")) == set()


def test_sample_columns_with_stand_ins_are_no_customer_record():
    rows = [["Scenario", "Sample account", "Sample customer", "Sample phone"],
            ["Payment plan", "3-000-0000-01", "SAMPLE, JANE Q", "909-555-0147"]]
    assert pairs_found("https://www.aldergrove.gov/training/ref.html", _html_table("Practice", rows)) == set()


def test_real_customer_pasted_into_test_table_stays_found():
    rows = TEST_TABLE + [["Real call", "8-003-5220-78", "Minh Grigoryan", "909.459.2850"]]
    found = pairs_found("https://www.aldergrove.gov/training/quick-ref.docx", docx_table(rows, "Quick Reference"))
    assert found == {("account_number", "8-003-5220-78"), ("customer_name", "Minh Grigoryan"),
                     ("phone", "909.459.2850")}


# -- 4. written public comment --------------------------------------------------------------------------------------

def _comment(k: int, name: str, street: str, phone: str, mailbox: str) -> list[list[str]]:
    return [[f"Comment {k} of 2 - received 13 April 2025"], [f"From: {name}"],
            [f"Address: {street}, Alder Grove, CA 91786"], [f"Phone: {phone}"], [f"E-mail: {mailbox}"],
            ["Thank you for the heat pump rebates. Please keep funding them next year."]]


def test_numbered_written_comments_are_public_comment():
    pdf = _pdf([_comment(1, "Soo-jin Nguyen", "5718 Valencia Ave", "(562) 379-3293", "soojin_ngu@sbcglobal.net"),
                _comment(2, "Farid Takahashi", "11883 N. Citrus Ave", "714-213-5750", "ftakahashi@yahoo.com")])
    assert pairs_found("https://www.aldergrove.gov/comments/rates-2025.pdf", pdf) == set()


def test_case_log_comment_numbering_is_no_public_comment():
    pdf = _pdf([[["Comment 2 of 3: customer says the bill doubled."], ["From: Soo-jin Nguyen"],
                 ["E-mail: soojin_ngu@sbcglobal.net"]]])
    assert ("email", "soojin_ngu@sbcglobal.net") in pairs_found("https://www.aldergrove.gov/cis/notes.pdf", pdf)


# -- 5. the City's own accounts -------------------------------------------------------------------------------------

def test_city_held_account_column_in_pdf_text_table_is_the_citys():
    pdf = _pdf([[["STAFF REPORT - STREETLIGHT BILLING"],
                 ["The City pays the following SCE service accounts for its streetlights."],
                 ["SCE account (City)", "Rate", "Fixtures", "FY24 kWh"],
                 ["8922245492", "LS-1", "260", "142,644"],
                 ["8878818549", "LS-1", "369", "350,114"],
                 ["8986426807", "LS-2", "339", "163,720"]]])
    assert pairs_found("https://www.aldergrove.gov/reports/sr-streetlights.pdf", pdf) == set()


def test_line_naming_the_city_as_holder_over_a_text_table_is_the_citys():
    pdf = _pdf([[["STAFF REPORT - STREETLIGHT BILLING"],
                 ["All are City of Alder Grove accounts."],
                 ["SCE account", "Rate", "Fixtures", "FY24 kWh"],
                 ["8922245492", "LS-1", "260", "142,644"],
                 ["8878818549", "LS-1", "369", "350,114"]]])
    assert pairs_found("https://www.aldergrove.gov/reports/sr-streetlights.pdf", pdf) == set()


def test_customer_under_city_held_column_stays_found():
    pdf = _pdf([[["Billing review"],
                 ["SCE account (City)", "Customer", "kWh"],
                 ["8922245492", "Ana Ruiz", "1,742"]]])
    found = pairs_found("https://www.aldergrove.gov/reports/review.pdf", pdf)
    assert ("account_number", "8922245492") in found


# -- 6. meeting dial-ins --------------------------------------------------------------------------------------------

def test_video_meeting_dial_in_is_public():
    page = ("<html><body><h1>Clean Energy Commission</h1><h2>Join remotely</h2><p>Zoom webinar ID: 895 2357 2837<br>"
            "Passcode: 687100<br>By phone: +1 669 900 6833 (enter the webinar ID followed by #)</p>"
            "<p>Teams audio: +1 323-555-7781, Conference ID: 448 119 02#</p></body></html>")
    assert pairs_found("https://www.aldergrove.gov/commissions/cec.html", page) == set()


def test_personal_cell_away_from_meeting_details_stays_found():
    page = ("<html><body><h1>Neighborhood watch</h1><p>Block captain sign-ups are open.</p>"
            "<p>Leave a message for Ana Ruiz on her cell 909-454-5633 if your porch light is out.</p></body></html>")
    assert ("phone", "909-454-5633") in pairs_found("https://www.aldergrove.gov/watch.html", page)
