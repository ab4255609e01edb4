"""Red team neg19's false findings on a city site with no customer data: residents in a public process, a
neighbourhood watch's captains, and a staff directory whose job titles say "Customer Accounts". Each hard negative
has a true case beside it, so the rule that refuses it is no blanket."""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def test_a_resident_speaking_on_a_zoning_case_with_home_and_phone_is_no_customer():
    text = ("<p>Lorena Vasquez of 218 Chestatee Ridge Rd ((706) 482-9913) spoke regarding variance V-26-08. "
            "Marcus Tillery, 47 Tallulah St, (762) 301-5540, addressed the Commission in opposition to the rezoning "
            "of 14 acres on Old Clayton Hwy.</p>")
    assert found("minutes.html", text) == {}


def test_a_resident_speaking_about_their_shutoff_with_home_and_phone_is_a_customer():
    text = ("<p>Lorena Vasquez of 218 Chestatee Ridge Rd ((706) 482-9913) spoke regarding the disconnection "
            "of her electric service last week.</p>")
    result = found("minutes.html", text)
    assert result["customer_name"] == ["Lorena Vasquez"]
    assert result["phone"] == ["(706) 482-9913"]


def test_a_neighbourhood_watchs_captains_are_no_customer_list():
    text = ("<p><b>Soque River Rd area</b> - Captain Odessa Blankenship, 984 Ridgecrest Dr, cell (706) 370-3202</p>"
            "<p><b>Depot St area</b> - Captain Harlan Dowdy, 12 Depot St, cell (706) 370-3299</p>")
    result = found("watch.html", text)
    assert "customer_name" not in result
    assert "address" not in result


def test_a_list_of_residents_with_homes_and_phones_is_still_reported():
    text = ("<p>Odessa Blankenship, 984 Ridgecrest Dr, (706) 370-3202</p>"
            "<p>Harlan Dowdy, 12 Depot St, (706) 370-3299</p>")
    result = found("callbacks.html", text)
    assert result["customer_name"] == ["Odessa Blankenship", "Harlan Dowdy"]


def test_customer_accounts_as_a_job_title_is_a_staff_directory():
    table = ("<table><tr><th>Name</th><th>Title</th><th>Phone</th><th>Email</th></tr>"
             "<tr><td>Rosalee Fairclough</td><td>Customer Accounts Manager</td><td>706.215.1713</td>"
             "<td>rfairclough@cullasajafalls.gov</td></tr>"
             "<tr><td>Dewitt Ogunleye</td><td>Customer Accounts</td><td>706.215.1714</td>"
             "<td>dogunleye@cullasajafalls.gov</td></tr></table>")
    assert found("staff.html", table) == {}


def test_a_customer_cell_still_makes_a_row_a_customers():
    table = ("<table><tr><th>Name</th><th>Type</th><th>Phone</th></tr>"
             "<tr><td>Rosalee Fairclough</td><td>Customer</td><td>706.215.1713</td></tr></table>")
    assert found("list.html", table)["customer_name"] == ["Rosalee Fairclough"]


SIGN_IN = ("Name\tAddress\tPhone\n"
           "Odessa Blankenship\t984 Ridgecrest Dr\t706-370-3202\n"
           "Harlan Dowdy\t12 Depot St\t706-370-3299\n")


def test_a_rezoning_meetings_sign_in_sheet_is_a_public_record():
    text = "Exhibit D - Community Meeting Sign-In Sheet (Rezoning RZ-26-03)\n" + SIGN_IN
    assert found("packet.txt", text) == {}


def test_a_utilitys_own_meeting_sign_in_sheet_holds_its_customers():
    text = "Eastside Water Main Replacement - Utility Customer Meeting Sign-In Sheet\n" + SIGN_IN
    assert found("packet.txt", text)["customer_name"] == ["Odessa Blankenship", "Harlan Dowdy"]


def _mailboxes(name: str, body: str) -> list[str]:
    return values_found(name, body, ("email",)).get("email", [])


