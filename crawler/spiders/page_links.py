"""Where a page's links lead from, and the links a page makes outside its link attributes.

- ``<base href>``: a browser resolves every relative link of the page (anchors, frames, embeds, scripts, style
  sheets, a meta refresh, the URLs its scripts load) against the page's base, not against the page's own URL.
  A CMS template or an old frameset writes ``<base href='/library/'>`` and relative links after it; resolved
  against the page they lead to 404s, and the documents they name are never fetched.
"""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import etree

BASE_HREFS = etree.XPath("//base/@href", smart_strings=False)


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
