"""The baseline of benchmarks/crawl.py: a bare Scrapy crawl that follows every same-site link and
downloads every document, and does nothing else (no extraction, no detection, no report)."""
from urllib.parse import urlsplit

import scrapy
from scrapy.http import TextResponse


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start="", **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.host = urlsplit(start).netloc

    def parse(self, response):
        if not isinstance(response, TextResponse):
            return
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc == self.host:
                yield scrapy.Request(url, callback=self.parse)
