"""A column of prose beside a sidebar's list (a newsletter's "rebate checks mailed" box): the column is read,
then the sidebar as its own block, so a name on one line of the list and its account on the next stay
together. A table whose key column stands beside a wrapped description column, or a list row for row with
prose, stays rows; a sidebar of public names (council members) stays without findings."""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract
from crawler.extract.layout import Word, lines_of
from detectors.engine import scan_document
from detectors.registry import load_detectors

_NEWS = ("Work crews relined 1.8 miles of sewer main under Towne Avenue this autumn, and the utility board "
         "approved the new drought surcharge at its October meeting. Average household use in September was "
         "548 kWh, and the conservation rebate remains open through the end of the year.")


def _pdf() -> FPDF:
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    return pdf


def _prose(pdf: FPDF, x: float, width: float, text: str = _NEWS) -> None:
    pdf.set_xy(x, 80)
    pdf.multi_cell(width, 11, text, align="J")  # justified, as a newsletter sets it


def _list(pdf: FPDF, x: float, lines: list[str], leading: float = 11, top: float = 80) -> None:
    for number, line in enumerate(lines):
        pdf.text(x, top + 8 + leading * number, line)


def _read(pdf: FPDF) -> tuple[list[str], set[tuple[str, str]]]:
    document = extract("https://example.org/newsletter.pdf", bytes(pdf.output()))
    found = {(f.category, f.value) for f in scan_document(document, load_detectors())}
    return [s.text for s in document.segments], found


_REBATES = ["THERMOSTAT REBATES PAID", "(October, batch 2)", "Leonora Pettigrew", "Acct 6120-448301-7"]


def test_a_sidebar_list_beside_a_column_of_prose_is_its_own_block():
    pdf = _pdf()
    _prose(pdf, 40, 170)
    _list(pdf, 410, _REBATES)
    lines, found = _read(pdf)
    assert lines[-len(_REBATES):] == _REBATES
    assert not any("\t" in line for line in lines)
    assert {("customer_name", "Leonora Pettigrew"), ("account_number", "6120-448301-7")} <= found


def test_a_sidebar_with_its_own_leading_running_on_below_the_prose_is_its_own_block():
    pdf = _pdf()
    _prose(pdf, 200, 180, _NEWS[:150])
    _list(pdf, 40, _REBATES + ["Wilhelmina Adeyemi", "Acct 6120-557710-4"], leading=13)
    lines, found = _read(pdf)
    assert lines[:len(_REBATES) + 2] == _REBATES + ["Wilhelmina Adeyemi", "Acct 6120-557710-4"]
    assert {("customer_name", "Leonora Pettigrew"), ("customer_name", "Wilhelmina Adeyemi"),
            ("account_number", "6120-557710-4")} <= found


def test_a_sidebar_of_council_members_beside_prose_stays_without_findings():
    pdf = _pdf()
    _prose(pdf, 40, 170)
    council = ["YOUR CITY COUNCIL", "Mayor Theodora Lindqvist", "District 1: Bartholomew Okonjo",
               "(909) 620-2051"]
    _list(pdf, 410, council)
    lines, found = _read(pdf)
    assert lines[-len(council):] == council
    assert found == set()


def test_a_table_of_projects_beside_their_wrapped_descriptions_stays_rows():
    """Each project's name stands level with the first line of its description, a row apart from the next."""
    pdf = _pdf()
    projects = [("Towne Ave Sewer", "Relining of the sewer main under the avenue between the two schools, "
                                    "with night work to keep the lanes open"),
                ("Ganesha Park Lights", "Replacement of the ballfield lights with lamps that use less power "
                                        "and spill less light onto the homes nearby"),
                ("Holt Median Trees", "Planting of drought tolerant trees in the median with drip lines fed "
                                      "from the recycled water system")]
    top = 80
    for name, description in projects:
        pdf.text(40, top + 8, name)
        pdf.set_xy(200, top)
        pdf.multi_cell(150, 11, description, align="L")
        top = pdf.get_y() + 6
    lines, found = _read(pdf)
    assert [line.split("\t")[0] for line in lines if "\t" in line] == [name for name, _ in projects]
    assert found == set()


def _spread(words: list[str], gap: float) -> list[Word]:
    """Words 10 high, ``gap`` apart, each 8 wide a letter: a line justification has widened."""
    placed, x = [], 0.0
    for word in words:
        placed.append(Word(word, x, 0.0, x + 8 * len(word), 10.0))
        x += 8 * len(word) + gap
    return placed


def test_a_justified_line_of_a_narrow_column_holding_a_name_stays_one_phrase():
    """Justification widens each gap of a narrow column's line alike; a line taken mostly by a name and a house
    number is still prose, not four cells."""
    assert lines_of([_spread(["Leonora", "Pettigrew", "of", "2291"], 14.0)]) == ["Leonora Pettigrew of 2291"]
    assert lines_of([_spread(["Pomona", "Claremont", "Ontario", "Upland"], 14.0)]) == [
        "Pomona\tClaremont\tOntario\tUpland"]  # a row of one-word cells: no word in lower case
    assert lines_of([_spread(["Leonora", "Pettigrew", "of", "2291"], 34.0)]) == [
        "Leonora\tPettigrew\tof\t2291"]  # wider than justification stretches a space


def test_a_customer_named_in_a_justified_newsletter_column_beside_a_sidebar_is_found():
    pdf = _pdf()
    _prose(pdf, 40, 130, "Crews relined 1.8 miles of main. Spotlight on a customer: Leonora Pettigrew of 2291 "
                         "Alder Ave cut his bill by a third after a free home energy audit.")
    _list(pdf, 410, ["LOW INCOME PROGRAM", "(enrollment, Q4)", "Casimir Oyelaran", "Acct 6120-903215-2"])
    lines, found = _read(pdf)
    assert {("customer_name", "Leonora Pettigrew"), ("address", "2291 Alder Ave"),
            ("customer_name", "Casimir Oyelaran"), ("account_number", "6120-903215-2")} <= found
