"""A contact centre's call notes that write down, in digits, an account number the caller read out (red team speech33).

An agent types the caller's reading word by word in quotes and then the number it makes after an arrow ('caller
read acct # as "six one one zero ..." -> 6110 4825 37'): the digits repeat the reading, so they are the account the
label names, in whatever groups the agent wrote them. Hard negatives: a phone number read out and written after an
arrow under no account label, digits after an arrow that are not the reading's (a reference number), a bank
account's number read out, and the customer line read back to the caller.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.lakesidecleanpower.example.gov/cs"


def _accounts(body: str) -> set[str]:
    return values_of(pairs_found(f"{_SITE}/notes-export.txt", body, "text/plain"), "account_number")


_HEADER = "LAKESIDE CLEAN POWER - CALL LOG EXPORT\n=====================================\n"


def test_an_account_read_out_and_written_after_an_arrow_is_found_in_any_grouping():
    found = _accounts(_HEADER + (
        "03/11/25 09:14  AGT 212  INBOUND\n"
        '  caller Imelda Vantongeren stated svc addr 418 e olive st, cb# 626-481-3307.\n'
        '  caller read acct # by phone as "six one one zero four eight two five three seven" -> 6110 4825 37. '
        "disputes march bill.\n"
        "03/11/25 10:02  AGT 208  INBOUND\n"
        '  cust gave account no. as "five five two nine zero one three three eight four" -> 5529013384. '
        "wants budget billing.\n"))
    assert {"6110 4825 37", "5529013384"} <= found


def test_an_account_read_with_a_unicode_arrow_is_found():
    found = _accounts(_HEADER + '  Acct no. read back as \u201cthree three zero one two two nine four six eight\u201d '
                                "\u2192 3301-2294-68, verified by caller.\n")
    assert "3301-2294-68" in found


def test_a_phone_read_out_and_written_after_an_arrow_is_no_account():
    found = _accounts(_HEADER + '  caller gave cb# as "six two six, five five one, two zero four four" -> '
                                "626 551 2044. asked about solar rebate.\n")
    assert not found


def test_digits_after_an_arrow_that_are_not_the_reading_are_no_account():
    found = _accounts(_HEADER + '  acct no. over phone as "six one one zero four eight two" -> 4471 2019 88 ticket '
                                "opened.\n")
    assert "4471 2019 88" not in found


def test_a_bank_account_read_out_is_no_utility_account():
    found = _accounts(_HEADER + '  refund to bank account no. read as "four four one two nine zero three three '
                                'one eight" -> 4412903318 per caller.\n')
    assert "4412903318" not in found


def test_the_customer_line_read_back_to_a_caller_is_no_account():
    found = _accounts(_HEADER + '  gave account questions line as "nine zero nine, six two zero, two three one one" '
                                "-> 909 620 2311.\n")
    assert not found


# --- a court reporter's numbered transcript whose blank lines the text layer leaves out ----------------------------

def _numbered_transcript(lines: list[tuple[int, str]]) -> bytes:
    """A PDF page with each line's number in the left margin and its text beside it, as a court reporter sets it."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    page.setFont("Courier", 11)
    for number, text in lines:
        y = 720 - 24 * number
        page.drawRightString(60, y, str(number))
        page.drawString(80, y, text)
    page.save()
    return out.getvalue()


def test_the_margin_numbers_go_on_past_blank_lines_the_text_layer_left_out():
    from crawler.extract import extract
    body = _numbered_transcript([
        (1, "CHAIR OKONKWO: the board will come to order and the secretary"),
        (2, "will call the roll of the members present tonight"),
        (4, "SECRETARY: member halvorsen here member ibekwe here member"),
        (5, "lindqvist here and the chair is present as well"),
        (7, "CHAIR OKONKWO: seeing no further business the meeting"),
        (8, "is adjourned at eight forty p m thank you all"),
    ])
    texts = [s.text for s in extract(f"{_SITE}/board-transcript.pdf", body, "application/pdf").segments
             if s.location.page is not None]
    assert "CHAIR OKONKWO: seeing no further business the meeting" in texts
    assert "is adjourned at eight forty p m thank you all" in texts
    assert not any(text[:1].isdigit() for text in texts)


def test_a_numbered_list_that_skips_numbers_far_apart_keeps_them():
    from crawler.extract import extract
    body = _numbered_transcript([
        (1, "Item one of the consent calendar is approved as read"),
        (2, "Item two of the consent calendar is approved as read"),
        (9, "Item nine of the consent calendar is continued to May"),
        (16, "Item sixteen of the consent calendar is pulled for discussion"),
    ])
    texts = " ".join(s.text for s in extract(f"{_SITE}/consent.pdf", body, "application/pdf").segments)
    assert "9" in texts and "16" in texts
