"""Layouts a CMS or a table script gives a table of records: a record taking two rows under its number spanning
them, responsive tables labelled by ``data-label``, a card's title beside its labelled fields, and a DataTables
header in a table of its own. Each is read (extraction) and checked end to end by every registry detector, beside
the same layout on a City page holding public data only."""
from __future__ import annotations

import pytest

from tests.test_extract_html_parts import found, html, records


# --- a record over two rows, its number spanning them -------------------------------------------------------------

TWO_LINE_REPORT = (
    "<table><thead><tr><th>#</th><th>Customer / Premise</th><th colspan=2>Service Location / Reading / Phone</th>"
    "</tr></thead><tbody>"
    "<tr><td rowspan=2>1</td><td>Corinne Vasquez</td><td colspan=2>2918 Larkspur Ln</td></tr>"
    "<tr><td>Premise No. PR-318844</td><td>3,105 kWh</td><td>(909) 412-7730</td></tr>"
    "<tr><td rowspan=2>2</td><td>Malik Okafor</td><td colspan=2>77 Briar Hollow Rd</td></tr>"
    "<tr><td>Premise No. PR-318902</td><td>1,964 kWh</td><td>(909) 412-9981</td></tr></tbody></table>")


def test_the_rows_under_a_record_number_spanning_them_are_one_record():
    assert [[text for _, text in record] for record in records(html(TWO_LINE_REPORT))] == [
        ["1", "Corinne Vasquez", "2918 Larkspur Ln", "Premise No. PR-318844", "3,105 kWh", "(909) 412-7730"],
        ["2", "Malik Okafor", "77 Briar Hollow Rd", "Premise No. PR-318902", "1,964 kWh", "(909) 412-9981"]]
    assert {("customer_name", "Corinne Vasquez"), ("address", "2918 Larkspur Ln"), ("phone", "(909) 412-7730"),
            ("customer_name", "Malik Okafor"), ("address", "77 Briar Hollow Rd"),
            ("phone", "(909) 412-9981")} <= found(TWO_LINE_REPORT)


def test_a_first_column_grouping_rows_by_a_word_keeps_each_row_a_record():
    document = html("<table><tr><th>Department</th><th>Name</th><th>Phone</th></tr>"
                    "<tr><td rowspan=2>Finance</td><td>Meg Ramos</td><td>(909) 620-2051</td></tr>"
                    "<tr><td>Luis Ortega</td><td>(909) 620-2241</td></tr></table>")
    assert len(document.records) == 2


NUMBERED_AGENDA = ("<table><thead><tr><th>Item</th><th>Subject</th><th>Presenter</th></tr></thead><tbody>"
                   "<tr><td rowspan=2>1</td><td>Approve minutes of Oct 12</td><td>City Clerk</td></tr>"
                   "<tr><td>Contact: Meg Ramos</td><td>(909) 620-2051</td></tr>"
                   "<tr><td rowspan=2>2</td><td>Streetlight LED retrofit, 1200 Main St</td>"
                   "<td>Public Works Director Ana Cole</td></tr>"
                   "<tr><td>Contract No. 2026-044</td><td>(909) 620-2260</td></tr></tbody></table>")


def test_a_numbered_agenda_of_two_line_items_gives_no_customer_data():
    assert found(NUMBERED_AGENDA) == set()


# --- responsive tables labelled by data-label -----------------------------------------------------------------

STACKED_TABLE = ('<table class="stack"><tbody>'
                 '<tr><td data-label="Customer">Imogen Castellanos</td><td data-label="Customer ID">6620418</td>'
                 '<td data-label="Service Location">5120 Juniper Ct</td><td data-label="12-mo kWh">8,934</td></tr>'
                 '<tr><td data-label="Customer">Rafael Dunmore</td><td data-label="Customer ID">6620533</td>'
                 '<td data-label="Service Location">48 Quarry Ridge Dr</td><td data-label="12-mo kWh">11,207</td></tr>'
                 '</tbody></table>')


