"""Office and RTF parts that hold a customer's details where no reader of the page sees them (round 39, docs39a).

- Hidden text and pictures' alt text in a utility department's report: a staff note naming the person who asked for
  a call at a number ("Gate code given by ..., who asked for a call at ...") or whose home a photo shows ("at 1234 W
  Holt Ave, home of ..."); not a councilmember's request, nor a building a society calls its home.
- A workbook's drawing layer (openpyxl drops it): a text box's text and a picture's alt text are read.
- A running footer's customer line names the customer before their address ("cc: customer file (Name, address)");
  a name after the fields signs the line off. A running header that files the document under a person and a bare
  account number ("Case file: Name / 7001234567"); a project's file names no one.
- Speaker notes: a "callback number" is the person's own, though "Council" stands before it; a customer service
  callback line is the desk's.
- Spreadsheets: the customers an outline's collapsed rows list under an aging bucket (their account in the column
  counting accounts); a compact pivot's months under a person's group row; a "Month | Name | Name" sheet's Account
  row. A pivot grouped by rate class, a summary of counts alone, districts over months: no one's.
- False findings: a "Median kWh" column of class averages; a City clubhouse in a facility-usage table.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml import OxmlElement

from detector_helpers import pairs_found, values_of, workbook

SITE = "https://www.pomonachoiceenergy.org"


# --- builders ---------------------------------------------------------------------------------------------------

def _docx(paragraphs, hidden=(), alt_texts=(), footer=None, header=None) -> bytes:
    """A Word file of ``paragraphs``, each of ``hidden`` a paragraph of hidden (w:vanish) text after them, each of
    ``alt_texts`` a picture's description, and a running footer and header."""
    from PIL import Image
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for text in hidden:
        run = document.add_paragraph().add_run(text)
        vanish = OxmlElement("w:vanish")
        run._r.get_or_add_rPr().append(vanish)
    for text in alt_texts:
        png = io.BytesIO()
        Image.new("RGB", (8, 8)).save(png, "PNG")
        png.seek(0)
        shape = document.add_paragraph().add_run().add_picture(png)
        shape._inline.docPr.set("descr", text)
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    if header:
        document.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_DRAWING_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def _xlsx_with_drawing(rows, alt: str, box: str) -> bytes:
    """A workbook of ``rows`` with a picture described by ``alt`` and a text box holding ``box`` on its sheet."""
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image
    from PIL import Image as Picture
    book = Workbook()
    sheet = book.active
    sheet.title = "Field visits"
    for row in rows:
        sheet.append(row)
    png = io.BytesIO()
    Picture.new("RGB", (4, 4)).save(png, "PNG")
    png.seek(0)
    sheet.add_image(Image(png), "D2")
    saved = io.BytesIO()
    book.save(saved)
    text_box = (f'<oneCellAnchor><from><col>5</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from>'
                f'<ext cx="100" cy="100"/><sp><nvSpPr><cNvPr id="9" name="TextBox 1"/><cNvSpPr txBox="1"/></nvSpPr>'
                f'<spPr/><txBody><a:bodyPr {_DRAWING_NS}/><a:p {_DRAWING_NS}><a:r><a:t>{box}</a:t></a:r></a:p>'
                f'</txBody></sp><clientData/></oneCellAnchor>')
    source, out = zipfile.ZipFile(io.BytesIO(saved.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("xl/drawings/drawing") and info.filename.endswith(".xml"):
                data = (data.decode().replace('descr="Picture"', f'descr="{alt}"')
                        .replace("</wsDr>", text_box + "</wsDr>").encode())
            target.writestr(info, data)
    return out.getvalue()


def _pptx(notes: str, alt: str | None = None) -> bytes:
    """A slide deck of one slide whose speaker notes are ``notes``, with a picture described by ``alt``."""
    from PIL import Image
    from pptx import Presentation
    from pptx.util import Inches
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Customer service update"
    slide.placeholders[1].text = "Disputes closed within 30 days: 91%"
    slide.notes_slide.notes_text_frame.text = notes
    if alt:
        png = io.BytesIO()
        Image.new("RGB", (8, 8)).save(png, "PNG")
        png.seek(0)
        slide.shapes.add_picture(png, Inches(6), Inches(4))._element.nvPicPr.cNvPr.set("descr", alt)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _rtf(header: str, *paragraphs: str) -> bytes:
    body = "".join(rf"{{\pard {p}\par}}" for p in paragraphs)
    return (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}{\header\pard " + header + r"\par}" + body + "}").encode()


def _outlined_xlsx(summary, details) -> bytes:
    """An aging summary whose last bucket's detail rows are collapsed (hidden outline level 1) under it."""
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "Aging summary"
    sheet.append(["Aging bucket", "Accounts", "Balance"])
    for row in summary:
        sheet.append(row)
    for row in details:
        sheet.append(row)
        dimension = sheet.row_dimensions[sheet.max_row]
        dimension.outlineLevel, dimension.hidden = 1, True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- hidden text and alt text ------------------------------------------------------------------------------------

FIELD_VISIT = ["Field visit report - meter access issues", "Crews visited 14 premises this week; two gates were locked."]


def test_hidden_note_of_a_person_who_asked_for_a_call_is_theirs():
    found = pairs_found(f"{SITE}/memos/visits.docx", _docx(
        FIELD_VISIT, hidden=["Side gate code from Ottilie Brandvold, who asked for a call at 626.555.0139 first.",
                             "Dog in yard: Kwabena Mensah wants a callback on (909) 555-0172 before crews arrive."]))
    assert {"Ottilie Brandvold", "Kwabena Mensah"} <= values_of(found, "customer_name")
    assert {"626.555.0139", "(909) 555-0172"} <= values_of(found, "phone")


def test_picture_alt_text_naming_whose_home_it_shows_is_theirs():
    found = pairs_found(f"{SITE}/memos/visits.docx", _docx(FIELD_VISIT, alt_texts=[
        "Photo of the meter panel at 4417 N Towne Ave, home of Priscilla Oyelaran, showing the blocked gate",
        "Photo: Leopold Vasquez-Runyon's home at 2258 W Kingsley Ave, meter behind the fence",
        "Service drop at the home of Evander Mbeki at 1309 E Alvarado St before the upgrade"]))
    assert {"Priscilla Oyelaran", "Leopold Vasquez-Runyon", "Evander Mbeki"} <= values_of(found, "customer_name")
    assert {"4417 N Towne Ave", "2258 W Kingsley Ave", "1309 E Alvarado St"} <= values_of(found, "address")


def test_slide_picture_alt_text_naming_whose_home_it_shows_is_theirs():
    found = pairs_found(f"{SITE}/council/update.pptx", _pptx(
        "Photos from the field.", alt="Meter enclosure at 3380 N Dudley St, home of Marguerite Lindahl"))
    assert values_of(found, "customer_name") == {"Marguerite Lindahl"}
    assert values_of(found, "address") == {"3380 N Dudley St"}


def test_a_councilmembers_request_and_a_societys_home_are_no_customers():
    found = pairs_found(f"{SITE}/memos/visits.docx", _docx(
        ["Utility billing workshop notes"],
        hidden=["Councilmember Rosalind Achebe, who asked for a call at 909-620-2251 about the item.",
                "For questions about your bill, Marisol Trevino asked that you call 909-620-2230."],
        alt_texts=["Photo of the meter display at 585 E Holt Ave, home of the Pomona Valley Historical Society",
                   "New service: Ysabel Quintero, owner of Golden Oak Bakery at 1450 N Garey Ave"]))
    assert not values_of(found, "customer_name") and not values_of(found, "phone")
    assert not values_of(found, "address")


def test_workbook_text_box_and_picture_alt_text_are_read():
    found = pairs_found(f"{SITE}/data/visits.xlsx", _xlsx_with_drawing(
        [["Meter", "Route"], ["M-22", "R4"]],
        "Photo of the meter base at 1642 N Garey Ave, home of Gwendolyn Ashby",
        "Gate code from Tomasz Kowalczyk, who asked for a call at 909.555.0117."))
    assert {"Gwendolyn Ashby", "Tomasz Kowalczyk"} == values_of(found, "customer_name")  # not "Ashby Gate"
    assert values_of(found, "address") == {"1642 N Garey Ave"}
    assert values_of(found, "phone") == {"909.555.0117"}


# --- running headers and footers -----------------------------------------------------------------------------------

MEMO = ["Billing exceptions for the Council report", "Account 2-41-553-0192 was re-billed for 14 months."]


def test_footer_customer_file_names_the_customer_before_their_address():
    found = pairs_found(f"{SITE}/memos/exceptions.docx", _docx(
        MEMO, footer="cc: customer file (Evangelina Szabo, 3186 E Mission Blvd)"))
    assert "Evangelina Szabo" in values_of(found, "customer_name")
    assert "3186 E Mission Blvd" in values_of(found, "address")


def test_footer_name_after_the_customers_fields_signs_it_off():
    found = pairs_found(f"{SITE}/memos/exceptions.docx", _docx(
        MEMO, footer="Customer copy - 2388 Holt Ave #12 - tel 626-555-0176 - prepared by Janelle Okafor"))
    assert "2388 Holt Ave #12" in values_of(found, "address")
    assert "Janelle Okafor" not in values_of(found, "customer_name")


LETTER = ["Dear Pomona Choice Energy,", "My account number is PCE-412207. Please close it when I move.", "Regards,",
          "Imelda Ochoa"]


def test_running_header_filing_the_letter_under_a_person_and_account():
    found = pairs_found(f"{SITE}/correspondence/letter-4.rtf", _rtf(
        "Case file: Bartholomew Quist / 7003348812", *LETTER))
    assert "Bartholomew Quist" in values_of(found, "customer_name")
    assert "7003348812" in values_of(found, "account_number")


def test_running_header_of_a_project_or_an_official_names_no_customer():
    for header in ("Project file: Phillips Ranch Road Rehabilitation / 2026041501",
                   "Case file: Ofelia Marquez, Deputy City Clerk / 2026-0412",
                   "Case file: Harold Nguyen / 20260415"):  # a date, no account
        found = pairs_found(f"{SITE}/correspondence/letter-5.docx", _docx(LETTER, header=header))
        assert values_of(found, "customer_name") == {"Imelda Ochoa"}, header
        assert values_of(found, "account_number") == {"PCE-412207"}, header


# --- speaker notes -------------------------------------------------------------------------------------------------

def test_callback_number_in_speaker_notes_is_the_persons_own():
    found = pairs_found(f"{SITE}/council/update.pptx", _pptx(
        "Raise Thaddeus Lindqvist (acct PCE-507118) only if Council asks - callback number 951-555-0148."))
    assert "951-555-0148" in values_of(found, "phone")
    assert any("Thaddeus Lindqvist" in name for name in values_of(found, "customer_name"))


def test_customer_service_callback_line_is_the_desks():
    found = pairs_found(f"{SITE}/council/update.pptx", _pptx(
        "For billing questions, the customer service callback line is 909-555-0188; account PCE-507118 is a sample."))
    assert not values_of(found, "phone")


# --- spreadsheets --------------------------------------------------------------------------------------------------

AGING = [["0-30", 263, 342968], ["31-60", 1575, 805102], ["90+", 2044, 447432]]


def test_collapsed_detail_rows_under_an_aging_bucket_are_customers():
    found = pairs_found(f"{SITE}/data/aging.xlsx", _outlined_xlsx(
        AGING, [["Wilhelmina Osei", 7712094486, 4362], ["Cornelius Abara", 7650031178, 7816]]))
    assert {"Wilhelmina Osei", "Cornelius Abara"} <= values_of(found, "customer_name")
    assert {"7712094486", "7650031178"} <= values_of(found, "account_number")


def test_aging_summary_of_counts_names_no_one():
    found = pairs_found(f"{SITE}/data/aging.xlsx", _outlined_xlsx(
        AGING, [["Residential", 1880, 401220], ["Commercial", 164, 46212]]))
    assert not found


def test_compact_pivot_months_under_a_persons_group_are_their_usage():
    found = pairs_found(f"{SITE}/data/review.xlsx", workbook({"Pivot": [
        ["Row Labels", "Sum of kWh"], ["Ignatius Fairweather"], ["Jul-26", 2418], ["Aug-26", 2675],
        ["Rosamund Achterberg"], ["Jul-26", 1391], ["Aug-26", 1788], ["Grand Total", 8272]]}))
    assert {"Ignatius Fairweather", "Rosamund Achterberg"} <= values_of(found, "customer_name")
    assert {"2418", "2675", "1391", "1788"} <= values_of(found, "energy_usage")
    assert "8272" not in values_of(found, "energy_usage")


def test_compact_pivot_grouped_by_rate_class_is_public():
    found = pairs_found(f"{SITE}/data/review.xlsx", workbook({"Pivot": [
        ["Row Labels", "Sum of kWh"], ["Residential"], ["Jul-26", 412418], ["Aug-26", 452675],
        ["Small Commercial"], ["Jul-26", 191391], ["Aug-26", 201788], ["Grand Total", 1258272]]}))
    assert not found


def test_account_row_of_a_sheet_with_people_over_its_month_columns():
    found = pairs_found(f"{SITE}/data/review.xlsx", workbook({"Monthly kWh": [
        ["Monthly electricity use (kWh) - high-usage review"],
        ["Month", "Benedikt Strand", "Oluwaseun Adeyemi"],
        ["Account", "PCE-731904", "744-208-5518"],
        ["Jan-26", 3102, 1440], ["Feb-26", 2988, 1675], ["Mar-26", 2706, 1390]]}))
    assert {"Benedikt Strand", "Oluwaseun Adeyemi"} <= values_of(found, "customer_name")
    assert {"PCE-731904", "744-208-5518"} <= values_of(found, "account_number")


def test_districts_over_month_rows_are_public():
    found = pairs_found(f"{SITE}/data/review.xlsx", workbook({"Monthly kWh": [
        ["Monthly electricity use (kWh) by council district"],
        ["Month", "District 1", "District 2"],
        ["Accounts", "4,108", "3,977"],
        ["Jan-26", 1803102, 1661440], ["Feb-26", 1712988, 1598675], ["Mar-26", 1655706, 1501390]]}))
    assert not found


def test_median_column_of_class_averages_is_no_ones_usage():
    found = pairs_found(f"{SITE}/data/review.xlsx", workbook({
        "Customers": [["Customer", "Account", "kWh"], ["Annika Holloway", "2-41-553-0192", 1620]],
        "Residential averages": [["Month", "Average residential kWh", "Median kWh", "Mean kWh"],
                                 ["Jan-26", 438, 417, 441], ["Feb-26", 408, 391, 409]]}))
    assert values_of(found, "energy_usage") == {"1620"}


def test_city_clubhouse_in_a_facility_usage_table_is_no_customer():
    body = ("Facility,Address,SCE Account,kWh 2025\n"
            "City Hall,505 S Garey Ave,2-22-965-7219,\"138,129\"\n"
            "Sycamore Ridge Clubhouse,2052 S Park Ave,2-35-163-4954,\"39,199\"\n"
            "Hollister Park Pavilion,1180 W Holt Ave,2-35-163-7710,\"12,044\"\n")
    assert not pairs_found(f"{SITE}/opendata/facility-usage.csv", body)
