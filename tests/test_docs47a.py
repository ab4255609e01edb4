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


# -- names ---------------------------------------------------------------------------------------------------------

def test_an_ivr_caller_id_name_column_names_the_caller():
    export = ("CALL_ID\tSTART_TS\tANI\tAGENT\tQUEUE\tCALLER_ID_NAME\tACCT_LOOKUP\tNOTES\n"
              "C363012\t2024-05-13 16:57:00\t9092961335\tSHAKOBY\tBILLING\tTANG JIANGUO\tACP3024921\tset re-read\n"
              "C300600\t2024-03-19 16:48:00\t9092870778\tRVILLAN\tENROLL\tPARK DONG-HYUN\tACP7495476\tclose acct\n")
    found = _found(export, "data/ivr_call_detail.tsv")
    assert {"TANG JIANGUO", "PARK DONG-HYUN"} <= values_of(found, "customer_name")
    assert {"9092961335", "9092870778"} <= values_of(found, "phone")


def test_a_review_note_naming_a_person_and_her_own_number():
    found = _found("Billing disputes and SCE account credits.\n"
                   "Note: Sung-min Jeong never got a call back, her cell is 909-884-2072.")
    assert "Sung-min Jeong" in values_of(found, "customer_name")
    assert "909-884-2072" in values_of(found, "phone")


def test_staff_named_with_their_number_give_no_name():
    found = _found("Billing disputes and SCE account credits: staff report.\n"
                   "For questions contact Maria Lopez, Customer Care Supervisor. Her cell is 909-555-0190.\n"
                   "Council Member Ana Ruiz thanked staff. Her number is 909-555-0191.")
    assert not values_of(found, "customer_name")


def test_a_complaint_resolved_with_a_credit_is_a_households_case():
    found = _found("Report on Customer Billing Complaints and Proposed Bill Credit Policy\n"
                   "Staff contacted each complainant by telephone.\n"
                   "The complaint of Tarek Saleh at 372 Calle Almendro was resolved with a $85 credit.")
    assert "Tarek Saleh" in values_of(found, "customer_name")
    assert "372 Calle Almendro" in values_of(found, "address")
    assert not values_of(_found("Report on Customer Billing Complaints\n"
                                "The complaint of a customer on the east side was resolved with a $85 credit."),
                         "customer_name")


# -- a Word table's phone on a row of its own ----------------------------------------------------------------------

def test_a_phone_on_a_row_of_its_own_under_the_address_is_the_records():
    from tests.detector_helpers import docx_table
    data = docx_table([["Customer", "Detail", "Usage", "Resolution"],
                       ["Liang Xu", "12089 Kingsley Ave", "1131 kWh", "Payment plan"],
                       ["", "(562) 635-9218", "", ""],
                       ["Total", "", "2003 kWh", ""]], "Table 1. Representative complaints")
    found = pairs_found(_SITE + "docs/council/staff-report.docx", data)
    assert "(562) 635-9218" in values_of(found, "phone")
    assert "2003 kWh" not in values_of(found, "energy_usage")


# -- footnotes, SSN examples, accounts, usage ----------------------------------------------------------------------

def test_a_footnote_of_a_home_whose_meter_was_re_read():
    found = _found("2 15391 San Bernardino Rd was re-read by SCE in March (555 kWh).")
    assert values_of(found, "address") == {"15391 San Bernardino Rd"}
    assert values_of(found, "energy_usage") == {"555 kWh"}
    assert not _found("City Hall at 13220 Central Ave was re-read by SCE in March (55,500 kWh).")


def test_an_ssn_example_from_training_is_a_persons():
    found = _found("3. Identity check: caller must give the last 4 of SSN. Example from training: 740-81-1528.")
    assert values_of(found, "ssn") == {"740-81-1528"}
    assert not values_of(_found("Identity check: SSN example from training: 123-45-6789.\n"
                                "In training, use the example SSN 512-34-6789.\nSSN (e.g. 740-81-1528)"), "ssn")


def test_a_utility_prefix_typed_apart_from_a_dashed_account():
    found = _found("Ana Ruiz, 12 Elm St. Account # ACP 104-8978.")
    assert "ACP 104-8978" in values_of(found, "account_number")
    assert not values_of(_found("Budget account FY 2024-25 totals."), "account_number")


def test_a_households_use_told_after_a_tier():
    found = _found("Customer spotlight\nWhen Ana Ruiz of 2920 Laurel\nCanyon Rd switched to the 100% Green tier,\n"
                   "her household used 15,521 kilowatt-hours over\nthe year. (Account A-5299081)")
    assert "15,521 kilowatt-hours" in values_of(found, "energy_usage")
    assert not values_of(_found("In Tier 2 they used up to 600 kWh.\nUnder the tier, a household used 500 kWh on "
                                "average."), "energy_usage")


def test_a_quoted_message_giving_my_new_number_about_my_refund():
    mail = ("From: Brent Pettigrew <bpettigrew@vistaalmendra.gov>\n"
            "To: Faleaka Jefferson <fjefferson@vistaalmendra.gov>\n"
            "Date: Tue, 05 Mar 2024 10:02:00 +0000\nSubject: RE: refund status\n\nFaleaka,\n\n"
            "Can you check the final bill on this one? Closing read was 1,371 kWh.\n\nBrent\n\n"
            "> On Mon, Mar 4, 2024 at 8:12 AM Sione Tuiasosopo <tuiasosopo79@yahoo.com> wrote:\n"
            "> I still have not received my refund. I moved out of 16374 W. Arrow Hwy in January and\n"
            "> my new number is 909-632-6270.\n")
    found = pairs_found(_SITE + "docs/records/thread.eml", mail)
    assert "16374 W. Arrow Hwy" in values_of(found, "address")
    assert "Sione Tuiasosopo" in values_of(found, "customer_name")


def test_an_ocr_split_mailbox_in_an_email_field_is_read_whole():
    found = _found("ACP CIS 4.2 - Account Inquiry\nCustomer:\tFarzaneh Farahani\nACP Account:\tACP-8891381\n"
                   "Email:\tfarzaneh. farahani@icloud.com\n")
    assert values_of(found, "email") == {"farzaneh. farahani@icloud.com"}


def test_energy_a_program_charged_me_for_is_the_writers_use():
    found = _found("To the City Council,\nMy name is Itzel Monreal and I live at\n230 Citrus Crest Cir.\n"
                   "The clean power program charged me for\n823 kWh in August.\nMy account is ACP-8747090.")
    assert "823 kWh" in values_of(found, "energy_usage")
    assert not values_of(_found("The CARE program charges customers for 500 kWh at the baseline rate."),
                         "energy_usage")


def test_a_firms_person_whose_number_a_note_gives_is_no_customer():
    found = _found("Billing disputes and SCE account credits.\n"
                   "Note: Karen Liu of Sunbright Solar never got a call back, her cell is 909-555-0120.")
    assert not values_of(found, "customer_name")
