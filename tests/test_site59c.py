"""Rules of round 59's site59c (records deep inside big PDFs), with hard negatives.

- A PDF's scanned pages are read by OCR after every page's text, and OCR stops in time for that text to be checked:
  scanned letters early in a long packet no longer use up the time of the typed pages after them (a delinquency
  list on page 280); the scans the time does not reach are listed as not read.
"""
from __future__ import annotations

import io

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import crawler.extract.pdf.pages as pdf_pages
from crawler.extract import extract
from detectors.engine import scan_document
from detectors.model import Location
from detectors.registry import load_detectors

_SITE = "https://www.lagunaverde.gov/"


def _packet(pages: list[str | None]) -> bytes:
    """A PDF of one line of text a page; None: a scanned page (a picture of a page, no text layer)."""
    scan = Image.new("L", (850, 1100), 250)
    ImageDraw.Draw(scan).rectangle((100, 100, 700, 140), fill=30)
    picture = io.BytesIO()
    scan.save(picture, "PNG")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for text in pages:
        if text is None:
            picture.seek(0)
            pdf.drawImage(ImageReader(picture), 0, 0, 612, 792)
        else:
            pdf.drawString(72, 720, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


_LATE_RECORD = "Shutoff list: Tavita Faleolo, SSN 623-41-8890, acct 4-21-873-1190."
_PACKET = ["Agenda item 4: tree trimming contract, Westgate Engineering Group.", None, None,
           "Budget: 101-4510-52100 Electricity 48,210.", _LATE_RECORD]


def _ocr_reading(lines: dict[int, str], run_out_on: int | None = None):
    """A stand-in for the OCR of a scanned page: adds ``lines[page]``; the time runs out while page ``run_out_on``
    is read."""
    def ocr(builder, page, number, objects):
        if number == run_out_on:
            builder.deadline = 0.0
        if number in lines:
            builder.add(lines[number], Location(page=number, line=1, ocr=True))
    return ocr


def test_scans_that_use_up_the_time_leave_the_typed_pages_after_them_read_and_checked(monkeypatch):
    monkeypatch.setattr(pdf_pages, "_ocr", _ocr_reading({}, run_out_on=2))
    document = extract(_SITE + "packet.pdf", _packet(_PACKET), "application/pdf", deadline=10 ** 12)
    assert document.unchecked == ["needs OCR: page 3 not read within the time limit"]
    found = {(f.category, f.value) for f in scan_document(document, load_detectors())}
    assert ("ssn", "623-41-8890") in found


def test_a_scanned_page_read_later_keeps_its_place_among_the_pages(monkeypatch):
    monkeypatch.setattr(pdf_pages, "_ocr", _ocr_reading({2: "Letter received from a resident.", 3: "Page three."}))
    document = extract(_SITE + "packet.pdf", _packet(_PACKET), "application/pdf", deadline=10 ** 12)
    assert document.unchecked == []
    pages = [s.location.page for s in document.segments if s.location.page]
    assert pages == sorted(pages) and {2, 3, 5} <= set(pages)


def test_ocr_stops_where_the_checking_of_the_text_would_run_short(monkeypatch):
    monkeypatch.setattr(pdf_pages, "_ocr", _ocr_reading({2: "never read"}))
    monkeypatch.setattr(pdf_pages, "_CHECKING_PER_READING", 10 ** 15)
    document = extract(_SITE + "packet.pdf", _packet(_PACKET), "application/pdf", deadline=10 ** 12)
    assert document.unchecked == ["needs OCR: pages 2, 3 not read within the time limit"]
    assert "never read" not in {s.text for s in document.segments}
    assert _LATE_RECORD in {s.text for s in document.segments}


def test_without_a_time_limit_every_scan_is_read_and_nothing_is_listed(monkeypatch):
    monkeypatch.setattr(pdf_pages, "_ocr", _ocr_reading({2: "Letter received from a resident."}))
    document = extract(_SITE + "packet.pdf", _packet(_PACKET), "application/pdf")
    assert document.unchecked == [] and "Letter received from a resident." in {s.text for s in document.segments}


def _run(text: str, x: float, y: float) -> list:
    from crawler.extract.pdf.text import PdfWord
    return [PdfWord(word, x + 30 * k, y, x + 30 * k + 25, y + 9.5) for k, word in enumerate(text.split())]


def test_an_address_cut_at_the_foot_of_a_column_goes_on_at_the_top_of_the_next_not_after_the_page_number():
    """A memo in two columns on one baseline grid, drawn as a layout program draws it: the running head and the
    page's foot first, the left column to its end (two lines longer than the right), then the right one. The foot is
    read after both columns, so the left column's last line ("... meter at 4417") runs on into the right one's first
    ("N. Ironbark Ln ...")."""
    from crawler.extract.pdf.pages import _drawn_columns
    head, foot = _run("Laguna Verde Utility Commission", 40, 760), _run("Agenda Packet Page 9", 480, 24)
    left = [_run("account 41 closed" if n % 3 else "routine item", 54, 700 - 11.5 * n) for n in range(13)]
    left.append(_run("the meter at 4417", 54, 700 - 11.5 * 13))
    right = [_run("N. Ironbark Ln, SSN 548-20-7713", 320, 700)]
    right += [_run("item 7 heard" if n % 3 else "no change", 320, 700 - 11.5 * n) for n in range(1, 12)]
    columns = _drawn_columns([head, foot] + left + right)
    assert [columns[0][-1], columns[1][0], columns[-1]] == [left[-1], right[0], [foot]]


def test_the_left_column_s_own_last_lines_stay_with_it_and_only_the_page_s_foot_is_read_last():
    """Hard negative: a left column longer than the right one keeps its last lines (no gap sets them apart); only
    the foot a gap sets apart from them is read after the columns."""
    from crawler.extract.pdf.pages import _foot
    from crawler.extract.pdf.text import PdfWord

    def run(y):
        return [PdfWord("text", 54, y, 200, y + 9.5)]
    column = [run(700 - 11.5 * n) for n in range(12)]
    lowest = 700 - 11.5 * 8  # the right column's last line
    assert _foot(column, lowest) == []
    foot = run(24)
    assert _foot(column + [foot], lowest) == [foot]


def test_a_page_number_is_no_house_number():
    """Hard negative: a page's foot ("Page 7") over the next line's street is no address."""
    from detectors.context.shapes import address_across
    assert address_across("Public Works Department - Page 7", "Elm Street resurfacing begins June 3") is None
    assert address_across("Agenda Packet pg. 12", "W. Holt Ave corridor study") is None
    assert address_across("the meter at 4417 N.", "Ironbark Ln was replaced") is not None


def _lines_found(*lines: str) -> set[tuple[str, str]]:
    from detectors.model import Document, Segment
    document = Document(url=_SITE + "files/exhibits.pdf", content_type="application/pdf")
    document.segments = [Segment(line, Location(page=4, line=n)) for n, line in enumerate(lines, 1)]
    return {(f.category, f.value) for f in scan_document(document, load_detectors())}


def test_a_password_set_to_a_value_that_opens_the_next_line_is_found_as_on_one_line():
    assert ("credential", "Lantern#4490q") in _lines_found(
        "Exhibit D. The dispatch kiosk's admin account was reset to", "Lantern#4490q after the audit; change it.")
    assert ("credential", "Q81#ferrule") in _lines_found(
        "Go-live: the billing clerk login (bclerk) was set to:", "Q81#ferrule by the vendor on March 3.")


def test_a_rate_or_a_default_set_to_on_the_next_line_is_no_password():
    """Hard negatives: a rate plan, factory defaults, a schedule's name."""
    for lines in (("The meter's display was reset to", "TOU-D-PRIME on June 2 by the installer."),
                  ("All copiers at City Hall were reset to", "factory defaults on June 2."),
                  ("Customer accounts were set to", "TOU-D-4-9PM on May 1, 2026 (Resolution 2026-41).")):
        assert not {value for category, value in _lines_found(*lines) if category == "credential"}
