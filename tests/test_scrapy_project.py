"""The checkout is a Scrapy project: ``scrapy crawl site -a start_urls=...`` gives the same outputs. Nothing in
it listens on the network: Scrapy's remote control and telnet console are off, and any extension a future
Scrapy turns on by default fails a test here until someone has looked at it."""
from __future__ import annotations

import ast
import configparser
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import scrapy
from scrapy.settings import Settings
from scrapy.utils.conf import build_component_list

from conftest import ROOT, check_contract
from crawler.demo.server import LocalSite
from fault_site import FaultSite, delayed, page

# Every extension a pubcheck crawl may run, and why it is safe: none opens a port or sends anything.
SAFE_EXTENSIONS = {
    "scrapy.extensions.corestats.CoreStats": "counts into the crawler's stats",
    "scrapy.extensions.logcount.LogCount": "counts log records",
    "scrapy.extensions.logstats.LogStats": "logs the crawl rate",
    "scrapy.extensions.memusage.MemoryUsage": "watches memory; mails only to MEMUSAGE_NOTIFY_MAIL, never set",
    "scrapy.extensions.memdebug.MemoryDebugger": "off unless MEMDEBUG_ENABLED",
    "scrapy.extensions.closespider.CloseSpider": "off unless a CLOSESPIDER_* limit is set",
    "scrapy.extensions.feedexport.FeedExporter": "off without FEEDS, never set; the pipeline passes no items on",
    "scrapy.extensions.spiderstate.SpiderState": "off without JOBDIR",
    "scrapy.extensions.throttle.AutoThrottle": "adapts the request delay",
    "crawler.throttle.RevalidationAutoThrottle": "AutoThrottle that counts a 304 as an answer",
    "crawler.extensions.DocumentGate": "refuses downloads by their headers",
    "crawler.extensions.ProgressLine": "prints the progress line",
    "crawler.extensions.Interruption": "handles SIGINT and SIGTERM",
    "crawler.extensions.MemoryTrim": "hands freed heap memory back to the system (glibc's malloc_trim)",
}


def project_settings() -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return settings


def test_scrapy_crawl_site_from_the_checkout(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text('<p>Speaker card SSN 512-34-6789</p><a href="b.html">b</a>')
    (root / "b.html").write_text("<p>Nothing here but Resolution No. 2020-123.</p>")
    out = tmp_path / "out"
    with LocalSite(root) as site:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"start_urls={site.url}index.html",
             "-s", f"PUBCHECK_OUT={out}", "-s", "LOG_LEVEL=WARNING"], cwd=ROOT, capture_output=True, text=True,
            env={**os.environ, "HOME": str(tmp_path), "PUBCHECK_FINGERPRINT_KEY": "k"}, timeout=300)
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "findings.json").read_text())
    assert [(f["category"], f["masked"]) for f in data["findings"]] == [("ssn", "***-**-6789")]
    assert {d["url"]: d["status"] for d in data["documents"]} == {site.url + "index.html": "scanned",
                                                                  site.url + "b.html": "scanned"}
    check_contract(out / "findings.json")


def test_every_enabled_extension_is_known_to_be_safe():
    """Fails when Scrapy enables a new extension by default (as 2.19 did its remote control): look at what it
    does, then allow it above or switch it off in crawler/settings.py."""
    enabled = build_component_list(project_settings().getwithbase("EXTENSIONS"))
    unknown = [path for path in enabled if path not in SAFE_EXTENSIONS]
    assert not unknown, f"Scrapy {scrapy.__version__} enables extensions nobody has reviewed: {unknown}"


def test_remote_control_and_telnet_are_off():
    settings = project_settings()
    assert not settings.getbool("REMOTE_CONTROL_ENABLED") and not settings.getbool("TELNETCONSOLE_ENABLED")
    extensions = settings.getwithbase("EXTENSIONS")
    assert extensions["scrapy.extensions.remote_control.RemoteControl"] is None
    assert extensions["scrapy.extensions.telnet.TelnetConsole"] is None
    assert {scheme for scheme, handler in settings.getwithbase("DOWNLOAD_HANDLERS").items() if handler} \
        <= {"http", "https"}


