"""Taxpayer identification numbers: EINs and ITINs (PCE-01 4.1, rule 6.3).

The written form decides what a number is: NN-NNNNNNN is an EIN, NNN-NN-NNNN an SSN or ITIN.
- An ITIN (9DD-DD-DDDD with an IRS group digit pair) identifies a person: high, in the dashed or spaced
  form anywhere, as nine bare digits beside a taxpayer ID label.
- An EIN (DD-DDDDDDD with a prefix the IRS assigns, python-stdnum's campus table) beside a label (EIN,
  FEIN, Tax ID, TIN, ...) is high, whatever group its digits would fall in were it an ITIN. Without a
  label it is medium: year-first reference numbers share the shape (police report "20-1234567"), so it
  asks a reviewer to look rather than fail the run.
- Nine bare digits beside a taxpayer ID label count when they are a valid EIN, ITIN or SSN (a sole
  proprietor's TIN on a W-9 is the owner's SSN). A dashed SSN beside "TIN" is the ``ssn`` detector's.
- Nine bare digits beside an SSN label ("SSN", "Social Security No.", a form's hidden field "hfCoApplicantSSN")
  count when they are an ITIN: an applicant without an SSN gives their ITIN in its place, and the ``ssn`` detector
  rejects any 9xx number. A valid SSN there is the ``ssn`` detector's, and one digit repeated (999999999) is a
  placeholder.
An organization's EIN is public: a company's in a contract award, a government's on its W-9. So an EIN
is no finding beside an organization's name ("ABC Paving, Inc. EIN ...", "Hernandez Engineering",
"City of Mesa Linda Federal Tax ID: ...", "the City's EIN is ..."), under a label naming a body as its holder ("Federal
EIN of the City:", "Tax ID of the Department:"), beside a vendor, contractor or payee
label naming a firm (python-probablepeople tells a firm's name from a person's), in a vendor table row
naming one, in a vendor list's line that opens with a business's name ("Sagebrush Hardware - 1120 E. Main St -
(575) 388-4410 - EIN ...": a firm's word or a trade's noun), or on a W-9 whose name line names one; but a sole proprietor's EIN beside a person's name
("Vendor: Raymond Castellanos", "... dba Castellanos Tree Trimming") still is.
Never findings either: the organization's own published EINs (``public``), a form's example ("e.g.
95-1234567", 12-3456789), an unlabelled number under another kind of label ("Case No. 20-1234567",
"DR# 20-1234567"), digits bounded by other digits or letters (ZIP+4, 2020-1234567, CV-12-3456789), and
an unlabelled year-first reference number with a zero-padded serial ("24-0031312", a police report).

Options (``[detectors.taxpayer_id]``):
  public          the organization's own EINs, which it publishes (on its W-9): never findings
  unlabelled_ein  false to report EINs only beside a label (default true: medium without one)
  labels          extra label phrases (default: EIN, FEIN, Employer Identification No./Number,
                  Federal ID, Tax ID, TIN, Taxpayer ID/Identification No., ITIN and the Spanish
                  Número de Identificación (Personal) del Contribuyente / Patronal)
  replace_labels  true to use only ``labels`` instead of the defaults (default false)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import probablepeople
from stdnum.us import ein, ssn

from .base import as_list
from .context.ledger_codes import ledger_account_code
from .context.lists import BUSINESS_NAME_COLUMN, named_as_a_business
from .context.persons import is_place
from .facts import DocumentFacts
from .labels import DASH
from .masking import mask_digits
from .model import Document, Segment
from .numbers import (SPACE, Candidate, LabelledNumberDetector, Shape, Verdict, another_numbers_column, example,
                      groups_in_cells)
from .public_contacts import PERSONAL_DOMAINS, clause_before
from .streets import SUFFIXES, alternation
from .vocabulary import fold, given_names, name_shares, readable, surnames

EIN_LABELS = ("EIN", "FEIN", "Employer Identification", "Employer ID", "Employer I.D.", "Federal ID",
              "Federal I.D.", "Federal Tax ID", "Fed ID", "Fed Tax ID", "Identificación Patronal")
ITIN_LABELS = ("ITIN", "Individual Taxpayer Identification", "Identificación Personal del Contribuyente")
LABELS = EIN_LABELS + ITIN_LABELS + ("Tax ID", "Tax I.D.", "Tax Identification", "TIN", "Taxpayer ID",
                                     "Taxpayer I.D.", "Taxpayer Identification", "Identificación del Contribuyente")
_EIN_LABEL = re.compile(r"(?i)\b(?:f?ein|employer|federal|fed|patronal)\b")
_ITIN_LABEL = re.compile(r"(?i)\b(?:itin|individual|personal)\b")
# the SSN's labels (the ``ssn`` detector's, but "SS" and "S.S." alone, which are words or initials as often), under
# which an ITIN stands in the SSN's place
SSN_LABELS = ("SSN", "SS No", "SS Num", "SS Number", "SS#", "S.S.N.", "Social Security", "Social Sec", "Soc Sec",
              "Soc. Sec.", "Seguro Social")
_SSN_LABEL = re.compile(r"(?i)\b(?:ssn|ss\s*(?:no|num|number|#)|s\.s\.n|soc(?:ial|\.)?\s*sec|seguro\s+social)")

# IRS ITIN groups (4th and 5th digits). python-stdnum 2.2's us.itin still accepts only 70-88, 90-92
# and 94-99, without the 50-65 range the IRS also issues, so the ranges are kept here.
_ITIN_GROUPS = frozenset(range(50, 66)) | frozenset(range(70, 89)) | {90, 91, 92} | frozenset(range(94, 100))

# an organization named as the holder of an EIN: a government, a firm, a non-profit
_ORGANIZATION = re.compile(
    r"(?i)\b(?:city|county|town|village|state|commonwealth)(?:'s|\u2019s|\s+of)\b|"
    r"^\W*(?:the\s+)?(?:city|county|town|village|state)\W*$|"  # "City federal EIN:", the words around it its label's
    r"\b(?:authority|district|agency|department|commission|government|municipal|inc|incorporated|llc|l\.l\.c|llp|"
    r"lp|ltd|pc|apc|corp|corporation|company|companies|co|foundation|association|engineering|engineers|construction|"
    r"contractors?|consulting|consultants|services?|associates|group|partners|partnership|enterprises|industries|"
    r"landscaping|landscape|plumbing|electric|electrical|roofing|painting|trucking|towing|janitorial|maintenance|"
    r"supply|supplies|nursery|lighting|irrigation|concrete|asphalt|excavating|demolition|printing|"
    r"builders|paving|systems|solutions|technologies|bank|trust|university|college|school|church|hospital|"
    r"institute|society|cooperative|co-op|non-?profit|sons|brothers|bros|daughters|plc|pllc|international|global|holdings|"
    r"architects|architecture|advisors|advisers|planners|laboratories|(?<!human\s)resources|"
    r"utilities|utility|energy|water|sewer|sanitation|transit|library|housing|"  # a utility's own: "Public Utilities EIN"
    r"jpa|joint\s+powers|community\s+power|"  # a joint powers authority, a CCA: "Mirasol Community Power JPA"
    r"(?:clean|choice|public)\s+power|"  # a CCA or a public utility by its other names: "Valle Alto Clean Power"
    r"ymca|ywca)\b\.?|"
    # a non-profit's: "Boys & Girls Club", "Community Center", "Food Pantry", "Grace Ministries", "Little League";
    # not a street named so in a row's address ("Town Center Dr", "40 Country Club Rd"); not "Mission" or "Temple",
    # the names of towns ("Mission Viejo", "Temple City")
    rf"\b(?:club|center|centre|league|alliance|coalition|ministries|ministry|parish|congregation|"
    rf"pantry|shelter|museum|scouts|habitat|chamber)\b(?!\.?\s+(?:{alternation(SUFFIXES)})\b)")
# a number's label that names its holder as a body right before it: "Federal EIN of the City:", "Tax ID of the
# Department", "EIN for the nonprofit:"; not a person's words around it ("a resident of the City, EIN ...")
_LABEL_OF_A_BODY = re.compile(
    r"(?i)\b(?:f?ein|e\.i\.n\.|tin|(?:federal\s+|fed\s+)?tax(?:payer)?\s+id(?:entification)?|employer\s+"
    r"id(?:entification)?)(?:\s+(?:no\.?|number|#))?\s+(?:of|for)\s+(?:the\s+|this\s+|our\s+|its\s+)?"
    r"(?:city|county|town|village|state|commonwealth|department|agency|district|authority|company|corporation|"
    r"organi[sz]ation|non-?profit|foundation|association|program|utility)\b(?!['\u2019]s)[^\n:;.]{0,40}?[\s:#-]*$")
# a firm's name given as a vendor's, contractor's or payee's: probablepeople tells whether it is a firm
_VENDOR_LABEL = re.compile(r"(?i)\b(?:vendor|contractor|sub-?contractor|payee|supplier|bidder|proposer|"
                           r"consultant|firm|remit\s+to|award(?:ed)?\s+(?:(?:a|the|of|contract|bid|no\.?|[\w-]*\d[\w-]*)\s+){0,5}to|"
                           r"contract(?:ed)?\s+with|(?:bid|proposal|quote)s?\s+(?:from|by)|pay(?:ment)?\s+to|grantee|awardee|"
                           r"(?:grant|funding|award)\s+recipient|proveedor|contratista)"
                           r"\b\W*")
# a column of the vendor's number, not its name ("Vendor #", "Vendor No.", "vendor_id"): "V10231" names no firm
_NUMBER_COLUMN = re.compile(r"(?i)(?:#|(?<![a-z])(?:no|num|number|id|code)\.?)\s*$")
# a vendor's column that holds a detail of the vendor's, not their name ("Vendor address", "Payee City", "Vendor
# phone"): its value names no holder, and an address probablepeople reads as a firm's ("88 E Holt Ave") makes no
# vendor a firm
_DETAIL_COLUMN = re.compile(r"(?i)\b(?:address(?:es)?|addr|street|city|state|zip|phone|tel|telephone|fax|e-?mail|"
                            r"amount|total|date|paid|status|type|category|direcci[o\u00f3]n)\W*$")
# a column that names a body whatever its words ("Organization | EIN": "American Museum of Ceramic Art", "Iglesia
# Bautista Betania"): a grant award's or an agency list's row gives the organization's EIN
_BODY_COLUMN = re.compile(r"(?i)\b(?:organi[sz]ations?|org|agency|agencies|grantees?|awardees?|non-?profits?)\b")
# a person trading under a business's name, and a sole proprietor: the business is the owner's, and so is the number
_DOING_BUSINESS_AS = re.compile(r"(?i)\b(?:dba|d/b/a|doing business as)\b")
# (and a holder the text calls an individual: "Ana Ruiz (an individual, not a company) listed her federal ID as ...")
_PROPRIETOR = re.compile(rf"{_DOING_BUSINESS_AS.pattern}|(?i:\bsole proprietor(?:ship)?\b|\(an\s+individual\b|"
                         r"\bnot\s+an?\s+(?:company|business|firm|corporation|entity)\b)")
# a legal form ending the name before a "dba": a corporation's or a company's trade name ("Palp Inc. dba Excel Paving",
# "Ruiz Paving Company, LLC d/b/a Ruiz Asphalt"), which no person trades under
_FIRMS_FORM_BEFORE = re.compile(r"(?i)\b(?:inc(?:orporated)?|corp(?:oration)?|co|company|llc|l\.l\.c|llp|lp|ltd|limited|"
                                r"pllc|plc)\.?\s*,?\s*$")


def _sole_proprietor(text: str) -> bool:
    """Whether the text calls a holder a sole proprietor or an individual, or names a person trading under a
    business's name; a corporation's own trade name ("Palp Inc. dba Excel Paving") is the firm's."""
    return any(not (_DOING_BUSINESS_AS.fullmatch(m.group()) and _FIRMS_FORM_BEFORE.search(text[:m.start()]))
               for m in _PROPRIETOR.finditer(text))
