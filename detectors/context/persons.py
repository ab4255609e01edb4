"""Is this a person's name, and whose: a private person's or one the site names on purpose (an official,
a member of staff, a firm's contact)?

Three kept libraries share the work. nameparser splits a value into title, first, middle and last name.
probablepeople (usaddress's sibling, a CRF trained on names) tells a person ("Maria Lopez", "Jose and
Elena Ramirez") from an organisation ("Castellanos Tree Trimming", "Pomona Public Library"). The US
Census given-name frequency lists shipped in the ``names`` package tell a given name ("Ana", "Dale") from a
street, a department or a heading word ("Holt", "Finance", "Council"), which is what lets names be found in
running text, where no column header says that a value is a name.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import names as census_names
import probablepeople
from nameparser import HumanName

from ..public_contacts import clause_before
from .cues import CUSTOMER_ROLE

# words of firms and places: never in a person's name ("ABC Electric", "Pomona Senior Center")
FIRM_OR_PLACE = frozenset("""
inc llc llp ltd corp corporation co company companies association assn foundation group partners services
service solutions systems electric electrical energy power solar utility utilities construction builders
contractors engineering consulting bank church school schools academy college university district department
dept division city county state council commission committee board agency authority office center centre
park parks library hall plaza station club society trust fund program project team staff store market
restaurant cafe hotel apartments homes realty properties management hospital clinic medical museum
theater theatre gallery studio fairplex edison choice pomona california house ranch building mansion adobe
community valley regional unified elementary senior youth neighbors family families friends league
payment payments bill bills statement notice assistance arrangement arrangements application request form
""".split())
_SURNAMES = frozenset({"park", "hall"})  # place words that are common surnames too ("Jane Park")
# words of salutations, labels and prose that no name is made of
NOT_PERSON = FIRM_OR_PLACE | frozenset("""
customer customers resident residents occupant owner tenant name names none unknown tbd sir madam friend
friends neighbor neighbors colleague colleagues member members valued current dear all everyone applicant
homeowner homeowners ratepayer ratepayers participant mayor councilmember councilmembers honorable chair
commissioner commissioners director manager redacted the and of for to in on at by with from your our this
that re subject date page total month amount usage address phone email account billing street avenue ave
blvd road suite case item ticket file order invoice permit report representative specialist analyst
coordinator supervisor officer clerk planner engineer technician inspector superintendent agent rep csr
""".split())
_PARTICLES = frozenset("de la del da di van von der den le du dos das bin al y st".split())
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*\.?")
# street types and place words: a capitalized run ending in one is a street or a place ("Dale Evans Pkwy")
_PLACE_AFTER = frozenset("""
avenue ave av street st boulevard blvd road rd drive dr lane ln way court ct place pl parkway pkwy circle cir
terrace ter highway hwy trail trl square sq loop canyon creek ridge hills heights estates village vista high
middle
""".split()) | FIRM_OR_PLACE - _SURNAMES


@lru_cache(maxsize=1)
def given_names() -> dict[str, float]:
    """Lower-case given names of the US Census frequency lists (5,000 of them, from James to Ngoc), with the
    percentage of people who bear them."""
    found: dict[str, float] = {}
    for key in ("first:male", "first:female"):
        for name, frequency in _census(key):
            found[name] = max(found.get(name, 0.0), frequency)
    return found


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-case surnames of the US Census list (88,000 of them)."""
    return frozenset(name for name, _ in _census("last"))


def _census(key: str) -> list[tuple[str, float]]:
    with open(census_names.FILES[key], encoding="ascii") as lines:
        return [(parts[0].lower(), float(parts[1])) for parts in (line.split() for line in lines) if parts]


@lru_cache(maxsize=65536)
def person_name(value: str, strict: bool = True) -> str | None:
    """The lower-case "first [middle] last" of a value that reads as one person's name, else None.

    ``strict`` (free text) also wants capitalized words, as names are written in prose.
    """
    text = " ".join(value.split()).strip(" ,;")
    if not 3 <= len(text) <= 60 or re.search(r"[\d@/\\|:;()\[\]{}<>=_&+*#$%!?\"]", text):
        return None
    words = _NAME_WORD.findall(text)
    if not 1 <= len(words) <= 6 or any(w.lower().rstrip(".") in NOT_PERSON for w in words):
        return None
    if strict and any(w[0].islower() and w.lower() not in _PARTICLES for w in words):
        return None
    human = HumanName(text)
    parts = [p for p in (human.first, human.middle, human.last) if p]
    if human.first and human.last and len(parts) + bool(human.title) <= 5:
        return " ".join(parts).lower()
    if human.title and len(parts) == 1:  # "Ms. Lopez"
        return parts[0].lower()
    return None


