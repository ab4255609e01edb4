"""Leftovers of round 49 (held-back seed 127, site47, neg49, the trust review), each fixed as a family with true
cases and a city website's hard negatives.

1. A customer's surname with a particle in lower case is read whole in tables, lists, letters, prose and PDF lines
   ("Van Do-Wendt", "Tola van Hemert", "Jan ter Horst", "Omar bin Laden", "Priya d'Souza"); Spanish prose's "de",
   the vehicle "Van", a street named "Van Buren" and a country's "d'Ivoire" join no name.
2. Role words (Customer, Cliente, Kustomer, Residente) after Tagalog "si" are no word of the name after them.
3. A refused link's text is masked before it is cut to its shown length: a value across the old cut is masked.
4. A customer the text names over the e-mail they sent ("One affected customer, NAME, reached staff by e-mail:" /
   "From: mailbox"): the name and the mailbox are the customer's; staff replies and public comment stay public.
5. A contact an instruction to the reader sends them to call at a number ("Pague su factura en línea o llame a
   Marisol Ortega al ...", "call ... at", "tawagan si ... sa", "gọi cho ... theo số") is staff, public, unless the
   text ties the person to an account of their own.
6. A tab between a question's or an answer's marker and its text in a PDF ("Q:\tHow do I ...", "...?\tA: Example:
   SA_ID=...; CUST_NM=...") makes no row of a table: the KEY=value record the answer goes on with over the next lines
   is one record.
"""
from __future__ import annotations

import pytest

from crawler.scope import resolve_link
from detectors.model import Detection, Location
from reports.redact import SHOWN_LENGTH, shown_text
from tests.detector_helpers import lines_pdf, pairs_above_low, pairs_found, values_of

SITE = "https://www.pomonachoiceenergy.org"
CITY = "https://www.pomonaca.gov"
PARTICLE_NAMES = ["Van Do-Wendt", "Tola van Hemert", "Rosa de la Cruz", "Pieter van der Berg", "Joao da Silva",
                  "Omar bin Laden", "Ana del Rio", "Priya d'Souza", "Marie le Blanc", "Georg von Trapp",
                  "Jan ter Horst", "Samir al-Hassan"]


def _names(url: str, body: str, content_type: str | None = None) -> set[str]:
    return values_of(pairs_found(url, body, content_type), "customer_name")


@pytest.mark.parametrize("line", [
    "{n} \u2014 Acct 3-044-55{i:02d}-88 \u2014 $45.00/month",
    "{n}, account 3-044-55{i:02d}-88, 6 installments",
])
def test_a_payment_arrangements_list_reports_particle_names_whole(line):
    items = "".join(f"<li>{line.format(n=n, i=i)}</li>" for i, n in enumerate(PARTICLE_NAMES))
    body = f"<h2>Payment arrangements approved</h2><ul>{items}</ul>"
    assert _names(f"{SITE}/utilities/payment-arrangements.html", body) == set(PARTICLE_NAMES)


def test_a_phone_at_a_lines_end_makes_no_street_of_the_next_name():
    items = ["Tola van Hemert (Acct 3-044-5501-88) &mdash; $212.40 over 12 months; contact (909) 555-0101",
             "Jan ter Horst (Acct 3-044-5504-88) &mdash; $212.40 over 12 months; contact (909) 555-0104"]
    found = pairs_found(f"{SITE}/utilities/payment-arrangements.html",
                        "<p>Payment arrangements approved in May.</p><p>" + "<br>\n".join(items) + "</p>")
    assert values_of(found, "customer_name") == {"Tola van Hemert", "Jan ter Horst"}
    assert values_of(found, "phone") == {"(909) 555-0101", "(909) 555-0104"}
    assert values_of(found, "address") == set()


def test_a_customer_table_and_a_letter_report_particle_names_whole():
    rows = "".join(f"<tr><td>{n}</td><td>3-044-55{i:02d}-88</td><td>$45.00</td></tr>"
                   for i, n in enumerate(PARTICLE_NAMES))
    table = f"<table><tr><th>Customer</th><th>Account</th><th>Installment</th></tr>{rows}</table>"
    assert _names(f"{SITE}/plans.html", table) == set(PARTICLE_NAMES)
    letter = "<p>Dear Jan ter Horst,</p><p>Your account 3-044-5512-88 is past due by $212.40.</p>"
    assert _names(f"{SITE}/letter.html", letter) == {"Jan ter Horst"}


def test_case_notes_report_particle_names_whole():
    notes = "".join(f"<p>Customer {n}, account 3-044-55{i:02d}-88, asked for a payment plan.</p>"
                    for i, n in enumerate(PARTICLE_NAMES))
    assert _names(f"{SITE}/notes.html", notes) == set(PARTICLE_NAMES)


