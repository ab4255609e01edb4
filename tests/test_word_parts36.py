"""Parts of a Word file that hold text a reader of the file gets but that pubcheck did not read (red team memos36):

- an inserted file (``<w:altChunk>``): a billing system's HTML report pasted into a memo; Word shows it in the page,
  the package keeps it as a part of its own format;
- document variables (``<w:docVar>`` in the settings): a template's macro stores the case's customer there for
  DOCVARIABLE fields, though the letter's text may show none of it;
- a ``mailto:`` link whose text does not show its address ("reply sent"), in the relationships or in a HYPERLINK
  field's code.

Hard negatives: a memo with a staff member's inserted signature block, document variables of a template's own
settings (a version, a department), a link to the City's web site.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tests.detector_helpers import pairs_found, values_of

_MEMO = "https://www.pomonachoiceenergy.org/documents/memos/2025-04-moveouts.docx"


def _memo(*paragraphs: str) -> docx.Document:
    document = docx.Document()
    document.add_paragraph("MEMORANDUM")
    document.add_paragraph("TO: Customer Care Supervisors")
    document.add_paragraph("FROM: Utility Billing Division")
    for text in paragraphs:
        document.add_paragraph(text)
    return document


def _saved(document: docx.Document, extra: dict[str, bytes] | None = None,
           edit=None) -> bytes:
    out = io.BytesIO()
    document.save(out)
    if not extra and not edit:
        return out.getvalue()
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    rebuilt = io.BytesIO()
    with zipfile.ZipFile(rebuilt, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, edit(item.filename, data) if edit else data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return rebuilt.getvalue()


def _with_inserted_html(document: docx.Document, html: str) -> bytes:
    document.element.body.append(parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="rIdChunk1"/>'))

    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(b"<Default ", b'<Default Extension="htm" ContentType="text/html"/><Default ', 1)
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rIdChunk1" Type="http://schemas.'
                                b'openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
                                b'Target="afchunk1.htm"/></Relationships>')
        return data
    return _saved(document, {"word/afchunk1.htm": html.encode()}, edit)


def _with_variables(document: docx.Document, variables: dict[str, str]) -> bytes:
    settings = document.settings.element
    settings.append(parse_xml(f'<w:docVars {nsdecls("w")}>' + "".join(
        f'<w:docVar w:name="{name}" w:val="{value}"/>' for name, value in variables.items()) + "</w:docVars>"))
    return _saved(document)


def _with_link(document: docx.Document, text: str, target: str) -> bytes:
    paragraph = document.add_paragraph("Follow-up: ")
    rid = document.part.relate_to(target, RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:t>{text}</w:t></w:r>'
                                  "</w:hyperlink>"))
    return _saved(document)


def test_an_inserted_billing_report_is_read():
    html = ("<html><body><table><tr><th>CUST_NAME</th><th>SVC_ADDR</th><th>SA_ID</th></tr>"
            "<tr><td>Okorafor, Chidinma</td><td>1188 W Holt Ave, Apt 4</td><td>8019364427</td></tr>"
            "<tr><td>Brannigan, Tobias</td><td>2710 N Towne Ave</td><td>8014402391</td></tr></table></body></html>")
    found = pairs_found(_MEMO, _with_inserted_html(_memo("Pending move-outs, pasted from CIS:"), html))
    assert {"8019364427", "8014402391"} <= values_of(found, "account_number")
    assert "Okorafor, Chidinma" in values_of(found, "customer_name")
    assert "1188 W Holt Ave, Apt 4" in values_of(found, "address")


def test_an_inserted_signature_block_is_no_record():
    html = ("<html><body><p>Marisol Ybarra, Utility Billing Supervisor</p><p>City of Pomona, 505 S. Garey Ave.</p>"
            "<p>(909) 620-2311</p></body></html>")
    assert not pairs_found(_MEMO, _with_inserted_html(_memo("Questions to the supervisor below."), html))


def test_document_variables_of_a_customers_letter_are_read():
    found = pairs_found(_MEMO, _with_variables(_memo("Dear customer, your deposit refund is enclosed."), {
        "CustName": "Wiremu Tanekaha", "CustAcct": "8006612938", "CustAddr": "2216 N Garey Ave, Pomona, CA 91767",
        "CustPhone": "626-555-0147"}))
    assert values_of(found, "customer_name") == {"Wiremu Tanekaha"}
    assert values_of(found, "account_number") == {"8006612938"}
    assert "626-555-0147" in values_of(found, "phone")


def test_a_templates_own_variables_are_no_record():
    assert not pairs_found(_MEMO, _with_variables(_memo("Template for deposit refunds."), {
        "TemplateVersion": "3.2", "Department": "Utility Billing", "FormNumber": "UB-204"}))


def test_a_mail_links_hidden_address_is_read():
    found = pairs_found(_MEMO, _with_link(_memo("Workshop follow-up list."), "reply sent",
                                          "mailto:kaimana.pahia@gmail.com?subject=Green%20Rate"))
    assert values_of(found, "email") == {"kaimana.pahia@gmail.com"}


def test_a_link_to_the_citys_site_is_nothing():
    assert not pairs_found(_MEMO, _with_link(_memo("Workshop follow-up list."), "materials",
                                             "https://www.pomonachoiceenergy.org/workshops"))
