"""Contact values a PDF's or a hard-wrapped text's line break cuts, in a customer's case told as prose or in a page's
margin note (red teams prose35 and bigpdf33).

- A phone cut after its area code ("I called her back at (626)" / "417-2290 to confirm ...") in the lines that go on
  with a customer's case after its record: the line is read with the next one, as it already was with the one above.
  Hard negatives: a line of the same case ending with a year or a dollar figure and the next opening with digits; the
  City's own line cut the same way stays the City's.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.pomonaca.gov/documents"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{SITE}/{name}", body)


_CASE_RECORD = ("Customer Advocate - Monthly Narrative\n"
                "Prepared by Leonie Brandvold, Customer Advocate. Contact: lbrandvold@pomonaca.gov.\n"
                "In March I visited Mr. Teodoro Villasenor at his home, 2287 North Towne Avenue,\n"
                "Pomona, CA 91767. We reviewed his bill together (PCE customer account PCE-58120447)\n"
                "and I enrolled him in the medical baseline program.\n"
                "A caller who identified herself as Rosalind Achterberg reported that her enrollment\n"
                "notice went to a prior tenant. She confirmed the premises at 612 Laurel Court with\n")


# --- a phone cut after its area code ------------------------------------------------------------------------------

def test_a_phone_cut_after_its_area_code_in_a_case_is_the_customers():
    found = _found("advocate.txt", _CASE_RECORD + "me, and I called her back at (626)\n"
                                                  "417-2290 to confirm the correction.\n")
    assert ("phone", "(626) 417-2290") in found
    assert ("customer_name", "Rosalind Achterberg") in found


def test_the_citys_line_cut_after_its_area_code_stays_the_citys():
    found = _found("advocate.txt", _CASE_RECORD + "me, and told her the billing desk is at (909)\n"
                                                  "620-2341 on weekdays.\n")
    assert values_of(found, "phone") == set()
    assert ("address", "612 Laurel Court") in found


def test_a_year_or_a_dollar_figure_ending_a_case_line_joins_no_phone():
    found = _found("advocate.txt", _CASE_RECORD + "me; her credit was posted in 2025\n"
                                                  "415 days after the first notice and came to $112\n"
                                                  "345 in all across the affected households.\n")
    assert values_of(found, "phone") == set()
    assert ("customer_name", "Rosalind Achterberg") in found
