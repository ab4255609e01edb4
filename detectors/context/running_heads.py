"""The customer a document's running head or footer files it under, and what its body tells of that customer.

Staff file a memo about one customer's case under the customer: Word repeats its page header on every page
("CONFIDENTIAL - Re: Ana Ruiz / 8001234567") and its footer prints the file's name and the number to call the customer
back at ("File: RUIZ_ACP-123-45678-K.docx | printed 2024-10-04 | cb (909) 555-0142"). No label calls the number an
account, and the body then speaks of "the customer in the header" without naming them again ("... usage of 331 kWh in
June is impossible because the house at 12 Elm St was vacant"). So, in a page header or footer (a Word, OpenDocument or
RTF section's, not a web page's banner):

- "Re: NAME / NUMBER", "Dispute file: NAME / NUMBER" (a slash, a dash, a bar or a comma between): the person and their
  account;
- a file name SURNAME_NUMBER.ext: the account its surname files it under (a surname the lists lack when the body calls
  someone by it with a courtesy title: "Mr. Adeyemi"), and the phone after "cb" or "call back" in the same line, the
  customer's call-back number;
- and where the head names such a customer, the body's paragraphs that speak of the customer (or she, he, they) and
  give both a home's street address and a household's consumption: that customer's home and usage; and a body line
  labelled as a home ("Service address: 12 Elm St"): that customer's premise;
- a phone right after the name of a customer the body names ("Plan approved for Ana Ruiz - (909) 555-0142"): theirs;
- where the head files the document under a premise's, a meter's or an account's number the identifier detectors
  found ("METER EXCHANGE EXCEPTION - Premise P8160475 / Meter 3S4185791"), the street address of the body's
  paragraph on "the occupant" or "the customer": the premise's service address.

Not an office's running head ("City of Pomona - Finance Department", "Resolution 2024-115 | Page 3"), a name filed
beside a date, a year or a public record's number (a resolution's, an order's, a permit's), or an official's name.
"""
from __future__ import annotations

import re

from ..labels import CALL_BACK_WORDS
from ..public_contacts import FACILITY_CUE
from ..vocabulary import common_word, fold, surnames
from .analysis import Analysis
from .cues import COURTESY_TITLES
from .persons import named_officially, person_name
from .shapes import consumption_spans, phone_spans, street_addresses

# a section's page header or footer, as the Word, OpenDocument and RTF readers locate it ("header, section 1, ...")
_RUNNING = re.compile(r"(?:header|footer)s?\b[ ,]")
# a number an account is written as: a few capitals or none, then six digits or more in groups, maybe a check letter
# ("8001234567", "2-77-719-3168", "ACP-584-83546-P", "AC4003688U")
_NUMBER = r"(?:[A-Z]{1,4}[-\u2010-\u2013]?)?\d(?:[-\u2010-\u2013 ]?\d){5,15}(?:[-\u2010-\u2013]?[A-Z])?"
# "Re: NAME / NUMBER", "Dispute file: NAME / NUMBER": the case the head files the document under
_FILED_AS = re.compile(rf"(?i:\bre|\bregarding|\bsubject|\bcustomer|\bcase|\bfile)\s*:\s*"
                       rf"(?P<name>[^/|,\u2013\u2014\n]{{3,60}}?)"
                       rf"\s*(?:/|\||,|[-\u2013\u2014]\s)\s*(?P<value>{_NUMBER})(?![\w-])")
# a file's name made of a surname and a number: "RUIZ_8001234567.docx", "Ruiz-ACP-123-45678-K.pdf"
_FILE_NAME = re.compile(rf"(?<![\w.-])(?P<surname>[A-Z][A-Za-z'\u2019]{{1,30}})[_ ]+(?P<value>{_NUMBER})"
                        rf"\.(?i:docx?|pdf|rtf|odt|txt|xlsx?|msg|eml)\b")
