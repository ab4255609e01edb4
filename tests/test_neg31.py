"""A city site's permit attachments, staff reports, minutes and IT notes (red team neg31).

- A PDF form's two-column label | value table whose address value has long street words ("4418 Washington Street,
  Upland, CA 91786") reads as a form: the value is no label, so the block keeps its SSN, address, phone and usage.
  Hard negatives: a column name opening with a year or a count ("2024 Annual Usage", "12 Month kWh") is still a
  label; a City facility's address in a two-column event box is not reported.
- A usage table's row of others' figures (a program's, a class's or similar homes' average) beside a customer's
  months is nobody's usage; the customer's own months still are.
- A sentence about the customer's usage under their record and their usage table goes on with the case; the
  program average in the same sentence is not the customer's. Hard negative: the same sentence under a City
  facility's usage table (no customer) reports nothing.
- A phone a speaker gives as their shop's ("call the bakery at ...") is the business's; a speaker's own cell is
  still reported.
- The City's account at an outside service in IT notes ("stream account rialtocity.media@gmail.com, pwd: ...") is
  the City's, its password still a credential; a person's mailbox as a service's account is still reported.
"""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from crawler.extract import is_label_like
from tests.detector_helpers import docx_form, pairs_found, values_of

_STYLES = getSampleStyleSheet()


def _pdf(*story_items) -> bytes:
    """A letter-size PDF of paragraphs (strings), two-or-more-column gridded tables (lists of rows) and page breaks
    (None)."""
    story = []
    for item in story_items:
        if item is None:
            story.append(PageBreak())
        elif isinstance(item, str):
            story.append(Paragraph(item, _STYLES["BodyText"]))
        else:
            table = Table(item, colWidths=[6.6 * inch / len(item[0])] * len(item[0]) if len(item[0]) > 2
                          else [2.4 * inch, 4.2 * inch])
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                                       ("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
            story.append(table)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build(story)
    return out.getvalue()


def _found(body: bytes, name: str) -> set[tuple[str, str]]:
    return pairs_found(f"https://www.rialtoca.gov/docs/{name}", body)


# --- 1. a form's address value with long street words ----------------------------------------------------------

def test_an_address_with_long_street_words_is_a_value_not_a_label():
    assert not is_label_like("4418 Washington Street, Upland, CA 91786")
    assert not is_label_like("77 Jefferson Avenue")
    assert is_label_like("2024 Annual Usage") and is_label_like("12 Month kWh") and is_label_like("Mailing address")


def test_owner_builder_form_with_a_long_street_name_keeps_its_fields():
    body = _pdf("Permit B26-00412 - owner-builder verification",
                [["Property owner", "Darnell Whitcombe"], ["Social Security No. / Driver Lic.", "531-62-0947"],
                 ["Mailing address", "4418 Washington Street, Upland, CA 91786"], ["Daytime phone", "909-318-4476"],
                 ["Email", "dwhitcombe@yahoo.com"]],
                "Signature on file.", None, "Interconnection application",
                [["Customer of record", "Darnell Whitcombe"], ["Billing address", "4418 Washington Street, Upland, CA 91786"],
                 ["Annual usage (last 12 months)", "7,318 kWh"], ["Inverter", "Enphase IQ8M (14)"]])
    found = _found(body, "b26-00412-attachments.pdf")
    assert {("ssn", "531-62-0947"), ("address", "4418 Washington Street, Upland, CA 91786"),
            ("phone", "909-318-4476"), ("energy_usage", "7,318 kWh")} <= found


def test_a_city_facilitys_address_in_an_event_box_is_not_reported():
    body = _pdf("Summer Concerts in the Park",
                [["Location", "Ganesha Park bandshell, 1575 N. White Avenue, Pomona, CA 91768"],
                 ["Presented by", "Community Services Department"], ["Dates", "Thursdays, July 10 - August 14"]])
    found = _found(body, "concerts.pdf")
    assert not values_of(found, "address") and not values_of(found, "ssn")


# --- 2. others' averages in a customer's usage table; the case told after it -----------------------------------

_RECORD = [["Customer name", "Odalys Fenwick"], ["Service address", "918 Ellen Pl., Pomona, CA 91767"],
           ["PCE account no.", "3-442-7719-06"], ["Phone on file", "(909) 415-2283"]]
_MONTHS = [["Month", "Imported kWh", "Exported kWh", "Net kWh"], ["Jan 2025", "712", "204", "508"],
           ["Feb 2025", "655", "311", "344"], ["Mar 2025", "590", "402", "188"]]


def test_a_program_or_similar_homes_average_row_is_no_customers_usage():
    rows = [*_MONTHS, ["Residential class average, per month", "2,236", "1,877", "359"],
            ["Similar homes nearby", "815", "390", "425"]]
    found = _found(_pdf("ATTACHMENT A - account summary", _RECORD, "Monthly usage", rows), "appeal.pdf")
    usage = values_of(found, "energy_usage")
    assert {"712", "204", "508", "188"} <= usage
    assert not usage & {"2,236", "1,877", "359", "815", "390", "425"}


def test_the_customers_usage_told_after_their_table_is_theirs_not_the_programs_average():
    found = _found(_pdf("ATTACHMENT A - account summary", _RECORD, "Monthly usage", _MONTHS,
                        "Over the three months shown the customer's net usage came to 1,040 kWh, below the program "
                        "average of 1,310 kWh for the same months."), "appeal.pdf")
    usage = values_of(found, "energy_usage")
    assert "1,040 kWh" in usage and "1,310 kWh" not in usage


def test_a_facilitys_usage_table_and_sentence_name_no_customer():
    found = _found(_pdf("Library solar retrofit - first quarter", _MONTHS,
                        "Net usage for the three months above was 1,040 kWh, below the 1,310 kWh forecast."),
                   "library.pdf")
    assert not values_of(found, "energy_usage")


# --- 3. a shop's phone; the City's account at a service ----------------------------------------------------------

def test_a_speakers_shop_phone_is_the_businesss():
    body = docx_form([], "PUBLIC COMMENT",
                     "Teodoro Galvan, Rialto, owner of Galvan Bakery at 212 W. Foothill Blvd., asked for more parking "
                     "near his bakery and invited residents to call the bakery at (909) 874-3310.",
                     "Renata Oyelaran, Rialto, said her bill doubled and asked staff to call her on her cell at "
                     "(909) 874-6652.")
    found = _found(body, "minutes.docx")
    assert ("phone", "(909) 874-3310") not in found
    assert ("phone", "(909) 874-6652") in found


def test_the_citys_service_account_mailbox_is_not_a_residents():
    body = docx_form([], "Chambers streaming cut-over notes",
                     "Facebook Live account rialtocity.media@gmail.com, pwd: Rialto6614$Fb",
                     "Agenda portal login clerk.rialto@outlook.com for the Clerk's office.",
                     "Vendor's test stream account felicity.barros@gmail.com (remove after go-live).")
    found = _found(body, "av-notes.docx")
    emails = values_of(found, "email")
    assert "rialtocity.media@gmail.com" not in emails and "clerk.rialto@outlook.com" not in emails
    assert "felicity.barros@gmail.com" in emails
    assert ("credential", "Rialto6614$Fb") in found
