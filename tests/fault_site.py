"""A web server on 127.0.0.1 that answers each path with a chosen fault, and the documents that make
extraction fail in known ways. Built in code, so no binary fixture is committed."""
from __future__ import annotations

import hashlib
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from ole_files import compound_file
from test_extract_pdf import raw_pdf

Route = Callable[[BaseHTTPRequestHandler], None]


def body(data: bytes | str, content_type: str = "text/html; charset=utf-8", *, etag: str | None = None,
         headers: dict | None = None, status: int = 200) -> Route:
    data = data.encode() if isinstance(data, str) else data

    def answer(handler):
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        if etag:
            handler.send_header("ETag", etag)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)
    return answer


def page(html: str, **kwargs) -> Route:
    return body(f"<!DOCTYPE html><html><head><meta charset=utf-8></head><body>{html}</body></html>", **kwargs)


def static(html: str) -> Route:
    """A page as Apache or nginx serves a file: with an ETag made from its bytes, as the same file has under
    any URL that leads to it."""
    data = f"<!DOCTYPE html><html><head><meta charset=utf-8></head><body>{html}</body></html>".encode()
    return body(data, etag='"' + hashlib.sha1(data).hexdigest()[:16] + '"')


def redirect(location: str, status: int = 302) -> Route:
    def answer(handler):
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return answer


def error(status: int) -> Route:
    return lambda handler: handler.send_error(status)


def delayed(seconds: float, then: Route) -> Route:
    def answer(handler):
        time.sleep(seconds)
        then(handler)
    return answer


def reset(handler):
    """Drop the connection with a TCP reset, as an overloaded server or a firewall does."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


def basic_auth_required(handler):
    handler.send_response(401)
    handler.send_header("WWW-Authenticate", 'Basic realm="staging"')
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def with_basic_auth(route: Route) -> Route:
    """``route`` behind HTTP basic auth: a request without an Authorization header is asked for one (401)."""
    def answer(handler):
        if not handler.headers.get("Authorization"):
            return basic_auth_required(handler)
        return route(handler)
    return answer


def too_large(megabytes: int, content_type: str = "application/pdf") -> Route:
    """Announces a body larger than the limit (the crawler refuses it from the headers) and sends a little."""
    def answer(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(megabytes * 1024 * 1024))
        handler.end_headers()
        try:
            handler.wfile.write(b"%PDF-1.4\n" + b"0" * 65536)
        except OSError:
            pass
        handler.close_connection = True
    return answer


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a crawler that hangs up on a slow answer, a connection this site reset itself: expected here


class FaultSite:
    """``with FaultSite({"/": page(...), ...}) as site``: serves the routes on 127.0.0.1; any other path is a
    404. ``site.served`` lists the paths requested, in order; ``site.wait_for(path)`` waits until one was."""

    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.served: list[str] = []
        self._served = threading.Condition()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                path = unquote(urlsplit(self.path).path)
                with site._served:
                    site.served.append(path)
                    site._served.notify_all()
                site.routes.get(path, error(404))(self)

            def log_message(self, *args):
                pass

        self.server = QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False  # a handler asleep in a delay must not hold the test up
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def wait_for(self, path: str, timeout: float = 60) -> bool:
        with self._served:
            return self._served.wait_for(lambda: path in self.served, timeout)

    def __enter__(self) -> "FaultSite":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def pdf(page_streams: list[tuple[bytes, bool]]) -> bytes:
    """A PDF whose pages have the given content streams ((bytes, compressed with zlib)), written by hand so
    that a 400-page document costs nothing to make; pages given the same stream share one object."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    content_ids: dict[int, int] = {}
    for content, compressed in page_streams:
        if id(content) not in content_ids:
            stream_filter = b" /Filter /FlateDecode" if compressed else b""
            objects.append(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(content), stream_filter, content))
            content_ids[id(content)] = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % content_ids[id(content)])
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return raw_pdf(*objects)


def budget_book(pages: int) -> bytes:
    """A long text PDF, like a city's budget book: a few milliseconds of work per page."""
    line = b"BT /F1 9 Tf 20 %d Td (Fund 101 Department 4410 line item 12,345.67 of the adopted budget) Tj ET\n"
    content = b"".join(line % (780 - 9 * i) for i in range(85))
    return pdf([(content, False)] * pages)


def text_pdf(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")
    return pdf([(zlib.compress(b"BT /F1 11 Tf 72 720 Td (%s) Tj ET" % escaped), True)])


# An OLE2 compound file of a kind pubcheck does not read (a Visio drawing): the public opens it, so it is a gap.
UNREAD_OLE2 = compound_file({"VisioDocument": b"\0" * 4096})
