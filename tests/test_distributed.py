"""A crawl across machines on a real Redis: a starting process and joins on one frontier.

A real ``redis-server`` is started on 127.0.0.1 on a free port and stopped after; a city site with slow pages is
served on 127.0.0.1 and logs every request. The crawl across machines must fetch every URL once, and report
what a crawl on one machine reports, also when a join is killed mid-crawl. Skipped only where redis-server is
not installed (``.ci/run`` installs it).
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, check_contract
from crawler.demo.site import LETTER
from fault_site import FaultSite, body, delayed, error, page, redirect

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")

STAGING_AUTH = "webmaster:Staging-Only-4417"
REDIS_PASSWORD = "redis-Test-Pass-0932"
KEY = "distributed-test-key"
SLOW = 0.5  # seconds each page takes: long enough for every node to take a share
GATE_SECONDS = 120  # the longest a closed gate holds a page (see CitySite.gate)
CONFIG = """
[crawl]
concurrency = 2
autothrottle = false
workers = 1
timeout = 20
retries = 1
"""
PLANTED = ["512-34-6789", "2-23-456-7890", "3-012-3456-78", "4-561-2378-90", STAGING_AUTH.split(":")[1]]


class RedisServer:
    """``redis-server`` on 127.0.0.1 on a free port, without persistence, stopped by :meth:`stop`."""

    def __init__(self, tmp: Path, password: str | None = None):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        args = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--dir", str(tmp)]
        if password:
            args += ["--requirepass", password]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"redis://127.0.0.1:{self.port}/0"
        import redis
        self.client = redis.Redis(host="127.0.0.1", port=self.port, password=password)
        deadline = time.monotonic() + 10
        while True:
            try:
                self.client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"), password=REDIS_PASSWORD)
    yield server
    server.stop()


def _staging(then):
    """Answers like a staging site behind HTTP basic auth."""
    expected = "Basic " + base64.b64encode(STAGING_AUTH.encode()).decode()

    def answer(handler):
        if handler.headers.get("Authorization") != expected:
            handler.send_response(401)
            handler.send_header("WWW-Authenticate", 'Basic realm="staging"')
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        then(handler)
    return answer


def city_site(base: str) -> dict:
    """A small city site: a home page, three sections of slow pages that link to each other, documents, a
    password-protected staging area, a redirect, a broken link and a sitemap naming a page no page links to.
    Customer data is planted on a few pages and documents; a department phone in every page's footer is the
    site's own."""
    footer = '<footer>City of Testville, 100 Civic Center Plaza. Call (909) 555-0100.</footer>'
    sections = {"residents": 12, "business": 12, "government": 12}
    routes = {}

    def slow(html):
        return delayed(SLOW, page(html + footer))

    nav = " ".join(f'<a href="/{name}/index.html">{name.title()}</a>' for name in sections)
    routes["/"] = slow(f"<h1>City of Testville</h1>{nav} <a href=\"/moved\">Moved</a> "
                       '<a href="/old-page.html">Old page</a> <a href="/docs/minutes.pdf">Minutes</a>')
    for name, count in sections.items():
        links = " ".join(f'<a href="/{name}/page{i}.html">{name} {i}</a>' for i in range(count))
        routes[f"/{name}/index.html"] = slow(f"<h1>{name.title()}</h1>{nav} {links}")
        for i in range(count):
            neighbours = f'<a href="/{name}/page{(i + 1) % count}.html">next</a> <a href="/{name}/index.html">up</a>'
            routes[f"/{name}/page{i}.html"] = slow(f"<h2>{name} page {i}</h2><p>Street sweeping on Tuesdays; the "
                                                   f"council meets on the second Monday.</p>{neighbours}")
    routes["/residents/page3.html"] = slow(
        '<h2>Water shutoff notices</h2><table><tr><th>Customer</th><th>Account No.</th><th>Service Address</th></tr>'
        "<tr><td>Maria Lopez</td><td>2-23-456-7890</td><td>1450 W Holt Ave</td></tr>"
        "<tr><td>Dale Whitcomb</td><td>4-561-2378-90</td><td>220 E Arrow Hwy</td></tr></table>"
        '<a href="/docs/shutoff-list.csv">Download</a> <a href="/residents/index.html">up</a>')
    routes["/government/page5.html"] = slow('<h2>Speaker cards</h2><p>Applicant SSN: 512-34-6789</p>'
                                            '<a href="/docs/late-notice.pdf">Letter</a>')
    routes["/docs/shutoff-list.csv"] = delayed(SLOW, body(
        "Customer Name,Account Number,Service Address,Usage kWh\nMaria Lopez,2-23-456-7890,1450 W Holt Ave,812\n"
        "Dale Whitcomb,4-561-2378-90,220 E Arrow Hwy,1240\n", "text/csv"))
    routes["/docs/minutes.pdf"] = delayed(SLOW, body(_pdf(["Minutes of the regular meeting. Nothing here."]),
                                                     "application/pdf"))
    routes["/docs/late-notice.pdf"] = delayed(SLOW, body(_pdf(LETTER), "application/pdf"))
    routes["/moved"] = redirect("/moved-here.html")
    routes["/moved-here.html"] = slow("<p>This page moved here.</p>")
    routes["/old-page.html"] = error(404)
    routes["/orphan.html"] = slow("<p>Only the sitemap names this page.</p>")
    routes["/sitemap.xml"] = body(f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                  f"<url><loc>{base}orphan.html</loc></url></urlset>", "application/xml")
    routes["/staging/"] = _staging(slow('<h1>Staging</h1><a href="/staging/draft.html">Draft</a>'))
    routes["/staging/draft.html"] = _staging(slow("<p>Draft bill insert. Service Account: 3-012-3456-78</p>"))
    return routes


