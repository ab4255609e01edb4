"""Parts of a Word or Excel file that are published with it but are no sheet cell or paragraph: a workbook's pivot
caches and external-link caches, files embedded in a Word document."""
from __future__ import annotations

import io
import zipfile

import docx
import openpyxl

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def with_parts(body: bytes, parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(body)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        for name, text in parts.items():
            target.writestr(name, text)
    return out.getvalue()


def summary_workbook(rows) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Summary"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def pivot_parts(fields: list[tuple[str, list[str]]], records: list[list[int]]) -> dict[str, str]:
    cache = "".join(f'<cacheField name="{name}"><sharedItems>' + "".join(f'<s v="{v}"/>' for v in items)
                    + "</sharedItems></cacheField>" for name, items in fields)
    rows = "".join("<r>" + "".join(f'<x v="{k}"/>' for k in record) + "</r>" for record in records)
    return {
        "xl/pivotCache/pivotCacheDefinition1.xml":
            f'<pivotCacheDefinition xmlns="{_MAIN}"><cacheFields count="{len(fields)}">{cache}</cacheFields>'
            "</pivotCacheDefinition>",
        "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels":
            f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="{_TYPE}pivotCacheRecords" '
            'Target="pivotCacheRecords1.xml"/></Relationships>',
        "xl/pivotCache/pivotCacheRecords1.xml": f'<pivotCacheRecords xmlns="{_MAIN}">{rows}</pivotCacheRecords>',
    }


def findings(body: bytes, url: str):
    document = extract(url, body)
    return document, {(f.category, f.value) for f in scan_document(document, load_detectors({}))}


def test_pivot_cache_rows_are_read_as_a_hidden_table_under_its_field_names():
    parts = pivot_parts([("Account", ["61-20417-05", "61-38820-02"]), ("Customer", ["Marguerite Olsson", "Tadeo Quispe"]),
                         ("Service Address", ["4410 Kestrel Way", "87 Orchard Hill Rd"]), ("kWh", ["1184", "2290"])],
                        [[0, 0, 0, 0], [1, 1, 1, 1]])
    body = with_parts(summary_workbook([["Rate Class", "Total kWh"], ["Residential", 3474]]), parts)
    document, found = findings(body, "https://city.example/usage.xlsx")
    cached = [s for s in document.segments if s.hidden == "pivot cache"]
    assert {s.label for s in cached if s.text == "Tadeo Quispe"} == {"Customer"}
    assert cached[0].location.element.startswith("pivot cache 1 > row 1")
    assert {("customer_name", "Tadeo Quispe"), ("account_number", "61-38820-02"),
            ("address", "87 Orchard Hill Rd"), ("energy_usage", "2290")} <= found


def test_pivot_cache_of_rate_classes_and_aggregates_is_no_finding():
    parts = pivot_parts([("Rate Class", ["Residential", "Small Commercial", "Street Lighting"]),
                         ("Month", ["2026-01", "2026-02"]), ("Customers", ["41210", "3877", "12"])],
                        [[0, 0, 0], [1, 0, 1], [2, 1, 2]])
    body = with_parts(summary_workbook([["Rate Class", "Customers"], ["Residential", 41210]]), parts)
    document, found = findings(body, "https://city.example/rate-classes.xlsx")
    assert any(s.hidden == "pivot cache" and s.text == "Small Commercial" for s in document.segments)
    assert not found


def test_external_link_cache_cells_are_read_as_a_hidden_sheet():
    link = (f'<externalLink xmlns="{_MAIN}"><externalBook><sheetNames><sheetName val="Disconnects"/></sheetNames>'
            '<sheetDataSet><sheetData sheetId="0">'
            '<row r="1"><cell r="A1" t="str"><v>Customer</v></cell><cell r="B1" t="str"><v>Account</v></cell>'
            '<cell r="C1" t="str"><v>Phone</v></cell></row>'
            '<row r="2"><cell r="A2" t="str"><v>Ingrid Solberg</v></cell><cell r="B2" t="str"><v>61-55102-04</v></cell>'
            '<cell r="C2" t="str"><v>(419) 555-0143</v></cell></row>'
            "</sheetData></sheetDataSet></externalBook></externalLink>")
    body = with_parts(summary_workbook([["Rate Class", "Accounts"], ["Residential", 12]]),
                      {"xl/externalLinks/externalLink1.xml": link})
    document, found = findings(body, "https://city.example/linked.xlsx")
    name = next(s for s in document.segments if s.text == "Ingrid Solberg")
    assert (name.hidden, name.label, name.location.element) == (
        "external link cache", "Customer", "external link 1 [Disconnects]!A2")
    assert {("customer_name", "Ingrid Solberg"), ("account_number", "61-55102-04")} <= found


def test_a_workbook_embedded_in_a_word_file_is_read():
    inner = summary_workbook([["Account", "Customer", "kWh"], ["61-77310-09", "Wendell Achterberg", 1420]])
    memo = docx.Document()
    memo.add_paragraph("See the attached worksheet.")
    out = io.BytesIO()
    memo.save(out)
    body = with_parts(out.getvalue(), {"word/embeddings/Microsoft_Excel_Worksheet1.xlsx": inner})
    document, found = findings(body, "https://city.example/memo.docx")
    name = next(s for s in document.segments if s.text == "Wendell Achterberg")
    assert name.location.attachment == "Microsoft_Excel_Worksheet1.xlsx"
    assert {("customer_name", "Wendell Achterberg"), ("account_number", "61-77310-09")} <= found


def test_a_staff_list_embedded_in_a_word_file_is_no_finding():
    inner = summary_workbook([["Department", "Director", "Phone"], ["Public Works", "Director of Public Works", "(419) 555-0100"]])
    memo = docx.Document()
    memo.add_paragraph("Department directory attached.")
    out = io.BytesIO()
    memo.save(out)
    body = with_parts(out.getvalue(), {"word/embeddings/Microsoft_Excel_Worksheet1.xlsx": inner})
    document, found = findings(body, "https://city.example/directory.docx")
    assert any(s.text == "Public Works" for s in document.segments)
    assert not found


def validated_workbook(header: str, choices: list[str], constants: dict[str, str]) -> bytes:
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Arrears"
    sheet.append(["Rate Class", header])
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"')
    sheet.add_data_validation(validation)
    validation.add("B2:B40")
    for name, text in constants.items():
        book.defined_names[name] = DefinedName(name, attr_text=f'"{text}"')
    book.defined_names["Customers"] = DefinedName("Customers", attr_text="Arrears!$B$2:$B$40")  # refers to cells
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_validation_choices_and_defined_name_constants_are_read_as_hidden_text():
    body = validated_workbook("Customer", ["Hollis Vantongeren", "Priya Ramaswamy"],
                              {"EscalationContact": "Hollis Vantongeren (419) 555-0176"})
    document = extract("https://city.example/arrears.xlsx", body)
    choices = [s for s in document.segments if s.hidden == "data validation list"]
    assert [(s.text, s.label, s.location.element) for s in choices] == [
        ("Hollis Vantongeren", "Customer", "Arrears!B2"), ("Priya Ramaswamy", "Customer", "Arrears!B2")]
    constants = [(s.text, s.label) for s in document.segments if s.hidden == "defined name"]
    assert constants == [("Hollis Vantongeren (419) 555-0176", "EscalationContact")]


def test_yes_no_and_department_choices_are_no_finding():
    for header, choices, constants in (("Approved", ["Yes", "No", "Pending"], {}),
                                       ("Department", ["Public Works", "Finance", "Utilities"],
                                        {"ReportTitle": "Departmental Budget FY2027"})):
        document, found = findings(validated_workbook(header, choices, constants), "https://city.example/budget.xlsx")
        assert any(s.hidden == "data validation list" for s in document.segments)
        assert not found
