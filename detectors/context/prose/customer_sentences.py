"""Of a record's names and fields, the customer's: those in a sentence that holds what ties the record
(an identifier, a usage figure, a name called a customer), and the names such a sentence refers back to by
"the customer" or a pronoun; not a phone after staff's job title, nor contacts a sentence gives of another
person.
"""
from __future__ import annotations

import re

from ...labels import CALL_BACK_WORDS, has_stand_in
from ...model import Segment
from ..analysis import Analysis
from ..cues import invited_contact
from ..history import public_story
from ..holder_names import addressee_over_care_of
from ..persons import named_officially, names_in
from ..speakers import turn_openings
from ..shapes import address_across
from .homes import PHONE_WORDS
from .places import TITLED
from .reach import HOLDERS
from .sentences import (ABBREVIATION_BEFORE, ABBREVIATION_CHARS, NAME_WORD, names_another, open_sentence_above,
                        sentence_bounds, sentence_opening)


# the word of a household around its surname: "the Holloway family", "la familia Choi", "ang pamilya Holloway", "Vo家"
_FAMILY_AROUND = re.compile(r"(?i)\b(?:family|household|familia|pamilya)\b|家|가족")


_CARE_OF_REACH = 12  # characters from a label's addressee to the name on its "c/o" line below: a line break and "C/O "


