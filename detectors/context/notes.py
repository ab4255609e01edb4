"""Notes on a customer's page: a PDF's sticky note or comment on the page of an appeal decision or a billing record
speaks of that page's case ("Appellant called 11/6 from 626-...; mail it to her daughter's address: 912 Indian Hill
Blvd ..."), though it names no one. Its phones, street addresses and mailboxes that are no office's or firm's are the
customer's. A note that names a person is read as prose is (it says whose case it is).

So does a form's notes field on the page of one customer's order or inspection ("Notes: cust on site, kwh last bill
341; pole 0027938E", below the checklist): its consumption figures and the numbers it gives to call back are that
customer's; a page of several customers' records leaves its notes to the reading of each record. So is a second number
such a page gives to reach the customer by ("Alternate contact (daughter): 442.848.6205", "Emergency contact: ..."),
unless an office's word stands before it.

A reviewer's note (a PDF's sticky note, a Word or OpenDocument comment) that names a resident who came to the program
or asked it for a service ("Follow up: Ana Ruiz stopped by the booth, wants a home audit. Call 909-...", "Ana Ruiz
asked about the heat-pump rebate, ana@mail.com") is staff's private record of that person's request: their name and
the phone, mailbox or home the note gives to reach them are reported. A note on the document's wording ("fix typo"),
on staff ("Call Maria in Finance x4412", "Dolores Ybarra wants the final numbers, 909-...") or naming a firm's person
("Ana Ruiz of Ruiz Electric wants ...") is none.

A PDF's bookmark over a page that withholds whose record it is ("Caller: [REDACTED]", "Name: [Withheld]") names what
the redaction hid when its title names a person ("Voicemail transcript - Ana Ruiz <...>"): the person's name and the
phone or mailbox beside it in the title are reported."""
from __future__ import annotations

import re
from collections import defaultdict

from ..vocabulary import fold, frequent, name_like, surname_shares, word_frequencies
from .analysis import Analysis, Line, page_of
from .cues import ABBREVIATED_TITLES, PERSONAL_TITLES, SERVICE_MATTER, contact_to_call
from ..public_contacts import public_cue
from .history import public_story
from .label_blocks import phones_to_call
from .persons import _UPPER, family_names, named_officially, names_an_official, names_in, person_name, trade_name
from .public_people import of_another_kind
from .shapes import ADDRESS_RE, CALLBACK_PHONE, consumption_spans, phone_spans

_NOTE = "annotation"  # the hidden part a PDF's comment, popup or free text is extracted as


def find(analysis: Analysis) -> None:
    _notes_fields(analysis)
    _staff_notes(analysis)
    _logged_callers(analysis)
    _one_callers_log(analysis)
    _residents_requests(analysis)
    _homes_in_review_notes(analysis)
    _families_in_notes(analysis)
    _surnames_at_homes(analysis)
    _persons_a_staff_note_looked_up(analysis)
    _bookmarks_over_withheld_names(analysis)
    notes = [s for s in analysis.segments if s.hidden == _NOTE and s.text.strip()]
    if not notes:
        return
    cases = {page_of(a.segment) for anchors in analysis.anchors.values() for a in anchors if a.segment.hidden != _NOTE}
    cases |= {page_of(f.segment) for f in analysis.context.fields if f.kind == "name" and f.segment.hidden != _NOTE}
    for note in notes:
        if page_of(note) not in cases or names_in(note.text, anchored=True):
            continue
        for kind, segment, start, end in analysis.contact_fields([Line(note, 0, len(note.text))]):
            analysis.add(kind, segment, start, end, "a note on the page of a customer's case, about that case")


# a form's notes field opening its line: "Notes:", "Tech notes:", "Inspector comments:", "Remarks:"
_NOTES_FIELD = re.compile(r"(?im)^[ \t]*(?:[a-z]+[ \t]+)?(?:notes?|comments?|remarks?)[ \t]*:[^\n]*")

# a line giving a second number to reach the customer by, a relative's or a neighbour's ("3. Alternate contact
# (daughter): 442.848.6205", "Emergency contact - son: ...", "Alt phone: ..."): on the page of one customer's record,
# the customer's contact details, as a form's second phone field is
_SECOND_CONTACT = re.compile(r"(?im)^[ \t]*(?:\d{1,2}[.)][ \t]*|[-*\u2022][ \t]*)?(?:alternate|alt\.?|secondary|second|"
                             r"backup|emergency)[ \t]+(?:contact|phone|number|tel|cell)\b[^:\n]{0,40}?[:\u2013-](?P<value>[^\n]*)")
_SECOND_CONTACT_WHY = "second contact the customer gave, on the page of their record"
# a sentence that speaks of the page's one customer by their role in the case, or of their home, and of what it used
# ("The customer reports usage near 836 kWh per month", "Over the last twelve months the premise used between 2,165
# kWh and ...", "the appellant's usage was ..."): on the page of one customer's record, that customer's consumption;
# not "the average customer", a class's or an area's (the article stands right before the role)
_ROLE_USAGE = re.compile(r"(?i)\b(?:the|this)[ \t]+(?:customer|appellant|claimant|complainant|account[ \t]?holder|"
                         r"ratepayer|applicant|premises?|household|residence|home|house|unit|apartment|account)"
                         r"(?:['\u2019]s)?[ \t]+(?:[a-z]+[ \t]+){0,3}?"
                         r"(?:used|uses|usage|consumed|consumption|averaged|drew)\b[^.;!?\n]*")
_ROLE_USAGE_WHY = "usage of the customer a sentence names by their role, on the page of their record"


def _role_usage(text: str) -> list[tuple[int, int]]:
    """The consumption figures of ``_ROLE_USAGE``'s sentences in ``text``."""
    return [span for m in _ROLE_USAGE.finditer(text) for span in consumption_spans(text, m.start(), m.end())]


def _notes_fields(analysis: Analysis) -> None:
    """The usage and callback numbers in the notes fields of the pages that name one customer (see the module)."""
    customers = defaultdict(set)
    for field in analysis.context.fields:
        if field.kind == "name":
            customers[page_of(field.segment)].add(" ".join(field.text.lower().split()))
    for segment in analysis.free if customers else ():
        if len(customers.get(page_of(segment), ())) != 1:
            continue
        for line in _NOTES_FIELD.finditer(segment.text):
            why = "notes field on the page of a customer's order"
            for start, end in consumption_spans(segment.text, line.start(), line.end()):
                analysis.add("usage", segment, start, end, why)
            for start, end in phones_to_call(segment.text, line.start(), line.end()):
                analysis.add("phone", segment, start, end, why)
        if "kwh" in segment.text.lower():
            for start, end in _role_usage(segment.text):
                analysis.add("usage", segment, start, end, _ROLE_USAGE_WHY)
        if "ontact" not in segment.text and "hone" not in segment.text:
            continue
        for line in _SECOND_CONTACT.finditer(segment.text):
            for start, end in phone_spans(segment.text, line.start("value"), line.end()):
                if not public_cue(segment.text[line.start():start]):  # not "Emergency phone: SCE outage line ..."
                    analysis.add("phone", segment, start, end, _SECOND_CONTACT_WHY)


# the hidden parts a reviewer's note is extracted as: a PDF's annotation, a Word or OpenDocument comment
_REVIEW_NOTES = frozenset({_NOTE, "comment"})
# what a resident did or asked, right after their name (a bracketed mailbox or phone between): "stopped by the booth",
# "came in", "called about", "wants", "asked", "requested", "is interested in", "signed up"
_CAME_OR_ASKED = re.compile(r"(?i)[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?,?[ \t]*(?:(?:stopped|came|dropped|walked)[ \t]+"
                            r"(?:by|in)|called[ \t]+(?:in|about|for|to[ \t]+ask)|wants|wanted|would[ \t]+like|asked|"
                            r"requested|(?:is|was)[ \t]+interested|interested[ \t]+in|signed[ \t]+up|inquired|enquired)\b")
