"""Misses of red teams site42 and neg41 (round 44, helper left44b).

- OCR: Tesseract reads the capital pronoun "I" of a sans-serif letter as a bar ("| am Ana Ruiz and | rent at ...",
  "in June. | was"); read as bars, the letter's lines became a table's cells and the writer's usage and phone lost
  their sentence. A bar before a verb that follows "I" is the letter again; a table's rulings stay.
- A usage history printed under a heading that gives one account ("Service Account 8000680838" over "Bill date  Days
  kWh  Amount" and month rows of bare figures, an exhibit in an agenda packet) is that account's holder's usage.
  Hard negatives: a facility's account, the City's own account, a program's or the community's monthly totals, a
  sentence naming an account above a table of citywide figures, a budget's ledger account.
- A customer the document names (a CMS draft's comment from a ticket), named again by title and surname on their
  street ("Mr. Martin on Jacaranda Blvd ... his 2480 kWh July bill"): the street is theirs, no other place, so the
  sentence's usage is theirs. The street alone, without its number, is no address finding. Hard negatives: an FAQ's
  invented example naming no customer found elsewhere; a facility on the street, whose use is its own.
- A reader's comment under a news post that gives the commenter's account and is signed after a dash with a given
  name and an initial ("... call me 1-951-... - Eugenia D.") names the account's holder. Hard negatives: an opinion
  signed so with no identifier, a signature that is no given name. A commenter who gives their name, home and
  mailbox but no account, bill or usage stays no customer (README: a resident introducing themself without an
  identifier is a public comment).
"""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from crawler.extract.ocr import engine, pronoun_mended
from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors, pairs_found, values_of

needs_tesseract = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _pdf_lines(lines: list[str], url: str = "https://www.mesaserena.gov/agendas/2024-04-09-packet.pdf") -> set:
    """(category, value) found in a PDF page whose text layer reads ``lines``, one segment a line."""
    document = Document(url=url, content_type="application/pdf",
                        segments=[Segment(text, Location(page=4, line=k)) for k, text in enumerate(lines, 1)])
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


def _usage(found: set) -> set:
    return {value for kind, value in found if kind == "energy_usage"}


def _png(lines: list[str]) -> bytes:
    """A letter typed in a sans-serif face and scanned slightly askew and soft, as a customer-care desk saves it."""
    face = ImageFont.truetype(FONT, 34)
    image = Image.new("L", (1700, 140 + 52 * len(lines)), 248)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((110, 80 + 52 * number), line, fill=20, font=face)
    image = image.rotate(0.6, fillcolor=248).filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG")
    return out.getvalue()


# -- OCR: the pronoun read as a bar -----------------------------------------------------------------------------------

def test_a_bar_read_for_the_pronoun_is_the_letter_again():
    assert pronoun_mended("| am Victor Reyes and | rent at 13594 Grevillea Ct.") == \
        "I am Victor Reyes and I rent at 13594 Grevillea Ct."
    assert pronoun_mended("My bill says 2122 kilowatt-hours in June. | was") == \
        "My bill says 2122 kilowatt-hours in June. I was"
    assert pronoun_mended("Since March |'ve been billed twice") == "Since March I've been billed twice"


def test_a_tables_rulings_stay_bars():
    for line in ("Customer name | Ana Ruiz |", "| Account | Usage (kWh) |", "Jan-24 | 1,204 | 612", "a|b",
                 "Program | was: $12.00 | now: $10.00", "Status || open"):
        assert pronoun_mended(line) == line


@needs_tesseract
def test_a_scanned_letter_whose_pronoun_reads_as_bars_gives_its_writers_usage_and_phone():
    body = _png(["July 22, 2024", "", "Cordillera Community Power", "", "Re: account 7000 1792 2245", "",
                 "I am Rosa Quintanilla and I rent at 8412 Grevillea Ct.", "My bill says 1876 kilowatt-hours in June. I was",
                 "on vacation half of the month. Please check.", "Call 1-909-555-0143", "", "Rosa Quintanilla"])
    found = pairs_found("https://www.cordillera.gov/library/scans/letter-0722.png", body)
    assert {("energy_usage", "1876 kilowatt-hours"), ("phone", "1-909-555-0143"),
            ("account_number", "7000 1792 2245")} <= found


# -- a usage history under its account's heading ---------------------------------------------------------------------

_ROWS = ["9/2023\t30\t1677\t$519.87", "10/2023\t30\t1,405\t$435.55", "11/2023\t30\t930\t$288.30"]


def test_a_usage_history_under_a_service_accounts_heading_is_its_holders_usage():
    found = _pdf_lines(["Attachment C-1: Usage history provided by Customer Care", "Service Account 8000680838",
                        "Bill date\tDays\tkWh\tAmount"] + _ROWS)
    assert ("account_number", "8000680838") in found
    assert _usage(found) == {"1677", "1,405", "930"}


def test_a_title_line_may_stand_between_the_account_and_its_history():
    found = _pdf_lines(["Account No. 3-041-5566-22", "Usage history (kWh)", "Month\tkWh\tAvg/day",
                        "Jan 2024\t612\t19.7", "Feb 2024\t540\t18.6"])
    assert _usage(found) == {"612", "540"}


