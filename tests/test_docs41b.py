"""Red team docs41 (writing families): an account and its kWh in brackets after "the account in question", a caller
named in a call note's later sentence with their own mailbox and street, a speaker card about the speaker's own bill,
a Word comment's phone in the sentence after the customer's name and home, a Spanish letter's "su consumo promedio", a
sentence cut by a PDF's page break, and a letter's salutation that is no word of a name."""
from __future__ import annotations

import io

from tests.detector_helpers import docx_paragraphs, pairs_found, values_of

SITE = "https://www.callowayhills.gov/documents/"


def _memo_with_comment(comment: str) -> bytes:
    import docx
    document = docx.Document()
    document.add_paragraph("SUBJECT: Community Power billing dispute follow-up")
    document.add_paragraph("On September 23 staff received a written complaint regarding a generation charge that "
                           "appeared twice on the SCE bill, acct 8032501984.")
    paragraph = document.add_paragraph("Staff recommends a one-time bill credit consistent with the tariff.")
    document.add_comment(paragraph.runs, text=comment, author="Billing")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pages_pdf(pages: list[list[str]], foot: str = "Page {}") -> bytes:
    """A PDF whose pages each hold their lines and, at the foot, ``foot`` with the page's number."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number, lines in enumerate(pages, start=1):
        for k, line in enumerate(lines):
            pdf.drawString(54, 740 - 12 * k, line)
        pdf.drawString(54, 30, foot.format(number))
        pdf.showPage()
    pdf.save()
    return out.getvalue()


# -- an account in brackets after the words that say which account it is ---------------------------------------------

def test_account_in_question_in_brackets_and_the_usage_it_showed():
    for text, account, usage in (
            ("The SCE account in question (4-62-416-9490) showed 4,861 kWh for the billing period, well above the "
             "average residential customer.", "4-62-416-9490", "4,861 kWh"),
            ("The account at issue (CHCP-384347) recorded 5,344 kWh in July.", "CHCP-384347", "5,344 kWh"),
            ("Her account referenced above (5512 3391 02) used 612 kWh last month.", "5512 3391 02", "612 kWh"),
            ("La cuenta en cuestión (3-13-541-6187) registró 2,120 kWh en agosto.", "3-13-541-6187", "2,120 kWh")):
        found = pairs_found(SITE + "memo.txt", text)
        assert values_of(found, "account_number") == {account}, text
        assert values_of(found, "energy_usage") == {usage}, text


def test_other_numbers_in_question_are_no_accounts():
    for text in ("The ordinance in question (2024-117) was adopted on second reading.",
                 "The parcel in question (APN 8341-012-033) is zoned R-1.",
                 "The accounts in question (12) were closed after the audit.",
                 "The budget account in question (101-4310-5210) funds the streetlight program in the General Fund."):
        found = pairs_found(SITE + "staff-report.txt", text)
        assert not values_of(found, "account_number"), text


# -- a later sentence of a call note naming a caller with their own contact details ----------------------------------

def test_second_caller_with_mailbox_and_street():
    notes = docx_paragraphs("Community Power call center - escalation notes", "Caller: Minh Vo",
                            "Callback #: (562)556-3722", "Acct: CHCP-304628    Usage last cycle: 336 kWh",
                            "Second caller Aiko Okafor (email aiko.okafor@yahoo.com) asked about the same outage on "
                            "23339 S Sycamore Glen Drive Unit 200.")
    found = pairs_found(SITE + "call-notes.docx", notes)
    assert values_of(found, "customer_name") == {"Minh Vo", "Aiko Okafor"}
    assert "23339 S Sycamore Glen Drive Unit 200" in values_of(found, "address")


def test_named_notice_log_lines_under_their_account_lines():
    log = _pages_pdf([["Community Power - 48-hour notices sent (week 2)",
                       "Rania Liu, 1875 West Rancho Camino Ave #89", "   acct 700336863479 | tel 1-626-680-5067",
                       "Svetlana Hakobyan, 9984 N Foothill Street", "   acct 700873395056 | tel 714-697-7667",
                       "Khanh E. Aguilar, 14428 Via Serena Road", "   acct CHCP-388741 | tel 714 838 7910"]])
    found = pairs_found(SITE + "notice-log.pdf", log)
    assert values_of(found, "customer_name") == {"Rania Liu", "Svetlana Hakobyan", "Khanh E. Aguilar"}


def test_staff_named_after_a_customers_record_stay_public():
    notes = docx_paragraphs("Caller: Minh Vo", "Acct: CHCP-304628    Usage last cycle: 336 kWh",
                            "Escalated to Supervisor Dana Whitfield, (909) 620-2375, for review.")
    found = pairs_found(SITE + "call-notes.docx", notes)
    assert values_of(found, "customer_name") == {"Minh Vo"}
    assert not values_of(found, "phone")


# -- a speaker card about the speaker's own bill --------------------------------------------------------------------

def test_speaker_card_about_own_bill_with_account():
    cards = ("Attachment 6 - Public comment cards\n"
             "Speaker: Ngozi Mendoza, resident of Calloway Hills. Topic: rates. Supports the item.\n"
             "Speaker: Tamika Navarro, resident of Calloway Hills. Topic: rates. Supports the item.\n"
             "Speaker: Yesenia Choi. Topic: my CHCP bill. Account number (optional): CHCP-835912\n"
             "Phone (optional): 562-891-8632   Address: 338 North Grand Oak Drive, Calloway Hills, CA 91764")
    found = pairs_found(SITE + "packet.txt", cards)
    assert values_of(found, "customer_name") == {"Yesenia Choi"}
    assert values_of(found, "account_number") == {"CHCP-835912"}


def test_speaker_cards_on_public_topics_name_no_customer():
    cards = ("Attachment 6 - Public comment cards\n"
             "Speaker: Ngozi Mendoza, resident of Calloway Hills. Topic: rates. Supports the item.\n"
             "Speaker: Tamika Navarro. Topic: the library budget. Opposes the item.\n"
             "Speaker: Omar Haddad. Topic: their bill-pay kiosk at City Hall. Supports the item.")
    assert not values_of(pairs_found(SITE + "packet.txt", cards), "customer_name")


# -- a Word comment's next sentence about the person it named -------------------------------------------------------

def test_comment_phone_in_the_sentence_after_the_name_and_home():
    found = pairs_found(SITE + "memo.docx", _memo_with_comment(
        "Also credit Armen Rahimi at 23830 E Olive Ridge Ct? She called twice, (951) 988-9379."))
    assert values_of(found, "customer_name") == {"Armen Rahimi"}
    assert values_of(found, "address") == {"23830 E Olive Ridge Ct"}
    assert values_of(found, "phone") == {"(951) 988-9379"}


def test_comment_phone_of_another_sentence_stays_out():
    found = pairs_found(SITE + "memo.docx", _memo_with_comment(
        "Also credit Armen Rahimi at 23830 E Olive Ridge Ct? Billing can answer questions at (909) 620-2375."))
    assert values_of(found, "customer_name") == {"Armen Rahimi"}
    assert not values_of(found, "phone")


# -- a letter's "su consumo promedio" -------------------------------------------------------------------------------

def _spanish_letter(sentence: str) -> bytes:
    return docx_paragraphs("Sra. Rania J. Abernathy", "20321 S Kingsley Ct", "Calloway Hills CA 91784",
                           "Estimado/a cliente: confirmamos su plan de pagos para la cuenta 700500118890. "
                           f"{sentence} Si tiene preguntas le llamaremos al 951 765 9906.")


def test_spanish_letter_tells_the_readers_own_average():
    for sentence, usage in (("Su consumo promedio es de 1545 kWh al mes.", "1545 kWh"),
                            ("Usted usó un promedio de 519 kWh al mes.", "519 kWh"),
                            ("Su promedio mensual es de 600 kWh.", "600 kWh"),
                            ("Ud. consumió en promedio 590 kWh al mes.", "590 kWh")):
        found = pairs_found(SITE + "carta.docx", _spanish_letter(sentence))
        assert values_of(found, "energy_usage") == {usage}, sentence


def test_spanish_class_average_stays_public():
    for sentence in ("El consumo promedio por hogar es de 550 kWh al mes.",
                     "Su consumo es alto: el promedio de los hogares es de 550 kWh al mes."):
        found = pairs_found(SITE + "carta.docx", _spanish_letter(sentence))
        assert not values_of(found, "energy_usage"), sentence
    rates = "Tarifas residenciales 2025. Su consumo promedio es de 550 kWh al mes si vive en un apartamento."
    assert not values_of(pairs_found(SITE + "tarifas.txt", rates), "energy_usage")


# -- a sentence a page break cut ------------------------------------------------------------------------------------

_FILLER = ["Program outcomes for the year are summarized below."] * 30


def test_phone_on_the_next_page_of_a_customers_sentence():
    book = _pages_pdf([
        [*_FILLER, "Customer satisfaction remained above target. One complaint escalated to the City Manager",
         "concerned a medical baseline customer, Priya Vo, whose service at 7096 Grand Oak Blvd, Calloway"],
        ["Hills, CA 91784 was disconnected in error during the heat wave. The customer's daughter can be",
         "reached on 951.770.5400. The issue was resolved within 48 hours."],
        _FILLER])
    found = pairs_found(SITE + "budget-book.pdf", book)
    assert values_of(found, "customer_name") == {"Priya Vo"}
    assert values_of(found, "phone") == {"951.770.5400"}


def test_running_foot_between_a_sentences_halves_is_no_part_of_it():
    book = _pages_pdf([
        [*_FILLER, "One complaint concerned a medical baseline customer, Priya Vo, whose service at 7096 Grand",
         "Oak Blvd was disconnected in error during the heat wave. Her daughter can be"],
        ["reached on 951.770.5400. The issue was resolved within 48 hours."],
        _FILLER], foot="Calloway Hills Budget Office  (909) 620-2000  |  {}")
    found = pairs_found(SITE + "budget-book.pdf", book)
    assert values_of(found, "customer_name") == {"Priya Vo"}
    assert values_of(found, "phone") == {"951.770.5400"}


def test_page_that_ends_its_sentence_keeps_the_next_pages_numbers_apart():
    book = _pages_pdf([
        [*_FILLER, "One complaint concerned a medical baseline customer, Priya Vo, whose service at 7096 Grand",
         "Oak Blvd was disconnected in error. The issue was resolved within 48 hours."],
        ["Energy Division contacts: the Customer Care line is open weekdays at 951.770.5400 for",
         "questions about programs and rates."],
        _FILLER])
    found = pairs_found(SITE + "budget-book.pdf", book)
    assert values_of(found, "customer_name") == {"Priya Vo"}
    assert not values_of(found, "phone")


# -- a salutation is no word of a name ------------------------------------------------------------------------------

def test_salutation_word_is_no_part_of_a_name():
    for salutation in ("Dear Ji-yeon", "Dear Kwame", "Estimada Ji-yeon"):
        letter = docx_paragraphs("Ji-yeon Yamamoto\n13448 E Laurel Canyon Drive\nCalloway Hills, CA",
                                 f"{salutation}, thank you for your letter about account 8062939177. Please email "
                                 "jiyeon.yamamoto@sbcglobal.net confirmation when the credit posts.")
        found = pairs_found(SITE + "attachments.docx", letter)
        assert values_of(found, "customer_name") == {"Ji-yeon Yamamoto"}, salutation
        assert values_of(found, "account_number") == {"8062939177"}
    letter = docx_paragraphs("Kwame Okafor\n335 Fairplex Way Apt 3C\nCalloway Hills, CA",
                             "Dear Kwame, thank you for your letter about account 700572178631. Please email "
                             "kwameokafor53@icloud.com confirmation when the credit posts.")
    assert values_of(pairs_found(SITE + "attachments.docx", letter), "customer_name") == {"Kwame Okafor"}
