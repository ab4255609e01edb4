"""Records in tables: HTML and Word table rows, CSV and spreadsheet rows, definition lists.

The column headers say what a row is: a customer record ties a person or a contact to an account, a
service address or usage (Customer Name | Service Address | Account # | kWh); a staff roster (Title,
Department, District ...) or a facility list (Facility, Park, Hours ...) is a public listing. Rows without
headers are judged by their values' shapes (a name, a street address and a phone). A row holding a
personal identifier (an account number, an SSN) is a customer record whatever its headers say, as soon as
it names a person: one customer row added to a public roster is a leak in a public table (so is a row whose
cell calls the person a customer). Usage tables
(Month | kWh) count on a page that names a customer or an account (``usage_histories``, run last). A table
laid out in text (a PDF row, a fixed-width export: columns apart by a tab or a wide gap) is read row by row
around the identifiers in it (``text_rows``). A pivot of usage by person (customers' names as its column headers,
kWh in its grid) gives each name's usage. A data dictionary (Field | Type | Description | Example) describes a file's
fields: its placeholders in capitals ("LAST, FIRST", "HOUSE NO + STREET", "0.000") are no customer's values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Record, Segment
from ..labels import has_stand_in, is_ledger_account
from ..public_contacts import FACILITY_CUE, PERSONAL_DOMAINS, is_test_fixture
from .analysis import Analysis, Cell, Line, page_of
from .cues import (ASSISTANCE_NAMES, ASSISTANCE_PLANS, CUSTOMER_ROLE, HONORIFICS, NOTICE_CUE_RE, PARTY_ROLE,
                   PUBLIC_PROCESS, SPANISH_TITLES)
from .headers import (OTHER_NUMBER_PREFIX, PERIOD_COUNT, PERSONS_FIELD_KINDS, PLACE_HEADER, call_back_column, columns,
                      header_kind, hired_firms_column, names_in_each_language, names_own_id, organisation_column,
                      own_baseline_column, own_id_prefix, parcel_and_account, parcel_column, person_role_column,
                      program_applicants, program_id_column, program_participants, project_column, public_roster_column,
                      record_field_column, split_words, staff_column, tickets_owner_column, workspace_author_column,
                      verdict_of)
from .headers import firms_column
from .history import dates_an_old_record
from .label_blocks import phones_to_call
from .lists import (BUSINESS_NAME_COLUMN, business_name, business_register, named_as_a_business, vendor_master_list,
                    vendors_block)
from .refunds import refund_row
from .public_holders import (facility_by_column, held_by_city, meeting_hosts, meeting_venue, place_in_places_column,
                             public_holder_row)
from .holder_names import wrapped_holder_name
from .script_holders import holder_reached_at_home, on_a_volunteers_page
from .headerless_people import person_among_people
from .people_columns import name_shaped
from .lone_rows import holder_of_household, household_row
from .place_headings import names_headed_place
from .board_bios import board_members_bio
from .facility_lines import place_columns
from .public_posts import column_of_posts
from .place_surnames import names_a_place
from .glued_cells import unglued_spans
from .short_rows import short_row_labels
from .page_break_tables import header_carried_over, heads_another_part, page_edges, same_shapes
from .persons import (given_and_listed_surname, holders_bracketed_after_accounts, is_place, named_officially,
                      names_in, person_name, probable_kind, trade_name)
from ..translations import to_english
from ..vocabulary import fold, given_names, readable
from .shapes import (CITY_FACILITY, CITY_LINE_RE, COLUMN_GAP, EMAIL_RE, MAIL_HINT, PERIOD, PUBLIC_BODY,
                     STATE_OR_ZIP, STREET_START, USAGE_FIGURE, column_gap,
                     consumption_spans, dialable_beside_account, names_home_equipment, opens_an_address,
                     phone_spans, plain_email, short_coded_account, span, street_addresses)

# a cell that says the row is a customer's, whatever the column ("Customer", "PCE customer", "Account holder")
_CUSTOMER_CELL = re.compile(r"(?i)\s*(?:(?:pce|sce|cca|residential|commercial|current|former|new|electric|utility)\s+)?"
                            r"(?:customer|account\s?holder|ratepayer|cliente)\s*")

# a board's column of the seat each member holds: "Residential ratepayer" under "Seat" is the seat a council appointee
# fills on an advisory committee, not a customer whose record the row is
_SEAT_COLUMN = re.compile(r"(?i)\b(?:seats?|positions?|represent(?:s|ing|ation)|appointment|appointed\s+as|membership)\b")

# what follows the customer word a note opens with: the customer's name ("Cust Choi, Dong-hyun: read ...")
_NAME_AFTER_ROLE = re.compile(r"\.?:?[ \t]+[A-Z\u00c0-\u00d6\u00d8-\u00de][^\W\d_]")  # "Cust Sébastien ..."

# the first cell of a row that sums or averages the rows above it
_AGGREGATE = re.compile(r"(?i)\s*(?:(?:grand|sub)[\s-]?)?totals?\b.*|\s*(?:all|average|avg|mean|median|overall|"
                        r"sum)\b(?:\s+\w+){0,3}\s*:?\s*")
# the first cell of a row of others' figures set beside a customer's to compare: similar homes', neighbours', or an
# average or total of a program, a class or many customers ("NBT program avg (4,912 customers), per month")
_OTHER_HOMES = re.compile(r"(?i)\b(?:(?:similar|efficient|comparable|nearby|other)\s+homes?|neighbou?rs?|peers?)\b")
_AVERAGE_OR_TOTAL = re.compile(r"(?i)\b(?:avg|average|mean|median|totals?)\b")
_MANY = re.compile(r"(?i)\b(?:customers|homes|households|accounts|participants|members)\b")


def _aggregate_row(first: str) -> bool:
    """Whether a row's first cell says its figures sum or average rows, or are others' (``_OTHER_HOMES``, a
    program's or a class's average): no one customer's record or usage."""
    return bool(_AGGREGATE.fullmatch(first) or _OTHER_HOMES.search(first) or _AVERAGE_OR_TOTAL.search(first)
                and (_OTHERS_AVERAGE.search(first) or _MANY.search(first)))


def _total_cell_inside(fields: list[Segment]) -> bool:
    """Whether a cell after a row's first is its total's word alone ("Total", "Grand total"): a sheet's total row
    whose first cells are empty or hold its preparer's note ("| Prepared by Ana Ruiz | Total | | 15,174 |"), the
    label set under the column it sums beside, as an export's footer row is; no one customer's record. A cell before
    it that is a name alone makes it that person's subtotal ("Ruiz, Ana | Total | 1,234"), read as their row."""
    at = next((i for i, f in enumerate(fields) if i and _TOTAL_ROW.fullmatch(f.text)), None)
    return at is not None and not any(person_name(f.text.strip()) for f in fields[:at])


# a usage history's total row ("Total", "Grand total", "Totals:"): the sum of one meter's periods is that meter's usage,
# counted where its rows are (``usage_histories``); an average's row is none
_TOTAL_ROW = re.compile(r"(?i)\s*(?:(?:grand|sub)[\s-]?)?totals?\s*:?\s*")

# a pivot's value column beside a table's rows ("Row Labels | Sum of kWh | Count of Account" right of the detail): its
# figures sum a row label's customers (a rate class's, the grand total), no one customer's; unless the row's label is a
# person ("Ruiz, Ana" under "Row Labels" of a pivot of kWh by customer): then they are that customer's
_PIVOT_SUM = re.compile(r"(?i)\s*(?:sum|count|average|max|min) of \S.*")


def find(analysis: Analysis) -> None:
    tables = _column_kinds(analysis)
    judged = []
    rows = [(record, [f for f in record.fields if not f.chrome and f.text.strip()])
            for record in analysis.document.records]
    for record, fields in _with_continued_cells(rows):
        if fields and _published_listing(analysis, record, fields):
            analysis.context.listing.update(id(f) for f in fields)
        elif fields and (is_test_fixture([f.text for f in fields]) or _test_data_row(fields)):
            continue
        elif fields:
            judged.append((record, fields, _judge_row(analysis, fields, tables)))
    _case_log_entries(analysis, judged)
    _second_lines_of_records(analysis, judged)
    _tables_in_a_customers_row(analysis, judged)
    _comments_on_records(analysis, judged)
    _addressees_of_records(analysis, judged)
    _records_within_a_customer(analysis, judged)
    _transposed_tables(analysis)
    _pivots_of_people(analysis)
    _pivots_grouped_by_person(analysis)
    _single_customer_pivot_rows(analysis)
    _headerless_rows_in_text(analysis, _headed_tables_in_text(analysis))


_ROW_CELL = re.compile(r"(.*) > row (\d+) > cell (\d+)")  # a document table's cell: "table 1 > row 3 > cell 2"


def _with_continued_cells(rows: list[tuple[Record, list[Segment]]]) -> list[tuple[Record, list[Segment]]]:
    """The table rows, a row that only goes on with a cell of the row above joined to it: a Word table whose writer
    put a customer's phone on a row of its own under their address, in the same column ("Liang Xu | 12089 Kingsley Ave
    | 1131 kWh", then " | (562) 635-9218 | "), gives the phone on a row with one cell, under a column the row above
    fills, its first column left empty. Only a lone phone or e-mail goes on so: a totals or a notes row is a row of
    its own."""
    joined: list[tuple[Record, list[Segment]]] = []
    for record, fields in rows:
        cell = _ROW_CELL.fullmatch(fields[0].location.element or "") if len(fields) == 1 else None
        above = [_ROW_CELL.fullmatch(f.location.element or "") for f in joined[-1][1]] if cell and joined else []
        text = fields[0].text.strip() if cell else ""
        if (cell and above and all(above) and cell.group(3) != "1"
                and all(a.group(1) == cell.group(1) for a in above)
                and int(cell.group(2)) == max(int(a.group(2)) for a in above) + 1
                and any(a.group(3) == "1" for a in above) and any(a.group(3) == cell.group(3) for a in above)
                and (EMAIL_RE.fullmatch(text) or phone_spans(text) == [(0, len(text))])):
            joined[-1] = (joined[-1][0], joined[-1][1] + fields)
            continue
        joined.append((record, fields))
    return joined


# a column that says its values are made up for training or testing: "Test account", "Sample customer", "Training
# phone", "Practice acct", "Demo name"
_TEST_COLUMN = re.compile(r"(?i)\s*(?:test|testing|sample|example|training|practice|demo|dummy|fake|mock|fictitious)\b")
# a value that calls itself made up: "TEST CUSTOMER C", "Sample, Jane", "DEMO USER"
_TEST_VALUE = re.compile(r"(?i)(?<![^\W_])(?:test|testing|sample|demo|dummy|fake|placeholder)(?![^\W_])")


def _test_data_row(fields: list[Segment]) -> bool:
    """A row of a training or test table ("Scenario | Test account | Test customer | Test phone": "High bill | 700 000
    0003 | TEST CUSTOMER C | 909-555-0147"): a column says its values are made up, a value says so too or is a
    stand-in ("Jane Sample"), and no value is a real-looking person's name. A real customer pasted under "Test
    customer" ("High bill | 8-003-5220-78 | Ana Ruiz | 909-459-2850") is still a record, as is a sampled row ("Sample
    3 | Ana Ruiz | ...")."""
    if not any(_TEST_COLUMN.match(f.label or "") for f in fields):
        return False
    texts = [f.text for f in fields]
    return any(_TEST_VALUE.search(t) or has_stand_in(t) for t in texts) and not any(
        person_name(t) and not _TEST_VALUE.search(t) and not has_stand_in(t) for t in texts)


# the kinds of a field that are a customer's whatever record holds them
_CUSTOMERS_OWN_KINDS = frozenset({"account", "usage", "identifier"})


def _published_listing(analysis: Analysis, record: Record, fields: list[Segment]) -> bool:
    """Whether a record its page marks up as a business's, an organization's or a public place's (a directory's
    schema.org LocalBusiness with its owner, phone and address), or a row opening with a business's name, is the
    public listing it says it is: none of its fields says "customer" or is named as an account, usage or a personal
    identifier, and the identifier detectors found none in it."""
    return (record.listing or _business_row(fields)) and not any(
        analysis.anchors.get(id(f)) or (kind := header_kind(f.label or ""))[1] or kind[0] in _CUSTOMERS_OWN_KINDS
        for f in fields)


def _business_row(fields: list[Segment]) -> bool:
    """Whether a row of a table without headers opens with a business's name, as a directory's rows do ("Hoang Dental
    Group" over "Owner: ...", then the shop's address, phone and mailbox): the firm's published contacts, at a
    consumer mail provider too. A headed table's columns say what its rows are ("Account type": "Residential
    customer"), and an export's row opening with its account ("E-553108-41") opens with no firm's name."""
    first = fields[0].text.strip().split("\n", 1)[0].strip()
    return (len(fields) > 1 and not any(f.label for f in fields) and not any(c.isdigit() for c in first)
            and not CUSTOMER_ROLE.search(first) and named_as_a_business(first))


# a date in a cell of its own ("10/04", "2026-10-04", "Oct 4", "Jul 9, 2024"): what a case log's entry opens with, what
# dates a usage table's row
_LOG_DATE = re.compile(r"(?i)\s*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}|"
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)"
                       r"(?:\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*")
_LOG_ROWS = 6  # how many entries after a customer's entry a case log goes on with the case


def _case_log_entries(analysis: Analysis, judged: list[tuple]) -> None:
    """A case log as a table of dated entries (Date | Entry): the entries after one that is a customer's record go
    on with that customer's case without naming them again ("10/04 | Read 58213 -> 59877, 1,533 kWh; email sent to
    ..."), so the homes, numbers, mailboxes and usage in them are the customer's, as in a log in running text. An
    entry naming another person, or a row of another table, ends the case."""
    case, left = None, 0
    for record, fields, found in judged:
        table = _record_table(record)
        dated = 2 <= len(fields) <= 3 and bool(_LOG_DATE.fullmatch(fields[0].text))
        if found or not dated or table != case or not left:
            case, left = (table if found and dated else None), _LOG_ROWS
            continue
        left -= 1
        entries = [Line(f, 0, len(f.text)) for f in fields[1:]]
        if any(analysis.private_names_in(f.text) for f in fields[1:]):
            case = None  # another person's entry
            continue
        for kind, segment, start, end in analysis.contact_fields(entries):
            analysis.add(kind, segment, start, end, "a later entry of a customer's case log")


def _second_lines_of_records(analysis: Analysis, judged: list[tuple]) -> None:
    """A customer's row that goes on in the row right under it, its first column left empty: a two-line layout
    whose second line holds the mailing address and contacts (" | Mail to: 4410 Elm St, Ontario, CA | (909) 555-0182
    / ana@mail.com"), or staff's note on the record (" | call back at ... after 5 pm"). The homes, phones and
    mailboxes in it are the customer's, as the row's cells are (not the City's or a firm's, ``contact_fields``).
    Not a row that names a person of its own, nor a row of another table or one set apart from the record."""
    above = None
    for record, fields, found in judged:
        own_labels = [_own_field_label(f.text) for f in fields]
        if (not found and above is not None and above[2] and _record_table(record) == _record_table(above[0])
                and (fields[0].label != above[1][0].label or own_labels[0])
                and analysis.segment_index.get(id(fields[0]), -1) == analysis.segment_index.get(id(above[1][-1]), -2) + 1
                and not any(analysis.private_names_in(f.text) for f in fields)):
            why = "second line of a customer's row, its first column empty"
            if fields[0].label == above[1][0].label:
                why = "second line of a customer's row, each value under its own label"
            for kind, segment, start, end in analysis.contact_fields([Line(f, 0, len(f.text)) for f in fields]):
                if kind in ("address", "phone", "email"):
                    analysis.add(kind, segment, start, end, why)
            for f, label in zip(fields, own_labels):
                for m in street_addresses(f.text):  # the row's own label before the address: "Mail to: 4410 Elm St"
                    if _LABEL_BEFORE.fullmatch(f.text, 0, m.start()) and not analysis.contacts.address_is_public(m.group()):
                        analysis.add("address", f, m.start(), m.end(), why)
                if label and label[0] == "usage":  # "Usage: 1,592 kWh" under the row's address column
                    figure = _FIGURE_ALONE.fullmatch(f.text, label[1])  # its unit cut off into the next column
                    for at, to in consumption_spans(f.text, label[1]) or ([figure.span(1)] if figure else []):
                        analysis.add("usage", f, at, to, why)
        above = (record, fields, found)


def _own_field_label(text: str) -> tuple[str, int] | None:
    """The kind of field a cell's own label opens it with ("Usage: 1,592 kWh", "E-mail: ana@mail.com") and where its
    value starts: a record's line that runs on under columns headed for the line above, a PDF report's second line
    of each customer read as cells of the table's columns."""
    label = _OWN_LABEL.match(text)
    kind = header_kind(label.group(1)) if label else (None, False)
    return (kind[0], label.end()) if kind[0] in ("usage", "phone", "email", "address") else None


_OWN_LABEL = re.compile(r"\s*([A-Za-z][\w .'/-]{0,20}?)\s*:\s*")
_FIGURE_ALONE = re.compile(rf"({USAGE_FIGURE})\s*")


# a table nested in a cell of an outer table's row: the outer row's path, the inner table's after it
# (its outer table's and row's steps: a long path is cut to its last steps, "table:nth-of-type(1) > tr:nth-of-type(3)")
_NESTED_IN_ROW = re.compile(r"(?:.* > )?(table(?::nth-of-type\(\d+\))? > tr(?::nth-of-type\(\d+\))?)"
                            r" > t[dh](?::nth-of-type\(\d+\))? > (?:.* > )?table\b.*")


def _tables_in_a_customers_row(analysis: Analysis, judged: list[tuple]) -> None:
    """A table nested in a cell of a customer's row (the customer's name, home and account in one cell, their
    months in a small "Month | kWh" table in the next): the inner table's usage figures are that customer's, though
    its rows name no one. Only where the outer row, outside the inner table, names a private person beside a
    personal identifier; an inner table beside a ZIP code, a facility or a rate plan gives nothing."""
    inner = [(nested.group(1), fields) for record, fields, found in judged
             if not found and (nested := _NESTED_IN_ROW.fullmatch(fields[0].location.element or ""))]
    if not inner:
        return
    outer: dict[str, list[Segment]] = {row: [] for row, _ in inner}
    for segment in analysis.segments:
        element = segment.location.element or ""
        row = _OUTER_ROW.match(element)
        if row and row.group(1) in outer and " > table" not in element[row.end():]:
            outer[row.group(1)].append(segment)
    customers = {row for row, cells in outer.items()
                 if any(analysis.anchors_in(c, 0, len(c.text)) for c in cells)
                 and any(analysis.private_names_in(c.text) for c in cells)}
    for row, fields in inner:
        for f in fields if row in customers else ():
            if header_kind(f.label or "")[0] == "usage" and _FIGURE.fullmatch(f.text):
                analysis.add("usage", f, 0, len(f.text.rstrip()), "usage in a table within a customer's row")


# a table row's steps (its table's and its own), its cells' after them
_OUTER_ROW = re.compile(r"(?:.*? > )?(table(?::nth-of-type\(\d+\))? > tr(?::nth-of-type\(\d+\))?)(?= > )")
_FIGURE = re.compile(r"\s*\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*|\s*\d+(?:\.\d+)?\s*")


# a short label opening a cell, before its value: "Mail to: ", "Billing addr - "
_LABEL_BEFORE = re.compile(r"\s*[A-Za-z][\w .'/]{0,20}[:\-]\s*")


# a spreadsheet cell's place: its sheet, its column's letters and its row's number ("Rebates!A5")
_SHEET_CELL = re.compile(r"(.+)!\$?[A-Z]{1,3}\$?(\d+)")
_CELL_COMMENT = "cell comment"  # the hidden part a spreadsheet cell's comment, note or annotation is extracted as


def _comments_on_records(analysis: Analysis, judged: list[tuple]) -> None:
    """A reviewer's comment on a cell of a customer's record (Excel's note or threaded comment, an OpenDocument
    annotation, on any cell of the row: "Called Ana Ruiz 909-555-0142 re: duplicate claim", "Landlord is Jo Lee, email
    jo.lee@mail.com") is a note on that record: a private person it names beside their phone, mailbox or home is
    someone the customer's case was handled with (the caller, the landlord, the co-holder), and those details are
    theirs. Contact details naming no one ("Called (323) 562-3537 4/9 - wants paperless bills", "Spouse also on acct;
    alt ph 213-...") are the record's own: the number staff reached the customer at, another one on the account. A
    comment with no contact details ("Verified by K. Asante", "fix typo"), or staff at an extension or the City's
    mailbox ("Call Maria in Finance x4412"), gives nothing; so does a comment on a row of a listing (a contractors'
    sheet), which is no customer's record."""
    comments: dict[tuple[str, str], list[Segment]] = {}
    for segment in analysis.free:
        if segment.hidden == _CELL_COMMENT and (cell := _SHEET_CELL.fullmatch(segment.location.element or "")):
            comments.setdefault(cell.groups(), []).append(segment)
    if not comments:
        return
    for record, fields, found in judged:
        cell = _SHEET_CELL.fullmatch(fields[0].location.element or "") if found else None
        for comment in comments.pop(cell.groups(), ()) if cell else ():
            names = analysis.private_names_in(comment.text)
            # (the names it gives are a person's words, no office's cue: "daughter Sung-ho Park 818-...")
            contacts = [c for c in analysis.contact_fields([Line(comment, 0, len(comment.text))],
                                                           names=[(comment, a, b) for a, b in names])
                        if c[0] in ("address", "phone", "email")]
            if not contacts:
                continue
            why = ("comment on a cell of a customer's record, naming a person beside their contact details" if names
                   else "comment on a cell of a customer's record: the customer's other contact details")
            for start, end in names:
                analysis.add("name", comment, start, end, why)
            for kind, segment, start, end in contacts:
                analysis.add(kind, segment, start, end, why)


_TERM_REACH = 2  # segments back from a record's first value to the text above it: the value's own label term


def _addressees_of_records(analysis: Analysis, judged: list[tuple]) -> None:
    """A letter's address block right above a record of a customer's identifiers in the same card ("Priyanka
    Takahashi" / "2682 W. Pasadena St., Pomona, CA 91768" in a paragraph, then "SSN" | "Service account" in a
    definition list): the record says whose numbers they are, the block above whom the letter is addressed to. Only
    a block of a private person's name and address lines, nothing else, opening the card."""
    for record, fields, found in judged:
        if not found or not any(analysis.anchors_in(f, 0, len(f.text)) for f in fields):
            continue
        at = analysis.segment_index.get(id(fields[0]))
        if at is None:
            continue
        above = next((analysis.segments[k] for k in range(at - 1, max(-1, at - 1 - _TERM_REACH), -1)
                      if analysis.segments[k].text.strip() != (fields[0].label or "").strip()), None)
        if above is None or above.hidden != fields[0].hidden or page_of(above) != page_of(fields[0]):
            continue
        card = (above.location.element or "").rsplit(" > ", 1)[0]
        if not card or not (fields[0].location.element or "").startswith(card + " > "):
            continue
        lines = above.text.split("\n")
        name = lines[0].strip()
        if not (2 <= len(lines) <= 4 and person_name(name, strict=True) and not business_name(name)
                and opens_an_address(lines[1]) and all(opens_an_address(x) or CITY_LINE_RE.fullmatch(x)
                                                       for x in lines[1:])):
            continue
        start = above.text.index(name)
        analysis.add("name", above, start, start + len(name), "name over a customer's record of identifiers")
        analysis.add("address", above, len(lines[0]) + 1, len(above.text.rstrip()),
                     "address over a customer's record of identifiers")


_LIST_STEP = re.compile(r"\[\d+\]")


