"""Sentences of running text across the line breaks a PDF or a hard-wrapped text puts in them: a
sentence's bounds ("Mr. Pham" ends none), the line above it opens in, whether it goes on from the line or the
page above, and whether it names another person, firm or place, whose contacts its fields then are.
"""
from __future__ import annotations

import re

from ...model import Segment
from ...vocabulary import common_word
from ..analysis import Analysis, page_of
from ..cues import SENTENCE_END
from ..persons import names_in
from ..speakers import turn_openings
from ..shapes import opens_an_address


# an organization's words, beside a facility's (FACILITY_CUE): whose account a line without a person's name is;
# a firm's ("Ortega PLC | EIN ...", "Kim and Sons", "award contract ... to") is a vendor's, its address its office
ORGANIZATION = re.compile(r"(?i)\b(?:association|district|foundation|building|unified|authority|agency|"
                           r"commission|church|club|society|hoa|apartments|vendor|remit to|supplier|contractor|"
                           r"bidder|plc|inc|llc|llp|ltd|corp|corporation|company|and sons|award(?:ed)? contract)\b"
                           r"|&\s*sons\b")


LABEL_OPENS = re.compile(r"[ \t]*[A-Z][\w .]{0,24}:")
# a firm's, a shop's or an agent's words: a business listing's owner, address and phone are published on purpose;
# not the owner's own mailing address or the owner reached at a number, as a landlord taking service back on the
# account is ("Owner's mailing address is ...; reach owner at ..."), nor the new or former owner of a house sold
BUSINESS = re.compile(r"(?i)\b(?:(?<!property )(?<!home )(?<!reach )(?<!call )(?<!contact )(?<!new )(?<!former )owner(?!['\u2019]s\s+(?:mailing|home|billing|forwarding)\s+address)|owns|owned|proprietor|business|shop|store|dba|d/b/a|"
                       r"inc|llc|corp|company|restaurant|bakery|cafe|salon|market|studio|office|clinic|firm|realty|"
                       r"realtor|broker|services)\b")


# a sentence's end (cues.SENTENCE_END: "... 760-300-4671. Marcus Ebright arranged ..."), but a stop that shortens a
# word no sentence ends with ends none: "Acct. No. 8-695-700-104", "Mr. Pham", "Tel. 1-442-..." (a street's "Dr." or
# "Ave." may well end one)
# (a record's label cut short before its "No." too: "Hao Liu (Ref. No. R-0986977)", "Cust. No.", "Svc. ID")
ABBREVIATION_BEFORE = re.compile(r"(?i)(?<![\w.])(?:acct|no|nos|mr|mrs|ms|tel|ph|vs|approx|dept|ref|cust|svc)$")
ABBREVIATION_CHARS = 6  # the longest of them: "approx"; the search looks no further back


def open_sentence_above(analysis: Analysis, segment: Segment, sentence: tuple[int, int],
                         taken: list[tuple]) -> tuple[Segment, int, int] | None:
    """The start, on the line above, of a sentence that opens its line: a column's wrap leaves a sentence open at
    the line's end ("Abebe Haile of 9839 Float House Rd" / "(phone (360) 622-0237) requested relief on PK Util.",
    "Tresca Valley Hardware at 1405" / "Foothill Blvd, (951) 788-2650, donated ..."). One sentence: the field is the
    customer's if that start is, and another's if that start names someone else."""
    if sentence[0] != 0:
        return None
    above = analysis.line_above(segment)
    last = len(above.text.rstrip()) - 1 if above is not None else -1
    if last < 0 or above.text[last] in ".!?":
        return None
    return (above, *sentence_bounds(above, last, taken))


_ENDS_MID_PHRASE = re.compile(r"[a-z,][ \t]*$")  # a line's last word in lower case or a comma: its sentence goes on
LAST_WORD_LOWER = re.compile(r"(?<![\w'\u2019-])[a-z]+,?[ \t]*$")  # "... the statement of" / "Ana Ruiz, SCE account"
_OPENS_LOWER = re.compile(r"[ \t]*[a-z\d(]")  # "delivered to Ana Ruiz ...", "700-447-487-277, with ..."
_OPENING_WORD = re.compile(r"[ \t]*([A-Z][\w'\u2019-]*)")
_WRAP_REACH = 4  # how many lines up one sentence of a hard-wrapped paragraph is followed


