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