def _records_within_a_customer(analysis: Analysis, judged: list[tuple]) -> None:
    """The objects of a list inside the JSON object that holds a customer's name (``"customer": {"full_name": ...,
    "authorizedUsers": [{"name": ..., "relationship": "spouse", "phone": ...}]}``): the people and numbers of the
    customer's own record (a spouse on the account, a household member), which a list's objects would otherwise
    leave apart as records naming no account. Not a list named for staff or a public listing ("staffContacts")."""
    names = {id(f.segment) for f in analysis.context.fields if f.kind == "name"}
    owners = {element.rsplit(".", 1)[0] for record, fields, found in judged if found for f in fields
              if id(f) in names and "$" in (element := f.location.element or "")}
    if not owners:
        return
    for record, fields, found in judged:
        element = record.location.element or ""
        owner = next((o for o in owners if element.startswith(o + ".")), None)
        if found or owner is None or any(header_kind(step)[0] in ("veto", "soft")
                                         for step in _LIST_STEP.sub("", element[len(owner) + 1:]).split(".")):
            continue
        cells = [Cell(kind, f, 0, len(f.text), f.label or "") for f in fields
                 if (kind := header_kind(f.label or "")[0] or analysis.sniff(f.text)) in PERSONS_FIELD_KINDS]
        if any(c.kind == "name" and analysis.names_person(c) for c in cells):
            analysis.judge(cells, "within a customer's record: column '{label}'", anchored=True)


def _record_table(record) -> tuple:
    """Where the record's table is: its rows' common element path (a row's path without its own step), its page."""
    element = record.location.element or ""
    return record.location.page, element.rsplit(" > ", 1)[0]


# a pivot's value column named by its measure and its column header: "Sum of kWh (Dakota Varela)" (``measured``)
_MEASURED = re.compile(r"(?P<measure>.+) \((?P<column>[^()]+)\)")


def _pivots_of_people(analysis: Analysis) -> None:
    """A pivot or a cross-tab of usage by person: customers' names as column headers, months or meters down the side,
    kWh in the grid ("Sum of kWh" | "Column Labels" over "Row Labels | Ana Ruiz | Li Wei | Grand Total", or a sheet
    titled "kWh by customer" over "Month | Ana Ruiz | Li Wei"). Each figure under a person's name is that person's
    usage, and the name a customer's. A pivot of council districts, rate classes or programs by month names no
    person, and its figures stay public."""
    headers = _sheet_headers(analysis)
    top: dict[tuple, list[Segment]] = {}  # each table's first row, by its sheet and column headers: under the title
    for record in analysis.document.records:
        fields = [f for f in record.fields if not f.chrome and f.text.strip()]
        if any(f.label and header_kind(f.label)[0] == "name" for f in fields):
            continue  # a column of names ("Customer"): its people are the rows', a header beside it ("HH size") a field's
        first = top.setdefault((_sheet_of(fields[0]), *(f.label for f in fields)), fields) if fields else fields
        titled = None  # whether the table's title says usage, looked up once a row, above the table's first row
        for f in fields:
            label = f.label or ""
            if not _FIGURE.fullmatch(f.text):
                continue
            match = _MEASURED.fullmatch(label)
            if match and header_kind(match["measure"])[0] == "usage":
                label = match["column"]
            elif match or header_kind(label)[0] is not None:
                continue
            else:
                titled = _usage_titled(analysis, first) if titled is None else titled
                if not titled:
                    continue
            header = headers.get((_sheet_of(f), label.strip()))
            if header is None or _measure_header(header.text):
                continue
            name = Cell("name", header, 0, len(header.text), "column header")
            if analysis.names_person(name):
                analysis.judge([name, Cell("usage", f, 0, len(f.text), f.label or "")],
                               "customer's usage in a table by person: column '{label}'")


# a pivot's value column summing a measure over a group's rows: "Sum of kWh", "Max of Usage"
_SUMMED = re.compile(r"(?i)\s*(?:sum|total|max|min) of (?P<measure>\S.*)")


def _pivots_grouped_by_person(analysis: Analysis) -> None:
    """A pivot in Excel's compact form grouped by person: a row holding a customer's name alone under "Row Labels",
    then that customer's months ("Jul-26 | 2872") under it down to the next group or the "Grand Total". Each month's
    figure in a column of usage ("Sum of kWh") is the person's usage, and the name a customer's. A pivot grouped by
    rate class, district or program names no person; one grouped by staff sums no usage."""
    person = None  # the name cell opening the current group
    for record in analysis.document.records:
        fields = [f for f in record.fields if not f.chrome and f.text.strip()]
        head = fields[0] if fields else None
        if head is None or _sheet_of(head) is None:
            person = None
        elif len(fields) == 1:
            cell = Cell("name", head, 0, len(head.text), head.label or "")
            person = cell if analysis.names_person(cell) else None
        elif (person is not None and head.label == person.label and _sheet_of(head) == _sheet_of(person.segment)
              and (_MONTH.fullmatch(head.text) or _LOG_DATE.fullmatch(head.text))):
            usage = [Cell("usage", f, 0, len(f.text), f.label) for f in fields[1:]
                     if f.label and _FIGURE.fullmatch(f.text)
                     and header_kind((m["measure"] if (m := _SUMMED.fullmatch(f.label)) else f.label))[0] == "usage"]
            if usage:
                analysis.judge([person, *usage], "customer's usage in a pivot grouped by person: column '{label}'")
        else:
            person = None


# a pivot's column counting its rows' records: "Count of SA", "Count of Account"
_COUNTED = re.compile(r"(?i)\s*count of \S.*")
_PIVOT_MEASURES = ("count of ", "sum of ", "total of ", "max of ", "min of ")
# what parts a row label's name from the account after it: "Ruiz, Ana (2-41-873-2291)", "Ana Ruiz - 700123456"
_LABEL_ACCOUNT = re.compile(r"\s*(?:[-\u2013\u2014/|:#]\s*)?\(?\s*(?P<account>[^()]+?)\s*\)?\s*")


def _single_customer_pivot_rows(analysis: Analysis) -> None:
    """A pivot's row that sums one record and is labelled with a person: a ZIP's single account shown by name
    ("Quintanilla, Ximena (551 Old Ranch Rd)" | Count of SA 1 | Sum of kWh 12992), or a row label joining a person's
    name and one account's number ("Ruiz, Ana (2-41-873-2291)" | Sum of kWh (Jan) 412 | ...), as a pivot by customer
    and account writes its row field. Each sum is that customer's usage, the label their name, and the home or the
    account in it theirs. A row of a ZIP, a class or a street counting one account names no person; a row of an
    account manager (staff) sums many accounts and shows none of them; a pivot of staff sums no usage."""
    if not any(word in analysis.lower for word in _PIVOT_MEASURES):
        return  # no pivot's measure column: the records are not read again
    for record in analysis.document.records:
        fields = [f for f in record.fields if not f.chrome and f.text.strip()]
        if len(fields) < 2:
            continue
        usage = [Cell("usage", f, 0, len(f.text), f.label) for f in fields
                 if _FIGURE.fullmatch(f.text) and (m := _SUMMED.fullmatch(f.label or ""))
                 and header_kind(m["measure"])[0] == "usage"]
        head = fields[0]
        names = [Cell("name", head, a, b, head.label or "") for a, b in names_in(head.text, anchored=True)[:1]]
        if not usage or not names or not analysis.names_person(names[0]):
            continue
        accounts = _account_after_name(head, names[0])
        if not accounts and not any(_COUNTED.fullmatch(f.label or "") and f.text.strip() == "1" for f in fields):
            continue
        homes = [Cell("address", head, m.start(), m.end(), head.label or "")
                 for m in street_addresses(head.text, names[0].end)]
        analysis.judge([*names, *homes, *accounts, *usage], "one customer's row of a pivot: column '{label}'")


def _account_after_name(head: Segment, name: Cell) -> list[Cell]:
    """The account's number a row label gives after the person's name and nothing else ("Ruiz, Ana (2-41-873-2291)",
    "Ana Ruiz - ACE 3381 1537"), as a number the record makes its account; none when the rest is anything but one
    account's number."""
    match = _LABEL_ACCOUNT.fullmatch(head.text, name.end)
    if not match or not (_account_shape(match["account"]) or _record_key(match["account"])):
        return []
    return [Cell("number", head, match.start("account"), match.end("account"), head.label or "")]


def _measure_header(text: str) -> bool:
    """A column header that names a measure, not a person: an average or a total ("Avg kWh", "Total kWh"), a unit
    of usage, energy or power ("Residential MWh", "Peak MW") or an amount of money ("Past Due", "Balance"), whatever
    the name detector makes of its words."""
    return bool(_AGGREGATE.fullmatch(text) or _USAGE_TITLE.search(text) or _ENERGY_UNIT.search(text)
                or _MONEY_HEADER.search(text))


_ENERGY_UNIT = re.compile(r"(?i)\b(?:[kmg]wh|[kmg]w|mmbtu|dth|ccf|hcf|mcf|gallons?)\b")


_MONEY_HEADER = re.compile(r"(?i)\b(?:past\s+due|due|balance|amount|arrears?|charges?|payments?|deposits?|credits?|"
                           r"owed|fees?|penalt(?:y|ies)|refunds?|billed|cost)\b")


def _sheet_of(segment: Segment) -> str | None:
    """The sheet a spreadsheet cell is on ("Pivot" of "Pivot!B3"); None outside a spreadsheet."""
    element = segment.location.element or ""
    return element.rsplit("!", 1)[0] if "!" in element else None


_CSV_CELL = re.compile(r"row \d+, column ")


def _grid_of(segment: Segment) -> str | None:
    """The grid a cell is in: its sheet in a workbook, "" for the one table of a CSV file; None elsewhere."""
    sheet = _sheet_of(segment)
    return "" if sheet is None and _CSV_CELL.match(segment.location.element or "") else sheet


def _sheet_headers(analysis: Analysis) -> dict[tuple[str, str], Segment]:
    """The cells of spreadsheets outside any record (header rows, titles), by their sheet and text."""
    return {(sheet, s.text.strip()): s for s in analysis.free if (sheet := _sheet_of(s)) is not None}


def _usage_titled(analysis: Analysis, fields: list[Segment]) -> bool:
    """Whether the title over a table (the cells above its header row on its sheet, or its file's name) says kWh or
    usage; the header row's own cells ("Avg kWh/mo" beside "HH size") are no title, nor the last cells of the sheet
    before (a rate table's "SCE total ($/kWh)" over a lookup sheet's "Schedule | Code | Climate zone")."""
    i = analysis.segment_index.get(id(fields[0])) or 0
    labels = {f.label for f in fields}
    sheet = _sheet_of(fields[0])
    above = [s.text for s in analysis.segments[max(0, i - _PIVOT_TITLE_CELLS):i]
             if len(s.text) <= _TITLE_CHARS and s.text not in labels and _sheet_of(s) == sheet]
    return any(_USAGE_TITLE.search(text) for text in above)


_PIVOT_TITLE_CELLS = 12  # cells above a row: its header row's and the title's over it


_TRANSPOSED_FIELDS = 3  # rows naming a customer's field in their first cell that make a table transposed


def _transposed_tables(analysis: Analysis) -> None:
    """Tables laid out with the fields as rows and the customers as columns (Customer | Ana Ruiz | Li Wei,
    Site Address | ... | ..., Phone | ... | ...): where the first cells of consecutive rows of as many cells
    name a customer's fields and no column header does, each column is a record labelled by those first cells."""
    run: list[list[Segment]] = []
    for record in [*analysis.document.records, None]:
        fields = [f for f in record.fields if not f.chrome and f.text.strip()] if record else []
        if run and len(fields) == len(run[0]) and len(fields) >= 2 and fields[0].label == run[0][0].label:
            run.append(fields)
            continue
        if run and len(fields) == 1 and _table_of(fields[0]) == _table_of(run[0][0]) is not None:
            continue  # a row of the same table whose value no cell holds (a drop-down's): the run goes on
        _judge_transposed(analysis, run)
        run = [fields] if len(fields) >= 2 else []


def _table_of(cell: Segment) -> str | None:
    """The element path of the HTML table a cell is in ("div#main > table" of "div#main > table > tr:nth-of-type(3) >
    td:nth-of-type(1)"); None outside one."""
    element = cell.location.element or ""
    at = element.rfind(" > tr")
    return element[:at] if at > 0 else None


def _row_of_names(analysis: Analysis, row: list[Segment]) -> bool:
    """Whether a row of a table laid out with the fields as rows holds people's names though its first cell names no
    field ("Who | Ana Ruiz | Li Wei", "Household | ..."): most of its cells read as names, as an unnamed column's of a
    headed table do (``_column_kinds``); a row its first cell says holds no names (a city's, a thing's kind) is none."""
    label, values = row[0].text.rstrip(":"), [f.text for f in row[1:]]
    return (not _holds_no_names(label) and not _NUMBERING.fullmatch(label)
            and sum(analysis.sniff(value) == "name" for value in values) >= _MOST * len(values))


def _judge_transposed(analysis: Analysis, rows: list[list[Segment]]) -> None:
    if not rows:
        return
    # a column's header labels its cell in every row; a label that changes from row to row is the value's own (a
    # form control's name: "txtName", "txtAddr" in a W-9's rows), no header of the column
    labels = [f.label or "" if all(row[k].label == f.label for row in rows) else ""
              for k, f in enumerate(rows[0][1:], start=1)]
    if not _numbered_records(labels) and any(header_kind(label)[0] for label in labels):
        return  # the columns have headers of fields: read first, a CSV's 20,000 first cells are not read as labels
    kinds = [("name", False) if kind == (None, False) and _row_of_names(analysis, row) else kind
             for row, kind in ((row, header_kind(row[0].text.rstrip(":"))) for row in rows)]
    months = _months_of_usage_as_rows(analysis, rows, kinds)
    kinds = [("usage", False) if k in months else kind for k, kind in enumerate(kinds)]
    # the month rows of a usage history are one field of the record, its usage, as the names over the columns are
    fields = sum(kind in _PERSONAL_HEADERS for k, (kind, _) in enumerate(kinds) if k not in months) + bool(months)
    if fields + 1 < _TRANSPOSED_FIELDS or any(kind == "veto" for kind, _ in kinds):
        return
    # what the header over the columns calls them: their customers ("Customer | Ana Ruiz | Li Wei"), or the City's
    # facilities ("Facility") or places ("Site", unless a row says customer) when it stands over no person's name
    corner = header_kind(rows[0][0].label or "")[0]
    # over monthly usage rows a corner of no field's kind ("Month | Ana Ruiz | Li Wei") heads each person's column
    persons = _names_over_columns(analysis, rows[0], by_month=bool(months) and corner is None)
    named = persons if corner == "name" or (months and corner is None) else {}
    if fields + bool(named) < _TRANSPOSED_FIELDS:
        return
    customer = any(strong for _, strong in kinds)  # beside a "Customer" row a "Site Address" is the customer's
    veto, soft = corner == "veto" and not persons, corner == "soft" and not persons
    dictionary = any(_FIELD_TYPE_COLUMN.fullmatch(label) for label in labels)
    for column in range(1, len(rows[0])):
        cells = named.get(column, [])
        for row, (kind, strong) in zip(rows, kinds):
            value = row[column]
            if dictionary and _placeholder(value.text):
                continue  # a data dictionary's example: "CUST_NM | VARCHAR(80) | ... | LAST, FIRST"
            kind = analysis.sniff(value.text) if kind == "soft" and customer else kind
            if kind in _PERSONAL_HEADERS:
                cells.append(Cell(kind, value, 0, len(value.text), row[0].text.rstrip(":"), strong))
        if analysis.judge(cells, "customer record: row '{label}'", veto=veto, soft=soft):
            _numbers_in_account_columns(analysis, cells)  # "Water Acct No. | 369209-77": the record's account


_NET_FIGURE = re.compile(r"\s*[-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*")  # a month's net kWh: "-427" exported


def _months_of_usage_as_rows(analysis: Analysis, rows: list[list[Segment]], kinds: list[tuple]) -> set[int]:
    """The rows of a transposed table that are its columns' monthly usage: rows opened by a period ("Jan 2024", a
    date cell's "2024-01-01") and filled with figures, under a title that says kWh or usage ("Monthly Net Consumption
    (kWh) by Customer" over "Customer | Ana Ruiz | Li Wei", then "Account # | ...", "Jan 2024 | 712 | 518"). A
    budget's or a schedule's month rows have no such title. One month's row will do under it ("Medical Baseline
    follow-up (kWh)" over "Field | Case 1 | Case 2", ..., "Jan-25 | 2049 | 2012"): the title says what its figures are."""
    months = {k for k, (row, (kind, _)) in enumerate(zip(rows, kinds)) if kind is None and PERIOD.fullmatch(row[0].text)
              and all(_NET_FIGURE.fullmatch(value.text) for value in row[1:])}
    if not months or len({rows[k][0].text.strip() for k in months}) < len(months):
        return set()
    return months if _usage_title_over(analysis, rows[0][0], tuple(f.label or "" for f in rows[0])) else set()


# a data dictionary's column giving each field's type: the rows describe a file's fields, not a customer
_FIELD_TYPE_COLUMN = re.compile(r"(?i)\s*(?:data\s*|field\s*)?(?:type|format)\s*")
_PLACEHOLDER_WORD = re.compile(r"[^\W\d_]+")


def _placeholder(text: str) -> bool:
    """A value a data dictionary gives as its field's shape: capitals of words of the language ("LAST, FIRST",
    "HOUSE NO + STREET / PO BOX") or zeros ("0.000"), never a name ("RUIZ, ANA") or a real figure."""
    words = _PLACEHOLDER_WORD.findall(text)
    return (not any(c.islower() for c in text) and all(readable(word) for word in words)
            and not any(c in "123456789" for c in text) and bool(words or "0" in text))


def _names_over_columns(analysis: Analysis, first: list[Segment], by_month: bool = False) -> dict[int, list[Cell]]:
    """The names a sheet's sideways records stand under, when the row read as the header row is their "Customer"
    row ("Customer | Jane Sample | Ana Ruiz" over "Account | ... | ..."), or a period's (``by_month``: "Month | Jane
    Sample | Ana Ruiz" over "Account | ... | ..." and "Jan-26 | 812 | 640"): each column's header cell that names a
    person is its record's name, by column. Under a row of places or of a roster ("Site", "Facility", "Applicant")
    they say the columns are people's, not the City's places."""
    if not first[0].label or _grid_of(first[0]) is None:
        return {}
    corner = header_kind(first[0].label.rstrip(":"))[0]
    if not (corner in ("name", "soft", "veto") or by_month and corner is None):
        return {}
    headers = {(grid, s.text.strip()): s for s in analysis.free if (grid := _grid_of(s)) is not None}
    named = {}
    for column, value in enumerate(first[1:], 1):
        header = headers.get((_grid_of(value), (value.label or "").strip()))
        cell = header and Cell("name", header, 0, len(header.text), first[0].label)
        if cell and analysis.names_person(cell):  # a person's, not a class's ("Customer | Residential | Commercial")
            named[column] = [cell]
    return named


# a column header that numbers a record: "Case 1", "Customer B", "Household #3"
_RECORD_NUMBER = re.compile(r"\s*(?P<word>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*#?\s*(?P<n>\d{1,3}|[A-Z])\s*")


_GENERIC_RECORD = re.compile(r"(?i)case|record|entry|item|row|file|example|sample")


def _numbered_records(labels: list[str]) -> bool:
    """Column headers of one word numbered across the columns ("Case 1 | Case 2", "Customer A | Customer B"): they
    number the records of a transposed table and name none of its fields. Numbered candidates, bidders, sites or
    vendors ("Bidder 1 | Bidder 2") are a public listing's records, and stay so."""
    matches = [_RECORD_NUMBER.fullmatch(label) for label in labels]
    if len(labels) < 2 or not all(matches) or len({m["n"] for m in matches}) < len(labels):
        return False
    words = {m["word"].lower() for m in matches}
    word = words.pop()
    return not words and (bool(_GENERIC_RECORD.fullmatch(word)) or header_kind(word)[0] not in ("veto", "soft"))


# a column of an address's other parts: its cells are a city's or a ZIP's words, not a person's name
_ADDRESS_PART = re.compile(r"(?i)(?:\b|_)(?:city|state|st|zip|zipcode|zip code|postal|county|country|town|community|"
                           r"municipality|locality|administrative[ _]area|ciudad|localidad)(?:\b|_)")
# a column of a thing's kind ("Port Type", "Vehicle Make", "Fixture Model", "Status"): its cells are a product's or a
# category's words ("CCS DCFC", "Tesla NACS"), never a person's name, however their shape reads
_KIND_OF_THING = re.compile(r"(?i)(?<![^\W_])(?:type|types|kind|category|class|model|make|status)\s*$")  # "WO_TYPE" too
# the bank an autopay or a refund draws on ("Financial Institution | Wells Fargo", "Bank Name | Golden Valley Credit
# Union"): a firm's name, shaped like a person's
_BANK_COLUMN = re.compile(r"(?i)^\W*(?:financial\s+institution|(?:name\s+of\s+(?:the\s+|your\s+)?)?bank(?:\s+name)?|"
                          r"credit\s+union|depository(?:\s+institution)?|instituci[oó]n\s+financiera|"
                          r"(?:nombre\s+del\s+)?banco)\W*$")


def _names_places_or_banks(label: str) -> bool:
    """Whether a column's header says its cells are places or banks ("Member City", "Bank"), even in a table whose
    other headers say too little to trust (``_terse_columns``): a town's or a bank's name shaped like a person's
    ("Morgan Hill", "Wells Fargo") is no one's. (Not a looser header, "Measure", whose cells a sheet fills with
    anything below its first table.)"""
    return bool(_ADDRESS_PART.search(label) or _BANK_COLUMN.match(label))


# what a program did at the customer's home ("Measures", "Measures installed", "Upgrades", "Work performed"): its list of
# things ("Weatherstrip, LEDs") may read as a surname and a given name
_WORK_DONE = re.compile(r"(?i)^\W*(?:(?:efficiency\s+)?measures?|upgrades?|improvements?|work|scope(?:\s+of\s+work)?)"
                        r"(?:\s+(?:installed|completed|performed|done|funded))?\W*$")


def _holds_no_names(label: str) -> bool:
    """Whether a column's header says its cells are no one's name, whatever their shape: an address's part's, a
    thing's kind's, a bank's, a program's work's or the equipment's column ("addressLocality", a mail merge's
    "CityStZip" too; "Enel JuiceBox" under Charger, "Bradford White AeroTherm" under Equipment: a nameplate)."""
    words = split_words(label)
    return bool(_ADDRESS_PART.search(label) or _ADDRESS_PART.search(words) or _LOCALITY.search(words)
                or _KIND_OF_THING.search(label)
                or _BANK_COLUMN.match(label) or _WORK_DONE.match(label) or _EQUIPMENT_COLUMN.search(label))


# an address's town in a field name that joins its words ("addressLocality", schema.org's and Drupal's)
_LOCALITY = re.compile(r"(?i)\blocality\b")


def _city_of_an_address(analysis: Analysis, fields: list[Segment], i: int) -> bool:
    """Whether field ``i`` sits between a street address (and its unit's line) and its state or ZIP, as a form's
    address parts are stored under numbers or codes ("4.1 | 4.3 | 4.4 | 4.5"): the address's city, however it
    reads as a name ("Arroyo Grande", "Laguna Woods")."""
    return (0 < i < len(fields) - 1 and STATE_OR_ZIP.fullmatch(fields[i + 1].text) is not None
            and any(analysis.sniff(f.text) == "address" for f in fields[max(0, i - 2):i]))


_SAMPLED_ROWS = 100  # rows of a table whose cells say what its unnamed columns hold
_NUMBERING = re.compile(r"\W*\d+\W*")  # an item's number as its label ("1.", "(2)"): no column's name
_MOST = 2 / 3  # of a column's filled cells that must be of one kind for the column to be of it
_CELL_KINDS = {"place": ("address", "phone", "email"), "unnamed": ("address", "phone", "email", "name")}