def test_a_cells_data_label_names_its_column_when_no_header_does():
    assert records(html(STACKED_TABLE))[0] == [
        ("Customer", "Imogen Castellanos"), ("Customer ID", "6620418"), ("Service Location", "5120 Juniper Ct"),
        ("12-mo kWh", "8,934")]
    assert {("customer_name", "Imogen Castellanos"), ("account_number", "6620418"), ("energy_usage", "8,934"),
            ("account_number", "6620533"), ("energy_usage", "11,207")} <= found(STACKED_TABLE)


@pytest.mark.parametrize("table", [
    '<table><tbody><tr><td data-label="Name">Meg Ramos</td><td data-label="Title">City Clerk</td>'
    '<td data-label="Phone">(909) 620-2051</td><td data-label="Email">mramos@ci.pomona.ca.us</td></tr>'
    '<tr><td data-label="Name">Luis Ortega</td><td data-label="Title">Billing Supervisor</td>'
    '<td data-label="Phone">(909) 620-2241</td><td data-label="Email">lortega@ci.pomona.ca.us</td></tr>'
    '</tbody></table>',
    '<table><tbody><tr><td data-label="Facility">City Hall</td><td data-label="Address">505 S Garey Ave</td>'
    '<td data-label="Contract Acct">4100-0001-17</td><td data-label="12-mo kWh">412,000</td></tr></tbody></table>',
    '<table><tbody><tr><td data-label="Tier">Tier 1</td><td data-label="kWh">0-500</td><td data-label="Rate">$0.11</td>'
    '</tr><tr><td data-label="Tier">Tier 2</td><td data-label="kWh">501+</td><td data-label="Rate">$0.14</td></tr>'
    '</tbody></table>'])
def test_stacked_tables_of_a_city_page_give_no_customer_data(table):
    assert found(table) == set()


def test_a_header_row_labels_its_columns_over_the_data_labels():
    document = html('<table><tr><th>Name</th><th>Account</th></tr><tr><td data-label="Name">Imogen Castellanos</td>'
                    '<td data-label="Acct">6620418</td></tr></table>')
    assert records(document) == [[("Name", "Imogen Castellanos"), ("Account", "6620418")]]


# --- a card's title and its labelled fields ---------------------------------------------------------------------

def card(title: str, *fields: tuple[str, str]) -> str:
    return (f'<div class="card"><h3 class="card__title">{title}</h3>' + "".join(
        f'<div class="field"><span class="field__label">{label}</span> <span>{value}</span></div>'
        for label, value in fields) + "</div>")


def wrapped_card(title: str, *fields: tuple[str, str]) -> str:
    """A card whose title sits in a header of its own and whose fields sit in a body."""
    return (f'<div class="card"><div class="card__header"><h3 class="card__title">{title}</h3></div>'
            f'<div class="card__body"><div class="field field--name-field-program">Attic Insulation</div>' + "".join(
                f'<div class="field"><span class="field__label">{label}</span> <span class="field__item">{value}'
                f'</span></div>' for label, value in fields) + "</div></div>")


CUSTOMER_CARDS = ('<div class="view-content">' + card("Thaddeus Merriweather", ("Service Location:", "661 Wren Ct"),
                                                      ("Contract Acct", "4100-5521-08"))
                  + card("Priya Venkataraman", ("Contract Acct", "4100-7730-64")) + "</div>")


def test_a_cards_title_is_a_field_of_the_cards_record():
    assert records(html(CUSTOMER_CARDS)) == [
        [(None, "Thaddeus Merriweather"), ("Service Location", "661 Wren Ct"), ("Contract Acct", "4100-5521-08")],
        [(None, "Priya Venkataraman"), ("Contract Acct", "4100-7730-64")]]
    assert {("customer_name", "Thaddeus Merriweather"), ("account_number", "4100-5521-08"),
            ("customer_name", "Priya Venkataraman"), ("account_number", "4100-7730-64")} <= found(CUSTOMER_CARDS)


def test_a_title_in_a_cards_header_is_a_field_of_the_fields_in_its_body():
    cards = wrapped_card("Thaddeus Merriweather", ("Service Location:", "661 Wren Ct"),
                         ("Contract Acct", "4100-5521-08"))
    assert records(html(cards))[0][0] == (None, "Thaddeus Merriweather")
    assert ("customer_name", "Thaddeus Merriweather") in found(cards)


