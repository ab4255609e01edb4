"""Legacy Office files are read: Word 97-2003 .doc (the piece table's stories, tables as tables, field results,
summary properties), PowerPoint 97-2003 .ppt (text atoms by slide, speaker notes, comments) and Outlook .msg (read
as the e-mail it is, attachments by their own extractor). A City's archive is full of them; listing each as not
checked left every crawl incomplete and the records inside unread. The files are built by ``tests/ole_files.py``
from the specs ([MS-CFB], [MS-DOC], [MS-PPT], [MS-OXMSG])."""
from __future__ import annotations

import struct

import pytest

from conftest import check_contract
from crawler.demo.server import LocalSite
from crawler.extract import ExtractError, PasswordProtected, UnsupportedDocument, extract, sniff_type
from crawler.extract.sniff import DOC, MSG, OLE2, PPT
from detectors.engine import scan_document
from detectors.registry import load_detectors
from ole_files import compound_file, outlook_message, powerpoint, word_document, word_table

UTILITY = "https://www.pomonachoiceenergy.org/"
CITY = "https://www.pomonaca.gov/"


def found(url: str, body: bytes) -> set[tuple[str, str, str | None]]:
    """(category, value, location element) of each finding in the file."""
    document = extract(url, body)
    assert not document.unchecked, document.unchecked
    return {(f.category, f.value, f.location.element) for f in scan_document(document, load_detectors())}


def arrears_memo() -> bytes:
    return word_document(
        "Customer Programs Division\rPayment plans granted after the March hearing\r"
        + word_table([["Customer Name", "PCE Account", "Service Address", "Plan balance"],
                      ["Lucinda Marvell", "700-604-219-385", "3318 N Orange Grove Ave, Pomona, CA 91767", "$288.40"],
                      ["Tobias Engstrand", "700-604-219-772", "760 W Pearl St, Pomona, CA 91768", "$1,020.95"]])
        + "Plans are reviewed each quarter.\r", title="Payment plans, March", author="Customer Programs")


# --- .doc ----------------------------------------------------------------------------------------------------------

def test_a_customer_table_in_a_doc_is_read_as_a_table_and_found():
    findings = found(UTILITY + "files/payment-plans.doc", arrears_memo())
    assert {("customer_name", "Lucinda Marvell", "table 1 > row 2 > cell 1"),
            ("account_number", "700-604-219-385", "table 1 > row 2 > cell 2"),
            ("address", "3318 N Orange Grove Ave, Pomona, CA 91767", "table 1 > row 2 > cell 3"),
            ("customer_name", "Tobias Engstrand", "table 1 > row 3 > cell 1"),
            ("account_number", "700-604-219-772", "table 1 > row 3 > cell 2")} <= findings


def test_each_row_of_a_doc_table_is_a_record_labelled_by_its_header_and_an_empty_cell_stays_in_its_row():
    body = word_document(word_table([["Name", "Account", "Phone"], ["Ida Brennan", "", "(909) 555-0164"],
                                     ["Oren Salk", "700-118-443-902", "(909) 555-0171"]]))
    document = extract(UTILITY + "files/callbacks.doc", body)
    assert document.content_type == DOC
    assert [[(f.label, f.text) for f in record.fields] for record in document.records] == [
        [("Name", "Ida Brennan"), ("Phone", "(909) 555-0164")],
        [("Name", "Oren Salk"), ("Account", "700-118-443-902"), ("Phone", "(909) 555-0171")]]


def test_a_staff_memo_doc_with_a_schedule_table_raises_nothing():
    body = word_document(
        "MEMORANDUM\rTo: Water Resources field crews\rFrom: Priya Venkataraman, Water Operations Manager\r"
        "Subject: Hydrant flushing in the north zone\r"
        "Crews will flush hydrants north of Foothill Blvd from the Water Yard, 148 N Huntington St. Questions go to "
        "Dale Whitcombe, Operations Supervisor, at (909) 620-2260 ext. 3317.\r"
        + word_table([["Week", "Area", "Crew"], ["June 2", "Zone 4 north", "Crew B"], ["June 9", "Zone 5", "Crew C"]])
        + "Thank you.\r", headers="City of Pomona \x13 PAGE \x14 2\x15", footnotes="Schedule subject to weather.",
        title="Hydrant flushing schedule", author="Priya Venkataraman")
    assert found(CITY + "water/flushing-memo.doc", body) == set()


