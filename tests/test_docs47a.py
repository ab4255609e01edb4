"""Red team docs47 (round 47), document formats: rules fixed on branch fix/docs47a, with hard negatives.

- A cell comment on a customer's row that gives a phone and names no one ("Called (323) 562-3537 4/9 - wants
  paperless bills. -RB", "Spouse also on acct; alt ph 213-...") is the record's own contact detail.
- A COUNTIF/SUMIF summary kept beside the raw rows past a blank column ("RATE_CD | Accounts | Total kWh") is a rate
  class's record, not the customer's on the same sheet row: its total is no one's use.
- A voicemail-to-text log stamped with the clock ("[17:59] "Hi, this is ...""; "[8:51]" after it) is a log of
  entries, each its own caller's, not one caption turn.
- A number a speech recogniser wrote digit by digit ("my number is 9 0 9, 4 3 4, 7 8 0 6").
- Ten bare digits a hand-off log's "VM from" gives; a letter's "We will call 909-... to confirm"; a caller's "called
  the committee" / "line from 323.613.5254" across a line break.
- Energy credited because it was misread ("credit for 837 kWh misread") is the account's own use.
- A business's phone after "Call them at" in the sentence after the one naming it (a news item) is no person's.
"""
from __future__ import annotations

import io

import openpyxl
from openpyxl.comments import Comment

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.vistaalmendra.gov/"


def _found(text: str, name: str = "docs/note.txt") -> set[tuple[str, str]]:
    return pairs_found(_SITE + name, text)


# -- cell comments naming no one -----------------------------------------------------------------------------------

def _export(comments: dict[str, str], contractor_comment: str | None = None, summary: bool = False) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "CIS_EXPORT"
    head = ["SA_NBR", "CUST_NM", "PREM_ADDR_1", "HOME_PH", "RATE_CD", "USG_KWH_CUR"]
    sheet.append(head + ([None, "RATE_CD", "Accounts", "Total kWh"] if summary else []))
    rows = [[8078654498, "MANSOUR,TAREK", "6436 KINGSLEY AVE", "7144132884", "D", 1166],
            [8068254130, "FUJIMOTO,HIROSHI", "13825 ARBOL VERDE LN", "9093489855", "D-CARE", 353],
            [8021223053, "TESFAYE,YONAS", "18565 SAN BERNARDINO RD", "9096150104", "D", 693]]
    sums = [[None, "D", 2, 1859], [None, "D-CARE", 1, 353], []]
    for row, side in zip(rows, sums):
        sheet.append(row + (side if summary else []))
    for cell, text in comments.items():
        sheet[cell].comment = Comment(text, "rb")
    vendors = book.create_sheet("Vendors")
    vendors.append(["Vendor", "Address", "Phone"])
    vendors.append(["Sunwise Grid Solutions LLC", "8388 E Holt Ave", "(909) 309-6193"])
    if contractor_comment:
        vendors["A2"].comment = Comment(contractor_comment, "rb")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_comment_giving_a_phone_on_a_customer_row_is_the_records():
    found = pairs_found(_SITE + "data/cis-export.xlsx", _export({
        "B2": "Called (323) 562-3537 4/9 - wants paperless bills. -RB",
        "B4": "Spouse also on acct; alt ph 213-221-8571"}))
    assert {"(323) 562-3537", "213-221-8571"} <= values_of(found, "phone")


def test_comments_without_contact_details_or_on_a_listing_give_nothing():
    found = pairs_found(_SITE + "data/cis-export.xlsx", _export(
        {"B2": "Verified 4/9 -RB", "B3": "Call Maria in Finance x4412 before paying"},
        contractor_comment="Insurance certificate on file, office (909) 555-0177"))
    assert "(909) 555-0177" not in values_of(found, "phone")
    assert values_of(found, "phone") == {"7144132884", "9093489855", "9096150104"}


# -- a summary beside the raw rows ---------------------------------------------------------------------------------

def test_a_rate_class_total_beside_the_raw_rows_is_no_customers_use():
    found = pairs_found(_SITE + "data/cis-export.xlsx", _export({}, summary=True))
    usage = values_of(found, "energy_usage")
    assert {"1166", "353", "693"} <= usage
    assert "1859" not in usage
    assert {"MANSOUR,TAREK", "TESFAYE,YONAS"} <= values_of(found, "customer_name")


# -- a voicemail log stamped with the clock ------------------------------------------------------------------------

_VOICEMAILS = """Voicemail-to-text export, ACP main line

[17:26] "Hi, this is Rodel Bautista at 19151 Camino Sereno, please call me back at 714-287-5419, thank you."
[17:59] "Hi, this is Dulce Arreola at 4040 Alvarado St, please call me back at 714-463-8592, thank you."
[8:51] "yeah hi my name is priyanka menon my account number is 5915579 and my number is 9 0 9, 4 3 4, 7 8 0 6"
"""


