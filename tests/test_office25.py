"""Office documents and their tables (red team memo25): a call log's staff column, a Word form's label | value
pairs two a row, tracked deletions read in their sentence, a second usage figure after a semicolon, a sign-off
row under a summary table and a phone keyed into a kWh column."""
from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import workbook

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _found(name: str, body: bytes) -> set[tuple[str, str]]:
    document = extract(f"https://city.example.gov/files/{name}", body)
    return {(d.category, d.value) for d in scan_document(document, load_detectors())}


def _saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_staff_column_of_a_call_log_is_left_out_not_the_caller():
    body = workbook({"Calls": [["Caller", "Callback #", "Account", "Notes", "Handled by"],
                                ["Renata Holloway", "(626) 331-4478", "8-441-2093-65", "billing question", "D. Amsel"],
                                ["Osei Branford", "(626) 331-9012", "2-905-6617-38", "", "Priya K."]]})
    found = _found("calls.xlsx", body)
    assert {("customer_name", "Renata Holloway"), ("phone", "(626) 331-4478"),
            ("account_number", "8-441-2093-65"), ("customer_name", "Osei Branford")} <= found
    assert not {value for _, value in found} & {"D. Amsel", "Priya K."}


def test_staff_roster_keeps_its_veto():
    body = workbook({"Directory": [["Staff", "Title", "Phone"],
                                    ["Gloria Fenwick", "Customer Care Supervisor", "(626) 440-1200"],
                                    ["Hal Ostrander", "Billing Analyst", "(626) 440-1201"]]})
    assert _found("directory.xlsx", body) == set()


def test_verified_by_column_is_staff():
    body = workbook({"Checks": [["Customer", "SSN", "Verified by", "Date"],
                                 ["Beatriz Nolasco", "521-44-6093", "T. Whitcombe", "2024-02-11"]]})
    found = _found("checks.xlsx", body)
    assert ("customer_name", "Beatriz Nolasco") in found
    assert not any(value == "T. Whitcombe" for _, value in found)


def test_prepared_by_row_under_a_summary_table_is_no_customer():
    body = workbook({"Summary": [["Program", "Enrolled accounts", "Total kWh (FY)", "Avg discount"],
                                  ["CARE", "3,112", "14,880,200", "30%"],
                                  ["FERA", "418", "2,204,950", "18%"],
                                  [],
                                  ["Prepared by", "Wendell Achterberg", "(626) 440-3377", "wachterberg@cityofalta.gov"]]})
    assert _found("summary.xlsx", body) == set()


def _form(rows: list[tuple[str, ...]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Rebate application")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    return _saved(document)


def test_form_table_with_two_label_value_pairs_a_row():
    body = _form([("Applicant Name", "Ingrid Salcedo", "Phone", "(626) 358-7714"),
                  ("Service Address", "482 Linwood Ter", "City/ZIP", "Alta, CA 91001"),
                  ("Customer Account No.", "5-302-8841-19", "Annual Usage", "6,215 kWh")])
    found = _found("rebate.docx", body)
    assert {("customer_name", "Ingrid Salcedo"), ("address", "482 Linwood Ter"),
            ("account_number", "5-302-8841-19"), ("energy_usage", "6,215 kWh")} <= found


def test_four_column_table_under_a_header_row_stays_a_table():
    body = _form([("Name", "City", "Program", "Status"),
                  ("Library Annex", "Alta", "Solar for Schools", "Active"),
                  ("Senior Center", "Alta", "LED retrofit", "Closed")])
    assert _found("programs.docx", body) == set()


def _with_deletion(before: str, deleted: str, inserted: str, after: str) -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph(before)
    paragraph._p.append(parse_xml(f'<w:del {_W} w:id="7" w:author="Editor"><w:r><w:delText xml:space="preserve">'
                                  f'{deleted}</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(f'<w:ins {_W} w:id="8" w:author="Editor"><w:r><w:t xml:space="preserve">'
                                  f'{inserted}</w:t></w:r></w:ins>'))
    paragraph.add_run(after)
    return _saved(document)


def test_tracked_deletion_is_read_in_its_sentence():
    body = _with_deletion("Staff met with customer ", "Leopold Vantongeren of 915 Birchcrest Dr", "[redacted]",
                          " about the billing dispute.")
    document = extract("https://city.example.gov/files/memo.docx", body)
    deleted = [s for s in document.segments if s.hidden == "tracked deletion"]
    assert [s.text for s in deleted] == ["Staff met with customer Leopold Vantongeren of 915 Birchcrest Dr about "
                                         "the billing dispute."]
    found = _found("memo.docx", body)
    assert {("customer_name", "Leopold Vantongeren"), ("address", "915 Birchcrest Dr")} <= found


def test_tracked_deletion_of_a_public_phrase_gives_nothing():
    body = _with_deletion("The Council ", "will meet on Tuesday", "meets Monday", " at City Hall.")
    assert _found("agenda.docx", body) == set()


def test_second_usage_figure_after_a_semicolon():
    text = ("Customer Harriet Quon, account 5-302-8841-20, joined the pilot. "
            "Use before the retrofit: 1,480 kWh per month; after: 612 kWh per month.")
    found = _found("pilot.txt", text.encode())
    assert {("energy_usage", "1,480 kWh"), ("energy_usage", "612 kWh")} <= found


def test_tier_after_a_semicolon_stays_a_tariff():
    text = "Customer Harriet Quon, account 5-302-8841-20. Tier 1: 0-350 kWh; Tier 2: 351-700 kWh per month."
    found = _found("tiers.txt", text.encode())
    assert not any(category == "energy_usage" for category, _ in found)


def test_phone_in_a_usage_column_is_no_usage():
    body = workbook({"Accounts": [["Customer", "Account", "Total kWh"],
                                   ["Marisa Oyelowo", "5-302-8841-33", "(626) 358-0041"]]})
    found = _found("usage.xlsx", body)
    assert ("customer_name", "Marisa Oyelowo") in found
    assert not any(category == "energy_usage" for category, _ in found)
