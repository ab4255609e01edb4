"""The private people a record names: not officials, staff or the City's configured names, and, unless
an identifier ties them, not on an official's contact card; with the names a line break cut, a comment's
poster and a dash's signer, a call log's caller by surname, the name a mailbox spells in brackets after it.
"""
from __future__ import annotations

import re

from ...vocabulary import common_word, fold, given_names, name_like, surnames
from ..analysis import Analysis, Line
from ..cues import ABBREVIATED_TITLES, HONORIFICS, SALUTATION_RE, SENTENCE_END, contact_to_call
from ..lists import trade_name
from ..public_people import staff_speaking
from ..persons import (SAYS_NAME_BEFORE, couple_start, family_names, given_names_and_initials,
                       holders_bracketed_after_accounts, holders_of_bracketed_accounts, lower_titled_surnames,
                       name_after_role, name_before_identifier, name_before_own_call, name_before_role,
                       name_spelt_in_email, named_by_role, named_officially, names_an_official, names_in,
                       note_items_customer, without_utility_name, person_name, quoted_author)
from ..notes import logs_author
from ..shapes import address_across, consumption_spans
from .callbacks import CALLBACK_LABEL, CALLED_BACK_FROM, CALLING_BACK, CALLING_NAME, OWN_CALL_FROM, REACHING
from .homes import personal_mailbox
from .invitations import ASK_STAFF, INVITATION_REACH
from .own_use import HISTORY_OF, USED
from .reach import SIGNED_OFF, SIGN_OFF_TAIL, TIMED_ENTRY
from .sentences import CALENDAR_WORDS
from .utility_stories import BRACKET_AFTER


# the role word, and the case a note files under it ("Customer complaint:" / "Ana Ruiz, 12 Elm St"): the name after
# the case's word is the customer's still
ROLE_WORD = re.compile(r"kh\u00e1ch h\u00e0ng|[a-z]+(?:\s?holders?)?(?:[ \t]+(?:complaint|inquiry|enquiry|concern|"
                        r"request|callback|call|info|information|details)(?=[ \t]*[:\n]|[ \t]*$))?|"
                        r"客户|客戶|用户|用戶|고객(?:인|이신)?")
# nothing but a title after a role word up to the line's end: the name opens the next line
ROLE_ENDS_LINE = re.compile(rf"[ \t,:]*(?:((?:{ABBREVIATED_TITLES})\.?)[ \t]*)?")
# a call note's "spoke w/ dalia saleh": in a record an identifier or contact details tie, whom staff spoke with
_SPOKE_WITH = re.compile(r"(?i)\b(?:spoke|spk|talked|met|visited)\s+(?:w/|with|to)(?=\s)")
HOME_LABEL = re.compile(r"(?i)\b(?:home|residence|homeowner|household)\b[\w '-]{0,30}[:\u2013\u2014-][ \t]+(?-i:(?=[A-Z]))")


# a sentence that tells someone's consumption so: a case narrative, not an official's contact card
_USAGE_TOLD = re.compile(rf"(?i)[ \t\x00]{USED}[ \t\x00]+(?:[a-z]+[ \t\x00]+){{0,3}}?\d|{HISTORY_OF}[^:.\n]{{0,60}}:")
REACHED = re.compile(rf"(?i){REACHING}(?=\s)")
# a customer word or a contact verb, then a given name that ends the line: "spoke w/ cust Garegin" / "Petrosyan ..."
_NAME_CUT = re.compile(rf"(?i:\b(?:customer|cust|cx|caller|account\s?holder|ratepayer|claimant)|{REACHING})[ \t]+"
                       r"(?:(?i:cust(?:omer)?)[ \t]+)?(?P<given>(?!(?i:care|service|services|support|relations)\b)"
                       r"[A-Z][\w'\u2019-]+)[ \t]*$")  # not an office's word: "- Dev, Customer Care"
