"""neg75 red team: a park or a hall named for a person, on a page about the City's places or in a text table of its
facilities, is the place.

- an SVG chart "Monthly use for Jackie Park" (or "Lillian Pool electricity use") with a home's figures, on a page
  whose title or heading is about parks or facilities ("Parks Sustainability Dashboard", "Facility Energy Charts"):
  the park's meter (community_places.named_on_a_page_of_places, read by chart_owners and the prose records). The
  same chart on a page about a household's use ("Your Energy Use"), or a name the sentence gives a person's role,
  stays a customer's;
- a budget book's text table of facilities, a tab between its columns ("City Hall<tab>4742 Juniper Blvd<tab>acct
  3-...<tab>59,808 kWh" above "Walter Park<tab>8313 E. Magnolia St<tab>acct 3-..."): the opening name stops at the
  column's gap, so the rows are one form opening with the City's facilities (facility_lines.place_lines) and the
  park's account is the City's. A customers' table of the same layout keeps "Jane Park".
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/parks/dashboard.html"


def _page(title: str, body: str) -> set[tuple[str, str]]:
    html = (f"<html><head><title>{title} | City of Example</title></head><body><h1>{title}</h1><main>{body}</main>"
            "<footer>City Hall, 505 Civic Center Plaza, (714) 555-0100</footer></body></html>")
    return pairs_found(PAGE, html, "text/html")


def _chart(title: str) -> str:
    bars = "".join(f"<text x='{k * 30}' y='115'>{month}: {kwh} kWh</text>"
                   for k, (month, kwh) in enumerate([("Jan", 530), ("Feb", 610), ("Mar", 470)]))
    return f"<svg width='200' height='130'><title>{title}</title>{bars}</svg>"


def test_a_parks_chart_on_a_page_about_parks_is_public():
    found = _page("Parks Sustainability Dashboard", "<p>Updated monthly.</p>" + _chart("Monthly use for Jackie Park"))
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")


def test_a_pools_chart_on_a_page_about_facilities_is_public():
    found = _page("Facility Energy Charts", _chart("Lillian Pool electricity use"))
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")


def test_a_persons_chart_on_a_page_about_their_use_stays_a_customers():
    found = _page("Your Energy Use", _chart("Monthly use for Jackie Park"))
    assert values_of(found, "customer_name") == {"Jackie Park"}
    assert "530 kWh" in values_of(found, "energy_usage")


def test_a_person_the_sentence_gives_a_role_on_a_parks_page_stays_a_person():
    found = _page("Parks and Facilities News",
                  "<p>Resident Helen Park, who lives at 1200 N. Garey Ave, told us her home used 757 kWh in June "
                  "on SCE account 3-045-1187-22.</p>")
    assert "Helen Park" in values_of(found, "customer_name")


def _table_pdf(heading: str, rows: list[tuple[str, ...]]) -> set[tuple[str, str]]:
    """A budget book's page: its table's columns padded with spaces in a fixed-width font."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Courier", 7.5)
    for k, line in enumerate([heading, *("  " + "".join(f"{cell:<30}" for cell in row) for row in rows)]):
        pdf.drawString(40, 740 - 16 * k, line)
    pdf.save()
    return pairs_found("https://www.cityofexample.org/docs/budget.pdf", out.getvalue(), "application/pdf")


def test_a_park_in_a_text_table_of_the_citys_facilities_is_public():
    found = _table_pdf("Electricity by Facility (kWh)", [
        ("City Hall", "4742 Juniper Blvd", "acct 3-456-1333-49", "59,808 kWh"),
        ("Police Headquarters", "1375 Lincoln Pl", "acct 3-581-7998-43", "50,893 kWh"),
        ("Walter Park", "8313 E. Magnolia St", "acct 3-822-9638-82", "53,389 kWh"),
        ("Water Reclamation Plant", "8700 S. Chaparral Way", "acct 3-306-0419-11", "4,025 kWh")])
    assert not values_of(found, "customer_name") and not values_of(found, "account_number")


def test_a_person_named_park_in_a_customers_text_table_stays_a_customer():
    found = _table_pdf("Hardship credit recipients", [
        ("Maria Okafor", "4742 Juniper Blvd", "acct 3-456-1333-49", "598 kWh"),
        ("Jane Park", "8313 E. Magnolia St", "acct 3-822-9638-82", "533 kWh"),
        ("Tomasz Delgado", "8700 S. Chaparral Way", "acct 3-306-0419-11", "402 kWh")])
    assert {"Jane Park", "Maria Okafor"} <= values_of(found, "customer_name")
    assert "3-822-9638-82" in values_of(found, "account_number")
