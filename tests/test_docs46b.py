"""Word memo internals, a department's memo in prose, case notes and usage with no unit (red teams docs46, site46):
merged lines over a table's header row (crawler/extract: lay_out_table), a reviewer's comment naming whose case it is
and how staff reached them or their relative, a welfare check on a named customer at their home
(detectors/context/notes.py), a case note's call opening the customer's paragraph (case_stories), and a customer's own
usage stated with no unit (shapes.consumption_spans). Hard negatives: a table's title rows, staff's notes on staff, an
office's number, a visit to a facility, a count of customers, city-wide MW, a year, a page number."""
from __future__ import annotations

from crawler.extract import TableCell, lay_out_table
from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors, pairs_found

_CATEGORIES = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def _memo(*paragraphs: str, comments: tuple[str, ...] = ()) -> set[tuple[str, str]]:
    """(category, value) found in a Word memo of ``paragraphs`` with reviewer's ``comments``."""
    segments = [Segment(p, Location(element=f"paragraph {i}")) for i, p in enumerate(paragraphs, 1)]
    segments += [Segment(c, Location(element=f"comment {i}"), hidden="comment") for i, c in enumerate(comments)]
    document = Document(url="https://www.santaolinda.gov/docs/memo.docx",
                        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        segments=segments)
    return {(f.category, f.value) for f in scan_document(document, _all_detectors()) if f.category in _CATEGORIES}


# --- merged lines over a table's header row

def _cells(*texts: str, span: int = 1) -> list[TableCell]:
    return [TableCell(t, span=span) for t in texts]


def test_merged_record_lines_over_the_header_row_leave_the_header_naming_the_columns():
    layout = lay_out_table([_cells("Customer: Ana Ruiz  SA# 70-152-12630", span=4),
                            _cells("Premise: 152 Sycamore Canyon Rd", span=4),
                            _cells("Bill period", "kWh", "Bill period", "kWh"),
                            _cells("Aug 2024", "1,130", "Oct 2024", "789")])
    assert layout.header_rows == {0, 1, 2}
    assert [r.label for r in layout.roles[3]] == ["Bill period", "kWh", "Bill period", "kWh"]


def test_one_title_row_and_a_plain_table_keep_their_layout():
    layout = lay_out_table([_cells("Customer Complaint Log - Q1 2025", span=2), _cells("Name", "Phone"),
                            _cells("Ana Ruiz", "909-555-0147")])
    assert layout.header_rows == {0, 1}
    layout = lay_out_table([_cells("Name", "Phone"), _cells("Ana Ruiz", "909-555-0147")])
    assert layout.header_rows == {0}


def test_merged_memo_table_reports_the_premise_and_the_monthly_kwh():
    page = ("<html><body><h1>High bill appeals</h1><table>"
            "<tr><td colspan=4>Customer: Kenji Yamamoto SA# 70-152-12630</td></tr>"
            "<tr><td colspan=4>Premise: 152 Sycamore Canyon Rd, Rancho Calavera, CA 91785</td></tr>"
            "<tr><td>Bill period</td><td>kWh</td><td>Bill period</td><td>kWh</td></tr>"
            "<tr><td>Aug 2024</td><td>1,130</td><td>Oct 2024</td><td>789</td></tr>"
            "<tr><td>Sep 2024</td><td>527</td><td>Nov 2024</td><td>1136</td></tr></table></body></html>")
    found = pairs_found("https://www.ranchocalavera.gov/council/sr-appeals.html", page)
    assert {("customer_name", "Kenji Yamamoto"), ("address", "152 Sycamore Canyon Rd, Rancho Calavera, CA 91785"),
            ("energy_usage", "1,130"), ("energy_usage", "789"), ("energy_usage", "527"),
            ("energy_usage", "1136")} <= found


def test_city_wide_table_under_title_rows_reports_nothing():
    page = ("<html><body><table><tr><td colspan=2>City of Rancho Calavera</td></tr>"
            "<tr><td colspan=2>Municipal facilities, FY 2024</td></tr>"
            "<tr><td>Month</td><td>kWh</td></tr><tr><td>Aug 2024</td><td>1,130,400</td></tr>"
            "<tr><td>Sep 2024</td><td>987,220</td></tr></table></body></html>")
    found = pairs_found("https://www.ranchocalavera.gov/sustainability/facilities.html", page)
    assert not {(c, v) for c, v in found if c in _CATEGORIES}


# --- reviewer's comments and staff notes

def test_comment_naming_the_case_by_its_customer_and_her_call():
    found = _memo("High Bill Appeals: Recommended Process Changes",
                  "Staff recommends a second-level review for any bill more than twice the prior-year amount.",
                  comments=("Lorena: this is the Rami Farah case, she called from 562-958-3937 three times",))
    assert {("customer_name", "Rami Farah"), ("phone", "562-958-3937")} <= found


def test_comment_of_a_call_with_the_claimants_daughter():
    found = _memo("A claim was filed alleging that OPC overbilled the claimant on her electric bill.",
                  "Staff recommends denial of the claim.",
                  comments=("Spoke with claimant's daughter Tyrone Holloway at 213.506.0747; she says mom will sue.",))
    assert {("customer_name", "Tyrone Holloway"), ("phone", "213.506.0747")} <= found


