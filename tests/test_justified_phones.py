"""Text set justified (a PDF's, a text file's) widens the space inside a phone to two ("(320)  403-5293"): the phone
is found as it is with one space. Groups of digits only spaces apart, one gap two wide, are a fixed-width dump's
columns, and three spaces the gap between a table's columns: no phone across them."""
from __future__ import annotations

from detectors.context.shapes import phone_spans
from tests.detector_helpers import values_found

CONTACT = ("customer_name", "phone", "account_number")


def phones(text: str) -> list[str]:
    return [text[a:b] for a, b in phone_spans(text)]


def test_two_spaces_after_an_area_code_or_a_country_code_are_one_phone():
    assert phones("Best  callback  is  (612)  555-0193.") == ["(612)  555-0193"]
    assert phones("call  612  555-0147  today") == ["612  555-0147"]
    assert phones("Tel.  +1  (612)  555-0101") == ["+1  (612)  555-0101"]


def test_digits_apart_by_padded_columns_tabs_or_wide_gaps_are_no_phone():
    assert phones("Route  Book  Seq\n320  403  5293") == []
    assert phones("612   555-0193") == []


def test_a_justified_memo_line_gives_the_customers_phone():
    result = values_found("memo.txt", "On Monday our CSR was contacted by Kalani Akana (Acct.  No.  5120-31877-4).  "
                                      "Best  callback  is  (612)  555-0193.  Billing error confirmed.\n", CONTACT)
    assert result["phone"] == ["(612)  555-0193"]
    assert result["account_number"] == ["5120-31877-4"]


def test_a_justified_staff_line_and_a_fixed_width_route_table_give_no_phone():
    assert values_found("notice.txt", "Questions  about  the  Lincoln  Park  project:  Parks  Division,  "
                                      "(909)  620-2321.\n", CONTACT) == {}
    table = ("Name               Route  Book  Seq   Account\n"
             "Kalani Akana       612  555  0193     5120-31877-4\n")
    assert "phone" not in values_found("routes.txt", table, CONTACT)
