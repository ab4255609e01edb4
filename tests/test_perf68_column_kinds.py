"""Speed work of round 68 that must find exactly what the code before it found.

``tables._most_cells_kind`` tells a column's kind by its cells' shapes (``participants_of_columns``) and stops
sniffing once too many cells are of no kind for any to reach two thirds of them: a budget book's columns of figures
are told by their first third. It must give what counting every cell's shape gave, on participants' columns and on a
city's public tables alike.
"""
from __future__ import annotations

from detectors.context.analysis import Analysis
from detectors.context.tables import _MOST, _most_cells_kind, participants_of_columns


class _Sniffer:
    """The one part of an Analysis that ``_most_cells_kind`` reads, counting the cells it sniffs."""

    def __init__(self):
        self.sniffed = 0

    def sniff(self, text: str) -> str | None:
        self.sniffed += 1
        return Analysis._shape_of(text.strip())


def _counted(texts: list[str]) -> str | None:
    """Every cell's shape counted, as ``participants_of_columns`` did before (a "How to reach" column of phones and
    mailboxes mixed: a contact column)."""
    shapes = [Analysis._shape_of(text.strip()) for text in texts]
    if "phone" in shapes and "email" in shapes and shapes.count("phone") + shapes.count("email") >= _MOST * len(shapes):
        return "contact"
    best = max(("name", "address", "phone", "email"), key=shapes.count)
    return best if shapes.count(best) >= _MOST * len(shapes) else None


COLUMNS = [
    ["Odalys Ferreira", "Tomasz Wierzbicki", "Keiko Abernathy", "Radu Constantin", "Marisol Quintero"],
    ["4471 N Larkspur Way", "918 E Cypress Hollow Rd", "2250 W Tamarind St", "77 S Bellweather Ave"],
    ["(951) 555-0163", "(951) 555-0177", "951-555-0140", "(951) 555-0129", "N/A", "(951) 555-0188"],
    ["odalys.f@yahoo.com", "tomaszw@gmail.com", "keiko.a@outlook.com"],
    ["(951) 555-0163", "odalys.f@yahoo.com", "951-555-0140", "text only"],  # how to reach each: a contact column
    ["$1,204,331", "$88,120", "$3,410,002", "$12,900", "$640,118", "$77,310", "$2,000", "$9,999,101"],
    ["General Fund", "Gas Tax Fund", "Sewer Enterprise", "Measure R", "Debt Service"],
    # a city's public tables: a parks list's facilities beside their phones, and a column of two kinds alike
    ["Juniper Hills Park", "Canyon Crest Community Center", "Willowbrook Pool"],
    ["Odalys Ferreira", "(951) 555-0163", "Keiko Abernathy", "(951) 555-0129"],
    ["Odalys Ferreira", "Keiko Abernathy", "$12,900"],  # two of three names: exactly two thirds
    ["Odalys Ferreira", "$12,900", "$88,120"],
    [],
]


def test_a_columns_kind_is_what_counting_every_cell_gave():
    for texts in COLUMNS:
        assert _most_cells_kind(_Sniffer(), texts) == _counted(texts), texts


def test_a_column_of_figures_is_told_by_its_first_third():
    figures = [f"${n * 7919 % 100000:,}" for n in range(1, 31)]
    sniffer = _Sniffer()
    assert _most_cells_kind(sniffer, figures) is None
    assert sniffer.sniffed <= len(figures) // 3 + 1


def test_a_budget_table_keeps_its_headers_kinds():
    """A budget's columns (a fund, two columns of dollars) hold no participants: the header's kinds stand, though
    the header reads like a program's ("Applicant | Device | Reach at")."""
    labels = ("Applicant", "Device", "Reach at")
    kinds = ("name", None, "phone")
    budget = [["General Fund", "Gas Tax Fund", "Sewer Enterprise"], ["$1,204,331", "$88,120", "$3,410,002"],
              ["$1,300,000", "$90,000", "$3,500,000"]]
    assert participants_of_columns(_Sniffer(), labels, kinds, budget, None, "no") == kinds
