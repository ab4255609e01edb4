"""Extraction and detection in worker processes, off the Twisted reactor, bounded in time and memory.

Parsing a 300-page PDF or a hostile file must neither block the crawl nor stall or crash the run: each
document is analysed in a pebble process pool whose tasks are killed at a deadline, in workers whose
address space is capped so that a decompression bomb fails with MemoryError instead of taking the machine.
The extractors and detectors are imported by the workers alone: the crawl's own process never runs them, and a
re-crawl of an unchanged site starts no worker at all.
"""
from __future__ import annotations

import gc
import math
import os
import pickle
import resource
import signal
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, TimeoutError as FutureTimeout
from dataclasses import dataclass, fields, replace
from itertools import islice

import multiprocessing.forkserver
from pebble import ProcessExpired, ProcessPool
from pebble.pool.process import WORKERS_NAME

from detectors import work_clock
from detectors.model import Detection
from detectors.masking import NOTE_READ
from reports.redact import shortened

from .cycles import no_cycle_collection

_detectors: list = []  # per worker process, set once by _start_worker
# the share of the per-document time limit that extraction may use before it stops reading (OCR leaves the rest
# of a scanned document unread and says so): detection and sending the findings back need the remainder
EXTRACTION_SHARE = 0.75
# the share after which the reading of customer records stops (the rules left unrun, the document said not wholly
# checked): what the rules found by then is kept, where the time limit would kill the worker and lose it all
CHECKING_SHARE = 0.85
# the share by which detection is to end, the rest kept to pack the findings and send them back: a long document's
# second reading (its wrapped lines joined) that would run past it is not started (``detectors.engine.detections``)
DETECTION_SHARE = 0.95
# The time limit is one of work done (the worker's CPU time, ``detectors.work_clock``): a document is read as far on a
# busy machine as on a quiet one, and the gate does not flip with the load. The shares above are of it, and a task
# that outruns it is stopped by the kernel (RLIMIT_CPU). The wall clock stops a task only far past it (a worker that
# gets no CPU for minutes, or waits on something that never comes), and the reason then says so.
WALL_STRETCH = 8  # the wall-clock backstop: this many times the limit...
WALL_GRACE = 60  # ...and these seconds more


@dataclass
class Outcome:
    """What analysing one document came to: the fields the collector records for it."""

    status: str  # scanned | failed | skipped
    reason: str | None = None
    content_type: str | None = None
    # a list in the collector's process; in a worker, the FindingBlocks detection packed them into
    findings: list[Detection] | FindingBlocks | None = None
    pages: int | None = None
    warnings: list[str] | None = None
    unchecked: list[str] | None = None  # parts of a scanned document that could not be checked
    not_checked: bool = False  # a failed or skipped document the public can read: a gap in the check
    timings: dict[str, float] | None = None  # seconds of queue_wait, extraction and detection

    def noted(self, warning: str | None) -> "Outcome":
        """This outcome with the crawl's ``warning`` (how the document was served) listed first."""
        return replace(self, warnings=[warning, *(self.warnings or ())]) if warning else self

    def __reduce__(self):
        """Pickled with its findings as blocks of pickles of their own, which the collector's process unpickles
        without the cyclic garbage collector (see :func:`no_cycle_collection`): a leaked table's 100,000 findings
        are 200,000 new objects, whose young collections would each walk the crawl's heap for nothing."""
        state = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "findings"}
        findings = self.findings
        if findings is not None and not isinstance(findings, FindingBlocks):
            findings = FindingBlocks.packed(findings)
        return _unpickled_outcome, (state, None if findings is None else findings.blocks)


def _unpickled_outcome(state: dict, blocks: list[bytes] | None) -> Outcome:
    with no_cycle_collection():
        findings = None
        if blocks is not None:
            findings = []
            for block in blocks:
                findings += _unpacked(block)
        return Outcome(**state, findings=findings)


class FindingBlocks:
    """A document's findings pickled in blocks of ``BLOCK`` as detection makes them, in the worker: a leaked
    table's 100,000 Detections are never all held there at once (50 MB for a 20,000-row export), and pickling one
    block at a time keeps the pickler's memo of every object small. Shared strings (a URL, a reason, a column name)
    are pickled once per block. Each block is compressed (zlib's fastest level: 14 MB of pickles become 4.4 in a
    tenth of a second): the worker holds the blocks and the pool's pickle of them at once while sending them, and
    the collector's process the message and the findings."""

    BLOCK = 2000

    def __init__(self, blocks: list[bytes], count: int):
        self.blocks = blocks
        self.count = count

    @classmethod
    def packed(cls, detections: Iterable[Detection]) -> FindingBlocks:
        blocks, count = [], 0
        detections = iter(detections)
        while block := list(islice(detections, cls.BLOCK)):
            blocks.append(zlib.compress(pickle.dumps(block, pickle.HIGHEST_PROTOCOL), 1))
            count += len(block)
        return cls(blocks, count)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Detection]:
        for block in self.blocks:
            yield from _unpacked(block)


