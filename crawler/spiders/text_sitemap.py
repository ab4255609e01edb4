"""A text sitemap: a plain file of URLs, one a line, which robots.txt's ``Sitemap:`` may name as it names an XML one.

The sitemaps protocol (sitemaps.org) accepts a UTF-8 text file that holds nothing but absolute URLs, one a line; a
CMS or a hand-made export (``sitemap.txt``, ``documents.txt``) lists there files linked from no page. A body is
taken for one only when every line that is not blank is a single http(s) URL: a "not found" page, a robots.txt or
a note that mentions a URL is no list of URLs, and stays "not a readable XML sitemap".
"""
from __future__ import annotations

import re

_URL_LINE = re.compile(r"https?://\S+", re.IGNORECASE)


def text_sitemap_urls(body: bytes) -> list[str]:
    """The URLs of a text sitemap, in file order, each once; [] when ``body`` is not one (see the module)."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not all(_URL_LINE.fullmatch(line) for line in lines):
        return []
    return list(dict.fromkeys(lines))
