"""Red team slides28 (Office internals): a sample bill's reach is its own slide, sheet and what a reader of it sees,
not the whole file; a comment on a header cell is read; an OpenDocument tracked deletion is read in its sentence.

Hard negatives: the made-up customer of a sample bill stays silent on its own slide or sheet (and in its speaker
notes that talk about it); a deck or workbook with only a sample reports nothing; a header cell's comment about
the column says nothing of anyone; a deletion of a City office's line reports nothing."""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.comments import Comment
from pptx import Presentation
from pptx.util import Inches

from crawler.extract import extract
from crawler.extract.sniff import ODP, ODT
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import values_found
from tests.test_extract_opendocument import package

KINDS = ("customer_name", "address", "phone", "email", "account_number", "energy_usage", "credential")

SAMPLE_BOX = ("Customer name: John Q. Public\nService address: 100 Any Street, Pomona, CA 91767\n"
              "Account number: XXXX-5678\nEnergy used this month: 612 kWh")
QUEUE = [["Applicant", "Service address", "SCE service acct", "Annual usage (kWh)"],
         ["Rosalind Okafor", "1418 N. Towne Ave", "3-512-8834-27", "10,318"],
         ["Teodoro Villalobos", "876 W. Holt Ave Apt 4", "3-604-1180-93", "8,702"]]


def found(name: str, body: bytes) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


def _deck(slides: list[str], notes: str | None = None) -> bytes:
    """A deck of "sample" (the sample bill box), "queue" (a table of applicants) and "other" slides."""
    deck = Presentation()
    for kind in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        if kind == "sample":
            slide.shapes.title.text = "Understanding your PCE bill"
            slide.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(6), Inches(3)).text_frame.text = SAMPLE_BOX
            if notes:
                slide.notes_slide.notes_text_frame.text = notes
        elif kind == "queue":
            slide.shapes.title.text = "Solar interconnection queue"
            table = slide.shapes.add_table(len(QUEUE), 4, Inches(0.5), Inches(1.5), Inches(9), Inches(2)).table
            for r, row in enumerate(QUEUE):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:
            slide.shapes.title.text = "Next steps"
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _saved(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- a sample bill's reach ------------------------------------------------------------------------------------

def test_a_real_table_on_another_slide_than_a_sample_bill_is_reported():
    for order in (["sample", "queue"], ["queue", "other", "sample"]):
        result = found("workshop.pptx", _deck(order))
        assert sorted(result["customer_name"]) == ["Rosalind Okafor", "Teodoro Villalobos"], order
        assert sorted(result["account_number"]) == ["3-512-8834-27", "3-604-1180-93"], order
        assert "John Q. Public" not in result["customer_name"]


def test_a_deck_with_only_a_sample_bill_reports_nothing_and_says_which_slide():
    body = _deck(["other", "sample"], notes="Walk through John Q. Public's bill: his account number is top right.")
    document = extract("https://www.pomonachoiceenergy.org/bill-help.pptx", body)
    assert [f.category for f in scan_document(document, load_detectors())] == []
    assert any("(slide 2)" in warning for warning in document.warnings)


def test_a_real_sheet_beside_a_sample_bill_sheet_is_reported_and_the_sample_is_not():
    book = Workbook()
    sample = book.active
    sample.title = "How to read a bill"
    for row in (["Sample bill"], ["Customer", "John Q. Public"], ["Address", "100 Any Street"],
                ["Account", "XXXX-5678"], ["Usage (kWh)", 612]):
        sample.append(row)
    queue = book.create_sheet("Applicants")
    for row in QUEUE:
        queue.append(row)
    result = found("rates.xlsx", _saved(book))
    assert sorted(result["customer_name"]) == ["Rosalind Okafor", "Teodoro Villalobos"]
    assert "John Q. Public" not in result["customer_name"]
    assert "100 Any Street" not in result.get("address", [])


def test_a_real_bill_in_a_hidden_column_beside_a_sample_is_reported():
    book = Workbook()
    sheet = book.active
    for row in (["Sample bill calculation"], ["Customer", "John Q. Public"], ["Account", "XXXX-5678"],
                ["Usage (kWh)", 612]):
        sheet.append(row)
    for cell, value in (("F1", "Check against an actual bill"), ("F2", "Marisol Ibarra-Quan"),
                        ("F3", "2-47-118-3306"), ("F4", 1143)):
        sheet[cell] = value
    sheet.column_dimensions["F"].hidden = True
    result = found("calculator.xlsx", _saved(book))
    assert result["account_number"] == ["2-47-118-3306"]
    assert "John Q. Public" not in result.get("customer_name", [])


def test_a_sample_bill_of_an_opendocument_deck_does_not_silence_a_table_on_another_slide():
    rows = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{text}</text:p></table:table-cell>"
                                                 for text in row) + "</table:table-row>" for row in QUEUE)
    lines = "".join(f"<text:p>{line}</text:p>" for line in SAMPLE_BOX.split("\n"))
    body = ('<office:presentation><draw:page draw:name="Bill"><draw:frame><draw:text-box>'
            f'<text:p>How to read your bill</text:p>{lines}</draw:text-box></draw:frame></draw:page>'
            '<draw:page draw:name="Queue"><draw:frame><table:table table:name="Queue">'
            f'<table:table-column table:number-columns-repeated="4"/>{rows}</table:table></draw:frame></draw:page>'
            '</office:presentation>')
    document = extract("https://www.pomonachoiceenergy.org/workshop.odp", package(ODP, body))
    tables = {s.location.element for s in document.segments if "table" in (s.location.element or "")}
    assert all(element.startswith("slide 2 (Queue) > table 1") for element in tables)
    names = [f.value for f in scan_document(document, load_detectors()) if f.category == "customer_name"]
    assert sorted(names) == ["Rosalind Okafor", "Teodoro Villalobos"]


