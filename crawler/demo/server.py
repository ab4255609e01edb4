"""A small web server on 127.0.0.1 that behaves like a real city site: static pages and documents, a
password-protected staging area, redirects, server errors, slow answers and an endless event calendar.

The demo and the tests crawl it; it binds to loopback only and to a free port.
"""
from __future__ import annotations

import base64
import mimetypes
import threading
import time
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit


@dataclass
class SiteBehaviour:
    protected_prefix: str | None = None  # paths under it need HTTP basic auth
    credentials: str = ""  # USER:PASS for the protected area
    redirects: dict[str, str] = field(default_factory=dict)  # path -> location (302)
    statuses: dict[str, int] = field(default_factory=dict)  # path -> error status to answer
    delays: dict[str, float] = field(default_factory=dict)  # path -> seconds before answering
    calendar_path: str | None = "/calendar"  # endless month-by-month pages: a crawl trap


class _Handler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real web servers do (every answer below has a length)

    def log_message(self, format, *args):  # quiet: tests and the demo print their own summary
        pass

    def do_GET(self):
        parts = urlsplit(self.path)
        path, behaviour = parts.path, self.server.behaviour
        if path in behaviour.delays:
            time.sleep(behaviour.delays[path])
        if behaviour.protected_prefix and path.startswith(behaviour.protected_prefix):
            expected = "Basic " + base64.b64encode(behaviour.credentials.encode()).decode()
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="staging"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        if path in behaviour.redirects:
            self.send_response(302)
            self.send_header("Location", behaviour.redirects[path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path in behaviour.statuses:
            self.send_error(behaviour.statuses[path])
            return
        if path == behaviour.calendar_path:
            self._send(200, "text/html; charset=utf-8", self._calendar(parse_qs(parts.query)).encode())
            return
        super().do_GET()

    def _calendar(self, query) -> str:
        year, month = (int(x) for x in query.get("month", ["2026-01"])[0].split("-")[:2])
        prev_year, prev_month = (year, month - 1) if month > 1 else (year - 1, 12)
        next_year, next_month = (year, month + 1) if month < 12 else (year + 1, 1)
        return (f"<html><body><h1>Events {year}-{month:02d}</h1><p>No events scheduled.</p>"
                f'<a href="?month={prev_year}-{prev_month:02d}">previous</a> '
                f'<a href="?month={next_year}-{next_month:02d}">next</a></body></html>')

    def _send(self, status: int, content_type: str, body: bytes):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def guess_type(self, path):
        # pages declare their own charset (or none, like many old city pages)
        return mimetypes.guess_type(str(path))[0] or "application/octet-stream"


class LocalSite:
    """``with LocalSite(folder) as site: site.url`` serves ``folder`` until the block ends."""

    def __init__(self, root: str | Path, behaviour: SiteBehaviour | None = None):
        root = str(root)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), lambda *a, **kw: _Handler(*a, directory=root, **kw))
        self.server.behaviour = behaviour or SiteBehaviour()
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, name="local-site", daemon=True)

    @property
    def behaviour(self) -> SiteBehaviour:
        return self.server.behaviour

    @behaviour.setter
    def behaviour(self, behaviour: SiteBehaviour) -> None:
        """Set once the site's URL is known (sitemaps name it), before the first request."""
        self.server.behaviour = behaviour

    def __enter__(self) -> "LocalSite":
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