def is_place(value: str) -> bool:
    """A name column's value that names a place or a firm ("Pomona Senior Center", "ABC Electric")."""
    return any(w.lower().rstrip(".") in FIRM_OR_PLACE - _SURNAMES for w in _NAME_WORD.findall(value))


def plain_name(value: str) -> bool:
    """A value a column explicitly headed "Customer Name" may hold: a firm as well as a person."""
    words = value.split()
    return (1 <= len(words) <= 8 and any(c.isalpha() for c in value) and not re.search(r"[@\d]", value)
            and not re.fullmatch(r"(?i)[\sx*█_.-]+|n/?a|none|tbd|unknown|redacted|\[redacted\]", value))


@lru_cache(maxsize=16384)
def probable_kind(text: str) -> str | None:
    """What probablepeople reads ``text`` as: "Person", "Household" ("Jose and Elena Ramirez") or
    "Corporation"; None when it cannot read it as one."""
    try:
        return probablepeople.tag(text)[1]
    except probablepeople.RepeatedLabelError:
        return None


def is_person(text: str) -> bool:
    return probable_kind(text) in ("Person", "Household")


# -- names in running text -------------------------------------------------------------------------

_TITLES = frozenset("mr mrs ms miss mx dr sr sra srta senor senora senorita don dona".split())
# letters with the Latin-1 ones: "María López"
_UPPER, _LOWER = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"
_WORD = (rf"[{_UPPER}][{_LOWER}'\u2019]+(?:-[{_UPPER}][{_LOWER}'\u2019]+)*|[{_UPPER}]{{2,}}(?:['\u2019-][{_UPPER}]+)*"
         rf"|[{_UPPER}]\.")
_TOKEN = re.compile(rf"(?<![\w'\u2019.-])(?:(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta)\.|{_WORD})(?![\w'\u2019-])"
                    rf"|(?<![\w-])(?:de|del|la|los|las|van|von|der|den|da|di|du|dos|das|y|le)"
                    rf"(?=[ \t]+(?:[{_UPPER}]|la |los |der ))")
# what may stand between two words of a name: a space or two (PDF text spaces justified words), not the wider
# gap or the tab between two fields ("Robert Chen   Department: Parks")
_GAP = re.compile(r" {1,2}|, ?(?=(?:Jr|Sr|II|III|IV)\b)")


def names_in(text: str, start: int = 0, end: int | None = None, anchored: bool = False) -> list[tuple[int, int]]:
    """Spans of people's names in running text: a title and a surname ("Ms. Lopez"), or a given name of the
    Census lists, an optional middle name or initial and particles, and a surname ("Ana de la Cruz",
    "Kyle M. Dorsey", "DOLORES WHITCOMB"), that probablepeople reads as a person. Never the words of a firm,
    a place or a street ("Dale Evans Pkwy", "Linda Vista Ave", "Mesa Linda Community Energy"). In text
    ``anchored`` by an identifier, a given name no list has will do before a Census surname ("Priya Brown")."""
    end = len(text) if end is None else end
    tokens = [m.span() for m in _TOKEN.finditer(text, start, end)]
    found, i = [], 0
    while i < len(tokens):
        # a run of words with only blanks between them
        j = i + 1
        while j < len(tokens) and _GAP.fullmatch(text, tokens[j - 1][1], tokens[j][0]):
            j += 1
        found += _names_in_run(text, tokens[i:j], anchored)
        i = j
    return found


def _plain(word: str) -> str:
    """"María" -> "maria", as the Census lists spell it."""
    return unicodedata.normalize("NFKD", word.rstrip(".").lower()).encode("ascii", "ignore").decode()


