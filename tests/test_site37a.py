"""Letters and spoken records in council packets and notices (red team site37).

- A letter to the Council in a packet's correspondence whose writer gives their own usage ("My March bill shows
  1,953 kWh") and their home in the sender block is their customer record though it gives no account number (the
  lead's policy decision: staff redact it before posting). Hard negatives: the same letter about a zoning item, a
  neighbour's bill, a business's bill.
- A Spanish letter's "mi factura ... llegó por 1,874" / "kWh": a bill's figure, not a rate's "por".
- Spanish and English words asking to be called at a number: "llámenme al", "Mi número es", "asked us to call".
- A Spanish notice's heading "AVISO DE DESCONEXIÓN - 48 HORAS": a deadline, no street.
- A PDF's City facility accounts listed under "City facility SCE accounts (City of ... account holder):" and read as
  the cells of the table above: the City's own, as the HTML and CSV twins are. A person's row there still counts.
"""
from __future__ import annotations

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import io

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.ci.pomona.ca.us/clerk"

_SENDER = ["City Council Regular Meeting - May 6, 2025", "Attachment D - Correspondence Received",
           "Wilhelmina Borkowska", "4410 N Thistle Creek Dr Apt 7", "Pomona, CA 91767", "Tel. (909) 318-4427",
           "wborkowska@gmail.com", "May 2, 2025", "Pomona City Council"]


def _packet(lines: list[str]) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/2025-05-06-packet.pdf", lines_pdf(lines, leading=14))


# --- 1. a letter giving the writer's own usage ------------------------------------------------------------------

def test_a_letter_giving_its_writers_own_usage_is_their_record():
    found = _packet(_SENDER + [
        "Dear Council Members: I was moved to Pomona Choice Energy without asking. My April bill shows 1,953",
        "kWh, which cannot be right for a one-bedroom unit. I have called twice. Please have someone review",
        "my account and call me.", "Sincerely, Wilhelmina Borkowska", "City of Pomona\tPage 12"])
    assert ("customer_name", "Wilhelmina Borkowska") in found
    assert {("address", "4410 N Thistle Creek Dr Apt 7"), ("phone", "(909) 318-4427"),
            ("email", "wborkowska@gmail.com"), ("energy_usage", "1,953 kWh")} <= found


def test_a_household_use_given_over_a_line_break_with_the_closing_below():
    found = _packet(["Correspondence Received - Item 12", "Teodoro Vasquez Lindqvist", "2217 Rancho Verde Ct",
                     "Pomona, California 91768", "tvlindqvist@att.net", "Dear Mayor and Council:",
                     "Our household's electricity use went to 1,412 kWh in August, the month the new PCE",
                     "rates began. Please look at what this does to families like mine and review my bill.",
                     "Respectfully,", "Teodoro Vasquez Lindqvist"])
    assert {("customer_name", "Teodoro Vasquez Lindqvist"), ("address", "2217 Rancho Verde Ct"),
            ("energy_usage", "1,412 kWh")} <= found


def test_a_zoning_letter_with_a_home_address_stays_silent():
    found = _packet(_SENDER + [
        "Dear Council Members: I oppose the variance for the storage yard on Mission Blvd. Trucks already",
        "block my driveway twice a week and my street has no sidewalk.",
        "Sincerely, Wilhelmina Borkowska", "City of Pomona\tPage 12"])
    assert not values_of(found, "customer_name") and not values_of(found, "address")
    assert not values_of(found, "phone")


def test_a_neighbours_bill_or_a_firms_bill_makes_no_record():
    neighbour = _packet(_SENDER + [
        "Dear Council Members: My neighbor's April bill shows 1,953 kWh, and she lives alone. Please review",
        "how my account and hers are billed under the new rates.", "Sincerely, Wilhelmina Borkowska"])
    assert not values_of(neighbour, "customer_name") and not values_of(neighbour, "energy_usage")
    firm = _packet(_SENDER + [
        "Dear Council Members: Our bakery's April bill shows 9,953 kWh. Our business cannot absorb the",
        "new PCE rates; please review my account before you vote.", "Sincerely, Wilhelmina Borkowska"])
    assert not values_of(firm, "customer_name")


def test_a_spanish_bill_that_came_for_a_figure_cut_by_a_line_break():
    found = _packet(["Graciela Montoya Ferrer", "1187 Calle Paloma #4", "Pomona, CA 91766",
                     "Estimados miembros del Concejo Municipal:",
                     "Les escribo porque mi factura de Pomona Choice Energy de marzo llegó por 1,874",
                     "kWh, casi el triple de lo normal. Mi número de cuenta de Edison es 700 512 338 906.",
                     "Atentamente,", "Graciela Montoya Ferrer"])
    assert ("energy_usage", "1,874 kWh") in found
    # a rate's "por" stays a rate: no one's usage
    rate = pairs_found(f"{_SITE}/tarifas.html", "<p>El cargo de generación es de $0.14 por 500 kWh en verano.</p>")
    assert not values_of(rate, "energy_usage")


