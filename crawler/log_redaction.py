"""Every log record of an unrevealed run, Scrapy's and pubcheck's, passes through the outputs' redaction.

Scrapy's own lines name requests with their URLs ("Gave up retrying <GET http://host/svc?ssn=...>"), and an
exception's message can quote what a server answered (a reason phrase with an account number in it). The rule is
that no confidential value reaches any output or log unless ``--reveal``: :func:`install` makes every log record
of the process show its message and its exception's text as :func:`reports.redact.log_text` masks them. It is a
record factory, not a handler's filter, so it holds for every handler (Scrapy installs its own when a crawl
starts) and for loggers' filters that read a record's exception first (``crawler.run.history_errors_briefly``).
Scrapy's stats dump (with ``-v``) is counters, not content: their values are left readable
(:func:`reports.redact.log_stats_text`).
"""
from __future__ import annotations

import logging

from reports.redact import log_stats_text, log_text

STATS_LOGGER = "scrapy.statscollectors"


class RedactedRecord(logging.LogRecord):
    """A log record whose message and exception text are shown redacted, however a handler formats it."""

    def getMessage(self) -> str:  # noqa: N802 (logging's name)
        message = super().getMessage()
        return log_stats_text(message) if self.name == STATS_LOGGER else log_text(message)

    @property
    def exc_text(self):  # a formatter caches the exception's text here, and appends it to the line
        return self.__dict__.get("_exc_text")

    @exc_text.setter
    def exc_text(self, text):
        self.__dict__["_exc_text"] = log_text(text) if text else text


def install() -> None:
    """Redact every log record made from now on in this process (see the module docstring)."""
    logging.setLogRecordFactory(RedactedRecord)
