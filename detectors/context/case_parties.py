"""The party of a billing case: the customer a hearing decision, a council report on an appeal, a government claim, a
release, a judgment or a bankruptcy notice defines by a term ("Appellant", "Complainant", "Petitioner", "Claimant",
"Releasor", "Debtor", "Plaintiff", "Defendant") and whose account it gives in a sentence about that term
("Appellant is the customer of record ... under SCE Service Account No. ...", "the account (...) is in the
Appellant's name").

Such a document writes the customer's name where it defines the term, not beside the account: the caption ("In the
Matter of the Billing Appeal of: / PING FAN / Appellant.", also "FAN, PING"), the term before the name ("Appellant,
PING FAN, residing at ..."), the term after it ("Ping Fan (the "Appellant") filed ..."); and it writes the name
again far from the account (a proof of service's "addressed to Ping Fan at P.O. Box 812, ..."). Once the account
ties the term, each of those is the customer's name, and the home given right after it ("residing at", "at") the
customer's address. A sentence that opens on the term (after a stop, or a finding's number or bullet) gives the
customer's own contact details where it says they are theirs ("The Appellant asked that mail go to his mailing
address, P.O. Box ..., and that staff call him on ...", "Appellant's telephone number on file, ...") or where it says
the party is served ("Appellant is the customer of record for electric service at ...").

Claims and agreements define the party in more ways ("Claimant Ana Ruiz, residing at ...", "Plaintiff: Ana Ruiz,
12 Elm St", 'Ana Ruiz, an individual residing at ... ("Releasor")', "the home of Ana Ruiz"), and the sentence with the
account may call the party by title and surname ("Mrs. Ruiz's Edison account ...") or, where the text has one party,
"the customer"; the party's details then also stand in a notices clause ("If to Releasor: 12 Elm St; 909-...") and in
the sentences that open on "Mrs. Ruiz", "the homeowner" or "the subject property".

Without an account in a sentence about the term nothing is read: a zoning appeal's appellant, a permit's applicant
and a property owner are public records, and the hearing officer, the clerk who signs the proof of service and the
utility's representative are never named by the term.
"""
from __future__ import annotations

import re

from .analysis import Analysis, Line
from .cues import PERSONAL_TITLES
from .lists import business_name
from .persons import named_officially, names_an_official, names_in, person_name
from .shapes import consumption_spans

# the terms a hearing decision, a claim, a judgment, a release or a bankruptcy notice defines its party by (a Spanish
# decision's too): the one whose account the paperwork is about
_TERMS = r"appellant|complainant|petitioner|claimant|apelante|reclamante|releasor|debtor|plaintiff|defendant"
_TERM = rf"(?P<term>(?i:{_TERMS}))"
_QUOTED_THE = r'(?i:the[ \t\n\x00]+)?["\u201c]?(?i:the[ \t\n\x00]+)?'  # '(the "Appellant")', '("the debtor")'
_GAP = r"[ \t\n\x00]"  # ``Analysis.joined`` puts a NUL between segments (a PDF's lines)
# a party's name of two to five capitalised words, surname first with a comma in a caption ("PAPAZIAN, SARKIS"); no
# word of it the term itself ("PING FAN, Appellant")
_WORD = rf"(?!(?i:the|{_TERMS})\b)[A-Z][\w'\u2019.-]*"
_NAME = rf"(?P<name>{_WORD}(?:,?{_GAP}+{_WORD}){{1,4}})"
# "In the Matter of the Billing Appeal of: / PING FAN / Appellant.", "IN RE THE COMPLAINT OF ANA RUIZ, Complainant",
# "IN RE: Appeal of Ana Ruiz, Appellant"
_CAPTION = re.compile(rf"(?i:\bin[ \t]+(?:the[ \t]+)?matter[ \t]+of(?:[ \t]+the(?:[ \t]+[\w-]+){{0,2}}[ \t]+(?:appeal|"
                      rf"complaint|petition|claim|protest|dispute)[ \t]+of)?|\bin[ \t]+re(?:[ \t]*:?[ \t]+(?:the[ \t]+)?"
                      rf"(?:appeal|complaint|petition|claim)[ \t]+of)?)[ \t]*:?{_GAP}+{_NAME}[ \t\n\x00,]*"
                      rf"(?i:the[ \t]+)?{_TERM}\b")
