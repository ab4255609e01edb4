"""A ruled table printed sideways on a portrait page (its cells drawn turned, right after an upright heading, with no
line break between them in PDFium's text) is read as the table turned upright: its lines are rows, its cells
columns. Customer blocks set in two frames, the left one drawn to its end before the right one, are read a column
at a time, each block's lines together. Public tables turned sideways, public newsletters in two columns, a
diagonal DRAFT watermark, a form whose values are drawn after its labels and a table drawn column by column read
as before."""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_CALLBACKS = [["Name", "Address", "Callback #", "Gas Acct", "Notes"],
              ["Dolores Ybarra", "4416 Cypress Hollow Rd", "803.552.7316", "G-731904-58", "pilot out, relit"],
              ["Tobias Wrenfield", "918 Pelican Shoal Ct", "(864) 330-9127", "G-264518-09", "odor at meter"]]
_CALLBACK_VALUES = {"Dolores Ybarra", "4416 Cypress Hollow Rd", "803.552.7316", "G-731904-58",
                    "Tobias Wrenfield", "918 Pelican Shoal Ct", "(864) 330-9127", "G-264518-09"}
_BUDGET = [["Fund", "Department", "Adopted FY26", "Revised FY26"],
           ["101 General", "Parks and Recreation", "4,318,200", "4,402,750"],
           ["510 Electric", "Utility Operations", "61,904,000", "62,110,400"],
           ["520 Water", "Water Treatment Plant", "12,775,300", "12,775,300"]]


def _findings(body: bytes, name: str = "packet.pdf") -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(extract(name, body), load_detectors({}))}


def _values(body: bytes) -> set[str]:
    return {value for _, value in _findings(body)}


def _lines(body: bytes) -> list[str]:
    return [s.text for s in extract("packet.pdf", body).segments if s.location.page]


class _Turned(Flowable):
    """A flowable drawn turned by ``angle`` degrees (90: read bottom to top; 270: top to bottom)."""

    def __init__(self, inner: Flowable, angle: int):
        super().__init__()
        self.inner, self.angle = inner, angle

    def wrap(self, available_width, available_height):
        self.inner_width, self.inner_height = self.inner.wrap(available_height, available_width)
        return self.inner_height, self.inner_width

    def draw(self):
        self.canv.rotate(self.angle)
        if self.angle == 90:
            self.inner.drawOn(self.canv, 0, -self.inner_height)
        else:
            self.inner.drawOn(self.canv, -self.inner_width, 0)


def _grid(rows: list[list[str]]) -> Table:
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    return table


def _document(story: list, page_rotation: int = 0) -> bytes:
    out = io.BytesIO()
    template = BaseDocTemplate(out, pagesize=letter)

    def turn_page(canv, _doc):
        if page_rotation:
            canv.setPageRotation(page_rotation)

    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height)
    template.addPageTemplates([PageTemplate(frames=[frame], onPage=turn_page)])
    template.build(story)
    return out.getvalue()


def _turned_table(rows: list[list[str]], angle: int, heading: str, page_rotation: int = 0) -> bytes:
    styles = getSampleStyleSheet()
    return _document([Paragraph(heading, styles["Heading2"]), _Turned(_grid(rows), angle)], page_rotation)


def test_a_ruled_table_turned_sideways_under_a_heading_is_read_as_its_rows():
    body = _turned_table(_CALLBACKS, 90, "Attachment H - Meter Callback List")
    assert _CALLBACK_VALUES <= _values(body)
    assert any(line.startswith("Dolores Ybarra\t4416 Cypress Hollow Rd") for line in _lines(body))


def test_a_table_turned_the_other_way_or_on_a_page_turned_by_rotate_is_read_as_well():
    assert _CALLBACK_VALUES <= _values(_turned_table(_CALLBACKS, 270, "Attachment H - Meter Callback List"))
    assert _CALLBACK_VALUES <= _values(_turned_table(_CALLBACKS, 90, "Attachment H - Meter Callback List", 90))


def test_a_turned_budget_table_stays_a_public_table():
    body = _turned_table(_BUDGET, 90, "Exhibit 2 - Fund Summary")
    assert not _findings(body)
    assert any(line.startswith("510 Electric\tUtility Operations") for line in _lines(body))


def _watermarked_table(watermark_first: bool) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)

    def watermark():
        page.saveState()
        page.setFont("Helvetica-Bold", 72)
        page.setFillGray(0.85)
        page.translate(150, 250)
        page.rotate(45)
        page.drawString(0, 0, "DRAFT")
        page.restoreState()

    if watermark_first:
        watermark()
    page.setFont("Helvetica", 10)
    page.drawString(72, 720, "Callback list for the week of June 8")
    for row_number, row in enumerate(_CALLBACKS):
        for x, cell in zip((72, 170, 300, 390, 470), row[:4] + [""]):
            page.drawString(x, 690 - 16 * row_number, cell)
    if not watermark_first:
        watermark()
    page.showPage()
    page.save()
    return out.getvalue()


