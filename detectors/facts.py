"""What the detectors learn about a whole document beyond its text, worked out once per document by the engine
and handed to the detectors that declare ``needs_facts`` (``scan(document, facts)``) and to the customer context: the record each field
belongs to, the parts of pages that present a sample bill with a stand-in customer, the pages that read as a budget, and
the facts only one detector needs (a W-9's pages), each computed on first use."""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property

from .labels import (BudgetPages, block_of, gives_a_real_looking_number, has_stand_in, heading_sections, part_of,
                     presents_an_example, record_values, sample_parts, sample_sections, says_the_customer_is_made_up,
                     shows_a_made_up_value, tells_of_a_sample)
from .model import CODE_SEGMENTS, Document, Record, Segment
from .public_contacts import is_test_fixture


class IdentityIndex(Mapping[int, int]):
    """A read-only map from the ``id`` of each of ``objects`` to a number (its index in ``objects``, or the one
    ``numbers`` gives it), in two arrays: a 20,000-row table's 180,000 segments in 2 MB, where a dict takes 20 (a
    table entry, an id's int and a number's int each). A lookup is a binary search. An object listed twice maps
    to its last number, as a dict built in order would."""

    __slots__ = ("_ids", "_numbers")

    def __init__(self, objects: Sequence, numbers: Sequence[int] | None = None):
        order = sorted(range(len(objects)), key=lambda i: id(objects[i]))  # stable: equal ids keep their order
        self._ids = array("Q", (id(objects[i]) for i in order))
        self._numbers = array("q", order if numbers is None else (numbers[i] for i in order))

    def _find(self, key: int) -> int:
        i = bisect_right(self._ids, key) - 1
        return i if i >= 0 and self._ids[i] == key else -1

    def __getitem__(self, key: int) -> int:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._numbers[i]

    def get(self, key: int, default=None):
        i = self._find(key)
        return default if i < 0 else self._numbers[i]

    def get_each(self, keys: Iterable[int], default: int) -> list[int]:
        """``[self.get(key, default) for key in keys]`` without a call per key: a long table's 100,000 findings."""
        ids, numbers = self._ids, self._numbers
        return [numbers[i] if (i := bisect_right(ids, key) - 1) >= 0 and ids[i] == key else default for key in keys]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, int) and self._find(key) >= 0

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)


_ROWS_REACH = 60  # the rows of a table in text its header line may stand above
# files of data whose records are entries of their own (an export's rows, a search index's pages, a feed's items), not
# the parts of one page: a JSON, CSV or XML file, a database dump
# a data file field's path (a page's script data's too) up to the array item its record is: "$.submissions[0]" of
# "$.submissions[0].nombre"
_ITEM_PATH = re.compile(r"(.*?\$.*\])\.[^.\[\]]+$")
# a record's field holding a password, and one holding the user name it signs in with
_PASSWORD_FIELD = re.compile(r"(?i)(?<![a-z])(?:pass(?:word)?|passwd|pwd|pw)(?![a-z])")
_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "portalPassword": "portal Password"
_USER_FIELD = re.compile(r"(?i)(?<![a-z])(?:user(?:name)?|login|e-?mail|account)(?![a-z])")


def _names_a_person(segment: Segment) -> bool:
    """Whether a cell of ``segment``'s text (parted by tabs, wide spaces or bars) names a real-looking person."""
    from .context.persons import names_in  # the persons module loads name lists: only on a sample page

    return any(names_in(cell, anchored=True) for cell in _CELLS.split(segment.text))


def _login_of_its_own(fields: Sequence[Segment]) -> bool:
    """Whether a record is a sign-in of its own (``{user: "...@...", password: "..."}`` in a bundle beside a demo's
    placeholder rows): a user name's and a password's fields, neither a stand-in ("demo", "Jane Doe")."""
    labels = [(_CAMEL_JOIN.sub(" ", f.label or ""), f.text) for f in fields]
    return (any(_PASSWORD_FIELD.search(label) and text.strip() and not has_stand_in(text) for label, text in labels)
            and any(_USER_FIELD.search(label) and "@" in text and not has_stand_in(text) for label, text in labels))


