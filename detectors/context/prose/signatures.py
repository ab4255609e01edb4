"""Where a letter or a comment ends: its closing and the signature under it ("Sincerely," / "Ana
Ruiz" / "12 Elm St"), or a signature after a dash ("-- Ana Ruiz, 12 Elm St"). The paragraph below a letter's
signature is another writer's, the signature below a comment its writer's.
"""
from __future__ import annotations

import re

from ..analysis import Line
from ..cues import CLOSING_RE, EMAIL_HEADER_LINE, running_text_line
from .blocks import same_block


_CLOSING_REACH = 6  # lines of a signature under a letter's closing: the name, the street, the town, a phone, a mailbox


def letter_ends(lines: list[Line], above: int, below: int) -> bool:
    """Whether a letter ends between two lines: the upper is its closing or signature, the lower no part of them."""
    return _signed_letter(lines, above) and not _signed_letter(lines, below)


def _signed_letter(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a letter's closing or a line of the signature under it in the same paragraph
    ("Sincerely," / "Ana Ruiz" / "12 Elm St" / "ana@..."): the letter ends there, and the paragraph below it (the next
    letter of a compilation: "To the City Council: ... My account number is ...") is another writer's. A PDF gives
    each line of the paragraph as a segment of its own, one under another on its page. A line of an e-mail's or a
    memo's header ("To: Customer Care", "From: ...", "Subject: ...") is no line of a signature: it opens the next
    letter, however near the closing above it; nor is a line of running text (a narrow column's next paragraph,
    "Permit for a wireless facility at 14943"), which ends the signature above it."""
    for j in range(k, max(-1, k - _CLOSING_REACH - 1), -1):
        if j < k and not _line_under(lines[j], lines[j + 1]) or EMAIL_HEADER_LINE.match(lines[j].text):
            return False
        if CLOSING_RE.match(lines[j].text):
            return True
        if running_text_line(lines[j].text):
            return False
    return False


def _line_under(upper: Line, lower: Line) -> bool:
    """Whether ``lower`` is the next line of ``upper``'s paragraph: in the same segment, or a paged file's next line
    of text in the same element on the same page."""
    if upper.segment is lower.segment:
        return True
    above, below = upper.segment.location, lower.segment.location
    return (above.page is not None and above.page == below.page and above.attachment == below.attachment
            and above.element == below.element and upper.segment.hidden == lower.segment.hidden
            and above.line is not None and below.line is not None and 0 < below.line - above.line <= 2)


# a signature on a line of its own after a dash, a name opening it ("-- Ana Ruiz, 12 Elm St", "— Tomás Ortega")
_DASH_SIGNATURE_LINE = re.compile(r"[ \t]*(?:--?|\u2013|\u2014)[ \t]*(?-i:[A-Z\u00c0-\u00de])[\w'\u2019.-]+[ \t]+"
                                  r"(?-i:[A-Z\u00c0-\u00de])")


# a dash signature's given name ending a line, its surname alone on the next line of the paragraph ("... Can you
# help? — Tomasz" / "McCallister"): a wrap or a soft break cut the writer's name
_DASH_GIVEN_ENDS = re.compile(r"[.!?][ \t]+(?:--?|\u2013|\u2014)[ \t]*(?-i:[A-Z\u00c0-\u00de])[\w'\u2019-]+[ \t]*$")
_SURNAME_ALONE = re.compile(r"[ \t]*(?-i:[A-Z\u00c0-\u00de])[\w'\u2019-]+(?:[ \t]+(?-i:[A-Z\u00c0-\u00de])[\w'\u2019-]+)?"
                            r"[ \t]*[.,]?[ \t]*")


def dash_signature_below(lines: list[Line], last: int, below: int) -> bool:
    """Whether the line below the block's last is the signature of its text, after a dash in the same paragraph
    ("... Please look into it." / "-- Ana Ruiz, 12 Elm St"), or the rest of a signature a line break cut ("... — Tomasz"
    / "McCallister"): the writer of the words above, whose account they give."""
    return lines[below].segment is lines[last].segment and same_block(lines[last], lines[below]) and bool(
        _DASH_SIGNATURE_LINE.match(lines[below].text)
        or _DASH_GIVEN_ENDS.search(lines[last].text) and _SURNAME_ALONE.fullmatch(lines[below].text))