def test_each_entry_of_a_clock_stamped_voicemail_log_is_its_callers():
    from crawler.extract import extract
    document = extract(_SITE + "docs/records/voicemails.txt", _VOICEMAILS.encode())
    entries = [s for s in document.segments if (s.location.element or "").startswith("cue")]
    assert [s.location.line for s in entries] == [3, 4, 5]
    found = _found(_VOICEMAILS, "docs/records/voicemails.txt")
    assert {"Rodel Bautista", "Dulce Arreola", "priyanka menon"} <= values_of(found, "customer_name")
    assert {"714-287-5419", "714-463-8592", "9 0 9, 4 3 4, 7 8 0 6"} <= values_of(found, "phone")


def test_a_caption_dump_still_joins_its_cues():
    from crawler.extract import extract
    text = ("[00:12:01] my edison account is 2-67-\n[00:12:03] 200-5603 i live at 1221\n"
            "[00:12:05] fernleaf boulevard thank you\n[00:12:09] next speaker please\n")
    document = extract(_SITE + "media/captions.txt", text.encode())
    assert len([s for s in document.segments if (s.location.element or "").startswith("cue")]) == 1


def test_digits_in_a_row_without_a_speakers_own_number_are_no_phone():
    found = _found("Ballot order: 9 0 9, 4 3 4, 7 8 0 6 as drawn by the Clerk.\n"
                   "Tables 1 2 3 4 5 6 7 8 9 0 show the results.")
    assert not values_of(found, "phone")


# -- phones with no phone label ------------------------------------------------------------------------------------

def test_a_hand_off_logs_vm_from_bare_digits_is_the_callers():
    found = _found("ACP CUSTOMER CARE - SHIFT HANDOFF LOG\n\n"
                   "- Siranush: VM from 9098903754 - DEEPA IYER says SCE acct 700 429 967 461 is double billed\n")
    assert "9098903754" in values_of(found, "phone")
    assert "DEEPA IYER" in values_of(found, "customer_name")


def test_a_letter_saying_we_will_call_a_number_gives_the_addressees():
    letter = ("June 20, 2024\n\nRajesh Venkataraman\n7141 Jacaranda Pl\nVista Almendra, CA 91795\n\n"
              "Re: Medical Baseline certification - account ACP-5491538\n\nDear Rajesh:\n\n"
              "Your Medical Baseline allowance adds 500 kWh per month to your baseline. Last month you used 404 kWh. "
              "We will call 909-451-4502 to confirm the recertification date.\n\nSione Leota\nCustomer Care\n")
    assert "909-451-4502" in values_of(_found(letter, "docs/care/letter.txt"), "phone")


def test_a_letter_asking_the_reader_to_call_gives_the_offices_number_nothing():
    letter = ("June 20, 2024\n\nRajesh Venkataraman\n7141 Jacaranda Pl\nVista Almendra, CA 91795\n\n"
              "Re: Medical Baseline certification - account ACP-5491538\n\nDear Rajesh:\n\n"
              "Please call 909-451-4502 to confirm the recertification date.\n\nSione Leota\nCustomer Care\n")
    assert "909-451-4502" not in values_of(_found(letter, "docs/care/letter.txt"), "phone")


def test_the_number_a_caller_called_from_across_a_line_break():
    found = _found("Case review 2. Imani Washington called the committee\n"
                   "line from 323.613.5254 about an opt-out fee. Her SCE\n"
                   "customer account 7004-2227-7701 shows she was\nauto-enrolled in 2021.")
    assert "323.613.5254" in values_of(found, "phone")
    assert not values_of(_found("For billing questions, call the Clerk's office from 8 to 5 at 909-555-0188."),
                         "phone")


def test_a_business_reached_by_call_them_at_in_the_next_sentence_is_no_person():
    page = ("<html><body><h1>News</h1><p>Arroyo Tree Care Inc., located at 1575 E. Holt Ave, Vista Almendra, CA "
            "91795, joined the Green Business program. Call them at 949-789-4688.</p></body></html>")
    assert not values_of(pairs_found(_SITE + "news.html", page, "text/html"), "phone")


# -- energy credited because it was misread ------------------------------------------------------------------------

def test_energy_credited_as_misread_is_the_accounts_use():
    found = _found("2 Largest: Tavita Leota, credit for 837 kWh misread, tel 909.819.6887.")
    assert values_of(found, "energy_usage") == {"837 kWh"}
    assert "Tavita Leota" in values_of(found, "customer_name")
    assert not values_of(_found("Customers may receive a credit for 500 kWh under the program."), "energy_usage")