def test_scrapy_floor_is_the_version_these_tests_cover():
    """The floor in setup.cfg admits no Scrapy older than the first with the remote control these tests switch
    off and pin: an older one would run with settings no test has seen."""
    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg")
    floor = re.search(r"^\s*scrapy>=([\d.]+)", setup["options"]["install_requires"], re.M).group(1)
    assert tuple(map(int, floor.split("."))) >= (2, 19)
    assert tuple(map(int, scrapy.__version__.split(".")[:2])) >= tuple(map(int, floor.split(".")[:2]))


def listening_sockets(pid: int) -> set[str]:
    """Local addresses of the TCP sockets that process ``pid`` listens on."""
    inodes = {os.readlink(fd)[8:-1] for fd in Path(f"/proc/{pid}/fd").iterdir()
              if os.readlink(fd).startswith("socket:[")}
    listening = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                listening.add(fields[1])
    return listening


def test_a_running_crawl_listens_on_no_port(tmp_path):
    routes = {"/": page('<a href="/slow.html">slow</a>'), "/slow.html": delayed(5, page("<p>late</p>"))}
    home = tmp_path / "home"
    with FaultSite(routes) as site:
        proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out", tmp_path / "out",
                                 "-v"], cwd=ROOT, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "HOME": str(home), "PUBCHECK_FINGERPRINT_KEY": "k",
                                     "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(home / "state")})
        try:
            assert site.wait_for("/slow.html")
            assert listening_sockets(proc.pid) == set()
            _, stderr = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 0, stderr
    enabled = ast.literal_eval(re.search(r"Enabled extensions:\n(\[.*?\])", stderr, re.S).group(1))
    assert set(enabled) <= set(SAFE_EXTENSIONS) and "crawler.extensions.Interruption" in enabled
    assert "Remote control" not in stderr and "Telnet" not in stderr
    assert not [p for p in home.rglob("*") if "scrapy" in p.name.lower()]  # no remote-control job file


def test_an_error_in_a_spider_callback_is_a_crawl_error_not_a_silent_loss():
    from scrapy.http import HtmlResponse

    from crawler.items import CrawlErrorItem
    from crawler.middlewares import CallbackErrors

    response = HtmlResponse("http://127.0.0.1/page.html", body=b"<p>x</p>")
    items = CallbackErrors().process_spider_exception(response, KeyError("loc"))
    assert items == [CrawlErrorItem("http://127.0.0.1/page.html", "KeyError: 'loc'")]


def test_documents_are_requested_before_the_pages_found_with_them():
    """A page's documents jump the breadth-first queue: their analysis is the long part of a crawl."""
    from crawler.spiders.site import SiteSpider

    spider = SiteSpider(start_urls="https://www.example.gov/")
    spider.settings = Settings()
    spider.settings.setmodule("crawler.settings")
    requests = [r for r in spider.follow("https://www.example.gov/", ["/about.html", "/Budget%202025.pdf",
                                                                      "/exports/customers.csv", "/news/"],
                                         spider.parse) if isinstance(r, scrapy.Request)]
    assert {r.url.rsplit("/", 1)[-1] or r.url: r.priority for r in requests} == {
        "about.html": 0, "Budget%202025.pdf": 16, "customers.csv": 16, "https://www.example.gov/news/": 0}
    assert spider.settings.getint("DOCUMENT_PRIORITY") > spider.settings.getint("DEPTH_PRIORITY") * 10


def test_memory_trim_runs_on_glibc_and_is_switched_off_by_its_setting():
    """A long crawl hands freed memory back every few seconds where the C library can (glibc, as on the CI machine),
    and ``PUBCHECK_MEMORY_TRIM_SECONDS = 0`` switches it off."""
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.test import get_crawler

    from crawler.extensions import MemoryTrim, _malloc_trim

    trim = _malloc_trim()
    assert trim is not None and trim(0) in (0, 1)  # 1: memory was released, 0: none was free
    extension = MemoryTrim.from_crawler(get_crawler(settings_dict={"PUBCHECK_MEMORY_TRIM_SECONDS": 5.0}))
    assert extension.interval == 5.0 and not extension.loop.running
    with pytest.raises(NotConfigured):
        MemoryTrim.from_crawler(get_crawler(settings_dict={"PUBCHECK_MEMORY_TRIM_SECONDS": 0}))
