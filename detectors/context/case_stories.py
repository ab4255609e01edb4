"""A paragraph that tells one private person's utility case, its name and their details in different sentences.

News items, blog posts, FAQ answers and staff reports retell a real customer's case in a few sentences: the person
named in one, their home, phone, mailbox and usage in the next, by a pronoun or an anaphora ("When Ana Ruiz enrolled
in the pilot, the family's bill was the highest on the block. Their home at 12 Elm St used 1,746 kWh", "That
respondent is Ana Ruiz." / "The unit at 12 Elm St shows usage of 817 kWh", "a customer on 12 Elm St called ... Her
name was Ana Ruiz", "ayudamos a Ana Ruiz. Su correo es ... y su teléfono ..."). The person's name and the details
are one customer's record (PCE-01 4.1), in either order, whatever sentence of the paragraph gives them.

The paragraph must name exactly one private person (not an official, a staff member or a firm's contact, not a
public commenter, not a street's namesake), tell a case (a customer word, or what staff did for them or they did:
"helped", "enrolled", "called") and a utility matter (a bill, an account, usage, a program). The line or paragraph
right after it goes on with the case when it opens by referring back to the person ("Her service address, ...",
"Their home at ...", "The unit at ..."). Not records: a phone or mailbox in a sentence that invites the reader to
call ("If you need help, call ..."), a testimonial's usage with no home, phone or mailbox, a City's or a facility's
contact, a class's or an area's usage ("the block average of 640 kWh", "our whole service area used ..."), and a
paragraph naming two people or a business.
"""
from __future__ import annotations

import re

from ..labels import stands_in
from .analysis import Analysis, page_of
from .cues import OWN_BUSINESS_RE, SENTENCE_END
from .history import public_story
from .lists import named_as_a_business
from .persons import NOTE_VERBS, named_officially, names_an_official, names_in, opens_sentence, person_name

# a case told of a customer: the customer word, or what the person did with the utility or staff did for them
_CASE = re.compile(r"(?i)\b(?:customers?|callers?|respondents?|ratepayers?|account\s?holders?|household|"
                   r"family(?:['\u2019]s)?|enroll(?:ed|s)?|signed\s+up|helped|assisted|wrote\s+(?:to|in)|"
                   r"called(?:\s+(?:us|in|staff))?|"
                   r"e-?mailed|texted|connected\s+(?:them|her|him)|fixed\s+it|refunded|escalated|"
                   r"clientes?|ayudamos|ayud[oó]|inscribi\w*|llam[oó])\b|"
                   r"kh\u00e1ch\s+h\u00e0ng|\u0111\u00e3\s+(?:\u0111\u0103ng\s+k\u00fd|g\u1ecdi)|gi\u00fap")
# the utility matter the case is about
_UTILITY = re.compile(r"(?i)\b(?:bill(?:s|ed|ing)?|accounts?|usage|kwh|kilowatt|meters?|service\s+address|"
                      r"enroll\w*|outages?|shut-?offs?|disconnect\w*|refund\w*|charged|rates?|generation|"
                      r"facturas?|cuentas?|consumo|descuento|servicio|"
                      r"h\u00f3a\s+\u0111\u01a1n|t\u00e0i\s+kho\u1ea3n|\u0111i\u1ec7n)\b|"
                      r"\b(?:CARE|FERA|SCE|PCE|PG&E|SDG&E|Edison|CCA)\b|(?i:medical\s+baseline)")
_CHEAP_WORDS = ("kwh", "bill", "account", "usage", "care", "sce", "service", "enrol", "cuenta", "factura", "consumo",
                "kho\u1ea3n", "\u0111i\u1ec7n", "meter", "outage", "refund", "charged", "descuento")
# a line that goes on with the case by referring back to its person: "Her service address, ...", "Their home at ...",
# "The unit at ...", "She ...", "Su correo ..."
_REFERS_BACK = re.compile(r"[ \t]*(?:(?:Their|Her|His|She|He|They|Su|Sus)\b|The\s+(?:unit|home|house|apartment|"
                          r"residence|household|family|customer|account|caller)\b)")
