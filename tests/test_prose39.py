"""Customer records in prose that a red team found missed (prose39), with their hard negatives.

- Usage lists whose unit stands only after the last figure ("bills showed 1,172, 2,874 and 2,878 kWh respectively"):
  every figure is the customer's when a letter speaks of "your ... bills" (plural, months listed), when a named
  person's, a family's or a pronoun's bills or usage open them ("The Okwuosas' March, April and May bills showed"),
  when the person reports or disputes a usage of them ("Mr. Ruiz reported usage of ..."), and in Spanish ("Sus
  facturas de ... mostraron", "indicó un consumo de 1.172, 2.874 y 2.878 kWh"). Not a program's enrolment, a City
  array's output, a facility's bills, nor a tier's figures.
- Call-back notes: the person who left their own number ("left a cell number, ...", "Caller (Name) left his
  number ...") and Spanish, Tagalog and Vietnamese call-backs ("Devolver la llamada a ... al ..."). Not the City's
  own line, a vendor's person, nor a staff member.
- Password resets: the desk note's "Temp pw for A. Name: value" is a credential, and the person a reset is for is
  the customer, in a note and in a ticket's row. Not the public's reset instructions, a password policy, nor an IT
  note resetting a staff member's network login.
- Usage in Chinese units (千瓦时, 度 after 用电 or before 电). Not a rate ("每度电"), a tier, a baseline or savings.
"""
from __future__ import annotations

from tests.detector_helpers import docx_table, lines_pdf, pairs_found, values_of, xlsx

_SITE = "https://www.pomonachoiceenergy.org"


