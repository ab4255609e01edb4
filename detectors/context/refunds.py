"""Refunds to utility customers in a payment register: a warrant or check register's row that pays a person back a
utility deposit or an overpayment ("SOTO, ANA | DEPOSIT REFUND - 1208 Elm St - #12-345678-90 | 501-0000-22410 |
$84.10"). Cities publish these registers every month for the council to ratify, the vendors' invoices on the rows
around: the payee of such a row is the utility's customer, and the service or mailing address, phone and account
number the row gives are theirs (PCE-01 4.1), though no column says "customer" and the account may not be there."""
from __future__ import annotations

import re

from ..model import Segment
from .analysis import Analysis, Cell, Line
from .shapes import COLUMN_GAP, column_gap, span, street_addresses

# the words of a payment that gives money back: a refund, an overpayment, a credit balance ("CR BAL")
_REFUND = re.compile(r"(?i)\b(?:refund\w*|overpa(?:id|yment)|cr(?:edit)?\.?\s+bal(?:ance)?)\b")
# what says the money was held on a utility account: a deposit, an overpaid bill, a credit, the account itself, its
# closing or final bill, the utility or its services ("UB REFUND", "Refund of deposit", "CLOSED ACCT CREDIT REFUND")
_UTILITY_CUE = re.compile(r"(?i)\b(?:deposits?|overpa(?:id|yment)|credit|cr|ub|utility|utilities|water|sewer|refuse|"
                          r"trash|electric\w*|cca|acct|account|cust(?:omer)?|final\s+bill|closed|svc)\b")
# the other refunds a city pays residents: a hall's or a park's rental deposit, a permit's, a licence's or a class's
# fee, a bond, a citation, an ambulance transport (a patient's bill), a business's or a property's tax: no utility
# account is behind them
_OTHER_REFUND = re.compile(r"(?i)\b(?:rent(?:al|als|ed)?|reservations?|facility|park|picnic|pavilion|hall|room|field|"
                           r"cleaning|permits?|licen[cs]es?|business|class(?:es)?|program|registration|tuition|camp|"
                           r"recreation|aquatics?|swim\w*|league|membership|excursion|trip|"
                           r"bonds?|construction|encroachment|grading|hydrant|plan\s+check|inspection|citations?|"
                           r"parking|tickets?|towing|impound|alarm|court|restitution|ambulance|paramedic|ems|"
                           r"transport|bid|library|event|bail|jury|(?:property|sales|occupancy)\s+tax)\b")
# an account number in a refund's words: after "UB", "Acct", "Account" or a bare "#" ("- #12-345678-90"); not a
# check's, a warrant's, an invoice's or a purchase order's number after its own word
_ACCOUNT_IN_REFUND = re.compile(r"(?i)(?<![\w-])(?:(?:ub|acct|account|a/c)\.?[ \t]*(?:no\.?|#)?[ \t]*:?[ \t]*|"
                                r"(?<!check )(?<!chk )(?<!ck )(?<!warrant )(?<!inv )(?<!invoice )(?<!po )#[ \t]*)"
                                r"(\d[\d \t-]{4,18}\d)(?![\w-])")
_MIN_DIGITS, _MAX_DIGITS = 6, 16


def refunds_a_customer(text: str) -> bool:
    """Whether a register's cell says the payment gives a utility customer money back (``_UTILITY_CUE``), not a
    rental deposit or a permit fee (``_OTHER_REFUND``, read outside the cell's street addresses: "Park Ave",
    "Brightwater Court" are streets)."""
    if not (_REFUND.search(text) and _UTILITY_CUE.search(text)):
        return False
    words = "".join(" " if any(m.start() <= i < m.end() for m in street_addresses(text)) else ch
                    for i, ch in enumerate(text)) if any(ch.isdigit() for ch in text) else text
    return not _OTHER_REFUND.search(words)


def refund_row(analysis: Analysis, pieces: list[tuple[Segment, int, int, str]], why: str) -> bool:
    """Adds the payee's name and the contacts and accounts of a register's row (``pieces``: each cell's segment,
    span and column label) that refunds a utility customer; True if it does. The payee is the row's one private
    person's name (a firm, the City or a public official is none); two names make no payee. A row giving no home,
    contact or account beside the name is left as it is: the register's payee list, its ledger codes."""
    if not any(refunds_a_customer(segment.text[a:b]) for segment, a, b, _ in pieces):
        return False
    names = [Cell("name", segment, a, b, label) for segment, a, b, label in pieces
             if analysis.sniff(segment.text[a:b]) == "name"]
    names = [c for c in names if analysis.names_person(c)]
    if len(names) != 1:
        return False
    cells = list(names)
    for segment, a, b, label in pieces:
        if segment is names[0].segment and (a, b) == (names[0].start, names[0].end):
            continue
        kind = analysis.sniff(segment.text[a:b])
        if kind in ("address", "phone", "email"):
            cells.append(Cell(kind, segment, a, b, label))
            continue
        cells += [Cell(k, s, start, end, label) for k, s, start, end in analysis.contact_fields([Line(segment, a, b)])
                  if k != "usage"]
        cells += [Cell("number", segment, *m.span(1), label) for m in _ACCOUNT_IN_REFUND.finditer(segment.text, a, b)
                  if _MIN_DIGITS <= sum(ch.isdigit() for ch in m.group(1)) <= _MAX_DIGITS]
    if len(cells) == 1:
        return False  # the payee's name alone beside "UTILITY DEPOSIT REFUND": no home, contact or account of theirs
    for c in cells:
        analysis.add(c.kind, c.segment, c.start, c.end, analysis.reason(why, c.label))
    return True


def text_rows(analysis: Analysis) -> None:
    """A register laid out in text (a PDF's warrant register, its columns apart by tabs or wide gaps) whose header
    names no customer's field ("Warrant # | Payee | Description | Amount"): each line that refunds a customer is a
    row, its cells split at the column gaps."""
    for line in analysis.free_lines:
        if not column_gap(line.text) or not refunds_a_customer(line.text):
            continue
        text, pieces, start = line.segment.text, [], line.start
        for gap in [*COLUMN_GAP.finditer(text, line.start, line.end), None]:
            end = gap.start() if gap else line.end
            a, b = span(text, start, end)
            if a < b:
                pieces.append((line.segment, a, b, ""))
            start = gap.end() if gap else end
        refund_row(analysis, pieces, "row of a register refunding a utility customer")
