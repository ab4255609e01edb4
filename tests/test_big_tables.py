"""What makes a table of 20,000 customers cheap to scan and to carry must not change a single finding: a cell's
snippet, overlapping findings in a long segment, findings crossing from a worker to the collector."""
from __future__ import annotations

import pickle
import random

import pytest

from detectors.engine import _resolve_overlaps
from detectors.masking import masked_context
from detectors.model import Detection, Finding, Location, Segment, severity_rank


def test_a_cell_holding_the_value_alone_shows_its_mask():
    assert masked_context("2-23-456-7890", [(0, 13, "*-**-***-7890")], (0, 13)) == "*-**-***-7890"
    assert masked_context("  Maria Lopez ", [(2, 13, "M**** L****")], (2, 13)) == "M**** L****"


def test_a_value_far_into_blank_padding_is_still_cut_as_a_snippet():
    text = " " * 70 + "2-23-456-7890"
    assert masked_context(text, [(70, 83, "*-**-***-7890")], (70, 83)) == "…*-**-***-7890"


def test_a_cell_holding_more_than_the_value_is_masked_around_it():
    text = "Acct 2-23-456-7890 (Lopez)"
    assert masked_context(text, [(5, 18, "*-**-***-7890")], (5, 18)) == "Acct *-**-***-7890 (L****)"


def _quadratic_rule(findings: list[Finding]) -> list[Finding]:
    """The rule as first written: most severe, then longest, then leftmost first; a finding is kept if it
    overlaps none kept before it."""
    chosen: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-severity_rank(f.severity), -(f.end - f.start), f.start)):
        if not any(f.start < c.end and c.start < f.end for c in chosen):
            chosen.append(f)
    return chosen


def test_overlaps_in_a_long_segment_are_resolved_as_one_at_a_time_would():
    rng = random.Random(5)
    segment = Segment("x" * 5000)
    findings = []
    for _ in range(2000):
        start = rng.randrange(0, 4990)
        findings.append(Finding(category="phone", severity=rng.choice(("high", "medium", "low")), segment=segment,
                                start=start, end=start + rng.randrange(1, 12)))
    kept = _resolve_overlaps(findings)
    assert sorted(map(id, kept)) == sorted(map(id, _quadratic_rule(findings)))
    spans = sorted((f.start, f.end) for f in kept)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_findings_cross_to_the_collector_unchanged():
    detection = Detection(url="https://example.org/export.csv", category="ssn", severity="high", rule="PCE-01 6.3",
                          masked="***-**-6789", value="512-34-6789", key="512346789",
                          location=Location(line=3, element="row 3, column SSN", box=(1.0, 2.0, 3.0, 4.0)),
                          hidden="hidden row", label="SSN", context="***-**-6789", why="valid SSN beside label 'SSN'",
                          public_if_repeated=True, seq=7, fingerprint="f" * 32, value_id="v" * 32)
    assert pickle.loads(pickle.dumps(detection)) == detection


def test_a_plainly_written_name_reads_as_nameparser_reads_it():
    """person_name's shortcut past nameparser for two or three plain capitalised words gives what nameparser
    gives, on thousands of names from many countries' name pools (a new nameparser that reads one differently
    fails here)."""
    from faker import Faker
    from nameparser import HumanName

    from detectors.context.persons import _reads_plainly

    names = set()
    for locale in ("en_US", "es_MX", "en_GB", "fr_FR", "de_DE", "it_IT", "pt_BR", "en_IN", "vi_VN", "fil_PH",
                   "nl_NL", "pl_PL"):
        fake = Faker(locale)
        fake.seed_instance(11)
        for _ in range(800):
            names.update((fake.name(), f"{fake.first_name()} {fake.last_name()}",
                          f"{fake.first_name()} {fake.first_name()} {fake.last_name()}"))
    plain = [name for name in names if _reads_plainly(name)]
    assert len(plain) > 8000
    for name in plain:
        human = HumanName(name)
        assert human.first and human.last and not human.title, name
        assert " ".join(p for p in (human.first, human.middle, human.last) if p) == name, name
    assert not any(map(_reads_plainly, ("Dr John Smith", "John Smith Jr", "Ana de la Cruz", "Maria Lopez y Ruiz",
                                         "JOHN SMITH", "john smith", "J Smith")))