def test_a_coaches_column_and_an_events_invitation_to_write_are_published_mailboxes():
    roster = ("<table><tr><th>Team</th><th>Head Coach</th><th>Coach Email</th></tr>"
              "<tr><td>10U Hornets</td><td>Mark Riley</td><td>mriley77@yahoo.com</td></tr></table>")
    event = ("<p>Fall Festival - October 3 at Frog Level Park. For information call Ms. Dana Jones at 706.555.0142 "
             "or email djones1988@gmail.com.</p>")
    assert _mailboxes("league.html", roster) == []
    assert _mailboxes("events.html", event) == []


def test_a_residents_mailbox_outside_any_invitation_is_still_a_low_finding():
    text = "<p>Resident Bo Lee said the park needs lights; reach him at bolee1971@gmail.com.</p>"
    assert _mailboxes("news.html", text) == ["bolee1971@gmail.com"]


def test_a_letters_questions_line_giving_the_customers_own_mailbox_is_still_found():
    text = ("<p>Dear Thi Lan Bui:</p><p>Your account 0599396109 is past due.</p><p>If you have questions please call "
            "us; we have your contact number as 940 967 6567 and email tbui1961@hotmail.com.</p>")
    assert _mailboxes("letter.html", text) == ["tbui1961@hotmail.com"]


# -- red team neg20: a town's rosters and certificates laid out in text, and a budget transfer's accounts -------------

def test_a_boards_roster_in_text_with_members_homes_and_phones_is_public():
    text = ("Planning Board\n"
            "Salvador Fonseca   Chair   25 Cleveland Road, Wexcombe, MA 01479   978.772.9843   sfonseca@gmail.com\n"
            "Maura Keane   Clerk   7 Pond Road, Wexcombe, MA 01479   978-456-2210   mkeane@verizon.net\n"
            "Paul Ouellette   Member   140 Stow Road, Wexcombe, MA 01479   (978) 772-5531   pouellette@comcast.net\n")
    assert found("roster.txt", text) == {}


def test_a_towns_business_certificates_in_text_are_public():
    text = ("Business Certificates filed 2025\n"
            "2025-117   Lozano Landscaping   Elena Barros   230 Sherry Road, Wexcombe   978.263.4564   03/02/2025\n"
            "2025-118   Still River Carpentry   Mark Dube   9 Brown Road, Wexcombe   978-772-1109   03/09/2025\n"
            "2025-121   Pinnacle Tutoring   Jo Amaral   61 Scott Road, Wexcombe   (978) 456-3377   04/01/2025\n")
    assert values_found("dba.txt", text, ("customer_name", "address", "phone", "account_number")) == {}


def test_a_list_of_people_with_homes_and_phones_and_no_roles_is_still_reported():
    text = ("Salvador Fonseca   25 Cleveland Road, Wexcombe, MA 01479   978.772.9843   sfonseca@gmail.com\n"
            "Maura Keane   7 Pond Road, Wexcombe, MA 01479   978-456-2210   mkeane@verizon.net\n")
    assert found("list.txt", text)["customer_name"] == ["Salvador Fonseca", "Maura Keane"]


def test_a_budget_transfers_ledger_accounts_and_the_movers_are_public():
    text = ("<p>Motion by Teresa Cappelli to transfer $12,000 from account 01-122-5300-000 (Snow &amp; Ice) to account "
            "01-422-5340-000 (Highway Overtime); second Tom Lacey; vote 5-0.</p>")
    assert values_found("minutes.html", text, ("customer_name", "account_number")) == {}


def test_a_credit_moved_between_two_customers_accounts_is_still_theirs():
    text = ("<p>Customer Ana Ruiz asked staff to transfer $120 from account 4410229177 to her daughter's account "
            "4410229180.</p>")
    assert values_found("notes.html", text, ("account_number",))["account_number"] == ["4410229177", "4410229180"]


