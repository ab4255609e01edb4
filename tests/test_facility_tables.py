"""A table of the City's facilities ("Facility", "Site", "Location", "Building", "Station" over "Well #4",
"Booster Station 2", "Lift Station No. 7", "Storage Tank 3", "Reservoir 2") names no customer: its addresses,
accounts and usage are the City's, whatever the table's form (a page's table, a CSV, a PDF's tab-separated rows).
The same installation's words in a customer's row (a note, a street) leave the customer's record found."""
from __future__ import annotations

import pytest

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")
ROWS = [("Well #4", "1410 Quarry Rd", "6620418830", "14,220"),
        ("Booster Station 2", "88 Tank Hill Rd", "6620418831", "6,480"),
        ("Lift Station No. 7", "410 Creek Dr", "6620418832", "3,115"),
        ("Water Well No. 12", "15 Canyon Rd", "WL40112A", "2,201"),
        ("Storage Tank 3", "9 Summit Dr", "6620418833", "410"),
        ("Reservoir 2", "77 Dam Rd", "6620418834", "820")]


def as_html(header: str) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    return (f"<html><body><h2>Electric accounts of water system facilities</h2><table><tr><th>{header}</th>"
            f"<th>Service Address</th><th>Account No.</th><th>kWh (Jan)</th></tr>{cells}</table></body></html>")


def as_csv(header: str) -> str:
    return f"{header},Service Address,Account No.,kWh (Jan)\n" + "".join(
        ",".join(f'"{c}"' for c in row) + "\n" for row in ROWS)


def as_text(header: str) -> str:
    return f"Water system facilities\n{header}\tService Address\tAccount No.\tkWh (Jan)\n" + "".join(
        "\t".join(row) + "\n" for row in ROWS)


@pytest.mark.parametrize("header", ["Facility", "Site", "Location", "Building", "Station"])
@pytest.mark.parametrize("name,layout", [("page.html", as_html), ("accounts.csv", as_csv), ("packet.txt", as_text)])
def test_a_table_of_wells_stations_tanks_and_reservoirs_gives_nothing(header, name, layout):
    assert values_found(name, layout(header), CONTACT) == {}


def test_a_customers_row_beside_a_well_or_a_reservoir_street_keeps_its_record():
    table = ("Location\tCustomer\tAcct. No.\tkWh (Jan)\tNotes\n"
             "1410 Reservoir Rd\tMarisol Quintero\t6620418835\t1,220 kWh\tMedical hold\n"
             "88 Tank Hill Rd\tTeodor Lindqvist\tRF40112A\t880 kWh\tWell #4 area, low pressure\n")
    result = values_found("holds.txt", table, CONTACT)
    assert result["customer_name"] == ["Marisol Quintero", "Teodor Lindqvist"]
    assert result["account_number"] == ["6620418835", "RF40112A"]