# the words of a taxpayer number's label, read one by one among the clause's small words (``_TAX_LABEL_WORDS``) and as
# the phrase that closes a clause (``_TAX_LABEL_TAIL``)
_EIN_WORD = r"f?ein"
_FEDERAL_WORD = r"federal|fed"
_TAX_WORD = r"tax|taxpayer"
_ID_WORD = r"identification|id|i\.d\."
_NUMBER_WORD = r"no|number"
_TAX_LABEL_WORDS = re.compile(rf"(?i)\(?\b(?:{_EIN_WORD}|e\.i\.n\.|{_FEDERAL_WORD}|employer|{_TAX_WORD}|{_ID_WORD}|tin|"
                              rf"{_NUMBER_WORD}|is|was|the|its|their|and)\b\)?[\s:#.,()-]*")
# line 1 of a W-9: "Name (as shown on your income tax return)" or, since 2024, "Name of entity/individual"
# (or line 1 by its number, as a form filled in as text gives it: "1 Name: City of ...", or as a table's label cell
# beside its value: "1 Name of entity | BrightPath Efficiency LLC")
_W9_NAME = re.compile(r"\bname\s*(?:\(as shown on your income tax return\)|of entity/individual)[^:\n]*:?|"
                      r"^\s*1\.?\s+name\s*:|^\s*1\.?\s+name\s+of\s+entity\s*$", re.IGNORECASE | re.MULTILINE)


_W9_BUSINESS_LINE = re.compile(r"(?i)\s*(?:2\.?\s+)?business name\b")


def is_itin(digits: str) -> bool:
    """(``int`` reads a full-width digit as its value: "９５３－９７－７８７１" is an ITIN too)"""
    return len(digits) == 9 and int(digits[0]) == 9 and int(digits[3:5]) in _ITIN_GROUPS


def _organizations_w9(document: Document) -> set:
    """The pages (None for HTML) of W-9s whose name line (its value on the same line or the next) names a
    government or a firm: a packet may hold one vendor's W-9 after another's."""
    pages = set()
    segments = document.segments
    for i, segment in enumerate(segments):
        found = _W9_NAME.search(segment.text)
        if found:
            value = segment.text[found.end():found.end() + 80].split("\n", 1)[0]
            if not value.strip() and i + 1 < len(segments):
                value = segments[i + 1].text[:80]
            if _W9_BUSINESS_LINE.match(value):
                value = ""  # the form's next printed line ("Business name/disregarded entity name"), not a value
            # a filled-in PDF form: line 1's value is the page's first form field ("f1_1"), not the text after it
            fields = [s.text for s in segments if s.location.page == segment.location.page
                      and (s.location.element or "").startswith("form field")][:1]
            if any(_ORGANIZATION.search(v) for v in (value, *fields)):
                pages.add(segment.location.page)
    return pages


# a firm named after its partners: "Jackson, Russell and Lawrence", "Best, Best & Krieger"
_PARTNERS = re.compile(r"[A-Z][a-z'\u2019-]+,\s*[A-Z][a-z'\u2019-]+,?\s+(?:and|&)\s+[A-Z][a-z'\u2019-]+\.?")
# the same partnership name anywhere in the words before the number ("award ... to Dickerson, Lee and Lee (EIN"),
# or two surnames joined by "&" and not followed by a shared surname ("Moss & Adams", not "Ana & Luis Ortiz")
_PARTNERSHIP = re.compile(r"\b[A-Z][a-z'\u2019-]+,\s*[A-Z][a-z'\u2019-]+,?\s+(?:and|&)\s+[A-Z][a-z'\u2019-]+\b|"
                          r"\b[A-Z][a-z'\u2019-]+\s*&\s*[A-Z][a-z'\u2019-]+\b(?!\s+[A-Z])")


