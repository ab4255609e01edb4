"""site74b red team: what a Word file keeps outside the text it shows, read where it can hold a customer's record.

- A legacy text form field's default text (``w:ffData/w:textInput/w:default``) is read where the field stands when
  its result is blank ("Customer name: [form field]"): a form filled in as defaults, its results cleared.
- A field's instruction that holds a value (``QUOTE "..."``, ``FILLIN ... \\d "..."``) is read where the field stands
  when its result is blank; ``SET``'s value, which no result shows, with the hidden text, labelled by its bookmark's
  name. PAGE, DATE's picture, TOC's
  switches, a MERGEFIELD's name and a _Toc bookmark give nothing.
- ``mc:Fallback`` is read when its ``mc:Choice`` holds no text (an ink or 3-D part Word draws from a part of its own);
  a fallback that repeats a text box's text is read once.
- docProps/app.xml's Manager and Company are read as document properties.
- A Word 97 .doc's field (``\\x13 code \\x14 result \\x15``) whose result is blank shows its QUOTE's or FILLIN's
  value; other codes stay left out.
- An OpenDocument text's user fields' values (``text:user-field-decl office:string-value``) are read, labelled by
  their names, when the text does not show them.
- An RTF field's code (``{\\*\\fldinst QUOTE "..."}``, a form field's ``{\\*\\ffdeftext ...}``) is read when the text
  does not show it.
"""
from __future__ import annotations

import html
import io
import zipfile

from crawler.extract import extract
from crawler.extract.word_fields import instruction_value
from tests.detector_helpers import pairs_found, values_of
from tests.ole_files import word_document

URL = "https://www.cityofexample.org/files/payment-arrangement.docx"
RTF_URL = "https://www.cityofexample.org/files/complaints.rtf"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _run(text: str) -> str:
    return f"<w:r><w:t xml:space='preserve'>{html.escape(text)}</w:t></w:r>"


def _para(*runs: str) -> str:
    return f"<w:p>{''.join(r if r.startswith('<') else _run(r) for r in runs)}</w:p>"


def _field(instruction: str, result: str = "", form_default: str | None = None) -> str:
    data = "" if form_default is None else (
        "<w:ffData><w:name w:val='Text1'/><w:enabled/><w:textInput>"
        f"<w:default w:val='{html.escape(form_default)}'/></w:textInput></w:ffData>")
    return (f"<w:r><w:fldChar w:fldCharType='begin'>{data}</w:fldChar></w:r>"
            f"<w:r><w:instrText xml:space='preserve'> {html.escape(instruction)} </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r>" + (_run(result) if result else "")
            + "<w:r><w:fldChar w:fldCharType='end'/></w:r>")


def _docx(body: str, app: str | None = None) -> bytes:
    """A Word file of ``body``'s paragraphs, with docProps/app.xml's ``app`` elements when given."""
    types = ("<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument."
             "wordprocessingml.document.main+xml'/>")
    rels = f"<Relationship Id='rId1' Type='{_REL}officeDocument' Target='word/document.xml'/>"
    if app:
        types += ("<Override PartName='/docProps/app.xml' ContentType='application/vnd.openxmlformats-officedocument."
                  "extended-properties+xml'/>")
        rels += f"<Relationship Id='rId2' Type='{_REL}extended-properties' Target='docProps/app.xml'/>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<?xml version='1.0'?><Types xmlns='http://schemas.openxmlformats.org/"
                         "package/2006/content-types'><Default Extension='rels' ContentType='application/vnd."
                         "openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/"
                         f"xml'/>{types}</Types>")
        package.writestr("_rels/.rels", "<?xml version='1.0'?><Relationships xmlns='http://schemas.openxmlformats.org/"
                         f"package/2006/relationships'>{rels}</Relationships>")
        package.writestr("word/document.xml", f"<?xml version='1.0'?><w:document xmlns:w='{_W}' "
                         "xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
                         "xmlns:v='urn:schemas-microsoft-com:vml'><w:body>"
                         f"{body}</w:body></w:document>")
        if app:
            package.writestr("docProps/app.xml", "<?xml version='1.0'?><Properties xmlns='http://schemas."
                             f"openxmlformats.org/officeDocument/2006/extended-properties'>{app}</Properties>")
    return out.getvalue()


def _texts(body: bytes, url: str = URL) -> list[tuple[str | None, str]]:
    return [(segment.hidden, segment.text) for segment in extract(url, body, None).segments]


