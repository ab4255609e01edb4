"""A long table's shortcut (detectors/long_tables.py) and the engine's ordering and snippets of 100,000 findings
(detectors/engine.py) give exactly what the row-by-row pipeline gives, on the rows a real export mixes in.

Generated tables, seeded, each compared field by field with the full pipeline (``LONG_TABLE_ROWS`` out of reach):
customer exports with City facility rows, staff rows (a City employee keyed in as the contact), blank cells, a
"Contact" column that holds a phone, a mailbox or a name, the header repeated in the middle (two exports pasted
together), a notes column that is mostly empty and sometimes holds a callback number, an SSN or a remark; and, as
hard negatives, a staff directory and a City facilities' meter list of the same length, which report nothing.
"""
from __future__ import annotations

import random
import re

import pytest

from detectors.context.shapes import _A_LETTER, _SPOKEN_PART_RE, mask_spelt
from detectors.engine import _in_document_order
from detectors.facts import DocumentFacts
from detectors.model import Document, Finding, Location, Segment
from tests.test_long_tables import HEADER, _both_ways, _csv

Faker = pytest.importorskip("faker").Faker

FACILITIES = ["Fire Station 181", "Palomares Park Lighting", "Pomona Public Library", "Ganesha Park Pool",
              "Phillips Ranch Pump Station", "City Yard Fleet Shop"]
NOTES = ["", "", "", "", "", "", "", "", "", "Paperless billing", "Medical baseline", "Moved in 03/2024",
         "Call back at {phone}", "Prefers Spanish", "SSN on file {ssn} per applicant", "Landlord: {name}"]


def _ssn(rng: random.Random) -> str:
    return f"{rng.randrange(100, 666)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"


def _mixed_export(rows: int, seed: int) -> bytes:
    """A customer export as a billing system's clerk publishes it, with the rows that make a column uneven."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    header = HEADER[:9] + ["Contact", "Notes"]
    table = []
    for i in range(rows):
        phone = fake.numerify("(909) %##-####")
        row = [f"3{rng.randrange(10 ** 8, 10 ** 9)}", fake.name(), fake.street_address(), "Pomona",
               f"917{rng.randrange(66, 70)}", phone, fake.email(), f"{rng.randrange(80, 2400):,}",
               rng.choice(("PCE Basic", "PCE Plus", "PCE Prime")),
               rng.choice((fake.numerify("(909) %##-####"), fake.email(), fake.name(), "")),
               rng.choice(NOTES).format(phone=fake.numerify("(626) %##-####"), ssn=_ssn(rng), name=fake.name())]
        kind = rng.random()
        if kind < 0.02:  # a City facility's own service, with the City's switchboard and mailbox
            row[1:3] = [rng.choice(FACILITIES), "505 S. Garey Ave."]
            row[5:7] = ["(909) 620-2311", "facilities@pomonaca.gov"]
        elif kind < 0.04:  # a staff member keyed in as the account's contact
            row[9] = "Utility Billing Supervisor, (909) 620-2251, billing@pomonaca.gov"
        elif kind < 0.07:  # a cell left blank
            row[rng.randrange(1, 9)] = ""
        table.append(row)
    table.insert(rows // 2, header)  # a second export pasted under the first
    return _csv(header, table)


@pytest.mark.parametrize("seed", [5, 17])
def test_a_mixed_customer_export_finds_what_the_full_pipeline_finds(monkeypatch, seed):
    fast, slow, read = _both_ways(_mixed_export(1400, seed), monkeypatch)
    assert fast == slow
    assert read < 1400, "the shortcut was not taken: the full pipeline read every row"
    categories = {f[0] for f in fast}
    assert {"customer_name", "address", "phone", "email", "account_number", "ssn"} <= categories


def test_a_staff_directory_stays_silent_both_ways(monkeypatch):
    fake = Faker("en_US")
    fake.seed_instance(8)
    rng = random.Random(8)
    header = ["Name", "Title", "Department", "Phone", "Email", "Office"]
    rows = [[fake.name(), rng.choice(("Analyst", "Planner II", "Account Clerk", "Engineer")),
             rng.choice(("Finance", "Utility Billing", "Public Works", "Planning")),
             f"(909) 620-{rng.randrange(2000, 2999)}", f"{fake.user_name()}@pomonaca.gov",
             rng.choice(("505 S. Garey Ave.", "City Hall, 2nd Floor", ""))] for _ in range(1100)]
    fast, slow, _ = _both_ways(_csv(header, rows), monkeypatch, name="staff-directory.csv")
    assert fast == slow
    assert not [f for f in fast if f[0] in ("customer_name", "address", "phone", "email")]


def test_a_facilities_meter_list_stays_silent_both_ways(monkeypatch):
    rng = random.Random(12)
    header = ["Facility", "Service Address", "Meter", "Rate", "Annual kWh"]
    rows = [[f"{rng.choice(FACILITIES)} #{i}", f"{rng.randrange(100, 3000)} {rng.choice('NSEW')} Holt Ave",
             f"V{rng.randrange(10 ** 6, 10 ** 7)}", rng.choice(("TOU-GS-1", "TOU-GS-2", "LS-1")),
             f"{rng.randrange(1000, 900000):,}"] for i in range(1100)]
    fast, slow, _ = _both_ways(_csv(header, rows), monkeypatch, name="facility-meters.csv")
    assert fast == slow


def _finding(segment: Segment, start: int) -> Finding:
    return Finding("phone", "medium", segment, start, start + 3)


def test_findings_are_ordered_by_segment_then_start_ties_kept():
    """Sorted as a stable sort by (segment's place, start) sorts them; text outside the document's segments (a
    redaction's view of a line) last, and said to be outside."""
    segments = [Segment(f"cell {i} 123 456", Location(line=i)) for i in range(4)]
    document = Document("https://www.pomonaca.gov/x.csv", "text/csv", segments)
    outside = Segment("a redacted line 789", Location(line=9))
    same_a, same_b = _finding(segments[1], 7), _finding(segments[1], 7)
    findings = [_finding(outside, 2), _finding(segments[2], 11), same_a, _finding(segments[0], 7), same_b,
                _finding(segments[1], 2), _finding(outside, 0)]
    expected = sorted(findings, key=lambda f: (segments.index(f.segment) if f.segment in segments else 4, f.start))
    ordered, inside = _in_document_order(document, list(findings), DocumentFacts(document))
    assert ordered == expected
    assert ordered.index(same_a) < ordered.index(same_b)
    assert inside == [f.segment is not outside for f in expected]


def test_a_value_without_a_letter_says_no_digit_word():
    """``mask_spelt`` answers None at one look for a value with no letter: every character that a digit word's
    letters match, case folded (the Kelvin sign for "k", the long s for "s"), is a letter itself."""
    letters = re.compile(r"(?i)[a-z]")
    assert all(_A_LETTER.match(c) for c in map(chr, range(0x110000)) if letters.fullmatch(c))
    for value in ("(909) 218-0967", "3585738843", "512-34-6789", "+1 909 555 0143", "\u2160\u2161 42"):
        assert mask_spelt(value) is None
        assert not any(m.group(2) or m.group(3) for m in _SPOKEN_PART_RE.finditer(value))
    assert mask_spelt("nine zero nine four eight five forty-one thirty-four") == \
        "**** **** **** **** ***** **** forty-one thirty-four"
    assert mask_spelt("909 five eight eight 65 five zero") is not None
