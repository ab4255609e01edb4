"""Round 63, the lead's branch: what last round's generators showed on seeds never run before.

A processing summary over a printout's table ("Records input: 3,982   Matched moves: 41") is a line of counts, not
the table's header: the header is the line of column names under it.
"""
from __future__ import annotations

from crawler.extract import looks_like_header_row
from tests.detector_helpers import docx_paragraphs, pairs_found, values_of
from crawler.extract.fixed_width import tables

MOVE_REPORT = """\
Valley Presort Services - ADDRESS UPDATE PROCESSING SUMMARY
List: WCE ENROLL MAILER 3      Records input: 12,440      Matched moves: 57
COA matches (indiv): 41        (family): 12               (business): 4
CASS coded: 12,301             DPV confirmed: 12,277
MOVE DETAIL
CUSTOMER NAME        OLD ADDRESS                NEW ADDRESS                  EFF
DORIT ABERNATHY      1912 VIA CORONA            77 PEBBLE BEACH DR           202407
RAFAEL N OYELARAN    620 W ARROW HWY APT 3      4418 SYCAMORE GLEN           202405
"""


def test_a_summary_line_of_counts_is_no_header_and_the_column_names_under_it_are():
    (table,) = tables(MOVE_REPORT.splitlines())
    assert table.header == ["CUSTOMER NAME", "OLD ADDRESS", "NEW ADDRESS", "EFF"]
    assert [cells[:3] for _, cells in table.rows] == [
        ["DORIT ABERNATHY", "1912 VIA CORONA", "77 PEBBLE BEACH DR"],
        ["RAFAEL N OYELARAN", "620 W ARROW HWY APT 3", "4418 SYCAMORE GLEN"]]


def test_counts_after_a_colon_are_no_column_names_but_a_unit_or_a_period_is():
    assert not looks_like_header_row(["Records input: 12,440", "Matched moves: 57"])
    assert not looks_like_header_row(["List: WCE ENROLL MAILER 3", "Records input: 12,440", "Matched moves: 57"])
    assert looks_like_header_row(["Customer", "Usage (kWh)", "Bal > 60d", "Rate: $/kWh"])


# --- a Teams transcript saved as Word, and a staff member reading a case out over several cues ---------------------

TEAMS_TURNS = [
    ("Gloria Esparza", "0:12", "Good morning. I'm Gloria Esparza, customer care manager. We serve 41,200 accounts."),
    ("Gloria Esparza", "0:40", "Questions from customers go to our contact center at (855) 301-4477."),
    ("Tomasz Achterberg", "1:05", "Okay, first escalation. The customer is Wilhelmina Osei-Bonsu."),
    ("Tomasz Achterberg", "1:21", "Her service address is 3318 Paseo Verde and the Edison account is 7093311824."),
    ("Gloria Esparza", "1:49", "What was the issue?"),
    ("Tomasz Achterberg", "2:02", "A high bill, 1,482 kWh in August. Callback number is 6 2 6... 4 1 8... 2 2 7 0."),
    ("Gloria Esparza", "2:30", "Thank you. Let's move on to the rate item."),
]


def _teams_docx() -> bytes:
    paragraphs = ["Transcript", "Customer Care Weekly Sync", "14 May 2026, 10:02AM"]
    for speaker, time, words in TEAMS_TURNS:
        paragraphs += [f"{speaker}   {time}", words]
    return docx_paragraphs(*paragraphs)


def test_a_teams_transcript_in_word_reads_speakers_as_speakers_and_a_case_read_over_several_cues_as_one():
    found = pairs_found("https://www.example.gov/cs/escalation-sync-2026-05-14.docx", _teams_docx())
    assert values_of(found, "customer_name") == {"Wilhelmina Osei-Bonsu"}  # not the staff who speak
    assert values_of(found, "address") == {"3318 Paseo Verde"}
    assert ("account_number", "7093311824") in found
    assert values_of(found, "energy_usage") == {"1,482 kWh"}
    assert values_of(found, "phone") == {"6 2 6... 4 1 8... 2 2 7 0"}