# a trust a family or a person holds its home or its savings in ("Iadanza Family Trust", "The Okafor Living Trust",
# "Ruiz Revocable Trust"): the family's, whose EIN identifies them as an SSN would, no firm
_PERSONAL_TRUST = re.compile(r"(?i)\b(?:family|living|revocable|irrevocable|survivor'?s?|bypass|marital)\s+trust\b")


def _is_firm(name: str) -> bool:
    """probablepeople's reading of a name: a corporation's rather than a person's. A vendor named by one word
    ("Psomas", "Willdan") is a firm: a person is named by a given name and a surname; so is one named after its
    partners. A family's or a person's trust (``_PERSONAL_TRUST``) is none. (It differs on purpose from
    ``context.lists.business_name``: a name before a taxpayer ID is a vendor's or a payee's, where a one-word name is
    a firm's and a trust's kind decides, not a directory's line or a customer column's cell.)"""
    if _PERSONAL_TRUST.search(name):
        return False
    if _PARTNERS.fullmatch(name.strip()):
        return True
    name = " ".join(name.replace(",", " ").split())
    if not name or not any(c.isalpha() for c in name):
        return False
    if " " not in name:
        return True
    try:
        return probablepeople.tag(name)[1] == "Corporation"
    except probablepeople.RepeatedLabelError:
        return False  # tokens the model cannot place: no claim either way


# the holder named right after the number: "EIN 95-3312881 (Acme Paving Inc.)", "EIN 95-3312881 - Acme Paving"
_HOLDER_AFTER = re.compile(r"\s*(?:\(|\[|,|-|\u2013|\u2014)\s*([^()\[\];\n]{2,60})")


_LINES_ABOVE = 4
_STREET_LINE = re.compile(r"(?i)\d{1,6}\s+\w|p\.?\s?o\.?\s*box\s*\d")  # an address's first line
_LINES_BELOW = 6  # a letter's or an e-mail's closing and signature after the sentence
_WRITERS_OWN = re.compile(r"(?i)\b(?:our|we|us)\b")
# a person's own number, as a narrative gives it: "She gave her taxpayer ID, EIN ...", "his business tax ID": the
# holder is the person the clause tells of, not a firm a line above names
_PERSONS_OWN = re.compile(r"(?i)\b(?:her|his)\s+(?:own\s+)?(?:business\s+)?(?:federal\s+)?"
                          r"(?:tax(?:payer)?\s+(?:id|i\.d\.|identification|number)|f?ein|tin|employer)\b")


# an abbreviation's period, which ends no clause: "award contract No. QS-2026-104 to ...", "Acme Co. (EIN ..."
_ABBREVIATION = re.compile(r"\b(No|Nos|Inc|Co|Corp|Ltd|Bros)\.(?= )")
_CLAUSE_REACH = 100


def _clause_before(text: str, start: int) -> str:
    """The words before the number back to the start of their clause, reading through abbreviations' periods."""
    window = text[max(0, start - _CLAUSE_REACH):start]
    clause = clause_before(_ABBREVIATION.sub(r"\1_", window), len(window), _CLAUSE_REACH)
    return window[len(window) - len(clause):]


def _holders(candidate: Candidate) -> list[tuple[str | None, str]]:
    """(field name, text) of what names the number's holder: the clause before it, the name in brackets or
    after a dash right after it and, in a table row or label block (or a table laid out as lines of cells), the row's
    other fields under their column names; elsewhere the few lines above it (a letter's inside address)."""
    holders = [(None, _clause_before(candidate.text, candidate.start))]
    after = _HOLDER_AFTER.match(candidate.text, candidate.end)
    if after:
        holders.append((None, after.group(1)))
    record = candidate.facts.record_of(candidate.segment) if candidate.facts else None
    if record:
        others = [f for f in record.fields if f is not candidate.segment]
        holders += [(f.label, f.text) for f in _named_for_its_holder(candidate.segment.label, others) or others][:4]
    elif candidate.header_cells_above:  # a PDF's table: "Proposer | Address | ... | FEIN" over the firm's row
        column = candidate.text.count("\t", 0, candidate.start)
        holders += [pair for i, pair in enumerate(zip(candidate.header_cells_above, candidate.text.split("\t")))
                    if i != column][:4]
    elif candidate.facts:  # a letter's inside address above its "RE:" line: "Rivera & Sons Electric LLC"
        segments = candidate.facts.document.segments
        at = candidate.facts.positions.get(id(candidate.segment))
        if at is not None:
            # the writer's own ("Our W-9 lists EIN ..."): their signature below names the firm
            below = _LINES_BELOW if _WRITERS_OWN.search(holders[0][1]) else 0
            holders += [(None, s.text) for s in segments[_message_start(segments, at):at + 1 + below]
                        if s is not candidate.segment and s.location.page == candidate.segment.location.page
                        and s.hidden is None and not _OWN_TAX_NUMBER.search(s.text)
                        and not _MAIL_HEADER_OF_OTHERS.match(s.text)]
    return holders


def _named_for_its_holder(label: str | None, fields: list) -> list:
    """Of a record's other fields, those its name says are of the number's own holder: "Last Vendor Name" beside
    "Last Vendor EIN". A form's hidden fields keep several parties' values in one record ("Prev Sole Prop" beside
    them is another vendor's, its "dba" no word of this one's). Empty when the number's field names no holder
    ("EIN"), no other field shares its name, or those that do give no name, only numbers and streets: a grant list's
    "Org address" beside its "Org EIN" leaves the holder to the row's "Recipient organization" column."""
    stem = " ".join(_TAX_LABEL_WORDS.sub(" ", label or "").lower().split())
    if not stem:
        return []
    named = [f for f in fields if f.label and " ".join(f.label.lower().split()).startswith(stem + " ")]
    return named if any(f.text.strip() and not any(c.isdigit() for c in f.text) for f in named) else []


# the header line that opens an e-mail: the lines above it are an earlier message's, another writer's
_MAIL_OPENS = re.compile(r"(?i)\s*from\s*:")


def _message_start(segments: list, at: int) -> int:
    """Where the lines above the number that may name its holder start: a few lines back, but not past the "From:"
    line of the e-mail holding it (the earlier message of a thread, "... Pomona Energy Customer Care | (909) ...",
    names no holder of the writer's "My TIN is ...")."""
    start = max(0, at - _LINES_ABOVE)
    opened = [i for i in range(start, at + 1) if _MAIL_OPENS.match(segments[i].text)]
    return opened[-1] if opened else start


# an e-mail's header lines that name others than its writer: its recipients, its subject and date ("To: Utility
# Billing" names the office written to, not the holder of the writer's "My TIN is ...")
_MAIL_HEADER_OF_OTHERS = re.compile(r"(?i)\s*(?:to|cc|bcc|subject|date|sent)\s*:")
# a line that gives a taxpayer number of its own is its holder's record ("Castellan Engineering Group, Inc. (federal
# tax ID 95-4417208) was added ..."), not an inside address naming the holder of a number in a line below it
_OWN_TAX_NUMBER = re.compile(rf"(?<![\w-])(?:\d{{2}}{DASH}\d{{7}}|\d{{3}}{DASH}\d{{2}}{DASH}\d{{4}})(?![\w-])")
_PARAGRAPH_REACH = 400  # characters back, in the number's own paragraph, to a sole proprietor's "dba"


def _own_paragraph(candidate: Candidate) -> str:
    """The number's paragraph up to it: its segment's text back to a blank line, within reach."""
    before = candidate.text[max(0, candidate.start - _PARAGRAPH_REACH):candidate.start]
    return before.rsplit("\n\n", 1)[-1]


