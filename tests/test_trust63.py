"""Red team trust63: a nightly gate's false green when a site answers the URLs of yesterday's documents with one
page (a maintenance, sign-in or block page), credentials in a style sheet's URLs, and the extraction workers' start."""
from __future__ import annotations

import asyncio
import json
from concurrent.futures import Future
from types import SimpleNamespace

import pytest

from crawler.run import PROBE_TIMEOUT, probe_seconds, probe_trouble, worker_trouble
from crawler.worker import Outcome

from detector_helpers import pairs_found
from fault_site import FaultSite, body, page, redirect, text_pdf
from test_trust62 import crawl_nights

STATEMENT = text_pdf("Billing statement for customer Ottoline Harcastle-Wynn, SSN 633-52-8147")
ARREARS = "Customer,Service Address,SSN\nBartholomew Quennell,2210 N Towne Ave,634-19-5572\n"
MAINTENANCE = page("<title>City of Los Olmos</title><h1>Site Maintenance</h1><p>Our website is being upgraded "
                   "tonight. Please visit again in a few hours.</p>")
DOCUMENTS = {"/Archive/statement-1.pdf": body(STATEMENT, "application/pdf"),
             "/Archive/statement-2.pdf": body(STATEMENT.replace(b"8147", b"8148"), "application/pdf"),
             "/DocumentCenter/View/5521": body(ARREARS, "text/csv"),
             "/Archive/arrears.csv": body(ARREARS.replace("5572", "5573"), "text/csv")}
HOME = page("<title>City of Los Olmos</title><p>Archive</p>" + " ".join(f"<a href='{p}'>{p}</a>" for p in DOCUMENTS),
            etag='"home-1"')


def home_or_not_modified(handler):
    """The home page, a 304 to a request that names its ETag (an incremental night's)."""
    if handler.headers.get("If-None-Match") == '"home-1"':
        handler.send_response(304)
        handler.send_header("ETag", '"home-1"')
        handler.end_headers()
        return
    HOME(handler)


def nights(tmp_path, second_night, extra: dict | None = None) -> tuple[int, dict, dict]:
    """A night with the archive as published, then one where ``second_night(path)`` answers each path (or None:
    as published): the second night's exit code, documents by path and findings.json. ``extra``: more routes."""
    state = {"night": 1}
    routes = {"/": home_or_not_modified, "/maintenance": MAINTENANCE, **DOCUMENTS, **(extra or {})}

    def route(path):
        def answer(handler):
            other = second_night(path) if state["night"] == 2 else None
            (other or routes[path])(handler)
        return answer

    with FaultSite({path: route(path) for path in routes}) as site:
        ((first, _),) = crawl_nights(site.url, tmp_path)
        assert first == 1
        state["night"] = 2
        (tmp_path / "out0").rename(tmp_path / "night1")
        ((code, docs),) = crawl_nights(site.url, tmp_path)
    report = json.loads((tmp_path / "out0" / "findings.json").read_text())
    return code, {u.removeprefix(site.url): d for u, d in docs.items()}, report


def assert_not_checked(code, docs, report):
    assert code == 2
    for path in DOCUMENTS:
        doc = docs[path.lstrip("/")]
        assert doc["status"] == "failed" and doc["not_checked"], doc
        assert "instead of the document it served on the last run" in doc["reason"], doc
    assert report["resolved"] == []


# -- D1: one page for every URL the night after findings ------------------------------------------------------------
def test_a_site_wholly_in_maintenance_the_night_after_findings_resolves_nothing(tmp_path):
    assert_not_checked(*nights(tmp_path, lambda path: MAINTENANCE))


def test_documents_answered_by_one_maintenance_page_while_the_home_page_is_served_resolve_nothing(tmp_path):
    assert_not_checked(*nights(tmp_path, lambda path: MAINTENANCE if path != "/" else None))


def test_documents_answered_by_the_home_page_while_the_home_page_is_unchanged_resolve_nothing(tmp_path):
    assert_not_checked(*nights(tmp_path, lambda path: HOME if path != "/" else None))


def test_a_site_redirecting_every_url_to_one_maintenance_page_the_night_after_findings_resolves_nothing(tmp_path):
    assert_not_checked(*nights(tmp_path, lambda path: redirect("/maintenance") if path != "/maintenance" else None))


def test_documents_replaced_by_pages_of_their_own_are_read_and_resolved(tmp_path):
    offices = dict(zip(DOCUMENTS, ("Finance", "Utilities", "Clerk", "Housing")))

    def withdrawn(path):  # a page of its own (pages are told apart by their words without digits)
        return None if path == "/" else page(f"<title>Notice withdrawn</title><p>This document was withdrawn by the "
                                             f"{offices[path]} office.</p>")
    code, docs, report = nights(tmp_path, withdrawn)
    assert code == 0, docs
    assert all(docs[path.lstrip("/")]["status"] == "scanned" for path in DOCUMENTS), docs
    assert len(report["resolved"]) >= 4


