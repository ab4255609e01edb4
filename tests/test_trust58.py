"""Red team trust58: a firewall that blocks the crawler part-way with 200 pages, values reordered by a bidi override or
written with look-alike hyphens, a download's Content-Disposition file name."""
from __future__ import annotations

import json

import pytest

from fault_site import body, page, text_pdf

# block pages as web application firewalls serve them, with a 200: F5's (a title and no heading), an Akamai-style one
F5_BLOCK = ("<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult "
            "with your administrator.<br><br>Your support ID is: 90417725531208866<br><br>"
            "<a href='javascript:history.back();'>[Go Back]</a></body></html>")
DENIED_BLOCK = ("<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1>You don't have permission "
                "to access this page on this server.<p>Reference #18.9c41d217.1765000000.3f0a</p></body></html>")


def billing_site() -> dict:
    routes = {"/": page(" ".join(f"<a href='/accounts/{i}.html'>account {i}</a> <a href='/bills/{i}.pdf'>bill {i}</a>"
                                 for i in range(4)))}
    for i in range(4):
        routes[f"/accounts/{i}.html"] = page(f"<p>Customer name: Thaddeus Wrenfield</p><p>Account number: "
                                             f"30271{i}94418</p>")
        routes[f"/bills/{i}.pdf"] = body(text_pdf(f"Customer: Marisol Quevedo-Hart SSN 618-40-327{i}"),
                                         "application/pdf")
    return routes


@pytest.mark.parametrize("block", [F5_BLOCK, DENIED_BLOCK], ids=["f5", "access-denied"])
def test_a_firewall_that_starts_answering_200_block_pages_makes_the_run_incomplete(tmp_path, block):
    from test_trust44a import Expiring, crawl
    site = Expiring(billing_site(), good=1, after=lambda path: body(block, "text/html"))
    code, docs, info = crawl(site.routes, tmp_path)
    assert code == 2
    assert docs[""]["status"] == "scanned"
    blocked = {url: d for url, d in docs.items() if url.startswith(("accounts/", "bills/"))}
    assert len(blocked) == 8
    assert all(d["status"] == "failed" and d["not_checked"] for d in blocked.values()), blocked
    assert all("stopped serving pubcheck" in d["reason"] for url, d in blocked.items() if url.endswith(".html"))
    assert info["not_checked"] == 8


def test_a_page_titled_as_an_error_on_a_site_that_still_serves_pubcheck_is_read(tmp_path):
    from test_trust44a import crawl
    routes = {"/": page("<a href='/news/variance.html'>news</a> <a href='/help/denied.html'>help</a>"),
              "/news/variance.html": "<html><head><title>Request Rejected</title></head><body><h1>Request "
                                     "Rejected</h1><p>The Planning Commission turned down the variance for 1200 "
                                     "Mission Blvd on a 4-1 vote.</p></body></html>",
              "/help/denied.html": page("<h1>Access Denied?</h1><p>Customer name: Philippa Dunmore-Achebe</p>"
                                        "<p>Account number: 4409182736</p>")}
    routes = {path: body(r, "text/html") if isinstance(r, str) else r for path, r in routes.items()}
    code, docs, info = crawl(routes, tmp_path)
    assert code == 1  # the help page's customer record is found: both pages were read
    assert {url: d["status"] for url, d in docs.items()} == {"": "scanned", "news/variance.html": "scanned",
                                                              "help/denied.html": "scanned"}
    assert docs["help/denied.html"]["findings"] >= 1 and info["not_checked"] == 0


# -- D2: a right-to-left override that shows an SSN reversed in the text ------------------------------------------------
def test_an_ssn_written_under_a_right_to_left_override_is_read_as_shown():
    from detector_helpers import pairs_found
    shown_as_618_40_3271 = "\u202e1723-04-816\u202c"
    found = pairs_found("https://www.pomonaca.gov/a.html",
                        f"<p>Customer: Ottoline Vasquez-Reyes, social security number {shown_as_618_40_3271}</p>")
    assert ("ssn", "618-40-3271") in found
    assert ("ssn", "618-40-3271") in pairs_found("https://www.pomonaca.gov/a.html",
                                                 "<p>Customer SSN: 618\u2066-40-\u20693271</p>")


def test_reading_order_drops_bidi_controls_and_leaves_other_text_alone():
    from crawler.extract import in_reading_order
    assert in_reading_order("Apt \u202e(B4)\u202c, Pomona") == "Apt (4B), Pomona"
    assert in_reading_order("\u202bשלום\u202c 909") == "שלום 909"
    assert in_reading_order("Fund 101: 4,500") == "Fund 101: 4,500"


# -- D3: hyphens drawn as other signs ------------------------------------------------------------------------------------
@pytest.mark.parametrize("dash", ["\u2212", "\uff0d", "\ufe63"], ids=["minus", "full-width", "small"])
def test_an_ssn_whose_hyphens_are_look_alike_signs_is_found(dash):
    from detector_helpers import pairs_found
    found = pairs_found("https://www.pomonaca.gov/a.html", f"<p>Customer SSN: 618{dash}40{dash}3272</p>")
    assert ("ssn", "618-40-3272") in found


def test_a_budget_line_with_minus_signs_is_no_finding():
    from detector_helpers import pairs_found
    assert pairs_found("https://www.pomonaca.gov/budget.html",
                       "<table><tr><th>Fund</th><th>Change</th></tr><tr><td>101-4410</td><td>\u2212125,300</td></tr>"
                       "<tr><td>Permit 2024\u2212118\u22120937</td><td>\u221212.5%</td></tr></table>") == set()


# -- D5: a download's Content-Disposition file name -----------------------------------------------------------------------
def test_a_downloads_file_name_is_read_for_values_and_masked(tmp_path):
    from test_trust44a import crawl
    saved = 'attachment; filename="Shutoff notice SSN 618-40-3273 Ottoline Vasquez.pdf"'
    routes = {"/": page("<a href='/download?id=7'>notice</a> <a href='/download2?id=8'>agenda</a>"),
              "/download": body(text_pdf("Notice of service"), "application/pdf",
                                headers={"Content-Disposition": saved}),
              "/download2": body(text_pdf("Agenda"), "application/pdf",
                                 headers={"Content-Disposition": 'attachment; filename="Agenda 2024-11-05 item 12.pdf"'})}
    code, docs, _ = crawl(routes, tmp_path)
    assert code == 1
    assert docs["download?id=7"]["findings"] == 2 and docs["download2?id=8"]["findings"] == 0
    findings = json.loads((tmp_path / "out" / "findings.json").read_text())["findings"]
    # the SSN and, since trust59, the name of the person it belongs to
    assert sorted((f["category"], f["masked"], f["location"]["element"]) for f in findings) == [
        ("customer_name", "O******* V******", "download's file name"), ("ssn", "***-**-3273", "download's file name")]
    for name in ("report.html", "findings.json", "junit.xml", "findings.sarif"):
        text = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert "618-40-3273" not in text and "Ottoline" not in text