def next_line(above: Segment, below: Segment) -> bool:
    """Whether ``below`` is the line right under ``above`` in a PDF's page or a text file, where a line break may cut
    a sentence: not a document's next paragraph or property, a page's next element, nor a line after a blank one."""
    one, other = above.location, below.location
    return one.element is None and other.element is None and None not in (one.line, other.line) \
        and other.line == one.line + 1 and one.page == other.page


def sentence_opening(analysis: Analysis, segment: Segment, sentence: tuple[int, int],
                      taken: list[tuple]) -> tuple[Segment, int, int]:
    """A sentence as (segment, start, end) of the line it opens in: a PDF's or a hard-wrapped text's line break
    cuts a sentence in mid-phrase, and the line below goes on with it ("The statement of Ana Ruiz (acct ...) was" /
    "delivered to Jose Lee at 12 Elm St, who ...", "... contained the statement of" / "Jose Lee, SCE account ...").
    The line below goes on when it opens in lower case, on a figure or on the rest of a field the break cut, or on a
    word no dictionary holds (a name) after a line whose last word is in lower case; not a line that opens on a label
    ("Vendor: ...") or under one."""
    for _ in range(_WRAP_REACH):
        opened = open_sentence_above(analysis, segment, sentence, taken)
        if opened is None or not next_line(opened[0], segment) or LABEL_OPENS.match(segment.text) \
                or LABEL_OPENS.match(opened[0].text):
            break
        word = _OPENING_WORD.match(segment.text)
        if not (_OPENS_LOWER.match(segment.text) or word and (
                any(where is segment and a <= word.start(1) < b for where, a, b in taken)  # "410 W. Center" / "St.) was"
                or not common_word(word.group(1)) and LAST_WORD_LOWER.search(opened[0].text, opened[1], opened[2]))):
            break
        segment, sentence = opened[0], opened[1:]
    return segment, *sentence


def runs_on_from_above(analysis: Analysis, segment: Segment, sentence: tuple[int, int], taken: list[tuple]) -> bool:
    """Whether the sentence goes on from the line above in mid-phrase, its last word lower case ("... the average
    residential" / "customer used 6,540 kWh"): a wrap, not a sentence of its own (a heading above ends in capitals);
    also from the previous page's last line of text, when the page opens in mid-sentence (``_ended_page_above``).
    A wrap's line goes on in lower case, or after a comma: a line that opens with a capital under a title ("Customer
    Care Quarterly Update", "Case study: estimated reads" over a slide's "Customer on 12 Elm St") starts its own."""
    opened = open_sentence_above(analysis, segment, sentence, taken)
    if opened is None and sentence[0] == 0 and OPENS_LOWER_WORD.match(segment.text):
        above = _ended_page_above(analysis, segment)
        opened = (above, *sentence_bounds(above, len(above.text.rstrip()) - 1, taken)) if above is not None else None
    return opened is not None and bool(_ENDS_MID_PHRASE.search(opened[0].text, opened[1], opened[2])) and bool(
        _OPENS_LOWER.match(segment.text, sentence[0]) or _ENDS_WITH_COMMA.search(opened[0].text, opened[1], opened[2]))


_ENDS_WITH_COMMA = re.compile(r",[ \t]*$")


OPENS_LOWER_WORD = re.compile(r"[ \t]*[a-z]")  # a line that opens on a lower-case word: a sentence going on
PAGE_CHROME_LINES = 3  # lines of a page's footer and the next one's header that stand between a sentence's halves


def _ended_page_above(analysis: Analysis, segment: Segment) -> Segment | None:
    """The previous page's last line of text that ends in mid-phrase, when ``segment`` is among the first lines of
    its page: a sentence cut by the page break ("The average residential" / "POM-PRA-0110" / "customer used 468 kWh
    ..."), only the page's footer, its number or the next page's running header between them (short lines ending no
    phrase)."""
    at = analysis.segment_index.get(id(segment))
    if at is None:
        return None
    previous_page = None
    for above in analysis.segments[max(0, at - PAGE_CHROME_LINES - 1):at][::-1]:
        page = page_of(above)
        if page != page_of(segment):
            if previous_page is not None and page != previous_page:
                return None
            previous_page = page
            if _ENDS_MID_PHRASE.search(above.text):
                return above
        if len(above.text) > 60 or _ENDS_MID_PHRASE.search(above.text):
            return None  # a line of text on the page, not its footer or header: the sentence opened on it
    return None