def _persons_own_ein(candidate: Candidate) -> bool:
    """An EIN whose prefix the IRS does not issue, beside its label in a clause giving a person's own ("Garo supplied
    her EIN (49-5759339)") or in a sole proprietor's paragraph: a digit miscopied or a prefix newly assigned, it still
    gives most of the proprietor's taxpayer ID, and is no other kind of number. Alone ("EIN 07-1234567") it is none."""
    return len(set(candidate.digits)) > 1 and candidate.label is not None and bool(
        _PERSONS_OWN.search(_clause_before(candidate.text, candidate.start))
        or _sole_proprietor(_own_paragraph(candidate)))


_PARENTHETICAL_REACH = 160  # characters back to the "(" of the aside an EIN is written in
# the name an aside describes, right before its "(" or before the street address the aside follows:
# "Desert Bloom Hardware at 2100 E. Palm Canyon Rd. (tel. ..., federal EIN ...)", "Casa Verde Services (EIN ...)"
_NAME_BEFORE_ASIDE = re.compile(r"((?:(?:[A-Z][\w'\u2019.-]*|&)\s+){0,6}?(?:[A-Z][\w'\u2019.-]*))"
                                r"(?:\s*,?\s+(?:at|of)\s+|\s*,\s*)?(?:\d{1,6}\s[^()\n]{2,60}?)?\s*\($")


def _open_aside(text: str, start: int) -> int | None:
    """Where the "(" of the unclosed aside holding the value opens, a few words back on its line."""
    depth = 0
    for at in range(start - 1, max(-1, start - _PARENTHETICAL_REACH - 1), -1):
        char = text[at]
        if char == "\n":
            return None
        depth += {")": 1, "(": -1}.get(char, 0)
        if depth < 0:
            return at
    return None


def _reads_as_person(name: str) -> bool:
    try:
        return probablepeople.tag(name)[1] == "Person"
    except probablepeople.RepeatedLabelError:
        return False  # "Mesa Linda Food Pantry": tokens the model cannot place as one person's


def _line_before(candidate: Candidate) -> str:
    """The number's segment up to it, after the line above when nothing but the aside's label stands before the number
    on its line: a PDF wraps "... and Sierra Ridge Wind Partners (EIN" / "46-...)."."""
    before = candidate.text[:candidate.start]
    line = before[before.rfind("\n") + 1:]
    if _TAX_LABEL_WORDS.fullmatch(line) is None and line.strip():
        return before
    above = _line_above(candidate)
    return f"{above.rstrip()} {line}" if above and not _SENTENCE_END.search(above) else before


def _aside_of_firm(candidate: Candidate) -> bool:
    """An EIN in an aside about a firm: "Desert Bloom Hardware at 2100 E. Palm Canyon Rd. (tel. ..., federal EIN
    ...)". A firm's name ends in a word of the language ("Hardware", "Food Pantry", "Tree Care"); a person's, even
    after a role word ("Customer Maria Lopez"), ends in a surname, and probablepeople does not read it as a person.
    A trade's word no word list holds ("Prairie Waste Haulers") ends a firm's name when it is no surname, no word
    before it a given name, and probablepeople reads the whole as a firm's. One word alone is a firm's name, after
    its partners or its founder ("Curry-Miranda"): a person is named by a given name too."""
    text = _line_before(candidate)
    opens = _open_aside(text, len(text))
    if opens is None:
        return False
    name = _NAME_BEFORE_ASIDE.search(text[max(0, opens - _PARENTHETICAL_REACH):opens + 1])
    if not name:
        return False
    words = name.group(1).split()
    if len(words) == 1:  # "Curry-Miranda (EIN ...)", "Psomas (EIN ...)": named by no given name, as a firm is
        return fold(words[0].strip(".")) not in given_names()
    last = words[-1].strip(".")
    trade = (all(w.strip(".&'\u2019").isalpha() for w in words) and not any(fold(w) in given_names() for w in words)
             and not name_shares().get(fold(last)) and _is_firm(name.group(1)))
    return len(words) >= 2 and (readable(last) or trade) and not _reads_as_person(name.group(1))


