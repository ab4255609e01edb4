"""Red team site41's misses: a customer's usage told in minutes' narrative, a customer's e-mail sign-off pasted into a
packet, landlord and tenant of one account, a resident's letter opening a FAQ, a billing test system's password in
prose, a wrapped address in a PDF, and +1 phones beside a customer; with the hard negatives of a city site."""
from __future__ import annotations

import io

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.pomonaca.gov"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _page(*paragraphs: str, heading: str = "City Council Regular Meeting Minutes") -> str:
    return f"<html><body><h1>{heading}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def _paragraphs_pdf(*paragraphs: str) -> bytes:
    """A PDF of ``paragraphs`` set in Normal text, wrapped at the page's width."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build([Paragraph(p, getSampleStyleSheet()["Normal"]) for p in paragraphs])
    return out.getvalue()


# --- 1. a customer's usage told in minutes' narrative -------------------------------------------------------------

def test_a_name_whose_usage_went_from_one_figure_to_another_is_a_customer():
    found = _found("minutes/2025-09-16.html", _page(
        "Item 7. Pomona Choice Energy quarterly customer service report. Staff presented three high-bill inquiries.",
        "Wei Zhang went from 336 to 2,307 kWh between May and August; staff attributes the increase to a new "
        "electric vehicle charger installed in June.",
        "Councilmember Ontiveros-Cole asked whether staff had contacted the customer."))
    assert values_of(found, "customer_name") == {"Wei Zhang"}
    assert values_of(found, "energy_usage") == {"336", "2,307 kWh"}


def test_the_usage_for_a_person_that_rose_is_theirs():
    found = _found("minutes/2025-10-07.html", _page(
        "Staff reviewed the billing complaint log. Consumption for Harold Baptiste rose from 612 kWh in April to "
        "1,884 kWh in July; the customer attributes it to a pool pump that ran continuously.",
        heading="Utility Commission Minutes"))
    assert values_of(found, "customer_name") == {"Harold Baptiste"}
    assert values_of(found, "energy_usage") == {"612 kWh", "1,884 kWh"}


def test_a_usage_change_told_in_spanish_minutes():
    found = _found("minutas.html", _page(
        "Quejas por facturas altas. Rosa Elena Paredes pasó de 410 a 1.980 kWh entre junio y septiembre; la clienta "
        "lo atribuye a una bomba de piscina.", heading="Minutas del Concejo"))
    assert values_of(found, "customer_name") == {"Rosa Elena Paredes"}
    assert values_of(found, "energy_usage") == {"410", "1.980 kWh"}


def test_a_facilitys_or_a_campuss_usage_change_names_no_customer():
    found = _found("minutes/led.html", _page(
        "Staff reported on the LED retrofit. Ganesha Park went from 12,400 to 9,800 kWh per month; Washington Park "
        "went from 8,100 to 6,050 kWh. Ralph Welch Park dropped from 4,200 kWh to 3,100 kWh. Usage for Fire Station 2 "
        "rose from 3,300 kWh to 3,900 kWh.",
        "Kellogg West went from 120,000 kWh to 98,000 kWh. Cal Poly Pomona went from 2.1 GWh to 1.9 GWh.",
        "Mayor Tim Sandoval noted the Civic Center went from 412,000 to 398,000 kWh; staff attributes the decrease "
        "to the chiller replacement. Residential customers averaged 520 kWh per month in August."))
    assert not values_of(found, "customer_name")
    assert not values_of(found, "energy_usage")


def test_a_typical_homes_change_beside_an_installer_names_no_customer():
    found = _found("solar.html", _page(
        "Installer Marcus Reed of SunPath Solar said a typical home went from 900 to 300 kWh of grid use.",
        heading="Solar stories"))
    assert not values_of(found, "customer_name")
