"""AutoThrottle that counts a ``304 Not Modified`` as the answer it is.

Scrapy's AutoThrottle never lowers its delay on a response other than 200, because error pages are small and
fast and would make it speed up against a struggling server. A 304 to a conditional request is no error: it
is the whole answer, and on an incremental crawl nearly every answer is one. Without this, a re-crawl of an
unchanged site would never leave AUTOTHROTTLE_START_DELAY and take longer than the first crawl.
"""
from __future__ import annotations

from scrapy.extensions.throttle import AutoThrottle

NOT_MODIFIED = 304


class RevalidationAutoThrottle(AutoThrottle):
    def _adjust_delay(self, slot, latency, response):
        if response.status == NOT_MODIFIED:
            response = response.replace(status=200)
        super()._adjust_delay(slot, latency, response)