def _pdf(pages: list[str]) -> bytes:
    import tempfile

    from crawler.demo.site import write_pdf
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        write_pdf(path, pages)
        return path.read_bytes()


class CitySite(FaultSite):
    def __init__(self):
        super().__init__({})
        # open: every page answers; a test that needs the crawl to wait for its joins closes it, and every page but
        # the home page then waits (at most GATE_SECONDS), however fast this machine crawls or slow it starts a join
        self.gate = threading.Event()
        self.gate.set()
        self.routes = {path: route if path == "/" else self._behind_gate(route)
                       for path, route in city_site(self.url).items()}

    def _behind_gate(self, route):
        def answer(handler):
            self.gate.wait(GATE_SECONDS)
            route(handler)
        return answer

    def fetches(self) -> Counter:
        return Counter(self.served)

    def published(self) -> set[str]:
        """Every path the crawl must reach (probes and the broken link included)."""
        return set(self.routes) | {"/robots.txt"}


def environment(tmp: Path, key: str = KEY) -> dict:
    return {**os.environ, "HOME": str(tmp / "home"), "PUBCHECK_FINGERPRINT_KEY": key, "PYTHONPATH": str(ROOT),
            "STAGING_AUTH": STAGING_AUTH, "REDIS_PASSWORD": REDIS_PASSWORD}


def start(args, tmp: Path, key: str = KEY) -> subprocess.Popen:
    """A pubcheck command in its own process group (so that its extraction workers can be killed with it)."""
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", *map(str, args)], cwd=ROOT, env=environment(tmp, key),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def finish(process: subprocess.Popen, timeout: float = 240) -> tuple[int, str]:
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate()
        pytest.fail(f"pubcheck did not finish in {timeout} s:\n{stderr}")
    return process.returncode, stderr


def shared(redis_server) -> list[str]:
    return ["--redis", redis_server.url, "--redis-auth-env", "REDIS_PASSWORD"]


def crawl_args(site: CitySite, out: Path, config: Path, *extra) -> list:
    return ["crawl", site.url, site.url + "staging/", "--out", out, "--config", config, "--auth-env", "STAGING_AUTH",
            *extra]