# "In the matter of the appeal of Ana Ruiz from the proposed disconnection ...": the case's noun names its party's term
_CASE_OF = re.compile(rf"\b(?P<case>(?i:appeal|complaint|petition|claim))[ \t]+(?i:of){_GAP}+{_NAME}")
_TERM_OF_CASE = {"appeal": "appellant", "complaint": "complainant", "petition": "petitioner", "claim": "claimant"}
# "Appellant, PING FAN, residing at ...": the term, then the name set off by commas
_TERM_THEN_NAME = re.compile(rf"\b{_TERM}[ \t]*,{_GAP}+{_NAME}[ \t]*,")
# "Claimant Ana Ruiz, residing at ...", "Plaintiff: Ana Ruiz, 12 Elm St": a claim form's or a judgment's party, the
# term written as the name's title or label
_TERM_AS_TITLE = re.compile(rf"\b{_TERM}(?:[ \t]*:)?[ \t]+{_NAME}(?=[ \t]*[,(;]|[ \t]*\n)")
# 'Ana Ruiz, an individual residing at 12 Elm St, Mesa, California 91784 ("Releasor")': an agreement's recital
# defines its party after saying where they live
_NAME_HOME_TERM = re.compile(rf"{_NAME}(?=,{_GAP}*(?:an?{_GAP}+(?:individual|adult){_GAP}*,?{_GAP}*)?(?:who{_GAP}+)?"
                             rf"(?:resides|residing|lives|living){_GAP}+at[^()]{{1,120}}\({_QUOTED_THE}{_TERM}[\"\u201d]?\))")
# "Khalil Qasem (the "Appellant") filed ...", "Ana Ruiz ("Complainant")"
# "the lights at the home of Ana Ruiz flickered", "a claim presented on behalf of Ana Ruiz": whose home or case a
# claim is, the party no term names (see ``find``)
_HOLDER_OF = re.compile(rf"\b(?i:(?:the{_GAP}+)?(?:home|house|residence)|on{_GAP}+behalf){_GAP}+of{_GAP}+{_NAME}")
_NAME_THEN_TERM = re.compile(rf"{_NAME}{_GAP}*\({_QUOTED_THE}{_TERM}[\"\u201d]?\)")
# where the term names the account's holder in its sentence: its word, or its possessive ("the Appellant's name")
# (a title's stop is none: "La apelante, Sra. Ana Ruiz, ...", "Appellant, Mrs. Ana Ruiz, ...")
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\bM[rsx])(?<!\bMrs)(?<!\bSra)(?<!\bSr)(?<!\bDr)[.!?](?=[ \t\n\x00]+[A-Z])|\n")
_SENTENCE_REACH = 300
# the home right after the party's name: ", residing at", "who lives at", "at" (a proof of service's "addressed to
# Ping Fan at P.O. Box 812"); an agreement's recital puts the term it defines and what the party is between them
# ('Ana Ruiz ("Claimant"), an individual residing at ...')
_CONNECTOR = re.compile(rf"{_GAP}*(?:\({_QUOTED_THE}(?i:{_TERMS})"
                        rf"[\"\u201d]?\){_GAP}*)?(?:,?{_GAP}*(?:(?:an?{_GAP}+(?:individual|adult|natural{_GAP}+person)"
                        rf"{_GAP}*,?{_GAP}*)?(?:who{_GAP}+)?(?:resides|residing|lives|living){_GAP}+at|at){_GAP}+"
                        # a caption's or a judgment's "Plaintiff: Ana Ruiz, 12 Elm St", a report's "Ana Ruiz (12 Elm St)"
                        rf"|,{_GAP}*|{_GAP}*\()")
# what stands before a sentence's first word: its end, a numbered finding's number ("5\tAppellant provided ..."), a
# finding's number or bullet at the start of a line ("--------\n1. Appellant receives ...", "\u2022 Appellant is ...")
_SENTENCE_OPENS = re.compile(r"(?:[.!?:][ \t\n\x00]*(?:\d{1,2}[.)]?[ \t\n\x00]+)?"
                             r"|[\n\x00][ \t]*(?:\d{1,2}[.)]|[\u2022\u25aa\u25e6\u2013*-])[ \t\n\x00]+)\Z")
