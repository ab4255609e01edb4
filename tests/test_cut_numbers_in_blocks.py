"""An account number cut at its dash by a line's end in a page or an office file: a <br> or a Word line break inside
a sentence, a paragraph (a PDF converted to HTML sets each printed line in a <p>) ending in the number's first groups.
The number is made whole on its first line, as a text file's is, and the name it is tied to is found with it; a list
of amounts, an address block, a date cut at its dash and a table's cells are not joined."""
from __future__ import annotations

import io

import docx
import pptx

from crawler.extract import extract
from crawler.extract.sniff import ODT
from tests.test_extract_opendocument import package
from tests.test_table_headers import found

_SENTENCE = ("Resident Teuila Faleolo (acct 7318-", "40966-52) closed the account.")


def _docx(*paragraphs: list[str]) -> bytes:
    """A Word file of paragraphs, each given as its lines (joined by soft line breaks)."""
    document = docx.Document()
    for lines in paragraphs:
        run = document.add_paragraph().add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run.add_text(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_br_inside_a_sentence_keeps_the_account_and_its_name():
    result = found("moves.html", f"<p>{_SENTENCE[0]}<br>\n{_SENTENCE[1]}</p>".encode())
    assert ("account_number", "7318-40966-52") in result
    assert ("customer_name", "Teuila Faleolo") in result


def test_each_printed_line_in_a_paragraph_of_its_own():
    result = found("converted.html", f'<div>{_SENTENCE[0]}</div><div>{_SENTENCE[1]}</div>'.encode())
    assert ("account_number", "7318-40966-52") in result
    document = extract("https://www.pomonaca.gov/docs/converted.html",
                       f'<body><p>{_SENTENCE[0]}</p><p>{_SENTENCE[1]}</p></body>'.encode(), None)
    whole = next(s for s in document.segments if "7318-40966-52" in s.text)
    assert whole.location.element == "p:nth-of-type(1)" and whole.text.startswith("Resident")


def test_a_word_line_break_or_paragraph_end_inside_the_account():
    soft = found("moves.docx", _docx(list(_SENTENCE)))
    assert ("account_number", "7318-40966-52") in soft and ("customer_name", "Teuila Faleolo") in soft
    assert ("account_number", "7318-40966-52") in found("split.docx", _docx([_SENTENCE[0]], [_SENTENCE[1]]))


def test_a_word_paragraph_keeps_its_location_on_the_first_line():
    document = extract("https://www.pomonaca.gov/docs/split.docx", _docx([_SENTENCE[0]], [_SENTENCE[1]]), None)
    texts = {s.location.element: s.text for s in document.segments if s.hidden is None}
    assert texts["paragraph 1"] == "Resident Teuila Faleolo (acct 7318-40966-52"
    assert texts["paragraph 2"] == ") closed the account."


def test_an_opendocument_line_break_or_paragraph_end_inside_the_account():
    soft = package(ODT, f"<office:text><text:p>{_SENTENCE[0]}<text:line-break/>{_SENTENCE[1]}</text:p></office:text>")
    assert ("account_number", "7318-40966-52") in found("moves.odt", soft)
    split = package(ODT, f"<office:text><text:p>{_SENTENCE[0]}</text:p><text:p>{_SENTENCE[1]}</text:p></office:text>")
    assert ("account_number", "7318-40966-52") in found("split.odt", split)


def test_an_rtf_line_break_inside_the_account():
    body = ("{\\rtf1\\ansi " + _SENTENCE[0] + "\\line " + _SENTENCE[1] + "\\par}").encode()
    assert ("account_number", "7318-40966-52") in found("moves.rtf", body)


def test_a_slide_text_frame_wrapped_inside_the_account():
    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Move-outs"
    frame = slide.placeholders[1].text_frame
    frame.text = _SENTENCE[0]
    frame.add_paragraph().text = _SENTENCE[1]
    out = io.BytesIO()
    deck.save(out)
    assert ("account_number", "7318-40966-52") in found("moves.pptx", out.getvalue())


def test_amounts_an_address_block_and_a_date_are_not_joined():
    from crawler.extract.text_fields import mend_cut_blocks, mend_cut_lines

    amounts = "Grants awarded:\n$12,400.00\n$9,150.00\n$31,000.00"
    assert mend_cut_lines(amounts) == amounts
    assert mend_cut_lines("Public Works Yard\n1580\nWest Mission Blvd") == "Public Works Yard\n1580\nWest Mission Blvd"
    assert mend_cut_lines("Hearing held 2025-06-12\n345 residents attended") == (
        "Hearing held 2025-06-12\n345 residents attended")
    assert mend_cut_blocks("Hearing held 2025-06-12", "345 residents attended") == (
        "Hearing held 2025-06-12", "345 residents attended")
    assert mend_cut_blocks("Phone (909) 620-2311", "4400 households were served.") == (
        "Phone (909) 620-2311", "4400 households were served.")


def test_a_city_page_of_lines_is_silent():
    page = (b"<p>Water Resources Division<br>1580<br>West Mission Blvd<br>(909) 620-2251</p>"
            b"<p>Fiscal Year 2025-<br>2026 capital budget: 14 projects</p>"
            b"<ul><li>Project 2024-</li><li>117 streets resurfaced</li></ul>"
            b"<table><tr><td>Permit 2023-</td><td>4410 total</td></tr></table>"
            b"<p>Average residential use:<br>612<br>kWh per month</p>")
    assert not any(category in ("account_number", "customer_name", "address") for category, _ in
                   found("division.html", page))