def test_the_stories_of_a_doc_are_located_and_field_codes_left_out():
    body = word_document(
        "Intake notes \x13 HYPERLINK \"https://x/\" \x14see the portal\x15 for updates.\r"
        "Total: \x13 =SUM(ABOVE) \x13 REF x \x14inner\x15\x14 42\x15 items\r",
        footnotes="Source: \u00e9tude du service", headers="Pomona Choice Energy", comments="Check with the caller",
        text_boxes="Boxed reminder", title="Intake log", subject="Calls", keywords="intake")
    document = extract(UTILITY + "files/intake.doc", body)
    shown = [(s.text, s.location.element, s.hidden, s.chrome) for s in document.segments if not s.label]
    assert shown == [("Intake notes see the portal for updates.", "paragraph 1", None, False),
                     ("Total: 42 items", "paragraph 2", None, False),
                     ("Source: \u00e9tude du service", "footnote 1", None, False),
                     ("Pomona Choice Energy", "header or footer 1", None, True),
                     ("Check with the caller", "comment 1", "comment", False),
                     ("Boxed reminder", "text box 1", None, False)]
    assert [(s.label, s.text) for s in document.segments if s.hidden == "document properties"] == [
        ("title", "Intake log"), ("subject", "Calls"), ("keywords", "intake")]
    assert document.title == "Intake log"


def test_an_encrypted_doc_needs_a_password_and_a_broken_one_says_why():
    with pytest.raises(PasswordProtected, match="needs a password"):
        extract(CITY + "files/locked.doc", word_document("Sealed bid summary\r", encrypted=True))
    whole = word_document("Council minutes\r")
    cut_short = compound_file({"WordDocument": struct.pack("<HH6xH", 0xA5EC, 0xC1, 0x0200) + bytes(30),
                               "1Table": bytes(64)})
    with pytest.raises(ExtractError, match="broken DOC"):
        extract(CITY + "files/cut.doc", cut_short)
    with pytest.raises(ExtractError, match="broken OLE2 compound file"):
        extract(CITY + "files/half.doc", whole[:700])


def test_a_doc_whose_piece_points_past_its_stream_is_refused_not_read_out_of_bounds():
    body = bytearray(word_document("Short text\r"))
    # the piece's file offset sits after "1Table"'s 16 zero bytes, Clx tag 2 and its size: push it far away
    clx = body.find(b"\x02" + struct.pack("<I", 16) + struct.pack("<2I", 0, 11))
    assert clx > 0
    struct.pack_into("<I", body, clx + 5 + 8 + 2, 0x40000000 | 0x3FFFFF00)
    with pytest.raises(ExtractError, match="outside the WordDocument stream"):
        extract(CITY + "files/hostile.doc", bytes(body))


def test_a_doc_longer_than_the_text_budget_is_cut_and_reported():
    document = extract(CITY + "files/long.doc", word_document("Agenda item " * 400 + "\r"), max_chars=1000)
    assert sum(len(s.text) for s in document.segments) <= 1000
    assert document.unchecked == ["text cut at 1,000 characters, the extraction limit"]


# --- .ppt ----------------------------------------------------------------------------------------------------------

def test_a_speaker_note_about_a_customer_in_a_ppt_is_found_on_its_slide():
    body = powerpoint([
        {"title": "Medical Baseline outreach", "body": "Enrollments up 12%\rMailers sent in May"},
        {"title": "Shutoff cases to close", "body": "Two open cases",
         "notes": "Follow up: Ms. Rosalind Achterberg at 2216 N Gibbs St, Pomona says her oxygen concentrator needs "
                  "power; call her at home (909) 555-0139"}])
    findings = found(UTILITY + "files/outreach.ppt", body)
    assert {("customer_name", "Rosalind Achterberg", "slide 2 notes"), ("phone", "(909) 555-0139", "slide 2 notes"),
            ("address", "2216 N Gibbs St", "slide 2 notes")} <= findings


