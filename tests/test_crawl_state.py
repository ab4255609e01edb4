"""The crawl's state stays small on a 100,000-page site: a document keeps its first referrers and a count
(through redirects and a folder filed under its index file), the seen-set holds URL strings and no Request,
the page limit and trap guard keep counts and fingerprints, the frontier waits on disk without credentials,
links are resolved once for every page that shares them, and the crawl goes breadth first."""
from __future__ import annotations

import itertools
import json
import logging
import os

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler import settings as project
from crawler.collect import Collector, DirectoryIndexes
from crawler.frontier import FrontierScheduler, RequestDiskQueue, refused_in_queue
from crawler.items import FetchedItem
from crawler.logformatter import ItemsByName
from crawler.middlewares import ScopeMiddleware
from crawler.results import REFERRERS_KEPT
from crawler.scope import CrawlTrapGuard, LinkResolver, resolve_link
from crawler.spiders.site import SiteSpider
from crawler.worker import Outcome
from fault_site import FaultSite, page

SITE = "https://www.cityofpomona.gov"


def collector() -> Collector:
    return Collector(command="crawl", targets=[SITE + "/"], limits={}, key=b"k")


def scanned(c: Collector, url: str) -> None:
    c.analysed(url, Outcome("scanned", content_type="text/html", findings=[]), kind="page", http_status=200)


def test_a_document_linked_from_every_page_keeps_its_first_referrers_and_the_count():
    c = collector()
    pages = [f"{SITE}/{1000 + i}/Street-Sweeping" for i in range(2_000)]
    for url in pages:
        scanned(c, url)
        c.links(url, [SITE + "/Contact", url])  # a page's link to itself is no referrer
    scanned(c, SITE + "/Contact")
    contact = {d.url: d for d in c.finish().documents}[SITE + "/Contact"]
    assert list(contact.referrers) == pages[:REFERRERS_KEPT] and contact.referrer_count == 2_000
    assert {d.url: d for d in c.finish().documents}[pages[0]].referrer_count == 0


def test_referrers_and_their_count_survive_a_redirect():
    c = collector()
    old, new = SITE + "/Agenda.aspx", SITE + "/agendas/"
    for i in range(4):  # four pages link the old address, three the new one, page 0 both
        c.links(f"{SITE}/p{i}", [old])
    for i in (0, 4, 5):
        c.links(f"{SITE}/p{i}", [new])
    c.redirect(old, new)
    scanned(c, new)
    docs = {d.url: d for d in c.finish().documents}
    assert old not in docs and docs[new].redirected_from == [old]
    assert list(docs[new].referrers) == [f"{SITE}/p{i}" for i in (0, 4, 5, 1, 2)][:REFERRERS_KEPT]
    assert docs[new].referrer_count == 6


def test_a_folder_and_its_index_file_are_one_referrer_counted_once():
    c, indexes = collector(), DirectoryIndexes()
    home, index = SITE + "/", SITE + "/index.html"
    body = b"<html>City of Pomona</html>"
    c.links(SITE + "/about", [home, index])
    assert indexes.same_as(c.ledger_url(home), body, None) is None
    scanned(c, home)
    c.links(home, [SITE + "/news", SITE + "/parks"])
    alias = indexes.same_as(c.ledger_url(index), body, None)
    assert alias == home
    c.redirect(index, alias)
    c.links(index, [SITE + "/news", home])  # the index file's links are the folder's own
    docs = {d.url: d for d in c.finish().documents}
    assert list(docs[SITE + "/news"].referrers) == [home] and docs[SITE + "/news"].referrer_count == 1
    assert docs[home].redirected_from == [index]
    assert list(docs[home].referrers) == [SITE + "/about"] and docs[home].referrer_count == 1


def test_a_folder_met_after_its_index_file_names_the_document_whichever_came_first():
    c, indexes = collector(), DirectoryIndexes()
    folder, index = SITE + "/parks/", SITE + "/parks/default.aspx"
    body = b"<html>Parks and trails</html>"
    c.links(SITE + "/", [folder, index])
    c.links(SITE + "/about", [folder])
    assert indexes.same_as(c.ledger_url(index), body, None) is None  # the index file answered first
    c.analysed(index, Outcome("scanned", content_type="text/html", findings=[]), kind="page", http_status=200)
    c.links(index, [SITE + "/trails"])
    c.same_document(folder, indexes.same_as(c.ledger_url(folder), body, None))
    docs = {d.url: d for d in c.finish().documents}
    assert index not in docs
    assert docs[folder].status == "scanned" and docs[folder].redirected_from == [index]
    assert set(docs[folder].referrers) == {SITE + "/", SITE + "/about"} and docs[folder].referrer_count == 2
    assert list(docs[SITE + "/trails"].referrers) == [folder]