# the number to call a customer back at: "cb", "CBR", "call back", "callback #"
_CALL_BACK = re.compile(rf"(?i)\b(?:{CALL_BACK_WORDS})\b(?:\s*(?:no\.?|number|#|:))?\s*$")
# a public record's or an order's letters before its number, a date's or a year's digits: no account
_PUBLIC_NUMBER = re.compile(r"(?i)^(?:po|inv|res|ord|wo|cip|rfp|rfq|bld|gl|apn|case|cs|dr|fy|pmt|pw|cup|ce|agr|"
                            r"contract|permit)\b|^(?:19|20)\d\d(?:[-\u2010-\u2013 ]?\d)*$")
# the customer the body's paragraph speaks of, by that word or a pronoun
# a body line opening with the label of a home: the service address of the case the head files the document under
_HOME_LABEL = re.compile(r"(?i)\s*(?:service|svc|premise|premises|home|residence)\s+(?:address|addr\.?|location)\s*:")
_SPEAKS_OF_CUSTOMER = re.compile(r"(?i)\b(?:customer|ratepayer|account\s?holder|she|he|they|her|his|their)\b")
# a courtesy title before a surname
_COURTESY = rf"(?:{COURTESY_TITLES})"
_HOUSEHOLD_KWH = 10_000  # more than a home uses in a month or a year's bill: a building's figure


def find(analysis: Analysis) -> None:
    running = [s for s in analysis.document.segments
               if s.label is None and _RUNNING.match(s.location.element or "")]
    if not running:
        return
    filed = False
    customers = {f.segment.text[f.start:f.end] for f in analysis.context.fields
                 if f.kind == "name" and not _RUNNING.match(f.segment.location.element or "")}
    for segment in running:
        filed |= _filed_as(analysis, segment)
        _file_name(analysis, segment)
        _customers_phone(analysis, segment, customers)
    if filed:
        _body_of_the_case(analysis)
    if any(a.kind == "account" for s in running for a in analysis.anchors_in(s)):
        _premises_of_the_case(analysis)


def _account_like(value: str) -> bool:
    return not _PUBLIC_NUMBER.search(value)


def _filed_as(analysis: Analysis, segment) -> bool:
    """The "Re: NAME / NUMBER" of a running head: the name and the number; whether one was found."""
    text, found = segment.text, False
    for match in _FILED_AS.finditer(text):
        name = match.group("name").strip()
        start = match.start("name") + match.group("name").index(name)
        if not _account_like(match.group("value")) or not person_name(name) \
                or named_officially(text, start, start + len(name)):
            continue
        analysis.add("name", segment, start, start + len(name), "customer a document's running head files it under")
        analysis.add("number", segment, match.start("value"), match.end("value"),
                     "account a document's running head files it under")
        found = True
    return found


def _file_name(analysis: Analysis, segment) -> None:
    """A footer's file name SURNAME_NUMBER.ext: the number, and the call-back phone of the same line."""
    text = segment.text
    for match in _FILE_NAME.finditer(text):
        surname = match.group("surname").title()
        if not _account_like(match.group("value")) or _PUBLIC_NUMBER.search(surname) or common_word(surname) \
                or fold(surname) not in surnames() and not _addressed_by_surname(analysis, surname):
            continue
        analysis.add("number", segment, match.start("value"), match.end("value"),
                     "account a file's name in the running footer files a customer's document under")
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        for start, end in phone_spans(text, line_start, len(text) if line_end < 0 else line_end):
            if _CALL_BACK.search(text, line_start, start):
                analysis.add("phone", segment, start, end, "customer's call-back number in a running footer")


# what parts a name from the phone right after it in a running head: "Plan approved for Ana Ruiz - (909) 555-0142"
_NAME_THEN_PHONE = re.compile(r"[ \t]*(?:[-\u2013\u2014/|,:][ \t]*|(?:cb|tel|ph|phone)\.?[ \t]*[#:]?[ \t]*)$", re.I)


