"""Tables the docs11 red team found misread: a City column's town read as a name, a work order's meter equipment
number read as an account, a ten-digit account in groups of 3-3-4 under an account's column or JSON key. Each with the city's
public tables of the same layouts staying silent."""
from __future__ import annotations

import json

from tests.test_table_headers import found, xlsx

_COLUMNS_X = (30, 140, 300, 470, 560)


def columns_pdf(header: list[str] | None, *rows: list[str]) -> bytes:
    """A landscape PDF whose cells are placed at fixed x positions, as a spreadsheet's print is."""
    from fpdf import FPDF
    document = FPDF(orientation="L", unit="pt", format="letter")
    document.set_font("Helvetica", size=8)
    document.add_page()
    y = 55
    for row in ([header] if header else []) + list(rows):
        for value, x in zip(row, _COLUMNS_X):
            document.text(x, y, value)
        y += 14
    return bytes(document.output())


# --- a City column's town is no one's name ----------------------------------------------------------------

def test_a_city_column_of_a_pdf_worklist_is_no_customer_name():
    body = columns_pdf(["Acct", "Customer", "Service Address", "City", "Zip"],
                       ["5521-480317-2", "Marisol Okafor", "1460 W Phillips Blvd", "SAN ANSELMO", "94960"],
                       ["5521-480318-9", "Teodoro Vance", "931 N Garey Ave", "SAN ANSELMO", "94960"])
    result = found("worklist_cycle9.pdf", body)
    assert {("customer_name", "Marisol Okafor"), ("customer_name", "Teodoro Vance"),
            ("account_number", "5521-480317-2")} <= result
    assert not any(value == "SAN ANSELMO" for _, value in result)


def test_a_town_repeated_down_a_headerless_column_is_no_customer_name():
    body = (b"5521-480317-2\tMarisol Okafor\t1460 W Phillips Blvd\tLAKE ELMORE\n"
            b"5521-480318-9\tTeodoro Vance\t931 N Garey Ave\tLAKE ELMORE\n"
            b"5521-480319-4\tInes Carvalho\t208 E Bonita Ave\tLAKE ELMORE\n"
            b"5521-480320-1\tRuben Achebe\t77 S Towne Ave\tLAKE ELMORE\n")
    result = found("shutoff_list.txt", body)
    assert {("customer_name", "Marisol Okafor"), ("customer_name", "Ruben Achebe")} <= result
    assert not any(value == "LAKE ELMORE" for _, value in result)


def test_one_customers_two_accounts_on_two_rows_keep_their_name():
    body = (b"5521-480317-2\tMarisol Okafor\t1460 W Phillips Blvd\tLAKE ELMORE\n"
            b"5521-480318-9\tMarisol Okafor\t1462 W Phillips Blvd\tLAKE ELMORE\n")
    assert ("customer_name", "Marisol Okafor") in found("shutoff_list.txt", body)


def test_a_facility_table_in_a_pdf_with_a_city_column_stays_public():
    body = columns_pdf(["Facility", "Address", "City", "Zip", "Phone"],
                       ["Palomares Park", "499 E Arrow Hwy", "POMONA", "91767", "(909) 620-2321"],
                       ["Washington Park", "865 E Grand Ave", "POMONA", "91766", "(909) 620-2321"])
    assert found("facilities.pdf", body) == set()


# --- a meter's equipment number is no account -------------------------------------------------------------

def _features(*properties: dict) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": p, "geometry": {"type": "Point", "coordinates": [-117.7, 34.05]}}
        for p in properties]}).encode()


def test_a_meter_id_beside_a_customers_name_and_account_is_the_customers_too():
    # a meter tied to a customer is service account information (PCE-01 4.1), beside the account or not
    body = _features({"WO_NUM": "WO-26-5120", "CUST_NAME": "MARISOL OKAFOR", "SVC_ADDR": "1460 W PHILLIPS BLVD",
                      "ACCT_NO": "5521-480317-2", "METER_ID": "MX-418820", "CREW": "DIST-2"},
                     {"WO_NUM": "WO-26-5121", "CUST_NAME": "TEODORO VANCE", "SVC_ADDR": "931 N GAREY AVE",
                      "ACCT_NO": "5521-480318-9", "METER_ID": "MX-902177", "CREW": "DIST-2"})
    result = found("shutoff_locations.geojson", body)
    assert {("account_number", "5521-480317-2"), ("customer_name", "MARISOL OKAFOR"),
            ("account_number", "MX-418820")} <= result