_HOME_STREET = re.compile(r"\s*\d{1,6}\s+[A-Za-z]")  # a street address's first line, a house number first
# an office's part of a building: a firm's address, not a home
_OFFICE_PART = re.compile(r"(?i)\b(?:suite|ste|floor|fl|bldg|building|tower|plaza|center|centre|p\.?\s?o\.?\s*box)\b")
_PLAIN_WORD = re.compile(r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?")


def _unlisted_person_at_home(name: str, row: list[str]) -> bool:
    """A payee named by two capitalised words, neither a word of the language nor a trade's ("Amara Tefula"), on a
    row that gives a home's street address (a house number, no suite or floor): a person whose rare given name
    no list holds, paid at home (a rebate's 1099), though probablepeople reads the words as a firm's. A firm's name
    holds a word of the language ("Brightline Outreach"), or it is paid at an office. ``row``: the texts of the row's
    other fields."""
    words = name.split()
    return (len(words) == 2 and all(_PLAIN_WORD.fullmatch(w) and not readable(w) for w in words)
            and any(_HOME_STREET.match(text) and not _OFFICE_PART.search(text) for text in row))


def _addressee_is_firm(holders: list[tuple[str | None, str]]) -> bool:
    """A letter's inside address among the lines above, whose first line, right above the street or box line, reads
    as a firm's name ("Inland Empire Tree Service" / "PO Box 1180, Rialto, CA 92377"; one word: "Silva-Carter"). A
    row's "TIN type" cell right before its remit address ("Ana Ruiz | 27-... | EIN | 12 Elm St") names no firm."""
    texts = [text.strip() for label, text in holders[1:] if label is None]
    return any(_STREET_LINE.match(below) and 1 <= len(above.split()) <= 6 and not any(c.isdigit() for c in above)
               and not _TAX_LABEL_WORDS.fullmatch(above) and _is_firm(above) for above, below in zip(texts, texts[1:]))


# a line of a bid tabulation, a vendor list or an award: the EIN it gives is a bidder's, a vendor's or a payee's
_BID_LINE = re.compile(r"(?i)\b(?:bids?|bidders?|vendors?|award(?:ed)?|payees?|proposals?|proposers?|rfp|rfq|"
                       r"tabulation|remit)\b")
_NAME_PIECE = re.compile(r"[^|,;:(\[\n]+")
_CAPITALISED_NAME = re.compile(r"(?:[A-Z][\w'\u2019&.-]*\s+){0,4}[A-Z][\w'\u2019&.-]*")


def _bidders(candidate: Candidate, clause: str) -> bool:
    """On a line that speaks of bids, vendors or an award, the name just before the EIN ("Benitez-Cardenas | EIN
    ...", "Smith PLC | EIN ...") is a firm's unless it reads as a person's given name and surname ("Bid from Marisol
    Quintero, FEIN ..."). So is the name that opens a row of a table on a page that speaks of bids ("Bid Results"
    above "Porter-Watson | EIN ... | $386,231", or a PDF's row of cells apart by tabs under "BID SUMMARY"): a bid
    tabulation names its bidders by their firms."""
    line_start = candidate.text.rfind("\n", 0, candidate.start) + 1
    line_end = candidate.text.find("\n", candidate.end)
    if _BID_LINE.search(candidate.text, line_start, line_end if line_end >= 0 else len(candidate.text)):
        pieces = [p.strip() for p in _NAME_PIECE.findall(_TAX_LABEL_WORDS.sub(" ", clause)) if p.strip()]
        # the name just before the number, or the one the line opens with (a tabulation's row: "Campbell-Ruiz,
        # 40523 Steven St, North Alexa GA, EIN ..."), which may be followed by the firm's address
        opening = _NAME_PIECE.findall(_TAX_LABEL_WORDS.sub(" ", candidate.text[line_start:candidate.start]))[:1]
        names = [_BID_LINE.split(piece)[-1].strip(" .")  # "Vendor No.": a label, no name
                 for piece in (pieces[-1:] + opening)]
        return any(_firm_name(name) for name in names) and not any(_given_name_first(name) for name in names)
    facts = candidate.facts
    if facts is None or candidate.page not in facts.computed(_bid_pages):
        return False
    record = facts.record_of(candidate.segment)
    if record is None:  # a row laid out in text, a PDF's: "SunPath Solar Installers<tab>738873<tab>87-...<tab>$..."
        cells = candidate.text[line_start:candidate.start].split("\t")
        # a name run into its address where the PDF's columns touch: "Precision Drywall 4174 Commerce Dr, ..."
        return len(cells) > 1 and _bidding_firm(_RUN_IN_ADDRESS.split(cells[0], 1)[0].strip())
    names = [f.text.strip() for f in record.fields
             if f is not candidate.segment and not any(c.isdigit() for c in f.text)]
    return bool(names) and _bidding_firm(names[0]) and not _unlisted_person_at_home(
        names[0], [f.text for f in record.fields if f is not candidate.segment])


_RUN_IN_ADDRESS = re.compile(r"\s(?=\d{1,6}\s+[A-Z])")


def _bidding_firm(name: str) -> bool:
    """A tabulation's bidder named as a firm: by probablepeople with no given name opening it, or by its trade."""
    return (_firm_name(name) and not _given_name_first(name)) or _trade_name(name)


# the marks that set a line's pieces apart before its tax label: a dash, a bar, a middle dot, a comma, a semicolon (a
# hyphen between spaces too, which each pattern below writes as it reads it)
_PIECE_MARKS = r"\u2013\u2014|\u00b7,;"
# the last piece of a line before its tax label, after a dash, bar, bullet or comma: "2291 Kestrel St – Marisol Quenta – "
# (a colon is no mark here, as it is for ``_CLAUSE_PIECES``)
_LAST_PIECE = re.compile(rf"(?:^|[{_PIECE_MARKS}]|\s-\s)\s*(?P<name>[^{_PIECE_MARKS}]+?)\s*(?:[{_PIECE_MARKS}]|\s-)?\s*$")


def _named_right_before_label(clause: str) -> bool:
    """The number's own clause ends with a person's name set off just before its tax label, and names no body."""
    words = _TAX_LABEL_WORDS.sub(" ", clause)
    if _ORGANIZATION.search(words) or _PARTNERSHIP.search(clause):
        return False
    piece = _LAST_PIECE.search(_TAX_LABEL_TAIL.sub("", clause))
    name = piece.group("name").strip() if piece else ""
    return len(name.split()) <= 4 and bool(_CAPITALISED_NAME.fullmatch(name)) and _given_name_first(name)


def _trade_named_right_before_label(clause: str) -> bool:
    """The number's own clause ends with a business's name set off just before its tax label, a name that ends in a
    trade and opens with a word no person is called by ("Summit Traffic Signals", "Foothill Fleet Parts"); a
    surname's trade ("Castellanos Tree Trimming") may be a sole proprietor's, whose number is their own."""
    pieces = [piece.strip() for piece in _CLAUSE_PIECES.split(_TAX_LABEL_TAIL.sub("", clause)) if piece.strip()]
    if not pieces or not _trade_name(pieces[-1]):
        return False
    first = fold(pieces[-1].split()[0])
    return first not in surnames() and first not in given_names()


# the pieces of a line before its tax label, a colon setting one apart too: "Vendor: Summit Traffic Signals"
_CLAUSE_PIECES = re.compile(rf"[{_PIECE_MARKS}:]|\s-(?:\s|$)")


# the tax label closing a clause, with an "Individual"/"Personal" before it: " – Individual Taxpayer ID: " ("Fed." has
# its period)
_TAX_LABEL_TAIL = re.compile(rf"(?i)(?:\b(?:individual|personal)\s+)?\b(?:(?:{_FEDERAL_WORD})(?:(?<=d)\.)?\s+)?"
                             rf"(?:(?:{_TAX_WORD})\s*(?:{_ID_WORD})(?:\s+(?:(?:{_NUMBER_WORD})\.?|#))?|tin|{_EIN_WORD})"
                             r"\s*[:#.]*\s*$")


def _given_name_first(name: str) -> bool:
    """Two words or more opening with a given name ("Tamsin Lindqvist"): a person's, though probablepeople reads rare
    names as a firm's."""
    words = name.split()
    return len(words) >= 2 and fold(words[0]) in given_names()


def _persons_name(name: str) -> bool:
    """A given name and a surname, as probablepeople reads them: a sole proprietor's, in whatever column."""
    return _given_name_first(name) and _reads_as_person(name)


def _firm_name(name: str) -> bool:
    return bool(_CAPITALISED_NAME.fullmatch(name)) and _is_firm(name)


def _bid_pages(document: Document) -> set:
    """The pages (None for HTML and text) with a line that speaks of bids, bidders, vendors or an award."""
    return {segment.location.page for segment in document.segments if _BID_LINE.search(segment.text)}


_SENTENCE_REACH = 300
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?]\s)\s*")
_ENTRY_NAME = re.compile(r"[^,;(\n]{2,80}")


def _firms_entry(candidate: Candidate) -> bool:
    """A sentence or line that opens with a vendor's, contractor's or consultant's label and a firm's name gives the
    firm's contact and EIN after it, however long ("Consultant: Brightline Utility Advisors LLC, Attn: <its
    principal>, <its office>, <its phone>, EIN ..."). The name must say it is a firm (LLC, Inc, Engineering ...) or
    read as one in two words or more: a name of one word may be a surname written first ("Vendor: Castellanos,
    Raymond"), a sole proprietor's."""
    text, start = candidate.text, max(0, candidate.start - _SENTENCE_REACH)
    opening = None
    for opening in _SENTENCE_START.finditer(text, start, candidate.start):
        pass
    vendor = _VENDOR_LABEL.match(text, opening.end() if opening else start, candidate.start)
    name = vendor and _ENTRY_NAME.match(text, vendor.end(), candidate.start)
    if not name:
        return False
    name = name.group(0).strip()
    return bool(_ORGANIZATION.search(name)) or (len(name.split()) >= 2 and _firm_name(name))


_LAST_SENTENCE_START = re.compile(r".*(?:[.!?]\s+(?=[A-Z])|\n)", re.DOTALL)


_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def _sentence_before(candidate: Candidate) -> str:
    """The number's sentence up to it, read on into the line above when the number's line opens no sentence: a PDF
    wraps "... and Dale Whitcomb, a sole proprietor doing business as" / "Whitcomb Tree & Lawn Service (Federal EIN
    ...)" into two segments."""
    before = candidate.text[max(0, candidate.start - _PARENTHETICAL_REACH):candidate.start]
    cut = _LAST_SENTENCE_START.match(before)
    if cut or candidate.start > _PARENTHETICAL_REACH:
        return before[cut.end():] if cut else before
    above = _line_above(candidate)
    if above is None or _SENTENCE_END.search(above):
        return before
    joined = f"{above[-_PARENTHETICAL_REACH:]} {before}"
    cut = _LAST_SENTENCE_START.match(joined)
    return joined[cut.end():] if cut else joined


def _line_above(candidate: Candidate) -> str | None:
    """The text of the segment before the number's on its page, if any."""
    if candidate.facts is None:
        return None
    at = candidate.facts.positions.get(id(candidate.segment))
    segments = candidate.facts.document.segments
    if not at or segments[at - 1].location.page != candidate.segment.location.page:
        return None
    return segments[at - 1].text


