"""Parts of an Office or OpenDocument file no cell or paragraph holds: a chart's cached series whose sheet is gone,
a sheet's print header and footer, the file's custom properties; the file's author and editors, who are staff and
never the customer its title names; a password in the cell beside its label cell."""
from __future__ import annotations

import io
import zipfile

import docx
import openpyxl

from crawler.extract import extract
from crawler.extract.office import print_header_sections, property_label
from detectors.engine import scan_document
from detectors.registry import load_detectors

_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]


def rewritten(body: bytes, parts: dict[str, str]) -> bytes:
    """The package with ``parts`` added, or put in place of the parts of the same name."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(body)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename not in parts:
                target.writestr(item, source.read(item.filename))
        for name, text in parts.items():
            target.writestr(name, text)
    return out.getvalue()


def workbook(rows, title: str = "Summary", **print_parts) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for attribute, sections in print_parts.items():  # oddHeader={"left": "...", "right": "..."}
        for section, text in sections.items():
            getattr(getattr(sheet, attribute), section).text = text
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def findings(body: bytes, url: str):
    document = extract(url, body)
    return document, {(f.category, f.value) for f in scan_document(document, load_detectors({}))}


def chart(series: str, reference: str, categories: list[str], values: list[int]) -> str:
    """A bar chart's part: one series titled from ``reference``'s cell, its points cached."""
    points = "".join(f'<c:pt idx="{k}"><c:v>{text}</c:v></c:pt>' for k, text in enumerate(categories))
    numbers = "".join(f'<c:pt idx="{k}"><c:v>{value}</c:v></c:pt>' for k, value in enumerate(values))
    return (f'<c:chartSpace xmlns:c="{_CHART}"><c:chart><c:plotArea><c:barChart><c:ser><c:idx val="0"/>'
            f'<c:tx><c:strRef><c:f>{reference}!$C$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{series}'
            f'</c:v></c:pt></c:strCache></c:strRef></c:tx><c:cat><c:strRef><c:f>{reference}!$A$2:$A$7</c:f>'
            f'<c:strCache>{points}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>{reference}!$C$2:$C$7</c:f>'
            f'<c:numCache><c:formatCode>General</c:formatCode>{numbers}</c:numCache></c:numRef></c:val></c:ser>'
            '</c:barChart><c:catAx><c:axId val="1"/></c:catAx></c:plotArea></c:chart></c:chartSpace>')


# --- a chart's cached series ------------------------------------------------------------------------------------

def test_a_workbooks_chart_whose_sheet_is_gone_is_read_from_its_cache():
    body = rewritten(workbook([["Meter re-read summary"], ["Prepared for the billing supervisor"]]), {
        "xl/charts/chart1.xml": chart("Rosalind Okafor-Beck - acct 3-118-552-0947 - kWh", "'Read history'",
                                      _MONTHS, [884, 912, 1047, 1220, 1389, 1502])})
    document, found = findings(body, "https://arroyo.example.gov/files/rereads.xlsx")
    assert ("customer_name", "Rosalind Okafor-Beck") in found
    assert ("account_number", "3-118-552-0947") in found
    assert ("energy_usage", "1389") in found


def test_a_workbooks_chart_of_its_own_cells_adds_nothing_the_cells_do_not():
    rows = [["Month", "Feeder 7 load (MWh)"], *([month, 4000 + k] for k, month in enumerate(_MONTHS))]
    body = rewritten(workbook(rows, title="Load"), {
        "xl/charts/chart1.xml": chart("Feeder 7 load (MWh)", "Load", _MONTHS, [4000, 4001, 4002, 4003, 4004, 4005])})
    document = extract("https://arroyo.example.gov/files/load.xlsx", body)
    assert not [s for s in document.segments if (s.location.element or "").startswith("chart")]


def test_a_citys_chart_of_system_load_whose_sheet_is_gone_is_no_finding():
    body = rewritten(workbook([["Utility commission packet, item 4"]]), {
        "xl/charts/chart1.xml": chart("Citywide residential load (MWh)", "'FY26 load'", _MONTHS,
                                      [41200, 39800, 40150, 43900, 47020, 52310])})
    document, found = findings(body, "https://arroyo.example.gov/files/load_packet.xlsx")
    assert any((s.location.element or "").startswith("chart") for s in document.segments)
    assert not found


def test_an_untitled_axis_of_months_heads_the_charts_table_as_a_period():
    body = rewritten(workbook([["x"]]), {"xl/charts/chart1.xml": chart("kWh", "Gone", _MONTHS, [1, 2, 3, 4, 5, 6])})
    document = extract("https://arroyo.example.gov/files/c.xlsx", body)
    assert [s.label for s in document.segments if s.text == "3"] == ["kWh"]
    assert "Period" in [s.text for s in document.segments]


# --- a sheet's print header and footer --------------------------------------------------------------------------

def test_excels_codes_are_left_out_of_a_headers_sections():
    assert print_header_sections('&L&"Calibri,Bold"&14Shutoff review&C&D &T&RPage &P of &N') == [
        "Shutoff review", "Page of"]
    assert print_header_sections("&CR&&D pilot &KFF0000draft") == ["R&D pilot draft"]
    assert print_header_sections("") == []


def test_a_sheets_print_header_and_footer_are_read_with_their_customer():
    body = workbook([["Read date", "Reading"], ["2026-05-04", 20417]], title="Reads",
                    oddHeader={"left": "High-bill dispute - customer Anselmo Trevisani", "right": "Acct ALCP30718264"},
                    firstFooter={"left": "Service at 2286 Palo Verde Ct, Arroyo Linda, CA 91785",
                                 "right": "Page &P of &N"})
    document, found = findings(body, "https://arroyo.example.gov/files/dispute.xlsx")
    header = [s for s in document.segments if s.location.element == "Reads header"]
    assert header and header[0].text == "High-bill dispute - customer Anselmo Trevisani\nAcct ALCP30718264"
    assert ("customer_name", "Anselmo Trevisani") in found
    assert ("account_number", "ALCP30718264") in found
    assert any(category == "address" and value.startswith("2286 Palo Verde") for category, value in found)


def test_a_departments_print_header_is_no_finding():
    body = workbook([["Fund", "GL account", "Budget"], ["Electric", "501-4410-2200", 1250000]], title="Budget",
                    oddHeader={"left": "City of Arroyo Linda - Utilities Department", "right": "FY 2026-27 budget"},
                    oddFooter={"left": "Questions: Finance, (562) 555-0140", "right": "Page &P of &N"})
    document, found = findings(body, "https://arroyo.example.gov/files/budget.xlsx")
    assert any(s.location.element == "Budget footer" for s in document.segments)
    assert not found


# --- custom properties ----------------------------------------------------------------------------------------------

def custom_properties(properties: dict[str, str]) -> dict[str, str]:
    items = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{k}" name="{name}">'
                    f"<vt:lpwstr>{value}</vt:lpwstr></property>"
                    for k, (name, value) in enumerate(properties.items(), 2))
    return {"docProps/custom.xml":
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{items}</Properties>'}


def with_custom_properties(body: bytes, properties: dict[str, str]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(body)) as package:
        rels = package.read("_rels/.rels").decode()
    rels = rels.replace("</Relationships>", f'<Relationship Id="rIdCustom9" Type="{_TYPE}custom-properties" '
                        'Target="docProps/custom.xml"/></Relationships>')
    return rewritten(body, {"_rels/.rels": rels, **custom_properties(properties)})


def word_file(text: str, **core) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    for name, value in core.items():
        setattr(document.core_properties, name, value)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_property_name_reads_as_the_words_of_a_label():
    assert property_label("CustomerEmail") == "customer email"
    assert property_label("svc_Address") == "svc address"
    assert property_label("SAIDNumber") == "said number"
    assert property_label("") is None


def test_a_word_files_custom_properties_are_read_labelled_by_their_names():
    body = with_custom_properties(word_file("Level Pay enrollment confirmation."),
                                  {"CustomerEmail": "ocampo.reyna77@gmail.com", "CustomerAccount": "5518-2093-47"})
    document, found = findings(body, "https://arroyo.example.gov/files/levelpay.docx")
    labels = {s.text: s.label for s in document.segments if s.location.element == "custom properties"}
    assert labels == {"ocampo.reyna77@gmail.com": "customer email", "5518-2093-47": "customer account"}
    assert ("email", "ocampo.reyna77@gmail.com") in found
    assert ("account_number", "5518-2093-47") in found


def test_a_workbooks_custom_properties_are_read():
    body = with_custom_properties(workbook([["Program", "Enrolled"], ["Level Pay", 1419]]),
                                  {"AccountHolder": "Dagny Villaseñor", "ServiceAccount": "ALCP55102938"})
    document, found = findings(body, "https://arroyo.example.gov/files/enrollment.xlsx")
    assert ("account_number", "ALCP55102938") in found


def test_a_files_custom_properties_naming_staff_and_a_department_are_no_finding():
    body = with_custom_properties(word_file("Rate review schedule."),
                                  {"Department": "Utilities Customer Service", "DocumentOwner": "Renata Olszewski",
                                   "RetentionCode": "UT-2026-114", "ContactPhone": "(562) 555-0140"})
    document, found = findings(body, "https://arroyo.example.gov/files/schedule.docx")
    assert any(s.location.element == "custom properties" for s in document.segments)
    assert not found


def test_a_decks_custom_properties_are_read():
    import pptx
    deck = pptx.Presentation()
    deck.slides.add_slide(deck.slide_layouts[5]).shapes.title.text = "Medical baseline outreach"
    out = io.BytesIO()
    deck.save(out)
    body = with_custom_properties(out.getvalue(), {"CustomerEmail": "bramwell.lupe@outlook.com",
                                                   "CustomerAccount": "2290-6613-08"})
    _, found = findings(body, "https://arroyo.example.gov/files/outreach.pptx")
    assert ("email", "bramwell.lupe@outlook.com") in found
    assert ("account_number", "2290-6613-08") in found


def opendocument(content_body: str, meta: str) -> bytes:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    namespaces = (f'xmlns:office="{office}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", f"<office:document-content {namespaces}><office:body><office:text>"
                         f"{content_body}</office:text></office:body></office:document-content>")
        package.writestr("meta.xml", f"<office:document-meta {namespaces}><office:meta>{meta}</office:meta>"
                         "</office:document-meta>")
    return out.getvalue()


def test_an_opendocuments_user_defined_properties_are_read():
    body = opendocument("<text:p>Deposit waiver approved.</text:p>",
                        '<meta:user-defined meta:name="CustomerName">Ottilie Brandvold</meta:user-defined>'
                        '<meta:user-defined meta:name="CustomerAccount">6-204-771-3958</meta:user-defined>')
    document, found = findings(body, "https://arroyo.example.gov/files/waiver.odt")
    labels = {s.text: s.label for s in document.segments if s.location.element == "custom properties"}
    assert labels["Ottilie Brandvold"] == "customer name"
    assert ("account_number", "6-204-771-3958") in found


# --- who wrote and edited the file -------------------------------------------------------------------------------

def test_the_author_and_editor_of_a_file_about_a_customer_are_not_customers():
    body = word_file("Approval letter attached.", title="CARE approval - Wendeline Marchetti",
                     subject="Acct 8830-4172-65", author="Ignacio Bramwell", last_modified_by="Tereza Kowalczyk")
    document, found = findings(body, "https://arroyo.example.gov/files/care.docx")
    assert ("customer_name", "Wendeline Marchetti") in found
    assert ("account_number", "8830-4172-65") in found
    names = {value for category, value in found if category == "customer_name"}
    assert names == {"Wendeline Marchetti"}


def test_an_opendocuments_creators_are_not_customers():
    body = opendocument("<text:p>Follow-up scheduled.</text:p>",
                        "<dc:title>Payment arrangement - Sunniva Delacroix-Amato</dc:title>"
                        "<dc:subject>Account 4-671-093-2285</dc:subject>"
                        "<meta:initial-creator>Halvard Enqvist</meta:initial-creator>"
                        "<dc:creator>Mirela Costache</dc:creator>")
    document, found = findings(body, "https://arroyo.example.gov/files/arrangement.odt")
    names = {value for category, value in found if category == "customer_name"}
    assert names == {"Sunniva Delacroix-Amato"}


# --- a password beside its label cell --------------------------------------------------------------------------

def test_a_password_in_the_cell_beside_its_label_cell_is_a_credential():
    body = workbook([["Meter data portal login", "mdp_exports"], ["Password", "Quail#Run2026"]], title="Access")
    document, found = findings(body, "https://arroyo.example.gov/files/access.xlsx")
    assert ("credential", "Quail#Run2026") in found


def test_a_temp_password_beside_its_label_in_a_word_table_is_a_credential():
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("Lockbox", "Substation 4 gate"), ("Temp password", "Yucca_88!x")]):
        row.cells[0].text, row.cells[1].text = label, value
    out = io.BytesIO()
    document.save(out)
    _, found = findings(out.getvalue(), "https://arroyo.example.gov/files/gate.docx")
    assert ("credential", "Yucca_88!x") in found


def test_password_rules_and_labels_out_of_reach_are_no_credential():
    rows = [["Setting", "Requirement"], ["Password", "at least 12 characters"], ["Password reset", "Call IT"],
            ["Password", "", "Mesa$Verde19"], ["Owner", "Refund$Arroyo"]]
    body = workbook(rows, title="Policy")
    _, found = findings(body, "https://arroyo.example.gov/files/policy.xlsx")
    assert not [value for category, value in found if category == "credential"]


def test_a_spreadsheets_page_header_in_its_styles_is_read():
    namespaces = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", f"<office:document-content {namespaces}><office:body><office:spreadsheet>"
                         '<table:table table:name="Reads"><table:table-row><table:table-cell><text:p>Read date</text:p>'
                         "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
                         "</office:document-content>")
        package.writestr("styles.xml", f"<office:document-styles {namespaces}><office:master-styles>"
                         '<style:master-page style:name="Default"><style:header><style:region-left><text:p>'
                         "Re-read for customer Ximena Albrechtsen</text:p></style:region-left><style:region-right>"
                         "<text:p>Acct 7-330-418-2296</text:p></style:region-right></style:header></style:master-page>"
                         "</office:master-styles></office:document-styles>")
    _, found = findings(out.getvalue(), "https://arroyo.example.gov/files/reads.ods")
    assert ("account_number", "7-330-418-2296") in found
    assert ("customer_name", "Ximena Albrechtsen") in found
