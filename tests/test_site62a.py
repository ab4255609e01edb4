"""Round 62 (site62a): the spoken record read as speakers' turns: a video player's interactive transcript (each timed
row its own element) and a court reporter's verbatim PDF (numbered lines, ``MS. NAME:`` turns over page breaks)."""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found

CUSTOMER = {"customer_name", "address", "phone", "email", "account_number", "energy_usage"}


def _categories(pairs):
    return {category for category, _ in pairs}


def _values(pairs, category):
    return {value for cat, value in pairs if cat == category}


def _rows(turns, markup):
    """Each turn's words cut into rows of four words, as a player's transcript shows them."""
    rows, second = [], 600
    for speaker, text in turns:
        words = text.split()
        for k in range(0, len(words), 4):
            second += 3
            clock = f"{second // 3600}:{second % 3600 // 60:02d}:{second % 60:02d}"
            rows.append(markup(clock, speaker if k == 0 else "", " ".join(words[k:k + 4]), second))
    return "".join(rows)


CALLER_TURNS = [
    ("Chair Okafor", "We have one caller on the line. Go ahead, you have two minutes."),
    ("Caller", "Hello, my name is Rukhsana Qureshi and I live at 2208 Pinon Ridge Way in Fairmont Hills."),
    ("Caller", "My Edison account is 7 0 0, 3 1 9, 4 4 8, 2 0 1 and the June bill shows 2,917 kilowatt hours."),
    ("Chair Okafor", "Thank you, staff will reach out to you."),
]


def _granicus_page(turns):
    def row(clock, speaker, words, second):
        return (f'<div class="cue-row" data-start="{second}"><a href="#t={second}">{clock}</a>'
                f'<span class="speaker">{speaker}</span><span class="words">{words}</span></div>')
    return f"<html><body><h1>Board video</h1><div id='player-transcript'>{_rows(turns, row)}</div></body></html>"


def _youtube_page(turns):
    def row(clock, speaker, words, second):
        said = f"{speaker}: {words}" if speaker else words
        return (f"<ytd-transcript-segment-renderer><div class='segment-timestamp'>{clock}</div>"
                f"<yt-formatted-string class='segment-text'>{said}</yt-formatted-string></ytd-transcript-segment-renderer>")
    return f"<html><body><div id='segments-container'>{_rows(turns, row)}</div></body></html>"


def test_interactive_transcript_rows_are_read_as_the_caller_s_turn():
    for page in (_granicus_page(CALLER_TURNS), _youtube_page(CALLER_TURNS)):
        pairs = pairs_found("https://cca.example.gov/video/board-2025-06-12", page, "text/html")
        assert "Rukhsana Qureshi" in _values(pairs, "customer_name")
        assert any("2208 Pinon Ridge Way" in v for v in _values(pairs, "address"))
        assert any(v.replace(" ", "").replace(",", "") == "700319448201" for v in _values(pairs, "account_number"))
        assert any("2,917" in v for v in _values(pairs, "energy_usage"))


def test_a_schedule_of_times_and_a_public_speaker_s_turns_stay_public():
    schedule = ("<table class='agenda'><tr><th>Time</th><th>Item</th></tr><tr><td>6:00</td><td>Call to order, Chair Neha "
                "Okafor</td></tr><tr><td>6:05</td><td>Presentation: Ibrahim Castellanos, Power Resources Manager, "
                "(562) 390-2210</td></tr><tr><td>6:40</td><td>Public comment</td></tr><tr><td>7:15</td><td>Adjourn"
                "</td></tr></table>")
    public = [("Chair Okafor", "Our next speaker is Lorenzo Whitfield."),
              ("Lorenzo Whitfield", "Good evening, I'm Lorenzo Whitfield from Glendora. I support keeping the default "
                                    "product at 50 percent renewable and I thank the staff for the outreach."),
              ("Chair Okafor", "Item 6 passes five to zero. The program serves 48,200 accounts.")]
    for page in (f"<html><body>{schedule}</body></html>", _granicus_page(public)):
        pairs = pairs_found("https://cca.example.gov/video/board-2025-07-10", page, "text/html")
        assert not _categories(pairs) & CUSTOMER, pairs


