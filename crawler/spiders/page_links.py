"""Where a page's links lead from, and the links a page makes outside its link attributes.

- ``<base href>``: a browser resolves every relative link of the page (anchors, frames, embeds, scripts, style
  sheets, a meta refresh, the URLs its scripts load) against the page's base, not against the page's own URL.
  A CMS template or an old frameset writes ``<base href='/library/'>`` and relative links after it; resolved
  against the page they lead to 404s, and the documents they name are never fetched.
- CSS ``url()``: a style sheet (an inline ``<style>``, a ``style`` attribute) may name a document
  (``background: url('/files/notice.pdf')``, a print style's download). Only URLs of documents are taken:
  images and fonts are no published records, and the crawl refuses them anyway.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..scope import DOCUMENT_EXTENSIONS, extension

BASE_HREFS = etree.XPath("//base/@href", smart_strings=False)
STYLE_TEXTS = etree.XPath("//style/text() | //@style", smart_strings=False)
_CSS_URL = re.compile(r"""url\(\s*(["']?)([^"'()\s]+)\1\s*\)""", re.IGNORECASE)


def page_base(root, page_url: str) -> str:
    """The URL the page's relative links are resolved against: its first ``<base href>`` (itself resolved
    against the page), when that is an http(s) URL; else the page's own URL."""
    for href in BASE_HREFS(root):
        href = href.strip()
        if not href:
            continue
        try:
            base = urljoin(page_url, href)
        except ValueError:
            return page_url
        return base if urlsplit(base).scheme in ("http", "https") else page_url
    return page_url


def style_urls(root) -> list[str]:
    """The document URLs (as written) that the page's inline style sheets and style attributes name in a
    ``url()``, in page order, each once."""
    found: dict[str, None] = {}
    for text in STYLE_TEXTS(root):
        for url in css_document_urls(text):
            found[url] = None
    return list(found)


def css_document_urls(css: str) -> list[str]:
    """The ``url()`` values in ``css`` whose path ends in a document extension (pdf, docx, csv ...)."""
    return [match.group(2) for match in _CSS_URL.finditer(css)
            if not match.group(2).lower().startswith("data:") and extension(match.group(2)) in DOCUMENT_EXTENSIONS]
