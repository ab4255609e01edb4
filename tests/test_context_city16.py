"""Red team city16's causes, end to end through every registry detector: a Texas city with an electric co-op. ESI IDs
(17 or 22 digits) in a PDF table's column and after a plain "ESI"; a co-op's "Member NAME, #NUMBER"; a co-op's service
location number ("38120455-014") after "location" or under a location's column; Farm-to-Market, Ranch-to-Market and
county roads ("4410 FM 2093", "8 CR 311") and French street names ("Bois d'Arc St") as street addresses; an address
that does not swallow the label and number after it ("Ln, ESI ID 1044...").

Hard negatives are a city site's text: council and board members, projects' and maps' locations, a long number in
a table of the City's, a road project.
"""
from __future__ import annotations

from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from detectors.registry import load_detectors
from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number", "taxpayer_id")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def pdf_lines(*lines: str) -> dict[str, list[str]]:
    """The findings in a PDF page whose lines are ``lines``, as the extractor gives a table's rows: one line each,
    its cells apart by tabs."""
    segments = [Segment(text, Location(page=1, line=n)) for n, text in enumerate(lines, start=1)]
    document = Document(url="https://www.example.gov/packet.pdf", content_type="application/pdf", segments=segments,
                        pages=1)
    result: dict[str, list[str]] = {}
    for f in scan_document(document, load_detectors({})):
        result.setdefault(f.category, []).append(f.value)
    return result


# -- ESI IDs (cause 1, 6) ---------------------------------------------------------------------------------------------

def test_an_esi_id_column_of_a_pdf_table_is_the_accounts():
    for header in ("ESI ID", "ESIID", "ESI", "Account No.", "Service ID"):
        result = pdf_lines("Weatherization participants", f"Member\t{header}\tService Address\tkWh",
                           "Lorena Quintanilla\t10443720012345678\t2207 Pecan Grove Ln\t1,884",
                           "Tomas Brezina\t1008901009876543210042\t415 Caddo Trl\t2,311")
        assert result.get("account_number") == ["10443720012345678", "1008901009876543210042"], header


def test_a_long_number_in_a_pdf_table_under_another_header_is_no_account():
    result = pdf_lines("Capital projects", "Project\tGrant ID\tAmount",
                       "Lift station 4\t10443720012345678\t$1,200,000")
    assert "account_number" not in result
    result = pdf_lines("Purchase orders", "Vendor\tPO Number\tAmount", "Acme Pipe Co\t10443720012345678\t$12,000")
    assert "account_number" not in result


def test_an_esi_id_standing_as_a_field_of_a_customers_record():
    result = found("note.html", "<p>copied from CIS: Ifeoma Chukwu / 10443720012345678 / (940) 555-3140</p>")
    assert result["account_number"] == ["10443720012345678"]


def test_an_esi_id_after_a_plain_esi_label_is_the_accounts():
    result = found("note.txt", "Medical priority: Marisol Quintero, 718 Huisache Dr, ESI 10443720098765432, "
                               "ph (940) 555-3140\n")
    assert result["account_number"] == ["10443720098765432"]
    assert result["address"] == ["718 Huisache Dr"]


def test_an_address_does_not_swallow_the_esi_id_label_after_it():
    result = found("note.txt", "Medical priority: Marisol Quintero, 718 Huisache Dr, ESI ID 10443720098765432, "
                               "ph (940) 555-3140\n")
    assert result["address"] == ["718 Huisache Dr"]
    assert result["account_number"] == ["10443720098765432"]
    # a real state and ZIP still belong to the address
    result = found("note.txt", "Customer Marisol Quintero, service address 718 Huisache Dr, Pecan Hill, TX 76401.\n")
    assert result["address"] == ["718 Huisache Dr, Pecan Hill, TX 76401"]


# -- a co-op's "Member NAME, #NUMBER" (cause 2) -----------------------------------------------------------------------

def test_a_coop_member_named_with_the_number_after_a_number_sign():
    result = found("summary.txt", "Member Rosalind Achterberg, #2290417, disputed 1,742 kWh billed in August.\n")
    assert result["account_number"] == ["2290417"]
    assert result["customer_name"] == ["Rosalind Achterberg"]
    assert result["energy_usage"] == ["1,742 kWh"]


def test_a_council_or_board_member_with_a_number_sign_is_no_coop_member():
    for body in ("Council Member Rosalind Achterberg, #2290417 on the dais.\n",
                 "Board member Nguyen Van Hai, #2024113 agenda item was tabled.\n",
                 "Staff member Carla Benavides, #4410233 badge issued.\n"):
        assert "account_number" not in found("minutes.txt", body), body


# -- a co-op's service location number (cause 3) ----------------------------------------------------------------------

def test_a_coop_location_number_after_location_or_loc():
    for text in ("RE: Final Notice - SPEC Location 38120455-014", "Crew note: Ifeoma Chukwu (location 38120455-014) "
                 "on oxygen, call first.", "Loc 38120455-014 reconnect"):
        assert found("note.txt", text + "\n").get("account_number") == ["38120455-014"], text


