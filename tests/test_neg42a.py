"""Red team neg42 (precision), families C and E.

C: the words of a utility matter make a party's phone or home private only near the party (its paragraphs, its PDF
page, its agenda item): an agenda packet's zoning items are no utility case because its energy item is; and a
land-use staff report's own words (proposes improvements, environmental review) make it a land-use application.
E: a worked bill example's made-up household ("a hypothetical household of four") is no customer.
"""
import io

from tests.detector_helpers import pairs_found


def _pages_pdf(*pages: list[str]) -> bytes:
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        for k, line in enumerate(lines):
            pdf.drawString(54, 740 - 14 * k, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


_FILLER = ["Staff reviewed the request against the adopted plans and policies of the City and finds it consistent."] * 6
_ENERGY_ITEM = ["ITEM 3: CLEAN POWER ARREARAGE MANAGEMENT AND CUSTOMER BILLING UPDATE",
                "Staff recommends the Council receive the quarterly update. The program enrolled 1,431 customers in the",
                "Arrearage Management Plan. A typical enrolled household uses about 520 kWh per month."]


def test_packet_zoning_items_are_no_utility_case_for_its_energy_item():
    packet = _pages_pdf(
        ["AGENDA -- REGULAR MEETING OF THE CITY COUNCIL", "1. Call to order. 2. Public hearings. 3. Energy items."],
        ["ITEM 1: STAFF REPORT",
         "Applicant Wendell Abernathy proposes improvements at 4471 Juniper Hill Rd. Environmental review was prepared by",
         "Soledad Marchetti of Rincon Consultants (626.318.0199)."] + _FILLER,
        ["ITEM 2: STAFF REPORT",
         "Applicant Ines Valdivia asks to close Quail Run Ct for a block party at 812 Quail Run Ct.",
         "Questions about the request may go to the applicant at (951) 482-7716."] + _FILLER,
        _ENERGY_ITEM)
    assert pairs_found("https://www.cityofx.gov/docs/council/packet.pdf", packet) == set()


def test_html_agenda_item_is_no_utility_case_for_the_next_item():
    page = ("<html><body><h1>City Council Agenda</h1><h2>Item 4: Block party street closure</h2>"
            "<p>Applicant Ines Valdivia asks to close Quail Run Ct on July 4; reach the applicant at (951) 482-7716.</p>"
            "<h2>Item 5: Utility billing update</h2>"
            "<p>Staff will report on utility billing, meter replacements and past due accounts.</p></body></html>")
    assert pairs_found("https://www.cityofx.gov/council/agenda.html", page) == set()


def test_staff_report_wording_is_a_land_use_application_beside_its_utility_condition():
    report = _pages_pdf(["PLANNING COMMISSION STAFF REPORT",
                         "Applicant Wendell Abernathy proposes improvements at 4471 Juniper Hill Rd.",
                         "Environmental review was prepared by Soledad Marchetti of Dudek (626.318.0199).",
                         "Condition 12: the applicant shall coordinate the electrical service and meter location with SCE."])
    assert pairs_found("https://www.cityofx.gov/docs/planning/report.pdf", report) == set()


def test_bill_appeal_party_stays_found_with_the_bill_in_the_next_paragraph():
    page = ("<html><body><h1>Utility Billing Appeals Board</h1>"
            "<p>Appellant Priscilla Vandermeer, (909) 634-2219, appeared.</p>"
            "<p>She disputes the September bill on her account, which showed a jump she cannot explain.</p></body></html>")
    assert pairs_found("https://www.cityofx.gov/energy/appeals.html", page) == {
        ("customer_name", "Priscilla Vandermeer"), ("phone", "(909) 634-2219")}


def test_bill_appeal_party_stays_found_with_the_bill_lower_on_the_page():
    appeal = _pages_pdf(["UTILITY BILLING APPEAL 24-031",
                         "Appellant Priscilla Vandermeer, (909) 634-2219, appeared for the hearing."] + _FILLER
                        + ["She disputes the September bill on her account, which rose after the meter was exchanged."])
    assert pairs_found("https://www.cityofx.gov/docs/appeal.pdf", appeal) == {
        ("customer_name", "Priscilla Vandermeer"), ("phone", "(909) 634-2219")}


def _page(*paragraphs: str) -> str:
    return "<html><body><h1>Understanding Your Bill</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def test_hypothetical_household_of_a_bill_example_is_no_customer():
    page = _page("A typical residential customer using 500 kWh per month would pay $67.10 in generation charges.",
                 "Example: The Ortega family (a hypothetical household of five in a 2,100 sq ft home) uses about "
                 "910 kWh in summer months.")
    assert pairs_found("https://www.cityofx.gov/energy/bill-examples.html", page) == set()


def test_example_households_opened_by_say_or_for_example_are_no_customers():
    for sentence in ("Say the Okafor household uses 720 kWh in July; the first 350 kWh are billed at Tier 1.",
                     "For example, the Lindqvist family uses 430 kWh a month on the default rate.",
                     "The Brannigan family, a typical household of four, uses about 610 kWh in August."):
        assert pairs_found("https://www.cityofx.gov/energy/tiers.html", _page(sentence)) == set(), sentence


def test_real_customer_beside_an_example_stays_found():
    page = _page("Example: The Ortega family (a hypothetical household of five) uses about 910 kWh in summer months.",
                 "Tenant Priscilla Vandermeer disputes the September bill: the meter at her unit showed 1,704 kWh "
                 "though she was away.")
    assert pairs_found("https://www.cityofx.gov/energy/bill-examples.html", page) == {
        ("customer_name", "Priscilla Vandermeer"), ("energy_usage", "1,704 kWh")}


def _table_pdf(title: str, rows: list[list[str]]) -> bytes:
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(54, 740, title)
    for k, row in enumerate(rows):
        for j, cell in enumerate(row):
            pdf.drawString(54 + 130 * j, 716 - 16 * k, cell)
    pdf.save()
    return out.getvalue()


def test_usage_column_named_use_heads_a_customer_table():
    """ "Avg monthly use" is a column's name, not a sentence's piece ending in a verb: the header makes the row whose
    account no detector knows by its shape ("7674 1619 5893") a customer's record."""
    table = _table_pdf("ATTACHMENT D -- ENROLLMENTS REQUIRING COUNCIL NOTICE", [
        ["Service Acct", "Customer", "Avg monthly use", "Forgiven"],
        ["2-92-385-8026", "Ramon Choi", "1,627 kWh", "$10,346.00"],
        ["7674 1619 5893", "Ji-woo Dela", "981 kWh", "$11,481.00"],
        ["2-38-758-3426", "Miguel Hernandez", "1,131 kWh", "$12,264.00"]])
    assert pairs_found("https://www.cityofx.gov/docs/packet.pdf", table) == {
        ("account_number", "2-92-385-8026"), ("account_number", "7674 1619 5893"),
        ("account_number", "2-38-758-3426"), ("customer_name", "Ramon Choi"), ("customer_name", "Ji-woo Dela"),
        ("customer_name", "Miguel Hernandez"), ("energy_usage", "1,627 kWh"), ("energy_usage", "981 kWh"),
        ("energy_usage", "1,131 kWh")}


def test_use_columns_of_facilities_and_zip_codes_are_public():
    facilities = _table_pdf("ENERGY USE OF CITY FACILITIES", [
        ["Facility", "Site address", "Avg monthly use", "Annual cost"],
        ["City Hall", "200 E. Civic Center Dr", "41,627 kWh", "$110,346.00"],
        ["Senior Center", "1410 Orange Grove Ave", "9,981 kWh", "$21,481.00"]])
    assert pairs_found("https://www.cityofx.gov/docs/facilities.pdf", facilities) == set()
    by_zip = _table_pdf("PROGRAM ENROLLMENT BY ZIP", [
        ["ZIP", "Customers", "Avg monthly use", "Enrolled"],
        ["91763", "1,204", "512 kWh", "311"],
        ["91765", "2,881", "604 kWh", "498"]])
    assert pairs_found("https://www.cityofx.gov/docs/zip.pdf", by_zip) == set()


def test_letter_signed_by_name_alone_under_its_body_names_its_writer():
    from tests.detector_helpers import lines_pdf
    letter = lines_pdf([
        "ATTACHMENT C -- CORRESPONDENCE RECEIVED", "Dear Council,",
        "I am a customer and I want to complain about my bill. My account number is 7422 3003 7041 and the",
        "service address is 1263 Palomino Way, Sierra Madrona 91765. Please have someone call me at (909) 831-8811.",
        "Lucia Ferreira",
        "ATTACHMENT D -- METER TEST RESULTS",
        "Staff reviewed the meter data and will reply in writing."])
    assert pairs_found("https://www.cityofx.gov/docs/packet.pdf", letter) == {
        ("account_number", "7422 3003 7041"), ("address", "1263 Palomino Way, Sierra Madrona 91765"),
        ("customer_name", "Lucia Ferreira"), ("phone", "(909) 831-8811")}


def test_staff_reply_and_zoning_letter_signed_under_the_body_name_no_customer():
    from tests.detector_helpers import lines_pdf
    reply = lines_pdf(["ATTACHMENT E -- STAFF REPLY", "Dear Customer,",
                       "We reviewed your bill for account 7422 3003 7041. Your meter was tested and found accurate.",
                       "Lorna Fitzgerald",
                       "ATTACHMENT F -- METER TEST"])
    assert pairs_found("https://www.cityofx.gov/docs/reply.pdf", reply) == {("account_number", "7422 3003 7041")}
    comment = lines_pdf(["ATTACHMENT B -- CORRESPONDENCE RECEIVED", "Dear Council,",
                         "I live on Quail Run Ct and I oppose the second story proposed next door. Please deny it.",
                         "Lucia Ferreira",
                         "ATTACHMENT C -- PLANS"])
    assert pairs_found("https://www.cityofx.gov/docs/comment.pdf", comment) == set()
