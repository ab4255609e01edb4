"""Usage a customer's own document tells them in words: on a page that names its customer (a name found as a
customer's: a statement's or a confirmation's record, a letter's salutation), a sentence that speaks to "you" of a
consumption figure ("Your usage over the previous 12 months was 8,887 kilowatt-hours.", "You received 6,406 kWh from
the grid and sent 3,898 kWh back, for a net usage of 2,508 kWh.") and a line that opens with the page's usage total
("Total usage, last 13 months: 8,388 kWh.", "Total electricity used this period 1,206 kWh") give the customer's
usage. A statement laid out as a record and a table has no salutation and no address block, so the letters' reading
does not open it.

Not usage: what the sentence supposes or projects ("If you use 700 kWh ...", "we estimate about 11,404 kWh a year"), a
tariff's, a tier's, a program's, a class's or the neighbours' figure (``consumption_spans``), what a solar system
generated, MWh and GWh, and any sentence on a page that names no customer (a rate page's "your usage" is anyone's).
"""
from __future__ import annotations

import re

from .analysis import Analysis, page_of
from .shapes import consumption_below

# the sentence speaks to the customer: "you", "your", Spanish "usted", "su consumo"
_TO_YOU = re.compile(r"(?i)\b(?:you|your|usted|su\s+(?:consumo|uso))\b")
# the sentence supposes, projects or gives an example: no reading of the customer's meter
_SUPPOSED = re.compile(r"(?i)\b(?:if|unless|suppose|imagine|example|e\.g|such\s+as|could|would|might|"
                       r"estimat\w*|project\w*|expect\w*|forecast\w*|si|podr[ií]a)\b")
# a line that opens with the page's usage total: "Total usage, last 13 months: ...", "Net usage for the year: ..."
# "Total electricity used this period  1,206 kWh"
_TOTAL_LINE = re.compile(r"(?i)\s*(?:total|net)\s+(?:kwh|usage|consumption|"
                         r"(?:energy|electricity)\s+(?:use|used|usage))\b")
_SENTENCE_START = re.compile(r".*[.!?](?=\s)", re.DOTALL)
_DIGIT = re.compile(r"\d")
_SENTENCE_REACH = 200  # characters back to the sentence's start


def find(analysis: Analysis) -> None:
    named = analysis.named_pages()
    if not named:
        return
    zoned = {id(f.segment) for f in analysis.context.of_kind("zone")}  # a letter's text: the letter's reading's
    why = "usage told to the customer on a page naming them"
    previous = None
    for line in analysis.free_lines:
        if page_of(line.segment) not in named or id(line.segment) in zoned:
            previous = None
            continue
        text = line.segment.text
        above = previous.text if previous is not None and not line.start else None
        previous = line
        total = _TOTAL_LINE.match(text, line.start)
        if not _DIGIT.search(text, line.start, line.end) or not (
                total or _TO_YOU.search(text, max(0, line.start - _SENTENCE_REACH), line.end)
                or _TO_YOU.search(above or "")):
            continue  # no figure, or no word to the customer: most lines of a long document
        for start, end in consumption_below(text, line.start, line.end, above):
            if total or _told_to_you(f"{above or ''}\n{text[max(0, start - _SENTENCE_REACH):start]}"):
                analysis.add("usage", line.segment, start, end, why)


def _told_to_you(before: str) -> bool:
    """Whether the sentence that leads to a figure (``before`` ends at it) speaks to "you" of what was, not of what
    would be."""
    before = before[-_SENTENCE_REACH:]  # the line above and the figure's own line up to it
    opened = _SENTENCE_START.match(before)
    sentence = before[opened.end():] if opened else before
    return bool(_TO_YOU.search(sentence)) and not _SUPPOSED.search(sentence)