def _column_kinds(analysis: Analysis) -> dict[tuple[str, ...], tuple[str, tuple]]:
    """What each table's columns hold where their headers do not say (an "Order | Location | Occupant | Mtr"
    export, a "Where" or "Site" column): the kind most of a column's cells are, by their shapes (street addresses,
    phones, person names). A column of places ("Location", "Site") is a customer's address column only if its cells
    are street addresses, never a name's column (a facility list's "Location: Palomares Park"). Keyed by the
    table's header labels; the verdict on the table follows from the kinds (``headers.verdict_of``)."""
    rows: dict[tuple[str, ...], list[list[Segment]]] = {}
    for record in analysis.document.records:
        fields = [f for f in record.fields if not f.chrome and f.text.strip()]
        labels = tuple(f.label or "" for f in fields)
        if len(rows.setdefault(labels, [])) < _SAMPLED_ROWS:
            rows[labels].append(fields)
    tables = {}
    for labels, sample in rows.items():
        if not any(labels):
            roster = len(sample) >= 2 and not any(analysis.anchors.get(id(f)) for row in sample for f in row) \
                and _public_roster(analysis, [[row[i].text for row in sample] for i in range(min(map(len, sample)))])
            tables[labels] = ("listing", ()) if roster else ("unlabelled", _headerless_columns(analysis, sample))
            continue
        found, kinds = columns(labels)
        inferred = list(_program_applicants(analysis, labels, kinds, sample, found))
        for column, (label, (kind, _)) in enumerate(zip(labels, kinds)):
            if inferred[column] != kinds[column]:
                continue  # a program's participants' column, read so by its cells already ("Sender" of a CS log)
            if kind is None and (_own_id_column(label, [row[column].text for row in sample])
                                 or _anchored_account_column(analysis, [row[column] for row in sample])):
                inferred[column] = ("account", False)  # "VVCP ID" over "VVCP-4491648": the CCA's own customer id
                continue
            # (a field name's words apart: a JSON key's "siteAddress" or "site_address" is a "Site Address" column)
            which = ("unnamed" if kind is None
                     else "place" if kind == "soft" and PLACE_HEADER.search(split_words(label)) else None)
            if which is None or _holds_no_names(label) or _NUMBERING.fullmatch(label) or sum(
                    _city_of_an_address(analysis, row, column) for row in sample) >= _MOST * len(sample):
                continue  # a city or ZIP column is no one's name, whatever its cells look like ("Diamond Bar"); a
                # list's numbered items ("1. 381 Desert Bloom Run - Deyanira Montez - ITIN ...") no column
            shapes = [analysis.sniff(row[column].text) for row in sample]
            best = max(_CELL_KINDS[which], key=shapes.count)
            if shapes.count(best) >= _MOST * len(shapes):
                inferred[column] = (best, False)
            if which == "unnamed" and _mixed_reach(shapes.count("phone"), shapes.count("email"), len(shapes)):
                inferred[column] = ("contact", False)  # "How to reach": a phone in one row, a mailbox in the next
        inferred = _split_name_in_unnamed_columns(labels, inferred, sample)
        if _months_of_usage(analysis, labels, inferred, sample[0][0]):
            inferred = [("usage", False) if _MONTH.fullmatch(label) else kind for label, kind in zip(labels, inferred)]
        inferred = _intervals_of_a_meter(labels, _salutations(inferred, sample))
        counted = _count_columns(labels, sample)
        inferred = tuple((None, False) if i in counted else kind for i, kind in enumerate(inferred))
        verdict = found if inferred == kinds else verdict_of(inferred, labels)
        if verdict == "maybe" and any(kind == "name" for kind, _ in inferred) and not any(
                kind == "account" for kind, _ in inferred):
            # a program's number for each person of a customers' table ("App ID", "Rebate No."): their program account,
            # where the row gives no account of theirs; beside the utility's own account column ("App # | Applicant |
            # SCE Service Acct") it numbers the application, a program's file, and the account column is the account
            inferred = tuple(("account", False) if kind is None and program_id_column(label) else (kind, strong)
                             for label, (kind, strong) in zip(labels, inferred))
        aggregate = _counts_of_accounts(labels, inferred, counted) or _by_class(labels, inferred)
        if not any(analysis.anchors.get(id(f)) for row in sample for f in row) \
                and _old_record_over(analysis, sample[0][0], labels):
            verdict = "listing"  # an old ledger or directory a history page transcribes
        tables[labels] = ("aggregate" if aggregate else verdict), inferred
    return tables


def _split_name_in_unnamed_columns(labels: tuple[str, ...], kinds: list, sample: list[list[Segment]]) -> list:
    """The kinds with a name cut in two over columns whose headers say nothing ("1.3 | 1.6", a form plugin's numbered
    sub-fields of a Name field; "f_12 | f_13"): two such columns side by side read as a person's given name and
    surname on most rows, as a headerless export's are (``_split_name_columns``)."""
    if not any(kind == "name" for kind, _ in kinds) and min(map(len, sample)) >= len(labels):
        free = [kind is None and not _holds_no_names(label) for label, (kind, _) in zip(labels, kinds)]
        same = [not free[i] or _one_value([row[i].text for row in sample]) for i in range(len(labels))]
        split = _split_name_pairs(sample, same, _mailbox_spells)
        return [("name", False) if i in split else kind for i, kind in enumerate(kinds)]
    return kinds


def _program_applicants(analysis: Analysis, labels: tuple[str, ...], kinds: tuple, sample: list[list[Segment]],
                        found: str) -> tuple:
    """The columns' kinds with a program's applicants read as its customers (``headers.program_applicants``), by the
    table's title, its header row and its document's file name, where most of the column's cells are people's
    names (a program's applicant firms or departments are no customers' records); or, in a table its headers make a
    listing, with a program's or a service's participants read so by their cells (``_program_participants``)."""
    if "veto" not in (kind for kind, _ in kinds):
        return _program_participants(analysis, labels, kinds, sample, found)
    title = " ".join([_title_of(analysis, sample[0][0], len(labels) + _TITLE_SEGMENTS), *labels])
    program = program_applicants(labels, kinds, title)
    named = [i for i, (old, new) in enumerate(zip(kinds, program)) if old != new]
    if not named or any(sum(analysis.sniff(row[i].text) == "name" for row in sample) < _MOST * len(sample)
                        for i in named):
        return _program_participants(analysis, labels, kinds, sample, found)
    return program


def _program_participants(analysis: Analysis, labels: tuple[str, ...], kinds: tuple,
                          sample: list[list[Segment]], found: str) -> tuple:
    """The columns' kinds with a program's or a service's participants read as the utility's customers
    (``headers.program_participants``): each column's kind by most of its cells' shapes (a person's name, a street
    address, a phone, a mailbox), the table's title, file name, headers and cells naming the program or the matter
    (a topic's "High bill", a memo's "CLOSED ACCT REFUND"). Looked at only where one column holds people's names and
    another where or how to reach them."""
    if len(sample) < 2 or min(map(len, sample)) < len(labels):
        return kinds
    texts = [[row[column].text for row in sample] for column in range(len(labels))]
    return participants_of_columns(analysis, labels, kinds, texts, sample[0][0], found)


def _mixed_reach(phones: int, mailboxes: int, cells: int) -> bool:
    """Whether a column of ``cells`` cells, ``phones`` of them phones and ``mailboxes`` mailboxes by their shapes, is
    mostly ways to reach a person, both kinds: a tracker's "How to reach" or "Contact", a phone in one row (maybe
    "(text only)"), a mailbox in the next."""
    return bool(phones and mailboxes) and phones + mailboxes >= _MOST * cells


def participants_of_columns(analysis: Analysis, labels: tuple[str, ...], kinds: tuple, texts: list[list[str]],
                            first: Segment, found: str) -> tuple:
    """``_program_participants`` of a table given as its columns' cell texts (``texts``) and its first cell's
    segment (``first``: where its title is looked for), a record table's or a table laid out in a PDF's text."""
    if found not in ("listing", "no") or len(texts) != len(labels) or not texts or len(texts[0]) < 2:
        return kinds
    cells = []
    for column, label in enumerate(labels):
        best = _most_cells_kind(analysis, texts[column])
        cells.append(best if best is not None and not (
            best == "name" and (_holds_no_names(label) or staff_column(label) or record_field_column(label)
                                or public_roster_column(label))) else None)
    if cells.count("name") != 1 or not set(cells) & {"address", "phone", "email", "contact"}:
        return kinds
    # (a firm's column, the installer's, names no public process the people are listed by: its header and its firms'
    # names are left out, "Contractor" over "Terrazul Solar Installers, Inc." of a rebate's payments)
    firms = [label for label in labels if firms_column(label)]
    others = [text for column, cell in enumerate(cells) if cell is None and labels[column] not in firms
              for text in texts[column]]
    title = " ".join([_title_of(analysis, first, len(labels) + _TITLE_SEGMENTS), *labels, *others])
    for label in firms:
        title = re.sub(rf"(?<!\w){re.escape(label)}(?!\w)", " ", title)
    return program_participants(labels, kinds, title, tuple(cells), named=found == "no")


def _most_cells_kind(analysis: Analysis, texts: list[str]) -> str | None:
    """The kind (a name, an address, a phone, a mailbox) of at least ``_MOST`` of a column's cells by their shapes
    (the first kind of those where two tie), "contact" for phones and mailboxes mixed (``_mixed_reach``), else None.
    Sniffing stops once too many cells are of no such kind for any to reach it: a budget table's columns of figures
    are told by their first third."""
    least = _MOST * len(texts)
    counts = dict.fromkeys(("name", "address", "phone", "email"), 0)
    others = 0
    for text in texts:
        kind = analysis.sniff(text)
        if kind in counts:
            counts[kind] += 1
        else:
            others += 1
            if len(texts) - others < least:
                return None
    if _mixed_reach(counts["phone"], counts["email"], len(texts)):
        return "contact"
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= least else None


def _own_id_column(label: str, texts: list[str]) -> bool:
    """A column most of whose cells are ids of the letters its name gives ("VVCP ID", "new_vvcp_id" over
    "VVCP-4491648"): an organisation's own number for each customer, a CCA's or a utility's, as an account is."""
    prefixes = [own_id_prefix(text) for text in texts]
    return sum(bool(p and names_own_id(label, p)) for p in prefixes) >= _MOST * len(texts)


# a bare account number: eight to sixteen digits, run together or grouped by spaces or dashes ("700211009001")
_BARE_ACCOUNT = re.compile(r"\s*\d(?:[ -]?\d){7,15}\s*")


def _anchored_account_column(analysis: Analysis, cells: list[Segment]) -> bool:
    """A column its header does not name (a minified island's "a") in which the account detector found an account
    on some row, every other cell a bare account number: the column is the accounts', its other numbers too
    ("a": "7003 5323 1903" found by its shape, "a": "700211009001" on the next row)."""
    return any(a.kind == "account" for f in cells for a in analysis.anchors.get(id(f), ())) and all(
        _BARE_ACCOUNT.fullmatch(f.text) for f in cells)


# a headerless export's name or title that says its figures are meter reads or usage ("route_17_reads.tsv")
_READS_TITLE = re.compile(r"(?i)\b(?:meter\s+)?reads?\b|\breadings?\b|\bkwh\b|\busage\b|\bconsumption\b")
_READ_FIGURE = re.compile(r"\s*\d{1,6}\.\d{1,2}\s*")  # a register read or usage with its decimals: "407.9"


def _headerless_columns(analysis: Analysis, sample: list[list[Segment]]) -> tuple:
    """What the columns of a table without a header row hold, by their cells' shapes: beside a column of person
    names and one of street addresses (a route's or a mailing's list of customers), a column of phones (ten
    bare digits count: an export drops the separators) is the people's phones, even its bare ten digits, and a column of decimal
    figures is their usage when the table's title or file name says reads or usage. A headerless permit or
    parcel list (permit numbers, APNs, addresses, kW) names no person, so its columns stay unread."""
    width = len(sample[0])
    columns_of_texts = [[row[i].text for row in sample] for i in range(width)]
    kinds = _kinds_by_shape(analysis, columns_of_texts)
    nameless = [_one_value(texts) or _places_by_their_word(texts) for texts in columns_of_texts]
    split = _split_name_columns(sample, nameless)
    kinds = ["name" if i in split else kind for i, kind in enumerate(kinds)]
    accounts = _accounts_of_people(kinds)
    if not accounts and not {"name", "address"} <= set(kinds):
        return tuple((_NO_NAMES if none else None, False) for none in nameless)
    kept = ("account", "phone") if accounts else ("phone",)
    reads = _READS_TITLE.search(_title_of(analysis, sample[0][0]))
    return tuple(((_NO_NAMES if none else "name" if i in split else kind if kind in kept else
                   _NAMES_BY_MOST if kind == "name" else
                   "usage" if reads and all(_READ_FIGURE.fullmatch(text) for text in columns_of_texts[i])
                   or accounts and kind is None and _usage_figures(columns_of_texts[i]) else None), False)
                 for i, (kind, none) in enumerate(zip(kinds, nameless)))


# a month's or a period's consumption in a customers' list: a whole figure of two to five digits ("808", "3,002")
_WHOLE_FIGURE = re.compile(r"\s*(?:\d{1,3}(?:,\d{3})+|\d{2,5})\s*")
_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*")
_ZIP = re.compile(r"\s*\d{5}\s*")


def _usage_figures(texts: list[str]) -> bool:
    """Whether a headerless column beside customers' accounts, names and homes holds their usage: whole figures that
    differ from row to row, none a year, a ZIP code or a row's number. A balance has cents or a dollar sign, a meter's
    or a premise's number more digits, days past due or a household's size repeat."""
    if not all(_WHOLE_FIGURE.fullmatch(text) for text in texts) or len(set(texts)) < _MOST * len(texts):
        return False
    figures = [int(text.replace(",", "")) for text in texts]
    numbering = all(b - a == 1 for a, b in zip(figures, figures[1:]))
    return not (numbering or all(map(_YEAR.fullmatch, texts)) or all(map(_ZIP.fullmatch, texts)))


# a headerless column that names no person: one value on every row (a town's), or places (``_places_by_their_word``)
_NO_NAMES = "no names"
# a column's cells that plainly name places, for its other cells ending in their place's word to be places too
_PLACES_AT_LEAST = 2


def _places_by_their_word(texts: list[str]) -> bool:
    """Whether a headerless column names places: two of its cells plainly ("Washington Park", "Ted Greene Park"), and
    every other one that reads as a name ends in a place's word ("Garfield Park", "Harold Hall": a park or a hall
    named after a given name, which alone reads as a Mr. Park's or a Mr. Hall's name). A customers' column has people
    in its other rows, whatever place word one of their names ends in ("Zenon Plaza" among "Lucinda Ferraro",
    "Teodoro Acuna")."""
    cells = [" ".join(text.split()) for text in texts if text.strip()]
    places = [cell for cell in cells if not _DIGIT.search(cell) and is_place(cell)]  # no street address
    words = {cell.rsplit(" ", 1)[-1].lower() for cell in places}
    return len(places) >= _PLACES_AT_LEAST and all(
        cell in places or (last := cell.rsplit(" ", 1)[-1]).lower() in words or is_place(last)
        or not person_name(cell, strict=False) for cell in cells)


# a headerless column most of whose cells read as people's names: a cell no list reads is one too if its words
# would be a person's name (``headerless_people``)
_NAMES_BY_MOST = "people's names"
_NAME_PART = re.compile(r"\s*[A-Z][A-Za-z'\u2019-]+\s*")  # "Hoang", "O'Neil", "HOANG": one word of a name


def _split_name_columns(sample: list[list[Segment]], same: list[bool]) -> set[int]:
    """The columns of a headerless export that hold a name cut in two, surname then given name or the other way
    ("G-210031-55,Hoang,Jane,jane.hoang@gmail.com,..."): two columns side by side of one word each, whose words read
    together as a person's name on most sampled rows, one of the words a given name the Census lists know."""
    return _split_name_pairs(sample, same, lambda row, a, b: False)


def _split_name_pairs(sample: list[list[Segment]], same: list[bool], spelt) -> set[int]:
    """The pairs of side-by-side columns (not ``same``) of one word each whose words read together as a person's
    name on most sampled rows: one of the words a given name the Census lists know, or (``spelt(row, a, b)``) one the
    row's own values spell otherwise."""
    if len(sample) < 2:
        return set()
    found: set[int] = set()
    for i in range(len(sample[0]) - 1):
        if same[i] or same[i + 1] or i in found:
            continue
        named = 0
        for row in sample:
            a, b = row[i].text.strip(), row[i + 1].text.strip()
            named += bool(_NAME_PART.fullmatch(a) and _NAME_PART.fullmatch(b) and a != b and (
                fold(b) in given_names() and person_name(f"{b.title()} {a.title()}", strict=False)
                or fold(a) in given_names() and person_name(f"{a.title()} {b.title()}", strict=False)
                or spelt(row, a, b)))
        if named >= _MOST * len(sample):
            found |= {i, i + 1}
    return found


def _mailbox_spells(row: list[Segment], a: str, b: str) -> bool:
    """Whether a mailbox among the row's values spells a word of the name in its local part ("gvolkova15@..." for
    "Galina | Volkova", "fengzhiwei@..." for "Zhiwei | Feng"): the row's person's own mailbox, the words their name."""
    words = [w for w in (fold(a).lower(), fold(b).lower()) if len(w) >= 3]
    for f in row:
        mailbox = EMAIL_RE.search(f.text)
        local = fold(mailbox.group().split("@")[0]).lower() if mailbox else ""
        if local and any(w in local for w in words):
            return True
    return False


def _headerless_cell(analysis: Analysis, text: str, column: str | None) -> str | None:
    """A headerless row's cell's kind: its shape's, or its column's; no name in a column that names no person
    (``_NO_NAMES``). In a column whose cells are of no one kind (a script's list of changes whose rows differ: "Ana
    Ruiz | 2-41-833-2917 | 909-555-0142 | opt-out" under "Jo Lee | 12 Elm St | 412 | enrolled"), a bare phone or an
    account by its shape is one on its own row, as it would be in a column of its kind. In a column of people's
    names, a name no list knows is one of them ("Salud Whitlock-Ames"; ``headerless_people``)."""
    shape = analysis.sniff(text)
    if column == _NO_NAMES:
        return shape if shape != "name" else None
    if column == _NAMES_BY_MOST:  # a given name and a place's word that is a surname too ("Zenon Plaza") as well:
        # the judge keeps it a person's where the column's other rows plainly are (``people_columns``)
        return shape or ("name" if person_among_people(text) or name_shaped(text.strip(), listed_given=False) else None)
    return shape or (column if text.strip() else None) or _bare_phone(text) or _account_shape(text)


# between a text row's cells: a bar, a tab, a wide gap; and a space before an amount ("QWL-4781258-79 $120.00")
_CELL_BREAK = re.compile(r"\s*\|\s*|\s*\t\s*| {3,}| (?=\$\d)")
_MIN_TEXT_CELLS = 3  # "Name | Account | Address": two cells are a title's parts ("Utilities | Rates"), a label's
_WRAPPED_LINES = 2  # lines of one short cell under a row that are its own (an address set under the name)
_WRAPPED_CHARS = 60

TextCell = tuple[Segment, int, int]


def _headerless_rows_in_text(analysis: Analysis, headed: set[int]) -> None:
    """Paragraphs or lines outside any table, one after another, of as many cells apart by bars, tabs or wide gaps
    (a register typed in a word processor: "Williams, Guadalupe C. | QWL-6535472-39 | 24014 N. Citrus Ave |
    gw7@gmail.com"; a PDF's write-off list with no header row; a scanned register whose address is set on the
    lines under each name): a headerless table, its columns judged by their values' shapes as a sheet's headerless
    columns are. ``headed``: the segments of tables under a header line, which their header judged (a permit
    report's "Permit | Address | Applicant | Contractor EIN" is a public listing, whatever its cells' shapes)."""
    run: list[list[TextCell]] = []
    wrapped = 0  # lines of one cell added to the row read last
    for segment in [*analysis.free, None]:
        spans = _text_cells(segment.text) if segment is not None and id(segment) not in headed else []
        text = segment.text.strip() if segment is not None else ""
        if len(spans) >= _MIN_TEXT_CELLS - 1 and (not run or len(spans) <= len(run[0])):
            run.append([(segment, start, end) for start, end in spans])
            wrapped = 0
            continue
        if run and len(spans) <= 1 and text and len(text) <= _WRAPPED_CHARS and wrapped < _WRAPPED_LINES:
            start = segment.text.index(text)
            run[-1].append((segment, start, start + len(text)))
            wrapped += 1
            continue
        _judge_text_rows(analysis, run)
        run = [[(segment, start, end) for start, end in spans]] if len(spans) >= _MIN_TEXT_CELLS - 1 else []
        wrapped = 0
    _judge_text_rows(analysis, run)


def _text_cells(text: str) -> list[tuple[int, int]]:
    """The spans of a line's filled cells apart by bars, tabs, wide gaps or before an amount."""
    spans, start = [], 0
    for bar in [*_CELL_BREAK.finditer(text), None]:
        end = bar.start() if bar else len(text.rstrip())
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        spans.append((start + lead, end))
        start = bar.end() if bar else start
    return [span for span in spans if span[1] > span[0]]


def _judge_text_rows(analysis: Analysis, run: list[list[TextCell]]) -> None:
    """The rows of a run as wide as most of them (a short line after the last row, a total, is no cell of it)."""
    widths = [len(row) for row in run]
    width = max(set(widths), key=widths.count) if run else 0
    rows = [row[:width] for row in run if len(row) >= width]
    if len(rows) == 1 and width >= _MIN_TEXT_CELLS and len(run) == 1:
        _lone_household_line(analysis, rows[0])
    if len(rows) < 2 or width < _MIN_TEXT_CELLS or _header_row(analysis, run[0], width):
        return
    sample = rows[:_SAMPLED_ROWS]
    texts = [[segment.text[start:end] for segment, start, end in (row[i] for row in sample)] for i in range(width)]
    kinds = _kinds_by_shape(analysis, texts)
    accounts = _accounts_of_people(kinds)
    if not (accounts or {"name", "address"} <= set(kinds) and {"phone", "email"} & set(kinds)):
        return
    if not accounts and _public_roster(analysis, texts):
        analysis.context.listing.update(id(segment) for row in rows for segment, _, _ in row)  # its members' own
        return  # mailboxes and numbers too, published with the roster
    if accounts:  # beside customers' accounts, a name no list knows is a customer's too ("Tonia Fo"), and figures usage
        kinds = ["usage" if kind is None and _usage_figures(column) else kind for kind, column in zip(kinds, texts)]
    taken = ("account", "phone", "name") if accounts else ("account", "phone")
    repeated = _repeated_columns(rows)
    for row in rows:
        if _at_an_office(analysis, row):
            continue  # a department directory's staff member at their office's mailbox
        cells = [Cell(kind, segment, start, end, f"column {i + 1}") for i, ((segment, start, end), column) in
                 enumerate(zip(row, kinds)) if (kind := analysis.sniff(segment.text[start:end]) or (
                     column if column in taken else "name" if column == "name"
                     and person_among_people(segment.text[start:end]) else None))
                 and not (kind == "name" and i in repeated)]
        if analysis.judge(cells, "row of a list of people with addresses"):
            _numbers_in_account_columns(analysis, [c for c in cells if c.kind == "account"])
            for (segment, start, end), column in zip(row, kinds):
                figures = [(start, end)] if column == "usage" else consumption_spans(segment.text, start, end) \
                    if column is None else []
                for at, to in figures:
                    analysis.add("usage", segment, at, to, "row of a list of people with addresses")


def _lone_household_line(analysis: Analysis, row: list[TextCell]) -> None:
    """A line of cells apart by bars or tabs on its own, a home, a phone and a usage figure among them
    (``lone_rows``): one household's record, a cell of name words its holder's name."""
    shaped = [(Cell(kind, segment, start, end) if (kind := analysis.sniff(segment.text[start:end])
                                                    or _bare_phone(segment.text[start:end])) else None)
              for segment, start, end in row]
    cells = [cell for cell in shaped if cell]
    if not household_row(c.kind for c in cells) or _at_an_office(analysis, row):
        return
    holders = [Cell("name", segment, start, end) for (segment, start, end), cell in zip(row, shaped)
               if cell is None and holder_of_household(segment.text[start:end])
               and not names_headed_place(segment.text[start:end], analysis.heading_place_kinds)]
    if holders:
        analysis.judge(cells + holders, "row of a list of people with addresses")