def test_a_pdf_schedule_reports_particle_names_whole():
    from tests.recall_corpus import documents
    names = ["Van Do-Wendt", "Tola van Hemert", "Omar bin Laden", "Priya d'Souza", "Jan ter Horst"]
    lines = [f"{n}   3-044-55{i:02d}-88   $1,2{i}4.00   final bill 03/1{i}/2025" if i % 2 else
             f"Written off: {n}, 1{i}20 Elm St, Acct 3-044-55{i:02d}-88, amount $2{i}4.10" for i, n in enumerate(names)]
    pdf = documents.pdf(["SCHEDULE OF ACCOUNTS WRITTEN OFF AS UNCOLLECTIBLE\n\n" + "\n".join(lines)], font_size=9)
    assert _names(f"{CITY}/docs/budget.pdf", pdf, "application/pdf") == set(names)


@pytest.mark.parametrize("page", [
    # Spanish prose: "de", "la", "del" between capitalised words of places and feasts
    "<p>Celebre el Cinco de Mayo en el parque. La Ciudad de Pomona y el Departamento de Servicios Comunitarios "
    "invitan a las familias. Cuenta de la ciudad 3-044-5512-88.</p>",
    "<p>Casa de la Cultura, 3-044-5512-88, 12,400 kWh</p>",
    "<p>Puente de Piedra Trail, account 3-044-5512-88, 1,200 kWh</p>",
    # the vehicle, a street and a school named after a president, a bakery, a park
    "<p>The senior van leaves City Hall at 9 a.m. Call 909-620-2311 to reserve the Van Service. Account "
    "3-044-5512-88 pays the fuel.</p>",
    "<p>Van Buren Street improvements: account 3-044-5512-88 was charged 4,500 kWh for the streetlights.</p>",
    "<p>Martin Van Buren Elementary School, 1200 Elm St., account 3-044-5512-88, used 12,400 kWh.</p>",
    "<p>Le Blanc Bakery, 120 Main St., account 3-044-5512-88, 3,200 kWh</p>",
    "<p>Van Pool, account 3-044-5512-88, 1,200 kWh</p>",
    "<ul><li>Van Fleet \u2014 acct 3-044-5512-88 \u2014 $4,500.00</li><li>Van Service \u2014 acct 3-044-5512-89</li></ul>",
    "<p>Service address: 14410 Sylvan St, Van Nuys, CA 91401. Account 3-044-5512-88, 640 kWh.</p>",
    "<p>Del Rio Park lights, account 3-044-5512-88, 3,200 kWh</p>",
    # historic figures, a council member, staff with a work contact, a country
    "<p>The library will show a film about Vincent van Gogh and Ludwig van Beethoven on Friday.</p>",
    "<p>Council Member Pieter van der Berg presented a proclamation honoring Dia de los Muertos.</p>",
    "<p>Contact: Ana de la Cruz, Utility Billing Supervisor, (909) 620-2311, adelacruz@pomonaca.gov</p>",
    "<p>C\u00f4te d'Ivoire delegation visit, account 3-044-5512-88.</p>",
    "<p>Put the recycling bin Out by 6 a.m. Account 3-044-5512-88 is the city's.</p>",
])
def test_particles_in_public_text_join_no_name(page):
    assert _names(f"{CITY}/page.html", page) == set()


@pytest.mark.parametrize("text, name", [
    ("Nagreklamo tungkol sa mataas na singil at dolor si Customer Maria Delgado, account 3-044-5512-88.",
     "Maria Delgado"),
    ("Tumawag si Kustomer Jose Rizal Santos tungkol sa account 3-044-5512-88.", "Jose Rizal Santos"),
    ("Tumawag si Residente Ana Cruz tungkol sa account 3-044-5512-88.", "Ana Cruz"),
    ("Tumawag si Cliente Rosa Lim, account 3-044-5512-88.", "Rosa Lim"),
    ("Tumawag si Park Ji-hoon tungkol sa account 3-044-5512-88.", "Park Ji-hoon"),  # a surname, no role
])
def test_a_role_word_after_si_is_no_word_of_the_name(text, name):
    assert _names(f"{SITE}/tl/notes.html", f"<p>{text}</p>") == {name}


def _found(value: str, masked: str) -> Detection:
    return Detection(url=f"{SITE}/notes.html", category="customer_name", severity="high", rule="PCE-01 6.3",
                     masked=masked, value=value, key=value.lower(), location=Location(line=3), hidden=None,
                     label=None, context=masked, why="in a customer record", fingerprint="ab" * 16)