def test_staff_turns_of_a_meeting_transcript_name_no_customer():
    paragraphs = ["Transcript", "Budget Workshop", "3 June 2026, 6:00PM"]
    for speaker, time, words in [
            ("Helena Marchetti", "0:05", "Good evening. The proposed budget is $48.2 million."),
            ("Rubén Castellanos", "0:48", "Thank you. What is the reserve level?"),
            ("Helena Marchetti", "1:10", "Reserves are 180 days of operating expenses."),
            ("Helena Marchetti", "1:31", "Staff can be reached at (909) 620-2211 with questions."),
            ("Rubén Castellanos", "2:02", "Thank you, Helena. Any public comment?")]:
        paragraphs += [f"{speaker}   {time}", words]
    found = pairs_found("https://www.example.gov/meetings/budget-workshop.docx", docx_paragraphs(*paragraphs))
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_a_caption_files_voice_keeps_one_turn_across_its_pauses_and_a_short_question():
    vtt = "WEBVTT\n\n" + "\n".join(
        f"00:0{n}:00.000 --> 00:0{n}:04.000\n<v {speaker}>{words}\n" for n, (speaker, _, words) in
        enumerate(TEAMS_TURNS[2:6]))
    found = pairs_found("https://www.example.gov/meetings/captions/escalations.vtt", vtt)
    assert values_of(found, "customer_name") == {"Wilhelmina Osei-Bonsu"}
    assert ("energy_usage", "1,482 kWh") in found and values_of(found, "phone") == {"6 2 6... 4 1 8... 2 2 7 0"}


def test_digits_in_a_list_or_a_date_are_no_number_read_out():
    found = pairs_found("https://www.example.gov/t.txt", "Agent: Items 1 2 3... 4 5 were approved on a 5 0 vote.\n"
                        "Agent: Steps 1. 2. 3. 4. 5. 6. 7. are listed in the guide at (909) 620-2211.")
    assert not values_of(found, "phone")


# --- a screenshot of a sheet whose row numbers OCR reads as one tall word --------------------------------------------

def test_a_word_ocr_reads_down_a_sheets_row_numbers_does_not_join_the_rows_beside_it():
    from crawler.extract.layout import Word, lines_of
    from crawler.extract.ocr import _without_towers

    rows = [["Account Name", "Service Address"], ["Renata Falkenrath", "4471 Juniper Hollow Ct"],
            ["Obiora Lindahl", "980 Quail Run Road"], ["Saoirse Tamblyn", "15022 Oak Glen Drive"]]
    runs = [[Word(cell, 150 + 900 * column, 900 - 90 * number, 150 + 900 * column + 22 * len(cell),
                  936 - 90 * number) for column, cell in enumerate(row)] for number, row in enumerate(rows)]
    tower = [Word("nt", 37, 600, 63, 936)]  # "1 2 3 4" down the gutter, read as one word as tall as the rows
    assert len(lines_of([*runs, tower])) < len(rows)  # kept, the tower makes one line of the rows beside it
    assert lines_of(_without_towers([*runs, tower])) == ["\t".join(row) for row in rows]
    # a heading in type three times the size of the rows' is as wide as it is tall: kept
    heading = [Word("PAST DUE", 150, 1000, 750, 1120)]
    assert lines_of(_without_towers([heading, *runs]))[0] == "PAST DUE"


# --- a court reporter's transcript: one speaker's turns, labelled anew, are one turn ---------------------------------

