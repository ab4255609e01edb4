"""A shut-off notice's addressee right before their home is the household whose service it is, whatever their given
name: "Aviso de corte de servicio. Para: Anastasio Echeverria, 3988 Quarry Oaks Ct. Su servicio ... será suspendido"
(neg72's seed-35 miss: a given name on no list). Notices to residents at large, a facility or staff stay public."""
import pytest

from tests.detector_helpers import pairs_found


def _found(text: str) -> set[tuple[str, str]]:
    return pairs_found("http://127.0.0.1/pce/aviso.html", f"<html><body><h1>Aviso</h1><p>{text}</p></body></html>",
                       "text/html")


@pytest.mark.parametrize("name", ["Anastasio Echeverria", "Hermenegildo Quispe", "Severino Alcantar"])
def test_the_addressee_of_a_shut_off_notice_is_reported_though_no_list_names_them(name):
    found = _found(f"Aviso de corte de servicio. Para: {name}, 3988 Quarry Oaks Ct. Su servicio eléctrico será "
                   "suspendido el 5 de junio por un saldo vencido de $312.")
    assert found == {("customer_name", name), ("address", "3988 Quarry Oaks Ct.")}


@pytest.mark.parametrize("text", [
    "Aviso de corte de servicio. Para: Todos los Residentes, 3988 Quarry Oaks Ct. El servicio eléctrico será "
    "suspendido el 5 de junio por mantenimiento.",
    "Shut-off notice. To: Palomares Community Center, 3988 Quarry Oaks Ct. Service will be interrupted on June 5 for "
    "pole work.",
    "Past-due notice template. To: Customer Name, 123 Main Street. Your service will be shut off if the balance is "
    "not paid.",
    "Planned outage. To: Building Maintenance Staff, 505 S. Garey Ave. Power will be interrupted on June 5 at Fire "
    "Station 2.",
])
def test_notices_to_no_household_stay_public(text):
    assert _found(text) == set()
