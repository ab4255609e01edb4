"""Crawls and scans of agenda pages linking "Attachments.zip": a zip is a document, its files are checked like
any other, and what cannot be unpacked (a zip bomb, a corrupt zip, a .7z) is listed with its reason and keeps
the run from exiting green. A zip of public agenda PDFs is silent."""
from __future__ import annotations

import io
import zipfile

from fpdf import FPDF

from conftest import check_contract
from crawler.demo.server import LocalSite

CUSTOMERS_CSV = (b"Customer Name,Service Address,Account No.,kWh\r\n"
                 b"Mark Shannon,\"2317 S Towne Ave, Pomona, CA 91766\",700652771635,308\r\n"
                 b"Ana Ruiz,\"1450 W Holt Ave, Pomona, CA 91768\",700652771712,512\r\n")


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def agenda_pdf(item: int) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in (f"CITY OF POMONA - CITY COUNCIL, Agenda item {item}", "Monday, December 7, 2026, 7:00 PM",
                 f"Resolution No. 2026-{170 + item}: Contract PW-2026-0{40 + item} for street resurfacing",
                 "Public hearing: 1450 N. Towne Ave (APN 8341-012-015), Case CUP-2026-0112",
                 "Contact: City Clerk, 505 S. Garey Ave, Pomona, CA 91766, (909) 620-2311"):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def page(*links: str) -> str:
    return ("<!DOCTYPE html><html><body><h1>Council meeting, December 7</h1>"
            + "".join(f'<a href="{link}">{link}</a> ' for link in links) + "</body></html>")


def crawl(tmp_path, run_pubcheck, files: dict[str, bytes]):
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(page(*files), encoding="utf-8")
    for name, data in files.items():
        (root / name).write_bytes(data)
    with LocalSite(root) as site:
        proc = run_pubcheck("crawl", site.url + "index.html", "--out", tmp_path / "out")
    data = check_contract(tmp_path / "out" / "findings.json")
    return proc, {d["url"].removeprefix(site.url): d for d in data["documents"]}, data


def test_a_linked_zip_holding_a_customer_csv_is_found(tmp_path, run_pubcheck):
    proc, documents, data = crawl(tmp_path, run_pubcheck, {
        "Attachments.zip": zip_of({"Attachment A - cases.csv": CUSTOMERS_CSV, "Attachment B - agenda.pdf": agenda_pdf(9)})})
    assert proc.returncode == 1, proc.stderr  # findings, and nothing left unchecked
    assert documents["Attachments.zip"]["status"] == "scanned" and not documents["Attachments.zip"]["not_checked"]
    found = {(f["url"].rsplit("/", 1)[1], f["category"], f["location"].get("attachment")) for f in data["findings"]}
    assert {("Attachments.zip", c, "Attachment A - cases.csv")
            for c in ("customer_name", "address", "account_number")} <= found
    assert all(attachment == "Attachment A - cases.csv" for _, _, attachment in found)
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Attachment A - cases.csv" in report and "Mark Shannon" not in report


def test_a_zip_of_public_agenda_pdfs_is_silent_and_green(tmp_path, run_pubcheck):
    proc, documents, data = crawl(tmp_path, run_pubcheck, {
        "agenda-packet.zip": zip_of({f"Item {n}.pdf": agenda_pdf(n) for n in (12, 13, 14)})})
    assert proc.returncode == 0, proc.stderr
    assert documents["agenda-packet.zip"]["status"] == "scanned" and data["findings"] == []


def test_a_zip_bomb_a_corrupt_zip_and_a_7z_are_not_checked_with_reasons(tmp_path, run_pubcheck):
    good = zip_of({"cases.csv": CUSTOMERS_CSV})
    proc, documents, data = crawl(tmp_path, run_pubcheck, {
        "bomb.zip": zip_of({"export.csv": b"0" * (50 * 1024 * 1024)}),
        "corrupt.zip": good[:len(good) // 2],
        "packet.7z": b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(64)})
    assert proc.returncode == 2, proc.stderr  # nothing found, but the check is incomplete: never green
    bomb = documents["bomb.zip"]
    assert bomb["status"] == "scanned"
    assert "member export.csv not read: compression ratio" in bomb["not_checked"]
    corrupt = documents["corrupt.zip"]
    assert corrupt["status"] == "failed" and corrupt["reason"].startswith("corrupt ZIP archive")
    seven = documents["packet.7z"]
    assert seven["status"] == "skipped" and "7-Zip archive" in seven["reason"] and "not unpacked" in seven["reason"]
    assert data["run"]["not_checked"] == 3


def test_scan_reads_a_zip_and_lists_a_7z_as_not_checked(tmp_path, run_pubcheck):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "packet.zip").write_bytes(zip_of({"cases.csv": CUSTOMERS_CSV}))
    (folder / "old-packet.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(64))
    proc = run_pubcheck("scan", folder, "--out", tmp_path / "out")
    data = check_contract(tmp_path / "out" / "findings.json")
    assert proc.returncode == 2, proc.stderr
    assert {f["location"].get("attachment") for f in data["findings"]} == {"cases.csv"}
    statuses = {d["url"].rsplit("/", 1)[1]: d["status"] for d in data["documents"]}
    assert statuses == {"packet.zip": "scanned", "old-packet.7z": "skipped"}
