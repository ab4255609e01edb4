"""Land-use cases: an application's applicant and a public hearing notice's parties ("NOTICE OF PUBLIC
HEARING. Application: CUP ... Applicant: NAME, ADDR, ..."), and the holders of a permit or a reservation, are
a public case's parties, not a customer's record, unless a utility matter stands near them (a bill, a meter,
an arrearage plan).
"""
from __future__ import annotations

import re

from ..analysis import Analysis, Line, page_of
from ..cues import ACCOUNT_WORDS, BILL_WORDS, SHUT_OFF_WORDS
from .. import lists
from ..public_roles import LAND_USE_PARTY, holds_a_permit


# a land-use application a planning report, a hearing notice or a permit log names: a use permit, a variance, a plan
# review, a map, a zone change, a building permit, or its case number ("CUP 2024-095", "VAR-24-012"); and a staff
# report's words for the project and its review: the applicant proposes improvements or a project, environmental
# review (CEQA, an exemption, a negative declaration), the zoning, the parcel (APN) and its setbacks, and the
# project's or the applicant's architect, engineer, agent or consultant
_LAND_USE_APPLICATION = re.compile(
    r"(?i)\b(?:propos(?:es|ed|ing)\s+(?:(?:\w+\s+){0,3}(?:improvements|additions?|remodel|renovation|construction|"
    r"development|subdivision|project)|to\s+(?:construct|build|demolish|subdivide|add|convert|remodel))|"
    r"environmental\s+(?:review|assessment|impact\s+report)|ceqa|categorical(?:ly)?\s+exempt\w*|"
    r"(?:mitigated\s+)?negative\s+declaration|zon(?:ing|ed)|setbacks?|parcels?|apn|"
    r"(?:project|applicant[\u2019']?s)\s+(?:applicant|owner|site|architect|engineer|agent|consultant|representative)s?|"
    r"(?:conditional|minor|major|special|temporary)\s+use\s+permits?|variances?|"
    r"(?:design|development|site|architectural)\s+(?:plan\s+)?review|site\s+plans?|zone\s+changes?|rezon\w*|"
    r"(?:general|specific)\s+plan\s+amendments?|(?:tentative|final|vesting)\s+(?:tract|parcel)\s+maps?|"
    r"lot\s+(?:line\s+adjustments?|splits?|mergers?)|subdivisions?|"
    r"(?:building|grading|demolition|sign|encroachment|zoning)\s+permits?|entitlements?|"
    r"(?-i:CUP|MUP|DPR|VAR|TTM|TPM|ZC|GPA)[\s#-]*\d{2,4}-?\d{2,4})\b")
# a customer's own account in the same words: an account, a bill, a shutoff (a variance appeal of a billing dispute)
_CUSTOMERS_ACCOUNT = re.compile(rf"(?i)\b(?:{ACCOUNT_WORDS}|{BILL_WORDS}|{SHUT_OFF_WORDS}|arrears|"
                                r"past[\s-]+due|payment\s+(?:plan|arrangement)s?)\b")


# how far from a party's record the words of a utility matter make it a utility case: the paragraphs around it
_UTILITY_REACH = 1500
# the heading of an agenda item, an attachment or an exhibit opening its line: a packet's items are apart ("ITEM 9:
# ARREARAGE MANAGEMENT UPDATE", "Agenda Item No. 4", "ATTACHMENT C -- CORRESPONDENCE", "Exhibit B")
_ITEM_HEADING = re.compile(r"(?im)(?:^|(?<=\x00))[ \t]*(?:(?:agenda[ \t]+)?item[ \t]+(?:no\.?[ \t]*|number[ \t]+|#[ \t]*)?"
                           r"\d{1,3}[a-z]?\b|(?:attachment|exhibit|appendix)[ \t]+[a-z\d]{1,3}\b)")


def utility_matter_near(analysis: Analysis, pieces: list[Line]) -> bool:
    """Whether words of a utility matter (a bill, a meter, an arrearage plan) stand near the pieces: in the paragraphs
    around them (``_UTILITY_REACH``), on their page of a PDF and in their agenda item or attachment (``_ITEM_HEADING``).
    A packet's energy item makes no customers of the zoning items' applicants, project sites and consultants pages
    before it; a bill appeal's party, their bill told in the next paragraph, is a customer."""
    begin = analysis.offset(pieces[0].segment) + pieces[0].start
    end = analysis.offset(pieces[-1].segment) + pieces[-1].end
    low, high = max(0, begin - _UTILITY_REACH), end + _UTILITY_REACH
    if not analysis.cues.any("utility matter", low, high):
        return False
    for heading in _ITEM_HEADING.finditer(analysis.joined, low, high):
        if heading.end() <= begin:
            low = heading.start()
        elif heading.start() >= end:
            high = heading.start()
            break
    page = page_of(pieces[0].segment)
    return any(page_of(analysis.locate(position)[0]) == page
               for position in analysis.cues.find("utility matter", low, high))


def land_use_application(pieces: list[Line]) -> bool:
    """Whether the pieces tell a land-use application ("The applicant, Ana Ruiz of Ruiz Design, requests approval
    of a Conditional Use Permit ...") and no customer's account or bill: its applicant, the property's owner and the
    project's address are a public record, though the report's conditions send the applicant to the utility about
    the service drop."""
    text = " ".join(p.text for p in pieces)
    return bool(_LAND_USE_APPLICATION.search(text)) and not _CUSTOMERS_ACCOUNT.search(text)


def land_use_told(text: str) -> bool:
    """Whether ``text`` tells a land-use application (``_LAND_USE_APPLICATION``)."""
    return bool(_LAND_USE_APPLICATION.search(text))


def land_use_party(analysis: Analysis, pieces: list[Line], names: list[tuple]) -> bool:
    """Whether the pieces are a land-use case's party's line (see ``public_roles.LAND_USE_PARTY``), or every name in
    them is labelled as such a party right before it ("NOTICE OF PUBLIC HEARING. Application: CUP ... Applicant: NAME,
    ..."), in a document that tells a land-use application (``_LAND_USE_APPLICATION``) and in words of no customer's
    account or bill: the applicant's phone and mailbox in a staff report or a hearing notice are a public record, as
    the project's address is."""
    text = " ".join(p.text for p in pieces)
    labelled = LAND_USE_PARTY.match(pieces[0].text) or names and all(
        _party_labelled(segment.text, start) for segment, start, _ in names)
    return bool(labelled) and not _CUSTOMERS_ACCOUNT.search(text) and land_use_told(analysis.joined)


_PARTY_LABEL_REACH = 40  # from a party's label to the name it opens: "Property owner / Applicant: "


def _party_labelled(text: str, start: int) -> bool:
    """Whether a land-use party's label ends right before the name at ``start``."""
    return any(not text[label.end():start].strip()
               for label in LAND_USE_PARTY.finditer(text, max(0, start - _PARTY_LABEL_REACH), start))


def permit_holders(analysis: Analysis, names: list[tuple]) -> bool:
    """Whether every name is labelled the holder of a permit or a reservation in a list of them (a picnic shelter's
    "Renter:", a special event's "Permit holder:"; ``public_roles.holds_a_permit``): no party of a utility case."""
    return all(holds_a_permit(s.text, start, lists.list_lead(analysis, s)) for s, start, _ in names)
