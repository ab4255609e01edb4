"""Failed redactions in generated PDFs, end to end through extraction and every detector: each kind of
box that leaves its text in the file is a ``bad_redaction`` finding (and the SSN under it an ``ssn``
finding), and the look-alikes that hide nothing are not."""
from __future__ import annotations

import io

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.test_extract_pdf import FONT, PAGE, raw_pdf, stream


def page(text: str = "") -> FPDF:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.text(20, 30, "Report of the utility billing review")
    if text:
        pdf.text(20, 60, text)
    return pdf


def findings(pdf: FPDF) -> list:
    document = extract("https://x/record.pdf", bytes(pdf.output()))
    return scan_document(document, load_detectors())


def categories(pdf: FPDF) -> list[str]:
    return sorted(f.category for f in findings(pdf))


def black_box(pdf: FPDF, colour=(0, 0, 0), x=18.0, w=90.0) -> None:
    pdf.set_fill_color(*colour)
    pdf.rect(x, 54, w, 9, style="F")


def test_a_black_box_over_an_ssn_is_a_bad_redaction_and_an_ssn():
    pdf = page("SSN: 512-34-6789")
    black_box(pdf, x=30, w=40)
    found = {f.category: f for f in findings(pdf)}
    assert set(found) == {"bad_redaction", "ssn"}
    redaction = found["bad_redaction"]
    assert redaction.severity == "high" and found["ssn"].severity == "high"
    assert redaction.masked == "***-**-6789" and "512-34" not in redaction.context
    assert redaction.location.page == 1 and redaction.location.line == 2
    assert redaction.hidden == "under a redaction box" and redaction.label == "SSN"
    left, top, right, bottom = redaction.location.box  # points from the page's top-left corner
    assert (round(left), round(top), round(right), round(bottom)) == (85, 153, 198, 179)
    assert found["ssn"].hidden == "under a redaction box"


@pytest.mark.parametrize("colour", [(200, 0, 0), (20, 40, 110), (90, 90, 90)])
def test_a_box_of_any_colour_hides_text(colour):
    pdf = page("Customer Jane Doe")
    black_box(pdf, colour)
    assert "bad_redaction" in categories(pdf)


def test_cross_hatching_over_a_box_hides_text():
    pdf = page("Customer Jane Doe, 4471 Orchard Lane")
    black_box(pdf, (90, 90, 90))
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    for x in range(18, 108, 5):
        pdf.line(x, 54, x + 5, 63)
        pdf.line(x, 63, x + 5, 54)
    assert "bad_redaction" in categories(pdf)


def test_a_box_built_from_many_thin_strokes_hides_text():
    pdf = page("Account 2-23-456-7890")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    for step in range(18):  # 18 strokes 0.6 mm wide, 0.5 mm apart: none of them a box
        pdf.line(18, 54 + step * 0.5, 95, 54 + step * 0.5)
    assert categories(pdf) == ["account_number", "bad_redaction"]


def test_a_redaction_drawn_as_one_thick_stroke_hides_text():
    pdf = page("Account 2-23-456-7890")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(9)  # a marker line 9 mm wide, the text's height, drawn along it
    pdf.line(18, 58.5, 95, 58.5)
    assert categories(pdf) == ["account_number", "bad_redaction"]


def test_a_frame_around_a_paragraph_paints_only_near_its_edges():
    """A stroked path is measured by its segments: a frame drawn over a caption has the caption in its box
    but can paint only near its edges, so the caption is no suspect; a thick stroke can paint over text."""
    import pypdfium2 as pdfium

    from crawler.extract.pdf.objects import PATH, page_objects, stroke_boxes

    pdf = page()
    pdf.text(110, 150, "Figure 2: service area")
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(100, 120, 80, 60, style="D")
    pdf.set_line_width(9)
    pdf.line(18, 58.5, 95, 58.5)
    document = pdfium.PdfDocument(bytes(pdf.output()))
    first = document[0]  # kept: the objects' handles live as long as their page
    frame, stroke = [o for o in page_objects(first).shapes if o.kind == PATH]
    caption = (110 * 72 / 25.4, (297 - 152) * 72 / 25.4, 160 * 72 / 25.4, (297 - 147) * 72 / 25.4)  # x0, y0, x1, y1
    edges = stroke_boxes(frame)
    assert len(edges) >= 4 and all(b[2] < caption[0] or b[0] > caption[2] or b[3] < caption[1] or b[1] > caption[3]
                                   for b in edges)
    (line,) = stroke_boxes(stroke)
    assert line[3] - line[1] >= 9 * 72 / 25.4 and line[0] <= 18 * 72 / 25.4 and line[2] >= 95 * 72 / 25.4
    first.close()
    document.close()


