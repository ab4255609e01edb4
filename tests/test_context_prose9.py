"""Red team 9's causes in running text (``detectors.context.prose``, ``persons``, ``cues``), end to end through the
extractor and every registry detector: whose name stands beside an address, a phone or an identifier.

Hard negatives are a city site's text: a customer-service desk's staff on a rate page, a "Pay My Bill" page's
payment places, a bid tabulation's title and its vendors' cities, a firm of partners, street names of a callback
list's addresses.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def html(body: str) -> dict[str, list[str]]:
    return found("page.html", f"<html><head><title>Page - City of Larkfield</title></head><body><main>{body}"
                              "</main></body></html>")


# -- a street's name, a city, a title are no one's name (cause 4) ---------------------------------------------------

def test_a_street_name_after_a_dash_separated_house_number_is_no_name():
    """A callback list's fields apart by " - ": the words after the house number are the street's, though the
    street type ("Fort", "Prairie", "Coves") is a rare one."""
    names = found("callbacks.txt", "Callback list - high bill complaints\n\n"
                  "Dolores Whitfield - 4127 Jennings Fort Apt 9 - 760.555.0144 - acct 61-204418-07 - says bill too "
                  "high\nOmar Castellanos - 288 Briar Prairie Unit B - 760.555.0190 - acct 61-207731-02\n"
                  ).get("customer_name")
    assert names == ["Dolores Whitfield", "Omar Castellanos"]


def test_an_account_in_groups_before_a_name_still_leaves_the_name():
    names = found("list.txt", "Shutoff holds\n7006 3999 8682 ROSALIND MERCER - 610 Olive Ct - 909-555-0166\n").get(
        "customer_name")
    assert names == ["ROSALIND MERCER"]


def test_a_bid_tabulation_title_and_its_vendors_cities_are_no_names():
    found_ = found("bids.txt", "LWP Bid Tabulation - RFP 27-031 Transformer Replacement\n"
                   "Ortega PLC | EIN 27-4418203 | 7781 Quarry Falls, Hendersonville, CA 92058 | Tel (316) 555-0175 | "
                   "Bid $388,100.00\n"
                   "Baxter, Hale and Hale | EIN 27-6610932 | 412 East Knolls, West Dorothy, CA 92101 | "
                   "Tel (316) 555-0111 | Bid $401,900.00\n")
    assert "customer_name" not in found_
    assert "7781 Quarry Falls" not in found_.get("address", [])  # a firm's office beside its EIN


def test_a_firm_awarded_a_contract_gives_no_address_beside_its_ein():
    assert html("<p>Recommendation: award contract No. LW-2027-118 to Baxter, Hale and Hale (EIN 81-4470213), "
                "2711 Juniper Greens, Westfield, CA 92101, in an amount not to exceed $96,000.00.</p>") == {}


def test_a_firm_named_after_its_partners_is_no_name_where_a_contract_is_awarded():
    for firm in ("Holloway, Lee and Zhou", "Pruitt, Lee and Nguyen"):
        assert found("packet.txt", f"Recommendation: award contract No. LW-2027-121 to {firm} (EIN 81-4470213), "
                     "2711 Juniper Greens, Westfield, CA 92101.\n") == {}, firm
    assert "customer_name" not in found("report.txt", "Staff recommends the contract be awarded to Aurelio Mendez "
                                                      "(EIN 81-4470213).\n")


def test_a_city_before_its_state_on_the_next_line_is_no_name():
    assert "customer_name" not in html("<p>Hardship refund, acct 61-204418-07: 137 Eric Knolls, West Dorothy,<br>"
                                       "CA 92101</p>")


def test_a_household_written_last_first_is_still_found():
    names = found("notes.txt", "Refund held: PRUITT, MARIA and Jose - acct 61-204418-07 - 909-555-0143\n").get(
        "customer_name")
    assert names == ["PRUITT, MARIA"]


def test_a_customer_written_last_first_is_still_found():
    names = found("notes.txt", "Refund held: LOZANO, MARIBEL - acct 61-204418-07 - 909-555-0143\n").get("customer_name")
    assert names == ["LOZANO, MARIBEL"]


# -- a customer-service desk's staff is no customer (cause 3) -------------------------------------------------------

def test_a_customer_service_supervisor_on_a_spanish_rate_page_is_staff():
    assert html("<p>Cargo fijo: $16.25 al mes. Energía: $0.1044 por kWh los primeros 800 kWh. Consumo promedio "
                "residencial: 1,090 kWh al mes. Supervisora de Servicio al Cliente: Marisol Quintero Vega, "
                "(951) 555-4120.</p>") == {}
    assert html("<p>Representante de Atención al Cliente: Tomás Arriaga Lugo, (951) 555-4121. Tarifa: $0.1044 por "
                "kWh los primeros 800 kWh.</p>") == {}
    assert html("<p>Supervisor of Customer Service: Marisol Quintero, (951) 555-4120. Rates: $0.1044 per kWh for the "
                "first 800 kWh.</p>") == {}


def test_a_spanish_customer_is_still_a_customer():
    assert html("<p>El cliente Marisol Quintero llamó al (951) 555-0187 sobre su factura.</p>") == {
        "customer_name": ["Marisol Quintero"], "phone": ["(951) 555-0187"]}


# -- "Pay My Bill" is a page's title, no one's bill (cause 3) -------------------------------------------------------

def test_a_pay_my_bill_page_lists_public_payment_places():
    assert html("<h1>Pay My Bill</h1><p>Pay online, by phone at (877) 555-0190 (automated, 24/7), or in person at "
                "200 N. Main St. Drop box at Harmon Brothers Market, 2210 S Street.</p>") == {}
    assert html("<p>View My Account</p><p>Payment kiosks: Dillard Hughes Pharmacy, 118 W Oak Ave, and City Hall, "
                "200 N. Main St.</p>") == {}


def test_a_resident_saying_my_bill_is_still_found_under_such_a_title():
    assert html("<h1>Pay My Bill</h1><p>Mrs. Oyelaran of 617 E Sycamore Blvd says my bill doubled in July.</p>") == {
        "customer_name": ["Mrs. Oyelaran"], "address": ["617 E Sycamore Blvd"]}


# -- a quote signed with the speaker's home (cause 1) ---------------------------------------------------------------

def test_a_quote_signed_with_the_speaker_s_home_is_a_resident_s_record():
    assert html("<article><h2>Feeder 31 restoration update</h2><p>Crews restored service to 1,240 customers.</p>"
                "<blockquote>&ldquo;My oxygen concentrator needs power &mdash; please keep us on the priority "
                "list.&rdquo; &mdash; Lorraine Okafor at 4418 Juniper Hollow Dr</blockquote></article>") == {
        "customer_name": ["Lorraine Okafor"], "address": ["4418 Juniper Hollow Dr"]}
    assert html("<p>&ldquo;The crew came back the same night,&rdquo; said Dwayne Pritchard of 2716 Alder Ave.</p>") == {
        "customer_name": ["Dwayne Pritchard"], "address": ["2716 Alder Ave."]}
    assert html("<div class='qa'><p>&ldquo;Why did my usage jump in January?&rdquo;<br><em>&mdash; Lorraine Okafor, "
                "4418 Juniper Hollow Dr</em></p></div>")["customer_name"] == ["Lorraine Okafor"]


def test_quotes_of_firms_officials_and_about_places_are_no_records():
    for body in (
            "<blockquote>&ldquo;Great service.&rdquo; &mdash; Rosie&#39;s Diner at 120 Orchard St</blockquote>",
            "<blockquote>&ldquo;Great service.&rdquo; &mdash; Lorraine Okafor of Okafor Tailoring at 120 Orchard "
            "St</blockquote>",
            "<blockquote>&ldquo;Great service.&rdquo; &mdash; Lorraine Okafor at 120 Orchard St, owner of the "
            "bakery</blockquote>",
            "<blockquote>&ldquo;We are proud of our crews.&rdquo; &mdash; Mayor Lorraine Okafor at 200 N. Main "
            "St</blockquote>",
            "<blockquote>&ldquo;Come see the new branch.&rdquo; &mdash; Lorraine Okafor, Library Director, 120 "
            "Orchard St</blockquote>",
            "<blockquote>&ldquo;The new library at 120 Orchard St is wonderful.&rdquo; &mdash; Lorraine Okafor"
            "</blockquote>",
            "<blockquote>&ldquo;Thank you to the crews.&rdquo; &mdash; Lorraine Okafor, Northside resident"
            "</blockquote>",
            "<blockquote>&ldquo;Join us Saturday.&rdquo; &mdash; Friends of the Library, 120 Orchard St</blockquote>",
            "<blockquote>&ldquo;Free tax help on Fridays.&rdquo; &mdash; Lorraine Okafor, 120 Orchard St, Suite 210"
            "</blockquote>"):
        assert html(body) == {}, body


# -- a private person named with their personal mailbox and phone (cause 2) -----------------------------------------

def test_a_name_with_a_personal_mailbox_and_a_phone_is_a_record():
    assert found("notes.txt", "Speaker note: confirm with Deandre Whitlock (dwhitlock71@yahoo.com, 951-555-0168) "
                 "before the site visit.\n") == {
        "customer_name": ["Deandre Whitlock"], "email": ["dwhitlock71@yahoo.com"], "phone": ["951-555-0168"]}


def test_an_accented_name_reads_as_a_person_s():
    assert found("notes.txt", "Speaker note: confirm with Martín Whitlock (mwhitlock71@yahoo.com, 951-555-0168) "
                 "before the site visit.\n").get("customer_name") == ["Martín Whitlock"]


def test_staff_and_vendor_contacts_with_their_work_mailboxes_are_no_records():
    assert found("notes.txt", "Speaker note: confirm with Deandre Whitlock (dwhitlock@larkfield.gov, 951-555-0168) "
                 "before the site visit.\n") == {}
    assert found("notes.txt", "Vendor contact: Jacob Lyle (jacob@lylebuilders.com, 316-555-0177).\n") == {}


# -- a refund the utility pays to a person ---------------------------------------------------------------------------

def test_a_refund_check_issued_to_a_person_at_their_home_is_a_customer_s():
    assert found("refunds.txt", "Refund check issued to Marguerite Olsen, mailed to 2274 Sabal Ave, Calder Springs, "
                 "TX 75962; returned by USPS.\n") == {
        "customer_name": ["Marguerite Olsen"], "address": ["2274 Sabal Ave, Calder Springs, TX 75962"]}


def test_refunds_to_many_customers_a_district_or_staff_name_no_customer():
    for text in ("Refund checks were mailed to 1,200 customers; the office at 200 N. Main St. answers questions.",
                 "Rebate check issued to Larkfield Unified School District, 1440 Orchard St.",
                 "Refund check issued to Marguerite Olsen, Finance Director, 200 N. Main St."):
        assert found("refunds.txt", text + "\n") == {}, text
