"""A record split across a PDF page break, and a customer-location account (red team site55).

- A table's row of two lines whose first line ends a page and whose second opens the next ("85979-544 | LE, MY |
  MAIL: PO BOX 0906" at the foot of one page; the running head, the header repeated, then "C/O ESTATE | SVC: 2517
  RIO HONDO DR"): one record, its name, its account and its service address the customer's. The PDF reader keeps the
  second line apart from the repeated header (a header takes in no line of values that leaves the first column
  empty), and the table reading joins it to the row that ended the page before. Hard negatives: the running head
  and a packet stamp are no record's field; the last row of a public table and the first line of another table on
  the next page are not one record.
- A utility billing system's customer-location account ("Customer/Location 423408-864593", a "CUST/LOC" or
  "Cust-Loc" column) is a customer's account, in a letter (RTF, as Word reads it) as in a table. Hard negatives: a
  column of the location's address, and the words "customer location" without a number.
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from detectors.context.headers import header_kind
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.vallecitogrove.example.gov/council/agendas"
_COLUMNS = (0, 78, 200, 370, 430)


def _found(name: str, body: bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _paged_table(header: list[str], pages: list[list[list[str]]], *, next_header: list[str] | None = None,
                 stamp: bool = True) -> bytes:
    """Pages of a packet: a running head, ``header`` over each page's rows (the next pages' header ``next_header``
    when given), a row's cell a list of lines, and the packet's stamp at the foot."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(612, 792))
    for number, rows in enumerate(pages, start=120):
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(54, 756, "City of Vallecito Grove - City Council Regular Meeting - November 19, 2024")
        pdf.drawRightString(558, 756, f"Agenda Packet - Page {number}")
        y = 730
        pdf.setFont("Helvetica-Bold", 7.2)
        for x, name in zip(_COLUMNS, next_header if next_header and number > 120 else header):
            pdf.drawString(54 + x, y, name)
        y -= 8.6
        pdf.setFont("Helvetica", 7.2)
        for row in rows:
            cells = [cell if isinstance(cell, list) else [cell] for cell in row]
            for k in range(max(len(cell) for cell in cells)):
                for x, cell in zip(_COLUMNS, cells):
                    if k < len(cell):
                        pdf.drawString(54 + x, y, cell[k])
                y -= 8.6
        if stamp:
            pdf.drawRightString(558, 40, f"Packet Pg. {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


_HEADER = ["CUST/LOC", "NAME", "SERVICE ADDRESS", "CLOSED", "BALANCE"]
_ROWS = [["342202-348348", "DENG, CHUN", "3723 AZALEA TER APT 129", "03/26/23", "$1734.84"],
         ["872486-964529", "CARRILLO, RIGOBERTO", "3603 WILDROSE PL", "04/14/23", "$1060.81"]]
_SPLIT_FIRST = ["85979-544", "LE, MY", "MAIL: PO BOX 0906 WHITTIER CA", "06/30/23", "$1130.58"]
_SPLIT_REST = ["", "C/O ESTATE", "SVC: 2517 RIO HONDO DR", "", ""]
_NEXT_ROWS = [["589854-117429", "LYONS, RUSSELL", "3541 ORANGEWOOD ST", "01/18/23", "$405.50"]]


def test_a_record_split_across_a_page_break_is_one_customer_record():
    found = _found("packet.pdf", _paged_table(_HEADER, [_ROWS + [_SPLIT_FIRST], [_SPLIT_REST] + _NEXT_ROWS]))
    assert {"LE, MY", "DENG, CHUN", "CARRILLO, RIGOBERTO", "LYONS, RUSSELL"} <= values_of(found, "customer_name")
    assert {"85979-544", "342202-348348", "589854-117429"} <= values_of(found, "account_number")
    assert "2517 RIO HONDO DR" in values_of(found, "address")
    # the running head and the packet's stamp are no field of the record either side of the break
    assert not any("Packet" in value or "Vallecito" in value or "ESTATE" in value for _, value in found)


def test_a_mixed_case_schedule_split_across_a_page_break_keeps_its_address():
    header = ["Cust-Loc", "Customer", "Service Address", "Reason", "Amount $"]
    first = ["UB9371005", "Abel Navarrete", "3548 S. Hacienda Blvd", "Billing error", "6,039.63"]
    split = ["142327-218316", "Tamika Lyons", "Lyons Family Trust", "Meter error", "6,648.04"]
    rest = ["", "(trustee)", "Svc 270 Glenbrook Dr", "", ""]
    after = ["832754-645494", "Bo Zhang", "2707 Copper Canyon Cir", "Billing error", "5,365.25"]
    found = _found("budget.pdf", _paged_table(header, [[first, split], [rest, after]], stamp=False))
    assert {"Tamika Lyons", "Abel Navarrete", "Bo Zhang"} <= values_of(found, "customer_name")
    assert {"142327-218316", "UB9371005", "832754-645494"} <= values_of(found, "account_number")
    assert "270 Glenbrook Dr" in values_of(found, "address")


def test_a_public_table_s_last_row_and_the_next_page_s_other_table_are_not_one_record():
    facilities = ["Facility", "Site Address", "Annual kWh", "", ""]
    city_rows = [["City Hall", "505 Civic Center Dr", "412,880"], ["Senior Center", "1200 Park Ave", "88,310"]]
    contacts = ["Program", "Contact", "Office Address", "", ""]
    found = _found("facilities.pdf", _paged_table(
        facilities, [city_rows, [["", "Maria Ortega", "1 Civic Center Plaza"], ["Recycling", "Dan Fuller",
                                                                                  "1 Civic Center Plaza"]]],
        next_header=contacts))
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "address") == set()