# a board's or a team's roles, a roster's column: "Chair", "Vice Chair", "Clerk", "Member", "Alternate", "Coach"
_ROSTER_ROLE = re.compile(r"(?i)\s*(?:vice[- ]|co-|assistant |associate |head )?(?:chair(?:man|woman|person)?|clerk|"
                          r"members?|secretary|treasurer|trustee|alternate|commissioner|director|president|coach|"
                          r"captain|liaison|delegate|moderator|warden|constable|selectman|selectwoman|selectperson)\s*")


def _public_roster(analysis: Analysis, columns_of_texts: list[list[str]]) -> bool:
    """Whether a headerless list of people with homes and phones is a public roster: a column of their roles on a
    board or a team ("Salvador Fonseca | Chair | 25 Cleveland Road | ..."), or of the businesses they filed for
    ("2025-117 | Lozano Landscaping | Elena Barros | ...", a town's business certificates), or of the posts they hold
    ("District 3 | Joy Mekonnen | ...", "... | Planning Commission | Term ends 6/30/2028 | ...", "... | Billing
    Supervisor | ...": ``public_posts``) and no one's usage. No account in it."""
    if any(column_of_posts(texts) for texts in columns_of_texts) and not any(
            consumption_spans(text, 0, len(text)) for texts in columns_of_texts for text in texts):
        return True
    for texts in columns_of_texts:
        roles = sum(bool(_ROSTER_ROLE.fullmatch(text)) for text in texts)
        firms = 2 * len(set(texts)) > len(texts) and sum(  # a status column repeats ("R01 INSUFFICIENT FUNDS")
            " " in text.strip() and not any(c.isdigit() for c in text) and analysis.sniff(text) is None
            and business_name(text) for text in texts)
        if 2 * max(roles, firms) > len(texts):
            return True
    return False


def _at_an_office(analysis: Analysis, cells) -> bool:
    """Whether a headerless row's cells hold a mailbox of the City, another government or the site's own domain."""
    url = analysis.document.url
    return any(analysis.contacts.email_is_official(plain_email(m.group()), url)
               for segment, start, end in cells if MAIL_HINT.search(segment.text, start, end)
               for m in EMAIL_RE.finditer(segment.text, start, end))


def _header_row(analysis: Analysis, row: list[TextCell], width: int) -> bool:
    """Whether a run's first row is its header (worded cells, none a value: "Owner of Record | Site Address | Parcel
    (APN) | Zoning"): the table is no headerless one, and a header that names no customer's field (see
    ``_headed_tables_in_text``) makes it a public listing, whatever its cells' shapes."""
    return len(row) == width and all(not any(ch.isdigit() for ch in segment.text[start:end])
                                     and analysis.sniff(segment.text[start:end]) is None for segment, start, end in row)


def _repeated_columns(rows: list[list[TextCell]]) -> set[int]:
    """The columns that are no one's name: headed by an address's part on the first row ("City", "Zip"), or holding
    one value on three rows or more, every row but a header's (a worklist's "VALLECITO VERDE" on each row): a town's,
    a program's or a status's name, never one person's name on every customer's row."""
    repeated = set()
    for i in range(len(rows[0])):
        values = [segment.text[start:end] for segment, start, end in (row[i] for row in rows)]
        if _ADDRESS_COLUMN.fullmatch(" ".join(values[0].lower().split())) or _one_value(values[1:]):
            repeated.add(i)
    return repeated


_REPEATED = 3  # rows of one value that make a column no one's name (two may be one customer's two accounts)


def _one_value(values: list[str]) -> bool:
    """Whether a column's cells hold one value on three rows or more: a town's, a program's, a status's."""
    return len(values) >= _REPEATED and len({" ".join(v.lower().split()) for v in values}) == 1


# a headerless list's first cell that is the column's own name ("City", "Service Town", "ZIP"): the whole cell, unlike
# _ADDRESS_PART, which finds the part in a header's label
_ADDRESS_COLUMN = re.compile(r"(?:\w+[ _])?(?:city|town|community|zip|zip code|state)")


def _shape_of(analysis: Analysis, text: str) -> str | None:
    """What a headerless table's cell holds by its shape alone: a name, an address ... a bare phone, an account."""
    return analysis.sniff(text) or _bare_phone(text) or _account_shape(text)


def _kinds_by_shape(analysis: Analysis, columns_of_texts: list[list[str]]) -> list[str | None]:
    """Each headerless column's kind: the shape most of its sampled cells have, if most do; or "account" for a
    column of customers' numbers from several billing systems ("E-677814-2", "WTR42762079", "9763090036"), where no
    one shape has most cells although most cells are record keys and one at least is an account by its shape."""
    kinds = []
    for texts in columns_of_texts:
        shapes = [_shape_of(analysis, text) for text in texts]
        best = max(set(shapes), key=shapes.count)
        if best and shapes.count(best) >= _MOST * len(shapes):
            kinds.append(best)
        elif "account" in shapes and sum(map(_record_key, texts)) >= _MOST * len(texts):
            kinds.append("account")
        else:
            kinds.append(None)
    return kinds


# an account's number as a utility writes it: a prefix or digits in groups ("QWL-8792009-55", "423 393 5173 1",
# "101-40396-003"), perhaps a check letter after them ("WWB-10-99799-F"), eight digits at least (a permit's
# "B24-00123" is shorter); a plain run of digits is any number (an employee's, an invoice's)
_ACCOUNT_SHAPE = re.compile(r"\s*(?:[A-Z]{1,5}[- ]?\d+|\d+[- ]\d)(?:\d|[- ](?=\d))*\d(?:-[A-Z])?\s*")
# a bill-print or CIS export's key: the account run on after a record type's digits ("01PCL875657226",
# "01W-477646-3"), or ten digits or more in one run (no phone: those are taken first), longer than any employee's,
# permit's or invoice's number
_RECORD_KEY = re.compile(r"\s*(?:\d{1,3}[A-Z]{1,5}-?\d(?:\d|-(?=\d))*\d|\d{10,})\s*")
_DIGIT = re.compile(r"\d")
_YEAR_GROUP = re.compile(r"(?<![\d])(?:19|20)\d\d(?=[- ])")  # a case's or a permit's year: "CE-2025-00412"


def _account_shape(text: str) -> str | None:
    """"account" for a cell that is an account's number by its shape alone, none of a phone's or a date's: eight
    digits at least, or six after a utility's letters ("SFMU-6899588") that name no other kind of number (PO, INV)."""
    shaped = _ACCOUNT_SHAPE.fullmatch(text) or _RECORD_KEY.fullmatch(text)
    digits = len(_DIGIT.findall(text))
    prefix = _PREFIX.match(text)
    if not shaped or _YEAR_GROUP.search(text) or _NOT_AN_ACCOUNT.fullmatch(text) or _PARCEL_LABELLED.match(text) or (
            _ASSESSOR_PARCEL.fullmatch(text)) or not (
            digits >= 8 or digits >= 6 and prefix and not OTHER_NUMBER_PREFIX.fullmatch(prefix.group(1))):
        return None
    return None if _bare_phone(text) else "account"


def _record_key(text: str) -> bool:
    """Whether a cell is shaped as a billing system's key: an account's shape with six digits at least, a short
    prefix or a bare run of digits allowed ("E-677814-2", "9763090036"), no permit's, case's or order's number."""
    prefix = _PREFIX.match(text)
    return bool((_ACCOUNT_SHAPE.fullmatch(text) or _RECORD_KEY.fullmatch(text)) and len(_DIGIT.findall(text)) >= 6
                and not _YEAR_GROUP.search(text) and not _NOT_AN_ACCOUNT.fullmatch(text)
                and not (prefix and OTHER_NUMBER_PREFIX.fullmatch(prefix.group(1))))


_PREFIX = re.compile(r"\s*([A-Z]{2,5})[- ]?\d")  # a utility's letters before an account's digits
# a cell that carries its own parcel label ("APN 8312-314-029", "AIN 5123-004-017"): the assessor's number of a
# parcel, as a lien list or a hearing notice laid out in text gives it in place of an "APN" column; a parcel's number
# is public and never a customer's account, however many digits it has
_PARCEL_LABELLED = re.compile(r"\s*(?:APN|AIN|A\.P\.N\.)\s*(?:#|No\.?)?\s*:?\s*\d")
# ... and a cell that is the parcel's number alone as Los Angeles County writes it, map book, page and parcel
# ("8334-838-921", a headerless Mills Act contract list's): no account by its shape, as the account detector reads the
# same number alone in a line; a header or a label that names an account still makes it one
_ASSESSOR_PARCEL = re.compile(r"\s*\d{4}-\d{3}-\d{3}\s*")


def _accounts_of_people(kinds: list) -> bool:
    """Whether a headerless table's columns are a list of customers' accounts: a column of account numbers, one of
    person names and one of their street addresses, phones or mailboxes (a write-off list, an autopay exception
    report, a deposit refund register). A permit, bid or staff list holds no column of account numbers."""
    present = set(kinds)
    return {"account", "name"} <= present and bool(present & {"address", "phone", "email"})


def _bare_phone(text: str) -> str | None:
    text = text.strip()
    return "phone" if phone_spans(text, bare=True) == [(0, len(text))] else None


