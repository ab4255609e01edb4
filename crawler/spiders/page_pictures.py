"""The pictures a page shows, fetched and read by OCR as a linked picture is: a resident's photo of their bill in a
news post, a screenshot of a spreadsheet in a blog, a filled rebate form in a gallery publish the record they show.

One URL a picture, the one a large screen shows (what reads best, and one reading of one picture, not one per
size):

- an ``<img>``'s largest ``srcset`` candidate (by width, else density), its ``<picture>``'s sources' with it (the
  sizes of one picture, a WebP beside its JPEG); else its lazy loader's picture (``data-src``, ``data-lazy-src``,
  ``data-original`` and their ``srcset`` forms: the ``src`` is a placeholder until the script swaps it); else its
  ``src``. A gallery's original (``data-orig-file``, WordPress's) is the largest of all.
- a thumbnail that links to its picture (``<a href="/full/IMG_4471.jpg"><img src="/thumbs/IMG_4471.jpg">``, a
  lightbox): the link's target is the picture, fetched as any linked picture is; the thumbnail is not.
- a ``url()`` in a ``style`` attribute or a page's ``<style>`` naming a picture (a hero section's
  ``background-image``).

A ``data:`` picture is part of the page already (its icons); a GIF, an icon file, a HEIC or AVIF photo are no
pictures pubcheck reads, and are not fetched. An SVG is a drawing: its text is read as the page's asset (see
``page_links.asset_links``), never rasterised. Which of the rest hold text the spider judges by the answer's
type, size and pixels (see ``SiteSpider.parse``).
"""
from __future__ import annotations

import re

from lxml import etree

from ..items import StatusItem
from ..pictures import may_hold_text, open_image
from ..scope import extension, names_document
from .page_links import css_urls, srcset_entries

# what pubcheck reads of a picture: a raster it can OCR, or a drawing whose text it reads
RASTER_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "jpe", "jfif", "webp", "tif", "tiff"})
DRAWING_EXTENSION = "svg"
# pictures no reader of pubcheck opens (an animation, an icon, a phone's HEIC): not fetched
_UNREAD_EXTENSIONS = frozenset({"gif", "ico", "cur", "bmp", "heic", "heif", "avif", "jxl", "apng"})
IMAGES = etree.XPath("//img", smart_strings=False)
STYLE_TEXTS = etree.XPath("//style/text() | //@style", smart_strings=False)
_SRCSETS = ("srcset", "data-srcset", "data-lazy-srcset")
_LAZY_SOURCES = ("data-lazy-src", "data-src", "data-original", "data-large-file")
_ORIGINAL = "data-orig-file"
_URL_TEXT = re.compile(r"[^\s\"'<>{}\\`]+")  # no template ("{{ photo.url }}"), no whitespace


def shown_pictures(root) -> list[str]:
    """The URLs (as written) of the pictures the page shows, one a picture, in page order, each once: rasters and
    SVG drawings, not the pictures a link around them leads to (those are the page's links)."""
    found: dict[str, None] = {}
    for image in IMAGES(root):
        if _linked_picture(image):
            continue
        url = _shown_url(image)
        if url:
            found[url] = None
    for text in STYLE_TEXTS(root):
        for url in css_urls(text):
            if _picture_extension(url) in RASTER_EXTENSIONS:
                found[url] = None
    return [url for url in found if _fetchable(url)]


def is_drawing(url: str) -> bool:
    return _picture_extension(url) == DRAWING_EXTENSION


def picture_unread(response) -> StatusItem | None:
    """How a page's picture that is not read is listed, or None to read it (OCR, in a worker). Too small in pixels
    to hold a line of text (an icon, a logo, a spacer): skipped. One no browser decodes either (damaged, or no
    picture at all: an error page served as ``image/jpeg``): failed, and no gap, since no reader sees anything in
    it. One too large in pixels to open (a decompression bomb's size): skipped for that limit, and not checked."""
    try:
        size = open_image(response.body).size
    except ValueError as e:
        too_large = str(e).startswith("image too large")
        return StatusItem(response.url, "skipped" if too_large else "failed", f"picture not read: {e}",
                          kind="document", http_status=response.status, not_checked=too_large)
    if may_hold_text(size):
        return None
    return StatusItem(response.url, "skipped", f"picture too small to hold text ({size[0]} x {size[1]} px)",
                      kind="document", http_status=response.status)


def _shown_url(image) -> str | None:
    """The one URL that stands for the ``<img>``'s picture (see the module's docstring)."""
    original = (image.get(_ORIGINAL) or "").strip()
    if original:
        return original
    # a <picture>'s sources (libxml2 knows no void <source>: it nests the next one, and the <img>, inside it)
    holder = next(image.iterancestors("picture"), None)
    sources = list(holder.iter("source")) if holder is not None else []
    candidates = [entry for element in [*sources, image] for name in _SRCSETS
                  for entry in srcset_entries(element.get(name) or "")]
    candidates = [(url, size) for url, size in candidates if not names_document(url)]  # a PDF there is a link
    if candidates:
        return max(candidates, key=lambda entry: entry[1])[0]
    for name in (*_LAZY_SOURCES, "src"):
        value = (image.get(name) or "").strip()
        if value and not value.lower().startswith("data:"):
            return value
    return None


def _linked_picture(image) -> bool:
    """Whether the ``<img>`` is a thumbnail inside a link to a picture (a gallery's lightbox)."""
    for ancestor in image.iterancestors("a"):
        href = (ancestor.get("href") or "").strip()
        return _picture_extension(href) in RASTER_EXTENSIONS or _picture_extension(href) == DRAWING_EXTENSION
    return False


def _fetchable(url: str) -> bool:
    if not _URL_TEXT.fullmatch(url) or url.startswith("#") or url.lower().startswith(("data:", "javascript:")):
        return False
    return _picture_extension(url) not in _UNREAD_EXTENSIONS and not names_document(url)


def _picture_extension(url: str) -> str:
    try:
        return extension(url)
    except ValueError:
        return ""
