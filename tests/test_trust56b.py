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
from detector_helpers import pairs_found
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
    assert _unreported_in_label(label, True) == shown


@pytest.mark.parametrize("element, shown", [
    ("'Quenneville 536712015'!A2", "'Quenneville *****2015'!A2"),
    ("Quenneville536712015!B3", "Quenneville*****2015!B3"),
    ("sheet 'Cust 536-71-2015' (tab name)", "sheet 'Cust ***-**-2015' (tab name)"),
    ("'r.quenneville@gmail.com' header", "'r************@g****.com' header"),
    # a sheet named by a date, a short number, and elements that are no sheet's
    ("'2024-01-15 ledger'!A2", "'2024-01-15 ledger'!A2"),
    ("'FY 2024 Budget'!C12", "'FY 2024 Budget'!C12"),
    ("row 104857, column Phone", "row 104857, column Phone"),  # (seven digits are masked anywhere: trust57 D3)
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


@pytest.mark.parametrize("url, body, secrets", [
    ("/ops/restore.sh", "#!/bin/sh\nmysql -h db01 -u billing_app -pKw7!rTz2Qm utility < nightly.sql\n", {"Kw7!rTz2Qm"}),
    ("/ops/backup.txt", "mariadb-dump --user=root --password=Vn4Hq8Lp2x cis > cis.sql\n", {"Vn4Hq8Lp2x"}),
    ("/ops/oracle.txt", "sqlplus cisadm/Fenn3l#Q9@CISPROD @purge.sql\nconn rpt/Owl2025rk@//db7:1521/RPT\n",
     {"Fenn3l#Q9", "Owl2025rk"}),
    ("/.htpasswd", "webadmin:$apr1$Tq8mZ2xL$Gk4nP0v7bR1wS5yX9uE3d/\n"
                   "clerk:$2y$10$K9pLm3QxZ7vN2rT5wY8uEeQ1sD4fG6hJ8kL0zX2cV5bN7mM9qW1rS\n", {
         "$apr1$Tq8mZ2xL$Gk4nP0v7bR1wS5yX9uE3d/", "$2y$10$K9pLm3QxZ7vN2rT5wY8uEeQ1sD4fG6hJ8kL0zX2cV5bN7mM9qW1rS"}),
    # hard negatives: a client that prompts, ports, placeholders, the sample schema, paths and packages with an '@',
    # a how-to's placeholder lines
    ("/help/db.html", "<p>Run <code>mysql -u root -p</code> and type the password when asked, or "
                      "<code>mysql -h db -P 3306 -u app -p billing</code>. docker run -p 8080:80 nginx; ssh -p 22 x@h."
                      "</p><p>mysql -u root -pPASSWORD, mysql -u root -p&lt;password&gt;, mysql -u root -p$DB_PASS, "
                      "sqlplus scott/tiger@orcl, CONNECT / AS SYSDBA.</p>", set()),
    ("/help/web.html", "<p>Connect with us at parks/rec@pomonaca.gov; npm i @scope/pkg@1.2; see docs/v2@latest. "
                       "htpasswd -c /etc/apache2/.htpasswd jsmith adds a line user:password, such as "
                       "jsmith:$apr1$... or admin:{SHA}....</p>", set()),
])
def test_logins_written_as_a_tool_takes_them(url, body, secrets):
    content_type = "text/html" if url.endswith(".html") else "text/plain"
    found = {value for category, value in pairs_found("http://h" + url, body, content_type) if category == "credential"}
    assert found == secrets