def test_a_referrer_filed_under_another_url_later_is_named_and_counted_as_filed():
    c = collector()
    home, index = SITE + "/", SITE + "/index.html"
    c.links(home, [SITE + "/news"])
    c.links(index, [SITE + "/news"])  # not known yet as the same page
    c.redirect(index, home)
    docs = {d.url: d for d in c.finish().documents}
    assert list(docs[SITE + "/news"].referrers) == [home] and docs[SITE + "/news"].referrer_count == 1


def test_urls_still_queued_when_a_run_is_interrupted_are_listed_as_not_reached():
    c = collector()
    c.links(SITE + "/", [SITE + "/a", SITE + "/b"])
    scanned(c, SITE + "/")
    scanned(c, SITE + "/a")
    result = c.finish(interrupted="interrupted by SIGINT")
    docs = {d.url: d for d in result.documents}
    assert docs[SITE + "/a"].status == "scanned" and docs[SITE + "/b"].status == "skipped"
    assert docs[SITE + "/b"].not_checked.startswith("not fetched: the run was interrupted")
    assert any("1 URL not reached" in e for e in result.run.errors)


def test_ledger_entries_share_their_strings():
    c = collector()
    url = SITE + "/parks"
    c.links(SITE + "/", [url])
    response_url = "".join([SITE, "/parks"])  # the response's own copy of the URL
    assert response_url is not url and c.ledger_url(response_url) is url
    scanned(c, response_url)
    c.analysed(SITE + "/", Outcome("".join(["scan", "ned"]), content_type="text/html", findings=[]), kind="page")
    c.links("".join([SITE, "/parks"]), [SITE + "/"])
    docs = {d.url: d for d in c.finish().documents}
    assert docs[SITE + "/"].referrers[0] is url  # a referrer is the ledger's string, not the response's
    assert docs[SITE + "/"].status is docs[url].status  # one "scanned" for every document
    assert docs[url].warnings == () and docs[url].redirected_from == ()


def spider_and_crawler(**overrides):
    """The site spider and a crawler with the project's settings (not started)."""
    settings = {name: getattr(project, name) for name in dir(project) if name.isupper()}
    crawler = get_crawler(SiteSpider, {**settings, **overrides})
    spider = SiteSpider.from_crawler(crawler, start_urls=SITE + "/")
    crawler.spider = spider
    return spider, crawler


def test_the_seen_set_holds_url_strings_and_no_request():
    spider, _ = spider_and_crawler()
    response = HtmlResponse(SITE + "/", body=b'<a href="/parks">Parks</a> <a href="/parks">Again</a>'
                            b'<a href="javascript:void(0)">Menu</a> <a href="/Agenda.aspx">Agendas</a>',
                            headers={"Content-Type": "text/html"}, request=Request(SITE + "/"))
    outputs = list(spider.parse(response))
    requests = [o for o in outputs if isinstance(o, Request)]
    assert [r.url for r in requests] == [SITE + "/parks", SITE + "/Agenda.aspx"]
    assert all(type(url) is str for url in spider.requested) and len(spider.requested) == 4
    redirect = HtmlResponse(SITE + "/Agenda.aspx", status=302, headers={"Location": "/parks"},
                            request=requests[1])
    again = list(spider.parse(redirect))
    assert not [o for o in again if isinstance(o, Request)]  # /parks is queued already: filed under it
    assert any(getattr(o, "target", None) == SITE + "/parks" for o in again)


def test_the_page_limit_counts_each_page_once_and_keeps_no_set_of_urls():
    spider, crawler = spider_and_crawler(PUBCHECK_MAX_PAGES=2)
    scope = ScopeMiddleware.from_crawler(crawler)
    scope.spider_opened(spider)
    first = Request(SITE + "/a")
    scope.process_request(first)
    scope.process_request(first.copy())  # a retry
    redirected = first.replace(url=SITE + "/b")  # a redirect's target, carrying the first one's meta
    scope.process_request(redirected)
    assert scope.admitted == 2
    with pytest.raises(Exception, match="page limit reached"):
        scope.process_request(Request(SITE + "/c"))


