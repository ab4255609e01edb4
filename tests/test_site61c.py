"""Round 61, site61c: Word documents in the forms a city office publishes them (SmartArt, a tagged PDF's alt text,
a Word "Web Page"'s properties, content controls). True cases and a city website's hard negatives."""
from __future__ import annotations

import io
import zipfile

from detector_helpers import pairs_found, values_of

_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData"


def _docx_with_diagram(paragraphs: list[str], nodes: list[str]) -> bytes:
    """A .docx of ``paragraphs`` with a SmartArt graphic whose nodes read ``nodes`` (its data part only, as Word keeps
    the node texts there)."""
    import docx
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    plain = io.BytesIO()
    document.save(plain)
    points = "".join(f'<dgm:pt modelId="{{{i:08d}-0000-4000-8000-000000000000}}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{n}'
                     f'</a:t></a:r></a:p></dgm:t></dgm:pt>' for i, n in enumerate(nodes, 1))
    data = (f'<?xml version="1.0" encoding="UTF-8"?><dgm:dataModel xmlns:dgm="{_DGM}" xmlns:a="{_A}"><dgm:ptLst>'
            f'<dgm:pt modelId="{{00000000-0000-4000-8000-000000000000}}" type="doc"/>{points}</dgm:ptLst>'
            f'<dgm:cxnLst/></dgm:dataModel>')
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", f'<Relationship Id="rId90" Type="{_REL}" '
                                    f'Target="diagrams/data1.xml"/></Relationships>'.encode())
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/word/diagrams/data1.xml" ContentType="'
                                    b'application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"/></Types>')
            target.writestr(item, body)
        target.writestr("word/diagrams/data1.xml", data)
    return out.getvalue()


def test_smartart_nodes_of_a_word_file_are_read():
    body = _docx_with_diagram(["Escalated billing disputes, third quarter."],
                              ["Intake", "Tomasz Wierzbicki: SCE customer account 2-31-884-0275", "Closed"])
    found = pairs_found("https://www.city.gov/files/escalations.docx", body)
    assert ("customer_name", "Tomasz Wierzbicki") in found
    assert ("account_number", "2-31-884-0275") in found


def test_smartart_org_chart_of_staff_is_public():
    body = _docx_with_diagram(["Utilities Department organization, FY 2026-27."],
                              ["Rosa Elena Marquez, Utilities Director", "Customer Care: Dwayne Fitzgerald, Supervisor",
                               "Power Resources: Anjali Menon, Program Manager", "Main line (909) 620-2241"])
    found = pairs_found("https://www.city.gov/files/org-chart.docx", body)
    assert not {(c, v) for c, v in found if c in ("customer_name", "phone", "address")}


def _tagged_pdf(page_text: str, alts: list[str]) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
    from reportlab.pdfgen import canvas
    raw = io.BytesIO()
    pdf = canvas.Canvas(raw)
    pdf.drawString(72, 720, page_text)
    pdf.showPage()
    pdf.save()
    raw.seek(0)
    writer = PdfWriter(clone_from=raw)
    kids = ArrayObject(writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Figure"),
        NameObject("/Alt"): TextStringObject(alt), NameObject("/Pg"): writer.pages[0].indirect_reference}))
        for alt in alts)
    document = writer._add_object(DictionaryObject({NameObject("/Type"): NameObject("/StructElem"),
                                                    NameObject("/S"): NameObject("/Document"), NameObject("/K"): kids}))
    writer._root_object[NameObject("/StructTreeRoot")] = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/StructTreeRoot"), NameObject("/K"): document}))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_alt_text_of_a_tagged_pdf_figure_is_read():
    body = _tagged_pdf("Field visits, October.", ["Meter base at the Okwuosa home, SCE service account 3-118-4402-57, "
                                                  "called in by Chinedu Okwuosa from (626) 318-0472"])
    found = pairs_found("https://www.city.gov/files/field-visits.pdf", body)
    assert ("account_number", "3-118-4402-57") in found
    assert ("phone", "(626) 318-0472") in found


