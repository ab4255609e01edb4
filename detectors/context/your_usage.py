"""Usage a customer's own document tells them in words: on a page that names its customer (a name found as a
customer's: a statement's or a confirmation's record, a letter's salutation), a sentence that speaks to "you" of a
consumption figure ("Your usage over the previous 12 months was 8,887 kilowatt-hours.", "You received 6,406 kWh from
the grid and sent 3,898 kWh back, for a net usage of 2,508 kWh.") and a line that opens with the page's usage total
("Total usage, last 13 months: 8,388 kWh.", "Total electricity used this period 1,206 kWh") give the customer's
usage. A statement laid out as a record and a table has no salutation and no address block, so the letters' reading
does not open it.

Spanish "su consumo" is "your usage" or "his/her usage": a sentence whose subject is someone called by their first
name alone ("Marisol, de Westmont, redujo su consumo a 549 kWh al mes", a consented success story's) tells that
person's usage, not the reader's, whoever else the page names; its own words (a full name beside an account or an
address) are for ``prose`` to judge.

Not usage: what the sentence supposes or projects ("If you use 700 kWh ...", "we estimate about 11,404 kWh a year"), a
tariff's, a tier's, a program's, a class's or the neighbours' figure (``consumption_spans``), what a solar system
generated, MWh and GWh, and any sentence on a page that names no customer (a rate page's "your usage" is anyone's).

A sentence that greets one reader by name and tells them the usage of their home names the customer itself, as a
personalised e-mail's preheader does ("Hi Rosalind, your May usage at 418 E. Kingsley Ave was 1,322 kWh."): its
address and usage are the reader's, whatever else the page names. Not a greeting to many ("Hi neighbors, your
usage ..."), nor a sentence with no street address of "your" home (a newsletter's "Hi Ana, your usage dropped 8%").
"""
from __future__ import annotations

import re

from .analysis import Analysis, page_of
from .shapes import consumption_below, consumption_spans, street_addresses
from ..vocabulary import fold, given_names

# the sentence speaks to the customer: "you", "your", Spanish "usted", "su consumo"
_TO_YOU = re.compile(r"(?i)\b(?:you|your|usted|su\s+(?:consumo|uso))\b")
# the sentence supposes, projects or gives an example: no reading of the customer's meter
_SUPPOSED = re.compile(r"(?i)\b(?:if|unless|suppose|imagine|example|e\.g|such\s+as|could|would|might|"
                       r"estimat\w*|project\w*|expect\w*|forecast\w*|si|podr[ií]a)\b")
# a line that opens with the page's usage total: "Total usage, last 13 months: ...", "Net usage for the year: ..."
# "Total electricity used this period  1,206 kWh"
_TOTAL_LINE = re.compile(r"(?i)\s*(?:total|net)\s+(?:kwh|usage|consumption|"
                         r"(?:energy|electricity)\s+(?:use|used|usage))\b")
# a sentence that opens with a person called by their first name alone, an aside about them ("Marisol, de Westmont,"
# "Kenji (Old Town)") and a verb in lower case: a story told of that person
_STORY_SUBJECT = re.compile(r"\s*(?P<name>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]{1,30})"
                            r"(?:\s*,[^,:;.!?]{1,60},|\s*\([^()]{1,60}\))?\s+[a-z\u00df-\u00ff]")
_THIRD_PERSON_SU = re.compile(r"(?i)\bsu\s+(?:consumo|uso)\b")
_SENTENCE_START = re.compile(r".*[.!?](?=\s)", re.DOTALL)
_DIGIT = re.compile(r"\d")
# a sentence that opens by greeting one reader by their first name: "Hi Rosalind,", "Hello Tomás!", "Dear Ana:"
_GREETING = re.compile(r"\s*(?:Hi|Hello|Hey|Dear|Hola)\s+(?P<name>[A-Z\u00c0-\u00de][\w'\u2019-]{1,30})\s*[,:!]\s*")
# a greeting's word that speaks to many, not to one reader
_MANY = frozenset({"all", "everyone", "everybody", "there", "friends", "folks", "neighbor", "neighbors", "neighbour",
                   "neighbours", "residents", "customers", "members", "team", "pomona", "y'all", "again", "amigos"})
