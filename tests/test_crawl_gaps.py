"""What a crawl must not count as checked, on a real site on 127.0.0.1: part of a document (a 206 to a plain
GET), and what the run must report rather than pass over."""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from lxml import html
from scrapy import Request
from scrapy.http import Response

from crawler.failures import IncompleteBody
from crawler.middlewares import PartialContentCheck
from crawler.spiders.sign_in import is_sign_in_page, is_sign_in_url
from fault_site import FaultSite, body, page, redirect
from test_fault_site import run

CUSTOMERS = (b"Service list\nCustomer: Odalys Brennan-Whitcombe, 8817 Tamarisk Row, Lindenvale\n"
             b"SSN 618-27-4403 Account 7731590264\n")


def partial(data: bytes, cut: int, content_type: str = "text/plain") -> callable:
    """A server that answers a plain GET with the first ``cut`` bytes as a 206 (a misconfigured cache)."""
    return body(data[:cut], content_type, status=206,
                headers={"Content-Range": f"bytes 0-{cut - 1}/{len(data)}"})


def stories(handler) -> None:
    """``view.php?sid=N``: a CMS whose story id is called ``sid``; story 2 is a customer notice."""
    story = parse_qs(urlsplit(handler.path).query).get("sid", ["none"])[0]
    text = "<p>Library hours extended.</p>" if story == "1" else \
        "<p>Customer: Odalys Brennan-Whitcombe</p><p>SSN 618-27-4403</p>" if story == "2" else "<p>No story.</p>"
    page(f"<h1>Story {story}</h1>{text}")(handler)


SIGN_IN = page('<header><a href="/">Lindenvale staff portal</a></header><main><h1>Sign in</h1>'
               '<form method="post"><label>User name <input name="u"></label>'
               '<label>Password <input type="Password" name="p"></label><button>Sign in</button></form>'
               '<p>Forgot your password? Call the help desk.</p></main>')
NEWS = "".join(f"<p>Council news item {i}: the street sweeping schedule, library hours and park permits for the "
               f"season are posted on the notices page.</p>" for i in range(8))


