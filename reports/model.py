"""The report's data model: the run reduced to what a reader needs, computed once.

Counts, groups, sort orders, readable locations and formatted times are all worked out here, so the
HTML template and the JUnit writer only display them and every output tells the same story.
It is built from a :class:`~crawler.results.RunResult` as it is to be shown: :func:`shown_result` masks,
without ``--reveal``, every raw value wherever else it turns up.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from crawler.history.model import RunComparison
from crawler.results import STATUSES, DocumentResult, RunResult
from detectors.model import SEVERITIES, Detection, severity_rank

from .history_view import HistoryView, StatusTag, history_view, status_tag
from .redact import ShownText, shown_text

CATEGORY_LABELS = {  # as written in a sentence, singular and plural; in the policy's order
    "ssn": ("Social Security number", "Social Security numbers"),
    "taxpayer_id": ("taxpayer ID", "taxpayer IDs"),
    "account_number": ("account number", "account numbers"),
    "customer_name": ("customer name", "customer names"),
    "address": ("address", "addresses"),
    "phone": ("phone number", "phone numbers"),
    "email": ("email address", "email addresses"),
    "energy_usage": ("energy usage figure", "energy usage figures"),
    "credential": ("password or credential", "passwords or credentials"),
    "bad_redaction": ("failed redaction", "failed redactions"),
}
KIND_LABELS = {
    "page": ("Page", "Pages"),
    "document": ("Document", "Documents"),
    "sitemap": ("Sitemap", "Sitemaps"),
    "other": ("Other file", "Other files"),
}
# An http(s) URL with nothing a browser would strip or reinterpret: the only thing made clickable.
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
_USERINFO = re.compile(r"(?<=://)[^/?#@]*@")
FINDINGS_PER_DOCUMENT = 50  # findings listed under one document in report.html and junit.xml; all in findings.json


LIMIT_REASONS = ("page limit reached", "depth limit reached")  # a run-wide limit's refusal of a URL


@dataclass(frozen=True)
class HtmlBudget:
    """How much report.html lists, so that it stays small enough to open at once (under 5 MB) for any
    run: the rest is counted on the page and listed in findings.json."""

    finding_rows: int = 1500  # finding rows over all documents (at most FINDINGS_PER_DOCUMENT each)
    sections: int = 300  # documents whose findings are detailed
    table_rows: int = 300  # rows of each table: documents with findings, not checked, failed, with notes
    reason_groups: int = 50  # reasons for skipping, each with a list of its URLs
    urls_per_group: int = 50

    def halved(self) -> HtmlBudget:
        return HtmlBudget(*(max(1, value // 2) for value in
                            (self.finding_rows, self.sections, self.table_rows, self.reason_groups,
                             self.urls_per_group)))

def shown_result(result: RunResult, reveal: bool, masking: ShownText | None = None) -> RunResult:
    """The result as the outputs show it: each document's first referrers and their count, URL user-info
    masked (revealed or not), and without ``reveal`` every raw finding value masked wherever else it turns
    up and identifying query values masked (see :mod:`reports.redact`). Raw values stay only under ``value``
    and ``key``, which no unrevealed output writes. ``masking`` is the run's unrevealed :class:`ShownText`
    when the caller has one (the history's): its cache makes this mostly look-ups."""
    if reveal or masking is None:
        masking = shown_text(result.findings, reveal)
    return result.compacted().redacted(masking)


def rank_order(severity: str) -> int:
    """Sort key: the most severe first."""
    return -severity_rank(severity)


def category_phrase(category: str, count: int = 1) -> str:
    """The category in a sentence: "customer name", or for a count other than 1 "customer names"."""
    label = category.replace("_", " ")
    singular, plural_form = CATEGORY_LABELS.get(category) or (label, label + "s")
    return singular if count == 1 else plural_form


def category_label(category: str) -> str:
    """The category as a table shows it: "Customer name"."""
    phrase = category_phrase(category)
    return phrase[:1].upper() + phrase[1:]


def describe_location(location: dict) -> list[str]:
    """The location as phrases a reader can follow: "page 3, line 12", "table > tr", "hidden: html comment",
    "field: Account No." (left out when the element already names it: "row 4, column Account No.")."""
    shown = {key: value for key, value in location.items() if value not in (None, "")}
    ocr = " (OCR)" if shown.pop("ocr", False) else ""
    position = ", ".join(f"{key} {shown.pop(key)}" for key in ("page", "line") if key in shown)
    phrases = [position.replace(",", ocr + ",", 1) if "," in position else position + ocr] if position else (
        ["read by OCR"] if ocr else [])
    if "attachment" in shown:
        phrases.append(f"attachment {shown.pop('attachment')}")
    box = shown.pop("box", None)
    if isinstance(box, (list, tuple)) and len(box) == 4:
        left, top, right, bottom = box
        phrases.append(f"box at x {left:g}\u2013{right:g}, y {top:g}\u2013{bottom:g} pt")
    element = shown.pop("element", None)
    if element:
        phrases.append(str(element))
    if "hidden" in shown:
        phrases.append(f"hidden: {shown.pop('hidden')}")
    label = shown.pop("label", None)
    if label and str(label) not in str(element or ""):
        phrases.append(f"field: {label}")
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


@dataclass(slots=True)
class Link:
    text: str
    href: str | None  # set only for http(s) URLs: nothing else may become a clickable link; never user-info


def link(url: str) -> Link:
    """A URL as shown: its text (user-info already masked by :func:`shown_result`) and, for a web URL, a
    target without user-info, so that following it sends no credentials, real or masked."""
    return Link(url, _USERINFO.sub("", url, count=1) if _WEB_URL.fullmatch(url) else None)


@dataclass(slots=True)
class Listing:
    """The first items of a list that report.html shows, and how many there are in all."""

    items: list
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


def listing(items: list, limit: int) -> Listing:
    return Listing(items[:limit], len(items))


@dataclass(slots=True)
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
    referrers: Listing  # the first ones found, and how many in all
    redirected_from: tuple[Link, ...]  # tuples: most rows have none, and share the one empty tuple
    warnings: tuple[str, ...]
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
    """One URL with findings: the document it is, its first findings in document order, and a roll-up of
    them all ("20,000 findings on 5,000 lines: 5,000 customer names, ...")."""

    document: DocumentRow
    findings: list[FindingRow]  # the first FINDINGS_PER_DOCUMENT, in document order
    total: int  # findings in all
    max_severity: str
    severity_counts: dict[str, int]
    category_counts: list[tuple[str, int]]  # (category, count), most frequent first, then in the policy's order
    lines: int | None  # distinct lines the findings are on, when every one has a line
    waived: bool = False  # every finding (not only the first ones) accepted or already on the baseline site
    anchor: str = ""  # set once the sections are in report order

    @property
    def category_summary(self) -> str:
        return ", ".join(f"{count} {category}" for category, count in self.category_counts)

    @property
    def more(self) -> int:
        return self.total - len(self.findings)

    @property
    def rollup(self) -> str:
        where = f" on {plural(self.lines, 'line')}" if self.lines else ""
        counts = ", ".join(f"{count:,} {category_phrase(category, count)}"
                           for category, count in self.category_counts)
        return f"{plural(self.total, 'finding')}{where}: {counts}"


@dataclass
class DetailedSection:
    """A section as report.html details it: within the page's budget of finding rows."""

    section: UrlSection
    findings: list[FindingRow]

    @property
    def more(self) -> int:
        return self.section.total - len(self.findings)


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
    documents: Listing


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
    detectors_off: list[str]  # switched off by the configuration: their kinds were not looked for
    suppressed: list[str]
    total_findings: int
    max_severity: str | None
    severity_totals: dict[str, int]
    categories: list[CategoryCount]
    kinds: list[KindCount]
    kind_totals: KindCount
    verdict: str
    verdict_state: str  # found | incomplete | clean: the colour of the verdict box
    interrupted: str | None  # how a run stopped before it finished ("interrupted by SIGINT"), else None
    coverage_note: str  # the failed and skipped, in a sentence (the verdict counts those not checked)
    sections: list[UrlSection]  # every URL with findings, most severe first
    documents: list[DocumentRow]  # every document, by URL
    # what report.html lists, within its budget; the rest is counted and listed in findings.json
    section_table: Listing  # of UrlSection: the table of URLs with findings
    detailed: Listing  # of DetailedSection
    not_checked: Listing  # published but not checked: why the verdict is incomplete
    failed: Listing  # failed, but not a gap in the check (a broken link, a protected file): by reason, then URL
    skipped: Listing  # of ReasonGroup, largest group first: skipped, but not a gap in the check
    skipped_total: int
    partly_scanned: Listing  # scanned, with notes: oddities that lost no text (a part not checked is in not_checked)
    severities: tuple[str, ...] = SEVERITIES
    statuses: tuple[str, ...] = STATUSES
    history: HistoryView | None = None  # new, resolved and trend, when a history is kept


def _document_row(doc: DocumentResult, referrer_links: dict[str, Link] | None = None) -> DocumentRow:
    """``referrer_links``: the Link of each referrer made so far, shared by the rows of one model (the pages
    that link to every other are the referrers of 100,000 rows)."""
    def referrer(url: str) -> Link:
        if referrer_links is None:
            return link(url)
        shown = referrer_links.get(url)
        if shown is None:
            shown = referrer_links[url] = link(url)
        return shown

    return DocumentRow(
        link=link(doc.url), kind=doc.kind, kind_label=_kind_labels(doc.kind)[0], status=doc.status,
        reason=doc.reason, content_type=doc.content_type, http_status=doc.http_status,
        size=None if doc.size is None else sys.intern(format_size(doc.size)), pages=doc.pages,  # a few sizes, shared
        referrers=Listing([referrer(u) for u in doc.referrers], max(doc.referrer_count, len(doc.referrers))),
        redirected_from=tuple(link(u) for u in doc.redirected_from), warnings=tuple(doc.warnings),
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


def output_order(finding: Detection) -> tuple:
    """The order of findings across a run's outputs (findings.json, SARIF): by URL, then :func:`finding_order`.
    Documents complete in whatever order the site answers and the workers finish, so the order the run met
    findings in would make two identical runs write different files."""
    return (finding.url, *finding_order(finding))


def _section(document: DocumentRow, findings: list[Detection], reveal: bool,
             history: RunComparison | None = None) -> UrlSection:
    findings = sorted(findings, key=finding_order)
    severities = Counter(f.severity for f in findings)
    lines = {(f.location.page, f.location.line) for f in findings}
    return UrlSection(
        document=document, findings=[_finding_row(f, reveal, history) for f in findings[:FINDINGS_PER_DOCUMENT]],
        total=len(findings), max_severity=min(severities, key=rank_order),
        severity_counts={s: severities.get(s, 0) for s in SEVERITIES},
        category_counts=sorted(Counter(f.category for f in findings).items(),
                               key=lambda item: (-item[1], _category_rank(item[0]))),
        lines=None if any(line is None for _, line in lines) else len(lines),
        waived=history is not None and all(history.waived(f.fingerprint) for f in findings))


def _detailed(sections: list[UrlSection], budget: HtmlBudget) -> Listing:
    detailed, rows = [], budget.finding_rows
    for section in sections[:budget.sections]:
        if rows <= 0:
            break
        detailed.append(DetailedSection(section, section.findings[:rows]))
        rows -= len(detailed[-1].findings)
    return Listing(detailed, len(sections))


def _category_rank(category: str) -> tuple[int, str]:
    """The order categories are listed in: the policy's (CATEGORY_LABELS), then new ones by name."""
    order = list(CATEGORY_LABELS)
    return (order.index(category), "") if category in CATEGORY_LABELS else (len(order), category)


def _category_counts(findings: list[Detection]) -> list[CategoryCount]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for f in findings:
        counts[f.category][f.severity] += 1
    ordered = sorted(counts, key=_category_rank)
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


def interrupted_verdict(interrupted: str, not_checked: int, found: str) -> str:
    """The verdict of a run stopped before it finished: it says so first, and that what the run did not reach
    is unknown (the URLs it met but did not fetch are counted as not checked; what they link to is not even
    known), so what it found in the rest can never read as a check of the whole site."""
    unchecked = f"; {plural(not_checked, 'document')} not checked" if not_checked else ""
    return (f"Incomplete: the run was {interrupted} before it finished{unchecked}. Pages and documents it did not "
            f"reach are not known and were not checked. {found}")


def limit_reason(doc: DocumentRow) -> str | None:
    """The run-wide limit (:data:`LIMIT_REASONS`) that kept ``doc`` from being fetched, or None: such URLs say
    nothing of their own, and a page of 50,000 links past the page limit has 50,000 of them."""
    reason = doc.not_checked or doc.reason or ""
    return reason if reason.startswith(LIMIT_REASONS) else None


def build_model(result: RunResult, reveal: bool = False, budget: HtmlBudget = HtmlBudget()) -> ReportModel:
    """Everything the HTML and JUnit reports show, from the result as :func:`shown_result` gives it."""
    run = result.run
    findings = result.findings
    by_url: dict[str, list[Detection]] = defaultdict(list)
    for f in findings:
        by_url[f.url].append(f)
    referrer_links: dict[str, Link] = {}
    documents = [_document_row(d, referrer_links) for d in result.documents]
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
    # a run-wide limit's thousands of refusals are listed after every document left unchecked for a reason of its own
    not_checked = sorted((d for d in documents if d.not_checked),
                         key=lambda d: (limit_reason(d) is not None, d.not_checked, d.url))
    if findings:
        where = plural(len(sections), "page or document", "pages and documents")
        verdict = f"{plural(len(findings), 'finding')} in {where}. Highest severity: {max_severity}."
    else:
        verdict = (f"No confidential information found in {plural(scanned_pages, 'page')}"
                   f" and {plural(scanned_other, 'document')}.")
    if run.detectors_off:
        verdict += f" Not looked for (detectors switched off): {', '.join(run.detectors_off).replace('_', ' ')}."
    if run.interrupted:
        verdict = interrupted_verdict(run.interrupted, len(not_checked), verdict)
    elif run.errors or not_checked:
        problems = [plural(len(not_checked), "document") + " not checked"] if not_checked else []
        problems += ["the run reported errors"] if run.errors else []
        verdict = f"Incomplete: {' and '.join(problems)}. {verdict}"
    # a document not checked is listed once, with why; failed and skipped list the rest
    failed = sorted((d for d in documents if d.status == "failed" and not d.not_checked),
                    key=lambda d: (d.reason or "", d.url))
    skipped: dict[str, list[DocumentRow]] = defaultdict(list)
    for doc in documents:
        if doc.status == "skipped" and not doc.not_checked:
            skipped[doc.reason or "no reason given"].append(doc)
    skipped_total = sum(map(len, skipped.values()))
    groups = sorted(skipped.items(), key=lambda group: (-len(group[1]), group[0]))
    coverage = [f"{plural(len(failed), 'file')} could not be scanned (broken links, protected files)"] if failed else []
    coverage += [f"{skipped_total:,} {'was' if skipped_total == 1 else 'were'} skipped"] if skipped_total else []
    coverage_note = f"{', '.join(coverage[:-1])} and {coverage[-1]}" if len(coverage) > 1 else "".join(coverage)
    coverage_note = coverage_note and coverage_note[0].upper() + coverage_note[1:] + "; see Coverage."
    seconds = _duration_seconds(run.started, run.finished)
    return ReportModel(
        tool=run.tool, version=run.version, command=run.command, targets=[link(t) for t in run.targets],
        started=format_time(run.started), finished=format_time(run.finished),
        duration=format_duration(seconds), duration_seconds=seconds, reveal=reveal, errors=list(run.errors),
        limits=[f"{key.replace('_', ' ')}: {value:,}" if type(value) is int else
                f"{key.replace('_', ' ')}: {value:g}" if type(value) is float else f"{key.replace('_', ' ')}: {value}"
                for key, value in sorted(run.limits.items())],
        detectors_off=[category.replace("_", " ") for category in run.detectors_off],
        suppressed=_suppressed_notes(run.suppressed),
        total_findings=len(findings), max_severity=max_severity,
        severity_totals={s: severity_totals.get(s, 0) for s in SEVERITIES},
        categories=_category_counts(findings), kinds=kinds,
        kind_totals=KindCount("Total", status_totals, len(documents)),
        verdict=verdict, verdict_state="found" if findings else "incomplete" if run.errors or not_checked else "clean",
        interrupted=run.interrupted,
        coverage_note=coverage_note, sections=sections, documents=documents,
        section_table=listing(sections, budget.table_rows), detailed=_detailed(sections, budget),
        not_checked=listing(not_checked, budget.table_rows),
        failed=listing(failed, budget.table_rows),
        skipped=Listing([ReasonGroup(reason, listing(docs, budget.urls_per_group))
                         for reason, docs in groups[:budget.reason_groups]], len(groups)),
        skipped_total=skipped_total,
        partly_scanned=listing([d for d in documents if d.status == "scanned" and d.warnings], budget.table_rows),
        history=history_view(result.history, findings, {s.document.url: s.anchor for s in sections},
                             describe=describe_location, category_label=category_label,
                             shown_value=lambda f: f.value if reveal else f.masked, when=format_time,
                             limit=budget.table_rows))
