"""Where a page's links lead from, and the links a page makes outside its link attributes.

- ``<base href>``: a browser resolves every relative link of the page (anchors, frames, embeds, scripts, style
  sheets, a meta refresh, the URLs its scripts load) against the page's base, not against the page's own URL.
  A CMS template or an old frameset writes ``<base href='/library/'>`` and relative links after it; resolved
  against the page they lead to 404s, and the documents they name are never fetched.
- CSS ``url()``: a style sheet (an inline ``<style>``, a ``style`` attribute) may name a document
  (``background: url('/files/notice.pdf')``, a print style's download). Only URLs of documents are taken:
  images and fonts are no published records, and the crawl refuses them anyway.
- ``data:`` links: an ``<a href>``, ``<iframe src>``, ``<object data>`` or ``<embed src>`` holding a whole
  document in its URL (``data:text/html;base64,...``). A visitor who clicks it sees that document, so it is
  published content of the page; :func:`decode_data_url` gives its bytes to be scanned as a document.
- ``srcset``: an ``<img>`` or ``<picture><source>`` may offer a document as one of its candidates
  (``srcset="/img/notice-thumb.png 1x, /files/notice.pdf 2x"``), which a high-density screen loads. Only the
  candidates of documents are taken (:func:`srcset_document_urls`): a picture in another size is no record.
- ``data-href``, ``data-url``, ``data-src``, ``data-link``: a tile or a card a script makes clickable opens its
  page as a link does (:func:`data_attribute_pages`). A document or data file in such an attribute is taken with
  the page's scripts already (see ``script_links``); here are the pages: a path ending ``.html`` (``.aspx``...)
  or with no extension, written as a URL. An ``<img>``'s, ``<video>``'s ... ``data-src`` is a lazily loaded
  picture, not a page. So are the fragments a page loads into itself as it is shown: htmx's ``hx-get`` (and
  ``data-hx-get``; a POST's ``hx-post`` sends a form, no document to read), a Hotwire ``<turbo-frame src>``, and
  the next batch of an infinite scroll or a "load more" button (``data-next``, ``data-next-url``,
  ``data-next-page``), which a reader scrolling on sees; its JSON's own ``next`` link is followed as any JSON
  file's URLs are (see ``json_links``).
- style sheets and SVG drawings (:func:`asset_links`): a page's ``<link rel=stylesheet>`` has the browser show its
  ``content:`` strings (a ``::before`` label) and load the documents its ``url()``s name, as an inline style's, and
  the style sheets it ``@import``s (:func:`stylesheet_links`, relative to the sheet itself), and an SVG the page
  shows as a document (``<object data>``, ``<embed src>``, ``<iframe src>``) or draws a symbol of (``<use
  href="/img/sprite.svg#bill">``) shows its
  ``<text>``, ``<title>`` and ``<desc>``. They are fetched as the page's assets, on the site's hosts; an SVG as a
  page's picture (``<img src>``) is no document of the page, as no other picture is. An SVG a page links (``<a
  href="/map.svg">``) opens in the browser as a document and shows the same text: it is fetched and read so too.
"""
from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote_to_bytes, urljoin, urlsplit

from lxml import etree

from ..scope import extension, names_document
from .json_links import PAGE_EXTENSIONS

BASE_HREFS = etree.XPath("//base/@href", smart_strings=False)
STYLE_TEXTS = etree.XPath("//style/text() | //@style", smart_strings=False)
DATA_LINKS = etree.XPath("//a/@href | //area/@href | //iframe/@src | //frame/@src | //object/@data"
                         " | //embed/@src", smart_strings=False)
STYLESHEETS = etree.XPath("//link[contains(concat(' ', normalize-space(translate(@rel, 'STYLEHS', 'stylehs')), ' '),"
                         " ' stylesheet ')]/@href", smart_strings=False)
DRAWINGS = etree.XPath("//object/@data | //embed/@src | //iframe/@src | //use/@href | //use/@*[name() = 'xlink:href']"
                       " | //a/@href | //area/@href", smart_strings=False)
