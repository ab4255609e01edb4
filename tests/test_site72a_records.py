"""site72a red team: a hearing summary's PDF gives each Spanish record's phone on a line of its own after the record
("Teléfono (626) ..."), as the English "Phone (626) ..." line is read; a person who asked for help with the bill of
their home, their mailbox in brackets after their name ("Herminia Tapia (...@gmail.com) solicitó asistencia con la
factura de su hogar en ..."); a person to be called about their own arrears; a resident's line whose phone a PDF's
line break cut ("... que la llamen al (626)" / "844-5962 ..."); an applicant's record under "Solicitante:". A public
notice's phone line, a staff directory's line, a park's, a permit's applicant and a program's contact stay public."""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found

PAGE = "https://www.cityofexample.org/es/resumen.html"
PDF = "https://www.cityofexample.org/docs/resumen-audiencia.pdf"


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(PAGE, f"<html><head><title>Resumen</title></head><body><h1>Resumen de casos</h1>{body}"
                             f"</body></html>", "text/html")


def test_a_spanish_phone_line_after_each_record_of_a_pdf_is_the_records():
    found = pairs_found(PDF, lines_pdf([
        "Resumen de la audiencia",
        "Leobardo Bracamontes, 199 Calle Luna. Cuenta PCE-97044415. Consumo de julio: 1,638 kWh.",
        "Teléfono (626) 217-6108.",
        "Clemente Maldonado, 3875 Calle Naranjo. Cuenta 49-76409-66. Consumo de julio: 1,501 kWh.",
        "Teléfono: (909) 904-1867."]), "application/pdf")
    assert {("phone", "(626) 217-6108"), ("phone", "(909) 904-1867"), ("customer_name", "Leobardo Bracamontes"),
            ("customer_name", "Clemente Maldonado")} <= found


def test_a_public_phone_line_in_a_pdf_stays_public():
    for lines in (["Aviso público",
                   "La Ciudad celebrará una audiencia pública el 4 de julio sobre las tarifas de la luz.",
                   "Teléfono (909) 620-2291."],
                  ["Directorio del personal", "Graciela Montalvo, Analista de programas, 505 S. Garey Ave.",
                   "Teléfono (909) 620-2291."]):
        assert not pairs_found(PDF, lines_pdf(lines), "application/pdf"), lines


def test_help_with_the_bill_of_ones_home_after_a_bracketed_mailbox():
    for line, name in [("Herminia Tapia (herminia.tapia@gmail.com) solicitó asistencia con la factura de su hogar "
                        "en 4410 Calle Luna.", "Herminia Tapia"),
                       ("Ms. Herminia Tapia (herminia.tapia@gmail.com) asked for help with the bill for her home at "
                        "4410 Acacia St.", "Ms. Herminia Tapia")]:
        found = _found(line)
        assert {("customer_name", name), ("email", "herminia.tapia@gmail.com")} <= found, line
    assert not _found("Call Graciela Montalvo (gmontalvo@pomonaca.gov) for help with the bill assistance program.")
    assert not {c for c, _ in _found("Herminia Tapia (herminia.tapia@gmail.com) volunteered to help with the bills at "
                                     "the senior center at 4410 Acacia St.") if c == "customer_name"}


def test_a_person_to_be_called_about_their_own_arrears():
    found = _found("Please call Ms. Ilse Baptiste (909) 555-0142 about her arrears.")
    assert {("customer_name", "Ms. Ilse Baptiste"), ("phone", "(909) 555-0142")} <= found
    assert not _found("Please call Ms. Graciela Montalvo (909) 620-2291 for questions about the arrears program.")


def test_a_residents_phone_cut_by_a_pdf_line_break_keeps_the_record():
    found = pairs_found(PDF, lines_pdf([
        "Resumen de casos",
        "Doña Rosaura Bustamante, que vive en 2034 Bougainvillea Ct, pidió que la llamen al (626)",
        "844-5962 sobre su saldo vencido."]), "application/pdf")
    assert {("customer_name", "Doña Rosaura Bustamante"), ("address", "2034 Bougainvillea Ct"),
            ("phone", "(626) 844-5962")} <= found
    for lines in (["Directorio", "Graciela Montalvo, Analista de programas, 505 S. Garey Ave, Pomona, teléfono (909)",
                   "620-2291."],
                  ["Parques", "Ganesha Park, 1575 N. White Ave, abre a las 7 a.m.; reservaciones al (909)",
                   "620-2321."]):
        assert not pairs_found(PDF, lines_pdf(lines), "application/pdf"), lines


def test_a_spanish_applicants_record_and_a_permit_applicant():
    found = _found("Solicitante: Perpetua Alcantar. Dirección de servicio: 1449 Calle Naranjo. Número de cuenta: "
                   "2-561-271-4955.")
    assert {("customer_name", "Perpetua Alcantar"), ("address", "1449 Calle Naranjo.")} <= found
    assert not _found("Los solicitantes pueden llamar a Graciela Montalvo al (909) 620-2291 o visitar 505 S. Garey "
                      "Ave.",
                      "El solicitante, Rosalba Ochoa, presentó el permiso de construcción para 1449 Calle Naranjo "
                      "(BP-2026-1182).")