def test_usage_tables_under_no_customers_account_stay_silent():
    for lines in (
            ["City Hall - Service Account 8000581934", "Bill date\tDays\tkWh\tAmount"] + _ROWS,
            ["Fire Station 3", "Service Account 8000581934", "Month\tkWh\tAmount", "Sep 2023\t1677\t$519.87",
             "Oct 2023\t1,405\t$435.55"],
            ["Streetlights, SCE Account 8000581934", "Month\tkWh\tAmount", "Sep 2023\t1677\t$519.87"],
            ["Electricity - Account 100-4310-6210", "Fiscal year\tkWh\tCost", "FY 2022\t1677\t$519.87",
             "FY 2023\t1,405\t$435.55"],
            ["Community totals, all accounts", "Month\tAccounts\tkWh", "Sep 2023\t21,000\t11677000",
             "Oct 2023\t21,050\t11405000"],
            ["Staff reviewed the billing of account 8000680838 and the citywide totals shown below for comparison.",
             "Month\tkWh\tCustomers", "Sep 2023\t41677\t12000", "Oct 2023\t41,405\t12001"]):
        assert _usage(_pdf_lines(lines)) == set(), lines


# -- a customer named again by title and surname, on their street ---------------------------------------------------

_FAQ = ('<html><body><main><h1>Serena Choice Power FAQ</h1>'
        '<!-- DRAFT from Customer Care ticket 24-0117: customer William Martin, 8669 E Alder Crest St, SA 8000947269, '
        'used 1751 kWh in Aug. Remove before publishing --><h2>Can I get a payment plan?</h2>'
        '<p>Yes. For example, last month we helped Mr. Martin on Jacaranda Blvd set up a 6-month plan after his '
        '2480 kWh July bill. Call Customer Care.</p></main></body></html>')


def test_the_usage_told_of_a_customer_named_again_on_their_street_is_theirs():
    found = pairs_found("https://www.mesaserena.gov/scp/faq.html", _FAQ)
    assert {("customer_name", "Mr. Martin"), ("energy_usage", "2480 kWh"), ("energy_usage", "1751 kWh")} <= found
    # a street without its house number is no address finding
    assert ("address", "Jacaranda Blvd") not in found


def test_an_faqs_invented_example_stays_silent():
    page = ('<html><body><main><h1>Serena Choice Power FAQ</h1><h2>Can I get a payment plan?</h2>'
            '<p>Yes. For example, Mr. Garcia on Jacaranda Blvd could set up a 6-month plan after his 2480 kWh July '
            'bill. Call Customer Care at 1-855-555-0192.</p></main></body></html>')
    assert _usage(pairs_found("https://www.mesaserena.gov/scp/faq.html", page)) == set()


def test_a_place_on_the_street_is_not_the_customer_named_again():
    page = _FAQ.replace("we helped Mr. Martin on Jacaranda Blvd set up a 6-month plan after his 2480 kWh July bill",
                        "Mr. Martin toured the Senior Center on Jacaranda Blvd, which used 48,200 kWh in July")
    assert "48,200 kWh" not in _usage(pairs_found("https://www.mesaserena.gov/scp/faq.html", page))


# -- a reader's comment signed with a given name and an initial ------------------------------------------------------

def _comments(*paragraphs: str) -> str:
    return ("<html><body><main><h1>2025 Rates Adopted</h1><p>The Board adopted 2025 rates.</p><h3>Comments (3)</h3>"
            + "".join(f"<div class='comment'><p>{p}</p></div>" for p in paragraphs) + "</main></body></html>")


def test_a_comment_giving_an_account_names_its_writer_by_the_signature():
    found = pairs_found("https://www.cordillera.gov/energy/news/2024-rate-change.html", _comments(
        "I agree, bills are too high. - Ana Luisa",
        "My bill for acct 8000-030-589 shows 1,341 kWh and I live alone!! call me 1-951-839-6855 - Eugenia D."))
    assert {("customer_name", "Eugenia D."), ("account_number", "8000-030-589"), ("energy_usage", "1,341 kWh"),
            ("phone", "1-951-839-6855")} <= found
    assert values_of(found, "customer_name") == {"Eugenia D."}


def test_comments_giving_no_identifier_stay_public():
    found = pairs_found("https://www.cordillera.gov/energy/news/2024-rate-change.html", _comments(
        "Rates went up again and nobody at City Hall listens. - Eugenia D.",
        "Haruto Park here, 10714 W Olive St. Nobody answered my email (haruto_park@icloud.com) for three weeks.",
        "Great news for the planet! - Marcus T."))
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "address") == set()


def test_a_dash_signature_that_is_no_given_name_names_no_one():
    found = pairs_found("https://www.cordillera.gov/energy/news/2024-rate-change.html", _comments(
        "My bill for acct 8000-030-589 shows 1,341 kWh, please fix it - Thanks A."))
    assert values_of(found, "customer_name") == set()
