"""A household called by its surname in the plural: "the Vargas at 1184 Elm Ave", Spanish "los Hernández de la calle
...", "the Okafors at 2210 Birch Ln used 940 kWh", "the Lindqvists' account". Two readings, by what decides that the
word is a surname:

- the name lists alone (``unchanged_plural_families``): English writes the plural of a surname that ends in s or z as
  the surname itself as often as with "-es" ("the Vargas", "the Salinas", "the Lopez"), and Spanish always does,
  after "los" ("los Hernández", "los Pacheco"); the rule for "the Nguyens" (a listed surname's stem before the "s")
  never sees them. The word must be more often a surname than a word of the language, and its stem no frequent
  word: "the Woods", "the Meadows", "the Padres" are a place's, an estate's or a team's.
- the sentence (``acting_families``), where the name lists cannot tell such a surname from a word ("Okafor" is no
  listed surname, "Castillos" is a Spanish word too): the household is the subject of a customer's act (used, owe,
  called, live at, were disconnected), owns an account, a bill or a meter, is placed at a house number or a phone,
  or is whom staff reached or disconnected, in a sentence of a utility matter. The word must still be no frequent
  word of the language unless it is far more often a surname ("the Eagles", "the Meadows", "the Hills at 400 Ridge
  Rd used 12,000 kWh" stay a team's, an estate's), or the sentence makes the household people: a person's act right
  after it ("the Rivers at 22 Elm St asked for a meter test"), a home or children of theirs ("the Mills used 900 kWh
  ... at their home on ...") or, after its possessive or staff's act, "their"/"they" ("the Castellanos' bill ...;
  their account", "Staff called the Brooks at ... about their balance"). Spanish "la factura de los Montes" names
  the household whose bill it is.

In both, a capitalised word after it makes it a firm's or a place's name ("the Salinas Valley", "the Johnsons'
Hardware", "Los Olivos Park"), and "los" after a preposition names a neighbourhood ("en Los Robles").
"""
from __future__ import annotations

import re

from ..vocabulary import fold, frequent, language_frequencies, surname_shares, word_frequencies
from .cues import SERVICE_WORDS

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_THE_OR_LOS = r"(?<![\w-])(?:(?P<the>[Tt]he)|(?P<los>[Ll]os))\s+"
# "los" after a preposition names a neighbourhood ("en Los Robles"), not a household
_PLACE_BEFORE_LOS = re.compile(r"(?i)\b(?:en|de|del|a|al|hacia|por|para|in|of|to|at|from)\s+$")
_LISTED_SURNAME = 1e-5  # a surname borne by 1 in 100,000 Americans or more ("Vargas", "Salinas", "Robles")

# the surname itself as its plural, read by the name lists alone
_UNCHANGED_PLURAL = re.compile(rf"{_THE_OR_LOS}(?P<word>[{_UPPER}][{_LOWER}]+)"
                               rf"\b(?!['\u2019]?\s*[{_UPPER}0-9])(?!\s+(?:family|household|familia)\b)")


