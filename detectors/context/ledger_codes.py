"""A city's general-ledger account codes written in an SSN's shape, fund-department-object ``NNN-NN-NNNN``
("101-41-5110", "400-43-2935"): a budget book, a staff report's fiscal impact, an appropriation table or a GL export
writes them by the hundred, and none is a person's Social Security number.

A code in that shape is the City's ledger account, not an SSN, where what stands around it says so:

- the sentence books money to it: an account's word right before it ("under account 400-43-2935", "charged to GL
  ...", "budgeted in ...", a staff report's "Funding source: ...") in a sentence about a budget, funding, an appropriation, a transfer, an expenditure or a
  revenue; or a fund's name right after it ("310-52-8820 (Sewer Capital)", "... - General Fund");
- its column names the ledger ("GL", "Acct", "Account", "Fund-Dept-Obj", "Org/Object", "Budget Acct"), or its row
  gives a line item's description and an amount on a page that reads as a budget;
- its row gives a line item and an amount, and the document's codes share its fund: three codes or more open with the
  same three digits and two of them with the same five (a fund and a department), as no set of people's SSNs does;
- the document is a budget book or a financial report (an adopted or proposed budget, a CAFR or ACFR, a capital
  improvement program), by its address or its opening lines.

Not where the number is a person's: an SSN's own label (the SSN detector keeps a labelled number), a person's
identifier words just before or after it ("SSN", "Social Security", "TIN", "W-9", "date of birth", "the employee's"), a
column of a person's field in its row (a name, a phone, an address, an identifier, usage), or a private person named in
its line or row (a vendor row paying an individual, a payroll record) unless a fund's name follows the code; a
sentence about a customer's account ("Customer ... account ...", "her balance", "budget billing") is no budget's.

Cost: only a value in the dashed 3-2-4 form is asked about; the document's funds and whether it is a budget book are
worked out once per document, the names of a line once per line and only where the rest says ledger.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

from ..model import Document

_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")
_CODE = re.compile(r"(?<![\w.-])(\d{3})-(\d{2})-\d{4}(?![\w-])")
_CODES_SHARING_A_FUND = 3  # codes opening with the same three digits, two of them with the same five

# an account's word, or a verb booking money, or a fiscal impact's "Funding source:", right before the code (after any
# codes listed before it: "accounts 101-41-5110 and 101-41-5120")
_ANCHOR_BEFORE = re.compile(
    r"(?i)(?:\b(?:accounts?|accts?\.?|a/c|gl|g/l|general\s+ledger|ledger|line[\s-]items?|funding\s+source|"
    r"source\s+of\s+funds|budget(?:\s+(?:line|unit|"
    r"code|org))?|org(?:anization)?(?:\s+(?:key|code))?|object(?:\s+code)?|fund|cost\s+cent(?:er|re))"
    r"(?:\s+(?:no\.?|nos\.?|numbers?|#|code|string|key))?"
    r"|\b(?:budgeted|appropriated|charged|coded|posted|expensed|encumbered|funded|transfer(?:red)?|allocated|"
    r"booked|recorded|paid|included|available)(?:\s+(?:\w+\s+){0,3}?(?:from|to|in|into|under|against|through|"
    r"within))?(?:\s+(?:the\s+)?(?:budget|line[\s-]item|accounts?|acct\.?|gl|fund))?)"
    r"\s*[:#]?\s*(?:(?:\d{3}-\d{2}-\d{4}|\d{2,5}(?:[-.]\d{2,6}){1,3})\s*(?:,|;|and|or|&|/)?\s*)*$")
_ANCHOR_REACH = 60
# what the sentence is about: money booked to the City's ledger
_BUDGET_SENTENCE = re.compile(r"(?i)\b(?:budget(?!\s+billing)\w*|fund(?:s|ed|ing)?|appropriat\w*|expenditures?|expenses?|"
                              r"revenues?|transfer\w*|line[\s-]items?|fiscal|fy\s?\d{2}|general\s+ledger|gl|g/l|"
                              r"encumb\w*|allocat\w*|capital|cip|costs?|purchase\s+orders?|contracts?)\b")
_SENTENCE_REACH = 250
# a fund's name right after the code: "(Sewer Capital)", "(General Fund)", " - Water Enterprise Fund"
_FUND_AFTER = re.compile(
    r"\s*(?:\(\s*(?:[A-Za-z][\w&'./-]*\s+){0,5}(?:fund|capital|enterprise|reserves?|cip|grants?|operations|"
    r"maintenance|improvements?|projects?)\s*\)|[-\u2013\u2014,]\s*(?:the\s+)?(?:[A-Za-z][\w&'./-]*\s+){1,5}fund\b)",
    re.IGNORECASE)
# a column of the City's ledger, whatever it is called: "GL", "Acct", "Account No.", "Fund-Dept-Obj", "Org/Object"
_LEDGER_HEADER = re.compile(
    r"(?i)^\s*(?:gl|g/l|general\s+ledger|ledger|acct\.?|accounts?|account\s+(?:no\.?|number|#|code|string)|"
    r"acct\.?\s*(?:no\.?|#|code)|fund(?:\s*[-/]\s*(?:dept|department|org|program|div)\.?)*(?:\s*[-/]\s*(?:obj|object|"
    r"acct|account)\.?)?|org(?:anization)?(?:\s*[-/]\s*(?:obj|object|acct|account)\.?)?|object(?:\s+code)?|"
    r"budget\s+(?:acct|account|code|line|org|unit)|(?:gl|g/l|ledger|expense|expenditure|revenue)\s+(?:acct\.?|account|"
    r"code|string)|line\s+item|cost\s+cent(?:er|re))\s*(?:#|no\.?|number)?\s*$")
# a cell of a line item's description, and one of an amount ("$12,500", "(1,200.00)", "45000")
_DESCRIPTION = re.compile(r"[A-Za-z]{3,}")
_AMOUNT = re.compile(r"\(?-?\$?\s?\d{1,3}(?:,\d{3})+(?:\.\d{2})?\)?|\(?-?\$\s?\d+(?:\.\d{2})?\)?|-?\d{3,}(?:\.\d+)?")
_CELLS = re.compile(r"\t| {2,}|\s\|\s")
# a person's identifier or record beside the number: it is theirs whatever the page
_PERSONS_WORDS = re.compile(r"(?i)\b(?:ssns?|s\.s\.n|ss\s*#|social\s+security|soc\.?\s+sec|tin|itin|taxpayer|w-?9|"
                            r"date\s+of\s+birth|dob|birth\s*date|employee['\u2019]s|payee['\u2019]s|claimant|beneficiary|"
                            r"spouse|seguro\s+social)\b")
# a customer's or a person's account the sentence may tell of: only a ledger's row or document makes it the City's
# (not a staff member's department: "her department's funding is in account ...")
_CUSTOMERS_WORDS = re.compile(r"(?i)\b(?:customers?|customer['\u2019]s|ratepayers?|account\s+holders?|callers?|"
                              r"residents?|tenants?|homeowners?|(?:his|her|their|my|your)(?!\s+(?:department|division|"
                              r"office|team|staff|unit|program|budget)\b))\b")
_PERSONS_WORDS_REACH = 120
# a budget book or a financial report, by its address or its opening lines; a year's budget of one kind or one
# department ("FY 2026-27 Utilities Budget", "FY25 Parks Operating Budget"), not a utility's budget billing plan
_BUDGET_BOOK = re.compile(r"(?i)\b(?:(?:adopted|proposed|recommended|approved|amended|operating|biennial|annual|capital|"
                          r"preliminary|final)[\s_-]+budget|budget[\s_-]+(?:book|document|in[\s_-]+brief|detail)|cafr|"
                          r"acfr|(?:comprehensive[\s_-]+annual|annual[\s_-]+comprehensive)[\s_-]+financial[\s_-]+report|"
                          r"capital[\s_-]+improvement[\s_-]+(?:program|plan)|financial[\s_-]+(?:report|statements)|"
                          r"fy[\s_-]?\d{2,4}(?:[\s_-]+\d{2,4})?[\s_-]+(?:[a-z&]+[\s_-]+){0,2}budget(?![\s_-]+billing))")
_OPENING_SEGMENTS = 40
_TITLE_LENGTH = 100
# a budget's file by its year ("budget-fy2025.pdf", "Budget_2024-25.pdf"); not "budget-billing.html", a utility's plan
_BUDGET_FILE = re.compile(r"(?i)budget[\s_-]*(?:fy)?[\s_-]*(?:19|20)?\d{2}(?:[\s_-]+\d{2,4})?\.(?:pdf|xlsx?|csv|docx?)\b")
# the columns of a person's record (``headers.header_kind``): another account column is a ledger's too ("Org | Object |
# Account"), a customer's table has a name, a home, a phone or the usage beside it
_PERSONS_COLUMNS = frozenset({"name", "identifier", "address", "phone", "email", "contact", "usage"})


def ledger_account_code(candidate) -> bool:
    """The SSN detector's filter: a valid SSN in the dashed 3-2-4 form, with no SSN label, that is the City's
    general-ledger account (``ledger_code``)."""
    return candidate.shape.name == "3-2-4" and not candidate.label and ledger_code(candidate)


def ledger_code(candidate) -> bool:
    """Whether a value written ``NNN-NN-NNNN`` is the City's general-ledger account (see the module's docstring),
    whatever detector asks: the SSN detector of an unlabelled one, the account detector of one under a plain account's
    label ("Acct" over a GL export's column, "Acct. No. 205-47-6610" in a fiscal impact)."""
    facts = candidate.facts
    if facts is None or not _SSN_SHAPE.fullmatch(candidate.value):
        return False
    text, start, end = candidate.text, candidate.start, candidate.end
    line_start = max(text.rfind("\n", 0, start) + 1, start - _SENTENCE_REACH)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + _SENTENCE_REACH)
    if _PERSONS_WORDS.search(text, max(line_start, start - _PERSONS_WORDS_REACH), min(line_end, end + 60)):
        return False
    if _FUND_AFTER.match(text, end, min(line_end, end + 60)):
        return True
    line = text[line_start:line_end]
    if (_ANCHOR_BEFORE.search(text, max(line_start, start - _ANCHOR_REACH), start) is not None
            and _BUDGET_SENTENCE.search(line) is not None and _CUSTOMERS_WORDS.search(line) is None):
        return not _beside_a_person(candidate, line)
    if not (_in_a_ledger_table(candidate) or facts.computed(reads_as_budget_book) or (
            candidate.value[:3] in facts.computed(ledger_funds) and _in_a_row_of_amounts(candidate))):
        return False
    return not _beside_a_person(candidate, line)


