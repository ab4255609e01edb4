"""Runs the detectors over a document and turns raw findings into plain, masked records.

The per-document facts (records, sample-bill and budget pages) are worked out once and handed to the detectors
that declare ``needs_facts`` and to the customer context.
Two phases: the detectors that read the text alone (the identifiers among them: account numbers, SSNs,
taxpayer IDs) run first; their findings anchor the customer context, which is worked out once per document
and handed to every detector that ``needs_context`` (names, addresses, phones, mailboxes, usage). A document
with findings whose lines a hard wrap cut is read once more with those lines joined (``detectors.reflow``), and
what that adds to the records found is kept.

This is the last place raw values exist next to their masks: the :class:`Detection` records it returns
carry the raw ``value`` and ``key`` only so that the collector can fingerprint them and, with ``--reveal``,
write them; everything meant for display (``masked``, ``context``) is masked here.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from . import work_clock
from .base import Detector
from .context import CustomerContext, analyze
from .facts import DocumentFacts
from .long_tables import raw_findings_of_long_table
from .masking import masked_context
from .model import Detection, Document, Finding, severity_rank
from .reflow import Reflowed


def _resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Where two findings cover the same characters, keep the more severe (then longer) one, so one
    value is reported once under its most specific reading. The spans kept in a segment never overlap, so
    one look at the nearest kept span before a finding's end tells whether it is free: a segment holding
    thousands of findings costs n log n, not n squared. A value a line break cut is one finding, whose part on the
    next line is that line's too: a finding of the same category there in that part is the value again, without
    its head ("3416" / "Jacaranda Ln #12. I have been ...": not "Jacaranda Ln #12" a second time)."""
    continued: dict[tuple[int, str], int] = {}
    for f in findings:
        if f.continued is not None:
            key = (id(f.continued), f.category)
            continued[key] = max(continued.get(key, 0), f.continued_end)
    if continued:
        findings = [f for f in findings if f.start >= continued.get((id(f.segment), f.category), 0)]
    ids = [id(f.segment) for f in findings]
    shared = {i for i, n in Counter(ids).items() if n > 1}
    if not shared:  # a table's cells, one value each: nothing overlaps
        return findings
    by_segment: dict[int, list[Finding]] = defaultdict(list)
    for i, f in zip(ids, findings):
        if i in shared:
            by_segment[i].append(f)
    kept: list[Finding] = []
    for i, finding in zip(ids, findings):  # each segment's at its first finding's place, as a map of all would put it
        if i not in shared:
            kept.append(finding)
            continue
        group = by_segment.pop(i, None)
        if group is None:
            continue  # judged at its segment's first finding
        group.sort(key=lambda f: (-severity_rank(f.severity), -(f.end - f.start), f.start))
        starts: list[int] = []
        ends: list[int] = []
        for f in group:
            at = bisect_left(starts, f.end)  # the kept spans before it start before its end
            if at and ends[at - 1] > f.start:
                continue
            starts.insert(at, f.start)
            ends.insert(at, f.end)
            kept.append(f)
    return kept


def raw_findings(document: Document, detectors: Iterable[Detector],
                 facts: DocumentFacts | None = None, deadline: float | None = None) -> list[Finding]:
    """Every detector's raw findings in ``document``: the text-only detectors first, then, with the customer
    context their findings anchor, the detectors that need it, and last the identifiers with no label that the
    context found in customers' records. ``facts``: what is known of the document already (the engine's);
    ``deadline``: when reading the customer records stops (see :func:`detectors.context.analyze`)."""
    detectors = list(detectors)
    facts = facts or DocumentFacts(document)
    raw: list[Finding] = []
    for detector in detectors:
        if not detector.needs_context:
            raw.extend(detector.scan(document, facts) if detector.needs_facts else detector.scan(document))
    anchors = list(raw)
    contexts: dict[object, CustomerContext] = {}  # one per set of public contacts: in practice one
    for detector in detectors:
        if detector.needs_context:
            context = contexts.get(detector.contacts)
            if context is None:
                context = contexts[detector.contacts] = analyze(document, detector.contacts, anchors, facts,
                                                                deadline)
            raw.extend(detector.scan(document, context))
    context = next(iter(contexts.values()), None)  # no contact detector enabled: no records were read
    if context is not None:
        for detector in detectors:
            if detector.reads_records:
                raw.extend(detector.scan_records(document, context))
    return raw


