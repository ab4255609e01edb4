"""RTF tables (``\\trowd ... \\cell ... \\row``, with or without Word's ``\\pard\\intbl``): read as tables, a
header row naming their columns and each row a record, as the same rows in HTML are; a table of a city's own
(a public hearing's schedule, staff contacts) stays silent."""
from __future__ import annotations

from crawler.extract import extract
from tests.test_table_headers import found

HEADED = rb"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 Occupants listed on the certificate:\par
\trowd\cellx3000\cellx5500\cellx8000\cellx9800\pard\intbl Occupant\cell Account\cell Phone\cell kWh last 30 days\cell\row
\trowd\cellx3000\cellx5500\cellx8000\cellx9800\pard\intbl Teodora Vasquez\cell 72-40158-03\cell (775) 318-2266\cell 914\cell\row
\trowd\cellx3000\cellx5500\cellx8000\cellx9800\intbl Bartholomew Ngata\cell 2100 5521 0937 14\cell (775) 402-8815\cell 1377\cell\row
\pard\par }"""

HEADERLESS = rb"""{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0 Households on file:\par
\trowd\cellx3000\cellx5500\cellx8000\cellx9800 Teodora Vasquez\cell 72-40158-03\cell (775) 318-2266\cell tvasquez@gmail.com\cell\row
\trowd\cellx3000\cellx5500\cellx8000\cellx9800 Bartholomew Ngata\cell 552081733019\cell (775) 402-8815\cell bngata@yahoo.com\cell\row
\trowd\cellx3000\cellx5500\cellx8000\cellx9800 Ilse Marchetti\cell 72-51190-01\cell (775) 229-0381\cell ilse.m@outlook.com\cell\row
\trowd\cellx3000\cellx5500\cellx8000\cellx9800 Kwame Asante\cell 661730254418\cell (775) 870-1146\cell kasante@gmail.com\cell\row
\pard\par }"""

HEARING = rb"""{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0 NOTICE OF PUBLIC HEARING - RATE CLASS AVERAGES\par
\trowd\cellx3000\cellx6000\cellx9000 Rate class\cell Customers\cell Avg kWh\cell\row
\trowd\cellx3000\cellx6000\cellx9000 Residential\cell 11482\cell 612\cell\row
\trowd\cellx3000\cellx6000\cellx9000 Small commercial\cell 1409\cell 2317\cell\row
\pard Contacts:\par
\trowd\cellx3000\cellx6000\cellx9000 Helena Stroud\cell Utility Director\cell (775) 555-0140\cell\row
\trowd\cellx3000\cellx6000\cellx9000 Marcus Oyelaran\cell Rates Analyst\cell (775) 555-0162\cell\row
\pard\par }"""


def test_rtf_table_rows_are_records_under_their_header():
    document = extract("https://www.millbrooknv.gov/docs/cert.rtf", HEADED, None)
    (first, _) = document.records
    assert [f.text for f in first.fields] == ["Teodora Vasquez", "72-40158-03", "(775) 318-2266", "914"]
    assert first.fields[3].label == "kWh last 30 days"
    assert first.fields[0].location.element == "paragraph 2 > table > row 2 > cell 1"  # where a reader finds it
    findings = found("cert.rtf", HEADED)
    assert {("customer_name", "Teodora Vasquez"), ("account_number", "2100 5521 0937 14"),
            ("phone", "(775) 402-8815"), ("energy_usage", "914")} <= findings


def test_a_headerless_rtf_table_of_customers_with_accounts_is_found():
    findings = found("households.rtf", HEADERLESS)
    assert {("customer_name", "Ilse Marchetti"), ("account_number", "552081733019"),
            ("phone", "(775) 229-0381"), ("account_number", "72-51190-01")} <= findings


def test_a_citys_rtf_tables_stay_silent():
    assert not found("hearing.rtf", HEARING)


def test_one_bar_ended_line_stays_a_paragraph():
    body = rb"{\rtf1\ansi\deff0 Reply: Yes | No |\par Thank you.\par }"
    document = extract("https://www.millbrooknv.gov/docs/form.rtf", body, None)
    assert not document.records and [s.text for s in document.segments] == ["Reply: Yes | No |", "Thank you."]