# the sentence says a field is the party's own: "his mailing address, P.O. Box ...", "call him on ..."
_THEIR_OWN = re.compile(r"(?i)(?:\b(?:his|her|their|[\w-]+['\u2019]s)"
                        r"[ \t\n\x00]+(?:[\w-]+[ \t\n\x00]+){0,2}(?:address|home|residence|phone|cell|number|e-?mail)"
                        r"[ \t\n\x00]*(?:is|,|:|of|at)?|\b(?:call|reach|contact|text|phone|"
                        r"e-?mail|write\s+to)[ \t\n\x00]+(?:him|her|them)[ \t\n\x00]+(?:at|on|via)"
                        r"|\b(?:be|is|are)[ \t\n\x00]+reached[ \t\n\x00]+(?:at|on|via)"
                        # what the party gave the hearing: "Appellant provided a contact telephone number of 626..."
                        r"|\b(?:provided|gave|supplied|listed)[ \t\n\x00]+(?:an?[ \t\n\x00]+)?(?:[\w-]+[ \t\n\x00]+)?"
                        r"(?:(?:tele)?phone|cell|mobile|e-?mail)(?:[ \t\n\x00]+(?:number|address))?"
                        r"[ \t\n\x00]*(?:of|:)?"
                        # where the party is served or lives: "Appellant is the customer of record for electric service
                        # at ...", "Appellant receives electric service at ...", "Appellant resides at ..."
                        r"|\b(?:service|resides|residing|lives|lived|living|located)[ \t\n\x00]+at"
                        # "... was a customer at the service address ...", "gave a forwarding (billing) address of ..."
                        r"|\b(?:service|billing|mailing|forwarding)(?:[ \t\n\x00]*\([\w \t]+\))?[ \t\n\x00]+address"
                        r"(?:[ \t\n\x00]+(?:of|is|was|at))?[ \t\n\x00]*[:,]?"
                        # what the file holds for the party: "Appellant's telephone number on file, (909) ..."
                        r"|\b(?:number|address|e-?mail)[ \t\n\x00]+(?:on[ \t\n\x00]+file|of[ \t\n\x00]+record)"
                        r"[ \t\n\x00]*(?:is|,|:)?)[ \t\n\x00]*$")
_OWN_REACH = 60


def find(analysis: Analysis) -> None:
    sentences = _identifier_sentences(analysis)
    if not sentences:
        return
    terms = {m.group("term").lower() for sentence in sentences for m in re.finditer(rf"\b{_TERM}", sentence)}
    ties = frozenset(terms)  # the terms an account's sentence names: a party tied by its surname ties no one else's
    flat = analysis.joined.replace("\x00", "\n")  # a PDF's lines read as one text, as names_in reads a wrapped one
    why = "party of a case a hearing decision or report defines by a term its account is tied to"
    parties = _defined_parties(analysis, flat)
    single = len({name for _, _, _, name in parties}) == 1
    words: set[str] = set()
    surnames: set[str] = set()
    for term, start, end, name in parties:
        written = flat[start:end]  # "Ana Ruiz", a caption's "RUIZ, ANA"
        surname = written.split(",")[0].split()[-1] if "," in written else written.split()[-1]
        if term and term in ties or any(re.search(rf"\b{re.escape(surname)}\b", sentence) for sentence in sentences) or (
                single and (not term and ties or any(_ONE_PARTY_CALLED.search(sentence) for sentence in sentences))):
            terms.add(term or "claimant")  # a claim's own party, whose home or case it is
            words |= set(name.replace(",", " ").split())
            surnames.add(surname)
            _add_span(analysis, "name", start, end, why)
            _details_after(analysis, end, why)
    if not terms:
        return
    for m in re.finditer(rf"\b(?i:(?:if{_GAP}+)?to){_GAP}+(?i:the{_GAP}+)?{_TERM}{_GAP}*:", flat):
        if m.group("term").lower() in terms:  # an agreement's notices: "If to Releasor: 12 Elm St; 909-...; ..."
            _details_after(analysis, m.end(), why)
    if words:
        _named_again(analysis, flat, words, why)
    _own_details(analysis, why, terms, surnames, single and bool(surnames))
    _party_usage(analysis, why)