def unchanged_plural_families(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of surnames that name a household in the plural: one ending in s or z after "the", any after "los"."""
    end = len(text) if end is None else end
    found = []
    for m in _UNCHANGED_PLURAL.finditer(text, start, end):
        word = m.group("word")
        if m.group("the") and word[-1] not in "sz" or _neighbourhood(text, m):
            continue
        share = surname_shares().get(fold(word).lower(), 0.0)
        if share >= _LISTED_SURNAME and share > word_frequencies().get(word.lower(), 0.0) \
                and not (word[-1] == "s" and frequent(word[:-1])):
            found.append(m.span("word"))
    return found


# a household's surname in the plural, a double-barrelled one too ("Okafors", "Muñoz-Reyeses")
_HOUSEHOLD_NAME = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
# any plural, read by its sentence
_HOUSEHOLD = re.compile(rf"{_THE_OR_LOS}(?P<word>{_HOUSEHOLD_NAME})(?![\w-])"
                        rf"(?P<possessive>['\u2019]s?)?(?!\s*[{_UPPER}])")
# what the household does as a customer, right after its name ("the Okafors used", "the Iwus have owed since May",
# "los Torres, que viven en ...", "los Reyes consumieron ...")
_CUSTOMERS_ACT = re.compile(
    r"(?:\s*,\s*(?:who|que)|\s+(?:have|had|also|still|both|all|each|then|now|recently|reportedly))?\s+"
    r"(?:used|use|uses|owe|owes|owed|called|phoned|live[sd]?\s+(?:at|on|in)|resided?\s+(?:at|on|in)|paid|consumed|"
    r"applied|enrolled|disputed|appealed|were\s+(?:disconnected|shut\s+off|billed|overbilled|charged|reached|cut\s+off)|"
    r"viven|vive|residen|reside|consumieron|consumen|deben|debían|llamaron|pagaron|pidieron|solicitaron|"
    r"fueron\s+desconectados)\b")
# a household's own account, bill or meter: "the Lindqvists' account", "the Iwus' meter", "the Okafors' July bill"
_OWNS = re.compile(r"\s+(?:[a-z]+[ \t]+)?(?:account|bill|meter|balance|usage|service|deposit|arrears|refund|"
                   r"payment|home|house|electricity|power)s?\b")
# an act only people do, right after the household's name: no estate, team or river asks, owes or lives somewhere
_PERSONS_ACT = re.compile(
    r"(?:\s*,\s*(?:who|que)\b|\s+(?:have|had|also|still|both|all|each|then|now|recently|reportedly))?\s*"
    r"(?:(?:at|on|en)\s+[^.;]{3,60}?\s+)?"
    r"(?:asked|requested|called|phoned|owe|owes|owed|paid|applied|enrolled|disputed|appealed|complained|"
    r"live[sd]?\s+(?:at|on|in)|resided?\s+(?:at|on|in)|viven|residen|deben|llamaron|pagaron|pidieron|"
    r"solicitaron)\b")
# a numbered account of the household's at a house number, right after its possessive ("the Stones' account 838 828
# 9205 at 3694 Thornapple Ave was closed"): one household's own service, which an estate's or a team's unnumbered
# meter ("the Hills' meter at 400 Ridge Rd") is not
_NUMBERED_ACCOUNT_AT_HOME = re.compile(
    r"\s+(?:[a-z]+[ \t]+)?(?:account|acct\.?)[ \t]+(?:(?:no\.?|number|#)[ \t]*)?[A-Z]{0,3}-?\d[\d -]{4,}\d"
    rf"\s+(?:at|on)\s+\d+[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[{_UPPER}]")
# the household's own people named again after it ("...; their account", "about their past-due balance")
_THEIR = re.compile(r"(?i)\b(?:their|they|them)\b")
# what only people have, named after the household ("at their home on ...", "their children")
_THEIR_HOME = re.compile(r"(?i)\b(?:their|su|sus)\s+(?:own\s+)?(?:home|house|household|children|kids|hogar|casa|hijos)"
                         r"\b")
# the thing of a household's that Spanish names before "de los" ("la factura de los Montes")
_OWNED_BEFORE_DE_LOS = re.compile(r"(?i)\b(?:factura|cuenta|casa|hogar|medidor|saldo|consumo|servicio|deuda)s?"
                                  r"\s+de\s+$")
# placed at a house number on a street, or at a phone: "the Okafors at 2210 Birch Ln", "the Szymanskis at (626) ...",
# a few words between ("the Paredes next door at 7368 Wisteria Ave", "los Galvez de 2317 Reyes Dr"), or the home in
# brackets ("the Nguyens (1510 E. Holt)")
_AT_HOME_OR_PHONE = re.compile(
    r"\s+(?:(?:next\s+door|upstairs|downstairs|across\s+the\s+(?:street|hall|alley)|down\s+the\s+(?:street|block|hall)|"
    r"around\s+the\s+corner|nearby|still|now|also|both|all)\s+)?"
    rf"(?:at|on|en|de|of)\s+(?:\d+[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[{_UPPER}]|"
    rf"\(?\d{{3}}\)?[\s.-]*\d{{3}}[\s.-]\d{{4}})|\s*\(\s*\d+[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[{_UPPER}][^()]{{2,60}}\)")
# what may stand between the household's name and its act or home: "household"/"family", and an aside in commas of a
# few words in lower case ("the Kaurs, longtime customers, at 5077 ...")
_ASIDE = re.compile(r"(?:\s+(?:household|family|familia))?(?:\s*,\s*(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*\s*,"
                    r"(?=\s+(?:at|on|en|de)\s+\d))?")
# a customer's state in the utility's books, said of the household later in its sentence ("The Torres household, and
# the Ramos next door at ..., were on the August shut-off list", "the Nunez were on a payment plan", "The Chavez at
# ... remain in arrears", "Los Galvez de ... están en la lista de desconexión"): a list of shut-offs or arrears, a
# payment plan, arrears, enrolment in a program, a disconnection
_STATE = re.compile(
    r"\b(?:were|are|was|is|remain(?:ed|s)?|have\s+been|has\s+been|had\s+been|stay(?:ed|s)?)\s+"
    r"(?:(?:still|both|all|now|also|again|already|currently|each)\s+)?"
    r"(?:(?:on|in)\s+(?:the|a|our|this|their)\s+(?:[\w/-]+\s+){0,3}?(?:shut[- ]?offs?|disconnect(?:ion)?s?|past[- ]due|"
    r"delinquen(?:t|cy)|arrears|collections?|cut[- ]?offs?|termination)\s+(?:list|report|queue|roster)|"
    r"on\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?(?:payment\s+(?:plan|arrangement)|budget\s+billing|level\s+pay|"
    r"arrearage\s+management)|in\s+arrears|past\s+due|delinquent|behind\s+on|enrolled\s+in|disconnected|"
    r"shut\s+off|cut\s+off)"
    r"|\b(?:est[aá]n|estaban|siguen|quedaron|fueron|son)\s+(?:(?:todav[ií]a|ya|a[uú]n)\s+)?"
    r"(?:en\s+(?:la\s+)?lista\s+de\s+(?:desconexi[oó]n|cortes?|morosos)|atrasados|morosos|inscritos\s+en|"
    r"desconectados|en\s+un\s+plan\s+de\s+pagos?)", re.I)
# what says the state belongs to someone else than the household: a clause of its own or a count of customers
_OTHER_SUBJECT = re.compile(r"(?i)\b(?:who|which|that|while|but|because|whereas|although|than|when|if)\b|"
                            r"\d[\d,]*\s+(?:other\s+)?(?:customers|accounts|households|homes|residents|families)\b|;")
_STATE_REACH = 140  # how far after the household's name its state is read in its sentence
# an item of a list whose first item staff's act reaches ("Crews disconnected the Perez (...), the Salas (...) and
# ...", "Households still owing after the notice: the Chavez at ..., the Alvarez at ..."): the list's later items
_LIST_ITEM_BEFORE = re.compile(r"(?:\)|[A-Za-z.])\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_LIST_OPENS = re.compile(r"(?:\b(?:reached|called|phoned|contacted|disconnected|reconnected|billed|credited|refunded|"
                         rf"visited|notified)\s+|:\s*)the\s+[{_UPPER}]")
# whom staff's act reaches: "Staff reached the Szymanskis", "crews disconnected the Okafors"
_STAFF_ACT_BEFORE = re.compile(r"\b(?:reached|called|phoned|contacted|disconnected|reconnected|billed|credited|"
                               r"refunded|visited|notified)\s+$")
# a utility matter in the household's sentence, which a house number, a phone or a home alone does not make ("The
# Hendersons, who live at 1402 Elm St, won the Garden of the Month award" is a press release's): the service's words
# (``cues.SERVICE_WORDS``), a shut off, what they owe, the programs' names in capitals (no one's "care"), the power
# itself, and the same in Spanish (its meter, "la lectura del medidor", bill, "recibo", balance, "saldo", and debt)
_UTILITY_MATTER = re.compile(rf"(?i)\b(?:{SERVICE_WORDS}|shut[- ]offs?|owed?|owing|disconnect\w*|(?-i:CARE|FERA)|"
                             r"electric\w*|utility|factura|cuenta|consum\w*|desconect\w*|desconexi\w*|luz|pagos?|"
                             r"deben|medidor(?:es)?|recibos?|saldos?|"
                             r"adeud\w*)\b")
_SENTENCE_REACH = 200  # how far the household's sentence is read on either side for its utility matter
_SURNAME_OVER_PLURAL = 20  # a frequent word is a household's surname where the surname is this much more common
_PLURAL_AS_WORD = 1e-5  # a plural this frequent a word (Zipf 4: "woods", "hills") names a place or an estate
_RARE_WORD = 1e-6  # a stem no list holds as a surname is one where it is a word this rarely ("Okafor"; not "Bungalow")


def acting_families(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of plural surnames ("Okafors", "Castillos", "Torres") that a sentence makes a customer household."""
    end = len(text) if end is None else end
    found = []
    for m in _HOUSEHOLD.finditer(text, start, end):
        after = m.end()
        owned_before = m.group("los") == "los" and _OWNED_BEFORE_DE_LOS.search(
            text, max(0, m.start() - 16), m.start())
        if _neighbourhood(text, m) and not owned_before:
            continue
        sentence = _sentence(text, m.start())
        told_after = sentence[sentence.find(m.group("word")):]
        aside = _ASIDE.match(text, after).end() if not m.group("possessive") else after
        acts = _OWNS.match(text, after) if m.group("possessive") else (
            _CUSTOMERS_ACT.match(text, after) or _AT_HOME_OR_PHONE.match(text, aside)
            or _STAFF_ACT_BEFORE.search(text, max(0, m.start() - 16), m.start()) or owned_before
            or _state_after(told_after, len(m.group("word"))) or _listed(text, sentence, m))
        people = bool(_PERSONS_ACT.match(text, after) or _THEIR_HOME.search(told_after) or (
            m.group("possessive") or _STAFF_ACT_BEFORE.search(text, max(0, m.start() - 16), m.start()))
            and _THEIR.search(told_after) or m.group("possessive") and _NUMBERED_ACCOUNT_AT_HOME.match(text, after))
        if acts and (_surname_in_plural(m.group("word"), unchanged=bool(m.group("los")), people=people)
                     or not m.group("los") and _english_surname(m.group("word"))) and _UTILITY_MATTER.search(sentence):
            found.append(m.span("word"))
    return found


def _state_after(told_after: str, skip: int) -> bool:
    """Whether the sentence, after the household's name, says the household is in a state of a customer's
    (``_STATE``) with no clause or count of others before it."""
    state = _STATE.search(told_after, skip, _STATE_REACH)
    return state is not None and not _OTHER_SUBJECT.search(told_after, skip, state.start())


# a debt owed now, in the present tense: "debe $1,172.86 desde marzo", "owes $400 on the account"
_DEBT_NOW = re.compile(r"(?i)\b(?:owes?|debe|deben|adeuda|adeudan)\s+(?:(?:about|nearly|over|unos|m[aá]s\s+de)\s+)?\$\s?\d")


def tells_customers_state(sentence: str) -> bool:
    """Whether a sentence tells someone's present state in a utility's books (``_STATE``, or a debt owed now: "La
    familia Pham (...) debe $1,172.86 desde marzo"), which no history and no honour tells."""
    return bool(_STATE.search(sentence) or _DEBT_NOW.search(sentence))


def _listed(text: str, sentence: str, m: re.Match) -> bool:
    """Whether the household is a later item of a list its sentence opens with staff's act or a label's colon on
    "the NAME" (``_LIST_OPENS``)."""
    if not _LIST_ITEM_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False
    before = sentence[:max(0, sentence.find(m.group()))]
    return _LIST_OPENS.search(before) is not None


def _neighbourhood(text: str, m: re.Match) -> bool:
    """Whether the plural is a neighbourhood's name after "los" and a preposition ("en Los Robles")."""
    return bool(m.group("los")) and _PLACE_BEFORE_LOS.search(text, max(0, m.start() - 8), m.start()) is not None


# a sentence's end: no initial's or a street's direction's full stop ("6806 N. Candlenut St., pidieron ...");
# not ``cues.SENTENCE_END``, which wants a capital after it: the text's end, a figure or a Spanish "¿" may follow
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])[.!?](?:\s|$)")
# where the household's sentence opens, read back from it: after a sentence's end or a semicolon's clause
_CLAUSE_STOP = re.compile(r"(?<!\b[A-Z])[.!?;](?:\s|$)")


