"""Tab-separated cells in a text file or a ``<pre>`` block (a spreadsheet exported as text under a title and above
a footnote): each line split on its tabs, the header's names too, and its rows read by the header's columns; not by
where the tabs expand to, which merges a name with the next ("Service Address<TAB>Balance" expands to one space).
Space-aligned text keeps its fixed-width reading, and a city's tab-indented memos, tab-separated rate schedules and
staff phone lists stay silent."""
from __future__ import annotations

from crawler.extract.fixed_width import lines_and_tables, tab_tables
from tests.test_table_headers import found

WRITE_OFFS = """\
CITY OF GRANITE FALLS - UTILITY BILLING
Uncollectible balances recommended for write-off, fiscal year 2026
Presented to the Finance Committee on April 14, 2026.

Name\tService Address\tBalance\tReason
Rosalind Achterberg\t3317 Heron Point Dr\t$1,406.52\tMoved

Halina Brzezinski\t56 Orchard Knoll Way\t$227.31\tMoved
Tomasz Wieczorek\t81 Quarry Hill Rd\t$318.09\tDeceased
Adaeze Okonkwo\t1250 Sumac Ln Apt 7\t$74.40\tBankruptcy

Total recommended: $1,799.01
These balances were sent to collections on March 2, 2026 and remain collectible.
"""

USAGE = """\
High-usage accounts reviewed for the conservation rebate pilot (Jan 2026)

Customer\tAcct\tAddress\tJan kWh
Ingrid Salvesen\t40-55817-2\t618 Tamarack Ave\t2,214
Desmond Abernathy-Cole\t40-61930-8\t22 Bluestem Ct\t1,987
Lupe Fonoti\t40-70244-1\t4107 Old Mill Rd\t2,460
Staff contact: Conservation Program, (555) 010-4471.
"""

# aligned with tabs and spaces for a reader: a tab stop every 8 columns, a short value padded by a second tab
TAB_ALIGNED = """\
Delinquent accounts, route 6
Customer\t\tAccount\t\tService Address
Ola Brekke\t\t61-30092-4\t3005 Juniper Ct
Vivienne Castellanos\t61-30417-9\t714 Larchmont Ave
"""

MEMO = """\
MEMORANDUM
TO:\tHonorable Mayor and City Council
FROM:\tRenata Voss, Finance Director
DATE:\tApril 2, 2026
RE:\tWater rate study - next steps

\tThe consultant presented the draft rate study to the Utilities Commission on March 24.
\tStaff recommends the Council hold a public hearing\tbefore adopting the new tiers.
\tQuestions may be directed to the Finance Department at (555) 010-2200.
"""

RATES = """\
Electric rate schedule effective July 1, 2026

Rate Class\tCustomer Charge\tEnergy Charge\tDemand Charge
Residential\t$12.50\t$0.1184/kWh\t-
Small Commercial\t$24.00\t$0.1092/kWh\t$8.40/kW
Large Industrial\t$310.00\t$0.0721/kWh\t$14.25/kW
Average residential use: 742 kWh per month.
"""

STAFF = """\
Public Works Department - staff directory

Name\tTitle\tPhone\tEmail
Gerald Ostrowski\tPublic Works Director\t(555) 010-3100\tgostrowski@granitefallsmn.gov
Hannah Lindgren\tUtility Billing Supervisor\t(555) 010-3112\thlindgren@granitefallsmn.gov
Marcus Doyle\tWater Plant Operator\t(555) 010-3127\tmdoyle@granitefallsmn.gov
"""


def test_a_tab_separated_header_and_rows_are_split_on_their_tabs():
    (table,) = tab_tables(WRITE_OFFS.splitlines())
    assert table.header == ["Name", "Service Address", "Balance", "Reason"]
    assert [cells for _, cells in table.rows][0] == ["Rosalind Achterberg", "3317 Heron Point Dr", "$1,406.52", "Moved"]
    assert len(table.rows) == 4  # a row past a blank line goes on; the footnote under the next is text
    lines = TAB_ALIGNED.splitlines()
    assert tab_tables(lines) == []  # names apart by runs of tabs: aligned, read by where the tabs put them
    (table,) = [table for _, table in lines_and_tables(lines) if table]
    assert table.header == ["Customer", "Account", "Service Address"]
    assert [cells for _, cells in table.rows] == [["Ola Brekke", "61-30092-4", "3005 Juniper Ct"],
                                                  ["Vivienne Castellanos", "61-30417-9", "714 Larchmont Ave"]]


def test_a_blank_line_and_a_memo_header_end_a_tab_separated_table():
    (table,) = tab_tables((WRITE_OFFS + "\n" + MEMO).splitlines())
    assert len(table.rows) == 4


def test_tab_indented_lines_and_memo_fields_are_no_tab_table():
    assert tab_tables(MEMO.splitlines()) == []
    assert [table for _, table in lines_and_tables(MEMO.splitlines(), headerless=True) if table] == []


def test_a_tab_separated_write_off_table_under_a_title_is_a_list_of_customers():
    findings = found("writeoffs-fy26.txt", WRITE_OFFS.encode())
    assert {("customer_name", "Rosalind Achterberg"), ("address", "3317 Heron Point Dr"),
            ("customer_name", "Adaeze Okonkwo"), ("address", "1250 Sumac Ln Apt 7")} <= findings


def test_a_tab_separated_usage_list_is_a_list_of_customers():
    findings = found("rebate-pilot.txt", USAGE.encode())
    assert {("customer_name", "Ingrid Salvesen"), ("account_number", "40-55817-2"),
            ("customer_name", "Desmond Abernathy-Cole"), ("address", "22 Bluestem Ct"), ("energy_usage", "1,987"),
            ("energy_usage", "2,460")} <= findings


def test_a_tab_separated_table_in_a_pre_block_is_read_by_its_cells():
    html = f"<html><body><h1>Write-offs</h1><pre>{WRITE_OFFS}</pre></body></html>"
    findings = found("writeoffs.html", html.encode())
    assert {("customer_name", "Tomasz Wieczorek"), ("address", "81 Quarry Hill Rd")} <= findings


def test_a_city_memo_rate_schedule_and_staff_list_with_tabs_stay_silent():
    assert found("rate-study-memo.txt", MEMO.encode()) == set()
    assert found("rate-schedule.txt", RATES.encode()) == set()
    assert found("pw-staff.txt", STAFF.encode()) == set()
    assert found("pw-staff.html", f"<pre>{STAFF}</pre>".encode()) == set()
