"""What a Word file keeps besides its pages: a macro-enabled document's or a template's body (.docm, .dotx, .dotm,
opened as a .docx is), a picture's alt text and title, the custom XML data part a content control is bound to, the
glossary's building blocks, custom properties read as one record under their names' words, and text moved away
under tracked changes. Staff memos of a city's utility, with invented customers."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml import parse_xml

from crawler.extract import ExtractError, extract
from crawler.extract.office import property_label
from tests.detector_helpers import pairs_found

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def memo(*paragraphs: str) -> docx.Document:
    document = docx.Document()
    document.add_paragraph("MEMORANDUM")
    document.add_paragraph("To: Utility Services Manager. From: Billing Supervisor.")
    for text in paragraphs:
        document.add_paragraph(text)
    return document


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rewritten(body: bytes, parts: dict[str, str | bytes], edits: dict[str, tuple[str, str]] | None = None) -> bytes:
    """The package with ``parts`` added or replaced and ``edits`` ({part: (old, new)}) made in parts' text."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(body)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename in parts:
                continue
            data = source.read(item.filename)
            if item.filename in (edits or {}):
                old, new = edits[item.filename]
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode())
            target.writestr(item, data)
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


def with_document_relationship(body: bytes, part: str, content_type: str, kind: str, xml: str) -> bytes:
    """``part`` (under word/) added to the package, declared, and related to the main document as ``kind``."""
    return rewritten(body, {f"word/{part}": xml}, {
        "[Content_Types].xml": ("</Types>", f'<Override PartName="/word/{part}" ContentType="{content_type}"/></Types>'),
        "word/_rels/document.xml.rels": ("</Relationships>", f'<Relationship Id="rId901" Type="{_REL}{kind}" '
                                                             f'Target="{part}"/></Relationships>')})


def segments(document, **where):
    return [s for s in document.segments if all(getattr(s, k) == v for k, v in where.items())]


# --- .docm, .dotx, .dotm -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, main_type", [
    ("escalation.docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    ("letter-template.dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    ("case-note.dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
])
def test_a_macro_enabled_document_or_a_template_is_read_as_a_word_file(name, main_type):
    body = rewritten(saved(memo("Customer Teodora Vasquez-Lind disputes the March bill; reach her at "
                                "tvlind88@gmail.com or 909-417-3392.")),
                     {}, {"[Content_Types].xml": (_DOCX_MAIN, main_type)})
    document = extract(f"https://www.example-city.gov/files/{name}", body)
    assert any("Teodora Vasquez-Lind" in s.text for s in document.segments)
    found = pairs_found(f"https://www.example-city.gov/files/{name}", body)
    assert ("email", "tvlind88@gmail.com") in found
    assert ("phone", "909-417-3392") in found


def test_a_package_whose_main_part_is_no_word_document_is_named_in_its_failure():
    body = rewritten(saved(memo("Agenda item 4.")), {}, {"[Content_Types].xml": (_DOCX_MAIN, "application/xml")})
    with pytest.raises(ExtractError) as failure:
        extract("https://www.example-city.gov/files/agenda-notes.docx", body)
    assert "agenda-notes.docx" in str(failure.value)
    assert "BytesIO" not in str(failure.value)


# --- tracked changes --------------------------------------------------------------------------------------------

def test_text_moved_away_under_tracked_changes_is_read_as_a_tracked_deletion():
    document = memo("The complaint was received by telephone.")
    paragraph = document.paragraphs[-1]._p
    paragraph.append(parse_xml(
        f'<w:moveFrom xmlns:w="{_W}" w:id="71" w:author="Billing Clerk" w:date="2025-04-02T09:00:00Z">'
        '<w:r><w:t xml:space="preserve"> Callback: 626-308-5574, account 4410-7726-35.</w:t></w:r></w:moveFrom>'))
    read = extract("https://www.example-city.gov/files/case.docx", saved(document))
    moved = [s for s in segments(read, hidden="tracked deletion") if "626-308-5574" in s.text]
    assert moved and moved[0].text.startswith("The complaint was received by telephone. Callback")
    assert all("626-308-5574" not in s.text for s in segments(read, hidden=None))


# --- alt text ---------------------------------------------------------------------------------------------------

def _drawing(descr: str, title: str) -> str:
    return (f'<w:r xmlns:w="{_W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:drawing><wp:inline>'
            f'<wp:extent cx="914400" cy="914400"/><wp:docPr id="5" name="Picture 5" descr="{descr}" title="{title}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic>'
            '</wp:inline></w:drawing></w:r>')


