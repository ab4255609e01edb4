"""A generated city site of any number of pages, served on 127.0.0.1, for the scale benchmarks
(benchmarks/memory.py, benchmarks/throughput.py), and the helpers that measure a crawl of it.

Each page is made from its number when it is asked for, so a 100,000-page site costs no disk and starts at
once. A page looks like a CivicPlus city page (``/1234/Street-Sweeping``): a header with 40 navigation links,
a breadcrumb, six paragraphs of council prose, eight related links to pages anywhere on the site, previous
and next links (a chain through every page), a footer and a stylesheet link; about 12 kB of HTML and no
confidential information. The server is the standard library's threaded HTTP/1.0 server, like
``python3 -m http.server``, in its own process; it counts the pages it served.
"""
from __future__ import annotations

import multiprocessing
import os
import random
import re
import resource
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from process_tree import adopt_orphans, children, reap_adopted

TITLES = ("Street-Sweeping", "Water-Conservation-Rebates", "City-Council-Agendas", "Planning-Commission",
          "Business-License", "Community-Choice-Energy-Rates", "Park-Facility-Rentals", "Building-Permits",
          "Press-Releases", "Budget-and-Finance", "Public-Works", "Library-Programs", "Staff-Reports",
          "Recycling-and-Trash", "Housing-Programs", "Capital-Improvement-Projects")
WORDS = ("council water budget park library permit street hearing resolution program energy residents approve "
         "contract service community public safety planning housing grant report maintenance schedule review "
         "commission department annual project funding meeting agenda item district facility").split()
NAV = 40  # navigation links on every page: to pages 1 to 40
RELATED = 8
FIRST_ID = 1000  # page n is /<1000 + n>/<Title>; page 0 is the home page, /
_PATH = re.compile(r"^/(\d+)/([A-Za-z-]+)$")


def page_path(n: int) -> str:
    return "/" if n == 0 else f"/{FIRST_ID + n}/{TITLES[n % len(TITLES)]}"


def page_number(path: str, pages: int) -> int | None:
    if path in ("/", "/index.html"):
        return 0
    match = _PATH.match(path)
    if not match:
        return None
    n = int(match.group(1)) - FIRST_ID
    return n if 0 < n < pages and match.group(2) == TITLES[n % len(TITLES)] else None


def page_html(n: int, pages: int, seed: int = 7) -> bytes:
    rng = random.Random(seed * 1_000_003 + n)

    def sentence(words: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."

    def link(target: int, text: str, attrs: str = "") -> str:
        return f'<a href="{page_path(target)}"{attrs}>{text}</a>'

    title = TITLES[n % len(TITLES)].replace("-", " ")
    nav = "".join(f"<li>{link(i, TITLES[i % len(TITLES)].replace('-', ' '))}</li>"
                  for i in range(1, min(NAV, pages - 1) + 1))
    body = "".join(f"<p>{' '.join(sentence(rng.randrange(10, 22)) for _ in range(5))}</p>" for _ in range(6))
    related = "".join(f"<li>{link(rng.randrange(1, pages), 'Related: ' + sentence(4))}</li>"
                      for _ in range(RELATED)) if pages > 1 else ""
    pager = " ".join(part for part in (
        link(n - 1, "Previous", ' rel="prev"') if n > 0 else "",
        link(n + 1, "Next", ' rel="next"') if n + 1 < pages else "") if part)
    section = 1 + n % min(NAV, max(1, pages - 1))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | City of Mesa Linda'
            f'</title><link rel="stylesheet" href="/Assets/site.css"><script src="/Assets/site.js"></script>'
            f'</head><body><header><a href="/" class="logo">City of Mesa Linda</a><nav><ul>{nav}</ul></nav>'
            f'</header><main><nav class="breadcrumb"><a href="/">Home</a> &rsaquo; '
            f'{link(section, TITLES[section % len(TITLES)].replace("-", " "))}</nav><h1>{title} ({n})</h1>'
            f'{body}<aside><h2>Related pages</h2><ul>{related}</ul></aside><p class="pager">{pager}</p></main>'
            f'<footer><p>City of Mesa Linda, City Hall, Civic Center Plaza</p><p>{sentence(12)}</p></footer>'
            f'</body></html>').encode()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        n = page_number(self.path.split("?")[0], self.server.pages)
        if n is None:
            self.send_error(404)
            return
        body = page_html(n, self.server.pages)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        with self.server.served.get_lock():
            self.server.served.value += 1


def _serve(pages: int, served, ready) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.pages, server.served = pages, served
    ready.put(f"http://127.0.0.1:{server.server_address[1]}/")
    server.serve_forever()


class ScaleSite:
    """``with ScaleSite(100_000) as site:`` serves the site at ``site.url`` from another process;
    ``site.served`` is the number of pages it has answered with 200."""

    def __init__(self, pages: int):
        self.pages = pages
        self._served = multiprocessing.Value("q", 0)
        ready = multiprocessing.Queue()
        self._process = multiprocessing.Process(target=_serve, args=(pages, self._served, ready), daemon=True)
        self._process.start()
        self.url = ready.get(timeout=30)

    @property
    def served(self) -> int:
        return self._served.value

    def reset(self) -> None:
        with self._served.get_lock():
            self._served.value = 0

    def __enter__(self) -> "ScaleSite":
        return self

    def __exit__(self, *exc):
        self._process.terminate()
        self._process.join()


def proc_status_kb(pid: int, field: str) -> int:
    """A ``/proc/PID/status`` figure in kB (VmRSS: resident now, VmHWM: peak resident), 0 when gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def children_cpu() -> float:
    """CPU seconds (user and system) of the child processes waited for so far, and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Timer:
    """Wall-clock and CPU seconds (of the command and every process it started) between ``start`` and ``stop``."""

    def __enter__(self) -> "Timer":
        adopt_orphans()
        self.kept = set(children(os.getpid()))
        self.wall, self.cpu = time.perf_counter(), children_cpu()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        reap_adopted(self.kept)  # the command's fork server and its workers: their CPU is the command's
        self.cpu = children_cpu() - self.cpu
