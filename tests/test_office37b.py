"""Office files of a utility department (round 37, office37b): a workbook's chart whose data sheet was trimmed is
headed by the sheet's own header cells, so its cached categories read as the customers they are; a trimmed sheet's
stand-in row ("(see CIS)" | 0) is nobody's record."""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of
from tests.test_memos37a import _workbook_with_chart

_URL = "https://www.pomonachoiceenergy.org/files/"


def test_a_trimmed_charts_cached_categories_are_headed_by_the_sheets_header():
    names = ["Teodora Vasquez-Lind", "Omari Kensington", "Lucia Brandvold"]
    found = pairs_found(_URL + "top-users.xlsx", _workbook_with_chart(names, [1184, 1652, 2310], cleared=True))
    assert set(names) <= values_of(found, "customer_name")
    assert {"1184", "1652", "2310"} <= values_of(found, "energy_usage")


def test_a_trimmed_sheets_stand_in_row_is_no_record():
    names = ["Teodora Vasquez-Lind", "Omari Kensington", "Lucia Brandvold"]
    found = pairs_found(_URL + "top-users.xlsx", _workbook_with_chart(names, [1184, 1652, 2310], cleared=True))
    assert "(see CIS)" not in values_of(found, "customer_name")
    assert "0" not in values_of(found, "energy_usage")


def test_a_chart_of_facilities_headed_by_its_sheet_is_no_customer_record():
    found = pairs_found(_URL + "facility-load.xlsx",
                        _chart_over("Facility", "Aug kWh", ["Civic Center", "Corporate Yard", "Main Library"],
                                    [48210, 36120, 22904]))
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")


def _chart_over(category_header: str, value_header: str, categories: list[str], values: list[int]) -> bytes:
    """A workbook whose chart caches ``categories`` and ``values`` while its data sheet keeps only the header row
    (the rows deleted after the chart was drawn)."""
    import io
    import zipfile

    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    from tests.test_memos37a import _rewritten, _saved
    book = Workbook()
    book.active.title = "Summary"
    data = book.create_sheet("Data")
    data.append([category_header, value_header])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=2, max_row=len(categories) + 1))
    chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=len(categories) + 1))
    book.active.add_chart(chart, "A3")
    body = _saved(book)
    last = len(categories) + 1
    cache = "".join(f'<pt idx="{i}"><v>{text}</v></pt>' for i, text in enumerate(categories))
    points = "".join(f'<pt idx="{i}"><v>{value}</v></pt>' for i, value in enumerate(values))
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        xml = archive.read("xl/charts/chart1.xml").decode()
    xml = xml.replace(f"$A$2:$A${last}</f>", f"$A$2:$A${last}</f><strCache><ptCount val=\"{len(categories)}\"/>"
                                            f"{cache}</strCache>")
    xml = xml.replace(f"$B$2:$B${last}</f>", f"$B$2:$B${last}</f><numCache><ptCount val=\"{len(values)}\"/>"
                                            f"{points}</numCache>")
    return _rewritten(body, {"xl/charts/chart1.xml": xml.encode()})


def _impact_sheet(side_note: str) -> bytes:
    """A rate-impact sheet: a title block, a header row whose last cell, past a blank column, labels a reference kept
    beside the table, then customers' rows, the first carrying the reference's value."""
    from tests.detector_helpers import xlsx
    return xlsx([
        ["City of Pomona - Utility Services"],
        ["Bill impact of the generation rate change - sample accounts"],
        [],
        ["SCE Service Acct", "Customer", "Phone", "Annual kWh", "Old bill", "New bill", None, "Reference (City load):"],
        ["8312049957", "Ravindra Oyelaran", "(909) 555-0148", 1184, 367.04, 352.83, None, side_note],
        ["8620917733", "Marisol Tennberg", "909-555-0163", 2207, 684.17, 657.69],
        ["8795521046", "Kwabena Sorrell", "(909) 555-0172", 743, 230.33, 221.41],
    ])


