"""The ``pubcheck`` command: crawl a site, scan local files, or run the bundled demo.

Exit status (also in ``--help``): 0 nothing at or above --fail-on; 1 findings at or above it; 2 the check did
not happen as asked: a usage, configuration or output-folder error, a run error (a start URL not checked, the
run interrupted, an error inside pubcheck) or an incomplete check (more published documents left unchecked
than --allow-unchecked). 2 wins over 1: an incomplete check must not pass for a complete one.
"""
from __future__ import annotations

import argparse
import codecs
import logging
import os
import sys
import traceback
from dataclasses import replace
from pathlib import Path

from reports import ReportWriteError

from . import __version__
from .config import Config, ConfigError
from .history import commands as history
from .history.session import RunHistory
from .history.store import HistoryError
from .results import now_iso
from .review import ReviewError
from .run import (EXIT_ERROR, OutputError, RunInterrupted, exit_status, prepare_output, run_crawl, signals_held,
                  verdict)
from .scope import strip_userinfo

CRAWLS = ("crawl", "demo", "scan")  # the commands that hold SIGINT and SIGTERM from their start (run.SignalLatch)
AUTH_VAR = "PUBCHECK_AUTH"  # where --auth USER:PASS is handed to the crawler, so settings only name it
EXIT_CODES = """\
exit status:
  0  nothing found at or above --fail-on, and every published document was checked
  1  confidential information found at or above --fail-on
  2  the check did not happen as asked: a usage, configuration or output-folder error; a start URL that
     could not be checked (unreachable, 401, redirect loop, too large, not a document) or a scan path
     under which nothing was scanned; the run was interrupted (SIGINT, SIGTERM) or stopped at
     --max-minutes; or more published documents than --allow-unchecked (default 0) could not be
     checked (extraction timeout, memory limit, worker crash, too large, a format pubcheck cannot
     read, a 5xx or timeout after retries, a 403, a compressed body cut short, the page limit). Broken links
     (404, 405, 410) and password-protected files are listed in the report but do not make a run
     incomplete. 2 wins over 1.
"""


