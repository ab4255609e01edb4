"""site60b: customer tables not shaped like the usual table.

- a customer's row that goes on in the row under it, its first column left empty (the mailing address and contacts
  on a second line, a staff note with a callback number);
- a small table nested in a customer's row ("Month | kWh" beside the cell naming the customer);
- inline cells of a flex or grid container, which a browser shows apart ("<span>Name</span><span>4410 Elm St</span>").
Hard negatives in the same shapes: a facility's row with the City's desk on its second line, a nested table of
aggregate usage beside a ZIP code, a flex row of staff contacts.
"""
from tests.detector_helpers import pairs_found

URL = "https://www.examplecity.gov/utilities/page.html"


def _page(body: str) -> str:
    return f"<html><head><title>Utility records</title></head><body><main>{body}</main></body></html>"


def _values(pairs, category):
    return {v for c, v in pairs if c == category}


# --- second lines of a customer's row -------------------------------------------------------------------------------

_TWO_LINE_ROWS = _page(
    "<p>Refunds issued by Utility Billing, spring quarter.</p><table>"
    "<tr><th>Surname</th><th>Given name</th><th>Utility Acct</th><th>Refund</th><th>Cause</th></tr>"
    "<tr><td>Marlowe</td><td>Ingrid</td><td>31-48207-02</td><td>$88.14</td><td>Leak credit</td></tr>"
    "<tr><td colspan='2'></td><td>Remit to: 1187 Juniper Hollow Rd, Chino, CA 91710</td>"
    "<td colspan='2'>626-401-7719 / ingrid.marlowe@gmail.com</td></tr>"
    "<tr><td>Baptiste-Nwosu</td><td>Kelechi</td><td>27-90315-01</td><td>$41.60</td><td>Misread</td></tr>"
    "<tr><td colspan='2'></td><td>Remit to: 402 Sagebrush Ln Apt 3, Chino, CA 91710</td>"
    "<td colspan='2'>(909) 318-2264 / knwosu77@yahoo.com</td></tr>"
    "</table>")


def test_second_line_of_a_customers_row_gives_their_address_phone_and_mailbox():
    pairs = pairs_found(URL, _TWO_LINE_ROWS, "text/html")
    assert {"1187 Juniper Hollow Rd, Chino, CA 91710", "402 Sagebrush Ln Apt 3, Chino, CA 91710"} <= _values(pairs, "address")
    assert {"626-401-7719", "(909) 318-2264"} <= _values(pairs, "phone")
    assert {"ingrid.marlowe@gmail.com", "knwosu77@yahoo.com"} <= _values(pairs, "email")


def test_note_row_under_a_customers_row_gives_the_callback_number():
    body = _page(
        "<table><tr><th>Route</th><th>Customer</th><th>Service Address</th><th>Account</th><th>Balance</th></tr>"
        "<tr><td>R-4</td><td>Oyvind Castellano</td><td>7714 Larkspur Ct</td><td>700318845021</td><td>$412</td></tr>"
        "<tr><td></td><td colspan='4'>Note: no answer at the door; try 951.272.6408 evenings.</td></tr>"
        "<tr><td colspan='5'>&nbsp;</td></tr>"
        "<tr><td colspan='4'>Route R-4 subtotal</td><td>$412</td></tr></table>")
    assert "951.272.6408" in _values(pairs_found(URL, body, "text/html"), "phone")


def test_second_line_of_a_facility_row_or_the_citys_desk_is_no_customers():
    body = _page(
        "<table><tr><th>Facility</th><th>Service Acct</th><th>Annual kWh</th><th>Contact</th></tr>"
        "<tr><td>Westside Library</td><td>8-22-410-7781</td><td>241,880</td><td>Facilities</td></tr>"
        "<tr><td></td><td>Mail to: 100 Civic Center Plaza, Chino, CA 91710</td><td>(909) 334-3250 / facilities@examplecity.gov</td><td></td></tr>"
        "<tr><td>Marlowe</td><td>Ingrid</td><td>31-48207-02</td><td>$88.14</td></tr>"
        "<tr><td></td><td colspan='2'>Questions: Utility Billing, (909) 334-3200, billing@examplecity.gov</td><td></td></tr>"
        "</table>")
    pairs = pairs_found(URL, body, "text/html")
    assert not _values(pairs, "address") and not _values(pairs, "email")
    assert not ({"(909) 334-3250", "(909) 334-3200"} & _values(pairs, "phone"))


# --- a table nested in a customer's row ------------------------------------------------------------------------------

def test_usage_in_a_table_nested_in_a_customers_row():
    inner = "<table><tr><th>Month</th><th>kWh</th></tr><tr><td>Mar</td><td>{}</td></tr><tr><td>Apr</td><td>{}</td></tr></table>"
    body = _page(
        "<p>Utility review, internal.</p><table>"
        f"<tr><td><b>Rosalind Achebe</b><br>5520 Thornapple Way<br>Account # 7002 8814 5530</td><td>{inner.format('1208', '966')}</td></tr>"
        f"<tr><td><b>Dmitri Halvorsen</b><br>318 Mesquite Trl<br>Account # 7006 1142 0981</td><td>{inner.format('2,415', '1,877')}</td></tr>"
        "</table>")
    assert {"1208", "966", "2,415", "1,877"} <= _values(pairs_found(URL, body, "text/html"), "energy_usage")


