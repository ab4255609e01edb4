"""The person a reviewer's Word comment gives the phone or mailbox of, named in full in the paragraph it is on.

A memo's reviewer writes beside a paragraph how to reach the person it is about, by their given name: "Summary of the
matter involving Ana Ruiz, 12 Elm St. Staff recommends approval." with the comment "Check with Ana first - her cell
is 909 555 0142, email aruiz@gmail.com" or "Called back Ana at 909 555 0142". The comment makes the paragraph's person a private individual whose own
number and mailbox the City keeps (a claimant's, a customer's): their name, the home the paragraph gives right after
it, and the comment's contact details are that person's record. The Word reader puts a comment right after the body
paragraph it is anchored to (``comment 1``). Not an official or staff member the paragraph names by title ("prepared
by Ana Ruiz, Senior Analyst"), nor a comment that gives no one's own number ("Call the Clerk at ...").

The other way round, the paragraph speaks of a customer it does not name ("The first complaint came from a customer on
12 Elm St") and the comment says who that is, with their number ("This is Ana Ruiz, she called twice, 909 555 0142.
Please do not name her in the council memo."): the comment's name and contact and the paragraph's customer's home.
"""
from __future__ import annotations

import re

from ..public_contacts import to_e164
from ..vocabulary import common_word, fold, given_names
from .analysis import Analysis
from .persons import named_officially, names_in
from .shapes import EMAIL_RE, phone_spans, street_addresses

# a comment's element as the Word reader names it ("comment 1"), or the RTF reader its paragraphs ("comment 1,
# paragraph 1")
_COMMENT = re.compile(r"comments? \d+(?:, paragraph \d+)?")
# a given name, then whose number or mailbox follows: "Ana - her cell is", "Check with Ana first - her cell is",
# "Ana's mobile", "Ana: cell", "Ana also gave a second number"
_GIVEN_THEN_OWN = re.compile(r"\b(?P<given>[A-Z][^\W\d_]+)"
                             r"(?:['\u2019]s\b|(?:[ \t]+[a-z]+){0,3}[ \t]*[-\u2013\u2014:,]?[ \t]*"
                             r"\b(?:her|his|their)\b|[ \t]+(?:also[ \t]+)?(?:gave|gives|provided|left|added)"
                             r"(?:[ \t]+(?:us|me))?(?:[ \t]+(?:a|an|another|second|new|alternate|other|backup|work|home|"
                             r"daytime|evening))*)[ \t]+"
                             r"(?:own[ \t]+)?(?:cell|mobile|phone|number|home[ \t]+phone|e-?mail|mailbox)\b")
# a call back to the person by their given name, the number right after: "Called back Ana at 909 ...", "reached Ana on
# her cell 909 ...", "left a voicemail for Ana at ..."
_CALLED_GIVEN_AT = re.compile(r"\b(?i:called|phoned|texted|reached|left\s+(?:a\s+)?(?:message|voicemail|vm)\s+for)"
                              r"(?:[ \t]+back)?[ \t]+(?P<given>[A-Z][^\W\d_]+)(?:[ \t]+back)?[ \t]+(?i:at|on)\b")
_ADDRESS_AFTER_NAME = re.compile(r"[ \t]*(?:,|\bof\b|\bat\b)[ \t]*$")
# a comment that says who the paragraph's unnamed customer is: "This is Ana Ruiz, she called twice, 909 ...", "Caller
# was Ana Ruiz - 909 ...", "Customer: Ana Ruiz (909) ..."; the words before the name or the call after it
_WHO_BEFORE = re.compile(r"(?i)(?:\bthis\s+is|\bthat['\u2019]?s|\bit['\u2019]?s|"
                         r"\b(?:the\s+)?(?:customer|caller|complainant|resident|ratepayer|account\s?holder)"
                         r"(?:['\u2019]s\s+name)?\s*(?:is|was|:|=|-))[ \t]*$")
_CALLED_AFTER = re.compile(r"(?i)[ \t]*[,;-]?[ \t]*(?:(?:he|she|they)[ \t]+)?(?:called|phoned|e-?mailed|wrote|"
                           r"complained|left\s+(?:a\s+)?(?:message|voicemail|vm))\b")
# the paragraph's customer, unnamed, and the home it places them at: "a customer on 12 Elm St", "the caller at ...",
# "a resident of 12 Elm St"
_CUSTOMER_AT = re.compile(r"(?i)\b(?:customer|caller|complainant|resident|ratepayer|account\s?holder|household)s?"
                          r"(?:[ \t]+(?:who\s+)?(?:lives|living|residing)[ \t]+at|[ \t]+(?:on|at|of|from|in))[ \t]+$")
