"""Tables of accounts whose holder is the City or another public body.

A city publishes its own utility accounts on purpose: a staff report moving its street lights to another rate, a
budget's facility meters, a school district's accounts in a joint solar purchase. The accounts and their usage are
public information about the agency, not a customer's record under PCE-01. Two ways of writing it count, whatever
the rows name as the place served ("Foothill Blvd median", "Residential tract 14022": the area a light serves, no
facility of the City's by its name):

- the account column names the public holder after the account's word: "SCE account (City of Los Olmos)", "Acct #
  (City-owned)", "Account (Olmos Valley Water District)";
- a heading or a sentence right before the table makes the public body the holder of the accounts that follow: "The
  City of Los Olmos is the customer of record on the following SCE accounts", "The following accounts are held by
  the City", "Accounts held by the Los Olmos Unified School District:", "La Ciudad es titular de las siguientes
  cuentas". It covers the first table after it (its header's cells, a short note or a caption between).

A third needs no statement: a row of the City's own installations (``installation_row``). A street light, a traffic
signal, a pump or an irrigation controller is billed to the City on an account of its own, and the City lists them by
a circuit's, a pole's or a controller's number and by where they stand, a block ("2300 block of Foothill Ave"), a
crossing ("Garey Ave & Holt Ave") or a median: no one's home. A row that gives a house address is not one of these (a
farm's well pump is a customer's), nor is a row known by its lighting rate alone ("LS-2 | Residential tract 14022": a
tract's lights may be a homeowners' association's, so a statement or a holder's column must say whose they are).

A row that names a person is still judged as a customer's (the callers of ``public_holder_row`` look at its cells).
"""
from __future__ import annotations

import re

from ..model import Document, Segment
from .headers import header_kind, split_words
from .shapes import opens_an_address

# a public body by its name's last words: "City of Los Olmos", "the Town", "Olmos Valley Water District", "Los Olmos
# Unified School District", "Housing Authority of ...", "Los Olmos USD"
_BODY = (r"(?:the\s+)?(?:city|town|county|village|municipality|borough)(?:\s+of(?:\s+(?-i:[A-Z])[\w'.\u2019-]*){1,4})?|"
         r"(?:the\s+)?(?:(?-i:[A-Z])[\w'.\u2019-]*\s+){0,5}(?:(?:unified\s+|elementary\s+|high\s+|community\s+college\s+)?school|"
         r"college|water|sanitation|sanitary|irrigation|fire(?:\s+protection)?|park|recreation|transit|utility|"
         r"community\s+services|library|hospital|cemetery)\s+district|"
         r"(?:the\s+)?(?:(?-i:[A-Z])[\w'.\u2019-]*\s+){0,5}(?:housing|transit|port|airport|water|joint\s+powers)\s+authority|"
         r"(?-i:[A-Z][A-Za-z]*\s+)?(?-i:USD|CSD|MWD)")
# an account column naming its public holder after the account's word: "SCE account (City of Los Olmos)"
HOLDER_COLUMN = re.compile(rf"(?i)\b(?:acct|account|cuenta)s?\b[^()\[\]]{{0,25}}[(\[]\s*(?:{_BODY}|municipal)"
                            rf"(?:[- ](?:owned|held))?\s*[)\]]")
# a sentence or a heading making the public body the holder of the accounts that follow
_HOLDER_STATEMENT = re.compile(
    rf"(?i)\b(?:{_BODY})(?:['\u2019]s)?\s+(?:is|are|remains|has\s+been)\s+(?:the\s+)?"
    r"(?:customer|account[\s-]?holder|holder|owner|ratepayer)(?:\s+of\s+record)?\s+(?:on|for|of)\s+"
    r"(?:the\s+following|these|each\s+of\s+the\s+following|all\s+of\s+the\s+following|the\s+[\w\s]{0,30}?below)\b|"
    r"\bthe\s+following\s+(?:[\w-]+\s+){0,3}accounts\s+(?:are|were)\s+(?:all\s+)?(?:held\s+by|owned\s+by|billed\s+to|"
    rf"registered\s+to|in\s+the\s+name\s+of)\s+(?:{_BODY})|"
    rf"\baccounts\s+(?:held|owned)\s+by\s+(?:{_BODY})\s*:|"
    r"\b(?:la\s+)?(?:ciudad|municipalidad|condado)(?:\s+de(?:\s+(?-i:[A-Z])[\w'.-]*){1,4})?\s+es\s+(?:el\s+|la\s+)?"
    r"(?:titular|cliente)\s+de\s+(?:las\s+siguientes|estas)\s+cuentas")
