"""Program participant lists in a PDF's drawn table and a program's applicants (red team site67d).

- A PDF's table is read from its text, cells a tab apart under a header line: under a program's or a service
  matter's title (a medical baseline's pending requests, a rebate's applications) its rows are read by their cells'
  shapes as a record table's are, a column of people's names beside their phones or mailboxes the participants'
  records, whatever the headers ("Applicant | Notes | Callback", "Who | E-mail | Tel | Measure"). Hard negatives:
  the same tables under a workshop's speakers, a program's staff, its participating contractors.
- An "Applicant" column beside the applicants' mailboxes under a program's title ("Applicant | Mailbox | Status" of
  an EV charger rebate) is the program's customers; a building permit's applicants stay public.
"""
from __future__ import annotations

import io

from tests.detector_helpers import lines_pdf, pairs_found

_SITE = "https://www.cityofmarlowe.gov"


def _drawn_table_pdf(title: str, rows: list[list[str]]) -> bytes:
    """A PDF of a title over a ruled table, as a report writer draws one (each cell in its own box)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    out = io.BytesIO()
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(out, pagesize=letter).build([Paragraph(title, getSampleStyleSheet()["Heading2"]), Spacer(1, 12),
                                                   table])
    return out.getvalue()


def _of(found: set[tuple[str, str]], *categories: str) -> set[tuple[str, str]]:
    return {(c, v) for c, v in found if c in categories}


_REQUESTS = [["Applicant", "Notes", "Callback"],
             ["Eudora Vantongeren", "home dialysis", "(805) 431-2290"],
             ["Kofi Asante-Mensah", "oxygen concentrator", "805.627.1148"],
             ["Lucinda Marchbanks", "CPAP", "805-390-7751"]]


def test_a_medical_baselines_requests_in_a_pdf_table_are_the_customers():
    found = pairs_found(f"{_SITE}/files/mbl-pending.pdf",
                        _drawn_table_pdf("Medical Baseline allowance - pending certifications", _REQUESTS))
    assert _of(found, "customer_name", "phone") == {
        ("customer_name", "Eudora Vantongeren"), ("customer_name", "Kofi Asante-Mensah"),
        ("customer_name", "Lucinda Marchbanks"), ("phone", "(805) 431-2290"), ("phone", "805.627.1148"),
        ("phone", "805-390-7751")}


def test_a_callback_list_headed_reach_at_is_read_as_a_table():
    rows = [["Name", "Device", "Reach at"], *_REQUESTS[1:]]
    found = pairs_found(f"{_SITE}/files/mbl-callbacks.pdf",
                        _drawn_table_pdf("Medical baseline - callbacks due", rows))
    assert ("customer_name", "Kofi Asante-Mensah") in found and ("phone", "805-390-7751") in found


def test_a_rebates_applications_in_a_pdf_table_by_mailbox_and_phone():
    found = pairs_found(f"{_SITE}/files/rebate-apps.pdf", _drawn_table_pdf(
        "Home efficiency rebates - applications received",
        [["Who", "E-mail", "Tel", "Measure"],
         ["Thaddeus Oyelowo", "thaddeus.o@gmail.com", "(805) 218-4471", "heat pump water heater"],
         ["Mirela Constantinescu", "mconst77@yahoo.com", "805-662-0913", "attic insulation"]]))
    assert _of(found, "customer_name", "email") == {
        ("customer_name", "Thaddeus Oyelowo"), ("customer_name", "Mirela Constantinescu"),
        ("email", "thaddeus.o@gmail.com"), ("email", "mconst77@yahoo.com")}


def test_a_workshops_speakers_in_a_pdf_table_stay_public():
    found = pairs_found(f"{_SITE}/files/solar-workshop.pdf", _drawn_table_pdf(
        "Community solar workshop - speakers", [["Name", "Topic", "Phone"],
                                                ["Eudora Vantongeren", "net metering basics", "(805) 431-2290"],
                                                ["Kofi Asante-Mensah", "battery storage", "805.627.1148"]]))
    assert not _of(found, "customer_name", "phone")


def test_a_programs_staff_in_a_pdf_table_stay_public():
    found = pairs_found(f"{_SITE}/files/care-program-staff.pdf", _drawn_table_pdf(
        "CARE and FERA enrollment - program staff", [["Name", "Title", "Phone"],
                                                     ["Rosamund Achebe", "Program Manager", "(805) 654-2200"],
                                                     ["Tobias Wennerstrom", "Outreach Coordinator", "(805) 654-2214"]]))
    assert not _of(found, "customer_name", "phone")


def test_a_rebates_participating_contractors_in_a_pdf_table_stay_public():
    found = pairs_found(f"{_SITE}/files/ev-rebate-installers.pdf", _drawn_table_pdf(
        "EV charger rebate - participating contractors",
        [["Contact", "Business phone", "License"],
         ["Rosamund Achebe", "(805) 644-1200", "CSLB 998812"],
         ["Tobias Wennerstrom", "(805) 388-4100", "CSLB 874410"]]))
    assert not _of(found, "customer_name", "phone")


# -- a program's applicants beside their mailboxes ---------------------------------------------------------------------

def _page(title: str, headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<table><tr>{head}</tr>{body}</table></main></body></html>")


def test_an_ev_charger_rebates_applicants_and_mailboxes_are_its_customers():
    found = pairs_found(f"{_SITE}/programs/ev-rebate-status.html", _page(
        "Home EV charger rebate - reservation status", ["Applicant", "Mailbox", "Status"],
        [["Thaddeus Oyelowo", "thaddeus.o@gmail.com", "Approved"], ["Mirela Constantinescu", "mconst77@yahoo.com",
                                                                     "Waitlist"]]))
    assert _of(found, "customer_name") == {("customer_name", "Thaddeus Oyelowo"),
                                           ("customer_name", "Mirela Constantinescu")}
    assert ("email", "mconst77@yahoo.com") in found


def test_a_building_permits_applicants_stay_public():
    found = pairs_found(f"{_SITE}/building/permit-applications.html", _page(
        "Solar building permit applications", ["Applicant", "Phone", "Status"],
        [["Thaddeus Oyelowo", "(805) 218-4471", "Issued"], ["Mirela Constantinescu", "805-662-0913", "In review"]]))
    assert not _of(found, "customer_name", "phone")


# -- a program's participants listed by name and phone or mailbox, one a line --------------------------------------

def test_a_disconnection_hold_lists_names_and_phones_are_the_customers():
    found = pairs_found(f"{_SITE}/files/holds-active.pdf", lines_pdf([
        "Disconnection holds - active", "Eudora Vantongeren - (805) 431-2290 - oxygen",
        "Kofi Asante-Mensah - 805.627.1148 - extreme heat", "Lucinda Marchbanks, lmarch@outlook.com, pending LIHEAP"]))
    assert _of(found, "customer_name", "phone", "email") == {
        ("customer_name", "Eudora Vantongeren"), ("customer_name", "Kofi Asante-Mensah"),
        ("customer_name", "Lucinda Marchbanks"), ("phone", "(805) 431-2290"), ("phone", "805.627.1148"),
        ("email", "lmarch@outlook.com")}


def test_a_programs_staff_lines_of_one_office_stay_public():
    found = pairs_found(f"{_SITE}/programs/heat-pump-rebate.txt", "Heat Pump Rebate Program\n"
                        "Rosamund Achebe - (805) 654-2200\nTobias Wennerstrom - (805) 654-2214\n")
    assert not _of(found, "customer_name", "phone")


def test_a_programs_contacts_and_a_workshops_speakers_lines_stay_public():
    for heading in ("Payment arrangement questions? Contact", "Net metering workshop speakers"):
        found = pairs_found(f"{_SITE}/programs/contacts.txt", f"{heading}\n"
                            "Rosamund Achebe - (805) 218-4471\nTobias Wennerstrom - (805) 662-0913\n")
        assert not _of(found, "customer_name", "phone"), heading


def test_officials_with_their_titles_under_a_programs_heading_stay_public():
    found = pairs_found(f"{_SITE}/programs/care.txt", "CARE enrollment\n"
                        "Rosamund Achebe, Program Manager - (805) 218-4471\n"
                        "Tobias Wennerstrom, Outreach Coordinator - (805) 662-0913\n")
    assert not _of(found, "customer_name", "phone")


def test_a_program_coordinators_column_in_a_pdf_table_is_staff():
    found = pairs_found(f"{_SITE}/files/rebate-coordinators.pdf", _drawn_table_pdf(
        "Home efficiency rebates by program", [["Program", "Coordinator", "Phone"],
                                               ["Heat pump rebate", "Rosamund Achebe", "(805) 218-4471"],
                                               ["Attic insulation rebate", "Tobias Wennerstrom", "(805) 662-0913"]]))
    assert not _of(found, "customer_name", "phone")


def test_people_under_a_programs_own_name_stay_public():
    found = pairs_found(f"{_SITE}/programs/heat-pump.txt", "Heat Pump Rebate Program\n"
                        "Rosamund Achebe - (805) 218-4471\nTobias Wennerstrom - (805) 662-0913\n")
    assert not _of(found, "customer_name", "phone")


# -- a customer-service mail log: a column whose header names no kind, read by its cells ---------------------------

def test_a_mail_logs_senders_about_their_bills_are_customers():
    found = pairs_found(f"{_SITE}/cs/inbound-mail-log.html", _page(
        "Inbound e-mail log", ["Received", "Sender", "Address", "Subject"],
        [["3/2/2025", "Eudora Vantongeren", "eudora.v@verizon.net", "Estimated bill question"],
         ["3/4/2025", "Kofi Asante-Mensah", "kasante@aol.com", "Opt-out request"]]))
    assert _of(found, "customer_name", "email") == {
        ("customer_name", "Eudora Vantongeren"), ("customer_name", "Kofi Asante-Mensah"),
        ("email", "eudora.v@verizon.net"), ("email", "kasante@aol.com")}


def test_a_council_correspondence_log_stays_public():
    found = pairs_found(f"{_SITE}/council/correspondence.html", _page(
        "Public comments received - March 4 meeting", ["Received", "Sender", "Address", "Subject"],
        [["3/2/2025", "Eudora Vantongeren", "eudora.v@verizon.net", "Item 5: opt-out of the CCA"],
         ["3/3/2025", "Kofi Asante-Mensah", "kasante@aol.com", "Item 7: budget"]]))
    assert not _of(found, "customer_name")
