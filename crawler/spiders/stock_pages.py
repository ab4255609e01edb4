"""Stock pages: the one HTML page a site answers every URL with once it stops serving the crawler part-way (a web
application firewall's "Please verify you are a human", a rate limit's "Oops! Something went wrong", a CMS's
maintenance mode), with a ``200`` and in words no list of error headings can hold (see :mod:`.soft_errors`).

A ``.pdf`` or ``.csv`` link answered by an HTML page is most often a CMS's viewer or download page, read as the page
it is. It is a stock page when the page the host served first, asked for again, now answers with that same page and
no longer with its own: then the document was never shown to pubcheck, and neither is any later URL answered so.
Pages are compared by their words, not their bytes: a block page's reference number or a timestamp changes with
each answer, so a word holding a digit is left out.
"""
from __future__ import annotations

import hashlib
import re

from .soft_errors import BODY_TEXTS

_WORD_WITH_A_DIGIT = re.compile(r"\S*\d\S*")

STOCK_DOCUMENT = ("answered with an HTML page instead of the document: not checked; the site stopped serving pubcheck "
                  "part-way through the crawl (the page it had read first now gets that same page): a firewall's "
                  "check, a rate limit or a maintenance page")
STOCK_PAGE = ("answered with the page the site now gives every URL in place of its own: not checked; the site stopped "
              "serving pubcheck part-way through the crawl: a firewall's check, a rate limit or a maintenance page")


def page_key(root) -> str:
    """A digest of the page's visible words, without the words that hold a digit."""
    words = _WORD_WITH_A_DIGIT.sub(" ", " ".join(BODY_TEXTS(root))).split()
    return hashlib.sha1(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest()
