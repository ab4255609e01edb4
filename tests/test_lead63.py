"""Round 63, the lead's branch: what last round's generators showed on seeds never run before.

A processing summary over a printout's table ("Records input: 3,982   Matched moves: 41") is a line of counts, not
the table's header: the header is the line of column names under it.
"""
from __future__ import annotations

from crawler.extract import looks_like_header_row
from crawler.extract.fixed_width import tables

MOVE_REPORT = """\
Valley Presort Services - ADDRESS UPDATE PROCESSING SUMMARY
List: WCE ENROLL MAILER 3      Records input: 12,440      Matched moves: 57
MOVE DETAIL
CUSTOMER NAME        OLD ADDRESS                NEW ADDRESS                  EFF
DORIT ABERNATHY      1912 VIA CORONA            77 PEBBLE BEACH DR           202407
RAFAEL N OYELARAN    620 W ARROW HWY APT 3      4418 SYCAMORE GLEN           202405
"""


def test_a_summary_line_of_counts_is_no_header_and_the_column_names_under_it_are():
    (table,) = tables(MOVE_REPORT.splitlines())
    assert table.header == ["CUSTOMER NAME", "OLD ADDRESS", "NEW ADDRESS", "EFF"]
    assert [cells[:3] for _, cells in table.rows] == [
        ["DORIT ABERNATHY", "1912 VIA CORONA", "77 PEBBLE BEACH DR"],
        ["RAFAEL N OYELARAN", "620 W ARROW HWY APT 3", "4418 SYCAMORE GLEN"]]


def test_counts_after_a_colon_are_no_column_names_but_a_unit_or_a_period_is():
    assert not looks_like_header_row(["Records input: 12,440", "Matched moves: 57"])
    assert not looks_like_header_row(["List: WCE ENROLL MAILER 3", "Records input: 12,440", "Matched moves: 57"])
    assert looks_like_header_row(["Customer", "Usage (kWh)", "Bal > 60d", "Rate: $/kWh"])