def _unpacked(block: bytes) -> list[Detection]:
    return pickle.loads(zlib.decompress(block))


def _start_worker(detector_options: dict, public: dict, memory_mb: int) -> None:
    """A worker's start. A terminal's Ctrl-C reaches the whole process group: the main process decides what an
    interruption ends (it stops the pool), so a worker ignores SIGINT rather than die mid-document with a traceback;
    a worker that has no room to start ends without one too."""
    from detectors.registry import load_detectors

    from pebble.common import process_exit

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # ignored by the fork server (``_worker_context``)

    if memory_mb:
        limit = memory_mb * 1024 * 1024
        if _address_space() >= limit:  # forked with the detectors loaded, it would fail at its first allocation
            process_exit(1)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # a worker stopped at its time limit (SIGXCPU) or that crashes leaves no core file: it would hold the document
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    try:
        _detectors[:] = load_detectors(detector_options, public)
        _since_collection.resident = _resident_memory()
    except Exception as e:
        # The main process reports a worker that could not start as a configuration error (see
        # crawler.run.worker_trouble), so the worker ends as pebble ends one whose start failed, without the
        # traceback pebble would log for it. Short of memory (the usual cause: extract_memory_mb too small), the
        # interpreter fails in odd ways besides MemoryError (a SystemError from compile()): said by the main process
        # alone; anything else in one line.
        if not (memory_mb and isinstance(e, (MemoryError, SystemError, ImportError))):
            os.write(2, f"pubcheck: an extraction worker could not start: {type(e).__name__}: {e}\n".encode())
        process_exit(1)


def _address_space() -> int:
    """The memory this process has mapped, in bytes: what ``RLIMIT_AS`` limits (0 where /proc does not say)."""
    return _memory(0)


def _resident_memory() -> int:
    """The memory of this process that is in RAM, in bytes (0 where /proc does not say)."""
    return _memory(1)


def _memory(field: int) -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[field]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


# the documents a worker analyses between two full collections of what they left in reference cycles
DOCUMENTS_BETWEEN_COLLECTIONS = 50
# the growth of a worker's resident memory since its last full collection that brings the next one forward
GROWTH_BEFORE_COLLECTION = 48 * 1024 * 1024


@dataclass
class _SinceCollection:
    """A worker's documents and resident memory since its last full collection (see :func:`_unfreeze`)."""
    analysed: int = 0
    resident: int = 0


_since_collection = _SinceCollection()


def _unfreeze() -> None:
    """What the last document's detection left frozen (see :func:`analyze`) handed back to the cyclic collector:
    garbage by now, or long-lived. Its cycles sit among the oldest objects, which the collector seldom walks whole,
    and each next document's freeze would keep them out of its reach again: an ordinary page leaves about a thousand
    objects in cycles, so that a worker grew by some 30 MB a hundred pages and carried that into the customer export
    it read next. A full collection every ``DOCUMENTS_BETWEEN_COLLECTIONS`` documents frees them (counting the
    frozen objects instead walks them all at every document: a third more CPU on ordinary pages), and at once after
    a document that grew the worker by ``GROWTH_BEFORE_COLLECTION``: a 40 MB PDF's parser leaves some 40 MB in
    cycles, which a worker that read the 20,000-row customer export next carried to a peak of 400 MB."""
    gc.unfreeze()
    _since_collection.analysed += 1
    resident = _resident_memory()
    if (_since_collection.analysed >= DOCUMENTS_BETWEEN_COLLECTIONS
            or resident - _since_collection.resident > GROWTH_BEFORE_COLLECTION):
        gc.collect()
        _since_collection.analysed, _since_collection.resident = 0, _resident_memory()


def analyze(url: str, body: bytes, content_type: str | None, submitted: float = 0.0,
            timeout: float | None = None) -> Outcome:
    """Extract one document and run every detector over it (in a worker process). ``submitted``: the
    wall-clock time the document was handed to the pool, to tell queue wait from work; ``timeout``: the time
    limit in seconds of work (the worker's CPU time) at which this task is stopped, of which extraction may use
    ``EXTRACTION_SHARE``."""
    with _work_limit(timeout):
        return _analyze(url, body, content_type, submitted, timeout)


