"""One spelling per document: URL normalisation, what a link leads to (or why it is not followed), when a folder
and its index file are one document, and failed downloads in plain words."""
from __future__ import annotations

import pytest
from twisted.internet.error import ConnectionDone, ConnectionLost, DNSLookupError
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived
from scrapy.exceptions import DownloadFailedError

from crawler.collect import DirectoryIndexes
from crawler.failures import download_error
from crawler.scope import InvalidURL, normalise_url, resolve_link

PAGE = "https://www.cityofpomona.gov/departments/clerk/index.html"


@pytest.mark.parametrize("written", [
    "Permit Form 2024.pdf", "Permit%20Form%202024.pdf", "./Permit Form 2024.pdf#page=2",
    "HTTPS://WWW.CityOfPomona.gov:443/departments/clerk/Permit%20Form%202024.pdf",
    "//www.cityofpomona.gov/departments/clerk/../clerk/Permit Form 2024.pdf",
    "https://webmaster:Hunter2@www.cityofpomona.gov/departments/clerk/Permit%20Form%202024.pdf",
    "  Permit Fo\nrm 2024.pdf\t",  # a CMS wrapped the href: browsers drop tabs and line breaks
])
def test_one_document_one_url(written):
    assert resolve_link(PAGE, written) == (
        "https://www.cityofpomona.gov/departments/clerk/Permit%20Form%202024.pdf", None)


def test_query_order_case_of_escapes_and_session_ids_do_not_make_another_document():
    assert normalise_url("http://h/agenda?year=2024&PHPSESSID=9c4f2e1ab77d03e5c6a8f1b2&id=7") == \
        "http://h/agenda?id=7&year=2024"
    assert normalise_url("http://h/list?jsessionid=8F3A2C1E7B5D4E6A8C1B2D3E4F5A6B7C.node01") == "http://h/list"
    assert normalise_url("http://h/a%2fb?q=caf%c3%a9") == normalise_url("http://h/a%2Fb?q=caf\u00e9")
    assert normalise_url("http://h:8080") == "http://h:8080/"
    assert normalise_url("http://[::1]:8080/x") == "http://[::1]:8080/x"


@pytest.mark.parametrize("written, reason", [
    ("javascript:void(0)", "javascript: link (runs a script in the browser; no document to fetch)"),
    ("JavaScript:openWindow('x.pdf')", "javascript: link (runs a script in the browser; no document to fetch)"),
    ("ftp://files.cityofpomona.gov/budget.pdf", "unsupported URL scheme (ftp:), not fetched"),
    ("file:///C:/Users/clerk/agenda.pdf", "unsupported URL scheme (file:), not fetched"),
    ("http://[2001:db8::1/x", "invalid URL (Invalid IPv6 URL)"),
    ("http://www.cityofpomona.gov:99999/", "invalid URL (Port out of range 0-65535)"),
    ("http://city hall/agenda.pdf", "invalid URL (host name 'city hall')"),
])
def test_links_that_are_not_fetched_say_why(written, reason):
    assert resolve_link(PAGE, written)[1] == reason


def test_credentials_never_reach_the_listed_form_of_a_refused_link():
    shown, _ = resolve_link(PAGE, "ftp://clerk:S3cret-pass@files.cityofpomona.gov/minutes.pdf")
    assert "S3cret-pass" not in shown and shown == "ftp://files.cityofpomona.gov/minutes.pdf"


@pytest.mark.parametrize("written", ["", "  ", "#main", "mailto:clerk@cityofpomona.gov", "tel:+19096202000",
                                     "data:text/plain,hello", "about:blank"])
def test_what_is_no_link_to_a_document_is_ignored(written):
    assert resolve_link(PAGE, written) is None


def test_relative_urls_are_not_normalised_alone():
    with pytest.raises(InvalidURL):
        normalise_url("orphan.html")


def test_a_folder_and_its_index_file_are_one_document_when_the_server_says_so():
    indexes = DirectoryIndexes()
    home = b"<html>City of Pomona</html>"
    assert indexes.same_as("http://h/", home, '"abc"') is None
    assert indexes.same_as("http://h/index.html", home, '"abc"') == "http://h/"
    assert indexes.same_as("http://h/default.aspx", b"<html>another page</html>", None) is None  # other bytes
    assert indexes.same_as("http://h/clerk/", home, '"abc"') is None  # another folder
    assert indexes.same_as("http://h/copy.html", home, '"xyz"') is None  # the server says: another file
    assert indexes.same_as("http://h/agenda.html", b"x", None) is None
    assert indexes.same_as("http://h/minutes.html", b"x", None) is None  # two files: never one document


@pytest.mark.parametrize("error, words", [
    (DownloadFailedError("[<twisted.python.failure.Failure twisted.internet.error.ConnectionLost: ...>]"),
     "download failed (DownloadFailedError)"),
    (ResponseNeverReceived([Failure(ConnectionLost("Connection to the other side was lost"))]),
     "connection reset by the server"),
    (ResponseNeverReceived([Failure(ConnectionDone())]), "the server closed the connection without a complete answer"),
    # what Twisted says of a 200 KB header line its client refused (it closes the connection itself)
    (ResponseFailed([Failure(ConnectionDone())]), "the connection closed part-way through the answer's headers: the "
     "server cut it, or a header line was longer than pubcheck's HTTP client accepts (16 KB)"),
    (ResponseFailed([Failure(ConnectionLost())]), "connection reset by the server"),
    (DNSLookupError("no such host"), "host name could not be resolved"),
])
def test_failed_downloads_in_plain_words(error, words):
    assert download_error(error) == words


def test_a_wrapped_reset_is_found_through_the_wrapper():
    try:
        try:
            raise ResponseNeverReceived([Failure(ConnectionLost())])
        except ResponseNeverReceived as inner:
            raise DownloadFailedError(str(inner)) from inner
    except DownloadFailedError as outer:
        assert download_error(outer) == "connection reset by the server"


@pytest.mark.parametrize("query", ["sid=2", "SID=14", "sessionid=41", "PHPSESSID=ab12", "sid=annual-budget-report",
                                   "cftoken=8546732155409876", "sid=council"])
def test_a_session_parameter_with_a_short_or_numeric_value_names_a_document_and_stays(query):
    """A CMS's story id (``view.php?sid=2``) is content: dropping it fetched another page and listed it as this one."""
    assert normalise_url(f"http://h/view.php?{query}") == f"http://h/view.php?{query}"


def test_campaign_tracking_does_not_make_another_document():
    """A newsletter's link to a notice carries utm_* or a click id: the same document, one entry, one set of
    findings."""
    plain = normalise_url("https://www.example.gov/dl?id=5")
    assert normalise_url("https://www.example.gov/dl?id=5&utm_source=newsletter&utm_medium=email") == plain
    assert normalise_url("https://www.example.gov/dl?fbclid=IwAR3xYz&id=5") == plain
    assert normalise_url("https://www.example.gov/dl?id=5&gclid=Cj0KCQ") == plain
    # parameters that only look alike are content
    assert normalise_url("https://www.example.gov/dl?id=5&source=newsletter") != plain
    assert normalise_url("https://www.example.gov/dl?utm=3") != normalise_url("https://www.example.gov/dl")
