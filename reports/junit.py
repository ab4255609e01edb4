"""junit.xml: the run as a test suite, so CI systems show it without knowing pubcheck.

One test case per document: a failure for a document with findings (skipped when they are all accepted or
already on the ``--baseline`` site, since they fail no run), an error for one that could not be scanned or
checked, skipped for one that was skipped; plus an error case "run" when the run itself had problems.
Built from the report model, so it shows masked values unless the run was revealed, a document's first
findings (the rest are in findings.json) and its first referrers: the file grows with documents and
findings, not with the links between them. URLs a run-wide limit kept the crawl from fetching (the page limit,
the depth limit) say nothing of their own: they are one case per limit, "N links not fetched: page limit reached
(300; see --max-pages)" with the first of them, so that a page of 50,000 links past the limit is one case, not
50,000 (findings.json lists every one).
"""
from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator

from .bidi import bidi_shown
from .model import DocumentRow, ReportModel, UrlSection, limit_reason, plural

LIMIT_URLS_LISTED = 20  # the first URLs a limit's case names

# Characters XML 1.0 forbids even escaped (control characters, lone surrogates): crawled text may hold them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text) -> str:
    return bidi_shown(_NOT_XML.sub("\ufffd", str(text)))


def _linked_from(doc: DocumentRow) -> list[str]:
    referrers = doc.referrers
    if not referrers.items:
        return []
    more = f" and {referrers.more:,} more" if referrers.more else ""
    return [f"linked from: {', '.join(link.text for link in referrers.items)}{more}"]


def _failure_text(section: UrlSection) -> str:
    lines = [section.rollup, *_linked_from(section.document)]
    for f in section.findings:
        where = "; ".join(f.location) or "location unknown"
        state = f" [{f.tag.label}{', on the baseline site' if f.tag.in_baseline else ''}]" if f.tag else ""
        lines.append(f"[{f.severity}] {f.category} ({f.rule}) at {where}: {f.shown_value}{state}")
        if f.context:
            lines.append(f"    context: {f.context}")
        if f.why:
            lines.append(f"    why: {f.why}")
    if section.more:
        lines.append(f"... and {section.more:,} more findings: findings.json lists them all")
    return "\n".join(lines)


def _outcome(doc: DocumentRow, section: UrlSection | None) -> str | None:
    """What a document's test case counts as: failures, errors, skipped, or None (passed). A document whose
    findings are all accepted or already on the baseline site fails no run: it counts as skipped."""
    if section is not None:
        return "skipped" if section.waived else "failures"
    if doc.status == "failed" or doc.not_checked:
        return "errors"
    return "skipped" if doc.status == "skipped" else None


def _limit_case(model: ReportModel, reason: str, docs: list[DocumentRow]) -> ET.Element:
    """One case for the URLs one limit kept the crawl from fetching: an error when they are published documents
    left unchecked (the page limit), skipped otherwise (the depth limit)."""
    links = "link" if len(docs) == 1 else "links"
    name = f"{len(docs):,} {links} not fetched: {reason}"
    case = ET.Element("testcase", classname=f"{model.tool}.limit", name=_xml(name))
    urls = [doc.url for doc in docs[:LIMIT_URLS_LISTED]]
    if len(docs) > LIMIT_URLS_LISTED:
        urls.append(f"... and {len(docs) - LIMIT_URLS_LISTED:,} more: findings.json lists them all")
    outcome = "error" if _outcome(docs[0], None) == "errors" else "skipped"
    message = f"not checked: {reason}" if outcome == "error" else reason
    ET.SubElement(case, outcome, message=_xml(message)).text = _xml("\n".join(urls))
    return case


def _case(model: ReportModel, doc: DocumentRow, section: UrlSection | None) -> ET.Element:
    case = ET.Element("testcase", classname=f"{model.tool}.{doc.kind}", name=_xml(doc.url))
    outcome = _outcome(doc, section)
    if outcome == "failures":
        failure = ET.SubElement(case, "failure", type=section.max_severity,
                                message=_xml(f"{plural(section.total, 'finding')}: {section.category_summary}"))
        failure.text = _xml(_failure_text(section))
    elif section is not None:
        skipped = ET.SubElement(case, "skipped", message=_xml(
            f"{plural(section.total, 'finding')}, all accepted or already on the baseline site"))
        skipped.text = _xml(_failure_text(section))
    elif outcome == "errors":
        message = f"not checked: {doc.not_checked}" if doc.not_checked else doc.reason or "failed"
        ET.SubElement(case, "error", message=_xml(message)).text = _xml("\n".join(_linked_from(doc))) or None
    elif outcome == "skipped":
        ET.SubElement(case, "skipped", message=_xml(doc.reason or "skipped"))
    return case


def chunks(model: ReportModel) -> Iterator[bytes]:
    """The file, a test case at a time: a run lists 100,000 documents, and a tree of them all would cost
    more memory than the run's own ledger. The counts come first, from a pass over the documents; the bytes
    are those of the whole tree written by ElementTree and indented by ``ET.indent``."""
    sections = {s.document.url: s for s in model.sections}
    limited: dict[str, list[DocumentRow]] = {}
    documents = []
    for doc in model.documents:
        reason = doc.url not in sections and limit_reason(doc)
        if reason:
            limited.setdefault(reason, []).append(doc)
        else:
            documents.append(doc)
    counts = Counter(_outcome(doc, sections.get(doc.url)) for doc in documents)
    counts.update(_outcome(docs[0], None) for docs in limited.values())
    totals = {"tests": len(documents) + len(limited) + bool(model.errors), "failures": counts["failures"],
              "errors": counts["errors"] + bool(model.errors), "skipped": counts["skipped"]}
    root = ET.Element("testsuites", {key: str(value) for key, value in totals.items()})
    suite = ET.SubElement(root, "testsuite", name=_xml(f"{model.tool} {' '.join(t.text for t in model.targets)}"))
    for key, value in totals.items():
        suite.set(key, str(value))
    if model.duration_seconds is not None:
        suite.set("time", f"{model.duration_seconds:.3f}")
    cases = itertools.chain((_case(model, doc, sections.get(doc.url)) for doc in documents),
                            (_limit_case(model, reason, docs) for reason, docs in limited.items()))
    if model.errors:  # a run that went wrong must not look green
        run = ET.Element("testcase", classname=f"{model.tool}.run", name="run")
        ET.SubElement(run, "error", message=_xml(model.errors[0])).text = _xml("\n".join(model.errors))
        cases = itertools.chain([run], cases)
    case = next(cases, None)
    if case is None:
        ET.indent(root)
        yield ET.tostring(root, encoding="utf-8", xml_declaration=True)
        return
    suite.text = "\n    "
    opening = ET.tostring(root, encoding="unicode")
    opening = opening[:opening.index("</testsuite>")].replace("><testsuite", ">\n  <testsuite", 1)
    yield f"<?xml version='1.0' encoding='utf-8'?>\n{opening}".encode("utf-8")
    for following in cases:
        yield _indented(case, "\n    ")
        case = following
    yield _indented(case, "\n  ") + b"</testsuite>\n</testsuites>"


def _indented(case: ET.Element, tail: str) -> bytes:
    """A test case as ``ET.indent`` indents it inside the whole tree, followed by ``tail``."""
    ET.indent(case, space="  ", level=2)
    case.tail = tail
    return ET.tostring(case, encoding="utf-8", xml_declaration=False)