def test_a_header_row_with_a_side_notes_label_still_heads_the_table():
    found = pairs_found(_URL + "rate-impact.xlsx", _impact_sheet("Civic Center SA 8401175522"))
    assert {"1184", "2207", "743"} <= values_of(found, "energy_usage")
    assert {"Ravindra Oyelaran", "Marisol Tennberg", "Kwabena Sorrell"} <= values_of(found, "customer_name")


def test_a_city_facilitys_account_beside_a_customers_row_is_the_citys():
    for note in ("Civic Center SA 8401175522", "Corporate Yard SA 8401175522"):
        found = pairs_found(_URL + "rate-impact.xlsx", _impact_sheet(note))
        assert "8401175522" not in values_of(found, "account_number"), note
        assert "8312049957" in values_of(found, "account_number")


def test_a_side_note_naming_a_person_is_no_facilitys():
    found = pairs_found(_URL + "rate-impact.xlsx", _impact_sheet("Park household: Selin Ardakani SA 8401175522"))
    assert "8401175522" in values_of(found, "account_number")


def _deck(*slides: list[str]) -> bytes:
    """A deck whose slides hold one text box each per entry (a grouped shape's text is read as one block)."""
    import io

    import pptx
    from pptx.util import Inches
    deck = pptx.Presentation()
    for boxes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        for k, text in enumerate(boxes):
            frame = slide.shapes.add_textbox(Inches(0.5 + 3 * (k % 3)), Inches(1 + 2 * (k // 3)), Inches(3),
                                             Inches(1.5)).text_frame
            lines = text.split("\n")
            frame.text = lines[0]
            for line in lines[1:]:
                frame.add_paragraph().text = line
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def test_a_slides_blocks_of_name_phone_and_utility_account_are_records():
    found = pairs_found(_URL + "workshop.pptx", _deck(
        ["Households we visited", "Teodor Aboagye\n909-555-0191\nPCE-402817736",
         "Minh Châu Lindqvist\n(909) 555-0128\nPCE-519930264"]))
    assert {"PCE-402817736", "PCE-519930264"} <= values_of(found, "account_number")
    assert {"Teodor Aboagye", "Minh Châu Lindqvist"} <= values_of(found, "customer_name")


def test_a_program_number_in_a_slides_block_is_no_account():
    found = pairs_found(_URL + "programs.pptx", _deck(
        ["Program forms", "Rebate application\nform PCE-2025-0412\nDue March 3"]))
    assert not values_of(found, "account_number")


def test_the_systems_peak_on_the_next_slide_is_no_households_usage():
    found = pairs_found(_URL + "workshop.pptx", _deck(
        ["Households we visited", "Teodor Aboagye\n909-555-0191\nPCE-402817736"],
        ["Rates at a glance", "Generation rate 11.9 c/kWh\nSystem peak 41,906,225 kWh on Aug 21"]))
    assert "PCE-402817736" in values_of(found, "account_number")
    assert not values_of(found, "energy_usage")


def test_an_ivr_exports_caller_id_column_is_the_callers_phone():
    body = ("ivr_export|v3|run 2026-02-11\n"
            "TS|CALLER_ID|ACCOUNT|NAME_ON_ACCT|ADDR\n"
            "2026-02-10T08:14:00|9095550186|700213358490|DELPHINE OKORO-VANCE|1417 W. HALVERSTON AVE\n"
            "2026-02-10T09:02:00|6265550139|800447219036|TOMAS VRBENSKY|388 E. MARLOWE CT\n")
    found = pairs_found(_URL + "ivr_callbacks.txt", body)
    assert {"9095550186", "6265550139"} <= values_of(found, "phone")


def test_a_queue_reports_caller_id_with_no_one_in_its_row_is_no_record():
    body = ("Caller ID|Queue|Wait (s)|Outcome\n"
            "9096202341|Billing|45|Answered\n"
            "BLOCKED|Start/Stop|120|Abandoned\n")
    found = pairs_found(_URL + "queue_report.txt", body)
    assert not values_of(found, "phone")