def report(out: Path) -> tuple[list, dict]:
    """The findings and documents of a report, as equal runs must have them: referrers as a set where the
    report lists them all (which five of more it lists depends on the order pages were fetched in)."""
    data = check_contract(out / "findings.json")
    findings = sorted(json.dumps({k: f[k] for k in ("url", "category", "severity", "masked", "location", "fingerprint",
                                                    "rule")}, sort_keys=True) for f in data["findings"])
    documents = {}
    for d in data["documents"]:
        shown = {k: v for k, v in d.items() if k != "referrers"}
        if d["referrer_count"] <= len(d["referrers"]):
            shown["referrers"] = sorted(d["referrers"])
        documents[d["url"]] = shown
    return findings, documents


@pytest.fixture(scope="module")
def site():
    """The city site, served for the whole module: every crawl of it has the same URLs (and fingerprints)."""
    with CitySite() as served:
        yield served


def fetched_during(site: CitySite, run):
    """Run ``run()`` and return its result and the paths the site served meanwhile, with their counts."""
    site.served.clear()
    result = run()
    return result, site.fetches()


@pytest.fixture(scope="module")
def one_machine(tmp_path_factory, site):
    """A crawl of the site on one machine: what a crawl across machines must report."""
    tmp = tmp_path_factory.mktemp("one-machine")
    (tmp / "pubcheck.toml").write_text(CONFIG)
    (code, stderr), fetches = fetched_during(site, lambda: finish(start(crawl_args(site, tmp / "out",
                                                                                   tmp / "pubcheck.toml"), tmp)))
    assert code == 1, stderr
    return {"code": code, "report": report(tmp / "out"), "fetches": fetches}


def in_flight(redis_server, pid: int) -> int:
    """How many requests the join with process id ``pid`` holds."""
    client = redis_server.client
    return sum(client.zcard(key) for key in client.scan_iter(f"pubcheck:*:in-flight:*:{pid}:*"))


def redis_contents(client) -> bytes:
    """Every key and value in Redis, as one byte string."""
    parts = []
    for key in client.scan_iter("*"):
        kind = client.type(key)
        parts.append(key)
        if kind == b"string":
            parts.append(client.get(key) or b"")
        elif kind == b"hash":
            parts += [b for pair in client.hgetall(key).items() for b in pair]
        elif kind == b"set":
            parts += list(client.smembers(key))
        elif kind == b"zset":
            parts += list(client.zrange(key, 0, -1))
        elif kind == b"list":
            parts += client.lrange(key, 0, -1)
    return b"\n".join(parts)


def test_a_crawl_across_machines_fetches_each_url_once_and_reports_as_one_machine(tmp_path, redis_server, site,
                                                                                  one_machine):
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    # every URL fetched once on one machine too (the staging pages with credentials, at the first attempt)
    assert set(one_machine["fetches"]) == site.published() and set(one_machine["fetches"].values()) == {1}

    def crawl_with_two_joins():
        joins = [start(["join", *shared(redis_server)], tmp_path) for _ in range(2)]  # joins wait for a crawl
        stranger = start(["join", *shared(redis_server)], tmp_path, key="another-key")
        time.sleep(1)
        starting = start(crawl_args(site, tmp_path / "out", tmp_path / "pubcheck.toml", *shared(redis_server)),
                         tmp_path)
        deadline = time.monotonic() + 60
        while redis_server.client.hget("pubcheck:crawl", "state") != b"running":
            assert time.monotonic() < deadline and starting.poll() is None, "the crawl did not start"
            time.sleep(0.02)
        # while it runs: a second crawl on the same Redis is refused, and so is a join with another key
        second = start(crawl_args(site, tmp_path / "second", tmp_path / "pubcheck.toml", *shared(redis_server)),
                       tmp_path)
        refused = [finish(second), finish(stranger)]
        assert site.wait_for("/residents/index.html")
        contents = redis_contents(redis_server.client)
        return finish(starting), [finish(join) for join in joins], refused, contents

    ((code, stderr), joins, refused, contents), fetches = fetched_during(site, crawl_with_two_joins)
    assert code == one_machine["code"], stderr
    assert refused[0][0] == 2 and "a crawl is already running on Redis" in refused[0][1], refused[0]
    assert refused[1][0] == 2 and "fingerprint key is not the one of the process that started the crawl" in \
        refused[1][1], refused[1]
    assert all(join_code == 0 for join_code, _ in joins), joins
    # every URL fetched once across the three processes, and each join fetched a share
    assert set(fetches) == site.published() and set(fetches.values()) == {1}, fetches
    for _, join_stderr in joins:
        handled = int(join_stderr.rsplit("this node handled ", 1)[1].split()[0])
        assert handled > 0, join_stderr
    assert report(tmp_path / "out") == one_machine["report"]
    # nothing crawled sits in Redis in clear: no value found, no URL of the site, no staging password
    assert contents, "Redis was empty while the crawl ran"
    for secret in [*PLANTED, "residents/page", base64.b64encode(STAGING_AUTH.encode()).decode()]:
        assert secret.encode() not in contents, secret
    # and the crawl's data is gone once it ended: only its record is left
    assert [key for key in redis_server.client.scan_iter("*")] == [b"pubcheck:crawl"]


