"""Agenda packets and contracts as PDFs (red team packet28): what a council packet publishes on purpose stays
unreported, and what it lets slip about a customer is found.

- A table of the City's facility accounts: a plant named by its work and place ("Water Treatment - Ridgeview"), and
  any row of a table titled as the City's facility accounts, is the City's; a row naming a person there is still a
  customer's.
- A class's typical figure whose words a line break leaves on the line above ("...; the typical residential" /
  "customer using 540 kWh ...") is no one's; the customer's own figure before it is theirs.
- A staff member's title a line break cuts after "Customer" ("Mara Quist, Customer" / "Service Supervisor, at
  ...") is no customer; a name followed by "a PCE customer" still is.
- GWh and MWh figures are no street ("projected at 634 GWh,").
- A contract's Notices clause gives the consultant's mailbox on its parent company's domain (Cobalt Grid Analytics
  LLC, ...@cobaltenergy.com): the firm's, not a person's; a resident's named mailbox with no firm named is still
  reported.
- A wide table's header cell that opens with a period or an ordinal ("48-Hr Notice", "12-Mo kWh", "2nd Notice") keeps
  the line a header, so its kWh column is read; a budget table under "1st Quarter | 2nd Quarter" stays a budget's.
- "Staff reached Ottoline Marsh at 951-..." gives her phone; staff calling an office at a number does not.
- A household's complaint taken to the CPUC ("The informal complaint of NAME, HOME, was referred by the CPUC")
  is a customer's; a neighbour's complaint to Code Enforcement is not.
- A sticky note naming no one on the page of a customer's appeal speaks of that case; on a page with no customer it
  is no record.
- A staff report that names the customer again by title and surname on the page after its record ("Ms. Ostrowski
  states ...") goes on with her case (the bill's kWh, the number staff reached her at); a next page not naming her
  does not.
- A case note's account stays the customer's on a page whose transfers and invoices make it read as a budget (a
  person's phone in its paragraph or before it on its line, as a callback note gives it); the budget transfer's
  ledger accounts on that page stay unreported.
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


def _pdf(lines: list[str], size: float = 10) -> bytes:
    """One page, each string a line of its own (a tab between a table's cells)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", size)
    y = 740.0
    for line in lines:
        x = 50.0
        for cell in line.split("\t"):
            pdf.drawString(x, y, cell)
            x += 95
        y -= size * 1.3
    pdf.save()
    return out.getvalue()


def _found(lines: list[str], name: str = "packet.pdf", size: float = 10) -> set[tuple[str, str]]:
    document = extract(f"https://www.example.gov/{name}", _pdf(lines, size))
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


def _values(found: set[tuple[str, str]], category: str) -> set[str]:
    return {value for kind, value in found if kind == category}


_FACILITY_HEADER = "Facility\tAddress\tSCE Account\tRate\tkWh\tCost"


def test_a_plant_named_by_its_work_and_place_is_a_city_facility():
    found = _found(["Exhibit B - Electric Accounts Moving to the Green Tariff", _FACILITY_HEADER,
                    "City Hall\t505 S. Garey Ave\t3-101-4411-20\tTOU-GS-2\t812,400\t$141,200",
                    "Water Treatment - Ridgeview\t2290 Ridgeview Rd\t3-522-7190-31\tTOU-8-B\t1,402,100\t$241,900"],
                   size=8)
    assert "3-522-7190-31" not in _values(found, "account_number")
    assert "2290 Ridgeview Rd" not in _values(found, "address")


def test_every_row_of_a_table_titled_as_the_citys_facility_accounts_is_the_citys():
    found = _found(["Attachment 2 - City Facility Electric Accounts", _FACILITY_HEADER,
                    "Eastside Zone 3 Booster\t2250 Via Verde\t3-551-2210-09\tTOU-GS-2\t402,100\t$71,900",
                    "Ganesha Hills\t1400 Kellogg Dr\t3-551-2210-10\tTOU-GS-1\t88,200\t$14,800"], size=8)
    assert not _values(found, "account_number") and not _values(found, "address")


def test_a_person_in_a_facility_titled_table_is_still_a_customer():
    found = _found(["Attachment 2 - City Facility Electric Accounts", _FACILITY_HEADER,
                    "Eastside Zone 3 Booster\t2250 Via Verde\t3-551-2210-09\tTOU-GS-2\t402,100\t$71,900",
                    "Resident Maribel Ocampo\t1418 W. Pasadena St\t3-551-2210-44\tD\t9,310\t$1,804"], size=8)
    assert "3-551-2210-44" in _values(found, "account_number")
    assert "3-551-2210-09" not in _values(found, "account_number")


def test_a_class_figure_whose_words_stand_on_the_line_above_is_no_ones():
    found = _found([
        "Several residents asked how the change would affect them. One of them, Graciela Montoya, a",
        "PCE customer on the TOU-D-PRIME rate at 1742 W. Alvarado St, would see her monthly bill",
        "rise from $131.20 to $137.05 at her usage of 688 kWh in March; the typical residential",
        "customer using 540 kWh a month would pay $3.40 more."])
    usage = _values(found, "energy_usage")
    assert "688 kWh" in usage and "540 kWh" not in usage
    assert "Graciela Montoya" in _values(found, "customer_name")


def test_a_staff_title_cut_after_customer_is_no_customer():
    found = _found([
        "The residential average monthly use in the service area was 531 kWh during the summer season.",
        "Questions regarding this report may be directed to Mara Quist, Customer",
        "Service Supervisor, at (909) 620-2188 or mara.quist@pomonaca.gov. Under the",
        "2023 Power Content Label, PCE reported 41% eligible renewable resources."])
    assert not _values(found, "customer_name") and not _values(found, "address")
    assert not _values(found, "energy_usage")


def test_a_name_called_a_pce_customer_is_still_one():
    found = _found([
        "Staff reviewed the bill of Dolores Fennimore, a PCE customer",
        "at 3321 N. Towne Ave, who can be reached at (909) 555-0187 about her appeal."])
    assert "Dolores Fennimore" in _values(found, "customer_name")


def test_gigawatt_hours_are_no_street():
    found = _found([
        "From: Teodoro Vance <teo.vance@sbcglobal.net>",
        "Subject: RE: billing dispute - acct 2-41-993-1207",
        "Please schedule my appeal with the committee. Teo",
        "PCE's retail sales for fiscal year 2025-26 are projected at 634 GWh, a 4% change from the prior year.",
        "Generation reached 1,210 MWh, a record."])
    assert not {value for value in _values(found, "address") if "GWh" in value or "MWh" in value}


_NOTICES = [
    "16. NOTICES. All notices shall be in writing and delivered to: CITY: City of Pomona, Attn: David",
    "Lopez, City Manager, 505 S. Garey Avenue, Pomona, CA 91766, (909) 620-2051. CONSULTANT:",
    "Cobalt Grid Analytics LLC, Attn: Nadia Ferro, Director of Operations, 8361 Anderson Ave, Suite 107,",
    "Oakland, CA 94612, (916) 666-5988, nadia.ferro@cobaltenergy.com."]


def test_a_consultants_mailbox_on_its_parent_companys_domain_is_the_firms():
    assert "nadia.ferro@cobaltenergy.com" not in _values(_found(_NOTICES, "contract.pdf"), "email")


def test_a_residents_named_mailbox_with_no_firm_is_still_reported():
    found = _found(["Please fix the street lights on our block before winter. Thank you. Nadia Ferro",
                    "nadia.ferro@cobaltenergy.com"])
    assert "nadia.ferro@cobaltenergy.com" in _values(found, "email")


_WIDE_ROWS = ["2-19-402-7715\tAnneliese Vogt\t118 E. Holt Ave\t909-555-0163\t8,412\t$1,204.50\t09/03/2024",
              "2-19-402-7716\tBartholomew Okoro\t2675 N. Towne Ave\t909-555-0178\t10,930\t$2,310.05\t09/03/2024"]


def test_a_header_cell_opening_with_hours_or_months_is_still_a_header():
    for notice, usage in (("48-Hr Notice", "kWh"), ("Notice", "12-Mo kWh"), ("2nd Notice", "kWh")):
        found = _found([f"Account No.\tCustomer\tService Address\tPhone\t{usage}\tPast Due\t{notice}", *_WIDE_ROWS],
                       size=7)
        assert {"8,412", "10,930"} <= _values(found, "energy_usage"), (notice, usage)


def test_a_budget_table_with_numbered_headers_names_no_customer():
    found = _found(["Account\tDescription\t1st Quarter\t2nd Quarter",
                    "101-2110-55120\tOffice Supplies\t12,400\t13,100",
                    "101-2110-55130\tPostage\t3,210\t3,400"], size=8)
    assert not _values(found, "account_number") and not _values(found, "energy_usage")


def test_staff_reaching_a_named_person_at_a_number_gives_their_phone():
    found = _found(["APPENDIX B - SELECTED CASE NOTES",
                    "03/14/2025 - Staff reached Ottoline Marsh at 951-555-0193. The household at 4410",
                    "Mission Blvd used 1,322 kWh in February and qualifies for CARE based on household size of 4.",
                    "Enrollment submitted for account 4812203371."])
    assert "951-555-0193" in _values(found, "phone")


def test_staff_calling_an_office_number_is_no_customers_phone():
    found = _found(["Staff called Animal Services at (909) 555-0111 about the stray dog on Holt Avenue and",
                    "the crew cleared the debris by noon."])
    assert not _values(found, "phone")


def test_a_case_notes_account_on_a_page_that_reads_as_a_budget_is_the_customers():
    found = _found(["APPENDIX B - SELECTED CASE NOTES",
                    "03/14/2025 - Staff reached Ottoline Marsh at 951-555-0193. The household at 4410",
                    "Mission Blvd used 1,322 kWh in February and qualifies for CARE based on household size of 4.",
                    "Enrollment submitted for account 4812203371.",
                    "Budget Amendment No. 2025-12 transfers $1,240,000 from account 101-2110-55120 to account",
                    "570-9901-58300. Invoice No. A551020 was processed under Purchase Order PO24730112 from the",
                    "General Fund appropriation for FY 2025-26."])
    accounts = _values(found, "account_number")
    assert "4812203371" in accounts
    assert not {"101-2110-55120", "570-9901-58300"} & accounts


def _page_with_note(lines: list[str], note: str) -> set[tuple[str, str]]:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 10)
    for k, line in enumerate(lines):
        pdf.drawString(50, 740 - 13 * k, line)
    pdf.textAnnotation(note, Rect=(540, 700, 560, 720))
    pdf.save()
    document = extract("https://www.example.gov/decision.pdf", out.getvalue())
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


