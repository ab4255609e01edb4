"""A leaked export's 100,000 findings after the crawl: the reporting process's work per finding and per run.

The history keys a finding's path below its target once per URL, an element path with nothing to mask skips the
masking's searches, and a one-word label is looked up among the detectors' labels without importing the account
detector (half a second of compiling its patterns in the reporting process). Each gives what it gave before.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crawler.history.keys import HistoryKeys
from crawler.history.record import record_run
from crawler.history.store import HistoryStore
from crawler.history.targets import normal_target, relative_path
from crawler.results import DocumentResult, RunInfo, RunResult
from detectors.model import Detection, Location
from reports.redact import _DIGITS_IN_PATH, _KEPT_IN_NAME, _mailboxes_and_numbers_masked, shown_text

ROOT = Path(__file__).resolve().parents[1]


def _detection(url: str, row: int) -> Detection:
    return Detection(url=url, category="energy_usage", severity="high", rule="PCE-01 6.3", masked="*,***",
                     value="1,204", key="1204", location=Location(line=row, element=f"row {row}, column Usage (kWh)"),
                     hidden=None, label="Usage (kWh)", context="*,***", why="customer record: column 'Usage (kWh)'",
                     seq=row)


def test_each_detection_keeps_the_key_of_its_own_path_below_its_own_target(tmp_path):
    targets = ["https://www.ciudad-ejemplo.gov/utilities/", "https://staging.ciudad-ejemplo.gov/"]
    urls = ["https://www.ciudad-ejemplo.gov/utilities/exports/ratepayers.csv",
            "https://staging.ciudad-ejemplo.gov/parks/reservations.csv?season=2025",
            "https://www.ciudad-ejemplo.gov/council/agenda.html"]  # outside the first target's folder
    detections = [_detection(url, row) for row in range(2, 6) for url in urls]
    keys = HistoryKeys(b"perf70 test key")
    started = "2026-12-07T02:00:00+00:00"
    with HistoryStore(tmp_path / "h.sqlite") as store:
        run = store.begin_run(command="crawl", started=started, targets=targets, rules="r", reveal=False,
                              incremental=False, report=None, baseline=None, limits={})
        result = RunResult(RunInfo("crawl", targets, started=started), detections,
                           [DocumentResult(url, kind="document", status="scanned", reason=None) for url in urls],
                           detections)
        masking = shown_text([], reveal=False)
        record_run(store, run, result, result.redacted(masking), masking, finished=started, page_links={},
                   keys=keys)
        stored = store.db.execute("SELECT url, path_key FROM detections ORDER BY rowid").fetchall()
    expected = [keys.path(relative_path(d.url, normal_target(targets[1] if "staging" in d.url else targets[0]),
                                        masked=False)) for d in detections]
    assert [row["path_key"] for row in stored] == expected
    assert expected[2] is None and len(set(expected)) == 3  # the page outside its target's folder has none


@pytest.mark.parametrize("text", [
    "row 18,204, column Phone", "row 2, column Usage (kWh)", "Sheet1!B4", "table 1 > row 2 > cell 3", "",
    "row 3, column 909 555 0142",  # a header that is a phone: ten digits
    "row 12, column 512-34-6789",  # an SSN in a header
    "row 1, column ana.ruiz@ejemplo.net",  # a mailbox in a header
    "row 1234567",  # seven digits
    "row 123,456, column 7",  # seven digits, never seven in a run
    "tr#row-77312345", "p#n9095550142", "'Quenneville 536712015'!A2",
    "row 4, column ١٢٣٤٥٦٧٨",  # digits of another script
    "row 20240115",  # a date: kept
])
def test_an_element_path_is_masked_as_before(text):
    """The shortcut (no "@", fewer than seven digits) gives what the two searches give."""
    from reports.redact import _EMAIL, SHORTEST_NUMBER, mask_digits, mask_email

    searched = _DIGITS_IN_PATH.sub(
        lambda m: mask_digits(m.group()) if sum(c.isdigit() for c in m.group()) >= SHORTEST_NUMBER
        and not _KEPT_IN_NAME.fullmatch(m.group()) else m.group(),
        _EMAIL.sub(lambda m: mask_email(m.group()), text))
    assert _mailboxes_and_numbers_masked(text, _DIGITS_IN_PATH, keep=_KEPT_IN_NAME) == searched


def test_label_words_do_not_import_the_account_detector():
    """The labels are the detector's own (it imports them), and a reporting process reads them without it."""
    from detectors import account_labels, account_number

    assert account_number.GENERIC_LABELS is account_labels.GENERIC_LABELS
    assert account_number.CUSTOMER_LABELS is account_labels.CUSTOMER_LABELS
    check = ("import sys\nfrom detectors.vocabulary import label_words\n"
             "assert {'acct', 'premise', 'meter'} <= label_words()\n"
             "assert 'detectors.account_number' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", check], cwd=ROOT, check=True, timeout=120,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_the_runs_severity_is_its_most_severe_findings_not_waived():
    """Each severity that occurs is ranked once; a waived finding (accepted, or on production already) fails nothing."""
    from dataclasses import replace
    from types import SimpleNamespace

    usage = _detection("https://www.ciudad-ejemplo.gov/exports/ratepayers.csv", 2)
    findings = [replace(usage, severity=severity, fingerprint=f"f{i}")
                for i, severity in enumerate(["low", "medium", "high", "low"] * 3)]
    result = RunResult(RunInfo("scan", ["exports"], started="2026-12-07T02:00:00+00:00"), findings, [])
    assert (result.max_severity(), result.blocking_severity()) == ("high", "high")
    highs = {f.fingerprint for f in findings if f.severity == "high"}
    result.history = SimpleNamespace(waived=highs.__contains__)
    assert (result.max_severity(), result.blocking_severity()) == ("high", "medium")
    result.history = SimpleNamespace(waived=lambda fingerprint: True)
    assert result.blocking_severity() is None
    assert RunResult(RunInfo("scan", ["exports"], started="2026-12-07T02:00:00+00:00"), [], []).max_severity() is None
