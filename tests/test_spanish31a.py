"""Spanish-language customer data as a bilingual city writes it, and Spanish public tables that are no customer's.

True cases: usage grouped by dots ("1.482.300 kWh", "12.904 kWh/año", "Total del periodo: 4.218 kWh"); labels written
lower case or cut short ("domicilio donde se usa el equipo medico:", "cel.:"); a letter's "Apartado Postal" box;
"dirección postal a <street>" in call notes; "(cta. PCE-...)" and "Mi número de cuenta es el PCE-..." in prose; a
phone "conversado por teléfono al ..."; a temporary password after a long Spanish label.
Hard negatives: a Spanish table of the City's own facilities (Instalación | Dirección | Cuenta presupuestaria |
Consumo), staff initials in an "Asignado a" / "Atendido por" column of a complaint log, a law's "apartado 4", an
article's "a 2024 Plaza", a public notice's "llame por teléfono al" City number, program statistics in Spanish.
"""
from detector_helpers import lines_pdf, pairs_found, values_of, xlsx

from detectors.context.headers import header_kind
from detectors.context.shapes import is_street_address, street_addresses, usage_figures
from detectors.energy_usage import _normal

SITE = "https://www.pomonachoiceenergy.org/docs/"


def _found(name: str, text: str) -> set[tuple[str, str]]:
    return pairs_found(SITE + name, text)


def test_dot_grouped_usage_is_one_figure():
    text = "El hogar usó 1.482.300 kWh según el medidor"
    assert [text[a:b] for a, b in usage_figures(text)] == ["1.482.300 kWh"]
    assert _normal("1.482.300 kWh") == "1482300 kwh"
    line = "12.904 kWh/año"
    assert [line[a:b] for a, b in usage_figures(line)] == ["12.904 kWh"]


def test_spanish_facility_and_staff_columns_are_listings():
    for header in ("Instalación", "Instalaciones", "Edificio", "Nombre del edificio", "Parque", "Asignado a",
                   "Atendido por", "Assigned to", "Handled by"):
        assert header_kind(header)[0] == "veto", header
    # a rebate form's installation address is the customer's home; a billing system's installation number no listing
    assert header_kind("Dirección de la instalación")[0] == "address"
    assert header_kind("Número de instalación")[0] != "veto"
    assert header_kind("Cel.")[0] == "phone"


def test_city_facilities_energy_report_in_spanish_is_no_customer_record():
    lines = ["Consumo eléctrico de edificios municipales 2023",
             "Edificio\tDirección\tCuenta presupuestaria\tConsumo 2023\tCambio",
             "Ayuntamiento\t505 S. Garey Ave.\t310-4417-20981\t1.204.556 kWh\t+3,1 %",
             "Biblioteca Pública\t625 S. Garey Ave.\t310-4417-20982\t301.270 kWh\t-1,4 %",
             "Centro Comunitario Palomares\t499 E Arrow Hwy\t310-4417-20983\t842.110 kWh\t+0,8 %",
             "Estación de Bomberos 3\t1880 N Garey Ave\t310-4417-20984\t412.009 kWh\t-4,2 %"]
    found = pairs_found(SITE + "consumo_edificios.pdf", lines_pdf(lines))
    assert not {kind for kind, _ in found} & {"account_number", "energy_usage", "address", "customer_name"}, found
    # the same rows under a column no header names: the facility's names say whose they are
    lines[1] = "Sitio\tDirección\tCuenta presupuestaria\tConsumo 2023\tCambio"
    found = pairs_found(SITE + "consumo_sitios.pdf", lines_pdf(lines[1:]))
    assert not {kind for kind, _ in found} & {"account_number", "energy_usage", "address", "customer_name"}, found


def test_staff_initials_in_a_spanish_complaint_log_are_no_customer():
    rows = [("No. de caso", "Titular", "Cuenta de servicio", "Dirección", "Consumo (kWh)", "Atendido por"),
            ("Q-24-101", "Rosalba Quintero Vidal", "PCE-7712093", "1420 W Holt Ave, Pomona, CA 91768", "1.204", "R. Nguyen"),
            ("Q-24-102", "Esteban Lozano Ortiz", "PCE-7712517", "388 E Phillips Blvd, Pomona, CA 91766", "655", "T. B. Ochoa")]
    found = pairs_found(SITE + "quejas.xlsx", xlsx(rows))
    names = values_of(found, "customer_name")
    assert {"Rosalba Quintero Vidal", "Esteban Lozano Ortiz"} <= names
    assert not names & {"R. Nguyen", "T. B. Ochoa"}


def test_spanish_labels_lower_case_and_cut_short():
    text = ("Solicitud de cantidad básica por razones médicas\n"
            "nombre del titular: Graciela Ibarra Solano\n"
            "numero de cuenta: 7719204458\n"
            "domicilio donde se usa el equipo medico: 1762 N Towne Ave, Espacio 12, Pomona, CA 91767\n"
            "cel.: (909) 481-2276\n")
    found = _found("certificacion.txt", text)
    assert "(909) 481-2276" in values_of(found, "phone")
    assert any(v.startswith("1762 N Towne Ave") for v in values_of(found, "address"))


def test_apartado_postal_is_a_box_and_not_a_clause():
    assert is_street_address("Apartado Postal 4410", labelled=True)
    assert not is_street_address("apartado 4", labelled=True)
    assert [m.group() for m in street_addresses("se mudó a 1180 W Holt Ave")] == ["1180 W Holt Ave"]
    assert street_addresses("a 2024 Plaza Ave") == []


def test_spanish_call_notes_and_letters():
    notes = ("[4 de abril de 2025 10:02] Caso CS-25-44120. Llamó Sra. Noemí Ruelas Cantú (cta. PCE-8830417). "
             "Pide cambiar su dirección postal a 915 W Center St, Pomona, CA 91768.\n"
             "Contraseña provisional del portal de clientes mandada por mensaje: Tq84vLmz\n")
    found = _found("notas.txt", notes)
    assert "PCE-8830417" in values_of(found, "account_number")
    assert any(v.startswith("915 W Center St") for v in values_of(found, "address"))
    assert "Tq84vLmz" in values_of(found, "credential")
    letter = ("Estimada Sra. Ruelas:\n"
              "Mi número de cuenta es el PCE-6120975 y vivo en Pomona.\n")
    assert "PCE-6120975" in values_of(_found("carta.txt", letter), "account_number")


def test_spanish_public_notices_are_no_customer_data():
    text = ("Aviso público: audiencia sobre tarifas en el Ayuntamiento, 505 S. Garey Ave., Pomona, CA 91766.\n"
            "Para más información llame por teléfono al (909) 620-2311 o escriba al Apartado Postal 660, Pomona, "
            "CA 91769.\n"
            "Según el apartado 4 del reglamento, 1.250 clientes inscritos tuvieron un consumo promedio de 480 kWh.\n"
            "El consumo total de las instalaciones municipales fue de 6.412.880 kWh.\n")
    found = _found("aviso.txt", text)
    assert not {kind for kind, _ in found} & {"phone", "address", "energy_usage", "account_number"}, found