def test_a_sticky_note_on_a_customers_appeal_page_speaks_of_that_case():
    found = _page_with_note(
        ["ADMINISTRATIVE HEARING DECISION - UTILITY BILLING DISPUTE",
         "Appellant Rosalind Achterberg appeals the determination of staff for service at 4417",
         "Mission Blvd, Pomona. Service Account No.: 700 704 611 902."],
        "Appellant phoned 11/6 from 626-555-0169 for a copy. Send it to her son's address: 1840 Foothill Blvd, "
        "La Verne, CA 91750.")
    assert "626-555-0169" in _values(found, "phone")
    assert any(value.startswith("1840 Foothill Blvd") for value in _values(found, "address"))


def test_a_sticky_note_on_a_page_with_no_customer_is_no_record():
    found = _page_with_note(
        ["FY 2025-26 Capital Improvement Program - Street Resurfacing",
         "The project resurfaces 4.2 lane miles of arterial streets in the northern part of the city."],
        "Confirm the contractor's line 626-555-0169 and the yard at 1840 Foothill Blvd before posting.")
    assert not _values(found, "phone") and not _values(found, "address")


def test_a_households_complaint_taken_to_the_cpuc_is_a_customers():
    found = _found(["PCE received 11 informal complaints through the CPUC in 2024, down from 17.",  # a footnote's
                    "3 The informal complaint of Ignatius Oyelaran, 2145 Cliffside Ct, was referred by the CPUC",
                    "Consumer Affairs Branch (CAB case 551208) and closed on March 4, 2025."], size=7)
    assert "Ignatius Oyelaran" in _values(found, "customer_name")
    assert "2145 Cliffside Ct" in _values(found, "address")