def test_a_headerless_export_with_columns_of_small_numbers_is_no_roster():
    """Columns of codes and counts are no businesses: the roster test must not take them for firms (red team docs20's
    wide export lost every row when it did)."""
    text = ("8,65,9815 Freeman Cape Rd,Huda Nasser,(385) 529-4250,1781259-003\n"
            "41,85,2094 Garcia Hills Pike,Tremaine Washington,(385) 570-4877,7924035067\n"
            "12,33,5308 Katie Views St,Marquis Tolliver,(385) 222-8955,8072 4958 9662\n")
    assert found("export.csv", text)["customer_name"] == ["Huda Nasser", "Tremaine Washington", "Marquis Tolliver"]


def test_a_boards_roster_under_a_header_publishes_its_members_mailboxes():
    """A PDF's roster under its header (a town report's "Name | Position | Home Address | Phone | E-mail"): a
    public listing, and its members' own mailboxes are published with it, not low findings one by one."""
    pdf = FPDF(format="letter", orientation="L")
    pdf.set_font("helvetica", size=8)
    pdf.add_page()
    pdf.cell(0, 6, "Select Board - Members")
    pdf.ln()
    widths = (38, 18, 70, 28, 52, 22)
    for row in (("Name", "Position", "Home Address", "Phone", "E-mail", "Term Expires"),
                ("Salvador Fonseca", "Chair", "25 Cleveland Road, Wexcombe, MA 01479", "978.772.9843",
                 "sfonseca@gmail.com", "6/30/2027"),
                ("Cameron Ioppi", "Clerk", "84 Oak Hill Road, Wexcombe, MA 01479", "978.486.1018",
                 "cameron.ioppi@comcast.net", "6/30/2028")):
        for width, text in zip(widths, row):
            pdf.cell(width, 6, text)
        pdf.ln()
    document = extract("https://example.org/town-report.pdf", bytes(pdf.output()))
    assert not [f for f in scan_document(document, load_detectors()) if f.category in ("email", "customer_name")]


def test_a_status_column_and_a_tested_sample_are_no_roster():
    """A column repeating a status ("R01 INSUFFICIENT FUNDS", "OK") or holding figures is no list of businesses: an
    autopay exception report and an audit's tested sample stay customers' rows (red teams web9, city16)."""
    autopay = ("101-40396-003   JENNIFER RAMIREZ          936-962-5717    R01 INSUFFICIENT FUNDS\n"
               "116-29656-005   RAYMOND CALDERON          254 872 7517    R01 INSUFFICIENT FUNDS\n"
               "187-89676-002   MARK DONALDSON            903-788-8435    R01 INSUFFICIENT FUNDS\n")
    sample = ("055-51540-05\tShawna Wahnee\t4030 Mesquite Ln\tbilled 1,416 kWh\tOK\n"
              "054-70486-07\tThi Lan Huynh\t2478 Sandhill Rd\tbilled 2,797 kWh\tOK\n")
    assert len(found("autopay.txt", autopay)["customer_name"]) == 3
    assert len(found("sample-test.txt", sample)["customer_name"]) == 2


def test_a_department_directory_in_text_with_office_mailboxes_is_public():
    text = ("Police   Nair Neto   978-456-4145   nneto@wexcombe-ma.gov   13 Ayer Road\n"
            "Council on Aging   Jacques Vicente   978-456-4115   jvicente@wexcombe-ma.gov   13 Ayer Road\n"
            "Planning   David Marinetti   978-456-4178   dmarinetti@wexcombe-ma.gov   13 Ayer Road\n")
    assert found("directory.txt", text) == {}


def test_business_certificates_that_name_a_business_twice_are_still_public():
    text = ("2025-156   Lozano Landscaping   Eduardo Bocelli   230 Sherry Road, Wexcombe   978.263.4564   06/04/2025\n"
            "2025-123   Still River Carpentry   Morgan Redi   233 Bare Hill Road, Wexcombe   978-486-7413   05/29/2025\n"
            "2025-124   Still River Carpentry   Ana Redi   233 Bare Hill Road, Wexcombe   978-486-7414   05/29/2025\n")
    assert values_found("dba.txt", text, ("customer_name", "address", "phone")) == {}