@pytest.mark.parametrize("padding", range(258, 272, 3))
def test_a_name_across_the_cut_of_a_refused_link_is_masked(padding):
    href = "javascript:openRecord('" + "r" * padding + "','Maria Delgado','utility')"
    link, why = resolve_link(f"{SITE}/list.html", href)
    assert why.startswith("javascript: link")
    shown = shown_text([_found("Maria Delgado", "M**** D******")], reveal=False).place(link)
    assert len(shown) <= SHOWN_LENGTH and shown.endswith("\u2026")
    assert "','M*" in shown and "Ma" not in shown and "De" not in shown


@pytest.mark.parametrize("padding", range(262, 270, 2))
def test_an_ssn_across_the_cut_of_a_refused_link_shows_none_of_its_digits(padding):
    link, _ = resolve_link(f"{SITE}/list.html", "javascript:openRecord('" + "r" * padding + "','512-34-6789')")
    shown = shown_text([], reveal=False).place(link)
    assert len(shown) <= SHOWN_LENGTH and "512" not in shown and "34-6" not in shown


def test_a_short_refused_link_and_a_long_page_url_are_shown_whole():
    link, _ = resolve_link(f"{SITE}/list.html", "javascript:void(0)")
    masking = shown_text([], reveal=False)
    assert masking.place(link) == "javascript:void(0)"
    long_url = f"{SITE}/calendar?view=list&" + "&".join(f"tag{k}=parks" for k in range(40))
    assert masking.place(long_url) == long_url and len(long_url) > SHOWN_LENGTH
    revealed = shown_text([], reveal=True).place(resolve_link(SITE, "javascript:" + "x" * 500)[0])
    assert len(revealed) == SHOWN_LENGTH and revealed.endswith("\u2026")


_INTRODUCED = ["Utility Commission - Staff Report", "Prepared by: Lorena Whitfield, Program Manager", "",
               "Issue: enrollment errors after the spring mass enrollment.", "",
               "One affected customer, Maria Delgado, reached staff by e-mail:", "",
               "   From: {box}", "   Sent: Monday, March 03, 2024 9:14 PM", "   Subject: wrong account???", "",
               "   My bill shows the wrong service address. I moved out in January."]


@pytest.mark.parametrize("box", ["mdelgado42@yahoo.com", "delgado.maria77@outlook.com", "mariad412@att.net"])
def test_a_customer_named_over_the_e_mail_they_sent_in_a_pdf(box):
    pdf = lines_pdf([line.format(box=box) for line in _INTRODUCED], leading=14)
    found = pairs_found(f"{CITY}/docs/reports/utility-commission-report.pdf", pdf, "application/pdf")
    assert values_of(found, "customer_name") == {"Maria Delgado"} and values_of(found, "email") == {box}


def test_a_customer_named_over_the_e_mail_they_sent_on_a_page():
    page = ("<p>Scammers are calling residents. One affected customer, Tomas Ibarra, wrote to the billing office:</p>"
            "<p>From: tibarra.home@yahoo.com</p><p>To: billing@pomonaca.gov</p><p>Subject: Shutoff threat</p>"
            "<p>I got a call saying my power would be cut today unless I paid with gift cards.</p>")
    found = pairs_above_low(f"{CITY}/news/scam-alert.html", page)
    assert values_of(found, "customer_name") == {"Tomas Ibarra"}
    assert values_of(found, "email") == {"tibarra.home@yahoo.com"}


@pytest.mark.parametrize("lines", [
    ["Our billing supervisor, Ana Ruiz, replied by e-mail:", "From: Ana Ruiz <aruiz@pomonaca.gov>",
     "Subject: Re: bill"],
    ["Customer Service Manager Ana Ruiz wrote:", "From: aruiz@pomonaca.gov", "Subject: Outage update"],
    ["A customer wrote to us:", "From: jdoe1987@gmail.com", "Subject: Thanks"],
    ["Resident Ana Ruiz wrote to the Council:", "From: anaruiz@gmail.com", "Subject: Agenda item 4"],
    ["Our contractor, Ana Ruiz of Ruiz Solar, wrote:", "From: ana@ruizsolar.com", "Subject: Schedule"],
    ["Customer Care Supervisor Dana Whitfield sent the following reminder:", "From: dana.whitfield@gmail.com",
     "Subject: Reminder"],
])
def test_staff_replies_public_comment_and_unnamed_writers_stay_public(lines):
    found = pairs_above_low(f"{CITY}/news/update.html", "".join(f"<p>{line}</p>" for line in lines))
    assert values_of(found, "customer_name") == set() and values_of(found, "email") == set()