def _firm_in_own_sentence(candidate: Candidate, clause: str) -> bool:
    """The number's own sentence names a firm as its holder and no sole proprietor ("Sierra Vista Meter Services,
    Inc. (EIN ...) installed the equipment"): a sole proprietor's "dba" a sentence or a paragraph before is another
    holder's, and does not make a corporation's EIN a person's."""
    return not _sole_proprietor(_sentence_before(candidate)) and (
        _aside_of_firm(candidate) or bool(_ORGANIZATION.search(_TAX_LABEL_WORDS.sub(" ", clause))))


# the trades a city's vendor list names its local businesses by ("Sagebrush Hardware", "Copper Canyon Diner"): words
# that end a business's name, never a person's, whatever name opens it ("Florence Catering", "Sierra Tree Care"); read in
# a directory line's name field and a vendor's column or label only, since an address's street may carry them ("1400
# Market St")
_TRADE_NOUN = re.compile(
    r"(?i)\b(?:hardware|diner|cafe|caf\u00e9|restaurant|grill|bakery|market|store|shop|auto|automotive|motors|garage|"
    r"tires?|salon|barbers?|pharmacy|drug|clinic|feed|lumber|heating|cooling|hvac|repair|cleaners|laundry|motel|inn|"
    r"hotel|cantina|taqueria|pizza|deli|coffee|books|florist|flowers|farms?|gallery|pawn|liquor|foods?|grocery|"
    r"outfitters|rentals?|storage|glass|welding|machine|signs|signals|parts|mart|depot|studio|kitchen|tavern|saloon|"
    r"trimming|lawn|"
    r"cleaning|pest|towing|catering|caterers|locksmiths?|tree\s+(?:care|service|services)|"
    # a city's vendor register's trades: "GREENFIELD RECYCLING", "Vargas Fencing", "Allied Fire Protection"
    r"recycling|disposal|waste|hauling|haulers|sweeping|surveying|fencing|flooring|masonry|linens?|uniforms?|"
    r"security|alarms?|protection|environmental|testing|inspections?|movers|moving|courier|logistics|equipment|"
    r"installers?|roasters?|roastery|brewing|brewery|solar)\b")
# a business's name told by the trade that ends it, a shop's or a public works bidder's ("Vanguard Pools", "Cornerstone
# Framing", "Kimball & Rhodes Civil"), which may open with a word that is a given name too ("Tierra Geotechnical"); read
# at the name's end only, since "Ana Ruiz, civil engineer" is a person's; a person's name before "dba" keeps it a sole
# proprietor's ("Ana Ruiz dba Ruiz Paving")
_BIDDERS_TRADE = re.compile(
    r"(?i)\b(?:pools|spas|framing|drywall|plastering|stucco|insulation|cabinets|cabinetry|carpentry|millwork|glazing|"
    r"mechanical|fabrication|striping|coatings|excavation|grading|drilling|scaffolding|civil|geotechnical)\b")
_DOING_BUSINESS = re.compile(r"(?i)\b(?:d/?b/?a|doing\s+business)\b")


def _trade_name(name: str) -> bool:
    """A short name with no digit that ends in a trade ("Vanguard Pools", "Precision Drywall"), not a person's doing
    business under it."""
    name = name.rstrip(" .,")
    return (any(m.end() == len(name) for pattern in (_TRADE_NOUN, _BIDDERS_TRADE) for m in pattern.finditer(name))
            and not any(c.isdigit() for c in name)
            and len(name.split()) <= _FIRM_WORDS and not _DOING_BUSINESS.search(name))


# what sets a directory line's fields apart: a dash, a bar, a middle dot between spaces ("Name - address - phone")
_DIRECTORY_FIELD = re.compile(r"[ \t]+[-\u2013\u2014|\u00b7\u2022][ \t]+")


def _business_directory_line(candidate: Candidate) -> bool:
    """A vendor list's line that opens with a business's name, its other fields apart by dashes or bars ("Sagebrush
    Hardware - 1120 E. Main St - (575) 388-4410 - EIN ..."): the name has a firm's word or a trade's noun, no digit,
    and opens with no given name and surname ("Raymond Castellanos - ... - EIN ..." is a sole proprietor's)."""
    line_start = candidate.text.rfind("\n", 0, candidate.start) + 1
    fields = _DIRECTORY_FIELD.split(candidate.text[line_start:candidate.start])
    if len(fields) < 2:
        return False
    name = fields[0].strip()
    return (bool(name) and not any(c.isdigit() for c in name) and len(name.split()) <= _FIRM_WORDS
            and bool(_ORGANIZATION.search(name) or _TRADE_NOUN.search(name)) and not _given_name_first(name))


_FIRM_WORDS = 6  # a business's name in a directory is short: "Kim's Auto Repair & Smog Center"


# a vendor label's heading over a list, not a vendor's name after its label: "Vendor list", "Vendor Directory"
_LISTING_WORD = re.compile(r"(?i)(?:list|lists|listing|directory|roster|summary|register|information|info|names?)\b")


def _organization(candidate: Candidate) -> bool:
    """The EIN stands beside an organization's name, which publishes it; a sole proprietor's does not."""
    holders = _holders(candidate)
    own_paragraph = _own_paragraph(candidate)
    if _trade_named_right_before_label(holders[0][1]) and not _sole_proprietor(own_paragraph):
        return True  # "Contract 2026-41: Summit Traffic Signals - Taxpayer ID: 95-...": the business the trade names
    proprietor = _sole_proprietor(own_paragraph) or any(_sole_proprietor(text) for _, text in holders)
    if proprietor and not _firm_in_own_sentence(candidate, holders[0][1]):
        return False  # "Ana Ruiz, a sole proprietor doing business as ... registered with his own EIN, ..."
    if _PERSONS_OWN.search(holders[0][1]) and not _ORGANIZATION.search(_TAX_LABEL_WORDS.sub(" ", holders[0][1])):
        return False  # "Landlord Ana Ruiz ... She gave her taxpayer ID, EIN ...": hers, whatever firm is named above
    if _LABEL_OF_A_BODY.search(holders[0][1]):
        return True
    row = _business_row(candidate)
    if row is not None:
        return row
    if _cell_names_a_body(candidate) or any(_FISCAL_SPONSOR.search(text) for _, text in holders):
        return True
    if (_addressee_is_firm(holders) or _aside_of_firm(candidate) or _bidders(candidate, holders[0][1])
            or _firms_entry(candidate) or _firms_mail(candidate, holders[0][1]) or _business_directory_line(candidate)):
        return True
    if candidate.shape.name == "bare" and _named_right_before_label(holders[0][1]):
        return False  # "2291 Kestrel St – Marisol Quenta – Taxpayer ID: 9...": hers, whatever the page's heading says
    for label, text in holders:
        words = _TAX_LABEL_WORDS.sub(" ", text)
        if _ORGANIZATION.search(words) and not _PERSONAL_TRUST.search(words) or _PARTNERSHIP.search(text):
            return True  # a family's trust is theirs ("Iadanza Family Trust"), no organization
        form = _W9_OF.search(text)
        if form and (_ORGANIZATION.search(form.group("name")) or _TRADE_NOUN.search(form.group("name"))):
            return True  # "W-9 from Haugen Hardware came in, EIN ...": a business's tax form, as payables get it
        vendor = _VENDOR_LABEL.search(text)
        if vendor:
            name = _TAX_LABEL_WORDS.sub(" ", text[vendor.end():]).strip(" ,;:-(")
            if (_is_firm(name) or _TRADE_NOUN.search(name)) and not _LISTING_WORD.match(name):
                return True
        elif label and _VENDOR_LABEL.search(label.replace("_", " ")) and not _NUMBER_COLUMN.search(label) and (
                not _DETAIL_COLUMN.search(label.replace("_", " "))) and (  # an export's "vendor_name" too
                _PARTNERS.fullmatch(text.strip()) or _TRADE_NOUN.search(text)
                or is_place(text.strip())  # a utility or an agency named for its region: "Southern California Edison"
                or (_is_firm(words) and not _given_name_first(text.strip()) and not _unlisted_person_at_home(
                    text.strip(), [other for _, other in holders[1:]]))):
            return True  # a vendor column's "Florence Catering", "Sierra Tree Care": a trade names a business
        elif label and _BODY_COLUMN.search(label) and text.strip() and not _persons_name(text.strip()):
            return True
    return False