def test_a_public_speakers_turns_under_a_role_then_their_surname_are_one_turn():
    from tests.test_site62a import _BOARD_TALK, _verbatim_pdf
    speaker = [("MS. OKAFOR", "Next speaker, please come forward and state your name."),
               ("THE SPEAKER", "Good evening. My name is Leopoldina Achterberg and I live at 2215 Quartz Hill Road."),
               ("THE SPEAKER", "Since I enrolled my usage went to 2,884 kWh in one month, double what it was."),
               ("MS. ACHTERBERG", "My Edison account number is 8-019-447-206, if staff could look into it."),
               ("MS. OKAFOR", "Thank you. Staff will follow up.")]
    pdf = _verbatim_pdf(_BOARD_TALK[:5] + speaker + _BOARD_TALK[5:])
    found = pairs_found("https://cca.example.gov/files/verbatim-2026-02-05.pdf", pdf, "application/pdf")
    assert values_of(found, "customer_name") == {"Leopoldina Achterberg"}
    assert [v.rstrip(".") for v in values_of(found, "address")] == ["2215 Quartz Hill Road"]
    assert values_of(found, "energy_usage") == {"2,884 kWh"}
    assert ("account_number", "8-019-447-206") in found


def test_a_speaker_who_gives_only_a_name_and_a_city_stays_a_public_commenter_over_several_turns():
    from tests.test_site62a import _BOARD_TALK, _verbatim_pdf
    speaker = [("MS. OKAFOR", "Next speaker, please."),
               ("THE SPEAKER", "Hi, my name is Bartholomew Achebe-Lund, I live in Upland."),
               ("THE SPEAKER", "I support the 100 percent renewable option and hope rates stay competitive."),
               ("MR. ACHEBE-LUND", "That's all, thank you."), ("MS. OKAFOR", "Thank you.")]
    pdf = _verbatim_pdf(_BOARD_TALK[:5] + speaker + _BOARD_TALK[5:])
    found = pairs_found("https://cca.example.gov/files/verbatim-2026-03-05.pdf", pdf, "application/pdf")
    assert not values_of(found, "customer_name") and not values_of(found, "address")


# --- a survey's contact box: the respondent's own words, however many names and numbers they hold --------------------

SURVEY_HEAD = ["Timestamp", "Which neighborhood?", "Tell us about your experience",
               "May we follow up? If so, leave your name and how to reach you", "Score"]


def _survey(*answers: str) -> str:
    import csv
    import io
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(SURVEY_HEAD)
    for k, answer in enumerate(answers):
        writer.writerow([f"03/{k + 10}/2026 10:1{k}:00", "Old Town", "The workshop was helpful.", answer, "4 / 5"])
    return out.getvalue()


def test_a_contact_box_answer_full_of_details_is_read_as_the_writers_words():
    found = pairs_found("https://www.example.gov/cca/heat-pump-rebate-feedback.csv", _survey(
        "we're at 2290 Vista Loma Court, Apt 2 cel: 626.418.2291 sincerely Marguerite Oyelaran contact: "
        "mags.oyelaran@outlook.com I opted out in May and I am still enrolled",
        "why am I still paying the generation charge on my bill? - Tobias Nakamura-Reyes. home: 881 Sage Brush Lane"))
    assert {"Marguerite Oyelaran", "Tobias Nakamura-Reyes"} <= values_of(found, "customer_name")
    assert {"2290 Vista Loma Court, Apt 2", "881 Sage Brush Lane"} <= values_of(found, "address")
    assert ("phone", "626.418.2291") in found and ("email", "mags.oyelaran@outlook.com") in found


def test_a_contact_box_answer_about_no_utility_service_names_no_customer():
    found = pairs_found("https://www.example.gov/parks/survey-responses.csv", _survey(
        "sure, call me at 626.418.2291 about the broken swings at Palomares Park. sincerely Marguerite Oyelaran",
        "why am I paying for parking at the library now? - Tobias Nakamura-Reyes, 881 Sage Brush Lane"))
    assert not values_of(found, "customer_name") and not values_of(found, "address")


# --- an e-comment export: each submission under its heading is its own writer's ---------------------------------------