_DATA_FILES = frozenset({"application/json", "text/csv", "application/xml", "text/xml", "application/sql"})
# the cells of a line laid out as a row (a bill print's "NAME, GIVEN        Customer account ..."): a name is read in
# its own cell
_CELLS = re.compile(r"\t| {2,}|\s\|\s")
_SENTENCE_WORDS = 5  # lower-case words of a sentence that tells of someone: a bill's field or a form's line has fewer
_SHORT_SENTENCE_WORDS = 3  # ... or of a short one that ends on its stop: "Send the signed plan to 12 Elm St, ..."
_ENDS_ON_A_STOP = re.compile(r"[.!?][\"')\]\u201d]*\s*$")
_ROW_FIELDS = 3  # a table's row of a person's own: their name, a number issued to them and another field at least
_SENTENCE_LINES = 2  # how many lines above and below a line a sentence it is part of is read over
# a sentence's stop: not an initial's nor a title's ("Mr. Omar Nassar on 356 E." / "Paseo Encinal called us ...")
_STOP = re.compile(r"(?<!\b[A-Z])(?<!\bM[rsx])(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bNo)[.!?][\"')\]\u201d]*(?=\s|$)")


# a sentence a bill writes to its reader: "you used", "your usage" (a staff note reporting a customer's figure tells
# of them in the third person)
_TO_THE_READER = re.compile(r"\b(?:you|your)\b")