def test_a_work_order_layers_meter_ids_name_no_customer():
    body = _features({"WO_NUM": "WO-26-5120", "METER_ID": "MX-418820", "CREW": "DIST-2"},
                     {"WO_NUM": "WO-26-5121", "METER_ID": "MX-902177", "CREW": "DIST-4"})
    assert found("meter_exchanges.geojson", body) == set()


def test_a_meter_number_standing_for_a_customers_account_is_still_found():
    body = b"Customer Name,Service Address,Meter No\nMarisol Okafor,1460 W Phillips Blvd,V418N-820331\n"
    assert ("account_number", "V418N-820331") in found("meter_swaps.csv", body)
    assert ("account_number", "0045127890") in found("note.txt", b"Ana Ruiz, Meter # 0045127890, called twice.\n")


# --- ten digits in groups of 3-3-4 under an account's name ---------------------------------------------------

def test_a_spaced_ten_digit_account_under_a_nested_json_account_key():
    body = json.dumps({"records": [{"account": {"number": "523 604 1187", "holder": {
        "first": "Ines", "last": "Carvalho", "display": "Ines Carvalho"}}}]}).encode()
    assert ("account_number", "523 604 1187") in found("payment_plans.json", body)


def test_a_phone_under_a_nested_contact_key_is_no_account():
    body = json.dumps({"offices": [{"name": "Utility Billing", "contact": {"number": "909 620 2251"}}]}).encode()
    assert not any(category == "account_number" for category, _ in found("offices.json", body))


def test_a_spaced_ten_digit_account_under_a_pdf_tables_account_column():
    body = columns_pdf(["Acct", "Customer", "Service Address", "City", "Zip"],
                       ["523 604 1187", "Ines Carvalho", "208 E Bonita Ave", "SAN ANSELMO", "94960"])
    result = found("worklist.pdf", body)
    assert {("account_number", "523 604 1187"), ("customer_name", "Ines Carvalho")} <= result
    assert ("phone", "523 604 1187") not in result


def test_a_staff_tables_phone_column_stays_a_public_phone():
    body = columns_pdf(["Name", "Title", "Department", "Phone"],
                       ["Marisol Okafor", "Utility Billing Supervisor", "Finance", "909 620 2251"])
    assert not any(category == "account_number" for category, _ in found("staff.pdf", body))


# --- a pivot of usage by person: names as column headers, kWh in the grid ---------------------------------

def test_a_pivot_of_kwh_with_customers_as_column_headers():
    body = xlsx([["Sum of kWh", "Column Labels"],
                 ["Row Labels", "Ines Carvalho", "Ruben Achebe", "Grand Total"],
                 ["Sep", 1482, 706, 2188],
                 ["Oct", 1390, 655, 2045]])
    result = found("usage_pivot.xlsx", body)
    assert {("customer_name", "Ines Carvalho"), ("customer_name", "Ruben Achebe"), ("energy_usage", "1482"),
            ("energy_usage", "655")} <= result
    assert ("energy_usage", "2188") not in result  # the grand total is no one's


def test_a_cross_tab_of_customers_by_month_under_a_usage_title():
    body = xlsx([["Monthly kWh by customer - Cycle 7"],
                 ["Month", "Ines Carvalho", "Ruben Achebe"],
                 ["Sep", 1482, 706]])
    result = found("cycle7.xlsx", body)
    assert {("customer_name", "Ines Carvalho"), ("energy_usage", "706")} <= result


def test_pivots_of_districts_rate_classes_and_programs_by_month_stay_public():
    for columns in (["Council District 1", "Council District 2", "Grand Total"],
                    ["Residential", "Small Commercial", "Grand Total"],
                    ["CARE Program", "FERA Program", "Grand Total"]):
        body = xlsx([["Sum of kWh", "Column Labels"], ["Row Labels", *columns], ["Sep", 184220, 90712, 274932]])
        assert found("usage_by_group.xlsx", body) == set(), columns