# a cheap look before the statement's expression
_CUE = ("account", "acct", "cuenta", "of record", "holder", "following")
_BETWEEN = 2  # paragraphs between the statement and the table's first row: a note, a caption
_PARAGRAPH_WORDS = 6  # a paragraph's words, more than a header cell's ("SCE account (City)", "2024 kWh")

# an installation of the City's named by a column or a cell: a street light's circuit or pole, a traffic signal, a
# pump station, an irrigation controller. A signal, a controller or a pump alone is no column's word (a meter
# export's "Signal (dBm)", a rebate's "Pool pump"): only with its number ("Signal ID", "Pump #", "Controller 7")
_INSTALLATION_WORDS = (r"street\s?(?:lights?|lighting)|traffic\s+signals?|luminaires?|poles?|circuits?|"
                       r"(?:irrigation|sprinkler|signal|traffic)\s+controllers?|pump(?:ing)?\s+stations?|"
                       r"lift\s+stations?|alumbrado(?:\s+p[uú]blico)?|sem[aá]foros?")
_NUMBERED = r"(?:signals?|controllers?|pumps?)\s*(?:id|no\.?|#|number|num)"
_INSTALLATION = re.compile(rf"(?i)\b(?:{_INSTALLATION_WORDS}|{_NUMBERED})(?!\w)")
# a cell that is the installation and its number alone ("Traffic signal #14", "Irrigation controller IC-7", "Pump 3"),
# not a note or a rebate's measure ("Pool pump")
_INSTALLATION_CELL = re.compile(rf"(?i)\s*(?:(?:{_INSTALLATION_WORDS})(?:\s*(?:#|no\.?)?\s*[a-z]{{0,3}}-?\d[\w-]*)?|"
                                rf"(?:signal|controller|pump)\s*(?:#|no\.?)?\s*[a-z]{{0,3}}-?\d[\w-]*)\s*")
# a place that is no one's home: a block of a street, a crossing of two, a median or a parkway
_BLOCK = re.compile(r"(?i)\s*\d+\s+(?:hundred\s+)?block\b")
# the columns by which a person is reached or known
_PERSONS_OWN_KINDS = frozenset({"name", "phone", "email", "contact", "identifier"})


def public_holder_rows(document: Document) -> frozenset[int]:
    """The fields (by ``id``) of the records a public body holds: rows under an account column naming it, and the
    rows of the first table after a statement that makes it the holder of the accounts that follow."""
    records = document.records
    record_of = {id(f): number for number, record in enumerate(records) for f in record.fields}
    held: set[int] = set()
    for record in records:
        if any(f.label and HOLDER_COLUMN.search(f.label) for f in record.fields):
            held.update(id(f) for f in record.fields)
        elif installation_row(tuple(f.label or "" for f in record.fields), tuple(f.text for f in record.fields)):
            held.update(id(f) for f in record.fields)
    since, in_table = None, False  # segments since a statement; whether its table has begun
    for segment in document.segments:
        if states_public_holder(segment.text):
            since, in_table = 0, False  # (a sheet's title cell is a row of one cell)
            continue
        number = record_of.get(id(segment))
        if number is not None and len(records[number].fields) > 1:
            if since is not None:
                held.update(id(f) for f in records[number].fields)
                in_table = True
        elif since is not None and (in_table or len(segment.text.split()) >= _PARAGRAPH_WORDS):
            since = None if in_table or since >= _BETWEEN else since + 1  # (a header's cells count for none)
    return frozenset(held)


def installation_row(labels: tuple[str, ...], values: tuple[str, ...]) -> bool:
    """Whether a row lists one of the City's installations (see the module's third way): a column or a cell naming
    a street light, a signal, a pump or a controller (a cell of it and its number alone); no column of a person's;
    and no house address among its cells, only blocks, crossings or places with no number."""
    if not any(_INSTALLATION.search(split_words(label)) for label in labels if label) and not any(
            _INSTALLATION_CELL.fullmatch(value) for value in values):
        return False
    if any(header_kind(label)[0] in _PERSONS_OWN_KINDS for label in labels if label):
        return False
    return not any(opens_an_address(value) and not _BLOCK.match(value) for value in values)


def states_public_holder(text: str) -> bool:
    """Whether ``text`` makes a public body the holder of the accounts that follow (see ``_HOLDER_STATEMENT``)."""
    lowered = text.lower()
    return any(cue in lowered for cue in _CUE) and _HOLDER_STATEMENT.search(text) is not None


def public_holder_row(facts, segment: Segment) -> bool:
    """Whether ``segment`` is a field of a row a public body holds (see ``public_holder_rows``)."""
    return facts is not None and id(segment) in facts.computed(public_holder_rows)