def test_a_join_killed_mid_crawl_loses_nothing(tmp_path, redis_server, site, one_machine):
    """A new crawl on a Redis that holds a finished one; joins that come after the start; one is killed (SIGKILL,
    its workers with it) while it holds requests: they go back to the frontier and the run ends as if nothing
    happened."""
    # the pages wait behind the gate for longer than CONFIG's timeout: here they must wait, not fail
    (tmp_path / "pubcheck.toml").write_text(CONFIG.replace("timeout = 20", f"timeout = {GATE_SECONDS + 30}"))

    def crawl_and_kill_a_join():
        site.gate.clear()  # the pages wait till the join to be killed holds one: the crawl cannot end before it joins
        try:
            starting = start(crawl_args(site, tmp_path / "out", tmp_path / "pubcheck.toml", *shared(redis_server)),
                             tmp_path)
            assert site.wait_for("/")
            victim = start(["join", *shared(redis_server)], tmp_path)
            deadline = time.monotonic() + GATE_SECONDS
            while in_flight(redis_server, victim.pid) == 0:
                if victim.poll() is not None or time.monotonic() > deadline:
                    os.killpg(victim.pid, signal.SIGKILL)
                    pytest.fail(f"the join never took a request (exit {victim.poll()}):\n{victim.communicate()[1]}")
                time.sleep(0.02)
            survivor = start(["join", *shared(redis_server)], tmp_path)  # after: else it may take all the frontier
            os.killpg(victim.pid, signal.SIGKILL)
            victim.wait()
        finally:
            site.gate.set()
        return finish(starting), finish(survivor)

    ((code, stderr), (join_code, join_stderr)), fetches = fetched_during(site, crawl_and_kill_a_join)
    assert code == one_machine["code"], stderr
    assert join_code == 0, join_stderr
    assert "stopped answering; the" in stderr and "went back to the frontier" in stderr, stderr
    assert set(fetches) == site.published(), fetches  # what the killed join held was fetched again elsewhere
    assert report(tmp_path / "out") == one_machine["report"]


