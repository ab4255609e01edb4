"""Strategies of their own, run after every record's: a customer the text names is the customer again
where it writes their title and surname ("Hello Ms. Ruiz," over her quoted message), with a given name in
brackets ("Mr. Grewal (Meera)") or their full name written before; and a grievance report's party, named once
where it opens ("a grievance filed by Ana Ruiz"), is the customer whose account a later sentence gives by a
pronoun ("His account, number ...").
"""
from __future__ import annotations

import re

from ...model import Location, Segment
from ...public_contacts import to_e164
from ...streets import DIRECTIONS, SUFFIXES, alternation
from ...vocabulary import common_word, fold, given_names, name_like
from ..analysis import Analysis, Line, page_of
from ..cues import HONORIFICS, PERSONAL_TITLES
from ..persons import NOT_PERSON, named_officially, names_an_official, names_in, person_name
from ..shapes import phone_spans, street_addresses
from .follow_ups import case_goes_on, surname_spellings
from .homes import HOME_AFTER_NAME
from .places import TITLED
from .sentences import names_another, sentence_bounds


# a customer's given name in brackets right after their title and surname, as a memo writes whom it means ("Mr. Grewal
# (Meera) has asked ...", "Ms. Ruiz (Ana)")
_GIVEN_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?P<given>[A-Z][^\W\d_]+(?:[-'\u2019][A-Z][^\W\d_]+)?)[ \t]*\)")


def given_in_brackets(analysis: Analysis) -> None:
    """(A strategy of its own, after every record's.) The given name a customer found by title and surname has in
    brackets right after it ("Mr. Grewal (Meera) has asked the City to waive the fee"): the customer's name too. Not a
    word in brackets that is no given name ("Mr. Grewal (retired)", "Ms. Ruiz (Tenant)")."""
    for f in analysis.context.of_kind("name"):
        text = f.segment.text
        if not TITLED.match(text, f.start):
            continue
        given = _GIVEN_IN_BRACKETS.match(text, f.end)
        word = given and given.group("given")
        if word and (fold(word) in given_names() or name_like(word)) and not common_word(word):
            analysis.add("name", f.segment, given.start("given"), given.end("given"),
                         "given name in brackets after a customer's title and surname")


def titled_again(analysis: Analysis) -> None:
    """(A strategy of its own, after every record's: a letter's or a list's customer too.) A customer the text names,
    written again by title and surname on their page or one beside it, or anywhere in a text without pages (a staff
    reply's "Hello Ms. Gonzalez," above or below the message that names her in a mailbox, a memo's "Mr. Jones was
    satisfied ..." further on in the paragraph that named Gabriel Jones): the customer, and the phone, home and usage
    their sentence gives ("... staff called 323-... to confirm"). Not a titled official or staff member of the same
    surname ("General Manager Jones", "To: Ann Jones <ajones@...gov>"), nor one a title makes an official."""
    names = [(f.segment, f.start, f.end) for f in analysis.context.fields if f.kind == "name"]
    spellings = surname_spellings(names)
    if not spellings:
        return
    near = {sheet for segment, _, _ in names for sheet in _sheets_around(segment)}
    titled = re.compile(rf"\b(?:{HONORIFICS}|Miss)\.?[ \t]+(?:{'|'.join(map(re.escape, spellings))})\b(?![ \t]*[A-Z])")
    why = "customer the document names, named again by title and surname"
    for segment in analysis.free:
        if _sheets_around(segment)[0] not in near:
            continue
        text = segment.text
        for m in titled.finditer(text):
            if named_officially(text, *m.span()) or names_an_official(m.group(), analysis.officials) or \
                    _another_bearer_before(analysis, segment, m):
                continue
            analysis.add("name", segment, *m.span(), why)
            street = _ON_STREET.match(text, m.end())
            sentence = sentence_bounds(segment, m.start(), [(segment, *m.span())])
            told = analysis.contact_fields([Line(segment, *sentence)])
            told += [("phone", segment, start, end) for start, end in phone_spans(text, *sentence)
                     if _DIALLED.search(text, max(sentence[0], start - 20), start)
                     and not analysis.contacts.phone_is_public(to_e164(text[start:end]) or "")]  # whom staff called
            taken = [(segment, *m.span()), *(f[1:] for f in told), *([(segment, *street.span(1))] if street else [])]
            for kind, where, start, end in told:
                if kind in ("phone", "address", "usage") and not names_another(where, *sentence, taken):
                    analysis.add(kind, where, start, end, why)


def _another_bearer_before(analysis: Analysis, segment: Segment, titled: re.Match) -> bool:
    """Whether the full name of the titled surname nearest before it on its page names someone else, no customer
    (minutes' proclamation "honoring Luis Tran ... Ms. Tran chaired ..." above the letter of a customer Mele Tran):
    a title and a surname speak of the person the text last named in full. Only where each customer of that surname
    is named in full, by another given name."""
    surname = titled.group().split()[-1]
    givens = {words[-2].lower() for f in analysis.context.of_kind("name")
              if len(words := f.segment.text[f.start:f.end].split()) >= 2 and words[-1].lower() == surname.lower()}
    if not givens or any(TITLED.match(f"{given.title()} ") for given in givens):
        return False  # a customer known by title and surname only: the full name before may be theirs
    at = analysis.offset(segment) + titled.start()
    written = re.compile(rf"(?<![\w'\u2019.-])(?:{_NAME_WORD_BEFORE}{_BREAK}){{0,2}}({_NAME_WORD_BEFORE}){_BREAK}"
                         rf"{_as_written_or_in_capitals(surname)}(?![\w'\u2019-])")
    last = None
    for last in written.finditer(analysis.joined, max(0, at - _FULL_NAME_REACH), at):
        pass
    return last is not None and page_of(analysis.locate(last.start())[0]) == page_of(segment) and (
        last.group(1).lower() not in givens)


# the street a customer named again lives on, written without its number ("Mr. Martin on Jacaranda Blvd set up a plan",
# "Ms. Ruiz of W Holt Ave"): their own home's, as staff retell a case, no other place that the sentence's usage would
# be (a street without its house number is no address finding: see ``detectors.address``)
_ON_STREET = re.compile(rf"[ \t]*,?[ \t]+(?:on|of|from)[ \t]+((?:(?i:{alternation(DIRECTIONS)})\.?[ \t]+)?"
                        rf"(?:[A-Z][\w'\u2019-]+[ \t]+){{1,3}}(?i:{alternation(SUFFIXES)})\b\.?)(?![ \t]*\d)")

_DIALLED = re.compile(r"(?i)\b(?:called|phoned|texted|dialed|dialled|reached\s+(?:him|her|them)\s+at)\s+$")


# a case report's party, named once where it opens: "This report concerns a grievance filed by Ana Ruiz in June", "the
# complaint submitted by Mr. Luis Soto", "Ana Ruiz filed a grievance"; the name is read by names_in
_FILED_BY = re.compile(r"(?i)\b(?:grievance|complaint|dispute|appeal)s?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?"
                       r"(?:filed|submitted|brought|lodged|made|raised|opened)\s+by\s+(?=[A-Z])"
                       r"|(?<=[a-z])\s+(?:filed|submitted|lodged|brought)\s+(?:a|an|her|his|their)\s+(?:formal\s+|informal\s+)?"
                       r"(?:grievance|complaint|dispute)\b")
# the report's later sentence giving the party's account by a pronoun or the role, not by the name: "His account,
# number OCP-..., was never flagged", "the customer's account (...)", "the complainant's account"
_ACCOUNT_BY_REFERENCE = re.compile(r"(?i)\b(?:his|her|their|the\s+(?:customer|complainant|grievant|household|"
                                   r"ratepayer)['\u2019]s)\s+(?:(?:electric|utility|service|customer)\s+)?account\b")
_PARTY_REACH = 3000  # how far after the party's name the sentence giving their account may stand


def party_named_once(analysis: Analysis) -> None:
    """(A strategy of its own, after every record's.) The party of a grievance or complaint report told in the third
    person: the report names them once where it opens ("a grievance filed by Ana Ruiz in June") and gives their
    account later by a pronoun or their role only ("His account, number ..., was never flagged"). Once that account
    ties the case, the name is the customer's, and the details the lines after the name tell of the case ("the
    household's usage was 1,865 kWh", "mailed to ...", "by phone at ...") are theirs. Not an official or staff member
    who filed it, nor a report whose account sentence names another person or stands on another page."""
    if not analysis.anchors or not analysis.may_hold("grievance", "complaint", "dispute", "appeal"):
        return
    why = "party of a grievance or complaint report, named once before their account"
    for m in _FILED_BY.finditer(analysis.joined):
        segment, at = analysis.locate(m.end() if m.group()[-1:].isspace() else m.start())
        filed_by = m.group()[-1:].isspace()
        if filed_by:
            found = [span for span in names_in(segment.text, anchored=True) if span[0] == at
                     or segment.text[at:span[0]].rstrip(".").strip() in ("Mr", "Mrs", "Ms", "Mx", "Dr")]
        else:
            found = [span for span in names_in(segment.text, anchored=True) if 0 <= at - span[1] <= 1]
        if len(found) != 1:
            continue
        start, end = found[0]
        # after "filed by" only a title of its own names an official ("filed by Councilmember ..."): the words before
        # are the report's ("This report concerns a grievance submitted by ..."), no signature's "Submitted by"
        head = at if filed_by else 0
        if named_officially(segment.text[head:], start - head, end - head) or names_an_official(
                segment.text[start:end], analysis.officials):
            continue
        told = _account_told_after(analysis, segment, end)
        if told is None:
            continue
        analysis.add("name", segment, start, end, why)
        i = analysis.line_at(segment, end - 1)
        if i is not None:
            case_goes_on(analysis, i, page_of(segment), [(segment, start, end)], log=None, joined_above=False)


def _account_told_after(analysis: Analysis, segment: Segment, end: int) -> tuple[Segment, int] | None:
    """The segment and place of the identifier a sentence after ``segment[end]`` on its page gives as the party's by a
    pronoun or their role ("Her account, number ..."), with no other person's name in that sentence."""
    begin = analysis.offset(segment) + end
    for m in _ACCOUNT_BY_REFERENCE.finditer(analysis.joined, begin, begin + _PARTY_REACH):
        where, at = analysis.locate(m.start())
        if page_of(where) != page_of(segment):
            return None
        sentence = sentence_bounds(where, at, [])
        if analysis.anchors_in(where, *sentence) and not names_in(where.text[sentence[0]:sentence[1]], anchored=True):
            return where, at
    return None


_BREAK = r"(?:[ \t\n]|\x00){1,3}"  # between two words of a name: a space, or the line break between two segments
_NAME_WORD_BEFORE = r"(?:[A-Z][\w'\u2019-]+|[A-Z]\.)"  # a given name, a middle name or an initial
_NAME_SUFFIX = re.compile(rf",?{_BREAK}(?:Jr|Sr|II|III|IV)\b\.?")
_FULL_NAME_REACH = 6000  # how far before a customer's title and surname their full name may stand
_LIST_CHARS = 600  # how far a list of customers and their homes reaches on either side of one of its items


def named_in_full_before(analysis: Analysis) -> None:
    """(A strategy of its own, after titled_again.) A customer whom the sentence tying their record names by title and
    surname only ("Ms. Okafor's account (...) was affected ..."), though the text wrote their full name before on
    their page or the one before ("The open cases involve Ngozi Okafor (1423 W Holt Ave), ..."): their name as first
    written, the nearest before, and the home right after it. A sentence that lists them among others, each with
    their own home ("Ngozi Okafor (1423 W Holt Ave), Lior Ben-Ami (88 E Pearl St) and ..."), lists customers alike:
    their names and homes too. Not an official or staff member of the same surname ("Members present: Ada Okafor"),
    nor one a title makes an official; the others in that sentence must each stand right before a home."""
    why = "customer named in full before the title and surname that tie their record"
    joined = analysis.joined
    for field in [f for f in analysis.context.fields if f.kind == "name"]:
        title = TITLED.match(field.segment.text, field.start)
        surname = field.segment.text[title.end():field.end].split() if title else []
        if not surname or any(len(word.rstrip(".")) < 2 for word in surname):
            continue  # "Mr. G.": an initial names no one
        at = analysis.offset(field.segment) + field.start
        written = re.compile(rf"(?<![\w'\u2019.-])((?:{_NAME_WORD_BEFORE}{_BREAK}){{1,3}})"
                             rf"{_BREAK.join(map(_as_written_or_in_capitals, surname))}(?![\w'\u2019-])")
        sheets = _sheets_around(field.segment)
        found = None
        for m in written.finditer(joined, max(0, at - _FULL_NAME_REACH), at):
            if _sheet_of(analysis.locate(m.start())[0]) in sheets:
                found = _full_name(analysis, m.start(1), m.end(1), m.end(), titled=True) or found
        if found is None:
            continue
        begin, end = found
        _add_across(analysis, "name", begin, end, why)
        home = _home_after_full_name(analysis, end)
        if home is None:
            quoted = _home_in_own_words(analysis, end, surname[-1])
            if quoted is not None:
                _add_across(analysis, "address", *quoted, why)
            continue
        _add_across(analysis, "address", *home, why)
        for item, item_home in _listed_with_homes(analysis, begin, home):
            _add_across(analysis, "name", *item, why)
            _add_across(analysis, "address", *item_home, why)


def _as_written_or_in_capitals(word: str) -> str:
    """A surname's pattern as the title before it writes it or in capitals, as a letter's reference line and a
    file's label write names ("RE: MARISOL IBARRA - SOLAR SHARE ACCOUNT" over "Dear Ms. Ibarra")."""
    return f"(?:{re.escape(word)}|{re.escape(word.upper())})"


def _sheet_of(segment: Segment) -> tuple:
    return () if segment.location.page is None else (segment.location.attachment, segment.location.page)


def _full_name(analysis: Analysis, given: int, given_end: int, end: int, titled: bool = False) -> tuple[int, int] | None:
    """The span of a full name in ``analysis.joined`` (its given names from ``given`` to ``given_end``, its surname
    to ``end``), its leading words that are no name dropped ("Care Supervisor Ada" -> "Ada"), if it is a private
    person's: no official's or staff member's, no name the City publishes, in running text. ``titled``: the text calls
    the customer by a title and this surname, so a surname that is a word too is theirs after a given name
    (``_given_before_titled_surname``)."""
    joined = analysis.joined
    words = list(re.finditer(rf"{_NAME_WORD_BEFORE}", joined[given:given_end]))
    while words and (common_word(words[0].group()) or not (name_like(words[0].group().rstrip("."))
                                                           or len(words[0].group()) == 2)):
        words.pop(0)
    if not words or len(words[0].group()) == 2:
        return None  # no given name, or an initial first
    begin = given + words[0].start()
    segment, start = analysis.locate(begin)
    last, _ = analysis.locate(end - 1)
    if id(segment) not in analysis.free_index or id(last) not in analysis.free_index:
        return None
    local_start = max(0, begin - 80)
    local = joined[local_start:end + 80].replace("\x00", " ")  # a title a line break cut off: "Supervisor" / "Ana Ruiz"
    value = " ".join(joined[begin:end].replace("\x00", " ").split())
    plain = person_name(value, strict=False) or (
        titled and _given_before_titled_surname(joined, begin, end, value) and value.lower())
    if not plain or analysis.contacts.name_is_public(plain) or names_an_official(value, analysis.officials) \
            or named_officially(local, begin - local_start, end - local_start):
        return None
    return begin, end


# the word before a place's name that no person's takes: "at Victoria Park", "the Grace Church", "near Joy Hall"
_PLACE_WORD_BEFORE = re.compile(r"(?i)\b(?:the|at|in|near|to|from|on|of|into|behind|across|around|past|via)[ \t]*$")
# "of" after a case's or an account's word names its party: "the appeal of Chiquita Branch", "on behalf of Joy Hall"
_PARTY_OF = re.compile(r"(?i)\b(?:appeal|complaint|dispute|request|claim|case|account|behalf|name)[ \t]+of[ \t]*$")
# a capitalised word after the surname: the name goes on as a place's or a firm's ("Victoria Park Community Center")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _given_before_titled_surname(joined: str, begin: int, end: int, value: str) -> bool:
    """Two words, a given name and a surname that is a common word too ("Chiquita Branch", "Rogelio Street", "Joy
    Church"), where the text calls its customer by a title and that surname ("Mr. Branch asked that staff call ..."):
    the same person named in full, whom no name list reads as one alone. Not a place named so, which a preposition or
    an article stands before ("at Victoria Park", "the Grace Church") or a capitalised word goes on after ("Victoria
    Park Pool")."""
    words = value.split()
    return (len(words) == 2 and fold(words[0]) in given_names() and words[0][1:].islower()
            and (not _PLACE_WORD_BEFORE.search(joined, max(0, begin - 12), begin)
                 or _PARTY_OF.search(joined, max(0, begin - 24), begin))
            and not _CAPITAL_AFTER.match(joined, end) and fold(words[0]) not in NOT_PERSON)


def _home_after_full_name(analysis: Analysis, end: int) -> tuple[int, int] | None:
    """The street address right after a name that ends at ``end`` in ``analysis.joined`` ("Ana Ruiz (12 Elm St)",
    "Ana Ruiz Sr. of 12 Elm St"), a generational suffix between them."""
    joined = analysis.joined
    text = joined[end:end + 160].replace("\x00", "\n")
    suffix = _NAME_SUFFIX.match(text)
    after = suffix.end() if suffix else 0
    for m in street_addresses(text, after):
        if HOME_AFTER_NAME.fullmatch(text, after, m.start()) and "\n\n" not in text[:m.start()] \
                and not analysis.contacts.address_is_public(m.group()):
            return end + m.start(), end + m.end()
        break
    return None


# the home a person quoted gives in the first person: "I'm at 221 Elm Way", "we live at ...", "my house is at ..."
_OWN_HOME_QUOTED = re.compile(r"(?i)\b(?:i['\u2019]?m|i\s+am|we['\u2019]re|we\s+are|i\s+live|we\s+live|(?:my|our)\s+"
                              r"(?:home|house|place)(?:\s+is)?)\s+(?:at|on)\s+$")
# the quotation's speaker after it: '... not next door," Bautista said', '..." said Ms. Bautista', '..." she said'
_QUOTE_SAID_BY = rf"[,.!?]?[\"\u201d]\s*(?:(?:said|says|added|told\s+\w+)\s+(?:(?:{PERSONAL_TITLES})\.?\s+)?{{surname}}|" \
                 rf"(?:(?:{PERSONAL_TITLES})\.?\s+)?{{surname}}\s+(?:said|says|added|recalled|explained)|(?:she|he|they)\s+said)\b"
_QUOTE_REACH = 400  # how far after a person's full name, in their paragraph, a quotation of theirs may give their home


def _home_in_own_words(analysis: Analysis, end: int, surname: str) -> tuple[int, int] | None:
    """The home a customer named in full at ``end`` (in ``analysis.joined``) gives in their own quoted words in the
    same paragraph ('... "I kept telling them I'm at 221 Elm Way, not next door," Bautista said.'): the quotation
    attributed to them by their surname or a pronoun, no other person's name between."""
    joined = analysis.joined
    text = joined[end:end + _QUOTE_REACH].split("\x00")[0].replace("\n", " ")  # its paragraph, a line's wrap a space
    said_by = re.compile(_QUOTE_SAID_BY.format(surname=re.escape(surname)))
    for m in street_addresses(text):
        opened = max(text.rfind('"', 0, m.start()), text.rfind("\u201c", 0, m.start()))
        attributed = said_by.search(text, m.end())
        if opened < 0 or attributed is None or not _OWN_HOME_QUOTED.search(text, max(0, m.start() - 24), m.start()):
            continue
        if any(not text[a:b].endswith(surname) for a, b in names_in(text, 0, attributed.end(), anchored=False)) \
                or analysis.contacts.address_is_public(m.group()):
            return None
        return end + m.start(), end + m.end()
    return None


def _listed_with_homes(analysis: Analysis, begin: int, home: tuple[int, int]) -> list[tuple]:
    """The other items of a list of people each with their home, in the sentence that lists the customer whose name
    starts at ``begin`` with their home at ``home``: the names (in ``analysis.joined``) right before a home."""
    joined = analysis.joined
    window = max(0, begin - _LIST_CHARS)
    text = joined[window:home[1] + _LIST_CHARS].replace("\x00", "\n")
    segment = Segment(text, Location())
    taken = [(segment, m.start(), m.end()) for m in street_addresses(text)]
    sentence = sentence_bounds(segment, begin - window, taken)
    flat = text.replace("\n", " ")  # a name a line break cuts: "... and Klára" / "Towne (2097 ...)"
    items = []
    for start, end in names_in(flat, *sentence, True):
        if window + start == begin:
            continue
        item = _full_name(analysis, window + start, _given_end(flat, start, end) + window, window + end)
        item_home = item and _home_after_full_name(analysis, window + end)
        if item_home and item_home[0] - window < sentence[1]:
            items.append((item, item_home))
    return items


def _given_end(text: str, start: int, end: int) -> int:
    """Where the given names of a name read at ``start`` end: before its last word."""
    return start + text[start:end].rstrip().rfind(" ") + 1


def _add_across(analysis: Analysis, kind: str, begin: int, end: int, why: str) -> None:
    """Adds the value from ``begin`` to ``end`` of ``analysis.joined``, one piece in each segment it runs across."""
    while begin < end:
        segment, start = analysis.locate(begin)
        stop = min(end, begin + len(segment.text) - start)
        analysis.add(kind, segment, start, start + stop - begin, why)
        begin = stop + 1


def _sheets_around(segment: Segment) -> list[tuple]:
    """Where a titled name may refer to a customer named in ``segment``, its own first: its page and the pages on
    either side in a paged file, all of a text without pages (an e-mail, every message of a mailbox, a memo)."""
    page = segment.location.page
    if page is None:
        return [()]
    return [(segment.location.attachment, page + step) for step in (0, -1, 1)]
