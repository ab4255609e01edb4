"""Two columns of justified prose side by side are read column by column, whatever the word spacing the
justification set (a stretched space is no column gap of a padded export, nor a cell gap), and a line drawn
at an angle is read in its own direction. Padded exports, tables and public newsletters read as before."""
from __future__ import annotations

import pytest
from fpdf import FPDF

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_LEFT = ("Library hours grow this winter. The main branch on Garey Avenue now stays open until nine on "
         "weeknights, and the teen room has new study tables.\n\n"
         "CUSTOMER SPOTLIGHT: When Lorena Castillo moved into 4418 W Pradera Ln last summer, her first bill "
         "worried her. After a free home check her usage dropped from 1432.6 kWh to 988.1 kWh a month.")
_RIGHT = ("Cooling centers open. Seniors who need a cool place during heat alerts may visit any recreation "
          "center from noon to eight.\n\n"
          "A note of thanks: We heard from Bartolome Quiroga (account 774120-36) thanking crews for restoring "
          "service at 3307 E Alondra Way Unit 4 during the August storm.")
_PUBLIC_LEFT = ("Council news. Council Member Yolanda Brennan thanked residents who spoke at the budget "
                "hearing, and the council adopted the parks plan on a five to two vote after a long evening "
                "of public comment about the new community garden.")
_PUBLIC_RIGHT = ("Energy tips. The average residential customer uses 512 kWh a month, and a programmable "
                 "thermostat can save about ten percent of that. Call the Energy Office at (909) 620-2241 or "
                 "visit City Hall, 505 S Garey Ave, for a free kit.")
_RECORD = ("Ticket 31-0412-007 Reconnect  Customer Imelda Fuentes, 2716 Orangegrove Ave, tel 909-417-3385, "
           "acct 4-118-2290-31")
_RECORD_VALUES = {"Imelda Fuentes", "2716 Orangegrove Ave", "909-417-3385", "4-118-2290-31"}


def _values(body: bytes) -> set[str]:
    return {f.value for f in scan_document(extract("newsletter.pdf", body), load_detectors({}))}


def _lines(body: bytes) -> list[str]:
    return [s.text for s in extract("newsletter.pdf", body).segments]


def _two_columns(left: str | None, right: str | None, font: str, size: int, width: int, align: str = "J") -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font(font, size=size)
    if left:
        pdf.set_xy(10, 20)
        pdf.multi_cell(width, 5, left, align=align)
    if right:
        pdf.set_xy(20 + width, 20)
        pdf.multi_cell(width, 5, right, align=align)
    return bytes(pdf.output())


@pytest.mark.parametrize("font, size, width", [("Times", 10, 90), ("Times", 9, 80), ("Helvetica", 10, 90),
                                               ("Courier", 11, 80), ("Courier", 10, 90)])
def test_justified_columns_side_by_side_give_what_each_column_gives_alone(font, size, width):
    alone = _values(_two_columns(_LEFT, None, font, size, width)) | \
        _values(_two_columns(None, _RIGHT, font, size, width))
    assert "774120-36" in alone
    assert _values(_two_columns(_LEFT, _RIGHT, font, size, width)) == alone


def test_justified_columns_are_read_one_after_the_other_without_tabs():
    lines = _lines(_two_columns(_LEFT, _RIGHT, "Times", 10, 90))
    assert not any("\t" in line for line in lines)
    assert [line.split()[0] for line in lines if line.split()[0] in ("Library", "Cooling")] == ["Library", "Cooling"]
    assert lines.index(next(line for line in lines if line.startswith("Cooling"))) > \
        lines.index(next(line for line in lines if "988.1" in line))


def test_a_public_two_column_newsletter_stays_clean():
    for font, size, width in (("Times", 10, 90), ("Courier", 11, 80)):
        found = _values(_two_columns(_PUBLIC_LEFT, _PUBLIC_RIGHT, font, size, width))
        assert not found & {"Yolanda Brennan", "512 kWh", "505 S Garey Ave"}, (font, found)