# a service a utility's program gives a resident, or the place they came to ask for it: the note speaks of the
# person's request to the program, not of staff's work ("wants the final numbers", "asked to reprint flyers")
_PROGRAM_SERVICE = re.compile(r"(?i)\b(?:(?:home|energy)[ \t]+(?:audits?|assessments?|upgrades?)|audits?|rebates?|"
                              r"enrol(?:l|ls|led|ling|lment)|(?-i:CARE|FERA)|medical[ \t]+baseline|heat[\s-]?pumps?|solar|"
                              r"weatheriz\w*|payment[ \t]+plan|(?:her|his|their|my)[ \t]+(?:bill|account|service)|"
                              r"call[\s-]?back|opt[\s-]?(?:out|in)|booth|front[ \t]+desk|counter|lobby)\b")
_REQUEST_WHY = "a reviewer's note of a resident's request to the program, with their contact details"


def _residents_requests(analysis: Analysis) -> None:
    """The residents reviewers' notes record coming to the program or asking it for a service, with the contact
    details the note gives (see the module)."""
    for note in analysis.segments:
        if note.hidden not in _REVIEW_NOTES or not _PROGRAM_SERVICE.search(note.text):
            continue
        names = [(a, b) for a, b in analysis.private_names_in(note.text) if _CAME_OR_ASKED.match(note.text, b)]
        if not names:
            continue
        contacts = [c for c in analysis.contact_fields([Line(note, 0, len(note.text))])
                    if c[0] in ("address", "phone", "email") and not _DESK_AFTER.match(note.text, c[3])]
        if contacts:
            for start, end in names:
                analysis.add("name", note, start, end, _REQUEST_WHY)
            for kind, segment, start, end in contacts:
                analysis.add(kind, segment, start, end, _REQUEST_WHY)


# a reviewer's note giving someone's home: "house is 12 Elm St, Apt 4", "her home address: 12 Elm St", "lives at 12 ..."
_HOME_IS = re.compile(r"(?i)\b(?:(?:(?:her|his|their|the)[ \t]+)?(?:house|home|residence)(?:[ \t]+address)?[ \t]+"
                      r"(?:is|at)|(?:her|his|their)[ \t]+(?:home[ \t]+)?address(?:[ \t]+is)?|(?:lives|resides)[ \t]+at)"
                      r"[ \t]*:?[ \t]*(?=\d)")
_HOME_WORDS = ("house", "home", "residence", "address", "lives", "resides")
_HOME_WHY = "home a reviewer's note gives for a person of the document"


def _homes_in_review_notes(analysis: Analysis) -> None:
    """The homes reviewers' notes (a Word comment, a PDF's sticky note) give ("Confirm quote with her - ... / house is
    12 Elm St, Apt 4"): staff's private note of where a person lives, never published with the document; the address
    must be a home's by the note's words, not an office's or a facility's (``contact_fields``)."""
    for note in analysis.segments:
        if note.hidden not in _REVIEW_NOTES or not any(word in note.text.lower() for word in _HOME_WORDS):
            continue
        for m in _HOME_IS.finditer(note.text):
            for kind, where, a, b in analysis.contact_fields([Line(note, m.end(), _sentence_end(note.text, m.end()))]):
                if kind == "address" and a == m.end():
                    analysis.add(kind, where, a, b, _HOME_WHY)


# the notes a presenter or a reviewer keeps beside a document, never shown with it
_KEPT_NOTES = frozenset({"speaker notes", *_REVIEW_NOTES})
_FAMILY_WHY = "household a note calls by its surname, in the sentence that gives its record"
# what joins a household's name to its home or number right after it: "the Ruiz family - 12 Elm St", "(12 Elm St",
# ", 909-...", " at 12 Elm St" (not a sentence's later place: "the donation to the canopy at 1750 N Garey Ave")
_RECORD_AFTER = re.compile(r"[ \t]*(?:[,:;(\u2013\u2014-][ \t]*(?:(?i:at|on)[ \t]+)?|[ \t]+(?i:at|on)[ \t]+)")


def _families_in_notes(analysis: Analysis) -> None:
    """The household a speaker's or a reviewer's note calls by its surname ("Mention the Ruiz family - 12 Elm St,
    they've called 9 times"), in a note holding an account or a record the context found, when a home, a phone or a
    mailbox follows the family's name as its record does: the surname names that record's customer, and the home and
    the contacts of the family's sentence are theirs."""
    recorded = {id(f.segment) for f in analysis.context.fields if f.segment.hidden in _KEPT_NOTES}
    for note in analysis.segments:
        if note.hidden not in _KEPT_NOTES or "amil" not in note.text or (
                id(note) not in recorded and not analysis.anchors_in(note, 0, len(note.text))):
            continue
        for start, end in family_names(note.text):
            record = _RECORD_AFTER.match(note.text, end)
            told = analysis.contact_fields([Line(note, end, _sentence_end(note.text, end))])
            if record and any(kind in ("address", "phone", "email") and a == record.end() for kind, _, a, _ in told) \
                    and not named_officially(note.text, start, end):
                analysis.add("name", note, start, end, _FAMILY_WHY)
                for kind, where, a, b in told:
                    if kind in ("address", "phone", "email") and not _DESK_AFTER.match(where.text, b):
                        analysis.add(kind, where, a, b, _FAMILY_WHY)


# a call note's shorthand for a customer at their home: a surname in capitals, "@" or "at", then the house number
# ("cb 951-699-5293 - TRUONG @ 15850 S Loma Alta Dr Apt 36 re: streetlight out / SCE 4028405801")
_SURNAME_AT = re.compile(r"(?<![\w'\u2019&/.-])(?P<surname>[A-Z][A-Z'\u2019]+(?:-[A-Z][A-Z'\u2019]+)?)[ \t]*"
                         r"(?:@|\bat\b)[ \t]*(?=\d)")
_SURNAME_SHARE = 1e-5  # a surname borne by 1 in 100,000 Americans or more ("Truong", "Delgado")
_UNLISTED_SURNAME = 5  # letters of a surname no list holds, at least: longer than an acronym ("OKONKWO", not "ADU")
_VOWEL = re.compile(r"[AEIOUY]")
_SURNAME_AT_WHY = "surname in capitals a call note gives with the customer's home, in a line holding their record"


def _surname_in_capitals(word: str) -> bool:
    """A word in capitals that is a listed surname's (each half of a hyphenated one) and no word of the language, or a
    longer word with a vowel that reads as a name and no word ("TRUONG", "DELGADO-ROSS", "OKONKWO"; not "MAIN",
    "PARK", "CITY", an acronym "SR", "WO", "ADU" or "XFMR")."""
    shares = surname_shares()
    return all(name_like(part) or not frequent(part) if shares.get(fold(part), 0.0) >= _SURNAME_SHARE else
               len(part) >= _UNLISTED_SURNAME and _VOWEL.search(part) is not None and name_like(part)
               for part in word.split("-"))


