"""Word content controls: a form typed into inline controls shows its labels only as the controls' titles (Word's
title tab over each control), so the values alone are bare numbers ("Customer information: 32903082  443 kWh").
The extractor reads each control's title as its value's label ("SA #: 32903082"), unless the value already says it
or the control still shows its placeholder. Hard negatives: a City event form typed the same way, a template's
placeholders."""
from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from crawler.extract import extract
from tests.detector_helpers import pairs_found, values_of

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_URL = "https://www.ci.pomona.ca.us/utility-services/hearings/memo.docx"


def _control(title: str, value: str, placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt xmlns:w="{_W}"><w:sdtPr><w:alias w:val="{title}"/><w:tag w:val="field"/>'
            f'{shown}</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{value}  </w:t></w:r></w:sdtContent>'
            f'</w:sdt>')


def _memo(heading: str, lead: str, controls: list[tuple[str, str]], placeholder: bool = False) -> bytes:
    document = docx.Document()
    document.add_paragraph(heading)
    paragraph = document.add_paragraph(lead)
    for title, value in controls:
        paragraph._p.append(parse_xml(_control(title, value, placeholder)))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_DISPUTE = _memo("MEMORANDUM - Billing dispute referred by Utility Services", "Customer information: ", [
    ("Customer Name", "Wendelin Oyelaran-Brisk"), ("Service Address", "2716 N Towne Ave, Pomona CA 91767"),
    ("SA #", "41075538"), ("Monthly Usage", "612 kWh"), ("Contact", "(909) 471-3358")])


def test_a_controls_title_labels_its_bare_value():
    found = pairs_found(_URL, _DISPUTE, _DOCX)
    assert values_of(found, "account_number") == {"41075538"}
    assert values_of(found, "energy_usage") == {"612 kWh"}
    assert "Wendelin Oyelaran-Brisk" in values_of(found, "customer_name")
    assert "(909) 471-3358" in values_of(found, "phone")


def test_a_title_the_value_already_says_is_not_written_twice():
    body = _memo("Case file", "", [("Account", "Account: 41075538")])
    text = " ".join(segment.text for segment in extract(_URL, body, _DOCX).segments)
    assert "Account: 41075538" in text and "Account: Account" not in text


def test_a_city_event_form_typed_into_controls_is_no_finding():
    body = _memo("Facility use request - Parks and Recreation", "Event details: ", [
        ("Event Date", "June 14, 2025"), ("Location", "Ganesha Park, 1575 N White Ave"), ("Attendance", "250"),
        ("Permit No.", "SE-2025-0412"), ("City Contact", "(909) 620-2321")])
    assert pairs_found(_URL, body, _DOCX) == set()


def test_a_templates_placeholders_are_no_labels_and_no_values():
    body = _memo("Billing dispute memo template", "Customer information: ", [
        ("Customer Name", "Click or tap here to enter text."), ("SA #", "[SA number]")], placeholder=True)
    text = " ".join(segment.text for segment in extract(_URL, body, _DOCX).segments)
    assert "SA #:" not in text
    assert pairs_found(_URL, body, _DOCX) == set()
