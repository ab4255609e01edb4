"""User-info in a URL that no extraction reads: a redirect's ``Location`` and a ``<loc>`` of a sitemap read only in
part (a whole sitemap's text is read as a file's, its ``<loc>`` with it).

``http://editor:PASSWORD@host/preview/`` in a page's link is found by the detectors (extraction hands link
targets over as hidden text). Written in a redirect or a sitemap, the URL is followed without its user-info
(``normalise_url`` strips it, and it is never sent), but it was published all the same: anyone who follows the
redirect or reads the sitemap has the password. The spider hands such a URL to the collecting pipeline, which
runs the credential detector on it as on a link's target.

So is a URL whose path holds an identifier (``Location: /statements/512-34-6789.pdf``): the redirect publishes it
as a page's link would (see ``crawler.url_text``), and the pipeline runs the identifier detectors on its path
read as words.

So is a download's file name (``Content-Disposition: attachment; filename="Delgado 512-34-6789.pdf"``): the browser
shows it and saves the file under it, whatever the URL (``/download?id=7``), as a scanned file's name is read.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from crawler.url_text import path_text

REDIRECT_LOCATION = "redirect Location"
SITEMAP_LOC = "sitemap <loc>"
SAVED_NAME = "download's file name"


@dataclass
class UrlCredentialsItem:
    """``written``, a URL with user-info (or an identifier in its path), published at ``url`` (the redirecting URL, or
    the sitemap) as ``where`` (:data:`REDIRECT_LOCATION`, :data:`SITEMAP_LOC`); or the name a download at ``url`` is
    saved under (:data:`SAVED_NAME`)."""

    url: str
    written: str
    where: str


def has_userinfo(url: str) -> bool:
    try:
        return "@" in urlsplit(url.strip()).netloc
    except ValueError:  # an invalid URL (a bad port, brackets): its user-info, if any, is in the text
        return "@" in url.split("/", 3)[2] if url.count("/") >= 2 else False


def publishes_value(url: str) -> bool:
    """Whether a redirect's or a sitemap's URL is worth the detectors: it has user-info, or its path holds an
    identifier-shaped value."""
    return has_userinfo(url) or bool(path_text(url))