def test_staff_names_over_hours_or_an_untitled_grid_stay_public():
    hours = xlsx([["Sum of Overtime Hours", "Column Labels"], ["Row Labels", "Ines Carvalho", "Ruben Achebe"],
                  ["Sep", 14, 6]])
    untitled = xlsx([["Inspections completed"], ["Month", "Ines Carvalho", "Ruben Achebe"], ["Sep", 41, 37]])
    assert found("overtime.xlsx", hours) == set()
    assert found("inspections.xlsx", untitled) == set()


# --- a wide sheet printed to PDF: the columns that did not fit on page 1 continue its rows on page 2 -------------

def _pages_pdf(*pages: list[list[str]]) -> bytes:
    from fpdf import FPDF
    document = FPDF(orientation="L", unit="pt", format="letter")
    document.set_font("Helvetica", size=8)
    for rows in pages:
        document.add_page()
        for y, row in enumerate(rows):
            for value, x in zip(row, _COLUMNS_X):
                document.text(x, 55 + 14 * y, value)
    return bytes(document.output())


def test_a_print_split_tables_second_page_continues_its_customers_rows():
    body = _pages_pdf([["Acct", "Customer", "Service Address"],
                       ["5521-480317-2", "Marisol Okafor", "1460 W Phillips Blvd"],
                       ["5521-480318-9", "Teodoro Vance", "931 N Garey Ave"]],
                      [["(626) 404-7719", "mokafor@gmail.com", "1,204"],
                       ["(626) 515-3302", "tvance77@yahoo.com", "688"]])
    result = found("disconnect_worklist.pdf", body)
    assert {("phone", "(626) 404-7719"), ("phone", "(626) 515-3302"), ("email", "mokafor@gmail.com"),
            ("customer_name", "Teodoro Vance")} <= result


def test_a_staff_lists_second_page_and_an_office_list_after_a_customer_table_stay_out():
    staff = _pages_pdf([["Name", "Title", "Department"], ["Marisol Okafor", "Billing Supervisor", "Finance"]],
                       [["(909) 620-2251", "mokafor@pomonaca.gov"]])
    assert not any(category == "phone" for category, _ in found("staff.pdf", staff))
    offices = _pages_pdf([["Acct", "Customer", "Service Address"],
                          ["5521-480317-2", "Marisol Okafor", "1460 W Phillips Blvd"]],
                         [["Utility Billing", "(626) 404-7719", "billing@pomonaca.gov"]])
    assert ("phone", "(626) 404-7719") not in found("worklist.pdf", offices)


# --- a report's title block above a sheet's header -------------------------------------------------------------

def test_a_sheets_header_under_a_title_block_labels_its_rows():
    body = xlsx([["Lakeview Water & Light", "AR Aging - Residential"],
                 ["Run date: 10/31/2026", "User: BILLING\\mreyes"], [],
                 ["Account No", "Customer Name", "Service Address", "Phone"],
                 ["5521-480317-2", "Marisol Okafor", "1460 W Phillips Blvd", "(626) 404-7719"],
                 ["523 604 1187", "Ines Carvalho", "208 E Bonita Ave", "(626) 515-3302"]])
    result = found("ar_aging.xlsx", body)
    assert {("account_number", "5521-480317-2"), ("account_number", "523 604 1187"),
            ("customer_name", "Ines Carvalho")} <= result
    assert ("phone", "523 604 1187") not in result


def test_a_staff_directory_and_a_facility_list_under_a_title_block_stay_public():
    staff = xlsx([["City of Lakeview", "Staff Directory"], ["Updated: 10/01/2026", "Human Resources"], [],
                  ["Name", "Title", "Department", "Phone"],
                  ["Marisol Okafor", "Billing Supervisor", "Finance", "(909) 620-2251"]])
    facilities = xlsx([["City of Lakeview", "Community Facilities"], ["Updated: 10/01/2026", "Parks"], [],
                       ["Facility", "Address", "Phone"], ["Palomares Park", "499 E Arrow Hwy", "(909) 620-2321"]])
    assert found("staff.xlsx", staff) == set()
    assert found("facilities.xlsx", facilities) == set()


