"""Calendars (``.ics``) and contact cards (``.vcf``) are documents: a linked one is fetched ahead of pages, and one a
calendar widget's script loads (FullCalendar's ``events: '/calendar/field-visits.ics'``) is fetched as a data file.
Each event is a record of what a calendar application shows (crawler.extract.cards)."""
from __future__ import annotations

from lxml import html

from crawler.extract import extract
from crawler.scope import DOCUMENT_EXTENSIONS
from crawler.spiders.script_links import is_data_url, script_urls


def test_calendars_and_cards_are_documents():
    assert {"ics", "vcf"} <= DOCUMENT_EXTENSIONS
    assert is_data_url("/calendar/field-visits.ics")
    page = html.fromstring("<div id='cal'></div><script>new FullCalendar.Calendar(el, {events: {url: "
                           "'/calendar/field-visits.ics', format: 'ics'}}).render();</script>")
    assert script_urls(page) == ["/calendar/field-visits.ics"]


FOLDED = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:visit-17@utility.example\r\n"
          b"SUMMARY:Service reconnect\r\nLOCATION:2150 NE Tamarack Ln\\, Bend\\, OR 9770\r\n 1\r\n"
          b"DESCRIPTION:Customer Name: Imogen Castellanos\\nPhone: (541) 382-7710\r\n"
          b"ATTENDEE;CN=Hartley Venn:mailto:hvenn@utility.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_each_event_is_a_record_unfolded_and_unescaped():
    document = extract("https://www.example.gov/calendar/visits.ics", FOLDED, "text/calendar")
    (record,) = document.records
    assert [(f.label, f.text) for f in record.fields] == [
        ("summary", "Service reconnect"), ("location", "2150 NE Tamarack Ln, Bend, OR 97701"),
        ("description", "Customer Name: Imogen Castellanos\nPhone: (541) 382-7710"),
        ("attendee", "Hartley Venn <hvenn@utility.example>")]