PARAGRAPHS_NOT_READ = ("wrapped lines not read again as paragraphs within the time limit (see [crawl] "
                       "extract_timeout): a record a line break cut may be found in part")


def scan_document(document: Document, detectors: Iterable[Detector]) -> list[Detection]:
    """All findings in ``document``, in document order (see :func:`detections`)."""
    return list(detections(document, detectors))


def detections(document: Document, detectors: Iterable[Detector],
               deadline: float | None = None, limit: float | None = None) -> Iterator[Detection]:
    """All findings in ``document``, in document order, one by one: a caller that packs them as they come (the
    worker) never holds a table's 100,000 Detections at once, and each raw finding is let go as its Detection is
    made. Each value is masked once, and each reason is one string however many findings give it, so that a
    table's 100,000 findings hold, and pickle, a handful of them rather than 100,000 copies. ``deadline``: see
    :func:`raw_findings`; ``limit`` (a :func:`detectors.work_clock.now` value): when the worker is stopped, less a margin to send the
    findings back (the second reading of a long document is not started when it would not end by then)."""
    detectors = list(detectors)
    maskers = {d.category: d.mask for d in detectors}
    used: list[DocumentFacts] = []  # the document's, or its long table's sample's and its rows left to check

    def pipeline(part: Document) -> list[Finding]:
        used.append(DocumentFacts(part))
        return raw_findings(part, detectors, used[-1], deadline)

    found = raw_findings_of_long_table(document, detectors, pipeline)
    if found is None:
        started = work_clock.now()
        found = pipeline(document)
        if found:  # a document with no finding at all holds no record whose wrapped lines hid its other fields
            found += _added_by_paragraphs(document, detectors, found, deadline, limit, work_clock.now() - started)
    findings = _resolve_overlaps(found)
    for facts in used:
        _say_what_was_read_as_a_sample(document, facts)
    findings, inside = _in_document_order(document, findings, used[-1])
    masks = [maskers[f.category](f.value) for f in findings]
    shared: dict[str, str] = {}
    for seq, spans in enumerate(_spans_of_segments(findings, masks, inside, maskers)):
        f, masked = findings[seq], masks[seq]
        findings[seq] = masks[seq] = None  # what it holds goes on in its Detection
        value, key = f.value, f.key
        yield Detection(
            url=document.url, category=f.category, severity=f.severity, rule=f.rule, masked=masked, value=value,
            key=value if key == value else key,  # one string when they are equal (an email, a small figure)
            location=f.segment.location, hidden=f.segment.hidden, label=f.segment.label,
            context=masked_context(f.segment.text, spans, (f.start, f.end)), why=shared.setdefault(f.why, f.why),
            public_if_repeated=f.public_if_repeated, seq=seq)


def _added_by_paragraphs(document: Document, detectors: list[Detector], found: list[Finding],
                         deadline: float | None, limit: float | None = None, took: float = 0.0) -> list[Finding]:
    """What reading ``document`` with its wrapped lines joined into paragraphs (``detectors.reflow``) finds that
    reading it line by line did not: the name, the address or the usage a line break cut from the record whose
    account or phone the lines gave away. Only in a paragraph that holds a value the lines gave (the record's), and
    no value found already. ``took``: the seconds the first reading took, about what this one takes: when it would
    not end by ``limit`` (see :func:`detections`), it is not started, and the document says so: the worker's time
    limit would kill it and lose the first reading's findings too (a 350-page packet on a loaded machine)."""
    reflowed = Reflowed(document)
    records = {id(paragraph) for f in found if (paragraph := reflowed.paragraph_of(f.segment)) is not None}
    if not records:
        return []  # no finding stands in a paragraph a wrap cut: the lines were read whole
    if limit is not None and work_clock.now() + took > limit:
        if PARAGRAPHS_NOT_READ not in document.unchecked:
            document.unchecked.append(PARAGRAPHS_NOT_READ)
        return []
    known = {(f.category, f.key) for f in found}
    taken: dict[int, list[tuple[int, int]]] = {}
    for f in found:
        taken.setdefault(id(f.segment), []).append((f.start, f.end))
        if f.continued is not None:
            taken.setdefault(id(f.continued), []).append((0, f.continued_end))
    added = []
    for f in raw_findings(reflowed.reflowed, detectors, DocumentFacts(reflowed.reflowed), deadline):
        if id(f.segment) not in records or (f.category, f.key) in known:
            continue
        placed = reflowed.original(f)
        if placed is None or _overlaps(taken, placed.segment, placed.start, placed.end) or (
                placed.continued is not None and _overlaps(taken, placed.continued, 0, placed.continued_end)):
            continue  # the lines read those characters already, as a value of their own: theirs stands
        known.add((f.category, f.key))
        added.append(placed)
    return added


