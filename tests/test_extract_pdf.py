"""PDF extraction: lines with page and line numbers, hidden text (metadata, annotations, form fields,
XFA data, text under redaction boxes), broken and encrypted files."""
from __future__ import annotations

import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod

from crawler.extract import ExtractError, extract


def fpdf(*pages: list[str]) -> FPDF:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    return pdf


def pdf_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def raw_pdf(*objects: bytes) -> bytes:
    """A PDF file from object bodies (object 1 is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), extra, data)


PAGE = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
        b" /Resources << /Font << /F1 3 0 R >> >> %s >>")
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def lines(document) -> list[tuple[str, int | None, int | None]]:
    return [(s.text, s.location.page, s.location.line) for s in document.segments if s.hidden is None]


def test_one_segment_per_visual_line_with_page_and_line():
    doc = extract("https://x/notice.pdf", pdf_bytes(fpdf(["Dear customer,", "SSN 512-34-6789"], ["Page two"])))
    assert doc.pages == 2
    assert doc.content_type == "application/pdf"
    assert lines(doc) == [("Dear customer,", 1, 1), ("SSN 512-34-6789", 1, 2), ("Page two", 2, 1)]


def test_label_and_value_far_apart_on_one_line_stay_one_segment():
    pdf = fpdf()
    pdf.add_page()
    pdf.cell(60, 10, "Account No.:")
    pdf.cell(60, 10, "2-23-456-7890")
    pdf.cell(0, 10, "Jane Doe", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, "next line")
    doc = extract("https://x/a.pdf", pdf_bytes(pdf))
    assert lines(doc)[:2] == [("Account No.:\t2-23-456-7890\tJane Doe", 1, 1), ("next line", 1, 2)]


def test_metadata_is_hidden_text_and_gives_the_title():
    pdf = fpdf(["body"])
    pdf.set_title("Customer list")
    pdf.set_author("Jane Clerk")
    pdf.set_keywords("confidential accounts")
    doc = extract("https://x/a.pdf", pdf_bytes(pdf))
    assert doc.title == "Customer list"
    metadata = {s.label: s.text for s in doc.segments if s.hidden == "pdf metadata"}
    assert metadata == {"Title": "Customer list", "Author": "Jane Clerk", "Keywords": "confidential accounts"}


def test_annotations_are_hidden_text_on_their_page():
    pdf = fpdf(["body"])
    pdf.text_annotation(100, 100, "Note: customer SSN 512-34-6789")
    doc = extract("https://x/a.pdf", pdf_bytes(pdf))
    note = [s for s in doc.segments if s.hidden == "annotation"]
    assert [(s.text, s.location.page, s.label) for s in note] == [("Note: customer SSN 512-34-6789", 1, "Text")]


def test_text_under_a_black_box_is_hidden_but_white_text_on_black_is_not():
    pdf = fpdf(["Visible line"])
    pdf.text(20, 60, "Redacted SSN 512-34-6789")
    pdf.set_fill_color(0, 0, 0)
    pdf.rect(18, 54, 90, 9, style="F")
    pdf.rect(18, 74, 90, 9, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.text(20, 80, "Banner on black")
    doc = extract("https://x/a.pdf", pdf_bytes(pdf))
    assert {s.text: s.hidden for s in doc.segments} == {
        "Visible line": None, "Redacted SSN 512-34-6789": "under a redaction box", "Banner on black": None}


def test_filled_form_fields_are_hidden_text_labelled_and_on_their_page():
    body = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 7 0 R] >> >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        PAGE % (5, b"/Annots [6 0 R]"),
        stream(b"BT /F1 12 Tf 72 720 Td (Application form) Tj ET"),
        b"<< /FT /Tx /T (ssn) /TU (Social Security Number) /V (512-34-6789)"
        b" /Subtype /Widget /Rect [0 0 9 9] /P 4 0 R >>",
        b"<< /T (customer) /Kids [8 0 R] >>",
        b"<< /FT /Tx /T (name) /V <FEFF004A0061006E006500200044006F0065> /Parent 7 0 R >>",
    )
    doc = extract("https://x/form.pdf", body)
    fields = [(s.text, s.label, s.location.as_dict()) for s in doc.segments if s.hidden == "form field"]
    assert fields == [("512-34-6789", "Social Security Number", {"page": 1, "element": "form field ssn"}),
                      ("Jane Doe", "name", {"element": "form field customer.name"})]


def test_filled_xfa_form_data_is_hidden_text():
    datasets = (b'<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form1><Customer>'
                b"<Name>Jane Doe</Name><SSN>512-34-6789</SSN><Empty/></Customer></form1></xfa:data></xfa:datasets>")
    body = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA [(datasets) 6 0 R] >> >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        PAGE % (5, b""),
        stream(b"BT /F1 12 Tf 72 720 Td (Please wait...) Tj ET"),
        stream(datasets),
    )
    doc = extract("https://x/xfa.pdf", body)
    data = [(s.text, s.label, s.location.element) for s in doc.segments if s.hidden == "xfa form data"]
    assert data == [("Jane Doe", "Name", "XFA form data: form1 > Customer > Name"),
                    ("512-34-6789", "SSN", "XFA form data: form1 > Customer > SSN")]


def test_an_unreadable_page_is_reported_unchecked_and_the_others_are_read():
    body = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>",
        FONT,
        b"(a page tree entry that is no page)",
        stream(b"BT /F1 12 Tf 72 720 Td (First page) Tj ET"),
        PAGE % (7, b""),
        stream(b"BT /F1 12 Tf 72 720 Td (Second page) Tj ET"),
    )
    doc = extract("https://x/a.pdf", body)
    assert doc.pages == 2
    assert lines(doc) == [("Second page", 2, 1)]
    assert doc.unchecked == ["page 1 unreadable: Failed to load page."]


def test_form_fields_are_kept_when_no_page_can_be_found():
    body = raw_pdf(b"<< /Type /Catalog /AcroForm << /Fields [2 0 R] >> >>", b"<< /T (acct) /V (2-23-456-7890) >>")
    doc = extract("https://x/a.pdf", body)
    assert [s.text for s in doc.segments] == ["2-23-456-7890"]
    assert "no pages found" in doc.warnings[-1]


def test_served_as_html_it_is_still_read_as_a_pdf():
    body = b"\r\n\r\n" + pdf_bytes(fpdf(["SSN 512-34-6789"]))
    doc = extract("https://x/download", body, "text/html; charset=utf-8")
    assert doc.content_type == "application/pdf"
    assert lines(doc) == [("SSN 512-34-6789", 1, 1)]


@pytest.mark.parametrize("body, reason", [
    (b"", "empty file"),
    (b"this is not a PDF at all", "not a PDF (no %PDF- header)"),
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "corrupt PDF"),
    (b"%PDF-1.7\n" + bytes(range(256)) * 20, "corrupt PDF"),
])
def test_broken_files_raise_extract_error_with_a_reason(body, reason):
    with pytest.raises(ExtractError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        extract("https://x/broken.pdf", body)


def test_truncated_file_raises_or_keeps_what_it_can():
    whole = pdf_bytes(fpdf(["SSN 512-34-6789"] * 40, ["more"] * 40))
    for cut in (len(whole) // 4, len(whole) // 2, len(whole) - 30):
        try:
            doc = extract("https://x/cut.pdf", whole[:cut])
        except ExtractError as e:
            assert str(e).startswith(("corrupt PDF", "not a PDF")), str(e)
        else:
            assert doc.pages >= 1


@pytest.mark.parametrize("method", [EncryptionMethod.RC4, EncryptionMethod.AES_128, EncryptionMethod.AES_256])
def test_encrypted_with_an_empty_user_password_opens(method):
    pdf = fpdf(["SSN 512-34-6789"])
    pdf.set_encryption(owner_password="owner", user_password="", encryption_method=method)
    assert lines(extract("https://x/a.pdf", pdf_bytes(pdf))) == [("SSN 512-34-6789", 1, 1)]


def test_encrypted_with_a_user_password_is_an_extract_error():
    pdf = fpdf(["SSN 512-34-6789"])
    pdf.set_encryption(owner_password="owner", user_password="secret", encryption_method=EncryptionMethod.AES_128)
    with pytest.raises(ExtractError, match=r"encrypted PDF \(password required\)"):
        extract("https://x/a.pdf", pdf_bytes(pdf))


def test_text_budget_stops_reading_pages_with_a_warning():
    doc = extract("https://x/a.pdf", pdf_bytes(fpdf(["a line of text"] * 5, ["page two"])), max_chars=20)
    assert doc.text_size == 20
    assert doc.pages == 2
    assert any("extraction limit" in w for w in doc.unchecked)


def test_characters_beyond_the_bmp_are_read_not_left_out_as_unmapped():
    """PDFium gives an emoji or a mathematical digit as the two halves of its UTF-16 surrogate pair: they are
    one character of the text, not glyphs without a Unicode mapping (an SSN set in bold math digits is an SSN)."""
    to_unicode = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def"
                  b" 1 begincodespacerange <00> <FF> endcodespacerange"
                  b" 2 beginbfchar <01> <D83DDE0A> <02> <D835DFD3> endbfchar"
                  b" endcmap CMapName currentdict /CMap defineresource pop end end")
    body = raw_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
                   b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>", PAGE % (5, b""),
                   stream(rb"BT /F1 12 Tf 72 700 Td (Thanks \001 from Ana, SSN 512-34-678\002) Tj ET"),
                   stream(to_unicode))
    doc = extract("https://x/a.pdf", body)
    assert lines(doc) == [("Thanks \U0001F60A from Ana, SSN 512-34-678\U0001D7D3", 1, 1)]
    assert doc.warnings == []