_BILLS = ("PCE bills stay low. Households on the Choice Green plan will see generation charges 3% below SCE this "
          "winter. The typical residential account uses 498 kWh a month.\n\nRebates are open. Renters and owners "
          "who replace an old fridge may claim a rebate of fifty dollars at any library branch this fall.")


@pytest.mark.parametrize("font, size, width", [("Helvetica", 9, 70), ("Helvetica", 11, 100), ("Times", 11, 90),
                                               ("Times", 9, 100)])
def test_justified_prose_drawn_one_string_a_line_is_no_padded_table(font, size, width):
    """Word spacing widens every space of a justified line alike, to a width no whole number of spaces makes."""
    segments = extract("newsletter.pdf", _two_columns(_BILLS, None, font, size, width)).segments
    assert [s.label for s in segments if s.label] == []
    assert not any("  " in s.text or "\t" in s.text for s in segments)


def _padded(lines: list[str], font: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font(font, size=9)
    for line in lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("font", ["Courier", "Helvetica"])
def test_a_padded_row_of_evenly_spaced_cells_stays_cells(font):
    """Cells of one width holding values of one length leave gaps all alike, but a whole number of spaces."""
    lines = ["Route     Prior     Current   Usage",
             "R-40112   004512    005123    000611",
             "R-40113   000987    001234    000247"]
    cells = [(s.label, s.text) for s in extract("reads.pdf", _padded(lines, font)).segments if s.label]
    assert ("Current", "005123") in cells and ("Usage", "000247") in cells


def test_a_row_of_single_words_evenly_apart_stays_cells():
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    rows = [["Facility", "Pool", "Library", "Garden"], ["Hours", "daily", "weekdays", "weekends"]]
    for row, words in enumerate(rows):
        for column, word in enumerate(words):
            pdf.text(40 + 120 * column, 80 + 14 * row, word)
    assert _lines(bytes(pdf.output())) == ["Facility\tPool\tLibrary\tGarden", "Hours\tdaily\tweekdays\tweekends"]


def _turned(angle: int, text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(20, 20)
    pdf.cell(0, 6, "Field service orders - completed", new_x="LMARGIN", new_y="NEXT")
    with pdf.rotation(angle, 105, 150):
        pdf.set_xy(30, 150)
        pdf.multi_cell(150, 5, text)
    return bytes(pdf.output())


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_a_line_drawn_at_an_angle_is_read_in_its_own_direction(angle):
    body = _turned(angle, _RECORD)
    lines = _lines(body)
    assert lines[0] == "Field service orders - completed"
    assert lines[1].startswith("Ticket 31-0412-007 Reconnect") and lines[1].endswith("tel")
    assert _RECORD_VALUES <= _values(body)


def test_sideways_public_text_stays_clean():
    body = _turned(90, "Prepared by Kimley-Horn and Associates, 1100 W Town and Country Rd, Orange, for the "
                       "Public Works Department; Council Member Yolanda Brennan, chair.")
    assert _lines(body)[1].startswith("Prepared by Kimley-Horn and Associates")
    assert _values(body) == set()


def test_the_last_word_of_a_turned_paragraph_follows_it():
    lines = _lines(_turned(90, "Ticket 31-0412-007  Customer Imelda Fuentes, acct\n4-118-2290-31"))
    assert lines[1:] == ["Ticket 31-0412-007 Customer Imelda Fuentes, acct", "4-118-2290-31"]


def test_a_word_alone_at_an_angle_is_read_where_it_stands():
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.text(72, 80, "Quarterly report")
    with pdf.rotation(90, 60, 120):
        pdf.text(60, 120, "Schedule")  # a sideways label in the margin, beside the line it names
    pdf.text(72, 118, "Budget hearings are held in the council chambers")
    pdf.text(72, 200, "Prepared by the Finance Department")
    assert _lines(bytes(pdf.output())) == ["Quarterly report", "Schedule Budget hearings are held in the council "
                                           "chambers", "Prepared by the Finance Department"]