def _names_in_run(text: str, run: list[tuple[int, int]], anchored: bool) -> list[tuple[int, int]]:
    words = [_plain(text[a:b]) for a, b in run]
    if run and re.search(r"\d\s*$", text[max(0, run[0][0] - 3):run[0][0]]):
        return []  # "1234 Maria Lopez Ave": a street named after someone
    if any(w in _PLACE_AFTER and not (w in _TITLES and k < len(words) - 1) for k, w in enumerate(words)):
        words, run = _before_place(words, run)
    found, i = [], 0
    given = given_names()
    while i < len(words) - 1:
        titled = words[i] in _TITLES
        if not (titled or words[i] in given or anchored and words[i] not in NOT_PERSON | _PLACE_AFTER
                and i + 1 < len(words) and words[i + 1] in surnames() and words[i + 1] not in given):
            i += 1
            continue
        j = i + 1
        while j < len(words) and j - i < 5 and words[j] not in NOT_PERSON and words[j] not in _TITLES:
            j += 1
        if j - i > 2 and probable_kind(text[run[i][0]:run[j - 1][1]]) == "Corporation":
            i = j  # a firm named after its owner: "John Smith Plumbing"
            continue
        for last in range(j - 1, i, -1):  # the longest reading first: "Kyle M. Dorsey" before "Kyle M"
            if len(words[last]) > 1 and (_titled(text, run[i], words[i + 1:last + 1]) if titled else
                                         _plausible(words[i], words[last], text[run[i][0]:run[last][1]])):
                found.append((run[i][0], run[last][1]))
                i = last
                break
        i += 1
    return found


def _titled(text: str, title: tuple[int, int], words: list[str]) -> bool:
    """A title and a name: an abbreviated title ("Ms. Okonkwo"), or a spelt-out one before a Census given
    name or surname ("Señora Lopez", not "Señora Spoke")."""
    return text[title[1] - 1] == "." or words[-1] in surnames() or any(w in given_names() for w in words)


def _plausible(given: str, surname: str, candidate: str) -> bool:
    """A given name and a surname that make a person: a Census surname, or a frequent given name ("Theresa
    Okonkwo"), not a heading that starts with a rare one ("Grant Agreement"); and probablepeople agrees."""
    known = surname in surnames() or (given_names().get(given, 0.0) >= 0.05 and len(surname) >= 3)
    return known and is_person(candidate)


def _before_place(words: list[str], run: list) -> tuple[list[str], list]:
    """The part of a run before the words of the place it names: "Ana Ruiz" of "Ana Ruiz Senior Center"
    is no person either, so the whole run up to the last place word goes."""
    last_place = max(k for k, w in enumerate(words) if w in _PLACE_AFTER and not (w in _TITLES and k < len(words) - 1))
    return words[last_place + 1:], run[last_place + 1:]


# the words of an identifier's label between a name and the identifier: "Priya Raman, SCE acct. #", "R. Chen SSN"
_ID_LABEL = re.compile(r"(?i)[\s,;:(#.-]*(?:(?:sce|pce|edison|customer|service|utility|electric|account|acct|no|"
                       r"number|sa|ssn|ss|s\.s\.n|social|security|soc|sec|itin|tin|taxpayer|id|ending|in|is|cuenta|"
                       r"n[uú]mero|de)\b[\s,;:(#.-]*){1,6}$")
_NAME_AT_END = re.compile(rf"(?:{_WORD})(?: {{1,2}}(?:{_WORD}|de|del|la|van|von|da|dos)){{1,4}}$"
                          rf"|(?:{_WORD}), (?:{_WORD})(?: (?:{_WORD}))?$")  # "LOPEZ, MARIA" as exports write it
_NAME_AFTER_ROLE = re.compile(rf"[ ,:]{{1,3}}(?:the )?(?P<name>(?:{_WORD})"
                              rf"(?: {{1,2}}(?:{_WORD}|de|del|la|van|von|da|dos)){{1,3}})(?![\w'\u2019-])")


def name_before_identifier(text: str, start: int) -> tuple[int, int] | None:
    """The name run straight into an identifier's label ("Priya Raman, acct. 3-012-3456-78", "Dolores Ibarra
    SSN ..."): beside an identifier, a name need not be one of the Census lists' to count."""
    head = max(0, start - 90)
    label = _ID_LABEL.search(text, head, start)
    if not label or not label.group().strip(" "):
        return None
    found = _NAME_AT_END.search(text, head, label.start())
    return _beside(text, found.start(), found.end()) if found else None


def name_after_role(text: str, end: int, anchored: bool = False) -> tuple[int, int] | None:
    """The name right after a word that calls somebody a customer ("the customer, Priya Brown", "Customer
    Oluwaseun Lopez at ..."): there too a name need not be one of the Census lists'."""
    found = _NAME_AFTER_ROLE.match(text, end)
    span = _beside(text, found.start("name"), found.end("name")) if found else None
    if span and not anchored:  # a Census name in it: not a heading's words ("Customers Resolution Hearing")
        words = [_plain(w) for w in text[span[0]:span[1]].split()]
        if not (words[0] in given_names() or words[-1] in surnames()):
            return None
    return span