def _sentence(text: str, position: int) -> str:
    """The sentence around a position, read no further than ``_SENTENCE_REACH`` either way."""
    before = text[max(0, position - _SENTENCE_REACH):position]
    stops = [m.end() for m in _CLAUSE_STOP.finditer(before)]
    opening = max(0, position - _SENTENCE_REACH) + (stops[-1] if stops else 0)
    stop = _SENTENCE_STOP.search(text, position, position + _SENTENCE_REACH)
    return text[opening:stop.end() if stop else position + _SENTENCE_REACH]


def _surname_in_plural(word: str, unchanged: bool, people: bool = False) -> bool:
    """Whether a capitalised plural is a surname's: its stem ("Okafor" of "Okafors", "Reyes" itself) no frequent
    word, or a surname far more often than the plural is a word ("Castillo" beside "castillos"; not "Eagle", "Villa"
    nor a plural that is itself a frequent word, "the Woods"); after Spanish "los" (``unchanged``) any listed surname
    ("los Robles"), and any listed surname where the sentence makes the household ``people`` ("the Rivers ...
    asked")."""
    stems = [word] if unchanged or word[-1] in "sz" else []
    if word.endswith("s") and not unchanged:
        stems += [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    plural_frequency = word_frequencies().get(word.lower(), 0.0)
    if people and any(surname_shares().get(fold(stem), 0.0) >= _LISTED_SURNAME for stem in stems if len(stem) >= 3):
        return True  # "the Rivers at 22 Elm St asked ...", "the Castellanos' bill ...; their account"
    if not unchanged and plural_frequency >= _PLURAL_AS_WORD:
        return False  # "the Woods at 1200 Cobblestone Way, a senior community", "the Hills", "the Gardens"
    for stem in stems:
        if len(stem) < 3:
            continue
        share = surname_shares().get(fold(stem), 0.0)
        if unchanged and share >= _LISTED_SURNAME:
            return True  # "los Robles, que viven en ...": Spanish names a household so, whatever else the word means
        if not share and word_frequencies().get(stem.lower(), 0.0) < _RARE_WORD and not frequent(word) or share > max(
                word_frequencies().get(stem.lower(), 0.0), _SURNAME_OVER_PLURAL * plural_frequency):
            return True
    return False


_SURNAME_OVER_ENGLISH = 50  # a listed surname this much more common than the word in English text is a surname there


def _english_surname(word: str) -> bool:
    """Whether a capitalised word ending in s or z, after English "the", is a surname as its own plural: a listed
    surname far more common than the word in English ("Torres", "Salas", "Paredes" are Spanish words, towers, rooms
    and walls, but in English text only names; not "Woods", "Meadows", "Mills", "Hills", "Springs")."""
    if word[-1] not in "sz":
        return False
    share = surname_shares().get(fold(word).lower(), 0.0)
    return share >= _LISTED_SURNAME and share > _SURNAME_OVER_ENGLISH * language_frequencies("en").get(word.lower(), 0.0)


# staff reaching a household by its surname in the plural: "Staff reached the Szymanskis at"
_HOUSEHOLD_REACHED = re.compile(r"(?i)\b(?:reached|contacted|called|phoned|texted)\s+the\s+"
                                rf"(?P<household>(?-i:{_HOUSEHOLD_NAME}))\s+(?:back\s+)?(?:at|on)\s*$")
_HOUSEHOLD_SENTENCE = 200  # how far after the number the household's sentence is read for its utility matter


def household_reached(text: str, start: int) -> bool:
    """Whether staff reached a customer household at the number at ``text[start]`` (``acting_families``: its
    sentence a utility matter; not "Staff called the Dodgers at ... for tickets"): the household's own number, which
    "Staff" before it makes no office's."""
    reached = _HOUSEHOLD_REACHED.search(text, max(0, start - 60), start)
    return reached is not None and reached.span("household") in acting_families(
        text, reached.start(), min(len(text), start + _HOUSEHOLD_SENTENCE))