def _surnames_at_homes(analysis: Analysis) -> None:
    """A call note's shorthand for the customer it is about: their surname in capitals, "@" or "at", their street
    address (``_SURNAME_AT``), in a line that holds the customer's account or the number to call them back at. The
    capitals are the way a CIS or a call log writes a surname; a line that names an office or a staff member, or an
    address the context does not read as a home, is left alone."""
    for segment in analysis.segments:
        text = segment.text
        if "@" not in text and " at " not in text:
            continue
        for match in _SURNAME_AT.finditer(text):
            if not ADDRESS_RE.match(text, match.end()) or not _surname_in_capitals(match["surname"]):
                continue
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            end = len(text) if end < 0 else end
            if not (analysis.anchors_in(segment, start, end) or CALLBACK_PHONE.search(text, start, end)):
                continue
            before = text[start:match.start()].rstrip()
            if before[-1:].isupper() or public_cue(before) or named_officially(
                    text, match.start(), match.end("surname")):
                continue  # "CITY HALL @ 505 S Garey Ave": a place in capitals, not a surname
            analysis.add("name", segment, match.start("surname"), match.end("surname"), _SURNAME_AT_WHY)


# a staff note that calls the person of the entry it is appended to by their role there, then says they are a customer
# or gives their account ("[Staff note for Council: commenter is MCP customer, SA 0453973371, svc addr ...]")
_ROLE_IN_NOTE = re.compile(r"(?i)\b(?:commenter|speaker|caller|writer|sender|submitter|requester|requestor|"
                           r"petitioner)(?:['\u2019]s)?\b")
_ENTRY_LINES = 4  # segments of the entry above the note, at most, read for the person's name heading it
_LOOKED_UP_WHY = "person a staff note on their entry looked up as a customer (their account in the note)"


def _entry_of(segment) -> str | None:
    """The element a segment's entry is (a public comment's box: "main > div:nth-of-type(5)"), or None when the
    document tells no elements."""
    element = segment.location.element
    return element.rsplit(" > ", 1)[0] if element and " > " in element else None


def _persons_a_staff_note_looked_up(analysis: Analysis) -> None:
    """The person heading an entry (a public comment's, a speaker card's, a call's) a staff note is appended to,
    when the note calls them by that role and holds their account ("Shirin Rezaei" / "My bill has been wrong ..." /
    "[Staff note: commenter is MCP customer, SA 0453973371, svc addr ...]"): staff looked the person up as a
    customer, and the note ties their name to the account. The name is the entry's first line, all of it a person's
    name (or the name and a street address after a comma), of no official; an entry the document gives no element for
    is left alone, since its lines above may be another person's; so is an element that is no entry's box but the
    page's (minutes' paragraphs one after another in ``main``, "Speaker Ana Ruiz (...) read her account ..." a
    speaker's own words, not a note on the paragraph four above): the entry opens within the lines read above the
    note and holds few more after it."""
    entries = None
    for k, note in enumerate(analysis.segments):
        entry = _entry_of(note)
        if entry is None or not _ROLE_IN_NOTE.search(note.text) or not analysis.anchors_in(note):
            continue
        if entries is None:
            entries = {}
            for i, segment in enumerate(analysis.segments):
                entries.setdefault(_entry_of(segment), []).append(i)
        lines = entries.get(entry, [])
        if lines[0] < k - _ENTRY_LINES or len(lines) > 2 * _ENTRY_LINES:
            continue  # the page's own container, not a comment's box
        heading = None
        for above in analysis.segments[max(0, k - _ENTRY_LINES):k]:
            if _entry_of(above) == entry:
                heading = above
                break
        if heading is None:
            continue
        text = heading.text
        name = text.split(",", 1)[0].strip()
        start = text.find(name)
        if (start < 0 or not person_name(name, strict=True)
                or (start, start + len(name)) not in names_in(text, anchored=True)
                or named_officially(text, start, start + len(name)) or names_an_official(name, analysis.officials)):
            continue
        analysis.add("name", heading, start, start + len(name), _LOOKED_UP_WHY)


_BOOKMARK = "pdf bookmark"  # the hidden part a PDF's outline entry is extracted as
# a person's field whose value a redaction stamp replaced: "Caller: [REDACTED]", "Customer name: (withheld)"
_WITHHELD_NAME = re.compile(r"(?i)\b(?:name|caller|customer|sender|from|claimant|complainant|requester|requestor|"
                            r"account\s+holder|resident)\s*:\s*[\[(<]?\s*(?:redacted|withheld)\b")


def _bookmarks_over_withheld_names(analysis: Analysis) -> None:
    """The names a PDF's bookmarks give over pages that withhold whose record they are, with the phones and mailboxes
    beside them in the title (see the module)."""
    bookmarks = [s for s in analysis.segments if s.hidden == _BOOKMARK]
    if not bookmarks:
        return
    withheld = {page_of(s) for s in analysis.free if _WITHHELD_NAME.search(s.text)}
    why = "bookmark naming the person its page's redaction withholds"
    for bookmark in bookmarks:
        if page_of(bookmark) not in withheld:
            continue
        names = [(a, b) for a, b in names_in(bookmark.text, anchored=True)
                 if person_name(bookmark.text[a:b], strict=True)]
        for start, end in names:
            analysis.add("name", bookmark, start, end, why)
        if names:
            for kind, segment, start, end in analysis.contact_fields([Line(bookmark, 0, len(bookmark.text))]):
                analysis.add(kind, segment, start, end, why)


# a person's name as a note writes it: two to four capitalised words, a particle between them ("Ana de la Cruz")
_NAME = (rf"(?P<name>[{_UPPER}][\w'\u2019-]+(?:[ \t]+(?:(?:de|del|de la|da|dos|van|von|der|di|le|la|bin|al|el)[ \t]+)?"
         rf"[{_UPPER}](?:\.|[\w'\u2019-]+)){{1,3}})")
# (and the titles of the City's translated pages: Tagalog G./Gng./Bb., Vietnamese Ông/Bà/Chị opening a sentence)
_TITLE = rf"(?:(?:(?:{ABBREVIATED_TITLES}|G|Gng|Bb)\.?|\u00d4ng|B\u00e0|Ch\u1ecb)[ \t]+)?"
# the words that tie a name to the field right after it (the field's start follows the match):
# a callback owed to the person: "Call Ana Ruiz at", "Llamar a Ana Ruiz al", "Hold copy for Ana Ruiz, ", "Follow-up
# owed to Ana Ruiz, ", "Ana Ruiz called back - reach at", "Ana Ruiz phoned, call her back at"
_CALL_NAME_AT = re.compile(r"(?:^|(?<=[\s(:;,\u2022-]))(?i:call|phone|text|ring|llamar[ \t]+a|llame[ \t]+a|"
                           r"comunicarse[ \t]+con)[ \t]+" + _TITLE + _NAME + r"[ \t]+(?i:at|on|al|en)[ \t]+(?=[(+\d])")
_COPY_FOR_NAME = re.compile(r"(?i:\b(?:(?:hold|keep|mail|send|leave)[ \t]+(?:a[ \t]+|the[ \t]+)?(?:cop(?:y|ies)|letter|"
                            r"notice|packet|results?)[ \t]+for|follow[\s-]?ups?[ \t]+(?:owed|due|needed|pending)[ \t]+"
                            r"(?:to|for|with))[ \t]+)" + _TITLE + _NAME + r"[ \t]*[,:\u2013\u2014-][ \t]*(?=[(+\d])")
_NAME_CALLED_BACK = re.compile(r"(?:^|(?<=[\s(:;\u2022]))" + _TITLE + _NAME + r"[ \t]+(?i:called|phoned|rang)"
                               r"(?:[ \t]+(?i:back|in))?[ \t]*[,;:\u2013\u2014-]?[ \t]*(?i:(?:please[ \t]+)?(?:reach|call)"
                               r"(?:[ \t]+(?:her|him|them))?(?:[ \t]+back)?[ \t]+)?(?i:at|on|from)[ \t]+(?=[(+\d])")
