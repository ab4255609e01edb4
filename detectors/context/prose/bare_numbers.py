"""A record's bare numbers: 7 to 16 digits with no label (or an ESI ID, or a number in brackets right
after a word) that are no phone, date or other identifier, in a record an identifier ties; but not under a
caption or a header that names another kind of number (a bank's routing number, a check number).
"""
from __future__ import annotations

import re

from ...labels import OTHER_LABELS, is_date, is_ledger_account
from ...model import Segment
from ..analysis import Analysis, Line
from ..headers import header_kind
from ..shapes import BANK_ROUTING, ESI_ID, phone_spans, property_parcel


# the prefix of a number that is no account's: a purchase order's, an invoice's, a work order's, a service request's or
# a ticket's ("SR-240812-0117"), a parcel's, a bid's, a ledger's
_OTHER_NUMBER_PREFIX = r"(?:PO|INV|WO|SR|TKT|REQ|APN|BP|RFP|RFQ|GL)"
# a number of 7 to 16 digits, in groups or not, maybe after a billing system's prefix ("SVC-6209514300"),
# standing alone between a record's separators ("Name / 8047 4919 4579 1 / 626.391.2619"); a sentence's numbers
# (dates, amounts, ticket numbers) stand in words, not alone
# a field of a record between separators, a printout's runs of two spaces or more among them
_BARE_NUMBER = re.compile(r"(?:^|(?<=[/;|\u2013\u2014\u00b7\t])|(?<=\s[-,])|(?<=\S  ))\s*"
                          rf"((?:(?!{_OTHER_NUMBER_PREFIX}-)[A-Z]{{2,4}}-)?\d[\d .-]{{5,22}}\d)"
                          r"(?:\s*(?=$|[/;|\u2013\u2014\u00b7\t]|[-,]\s)|(?=[ \t]{2,}\S))")


# a billing system's number in brackets after a customer's name, as a field note copies it: "(ABMU6729371)",
# "(79 741237 85)", "(RF-134643)"
# (not a purchase order's, an invoice's, a work order's or a parcel's: "(PO45001234)")
_BRACKETED_AFTER_WORD = re.compile(rf"(?<=[A-Za-z])[ \t]*\([ \t]*((?!{_OTHER_NUMBER_PREFIX}-?\d)"
                                   r"(?:[A-Z]{1,5}-?)?\d[\d .-]{4,20}\d)[ \t]*\)")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # 20250112
_CASE_NUMBER = re.compile(r"(?:[A-Z]{2,4}-)?(?:19|20)\d\d-\d{3,6}")  # a year and a sequence: "WO-2024-0012"
_LOCAL_PHONE = re.compile(r"\d{3}[-. ]\d{4}")  # 555-0147
# a run of digits a billing matter is "on" or "for" in a customer's record ("regarding the levelized payment plan on
# 4706342596", "the balance on 3290117754"): the account it is on, though ten digits read as a phone's too; no one
# writes a phone so
_BILLED_ON = re.compile(r"(?i:\b(?:payment\s+(?:plan|arrangement)|balance|bill|charges|deposit|credit|past[\s-]+due"
                        r"(?:\s+amount)?)\s+(?:on|for)\s+)(\d[\d-]{5,18}\d)(?![\w-])")
# a bare number right before another identifier's label, a note's fields written one after another with no separator
# ("Eli Kasayulie 7125-759889 ITIN 912-78-4411"): the record's account
_BEFORE_ID_LABEL = re.compile(r"(?<=[^\W\d] )(\d[\d-]{5,20}\d)(?=[ \t]+(?:ITIN|SSN|S\.S\.N\.|EIN|DOB)\b)")


# the name of a meta tag in which a page names its site to a web service: Facebook's app and page ids (fb:app_id),
# App Links' store ids (al:ios:app_store_id), a social card's account id (twitter:site:id), a search engine's or a
# network's site-verification token (google-site-verification, msvalidate.01), an analytics or ad pixel's id
_SERVICE_META = re.compile(r"(?i)^(?:fb|al|twitter)\b|(?:verification|verify|validate)\b|"
                           r"\b(?:analytics|pixel|tracking id|measurement id|tag manager|itunes app|play app)\b")


