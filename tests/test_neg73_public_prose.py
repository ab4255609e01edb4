"""neg73 red team: press releases that round 72's readings of running text took for customers' records.

- A Spanish title that addresses an office ("La señora Alcaldesa ...", "El señor Concejal ...", "La señora directora
  de Parques ...") opens an official's sentence, whatever address and figures it gives; a title before a name alone
  still cues a customer.
- A name ending in a place's word right after a preposition or article of place ("at Garfield Park, 1200 N Gibbs
  St", "en Garfield Park", "el Garfield Park") is the park, with its address and its meter; a person called Park
  stays one ("held in Helen Park's name").
"""
import pytest

from tests.detector_helpers import pairs_found, values_of

PAGE = "http://127.0.0.1/news/release.html"


def _found(paragraph: str) -> set[tuple[str, str]]:
    return pairs_found(PAGE, f"<html><head><title>Comunicado</title></head><body><h1>Comunicado de prensa</h1>"
                             f"<p>{paragraph}</p></body></html>", "text/html")


@pytest.mark.parametrize("paragraph", [
    "La señora Alcaldesa Rosalba Quiroga visitó 4410 Calle Luna, donde los paneles solares produjeron 70,754 kWh este "
    "año.",
    "El señor Concejal Anselmo Prieto recorrió 512 Calle Sol con los vecinos; el proyecto ahorra 70,754 kWh al año.",
    "La señora Directora Perpetua Valdivia, de 625 S Garey Ave, inauguró la estación de carga; informes al "
    "(909) 620-2234.",
    "La señora directora de Parques Anselma Prieto visitó 1200 N Orchard St, donde los paneles produjeron 70,754 kWh.",
    "El señor jefe de Bomberos Anselmo Prieto visitó 1200 N Orchard St, donde los paneles produjeron 70,754 kWh.",
    "El alcalde Clemente Albarrán visitó 1575 N White Ave, donde se ahorraron 82,694 kWh.",
    "El señor Jefe Mercedes Galindo visitó 1200 N Orchard St, donde se ahorraron 62,653 kWh.",
])
def test_a_title_addressing_an_office_opens_an_officials_sentence(paragraph):
    assert _found(paragraph) == set()


def test_a_title_before_a_name_alone_still_cues_a_customer():
    found = _found("La señora Perpetua Valdivia, de 4410 Calle Luna, consumió 812 kWh en julio y pidió un plan de pagos.")
    assert values_of(found, "customer_name") == {"Perpetua Valdivia"}


@pytest.mark.parametrize("paragraph", [
    "The Rivers won the Youth Softball title at Wilbur Park, 1200 N Orchard St; the sponsor paid the field lights' "
    "4,410 kWh.",
    "Los Montes ganaron el torneo de fútbol en Wilbur Park, 1200 N Orchard St; la liga pagó 3,475 kWh de luz.",
    "El jefe de Bomberos visitó 1200 N Orchard St, el Wilbur Park, donde los paneles produjeron 70,754 kWh este año.",
])
def test_a_park_after_a_preposition_of_place_is_the_park(paragraph):
    assert not {kind for kind, _ in _found(paragraph)} & {"customer_name", "address", "energy_usage"}


def test_a_person_called_park_stays_a_customer():
    found = _found("Staff met Helen Park at 12 Elm St about the 1,210 kWh on her July bill.")
    assert values_of(found, "customer_name") == {"Helen Park"}