class DocumentFacts:
    def __init__(self, document: Document):
        self.document = document
        self._computed: dict = {}
        self._tells: dict[int, bool] = {}  # tells_of_a_person of each segment asked: its fields ask it each
        self._entries: dict[int, bool] = {}  # _entry_of_its_own of each record asked, by its index
        self._rows: dict[int, bool] = {}  # _row_of_its_own of each record asked, by its index
        self._read: dict[Callable, dict[str, object]] = {}  # see per_text

    def per_text(self, read: Callable[[str], Sequence], text: str) -> Sequence:
        """``read(text)``, worked out once per text of the document, for a reading several detectors make of every
        line (``spelt_number_spans``: the SSN, account and phone detectors each look for a number read out in words,
        in lines that mostly hold none). An empty result is kept as the one empty tuple, so that a table's 100,000
        cells cost a map's entry each and no list. Callers must not change what it returns."""
        known = self._read.get(read)
        if known is None:
            known = self._read[read] = {}
        found = known.get(text)
        if found is None:
            found = known[text] = read(text) or ()
        return found

    def computed(self, compute: Callable[[Document], object]):
        """``compute(document)``, worked out once: for the facts only one detector needs (W-9 pages)."""
        if compute not in self._computed:
            self._computed[compute] = compute(self.document)
        return self._computed[compute]

    @cached_property
    def read(self) -> list[Segment]:
        """The segments read for context: all but the header, footer and navigation a reader sees on every page
        of a site (their hidden parts are read: a record in a template's comment is on every page). A file's own
        header and footer are read: a memo's or a statement's are written for it ("Account 2-23-456-7890 -
        Jane Doe - page 2")."""
        segments = self.document.segments
        if self.document.content_type != "text/html":  # as extraction names XHTML too
            return segments  # the same list, so that what is indexed by it is shared (see ``positions``)
        return [s for s in segments if not s.chrome or s.hidden]

    @cached_property
    def positions(self) -> IdentityIndex:
        """The index of each segment (by ``id``) in the document: one map for the engine's document order and the
        customer context's neighbours."""
        return IdentityIndex(self.document.segments)

    @cached_property
    def sample_parts(self) -> set:
        """The parts of pages (``labels.part_of``) presenting a sample bill of a visibly made-up customer."""
        return sample_parts(self.read)

    def in_sample(self, segment: Segment) -> bool:
        """Whether ``segment`` is part of a sample bill of a made-up customer and tells of no real-looking person."""
        return (bool(self.sample_parts) and part_of(segment) in self.sample_parts and self._in_sample_section(segment)
                and not self.tells_of_a_person(segment) and not self._entry_of_its_own(segment)
                and id(segment) not in self._records_beside_the_sample and not self._reports_beside_the_sample(segment)
                and not self._row_of_its_own(segment))

    @cached_property
    def _records_beside_the_sample(self) -> set[int]:
        """The segments (by ``id``) of the blocks (``labels.block_of``) that set out a record of their own beside a
        sample whose customer is visibly made up: on a page showing "Jane Q. Sample, 1234 Example St, account
        0-00-000-0000", a bill print's line "KOWALCZYK, BRONISLAWA   Customer account 4410-228-0197" in a
        ``<details>`` of its own is a real customer's bill, not the sample's; so is a memo's or an e-mail's paragraph
        ("Complainant: Ana Ruiz; Phone: ...; Account: ...") beside its one sample line (``labels.block_of``). Such a
        block names a real-looking person beside a number issued to someone in one line, and neither shows a stand-in
        nor says it is a sample (a paragraph not even that it is an example: "Example: Maria Lopez, account ...").
        A page that says its customer or values are made up ("the customer shown is fictitious") says so of every
        record it shows, real-looking or not: all of it stays the sample's. In a memo or an e-mail a record is often
        set out over paragraphs of its own ("Account holder: ..." / "Service address: ..." / "Water acct: ..."): there
        a block is the run of paragraphs between those that tell of a sample, released when one of them names a
        person and one gives a number issued to someone, and none presents an example; a sample line at a list's end
        ("Sample (do not use): Account holder: John Q. Public, SSN 000-00-0000") speaks only for itself."""
        html = self.document.content_type == "text/html"
        blocks: dict[tuple, list[Segment]] = {}
        runs = 0  # the runs of a memo's or an e-mail's paragraphs between those that tell of a sample
        prose = not html and self.document.content_type not in _DATA_FILES  # a data file's entries are apart
        for segment in self.read:
            if segment.chrome and html:  # a web page's banner is the site's; a memo's footer is the memo's
                continue
            key = block_of(segment, html)
            if prose and key[1] is None and key[2] is None:
                runs += tells_of_a_sample(segment.text.lower())
                key = (*key[:3], runs)
                runs += tells_of_a_sample(segment.text.lower())
            blocks.setdefault(key, []).append(segment)
        lowers = [(key[:2], segment.text.lower()) for key, segments in blocks.items() for segment in segments]
        made_up_pages = ({page for page, lower in lowers if shows_a_made_up_value(lower)}
                         - {page for page, lower in lowers if says_the_customer_is_made_up(lower)})
        released: set[int] = set()
        for key, segments in blocks.items():
            paragraph = not html and key[1] is None and key[2] is None  # a memo's, an e-mail's or a data file's
            if key[:2] not in made_up_pages or any(tells_of_a_sample(s.text.lower()) for s in segments) or (
                    paragraph and any(presents_an_example(s.text.lower()) for s in segments)):
                continue
            if paragraph and prose:  # a memo's or an e-mail's run of paragraphs
                if any(gives_a_real_looking_number(s.text) for s in segments) and any(map(_names_a_person, segments)):
                    released.update(id(s) for s in segments)
            elif any(gives_a_real_looking_number(s.text) and _names_a_person(s) for s in segments):
                released.update(id(s) for s in segments)
        return released

    def _reports_beside_the_sample(self, segment: Segment) -> bool:
        """Whether ``segment`` is a sentence of its own after (or before) a worked example that reports a real value
        the example never shows: after "Example opt-out form (filled in by staff for training): Name: John Sample,
        Account: 1234567890." the paragraph "Recent confirmation sent to lorna55@icloud.com for account 700403015248."
        is a customer's, not the example's. The example reaches its own block (its paragraph, the fields and cells it
        sets out) and the sentences that repeat its values ("the account number 1234567890 is at the top right"); a
        sentence neither showing a stand-in nor saying it is a sample, giving a real-looking number or mailbox the
        sample's own text does not, is no part of it. A page that says its values are made up in a note of their own
        ("The numbers below are examples.") says so of all of them: it stays the sample's."""
        lower = segment.text.lower()
        if tells_of_a_sample(lower) or _short_of_a_sentence(segment.text):
            return False  # the sample's own words; a bill's field or a form's line: the sample's
        numbered = gives_a_real_looking_number(segment.text) or "@" in lower
        homes = [] if numbered else _homes(segment.text)
        usage = [] if numbered or homes else _usage_figures(lower)
        if not numbered and not homes and not usage:
            return False
        if usage and _TO_THE_READER.search(lower):
            return False  # a bill's own line to its reader, "This month you used 528 kWh.": the sample bill's
        shown, made_up = self._sample_texts.get(part_of(segment)[:2], ("", False))
        if made_up:
            return False
        return any(value not in shown for value in record_values(segment.text) + homes + usage)

    @cached_property
    def _sample_texts(self) -> dict[tuple, tuple[str, bool]]:
        """Per page (``labels.part_of``'s attachment and page), the digits and mailboxes its sample shows (in its
        segments that tell of a sample, and its fields and lines short of a sentence) and whether a note of its own,
        showing no made-up value, says the values shown are made up."""
        texts: dict[tuple, tuple[list[str], bool]] = {}
        for segment in self.read:
            if segment.chrome:
                continue
            lower = segment.text.lower()
            shown, made_up = texts.setdefault(part_of(segment)[:2], ([], False))
            if tells_of_a_sample(lower) or _short_of_a_sentence(segment.text):
                shown.extend(record_values(segment.text) + _homes(segment.text) + _usage_figures(lower))
            if says_the_customer_is_made_up(lower) and not shows_a_made_up_value(lower):
                texts[part_of(segment)[:2]] = (shown, True)
        return {page: ("\n".join(shown), made_up) for page, (shown, made_up) in texts.items()}

    def in_test_fixture(self, segment: Segment) -> bool:
        """Whether ``segment`` is a field of a record that is a developer's test fixture
        (``public_contacts.is_test_fixture``)."""
        number = self._record_numbers.get(id(segment))
        return number is not None and is_test_fixture([f.text for f in self.document.records[number].fields])

    def _entry_of_its_own(self, segment: Segment) -> bool:
        """In a data file (``_DATA_FILES``) or a script's data, whether ``segment``'s record is an entry of its own
        apart from the sample another entry shows: it names a real-looking person and neither shows a stand-in nor
        says it is a sample. A search index's page of payment arrangements beside the billing FAQ's "John Sample,
        000 Sample Ave", an export's customers beside its test row, a bundle's seed accounts beside a component's
        placeholder: the whole file is no sample bill, each entry speaks for itself."""
        if self.document.content_type not in _DATA_FILES and segment.hidden not in CODE_SEGMENTS[:2]:
            return False
        number = self._record_numbers.get(id(segment))
        if number is None:
            return False
        return any(self._own_entry(n) for n in (number, *self._enclosing_records(number)))

    def _own_entry(self, number: int) -> bool:
        """Whether record ``number`` names a real-looking person and neither shows a stand-in nor says it is a sample."""
        own = self._entries.get(number)
        if own is None:
            from .context.persons import names_in  # the persons module loads name lists: only on a sample page

            fields = self.document.records[number].fields
            texts = [field.text for field in fields]
            own = self._entries[number] = (not any(tells_of_a_sample(text.lower()) for text in texts)
                                           and (any(names_in(text, anchored=True) for text in texts)
                                                or _login_of_its_own(fields)))
        return own

    def _enclosing_records(self, number: int) -> list[int]:
        """The records a data file's record ``number`` is nested in, nearest first: an entry's own array of items
        ("$.submissions[0].usageHistory[2]" in "$.submissions[0]"), its usage history or its accounts, which name
        no one themselves and are the entry's."""
        fields = self.document.records[number].fields
        item = _ITEM_PATH.match(fields[0].location.element or "") if fields else None
        enclosing = []
        path = item.group(1) if item else ""
        while (end := path[:path.rfind("[")].rfind("]")) > 0:  # the array item this item's array is a field of
            path = path[:end + 1]
            if (outer := self._records_by_item.get(path)) is not None:
                enclosing.append(outer)
        return enclosing

    @cached_property
    def _records_by_item(self) -> dict[str, int]:
        """The index of each data file record by the path of the array item it is ("$.submissions[0]")."""
        items = {}
        for i, record in enumerate(self.document.records):
            if record.fields and (item := _ITEM_PATH.match(record.fields[0].location.element or "")):
                items.setdefault(item.group(1), i)
        return items

    def _row_of_its_own(self, segment: Segment) -> bool:
        """Whether ``segment``'s record is a table's row (``_ROW_FIELDS`` cells or more) of a real-looking person beside
        a sample elsewhere in the file: a cell names a person, another gives a real-looking number the sample does not
        show, and no cell shows a stand-in or says it is a sample. A payee list above a W-9's specimen "SSN 123-45-6789,
        John Q. Sample" is a list of real payees; a page that says its values are made up keeps every row the
        sample's."""
        number = self._record_numbers.get(id(segment))
        if number is None:
            return False
        own = self._rows.get(number)
        if own is None:
            texts = [field.text for field in self.document.records[number].fields]
            own = False
            if len(texts) >= _ROW_FIELDS and not self._sample_texts.get(part_of(segment)[:2], ("", False))[1] \
                    and not any(tells_of_a_sample(t.lower()) for t in texts) \
                    and any(gives_a_real_looking_number(t) and not set(record_values(t)) <= self._stand_in_values
                            for t in texts):
                from .context.persons import names_in  # the persons module loads name lists: only on a sample page

                own = any(names_in(text, anchored=True) for text in texts)
            self._rows[number] = own
        return own

    @cached_property
    def _stand_in_values(self) -> set[str]:
        """The numbers and mailboxes (``record_values``) of the segments that show a stand-in or say they are a
        sample: the sample's own values, which a row repeating them is part of."""
        return {value for segment in self.read if tells_of_a_sample(segment.text.lower())
                for value in record_values(segment.text)}

    @cached_property
    def _heading_sections(self) -> tuple[list[tuple[int, ...]], set[tuple[int, ...]]]:
        """Each segment's heading section on an HTML page, and the sections a sample bill reaches (see
        ``labels.sample_sections``)."""
        sections = heading_sections(self.document.segments)
        return sections, sample_sections(self.document.segments, sections)

    def _in_sample_section(self, segment: Segment) -> bool:
        """On an HTML page, whether ``segment`` stands in a section a sample reaches or under one; other files'
        parts are their pages, slides and sheets (``labels.part_of``)."""
        if self.document.content_type != "text/html":
            return True
        sections, reached = self._heading_sections
        section = sections[self.positions[id(segment)]]
        return any(section[:depth] in reached for depth in range(len(section) + 1))

    def tells_of_a_person(self, segment: Segment) -> bool:
        """Whether ``segment`` is a sentence about a real-looking person by name, with no stand-in of its own: on a
        page that also shows a made-up sample ("Sample bill (fictitious): Jane Sample, 100 Example Street"), a
        paragraph naming "Anna Grant at 4342 Almadine Place" with her account is a customer's, not the sample's. A
        sample bill's own fields are short (a cell, a line): they stay the sample's."""
        from .context.persons import names_in  # the persons module loads name lists: only on a sample page

        def tells(text: str) -> bool:
            return (sum(word.isalpha() and word.islower() for word in text.split()) >= _SENTENCE_WORDS
                    and not has_stand_in(text) and any(not has_stand_in(text[a:b]) for a, b in names_in(text, anchored=True)))

        told = self._tells.get(id(segment))
        if told is None:
            told = self._tells[id(segment)] = tells(segment.text) or tells(self._sentence_through(segment)) or any(
                tells(sentence) for sentence in _sentences_of(segment.text))
        return told

    def _sentence_through(self, segment: Segment) -> str:
        """``segment``'s line with the parts of the lines around it that its sentences run over: the end of the
        sentence the line above began, the start of the one this line leaves open. A PDF or a text file wraps a
        sentence ("... a tenant (Ngozi" / "Okafor, account 700718031987) found that ..." / "which added about 476
        kWh a month."): the person it tells of is named once, on one of its lines. A line laid out in columns (a tab
        between its cells: a bill's "Total usage⇥512 kWh", "Rate⇥TOU-D-4-9PM / PLCE Base Green") is a row of fields,
        no line of a wrapped sentence: read alone, the words of a bill's rows run together read as a sentence, its
        rate plan's name as a person's."""
        if "\t" in segment.text:
            return segment.text
        before = []
        for above in self.lines_above(segment, _SENTENCE_LINES):
            if "\t" in above.text:
                break
            stops = list(_STOP.finditer(above.text))
            before.append(above.text[stops[-1].end():] if stops else above.text)
            if stops:
                break
        after, current = [], segment
        while len(after) < _SENTENCE_LINES and not _ends_sentence(current.text):
            i = self.positions.get(id(current))
            below = self.document.segments[i + 1] if i is not None and i + 1 < len(self.document.segments) else None
            if below is None or self.line_before(below) is not current or "\t" in below.text:
                break
            stop = _STOP.search(below.text)
            after.append(below.text[:stop.end()] if stop else below.text)
            if stop:
                break
            current = below
        return " ".join([*reversed(before), segment.text, *after])

    @cached_property
    def budget_pages(self) -> BudgetPages:
        return BudgetPages(self.document.segments)

    @cached_property
    def _record_numbers(self) -> IdentityIndex:
        """The index in ``document.records`` of the record each field segment belongs to, by ``id`` of the segment."""
        records = self.document.records
        fields = [f for record in records for f in record.fields]
        return IdentityIndex(fields, array("q", (i for i, record in enumerate(records) for _ in record.fields)))

    def line_before(self, segment: Segment) -> Segment | None:
        """The segment before ``segment`` when it is the line before it in the same block of text (a PDF's or a
        text's line, a ``<pre>``'s; or a paragraph the sentence runs on from, see ``_runs_on``): same page, element
        and visibility, neither a field of a record. Where a line break cut a label from its value ("... (PCE Acct"
        / "PCE-9935-181909) was issued")."""
        if segment.label:
            return None  # a field's value: asked first, before the lookup (every cell of a table is one)
        i = self.positions.get(id(segment))
        if not i:
            return None
        above = self.document.segments[i - 1]
        if (above.location.page != segment.location.page or above.hidden != segment.hidden or above.label
                or (above.location.element != segment.location.element and not _runs_on(above, segment))):
            return None
        return above

    def lines_above(self, segment: Segment, count: int) -> Iterator[Segment]:
        """Up to ``count`` lines of ``segment``'s block of text above it, nearest first (see ``line_before``)."""
        for _ in range(count):
            segment = self.line_before(segment)
            if segment is None:
                return
            yield segment

    def header_cells_above(self, segment: Segment) -> list[str] | None:
        """The header cells over ``segment``'s row in a table laid out as lines of tab-separated cells (a PDF's
        "Member | ESI ID | Service Address" over "Dwayne Ortiz | 1044... | ..."): the nearest line above, through rows
        of as many cells, with as many cells and no digit, at most ``_ROWS_REACH`` lines up."""
        return self._tab_headers.get(id(segment)) if "\t" in segment.text else None

    @cached_property
    def _tab_headers(self) -> dict[int, list[str]]:
        """``header_cells_above`` of every row of the tables laid out as lines, in one pass down the document."""
        headers: dict[int, list[str]] = {}
        header, header_at, cells = None, 0, -1
        for i, segment in enumerate(self.document.segments):
            if "\t" not in segment.text or segment.label:
                header, cells = None, -1
                continue
            if segment.text.count("\t") != cells or self.line_before(segment) is None:
                header, cells = None, segment.text.count("\t")  # a new run of lines of as many cells
            if header is not None and i - header_at <= _ROWS_REACH:
                headers[id(segment)] = header
            if not any(ch.isdigit() for ch in without_caption_notes(segment.text)):
                header, header_at = segment.text.split("\t"), i
        return headers

    def record_of(self, segment: Segment) -> Record | None:
        """The record (table row, form, label block) the field ``segment`` belongs to."""
        number = self._record_numbers.get(id(segment))
        return None if number is None else self.document.records[number]

    def records_around(self, segment: Segment, reach: int) -> list[Record]:
        """The records up to ``reach`` before and after the one ``segment`` is a field of, that one left out: the
        other rows of its table, read by a rule that looks along a column (a table laid out sideways)."""
        number = self._record_numbers.get(id(segment))
        if number is None:
            return []
        records = self.document.records
        return [records[i] for i in range(max(0, number - reach), min(len(records), number + reach + 1)) if i != number]

    def in_record(self, segment: Segment) -> bool:
        return id(segment) in self._record_numbers


