"""Contact cards (vCard, ``.vcf``) and calendars (iCalendar, ``.ics``): a utility's exported contact list or a
board's calendar of appeal hearings, published as files.

Both are lines of ``NAME;PARAMETERS:VALUE`` (RFC 6350, RFC 5545), long lines folded onto the next ones. Each card
or calendar component (an event, a to-do, a journal entry) is one record; each property a reader sees is one
segment, in the words a contacts or calendar application shows, labelled as it labels it: ``FN`` "name", ``TEL``
"home phone", ``ADR`` the address joined as it is written on an envelope ("8125 Cottonwood Dr, Johnstown, CO
80534"), an attendee "Kyle Dunn <kyle@...>". The properties an application does not show as text (``DTSTART`` and
the other times, ``UID``, ``STATUS``, ``RRULE`` ...) are in the file all the same, for anyone who downloads it: each
is read, hidden "not shown by calendar or contacts apps", unless it has its standard form (a time stamp that is one,
a status word, a generated UID): a typo'd export's ``DTSTART:512-34-6789`` is an SSN published. A UID's ``@host``
is no mailbox and is not read. A card shown as text on a page (a ``<pre>`` holding "BEGIN:VCARD ...") is read the
same way (its properties shown there as written): its ``ADR`` is one address, its locality the address's city, not a
value of its own beside the name.
"""
from __future__ import annotations

import re

from detectors.model import Location, Segment

from . import DocumentBuilder
from .sniff import decode

_COMPONENTS = frozenset({"VCARD", "VEVENT", "VTODO", "VJOURNAL", "VALARM"})
_SKIPPED = frozenset({"BEGIN", "END", "VERSION", "PRODID", "UID", "DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE",
                      "CALSCALE", "METHOD", "REV", "KIND", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "RRULE",
                      "DTSTART", "DTEND", "DUE", "DURATION", "STATUS", "TRANSP", "CLASS", "PRIORITY", "PHOTO", "LOGO",
                      "SOUND", "KEY", "PRODUCT", "SOURCE", "X-WR-TIMEZONE", "ACTION", "TRIGGER"})
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})  # inline data (base64) or a link to it: no text
# the standard form of the properties not shown (RFC 5545 3.3, RFC 6350 4): a value in it holds nothing to read
_TIME = r"\d{8}(?:T\d{6}Z?)?|\d{4}-\d{2}-\d{2}(?:T\d{2}:?\d{2}(?::?\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_SPAN = r"[+-]?P(?:\d+[WDHMS]|T)+"
_TIMES = re.compile(rf"(?:{_TIME}|{_SPAN})(?:/(?:{_TIME}|{_SPAN}))?(?:,(?:{_TIME}|{_SPAN})(?:/(?:{_TIME}|{_SPAN}))?)*")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_RULE_PART = rf"[A-Za-z-]+=(?:{_TIME}|[A-Za-z0-9,+-]{{0,40}})"  # FREQ=WEEKLY, UNTIL=20241231T235959Z, BYDAY=MO,WE
_STANDARD_FORMS = {
    **dict.fromkeys(("DTSTAMP", "CREATED", "LAST-MODIFIED", "REV", "DTSTART", "DTEND", "DUE", "DURATION", "TRIGGER"),
                    _TIMES),
    **dict.fromkeys(("CALSCALE", "METHOD", "KIND", "STATUS", "TRANSP", "CLASS", "ACTION"), _WORD),
    "VERSION": re.compile(r"\d+(?:\.\d+)*"), "SEQUENCE": re.compile(r"\d{1,6}"), "PRIORITY": re.compile(r"\d{1,6}"),
    "TZOFFSETFROM": re.compile(r"[+-]\d{4}(?:\d{2})?"), "TZOFFSETTO": re.compile(r"[+-]\d{4}(?:\d{2})?"),
    "RRULE": re.compile(rf"{_RULE_PART}(?:;{_RULE_PART})*"),
}
# a UID an application generated: a UUID, a long hex or base64 token, with an "@host" or not
_GENERATED_UID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
                            r"|[0-9A-Za-z+/=_-]{20,}")
CARD_LABELS = {"FN": "name", "N": "name", "TEL": "phone", "EMAIL": "email", "ADR": "address", "ORG": "organization",
             "TITLE": "title", "ROLE": "role", "NOTE": "note", "BDAY": "birthday", "NICKNAME": "nickname",
             "SUMMARY": "summary", "DESCRIPTION": "description", "LOCATION": "location", "ORGANIZER": "organizer",
             "ATTENDEE": "attendee", "CONTACT": "contact", "COMMENT": "comment", "CATEGORIES": "categories",
             "URL": "url", "X-WR-CALNAME": "calendar", "X-WR-CALDESC": "calendar description"}
