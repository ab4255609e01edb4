"""The floor of benchmarks/incremental_crawl.py: a bare Scrapy re-crawl of a site with conditional requests.

A first run (``-a links=FILE`` naming a file that does not exist yet) follows every same-site link and writes
each page's links to FILE; a second run with the same FILE asks for every URL again with
``If-Modified-Since`` (the server answers 304) and follows the links FILE remembers, as pubcheck's incremental
crawl does with its history. Nothing else: no extraction, detection, history or report.
"""
import json
import os
from urllib.parse import urlsplit

import scrapy
from scrapy.http import TextResponse


class BareRevalidationSpider(scrapy.Spider):
    name = "bare_revalidation"
    custom_settings = {"HTTPERROR_ALLOW_ALL": True, "DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter"}

    def __init__(self, start="", links="", **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.host = urlsplit(start).netloc
        self.links_file = links
        self.revalidating = os.path.exists(links)
        self.links = json.loads(open(links).read()) if self.revalidating else {}
        self.seen = {start}  # de-duplicated here, as pubcheck's spider does, not by the scheduler

    async def start(self):
        yield self.request(self.start_urls[0])

    def request(self, url: str) -> scrapy.Request:
        headers = {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"} if self.revalidating else {}
        return scrapy.Request(url, headers=headers, callback=self.parse)

    def parse(self, response):
        if self.revalidating:
            links = self.links.get(response.url, [])
        else:
            links = [response.urljoin(h) for h in response.css("a::attr(href)").getall()] \
                if isinstance(response, TextResponse) else []
            links = self.links[response.url] = [u for u in links if urlsplit(u).netloc == self.host]
        for url in links:
            if url not in self.seen:
                self.seen.add(url)
                yield self.request(url)

    def closed(self, reason):
        if not self.revalidating:
            with open(self.links_file, "w") as file:
                json.dump(self.links, file)
