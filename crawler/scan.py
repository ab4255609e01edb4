"""``pubcheck scan``: the same extraction, detection and report for files on disk.

A folder is walked recursively; each file's ``url`` is the absolute path of the folder given (``os.path.abspath``,
as the history names the scan's target) joined with its path inside the folder: a folder typed relatively
(``scan public/`` in CI) and absolutely (``scan /srv/site/public`` from cron) gives the same findings the same
fingerprints. Files are read a few at a time so that a large archive does not sit in memory at once. Only
regular files are read: a FIFO, a device or a socket would block or never end, and is listed as skipped;
symbolic links are followed, a loop or a folder reached twice is listed once with the reason; an unreadable
file or folder is listed as not checked. A first SIGINT or SIGTERM ends the scan with a report marked
interrupted, a second one stops at once; so does the run's time limit (``max_minutes``), in the same way.

A path is opened by its real bytes and named everywhere else (the collector, the reports, the history) by its shown
form (:func:`crawler.url_text.shown_name`): a name that is no UTF-8 (``caf\\xe9 menu.txt``) is valid text in every
output.
"""
from __future__ import annotations

import errno
import os
import stat
import sys
import time
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, wait

from .collect import Collector, fingerprint_key
from .config import Config, detectors_off
from .results import RunResult
from .run import RunInterrupted, TimeLimitReached, interruptible, open_worker_pool
from .url_text import shown_name

# why a stopped scan did not check a file: (one in analysis, one not reached), by a signal or by the time limit
STOPPED_BY_SIGNAL = ("not checked: the run was interrupted while this file was being analysed",
                     "not checked: the run was interrupted before it reached this file")
STOPPED_BY_TIME_LIMIT = ("not checked: the run's time limit was reached while this file was being analysed",
                         "not checked: the run's time limit was reached before this file was checked")