_CONTENT_LINE = re.compile(r"(?P<name>[A-Za-z0-9-]+)(?P<parameters>(?:;[^:]*)?):(?P<value>.*)")
_PARAMETER = re.compile(r';([A-Za-z0-9-]+)=("[^"]*"|[^;:]*)')
_ESCAPE = re.compile(r"\\([nN,;:\\])")
_SCHEME = re.compile(r"(?i)^(?:tel|mailto):")  # a value written as a URI: "tel:+1-970-...", "mailto:..."


def extract_cards(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    read_cards(builder, decode(body, content_type).text)


# a card or a calendar shown as text on a page (a ``<pre>`` of a vCard): read as the file is
CARDS_START = re.compile(r"\s*BEGIN:(?:VCARD|VCALENDAR|VEVENT)\b", re.IGNORECASE)


def read_cards(builder: DocumentBuilder, text: str, where: str | None = None, *, hidden: str | None = None,
               chrome: bool = False) -> None:
    """The cards and components of ``text``, each a record of its properties; located by line, or at the element
    ``where`` when the text is a page's."""
    fields: list[Segment | None] = []
    start = 0

    def location(line: int) -> Location:
        return Location(element=where) if where else Location(line=line)

    for number, line in _unfolded(text):
        match = _CONTENT_LINE.match(line)
        if not match:
            continue
        name, value = match["name"].upper(), match["value"]
        if name == "BEGIN" and value.strip().upper() in _COMPONENTS:
            fields, start = [], number
        elif name == "END" and value.strip().upper() in _COMPONENTS:
            builder.add_record(fields, location(start))
            fields = []
        elif name in _SKIPPED:
            unshown = _unshown(name, value)
            if unshown:  # a text of its own, no field of the record: the record is what an application shows
                builder.add(unshown, location(number), label=_label(name, {}), chrome=chrome,
                            hidden=hidden or (None if where else "not shown by calendar or contacts apps"))
        elif not (name == "N" and any(f is not None and f.label == "name" for f in fields)):
            parameters = {k.upper(): v.strip('"') for k, v in _PARAMETER.findall(match["parameters"])}
            shown = _shown(name, value, parameters)
            if shown:
                fields.append(builder.add(shown, location(number), label=_label(name, parameters), hidden=hidden,
                                          chrome=chrome))
        if builder.full:
            return


def _unfolded(text: str):
    """(line number, content line), a folded line (its continuation starts with a space or a tab) joined."""
    number, current = 0, None
    for index, line in enumerate(text.splitlines(), 1):
        if line[:1] in (" ", "\t") and current is not None:
            current += line[1:]
            continue
        if current is not None:
            yield number, current
        number, current = index, line
    if current is not None:
        yield number, current


def _label(name: str, parameters: dict) -> str:
    label = CARD_LABELS.get(name, name.lower().removeprefix("x-").replace("-", " "))
    kinds = [k.lower() for k in parameters.get("TYPE", "").split(",") if k.lower() in ("home", "work", "cell")]
    return f"{kinds[0]} {label}" if kinds and name in ("TEL", "ADR", "EMAIL") else label


def _shown(name: str, value: str, parameters: dict) -> str:
    """A property's value as an application shows it."""
    if name in ("ADR", "N"):
        parts = [_unescaped(p) for p in re.split(r"(?<!\\);", value)]
        if name == "N":  # family; given; additional; prefix; suffix
            parts += [""] * (5 - len(parts))
            return " ".join(p for p in (parts[3], parts[1], parts[2], parts[0], parts[4]) if p)
        parts += [""] * (7 - len(parts))  # box; extended; street; locality; region; code; country
        region = " ".join(p for p in (parts[4], parts[5]) if p)
        return ", ".join(p for p in (parts[0], parts[1], parts[2], parts[3], region, parts[6]) if p)
    text = _unescaped(value)
    if name in ("ORGANIZER", "ATTENDEE"):
        mailbox = _SCHEME.sub("", text)
        common_name = parameters.get("CN", "")
        return f"{common_name} <{mailbox}>" if common_name else mailbox
    return _SCHEME.sub("", text) if name in ("TEL", "EMAIL") else text


def _unshown(name: str, value: str) -> str:
    """The text of a property an application does not show, to be read; "" for one in its standard form (see the
    module docstring)."""
    if name in _BINARY or name in ("BEGIN", "END"):
        return ""
    text = _unescaped(value)
    form = _STANDARD_FORMS.get(name)
    if form is not None and form.fullmatch(text):
        return ""
    if name == "UID":
        text = text.rpartition("@")[0] or text  # the host part names the application's server, no mailbox
        if _GENERATED_UID.fullmatch(text):
            return ""
    return text


def _unescaped(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()