# a callback the person asked for: "Ana Ruiz, who asked for a call at", "Ana Ruiz wants a callback on", "Ana Ruiz
# requested to be called at", "Ana Ruiz prefers a text at"
_NAME_ASKED_FOR_CALL = re.compile(r"(?:^|(?<=[\s(:;,\u2022-]))" + _TITLE + _NAME + r"[ \t]*,?[ \t]+(?i:who[ \t]+)?"
                                  r"(?i:asked|asks|requested|requests|wants|wanted|prefers|preferred|would[ \t]+like)"
                                  r"[ \t]+(?i:for[ \t]+|to[ \t]+(?:be[ \t]+|get[ \t]+)?)?(?i:an?[ \t]+)?"
                                  r"(?i:(?:return[ \t]+|phone[ \t]+)?call(?:[\s-]?back|ed(?:[ \t]+back)?)?|"
                                  r"texts?|texted|"
                                  # whom they asked to call them: "asked that staff call her at", "asked staff to
                                  # call him back on" (not "asked staff to call the hotline at": the pronoun says
                                  # the number is theirs)
                                  r"(?:that[ \t]+)?(?:staff|someone)[ \t]+"
                                  r"(?:to[ \t]+)?(?:call|phone|text)[ \t]+(?:him|her|them)(?:[ \t]+back)?)"
                                  r"[ \t]+(?i:at|on)[ \t]+(?=[(+\d])")
# the person's own home: "Ana Ruiz lives at ", "Ana Ruiz's home at ", "Ana Ruiz on 1234 ...", "requested by Ana Ruiz
# at 1234 ...", a few words in lower case told of them in commas between ("Ana Ruiz, who rents the back unit, at
# 1234 ...", "Ana Ruiz, the tenant, at ..."), "Ana Ruiz - move-in at 1234 ..."; the same on the City's translated pages: Spanish "vive en", "con
# domicilio en", Tagalog "(ay) nakatira sa", Vietnamese "tại" and "ở" (at), "sống tại"/"sống ở" (lives at), "thuê
# nhà tại" (rents a home at); the home in its language's order too: after "Số" (number) or a street's name before
# its number ("vive en Este Holt Ave 3382")
_LIVES_AT_TRANSLATED = (r"(?:vive|reside)[ \t]+en|con[ \t]+domicilio[ \t]+en|(?:ay[ \t]+|na[ \t]+)?nakatira[ \t]+sa|"
                        r"(?:s\u1ed1ng[ \t]+|thu\u00ea[ \t]+nh\u00e0[ \t]+)?(?:t\u1ea1i|\u1edf)")
_NAME_AT_HOME = re.compile(r"(?:^|(?<=[\s(:;,\u2022-]))" + _TITLE + _NAME
                           + r"(?:['\u2019]s[ \t]+(?i:home|house|residence)[ \t]+(?i:at|on)"
                           r"|[ \t]*,?[ \t]+(?i:(?:lives|resides|"
                           rf"living|residing)[ \t]+at|{_LIVES_AT_TRANSLATED})|[ \t]+(?i:on|at)|[ \t]*[,:\u2013\u2014-][ \t]*(?i:move[\s-]?in|"
                           r"move[\s-]?out|moving[ \t]+(?:in|out)|new[ \t]+service|(?:start|stop|transfer)[ \t]+service|"
                           r"turn[\s-]?on)[ \t]+(?:at|on)"
                           # a few words in lower case told of them in commas: ", who rents the back unit, at"
                           r"|[ \t]*,[ \t]+(?:who|the|a|an|our|her|his|their)[ \t]+(?:[a-z][\w'\u2019-]*[ \t]+){0,4}?"
                           r"[a-z][\w'\u2019-]*[ \t]*,[ \t]*(?i:at|on)"
                           # a photo of the person with what was installed at their home: "Ana Ruiz in front of the
                           # panels at 1234 ...", "Ana Ruiz beside her new heat pump at ..."
                           r"|[ \t]+(?i:in[ \t]+front[ \t]+of|outside|beside|next[ \t]+to|with)[ \t]+"
                           r"(?i:the|their|her|his)[ \t]+(?:(?i:new|rooftop|solar|home)[ \t]+)?(?i:solar[ \t]+)?"
                           r"(?i:panels|array|system|heat[ \t]+pump|battery|charger|home|house)[ \t]+(?i:at|on))"
                           r"[ \t]+(?=\d|(?i:s\u1ed1)\s|[A-Z]\w*\s+[A-Z])")
# a visit's or an order's home, then whom it is for or whose it is: "Visit at 1234 W Holt Ave for Ana Ruiz", "a photo
# of the meter at 1234 W Holt Ave, home of Ana Ruiz"
_FOR_NAME = re.compile(r"(?:[ \t]+(?i:for)|[ \t]*[,(]?[ \t]*(?i:(?:the[ \t]+)?(?:home|house|residence)[ \t]+of))[ \t]+"
                       + _TITLE + _NAME + r"(?![\w'\u2019-])")
# a site-visit label naming the person whose home the premise is, the street address on its line or the next
_PREMISE_NAME = re.compile(r"(?:^|(?<=\n))[ \t]*(?i:premises?|residence|resident|occupant|homeowner)[ \t]*:[ \t]*"
                           + _TITLE + _NAME)
# a talk staff had with the person, or with a relative of theirs, at the number ("Spoke with Ana Ruiz at ...", "Spoke
# w/ claimant's daughter Ana Ruiz at ...", "left a voicemail for Ana Ruiz on ..."): a case note's record of the call
_RELATIVE = (r"(?:son|daughter|husband|wife|spouse|partner|mother|father|mom|dad|sister|brother|grandson|granddaughter|"
             r"niece|nephew|caregiver|neighbou?r|landlord|tenant|roommate)")
_SPOKE_WITH_AT = re.compile(r"(?:^|(?<=[\s(:;,\u2022-]))(?i:spoke|spoken|talked|speaking|left[ \t]+(?:a[ \t]+)?(?:message|"
                            r"voicemail|vm|msg))[ \t]+(?i:with|w/|to|for)[ \t]+"
                            rf"(?:(?i:the[ \t]+)?(?:[a-z]+['\u2019]s[ \t]+|(?i:her|his|their)[ \t]+)?(?i:{_RELATIVE})"
                            r"[ \t]*,?[ \t]+)?" + _TITLE + _NAME + r"[ \t]+(?i:at|on)[ \t]+(?=[(+\d])")
# a case known by the person's name, and their call from a number: "this is the Ana Ruiz case, she called from ...",
# "the Ana Ruiz account - he phoned in from ..."
_CASE_CALLED_FROM = re.compile(r"(?i:\bthe)[ \t]+" + _TITLE + _NAME + r"(?:['\u2019]s)?[ \t]+(?i:case|file|account|"
                               r"claim|appeal|complaint|matter)[ \t]*[,;:\u2013\u2014-]?[ \t]*(?i:(?:and|who)[ \t]+)?"
                               r"(?i:she|he|they|who)[ \t]+(?i:has[ \t]+|had[ \t]+)?(?i:called|phoned|rang|texted)"
                               r"(?:[ \t]+(?i:us|in|back))?[ \t]+(?i:at|on|from)[ \t]+(?=[(+\d])")