# the reader's home named in the sentence: "your usage at 418 E. Kingsley Ave", "your home at ..."
_YOUR_HOME_AT = re.compile(r"(?i)\byour\b[^.!?]{0,40}?\b(?:at|for)\s+$")
_SENTENCE_REACH = 200  # characters back to the sentence's start


def find(analysis: Analysis) -> None:
    _greeted_usage(analysis)
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
        own = above is not None and _by_the_customer(analysis, line.segment, above, text[line.start:line.end])
        if not _DIGIT.search(text, line.start, line.end) or not (
                total or own or _TO_YOU.search(text, max(0, line.start - _SENTENCE_REACH), line.end)
                or _TO_YOU.search(above or "")):
            continue  # no figure, or no word to the customer: most lines of a long document
        for start, end in consumption_below(text, line.start, line.end, above):
            if total or own or _told_to_you(f"{above or ''}\n{text[max(0, start - _SENTENCE_REACH):start]}"):
                analysis.add("usage", line.segment, start, end, _BY_CUSTOMER_WHY if own else why)


# the writer's own bill or usage, in the first person: "My last two bills were ...", "we used", "our usage"
_FIRST_PERSON = re.compile(r"(?i)\b(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:bills?|usage|use|consumption|meter)\b|"
                           r"\b(?:i|we)\s+(?:[\w']+\s+)?(?:used|use|consumed)\b")
_BY_CUSTOMER_WHY = "usage a customer named on the page tells of their own bill"


def _by_the_customer(analysis: Analysis, segment, above: str, said: str) -> bool:
    """Whether a message in the first person about its writer's bill ("My last two bills were 1,288 kWh and ...") is
    headed by the customer the page names: the line right above it (a ticket's or a thread's speaker) is that
    customer's name or given name."""
    if not _FIRST_PERSON.search(said):
        return False
    speaker = above.strip().rstrip(":").lower()
    return bool(speaker) and any(
        f.kind == "name" and page_of(f.segment) == page_of(segment)
        and speaker in (f.text.lower(), f.text.split()[0].lower()) for f in analysis.context.fields)


def _told_to_you(before: str) -> bool:
    """Whether the sentence that leads to a figure (``before`` ends at it) speaks to "you" of what was, not of what
    would be."""
    before = before[-_SENTENCE_REACH:]  # the line above and the figure's own line up to it
    opened = _SENTENCE_START.match(before)
    sentence = before[opened.end():] if opened else before
    to_you = _TO_YOU.search(sentence)
    if to_you and _THIRD_PERSON_SU.fullmatch(to_you.group()) and _told_of_someone(sentence):
        to_you = _TO_YOU.search(sentence, to_you.end())  # "su consumo" is theirs; an "usted" after it is the reader
    return bool(to_you) and not _SUPPOSED.search(sentence)


def _told_of_someone(sentence: str) -> bool:
    """Whether ``sentence`` (or its own line, the line above a heading) opens with a person called by first name
    alone as its subject (a story of them)."""
    for opening in {sentence, sentence.rpartition("\n")[2]}:
        subject = _STORY_SUBJECT.match(opening)
        if subject is not None and fold(subject.group("name")) in given_names():
            return True
    return False


def _greeted_usage(analysis: Analysis) -> None:
    """The address and usage of a sentence that greets one reader by name and speaks of "your" home's usage."""
    why = "usage and home told to a reader greeted by name"
    for line in analysis.free_lines:
        text = line.segment.text
        greeting = _GREETING.match(text, line.start, line.end)
        if greeting is None or greeting.group("name").lower() in _MANY:
            continue
        homes = [m for m in street_addresses(text, greeting.end(), line.end)
                 if _YOUR_HOME_AT.search(text, greeting.end(), m.start())]
        # what the sentence says was, not what it supposes; read from the greeting, since the street's "E." would end
        # the sentence for ``_told_to_you``
        usage = [(start, end) for start, end in consumption_spans(text, greeting.end(), line.end)
                 if not _SUPPOSED.search(text, greeting.end(), start)]
        if homes and usage:
            for m in homes:
                analysis.add("address", line.segment, m.start(), m.end(), why)
            for start, end in usage:
                analysis.add("usage", line.segment, start, end, why)
