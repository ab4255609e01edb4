"""A customer's identifiers of other formats than SCE's, and a budget's ledger lines with usage (red team site59b).

- A household's enrolment in an assistance or a medical program (CARE, FERA, Medical Baseline), a payment
  arrangement's and a collection's number, beside their labels or under their columns: one customer's account by
  another name. Hard negatives: the program's dates, amounts and discounts, a library's "Collection No.", a
  "Customer Care" line.
- A budget's table whose "Account" column holds general-ledger strings beside a usage column: the City's own lines
  and use, not customers' records. Hard negative the other way: the same columns with a customer's name stay a
  customer's record.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found

_SITE = "https://www.sierralindacity.gov"


def _txt(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/energy/notes.txt", "\n".join(lines) + "\n")


def _html(title: str, body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/energy/page.html",
                       f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>")


def _accounts(found: set[tuple[str, str]]) -> set[str]:
    return {value for category, value in found if category == "account_number"}


# -- assistance and medical programs, payment plans, collections -------------------------------------------------

def test_program_enrolment_numbers_beside_their_labels():
    found = _txt("Applicant: Oksana Melnyk",
                 "Medical Baseline certification no. MB-330192-4",
                 "FERA ID: FR2207719",
                 "CARE #: CR-2024-118830",
                 "Med. baseline cert # MBA-7731905")
    assert {"MB-330192-4", "FR2207719", "CR-2024-118830", "MBA-7731905"} <= _accounts(found)


def test_payment_plan_and_collections_numbers_beside_their_labels():
    found = _txt("Account holder: Kwabena Asante-Darko",
                 "Payment arrangement no. PA-77031-2",
                 "Collections #: 44-C-09812",
                 "Plan de pagos # PG-2025-30117")
    assert {"PA-77031-2", "44-C-09812", "PG-2025-30117"} <= _accounts(found)


def test_program_number_column_of_a_households_table():
    rows = "".join(f"<tr><td>{name}</td><td>{number}</td><td>{street}</td></tr>" for name, number, street in (
        ("Marguerite Okeke", "FRA-0038817", "2291 Bellflower Ln"),
        ("Tomasz Wieczorek", "CARE-2025-560192", "884 Hollyhock Ct")))
    found = _html("Recertification due", "<table><tr><th>Household</th><th>CARE/FERA #</th><th>Service address</th></tr>"
                  + rows + "</table>")
    assert {"FRA-0038817", "CARE-2025-560192"} <= _accounts(found)


def test_program_dates_amounts_and_other_collections_are_no_accounts():
    found = _txt("CARE enrollment date: 2025-03-14",
                 "Payment plan amount: 4500.00",
                 "Collection No. 1987.0441 (Historical Society photographs)",
                 "Customer Care No. 1-800-555-0142",
                 "CARE discount applied to 31,204 accounts in FY 2024-25.")
    assert not _accounts(found)


def test_program_column_headers_name_no_figures():
    from detectors.context.headers import header_kind
    assert header_kind("CARE / FERA no.")[0] == "account"
    assert header_kind("Medical Baseline cert #")[0] == "account"
    for header in ("CARE enrollment date", "Payment plan amount", "Medical baseline kWh", "CARE discount",
                   "Customer Care No."):
        assert header_kind(header)[0] != "account", header


# -- a budget's ledger lines beside usage ---------------------------------------------------------------------------

_BUDGET_HEAD = "<tr><th>Account</th><th>Description</th><th>FY 2026-27 Proposed</th><th>Est. usage</th></tr>"


def test_budget_lines_with_usage_are_the_citys():
    rows = "".join(f"<tr><td>{gl}</td><td>{what}</td><td>{amount}</td><td>{kwh}</td></tr>" for gl, what, amount, kwh in (
        ("310-7120-5210", "Electricity - pump stations", "$612,400", "1,884,210 kWh"),
        ("310-7120-5220", "Natural gas", "$41,000", "22,915 therms"),
        ("101-1840-5210", "Electricity - civic center", "$198,750", "640,300 kWh")))
    found = _html("Proposed Budget FY 2026-27: Water Enterprise Fund utilities",
                  "<p>The Water Enterprise Fund budgets its utility expenditures by line item below.</p>"
                  f"<table>{_BUDGET_HEAD}{rows}</table>")
    assert not {(c, v) for c, v in found if c in ("account_number", "energy_usage")}


def test_customer_rows_with_ledger_shaped_accounts_stay_customers():
    found = _html("Proposed Budget FY 2026-27: bill adjustments",
                  "<p>Budgeted credits for the following customers' bill adjustments.</p>"
                  "<table><tr><th>Customer</th><th>Account</th><th>Est. usage</th></tr>"
                  "<tr><td>Ifeoma Chukwu</td><td>482-3391-207</td><td>1,120 kWh</td></tr></table>")
    assert ("account_number", "482-3391-207") in found


# -- an SSN's or an ITIN's groups in boxes of their own -------------------------------------------------------------

def _boxes_pdf(rows: list[tuple[str, tuple[str, ...]]]) -> bytes:
    """A form's page: each row's label at the margin, its value's groups in boxes spaced out after it."""
    import io

    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 760, "Request for Taxpayer Identification Number and Certification")
    for k, (label, groups) in enumerate(rows):
        pdf.drawString(72, 720 - 30 * k, label)
        for i, group in enumerate(groups):
            pdf.drawString(300 + 70 * i, 720 - 30 * k, group)
    pdf.save()
    return out.getvalue()


