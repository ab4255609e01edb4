"""A crawl across machines against a crawl on one machine, measured in the same run.

    python benchmarks/crawl_across_machines.py [--pages 400] [--latency 0.2] [--joins 2]

Serves a generated city site on 127.0.0.1 whose every answer takes ``--latency`` seconds (as a city's server
far away does), starts a ``redis-server`` on 127.0.0.1, then times
1. ``pubcheck crawl`` on one machine, and
2. ``pubcheck crawl --redis`` with ``--joins`` joins (separate processes on this machine),
and prints both, their ratio, the share of requests the joins handled, and whether every URL was fetched once.
The nodes share this machine's CPUs, so the figure is that of a crawl bound by the site's answers (N nodes keep
N times the requests in flight); machines of their own add their CPUs to extraction as well.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONFIG = "[crawl]\nconcurrency = 4\nautothrottle = false\nworkers = 1\nmax_pages = 100000\n"
WORDS = ("council water budget park library permit street hearing resolution program energy residents "
         "approve contract service community public safety planning housing grant report").split()


def build_site(root: Path, pages: int, seed: int = 11) -> None:
    from crawler.demo.site import write_pdf

    rng = random.Random(seed)
    nav = " ".join(f'<a href="/page{i}.html">Section {i}</a>' for i in range(12))
    for i in range(pages):
        links = " ".join(f'<a href="/page{rng.randrange(pages)}.html">Related</a>' for _ in range(6))
        document = f'<a href="/docs/doc{i // 10}.pdf">Agenda packet</a>' if i % 10 == 0 else ""
        text = " ".join(rng.choice(WORDS) for _ in range(300))
        planted = "<p>Applicant SSN 512-34-6789</p>" if i % 50 == 0 else ""
        (root / f"page{i}.html").write_text(
            f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Page {i}</title></head><body><nav>{nav}</nav>"
            f"<main><h1>Page {i}</h1><p>{text}</p>{planted}<p>{links} {document}</p></main></body></html>")
    (root / "docs").mkdir()
    for i in range(pages // 10 + 1):
        write_pdf(root / "docs" / f"doc{i}.pdf", [" ".join(rng.choice(WORDS) for _ in range(200))] * 3)
    (root / "index.html").write_text("<html><body>" + nav + "</body></html>")


class SlowSite:
    """Serves ``root`` on 127.0.0.1, each answer after ``latency`` seconds; counts the paths requested."""

    def __init__(self, root: Path, latency: float):
        self.requests: Counter = Counter()
        site = self

        class Handler(SimpleHTTPRequestHandler):
            def do_GET(self):
                site.requests[self.path] += 1
                time.sleep(latency)
                super().do_GET()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def pubcheck(args, env, home: Path) -> subprocess.Popen:
    """A pubcheck process with a history of its own: the second crawl must not read the first's (its findings
    would be "recurring", not "new")."""
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", *map(str, args)], cwd=ROOT,
                            env={**env, "HOME": str(home)}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)


HISTORY_KEYS = ("status", "first_seen", "last_seen")  # when the run started, not what it found


def findings(out: Path) -> list[str]:
    return sorted(json.dumps({k: v for k, v in f.items() if k not in HISTORY_KEYS}, sort_keys=True)
                  for f in json.loads((out / "findings.json").read_text())["findings"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--joins", type=int, default=2)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pubcheck-bench-") as folder:
        tmp = Path(folder)
        (tmp / "site").mkdir()
        build_site(tmp / "site", options.pages)
        (tmp / "pubcheck.toml").write_text(CONFIG)
        site = SlowSite(tmp / "site", options.latency)
        port = free_port()
        redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                  "--appendonly", "no", "--dir", folder], stdout=subprocess.DEVNULL)
        env = {**os.environ, "PUBCHECK_FINGERPRINT_KEY": "benchmark", "HOME": folder, "PYTHONPATH": str(ROOT)}
        redis_url = f"redis://127.0.0.1:{port}/0"
        try:
            time.sleep(0.5)
            crawl = ["crawl", site.url, "--config", tmp / "pubcheck.toml", "--fail-on", "never"]
            clock = time.monotonic()
            pubcheck([*crawl, "--out", tmp / "one"], env, tmp / "home-one").communicate()
            one = time.monotonic() - clock
            fetched_once = dict(site.requests)
            site.requests.clear()
            clock = time.monotonic()
            starting = pubcheck([*crawl, "--out", tmp / "shared", "--redis", redis_url], env, tmp / "home-shared")
            joins = [pubcheck(["join", "--redis", redis_url], env, tmp / f"home-join{i}") for i in range(options.joins)]
            starting.communicate()
            shared = time.monotonic() - clock
            handled = [int(join.communicate()[1].rsplit("this node handled ", 1)[1].split()[0]) for join in joins]
        finally:
            redis.terminate()
            site.server.shutdown()
        urls = len(json.loads((tmp / "one" / "findings.json").read_text())["documents"])
        same = findings(tmp / "one") == findings(tmp / "shared")
    print(f"site: {options.pages} pages and {options.pages // 10 + 1} PDFs, {options.latency:g} s per answer; "
          f"{urls} URLs in the report")
    print(f"one machine:                    {one:6.1f} s")
    print(f"starting process + {options.joins} join(s):  {shared:6.1f} s   ratio {shared / one:.2f}")
    print(f"requests the joins handled:     {', '.join(map(str, handled))} of {sum(site.requests.values())}")
    print(f"every URL fetched once:         one machine {set(fetched_once.values()) == {1}}, across machines "
          f"{set(site.requests.values()) == {1}}; same findings: {same}")


if __name__ == "__main__":
    main()
