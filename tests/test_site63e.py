"""Round 63 (site63e): a city publishing in many languages; the general causes of its misses and false findings."""
from __future__ import annotations

from detector_helpers import pairs_found, values_of, xlsx

LOG = "https://www.example-city.gov/documents/service-log.xlsx"


def test_a_header_naming_the_account_twice_does_not_lose_the_sheet():
    """A bilingual or doubled header ("Account / Meter", "Cuenta / Account") names no person's part: the sheet is
    still read, not failed whole."""
    rows = [["Date / Fecha", "Customer / Cliente", "Account / Meter", "Phone / Teléfono", "Notes / Notas"],
            ["2026-08-04", "Rosalind Okafor", "7-41-205-3398", "(626) 318-4470", "called about bill"],
            ["2026-08-05", "Bartolomé Icaza", "8832019475", "951-207-6613", "pidió plan de pagos"]]
    found = pairs_found(LOG, xlsx(rows))
    assert values_of(found, "account_number") == {"7-41-205-3398", "8832019475"}
    assert values_of(found, "customer_name") == {"Rosalind Okafor", "Bartolomé Icaza"}
    rows[0][2] = "Cuenta / Account"
    assert values_of(pairs_found(LOG, xlsx(rows)), "account_number") == {"7-41-205-3398", "8832019475"}


def test_a_doubled_account_header_over_city_facilities_stays_quiet():
    rows = [["Facility / Instalación", "Account / Meter", "Annual kWh"],
            ["Main Library", "2-19-447-0381", "412,330"], ["Fire Station 3", "2-19-447-0390", "98,120"]]
    assert not pairs_found(LOG, xlsx(rows))