def _defined_parties(analysis: Analysis, flat: str) -> list[tuple[str, int, int, str]]:
    """(term, start, end, name) of each private person the text defines by a party's term, or as the one whose home
    or case it is (no term: "")."""
    parties = []
    for pattern in (_CAPTION, _TERM_THEN_NAME, _NAME_THEN_TERM, _CASE_OF, _TERM_AS_TITLE, _NAME_HOME_TERM, _HOLDER_OF):
        for m in pattern.finditer(flat):
            term = m.group("term") if "term" in m.re.groupindex else _TERM_OF_CASE[m.group("case").lower()] \
                if "case" in m.re.groupindex else ""
            start, end = _name_at_end(flat, m.start("name"), m.end("name"))
            name = _party_name(analysis, flat, start, end)
            if name:
                parties.append((term.lower(), start, end, name))
    return parties


# what an account's sentence calls the one party of a claim or a notice: "the customer is enrolled (account ...)",
# "the homeowner's SCE account ..."
_ONE_PARTY_CALLED = re.compile(r"(?i)\bthe[ \t\n\x00]+(?:customer|homeowner|account[ \t\n\x00]+holder|"
                               r"property[ \t\n\x00]+owner)\b")


def _identifier_sentences(analysis: Analysis) -> list[str]:
    """The sentences that hold an account number or a personal identifier (an SSN, an ITIN)."""
    sentences = []
    for anchors in analysis.anchors.values():
        for anchor in anchors:
            if anchor.kind not in ("account", "identifier"):
                continue
            at = analysis.offset(anchor.segment) + anchor.start
            start, end = _sentence(analysis.joined, at)
            sentences.append(analysis.joined[start:end])
    return sentences


def _sentence(joined: str, at: int) -> tuple[int, int]:
    """The sentence around ``at`` in ``joined``, within ``_SENTENCE_REACH`` on either side."""
    start = max(0, at - _SENTENCE_REACH)
    for m in _SENTENCE_BREAK.finditer(joined, start, at):
        start = m.end()
    stop = _SENTENCE_BREAK.search(joined, at, min(len(joined), at + _SENTENCE_REACH))
    return start, stop.start() if stop else min(len(joined), at + _SENTENCE_REACH)


def _name_at_end(flat: str, start: int, end: int) -> tuple[int, int]:
    """The name that ends the capitalised words at ``flat[start:end]`` ("Then Khalil Qasem": "Khalil Qasem"), or
    all of them where no name reads there (a caption's "PAPAZIAN, SARKIS")."""
    found = names_in(flat, start, end, anchored=True)
    spans = [span for span in found if span[1] == end]
    if not spans:
        # a caption that runs on past the name on its line: "... Appeal of Ana Ruiz. Case No. 24-118", "... of Ana
        # Ruiz, BA-26-19": the name its "of" opens on, where a stop or a comma ends it
        spans = [span for span in found if span[0] == start and _NAME_STOPS.match(flat, span[1])]
    return spans[0] if spans else (start, end)


_NAME_STOPS = re.compile(r"[.,;:][ \t\n\x00]")


def _party_name(analysis: Analysis, flat: str, start: int, end: int) -> str | None:
    """The party's name at ``flat[start:end]`` read as one private person's (lower case, given name first), or
    None: a firm's, an official's or a configured public name."""
    value = flat[start:end]
    segment, position = analysis.locate(start)
    name = person_name(value, strict=False)
    if (not name or business_name(value) or analysis.contacts.name_is_public(name)
            or names_an_official(value, analysis.officials)
            or named_officially(segment.text, position, min(len(segment.text), position + end - start))):
        return None
    return name