# a sentence's first word that ends its line ("Abatement appeal. Losa"), and a surname's home after it on the next
# line ("Leiataua of 477 ...", "Leiataua, 477 ...")
# a title that ends its line, its surname on the next ("... by Ms." / "Okafor. Her account ...")
_TITLE_ENDS_LINE = re.compile(rf"(?<![\w.])(?P<given>(?:{HONORIFICS})\.?)[ \t]*$")
_GIVEN_ENDS_LINE = re.compile(r"(?:^|[.!?;:][ \t]+)(?P<given>[A-Z][a-z'\u2019-]+)[ \t]*$")
# whose an account or a statement is, the holder's given name (and initial) ending the line: "held by Naoki F." /
# "Shimizu III at 129 ...", "delivered to Ira" / "R. Rajasa at 1779 ...", "the statement of Ana" / "Ruiz (12 Elm St)"
_HOLDER_ENDS_LINE = re.compile(r"(?i:\b(?:held|owned)[ \t]+by|in[ \t]+the[ \t]+name[ \t]+of|(?:delivered|addressed|"
                               r"mailed|sent)[ \t]+to|statement[ \t]+of)[ \t]+"
                               r"(?P<given>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z]\.)?)[ \t]*$")
_SUFFIX_OR_INITIAL = re.compile(r"\b(?:[A-Z]\.|(?:Jr|Sr)\b\.?|I{2,3}\b|IV\b)")
# the rest of the name opening the next line, right before the holder's home: "Shimizu III at 129 ...", "R. Rajasa at
# 1779 ...", "Ruiz (12 Elm St)", "Ruiz, 12 Elm St"
_SURNAME_BEFORE_HOME = re.compile(r"[ \t]*(?P<surname>(?:[A-Z]\.[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t]+(?:Jr|Sr|II|III|IV)\b\.?)?)"
                                  r"(?=,?[ \t]+(?:at|of)[ \t]+\d|[ \t]*[,(][ \t]*\d)")
_HOME_IN_SLOT = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]of[ \t]+)\d")
_SURNAME_OPENS = re.compile(r"[ \t]*(?P<surname>[A-Z][\w'\u2019-]+)(?![\w'\u2019-])")
# a heading's line: capitalised words, numbers and dashes only, no word of running text ("CUSTOMER MATTERS", "Item 11 -
# Community Power Customer Matters")
_HEADING = re.compile(r"[ \t]*(?:[A-Z0-9][\w.'\u2019&/-]*|[\u2013\u2014:-])(?:[ \t]+(?:[A-Z0-9][\w.'\u2019&/-]*|[\u2013\u2014:-]))*[ \t]*")
_NAME_THEN_BACK = r"(?=[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+back\s+(?:at|on)\b)"
CALL_BACK = re.compile(CALLING_BACK + r"(?=[A-Z])|" + CALLING_NAME + _NAME_THEN_BACK + "|" + CALLBACK_LABEL
                        + "|" + CALLED_BACK_FROM.pattern)
# a writer's relative named right after the word, whose account the letter is about: "my mother Ana Ruiz is on ..."
_MY_RELATIVE = re.compile(r"(?i)\b(?:my|our)\s+(?:elderly\s+)?(?:mother|father|mom|dad|grand(?:mother|father|ma|pa)|"
                          r"husband|wife|son|daughter|sister|brother|aunt|uncle)(?=\s+(?-i:[A-Z]))")


def _name_spelt_around(text: str, opening: int, start: int, end: int) -> tuple[int, int] | None:
    """The name the mailbox at ``start``-``end`` spells (``name_spelt_in_email``): in its line's text before it, from
    ``opening``, or in brackets right after it ("yreddy@... (Yesenia Reddy)")."""
    mailbox = text[start:end]
    bracket = BRACKET_AFTER.match(text, end)
    return name_spelt_in_email(text, opening, start, mailbox) or (
        name_spelt_in_email(text, *bracket.span("note"), mailbox) if bracket else None)


