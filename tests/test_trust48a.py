"""Trust red team, round 48 (first half): names that are no UTF-8, formats named as a reader knows them, and a
calendar's properties no application shows.

- a scanned file whose name is no UTF-8 (latin-1 bytes from a Samba or Windows share) is scanned, its findings
  reported (exit 1), the history recorded, and its name written one valid way in every output: each byte that is
  no UTF-8 as ``\\xNN``; a link's percent-decoded path that is no UTF-8 is read by the same rule;
- a format pubcheck does not read is named ("WordPerfect document (.wpd): format not read by pubcheck");
- an SSN in an .ics property a calendar app does not show (``DTSTART``) is found; the standard forms of those
  properties (time stamps, status words, generated UIDs) are read as nothing.

Scans run on files in the test's folder, with a fresh HOME.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from detector_helpers import pairs_found

SSN = "512-34-6789"
RAW_FORMS = (SSN, "512346789", "536-90-4417")
RECORD = "Customer Maria Delgado, SSN 536-90-4417, service at 1412 W Holt Ave, Pomona."
OUTPUTS = ("findings.json", "findings.sarif", "junit.xml", "report.html")


def _make(folder: Path, files: dict[bytes, str]) -> None:
    folder.mkdir()
    for name, text in files.items():
        with open(os.path.join(os.fsencode(folder), name), "w") as f:
            f.write(text)


def _strict_text(path: Path) -> str:
    """The file as UTF-8, refused (as Rust's serde_json or a strict SARIF reader refuses it) if it is not valid,
    or if a JSON file holds a lone surrogate escape."""
    text = path.read_bytes().decode("utf-8")
    if path.suffix in (".json", ".sarif"):
        json.dumps(json.loads(text), ensure_ascii=False).encode("utf-8")
    return text


# -- D1, D2: file names that are no UTF-8 -------------------------------------------------------------------------

def test_a_name_is_shown_with_each_byte_that_is_no_utf8_escaped():
    from crawler.url_text import shown_name
    assert shown_name(os.fsdecode(b"docs/caf\xe9 menu.txt")) == "docs/caf\\xe9 menu.txt"
    assert shown_name(b"notes_\xff\xfe.txt") == "notes_\\xff\\xfe.txt"
    assert shown_name(b"\xed\xa0\x80.txt") == "\\xed\\xa0\\x80.txt"  # an encoded surrogate is no UTF-8
    assert shown_name("a\ud800b") == "a\\xed\\xa0\\x80b"  # a lone surrogate that is no escaped byte
    # valid names are left as they are: UTF-8 letters, a literal backslash
    assert shown_name("docs/café.txt") == "docs/café.txt"
    assert shown_name("Año 2024/informe.pdf") == "Año 2024/informe.pdf"
    assert shown_name("C:\\docs\\a.txt") == "C:\\docs\\a.txt"
    # two names that differ only in such bytes stay two (U+FFFD would make them one)
    assert shown_name(b"caf\xe9.txt") != shown_name(b"caf\xe8.txt")


def test_a_byte_shown_escaped_is_a_word_of_its_own_in_a_name():
    from crawler.url_text import file_path_text, path_text, shown_name
    assert file_path_text(shown_name(os.fsdecode(b"Delgado_\xe9t\xe9_512-34-6789.txt"))) == \
        "Delgado \\xe9t\\xe9 512-34-6789.txt"
    assert path_text("http://h/files/%E9t%E9_512-34-6789.txt") == "files / \\xe9t\\xe9 512-34-6789.txt"
    assert path_text("http://h/files/%FF%FE512346789.txt") == "files / \\xff\\xfe 512346789.txt"  # no "e512346789"
    assert path_text("http://h/files/caf%C3%A9_512-34-6789.pdf") == "files / café 512-34-6789.pdf"  # UTF-8 decoded
    # nothing identifier-shaped: still nothing to read
    assert path_text("http://h/files/%E9t%E9_2024.pdf") == ""
    assert file_path_text(shown_name(os.fsdecode(b"caf\xe9 menu 2024.txt"))) == ""


def test_names_that_are_no_utf8_are_scanned_and_written_one_valid_way(tmp_path, run_pubcheck):
    docs = tmp_path / "docs"
    _make(docs, {b"Delgado_\xe9t\xe9_512-34-6789.txt": "Public notice.", b"notes_\xff\xfe.txt": RECORD,
                 b"caf\xe9 menu.txt": "Public notice: the cafe opens at nine.",
                 b"caf\xe8 menu.txt": "Public notice: the cafe opens at ten."})
    result = run_pubcheck("scan", os.fsdecode(os.fsencode(docs)), "--out", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert not data["run"]["errors"]
    assert sorted(Path(d["url"]).name for d in data["documents"]) == [
        "Delgado_\\xe9t\\xe9_***-**-6789.txt", "caf\\xe8 menu.txt", "caf\\xe9 menu.txt", "notes_\\xff\\xfe.txt"]
    assert all(d["status"] == "scanned" for d in data["documents"])  # each opened by its real bytes
    assert sorted((f["category"], f["masked"], Path(f["url"]).name) for f in data["findings"]
                  if f["category"] == "ssn") == [
        ("ssn", "***-**-4417", "notes_\\xff\\xfe.txt"), ("ssn", "***-**-6789", "Delgado_\\xe9t\\xe9_***-**-6789.txt")]
    for output in OUTPUTS:
        text = _strict_text(tmp_path / "out" / output)
        assert "\ufffd" not in text, output
        for raw in RAW_FORMS:
            assert raw not in text, (output, raw)
    assert "notes_\\xff\\xfe.txt" in (tmp_path / "out" / "junit.xml").read_text()
    assert "notes_\\xff\\xfe.txt" in (tmp_path / "out" / "report.html").read_text()
    assert "notes_%5Cxff%5Cxfe.txt" in (tmp_path / "out" / "findings.sarif").read_text()  # the same name, as a URI


def test_a_clean_file_named_in_latin1_is_recorded_in_the_history(tmp_path, run_pubcheck):
    docs = tmp_path / "docs"
    _make(docs, {b"caf\xe9 menu.txt": "Public notice: the cafe opens at nine.", b"n.txt": RECORD})
    for night in (1, 2):
        result = run_pubcheck("scan", docs, "--out", tmp_path / f"out{night}")
        assert result.returncode == 1, result.stderr
        data = json.loads((tmp_path / f"out{night}" / "findings.json").read_text())
        assert not data["run"]["errors"]
        for output in OUTPUTS:
            _strict_text(tmp_path / f"out{night}" / output)
    assert [f["status"] for f in data["findings"] if f["category"] == "ssn"] == ["recurring"]
    database = tmp_path / "home" / ".local" / "state" / "pubcheck" / "history.sqlite"
    with sqlite3.connect(database) as db:
        runs = db.execute("select count(*) from runs").fetchone()[0]
        urls = [row[0] for row in db.execute("select url from documents")]
    assert runs == 2
    assert any(url.endswith("caf\\xe9 menu.txt") for url in urls)


def test_a_folder_given_with_a_latin1_name_is_its_own_target(tmp_path, run_pubcheck):
    docs = Path(os.fsdecode(os.fsencode(tmp_path) + b"/d\xe9p\xf4t"))
    _make(docs, {b"n.txt": RECORD})
    result = run_pubcheck("scan", docs, "--out", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    assert not data["run"]["errors"]
    assert data["run"]["targets"] == [str(tmp_path) + "/d\\xe9p\\xf4t"]
    assert [d["url"] for d in data["documents"]] == [str(tmp_path) + "/d\\xe9p\\xf4t/n.txt"]


# -- the reason of a format not read --------------------------------------------------------------------------------

@pytest.mark.parametrize("url, content_type, body, reason", [
    ("https://x/files/minutes.wpd", "application/vnd.wordperfect", b"\xffWPC\x10\x00\x00\x00\x01\x0a" + b"\x00" * 64,
     "WordPerfect document (.wpd): format not read by pubcheck"),
    ("https://x/files/minutes.wpd", "application/octet-stream", b"\xffWPC\x10\x00\x00\x00\x01\x0a" + b"\x00" * 64,
     "WordPerfect document (.wpd): format not read by pubcheck"),  # by the extension
    ("https://x/download?id=7", "application/vnd.wordperfect", b"\xffWPC\x10\x00\x00\x00\x01\x0a" + b"\x00" * 64,
     "WordPerfect document (.wpd): format not read by pubcheck"),  # by the type: no extension
    ("https://x/files/letter.djvu", "image/vnd.djvu", b"AT&TFORM" + b"\x00" * 200,
     "DjVu document (.djvu): format not read by pubcheck"),
    ("https://x/files/budget.numbers", "application/vnd.apple.numbers", bytes(range(256)) * 2,
     "Apple Numbers spreadsheet (.numbers): format not read by pubcheck"),
    ("https://x/files/rolls.mdb", None, bytes(range(256)) * 2,
     "Microsoft Access database (.mdb): format not read by pubcheck"),
    ("https://x/files/plan.bin2", None, bytes(range(256)) * 2,
     "a .bin2 file of no type pubcheck knows (application/octet-stream): format not read by pubcheck"),
])
def test_a_format_not_read_is_named_as_a_reader_knows_it(url, content_type, body, reason):
    from crawler.extract import UnsupportedDocument, extract
    with pytest.raises(UnsupportedDocument) as raised:
        extract(url, body, content_type)
    assert str(raised.value) == reason
    assert raised.value.readable  # published and readable by the public: not checked, never a pass


def test_the_reasons_that_already_name_their_format_are_kept():
    from crawler.extract.sniff import OLE2, unsupported_reason
    assert unsupported_reason(OLE2, "https://x/site-plan.pub") == \
        "Microsoft Publisher document (.pub): format not read by pubcheck"
    assert unsupported_reason(OLE2, "https://x/blob").startswith("OLE2 compound file of another kind")
    assert unsupported_reason("application/x-7z-compressed", "https://x/a.7z").startswith("7-Zip archive")
    assert unsupported_reason("image/gif", "https://x/logo.gif").startswith("image (image/gif) is not scanned")
    assert unsupported_reason("video/mp4", "https://x/clip.mp4") == "video (video/mp4) is not scanned"
    # a declared type pubcheck does not know keeps its type: the extension of a typed file is not guessed from
    assert unsupported_reason("application/x-foo", "https://x/a.key") == "application/x-foo is not a scanned type"


def test_an_iwork_member_of_a_zip_is_named():
    import io
    import zipfile
    from crawler.extract import extract
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("Index/Document.iwa", b"\x00\x10\x00\x00" + bytes(range(256)))
    document = extract("https://x/files/letter.pages", buffer.getvalue(), "application/vnd.apple.pages")
    assert document.unchecked == ["member Index/Document.iwa not read: Apple iWork (Pages, Numbers, Keynote) content "
                                  "(.iwa): format not read by pubcheck"]


# -- a calendar's properties no application shows -------------------------------------------------------------------

CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
            "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-TIMEZONE:America/Los_Angeles\r\n"
            "BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-0700\r\n"
            "TZOFFSETTO:-0800\r\nTZNAME:PST\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
            "END:STANDARD\r\nEND:VTIMEZONE\r\n"
            "BEGIN:VEVENT\r\nUID:3f2a9c1d-1234-4abc-9def-0123456789ab@google.com\r\nDTSTART:{dtstart}\r\n"
            "DTEND;TZID=America/Los_Angeles:20240115T100000\r\nDTSTAMP:20240101T000000Z\r\n"
            "CREATED:2024-01-01T08:00:00Z\r\nLAST-MODIFIED:20240102T090000Z\r\nSEQUENCE:{sequence}\r\n"
            "STATUS:{status}\r\nTRANSP:OPAQUE\r\nCLASS:PUBLIC\r\nPRIORITY:5\r\n"
            "RRULE:FREQ=WEEKLY;UNTIL=20241231T235959Z;BYDAY=MO,WE\r\nEXDATE:20240122T090000,20240129T090000\r\n"
            "DURATION:PT1H30M\r\nSUMMARY:Planning Commission study session\r\nLOCATION:City Hall\\, 505 S Garey Ave\r\n"
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART;VALUE=DATE:20240301\r\nSUMMARY:Council meeting\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n")
STANDARD = {"dtstart": "20240115T090000", "sequence": "0", "status": "CONFIRMED",
            "uid": "20240115T090000Z-48213@pomonaca.gov"}


def _calendar_findings(**values) -> set[tuple[str, str]]:
    return pairs_found("https://x/files/visits.ics", CALENDAR.format(**{**STANDARD, **values}), "text/calendar")


@pytest.mark.parametrize("values, found", [
    ({"dtstart": SSN}, {("ssn", SSN)}),  # a typo'd export
    ({"status": "SSN 512-34-6789"}, {("ssn", SSN)}),
    ({"sequence": SSN}, {("ssn", SSN)}),
    ({"uid": "512-34-6789@pomonaca.gov"}, {("ssn", SSN)}),  # the host is no mailbox
    ({"dtstart": "maria.delgado@gmail.com"}, {("email", "maria.delgado@gmail.com")}),
])
def test_a_value_in_a_property_no_calendar_shows_is_found(values, found):
    assert _calendar_findings(**values) == found


@pytest.mark.parametrize("values", [
    {},  # a city calendar's standard properties: time stamps, words, rules, a Google UID, a generated UID
    {"uid": "040000008200E00074C5B7101A82E00800000000A0F3B2C1D4E5F601000000000000000010000000"},  # Outlook
    {"uid": "event-48213@pomonaca.gov"},  # a CMS's short event id, and the city's host
    {"uid": "1234567890"},  # a bare numeric event id
    {"dtstart": "20240115T090000Z"}, {"dtstart": "2024-01-15T09:00:00-08:00"},
])
def test_a_calendars_standard_properties_are_no_findings(values):
    assert _calendar_findings(**values) == set()


def test_an_unshown_property_is_hidden_in_a_file_and_shown_on_a_page():
    from crawler.extract import extract
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nUID:512-34-6789\nREV:2024-01-01T00:00:00Z\nEND:VCARD"
    in_file = extract("https://x/contacts.vcf", card.encode(), "text/vcard")
    assert [(s.text, s.hidden) for s in in_file.segments] == [
        ("Ana Ruiz", None), ("512-34-6789", "not shown by calendar or contacts apps")]
    on_page = extract("https://x/contact.html", f"<html><body><pre>{card}</pre></body></html>".encode(), "text/html")
    assert [(s.text, s.hidden) for s in on_page.segments] == [("Ana Ruiz", None), ("512-34-6789", None)]