def test_a_pictures_alt_text_and_title_are_read_as_alt_text():
    document = memo("Field photo attached below.")
    document.paragraphs[-1]._p.append(parse_xml(_drawing("Meter at the rear gate; e-mail on file quon.haley@yahoo.com",
                                                         "Meter photo, 1186 W Laurel Ln")))
    body = saved(document)
    read = extract("https://www.example-city.gov/files/field-memo.docx", body)
    alts = {s.text: s for s in segments(read, hidden="alt text")}
    assert set(alts) == {"Meter at the rear gate; e-mail on file quon.haley@yahoo.com", "Meter photo, 1186 W Laurel Ln"}
    assert alts["Meter photo, 1186 W Laurel Ln"].location.element == "paragraph 3"
    assert ("email", "quon.haley@yahoo.com") in pairs_found("https://www.example-city.gov/files/field-memo.docx", body)


def test_a_vml_shapes_alt_text_is_read_once_beside_its_drawing():
    alternate = (
        f'<w:r xmlns:w="{_W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<wp:docPr id="9" name="Shape 9" descr="Site sketch of the service panel"/></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict><v:rect alt="Site sketch of the service panel" style="width:90pt"/>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    legacy = (f'<w:r xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
              '<v:shape id="s2" alt="Scanned envelope addressed to the account holder"/></w:pict></w:r>')
    document = memo("Sketch:", "Envelope:")
    document.paragraphs[-2]._p.append(parse_xml(alternate))
    document.paragraphs[-1]._p.append(parse_xml(legacy))
    read = extract("https://www.example-city.gov/files/sketch.docx", saved(document))
    assert [s.text for s in segments(read, hidden="alt text")] == [
        "Site sketch of the service panel", "Scanned envelope addressed to the account holder"]


def test_a_city_photos_alt_text_is_no_finding():
    document = memo("Ribbon cutting at the new library.")
    document.paragraphs[-1]._p.append(parse_xml(_drawing(
        "Mayor and council members at the ribbon cutting, City Hall, 505 S Garey Ave", "Library opening")))
    assert not pairs_found("https://www.example-city.gov/files/newsletter.docx", saved(document))


# --- custom XML data parts ------------------------------------------------------------------------------------

_DATA_BOUND = ('<w:sdt xmlns:w="{w}"><w:sdtPr><w:alias w:val="Customer"/><w:showingPlcHdr/>'
               '<w:dataBinding w:xpath="/caseFile[1]/holder[1]" w:storeItemID="{{5D1C0A7E-1111-4222-8333-944455556666}}"/>'
               '</w:sdtPr><w:sdtContent><w:r><w:t>[Account holder]</w:t></w:r></w:sdtContent></w:sdt>').format(w=_W)


def with_custom_xml(body: bytes, item: str) -> bytes:
    return rewritten(body, {
        "customXml/item1.xml": item,
        "customXml/itemProps1.xml": '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/'
                                    '2006/customXml" ds:itemID="{5D1C0A7E-1111-4222-8333-944455556666}"/>'})


def test_a_content_controls_bound_data_is_read_labelled_by_its_elements():
    document = memo("Disconnection hold granted for:")
    document.paragraphs[-1]._p.append(parse_xml(_DATA_BOUND))
    body = with_custom_xml(saved(document), '<?xml version="1.0"?><caseFile><holder>Ingrid Castellanos-Moyo</holder>'
                                            '<serviceAddress>2217 N Towne Ave</serviceAddress>'
                                            '<email>icmoyo@outlook.com</email><usage>1,274 kWh</usage></caseFile>')
    read = extract("https://www.example-city.gov/files/hold.docx", body)
    labels = {s.text: s.label.lower() for s in read.segments if s.location.element.startswith("customXml/item1.xml")}
    assert labels == {"Ingrid Castellanos-Moyo": "holder", "2217 N Towne Ave": "service address",
                      "icmoyo@outlook.com": "email", "1,274 kWh": "usage"}
    assert not any("itemProps" in (s.location.element or "") for s in read.segments)
    found = pairs_found("https://www.example-city.gov/files/hold.docx", body)
    assert {("email", "icmoyo@outlook.com"), ("address", "2217 N Towne Ave")} <= found


def test_a_cover_pages_data_part_naming_the_city_is_no_finding():
    body = with_custom_xml(saved(memo("Annual report of the utility.")),
                           '<CoverPageProperties xmlns="http://schemas.microsoft.com/office/2006/coverPageProps">'
                           '<PublishDate>2026-01-15</PublishDate><Abstract>Annual summary of programs</Abstract>'
                           '<CompanyAddress>505 S Garey Ave, Pomona, CA 91766</CompanyAddress>'
                           '<CompanyPhone>(909) 620-2311</CompanyPhone></CoverPageProperties>')
    read = extract("https://www.example-city.gov/files/annual.docx", body)
    assert any(s.text == "(909) 620-2311" for s in read.segments)
    assert not pairs_found("https://www.example-city.gov/files/annual.docx", body)