def test_an_ecomment_exports_next_heading_names_no_one_for_the_comment_above():
    text = "\n".join([
        "Item 9 - Public Comments Received via eComment",
        "Guest User Location: Northgate Submitted At: 10:17AM 04-28-2026 Position: Oppose",
        "my edison account 7093311824 was double billed and i am still enrolled after opting out.",
        "Annelise Fairbrother Location: Old Mill Submitted At: 09:42PM 07-13-2026 Position: Support",
        "I live in Old Mill and support the program, rates should stay lower than Edison's",
        "Guest User Location: Eastside Submitted At: 04:45PM 02-24-2026 Position: Neutral",
        "the rebate check never came. my acct is 7093311825. my number is 626.340.3120. my email is "
        "hollis.vang@hotmail.com"])
    found = pairs_found("https://www.example.gov/council/item-9-ecomments.txt", text)
    assert "Annelise Fairbrother" not in values_of(found, "customer_name")
    assert ("phone", "626.340.3120") in found and ("email", "hollis.vang@hotmail.com") in found


def test_a_caption_voice_named_after_the_speaker_gave_their_name_goes_on_with_their_turn():
    vtt = "\n".join([
        "WEBVTT", "",
        "00:41:18.000 --> 00:41:21.000", ">> Good evening, board members. My name is", "",
        "00:41:21.000 --> 00:41:24.000", "Leopoldina Achterberg, and I live", "",
        "00:41:24.000 --> 00:41:29.000", "at one three four", "",
        "00:41:29.000 --> 00:41:32.000", "five two Quartz Hill Road here in town.", "",
        "00:41:35.000 --> 00:41:37.000", ">> LEOPOLDINA ACHTERBERG: Since I", "enrolled, my usage", "",
        "00:41:43.000 --> 00:41:48.000", "shows 2612 kWh in one month.", "",
        "00:41:51.000 --> 00:41:55.000", ">> CHAIR OKAFOR: Thank you. Next speaker, please.", ""])
    found = pairs_found("https://www.example.gov/meetings/captions/board-2026-01-04.vtt", vtt)
    assert values_of(found, "customer_name") == {"Leopoldina Achterberg"}
    assert values_of(found, "address") == {"one three four five two Quartz Hill Road"}
    assert values_of(found, "energy_usage") == {"2612 kWh"}


def test_a_house_number_said_digit_by_digit_is_one_only_after_words_that_give_a_home():
    found = pairs_found("https://www.example.gov/t.txt",
                        "Caller: My name is Dana Whitfield, and I live at one oh one eight two Cielo Azul Ct. "
                        "My SCE account is 7204118339.")
    assert [v.rstrip(".") for v in values_of(found, "address")] == ["one oh one eight two Cielo Azul Ct"]
    found = pairs_found("https://www.example.gov/t.txt",
                        "Chair: Items one two three Cielo Vista and four five six were approved. Ms. Whitfield "
                        "asked about account 7204118339 for the City Yard.")
    assert not values_of(found, "address")


def test_a_name_a_speaker_thanks_is_no_voice_of_theirs_and_the_next_speakers_account_is_not_the_commenters():
    cues = [("00:10:00,000", "thank you chair Okonkwo, my name's Dana Whitfield I live at 4410 Calle Mirador"),
            ("00:10:04,000", "my account number is 7 0 0... 8 7 3... 8 7 5... 3 6 5 the bill says 1213 kilowatts"),
            ("00:10:20,000", "CHAIR OKONKWO: thank you, next speaker please"),
            ("00:10:24,000", "hi, my name is Vardis Okereke-Lund and I live in Upland I oppose item 7, the parking"),
            ("00:10:40,000", "good evening council, I'm Rosa Whitfield and I'm here about my bill it's account"),
            ("00:10:44,000", "7 0 0... 8 7 3... 8 7 5... 3 6 6 the bill says 2046 kilowatts for one month")]
    ends = [start for start, _ in cues[1:]] + ["00:10:48,000"]  # each cue runs on to the next...
    ends[3] = "00:10:30,000"  # ...but for the pause before the next speaker
    srt = "\n".join(f"{k}\n{start} --> {end}\n{text}\n" for k, ((start, text), end) in enumerate(zip(cues, ends), 1))
    found = pairs_found("https://www.example.gov/meetings/captions/commission-3.srt", srt)
    assert "Vardis Okereke-Lund" not in values_of(found, "customer_name")
    assert {"Dana Whitfield", "Rosa Whitfield"} <= values_of(found, "customer_name")
