"""The history database: an embedded SQLite file, versioned and migrated, that never holds a raw value.

One file (by default ``$XDG_STATE_HOME/pubcheck/history.sqlite``) in WAL mode, so that a nightly crawl and a
pre-deploy check can use it at the same time. Its schema version is SQLite's ``user_version``; opening a file
of an older version applies the missing steps of :data:`MIGRATIONS` in one transaction, and a file written by
a newer pubcheck is refused rather than misread. The file is created owner-only (0600), in an owner-only folder.

Tables: ``runs`` and ``run_targets`` (each run and the targets it checked), ``documents`` (every URL of every
run: status, validators, content hash, size), ``detections`` (what each run found on each document, masked,
keyed by fingerprint and value id; ``reported = 0`` for a contact the cross-page rule dropped), ``page_links``
(the links of each page as last fetched, for incremental crawls) and ``acceptances``. URLs and targets are
stored as the unrevealed outputs show them and matched by keyed hashes of their raw forms (``url_key``,
``target_key``, ``path_key``: see :mod:`crawler.history.keys`, which also says what happens to an older file). The ``findings`` view
gives each fingerprint with its first and last sighting and the number of runs that reported it.
"""
from __future__ import annotations

import errno
import json
import os
import sqlite3
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

from detectors.model import Detection, Location
from reports.redact import note_text, reason_text

from .model import Acceptance, DocumentState
from .targets import HistoryTarget

