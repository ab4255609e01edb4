"""Documents a page publishes through a viewer or a jump menu rather than a link to the file itself.

- A viewer's link or frame: ``<a href="/pdfjs/web/viewer.html?file=%2Ffiles%2Fnotice.pdf">`` (PDF.js, which
  WordPress PDF embedders ship), ``<iframe src="https://docs.google.com/viewer?url=https://city.gov/files/notice.pdf">``,
  Office Online's ``view.officeapps.live.com/op/view.aspx?src=...``. The viewer fetches the file its query names and
  shows it, so that file is published as surely as a direct link would make it. A query value of ``file``, ``url``,
  ``src``, ``doc``, ``document`` or ``pdf`` that names a document (by its extension) is taken, relative to the viewer
  as the viewer resolves it; the spider keeps those on the site's hosts.
- A jump menu: ``<select onchange="location = this.value">`` whose options' values are URLs (a year's agendas, a
  department's notices). A GET form's select that names files is submitted as the form (see ``form_links``); a
  select of a form that is submitted to its action is no menu.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

from ..scope import names_document

VIEWER_PARAMETERS = frozenset({"file", "url", "src", "doc", "document", "pdf"})
MENU_OPTIONS = etree.XPath("//select[not(ancestor::form[@action])]//option/@value", smart_strings=False)
# a URL as an attribute or a query writes it: no whitespace, quote, angle bracket or template brace
_URL_TEXT = re.compile(r"[^\s\"'<>{}\\`]+")


def viewed_documents(links: list[str], base: str) -> list[str]:
    """The absolute URLs of the documents the viewers among ``links`` (as written, relative to ``base``) show, in
    page order, each once."""
    found: dict[str, None] = {}
    for written in links:
        try:
            viewer = urljoin(base, written.strip())
            query = urlsplit(viewer).query
            for name, value in parse_qsl(query):
                value = value.strip()
                if name.lower() in VIEWER_PARAMETERS and _url_text(value, relative=True) and names_document(value):
                    found[urljoin(viewer, value)] = None
        except ValueError:  # an unclosed IPv6 bracket: hostile input, no link
            continue
    return list(found)


def jump_menu_urls(root) -> list[str]:
    """The URLs (as written) that the page's jump menus' options open, in page order, each once."""
    return list(dict.fromkeys(value.strip() for value in MENU_OPTIONS(root) if _url_text(value.strip())))


def _url_text(text: str, relative: bool = False) -> bool:
    """Whether ``text`` is written as a URL: http(s) with a host, ``//host/...``, a root- or dot-relative path, or
    (``relative``) any relative path; not a word, an anchor or a template."""
    if not _URL_TEXT.fullmatch(text) or text.startswith("#"):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    if parts.scheme:
        return parts.scheme in ("http", "https") and bool(parts.netloc)
    return bool(parts.netloc) or relative or parts.path.startswith(("/", "./", "../"))
