"""A crawl of a local site whose documents hide their values the ways this issue is about: a scanned
letter linked as a PNG (read by OCR), a PDF with a failed redaction and an attached customer list. The
site's logo, an <img> and not a linked document, is never fetched."""
from __future__ import annotations

import json

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from conftest import check_contract
from crawler.demo.server import LocalSite
from crawler.extract.ocr import engine

pytestmark = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")


def build_site(root) -> None:
    (root / "index.html").write_text(
        '<!DOCTYPE html><html><body><img src="/logo.png" alt="City of Testville">'
        '<a href="/scans/letter.png">Letter from a resident (scan)</a> <a href="/docs/review.pdf">Billing review</a>'
        "</body></html>", encoding="utf-8")
    Image.new("RGB", (200, 60), (20, 60, 140)).save(root / "logo.png")
    (root / "scans").mkdir()
    letter = Image.new("L", (1700, 900), 255)
    draw = ImageDraw.Draw(letter)
    font = ImageFont.load_default(size=36)
    for number, line in enumerate(["Dear Utility Billing Office,", "Please correct my account.",
                                   "Social security number: 512-34-6789"]):
        draw.text((120, 150 + number * 80), line, font=font, fill=0)
    letter.save(root / "scans" / "letter.png")
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.text(20, 30, "Billing review of case 2024-17")
    pdf.text(20, 60, "SSN: 623-45-7812")
    pdf.set_fill_color(0, 0, 0)
    pdf.rect(30, 54, 40, 9, style="F")
    pdf.embed_file(basename="customers.csv",
                   bytes=b"Customer Name,Service Address,Account Number\nJane Doe,4471 Orchard Lane,2-23-456-7890\n")
    (root / "docs").mkdir()
    pdf.output(str(root / "docs" / "review.pdf"))


def test_scans_redactions_and_attachments_are_found_in_a_crawl(tmp_path, run_pubcheck):
    root = tmp_path / "site"
    root.mkdir()
    build_site(root)
    with LocalSite(root) as site:
        proc = run_pubcheck("crawl", site.url + "index.html", "--out", tmp_path / "out")
    assert proc.returncode == 1, proc.stderr
    check_contract(tmp_path / "out" / "findings.json")
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    found = {(f["url"].removeprefix(site.url), f["category"]): f["location"] for f in data["findings"]}
    assert found[("scans/letter.png", "ssn")] == {"line": 3, "ocr": True}
    redaction = found[("docs/review.pdf", "bad_redaction")]
    assert redaction["page"] == 1 and redaction["hidden"] == "under a redaction box" and len(redaction["box"]) == 4
    assert found[("docs/review.pdf", "ssn")]["hidden"] == "under a redaction box"
    assert found[("docs/review.pdf", "account_number")]["attachment"] == "customers.csv"
    documents = {d["url"].removeprefix(site.url): d for d in data["documents"]}
    assert documents["scans/letter.png"]["status"] == "scanned"
    assert documents["scans/letter.png"]["content_type"] == "image/png"
    # the page's logo is fetched as its picture (img62), too small to hold text: skipped, no gap
    assert documents["logo.png"]["status"] == "skipped" and not documents["logo.png"].get("not_checked")