# a sentence inviting the reader to call or write, or giving a staff member's line: its number or mailbox is an office's
_INVITES = re.compile(r"(?i)\b(?:if\s+you|you\s+(?:can|may|should)|please|call\s+us|contact\s+us|reach\s+us|"
                      r"questions?|for\s+(?:help|assistance|information)|direct\s+line|office|desk|ext\.?|extension|"
                      r"ll[aá]me(?:nos)?|g\u1ecdi\s+\(|call\s+[(\d]|to\s+(?:book|schedule|sign\s+up|register)\b|"
                      r"rsvp)")
# words before a figure that make it a class's, an area's or a facility's usage: "the block average of 640 kWh"
_OTHERS_USE = re.compile(r"(?i)\b(?:average|typical|median|total|class|area|city(?:wide)?|whole|all|every|"
                         r"t\u00edpica|promedio|trung\s+b\u00ecnh)\b[^.;]{0,30}$")
# a role written right after the name: "Ana Ruiz, our CARE specialist", "Ana Ruiz, Senior Planner", "Ana Ruiz is a
# customer advocate with ..."
_ROLES = (r"(?:manager|director|coordinator|specialist|supervisor|planner|analyst|engineer|officer|representative|"
          r"clerk|liaison|assistant|administrator|member|chair|volunteer|owner|advocate|attorney|counsel|president|"
          r"founder|spokes(?:person|woman|man)|councilmember|mayor|tech(?:nician)?|inspector|crew|lineman|foreman|"
          r"worker|staff)")
_ROLE_AFTER = re.compile(rf"(?i)(?:,|\s+(?:is|was)\s+(?:a|an|the|our))\s*(?:our|the|a|an|city|senior|program)?"
                         rf"\s*[\w ]{{0,30}}?{_ROLES}\b")
# the same role written right before the name: "Bakery owner Ana Ruiz", "Councilmember Ana Ruiz"
_ROLE_BEFORE = re.compile(rf"(?i)\b{_ROLES}\s+$")
_OTHERS_REACH = 40
# a paragraph that shows how to write a case, not a case: "Template note: replace [Customer Name] ... Example: Jane
# Doe". An FAQ's "For example, we helped Ana Ruiz ..." is a real case given as an example: "example" alone says nothing
_EXAMPLE = re.compile(r"(?i)\b(?:templates?|samples?|placeholders?|hypothetical|fictitious|made[\s-]up)\b|"
                      r"\[[^\]]{2,40}\]")
# capitalised words, a business's name perhaps: "Larkfield Hardware at 1880 Foothill Blvd, (714) ...", "Hector
# Villanueva of Villanueva Electric"
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'&.-]*[ \t]+){0,3}[A-Z][\w'&.-]*")
_FIRM_AFTER = re.compile(r"[ \t]+(?:of|from|with)[ \t]+(?P<firm>(?:[A-Z][\w'&.-]*[ \t]*){1,4})")
# an office's or a centre's name right before a number or mailbox: "Utility bill help: Pomona Family Resource Center,
# (909) ...": the place's line, not the person's
_PLACES_LINE = re.compile(r"(?i)\b(?:center|centre|office|agency|department|hotline|help\s?line|desk|clinic|library)"
                          r"\W{0,3}$")