def test_a_coop_location_column_of_a_customers_table():
    result = found("transfers.html", "<table><tr><th>Customer</th><th>Co-op location</th></tr>"
                                     "<tr><td>Ifeoma Chukwu</td><td>38120455-014</td></tr></table>")
    assert result["account_number"] == ["38120455-014"]
    assert result["customer_name"] == ["Ifeoma Chukwu"]


def test_a_projects_or_maps_location_is_no_coop_location():
    for text in ("Project location 38120455-014 near the water plant.", "GIS location 38120455-014 of hydrant H-12.",
                 "Log location 20250114-002 recorded.", "Site location 38120455-014 for the new well."):
        assert "account_number" not in found("page.txt", text + "\n"), text


# -- Farm-to-Market roads and French street names (cause 4) -----------------------------------------------------------

def test_farm_and_ranch_to_market_and_county_roads_are_streets():
    for street in ("4410 FM 2093", "12200 RM 1431", "306 FM 1960 Rd", "8 CR 311"):
        result = found("leaks.html", f"<p>Approved - Marisol Quintero at {street} (acct 031-55812-04) had a leak "
                                     "repaired.</p>")
        assert result.get("address") == [street], street


def test_a_french_street_name_is_a_street():
    result = found("leaks.html", "<p>Approved - Ifeoma Chukwu at 1219 Bois d'Arc St (acct 031-55812-04) had a leak "
                                 "repaired.</p>")
    assert result["address"] == ["1219 Bois d'Arc St"]


def test_a_farm_to_market_row_of_a_tab_list_keeps_its_record():
    result = found("sample.txt", "Billing audit - sample of accounts tested\n\n"
                                 "031-55812-04\tMarisol Quintero\t4410 FM 2093\tbilled 911 kWh\tOK\n")
    assert result["account_number"] == ["031-55812-04"]
    assert result["customer_name"] == ["Marisol Quintero"]
    assert result["address"] == ["4410 FM 2093"]
    assert result["energy_usage"] == ["911 kWh"]


def test_a_road_project_on_a_farm_to_market_road_is_no_customers():
    result = found("projects.html", "<p>TxDOT will widen FM 2093 from 4410 FM 2093 to the county line in 2027. "
                                    "The public hearing is at 1219 Bois d'Arc St, City Hall annex.</p>")
    assert "address" not in result


# -- false findings: a hearing's property, a firm's aside, a 1099 list's vendors, an honoree ---------------------------

def test_a_hearings_property_with_its_appraisal_districts_id_is_no_customers():
    result = found("packet.html", "<p>Member Ifeoma Chukwu, #2290417, disputed 1,742 kWh billed in August.</p>"
                                  "<p>Public hearing to consider a zoning change for property located at 3300 E Caddo "
                                  "Ave (CAD Property ID R000771243).</p>")
    assert result["account_number"] == ["2290417"]
    assert "3300 E Caddo Ave" not in result.get("address", [])


def test_a_firms_ein_address_and_phone_in_an_aside_are_no_customers():
    result = found("mail.txt", "Ruben, Cross Timbers Waste Haulers (EIN 83-4410927, 7700 Industrial Blvd, "
                               "(940) 555-0177) confirmed the January bulk pickup.\n")
    assert result == {}


def test_a_persons_ein_in_an_aside_is_still_found():
    for name in ("Customer Tomas Brezina", "Customer Marisol Quintero"):
        result = found("note.txt", f"{name} (EIN 83-4410927, 718 Huisache Dr) disputed the deposit.\n")
        assert result["taxpayer_id"] == ["83-4410927"], name


def test_a_1099_vendor_lists_names_are_no_customers_but_their_eins_are_found():
    result = found("1099-vendors.csv", "vendor,ein,type\n\"Tomas Brezina dba Lawn Care\",81-3345671,Sole proprietor\n"
                                       "\"Ifeoma Chukwu\",82-4456782,Sole proprietor\n")
    assert result == {"taxpayer_id": ["81-3345671", "82-4456782"]}
    result = found("deposits.csv", "customer,ein,service address\nIfeoma Chukwu,82-4456782,718 Huisache Dr\n")
    assert result["customer_name"] == ["Ifeoma Chukwu"]


def test_a_payee_paid_against_their_utility_account_is_a_customer():
    """A rebate paid to a sole proprietor is paid against the business's electric account: the payee is a customer."""
    result = found("rebates.csv", "Payee,Taxpayer ID,Electric Account,Rebate\n"
                                  "Ifeoma Chukwu (sole proprietor),82-4456782,61-408372-19,$450\n"
                                  "Tomas Brezina (sole proprietor),81-3345671,61-408372-55,$600\n")
    assert sorted(result["customer_name"]) == ["Ifeoma Chukwu", "Tomas Brezina"]


def test_an_honoree_beside_a_glued_column_of_a_customers_usage_is_no_customer():
    result = pdf_lines("The Caddo Park pavilion will be renamed in honor of long-time volunteer Gus Oberholtzer."
                       "disputed 3,194 kWh billed in Sept.", "Member Ifeoma Chukwu, #2290417,",
                       "disputed 1,742 kWh billed in Sept.")
    assert "Gus Oberholtzer" not in result.get("customer_name", [])
    assert result["account_number"] == ["2290417"]
