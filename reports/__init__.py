"""Writes a run's results: report.html for people, findings.json and junit.xml for tools.

The outputs describe where confidential information is, so they are confidential themselves: each file
is owner-only (0o600) from the moment it exists, and a directory created for them is owner-only (0o700).
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from . import findings_json, html, junit, sarif
from crawler.results import RunResult

from .model import build_model, shown_result

__all__ = ["write_reports"]

FILE_NAMES = {"html": "report.html", "json": "findings.json", "junit": "junit.xml", "sarif": "findings.sarif"}


def _write_private(path: Path, data: bytes) -> None:
    """Write through a new owner-only file renamed into place: no moment when others could read it, and a
    file or symlink already at ``path`` is replaced rather than written through."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)  # exactly 0o600, whatever the umask
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_reports(result: RunResult, out_dir: str | os.PathLike, reveal: bool = False) -> dict[str, Path]:
    """Write report.html, findings.json, junit.xml and findings.sarif into ``out_dir``; return their paths by
    kind ("html", "json", "junit", "sarif"). Raw values are written only when ``reveal`` is true, and never
    into the SARIF log, which is made to be uploaded to dashboards."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, mode=0o700)
        out.chmod(0o700)
    except FileExistsError:
        pass
    shown = shown_result(result, reveal)
    # everything rendered before anything is written: no half-written set of reports. The JSON first, before the
    # report model exists, so that the two largest transient structures never fill memory at the same time.
    contents = {
        "json": findings_json.render(shown, reveal).encode("utf-8"),
        "sarif": sarif.render(shown if not reveal else shown_result(result, reveal=False)).encode("utf-8"),
    }
    model = build_model(shown, reveal)
    contents.update(html=html.render(model).encode("utf-8", "replace"), junit=junit.render(model))
    paths = {}
    for kind in FILE_NAMES:
        data = contents[kind]
        paths[kind] = out / FILE_NAMES[kind]
        _write_private(paths[kind], data)
    return paths