# a form caption's note in brackets of how to fill the box in ("Routing / ABA No. (9 digits)", "(10 characters max)"):
# its figure is no value, so the caption row is still a header
_CAPTION_NOTE = re.compile(r"\((?:\d{1,2}|max\.?|up to|at most)[ \t]*(?:-[ \t]*\d{1,2}[ \t]*)?"
                           r"(?:digits?|characters?|chars?|letters?|numbers?)(?:[ \t]+max\.?)?\)", re.IGNORECASE)


def without_caption_notes(text: str) -> str:
    """A caption line without its notes of how to fill its boxes in (``_CAPTION_NOTE``)."""
    return _CAPTION_NOTE.sub("", text)


# an element path's last step that numbers a paragraph among its siblings: an HTML page's "<div>" or "<p>"
# ("main > div:nth-of-type(17)") or a Word document's "paragraph 17"
_NUMBERED_PARAGRAPH = re.compile(r"(?:(?P<parent>.*) > )?(?:(?P<tag>div|p):nth-of-type\((?P<nth>\d+)\)|paragraph (?P<n>\d+))")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s*$")


def _short_of_a_sentence(text: str) -> bool:
    """Whether ``text`` is a field or a form's line, no sentence: too few lower-case words, unless a short sentence
    ends on its stop ("Send the signed plan to 16467 N. Padua Ave, ..." beside a memo's sample line is the memo's)."""
    words = sum(word.isalpha() and word.islower() for word in text.split())
    return words < _SENTENCE_WORDS and not (words >= _SHORT_SENTENCE_WORDS and _ENDS_ON_A_STOP.search(text))


