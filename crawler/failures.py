"""Turns a Twisted failure of a request into the status and reason a report shows for that URL."""
from __future__ import annotations

from http import HTTPStatus
from typing import NamedTuple

from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest, ResponseDataLossError, StopDownload)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError

from .scope import refuse_response


# answers that mean the document is not published to the public: a broken link, a protected area
_NOT_PUBLISHED = frozenset({401, 403, 404, 407, 410, 451})


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
        return Refusal("failed", http_reason(status), status not in _NOT_PUBLISHED)
    if failure.check(StopDownload):  # DocumentGate refused the response by its headers
        headers = error.response.headers
        length = headers.get(b"Content-Length")
        reason = refuse_response(headers.get(b"Content-Type", b"").decode("latin-1"),
                                 int(length) if length and length.isdigit() else None,
                                 settings.getint("DOWNLOAD_MAXSIZE"))
        return Refusal("skipped", reason or "download stopped", bool(reason and reason.startswith("too large")))
    if failure.check(DownloadCancelledError, CancelledError):
        return Refusal("skipped", f"too large: over the {settings.getint('DOWNLOAD_MAXSIZE') / 1048576:g} MB "
                       "document limit", True)
    if failure.check(IgnoreRequest):
        return Refusal("skipped", str(error) or "not fetched", bool(getattr(error, "not_checked", False)))
    retries = settings.getint("RETRY_TIMES")
    if failure.check(DownloadTimeoutError, TimeoutError):
        return Refusal("failed", f"timed out after {settings.getint('DOWNLOAD_TIMEOUT')} s ({retries} retries)", True)
    if failure.check(CannotResolveHostError):
        return Refusal("failed", "host name could not be resolved", True)
    if failure.check(DownloadConnectionRefusedError):
        return Refusal("failed", f"connection refused ({retries} retries)", True)
    if failure.check(ResponseDataLossError):
        return Refusal("failed", "connection closed before the whole file arrived", True)
    return Refusal("failed", f"download error: {type(error).__name__}: {error}", True)


def http_reason(status: int) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "unknown status"
    hint = " (credentials missing or wrong; see --auth-env)" if status == 401 else ""
    return f"HTTP {status} {phrase}{hint}"
