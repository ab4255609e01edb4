"""A long uniform table judged by a sample of its rows (detectors/long_tables.py) finds exactly what the full
pipeline finds, row for row: the same values, keys, reasons, snippets and locations.

True cases: customer exports of 1,200 to 1,500 rows with invalid phones among valid ones, the City's own numbers
and addresses in customers' cells, empty cells, a firm or a City facility in a names column, a note holding an SSN
in a column that is otherwise empty, rows sorted so that the last part of the table differs from the first.
Hard negatives: a street-light inventory and a business licence list of the same length, which the full pipeline
reports nothing of, and neither may the shortcut.
"""
from __future__ import annotations

import csv
import io
import random

import pytest

import detectors.long_tables as long_tables
from crawler.extract import extract
from detectors.engine import detections
from detectors.long_tables import shape
from detectors.registry import load_detectors

Faker = pytest.importorskip("faker").Faker


def _fields(detection) -> tuple:
    d = detection
    return (d.category, d.severity, d.rule, d.value, d.key, d.masked, d.location, d.hidden, d.label, d.context,
            d.why, d.public_if_repeated, d.seq)


def _both_ways(body: bytes, monkeypatch, name: str = "export.csv", content_type: str = "text/csv"):
    """The findings with the shortcut and with the full pipeline, and the number of table rows the full pipeline
    read when the shortcut was on."""
    detectors = load_detectors()
    read = []
    real = long_tables._Table.document_with

    def counting(table, rows):
        rows = list(rows)
        read.append(len(rows))
        return real(table, rows)

    monkeypatch.setattr(long_tables._Table, "document_with", counting)
    fast = [_fields(d) for d in detections(extract(f"https://www.pomonaca.gov/files/{name}", body, content_type),
                                           detectors)]
    monkeypatch.setattr(long_tables, "LONG_TABLE_ROWS", 10 ** 9)
    slow = [_fields(d) for d in detections(extract(f"https://www.pomonaca.gov/files/{name}", body, content_type),
                                           detectors)]
    return fast, slow, sum(read)


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode()


def _customer_rows(count: int, seed: int) -> list[list[str]]:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        phone = fake.numerify("(909) %##-####") if rng.random() < 0.8 else fake.numerify("(909) 0##-####")  # invalid
        if i % 97 == 5:
            phone = "(909) 620-2311"  # the City's switchboard, keyed in for a customer who gave none
        rows.append([f"{rng.choice('345')}{rng.randrange(10 ** 8, 10 ** 9)}", fake.name(), fake.street_address(),
                     "Pomona", f"917{rng.randrange(66, 70)}", phone, fake.email(), f"{rng.randrange(80, 2400):,}",
                     rng.choice(("PCE Basic", "PCE Plus", "PCE Prime")), ""])
    return rows


HEADER = ["Account Number", "Customer Name", "Service Address", "City", "ZIP", "Phone", "Email", "Usage (kWh)",
          "Rate Plan", "Notes"]


def test_a_customer_export_finds_what_the_full_pipeline_finds(monkeypatch):
    rows = _customer_rows(1500, seed=4)
    rows[700][1] = "Pomona Unified School District"  # a firm among the customers
    rows[900][2] = ""  # a customer with no service address on file
    rows[1100][9] = "SSN on file 512-34-6789 per applicant"  # a note in a column the sample saw empty
    rows[1300][2] = "505 S. Garey Ave."  # City Hall's address as a customer's, to be read like any other
    fast, slow, read = _both_ways(_csv(HEADER, rows), monkeypatch)
    assert fast == slow
    assert len(fast) > 1500 * 5
    assert read < 400, "the shortcut was not taken: the full pipeline read every row"
    assert any(f[0] == "ssn" for f in fast)


def test_a_table_whose_later_rows_differ_from_its_first(monkeypatch):
    """An export sorted by class: City facilities first (public), then residential customers, then a few
    businesses; the sample spans all three."""
    rng = random.Random(9)
    fake = Faker("en_US")
    fake.seed_instance(9)
    facilities = ["Palomares Park Lighting", "Fire Station 181", "Pomona Public Library", "Ganesha Park Pool",
                  "City Hall Annex", "Phillips Ranch Pump Station"]
    rows = []
    for i in range(1200):
        if i < 400:
            rows.append([f"3{rng.randrange(10 ** 8, 10 ** 9)}", rng.choice(facilities), "505 S. Garey Ave.",
                         "Pomona", "91766", "(909) 620-2311", "facilities@pomonaca.gov",
                         f"{rng.randrange(1000, 90000):,}", "PCE Basic", ""])
        else:
            rows.append([f"3{rng.randrange(10 ** 8, 10 ** 9)}", fake.name() if i < 1150 else fake.company(),
                         fake.street_address(), "Pomona", "91767", fake.numerify("(909) 5##-####"), fake.email(),
                         f"{rng.randrange(80, 2400):,}", "PCE Plus", ""])
    fast, slow, read = _both_ways(_csv(HEADER, rows), monkeypatch)
    assert fast == slow
    assert read < 1200


@pytest.mark.parametrize("kind", ["street lights", "business licences"])
def test_public_listings_of_the_same_length_stay_silent(monkeypatch, kind):
    rng = random.Random(3)
    fake = Faker("en_US")
    fake.seed_instance(3)
    if kind == "street lights":
        header = ["Pole ID", "Fixture Type", "Wattage", "Nearest Address", "Circuit", "Status"]
        rows = [[f"SL-{rng.randrange(10000, 99999)}", rng.choice(("LED Cobra", "HPS Acorn")),
                 str(rng.choice((70, 100, 150))), fake.street_address(), f"C{rng.randrange(1, 40)}",
                 rng.choice(("Active", "Out", "Scheduled"))] for _ in range(1100)]
    else:
        header = ["License No.", "Business Name", "Business Address", "Business Phone", "NAICS", "Issued"]
        rows = [[f"BL-2024-{rng.randrange(10000, 99999)}", fake.company(), fake.street_address(),
                 fake.numerify("(909) 5##-####"), str(rng.randrange(100000, 999999)),
                 f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"] for _ in range(1100)]
    fast, slow, read = _both_ways(_csv(header, rows), monkeypatch, name="open-data.csv")
    assert fast == slow
    assert not fast
    assert read < 1100


def test_a_spreadsheet_export_finds_what_the_full_pipeline_finds(monkeypatch):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Customers"
    sheet.append(HEADER[:9])
    for row in _customer_rows(1100, seed=21):
        sheet.append(row[:9])
    out = io.BytesIO()
    book.save(out)
    fast, slow, read = _both_ways(out.getvalue(), monkeypatch, name="customers.xlsx",
                                  content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert fast == slow
    assert len(fast) > 1100 * 4
    assert read < 1100


def test_a_short_table_takes_the_full_pipeline(monkeypatch):
    fast, slow, read = _both_ways(_csv(HEADER, _customer_rows(200, seed=2)), monkeypatch)
    assert fast == slow and read == 0


def test_a_value_s_shape_keeps_its_runs_of_digits_and_letters():
    assert shape("Ana Ruiz") == shape("Lee Chan") == "Aa Aa"
    assert shape("(909) 555-0143") == "(9) 9-9"
    assert shape("  12 Elm St. ") == "9 Aa Aa."
    assert shape("Pomona Unified School District") != shape("Ana Ruiz")
    assert shape("O'Neil") == "A'Aa"
