"""The compact structures detection keeps per segment and per finding, so that a leaked 20,000-row export fits a
worker's memory: they must answer exactly as the dicts and lists they replace."""
from __future__ import annotations

import pickle

from crawler.extract import extract
from crawler.worker import FindingBlocks, Outcome
from detectors.engine import detections, scan_document
from detectors.facts import DocumentFacts, IdentityIndex
from detectors.model import Segment
from detectors.registry import load_detectors


def test_an_identity_index_answers_as_a_dict_of_ids_built_in_order():
    segments = [Segment(f"cell {i}") for i in range(500)]
    listed = segments + [segments[7]]  # listed twice: the last index counts, as in a dict built in order
    index = IdentityIndex(listed)
    expected = {id(s): i for i, s in enumerate(listed)}
    assert len(index) == len(listed) and dict(index) == expected
    assert all(index[id(s)] == expected[id(s)] for s in segments) and index[id(segments[7])] == 500
    stranger = Segment("not listed")
    assert id(stranger) not in index and index.get(id(stranger), -1) == -1 and "x" not in index
    numbered = IdentityIndex(segments[:3], [10, 20, 30])
    assert [numbered[id(s)] for s in segments[:3]] == [10, 20, 30]


def test_the_facts_find_each_fields_record_and_the_text_outside_records():
    body = (b"Account Number,Customer Name,Phone\n"
            b"3585738843,Justin Glass,(909) 218-0967\n3585738844,Ana Ruiz,(909) 218-0968\n")
    document = extract("https://www.example.gov/customers.csv", body, "text/csv")
    facts = DocumentFacts(document)
    for record in document.records:
        assert all(facts.record_of(f) is record and facts.in_record(f) for f in record.fields)
    outside = [s for s in document.segments if not facts.in_record(s)]  # the header row
    assert [s.text for s in outside] == ["Account Number", "Customer Name", "Phone"]
    assert all(facts.record_of(s) is None for s in outside)
    assert [facts.positions[id(s)] for s in document.segments] == list(range(len(document.segments)))


def _customer_export(rows: int) -> bytes:
    lines = ["Account Number,Customer Name,Service Address,Phone,Email,Usage (kWh)"]
    lines += [f"3{585738843 + i},Justin Glass,{100 + i} W Holt Ave,(909) 218-{i % 10000:04d},"
              f"jglass{i}@example.org,\"{1000 + i:,}\"" for i in range(rows)]
    return "\n".join(lines).encode()


def test_a_worker_packs_a_tables_findings_in_blocks_that_arrive_as_the_engine_gave_them():
    document = extract("https://www.example.gov/customers.csv", _customer_export(900), "text/csv")
    found = scan_document(document, load_detectors())
    assert len(found) > FindingBlocks.BLOCK  # several blocks
    packed = FindingBlocks.packed(detections(document, load_detectors()))
    assert len(packed) == len(found) and len(packed.blocks) == -(-len(found) // FindingBlocks.BLOCK)
    assert list(packed) == found
    arrived = pickle.loads(pickle.dumps(Outcome("scanned", content_type="text/csv", findings=packed)))
    assert arrived.findings == found and isinstance(arrived.findings, list)


def test_a_csv_column_that_repeats_a_value_holds_one_string_of_it():
    rows = [f"3{585738843 + i},Customer {i:04d},Pomona,PCE Basic" for i in range(300)]
    body = ("Account Number,Customer Name,City,Rate Plan\n" + "\n".join(rows)).encode()
    document = extract("https://www.example.gov/customers.csv", body, "text/csv")
    cities = [r.fields[2].text for r in document.records]
    names = [r.fields[1].text for r in document.records]
    assert cities == ["Pomona"] * 300 and len({id(c) for c in cities}) == 1
    assert names == [f"Customer {i:04d}" for i in range(300)]  # more distinct values than a column remembers
