"""Round 60 (site60c): customer service's Word, slides and e-mail.

Outlook's winmail.dat (TNEF) read as the message it is; a calendar invitation's venue and hosts apart from the
appellant it invites; mail between colleagues of one organisation is no customer's own; a case's subject line files it
under its customer and service address; a caller's number after what they called about. Names, numbers and wording
differ from the red team's site."""
from __future__ import annotations

import struct

from crawler.extract import extract
from crawler.extract.compressed_rtf import decompressed_rtf
from tests.detector_helpers import pairs_found, values_of


# ----------------------------------------------------------------------------- TNEF (winmail.dat)
def _attribute(level: int, attribute: int, data: bytes) -> bytes:
    return struct.pack("<BII", level, attribute, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def _string_property(pid: int, text: str) -> bytes:
    raw = text.encode("utf-16-le") + b"\x00\x00"
    return struct.pack("<HHII", 0x001F, pid, 1, len(raw)) + raw + b"\x00" * (-len(raw) % 4)


def _binary_property(pid: int, raw: bytes) -> bytes:
    return struct.pack("<HHII", 0x0102, pid, 1, len(raw)) + raw + b"\x00" * (-len(raw) % 4)


def _tnef(subject: str, body: str | None = None, rtf: bytes | None = None, attachment: tuple[str, bytes] | None = None,
          sender: str = "Dolores Achterberg") -> bytes:
    """A winmail.dat as Outlook writes one: the message's MAPI properties (subject, sender, a plain body or a
    compressed RTF one) and an attachment's title and data."""
    props = [_string_property(0x0037, subject), _string_property(0x0C1A, sender)]
    if body is not None:
        props.append(_string_property(0x1000, body))
    if rtf is not None:
        props.append(_binary_property(0x1009, rtf))
    out = struct.pack("<IH", 0x223E9F78, 0x01A3) + _attribute(1, 0x00089006, struct.pack("<I", 0x00010000))
    out += _attribute(1, 0x00069003, struct.pack("<I", len(props)) + b"".join(props))
    if attachment:
        name, data = attachment
        out += _attribute(2, 0x00069002, b"\x01\x00\x00\x00" + b"\xff" * 10)
        out += _attribute(2, 0x00018010, name.encode() + b"\x00")
        out += _attribute(2, 0x0006800F, data)
    return out


def _mela(rtf: bytes) -> bytes:
    """Compressed RTF's stored form ("MELA"): the RTF as it is, under the format's header."""
    return struct.pack("<IIII", len(rtf) + 12, len(rtf), 0x414C454D, 0) + rtf


def test_lzfu_decompresses_the_specification_example():
    data = bytes.fromhex("2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af32068656c090020627705b06c6"
                         "47d0a800fa0")
    assert decompressed_rtf(data, 10_000) == b"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"
    assert decompressed_rtf(b"not compressed rtf at all", 10_000) is None


def test_winmail_dat_body_is_read_as_an_e_mail():
    body = ("Marguerite,\n\nPlease hold the disconnect for Osvaldo Quenneville at 4418 Brambling Ct, account "
            "3-208-771-4056; he can be reached at (626) 418-3372.\n\nDolores")
    found = pairs_found("https://www.example.gov/files/winmail.dat", _tnef("Disconnect hold", body), None)
    assert ("account_number", "3-208-771-4056") in found
    assert ("phone", "(626) 418-3372") in found
    assert "Osvaldo Quenneville" in values_of(found, "customer_name")


def test_winmail_dat_rtf_body_and_attachment_are_read():
    rtf = (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\\f0 Callback list\\par "
           b"Wilhelmina Oduya, 902 Larchmont Ter, SCE acct 2-44-610-9187, cell (909) 731-5508\\par }")
    sheet = b"Name,Service Address,Account\nBartholomew Ekwueme,77 Quarry Hill Rd,5-19-334-2860\n"
    data = _tnef("Callbacks", rtf=_mela(rtf), attachment=("callbacks.csv", sheet))
    document = extract("https://www.example.gov/files/winmail.dat", data, "application/ms-tnef")
    assert document.content_type == "application/ms-tnef"
    found = pairs_found("https://www.example.gov/files/winmail.dat", data, "application/ms-tnef")
    assert ("account_number", "2-44-610-9187") in found
    assert ("account_number", "5-19-334-2860") in found
    assert "Bartholomew Ekwueme" in values_of(found, "customer_name")


def test_winmail_dat_attached_to_an_eml_is_read():
    from email.message import EmailMessage
    message = EmailMessage()
    message["From"] = "Dolores Achterberg <dachterberg@example.gov>"
    message["To"] = "Billing <billing@example.gov>"
    message["Subject"] = "Hold"
    message.set_content("See attached.")
    body = "Hold for Osvaldo Quenneville, 4418 Brambling Ct, acct 3-208-771-4056, ph (626) 418-3372."
    message.add_attachment(_tnef("Hold", body), maintype="application", subtype="ms-tnef", filename="winmail.dat")
    found = pairs_found("https://www.example.gov/files/hold.eml", message.as_bytes(), "message/rfc822")
    assert ("account_number", "3-208-771-4056") in found
    assert ("phone", "(626) 418-3372") in found


def test_a_tnef_of_a_city_notice_holds_no_customer():
    body = ("All staff: the Senior Center at 600 Magnolia St closes at 3 p.m. Friday for the meter exchange. "
            "Questions: Facilities, (909) 620-2211.")
    found = pairs_found("https://www.example.gov/files/winmail.dat", _tnef("Closure", body), None)
    assert not {kind for kind, _ in found} & {"customer_name", "address", "phone", "account_number"}


# ----------------------------------------------------------------------------- calendar invitations
def _calendar(location: str, attendee: str, organizer: str, chair: str) -> str:
    description = ("Billing appeal hearing of Rosamund Okereke.\\nAppellant: Rosamund Okereke\\n2291 Fernleaf Dr\\n"
                   "Phone: (951) 622-8130\\nEmail: rokereke@yahoo.com\\nAccount: 7-310-552-0917")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:appeal-118@example.gov", "DTSTART:20260512T170000Z",
             "SUMMARY:Utility appeal hearing UB-26-044", f"LOCATION:{location}", f"ORGANIZER;CN={organizer}",
             f"ATTENDEE;CN=Rosamund Okereke;ROLE=REQ-PARTICIPANT:mailto:{attendee}", f"ATTENDEE;CN={chair}",
             f"DESCRIPTION:{description}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def test_hearing_invitation_at_city_hall_gives_the_appellants_record():
    text = _calendar("Council Chambers\\, 250 E Center St", "rokereke@yahoo.com",
                     "Yvette Lindqvist:mailto:ylindqvist@lakeview-ca.org", "Horace Mbeki:mailto:hmbeki@lakeview-ca.org")
    found = pairs_found("https://www.example.gov/calendar/appeals.ics", text, "text/calendar")
    assert "Rosamund Okereke" in values_of(found, "customer_name")
    assert ("phone", "(951) 622-8130") in found
    assert ("account_number", "7-310-552-0917") in found
    assert "rokereke@yahoo.com" in values_of(found, "email")


def test_hearing_invitation_organizer_and_colleagues_are_no_customers():
    text = _calendar("Council Chambers\\, 250 E Center St", "rokereke@yahoo.com",
                     "Yvette Lindqvist:mailto:ylindqvist@lakeview-ca.org", "Horace Mbeki:mailto:hmbeki@lakeview-ca.org")
    found = pairs_found("https://www.example.gov/calendar/appeals.ics", text, "text/calendar")
    names, mail = values_of(found, "customer_name"), values_of(found, "email")
    assert not {"Yvette Lindqvist", "Horace Mbeki"} & names
    assert not {"ylindqvist@lakeview-ca.org", "hmbeki@lakeview-ca.org"} & mail


def test_calendar_of_public_meetings_at_city_facilities_is_no_record():
    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:cc-0512@example.gov",
                        "DTSTART:20260512T010000Z", "SUMMARY:City Council regular meeting",
                        "LOCATION:Council Chambers\\, 250 E Center St", "ORGANIZER;CN=City Clerk:mailto:clerk@example.gov",
                        "DESCRIPTION:Agenda posted 72 hours before. Public comment by e-mail to clerk@example.gov.",
                        "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    found = pairs_found("https://www.example.gov/calendar/council.ics", text, "text/calendar")
    assert not {kind for kind, _ in found} & {"customer_name", "address", "phone", "email"}


# ----------------------------------------------------------------------------- mail between colleagues
_COLLEAGUES = """From: Leopold Varga <lvarga@riverbend-ut.org>
To: Ines Marchetti <imarchetti@riverbend-ut.org>
Subject: RE: Reconnect - acct 6-120-448-3391

Done, field order cancelled. Reset their web login, temp password: Gullwing42#

Leopold Varga
Billing Specialist
Riverbend Utilities | (909) 402-2100 ext. 318
lvarga@riverbend-ut.org
"""


def test_staff_writing_to_a_colleague_is_no_customer():
    found = pairs_found("https://www.example.gov/records/reply.eml", _COLLEAGUES, "message/rfc822")
    assert "Leopold Varga" not in values_of(found, "customer_name")
    assert "lvarga@riverbend-ut.org" not in values_of(found, "email")
    assert ("account_number", "6-120-448-3391") in found
    assert ("credential", "Gullwing42#") in found


def test_customer_writing_from_home_is_still_the_customer():
    text = _COLLEAGUES.replace("Leopold Varga <lvarga@riverbend-ut.org>", "Leopold Varga <leo.varga77@gmail.com>")
    text = text.replace("Done, field order cancelled.", "My power was shut off today at 31 Orchard Vale Ln. My account "
                        "is 6-120-448-3391, please call me at 562-704-1186.").split("\n\nLeopold Varga\nBilling")[0]
    found = pairs_found("https://www.example.gov/records/customer.eml", text, "message/rfc822")
    assert "Leopold Varga" in values_of(found, "customer_name")
    assert ("phone", "562-704-1186") in found


# ----------------------------------------------------------------------------- subject lines
def _reply(subject: str) -> str:
    return (f"From: Ines Marchetti <imarchetti@riverbend-ut.org>\nTo: Leopold Varga <lvarga@riverbend-ut.org>\n"
            f"Subject: {subject}\n\nThanks, handled.\n\nInes Marchetti\nCustomer Service Lead\n")


def test_case_subject_files_the_customer_and_service_address():
    for subject, name, street in (("RE: Shutoff - Anneliese Borowitz - 615 Kittiwake Ln", "Anneliese Borowitz",
                                   "615 Kittiwake Ln"),
                                  ("FW: 10-day notice / QUARSHIE, EBENEZER / 2870 W Pinecrest Rd", "QUARSHIE, EBENEZER",
                                   "2870 W Pinecrest Rd"),
                                  ("Re: Reconnect request: Svetlana Odukoya (48 Drumlin Ct Apt 2)", "Svetlana Odukoya",
                                   "48 Drumlin Ct Apt 2")):
        found = pairs_found("https://www.example.gov/records/reply.eml", _reply(subject), "message/rfc822")
        assert name in values_of(found, "customer_name"), subject
        assert street in values_of(found, "address"), subject


def test_subject_of_no_utility_case_or_of_an_official_is_no_record():
    for subject in ("RE: Street sweeping - Anneliese Borowitz - 615 Kittiwake Ln",
                    "FW: Shutoff moratorium - Councilmember Ramon Ibarra - 250 E Center St",
                    "RE: Tree trimming / Ebenezer Quarshie / 2870 W Pinecrest Rd"):
        found = pairs_found("https://www.example.gov/records/reply.eml", _reply(subject), "message/rfc822")
        assert not {kind for kind, _ in found} & {"customer_name", "address"}, subject


def test_forwarded_header_subject_line_in_a_text():
    text = ("-----Original Message-----\nFrom: Ines Marchetti\nSent: Monday, May 4, 2026 9:12 AM\nTo: Leopold Varga\n"
            "Subject: Payment arrangement - Thaddeus Nwosu - 1190 Sandcastle Way\n\nOk to set up 4 installments.\n")
    found = pairs_found("https://www.example.gov/records/fwd.txt", text, "text/plain")
    assert "Thaddeus Nwosu" in values_of(found, "customer_name")
    assert "1190 Sandcastle Way" in values_of(found, "address")


# ----------------------------------------------------------------------------- callers
def test_caller_number_after_what_they_called_about():
    text = "Can you check the route? Also Benedikt Achebe-Lund called about the same billing mix-up, 951-377-6024."
    found = pairs_found("https://www.example.gov/records/note.txt", text, "text/plain")
    assert "Benedikt Achebe-Lund" in values_of(found, "customer_name")
    assert ("phone", "951-377-6024") in found


def test_call_about_no_utility_matter_or_from_an_office_is_none():
    for text in ("Benedikt Lund called about the pothole on Fir St, 951-377-6024.",
                 "The Rotary Club called about the electric bill for the fair, 951-377-6024."):
        found = pairs_found("https://www.example.gov/records/note.txt", text, "text/plain")
        assert not {kind for kind, _ in found} & {"customer_name", "phone"}, text


# ----------------------------------------------------------------------------- Word: a footnote marked on a customer's row
def _docx_with_footnote(rows: list[list[str]], marked_row: int, note: str) -> bytes:
    """A .docx holding one table whose ``marked_row``'s second cell carries footnote 1 holding ``note``."""
    import io
    import zipfile
    from xml.sax.saxutils import escape
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

    def cell(text: str, mark: bool) -> str:
        ref = '<w:r><w:footnoteReference w:id="1"/></w:r>' if mark else ""
        return f'<w:tc><w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>{ref}</w:p></w:tc>'
    table = "".join("<w:tr>" + "".join(cell(t, i == marked_row and j == 1) for j, t in enumerate(row)) + "</w:tr>"
                    for i, row in enumerate(rows))
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body><w:tbl>{table}</w:tbl></w:body></w:document>'
    footnotes = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {w}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 f'<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{escape(note)}</w:t></w:r></w:p></w:footnote>'
                 '</w:footnotes>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-'
             'types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/footnotes.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    package_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", package_rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/footnotes.xml", footnotes)
    return buf.getvalue()


_ESCALATIONS = [["No.", "Customer", "Service Address", "Account", "Contact", "Issue"],
                ["1", "Gwendolyn Abernathy-Osei", "7710 Halyard Way", "2-61-339-0415", "(626) 903-1187", "Estimated reads"],
                ["2", "Matthias Oyelaran", "4821 Cormorant Ln", "5-02-816-7740", "matthias.oy@gmail.com", "Opt-out"]]


def test_footnote_on_a_customers_row_is_that_customers():
    note = "Mailing address differs: PO Box 4471, Glenrock, CA 92310. Cell 760-388-2954 after 6 p.m."
    found = pairs_found("https://www.example.gov/files/escalations.docx", _docx_with_footnote(_ESCALATIONS, 2, note))
    assert ("phone", "760-388-2954") in found
    assert any(value.startswith("PO Box 4471") for value in values_of(found, "address"))
    assert "Matthias Oyelaran" in values_of(found, "customer_name")
    assert ("account_number", "5-02-816-7740") in found


def test_footnote_citing_a_source_on_a_row_adds_nothing():
    note = "Source: SCE Rule 17 back-billing limits; call the Billing Office at (909) 620-2200."
    found = pairs_found("https://www.example.gov/files/escalations.docx", _docx_with_footnote(_ESCALATIONS, 2, note))
    assert "(909) 620-2200" not in values_of(found, "phone")


# ----------------------------------------------------------------------------- running text and label blocks
def test_customer_bracketed_after_the_role_with_a_bracketed_area_code():
    text = ("A second customer (Evangelina Trubetskaya, 3308 Whimbrel Ct, (562) 417-9032) asked that her name be kept "
            "out of the board report.")
    found = pairs_found("https://www.example.gov/records/memo.txt", text, "text/plain")
    assert "Evangelina Trubetskaya" in values_of(found, "customer_name")
    assert ("phone", "(562) 417-9032") in found


def test_best_number_labels_a_customers_phone():
    text = ("Service address: 4409 Longspur Rd, Glenrock, CA 92310\nCCA account: 7720-1945\n"
            "Best number: +1 951-603-7718\tEmail: d.amankwah@outlook.com")
    found = pairs_found("https://www.example.gov/records/printout.txt", text, "text/plain")
    assert ("phone", "+1 951-603-7718") in found
    office = "Questions? Best number: (909) 620-2200, City Hall, 250 E Center St."
    assert not values_of(pairs_found("https://www.example.gov/help.txt", office, "text/plain"), "phone")


def test_subject_naming_the_customer_whose_record_the_message_gives():
    text = ("From:\tIsadora Fenwick <ifenwick@glenrock-ca.org>\nSent:\tTuesday, May 5, 2026 2:14 PM\n"
            "Subject:\tBilling dispute - Cornelius Adjei-Brandt\nHi Marta,\n"
            "Mr. Adjei-Brandt disputes the May bill. Service address: 2231 Ptarmigan Dr, Glenrock, CA 92310\n"
            "SCE account: 4-77-120-3385\n")
    found = pairs_found("https://www.example.gov/records/printed.txt", text, "text/plain")
    assert "Cornelius Adjei-Brandt" in values_of(found, "customer_name")
    staff = text.replace("Mr. Adjei-Brandt disputes", "The customer disputes")
    names = values_of(pairs_found("https://www.example.gov/records/printed.txt", staff, "text/plain"), "customer_name")
    assert "Cornelius Adjei-Brandt" not in names


def test_city_facility_meter_with_its_street_in_the_bracket_is_the_citys():
    text = ("Vendor follow-up: Larkhaven Meter Services LLC confirmed the fix. The Fire Station 4 meter (415 Foothill "
            "Blvd, SCE account 2-58-410-7763) was reread at 21,930 kWh and is not a customer item.")
    assert ("account_number", "2-58-410-7763") not in pairs_found("https://www.example.gov/memo.txt", text, "text/plain")
    home = ("Customer Rosalind Achebe's meter (2210 Plover St, SCE account 2-58-410-7763) was reread at 1,930 kWh.")
    assert ("account_number", "2-58-410-7763") in pairs_found("https://www.example.gov/memo.txt", home, "text/plain")


def test_caller_number_written_with_the_country_code():
    text = "Please pull the interval data. Also Ignatius Brannigan called about his true-up, +1 626-390-4471."
    found = pairs_found("https://www.example.gov/records/note.txt", text, "text/plain")
    assert "Ignatius Brannigan" in values_of(found, "customer_name")
    assert ("phone", "+1 626-390-4471") in found


def test_household_enrolled_twice_in_the_cca_is_a_customers_story():
    text = ("Case study: Philippa Okonjo-Wray (8830 Sandpiper Cir) was enrolled twice after moving within the city.\n"
            "Program average: 512 kWh/month.")
    found = pairs_found("https://www.example.gov/board/deck.txt", text, "text/plain")
    assert "Philippa Okonjo-Wray" in values_of(found, "customer_name")
    assert "8830 Sandpiper Cir" in values_of(found, "address")
    club = ("Philippa Okonjo-Wray (8830 Sandpiper Cir) was enrolled twice in the library's summer reading club.\n"
            "Program average: 14 books a child.")
    assert not values_of(pairs_found("https://www.example.gov/board/deck.txt", club, "text/plain"), "customer_name")