def test_the_starting_machines_time_limit_ends_a_crawl_across_machines(tmp_path, redis_server, site):
    """``--max-minutes`` on the starting machine ends the whole crawl, joins included, while pages still hang:
    exit 2, the report marked as stopped at its time limit and every page no machine reached listed as not
    checked (a slow site must not hold a shared nightly crawl for hours)."""
    (tmp_path / "pubcheck.toml").write_text(CONFIG.replace("timeout = 20", f"timeout = {GATE_SECONDS + 30}"))
    site.gate.clear()  # every page but the home page hangs: the limit, not the site, must end the crawl
    try:
        started = time.monotonic()
        starting = start(crawl_args(site, tmp_path / "out", tmp_path / "pubcheck.toml", *shared(redis_server),
                                    "--max-minutes", "0.1"), tmp_path)
        assert site.wait_for("/")
        join = start(["join", *shared(redis_server)], tmp_path)
        code, stderr = finish(starting, timeout=GATE_SECONDS)
        took = time.monotonic() - started
    finally:
        site.gate.set()
    join_code, join_stderr = finish(join, timeout=60)
    assert "Traceback" not in stderr + join_stderr, stderr + join_stderr
    assert code == 2, stderr
    assert "time limit (0.1 min) is reached" in stderr
    assert took < GATE_SECONDS  # ended by its limit, not by the hanging pages' release
    assert join_code in (0, 2), join_stderr
    data = check_contract(tmp_path / "out" / "findings.json")
    assert data["run"]["interrupted"] == "stopped at its time limit (0.1 min; see --max-minutes)"
    unreached = [d for d in data["documents"] if d["url"].endswith("/index.html") and d["status"] != "scanned"]
    assert unreached and all(d["not_checked"] for d in unreached), [(d["url"], d["status"]) for d in data["documents"]]


# -- the parts, on database 1 of the same server -------------------------------------------------------------------

def parts_url(redis_server) -> str:
    return redis_server.url.rsplit("/", 1)[0] + "/1"


@pytest.fixture
def shared_crawl(redis_server, monkeypatch):
    """A crawl opened in database 1, and a spider of it (as a node builds it), for the parts' tests."""
    from scrapy.utils.test import get_crawler

    from crawler.distributed.connection import connect
    from crawler.distributed.crawl import close_crawl, open_crawl
    from crawler.distributed.runner import shared_settings
    from crawler.spiders.site import SiteSpider

    monkeypatch.setenv("REDIS_PASSWORD", REDIS_PASSWORD)
    monkeypatch.setenv("PUBCHECK_FINGERPRINT_KEY", KEY)
    server = connect(parts_url(redis_server), "REDIS_PASSWORD")
    crawl = open_crawl(server, targets=["http://127.0.0.1:9/"], config={}, reveal=False, fingerprint_key=KEY.encode(),
                       credentials=None, shown_url="test")
    settings = shared_settings(redis_url=parts_url(redis_server), redis_auth_env="REDIS_PASSWORD",
                               crawl_id=crawl.crawl_id, role="join", node_id="node-a")
    crawler = get_crawler(SiteSpider, {**settings, "PUBCHECK_MAX_PAGES": 5, "PUBCHECK_MAX_QUERY_VARIANTS": 2})
    spider = SiteSpider.from_crawler(crawler, start_urls="http://127.0.0.1:9/")
    yield server, crawl, spider
    close_crawl(server, crawl.crawl_id, "finished")


