"""The ``pubcheck`` command: crawl a site, scan local files, or run the bundled demo.

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, configuration or
run error (a start URL could not be fetched, the crawl was interrupted) or an incomplete check (more
published documents left unchecked than --allow-unchecked). 2 wins over 1: an incomplete check must not
pass for a complete one.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from reports import write_reports

from . import __version__
from .config import Config, ConfigError
from .history import commands as history
from .history.session import RunHistory
from .history.store import HistoryError
from .review import ReviewError
from .run import EXIT_ERROR, exit_status, run_crawl
from .scope import strip_userinfo

AUTH_VAR = "PUBCHECK_AUTH"  # where --auth USER:PASS is handed to the crawler, so settings only name it


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pubcheck", description="Find confidential information (PCE-01) "
                                     "on a website or in files before and after publication.")
    parser.add_argument("--version", action="version", version=f"pubcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    def common(p, out_default=None, gate=True):
        p.add_argument("--out", required=out_default is None, default=out_default, metavar="DIR",
                       help="directory for report.html, findings.json and junit.xml")
        p.add_argument("--config", metavar="FILE", help="TOML configuration file (see README)")
        p.add_argument("--reveal", action="store_true",
                       help="write raw confidential values into the outputs (default: masked)")
        if gate:  # the demo's planted findings are its point: it exits 0 when it ran
            p.add_argument("--fail-on", choices=["high", "medium", "low", "never"], default="high",
                           help="exit 1 when a finding has this severity or higher (default: high)")
            p.add_argument("--allow-unchecked", type=int, default=0, metavar="N",
                           help="exit 2 only when more than N published documents could not be checked "
                           "(default 0: any unchecked document makes the run incomplete)")
        history.add_db_option(p)

    crawl = commands.add_parser("crawl", help="crawl one or more sites (production, staging) and scan them")
    crawl.add_argument("urls", nargs="+", metavar="URL", help="start URLs, e.g. the production and the staging site")
    common(crawl)
    verbose = {"action": "store_true", "help": "show Scrapy's log (settings, retries, stats)"}
    crawl.add_argument("-v", "--verbose", **verbose)
    crawl.add_argument("--max-pages", type=int, metavar="N", help="stop fetching after N pages and documents")
    auth = crawl.add_mutually_exclusive_group()
    auth.add_argument("--auth", metavar="USER:PASS", help="HTTP basic auth for the start URLs' hosts "
                      "(visible to other users in the process list: prefer --auth-env)")
    auth.add_argument("--auth-env", metavar="VAR", help="environment variable holding USER:PASS")
    history.add_run_options(crawl)

    scan = commands.add_parser("scan", help="scan local files and folders")
    scan.add_argument("paths", nargs="+", metavar="PATH", help="files and folders (read recursively)")
    common(scan)

    demo = commands.add_parser("demo", help="serve the bundled demo site on 127.0.0.1 and crawl it")
    common(demo, out_default="pubcheck-demo-report", gate=False)
    demo.add_argument("-v", "--verbose", **verbose)
    history.add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = Config.load(args.config)
        config.check_detectors()
    except ConfigError as e:
        print(f"pubcheck: {e}", file=sys.stderr)
        return EXIT_ERROR
    if args.command in ("accept", "review", "summary"):
        return history.run_command(args, config)
    try:  # the demo keeps no history unless asked to with --db
        options = history.options_for(args, config, out=args.out) if args.command != "demo" or args.db else None
    except (history.HistoryUsageError, HistoryError, ReviewError) as e:
        print(f"pubcheck: {e}", file=sys.stderr)
        return EXIT_ERROR
    if args.command == "crawl":
        if args.max_pages is not None:
            config.crawl["max_pages"] = args.max_pages
        auth_env = args.auth_env
        if args.auth:
            os.environ[AUTH_VAR] = args.auth
            auth_env = AUTH_VAR
        if auth_env and ":" not in os.environ.get(auth_env, ""):
            print(f"pubcheck: environment variable {auth_env} must hold USER:PASSWORD", file=sys.stderr)
            return EXIT_ERROR
        bad = [u for u in args.urls if not u.startswith(("http://", "https://"))]
        if bad:
            print(f"pubcheck: not an http(s) URL: {bad[0]}", file=sys.stderr)
            return EXIT_ERROR
        if any(strip_userinfo(u) != u for u in args.urls):
            print("pubcheck: a start URL contains credentials; pass them with --auth-env VAR instead, so that "
                  "they stay out of logs and reports", file=sys.stderr)
            return EXIT_ERROR
        if args.resume and args.reveal:
            print("pubcheck: --resume cannot be combined with --reveal: what an interrupted run found is kept "
                  "masked, so it could not be revealed", file=sys.stderr)
            return EXIT_ERROR
        result = run_crawl(args.urls, args.out, config, reveal=args.reveal, auth_env=auth_env, verbose=args.verbose,
                           history=options, jobdir=history.job_dir(options, args.urls) if args.resume else None)
    elif args.command == "scan":
        from .scan import scan_paths
        missing = [p for p in args.paths if not Path(p).exists()]
        if missing:
            print(f"pubcheck: no such file or folder: {missing[0]}", file=sys.stderr)
            return EXIT_ERROR
        result = scan_paths(args.paths, config, reveal=args.reveal)
        run_history = RunHistory(options, command="scan", reveal=args.reveal, report_dir=args.out)
        run_history.begin(result.run)
        run_history.finish(result)
        write_reports(result, args.out, reveal=args.reveal)
    else:
        from .demo import run_demo
        return run_demo(args.out, config, reveal=args.reveal, verbose=args.verbose, history=options)
    print(f"pubcheck: report written to {Path(args.out, 'report.html')}", file=sys.stderr)
    return exit_status(result, args.fail_on, args.allow_unchecked)


if __name__ == "__main__":
    logging.captureWarnings(True)
    sys.exit(main())
