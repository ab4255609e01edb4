"""Red team neg42 (precision), public-role contacts: a consumer mailbox or a cell published for a public role, a
public speaker's number left in minutes on a non-utility item, a volunteer coordinator's "text or call", a land-use
applicant's line in a staff report. Customers' cases stay reported."""
from detector_helpers import findings_for, pairs_found, values_of

from detectors.email import EmailDetector

URL = "https://www.sierramadrona.gov/page.html"


def page(body: str) -> str:
    return f"<html><body><main>{body}</main></body></html>"


def found(body: str, url: str = URL) -> set[tuple[str, str]]:
    return pairs_found(url, page(body), "text/html")


# --- A: consumer mailboxes published for a public role ---------------------------------------------------------

def test_candidates_campaign_mailbox_is_public():
    f = found("<h1>Candidates, General Municipal Election</h1><ul><li>District 1: Nadia Castillo "
              "(castillo.nadia83@gmail.com) &mdash; Committee: Nadia Castillo for City Council 2024, FPPC ID 1479286"
              "</li><li>District 3: Tom Reed (treed44@aol.com) &mdash; Committee to Elect Tom Reed</li></ul>")
    assert values_of(f, "email") == set()


def test_committee_member_and_program_volunteer_mailboxes_are_public():
    f = found("<ul><li>Heather Robinson -- resident member, appointed 2023 (hrobinson64@yahoo.com)</li>"
              "<li>Citizenship class, led by volunteer Anjali Shah (anjali.shah@hotmail.com), Thursdays</li>"
              "<li>Tai chi, taught by Ana Ruiz (ana.ruiz@icloud.com)</li></ul>")
    assert values_of(f, "email") == set()


def test_business_orders_mailbox_is_public():
    f = found("<p>Member Spotlight: Cafe Nuevo. Owner Lorena Desai opened the doors in 1997. Stop in or call "
              "909.723.1302; catering orders to lorenades@aol.com.</p>")
    assert values_of(f, "email") == set()


def test_league_registrar_cell_and_mailbox_are_public():
    f = found("<ul><li><b>AYSO Region 1289</b> -- Registrar Lilit Reyes, cell 909-306-3686, lreyes43@outlook.com</li>"
              "<li><b>Pop Warner</b> -- Coach Sam Ortiz, cell (909) 591-1057</li></ul>")
    assert values_of(f, "email") == set() and values_of(f, "phone") == set()


def test_residents_own_mailbox_and_cell_in_a_case_stay_reported():
    f = found("<p>Resident Ana Ruiz complained about her bill; her personal email is ana.ruiz77@gmail.com.</p>"
              "<p>Volunteer driver program: customer Jo Lee, cell (909) 555-0182, asked about her account.</p>")
    assert "ana.ruiz77@gmail.com" in values_of(f, "email")
    assert "(909) 555-0182" in values_of(f, "phone")


def test_a_volunteer_line_about_a_bill_stays_reported():
    f = found("<p>Volunteer Ana Ruiz (ana.ruiz77@gmail.com) says her bill doubled in July.</p>")
    assert "ana.ruiz77@gmail.com" in values_of(f, "email")


# --- B: a public speaker's number left in minutes --------------------------------------------------------------

def test_public_speakers_number_on_a_parking_item_is_public():
    f = found("<h2>PUBLIC COMMENT</h2><p>Priya Nakamura, resident at 4486 Bonita Ave, supported permit parking on "
              "Arroyo Vista Dr and left her number, (626) 431-9526, with the Clerk for follow-up by Public Works.</p>",
              "https://www.sierramadrona.gov/council/minutes-2024-02-20.html")
    assert values_of(f, "phone") == set()


def test_speakers_number_about_their_own_bill_stays_reported():
    f = found("<h2>PUBLIC COMMENT</h2><p>Priya Nakamura, resident at 4486 Bonita Ave, spoke about her electric bill "
              "and left her number, (626) 431-9526, with the Clerk for a call back.</p>",
              "https://www.sierramadrona.gov/council/minutes-2024-02-20.html")
    assert "(626) 431-9526" in values_of(f, "phone")