@pytest.mark.parametrize("text", [
    "Su cuenta 3-044-5512-88 tiene un saldo de $212.40. Pague su factura en l\u00ednea o llame a Marisol Ortega al "
    "(909) 555-0142.",
    "Pague su factura en l\u00ednea o llame a Marisol Ortega al (909) 555-0142.",
    "Your account 3-044-5512-88 has a balance of $212.40. Pay your bill online or call Marisol Ortega at "
    "(909) 555-0142.",
    "Pay your bill online or call Marisol Ortega at (909) 555-0142.",
    "Ang inyong account 3-044-5512-88 ay may balanseng $212.40. Bayaran ang inyong bill online o tawagan si Marisol "
    "Ortega sa (909) 555-0142.",
    "T\u00e0i kho\u1ea3n 3-044-5512-88 c\u1ee7a qu\u00fd v\u1ecb c\u00f2n n\u1ee3 $212.40. Thanh to\u00e1n tr\u1ef1c "
    "tuy\u1ebfn ho\u1eb7c g\u1ecdi cho Marisol Ortega theo s\u1ed1 (909) 555-0142.",
])
def test_the_contact_a_bill_notice_sends_the_reader_to_call_is_public(text):
    found = pairs_found(f"{CITY}/es/aviso.html", f"<h2>Aviso de pago</h2><p>{text}</p>")
    assert values_of(found, "customer_name") == set() and values_of(found, "phone") == set()


@pytest.mark.parametrize("text", [
    "Call Marisol Ortega at (909) 555-0142 about her account 3-044-5512-88, which is past due.",
    "La clienta Marisol Ortega, cuenta 3-044-5512-88, pidi\u00f3 un plan de pagos. Llame a Marisol Ortega al "
    "(909) 555-0142 para confirmar su plan.",
    "Your team billed me twice. Call Marisol Ortega at (909) 555-0142 about her bill, acct 3-044-5512-88.",
])
def test_a_person_called_about_their_own_account_stays_a_customer(text):
    found = pairs_found(f"{SITE}/notes.html", f"<p>{text}</p>")
    assert values_of(found, "customer_name") == {"Marisol Ortega"}
    assert values_of(found, "phone") == {"(909) 555-0142"}


def _qa_pdf(paragraphs: list[str]) -> bytes:
    """An RFP addendum's PDF as FPDF writes it: each paragraph wrapped at the page's width, two blanks before an
    answer's marker set as a tab gap by the text extraction."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "Addendum 2: Questions and Answers", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())


_RECORD = ("Example from the current CIS extract: SA_ID=3-044-5512-88; CUST_NM=Jasmine Reddy; SVC_ADDR=3430 Orange "
           "Grove Ave, Almendra Hills CA 91722; PHONE=951 557 8597; EMAIL=jreddy77@gmail.com; RATE=ACE-1015; "
           "USAGE_KWH=566; CARE=N.")


@pytest.mark.parametrize("paragraphs", [
    ["Q4 (Ana Ruiz, Verdant Analytics, (415) 555-0144, aruiz@verdant.com): Please provide a sample record layout "
     f"with realistic values.  A: {_RECORD}"],
    ["Q:  Please provide a sample record layout with realistic values.", f"A:  {_RECORD}"],
])
def test_a_key_value_record_after_a_tabbed_answer_marker_is_one_record(paragraphs):
    found = pairs_found(f"{CITY}/procurement/rfp-2025-07.pdf", _qa_pdf(paragraphs), "application/pdf")
    assert values_of(found, "customer_name") == {"Jasmine Reddy"}
    assert values_of(found, "address") == {"3430 Orange Grove Ave, Almendra Hills CA 91722"}
    assert values_of(found, "phone") == {"951 557 8597"}
    assert values_of(found, "email") == {"jreddy77@gmail.com"}
    assert values_of(found, "energy_usage") == {"566"}


def test_a_public_faq_with_tabbed_markers_and_a_table_in_text_stay_as_they_were():
    faq = _qa_pdf(["Q:  How do I enroll in the budget billing plan?",
                   "A:  Call Dana Whitfield, Program Manager, at (626) 334-5100 or visit City Hall, 200 N Main St.",
                   "Q:  What did the program cost in the first quarter?",
                   "A:  Q1:    $45,000    Q2:    $52,000    Total:    $97,000"])
    found = pairs_found(f"{CITY}/energy/faq.pdf", faq, "application/pdf")
    assert values_of(found, "customer_name") == set() and values_of(found, "phone") == set()
    from tests.detector_helpers import lines_pdf
    rows = lines_pdf(["Accounts referred to collections", "Ana Ruiz\t3-044-5512-88\t$212.40",
                      "Tomas Ibarra\t3-044-5512-89\t$98.10"])
    found = pairs_found(f"{CITY}/finance/collections.pdf", rows, "application/pdf")
    assert values_of(found, "customer_name") == {"Ana Ruiz", "Tomas Ibarra"}