def test_the_pages_own_title_is_no_field_of_the_fields_under_it():
    document = html('<article><header class="entry-header"><h1 class="entry-title">Rebate Program Update</h1></header>'
                    '<div class="field"><span class="field__label">Program</span> <span>Heat pumps</span></div>'
                    '<div class="field"><span class="field__label">Rebate</span> <span>$400</span></div></article>')
    assert records(document) == [[("Program", "Heat pumps"), ("Rebate", "$400")]]


@pytest.mark.parametrize("cards", [
    wrapped_card("Meg Ramos", ("Title", "Energy Programs Analyst"), ("Phone", "(909) 620-2051")),
    wrapped_card("Eastside Recreation Center", ("Service Location:", "2210 Linden Ave"),
                 ("Contract Acct", "4100-0001-17")),
    card("Meg Ramos", ("Title", "Utility Billing Manager"), ("Phone", "(909) 620-2051"),
         ("Email", "mramos@ci.pomona.ca.us")) + card("Luis Ortega", ("Department", "Public Works"),
                                                     ("Direct line", "(909) 620-2241")),
    card("Council Member Andre Wallace", ("District", "4"), ("Cell", "(909) 691-2284"),
         ("Email", "awallace@ci.pomona.ca.us")),
    card("Fall Festival on the Square", ("Location", "100 W 2nd St"), ("Contact", "(909) 620-2100")),
    card("Crews restore power after storm", ("Posted", "Nov 3, 2026"), ("Customers affected", "4,210")),
    card("Eastside Recreation Center", ("Address", "2210 Linden Ave"), ("Contract Acct", "4100-0001-17"),
         ("Annual kWh", "182,400")),
    card("Pike Electric LLC", ("Contact", "Tom Reyes"), ("Phone", "(909) 656-2407")),
    '<h2>Advisory Board</h2>' + card("Maria Delgado", ("Term ends", "June 2027"), ("Appointed by", "District 2")),
])
def test_cards_of_a_city_page_give_no_customer_data(cards):
    assert found(cards) == set()


# --- a DataTables header in a table of its own ---------------------------------------------------------------------

def split_table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<div class="dataTables_scroll"><div class="dataTables_scrollHead">'
            f'<div class="dataTables_scrollHeadInner">'
            f'<table class="dataTable"><thead><tr>{head}</tr></thead></table></div></div>'
            f'<div class="dataTables_scrollBody"><table class="dataTable"><tbody>{body}</tbody></table></div></div>')


SPLIT_CUSTOMERS = split_table(["Premise No.", "Former Customer", "Customer ID"],
                              [["PR-640117", "Odessa Blankenship", "7730412"],
                               ["PR-640255", "Wendell Arroyo", "7730598"]])


def test_a_header_table_labels_the_body_table_after_it():
    assert records(html(SPLIT_CUSTOMERS))[0] == [
        ("Premise No.", "PR-640117"), ("Former Customer", "Odessa Blankenship"), ("Customer ID", "7730412")]
    assert {("account_number", "PR-640117"), ("customer_name", "Odessa Blankenship"), ("account_number", "7730412"),
            ("account_number", "PR-640255"), ("account_number", "7730598")} <= found(SPLIT_CUSTOMERS)


def test_a_table_of_data_before_a_headless_table_labels_nothing():
    document = html("<table><tr><th>Facility</th><td>City Hall</td></tr></table>"
                    "<table><tr><td>Odessa Blankenship</td><td>7730412</td></tr></table>")
    assert {s.label for s in document.segments if s.text == "7730412"} == {None}


@pytest.mark.parametrize("table", [
    split_table(["Name", "Department", "Phone"], [["Meg Ramos", "City Clerk", "(909) 620-2051"],
                                                  ["Luis Ortega", "Utility Billing", "(909) 620-2241"]]),
    split_table(["Facility", "Premise No.", "Annual kWh"], [["City Hall", "PR-100001", "412,000"],
                                                            ["Eastside Library", "PR-100002", "98,500"]]),
])
def test_split_header_tables_of_a_city_page_give_no_customer_data(table):
    assert found(table) == set()