def test_text_in_the_colour_of_the_box_under_it_is_hidden():
    pdf = page()
    black_box(pdf)
    pdf.set_text_color(0, 0, 0)
    pdf.text(20, 60, "Jane Doe 512-34-6789")
    found = findings(pdf)
    # the SSN under the box is an ssn finding too, and the name beside it a customer's
    assert {f.category for f in found} == {"bad_redaction", "ssn", "customer_name"}
    assert found[0].hidden == "in the colour of the box under it"


def test_a_dark_image_over_text_hides_it():
    image = io.BytesIO()
    Image.new("RGB", (200, 40), (0, 0, 0)).save(image, "PNG")
    pdf = page("SSN 512-34-6789")
    pdf.image(image, x=28, y=54, w=45, h=9)
    assert categories(pdf) == ["bad_redaction", "ssn"]


def test_redactions_far_apart_on_a_page_are_each_found_beside_a_frame_that_hides_nothing():
    """Suspects at the top and the bottom of a page are rendered as separate windows: each redaction is
    still found with its own box, and a caption under the frame drawn over it stays visible."""
    pdf = page("SSN: 512-34-6789")
    black_box(pdf, x=30, w=40)
    pdf.text(20, 260, "Account 2-23-456-7890")
    pdf.set_fill_color(20, 20, 20)
    pdf.rect(36, 255, 60, 7, style="F")
    pdf.text(110, 150, "Figure 2: service area")
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(100, 120, 80, 60, style="D")  # a figure's frame, drawn over its caption
    document = extract("https://x/record.pdf", bytes(pdf.output()))
    hidden = [(s.text, s.location.line) for s in document.segments if s.hidden]
    assert hidden == [("512-34-6789", 2), ("2-23-456-7890", 4)]
    assert "Figure 2: service area" in [s.text for s in document.segments if s.hidden is None]
    boxes = [s.location.box for s in document.segments if s.hidden]
    assert boxes[0][1] < 200 < boxes[1][1]


def test_a_white_box_over_text_is_a_medium_finding():
    pdf = page("SSN 512-34-6789")
    black_box(pdf, (255, 255, 255), x=30, w=40)
    found = {f.category: f.severity for f in findings(pdf)}
    assert found == {"bad_redaction": "medium", "ssn": "high"}


def test_a_proper_redaction_with_no_text_under_the_box_is_not_a_finding():
    pdf = page()
    black_box(pdf)
    pdf.text(20, 80, "The applicant's number was removed before publication.")
    assert categories(pdf) == []


def test_a_redaction_tool_stamp_under_the_box_is_not_a_finding():
    pdf = page("(b)(6)")
    black_box(pdf)
    assert categories(pdf) == []


@pytest.mark.parametrize("paint", [
    pytest.param(lambda pdf: _translucent(pdf, fill_opacity=0.4), id="transparent highlight"),
    pytest.param(lambda pdf: _translucent(pdf, blend_mode="Multiply"), id="multiply highlight"),
])
def test_a_highlight_over_text_hides_nothing(paint):
    pdf = page("Highlighted: Resolution 2024-118 adopted")
    paint(pdf)
    assert categories(pdf) == []


def _translucent(pdf: FPDF, **context) -> None:
    with pdf.local_context(**context):
        black_box(pdf, (255, 230, 0))


def test_white_text_on_a_dark_header_bar_is_not_hidden():
    pdf = page()
    black_box(pdf, (30, 30, 120))
    pdf.set_text_color(255, 255, 255)
    pdf.text(20, 60, "CITY OF POMONA UTILITY SERVICES")
    document = extract("https://x/a.pdf", bytes(pdf.output()))
    assert all(s.hidden is None for s in document.segments if s.location.page)
    assert "CITY OF POMONA UTILITY SERVICES" in [s.text for s in document.segments]


def test_table_shading_and_form_field_backgrounds_under_text_hide_nothing():
    pdf = page()
    for row, (fill, text) in enumerate([((225, 225, 225), "Fund 101 General 4,512,300"),
                                        ((255, 255, 255), "Name: ____________________"),
                                        ((200, 220, 255), "Date of hearing: March 4")]):
        pdf.set_fill_color(*fill)
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(18, 84 + row * 12, 120, 9, style="DF")
        pdf.text(20, 90 + row * 12, text)
    document = extract("https://x/a.pdf", bytes(pdf.output()))
    assert all(s.hidden is None for s in document.segments if s.location.page)
    assert scan_document(document, load_detectors()) == []


