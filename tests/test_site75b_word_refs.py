"""site75b red team: a merge letter that keeps its holder in a Word SET field and shows it with REF.

``{ SET holder "Elena Alvarado" }`` stores a value under a bookmark whatever its name ("holder", "resident",
"acctholder": no label the detectors know), and ``{ REF holder }`` shows it where it stands; a letter whose
fields were never updated has blank results ("Dear , our records show a past-due balance on your account at .").
The REF now shows the value the last SET before it stored, as Word shows it after F9 ("Dear Elena Alvarado, ...
your account at 4411 Linden Ave."), in a .docx and in a Word 97 .doc; each letter of a merge shows its own holder.
A REF to a bookmark no SET stores, and PAGE/DATE fields, still show nothing.
"""
from __future__ import annotations

import html
import io
import zipfile

from crawler.extract import extract
from crawler.extract.word_fields import stored_values
from tests.detector_helpers import pairs_found, values_of
from tests.ole_files import word_document

URL = "https://www.cityofexample.org/files/payment-plan-letters.docx"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _run(text: str) -> str:
    return f"<w:r><w:t xml:space='preserve'>{html.escape(text)}</w:t></w:r>"


def _para(*runs: str) -> str:
    return f"<w:p>{''.join(r if r.startswith('<') else _run(r) for r in runs)}</w:p>"


def _field(instruction: str, result: str = "") -> str:
    return ("<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
            f"<w:r><w:instrText xml:space='preserve'> {html.escape(instruction)} </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r>" + (_run(result) if result else "")
            + "<w:r><w:fldChar w:fldCharType='end'/></w:r>")


def _docx(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<?xml version='1.0'?><Types xmlns='http://schemas.openxmlformats.org/"
                         "package/2006/content-types'><Default Extension='rels' ContentType='application/vnd."
                         "openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/"
                         "xml'/><Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-"
                         "officedocument.wordprocessingml.document.main+xml'/></Types>")
        package.writestr("_rels/.rels", "<?xml version='1.0'?><Relationships xmlns='http://schemas.openxmlformats.org/"
                         f"package/2006/relationships'><Relationship Id='rId1' Type='{_REL}officeDocument' "
                         "Target='word/document.xml'/></Relationships>")
        package.writestr("word/document.xml", f"<?xml version='1.0'?><w:document xmlns:w='{_W}'><w:body>{body}"
                         "</w:body></w:document>")
    return out.getvalue()


def _letter(bookmark: str, name: str, home: str) -> str:
    return (_para(_field(f'SET {bookmark} "{name}"'), _field(f'SET addr "{home}"'))
            + _para("Dear ", _field(f"REF {bookmark} \\h"), ", our records show a past-due balance on your account at ",
                    _field("REF addr"), ". Please contact Customer Service to arrange payment.")
            + _para("Sincerely, Utility Billing"))


def _shown(data: bytes, url: str = URL) -> list[str]:
    return [s.text for s in extract(url, data, None).segments if s.hidden is None]


def test_a_ref_shows_what_its_set_stored_under_a_bookmark_no_label_names():
    data = _docx(_para("Payment Plan Letters") + _letter("holder", "Elena Alvarado", "4411 Linden Ave"))
    assert any(t.startswith("Dear Elena Alvarado, our records") and "at 4411 Linden Ave." in t for t in _shown(data))
    found = pairs_found(URL, data)
    assert "Elena Alvarado" in values_of(found, "customer_name")
    assert any(v.startswith("4411 Linden Ave") for v in values_of(found, "address"))


def test_each_letter_of_a_merge_shows_its_own_holder():
    data = _docx(_para("Payment Plan Letters") + _letter("resident", "Ingrid Cortez", "1990 Canyon View St")
                 + _letter("resident", "Ignacio Zamora", "6243 Hawthorne Ave"))
    shown = [t for t in _shown(data) if t.startswith("Dear")]
    assert shown[0].startswith("Dear Ingrid Cortez,") and "1990 Canyon View St" in shown[0]
    assert shown[1].startswith("Dear Ignacio Zamora,") and "6243 Hawthorne Ave" in shown[1]
    assert {"Ingrid Cortez", "Ignacio Zamora"} <= values_of(pairs_found(URL, data), "customer_name")


def test_a_word97_ref_shows_the_last_set_before_it():
    data = word_document("Payment plans\r\x13 SET holder \"Elena Alvarado\" \x14\x15\rDear \x13 REF holder \x14\x15, "
                         "your account is past due.\r\x13 SET holder \"Ana Ruiz\" \x14\x15\rDear \x13 REF holder \\h "
                         "\x14\x15, your account is past due.\r")
    shown = _shown(data, "https://www.cityofexample.org/files/letters.doc")
    assert "Dear Elena Alvarado, your account is past due." in shown
    assert "Dear Ana Ruiz, your account is past due." in shown


def test_a_ref_to_no_stored_bookmark_and_other_codes_show_nothing_new():
    data = _docx(_para("Dear ", _field("REF holder"), ", thank you.") + _para("Page ", _field("PAGE"), " of ",
                                                                          _field("NUMPAGES")))
    assert _shown(data) == ["Dear , thank you.", "Page of"]
    assert stored_values(['SET holder "Ana Ruiz"', "SET empty", 'SET sw \\* MERGEFORMAT', "REF holder"]) == {
        "holder": "Ana Ruiz"}


def test_a_ref_whose_result_shows_a_value_keeps_it():
    data = _docx(_para(_field('SET holder "Elena Alvarado"')) + _para("Dear ", _field("REF holder", "Occupant"),
                                                                      ", our records show a balance."))
    assert "Dear Occupant, our records show a balance." in _shown(data)
