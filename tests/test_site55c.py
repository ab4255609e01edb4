"""Red team site55 (fix site55c): a staff title that holds the word "Customer" ("Utility Customer Ombudsman",
"Customer Representative") is staff, in a directory's row and beside the name that signs an office's report; a
form's example values (the stand-in "John Q. Public", a number written as two runs "123456-654321") are no one's.
Each with the true cases the same rules must keep."""
from __future__ import annotations

from detectors.context.tables import names_its_customer
from detectors.labels import stands_in, unissued
from tests.detector_helpers import pairs_found

URL = "https://www.city.gov/page.html"


def _page(body: str) -> str:
    return f"<html><head><title>City</title></head><body><main>{body}</main></body></html>"


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


STAFF = ("<table><tr><th>Name</th><th>Title</th><th>Phone</th><th>E-mail</th></tr>"
         + _row("Katrina Rosenthal", "Utility Customer Ombudsman", "(626) 855-4101", "krosenthal@vallecitogrove.gov")
         + _row("Wendell Ashby", "Customer Representative", "(626) 855-4102", "washby@vallecitogrove.gov")
         + _row("Lorna Whitfield", "Customer Ombudsperson", "(626) 855-4103", "lwhitfield@vallecitogrove.gov")
         + _row("Preston Oyelaran", "VCE Program Manager", "(626) 855-4112", "poyelaran@vallecitogrove.gov")
         + "</table>")


def test_a_staff_directory_row_with_customer_in_its_title_is_staff():
    assert pairs_found(URL, _page(STAFF)) == set()


def test_a_staff_title_with_customer_in_it_names_no_customer():
    for title in ("Utility Customer Ombudsman", "Customer Ombudsperson", "Customer Representative",
                  "Customer Ambassador"):
        assert not names_its_customer(title), title
    assert names_its_customer("Customer Ana Ruiz called about her bill")
    assert names_its_customer("Customer Orozco, Efraín: read estimated")


def test_a_customer_row_stays_a_customer_row():
    rows = ("<table><tr><th>Customer</th><th>Phone</th><th>Account</th></tr>"
            + _row("Dolores Vance", "(626) 555-7781", "4471-2290-13") + "</table>")
    found = pairs_found(URL, _page(rows))
    assert {("customer_name", "Dolores Vance"), ("phone", "(626) 555-7781"),
            ("account_number", "4471-2290-13")} <= found


REPORT = ("<p>Message from the Ombudsman. This is the fourth annual report of the Office of the Utility Customer "
          "Ombudsman. In calendar 2024 we opened 612 cases.</p>"
          "<p>\u2014 Katrina Rosenthal, Utility Customer Ombudsman</p>"
          "<h2>Selected case studies</h2><p>Case 24-049: The empty rental.</p>"
          "<p>Efra\u00edn Orozco contacted our office in February after her VCE charges for 1721 Wildrose Pl, Unit 3 "
          "tripled while the unit was vacant. The January bill showed 875 kWh. Account 59339-017 was re-billed and "
          "she received a credit of $412.18.</p>")


def test_the_ombudsman_signing_her_report_is_staff_her_case_is_a_customers():
    found = pairs_found(URL, _page(REPORT))
    assert ("customer_name", "Katrina Rosenthal") not in found
    assert {("customer_name", "Efra\u00edn Orozco"), ("address", "1721 Wildrose Pl, Unit 3"),
            ("account_number", "59339-017"), ("energy_usage", "875 kWh")} <= found


def test_a_customer_named_with_customer_in_an_apposition_stays_one():
    text = "<p>Ana Ruiz, a utility customer on Elm St, gave account 4471-2290-13 and 626-555-7781.</p>"
    assert ("customer_name", "Ana Ruiz") in pairs_found(URL, _page(text))


FORM = ("<h1>Third-Party Notification / Authorization Form</h1><p>Customer name: ______ Account number: ______</p>"
        "<p>Example: John Q. Public authorizes his daughter to discuss account 123456-654321.</p>"
        "<p>Return to Utility Billing, 7100 Vallecito Ave.</p>")


def test_a_forms_example_is_no_ones():
    assert pairs_found(URL, _page(FORM)) == set()
    assert pairs_found(URL, _page("<p>e.g. Jane Doe authorizes her son to discuss account 12349876.</p>")) == set()


def test_two_runs_are_unissued_other_numbers_are_not():
    assert unissued("123456654321") and unissued("12349876") and unissued("98761234")
    assert not unissued("4417238890") and not unissued("5512349876") and not unissued("123321")


def test_a_stand_in_name_is_no_ones_a_real_looking_one_is_kept():
    text = "John Q. Public authorizes his daughter. Ana Ruiz authorizes her son."
    assert stands_in(text, 0, len("John Q. Public"))
    assert not stands_in(text, text.index("Ana"), text.index("Ana") + len("Ana Ruiz"))
    real = "<p>Ana Ruiz authorizes her daughter to discuss account 448120-771963.</p>"
    assert {("customer_name", "Ana Ruiz"), ("account_number", "448120-771963")} <= pairs_found(URL, _page(real))


NEWSLETTER = ("<h1>District 2 Newsletter</h1><p>From the desk of Council Member Preston Sep\u00falveda</p>"
              "<p>Thank you to the Oh family on 2475 S. Hacienda Blvd for letting us feature their story: after a $600 "
              "shut-off notice on their water account they enrolled in the Neighbor-to-Neighbor fund.</p>"
              "<p>Last month my field deputy helped Siranush Mkrtchyan at 955 Orangewood St (tel. 323-949-0503) get a "
              "CARE discount applied retroactively.</p>")


