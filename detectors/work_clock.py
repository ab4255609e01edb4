"""The clock a document's analysis is budgeted by: the CPU time of the worker process reading it, not the wall clock.

The same document takes the same work on any night, but not the same wall time: on a machine shared with other
jobs (a CI runner, two crawls at once) a scanned letter whose OCR takes 5 s of work takes 17 s of wall time. Measured
by the wall clock, its ``extract_timeout`` of 10 s read it whole on a quiet night and left it "timed out" on a busy
one, and the gate flipped between 0 and 2 on the same site. Measured by work done, a document is read as far on
either night (``crawler.worker`` also stops a task by its CPU time, and by the wall clock only far past its limit).

A worker process reads one document at a time (OCR and PDF rendering run in its own thread, ``OMP_THREAD_LIMIT=1``),
so its CPU time is the document's work. Deadlines (``crawler.extract.DocumentBuilder.deadline``, the engine's
``deadline`` and ``limit``) are values of :func:`now`.
"""
from __future__ import annotations

import time

_started: tuple[float, float] | None = None  # (wall, work) when the worker's current document was started
MAX_STRETCH = 8.0  # a wall-clock wait (Tesseract's own timeout) is stretched at most this much for a busy machine


def now() -> float:
    """The worker's work done so far, in seconds (its CPU time)."""
    return time.process_time()


def start_document() -> None:
    """Mark the start of a document's analysis in this process (see :func:`wall_seconds`)."""
    global _started
    _started = (time.monotonic(), now())


def wall_seconds(seconds: float | None) -> float | None:
    """The wall-clock time that ``seconds`` of work take at the pace this document has been read so far: a library
    that waits by the wall clock (Tesseract's timeout) is given that, so a busy machine does not cut it short."""
    if seconds is None or _started is None:
        return seconds
    wall, work = time.monotonic() - _started[0], now() - _started[1]
    stretch = wall / work if work > 0.05 else 1.0
    return seconds * min(max(stretch, 1.0), MAX_STRETCH)
