"""Red team trust56 leftovers: a label that files a person by surname and initial ("Quenneville, R. (acct ...)"), and a
spreadsheet's sheet name holding a long number, are masked in every output as the finding's context masks them; the
number of workers is bounded. Real pubcheck processes on scanned files."""
from __future__ import annotations

import io
import json
import sqlite3

import openpyxl
import pytest

from crawler.config import Config, ConfigError
from reports.redact import ShownText, Redactor, _unreported_in_label
from test_fault_site import run


def outputs(out, home) -> str:
    history = next(home.rglob("history.sqlite"))
    with sqlite3.connect(history) as db:
        rows = "\n".join(map(repr, db.execute("SELECT * FROM findings")))
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.iterdir()) if p.is_file()) + rows


def workbook(title: str, rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def test_a_surname_and_initial_label_and_a_sheet_name_are_masked_in_every_output(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "usage.html").write_text(
        "<dl><dt>Achterberg, G. (acct 7730415586)</dt><dd>SSN 548-23-7741</dd></dl>")
    (tmp_path / "site" / "ledger.xlsx").write_bytes(workbook("Ostrowski 548237742", [
        ["Customer name", "SSN"], ["Maribel Ostrowski", "548-23-7743"]]))
    proc, _ = run(["scan", tmp_path / "site", "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    places = {(f["location"].get("label"), f["location"].get("element")) for f in findings}
    assert ("A*********, G. (acct ******5586)", "dl > dd") in places
    assert any(element.startswith("'Ostrowski *****7742'!") for _, element in places if element)
    written = outputs(tmp_path / "out", tmp_path / "home")
    for raw in ("Achterberg", "548237742", "7730415586"):
        assert raw not in written


@pytest.mark.parametrize("label, shown", [
    ("Quenneville, R. (acct 4410228711)", "Q**********, R. (acct ******8711)"),
    ("OKAFOR-BELL, T. J.", "O*****-B***, T. J."),
    ("Whitcombe, Rosalind (acct 4410228711)", "W********, R******* (acct ******8711)"),
    ("Dwight A.", "D***** A."),
    # hard negatives: field labels, a City office beside its number, a section and an exhibit
    ("Service Address", "Service Address"),
    ("Pomona Water Division (acct 4410228711)", "Pomona Water Division (acct ******8711)"),
    ("Section, A.", "Section, A."),
    ("Plan B.", "Plan B."),
    ("Exhibit, C.", "Exhibit, C."),
    ("Pomona, CA", "Pomona, CA"),
])
def test_a_label_masks_the_names_a_ledger_files_people_by(label, shown):
    assert _unreported_in_label(label) == shown


@pytest.mark.parametrize("element, shown", [
    ("'Quenneville 536712015'!A2", "'Quenneville *****2015'!A2"),
    ("Quenneville536712015!B3", "Quenneville*****2015!B3"),
    ("sheet 'Cust 536-71-2015' (tab name)", "sheet 'Cust ***-**-2015' (tab name)"),
    ("'r.quenneville@gmail.com' header", "'r************@g****.com' header"),
    # a sheet named by a date, a short number, and elements that are no sheet's
    ("'2024-01-15 ledger'!A2", "'2024-01-15 ledger'!A2"),
    ("'FY 2024 Budget'!C12", "'FY 2024 Budget'!C12"),
    ("row 1234567, column Phone", "row 1234567, column Phone"),
    ("table:nth-of-type(2) > tr:nth-of-type(2) > td:nth-of-type(1)",
     "table:nth-of-type(2) > tr:nth-of-type(2) > td:nth-of-type(1)"),
])
def test_a_sheet_name_in_an_element_is_masked_as_a_path_segment(element, shown):
    assert ShownText(Redactor([])).element(element) == shown
    assert ShownText(None).element(element) == element  # --reveal


@pytest.mark.parametrize("workers, accepted", [(1000, False), (65, False), (64, True), (0, True), (4, True)])
def test_workers_have_an_upper_bound(tmp_path, workers, accepted):
    (tmp_path / "c.toml").write_text(f"[crawl]\nworkers = {workers}\n")
    if accepted:
        assert Config.load(tmp_path / "c.toml").crawl["workers"] == workers
    else:
        with pytest.raises(ConfigError, match=r"\[crawl\] workers must be at most 64"):
            Config.load(tmp_path / "c.toml")