# a budget's amount column: "FY25 Adopted", "Proposed", "2023-24 Actual", "Amended Budget", "Appropriation"
_BUDGET_AMOUNT_COLUMN = re.compile(r"(?i)\b(?:adopted|proposed|actuals?|budget(?:ed)?|appropriations?|estimated?|"
                                   r"projected|amended|requested|recommended|revised)\b")


def budget_line_item(candidate) -> bool:
    """Whether a number of any dashed form, a utility account's too ("2-15-227-5210"), is a budget line item's
    ledger account: under a column naming the ledger ("Account Number", "GL Account") in a row that gives the line
    item's description and its amounts under a budget's columns ("FY25 Adopted", "Proposed"), on a page that reads as a
    budget, no person's field or name in the row. A city that numbers its funds with one digit writes its ledger in
    the utility's customer form; no customer's account is a budget's line."""
    facts, segment = candidate.facts, candidate.segment
    if facts is None or not segment.label or not _LEDGER_HEADER.match(segment.label):
        return False
    record = facts.record_of(segment)
    if record is None or candidate.page not in facts.budget_pages or not any(
            _BUDGET_AMOUNT_COLUMN.search(field.label or "") for field in record.fields if field is not segment):
        return False
    return _in_a_row_of_amounts(candidate) and not _beside_a_person(candidate, "")