def test_spreadsheet_style_note_spoke_w():
    found = _memo("Billing appeal notes for the electric account.",
                  comments=("Spoke w/ Rosa Muñoz at 562 875 8453 about the bill.",))
    assert {("customer_name", "Rosa Muñoz"), ("phone", "562 875 8453")} <= found


def test_comment_giving_the_quoted_residents_house():
    found = _memo("\"Level Pay saved my summer,\" said Garen Ghazarian. His electric bill fell.",
                  comments=("Confirm quote with her - ghazarian.family@hotmail.com / house is 15365 Ranchero St, Apt 24",))
    assert ("address", "15365 Ranchero St, Apt 24") in found


def test_staff_notes_on_staff_and_offices_report_nothing():
    found = _memo("Billing system cutover for the electric utility.",
                  "For questions about your bill, speak with Ana Ruiz at (909) 620-3402.",
                  comments=("The library is at 300 W Civic Center Plaza; confirm the meeting room.",
                            "Spoke w/ Dolores Ybarra at 909-620-3300 x4412 re: cutover",
                            "Spoke with Councilmember Maria Lopez at 10:30 about the agenda.",
                            "Left a message for Ana Ruiz of Ruiz Electric at (909) 555-0182 about the meter panels.",
                            "this is the Elm St case, the office called from 909-620-3300 - Billing"))
    assert not {(c, v) for c, v in found if c in ("customer_name", "phone", "address")}


# --- a department's memo in prose

def test_fire_memo_welfare_checks_on_medical_baseline_customers():
    found = _memo("SUBJECT: Welfare checks during the PSPS event",
                  "Engine 42 checked on Kim Loan Truong (1995 N Olinda Ave); oxygen backup OK.",
                  "Engine 43 could not reach the resident at 590 Olive Hill Ct, Apt 1. Mr. Ghazarian's daughter was "
                  "called at 1-626-810-6422.")
    assert {("customer_name", "Kim Loan Truong"), ("address", "1995 N Olinda Ave"),
            ("address", "590 Olive Hill Ct, Apt 1"), ("customer_name", "Mr. Ghazarian"),
            ("phone", "1-626-810-6422")} <= found


def test_checks_on_facilities_and_staff_report_nothing():
    found = _memo("SUBJECT: Facility checks during the PSPS event",
                  "Engine 42 checked on the Senior Center (1200 Vine St); generator OK.",
                  "Crews visited the library at 300 W Civic Center Plaza. Chief Luis Armenta's assistant was "
                  "called at (626) 915-2200 - Fire Department.",
                  "Battalion Chief Luis Armenta checked on Station 3 (450 N Olinda Ave).")
    assert not {(c, v) for c, v in found if c in ("customer_name", "phone", "address")}


# --- case notes

def test_case_note_call_opens_the_customers_paragraph():
    found = _memo("Case note",
                  "Spoke with Tigran Petrosyan today re: enrollment. She confirmed the mailing address 4157 E Olivera "
                  "St, Rancho Calavera, CA 91785 and asked that all letters go to petrosyan.fam@outlook.com.",
                  "Her 12-month history totals 8,604 kWh.")
    assert {("customer_name", "Tigran Petrosyan"), ("address", "4157 E Olivera St, Rancho Calavera, CA 91785"),
            ("energy_usage", "8,604 kWh")} <= found


def test_usage_stated_with_no_unit_in_a_customers_record():
    found = _memo("Caller: OKADA, HIROSHI", "SA: 7089029647",
                  "Cust states usage of 1,048 is impossible, house was vacant in March.",
                  "She wrote: Our consumption was only 647 last month.")
    assert {("energy_usage", "1,048"), ("energy_usage", "647")} <= found


def test_counts_units_years_and_pages_are_no_usage():
    found = _memo("Caller: OKADA, HIROSHI", "SA: 7089029647",
                  "The report states usage of 1,048 customers rose. Staff said consumption of 647 MW city-wide.",
                  "The CARE report states usage of 2024 was low. Our usage was 3 percent lower. See page 1,048.",
                  "Our average usage was 550 last month across the program.")
    assert not {v for c, v in found if c == "energy_usage"}


# --- a household a speaker's note calls by its surname

def _slides(*texts: str, notes: str) -> set[tuple[str, str]]:
    segments = [Segment(t, Location(element="slide 2")) for t in texts]
    segments.append(Segment(notes, Location(element="slide 2 notes"), hidden="speaker notes"))
    document = Document(url="https://www.calaveracp.org/board/update.pptx",
                        content_type="application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        segments=segments)
    return {(f.category, f.value) for f in scan_document(document, _all_detectors()) if f.category in _CATEGORIES}


def test_speaker_note_names_the_family_of_the_record_it_gives():
    found = _slides("Customer Care Update", "Top escalations: double billing, opt-out not processed",
                    notes="Mention the Nguyen family - 2199 E Olivera St, they've called 9 times. Her cell is "
                          "909-667-5274. SCE account 7630 158 940.")
    assert {("customer_name", "Nguyen family"), ("address", "2199 E Olivera St"), ("phone", "909-667-5274")} <= found


def test_speaker_note_thanking_a_donor_family_names_no_customer():
    found = _slides("Community partners", "Solar for schools",
                    notes="Thank the Nguyen family for the donation to the Garey High solar canopy at 1750 N Garey "
                          "Ave.\nCanopy meter: SCE account 7630 158 940.\nCall the Foundation at (909) 620-2200 "
                          "for photos.")
    assert not {(c, v) for c, v in found if c in ("customer_name", "address", "phone")}