class _work_limit:
    """The kernel stops this worker (SIGXCPU) once it has worked ``timeout`` seconds more on the document: a time
    limit of work done, whatever the load (``WorkerPool`` tells the pool's wall-clock backstop from it)."""

    def __init__(self, timeout: float | None):
        self.timeout = timeout

    def __enter__(self):
        work_clock.start_document()
        self.before = resource.getrlimit(resource.RLIMIT_CPU)
        if self.timeout:
            soft, hard = int(math.ceil(work_clock.now() + self.timeout)), self.before[1]
            if (hard == resource.RLIM_INFINITY or soft < hard) and (
                    self.before[0] == resource.RLIM_INFINITY or soft < self.before[0]):
                resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))

    def __exit__(self, *exc):
        resource.setrlimit(resource.RLIMIT_CPU, self.before)
        return False


def _analyze(url: str, body: bytes, content_type: str | None, submitted: float, timeout: float | None) -> Outcome:
    from detectors.engine import detections

    from .extract import ExtractError, PasswordProtected, UnsupportedDocument, extract

    started = time.time()
    _unfreeze()  # what the last document's detection left behind (see below): garbage by now, or long-lived
    begun = work_clock.now()
    deadline = begun + timeout * EXTRACTION_SHARE if timeout else None
    checked_by = begun + timeout * CHECKING_SHARE if timeout else None
    stop_by = begun + timeout * DETECTION_SHARE if timeout else None
    media_type = _media_type(content_type)
    try:
        document = extract(url, body, content_type, deadline=deadline)
    except UnsupportedDocument as e:
        return Outcome("skipped", masked_note(str(e)), content_type=media_type, not_checked=e.readable)
    except PasswordProtected as e:
        return Outcome("failed", masked_note(str(e)), content_type=media_type)
    except ExtractError as e:
        return Outcome("failed", masked_note(str(e)), content_type=media_type, not_checked=True)
    except MemoryError:
        return Outcome("failed", "extraction ran out of memory (see [crawl] extract_memory_mb)",
                       content_type=media_type, not_checked=True)
    extracted = time.time()
    with no_cycle_collection():
        # the findings leave detection pickled in blocks, the Detections of one block alive at a time
        try:
            findings = FindingBlocks.packed(detections(document, _detectors, checked_by, stop_by))
        except MemoryError:  # a long document read whole, its records too many to check in the worker's memory
            return Outcome("failed", "checking the document ran out of memory (see [crawl] extract_memory_mb)",
                           content_type=document.content_type, pages=document.pages, not_checked=True)
        # the document's objects die when this returns, freed as their counts of references drop: the collector is
        # not to walk them all (three times over, young, middle-aged and old) meanwhile. The next document's
        # analysis hands them back to it
        gc.freeze()
    timings = {"queue_wait": max(0.0, started - submitted) if submitted else 0.0,
               "extraction": extracted - started, "detection": time.time() - extracted}
    return Outcome("scanned", None, content_type=document.content_type, findings=findings, pages=document.pages,
                   warnings=masked_notes(document.warnings), unchecked=masked_notes(document.unchecked),
                   timings=timings)


def masked_note(text: str) -> str:
    """A reason (or warning) of pubcheck's about a document, as it may be stored, logged and shown: what the
    worker's detectors find in it masked, then any mailbox and run of seven digits or more (see
    ``reports.redact.note_text``). Such a reason quotes a parser's exception (pdfminer's, openpyxl's, lxml's,
    zipfile's), and an exception quotes the document's own bytes or names: a zip member "Delgado SSN 512-34-6789.txt",
    a cell's "password: ..." that failed to parse as a number. A failed document has no findings of its own that
    could mask them later, so they are masked here, before the reason leaves the worker: in the history, the
    logs and every output alike."""
    return masked_notes([text])[0] if text else text


def masked_notes(texts: list[str] | None) -> list[str] | None:
    """:func:`masked_note` of each of ``texts``, read by the detectors as one note (None for none)."""
    if not texts:
        return None
    from detectors.engine import scan_document
    from detectors.model import Document, Location, Segment
    from reports.redact import note_text

    texts = [text[:NOTE_READ] for text in texts]  # an exception can quote a whole part of a file
    findings = scan_document(Document("note", "text/plain", [Segment(text, Location(element="note"))
                                                             for text in texts]), _detectors)
    return [shortened(note_text(text, findings)) for text in texts]