def _add_span(analysis: Analysis, kind: str, start: int, end: int, why: str) -> None:
    """Records ``joined[start:end]``, one field in each segment it spans (a name a PDF's line break cut)."""
    while start < end:
        segment, position = analysis.locate(start)
        stop = min(end, analysis.offset(segment) + len(segment.text))
        analysis.add(kind, segment, position, position + stop - start, why)
        start = stop + 1


def _lines_from(analysis: Analysis, at: int, count: int) -> tuple[list[Line], Line | None] | None:
    """``count`` free lines from the one holding ``joined[at]``, and the line after them."""
    segment, position = analysis.locate(at)
    i = analysis.line_at(segment, position)
    if i is None:
        return None
    lines = analysis.free_lines
    return lines[i:i + count], (lines[i + count] if i + count < len(lines) else None)


# what parts the contact details an agreement or a caption lists after its party's name: "Ana Ruiz at the address
# above, telephone 909-..., e-mail ...", "If to Releasor: 12 Elm St; 909-...; ana@..."
_LISTED = re.compile(rf"{_GAP}*[,;]?{_GAP}*(?:(?:and|or){_GAP}+)?(?:(?:at{_GAP}+the{_GAP}+address{_GAP}+above|"
                     rf"(?:tele)?phone|tel\.|cell|mobile|e-?mail)(?:{_GAP}+(?:number|address))?{_GAP}*[:,]?{_GAP}*)*")


def _details_after(analysis: Analysis, end: int, why: str) -> None:
    """The street address or P.O. box right after the party's name at ``end`` ("..., residing at 768 Kenoak Drive",
    "addressed to Ping Fan at P.O. Box 812"), and the address, phones and mailboxes listed on after it or after a
    notices clause's "To Releasor:" at ``end``, up to the first other words."""
    found = _lines_from(analysis, end - 1, 3)
    if not found:
        return
    pieces, after = found
    joined = analysis.joined
    last = end
    fields = sorted((analysis.offset(segment) + start, kind, segment, start, stop)
                    for kind, segment, start, stop in analysis.contact_fields(pieces, after))
    for at, kind, segment, start, stop in fields:
        if at < last or kind not in ("address", "phone", "email"):
            continue
        if not (kind == "address" and last == end and _CONNECTOR.fullmatch(joined, end, at)
                or _LISTED.fullmatch(joined, last, at)):
            break
        analysis.add(kind, segment, start, stop, why)
        last = at + stop - start


_AROUND = 60  # how far around a word of the party's name another reading of the name is looked for


def _named_again(analysis: Analysis, flat: str, words: set[str], why: str) -> None:
    """The party's name written again elsewhere in the text (a line break may cut it), all its words the party's
    (two at least), and the home right after it."""
    free = {id(segment) for segment in analysis.free}
    seen: set[tuple[int, int]] = set()
    spelling = re.compile(rf"(?i)\b(?:{'|'.join(re.escape(word) for word in sorted(words, key=len, reverse=True))})\b")
    for hit in spelling.finditer(flat):
        for start, end in names_in(flat, max(0, hit.start() - _AROUND), min(len(flat), hit.end() + _AROUND), True):
            if (start, end) in seen or not start <= hit.start() < end:
                continue
            seen.add((start, end))
            name = person_name(flat[start:end], strict=False)
            found = set(name.replace(",", " ").split()) if name else set()
            segment, position = analysis.locate(start)
            if len(found) >= 2 and found <= words and id(segment) in free and not named_officially(
                    segment.text, position, min(len(segment.text), position + end - start)):
                _add_span(analysis, "name", start, end, why)
                _details_after(analysis, end, why)


