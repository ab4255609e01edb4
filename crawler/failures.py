"""Turns a Twisted failure of a request into the status and reason a report shows for that URL, in plain
words: a webmaster reads "connection reset by the server", never a Twisted repr."""
from __future__ import annotations

from http import HTTPStatus
from typing import NamedTuple

from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest, ResponseDataLossError, StopDownload)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as tx
from twisted.internet.defer import CancelledError
from twisted.web.client import ResponseFailed
from twisted.python.failure import Failure

from .scope import PICTURE, refuse_response

# answers that mean the document is not published to the public: a broken link, a protected area, an address that
# serves nothing to a GET (405: a script's POST-only endpoint, whichever run finds it). Not 403: a firewall or bot
# manager that blocks crawlers by their User-Agent answers 403 while the public gets the document, so a 403 is a
# document not checked, not a broken link.
_NOT_PUBLISHED = frozenset({401, 404, 405, 407, 410, 451})

# low-level causes of a failed download, most telling first, and how a person would say each
_PLAIN_CAUSES: tuple[tuple[type[BaseException] | tuple, str], ...] = (
    ((DownloadTimeoutError, TimeoutError, tx.TimeoutError, tx.TCPTimedOutError), "timed out"),
    ((DownloadConnectionRefusedError, tx.ConnectionRefusedError), "connection refused"),
    ((CannotResolveHostError, tx.DNSLookupError), "host name could not be resolved"),
    (tx.ConnectionLost, "connection reset by the server"),
    ((tx.ConnectionDone, tx.ConnectionClosed), "the server closed the connection without a complete answer"),
    (ResponseDataLossError, "connection closed before the whole file arrived"),
    (tx.NoRouteError, "no route to the host"),
    (tx.ConnectError, "could not connect to the server"),
)


# Twisted's client closes the connection itself on a status or header line over 16 KB (LineReceiver.MAX_LENGTH)
# and reports it as a close, so a close half-way through the headers is either side's doing
HEADERS_CUT = ("the connection closed part-way through the answer's headers: the server cut it, or a header line "
               "was longer than pubcheck's HTTP client accepts (16 KB)")


class IncompleteBody(IgnoreRequest):
    """A response whose body arrived whole by its HTTP framing but whose content does not: a compressed stream
    cut short or broken part-way. Scrapy decodes what it can of it and drops the rest without a word, so the
    document is a failed download, not checked."""


class TooLarge(IgnoreRequest):
    """A response whose body is over the document limit once decoded (a compressed body that inflates past
    DOWNLOAD_MAXSIZE: a compression bomb, or a large page sent compressed). Published, and not checked."""

    not_checked = True


# Scrapy's HttpCompressionMiddleware's own refusal of a body that decodes past DOWNLOAD_MAXSIZE (an encoding
# CompressedBodyCheck does not decode, such as zstd): "Ignored response <200 URL> because its body (...)
# exceeded DOWNLOAD_MAXSIZE (N B) during decompression."
_SCRAPY_DECODED_TOO_LARGE = "exceeded DOWNLOAD_MAXSIZE"


class Refusal(NamedTuple):
    """What became of a request that brought no content to scan."""

    status: str  # failed | skipped
    reason: str
    not_checked: bool  # published, but not checked: a gap that makes the run incomplete


