"""A person's own consumption told in a sentence: "Ana Ruiz used 1,204 kWh", "Wei Zhang went from 336 to
2,307 kWh", "Ana Ruiz's usage was 2,410 kWh", a household's figure (in kWh, less than a home could not
use); and the customers an average of usage leaves out with their contacts ("Avg excludes Benito Rascon,
562 ...: meter tampering case"): only a customer's meter is in such an average.
"""
from __future__ import annotations

import re

from ..analysis import Analysis
from ..shapes import EXCLUDED_FROM, MONTHS_LISTED
from .homes import CLAUSE, CLAUSE_END


# whose a bill or a use is: a person's ("Ana Ruiz's"), a family's ("the Ruizes'"), a pronoun's
_WHOSE = r"(?:['\u2019]s|(?<=s)['\u2019]|\b(?:his|her|their))"
# a tie between a person and a consumption figure: "Ana Ruiz's usage was ...", "..., who cut her (evening) use to", "...
# said her February bill showed 2,358 kWh" (the energy a person's own bill shows, right after it, is their usage), the
# bills of several months listed ("The Ruizes' June, July and August bills showed 1,172, 2,874 and 2,878 kWh
# respectively"); and in Spanish, "su consumo", "sus facturas de julio y agosto mostraron 1.172 y ..."
OWN_USE = re.compile(rf"(?i){_WHOSE}\s+(?:own\s+|household['\u2019]s\s+|monthly\s+|daily\s+|"
                      rf"electric(?:ity)?\s+|{MONTHS_LISTED}\s+|(?:summer|winter)\s+|(?:evening|peak|on-peak)\s+)?"
                      rf"(?:usage|use|consumption)\b"
                      rf"|{_WHOSE}\s+(?:(?:last|latest|most\s+recent|monthly|electric(?:ity)?|{MONTHS_LISTED}|"
                      rf"(?:last|past|previous|prior)\s+(?:two|three|four|five|six|\d))\s+)?"
                      rf"bills?(?:\s*,\s*it)?\s+(?:showed|show|shows|was|were|read|listed|came\s+to|said|reflected|"
                      rf"indicated)\s+(?:about\s+|only\s+|nearly\s+)?"
                      # the amount before the energy it paid for: "Her July bill was $84 for 610 kWh"
                      rf"(?:\$[\d,.]+\s+(?:for|on)\s+(?:about\s+|only\s+|nearly\s+)?)?(?=\d)"
                      # what their home drew: "Lucia Ferreira's home used 2,412 kWh", "the Nguyens' house averaged ..."
                      rf"|{_WHOSE}\s+(?:home|house|household|apartment|residence|condo|unit)\s+(?:used|uses|consumed|"
                      rf"consumes|averaged|averages|drew|draws)\s+(?:about\s+|only\s+|nearly\s+|roughly\s+|over\s+|"
                      rf"almost\s+|just\s+)?(?=\d)"
                      # a solar customer's net figures: "The Delgado family's solar array showed net generation of",
                      # "Ms. Ferreira's true-up showed net usage of", "their net exports were"
                      rf"|{_WHOSE}\s+(?:(?:solar\s+)?(?:array|system|panels)|true-?up(?:\s+statement)?|"
                      rf"(?:annual\s+)?(?:net[- ]energy\s+|nem\s+)?statement)\s+(?:showed|shows|show|reported|listed|"
                      rf"had|was)\s+(?:an?\s+)?(?:annual\s+)?net\s+(?:usage|use|consumption|generation|exports?)\s+"
                      rf"(?:of\s+)?(?=[\d\u2212-])"
                      rf"|{_WHOSE}\s+(?:annual\s+|monthly\s+)?net\s+(?:usage|use|consumption|generation|exports?)\b"
                      rf"|\bsus?\s+(?:consumo|uso)\b"
                      rf"|\bsus?\s+facturas?\s+(?:de\s+{MONTHS_LISTED}\s+)?"
                      rf"(?:mostr|indic|registr|reflej)(?:ó|o|aron|a|an)\s+"
                      rf"(?:un\s+consumo\s+de\s+)?(?=\d)")
# a person's own report or dispute of a consumption, between their name and the figure (in digits or in words): "Mr.
# Ruiz reported usage of 912, 1,044 and 1,310 kWh", "La Sra. Ruiz indicó un consumo de 1.172, 2.874 y 2.878 kWh"
TELLS_USE = re.compile(r"(?i)[ \t,]+(?:reported|disputed|disputes|questioned|questions|stated|indicated|claimed|"
                        r"claims|indic[oó]|report[oó]|inform[oó]|reclam[oó]|cuestion[oó])\s+"
                        r"(?:an?\s+|un\s+|the\s+|el\s+)?"
                        r"(?:(?:high|monthly|alto|mensual)\s+)?(?:usage|consumption|consumo)\s+(?:of|de)\s+"
                        r"(?:about\s+|approximately\s+|unos\s+)?")
