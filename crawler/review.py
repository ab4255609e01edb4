"""Review: findings compliance staff accept (a false positive, or data published by law), with who and why.

Acceptances live in the history database (``pubcheck accept``) or in an ignore file next to the config that
can be kept in version control, which is how a CI runner without the nightly database knows them too::

    # pubcheck-ignore.toml
    [[accept]]
    fingerprint = "3f2a9c1d"          # 8 or more leading characters of the fingerprint in findings.json
    reason = "Published by law: campaign filer list"
    by = "J. Rivera, Compliance"
    at = 2026-11-30                   # optional: when it was accepted
    expires = 2027-06-30              # optional: counts again after this day

An accepted finding is still reported, as accepted with who and why, and never fails the run.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

from reports.redact import note_text, reason_text

from .config import ConfigError, toml_text
from .history.model import Acceptance
from .history.store import HistoryStore
from .url_text import shown_name

MIN_PREFIX = 8
IGNORE_FILE_NAME = "pubcheck-ignore.toml"
_FINGERPRINT = re.compile(r"[0-9a-f]+")
_ENTRY_KEYS = {"fingerprint", "reason", "by", "at", "expires"}


class ReviewError(Exception):
    """A fingerprint that is too short, unknown or ambiguous, a bad date or a malformed ignore file."""


def parse_date(text: str, what: str) -> str:
    try:
        return date.fromisoformat(str(text)).isoformat()
    except ValueError:
        raise ReviewError(f"{what} must be a date like 2027-06-30, got {text!r}") from None


def check_prefix(prefix: str) -> str:
    prefix = prefix.strip().lower()
    if len(prefix) < MIN_PREFIX or not _FINGERPRINT.fullmatch(prefix):
        raise ReviewError(f"give the fingerprint from findings.json, or at least its first {MIN_PREFIX} "
                          f"(hexadecimal) characters; got {prefix!r}")
    return prefix


def resolve(store: HistoryStore, prefix: str) -> str:
    """The one fingerprint the history knows that starts with ``prefix``."""
    prefix = check_prefix(prefix)
    matches = store.fingerprints_with_prefix(prefix, limit=2)
    if not matches:
        raise ReviewError(f"no finding with fingerprint {prefix} in the history {store.path}")
    if len(matches) > 1:
        raise ReviewError(f"fingerprint prefix {prefix} is ambiguous: give more characters")
    return matches[0]


def accept(store: HistoryStore, prefix: str, *, reason: str, by: str, at: str, expires: str | None = None,
           today: str | None = None) -> Acceptance:
    if not reason.strip() or not by.strip():
        raise ReviewError("an acceptance needs a --reason and a --by")
    if expires is not None:
        expires = parse_date(expires, "--expires")
        if expires < (today or date.today().isoformat()):
            raise ReviewError(f"--expires {expires} is in the past")
    fingerprint = resolve(store, prefix)
    acceptance = Acceptance(fingerprint, by=masked_note(by.strip()),
                            reason=masked_note(reason.strip(), masks=store.masks_about(fingerprint)),
                            at=at, expires=expires)
    store.accept(acceptance)
    return acceptance


def masked_note(text: str, masks: tuple[str, ...] | None = None) -> str:
    """``text`` (an acceptance's reason or who gave it) as it is stored and shown: what the detectors find in it
    masked (the customer's SSN, account, name, password a clerk typed in), and any mailbox or long digit run (see
    ``reports.redact.note_text``); a reason (``masks`` given: what the history masks of the accepted finding and
    its page, ``HistoryStore.masks_about``) also its people's names, the words that mask as those do and its URLs
    and paths (``reports.redact.reason_text``). The detectors are loaded here, for the one note of an ``accept``.
    A note typed under a locale that is not UTF-8 (its letters held as surrogate escapes) is read as its UTF-8 bytes,
    as a file's name is (``crawler.url_text.shown_name``)."""
    from detectors.engine import scan_document
    from detectors.model import Document, Location, Segment
    from detectors.registry import load_detectors
    from reports.redact import note_text, reason_text
    text = shown_name(text)
    findings = scan_document(Document("note", "text/plain", [Segment(text, Location(element="note"))]),
                             load_detectors())
    return note_text(text, findings) if masks is None else reason_text(text, findings, masks)


def revoke(store: HistoryStore, prefix: str, *, at: str, by: str | None = None) -> str:
    prefix = check_prefix(prefix)
    active = sorted({a.fingerprint for a in store.acceptances() if a.fingerprint.startswith(prefix)})
    if not active:
        raise ReviewError(f"no acceptance of fingerprint {prefix} in the history {store.path}"
                          " (an acceptance in an ignore file is revoked by deleting it there)")
    if len(active) > 1:
        raise ReviewError(f"fingerprint prefix {prefix} is ambiguous: give more characters")
    store.revoke(active[0], at, note_text(by) if by else by)
    return active[0]


def ignore_file_of(config, configured: str = "") -> str | None:
    """The ignore file: ``[history] ignore_file`` (relative to the config file), else ``pubcheck-ignore.toml``
    beside the config file if there is one."""
    folder = Path(config.source).parent if config.source else Path.cwd()
    if configured:
        path = folder / Path(configured).expanduser()
        if not path.is_file():
            raise ReviewError(f"[history] ignore_file {path} does not exist")
        return str(path)
    if config.source and (folder / IGNORE_FILE_NAME).is_file():
        return str(folder / IGNORE_FILE_NAME)
    return None


def load_ignore_file(path: str) -> list[Acceptance]:
    """The acceptances in an ignore file; any malformed entry is an error, so a typo never unblocks a run."""
    try:
        with open(path, "rb") as f:
            data = tomllib.loads(toml_text(f.read(), f"ignore file {path}"))
    except ConfigError as e:
        raise ReviewError(str(e)) from None
    except OSError as e:
        raise ReviewError(f"cannot read ignore file {path}: {e.strerror}") from e
    except tomllib.TOMLDecodeError as e:
        raise ReviewError(f"ignore file {path} is not valid TOML: {e}") from e
    unknown = set(data) - {"accept"}
    if unknown or not isinstance(data.get("accept", []), list):
        raise ReviewError(f"ignore file {path}: expected [[accept]] entries only")
    acceptances = []
    for number, entry in enumerate(data.get("accept", []), 1):
        where = f"ignore file {path}, entry {number}"
        if not isinstance(entry, dict):
            raise ReviewError(f"{where}: not a table")
        extra = set(entry) - _ENTRY_KEYS
        if extra:
            raise ReviewError(f"{where}: unknown key {sorted(extra)[0]!r}; known: {', '.join(sorted(_ENTRY_KEYS))}")
        for key in ("fingerprint", "reason", "by"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ReviewError(f"{where}: {key} is required")
        try:
            fingerprint = check_prefix(entry["fingerprint"])
        except ReviewError as e:
            raise ReviewError(f"{where}: {e}") from None
        acceptances.append(Acceptance(
            fingerprint, by=note_text(entry["by"].strip()), reason=reason_text(entry["reason"].strip()),
            at=parse_date(entry["at"], f"{where}: at") if "at" in entry else "",
            expires=parse_date(entry["expires"], f"{where}: expires") if "expires" in entry else None,
            source=str(path)))
    return acceptances
