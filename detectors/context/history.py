"""The history a city site tells and the people it honours: public stories, no customer's record.

A history page, a landmark's plaque, a historic district's walking tour, a dedication or a former official's obituary
names people with the addresses of the houses they built or lived in long ago ("Ygnacio Palomares built the adobe at
491 E. Arrow Highway in 1854", "588 W. Alvarado St - built 1911 for Edward Swift", "Judge Henry S. Dorsey, 1888 -
1931"); a proclamation, an award list or a "Volunteer of the Month" names the residents it honours with their school's,
their business's or their garden's address ("WHEREAS, Maria Gutierrez, a teacher at Garey High School, 321 W.
Lexington Ave, ...", "Best Residential Landscape: the Nguyen family, 2210 N. Garey Ave"). Those are public, also
where a customer's record stands beside them on the page (a case note left in the page's markup, an agenda packet's
bill appeal after a proclamation): a record module asks ``public_story`` about a line outside the sentences that tie
its record before it reaches into it. A customer's own sentence that mentions a landmark or an award ("Ms. Whitcombe
at 2655 W. Pomona Blvd, across from the Phillips Mansion (1875)") stays the customer's: it is never asked about.
"""
from __future__ import annotations

import re

from .analysis import Analysis

_YEAR = r"(?:1[6-8]\d\d|19[0-5]\d)"  # a year a history tells of: before 1960, no living customer's move-in
# a house number is no year ("1642 N Garey Ave", "1854 Elm St"): a street's direction or name after the number
_NOT_A_STREET = (r"(?!\s+(?:[NSEW]\.?\s|(?:North|South|East|West)\s|"
                 r"[A-Z][\w'-]*\s+(?:St|Ave|Blvd|Rd|Dr|Way|Ln|Ct|Pl|Pkwy|Hwy)\b))")
# a year as a history writes it: after "in", "since", "built", "circa" ..., or closing its clause ("..., 1976")
_OLD_YEAR = re.compile(rf"(?i:\b(?:in|of|since|by|from|until|till|circa|c\.|ca\.|built|erected|year\s+built|dated?|"
                       rf"early|late|mid|the)[:\s]\s*){_YEAR}s?\b{_NOT_A_STREET}"
                       rf"|(?<![\w$#.,-]){_YEAR}(?=\s*(?:[.;)]|,\s|$))")
# a year in brackets after a name or an address, as a walking tour or a landmark list dates a house: "(1923)",
# "(c. 1890)"
_DATED = re.compile(rf"\(\s*(?:c\.|ca\.|circa)?\s*{_YEAR}\s*\)")
# a life span or a term of office ("(1861-1935)", "1888 - 1931", "served 1968 to 1994", "from 1902 until 1931")
_SPAN = re.compile(rf"(?<![\w$#.-]){_YEAR}\s*(?:[-\u2013\u2014]|\b(?:to|until|till|through)\b)\s*(?:1[6-9]\d\d|20[0-2]\d)(?![\w-])"
                   rf"{_NOT_A_STREET}")
# the words of a history: a building's making and naming, its first owners, a life, a landmark's status
_HISTORY_WORD = re.compile(r"(?i)\b(?:built|erected|constructed|designed|founded|established|dedicated|designated|"
                           r"named\s+(?:after|for|in\s+hono(?:u)?r)|original(?:ly)?|first\s+owners?|home\s+of|"
                           r"birthplace|landmarks?|historic(?:al)?|stood|lived|died|born|plaque|restored|architect|"
                           r"homestead|rancho|century|in\s+memory|memorial|commissioned|owned|residence|house|mansion|"
                           r"adobe|cottage|bungalow|victorian|craftsman|queen\s+anne|revival|tour|"
                           # a merchant's or a settler's life: "In 1908, ... opened a drugstore at ...", "... ran a bakery"
                           r"opened|operated|ran|kept|pioneers?|settlers?|merchants?)\b")
# the words that honour someone: a proclamation's, a resolution's, a recognition's, a dedication's; not a note's verbs
# ("staff will honor the arrangement", "we recognize the bill was high", a "dedicated circuit"), nor a program's
# "winner" or "award", whose participants are customers ("Rebate winner Hodan Abdi of 3450 ...")
_HONOUR = re.compile(r"(?i)\b(?:whereas|proclaim(?:s|ed|ing)?|proclamation|hono(?:u)?rees?|hono(?:u)?ring|"
                     r"in\s+hono(?:u)?r\s+of|recognition|recogni[sz](?:es|ed)\s+(?:as|for)|commendation|"
                     r"(?:volunteer|employee|citizen|resident|business|teacher|student|neighbou?r)\s+of\s+the\s+"
                     r"(?:month|year|quarter)|eagle\s+scouts?|certificate\s+of\s+(?:recognition|appreciation|"
                     r"achievement)|congratulations|in\s+(?:loving\s+)?memory|"
                     # a building or a park named so is a place, no tribute told ("The Board meets at Memorial Hall")
                     r"memorial(?!\s+(?:hall|park|library|pool|stadium|fields?|cent(?:er|re)|auditorium|building|"
                     r"gym(?:nasium)?|plaza|drive|dr|day|hospital|coliseum|chapel|room)\b)|"
                     r"dedicat(?:ed|ion)\s+(?:to|of|in|ceremony))\b")
