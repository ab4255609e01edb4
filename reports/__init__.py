"""Writes a run's results: report.html for people, findings.json, junit.xml and findings.sarif for tools.

The outputs describe where confidential information is, so they are confidential themselves: each file
is owner-only (0o600) from the moment it exists, and a directory created for them is owner-only (0o700).
"""
from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from crawler.results import RunResult, now_iso

from . import findings_json, html, junit, sarif
from .model import HtmlBudget, ReportModel, build_model, shown_result
from .redact import ShownText

__all__ = ["ReportWriteError", "write_reports"]

FILE_NAMES = {"html": "report.html", "json": "findings.json", "junit": "junit.xml", "sarif": "findings.sarif"}
HTML_LIMIT = 5 * 1024 * 1024  # report.html opens in a browser in a second or two below this


class ReportWriteError(Exception):
    """The reports could not be written (a full disk, a folder removed or made read-only during the run); the
    message names the folder and the system's reason."""


def _write_private(path: Path, chunks: Iterable[bytes]) -> Path:
    """Write ``chunks`` into a new owner-only file beside ``path`` and return its name, for the caller to
    rename into place: no moment when others could read it, and a file or symlink already at ``path`` is
    replaced rather than written through."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)  # exactly 0o600, whatever the umask
        with os.fdopen(fd, "wb") as file:
            file.writelines(chunks)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _render_html(shown: RunResult, reveal: bool) -> tuple[bytes, ReportModel]:
    """report.html within :data:`HTML_LIMIT`: a run whose lists overflow the default budget (very long
    URLs, thousands of reasons) is rendered again with half the budget until it fits."""
    budget = HtmlBudget()
    model = build_model(shown, reveal, budget)
    page = html.render(model).encode("utf-8", "replace")
    while len(page) > HTML_LIMIT and budget != budget.halved():
        budget = budget.halved()
        page = html.render(build_model(shown, reveal, budget)).encode("utf-8", "replace")
    return page, model


def write_reports(result: RunResult, out_dir: str | os.PathLike, reveal: bool = False,
                  masking: ShownText | None = None) -> dict[str, Path]:
    """Write report.html, findings.json, junit.xml and findings.sarif into ``out_dir``; return their paths by
    kind ("html", "json", "junit", "sarif"). Raw values are written only when ``reveal`` is true, and never
    into the SARIF log, which is made to be uploaded to dashboards. ``masking`` is the run's unrevealed
    :class:`ShownText` when the caller built one already (for the history), else it is built here.

    The run ends when its outputs are written: ``run.finished`` is set here, and the seconds spent here
    are added to ``run.timings`` (report_masking, report_html, report_junit, report_sarif)."""
    try:
        return _write_reports(result, Path(out_dir), reveal, masking)
    except OSError as e:
        raise ReportWriteError(f"could not write the report to {out_dir}: {e.strerror or e}") from e


def _write_reports(result: RunResult, out: Path, reveal: bool, masking: ShownText | None) -> dict[str, Path]:
    try:
        out.mkdir(parents=True, mode=0o700)
        out.chmod(0o700)
    except FileExistsError:
        pass
    clock = time.perf_counter()
    timings = {}

    def lap(name: str) -> None:
        nonlocal clock
        timings[name] = round(time.perf_counter() - clock, 3)
        clock = time.perf_counter()

    result = replace(result, run=replace(result.run, finished=now_iso()))
    shown = shown_result(result, reveal, masking)
    lap("report_masking")
    page, model = _render_html(shown, reveal)
    lap("report_html")
    written: dict[str, Path] = {}
    try:  # every file written before any is moved into place: no half-written set of reports
        written["html"] = _write_private(out / FILE_NAMES["html"], [page])
        written["junit"] = _write_private(out / FILE_NAMES["junit"], junit.chunks(model))  # a case at a time
        lap("report_junit")
        sarif_source = shown if not reveal else shown_result(result, False, masking)  # SARIF never reveals
        written["sarif"] = _write_private(out / FILE_NAMES["sarif"],
                                          (chunk.encode("utf-8") for chunk in sarif.chunks(sarif_source)))
        lap("report_sarif")
        shown = replace(shown, run=replace(shown.run, timings={**shown.run.timings, **timings}))
        written["json"] = _write_private(out / FILE_NAMES["json"],
                                         (chunk.encode("utf-8") for chunk in findings_json.chunks(shown, reveal)))
        paths = {}
        for kind, temporary in written.items():
            paths[kind] = out / FILE_NAMES[kind]
            os.replace(temporary, paths[kind])
    except BaseException:
        for temporary in written.values():
            temporary.unlink(missing_ok=True)
        raise
    return paths
