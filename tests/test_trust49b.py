"""Trust red team, round 49 (second half): what a clerk's acceptance reason quotes of a finding, a document of one
huge line, and odd names of zip members.

- D2: a reason is masked with what the history knows of the accepted finding: people's names a name reader finds,
  words that mask as the finding (or its page's other findings, or its page's path) do, and paths and URLs as a
  finding's URL is masked (``reports.redact.reason_text``); a date and a policy number stay readable;
- J1: an overlong line of a text file is read in pieces cut between values (``crawler.extract.text.line_pieces``):
  a 4.9 MB line took 130 s of detection (over the 120 s extraction limit), in pieces 36 s;
- J2: a member's name is shown as a link's file name is: its %-escapes decoded before masking, control characters
  escaped; a digit run ends before a ".7z" extension, so a 9-digit run keeps its last four digits as elsewhere.
"""
from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reports.redact import reason_text

NAME_MASK = "M**** D******"
MASKS = (NAME_MASK, "m****-d******.html", "***-**-6789", "*** M*** S*")


# -- D2: an acceptance's reason --------------------------------------------------------------------------------

@pytest.mark.parametrize("reason, shown", [
    ("Maria Delgado (the customer) consented in writing", "M**** D****** (the customer) consented in writing"),
    ("see /customers/maria-delgado.html", "see /customers/m****-d******.html"),
    ("see https://www.pomonaca.gov/customers/Maria%20Delgado.html.",
     "see https://www.pomonaca.gov/customers/M****%20D******.html."),
    ("MARIA_DELGADO asked us to keep it", "M****_D****** asked us to keep it"),
    ("maria delgado signed the release", "m**** d****** signed the release"),
    # another person's name a name reader finds is masked too (the reason names no one the outputs may show)
    ("The customer consented, per Ana Ruiz at the counter", "The customer consented, per A** R*** at the counter"),
    # the record's other values, as the page's other findings mask them
    ("SSN 512346789 and 123 Main St are hers", "SSN *****6789 and *** M*** S* are hers"),
])
def test_a_reason_is_masked_with_what_the_history_knows_of_the_finding(reason, shown):
    assert reason_text(reason, masks=MASKS) == shown


@pytest.mark.parametrize("reason", [
    "Published by law: campaign filer list",
    "Approved 2024-05-01 under policy PCE-01 section 4.1",
    "Resolution 2019-18 adopted on 6/30/2024; see rule 6.3 and/or 6.5",
    "Sample bill in the rate brochure, not a customer",
    "Council agenda packet, item 7B",
    "see /agendas/2024/item-7b.pdf",
])
def test_a_reason_with_no_value_stays_readable(reason):
    assert reason_text(reason, masks=MASKS) == reason


def test_a_mask_that_keeps_nothing_of_its_value_matches_no_word():
    assert reason_text("see the password reset notice", masks=("********",)) == "see the password reset notice"
    # a mask holds its value's initials and lengths: other words are no match
    assert reason_text("Mesa Drive closure notice", masks=(NAME_MASK,)) == "Mesa Drive closure notice"
    assert reason_text("Mailed Documents on file", masks=(NAME_MASK,)) == "Mailed Documents on file"


def _cli(args: list[str], home: Path, cwd: Path) -> subprocess.CompletedProcess:
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, HOME=str(home), XDG_STATE_HOME=str(home / "state"), PYTHONPATH=str(root))
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_accept_stores_echoes_and_reviews_the_reason_masked(tmp_path):
    home, docs = tmp_path / "home", tmp_path / "docs"
    (docs / "customers").mkdir(parents=True)
    home.mkdir()
    (docs / "customers" / "maria-delgado.txt").write_text(
        "Customer Maria Delgado, SSN 512-34-6789, service at 1412 W Holt Ave, Pomona.\n")
    scan = _cli(["scan", str(docs), "--out", str(tmp_path / "out")], home, tmp_path)
    assert scan.returncode == 1, scan.stderr
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    by_category = {f["category"]: f["fingerprint"] for f in findings}
    name = _cli(["accept", by_category["customer_name"][:12], "--reason",
                 "Maria Delgado (the customer) consented in writing", "--by", "J. Rivera"], home, tmp_path)
    ssn = _cli(["accept", by_category["ssn"][:12], "--reason", "see customers/maria-delgado.txt", "--by",
                "J. Rivera"], home, tmp_path)
    review = _cli(["review", "--all"], home, tmp_path)
    assert name.returncode == ssn.returncode == review.returncode == 0, (name.stderr, ssn.stderr, review.stderr)
    assert "M**** D****** (the customer) consented in writing" in name.stdout
    assert "see customers/m****-d******.txt" in ssn.stdout
    assert "M**** D****** (the customer) consented in writing" in review.stdout
    assert "see customers/m****-d******.txt" in review.stdout
    assert "by:       J. Rivera" in review.stdout
    databases = list((home / "state").rglob("*.sqlite"))
    assert databases
    stored = " ".join(str(row) for row in sqlite3.connect(databases[0]).execute("SELECT reason FROM acceptances"))
    for raw in ("Maria Delgado", "maria-delgado"):
        assert raw not in name.stdout + ssn.stdout + review.stdout + stored


