"""Two columns of prose a narrow gutter apart (9 points between 10-point columns), drawn baseline by baseline so
that PDFium gives each baseline as one run across the page: each column is read top to bottom on its own, so a
resident's letter in one column keeps its phone and e-mail beside its name. A table whose cells stand as far
apart, and a form's labels and values across the page, stay rows."""
from __future__ import annotations

import io

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_SIZE = 10
_LEFT, _LEFT_END, _RIGHT, _PAGE_END = 50, 312, 321, 560  # a 9-point gutter between the columns

_LETTER = ("To the Board: my name is Rosalind Achterberg and I have been a Pomona Choice Energy "
           "customer at 4417 Mission Blvd, Pomona, CA 91766 since 2019. My PCE account number is 6-38-205-9914. "
           "My summer bills were much higher than my neighbours' bills and nobody has explained why. "
           "You can call me at (909) 447-3086 or write to r.achterberg55@outlook.com with an answer.")
_STAFF = ("The Board reviewed the quarterly procurement summary and the renewable content of the power mix, "
          "which remained above the state mandate. Staff answered questions about the resource adequacy "
          "contracts and the timing of the next rate review, and will bring the integrated resource plan back "
          "to the Board for adoption after the public workshop in the fall.")


def _wrapped(text: str, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        longer = f"{line} {word}".strip()
        if line and stringWidth(longer, "Helvetica", _SIZE) > width:
            lines.append(line)
            longer = word
        line = longer
    return [*lines, line]


def _page(rows: list[tuple[str, str]], right_x: float = _RIGHT) -> bytes:
    """A page whose rows draw their left text, then their right text, on one baseline each."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", _SIZE)
    y = 720.0
    for left, right in rows:
        pdf.drawString(_LEFT, y, left)
        pdf.drawString(right_x, y, right)
        y -= _SIZE * 1.25
    pdf.save()
    return out.getvalue()


def _read(body: bytes) -> tuple[list[str], set[tuple[str, str]]]:
    document = extract("https://example.org/board-minutes.pdf", body)
    found = {(f.category, f.value) for f in scan_document(document, load_detectors())}
    return [s.text for s in document.segments if s.location.page], found


def _two_columns(left: str, right: str) -> bytes:
    lefts, rights = _wrapped(left, _LEFT_END - _LEFT), _wrapped(right * 2, _PAGE_END - _RIGHT)
    return _page(list(zip(lefts, rights)))


def test_a_letter_beside_staff_prose_a_narrow_gutter_away_is_read_alone():
    lines, found = _read(_two_columns(_LETTER, _STAFF))
    assert not any("\t" in line for line in lines)
    letter = _wrapped(_LETTER, _LEFT_END - _LEFT)
    assert lines[:len(letter)] == letter
    assert {("phone", "(909) 447-3086"), ("email", "r.achterberg55@outlook.com"),
            ("customer_name", "Rosalind Achterberg")} <= found


def test_staff_prose_on_the_left_of_a_letter_is_read_first():
    lines, found = _read(_two_columns(_STAFF, _LETTER))
    staff = _wrapped(_STAFF, _LEFT_END - _LEFT)
    assert lines[:len(staff)] == staff
    assert {("customer_name", "Rosalind Achterberg"), ("account_number", "6-38-205-9914")} <= found


def test_a_table_with_cells_a_narrow_gap_apart_stays_rows():
    rows = [("Ward 3 Neighborhood Cleanup Day", "Saturday April 12 at Ganesha Park"),
            ("Library Homework Help Desk Opening", "Monday March 3 at Main Library"),
            ("Senior Center Tax Preparation Clinic", "Tuesday February 18 at Palomares"),
            ("Youth Soccer League Registration", "Wednesday January 22 at Phillips Ranch"),
            ("Street Tree Planting Volunteers", "Thursday May 8 at Washington Park")]
    right_x = _LEFT + max(stringWidth(left, "Helvetica", _SIZE) for left, _ in rows) + 9
    lines, _ = _read(_page(rows, right_x))
    assert lines == [f"{left}\t{right}" for left, right in rows]


def test_a_form_of_labels_and_values_across_the_page_stays_rows():
    rows = [("Service address of the premises", "2290 N Garey Ave, Pomona, CA 91767"),
            ("Daytime phone number on file", "(909) 268-5521"),
            ("Email address for notices", "t.okafor.home@gmail.com"),
            ("PCE service account number", "7-11-630-2284")]
    right_x = _LEFT + max(stringWidth(left, "Helvetica", _SIZE) for left, _ in rows) + 9
    lines, found = _read(_page(rows, right_x))
    assert lines == [text for row in rows for text in row]  # each value labelled by its label
    assert ("phone", "(909) 268-5521") in found