def find(analysis: Analysis) -> None:
    if not analysis.may_hold(*_CHEAP_WORDS):
        return
    free = analysis.free
    for k, segment in enumerate(free):
        text = segment.text
        if not any(c.isdigit() for c in text) and (k + 1 >= len(free) or not _continues(segment, free[k + 1])):
            continue  # no detail here nor on a line that goes on with the case
        if page_of(segment) in analysis.context.public_comment:
            continue
        names = _private_names(analysis, segment)
        if not names:
            continue
        told = [segment] + ([free[k + 1]] if k + 1 < len(free) and _continues(segment, free[k + 1]) else [])
        story = " ".join(s.text for s in told)
        if not _CASE.search(story) or not _UTILITY.search(story) or OWN_BUSINESS_RE.search(story) \
                or _EXAMPLE.search(story):
            continue
        if len(_people(text, names)) != 1 or any(_private_names(analysis, s, all_names=True) for s in told[1:]):
            continue  # two people, or a name on the line that goes on: whose details they are is not told
        pieces = analysis.lines(told)
        fields = analysis.contact_fields(pieces, None, [(segment, a, b) for a, b in names])
        kept = [f for f in fields if _customers(f)]
        if not any(f[0] != "usage" for f in kept):
            continue  # a testimonial's own usage alone ("We use about 650 kWh," said ...): a story told in public
        why = "a customer whose case a paragraph tells, named in another sentence than their details"
        for start, end in names:
            analysis.add("name", segment, start, end, why)
        for kind, where, start, end in kept:
            analysis.add(kind, where, start, end, why)


def _continues(segment, following) -> bool:
    """Whether ``following`` (the next free line or paragraph on the page) goes on with the case of ``segment`` by
    referring back to its person."""
    return page_of(following) == page_of(segment) and bool(_REFERS_BACK.match(following.text))


def _private_names(analysis: Analysis, segment, all_names: bool = False) -> list[tuple[int, int]]:
    """Spans of the names of private people in ``segment``; with ``all_names`` the officials' and staff's too.
    An empty list when any name in it is an official's, staff's or a historic figure's: their paragraph is no case."""
    text = segment.text
    found = []
    for start, end in names_in(text, 0, len(text), True):
        value = text[start:end]
        name = person_name(value, strict=False)
        if not name or (value.split()[0].lower() in NOTE_VERBS and opens_sentence(text, start)):
            continue  # "Call Marlene at the Center": an instruction and a given name, no one's full name
        if all_names:
            found.append((start, end))
            continue
        if analysis.contacts.name_is_public(name) or names_an_official(value, analysis.officials) \
                or named_officially(text, start, end) or _ROLE_AFTER.match(text, end) \
                or _ROLE_BEFORE.search(text, max(0, start - 30), start) or _of_a_business(text, end) \
                or stands_in(text, start, end) or public_story(analysis, segment, start, end):
            return []
        found.append((start, end))
    return found


def _of_a_business(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by the business it is of ("Hector Villanueva of Villanueva
    Electric"): a firm's person, no customer telling their case."""
    firm = _FIRM_AFTER.match(text, end)
    return bool(firm and named_as_a_business(firm["firm"]))


def _people(text: str, names: list[tuple[int, int]]) -> list[set[str]]:
    """The distinct people among ``names`` in ``text``: a name again by a word of it ("Ana Ruiz ... Ms. Ruiz") is the
    same person. The words of each."""
    people: list[set[str]] = []
    for start, end in names:
        words = {w.lower() for w in re.findall(r"[^\W\d_]{2,}", text[start:end])}
        same = next((p for p in people if p & words), None)
        if same is None:
            people.append(words)
        else:
            same |= words
    return people


def _customers(field: tuple) -> bool:
    """Whether a field of the told paragraph is the person's: not in a sentence inviting the reader to call, or
    right after one ("For billing questions call Customer Care. Best number: ..."), not an area's or a class's
    usage."""
    kind, segment, start, end = field
    text = segment.text
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    begin = ends[-1] if ends else 0
    stop = SENTENCE_END.search(text, end)
    sentence = text[begin:stop.start() if stop else len(text)]
    before = text[ends[-2] if len(ends) > 1 else 0:begin]
    if kind in ("phone", "email") and (_INVITES.search(sentence) or _INVITES.search(before)
                                       or _PLACES_LINE.search(text, max(begin, start - _OTHERS_REACH), start)):
        return False
    if kind in ("phone", "email", "address") and any(
            named_as_a_business(m.group()) for m in _CAPITALISED_RUN.finditer(text[begin:start])):
        return False  # "Larkfield Hardware at 1880 Foothill Blvd, (714) ...": the business's
    if kind == "usage" and _OTHERS_USE.search(text, max(begin, start - _OTHERS_REACH), start):
        return False
    return True