def test_ppt_text_is_located_by_slide_through_the_persist_directory_and_notes_by_slide_id():
    body = powerpoint([
        {"title": "Rate update", "body": "Tier 1 unchanged", "boxes": ["Draft for discussion"],
         "comments": [("KM", "Confirm the tier figures")]},
        {"title": "Questions", "boxes": ["Contact the Energy Programs team"], "notes": "Allow ten minutes"}],
        title="Rate update deck", author="Energy Programs")
    document = extract(UTILITY + "files/rates.ppt", body)
    assert document.content_type == PPT
    assert [(s.text, s.location.element, s.hidden) for s in document.segments] == [
        ("Rate update", "slide 1", None), ("Tier 1 unchanged", "slide 1", None), ("Questions", "slide 2", None),
        ("Contact the Energy Programs team", "slide 2", None), ("Draft for discussion", "slide 1", None),
        ("Confirm the tier figures", "slide 1 > comment 1", "comment"),
        ("Allow ten minutes", "slide 2 notes", "speaker notes"),
        ("Rate update deck", "document properties", "document properties"),
        ("Energy Programs", "document properties", "document properties")]


def test_a_ppt_master_s_own_text_is_chrome_and_its_prompts_are_left_out():
    body = powerpoint([{"title": "Agenda"}], master=("Click to edit Master title style",
                                                     "Click to edit Master text styles\rSecond level\rThird level",
                                                     "Pomona Public Works - internal draft"))
    document = extract(CITY + "files/agenda.ppt", body)
    assert [(s.text, s.location.element, s.hidden, s.chrome) for s in document.segments] == [
        ("Agenda", "slide 1", None, False),
        ("Pomona Public Works - internal draft", "slide master", "slide master", True)]


def test_a_city_newsletter_ppt_raises_nothing():
    body = powerpoint([
        {"title": "Pomona Choice Energy Update", "body": "Fall 2025\rNew solar rebates for homeowners",
         "notes": "Invite viewers to the Harvest Energy Fair at Washington Park, 865 E Grand Ave, on October 18."},
        {"title": "Reach us", "body": "Customer care: (909) 620-2242\rservice@pomonachoiceenergy.org",
         "boxes": ["Ana Belmonte, Community Outreach Coordinator"], "comments": [("RB", "Swap the park photo")]}],
        title="Fall update")
    assert found(CITY + "news/fall-update.ppt", body) == set()


# --- .msg ----------------------------------------------------------------------------------------------------------

def customers_csv() -> bytes:
    return ("Customer,Account Number,Service Address,Phone\n"
            "Winifred Castellano,700-955-301-248,1823 E Alosta Ave Pomona CA 91767,(909) 555-0152\n"
            "Benedikt Oyama,700-955-301-617,402 S Park Ave Pomona CA 91766,(909) 555-0108\n").encode()


def test_a_msg_from_a_customer_with_a_customer_list_attached_is_read_as_an_email():
    body = outlook_message(
        subject="Billing dispute for account 700-955-301-248",
        body="Good morning,\r\nI was charged twice for 1823 E Alosta Ave. My account number is 700-955-301-248 and "
             "you can reach me at (909) 555-0152.\r\nWinifred Castellano",
        sender=("Winifred Castellano", "wcastellano71@gmail.com"),
        to=[("Utility Billing", "utilitybilling@pomonaca.gov")], attachments=[("my-neighbors.csv", customers_csv())],
        sent_ticks=133600000000000000)
    document = extract(CITY + "records/pra-2024-118.msg", body)
    assert document.content_type == MSG and document.title == "Billing dispute for account 700-955-301-248"
    assert [s.text for s in document.segments[:4]] == [
        "From: Winifred Castellano <wcastellano71@gmail.com>", "To: Utility Billing <utilitybilling@pomonaca.gov>",
        "Date: Sun, 12 May 2024 15:06:40 +0000", "Subject: Billing dispute for account 700-955-301-248"]
    findings = {(f.category, f.value, f.location.attachment) for f in scan_document(document, load_detectors())}
    assert {("email", "wcastellano71@gmail.com", None), ("account_number", "700-955-301-248", None),
            ("phone", "(909) 555-0152", None), ("customer_name", "Benedikt Oyama", "my-neighbors.csv"),
            ("account_number", "700-955-301-617", "my-neighbors.csv"),
            ("address", "402 S Park Ave Pomona CA 91766", "my-neighbors.csv")} <= findings