def _in_a_ledger_table(candidate) -> bool:
    """A cell under a column naming the ledger, or a row giving a line item's description and an amount on a page
    that reads as a budget."""
    facts, segment = candidate.facts, candidate.segment
    header = segment.label or candidate.header_above
    if header and _LEDGER_HEADER.match(header):
        return True
    return candidate.page in facts.budget_pages and _in_a_row_of_amounts(candidate)


def _in_a_row_of_amounts(candidate) -> bool:
    """A table's row (a record's fields, or a line's cells) giving a line item's description and an amount beside the
    code."""
    segment = candidate.segment
    record = candidate.facts.record_of(segment) if segment.label else None
    if record is not None:
        cells = [field.text for field in record.fields if field is not segment]
    else:
        line_start = segment.text.rfind("\n", 0, candidate.start) + 1
        line_end = segment.text.find("\n", candidate.end)
        line = segment.text[line_start:line_end if line_end >= 0 else len(segment.text)]
        cells = [cell for cell in _CELLS.split(line.replace(candidate.value, "\t")) if cell.strip()]
    return (any(_DESCRIPTION.search(cell) for cell in cells)
            and any(_AMOUNT.fullmatch(cell.strip()) for cell in cells))


def _beside_a_person(candidate, line: str) -> bool:
    """A person's field in the code's row (another column's header naming one), or a private person named in its row
    or its line."""
    from .headers import header_kind
    from .persons import named_officially

    segment, facts = candidate.segment, candidate.facts
    texts = [line]
    record = facts.record_of(segment) if segment.label else None
    if record is not None:
        for field in record.fields:
            if field is not segment and header_kind(field.label or "")[0] in _PERSONS_COLUMNS:
                return True
        texts = [field.text for field in record.fields if field is not segment]
    return any(not named_officially(text, a, b) for text in texts for a, b in facts.per_text(_names, text))