# --- a comment on a header cell -------------------------------------------------------------------------------

def test_a_comment_on_a_header_cell_is_read():
    book = Workbook()
    sheet = book.active
    sheet.append(["Date", "Caller", "Reason", "Agent"])
    sheet.append(["11/4/2024", "n/a", "Outage", "Lina"])
    sheet["B1"].comment = Comment("Customer Odalys Fierro called back from (909) 465-2281 about the outage.", "CC")
    result = found("calls.xlsx", _saved(book))
    assert result["customer_name"] == ["Odalys Fierro"]
    assert result["phone"] == ["(909) 465-2281"]


def test_a_header_cell_comment_about_the_column_reports_nothing():
    book = Workbook()
    sheet = book.active
    sheet.append(["Month", "Accounts", "kWh"])
    sheet.append(["Jan", 9214, 4210033])
    sheet["C1"].comment = Comment("Totals from the CIS monthly extract; questions to Customer Care, (909) 620-2000.", "BI")
    assert found("summary.xlsx", _saved(book)) == {}


# --- an OpenDocument tracked deletion ---------------------------------------------------------------------------

def _deletion_letter(deleted: str) -> bytes:
    return package(ODT, (
        '<office:text><text:tracked-changes><text:changed-region text:id="c7"><text:deletion><office:change-info>'
        '<dc:creator>R. Lee</dc:creator></office:change-info>'
        f'<text:p>{deleted}</text:p></text:deletion></text:changed-region></text:tracked-changes>'
        '<text:p>Dear Ignacio Portillo: your Pomona Choice Energy account 2-61-447-9083 is 60 days past due. '
        '<text:change text:change-id="c7"/>Please call us to set up a payment plan.</text:p></office:text>'))


def test_an_opendocument_tracked_deletion_is_read_in_its_sentence():
    document = extract("https://www.pomonachoiceenergy.org/notice.odt",
                       _deletion_letter("Our letter to 2215 N. Garey Ave Apt 9 came back unopened. "))
    deleted = [s.text for s in document.segments if s.hidden == "tracked deletion"]
    assert len(deleted) == 1 and "past due. Our letter to 2215 N. Garey Ave Apt 9 came back unopened. Please" in deleted[0]
    addresses = [f.value for f in scan_document(document, load_detectors()) if f.category == "address"]
    assert addresses and addresses[0].startswith("2215 N. Garey Ave")


def test_an_opendocument_deletion_of_a_city_office_line_reports_no_address():
    result = found("notice.odt", _deletion_letter("Payments are taken at City Hall, 505 S. Garey Ave. "))
    assert "address" not in result


def test_a_comment_on_a_header_cell_does_not_hide_the_usage_title_of_month_columns():
    book = Workbook()
    sheet = book.active
    sheet.append(["Meter read exceptions: kWh by month, Jul-Sep 2024"])
    sheet.append(["Cust Name", "Acct No", "Jul", "Aug", "Sep"])
    sheet.append(["PELAYO, MARTINA", 8123550917, 1204, 988, 1410])
    sheet.append(["DUONG, VAN", 8340127765, 611, 702, 655])
    sheet["B2"].comment = Comment("Stored as numbers; see the CIS extract notes.", "Billing")
    assert sorted(found("exceptions.xlsx", _saved(book))["energy_usage"]) == ["1204", "1410", "611", "655", "702",
                                                                              "988"]


def test_a_lookup_sheet_after_a_rate_sheet_is_no_usage_table_by_person():
    """The last cells of the sheet before ("SCE total ($/kWh)") are no title of the lookup sheet's table."""
    book = Workbook()
    rates = book.active
    rates.append(["Schedule", "Period", "SCE total ($/kWh)"])
    rates.append(["TOU-D-PRIME", "Off-peak", 0.29])
    lookup = book.create_sheet("lookup")
    lookup.append(["Schedule", "Code", "Climate zone"])
    for schedule in ("D", "D-CARE", "TOU-D-4-9PM"):
        lookup.append([schedule, "R31", "10"])
    assert found("rates.xlsx", _saved(book)) == {}


# --- "for example" before a real case --------------------------------------------------------------------------

def test_an_account_a_sentence_opens_on_for_example_and_tells_what_happened_to_is_an_account():
    for text in ("Credits were posted in March. For example, service account 3-448-2071-16 was refunded $92.40 on "
                 "March 3, 2025.\n",
                 "For instance, PCE account 2-73-190-5528 was billed twice for the same period.\n"):
        assert len(found("report.txt", text.encode())["account_number"]) == 1, text


def test_an_account_number_s_format_after_for_example_is_no_account():
    for text in ("Enter the service account number, for example 3-448-2071-16, without spaces.\n",
                 "For example, account 3-448-2071-16 would be typed as 3448207116.\n",
                 "Account numbers have ten digits, for example, 3-448-2071-16.\n"):
        assert "account_number" not in found("help.txt", text.encode()), text
