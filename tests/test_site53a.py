"""Customer tables whose columns lost their gaps, deep inside long PDFs (red team site53).

- A header line of a customer record's labels one space apart over rows typed the same way ("Service Address
  Customer Meter No. Notify Tel" / "1180 E. Mission Blvd. Teresa Okafor 448120937 (909) 412-7730"): each row read by
  the header's order and the shapes of its values (``crawler.extract.spaced_rows``), its cells then judged as any
  table's: the name, the home, the account or meter, the phone, the usage.
- A number under a ledger-shaped label on a budget page ("water account 073.8154.990", 3-4-3 digits) whose sentence
  names its holder on the PDF line above ("One example: NAME, a veteran" / "living at ADDRESS, was behind on water
  account ..."): the customer's account (``account_number._after_a_persons_name``).

Hard negatives: a budget book's single-spaced schedules (departments, funds, ledger lines), capital projects named by
their street ("Foothill Blvd Rehab 1,250,000"), a vendor payment register (firms and their addresses), a staff roster
(name, title, phone), a CIP project list at intersections and parks, a table of city-wide kWh by facility, a ledger
string charged on a budget page below a line naming an official.
"""
from __future__ import annotations

from crawler.extract.spaced_rows import spaced_tables
from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.cerrolindo.gov"


def _pdf(lines: list[str]) -> set[tuple[str, str]]:
    filler = ["Capital Improvement Program - Project Detail",
              "The project is funded by the Water Enterprise Fund and is scheduled for construction in FY 2025-26."]
    return pairs_found(f"{_SITE}/finance/cip.pdf", lines_pdf([*filler, *lines]), "application/pdf")


def _rows(lines: list[str]) -> list[list[str]]:
    return [cells for table in spaced_tables(lines) for _, cells in table.rows]


# --- rows read by the header's order and their values' shapes -------------------------------------------------------

def test_service_address_first_then_customer_meter_and_phone():
    found = _pdf(["Services to be transferred to the new main:",
                  "Service Address Customer Meter No. Notify Tel",
                  "1180 E. Mission Blvd. Teresa Okafor 448120937 (909) 412-7730",
                  "72 Tamarind Ct Apt 4 Dong-hyun Seo W218-660431 (951) 330-1285",
                  "9021 Camino Del Sol #7 Rosalind Whitaker 530027716 1-909-884-2071"])
    assert values_of(found, "customer_name") == {"Teresa Okafor", "Dong-hyun Seo", "Rosalind Whitaker"}
    assert values_of(found, "address") == {"1180 E. Mission Blvd.", "72 Tamarind Ct Apt 4", "9021 Camino Del Sol #7"}
    assert values_of(found, "phone") == {"(909) 412-7730", "(951) 330-1285", "1-909-884-2071"}
    assert values_of(found, "account_number") >= {"448120937", "W218-660431", "530027716"}


def test_account_first_with_recipient_location_and_credit():
    found = _pdf(["Schedule 9: Utility Assistance Credits Issued",
                  "UB Acct Recipient Location Credit",
                  "44-81207-13 Marisol Quintero 615 N. Palm Ave. Unit C $142.00",
                  "SW-330517 Anahit Sarkisyan 2207 Sycamore Ln $96.50",
                  "RF 4410-2286 Duc Nguyen 38 W. Alder St. $188.00",
                  "Source: billing system extract"])
    assert values_of(found, "customer_name") == {"Marisol Quintero", "Anahit Sarkisyan", "Duc Nguyen"}
    assert values_of(found, "address") == {"615 N. Palm Ave. Unit C", "2207 Sycamore Ln", "38 W. Alder St."}
    assert {"44-81207-13", "SW-330517"} <= values_of(found, "account_number")
    assert any("4410-2286" in value for value in values_of(found, "account_number"))


def test_agreement_ids_with_billing_names_and_usage():
    found = _pdf(["Attachment C - Accounts Sampled for the Rate Study",
                  "SA ID Name Service Address Avg Mo kWh",
                  "712-4408153 OKAFOR, TERESA 1180 E. Mission Blvd. 884",
                  "3390217745 NGUYEN, THI HOA 402 Loma Vista Dr 1,215",
                  "8823016604 PETROSYAN, ARMEN 77 Calle Lirio 2,340"])
    assert values_of(found, "customer_name") == {"OKAFOR, TERESA", "NGUYEN, THI HOA", "PETROSYAN, ARMEN"}
    assert values_of(found, "account_number") >= {"712-4408153", "3390217745", "8823016604"}
    assert values_of(found, "energy_usage") == {"884", "1,215", "2,340"}


def test_cells_of_each_row():
    assert _rows(["Customer Name Acct # Phone Balance",
                  "Ana de la Cruz 30-510637-92 626.555.0142 $1,204.17",
                  "Wei Zhang 1234 567 890 1 (626) 555-0190 ($12.00)"]) == [
        ["Ana de la Cruz", "30-510637-92", "626.555.0142", "$1,204.17"],
        ["Wei Zhang", "1234 567 890 1", "(626) 555-0190", "($12.00)"]]


