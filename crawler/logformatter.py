"""Scrapy's log lines about items, without the items.

An item of this crawl holds a downloaded body (a customer list, a form with an SSN), so its repr must never
reach a log: Scrapy's own lines print the whole item, at DEBUG for every item scraped and at ERROR when a
pipeline fails on one. Items are internal (every URL is accounted for in the report), so a scraped item is
not logged at all, which also spares a log record for each of the three items of every page; a dropped or
failed one is named by its kind and URL.
"""
from __future__ import annotations

from scrapy.logformatter import LogFormatter


def described(item) -> str:
    url = getattr(item, "url", None) or getattr(item, "referrer", None)
    return f"{type(item).__name__} of {url}" if url else type(item).__name__


class ItemsByName(LogFormatter):
    def scraped(self, item, response, spider):
        return None

    def dropped(self, item, exception, response, spider):
        entry = super().dropped(item, exception, response, spider)
        entry["args"]["item"] = described(item)
        return entry

    def item_error(self, item, exception, response, spider):
        entry = super().item_error(item, exception, response, spider)
        entry["args"]["item"] = described(item)
        return entry