def test_past_the_page_limit_the_scheduler_refuses_its_queue_without_the_downloader():
    """What waits in the queue when the limit is reached, and what comes after, is refused by the scheduler
    with the downloader's reasons; a retry of an admitted page is still fetched."""
    spider, crawler = spider_and_crawler(PUBCHECK_MAX_PAGES=1,
                                         SCHEDULER_PRIORITY_QUEUE="scrapy.pqueues.ScrapyPriorityQueue")
    scope = ScopeMiddleware.from_crawler(crawler)
    scope.spider_opened(spider)
    scheduler = FrontierScheduler.from_crawler(crawler)
    scheduler.open(spider)
    refused = []
    crawler.signals.connect(lambda items: refused.extend(items), signal=refused_in_queue, weak=False)
    admitted = Request(SITE + "/a", callback=spider.parse, errback=spider.failed)
    scope.process_request(admitted)
    waiting = [Request(SITE + f"/p{i}", callback=spider.parse, errback=spider.failed) for i in range(3)]
    for request in [*waiting, Request("https://elsewhere.example/x", callback=spider.parse, errback=spider.failed)]:
        scheduler.enqueue_request(request)
    with pytest.raises(Exception, match="page limit reached"):  # the first refusal announces the limit
        scope.process_request(scheduler.next_request())
    assert scheduler.enqueue_request(Request(SITE + "/late", callback=spider.parse, errback=spider.failed))
    assert len(scheduler) == 3 and [item.url for item in refused] == [SITE + "/late"]
    scheduler.enqueue_request(admitted.copy())  # a retry
    assert scheduler.next_request().url == SITE + "/a" and len(scheduler) == 0
    assert {item.url: (item.reason, item.not_checked) for item in refused} == {
        SITE + "/late": ("page limit reached (1; see --max-pages)", True),
        SITE + "/p1": ("page limit reached (1; see --max-pages)", True),
        SITE + "/p2": ("page limit reached (1; see --max-pages)", True),
        "https://elsewhere.example/x": ("off-site link (not fetched)", False)}
    scheduler.close("finished")


def test_the_trap_guard_counts_query_variants_once_each():
    guard = CrawlTrapGuard(max_query_variants=3)
    urls = [f"{SITE}/calendar?day={d}" for d in range(3)]
    assert [guard.check(u) for u in urls + urls] == [None] * 6
    assert guard.check(f"{SITE}/calendar?day=9").startswith("crawl trap: more than 3 query variants")
    assert guard.check(f"{SITE}/other?day=9") is None


BASES = ["http://h/", "http://h/a/b", "http://h/a/b?x=1", "https://h:8443/a/", "http://g/x/y/z.html?q",
         "http://h/a/c?x=2", "http://[::1]:8/a/b"]
HREFS = ["", "#x", "/", "/p", "//g/p", "p", "./p", "../p", "?y=2", "?", "http://", "http:///x", "http://k/p",
         "https://k", " /p", "\t//k/", "http:p", "http:", "javascript:x", "mailto:a@b", "HTTP://K/P", "http://\n",
         "http://#a", "//", "///x", "//?x", ";x", "..", ".", "p?z=1#f", "ftp://x/y", "/a b", "%20", "http://[bad",
         "https://user:pw@k/x", "https://k:99999/", "h\nttp:", "/\t/k/x", "\u00e9/x", "~u/", "a:b"]


def test_resolving_links_through_the_resolvers_memory_changes_no_result():
    resolve = LinkResolver(size=50)  # small, so that it also starts afresh along the way
    for _ in range(2):
        for base, href in itertools.product(BASES, HREFS):
            assert resolve(base, href) == resolve_link(base, href), (base, href)


def test_the_frontier_on_disk_keeps_requests_without_credentials(tmp_path):
    spider, crawler = spider_and_crawler()
    queue = RequestDiskQueue.from_crawler(crawler, str(tmp_path / "queue"))
    request = Request(SITE + "/parks", callback=spider.parse, errback=spider.failed, priority=-2,
                      meta={"depth": 2, "pubcheck_kind": "page", "retry_times": 1},
                      headers={"Authorization": "Basic c2VjcmV0", "Cookie": "session=1", "Referer": SITE + "/"})
    queue.push(request)
    assert b"c2VjcmV0" not in b"".join(p.read_bytes() for p in (tmp_path / "queue").rglob("*") if p.is_file())
    back = queue.pop()
    assert (back.url, back.callback, back.errback, back.meta, back.priority) == (
        request.url, spider.parse, spider.failed, request.meta, -2)
    assert back.headers.get("Referer") == (SITE + "/").encode() and b"Authorization" not in back.headers
    with pytest.raises(ValueError):  # the scheduler keeps such a request in memory instead
        queue.push(Request(SITE + "/x", meta={"odd": object()}))
    queue.close()