def test_a_diagonal_draft_watermark_does_not_scramble_the_page():
    for watermark_first in (True, False):
        body = _watermarked_table(watermark_first)
        lines = _lines(body)
        assert any(line.startswith("Dolores Ybarra\t4416 Cypress Hollow Rd") for line in lines), lines
        assert _CALLBACK_VALUES <= _values(body)


_BLOCKS = [("ESCOBEDO", "Marisol", "6620 Tidewater Ln Apt 12", "Port Selden, SC 29418", "(843) 518-2294",
            "41-77302-1186"),
           ("HALVERSEN", "Gunnar", "207 Palmetto Rise", "Port Selden, SC 29418", "843-227-6041", "41-90418-3327"),
           ("OYELARAN", "Funmi", "1185 Marsh Hen Way", "Port Selden, SC 29419", "843.604.7718", "41-35560-9042"),
           ("TRUONG", "Bich", "3302 Oyster Point Dr", "Port Selden, SC 29418", "(843) 771-5380", "41-62215-4473"),
           ("DELACROIX", "Renee", "59 Spanish Moss Ct", "Port Selden, SC 29420", "843-339-8805", "41-18094-7731"),
           ("McALISTER", "Owen", "4471 Heron Bay Rd", "Port Selden, SC 29418", "(843) 452-0617", "41-50971-2268"),
           ("PRZYBYLSKI", "Agata", "812 Sweetgrass Blvd", "Port Selden, SC 29419", "843.918.2240", "41-29983-6605")]


def _two_frames(story: list) -> bytes:
    out = io.BytesIO()
    template = BaseDocTemplate(out, pagesize=letter)
    width = (template.width - 18) / 2
    frames = [Frame(template.leftMargin, template.bottomMargin, width, template.height, id="left"),
              Frame(template.leftMargin + width + 18, template.bottomMargin, width, template.height, id="right")]
    template.addPageTemplates([PageTemplate(frames=frames)])
    template.build(story)
    return out.getvalue()


def _block_story(blocks, height: int) -> list:
    styles = getSampleStyleSheet()
    story = [Paragraph("Attachment E - Deposit Waiver Requests", styles["Heading2"])]
    for surname, given, street, city, phone, account in blocks:
        story.append(Paragraph(
            f"<b>{surname}</b>, <b>{given}</b><br/>{street}<br/>{city}<br/>Customer phone: {phone}<br/>"
            f"Electric Acct No.: {account}<br/>Requested a waiver of the deposit after twelve months of "
            f"on-time payments.", styles["Normal"]))
        story.append(Spacer(1, 6))
    story.append(Spacer(1, height))
    return story


def test_customer_blocks_in_two_frames_are_read_a_column_at_a_time():
    body = _two_frames(_block_story(_BLOCKS * 2, 0))
    lines = _lines(body)
    assert not any("\t" in line for line in lines)
    for surname, _, street, _, phone, _ in _BLOCKS:
        at = lines.index(next(line for line in lines if line.startswith(surname)))
        assert lines[at + 1] == street and phone in lines[at + 3], lines[at:at + 4]


def test_customer_blocks_in_two_frames_give_what_one_column_gives():
    one_column = _document(_block_story(_BLOCKS * 2, 0))
    assert _values(_two_frames(_block_story(_BLOCKS * 2, 0))) == _values(one_column)


def test_a_public_two_column_newsletter_stays_clean():
    styles = getSampleStyleSheet()
    story = [Paragraph("City Currents - Summer Edition", styles["Heading2"])]
    for _ in range(6):
        story += [Paragraph("<b>Council Member Priya Venkataraman</b> thanked residents who spoke at the budget "
                            "hearing on the new splash pad at Ashley Park. The council adopted the parks plan on a "
                            "five to two vote after a long evening of public comment.", styles["Normal"]),
                  Paragraph("Energy tips: the average residential customer uses 1,046 kWh a month in July. Call "
                            "the Energy Office at (843) 720-3100 or visit City Hall, 80 Broad St, for a free kit.",
                            styles["Normal"]),
                  Spacer(1, 8)]
    body = _two_frames(story)
    found = _values(body)
    assert not found & {"Priya Venkataraman", "1,046 kWh", "80 Broad St"}, found