def bare_numbers(analysis: Analysis, piece: Line) -> list[tuple[int, int]]:
    """The record's fields that are a bare number of 7 to 16 digits (or an ESI ID), or of 6 and more in brackets right after a
    word ("OKAFOR, CHINONSO (ABMU6729371) - tech found ..."): no phone, date or identifier found already, and no
    parcel's number under a text table's APN column."""
    text = piece.segment.text
    if piece.segment.hidden == "meta tag" and _SERVICE_META.search(piece.segment.label or ""):
        return []  # the site's own number at a web service, beside a meta tag that names a customer
    found = []
    matches = [(m, 7) for m in _BARE_NUMBER.finditer(text, piece.start, piece.end)]
    matches += [(m, 7) for m in _BEFORE_ID_LABEL.finditer(text, piece.start, piece.end)]
    matches += [(m, 6) for m in _BRACKETED_AFTER_WORD.finditer(text, piece.start, piece.end)
                if not property_parcel(text, m.start())]  # not a hearing's property's parcel
    billed = [(m, 7) for m in _BILLED_ON.finditer(text, piece.start, piece.end)]
    for m, fewest in matches + billed:
        start, end = m.span(1)
        digits = re.sub(r"\D", "", m.group(1))
        if ((fewest <= len(digits) <= 16 or ESI_ID.fullmatch(digits)) and not _LOCAL_PHONE.fullmatch(m.group(1)) and not is_date(m.group(1))
                and not _CASE_NUMBER.fullmatch(m.group(1)) and not is_ledger_account(m.group(1))
                and not _COMPACT_DATE.fullmatch(digits) and ((m, fewest) in billed and m.group(1).isdigit() or not phone_spans(text, start, end))
                and not analysis.anchors_in(piece.segment, start, end)
                and not analysis.in_parcel_column(piece.segment, start, end)
                and not _under_routing_caption(analysis, piece.segment, start)
                and not _under_another_numbers_header(analysis, piece.segment, start)):
            found.append((start, end))
    return found


# a line that is a name and a number and nothing more, apart by a slash, a bar, a comma, a colon or a dash ("Ana Ruiz /
# 8000 3902 5621", "RUIZ, ANA | 800896608651"): an entry of a list of customers and their accounts
_NAME_AND_NUMBER = re.compile(r"\s*[^\W\d][^\d\n]{2,60}?\s*[/|,:\u2013\u2014-]\s*#?\s*(\d[\d -]{6,20}\d)\s*")


def listed_accounts(analysis: Analysis, pieces: list[Line]) -> list[tuple]:
    """The bare numbers of a record's lines that are a name and a number and nothing more (``_NAME_AND_NUMBER``), in a
    record an identifier ties: each line of a list of customers and their accounts ("Ana Ruiz / 8000 3902 5621" over
    "Jo Lee / 700224137564"), whose numbers the record reports as accounts (``bare_numbers``), ties the name on its own
    line as the identifier does on its line."""
    found = []
    for piece in pieces:
        entry = _NAME_AND_NUMBER.fullmatch(piece.segment.text, piece.start, piece.end)
        if entry and entry.span(1) in bare_numbers(analysis, piece):
            found.append((piece.segment, *entry.span(1)))
    return found


def _header_above(analysis: Analysis, segment: Segment, start: int) -> str | None:
    """The header cell over the number at ``start`` in a row of tab-separated cells (the line above's cell in the
    same column), or None when the line above gives none for that column."""
    header = analysis.facts.header_cells_above(segment)
    column = segment.text.count("\t", 0, start)
    return header[column] if header and column < len(header) else None


def _under_routing_caption(analysis: Analysis, segment: Segment, start: int) -> bool:
    """Whether the number at ``start`` fills a bank's routing field: its cell's caption in the line above names it
    ("FINANCIAL INSTITUTION | ABA ROUTING #" over "Bank of America | 026009593", a box form's captions), or its own
    field's label does. A routing number is the bank's public identifier, no customer's, in a customer's form."""
    caption = _header_above(analysis, segment, start)
    caption = segment.label if caption is None else caption
    return bool(caption) and BANK_ROUTING.search(caption) is not None


def _under_another_numbers_header(analysis: Analysis, segment: Segment, start: int) -> bool:
    """Whether the number's cell in a row of tab-separated cells stands under a header naming another kind of number
    and no customer's field ("Check No.", "Warrant #", "Invoice"): a register's check number beside its payee; a
    case log's "Case" or a permit's number, a public listing's column, beside the customer it is about."""
    header = _header_above(analysis, segment, start)
    return bool(header) and bool(OTHER_LABELS.search(header)) and header_kind(header)[0] in (None, "veto")