def sentence_bounds(segment: Segment, position: int, taken: list[tuple]) -> tuple[int, int]:
    """The bounds of the sentence holding ``position``: no stop inside a name or a field ends it ("Mr. Pham"), one
    that ends a field does ("... 2380 S Arroyo Vista Dr. For questions ..."). Auto-captions have no stops: there the
    next speaker's greeting and name open a sentence ("... 9925 i yield my time good evening my name is ...")."""
    text = segment.text
    inside = [(start, end) for where, start, end in taken if where is segment]
    start, end = 0, len(text)
    for m in SENTENCE_END.finditer(text):
        if any(a <= m.start() < b - 1 for a, b in inside) or ABBREVIATION_BEFORE.search(
                text, max(0, m.start() - ABBREVIATION_CHARS), m.start()):
            continue
        if m.end() <= position:
            start = m.end()
        else:
            end = m.end()
            break
    for opening in turn_openings(text, start, end):
        if opening <= position:
            start = opening
        else:
            return start, opening
    return start, end


def names_another(segment: Segment, start: int, end: int, taken: list[tuple], people_only: bool = False,
                   customer_words: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence names a person, a firm or a place that is none of the record's fields: then its contact
    details are theirs ("For questions, contact Teodora Vlasic, ... at (951) ...", "Tresca Valley Hardware at
    ..."). ``people_only``: for a usage figure, which no office or title has ("The Hearing Officer finds that the
    meter recorded 3,164 kWh"), only another person's name counts. What a quotation says is the speaker's words, no
    one's record ('"I tell everyone at church," says Rowena, who lives at ...')."""
    text = segment.text
    if '"' in text or "\u201c" in text:
        text = _QUOTATION.sub(lambda m: " " * len(m.group()), text)
    fields = [(a, b) for s, a, b in taken if s is segment]

    def another(a: int, b: int) -> bool:  # not a field, nor the customer named again ("Reach David at ...")
        return (not any(a < y and x < b for x, y in fields)
                and not any(_town_of(text, x, y, a, b) for x, y in fields)
                and not customer_words.intersection(w.lower() for w in NAME_WORD.findall(text[a:b])))
    if people_only:
        return any(another(a, b) for a, b in names_in(text, start, end, True))
    proper = [m.span() for m in _PROPER_NAME.finditer(text, start, end)
              if not CALENDAR_WORDS.intersection(m.group().lower().split())
              and not _LABEL_END.match(text, m.end())  # a field's label ("Home Ph.: ...") names no one
              and not SAME_CASE.fullmatch(m.group())  # nor the case's own party: "The Appellant was notified at"
              and not _AREA_NOUN_AFTER.match(text, m.end())]  # nor the part of town a home is in: "in the Alta Loma area"
    return bool(ORGANIZATION.search(text, start, end) or BUSINESS.search(text, start, end)) or any(
        another(a, b) for a, b in [*names_in(text, start, end, True), *proper])


def _town_of(text: str, x: int, y: int, a: int, b: int) -> bool:
    """Whether the words at ``a:b`` are the town a street address or a box at ``x:y`` ends with, after its comma and
    before the sentence's end or a state ("Mailing address P. O. Box 3210, Alder Grove."): a place of the field, no
    one else named."""
    return _TOWN_BETWEEN.fullmatch(text, y, a) is not None and _TOWN_END.match(text, b) is not None and bool(
        opens_an_address(text[x:y]))


_TOWN_BETWEEN = re.compile(r",[ \t]*")
_TOWN_END = re.compile(r"[ \t]*(?:[.;)]|\n|$|,[ \t]*(?:[A-Z]{2}|California)\b)")
_QUOTATION = re.compile(r'"[^"\n]{1,300}"|\u201c[^\u201d\n]{1,300}\u201d')  # a quotation, straight or curly quotes
# two capitalised words or more in a row: a person's, a firm's or a place's name ("Larkfield Hardware")
_PROPER_NAME = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+(?:&\s+)?[A-Z][\w'\u2019-]+)+")
NAME_WORD = re.compile(r"[^\W\d_]{2,}")  # a name's words: "Ruiz", "Nguyen" (not an initial)
# a part of town after its name, where a home is said to be ("located at ... in the Cerro Vista neighborhood"): a place
# the sentence locates the home in, no firm or person whose contact details the sentence gives
_AREA_NOUN_AFTER = re.compile(r"\s+(?:neighbou?rhood|area|district|tract|subdivision|barrio|colonia)\b(?!\s+(?:office|"
                              r"manager|director|council|association|plan)\b)", re.IGNORECASE)
_LABEL_END = re.compile(r"\.?\s*[:#]")  # what ends a label: "Home Ph.:", "Service Address:", "Acct #"
CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                            "june july august september october november december".split())
# words that speak again of the record's customer or account: "the account recorded 612 kWh", "The household used"
# (or the account's final or actual meter reading: "Final read showed 3798 kWh for the partial month.")
SAME_CASE = re.compile(r"(?i)\b(?:the|this|that|said|her|his|their)\s+(?:account|customer|ratepayer|appellant|records|"
                        r"complainant|household|residence|premises|home|(?:back-?)?bill|resident|constituent|caller|"
                        # the party as a claims or legal paper calls them: "while the homeowner contends ..."
                        r"homeowner|property\s+owner|claimant|tenant|occupant)\b(?!\s+(?:service|care|support|relations|"
                        r"center|line|programs?)\b)|\b(?:final|closing|actual|move-out)\s+(?:meter\s+)?read(?:ing)?\b"
                        # a decision's numbered findings: "2. ... the meter registered 4,436 kWh", "3. Appellant
                        # testified by telephone from ...": the case's meter and party, though no article names them
                        r"|\b(?:the|her|his|their)\s+meter\s+(?:registered|recorded|read|showed|measured|logged)\b"
                        r"|(?-i:\b(?:Appellant|Complainant|Petitioner|Claimant)\b)"
                        # where the account's other party gets its mail: "The owner's mailing address is ...", and
                        # where the case's sole proprietor lives: "The rebate will be mailed to the owner's home address"
                        r"|\b(?:the|her|his|their)\s+(?:owner|landlord|holder|account\s?holder|proprietor)['\u2019]s\s+"
                        r"(?:mailing|billing|forwarding|home|residential|residence)\s+address\b"
                        # the case's party by a pronoun, their own address or their number: "Correspondence was sent to
                        # his mailing address, P.O. Box ...", "Staff reviewed the data with her by phone at ..."
                        r"|\b(?:her|his|their)\s+(?:mailing|billing|forwarding|home)\s+address\b"
                        r"|\b(?:with|reached|called|contacted|phoned|texted)\s+(?:him|her|them)\s+(?:by\s+(?:tele)?phone\s+)?at\b"
                        # a notice's line for the case's party: "Tenant contact on file: ...", "Teléfono del inquilino"
                        r"|\b(?:tenant|occupant|landlord)(?:['\u2019]s)?\s+(?:contact|phone|cell|number)\b"
                        r"|\btel[ée]fono\s+del?\s+(?:inquilin[oa]|ocupante|propietari[oa])\b"
                        # the bill the case is about: "2. The disputed bill reflects 1,697 kWh for the period ..."
                        r"|\b(?:the|this|that|said|her|his|their)\s+(?:disputed|contested|appealed|questioned|"
                        r"adjusted|corrected|rebilled)\s+(?:bill|invoice|statement|charges?)\b"
                        # the case's bills telling its usage: "The bills for the disputed months show 1,586 kWh, ..."
                        r"|\bthe\s+(?:disputed\s+)?bills?\s+(?:for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:months?|periods?)\s+)?"
                        r"(?:show|shows|showed|reflect|reflects|reflected|record|records|recorded)\b"
                        # a collections note's next line: "Mailed 48-hr notice to 1620 N Olive Grove Pl #B.", and
                        # where a plan's approval says to send its papers: "Send the signed plan to 16467 N. Padua Ave"
                        r"|\b(?:mailed|sent|posted|left|hung|delivered|send|mail)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:notice|letter|door\s?hanger|tag|plan|agreement|form|refund|check|cheque|statement)\s+"
                        r"(?:to|at|on)\b")
