"""RTF letters: text read paragraph by paragraph through the file's code page and Unicode escapes; a
customer's complaint letter is found end to end, a City notice is silent."""
from __future__ import annotations

from crawler.extract import extract
from crawler.extract.sniff import RTF
from detectors.engine import scan_document
from detectors.registry import load_detectors

LETTER = rb"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}
\f0\fs24 March 4, 2024\par
\par
Pomona Choice Energy\par
Attn: Billing Dispute\par
\par
To whom it may concern,\par
My name is Mar\'eda L\'f3pez and I live at 1234 W Holt Ave, Pomona, CA 91768. My PCE account number is
 700-123-456-789 and I was billed twice for 640 kWh in February. You can reach me at (626) 555-0147.\par
\par
Sincerely,\par
Mar\u237?a L\u243?pez\par
}"""

NOTICE = rb"""{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}
\f0 NOTICE OF PUBLIC HEARING\par
The Pomona City Council will hold a public hearing on the proposed 2024 residential rates (Tier 1: $0.28 per
 kWh up to 500 kWh; Tier 2: $0.34 per kWh) on March 12, 2024 at 7:00 p.m. in the Council Chambers, Pomona City
 Hall, 505 S. Garey Ave, Pomona, CA 91766.\par
Questions: Maria Santos, Energy Manager, (909) 620-2000, pce@pomonaca.gov.\par
Rosalia Butler, City Clerk\par
}"""


def test_rtf_paragraphs_are_read_with_their_code_page():
    doc = extract("https://www.example.gov/letters/dispute.rtf", LETTER, "application/octet-stream")
    assert doc.content_type == RTF
    texts = [s.text for s in doc.segments]
    assert texts[0] == "March 4, 2024"
    assert texts[-1] == "María López"
    assert doc.segments[-1].location.element == f"paragraph {len(texts)}"
    assert "My PCE account number is 700-123-456-789 and" in texts[4]  # RTF ignores its own line breaks


def test_customer_letter_in_rtf_is_found():
    found = scan_document(extract("https://www.example.gov/agenda/item-9-letter.rtf", LETTER), load_detectors())
    assert {"customer_name", "address", "account_number", "phone"} <= {f.category for f in found}


def test_city_notice_in_rtf_is_silent():
    doc = extract("https://www.example.gov/notices/hearing.rtf", NOTICE, "text/rtf")
    assert "NOTICE OF PUBLIC HEARING" in [s.text for s in doc.segments]
    assert scan_document(doc, load_detectors()) == []


# Word keeps page headers, review comments and footnotes in "destinations" outside the body's flow.
REVIEWED_LETTER = rb"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}
{\info{\title Payment arrangement}{\author Billing desk}}
{\header\pard\plain RE: Lorena Oliv\u225?rez, PCE account 6087 9321 30\par}
{\footerf\pard Pomona Choice Energy \{confidential\}\par}
\pard\f0 City of Pomona - Utility Services\par
Your payment arrangement was approved.{\*\atnid RL}{\*\atnauthor Rosa}\chatn{\*\annotation{\*\atnref 1}\pard
customer Lilit Sargsyan phone 951 623 5849, PCE account 4791634458, she lives at 2388 Holt Ave, Pomona, CA 91766\par}
 Thank you.{\super\chftn}{\footnote\pard\plain{\super\chftn} Balance moved from account 5510-2231-07.\par}\par
}"""


def test_rtf_headers_comments_footnotes_and_properties_are_read_and_located():
    doc = extract("https://www.example.gov/letters/arrangement.rtf", REVIEWED_LETTER)
    by_place = {s.location.element: s for s in doc.segments}
    header = by_place["header 1, paragraph 1"]
    assert header.text == "RE: Lorena Olivárez, PCE account 6087 9321 30" and header.chrome
    assert by_place["first-page footer 1, paragraph 1"].text == "Pomona Choice Energy {confidential}"
    comment = by_place["comment 1, paragraph 1"]
    assert comment.hidden == "comment" and comment.text.startswith("customer Lilit Sargsyan phone 951 623 5849")
    assert by_place["footnote 1, paragraph 1"].text.endswith("Balance moved from account 5510-2231-07.")
    assert doc.title == "Payment arrangement"
    body = [s.text for s in doc.segments if s.location.element.startswith("paragraph")]
    assert body == ["City of Pomona - Utility Services", "Your payment arrangement was approved. Thank you."]
    assert not doc.unchecked