def _drawn_in_columns(columns: list[list[str]], xs: tuple[int, ...]) -> bytes:
    """Each column's lines drawn top to bottom before the next column's, level with each other."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    page.setFont("Helvetica", 10)
    for x, column in zip(xs, columns):
        for row_number, text in enumerate(column):
            page.drawString(x, 700 - 14 * row_number, text)
    page.showPage()
    page.save()
    return out.getvalue()


def test_a_form_whose_values_are_drawn_after_its_labels_keeps_each_value_with_its_label():
    body = _drawn_in_columns([["Customer name:", "Service address:", "Phone:", "Account number:"],
                              ["Yusuf Adeyemi-Clarke", "2290 Marsh Point Rd", "(843) 406-9912", "41-66830-2714"]],
                             (72, 200))
    lines = _lines(body)
    assert "Customer name: Yusuf Adeyemi-Clarke" in [line.replace("\t", " ") for line in lines], lines
    assert {"Yusuf Adeyemi-Clarke", "2290 Marsh Point Rd", "(843) 406-9912", "41-66830-2714"} <= _values(body)


def test_a_table_drawn_column_by_column_is_read_as_rows():
    columns = [list(column) for column in zip(*_CALLBACKS)][:4]
    body = _drawn_in_columns(columns, (72, 170, 300, 390))
    assert any(line.startswith("Dolores Ybarra\t4416 Cypress Hollow Rd") for line in _lines(body))
    assert _CALLBACK_VALUES <= _values(body)


def test_a_table_whose_wrapped_cells_are_drawn_one_after_the_other_stays_rows():
    styles = getSampleStyleSheet()
    small = styles["Normal"].clone("small", fontSize=7, leading=8)
    rows = [["Customer", "Service address", "Contact", "Request"],
            *[[Paragraph(f"{name}<br/>Acct {account}<br/>opened 2019<br/>by phone", styles["Normal"]),
               Paragraph(f"{street}<br/>Unit {unit}<br/>Port Selden<br/>SC 29418", styles["Normal"]),
               Paragraph(f"Phone {phone}<br/>prefers texts<br/>after 5 pm", small),
               Paragraph("Deposit waiver after 12 months of on-time payments, reviewed by billing staff on "
                         "June 3", styles["Normal"])]
              for name, account, street, unit, phone in (
                  ("Marisol Escobedo", "41-77302-1186", "6620 Tidewater Ln", 12, "(843) 518-2294"),
                  ("Gunnar Halversen", "41-90418-3327", "207 Palmetto Rise", 3, "843-227-6041"),
                  ("Funmi Oyelaran", "41-35560-9042", "1185 Marsh Hen Way", 7, "843.604.7718"))]]
    table = _grid(rows)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    body = _document([table])
    lines = _lines(body)
    assert any(line.startswith("Marisol Escobedo\t6620 Tidewater Ln") for line in lines), lines
    assert {"Marisol Escobedo", "(843) 518-2294", "Funmi Oyelaran", "843.604.7718"} <= _values(body)


def test_a_two_column_pages_footer_drawn_with_the_first_column_is_read_after_both():
    """A page that draws its heading and its footer ("Page 93 of 120") before its left column's text: the footer
    stays at the page's foot, and a name the column break cuts ("Losa" / "Leiataua") reads on."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 750, "Board of Light Commissioners - Agenda Packet")
    pdf.drawString(280, 28, "Page 93 of 120")
    left = ["Abatement appeal. Noor Haddad of 405 Water St", "appealed the denial of an abatement on account",
            "07-3844-15. The customer states the meter was", "read in error and asks that correspondence go to",
            "nhaddad@verizon.net. Staff recommend a partial", "credit. Map-Lot 12-045-003 (Operations",
            "Center, 40 Station Ave) was transferred to the", "care and custody of the Light Board by Town",
            "Meeting Article 22. Abatement appeal. Losa"]
    right = ["Leiataua of 477 Meetinghouse Hill Rd appealed", "the denial of an abatement on account",
             "08-7087-13. The customer states the meter was", "read in error and asks that correspondence go to",
             "losa.leiataua47@aol.com. Staff recommend a", "partial credit. Power supply costs through the",
             "wholesale supplier were 3.1% below forecast", "because of mild weather in December and",
             "lower capacity charges in 2025."]
    for column, x in ((left, 72), (right, 320)):
        for i, line in enumerate(column):
            pdf.drawString(x, 700 - 12 * i, line)
    pdf.showPage()
    pdf.save()
    lines = _lines(out.getvalue())
    assert lines.index("Page 93 of 120") == len(lines) - 1
    assert lines.index("Meeting Article 22. Abatement appeal. Losa") + 1 == lines.index(
        "Leiataua of 477 Meetinghouse Hill Rd appealed")
