"""A utility program's recipient a form or a widget names in a field of its own: ``<input type="hidden"
name="recipient" value="NAME, 12 Elm St">`` on a Level Pay Plan's or a solar rebate's page. The field's name is the
label the visible "Recipient: NAME, 12 Elm St" writes before the name, and the value is a person's name and their home
right after it: the program's customer and the home it serves (PCE-01 4.1).

What the page is decides, not the words of its text: its title or a heading naming a utility customer program (a
bill-payment plan, a rate, a rebate or an incentive for a home's energy, a bill discount: ``UTILITY_PROGRAM``), or
words of a utility matter anywhere on it. A grant's, a contest's, an event's or volunteers' page (its title says so),
a firm's or an organisation's name in the field, and a value that is no name and home stay public.
"""
from __future__ import annotations

import re

from .analysis import Analysis, page_of
from .cues import ASSISTANCE_NAMES, ASSISTANCE_PLANS
from .headers import split_words
from .lists import named_as_a_business
from .shapes import is_street_address

# the name of a program's person, as a form's field or a widget's key gives it: "recipient", "enrollee", "participant"
_RECIPIENT_FIELD = re.compile(r"(?i)\s*(?:(?:program|rebate|incentive|plan)\s+)?(?:recipients?|enrollees?|enrolled|"
                              r"participants?|beneficiar(?:y|ies)|awardees?)(?:\s+(?:name|info|details?))?\s*")
# a utility customer program, as a page's title or heading names it: a plan that evens or eases a bill's payments, a
# rate a home chooses, a rebate, an incentive, a credit or a discount for its energy or its equipment, a bill's relief
UTILITY_PROGRAM = re.compile(
    rf"(?<![A-Za-z])(?:{ASSISTANCE_NAMES})(?![A-Za-z])|(?i:{ASSISTANCE_PLANS}|"
    r"\b(?:level|budget|balanced|equal(?:ized)?|average)[\s-]+(?:pay(?:ment)?|bill(?:ing)?)\b|"
    r"\b(?:percentage[\s-]+of[\s-]+income|income[\s-]+(?:based|qualified))\b|\barrear\w*|"
    r"\btime[\s-]of[\s-]use\b|"
    r"\b(?:green|renewable|clean|tou|ev|electric|residential)[\s-]+(?:rate|power|energy|tariff)s?\b|"
    r"\b(?:solar|heat[\s-]?pumps?|ev|charger|thermostats?|appliances?|weatheri[sz]\w*|energy|electric\w*|"
    r"efficiency|battery|storage|lighting|led|rooftop|panels?)\b[\w\s-]{0,30}?"
    r"\b(?:rebates?|incentives?|credits?|allowances?|discounts?|enrollment|programs?|pilots?|plans?)\b|"
    r"\b(?:bill(?:ing)?|utility)[\s-]+(?:assistance|relief|discounts?|credits?|help)\b)")
# a page about an event, a contest, a grant or volunteers: its people are no program's customers
NOT_A_PROGRAM = re.compile(r"(?i)\b(?:workshops?|webinars?|contests?|competitions?|volunteers?|scholarships?|"
                            r"grants?|tours?|fairs?|festivals?|events?|meetings?|classes|awards?|council|board)\b")
# a page's title or heading, by its element
_TITLE_ELEMENT = re.compile(r"(?:^|[\s>])(?:title|h[1-3])(?::nth-of-type\(\d+\))?$")
_NAME_THEN_HOME = re.compile(r"[ \t]*,[ \t]*")
_WHY = "utility program's recipient named with their home in a field of the program's page"


def find(analysis: Analysis) -> None:
    fields = [s for s in analysis.document.segments
              if s.label and not s.chrome and _RECIPIENT_FIELD.fullmatch(split_words(s.label)) and "," in s.text]
    if not fields:
        return
    programs = _program_pages(analysis)
    for segment in fields:
        if page_of(segment) not in programs:
            continue
        text = segment.text.strip()
        for start, end in analysis.private_names_in(text):
            between = _NAME_THEN_HOME.match(text, end)
            home = text[between.end():] if between and start == 0 else ""
            if home and is_street_address(home, True) and not named_as_a_business(text[:end]):
                offset = segment.text.find(text)
                analysis.add("name", segment, offset + start, offset + end, _WHY)
                analysis.add("address", segment, offset + between.end(), offset + len(text), _WHY)
            break


def _program_pages(analysis: Analysis) -> set:
    """The pages that are a utility program's: a title or a heading naming one, or a utility matter's words on the
    page; not an event's, a contest's or a grant's page (its title or a heading says so)."""
    titled, other = {}, set()
    utility = analysis.cues.any("utility matter")
    for segment in analysis.document.segments:
        if _TITLE_ELEMENT.search(segment.location.element or ""):
            page = page_of(segment)
            if NOT_A_PROGRAM.search(segment.text):
                other.add(page)
            elif UTILITY_PROGRAM.search(segment.text) or utility:
                titled[page] = True
    return {page for page in titled if page not in other}
