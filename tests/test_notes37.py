"""Staff's notes in a utility department's documents (red teams office37 and memos36): a cell's comment, a slide's
speaker notes, a reviewer's comment, a tracked deletion, hidden text, a frame's lines. A note that names a private
person with their own home ("lives at", "on 1234 ...", "Premise:") or with the number staff are to call them back at
("called back - reach at", "Call <name> at", "Llamar a <name> al", "Hold copy for <name>, <phone>") is a customer's
record, whether or not it says "customer": staff are reached at the City's numbers, extensions and departments.

Hard negatives: a contact the text offers the public ("For questions, call ..."), a number with an extension, a
titled official, a department's desk, a contractor's "reach them at", a City number and address of the letterhead,
a public comment's speaker, and a note of the same words in a text about no utility matter.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org/documents"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _workbook_with_notes(notes: dict[str, str]) -> bytes:
    """An outreach sign-up sheet whose cells carry the given notes (Excel's legacy comments)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    book = Workbook()
    sheet = book.active
    sheet.title = "Signups"
    sheet.append(["Event", "Date", "Attendees", "Energy audits requested"])
    sheet.append(["Library meter demo", "2025-05-02", 41, 6])
    sheet.append(["Senior center bill clinic", "2025-05-16", 28, 4])
    for cell, text in notes.items():
        sheet[cell].comment = Comment(text, "Outreach")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _deck_with_notes(notes: str) -> bytes:
    """A one-slide outreach deck whose speaker notes are ``notes``."""
    from pptx import Presentation
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Thermostat rebate results"
    slide.placeholders[1].text = "412 rebates paid; average bill savings 9%"
    slide.notes_slide.notes_text_frame.text = notes
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


# --- 1. notes that name a person with a callback number or a home ------------------------------------------------

def test_a_cell_comment_of_a_callback_with_the_home_is_a_customers_record():
    found = _found("outreach_signups.xlsx", _workbook_with_notes({
        "D2": "Rosalind Okonkwo called back - reach at 909.418.2267, lives at 1836 Tamsworth Ln. Wants audit.",
        "D3": "Gideon Baptiste-Hale called back, reach at (951) 307-6642. Wants audit.",
    }))
    assert {"Rosalind Okonkwo", "Gideon Baptiste-Hale"} <= values_of(found, "customer_name")
    assert {"909.418.2267", "(951) 307-6642"} <= values_of(found, "phone")
    assert "1836 Tamsworth Ln" in values_of(found, "address")


def test_speaker_notes_of_a_story_on_a_home_street_are_a_customers_record():
    found = _found("rebate_update.pptx", _deck_with_notes(
        "Story: Teodora Villaseñor on 3318 E. Harrowgate St (call 909-266-0483) saved $35/month after the rebate.\n"
        "Story: Kwabena Asante-Mills on 702 Quillmont Way (call (626) 904-1188) cut his summer bill by a fifth."))
    assert {"Teodora Villaseñor", "Kwabena Asante-Mills"} <= values_of(found, "customer_name")
    assert {"909-266-0483", "(626) 904-1188"} <= values_of(found, "phone")
    assert {"3318 E. Harrowgate St", "702 Quillmont Way"} <= values_of(found, "address")


def test_call_notes_in_english_and_spanish_name_the_customer_and_their_number():
    body = ("Meter read exceptions, Route 9\n"
            "Gate locked, dog on premises. Call Oluwaseun Adeyemi at +1 626 733 5081 before next visit.\n"
            "Nota: Llamar a Marisela Cuevas al 818.334.9172 antes del viernes.\n"
            "Rebill letters mailed. Hold copy for Desmond Ferreira, (818) 672-0394.\n"
            "Follow-up owed to Priyanka Ramdas, 951.226.4410.\n")
    found = _found("exceptions.txt", body)
    assert {"Oluwaseun Adeyemi", "Marisela Cuevas", "Desmond Ferreira", "Priyanka Ramdas"} <= values_of(
        found, "customer_name")
    assert {"+1 626 733 5081", "818.334.9172", "(818) 672-0394", "951.226.4410"} <= values_of(found, "phone")


def test_a_visit_or_a_move_in_at_a_home_names_its_resident():
    body = ("Field service log, electric meters\n"
            "Visit at 2291 W. Kellerton Ave for Ysolde Marchetti. Site visit completed.\n"
            "The other meter swap was requested by Anwar Qureshi at 1460 S Pellham Rd after a storm.\n"
            "Luciana Brandt - move-in at 3027 Oxbury Ct\n")
    found = _found("field_log.txt", body)
    assert {"Ysolde Marchetti", "Anwar Qureshi", "Luciana Brandt"} <= values_of(found, "customer_name")
    assert {"2291 W. Kellerton Ave", "1460 S Pellham Rd", "3027 Oxbury Ct"} <= values_of(found, "address")


def test_a_premise_label_over_the_home_and_number_names_the_resident():
    body = ("Site visit photo report - meter panel upgrade\n"
            "Inspector: R. Talbot\n"
            "Premise: Hovhannes Sarkissian\n"
            "418 E Brantwood Dr\n"
            "Tel. 909.513.2076\n"
            "The meter socket was sealed by SCE.\n")
    found = _found("site_visit.txt", body)
    assert "Hovhannes Sarkissian" in values_of(found, "customer_name")
    assert "418 E Brantwood Dr" in values_of(found, "address")
    assert "909.513.2076" in values_of(found, "phone")


# --- 2. hard negatives -----------------------------------------------------------------------------------------

def test_contacts_offered_to_the_public_and_desks_are_no_customers():
    body = ("Pomona Choice Energy billing notice\n"
            "For questions about your electric bill, call Teresa Halvorsen at (909) 402-5518.\n"
            "Meter shop: call Bruno Kessler at (951) 377-4120 x4417 about the test bench.\n"
            "Ask Maria in Billing, or call Jane (x4417).\n"
            "The contractor, Redline Electric, reach them at (562) 331-9024.\n"
            "Call Public Works Director Alondra Whitfield at (626) 441-2290 about the outage map.\n")
    found = _found("billing_notice.txt", body)
    assert not values_of(found, "customer_name") & {"Teresa Halvorsen", "Bruno Kessler", "Alondra Whitfield"}
    assert not values_of(found, "phone") & {"(909) 402-5518", "(951) 377-4120", "(562) 331-9024",
                                            "(626) 441-2290"}


def test_the_citys_own_number_and_hall_are_no_ones_home():
    body = ("CITY OF POMONA - UTILITY SERVICES, 505 S. Garey Ave, Pomona CA 91766, (909) 620-2241\n"
            "Meter access note: call Delphine Arroyo at (909) 620-2241 before next visit.\n"
            "Agenda review with Harlan Voss at 505 S. Garey Ave.\n")
    found = _found("meter_note.txt", body)
    assert not values_of(found, "customer_name") & {"Delphine Arroyo", "Harlan Voss"}


def test_a_note_about_no_utility_matter_is_left_alone():
    body = ("Library book club\n"
            "Call Imogen Castellanos at (626) 508-3391 before next visit.\n"
            "Story: Bartholomew Ngata on 611 Fernhollow Ln donated 40 books.\n")
    found = _found("bookclub.txt", body)
    assert not values_of(found, "customer_name") & {"Imogen Castellanos", "Bartholomew Ngata"}


def test_a_business_owners_firm_at_its_address_is_no_resident():
    body = ("Utility Commission minutes, item 3 (electric rates)\n"
            "Dorotea Lindqvist, owner of Silver Maple Framing Studio at 1190 W Halsey Ave, asked about demand charges.\n")
    found = _found("commission_minutes.txt", body)
    assert "Silver Maple Framing Studio" not in values_of(found, "customer_name")
    assert "1190 W Halsey Ave" not in values_of(found, "address")


def test_work_done_for_a_person_at_a_site_is_no_note_of_their_home():
    body = ("Electric permits issued this week\n"
            "Model HP-3300 heat pump installed for Evangelina Mwangi at 77 Birchcroft Ln.\n")
    assert "Evangelina Mwangi" not in values_of(_found("permits.txt", body), "customer_name")
