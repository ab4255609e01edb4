"""A document's folder, asked for once: a web server's directory listing there publishes every file of the folder.

An older city site (or its ``/uploads/`` folder) is often served with automatic indexes on: ``/uploads/2025/06/``
answers Apache's or nginx's "Index of /uploads/2025/06" (IIS: "www.city.gov - /uploads/" with "[To Parent
Directory]"), listing files no page links: last year's export left next to this year's flyer. So the folder of each
document the crawl meets is asked for once, as robots.txt is (a 404 or any other answer is no failure), and read as a
page, its files followed as its links, only when it is such a listing: a folder answered by the site's home page, a
CMS's "page not found" or its own index page is left alone (a link to it is still followed as usual). The site's
root is no document's folder; at most ``MAX_FOLDERS`` folders are asked for in a crawl.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from lxml import etree

MAX_FOLDERS = 200
_TITLE_OR_HEADING = etree.XPath("(//title | //h1 | //h2)[1]//text()", smart_strings=False)
_INDEX_OF = re.compile(r"\s*(?:Index of|Directory listing for)\s+/", re.IGNORECASE)
_IIS_PARENT = etree.XPath("//a[normalize-space(.) = '[To Parent Directory]']")


def document_folder(url: str) -> str | None:
    """The folder of a document's URL (``https://host/uploads/2025/06/``), without its query; None for a file at
    the site's root."""
    scheme, netloc, path, _, _ = urlsplit(url)
    folder = path.rsplit("/", 1)[0] + "/"
    return urlunsplit((scheme, netloc, folder, "", "")) if folder != "/" else None


def is_directory_listing(root) -> bool:
    """Whether a page is a web server's automatic index of a folder (see the module's docstring)."""
    heading = "".join(_TITLE_OR_HEADING(root))
    return bool(_INDEX_OF.match(heading)) or bool(_IIS_PARENT(root))
