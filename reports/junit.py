"""junit.xml: the run as a test suite, so CI systems show it without knowing pubcheck.

One test case per document: a failure for a document with findings (skipped when they are all accepted or
already on the ``--baseline`` site, since they fail no run), an error for one that could not be scanned or
checked, skipped for one that was skipped; plus an error case "run" when the run itself had problems.
Built from the report model, so it shows masked values unless the run was revealed, a document's first
findings (the rest are in findings.json) and its first referrers: the file grows with documents and
findings, not with the links between them.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .model import DocumentRow, ReportModel, UrlSection

# Characters XML 1.0 forbids even escaped (control characters, lone surrogates): crawled text may hold them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


def _linked_from(doc: DocumentRow) -> list[str]:
    referrers = doc.referrers
    if not referrers.items:
        return []
    more = f" and {referrers.more:,} more" if referrers.more else ""
    return [f"linked from: {', '.join(link.text for link in referrers.items)}{more}"]


def _waived(finding) -> bool:
    return bool(finding.tag and (finding.tag.status == "accepted" or finding.tag.in_baseline))


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


def render(model: ReportModel) -> bytes:
    sections = {s.document.url: s for s in model.sections}
    suite = ET.Element("testsuite", name=_xml(f"{model.tool} {' '.join(t.text for t in model.targets)}"))
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    if model.errors:  # a run that went wrong must not look green
        case = ET.SubElement(suite, "testcase", classname=f"{model.tool}.run", name="run")
        ET.SubElement(case, "error", message=_xml(model.errors[0])).text = _xml("\n".join(model.errors))
        counts["tests"] += 1
        counts["errors"] += 1
    for doc in model.documents:
        case = ET.SubElement(suite, "testcase", classname=f"{model.tool}.{doc.kind}", name=_xml(doc.url))
        counts["tests"] += 1
        if doc.url in sections and not all(_waived(f) for f in sections[doc.url].findings):
            section = sections[doc.url]
            failure = ET.SubElement(case, "failure", type=section.max_severity,
                                    message=_xml(f"{section.total} findings: {section.category_summary}"))
            failure.text = _xml(_failure_text(section))
            counts["failures"] += 1
        elif doc.url in sections:  # every finding accepted or already on the baseline site: it fails no run
            skipped = ET.SubElement(case, "skipped", message=_xml(
                f"{len(sections[doc.url].findings)} findings, all accepted or already on the baseline site"))
            skipped.text = _xml(_failure_text(sections[doc.url]))
            counts["skipped"] += 1
        elif doc.status == "failed" or doc.not_checked:
            message = f"not checked: {doc.not_checked}" if doc.not_checked else doc.reason or "failed"
            ET.SubElement(case, "error", message=_xml(message)).text = _xml("\n".join(_linked_from(doc))) or None
            counts["errors"] += 1
        elif doc.status == "skipped":
            ET.SubElement(case, "skipped", message=_xml(doc.reason or "skipped"))
            counts["skipped"] += 1
    for key, value in counts.items():
        suite.set(key, str(value))
    if model.duration_seconds is not None:
        suite.set("time", f"{model.duration_seconds:.3f}")
    root = ET.Element("testsuites", {key: str(value) for key, value in counts.items()})
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