def test_a_newsletters_household_on_its_street_and_one_helped_at_home_are_customers():
    found = pairs_found(URL, _page(NEWSLETTER))
    assert {("customer_name", "Oh family"), ("address", "2475 S. Hacienda Blvd"),
            ("customer_name", "Siranush Mkrtchyan"), ("address", "955 Orangewood St"),
            ("phone", "323-949-0503")} <= found
    assert ("customer_name", "Preston Sep\u00falveda") not in found


def test_volunteers_officials_and_events_on_a_street_are_no_customers():
    for text in ("<p>Volunteers like Ana Ruiz at 955 Orangewood St (tel. 323-949-0503) help neighbors get a CARE "
                 "discount.</p>",
                 "<p>Thank you to the Oh family on Glenbrook Drive for hosting our block party on 2475 S. Hacienda "
                 "Blvd.</p>",
                 "<p>Council Member Ana Ruiz on 2475 S. Hacienda Blvd: the City's shut-off notice rules protect every "
                 "water account.</p>",
                 "<p>Volunteers such as Siranush Mkrtchyan (tel. 323-949-0503) help neighbors apply for CARE.</p>"):
        assert pairs_found(URL, _page(text)) == set(), text


BOLETIN = ("<p>Don Abel Cisneros (calle 1848 S. Hacienda Blvd) recibi\u00f3 un aviso de corte del agua. Nuestra oficina "
           "lo comunic\u00f3 con Facturaci\u00f3n de Servicios; ahora tiene un plan de pagos en su cuenta n.\u00ba "
           "UB2332992. Su tel\u00e9fono para seguimiento: (323)615-6056.</p>")


def test_a_spanish_newsletters_account_after_n_o_and_its_holder_not_the_office():
    found = pairs_found(URL, _page(BOLETIN))
    assert {("customer_name", "Don Abel Cisneros"), ("address", "1848 S. Hacienda Blvd"),
            ("account_number", "UB2332992"), ("phone", "(323)615-6056")} <= found
    assert ("customer_name", "Facturaci\u00f3n de Servicios") not in found
    assert pairs_found(URL, _page("<p>Expediente n.\u00ba 2024-118 del Concejo, resoluci\u00f3n n.\u00ba 4471229."
                                  "</p>")) == set()


def test_a_name_with_a_particle_still_reads_as_a_name_an_office_does_not():
    from detectors.context.persons import names_in
    for text, expected in (("con Facturaci\u00f3n de Servicios; cuenta", []),
                           ("with Maria de Flores; acct", ["Maria de Flores"]),
                           ("with Luz de la Paz; acct", ["Luz de la Paz"])):
        assert [text[a:b] for a, b in names_in(text, anchored=True)] == expected


CASE = ("<h2>When the bill follows the tenant.</h2><p>After moving out of 2227 Azalea Ter, Vallecito Grove, CA 91745, "
        "Efra\u00edn Esquivel kept receiving refuse charges. The Utility Billing closing read was never entered. We "
        "confirmed the stop-service request she e-mailed from efrainesqu@hotmail.com and the account was closed back "
        "to the move-out date.</p>")


def test_an_ombudsman_case_opening_with_the_home_the_household_left():
    found = pairs_found(URL, _page(CASE))
    assert {("customer_name", "Efra\u00edn Esquivel"), ("address", "2227 Azalea Ter, Vallecito Grove, CA 91745"),
            ("email", "efrainesqu@hotmail.com")} <= found


def test_a_home_before_a_name_without_a_billing_story_is_no_record():
    for text in ("<p>After moving out of 2227 Azalea Ter, Vallecito Grove, CA 91745, Mayor Ana Ruiz kept receiving "
                 "campaign mail.</p>",
                 "<p>After moving out of 2227 Azalea Ter, Vallecito Grove, CA 91745, Ana Ruiz kept receiving letters "
                 "from friends.</p>",
                 "<p>After moving into 2227 Azalea Ter, Vallecito Grove, CA 91745, Ana Ruiz opened Ruiz Bakery, a shop "
                 "that kept receiving praise.</p>",
                 "<p>Send it to 2227 Azalea Ter, Vallecito Grove, CA 91745, Attn: Ana Ruiz, Utility Billing "
                 "Supervisor.</p>"):
        assert ("customer_name", "Ana Ruiz") not in pairs_found(URL, _page(text)), text


def _chat(account: str, name: str, address: str, last: str) -> str:
    return "\n".join(["--- Session 799914 (2024-07-19 16:51) ---",
                      "Vale: Hi! I'm Vale, the VCE virtual assistant. How can I help today?",
                      "User: payment arrangement",
                      "Vale: I can help with that. What is your account number?", f"User: {account}",
                      "Vale: Thanks. And the name on the account?", f"User: {name}",
                      "Vale: I found your account. Can you confirm the service address?", f"User: {address}",
                      "Vale: Your last bill showed 1,507 kWh, which is 126% higher than the same month last year.",
                      "", last, ""])


def test_a_chatbot_export_with_a_note_after_it_and_the_name_on_the_account():
    text = _chat("2674 7138 85", "Lyle Gaines", "3775 hollow oak rd",
                 "Note: Vale never asks for your Social Security number or full card number.")
    found = pairs_found("https://www.city.gov/help/chat.txt", text, "text/plain")
    assert {("account_number", "2674 7138 85"), ("customer_name", "Lyle Gaines"),
            ("address", "3775 hollow oak rd"), ("energy_usage", "1,507 kWh")} <= found


def test_a_chat_about_the_program_gives_no_customer():
    text = "\n".join(["Vale: Hi! I'm Vale. How can I help today?", "User: who runs the CARE program?",
                      "Vale: Our CARE coordinator is Ana Ruiz, (626) 855-4101.",
                      "User: thanks", "Note: the assistant never asks for your SSN.", ""])
    assert pairs_found("https://www.city.gov/help/chat.txt", text, "text/plain") == set()