def customers_sentences(analysis: Analysis, names: list[tuple], fields: list[tuple],
                         seeds: list[tuple]) -> tuple[list, list]:
    """Of a record's names and fields, the customer's, given what ties the record (its identifiers, its usage
    figures, the names called a customer): the names in a sentence that holds one of those ("customers Ana and Jose
    Ruiz", "Ana Ruiz, whose account is ..."), and the fields in such a sentence or in one that names no one else
    ("She can be reached at ..."). A later sentence of the paragraph about someone else is not the customer's
    record: the ombudsman who "arranged a meter test", the newspaper a councilmember spoke to, a historic figure a
    street is named for, a hardware store's address and phone, a contractor's office, a staff member's number.
    When no name stands in such a sentence (a name and its account on lines of their own), the record is kept
    whole."""
    def at(place: tuple) -> int:  # a name's, a field's or an identifier's place in the document
        return analysis.offset(place[0]) + place[1]

    names = sorted(names, key=at)
    taken = [(segment, start, end) for segment, start, end in names] + [f[1:] for f in fields]
    taken += filter(None, (analysis.rest_of_cut_address(*f[1:]) for f in fields if f[0] == "address"))

    def sentence_of(place: tuple) -> tuple:  # the whole sentence, however many lines a hard wrap gave it
        return _wrapped_sentence(analysis, place[0], sentence_bounds(place[0], place[1], taken), taken)
    own = {sentence_of(seed) for seed in seeds}
    kept = [n for n in names if sentence_of(n) in own or _holders_sentence(analysis, n, taken)]
    ties = [seed for seed in seeds if seed not in names] or seeds  # an identifier, a usage figure: no name
    tied = {sentence_of(tie) for tie in ties}
    if not any(sentence_of(n) in tied for n in kept):
        # "Case 43. Ana Ruiz contacted ... The customer, whose account is ...": the sentence before names her; so it
        # does when a later one gives her full name ("Talked to Mr. Sandhu. Acct is ... Full name on the account is
        # Harpreet Kaur Sandhu"), if the names share a word (not the staff member who "reviewed the file")
        first = min(at(seed) for seed in ties)
        before = [n for n in names if at(n) < first and n not in kept and not public_story(analysis, *n)]
        if before:
            sentence = sentence_of(before[-1])
            kept += [n for n in before if sentence_of(n) == sentence and (not kept or shares_a_name_word(n, kept))]
    kept += _referred_back_to(analysis, names, kept, ties, fields, taken, at, sentence_of)
    kept += [later for earlier, later in zip(names, names[1:])  # "... cust Garegin" / "Petrosyan re: ..."
             if earlier in kept and later not in kept and _cut_name(earlier, later)]
    kept += [earlier for earlier, later in zip(names, names[1:])  # "... met with Bjorn" / "Haugland (Acct. No. ...)"
             if later in kept and earlier not in kept and _cut_name(earlier, later)]
    kept += [earlier for earlier, later in zip(names, names[1:])  # "ESTATE OF ANA RUIZ" / "C/O LUIS RUIZ" / "12 ELM ST"
             if later in kept and earlier not in kept and 0 < at(later) - at((earlier[0], earlier[2])) <= _CARE_OF_REACH
             and addressee_over_care_of(earlier[0].text, earlier[2], later[0].text, later[1])]
    if any(_FAMILY_AROUND.search(n[0].text, max(0, n[1] - 12), min(len(n[0].text), n[2] + 12)) for n in kept):
        # a household the record names by its surname, then one of its members by a given name alone in a sentence
        # of the record's fields ("Ang pamilya Holloway sa 15464 ... Sabi ni Keisha: 'Tawagan ninyo ako sa 818...'")
        field_sentences = {sentence_of(f[1:]) for f in fields}
        kept += [n for n in names if n not in kept and " " not in n[0].text[n[1]:n[2]].strip()
                 and sentence_of(n) in field_sentences]
    if not kept:
        # no stop parts auto-captions' turns, but the next speaker's greeting and name do: a speaker who introduces
        # themself after the identifier was read is the next one at the podium; so does a packet's heading of the
        # next written comment ("Comment from Ana Ruiz, La Verne: ...") after the identifier
        last = max(at(tie) for tie in ties)
        return [n for n in names if not _turns_apart(n, ties)
                and not (at(n) > last and _NEXT_COMMENT_FROM.search(n[0].text[:n[1]])
                         and _COMMENT_GOES_ON.match(n[0].text, n[2]))], fields
    # the customer named in full where the paragraph opens, and by title and surname where it ties the record: "Soo-yeon
    # Kang of 2801 Portage Ave addressed the Board ... Ms. Kang stated ... She read her account number"
    kept += [n for n in names if n not in kept and TITLED.match(n[0].text, n[1]) is None
             and any(TITLED.match(k[0].text, k[1]) and shares_a_name_word(n, [k]) for k in kept)]
    # ... and by the given name alone of a given name and initial the record keeps ("Hasmik on 11986 Lark Ellen Ave
    # called my office ... Hasmik G. gave me permission ...; the account no. ...")
    initialled = {k[0].text[k[1]:k[2]].split()[0] for k in kept if _INITIAL_ENDS.search(k[0].text, k[1], k[2])}
    kept += [n for n in names if n not in kept and n[0].text[n[1]:n[2]] in initialled]
    own |= {sentence_of(name) for name in kept}
    words = frozenset(w.lower() for segment, start, end in kept for w in NAME_WORD.findall(segment.text[start:end]))
    kept_fields = []
    for field in fields:
        kind, segment, start, _ = field
        if _THIRD_PARTY_LINE.match(segment.text, segment.text.rfind("\n", 0, start) + 1):
            continue  # "Caseworker: Hill Country Community Action, (830) 612-4150": the agency's, not the customer's
        if kind in ("phone", "email") and _after_staff_title(segment.text, start):
            continue  # "Staff response prepared by Leslie Danforth, Key Accounts Manager, (805) ...": staff's own
        sentence = sentence_bounds(segment, start, taken)
        opened = open_sentence_above(analysis, segment, sentence, taken)
        # a sentence the line above left open is the customer's, unless the field's own line names someone else before
        # it: an aside closed the paragraph above ("... (sent from ana@isp.net)") and "Staff response prepared by
        # Teresa Pruitt, Key Accounts Manager, 909..." is staff's
        line_start = max(sentence[0], segment.text.rfind("\n", 0, start) + 1)
        someone_first = names_another(segment, line_start, start, taken, customer_words=words)
        opened_own = opened is not None and (id(opened[0]), *opened[1:]) in own and not someone_first
        # so for a sentence a paragraph above left open that this line goes on with (a segment's line break too)
        whole = sentence_of(field[1:])
        wrapped = whole[0] != id(segment) or line_start > sentence[0]
        if (whole in own and not (wrapped and someone_first)) or opened_own \
                or _THE_CUSTOMER_AT.search(segment.text, max(sentence[0], start - _THE_CUSTOMER_REACH), start) \
                or kind == "phone" and _called_by_pronoun(segment.text, sentence[0], start):
            kept_fields.append(field)
        elif kind == "phone" and _callback_clause(segment.text, sentence[0], start):
            kept_fields.append(field)  # "... Advised to call JCP Customer Care; RP cb 909-...": the caller's number
        elif not any(names_another(where, start, end, taken, people_only=kind == "usage", customer_words=words)
                     for where, start, end in filter(None, ((segment, *sentence), _cut_across(opened, segment)))) \
                and not public_story(analysis, segment, start, field[3]) \
                and not (kind in ("email", "phone") and invited_contact(segment.text, start)):
            # (not a landmark's, an honoree's line; nor the publisher's own line a sentence of its own invites
            # readers to: "Have a question? Write to ...")
            kept_fields.append(field)
    kept += _named_with_kept_contacts(names, kept, kept_fields)
    return kept, kept_fields


