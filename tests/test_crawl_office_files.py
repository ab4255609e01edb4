"""A crawl of a local site linking the Office files city sites publish beside their PDFs: a staff deck (.pptx)
with a customer table, one with only rates, and an old Excel (.xls) export of customers. Each is scanned (none
is "not checked"), so the run is complete and its verdict is the findings'."""
from __future__ import annotations

import shutil
from pathlib import Path

import pptx
from pptx.util import Inches

from conftest import check_contract
from crawler.demo.server import LocalSite


def deck(path, title: str, rows) -> None:
    presentation = pptx.Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = title
    table = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(3)).table
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    presentation.save(str(path))


def build_site(root) -> None:
    (root / "index.html").write_text(
        '<!DOCTYPE html><html><body><h1>Council agenda, March 12</h1>'
        '<a href="/agenda/item-7-rates.pptx">Item 7: rate update (presentation)</a> '
        '<a href="/agenda/item-9-arrears.pptx">Item 9: payment arrangements (presentation)</a> '
        '<a href="/agenda/item-9-attachment-b.xls">Item 9, attachment B (Excel)</a></body></html>',
        encoding="utf-8")
    (root / "agenda").mkdir()
    deck(root / "agenda" / "item-7-rates.pptx", "Proposed residential tiers",
         [("Tier", "Usage (kWh/month)", "Rate ($/kWh)"), ("Tier 1", "0 - 500", "0.28"),
          ("Tier 2", "501 - 1,000", "0.34")])
    deck(root / "agenda" / "item-9-arrears.pptx", "Accounts on a payment plan",
         [("Customer", "Service Address", "PCE Account"),
          ("Maria Lopez", "1234 W Holt Ave, Pomona, CA 91768", "700-123-456-789"),
          ("Robert Chen", "2250 N Garey Ave, Pomona, CA 91767", "700-123-456-790")])
    shutil.copy(Path(__file__).parent / "fixtures" / "customers.xls", root / "agenda" / "item-9-attachment-b.xls")


def test_linked_presentations_are_scanned_and_the_run_is_complete(tmp_path, run_pubcheck):
    root = tmp_path / "site"
    root.mkdir()
    build_site(root)
    with LocalSite(root) as site:
        proc = run_pubcheck("crawl", site.url + "index.html", "--out", tmp_path / "out")
    assert proc.returncode == 1, proc.stderr  # findings, and nothing left unchecked (that would be 2)
    data = check_contract(tmp_path / "out" / "findings.json")
    assert data["run"]["not_checked"] == 0
    documents = {d["url"].removeprefix(site.url): d for d in data["documents"]}
    for name in ("agenda/item-7-rates.pptx", "agenda/item-9-arrears.pptx", "agenda/item-9-attachment-b.xls"):
        assert documents[name]["status"] == "scanned"
        assert not documents[name]["not_checked"]
    found = {(f["url"].removeprefix(site.url), f["category"]) for f in data["findings"]}
    assert {("agenda/item-9-arrears.pptx", c) for c in ("customer_name", "address", "account_number")} <= found
    assert {("agenda/item-9-attachment-b.xls", c) for c in ("customer_name", "ssn", "account_number")} <= found
    assert {url for url, _ in found} == {"agenda/item-9-arrears.pptx", "agenda/item-9-attachment-b.xls"}
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Maria Lopez" not in report and "700-123-456-789" not in report
    assert "slide 1 &gt; table 1 &gt; row 2" in report