IN_FLIGHT = 8  # files read and waiting for a worker at once
SPECIAL_FILES = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                 (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


class Unread:
    """Why a path was not read: the status, reason and gap flag the collector records for it."""

    def __init__(self, status: str, reason: str, not_checked: bool = False):
        self.status, self.reason, self.not_checked = status, reason, not_checked


# a version-control system's own folder: its history in its own formats, the files it tracks read where they are checked
# out. Other folders named with a dot (".well-known", ".old", ".backup") are served as any other by nginx, Apache and
# IIS, so they are read.
VERSION_CONTROL = frozenset({".git", ".svn", ".hg", ".bzr"})
VERSION_CONTROL_SKIPPED = ("version-control metadata: not read (the files it tracks are read where they are checked "
                           "out; a web server should be told not to serve it)")
OWN_OUTPUT = ("pubcheck's own report folder (--out): not read; inside the folder scanned, its reports would be "
              "published")


def files_under(paths: list[str], out: str | None = None):
    """(path, None) for each regular file to read under ``paths``, in order, and (path, Unread) for each path
    that is not read, with the reason. ``out``, the run's report folder, is never read when it lies in a folder
    scanned (its lock file and the previous run's reports are no published documents): it is listed once as
    skipped, with :data:`OWN_OUTPUT`."""
    scanned: dict[tuple[int, int], str] = {}  # folders already walked, by device and inode
    try:
        info = os.stat(out) if out else None
    except OSError:
        info = None
    own = (info.st_dev, info.st_ino) if info else None
    for given in paths:
        yield from _walk(given, scanned, ancestors=frozenset(), own=own)


def _walk(path: str, scanned: dict, ancestors: frozenset, own: tuple[int, int] | None):
    try:
        info = os.stat(path)  # follows symbolic links
    except OSError as e:
        yield path, _unstattable(path, e)
        return
    if stat.S_ISDIR(info.st_mode):
        folder = (info.st_dev, info.st_ino)
        if folder == own:
            yield path, Unread("skipped", OWN_OUTPUT)
            return
        if folder in ancestors:
            yield path, Unread("skipped", "symbolic link loop: leads back to a folder that contains it")
            return
        if folder in scanned:
            yield path, Unread("skipped", f"the same folder as {scanned[folder]}, scanned there")
            return
        scanned[folder] = path
        try:
            names = sorted(os.listdir(path))
        except OSError as e:
            yield path, Unread("failed", f"cannot read folder: {e.strerror}", not_checked=True)
            return
        for name in names:
            child = os.path.join(path, name)
            if name in VERSION_CONTROL and os.path.isdir(child):
                yield child, Unread("skipped", VERSION_CONTROL_SKIPPED)
                continue
            yield from _walk(child, scanned, ancestors | {folder}, own)
        return
    for is_kind, kind in SPECIAL_FILES:
        if is_kind(info.st_mode):
            yield path, Unread("skipped", f"not a regular file: {kind}")
            return
    yield path, None


def _unstattable(path: str, error: OSError) -> Unread:
    if error.errno == errno.ELOOP:
        return Unread("failed", "symbolic link loop")
    if error.errno == errno.ENOENT and os.path.islink(path):
        return Unread("failed", f"broken symbolic link (to {shown_name(os.readlink(path))})")
    return Unread("failed", f"cannot read file: {error.strerror}", not_checked=True)


def read_file(path: str, max_bytes: int) -> bytes | Unread:
    """The file's bytes, or why it was not read. Opened without blocking and checked again once open, so a
    file swapped for a FIFO after the walk cannot hang the scan."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as e:
        return _unstattable(path, e)
    with os.fdopen(fd, "rb") as file:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return Unread("skipped", "not a regular file")
            if info.st_size > max_bytes:
                return Unread("skipped", f"too large: {info.st_size / 1048576:.1f} MB, over the "
                              f"{max_bytes / 1048576:g} MB document limit", not_checked=True)
            return file.read(max_bytes + 1)
        except OSError as e:
            return Unread("failed", f"cannot read file: {e.strerror}", not_checked=True)


def scan_paths(paths: list[str], config: Config, *, reveal: bool = False, started: str | None = None,
               out: str | None = None) -> RunResult:
    """Scan files and folders; returns the run's result, as a crawl does. ``started``: when the command
    started; ``out``: the report folder, never read (see :func:`files_under`)."""
    crawl = config.crawl
    paths = [os.path.abspath(path) for path in paths]
    collector = Collector(command="scan", targets=[shown_name(path) for path in paths], limits=dict(crawl),
                          key=fingerprint_key(config.report["fingerprint_key_file"]),
                          site_wide_pages=config.report["site_wide_pages"], reveal=reveal, started=started,
                          detectors_off=detectors_off(config.detectors))
    max_bytes = crawl["max_document_mb"] * 1024 * 1024
    in_flight: dict = {}
    pool = None
    names = NameCheck(collector, paths, config)
    deadline = Deadline(crawl["max_minutes"])
    progress = ScanProgress(collector)
    try:
        with interruptible():  # from the workers' start, which takes seconds on a loaded machine
            pool = open_worker_pool(config.detectors, config.public, workers=crawl["workers"],
                                    timeout=crawl["extract_timeout"], memory_mb=crawl["extract_memory_mb"],
                                    deadline=deadline)
            for path, unread in files_under(paths, out):
                progress.tick(len(in_flight))
                shown = shown_name(path)
                names.check(shown)
                if unread is None:
                    body = read_file(path, max_bytes)
                    if isinstance(body, Unread):
                        unread = body
                if unread is not None:
                    collector.record(shown, unread.status, unread.reason, not_checked=unread.not_checked)
                    continue
                if len(in_flight) >= IN_FLIGHT:
                    _settle(collector, in_flight, deadline.wait(in_flight, FIRST_COMPLETED))
                deadline.check()
                in_flight[pool.submit(shown, body, None)] = (shown, len(body))
            _settle(collector, in_flight, deadline.wait(in_flight, ALL_COMPLETED))
            progress.tick(0, last=True)
    except RunInterrupted as e:
        _settle(collector, in_flight, [future for future in in_flight if future.done()])
        in_analysis, unreached = STOPPED_BY_TIME_LIMIT if isinstance(e, TimeLimitReached) else STOPPED_BY_SIGNAL
        for path, _size in in_flight.values():
            collector.record(path, "failed", in_analysis, not_checked=True)
        _list_unreached(collector, paths, unreached, out)
        if pool is not None:
            pool.stop()
        return collector.finish(interrupted=e.reason)
    except BaseException:
        if pool is not None:
            pool.stop()
        raise
    pool.close()
    _check_targets(collector, paths)
    return collector.finish()


class ScanProgress:
    """What a scan has done so far, on stderr as a crawl's progress line: a live line on a terminal, a plain line every
    30 s otherwise, so that a scan of a folder of many thousand files is not silent for many minutes in a CI log or a
    cron mail (a CI service that ends a job after 10 minutes without output would end it)."""

    def __init__(self, collector: Collector, stream=None):
        self.collector = collector
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.every = 1.0 if self.live else 30.0
        self.started = self.shown = time.monotonic()

    def tick(self, analysing: int, last: bool = False) -> None:
        now = time.monotonic()
        if not last and now - self.shown < self.every:
            return
        if last and now - self.started < self.every:
            return  # a scan that ended before its first line stays as short as it was
        self.shown = now
        documents = self.collector.documents.values()
        counts = {status: 0 for status in ("scanned", "failed", "skipped")}
        for document in documents:
            counts[document.status] = counts.get(document.status, 0) + 1
        findings = len(self.collector.findings)
        line = (f"pubcheck: {len(documents)} files, {counts['scanned']} scanned, {counts['failed']} failed, "
                f"{counts['skipped']} skipped, {analysing} in analysis, {findings} findings, {now - self.started:.0f} s")
        self.stream.write(("\r" + line + "\033[K" + ("\n" if last else "")) if self.live else line + "\n")
        self.stream.flush()


class Deadline:
    """The scan's time limit (``max_minutes``, 0: none), counted from its start: waits for the workers end at it,
    and then :class:`~crawler.run.TimeLimitReached` is raised."""

    def __init__(self, max_minutes: float):
        self.max_minutes = max_minutes
        self.at = time.monotonic() + max_minutes * 60 if max_minutes > 0 else None

    def seconds_left(self) -> float | None:
        return None if self.at is None else max(0.0, self.at - time.monotonic())

    def check(self) -> None:
        if self.at is not None and time.monotonic() >= self.at:
            raise TimeLimitReached(self.max_minutes)

    def wait(self, in_flight: dict, return_when: str) -> set:
        """The futures done, waiting at most until the time limit for the first one or for all of them."""
        timeout = None if self.at is None else max(0.0, self.at - time.monotonic())
        done, pending = wait(in_flight, timeout=timeout, return_when=return_when)
        if not done or (return_when == ALL_COMPLETED and pending):
            raise TimeLimitReached(self.max_minutes)
        return done


class NameCheck:
    """A file's name is text it publishes wherever it goes (``Delgado_512-34-6789.txt``), as a link's target is on
    the page that links it (``crawler.url_text``): the path below the folder given to ``scan`` (or the name of a
    file given) is read with the identifier detectors when it holds an identifier-shaped value, whether the file
    is read or not. Its findings are the file's, located "file name". The detectors are loaded here, in the main
    process, for the first such name only."""

    CATEGORIES = frozenset({"ssn", "taxpayer_id", "account_number", "phone", "email", "credential", "customer_name"})

    def __init__(self, collector: Collector, paths: list[str], config: Config):
        self.collector = collector
        self.paths = [shown_name(path) for path in paths]
        self.config = config
        self._detectors: list | None = None

    def check(self, path: str) -> None:
        """``path``: as shown (see the module docstring)."""
        from .url_text import file_path_text
        text = file_path_text(self._published(path))
        if not text:
            return
        from detectors.engine import scan_document
        from detectors.model import Document, Location, Segment
        if self._detectors is None:
            from detectors.registry import load_detectors
            self._detectors = [d for d in load_detectors(self.config.detectors, self.config.public)
                               if d.category in self.CATEGORIES]
        where = "file name"
        findings = scan_document(Document(path, "text/plain", [Segment(text, Location(element=where), hidden=where)]),
                                 self._detectors)
        for finding in findings:
            finding.url = path
        self.collector.exposed(path, findings)

    def _published(self, path: str) -> str:
        """The part of ``path`` that is the scan's own: below the folder given, or the name of the file given."""
        for given in self.paths:
            folder = given.rstrip(os.sep) + os.sep
            if path.startswith(folder):
                return path[len(folder):]
        return os.path.basename(path.rstrip(os.sep))


def _list_unreached(collector: Collector, paths: list[str], reason: str, out: str | None) -> None:
    """The files a stopped scan had not reached, each listed as not checked for ``reason`` (a folder's listing, no
    reading): the report says what the run left out, not only what it did."""
    for path, _unread in files_under(paths, out):
        path = shown_name(path)
        if path not in collector.documents:
            collector.record(path, "skipped", reason, not_checked=True)


def _check_targets(collector: Collector, paths: list[str]) -> None:
    """A path given to scan under which nothing was scanned (an empty folder, a folder of files that are no
    documents) is a run error, as a start URL that yields nothing scanned is: the check asked for did not happen."""
    scanned = [d.url for d in collector.documents.values() if d.status == "scanned"]
    for given in map(shown_name, paths):
        folder = given.rstrip(os.sep) + os.sep
        if not any(url == given or url.startswith(folder) for url in scanned):
            collector.errors.append(f"{given} was not checked: nothing under it was scanned")


def _settle(collector: Collector, in_flight: dict, done) -> None:
    for future in done:
        path, size = in_flight.pop(future)
        outcome = future.result()
        kind = "page" if outcome.content_type == "text/html" else "document"
        collector.analysed(path, outcome, kind=kind, size=size)