# a relative of the person reached at a number for them: "Mr. Ruiz's daughter was called at ...", "Ana Ruiz's son
# (caregiver) can be reached at ..."; the person named by title and surname too
_RELATIVE_CALLED_AT = re.compile(rf"(?:^|(?<=[\s(:;,\u2022-]))(?:(?P<titled>(?:{PERSONAL_TITLES})\.?[ \t]+"
                                 rf"[{_UPPER}][\w'\u2019-]+)|" + _TITLE + _NAME + r")['\u2019]s[ \t]+"
                                 rf"(?i:{_RELATIVE})(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]+(?i:(?:was|is|were|has[ \t]+been|"
                                 r"can[ \t]+be|may[ \t]+be)[ \t]+)?(?i:called|reached|phoned|contacted|texted|notified)"
                                 r"[ \t]+(?i:at|on)[ \t]+(?=[(+\d])")
# a visit or a welfare check on the person at their home, the address after the name or in brackets after it ("Engine
# 42 checked on Ana Ruiz (1234 W Holt Ave)", "crew visited Ana Ruiz at 1234 ...", "welfare check for Ana Ruiz, 12 ...")
_CHECKED_ON_NAME = re.compile(r"(?i:\b(?:checked[ \t]+(?:in[ \t]+)?on|check(?:ing)?[ \t]+(?:in[ \t]+)?on|visited|"
                              r"welfare[ \t]+checks?[ \t]+(?:on|for|of)|wellness[ \t]+checks?[ \t]+(?:on|for|of)|"
                              r"knocked[ \t]+on[ \t]+(?:the[ \t]+)?door[ \t]+of))[ \t]+" + _TITLE + _NAME
                              + r"[ \t]*(?:\([ \t]*|,[ \t]*|[ \t]+(?i:at|on)[ \t]+)(?=\d)")
# the same visit or call to an unnamed resident at their home: "could not reach the resident at 590 Elm St, Apt 1"
_RESIDENT_AT_HOME = re.compile(r"(?i)\b(?:reach(?:ed)?|check(?:ed)?[ \t]+(?:in[ \t]+)?on|visit(?:ed)?|contact(?:ed)?|"
                               r"knocked[ \t]+on[ \t]+the[ \t]+door[ \t]+of)[ \t]+the[ \t]+(?:resident|customer|"
                               r"occupant|tenant|household|homeowner|patient)[ \t]+(?:at|of)[ \t]+(?=\d)")
# a field crew's visit to a home, the address right after the words ("Crew arrived at 2501 Bel Aire Ct ... at 9:40 am.",
# "Site visit: 6408 N. Padua Ave ...", "Technician was dispatched to 12 Elm St"), a home when the resident it went to
# is spoken of in the same line or the next ("... gate code given by resident", "Resident Ana Ruiz was home")
_CREW_AT = re.compile(r"(?i)\b(?:(?:crew|technician|tech|inspector|meter[ \t]+reader|field[ \t]+(?:rep|representative|"
                      r"tech|staff|crew)|serviceman|lineman)[ \t]+(?:arrived|went|responded|returned|was[ \t]+dispatched|"
                      r"were[ \t]+dispatched)[ \t]+(?:at|to)|(?:site|field|premises?)[ \t]+visit(?:[ \t]+(?:at|to)|[ \t]*:))"
                      r"[ \t]+(?=\d)")
_RESIDENT_SPOKEN_OF = re.compile(r"(?i)\b(?:resident|customer|occupant|tenant|homeowner|account[ \t]?holder)s?\b"
                                 r"(?![ \t]+(?:service|care|support|relations|programs?)\b)")
_CREW_VISIT_WHY = "home a field crew visited, of the resident the note speaks of"
# the cue words of the patterns above, lower-cased: a segment with none of them is not read
_NOTE_WORDS = ("call", "phone", "text", "ring", "llam", "comunicarse", "cop", "letter", "notice", "packet", "result",
               "follow", "phoned", "rang", "lives", "resides", "living", "residing", " on ", " at ", "move", "service",
               "turn", " for ", "premise", "residence", "resident", "occupant", "homeowner", "vive", "reside",
               "domicilio", "nakatira", "t\u1ea1i", "\u1edf", "check", "visit", "knocked", "number", "cell", "mobile")
# a contact the text offers the public ("For questions about your bill, call Ana Ruiz at ..."): staff's, no customer's
_OFFERED = re.compile(r"(?i)\b(?:questions?|information|info|assistance|help|inquir(?:y|ies)|concerns?|appointments?|"
                      r"contact\s+us|to\s+(?:schedule|register|rsvp|apply|enroll|join|sign\s+up|learn|request|reserve|"
                      r"volunteer|participate|donate))\b"
                      r"(?:[^.!?\n]|\.(?=[ \t]?\d)){0,80}$")  # a month's dot is no sentence's end: "Nov. 8"
_OFFER_REACH = 100  # how far before a call its offer may stand ("To enroll, residents can call ...")
# the public asked to call, right before the call: "Residents can call ...", "Customers who need help may call ...",
# "Members of the public are invited to call ...": whom they call is a published contact, no customer
_PUBLIC_ASKED_TO_CALL = re.compile(r"(?i)\b(?:residents|customers|ratepayers|the\s+public|anyone|everyone|participants|"
                                   r"attendees|households|neighbou?rs|seniors|families|businesses)\b"
                                   r"(?:\s+(?:who|that|interested|wishing)\b[^.!?\n]{0,60}?)?"
                                   r"\s+(?:can|may|should|are\s+(?:invited|encouraged|welcome)\s+to)\s+$")


def _offered(analysis: Analysis, segment, start: int) -> bool:
    """Whether an offer to the public stands before a call at ``start`` in its sentence (``_OFFERED``), on its line
    or, a paragraph's lines being a PDF's segments, on the line before on its page ("... Residents who want to join"
    over "can call Marguerite Sandoval at (909) 620-3360 or visit ...")."""
    text = segment.text
    if _offer_ends(text, max(0, start - _OFFER_REACH), start):
        return True
    at = analysis.segment_index.get(id(segment))
    if not at or start > _OFFER_REACH or "\n" in text[:start]:
        return False
    before = analysis.segments[at - 1]
    if page_of(before) != page_of(segment) or before.hidden != segment.hidden or page_of(segment) is None:
        return False
    joined = f"{before.text} {text[:start]}"
    return _offer_ends(joined, max(0, len(joined) - _OFFER_REACH), len(joined))