# -- J1: a document of one huge line -----------------------------------------------------------------------------

def test_an_overlong_line_is_cut_between_values():
    from crawler.extract.text import LONG_LINE, line_pieces
    records = ",".join('{"id":%d,"note":"Parks schedule, summer hours"}' % i for i in range(2000))
    pieces = line_pieces(records)
    assert "".join(pieces) == records and len(pieces) > 1
    assert all(len(p) <= LONG_LINE for p in pieces)
    assert all(p.startswith("{") and p.endswith("},") for p in pieces[:-1])  # between two records
    words = ("lorem ipsum dolor sit amet " * 2000)
    assert all(p.endswith(" ") for p in line_pieces(words)[:-1])
    assert line_pieces("short line") == ["short line"]
    # no comma, no sentence: cut after a bracket or a quote, never inside the value's blanks
    nested = '{"a":' * 5000 + '"Lucia Herrera 512-34-6789"' + "}" * 5000
    assert any("Lucia Herrera 512-34-6789" in p for p in line_pieces(nested))
    assert all(p.endswith(("{", '"', "}", ":")) for p in line_pieces(nested)[:-1])


def test_a_one_line_text_file_is_scanned_in_pieces_and_its_ssn_found():
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    filler = ("lorem ipsum dolor sit amet " * 20000)[:250000]
    body = filler + " Customer Maria Delgado SSN 512-34-6789 account 2-35-123-4567 " + filler
    document = extract("https://www.pomonaca.gov/big.txt", body.encode(), "text/plain")
    assert len(document.segments) > 40
    found = {(f.category, f.masked) for f in scan_document(document, load_detectors())}
    assert ("ssn", "***-**-6789") in found and ("account_number", "*-**-***-4567") in found


# -- J2: odd names of zip members -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, shown", [
    ("Delgado_%35%31%32%2D%33%34%2D%36%37%38%39.7z", "Delgado_512-34-6789.7z"),
    ("Delgado\n512-34-6789.7z", "Delgado\\n512-34-6789.7z"),
    ("Delgado\x7f512346789.7z", "Delgado\\x7f512346789.7z"),
    ("a%FFb.txt", "a\\xffb.txt"),
    ("Report 100% done.pdf", "Report 100% done.pdf"),
    ("Agenda item 7 (final).pdf", "Agenda item 7 (final).pdf"),
])
def test_a_member_name_is_shown_as_a_links_file_name_is(name, shown):
    from crawler.url_text import member_name
    assert member_name(name) == shown


def test_a_zip_members_odd_names_are_masked_in_its_reasons():
    from crawler.extract import extract
    from crawler.worker import masked_notes
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("Delgado_%35%31%32%2D%33%34%2D%36%37%38%39.7z", "Delgado\n512-34-6789.7z",
                     "Delgado\x7f512346789.7z"):
            archive.writestr(name, b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x01" * 100)
    document = extract("https://www.pomonaca.gov/files/attachments.zip", buffer.getvalue(), "application/zip")
    reasons = masked_notes(document.unchecked)
    assert [r.split(" not read")[0] for r in reasons] == [
        "member Delgado_***-**-6789.7z", "member Delgado\\n***-**-6789.7z", "member Delgado\\x7f*****6789.7z"]
    assert not any(c in "".join(reasons) for c in "\n\x7f")


def test_a_digit_run_ends_before_an_extension_that_starts_with_a_digit():
    from reports.redact import note_text
    assert note_text("file 512346789.7z") == "file *****6789.7z"
    assert note_text("file Delgado_512-34-6789.7z") == "file Delgado_***-**-6789.7z"
    assert note_text("file Delgado_512-34-6789.pdf") == "file Delgado_***-**-6789.pdf"
    assert note_text("file 512.34.6789.pdf") == "file ***.**.6789.pdf"
    assert note_text("cameras at 10.0.0.12, recorded 2024-05-01.3gp") == "cameras at 10.0.0.12, recorded 2024-05-01.3gp"
