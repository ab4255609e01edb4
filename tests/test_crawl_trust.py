"""What a CI gate must be able to trust: a compressed body cut short, a 403 from a firewall, a failed robots.txt
or sitemap probe and a detector's ``enabled`` switch each end with the right status, reason and gap."""
from __future__ import annotations

import gzip
import zlib

import brotli
import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError
from twisted.python.failure import Failure

from crawler.config import Config, ConfigError
from crawler.failures import IncompleteBody, failure_reason
from crawler.middlewares import CompressedBodyCheck, compressed_body_problem
from crawler.spiders.site import SiteSpider

NOTICE = ("<html><body><p>" + "Street sweeping resumes on Alder Avenue next week. " * 200
          + "</p><p>Account holder Marisol Quenneville, SSN 538-21-4406</p></body></html>").encode()
RAW_DEFLATE = lambda data: zlib.compress(data)[2:-4]  # noqa: E731 - raw deflate, as some IIS servers send
ENCODERS = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}


def response(body: bytes, encoding: str | None, status: int = 200) -> HtmlResponse:
    headers = {"Content-Type": "text/html"} | ({"Content-Encoding": encoding} if encoding else {})
    return HtmlResponse("https://www.example.gov/notices", status=status, body=body, headers=headers)


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
@pytest.mark.parametrize("keep", [0.5, 0.67, 0.98])
def test_a_compressed_body_cut_short_is_a_failed_download(encoding, keep):
    whole = ENCODERS[encoding](NOTICE)
    cut = whole[:int(len(whole) * keep)]
    with pytest.raises(IncompleteBody, match="compressed body truncated"):
        CompressedBodyCheck(0).process_response(Request("https://www.example.gov/notices"), response(cut, encoding))


@pytest.mark.parametrize("encoding, encode", [*ENCODERS.items(), ("deflate", RAW_DEFLATE)])
def test_a_whole_compressed_body_passes(encoding, encode):
    whole = response(encode(NOTICE), encoding)
    assert CompressedBodyCheck(0).process_response(Request(whole.url), whole) is whole


def test_bodies_the_check_leaves_alone():
    assert compressed_body_problem("gzip", gzip.compress(NOTICE) + gzip.compress(b"<p>more</p>")) is None
    assert compressed_body_problem("gzip", gzip.compress(NOTICE) + b"\0\0\0") is None  # padding after the end
    assert compressed_body_problem("identity", NOTICE[:100]) is None
    assert compressed_body_problem("zstd", b"anything") is None  # not checked here
    for status in (301, 404, 503):  # a body nobody reads: the status decides (a 404 stays a broken link)
        error_page = response(gzip.compress(NOTICE)[:200], "gzip", status)
        assert CompressedBodyCheck(0).process_response(Request(error_page.url), error_page) is error_page
    plain = response(NOTICE[:100], None)
    assert CompressedBodyCheck(0).process_response(Request(plain.url), plain) is plain


def test_a_second_gzip_member_cut_short_and_a_corrupt_stream_fail():
    assert compressed_body_problem("gzip", gzip.compress(NOTICE) + gzip.compress(NOTICE)[:-6]) == \
        "compressed body truncated"
    assert compressed_body_problem("gzip", b"<html>not compressed at all</html>") == "compressed body corrupt"


def test_a_compression_bomb_is_left_to_the_size_limit():
    bomb = gzip.compress(b"0" * 20_000_000)[:-8]  # no trailer, but decoding it past the limit is not needed
    assert compressed_body_problem("gzip", bomb, max_size=1_000_000) is None


def failure_of(exception, url="https://www.example.gov/docs/minutes.pdf") -> Failure:
    failure = Failure(exception)
    failure.request = Request(url)
    return failure


def test_an_incomplete_body_counts_as_not_checked():
    refusal = failure_reason(failure_of(IncompleteBody("compressed body truncated (gzip)")), Settings())
    assert refusal == ("failed", "compressed body truncated (gzip)", True)


@pytest.mark.parametrize("status, not_checked", [(403, True), (404, False), (410, False), (401, False),
                                                 (503, True)])
def test_a_403_is_a_document_not_checked_but_broken_and_protected_links_are_no_gap(status, not_checked):
    answer = HtmlResponse("https://www.example.gov/docs/minutes.pdf", status=status, body=b"")
    refusal = failure_reason(failure_of(HttpError(answer)), Settings({"RETRY_TIMES": 0}))
    assert refusal.status == "failed" and f"HTTP {status}" in refusal.reason
    assert refusal.not_checked is not_checked


def test_a_failed_probe_is_listed_but_is_no_unchecked_document():
    spider = SiteSpider(start_urls="https://www.example.gov/")
    spider.settings = Settings({"RETRY_TIMES": 1, "DOWNLOAD_TIMEOUT": 30})
    failure = failure_of(ConnectionRefusedError(), "https://www.example.gov/robots.txt")
    failure.request.meta.update(pubcheck_probe=True, pubcheck_kind="sitemap")
    [item] = list(spider.probe_failed(failure))
    assert item.status == "failed" and "connection refused" in item.reason and not item.not_checked
    [page_item] = list(spider.failed(failure_of(ConnectionRefusedError(), "https://www.example.gov/")))
    assert page_item.not_checked  # the start page itself still is


@pytest.mark.parametrize("value", [0, 1, "no", "false", "yes"])
def test_a_detector_switch_that_is_not_true_or_false_is_a_configuration_error(value):
    with pytest.raises(ConfigError, match=r"\[detectors.ssn\] enabled must be true or false"):
        Config.from_dict({"detectors": {"ssn": {"enabled": value}}})


@pytest.mark.parametrize("value", [True, False])
def test_a_detector_switch_of_true_or_false_is_accepted(value):
    assert Config.from_dict({"detectors": {"ssn": {"enabled": value}}}).detectors == {"ssn": {"enabled": value}}
    assert Config.from_dict({"detectors": {"email": {}}}).detectors == {"email": {}}


@pytest.mark.parametrize("key, value, most", [("retries", 1000000, 10), ("retries", 11, 10), ("timeout", 86400, 600),
                                              ("extract_timeout", 10 ** 12, 3600)])
def test_a_count_that_would_stall_the_crawl_is_a_configuration_error(key, value, most):
    """A million retries of a document that always answers 503 hammer the server for ever."""
    with pytest.raises(ConfigError, match=rf"^\[crawl\] {key} must be at most {most}, got {value}$"):
        Config.from_dict({"crawl": {key: value}})


@pytest.mark.parametrize("key, value", [("retries", 0), ("retries", 10), ("timeout", 600), ("extract_timeout", 3600)])
def test_counts_at_their_bounds_are_accepted(key, value):
    assert Config.from_dict({"crawl": {key: value}}).crawl[key] == value