# --- glossary ---------------------------------------------------------------------------------------------------

def _glossary(*blocks: tuple[str, list[str]]) -> str:
    parts = "".join(f'<w:docPart><w:docPartPr><w:name w:val="{name}"/></w:docPartPr><w:docPartBody>'
                    + "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
                    + "</w:docPartBody></w:docPart>" for name, lines in blocks)
    return f'<w:glossaryDocument xmlns:w="{_W}"><w:docParts>{parts}</w:docParts></w:glossaryDocument>'


_GLOSSARY_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"


def test_the_glossarys_building_blocks_are_read():
    body = with_document_relationship(
        saved(memo("Case summary below.")), "glossary/document.xml", _GLOSSARY_TYPE, "glossaryDocument",
        _glossary(("Case block", ["Account holder: Bartholomew Nkemelu", "E-mail: bnkemelu@gmail.com"])))
    read = extract("https://www.example-city.gov/files/case.docx", body)
    block = [s for s in read.segments if s.location.element.startswith("building block Case block > ")]
    assert [s.text for s in block] == ["Account holder: Bartholomew Nkemelu", "E-mail: bnkemelu@gmail.com"]
    assert ("email", "bnkemelu@gmail.com") in pairs_found("https://www.example-city.gov/files/case.docx", body)


def test_a_glossary_of_placeholder_prompts_is_no_finding():
    body = with_document_relationship(
        saved(memo("Staff report template.")), "glossary/document.xml", _GLOSSARY_TYPE, "glossaryDocument",
        _glossary(("DefaultPlaceholder_1081868574", ["Click or tap here to enter text."]),
                  ("Signature", ["Utility Services Department, 505 S Garey Ave, (909) 620-2311"])))
    read = extract("https://www.example-city.gov/files/template.docx", body)
    assert any(s.text == "Click or tap here to enter text." for s in read.segments)
    assert not pairs_found("https://www.example-city.gov/files/template.docx", body)


# --- custom properties ---------------------------------------------------------------------------------------------

def with_custom_properties(body: bytes, properties: list[tuple[str, str]]) -> bytes:
    entries = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}">'
                      f"<vt:lpwstr>{value}</vt:lpwstr></property>" for pid, (name, value) in enumerate(properties, 2))
    return rewritten(body, {"docProps/custom.xml":
                            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
                            ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                            f"{entries}</Properties>"},
                     {"_rels/.rels": ("</Relationships>", f'<Relationship Id="rId902" Type="{_REL}custom-properties" '
                                                          'Target="docProps/custom.xml"/></Relationships>')})


def test_an_index_number_in_a_property_name_is_a_word_of_its_own():
    assert property_label("Phone0") == "phone 0"
    assert property_label("ServiceAddr1") == "service addr 1"
    assert property_label("AccountNo12") == "account no 12"
    assert property_label("W9") == "w9"


def test_custom_properties_are_one_record_whose_phone_and_address_are_the_accounts():
    body = with_custom_properties(saved(memo("True-up correction for a net metering customer.")),
                                  [("Phone0", "(626) 381-4470"), ("ServiceAddr1", "940 E Kingsley Ave"),
                                   ("AccountNo2", "PCE-7732951")])
    read = extract("https://www.example-city.gov/files/trueup.docx", body)
    record = [r for r in read.records if r.location.element == "custom properties"]
    assert [(f.label, f.text) for f in record[0].fields] == [
        ("phone 0", "(626) 381-4470"), ("service addr 1", "940 E Kingsley Ave"), ("account no 2", "PCE-7732951")]
    found = pairs_found("https://www.example-city.gov/files/trueup.docx", body)
    assert {("phone", "(626) 381-4470"), ("address", "940 E Kingsley Ave"),
            ("account_number", "PCE-7732951")} <= found


def test_custom_properties_of_the_departments_own_contact_are_no_finding():
    body = with_custom_properties(saved(memo("Rate schedule review.")),
                                  [("Department0", "Utility Services"), ("ContactPhone1", "(909) 620-2311"),
                                   ("Office2", "505 S Garey Ave"), ("RetentionCode3", "UT-2026-207")])
    assert not pairs_found("https://www.example-city.gov/files/schedule.docx", body)