def _offer_ends(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends on an offer to the public or on the public asked to call."""
    return bool(_OFFERED.search(text, start, end) or _PUBLIC_ASKED_TO_CALL.search(text, start, end))


# a firm's name after its owner or its person ("..., owner of Golden Oak Bakery at 12 Main St", "Ana Ruiz of Ruiz
# Plumbing"): the address is the firm's, the words no person's
# (a home's "of" names its resident: "the home of Ana Ruiz at 12 Main St")
_FIRM_BEFORE = re.compile(r"(?i)\b(?:(?<!\bhome )(?<!\bhouse )(?<!\bresidence )of|owner|owns|owned\s+by|proprietor|"
                          r"manager|dba|d/b/a)[ \t]+(?:the[ \t]+)?$")
# whom work at a place was done or issued for ("a water heater installed for Ana Ruiz at 88 Elm St", "issued to"): a
# permit's or an order's beneficiary at the site, not a note of where the person lives
_FOR_BEFORE = re.compile(r"(?i)\b(?:for|to)[ \t]+$")
# an extension or an office after a number: a desk's, staff's ("... 909 ... x4417", "(909) ... - Billing")
_DESK_AFTER = re.compile(r"(?i)[ \t]*(?:,[ \t]*)?(?:(?:x|ext\.?|extension)[ \t]*\d|[(\u2013\u2014-][ \t]*(?:the[ \t]+)?"
                         r"(?:[A-Z][\w&]*[ \t]+){0,3}(?:dept|department|division|office|desk|billing|operations|ops|"
                         r"services|center|centre|team|unit|hotline|line)\b)")
# where a note's sentence ends: a stop, a question or exclamation mark before a blank and a capital, a line's end
# (not a title's or a label's stop: "Tel. 909 ...", "Mr. Ruiz", "N. Holt Ave", Vietnamese "TP. Pomona", the city's)
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])(?<!\b[TtNM][eor])(?<!\b[MDS][rst])(?<!\bTel)(?<!\bMrs)(?<!\bT[Pp])[.!?]"
                           r"(?=[ \t]+[A-Z\"(]|[ \t]*$)"
                           r"|\n", re.M)
# a service order's words: a move-in or move-out is a utility's start or stop of service at a home
# the person's own number, given after their name by a pronoun in the same sentence or the next: "Sung-min Jeong never
# got a call back, her cell is ...", "do we need to name Faleaka Kim? Her number is ..." (not a firm's person: "Karen
# Liu of Sunbright Solar left her number ...")
_NAME_THEN_OWN_NUMBER = re.compile(r"(?:^|(?<=[\s(:;,\u2022-]))" + _TITLE + _NAME + r"(?:(?! of [A-Z])[^\n.?!]){0,60}?"
                                   r"[.?!]?[ \t,;:\u2013\u2014-]*(?i:her|his|their)[ \t]+"
                                   r"(?i:(?:own|personal|home|cell|mobile)[ \t]+)?(?i:number|phone|cell|mobile|line)"
                                   r"(?:[ \t]+(?i:number|no\.?))?[ \t]*(?i:is|was|'s|\u2019s|:)[ \t]+(?=[(+\d])")
_SERVICE_ORDER = re.compile(r"\bmove[\s-]?(?:ins?|outs?)\b|\bservice\s+orders?\b")
_NOTE_NAME_WHY = "person a staff note names with their own home or the number to call them back at"
_RESIDENT_HOME_WHY = "home of the resident a staff note says staff visited or tried to reach"


def _staff_notes(analysis: Analysis) -> None:
    """The people staff's notes name with their own home or a number to call them back at, in a utility
    department's document (see the module): the name and the person's fields in the note's sentence."""
    if not (analysis.cues.any("utility matter") or _SERVICE_ORDER.search(analysis.lower)):
        return
    officials = None
    for segment in analysis.free:
        text = segment.text
        lower = text.lower()
        if not any(word in lower for word in _NOTE_WORDS) or page_of(segment) in analysis.context.public_comment:
            continue
        for name, tied, record_end in _note_ties(analysis, segment):
            start, end = name
            if officials is None:
                officials = analysis.officials
            below = _line_below(analysis, segment, record_end)
            # a PDF's line break may part the name from the work mailbox that says it is staff's
            read_on = text if below is None or below.segment is segment else f"{text} {below.text}"
            if (named_officially(read_on, start, end)
                    or names_an_official(text[start:end], officials)
                    or analysis.contacts.name_is_public(text[start:end]) or trade_name(text[start:end])
                    or _note_of_another_kind(text, start, record_end)):
                continue  # an official, a published contact, a shop ("Golden Lotus Pho at ...") or no note's person
            line = Line(segment, min(start, *(at for _, at in tied)), record_end)
            fields = analysis.contact_fields([line], below)
            if not any(kind == want and a <= at < b for kind, _, a, b in fields for want, at in tied):
                continue  # an office's, a facility's or the City's number or address: no one's own
            analysis.add("name", segment, start, end, _NOTE_NAME_WHY)
            for kind, where, a, b in fields:
                if kind in ("phone", "address", "email") and not _DESK_AFTER.match(where.text, b):
                    analysis.add(kind, where, a, b, _NOTE_NAME_WHY)
        for m in _RESIDENT_AT_HOME.finditer(text):
            end = _sentence_end(text, m.end())
            if not _note_of_another_kind(text, m.start(), end):
                _home_right_after(analysis, segment, m.end(), end, _RESIDENT_HOME_WHY)
        for m in _CREW_AT.finditer(text):
            end = _sentence_end(text, m.end())
            below = _line_below(analysis, segment, end)
            said = text[text.rfind("\n", 0, m.start()) + 1:end] + " " + (below.text if below else "")
            if _RESIDENT_SPOKEN_OF.search(said) and not _note_of_another_kind(text, m.start(), end):
                _home_right_after(analysis, segment, m.end(), end, _CREW_VISIT_WHY)


def _home_right_after(analysis: Analysis, segment, start: int, end: int, why: str) -> None:
    """The street address that opens the note's words at ``start`` (up to its sentence's ``end``), where the words
    before it placed a resident: their home, unless it is an office's, a facility's or the City's
    (``contact_fields``)."""
    for kind, where, a, b in analysis.contact_fields([Line(segment, start, end)]):
        if kind == "address" and a == start:
            analysis.add(kind, where, a, b, why)


def _note_of_another_kind(text: str, start: int, end: int) -> bool:
    """Whether the note that tells of a person at ``start`` (its line, up to its record's ``end``) is of a kind that
    tells no customer's record, as ``public_people.of_another_kind`` reads a paragraph: a rate explainer's worked
    example ("Let's say Tom Baker at 45 Oak St uses 700 kWh", "Supongamos que ..."), a template, a proclamation. Only
    the note's own line is read: a log's other entries say nothing of this one."""
    return of_another_kind(text[text.rfind("\n", 0, start) + 1:end])


# a call log's entry opening its line: its date, maybe its time ("08/10 9:26 ", "2024-08-06 14:02 ", "8/6 ")
_LOG_ENTRY = re.compile(r"[ \t]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2})"
                        r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?(?i:[ap]\.?m?\.?))?)?[ \t]+")
# what parts the agent who logged an entry from their note: "T. Okoro: ...", "J. Lee -- ...", "Ana Ruiz - ..."
_AUTHOR_ENDS = re.compile(r"[ \t]*(?::|-{1,2}|[\u2013\u2014])[ \t]+")
# the caller an entry's note names by the call centre's word for them: "Caller Ana Ruiz", "Cx Ana Ruiz", "cust: Ana
# Ruiz", "customer Mrs. Ana Ruiz"
_CALLER_NAMED = re.compile(r"(?:^|(?<=[\s(:;,.]))(?i:caller|cx|cust|customer)\.?:?[ \t]+" + _TITLE + _NAME)
_CALLER_WORDS = ("caller", "cx", "cust", "cb", "c/b", "callback", "call back", "call-back")
# a callback number right before the name of who left it, as an entry's note opens ("cb# 626/372-5208  Ana Ruiz wants
# ...", "CBR 909-555-0142 - ANA RUIZ re bill"): the number is the caller's to be called back at, the name theirs
_CALLED_BACK_NAMED = re.compile(r"(?:^|(?<=[\s(:;,.]))(?i:cb|c/b|cbr|call[ -]?back)[ \t]*(?:#|no\.?|number|:)?"
                                r"[ \t]*(?:\+?1[ .-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ ./-])\d{3}[ .-]\d{4}\b[ \t]*"
                                r"(?:[-\u2013\u2014:,][ \t]*)?" + _TITLE + _NAME)
_CALLER_WHY = "caller a call log's entry names with the number they called from or their home"