def test_ssn_and_itin_in_a_forms_boxes():
    found = pairs_found(f"{_SITE}/rebates/w9.pdf", _boxes_pdf([
        ("Name: Teodora Balan-Ionescu", ()),
        ("Social security number", ("604", "39", "1182")),
        ("Individual taxpayer ID (ITIN)", ("931", "74", "5520"))]), "application/pdf")
    assert {c for c, v in found if v.replace("\t", "-") in ("604-39-1182", "931-74-5520")} == {"ssn", "taxpayer_id"}


def test_groups_in_boxes_need_their_label():
    found = pairs_found(f"{_SITE}/finance/register.pdf", _boxes_pdf([
        ("Invoice number", ("604", "39", "1183")),
        ("Fund / Dept / Object", ("101", "41", "5110")),
        ("Check no.", ("931", "74", "5521"))]), "application/pdf")
    assert not {v for c, v in found if c in ("ssn", "taxpayer_id")}


# -- a utility's number by its brand, Spanish customer IDs, a label's gloss on the line above ---------------------

def test_utility_number_named_by_its_brand():
    found = _html("Hearing notes",
                  "<p>Mrs. Adaeze Nwankwo of 3318 Larch Hollow Rd read her SoCalGas number, 6620 118 407 3, to the "
                  "hearing officer.</p><p>Prior service: LADWP No. 331 882 0194 (closed in March).</p>")
    assert {"6620 118 407 3", "331 882 0194"} <= _accounts(found)


def test_utility_lines_and_counts_by_brand_are_no_accounts():
    found = _txt("Outages: call SCE # 1-800-655-4555 or SoCalGas No. 1-800-427-2200.",
                 "PG&E Number of customers served in 2024: 5,512,000",
                 "Edison No. 2 substation upgrade is scheduled for June.")
    assert not _accounts(found)


def test_spanish_customer_id_label():
    found = _txt("Cliente: Graciela Huamán", "ID de cliente: QX71-20044", "Teléfono: 951-330-2874")
    assert "QX71-20044" in _accounts(found)


def test_full_width_itin_beside_its_label():
    found = _txt("Solicitante: Wen-Li Zhou", "ITIN ９３１－７４－５５２０")
    assert any(c == "taxpayer_id" and v.endswith("５５２０") for c, v in found)


def test_label_with_its_gloss_on_the_line_above():
    found = _html("Call notes", "<p>Caller:<br>Adaeze Nwankwo<br>Gas acct (SoCalGas):<br>7140 552 019 8<br>"
                                "Callback<br>909-441-2087<br>Issue: high bill.</p>")
    assert "7140 552 019 8" in _accounts(found)


def test_meter_serial_of_a_customer_and_not_of_the_citys():
    found = _html("Service requests", "<ul><li><span title='Meter serial HX550172-09'>Ticket SR-33120</span> "
                  "<abbr title='Adaeze Nwankwo'>cust.</abbr> re-read, open</li></ul>")
    assert "HX550172-09" in _accounts(found)
    public = _txt("Streetlight and facility inventory",
                  "Meter serial 41467727 (City-owned, Corporation Yard)",
                  "Parking meter serial 10045123 on Main St")
    assert not _accounts(public)
