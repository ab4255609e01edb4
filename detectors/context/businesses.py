"""A business a page presents with its contacts: a newsletter's "Local business feature", a directory's shop.

A firm's name, address, phone and mailbox are public: it publishes them to be found. What gives a business away on
the line that presents it is a cue naming it one ("Local business feature:", "Business spotlight"), or a mailbox of a
role at a domain of its own ("info@saffronkitchen.com", "orders@..."), which a firm has and a person has not (a
person's mailbox at a consumer provider or a government's role mailbox is no firm's). The customer stories beside
it stay customers': only the line or sentence that presents the business is the business's.
"""
from __future__ import annotations

import re

from ..public_contacts import PERSONAL_DOMAINS, is_institutional_domain, is_role_mailbox
from .shapes import EMAIL_RE, MAIL_HINT, plain_email

# what a newsletter or a directory calls the business it presents ("Local business feature:", "Business spotlight",
# "Shop local:", "Negocio local destacado")
_BUSINESS_CUE = re.compile(r"(?i)\b(?:(?:local|small|featured|member|minority[- ]owned|women[- ]owned)\s+businesse?s?|"
                           r"business\s+(?:features?|spotlights?|profiles?|of\s+the\s+(?:month|week))|shop\s+local|"
                           r"negocios?\s+(?:locale?s?|destacados?))\b")
# where one line or sentence of running text ends and the next begins ("... info@saffronkitchen.com. PCE customer")
_SENTENCE_END = re.compile(r"\n|(?<=[.!?])\s+(?=[A-Z\u00c0-\u00de])")


def business_contact(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` presents a business (see the module)."""
    end = len(text) if end is None else end
    if _BUSINESS_CUE.search(text, start, end):
        return True
    if not MAIL_HINT.search(text, start, end):
        return False
    for m in EMAIL_RE.finditer(text, start, end):
        local, _, domain = plain_email(m.group()).lower().rpartition("@")
        if domain not in PERSONAL_DOMAINS and not is_institutional_domain(domain) and is_role_mailbox(local):
            return True
    return False


def business_listings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the lines and sentences of ``text[start:end]`` that present a business."""
    spans, begin = [], start
    for m in [*_SENTENCE_END.finditer(text, start, end), None]:
        stop = m.start() if m else end
        if business_contact(text, begin, stop):
            spans.append((begin, stop))
        begin = m.end() if m else end
    return spans