def test_a_staff_announcement_msg_raises_nothing():
    body = outlook_message(
        subject="Office closure Friday", body="All,\r\nCity Hall, 505 S Garey Ave, closes at noon Friday for the "
        "training day. Call the front desk at (909) 620-2341 with questions.\r\nMarisol Tran\r\nCity Clerk's Office",
        sender=("Marisol Tran", "marisol.tran@pomonaca.gov"), to=[("All Staff", "allstaff@pomonaca.gov")])
    assert found(CITY + "records/closure.msg", body) == set()


def test_a_msg_attachment_that_cannot_be_read_is_reported_as_not_checked():
    body = outlook_message(subject="Scan", body="See the attached scan.", sender=("Front Desk", "desk@pomonaca.gov"),
                           attachments=[("scan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))])
    document = extract(CITY + "records/scan.msg", body)
    assert len(document.unchecked) == 1
    assert document.unchecked[0].startswith("attachment scan.doc unreadable: broken OLE2 compound file")


# --- which compound file it is --------------------------------------------------------------------------------------

def test_a_compound_file_is_read_by_its_streams_whatever_its_name():
    memo = arrears_memo()
    assert sniff_type(CITY + "download?id=88", None, memo) == OLE2
    document = extract(CITY + "download?id=88", memo)
    assert any(s.text == "Lucinda Marvell" for s in document.segments)
    deck = powerpoint([{"title": "Council briefing"}])
    assert [s.text for s in extract(CITY + "files/briefing.doc", deck).segments] == ["Council briefing"]


def test_a_compound_file_of_another_kind_is_unsupported():
    with pytest.raises(UnsupportedDocument, match=r"Microsoft Visio drawing \(\.vsd\): format not read by pubcheck"):
        extract(CITY + "files/plan.vsd", compound_file({"VisioDocument": b"\0" * 200}))
    with pytest.raises(UnsupportedDocument, match="OLE2 compound file of another kind"):
        extract(CITY + "files/plan", compound_file({"VisioDocument": b"\0" * 200}))


# --- a crawl -------------------------------------------------------------------------------------------------------

def test_a_site_linking_legacy_office_files_is_crawled_completely(tmp_path, run_pubcheck):
    root = tmp_path / "site"
    (root / "archive").mkdir(parents=True)
    (root / "index.html").write_text(
        '<!DOCTYPE html><html><body><h1>Records archive</h1>'
        '<a href="/archive/payment-plans.doc">Payment plans (Word)</a> '
        '<a href="/archive/fall-update.ppt">Fall update (PowerPoint)</a> '
        '<a href="/archive/closure.msg">Closure notice (Outlook)</a></body></html>', encoding="utf-8")
    (root / "archive" / "payment-plans.doc").write_bytes(arrears_memo())
    (root / "archive" / "fall-update.ppt").write_bytes(powerpoint([{"title": "Fall update",
                                                                    "body": "Rebates for homeowners"}]))
    (root / "archive" / "closure.msg").write_bytes(outlook_message(
        subject="Office closure", body="City Hall closes at noon Friday.",
        sender=("Marisol Tran", "marisol.tran@pomonaca.gov")))
    with LocalSite(root) as site:
        proc = run_pubcheck("crawl", site.url + "index.html", "--out", tmp_path / "out")
    assert proc.returncode == 1, proc.stderr  # findings, and nothing left unchecked (that would be 2)
    data = check_contract(tmp_path / "out" / "findings.json")
    assert data["run"]["not_checked"] == 0
    documents = {d["url"].removeprefix(site.url): d for d in data["documents"]}
    for name in ("archive/payment-plans.doc", "archive/fall-update.ppt", "archive/closure.msg"):
        assert documents[name]["status"] == "scanned" and not documents[name]["not_checked"], documents[name]
    assert {f["url"].removeprefix(site.url) for f in data["findings"]} == {"archive/payment-plans.doc"}