def test_the_frontier_leases_settles_and_takes_back_requests(shared_crawl):
    import scrapy

    from crawler.distributed.crawl import close_crawl
    from crawler.distributed.frontier import Leases, SharedQueue, requeue
    from crawler.distributed.sealing import Sealer
    from crawler.distributed.transport import FrontierSerializer, open_batch
    from crawler.items import StatusItem

    server, crawl, spider = shared_crawl
    keys, sealer = crawl.keys, Sealer(KEY.encode(), crawl.crawl_id)
    queue = SharedQueue(server, spider, keys.frontier, FrontierSerializer(sealer))
    leases = Leases(server, keys, "node-a", sealer)

    def request(path, **kwargs):
        return scrapy.Request(f"http://127.0.0.1:9/{path}", callback=spider.parse, errback=spider.failed, **kwargs)

    # a URL is queued once; what Redis holds is sealed, without the headers a node adds itself
    first = request("a.html", headers={"Authorization": "Basic c2VjcmV0", "Cookie": "session=1"})
    assert queue.push_unseen(first, keys.seen, "fp-a") and not queue.push_unseen(request("a.html"), keys.seen, "fp-a")
    assert len(queue) == 1 and b"a.html" not in server.zrange(keys.frontier, 0, -1)[0]
    # a lease moves the request into the node's in-flight set, in order of arrival
    queue.push_unseen(request("b.html"), keys.seen, "fp-b")
    member, taken = queue.lease(leases.in_flight, "node-a")
    leases.take(member, taken)
    assert taken.url.endswith("/a.html") and taken.callback == spider.parse and b"Authorization" not in taken.headers
    assert server.zcard(leases.in_flight) == 1 and server.smembers(keys.nodes) == {b"node-a"}
    # settled: out of the in-flight set and its records into the results list, in one step
    leases.record(taken, StatusItem(taken.url, "failed", "HTTP 404 Not Found"))
    assert leases.settle(in_progress={taken}) == 0 and len(leases) == 1  # still being worked on
    assert leases.settle(in_progress=set()) == 1 and leases.settled == 1
    assert server.zcard(leases.in_flight) == 0
    assert open_batch(sealer, server.lpop(keys.results)) == [StatusItem(taken.url, "failed", "HTTP 404 Not Found")]
    # a node that stops answering: what it holds goes back to the frontier, and its late settlement is refused
    member, taken = queue.lease(leases.in_flight, "node-a")
    leases.take(member, taken)
    server.set(keys.node("node-a"), "node-a", ex=10)
    assert requeue(server, keys, "node-a", only_if_silent=True) == -1  # alive
    server.delete(keys.node("node-a"))
    assert requeue(server, keys, "node-a", only_if_silent=True) == 1
    assert len(queue) == 1 and not server.smembers(keys.nodes)
    leases.settle(in_progress=set())
    assert leases.refused == 1 and server.llen(keys.results) == 0
    # a retry replaces its leased request in one step
    member, taken = queue.lease(leases.in_flight, "node-a")
    assert queue.replace(leases.in_flight, member, taken.replace(priority=-1))
    assert server.zcard(leases.in_flight) == 0 and queue.pop().priority == -1
    # once the crawl has ended, a node that has not noticed yet writes nothing into it
    close_crawl(server, crawl.crawl_id, "finished")
    assert not queue.push_unseen(request("c.html"), keys.seen, "fp-c")
    queue.push(request("d.html"))
    assert not server.exists(keys.frontier) and not server.exists(keys.seen)


def test_a_retry_of_a_leased_request_replaces_it(shared_crawl):
    """SharedScheduler tells a retry (a copy of a leased request that the engine has finished with) from a new
    request that merely copied its meta."""
    from types import SimpleNamespace

    from crawler.distributed.frontier import SharedScheduler

    server, crawl, spider = shared_crawl
    engine = SimpleNamespace(downloader=SimpleNamespace(active=set()), scraper=SimpleNamespace(slot=None))
    scheduler = SharedScheduler.from_crawler(spider.crawler)
    scheduler._engine_of = lambda: engine
    engine.scheduler = scheduler
    scheduler.open(spider)
    import scrapy
    scheduler.enqueue_request(scrapy.Request("http://127.0.0.1:9/x.html", callback=spider.parse))
    leased = scheduler.next_request()
    in_flight = scheduler.leases.in_flight
    engine.downloader.active.add(leased)  # downloading: a copy is a new request
    assert scheduler.enqueue_request(leased.replace(url="http://127.0.0.1:9/y.html"))
    assert server.zcard(in_flight) == 1 and len(scheduler.queue) == 1
    engine.downloader.active.clear()  # the download gave a retry instead of a response
    assert scheduler.enqueue_request(leased.copy())
    assert server.zcard(in_flight) == 0 and len(scheduler.queue) == 2 and len(scheduler.leases) == 0