def test_the_frontier_waits_on_disk_in_a_folder_removed_when_the_crawl_ends():
    # the downloader-aware queue (the default) asks the engine's downloader; the queues beneath are the same
    spider, crawler = spider_and_crawler(SCHEDULER_PRIORITY_QUEUE="scrapy.pqueues.ScrapyPriorityQueue")
    scheduler = FrontierScheduler.from_crawler(crawler)
    scheduler.open(spider)
    folder = scheduler.dqdir
    for _ in range(2):  # Scrapy keeps no second seen-set: the spider's is the one
        assert scheduler.enqueue_request(Request(SITE + "/a", callback=spider.parse))
    assert len(scheduler) == 2 and crawler.stats.get_value("scheduler/enqueued/disk") == 2
    scheduler.close("finished")
    assert not os.path.exists(folder)


def test_items_are_never_logged_with_their_bodies():
    item = FetchedItem(SITE + "/export.csv", b"Customer,SSN\nPat Example,512-34-6789", "text/csv", 200, "document")
    formatter = ItemsByName()
    assert formatter.scraped(item, None, None) is None
    entry = formatter.item_error(item, ValueError("x"), None, None)
    text = logging.LogRecord("x", entry["level"], "", 0, entry["msg"], (entry["args"],), None).getMessage()
    assert "512-34-6789" not in text and SITE + "/export.csv" in text


def test_the_crawl_goes_breadth_first_so_the_depth_limit_refuses_only_deep_pages(run_pubcheck, tmp_path):
    """A chain of "next" links dives deep; the same pages are two links from the start through a hub. The depth
    limit must judge each by its shortest path, whatever order the crawl meets the links in."""
    chain = 12
    news = " ".join(f'<a href="/news/{i}">News {i}</a>' for i in range(8))
    routes = {"/": page(f'<a href="/hub">Hub</a> {news} <a href="/chain/1">Start of the chain</a>'),
              "/hub": page(" ".join(f'<a href="/chain/{i}">{i}</a>' for i in range(1, chain + 1)))}
    routes.update({f"/chain/{i}": page(f'<a href="/chain/{i + 1}">Next</a>') for i in range(1, chain + 1)})
    routes.update({f"/news/{i}": page("<p>Council news</p>") for i in range(8)})
    (tmp_path / "c.toml").write_text("[crawl]\nmax_depth = 2\nconcurrency = 1\n")
    with FaultSite(routes) as site:
        proc = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "c.toml")
    docs = {d["url"]: d for d in json.loads((tmp_path / "out" / "findings.json").read_text())["documents"]}
    assert proc.returncode == 0, proc.stderr
    assert all(docs[f"{site.url}chain/{i}"]["status"] == "scanned" for i in range(1, chain + 1))
    assert docs[f"{site.url}chain/{chain + 1}"]["reason"].startswith("depth limit reached")


def test_a_run_interrupted_before_its_start_page_was_read_lists_it_as_not_reached():
    c = collector()
    result = c.finish(start_urls=[SITE + "/"], interrupted="interrupted by SIGTERM")
    docs = {d.url: d for d in result.documents}
    assert docs[SITE + "/"].status == "skipped"
    assert docs[SITE + "/"].not_checked == "not fetched: the run was interrupted before reaching it"
    assert len(result.not_checked()) == 1
    assert result.run.errors == ["the run was interrupted by SIGTERM before it finished: 1 URL not reached"]


@pytest.mark.parametrize("interrupted", [None, "interrupted by SIGINT"])
def test_a_start_url_with_an_outcome_gets_no_second_entry(interrupted):
    c = collector()
    c.redirect(SITE + "/", SITE + "/home")  # a start URL that redirects is filed under where it leads
    c.links(SITE + "/home", [SITE + "/parks"])
    scanned(c, SITE + "/home")
    scanned(c, SITE + "/parks")
    result = c.finish(start_urls=[SITE + "/"], interrupted=interrupted)
    assert {d.url for d in result.documents} == {SITE + "/home", SITE + "/parks"}
    assert not result.not_checked()
