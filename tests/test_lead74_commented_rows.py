"""Table rows commented out of a page without their ``<table>`` ("<!-- <tr><td>NAME</td><td>ADDR</td><td>ACCOUNT</td>
<td>444 KWH</td></tr> -->", dev seed 97's miss) are read as a table's rows, cell by cell, as the same rows inside a
commented ``<table>`` are: a customer's row is a record; a facility's, a staff member's or a council member's row
stays public."""
import pytest

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.pomonachoiceenergy.org/energy/pay-your-bill.html"
PAGE = "<html><body><h1>Paying Your Bill</h1><p>Pay your charges on your SCE bill.</p><!-- {rows} --></body></html>"
CUSTOMER = ("<tr><td>Wendeline Osterhagen</td><td>4417 Plaza Verbena</td><td>700-145-812-082</td><td>444 KWH</td></tr>")
ANOTHER = ("<tr><td>Lorna Szabo</td><td>118 Thornbury Ln</td><td>700-145-812-083</td><td>512 KWH</td></tr>")


@pytest.mark.parametrize("rows", [CUSTOMER, CUSTOMER + ANOTHER, f"<tbody>{CUSTOMER}</tbody>"])
def test_a_customers_row_commented_out_without_its_table_is_a_record(rows):
    found = pairs_found(URL, PAGE.format(rows=rows), "text/html")
    assert "Wendeline Osterhagen" in values_of(found, "customer_name")
    assert "4417 Plaza Verbena" in values_of(found, "address")
    assert "444 KWH" in values_of(found, "energy_usage")


def test_every_row_of_several_is_read():
    found = pairs_found(URL, PAGE.format(rows=CUSTOMER + ANOTHER), "text/html")
    assert {"Wendeline Osterhagen", "Lorna Szabo"} <= values_of(found, "customer_name")


@pytest.mark.parametrize("rows", [
    "<tr><td>Ganesha Park</td><td>1575 N. White Ave</td><td>(909) 620-2321</td></tr>",
    "<tr><td>Ganesha Park</td><td>1575 N. White Ave</td><td>12,400 kWh</td></tr>",
    "<tr><td>Maria Lopez</td><td>Senior Planner</td><td>(909) 620-2321</td></tr>",
    "<tr><td>Councilmember Elena Ortiz</td><td>District 3</td><td>505 S. Garey Ave</td></tr>",
])
def test_public_rows_commented_out_stay_public(rows):
    found = pairs_found(URL, PAGE.format(rows=rows), "text/html")
    assert not {kind for kind, _ in found} & {"customer_name", "address", "phone", "energy_usage"}
