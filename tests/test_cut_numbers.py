"""An account number cut at its dash by a line's end: a plain-text letter wrapped at a fixed width, a <br> in a
notice, a Word line break. The whole number is the finding, not its first groups."""
from __future__ import annotations

from tests.test_table_headers import found


def test_a_wrapped_plain_text_letter_keeps_the_account_whole():
    body = (b"Dear Ms. Okafor,\n\nThis letter confirms the payment arrangement you made with our Customer Service Center"
            b" on May 2 for account number 5521-480-\n317. The past-due balance of $912.40 will be paid in four"
            b" installments.\n")
    result = found("arrangement.txt", body)
    assert ("account_number", "5521-480-317") in result
    assert not any(value == "5521-480" for _, value in result)


def test_a_labelled_account_cut_by_a_line_break_in_a_page():
    result = found("notice.html", b"<p>Teodoro Vance<br>931 N Garey Ave<br>Account: 7712-044-<br>590</p>")
    assert ("account_number", "7712-044-590") in result


def test_a_year_range_or_a_phone_cut_at_a_line_end_is_no_account():
    body = (b"The Fiscal Year 2025-\n2026 budget was adopted on June 3. Questions: call the Finance Department at\n"
            b"(909) 620-\n2341 weekdays.\n")
    assert not any(category == "account_number" for category, _ in found("budget.txt", body))


def test_a_service_point_label_abbreviated():
    result = found("field.html", b"<p>Customer: Ines Carvalho, Svc Pt 77120045, 208 E Bonita Ave</p>")
    assert ("account_number", "77120045") in result


def test_a_pdf_paragraph_wrapped_inside_an_account_number():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ("NOTICE OF PENDING DISCONNECTION", "Teodoro Vance, 931 N Garey Ave, Lakeview, CA 91767",
                 "Your service at this address is scheduled for disconnection. Account 7712-044-",
                 "590 has a past-due balance of $412.18."):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    result = found("notice.pdf", bytes(pdf.output()))
    assert ("account_number", "7712-044-590") in result
    assert not any(value == "7712-044" for _, value in result)


def test_a_labelled_number_cut_at_the_space_between_its_groups_in_wrapped_prose():
    body = (b"Hearing No. HB-31. Appellant: Marisol Quaye, 418 Juniper Hollow, telephone (612) 555-0164. Account No.: 6021\n"
            b"5530 81. The appellant said the notice came late.\n")
    assert ("account_number", "6021 5530 81") in found("hearing.txt", body)


def test_a_short_forms_line_or_a_house_number_below_a_count_is_not_joined():
    from crawler.extract.text_fields import mend_cut_numbers

    assert mend_cut_numbers(["Units: 12", "45 Main St"]) == ["Units: 12", "45 Main St"]
    wrapped = "The committee reviewed the capital plan and the site count for Room No. 12"
    assert mend_cut_numbers([wrapped, "34 residents attended the meeting."]) == [wrapped,
                                                                                 "34 residents attended the meeting."]