# a staff member's name and job title right before a number or a mailbox, nothing else between: "Leslie Danforth, Key
# Accounts Manager, (805) ..."
_TITLE_BEFORE_CONTACT = re.compile(r",[ \t]*[A-Za-z][A-Za-z .&/-]{2,60},?[ \t]*(?:(?:at|tel\.?|phone|e-?mail)[ \t:]*)?$")
_STAFF_TITLE_REACH = 120


def _after_staff_title(text: str, start: int) -> bool:
    """Whether the phone or mailbox at ``start`` comes right after a name and the job title that makes its person
    staff (``named_officially``): their own contact, whatever customer's record the sentence began with."""
    begin = max(0, start - _STAFF_TITLE_REACH)
    for a, b in reversed(names_in(text, begin, start, True)):
        if _TITLE_BEFORE_CONTACT.fullmatch(text, b, start):
            return named_officially(text, a, b)
        break
    return False


# a callback's shorthand opening a clause of a log's note, the number after it: "RP cb 909-...", "; c/b (909) ...",
# "callback # 909..." (a reporting party's, a complainant's, a customer's: whom the note's officer or agent calls back)
_CALLBACK_CLAUSE = re.compile(rf"(?i)[;,]?\s*(?:(?:rp|r/p|comp|cust|cx|caller|customer|complainant)\s+)?"
                              rf"(?:{CALL_BACK_WORDS})\s*(?:no\.?|number|#|:)?\s*$")


def _callback_clause(text: str, sentence_start: int, start: int) -> bool:
    """Whether the phone at ``start`` opens a clause of its own after a callback's shorthand (``_CALLBACK_CLAUSE``),
    past the sentence's last semicolon: the number of the note's person, whom another clause's office ("Advised to
    call JCP Customer Care;") does not own."""
    clause = max(sentence_start, text.rfind(";", sentence_start, start) + 1)
    return clause > sentence_start and _CALLBACK_CLAUSE.fullmatch(text, clause, start) is not None


# a sentence's words for the person the sentence before named: "At true-up the customer had consumed 1,780 kWh", "her
# account (...)"
_REFERS_BACK = re.compile(r"(?i)\b(?:the\s+(?:customer|homeowner|resident|ratepayer|account\s?holder|household|"
                          r"complainant|applicant|caller|tenant)|she|he|her|his)\b")


def _referred_back_to(analysis: Analysis, names: list[tuple], kept: list[tuple], ties: list[tuple], fields: list[tuple],
                      taken: list[tuple], at, sentence_of) -> list[tuple]:
    """The names no tie kept that a tie's sentence refers back to: a sentence naming no one gives the identifier or
    the usage of "the customer" (or "she", "his"), and the nearest sentence before it names the person with a home,
    phone, mailbox or usage of the record ("Case 9: Mrs. Ana Ruiz installed a 6.4 kW system at 12 Elm St .... At
    true-up the customer had consumed 1,780 kWh; because the SCE acct. (...)"), though another customer of the
    paragraph is named in the sentence of another tie. Not a name in a public story (a street's namesake), one behind
    a sentence that names someone else nearer the tie, nor a bystander the sentence gives no details of ("Ms. Lee
    (acct ...) called. Dana Whitfield, a volunteer, visited. The customer's usage was ...")."""
    found = []
    for tie in ties:
        segment, start = tie[0], tie[1]
        sentence = sentence_of(tie)
        if any(sentence_of(n) == sentence for n in names) or not _REFERS_BACK.search(
                segment.text, sentence_bounds(segment, start, taken)[0], start):
            continue
        before = [n for n in names if at(n) < at(tie)]
        if not before or before[-1] in kept or before[-1] in found or public_story(analysis, *before[-1]):
            continue
        nearest = sentence_of(before[-1])
        if not any(sentence_of(f[1:]) == nearest for f in fields):
            continue
        found += [n for n in before if sentence_of(n) == nearest and n not in kept and n not in found]
    return found


