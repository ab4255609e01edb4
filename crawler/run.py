"""Running a crawl in this process, what every run needs before it starts, and the exit status of its result.

Shared by ``pubcheck crawl``, ``pubcheck scan`` and ``pubcheck demo`` (and, for the crawl's start, by
``scrapy crawl site``): the output folder is checked for writing and cleared of the previous run's reports,
and the extraction workers are tried on a small page, before anything is fetched or read.
"""
from __future__ import annotations

import asyncio
import fcntl
import logging
import multiprocessing
import os
import signal
import sqlite3
import tempfile
from contextlib import contextmanager, nullcontext
from pathlib import Path

from detectors.model import severity_rank
from reports import FILE_NAMES

from .collect import TIME_LIMIT_STOPPED
from .config import Config, ConfigError
from .history.session import HistoryOptions
from .history.store import HistoryError
from .results import RunResult

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
LOCK_NAME = ".pubcheck.lock"  # in --out: held (flock) by the run writing there, with its pid
PROBE_TIMEOUT = 120  # seconds at least for a worker to start and read the probe page (see probe_seconds)
# a small customer table: a worker that reads it has its detectors loaded and room to work
PROBE_PAGE = (b"<html><body><table><tr><th>Customer</th><th>Account No.</th></tr>"
              b"<tr><td>Pat Example</td><td>2-00-000-0000</td></tr></table></body></html>")


class OutputError(Exception):
    """The output folder cannot take the reports."""


class RunInterrupted(Exception):
    """The first SIGINT or SIGTERM of a run that is not a crawl, or of a crawl before it could start; its message
    is the signal's name."""

    @property
    def reason(self) -> str:
        """How the run was stopped, as its report says it ("interrupted by SIGINT")."""
        return f"interrupted by {self}"


class TimeLimitReached(RunInterrupted):
    """A scan that ran past its time limit (``max_minutes``): reported as an interrupted run is."""

    def __init__(self, max_minutes: float):
        super().__init__(stopped_at_time_limit(max_minutes))

    @property
    def reason(self) -> str:
        return str(self)


def stopped_at_time_limit(max_minutes: float) -> str:
    """How a report says that the run's time limit stopped it (after "the run was")."""
    return f"{TIME_LIMIT_STOPPED} ({max_minutes:g} min; see --max-minutes)"


def stop_now(signum: int, _frame=None) -> None:
    """A second SIGINT or SIGTERM: stop at once. The extraction workers are killed and nothing more is
    written (reports are renamed into place whole, so none is half-written, and one already written says the
    run was interrupted). Runs in a signal handler: only what is safe there."""
    os.write(2, f"\npubcheck: {signal.Signals(signum).name} again: stopped at once\n".encode())
    for child in multiprocessing.active_children():
        child.kill()
    os._exit(EXIT_ERROR)


