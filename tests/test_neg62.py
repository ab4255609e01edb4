"""neg62: what a city's police, fire, parks, library and HR pages publish on purpose that read as a utility customer's
record, each beside the nearest true case that must stay a finding.

- a book's ISBN-10 (a Spanish publisher's begins with 84) and a county jail's booking number are ten digits from 6 to
  9: under their own label they are no SCE service account, and the authors, staff and arrestees in their rows no
  customers;
- a City permit's or licence's billing account of a business ("Fire Permit Acct #", a "Billing Account" column beside
  a "Permit Type" column in rows naming no person) is no utility account;
- a state office's toll-free line written as ten bare digits after whom to ask ("Retirement questions: CalPERS
  8882257377") or before a relay's word ("8007352929 (TTY)") is a line to call;
- a stand-in of a worked example ("Robin Example" by the surname, a Green Button file of a "fictitious customer")
  holds no findings;
- an instructor's cell in a class table's "Instructor Cell" column is the role's line, as the mailbox is.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.riverbendca.gov/library/page.html"


def _page(body: str) -> str:
    return f"<html><head><title>Page</title></head><body><main>{body}</main></body></html>"


def _found(body: str, url: str = URL) -> set[tuple[str, str]]:
    return pairs_found(url, _page(body), "text/html")


# --- ISBN-10s and booking numbers ------------------------------------------------------------------------------

def test_isbn_of_a_spanish_title_is_no_account_and_its_author_no_customer():
    found = _found("<h2>Novedades</h2><table><tr><th>Título</th><th>Autor</th><th>ISBN</th><th>Recomendado por</th></tr>"
                   "<tr><td>El olvido que seremos</td><td>Héctor Abad Faciolince</td><td>8420431850</td>"
                   "<td>Consuelo Marín, Bibliotecaria</td></tr>"
                   "<tr><td>Los girasoles ciegos</td><td>Alberto Méndez</td><td>8433968637</td><td>Tobias Lindgren</td></tr></table>")
    assert found == set()


def test_isbn_in_a_staff_pick_sentence():
    found = _found("<p>October's pick is <i>La ridícula idea de no volver a verte</i> by Rosa Montero (ISBN 8432215325), "
                   "chosen by Branch Manager Ilse Kovacs.</p>")
    assert found == set()


def test_an_account_of_the_same_digits_in_a_customers_sentence_stays():
    found = _found("<p>Ilse Kovacs called about her SCE account 8432215325; the bill for 4410 Sandpiper Ct doubled.</p>")
    assert "8432215325" in values_of(found, "account_number")


def test_county_booking_numbers_are_no_accounts_nor_arrestees_customers():
    found = _found("<table><tr><th>Booking #</th><th>Arrestee</th><th>Age</th><th>Charge</th></tr>"
                   "<tr><td>8710442316</td><td>DORIAN VELASCO</td><td>31</td><td>PC 459 Burglary</td></tr>"
                   "<tr><td>7229015584</td><td>MARGIT HALVORSEN</td><td>45</td><td>VC 23152(a) DUI</td></tr></table>",
                   "https://www.riverbendca.gov/police/bookings.html")
    assert found == set()


def test_customer_rows_of_the_same_shape_stay():
    found = _found("<table><tr><th>Account</th><th>Customer</th><th>Service Address</th></tr>"
                   "<tr><td>8710442316</td><td>Dorian Velasco</td><td>2217 Larchmont Ave</td></tr></table>",
                   "https://www.riverbendca.gov/energy/list.html")
    assert "8710442316" in values_of(found, "account_number")


# --- a City permit's billing account ---------------------------------------------------------------------------

def test_fire_permit_billing_accounts_of_businesses():
    found = _found("<table><tr><th>Business</th><th>Address</th><th>Billing Account</th><th>Permit Type</th><th>Fee</th></tr>"
                   "<tr><td>Riverside Bowl</td><td>300 Canal St</td><td>0051187</td><td>Assembly</td><td>$410</td></tr>"
                   "<tr><td>Delta Auto Paint</td><td>18 Levee Rd</td><td>448-2019</td><td>Spray booth</td><td>$265</td></tr>"
                   "</table>", "https://www.riverbendca.gov/fire/permits.html")
    assert values_of(found, "account_number") == set()


def test_alarm_permit_account_label():
    found = _found("<p>Invoices for false alarms: Alarm Permit Account No. 60-44187, Lakeview Pharmacy, 912 Harbor Blvd.</p>",
                   "https://www.riverbendca.gov/police/alarms.html")
    assert values_of(found, "account_number") == set()


def test_a_billing_account_column_of_the_programs_business_customers_stays():
    found = _found("<h2>Business customers to contact about the rate change</h2><table><tr><th>Business</th><th>Service Address</th>"
                   "<th>Billing Account</th><th>Rate</th></tr><tr><td>Riverside Bowl</td><td>300 Canal St</td>"
                   "<td>0051187220</td><td>TOU-GS-2</td></tr></table>", "https://www.riverbendca.gov/energy/business.html")
    assert "0051187220" in values_of(found, "account_number")


# --- toll-free lines as bare digits ----------------------------------------------------------------------------

def test_state_lines_written_as_bare_digits():
    for text in ("Retirement questions: CalPERS 8882257377.", "Questions? EDD 8003005616",
                 "Deaf or hard of hearing: 8007352929 (TTY).", "California Relay 8007352922"):
        assert values_of(_found(f"<p>{text}</p>", "https://www.riverbendca.gov/hr/job.html"), "account_number") == set(), text


def test_a_toll_free_shaped_account_about_a_bill_stays():
    found = _found("<p>Questions about account 8003005616 went to Reyna Ocampo, whose bill for 1180 Ash St was estimated.</p>",
                   "https://www.riverbendca.gov/energy/notes.html")
    assert "8003005616" in values_of(found, "account_number")


# --- stand-ins of worked examples ------------------------------------------------------------------------------

def test_a_worked_example_with_a_run_for_the_account():
    found = _found("<p>In this example, Robin Example of 55 Pinecone Rd (service account 3-123-4567-89) used 430 kWh in May.</p>",
                   "https://www.riverbendca.gov/energy/bill.html")
    assert found == set()


def test_green_button_sample_file_of_a_fictitious_customer():
    body = ("Green Button sample data (fictitious customer)\nCustomer: Dana Sample\nAddress: 12 Birch Ct\n"
            "2025-06-01,14.2\n2025-06-02,15.9\n")
    assert pairs_found("https://www.riverbendca.gov/energy/gb-sample.txt", body) == set()


def test_a_real_looking_customer_on_a_sample_bill_stays():
    found = _found("<h2>Sample bill</h2><dl><dt>Customer</dt><dd>Rosa Villanueva</dd><dt>Service address</dt>"
                   "<dd>4417 Pine Ridge Rd</dd><dt>Service account</dt><dd>3-417-2290-58</dd></dl>",
                   "https://www.riverbendca.gov/energy/bill.html")
    assert "3-417-2290-58" in values_of(found, "account_number")
    assert "Rosa Villanueva" in values_of(found, "customer_name")


# --- an instructor's cell ---------------------------------------------------------------------------------------

def test_instructor_cell_column_of_a_class_table():
    found = _found("<table><tr><th>Class</th><th>Activity #</th><th>Instructor</th><th>Instructor Cell</th></tr>"
                   "<tr><td>Watercolor II</td><td>814402</td><td>Lourdes Abernethy</td><td>(707) 481-2290</td></tr></table>",
                   "https://www.riverbendca.gov/parks/classes.html")
    assert values_of(found, "phone") == set()


def test_customer_cell_column_stays():
    found = _found("<table><tr><th>Customer</th><th>Customer Cell</th><th>SCE Service Acct</th></tr>"
                   "<tr><td>Lourdes Abernethy</td><td>(707) 481-2290</td><td>3-441-9820-17</td></tr></table>",
                   "https://www.riverbendca.gov/parks/help.html")
    assert "(707) 481-2290" in values_of(found, "phone")


# --- an SSN in an HR roster's ID column (recall) ----------------------------------------------------------------

def test_ssn_in_an_employee_id_column_beside_a_rare_given_name():
    from tests.detector_helpers import xlsx
    rows = [["Employee", "Emp ID", "Title", "Hire Date"], ["Wendeline Hofstra", "E40517", "Park Ranger", "3/2/2019"],
            ["Ottoline Szabados", "548-31-7726", "Librarian I", "8/19/2016"], ["Marcus Bell", "E40622", "Lifeguard", "6/1/2023"]]
    found = pairs_found("https://www.riverbendca.gov/hr/roster.xlsx", xlsx(rows))
    assert ("ssn", "548-31-7726") in found


def test_ssn_shaped_report_ids_of_programs_stay_no_ssn():
    from tests.detector_helpers import xlsx
    rows = [["Report ID", "Program", "Members", "Sessions"], ["548-31-7726", "Youth Soccer", "48", "12"],
            ["548-31-7731", "Senior Fitness", "Open to all members", "24"]]
    found = pairs_found("https://www.riverbendca.gov/parks/stats.xlsx", xlsx(rows))
    assert values_of(found, "ssn") == set()


# --- a form's next field on a name's line ------------------------------------------------------------------------

def _form(*paragraphs: str) -> bytes:
    import io

    import docx
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_name_value_ends_before_the_forms_next_label():
    found = pairs_found("https://www.riverbendca.gov/hr/form.docx", _form(
        "Employee name: Wendeline Hofstra", "Social Security No.: 548-31-7726",
        "Primary beneficiary: Marcus Bell  Relationship: Spouse"))
    assert ("ssn", "548-31-7726") in found
    assert not any("Relationship" in value for _, value in found)


def test_the_second_account_of_a_list_of_examples():
    found = _found("<p>It is printed on page 1, for example: Customer Account 2-12-345-6789, Service Account 3-417-2290-58.</p>",
                   "https://www.riverbendca.gov/energy/faq.html")
    assert values_of(found, "account_number") == set()


def test_a_customers_second_account_after_an_example_stays():
    found = _found("<p>The format is e.g. 2-12-345-6789. Rosa Villanueva called about account 2-41-873-2291, "
                   "Service Account 3-417-2290-58.</p>", "https://www.riverbendca.gov/energy/notes.html")
    assert "3-417-2290-58" in values_of(found, "account_number")
