"""site67a red team: customers whose surnames are place words (Park, Hall, Church) after given names that are also
words or that word lists rate as names too seldom (Ivan, Juan, Grace, Ray), told by the sentence's roles and by the
table column they stand in; and the City's parks, halls, mayor and staff beside them, which stay public."""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/hearings/minutes.html"


def _html(*paragraphs: str) -> str:
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def _table(header: list[str], *rows: list[str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
    return f"<html><body><table><tr>{head}</tr>{body}</table></body></html>"


def _names(pairs) -> set[str]:
    return {value for kind, value in pairs if kind == "customer_name"}


# ------------------------------------------------------------------------------ a sentence's roles
def test_record_subject_who_disputes_a_bill_is_a_person():
    pairs = pairs_found(PAGE, _html("Juan Hall, 5120 W. Larchmont Ave, Account No. 4418-2290-17, disputed a bill for "
                                    "the period ending June 30."), "text/html")
    assert "Juan Hall" in _names(pairs)


def test_whose_service_account_makes_a_person():
    pairs = pairs_found(PAGE, _html("The hearing officer heard from Ivan Church, whose service account is "
                                    "62-41187-09, about a disconnection notice."), "text/html")
    assert "Ivan Church" in _names(pairs)


def test_customer_role_before_a_word_given_name_makes_a_person():
    pairs = pairs_found(PAGE, _html("Account holder Ray Park (rp.hollowell@gmail.com) wrote that the meter at "
                                    "812 E. Quarry Ln was read twice in May."), "text/html")
    assert "Ray Park" in _names(pairs)


def test_an_account_alone_after_a_park_named_after_a_given_name_stays_public():
    pairs = pairs_found(PAGE, _html("Irrigation meters: Laurel Park, acct 7710-3321-58; Victoria Park, acct "
                                    "7710-3321-59."), "text/html")
    assert not _names(pairs)


def test_act_right_after_the_name_in_a_comment_makes_a_person():
    pairs = pairs_found(PAGE, _html("Checked CIS: Grace Hall also disputes account 31-77420-65, call (626) 555-0187"),
                        "text/html")
    assert "Grace Hall" in _names(pairs)


def test_our_office_receiving_a_complaint_is_no_business_of_the_writer():
    pairs = pairs_found(PAGE, _html("On May 14 our office received a complaint from Nadia Okonkwo, who lives at 4471 "
                                    "N. Tamarack Way. Their usage rose to 1,377 kWh after the meter exchange."),
                        "text/html")
    assert "Nadia Okonkwo" in _names(pairs)


def test_a_memorial_hall_on_the_page_honours_no_one():
    pairs = pairs_found(PAGE, _html("Follow up: Rafael Bridgeman, (626) 555-0142, rbridgeman7@yahoo.com",
                                    "The Board meets at Memorial Hall."), "text/html")
    assert "Rafael Bridgeman" in _names(pairs)


# ------------------------------------------------------------------------------ a column of people
def test_a_place_word_name_in_a_column_of_people_is_a_person():
    pairs = pairs_found(PAGE, _table(["Name", "Service Address", "Account Number", "kWh"],
                                     ["Ivy Fordham", "3225 W. Cottonwood Dr", "PCE-519703", "2,387"],
                                     ["Sky Church", "7340 S. Tamarind Dr", "8150-1137-79", "2,342"],
                                     ["Ray Park", "4432 N. Bellflower Pl", "PCE-500164", "1,586"],
                                     ["Rafael Rosales", "9636 W. Bellflower Blvd", "7020-6055-60", "2,278"]),
                        "text/html")
    assert {"Sky Church", "Ray Park"} <= _names(pairs)
    assert ("address", "4432 N. Bellflower Pl") in pairs


def test_facility_directory_stays_public():
    pairs = pairs_found(PAGE, _table(["Name", "Address", "Phone", "Hours"],
                                     ["Ganesha Park", "1575 N. White Ave", "(909) 620-2321", "Dawn to dusk"],
                                     ["Victoria Park", "640 W. Holt Ave", "(909) 620-2345", "Dawn to dusk"],
                                     ["Memorial Hall", "401 N. Garey Ave", "(909) 620-2288", "8 a.m. - 9 p.m."],
                                     ["Grace Park", "2100 Grace Ave", "(909) 620-2297", "Dawn to dusk"]),
                        "text/html")
    assert not pairs


# ------------------------------------------------------------------------------ hard negatives in prose
def test_mayor_park_and_park_avenue_stay_public():
    pairs = pairs_found(PAGE, _html("Mayor Grace Park called the meeting to order at 7:00 p.m. at City Hall, 505 S. "
                                    "Garey Ave. Councilmember Ray Banks asked about the Park Ave repaving.",
                                    "Residents of the Lincoln Park neighborhood spoke on tree trimming."), "text/html")
    assert not _names(pairs)


def test_a_park_with_its_address_and_phone_stays_public():
    pairs = pairs_found(PAGE, _html("Victoria Park, 640 W. Holt Ave, reopened on May 2 after turf renovation; call "
                                    "(909) 620-2345 to reserve the picnic shelter.",
                                    "Hope Hall, 220 E. Center St, hosts the summer day camp."), "text/html")
    assert not _names(pairs)


def test_staff_directory_with_place_word_surnames_stays_public():
    pairs = pairs_found(PAGE, _table(["Name", "Title", "Phone", "Email"],
                                     ["Joy Hall", "Customer Service Representative", "(909) 620-2417",
                                      "joy.hall@cityofexample.org"],
                                     ["Ivan Park", "Energy Programs Analyst", "(909) 620-2418",
                                      "ivan.park@cityofexample.org"],
                                     ["Dolores Whitcombe", "Billing Supervisor", "(909) 620-2419",
                                      "dwhitcombe@cityofexample.org"]), "text/html")
    assert not pairs


def test_word_memo_table_and_comment_customers_are_found():
    from docx import Document
    doc = Document()
    doc.add_paragraph("TO: Utility Appeals Board")
    para = doc.add_paragraph("Staff reviewed the disputed accounts listed below.")
    doc.add_comment(para.runs, text="Checked CIS: Summer Hall also disputes account 44-10972-31", author="Reviewer")
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Name", "Service Address", "Account Number"]):
        cell.text = text
    for row in (["Odalys Ferreira", "118 N. Linden Ct", "2210-4471-09"], ["June Park", "2290 E. Marlow St",
                                                                          "2210-4471-10"],
                ["Tobias Lindqvist", "77 W. Orchard Rd", "2210-4471-11"]):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    buf = io.BytesIO()
    doc.save(buf)
    names = _names(pairs_found("https://www.cityofexample.org/docs/memo.docx", buf.getvalue()))
    assert {"Summer Hall", "June Park"} <= names


def test_a_park_whose_log_line_reports_an_outage_stays_public():
    pairs = pairs_found(PAGE, _html("Victoria Park, 640 W. Holt Ave, SCE account 3-555-171-4486, reported a "
                                    "streetlight outage on May 3."), "text/html")
    assert not _names(pairs)


def test_account_holder_with_a_church_surname_writing_in_is_a_person():
    pairs = pairs_found(PAGE, _html("Account holder Rodrigo Church (rchurch.home@hotmail.com) wrote that the meter at "
                                    "311 E. Fairplex Way was read twice in May."), "text/html")
    assert "Rodrigo Church" in _names(pairs)
