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

The ledger keeps no raw value, so it knows each URL as the history does (:mod:`crawler.history.keys`): by the
keyed hash of its raw form (``key``), its text only as the unrevealed outputs show it (``/View/****5678``), and
whether that text is ``masked`` (differs from the raw URL: two URLs can mask alike). A URL whose text is not
masked is its raw form, and is requested again from it. A masked one cannot be: it is never written raw, not even
in this owner-only file, and is rediscovered instead (:func:`rediscovered`): it is left out of the seen-set, so
that the page that links it, which the resumed crawl fetches again (every page the interrupted part scanned or
had not finished is; a page whose links hold a masked value is never answered from the history's stored
links, which it has none of), links it once more, and the collector files it back under its ledger entry by its key.
A masked URL the resumed part never meets again (its page no longer links it) is listed as not checked.

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
FORMAT = 2  # URLs known by keys (1, of an earlier pubcheck: URLs by their masked text only, not resumed)


class Checkpoint:
    """The ledger of an interrupted crawl in its job folder."""

    def __init__(self, jobdir: str):
        self.path = Path(jobdir) / CHECKPOINT

    @classmethod
    def from_settings(cls, settings) -> "Checkpoint | None":
        jobdir = settings.get("JOBDIR")
        return cls(jobdir) if jobdir else None

    def load(self) -> dict | None:
        """The saved ledger and history run id, or None when there is nothing to resume (or only an earlier
        pubcheck's checkpoint, whose URLs have no keys: the crawl starts afresh)."""
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        return saved if saved.get("format") == FORMAT else None

    def save(self, ledger: dict, run_id: int | None) -> None:
        """Write through an owner-only file renamed into place, so that a second interrupt never leaves half
        a checkpoint."""
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self.path.with_name(f".{CHECKPOINT}.{secrets.token_hex(6)}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"format": FORMAT, "history_run": run_id, "ledger": ledger}, f)
        os.replace(temporary, self.path)

    def frontier(self) -> tuple[set[str], set[str], list[str]]:
        """What a resumed crawl starts from, read from one load of the ledger: every URL the interrupted crawl
        met (finished or not, and every URL it found redirecting), which is not requested again from a link, as
        URLs (those whose text is not masked) and as keys (the masked ones, but those :func:`rediscovered`); and
        those it requests again at once (see :func:`refetched`)."""
        saved = self.load()
        if not saved:
            return set(), set(), []
        ledger = saved["ledger"]
        documents = ledger["documents"]
        met = {d["url"] for d in documents if not d["masked"]}
        met_keys = {d["key"] for d in documents if d["masked"]}
        for source, _, _, _, masked in ledger["redirects"]:
            if not masked:
                met.add(source)
        return met, met_keys - rediscovered(ledger), refetched(ledger)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


class SeenURLs(set):
    """A resumed crawl's seen-set (``SiteSpider.requested``): URLs, and the masked URLs the interrupted part met
    that are not :func:`rediscovered`, known by ``keys`` (``key_of`` makes a raw URL's)."""

    def __init__(self, urls, keys: set[str], key_of):
        super().__init__(urls)
        self.keys, self.key_of = keys, key_of

    def __contains__(self, url) -> bool:
        return set.__contains__(self, url) or bool(self.keys) and self.key_of(url) in self.keys


def refetched(ledger: dict) -> list[str]:
    """The URLs a resumed crawl requests again: those the interrupted crawl met but did not finish (in analysis,
    downloading or still queued: its queue was the run's own, and went with it), and those it scanned. The
    verdict is on the site as it is when the run ends, and a page scanned before the interruption may have
    changed since (a nightly run is resumed the next night): it is asked for again as a re-crawl asks, with the
    validators the history kept, so that an unchanged one (a 304, or the same content hash) keeps its findings
    without being read again. Failures, refusals and links not followed keep their outcome; a document read out
    of a page (``PAGE#data-link-N``) is read again with its page. Only URLs whose text is their raw form: a masked
    one is :func:`rediscovered`."""
    return [d["url"] for d in _again(ledger) if not d["masked"]]


def rediscovered(ledger: dict) -> set[str]:
    """The keys of the URLs a resumed crawl meets again through the links of the pages it fetches again, rather
    than requests from the ledger: those :func:`refetched` would request but whose text is masked (see the module
    docstring)."""
    return {d["key"] for d in _again(ledger) if d["masked"]}


def _again(ledger: dict) -> list[dict]:
    """The ledger's documents to fetch again (see :func:`refetched`). A redirect with a masked end is not kept
    (:meth:`crawler.collect.Collector.resume_from`): its source is fetched again, and redirects again."""
    recorded = set(ledger["recorded"])
    redirecting = {source_key for _, source_key, _, _, masked in ledger["redirects"] if not masked}
    return [d for d in ledger["documents"]
            if d["url"].startswith(("http://", "https://")) and "#" not in d["url"] and d["key"] not in redirecting
            and (d["key"] not in recorded or d["status"] == "scanned")]


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