# what a history says of a house or a place with no year needed: its first owners, whom it was built for or named
# after, its landmark status
_HISTORY_PHRASE = re.compile(r"(?i)\b(?:original(?:ly)?\s+(?:owners?|owned|built|home)|first\s+owners?|"
                             r"built\s+(?:in\s+\d{4}\s+)?for|named\s+(?:after|for|in\s+hono(?:u)?r\s+of)|"
                             r"historic\s+(?:district|landmark|resource|home|house|site|preservation)|walking\s+tour|"
                             r"national\s+register|landmark\s+(?:no|number|#))\b")
# a landmark named as one, its name capitalised before the noun of a historic building ("the Phillips Mansion",
# "Palomares Adobe", "the Kellogg House", "Fox Theater")
_LANDMARK = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}\s+(?:Mansion|Adobe|Estate|Manor|Castle|"
                       r"Villa|Homestead|House|Cottage|Farmhouse|Hotel|Theat(?:er|re)|Block|Lodge|Inn|"
                       r"Carriage\s+House)\b")
_REACH = 240  # how much of a long line around a field is read: a history's or a proclamation's sentence


def _tells_history(text: str) -> bool:
    """A life span, a house's date in brackets, what a house's history says of its owners or its name ("Original
    owner:", "built for", "named after"), a landmark named as one ("the Phillips Mansion"), or a year before 1960
    with a word of a building's or a person's history."""
    return bool(_SPAN.search(text) or _DATED.search(text) or _HISTORY_PHRASE.search(text) or _LANDMARK.search(text)
                or _OLD_YEAR.search(text) and _HISTORY_WORD.search(text) and not _LIVES_THERE_NOW.search(text))


# someone living at the place now, in the present tense: "He lives at 4878 Elm Dr, a bungalow built in 1924" is a
# resident's home described, no history (a history's people "lived", "built", "owned")
_LIVES_THERE_NOW = re.compile(r"(?i)\b(?:lives|resides|(?:is|are)\s+living|(?:they|we|i|you)\s+(?:now\s+|still\s+)?"
                              r"(?:live|reside))\s+(?:at|on)\b")


def dates_an_old_record(title: str) -> bool:
    """Whether a table's caption or heading dates it before 1960 ("Ledger folio 212, March 1911", "Great Register of
    1888", "(c. 1925)", "1888 - 1931"): an old record a history transcribes; not a figure of that size ("Accounts with
    usage of 1850 kWh or more")."""
    return any(not _MEASURED.match(title, m.end()) for pattern in (_OLD_YEAR, _DATED, _SPAN)
               for m in pattern.finditer(title))


# a unit or a count after a number: the number is a quantity, no year
_MEASURED = re.compile(r"(?i)\s*(?:kwh|kw|mwh|gwh|kilowatt|therms?|gallons?|ccf|hcf|sq|square|feet|ft|blocks?|units?|"
                       r"accounts?|customers?|homes?|households?|%|percent|dollars?)\b|\s*%")


def tells_history(text: str) -> bool:
    """Whether a paragraph tells a history (see ``_tells_history``): a family that "were the first in town to sign up
    for electric service, in 1912" and "lived at" a house is history's, no customer's."""
    return _tells_history(text)


# where a sentence ends: a stop, a question or exclamation mark or a semicolon before a capital, not after an initial,
# a title or a street's direction ("Mrs. Carr", "N. Gibbs St")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bM[rsx])(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bJr)[.!?;]\s+(?=[A-Z\"(])")
_SHORT_LINE = 100  # a line of a tour's stop, a plaque, a landmark list: read with the lines around it


def _lines_around(analysis: Analysis, segment, start: int, end: int) -> list[str]:
    """The sentence of ``segment.text[start:end]`` and, when it stands on a short line, the lines above and below."""
    text = segment.text
    first = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    last = text.find("\n", end)
    last = min(len(text) if last < 0 else last, end + _REACH)
    opening = [m.end() for m in _SENTENCE_END.finditer(text, first, start)]
    closing = _SENTENCE_END.search(text, end, last)
    lines = [text[opening[-1] if opening else first:closing.end() if closing else last]]
    i = analysis.line_at(segment, start) if last - first <= _SHORT_LINE else None
    if i is not None:
        lines += [analysis.free_lines[k].text[:_REACH] for k in (i - 1, i + 1)
                  if 0 <= k < len(analysis.free_lines) and analysis.free_lines[k].segment.hidden == segment.hidden]
    return lines


def public_story(analysis: Analysis, segment, start: int, end: int, strict: bool = False) -> bool:
    """Whether the sentence of ``segment.text[start:end]`` (a name or a field a record module would reach into), or
    when it stands on a short line the line above or below it (a walking tour's stop, a plaque's few lines), tells
    a history or honours someone. ``strict``: a form's label block, whose own "Year built: 1948" says no history,
    counts a life span, a house's date in brackets or its history's own words only."""
    lines = _lines_around(analysis, segment, start, end)
    if strict:
        return any(_SPAN.search(line) or _DATED.search(line) or _HISTORY_PHRASE.search(line) for line in lines)
    return any(_HONOUR.search(line) or _tells_history(line) for line in lines)

