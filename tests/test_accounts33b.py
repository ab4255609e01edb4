"""Customer records with account numbers of other forms than SCE's (red team accounts33, misses 3 and 5, false 1).

- A labelled value a page's ``<br>`` (or a Word line break) cut twice, alone on its line between its label and the
  rest of the sentence ("gave Water Acct" / "W-5521" / "90-33 and asked ..."), is read whole. Hard negatives: whole
  numbers listed one a line, a house number above its street, a year above a count, pieces with too few digits.
- Spanish letters name an account by its last digits as English ones do: "la cuenta que termina en 3318", "su
  cuenta terminada en 3318". Hard negatives: a card's last digits, the year an account's plan ends.
- A bank's routing number named in the same paragraph makes the account beside it the bank's (the City's published
  remittance account) in a PDF whose wrap puts the routing number and the account on two lines, as it does in a page
  or a Word file of the same sentence. A customer's account in a wrapped paragraph, and a form's bank account field
  under its routing field, are still reported.
"""
from __future__ import annotations

import io

import docx

from crawler.extract.text_fields import mend_cut_lines
from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.cityofexample.gov/utilities"


def _accounts(name: str, body: str | bytes) -> set[str]:
    return values_of(pairs_found(f"{_SITE}/{name}", body), "account_number")


# --- 1. a value a <br> cut twice ------------------------------------------------------------------------------

def test_an_inquiry_log_account_cut_by_two_breaks_is_read_whole():
    page = ("<html><body><h1>Utility Inquiry Log</h1>"
            "<p>Caller Oksana Terletska at 418 Juniper Ct gave Water Acct<br>W-5521<br>90-33 and asked about a leak "
            "adjustment.</p>"
            "<p>Caller Desmond Achterberg at 77 Marigold Way gave Refuse Account No.<br>RB/61<br>207/88, and asked "
            "for a larger cart.</p>"
            "<p>Caller Imelda Tuazon at 2310 Larkspur Dr gave Acct #<br>3318.0<br>472.19 and disputed a late fee.</p>"
            "</body></html>")
    accounts = _accounts("inquiries.html", page)
    assert {"W-552190-33", "RB/61207/88", "3318.0472.19"} <= accounts


def test_a_word_line_break_cut_twice_in_a_letter():
    document = docx.Document()
    run = document.add_paragraph().add_run("Dear Mr. Halvorsen: our records show your Sewer Account No.")
    for line in ("S6604", "21.07 was credited $42.10 for the overbilled period."):
        run.add_break()
        run.add_text(line)
    out = io.BytesIO()
    document.save(out)
    assert "S660421.07" in _accounts("credit_letter.docx", out.getvalue())


def test_lines_that_are_no_cut_value_are_not_joined():
    unchanged = (
        # whole numbers listed one a line
        "Accounts transferred to the new billing system, Acct No.\n4471-2290\n5582-3310 and two others",
        # a house number above its street
        "Send payments to Account No.\n1580\n1200 West Mission Blvd",
        # a year above a count
        "Approved under Resolution No.\n2025\n14 items were adopted",
        # too few digits together to be an identifier
        "Meeting room No.\n12\n4 chairs were added",
        # no label before the first piece
        "The crew replaced\n3318\n7702 feet of pipe",
        # the second piece alone on its line: a list, not a sentence going on
        "Acct #\n3318.0\n472.19",
    )
    for text in unchanged:
        assert mend_cut_lines(text) == text, text


def test_a_city_page_of_lines_is_silent():
    page = ("<html><body><p>Water Resources, Account No.<br>1580<br>1200 West Mission Blvd</p>"
            "<p>Ordinance No.<br>2024<br>118 was adopted on second reading.</p>"
            "<p>Average use per account:<br>612<br>kWh per month</p></body></html>")
    assert not _accounts("division.html", page)


# --- 2. Spanish last digits -----------------------------------------------------------------------------------

def test_spanish_letter_names_the_account_by_its_last_digits():
    letter = ("Estimada Graciela Montalvo:\n"
              "Confirmamos su plan de pagos para la cuenta que termina en 3318. Su primer pago vence el 15 de julio.\n")
    assert "3318" in _accounts("plan_de_pagos.txt", letter)
    letter = "Estimado Rogelio Anaya:\nSu cuenta terminada en 60271 tiene un saldo vencido de $88.40.\n"
    assert "60271" in _accounts("aviso.txt", letter)
    page = ("<html><body><p>Estimado Teodoro Villaseñor:</p><p>Recibimos su pago para la cuenta que termina en 9054. "
            "Gracias.</p></body></html>")
    assert "9054" in _accounts("recibo.html", page)


def test_spanish_card_digits_and_a_plan_ending_in_a_year_are_not_accounts():
    letter = ("Estimada Graciela Montalvo:\n"
              "La tarjeta que termina en 4417 fue rechazada. Su plan de pagos termina en 2026.\n"
              "El convenio de su cuenta termina en 2027 y puede renovarse.\n")
    assert not _accounts("tarjeta.txt", letter)


# --- 3. the City's remittance account in a wrapped PDF paragraph ---------------------------------------------

_REMITTANCE = ("To pay by wire or ACH: City of Example, First Coast Bank, ABA Routing No. 122000496, Account No.",
               "3380 114 552. Write your utility account number in the memo.")


def test_the_citys_remittance_account_wrapped_in_a_pdf_is_not_reported():
    assert not _accounts("notice.pdf", lines_pdf(list(_REMITTANCE)))
    # the same sentence unwrapped, as a page gives it
    assert not _accounts("notice.html", f"<html><body><p>{' '.join(_REMITTANCE)}</p></body></html>")
    # a wrap between "bank" and "account" names a bank's account too
    trust = ("Donations to the library endowment may be deposited to the Foundation's bank",
             "account No. 4471 220 998 at any branch. Thank you for supporting the library.")
    assert not _accounts("donations.pdf", lines_pdf(list(trust)))


def test_a_customers_account_in_a_wrapped_pdf_paragraph_is_still_reported():
    lines = ["Resident Jorge Aldana of 1187 Quince St called about his water service and gave Account No.",
             "3380 114 552. He asked for a payment plan of three installments."]
    assert "3380 114 552" in _accounts("call_notes.pdf", lines_pdf(lines))


def test_a_forms_bank_account_field_under_its_routing_field_is_still_reported():
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    rows = [("Customer Name:", "Philippa Osei-Bonsu"), ("Service Address:", "904 Sycamore Ln"),
            ("Financial Institution:", "First Coast Bank"), ("ABA Routing #:", "122000496"),
            ("Account Number (bank):", "507718804412"), ("Signature:", "/s/ Philippa Osei-Bonsu")]
    for k, (label, value) in enumerate(rows):
        pdf.drawString(72, 720 - 20 * k, label)
        pdf.drawString(260, 720 - 20 * k, value)
    pdf.save()
    assert "507718804412" in _accounts("autopay_form.pdf", out.getvalue())