def _title_of(analysis: Analysis, first: Segment, reach: int | None = None) -> str:
    """A table's title: the short lines right above its first row (``reach`` segments, _TITLE_SEGMENTS unless more
    are to be looked over: a header row's cells), and its document's file name."""
    i = analysis.segment_index.get(id(first)) or 0
    above = [s.text for s in analysis.segments[max(0, i - (reach or _TITLE_SEGMENTS)):i]
             if len(s.text) <= _TITLE_CHARS and page_of(s) == page_of(first)]
    name = re.sub(r"[_\W]+", " ", analysis.document.url.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    return " ".join([*above, name])


# a mail merge's courtesy title before the name: "Mr.", "Ms.", "Mrs.", "Dr.", "Sra."
_HONORIFIC = re.compile(r"(?i)\s*(?:mr|ms|mrs|miss|mx|dr|sr|sra|srta|mr\.?\s*(?:and|&)\s*mrs)\.?\s*")


def _salutations(kinds: list, sample: list[list[Segment]]) -> list:
    """A public listing's column ("Title") whose cells are all courtesy titles (Mr., Ms.): a mail merge's
    salutation, not a roster's job title, so it says nothing about the row (Title | FirstName | LastName |
    Address1 | AcctNo of a notice's mailing list)."""
    return [(None, False) if kind == "veto" and all(_HONORIFIC.fullmatch(row[i].text) for row in sample)
            else (kind, strong) for i, (kind, strong) in enumerate(kinds)]


# an interval meter's column: the hour it ends ("HE01", "HR 7", "Interval_96") or the time of day ("00:15"), or the
# interval itself, from its start ("00:00-01:00", "13:45 - 14:00")
_INTERVAL_COLUMN = re.compile(r"(?i)\s*(?:he|hr|hour|int|interval)[\s_-]?(?P<n>\d{1,3})\s*|"
                              r"\s*(?P<h>[01]?\d|2[0-4]):(?P<m>[0-5]\d)(?:\s*[-\u2013]\s*(?:[01]?\d|2[0-4]):[0-5]\d)?\s*")
_INTERVALS = 3  # columns counting up that make a day's intervals


def _intervals_of_a_meter(labels: tuple[str, ...], kinds: list) -> tuple:
    """A wide interval export (Account | Meter | Date | 00:15 | 00:30 ... or HE01 .. HE24): columns headed by
    the intervals of a day, counting up in even steps, hold a meter's readings, its usage, in a table with an
    account or meter column. A system load profile (no account) or a budget's quarters (Q1 .. Q4) are none."""
    steps = {}
    for i, (label, (kind, _)) in enumerate(zip(labels, kinds)):
        match = _INTERVAL_COLUMN.fullmatch(label)
        if kind is None and match:
            steps[i] = int(match["n"]) if match["n"] else int(match["h"]) * 60 + int(match["m"])
    numbers = list(steps.values())
    differences = {b - a for a, b in zip(numbers, numbers[1:])}
    if (len(numbers) < _INTERVALS or len(differences) != 1 or differences.pop() <= 0
            or not any(kind == "account" for kind, _ in kinds)):
        return tuple(kinds)
    return tuple(("usage", False) if i in steps else kind for i, kind in enumerate(kinds))


# a count of accounts or customers: "ACCT_CNT", "# of Accounts", "NUM_ACCTS", "Customer Count"
_COUNT_COLUMN = re.compile(r"(?i)(?<![a-z0-9])(?:(?:acct|accts|accounts?|cust|custs|customers?|meters?|premises)[\s_]*"
                           r"(?:cnt|count)|(?:cnt|count|num|number|no\.?|#)[\s_]*(?:of[\s_]+(?:acct|accts|accounts?|"
                           r"cust|custs|customers?|meters?|premises)|(?:accts|accounts|custs|customers|meters)))(?![a-z])")


def _counts_of_accounts(labels: tuple[str, ...], kinds: tuple, counted: set[int]) -> bool:
    """A table with a column counting accounts or customers and no column of one customer's account, identifier
    or contact: figures of a class of customers (a rate schedule's, a ZIP code's, a member town's), nobody's
    record."""
    return ((bool(counted) or any(_COUNT_COLUMN.search(label) for label in labels))
            and not any(kind in ("account", "identifier", "address", "phone", "email") for kind, _ in kinds))


# a column keyed by a class of customers: "Rate Class", "Customer Class", "Sector", "Revenue Class"
_CLASS_COLUMN = re.compile(r"(?i)\s*(?:(?:customer|account|rate|service|revenue|tariff)\s+)?(?:class|classes|sector|"
                           r"segment|category)\s*")


def _by_class(labels: tuple[str, ...], kinds: tuple) -> bool:
    """A table keyed by a class of customers ("Month | Rate Class | kWh Delivered") with no column of one customer's
    name, account, identifier or contact: a class's published totals, nobody's usage."""
    return any(_CLASS_COLUMN.fullmatch(label) for label in labels) and not any(
        kind in PERSONS_FIELD_KINDS for kind, _ in kinds)


# a plural of what is counted, heading a column of counts: "Accounts" over "12,408", "Enrolled customers" over "911",
# "Accounts Enrolled", "Customers Served"
_PLURAL_HEADER = re.compile(r"(?i)\s*(?:total|enrolled|active|participating)?\s*(?:accounts|accts|customers|meters|"
                            r"premises|households)(?:\s+(?:enrolled|served|active|billed|participating|connected))?\s*")
_COUNT_CELL = re.compile(r"\s*(?:\d{1,3}(?:,\d{3})+|\d{1,5})\s*")


def _count_columns(labels: tuple[str, ...], sample: list[list[Segment]]) -> set[int]:
    """The columns headed by a plural of accounts or customers whose cells are all counts (a thousands
    separator, or at most five digits): no account numbers there."""
    return {i for i, label in enumerate(labels) if _PLURAL_HEADER.fullmatch(label)
            and all(_COUNT_CELL.fullmatch(row[i].text) for row in sample if i < len(row))}


# a column headed by a month alone: "Jan", "Feb.", "January 2026", "Mar-26", "enero"
_MONTH = re.compile(r"(?i)\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ene(?:ro)?|febrero|marzo|abr(?:il)?|"
                    r"mayo|junio|julio|ago(?:sto)?|septiembre|octubre|noviembre|dic(?:iembre)?)\.?"
                    r"(?:[\s'-]*(?:\d{2}|\d{4}))?\s*")
# a table's title that says its figures are consumption ("Residential kWh by month", "Electricity use"); not a
# room's or a park's "usage" (bookings by month)
_USAGE_TITLE = re.compile(r"(?i)\b(?:kwh|kw-h|kilowatt[- ]hours?|therms?|(?:electric(?:ity|al)?|energy|power|gas|"
                          r"water)\s+(?:usage|use|consumption)|consumption|consumo)\b")
# ... unless it says the figures are a program's savings or a class's middle ("kWh Savings by Program", "Average
# Monthly Use (kWh)"): no one's meter reads
_REFERENCE_TITLE = re.compile(r"(?i)\b(?:savings?|saved|reductions?|avoided|averages?|avg|typical|median)\b")
# a header cell of a column no row fills ("Total" over formulas with no cached value, "Notes"): a few words
_UNFILLED_HEADER = re.compile(r"[^\W\d]+(?:[\s./#&-]+[^\W\d]+){0,3}\.?")
_MONTH_COLUMNS = 2  # month columns that make a table a monthly series
_TITLE_SEGMENTS = 2  # segments above a table's header row that may hold its caption or heading
_TITLE_CHARS = 150  # a caption or a heading, not a paragraph


def _months_of_usage(analysis: Analysis, labels: tuple[str, ...], kinds: list, first: Segment) -> bool:
    """Whether a table's columns headed by months alone hold usage figures: its caption or the heading right
    above its header row says kWh or usage ("Residential kWh by month" over "Cust # | Jan | Feb | Mar"), and no
    column is usage already. Month columns of a budget, of meeting dates or of a schedule have no such title;
    a usage-by-class table's rows name no person, which the row's judgement asks for."""
    months = [label for label, (kind, _) in zip(labels, kinds) if kind is None and _MONTH.fullmatch(label)]
    if len(months) < _MONTH_COLUMNS or any(kind == "usage" for kind, _ in kinds):
        return False
    return _usage_title_over(analysis, first, labels)


def _usage_title_over(analysis: Analysis, first: Segment, labels: tuple[str, ...]) -> bool:
    """Whether the caption or the heading right above a table's header row (``labels``, over the row whose first
    field is ``first``) says kWh or usage."""
    return any(_says_usage(s.text) for s in _titles_over(analysis, first, labels))


def _old_record_over(analysis: Analysis, first: Segment, labels: tuple[str, ...]) -> bool:
    """Whether the caption or the heading right above a table's header row dates it before 1960, as a history page
    titles the old ledger, directory or register it transcribes ("Ledger folio 212, March 1911"): its people,
    their houses and their figures are history's, no living customer's."""
    return any(len(s.text) <= _TITLE_CHARS and dates_an_old_record(s.text)
               for s in _titles_over(analysis, first, labels))


def _titles_over(analysis: Analysis, first: Segment, labels: tuple[str, ...]) -> list[Segment]:
    """The segments right above a table's header row (``labels``, over the row whose first field is ``first``) that
    may hold its caption or heading."""
    i = analysis.segment_index.get(id(first))
    if i is None:
        return []
    headers = {label.strip() for label in labels}
    unfilled = len(labels)  # header cells of columns the rows leave empty, at most as many as the filled ones
    while i:
        text = analysis.segments[i - 1].text.strip()
        if text and text not in headers and analysis.segments[i - 1].hidden != "cell comment":  # a header's note
            if not unfilled or not _UNFILLED_HEADER.fullmatch(text):
                break
            unfilled -= 1
        i -= 1  # back over the header row's cells
    return [s for s in analysis.segments[max(0, i - _TITLE_SEGMENTS):i] if page_of(s) == page_of(first)]


def _says_usage(title: str) -> bool:
    """Whether a table's caption or heading says its figures are consumption (``_USAGE_TITLE``), and no program's
    savings or class's middle (``_REFERENCE_TITLE``)."""
    return len(title) <= _TITLE_CHARS and bool(_USAGE_TITLE.search(title)) and not _REFERENCE_TITLE.search(title)


# a column of the firm that did the customer's work ("Installer phone", "Dealer"), of their equipment's size
# ("Storage", "Battery capacity", "PV size", "kW-DC"), of their vehicle ("2023 Chevrolet Bolt EUV": a model year and a
# make, no house number and street) or of the equipment a rebate paid for, by its make and model ("Charger",
# "Equipment", "Model", "Heat pump make": "ChargePoint Home Flex", "Rheem ProTerra"): a business's published number, a
# nameplate; no customer's field
_EQUIPMENT = (r"batter(?:y|ies)|storage|capacity|(?:system|pv|array|inverter)\s+size|kw[\s-]?(?:dc|ac)|vehicles?|"
              r"(?:ev|car)\s+(?:make|model)|equipment|chargers?|appliances?|devices?|makes?|models?|brands?|"
              r"manufacturers?|mfrs?")
_WORK_OR_EQUIPMENT = re.compile(rf"(?i)\b(?:installers?|contractors?|vendors?|dealers?|licensees?|{_EQUIPMENT})\b")
_EQUIPMENT_COLUMN = re.compile(rf"(?i)\b(?:{_EQUIPMENT})\b")


# a cell that names its number the City's ledger's ("GL 101-4410-520", "G/L 610-5066-5126", "Fund 101 / 4410-520"):
# the fund, department and object a row is booked to, under whatever column ("Account", "Acct"); never a customer's
_LEDGER_CELL = re.compile(r"(?i)[ \t]*(?:gl|g/l|general[ \t]+ledger|ledger|fund|budget)\b[ \t]*"
                          r"(?:acct\.?|account|no\.?|#)?[ \t:#.-]*\d")


def _budget_line(analysis: Analysis, fields: list[Segment], kinds: tuple) -> bool:
    """Whether a row on a page that reads as a budget gives a general-ledger string in its account column and no
    column of a person or a home: "101-4310-5200 | Electricity | $412,000 | 80,094 kWh", the City's own line and
    usage, not a customer's account."""
    accounts = [f.text.strip() for f, (kind, _) in zip(fields, kinds) if kind == "account"]
    return (bool(accounts) and all(is_ledger_account(a) for a in accounts)
            and not any(kind in PERSONS_FIELD_KINDS or kind == "address" for kind, _ in kinds if kind != "account")
            and fields[0].location.page in analysis.facts.budget_pages)


def work_or_equipment_column(label: str) -> bool:
    """Whether a customer table's column is the firm's that did the work or the equipment's size (see above)."""
    return bool(_WORK_OR_EQUIPMENT.search(label))


# a column of the gas a home burns: "Annual gas (therms)", "Therms", "Natural gas use", "Gas (ccf)"
_GAS_COLUMN = re.compile(r"(?i)\b(?:therms?|thm|ccf|(?:natural\s+)?gas)\b")
_ELECTRICITY_COLUMN = re.compile(r"(?i)kwh|\belec")


def _gas_beside_electricity(labels: tuple[str, ...], kinds: tuple) -> set[int]:
    """The gas columns of a table that has an electricity usage column too (Homeowner | Annual elec (kWh) | Annual gas
    (therms)): the table tells the two fuels apart, and PCE-01 protects the electricity consumption of SCE's and
    PCE's customers; the gas figures are the gas utility's, no finding (the row is judged by its other columns)."""
    gas = {i for i, (label, (kind, _)) in enumerate(zip(labels, kinds)) if kind == "usage"
           and _GAS_COLUMN.search(words := split_words(label)) and not _ELECTRICITY_COLUMN.search(words)}
    electric = any(kind == "usage" and i not in gas for i, (kind, _) in enumerate(kinds))
    return gas if electric else set()


def _judge_row(analysis: Analysis, fields: list[Segment], tables: dict[tuple[str, ...], tuple[str, tuple]]) -> bool:
    """Judges a row as a customer's record (adding its fields) or a public listing's; True if it is a record."""
    labels = tuple(f.label or "" for f in fields)
    verdict, kinds = tables.get(labels) or columns(labels)
    submitted = _filled_in_form(fields)
    if verdict == "no" and submitted:
        verdict = "maybe"  # a roster's Name | Email | Phone, typed into one form: one person's entries
    if verdict == "no" and (_enrolled_in_assistance(fields, kinds) or (
            holder_reached_at_home(fields, kinds) and not on_a_volunteers_page(analysis, fields[0]))):
        # the person is a customer the row enrolls (or not) in a program: their name and contacts say so outright
        verdict = "maybe"
        kinds = tuple((kind, strong or kind in ("name", "phone", "email", "contact")) for kind, strong in kinds)
    found = False
    if _aggregate_row(fields[0].text) or _total_cell_inside(fields):
        if verdict == "usage" and _TOTAL_ROW.fullmatch(fields[0].text):
            analysis.usage_tables.append([Cell(kind or "other", f, 0, len(f.text), label)
                                          for f, label, (kind, _) in zip(fields, labels, kinds)])
        verdict = "aggregate"  # a table's total or average: nobody's record, unless an identifier is in it
    if verdict == "unlabelled" and _at_an_office(analysis, [(f, 0, len(f.text)) for f in fields]):
        verdict = "listing"  # a department directory's staff member at their office's mailbox
    if verdict == "unlabelled":
        kinds = kinds or ((None, False),) * len(fields)
        cells = [part for f, (column, _) in zip(fields, kinds) if (k := _headerless_cell(analysis, f.text, column))
                 for part in _overflowed(Cell(k, f, 0, len(f.text)))]
        if household_row(c.kind for c in cells):  # one household's row, its holder a name no list holds; not in a
            # column whose cells name places ("Helen Park" among "Ted Greene Park", "Jackson Hall")
            cells += [Cell("name", f, 0, len(f.text)) for f, (column, _) in zip(fields, kinds)
                      if column != _NO_NAMES and all(c.segment is not f for c in cells) and holder_of_household(f.text)]
        if analysis.heading_place_kinds:  # "Marian Park" in a row under "Park Usage": a park, no person
            cells = [c for c in cells if c.kind != "name"
                     or not names_headed_place(c.segment.text[c.start:c.end], analysis.heading_place_kinds)]
        kinds_found = {c.kind for c in cells}
        if ({"name", "address"} <= kinds_found and kinds_found & {"phone", "email", "usage"}
                or _accounts_of_people(list(kinds_found))):
            found = analysis.judge(cells, "row of a list of people with addresses")
            if found:
                _numbers_of_a_customer_row(analysis, fields, cells, phoned="phone" in kinds_found)
                _notes_of_the_record(analysis, fields, kinds)  # "598 kWh Oct" in a billing note's last cell
        else:
            found = _mailing_labels(analysis, fields)
    elif verdict == "listing":
        analysis.context.listing.update(id(f) for f in fields)
    elif verdict == "maybe":
        # a column no header names ("who | where | cb | meter") is judged by its values' shape
        by_person = bool(fields) and person_name(fields[0].text.strip())
        gas = _gas_beside_electricity(labels, kinds)
        ledger = _budget_line(analysis, fields, kinds)
        cells = [Cell("other" if kind == "account" and (_LEDGER_CELL.match(f.text) or ledger) or i in gas else
                      kind or (not _holds_no_names(label) and not _city_of_an_address(analysis, fields, i)
                              and analysis.sniff(f.text)) or "other", f, 0,
                      len(f.text), label, strong)
                 for i, (f, label, (kind, strong)) in enumerate(zip(fields, labels, kinds))
                 if kind not in ("veto", "soft") and not work_or_equipment_column(label)
                 and f.text.strip().lower() != label.strip().lower() and not _parcel_in_account_column(label, f.text)
                 and not (_PIVOT_SUM.fullmatch(label) and not by_person)]
        cells, house = _street_with_its_number(cells)
        cells = [part for c in cells for part in _name_and_contacts(analysis, c)]
        cells = _bare_phones_beside_an_account(analysis, fields, kinds, cells)
        if _facility_row(analysis, fields, cells) or _in_a_column_of_places(analysis, fields) or \
                _project_contact(fields) or _organisations_contact(analysis, fields, kinds) or \
                _firm_without_account(analysis, fields, kinds, cells) or _party_representative(fields, kinds, cells) or \
                _register_entry(analysis, fields) or (
                    board_members_bio(labels) and not any(c.kind in _CUSTOMERS_OWN_KINDS for c in cells)):
            analysis.context.listing.update(id(f) for f in fields)
        else:
            found = analysis.judge(cells, "customer record: column '{label}'", listing=fields,
                                   submitted=submitted)
            if found:
                _numbers_in_account_columns(analysis, cells)
                if house:
                    analysis.add("address", house.segment, house.start, house.end,
                                 analysis.reason("customer record: column '{label}'", house.label))
                _notes_of_the_record(analysis, fields, kinds)
    elif verdict == "usage":
        analysis.usage_tables.append([Cell(kind or "other", f, 0, len(f.text), label)
                                      for f, label, (kind, _) in zip(fields, labels, kinds)])
    if verdict in ("no", "usage") and not found:
        found = _terse_columns(analysis, fields, labels, kinds)
    anchored = any(analysis.anchors.get(id(f)) for f in fields)
    if not found and (anchored or any((_CUSTOMER_CELL.fullmatch(f.text) and not _SEAT_COLUMN.search(f.label or ""))
                                      or names_its_customer(f.text) for f in fields)
                      or _customers_contact(fields, kinds)):
        found = _anchored_row(analysis, fields, kinds)
    elif found and anchored:
        _values_in_other_columns(analysis, fields, kinds)
    if not found:
        found = _account_request_notes(analysis, fields, kinds) or _accounts_under_counts(analysis, fields)
    if found and verdict != "aggregate":  # a ZIP's row (ZIP | Households | Avg kWh/mo) with a note about a customer
        # beside it: the note's person is found, the row's average stays the area's
        _averages_of_the_customer(analysis, fields)
    # a register's row refunding a utility customer: the payee and the home, phone and account its cells give, what
    # ever else the row was read for (the payee's SSN under "Tax ID" gives no more than the name)
    return refund_row(analysis, [(f, 0, len(f.text), f.label or "") for f in fields],
                      "refund to a utility customer: column '{label}'") or found


# a utility's assistance program for its customers, as a row names it: the discounts (CARE, FERA, the Medical Baseline
# allowance), an arrearage management plan, a payment plan or arrangement, a disconnection or its hold
_ASSISTANCE_PROGRAM = re.compile(rf"(?<![A-Za-z])(?:{ASSISTANCE_NAMES}|AMP|ESA)(?![A-Za-z])|(?i:{ASSISTANCE_PLANS}|"
                                 r"\bdisconnect\w*|\bshut[\s-]?off|\benergy\s+savings\s+assistance)")
# a cell giving where the person's enrollment stands, and nothing else
_ENROLMENT_STATUS = re.compile(r"(?i)\s*(?:(?:not\s+|re-?)?enrolled|declined|denied|approved|pending|ineligible|"
                               r"not\s+eligible|wait-?listed|recertified|removed|dropped|applied|opted\s+out|"
                               r"withdrawn|expired|(?:enrollment|application)\s+(?:pending|approved|denied|received|"
                               r"submitted|sent|complete[d]?))\s*\.?\s*")
_PERSONS_CONTACT_KINDS = frozenset({"name", "phone", "email", "contact"})


def _enrolled_in_assistance(fields: list[Segment], kinds: tuple) -> bool:
    """A row of an outreach or enrollment list that tells where a person stands in a utility's assistance program
    (ZIP | Program | Status | Contact name | Contact phone | Contact e-mail over "91785 | FERA | Enrolled | Ana Ruiz |
    ..."): the person is the program's customer, their name and contacts a customer's record, though no column says
    "customer". A list of the organisations that help enroll people (a firm's or an agency's name in the row), a staff
    roster (its title or staff column makes it a listing before this) and a program's statistics by ZIP (no name in
    the row) are not."""
    if not kinds or not any(kind == "name" for kind, _ in kinds):
        return False
    others = [f.text for f, (kind, _) in zip(fields, kinds) if kind not in _PERSONS_CONTACT_KINDS]
    return (any(_ASSISTANCE_PROGRAM.search(text) for text in others)
            and any(_ENROLMENT_STATUS.fullmatch(text) for text in others)
            and not any(named_as_a_business(text.strip()) for text in others))


def _accounts_under_counts(analysis: Analysis, fields: list[Segment]) -> bool:
    """A summary's detail row: under a column counting accounts ("Aging bucket | Accounts | Balance" over "90+ |
    2,044 | ..."), a row whose cell in that column holds a bare account number instead of a count, beside a cell naming
    a person (the customers an outline's collapsed rows list under their bucket, "Ana Ruiz | 7001234567 | 4,362"):
    the person's account, and the name a customer's. A count ("2,044") or a bucket's label names no one."""
    accounts = [f for f in fields if f.label and _PLURAL_HEADER.fullmatch(f.label) and _BARE_ACCOUNT.fullmatch(f.text)
                and not _COUNT_CELL.fullmatch(f.text)]
    names = [Cell("name", f, 0, len(f.text), f.label or "") for f in fields if f not in accounts]
    names = [c for c in names if analysis.names_person(c)]
    if not accounts or len(names) != 1:
        return False
    cells = [*names, *(Cell("account", f, 0, len(f.text), f.label) for f in accounts)]
    if not analysis.judge(cells, "detail row of a customer under a count of accounts: column '{label}'"):
        return False
    _numbers_in_account_columns(analysis, cells)
    return True


# the values a form's controls hold: a web form's (its inputs' value attributes), a PDF form's filled-in fields
_FORM_VALUES = frozenset({"form value", "form field"})


def _filled_in_form(fields: list[Segment]) -> bool:
    """Whether the record is the values filled in one form (a web page saved with a resident's entries in its inputs,
    a completed PDF application): what one person typed in to send, not a listing of many. A blank form's examples
    are in its placeholders, which are no values of its record."""
    return all(f.hidden in _FORM_VALUES for f in fields)


# what a note of a request about a customer's own account speaks of: closing, opening or moving the service, the
# final bill, where to send it, a high bill, a payment plan, a deposit's refund
_ACCOUNT_REQUEST = re.compile(r"(?i)\b(?:final\s+bill|move[- ]?(?:out|in)|(?:start|stop|transfer|close|disconnect)\s+"
                              r"(?:of\s+)?(?:the\s+)?(?:service|account)|(?:new|forwarding|mailing)\s+address|"
                              r"high\s+bill|payment\s+(?:arrangement|plan|extension)|deposit\s+refund)\b")


def _account_request_notes(analysis: Analysis, fields: list[Segment], kinds: tuple) -> bool:
    """A free-text note of a service-request or call log about a customer's own account ("Email from ana@mail.com:
    move-out, final bill to new address 12 Elm St"): its mailbox, phone and address are the customer's, whether or
    not the note names them. A note of a crew's or a facility's work speaks of no account, nor does a public
    listing's (a roster's, a permit list's); a staff column ("Assigned", "CSR") makes no listing."""
    if any(header_kind(f.label or "")[0] in ("veto", "soft") and not staff_column(f.label or "") for f in fields):
        return False
    found = False
    for f, (kind, _) in zip(fields, kinds or [(None, False)] * len(fields)):
        if kind is not None or len(f.text.split()) < _NOTE_WORDS or not _ACCOUNT_REQUEST.search(f.text):
            continue
        why = analysis.reason("note of a request about a customer's account: column '{label}'", f.label)
        contacts = [c for c in analysis.contact_fields([Line(f, 0, len(f.text))]) if c[0] in ("address", "phone", "email")]
        for k, segment, start, end in contacts:
            analysis.add(k, segment, start, end, why)
        if contacts:
            for k, start, end in _requesters_name_and_usage(analysis, f.text):
                analysis.add(k, f, start, end, why)
        found = found or bool(contacts)
    return found


# the words a call note puts before the customer it speaks of: "Spoke w/ Sra. Arreola", "talked to", "cust", "caller"
_NOTE_SUBJECT_BEFORE = re.compile(r"(?i)(?:\b(?:spoke|spk|talked|met)\s+(?:w/|with|to)|\b(?:cust(?:omer)?|caller|"
                                  r"ratepayer)\.?)\s+$")
# a courtesy title a note gives its customer, in English and Spanish ("Sra. Arreola", "Mr. Guo")
_COURTESY_TITLE = re.compile(rf"(?:{HONORIFICS}|Miss|{SPANISH_TITLES})\.?\s")
# the person's own phone or mailbox in brackets right after their name ("Naomi Yamamoto ((909) 644-4144) wants the plan
# moved"): the note names who asks and how to reach them
_CONTACT_IN_BRACKETS = re.compile(r"[ \t]*[(\[][ \t]*(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ \t./-]*\d{3}[ \t.-]\d{4}\b|"
                                  r"[ \t]*[(\[][ \t]*[\w.+-]+@[\w-]+\.")


def _requesters_name_and_usage(analysis: Analysis, text: str) -> list[tuple[str, int, int]]:
    """In a note of a request about a customer's account that gives their contact details, the customer's name and
    the account's usage: a name the note gives with a courtesy title or right after "spoke with" or "cust" ("Spoke w/
    Sra. Arreola. Moving out of 14121 ...; final read 2,751 KWH. Send final bill to ..."), never an official's or
    staff member's, or with their phone or mailbox in brackets after it, and the usage figures it tells (the final
    read)."""
    found = [("usage", start, end) for start, end in consumption_spans(text)]
    for start, end in names_in(text):
        if not (_COURTESY_TITLE.match(text, start) or _NOTE_SUBJECT_BEFORE.search(text, max(0, start - 16), start)
                or _CONTACT_IN_BRACKETS.match(text, end)):
            continue
        name = person_name(text[start:end], strict=False)
        if name and not analysis.contacts.name_is_public(name) and not named_officially(text, start, end):
            found.append(("name", start, end))
    return found


# a column of a street address's number alone, the street's name in another ("HOUSE_NUM1", "House Number",
# "Street No", "Hausnummer"), as SAP's address tables and many CIS exports write it, also named for the address it is
# part of ("SVC_HOUSE_NO", "Mailing House No", "PREM_HOUSE_NBR")
_HOUSE_NUMBER_COLUMN = re.compile(r"(?i)\s*(?:(?:svc|serv|service|site|prem|premise|mail|mailing|bill|billing)[\s_]+)?"
                                  r"(?:(?:house|street|str|bldg|building|premise)[\s_]*(?:num|number|nbr|no|#)"
                                  r"\.?[\s_]*\d?|hausnummer|n[uú]mero de casa)\s*")
_HOUSE_NUMBER = re.compile(r"\s*\d{1,6}(?:[- ]?[A-Za-z]|-\d{1,4}| 1/2)?\s*")


@dataclass(eq=False)
class _NumberedStreet(Cell):
    """A street's name in its cell, read with the house number of the next column: "3775 N Orange Grove Ave"."""

    number: str = ""

    @property
    def text(self) -> str:
        return f"{self.number} {super().text.strip()}"


def _street_with_its_number(cells: list[Cell]) -> tuple[list[Cell], Cell | None]:
    """A row whose address is split in a street column and a house-number column: the street cell read with
    its number (judged as the row's address), and the house-number cell, the address's other part."""
    house = next((c for c in cells if _HOUSE_NUMBER_COLUMN.fullmatch(c.label) and _HOUSE_NUMBER.fullmatch(c.text)),
                 None)
    street = next((c for c in cells if c.kind == "address" and c is not house and not c.text.strip()[:1].isdigit()),
                  None)
    if house is None or street is None:
        return cells, None
    numbered = _NumberedStreet("address", street.segment, street.start, street.end, street.label, street.strong,
                               house.text.strip())
    return [numbered if c is street else c for c in cells if c is not house], house


# a column of one meter's average use: "Mo. Avg kWh", "Average Daily Use", "Avg kWh/mo"
_OWN_AVERAGE = re.compile(r"(?i)\b(?:avg|average|mean)\b.*\b(?:kwh|use|usage|consumption|therms?)\b|"
                          r"\b(?:kwh|use|usage|consumption)\b.*\b(?:avg|average|mean)\b")
_CAMEL_CASE = re.compile(r"(?<=[a-z]{2})(?=[A-Z])")  # "avgKwh", not "kWh"
# an average of others the customer is compared with, or of a class, an area or a program
_OTHERS_AVERAGE = re.compile(r"(?i)\b(?:class|similar|neighbou?r\w*|peers?|comparable|typical|system|city|area|"
                             r"all|residential|commercial|district|zip|program|baseline|county|state|national)\b")
# a figure with or without its thousands separator: "61", "1,739.7", "1739.7"
_AVERAGE_FIGURE = re.compile(r"\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:kwh)?\s*", re.IGNORECASE)


def _averages_of_the_customer(analysis: Analysis, fields: list[Segment]) -> None:
    """A customer record's column of the customer's own average use ("Mo. Avg kWh | 61"): usage of the
    customer's meter, as a total is. An average is no one's usage anywhere else (a class's, a rate page's), and
    here neither when the header says whose it is (a class's, similar homes', the city's)."""
    for f in fields:
        if _own_average(f.label or "") and _AVERAGE_FIGURE.fullmatch(f.text):
            analysis.add("usage", f, 0, len(f.text), analysis.reason("customer record: column '{label}'", f.label))


@lru_cache(maxsize=1024)
def _own_average(label: str) -> bool:
    """A column of the customer's own average use by its header ("Avg kWh", not "Class avg kWh"). Read once per
    header: every row of a table asks it of each of its cells."""
    # an export's AVG_KWH, a GeoJSON's KWH_12MO_AVG: words apart by "_"; a JSON key's avgKwh: by their capitals
    words = _CAMEL_CASE.sub(" ", label).replace("_", " ")
    return bool(_OWN_AVERAGE.search(words)) and not _OTHERS_AVERAGE.search(words)


# a cell that is one number and nothing else: "5992383", "3412-0988-12", "# 876372 62"; not an amount, a count
# ("21,400"), a ZIP+4 or a span of years
_BARE_NUMBER = re.compile(r"\s*#?\s*\d[\d -]*\d\s*")
_NOT_AN_ACCOUNT = re.compile(r"\s*(?:\d{5}-\d{4}|(?:19|20)\d\d\s*-\s*(?:19|20)\d\d)\s*")


def _numbers_of_a_customer_row(analysis: Analysis, fields: list[Segment], cells: list[Cell], phoned: bool) -> None:
    """The account numbers of a headerless row found as a customer's: its account column's cell, whatever its
    format ("W-679819-7" among twelve-digit accounts), in a row that column keys (its other bare figures are
    amounts, reads, a bill print's sequence numbers, no second account); else its bare numbers of an account's
    length (``_numbers_of_the_person``)."""
    accounts = [Cell("account", c.segment, 0, len(c.segment.text), "unlabelled account") for c in cells
                if c.kind == "account"]
    if accounts:
        _numbers_in_account_columns(analysis, accounts)
        return
    read = {id(c.segment) for c in cells}
    _numbers_of_the_person(analysis, [f for f in fields if id(f) not in read], phoned=phoned)


def _numbers_of_the_person(analysis: Analysis, fields: list[Segment], phoned: bool) -> None:
    """A row without headers found as a person's record (a name, a street address and a phone): a cell that is
    a bare number of an account's length is the person's customer or account number ("Steven Ortiz | 3077 Sage
    Brush Ct | 719-305-6099 | 5992383 | $227.00", a list of refunds mailed). In a row no other cell gives a
    phone, ten digits that read as one are the person's phone written bare, no account."""
    cells = [Cell("account", f, 0, len(f.text), "unlabelled number") for f in fields
             if (_BARE_NUMBER.fullmatch(f.text) or _account_shape(f.text)) and not _NOT_AN_ACCOUNT.fullmatch(f.text)
             and (phoned or not _bare_phone(f.text))]
    _numbers_in_account_columns(analysis, cells)


_LABELS_PER_ROW = 2  # labels of people at street addresses in one row of a sheet (three across on an Avery sheet)
_CUE_BEFORE = 600  # characters before a sheet of labels in which its heading says whom they are for
# a label sheet of the City's own mailings: to officials, boards, property owners near a project, businesses
_PUBLIC_MAILING = re.compile(r"(?i)\b(?:council|commission|commissioners?|board|committee|elected|officials?|"
                             r"agenda|property owners?|owners? within|radius|business(?:es)?|merchants?|vendors?)\b")


def _mailing_labels(analysis: Analysis, fields: list[Segment]) -> bool:
    """A row of mailing labels, each cell a person's name over a street line and a "City, ST ZIP" line: a list
    of people at their homes, a customer list when its heading speaks of customers or of notices to them
    ("Shutoff notices mailed", "PCE customers receiving ..."). A label with a title or a firm's line ("Mayor",
    "Council Member, District 1"), a firm's name, or a heading naming officials, boards, property owners near a
    project or businesses is a public mailing."""
    labels = [label for f in fields if (label := _label_of(analysis, f))]
    if len(labels) < _LABELS_PER_ROW:
        return False
    first = analysis.segment_index.get(id(fields[0]))
    if first is None:
        return False
    while first and _label_of(analysis, analysis.segments[first - 1]):  # back over the sheet's rows above
        first -= 1
    position = analysis.offsets[first]
    heading = analysis.joined[max(0, position - _CUE_BEFORE):position]
    if _PUBLIC_MAILING.search(heading) or not (CUSTOMER_ROLE.search(heading) or NOTICE_CUE_RE.search(heading.lower())):
        return False
    # the heading says whose labels they are, as a "Customer" column does
    labels = [[Cell(c.kind, c.segment, c.start, c.end, "mailing label", True) for c in cells] for cells in labels]
    return any([analysis.judge(cells, "customer record: {label} on a sheet of notices to customers")
                for cells in labels])


def _label_of(analysis: Analysis, segment: Segment) -> list[Cell] | None:
    """The name and street cells of a mailing label: "TSAO ICHING / 460 E HAMILTON BLVD / Pomona, CA 91767"."""
    text = segment.text
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    if not 3 <= len(lines) <= 4 or not CITY_LINE_RE.fullmatch(text[slice(*lines[-1])]):
        return None
    streets = lines[1:-1]
    if not STREET_START.match(text, streets[0][0]) or any(
            not (STREET_START.match(text, a) or _UNIT_LINE.fullmatch(text[a:b])) for a, b in streets):
        return None
    name = Cell("name", segment, *span(text, *lines[0]))
    if not analysis.names_person(name):
        return None
    return [name, Cell("address", segment, *span(text, streets[0][0], streets[-1][1]))]


# a person's name and their mailbox in angle brackets, as mail systems write a sender or an attendee
_NAMED_MAILBOX = re.compile(r"\s*(?P<name>[^<>@\n]{3,60}?)\s*<(?P<email>[^<>@\s]+@[^<>@\s]+\.[A-Za-z]{2,})>\s*")
_UNIT_LINE = re.compile(r"(?i)\s*(?:apt|apartment|unit|ste|suite|spc|space|#)\.?\s*#?\s*\w{1,6}\s*")


def _terse_columns(analysis: Analysis, fields: list[Segment], labels: tuple, kinds: tuple) -> bool:
    """A row whose headers name too little ("who | where | cb | meter", a pivot's "Row Labels | Jan | Feb"): the
    values of the columns no header names are judged by their shapes beside the columns that are named. A
    private person's name must be among them; a firm's, a place's or a program's is none."""
    cells, person = [], False
    for i, (f, label, (kind, strong)) in enumerate(zip(fields, labels, kinds)):
        if kind is None:
            shape = None if _city_of_an_address(analysis, fields, i) or _names_places_or_banks(label) \
                or place_in_places_column(f) else (
                analysis.sniff(f.text))
            if shape:
                cells.append(Cell(shape, f, 0, len(f.text), label))
                person = person or (shape == "name" and analysis.names_person(cells[-1]))
        elif kind not in ("veto", "soft") and f.text.strip().lower() != label.strip().lower():
            cells.append(Cell(kind, f, 0, len(f.text), label, strong))
    cells = _bare_phones_beside_an_account(analysis, fields, kinds, cells)
    if person and _facility_row(analysis, fields, cells):
        analysis.context.listing.update(id(f) for f in fields)  # a form a department filed for its facility
        return False
    if not (person and analysis.judge(cells, "customer record: column '{label}'", listing=fields)):
        return False
    _numbers_in_account_columns(analysis, cells)  # an account column the other rows' found accounts say it is
    return True


_PERSONAL_KINDS = ("name", "address", "phone", "email", "usage", "account", "identifier", "contact")


def _values_in_other_columns(analysis: Analysis, fields: list[Segment], kinds: tuple) -> None:
    """A record found by its columns that holds an identifier: a value in a column of another kind is the
    customer's too, as its shape says ("Location: 7485 N. Orangethorpe Pl", "Site: Home charger (OKAFOR,
    CHIDI)")."""
    why = "row holding a personal identifier: column '{label}'"
    for i, (f, (kind, _)) in enumerate(zip(fields, kinds or [(None, False)] * len(fields))):
        if (kind in _PERSONAL_KINDS or analysis.anchors.get(id(f)) or " " not in f.text.strip()
                or _holds_no_names(f.label or "") or _city_of_an_address(analysis, fields, i) or staff_column(f.label or "")
                or workspace_author_column(f.label or "")
                or tickets_owner_column(f.label or "", tuple(g.label or "" for g in fields))
                or work_or_equipment_column(f.label or "") or place_in_places_column(f)):
            continue  # an address's city or ZIP column: "Diamond Bar" under SVC_CITY is no one's name, nor a work
            # order's type code under TYPE ("PNL UPG")
        shape = analysis.sniff(f.text)
        if shape and shape != "name":
            if analysis.valid(shape, f.text, "account"):
                analysis.add(shape, f, 0, len(f.text), analysis.reason(why, f.label))
            continue
        for start, end in analysis.private_names_in(f.text):
            analysis.add("name", f, start, end, analysis.reason(why, f.label))


def _facility_row(analysis: Analysis, fields: list[Segment], cells: list[Cell]) -> bool:
    """A row no person is named in whose other cells name a facility or the City ("Senior Center", "City of
    ... (municipal)"; not the column of a firm that did the customer's work, ``work_or_equipment_column``): the
    City's own address and usage (a list of EV chargers, of City buildings' meters); or
    one whose person is reached at the City's mailbox (``_reached_at_the_city``): staff, for their facility.
    A firm is a customer too: "Account Holder: Acme Bakery LLC" is no facility."""
    kinds = {id(c.segment): c.kind for c in cells}
    by_city = held_by_city(fields)
    # (not the installer's or the dealer's column, set aside as the firm's: "Sunridge Solar Installers Inc." is no
    # City solar site)
    named_place = any((_names_city_place(f.text, kinds.get(id(f))) or place_in_places_column(f)) for f in fields
                      if not work_or_equipment_column(f.label or "") and not meeting_venue(f, fields))
    if public_holder_row(analysis.facts, fields[0]):
        named_place, by_city = True, True  # "SCE account (City of Los Olmos) | Area served | 2024 kWh"
    return named_place and (_reached_at_the_city(analysis, fields) or not any(
        c.kind == "name" and analysis.names_person(c) and (not by_city or given_and_listed_surname(c.text.strip()))
        for c in cells))


def _in_a_column_of_places(analysis: Analysis, fields: list[Segment]) -> bool:
    """Whether the row's name is a park's or a hall's in a column of such places (``place_columns``: a facility
    directory's "Morgan Church | Community Hall | ... | (909) ..."), and no other cell of the row names a person."""
    places = analysis.facts.computed(place_columns)
    return any(id(f) in places and names_a_place(f.text.strip()) for f in fields) and not any(
        id(f) not in places and person_name(f.text.strip()) for f in fields)


def _reached_at_the_city(analysis: Analysis, fields: list[Segment]) -> bool:
    """Whether a record's mailboxes are all the City's, one at least (a form a department filed for its facility:
    "Pomona Public Library | ... | staff name | (909) ... | name@<the City's domain> | 632,265 kWh"): the City is the
    applicant, the person its staff, the facility's figures its own."""
    url = analysis.document.url
    mailboxes = [plain_email(m.group()) for f in fields for m in EMAIL_RE.finditer(f.text)]
    return bool(mailboxes) and all(analysis.contacts.email_is_official(m, url) for m in mailboxes)


# a note in brackets ending a cell ("431 Eucalyptus St (Fire Station 4)"), and a home's words that may hold a place's
# ("(Sunset Park Apartments)", "(space 14, Rancho Park mobile home park)"): a residence, no City site
_BRACKETED_AT_END = re.compile(r"\(([^()\n]{2,40})\)\s*$")
_RESIDENCE = re.compile(r"(?i)\b(?:apartments?|apts?|villas?|homes?|estates|condo\w*|townhomes?|units?|space|lot|"
                        r"suites?|mobile|residen\w*|tenants?|rear|house)\b")


@lru_cache(maxsize=4096)
def _names_city_place(value: str, kind: str | None) -> bool:
    """A cell of kind ``kind`` that names the City or one of its facilities or installations: "City of ...",
    "Senior Center", and, in a cell that is no person's name, "Well #4", "Booster Station 2", "Storage Tank 3", as the
    account detector knows them (``CITY_FACILITY``); an address cell naming the facility in brackets after the street
    ("431 Eucalyptus St (Fire Station 4)", a utility payments register's service location), not a home's
    ("(Sunset Park Apartments)"). A name cell's "Park" is a surname ("Nicole Park"). Read once
    per value: every row of a table asks it of each cell, and a column repeats its values (a city, a rate plan)."""
    if kind == "address":
        bracketed = _BRACKETED_AT_END.search(value)  # "431 Eucalyptus St (Fire Station 4)": the City's site there
        return bool(bracketed) and bool(CITY_FACILITY.search(bracketed.group(1))) and not _RESIDENCE.search(
            bracketed.group(1))
    if kind in ("phone", "email", "usage") or names_home_equipment(value):
        return False  # (a rebate's measure, "Pool pump", is a home's equipment)
    if kind == "name":
        return bool(_CITY_OWN.search(value) or PUBLIC_BODY.search(value))  # "Harbor Point Public Schools"
    return bool(FACILITY_CUE.search(value) or CITY_FACILITY.search(value))  # _CITY_OWN's places are among these


def _register_entry(analysis: Analysis, fields: list[Segment]) -> bool:
    """A row of a business register (``lists.business_register``: a licence list's "Legal Name | DBA | Entity |
    Federal ID | Address | Phone") that holds no account or usage: the licence holder's name, business address and
    phone, which the City publishes with the licence, under a sole proprietor's own name too. A sole proprietor's SSN,
    ITIN or EIN in the row is read by ``_anchored_row``, which keeps the number (and the owner's name only where the
    business is named as the owner)."""
    return business_register(tuple(f.label for f in fields)) and all(
        a.kind == "identifier" for f in fields for a in analysis.anchors.get(id(f), ()))


def _firm_without_account(analysis: Analysis, fields: list[Segment], kinds: tuple, cells: list[Cell]) -> bool:
    """A row whose every name is a firm's ("Zamora Tire & Brake", "Golden Lotus Bakery") and whose account column
    says it has none ("—", "n/a"), with no usage and no personal identifier either: a program's list of partner
    businesses under a customer table's headers (Customer | Service Address | Account | Phone), the firms' published
    addresses and phones. A firm's row that gives its account or its usage is a customer's record still, as a
    person's row is, and so is a firm's in a table with no account column ("Account Holder | Service Address": the
    holder of an account)."""
    names = [c for c in cells if c.kind == "name"]
    if not names or any(analysis.anchors.get(id(f)) for f in fields):
        return False
    accounts = [f for f, (kind, _) in zip(fields, kinds) if kind == "account"]
    if not accounts or any(any(ch.isdigit() for ch in f.text) for f in accounts):
        return False
    if any(c.kind not in ("name", "address", "phone", "email", "other") and any(ch.isdigit() for ch in c.text)
           for c in cells):
        return False  # an account, a meter, a usage figure
    return all(_firm(c.segment.text[c.start:c.end]) for c in names)


# a household or an estate named by its family ("The Ruiz Family", "Ruiz Family Trust"): probablepeople reads a firm
_HOUSEHOLD_WORD = re.compile(r"(?i)\b(?:family|familia|household|residence|estate|trust|heirs?)\b")


def _firm(name: str) -> bool:
    """Whether a name cell names a business, not a person or a household: a name that says so by its own words
    (``lists.named_as_a_business``: "Hakobyan Auto Repair", "Okafor Electric Inc.", "Miguel's Pho House"), or one
    probablepeople reads as a firm that reads as no person's name ("Zamora Tire & Brake"). Not a rare name
    probablepeople calls a firm ("Ottilie Brandvold"): in a customer column a person's name is a customer's. (So
    it differs on purpose from ``lists.business_name``, which reads a directory's line, where a name is a business's
    or a person's and a last word no list holds as a name makes probablepeople's firm one.)"""
    name = name.strip()
    if not name or named_as_a_business(name):
        return bool(name)
    return (probable_kind(name) == "Corporation" and not person_name(name, strict=False)
            and not _HOUSEHOLD_WORD.search(name))


def _project_contact(fields: list[Segment]) -> bool:
    """A row of a table with a "Project" column and no consumer mailbox in it: a project's contact (a firm's,
    an architect's), a public listing; a sign-in sheet's resident gives their own mailbox."""
    return any(project_column(f.label or "") for f in fields) and not _consumer_mailbox(fields)


def _consumer_mailbox(fields: list[Segment]) -> bool:
    """Whether a row gives a mailbox at a consumer mail provider: a person's own, not an office's."""
    return any(plain_email(m.group()).rsplit("@", 1)[-1].lower() in PERSONAL_DOMAINS
               for f in fields for m in EMAIL_RE.finditer(f.text))


# a party to an agreement as a contract's notice table names its row ("Seller", "Buyer", "Consultant", "Party B", a
# lease's "Landlord" and "Tenant")
_AGREEMENT_PARTY = re.compile(r"(?i)\s*(?:buyer|seller|purchaser|consultant|(?:sub)?contractor|licensee|licensor|"
                              r"lessee|lessor|landlord|tenant|grantee|grantor|supplier|developer|provider|"
                              r"party\s+[ab12])\s*:?\s*")


def _party_representative(fields: list[Segment], kinds: tuple, cells: list[Cell]) -> bool:
    """A row naming a party to an agreement by its role ("Seller | Attn: Ana Ruiz | ...") or its person by their title
    at an organisation ("Ana Ruiz, Vice President"), with no account, usage or identifier, no consumer mailbox and no
    column that says customer: a contract's notice addressee or a firm's representative at the firm's office, which
    contracts and bid lists publish; a customer's record names no one by a job title."""
    if any(strong for _, strong in kinds) or any(c.kind in _CUSTOMERS_OWN_KINDS for c in cells) or \
            _consumer_mailbox(fields):
        return False
    if any(_AGREEMENT_PARTY.fullmatch(f.text) for f in fields):
        return True
    names = [(c.segment.text, start, end) for c in cells if c.kind == "name"
             for start, end in names_in(c.segment.text, c.start, c.end)]
    return bool(names) and all(named_officially(text, start, end) for text, start, end in names)


def _organisations_contact(analysis: Analysis, fields: list[Segment], kinds: tuple) -> bool:
    """A row whose cell under an organisation's column names the firm, the newspaper or the agency its person is with
    (Caller | Organization | Call back | Re: "Ana Ruiz | Valley Courier | 909-... | wants comment on the rate story"):
    a call log's or a contact list's reporter, vendor or agency officer, reached at their office, not a customer. A
    row holding an identifier, whose organisation's cell says customer or resident ("PCE customer, acct ..."), or
    whose note speaks of the caller's own bill or service ("says her bill doubled") is a customer's still, as are the
    rows of a table with a column that says customer outright (a call-back column says only whom to call)."""
    if any(strong and not call_back_column(f.label or "") for f, (_, strong) in zip(fields, kinds)):
        return False
    if any(analysis.anchors.get(id(f)) for f in fields):
        return False
    organisation = next((f.text.strip() for f in fields if organisation_column(f.label or "")), "")
    if not organisation or _NO_ORGANISATION.search(organisation) or given_and_listed_surname(organisation):
        return False  # a customer's or a resident's own row, or a person's name where the organisation's goes
    return not any(_ACCOUNT_REQUEST.search(f.text) or _OWN_ACCOUNT_MATTER.search(f.text) for f in fields)


# an organisation's cell that names none: the person is a customer, a resident or speaks for themselves
_NO_ORGANISATION = re.compile(r"(?i)\b(?:customers?|account\s?holder|ratepayer|resident|homeowner|home\s+owner|tenant|"
                              r"renter|self|private|individual|citizen|personal|none|n/?a|unaffiliated)\b|^\W*$")
# a call's note about the caller's own bill or service: "says August bill doubled", "wants to opt out", "shut-off
# notice", "her meter reads wrong" (a vendor's "quote for bill inserts", an "invoice" or a "PO" is none)
_OWN_ACCOUNT_MATTER = re.compile(
    r"(?i)\b(?:(?:high|final|monthly|electric|utility|last|latest|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*)\s+bill|bills?\s+(?:doubled|tripled|went\s+up|jumped|spiked|(?:is\s+|was\s+)?too\s+high)|"
    r"opt(?:s|ed|ing)?[\s-]+out|shut[\s-]?off|disconnect\w*|past[\s-]due|"
    r"(?:my|his|her|their)\s+(?:account|acct|bill|meter|service|usage|balance)|meter\s+read\w*)\b")


_CITY_OWN = re.compile(r"(?i)\b(?:municipal|city[- ]owned|city facility|city of|county of|city hall|civic center|"
                       r"library|police|fire station|(?:community|senior|recreation|aquatics?|youth|nature) center|"
                       r"corporation yard|water (?:treatment|reclamation) plant|"
                       r"ayuntamiento|biblioteca|estaci[oó]n de (?:polic[ií]a|bomberos)|centro (?:comunitario|c[ií]vico|"
                       r"recreativo|juvenil)|patio de obras|obras p[uú]blicas)\b")


# a minified object's key, a letter or two ("n", "nm"): it names nothing, the value's shape says what it is
_TERSE_KEY = re.compile(r"[A-Za-z]{1,2}")


def _anchored_row(analysis: Analysis, fields: list[Segment], kinds: tuple) -> bool:
    """A row with an identifier in it, or a cell that says whose it is ("Customer"): its values judged by
    their shapes (or by a header that names their kind), whatever the table is about; a cell holding several
    values (the identifier and a usage figure in a "Notes" column) gives each of them. A vendor's, a contractor's
    or a grantee's block ("Vendor | Acme Electric, Inc." over its contact, phone and mailbox) is the firm's, whatever
    number it holds (``vendors_block``): the identifier alone is the finding. In a vendor master list
    (``vendor_master_list``) a sole proprietor under their own name is named beside their SSN or ITIN, but the
    phone, mailbox and remit-to address the list gives are the business's, no customer's. So are a business
    register's (``business_register``: a licence list's "Business Name | Owner | Business Address | Phone | EIN"),
    where a sole proprietor trading under a name of the business's own ("Ruiz Handyman Service") is named by their
    SSN or ITIN alone, the licence holder's published contact no customer's record."""
    if vendors_block(fields):
        return _customer_told_in_a_cell(analysis, fields)
    register = business_register(tuple(f.label for f in fields))
    held = [a for f in fields for a in analysis.anchors.get(id(f), ())]
    if register and held and all(a.kind == "identifier" for a in held) and any(
            BUSINESS_NAME_COLUMN.fullmatch(f.label or "") and _trade_name(f.text) for f in fields):
        return True  # a business licence list's sole proprietor under a trade name: the SSN or ITIN alone
    cells, programs = [], []
    own_id = any(a.kind == "identifier" for f in fields for a in analysis.anchors.get(id(f), ()))
    # the row gives the person's utility account: a program's number beside it numbers the application, a program's
    # file ("Rebate # | Applicant | ... | CCA Account | ... | Payee TIN"), as in a participants' table (``columns``)
    utility_account = any(kind == "account" for kind, _ in kinds or ()) or any(
        a.kind == "account" for f in fields for a in analysis.anchors.get(id(f), ()))
    named = False  # a caller's or a payee's column, or any name column beside an SSN, names the row's person
    for i, (f, (kind, strong)) in enumerate(zip(fields, kinds or [(None, False)] * len(fields))):
        held = analysis.anchors.get(id(f))
        if kind in (None, "soft") and (_holds_no_names(f.label or "") or _city_of_an_address(analysis, fields, i)) \
                and not held:
            continue  # an address's city or ZIP: "Diamond Bar" under SVC_CITY is no one's name; a type's code either
            # (but a cell holding the identifier itself speaks for the row, whatever its column: a summary's class
            # label cell printed with its one account's holder, "AG_PUMP (1 acct: <name> / SA ... / <street>)")
        if kind in (None, "soft") and not held and trade_name(f.text.strip()):
            continue  # a sole proprietor's shop in a column of its own ("Ruiz Handyman" under Business): the
            # business's name, as a business register's (above); the person is named by their own column
        if kind in (None, "soft") and not held and place_in_places_column(f):
            continue  # "Site: Garfield Hall": a park or a hall named after someone, in a column of places
        if not held and workspace_author_column(f.label or ""):
            continue  # who posted the message in a chat export: the workspace's member, whatever customer it names
        wrapped = None if held or staff_column(f.label or "") or not (
            person_role_column(f.label or "") or kind == "name") else wrapped_holder_name(f.text)
        if wrapped:  # "Estate of Leonora Okafor", "Lorraine & Tobias Quintanilla" under Caller: the person in it
            cells.append(Cell("name", f, *wrapped, f.label or "", True))
            named = True
            continue
        if not held and (person_role_column(f.label or "") or own_id and kind == "name"
                         or kind is None and _TERSE_KEY.fullmatch(f.label or "")) and (
                given_and_listed_surname(f.text.strip())):
            cells.append(Cell("name", f, 0, len(f.text), f.label or "", True))  # "Caller: Darío Park | acct ..."
            named = True
            continue
        if not held and (kind in ("veto", None) and staff_column(f.label or "") or meeting_hosts(f, fields)):
            continue  # the CSR who took the call, the clerk who entered it, who called the meeting: staff
        mailed = _NAMED_MAILBOX.fullmatch(f.text) if kind in (None, "email", "contact") and not held else None
        if mailed:  # "Ana Ruiz <ana.ruiz@...>": a person as a mail system gives one (a calendar's attendee)
            cells += [Cell(k, f, *mailed.span(k), f.label or "") for k in ("name", "email")]
            continue
        if kind in ("veto", "soft") and not held and hired_firms_column(f.label or ""):
            continue  # a permit's "Contractor Ph", a rebate's "Installer phone": the firm's that did the work
        if kind == "veto" and not held and facility_by_column(f.label or "", f.text):
            return False  # the City's own place, its account and usage (as ``_facility_row``)
        if kind is None and not held and own_baseline_column(f.label or ""):
            kind = "usage"  # "Baseline annual kWh" in the row of the account it holds: the home's own use
        if kind is None and not held and program_id_column(f.label or "") and f.text.strip():
            if not utility_account:
                programs.append(Cell("account", f, 0, len(f.text), f.label or ""))
            continue
        note = None if held else _NOTE_AFTER_NAME.search(f.text)
        dashed = None if held or kind != "name" else _DASH_NOTE.search(f.text)  # "SALAZAR - audit" under Name
        if dashed or note and analysis.sniff(f.text[:note.start()]) == "name":  # "Vikram Patel (rebate - individual)"
            cells.append(Cell("name", f, 0, (dashed or note).start(), f.label or "", strong))
            continue
        shape = None if held or _several_contacts(f.text) else analysis.sniff(f.text)
        # a name column's cell that holds the identifier too ("Ana Ruiz (SAID 0048823910)") is read for the name
        # in it, as a cell of several values: the whole cell is no name
        if kind == "address" and not opens_an_address(f.text) or kind == "email" and not EMAIL_RE.fullmatch(
                f.text.strip()):
            kind = None  # "account 429319" in a service address column (a rowspan's second line), a note giving a
            # mailbox among its words ("Tenant ... moving into ...; send confirmation to ..."): what it holds
        if shape or kind in ("address", "phone", "email", "usage") or (
                kind == "name" and not held and not _contacts_in(f.text)):
            cells.append(Cell(shape or kind, f, 0, len(f.text), f.label or "", strong))
        else:  # a cell of several values: "Residence of Ana Ruiz (SCE acct 2-23-456-7890)", "Notes: 9,840 kWh"
            cells += [Cell(k, segment, start, end, f.label or "")
                      for k, segment, start, end in analysis.contact_fields([Line(f, 0, len(f.text))])]
            cells += [Cell("name", f, start, end, f.label or "") for start, end in names_in(f.text, anchored=True)
                      if not named_officially(f.text, start, end) and not analysis.official_mailbox_after(f.text, end)]
            # the holder's surname alone in brackets right after the account ("Installed for account 8-31-816-5525
            # (Wong)" in a photo's title): the account's holder, as running text reads it (``prose``)
            for start, end in holders_bracketed_after_accounts(f.text, [(a.start, a.end) for a in held or ()
                                                                         if a.kind == "account"]):
                analysis.add("name", f, start, end, "holder of the account bracketed after it")
    if not named and not any(c.kind == "name" and analysis.names_person(c) for c in cells) \
            and not analysis.names_person_in_halves(cells):
        return _unnamed_account_note(analysis, fields, cells)  # else a facility's or a firm's account
    business = register or vendor_master_list(tuple(f.label for f in fields))
    if not analysis.judge(cells, "row holding a personal identifier: column '{label}'", anchored=True,
                          business_contacts=business and not _refund_of_an_account(analysis, fields)
                          and not _individual_payee(fields)):
        return False
    analysis.context.listing.difference_update(id(f) for f in fields)
    if programs and any(f.kind == "name" and any(f.segment is c.segment for c in cells)
                        for f in analysis.context.fields[-len(cells):]):
        # a program's number for the person the row names ("Ref (Rebate ID)" of a rebate an accounts-payable export
        # pays to a participant at home): their program account, as in a participants' table; a vendor's row, whose
        # name the judge leaves out, keeps its number a payment's
        _numbers_in_account_columns(analysis, programs)
    return True


# a payment's words that say it pays a customer back: "CR BAL REFUND CLOSED ACCT ...", "Deposit refund", "Overpayment
# reimbursement"
_REFUND = re.compile(r"(?i)\b(?:refund\w*|reimburse\w*|overpayment|credit\s+balance|cr\s+bal)\b")


def _refund_of_an_account(analysis: Analysis, fields: list[Segment]) -> bool:
    """Whether a payee's row of an AP register pays a customer back on their utility account (a closed account's
    credit balance, a deposit): a cell holds the account an identifier's detector found and says it is a refund. The
    payee is that customer, the remit-to address or PO box where their refund is mailed their own, not a vendor's
    published one."""
    return any(a.kind == "account" for f in fields for a in analysis.anchors.get(id(f), ())) and any(
        _REFUND.search(f.text) for f in fields)


# a short note in brackets after a payee's or a person's name that says what the row is ("Vikram Patel (rebate -
# individual)", "Ana Ruiz (refund)", "Le, Minh (tenant)"): the name is the cell's text before it
_NOTE_AFTER_NAME = re.compile(r"[ \t]*\([^()\n\d]{2,40}\)[ \t]*$")
# the note's words that make the payee a private person paid at home: a rebate's or a refund's recipient, an individual
_PERSON_PAID = re.compile(r"(?i)\b(?:individual|rebate|refund\w*|reimburse\w*|resident|homeowner|customer|"
                          r"participant|tenant|ratepayer)\b")


def _individual_payee(fields: list[Segment]) -> bool:
    """Whether a payee's row of an AP register says, in brackets after the payee's name, that it pays a private person
    a rebate or a refund ("Vikram Patel (rebate - individual)"): the remit-to address is where that person's cheque is
    mailed, their home, no vendor's published address. The note follows a name of two words or more: a 1099 column's
    "Y (Individual/Sole Proprietor)" says how a vendor files, no rebate paid at home."""
    return any((note := _NOTE_AFTER_NAME.search(f.text)) and _PERSON_PAID.search(note.group())
               and len(_NAME_WORD.findall(f.text, 0, note.start())) >= 2 for f in fields)


_NAME_WORD = re.compile(r"[^\W\d_]{2,}")


def _trade_name(name: str) -> bool:
    """Whether a business's name column names the business by words of its own ("Nakamura Handyman Service",
    "Tacos El Rey"), not by its owner's name alone ("Ana Ruiz")."""
    name = name.strip()
    return bool(name) and any(c.isalpha() for c in name) and (
        named_as_a_business(name) or not given_and_listed_surname(name))


_TOLD_WORDS = 6  # a cell of free text, no value alone: a permit's "Description", a work order's "Notes"


def _customer_told_in_a_cell(analysis: Analysis, fields: list[Segment]) -> bool:
    """A vendor's or a contractor's row (``vendors_block``) whose free-text cell gives a customer's account the
    account detector found there ("Sized to owner's SCE bill: annual usage 11,066 kWh, SCE svc acct 3-841-9411-95
    (in name of Yesenia Camacho)" in a permit's Description): the cell's own name, home and usage are that
    customer's, as the same words in running text are; the firm's contact, phone and licence in the row's other
    cells stay the firm's."""
    found = False
    for f in fields:
        held = analysis.anchors.get(id(f))
        if not held or not any(a.kind == "account" for a in held) or len(f.text.split()) < _TOLD_WORDS:
            continue
        cells = [Cell(k, segment, start, end, f.label or "")
                 for k, segment, start, end in analysis.contact_fields([Line(f, 0, len(f.text))])]
        cells += [Cell("name", f, start, end, f.label or "") for start, end in names_in(f.text, anchored=True)
                  if not named_officially(f.text, start, end) and not analysis.official_mailbox_after(f.text, end)]
        cells += _holder_named_by_column(f, fields)
        found = analysis.judge(cells, "customer's account told in a cell: column '{label}'", anchored=True) or found
    return found


def _holder_named_by_column(told: Segment, fields: list[Segment]) -> list[Cell]:
    """The name in the row's cell under the column whose word the told account's possessive repeats ("owner's SCE
    svc acct 3-..." in a permit's Description beside its "Owner" or "Property Owner" column): the account's holder,
    and the row's address column ("Job Address") the premises the account serves."""
    cells = []
    for f in fields:
        words = split_words(f.label or "").split()
        if f is told or not words or not re.search(rf"(?i)\b{re.escape(words[-1])}['\u2019]s\b", told.text):
            continue
        cells += [Cell("name", f, start, end, f.label) for start, end in names_in(f.text, anchored=True)
                  if not named_officially(f.text, start, end)]
    if cells:
        cells += [Cell("address", f, 0, len(f.text.rstrip()), f.label) for f in fields
                  if f is not told and _PREMISES_COLUMN.search(split_words(f.label or "")) and f.text.strip()]
    return cells


# the column of the premises a permit or a work order is for: "Job Address", "Site Address", "Address"
_PREMISES_COLUMN = re.compile(r"(?i)\baddress\s*$")


def _name_and_contacts(analysis: Analysis, cell: Cell) -> list[Cell]:
    """A name column's cell that gives the person's phone or mailbox after their name ("Account Holder": "Ana Le  ph
    626.378.2591", "Ana Ruiz, aruiz@gmail.com"), read as the name and the contacts it holds, each its own cell; any
    other cell as it is (a cell of lines, "Ana Ruiz" over her street and phone, is ``Analysis.judge``'s to read line
    by line)."""
    text = cell.segment.text
    if cell.kind == "name" and (note := _DASH_NOTE.search(text, cell.start, cell.end)):
        return [Cell("name", cell.segment, cell.start, note.start(), cell.label, cell.strong)]
    if cell.kind != "name" or "\n" in text.strip() or not _contacts_in(text):
        return [cell]
    names = [Cell("name", cell.segment, start, end, cell.label, cell.strong)
             for start, end in names_in(text, anchored=True) if not named_officially(text, start, end)]
    if len(names) != 1:
        return [cell]
    contacts = [Cell(kind, segment, start, end, cell.label)
                for kind, segment, start, end in analysis.contact_fields([Line(cell.segment, 0, len(text))])]
    return names + contacts


# staff's note after a name cell's spaced dash ("SALAZAR - audit", "Ana Ruiz – moved out 5/2", "Lee, Ana - Follow-up
# call"): in lower case, a date or a word of staff's work, no word of the name
_DASH_NOTE = re.compile(r"(?<=\S)[ \t]+[-\u2013\u2014][ \t]+"
                        r"(?:[a-z\d]|(?:Audit|Visit|Follow|Call|Callback|Moved|Closed|Done|Pending|Complete|"
                        r"Scheduled|Cancel|No[ \t]+show|Left|Vacant|Tenant|Owner|Landlord|Renter)(?![a-z]))[^\n]*$")


def _contacts_in(text: str) -> bool:
    """Whether a name column's cell holds how to reach someone: a phone, a mailbox, or a home after the name ("Ana
    Ruiz, 909-555-0147", "Ana Ruiz (12 Elm St)", a tooltip's "Tel. 909-555-0147"): a contact, not one name."""
    if phone_spans(text) or EMAIL_RE.search(text):
        return True
    names = names_in(text, anchored=True)
    return bool(names) and opens_an_address(text[names[0][1]:].lstrip(" \t,;:(-\u2013\u2014"))


# a column that names the customer, not a role serving them ("Customer", "Customer Name", "Nombre del cliente",
# "Tên khách hàng"; not "Customer Liaison", "Customer Advocate")
_CUSTOMER_COLUMN = re.compile(rf"{_CUSTOMER_CELL.pattern}(?i:(?:(?:full\s+)?names?|nombre)?\s*:?\s*)|"
                              r"(?i:\s*nombre\s+del?\s+(?:cliente|titular)\s*:?\s*)")


def _customers_contact(fields: list[Segment], kinds: tuple) -> bool:
    """Cells under a column that says "customer" outright that give a person's name and how to reach them, in one
    cell ("Ana Ruiz, 909-555-0147") or in the name shown and its tooltip (a case table's "Customer" cell whose title
    gives the phone): the customer's contact, as a Customer column beside a Phone column gives it, though the table
    has no column of its own for it."""
    customer = [f for f, (kind, strong) in zip(fields, kinds or ()) if kind == "name" and strong
                and _CUSTOMER_COLUMN.fullmatch(to_english(f.label or ""))]
    return any(_contacts_in(f.text) for f in customer) and any(names_in(f.text, anchored=True) for f in customer)


def names_its_customer(text: str) -> bool:
    """A note that names the customer it is about: opening with the role ("Cust Choi, Dong-hyun: read ...",
    "Customer Ana Ruiz called", "Tenant Wendy Wallace moving into") or calling someone the customer further on
    ("Dim lights at 88 Elm St, customer Ana Ruiz asks for a callback"); not a customer service desk's or a program's
    words ("Customer Service Representative"), nor a resident's part in a public process ("Resident Ana Ruiz spoke in
    support of the bike lanes": a public commenter)."""
    start = len(text) - len(text.lstrip())
    role = CUSTOMER_ROLE.match(text, start) or (None if PUBLIC_PROCESS.search(text) else PARTY_ROLE.match(text, start))
    if role and _NAME_AFTER_ROLE.match(text, role.end()):
        return True
    if any(_NAME_AFTER_ROLE.match(text, m.end()) for m in CUSTOMER_ROLE.finditer(text, start + 1)):
        return True
    if not _TENANT_OR_WRITER.search(text):
        return False  # a long table's every cell asks: names_in only where a tenant or a writer may be named
    names = names_in(text)
    return any(_TENANT_BEFORE.search(text, 0, a) for a, _ in names) or bool(
        names and names[0][0] == start and _WRITES_FROM_OWN_MAILBOX.match(text, names[0][1]))


_TENANT_OR_WRITER = re.compile(r"(?i)\btenant\b|\b(?:e-?mailed|wrote)\b")
# the account's holder named in a third party's inquiry ("Landlord inquiry re 12 Elm St; tenant Ana Ruiz must call
# herself"): the tenant, not the landlord, is the customer
_TENANT_BEFORE = re.compile(r"(?i)\btenant[ \t]+$")
# a note opening with a person writing from their own mailbox at a consumer provider ("Ana Ruiz emailed from
# aruiz7@gmail.com, says ..."): a customer, not a vendor's or an office's correspondent
_WRITES_FROM_OWN_MAILBOX = re.compile(r"(?i)[ \t]+(?:e-?mailed|wrote)(?:\s+in)?\s+from\s+[\w.+-]+@"
                                      rf"(?:{'|'.join(re.escape(d) for d in sorted(PERSONAL_DOMAINS))})\b")


def _unnamed_account_note(analysis: Analysis, fields: list[Segment], cells: list[Cell]) -> bool:
    """A case log's note that gives an account and, in the same cell, the home, callback number or usage it is
    verified by, no name beside them ("10/02 | Verified acct 4417-... / svc addr 2489 Sitka Ave"): that account's
    customer's, as the same line in running text is. Not in a row naming a City place or a facility (a City
    building's account and its address)."""
    if any(_names_city_place(f.text, None) for f in fields):
        return False
    noted = [c for c in cells if c.kind in ("address", "phone", "email", "usage") and analysis.anchors.get(id(c.segment))
             and (c.start, c.end) != (0, len(c.segment.text))]
    return bool(noted) and analysis.judge(noted, "contact details beside a personal identifier", anchored=True)


def _several_contacts(text: str) -> bool:
    """A cell holding a mailbox beside a phone or a usage figure ("Submitted by ana@mail.com, 425 420 5221, reading
    479 kWh") or in a note's sentence ("Tenant Wendy Wallace moving into 12680 Cobbleston Ave; send confirmation to
    wwallace@gmail.com"): several values, not one mailbox, though a mailbox anywhere in a cell gives it that shape."""
    return bool(EMAIL_RE.search(text) and (phone_spans(text) or consumption_spans(text)
                                           or len(EMAIL_RE.sub(" ", text).split()) >= _NOTE_WORDS))


_NOTE_WORDS = 5  # words beside a mailbox in a cell that make it a note, not a contact field ("Home: ana@mail.com")


_PERSONAL_HEADERS = frozenset({"name", "address", "phone", "email", "usage", "account", "identifier"})
_BREAK_LINES = 3  # lines of one cell a table in text runs on across (a page's footer and header, a wrapped cell)


def cells_of(line: Line) -> list[tuple[int, int]]:
    """The spans of a line's cells, split at column gaps."""
    text, spans, start = line.segment.text, [], line.start
    for gap in [*COLUMN_GAP.finditer(text, line.start, line.end), None]:
        a, b = span(text, start, gap.start() if gap else line.end)
        if a < b:
            spans.append((a, b))
        start = gap.end() if gap else line.end
    return spans


_HEADER_WORDS = 5  # "Last 12 mo. consumption (kWh)"
# an account cell holds a number, maybe with a prefix ("PCE-", "ABMU8448744"): a word of text is no prefix
_WORD_OF_TEXT = re.compile(r"[A-Za-z]{4,}(?![A-Za-z]|-?\d)")
# (a column's "use" is a quantity's: "Avg monthly use", "Annual use", "Energy use"; a sentence's "... use" is a verb's)
# ("Reach at", "Call at": a callback list's number, as "Best number" is)
_IN_A_SENTENCE = re.compile(r"(?i)[,;]\s+[a-z]|\b(?:www|https?)\b|(?<!\breach)(?<!\bcall)\s(?:or|and|the|to|at)$|"
                            r"(?<!\bmonthly)(?<!\bannual)(?<!\byearly)(?<!\bdaily)(?<!\baverage)(?<!\bavg)"
                            r"(?<!\benergy)(?<!\btotal)(?<!\bkwh)\suse$")


# a column name that opens with an ordinal: "2nd Notice", "1st Reminder"
_NUMBERED_HEADER = re.compile(r"(?i)\d{1,2}(?:st|nd|rd|th)[ \t]+[^\W\d_]")


# a column name's bracketed qualifier, which may hold a comma: "Customer (Last, First)", "Usage (kWh, 12 mo.)"
_QUALIFIER = re.compile(r"\([^()]*\)")


def _column_name(text: str) -> bool:
    """Whether a header line's cell is short and worded as a column's name, not a sentence's piece; a bilingual
    name is judged by each of its two."""
    names = names_in_each_language(text)
    return len(names) <= 2 and all(len(name) <= 40 and len(name.split()) <= _HEADER_WORDS
                                   and not _IN_A_SENTENCE.search(_QUALIFIER.sub("", name)) for name in names)


# a first column of row numbers, headed by a sign alone: "#", "No.", "Nº"
_ROW_NUMBER_HEADER = re.compile(r"\s*(?:#|No\.?|N[º°o]\.?)\s*")


def _header_of(analysis: Analysis, line: Line, spans: list[tuple[int, int]]) -> tuple[str, ...] | None:
    """The column names of a table's header line laid out in text ("Date | Customer | Acct | Notes"): short
    worded cells, none a value, at least one naming a customer's field."""
    texts = tuple(line.segment.text[a:b] for a, b in spans)
    if len(texts) < 2:
        return None
    named = texts[1:] if _ROW_NUMBER_HEADER.fullmatch(texts[0]) else texts  # "# | Customer | ... | kWh (12 mo)"
    if any(not _column_name(t)
                             or (t[0].isdigit() and not (PERIOD_COUNT.match(t) or _NUMBERED_HEADER.match(t)))
                             or sum(c.isalpha() for c in t) < 2 or analysis.sniff(t)
                             for t in named):
        return None  # not the columns of a page of prose set in two ("return or account, use Form 4506-T or")
    return texts if any(header_kind(t)[0] in _PERSONAL_HEADERS for t in texts) else None


def _headed_tables_in_text(analysis: Analysis) -> set[int]:
    """Tables laid out in text under a header line (a PDF's table, a text dump): each line of as many cells as
    the header is a row labelled by it, on to the next pages while the header is not repeated. A PDF's cells
    come as its visual lines' columns, apart by a tab. Returns the ids of the segments of the headers and rows."""
    headed_segments: set[int] = set()
    header, breaks, full, cut = None, 0, None, None  # full: the last row of as many cells as the header
    short: list[tuple[Segment, list[tuple[int, int]]]] = []  # rows of fewer cells, waiting for the next full row
    headed: list[tuple[Segment, list[tuple[int, int]]]] = []  # the rows under the header, before any continued
    continued = 0  # rows of a later page read as the columns of the headed rows that did not fit (see below)
    ended = None  # (header, last full row) of a table the text after it ended: a later page may go on with it
    above_header = previous = None  # the line before the header's, and before this one
    titles: list[Line] = []  # the lines of no cells right above the current line, nearest last
    tail = None  # the full row that ended its page, for the first line of the next page to go on with (see below)
    edges = None  # where each page's text starts and which table row ends it, read at a page's first row of cells
    table_titles: list[str] = []  # the lines of no cells right above the current table's header
    for index, line in enumerate(analysis.free_lines):
        previous, above = line, previous
        frame = line.segment.chrome or id(line.segment) in analysis.running_lines
        if "\t" not in line.text and not COLUMN_GAP.search(line.text):
            titles = [*titles[1 - _TITLE_SEGMENTS:], line]
            tail = tail if frame or _PAGE_STAMP.fullmatch(line.text) else None
            breaks += 1
            if full is not None and not frame and page_of(line.segment) != page_of(full[0]) \
                    and not _PAGE_STAMP.fullmatch(line.text) and heads_another_part(
                        edges := edges or page_edges(analysis), line.segment, table_titles):
                header = full = ended = None  # "Warrant register - vendor payments" atop the page after a table's
            if breaks > _BREAK_LINES and header is not None:
                ended = (header, full) if full is not None else None
                header = None
            continue
        spans = cells_of(line)
        labels = _header_of(analysis, line, spans)
        if labels is None and header is None and ended is not None and _goes_on(analysis, line.segment, spans, *ended):
            header, full, breaks, headed, continued, short = ended[0], ended[1], 0, [], 0, []
        if labels is None and header is None and isinstance(page_of(line.segment), int):
            edges = edges or page_edges(analysis)
            if carried := header_carried_over(edges, line.segment, spans):
                header, full, breaks, headed, continued, short = carried.labels, None, 0, [], 0, []
                spans = carried.spans
        ended = None  # only the first row of cells after the text may go on with it
        # the page's running head or foot stands between a row's two halves; the header repeated on the next page too
        rest, tail = tail, None
        if frame or (labels is not None and labels == header and rest is not None
                     and page_of(line.segment) != page_of(rest[0])):
            tail = rest
        elif header is not None and rest is not None and labels is None and _rest_of_row(line.segment, spans, header,
                                                                                            rest):
            breaks = 0
            _judge_text_row(analysis, *_row_and_rest(analysis, header, rest, line.segment, spans))
            headed_segments.add(id(line.segment))
            continue
        if labels is not None and _months_titled_usage(line, labels, titles):
            analysis.usage_month_headers.add(labels)
        if labels is not None and any(page_of(title.segment) == page_of(line.segment)
                                      and len(title.text.strip()) <= _TITLE_CHARS
                                      and dates_an_old_record(title.text) for title in titles):
            analysis.old_record_headers.add(labels)
        if labels is not None and labels != header:
            _participants_under(analysis, labels, analysis.free_lines[index + 1:index + 1 + _SAMPLED_ROWS])
        if labels is not None and labels != header:
            table_titles = [title.text for title in titles]
        titles = []
        if labels is not None:
            # a row the page break cut: its first cells end the page, the header repeats, the rest open the next
            cut = short[-1] if labels == header and short else None
            header, breaks, headed, continued, full, short = labels, 0, [], 0, None, []
            above_header = above
            headed_segments.add(id(line.segment))
            continue
        if header is not None and full is None and not headed and not short and len(spans) == len(header) + 1:
            # the first row has a cell more than the header: the first column's label went onto the line above (a
            # table turned sideways on its page, its first header cell read with the page's footer: "Packet Page
            # 269Customer" over "Service address | Premise ID | Phone | Annual kWh"); the labels name the last columns
            header = (_label_ending(above_header), *header)
        if header is not None and full is not None and len(spans) == len(header) - 1:
            spans = unglued_spans(line.segment.text, spans, _cell_texts(*full)) or spans  # "...Circle6597 9270 88"
        cut, joined = None, cut
        if header is not None and joined is not None and len(spans) == len(header) - len(joined[1]) and (
                page_of(line.segment) != page_of(joined[0])):
            breaks = 0
            _judge_text_row(analysis, _pieces(*joined) + _pieces(line.segment, spans), header)
            headed_segments.update((id(joined[0]), id(line.segment)))
        elif header is not None and continued < len(headed) and _continues_columns(
                analysis, line.segment, spans, header, headed[0][0], continued):
            breaks = 0
            headed_segments.add(id(line.segment))
            _judge_continued_row(analysis, *headed[continued], header, line.segment, spans)
            continued += 1
        elif header is not None and _another_tables_page(line.segment, spans, full):
            header, full, headed, continued, short = None, None, [], 0, []
        elif header is not None and len(spans) == len(header):
            breaks = 0
            _judge_text_row(analysis, _pieces(line.segment, spans), header)
            headed_segments.add(id(line.segment))
            full = tail = (line.segment, spans)
            if not continued:
                headed.append(full)
            for row in short:
                if _ends_short(*row, *full):
                    _judge_text_row(analysis, _pieces(*row), _short_labels(*row, header, full))
                    headed_segments.add(id(row[0]))
            short = []
        elif header is not None and full is not None and _ends_short(line.segment, spans, *full):
            breaks = 0
            _judge_text_row(analysis, _pieces(line.segment, spans), _short_labels(line.segment, spans, header, full))
            headed_segments.add(id(line.segment))
        elif header is not None and len(spans) < len(header):
            short.append((line.segment, spans))  # judged by the next full row's cells, or the next page's rest
        elif header is not None and len(spans) > len(header):
            header = None
    return headed_segments


def _short_labels(segment: Segment, spans: list[tuple[int, int]], header: tuple, full: tuple) -> tuple[str, ...]:
    """The labels of a row of fewer cells than the header, by the shapes of the full row's figures
    (``short_rows``)."""
    return short_row_labels(list(_cell_texts(segment, spans)), list(_cell_texts(*full)), header)


def _cell_texts(segment: Segment, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(segment.text[a:b] for a, b in spans)


def _another_tables_page(segment: Segment, spans: list[tuple[int, int]], full: tuple | None) -> bool:
    """Whether a row that opens a later page than the table's last full row is another table's, its cells in other
    shapes (``same_shapes``): a budget's header ("Department | Fund | FY25 Actual") or a vendor register's after the
    customers' last page, whatever few running lines stand between."""
    return full is not None and len(spans) == len(full[1]) and page_of(segment) != page_of(full[0]) \
        and not same_shapes(_cell_texts(segment, spans), _cell_texts(*full))


# a page's number or a packet's stamp alone on its line ("Page 121", "Packet Pg. 121", "- 12 -"): the page's frame
_PAGE_STAMP = re.compile(r"(?i)[ \t\-\u2013\u2014]*(?:(?:agenda\s+)?packet\s+)?(?:page|pg\.?|p\.)?[ \t]*\d{1,4}"
                         r"(?:[ \t]+of[ \t]+\d{1,4})?[ \t\-\u2013\u2014]*")


def _rest_of_row(segment: Segment, spans: list[tuple[int, int]], header: tuple, row: tuple) -> bool:
    """Whether the first line of a page, past its running head and the table's header repeated, is the rest of the
    table's row that ended the page before (a record of two lines the page break cut: "85979-544 | LE, MY | MAIL: PO
    BOX 0906" at the foot of page 120, "C/O ESTATE | SVC: 2517 RIO HONDO DR" at the top of page 121): on the next
    page, fewer cells than the header (no row of its own: its key column is empty), none a figure alone (the
    next table's or a total's) and one a street address or a name. A line of another table is under another header."""
    page, row_page = page_of(segment), page_of(row[0])
    if not (isinstance(page, int) and isinstance(row_page, int) and page == row_page + 1
            and 1 <= len(spans) < len(header)):
        return False
    texts = [segment.text[a:b] for a, b in spans]
    return not any(_is_figure(text) for text in texts) and any(
        street_addresses(text) or person_name(text, strict=False) for text in texts)


def _row_and_rest(analysis: Analysis, header: tuple, row: tuple, rest: Segment,
                  spans: list[tuple[int, int]]) -> tuple[list[TextCell], tuple]:
    """A row and the rest of it the next page holds, one row's cells and their labels: each cell of the rest under
    the header's column of its kind (a street address under the address's column), another cell with none."""
    pieces, labels = _pieces(*row), list(header)
    kinds = columns(header)[1]
    for a, b in spans:
        text = rest.text[a:b]
        street = street_addresses(text)
        if street:
            a += street[0].start()  # past the cell's own word for it: "SVC: 2517 RIO HONDO DR"
        kind = "address" if street else analysis.sniff(text)
        label = next((label for label, (column, _) in zip(header, kinds) if kind and column == kind), "")
        pieces.append((rest, a, b))
        labels.append(label)
    return pieces, tuple(labels)


_CONTACT_SHAPES = ("name", "address", "phone", "email")
_LAST_WORD = re.compile(r"[A-Z][a-z]+$")


def _label_ending(line: Line | None) -> str:
    """The capitalised word a line ends with, glued to it or not ("Packet Page 269Customer"): a header's first label
    a layout put there, or "" (a column no header names, judged by its values' shapes)."""
    word = _LAST_WORD.search(line.text) if line is not None else None
    return word.group() if word else ""


def _goes_on(analysis: Analysis, segment: Segment, spans: list[tuple[int, int]], header: tuple, full: tuple) -> bool:
    """Whether the first row on the next page goes on with a table whose page went on with text after it (an
    appendix's table, then the page's other items, then the rest of its rows, no header repeated): as many cells
    as the header, each of the kind of the table's last row's (words, figures), and a name, a street address, a
    phone or a mailbox where that row has one."""
    last, last_spans = full
    page, last_page = page_of(segment), page_of(last)
    if not (isinstance(page, int) and isinstance(last_page, int) and page == last_page + 1
            and len(spans) == len(header) == len(last_spans)):
        return False
    for (a, b), (c, d) in zip(spans, last_spans):
        cell, above = segment.text[a:b], last.text[c:d]
        shape = analysis.sniff(above)
        if not _same_kind_of_cell(cell, above) or (shape in _CONTACT_SHAPES and analysis.sniff(cell) != shape):
            return False
    return True


def _same_kind_of_cell(one: str, other: str) -> bool:
    """Whether two cells may be one column's: words, figures, or either where one holds both ("PR-42538" under
    "52226-435", "957 Tagura Rd" under "1682 Chiniak Hwy")."""
    kinds = [(any(c.isalpha() for c in text), any(c.isdigit() for c in text)) for text in (one, other)]
    return kinds[0] == kinds[1] or (True, True) in kinds


_SHORT_BY = 2  # empty last cells a row of a text table may lack (a list's Notes, a blank Past Due)


def _ends_short(segment: Segment, spans: list[tuple[int, int]], full: Segment, full_spans: list[tuple[int, int]]) -> bool:
    """Whether a row with fewer cells than its header is a row whose last cells are empty (a PDF sets no text, so no
    cell, for a blank Notes column): two cells short at most, and each cell a figure where the full row above has
    one and words where it has words, so that a cell missing mid-row (the values after it one column off) is not
    read under the wrong header."""
    if not len(full_spans) - _SHORT_BY <= len(spans) < len(full_spans) or len(spans) < _MIN_TEXT_CELLS:
        return False
    return all(_is_figure(segment.text[a:b]) == _is_figure(full.text[c:d])
               for (a, b), (c, d) in zip(spans, full_spans))


def _is_figure(text: str) -> bool:
    return not any(c.isalpha() for c in text)


def _continues_columns(analysis: Analysis, segment: Segment, spans: list[tuple[int, int]], header: tuple,
                       first: Segment, continued: int) -> bool:
    """Whether a row of a page after the header's holds the columns of the headed rows that did not fit the page (a
    wide sheet's "print to PDF": page 1 Acct | Customer | Address, page 2 the same rows' phone | email | kWh, no
    header): on a later page, under a header that is no public listing's, of values only (a phone or a mailbox where
    the header's column says another kind, or another width than the header's; figures; no person named, no worded
    cell: a page's other table, an office list's "Utility Billing | (909) ...", is none)."""
    if (page_of(segment) is None or page_of(segment) == page_of(first) or len(spans) < 2
            or columns(header)[0] == "listing"):
        return False
    texts = [segment.text[a:b] for a, b in spans]
    shapes = [analysis.sniff(text) or _bare_phone(text) for text in texts]
    if "name" in shapes or not {"phone", "email"} & set(shapes) or any(
            shape is None and any(ch.isalpha() for ch in text) for shape, text in zip(shapes, texts)):
        return False
    kinds = [kind for kind, _ in columns(header)[1]]
    return len(spans) != len(header) or any(shape in ("phone", "email") and shape != kind
                                            for shape, kind in zip(shapes, kinds))


def _judge_continued_row(analysis: Analysis, segment: Segment, spans: list[tuple[int, int]], header: tuple,
                         rest: Segment, rest_spans: list[tuple[int, int]]) -> None:
    """A headed row and its columns continued on a later page, one record: the headed cells by their header, the
    continued ones by their shapes (a bare phone counts: the row is a customer's)."""
    cells = []
    for (a, b), label, (kind, strong) in zip(spans, header, columns(header)[1]):
        if kind in _PERSONAL_HEADERS:
            cells.append(Cell(kind, segment, a, b, label, strong))
    for number, (a, b) in enumerate(rest_spans, 1):
        if shape := analysis.sniff(rest.text[a:b]) or _bare_phone(rest.text[a:b]):
            cells.append(Cell(shape, rest, a, b, f"continued column {number}"))
    if any(c.kind == "name" and analysis.names_person(c) for c in cells):
        analysis.judge(cells, "customer record continued on a later page: column '{label}'")


def _months_titled_usage(line: Line, labels: tuple[str, ...], titles: list[Line]) -> bool:
    """Whether a text table's header line (a PDF's) heads months alone and its title, a short line right above it on
    its page, says kWh or usage ("Monthly Consumption (kWh) by Service Account" over "Customer | Account | Jan | Feb
    ..."): its month columns are usage, as a table's under its caption are (``_months_of_usage``)."""
    kinds = [kind for kind, _ in columns(labels)[1]]
    months = [label for label, kind in zip(labels, kinds) if kind is None and _MONTH.fullmatch(label)]
    return len(months) >= _MONTH_COLUMNS and "usage" not in kinds and any(
        page_of(title.segment) == page_of(line.segment) and _says_usage(title.text.strip()) for title in titles)


def _participants_under(analysis: Analysis, labels: tuple[str, ...], below: list[Line]) -> None:
    """A text table's header over a program's or a service matter's participants (``participants_of_columns``: a
    PDF's "Applicant | Notes | Callback" of payment plans, "Name | Device | Reach at" of a medical baseline's
    requests, whose headers alone make no customer's record): the kinds its rows are read by, by the rows of as
    many cells as the header right under it (a line of no cells ends them)."""
    rows = []
    for line in below:
        if "\t" not in line.text and not COLUMN_GAP.search(line.text):
            break
        spans = cells_of(line)
        if len(spans) == len(labels):
            rows.append((line.segment, spans))
    if len(rows) < 2:
        return
    found, kinds = columns(labels)
    texts = [[segment.text[a:b] for segment, spans in rows for a, b in spans[column:column + 1]]
             for column in range(len(labels))]
    inferred = participants_of_columns(analysis, labels, kinds, texts, rows[0][0], found)
    if inferred != kinds:
        analysis.participant_headers[labels] = inferred


def _text_columns(analysis: Analysis, labels: tuple) -> tuple[str, tuple]:
    """``columns`` of a text table's header (or the first cells of it a short row has), its months usage under a
    title that says so (``_months_titled_usage``), its program's participants read by their cells
    (``_participants_under``); a listing under a title that dates it before 1960."""
    verdict, kinds = columns(labels)
    if _under_an_old_title(analysis, labels):
        return "listing", kinds  # an old ledger or directory a history page transcribes
    if labels in analysis.participant_headers:
        kinds = analysis.participant_headers[labels]
        verdict = verdict_of(kinds, labels)
    if not any(labels[:len(header)] == header[:len(labels)] for header in analysis.usage_month_headers):
        return verdict, kinds
    kinds = tuple(("usage", False) if kind is None and _MONTH.fullmatch(label) else (kind, strong)
                  for label, (kind, strong) in zip(labels, kinds))
    return verdict_of(kinds, labels), kinds


def _under_an_old_title(analysis: Analysis, labels: tuple) -> bool:
    """Whether a text table's header (or the first cells of it a short row has) stands under a title that dates it
    before 1960 (see ``_headed_tables_in_text``)."""
    return any(labels[:len(header)] == header[:len(labels)] for header in analysis.old_record_headers)


def _judge_text_row(analysis: Analysis, pieces: list[TextCell], labels: tuple) -> None:
    """A row of a table in text, its cells ``pieces`` (a segment and a span each: a row a page break cut holds
    two lines' cells), judged by its header as a table's record is (``_judge_row``); the values of the columns no
    header names by their shapes. Its account, which no label beside it names, is the record's."""
    verdict, kinds = _text_columns(analysis, labels)
    first, start, end = pieces[0]
    for (segment, a, b), label in zip(pieces, labels):
        if parcel_column(label) or _parcel_in_account_column(label, segment.text[a:b]):
            analysis.parcels[id(segment)].append((a, b))  # the row's parcel, which no reading takes for its account
    if refund_row(analysis, [(segment, a, b, label) for (segment, a, b), label in zip(pieces, labels)],
                  "refund to a utility customer: column '{label}'"):
        return  # a warrant register's row paying a customer's deposit back
    if verdict == "listing":  # a board's roster, a permit list: its people's mailboxes and numbers are published
        analysis.context.listing.update(id(segment) for segment, _, _ in pieces)
        if _under_an_old_title(analysis, labels):
            analysis.old_record_rows.update(id(segment) for segment, _, _ in pieces)
        return
    head = first.text[start:end]
    if _aggregate_row(head) and not (verdict == "usage" and _TOTAL_ROW.fullmatch(head)):
        return
    if verdict == "usage":  # a PDF's "Billing period | kWh | Amount": a customer's if its page names one
        analysis.usage_tables.append([Cell(kind or "other", segment, a, b, label)
                                      for (segment, a, b), label, (kind, _) in zip(pieces, labels, kinds)])
        return
    cells, person, place = [], False, False
    customer = any(strong for _, strong in kinds)  # beside a "Customer" column a "Site Address" is the customer's
    for (segment, a, b), label, (kind, strong) in zip(pieces, labels, kinds):
        anchored = analysis.anchors_in(segment, a, b)
        value = segment.text[a:b]
        if kind == "soft" and customer and not anchored:
            kind = analysis.sniff(value)  # as a table's row reads it (``_anchored_row``, ``_transposed_tables``)
        if kind is None and _holds_no_names(label):
            continue  # a City or ZIP column: "VALLECITO VERDE" on every row is a town, no one's name; "PNL UPG" under
            # "TYPE" a work order's kind
        kind = kind or (None if anchored else analysis.sniff(value))
        if kind is None and _account_shape(value) and (key := _KEY_HEADER.fullmatch(label)) and not (
                OTHER_NUMBER_PREFIX.fullmatch(key["system"])):
            kind = "account"  # "VCE ID" over "VG2810219": a billing system's key, an account's number in it
        if _parcel_in_account_column(label, value):
            continue
        if kind in (None, "soft") and not anchored:
            # "Ayuntamiento (City Hall)" under a header of no kind, "Garey High School" under a "Site" column (which
            # ``_facility_row`` reads so too)
            place = place or _names_city_place(value, None)
        if kind in (None, "veto", "soft") or value.lower() == label.lower():
            continue
        cell = Cell(kind, segment, a, b, label, strong)
        cells.append(cell)
        person = person or (kind == "name" and analysis.names_person(cell))
        if _names_city_place(value, kind):
            return  # the City's own buildings and meters (as ``_facility_row``)
    if verdict != "maybe" and not person or place and not person:
        return  # (a facility's row names no person: as ``_facility_row``)
    if analysis.judge(cells, "customer record: column '{label}'"):
        _numbers_in_account_columns(analysis, cells)
        for (segment, a, b), label in zip(pieces, labels):
            if _own_average(label) and _AVERAGE_FIGURE.fullmatch(segment.text[a:b]):
                analysis.add("usage", segment, a, b, analysis.reason("customer record: column '{label}'", label))


# a column named as a system's key by its initials ("VCE ID", "CIS #", "UB No."): an account by its cells' shape; not
# another kind of number's initials ("WO #", "TKT No.", "PO #": ``OTHER_NUMBER_PREFIX``) nor a word's ("Ticket #")
_KEY_HEADER = re.compile(r"\s*(?P<system>[A-Z]{2,6})\s*(?:ID|#|No\.?|Nbr)\s*")


# a county assessor's parcel number: "8341-012-034" (Los Angeles County's), "123-456-78", "123-456-789-0"
_PARCEL_NUMBER = re.compile(r"\s*\d{3,4}-\d{2,3}-\d{2,3}(?:-\d{1,3})?\s*")


def _parcel_in_account_column(label: str, value: str) -> bool:
    """A parcel's number in a column keyed by the parcel and the account together ("Parcel / Acct" over
    "8341-012-034"): the lien's parcel, no one's account."""
    return bool(_PARCEL_NUMBER.fullmatch(value)) and parcel_and_account(label)


def _pieces(segment: Segment, spans: list[tuple[int, int]]) -> list[TextCell]:
    return [(segment, a, b) for a, b in spans]


def _notes_of_the_record(analysis: Analysis, fields: list[Segment], kinds: tuple) -> None:
    """A customer record's consumption, the address to write to and the number to call back, in a column no header
    names ("Notes: cust says bill 303 kWh too high", "Send the final bill to PO Box 2291, Pomona, CA 91769", "asked
    for cb at 909-..."): the customer's usage (not a tariff's, a tier's or an average's figure), mailing address (not
    an office's or a facility's) and phone (as the note's words call it: not a vendor's or an office's number), and the
    person whose SSN or ITIN the note gives ("W-9 received from NAME, ITIN ..."; not a reviewer beside an account). A
    column its cells' shapes gave a kind (a CRM export's "Description" most of whose sentences end in the caller's
    mailbox) is such a note still where its header names no kind and its cell is a sentence: "Caller at 2207 Arbolada
    Circle wants autopay off. ... email ana@...", "New mailing addr 3108 Bonita Avenue, Riverside CA 92503"."""
    for f, (kind, _) in zip(fields, kinds):
        if (kind is None or header_kind(f.label or "")[0] is None and len(f.text.split()) >= _TOLD_WORDS) and (
                not work_or_equipment_column(f.label or "")):
            why = analysis.reason("customer record: column '{label}'", f.label)
            for start, end in consumption_spans(f.text):
                analysis.add("usage", f, start, end, why)
            for found, segment, start, end in analysis.contact_fields([Line(f, 0, len(f.text))]):
                if found == "address" and not _PAYEES_ADDRESS.search(f.text[:start]):
                    analysis.add("address", segment, start, end, why)
            for start, end in phones_to_call(f.text):
                analysis.add("phone", f, start, end, why)
            if any(a.kind == "identifier" for a in analysis.anchors.get(id(f), ())):
                for start, end in analysis.private_names_in(f.text):  # whose SSN or ITIN the note gives
                    analysis.add("name", f, start, end, why)


# the words of a note before an address that is a payee's or an organization's, not the customer's: a payment's
# ("mail the payment to PCE, PO Box 4000"), or one right after an agency's initials ("to SCE, P.O. Box 600")
_PAYEES_ADDRESS = re.compile(r"(?:(?i:\bpay(?:ments?|s)?\b)[^.;]*|\b[A-Z]{2,6},?\s*)$")


def _bare_phones_beside_an_account(analysis: Analysis, fields: list[Segment], kinds: tuple,
                                   cells: list[Cell]) -> list[Cell]:
    """The cells of a row whose columns no header names (a callback list pasted under a statistics table's "Mon"
    column: "Ana Ruiz | 9095551234 | 700123456789"), with a cell of ten bare digits in such a column (``kinds``: the
    columns' kinds, None where no header names one) read as a phone, where an account column or an account the
    identifier detectors found gives the row's account already: the other number is how to reach the person
    (``dialable_beside_account``). Not the City's own published lines."""
    if not any(c.kind == "account" for c in cells) and not any(
            a.kind == "account" for f in fields for a in analysis.anchors.get(id(f), ())):
        return cells
    read = {id(c.segment): c.kind for c in cells}
    phones = [Cell("phone", f, *span(f.text, 0, len(f.text)), f.label or "") for f, (kind, _) in zip(fields, kinds)
              if kind is None and read.get(id(f), "other") == "other" and (e164 := dialable_beside_account(f.text))
              and not analysis.contacts.phone_is_public(e164)]
    taken = {id(c.segment) for c in phones}
    return [c for c in cells if id(c.segment) not in taken] + phones


# a billing system's long number, plain or in groups, as an account's label takes it beside it: a Texas ESI ID's 17
# or 22 digits ("10443720001234567") under an "ESI ID" column
_LONG_ACCOUNT_DIGITS = 22
_PLAIN_LONG_ACCOUNT = re.compile(r"\d+(?:[ -]\d+)*")


def _numbers_in_account_columns(analysis: Analysis, cells: list[Cell]) -> None:
    """The values of a customer record's account columns ("Acct", "Mtr", "SA ID") that no identifier detector
    found: the record's account whatever its format ("G993K-682148"), as the header says; ten digits in a phone's
    groups too (a utility's "757 289 1667" under "Acct": the column says what the number is); five digits among
    capital letters ("RF12159A"), as beside an account's label; a meter's beside the account's, which is the customer's
    service account information too (PCE-01 4.1)."""
    for c in cells:
        if c.kind != "account":
            continue  # only an account column's cell is read: its digits are counted for it alone
        digits = sum(ch.isdigit() for ch in c.text)
        if ((6 <= digits <= 16 or short_coded_account(c.text) or 16 < digits <= _LONG_ACCOUNT_DIGITS
             and _PLAIN_LONG_ACCOUNT.fullmatch(c.text.strip()))
                and not analysis.anchors_in(c.segment, c.start, c.end)
                and analysis.sniff(c.text) in (None, "phone") and not _WORD_OF_TEXT.search(c.text)):
            analysis.add("number", c.segment, c.start, c.end, analysis.reason("customer record: column '{label}'",
                                                                              c.label))


def text_rows(analysis: Analysis) -> None:
    """Rows of a table laid out in text that hold an identifier: "LOPEZ, MARIA   1234 W HOLT AVE   2-23-...".
    Each column is a cell judged by its shape."""
    done = set()
    for anchors in analysis.anchors.values():
        for anchor in anchors:
            i = analysis.line_at(anchor.segment, anchor.start)
            if i is None or i in done:
                continue
            done.add(i)
            line = analysis.free_lines[i]
            if not column_gap(line.text):
                continue  # a Q/A's marker set apart by a tab ("...?\tA: Example: SA_ID=...") is no row: prose's
            cells, start = [], line.start
            for gap in [*COLUMN_GAP.finditer(line.segment.text, line.start, line.end), None]:
                end = gap.start() if gap else line.end
                a, b = span(line.segment.text, start, end)
                if a < b and not analysis.anchors_in(line.segment, a, b):
                    kind = analysis.sniff(line.segment.text[a:b])
                    if kind:
                        cells += _overflowed(Cell(kind, line.segment, a, b))
                start = gap.end() if gap else end
            if any(c.kind == "name" and analysis.names_person(c) for c in cells):
                analysis.judge(cells, "row of a table in text holding a personal identifier", anchored=True)


def _overflowed(cell: Cell) -> list[Cell]:
    """A fixed-width report's address cell that ran into the phone column with one space between ("26539 NE CEDAR
    HOLLOW ST APT 30, LARCH BEND, WA 99157 425.451.2433"): the address and the phone, each its own cell."""
    if cell.kind != "address":
        return [cell]
    text = cell.segment.text
    phones = phone_spans(text, cell.start, cell.end)
    if not phones or phones[-1][1] != cell.end or not text[cell.start:phones[-1][0]].strip():
        return [cell]
    a, b = span(text, cell.start, phones[-1][0])
    return [Cell("address", cell.segment, a, b), Cell("phone", cell.segment, *phones[-1])]


# a column of billing periods: what makes a table of usage figures one customer's history
_PERIOD = re.compile(r"(?i)\b(?:month|mes|date|fecha|period|periodo|billing|bill|cycle|read|year|a[nñ]o|days|from|to|"
                     r"start|end)\b")


def _period_column(label: str) -> bool:
    """Whether a usage table's column names the period of its figures ("Month", "billing_period", "readDate")."""
    return _PERIOD.search(split_words(label)) is not None


# a usage column's header naming a program's, a class's or the whole system's figure ("Program kWh", "Citywide kWh",
# "Class usage"), no one meter's (a day's "Daily Total (KWH)" or an "Average kWh" may well be a meter's)
_GROUP_USAGE_COLUMN = re.compile(r"(?i)\b(?:program|citywide|city-wide|system|aggregate|class|customers|portfolio)\b")


def usage_histories(analysis: Analysis) -> None:
    """Month | kWh | Amount beside a customer or an account named on the same page (not usage by customer
    class or by facility: the figures must be one meter's over time, a column of periods or of dates: "Event |
    Your usage (kWh)" over "Jul 9, 2024 | 6.84"; nor a column its header calls a program's or a total, "Program
    kWh" on a sheet a reviewer's note names a customer on); a table laid out in text beside a customer named
    (``_laid_in_text``)."""
    named = analysis.named_pages()
    customers_sheets = _sheets_of_one_customer(analysis)
    crossed = _crossed_tables(analysis.usage_tables, customers_sheets)
    one_customer = _pages_of_one_customer(analysis)
    for cells in analysis.usage_tables:
        if page_of(cells[0].segment) in one_customer and _charge_line(cells):
            for c in cells:
                if c.kind == "usage":
                    analysis.add("usage", c.segment, c.start, c.end, "charge line of a bill on a page naming its customer")
            continue
        pages = named if _laid_in_text(analysis, cells) else analysis.anchor_pages
        if ((page_of(cells[0].segment) in pages or _sheet_of(cells[0].segment) in customers_sheets)
                and any(_period_column(c.label) or _LOG_DATE.fullmatch(c.text) for c in cells)
                and not any(c.kind == "usage" and _GROUP_USAGE_COLUMN.search(c.label or "") for c in cells)
                and _usage_table_of(cells, customers_sheets) not in crossed):
            for c in cells:
                if c.kind == "usage":
                    analysis.add("usage", c.segment, c.start, c.end, "usage table on a page naming a customer or account")


# a bill's charge line: the energy a customer is charged for ("Generation (CPA) | 830 kWh | $0.134 | $111.22",
# "SCE Delivery | 830 kWh", "Gas Supply | 41 therms"), its usage figure written with its unit
_CHARGE_LINE = re.compile(r"(?i)^\W*(?:[A-Z]{2,6}\s+)?(?:generation|delivery|electric(?:ity)?\s+(?:charges?|service|supply|"
                          r"generation|delivery)|energy\s+charges?|gas\s+(?:charges?|supply|delivery)|supply|transmission|"
                          r"distribution|power\s+charges?)\b")
_USAGE_UNIT = re.compile(r"(?i)\d\s*(?:kwh|therms?)\b")


def _charge_line(cells: list[Cell]) -> bool:
    """Whether a usage table's row is a bill's charge line (see ``_CHARGE_LINE``): its first cell names the charge
    and its usage cell gives the figure with its unit, as a bill prints what the customer used in the period."""
    return bool(_CHARGE_LINE.match(cells[0].text)
                and any(c.kind == "usage" and _USAGE_UNIT.search(c.text) for c in cells[1:]))


def _pages_of_one_customer(analysis: Analysis) -> set:
    """The pages that name one customer and no other (``named_pages`` counting surnames): a bill's or a notice's."""
    surnames: dict = {}
    for f in analysis.context.fields:
        if f.kind == "name":
            words = f.segment.text[f.start:f.end].split()
            if words:
                surnames.setdefault(page_of(f.segment), set()).add(words[-1].casefold())
    return {page for page, names in surnames.items() if len(names) == 1}


def _sheets_of_one_customer(analysis: Analysis) -> set[str]:
    """The sheets of a workbook that name one customer and no other (a sheet per customer: their name, account and
    address in a block, their bills' Bill Period | kWh table under it): the usage table on such a sheet is theirs,
    whatever the workbook's other sheets hold, the same months on each customer's sheet crossing nothing."""
    names: dict[str, set[str]] = {}
    for f in analysis.context.fields:
        if f.kind == "name" and (sheet := _sheet_of(f.segment)) is not None:
            names.setdefault(sheet, set()).add(f.segment.text[f.start:f.end].strip().casefold())
    return {sheet for sheet, people in names.items() if len(people) == 1}


def _usage_table_of(cells: list[Cell], customers_sheets: set[str]) -> tuple:
    """A usage table's key: its page, its sheet when the sheet is one customer's, the record a nested history
    belongs to, and its column headers."""
    sheet = _sheet_of(cells[0].segment)
    return (page_of(cells[0].segment), sheet if sheet in customers_sheets else None,
            _nested_history_of(cells[0].segment), tuple(c.label for c in cells))


# a data file's path (or a page's script data's) to a field of an array's item that is itself a record's field:
# "$.submissions[0].usageHistory[2].kWh"
_NESTED_ITEM = re.compile(r"(.*?\$.*\[\d+\][.\w-]+)\[\d+\]\.[^.\[\]]+")


def _nested_history_of(segment: Segment) -> str | None:
    """The record whose own array a data file's usage row is in ("$.submissions[0].usageHistory"): each customer's
    history of the same months is theirs, no one table crossing classes; None for rows of a top-level table."""
    match = _NESTED_ITEM.fullmatch(segment.location.element or "")
    return match.group(1) if match else None


def _crossed_tables(rows: list[list[Cell]], customers_sheets: set[str]) -> set[tuple]:
    """The usage tables whose period column repeats a period ("2025-01 | Residential", "2025-01 | Commercial"):
    figures of several classes, programs or facilities a period, no one meter's history over time."""
    seen: dict[tuple, set[str]] = {}
    crossed = set()
    for cells in rows:
        period = " | ".join(c.text.strip() for c in cells if _period_column(c.label))  # a day's and its hour
        table = _usage_table_of(cells, customers_sheets)
        periods = seen.setdefault(table, set())
        if period in periods:
            crossed.add(table)
        if period:
            periods.add(period)
    return crossed


def _laid_in_text(analysis: Analysis, cells: list[Cell]) -> bool:
    """Whether a usage table's row is laid out in text (a PDF's row, a text dump's, a scan's, a sideways history's
    column), its cells parts of lines, no record's fields. No markup ties such a table to the record above it, and a
    page of a packet shows the City's own facility accounts over their meters' months: the figures are a customer's
    history only where the page names the customer (a name found as a customer's), not an account alone."""
    return len(cells) > 1 and not any(analysis.facts.in_record(c.segment) for c in cells)