def _count(least: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"must be at least {least}, got {value}")
        return value
    return parse


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of minutes above 0, got {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pubcheck", description="Find confidential information (PCE-01) "
                                     "on a website or in files before and after publication.",
                                     epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"pubcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name, help_text, epilog=EXIT_CODES):
        return commands.add_parser(name, help=help_text, description=help_text, epilog=epilog,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)

    def common(p, out_default=None, gate=True):
        p.add_argument("--out", required=out_default is None, default=out_default, metavar="DIR",
                       help="directory for report.html, findings.json and junit.xml (checked for writing before "
                       "the run starts; the reports of a previous run in it are removed)")
        p.add_argument("--config", metavar="FILE", help="TOML configuration file (see README)")
        p.add_argument("--reveal", action="store_true",
                       help="write raw confidential values into the outputs (default: masked)")
        if gate:  # the demo's planted findings are its point: it exits 0 when it ran
            p.add_argument("--fail-on", choices=["high", "medium", "low", "never"], default="high",
                           help="exit 1 when a finding has this severity or higher (default: high)")
            p.add_argument("--allow-unchecked", type=_count(0), default=0, metavar="N",
                           help="exit 2 only when more than N published documents could not be checked "
                           "(default 0: any unchecked document makes the run incomplete)")
        history.add_db_option(p)

    crawl = command("crawl", "crawl one or more sites (production, staging) and scan them")
    crawl.add_argument("urls", nargs="+", metavar="URL", help="start URLs, e.g. the production and the staging site")
    common(crawl)
    verbose = {"action": "store_true", "help": "show Scrapy's log (settings, retries, stats)"}
    crawl.add_argument("-v", "--verbose", **verbose)
    crawl.add_argument("--max-pages", type=_count(1), metavar="N", help="stop fetching after N pages and documents")
    max_minutes = {"type": _minutes, "metavar": "M", "help": "end the run after M minutes with a report of what "
                   "was checked; the rest is listed as not checked (exit 2)"}
    crawl.add_argument("--max-minutes", **max_minutes)
    auth = crawl.add_mutually_exclusive_group()
    auth.add_argument("--auth", metavar="USER:PASS", help="HTTP basic auth for the start URLs' hosts "
                      "(visible to other users in the process list: prefer --auth-env)")
    auth.add_argument("--auth-env", metavar="VAR", help="environment variable holding USER:PASS")
    history.add_run_options(crawl)
    redis_help = {"metavar": "VAR", "help": "environment variable holding the Redis password"}
    crawl.add_argument("--redis", metavar="URL", help="crawl across machines: keep the frontier in this Redis "
                       "(redis://HOST:6379/0); other machines take part with `pubcheck join --redis URL`")
    crawl.add_argument("--redis-auth-env", **redis_help)

    join = command("join", "take part in a crawl across machines started with `pubcheck crawl ... --redis URL`",
                   epilog="exit status: 0 when the crawl finished, 2 when this node could not take part (Redis "
                   "unreachable, another fingerprint key or version) or the crawl did not finish")
    join.add_argument("--redis", required=True, metavar="URL", help="the Redis of the crawl (redis://HOST:6379/0)")
    join.add_argument("--redis-auth-env", **redis_help)
    join.add_argument("-v", "--verbose", **verbose)

    scan = command("scan", "scan local files and folders")
    scan.add_argument("paths", nargs="+", metavar="PATH", help="files and folders (read recursively)")
    common(scan)
    scan.add_argument("--max-minutes", **max_minutes)

    demo = command("demo", "serve the bundled demo site on 127.0.0.1 and crawl it",
                   epilog="exit status: 0 when the demo ran (its planted findings are its point), 2 otherwise")
    common(demo, out_default="pubcheck-demo-report", gate=False)
    demo.add_argument("-v", "--verbose", **verbose)
    history.add_commands(commands)
    return parser


def _printable_streams() -> None:
    """Under a locale whose encoding is not UTF-8 (``LC_ALL=C`` without Python's UTF-8 mode, an ISO-8859 locale),
    a name it cannot encode (``Peña``) is printed as ``Pe\\xf1a``, not a crash of ``summary`` or ``review``."""
    for stream in (sys.stdout, sys.stderr):
        if codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name != "utf-8" \
                and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    _printable_streams()
    args = build_parser().parse_args(argv)
    reveal = getattr(args, "reveal", False)
    if not reveal:  # no confidential value in a log line either (see crawler.log_redaction)
        from . import log_redaction
        log_redaction.install()
    try:
        if args.command not in CRAWLS:
            return _run(args)
        with signals_held():  # from the start: a crawl acts on a signal that came while it was starting
            return _run(args)
    except RunInterrupted as e:
        print(f"\npubcheck: interrupted by {e} before the crawl started: nothing was checked, no report written",
              file=sys.stderr)
    except (ConfigError, OutputError, ReportWriteError, history.HistoryUsageError, HistoryError, ReviewError) as e:
        print(f"pubcheck: {e}", file=sys.stderr)
    except KeyboardInterrupt:  # Ctrl-C in a command that holds no signals (history, review, summary)
        print("\npubcheck: interrupted; no report written", file=sys.stderr)
    except Exception:  # a bug must not exit 1, which a CI gate reads as "findings"
        trace = traceback.format_exc()
        if not reveal:  # an exception's message can quote what a server answered
            from reports.redact import log_text
            trace = log_text(trace)
        print(trace, file=sys.stderr, end="")
        print("pubcheck: internal error (a bug in pubcheck): the check did not complete", file=sys.stderr)
    return EXIT_ERROR


def _check_crawl_arguments(args) -> None:
    """Refuse a crawl's arguments that do not go together before anything else is opened (the history warns of
    a changed key; a usage error should come first)."""
    bad = [u for u in args.urls if not u.startswith(("http://", "https://"))]
    if bad:
        raise ConfigError(f"not an http(s) URL: {bad[0]}")
    if any(strip_userinfo(u) != u for u in args.urls):
        raise ConfigError("a start URL contains credentials; pass them with --auth-env VAR instead, so that "
                          "they stay out of logs and reports")
    if args.resume and args.reveal:
        raise ConfigError("--resume cannot be combined with --reveal: what an interrupted run found is kept "
                          "masked, so it could not be revealed")
    if args.redis_auth_env and not args.redis:
        raise ConfigError("--redis-auth-env is the password of the --redis server: give --redis URL too")
    if args.redis and args.resume:
        raise ConfigError("--resume is for a crawl on one machine; a crawl across machines keeps its frontier "
                          "in Redis")


def _run(args) -> int:
    started = now_iso()  # the run's time is the whole command's, Scrapy's and the workers' start included
    if args.command == "join":
        from .distributed.runner import run_join
        return run_join(args.redis, args.redis_auth_env, verbose=args.verbose)
    limits = {key: getattr(args, key, None) for key in ("max_pages", "max_minutes")}
    overrides = {"crawl": {key: value for key, value in limits.items() if value}}
    config = Config.load(args.config, overrides)
    config.check_detectors()
    if args.command in ("accept", "review", "summary"):
        return history.run_command(args, config)
    if args.command == "crawl":
        _check_crawl_arguments(args)
    # the demo keeps no history unless asked to with --db
    options = history.options_for(args, config, out=args.out) if args.command != "demo" or args.db else None
    if args.command == "crawl":
        auth_env = args.auth_env
        if args.auth:
            os.environ[AUTH_VAR] = args.auth
            auth_env = AUTH_VAR
        if auth_env and ":" not in os.environ.get(auth_env, ""):
            raise ConfigError(f"environment variable {auth_env} must hold USER:PASSWORD")
        with prepare_output(args.out):  # the folder stays locked until the run's reports are written
            if args.redis:
                from .distributed.runner import run_shared_crawl
                # the nodes keep no history: the starting process records and compares the run, without conditional
                # requests, which only it could answer
                shared = replace(options, incremental=False) if options else None
                result = run_shared_crawl(args.urls, args.out, config, reveal=args.reveal, auth_env=auth_env,
                                          verbose=args.verbose, started=started, redis_url=args.redis,
                                          redis_auth_env=args.redis_auth_env, history=shared)
            else:
                result = run_crawl(args.urls, args.out, config, reveal=args.reveal, auth_env=auth_env,
                                   verbose=args.verbose, started=started, history=options,
                                   jobdir=history.job_dir(options, args.urls) if args.resume else None)
    elif args.command == "scan":
        from reports import write_reports
        from reports.redact import shown_text

        from .scan import scan_paths
        from .url_text import shown_name
        missing = [p for p in args.paths if not os.path.lexists(p)]
        if missing:
            raise ConfigError(f"no such file or folder: {shown_name(missing[0])}")
        with prepare_output(args.out):  # the folder stays locked until the run's reports are written
            result = scan_paths(args.paths, config, reveal=args.reveal, started=started, out=args.out)
            run_history = RunHistory(options, command="scan", reveal=args.reveal, report_dir=args.out)
            run_history.begin(result.run)
            masking = shown_text(result.findings, reveal=False)  # one masking for the history and the reports
            run_history.finish(result, masking)
            try:
                write_reports(result, args.out, reveal=args.reveal, masking=masking)
            except ReportWriteError as e:
                run_history.reports_unwritten(e)
                raise
    else:
        from .demo import run_demo
        with prepare_output(args.out):  # the folder stays locked until the run's reports are written
            return run_demo(args.out, config, reveal=args.reveal, verbose=args.verbose, history=options,
                            started=started)
    if result is None:
        print("pubcheck: the run stopped before it could write a report", file=sys.stderr)
        return EXIT_ERROR
    state = f"{result.run.interrupted}; " if result.run.interrupted else ""
    print(f"pubcheck: {state}report written to {Path(args.out, 'report.html')}", file=sys.stderr)
    print(f"pubcheck: {verdict(result, args.fail_on, args.allow_unchecked)}", file=sys.stderr)
    return exit_status(result, args.fail_on, args.allow_unchecked)


if __name__ == "__main__":
    logging.captureWarnings(True)
    sys.exit(main())