def _beside(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """The person's name in a capitalized run found beside an identifier or a customer word, without the
    words that are none of it (a heading's "Customer", a title such as "Señora")."""
    words = [_plain(w) for w in text[begin:end].replace(",", " ").split()]
    while words and (words[0] in NOT_PERSON or words[0] in _PLACE_AFTER or words[0] in _TITLES):
        begin = text.index(" ", begin) + 1
        while text[begin] == " ":
            begin += 1
        words = words[1:]
    candidate = text[begin:end]
    if (len(words) < 2 or any(w in NOT_PERSON or w in _PLACE_AFTER for w in words)
            or not person_name(candidate, strict=True)):
        return None
    # probablepeople misreads a rare given name as a firm's word ("Priya Whitcomb"): a Census surname settles it
    return (begin, end) if is_person(candidate) or words[-1] in surnames() else None


# -- whose name ----------------------------------------------------------------------------------

# words right before a name that make it an official's, a member of staff's or a firm contact's
_OFFICIAL_BEFORE = re.compile(
    r"(?i)\b(?:mayor|vice mayor|council\s?(?:member|woman|man)|commissioner|supervisor|director|manager|officer|"
    r"clerk|planner|engineer|analyst|specialist|coordinator|representative|rep|csr|agent|technician|inspector|"
    r"superintendent|chief|captain|sgt|sergeant|detective|deputy|lieutenant|instructor|coach|president|chair|"
    r"chairperson|secretary|treasurer|attorney|counsel|staff|administrator|assistant|liaison|"
    r"prepared by|entered by|reviewed by|approved by|submitted by|signed by|handled by|assigned to|cc|"
    r"contact|questions|speakers?|spoke|presented by|honorable|hon\.?|senator|assemblymember|judge)\W*$")
# a title right after a name: "Priya Raman, Senior Management Analyst", "Carla Ruiz\nCustomer Programs Specialist"
_OFFICIAL_AFTER = re.compile(
    r"(?i)\s*(?:,|\(|-|\u2013|\n)\s*(?:[\w.&'-]+\s+){0,4}?(?:mayor|council\s?member|councilmember|commissioner|"
    r"supervisor|director|manager|officer|clerk|planner|engineer|analyst|specialist|coordinator|representative|"
    r"technician|inspector|superintendent|chief|president|chair|secretary|treasurer|attorney|counsel|"
    r"administrator|assistant|staff|mmc|cmc|esq|ph\.?d|p\.e\.|inc|llc|llp|corp|corporation|company|energy|"
    r"utilities|department|division|authority|city of|county of)\b")
# a heading or card line that gives an elected or appointed official's title and then their name
OFFICIAL_HEADING = re.compile(
    r"\s*(?:(?:vice|deputy)\s+)?(?:mayor(?:\s+pro\s+tem(?:pore)?)?|council\s?(?:member|woman|man|or)|"
    r"commissioner|supervisor|trustee|director|(?:board|committee)\s+member|chair(?:man|woman|person)?|"
    r"city\s+(?:manager|clerk|attorney|treasurer)|assembly\s?member|senator|judge)\s+"
    r"(?-i:[A-Z][\w'\u2019.-]+)(?:\s+(?-i:[A-Z][\w'\u2019.-]*)){0,4}\s*(?:,|\(|$)", re.IGNORECASE)
_ROLE_AFTER = re.compile(r"(?i)\s*[,(]\s*(?:(?:an?|the|our)\s+)?(?:\w+\s+)?(?:customers?|account\s?holders?|"
                         r"ratepayers?|subscribers?|clientes?|titular)\b")
def named_officially(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is named as an official, staff or a firm's contact: by a
    title or role right before it (nearer than any customer word) or right after it."""
    before = clause_before(text, start, 50)
    official = max((m.end() for m in _OFFICIAL_BEFORE.finditer(before)), default=-1)
    customer = max((m.end() for m in CUSTOMER_ROLE.finditer(before)), default=-1)
    if official > customer:
        return True
    return customer < 0 and bool(_OFFICIAL_AFTER.match(text, end, min(len(text), end + 60)))


def called_customer(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is called a customer: "the customer, Ana Ruiz",
    "SCE customer Ana Ruiz", "Ana Ruiz, an account holder"."""
    return bool(CUSTOMER_ROLE.search(clause_before(text, start, 30))
                or _ROLE_AFTER.match(text, end, min(len(text), end + 40)))
