"""A business a page presents with its contacts: a newsletter's "Local business feature", a directory's shop.

A firm's name, address, phone and mailbox are public: it publishes them to be found. What gives a business away on
the line that presents it is a cue naming it one ("Local business feature:", "Business spotlight"), a mailbox of a
role at a domain of its own ("info@saffronkitchen.com", "orders@..."), which a firm has and a person has not (a
person's mailbox at a consumer provider or a government's role mailbox is no firm's), a name of a business's shape
opening it ("Ortega's Tamales", "Marigold Kitchen"), or the next sentence describing a business as a review site does
("Family-owned Oaxacan restaurant ...", "Open daily ..."). The customer stories beside it stay customers': only the
line or sentence that presents the business is the business's.
"""
from __future__ import annotations

import re

from ..public_contacts import PERSONAL_DOMAINS, is_institutional_domain, is_role_mailbox
from .persons import trade_name
from .shapes import EMAIL_RE, MAIL_HINT, plain_email

# what a newsletter or a directory calls the business it presents ("Local business feature:", "Business spotlight",
# "Shop local:", "Negocio local destacado")
_BUSINESS_CUE = re.compile(r"(?i)\b(?:(?:local|small|featured|member|minority[- ]owned|women[- ]owned)\s+businesse?s?|"
                           r"business\s+(?:features?|spotlights?|profiles?|of\s+the\s+(?:month|week))|shop\s+local|"
                           r"negocios?\s+(?:locale?s?|destacados?))\b")
# where one line or sentence of running text ends and the next begins ("... info@saffronkitchen.com. PCE customer")
_SENTENCE_END = re.compile(r"\n|(?<=[.!?])\s+(?=[A-Z\u00c0-\u00de])")
# the name a sentence opens with, after a title before a colon ("Spotlight: Ortega's Tamales, 1450 ...")
_LEAD_NAME = re.compile(r"\s*(?:[^:\n,]{1,40}:\s+)?(?P<name>[^,(\n\u2013\u2014]{3,60}?)\s*(?:,|\(|\s[-\u2013\u2014]\s)")
# a name opening with a possessive: a business named after its owner ("Ortega's Tamales", "Rosie\u2019s Diner"); no
# one's own name does (a person's possessive follows their whole name: "Ana Ruiz's PCE account")
POSSESSIVE_NAME = re.compile(r"[A-Z][\w-]*['\u2019]s\s+[A-Z&]")
# a sentence describing a business as a review site does, opening the sentence after its contacts: how it is owned,
# what kind of place it is, when it is open ("Family-owned Oaxacan restaurant serving ...", "Open daily 7-3"); not a
# sentence about someone ("Her family-owned bakery ...")
_DESCRIPTION = re.compile(
    r"(?i)\s*(?:(?:an?|the|this)\s+)?(?:(?!(?:her|his|their|its|my|our|your)\b)[\w-]+\s+){0,2}?"
    r"(?:(?:family|locally|veteran|woman|women|minority|employee|independently)[- ]owned\b|"
    r"(?:neighbou?rhood|local|beloved|popular|award[- ]winning)\s+(?:restaurant|bakery|caf[e\u00e9]|shop|store|salon|"
    r"diner|market|taqueria|brewery|boutique|grocer)|"
    r"open\s+(?:daily|every\s+day|seven\s+days|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b[^.\n]{0,30}?\d|"
    r"hours\s*:)")


def _business_contact(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` presents a business (see the module)."""
    end = len(text) if end is None else end
    if _BUSINESS_CUE.search(text, start, end):
        return True
    lead = _LEAD_NAME.match(text, start, end)
    if lead and (POSSESSIVE_NAME.match(lead["name"]) or trade_name(lead["name"])):
        return True
    if not MAIL_HINT.search(text, start, end):
        return False
    for m in EMAIL_RE.finditer(text, start, end):
        local, _, domain = plain_email(m.group()).lower().rpartition("@")
        if domain not in PERSONAL_DOMAINS and not is_institutional_domain(domain) and is_role_mailbox(local):
            return True
    return False


def business_listings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the lines and sentences of ``text[start:end]`` that present a business, or that the sentence
    after them describes as one."""
    bounds, begin = [], start
    for m in [*_SENTENCE_END.finditer(text, start, end), None]:
        bounds.append((begin, m.start() if m else end))
        begin = m.end() if m else end
    return [(a, b) for k, (a, b) in enumerate(bounds) if _business_contact(text, a, b) or (
        k + 1 < len(bounds) and _DESCRIPTION.match(text, *bounds[k + 1]))]
