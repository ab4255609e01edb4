"""Turns a Twisted failure of a request into the status and reason a report shows for that URL."""
from __future__ import annotations

from http import HTTPStatus

from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest, ResponseDataLossError, StopDownload)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError

from .scope import refuse_response


def failure_reason(failure, settings) -> tuple[str, str]:
    """(status, reason) for a failed request: skipped when pubcheck chose not to fetch, else failed."""
    error = failure.value
    if failure.check(HttpError):
        return "failed", http_reason(error.response.status)
    if failure.check(StopDownload):  # DocumentGate refused the response by its headers
        headers = error.response.headers
        length = headers.get(b"Content-Length")
        reason = refuse_response(headers.get(b"Content-Type", b"").decode("latin-1"),
                                 int(length) if length and length.isdigit() else None,
                                 settings.getint("DOWNLOAD_MAXSIZE"))
        return "skipped", reason or "download stopped"
    if failure.check(DownloadCancelledError, CancelledError):
        return "skipped", f"too large: over the {settings.getint('DOWNLOAD_MAXSIZE') / 1048576:g} MB document limit"
    if failure.check(IgnoreRequest):
        return "skipped", str(error) or "not fetched"
    retries = settings.getint("RETRY_TIMES")
    if failure.check(DownloadTimeoutError, TimeoutError):
        return "failed", f"timed out after {settings.getint('DOWNLOAD_TIMEOUT')} s ({retries} retries)"
    if failure.check(CannotResolveHostError):
        return "failed", "host name could not be resolved"
    if failure.check(DownloadConnectionRefusedError):
        return "failed", f"connection refused ({retries} retries)"
    if failure.check(ResponseDataLossError):
        return "failed", "connection closed before the whole file arrived"
    return "failed", f"download error: {type(error).__name__}: {error}"


def http_reason(status: int) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "unknown status"
    hint = " (credentials missing or wrong; see --auth-env)" if status == 401 else ""
    return f"HTTP {status} {phrase}{hint}"