def test_usage_nested_beside_a_zip_code_or_a_facility_is_aggregate():
    inner = "<table><tr><th>Month</th><th>kWh</th></tr><tr><td>Mar</td><td>9,482,117</td></tr><tr><td>Apr</td><td>8,906,551</td></tr></table>"
    inner2 = "<table><tr><th>Month</th><th>kWh</th></tr><tr><td>Mar</td><td>31,208</td></tr><tr><td>Apr</td><td>29,940</td></tr></table>"
    body = _page(
        f"<table><tr><td>ZIP 91710<br>6,214 accounts</td><td>{inner}</td></tr>"
        f"<tr><td><b>Westside Library</b><br>100 Civic Center Plaza<br>SCE acct 8-22-410-7781</td><td>{inner2}</td></tr></table>")
    assert not _values(pairs_found(URL, body, "text/html"), "energy_usage")


# --- inline cells of a flex container ---------------------------------------------------------------------------------

def test_flex_items_are_cells_not_one_run_of_text():
    body = _page(
        "<p>Medical baseline renewals due this month.</p>"
        "<div class='d-flex'><span>Tomasz Oyelowo</span><span>2291 Calle Alegre</span><span>SCE 7009 3381 0276</span>"
        "<span>(562) 774-3019</span><span>1,410 kWh/mo</span></div>")
    pairs = pairs_found(URL, body, "text/html")
    assert "2291 Calle Alegre" in _values(pairs, "address")
    assert "(562) 774-3019" in _values(pairs, "phone")
    assert not any("Alegre" in v and "SCE" in v for v in _values(pairs, "address") | _values(pairs, "customer_name"))


def test_flex_row_of_staff_contacts_is_public():
    body = _page(
        "<h3>Program staff</h3>"
        "<div style='display:flex'><span>Harriet Okonjo</span><span>Energy Programs Manager</span>"
        "<span>hokonjo@examplecity.gov</span><span>(909) 334-3271</span></div>")
    pairs = pairs_found(URL, body, "text/html")
    assert not pairs


# --- SSNs typed without their dashes in a headerless column of SSNs ---------------------------------------------------

def test_bare_ssn_in_a_headerless_column_of_ssns():
    body = _page(
        "<p>Approved households. Columns: household, address, phone, Social Security number.</p><table>"
        "<tr><td>Marisela Ochoa-Brandt</td><td>2218 Ridgecrest Ave</td><td>(626) 448-1920</td><td>233 58 9016</td></tr>"
        "<tr><td>Anders Kowalczyk</td><td>915 Wisteria Ln</td><td>(909) 617-2283</td><td>518204477</td></tr>"
        "<tr><td>Yuki Tanabe-Ross</td><td>77 Palo Verde Ct</td><td>(951) 310-7745</td><td>402-71-3398</td></tr></table>")
    assert "518204477" in _values(pairs_found(URL, body, "text/html"), "ssn")


def test_bare_numbers_beside_ledger_codes_or_under_a_header_are_no_ssns():
    body = _page(
        "<table><tr><td>571-69-5210</td><td>570-4910-52100</td><td>Purchased power</td><td>$1,200,000</td></tr>"
        "<tr><td>571695230</td><td>570-4910-52300</td><td>Resource adequacy</td><td>$400,000</td></tr></table>"
        "<table><tr><th>Vendor</th><th>Invoice</th></tr><tr><td>Brightline Meter LLC</td><td>524-18-2207</td></tr>"
        "<tr><td>Brightline Meter LLC</td><td>524182208</td></tr></table>")
    assert not _values(pairs_found(URL, body, "text/html"), "ssn")


# --- a utility's account by its brand on a customer's card, with its consumption ---------------------------------------

def test_gas_account_with_its_therms_on_a_customers_card():
    body = _page(
        "<p>Weatherization enrollees this spring.</p>"
        "<div class='card'><h4>Leilani Abernathy-Cruz</h4><p>6120 Marigold Pl</p><p>leilani.ac@icloud.com · 626 913 4480</p>"
        "<p>SoCalGas 0418 229 310 7 · 88 therms in January</p></div>"
        "<div class='card'><h4>Bartholomew Nguema</h4><p>31 Juniper Ct</p><p>bnguema61@yahoo.com · 909 771 2045</p>"
        "<p>SoCalGas 55310472961 · 102 therms in January</p></div>")
    assert {"0418 229 310 7", "55310472961"} <= _values(pairs_found(URL, body, "text/html"), "account_number")


def test_gas_account_on_a_facility_card_or_beside_a_city_mailbox_is_no_customers():
    body = _page(
        "<div class='card'><h4>Westside Library</h4><p>100 Civic Center Plaza</p><p>library@examplecity.gov</p>"
        "<p>SoCalGas 0418 229 310 7 · 4,120 therms last winter</p></div>"
        "<div class='card'><h4>Fleet Maintenance</h4><p>1800 Industrial Park Rd</p>"
        "<p>SoCalGas 2024 total · 61,200 therms</p></div>")
    assert not _values(pairs_found(URL, body, "text/html"), "account_number")
