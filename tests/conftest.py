"""Shared fixtures: real local sites on 127.0.0.1 and a runner for the ``pubcheck`` command."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jsonschema
import pytest
from pattern_cache import ENV_VAR, PatternCache, default_path

ROOT = Path(__file__).resolve().parents[1]
CONTRACT_CHECKER = ROOT.parent / "shared" / "tools" / "check_contract.py"
FINDINGS_SCHEMA = json.loads((ROOT / "reports" / "findings.schema.json").read_text())

# What makes a test file slow: each start of the pubcheck CLI or of a pool of extraction workers costs seconds of
# CPU (the main process and every extraction worker import the detectors and compile their patterns) besides its
# work; a page read by Tesseract costs a second or more. Counted in a file's source, they order the files for the
# xdist workers (see pytest_collection_modifyitems).
_PROCESS_STARTS = re.compile(r"run_pubcheck\(|\"crawler\.cli\"|Popen\(|subprocess\.run\(|crawl_site\(|FaultSite\(|"
                             r"serve_locally\(|RedisServer\(|WorkerPool\(|chromium")
_OCR_WORK = re.compile(r"tesser|\bocr\b|ImageDraw|\.scan_image|scanned_page", re.IGNORECASE)
_PATTERN_CACHE = pytest.StashKey[PatternCache]()


def _file_cost(path: Path) -> int:
    source = path.read_text(encoding="utf-8")
    return 10 * len(_PROCESS_STARTS.findall(source)) + len(_OCR_WORK.findall(source))


def pytest_configure(config):
    # the detectors' compiled patterns from the suite's file (tests/pattern_cache.py), in this process and, through
    # the variable and the checkout's sitecustomize.py, in every pubcheck process and fork server a test starts
    patterns = PatternCache(Path(os.environ.setdefault(ENV_VAR, str(default_path()))))
    patterns.install()
    config.stash[_PATTERN_CACHE] = patterns
    # ``--dist loadfile`` hands the files out in the collection's order (below) rather than its own, most tests first:
    # that one put the files that start the CLI, few tests each but minutes of work, at the very end, where one worker
    # ran the last of them while the other had nothing left to do
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(session, config, items):
    """Files that start processes or read scans first, then the rest, most tests first, so that the run ends with many
    short files the workers share out evenly. The tests of a file keep their order; only the files' order changes."""
    costs: dict[Path, tuple[int, int]] = {}
    for item in items:
        path = Path(str(item.path))
        cost, count = costs.get(path, (None, 0))
        costs[path] = (_file_cost(path) if cost is None else cost, count + 1)
    rank = {path: place for place, path in enumerate(sorted(costs, key=lambda p: (-costs[p][0], -costs[p][1])))}
    items.sort(key=lambda item: rank[Path(str(item.path))])  # a stable sort: a file's tests stay in their order


def pytest_collection_finish(session):
    """Collection imported the detectors: their patterns are in the file before the first test starts a process."""
    session.config.stash[_PATTERN_CACHE].save()


@pytest.fixture
def run_pubcheck(tmp_path):
    """Run the pubcheck CLI of this checkout in a subprocess (Scrapy's reactor runs once per process)."""
    def run(*args, env=None, timeout=300):
        full_env = {**os.environ, "HOME": str(tmp_path / "home"), "PUBCHECK_FINGERPRINT_KEY": "test-key",
                    "PYTHONPATH": str(ROOT), **(env or {})}
        return subprocess.run([sys.executable, "-m", "crawler.cli", *map(str, args)], cwd=ROOT, env=full_env,
                              capture_output=True, text=True, timeout=timeout)
    return run


def check_contract(findings_json: Path, revealed: bool = False) -> dict:
    """Validate a findings.json against reports/findings.schema.json (and, where the shared folder is beside
    this checkout, against ../shared/tools/check_contract.py too); return its data."""
    data = json.loads(Path(findings_json).read_text(encoding="utf-8"))
    jsonschema.validate(data, FINDINGS_SCHEMA, cls=jsonschema.Draft202012Validator)
    assert data["run"]["reveal"] is revealed
    if CONTRACT_CHECKER.exists():
        args = [sys.executable, str(CONTRACT_CHECKER), str(findings_json)] + (["--revealed"] if revealed else [])
        result = subprocess.run(args, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    return data


def serve_locally(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, str]:
    """A server of ``handler`` on 127.0.0.1 at a free port, answering from a thread: (server, its URL).
    Stop it with ``server.shutdown()`` and ``server.server_close()``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class RecordingSite:
    """Another site on 127.0.0.1 (another port is another host) that answers every request with a small
    page and records (path, Authorization header) of each: what must never be fetched, or never be sent."""

    def __init__(self):
        requests = self.requests = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                requests.append((self.path, self.headers.get("Authorization")))
                body = b"<p>Another site.</p>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server, self.url = serve_locally(Handler)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
