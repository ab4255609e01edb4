"""site72a red team: a Spanish sentence that opens with an article and a title ("La señora Perpetua Navarrete, de
...", "El Sr. ...") names the person after the title, whose given name may be a word ("Perpetua"): the title is the
cue a person follows, no word of the name. A council member, the mayor and a program's contact stay public."""
from __future__ import annotations

from detectors.context.persons import names_in
from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/es/resumen-de-casos.html"


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(PAGE, f"<html><head><title>Resumen</title></head><body><h1>Resumen de casos</h1>{body}"
                             f"</body></html>", "text/html")


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in names_in(text)]


def test_the_title_after_a_capital_article_marks_the_name_and_is_no_word_of_it():
    assert _names("La señora Perpetua Navarrete, de 4410 Calle Luna, consumió 812 kWh.") == ["Perpetua Navarrete"]
    assert _names("El señor Clemente Bracamontes pidió un plan de pagos.") == ["Clemente Bracamontes"]
    assert _names("El Sr. Clemente Bracamontes pidió un plan de pagos.") == ["Sr. Clemente Bracamontes"]
    assert "señora Otilia Zepeda" in _names("Según el expediente, la señora Otilia Zepeda, de 12 Elm St, debe.")


def test_a_titled_customer_is_reported_without_the_title():
    found = _found("La señora Perpetua Navarrete, de 4410 Calle Luna, consumió 812 kWh en julio y pidió un plan "
                   "de pagos.")
    assert values_of(found, "customer_name") == {"Perpetua Navarrete"}
    assert {("address", "4410 Calle Luna"), ("energy_usage", "812 kWh")} <= found


def test_officials_and_program_contacts_stay_public():
    assert not _found("La señora concejal Rosalba Ochoa agradeció a los voluntarios del Parque Ganesha.",
                      "La Sra. Alcaldesa inauguró el centro de enfriamiento en 1575 N. White Ave.",
                      "La señora Maribel Anaya, concejal del distrito 3, presentó la propuesta de tarifas de la luz.",
                      "Para más información, llame a la señora Graciela Montalvo al (909) 620-2291.")
