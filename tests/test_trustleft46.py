"""Leftovers of red team trust44's fixes.

1. The history matches a URL (and a target, and a path below it) by a keyed fingerprint of its raw form, not by its
   masked text: ``/View/11115678`` and ``/View/22225678`` both show as ``/View/****5678`` yet stay two documents, an
   unchanged document at a masked URL is still recognised the next night, and ``--baseline`` matches staging's
   document with production's at the same raw path (never with another that masks alike). An older database keeps
   its rows (matched by their shown form) and gains the keys.
2. A URL written inside a PDF (a link annotation's ``/URI``) publishes what its path holds, as a page's link does: the
   SSN of ``/files/Delgado_512-34-6789.pdf`` is a finding of the PDF. No output or log of an unrevealed crawl holds
   the planted values (nor of a scan, whose file paths are masked as URL paths are).
3. With ``--auth-env``, an ordinary page of a start host answered ``200`` by a sign-in form (a session that expired
   into a login page served at every URL) is decided as a redirect to a sign-in page is: the page the host served
   first is asked for again, and if it too is now a sign-in page the pages are not checked (exit 2); a public site
   whose pages carry a login box (in the header, or a short members' page that is mostly one) is read as ever.
"""
from __future__ import annotations

import json
import sqlite3

from crawler.history import store as store_module
from crawler.history.keys import HistoryKeys
from crawler.history.store import HistoryStore
from fault_site import FaultSite, body, page, redirect
from fpdf import FPDF

SSN = "512-34-6789"
CONFIG = "[crawl]\ntimeout = 3\nretries = 0\n"
ONE, TWO = "/View/11115678", "/View/22225678"  # both '/View/****5678' unrevealed


def _text(content: str, etag: str):
    return body(content, "text/plain; charset=utf-8", etag=etag)


def _crawl(run_pubcheck, tmp_path, site, name, *args):
    config = tmp_path / "pubcheck.toml"
    config.write_text(CONFIG)
    result = run_pubcheck("crawl", site.url, "--out", tmp_path / name, "--config", config,
                          "--db", tmp_path / "history.sqlite", *args)
    assert result.returncode in (0, 1), result.stderr[-3000:]
    return json.loads((tmp_path / name / "findings.json").read_text())


# --- 1. keys of raw URLs ------------------------------------------------------------------------------------------

def test_keys_tell_apart_urls_that_mask_alike():
    keys = HistoryKeys(b"k")
    assert keys.url("http://h" + ONE) != keys.url("http://h" + TWO)
    assert keys.url("http://h" + ONE) == HistoryKeys(b"k").url("http://h" + ONE) != HistoryKeys(b"j").url(
        "http://h" + ONE)
    one, two = keys.target(f"http://h/?acct={ONE[6:]}"), keys.target(f"http://h/?acct={TWO[6:]}")
    assert one == two == "http://h/?acct=****5678" and one.key != two.key  # shown alike, matched apart
    assert "11115678" not in one.key and one.normal == "http://h/?acct=11115678"


def test_two_urls_masking_alike_stay_two_documents_and_are_recognised_the_next_night(run_pubcheck, tmp_path):
    routes = {"/": page(f'<p>Permits</p><a href="{ONE}">one</a> <a href="{TWO}">two</a>'),
              ONE: _text("Permit 1 of the Lincoln Park pool, approved.", '"one"'),
              TWO: _text("Permit 2 of the Lincoln Park pool, denied.", '"two"')}
    with FaultSite(routes) as site:
        first = _crawl(run_pubcheck, tmp_path, site, "one")
        second = _crawl(run_pubcheck, tmp_path, site, "two")
    masked = site.url + "View/****5678"
    assert [d["url"] for d in first["documents"]].count(masked) == 2  # listed twice, as the report shows them
    db = sqlite3.connect(tmp_path / "history.sqlite")
    rows = db.execute("SELECT run_id, url, url_key FROM documents WHERE url = ?", (masked,)).fetchall()
    assert len(rows) == 4 and len({key for _, _, key in rows}) == 2  # two documents in each of two runs
    assert not db.execute("SELECT 1 FROM documents WHERE url LIKE '%11115678%' OR url LIKE '%22225678%'").fetchall()
    unchanged = [d for d in second["documents"] if d["url"] == masked]
    assert len(unchanged) == 2 and all(d["unchanged"] for d in unchanged), unchanged


def test_baseline_matches_by_the_raw_path_never_by_the_masked_one(run_pubcheck, tmp_path):
    production = {"/": page(f'<p>Permits</p><a href="{ONE}">one</a>'), ONE: _text(f"Applicant SSN: {SSN}", '"a"')}
    staging = {"/": page(f'<p>Permits</p><a href="{ONE}">one</a> <a href="{TWO}">two</a>'),
               ONE: _text(f"Applicant SSN: {SSN}", '"a"'), TWO: _text(f"Applicant SSN: {SSN}", '"b"')}
    with FaultSite(production) as prod, FaultSite(staging) as stage:
        _crawl(run_pubcheck, tmp_path, prod, "production")
        checked = _crawl(run_pubcheck, tmp_path, stage, "staging", "--baseline", prod.url)
    ssns = {(f["url"].rsplit("/", 2)[-2:][0], f["location"].get("line"), f["in_baseline"]) for f in checked["findings"]
            if f["category"] == "ssn"}
    in_baseline = sorted(f["in_baseline"] for f in checked["findings"] if f["category"] == "ssn"
                         and f["url"].endswith("View/****5678"))
    assert in_baseline == [False, True], ssns  # ONE is on production; TWO, which masks alike, is not