def test_limits_hold_across_nodes(shared_crawl):
    """Two nodes admitting at once admit no more than the crawl's page limit, and refuse as one machine does."""
    import threading

    from scrapy.exceptions import IgnoreRequest

    import scrapy
    from crawler.distributed.connection import connect_from_settings
    from crawler.distributed.limits import SharedLimits
    from crawler.middlewares import PageLimitReached, ScopeMiddleware
    from crawler.scope import CrawlTrapGuard

    server, crawl, spider = shared_crawl
    settings = spider.settings
    nodes = [SharedLimits(connect_from_settings(settings), crawl.keys, max_pages=5, max_query_variants=2)
             for _ in range(2)]
    admitted, refusals = [], []

    def admit(node, i):
        try:
            node.process_request(scrapy.Request(f"http://127.0.0.1:9/page{i}.html"))
            admitted.append(i)
        except PageLimitReached as e:
            refusals.append(str(e))

    threads = [threading.Thread(target=admit, args=(nodes[i % 2], i)) for i in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(admitted) == 5 and len(refusals) == 35
    nodes[1].process_request(scrapy.Request(f"http://127.0.0.1:9/page{admitted[0]}.html"))  # a retry passes
    one_machine = ScopeMiddleware(max_pages=0, max_depth=5, allowed_hosts=[], guard=CrawlTrapGuard())
    one_machine.site_hosts = {"127.0.0.1:9"}
    with pytest.raises(PageLimitReached) as refused:
        one_machine.process_request(scrapy.Request("http://127.0.0.1:9/other.html"))
    assert refusals[0] == str(refused.value).replace("(0;", "(5;")
    # query variants of one path: two admitted across nodes, the third refused as the trap guard words it
    nodes = [SharedLimits(connect_from_settings(settings), crawl.keys, max_pages=100, max_query_variants=2)
             for _ in range(2)]
    guard = CrawlTrapGuard(max_query_variants=2)
    for month, node in enumerate(nodes):
        node.process_request(scrapy.Request(f"http://127.0.0.1:9/calendar?month={month}"))
        assert guard.check(f"http://127.0.0.1:9/calendar?month={month}") is None
    nodes[0].process_request(scrapy.Request("http://127.0.0.1:9/calendar?month=1"))  # one already admitted
    with pytest.raises(IgnoreRequest) as trap:
        nodes[0].process_request(scrapy.Request("http://127.0.0.1:9/calendar?month=9"))
    assert str(trap.value) == guard.check("http://127.0.0.1:9/calendar?month=9")


def test_results_travel_sealed_and_whole():
    from crawler.distributed.sealing import Sealer, SealError, key_check, same_key
    from crawler.distributed.transport import AnalysedItem, open_batch, seal_batch
    from crawler.items import LinksItem
    from crawler.worker import Outcome
    from detectors.model import Detection, Location

    finding = Detection(url="http://x/a.pdf", category="ssn", severity="high", rule="PCE-01 6.3", masked="***-**-6789",
                        value="512-34-6789", key="512346789", hidden=None, label="SSN", context="SSN ***-**-6789",
                        why="valid SSN", location=Location(page=2, line=4, box=(1.0, 2.5, 30.0, 12.0), ocr=True),
                        public_if_repeated=False, seq=3)
    records = [AnalysedItem("http://x/a.pdf", "document", 200, 1234, 0.5, b"\x00\xffdigest", '"etag"',
                            Outcome("scanned", content_type="application/pdf", findings=[finding], pages=2,
                                    warnings=["w"], timings={"extraction": 0.1})),
               LinksItem("http://x/", ["http://x/a.pdf", "http://x/b.html"])]
    sealer = Sealer(b"key one", "crawl-1")
    sealed = seal_batch(sealer, records)
    assert b"512-34-6789" not in sealed and b"x/a.pdf" not in sealed
    assert open_batch(sealer, sealed) == records
    for other in (Sealer(b"key two", "crawl-1"), Sealer(b"key one", "crawl-2")):
        with pytest.raises(SealError):
            open_batch(other, sealed)
    assert same_key(b"key one", "crawl-1", key_check(b"key one", "crawl-1"))
    assert not same_key(b"key two", "crawl-1", key_check(b"key one", "crawl-1"))


def test_redis_is_reached_as_configured_or_refused_clearly(redis_server, monkeypatch, run_pubcheck, tmp_path):
    from crawler.config import ConfigError
    from crawler.distributed.connection import check_url, connect

    with pytest.raises(ConfigError, match="contains a password"):
        check_url(f"redis://:{REDIS_PASSWORD}@127.0.0.1:6379/0")
    with pytest.raises(ConfigError, match="not a Redis URL"):
        check_url("http://127.0.0.1:6379/")
    with pytest.raises(ConfigError, match="wants a password"):
        connect(redis_server.url)
    monkeypatch.setenv("WRONG", "not-the-password")
    with pytest.raises(ConfigError, match="refused the password in WRONG"):
        connect(redis_server.url, "WRONG")
    with pytest.raises(ConfigError, match="not set or empty"):
        connect(redis_server.url, "NO_SUCH_VARIABLE_SET")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(ConfigError, match="cannot reach Redis"):
        connect(f"redis://127.0.0.1:{port}/0")
    result = run_pubcheck("crawl", "http://127.0.0.1:9/", "--out", tmp_path / "out", "--redis-auth-env", "X")
    assert result.returncode == 2 and "give --redis URL too" in result.stderr
    result = run_pubcheck("join", "--redis", redis_server.url)
    assert result.returncode == 2 and "wants a password" in result.stderr, result.stderr


def test_a_join_brings_the_crawls_key_or_is_refused(tmp_path, monkeypatch):
    from crawler.config import ConfigError
    from crawler.distributed.crawl import SharedCrawl
    from crawler.distributed.runner import join_key

    monkeypatch.delenv("PUBCHECK_FINGERPRINT_KEY", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    crawl = SharedCrawl("c", ["http://x/"], {"report": {"fingerprint_key_file": ""}}, False, "check", "0", "t", "h")
    with pytest.raises(ConfigError, match="PUBCHECK_FINGERPRINT_KEY"):
        join_key(crawl)
    assert not (tmp_path / ".config").exists()  # a join never makes a key of its own
    monkeypatch.setenv("PUBCHECK_FINGERPRINT_KEY", "k")
    assert join_key(crawl) == b"k"


def test_the_crawls_record_gives_a_join_what_it_needs_and_nothing_in_clear(redis_server, monkeypatch):
    from crawler.distributed.connection import connect
    from crawler.distributed.crawl import close_crawl, crawl_state, find_running, open_crawl
    from crawler.distributed.sealing import Sealer
    from crawler.config import ConfigError

    monkeypatch.setenv("REDIS_PASSWORD", REDIS_PASSWORD)
    server = connect(parts_url(redis_server), "REDIS_PASSWORD")
    config = {"crawl": {"max_pages": 7}, "public": {"phones": ["(909) 555-0100"]}}
    crawl = open_crawl(server, targets=["http://127.0.0.1:9/"], config=config, reveal=True,
                       fingerprint_key=KEY.encode(), credentials=STAGING_AUTH, shown_url="test")
    try:
        found = find_running(server)
        assert (found.crawl_id, found.config, found.reveal) == (crawl.crawl_id, config, True)
        assert found.credentials_for(Sealer(KEY.encode(), crawl.crawl_id)) == STAGING_AUTH
        assert STAGING_AUTH.split(":")[1].encode() not in redis_contents(server)
        with pytest.raises(ConfigError, match="a crawl is already running"):
            open_crawl(server, targets=["http://127.0.0.1:9/"], config={}, reveal=False, fingerprint_key=b"k",
                       credentials=None, shown_url="test")
        assert crawl_state(server, crawl.crawl_id) == "running"
        server.delete(crawl.keys.alive)  # the starting process stopped answering
        assert crawl_state(server, crawl.crawl_id) == "abandoned" and find_running(server) is None
        replacement = open_crawl(server, targets=["http://127.0.0.1:9/"], config={}, reveal=False,
                                 fingerprint_key=b"k", credentials=None, shown_url="test")
        assert crawl_state(server, crawl.crawl_id) == "abandoned"  # replaced
        close_crawl(server, crawl.crawl_id, "finished")  # the old one's end touches nothing of the new one
        assert crawl_state(server, replacement.crawl_id) == "running"
        close_crawl(server, replacement.crawl_id, "finished")
        assert crawl_state(server, replacement.crawl_id) == "finished"
    finally:
        close_crawl(server, crawl.crawl_id, "finished")
