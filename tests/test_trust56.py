"""Red team trust56: an embedded file's name (a zip member, a PDF or e-mail attachment) is masked wherever a finding's
location names it, and read for the values it publishes; a link whose path holds '[', ']' or '|' is one document,
not a second "no outcome" entry that makes every run incomplete. Real pubcheck processes, a server on 127.0.0.1."""
from __future__ import annotations

import io
import json
import sqlite3
import zipfile

import pytest
import scrapy

from crawler.config import Config, ConfigError
from crawler.scope import normalise_url
from fault_site import FaultSite, page, static
from test_fault_site import documents, run

SSN = "536-71-2080"
NAME = "Rosalind Quenneville"


def zip_of(members: dict[str, str]) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        for name, text in members.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 2, 3, 4, 5)), text)
    return data.getvalue()


def outputs(out, home) -> str:
    history = next(home.rglob("history.sqlite"))
    with sqlite3.connect(history) as db:
        rows = "\n".join(map(repr, db.execute("SELECT * FROM findings")))
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.iterdir()) if p.is_file()) + rows


def test_member_name_masked_in_every_output_and_the_history(tmp_path):
    (tmp_path / "billing.zip").write_bytes(zip_of({
        f"shutoffs/{SSN} Quenneville.txt": f"Customer {NAME} SSN {SSN}\n"}))
    proc, _ = run(["scan", tmp_path / "billing.zip", "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    written = outputs(tmp_path / "out", tmp_path / "home")
    assert "***-**-2080 Quenneville.txt" in written  # the member is still named, its value masked
    for raw in (SSN, SSN.replace("-", "")):
        assert raw not in written


def test_member_name_read_for_its_values(tmp_path):
    (tmp_path / "billing.zip").write_bytes(zip_of({
        "shutoffs/Maribel Ostrowski 548-23-7716.txt": "Balance due 40.00\n",
        "shutoffs/notes.txt": "Route 4 shutoffs scheduled.\n"}))
    proc, _ = run(["scan", tmp_path / "billing.zip", "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    ssn = [f for f in findings if f["category"] == "ssn"]
    assert [(f["masked"], f["location"]["element"], f["location"]["attachment"]) for f in ssn] == [
        ("***-**-7716", "file name", "shutoffs/M****** O******** ***-**-7716.txt")]


def test_public_member_names_are_no_findings(tmp_path):
    names = ["Resolution 2024-117 Budget.txt", "Agenda 01-15-2024.txt", "Permit B24-001234.txt",
             "Invoice 100045678.txt", "Fund 101-41-5110 ledger.txt", "Water Division 909-620-2241.txt",
             "clerk/cityclerk@pomonaca.gov agenda.txt", "PO 4500123456.txt", "20240115_minutes.txt"]
    (tmp_path / "council.zip").write_bytes(zip_of({name: "Council agenda item.\n" for name in names}))
    proc, _ = run(["scan", tmp_path / "council.zip", "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "out" / "findings.json").read_text())["findings"] == []


def test_encrypted_member_name_read_too(tmp_path):
    data = bytearray(zip_of({"Tomasz Wierzbicki 548-23-7717.csv": "x"}))
    for signature in (b"PK\x03\x04", b"PK\x01\x02"):  # the encrypted flag in the local and the central header
        at = data.find(signature)
        flag = at + (6 if signature == b"PK\x03\x04" else 8)
        data[flag] |= 1
    (tmp_path / "locked.zip").write_bytes(bytes(data))
    proc, _ = run(["scan", tmp_path / "locked.zip", "--out", tmp_path / "out"], tmp_path)
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    assert [f["masked"] for f in findings if f["category"] == "ssn"] == ["***-**-7717"], proc.stderr


def test_request_spelling_is_the_normal_one():
    for url in ("http://h/files/Report[1].pdf", "http://h/docs/A|B.html", "http://h/a%5b1%5d", "http://h/x y[2].pdf"):
        normal = normalise_url(url)
        assert scrapy.Request(normal).url == normal
        assert normalise_url(normal) == normal
    assert normalise_url("http://h/files/Report[1].pdf") == normalise_url("http://h/files/Report%5B1%5D.pdf")


def test_bracketed_link_is_one_document_and_the_run_complete(tmp_path):
    routes = {"/": page('<a href="/files/Minutes[1].html">minutes</a> <a href="/docs/Parks|Trails.html">parks</a>'
                        ' <a href="/files/Minutes%5B1%5D.html">again</a>'),
              "/files/Minutes[1].html": static("<p>Approved minutes.</p>"),
              "/docs/Parks|Trails.html": static("<p>Trail map.</p>")}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == ("pubcheck: exit 0: nothing found at or above --fail-on high, "
                                                    "and every published document was checked")
    docs = documents(tmp_path / "out")
    assert sorted(docs) == [site.url, site.url + "docs/Parks%7CTrails.html", site.url + "files/Minutes%5B1%5D.html"]
    for url in sorted(docs)[1:]:
        assert docs[url]["status"] == "scanned" and docs[url]["referrers"] == [site.url]


def test_the_last_line_says_why_the_exit_status_is_2_or_1(tmp_path):
    routes = {"/": page('<a href="/a.html">a</a> <a href="/b.html">b</a>'),
              "/a.html": page(f"<p>Customer {NAME}, SSN {SSN}.</p>"),
              "/b.html": page(f"<p>Customer {NAME}, SSN {SSN}, moved out.</p>")}  # whichever is fetched first
    with FaultSite(routes) as site:
        limited, _ = run(["crawl", site.url, "--out", tmp_path / "limited", "--max-pages", "1"], tmp_path)
        tolerated, _ = run(["crawl", site.url, "--out", tmp_path / "tolerated", "--max-pages", "2", "--full",
                            "--allow-unchecked", "5"], tmp_path)
    assert limited.returncode == 2
    assert limited.stderr.strip().splitlines()[-1] == (
        "pubcheck: exit 2: the check is incomplete: 2 published documents not checked (see the report)")
    last = tolerated.stderr.strip().splitlines()[-1]
    assert tolerated.returncode == 1 and last == (
        "pubcheck: exit 1: confidential information found at or above --fail-on high; "
        "1 published document not checked, within --allow-unchecked 5"), tolerated.stderr
    assert SSN not in limited.stderr + tolerated.stderr and NAME not in limited.stderr + tolerated.stderr


@pytest.mark.parametrize("entry", ["*.pomonaca.gov", "*", "docs.*.gov:8443"])
def test_a_wildcard_host_is_refused_not_matched_by_nothing(tmp_path, entry):
    (tmp_path / "c.toml").write_text(f'[crawl]\nallowed_hosts = ["docs.pomonaca.gov", "{entry}"]\n')
    with pytest.raises(ConfigError, match="a wildcard matches no host"):
        Config.load(tmp_path / "c.toml")


SETTINGS = """<?xml version="1.0"?>
<configuration>
  <appSettings>
    <add key="SmtpServer" value="mail.pomonaca.gov"/>
    <add key="SmtpPassword" value="Jr5!mW8zQp"/>
    <add key="PasswordMinLength" value="8"/>
    <add key="RequirePassword" value="true"/>
    <add key="PasswordResetUrl" value="https://www.pomonaca.gov/reset"/>
    <add key="ParksPhone" value="(909) 620-2241"/>
  </appSettings>
  <mailSettings><add key="RelayPassword" value="Kv8#pQ2!ws"/></mailSettings>
</configuration>
"""
EXPORT = """<?xml version="1.0"?>
<export><record>
  <field name="Customer Name" value="Gwendolyn Achterberg"/>
  <field name="SSN" value="548-23-7719"/>
</record></export>
"""


def test_settings_and_fields_that_give_their_value_in_an_attribute_are_read(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "web.config").write_text(SETTINGS)
    (tmp_path / "site" / "export.xml").write_text(EXPORT)
    proc, _ = run(["scan", tmp_path / "site", "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    assert sorted((f["url"].rsplit("/", 1)[1], f["category"], f["location"]["element"]) for f in findings) == [
        ("export.xml", "customer_name", "/export/record/Customer Name"),
        ("export.xml", "ssn", "/export/record/SSN"),
        ("web.config", "credential", "/configuration/appSettings/SmtpPassword"),
        ("web.config", "credential", "/configuration/mailSettings/RelayPassword")]