# --- D: a name with a phone and a mailbox in one clause --------------------------------------------------------

def test_text_or_call_volunteer_coordinator_is_an_invitation():
    f = found("<h1>Volunteer Opportunities</h1><p>Park clean-up Saturdays: text or call Garine Harris at "
              "909-496-2878 or write to garinehar@icloud.com.</p><p>Toy drive: call or text Yusuf Reddy at "
              "909.533.8072 or email yreddy23@aol.com.</p>")
    assert values_of(f, "customer_name") == set()
    assert values_of(f, "phone") == set() and values_of(f, "email") == set()


def test_outage_callback_with_text_or_call_stays_reported():
    f = found("<p>Outage callbacks: text or call Garine Harris at 909-496-2878 or write to garinehar@icloud.com "
              "about the outage at her home, 412 Elm St.</p>")
    assert "909-496-2878" in values_of(f, "phone")


def test_land_use_applicant_line_in_staff_report_is_public():
    text = ("Staff Report PLN-2023-0115\nProject Information\nItem\tDetail\nCase\tPLN-2023-0115\n"
            "Applicant\tMaria Yamamoto, (951) 212-1291, mariayam@yahoo.com\nSite\t3056 Arroyo Vista Dr\n"
            "The applicant requests a Conditional Use Permit and Variance to allow a two-story addition.\n")
    f = pairs_found("https://www.sierramadrona.gov/docs/staff-report.txt", text, "text/plain")
    assert values_of(f, "customer_name") == set() and values_of(f, "phone") == set()


def test_program_applicant_line_without_land_use_stays_reported():
    f = found("<h1>Rebate applications</h1><p>Applicant: Maria Yamamoto, (951) 212-1291, mariayam@yahoo.com</p>"
              "<p>Staff reviewed the household's eligibility.</p>")
    assert "(951) 212-1291" in values_of(f, "phone")


def emails_in_lines(lines: list[str]) -> set[str]:
    """The mailboxes the e-mail detector reports in a document of the given lines, as a PDF's table gives them."""
    return {f.value for f in findings_for(EmailDetector, lines)}


def test_instructor_column_of_a_class_table_is_public():
    assert emails_in_lines(["Fall 2024 Activity Guide", "Code\tClass\tInstructor\tContact (951) 407-4159 /\tFee",
                            "80649\tCeramics\tGraciela Nakamura\tgraciela.nakamura@aol.com (951) 632-9305 /\t$112",
                            "67774\tMahjong\tIfeoma Tanaka\tifeoma.tanaka@outlook.com\t$55"]) == set()


def test_a_table_without_a_role_column_keeps_its_mailboxes():
    assert emails_in_lines(["Fall 2024 Activity Guide", "Code\tClass\tParticipant\tContact (951) 407-4159 /\tFee",
                            "80649\tCeramics\tGraciela Nakamura\tgraciela.nakamura@aol.com (951) 632-9305 /\t$112",
                            "67774\tMahjong\tIfeoma Tanaka\tifeoma.tanaka@outlook.com\t$55"]) == {
        "graciela.nakamura@aol.com", "ifeoma.tanaka@outlook.com"}


def test_a_residents_own_request_to_be_called_stays_reported():
    f = found("<p>I spoke about the parking on Elm St with supervisor Declan Moriarty; please call me on my cell at "
              "(413) 882-6140.</p>")
    assert values_of(f, "phone") == {"(413) 882-6140"}


def test_land_use_applicants_mailbox_in_staff_report_is_public():
    assert emails_in_lines(["Staff Report PLN-2023-0115", "Item\tDetail",
                            "Applicant\tMaria Yamamoto, (951) 212-1291, mariayam@yahoo.com",
                            "The applicant requests a Conditional Use Permit and Variance for an addition."]) == set()
    assert emails_in_lines(["Rebate applications", "Item\tDetail",
                            "Applicant\tMaria Yamamoto, (951) 212-1291, mariayam@yahoo.com"]) == {"mariayam@yahoo.com"}
