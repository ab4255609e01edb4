"""site73c red team: customer records that Word memos and letters write as prose or lay out on the page.

- A letter whose address block sits in a one-row table beside its date (a window envelope's layout) is read as a
  letter: the table places blocks of lines, it holds no record's fields, so the block over the salutation names the
  addressee and their home. A vendor's letter laid out so stays public, and a one-row table of single values is
  still one record.
- A household named by the plural of a surname that is a word ("the Stones' account ... at ...") is a customer
  where its possessive holds a numbered account at a house number; an estate's or a team's meter or unnumbered
  account at an address stays public.
- The number staff left a message for a person named by title and surname at ("Left a voicemail for Mr. X at
  (909) ...") is that person's; a message left for an office, and a program contact's line, stay public.
- WordArt that an older Word keeps in a VML shape (``v:textpath string="..."``) is shown text, read as a text box's;
  a flyer's WordArt with a facility's address stays public, and a drawing's VML copy is not read twice.
"""
from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.oxml import parse_xml

from detectors.context.plural_families import acting_families
from tests.detector_helpers import pairs_found, values_of

MEMO = "https://www.cityofexample.org/utility/billing-followups.html"
LETTER = "https://www.cityofexample.org/files/medical-baseline-letter.docx"


def _letter(block: list[str], beside: str | None, *paragraphs: str) -> bytes:
    """A Word letter whose first thing is a one-row table: the address block's lines in one cell, ``beside`` (the
    date) in a second cell when given; then the letter's paragraphs."""
    document = WordDocument()
    table = document.add_table(rows=1, cols=2 if beside else 1)
    first = table.cell(0, 0)
    first.paragraphs[0].text = block[0]
    for line in block[1:]:
        first.add_paragraph(line)
    if beside:
        table.cell(0, 1).paragraphs[0].text = beside
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _memo(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(MEMO, f"<html><head><title>Follow-ups</title></head><body><h1>Billing follow-ups</h1>{body}"
                             "</body></html>", "text/html")


def test_a_window_envelope_address_block_in_a_table_is_the_letters_addressee():
    found = pairs_found(LETTER, _letter(
        ["Wilhelmus Tambourine-Okoro", "7712 N. Candlenut Court", "Pomona, CA 91767"], "June 16, 2026",
        "Dear Wilhelmus,",
        "Your request for a medical baseline allowance was approved. Your usage last month was 1,487 kWh.",
        "Sincerely,", "Odalys Ferraro-Quist", "Energy Programs Coordinator"))
    assert ("customer_name", "Wilhelmus Tambourine-Okoro") in found
    assert any(v.startswith("7712 N. Candlenut Court") for v in values_of(found, "address"))
    assert ("energy_usage", "1,487 kWh") in found
    assert not {v for c, v in found if "Ferraro" in v}


def test_an_address_block_alone_in_a_one_cell_table_is_read_as_the_letters_too():
    found = pairs_found(LETTER, _letter(
        ["Ms. Perpetua Vandersloot", "3305 Quailbrush Lane", "Pomona, CA 91768"], None,
        "Re: Account No. 4471-88203-15", "Dear Ms. Vandersloot:",
        "Your account is past due. Please pay the balance by July 1 to avoid a shut-off.", "Sincerely,",
        "Customer Care"))
    assert ("account_number", "4471-88203-15") in found
    assert any("Vandersloot" in v for v in values_of(found, "customer_name"))
    assert any(v.startswith("3305 Quailbrush Lane") for v in values_of(found, "address"))


def test_a_vendor_letter_and_a_staff_block_laid_out_so_stay_public():
    found = pairs_found(LETTER, _letter(
        ["Gareth Hollister", "Sierra Vista Meter Services LLC", "4120 Airport Dr", "Ontario, CA 91761"],
        "May 4, 2026", "Re: Contract No. 2026-114 - Meter exchange", "Dear Mr. Hollister:",
        "The City accepts your proposal dated March 3. Invoices may be sent to Utility Billing.", "Sincerely,",
        "Desmond Achterberg", "Utility Billing Analyst"))
    assert not {(c, v) for c, v in found if c in ("customer_name", "address", "phone")}
    staff = pairs_found(LETTER, _letter(
        ["Utility Services", "505 S. Garey Ave", "Pomona, CA 91766"], "(909) 620-2011",
        "Office hours are 8 a.m. to 5 p.m., Monday through Thursday."))
    assert not staff


def _one_row(*cells: list[str]) -> set[tuple[str, str]]:
    """A Word file of one paragraph over a one-row table, each cell's lines its paragraphs."""
    document = WordDocument()
    document.add_paragraph("Case record")
    for cell, lines in zip(document.add_table(rows=1, cols=len(cells)).rows[0].cells, cells):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return pairs_found("https://www.cityofexample.org/files/case-record.docx", out.getvalue())


def test_a_one_row_table_of_fields_is_still_one_record():
    found = _one_row(["Customer: Hyacinth Oduya-Brandt"], ["Service address: 2218 Redbud Ave"],
                     ["Acct. No. 7703-11958-42"], ["Tel. (951) 448-2290"])
    assert {("account_number", "7703-11958-42"), ("phone", "(951) 448-2290")} <= found
    assert any("Oduya-Brandt" in v for v in values_of(found, "customer_name"))
    # a form's cells, each a label over its value, the address's city line too
    found = _one_row(["Customer", "Hyacinth Oduya-Brandt"], ["Service Address", "2218 Redbud Ave", "Pomona, CA 91766"],
                     ["Account No.", "7703-11958-42"])
    assert ("customer_name", "Hyacinth Oduya-Brandt") in found
    assert ("account_number", "7703-11958-42") in found
    assert any(v.startswith("2218 Redbud Ave") for v in values_of(found, "address"))


def test_a_facilitys_block_in_a_one_row_table_stays_public():
    assert not _one_row(["Ganesha Community Center", "1575 N. White Ave", "Pomona, CA 91768"],
                        ["Open daily 9 a.m. to 5 p.m.", "(909) 620-2265"])


def _households(text: str) -> list[str]:
    return [text[a:b] for a, b in acting_families(text)]


def test_a_word_surnames_possessive_numbered_account_at_a_house_number_is_a_household():
    assert _households("Separately, the Lakes' account 838 828 9205 at 3694 W. Thornapple Avenue was closed on 7/19 "
                       "after the move-out request.") == ["Lakes"]
    assert _households("The Stones' account PCE-204619-12 at 41 Redbud Ln. was closed.") == ["Stones"]
    found = _memo("Separately, the Churches' account 4410-22871-06 at 1187 E. Silverleaf Dr. was closed after the "
                  "move-out request.")
    assert {("customer_name", "Churches"), ("account_number", "4410-22871-06")} <= found


def test_an_estates_meter_or_unnumbered_account_at_an_address_stays_public():
    assert not _households("The Hills' meter at 400 Ridge Rd used 12,000 kWh in July.")
    assert not _households("The Hills' account at 400 Ridge Rd was billed 12,000 kWh in July.")
    assert not _households("The Woods' account 2026-118 for the senior community is managed by Cobblestone LLC.")


def _chronology(*extra: str) -> set[tuple[str, str]]:
    """A memo's chronology table (date | action) of a customer's case, then ``extra`` paragraphs."""
    document = WordDocument()
    document.add_paragraph("SUBJECT: High-bill complaint chronology")
    rows = [("Date", "Action"),
            ("03/11/2026", "Mr. Florian Ferrandino called about a high bill for 4314 W. Thornapple St."),
            ("03/21/2026", "Left a voicemail for Mr. Ferrandino at (909) 267-7303."),
            ("03/25/2026", "Credit of $48.10 applied to account PCE-204619-12.")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (date, action) in zip(table.rows, rows):
        row.cells[0].paragraphs[0].text = date
        row.cells[1].paragraphs[0].text = action
    for text in extra:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return pairs_found("https://www.cityofexample.org/files/complaint-chronology.docx", out.getvalue())


def test_a_voicemail_left_for_a_titled_person_at_a_number_is_theirs():
    found = _chronology("Questions: leave a message for Ms. Achterberg at (951) 555-2342 in Utility Billing.")
    assert ("phone", "(909) 267-7303") in found
    assert ("account_number", "PCE-204619-12") in found
    assert not {v for c, v in found if "555-2342" in v or "Achterberg" in v}


def test_a_message_for_an_office_and_a_program_contacts_line_stay_public():
    found = _memo("Left a message for the Planning Division at (909) 620-2400 about the permit.",
                  "Residents may call Ms. Mbeki at (909) 620-3377 for questions about the program.",
                  "For the workshop, leave a message for the Clerk at (909) 620-2112.")
    assert not values_of(found, "phone")


_WORD_ART = ("<w:r xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
             "xmlns:v='urn:schemas-microsoft-com:vml'><w:pict><v:shape id='WordArt1' type='#_x0000_t136'>"
             "<v:textpath style='font-family:Arial' string='{}'/></v:shape></w:pict></w:r>")


def _word_art(text: str) -> tuple[set[tuple[str, str]], list[str]]:
    """(findings, segments' texts) of a Word file whose second paragraph is WordArt of ``text``."""
    from crawler.extract import extract
    document = WordDocument()
    document.add_paragraph("Notice")
    document.add_paragraph()._p.append(parse_xml(_WORD_ART.format(text)))
    out = io.BytesIO()
    document.save(out)
    name = "https://www.cityofexample.org/files/notice.docx"
    return pairs_found(name, out.getvalue()), [s.text for s in extract(name, out.getvalue()).segments]


def test_word_art_in_a_vml_shape_is_read_as_shown_text():
    found, texts = _word_art("Customer Wilhelmus Tambourine, 7712 N. Candlenut Court, account 4471-88203-15, "
                             "phone (951) 448-2290")
    assert {("account_number", "4471-88203-15"), ("phone", "(951) 448-2290")} <= found
    assert ("customer_name", "Wilhelmus Tambourine") in found
    assert sum("Tambourine" in t for t in texts) == 1


def test_a_flyers_word_art_stays_public():
    found, texts = _word_art("Cool Pomona! Free fans at Ganesha Community Center, 1575 N. White Ave, (909) 620-2265")
    assert any("Ganesha" in t for t in texts)
    assert not found