def test_a_value_repeated_down_a_column_is_read_in_every_row():
    """A table repeats its values (a plan, a site in every row): each row where the value is the customer's is
    reported, and the rows where it is a facility's stay silent, however often the value repeats."""
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors

    rows = ["Account Number,Customer Name,Service Address,Site,Rate Plan"]
    for i in range(120):
        site = "7485 N Orangethorpe Pl" if i % 40 == 7 else "Pomona Senior Center"
        rows.append(f"3{100000000 + i * 7919},Maria Lopez{'' if i % 2 else ' Ruiz'},{1200 + i} W Holt Ave,{site},"
                    "PCE Basic")
    document = extract("https://example.org/export.csv", "\n".join(rows).encode(), "text/csv")
    found = scan_document(document, load_detectors())
    sites = [d for d in found if d.label == "Site"]
    assert [d.location.line for d in sites] == [9, 49, 89]
    assert all(d.category == "address" for d in sites)
    assert not [d for d in found if d.label == "Rate Plan"]
    assert sum(d.category == "customer_name" for d in found) == 120


_HEADER = ["Account Number", "Name", "Service Address", "Phone", "Email", "Usage (kWh)", "Plan", "Notes"]
_ROWS = [
    ["3123456789", "Maria Lopez", "1234 W Holt Ave", "(909) 555-0142", "mlopez@example.com", "1,240", "PCE Basic", ""],
    ["3123456790", "Acme Paving Inc", "4471 Canyon Vista Dr", "(909) 555-0177", "", "12,900", "PCE Plus", "vendor"],
    ["", "City of Pomona", "505 S Garey Ave", "(909) 620-2311", "info@pomonaca.gov", "", "", "City Hall"],
    ["3123456791", "Dale Ortega", "", "", "dale.ortega@example.net", "880", "PCE Basic", "Rate Plan PCE Basic"],
    ["TOTAL", "", "", "", "", "14,020", "", ""],
    ["---", "---", "---", "---", "---", "---", "---", "---"],
    ["3123456792", "Kiyoshi Tanaka", "77 Calle Encino", "909 555 0199", "", "n/a", "PCE Prime", "Senior Center"],
    ["3123456793", "Palomares Park", "499 E Arrow Hwy", "(909) 555-0123", "", "2,310", "PCE Basic", "Moreno Blanco"],
    ["", "Public Works Dept", "", "(800) 555-0100", "", "", "", "1,200 kWh typical"],
    ["3123456794", "Sarah Brown", "9 Oak St Apt 2", "9095550188", "sbrown@example.org", "515", "", "42"],
]


def _scan_csv(rows: list[list[str]], header: list[str] = _HEADER) -> list[Detection]:
    import csv
    import io

    from crawler.config import Config
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors

    text = io.StringIO()
    csv.writer(text).writerows([header, *rows])
    config = Config()
    document = extract("https://example.org/export.csv", text.getvalue().encode(), "text/csv")
    return scan_document(document, load_detectors(config.detectors, config.public))


def _shown(d: Detection) -> tuple:
    return d.category, d.severity, d.masked, d.value, d.key, d.label, d.context, d.why


def _benchmark_export(rows: int) -> tuple[list[str], list[list[str]]]:
    """The header and rows of benchmarks/big_csv.py's customer export."""
    import csv
    import sys
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        from big_csv import write_customer_export
    finally:
        sys.path.pop(0)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "customers.csv")
        write_customer_export(path, rows)
        with path.open(encoding="utf-8", newline="") as file:
            header, *body = csv.reader(file)
    return header, body


@pytest.mark.parametrize("table", ["hard negatives", "benchmark export"])
def test_a_big_tables_findings_are_those_of_its_rows_read_one_table_each(table):
    """A table is judged row by row: what a 20,000-row export's scan works out once per value or per column
    (a rate plan's words, a city in every row) must give each row exactly what the row alone gives, hard
    negatives included (a firm's and the City's own row, a public phone, totals, junk rows, blank cells, a
    column of numbers and words)."""
    header, rows = (_HEADER, _ROWS * 3) if table == "hard negatives" else _benchmark_export(60)
    whole = _scan_csv(rows, header)  # values repeat as in an export: the per-value work is reused
    assert {d.category for d in whole} >= {"account_number", "customer_name", "address", "phone", "email",
                                           "energy_usage"}
    one_by_one = []
    for number, row in enumerate(rows, start=2):
        for d in _scan_csv([row], header):
            assert d.location.line == 2
            one_by_one.append((number, d.location.element.replace("row 2", f"row {number}", 1), *_shown(d)))
    assert [(d.location.line, d.location.element, *_shown(d)) for d in whole] == one_by_one
    assert table != "hard negatives" or not any(d.value in ("Acme Paving Inc", "City of Pomona", "(909) 620-2311", "505 S Garey Ave")
                   for d in whole)
