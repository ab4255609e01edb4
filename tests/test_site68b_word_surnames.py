"""site68b red team: customers whose surnames are words of places and labels however rare a surname (Plaza, Street,
Page) after given names that are words too, told by the sentence's role, the home they are "of", a customer matter's
label, a single card's service address and a surname-first export row; and the City's plazas, halls, churches,
streets, page navigation, mayor and staff beside them, which stay public."""
from __future__ import annotations

from tests.detector_helpers import pairs_found

PAGE = "https://www.cityofexample.org/utility/appeals.html"


def _html(*paragraphs: str, title: str = "Utility Appeals Board Minutes") -> str:
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")


def _card(rows: list[tuple[str, str]], title: str) -> str:
    body = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><table>{body}</table></body></html>"


def _found(pairs, kind: str) -> set[str]:
    return {value for k, value in pairs if k == kind}


# ------------------------------------------------------------------------------ a role makes a rare word surname
def test_customer_role_before_a_plaza_surname_makes_a_person():
    pairs = pairs_found(PAGE, _html("PCE customer Herminia Plaza reported 1,903 kWh on the July statement for "
                                    "account 4471-2093-55."), "text/html")
    assert "Herminia Plaza" in _found(pairs, "customer_name")


def test_customer_role_before_a_street_surname_makes_a_person():
    pairs = pairs_found(PAGE, _html("Customer Leocadia Street of 3317 Kestrel Ln used 1,244 kWh in August and asked "
                                    "for a payment plan."), "text/html")
    assert "Leocadia Street" in _found(pairs, "customer_name")
    assert "3317 Kestrel Ln" in _found(pairs, "address")


# ------------------------------------------------------------------------------ "of" a house number, then an account
def test_a_plaza_of_a_house_number_with_an_account_is_a_person_and_keeps_the_record():
    pairs = pairs_found(PAGE, _html("Gloria Plaza of 6620 Harrowgate Trail asked for a review of Acct # 5530-1184-27;"
                                    " her usage rose to 1,418 kWh after the meter exchange."), "text/html")
    assert "Gloria Plaza" in _found(pairs, "customer_name")
    assert "6620 Harrowgate Trail" in _found(pairs, "address")
    assert "1,418 kWh" in _found(pairs, "energy_usage")


def test_a_plaza_of_a_house_number_with_an_account_in_a_memo_is_a_person():
    pairs = pairs_found(PAGE, _html("MEMORANDUM", "TO: Utility Appeals Board<br>FROM: Imogen Achterberg, Customer "
                                    "Programs Supervisor", "Dolores Plaza of 418 E. Wrenfield Ct (Acct # 61-20938-44) "
                                    "asked the Board to waive a late fee; her usage was 1,177 kWh."), "text/html")
    assert "Dolores Plaza" in _found(pairs, "customer_name")
    assert "418 E. Wrenfield Ct" in _found(pairs, "address")


def test_a_plaza_or_hall_of_the_city_stays_public():
    pairs = pairs_found(PAGE, _html("The Board meets at Memorial Hall; the Civic Center Plaza of the City of Pomona "
                                    "hosts the farmers market. Account questions: (909) 620-2254.",
                                    "Residents of the Lincoln Park neighborhood asked about street trees."),
                        "text/html")
    assert not _found(pairs, "customer_name")


# ------------------------------------------------------------------------------ a customer matter's label
def test_a_matter_label_before_a_word_name_and_account_makes_a_person():
    html = _html("Crews restored power to the Phillips Ranch area.", title="Outage Update").replace(
        "</body>", "<span hidden>Escalation: Hope Park, account 7730-5521-08</span>"
                   "<span style=\"display:none\">Hold disconnect: Marcelina Plaza, Acct #40-22871-63</span></body>")
    pairs = pairs_found(PAGE, html, "text/html")
    assert {"Hope Park", "Marcelina Plaza"} <= _found(pairs, "customer_name")


def test_an_appeal_numbers_record_with_a_church_surname_is_a_person():
    pairs = pairs_found(PAGE, _html("Appeal 2024-31: Dolores Church, 2207 Marwood Way. Account 5830-1127-46. "
                                    "Callback (951) 555-0164."), "text/html")
    assert "Dolores Church" in _found(pairs, "customer_name")
    assert "(951) 555-0164" in _found(pairs, "phone")