def _overlaps(taken: dict[int, list[tuple[int, int]]], segment, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in taken.get(id(segment), ()))


def _in_document_order(document: Document, findings: list[Finding],
                       facts: DocumentFacts) -> tuple[list[Finding], list[bool]]:
    """The findings sorted by their segment's place in the document (text outside the document's segments last),
    then by their start, and whether each one's segment is one of the document's. Each place is looked up once (a
    binary search in the segments' index), and the sort compares plain tuples: a 20,000-row export's 116,000 findings
    sort without a key function called for each. Ties keep the findings' order, as a stable sort does."""
    order = facts.positions if facts.document is document else DocumentFacts(document).positions
    outside = len(order)
    places = order.get_each([id(f.segment) for f in findings], outside)
    ranked = sorted(zip(places, [f.start for f in findings], range(len(findings))))
    return [findings[i] for _, _, i in ranked], [place < outside for place, _, _ in ranked]


def _say_what_was_read_as_a_sample(document: Document, facts: DocumentFacts) -> None:
    """A page (a slide, a sheet) read as a sample bill or form of a made-up customer reports none of its values: the
    document says so, so that a reviewer sees why such a part is silent (and a part wrongly read so does not pass
    unseen)."""
    if "sample_parts" not in vars(facts):
        return  # no detector asked: no page was read as a sample
    places = {(attachment or "", page or 0, part or ""): ", ".join(
        where for where in (attachment and f"attachment {attachment}", page and f"page {page}",
                            part and (part if part.startswith("slide") else f"sheet {part}")) if where)
        for attachment, page, part, _ in facts.sample_parts}
    for key in sorted(places):
        where = f" ({places[key]})" if places[key] else ""
        warning = f"read as a sample bill or form of a made-up customer{where}: its customer values are not reported"
        if warning not in document.warnings:  # a long table's sample and its rows left to check may both say it
            document.warnings.append(warning)


def _spans_of_segments(findings: list[Finding], masks: list[str], inside: list[bool],
                       maskers: dict) -> Iterator[list[tuple[int, int, str]]]:
    """For each finding (sorted in document order; ``inside``: whether its segment is one of the document's, see
    ``_in_document_order``), the masked (start, end, mask) spans of its segment, which its snippet shows masked. A
    segment's findings are next to each other in that order, so each run of them makes one list and no map of every
    segment is built (a table's 100,000 cells); only the next line's part of a value a line break cut, and the findings
    in text outside the document's segments (a redaction's view of a line, all sorted last by their start), are
    gathered by segment."""
    gathered: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for f, masked, in_document in zip(findings, masks, inside):
        if f.continued is not None:  # the next line's part of a cut value is masked in that line's snippets
            rest = f.continued.text[:f.continued_end]
            gathered[id(f.continued)].append((0, f.continued_end, maskers[f.category](rest)))
        if not in_document:
            gathered[id(f.segment)].append((f.start, f.end, masked))
    count, start = len(findings), 0
    while start < count:
        first = findings[start]
        segment = first.segment
        end = start + 1
        while end < count and findings[end].segment is segment:
            end += 1
        if not inside[start]:
            spans = gathered[id(segment)]
        elif end == start + 1:  # a table cell's value alone (the usual case in a long table): no slices to zip
            spans = [(first.start, first.end, masks[start])]
        else:
            spans = [(f.start, f.end, masked) for f, masked in zip(findings[start:end], masks[start:end])]
        if gathered and inside[start]:
            spans += gathered.get(id(segment), ())
        for _ in range(start, end):
            yield spans
        start = end