def private_people_named(analysis: Analysis, pieces: list[Line], anchored: bool, lenient: bool,
           mailboxes: list[tuple]) -> list[tuple]:
    """The private people named in the pieces: not officials, staff or the City's configured names, and,
    unless an identifier ties them, not on an official's contact card. ``lenient``: words that read as a
    name count, whether the name lists know them or not, and so do words a personal mailbox on the line
    spells."""
    names = []
    # beside an employee's SSN or ITIN, the employee is named with their job title
    titles_after = not any(a.kind == "identifier" for p in pieces for a in analysis.anchors_in(p.segment, p.start, p.end))
    role_ended_line = None  # the line before ended in a role word ("... her neighbour, customer" / "Tomasz ...")
    asides = []  # the bracketed asides after copied comments' posters
    for k, piece in enumerate(pieces):
        text = piece.segment.text
        if not anchored and _on_contact_card(analysis, piece):
            role_ended_line = None
            continue
        street_goes_on = _street_goes_on(pieces[k - 1], piece) if k else 0  # "... at 706 W Falcon\nLane Spc 26"
        identifiers = analysis.anchors_in(piece.segment, piece.start, piece.end)
        beside = [name_before_identifier(text, a.start) for a in identifiers]
        accounts = [(a.start, a.end) for a in identifiers if a.kind == "account"]
        holders = {*holders_of_bracketed_accounts(text, accounts), *holders_bracketed_after_accounts(text, accounts)}
        if anchored or lenient:
            holders |= set(filter(None, [note_items_customer(text, piece.start, piece.end)]))
        if anchored or lenient and consumption_spans(text, piece.start, piece.end):
            holders |= set(filter(None, [_dash_signed(text, piece.start, piece.end, signed_with_mailbox=not anchored)]))
        if identifiers or consumption_spans(text, piece.start, piece.end):  # the note's own tie, in its line
            holders |= set(lower_titled_surnames(text, piece.start, piece.end))
        if identifiers:
            holders |= set(_initialled_holders(text, piece.start, piece.end, identifiers))
        poster = posters_name(text, piece.start) if anchored or lenient else None
        if poster:
            holders.add(poster.span("name"))
        if poster and poster["aside"]:  # "(Nextdoor, Westgate)": a place's, in this line or the next a wrap gave it
            asides.append((piece.segment, *poster.span("aside")))
        beside += holders
        # "Andrew Hall ... halla361@...": beside a record's tie (lenient), or beside a mailbox at a consumer provider,
        # which is one person's own and spells their name ("Advay Saran (asaran41@gmail.com, ...)")
        spelt = {_name_spelt_around(text, piece.start, start, end)
                 for segment, start, end in mailboxes if segment is piece.segment and piece.start <= start
                 and (lenient or personal_mailbox(text[start:end]))}
        beside += spelt
        beside += [name_before_own_call(text, m.start()) for m in OWN_CALL_FROM.finditer(text, piece.start, piece.end)]
        if caller := _logged_callers_surname(text, piece.start, piece.end):
            spelt.add(caller)  # a surname alone, which person_name refuses
            beside.append(caller)
        offset = analysis.offset(piece.segment)
        roles = [*analysis.cues.find("customer role", offset + piece.start, offset + piece.end),
                 *analysis.cues.find("party role", offset + piece.start, offset + piece.end)]
        if role_ended_line:  # after a title ("The customer Mrs." / "Perpetua Nwachukwu-Lind") any name will do
            titled = role_ended_line.group(1) is not None
            beside.append(name_after_role(text, piece.start, anchored or lenient or titled))
        role_ended_line = None
        for position in roles:
            role = ROLE_WORD.match(analysis.lower, position)
            beside.append(name_after_role(text, role.end() - offset, anchored or lenient))
            beside.append(name_before_role(text, position - offset))
            role_ended_line = ROLE_ENDS_LINE.fullmatch(text, role.end() - offset, piece.end) or role_ended_line
        if lenient:
            beside += [name_after_role(text, m.end(), anchored) for m in _SPOKE_WITH.finditer(text, piece.start, piece.end)]
            beside += [name_after_role(text, m.end(), True) for m in _MY_RELATIVE.finditer(text, piece.start, piece.end)]
        beside += [name_after_role(text, m.end(), anchored) for m in REACHED.finditer(text, piece.start, piece.end)]
        # the name a caller says is theirs, in a call centre's lower case too: "Caller states he is rigoberto vu"
        beside += [name_after_role(text, m.start() + len(m.group().rstrip()), True)
                   for m in SAYS_NAME_BEFORE.finditer(text, piece.start, piece.end)]
        if lenient:  # "Home charger: Augusto Angiolello, 12 Elm St": whoever the label names, listed or not
            beside += [name_after_role(text, m.end() - 1, True) for m in HOME_LABEL.finditer(text, piece.start, piece.end)]
            # ... and so does a callback's label: "Callback requested: Perpetua Mwangi, tel. ..."
            beside += [name_after_role(text, m.end(), True) for m in CALL_BACK.finditer(text, piece.start, piece.end)
                       if m.group().endswith(":")]
        read = names_in(text, piece.start, piece.end, lenient)
        # beside an identifier names_in reads a place word as the surname after a rare given name ("Xiaoling Park"),
        # which person_name, without that context, refuses
        # and a sentence's role makes the words before a place word a person's ("a complaint from Ivan Park")
        vouched = set(read) if lenient else {span for span in read if named_by_role(text, *span)}
        spans = {_without_possessive(text, span) for span in (
            without_utility_name(text, *found) for found in (*read, *filter(None, beside))) if span}
        for start, end in sorted(spans):
            if any(a <= start and end <= b and (a, b) != (start, end) for a, b in spans):
                continue  # the longer reading: "Verduzco Montemayor, Samuel", not "Verduzco Montemayor"
            if start < street_goes_on or any(where is piece.segment and a <= start < b for where, a, b in asides):
                continue
            # a name its mailbox spells may hold a place's word ("Andrew Hall"), which person_name refuses
            value = text[start:end]  # a call centre's note in lower case: "cx dana whitfield"
            name = person_name(value, strict=not value.islower()) or (
                (start, end) in spelt | vouched | holders and " ".join(value.lower().split()))
            if trade_name(value):
                continue  # a sole proprietor's business ("Tran Home Daycare"), not its owner
            if _OFFICE_SIGNED.fullmatch(value):
                continue  # "... send us a message. - Marjorie, Communications": the City's reply, signed by its staff
            if _asked_for(text, start) or contact_to_call(text, start, end):
                continue  # "Questions: call Nadia Petrenko at ...", "Pague su factura ... o llame a ... al": staff
            if logs_author(text, start, end):
                continue  # "08/10 9:26 T. Okoro: Cx ANA RUIZ called ...": the agent who logged the call
            if _written_to(text, start):
                continue  # "Dear Darnell Whitcomb, My name is Maria Ochoa ...": whom the customer writes to
            if _INTERPRETER_BEFORE.search(text, max(0, start - 40), start):
                continue  # "Ana Ruiz (speaking through interpreter Marta Ibáñez):": who interprets the customer's words
            if _PHYSICIAN.match(text, start) or _DOCTOR_BEFORE.search(text, max(0, start - 24), start) or (
                    value.startswith("Dr") and _CERTIFYING_DOCTOR.search(text, max(0, start - 48), start)):
                continue  # "Dr. Ochoa's office faxed the medical certificate": the customer's physician
            if name and not analysis.contacts.name_is_public(name) and not quoted_author(text, start, end) and not \
                    named_officially(text, start, end, titles_after) and not _titled_above(pieces, k, start, end) \
                    and not (titles_after and _titled_below(pieces, k, start, end)) \
                    and not names_an_official(value, analysis.officials) and not staff_speaking(text, start, end):
                names.append((piece.segment, couple_start(text, start), end))  # "Emeka and Adebayo Abiodun"
        names += [(piece.segment, start, end) for start, end in family_names(text, piece.start, piece.end)
                  if not analysis.contacts.name_is_public(text[start:end].lower())]  # "the Garcias (acct ...)"
        if k + 1 < len(pieces):
            names += _name_cut_by_a_line_break(analysis, piece, pieces[k + 1], anchored) or \
                _name_across_a_line_break(analysis, piece, pieces[k + 1], lenient)
    return names