# a consumption figure the sentence gives as what the person right before it used ("Ana Ruiz averaged 50 kWh a day",
# "Ana Ruiz used 1,204 kWh in July"), and a usage history given as theirs, its figures listed after the name ("Usage
# history provided by Ana Ruiz: January 479 kWh, February 791 kWh ..."): the verb or the label says whose the energy
# is, as a possessive does; a typical home's figure in a rate example has no name before its verb
USED = r"(?:averaged|averages|used|uses|consumed|consumes|drew)"
# (and what they cut their use to, no possessive between: "Rebate story: Ana Ruiz cut usage to 626 kWh")
CUT_USE = r"(?:cut|reduced|lowered|trimmed)[ \t\x00]+(?:monthly[ \t\x00]+)?(?:usage|use|consumption)[ \t\x00]+to"
_USED_AFTER_NAME = re.compile(rf"[ \t\x00]+(?:{USED}|{CUT_USE})[ \t\x00]+"
                              rf"(?:(?:about|nearly|only|roughly|approximately|just|over|"
                              rf"under|almost)[ \t\x00]+|an[ \t\x00]+average[ \t\x00]+of[ \t\x00]+)?(?=\d)")
# what a solar customer sent to the grid, right after their name ("The Nguyens exported 812 kWh last month", "Aroha
# Tane sent 640 kWh back to the grid"): the net-metered energy of their own meter, their consumption data too
EXPORTED_AFTER_NAME = re.compile(r"[ \t\x00]+(?:exported|exports)[ \t\x00]+(?:(?:about|nearly|only|roughly|"
                                  r"approximately|just|over|under|almost)[ \t\x00]+)?(?=\d)"
                                  r"|[ \t\x00]+(?:sent|fed|pushed|returned|exported)[ \t\x00]+"
                                  r"(?=\d[\d,.]*[ \t]*(?i:kwh|kilowatt[- ]hours?)[ \t\x00]+(?:back[ \t\x00]+)?"
                                  r"(?:to|into|onto)[ \t\x00]+the[ \t\x00]+grid)")
HISTORY_OF = (r"\b(?:usage|consumption|kwh|meter|energy)\s+(?:history|data|records?|readings?|figures)\s+"
               r"(?:(?:provided|submitted|supplied|sent|reported)\s+by|of|for|from)")
_HISTORY_OF_BEFORE = re.compile(rf"(?i){HISTORY_OF}[ \t\x00]+(?:(?:mr|mrs|ms|mx|dr)\.?[ \t\x00]+)?$")
_HISTORY_LISTED = re.compile(r"[ \t\x00]*[:\u2013\u2014-][ \t\x00]*")  # the list of months opens right after the name
# a person's use told as its change, as minutes and staff reports tell a high-bill inquiry: "Wei Zhang went from 336 to
# 2,307 kWh between May and August", "Ana Ruiz jumped from 612 kWh in April to ..."; and the usage of a person named
# after it, given as theirs by the verb after the name ("Consumption for Harold Baptiste rose from 612 kWh ...", "Usage
# at Ana Ruiz's home was 1,940 kWh"): a name before a verb and no figure after it ties nothing
CHANGED = (r"(?:(?:went|go(?:es)?|jumped|jumps|rose|rises|climbed|climbs|increased|increases|grew|grows|spiked|spikes|"
            r"soared|fell|falls|dropped|drops|decreased|decreases|doubled|tripled)[ \t\x00]+from"
            r"|(?:pas[oó]|subi[oó]|aument[oó]|baj[oó]|disminuy[oó])[ \t\x00]+de)")
_CHANGED_AFTER_NAME = re.compile(rf"(?i)[ \t\x00]+{CHANGED}[ \t\x00]+(?:about[ \t\x00]+|roughly[ \t\x00]+|"
                                 rf"approximately[ \t\x00]+)?(?=\d)")
_USAGE_OF_BEFORE = re.compile(r"(?i)\b(?:usage|consumption|electricity\s+use|energy\s+use|kwh)[ \t\x00]+"
                              r"(?:for|of|by|at)[ \t\x00]+(?:(?:mr|mrs|ms|mx|dr)\.?[ \t\x00]+)?$")
_USAGE_VERB_AFTER = re.compile(rf"(?i)(?:['\u2019]s[ \t\x00]+(?:home|house|residence|apartment|household|account|meter)"
                               rf")?[ \t\x00]+(?:{CHANGED}|was|were|totaled|totalled|reached|hit|came[ \t\x00]+to)"
                               rf"[ \t\x00]+(?:about[ \t\x00]+|roughly[ \t\x00]+|approximately[ \t\x00]+)?(?=\d)")
# a month's consumption set beside a name by a comma, as an aside or an example gives one household's ("e.g. Ana
# Ruiz, 1,125 kWh in July", "Ana Ruiz, 980 kWh last month"): the figure of a month is what the person named used; not
# an average, a typical home's or a year's figure
USE_APPOSED = (r"[ \t\x00]*,[ \t\x00]+(?:about[ \t\x00]+|nearly[ \t\x00]+|only[ \t\x00]+)?"
                r"(?=\d[\d,.]*[ \t]*(?i:kwh|kilowatt[- ]hours?)[ \t\x00]+"
                rf"(?i:(?:in|for|during)[ \t\x00]+{MONTHS_LISTED}|(?:last|this|that|one|a|per)[ \t\x00]+month)\b)")