def _names(text: str) -> list[tuple[int, int]]:
    from .persons import names_in

    return names_in(text, anchored=True)


def ledger_funds(document: Document) -> frozenset[str]:
    """The funds (first three digits) the document's codes in the 3-2-4 form share: three codes or more with the same
    three, two of them with the same five (a fund's department). People's SSNs share an area number now and then, a
    fund and a group hardly ever."""
    codes: dict[str, set[str]] = {}
    for segment in document.segments:
        if "-" not in segment.text:
            continue
        for match in _CODE.finditer(segment.text):
            codes.setdefault(match.group(1), set()).add(match.group(0))
    funds = set()
    for fund, found in codes.items():
        if len(found) >= _CODES_SHARING_A_FUND and len({code[:6] for code in found}) < len(found):
            funds.add(fund)
    return frozenset(funds)


def reads_as_budget_book(document: Document) -> bool:
    """Whether the document is a budget book or a financial report: its address or a title line among its opening
    lines says so (a short line, no sentence: a staff report's "Funding is included in the adopted budget" is none,
    nor a site's menu link to the budget page)."""
    if _BUDGET_BOOK.search(unquote(document.url)) or _BUDGET_FILE.search(unquote(document.url)):
        return True
    titles = [segment.text for segment in document.segments[:_OPENING_SEGMENTS]
              if not (segment.chrome or segment.hidden) and len(segment.text) <= _TITLE_LENGTH
              and not segment.text.rstrip().endswith(".")]
    return _BUDGET_BOOK.search("\n".join(titles)) is not None