_SENTENCE_ENDS = re.compile(r"[.!?](?:\s|$)")


def find(analysis: Analysis) -> None:
    segments = analysis.document.segments
    for k, comment in enumerate(segments):
        if k == 0 or not _COMMENT.fullmatch(comment.location.element or ""):
            continue
        paragraph = next((s for s in reversed(segments[:k]) if not _COMMENT.fullmatch(s.location.element or "")), None)
        if paragraph is None or paragraph.label is not None:
            continue
        text = comment.text
        for match in [*_GIVEN_THEN_OWN.finditer(text), *_CALLED_GIVEN_AT.finditer(text)]:
            given = match.group("given")
            if fold(given) not in given_names() or common_word(given):
                continue
            contacts = [("phone", a, b) for a, b in phone_spans(text, match.end())] + \
                       [("email", m.start(), m.end()) for m in EMAIL_RE.finditer(text, match.end())]
            named = _named_in_full(paragraph.text, given)
            if named is None and contacts:
                paragraph, named = _named_in_full_elsewhere(segments, given, paragraph)
            if not contacts or named is None:
                continue
            start, end = named
            analysis.add("name", paragraph, start, end, "person a reviewer's comment gives the own contact of")
            home = next((m for m in street_addresses(paragraph.text, end, end + 80)
                         if _ADDRESS_AFTER_NAME.fullmatch(paragraph.text, end, m.start())), None)
            if home:
                analysis.add("address", paragraph, home.start(), home.end(),
                             "home of a person a reviewer's comment gives the own contact of")
            for kind, a, b in contacts:
                analysis.add(kind, comment, a, b, "own contact a reviewer's comment gives of the paragraph's person")
        _customer_identified(analysis, comment, paragraph)


def _customer_identified(analysis: Analysis, comment, paragraph) -> None:
    """A comment that names the customer the paragraph speaks of without naming them, with their own phone or mailbox
    in the same sentence ("This is Ana Ruiz, she called twice, 909 555 0142" on "The first complaint came from a
    customer on 12 Elm St ..."): the comment's name and contact, and the home the paragraph places its customer at,
    are that customer's record. Not a staff member or an official the comment names ("Check with Ana Ruiz, Senior
    Analyst, x4100": no words say the paragraph's customer is them), nor a City's number."""
    text = comment.text
    for start, end in names_in(text, anchored=True):
        if named_officially(text, start, end) or not (
                _WHO_BEFORE.search(text, max(0, start - 40), start) or _CALLED_AFTER.match(text, end)):
            continue
        stop = _SENTENCE_ENDS.search(text, end)
        sentence_end = stop.start() if stop else len(text)
        contacts = [("phone", a, b) for a, b in phone_spans(text, end, sentence_end)
                    if (e164 := to_e164(text[a:b])) and not analysis.contacts.phone_is_public(e164)] + \
                   [("email", m.start(), m.end()) for m in EMAIL_RE.finditer(text, end, sentence_end)]
        homes = [m for m in street_addresses(paragraph.text)
                 if _CUSTOMER_AT.search(paragraph.text, max(0, m.start() - 40), m.start())]
        if not contacts or not homes:
            continue
        why = "customer a reviewer's comment names, with the home the paragraph places them at"
        analysis.add("name", comment, start, end, why)
        for kind, a, b in contacts:
            analysis.add(kind, comment, a, b, why)
        for home in homes:
            analysis.add("address", paragraph, home.start(), home.end(), why)
        return


def _named_in_full_elsewhere(segments, given: str, paragraph):
    """Where a file keeps its comments apart from the text they are on (a Word 97 document's comment story after the
    whole text, an RTF's comments after its header and footer), the one person the file's body names in full with the
    comment's given name: (their paragraph, the name's span), or (``paragraph``, None) when none or two do."""
    found = {}
    for segment in segments:
        if segment.hidden or segment.label is not None or _COMMENT.fullmatch(segment.location.element or ""):
            continue
        named = _named_in_full(segment.text, given, anchored=True)  # the comment's given name anchors it
        if named is not None:
            found.setdefault(" ".join(segment.text[slice(*named)].split()).lower(), (segment, named))
    return next(iter(found.values())) if len(found) == 1 else (paragraph, None)


def _named_in_full(text: str, given: str, anchored: bool = False) -> tuple[int, int] | None:
    """The span of the name in ``text`` whose given name is ``given`` and that no title makes an official's."""
    for start, end in names_in(text, anchored=anchored):
        words = text[start:end].split()
        if len(words) >= 2 and fold(words[0]) == fold(given) and not named_officially(text, start, end):
            return start, end
    return None