def test_an_older_database_keeps_its_runs_and_matches_them_by_their_shown_form(tmp_path):
    path = tmp_path / "v3.sqlite"
    with sqlite3.connect(path) as db:
        for step in store_module.MIGRATIONS[:3]:
            db.executescript(step)
        db.execute("INSERT INTO runs (command, started, outcome, rules, key_id) VALUES"
                   " ('crawl', '2026-10-01', 'clean', 'r', 'k')")
        db.execute("INSERT INTO run_targets VALUES (1, 'https://a.gov/')")
        db.execute("INSERT INTO documents (run_id, target, url, kind, status, checked, etag) VALUES"
                   " (1, 'https://a.gov/', 'https://a.gov/View/****5678', 'document', 'scanned', 1, '\"e\"')")
        db.execute("INSERT INTO page_links VALUES ('https://a.gov/', 'h', x'00')")
        db.execute("PRAGMA user_version = 3")
    keys = HistoryKeys(b"k")
    with HistoryStore(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION
        assert store.has_target(keys.target("https://a.gov/"))  # a --baseline recorded before the upgrade
        assert store.latest_run(keys.target("https://a.gov")) is not None
        assert store.documents(1)[0]["url_key"] is None  # kept, never matched by a key: fetched in full once
        assert store.db.execute("SELECT COUNT(*) FROM page_links").fetchone()[0] == 0


# --- 2. URLs from inside PDFs, and every place a URL is written ------------------------------------------------------

PLANTED = (SSN, SSN.replace("-", ""), "Delgado_512", "Delgado%20512", "jane.doe", "jane.doe%40", "jane%2Edoe")


def _pdf_linking(*links: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for number, link in enumerate(links):
        pdf.cell(120, 10, f"See attachment {number}", link=link)
        pdf.ln()
    return bytes(pdf.output())


def _written(tmp_path, result) -> dict[str, str]:
    written = {p.name: p.read_bytes().decode("utf-8", "replace") for p in (tmp_path / "out").iterdir()}
    written["stderr"] = result.stderr
    written["history"] = b"".join(p.read_bytes() for p in tmp_path.glob("history.sqlite*")).decode("latin-1")
    with sqlite3.connect(tmp_path / "history.sqlite") as db:  # page links are stored compressed
        import zlib
        written["page links"] = "\n".join(zlib.decompress(b).decode() for (b,) in db.execute("SELECT links FROM page_links"))
    return written


def test_no_output_or_log_holds_a_url_s_planted_values(run_pubcheck, tmp_path):
    pdf = _pdf_linking("/files/Delgado_512-34-6789.pdf", "https://other.example/files/Delgado_512-34-6789.pdf",
                       "/files/Delgado%20512-34-6789.pdf", "mailto:jane.doe@example.com", "/u/jane.doe@example.com")
    routes = {"/": page("<p>Library</p><a href='/packet.pdf'>Packet</a> <a href='/u/jane.doe@example.com'>Jane</a>"
                        " <a href='/r'>moved</a> <a href='https://other.example/u/jane.doe@example.com'>x</a>"),
              "/packet.pdf": body(pdf, "application/pdf"), "/r": redirect("/u/jane.doe%40example.com/files")}
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    with FaultSite(routes) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml",
                              "--db", tmp_path / "history.sqlite", "-v")
    assert result.returncode == 1, result.stderr[-3000:]
    written = _written(tmp_path, result)
    assert {name: [v for v in PLANTED if v in text] for name, text in written.items()
            if any(v in text for v in PLANTED)} == {}
    data = json.loads(written["findings.json"])
    assert ("ssn", "link annotation") in {(f["category"], f["location"].get("element")) for f in data["findings"]
                                          if f["url"] == site.url + "packet.pdf"}  # the PDF publishes the SSN
    urls = {d["url"] for d in data["documents"]}
    assert {site.url + "files/Delgado_***-**-6789.pdf", site.url + "u/j*******@e******.com"} <= urls
    assert "Delgado_***-**-6789.pdf" in written["report.html"] and "Delgado_***-**-6789.pdf" in written["junit.xml"]


def test_a_pdf_s_ordinary_links_raise_nothing(run_pubcheck, tmp_path):
    pdf = _pdf_linking("/agendas/2024-01-15/attachment-a.pdf", "/DocumentCenter/View/123456/Budget")
    with FaultSite({"/": page("<p>Agendas</p><a href='/packet.pdf'>Packet</a>"),
                    "/packet.pdf": body(pdf, "application/pdf")}) as site:
        data = _crawl(run_pubcheck, tmp_path, site, "out")
    assert data["findings"] == []


def test_a_scanned_file_s_path_is_masked_as_a_url_s(run_pubcheck, tmp_path):
    folder = tmp_path / "site" / "jane.doe@example.com"
    folder.mkdir(parents=True)
    (folder / "Delgado_512-34-6789.txt").write_text("Pool hours for June: 9 to 5.")
    (tmp_path / "site" / "2024-01-15-minutes.txt").write_text("Minutes of the parks commission.")
    result = run_pubcheck("scan", tmp_path / "site", "--out", tmp_path / "out", "--db", tmp_path / "history.sqlite")
    # a valid SSN in a published file's name is a finding (exit 1); a mailbox domain "example.com" in the folder's
    # name makes it no example
    assert result.returncode == 1, result.stderr[-3000:]
    written = _written(tmp_path, result)
    assert {name: [v for v in PLANTED if v in text] for name, text in written.items()
            if any(v in text for v in PLANTED)} == {}
    assert {f["category"] for f in json.loads(written["findings.json"])["findings"]} >= {"ssn"}
    urls = {d["url"] for d in json.loads(written["findings.json"])["documents"]}
    assert urls == {f"{tmp_path}/site/j*******@e******.com/Delgado_***-**-6789.txt",
                    f"{tmp_path}/site/2024-01-15-minutes.txt"}


# --- 3. a sign-in form answered at an ordinary page's URL while credentials were given --------------------------------

SIGN_IN = page("<header><a href='/'>City of Pomona</a></header><main><h1>Sign in</h1><form method=post>"
               "<input name=user><input type=password name=password><button>Sign in</button></form></main>")
AUTH = {"STAGING_AUTH": "stager:Zq9-Secr3t-Pw!x"}


def test_a_session_that_expires_into_sign_in_pages_is_incomplete(tmp_path):
    from test_trust44a import Expiring, crawl, staging, with_basic_auth
    site = Expiring(staging(), good=2, after=lambda path: SIGN_IN)
    code, docs, info = crawl({p: with_basic_auth(r) for p, r in site.routes.items()}, tmp_path,
                             "--auth-env", "STAGING_AUTH", env=AUTH)
    assert code == 2
    walled = [d for url, d in docs.items() if url.startswith("p") and url.endswith(".html")]
    assert walled and all(d["status"] == "failed" and d["not_checked"] and "stopped letting pubcheck in" in d["reason"]
                          for d in walled if d["status"] != "scanned")
    assert any(d["status"] == "failed" for d in walled) and info["not_checked"] >= 1


def test_a_public_site_with_login_boxes_is_read_as_ever_with_credentials(tmp_path):
    from test_trust44a import crawl, with_basic_auth
    box = "<form action='/login' method=post><input name=u><input type=password name=p><button>Go</button></form>"
    routes = {"/": page(f"<header>{box}</header><p>Welcome to the City.</p><a href='/parks.html'>Parks</a>"
                        " <a href='/members.html'>Members</a>"),
              "/parks.html": page(f"<header>{box}</header><p>Lakeview Park pavilion rentals open in May.</p>"),
              "/members.html": page(f"<p>Pool members meet on Tuesdays.</p>{box}")}  # mostly a login form
    code, docs, _ = crawl({p: with_basic_auth(r) for p, r in routes.items()}, tmp_path, "--auth-env", "STAGING_AUTH",
                          env=AUTH)
    assert code == 0
    assert {url: d["status"] for url, d in docs.items()} == {"": "scanned", "parks.html": "scanned",
                                                              "members.html": "scanned"}


def test_a_login_box_in_a_short_page_s_header_is_no_sign_in_page():
    from lxml import html as lxml_html

    from crawler.spiders.sign_in import is_sign_in_page
    box = "<form><input name=u><input type=password name=p></form>"
    for chrome in (f"<header>{box}</header>", f"<nav>{box}</nav>", f"<aside>{box}</aside>",
                   f"<div role=banner>{box}</div>"):
        assert not is_sign_in_page(lxml_html.fromstring(f"<html><body>{chrome}<p>Welcome.</p></body></html>"))
    assert is_sign_in_page(lxml_html.fromstring(f"<html><body><header>Pomona</header><main>{box}</main></body></html>"))


def test_a_place_is_masked_as_a_url_s_path_whatever_its_form():
    from reports.redact import Redactor, ShownText
    shown = ShownText(Redactor([]))
    assert shown.place(f"docs/Delgado_{SSN}.txt") == "docs/Delgado_***-**-6789.txt"  # a scan's path as given
    assert shown.place(f"C:\\docs\\Delgado_{SSN}.pdf") == "C:\\docs\\Delgado_***-**-6789.pdf"
    assert shown.place("docs/minutes 2024-01-15.pdf") == "docs/minutes 2024-01-15.pdf"
    assert ShownText(None).place(f"docs/Delgado_{SSN}.txt") == f"docs/Delgado_{SSN}.txt"