def _named_with_kept_contacts(names: list[tuple], kept: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names of a record that no tie kept, each followed straight by contact details kept as the record's: whose
    they are ("Acct: CHCP-304628 ... Second caller Aiko Okafor (email aiko.okafor@yahoo.com) asked about the same
    outage", a notice log's "Nguyet Mendoza, 15485 West Juniper Circle" over its "acct ... | tel ..." line). A record's
    mailbox, home or phone is a customer's, so the person it is written after is that customer. Not a made-up one
    (a template's "Example: Jane Doe, 100 Any Street")."""
    contacts = [field for field in fields if field[0] in ("address", "phone", "email")
                and not has_stand_in(field[1].text[field[2]:field[3]])]
    return [(segment, start, end) for segment, start, end in names if (segment, start, end) not in kept and any(
        where is segment and at >= end and _OWN_CONTACT_AFTER_NAME.fullmatch(segment.text, end, at)
        for _, where, at, _ in contacts) and not has_stand_in(segment.text[start:end])]


# what stands between a name and the contact details written right after it: a comma, a bracket, a dash, and the
# detail's label ("Ana Ruiz, 12 Elm St", "Ana Ruiz (email ana@...)", "Ana Ruiz - tel. 909 ...")
_OWN_CONTACT_AFTER_NAME = re.compile(r"[ \t]*(?:[,(:;\u2013\u2014-][ \t]*)?(?:(?i:e-?mail|tel|phone|ph|cell|mobile|"
                                     rf"home|address|addr|{PHONE_WORDS})\.?[ \t]*:?[ \t]*)?")


# the record's customer called back at a number by the words that speak of them: "Staff called the household at ...",
# whatever program the rest of the sentence names ("... and arranged an assessment through the Home Upgrade program"),
# or will call them there ("Risk Management will contact the claimant at ...")
_THE_CUSTOMER_AT = re.compile(r"(?i)\b(?:call(?:ed)?|phoned?|text(?:ed)?|reach(?:ed)?|contact(?:ed)?)\s+the\s+(?:household|"
                              r"family|customer|ratepayer|account\s?holder|appellant|complainant|claimant|caller|tenant)"
                              r"\s+(?:at|on)\s*$")
_THE_CUSTOMER_REACH = 48
# ... or by a pronoun, in the sentence after the one that named them: "The Mayor asked staff to follow up with him at
# ...", "Staff will call her back on ...", "... and contact them at ..."
_PRONOUN_AT = re.compile(r"(?i)\b(?:follow(?:ed|ing)?\s+up\s+with|get\s+back\s+to|call(?:ed)?|phoned?|text(?:ed)?|"
                         r"reach(?:ed)?|contact(?:ed)?)\s+(?:him|her|them)(?:\s+back)?(?:\s+by\s+(?:tele)?phone)?"
                         r"\s+(?:at|on)\s*$")


def _called_by_pronoun(text: str, sentence: int, start: int) -> bool:
    """Whether the phone at ``start`` is where staff are to reach the record's customer by a pronoun (``_PRONOUN_AT``),
    in a sentence that names no private person but officials and staff ("The Mayor", "Mayor Ana Ruiz asked staff to
    ..."): the one the pronoun can be is the customer the record named."""
    return bool(_PRONOUN_AT.search(text, max(sentence, start - _THE_CUSTOMER_REACH), start)) and all(
        named_officially(text, a, b) for a, b in names_in(text, sentence, start, True))


# a form's line that gives someone else's contact: the caseworker's or agency's, a referral's, an interpreter's
_THIRD_PARTY_LINE = re.compile(r"(?i)[ \t]*(?:case\s?worker|case\s+manager|social\s+worker|agency|referred\s+by|"
                               r"referral\s+(?:source|agency)|advocate|interpreter|property\s+manager|contractor|"
                               r"vendor)(?:[ \t]+(?:name|contact|phone|info))?[ \t]*:")  # not "Interpreter notes (Russian):"


_HOLDERS_OPEN = re.compile(rf"[ \t]*{HOLDERS}")


# a sentence that calls the people the sentence before named customers, all together: "All three are customers of
# Pomona Choice Energy.", "Both are SCE customers.", "Each of them is a PCE account holder.", "They are ratepayers."
ALL_CUSTOMERS = re.compile(r"(?:All[ \t\n\x00]+(?:of[ \t\n\x00]+them|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                            r"|Both(?:[ \t\n\x00]+of[ \t\n\x00]+them)?|"
                            r"Each[ \t\n\x00]+of[ \t\n\x00]+them|They)[ \t\n\x00]+(?:are|were|is|was)"
                            r"[ \t\n\x00]+(?:(?:all|both|an?)[ \t\n\x00]+)?(?:[A-Z][\w&.-]*[ \t\n\x00]+){0,4}"
                            r"(?:residential[ \t\n\x00]+)?(?:customers?|account[ \t\n\x00]*holders?|ratepayers?)\b")
_STOP = re.compile(r"[.!?][)\"\u201d]?[ \t\n\x00]+(?=[A-Z])")
_ALL_CUSTOMERS_REACH = 300  # from a name of the list to the end of its sentence


def called_customers_after(analysis: Analysis, name: tuple) -> bool:
    """Whether the sentence after the one that holds ``name`` calls all the people it named customers ("Claims were
    received from Ana Ruiz (12 Elm St), Jo Lee (40 Oak Ave) and Mia Tran (9 Fir Ln), each alleging ... All three are
    customers of Pomona Choice Energy."): each of them is called a customer, as a list under "customers:" is."""
    at = analysis.offset(name[0]) + name[2]
    for stop in _STOP.finditer(analysis.joined, at, at + _ALL_CUSTOMERS_REACH):
        if ALL_CUSTOMERS.match(analysis.joined, stop.end()):
            return True
        if not ABBREVIATION_BEFORE.search(analysis.joined, max(0, stop.start() - ABBREVIATION_CHARS), stop.start()):
            return False
    return False


def _holders_sentence(analysis: Analysis, name: tuple, taken: list[tuple]) -> bool:
    """Whether ``name`` stands in a sentence that opens on the holders of the accounts the record gave ("Three
    accounts were moved ...: 7004 ..., 2-16-... and 2-45-.... The holders, Ana Ruiz, Jo Lee and Mia Tran, each saw
    higher bills."): a list of the customers after the list of their accounts."""
    segment, start, end = sentence_opening(analysis, name[0], sentence_bounds(name[0], name[1], taken), taken)
    return _HOLDERS_OPEN.match(segment.text, start) is not None


def _wrapped_sentence(analysis: Analysis, segment: Segment, sentence: tuple[int, int],
                      taken: list[tuple]) -> tuple[int, int, int]:
    """A sentence as (segment id, start, end) of the line it opens in (see sentence_opening)."""
    opening, start, end = sentence_opening(analysis, segment, sentence, taken)
    return id(opening), start, end


def _cut_across(opened: tuple[Segment, int, int] | None, segment: Segment) -> tuple[Segment, int, int] | None:
    """The open sentence above when the line break cuts an address in it ("Tresca Hardware at 1405" / "Foothill
    Blvd, (951) ..."): then certainly one sentence, whose start says whose the fields after the break are. (Rows of
    a form, "Customer   Ana Ruiz" over "Service Address   ...", end without a stop too, and are no sentence.)"""
    if opened is None:
        return None
    above, start, end = opened
    return opened if address_across(above.text[start:end], segment.text[:60]) else None


def shares_a_name_word(name: tuple, others: list[tuple]) -> bool:
    """Whether a name shares a word with one of ``others``: "Mr. Sandhu" and "Harpreet Kaur Sandhu" are one person."""
    def words(place: tuple) -> set[str]:
        segment, start, end = place
        return {w.lower() for w in NAME_WORD.findall(segment.text[start:end])}
    return any(words(name) & words(other) for other in others)


def _cut_name(earlier: tuple, later: tuple) -> bool:
    """Whether two names are the halves of one a line break cut: the first ends its segment, the second opens the
    next."""
    return (earlier[0] is not later[0] and not earlier[0].text[earlier[2]:].strip()
            and not later[0].text[:later[1]].strip())


# the heading that opens the next one of a packet's written comments, right before its writer's name: "Comment from",
# "Public comment received from", "E-mail from", "Letter from" at its line's or sentence's start
_NEXT_COMMENT_FROM = re.compile(r"(?i)(?:^|[\n.!?:]\s*)(?:(?:written|public|additional|late|next)\s+)*"
                                r"(?:comments?|e-?mails?|letters?|messages?|correspondence)\s+(?:received\s+|submitted\s+)?"
                                r"from\s+$")
# that comment's own words after its writer's name (and town): a heading's, not a signature's "Comment from Ana Ruiz"
_COMMENT_GOES_ON = re.compile(r"[^:\n]{0,40}:\s*\w+\W+\w+\W+\w+")


def _turns_apart(name: tuple, ties: list[tuple]) -> bool:
    """Whether a speaker's turn opens between a name and each of the record's ties in its text (captions that run a
    meeting's turns together: "... account is 8000 ... i yield my time good evening my name is ...")."""
    segment, start, end = name
    return all(tie[0] is segment and turn_openings(segment.text, min(start, tie[1]), max(end, tie[2]))
               for tie in ties)


_INITIAL_ENDS = re.compile(r"[ \t][A-Z]\.$")
