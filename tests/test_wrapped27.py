"""Customer records in wrapped prose: a name a line break cuts (a PDF's line, a plain-text e-mail wrapped at 72
characters) is one finding over both lines, and a short line of a justified paragraph in a narrow PDF column is
prose, not a row of a two-column table.

Hard negatives are a city site's text: names listed one a line, a form's label block, council members on a roll
call line, a staff directory set under a justified paragraph.
"""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract
from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str | bytes) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def flat(values: list[str]) -> list[str]:
    """The values with their blanks made single spaces and without a title, which a line may cut off."""
    return [" ".join(value.split()).removeprefix("Ms. ").removeprefix("Mr. ") for value in values]


def justified_pdf(text: str, width: float, below: list[tuple[str, str]] = ()) -> bytes:
    """A page holding ``text`` justified in a column ``width`` mm wide, as a newsletter or a two-column staff
    report sets it, and then the rows of a two-column table, if any."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(w=width, text=text, align="J")
    pdf.ln(4)
    for left, right in below:
        pdf.cell(w=width / 2, h=6, text=left)
        pdf.cell(w=width / 2, h=6, text=right, align="R")
        pdf.ln(6)
    return bytes(pdf.output())


NEWSLETTER = ("Case summary. On June 9 the utility's customer Ms. Berenike Oyelowo-Strand, who rents the upstairs unit at "
              "4471 Sycamore Bend Road, asked staff to review her bill. She asked to be called back at (562) 555-0193. "
              "Her landlord, customer Anselm Kraszewski-Duarte of 918 Larkmead Court, confirmed the meter swap.")


def test_a_record_in_a_narrow_justified_column_is_read_as_prose():
    for width in (48, 56, 64, 90):
        result = found("newsletter.pdf", justified_pdf(NEWSLETTER, width))
        assert sorted(flat(result.get("customer_name", []))) == [
            "Anselm Kraszewski-Duarte", "Berenike Oyelowo-Strand"], width
        assert "(562) 555-0193" in result.get("phone", []), width
        assert "918 Larkmead Court" in flat(result.get("address", [])), width


def test_a_short_line_of_a_justified_paragraph_is_not_a_table_cell():
    for width in (44, 48, 52, 60):  # its stretched gaps are word gaps, not a table's tabs or columns
        document = extract("newsletter.pdf", justified_pdf(NEWSLETTER, width))
        assert not [s.text for s in document.segments if "\t" in s.text or s.location.element], width
        assert not document.records


def test_a_two_column_table_under_a_justified_paragraph_stays_a_table():
    intro = ("The Public Works Department keeps the following direct lines open during the storm season for "
             "questions about street closures, sandbags and downed trees in the public right of way.")
    rows = [("Street Maintenance", "(909) 620-2241"), ("Sandbag Station", "(909) 620-2305"),
            ("Urban Forestry", "(909) 620-2288")]
    assert found("storm.pdf", justified_pdf(intro, 120, rows)) == {}


def test_a_wrapped_email_cuts_a_customers_name():
    mail = ("From: Customer Service <service@pomonachoice.org>\nSubject: Escalation 4471\n\n"
            "Escalating a billing complaint. The account holder, Mr. Eamonn\n"
            "Rautenberg-Silva, of 2289 Meadowlark Trail says his June bill doubled;\n"
            "he can be reached at 626-555-0172. His neighbour, the customer\n"
            "Wilhelmina Achterberg, reports the same at 2291 Meadowlark Trail.\n")
    result = found("escalation.txt", mail)
    assert sorted(flat(result["customer_name"])) == ["Eamonn Rautenberg-Silva", "Wilhelmina Achterberg"]
    assert "626-555-0172" in result["phone"]


def test_a_title_that_ends_the_line_before_the_name():
    text = "Call log, July. The customer Mrs.\nPerpetua Nwachukwu-Lind asked for a payment plan, 951-555-0148.\n"
    result = found("log.txt", text)
    assert flat(result["customer_name"]) == ["Perpetua Nwachukwu-Lind"]
    assert result["phone"] == ["951-555-0148"]


def test_names_listed_one_a_line_are_not_joined():
    text = ("Rebate recipients notified this week: customer Ximena\nBartholomew Okafor\nLiesl Vandermeer\n"
            "Account 3-044-7215-88 was credited.\n")
    names = flat(found("notice.txt", text).get("customer_name", []))
    assert not any(len(name.split()) > 2 for name in names)


def test_a_label_block_keeps_its_values_apart():
    text = "Nombre del cliente: Itziar Montalbán\nDirección de servicio: 1550 W Holt Ave\nCuenta: 2-23-456-7890\n"
    assert flat(found("ficha.txt", text)["customer_name"]) == ["Itziar Montalbán"]


def test_a_roll_call_cut_by_a_line_break_is_no_customer():
    text = ("Roll call. Present were Mayor Tim Sandoval, Councilmember\nElizabeth Ontiveros-Cole and Councilmember "
            "Nora Garcia, who asked about the\ncustomer survey results for 2025.\n")
    assert "customer_name" not in found("minutes.txt", text)