def test_an_account_alone_after_a_park_stays_public_without_a_matter_label():
    pairs = pairs_found(PAGE, _html("Irrigation meters: Hope Park, acct 7710-3321-58; Victoria Park, acct "
                                    "7710-3321-59. Ticket 4411: Grace Park restroom lights out."), "text/html")
    assert not _found(pairs, "customer_name")


# ------------------------------------------------------------------------------ a single card's service address
def test_a_single_card_with_a_service_address_names_its_customer():
    pairs = pairs_found(PAGE, _card([("Name", "Hope Hall"), ("Account #", "3390-4471-82"),
                                     ("Service Address", "5512 Quillfeather St"), ("Phone", "(909) 555-0131")],
                                    "Payment Arrangement Case"), "text/html")
    assert "Hope Hall" in _found(pairs, "customer_name")
    assert "(909) 555-0131" in _found(pairs, "phone")


def test_a_single_label_block_with_a_service_address_names_its_customer():
    pairs = pairs_found(PAGE, _html("Name: Bill Plaza<br>Account #: 6604-1193-27<br>Service Address: 902 S. "
                                    "Tillman Blvd<br>Phone: (626) 555-0172", title="Payment Arrangement Case"),
                        "text/html")
    assert "Bill Plaza" in _found(pairs, "customer_name")


def test_a_facility_card_with_a_plain_address_stays_public():
    pairs = pairs_found(PAGE, _card([("Name", "Hope Hall"), ("Address", "600 W. Holt Ave"),
                                     ("Phone", "(909) 620-2345"), ("Account #", "3390-4471-82")],
                                    "Facility Details"), "text/html")
    assert not _found(pairs, "customer_name")


def test_a_facility_list_with_service_addresses_stays_public():
    html = ("<html><head><title>City Facility Accounts</title></head><body><table><tr><th>Name</th>"
            "<th>Service Address</th><th>Account</th></tr><tr><td>Memorial Hall</td><td>401 N. Garey Ave</td>"
            "<td>2345-6789-12</td></tr><tr><td>Civic Center Plaza</td><td>505 S. Garey Ave</td><td>2345-6789-13</td>"
            "</tr><tr><td>Ganesha Park</td><td>1575 N. White Ave</td><td>2345-6789-14</td></tr></table></body></html>")
    pairs = pairs_found(PAGE, html, "text/html")
    assert not _found(pairs, "customer_name")


# ------------------------------------------------------------------------------ surname-first export rows
def test_a_label_word_surname_first_in_capitals_is_a_person_with_its_row():
    csv = ("NAME,SERVICE ADDRESS,ACCOUNT NO,PHONE,KWH\n"
           "\"PAGE, CAROLE\",4410 E. MARWOOD DR,5530-2281-09,(909) 555-0148,\"1,206\"\n"
           "\"STREET, AMPARO\",77 W. QUILLFEATHER CT,5530-2281-10,(909) 555-0149,\"1,377\"\n")
    pairs = pairs_found("https://www.cityofexample.org/files/holds.csv", csv, "text/csv")
    names = _found(pairs, "customer_name")
    assert any("CAROLE" in n for n in names) and any("AMPARO" in n for n in names)
    assert "(909) 555-0148" in _found(pairs, "phone")


def test_street_sweeping_and_page_navigation_stay_public():
    html = ("<html><head><title>Street Sweeping</title></head><body><table><tr><th>Street</th><th>From</th>"
            "<th>To</th></tr><tr><td>Page Ave</td><td>Holt Ave</td><td>Mission Blvd</td></tr><tr><td>Hall Rd</td>"
            "<td>Towne Ave</td><td>Garey Ave</td></tr><tr><td>Church St</td><td>White Ave</td><td>Park Ave</td></tr>"
            "</table><p>Page 2 of 9</p><p>Mayor June Park called the meeting to order. Councilmember Will Banks "
            "asked about the Church of the Nazarene parking lot.</p></body></html>")
    pairs = pairs_found(PAGE, html, "text/html")
    assert not _found(pairs, "customer_name")


# ------------------------------------------------------------------------------ a hidden note's account holder
def _outage(note: str) -> str:
    return ("<html><head><title>Outage Update</title></head><body><p>Crews restored power to the Phillips Ranch "
            f"area at 6:40 p.m.</p>{note}<p>Cooling centers remain open at Ganesha Park.</p></body></html>")


