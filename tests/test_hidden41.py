"""Letters signed by their sender block, partly masked accounts, utilities' names as labels, callbacks in staff notes,
accounts in brackets after a name, confirmation prompts, and partner businesses under a customer table's headers
(red team hidden41).

- A letter to the Council about the writer's own bill or account, signed with no closing word by their name over
  their street, phone and mailbox, is the writer's customer record; a zoning letter signed the same way is not, nor is
  staff's letter to a customer signed over the office's address.
- An account with a few digits masked that still shows five or more after an account label ("PCE-***58213-4",
  "552190-XXX") is an account number; a mask that leaves fewer digits, or under another label, is not.
- A program's acronym and "bill" with the account in brackets after it ("his SRCE bill (SR55102938Q)"); in Spanish
  the utility's name between "cuenta de" and "núm." ("cuenta de Pomona Choice Energy núm. ..."), not a bank's; a
  utility's name alone as the label of a line in a list of a customer's accounts ("City sewer 551203-118").
- A staff note's bare "callback" right before a number makes it the customer's; an office's offer of "a callback" not.
- An account's form in brackets right after a private person's name ("Ingrid Solberg (SRCE-7720415-3) asked ...").
- A confirmation prompt naming the customer over the account's details, in a ``<dialog>`` or as a question right
  above them.
- Firms with no account, usage or identifier in a table headed Customer | Service Address | Account | Phone are a
  public list of partner businesses; a firm's row with its account or usage, and a person's row, are customers'.
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, pairs_above_low, pairs_found, values_of, workbook

_SITE = "https://www.solanaridge.example.gov"


def _page(body: str, title: str = "Solana Ridge Community Energy") -> str:
    return (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
            f"<main><h1>{title}</h1>{body}</main><footer>City of Solana Ridge, 410 Civic Plaza Dr, (760) 555-0100"
            f"</footer></body></html>")


def _found(body: str, name: str = "page.html", title: str = "Solana Ridge Community Energy") -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", _page(body, title), "text/html")


# --- letters signed by the sender block, no closing word --------------------------------------------------------------

def _letter(greeting: str, body: str, sender: list[str]) -> str:
    return f"<div class='letter'><p>{greeting}</p><p>{body}</p><p>{'<br>'.join(sender)}</p></div>"


def test_a_letter_about_the_writers_own_bill_signed_by_their_sender_block_is_theirs():
    letters = (_letter("Dear Councilmembers,", "I have a complaint about my SRCE bill. My account number is 7719-04423-6 "
                                               "and my charges doubled in August.",
                       ["Odalys Ferreira-Quant", "2291 E Palomar St", "Solana Ridge, CA 92075", "(760) 482-3317",
                        "oferreira.q@gmail.com"])
               + _letter("To the Honorable Mayor and Council:", "Our family's service account 448120-07 was billed "
                                                                "twice for June and my usage shows 1,912 kWh.",
                         ["Bartholomew Okonjo", "817 Via Cordoba", "760-915-2084"]))
    found = _found(f"<p>Item 9: correspondence received.</p>{letters}", "council/correspondence.html")
    assert {"Odalys Ferreira-Quant", "Bartholomew Okonjo"} <= values_of(found, "customer_name")
    assert {"2291 E Palomar St", "817 Via Cordoba"} <= {v.split("\n")[0] for v in values_of(found, "address")}
    assert {"(760) 482-3317", "760-915-2084"} <= values_of(found, "phone")
    assert "oferreira.q@gmail.com" in values_of(found, "email")


def test_a_spanish_letter_about_the_writers_own_account_signed_by_their_sender_block():
    letter = _letter("Estimado Concejo Municipal:", "Les escribo por mi factura. Mi cuenta es 663018-445 y el "
                                                        "cobro de julio es el doble del año pasado.",
                     ["Graciela Montemayor", "1450 W Rancho Vista Ln", "(760) 233-9081"])
    found = _found(letter, "council/correspondencia.html")
    assert "Graciela Montemayor" in values_of(found, "customer_name")
    assert "(760) 233-9081" in values_of(found, "phone")


def test_a_zoning_letter_and_staffs_letter_signed_over_an_address_are_no_customers():
    zoning = _letter("To the Honorable Mayor and City Council:", "I oppose the rezoning of 1500 Las Brisas Blvd "
                                                                 "(APN 8123-004-011). Traffic is already heavy.",
                     ["Philippa Vandermeer", "10343 W Paseo Del Mar", "(760) 233-4410"])
    staff = _letter("Dear Ms. Arbuthnot,", "Your account 7719-04423-6 was credited $42.10 after the meter test.",
                    ["Lorenzo Castellanos", "410 Civic Plaza Dr", "(760) 555-0100"])
    found = _found(f"<p>Correspondence received.</p>{zoning}", "council/letters.html")
    assert found == set()
    found = _found(f"<p>Sample letters.</p>{staff}", "billing/letters.html")
    assert "Lorenzo Castellanos" not in values_of(found, "customer_name")
    assert "(760) 555-0100" not in values_of(found, "phone")


# --- accounts masked but for most of their digits ------------------------------------------------------------------

def test_an_account_with_a_few_digits_masked_is_found_with_its_customer():
    body = ("<p>Refund issued to Priscilla Obiora for acct # SRCE-**58213-4 on 03/11/2025; service at 771 W Alder Ct."
            "</p><p>Refund issued to Wendell Fairweather for account no. 2-XX-318-5520 on 03/12/2025.</p>"
            "<p><a href='/bill' title='Account SR-***770193 - Mireille Thibodeau'>View bill</a></p>"
            "<!-- Customer: Anselm Krogstad / Svc addr: 4410 N Cedar Hollow Rd / Account No.: 552190-XXX -->")
    found = _found(body, "refunds.html")
    assert {"SRCE-**58213-4", "2-XX-318-5520", "SR-***770193", "552190-XXX"} <= values_of(found, "account_number")
    assert {"Priscilla Obiora", "Wendell Fairweather", "Anselm Krogstad"} <= values_of(found, "customer_name")
    assert "771 W Alder Ct." in values_of(found, "address")


def test_masks_that_show_few_digits_or_stand_under_another_label_are_no_accounts():
    body = ("<p>Permit # 2024-XXX-118 was issued. Case No. 240519-XX is closed. Call (760) 555-XXXX for help. "
            "Account: XXXX-XXXX-1234 is the format shown on the sample. Acct 44-XXX-XX9 was a typo. Order "
            "PO-**418820 shipped.</p>")
    assert values_of(_found(body, "misc.html"), "account_number") == set()


# --- labels without an account word ----------------------------------------------------------------------------------

def test_a_programs_acronym_and_bill_label_the_account_in_brackets_after_it():
    report = docx_paragraphs("STAFF REPORT", "BACKGROUND: A ratepayer, Ignatius Oyelowo of 3310 Rancho Bernardo Way, "
                                             "said his SRCE bill (SR55102938Q) tripled after the rate change.")
    assert "SR55102938Q" in values_of(pairs_found(f"{_SITE}/docs/report.docx", report), "account_number")


def test_an_acronym_and_bill_before_other_brackets_label_nothing():
    body = ("<p>The SRCE bill (shown in Exhibit 2024113) explains charges. The AB bill (AB 1234567) was signed. The "
            "PCE bill (2,400 kWh average) is typical.</p>")
    assert values_of(_found(body, "bills.html"), "account_number") == set()


def test_a_spanish_label_with_the_utilitys_name_between_cuenta_and_its_number():
    letter = docx_paragraphs("Estimado(a) Florentino Arizmendi:",
                             "Su cuenta de Solana Ridge Community Energy núm. SRCE-5521903-2 tiene un saldo vencido.",
                             "Su cuenta con Edison número 55123904 también.")
    found = values_of(pairs_found(f"{_SITE}/docs/carta.docx", letter), "account_number")
    assert {"SRCE-5521903-2", "55123904"} <= found


def test_a_banks_account_named_between_cuenta_and_its_number_is_none():
    letter = docx_paragraphs("Reembolso", "El depósito irá a su cuenta de Banco Popular núm. 55123904 o a la cuenta de "
                                          "Wells Fargo no. 77120953.")
    assert values_of(pairs_found(f"{_SITE}/docs/reembolso.docx", letter), "account_number") == set()


def test_a_utilitys_name_labels_a_line_of_a_customers_list_of_accounts():
    mail = ("From: okonkwo.house@att.net\nTo: billing@solanaridge.example.gov\nSubject: Re: transfer\n\n"
            "Here are my numbers:\n  Name on account: Chidi Okonkwo\n  SRCE acct: 4471-902231\n"
            "  City sewer 551203-118\n  Water dept 4410-22891\n  Phone: (760) 482-9913\n")
    found = values_of(pairs_found(f"{_SITE}/docs/mail.txt", mail), "account_number")
    assert {"4471-902231", "551203-118", "4410-22891"} <= found


def test_a_utilitys_name_before_a_number_without_an_account_list_is_none():
    text = "Fund summary\nWater 5502310\nSewer 4410229\nTotal 9912539\n"
    assert values_of(pairs_found(f"{_SITE}/docs/funds.txt", text), "account_number") == set()


# --- a callback number in a staff note ------------------------------------------------------------------------------

def test_a_staff_notes_bare_callback_is_the_customers_number():
    body = ("<p>For example, Leocadia Brzezinski moved here from 4419 Marlin Ct with her SDG&amp;E acct # 4402-11873-5; "
            "we only needed her new service address. (Note to file: callback (760) 341-2287.)</p>"
            "<p>Another caller, Osric Penhaligon of 77 Tern Way, gave account 3-551-0092-18. [staff: call back: "
            "760.915.4402]</p>")
    assert {"(760) 341-2287", "760.915.4402"} <= values_of(_found(body, "faq.html"), "phone")


def test_an_offer_of_a_callback_is_the_offices_number():
    body = ("<p>Leocadia Brzezinski moved here from 4419 Marlin Ct with her SDG&amp;E acct # 4402-11873-5. (Staff "
            "desk for a callback (951) 372-8810.)</p>")
    assert "(951) 372-8810" not in values_of(_found(body, "faq.html"), "phone")


# --- an account in brackets after a private person's name ------------------------------------------------------------

def test_an_account_in_brackets_after_a_name_in_a_hidden_sheets_note():
    book = workbook({"Summary": [["Program", "Opt-outs"], ["Residential", 41]],
                     "notes": [["Follow-up: Ingrid Solberg (SRCE-7720415-3) asked for the exit fee to be waived, "
                                "call (760) 341-2290"]]})
    found = pairs_found(f"{_SITE}/docs/optouts.xlsx", book)
    assert "SRCE-7720415-3" in values_of(found, "account_number")
    assert "Ingrid Solberg" in values_of(found, "customer_name")
    assert "(760) 341-2290" in values_of(found, "phone")
    note = _found("<p>Escalated: Thaddeus Abernathy-Ruiz (4410229183) disputes the June bill.</p>", "log.html")
    assert "4410229183" in values_of(note, "account_number")


def test_years_phones_dates_and_officials_numbers_in_brackets_are_no_accounts():
    body = ("<p>The park honors Juniper Hallowell (1938-2014). Reach Dorotea Sandoval (760-482-3317) for tickets, or "
            "Casimir Oduya (7604823390). "
            "Ana Ruiz (20240113) filed first. Planning Director Lisbet Ohanian (PLN-2024113) presented.</p>")
    assert values_of(_found(body, "news.html"), "account_number") == set()


# --- confirmation prompts -----------------------------------------------------------------------------------------

def test_a_dialogs_prompt_names_the_customer_of_the_details_below_it():
    body = ("<p>Payment plans spread a balance over six months.</p>"
            "<dialog id='plan'><h3>Enroll</h3><p>Enroll Kwabena Mensah-Boateng in a payment plan?</p>"
            "<p>Service account 8-220-441-905 &middot; 880 E Alder Ct &middot; balance $412.18</p></dialog>")
    found = _found(body, "plans.html")
    assert "Kwabena Mensah-Boateng" in values_of(found, "customer_name")


def test_a_question_right_above_the_accounts_details_names_its_customer():
    body = ("<div><p>Confirm level pay for Tomasz Zielinski-Arcand?</p>"
            "<p>ESI ID 10443720001650022 &middot; 12-month average 611 kWh</p></div>")
    assert "Tomasz Zielinski-Arcand" in values_of(_found(body, "levelpay.html"), "customer_name")


def test_prompts_naming_staff_or_above_no_account_name_no_customer():
    staff = ("<dialog><p>Questions? Contact Program Manager Beatriz Olvera.</p><p>Service account 8-220-441-905</p>"
             "</dialog>")
    assert "Beatriz Olvera" not in values_of(_found(staff, "plan.html"), "customer_name")
    seat = ("<p>Payment plans are explained at the workshop.</p><div><p>Confirm your seat for Evangelina Trujillo?</p>"
            "<p>Workshop: June 4, 6 pm, Library</p></div>")
    assert _found(seat, "workshop.html") == set()


# --- partner businesses under a customer table's headers ----------------------------------------------------------

def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<p>These firms finished a lighting retrofit.</p><table><tr>{head}</tr>{body}</table>"


def test_firms_without_an_account_under_customer_headers_are_a_public_list():
    for header in (("Customer", "Service Address", "Account", "Phone"),
                   ("Nombre", "Dirección", "No. de Cuenta", "Teléfono")):
        body = _table(header, [("Ostrowski Muffler &amp; Smog", "2210 Las Palmas Ave", "&mdash;", "(760) 433-1208"),
                               ("Blue Heron Laundromat", "515 Harbor Blvd", "none", "(760) 433-1290"),
                               ("Nakamura Dental Group", "88 Pine Bluff Rd", "n/a", "(760) 433-1377")])
        found = pairs_above_low(f"{_SITE}/partners.html", _page(body))
        assert values_of(found, "customer_name") == set() and values_of(found, "address") == set(), header


def test_a_firms_row_with_its_account_or_usage_and_a_persons_row_are_customers():
    body = _table(("Customer", "Service Address", "Account", "kWh", "Phone"),
                  [("Ostrowski Muffler &amp; Smog", "2210 Las Palmas Ave", "7004418823", "", "(760) 433-1208"),
                   ("Blue Heron Laundromat", "515 Harbor Blvd", "&mdash;", "4,120", "(760) 433-1290"),
                   ("Marisela Quintanilla", "61 Sandpiper Ln", "&mdash;", "", "(760) 433-1311"),
                   ("Sigrun Vasbotten", "4 Gullwing Ct", "&mdash;", "", "(760) 433-1322")])
    found = _found(body, "retrofits.html")
    assert {"Ostrowski Muffler & Smog", "Blue Heron Laundromat", "Marisela Quintanilla", "Sigrun Vasbotten"} <= values_of(
        found, "customer_name")
