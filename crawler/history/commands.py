"""The history on the command line: ``--db``, ``--baseline``, ``--full`` and ``--resume`` for runs, and the
``accept``, ``review`` and ``summary`` commands.

Kept apart from ``crawler.cli`` so that the run commands only gain a few options and a few calls.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

from crawler.collect import KEY_ENV, fingerprint_key, fingerprint_key_path, now_iso
from crawler.review import ReviewError, accept, ignore_file_of, load_ignore_file, revoke

from .compare import today
from .session import HistoryOptions, key_id_of, rules_of, run_store
from .store import HistoryError, HistoryStore, default_path
from .summary import summary_lines
from .keys import HistoryKeys
from .targets import normal_target

EXIT_OK, EXIT_ERROR = 0, 2


class HistoryUsageError(Exception):
    """A history option that cannot work: an unknown baseline, a key inside the report folder ..."""


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="history database (default: [history] db in the config, else "
                        "$XDG_STATE_HOME/pubcheck/history.sqlite)")


def add_run_options(crawl: argparse.ArgumentParser) -> None:
    crawl.add_argument("--baseline", metavar="PRODUCTION_URL",
                       help="fail only on findings the latest recorded run of this target does not have (a staging "
                       "check before a deploy)")
    crawl.add_argument("--full", action="store_true",
                       help="fetch and scan everything again, ignoring what the history knows is unchanged")
    crawl.add_argument("--resume", action="store_true",
                       help="make the crawl resumable, and resume it if an earlier one of these URLs was interrupted")


def add_commands(commands) -> None:
    """The ``accept``, ``review`` and ``summary`` sub-commands."""
    accept_parser = commands.add_parser("accept", help="accept a finding (a false positive, or data published by "
                                        "law) so that it no longer fails a run")
    accept_parser.add_argument("fingerprint", metavar="FINGERPRINT",
                               help="the finding's fingerprint from findings.json (8 or more leading characters)")
    accept_parser.add_argument("--reason", help="why it is accepted (required unless --revoke)")
    accept_parser.add_argument("--by", help="who accepts it (required unless --revoke)")
    accept_parser.add_argument("--expires", metavar="DATE", help="the last day the acceptance holds (YYYY-MM-DD)")
    accept_parser.add_argument("--revoke", action="store_true", help="withdraw the finding's acceptance")
    review = commands.add_parser("review", help="list accepted findings: who, why, when, until when")
    review.add_argument("--all", action="store_true", help="include revoked and expired acceptances")
    summary = commands.add_parser("summary", help="a nightly summary to mail: counts and links, never values")
    summary.add_argument("targets", nargs="*", metavar="TARGET",
                         help="start URLs or scanned folders (default: every target's latest run)")
    for parser in (accept_parser, review, summary):
        parser.add_argument("--config", metavar="FILE", help="TOML configuration file (its [history] section)")
        add_db_option(parser)


def db_path(args, config) -> str:
    if getattr(args, "db", None):
        return str(Path(args.db).expanduser())
    if config.history["db"]:
        folder = Path(config.source).parent if config.source else Path.cwd()
        return str(folder / Path(config.history["db"]).expanduser())
    return str(default_path())


def options_for(args, config, *, out: str | None) -> HistoryOptions:
    """The history options of a ``crawl`` or ``scan``; checks them before any work starts."""
    _check_key_outside(config, out)
    key = fingerprint_key(config.report["fingerprint_key_file"])
    options = HistoryOptions(
        db=db_path(args, config), rules=rules_of(config),
        incremental=config.history["incremental"] and not getattr(args, "full", False) and not args.reveal,
        # raw: matched by its key (crawler.history.keys); shown and stored masked
        baseline=normal_target(args.baseline) if getattr(args, "baseline", None) else None,
        ignore_file=ignore_file_of(config, config.history["ignore_file"]),
        keep_document_runs=config.history["keep_document_runs"],
        recheck_after_days=config.history["recheck_after_days"],
        key_id=key_id_of(key), fingerprint_key=key)
    keys = options.keys()
    if options.ignore_file:
        load_ignore_file(options.ignore_file)  # a malformed ignore file stops the run here, not after the crawl
    targets = [normal_target(t) for t in getattr(args, "urls", None) or getattr(args, "paths", None) or []]
    if options.baseline and options.baseline in targets:
        # a CI variable for production that names staging by mistake: every finding would be "in production
        # already", and the gate green on whatever the site shows
        raise HistoryUsageError(f"--baseline {keys.target(options.baseline)} is one of this run's own targets: a run "
                                "cannot be its own baseline (name the production site, which the checked site is "
                                "compared with)")
    with run_store(options.db) as store:
        if options.baseline and not store.has_target(keys.target(options.baseline)):
            raise HistoryUsageError(f"--baseline {keys.target(options.baseline)}: no recorded run of that target in "
                                    f"{store.path} (crawl it first)")
        targets = [keys.target(t) for t in getattr(args, "urls", None) or getattr(args, "paths", None) or []]
        options.expected_urls = store.fetched_before(targets) if targets else 0
        if getattr(args, "urls", None):
            reported = reported_before(store, targets, keys)
            options.reported_urls = list(reported)
            options.reported_documents = [url for url, kind in reported.items() if kind not in (None, "page")]
        _warn_of_another_key(store, targets, options.key_id)
    return options


def reported_before(store: HistoryStore, targets: list, keys: HistoryKeys) -> dict[str, str | None]:
    """The URLs the latest complete run of each of ``targets`` reported findings on, with what each served then
    ("page", "document"...). A crawl asks for them again
    even when no page links them any more: a link taken out of a menu leaves the file published (and in search
    engines), and a run that never asked for it would call its findings resolved. A URL stored masked (it holds a
    value the run found) is never written raw, so it cannot be asked for: it is met again through links or not."""
    urls = {}
    for target in targets:
        previous = store.latest_run(target, complete=True)
        if previous is not None and previous["key_id"] == keys.key_id:
            urls.update((url, kind) for url, key, kind in store.reported_urls(previous["id"], target)
                        if url.startswith(("http://", "https://")) and key == keys.url(url))
    return urls


def _warn_of_another_key(store: HistoryStore, targets: list[str], key_id: str) -> None:
    """Say when the previous run of a target used another fingerprint key (a wrong CI secret, a lost key
    file): every fingerprint changes, so this run is not compared with it, and acceptances stop matching."""
    for target in targets:
        previous = store.latest_run(target)
        if previous is not None and previous["key_id"] and previous["key_id"] != key_id:
            print(f"pubcheck: warning: the fingerprint key is not the one the previous run of {target} used: this "
                  "run checks everything afresh and is not compared with earlier runs (nothing is called resolved, "
                  "every finding is new), and acceptances made under the old key no longer match. If the key is "
                  "wrong, set $PUBCHECK_FINGERPRINT_KEY (or the key file) back and run again.", file=sys.stderr)


def job_dir(options: HistoryOptions, targets: list[str]) -> str:
    """Where a resumable crawl of ``targets`` keeps Scrapy's JOBDIR and its own checkpoint: beside the
    history database, one folder per set of targets (named by their keys: no two sets share one, and the name
    tells nothing of them)."""
    keys = options.keys()
    key = hashlib.sha256("\n".join(sorted(keys.target(t).key for t in targets)).encode()).hexdigest()[:16]
    return str(Path(options.db).parent / "jobs" / key)


def _check_key_outside(config, out: str | None) -> None:
    """The fingerprint key must never sit in a report folder, which is copied, mailed and kept as a CI artifact."""
    if not out or os.environ.get(KEY_ENV):
        return
    key, folder = fingerprint_key_path(config.report["fingerprint_key_file"]).resolve(), Path(out).resolve()
    if folder in key.parents:
        raise HistoryUsageError(f"the fingerprint key {key} must not be inside the report folder {out}")


def run_command(args, config) -> int:
    """``accept``, ``review`` or ``summary``."""
    try:
        with HistoryStore(db_path(args, config)) as store:
            if args.command == "accept":
                return _accept(args, store)
            if args.command == "review":
                return _review(args, config, store)
            return _summary(args, store, HistoryKeys(fingerprint_key(config.report["fingerprint_key_file"])))
    except (ReviewError, HistoryError) as e:
        print(f"pubcheck: {e}", file=sys.stderr)
        return EXIT_ERROR


def _accept(args, store: HistoryStore) -> int:
    if args.revoke:
        fingerprint = revoke(store, args.fingerprint, at=now_iso(), by=args.by)
        print(f"pubcheck: acceptance of {fingerprint} revoked")
        return EXIT_OK
    if not args.reason or not args.by:
        raise ReviewError("pubcheck accept needs --reason and --by (or --revoke)")
    acceptance = accept(store, args.fingerprint, reason=args.reason, by=args.by, at=now_iso(), expires=args.expires)
    until = f" until the end of {acceptance.expires}" if acceptance.expires else ""
    print(f"pubcheck: {acceptance.fingerprint} accepted by {acceptance.by}{until}: {acceptance.reason}")
    return EXIT_OK


def _review(args, config, store: HistoryStore) -> int:
    ignore_file = ignore_file_of(config, config.history["ignore_file"])
    acceptances = store.acceptances(include_revoked=args.all)
    acceptances += load_ignore_file(ignore_file) if ignore_file else []
    on = today()
    shown = 0
    for a in acceptances:
        state = "revoked" if a.revoked_at else "expired" if a.expired(on) else "active"
        if state != "active" and not args.all:
            continue
        known = store.fingerprints_with_prefix(a.fingerprint, limit=2)  # an ignore file may give a prefix
        finding = store.finding(known[0]) if len(known) == 1 else None
        print(f"{a.fingerprint}  [{state}]")
        if finding is not None:
            print(f"    finding:  {finding['category']} {finding['masked']} at {finding['url']}"
                  f" (last seen {finding['last_seen']})")
        print(f"    by:       {a.by}")
        print(f"    reason:   {a.reason}")
        print(f"    when:     {a.at or 'not given'}" + ("" if a.source == "database" else f" (in {a.source})"))
        print(f"    expires:  {a.expires or 'never'}")
        if a.revoked_at:
            print(f"    revoked:  {a.revoked_at}" + (f" by {a.revoked_by}" if a.revoked_by else ""))
        shown += 1
    if not shown:
        print("pubcheck: no acceptances" + ("" if args.all else " in force"))
    return EXIT_OK


def _summary(args, store: HistoryStore, keys: HistoryKeys) -> int:
    targets = [keys.target(t) for t in args.targets] or None
    runs = store.latest_runs(targets)
    if not runs:
        print("pubcheck: no recorded run" + (f" of {', '.join(targets)}" if targets else ""), file=sys.stderr)
        return EXIT_ERROR
    for line in summary_lines(store, runs):
        print(line)
    return EXIT_OK