def test_a_hidden_note_names_the_holder_right_before_the_account():
    pairs = pairs_found(PAGE, _outage("<span hidden>June Plaza - acct 40-77215-06 - 1,554 kWh last cycle</span>"),
                        "text/html")
    assert "June Plaza" in _found(pairs, "customer_name")
    assert "1,554 kWh" in _found(pairs, "energy_usage")
    pairs = pairs_found(PAGE, _outage("<!-- Leocadia Street, account 3001-6424-32 -->"), "text/html")
    assert "Leocadia Street" in _found(pairs, "customer_name")
    pairs = pairs_found(PAGE, _outage("<span hidden>Leopoldo Park - acct 2132-8031-92 - 1,550 kWh last cycle</span>"),
                        "text/html")
    assert "Leopoldo Park" in _found(pairs, "customer_name")
    assert "1,550 kWh" in _found(pairs, "energy_usage")


def test_a_hidden_list_of_park_meters_stays_public():
    for note in ("<div style=\"display:none\">Irrigation meters: Victoria Park, acct 7710-3321-58; Grace Park, acct "
                 "7710-3321-59</div>",
                 "<div hidden>Grace Park, acct 7710-3321-58; Rose Hall, acct 7710-3321-59</div>",
                 "<div hidden>Irrigation meter: Victoria Park, acct 7710-3321-58</div>"):
        assert not _found(pairs_found(PAGE, _outage(note), "text/html"), "customer_name"), note


# ------------------------------------------------------------------------------ surname first in a column of people
def test_surname_first_word_names_in_a_column_of_people_keep_their_rows():
    csv = ("NAME,SERVICE ADDRESS,ACCOUNT NO,PHONE,KWH\n"
           "\"OKAFOR, DENISE\",4410 E. MARWOOD DR,5530-2281-09,(909) 555-0148,\"1,206\"\n"
           "\"HALL, JUNE\",77 W. QUILLFEATHER CT,5530-2281-10,(909) 555-0149,\"1,377\"\n"
           "\"FORD, BILL\",12 W. QUILLFEATHER CT,5530-2281-11,(909) 555-0150,\"1,378\"\n")
    pairs = pairs_found("https://www.cityofexample.org/files/holds.csv", csv, "text/csv")
    assert {"HALL, JUNE", "FORD, BILL"} <= _found(pairs, "customer_name")
    assert {"77 W. QUILLFEATHER CT", "12 W. QUILLFEATHER CT"} <= _found(pairs, "address")
    assert {"1,377", "1,378"} <= _found(pairs, "energy_usage")


def test_surname_first_staff_and_facilities_stay_public():
    csv = ("NAME,TITLE,PHONE\n\"OKAFOR, DENISE\",Customer Service Representative,(909) 620-2201\n"
           "\"HALL, JUNE\",Billing Supervisor,(909) 620-2202\n\"FORD, BILL\",Meter Technician,(909) 620-2203\n")
    assert not _found(pairs_found("https://www.cityofexample.org/files/staff.csv", csv, "text/csv"), "customer_name")
    csv = ("FACILITY,SERVICE ADDRESS,ACCOUNT NO,KWH\nMEMORIAL HALL,401 N. GAREY AVE,5530-2281-09,\"41,206\"\n"
           "CIVIC CENTER PLAZA,505 S. GAREY AVE,5530-2281-10,\"88,377\"\n"
           "GANESHA PARK,1575 N. WHITE AVE,5530-2281-11,\"12,378\"\n")
    assert not _found(pairs_found("https://www.cityofexample.org/files/meters.csv", csv, "text/csv"), "customer_name")


# ------------------------------------------------------------------------------ month and label words
def test_a_month_given_name_before_a_place_surname_in_a_role_is_a_person():
    pairs = pairs_found(PAGE, _html("June Hall of 5174 S. Harrowgate Blvd (Acct # 90-11015-36) asked the Board to "
                                    "waive a late fee.", "Hold disconnect: Bill Plaza, account 4471-2093-56."),
                        "text/html")
    assert {"June Hall", "Bill Plaza"} <= _found(pairs, "customer_name")


def test_a_page_surname_after_a_clear_given_name_is_a_person():
    pairs = pairs_found(PAGE, _html("Odalys Page, acct 5530-7741-19, 2,145 kWh in the June cycle."), "text/html")
    assert "Odalys Page" in _found(pairs, "customer_name")


def test_month_events_and_page_words_stay_public():
    pairs = pairs_found(PAGE, _html("The June Park Concert Series starts at 6 pm at the Bill Plaza Pavilion; see the "
                                    "Home Page or the Contact Page, Page 2 of 9. Account questions: (909) 620-2254."),
                        "text/html")
    assert not _found(pairs, "customer_name")
