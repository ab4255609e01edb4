"""A home's service address told with its own consumption in one clause, the home no one's by name.

Minutes, FAQ answers and staff reports tie a household's usage to its street address without naming the household in
the same sentence: "complaining that the bill for 10581 Tamarisk Avenue showed 1,266 kWh while the family was abroad",
"Take one real customer: the home at 1077 W. Harvest Moon Drive used 695 kWh in July", "usage at the residence at 12
Elm St was 1,040 kWh". A service address with its electricity consumption is a customer's account information
(PCE-01 4.1): the address and the figure are reported.

The clause must say the figure is that home's: a home's word, its bill or its meter right before the address ("the
home at", "the bill for", "the meter at"; a pronoun's "her house at" ties it to a person named before, whom the person
readings judge), a verb of use or billing between the address and the figure, and no sentence end between them.
Not: a City facility's or a business's address ("the Library at ... used 300,000 kWh"), what the sentence supposes
or gives as an example ("if a home at ... uses", "a typical home at ..."), a stand-in
street ("123 Any Street"), and the averages, tariffs and tiers ``consumption_spans`` leaves out.
"""
from __future__ import annotations

import re

from ..labels import has_stand_in
from .analysis import Analysis
from .shapes import FACILITY_NAMED, consumption_spans, street_addresses

_CHEAP_WORDS = ("kwh", "therm")
# a home's word, its bill or its meter right before the address: "the home at ", "the bill for ", "a customer's house
# on "; not "her house at": a home its owner's pronoun ties to a person named before is for the person's reading to
# judge (a council member's own house is public, a customer's is theirs)
_HOME_BEFORE = re.compile(r"(?i)\b(?:the|this|that|(?:customer|caller|resident|tenant|ratepayer)['\u2019]s)\s+"
                          r"(?:[\w-]+\s+)?(?:home|house|residence|apartment|unit|household|condo|bill|statement|"
                          r"meter|service)\s+(?:at|for|on)\s+$")
_BEFORE_REACH = 40  # characters back from the address to its home's word
# between the address and the figure, a verb of use or billing: "... used ", "... showed ", "... was billed for "
# (what was: a worked example's home "uses" or "would use")
_USED_BETWEEN = re.compile(r"(?i)[^.;!?]{0,40}?\b(?:used|consumed|drew|showed|recorded|registered|totall?ed|came\s+to|"
                           r"was\s+billed\s+for|billed\s+for|was|reached|averaged)\b[^;!?]{0,30}")
# a sentence's end between the address and the figure: its stop before a capital ("... Lane. The ...")
_SENTENCE_STOP = re.compile(r"(?<![A-Z])[.!?]\s+[A-Z]")
# what the sentence supposes or gives as any home's: "if", "suppose", "a typical home", "for example, a home"
_SUPPOSED = re.compile(r"(?i)\b(?:if|suppose|imagine|hypothetical\w*|typical|average|sample|e\.g|for\s+example|"
                       r"for\s+instance|would|could|might|estimat\w*|projected|si)\b")
_SENTENCE_REACH = 160
_WHY = "a home's service address told with its own consumption"


def find(analysis: Analysis) -> None:
    if not analysis.may_hold(*_CHEAP_WORDS):
        return
    for line in analysis.free_lines:
        text = line.segment.text
        for address in street_addresses(text, line.start, line.end):
            if not _HOME_BEFORE.search(text, max(line.start, address.start() - _BEFORE_REACH), address.start()):
                continue
            usage = _usage_after(text, address.end(), line.end)
            if usage is None or not _said_of_a_real_home(text, line.start, line.end, address.start(), usage[1]):
                continue
            analysis.add("address", line.segment, address.start(), address.end(), _WHY)
            analysis.add("usage", line.segment, *usage, _WHY)


def _usage_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first consumption figure after the address in its clause, with a verb of use or billing between (the
    address's last character read too: its "Lane." may end the sentence)."""
    figures = consumption_spans(text, start, min(end, start + 80))
    if not figures:
        return None
    figure_start, figure_end = figures[0]
    if _USED_BETWEEN.fullmatch(text, start, figure_start) and not _SENTENCE_STOP.search(text, start - 1, figure_start):
        return figure_start, figure_end
    return None


def _said_of_a_real_home(text: str, line_start: int, line_end: int, address_start: int, figure_end: int) -> bool:
    """Whether the address's sentence tells of a real home: no supposition or example before or after the figure ("...
    uses 500 kWh, and her bill would be ..."), no stand-in street, no City facility."""
    before = text[max(line_start, address_start - _SENTENCE_REACH):address_start]
    stops = list(_SENTENCE_STOP.finditer(before))
    stop = _SENTENCE_STOP.search(text, figure_end, line_end)
    sentence = before[stops[-1].start() + 1:] if stops else before
    sentence += text[address_start:stop.start() if stop else line_end]
    return not (_SUPPOSED.search(sentence) or has_stand_in(sentence) or FACILITY_NAMED.search(sentence))
