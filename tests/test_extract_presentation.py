"""PPTX extraction: slides in order, groups, tables as records, speaker notes, hidden slides and shapes, alt
text, comments, properties and embedded workbooks; customer records found end to end and a city staff deck
silent; broken and inflating files contained. The decks are written by python-pptx in the tests."""
from __future__ import annotations

import io
import zipfile

import openpyxl
import pptx
import pytest
from pptx.util import Inches

from crawler.extract import ExtractError, extract, office
from crawler.extract.sniff import PPTX
from detectors.engine import scan_document
from detectors.registry import load_detectors
from ole_files import compound_file

URL = "https://www.example.gov/council/2024-03-12/item-7-staff-presentation.pptx"


def saved(deck) -> bytes:
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def text_slide(deck, title: str, *lines: str):
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = title
    slide.placeholders[1].text = "\n".join(lines)
    return slide


def table_slide(deck, title: str, rows):
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = title
    table = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(4)).table
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return slide


def with_parts(body: bytes, parts: dict[str, bytes]) -> bytes:
    """The package with parts added or replaced (what python-pptx cannot write: comments, odd sizes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(body)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename not in parts:
                target.writestr(item, source.read(item.filename))
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


def commented(body: bytes, text: str) -> bytes:
    """Slide 1 with a legacy review comment, as PowerPoint 2013 writes it."""
    rels = zipfile.ZipFile(io.BytesIO(body)).read("ppt/slides/_rels/slide1.xml.rels").decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/comments" Target="../comments/comment1.xml"/>'
                        "</Relationships>")
    comment = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:cmLst xmlns:p="http://schemas.'
               'openxmlformats.org/presentationml/2006/main"><p:cm authorId="0" dt="2024-03-01T10:00:00" idx="1">'
               f'<p:pos x="10" y="10"/><p:text>{text}</p:text></p:cm></p:cmLst>')
    return with_parts(body, {"ppt/slides/_rels/slide1.xml.rels": rels.encode(),
                             "ppt/comments/comment1.xml": comment.encode()})


@pytest.fixture
def deck_bytes() -> bytes:
    deck = pptx.Presentation()
    deck.core_properties.author = "Jane Clerk"
    deck.core_properties.title = "Residential rate update"
    first = text_slide(deck, "Rate update", "Proposed tiers", "Effective July 1")
    first.notes_slide.notes_text_frame.text = "Mention the outreach events."
    group = first.shapes.add_group_shape()
    group.shapes.add_textbox(0, 0, Inches(2), Inches(1)).text_frame.text = "Inside a group"
    hidden_box = first.shapes.add_textbox(0, 0, Inches(2), Inches(1))
    hidden_box.text_frame.text = "Draft wording"
    hidden_box._element.nvSpPr.cNvPr.set("hidden", "1")
    picture_holder = first.shapes.add_textbox(0, 0, Inches(1), Inches(1))
    picture_holder._element.nvSpPr.cNvPr.set("descr", "Map of the service area")
    table_slide(deck, "Accounts", [("Name", "Account No."), ("Jane Doe", "2-23-456-7890"),
                                   ("John Roe", "2-23-456-7891")])
    table_slide(deck, "Contacts", [("Phone:", "909-555-1234"), ("Email:", "info@example.gov")])
    backup = text_slide(deck, "Backup", "Not shown in the meeting")
    backup._element.set("show", "0")
    return saved(deck)


def by_text(document) -> dict:
    return {s.text: s for s in document.segments}


def test_slides_in_order_with_locations(deck_bytes):
    doc = extract(URL, deck_bytes, "application/octet-stream")
    assert doc.content_type == PPTX
    assert doc.title == "Residential rate update"
    visible = [(s.text, s.location.element) for s in doc.segments if s.hidden is None]
    assert visible[:3] == [("Rate update", "slide 1"), ("Proposed tiers\nEffective July 1", "slide 1"),
                           ("Inside a group", "slide 1")]
    assert by_text(doc)["Accounts"].location.element == "slide 2"
    assert doc.unchecked == []


def test_slide_order_is_the_presentations_not_the_part_names(deck_bytes):
    package = zipfile.ZipFile(io.BytesIO(deck_bytes))
    listing = package.read("ppt/presentation.xml").decode()
    start, end = listing.index("<p:sldIdLst>") + len("<p:sldIdLst>"), listing.index("</p:sldIdLst>")
    ids = listing[start:end].split("/>")[:-1]
    reordered = listing[:start] + "/>".join([ids[-1], *ids[:-1]]) + "/>" + listing[end:]
    doc = extract(URL, with_parts(deck_bytes, {"ppt/presentation.xml": reordered.encode()}))
    assert by_text(doc)["Backup"].location.element == "slide 1"
    assert by_text(doc)["Rate update"].location.element == "slide 2"


def test_what_the_slide_show_hides_is_read_and_marked(deck_bytes):
    segments = by_text(extract(URL, deck_bytes))
    assert segments["Mention the outreach events."].hidden == "speaker notes"
    assert segments["Mention the outreach events."].location.element == "slide 1 notes"
    assert segments["Draft wording"].hidden == "hidden shape"
    assert segments["Map of the service area"].hidden == "alt text"
    assert segments["Not shown in the meeting"].hidden == "hidden slide"
    assert segments["Jane Clerk"].hidden == "document properties"
    assert segments["Jane Clerk"].label == "author"


def test_comments_are_read_as_hidden(deck_bytes):
    segments = by_text(extract(URL, commented(deck_bytes, "Remove acct 2-23-456-7890 before posting")))
    comment = segments["Remove acct 2-23-456-7890 before posting"]
    assert (comment.hidden, comment.location.element) == ("comment", "slide 1 > comment 1")


def test_tables_give_labelled_records(deck_bytes):
    doc = extract(URL, deck_bytes)
    assert [[(label, f.text) for label, f in r.labelled()] for r in doc.records] == [
        [("Name", "Jane Doe"), ("Account No.", "2-23-456-7890")],
        [("Name", "John Roe"), ("Account No.", "2-23-456-7891")],
        [("Phone", "909-555-1234"), ("Email", "info@example.gov")]]
    assert [r.location.element for r in doc.records] == ["slide 2 > table 1 > row 2", "slide 2 > table 1 > row 3",
                                                         "slide 3 > table 1"]
    assert by_text(doc)["2-23-456-7891"].location.element == "slide 2 > table 1 > row 3 > cell 2"


def test_a_charts_embedded_workbook_is_read_as_an_attachment(deck_bytes):
    book = openpyxl.Workbook()
    book.active.append(["Customer", "Usage kWh"])
    book.active.append(["Maria Lopez", 640])
    data = io.BytesIO()
    book.save(data)
    doc = extract(URL, with_parts(deck_bytes, {"ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx": data.getvalue()}))
    cell = by_text(doc)["Maria Lopez"]
    assert cell.location.attachment == "Microsoft_Excel_Worksheet1.xlsx"
    assert cell.label == "Customer"


def test_an_embedded_file_that_cannot_be_read_leaves_the_deck_unchecked(deck_bytes):
    package = compound_file({"\x01Ole10Native": b"\x00" * 600})  # an OLE package: a compound file of no kind read
    doc = extract(URL, with_parts(deck_bytes, {"ppt/embeddings/oleObject1.bin": package}))
    assert len(doc.unchecked) == 1 and doc.unchecked[0].startswith("embedded oleObject1.bin not read")
    assert "Rate update" in by_text(doc)


def findings(body: bytes):
    return scan_document(extract(URL, body), load_detectors())


CUSTOMER_ROWS = [("Customer", "Service Address", "PCE Account", "Phone"),
                 ("Maria Lopez", "1234 W Holt Ave, Pomona, CA 91768", "700-123-456-789", "(626) 555-0147"),
                 ("Robert Chen", "2250 N Garey Ave, Pomona, CA 91767", "700-123-456-790", "(909) 555-0188")]


def test_customer_table_on_a_slide_is_found():
    deck = pptx.Presentation()
    text_slide(deck, "Payment arrangements", "Accounts on a payment plan this quarter")
    table_slide(deck, "Accounts in arrears", CUSTOMER_ROWS)
    found = findings(saved(deck))
    assert {f.category for f in found} >= {"customer_name", "address", "account_number", "phone"}
    names = [f for f in found if f.category == "customer_name"]
    assert len(names) == 2 and {f.location.element for f in names} == {
        "slide 2 > table 1 > row 2 > cell 1", "slide 2 > table 1 > row 3 > cell 1"}
    assert all(f.value not in f.context for f in found)


def test_ssn_in_speaker_notes_is_found_and_marked_hidden():
    deck = pptx.Presentation()
    slide = text_slide(deck, "Personnel update", "New hires in Customer Care")
    slide.notes_slide.notes_text_frame.text = ("Payroll still needs the SSN for Dana Whitfield: 512-34-6789. "
                                                "Do not read this aloud.")
    ssn = [f for f in findings(saved(deck)) if f.category == "ssn"]
    assert len(ssn) == 1
    assert (ssn[0].hidden, ssn[0].location.element) == ("speaker notes", "slide 1 notes")


def test_customer_record_on_a_hidden_slide_is_found():
    deck = pptx.Presentation()
    text_slide(deck, "Energy efficiency rebates", "Apply online")
    backup = text_slide(deck, "Case example",
                        "Spoke with the customer, Ana Ruiz, at 1234 N. Towne Ave about PCE acct 700-987-654-321; "
                        "usage 640 kWh, callback 909-555-0142.")
    backup._element.set("show", "0")
    found = findings(saved(deck))
    assert {"customer_name", "address", "account_number"} <= {f.category for f in found}
    assert {f.hidden for f in found} == {"hidden slide"}


def test_city_staff_presentation_is_silent():
    """A council item's staff deck: rates and tiers, program totals, City Hall's contacts, staff names."""
    deck = pptx.Presentation()
    deck.core_properties.author = "Planning Division"
    slide = text_slide(deck, "Pomona Choice Energy: 2024 Rate Update",
                       "Presented by Maria Santos, Energy Manager",
                       "City Council Meeting, March 12, 2024 - Agenda Item 7")
    slide.notes_slide.notes_text_frame.text = ("Thank the Utility Commission. Questions go to Sam Patel, "
                                               "Customer Programs Supervisor, (909) 620-2000.")
    table_slide(deck, "Proposed residential tiers", [("Tier", "Usage (kWh/month)", "Rate ($/kWh)"),
                                                     ("Tier 1", "0 - 500", "0.28"), ("Tier 2", "501 - 1,000", "0.34"),
                                                     ("Tier 3", "Over 1,000", "0.41")])
    table_slide(deck, "Program totals FY 2023-24", [("Program", "Participants", "Savings"),
                                                     ("CARE discount", "4,812", "$1.2M"),
                                                     ("Solar rebates", "312", "2,450,000 kWh")])
    text_slide(deck, "Questions?", "Pomona City Hall, 505 S. Garey Ave, Pomona, CA 91766",
               "Customer Service: (909) 620-2000", "pce@pomonaca.gov", "Staff: Jane Clerk, City Clerk")
    assert findings(saved(deck)) == []


def test_broken_pptx_is_an_extract_error(deck_bytes):
    with pytest.raises(ExtractError, match="broken PPTX"):
        extract(URL, deck_bytes[:len(deck_bytes) // 2])


def test_a_pptx_without_its_presentation_part_is_an_extract_error(deck_bytes):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(deck_bytes)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != "_rels/.rels":
                target.writestr(item, source.read(item.filename))
    with pytest.raises(ExtractError, match="broken PPTX: .*no presentation part"):
        extract(URL, out.getvalue(), PPTX)


def test_a_slide_that_inflates_past_the_limit_is_not_checked_and_the_rest_is_read(deck_bytes):
    slide = zipfile.ZipFile(io.BytesIO(deck_bytes)).read("ppt/slides/slide2.xml")
    bomb = slide.replace(b"<p:cSld>", b"<p:cSld>" + b" " * (office.MAX_PART_BYTES + 1), 1)
    body = with_parts(deck_bytes, {"ppt/slides/slide2.xml": bomb})
    assert len(body) < len(deck_bytes) + 1_000_000  # deflate packs it a thousand to one
    doc = extract(URL, body)
    assert doc.unchecked == ["slide 2 unreadable: ppt/slides/slide2.xml inflates beyond 64 MB"]
    assert "Rate update" in by_text(doc) and "Backup" in by_text(doc)


def test_a_table_typed_with_tabs_in_the_speaker_notes_is_read_as_one():
    deck = pptx.Presentation()
    slide = text_slide(deck, "Arrears follow-up", "Accounts to call back")
    slide.notes_slide.notes_text_frame.text = ("Name\tAccount\tPhone\n"
                                               "Ottilie Marchbanks\t5519820374\t(909) 555-0196\n"
                                               "Ignatius Ferreira\t5519820391\t(626) 555-0133")
    found = {(f.category, f.value) for f in findings(saved(deck))}
    assert {("customer_name", "Ottilie Marchbanks"), ("account_number", "5519820374"),
            ("phone", "(909) 555-0196"), ("customer_name", "Ignatius Ferreira")} <= found


def test_a_staff_contact_list_typed_with_tabs_in_the_notes_is_silent():
    deck = pptx.Presentation()
    slide = text_slide(deck, "Who to call", "Program staff")
    slide.notes_slide.notes_text_frame.text = ("Name\tTitle\tPhone\n"
                                               "Sam Patel\tCustomer Programs Supervisor\t(909) 620-2000\n"
                                               "Rhea Okafor\tEnergy Analyst\t(909) 620-2015")
    assert findings(saved(deck)) == []


def _deck_with_master_text(master_text: str, layout_text: str) -> bytes:
    import pptx
    from pptx.util import Inches
    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Quarterly review"
    for shapes, text in ((deck.slide_master.shapes, master_text), (deck.slide_layouts[1].shapes, layout_text)):
        box = slide.shapes.add_textbox(Inches(0.2), Inches(6.5), Inches(6), Inches(0.4))  # moved to the master
        box.text_frame.text = text
        shapes._spTree.append(box._element)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def test_slide_master_and_layout_text_boxes_are_read_as_hidden_chrome():
    body = _deck_with_master_text("Callback list: Rosalind Okafor, acct 61-40928-07", "Prepared by Customer Service")
    document = extract("https://city.example/review.pptx", body)
    master = next(s for s in document.segments if "Rosalind Okafor" in s.text)
    layout = next(s for s in document.segments if s.text == "Prepared by Customer Service")
    assert (master.hidden, master.chrome, master.location.element) == ("slide master", True, "slide master 1")
    assert layout.hidden == "slide layout" and layout.location.element.startswith("slide master 1 > layout ")
    assert not any("Click to edit" in s.text for s in document.segments)  # the placeholders' prompts


def test_slide_master_with_the_citys_letterhead_is_no_finding():
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    body = _deck_with_master_text("City of Lakeview | 200 Civic Center Plaza, Lakeview, OH 44107 | (216) 555-0199",
                                  "Lakeview Municipal Light & Water")
    document = extract("https://city.example/review.pptx", body)
    assert any(s.hidden == "slide master" for s in document.segments)
    assert not scan_document(document, load_detectors({}))


def test_a_training_example_on_the_slide_master_does_not_make_the_decks_tables_samples():
    """A deck is one page to the sample-bill rule: a master's "test customer" used in training must not turn the
    real escalation table on a slide into a made-up example."""
    import pptx
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    deck = pptx.Presentation()
    table_slide(deck, "Escalated complaints", [("Customer", "Account", "kWh billed"),
                                               ("Ottilie Brannigan", "62-81374-05", "1,284 kWh"),
                                               ("Kwabena Asante", "62-81374-19", "2,031 kWh")])
    box = deck.slides[0].shapes.add_textbox(Inches(0.2), Inches(6.5), Inches(6), Inches(0.4))
    box.text_frame.text = "Sample bill used in training: test customer Ima Sample, 000 Sample Ave"
    deck.slide_master.shapes._spTree.append(box._element)  # moved to the master
    found = {f.value for f in scan_document(extract("https://city.example/q3.pptx", saved(deck)), load_detectors({}))}
    assert {"Ottilie Brannigan", "62-81374-05", "Kwabena Asante"} <= found
