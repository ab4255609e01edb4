"""The report's data model: the run reduced to what a reader needs, computed once.

Counts, groups, sort orders, readable locations and formatted times are all worked out here, so the
HTML template and the JUnit writer only display them and every output tells the same story.
It is built from a :class:`~crawler.results.RunResult` as it is to be shown: :func:`shown_result` masks,
without ``--reveal``, every raw value wherever else it turns up.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from crawler.history.model import RunComparison
from crawler.results import STATUSES, DocumentResult, RunResult
from detectors.model import SEVERITIES, Detection, severity_rank

from .history_view import HistoryView, StatusTag, history_view, status_tag

CATEGORY_LABELS = {
    "ssn": "Social Security number",
    "taxpayer_id": "Taxpayer ID",
    "account_number": "Account number",
    "customer_name": "Customer name",
    "address": "Address",
    "phone": "Phone number",
    "email": "Email address",
    "energy_usage": "Energy usage",
    "credential": "Password or credential",
    "bad_redaction": "Failed redaction",
}
KIND_LABELS = {
    "page": ("Page", "Pages"),
    "document": ("Document", "Documents"),
    "sitemap": ("Sitemap", "Sitemaps"),
    "other": ("Other file", "Other files"),
}
# An http(s) URL with nothing a browser would strip or reinterpret: the only thing made clickable.
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)

_SHORTEST_REDACTED = 4


class Redactor:
    """Masks raw finding values wherever else they turn up: a PDF named after the account number in it,
    a skipped ``mailto:`` link, a warning or a snippet quoting a name found elsewhere.

    Values shorter than four characters are left alone, and a match must not run on into more digits or
    letters, so a name "Lincoln" is not masked inside "Lincolnwood"."""

    def __init__(self, findings: list[Detection]):
        self._masks: dict[str, str] = {}
        for finding in findings:
            for raw in (finding.value, finding.key):
                if len(raw) >= _SHORTEST_REDACTED:
                    self._masks.setdefault(raw, finding.masked)
        # values by their first characters, longest first; one regex finds the positions worth a look,
        # so text with no value in it (most URLs and reasons) costs a single C-level scan
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        for raw in sorted(self._masks, key=len, reverse=True):
            self._by_prefix[raw[:_SHORTEST_REDACTED]].append(raw)
        self._starts = re.compile("(?=(" + "|".join(map(re.escape, self._by_prefix)) + "))") if self._masks else None

    def __call__(self, text: str) -> str:
        if self._starts is None:
            return text
        pieces, start = [], 0
        for match in self._starts.finditer(text):
            i = match.start()
            if i < start:
                continue  # inside a value already masked
            for raw in self._by_prefix[match.group(1)]:
                end = i + len(raw)
                if text.startswith(raw, i) and _stands_alone(text, i, end):
                    pieces += [text[start:i], self._masks[raw]]
                    start = end
                    break
        return "".join(pieces) + text[start:]


def _runs_on(a: str, b: str) -> bool:
    return (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha())


def _stands_alone(text: str, start: int, end: int) -> bool:
    return not ((start > 0 and _runs_on(text[start - 1], text[start]))
                or (end < len(text) and _runs_on(text[end - 1], text[end])))


def shown_result(result: RunResult, reveal: bool) -> RunResult:
    """The result as the outputs show it: without ``reveal``, raw finding values masked wherever else they
    turn up (the second line of defence after the detectors' masking); raw values stay only under ``value``
    and ``key``, which no unrevealed output writes."""
    return result if reveal else result.redacted(Redactor(result.findings))


def rank_order(severity: str) -> int:
    """Sort key: the most severe first."""
    return -severity_rank(severity)


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category) or category.replace("_", " ").capitalize()


def describe_location(location: dict) -> list[str]:
    """The location as phrases a reader can follow: "page 3, line 12", "element table > tr", ..."""
    shown = {key: value for key, value in location.items() if value not in (None, "")}
    position = ", ".join(f"{key} {shown.pop(key)}" for key in ("page", "line") if key in shown)
    phrases = [position] if position else []
    for key, phrase in (("element", "element {}"), ("hidden", "hidden: {}"), ("label", "field: {}")):
        if key in shown:
            phrases.append(phrase.format(shown.pop(key)))
    return phrases + [f"{key.replace('_', ' ')}: {value}" for key, value in sorted(shown.items())]


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "unknown"
    if seconds < 60:
        return f"{seconds:.1f} s" if seconds < 10 else f"{seconds:.0f} s"
    minutes, secs = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {secs} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def _parse_time(text) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def format_time(text) -> str:
    moment = _parse_time(text)
    if moment is None:
        return str(text or "unknown")
    offset = moment.utcoffset()
    zone = "" if offset is None else " UTC" if not offset else moment.strftime(" UTC%z")
    return moment.strftime("%Y-%m-%d %H:%M:%S") + zone


def _duration_seconds(started, finished) -> float | None:
    start, end = _parse_time(started), _parse_time(finished)
    try:
        seconds = (end - start).total_seconds()
    except TypeError:  # a time missing, or one with a zone and one without
        return None
    return seconds if seconds >= 0 else None


def format_size(size: int | None) -> str | None:
    if size is None:
        return None
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count:,} {singular if count == 1 else plural_form or singular + 's'}"


def _kind_labels(kind: str) -> tuple[str, str]:
    if kind in KIND_LABELS:
        return KIND_LABELS[kind]
    label = kind.replace("_", " ").capitalize()
    return label, label + "s"


@dataclass
class Link:
    text: str
    href: str | None  # set only for http(s) URLs: nothing else may become a clickable link


def link(url: str) -> Link:
    return Link(url, url if _WEB_URL.fullmatch(url) else None)


@dataclass
class DocumentRow:
    link: Link
    kind: str
    kind_label: str
    status: str
    reason: str | None
    content_type: str | None
    http_status: int | None
    size: str | None
    pages: int | None
    referrers: list[Link]
    redirected_from: list[Link]
    warnings: list[str]
    not_checked: str | None

    @property
    def url(self) -> str:
        return self.link.text


@dataclass
class FindingRow:
    severity: str
    category: str
    category_label: str
    rule: str
    location: list[str]
    shown_value: str  # the mask, or the raw value in a revealed report
    context: str
    why: str
    fingerprint: str
    tag: StatusTag | None = None  # new, recurring since, accepted by; None without a history


@dataclass
class UrlSection:
    """One URL with findings: the document it is and its findings in document order."""

    document: DocumentRow
    findings: list[FindingRow]
    max_severity: str
    severity_counts: dict[str, int]
    category_counts: list[tuple[str, int]]  # (category, count), most frequent first
    anchor: str = ""  # set once the sections are in report order

    @property
    def category_summary(self) -> str:
        return ", ".join(f"{count} {category}" for category, count in self.category_counts)


@dataclass
class CategoryCount:
    category: str
    label: str
    by_severity: dict[str, int]
    total: int


@dataclass
class KindCount:
    label: str
    by_status: dict[str, int]
    total: int


@dataclass
class ReasonGroup:
    reason: str
    documents: list[DocumentRow]


@dataclass
class ReportModel:
    tool: str
    version: str
    command: str | None
    targets: list[Link]
    started: str
    finished: str
    duration: str
    duration_seconds: float | None
    reveal: bool
    errors: list[str]
    limits: list[str]
    suppressed: list[str]
    total_findings: int
    max_severity: str | None
    severity_totals: dict[str, int]
    categories: list[CategoryCount]
    kinds: list[KindCount]
    kind_totals: KindCount
    verdict: str
    verdict_state: str  # found | incomplete | clean: the colour of the verdict box
    coverage_note: str | None
    sections: list[UrlSection]  # most severe first
    documents: list[DocumentRow]  # every document, by URL
    not_checked: list[DocumentRow]  # published but not checked: why the verdict is incomplete
    failed: list[DocumentRow]  # by reason, then URL
    skipped: list[ReasonGroup]  # largest group first
    partly_scanned: list[DocumentRow]  # scanned, with parts that could not be read or oddities
    severities: tuple[str, ...] = SEVERITIES
    statuses: tuple[str, ...] = STATUSES
    history: HistoryView | None = None  # new, resolved and trend, when a history is kept


def _document_row(doc: DocumentResult) -> DocumentRow:
    return DocumentRow(
        link=link(doc.url), kind=doc.kind, kind_label=_kind_labels(doc.kind)[0], status=doc.status,
        reason=doc.reason, content_type=doc.content_type, http_status=doc.http_status,
        size=format_size(doc.size), pages=doc.pages, referrers=[link(u) for u in doc.referrers],
        redirected_from=[link(u) for u in doc.redirected_from], warnings=list(doc.warnings),
        not_checked=doc.not_checked)


def _finding_row(finding: Detection, reveal: bool, history: RunComparison | None = None) -> FindingRow:
    return FindingRow(
        severity=finding.severity, category=finding.category, category_label=category_label(finding.category),
        rule=finding.rule, location=describe_location(finding.location_dict()),
        shown_value=finding.value if reveal else finding.masked, context=finding.context, why=finding.why,
        fingerprint=finding.fingerprint,
        tag=status_tag(history.findings.get(finding.fingerprint)) if history else None)


def finding_order(finding: Detection) -> tuple:
    """Document order: page and line, then the engine's sequence (HTML and spreadsheet locations have no
    line), then the rest."""
    location = finding.location
    return (location.page or 0, location.line or 0, finding.seq, location.element or "", finding.category,
            finding.fingerprint)


def _section(document: DocumentRow, findings: list[Detection], reveal: bool,
             history: RunComparison | None = None) -> UrlSection:
    findings = sorted(findings, key=finding_order)
    severities = Counter(f.severity for f in findings)
    return UrlSection(
        document=document, findings=[_finding_row(f, reveal, history) for f in findings],
        max_severity=min(severities, key=rank_order),
        severity_counts={s: severities.get(s, 0) for s in SEVERITIES},
        category_counts=Counter(f.category for f in findings).most_common())


def _category_counts(findings: list[Detection]) -> list[CategoryCount]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for f in findings:
        counts[f.category][f.severity] += 1
    known = [c for c in CATEGORY_LABELS if c in counts]
    ordered = known + sorted(c for c in counts if c not in CATEGORY_LABELS)
    return [CategoryCount(c, category_label(c), {s: counts[c].get(s, 0) for s in SEVERITIES},
                          sum(counts[c].values())) for c in ordered]


def _kind_counts(documents: list[DocumentRow]) -> list[KindCount]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for doc in documents:
        counts[doc.kind][doc.status] += 1
    ordered = [k for k in KIND_LABELS if k in counts] + sorted(k for k in counts if k not in KIND_LABELS)
    return [KindCount(_kind_labels(k)[1], {s: counts[k].get(s, 0) for s in STATUSES}, sum(counts[k].values()))
            for k in ordered]


def _suppressed_notes(suppressed: dict | None) -> list[str]:
    suppressed = suppressed or {}
    notes = []
    if suppressed.get("site_wide_contacts"):
        notes.append(plural(suppressed["site_wide_contacts"], "contact detail") + " repeated across the site"
                     " (such as a footer phone number) were treated as public and not reported.")
    if suppressed.get("public_contacts"):
        notes.append(plural(suppressed["public_contacts"], "published City contact") + " were not reported.")
    return notes


def build_model(result: RunResult, reveal: bool = False) -> ReportModel:
    """Everything the HTML and JUnit reports show, from the result as :func:`shown_result` gives it."""
    run = result.run
    findings = result.findings
    by_url: dict[str, list[Detection]] = defaultdict(list)
    for f in findings:
        by_url[f.url].append(f)
    documents = [_document_row(d) for d in result.documents]
    documents += [_document_row(DocumentResult(url, kind="unknown", status="scanned", reason=None))
                  for url in set(by_url) - {d.url for d in documents}]  # findings the collector gave no document
    documents.sort(key=lambda d: (d.url, d.status))
    document_of = {}
    for doc in documents:
        document_of.setdefault(doc.url, doc)
    sections = [_section(document_of[url], found, reveal, result.history) for url, found in by_url.items()]
    sections.sort(key=lambda s: (rank_order(s.max_severity), s.document.url))
    for number, section in enumerate(sections, 1):
        section.anchor = f"url-{number}"

    severity_totals = Counter(f.severity for f in findings)
    max_severity = result.max_severity()
    kinds = _kind_counts(documents)
    status_totals = {s: sum(k.by_status[s] for k in kinds) for s in STATUSES}
    scanned_pages = sum(1 for d in documents if d.status == "scanned" and d.kind == "page")
    scanned_other = status_totals["scanned"] - scanned_pages
    not_checked = sorted((d for d in documents if d.not_checked), key=lambda d: (d.not_checked, d.url))
    if findings:
        where = plural(len(sections), "page or document", "pages and documents")
        verdict = f"{plural(len(findings), 'finding')} in {where}. Highest severity: {max_severity}."
    else:
        verdict = (f"No confidential information found in {plural(scanned_pages, 'page')}"
                   f" and {plural(scanned_other, 'document')}.")
    if run.errors or not_checked:
        problems = [plural(len(not_checked), "document") + " not checked"] if not_checked else []
        problems += ["the run reported errors"] if run.errors else []
        verdict = f"Incomplete: {' and '.join(problems)}. {verdict}"
    coverage_note = None
    if status_totals["failed"] or status_totals["skipped"]:
        coverage_note = (f"{plural(status_totals['failed'], 'file')} could not be scanned and "
                         f"{status_totals['skipped']:,} {'was' if status_totals['skipped'] == 1 else 'were'} skipped;"
                         " see Coverage.")

    skipped: dict[str, list[DocumentRow]] = defaultdict(list)
    for doc in documents:
        if doc.status == "skipped":
            skipped[doc.reason or "no reason given"].append(doc)
    seconds = _duration_seconds(run.started, run.finished)
    return ReportModel(
        tool=run.tool, version=run.version, command=run.command, targets=[link(t) for t in run.targets],
        started=format_time(run.started), finished=format_time(run.finished),
        duration=format_duration(seconds), duration_seconds=seconds, reveal=reveal, errors=list(run.errors),
        limits=[f"{key.replace('_', ' ')}: {value:,}" if type(value) is int else f"{key.replace('_', ' ')}: {value}"
                for key, value in sorted(run.limits.items())],
        suppressed=_suppressed_notes(run.suppressed),
        total_findings=len(findings), max_severity=max_severity,
        severity_totals={s: severity_totals.get(s, 0) for s in SEVERITIES},
        categories=_category_counts(findings), kinds=kinds,
        kind_totals=KindCount("Total", status_totals, len(documents)),
        verdict=verdict, verdict_state="found" if findings else "incomplete" if run.errors or not_checked else "clean",
        coverage_note=coverage_note, sections=sections, documents=documents, not_checked=not_checked,
        failed=sorted((d for d in documents if d.status == "failed"), key=lambda d: (d.reason or "", d.url)),
        skipped=sorted((ReasonGroup(reason, docs) for reason, docs in skipped.items()),
                       key=lambda g: (-len(g.documents), g.reason)),
        partly_scanned=[d for d in documents if d.status == "scanned" and (d.warnings or d.not_checked)],
        history=history_view(result.history, findings, {s.document.url: s.anchor for s in sections},
                             describe=describe_location, category_label=category_label,
                             shown_value=lambda f: f.value if reveal else f.masked, when=format_time))