@pytest.mark.parametrize("annotation, hidden", [
    (b"/Subtype /Redact /QuadPoints [150 735 260 735 150 715 260 715]", "marked for redaction, never applied"),
    (b"/Subtype /Highlight /C [0 0 0] /QuadPoints [150 735 260 735 150 715 260 715]",
     "under a dark highlight or box annotation"),
    (b"/Subtype /Square /IC [0.1 0.1 0.1]", "under a dark highlight or box annotation"),
    (b"/Subtype /Highlight /C [1 1 0] /QuadPoints [150 735 260 735 150 715 260 715]", None),
    (b"/Subtype /Square /C [1 0 0]", None),
])
def test_redactions_made_with_annotations_hide_nothing_of_the_text_layer(annotation, hidden):
    body = raw_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
                   PAGE % (5, b"/Annots [6 0 R]"),
                   stream(b"BT /F1 12 Tf 72 720 Td (Applicant SSN 512-34-6789) Tj ET"),
                   b"<< /Type /Annot /Rect [150 715 260 735] %s >>" % annotation)
    document = extract("https://x/a.pdf", body)
    found = {f.category: f for f in scan_document(document, load_detectors())}
    if hidden is None:
        assert set(found) == {"ssn"} and found["ssn"].hidden is None
    else:
        assert set(found) == {"bad_redaction", "ssn"}
        assert found["bad_redaction"].hidden == hidden and found["bad_redaction"].label == "Applicant SSN"
        assert found["bad_redaction"].location.box == (150.0, 57.0, 260.0, 77.0)


def _scan(bars: tuple = ()) -> io.BytesIO:
    """A letter-size scan (850 x 1100 pixels) of a typed letter, with black bars burned in at ``bars``."""
    scan = Image.new("RGB", (850, 1100), (250, 250, 247))
    draw = ImageDraw.Draw(scan)
    for line in range(18):
        draw.text((90, 220 + 32 * line), "Thank you for reviewing the charges on my account this month.", fill=(25, 25, 25))
    for bar in bars:
        draw.rectangle(bar, fill=(0, 0, 0))
    image = io.BytesIO()
    scan.save(image, "PNG")
    return image


_PIXELS_A_MM = 850 / 215.9


def _scanned_page(stamp_y: float, stamp: str, bars: tuple = ()) -> FPDF:
    """A packet page: its stamp drawn first, then the scan placed over the whole page."""
    pdf = FPDF(format="letter")
    pdf.set_font("helvetica", size=8)
    pdf.add_page()
    pdf.text(120, stamp_y, stamp)
    pdf.image(_scan(bars), x=0, y=0, w=215.9, h=279.4)
    return pdf


@pytest.mark.parametrize("stamp_y", [8, 272])
def test_a_packet_stamp_under_a_whole_page_scan_is_no_redaction(stamp_y):
    pdf = _scanned_page(stamp_y, "Special Utility Board Meeting 2026-03-09  Packet Pg. 47")
    assert "bad_redaction" not in categories(pdf)


def test_a_bar_burned_into_a_whole_page_scan_over_its_text_layer_hides_it():
    y = 150  # mm: the body of the page
    bar = tuple(round(v * _PIXELS_A_MM) for v in (118, y - 4, 170, y + 2))
    pdf = _scanned_page(y, "SSN 623-41-8870", bars=(bar,))
    assert categories(pdf) == ["bad_redaction", "ssn"]


def test_text_under_a_scans_blank_paper_within_the_page_body_is_still_hidden():
    pdf = _scanned_page(150, "Customer Halvard Ekstrom owes 2-71-118-3304")
    assert "bad_redaction" in categories(pdf)


def test_a_stamp_under_a_white_box_in_the_margin_is_still_hidden():
    pdf = page()
    pdf.set_font("helvetica", size=8)
    pdf.text(120, 8, "SSN 623-41-8870")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(110, 3, 80, 8, style="F")
    assert "bad_redaction" in categories(pdf)


def _labelled_rows(rows: list[tuple[str, str]], boxed: str) -> FPDF:
    """A record printed as "Label: value" rows, the value of the row ``boxed`` under a black box."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.text(20, 30, "Deposit waiver review")
    for i, (label, value) in enumerate(rows):
        y = 50 + 10 * i
        pdf.text(20, y, f"{label}:")
        pdf.text(60, y, value)
        if label == boxed:
            pdf.set_fill_color(0, 0, 0)
            pdf.rect(58, y - 6, 60, 8, style="F")
    return pdf


def test_a_customer_name_under_a_box_in_a_labelled_record_is_a_customer_name_too():
    """The box sits inside the printed record: the name under it is the record's, read with the labels around it."""
    pdf = _labelled_rows([("Customer", "Oyelaran Adebisi"), ("Account no.", "7-310-448-925")], boxed="Customer")
    found = {(f.category, f.value) for f in findings(pdf)}
    assert ("bad_redaction", "Oyelaran Adebisi") in found and ("customer_name", "Oyelaran Adebisi") in found
    assert ("account_number", "7-310-448-925") in found


def test_a_staff_name_under_a_box_is_a_bad_redaction_only():
    pdf = _labelled_rows([("Prepared by", "Marguerite Okafor"), ("Title", "Billing Supervisor"),
                          ("Department", "Utility Services")], boxed="Prepared by")
    assert categories(pdf) == ["bad_redaction"]