def _utf16_tsv(rows: list[list[str]]) -> bytes:
    return "\r\n".join("\t".join(row) for row in rows).encode("utf-16")


def test_a_utf16_tsvs_header_under_a_title_block_labels_its_rows():
    body = _utf16_tsv([["Lakeview Water & Light", "AR Aging - Residential", "", ""],
                       ["Run date: 10/31/2026", "User: BILLING\\mreyes", "", ""], ["", "", "", ""],
                       ["Account No", "Customer Name", "Service Address", "Phone"],
                       ["5521-480317-2", "Marisol Okafor", "1460 W Phillips Blvd", "(626) 404-7719"],
                       ["523 604 1187", "Ines Carvalho", "208 E Bonita Ave", "(626) 515-3302"]])
    result = found("ar_aging.tsv", body)
    assert {("account_number", "5521-480317-2"), ("account_number", "523 604 1187"),
            ("customer_name", "Ines Carvalho"), ("phone", "(626) 515-3302")} <= result
    assert ("phone", "523 604 1187") not in result


def test_a_utf16_tsv_staff_directory_under_a_title_block_stays_public():
    body = _utf16_tsv([["City of Lakeview", "Staff Directory", "", ""], ["Updated: 10/01/2026", "Human Resources", "", ""],
                       ["", "", "", ""], ["Name", "Title", "Department", "Phone"],
                       ["Marisol Okafor", "Billing Supervisor", "Finance", "(909) 620-2251"]])
    assert found("staff.tsv", body) == set()


# --- a plain "Name" column of facilities, months or totals -------------------------------------------------------

def test_a_name_column_of_city_facilities_or_months_names_no_customer():
    facilities = b"Name,Address,kWh\nLoma Verde Park,1200 N Loma Ave,12000\nCasa Blanca Pool,865 E Grand Ave,8800\n"
    plant = b"Name,kWh\nBooster Pump,120400\nSolar Array,9800\nWest Reservoir,4400\n"
    months = b"Name,Total kWh\nJanuary,120400\nFebruary,110230\nTotal,230630\n"
    contacts = (b"Name,Contact,Address,Phone\nCasa Blanca Pool,Dale Ortiz,865 E Grand Ave,(909) 620-2322\n"
                b"Loma Verde Park,Ana Ruiz,1200 N Loma Ave,(909) 620-2321\n")
    for name, body in (("facilities.csv", facilities), ("plant.csv", plant), ("months.csv", months),
                       ("contacts.csv", contacts)):
        assert found(name, body) == set(), name


def test_customers_named_like_places_and_their_towns_stay_found():
    people = b"Name,Address,kWh\nCatherine Park,1460 W Phillips Blvd,1204\nMarisol Okafor,208 E Bonita Ave,877\n"
    result = found("usage.csv", people)
    assert {("customer_name", "Catherine Park"), ("customer_name", "Marisol Okafor"), ("energy_usage", "1204")} <= result
    towns = (b"5521-480317-2\tTeodoro Vance\t931 N Garey Ave\tBALDWIN PARK\n"
             b"5521-480318-9\tInes Carvalho\t208 E Bonita Ave\tBALDWIN PARK\n")
    assert {("customer_name", "Teodoro Vance"), ("account_number", "5521-480318-9")} <= found("list.txt", towns)


def test_an_aging_reports_bare_day_buckets_are_header_labels():
    body = _utf16_tsv([["Account No", "Customer Name", "Service Address", "Phone", "0-30", "31-60", "61-90", "90+"],
                       ["523 604 1187", "Ines Carvalho", "208 E Bonita Ave", "(626) 515-3302", "80.51", "13.00",
                        "0.00", "593.15"]])
    result = found("aging.tsv", body)
    assert {("account_number", "523 604 1187"), ("customer_name", "Ines Carvalho")} <= result
    assert ("phone", "523 604 1187") not in result
    ranges = _utf16_tsv([["Fiscal Year", "Budget", "Actual", "Variance"], ["10-20", "30-40", "50-60", "70+"]])
    assert found("budget.tsv", ranges) == set()
