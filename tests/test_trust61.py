"""Red team trust61: what a web server publishes that the check passed over (a folder named with a dot in `scan`),
a site that starts answering every URL with one stock page part-way, and invisible marks inside a value."""
from __future__ import annotations

import json

import pytest

from detector_helpers import pairs_found
from fault_site import body, page
from test_fault_site import documents, run
from test_trust44a import Expiring, crawl

LIST_CSV = "Name,Service Address,SSN\nPhilomena Carraway-Boyd,1187 E Grand Ave,623-58-4419\n"


# -- D2: a folder named with a dot is published too ----------------------------------------------------------------------
def test_scan_reads_folders_named_with_a_dot_and_lists_version_control_metadata(tmp_path):
    public = tmp_path / "public"
    for folder in (".old", ".well-known", ".git"):
        (public / folder).mkdir(parents=True)
    (public / "index.html").write_text("<p>Council agenda, item 4: street sweeping schedule.</p>")
    (public / ".old" / "shutoffs.csv").write_text(LIST_CSV)
    (public / ".git" / "config").write_text("[core]\n\tbare = false\n")
    proc, _ = run(["scan", public, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    docs = documents(tmp_path / "out")
    assert docs[str(public / ".old" / "shutoffs.csv")]["findings"] >= 2
    git = docs[str(public / ".git")]
    assert git["status"] == "skipped" and "version-control" in git["reason"] and not git["not_checked"]
    assert str(public / ".git" / "config") not in docs


# -- D1: one stock page for every URL, part-way ---------------------------------------------------------------------------
STOCK_PAGES = [
    ("<title>City of Los Olmos</title><h1>Scheduled Maintenance</h1><p>This site is temporarily offline while we "
     "perform scheduled maintenance. Please check back later.</p>"),
    ("<title>Attention Required</title><h1>One more step</h1><p>Please verify you are a human to continue. "
     "Reference ID 7c41e0a9-{n}</p>"),
]


def archive(document_route) -> dict:
    """A home page linking three statements and a list, each holding a customer's SSN."""
    paths = [f"/Archive/notice-{i}.pdf" for i in range(3)] + ["/Archive/shutoffs.csv"]
    routes = {"/": page("<p>Archive of notices.</p>" + " ".join(f"<a href='{p}'>{p}</a>" for p in paths))}
    routes.update({p: document_route for p in paths})
    return routes


@pytest.mark.parametrize("stock", STOCK_PAGES)
def test_a_site_answering_every_url_with_one_stock_page_part_way_is_no_green_run(tmp_path, stock):
    documents_route = body("Name,SSN\nCustomer Ellery Fitzwarren,645-20-1138\n", "text/csv")
    served = iter(range(10**6))

    def stock_page(path):
        return page(stock.format(n=next(served)))

    site = Expiring(archive(documents_route), good=1, after=stock_page)
    code, docs, _ = crawl(site.routes, tmp_path)
    assert code == 2
    for path in ("Archive/notice-0.pdf", "Archive/shutoffs.csv"):
        assert docs[path]["status"] == "failed" and docs[path]["not_checked"], docs[path]
        assert "the site stopped serving pubcheck" in docs[path]["reason"]


def test_a_viewer_page_for_every_document_is_read_while_the_site_still_serves_its_pages(tmp_path):
    viewer = page("<title>Document Viewer</title><div id=viewer>Loading the document...</div><p>Shut-off notice for "
                  "Customer Ellery Fitzwarren, SSN 645-20-1138.</p>")
    code, docs, _ = crawl(archive(viewer), tmp_path)
    assert code == 1
    for path in ("Archive/notice-0.pdf", "Archive/shutoffs.csv"):
        assert docs[path]["status"] == "scanned" and docs[path]["findings"] >= 2, docs[path]


def test_a_cms_answering_a_missing_document_with_its_home_page_is_read_as_before(tmp_path):
    routes = archive(None)
    routes = {path: routes["/"] for path in routes}  # every path: the home page, as some CMSs answer unknown ones
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 0
    assert docs["Archive/notice-1.pdf"]["status"] == "scanned"


# -- D4: invisible marks inside a value ------------------------------------------------------------------------------------
@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c", "\u2063", "\u2062", "\u034f", "\u180e"])
def test_an_invisible_mark_inside_an_ssn_does_not_hide_it(mark):
    html = f"<p>Customer Ottoline Gravesend-Price, SSN 63{mark}4-2{mark}1-77{mark}08, called about her bill.</p>"
    assert ("ssn", "634-21-7708") in pairs_found("https://x/notes.html", html, "text/html")


# -- D6: a password in a URL without a user ------------------------------------------------------------------------------
def test_a_password_in_a_url_without_a_user_is_a_credential():
    text = "<p>Session cache: redis://:Marigold-Vane-88@cache01.internal:6379/2 (failover rediss://:Tern7Quay@c2:6380)</p>"
    found = pairs_found("https://x/status.html", text, "text/html")
    assert ("credential", "Marigold-Vane-88") in found and ("credential", "Tern7Quay") in found


def test_a_url_without_credentials_is_none():
    text = "<p>Agendas at https://pomona.granicus.com/ViewPublisher.php?view_id=2 and //cdn.example.org:443/a.js</p>"
    assert not [p for p in pairs_found("https://x/links.html", text, "text/html") if p[0] == "credential"]