def _homes(text: str) -> list[str]:
    """The street addresses ``text`` gives that are no stand-in's ("the home at 4410 Quail Hollow Court used 897 kWh",
    not "123 Main Street"), in lower case: a sentence beside a sample that tells a real home's usage is no part of it,
    unless the sample shows the same address."""
    if not any(c.isdigit() for c in text):
        return []
    from .context.shapes import street_addresses  # the context's shapes load usaddress: only on a sample page

    return [m.group().lower() for m in street_addresses(text) if not has_stand_in(m.group())]


# a quantity of energy a sentence reports: "1,793 kWh", "49 therms"
_USAGE_FIGURE = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)[ \t]*(?:kwh|kilowatt[- ]hours?|therms?)\b")


def _usage_figures(lower: str) -> list[str]:
    """The energy quantities a text (in lower case) reports, as ``<digits> kwh``: a sentence beside a sample that
    reports a home's usage the sample does not show ("Average use at the premises is 1,793 kWh per month") is no
    part of it; the sample's own "Usage: 500 kWh" is shown."""
    return [re.sub(r"\D", "", m.group(1)) + " kwh" for m in _USAGE_FIGURE.finditer(lower)]


def _sentences_of(text: str) -> list[str]:
    """The sentences of a paragraph that holds more than one: an FAQ's answer shows the bill's placeholder in one
    ("It is printed on page 1 (for example 0-00-000-0000).") and tells a real caller's case in the next."""
    ends = [stop.end() for stop in _STOP.finditer(text)]
    if not ends or ends == [len(text.rstrip())]:
        return []
    return [text[a:b] for a, b in zip([0, *ends], [*ends, len(text)]) if text[a:b].strip()]


def _ends_sentence(text: str) -> bool:
    text = text.rstrip()
    return any(stop.end() == len(text) for stop in _STOP.finditer(text))


def _numbered_paragraph(element: str | None) -> tuple[str, str, int] | None:
    """(parent, kind, number) of a numbered paragraph's element path, or None."""
    match = _NUMBERED_PARAGRAPH.fullmatch(element or "")
    if match is None:
        return None
    if match["n"] is not None:
        return match["parent"] or "", "paragraph", int(match["n"])
    return match["parent"] or "", match["tag"], int(match["nth"])


def _runs_on(above: Segment, segment: Segment) -> bool:
    """Whether ``segment``'s paragraph is the very next sibling of ``above``'s (no blank paragraph between) and
    ``above`` stops mid-sentence: a mail written in HTML sets each line it wraps in a ``<div>`` of its own, a mail
    pasted into Word each line in a paragraph ("... My ITIN is 933-90-4389 and the account is" / "8-85-...")."""
    first, second = _numbered_paragraph(above.location.element), _numbered_paragraph(segment.location.element)
    return (first is not None and second is not None and first[:2] == second[:2] and second[2] == first[2] + 1
            and not _SENTENCE_END.search(above.text))
