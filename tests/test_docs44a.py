"""Round 44 (red team docs44): a table cell's text drawn over the next column in a PDF, customer names in a call
centre's shorthand, a month grid of a customer's usage, and an address split by a PDF line break."""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of


def _overflowing_table(rows: list[list[str]], columns: list[float], size: float = 7.5) -> bytes:
    """A one-page PDF table drawn cell by cell at fixed column positions, each cell's text a string of its own: a
    cell wider than its column runs on under the next column's text, as a report with narrow columns prints it."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 770, "Appendix M - CARE/FERA Exception Accounts Reviewed by Finance")
    y = 740
    for k, row in enumerate(rows):
        pdf.setFont("Helvetica-Bold" if k == 0 else "Helvetica", size)
        for x, cell in zip(columns, row):
            pdf.drawString(x, y, cell)
        y -= 18
    pdf.save()
    return out.getvalue()


_HEADER = ["Account Holder", "Billing Address", "Cust. Acct", "Annual kWh", "Arrears"]
_CUSTOMERS = [
    ["Kenji Fujimoto", "11095 S Reservoir St Unit B, Sierra Madrona, CA 91767", "3-72-472-1390", "17,320", "$1,654.81"],
    ["Takeshi Ishikawa", "1812 Mesa Verde Dr, Sierra Madrona, CA 91768", "3-61-761-8941", "18,717", "$582.10"],
    ["Keisha Okafor", "1048 Towne Ave Unit 3C, Sierra Madrona, CA 91767", "2-98-672-6375", "6,578", "$1,601.29"],
]


def test_cell_running_on_under_the_next_column_is_read_as_two_cells():
    # the address column is narrower than its text: the ZIP code runs on under the account column, far (PDFium puts
    # a space between the two strings) or a few points (no space: "917683-61-761-8941", one word of two strings)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    end = 110 + stringWidth(_CUSTOMERS[1][1], "Helvetica", 7.5)
    for columns in ([40, 110, 210, 300, 350], [40, 110, 250, 320, 370], [40, 110, end - 4, end + 80, end + 130],
                    [40, 110, end - 8, end + 80, end + 130]):
        found = pairs_found("https://www.city.gov/budget/appendix-m.pdf",
                            _overflowing_table([_HEADER, *_CUSTOMERS], columns))
        assert values_of(found, "customer_name") == {"Kenji Fujimoto", "Takeshi Ishikawa", "Keisha Okafor"}
        assert values_of(found, "account_number") == {"3-72-472-1390", "3-61-761-8941", "2-98-672-6375"}
        assert values_of(found, "energy_usage") == {"17,320", "18,717", "6,578"}
        assert values_of(found, "address") == {row[1] for row in _CUSTOMERS}


def test_overflowing_department_table_finds_nothing():
    # a budget table by department whose long names run on under the next column: cells, but no customer
    rows = [["Department", "Facility Address", "Cost Center", "Annual kWh", "FY24 Cost"],
            ["Public Works Corporation Yard", "1100 E Mission Blvd, Sierra Madrona, CA 91766", "4-10-220-3100",
             "412,880", "$61,932.00"],
            ["Community Services - Senior Center", "600 S Park Ave, Sierra Madrona, CA 91766", "4-10-350-3300",
             "96,410", "$14,461.50"]]
    found = pairs_found("https://www.city.gov/budget/facilities.pdf", _overflowing_table(rows, [40, 130, 230, 300, 350]))
    assert not values_of(found, "customer_name")
    assert not values_of(found, "energy_usage")


def test_words_of_one_string_stay_whole():
    from crawler.extract import extract
    pdf = _overflowing_table([["Account Holder", "Billing Address"],
                              ["Superintendent", "Extraordinarily long-winded hyphenated-description"]], [40, 130])
    texts = [segment.text for segment in extract("https://www.city.gov/x.pdf", pdf).segments]
    assert "Extraordinarily long-winded hyphenated-description" in " ".join(texts)


# --- a call centre's notes typed in capitals --------------------------------------------------------------------

_AGENT_NOTES = """MPA CONTACT CENTER - AGENT NOTES EXPORT   run 20240811
==============================================================================
12/17 08:12 AGT78  CALLER TYRONE LOCKHART VERIFIED ON SA 849-917-0854. ADV BILL INCL 1655 KWH. CB# +1 626 797 3317
05/01 08:25 AGT26  CALLER TYRONE BROOKS VERIFIED ON SA 8816313281. ADV BILL INCL 2020 KWH. CB# 323-250-9302
05/02 14:40 AGT11  CX MARISOL QUINTERO STATES HIGH BILL, SA 4410937265. CB# 909-555-0142
-- supervisor: Marisol Tapia x2335
"""


def test_caller_named_in_capitals_before_the_notes_words():
    found = pairs_found("https://www.city.gov/data/agent_notes_export.txt", _AGENT_NOTES)
    assert values_of(found, "customer_name") == {"TYRONE LOCKHART", "TYRONE BROOKS", "MARISOL QUINTERO"}
    assert values_of(found, "energy_usage") == {"1655 KWH", "2020 KWH"}
    assert values_of(found, "phone") == {"+1 626 797 3317", "323-250-9302", "909-555-0142"}


def test_time_before_capitals_is_no_house_number():
    # "08:25 AGT26 CALLER TYRONE BROOKS VERIFIED ON": the minutes, a street type ("Brooks") and "city, province"
    found = pairs_found("https://www.city.gov/data/agent_notes_export.txt", _AGENT_NOTES)
    assert values_of(found, "address") == set()
    staff_log = ("IT HELP DESK CALL LOG\n"
                 "05/01 08:25 AGT26  CALLER MARCUS BROOKS (FACILITIES) RE PRINTER ON FLOOR 2. EXT 4410\n"
                 "05/01 09:40 AGT26  CALLER DANA WELLS (PARKS) RE VPN TOKEN. EXT 4472\n")
    found = pairs_found("https://www.city.gov/it/helpdesk-log.txt", staff_log)
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_title_case_caller_stays_as_before():
    log = ("Utility billing call log\n"
           "08/06 9:45 CSR: inbound, 1-714-555-0199. Caller Ana Ruiz asked about the CARE discount; home at 322 N "
           "Via Del Sol.\n")
    found = pairs_found("https://www.city.gov/billing/call-log.txt", log)
    assert values_of(found, "customer_name") == {"Ana Ruiz"}


# --- a month grid of a customer's usage ----------------------------------------------------------------------------

def _application(caption: str, grid: list[str], customer: bool = True) -> bytes:
    from tests.detector_helpers import lines_pdf
    head = ["Exhibit F - Rule 21 Interconnection Application (Applicant Copy)"]
    if customer:
        head += ["Customer of record: Lan Tran", "Premises: 2898 Mission Blvd Apt. 207, Sierra Madrona, CA 91750",
                 "Utility service account: 871-294-4350"]
    return lines_pdf([*head, caption, *grid, "Contractor: Sunwise Grid Solutions LLC, 4100 E Mission Blvd"])


_GRID = ["Jan          430", "Feb          374", "Mar          820"]


def test_month_grid_under_a_usage_caption_on_a_customers_page():
    found = pairs_found("https://www.city.gov/agendas/packet.pdf",
                        _application("Prior 12 months usage (kWh) from utility bill", _GRID))
    assert values_of(found, "energy_usage") == {"430", "374", "820"}
    assert values_of(found, "customer_name") == {"Lan Tran"}


def test_month_grids_that_are_no_customers_usage():
    # a city-wide or a facility's grid, a grid of another measure, a page naming no customer, a schedule of dates
    for caption, grid, customer in (
            ("Citywide residential usage (kWh) by month", ["Jan          41,230,000", "Feb          37,400,000",
                                                           "Mar          38,020,000"], True),
            ("City Hall monthly kWh", _GRID, True),
            ("Generation rate (cents per kWh)", ["Jan          14.2", "Feb          13.9", "Mar          14.6"], True),
            ("Prior 12 months usage (kWh) from utility bill", _GRID, False),
            ("Meetings held", ["Jan          3", "Feb          2", "Mar          4"], True)):
        found = pairs_found("https://www.city.gov/agendas/packet.pdf", _application(caption, grid, customer))
        assert values_of(found, "energy_usage") == set(), caption


# --- an address a PDF line break cut -------------------------------------------------------------------------------

def test_address_cut_by_a_line_break_is_reported_once():
    from tests.detector_helpers import lines_pdf
    pdf = lines_pdf(["One representative complaint (verbatim): \u201cMy name is Danilo Santos and I live at 3416",
                     "Jacaranda Ln #12. I have been a customer since 2019 and my bill has never been this high.",
                     "Call me at 714-456-9012.\u201d"])
    found = pairs_found("https://www.city.gov/reports/rac-complaint-review.pdf", pdf)
    assert values_of(found, "address") == {"3416 Jacaranda Ln #12"}
    assert values_of(found, "customer_name") == {"Danilo Santos"}