def failure_reason(failure, settings) -> Refusal:
    """Status and reason for a failed request: skipped when pubcheck chose not to fetch, else failed."""
    error = failure.value
    if failure.check(HttpError):
        status = error.response.status
        request = getattr(failure, "request", None)
        if status == 401 and credentials_refused(request):
            # the start hosts' own credentials were refused (a password changed or expired mid-crawl, a session
            # the server dropped): what the public cannot open is not the question, the site was not checked
            return Refusal("failed", password_protected(request), True)
        reason = password_protected(request) if status == 401 else http_reason(status)
        return Refusal("failed", reason, status not in _NOT_PUBLISHED)
    if failure.check(StopDownload):  # DocumentGate refused the response by its headers
        headers = error.response.headers
        length = headers.get(b"Content-Length")
        request = getattr(failure, "request", None)
        reason = refuse_response(headers.get(b"Content-Type", b"").decode("latin-1"),
                                 int(length) if length and length.isdigit() else None,
                                 settings.getint("DOWNLOAD_MAXSIZE"),
                                 asset=bool(request is not None and request.meta.get("pubcheck_asset")),
                                 disposition=headers.get(b"Content-Disposition", b"").decode("latin-1"),
                                 picture=bool(request is not None and request.meta.get(PICTURE)))
        return Refusal("skipped", reason or "download stopped", bool(reason and reason.startswith("too large")))
    if failure.check(DownloadCancelledError, CancelledError):
        return Refusal("skipped", f"too large: over the {settings.getint('DOWNLOAD_MAXSIZE') / 1048576:g} MB "
                       "document limit", True)
    if failure.check(IncompleteBody):
        return Refusal("failed", str(error), True)
    if failure.check(IgnoreRequest) and not failure.check(TooLarge) and _SCRAPY_DECODED_TOO_LARGE in str(error):
        return Refusal("skipped", f"too large: over the {settings.getint('DOWNLOAD_MAXSIZE') / 1048576:g} MB "
                       "document limit once decompressed", True)
    if failure.check(IgnoreRequest):
        return Refusal("skipped", str(error) or "not fetched", bool(getattr(error, "not_checked", False)))
    retries = settings.getint("RETRY_TIMES")
    reason = download_error(error)
    if reason == "timed out":
        reason = f"timed out after {settings.getint('DOWNLOAD_TIMEOUT')} s"
    if retries:
        reason += f" ({retries} {'retry' if retries == 1 else 'retries'})"
    return Refusal("failed", reason, True)


def download_error(error: BaseException) -> str:
    """A failed download's cause in plain words, looking through the wrappers (Scrapy's DownloadFailedError,
    Twisted's ResponseFailed with its list of failures) for the cause that says most."""
    causes = list(_causes(error))
    if any(_closed_in_headers(cause) for cause in causes):
        return HEADERS_CUT
    for kinds, words in _PLAIN_CAUSES:
        if any(isinstance(cause, kinds) for cause in causes):
            return words
    name = next((type(c).__name__ for c in causes if "SSL" in type(c).__module__ + type(c).__name__), None)
    if name:
        return f"secure connection (TLS) failed ({name})"
    return f"download failed ({type(causes[-1]).__name__})"


def _closed_in_headers(error: BaseException) -> bool:
    """Whether ``error`` is Twisted's ResponseFailed (not its ResponseNeverReceived: nothing arrived) for a clean
    close before the headers ended: a body cut short is a data loss, which Scrapy reports as its own error."""
    reasons = getattr(error, "reasons", None) or ()
    return type(error) is ResponseFailed and len(reasons) == 1 and \
        isinstance(reasons[0].value if isinstance(reasons[0], Failure) else reasons[0], tx.ConnectionDone)


def _causes(error: BaseException, depth: int = 0):
    """``error`` and everything it wraps, outermost first."""
    yield error
    if depth > 5:
        return
    for inner in getattr(error, "reasons", None) or ():  # twisted.web's _WrapperException
        yield from _causes(inner.value if isinstance(inner, Failure) else inner, depth + 1)
    if error.__cause__ is not None:
        yield from _causes(error.__cause__, depth + 1)


def http_reason(status: int) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "unknown status"
    return f"HTTP {status} {phrase}"


def credentials_refused(request) -> bool:
    """Whether ``request`` carried the run's basic-auth credentials (BasicAuthMiddleware sends them to the start
    URLs' hosts only): a 401 to it is the site refusing them, not a file the public cannot open either."""
    return bool(request is not None and request.headers.get(b"Authorization"))


def password_protected(request) -> str:
    """The reason of a 401 to ``request``. Without credentials the public cannot open the document either, so
    it is no gap in the check (as a broken link is not), but the reason must not read as a document that was
    checked: it says it was not, and how to check it (credentials go to the start URLs' hosts only:
    BasicAuthMiddleware). With the run's credentials refused it is a gap: see :func:`failure_reason`."""
    if credentials_refused(request):
        return "password-protected (HTTP 401): not checked; the credentials of --auth-env were refused"
    return "password-protected (HTTP 401): not checked; give credentials with --auth-env to check it"
