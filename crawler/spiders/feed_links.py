"""The links of a news feed's items (RSS 0.9x/2.0, RSS 1.0, Atom), which a reader follows as a page's links.

A city site links its feeds from its pages (``<link rel=alternate type=application/rss+xml>``, "Subscribe"); a feed
reader shows each item's title and opens its link. An item's page may be linked nowhere else (a notice posted to the
news feed only), so a feed is a source of links as a sitemap is, while its own text is read as a document. Taken:
an RSS ``<item><link>``, a permalink ``<guid>`` (an absolute http(s) URL: a guid that is no permalink is a name, not a
place), an enclosure's ``url``, and the ``href`` of an Atom ``<entry><link>`` a reader opens (its page, a related
page, an enclosure; not ``rel="edit"``, a publishing API's address). Entities are not resolved and nothing
is fetched by the parser: a feed is hostile input like any page.
"""
from __future__ import annotations

import re

from lxml import etree

# the root element of a feed, near the start of its body (after an XML declaration, comments, a style sheet's PI)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_SNIFFED_BYTES = 2048
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, load_dtd=False)
ITEM_LINKS = etree.XPath(
    "//*[local-name()='item']/*[local-name()='link']/text()"
    " | //*[local-name()='entry']/*[local-name()='link'][not(@rel) or @rel='alternate' or @rel='related'"
    " or @rel='enclosure']/@href"
    " | //*[local-name()='item' or local-name()='entry']/*[local-name()='enclosure']/@url", smart_strings=False)
PERMALINK_GUIDS = etree.XPath(
    "//*[local-name()='item']/*[local-name()='guid'][not(@isPermaLink) or @isPermaLink='true']/text()",
    smart_strings=False)


def is_feed(body: bytes) -> bool:
    """Whether ``body`` is an RSS or Atom feed: its root element, within its first bytes, is one."""
    return _FEED_ROOT.search(body[:_SNIFFED_BYTES]) is not None


def feed_links(body: bytes) -> list[str]:
    """The links (as written) of the feed's items and entries, in feed order, each once; [] when the body is no
    feed or cannot be parsed at all."""
    if not is_feed(body):
        return []
    try:
        root = etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    links = [value.strip() for value in ITEM_LINKS(root)]
    links += [guid for guid in (value.strip() for value in PERMALINK_GUIDS(root))
              if guid.lower().startswith(("http://", "https://"))]
    return list(dict.fromkeys(link for link in links if link))
