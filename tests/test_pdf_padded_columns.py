"""A report exported to PDF with its columns padded by spaces, one string a line (a queue, an approvals list):
PDFium keeps one space of each run, and in a proportional font the columns do not line up where they are
drawn, so the line is rebuilt with the spaces it was typed with and read as the same report as text is. Public
reports set the same way (a staff directory, City facilities) and prose drawn one string a line stay clean."""
from __future__ import annotations

import pytest
from fpdf import FPDF

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_INTERCONNECTIONS = [
    "Solar Interconnection Requests - March 2027",
    "Req No  Customer               Service Address                           Account        kW   Contractor",
    "IR-7714 Winifred Castellanos   2290 Juniper Hollow Rd, Pine Bluff, CO 80 PB-5521907-11  5.4  Mesa Sun Co",
    "IR-7715 Desmond Achterberg     81 N Larkspur Ct, Pine Bluff, CO 80421    PB-6610442-03  9.0  Bright Roof",
]
_WIDE = ["Name              Service Address                                         Utility Account"] + [
    f"{name:<18}{address:<56}{account}" for name, address, account in [
        ("Harriet Lindqvist", "4018 Quarry Ridge Dr Unit 9, Pine Bluff, CO 80421", "PB-7004518-22"),
        ("Osvaldo Prieto", "57 E Bristlecone Ave, Pine Bluff, CO 80421", "PB-2298801-15")]]


def _pdf(lines: list[str], font: str = "Helvetica", size: int = 9) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font(font, size=size)
    for line in lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _findings(body: bytes) -> set[tuple[str, str]]:
    found = scan_document(extract("report.pdf", body), load_detectors({}))
    return {(f.category, f.value) for f in found}


@pytest.mark.parametrize("font", ["Helvetica", "Times", "Courier"])
def test_full_columns_one_space_apart_are_cells(font):
    found = _findings(_pdf(_INTERCONNECTIONS, font))
    for value in ("Winifred Castellanos", "Desmond Achterberg", "PB-5521907-11", "PB-6610442-03"):
        assert any(v == value for _, v in found), (font, value, found)
    assert ("address", "81 N Larkspur Ct, Pine Bluff, CO 80421") in found


@pytest.mark.parametrize("font", ["Helvetica", "Times"])
def test_wide_padding_in_a_proportional_font(font):
    found = {v for _, v in _findings(_pdf(_WIDE, font, 8))}
    assert {"Harriet Lindqvist", "Osvaldo Prieto", "PB-7004518-22", "PB-2298801-15"} <= found


def test_title_above_the_table_stays_first():
    segments = [s.text for s in extract("report.pdf", _pdf(_INTERCONNECTIONS)).segments]
    assert segments[0] == "Solar Interconnection Requests - March 2027"
    assert segments.index("Winifred Castellanos") > segments.index("Customer")


def test_a_padded_tables_cells_say_their_page_and_column():
    cell = next(s for s in extract("report.pdf", _pdf(_INTERCONNECTIONS)).segments if s.text == "Winifred Castellanos")
    assert (cell.location.page, cell.location.element, cell.label) == (1, "column Customer", "Customer")


def test_staff_directory_padded_stays_clean():
    lines = ["Public Works Department Staff",
             "Name                Title                        Phone          Email",
             "Graciela Montoya    Utilities Director           (970) 555-0142 gmontoya@pinebluffco.gov",
             "Tobias Wendt        Water Quality Supervisor     (970) 555-0177 twendt@pinebluffco.gov"]
    assert _findings(_pdf(lines)) == set()


def test_facility_table_padded_stays_clean():
    lines = ["Facility                 Address                                  Annual kWh",
             "Pine Bluff Library       300 Main St, Pine Bluff, CO 80421         412,880",
             "Westside Rec Center      1450 Elk Run Rd, Pine Bluff, CO 80421     988,120"]
    assert _findings(_pdf(lines)) == set()


def test_prose_one_string_a_line_stays_one_line():
    lines = ["The Council approved the solar program on March 3.  Staff will report back in June with the",
             "results of the first round of applications.  Residents may comment at any regular meeting."]
    segments = [s.text for s in extract("minutes.pdf", _pdf(lines)).segments]
    assert segments == [" ".join(line.split()) for line in lines]
