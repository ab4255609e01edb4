"""The senders a customer-service mail log lists, each written as a mail system writes one.

An inbox log or a mailbox export published by mistake ("Received | From | Subject") gives each message's sender in
one cell, the name and the mailbox together: "Ana Ruiz <aruiz@gmail.com>", "aruiz@gmail.com (Ana Ruiz)", "\"Ruiz,
Ana\" <aruiz@gmail.com>", "Ana Ruiz [mailto:aruiz@gmail.com]". A cell's shape reads as a mailbox alone, so the name
in it is no column's and no table rule reads it. Where the log is about customers' service (its title, its file name
or its subjects name a bill, a rebate, an opt-out, a disconnection: ``headers.program_matter`` or
``cues.SERVICE_MATTER``) and no public process (a council's correspondence, a hearing's comments:
``headers.public_process``), each sender writing from a private mailbox is a customer: their name and their mailbox.
Not read: a sender at the City's, a government's or a role's mailbox (a newsletter's "Energy Team <news@city.gov>"),
a name that reads as no private person's, a lone message, and the senders at organizations' domains of a log that
half or more of its senders write to from such domains (the City's correspondence with agencies and consultants).
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Segment
from ..public_contacts import PERSONAL_DOMAINS
from .analysis import Analysis, page_of
from .cues import SERVICE_MATTER
from .headers import program_matter, public_process
from .persons import named_officially, person_name
from .shapes import plain_email
from .tables import cells_of

# the column of who sent each message: "From", "Sender", "Sent by", "Reply-To"
_SENDER_COLUMN = re.compile(r"(?i)\s*(?:from|sender|sent\s+by|reply[\s-]*to|e-?mail\s+from|message\s+from)\s*:?\s*")
_MAILBOX = r"(?P<mail>[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})"
# the forms a mail system writes a sender in: the name before the mailbox in angle brackets (quoted when it holds a
# comma), or the mailbox before the name in round ones
_SENDER_FORMS = (re.compile(rf"\s*\"(?P<name>[^\"<>@\n]{{3,60}})\"\s*<{_MAILBOX}>\s*"),
                 re.compile(rf"\s*(?P<name>[^\"<>@\n]{{3,60}}?)\s*<{_MAILBOX}>\s*"),
                 re.compile(rf"\s*<?{_MAILBOX}>?\s*\((?P<name>[^()@\n]{{3,60}})\)\s*"),
                 # Outlook's "Ana Ruiz [mailto:aruiz@gmail.com]", a name before its mailbox in round brackets
                 re.compile(rf"\s*(?P<name>[^\"<>()\[\]@\n]{{3,60}}?)\s*[\[(]\s*(?:mailto:)?{_MAILBOX}\s*[\])]\s*"))
_TITLE_SEGMENTS, _TITLE_CHARS = 4, 120  # the short lines right above a table that title it
_LOG_ROWS = 200  # the rows of a log a PDF's page holds at most
_SENDERS = 2  # a log of several messages, not one message's header
_WHY = "sender of a message in a customer-service mail log: column '{label}'"


def find(analysis: Analysis) -> None:
    logs: dict[tuple, list[list[Segment]]] = defaultdict(list)
    for record in analysis.document.records:
        fields = [f for f in record.fields if not f.chrome and f.text.strip()]
        labels = tuple(f.label or "" for f in fields)
        if any(_SENDER_COLUMN.fullmatch(label) for label in labels):
            logs[labels].append(fields)
    _text_logs(analysis)
    for labels, rows in logs.items():
        senders = [(f, sender) for row in rows for f in row if _SENDER_COLUMN.fullmatch(f.label or "")
                   and (sender := _private_sender(analysis, f.text))]
        mailboxes = [f.text[slice(*spans[1])] for f, spans in senders]
        senders = [sender for sender, staff in zip(senders, _employers_staff(mailboxes)) if not staff]
        if len(senders) < _SENDERS:
            continue
        topic = " ".join([_title_over(analysis, rows[0][0]), *labels,
                          *(f.text for row in rows for f in row if not _SENDER_COLUMN.fullmatch(f.label or ""))])
        if public_process(topic) or not (program_matter(topic) or SERVICE_MATTER.search(topic)):
            continue
        for f, (name, mail) in senders:
            analysis.add("name", f, *name, analysis.reason(_WHY, f.label))
            analysis.add("email", f, *mail, analysis.reason(_WHY, f.label))


def _text_logs(analysis: Analysis) -> None:
    """The logs a PDF's text lays out, cells a column gap apart: a header line with a sender's column, and the lines
    of as many cells right under it. Their title and subjects are the page's other lines (a drawn table's last column
    may come out after its rows)."""
    lines = analysis.free_lines
    for k, header in enumerate(lines):
        labels = [header.segment.text[a:b] for a, b in cells_of(header)]
        column = next((i for i, label in enumerate(labels) if _SENDER_COLUMN.fullmatch(label)), None)
        if column is None or len(labels) < 2:
            continue
        senders = []
        for line in lines[k + 1:k + 1 + _LOG_ROWS]:
            cells = cells_of(line)
            if len(cells) != len(labels) or page_of(line.segment) != page_of(header.segment):
                break
            start, end = cells[column]
            sender = _private_sender(analysis, line.segment.text[start:end])
            if sender:
                senders.append((line.segment, start, sender))
        page = " ".join(line.text for line in lines if page_of(line.segment) == page_of(header.segment)
                        and len(line.text) <= _TITLE_CHARS)
        mailboxes = [segment.text[start + spans[1][0]:start + spans[1][1]] for segment, start, spans in senders]
        senders = [sender for sender, staff in zip(senders, _employers_staff(mailboxes)) if not staff]
        if len(senders) < _SENDERS or public_process(page) or not (program_matter(page) or SERVICE_MATTER.search(page)):
            continue
        why = analysis.reason(_WHY, labels[column])
        for segment, start, ((a, b), (c, d)) in senders:
            analysis.add("name", segment, start + a, start + b, why)
            analysis.add("email", segment, start + c, start + d, why)


def _employers_staff(mailboxes: list[str]) -> list[bool]:
    """For each sender's mailbox of a log, whether it is an organization's staff member's. A log whose senders write
    from organizations' domains (no consumer provider's) at least as often as from consumer ones is the City's
    correspondence with agencies, firms and consultants ("Ana Ruiz <aruiz@kimley-horn.com>", "Lee Tran
    <ltran@cpuc.ca.gov>"): those senders write as their employers' staff. A customers' log is written from Gmail,
    Yahoo or Outlook; a customer writing from work among them is still theirs."""
    at_work = [not _consumer_domain(mailbox.rpartition("@")[2].lower()) for mailbox in mailboxes]
    return at_work if sum(at_work) * 2 >= len(at_work) else [False] * len(at_work)


def _consumer_domain(domain: str) -> bool:
    """Whether a mailbox's domain is a consumer mail provider's, in any country ("yahoo.co.uk", "hotmail.fr" as
    "yahoo.com" and "hotmail.com" are)."""
    return domain in PERSONAL_DOMAINS or domain.split(".", 1)[0] in _PROVIDERS


_PROVIDERS = frozenset(domain.split(".", 1)[0] for domain in PERSONAL_DOMAINS)


def _private_sender(analysis: Analysis, text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans (name, mailbox) of a cell that is a private person's name and mailbox as a mail system writes a
    sender; None for any other cell."""
    for form in _SENDER_FORMS:
        match = form.fullmatch(text)
        if match:
            break
    else:
        return None
    name = match.group("name").strip()
    last, comma, given = name.partition(",")
    if not person_name(f"{given.strip()} {last.strip()}" if comma else name) or named_officially(name, 0, len(name)):
        return None
    if analysis.contacts.email_is_public(plain_email(match.group("mail")).lower(), analysis.document.url):
        return None
    start = text.index(name, match.start("name"))
    return (start, start + len(name)), match.span("mail")


def _title_over(analysis: Analysis, first: Segment) -> str:
    """A table's title: the short lines right above its first row on its page, and its document's file name."""
    i = analysis.segment_index.get(id(first)) or 0
    above = [s.text for s in analysis.segments[max(0, i - _TITLE_SEGMENTS):i]
             if len(s.text) <= _TITLE_CHARS and page_of(s) == page_of(first)]
    return " ".join([*above, re.sub(r"[_\W]+", " ", analysis.document.url.rsplit("/", 1)[-1])])