def test_a_table_without_a_split_row_reads_as_before():
    found = _found("packet.pdf", _paged_table(_HEADER, [_ROWS, _NEXT_ROWS]))
    assert values_of(found, "customer_name") == {"DENG, CHUN", "CARRILLO, RIGOBERTO", "LYONS, RUSSELL"}
    assert not any("Packet" in value or "Vallecito" in value for _, value in found)


def _rtf(lines: list[str], breaks: str = "\\par") -> bytes:
    body = "".join(line + breaks + "\n" for line in lines)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 " + body + "}").encode()


_LETTER = ["City of Vallecito Grove - Utility Billing", "", "January 22, 2025", "", "Dwayne Kowalczyk",
           "421 Bellbrook St", "Vallecito Grove, CA 91745", "", "RE: Leak adjustment - Customer/Location 423408-864593",
           "", "Dear Dwayne Kowalczyk,",
           "Your request for a leak adjustment has been approved. A credit of $684.20 will appear on your next bill. "
           "We tried to reach you at 323-378-8786 and left a message.", "", "Sincerely,", "Winston Northcutt"]


def test_an_rtf_letter_under_a_customer_location_account_is_the_customer_s():
    for breaks in ("\\par", "\\line"):
        found = _found("Leak_Adjustment_Approval_Letter.rtf", _rtf(_LETTER, breaks))
        assert values_of(found, "account_number") == {"423408-864593"}
        assert values_of(found, "customer_name") == {"Dwayne Kowalczyk"}
        assert values_of(found, "address") == {"421 Bellbrook St"}
        assert values_of(found, "phone") == {"323-378-8786"}


def test_customer_location_words_without_an_account_are_no_account():
    notice = ["City of Vallecito Grove - Utility Billing", "",
              "Customer/Location numbers now have twelve digits; the customer location map is on page 4.",
              "Questions: Utility Billing, 100 Civic Center Dr, (626) 555-0100."]
    found = _found("ub-notice.rtf", _rtf(notice))
    assert values_of(found, "account_number") == set()
    assert values_of(found, "customer_name") == set()


def test_a_customer_location_column_is_an_account_column_and_its_address_column_an_address():
    assert header_kind("CUST/LOC")[0] == "account"
    assert header_kind("Cust-Loc")[0] == "account"
    assert header_kind("Customer/Location No.")[0] == "account"
    assert header_kind("Cust/Loc Address")[0] == "address"
