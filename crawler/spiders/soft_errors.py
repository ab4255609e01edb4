"""Soft errors: a ``200`` whose page is an HTTP error page ("503 Service Temporarily Unavailable", "Page Not Found")
in place of the document a link asked for.

A ``.pdf`` link that answers ``200 text/html`` with a maintenance page has not shown pubcheck the PDF: scanned as the
page it is, the run would pass green on a document never read. Only a response at a URL asked for as a document
(``.pdf``, ``.docx``, ``.xlsx`` ...) or as a start URL is looked at, and only its ``<title>`` and first headings,
which must name an HTTP error (its phrase, with or without its status code): an HTML viewer page a CMS serves for
a ``.pdf`` URL is read as the page it is (crawler.extract warns that the URL named a document). The error page
counts as the status it names would: a "not found" or "gone" page is a broken link, as a 404 is; a sign-in wall's
"unauthorized" is password-protected, as a 401 is; any other error (unavailable, server error, forbidden, too many
requests, a gateway's timeout, a firewall's block page) is a document not checked, as a 5xx or a 403 is.

An ordinary page answered so is read as the page it is (a news page may be titled "Access Denied"), unless its host
no longer serves pubcheck the page it read first (``SiteSpider.held_at_wall``): a firewall or rate limit that starts
answering the crawler with a 200 block page part-way would otherwise pass every later page green.
"""
from __future__ import annotations

import re

from lxml import etree

from ..failures import http_reason

# the page's title and first headings: where an error page names its error
_HEADINGS = etree.XPath("(//title)[1] | (//h1)[1] | (//h2)[1]")
_MAX_HEADING = 160  # a heading longer than this is a page's prose, not an error page's name

# the error's words, by the status they stand for
_NOT_FOUND = re.compile(r"\bnot\s+found\b|\bno\s+longer\s+(?:available|exists)\b|\bdoes\s+not\s+exist\b",
                        re.IGNORECASE)
_UNAUTHORIZED = re.compile(r"\bunauthori[sz]ed\b", re.IGNORECASE)
_OTHER_ERROR = re.compile(
    r"\b(?:temporarily\s+)?unavailable\b|\binternal\s+server\s+error\b|\bserver\s+error\b|\bbad\s+gateway\b"
    r"|\bgateway\s+time-?\s?out\b|\brequest\s+time-?\s?out\b|\bbad\s+request\b|\bforbidden\b|\baccess\s+denied\b"
    r"|\btoo\s+many\s+requests\b|\b(?:down|closed)\s+for\s+maintenance\b|\bunder\s+maintenance\b"
    r"|\bruntime\s+error\b|\bapplication\s+error\b|\bnot\s+implemented\b"
    # a web application firewall's block page, which some answer with a 200 (F5's "Request Rejected", Imperva's
    # "Request unsuccessful")
    r"|\brequest\s+rejected\b|\brequest\s+unsuccessful\b",
    re.IGNORECASE)
# a status code written as one: after "HTTP", "error" or "status" anywhere ("Error 500", "HTTP/1.1 504"), or opening
# the heading ("503 Service Unavailable", where it counts only beside the error's words or alone: "401(k) Plan" is none)
_NAMED_CODE = re.compile(r"\b(?:HTTP(?:/\d(?:\.\d)?)?|error|status)\s*:?\s*([45]\d\d)\b", re.IGNORECASE)
_LEADING_CODE = re.compile(r"^\s*([45]\d\d)(?=\s|$|[-:.,|])")
_CODE_ALONE = re.compile(r"\s*[45]\d\d\s*\.?\s*")
# an error page is short: past this much text (outside scripts and styles) a "not found" heading is a page's own
_ERROR_PAGE_CHARS = 3000
BODY_TEXTS = etree.XPath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")


def error_page(root) -> tuple[str, int] | None:
    """(the heading that names the error, the HTTP status it stands for) when the page is an error page, or None.
    The status is the one the heading gives; else 404 for a "not found" page, 401 for an "unauthorized" one and
    503 for any other error. A page that would count as a broken link or a protected file (no gap) must also be
    short: a long page with such a heading is read."""
    for element in _HEADINGS(root):
        text = " ".join("".join(element.itertext()).split())
        if not text or len(text) > _MAX_HEADING:
            continue
        named, leading = _NAMED_CODE.search(text), _LEADING_CODE.match(text)
        worded = _NOT_FOUND.search(text) or _UNAUTHORIZED.search(text) or _OTHER_ERROR.search(text)
        code = int(named.group(1)) if named else int(leading.group(1)) if leading and (
            worded or _CODE_ALONE.fullmatch(text)) else None
        if code is None and not worded:
            continue
        status = code or (404 if _NOT_FOUND.search(text) else 401 if _UNAUTHORIZED.search(text) else 503)
        if status in (401, 404, 410) and _text_length(root) > _ERROR_PAGE_CHARS:
            return None
        return text, status
    return None


def _text_length(root) -> int:
    total = 0
    for text in BODY_TEXTS(root):
        total += len(text.strip())
        if total > _ERROR_PAGE_CHARS:
            break
    return total


def soft_error_reason(status: int) -> tuple[str, bool]:
    """The reason a document answered by an error page is listed with, and whether it is a gap (not checked)."""
    # the status's standard words, never the page's own (a server's page may echo what the request carried)
    said = f"answered with an error page (HTTP 200 with a \"{http_reason(status)}\" page)"
    if status in (404, 410):
        return f"{said}: a broken link (soft {status}); the page it shows is read as a page", False
    if status == 401:
        return f"password-protected ({said}): not checked; give credentials with --auth-env", False
    return f"{said} instead of the document: not checked", True


def blocked_reason(status: int) -> str:
    """The reason an ordinary page answered by an error page standing for a gap is listed with once its host is
    found to serve pubcheck no more (``SiteSpider.held_at_wall``)."""
    return (f"answered with an error page (HTTP 200 with a \"{http_reason(status)}\" page) instead of the page: not "
            "checked; the site stopped serving pubcheck part-way through the crawl (a page it had read now gets an "
            "error page too): a firewall or rate limit that blocks the crawler")
