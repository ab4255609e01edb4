"""Bilingual layouts that lost whole records: a PDF table under headers with a bracketed qualifier or in two
languages ("Cliente (Apellido, Nombre)", "Nombre / Name") and usage per period in Spanish ("kWh/año"); a filled
bilingual PDF form whose numbered labels are longer than a label's length in one language, with rows of other fields
("Household size") between its customer's fields; a letter's paragraphs set side by side in a table under language
names ("English | Español").

Hard negatives: the same bilingual form left blank (labels only, an example value marked as one), a public table of
program statistics by numbered row, a public notice set in two languages side by side, a tariff per kWh.
"""
from __future__ import annotations

import io

from detectors.context.shapes import consumption_spans
from tests.detector_helpers import pairs_found, values_of

URL = "https://www.pomonachoiceenergy.org/docs/"


def _table_pdf(rows: list[list[str]], widths: list[int], *paragraphs: str) -> bytes:
    """A PDF of ``paragraphs`` then a ruled table of ``rows`` whose cells wrap in their widths, as a report
    writer sets them."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    table = Table([[Paragraph(cell, small) for cell in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build([Paragraph(p, styles["BodyText"]) for p in paragraphs] + [table])
    return out.getvalue()


def _docx(*blocks) -> bytes:
    """A Word document of paragraphs (strings) and tables (lists of rows)."""
    import docx
    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=0, cols=len(block[0]))
        for row in block:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- usage per period in Spanish ---------------------------------------------------------------------------------

def test_usage_per_spanish_period_is_consumption():
    for text, figure in [("3.915 kWh/año", "3.915 kWh"), ("448 kWh/mes", "448 kWh"), ("14 kWh/día", "14 kWh")]:
        assert [text[a:b] for a, b in consumption_spans(text)] == [figure]


def test_tariff_per_kwh_is_no_consumption():
    assert consumption_spans("Cargo de generación: 0,118 $/kWh") == []


# --- a PDF table of customers' visits -----------------------------------------------------------------------------

_VISITS_ES = [["Fecha", "Hora", "Cliente (Apellido, Nombre)", "Domicilio", "Cuenta", "Tel.", "Uso anual"],
              ["22/06/2025", "9:00", "Arellano Quiroz, Benigna", "3817 W Phillips Blvd, Depto. 12", "614-209-7731",
               "(909) 418 2291", "6.204 kWh/año"],
              ["24/06/2025", "11:00", "Tapia-Sandoval, Eusebio Ramiro", "905 E Lexington Ave", "4-182-907-336",
               "909 627 5508", "11.592 kWh/año"],
              ["25/06/2025", "14:00", "Wozniak, Teodora", "2284 N Orange Grove Ave", "700381954210",
               "626.440.1937", "4.860 kWh/año"]]


def test_pdf_visit_table_with_a_bracketed_name_header_reports_each_row():
    found = pairs_found(URL + "visitas.pdf", _table_pdf(_VISITS_ES, [48, 34, 110, 120, 80, 72, 66],
                                                        "Calendario de visitas a domicilio"))
    assert {"Arellano Quiroz, Benigna", "Tapia-Sandoval, Eusebio Ramiro", "Wozniak, Teodora"} <= \
        values_of(found, "customer_name")
    assert {"614-209-7731", "4-182-907-336", "700381954210"} <= values_of(found, "account_number")
    assert {"6.204 kWh", "11.592 kWh", "4.860 kWh"} <= values_of(found, "energy_usage")
    assert "(909) 418 2291" in values_of(found, "phone")
    assert "614-209-7731" not in values_of(found, "phone")  # the Cuenta column's number, a phone's shape
    assert any(v.startswith("3817 W Phillips Blvd") for v in values_of(found, "address"))


def test_pdf_table_under_bilingual_headers_with_wrapped_cells():
    rows = [["Fecha / Date", "Nombre / Name", "Dirección de servicio / Service address",
             "Número de cuenta / Account number", "Teléfono / Phone", "Consumo / Usage"],
            ["3/07/2025", "Villaseñor-Prado, Herminia Concepción", "6021 N San Antonio Ave, Unidad 14", "835-204-6617",
             "(909) 731 0486", "8.316 kWh/año"],
            ["8/07/2025", "Lindqvist, Torbjorn", "118 E Arrow Hwy", "700264491738", "626-318-4420", "1,075 kWh"]]
    found = pairs_found(URL + "visits.pdf", _table_pdf(rows, [50, 80, 100, 80, 80, 60], "Scheduled visits"))
    assert {"Villaseñor-Prado, Herminia Concepción", "Lindqvist, Torbjorn"} <= values_of(found, "customer_name")
    assert {"835-204-6617", "700264491738"} <= values_of(found, "account_number")
    assert {"8.316 kWh", "1,075 kWh"} <= values_of(found, "energy_usage")
    assert "(909) 731 0486" in values_of(found, "phone")


def test_public_statistics_table_with_numbered_rows_is_no_record():
    rows = [["#", "Programa / Program", "Código postal / ZIP", "Inscritos / Enrolled", "Uso promedio / Average use"],
            ["1", "CARE", "91766", "4,812", "498 kWh/mes"],
            ["2", "FERA", "91767", "1,206", "512 kWh/mes"],
            ["3", "Medical Baseline", "91768", "388", "731 kWh/mes"]]
    found = pairs_found(URL + "estadisticas.pdf", _table_pdf(rows, [24, 110, 80, 80, 110],
                                                             "Estadísticas de programas 2025"))
    assert not {kind for kind, _ in found} & {"customer_name", "account_number", "energy_usage", "address", "phone"}


# --- a filled bilingual PDF form ----------------------------------------------------------------------------------

_FORM = [["1. Nombre del titular de la cuenta / Account holder name", "Leocadia Funes"],
         ["2. No. de cuenta de servicio / Service account no.", "7006283154"],
         ["3. Dirección de servicio / Service address", "2719 N Towne Ave"],
         ["4. Dirección postal (si es diferente) / Mailing address", "PO Box 3318, Pomona, CA 91769"],
         ["5. Teléfono / Phone", "909 318 4057"],
         ["6. Personas en el hogar / Household size", "5"],
         ["7. Ingreso anual del hogar / Household income", "$38,410"],
         ["8. Consumo mensual aproximado / Approx. monthly usage", "538 kWh"]]


def test_filled_bilingual_form_with_numbered_labels():
    found = pairs_found(URL + "solicitud.pdf", _table_pdf(_FORM, [270, 230], "Solicitud / Application"))
    assert "Leocadia Funes" in values_of(found, "customer_name")
    assert "7006283154" in values_of(found, "account_number")
    assert {"2719 N Towne Ave", "PO Box 3318, Pomona, CA 91769"} <= values_of(found, "address")
    assert "909 318 4057" in values_of(found, "phone")
    assert "538 kWh" in values_of(found, "energy_usage")


def test_blank_bilingual_form_is_no_record():
    rows = [[label, ""] for label, _ in _FORM]
    rows[1][1] = "ejemplo / example: 700-000-0000"
    found = pairs_found(URL + "solicitud_en_blanco.pdf", _table_pdf(rows, [270, 230], "Solicitud / Application"))
    assert not {kind for kind, _ in found} & {"customer_name", "account_number", "energy_usage", "address", "phone"}


# --- paragraphs side by side in two languages ---------------------------------------------------------------------

def test_letter_paragraphs_side_by_side_in_two_languages():
    body = _docx("Billing Adjustment Notice / Aviso de ajuste de factura",
                 [["Account holder / Nombre del titular", "Evaristo Palomino Rubio"],
                  ["Service account / Cuenta de servicio", "7007391520"],
                  ["Service address / Dirección de servicio", "1147 W Pearl St, Pomona, CA 91766"]],
                 [["English", "Español"],
                  ["Dear Evaristo Palomino Rubio: we have reviewed the meter read on your account. The billed usage "
                   "of 1,264 kWh has been replaced by the actual usage of 482 kWh.",
                   "Estimado Evaristo Palomino Rubio: revisamos la lectura del medidor de su cuenta. El consumo "
                   "facturado de 1.264 kWh ha sido reemplazado por el consumo real de 482 kWh."]])
    found = pairs_found(URL + "ajuste.docx", body)
    assert {"1,264 kWh", "482 kWh", "1.264 kWh"} <= values_of(found, "energy_usage")


def test_public_notice_side_by_side_in_two_languages():
    body = _docx("Rate Change Notice / Aviso de cambio de tarifas",
                 [["English", "Español"],
                  ["Starting July 1, the average residential customer using 480 kWh a month will pay $2.10 more. "
                   "Questions? Call (909) 620-2312 or visit 505 S. Garey Ave., Pomona, CA 91766.",
                   "A partir del 1 de julio, el cliente residencial promedio que usa 480 kWh al mes pagará $2.10 más. "
                   "¿Preguntas? Llame al (909) 620-2312 o visite 505 S. Garey Ave., Pomona, CA 91766."]])
    found = pairs_found(URL + "aviso.docx", body)
    assert not {kind for kind, _ in found} & {"customer_name", "account_number", "energy_usage", "address", "phone"}
