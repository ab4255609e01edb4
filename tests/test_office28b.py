"""Red team slides28, second pass (Office internals): a payee's or a customer's name whose surname is a place word
("Hall", "Park", "Pool") or whose given name is a word too, in a row with the person's own SSN, or under a caller's
or a payee's column in a row with an account, is a person's, and the row's account is no park's; a phone after an
account given in brackets is the person's; a Word comment is read right after the paragraph it is on; the figure of a
customer an average leaves out is theirs, and a note leaving a named person out of an average of usage speaks of a
customer; a minute's speaker whose given name is a word too ("Augusto") telling of their account is named; a sheet's
sideways records are named by the row read as its header.

Hard negatives: a facility table's "Lincoln Park" row with its account and kWh, under "Facility" or "Name"; a payee
beside an EIN; a sole proprietor's name beside their SSN alone; an office's number after a bracketed aside; a comment
that names no one; a class average that excludes a class of accounts or a program; an average of anything but usage
leaving a person out; a department that "said" something of a City account; sideways columns of customer classes."""
from __future__ import annotations

import io

from docx import Document as WordDocument
from openpyxl import Workbook
from openpyxl.comments import Comment

from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "email", "account_number", "energy_usage")


def _sheet(rows: list[list], note: tuple[str, str] | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if note:
        sheet[note[0]].comment = Comment(note[1], "Analyst")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _refund(name: str, tin: str = "261-48-3307") -> dict[str, list[str]]:
    return values_found("refunds.xlsx", _sheet([
        ["Payee", "Mailing address", "PCE account", "Refund", "Reason", "Payee TIN"],
        [name, "1822 Rosewood Ct, Pomona, CA 91767", "PCE-7730418", 842.19, "Deposit refund", tin]]), KINDS)


def test_payee_with_a_place_word_surname_beside_own_ssn_is_a_person():
    for name in ("Derek Hall", "Yolanda Park", "Kevin Pool", "Ramón Park"):
        found = _refund(name)
        assert found.get("customer_name") == [name], name
        assert found.get("address") == ["1822 Rosewood Ct, Pomona, CA 91767"], name
        assert found.get("account_number") == ["PCE-7730418"], name


def test_given_name_that_is_a_word_too_beside_own_ssn():
    found = _refund("Augusto Villaseñor")
    assert found.get("customer_name") == ["Augusto Villaseñor"]
    assert found.get("address")


def test_customer_column_with_place_word_surname():
    found = values_found("accounts.xlsx", _sheet([
        ["Customer", "Service address", "Account", "SSN"],
        ["Wesley Hall", "416 Mayfair Ln", "3-528-1046-72", "538-21-7764"]]), KINDS)
    assert found.get("customer_name") == ["Wesley Hall"]
    assert found.get("account_number") == ["3-528-1046-72"]


def test_facility_rows_and_vendors_stay_silent():
    facilities = values_found("facilities.xlsx", _sheet([
        ["Facility", "Service account", "kWh"], ["Lincoln Park", "3-411-0928-51", "14,200"]]), KINDS)
    assert "customer_name" not in facilities
    vendor = values_found("vendors.xlsx", _sheet([
        ["Payee", "Amount", "Payee TIN"], ["Marcus Park", 1200, "95-1234567"]]), KINDS)
    assert vendor == {}
    sole_proprietor = values_found("vendors.xlsx", _sheet([
        ["Payee", "Amount", "Payee TIN"], ["Marcus Park", 1200, "538-21-7764"]]), KINDS)
    assert "customer_name" not in sole_proprietor


def test_phone_after_an_account_in_brackets():
    found = values_found("memo.txt", "Rhonda Estrada (PCE account 2-63-114-0872) may be reached at (626) 471-3390.",
                         KINDS)
    assert found.get("phone") == ["(626) 471-3390"]
    office = values_found("memo.txt", "Call Pomona Choice Energy (PCE account services) at (909) 620-2311.", KINDS)
    assert "phone" not in office


def _minutes(comment: str, first: str, extra: bool) -> bytes:
    document = WordDocument()
    document.add_paragraph("Item 5: Public hearing on the 2026 rate design.")
    speaker = document.add_paragraph(first)
    document.add_comment(speaker.runs, text=comment, author="Clerk")
    if extra:  # another record, then the minutes go on: a table, written comments, the next item
        table = document.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Follow-up", "Contact", "Account")):
            cell.text = text
        for cell, text in zip(table.rows[1].cells, ("Billing review", "Lionel Brandt, 951-530-4418", "3-377-1204-66")):
            cell.text = text
        for text in ("Written comments received: 2.", "Item 6: Budget update.", "Item 7: Adjournment."):
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_comment_read_after_its_paragraph_past_a_table():
    body = _minutes("Follow-up from CIS: Okafor receives service at 2210 N. Towne Ave Apt 5, best number "
                    "(909) 482-6631.",
                    "Speaker 2: Grace Okafor said her PCE account 3-604-2281-17 was billed for 1,904 kWh in March.",
                    extra=True)
    found = values_found("minutes.docx", body, KINDS)
    assert found.get("address") == ["2210 N. Towne Ave Apt 5"]
    assert "(909) 482-6631" in found.get("phone", [])
    quiet = values_found("minutes.docx", _minutes("Check the hearing date with the Clerk's office.",
                                                  "Speaker 2 spoke in favor of the rate design.", extra=True), KINDS)
    assert "address" not in quiet and "(909) 482-6631" not in quiet.get("phone", [])


def test_figure_of_the_customer_an_average_leaves_out():
    found = values_found("stats.txt", "Commercial average excludes Lorena Bautista (3-842-7716-05): 61,380 kWh in "
                                      "FY 24-25 from a failed meter.", KINDS)
    assert found.get("energy_usage") == ["61,380 kWh"]
    for text in ("The residential average excludes accounts above 40,000 kWh; customers averaged 612 kWh.",
                 "Average CARE usage, excluding CARE Plus, was 498 kWh per month."):
        assert "energy_usage" not in values_found("stats.txt", text, KINDS), text


def test_note_leaving_a_named_person_out_of_a_usage_average():
    rows = [["Month", "Enrolled accounts", "Mean kWh"], ["Feb", 8120, 471]]
    found = values_found("summary.xlsx", _sheet(rows, ("C1", "Mean excludes Rosalinda Ferreira, 626 555 0187: "
                                                             "meter bypass case.")), KINDS)
    assert found.get("customer_name") == ["Rosalinda Ferreira"]
    assert found.get("phone") == ["626 555 0187"]
    other = [["Month", "Calls", "Avg handle time"], ["Feb", 812, "4:10"]]
    assert values_found("summary.xlsx", _sheet(other, ("C1", "Avg excludes Rosalinda Ferreira, 626 555 0187: "
                                                            "trainee.")), KINDS) == {}


def test_speaker_whose_given_name_is_a_word_too_telling_of_their_account():
    found = values_found("minutes.txt", "Speaker 3: Augusto Salas said his PCE account 3-219-4407-62 was billed twice "
                                        "in August.", KINDS)
    assert found.get("customer_name") == ["Augusto Salas"]
    staff = values_found("minutes.txt", "Staff report: Public Works said that SCE account 3-219-4407-62 serves the "
                                        "Civic Center.", KINDS)
    assert "customer_name" not in staff


def _sideways(rows: list[list]) -> bytes:
    """A sheet under a title row, its records as columns: the row of names is read as the sheet's header row."""
    return _sheet([["Worked example"], *rows])


def test_names_over_a_sheets_sideways_records():
    found = values_found("check.xlsx", _sideways([
        ["Customer", "Marisol Trevino", "Dale Whitcomb"], ["Account", "3-512-8834-27", "3-604-1180-93"],
        ["Service address", "1418 N. Towne Ave", "876 W. Holt Ave"], ["Usage (kWh)", 812, 640]]), KINDS)
    assert sorted(found.get("customer_name", [])) == ["Dale Whitcomb", "Marisol Trevino"]
    classes = values_found("check.xlsx", _sideways([
        ["Customer", "Residential", "Small business"], ["Usage (kWh)", 500, 2000],
        ["Service address", "n/a", "n/a"]]), KINDS)
    assert classes == {}


def test_caller_with_a_place_word_surname_beside_an_account():
    found = values_found("callbacks.xlsx", _sheet([
        ["Date", "Caller", "Callback #", "Account", "Service address", "Agent"],
        ["1/14/2025", "Corinne Park", "626-318-0447", "3-770-2195-38", "2841 N GAREY AVE", "Luis"],
        ["1/15/2025", "Wendell Ortiz", "909-615-2280", "2-31-557-0916", "618 E. Alvarado St", "Luis"]]), KINDS)
    assert "Corinne Park" in found.get("customer_name", [])
    assert "626-318-0447" in found.get("phone", [])
    facilities = values_found("facilities.xlsx", _sheet([
        ["Name", "Service account", "kWh"], ["Lincoln Park", "3-411-0928-51", "14,200"],
        ["Franklin Park", "3-411-0928-52", "9,800"]]), KINDS)
    assert "customer_name" not in facilities