def site_routes(url: str) -> dict:
    home = page('<header><form action="/login" method="post"><input name="u"><input type="password" name="p">'
                '<button>Sign in</button></form></header>'  # a site header's sign-in box: no wall
                '<h1>City of Lindenvale</h1><a href="/files/service-list.txt">Service list</a>'
                '<a href="/files/whole.txt">Whole range</a>'
                '<a href="/view.php?sid=1">Library</a> <a href="/view.php?sid=2">Notice</a>'
                '<a href="/files/customer-export.csv">Export</a> <a href="/docs/ratepayer-list.pdf">Ratepayers</a>'
                '<a href="/my-account">My account</a> <a href="/go/preview">Preview</a>'
                '<a href="/portal/pay.aspx?user=ops&amp;password=Heron%237719">Billing portal</a>'
                '<svg width="200" height="40"><a xlink:href="/files/outage-list.txt"><text y="20">Outages</text></a>'
                '<a href="/files/crews.txt"><text y="30">Crews</text></a></svg>'
                '<a href="/files/big-header.txt">Big header</a>' + NEWS)
    host = url.split("//")[1].rstrip("/")
    cut_home = (b"<!DOCTYPE html><html><body><h1>Staging</h1><p>Intro</p>"
                b"<a href='/files/customers.txt'>Customers</a></body></html>")
    return {
        "/": home,
        "/files/service-list.txt": partial(CUSTOMERS, 30),
        "/files/whole.txt": partial(b"Public notice: street sweeping Tuesday.\n", 41),
        "/staging/": partial(cut_home, 40, "text/html"),
        "/view.php": stories,
        "/files/customer-export.csv": redirect("/login?next=%2Ffiles%2Fcustomer-export.csv"),
        "/login": SIGN_IN,
        "/docs/ratepayer-list.pdf": SIGN_IN,
        "/portal/": redirect("/account/login?ReturnUrl=%2Fportal%2F"),
        "/account/login": SIGN_IN,
        "/my-account": redirect("/login"),  # a page's sign-in link: followed, the sign-in page scanned
        "/go/preview": redirect(f"http://editor:Qu4rtz!58@{host}/preview/index.html"),
        "/preview/index.html": page("<p>Preview of the new site.</p>"),
        "/sitemap.xml": body(f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://stage:Lant3rn.905@{host}/preview/notice.html</loc></url><url><loc>{url}view.php?sid=1</loc></url>
</urlset>""", "application/xml"),
        "/preview/notice.html": page("<p>Notice preview.</p>"),
        "/files/outage-list.txt": body(CUSTOMERS, "text/plain"),
        "/files/big-header.txt": body(CUSTOMERS, "text/plain", headers={"X-Trace": "t" * 200_000}),
        "/files/crews.txt": body(b"Crew 4: Tuesday, Crew 7: Thursday\n", "text/plain"),
    }


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gaps")
    (tmp / "c.toml").write_text("[crawl]\ntimeout = 3\nretries = 1\nworkers = 1\n")
    site = FaultSite({})
    site.routes.update(site_routes(site.url))
    with site:
        proc, _ = run(["crawl", site.url, site.url + "staging/", site.url + "portal/", "--out", tmp / "out", "--config", tmp / "c.toml"],
                      tmp)
        served = list(site.served)
    data = json.loads((tmp / "out" / "findings.json").read_text())
    return {"proc": proc, "site": site.url, "data": data, "docs": {d["url"]: d for d in data["documents"]},
            "served": served, "out": tmp / "out"}


def test_a_206_to_a_plain_get_is_a_document_not_checked(crawl):
    site, docs = crawl["site"], crawl["docs"]
    assert crawl["proc"].returncode == 2, crawl["proc"].stderr
    cut = docs[site + "files/service-list.txt"]
    assert (cut["status"], cut["reason"]) == (
        "failed", f"the server sent part of it (HTTP 206, bytes 0-29 of {len(CUSTOMERS)}): not checked")
    assert cut["not_checked"]
    assert docs[site + "files/whole.txt"]["status"] == "scanned"  # a 206 of every byte is the whole document


def test_a_206_start_url_is_a_run_error(crawl):
    site = crawl["site"]
    assert f"start URL {site}staging/ was not checked: the server sent part of it (HTTP 206, bytes 0-39 of " \
        in "\n".join(crawl["data"]["run"]["errors"])


@pytest.mark.parametrize("content_range, sent_range, partial_", [
    (b"bytes 0-59/205", None, True),
    (b"bytes 60-204/205", None, True),
    (b"bytes 0-59/*", None, True),
    (None, None, True),
    (b"bytes 0-204/205", None, False),
    (b"bytes 0-59/205", b"bytes=0-59", False),  # asked for: pubcheck never asks, but it would be no surprise
])
def test_partial_content_check(content_range, sent_range, partial_):
    headers = {"Content-Range": content_range} if content_range else {}
    response = Response("https://www.example.gov/a.txt", status=206, headers=headers, body=b"x")
    request = Request(response.url, headers={"Range": sent_range} if sent_range else {})
    if partial_:
        with pytest.raises(IncompleteBody):
            PartialContentCheck().process_response(request, response)
    else:
        assert PartialContentCheck().process_response(request, response) is response


def test_a_short_session_named_parameter_is_a_document_id_fetched_as_written(crawl):
    site, docs = crawl["site"], crawl["docs"]
    assert docs[site + "view.php?sid=2"]["status"] == "scanned" and docs[site + "view.php?sid=2"]["findings"]
    assert docs[site + "view.php?sid=1"]["status"] == "scanned"
    assert site + "view.php" not in docs  # never listed as checked: it was never linked


PROTECTED = "password-protected ({}): not checked; give credentials with --auth-env"


def test_a_document_answered_by_a_sign_in_page_is_password_protected_not_scanned(crawl):
    site, docs = crawl["site"], crawl["docs"]
    export, listing = docs[site + "files/customer-export.csv"], docs[site + "docs/ratepayer-list.pdf"]
    assert (export["status"], export["reason"], export["not_checked"]) == (
        "failed", PROTECTED.format("redirected to a sign-in page"), None)
    assert (listing["status"], listing["reason"], listing["not_checked"]) == (
        "failed", PROTECTED.format("answered with a sign-in page"), None)
    assert docs[site]["status"] == "scanned"  # the home page's sign-in box is no wall
    # a page's sign-in link that redirects to a sign-in path is listed as password-protected, the sign-in page not
    # scanned in its place (red team trust44 D2); no gap while the site's other pages still read
    assert (docs[site + "my-account"]["status"], docs[site + "my-account"]["not_checked"]) == ("failed", None)
    assert docs[site + "my-account"]["reason"] == PROTECTED.format("redirected to a sign-in page")


def test_a_start_url_answered_by_a_sign_in_page_is_a_run_error(crawl):
    site = crawl["site"]
    assert f"start URL {site}portal/ was not checked: {PROTECTED.format('redirected to a sign-in page')}" \
        in crawl["data"]["run"]["errors"]
    assert "/account/login" not in crawl["served"]


@pytest.mark.parametrize("url, wall", [
    ("https://www.example.gov/login?next=%2Fexport.csv", True),
    ("https://www.example.gov/Account/Login?ReturnUrl=%2F", True),
    ("https://www.example.gov/users/sign_in", True),
    ("https://www.example.gov/wp-login.php?redirect_to=x", True),
    ("https://sso.example.gov/adfs/ls/?wa=wsignin1.0", True),
    ("https://www.example.gov/sso/start", True),
    ("https://www.example.gov/files/export.csv", False),
    ("https://www.example.gov/login-help.html", False),
    ("https://www.example.gov/transit-authority/budget.pdf", False),
    ("https://www.example.gov/documents/?next=2", False),
    ("https://www.example.gov/cas/2024/case-summary.pdf", False),
    ("https://login.example.gov/files/budget.pdf", False),  # a host's name is no sign-in page
    ("https://cas.example.gov/cas/login?service=x", True),
])
def test_a_sign_in_url_is_known_by_its_path(url, wall):
    assert is_sign_in_url(url) is wall


def test_a_sign_in_page_is_a_password_form_and_little_else():
    sign_in = html.fromstring("<html><body><nav>" + "<a href='/x'>Departments</a>" * 60 + "</nav>"
                              "<h1>Utility billing</h1><form><input name=u><input type=password name=p></form>"
                              "<p>Need help? Call 555-0100.</p></body></html>")
    assert is_sign_in_page(sign_in)
    header_box = html.fromstring(f"<html><body><header><form><input type=password></form></header>{NEWS}</body></html>")
    assert not is_sign_in_page(header_box)
    assert not is_sign_in_page(html.fromstring("<html><body><form><input name=q></form></body></html>"))
    change_password = html.fromstring(f"<html><body>{NEWS}<form><input type=password></form></body></html>")
    assert not is_sign_in_page(change_password)


def test_user_info_in_a_redirect_or_a_sitemap_is_a_credential_finding_never_shown(crawl):
    site = crawl["site"]
    credentials = {(f["url"], f["location"].get("hidden") or f["location"].get("element"), f["masked"])
                   for f in crawl["data"]["findings"] if f["category"] == "credential"}
    assert {(site + "preview/index.html", "redirect Location", "********"),  # filed where /go/preview is listed
            (site + "sitemap.xml", "/urlset/url[1]/loc", "********")} <= credentials  # its text, read as a file's
    assert len([f for f in crawl["data"]["findings"] if f["url"] == site + "sitemap.xml"]) == 1  # found once
    assert site + "go/preview" in crawl["docs"][site + "preview/index.html"]["redirected_from"]
    assert crawl["docs"][site + "preview/notice.html"]["status"] == "scanned"  # followed without the user-info


def test_a_password_in_a_links_query_is_found_and_written_nowhere(crawl):
    site = crawl["site"]
    assert any(f["category"] == "credential" and f["url"] == site for f in crawl["data"]["findings"])
    for path in crawl["out"].iterdir():
        text = path.read_text(errors="replace") if path.is_file() else ""
        for secret in ("Heron", "Qu4rtz", "Lant3rn"):
            assert secret not in text, (secret, path.name)


def test_a_link_in_inline_svg_is_followed(crawl):
    site, docs = crawl["site"], crawl["docs"]
    assert docs[site + "files/outage-list.txt"]["status"] == "scanned" and docs[site + "files/outage-list.txt"]["findings"]
    assert docs[site + "files/crews.txt"]["status"] == "scanned"


def test_a_header_line_the_client_refuses_is_not_blamed_on_the_server_alone(crawl):
    doc = crawl["docs"][crawl["site"] + "files/big-header.txt"]
    assert doc["status"] == "failed" and doc["not_checked"]
    assert doc["reason"].startswith("the connection closed part-way through the answer's headers: the server cut it, "
                                    "or a header line was longer than pubcheck's HTTP client accepts (16 KB)")
