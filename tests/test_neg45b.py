"""Public look-alikes on a City and CCA site (red team neg45, precision).

- Spanish "su consumo" is the reader's or a third person's: a sentence whose subject is someone called by their first
  name alone ("Marisol, de Westmont, redujo su consumo a 549 kWh al mes", a consented success story) tells that
  person's usage, even on a page that also holds a real customer's case (which stays found). Hard negatives keep the
  reader's usage: "Según nuestros registros, su consumo ...", a vocative "Marisol, su consumo ...", a salutation
  "Estimada Marisol: su consumo ...".
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofexample.gov"


def _html(path: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/{path}", f"<html><body><main><h2>Historias de éxito</h2>{body}</main></body></html>")


_CASE = ("Caso de seguimiento: la señora Ahmad Delgado, con domicilio de servicio en 2743 Mesa Verde Rd, número de "
         "cuenta 5-859-122-3703, reportó un consumo de 2,027 kWh en julio. Personal revisará su factura.")


def test_first_name_success_stories_beside_a_real_case_are_not_the_customers_usage():
    found = _html("es/historias.html",
                  "Kenji, de Old Town, redujo su consumo a 425 kWh al mes con el programa de eficiencia.",
                  "Keisha (Pueblo Viejo) bajó su consumo a 679 kWh al mes.",
                  "Marisol, de Westmont, redujo su consumo a 549 kWh al mes con el programa de eficiencia.",
                  _CASE)
    assert values_of(found, "energy_usage") == {"2,027 kWh"}
    assert values_of(found, "account_number") == {"5-859-122-3703"}
    assert "2743 Mesa Verde Rd" in values_of(found, "address")


def test_the_readers_su_consumo_on_a_named_page_is_still_found():
    for sentence in ("Según nuestros registros, su consumo del mes pasado fue de 1,184 kWh.",
                     "Marisol, su consumo del mes pasado fue de 1,184 kWh.",
                     "Estimada Marisol: su consumo del mes pasado fue de 1,184 kWh."):
        found = _html("es/carta.html", _CASE, sentence)
        assert "1,184 kWh" in values_of(found, "energy_usage"), sentence