def logs_author(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the agent who logged a call log's entry: right after the entry's
    date and time, before the colon or dashes that open the note ("08/10 9:26 T. Okoro: Cx ANA RUIZ called re high
    bill ...", "08/09 J. Lee -- callback done. Ana Ruiz / ..."), when the note names someone else, its customer. An
    entry whose note names no one else may open on its caller ("08/09 9:12 Ana Ruiz - wants a payment plan")."""
    line = text.rfind("\n", 0, start) + 1
    entry = _LOG_ENTRY.match(text, line)
    if entry is None or entry.end() != start:
        return False
    note = _AUTHOR_ENDS.match(text, end)
    if note is None:
        return False
    line_end = text.find("\n", note.end())
    return bool(names_in(text, note.end(), len(text) if line_end < 0 else line_end, anchored=True))


def _logged_callers(analysis: Analysis) -> None:
    """The caller a call log's entry names by the call centre's word for them, with the number the call came in from
    or the home they gave in the same entry ("08/06 9:45 CSR: inbound, 1-714-... . Caller Ana Ruiz asked about the
    CARE discount; home at 322 N Via Del Sol."): one line of the log is one call, so its contacts are the caller's,
    and so is the use of the bill it discusses ("ADV BILL INCL 2020 KWH").
    Only in a log of a utility's calls, outside public comment; an office's, a facility's or the City's number or
    address is no one's (``contact_fields``), and officials and staff are no callers."""
    if not analysis.cues.any("utility matter") or not analysis.may_hold(*_CALLER_WORDS):
        return
    for segment in analysis.free:
        text = segment.text
        if page_of(segment) in analysis.context.public_comment:
            continue
        line = 0
        while line < len(text):
            line_end = text.find("\n", line)
            line_end = len(text) if line_end < 0 else line_end
            if _LOG_ENTRY.match(text, line):
                _logged_caller(analysis, segment, line, line_end)
            line = line_end + 1


def _logged_caller(analysis: Analysis, segment, start: int, end: int) -> None:
    """The callers one entry of a call log names (``_CALLER_NAMED``, or the name a callback number opens: "cb#
    626/372-5208  Ana Ruiz wants the form mailed") and their contacts in it (see ``_logged_callers``)."""
    text = segment.text
    callers = [name for name in map(_caller_name, _CALLER_NAMED.finditer(text, start, end))
               if name is not None and not named_officially(text, *name)
               and not analysis.contacts.name_is_public(text[name[0]:name[1]])]
    callers += [name for name in map(_caller_name, _CALLED_BACK_NAMED.finditer(text, start, end))
                if name is not None and name not in callers and not named_officially(text, *name)
                and not analysis.contacts.name_is_public(text[name[0]:name[1]])]
    if len(callers) != 1:
        return  # none, or a note of two callers' whose contacts are whose it does not say
    found = analysis.contact_fields([Line(segment, start, end)])
    fields = [f for f in found if f[0] in ("phone", "address") and not _DESK_AFTER.match(f[1].text, f[3])]
    if not fields:
        return
    analysis.add("name", segment, *callers[0], _CALLER_WHY)
    for kind, where, a, b in fields + [f for f in found if f[0] == "usage"]:  # and the use on the caller's bill
        analysis.add(kind, where, a, b, _CALLER_WHY)


# which way a call log's entry went, after its date and time: "04/18 10:02  inbound  909.477.8391", "3/4 OB left vm"
_DIRECTION = re.compile(r"[ \t]*(?:(?i:inbound|outbound|incoming|outgoing|in-bound|out-bound|call[ -]?back|"
                        r"voicemail)|IB|OB)\b[ \t:,-]*")
_DIRECTION_WORDS = ("inbound", "outbound", "incoming", "outgoing", "in-bound", "out-bound", "callback", "call back",
                    "call-back", "voicemail")
_LOG_NOTE_PHONE = re.compile(r"[ \t]*(?:\+?1[ .-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[-.])\d{3}[-.]\d{4}\b[ \t:,-]*")
_AGENTS_COLON = re.compile(r"[ \t]*:[ \t]+\S")  # the agent's name before their note: "T. Okoro: mailed form"
_ONE_CALLER_WHY = "the one person a call log's entries about a bill or an account name, with their contacts and use"


def _one_callers_log(analysis: Analysis) -> None:
    """A call log's excerpt of one customer's case: entries that open on a date and time, one at least saying which
    way the call went ("04/18 10:02  inbound  909.477.8391" / "Sung-min Seo says April bill wrong, 1,305 kWh, wants
    appeal form." / "04/18 10:31  outbound  mailed form to 421 Buena Tierra Dr Unit D"), about a bill, an account or
    a payment, whose notes name one person who is no official, staff member nor the entry's agent: the person is the
    caller, and the entries' phones, homes and kWh are theirs. A note's line between two entries goes with the entry
    above it. A log naming two people or more does not say whose contacts are whose, and a log of service requests
    about streets and parks is no customer's."""
    if not analysis.may_hold(*_DIRECTION_WORDS) or not analysis.cues.any("utility matter"):
        return
    lines, i = analysis.free_lines, 0
    while i < len(lines):
        block = _log_block(lines, i)
        if len(block) < 2:
            i += 1
            continue
        i += len(block)
        _one_caller(analysis, block)


def _log_block(lines: list[Line], i: int) -> list[tuple[Line, int]]:
    """The lines of the call log opening at ``lines[i]`` on one page, each with where its note starts: entries, and
    a line of note between two entries (empty when ``lines[i]`` opens no entry)."""
    block: list[tuple[Line, int]] = []
    page = page_of(lines[i].segment)
    while i < len(lines) and page_of(lines[i].segment) == page:
        line, text = lines[i], lines[i].segment.text
        entry = _LOG_ENTRY.match(text, line.start, line.end)
        if entry is not None:
            direction = _DIRECTION.match(text, entry.end(), line.end)
            at = direction.end() if direction else entry.end()
            phone = _LOG_NOTE_PHONE.match(text, at, line.end)
            block.append((line, phone.end() if phone else at))
        elif block and i + 1 < len(lines) and _LOG_ENTRY.match(lines[i + 1].segment.text, lines[i + 1].start) \
                and page_of(lines[i + 1].segment) == page:
            block.append((line, len(text) - len(text[line.start:].lstrip())))
        else:
            break
        i += 1
    return block


def _one_caller(analysis: Analysis, block: list[tuple[Line, int]]) -> None:
    """The caller a one-case call log's block names, and their contacts (see ``_one_callers_log``)."""
    entries = [line for line, _ in block if _LOG_ENTRY.match(line.segment.text, line.start)]
    if len(entries) < 2 or not any(_DIRECTION.match(line.segment.text, _LOG_ENTRY.match(
            line.segment.text, line.start).end()) for line in entries):
        return
    if not any(SERVICE_MATTER.search(line.segment.text, line.start, line.end) for line, _ in block):
        return
    names = []
    for line, note in block:
        text = line.segment.text
        for a, b in names_in(text, note, line.end, anchored=True):
            if a != note or logs_author(text, a, b) or _AGENTS_COLON.match(text, b):
                continue  # a name the note opens on: the caller, not a word of the note's, nor the agent who logged
                # it ("outbound  T. Okoro: mailed form to ...")
            if named_officially(text, a, b) or analysis.contacts.name_is_public(text[a:b]):
                return  # an official or a public contact in the log: whose the contacts are it does not say
            names.append((line.segment, a, b))
    if len({seg.text[a:b].split()[-1].lower() for seg, a, b in names}) != 1:
        return
    found = analysis.contact_fields([line for line, _ in block])
    fields = [f for f in found if f[0] in ("phone", "address", "usage") and not _DESK_AFTER.match(f[1].text, f[3])]
    if not any(kind in ("phone", "address") for kind, *_ in fields):
        return
    for segment, a, b in names:
        analysis.add("name", segment, a, b, _ONE_CALLER_WHY)
    for kind, where, a, b in fields:
        analysis.add(kind, where, a, b, _ONE_CALLER_WHY)


def _caller_name(caller: re.Match) -> tuple[int, int] | None:
    """The span of the name after a call log's word for the caller: its words, or the longest of their first two or
    more that read as a person's name. A note typed in capitals runs the name on into the note's words, all
    capitalised alike ("CALLER TYRONE LOCKHART VERIFIED ON SA ...", "CX ANA RUIZ STATES HIGH BILL"): a third word or
    later that is one of the language's most frequent words ends no name, though a Census list may hold it ("States")."""
    text, start = caller.string, caller.start("name")
    words = list(re.finditer(r"\S+", text[start:caller.end("name")]))
    frequencies = word_frequencies()
    for k in range(len(words) - 1, 0, -1):
        if k >= 2 and frequencies.get(words[k].group().lower(), 0.0) >= _NOTE_WORD:
            continue
        if _person(text, start, start + words[k].end()):
            return start, start + words[k].end()
    return None


_NOTE_WORD = 1e-4  # wordfreq's frequency of "wants", "asked", "states" (Zipf 5), not of surnames as "Lockhart"


def _note_ties(analysis: Analysis, segment) -> list[tuple[tuple[int, int], list[tuple[str, int]], int]]:
    """The names a note ties to a callback number or a home, each with the kinds and starts of the fields that tie
    it and the end of the note's sentence (its record)."""
    text = segment.text
    found = []

    def tie(m: re.Match, kind: str, at: int, group: str = "name") -> None:
        a, b = m.span(group)
        if group == "name" and not (_person(text, a, b) or m.re is _CASE_CALLED_FROM
                                    and person_name(text[a:b], strict=True)) \
                or _FIRM_BEFORE.search(text, max(0, a - 30), a):
            return  # (a case called by its person's name, "the Ana Ruiz case", reads as no name to ``names_in``)
        if kind == "phone" and (_offered(analysis, segment, m.start())
                                or _DESK_AFTER.match(text, _phone_end(text, at)) or contact_to_call(text, a, b)):
            return
        found.append(((a, b), [(kind, at)], _sentence_end(text, at)))

    for pattern in (_CALL_NAME_AT, _COPY_FOR_NAME, _NAME_CALLED_BACK, _NAME_ASKED_FOR_CALL, _SPOKE_WITH_AT,
                    _CASE_CALLED_FROM, _NAME_THEN_OWN_NUMBER):
        for m in pattern.finditer(text):
            tie(m, "phone", m.end())
    for m in _RELATIVE_CALLED_AT.finditer(text):
        tie(m, "phone", m.end(), "titled" if m.group("titled") else "name")  # "Mr. Ruiz": the title makes a person
    for m in _CHECKED_ON_NAME.finditer(text):
        tie(m, "address", m.end())
    for m in _NAME_AT_HOME.finditer(text):
        if not _FOR_BEFORE.search(text, max(0, m.start() - 8), m.start("name")):
            tie(m, "address", m.end())
    for home in analysis.contact_fields([Line(segment, 0, len(text))]):
        if home[0] == "address" and (m := _FOR_NAME.match(text, home[3])):
            a, b = m.span("name")
            if _person(text, a, b) and not public_story(analysis, segment, home[2], b):  # "the Phillips Mansion, ..."
                found.append(((a, b), [("address", home[2])], _sentence_end(text, b)))
    for m in _PREMISE_NAME.finditer(text):
        a, b = m.span("name")
        if not _person(text, a, b):
            continue
        rest = text[b:].lstrip(" \t,/|\u2013\u2014-")
        if rest[:1].isdigit():  # "Premise: Ana Ruiz / 1234 W Holt Ave"
            at = len(text) - len(rest)
            found.append(((a, b), [("address", at)], _sentence_end(text, at)))
        elif not rest.strip() and (below := _line_below(analysis, segment, len(text))) is not None:
            # "Premise: Ana Ruiz" / "1234 W Holt Ave" / "Tel. 909 ...": the lines below, up to a blank one
            _premise_below(analysis, segment, (a, b), below)
    return found


def _premise_below(analysis: Analysis, segment, name: tuple[int, int], below: Line) -> None:
    """A premise label's person whose street address opens the line below (a paragraph or a frame's line of its
    own), and the phone of the line after it: the name and those fields."""
    if not below.text.lstrip()[:1].isdigit():
        return
    lines = [below]
    after = _line_below(analysis, below.segment, below.end)
    if after is not None and not _PREMISE_NAME.match(after.text):
        lines.append(after)
    fields = analysis.contact_fields(lines)
    if not any(kind == "address" and where is below.segment for kind, where, _, _ in fields):
        return
    text = segment.text
    if named_officially(text, *name) or analysis.contacts.name_is_public(text[name[0]:name[1]]):
        return
    analysis.add("name", segment, *name, _NOTE_NAME_WHY)
    for kind, where, a, b in fields:
        if kind in ("phone", "address", "email") and not _DESK_AFTER.match(where.text, b):
            analysis.add(kind, where, a, b, _NOTE_NAME_WHY)


_MARKER_REACH = 8  # the honorific or person marker a translated page writes before a name: "của ông ", "kay G. "


def _person(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as one person's name, not a firm's, a street's or a place's words (read
    with the honorific before it, which marks a Vietnamese or Tagalog name as one: "hộ gia đình của ông Hoàng Văn
    Lộc")."""
    return bool(person_name(text[start:end], strict=True)) and any(
        a <= start < b or start <= a < end for a, b in names_in(text, max(0, start - _MARKER_REACH), end, anchored=True))


def _phone_end(text: str, at: int) -> int:
    """Where the number that starts at ``at`` ends: its digits, blanks, dots, dashes and brackets."""
    m = re.compile(r"[+\d(][\d ().\u2013-]{6,20}\d").match(text, at)
    return m.end() if m else at


def _sentence_end(text: str, at: int) -> int:
    """The end of the sentence of a note that holds ``at``: the next stop before a capital, or the line's end; and of
    the next sentence too when it goes on about the same person by a pronoun ("Also credit Ana Ruiz at 12 Elm St? She
    called twice, (951) 988-9379.", "... Her cell is 909 ...", "Ella llamó dos veces"): the note's record of them."""
    m = _SENTENCE_END.search(text, at)
    if m is None:
        return len(text)
    if m.group() != "\n" and _SAME_PERSON_NEXT.match(text, m.end()):
        after = _SENTENCE_END.search(text, m.end())
        return after.start() if after else len(text)
    return m.start()


# a note's next sentence about the person the last one named: "She called twice, ...", "Her cell is ...", "They asked
# ...", Spanish "Ella/Él llamó ...", "Su celular es ..."
_SAME_PERSON_NEXT = re.compile(r"[ \t]+(?:She|He|They|Her|His|Their|Ella|\u00c9l|Su)\b")


def _line_below(analysis: Analysis, segment, end: int) -> Line | None:
    """The free line right after the one of ``segment`` that ends at or after ``end``, if it is in the same
    segment's block (the next paragraph or frame line), else None."""
    i = analysis.line_at(segment, max(0, end - 1))
    lines = analysis.free_lines
    if i is None or i + 1 >= len(lines):
        return None
    below = lines[i + 1]
    return below if below.text.strip() and page_of(below.segment) == page_of(segment) else None
