"""A utility's field-work documents: work orders, door-hanger logs, route sheets, service-order exports, inspection
checklists (red team fieldwork32).

- A column of who did the work (Crew, Lineman, Posted By, Read by, Foreman, Meter reader) is staff's: its initials
  are no customer's name, and the row's customer is still reported. Hard negatives: a standby roster of crews with
  their yard phone reports no one; a route sheet with a reader column and no name column keeps its addresses and kWh.
- A column of the customer's words ("customer_says", "Customer Comments", "Cust remarks") is free text: the name and
  the callback number in it are the customer's, the whole cell is no name.
- A work order's type code in a fixed-width export's TYPE column ("XFMR REPL") is no one's name.
- kWh a technician writes: "KWH SINCE PRIOR READ: 812" in a dot-leader export, a list of bills' figures sharing one
  unit ("512, 498 and 530 kWh"), a notes field on the page of one customer's inspection form. Hard negatives: the
  cumulative register read, pole and transformer numbers, a rate's tiers listed with one unit, years listed before kWh,
  a register read or an id listed before a usage figure.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from detectors.context.shapes import consumption_spans
from tests.detector_helpers import pairs_found, values_of, xlsx

_SITE = "https://www.ontarioutilities.example.gov/records"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


# --- 1. who did the work --------------------------------------------------------------------------------------

def test_a_crew_column_holds_staff_not_customers():
    found = _found("backlog.xlsx", xlsx([
        ("Order", "Service Address", "Customer", "Acct", "Callback", "Field notes", "Lineman", "Truck"),
        ("WO-2025-118204", "4471 Vineyard Ave", "Marisol Ibarra", "6620174935", "951-304-7781",
         "meter base rusted", "K. Okafor", "U112"),
        ("WO-2025-118211", "902 N Campus Ave", "Tobias Lindqvist", "6620188412", "909-410-2276",
         "tree in service drop", "M. Delacroix", "U118"),
    ]))
    names = values_of(found, "customer_name")
    assert {"Marisol Ibarra", "Tobias Lindqvist"} <= names
    assert not names & {"K. Okafor", "M. Delacroix"}


def test_posted_by_and_read_by_columns_are_staff():
    body = ("Posted,Account,Customer,Service Address,Posted By\n"
            "06/03/2025,5518204471,Rosalind Achebe,1187 E Fourth St,R. Villanueva\n"
            "06/04/2025,5518209930,Henrik Sandoval,640 W Emporia St,D. Whitcombe\n")
    names = values_of(_found("doorhangers.csv", body), "customer_name")
    assert "Rosalind Achebe" in names and not names & {"R. Villanueva", "D. Whitcombe"}
    body = ("Acct,Name,Premise Address,kWh,Read by\n"
            "7719302284,Ingrid Baptiste,2290 S Euclid Ave,644,L. Moreau\n")
    names = values_of(_found("reads.csv", body), "customer_name")
    assert "Ingrid Baptiste" in names and "L. Moreau" not in names


def test_a_standby_roster_of_crews_reports_no_one():
    body = ("Crew,Foreman,Truck,Yard phone\n"
            "Line Crew 3,Everett Koenig,BKT-204,(909) 395-2600\n"
            "Line Crew 5,Lucinda Marsh,BKT-211,(909) 395-2600\n")
    found = _found("standby.csv", body)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")


def test_a_route_sheet_with_a_reader_column_keeps_its_addresses_and_usage():
    body = ("route,seq,service_address,meter,kwh,meter_reader\n"
            "R07,011,4471 Vineyard Ave,MTR6620174,688,E4410\n"
            "R07,012,902 N Campus Ave,MTR6620291,1192,E4410\n")
    found = _found("route_r07.csv", body)
    assert {"4471 Vineyard Ave", "902 N Campus Ave"} <= values_of(found, "address")
    assert {"688", "1192"} <= values_of(found, "energy_usage")


# --- 2. the customer's words ----------------------------------------------------------------------------------

def test_a_customer_comments_column_is_read_as_text():
    body = ("route,seq,service_address,meter,prev_read,curr_read,kwh,customer_comments,reader\n"
            "R07,011,4471 Vineyard Ave,MTR6620174,30112,30800,688,cust Marisol Ibarra says gate sticks,E4410\n"
            'R07,012,902 N Campus Ave,MTR6620291,51190,52382,1192,"thinks bill is wrong, wants cb at 9513047781",'
            "E4410\n"
            "R07,013,377 E Holt Blvd,MTR6620302,18840,19301,461,says meter was swapped last spring,E4410\n")
    found = _found("route_comments.csv", body)
    names = values_of(found, "customer_name")
    assert "Marisol Ibarra" in names
    assert not any("says" in name or "thinks" in name for name in names)
    assert "9513047781" in values_of(found, "phone")


# --- 3. a work type's code ------------------------------------------------------------------------------------

def test_a_work_type_code_in_a_fixed_width_export_is_no_name():
    body = ("ORDER           JOB TYPE   CUSTOMER              SERVICE ADDRESS          ACCOUNT\n"
            "WO-2025-220417  XFMR REPL  Lindqvist, Tobias     902 N Campus Ave         PCE-6620188\n"
            "WO-2025-220418  MTR SWAP   Ibarra, Marisol       4471 Vineyard Ave        PCE-6620174\n")
    names = values_of(_found("open_orders.txt", body), "customer_name")
    assert "Lindqvist, Tobias" in names
    assert not names & {"XFMR REPL", "MTR SWAP"}


# --- 4. kWh in a technician's words ---------------------------------------------------------------------------

def test_kwh_since_the_last_read_in_a_dot_leader_export():
    body = ("ORDER NO ........ SO71820044\n"
            "CUST NAME ....... BAPTISTE, INGRID\n"
            "SVC ADDR ........ 2290 S EUCLID AVE\n"
            "ACCT ............ 7719302284\n"
            "READ ............ 30211   KWH SINCE PRIOR READ: 812\n")
    usage = values_of(_found("so_detail.txt", body), "energy_usage")
    assert "812" in usage
    assert "30211" not in usage  # the register's cumulative read


def test_figures_listed_with_one_unit_are_all_usage():
    text = "Acct 7719302284, Ingrid Baptiste on site. Usage last 3 bills 512, 498 and 530 kWh, breaker reset."
    assert [text[a:b] for a, b in consumption_spans(text)] == ["512", "498", "530 kWh"]
    cut = "Usage last 3 bills 512 /\n498 / 530 kwh."
    assert [cut[a:b] for a, b in consumption_spans(cut)] == ["512", "498", "530 kwh"]


def test_a_rates_tiers_years_and_labelled_numbers_before_kwh_are_not_usage():
    for text in ("Tier limits 300 / 600 / 900 kWh per month", "Baseline 300, 400 and 500 kWh",
                 "Annual deliveries 2022, 2023 and 2024 kWh", "Svc point ID 4410927731, 38115, 1,046 kWh",
                 "Mtr# W55-20117 rd 61840, 62291, 451 kWh"):
        spans = consumption_spans(text)
        assert not any(text[a:b] in ("300", "600", "400", "2022", "2023", "4410927731", "38115", "61840", "62291")
                       for a, b in spans), text


def _inspection_pdf() -> bytes:
    styles = getSampleStyleSheet()
    story = []
    for name, acct, note in (("Ingrid Baptiste", "3-319-3022-84", "Notes: cust present, kwh last bill 612; pole "
                              "4471203E; xfmr T558102."),
                             ("Tobias Lindqvist", "2-88-104-7731", "Notes: kwh last bill 947; feeder 12 outage on "
                              "06/02 affected 3,412 customers.")):
        story.append(Paragraph("SERVICE INSPECTION CHECKLIST", styles["Heading2"]))
        story.append(Table([["Customer name", name], ["Service address", "2290 S Euclid Ave"], ["Account", acct],
                            ["Inspector", "Paula Ferreira"]]))
        story += [Paragraph(check, styles["BodyText"]) for check in (
            "[X] Meter seal intact", "[X] Panel labeled", "[ ] Clearance over driveway", "[X] Ground rod present",
            "[X] No signs of tampering", "[X] Safe access, dog secured")]
        story += [Paragraph(note, styles["BodyText"]), PageBreak()]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build(story)
    return out.getvalue()


def test_the_notes_field_of_one_customers_inspection_form():
    found = _found("inspections.pdf", _inspection_pdf())
    usage = values_of(found, "energy_usage")
    assert {"612", "947"} <= usage
    assert not usage & {"4471203", "3,412", "12"}
    assert "Ingrid Baptiste" in values_of(found, "customer_name")
    assert "Paula Ferreira" not in values_of(found, "customer_name")  # the inspector
