"""Resumable crawls (``--resume``): the job folder keeps what the interrupted run already knew, so that the
resumed run ends with the findings an uninterrupted one has.

When a crawl with a job folder (Scrapy's JOBDIR) ends early (Ctrl-C, SIGTERM), the collecting pipeline saves
the collector's ledger there (:meth:`crawler.collect.Collector.checkpoint`): every URL met, with its outcome
and referrers, the redirects, and every finding as a masked detection known by fingerprint and value id,
never by value, like the history. The ledger is the frontier too: resuming loads it back, the spider takes
every URL it met as seen and requests again those it did not finish, whether queued, in flight or in
analysis, and those it scanned, conditionally, as a re-crawl does (:func:`refetched`): no verdict rests on
content as it was before the interruption. A job folder that ends a run without a checkpoint is finished:
``run_crawl`` removes it.

The resumed part cannot reveal or mask the values the interrupted part found, so ``--resume`` and
``--reveal`` do not go together.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
from pathlib import Path

CHECKPOINT = "pubcheck-checkpoint.json"


class Checkpoint:
    """The ledger of an interrupted crawl in its job folder."""

    def __init__(self, jobdir: str):
        self.path = Path(jobdir) / CHECKPOINT

    @classmethod
    def from_settings(cls, settings) -> "Checkpoint | None":
        jobdir = settings.get("JOBDIR")
        return cls(jobdir) if jobdir else None

    def load(self) -> dict | None:
        """The saved ledger and history run id, or None when there is nothing to resume."""
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def save(self, ledger: dict, run_id: int | None) -> None:
        """Write through an owner-only file renamed into place, so that a second interrupt never leaves half
        a checkpoint."""
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self.path.with_name(f".{CHECKPOINT}.{secrets.token_hex(6)}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"history_run": run_id, "ledger": ledger}, f)
        os.replace(temporary, self.path)

    def frontier(self) -> tuple[set[str], list[str]]:
        """What a resumed crawl starts from, read from one load of the ledger: every URL the interrupted crawl
        met (finished or not, and every URL it found redirecting), which is not requested again from a link;
        and those it requests again at once (see :func:`refetched`)."""
        saved = self.load()
        if not saved:
            return set(), []
        ledger = saved["ledger"]
        met = {d["url"] for d in ledger["documents"]} | set(ledger["redirects"])
        return met, refetched(ledger)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def refetched(ledger: dict) -> list[str]:
    """The URLs a resumed crawl requests again: those the interrupted crawl met but did not finish (in analysis,
    downloading or still queued: its queue was the run's own, and went with it), and those it scanned. The
    verdict is on the site as it is when the run ends, and a page scanned before the interruption may have
    changed since (a nightly run is resumed the next night): it is asked for again as a re-crawl asks, with the
    validators the history kept, so that an unchanged one (a 304, or the same content hash) keeps its findings
    without being read again. Failures, refusals and links not followed keep their outcome; a document read out
    of a page (``PAGE#data-link-N``) is read again with its page."""
    recorded, redirects = set(ledger["recorded"]), ledger["redirects"]
    return [d["url"] for d in ledger["documents"]
            if d["url"].startswith(("http://", "https://")) and "#" not in d["url"] and d["url"] not in redirects
            and (d["url"] not in recorded or d["status"] == "scanned")]


def make_job_dir(jobdir: str) -> None:
    """Create the job folder and the ``jobs`` folder above it owner-only (0700, as the history's own folder),
    before Scrapy makes them with the umask's mode: what they keep names every URL of the crawl."""
    for folder in (Path(jobdir).parent, Path(jobdir)):
        folder.mkdir(exist_ok=True, mode=0o700)
        folder.chmod(0o700)  # also one an earlier version made with the umask's mode


def job_finished(jobdir: str | None) -> None:
    """Remove the job folder of a crawl that ended without a checkpoint: the next ``--resume`` starts afresh."""
    if jobdir and not (Path(jobdir) / CHECKPOINT).exists():
        shutil.rmtree(jobdir, ignore_errors=True)