def _own_details(analysis: Analysis, why: str, terms: set[str], surnames: set[str], one_party: bool) -> None:
    """The phone, home or mailbox a sentence that opens on the party says are theirs ("The Appellant asked that all
    correspondence be sent to his mailing address, P.O. Box ..., and that staff call him on 951-..."). The party is
    its term, its title and surname ("Mrs. Ruiz may be reached at ..."; their possessive anywhere: "Best contact is
    Mrs. Ruiz's cell, ..."), and where the text has one party only, "the homeowner", "the customer" or "the subject
    property" anywhere in the sentence ("The homeowner has lived at 12 Elm St since 2011", "the customer later gave
    a forwarding address of ...")."""
    joined = analysis.joined
    words = [term.capitalize() for term in sorted(terms | {"appellant", "complainant", "petitioner", "claimant"})]
    titled = [rf"{_TITLE}{_GAP}+{re.escape(surname)}" for surname in sorted(surnames)]
    alone = r"|(?P<alone>(?i:the)[ \t\n\x00]+(?i:homeowner|customer|subject[ \t\n\x00]+property))" if one_party else ""
    opener = re.compile(rf"\b(?:(?:(?i:the)[ \t\n\x00]+)?(?i:{'|'.join(words)}){'|' if titled else ''}"
                        rf"{'|'.join(titled)}{alone})\b(?P<own>['\u2019]s\b)?")
    for m in opener.finditer(joined):
        if m.start() and not m.group("own") and not m.groupdict().get("alone") and not _SENTENCE_OPENS.search(
                joined[max(0, m.start() - 12):m.start()]):
            continue
        start, end = m.start(), _sentence(joined, m.end())[1]
        found = _lines_from(analysis, m.end() - 1, 3)
        if not found:
            continue
        pieces, after = found
        for kind, segment, a, b in analysis.contact_fields(pieces, after):
            at = analysis.offset(segment) + a
            if kind in ("address", "phone", "email") and start < at < end and _THEIR_OWN.search(
                    joined, max(start, at - _OWN_REACH), at) and not _OFFICES.search(joined, max(start, at - _OWN_REACH), at):
                analysis.add(kind, segment, a, b, why)


# an office's address in the party's sentence: "The customer may mail payments to the City's billing address, ..."
_OFFICES = re.compile(r"(?i)\b(?:city|county|town|district|agency|department|office|utility|our)(?:['\u2019]s)?"
                      r"[ \t\n\x00]+(?:[\w-]+[ \t\n\x00]+)?address")
_TITLE = rf"(?:{PERSONAL_TITLES}|Miss)\.?"


# a sentence about the party's own meter, home or bills: "The meter history shows consumption of ...", "Appellant's
# bills show ...", "the premises used ..."
_PARTY_METER = re.compile(r"(?i)\b(?:(?:the|his|her|their|(?:appellant|complainant|petitioner|claimant)['\u2019]s)"
                          r"[ \t\n\x00]+(?:[\w-]+[ \t\n\x00]+)?(?:meter|premises|home|house|residence|bills?|usage|"
                          r"consumption)|(?:appellant|complainant|petitioner|claimant)"
                          # in Spanish: "el consumo fue de ...", "su medidor", "sus facturas"
                          r"|(?:el|su|sus)[ \t\n\x00]+(?:consumo|medidor|facturas?))\b")


def _party_usage(analysis: Analysis, why: str) -> None:
    """The consumption a case's finding reads from the party's meter or bills in a sentence of its own ("2. The
    meter history shows consumption of 1,378 kWh in June ..."): in a decision on one party's account, the meter and
    the bills are the party's. Not a sentence that gives another account (the City's own facility and its usage),
    nor an average or a tariff (``consumption_spans`` leaves those out)."""
    joined = analysis.joined
    for line in analysis.free_lines:
        text = line.segment.text
        for start, end in consumption_spans(text, line.start, line.end):
            at = analysis.offset(line.segment) + start
            first, last = _sentence(joined, at)
            sentence = joined[first:last]
            if not _PARTY_METER.search(sentence) or _OTHER_HOLDER.search(sentence):
                continue
            if any(anchor.kind == "account" for anchor in analysis.anchors_in(line.segment)
                   if first <= analysis.offset(line.segment) + anchor.start < last):
                continue
            analysis.add("usage", line.segment, start, end, why)


# a sentence about an account not the party's: the City's own, a facility's, a neighbour's, other customers'
# (or homes it is compared with: "compares the home with similar homes that used 520 kWh")
_OTHER_HOLDER = re.compile(r"(?i)\b(?:city['\u2019]s|facilit(?:y|ies)|neighbou?r\w*|other\s+customers|"
                           r"all\s+customers|(?:similar|other|nearby|comparable)\s+(?:homes|households|residences))\b")
