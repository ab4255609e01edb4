"""The files a page's HTML comments still link: a link an editor commented out instead of removing the file.

A CMS editor hides a list's entry by wrapping it in ``<!-- ... -->`` ("removed from the page 6/2025"); the file stays
on the server and its address in the page's source, where anyone who views it (or a search engine's cache, an
archive) finds it. So a commented-out link (an ``href``) is followed as a script's URL is: on the site's own hosts,
and a 4xx is no broken link, as no reader sees the link. A commented-out ``src`` or ``data`` is followed only when it
names a document (``.pdf``, ``.xlsx`` ...: its extension says so): an old script or picture is no published file.
Nothing in a comment is parsed as markup: only the quoted value of such an attribute is taken.
"""
from __future__ import annotations

import re

from lxml import etree

from ..scope import names_document

COMMENTS = etree.XPath("//comment()", smart_strings=False)
_LINK = re.compile(r"""\b(href|src|data)\s*=\s*(["'])([^"'<>]+)\2""", re.IGNORECASE)


def commented_links(root) -> list[str]:
    """The links (as written) of the page's HTML comments that are followed, in page order, each once."""
    links = []
    for comment in COMMENTS(root):
        links += [match[3].strip() for match in _LINK.finditer(comment.text or "")
                  if match[1].lower() == "href" or names_document(match[3].strip())]
    return list(dict.fromkeys(links))
