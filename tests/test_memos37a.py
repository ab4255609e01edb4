"""Parts of Office and OpenDocument files that are published with the file yet were not read: an Excel workbook's
threaded comments and a chart caching data its sheet no longer holds, a PowerPoint template's sample text typed
into a layout's placeholder, an OpenDocument text's hidden paragraph and a picture's description, an RTF letter's
custom properties and the titles of parts a Word file lists in docProps/app.xml."""
from __future__ import annotations

import io
import zipfile

from crawler.extract import extract
from crawler.extract.sniff import ODT
from tests.detector_helpers import pairs_found, values_of
from tests.test_extract_opendocument import package

_THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"


def _rewritten(body: bytes, changes: dict[str, bytes]) -> bytes:
    """The zip ``body`` with the parts of ``changes`` replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(body)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in changes:
                target.writestr(info, source.read(info.filename))
        for name, data in changes.items():
            target.writestr(name, data)
    return out.getvalue()


def _saved(book) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _workbook_with_thread(legacy_note: str | None) -> bytes:
    """A sign-up sheet whose cell D4 has a threaded comment and a reply (xl/threadedComments, as Excel 365 and
    Excel on the web write them), with ``legacy_note`` as the cell's note for older readers, or none."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    book = Workbook()
    sheet = book.active
    sheet.title = "Sign-ups"
    sheet.append(["Date", "Workshop", "Staff", "Notes"])
    for day in range(3):
        sheet.append([f"2025-08-0{day + 1}", "Washington Park", "Desk B", ""])
    if legacy_note:
        sheet["D4"].comment = Comment(legacy_note, "Desk B")
    body = _saved(book)
    thread = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/'
        'office/spreadsheetml/2018/threadedcomments"><threadedComment ref="D4" dT="2025-08-03T09:00:00.00" '
        'personId="{A1}" id="{C1}"><text>Customer Wendeline Ostrova (w.ostrova@fastmail.example) wants the '
        'rebate forms. SCE acct 7310 4482 9065.</text></threadedComment><threadedComment ref="D4" '
        'dT="2025-08-03T10:00:00.00" personId="{A1}" id="{C2}" parentId="{C1}"><text>Mailed on Monday.</text>'
        '</threadedComment></ThreadedComments>').encode()
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        names = archive.namelist()
        rels_name = "xl/worksheets/_rels/sheet1.xml.rels"
        rels = archive.read(rels_name).decode() if rels_name in names else (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    rels = rels.replace("</Relationships>", f'<Relationship Id="rIdTc1" Type="{_THREADED}" '
                                             'Target="../threadedComments/threadedComment1.xml"/></Relationships>')
    return _rewritten(body, {rels_name: rels.encode(), "xl/threadedComments/threadedComment1.xml": thread})


def test_a_threaded_comment_without_a_legacy_copy_is_read_at_its_cell():
    document = extract("https://www.pomonachoiceenergy.org/files/signups.xlsx", _workbook_with_thread(None))
    comments = [(s.text, s.location.element, s.hidden) for s in document.segments if s.hidden == "cell comment"]
    assert ("Customer Wendeline Ostrova (w.ostrova@fastmail.example) wants the rebate forms. SCE acct 7310 4482 9065.",
            "'Sign-ups'!D4", "cell comment") in comments
    assert ("Mailed on Monday.", "'Sign-ups'!D4", "cell comment") in comments


def test_the_customer_in_a_threaded_comment_is_found():
    found = pairs_found("https://www.pomonachoiceenergy.org/files/signups.xlsx", _workbook_with_thread(None))
    assert values_of(found, "customer_name") == {"Wendeline Ostrova"}
    assert values_of(found, "email") == {"w.ostrova@fastmail.example"}
    assert values_of(found, "account_number") == {"7310 4482 9065"}


def test_a_threaded_comment_its_legacy_note_already_holds_is_read_once():
    note = ("[Threaded comment] Your version of Excel allows you to read this threaded comment. Comment: Customer "
            "Wendeline Ostrova (w.ostrova@fastmail.example) wants the rebate forms. SCE acct 7310 4482 9065.")
    document = extract("https://www.pomonachoiceenergy.org/files/signups.xlsx", _workbook_with_thread(note))
    assert sum("Wendeline Ostrova" in s.text for s in document.segments) == 1
    assert any(s.text == "Mailed on Monday." for s in document.segments)  # the reply Excel left out of the note


def _workbook_with_chart(names: list[str], kwh: list[int], cleared: bool) -> bytes:
    """A chart of the top users' kWh over a data sheet; ``cleared``: the sheet's rows overwritten with a
    placeholder after the chart was drawn, its cache keeping the old points (Excel shows them until a recalc)."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    book = Workbook()
    book.active.title = "Summary"
    book.active.append(["Top residential users, August"])
    data = book.create_sheet("Data")
    data.append(["Customer", "Aug kWh"])
    for name, value in zip(names, kwh):
        data.append(["(see CIS)", 0] if cleared else [name, value])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=2, max_row=len(names) + 1))
    chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=len(names) + 1))
    book.active.add_chart(chart, "A3")
    body = _saved(book)
    cache = "".join(f'<pt idx="{i}"><v>{name}</v></pt>' for i, name in enumerate(names))
    values = "".join(f'<pt idx="{i}"><v>{value}</v></pt>' for i, value in enumerate(kwh))
    with zipfile.ZipFile(io.BytesIO(body)) as archive:  # openpyxl writes the chart's references without caches
        xml = archive.read("xl/charts/chart1.xml").decode()
    xml = xml.replace("$A$2:$A$4</f>", f"$A$2:$A$4</f><strCache><ptCount val=\"3\"/>{cache}</strCache>")
    xml = xml.replace("$B$2:$B$4</f>", f"$B$2:$B$4</f><numCache><ptCount val=\"3\"/>{values}</numCache>")
    assert "strCache" in xml and "numCache" in xml
    return _rewritten(body, {"xl/charts/chart1.xml": xml.encode()})


def test_a_chart_whose_sheet_was_cleared_is_read_from_its_cache():
    names = ["Teodora Vasquez-Lind", "Omari Kensington", "Lucia Brandvold"]
    document = extract("https://www.pomonachoiceenergy.org/files/top-users.xlsx",
                       _workbook_with_chart(names, [1184, 1652, 2310], cleared=True))
    cached = {s.text for s in document.segments if s.location.element.startswith("chart ")}
    assert set(names) <= cached and {"1184", "2310"} <= cached


def test_a_chart_of_its_own_cells_is_not_read_twice():
    names = ["Teodora Vasquez-Lind", "Omari Kensington", "Lucia Brandvold"]
    document = extract("https://www.pomonachoiceenergy.org/files/top-users.xlsx",
                       _workbook_with_chart(names, [1184, 1652, 2310], cleared=False))
    assert sum(s.text == "Omari Kensington" for s in document.segments) == 1  # the Data sheet's cell only


def _template_with_layout_text(text: str) -> bytes:
    """A deck whose "Title and Content" layout has ``text`` typed into its body placeholder, over the prompt."""
    import pptx
    deck = pptx.Presentation()
    deck.slides.add_slide(deck.slide_layouts[0]).shapes.title.text = "Utility Commission briefing"
    layout = deck.slide_layouts[1]
    body = next(shape for shape in layout.placeholders if shape.placeholder_format.idx == 1)
    body.text_frame.text = text
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def test_sample_text_typed_into_a_layout_placeholder_is_read_as_layout_chrome():
    body = _template_with_layout_text("Sample bill: Rosaura Depken, 1740 W. Kellerman Way, acct 8003 5518 2276")
    document = extract("https://www.pomonachoiceenergy.org/files/template.pptx", body)
    sample = next(s for s in document.segments if "Rosaura Depken" in s.text)
    assert (sample.hidden, sample.chrome) == ("slide layout", True)
    assert not any("Click to edit" in s.text or s.text.startswith("Second level") for s in document.segments)
    found = pairs_found("https://www.pomonachoiceenergy.org/files/template.pptx", body)
    assert values_of(found, "customer_name") == {"Rosaura Depken"}
    assert values_of(found, "account_number") == {"8003 5518 2276"}


def test_a_layout_placeholder_holding_the_departments_own_line_is_silent():
    body = _template_with_layout_text("Pomona Choice Energy | Utility Services | (909) 620-2241")
    assert pairs_found("https://www.pomonachoiceenergy.org/files/template.pptx", body) == set()


_SVG = 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'


def test_an_odt_hidden_paragraph_and_a_pictures_description_are_read():
    body = package(ODT, (
        '<office:text><text:p>Field visit log, week 32.</text:p>'
        '<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true">Deposit waiver verified for '
        'Marisol Quintero-Haas, SSN 572-18-4409</text:hidden-paragraph>'
        f'<text:p><draw:frame {_SVG} draw:name="Image1"><draw:image/><svg:title>Meter photo</svg:title>'
        '<svg:desc>CIS screen, SA 8061734920, Benedikt Arslan</svg:desc></draw:frame></text:p>'
        '<text:p>Photos are kept for three years.</text:p></office:text>'))
    document = extract("https://www.pomonachoiceenergy.org/files/visits.odt", body)
    hidden = {s.text: s.hidden for s in document.segments}
    assert hidden["Deposit waiver verified for Marisol Quintero-Haas, SSN 572-18-4409"] == "hidden paragraph"
    assert hidden["CIS screen, SA 8061734920, Benedikt Arslan"] == "alt text"
    assert hidden["Meter photo"] == "alt text"
    found = pairs_found("https://www.pomonachoiceenergy.org/files/visits.odt", body)
    assert values_of(found, "ssn") == {"572-18-4409"}


def test_an_odt_pictures_generic_description_is_silent():
    body = package(ODT, (
        f'<office:text><text:p><draw:frame {_SVG} draw:name="Image1"><draw:image/><svg:title>Solar array</svg:title>'
        '<svg:desc>Panels on the roof of the Pomona Public Library, installed 2024</svg:desc></draw:frame></text:p>'
        '</office:text>'))
    assert pairs_found("https://www.pomonachoiceenergy.org/files/solar.odt", body) == set()


def test_rtf_custom_properties_are_read_labelled_by_their_names():
    body = (r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\info{\title Disconnection hold}}"
            r"{\*\userprops {\propname Customer Name}\proptype30{\staticval Ignatius Mbeki-Rowe}"
            r"{\propname Service Address}\proptype30{\staticval 4418 N. Ferncliff Ave}"
            r"{\propname Reviewed}\proptype11{\staticval 1}}"
            r"\pard Staff asks SCE to hold the disconnection for 30 days.\par}").encode()
    document = extract("https://www.pomonachoiceenergy.org/files/hold.rtf", body)
    properties = {s.label: s.text for s in document.segments if s.location.element == "custom properties"}
    assert properties == {"customer name": "Ignatius Mbeki-Rowe", "service address": "4418 N. Ferncliff Ave",
                          "reviewed": "1"}
    found = pairs_found("https://www.pomonachoiceenergy.org/files/hold.rtf", body)
    assert values_of(found, "address") == {"4418 N. Ferncliff Ave"}


def _docx_with_titles(titles: list[str]) -> bytes:
    import docx
    document = docx.Document()
    document.core_properties.title = "Green Rate enrollment statistics"
    document.add_paragraph("Enrollment grew 4% in April.")
    out = io.BytesIO()
    document.save(out)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/'
           'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
           'docPropsVTypes"><Application>Microsoft Office Word</Application><TitlesOfParts><vt:vector size="'
           f'{len(titles)}" baseType="lpstr">' + "".join(f"<vt:lpstr>{t}</vt:lpstr>" for t in titles)
           + "</vt:vector></TitlesOfParts></Properties>")
    return _rewritten(out.getvalue(), {"docProps/app.xml": app.encode()})


def test_a_stale_title_in_docprops_app_is_read_once():
    body = _docx_with_titles(["Final Notice - Evangelina Thorsby", "Green Rate enrollment statistics"])
    document = extract("https://www.pomonachoiceenergy.org/files/stats.docx", body)
    titles = [s.text for s in document.segments if s.label == "title of part"]
    assert titles == ["Final Notice - Evangelina Thorsby"]  # the core title is read already
    assert sum(s.text == "Green Rate enrollment statistics" for s in document.segments) == 1