def test_a_neighbours_complaint_to_code_enforcement_is_no_customers():
    found = _found(["The formal complaint of Ignatius Oyelaran, 2145 Cliffside Ct, about a neighbor's fence height was",
                    "referred to Code Enforcement and closed after an inspection on March 4, 2025."])
    assert not _values(found, "customer_name") and not _values(found, "address")


def _pages(pages: list[list[str]]) -> set[tuple[str, str]]:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        pdf.setFont("Helvetica", 10)
        for k, line in enumerate(lines):
            pdf.drawString(50, 740 - 13 * k, line)
        pdf.showPage()
    pdf.save()
    document = extract("https://www.example.gov/staff-report.pdf", out.getvalue())
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


_SUMMARY = ["EXECUTIVE SUMMARY:",
            "On August 5, 2024, PCE received a billing dispute from Philippa Ostrowski, who receives service at",
            "2218 N. Gibbs St, Pomona. The customer disputes the bill issued for the period June 27 through",
            "July 26, 2024, under SCE customer account 2-55-318-4420.",
            "The Public Works Department recommends an appropriation of $912,000 to account 571-9901-54400 for",
            "the Fairplex microgrid feasibility study. Staff will return to the City Council in September."]


def test_a_report_naming_the_customer_again_on_the_next_page_gives_her_usage_and_phone():
    found = _pages([_SUMMARY, [
        "DISCUSSION:",
        "The bill reflected 2,914 kWh, compared with a three-year average of 1,130 kWh for the same",
        "period. Ms. Ostrowski states that the home was vacant for part of July while the roof was replaced.",
        "Staff met with Ms. Ostrowski on September 10 and again spoke with her at (626) 555-0148 on",
        "October 1."]])
    assert {"2,914 kWh", "1,130 kWh"} <= _values(found, "energy_usage")
    assert "(626) 555-0148" in _values(found, "phone")


def test_a_next_page_that_does_not_name_the_customer_is_not_her_case():
    found = _pages([_SUMMARY, [
        "DISCUSSION:",
        "Residential bills reflected 2,914 kWh of summer demand across the district, compared with 1,130 kWh",
        "in spring. Questions regarding this report may be directed to Hollis Quade, Hearing Officer, at",
        "(626) 555-0148."]])
    assert not _values(found, "energy_usage") and "(626) 555-0148" not in _values(found, "phone")


def test_a_callback_notes_account_on_a_fiscal_impact_page_is_the_customers():
    found = _page_with_note(
        ["FISCAL IMPACT:",
         "There is no impact to the General Fund; costs will be charged to account 215-3350-58300 in the",
         "Pomona Choice Energy Fund (Fund 570). The appropriation for FY 2025-26 is $914,000."],
        "Callback: Griselda Marquette, 2219 E. Alvarado St, 714-555-0182 - says her July usage is wrong "
        "(acct 4420751198).")
    accounts = _values(found, "account_number")
    assert "4420751198" in accounts and "215-3350-58300" not in accounts