@contextmanager
def interruptible():
    """Within the block, the first SIGINT or SIGTERM raises RunInterrupted, so the run can report what it
    checked; from then on a second one stops the process at once (see :func:`stop_now`). One that a
    :class:`SignalLatch` held while the command was starting raises it on entry."""
    def first(signum, _frame):
        for each in (signal.SIGINT, signal.SIGTERM):
            signal.signal(each, stop_now)
        raise RunInterrupted(signal.Signals(signum).name)

    latch = SignalLatch.installed()
    if latch is not None and latch.received:  # it came while the command was starting
        raise RunInterrupted(latch.received)
    try:
        previous = {each: signal.signal(each, first) for each in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: signals are not ours to handle
        previous = {}
    try:
        yield
    finally:
        if previous and signal.getsignal(signal.SIGINT) is first:  # no signal came: hand them back
            for each, handler in previous.items():
                signal.signal(each, handler)


class SignalLatch:
    """Holds a crawl's first SIGINT or SIGTERM from the command's start until the crawl can act on it.

    The crawl can only report what it checked once Scrapy's engine runs, which on a loaded machine is seconds
    after the command starts (Scrapy, the history and the extraction workers start first). A signal in that
    time must not be lost, nor kill the process without a word: the latch records it (a second one stops at
    once, see :func:`stop_now`) and hands it to its listener (see :meth:`listen`), at once if it came already. It
    catches the signals even when the command was started with them ignored (a background job of a shell
    script), as the running crawl always has: an operator's or a service manager's stop must stop it."""

    def __init__(self):
        self.received: str | None = None  # the first signal's name
        self.listener = None

    @staticmethod
    def installed() -> SignalLatch | None:
        """The latch catching this process's signals now, if any."""
        handler = signal.getsignal(signal.SIGINT)
        latch = getattr(handler, "__self__", None)
        return latch if isinstance(latch, SignalLatch) else None

    def install(self) -> dict:
        """Catch SIGINT and SIGTERM (again, after another handler took them); the handlers it replaced, or {}
        outside the main thread (where signals are not ours to handle) or once a signal came."""
        if self.received:
            return {}
        try:
            return {each: signal.signal(each, self.on_signal) for each in (signal.SIGINT, signal.SIGTERM)}
        except ValueError:
            return {}

    def on_signal(self, signum: int, _frame=None) -> None:
        for each in (signal.SIGINT, signal.SIGTERM):
            signal.signal(each, self.again)
        self.received = signal.Signals(signum).name
        if self.listener:
            self.listener(self.received)

    def again(self, signum: int, frame=None) -> None:
        """The second signal (a handler of the latch's own, so that :meth:`installed` still finds it)."""
        stop_now(signum, frame)

    def listen(self, listener) -> None:
        """Call ``listener(name)`` on the first signal, now if it came already; None: nobody listens any more
        (the crawl is over)."""
        self.listener = listener
        if listener and self.received:
            listener(self.received)


@contextmanager
def signals_held():
    """Within the block, the first SIGINT or SIGTERM is held by a :class:`SignalLatch` (the one already
    installed, if any), which the block gets; handed back as they were if no signal came."""
    latch = SignalLatch.installed()
    if latch is not None:
        yield latch
        return
    latch = SignalLatch()
    previous = latch.install()
    try:
        yield latch
    finally:
        if previous and not latch.received:
            for each, handler in previous.items():
                signal.signal(each, handler)


def history_errors_briefly(record: logging.LogRecord) -> bool:
    """A logging filter for Scrapy's signal dispatch, which logs an exception a signal handler raised with its
    traceback. One the history database raised (read-only, locked, a full disk) is no crash of pubcheck: the
    run reports it (its errors, exit status 2, when the history records the run), so stderr says it in one line,
    without a traceback that reads like one (a bug elsewhere keeps its traceback)."""
    error = record.exc_info[1] if record.exc_info else None
    if isinstance(error, (HistoryError, sqlite3.Error)):
        record.msg, record.args, record.exc_info, record.exc_text = "history database: %s", (error,), None, None
    return True


def lost_servers_briefly(record: logging.LogRecord) -> bool:
    """A logging filter for the handlers of a crawl's log: a Redis connection lost (a crawl across machines) is no
    crash of pubcheck, so an exception of it that a component let Scrapy log is said in one line, without a
    traceback that reads like one (the run ends as incomplete: see ``crawler.distributed``)."""
    error = record.exc_info[1] if record.exc_info else None
    if error is not None and type(error).__module__.startswith("redis.") and \
            type(error).__name__ in ("ConnectionError", "TimeoutError"):
        record.msg, record.args = "lost the connection to Redis (%s); the crawl is incomplete", (error,)
        record.exc_info, record.exc_text = None, None
    return True


def quiet_lost_servers() -> None:
    """Install :func:`lost_servers_briefly` on the log's handlers (Scrapy's, once its process is made)."""
    for handler in logging.getLogger().handlers:
        handler.addFilter(lost_servers_briefly)


def exit_status(result: RunResult | None, fail_on: str, allow_unchecked: int = 0) -> int:
    """2 when the check did not happen as asked: a run error, or more published documents left unchecked than
    ``allow_unchecked`` (an incomplete check never passes for a complete one); else 1 for a finding at or above
    ``fail_on``; else 0."""
    if result is None or result.run.errors or len(result.not_checked()) > allow_unchecked:
        return EXIT_ERROR
    worst = result.blocking_severity()  # accepted findings and those production already has never fail a run
    if fail_on != "never" and worst and severity_rank(worst) >= severity_rank(fail_on):
        return EXIT_FINDINGS
    return EXIT_OK


def verdict(result: RunResult, fail_on: str, allow_unchecked: int = 0) -> str:
    """Why :func:`exit_status` is what it is, in one line for the terminal or a cron mail, which sees the exit status
    and stderr only: counts, never a value (the report names each URL, masked)."""
    status, unchecked = exit_status(result, fail_on, allow_unchecked), len(result.not_checked())
    if status == EXIT_ERROR:
        reasons = [_count(len(result.run.errors), "run error")] if result.run.errors else []
        if unchecked > allow_unchecked:
            allowed = f", over --allow-unchecked {allow_unchecked}" if allow_unchecked else ""
            reasons.append(f"{_count(unchecked, 'published document')} not checked{allowed}")
        return f"exit 2: the check is incomplete: {'; '.join(reasons) or 'the run did not finish'} (see the report)"
    tolerated = f"; {_count(unchecked, 'published document')} not checked, within --allow-unchecked {allow_unchecked}"
    if status == EXIT_FINDINGS:
        return (f"exit 1: confidential information found at or above --fail-on {fail_on}"
                + (tolerated if unchecked else ""))
    return f"exit 0: nothing found at or above --fail-on {fail_on}" + (
        tolerated if unchecked else ", and every published document was checked")


def _count(n: int, thing: str) -> str:
    return f"{n:,} {thing}{'' if n == 1 else 's'}"


def prepare_output(out: str | os.PathLike):
    """Make sure the reports can be written into ``out`` before the run starts, lock it for the run (see
    :func:`lock_output`), and remove the previous run's reports from it: a run that is stopped, or fails, must
    not leave an old report that passes for its own. Returns the lock, to be kept open (``with``) for the run."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise OutputError(f"--out {out} is a file, not a folder")
    try:
        if not path.exists():
            path.mkdir(parents=True, mode=0o700)
            path.chmod(0o700)
        fd, probe = tempfile.mkstemp(prefix=".pubcheck-write-test-", dir=path)
        os.close(fd)
        os.unlink(probe)
        lock = lock_output(path)
        for name in FILE_NAMES.values():
            (path / name).unlink(missing_ok=True)
            for leftover in path.glob(f".{name}.*.tmp"):  # from a run killed while writing
                leftover.unlink(missing_ok=True)
    except OSError as e:
        raise OutputError(f"cannot write the reports into {out}: {e.strerror or e}") from e
    return lock


def lock_output(path: Path):
    """Lock the output folder for this run: two runs writing the same ``--out`` at once would leave the later
    finisher's reports, a clean one over a failing one's. An exclusive ``flock`` on ``LOCK_NAME`` (which names
    the holder's pid) is held while the returned file stays open; the kernel releases it when the process ends
    however it ends, so a lock is never stale. Raises OutputError when another process holds it. When this
    process does already (the command locks it, then the crawl's pipeline prepares it too), a lock that does
    nothing: either is a context manager."""
    lock = open(os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600), "r+", encoding="ascii")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = lock.read().strip()
        lock.close()
        if holder == str(os.getpid()):
            return nullcontext()
        raise OutputError(f"--out {path} is in use by another pubcheck run (pid {holder or 'unknown'}): wait for "
                          f"it to finish, or give another --out") from None
    lock.truncate(0)
    lock.write(str(os.getpid()))
    lock.flush()
    return lock


def start_worker_pool(detectors: dict, public: dict, *, workers: int, timeout: float, memory_mb: int,
                      probe: bool = True):
    """A pool of extraction workers, and the future outcome of a small page sent to it first (see
    :func:`worker_trouble`): the workers start while the caller gets on with its own start. ``probe`` false: no
    page yet, and no worker starts until the first document is sent (see :func:`submit_probe`)."""
    from .worker import WorkerPool

    pool = WorkerPool(detectors, public, workers=workers, timeout=timeout, memory_mb=memory_mb)
    return pool, submit_probe(pool) if probe else None


def probe_seconds(pool) -> float:
    """How long a worker of ``pool`` has to start and read the probe page: the documents' extraction limit, and at
    least :data:`PROBE_TIMEOUT` (a short ``extract_timeout`` on a busy machine is no worker that cannot start)."""
    return max(pool.timeout, PROBE_TIMEOUT)


def submit_probe(pool):
    """Start the pool's workers with the probe page: the future outcome of reading it (in :func:`probe_seconds`)."""
    return pool.submit("pubcheck-probe.html", PROBE_PAGE, "text/html", timeout=probe_seconds(pool))


def start_worker_pool_from(settings, probe: bool = True):
    """:func:`start_worker_pool` as the crawl's flat settings configure it: (pool, probe, memory limit)."""
    memory_mb = settings.getint("PUBCHECK_EXTRACT_MEMORY_MB")
    pool, probe = start_worker_pool(settings.getdict("PUBCHECK_DETECTORS"), settings.getdict("PUBCHECK_PUBLIC"),
                                    workers=settings.getint("PUBCHECK_WORKERS"),
                                    timeout=settings.getint("PUBCHECK_EXTRACT_TIMEOUT"), memory_mb=memory_mb,
                                    probe=probe)
    return pool, probe, memory_mb


def worker_trouble(probe, memory_mb: int, seconds: float = PROBE_TIMEOUT) -> ConfigError | None:
    """Why the pool could not read the probe page (its outcome, or the exception waiting for it raised), as a
    configuration error: a memory limit too small for a worker to start and work is found before the run,
    not as one failed document per page. A worker that did not answer in ``seconds`` (:func:`probe_seconds`) is
    a machine too busy or too slow, not a memory limit, and is said so. None when the workers are fine."""
    if isinstance(probe, BaseException):
        problem = f"{type(probe).__name__}: {probe}"
        late = isinstance(probe, TimeoutError)
    elif probe.status != "scanned":
        problem = probe.reason
        late = problem.startswith("extraction timed out")
    else:
        return None
    if late:
        return ConfigError(f"an extraction worker did not start and read a small page in {seconds:g} s ({problem}): "
                           "the machine is too busy or too slow; run again when it is less loaded, lower [crawl] "
                           f"workers, or raise [crawl] extract_timeout (the wait is the longer of it and "
                           f"{PROBE_TIMEOUT} s)")
    return ConfigError(f"an extraction worker could not start and read a small page ({problem}); "
                       f"is [crawl] extract_memory_mb = {memory_mb} too small? (default 2048)")


async def probe_trouble(probe, memory_mb: int, give_up=None, seconds: float = PROBE_TIMEOUT) -> ConfigError | None:
    """In a crawl's reactor: wait ``seconds`` (:func:`probe_seconds`) for the probe page's outcome, and say what it
    shows (see :func:`worker_trouble`). ``give_up``: looked at every quarter second while waiting; when it is true
    (the run was interrupted: a worker killed as it started can leave the wait to its timeout) the wait ends, with
    None."""
    outcome = asyncio.wrap_future(probe)
    deadline = asyncio.get_running_loop().time() + seconds
    while not outcome.done() and asyncio.get_running_loop().time() < deadline:
        if give_up and give_up():
            return None
        await asyncio.wait({outcome}, timeout=0.25)
    try:
        result = outcome.result() if outcome.done() else TimeoutError("no answer in time")
    except Exception as e:  # a broken pool, a worker that never answered
        result = e
    return worker_trouble(result, memory_mb, seconds)


def open_worker_pool(detectors: dict, public: dict, *, workers: int, timeout: float, memory_mb: int, deadline=None):
    """A started pool that has read the probe page; raises ConfigError if it could not. ``deadline``: the run's time
    limit (``crawler.scan.Deadline``), which the wait for the workers to start does not outlast: a scan given one
    minute on a busy machine where the workers take two to start stops at its minute (TimeLimitReached)."""
    pool, probe = start_worker_pool(detectors, public, workers=workers, timeout=timeout, memory_mb=memory_mb)
    try:
        left = deadline.seconds_left() if deadline is not None else None
        if left is not None and left < probe_seconds(pool):
            try:
                outcome = probe.result(timeout=left)
            except TimeoutError:
                deadline.check()  # the run's time limit, not the workers, is what ran out
                raise
        else:
            outcome = probe.result(timeout=probe_seconds(pool))
    except RunInterrupted:
        pool.stop()
        raise
    except Exception as e:  # a broken pool, a worker that never answered
        outcome = e
    trouble = worker_trouble(outcome, memory_mb, probe_seconds(pool))
    if trouble:
        pool.stop()
        raise trouble
    return pool


def run_crawl(urls: list[str], out: str, config: Config, *, reveal: bool, auth_env: str | None,
              verbose: bool, started: str | None = None, history: HistoryOptions | None = None,
              jobdir: str | None = None, extra_settings: dict | None = None, spider_cls=None) -> RunResult | None:
    """Crawl ``urls``, write the reports into ``out`` and return the run's result (None if the run was stopped
    before it could write one). ``started``: when the command started, the run's start time; ``history``:
    compare with and record into the history; ``jobdir``: make the crawl resumable (Scrapy's JOBDIR; see
    crawler.resume); ``extra_settings`` and ``spider_cls``: the components and spider of a crawl across
    machines (``crawler.distributed``). Raises ConfigError or OutputError, before fetching anything, when the
    workers or the output folder cannot do their job (a re-crawl that asks the server what changed starts the
    workers with the first changed document, and finds then that they cannot). A SIGINT or SIGTERM ends the
    run whenever it comes (see :class:`SignalLatch`); one before Scrapy could start raises RunInterrupted."""
    with signals_held() as latch:
        if latch.received:  # before Scrapy starts: nothing was checked, and nothing more is started
            raise RunInterrupted(latch.received)
        return _crawl(urls, out, config, reveal=reveal, auth_env=auth_env, verbose=verbose, started=started,
                      history=history, jobdir=jobdir, extra_settings=extra_settings, spider_cls=spider_cls,
                      latch=latch)


def _crawl(urls, out, config, *, reveal, auth_env, verbose, started, history, jobdir, extra_settings,
           spider_cls, latch: SignalLatch) -> RunResult | None:
    """:func:`run_crawl`, its signals held: the Interruption extension acts on them once the engine runs."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from .pipelines import report_unwritten, run_finished, run_refused
    from .resume import job_finished, make_job_dir
    from .settings import crawl_settings
    from .spiders.site import SiteSpider

    if jobdir:
        make_job_dir(jobdir)
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict({**crawl_settings(config), "PUBCHECK_OUT": out, "PUBCHECK_REVEAL": reveal,
                      "PUBCHECK_AUTH_ENV": auth_env or "", "PUBCHECK_STARTED": started or "",
                      "LOG_LEVEL": "INFO" if verbose else "WARNING",
                      **(history.settings() if history else {}), **({"JOBDIR": jobdir} if jobdir else {}),
                      **(extra_settings or {})},
                     priority="cmdline")
    process = CrawlerProcess(settings)
    logging.getLogger("scrapy.utils.signal").addFilter(history_errors_briefly)  # once: the same filter is kept once
    quiet_lost_servers()
    crawler = process.create_crawler(spider_cls or SiteSpider)
    results: list[RunResult] = []
    refusals: list[Exception] = []
    crawler.signals.connect(lambda result: results.append(result), signal=run_finished, weak=False)
    crawler.signals.connect(lambda error: refusals.append(error), signal=run_refused, weak=False)
    unwritten: list[Exception] = []
    crawler.signals.connect(lambda error: unwritten.append(error), signal=report_unwritten, weak=False)
    crawl = process.crawl(crawler, start_urls=urls)
    failures: list = []
    crawl.addErrback(failures.append)
    if failures:  # the components could not be built: nothing was fetched
        failures[0].raiseException()
    process.start(install_signal_handlers=False)  # the Interruption extension handles SIGINT and SIGTERM
    job_finished(jobdir)
    if refusals:  # the run could not start (the workers, perhaps stopped by the signal too): nothing was checked
        raise RunInterrupted(latch.received) if latch.received else refusals[0]
    if unwritten:  # the run was done, its reports could not be written
        raise unwritten[0]
    if failures and not results:
        failures[0].raiseException()
    return results[0] if results else None