# the interpreter's or the translator's word right before a name, in English and the languages a meeting or an office
# interprets ("through interpreter ...", "Intérprete: ...", "thông dịch viên ...", "통역사 ...", "翻译：...")
_INTERPRETER_BEFORE = re.compile(r"(?i)\b(?:interpreter|translator|int[eé]rprete|traductora?|th[oô]ng\s+d[iị]ch\s+vi[eê]n|"
                                 r"phi[eê]n\s+d[iị]ch|tagasalin)\s*[:(]?\s*$|(?:통역사?|翻[译譯])\s*[:：(]?\s*$")


def _initialled_holders(text: str, start: int, end: int, identifiers: list) -> list[tuple[int, int]]:
    """A given name and an initial in the sentence of an identifier ("Dwight A. (acct ending 6157) emailed ...",
    "Hasmik G. gave me permission ...; the Edison account no. ... had been ..."): the account's holder, as named as a
    note or a newsletter names them; and the same given name alone elsewhere in the piece ("Hasmik on 11986 Lark
    Ellen Ave called my office"), the same person (PCE-01: a given name with the customer's street or account
    identifies them)."""
    found = []
    for a, b in given_names_and_initials(text, start, end):
        ends = [m.end() for m in SENTENCE_END.finditer(text, start, a)]
        stop = SENTENCE_END.search(text, b, end)
        sentence = (ends[-1] if ends else start, stop.end() if stop else end)
        if not any(sentence[0] <= i.start < sentence[1] for i in identifiers):
            continue
        found.append((a, b))
        given = text[a:b].split()[0]
        found += [m.span() for m in re.finditer(
            rf"(?<![\w'\u2019-]){re.escape(given)}(?![\w'\u2019-])(?![ \t]+[A-Z]\.)", text[:end]) if m.start() >= start]
    return found