_USE_APPOSED_AFTER_NAME = re.compile(USE_APPOSED)
_HOUSEHOLD_KWH = 10_000  # more than a home uses in a month: a building's, a campus's or a city's figure


def _household_figure(figure: str) -> bool:
    """Whether a consumption figure ("2,307 kWh", "336", "2.307 kWh") is in kWh and less than ``_HOUSEHOLD_KWH``."""
    number = re.match(r"\d[\d,.]*", figure.strip())
    if not number or re.search(r"(?i)[mgt]wh", figure):
        return False
    digits = re.sub(r"[.,](?=\d{3}(?!\d))", "", number.group().rstrip(".,")).replace(",", ".")
    try:
        return float(digits) < _HOUSEHOLD_KWH
    except ValueError:
        return False


def usage_of(analysis: Analysis, names: list[tuple], usage: list[tuple]) -> list[tuple]:
    """The names followed in their sentence by words that give the consumption after them as the person's own
    ("Ana Ruiz's usage was 2,410 kWh", "Ana Ruiz, who cut her use to 610 kWh", "Ana Ruiz ... said" / "her February
    bill showed 2,358 kWh": a line break of the minutes may fall between), what they used right after the name ("Ana
    Ruiz averaged 50 kWh a day") or a usage history given as theirs ("Usage history provided by Ana Ruiz: January
    ..."), or its change told right after the name or after "usage for" it ("Wei Zhang went from 336 to 2,307 kWh",
    "Consumption for Ana Ruiz rose from 612 kWh ...") in a home's figures: a customer's usage, which PCE-01 protects
    as it does their account; not a public average beside a name ("Ana Ruiz said the average is ...")."""
    tied = []
    for segment, start, end in names:
        figures = [(figure, to) for _, where, figure, to in usage if where is segment and 0 <= figure - end <= CLAUSE]
        if _USED_AFTER_NAME.match(segment.text, end) or EXPORTED_AFTER_NAME.match(segment.text, end) or (
                _USE_APPOSED_AFTER_NAME.match(segment.text, end)) or (
                _HISTORY_OF_BEFORE.search(segment.text, max(0, start - 60), start)
                and _HISTORY_LISTED.match(segment.text, end)):
            if figures:
                tied.append((segment, start, end))
                continue
        elif _CHANGED_AFTER_NAME.match(segment.text, end) or (
                _USAGE_OF_BEFORE.search(segment.text, max(0, start - 40), start)
                and _USAGE_VERB_AFTER.match(segment.text, end)):
            # a building's or a campus's change is told so too ("Kellogg West went from 120,000 kWh to ..."): only
            # a home's monthly figures are a customer's
            if figures and all(_household_figure(segment.text[figure:to]) for figure, to in figures):
                tied.append((segment, start, end))
                continue
        at = analysis.offset(segment) + end
        for _, figure_segment, figure, _ in usage:
            to = analysis.offset(figure_segment) + figure
            if not 0 <= to - at <= CLAUSE:
                continue
            # the lines of one paragraph read as one, up to the figure's first digit
            between = analysis.joined[at - 2:to + 1].replace("\x00", " ")
            told = OWN_USE.search(between) or TELLS_USE.fullmatch(between, 2, len(between) - 1)
            if told and not CLAUSE_END.search(between, 2, len(between) - 1):
                tied.append((segment, start, end))
                break
    return tied


def left_out_of_usage_average(analysis: Analysis, names: list[tuple], fields: list[tuple]) -> list[tuple]:
    """The names an average of usage leaves out, with their phone, home or mailbox ("Avg excludes Benito Rascon, 562
    547 1109: meter tampering case" in a note on an "Avg CARE kWh" column): only a customer's meter is in such an
    average, so the one left out is a customer. The usage is said in the note or in what it is on (the paragraph or
    the cell read just before it); an average of anything else ("Avg response time excludes ...") says nothing."""
    left_out = []
    for segment, start, end in names:
        cut = next((m for m in EXCLUDED_FROM.finditer(segment.text, max(0, start - 40), start + 1) if m.end() == start),
                   None)
        if cut is None or not _AVERAGE_BEFORE.search(segment.text, max(0, cut.start() - 60), cut.start()):
            continue
        above = analysis.line_above(segment)
        if not (_USAGE_WORD.search(segment.text) or above is not None and _USAGE_WORD.search(above.text)):
            continue
        if any(kind in ("phone", "address", "email") and where is segment and end <= at
               for kind, where, at, _ in fields):
            left_out.append((segment, start, end))
    return left_out


_AVERAGE_BEFORE = re.compile(r"(?i)\b(?:avg|average|mean|median)\b[^.;:!?\n]{0,40}$")
_USAGE_WORD = re.compile(r"(?i)\b(?:kwh|usage|consumption|therms?|use)\b")