def _page(name: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/{name}", f"<html><body>{body}</body></html>", "text/html")


# --- 1. usage lists with the unit at the end ---------------------------------------------------------------------

def test_family_possessive_bills_list_every_figure():
    found = _page("dispute.html", "Staff met with Ikenna and Adaeze Okwuosa on May 2 regarding their account. The "
                  "Okwuosas' March, April and May bills showed 1,436, 2,091 and 2,612 kWh respectively, which they "
                  "dispute.")
    assert {"1,436", "2,091", "2,612 kWh"} <= values_of(found, "energy_usage")


def test_named_possessive_and_pronoun_bills_list():
    found = _page("notes.html", "Ms. Vantongeren called about her bill. Her September, October and November bills "
                  "showed 964, 1,218 and 1,507 kWh.")
    assert {"964", "1,218", "1,507 kWh"} <= values_of(found, "energy_usage")
    assert "Ms. Vantongeren" in values_of(found, "customer_name")


def test_person_reports_usage_list():
    found = _page("notes.html", "Mr. Castellanos-Reid reported usage of 847, 1,093 and 1,264 kWh over the last "
                  "three months.")
    assert {"847", "1,093", "1,264 kWh"} <= values_of(found, "energy_usage")
    assert "Mr. Castellanos-Reid" in values_of(found, "customer_name")


def test_letter_with_plural_bills_list():
    letter = ("March 3, 2025\n\nGwendolyn Ashdown\n2284 N Gibbs St\nPomona, CA 91767\n\nDear Ms. Ashdown,\n\n"
              "Thank you for contacting us. Your June, July and August bills showed 1,318, 2,402 and 2,655 kWh "
              "respectively. We reviewed the meter reads.\n\nSincerely,\nCustomer Care\n")
    found = pairs_found(f"{_SITE}/letter.txt", letter)
    assert {"1,318", "2,402", "2,655 kWh"} <= values_of(found, "energy_usage")
    assert "2284 N Gibbs St" in values_of(found, "address")


def test_letter_with_two_bills_each_with_unit():
    letter = ("Dear Mr. Ferreira-Lund,\n\nThank you for your call. Your bills showed 1,142 kWh and 1,988 kWh. "
              "Our technician checked the meter at your home.\n\nSincerely,\nBilling Services\n")
    found = pairs_found(f"{_SITE}/letter2.txt", letter)
    assert {"1,142 kWh", "1,988 kWh"} <= values_of(found, "energy_usage")


def test_pdf_lines_cut_inside_the_list():
    letter = lines_pdf(["March 3, 2025", "", "Gwendolyn Ashdown", "2284 N Gibbs St", "Pomona, CA 91767", "",
                        "Dear Ms. Ashdown,", "", "Thank you for contacting us. Your June, July and August bills showed "
                        "1,318,", "2,402 and 2,655 kWh respectively. We reviewed the meter reads.", "", "Sincerely,",
                        "Customer Care"])
    assert {"1,318", "2,402", "2,655 kWh"} <= values_of(pairs_found(f"{_SITE}/letter.pdf", letter), "energy_usage")
    notes = lines_pdf(["Billing dispute notes", "Ms. Vantongeren called about her bill. Her September, October and "
                       "November", "bills showed 964, 1,218 and 1,507 kWh."])
    assert {"964", "1,218", "1,507 kWh"} <= values_of(pairs_found(f"{_SITE}/notes.pdf", notes), "energy_usage")


def test_spanish_usage_lists():
    found = _page("es.html", "La Sra. Quintanilla indicó un consumo de 1.172, 2.874 y 2.878 kWh en junio, julio y "
                  "agosto.")
    assert {"1.172", "2.874", "2.878 kWh"} <= values_of(found, "energy_usage")
    found = _page("es2.html", "Rosario Benavídez llamó sobre su factura. Sus facturas de julio y agosto mostraron "
                  "1.455 y 2.031 kWh.")
    assert {"1.455", "2.031 kWh"} <= values_of(found, "energy_usage")
    assert "Rosario Benavídez" in values_of(found, "customer_name")


def test_spanish_story_opens_with_su_consumo():
    found = _page("es3.html", "Rosario Benavídez llamó sobre su factura. Su consumo fue de 1.310 kWh el mes pasado.")
    assert "1.310 kWh" in values_of(found, "energy_usage")


def test_usage_lists_in_a_word_document():
    body = docx_table([["Case", "Status"], ["BD-2025-041", "Open"]], "Mr. Okonjo-Vale called about his bill. His "
                      "January, February and March bills showed 1,020, 1,377 and 1,644 kWh.")
    found = pairs_found(f"{_SITE}/cases.docx", body)
    assert {"1,020", "1,377", "1,644 kWh"} <= values_of(found, "energy_usage")


def test_usage_lists_hard_negatives():
    found = _page("report.html",
                  "The program enrolled 1,172, 2,874 and 2,878 customers in 2022, 2023 and 2024.",
                  "The solar array at the Civic Center produced 1,172, 2,874 and 2,878 kWh in June, July and August "
                  "respectively.",
                  "The Library's June, July and August bills showed 41,172, 42,874 and 42,878 kWh respectively, staff "
                  "said.",
                  "Director Ana Ruiz reported usage of 1,172, 2,874 and 2,878 MWh at City facilities.",
                  "Tier 1 covers the first 300 and 500 kWh.")
    assert not values_of(found, "energy_usage")
    assert not values_of(found, "customer_name")


def test_staff_report_on_solar_array_in_pdf_is_no_usage():
    body = lines_pdf(["STAFF REPORT - Civic Center solar array", "The array's June, July and August output was",
                      "1,172, 2,874 and 2,878 kWh respectively, per Facilities Manager Tom Ibarra."])
    assert not values_of(pairs_found(f"{_SITE}/staff-report.pdf", body), "energy_usage")


# --- 2. call-back notes --------------------------------------------------------------------------------------------

def test_left_own_number_call_back_notes():
    found = _page("desk.html", "Front desk notes, week of May 6",
                  "Most calls this week were about the new billing system.",
                  "Ms. Adeyemi-Strand left a cell number, 909-318-5577, and asked for a call back.",
                  "Caller (Bertrand Vasquez-Hale) left his number 626.555.0161.",
                  "Thaddeus Morrow dejó su número de celular, 909-555-0134.")
    names = values_of(found, "customer_name")
    assert {"Ms. Adeyemi-Strand", "Bertrand Vasquez-Hale", "Thaddeus Morrow"} <= names
    assert {"909-318-5577", "626.555.0161", "909-555-0134"} <= values_of(found, "phone")


def test_translated_call_backs():
    found = _page("callbacks.html",
                  "Devolver la llamada a Marisol Ibarrondo al 909 555 0143 sobre su factura.",
                  "Devolver la llamada a la Sra. Echeverría al (909) 555-0148.",
                  "Tawagan muli si Maricel Dizon sa 909-555-0177 tungkol sa kanyang bill.",
                  "Gọi lại cho bà Trần Thị Hoa theo số 909-555-0166 về hóa đơn.")
    names = values_of(found, "customer_name")
    assert {"Marisol Ibarrondo", "Sra. Echeverría", "Maricel Dizon", "Trần Thị Hoa"} <= names
    assert {"909 555 0143", "(909) 555-0148", "909-555-0177", "909-555-0166"} <= values_of(found, "phone")


def test_call_back_hard_negatives():
    found = _page("contact.html", "Front desk notes about billing questions.",
                  "For billing questions, leave a message at 909-620-2311.",
                  "Para preguntas sobre su factura, deje un mensaje al 909-620-2311.",
                  "Karen Liu of Sunbright Solar left her number 909-555-0120 about the interconnection.",
                  "Devolver la llamada a la oficina al (909) 620-2311.",
                  "Customer Care Supervisor Ana Ruiz left her number, 909-620-2250, for the team.",
                  "Councilmember Tom Reyes left his number 909-555-0102 for residents.")
    assert not values_of(found, "customer_name")


# --- 3. password resets --------------------------------------------------------------------------------------------

def test_reset_notes_name_the_customer_and_the_credential():
    found = _page("portal-log.html", "Billing portal requests",
                  "Temp pw for R. Halvorsen: Pce#7731",
                  "Reset portal password for customer Odalys Fairweather; temporary password Autumn2025!")
    assert {"Pce#7731", "Autumn2025!"} <= values_of(found, "credential")
    assert {"R. Halvorsen", "Odalys Fairweather"} <= values_of(found, "customer_name")


def test_reset_in_a_ticket_table_row():
    html = ("<p>Customer care log - billing portal requests</p><table><tr><th>Ticket</th><th>Name</th><th>Request</th>"
            "<th>Notes</th></tr><tr><td>4471</td><td>Priyanka Ramaswamy</td><td>Reset portal password</td>"
            "<td>Temporary password Harbor#4471 given by phone</td></tr><tr><td>4472</td><td>Glen Ostrowski</td>"
            "<td>Update mailing address</td><td>Done</td></tr></table>")
    found = pairs_found(f"{_SITE}/tickets.html", html, "text/html")
    assert "Harbor#4471" in values_of(found, "credential")
    assert "Priyanka Ramaswamy" in values_of(found, "customer_name")
    assert "Glen Ostrowski" not in values_of(found, "customer_name")


def test_reset_in_a_spreadsheet_and_an_it_sheet():
    found = pairs_found(f"{_SITE}/portal-tickets.xlsx", xlsx([
        ["Ticket", "Customer", "Request", "Notes"],
        ["5120", "Marguerite Oyelaran", "Billing portal password reset", "temp pw Lantern#5120"],
        ["5121", "Desmond Achterberg", "Paperless billing", "enrolled"]]))
    assert "Lantern#5120" in values_of(found, "credential")
    assert "Marguerite Oyelaran" in values_of(found, "customer_name")
    assert "Desmond Achterberg" not in values_of(found, "customer_name")
    found = pairs_found(f"{_SITE}/it-log.xlsx", xlsx([
        ["Ticket", "Name", "Request", "Notes", "Billing system"],
        ["88", "Lorraine Castillo", "Reset network password", "temp pw Ridge#0088", "n/a"]]))
    assert "Lorraine Castillo" not in values_of(found, "customer_name")


def test_password_hard_negatives():
    found = _page("help.html", "Your bill online",
                  "Reset your password at myaccount.pce.org. Passwords must be at least 12 characters.",
                  "IT note: reset network password for Ana Ruiz; temp password Welcome#2024",
                  "temp pw for the lobby kiosk: welcome")
    assert not values_of(found, "customer_name")
    assert values_of(found, "credential") == {"Welcome#2024"}  # a staff login is still a credential


# --- 4. usage in Chinese units ---------------------------------------------------------------------------------------

def test_chinese_usage_units():
    found = _page("zh.html", "客户郭志强先生上月用电 1,234 度，比去年多。", "客户林雅婷女士每月用电约 1,562 千瓦时。",
                  "客户何家豪先生上月用了 988 度电。")
    assert {"1,234", "1,562 千瓦时", "988"} <= values_of(found, "energy_usage")


def test_chinese_rates_and_program_figures_are_no_usage():
    found = _page("zh-rates.html", "每度电 0.25 美元。", "客户郭志强先生询问：阶梯电价第一档为 300 度电吗？",
                  "客户郭志强先生说，平均每户用电 550 度。", "该计划共节省 1,234 千瓦时。", "今天气温 30 度。",
                  "客户郭志强先生的账户 3-221-4410-17，基准用量 300 千瓦时，超过 500 千瓦时的部分按第二档收费。")
    assert not values_of(found, "energy_usage")


def test_spanish_usage_in_words_in_a_customers_letter():
    found = _page("carta.html", "Estimada Sra. Villaseñor: su consumo de julio fue de mil doscientos kilovatios-hora.",
                  "La Sra. Villaseñor indicó un consumo de dos mil trescientos cuarenta y cinco kilovatios-hora.")
    usage = values_of(found, "energy_usage")
    assert {"mil doscientos kilovatios-hora", "dos mil trescientos cuarenta y cinco kilovatios-hora"} <= usage


def test_spanish_program_and_tier_figures_in_words_are_no_usage():
    found = _page("programa.html", "El programa ahorró mil doscientos kilovatios-hora el año pasado.",
                  "La tarifa del nivel uno cubre los primeros trescientos kilovatios-hora.")
    assert not values_of(found, "energy_usage")


def test_vietnamese_and_korean_usage_beside_their_customer():
    found = _page("vi-ko.html", "Khách hàng Bà Đặng Thị Hạnh cho biết hóa đơn tháng 6 ghi 1.486 kWh điện.",
                  "고객 박서준 씨는 지난달 1,274kWh 사용하셨습니다.")
    assert {"1.486 kWh", "1,274kWh"} <= values_of(found, "energy_usage")