# a W-9 named by whom it came from, up to the clause's end: "W-9 from Tesfaye Coffee Roasters came in, EIN ..."
_W9_OF = re.compile(r"(?i)\bw-?9s?\s+(?:from|for|of)\s+(?P<name>[^,;(\n]{2,60})")


# a fiscal sponsor named in the row or the clause: an individual or a group without its own exemption receives a
# grant through a non-profit, whose EIN the grant's TIN column gives ("Ana Ruiz (fiscal sponsor: Valley Arts Network)")
_FISCAL_SPONSOR = re.compile(r"(?i)\bfiscal(?:ly)?[\s-]+(?:sponsor(?:s|ed|ship)?|agent)\b")
_CELL_NAME_WORDS = 10  # a body's name on its own line of a table cell: "Greater Almendra Historical Society"
_FIRM_READ_WORDS = 3  # fewer words read as a firm's by probablepeople alone may be a person's rare name


def _cell_names_a_body(candidate: Candidate) -> bool:
    """A table cell that gives a body's name on the line above its label and number ("Valley Food Bank" / "EIN
    47-..."), a grant list's or an agency list's row written without a header: the number is the body's, whatever
    person the row's other cells give as its contact (its number after the name too: "Veterans Post 1147"; not a street
    line). A body is named by an organisation's word (``_ORGANIZATION``,
    ``persons.is_place``: "Boys & Girls Club", "Tenant Resource Center", "Tree People"), or by three words or more that
    probablepeople reads as a firm's and that open with no given name ("Eastside Youth Orchestra"). A person's name
    over the number ("Ana Ruiz" / "EIN ...") is a sole proprietor's."""
    facts = candidate.facts
    if facts is None or facts.record_of(candidate.segment) is None:
        return False
    line_start = candidate.text.rfind("\n", 0, candidate.start) + 1
    if not line_start or _TAX_LABEL_WORDS.sub("", candidate.text[line_start:candidate.start]).strip():
        return False
    above = candidate.text[:line_start - 1]
    name = above[above.rfind("\n") + 1:].strip()
    words = name.split()
    if not words or len(words) > _CELL_NAME_WORDS or _STREET_LINE.match(name) or _sole_proprietor(name):
        return False
    if _PERSONAL_TRUST.search(name):
        return False
    return bool(_ORGANIZATION.search(name) or is_place(name)) or (
        len(words) >= _FIRM_READ_WORDS and not _given_name_first(name) and _is_firm(name)
        and not _reads_as_person(name))


# a column saying what kind of entity a row's holder is: "Entity", "Entity type", "Business structure", "Ownership",
# "Tax classification" (the W-9's box 3)
_ENTITY_COLUMN = re.compile(r"(?i)\b(?:entity|ownership|(?:business|legal|organi[sz]ation(?:al)?)\s+(?:type|structure|"
                            r"form)|tax\s+classification|federal\s+(?:tax\s+)?classification)\b")
# an entity column's value naming an organisation's form (a family's trust or an estate is the family's, no firm's)
_ENTITY_FORM = re.compile(r"(?i)\b(?:corp(?:oration)?|inc(?:orporated)?|llc|l\.l\.c|llp|lp|pllc|ltd|limited|"
                          r"partnership|[sc][\s-]?corp|non-?profit|not[\s-]+for[\s-]+profit|501\s*\(?c\)?|association|"
                          r"co-?operative|co-?op|joint\s+venture|government(?:al)?|public\s+(?:entity|agency)|"
                          r"company)\b")
# an entity column's value naming a person as the holder: the number is theirs (an owner's SSN, ITIN or own EIN)
_ENTITY_PERSON = re.compile(r"(?i)\b(?:sole\s+(?:proprietor(?:ship)?|prop\.?|owner(?:ship)?)|individual|"
                            r"self[\s-]employed|independent\s+contractor)\b")


# a column naming the number's holder as the taxpayer, not an officer of the business: a vendor's, a payee's, the
# name on the W-9 or the return
_TAXPAYER_NAME_COLUMN = re.compile(rf"{_VENDOR_LABEL.pattern}|(?i:\b(?:legal\s+name|taxpayer(?:'s)?\s+name|"
                                   r"name\s+(?:on|as\s+shown\s+on)\s+(?:w-?9|(?:income\s+)?tax\s+return)))")


def _row_cells(candidate: Candidate) -> list[tuple[str, str]]:
    """(column, value) of the other cells of the number's table row: a record's fields, or a PDF's row under the
    header line above it."""
    record = candidate.facts.record_of(candidate.segment) if candidate.facts else None
    if record:
        return [(f.label, f.text.strip()) for f in record.fields if f is not candidate.segment and f.label]
    if candidate.header_cells_above:
        column = candidate.text.count("\t", 0, candidate.start)
        return [(label, text.strip()) for i, (label, text) in enumerate(
            zip(candidate.header_cells_above, candidate.text.split("\t"))) if i != column and label]
    return []


def _business_row(candidate: Candidate) -> bool | None:
    """Whose the EIN in a table row is by the row's own columns, or None when they do not say: an entity column
    naming an organisation's form ("Corporation", "LLC", "Partnership") makes it the business's, one naming a person
    ("Sole Proprietor", "Individual") the owner's; else, unless a vendor's, payee's or legal name's column names a
    person as the taxpayer ("Vendor | DBA": "Ana Ruiz | Ruiz Tile"), a column of the business's name ("Business Name",
    "DBA", "Company") naming a business (``lists.named_as_a_business``: "Evergreen Market"; or any words that are no
    person's given name and surname: "Tacos El Rey") makes it the business's. A business licence list and a vendor
    list name their businesses so, beside an owner's or a contact person's name; a sole proprietor trading under their
    own name ("Business Name | Ana Ruiz") keeps the number theirs."""
    cells = _row_cells(candidate)
    entity = [text for label, text in cells if _ENTITY_COLUMN.search(label)]
    if any(_ENTITY_PERSON.search(text) for text in entity):
        return False
    if any(_ENTITY_FORM.search(text) for text in entity):
        return True
    if any(_TAXPAYER_NAME_COLUMN.search(label) and not BUSINESS_NAME_COLUMN.fullmatch(label)
           and _persons_name(text) for label, text in cells):
        return None  # "Vendor | DBA | TIN": "Ana Ruiz | Ruiz Tile | ...", a sole proprietor's trade name
    if any(BUSINESS_NAME_COLUMN.fullmatch(label) and _business_named(text) for label, text in cells):
        return True
    return None


def _business_named(name: str) -> bool:
    return bool(name) and any(c.isalpha() for c in name) and not _sole_proprietor(name) and (
        named_as_a_business(name) or bool(_ORGANIZATION.search(name)) or not _persons_name(name))


# an e-mail's sender: its display name, if any, and its mailbox ("From: Project Manager <pm@intermountainline.com>")
_SENDER = re.compile(r"(?i)^from:\s*(?:\"?(?P<name>[^<>\"\n]*?)\"?\s*)?<?(?P<mailbox>[^<>\s@]+@(?P<domain>[^<>\s]+?))>?\s*$")


def _firms_mail(candidate: Candidate, clause: str) -> bool:
    """The writer's own EIN ("Our EIN is ...; W-9 attached") in an e-mail a firm sent: from a mailbox on no
    consumer provider, under no person's name ("Project Manager <pm@intermountainline.com>"). A sole proprietor
    writing under their own name ("Dale Whitcomb <dale@whitcombtree.com>") stays a person."""
    if not _WRITERS_OWN.search(clause) or candidate.facts is None:
        return False
    sender = candidate.facts.computed(_mail_sender)
    if sender is None or sender.group("domain").lower() in PERSONAL_DOMAINS:
        return False
    name = (sender.group("name") or "").strip()
    return not name or not _reads_as_person(name)


