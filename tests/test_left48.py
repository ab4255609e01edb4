"""Red teams site47 and docs47's leftover misses and last session's open notes (round 48).

- (miss, file name) A file name that glues an SSN's or an account's groups with dots ("smith.512.34.6789.pdf") is
  read as one that glues them with hyphens or underscores (``crawler.url_text``). Hard negatives: a dotted date, a
  version number, a short item number.
- (miss, notes) A staff note that says what template staff used for a real customer ("Used the payment-plan template
  for Mr. Ocampo at ...") is that customer's note; a paragraph that is a template, or that introduces one, is still
  of another kind (``public_people.of_another_kind``).
- (miss, OCR) A labelled e-mail field whose mailbox OCR cut after the domain's last dot ("Email: colllam74@yahoo. com")
  holds that mailbox (``email``). Hard negatives: an office's mailbox so cut, a bare "yahoo. com" in prose.
- (miss, footer) A Word footer's file name SURNAME_NUMBER.docx whose surname no list holds ("ADEYEMI_AC4003688U.docx")
  files the memo under a customer when the body calls someone by that surname with a courtesy title ("Mr. Adeyemi")
  (``running_heads``). Hard negative: the same footer in a memo that calls no one so.
- (miss, slide) A slide's bullets under its title ("Case study: estimated reads" / "Customer on 7689 Saddleback Dr" /
  "Estimated 856 kWh ...") are their own sentence, not a wrap of the title's (``prose.sentences.runs_on_from_above``: a
  wrap goes on in lower case or after a comma). Hard negative: the class average a wrap cuts ("The average residential"
  / "customer used 512 kWh") stays no customer's (test_bigpdf36a).
- (miss, story) A case story's next paragraph goes on with the customer when it names them again by their given name
  ("'We kept the blinds closed,' Tam said") and names no one else but the staff who served them, with their
  organization ("an audit by Vinh Thach of Altamira Community Power"); its sentence telling how the usage changed
  after sentences that refer back ("the family replaced the unit. September usage fell to 420 kilowatt-hours") gives
  the customer's usage (``case_stories``). Hard negatives: a program's or an area's usage so told, another resident
  in the next paragraph, a staff spotlight.
- (miss, signature) A customer's e-mail signed with no closing word above the signature ("Heather Hendricks" /
  "10261 S Olive Grove Ct" / ... / "PCE/AGCE acct" / "AGCE-5567110") is signed by the name line its sender's mailbox
  spells ("From: hhendricks@att.net") (``letters._named_by_mailbox``). Hard negatives: a name line the mailbox does
  not spell, a staff member's line with a title.
- (guard) A firm named with its legal form or its trade beside a customer's story ("installed by Brightroof Solar
  LLC", "her contractor, Dan Reyes Roofing Inc.") is no second person of the case and no customer name.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found, values_of


def _html(*paragraphs: str) -> str:
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


# -- file names ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, words", [
    ("/files/smith.512.34.6789.pdf", "files / smith 512-34-6789.pdf"),
    ("/files/512.34.6789.pdf", "files / 512-34-6789.pdf"),
    ("/files/acct.2.35.123.4567.pdf", "files / acct 2-35-123-4567.pdf"),
    ("/files/minutes.2024.01.15.pdf", "files / minutes 2024-01-15.pdf"),  # read, a date: no finding
])
def test_a_dotted_file_name_is_read_as_a_hyphenated_one(path, words):
    from crawler.url_text import path_text
    assert path_text(path) == words


@pytest.mark.parametrize("path", ["/docs/report.v2.1.pdf", "/files/item.12.345.pdf", "/a/2024/rfp.3.pdf"])
def test_a_dotted_file_name_with_no_identifier_is_not_read(path):
    from crawler.url_text import path_text
    assert path_text(path) == ""


def test_a_dotted_ssn_in_a_link_target_is_a_finding():
    page = _html('<a href="/files/smith.512.34.6789.pdf">Notice</a> and '
                 '<a href="/files/minutes.2024.01.15.pdf">Minutes</a>')
    found = pairs_found("https://www.city.gov/records.html", page)
    assert values_of(found, "ssn") == {"512-34-6789"}
    assert not values_of(found, "account_number") and not values_of(found, "phone")


# -- a template used for a customer ---------------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Call log 03/14: spoke with Ruben Ocampo re: high bill; used payment plan template; service address "
    "2231 Via Verde Dr; cb (909) 555-0187.",
    "Spoke with Ruben Ocampo today about his high bill. Used the payment-plan template and set up 6 installments. "
    "His service address is 2231 Via Verde Dr and his callback number is (909) 555-0187.",
])
def test_a_note_of_the_template_used_for_a_customer_is_the_customers(note):
    found = pairs_found("https://www.city.gov/notes.html", _html(note))
    assert values_of(found, "customer_name") == {"Ruben Ocampo"}
    assert values_of(found, "address") == {"2231 Via Verde Dr"}
    assert values_of(found, "phone") == {"(909) 555-0187"}


@pytest.mark.parametrize("paragraph", [
    "Notes template. Spoke with Ruben Ocampo today about his high bill. His service address is 2231 Via Verde Dr.",
    "Call log template: spoke with Ruben Ocampo re: high bill; service address 2231 Via Verde Dr; cb (909) 555-0187.",
    "Template: Dear [Customer Name], your account [Account Number] at [Service Address] is past due.",
])
def test_a_template_is_still_no_customers_record(paragraph):
    found = pairs_found("https://www.city.gov/notes.html", _html(paragraph))
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_the_template_guard_reads_what_was_done_with_the_template():
    from detectors.context.public_people import of_another_kind
    assert not of_another_kind("Used the payment-plan template for Mr. Ocampo at 2231 Via Verde Dr.")
    assert not of_another_kind("Sent him the hardship template; e-mailed per the shut-off template.")
    assert of_another_kind("Use this template to write to us.")
    assert of_another_kind("Letter template. Dear Ruben Ocampo, your bill is past due.")
    assert of_another_kind("Used the payment-plan template. Template: Dear Ruben Ocampo,")


# -- a mailbox OCR cut at the domain's dot --------------------------------------------------------------------------

def test_an_ocr_cut_mailbox_in_an_email_field_is_found():
    found = pairs_found("https://www.city.gov/capture.html", _html(
        "Customer: Colleen Lam", "Email: colllam74@yahoo. com", "Phone: (562) 440-6172"))
    assert values_of(found, "email") == {"colllam74@yahoo. com"}
    assert values_of(found, "customer_name") == {"Colleen Lam"}


@pytest.mark.parametrize("paragraphs", [
    ("Contact: info@citycare. org",),
    ("Email: care@altamirahills. gov", "Phone: (626) 917-4400"),
    ("Many residents use yahoo. com or gmail. com for their mail.",),
])
def test_an_ocr_cut_public_or_bare_domain_is_no_finding(paragraphs):
    assert not values_of(pairs_found("https://www.city.gov/capture.html", _html(*paragraphs)), "email")


# -- a footer's file name ---------------------------------------------------------------------------------------------

def _memo(body: str, footer: str) -> bytes:
    import io

    from docx import Document
    document = Document()
    document.add_paragraph("MEMORANDUM")
    document.add_paragraph(body)
    document.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_FOOTER = "File: ADEYEMI_AC4003688U.docx | printed 2024-05-09 | cb (562) 367-8663"


def test_a_footers_file_name_under_a_surname_the_body_uses():
    found = pairs_found("https://www.city.gov/memo.docx", _memo(
        "Mr. Adeyemi (Wendell) has asked the City to waive the reconnection fee.", _FOOTER))
    assert values_of(found, "account_number") == {"AC4003688U"}
    assert values_of(found, "phone") == {"(562) 367-8663"}


def test_a_footers_file_name_under_an_unknown_word_is_no_account():
    found = pairs_found("https://www.city.gov/memo.docx", _memo(
        "The Parks Commission asked the City to waive the rental fee for the spring fair.", _FOOTER))
    assert not values_of(found, "account_number") and not values_of(found, "phone")


# -- a slide's bullets under its title ------------------------------------------------------------------------------

def _slide(title: str, bullets: str) -> bytes:
    import io

    from pptx import Presentation
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = title
    slide.placeholders[1].text = bullets
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


@pytest.mark.parametrize("title", ["Case study: estimated reads", "Customer Care Quarterly Update"])
def test_a_slides_bullets_under_its_title_are_a_customers_record(title):
    found = pairs_found("https://www.city.gov/update.pptx", _slide(
        title, "Customer on 7689 Saddleback Dr\nEstimated 856 kWh for 3 months\nResolved with meter exchange"))
    assert values_of(found, "address") == {"7689 Saddleback Dr"}
    assert values_of(found, "energy_usage") == {"856 kWh"}


def test_a_slides_class_figures_stay_public():
    found = pairs_found("https://www.city.gov/update.pptx", _slide(
        "Case study: estimated reads", "Customers on estimated reads: 1,240\nAverage home used 520 kWh\n"
                                       "City Hall, 18000 Civic Plaza Dr"))
    assert not values_of(found, "address") and not values_of(found, "energy_usage")


# -- a case story's follow-up usage ---------------------------------------------------------------------------------

_STORY = ("When Tam Quach moved into the two-bedroom house on 4410 Fairgrove Ave in 2019, the air conditioner was "
          "already twenty years old. Last August the household used 2,261 kWh, and the bill topped $400.")


@pytest.mark.parametrize("follow_up, usage", [
    ("\u201cWe kept the blinds closed all day,\u201d Tam said. After a free audit by Vinh Thach of Altamira Community "
     "Power, the family replaced the unit with a heat pump. September usage fell to 420 kilowatt-hours.",
     "420 kilowatt-hours"),
    ("Tam said the audit by Rosa Diaz of the Energy Office changed everything for her. The family sealed the ducts. "
     "Winter usage dropped to 1,130 kWh.", "1,130 kWh"),
])
def test_a_stories_follow_up_usage_is_the_customers(follow_up, usage):
    found = pairs_found("https://www.city.gov/news/story.html", _html(_STORY, follow_up))
    assert values_of(found, "customer_name") == {"Tam Quach"}
    assert values_of(found, "energy_usage") == {"2,261 kWh", usage}
    assert values_of(found, "address") == {"4410 Fairgrove Ave"}


@pytest.mark.parametrize("follow_up", [
    "\u201cWe kept the blinds closed all day,\u201d Tam said. Across all participants, usage fell to 480 kWh.",
    "Down the street, Golnaz Jafari replaced her unit too. September usage fell to 420 kilowatt-hours.",
    "The program has audited 300 homes this year. Usage fell to 420 kWh in September.",
])
def test_a_follow_up_that_is_not_the_customers_usage(follow_up):
    found = pairs_found("https://www.city.gov/news/story.html", _html(_STORY, follow_up))
    assert values_of(found, "energy_usage") == {"2,261 kWh"}


def test_a_staff_spotlight_with_usage_is_no_case():
    found = pairs_found("https://www.city.gov/news/staff.html", _html(
        "Vinh Thach of Altamira Community Power has audited 300 homes since 2019.",
        "\u201cEvery house is different,\u201d Vinh said. After the audits, the average home replaced its unit. "
        "Average usage fell to 520 kWh."))
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")


# -- a customer e-mail's signature named by its mailbox ---------------------------------------------------------------

def _customer_email(sender: str, signature: str) -> bytes:
    """A staff report's page quoting a customer's e-mail, its signature's contact lines labelled ("cell 909-..."), no
    closing word above it, the report's footer at the page's foot."""
    import io

    from reportlab.pdfgen import canvas
    lines = ["ATTACHMENT B - CORRESPONDENCE (as received)", "-----", f"From: {sender}",
             "Sent: Tuesday, May 14, 2024 9:12 PM", "To: xhuang@aldergroveca.gov", "Subject: carport permit",
             "Hi, I'm the owner at the address below. SCE says my panel upgrade is fine but the city keeps",
             "rejecting the carport.", signature, "10261 S Olive Grove Ct", "Alder Grove, CA 92372",
             "cell 909-659-9431", "PCE/AGCE acct AGCE-5567110"]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica", 10)
    for k, line in enumerate(lines):
        pdf.drawString(60, 740 - 14 * k, line)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(60, 30, "Staff Report - Solar Carport Ordinance - Page 3")
    pdf.save()
    return out.getvalue()


def test_a_signature_the_senders_mailbox_spells_names_the_customer():
    found = pairs_found("https://www.city.gov/staff-report.pdf", _customer_email("hhendricks@att.net",
                                                                                 "Heather Hendricks"))
    assert values_of(found, "customer_name") == {"Heather Hendricks"}
    assert values_of(found, "address") == {"10261 S Olive Grove Ct"}


@pytest.mark.parametrize("sender, signature", [
    ("gardenfan77@att.net", "Heather Hendricks"),  # the mailbox spells no one
    ("hhendricks@att.net", "Harold Hendricks, Senior Planner"),  # staff's line, with a title
    ("hhendricks@att.net", "Thomas Hendricks"),  # another given name
])
def test_a_signature_the_mailbox_does_not_spell_names_no_one(sender, signature):
    found = pairs_found("https://www.city.gov/staff-report.pdf", _customer_email(sender, signature))
    assert not values_of(found, "customer_name")


# -- a firm beside a customer's story --------------------------------------------------------------------------------

@pytest.mark.parametrize("firm_sentence", [
    "Her panels were installed by Brightroof Solar LLC last year.",
    "Her contractor, Dan Reyes Roofing Inc., had set the meter wrong.",
    "The installer Maria Garcia Solar LLC came back in May.",
])
def test_a_firm_beside_a_customers_story_is_no_person(firm_sentence):
    found = pairs_found("https://www.city.gov/news/story.html", _html(
        f"We helped Ana Ruiz with her bill in March. {firm_sentence} Her home at 1412 Elm St used 1,746 kWh in July."))
    assert values_of(found, "customer_name") == {"Ana Ruiz"}
    assert values_of(found, "address") == {"1412 Elm St"}