def test_customers_in_rtf_header_and_comment_are_found():
    found = scan_document(extract("https://www.example.gov/letters/arrangement.rtf", REVIEWED_LETTER),
                          load_detectors())
    places = {(f.category, f.location.element) for f in found}
    assert ("account_number", "header 1, paragraph 1") in places
    assert {("customer_name", "comment 1, paragraph 1"), ("account_number", "comment 1, paragraph 1")} <= places


def test_city_notice_header_and_footer_are_silent():
    notice = NOTICE.replace(rb"\f0 NOTICE", rb"{\header\pard City of Pomona - City Clerk - (909) 620-2311\par}"
                            rb"{\footer\pard Page \chpgn  - Agenda item 14, Resolution No. 2026-178\par}\f0 NOTICE")
    doc = extract("https://www.example.gov/notices/hearing.rtf", notice, "text/rtf")
    assert "header 1, paragraph 1" in {s.location.element for s in doc.segments}
    assert scan_document(doc, load_detectors()) == []


def test_an_unclosed_comment_is_not_checked():
    doc = extract("https://www.example.gov/letters/cut.rtf", rb"{\rtf1\ansi Dear customer,\par{\*\annotation call")
    assert doc.unchecked == ["RTF comment group is never closed: not read"]


# a shape's text box: its text in \shptxt, and as Word writes it, again in a \shprslt drawing object for old readers
TEXT_BOX = r"{\shptxt \pard\plain Hold: Wiremu Castellanos \endash  Acct# W-553017-42 \endash  (218) 604-7731\par}"
SHAPE = r"{\shp{\*\shpinst\shpleft0\shptop0\shpright3000\shpbottom1200{\sp{\sn shapeType}{\sv 202}}" + TEXT_BOX + "}"
FALLBACK = (r"{\shprslt{\*\do\dobxcolumn\dobypara\dodhgt8192\dptxbx\dptxlrtb{\dptxbxtext\pard\plain Hold: Wiremu "
            r"Castellanos \endash  Acct# W-553017-42 \endash  (218) 604-7731\par}\dpx0\dpy0\dpxsize3000\dpysize1200}}")


def shape_letter(shape: str, closing: str) -> bytes:
    return (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 \pard Dear customer:\par \pard {" + shape
            + r"}\par \pard " + closing + r",\par }").encode()


def test_a_shape_s_text_box_is_read_once_and_the_letter_s_closing_is_no_name():
    for shape, closing in ((SHAPE + "}", "Sincerely"), (SHAPE + FALLBACK + "}", "Regards")):
        doc = extract("https://www.example.gov/letters/hold.rtf", shape_letter(shape, closing))
        boxes = [s.text for s in doc.segments if s.location.element.startswith("text box")]
        assert boxes == ["Hold: Wiremu Castellanos \u2013 Acct# W-553017-42 \u2013 (218) 604-7731"]
        found = {(f.category, f.value) for f in scan_document(doc, load_detectors())}
        assert found == {("customer_name", "Wiremu Castellanos"), ("account_number", "W-553017-42"),
                         ("phone", "(218) 604-7731")}


def test_an_old_drawing_object_s_text_box_is_still_read():
    doc = extract("https://www.example.gov/letters/hold.rtf", shape_letter(FALLBACK[len("{\\shprslt"):-1], "Sincerely"))
    assert [s.text for s in doc.segments if s.location.element.startswith("text box")] == [
        "Hold: Wiremu Castellanos \u2013 Acct# W-553017-42 \u2013 (218) 604-7731"]
