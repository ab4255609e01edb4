"""The spider of a crawl across machines: the ``site`` spider, with the site's hosts shared through Redis, and
start requests sent by the starting process only (a join takes its requests from the shared frontier)."""
from __future__ import annotations

from ..spiders.site import SiteSpider
from .connection import connect_from_settings
from .crawl import CrawlKeys
from .limits import SharedHosts


class NodeSpider(SiteSpider):
    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.site_hosts = SharedHosts(connect_from_settings(settings, name="pubcheck hosts"),
                                        CrawlKeys(settings.get("PUBCHECK_CRAWL_ID")).site_hosts, spider.site_hosts)
        return spider

    async def start(self):
        if self.settings.get("PUBCHECK_NODE_ROLE") != "start":
            return
        async for request in super().start():
            yield request