# a comment copied from a social-media page opened by its poster's display name as the page shows it, lower case
# and wrapped too, a bracketed aside (the platform, a neighbourhood) or a verb of posting before the colon:
# "reynaldo pangilinan: my bill at ...", "Nabil A.: ...", "jun-jun dela cruz replied: We got a shut off notice for
# ...", "Ana Ruiz (Nextdoor, Westgate): Same here. ... we're at ..."
_POSTER = re.compile(r"(?P<name>[^\W\d_][\w'\u2019-]*\.?(?:(?:[ \t]+|[ \t]*\n[ \t]*)"
                     r"(?!(?:replied|commented|wrote|posted|said)\b)[^\W\d_][\w'\u2019-]*\.?){1,3})"
                     r"(?P<aside>[ \t]+\([^()\n]{1,40}\))?(?:[ \t]+(?:replied|commented|wrote|posted|said))?:[ \t]+")
# the comment speaks of the poster's own bill, account, home or number
_OWN_SERVICE_TOLD = re.compile(r"(?i)\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:bill|account|acct|meter|usage|home|house|"
                               r"service|power|electricity)\b|\b(?:i['\u2019]m|we['\u2019]re|i\s+am|we\s+are)\s+at\s+\d|"
                               r"\b(?:call|text|email|e-mail)\s+me\b|\bwe\s+got\s+a\b")
_POSTER_REACH = 400  # characters of the comment after its poster's name


def posters_name(text: str, start: int) -> re.Match | None:
    """The poster's display name opening a copied comment at ``start`` (a line's start) whose text speaks of the
    poster's own service (``_OWN_SERVICE_TOLD``): two to four words, each no common word of the language ("Great
    job: ...", "Staff note: ..."), or a given name and an initial; the account's holder, as the page names them."""
    if start and text[start - 1] != "\n":
        return None
    m = _POSTER.match(text, start, min(len(text), start + 80))
    if m is None or not _OWN_SERVICE_TOLD.search(text, m.end(), min(len(text), m.end() + _POSTER_REACH)):
        return None
    words = m["name"].split()
    if words[0].rstrip(".").lower() in ("mr", "ms", "mrs", "miss", "mx", "dr") or m["name"].isupper():
        return None  # "MS. ADEYEMI-LUND: My name is ...", "PUBLIC SPEAKER: ...": a transcript's speaker label, which
        # ``speakers`` reads
    if any(common_word(w) for w in words if not w.endswith(".")) or not person_name(
            " ".join(words), strict=False) or named_officially(text, *m.span("name")):
        return None
    if words[0][:1].isupper() and words[-1][:1].islower():
        return None  # "Verbatim comment (respondent R-412, ...): ...": a sentence's opening words, no display name
    return m


# a given name and the office it writes for, as an agency's reply on its social-media page is signed ("Marjorie,
# Communications", "Dev, Customer Care Team")
_OFFICE_SIGNED = re.compile(r"[A-Z][a-z'\u2019-]+,[ \t]*(?i:(?:the[ \t]+)?(?:communications|customer[ \t]+(?:care|service)|"
                            r"billing|utilities|public[ \t]+(?:works|information)|outreach|social[ \t]+media|web)"
                            r"(?:[ \t]+(?:team|office|department|dept\.?|division|staff))?)")


# a reader's comment or a short message signed after a dash at its end by a given name and an initial: "... call me
# 1-951-839-6855 - Eugenia D.", "... account 3-110-5865-54. — Tom R"; or with the writer's mailbox after it, as a
# reader's letter to a column is signed ("... We use about 400 kWh. – Tom R., tomr@gmail.com")
_DASH_SIGNATURE = re.compile(r"[ \t][-\u2013\u2014]{1,2}[ \t]*([A-Z][a-z'\u2019-]+[ \t]+[A-Z]\.?)"
                             r"(?P<mailbox>[ \t]*,[ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?[ \t]*$")


