"""Red team trust59: error pages the public reads, names beside an SSN in a URL or file name, findings called resolved
that nothing checked again, text served under a type pubcheck did not list, control characters in the summary."""
from __future__ import annotations

import json

import pytest

from fault_site import body, page

# a City's own "not found" page: its departments' phones and address are public, no finding
CITY_NOT_FOUND = ("<html><head><title>Page Not Found | City of Pomona</title></head><body><h1>Page Not Found</h1>"
                  "<p>The page you asked for has moved. Call City Hall, 505 S. Garey Avenue, at (909) 620-2051, or the "
                  "Water Resources Department at (909) 620-2241.</p></body></html>")


# -- D1: the page an error answer shows is published at that URL ------------------------------------------------------
def test_a_document_link_answered_by_a_not_found_page_that_names_a_customer_is_no_green_run(tmp_path):
    from test_trust44a import crawl
    removed = ("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The statement of Leopold "
               "Ashcombe-Wray, SSN 623-58-1047, was removed on request.</p></body></html>")
    code, docs, info = crawl({"/": page("<a href='/statements/2024-11.pdf'>statement</a>"),
                              "/statements/2024-11.pdf": body(removed)}, tmp_path)
    assert code == 1
    listed = docs["statements/2024-11.pdf"]
    assert listed["status"] == "failed" and "soft 404" in listed["reason"] and listed["findings"] >= 2
    assert info["not_checked"] == 0  # still a broken link, no gap


def test_a_server_errors_debug_page_with_a_connection_string_and_a_customer_row_is_read(tmp_path):
    from test_trust44a import crawl
    debug = ("<html><head><title>Server Error in '/' Application.</title></head><body><h1>Server Error in '/' "
             "Application.</h1><pre>Line 12: var cs = \"Server=sqlprod02;Database=Billing;User Id=web_cis;"
             "Password=Quartz!Heron58;\";\nLine 13: Customer: Rosamund Tebbutt-Okafor, account number 5521-0093-4418"
             "</pre></body></html>")
    code, docs, info = crawl({"/": page("<a href='/billing/lookup.aspx'>lookup</a>"),
                              "/billing/lookup.aspx": body(debug, status=500)}, tmp_path)
    assert code == 2  # a 500 is still a page not checked as the site meant it
    listed = docs["billing/lookup.aspx"]
    assert listed["status"] == "failed" and listed["not_checked"] and listed["findings"] >= 2


def test_a_citys_not_found_page_served_for_many_broken_links_is_no_finding(tmp_path):
    from test_trust44a import crawl
    routes = {"/": page(" ".join(f"<a href='/old/agenda-{i}.pdf'>agenda {i}</a> <a href='/old/page-{i}.html'>p</a>"
                                 for i in range(4)))}
    routes.update({f"/old/agenda-{i}.pdf": body(CITY_NOT_FOUND) for i in range(4)})
    routes.update({f"/old/page-{i}.html": body(CITY_NOT_FOUND, status=404) for i in range(4)})
    code, docs, info = crawl(routes, tmp_path)
    assert code == 0, docs
    assert all(d["status"] == "failed" and not d["findings"] for url, d in docs.items() if url), docs