def _mail_sender(document: Document) -> re.Match | None:
    """The sender of an e-mail, as its first "From:" header reads, once per document; None for no e-mail."""
    senders = [_SENDER.match(s.text.strip()) for s in document.segments if s.location.element == "header From"]
    return senders[0] if senders else None


def _written_as_itin(candidate: Candidate) -> bool:
    """The 3-2-4 form, or nine bare digits beside an ITIN label: a person's number, never a firm's. The label's
    own first word counts though the matched phrase is shorter ("Individual Taxpayer ID: 9..." matches "Taxpayer
    ID")."""
    if candidate.shape.name == "EIN":
        return False
    label = candidate.label
    return candidate.shape.name != "bare" or bool(label and (
        _ITIN_LABEL.search(label) or _PERSONAL_WORD_BEFORE.search(_text_before_label(candidate, label))))


# "Individual" or "Personal" right before a shorter tax label: "Individual Taxpayer ID", "Personal Tax ID"
_PERSONAL_WORD_BEFORE = re.compile(r"(?i)\b(?:individual|personal)\s*$")


def _text_before_label(candidate: Candidate, label: str) -> str:
    """The text of the value's line before its label's last occurrence before the value ('' for none)."""
    head = candidate.text[:candidate.start]
    at = head.lower().rfind(label.lower())
    return head[max(0, head.rfind("\n", 0, at) + 1):at] if at > 0 else ""


def _proprietors_own(candidate: Candidate) -> bool:
    """Whether the number's own clause opens with a person's name doing business under a trade name ("Ana Ruiz dba
    Ruiz Handyman|82-...", "Ana Ruiz d/b/a Ruiz Tile, 82-..."): a sole proprietor's EIN, as surely as a label says
    so; no year-first reference number is written after one."""
    clause = _clause_before(candidate.text, candidate.start)
    trade = _DOING_BUSINESS_AS.search(clause)
    return trade is not None and _persons_name(clause[:trade.start()].strip(" ,;:|-"))


def published(candidate: Candidate) -> bool:
    """One of the organization's own EINs, configured as public."""
    return candidate.digits in candidate.detector.published


def organizations_ein(candidate: Candidate) -> bool:
    """An EIN beside an organization's name, or on the W-9 of an organization."""
    if _written_as_itin(candidate):
        return False
    if _organization(candidate):
        return True
    facts = candidate.facts
    if facts is None:
        return False
    if candidate.page in facts.computed(_organizations_w9):
        return True
    return (candidate.page in facts.computed(_companies_numbers_pages) and bool(_row_cells(candidate))
            and not _sole_proprietor(" ".join(text for _, text in _row_cells(candidate))))


# a list's note that its taxpayer numbers are the businesses' own: "TIN shown is the company's Federal Employer
# Identification Number from its W-9", "EINs listed are those of the vendors"
_COMPANIES_NUMBERS = re.compile(
    r"(?i)\b(?:compan(?:y|ies)|business(?:es)?|vendors?|firms?|contractors?|suppliers?|organi[sz]ations?|"
    r"entit(?:y|ies))(?:'s?|\u2019s?)\s+(?:own\s+)?(?:federal\s+)?"
    r"(?:employer\s+identification\s+(?:numbers?|nos?\.?)|f?eins?|tins?|"
    r"tax(?:payer)?\s+id(?:entification)?(?:\s+numbers?)?s?)\b|"
    r"\b(?:f?eins?|tins?|tax\s+ids?)\s+(?:shown|listed|given|below|above)?\s*(?:is|are)\s+"
    r"(?:the\s+|those\s+of\s+the\s+)?"
    r"(?:compan(?:y|ies)|business(?:es)?|vendors?|firms?|contractors?|suppliers?)(?:'s?|\u2019s?)?\b")


def _companies_numbers_pages(document: Document) -> set:
    """The pages (None for HTML and text) whose words say the taxpayer numbers in their table are the businesses'
    own: a vendor list's note. A row that says its holder is a sole proprietor or an individual is theirs still."""
    return {s.location.page for s in document.segments
            if ("ein" in s.text.lower() or "tin" in s.text.lower() or "tax" in s.text.lower()
                or "identification" in s.text.lower()) and _COMPANIES_NUMBERS.search(s.text)}


def reference_number(candidate: Candidate) -> bool:
    """An unlabelled year-first reference number with a zero-padded serial ("24-0031312")."""
    return candidate.shape.name == "EIN" and not candidate.label and candidate.digits[2:4] == "00"


class TaxpayerIdDetector(LabelledNumberDetector):
    category = "taxpayer_id"
    rule = "PCE-01 6.3"
    option_keys = ("public", "unlabelled_ein", "labels", "replace_labels")
    labels = LABELS + SSN_LABELS
    shapes = (
        Shape("EIN", rf"\d{{2}}{DASH}\d{{7}}", anywhere=True),
        Shape("3-2-4", rf"\d{{3}}(?P<dash>{DASH})\d{{2}}(?P=dash)\d{{4}}", anywhere=True),
        Shape("3-2-4", r"(?<!\d )\d{3} \d{2} \d{4}(?! \d)", anywhere=True),
        Shape("spaced", rf"\d{{3}}(?P<gap>\.|{SPACE}{{1,3}})\d{{2}}(?P=gap)\d{{4}}"),
        Shape("bare", r"\d{9}"),
    )
    # (an ITIN's 9DD-DD-DDDD is the City's ledger code where an SSN's shape would be: "Funding source: Fund 570,
    # account 927-88-7358 (PCE Operations)")
    filters = (example, published, reference_number, organizations_ein, another_numbers_column, ledger_account_code)

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        self.published = {re.sub(r"\D", "", str(number)) for number in as_list(self.options.get("public"))}
        self.unlabelled_ein = bool(self.options.get("unlabelled_ein", True))

    def valid(self, candidate: Candidate) -> bool:
        digits = candidate.digits
        if candidate.shape.name == "EIN":
            return ein.is_valid(digits) or _persons_own_ein(candidate)
        if candidate.shape.name == "bare":
            if _SSN_LABEL.match(candidate.label or ""):
                return is_itin(digits) and len(set(digits)) > 1
            return is_itin(digits) or ein.is_valid(digits) or ssn.is_valid(digits)
        return is_itin(digits)  # a dashed or spaced SSN is the ssn detector's

    def has_extra(self, segment: Segment) -> bool:
        return "\t" in segment.text or "|" in segment.text

    def extra_candidates(self, segment: Segment, facts: DocumentFacts | None) -> Iterator[Candidate]:
        return groups_in_cells(self, segment, facts)

    def verdict(self, candidate: Candidate) -> Verdict | None:
        label, digits = candidate.label, candidate.digits
        beside = f" beside label '{label}'" if label else ""
        if candidate.shape.name == "EIN":
            if label:
                return Verdict(("EIN with an IRS prefix" if ein.is_valid(digits) else "EIN") + beside)
            if _proprietors_own(candidate):
                return Verdict("EIN with an IRS prefix after a sole proprietor's name and trade name")
            if self.unlabelled_ein and not candidate.other_label:
                return Verdict(f"unlabelled number shaped like an EIN (IRS prefix {digits[:2]})", "medium")
            return None
        if not label and (not candidate.shape.anywhere or candidate.other_label):
            return None
        if candidate.shape.name != "bare" or (is_itin(digits) and not _EIN_LABEL.search(label)):
            return Verdict("ITIN with an IRS group" + beside)
        return Verdict("valid EIN or SSN" + beside)

    def mask(self, value: str) -> str:
        return mask_digits(value)
