"""Customers' service, billing and mailing addresses (PCE-01 4.1, rule 6.3).

A street address alone is not a finding: a city site is full of facility, project and meeting
addresses. An address counts in a customer context only (``detectors.context``): a customer record's
address column, a label block ("Service Address: ..."), a letter's address block, the body of a letter
to a customer ("your home at 2250 N Garey Ave", also where a PDF's line break cut it: "your service at 1227 West
Holt" / "Avenue and ..."), a paragraph tying a person to an identifier or usage, a
list of people. usaddress checks each candidate:
it must have a street number and a street name (and, in running text, a street type such as Ave or
St); a labelled mailing address may be a P.O. Box. Never findings: the City's facility addresses
(``public_contacts``), and in a letter's text an address named as a facility's or an office's ("the
Library, 625 S. Garey Ave", "our office at ...") or inside an ``<address>`` element.

No options.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .context import CustomerContext, CustomerDataDetector
from .context.lists import business_name
from .context.shapes import (address_across, before_next_column, is_street_address, parcel_not_premises,
                             street_addresses)
from .masking import mask_digits, mask_words
from .model import Document, Finding
from .public_contacts import FACILITY_CUE, canonical_address, in_address_element, public_cue, street_key

_HOUSE_NUMBER = re.compile(r"\s*\d{1,6}[A-Za-z]?\s*")  # a house number's column of its own
# in a letter's text, a firm's place: "The contractor, Ardeno Plumbing, Inc. (EIN ...), is located at ...", and a
# firm's name right before "at" ("Tresca Valley Hardware at 1405 Foothill Blvd, ... donated the heaters")
_SENTENCE_START = re.compile(r".*(?:[.!?]\s+(?=[A-Z])|\n)", re.DOTALL)
_FIRM_WORD = re.compile(r"(?i)\b(?:inc|llc|llp|ltd|corp|corporation|company|contractor|vendor|firm|store|shop)\b")
_LOCATED_AT = re.compile(r"(?i)\b(?:located|based|headquartered|offices?)\s+(?:at|on)\s*$")
_NAME_BEFORE_AT = re.compile(r"((?:[A-Z][\w'&-]*\s+){1,4}?[A-Z][\w'&-]*)\s+at\s*$")
# a doctor and their practice right before the address, as a medical certification is cited: "The certifying
# physician, Dr. Samuel Osei, Kaiser Permanente Claremont, 250 W. San Jose Ave., signed the form": the practice's
_PRACTICE_BEFORE = re.compile(r"\bDr\.?\s+(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*\s*,\s*(?:[A-Z][\w'&.-]*\s+){0,5}"
                              r"[A-Z][\w'&.-]*\s*,\s*$")


def _firms_address(text: str, start: int) -> bool:
    """Whether the sentence before an address in a letter's text gives it as a firm's place: "is located at" after a
    firm's word, or a business's name right before "at" (a letter to a customer also names the contractor or the
    store that helped them, or the doctor who certified them; their addresses are no customer's)."""
    before = text[max(0, start - 200):start]
    cut = _SENTENCE_START.match(before)
    sentence = before[cut.end():] if cut else before
    if (_LOCATED_AT.search(sentence) and _FIRM_WORD.search(sentence)) or _PRACTICE_BEFORE.search(before):
        return True  # (the doctor's title read as a sentence's end: the words before the address are searched)
    name = _NAME_BEFORE_AT.search(sentence)
    return bool(name) and business_name(name.group(1))


# lower-case words and a figure after a street address: the rest of its line is prose about another field ("billed 296
# kWh"), not more of the address
_PROSE_AFTER = re.compile(r"[ \t]+[a-z]{3,}(?:[ \t]+[a-z]+){0,3}[ \t]+\d")


def _address_before_prose(text: str, start: int, end: int) -> re.Match | None:
    """The street address a labelled value opens with when the line goes on in prose after it ("8990 Alvarado Ranch
    Rd billed 1741 kWh" after a label without a colon): the label's value runs to the next label, the address ends
    at its street, and the figure after it is the usage's."""
    start += len(text[start:end]) - len(text[start:end].lstrip())
    lead = next(iter(street_addresses(text, start, end)), None)
    return lead if lead and lead.start() == start and _PROSE_AFTER.match(text, lead.end(), end) else None


def _chrome_addresses(document: Document, context: CustomerContext) -> set[str]:
    """The addresses a page's header or footer gives ("City of Red Butte · 420 N. Copper Ave., Red Butte, NM"): the
    office's own, also where a notice repeats it in its body under a customer's paragraph, whole or by its number and
    street alone ("The cashier windows at 420 N. Copper Ave accept checks"). Not a header or footer that holds a
    customer's record itself."""
    records = {id(f.segment) for f in context.fields}
    found = [m.group() for s in document.segments if s.chrome and id(s) not in records
             for m in street_addresses(s.text, 0, len(s.text))]
    return {canonical_address(a) for a in found} | {street_key(a) for a in found}


# a unit of a building after its street: "Apt 3", "Unit 8", "#314", "Ste 204", "Space 144"
_UNIT_AFTER_STREET = re.compile(r"(?i)\b(?:apt|apartment|unit|ste|suite|spc|space|bldg|building|fl|floor|rm|room|"
                                r"trlr|lot)\b|#")


def _chrome_address(address: str, chrome: set[str]) -> bool:
    """Whether ``address`` is one the page's header or footer gives (``_chrome_addresses``): the same whole, or its
    number and street with no unit of its own (a home in the building is someone's)."""
    return canonical_address(address) in chrome or (
        street_key(address) in chrome and not _UNIT_AFTER_STREET.search(address))


# a house number's column ("HOUSE_NUM1", "House No", "Street #"), not a phone's area code's or a unit count's
_HOUSE_NUMBER_LABEL = re.compile(r"(?i)house|hse|street[\s_]*(?:no|num|#)|^\s*(?:no|num|nbr|#)\.?\s*$")


# a ZIP code's column ("Svc Addr Zip", "POST_CODE1"): its number is no house number the next column's words go on from
_ZIP_COLUMN = re.compile(r"(?i)(?:\b|_)(?:zip|zipcode|postal|post[\s_]?code)(?:\b|_|\d)")


# a unit alone in the column after the house number's (SAP's HOUSE_NUM2 "APT 346", "#5"): the street follows it
_UNIT_CELL = re.compile(r"(?i)\s*(?:(?:apt|apartment|unit|ste|suite|spc|space|bldg|building|fl|floor|rm|room|trlr|"
                        r"trailer|lot)\.?\s*#?|#)\s*[a-z0-9-]{1,6}\s*")


class AddressDetector(CustomerDataDetector):
    category = "address"
    severity = "high"
    rule = "PCE-01 6.3"

    def scan(self, document: Document, context: CustomerContext) -> Iterator[Finding]:
        previous = ""
        following = None
        chrome = None  # the addresses the page's header and footer give, read at the first candidate

        def public(address: str) -> bool:
            nonlocal chrome
            if self.contacts.address_is_public(address):
                return True
            chrome = _chrome_addresses(document, context) if chrome is None else chrome
            return _chrome_address(address, chrome)

        for f in context.of_kind("address", "zone"):
            if f.kind == "address":
                following = following if following is not None else document.next_lines()
                rest = following.get(id(f.segment))
                if rest is not None and _UNIT_CELL.fullmatch(rest.text) and following.get(id(rest)) is not None:
                    rest = following[id(rest)]  # SAP's HOUSE_NUM1 | HOUSE_NUM2 | STREET: "3357 | APT 346 | ELM ST"
                cut = (rest is not None and not before_next_column(f.segment.text[f.end:]).strip()
                       and not _ZIP_COLUMN.search(f.segment.label or "") and address_across(f.text, rest.text[:60]))
                lead = _address_before_prose(f.segment.text, f.start, f.end)
                if lead:  # "Svc Addr 8990 Alvarado Ranch Rd billed 1741 kWh": a run-together record's line goes on
                    if not public(lead.group()):
                        yield self.finding(f.segment, *lead.span(), why=f.why, normalized=canonical_address(lead.group()))
                    continue
                if is_street_address(f.text, labelled=True) and not (cut and cut[0] == 0):
                    if not public(f.text):
                        yield self.finding(f.segment, f.start, f.end, why=f.why, normalized=canonical_address(f.text))
                    continue
                if cut and cut[0] == 0:  # "My bill at 17324" / "Montecito Blvd went up": one address on two lines
                    # ("on 13821 Sycamore" / "Canyon Circle, ...": a street's name cut, not a typeless street)
                    whole = f"{f.text} {rest.text[:cut[1]]}"
                    if is_street_address(whole, labelled=True) and not public(whole):
                        yield self.finding(f.segment, f.start, f.end, why=f.why, normalized=canonical_address(whole),
                                           continued=rest, continued_end=cut[1])
                elif rest is not None and _HOUSE_NUMBER.fullmatch(rest.text) and not f.text.strip()[:1].isdigit() and (
                        rest.label is None or _HOUSE_NUMBER_LABEL.search(rest.label)):  # not AREA_CD's "626"
                    # a billing export's street column before its house number's (SAP's STREET | HOUSE_NUM1)
                    whole = f"{rest.text.strip()} {f.text}"
                    if is_street_address(whole, labelled=True) and not public(whole):
                        yield self.finding(f.segment, f.start, f.end, why=f.why, normalized=canonical_address(whole),
                                           continued=rest, continued_end=len(rest.text))
                continue
            if not in_address_element(f.segment.location.element):
                found = []
                for m in street_addresses(f.segment.text, f.start, f.end):
                    found.append(m.span())
                    if parcel_not_premises(f.segment.text, m.start(), m.end()):
                        continue  # a hearing's property in a letter's text, named by its APN (not a lien's account's)
                    before = f.segment.text[max(f.start, m.start() - 40):m.start()]
                    cue = " ".join((before if before.strip() else previous).split()[-5:])
                    if (not public_cue(cue, cue=FACILITY_CUE) and not _firms_address(f.segment.text, m.start())
                            and not public(m.group())):
                        yield self.finding(f.segment, *m.span(), why=f.why, normalized=canonical_address(m.group()))
                if f.end == len(f.segment.text.rstrip()) or f.end == len(f.segment.text):
                    following = following if following is not None else document.next_lines()
                    yield from self._wrapped_in_zone(f, following.get(id(f.segment)), found, public)
            previous = f.text

    def _wrapped_in_zone(self, f, rest, found: list[tuple[int, int]], public) -> Iterator[Finding]:
        """The address a line break cut at the end of a letter's line ("... for your service at 1227 West Holt" /
        "Avenue and found ..."): one address on two lines, which neither line holds whole."""
        if rest is None:
            return
        cut = address_across(f.segment.text[f.start:f.end], rest.text[:60])
        if not cut:
            return
        start = f.start + cut[0]
        whole = f"{f.segment.text[start:f.end].rstrip()} {rest.text[:cut[1]]}"
        if any(a <= start < b for a, b in found) or not is_street_address(whole, labelled=False) or public(whole):
            return
        before = f.segment.text[max(f.start, start - 40):start]
        if public_cue(" ".join(before.split()[-5:]), cue=FACILITY_CUE) or _firms_address(f.segment.text, start):
            return
        yield self.finding(f.segment, start, f.end, why=f.why, normalized=canonical_address(whole),
                           continued=rest, continued_end=cut[1])

    def mask(self, value: str) -> str:
        """Every digit hidden: an address's numbers are no check digits ("**** W H*** A** U*** ***", not the
        unit number and the house number's last digit that the last four digits would show)."""
        return mask_words(mask_digits(value, keep_last=0))