def _dash_signed(text: str, start: int, end: int, signed_with_mailbox: bool = False) -> tuple[int, int] | None:
    """The writer who signs a comment after a dash with their given name and an initial, where the comment gives an
    identifier (the caller asks), or with their own mailbox after it where the comment gives their consumption
    (``signed_with_mailbox``: a reader's letter on their bill): the account's holder, whom commenters and columns
    name so. The first word must be a listed given name ("- Eugenia D."), not a word ("- Thanks A.")."""
    m = _DASH_SIGNATURE.search(text, start, end)
    if m is None or fold(m.group(1).split()[0]) not in given_names() or common_word(m.group(1).split()[0]) or (
            signed_with_mailbox and not m.group("mailbox")):
        return None
    return m.span(1)


# a log entry's caller written by surname in capitals before their home: "08/08 4:07p  SOTO @ 864 Ramos St - opt out
# req, cb 909-...", "08/06 9:17a  ESTRADA OLIVAS at 3433 Holt Ave"
_CALLER_AT_HOME = re.compile(r"[ \t]+(?P<surname>[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+){0,2})[ \t]+(?:@|at)[ \t]+\d")


def _logged_callers_surname(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The caller's surname opening a voicemail or call log's entry, in capitals right before the street address
    they gave, when each of its words is a surname of the Census list (not "SCE @ 300 ..."): the log's own
    shorthand for a resident who left their home and a callback number."""
    entry = TIMED_ENTRY.match(text, start, end)
    caller = entry and _CALLER_AT_HOME.match(text, entry.end(), end)
    if not caller or not all(word.lower() in surnames() for word in caller.group("surname").split()):
        return None
    return caller.span("surname")


# a physician named by title and surname with their practice ("Dr. Ochoa's office faxed the certificate", "Dr. Lim's
# clinic"), or as the one who signs a medical certificate ("signed by Dr. Lim"): the customer's doctor, no customer
_PHYSICIAN = re.compile(r"Dr\.?\s+[A-Z][\w'\u2019-]+(?:['\u2019]s)?\s+(?:office|clinic|practice|nurse|staff|medical\s+group)\b")
_CERTIFYING_DOCTOR = re.compile(r"(?i)\b(?:signed|certified|completed|faxed|sent|submitted)\s+by\s+"
                                r"(?:(?:your|the\s+customer['\u2019]s|his|her|their)\s+)?(?:(?:physician|doctor)\s+)?$")
# a name the word physician or doctor stands right before ("your physician Dr. Sally Ball", "her doctor, Ana Ruiz"): the
# customer's doctor, who signs a medical certificate, no customer
_DOCTOR_BEFORE = re.compile(r"(?i)\b(?:physician|doctor|medical\s+provider)\s*,?\s+$")


# a writer who introduces themself or says they write: the letter is theirs, not its addressee's
_WRITER_SPEAKS = re.compile(r"(?i)\b(?:my name is|mi nombre es|me llamo|i am writing|i'm writing|i write)\b")


def _written_to(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a letter's addressee whose writer then names themself or says they write
    ("Dear Darnell Whitcomb, My name is Maria Ochoa and I am writing about my bill"): the customer writes to the
    utility's staff, who are no customer."""
    line_start = text.rfind("\n", 0, start) + 1
    salutation = SALUTATION_RE.match(text, line_start)
    return (salutation is not None and salutation.start("name") == start
            and _WRITER_SPEAKS.search(text, salutation.end(), salutation.end() + 200) is not None)


def _asked_for(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the one a sentence sends the reader to with their questions ("Questions: call
    Nadia Petrenko at ...", "If you have questions, please contact Omar Haddad"): a member of the sender's staff."""
    ask = None
    for ask in ASK_STAFF.finditer(text, max(0, start - INVITATION_REACH), start):
        pass
    return ask is not None and ask.end() == start


_OWN_ACCOUNT_BRACKETED = re.compile(r"[ \t]*\([ \t]*(?i:acct|account|a/c|sa|said|service\s+account)\b")


def _titled_above(pieces: list[Line], k: int, start: int, end: int) -> bool:
    """Whether a name that opens its line has an official's title at the end of the line above: a PDF wraps
    "... Councilmember" / "Imani Okafor told the Courier". Not a name its own account follows in brackets, under a
    heading that ends in a title ("Cases Reviewed by Staff" / "Rosalba Hernandez (acct. ...) wrote ..."): the
    account's customer."""
    piece = pieces[k]
    text = piece.segment.text
    if k == 0 or text[piece.start:start].strip() or _OWN_ACCOUNT_BRACKETED.match(text, end):
        return False
    above = pieces[k - 1].text.rstrip()
    own = _TITLE_AFTER_ITS_NAME.search(above)
    if own and person_name(own.group("name"), strict=False):
        return False  # "FROM: Ana Ruiz, Energy Analyst" / "Gundula Yilmaz appealed ...": the title is Ana Ruiz's
    joined = f"{above} {text[start:end]}"
    return named_officially(joined, len(above) + 1, len(joined), titles_after=False)


# a line that ends with a person's name and, after a comma, their title ("FROM: Ana Ruiz, Energy Analyst", "Prepared
# by: Ana Ruiz, Utility Billing Supervisor"): a memo's header or a signature, whose title is that person's and no name's
# in the line below
_TITLE_AFTER_ITS_NAME = re.compile(r"(?<![\w'\u2019.-])(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}),"
                                   r"[ \t]*(?:[A-Z][\w&'\u2019/.-]*[ \t]*){1,6}$")


# how far before its line's end a name's role may begin for the line below to go on with it
_ROLE_WRAP_REACH = 40


def _titled_below(pieces: list[Line], k: int, start: int, end: int) -> bool:
    """Whether a name near its line's end has its role or title go on in the line below: a PDF wraps "... Dana Kincaid,
    Utility Billing" / "Supervisor, appeared for the City." (as ``_titled_above`` reads a title the line above ends
    in)."""
    piece = pieces[k]
    text = piece.segment.text
    if k + 1 >= len(pieces) or len(text[end:piece.end].rstrip()) > _ROLE_WRAP_REACH:
        return False
    joined = f"{text[:piece.end].rstrip()} {pieces[k + 1].text.lstrip()}"
    return named_officially(joined, start, end)


def _name_cut_by_a_line_break(analysis: Analysis, line: Line, below: Line, anchored: bool) -> list[tuple]:
    """A customer's name that a PDF's line break cut after the given name ("spoke w/ cust Garegin" / "Petrosyan re:
    flickering lights"), or, in a record an identifier ties, after a title ("by Ms." / "Okafor. Her account ..."),
    or a sentence's first word that ends its line before a
    surname and the record's home ("Abatement appeal. Losa" / "Leiataua of 477 Meetinghouse Hill Rd ... account
    ..."): its two halves, each in its own line, when together they read as a person's name."""
    cut = _NAME_CUT.search(line.segment.text, line.start, line.end)
    rest = cut and _SURNAME_OPENS.match(below.segment.text, below.start, below.end)
    if not rest and anchored:  # "... raised at the last meeting by Ms." / "Okafor. Her account, ...": title and surname
        title = _TITLE_ENDS_LINE.search(line.segment.text, line.start, line.end)
        surname = title and _SURNAME_OPENS.match(below.segment.text, below.start, below.end)
        if surname and name_like(surname.group("surname")) and not common_word(surname.group("surname")) and \
                not analysis.contacts.name_is_public(f"{title.group('given')} {surname.group('surname')}".lower()):
            return [(below.segment, *surname.span("surname"))]  # the title alone names no one: "Mr." is no value
    if not rest and anchored:
        cut = _GIVEN_ENDS_LINE.search(line.segment.text, line.start, line.end)
        rest = cut and _SURNAME_OPENS.match(below.segment.text, below.start, below.end)
        rest = rest if rest and _HOME_IN_SLOT.match(below.segment.text, rest.end()) else None
    if not rest and anchored:  # "... account 3-349-7852-76, held by Helen" / "Asamoah at 2195 W. Grand Ave., ..."
        cut = _HOLDER_ENDS_LINE.search(line.segment.text, line.start, line.end)
        rest = cut and _SURNAME_BEFORE_HOME.match(below.segment.text, below.start, below.end)
    if not rest or _HEADING.fullmatch(line.segment.text, line.start, line.end):
        return []  # "Item 7 - Customer Matters" / "Ana Ruiz (acct ...)": a section's heading names no one
    name = f"{cut.group('given')} {rest.group('surname')}"
    surname = _SUFFIX_OR_INITIAL.sub("", rest.group("surname")).strip()  # "R. Rajasa", "Shimizu III"
    if (not person_name(name) or not name_like(surname) or surname.lower() in CALENDAR_WORDS
            or common_word(cut.group("given").split()[0])  # a table's title: "Queue - Customer Detail" / "Arya Choudhry | ..."
            or analysis.contacts.name_is_public(name.lower())):  # "cust Rosa" / "Monday at 9": no surname
        return []
    return [(line.segment, *cut.span("given")), (below.segment, *rest.span("surname"))]


# a paragraph of a web page or a Word document: the text flows in it, so no hard wrap ends it
_PARAGRAPH_ELEMENT = re.compile(r"(?:^|>[ \t]*)p(?::nth-of-type\(\d+\))?$|^paragraph \d+$")


# a paragraph that ends in mid-sentence on a capitalised word after a word of lower case ("... authorized a settlement
# with Maria" / "Lopez regarding her account ..."): text pasted from a PDF, one paragraph a line
_ENDS_IN_MID_SENTENCE = re.compile(r"\b(?-i:[a-z]+)[ \t]+[A-Z][\w'\u2019-]*[ \t]*$")


def _paragraphs_apart(line: Line, below: Line) -> bool:
    """Whether two lines are two paragraphs of a web page or a Word document: a signature's given name ending one
    ("Thanks, Sandra") and a capitalised word opening the next ("Field note 09/23: ...") are no name a wrap cut; a
    paragraph that ends in mid-sentence on a given name after a word of lower case goes on in the next (pasted text)."""
    ends = len(line.text.rstrip())
    return line.segment is not below.segment and all(
        _PARAGRAPH_ELEMENT.search(piece.segment.location.element or "") for piece in (line, below)) and not (
        _ENDS_IN_MID_SENTENCE.search(line.text) and not SIGNED_OFF.search(line.text, max(0, ends - SIGN_OFF_TAIL)))


def _name_across_a_line_break(analysis: Analysis, line: Line, below: Line, lenient: bool) -> list[tuple]:
    """A name any rule would read in one line, which a hard wrap of running text cut ("... The resident, Candra" /
    "Sihombing, 62, said ...", "... belongs to Hiwot" / "Wolde, who told us ..."): the two lines read together as
    ``names_in`` reads a paragraph's soft line break (the line before runs in words of lower case, the name goes on
    with punctuation or a lower-case word), so a list's names one a line, a label's value or a table's column stay
    apart. The name's first half, in its own line, which the name detector joins to its rest (``customer_name``)."""
    if _paragraphs_apart(line, below):
        return []
    joined = f"{line.text}\n{below.text}"
    head = len(line.text) + 1  # where the line below opens in ``joined``
    for a, b in names_in(joined, anchored=lenient):
        if not a < head <= b:
            continue
        value = " ".join(joined[a:b].split())
        rest = joined[head:b].split()  # what the break cut off: no weekday or month ("cust Rosa" / "Monday at 9")
        if any(w.lower() in CALENDAR_WORDS for w in rest):
            continue
        name = person_name(value) or (lenient and not any(map(common_word, rest))
                                      and (person_name(value, strict=False) or value.lower()))
        if name and not analysis.contacts.name_is_public(name) and not trade_name(value) \
                and not named_officially(joined, a, b, True) and not names_an_official(value, analysis.officials):
            if below.segment is line.segment and line.segment.text[line.end:below.start] == "\n":
                return [(line.segment, line.start + a, line.start + b)]  # a soft break: the whole name, one span
            return [(line.segment, line.start + a, line.end)]
    return []


def _on_contact_card(analysis: Analysis, piece: Line) -> bool:
    """Whether a piece is on an official's contact card (a segment beside a government mailbox) and reads as one:
    a sentence that calls someone the customer, a party of a utility case or the owner of a bill is a case
    narrative, whatever mailbox stands near it ("Write to info@cityname.gov" in the footer, a staff sender in an
    e-mail's From: line), and so is one that tells a person's usage ("Usage history provided by Ana Ruiz: ...") or
    asks staff to call them back ("Callback requested: Ana Ruiz, tel. ...")."""
    if id(piece.segment) not in analysis.context.official:
        return False
    start, end = analysis.offset(piece.segment) + piece.start, analysis.offset(piece.segment) + piece.end
    return not any(analysis.cues.any(kind, start, end) for kind in ("customer role", "party role", "customer possessive")) \
        and not _USAGE_TOLD.search(piece.text) and not CALL_BACK.search(piece.text)


def _without_possessive(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A name's span without the possessive "'s" a lenient reading keeps ("Ana Ruiz's usage")."""
    start, end = span
    return (start, end - 2) if text[end - 2:end] in ("'s", "\u2019s") else span


def _street_goes_on(above: Line, line: Line) -> int:
    """Where the rest of a street address that a line break cut ends in ``line`` (a PDF wraps "... at 7199
    South" / "Agate Lane, which ..."), or 0: its words are no one's name."""
    cut = address_across(above.text[-40:], line.text[:60])
    return line.start + cut[1] if cut else 0