# --- 2. a number the writer or caller asks to be called at ------------------------------------------------------

def test_spanish_callers_give_their_own_number():
    mail = ("De: Rosaura Quintanilla <rquinta_77@sbcglobal.net>\nPara: atencion@pomonachoiceenergy.org\n"
            "Asunto: Cobro excesivo\n\nBuenas tardes, mi cuenta de PCE es 3-418-2276-05 y me cobraron de más.\n"
            "Por favor llámenme al 626.441.3096.\nAtentamente, Rosaura Quintanilla\n")
    assert ("phone", "626.441.3096") in pairs_found(f"{_SITE}/correo.txt", mail)
    voicemail = ('Transcripción automática - Buzón de voz - 02/04/2025 09:15\n"Hola, habla Evaristo Maldonado. '
                 'Le llamo por mi cuenta 2-38-119-4402, me llegó un aviso de corte.\nMi número es (909) 733-5180. '
                 'Gracias."\n')
    assert ("phone", "(909) 733-5180") in pairs_found(f"{_SITE}/buzon.txt", voicemail)


def test_an_office_line_to_call_stays_public():
    notice = ("Aviso: su cuenta 2-38-119-4402 tiene un saldo vencido. Para un arreglo de pago llame al "
              "(909) 620-2241 de lunes a viernes.\n")
    assert ("phone", "(909) 620-2241") not in pairs_found(f"{_SITE}/aviso.txt", notice)


def test_a_family_asking_staff_to_call_them_first():
    memo = ("<p>Please hold the disconnection for Odalys Trevino at 842 W Alvarado St (account 20-0733-51902); "
            "the family asked us to call (909) 471-2258 before any visit.</p>")
    assert ("phone", "(909) 471-2258") in pairs_found(f"{_SITE}/memo.html", memo)


# --- 0. false findings --------------------------------------------------------------------------------------------

def test_a_spanish_notices_deadline_is_no_street():
    found = _packet(["AVISO DE DESCONEXIÓN - 48 HORAS", "Evaristo Maldonado", "2027 E. Corriente Rd, Pomona, CA 91766",
                     "Número de cuenta: 2-38-119-4402", "AVISO FINAL - 10 DIAS"])
    addresses = values_of(found, "address")
    assert "2027 E. Corriente Rd, Pomona, CA 91766" in addresses
    assert not any("HORAS" in a or "DIAS" in a for a in addresses)


def _budget_pdf(rows: list[tuple[str, str]]) -> bytes:
    """A budget summary as a text export prints it, each line one string padded with spaces into columns: a table of
    GL accounts under its header, then a title line and the facility rows under the same columns."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.setFont("Helvetica-Bold", 9)
    page.drawString(54, 760, "City of Pomona")
    page.drawRightString(558, 760, "Adopted Budget Summary")
    page.setFont("Helvetica-Bold", 12)
    page.drawString(54, 730, "FY 2025-26 Adopted Budget - Summary")
    page.setFont("Courier", 10)
    lines = [f"{'Account':<19}{'Description':<34}Amount",
             f"{'101-4410-5120':<19}{'Electricity - City buildings':<34}$1,204,330",
             f"{'570-8821-6040':<19}{'PCE power purchases':<34}$61,200,000",
             "City facility SCE accounts (City of Pomona account holder):"]
    lines += [f"  {first:<28}{number}" for first, number in rows]
    for k, line in enumerate(lines, start=1):
        page.drawString(54, 730 - 14 * k, line)
    page.save()
    return buffer.getvalue()


def test_city_facility_accounts_under_their_title_in_a_pdf_are_the_citys():
    found = pairs_found(f"{_SITE}/budget.pdf", _budget_pdf([("Civic Center", "2-41-308-5562"),
                                                            ("Palomares Park Pool", "2-17-662-0194")]))
    assert not values_of(found, "account_number") & {"2-41-308-5562", "2-17-662-0194"}


def test_a_persons_row_under_a_facility_title_still_counts():
    found = pairs_found(f"{_SITE}/budget.pdf", _budget_pdf([("Civic Center", "2-41-308-5562"),
                                                            ("Ofelia Brandt", "2-17-662-0194")]))
    assert "2-17-662-0194" in values_of(found, "account_number")