def test_a_note_between_rows_and_a_free_text_last_column():
    rows = _rows(["Account Occupant Service Address Notes",
                  "700-118-2209 Lucia Ferreira 88 Birch St will call back after 5",
                  "(continued on the next line)",
                  "700-118-3310 Omar Haddad 4 Elm Ct tenant moved out"])
    assert rows == [["700-118-2209", "Lucia Ferreira", "88 Birch St", "will call back after 5"],
                    ["700-118-3310", "Omar Haddad", "4 Elm Ct", "tenant moved out"]]


# --- hard negatives ------------------------------------------------------------------------------------------------

def test_budget_schedules_are_no_tables_of_customers():
    lines = ["Department Fund Amount",
             "City Manager General Fund 1,204,500",
             "Account Description FY23 Actual FY25 Adopted",
             "101-4310-5210 Salaries 320,330 437,683",
             "Project Location Budget",
             "Foothill Blvd Rehab 1,250,000",
             "Garey Ave Slurry Seal 480,000"]
    assert spaced_tables(lines) == []
    found = _pdf(lines)
    assert not values_of(found, "customer_name") | values_of(found, "address") | values_of(found, "account_number")


def test_vendor_payments_and_staff_roster_are_not_read():
    lines = ["Vendor Address Amount",
             "Acme Paving Inc 1450 Industrial Way $84,210.00",
             "Vendor Payee Location Amount",
             "Desert Sun Electric 8811 Commerce Dr $12,400.00",
             "Name Title Phone",
             "Gloria Ramirez Utilities Manager (909) 620-4120",
             "Name Address Phone",
             "Harold Benning 300 W. Second St (909) 620-4100"]
    assert spaced_tables(lines) == []
    found = _pdf(lines)
    assert not values_of(found, "customer_name") | values_of(found, "address")


def test_cip_project_list_at_intersections_and_parks():
    lines = ["Project No. Location Description Cost",
             "W-2291 Foothill Blvd & Garey Ave Water main 1,250,000",
             "P-1043 Ganesha Park Playground 310,000",
             "Meter Location Service Address",
             "Ganesha Park Garey Ave & Orange Grove"]
    assert spaced_tables(lines) == []
    found = _pdf(lines)
    assert not values_of(found, "customer_name") | values_of(found, "address")


def test_city_wide_kwh_by_facility():
    lines = ["Facility Service Address Annual kWh",
             "City Hall 505 S. Garey Ave 1,204,220",
             "Civic Center Library 140 E. Holt Ave 612,004",
             "Streetlights (city-wide) 4,118,900"]
    assert spaced_tables(lines) == []
    found = _pdf(["Municipal energy use, FY 2023-24", *lines])
    assert not values_of(found, "customer_name") | values_of(found, "energy_usage")


# --- an account whose holder the PDF line above names ---------------------------------------------------------------

def _budget_page(lines: list[str]) -> set[tuple[str, str]]:
    head = ["Utilities - Program Highlights",
            "The FY 2024-25 adopted budget appropriates $1.2 million from the General Fund for assistance."]
    return pairs_found(f"{_SITE}/finance/budget.pdf", lines_pdf([*head, *lines]), "application/pdf")


def test_ledger_shaped_account_named_a_line_above():
    found = _budget_page([
        "The Utility Assistance Program helped 388 households. One example: Teodoro Villaseñor, a retired",
        "machinist at 2210 Avenida Pinos Unit 12, was four months behind on water account 041.7720.318; the",
        "program cleared the balance."])
    assert "041.7720.318" in values_of(found, "account_number")
    assert values_of(found, "customer_name") == {"Teodoro Villaseñor"}
    assert "2210 Avenida Pinos Unit 12" in values_of(found, "address")


def test_ledger_string_below_an_officials_line_stays_a_ledgers():
    found = _budget_page([
        "The program is managed by Utilities Director Margaret Ellison, who reports to the",
        "city manager; postage is charged to account 501.4410.521 in the Water Fund."])
    assert not values_of(found, "account_number")


def test_billing_systems_other_labels():
    assert _rows(["Acct Holder Svc Address Mtr # Callback Past Due Shutoff Date",
                  "Nadia Barakat 1402 W Holt Ave Spc 18 V482N-133779 909-555-0117 $388.20 7/15/2024"]) == [
        ["Nadia Barakat", "1402 W Holt Ave Spc 18", "V482N-133779", "909-555-0117", "$388.20", "7/15/2024"]]
    assert _rows(["CUSTOMER NAME PREMISE ADDRESS CONTRACT ACCT TOTAL KWH",
                  "Soo-ah Kim 3318 Via Corona 800412775 4,812"]) == [
        ["Soo-ah Kim", "3318 Via Corona", "800412775", "4,812"]]
