"""Staff memos of a city's utility with a customer's case in them, the customer's fields in a small Word table of
label | value rows: under a caption spanning the table ("Billing record (CIS extract)"), nested in another table's
cell, or alone. In a file that gives the customer's account, each value is what its label says; a table of staff or
of the City's own contacts, and a file naming no customer's account, stay public. Invented customers and numbers."""
from __future__ import annotations

import io

import docx

from crawler.extract import TableCell, lay_out_table
from tests.detector_helpers import pairs_found, values_of

_CASE = ("Staff met the customer on site. Account no.: 3-204-558-1190; Email: t.nakagawa@outlook.com, who asked "
         "for a review of the estimated read.")


def memo(build, *paragraphs: str) -> set[tuple[str, str]]:
    document = docx.Document()
    document.add_paragraph("MEMORANDUM")
    document.add_paragraph("Staff reviewed the estimated reads and the back-billing limits of Rule 17.")
    for text in paragraphs:
        document.add_paragraph(text)
    build(document)
    document.add_paragraph("The adjustment will appear on the next statement.")
    out = io.BytesIO()
    document.save(out)
    return pairs_found("https://www.pomonaca.gov/files/case-memo.docx", out.getvalue())


def captioned(rows, caption="Billing record (CIS extract)"):
    def build(document):
        table = document.add_table(rows=len(rows) + 1, cols=3)
        table.cell(0, 0).merge(table.cell(0, 2)).text = caption
        for number, (label, value) in enumerate(rows, 1):
            table.cell(number, 0).text = label
            table.cell(number, 1).merge(table.cell(number, 2)).text = value
    return build


def nested(rows):
    def build(document):
        outer = document.add_table(rows=1, cols=2)
        outer.cell(0, 0).text = "Account under review"
        inner = outer.cell(0, 1).add_table(rows=len(rows), cols=2)
        for number, (label, value) in enumerate(rows):
            inner.cell(number, 0).text = label
            inner.cell(number, 1).text = value
    return build


def plain(rows):
    def build(document):
        table = document.add_table(rows=len(rows), cols=2)
        for number, (label, value) in enumerate(rows):
            table.cell(number, 0).text = label
            table.cell(number, 1).text = value
    return build


def test_a_caption_over_label_value_rows_labels_each_value_by_its_row():
    rows = [[TableCell("Billing record (CIS extract)", span=3)], [TableCell("Complainant"), TableCell("Odile Marchetti", span=2)],
            [TableCell("Phone"), TableCell("(909) 555-0183", span=2)]]
    layout = lay_out_table(rows)
    assert layout.key_value and layout.header_rows == {0}
    assert [role.label for role in layout.roles[1]] == [None, "Complainant"]
    assert [role.label for role in layout.roles[2]] == [None, "Phone"]


def test_a_caption_over_a_header_row_still_heads_the_columns():
    rows = [[TableCell("Complaints received, first quarter", span=2)], [TableCell("Name"), TableCell("Phone")],
            [TableCell("Odile Marchetti"), TableCell("(909) 555-0183")]]
    layout = lay_out_table(rows)
    assert not layout.key_value
    assert [role.label for role in layout.roles[2]] == ["Name", "Phone"]


def test_one_labelled_value_in_a_small_table_of_a_case_file_is_reported():
    for build in (captioned, nested, plain):
        pairs = memo(build([("Complainant", "Odile Marchetti")]), _CASE)
        assert "Odile Marchetti" in values_of(pairs, "customer_name"), build.__name__
        pairs = memo(build([("Tel.", "909.555.0137")]), _CASE)
        assert "909.555.0137" in values_of(pairs, "phone"), build.__name__
        pairs = memo(build([("E-mail", "odile.m@icloud.com")]), _CASE)
        assert "odile.m@icloud.com" in values_of(pairs, "email"), build.__name__


def test_the_same_tables_in_a_file_naming_no_customers_account_stay_public():
    for build in (captioned, nested, plain):
        pairs = memo(build([("Complainant", "Odile Marchetti")]),
                     "Staff reviewed the program's complaint handling with the Council's committee.")
        assert not values_of(pairs, "customer_name"), build.__name__


def test_staff_and_the_citys_own_contacts_in_such_a_table_stay_public():
    for build in (captioned, nested, plain):
        pairs = memo(build([("Prepared by", "Renata Oyelaran")]), _CASE)
        assert "Renata Oyelaran" not in values_of(pairs, "customer_name"), build.__name__
        pairs = memo(build([("Contact", "Renata Oyelaran, City Clerk")]), _CASE)
        assert "Renata Oyelaran" not in " ".join(values_of(pairs, "customer_name")), build.__name__
        pairs = memo(build([("Phone", "(909) 620-2311")]), _CASE)
        assert not values_of(pairs, "phone"), build.__name__


def described(case: str, **properties: str) -> set[tuple[str, str]]:
    """A memo whose body is ``case`` and whose describing properties (title, subject, keywords, comments) are
    ``properties``."""
    def build(document):
        for name, value in properties.items():
            setattr(document.core_properties, name, value)
    return memo(build, case)


def test_a_mailbox_and_a_usage_figure_in_a_case_files_properties_are_reported():
    pairs = described(_CASE, title="Estimated read dispute - h.quiroga@yahoo.com", comments="Draft for 1,318 kWh")
    assert "h.quiroga@yahoo.com" in values_of(pairs, "email")
    assert "1,318 kWh" in values_of(pairs, "energy_usage")


def test_the_citys_mailbox_and_a_programs_totals_in_properties_stay_public():
    pairs = described(_CASE, title="Estimated read dispute - utilityservices@pomonaca.gov",
                      subject="Program deliveries of 540,000 MWh", comments="Average home: 560 kWh per month")
    assert "utilityservices@pomonaca.gov" not in values_of(pairs, "email")
    assert not values_of(pairs, "energy_usage")


def test_properties_of_a_file_naming_no_customers_account_stay_public():
    pairs = described("Staff reviewed the program's complaint handling with the Council's committee.",
                      title="Estimated read dispute - h.quiroga@yahoo.com", comments="Draft for 1,318 kWh")
    assert "1,318 kWh" not in values_of(pairs, "energy_usage")