def test_a_legacy_form_fields_default_text_is_read_where_its_blank_result_stands():
    found = pairs_found(URL, _docx(
        _para("PAYMENT ARRANGEMENT REQUEST")
        + _para("Customer name: ", _field("FORMTEXT", "\u2002\u2002\u2002", "Wilfreda Quennell-Abara"))
        + _para("Service address: ", _field("FORMTEXT", "\u2002\u2002\u2002", "4471 N. Larkspur Bend Way"))
        + _para("Daytime phone: ", _field("FORMTEXT", "\u2002\u2002\u2002", "(951) 388-2417"))
        + _para("Account number: ", _field("FORMTEXT", "\u2002\u2002\u2002", "7730-41852-06"))
        + _para("Received by: ", _field("FORMTEXT", "Odalys Ferraro-Quist", "Odalys Ferraro-Quist"))
        + _para("Staff phone: ", _field("FORMTEXT", "(909) 620-2290", "(909) 620-2290"))
        + _para("Applicant: ", _field("FORMTEXT", "\u2002\u2002", "[Customer Name]"))))
    assert ("customer_name", "Wilfreda Quennell-Abara") in found
    assert ("phone", "(951) 388-2417") in found
    assert any(v.startswith("4471 N. Larkspur Bend Way") for v in values_of(found, "address"))
    # the desk that took the form in, and the template's placeholder, are nobody's record
    assert not any("Ferraro" in v for v in values_of(found, "customer_name"))
    assert ("phone", "(909) 620-2290") not in found
    assert not any("Customer Name" in v for v in values_of(found, "customer_name"))


def test_a_form_field_whose_result_shows_its_value_is_read_once():
    texts = _texts(_docx(_para("Customer name: ", _field("FORMTEXT", "Wilfreda Quennell", "Wilfreda Quennell"))))
    assert texts == [(None, "Customer name: Wilfreda Quennell")]


def test_the_value_a_field_code_keeps_is_read_and_codes_without_one_give_nothing():
    texts = _texts(_docx(
        _para("First case: ", _field('QUOTE "Anselm Verhoeven-Lutz, 3308 E. Tamarisk Loop, acct 5521-80437-19"'))
        + _para("Second case: ", _field('FILLIN "Name and phone?" \\d "Mirela Dunsworth (626) 774-3105"'))
        + _para(_field('SET CaseHome "Tobiah Rennick, 918 W. Marigold Crest"'), "Third case: see above.")
        + _para("Contents ", _field('TOC \\o "1-3" \\h \\z \\u', "Contents"))
        + _para("<w:bookmarkStart w:id='1' w:name='_Toc193827411'/>", "1. Cases", "<w:bookmarkEnd w:id='1'/>")
        + _para("Dear ", _field("MERGEFIELD FirstName", "«FirstName»"), ",")
        + _para("Printed ", _field('DATE \\@ "MMMM d, yyyy"', "May 4, 2026"), " page ", _field("PAGE", "1"))))
    assert (None, "First case: Anselm Verhoeven-Lutz, 3308 E. Tamarisk Loop, acct 5521-80437-19") in texts
    assert (None, "Second case: Mirela Dunsworth (626) 774-3105") in texts
    assert ("hidden text", "Case Home: Tobiah Rennick, 918 W. Marigold Crest") in texts
    assert (None, "Contents Contents") in texts and (None, "1. Cases") in texts
    assert (None, "Dear «FirstName»,") in texts and (None, "Printed May 4, 2026 page 1") in texts


def test_instruction_values_of_each_kind_of_field():
    assert instruction_value('QUOTE "Ana Ruiz, 12 Elm St" \\* MERGEFORMAT') == "Ana Ruiz, 12 Elm St"
    assert instruction_value('FILLIN "Customer?" \\d "Ana Ruiz"') == "Ana Ruiz"
    assert instruction_value('ASK Who "Customer?" \\d "Ana Ruiz"') == "Ana Ruiz"
    assert instruction_value('SET CustomerName "Ana Ruiz"') == "Customer Name: Ana Ruiz"
    for code in ('TOC \\o "1-3" \\h', 'DATE \\@ "MMMM d, yyyy"', "PAGE", "MERGEFIELD LastName",
                 'HYPERLINK "mailto:ana@example.com"', 'FILLIN "Customer name?"', ""):
        assert instruction_value(code) == ""