def test_alt_text_of_a_tagged_pdf_logo_or_facility_is_public():
    body = _tagged_pdf("Energy Action Plan update.", ["City seal", "Solar carport at the Corporation Yard, "
                                                      "1450 Industrial Way", "Chart of municipal kWh by year"])
    found = pairs_found("https://www.city.gov/files/eap.pdf", body)
    assert not {(c, v) for c, v in found if c in ("customer_name", "address", "account_number", "energy_usage")}


_WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40"><head><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Marguerite Oyelowo-Banks</o:Author>
  <o:LastAuthor>Terrence Vukovich</o:LastAuthor>
  <o:Description>{description}</o:Description>
  <o:Revision>12</o:Revision>
  <o:TotalTime>45</o:TotalTime>
  <o:Created>2026-03-02T17:41:00Z</o:Created>
  <o:Company>City of Rancho Lucero</o:Company>
 </o:DocumentProperties>
 <o:CustomDocumentProperties>{custom}</o:CustomDocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>90</w:Zoom>
</w:WordDocument></xml><![endif]--></head><body lang=EN-US><div class=WordSection1>
<p class=MsoNormal>{body}</p></div></body></html>"""


def test_word_web_page_properties_are_read_one_by_one():
    page = _WORD_PAGE.format(
        title="Refund requests", description="Prepared for Hyacinth Abernathy-Osei, SCE Customer Account: 2-64-118-3390",
        custom='<o:Caller_x0020_Phone dt:dt="string">(951) 604-2278</o:Caller_x0020_Phone>'
               '<o:CustomerName dt:dt="string">Leopold Nwachukwu</o:CustomerName>',
        body="Refund requests received in March are listed in the attachment.")
    found = pairs_found("https://www.city.gov/archive/refunds.htm", page)
    assert ("account_number", "2-64-118-3390") in found
    assert ("phone", "(951) 604-2278") in found
    assert ("customer_name", "Leopold Nwachukwu") in found
    # the author and last editor are staff, and no longer run into the next property as one name
    assert not any("Oyelowo" in v or "Vukovich" in v for _, v in found)


def test_word_web_page_properties_of_a_public_page_are_no_findings():
    page = _WORD_PAGE.format(
        title="Council agenda", description="Agenda for the regular meeting of the City Council, Resolution No. 2026-44",
        custom='<o:DocumentID dt:dt="string">RL-2026-0412-R3</o:DocumentID><o:Department dt:dt="string">'
               'City Clerk, (909) 620-2200</o:Department>',
        body="Regular meeting of the City Council, 6:00 p.m., Council Chambers, 505 Civic Center Dr.")
    found = pairs_found("https://www.city.gov/archive/agenda.htm", page)
    assert not {(c, v) for c, v in found if c in ("customer_name", "phone", "account_number", "address")}


_WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with_body(body_xml: str) -> bytes:
    """A .docx whose body is ``body_xml`` (WordprocessingML paragraphs, prefix ``w``)."""
    import docx
    plain = io.BytesIO()
    docx.Document().save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/document.xml":
                head, _, rest = body.decode().partition("<w:body>")
                body = (head + "<w:body>" + body_xml + "<w:sectPr/></w:body></w:document>").encode()
            target.writestr(item, body)
    return out.getvalue()


def _control(title: str, text: str, placeholder: bool = False) -> str:
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{title}"/><w:tag w:val="{title}"/>'
            f'{"<w:showingPlcHdr/>" if placeholder else ""}<w:text/></w:sdtPr><w:sdtContent><w:r><w:t>{text}</w:t>'
            f'</w:r></w:sdtContent></w:sdt>')


def _para(*parts: str) -> str:
    return "<w:p>" + "".join(p if p.startswith("<w:sdt") else f'<w:r><w:t xml:space="preserve">{p}</w:t></w:r>'
                             for p in parts) + "</w:p>"


def test_content_control_titled_as_a_field_name_after_its_printed_label():
    body = _docx_with_body(_para("Account holder: ", _control("AccountHolder", "Gwendolyn Achterberg"))
                           + _para("Service address: ", _control("Service_Address", "4471 Arroyo Seco Way"))
                           + _para("SCE account: ", _control("SCE_Account", "2-47-310-9958")))
    found = pairs_found("https://www.city.gov/forms/cover-letter.dotx", body)
    assert ("customer_name", "Gwendolyn Achterberg") in found
    assert not any("AccountHolder" in v for _, v in found)


def test_content_control_showing_its_placeholder_is_no_value():
    body = _docx_with_body(_para("Customer name: ", _control("Customer name", "Click or tap here to enter text.", True))
                           + _para("Account number: ", _control("Account", "Enter the account number.", True))
                           + _para("Prepared by the Utilities Department, (909) 620-2241."))
    found = pairs_found("https://www.city.gov/forms/blank-cover-letter.dotx", body)
    assert not {(c, v) for c, v in found if c in ("customer_name", "account_number", "phone")}


def test_name_label_run_on_into_the_next_fields_label_without_colon():
    lines = ["Customer: Imogen Achterberg E-mail imogen.achterberg@yahoo.com SCE Customer Account: 700214883610",
             "Customer: Tobiah Nwankwo City utility billing account 31-884102-07 Usage (May): 1,218 kWh",
             "Customer: Saoirse Villaluz Water/Sewer Acct: 47-220913-11 SSN: 512-33-9087",
             "Customer: Ignatius Okereke Edison Account # 2-53-901-4476"]
    names = values_of(pairs_found("https://www.city.gov/files/accounts-notes.txt", "\n\n".join(lines)), "customer_name")
    assert names == {"Imogen Achterberg", "Tobiah Nwankwo", "Saoirse Villaluz", "Ignatius Okereke"}


def test_staff_and_facility_label_runs_stay_public():
    found = pairs_found("https://www.city.gov/utilities/contacts.html",
                        "<p>Contact: Dwayne Fitzgerald E-mail dfitzgerald@rancholucero.gov Phone (909) 620-2241</p>"
                        "<p>Facility: Civic Center Water/Sewer Acct: 62-493870-23 Usage: 48,210 kWh</p>")
    assert not {(c, v) for c, v in found if c in ("customer_name", "phone", "email", "energy_usage")}


def test_name_then_labelled_phone_then_home_in_one_clause():
    text = ("Rukmini Ferreira-Santos, cell (760) 418-2290, service address 5521 Quail Hollow Ln, Rancho Lucero, CA 91702, "
            "disputes the true-up.\n\n"
            "Confirm with billing: Emeka Lindgren who left a voicemail from 562.334.9081, residing at 883 Paseo Azul")
    found = pairs_found("https://www.city.gov/files/disputes.txt", text)
    assert {"Rukmini Ferreira-Santos", "Emeka Lindgren"} <= values_of(found, "customer_name")
    assert {"5521 Quail Hollow Ln, Rancho Lucero, CA 91702", "883 Paseo Azul"} <= values_of(found, "address")


def test_labelled_phone_of_staff_or_a_volunteer_contact_stays_public():
    text = ("For questions contact Dwayne Fitzgerald, phone (909) 620-2241, at City Hall, 505 Civic Center Dr.\n\n"
            "Volunteer coordinator Anjali Menon, cell (909) 620-2290, will meet volunteers at 412 W 2nd St.\n\n"
            "Speaker card: Leona Whitfield, phone (909) 555-2241, 118 Vista Grande, spoke against the rezoning.")
    found = pairs_found("https://www.city.gov/news/volunteers.txt", text)
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_council_members_listed_after_their_plural_title_are_officials():
    text = ("MEMORANDUM\n\nTO: Mayor Celestine Abara, Mayor Pro Tem Jorge Villalpando, Councilmembers Priya Deshmukh, "
            "Harlan Quist and Odessa Marchetti-Lowe\n\nFROM: Utilities Director\n\n"
            "Per the hearing officer, the account keeps service: Gas account 40217785319, residing at 771 Mirasol Ct, "
            "Rancho Lucero, CA 91702.")
    found = pairs_found("https://www.city.gov/files/memo.txt", text)
    assert not values_of(found, "customer_name")
    assert "40217785319" in values_of(found, "account_number")


def test_appellants_listed_after_a_plural_word_stay_customers():
    found = pairs_found("https://www.city.gov/files/appeals.txt",
                        "Appellants Rosalind Achebe and Matthias Kowalczyk, SCE account 2-61-884-0192, asked for a hearing.")
    assert "Rosalind Achebe" in values_of(found, "customer_name")