def wall_limit(timeout: float) -> float:
    """The wall-clock time after which a document given ``timeout`` seconds of work is stopped all the same."""
    return timeout * WALL_STRETCH + WALL_GRACE


def _media_type(content_type: str | None) -> str | None:
    return content_type.split(";")[0].strip().lower() or None if content_type else None


def _worker_context() -> multiprocessing.context.BaseContext:
    """Workers are forked from a server process that has imported this module and the detectors once: a worker's
    start, and each restart (every 500 documents, after a time limit or a crash), costs a fork, where starting a
    fresh interpreter (``spawn``) paid some 2 s of CPU per worker to import them and compile their patterns. Forked
    from a server started for the purpose, not from this process, which runs Twisted's threads."""
    from detectors.registry import detector_modules

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__, *detector_modules()])
    # the server is started ignoring SIGTERM (a disposition its program keeps): a SIGTERM sent to the whole process
    # group (a CI job cancelled) leaves the main process to decide what it ends, where the server would die with it
    # and fail the pool's next start of a worker (each worker takes SIGTERM again: ``_start_worker``). Only the
    # main thread may set a handler; the start of the server takes a few milliseconds
    if threading.current_thread() is threading.main_thread():
        handler = signal.signal(signal.SIGTERM, signal.SIG_IGN)
        try:
            multiprocessing.forkserver.ensure_running()
        finally:  # a handler set outside Python reads as None
            signal.signal(signal.SIGTERM, handler if handler is not None else signal.SIG_DFL)
    return context


class WorkerPool:
    """A pool of analysis workers; ``submit`` returns a future that always resolves to an Outcome."""

    def __init__(self, detector_options: dict, public: dict, *, workers: int = 0, timeout: float = 120,
                 memory_mb: int = 2048):
        self.timeout = timeout
        self._pool = ProcessPool(max_workers=workers or os.cpu_count() or 1, max_tasks=500,
                                 initializer=_start_worker, initargs=(detector_options, public, memory_mb),
                                 context=_worker_context())

    def submit(self, url: str, body: bytes, content_type: str | None, timeout: float | None = None) -> Future:
        """Send a document to the workers, to be read within the pool's limit of work (``timeout`` seconds of the
        worker's CPU time), stopped by the wall clock only at :func:`wall_limit` of it. ``timeout``: a limit of the
        wall clock instead (the probe page, read by a worker that has just started and imports its libraries on a
        machine that may be busy: how long that takes is the question asked)."""
        work, wall = (timeout, timeout) if timeout else (self.timeout, wall_limit(self.timeout))
        task = self._pool.schedule(analyze, args=(url, body, content_type, time.time(), work), timeout=wall)
        outcome: Future = Future()
        task.add_done_callback(lambda done: outcome.set_result(self._outcome_of(done, content_type, work, wall)))
        return outcome

    @staticmethod
    def _outcome_of(task: Future, content_type: str | None, timeout: float, wall: float | None = None) -> Outcome:
        try:
            return task.result()
        except FutureTimeout:
            reason = f"extraction timed out after {timeout:g} s"
            if wall and wall != timeout:
                reason = (f"extraction did not end in {wall:g} s of wall-clock time, though its limit of {timeout:g} s "
                          "of work was not reached: the machine was too busy, or the reading was stuck")
        except ProcessExpired as e:
            if e.exitcode == -signal.SIGXCPU:  # stopped by the kernel at its limit of work (``_work_limit``)
                reason = f"extraction timed out after {timeout:g} s"
            else:
                reason = f"extraction worker died (exit code {e.exitcode})"
        except Exception as e:  # a bug in an extractor or detector: report it, keep the run going
            # masked as a log line is (this process runs no detectors): the error can quote the document
            from reports.redact import note_text
            reason = shortened(note_text(f"extraction error: {type(e).__name__}: {e}"[:NOTE_READ]))
        return Outcome("failed", reason, content_type=_media_type(content_type), not_checked=True)

    def close(self) -> None:
        self._pool.close()
        self._pool.join()

    def stop(self) -> None:
        """Kill the workers now, dropping queued and running work (a run that was interrupted).

        A worker still starting ignores SIGTERM (the fork server's disposition, until ``_start_worker``), so the
        pool's own stop, which sends SIGTERM and then closes the pool's channels, would leave it reading a
        channel whose semaphores are gone, and it would print a traceback into the run's output: it is killed first."""
        self._pool.stop()
        for worker in multiprocessing.active_children():
            if worker.name == WORKERS_NAME:
                worker.kill()
        self._pool.join()