SRCSETS = etree.XPath("//img/@srcset | //source/@srcset", smart_strings=False)
DATA_ATTRIBUTE_LINKS = etree.XPath(
    "//*[not(self::img or self::source or self::picture or self::video or self::audio or self::track)]"
    "/@*[name() = 'data-href' or name() = 'data-url' or name() = 'data-src' or name() = 'data-link'"
    " or name() = 'hx-get' or name() = 'data-hx-get' or name() = 'data-next' or name() = 'data-next-url'"
    " or name() = 'data-next-page'] | //turbo-frame/@src",
    smart_strings=False)
# A page URL as an attribute writes it: no whitespace, quote, angle bracket or template brace ("{{ item.url }}").
_PAGE_URL_TEXT = re.compile(r"[^\s\"'<>{}\\`]+")
_CSS_URL = re.compile(r"""url\(\s*(["']?)([^"'()\s]+)\1\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*(["']?)([^"'()\s]+)\1\s*\)|(["'])([^"'\s]+)\3)""", re.IGNORECASE)
# Media types of no document a record could be read from (a picture, a sound, a font): a data: image is
# a page's icon, not a link to published text.
_NOT_DOCUMENT_MEDIA = ("image/", "audio/", "video/", "font/", "application/font", "application/x-font")


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
    return [url for url in css_urls(css) if names_document(url)]


def css_urls(css: str) -> list[str]:
    """The ``url()`` values in ``css``, ``data:`` URLs left out (they are the style's own bytes), in order."""
    return [match.group(2) for match in _CSS_URL.finditer(css) if not match.group(2).lower().startswith("data:")]


def stylesheet_links(css: str) -> tuple[list[str], list[str]]:
    """(the style sheets ``css`` imports, the document URLs its ``url()``s name), as written, each once."""
    imports = dict.fromkeys(match.group(2) or match.group(4) for match in _CSS_IMPORT.finditer(css))
    return list(imports), [url for url in dict.fromkeys(css_document_urls(css)) if url not in imports]


def data_links(root) -> list[str]:
    """The ``data:`` URLs of the page's anchors, frames and embeds that hold a document (not an image, a sound,
    a font), in page order, each once."""
    links = (value.strip() for value in DATA_LINKS(root) if value.lstrip()[:5].lower() == "data:")
    return list(dict.fromkeys(link for link in links if not _media_type(link).startswith(_NOT_DOCUMENT_MEDIA)))


def _media_type(data_url: str) -> str:
    return data_url[5:].partition(",")[0].split(";")[0].strip().lower() or "text/plain"


def decode_data_url(url: str, max_size: int) -> tuple[str, bytes | None, str | None]:
    """(content type, the bytes, None) of a ``data:`` URL; (media type, None, why not) when it cannot be read
    (no ',', broken base64, over ``max_size`` bytes)."""
    header, comma, payload = url.strip()[5:].partition(",")
    parameters = [part.strip() for part in header.split(";")]
    media_type = _media_type(url.strip())
    if not comma:
        return media_type, None, "data: link without a ',' before its content"
    is_base64 = any(part.lower() == "base64" for part in parameters[1:])
    try:
        body = _payload_bytes(payload, is_base64)
    except (binascii.Error, ValueError) as e:
        return media_type, None, f"data: link that cannot be decoded ({e})"
    if len(body) > max_size:
        return media_type, None, f"data: link over the {max_size // (1024 * 1024)} MB document limit"
    content_type = media_type + "".join(f"; {part}" for part in parameters[1:] if part.lower().startswith("charset="))
    return content_type, body, None


def _payload_bytes(payload: str, is_base64: bool) -> bytes:
    """The content of a data: URL after its ','. A page is already within the size limit, so its decoded
    links are too (base64 only shrinks)."""
    raw = unquote_to_bytes(payload)
    if not is_base64:
        return raw
    text = re.sub(rb"\s+", b"", raw)
    return base64.b64decode(text + b"=" * (-len(text) % 4))