def _customers_phone(analysis: Analysis, segment, customers: set[str]) -> None:
    """A phone right after the name of a customer the body names, in a running head or footer ("Plan approved for
    Ana Ruiz - (909) 555-0142"): the customer's, whom staff file the document under with the number to reach them."""
    text = segment.text
    for start, end in phone_spans(text):
        before = text[text.rfind("\n", 0, start) + 1:start]
        gap = _NAME_THEN_PHONE.search(before)
        named = before[:gap.start()] if gap else ""
        if gap and any(named.endswith(name) and (len(named) == len(name) or not named[-len(name) - 1].isalpha())
                       for name in customers):
            analysis.add("phone", segment, start, end, "phone beside the customer a document's running head names")


def _addressed_by_surname(analysis: Analysis, surname: str) -> bool:
    """Whether the document's body calls someone by the file name's surname with a courtesy title ("Mr. Adeyemi
    (Wendell) has asked ..."): a surname the lists lack ("Adeyemi", "Okonkwo") is a person's by that."""
    titled = re.compile(rf"\b{_COURTESY}\.?[ \t]+{re.escape(surname)}\b")
    return any(titled.search(s.text) for s in analysis.document.segments
               if not _RUNNING.match(s.location.element or ""))


def _body_of_the_case(analysis: Analysis) -> None:
    """The body's paragraphs that speak of the customer the running head names and give a home and its usage."""
    for segment in analysis.document.segments:
        element = segment.location.element or ""
        if segment.label is not None or _RUNNING.match(element) or "table" in element:
            continue
        text = segment.text
        if (labelled := _HOME_LABEL.match(text)) is not None:  # "Service address: 12 Elm St, ...": the case's premise
            for home in street_addresses(text, labelled.end()):
                analysis.add("address", segment, home.start(), home.end(),
                             "home of the customer a document's running head names")
            continue
        if not _SPEAKS_OF_CUSTOMER.search(text):
            continue
        figures = [(a, b) for a, b in consumption_spans(text) if _household(text[a:b])]
        homes = street_addresses(text)
        if not figures or not homes:
            continue
        for home in homes:
            analysis.add("address", segment, home.start(), home.end(),
                         "home of the customer a document's running head names")
        for start, end in figures:
            analysis.add("usage", segment, start, end, "usage of the customer a document's running head names")


# the party of a case filed under its premise, meter or account, named by that word in the body: "The occupant refused
# access ... side entrance on 21532 Cypress St", "the customer at ..."
_SPEAKS_OF_PARTY = re.compile(r"(?i)\b(?:the|this)\s+(?:customer|ratepayer|account\s?holder|occupant|tenant|resident|"
                              r"homeowner|property\s+owner)s?\b")


def _premises_of_the_case(analysis: Analysis) -> None:
    """A document whose running head files it under a premise's, a meter's or an account's number (an account the
    identifier detectors found in the header or footer: "METER EXCHANGE EXCEPTION - Premise P8160475 / Meter
    3S4185791"): the street address its body's paragraph on the case's party ("the occupant", "the customer") gives is
    that premise's, the party's service address. Not an office's, a facility's or a firm's address the paragraph
    gives ("pay at City Hall, 505 S Garey Ave"), nor a paragraph that speaks of no party."""
    why = "service address of the premise a document's running head files it under"
    for segment in analysis.document.segments:
        element = segment.location.element or ""
        if segment.label is not None or _RUNNING.match(element) or "table" in element or segment.hidden:
            continue
        text = segment.text
        if not _SPEAKS_OF_PARTY.search(text):
            continue
        for home in street_addresses(text):
            if analysis.contacts.address_is_public(home.group()) or FACILITY_CUE.search(
                    text, max(0, home.start() - 40), home.start()):
                continue
            analysis.add("address", segment, home.start(), home.end(), why)


def _household(figure: str) -> bool:
    number = re.match(r"\d[\d,]*", figure)
    return bool(number) and not re.search(r"(?i)[mgt]wh", figure) \
        and int(number.group().replace(",", "") or 0) < _HOUSEHOLD_KWH