MIGRATIONS = (
    # 1: the first schema
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        command TEXT NOT NULL,              -- crawl | scan
        started TEXT NOT NULL,
        finished TEXT,                      -- NULL while it runs (or if it died)
        outcome TEXT NOT NULL,              -- running | clean | findings | incomplete | error | interrupted
        rules TEXT NOT NULL,                -- version of pubcheck, detectors and their configuration
        reveal INTEGER NOT NULL DEFAULT 0,
        incremental INTEGER NOT NULL DEFAULT 0,
        report TEXT,                        -- the report folder
        baseline TEXT,                      -- the target a --baseline run was compared with
        limits TEXT NOT NULL DEFAULT '{}',  -- JSON
        counts TEXT NOT NULL DEFAULT '{}',  -- JSON: findings by severity and status, documents by status ...
        errors TEXT NOT NULL DEFAULT '[]'   -- JSON, masked
    );
    CREATE TABLE run_targets (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        PRIMARY KEY (run_id, target)
    );
    CREATE INDEX run_targets_by_target ON run_targets(target, run_id);
    CREATE TABLE documents (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        url TEXT NOT NULL,                  -- masked where it holds a value the run found
        kind TEXT NOT NULL,
        status TEXT NOT NULL,               -- scanned | failed | skipped
        reason TEXT,
        http_status INTEGER,
        content_type TEXT,
        etag TEXT,
        last_modified TEXT,
        content_hash TEXT,                  -- SHA-256 of the body
        size INTEGER,
        pages INTEGER,
        warnings TEXT NOT NULL DEFAULT '[]',
        unchanged INTEGER NOT NULL DEFAULT 0,
        checked INTEGER NOT NULL,           -- scanned in full: its detections stand for its content
        PRIMARY KEY (run_id, url)
    );
    CREATE INDEX documents_by_url ON documents(url, run_id);
    CREATE TABLE detections (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        url TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        value_id TEXT NOT NULL,
        reported INTEGER NOT NULL,          -- 0: a contact the site repeats on many pages, not reported
        category TEXT NOT NULL,
        severity TEXT NOT NULL,
        rule TEXT NOT NULL,
        masked TEXT NOT NULL,
        context TEXT NOT NULL,
        why TEXT NOT NULL,
        location TEXT NOT NULL,             -- JSON: page, line, element
        hidden TEXT,
        label TEXT,
        seq INTEGER NOT NULL,
        public_if_repeated INTEGER NOT NULL
    );
    CREATE INDEX detections_by_run ON detections(run_id, target);
    CREATE INDEX detections_by_url ON detections(url, run_id);
    CREATE INDEX detections_by_fingerprint ON detections(fingerprint, run_id);
    CREATE TABLE page_links (
        url TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,         -- of the page the links were read from
        links BLOB NOT NULL                 -- zlib of the URLs, one a line
    );
    CREATE TABLE acceptances (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        accepted_by TEXT NOT NULL,
        reason TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        expires TEXT,
        revoked_at TEXT,
        revoked_by TEXT
    );
    CREATE INDEX acceptances_by_fingerprint ON acceptances(fingerprint);
    CREATE VIEW findings AS
        SELECT d.fingerprint, d.category, d.severity, d.url, d.masked, MIN(r.started) AS first_seen,
               MAX(r.started) AS last_seen, COUNT(DISTINCT d.run_id) AS runs
        FROM detections d JOIN runs r ON r.id = d.run_id
        WHERE d.reported = 1
        GROUP BY d.fingerprint;
    """,
    # 2: the fingerprint key each run used, known by a keyed hash of a constant (never the key): runs under
    # different keys have no fingerprint in common and must not be compared
    """
    ALTER TABLE runs ADD COLUMN key_id TEXT;
    """,
    # 3: the first schema indexed detections by value_id, which no query looks them up by (the baseline
    # compares a run's own rows), and maintaining it was a third of the time of inserting 116,000 detections
    """
    DROP INDEX IF EXISTS detections_by_value;
    """,
    # 4: rows are matched by keyed fingerprints of raw URLs and targets, not by their masked text, which two URLs
    # can share (/View/11115678 and /View/22225678 both show /View/****5678): see crawler.history.keys. Rows of
    # older runs keep NULL keys; their stored page links, keyed by URL, are dropped (fetched again once)
    """
    CREATE TABLE run_targets_4 (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        target TEXT NOT NULL,               -- as shown: masked
        target_key TEXT                     -- keyed fingerprint of the raw normalised target (NULL: older runs)
    );
    INSERT INTO run_targets_4 (rowid, run_id, target) SELECT rowid, run_id, target FROM run_targets;
    DROP TABLE run_targets;
    ALTER TABLE run_targets_4 RENAME TO run_targets;
    CREATE INDEX run_targets_by_target ON run_targets(target, run_id);
    CREATE INDEX run_targets_by_key ON run_targets(target_key, run_id);
    CREATE TABLE documents_4 (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        url TEXT NOT NULL,                  -- as shown: masked
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT,
        http_status INTEGER,
        content_type TEXT,
        etag TEXT,
        last_modified TEXT,
        content_hash TEXT,
        size INTEGER,
        pages INTEGER,
        warnings TEXT NOT NULL DEFAULT '[]',
        unchanged INTEGER NOT NULL DEFAULT 0,
        checked INTEGER NOT NULL,
        target_key TEXT,
        url_key TEXT                        -- keyed fingerprint of the raw URL (NULL: older runs)
    );
    INSERT INTO documents_4 (run_id, target, url, kind, status, reason, http_status, content_type, etag,
        last_modified, content_hash, size, pages, warnings, unchanged, checked)
        SELECT run_id, target, url, kind, status, reason, http_status, content_type, etag, last_modified,
        content_hash, size, pages, warnings, unchanged, checked FROM documents;
    DROP TABLE documents;
    ALTER TABLE documents_4 RENAME TO documents;
    CREATE UNIQUE INDEX documents_by_run ON documents(run_id, url_key, url);
    CREATE INDEX documents_by_url ON documents(url, run_id);
    CREATE INDEX documents_by_key ON documents(url_key, run_id);
    ALTER TABLE detections ADD COLUMN target_key TEXT;
    ALTER TABLE detections ADD COLUMN url_key TEXT;
    ALTER TABLE detections ADD COLUMN path_key TEXT;  -- keyed fingerprint of the raw path below its target
    CREATE INDEX detections_by_key ON detections(url_key, run_id);
    DROP TABLE page_links;
    CREATE TABLE page_links (
        url_key TEXT PRIMARY KEY,           -- of the page
        content_hash TEXT NOT NULL,
        links BLOB NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
# a nightly crawl and a CI check may finish at the same moment: SQLite waits this long for the other's lock,
# and a lock held longer (another process holding the file) is waited for again, saying so on stderr, for at
# most LOCK_WAIT_SECONDS in all; then the run stops with "database is locked" instead of hanging silently
BUSY_TIMEOUT_SECONDS = 5
LOCK_WAIT_SECONDS = 30
# SQLite's page cache while a run's rows are written (its default is 2 MB): each of 100,000 detections goes
# to a random place in the indexes by fingerprint and by value id, and a cache that holds their pages
# writes a leaked export's rows in half the time; it is given back when the rows are written
RECORD_CACHE_KB = 32768


DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")  # SQLite's codes for a file whose pages or header are not a database


class HistoryError(Exception):
    """The history database cannot be used: unreadable, or written by a newer pubcheck."""


def _damaged(path: Path, error: BaseException | None) -> HistoryError | None:
    """The error to say for a damaged database file (a disk or backup fault: its pages, or the file, are not
    SQLite's), which SQLite tells only when a query reaches the damage; None for any other error. It is an
    environment fault, not a bug, and the file is left in place for inspection."""
    if isinstance(error, sqlite3.DatabaseError) and getattr(error, "sqlite_errorname", "") in DAMAGED:
        return HistoryError(f"the history database {path} is damaged ({error}): move it aside (or restore a backup) "
                            "to start a new history")
    return None


class HistoryDiskError(HistoryError):
    """The disk under the history database is full, or failed (SQLite's "disk I/O error" is what a full disk
    gives when the WAL's shared memory file cannot grow, "database or disk is full" when a page cannot)."""


DISK_ERRORS = ("SQLITE_FULL", "SQLITE_IOERR")  # SQLite's codes (and the prefix of its I/O codes) for a disk fault
DISK_ERRNOS = (errno.ENOSPC, errno.EIO, errno.EDQUOT)


def disk_fault(path: Path, error: BaseException | None) -> HistoryDiskError | None:
    """The error to say for a full or failing disk under the history database, which SQLite's words alone hide
    ("disk I/O error"); None for any other error."""
    name = getattr(error, "sqlite_errorname", "") if isinstance(error, sqlite3.Error) else ""
    if name.startswith(DISK_ERRORS) or (isinstance(error, OSError) and error.errno in DISK_ERRNOS):
        return HistoryDiskError(f"the history could not be written: disk full or I/O error at {path} ({error})")
    return None


def _unwritable(folder: Path) -> str:
    """Why SQLite could not open a database in ``folder`` when the folder is the cause (a read-only mount, a
    folder of another owner), which SQLite's own "unable to open database file" does not say; "" otherwise."""
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f" (its folder {folder} is read-only)"
    return ""


def default_path() -> Path:
    """``$XDG_STATE_HOME/pubcheck/history.sqlite`` (``~/.local/state`` when the variable is unset or relative: the
    XDG spec calls a relative value invalid, and one would put a new history under each working folder)."""
    state = os.environ.get("XDG_STATE_HOME", "")
    if not os.path.isabs(state):
        state = os.path.join(Path.home(), ".local", "state")
    return Path(state) / "pubcheck" / "history.sqlite"


def _naming_another(path: Path) -> str:
    """How to name another history database than ``path``, which could not be used."""
    if path == default_path():
        return "; set XDG_STATE_HOME to a writable folder, or name the database with [history] db or --db"
    return "; name another database with [history] db or --db"


def _create_private(path: Path) -> None:
    """Create the file owner-only before SQLite opens it (its -wal and -shm files take the same mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


class HistoryStore:
    """SQL access to the history; the comparison and recording logic live in ``compare`` and ``record``."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path).expanduser()
        try:
            _create_private(self.path)
            self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self._while_locked(lambda: self.db.execute("PRAGMA journal_mode = WAL"))
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except (OSError, sqlite3.Error) as e:
            raise (_damaged(self.path, e) or disk_fault(self.path, e)
                   or HistoryError(f"cannot use the history database {self.path}: {e}"
                                   f"{_unwritable(self.path.parent)}{_naming_another(self.path)}")) from e

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "HistoryStore":
        return self

    def __exit__(self, kind, error, trace) -> None:
        self.close()
        damaged = _damaged(self.path, error)
        if damaged:
            raise damaged from error

    def _while_locked(self, action):
        """``action()``, tried again while another process holds the database locked (each try waits
        :data:`BUSY_TIMEOUT_SECONDS`), for :data:`LOCK_WAIT_SECONDS` at most; the wait is said on stderr."""
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                return action()
            except sqlite3.OperationalError as e:
                if not _is_lock(e) or time.monotonic() + BUSY_TIMEOUT_SECONDS > deadline:
                    raise
                left = round(deadline - time.monotonic())
                print(f"pubcheck: waiting for the history database {self.path}, locked by another process"
                      f" ({left} s more at most)", file=sys.stderr, flush=True)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._while_locked(lambda: self.db.execute("BEGIN IMMEDIATE"))
        try:
            yield self.db
        except BaseException:
            if self.db.in_transaction:  # SQLite rolls back itself on some errors (a full disk): its error stands
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def bulk_transaction(self) -> Iterator[sqlite3.Connection]:
        """A transaction that writes a run's rows, with a page cache of :data:`RECORD_CACHE_KB`."""
        default = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self.db.execute(f"PRAGMA cache_size = -{RECORD_CACHE_KB}")
        try:
            with self.transaction() as db:
                yield db
        finally:
            self.db.execute(f"PRAGMA cache_size = {default}")

    def _migrate(self) -> None:
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise HistoryError(f"the history database {self.path} has schema version {version}, written by a "
                                   f"newer pubcheck (this one knows {SCHEMA_VERSION})")
            for step in MIGRATIONS[version:]:
                for statement in _statements(step):
                    db.execute(statement)
            if version < SCHEMA_VERSION:
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # -- runs ----------------------------------------------------------------------------------------
    def begin_run(self, *, command: str, started: str, targets: list[str], rules: str, reveal: bool,
                  incremental: bool, report: str | None, baseline: str | None, limits: dict,
                  key_id: str | None = None) -> int:
        with self.transaction() as db:
            run_id = db.execute(
                "INSERT INTO runs (command, started, outcome, rules, reveal, incremental, report, baseline, limits,"
                " key_id) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)",
                (command, started, rules, int(reveal), int(incremental), report, baseline,
                 json.dumps(limits, default=str), key_id)).lastrowid
            db.executemany("INSERT INTO run_targets (run_id, target, target_key) VALUES (?, ?, ?)",
                           [(run_id, str(t), getattr(t, "key", None))
                            for t in {_target_identity(t): t for t in targets}.values()])
        return run_id

    def drop_run(self, run_id: int) -> None:
        """Forget a run that never got going (its rows in the other tables go with it: ON DELETE CASCADE)."""
        with self.transaction() as db:
            db.execute("DELETE FROM runs WHERE id = ?", (run_id,))

    def reports_unwritten(self, run_id: int, reason: str) -> None:
        """Run ``run_id`` was recorded but its reports could not be written (a full disk under ``--out``): the
        check did not happen as asked (exit status 2), so it is an ``error`` (an interrupted run stays one, to be
        resumed), ``reason`` is one of its errors and ``counts.reports_unwritten`` tells ``summary`` to link no
        report."""
        with self.transaction() as db:
            row = db.execute("SELECT outcome, counts, errors FROM runs WHERE id = ?", (run_id,)).fetchone()
            if row is None:
                return
            counts = {**json.loads(row["counts"] or "{}"), "reports_unwritten": reason}
            errors = [*json.loads(row["errors"] or "[]"), reason]
            outcome = row["outcome"] if row["outcome"] == "interrupted" else "error"
            db.execute("UPDATE runs SET outcome = ?, counts = ?, errors = ? WHERE id = ?",
                       (outcome, json.dumps(counts), json.dumps(errors), run_id))

    def run(self, run_id: int) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()

    def latest_run(self, target: str, *, before: int | None = None, complete: bool = False) -> sqlite3.Row | None:
        """The latest run of ``target`` (before run ``before``); ``complete``: only runs that finished without
        a run error, the ones whose absences mean something."""
        outcomes = "('clean', 'findings', 'incomplete')" if complete else "('clean', 'findings', 'incomplete', " \
                                                                         "'error', 'interrupted')"
        where, parameters = _target_is("t", target)
        return self.db.execute(
            f"SELECT r.* FROM runs r JOIN run_targets t ON t.run_id = r.id WHERE {where} AND r.id < ?"
            f" AND r.outcome IN {outcomes} ORDER BY r.id DESC LIMIT 1",
            (*parameters, before if before is not None else 1 << 62)).fetchone()

    def latest_runs(self, targets: list[str] | None = None) -> list[sqlite3.Row]:
        """The latest finished run of each of ``targets`` (of every target when None), newest first."""
        exact = targets is None  # every target as recorded: each key on its own
        if targets is None:
            targets = [HistoryTarget(shown, key) for shown, key in self.db.execute(
                "SELECT DISTINCT target, target_key FROM run_targets")]
        runs = {}
        for target in targets:
            where, parameters = ("t.target_key = ?", (target.key,)) if exact and target.key else \
                ("t.target = ? AND t.target_key IS NULL", (str(target),)) if exact else _target_is("t", target)
            row = self.db.execute(
                f"SELECT r.* FROM runs r JOIN run_targets t ON t.run_id = r.id WHERE {where}"
                " AND r.outcome != 'running' ORDER BY r.id DESC LIMIT 1", parameters).fetchone()
            if row is not None:
                runs[row["id"]] = row
        return sorted(runs.values(), key=lambda r: r["id"], reverse=True)

    def unfinished_after(self, run_id: int) -> list[sqlite3.Row]:
        """The runs of a target of run ``run_id`` begun after it whose record was never completed (still
        ``running``): a run going on now, or one that ended without its record (the history's disk filled, the
        process was killed), oldest first."""
        return self.db.execute(
            "SELECT * FROM runs r WHERE r.id > ? AND r.outcome = 'running' AND EXISTS (SELECT 1 FROM run_targets t"
            " JOIN run_targets o ON o.run_id = ? AND (o.target_key = t.target_key"
            " OR (o.target_key IS NULL AND t.target_key IS NULL AND o.target = t.target)) WHERE t.run_id = r.id)"
            " ORDER BY r.id", (run_id, run_id)).fetchall()

    def fetched_before(self, targets: list[str]) -> int:
        """How many URLs the latest runs of ``targets`` fetched (scanned or failed)."""
        total = 0
        for run in self.latest_runs(targets):
            documents = json.loads(run["counts"] or "{}").get("documents", {})
            total += documents.get("scanned", 0) + documents.get("failed", 0)
        return total

    def run_targets(self, run_id: int) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT target FROM run_targets WHERE run_id = ? ORDER BY rowid",
                                                  (run_id,))]

    def has_target(self, target: str) -> bool:
        where, parameters = _target_is("t", target)
        return self.db.execute(f"SELECT 1 FROM run_targets t JOIN runs r ON r.id = t.run_id WHERE {where}"
                               " AND r.outcome != 'running' LIMIT 1", parameters).fetchone() is not None

    # -- what runs found -------------------------------------------------------------------------------
    def reported(self, run_id: int, target: str | None = None) -> list[sqlite3.Row]:
        """The findings run ``run_id`` reported (for ``target`` only, if given)."""
        if target is None:
            return self.db.execute("SELECT * FROM detections WHERE run_id = ? AND reported = 1", (run_id,)).fetchall()
        where, parameters = _target_is("detections", target)
        return self.db.execute(f"SELECT * FROM detections WHERE run_id = ? AND {where} AND reported = 1",
                               (run_id, *parameters)).fetchall()

    def reported_urls(self, run_id: int, target: str) -> list[tuple[str, str | None, str | None]]:
        """(URL as stored, its key, what it served: "page", "document"...) of each document run ``run_id``
        reported findings on for ``target``."""
        where, parameters = _target_is("detections", target)
        return self.db.execute(
            "SELECT DISTINCT url, url_key, (SELECT kind FROM documents d WHERE d.run_id = detections.run_id"
            f" AND d.url = detections.url) FROM detections WHERE run_id = ? AND {where} AND reported = 1",
            (run_id, *parameters)).fetchall()

    def gone_since(self, run_id: int, target: str, current: set[str]) -> list[sqlite3.Row]:
        """The findings run ``run_id`` reported for ``target`` whose fingerprints are not in ``current``, in
        the order :meth:`reported` gives them. A run's findings are mostly still there the next night: their
        fingerprints are read, and only the few gone are read in full."""
        where, parameters = _target_is("detections", target)
        wanted = [rowid for rowid, fingerprint in self.db.execute(
            f"SELECT rowid, fingerprint FROM detections WHERE run_id = ? AND {where} AND reported = 1",
            (run_id, *parameters)) if fingerprint not in current]
        rows = {}
        for chunk, marks in _in_chunks(wanted):
            rows.update((row["rowid"], row) for row in self.db.execute(
                f"SELECT rowid, * FROM detections WHERE rowid IN ({marks})", chunk))
        return [rows[rowid] for rowid in wanted]

    def sightings(self, fingerprints: Iterable[str], *, before_run: int) -> dict[str, tuple[str, str]]:
        """(first seen, last seen) of each fingerprint reported by a run before ``before_run``."""
        seen = {}
        for chunk, marks in _in_chunks(list(fingerprints)):
            for row in self.db.execute(
                    f"SELECT d.fingerprint, MIN(r.started), MAX(r.started) FROM detections d"
                    f" JOIN runs r ON r.id = d.run_id WHERE d.reported = 1 AND d.run_id < ?"
                    f" AND d.fingerprint IN ({marks}) GROUP BY d.fingerprint", (before_run, *chunk)):
                seen[row[0]] = (row[1], row[2])
        return seen

    def first_seen(self, fingerprints: Iterable[str]) -> dict[str, str]:
        seen = {}
        for chunk, marks in _in_chunks(list(fingerprints)):
            seen.update(self.db.execute(f"SELECT fingerprint, first_seen FROM findings WHERE fingerprint IN ({marks})",
                                        chunk).fetchall())
        return seen

    def documents(self, run_id: int, target: str | None = None) -> list[sqlite3.Row]:
        if not target:
            return self.db.execute("SELECT * FROM documents WHERE run_id = ?", (run_id,)).fetchall()
        where, parameters = _target_is("documents", target)
        return self.db.execute(f"SELECT * FROM documents WHERE run_id = ? AND {where}", (run_id, *parameters)).fetchall()

    def trend(self, target: str, limit: int) -> list[tuple[int, str, dict[str, int]]]:
        """(run id, start, reported findings by severity) of the latest ``limit`` finished runs of ``target``,
        oldest first."""
        where, parameters = _target_is("t", target)
        runs = self.db.execute(
            f"SELECT r.id, r.started FROM runs r JOIN run_targets t ON t.run_id = r.id WHERE {where}"
            " AND r.outcome != 'running' ORDER BY r.id DESC LIMIT ?", (*parameters, limit)).fetchall()
        points = []
        where, parameters = _target_is("detections", target)
        for run_id, started in reversed(runs):
            counts = dict(self.db.execute(
                f"SELECT severity, COUNT(*) FROM detections WHERE run_id = ? AND {where} AND reported = 1"
                " GROUP BY severity", (run_id, *parameters)).fetchall())
            points.append((run_id, started, counts))
        return points

    def new_in_run(self, run_id: int) -> list[tuple[str, list[tuple[str, int]]]]:
        """(URL, [(category, count)]) of the findings run ``run_id`` reported for the first time, by URL."""
        by_url: dict[str, list[tuple[str, int]]] = {}
        for url, category, count in self.db.execute(
                "SELECT d.url, d.category, COUNT(*) FROM detections d WHERE d.run_id = ? AND d.reported = 1"
                " AND NOT EXISTS (SELECT 1 FROM detections e WHERE e.fingerprint = d.fingerprint"
                " AND e.run_id < d.run_id AND e.reported = 1) GROUP BY d.url, d.category ORDER BY d.url, d.category",
                (run_id,)):
            by_url.setdefault(url, []).append((category, count))
        return list(by_url.items())

    def finding(self, fingerprint: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM findings WHERE fingerprint = ?", (fingerprint,)).fetchone()

    def masks_about(self, fingerprint: str) -> tuple[str, ...]:
        """What a reason written about the finding ``fingerprint`` may spell out, as the outputs mask it: the
        finding's own mask, then the masked segments of its page's path and the masks of the other findings on its
        page (the record it is part of), a hundred at most (see ``reports.redact.reason_text``)."""
        finding = self.db.execute("SELECT masked, url FROM detections WHERE fingerprint = ? AND reported = 1 LIMIT 1",
                                  (fingerprint,)).fetchone()
        if finding is None:
            return ()
        masks = [finding["masked"]] + [unquote(segment) for segment in urlsplit(finding["url"]).path.split("/")
                                       if "*" in segment]
        masks += [row[0] for row in self.db.execute(
            "SELECT DISTINCT masked FROM detections WHERE url = ? AND reported = 1 LIMIT 100", (finding["url"],))]
        return tuple(dict.fromkeys(masks))

    def fingerprints_with_prefix(self, prefix: str, limit: int = 10) -> list[str]:
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return [row[0] for row in self.db.execute(
            "SELECT DISTINCT fingerprint FROM detections WHERE fingerprint >= ? AND fingerprint < ? AND reported = 1"
            " ORDER BY fingerprint LIMIT ?", (prefix, upper, limit))]

    # -- incremental crawls ----------------------------------------------------------------------------
    def document_state(self, url: str, url_key: str, rules: str, key_id: str | None = None) -> DocumentState | None:
        """``url`` (whose keyed fingerprint is ``url_key``: a row is found by it, never by its masked text) as the
        latest run that checked it in full left it, if that run applied the same rules under the same
        fingerprint key (its findings' fingerprints are of that key); for a page, only together with the links it
        made."""
        row = self.db.execute(
            "SELECT d.*, r.rules, r.key_id FROM documents d JOIN runs r ON r.id = d.run_id WHERE d.url_key = ?"
            " AND d.checked = 1 ORDER BY d.run_id DESC LIMIT 1", (url_key,)).fetchone()
        if row is None or row["rules"] != rules or row["key_id"] != key_id or not (row["etag"] or row["last_modified"] or row["content_hash"]):
            return None
        links = self.page_links(url_key, row["content_hash"]) if row["kind"] == "page" else []
        if links is None:
            return None
        detections = [detection_of(d) for d in self.db.execute(
            "SELECT * FROM detections WHERE run_id = ? AND url_key = ? ORDER BY seq", (row["run_id"], url_key))]
        return DocumentState(url=url, run_id=row["run_id"], kind=row["kind"], etag=row["etag"],
                             last_modified=row["last_modified"], content_hash=row["content_hash"],
                             content_type=row["content_type"], size=row["size"], pages=row["pages"],
                             warnings=json.loads(row["warnings"]), detections=detections, links=links,
                             verified=self._fetched_in_full(url_key))

    def _fetched_in_full(self, url_key: str) -> str | None:
        """The start of the latest run that fetched the URL's body and checked it (scanned it, or found its
        content hash unchanged), not one that took a 304's word for it."""
        row = self.db.execute(
            "SELECT r.started FROM documents d JOIN runs r ON r.id = d.run_id WHERE d.url_key = ? AND d.checked = 1"
            " AND (d.http_status IS NULL OR d.http_status != 304) ORDER BY d.run_id DESC LIMIT 1",
            (url_key,)).fetchone()
        return row[0] if row else None

    def holds_data_documents(self, first_data_link_key: str) -> bool:
        """Whether a run read documents out of a page's ``data:`` links (``URL#data-link-N``, numbered from 1):
        they come from its body, which a 304 does not send. Given the key of the page's ``URL#data-link-1``."""
        return self.db.execute("SELECT 1 FROM documents WHERE url_key = ? LIMIT 1",
                               (first_data_link_key,)).fetchone() is not None

    def page_links(self, url_key: str, content_hash: str | None) -> list[str] | None:
        row = self.db.execute("SELECT content_hash, links FROM page_links WHERE url_key = ?", (url_key,)).fetchone()
        if row is None or row[0] != content_hash:
            return None
        text = zlib.decompress(row[1]).decode("utf-8")
        return text.split("\n") if text else []

    # -- acceptances -------------------------------------------------------------------------------
    def accept(self, acceptance: Acceptance) -> None:
        with self.transaction() as db:
            db.execute("UPDATE acceptances SET revoked_at = ?, revoked_by = ? WHERE fingerprint = ?"
                       " AND revoked_at IS NULL", (acceptance.at, f"replaced by {acceptance.by}",
                                                   acceptance.fingerprint))
            db.execute("INSERT INTO acceptances (fingerprint, accepted_by, reason, accepted_at, expires)"
                       " VALUES (?, ?, ?, ?, ?)", (acceptance.fingerprint, acceptance.by, acceptance.reason,
                                                   acceptance.at, acceptance.expires))

    def revoke(self, fingerprint: str, at: str, by: str | None) -> int:
        with self.transaction() as db:
            return db.execute("UPDATE acceptances SET revoked_at = ?, revoked_by = ? WHERE fingerprint = ?"
                              " AND revoked_at IS NULL", (at, by, fingerprint)).rowcount

    def acceptances(self, *, include_revoked: bool = False) -> list[Acceptance]:
        query = "SELECT * FROM acceptances" + ("" if include_revoked else " WHERE revoked_at IS NULL")
        # masked again as read, with what the finding's masks tell (see reports.redact.reason_text): an acceptance
        # stored before its reason was masked so (see crawler.review.masked_note)
        return [Acceptance(fingerprint=row["fingerprint"], by=note_text(row["accepted_by"]),
                           reason=reason_text(row["reason"], masks=self.masks_about(row["fingerprint"])),
                           at=row["accepted_at"], expires=row["expires"],
                           revoked_at=row["revoked_at"], revoked_by=row["revoked_by"])
                for row in self.db.execute(query + " ORDER BY accepted_at, id")]


def detection_of(row: sqlite3.Row) -> Detection:
    """A stored detection as the collector carries it forward: masked, with no raw value or key."""
    location = json.loads(row["location"])
    return Detection(url=row["url"], category=row["category"], severity=row["severity"], rule=row["rule"],
                     masked=row["masked"], value="", key="",
                     location=Location(location.get("page"), location.get("line"), location.get("element")),
                     hidden=row["hidden"], label=row["label"], context=row["context"], why=row["why"],
                     public_if_repeated=bool(row["public_if_repeated"]), seq=row["seq"],
                     fingerprint=row["fingerprint"], value_id=row["value_id"])


def _is_lock(error: sqlite3.OperationalError) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _statements(script: str) -> list[str]:
    """The statements of a migration script, one by one (``executescript`` would commit the migration's
    transaction half way)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


def _in_chunks(values: list, size: int = 500) -> Iterator[tuple[list, str]]:
    """``values`` in slices that an ``IN (...)`` list can hold (SQLite limits a statement's parameters), each
    with its "?,?,..." placeholders."""
    for start in range(0, len(values), size):
        chunk = values[start:start + size]
        yield chunk, ",".join("?" * len(chunk))


def _target_identity(target: str) -> str:
    """What tells two targets apart: their key, or (a plain string, no key) their shown form."""
    return getattr(target, "key", None) or f"shown:{target}"


def _target_is(table: str, target: str) -> tuple[str, tuple]:
    """A WHERE condition on ``table``'s target and its parameters: a :class:`HistoryTarget` is matched by its key;
    rows of runs recorded before the keys (NULL) or under another fingerprint key (whose keys no other key makes:
    a changed key is then still noticed) by its shown form. A plain string by its shown form. ``table`` "t" is
    ``run_targets`` joined with its run as "r"."""
    key = getattr(target, "key", None)
    if key is None:
        return f"{table}.target = ?", (str(target),)
    other_key = "r.key_id IS NOT ?" if table == "t" else \
        f"{table}.run_id NOT IN (SELECT id FROM runs WHERE key_id IS ?)"
    return (f"({table}.target_key = ? OR ({table}.target = ? AND ({table}.target_key IS NULL OR {other_key})))",
            (key, str(target), target.key_id))