ABOUT = page("<title>About the City</title><p>Council meets on Tuesdays at City Hall.</p>")
HOME_WITH_ABOUT = page("<title>City of Los Olmos</title><p>Archive</p><a href='/about'>About</a> "
                       + " ".join(f"<a href='{p}'>{p}</a>" for p in DOCUMENTS))
HOME_WITHOUT_DOCUMENTS = page("<title>City of Los Olmos</title><p>Archive</p><a href='/about'>About</a>")


def test_documents_taken_down_and_answered_by_the_home_page_of_a_site_that_is_up_are_resolved(tmp_path):
    """A CMS answering a removed document's path with its home page (200), the links to it gone, while the site
    serves its other pages: the document was taken down, as last night's report asked."""
    code, docs, report = nights(tmp_path, lambda path: HOME_WITHOUT_DOCUMENTS if path in (*DOCUMENTS, "/") else None,
                                extra={"/about": ABOUT, "/": HOME_WITH_ABOUT})
    assert code == 0, docs
    assert not any(doc.get("not_checked") for doc in docs.values()), docs
    assert len(report["resolved"]) >= 4


def test_documents_still_linked_but_answered_by_the_home_page_of_a_site_that_is_up_resolve_nothing(tmp_path):
    assert_not_checked(*nights(tmp_path, lambda path: HOME_WITH_ABOUT if path in DOCUMENTS else None,
                               extra={"/about": ABOUT, "/": HOME_WITH_ABOUT}))


# -- D2: a password in a style sheet's URL --------------------------------------------------------------------------
STYLED_PAGE = ("<html><head><style>.hero{background-image:url(http://assets:Vq8mTr4Lzx@cdn.example.net/h.jpg)}"
               "</style></head><body><div style=\"background:url('https://img:Wn3kPs7Hyb@media.example.net/b.png')\">"
               "Council meeting tonight</div></body></html>")
STYLE_SHEET = ('@import url("https://fonts:Jd5xQe9Rtc@static.example.net/f.css");\n@import "https://web:Kr2vNb6Mpz@'
               'static.example.net/g.css";\n.banner{background:url(http://cdn:Gt4wLc8Xsd@cdn.example.net/bg.png)}\n'
               '.logo{background:url("/images/logo.png")} .map{background:url(https://maps.example.net/tile.png)}\n')


def credentials(url: str, body: str, content_type: str) -> set[str]:
    return {value for category, value in pairs_found(url, body, content_type) if category == "credential"}


def test_a_password_in_a_pages_style_block_or_style_attribute_url_is_a_credential():
    assert credentials("https://www.example.gov/", STYLED_PAGE, "text/html") == {"Vq8mTr4Lzx", "Wn3kPs7Hyb"}


def test_a_password_in_a_style_sheets_url_or_import_is_a_credential():
    assert credentials("https://www.example.gov/site.css", STYLE_SHEET, "text/css") == {
        "Jd5xQe9Rtc", "Kr2vNb6Mpz", "Gt4wLc8Xsd"}


def test_a_style_sheet_of_plain_urls_and_an_email_in_a_comment_has_no_credential():
    sheet = ("/* Theme by webmaster@example.gov */\n.a{background:url(/img/a@2x.png)}\n"
             ".b{background:url(https://cdn.example.net/img/b@2x.png)}\n")
    assert not credentials("https://www.example.gov/theme.css", sheet, "text/css")


# -- D3: the extraction workers' start ------------------------------------------------------------------------------
def test_the_wait_for_the_workers_start_is_the_longer_of_the_extraction_limit_and_two_minutes():
    assert probe_seconds(SimpleNamespace(timeout=300)) == 300  # [crawl] extract_timeout = 300
    assert probe_seconds(SimpleNamespace(timeout=5)) == PROBE_TIMEOUT


@pytest.mark.parametrize("late", [TimeoutError("no answer in time"),
                                  Outcome("failed", "extraction timed out after 300 s", not_checked=True)])
def test_a_worker_too_slow_to_start_is_said_to_be_a_busy_machine_not_a_memory_limit(late):
    message = str(worker_trouble(late, 2048, 300))
    assert "in 300 s" in message and "too busy" in message and "extract_timeout" in message
    assert "extract_memory_mb" not in message


def test_a_worker_short_of_memory_still_names_the_memory_limit():
    died = Outcome("failed", "extraction worker died (exit code 1)", not_checked=True)
    assert "is [crawl] extract_memory_mb = 20 too small?" in str(worker_trouble(died, 20, 300))


def test_the_crawls_wait_for_a_worker_that_never_answers_ends_in_its_own_time():
    never = Future()
    trouble = asyncio.run(probe_trouble(never, 2048, seconds=0.5))
    assert "in 0.5 s" in str(trouble) and "too busy" in str(trouble)