def srcset_document_urls(root) -> list[str]:
    """The candidates of the page's ``srcset`` attributes (``<img>``, ``<source>``) that are documents (by their
    extension), in page order, each once."""
    found: dict[str, None] = {}
    for srcset in SRCSETS(root):
        for url in srcset_candidates(srcset):
            if names_document(url):
                found[url] = None
    return list(found)


def srcset_candidates(srcset: str) -> list[str]:
    """The URLs of a ``srcset`` value (see :func:`srcset_entries`)."""
    return [url for url, _ in srcset_entries(srcset)]


def srcset_entries(srcset: str) -> list[tuple[str, tuple[float, float]]]:
    """The candidates of a ``srcset`` value, as the HTML standard splits it: a candidate is a run of non-whitespace
    (its trailing commas dropped), then its descriptors ("2x", "640w") up to the next comma outside parentheses. A
    URL may hold a comma (``/img/w_200,h_100/a.png``), so the value is not split at every comma. Each URL comes with
    its size as (width, density): "640w" is (640, 0), "2x" (0, 2), none (0, 1), so the largest compares greatest."""
    entries, position, size = [], 0, len(srcset)
    while True:
        while position < size and (srcset[position].isspace() or srcset[position] == ","):
            position += 1
        if position >= size:
            return entries
        start = position
        while position < size and not srcset[position].isspace():
            position += 1
        url = srcset[start:position]
        descriptors = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            depth, begun = 0, position
            while position < size and (srcset[position] != "," or depth):
                depth += {"(": 1, ")": -1 if depth else 0}.get(srcset[position], 0)
                position += 1
            descriptors = srcset[begun:position]
        if url:
            entries.append((url, _candidate_size(descriptors)))


_DESCRIPTOR = re.compile(r"(\d+(?:\.\d+)?)([wx])\b", re.IGNORECASE)


def _candidate_size(descriptors: str) -> tuple[float, float]:
    width, density = 0.0, 0.0
    for number, unit in _DESCRIPTOR.findall(descriptors):
        if unit.lower() == "w":
            width = float(number)
        else:
            density = float(number)
    return width, density or (0.0 if width else 1.0)


def asset_links(root) -> list[str]:
    """The style sheets the page links and the SVG files it shows, links or draws from (by their ``.svg``
    extension), as written, in page order, each once (a sprite's symbols, ``#bill`` and ``#home``, are one file)."""
    found: dict[str, None] = {}
    for href in STYLESHEETS(root):
        if href.strip():
            found[href.strip()] = None
    for href in DRAWINGS(root):
        href = href.strip()
        if href and not href.startswith("#") and _names_svg(href.split("#", 1)[0]):
            found[href] = None
    return list(found)


def _names_svg(href: str) -> bool:
    """Whether ``href``'s extension is .svg; False for a link too broken to split (an unclosed IPv6 bracket in a
    page's ``<a href>`` is hostile input, not a drawing)."""
    try:
        return extension(href) == "svg"
    except ValueError:
        return False


def data_attribute_pages(root) -> list[str]:
    """The page URLs (as written) in the page's ``data-href``/``data-url``/``data-src``/``data-link``
    attributes, pictures' excepted, and of the fragments it loads (``hx-get``, ``<turbo-frame src>``,
    ``data-next``), in page order, each once: an http(s) URL, ``//host/path``, a root- or
    dot-relative path (``/notices/case-2291``, ``../board/``) with a page extension or none, or a relative path
    with a page extension (``outage-map.html``). A word (``data-url="true"``), an anchor, a template is no page."""
    found: dict[str, None] = {}
    for value in DATA_ATTRIBUTE_LINKS(root):
        value = value.strip()
        if _is_page_link(value):
            found[value] = None
    return list(found)


def _is_page_link(text: str) -> bool:
    if not _PAGE_URL_TEXT.fullmatch(text) or text.startswith("#"):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    if parts.scheme and (parts.scheme not in ("http", "https") or not parts.netloc):
        return False
    page_extension = extension(text)
    if page_extension in PAGE_EXTENSIONS:
        return bool(parts.netloc or parts.path)
    written_as_url = bool(parts.netloc) or parts.path.startswith(("/", "./", "../"))
    return written_as_url and not page_extension
