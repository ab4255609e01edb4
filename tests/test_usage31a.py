"""A customer's electricity account details in the shapes utilities export them (red team usage31): a meter's
number beside a customer's name is account information even where the row gives the account too; a CSV's
key/value block under the export's title; a Green Button sheet's Name:/Account:/Meter: rows above its daily table;
an "Annual Usage (MWh)" column; a demand-response letter's "Event | Your usage (kWh)" table dated by its rows; a
vehicle's year and make is no street address.

Hard negatives: a work order's meters with no customer, a City facility's meter, a parking meter, a case number
after "meter", a class's total MWh, a City events calendar, a street named as a car's make."""
from __future__ import annotations

import json

from tests.detector_helpers import xlsx
from tests.test_docs11_tables import columns_pdf
from tests.test_table_headers import found

# --- meters tied to a customer ---------------------------------------------------------------------------------


def test_a_meter_column_beside_a_customers_name_and_account_is_found():
    body = xlsx([("Study ID", "Customer Name", "Account", "Meter No", "Service Address"),
                 ("LR-7", "Rosalind Achebe", "700 318 442 906", "W208N-517734", "1187 E Phillips Blvd"),
                 ("LR-8", "Tomasz Wierzbicki", "700-552-019-347", "31T-660218", "2460 N Garey Ave")])
    result = found("load_research.xlsx", body)
    assert {("account_number", "W208N-517734"), ("account_number", "31T-660218"),
            ("account_number", "700 318 442 906")} <= result


def test_an_export_meter_id_beside_its_service_account_is_found():
    body = (b"SA_ID,METER_ID,SERVICE_ADDR,READ_DATE,KWH\n"
            b"8044120937,BX5503188,\"918 W ARROW HWY, POMONA CA 91768\",05/02/2024,0.61\n"
            b"8044120937,BX5503188,\"918 W ARROW HWY, POMONA CA 91768\",05/02/2024,0.73\n")
    assert ("account_number", "BX5503188") in found("hourly.csv", body)


def test_a_meter_row_of_a_customers_html_record_is_found():
    body = (b"<table><tr><th>Account holder</th><td>Priyanka Venkatesan</td></tr>"
            b"<tr><th>Service account</th><td>770124558301</td></tr><tr><th>Meter</th><td>88T-204417</td></tr></table>")
    assert ("account_number", "88T-204417") in found("enrollment.html", body)


def test_a_work_orders_meters_naming_no_customer_stay_silent():
    body = json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"WO_NUM": "WO-26-7731", "METER_ID": "MX-551902", "CREW": "LINE-3"},
         "geometry": {"type": "Point", "coordinates": [-117.75, 34.06]}}]}).encode()
    assert found("exchanges.geojson", body) == set()


def test_a_city_facilitys_meter_and_a_parking_meter_stay_silent():
    body = (b"Facility,SCE Account,Meter #,kWh FY25\nPhillips Ranch Library,2-01-338-4471,V310N-554120,88120\n"
            b"Ganesha Park pool,2-01-338-4499,V310N-554188,140220\n")
    assert not any(value.startswith("V310N") for _, value in found("facilities.csv", body))
    note = b"Parking meter 10048812 on Second St was repaired; see meter 2025-0031 inspection.\n"
    assert found("streets.txt", note) == set()


# --- key/value blocks above a usage table ----------------------------------------------------------------------


def test_a_csv_key_value_block_under_a_title_is_one_record():
    body = (b"Interval Data Download\nCustomer Name,Imogen Castellanos\nAccount Number,700-812-336-904\n"
            b"Service Address,\"2281 N Towne Ave, Pomona, CA 91767\"\nMeter Number,222071190458\n"
            b"Rate Schedule,TOU-D-PRIME\nUnits,kWh\n\nDate,Start,End,Usage (kWh)\n"
            b"2025-02-01,00:00,00:15,0.318\n2025-02-01,00:15,00:30,0.207\n")
    result = found("interval.csv", body)
    assert {("customer_name", "Imogen Castellanos"), ("account_number", "222071190458"),
            ("energy_usage", "0.318")} <= result
    assert not any(value in ("Account Number", "Service Address") for _, value in result)


def test_a_green_button_sheets_form_rows_leave_its_daily_table_its_header():
    body = xlsx([("Green Button Download - Daily Usage",), ("Name:", "LEOCADIA FERRANTE"), ("Account:", "PCE-31177402"),
                 ("Meter:", "V611N-270584"), ("Service Address:", "415 E HOLT AVE, POMONA CA 91767"), (),
                 ("Date", "On-Peak (KWH)", "Off-Peak (KWH)", "Daily Total (KWH)"),
                 ("2024-10-01", 6.2, 14.1, 20.3), ("2024-10-02", 4.4, 12.9, 17.3)])
    result = found("daily.xlsx", body)
    assert {("account_number", "V611N-270584"), ("energy_usage", "20.3"), ("energy_usage", "17.3")} <= result


# --- usage columns and tables ----------------------------------------------------------------------------------


def test_an_annual_usage_column_in_mwh_is_a_customers_usage():
    body = xlsx([("Customer Name", "Account", "Annual Usage (MWh)", "Jul kWh"),
                 ("Wendell Oyelaran", "700 445 190 662", 9.214, 1302)])
    assert ("energy_usage", "9.214") in found("sample.xlsx", body)


def test_a_class_total_in_mwh_stays_silent():
    body = xlsx([("Stratum", "Population", "Mean annual kWh", "Class total MWh"), ("R1", "18,220", "3,905", "71,149")])
    assert found("strata.xlsx", body) == set()


def test_a_demand_response_letters_event_table_dated_by_its_rows():
    body = columns_pdf(None, ["Harriet Quintanilla"], ["902 W Foothill Blvd, Pomona, CA 91767"],
                       ["Account: 3-041-552-8817"], ["Event", "Baseline (kWh)", "Your usage (kWh)", "Saved (kWh)"],
                       ["Aug 6, 2024", "7.40", "5.18", "2.22"], ["Sep 3, 2024", "6.90", "4.71", "2.19"])
    assert {("energy_usage", "5.18"), ("energy_usage", "4.71")} <= found("event_report.pdf", body)


def test_a_city_events_calendar_stays_a_listing():
    body = (b"<table><tr><th>Event</th><th>Location</th><th>Contact</th></tr>"
            b"<tr><td>Sep 14, 2024</td><td>Ganesha Park</td><td>(909) 620-2321</td></tr></table>")
    assert found("events.html", body) == set()


# --- a vehicle is no address -----------------------------------------------------------------------------------


def test_a_vehicle_in_a_customer_record_is_no_address():
    body = (b"<table><tr><th>Account holder</th><td>Oksana Delacroix</td></tr>"
            b"<tr><th>Service address</th><td>1630 W Mission Blvd, Pomona CA 91766</td></tr>"
            b"<tr><th>Vehicle</th><td>2024 Hyundai Ioniq 6</td></tr>"
            b"<tr><th>Second vehicle</th><td>2021 Tesla Model Y</td></tr></table>")
    addresses = {value for category, value in found("ev.html", body) if category == "address"}
    assert addresses == {"1630 W Mission Blvd, Pomona CA 91766"}


def test_a_street_named_as_a_make_is_still_an_address():
    body = (b"<table><tr><th>Customer</th><th>Service address</th><th>Account</th></tr>"
            b"<tr><td>Aurelio Bianchi</td><td>2020 Lincoln Ave</td><td>700-219-448-301</td></tr></table>")
    assert ("address", "2020 Lincoln Ave") in found("list.html", body)