def _verbatim_pdf(turns) -> bytes:
    """A court reporter's transcript: 25 numbered lines a page, a running head and a reporter's footer."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    lines = []
    for speaker, text in turns:
        current = f"        {speaker}:"
        for word in text.split():
            if len(current) + len(word) > 58:
                lines.append(current)
                current = "   "
            current += " " + word
        lines.append(current)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    for first in range(0, len(lines), 25):
        page.setFont("Courier", 10)
        page.drawString(72, 750, "FAIRMONT HILLS COMMUNITY POWER AUTHORITY - SPECIAL MEETING")
        page.drawRightString(560, 750, f"Page {first // 25 + 1}")
        for k, line in enumerate(lines[first:first + 25]):
            page.drawRightString(90, 710 - k * 26, str(k + 1))
            page.drawString(100, 710 - k * 26, line)
        page.drawString(72, 40, "Sierra Court Reporters, CSR 9921")
        page.showPage()
    page.save()
    return out.getvalue()


_BOARD_TALK = [("MS. OKAFOR", "The meeting will come to order. Will the clerk call the roll."),
               ("THE CLERK", "Director Whitfield, present. Director Abara, present. Chair Okafor, present."),
               ("MR. CASTELLANOS", "Thank you. Our enrollment stands at 48,200 accounts and the opt-out rate is "
                                   "four percent, with 310 gigawatt hours delivered in the fiscal year."),
               ("MS. OKAFOR", "Thank you. Any questions from the board on item four? Seeing none.")] * 3


def test_a_verbatim_pdf_s_turn_is_read_across_its_lines_and_pages():
    caller = [("MS. OKAFOR", "We will now hear from the caller who has been waiting on the line, please go ahead."),
              ("MS. BRENNAN-IWU", "Yes, thank you. My name is Adaeze Brennan-Iwu and I live at 9314 Sorrel Canyon Road "
                                  "here in Fairmont Hills, and my service account number with Edison is eight zero "
                                  "four one, three three seven, two nine six and last month I was billed for 3,204 "
                                  "kilowatt hours which is impossible for a two bedroom home.")]
    pdf = _verbatim_pdf(_BOARD_TALK[:5] + caller + _BOARD_TALK[5:])
    pairs = pairs_found("https://cca.example.gov/files/verbatim-2025-05-01.pdf", pdf, "application/pdf")
    assert "Adaeze Brennan-Iwu" in _values(pairs, "customer_name")
    assert any("9314 Sorrel Canyon Road" in v for v in _values(pairs, "address"))
    assert any("3,204" in v for v in _values(pairs, "energy_usage"))


def test_a_verbatim_pdf_of_board_talk_holds_no_customer():
    pairs = pairs_found("https://cca.example.gov/files/verbatim-2025-04-03.pdf", _verbatim_pdf(_BOARD_TALK),
                        "application/pdf")
    assert not _categories(pairs) & CUSTOMER, pairs


def _chat_export(sessions) -> str:
    import json
    return "\n".join(json.dumps({"conversationId": f"c-{k}", "role": role, "content": text})
                     for k, session in enumerate(sessions) for role, text in session) + "\n"


def test_a_chatbot_export_s_user_giving_their_account_is_the_customer():
    session = [("bot", "Hello! I'm the Fairmont Hills Community Power assistant. What's your name?"),
               ("user", "Olamide Ferreira-Sato"),
               ("bot", "Thanks! What is the service address on the account?"),
               ("user", "4471 Wren Hollow Lane, Fairmont Hills"),
               ("bot", "And the account number?"),
               ("user", "FHCP 3318-2047, my bill says 1,988 kWh which is way too high"),
               ("bot", "What's the best email to reach you?"),
               ("user", "olamide.fs@yahoo.com")]
    pairs = pairs_found("https://cca.example.gov/files/chat-export-may.jsonl", _chat_export([session]), None)
    assert "Olamide Ferreira-Sato" in _values(pairs, "customer_name")
    assert any("4471 Wren Hollow Lane" in v for v in _values(pairs, "address"))
    assert "olamide.fs@yahoo.com" in _values(pairs, "email")


def test_a_chatbot_export_of_general_questions_holds_no_customer():
    sessions = [[("user", "what are your office hours"),
                 ("assistant", "Our contact center at (866) 410-2290 is open 8 to 5, Monday to Friday."),
                 ("user", "who is the program manager"),
                 ("assistant", "Bettina Castellanos, Community Power Manager, bcastellanos@fairmonthills.gov.")],
                [("user", "how much renewable energy do you deliver"),
                 ("assistant", "Last year the program delivered 412,000 MWh to 51,300 accounts.")]]
    pairs = pairs_found("https://cca.example.gov/files/chat-export-june.jsonl", _chat_export(sessions), None)
    assert not _categories(pairs) & CUSTOMER, pairs


def _turns_found(text: str) -> set[tuple[str, str]]:
    return pairs_found("https://cca.example.gov/files/board-2025-03-13.vtt", text.encode(), "text/vtt")


def _vtt(*turns: str) -> str:
    cues = [f"00:{10 + k:02d}:01.000 --> 00:{10 + k:02d}:04.000\n>> {turn}\n" for k, turn in enumerate(turns)]
    return "WEBVTT\n\n" + "\n".join(cues)


def test_staff_telling_a_city_facility_s_account_and_the_average_home_in_a_turn_stay_public():
    captions = _vtt("Priscilla Ortega: Fire Station 3's SCE service account 3-041-7720-18 "
                    "used 211,480 kWh in the fiscal year, the most of our 64 facility accounts.",
                    "Priscilla Ortega: Enrollment is 51,300 accounts, about 612 kilowatt hours a month for the "
                    "typical residential customer.",
                    "CHAIR OKAFOR: Thank you. Item 5 carries five to zero.")
    pairs = _turns_found(captions)
    assert not _categories(pairs) & CUSTOMER, pairs


def test_a_speaker_s_own_account_after_their_label_is_still_theirs():
    captions = _vtt("CHAIR OKAFOR: Next speaker, please.",
                    "MR. ABARA: My name is Tobenna Abara, I live at 5120 Larchmont Vista Drive, my Edison service "
                    "account 3-041-7720-18 used 2,380 kWh in August and I want staff to look at it.")
    pairs = _turns_found(captions)
    assert "Tobenna Abara" in _values(pairs, "customer_name")
    assert any(v.endswith("7720-18") for v in _values(pairs, "account_number"))


def test_a_number_given_in_answer_to_the_turn_before_is_the_speaker_s():
    captions = _vtt("CHAIR OKAFOR: Thank you, sir. Would you leave a phone number with the clerk so staff can call?",
                    "Sure, it's seven six oh, four one two, eight eight three oh.",
                    "CHAIR OKAFOR: Is there a number for the permit desk?",
                    "Yes, it's (562) 390-2300.")
    phones = {"".join(ch for ch in v if ch.isalnum()) for v in _values(_turns_found(captions), "phone")}
    assert "sevensixohfouronetwoeighteightthreeoh" in phones
    assert "5623902300" not in phones


def _teams_docx(turns) -> bytes:
    import docx
    document = docx.Document()
    document.add_paragraph("Transcript")
    document.add_paragraph("Billing Disputes Huddle")
    for k, (speaker, text) in enumerate(turns):
        document.add_paragraph(f"0:{k}:{k * 7 % 60}.120 --> 0:{k}:{(k * 7 + 4) % 60}.480")
        document.add_paragraph(speaker)
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_teams_transcript_s_turns_are_read_whole_and_staff_reading_a_case_is_no_customer():
    turns = [("Bettina Castellanos", "Okay, first dispute this week."),
             ("Ibrahim Whitfield", "Service address is 2871 Calle Alondra, and the SCE account is 700 412 883 902."),
             ("Bettina Castellanos", "What did the customer say?"),
             ("Ibrahim Whitfield", "That the meter was misread, the bill shows 2,455 kWh."),
             ("Bettina Castellanos", "Thanks, next one.")]
    pairs = pairs_found("https://cca.example.gov/files/huddle.docx", _teams_docx(turns), None)
    assert not _values(pairs, "customer_name") & {"Bettina Castellanos", "Ibrahim Whitfield"}, pairs
    assert any(v.replace(" ", "") == "700412883902" for v in _values(pairs, "account_number"))


def test_numbers_read_out_in_groups_with_pauses_are_read_whole():
    captions = _vtt("CHAIR OKAFOR: Go ahead, caller.",
                    "Hi, this is Wairimu Lindgren-Oduya, my Edison account is 702... 118... 446... 905, "
                    "and you can call me back at 626, 418, 5530.")
    pairs = _turns_found(captions)
    assert any(v.startswith("702... 118") for v in _values(pairs, "account_number"))
    assert any(v.startswith("626, 418") for v in _values(pairs, "phone"))


def test_lists_of_years_and_codes_after_an_account_word_are_no_account():
    pairs = _turns_found(_vtt("MS. OKAFOR: Accounts receivable for 2022, 2023, 2024 were audited, and the budget "
                              "account codes 4100, 4200, 4300 carry the program's costs."))
    assert not _values(pairs, "account_number"), pairs


def test_a_city_building_named_in_two_words_is_no_person_holding_its_account():
    captions = _vtt("GUEST: Hi, I have a question for staff.",
                    "Priscilla Ortega: You can reach the contact center at (562) 390-2200. The Aquatics Center's SCE "
                    "service account 3-041-7720-18 used 388,140 kWh last year, the most of our facility accounts.",
                    "GUEST: Thank you.")
    pairs = _turns_found(captions)
    assert not _categories(pairs) & CUSTOMER, pairs


def test_a_form_s_capital_field_labels_are_no_speakers_and_its_lines_stay_lines():
    from crawler.extract import extract
    fields = [("CUSTOMER NAME", "ODALYS TREMBLAY-ACHEBE"), ("SERVICE ADDRESS", "4410 QUINCE ARBOR LANE"),
              ("MAILING ADDRESS", "PO BOX 2291"), ("ACCOUNT NUMBER", "3-112-0458-77"), ("RATE", "TOU-D-4-9PM"),
              ("READ DATE", "04/02/2025"), ("METER", "V349-1182"), ("USAGE", "1,204 KWH"), ("RE", "HIGH BILL REVIEW"),
              ("STATUS", "OPEN")] * 2
    pdf = _verbatim_pdf([(label, f"{value} entered by the office after the customer called about the bill")
                         for label, value in fields])
    document = extract("https://cca.example.gov/files/bill-review.pdf", pdf, "application/pdf")
    assert not any("CUSTOMER NAME" in s.text and "SERVICE ADDRESS" in s.text for s in document.segments)
    assert not any(len(s.text) > 80 for s in document.segments if s.location.page), \
        [s.text for s in document.segments if len(s.text) > 80]