def test_a_fallback_is_read_when_its_choice_holds_no_text_and_once_when_it_repeats_it():
    ink = ("<w:r><mc:AlternateContent><mc:Choice Requires='w14'><w:drawing/></mc:Choice><mc:Fallback><w:pict>"
           "<v:shape><v:textbox><w:txbxContent>"
           + _para("Mrs. Ottoline Brackwater, 2290 S. Verbena Hollow - acct CA7734018")
           + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    box = ("<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><w:txbxContent>"
           + _para("Cooling center open until 8 p.m.") + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback>"
           "<w:pict><v:shape><v:textbox><w:txbxContent>" + _para("Cooling center open until 8 p.m.")
           + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    texts = [text for _, text in _texts(_docx(_para("Field visit note:", ink) + _para("Flyer:", box)))]
    assert "Mrs. Ottoline Brackwater, 2290 S. Verbena Hollow - acct CA7734018" in texts
    assert texts.count("Cooling center open until 8 p.m.") == 1


def test_the_files_manager_and_company_are_read_as_document_properties():
    segments = extract(URL, _docx(_para("Payment plan"), app="<Application>Microsoft Office Word</Application>"
                                  "<Manager>Ignatius Pellworth</Manager><Company>City of Example</Company>"),
                       None).segments
    assert [(s.label, s.text) for s in segments if s.hidden == "document properties"] == [
        ("manager", "Ignatius Pellworth"), ("company", "City of Example")]


def test_an_rtf_fields_code_and_a_form_fields_default_are_read_when_the_text_does_not_show_them():
    rtf = ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0 MEMO TO FILE\\par First: {\\field{\\*\\fldinst { QUOTE "
           "\"Anselm Verhoeven-Lutz, 3308 E. Tamarisk Loop, acct 5521-80437-19\" }}{\\fldrslt {}}}\\par Second: "
           "{\\field{\\*\\fldinst {FORMTEXT {\\*\\formfield{\\fftype0\\ffname Text1{\\*\\ffdeftext Mirela Dunsworth}}}}}"
           "{\\fldrslt {     }}}\\par Page {\\field{\\*\\fldinst { PAGE }}{\\fldrslt {1}}}\\par Staff: Odalys "
           "Ferraro-Quist, (909) 620-2290.\\par }").encode()
    texts = _texts(rtf, RTF_URL)
    assert ("field code", "Anselm Verhoeven-Lutz, 3308 E. Tamarisk Loop, acct 5521-80437-19") in texts
    assert ("field code", "Mirela Dunsworth") in texts
    assert [text for hidden, text in texts if hidden == "field code"] == [
        "Anselm Verhoeven-Lutz, 3308 E. Tamarisk Loop, acct 5521-80437-19", "Mirela Dunsworth"]
    found = pairs_found(RTF_URL, rtf)
    assert ("account_number", "5521-80437-19") in found


def test_a_word97_fields_blank_result_shows_the_value_its_code_keeps():
    doc = word_document("MEMO TO FILE\rFirst: \x13 QUOTE \"Anselm Verhoeven-Lutz, 3308 E. Tamarisk Loop\" \x14\x15.\r"
                        "Page \x13 PAGE \x141\x15 of \x13 NUMPAGES \x142\x15\rDear \x13 MERGEFIELD Name \x14\x15,\r")
    texts = [text for _, text in _texts(doc, "https://www.cityofexample.org/files/memo.doc")]
    assert "First: Anselm Verhoeven-Lutz, 3308 E. Tamarisk Loop." in texts
    assert "Page 1 of 2" in texts and "Dear ," in texts


def test_an_opendocument_user_fields_value_is_read_when_the_text_does_not_show_it():
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office_ns = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    content = (f"<?xml version='1.0'?><office:document-content xmlns:office='{office_ns}' xmlns:text='{text_ns}'>"
               "<office:body><office:text><text:user-field-decls>"
               "<text:user-field-decl office:value-type='string' text:name='CustomerRecord' office:string-value="
               "'Wilfreda Quennell, 4471 N. Larkspur Bend Way, acct 7730-41852-06'/>"
               "<text:user-field-decl office:value-type='string' text:name='Department' office:string-value="
               "'Utility Billing'/></text:user-field-decls>"
               "<text:p>Customer: <text:user-field-get text:name='CustomerRecord'/></text:p>"
               "<text:p>From: <text:user-field-get text:name='Department'>Utility Billing</text:user-field-get></text:p>"
               "</office:text></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", content)
    segments = extract("https://www.cityofexample.org/files/case.odt", out.getvalue(), None).segments
    assert [(s.label, s.text) for s in segments if s.hidden == "field code"] == [
        ("customer record", "Wilfreda Quennell, 4471 N. Larkspur Bend Way, acct 7730-41852-06")]
