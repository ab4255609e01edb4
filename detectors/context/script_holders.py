"""A record a page's script keys by its holder alone: ``{holder: "NAME", tel: "...", mail: "..."}`` on an outage map
or a program's page (a map's marker, its latitude and longitude beside) is the person who holds the service, reached
at their own mailbox. The bare key says no more than "holder" (a business license's, a seat's holder is one too), so
the record decides: a person's name beside nothing but how to reach them, and a mailbox of their own (a webmail's, not
an office's). A license's or a permit's record (its number beside the holder), a firm, a staff member at the office's
mailbox stay public, and so does a volunteer's on a page about a volunteer corps (its title or a heading names block
captains, volunteers, coaches: a Neighborhood Watch map's captain is reached there on purpose, no customer).
"""
from __future__ import annotations

import re

from ..model import CODE_SEGMENTS, Segment
from .analysis import Analysis, page_of
from ..public_contacts import PERSONAL_DOMAINS
from .headers import split_words
from .lists import named_as_a_business
from .persons import person_name

# the key of the one who holds what the record is about, bare: "holder", "Holder", "HOLDER"
_BARE_HOLDER = re.compile(r"(?i)\s*holder\s*")
# the keys of how to reach someone: a script's short names for them
_REACH_KINDS = frozenset({"phone", "email", "contact"})
_MAILBOX = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# where a map pins the record: a marker's latitude and longitude, which tell its place on the map, no other matter
_COORDINATE_KEY = re.compile(r"(?i)\s*(?:lat|lng|lon|long|latitude|longitude)\s*")
_COORDINATE = re.compile(r"\s*-?\d{1,3}\.\d+\s*")
# the parts of a page whose keys a script or a widget's data gave, not a table's headers
_DATA_PARTS = frozenset({*CODE_SEGMENTS, "data attribute"})


# a volunteer corps a page's title or heading names: its people are reached at their own mailboxes on purpose
_VOLUNTEERS_PAGE = re.compile(r"(?i)\b(?:(?:block|area|street|zone)\s+captains?|captains|volunteers?|coaches|"
                              r"ambassadors|mentors|docents|neighbou?rhood\s+watch)\b")
# a page's title or heading, by its element
_TITLE_ELEMENT = re.compile(r"(?:^|[\s>])(?:title|h[1-3])(?::nth-of-type\(\d+\))?$")


def on_a_volunteers_page(analysis: Analysis, segment: Segment) -> bool:
    """Whether the segment is on a page whose title or a heading names a volunteer corps ("Neighborhood Watch Block
    Captains")."""
    page = page_of(segment)
    return any(_TITLE_ELEMENT.search(s.location.element or "") and _VOLUNTEERS_PAGE.search(s.text)
               and page_of(s) == page for s in analysis.document.segments)


def holder_reached_at_home(fields: list[Segment], kinds: tuple) -> bool:
    """Whether a script's record is a holder's name (a person's, under the bare key "holder") and only where to
    reach them, one of it a mailbox of their own (and where a map pins them)."""
    if not fields or any(f.hidden not in _DATA_PARTS for f in fields):
        return False
    holders = [f for f, (kind, _) in zip(fields, kinds)
               if kind == "name" and _BARE_HOLDER.fullmatch(split_words(f.label or ""))]
    if len(holders) != 1 or not person_name(holders[0].text) or named_as_a_business(holders[0].text.strip()):
        return False
    rest = [(f, kind) for f, (kind, _) in zip(fields, kinds) if f is not holders[0]
            and not (_COORDINATE_KEY.fullmatch(split_words(f.label or "")) and _COORDINATE.fullmatch(f.text))]
    mailboxes = [m.group(1).lower() for f, _ in rest if (m := _MAILBOX.fullmatch(f.text.strip()))]
    return (bool(mailboxes) and all(domain in PERSONAL_DOMAINS for domain in mailboxes)
            and all(kind in _REACH_KINDS or _MAILBOX.fullmatch(f.text.strip()) for f, kind in rest))
