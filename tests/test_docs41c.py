"""Red team docs41 (seed 33) leftovers: a list of customers' names and accounts under a heading that names customers'
accounts ("Accounts referred to collections (>120 days)" over "Jose D. Espinoza" / "CHCP-566057  $847.24"), in a
budget book's text, a web page and a workbook; and a customer table's usage a day ("Baseline kWh/day", "kWh per day").

Hard negatives: a budget's "Accounts payable" and "Chart of accounts", an "Accounts receivable summary" of totals,
invoice numbers under a past-due heading, the City's own facility accounts, a staff contact under a collections
heading, a bank's closed accounts, a climate zone's baseline allowance a day, a staff roster's figure a day.
"""
from detector_helpers import docx_table, pairs_found, values_of, workbook

from detectors.context.headers import columns, header_kind

URL = "https://www.callowayhills.gov/documents/budget/fy2024-25-budget.txt"


def _text(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(URL, "\n".join(lines) + "\n", "text/plain")


COLLECTIONS = ("CHCP Reserve and Collections Detail",
               "Accounts referred to collections (>120 days)",
               "Thanh Montoya",
               "6-37-224-2172 $1996.10",
               "Jose D. Espinoza",
               "CHCP-566057  $847.24",
               "Linh Aguilar",
               "7156 3413 57 $2016.80",
               "The collections reserve covers uncollectible balances. Staff refers accounts after 120 days.")


def test_name_then_number_lines_under_a_collections_heading():
    found = _text(*COLLECTIONS)
    assert values_of(found, "account_number") == {"6-37-224-2172", "CHCP-566057", "7156 3413 57"}
    assert values_of(found, "customer_name") == {"Thanh Montoya", "Jose D. Espinoza", "Linh Aguilar"}


def test_name_and_number_on_one_line_under_other_headings():
    found = _text("Delinquent accounts - payment plan defaults",
                  "1. Rosa Villanueva      4418 2291 07     $612.40",
                  "2. Omar Haddad          PCE-20481357     $1,204.11",
                  "Budget impact is covered by the reserve.")
    assert values_of(found, "account_number") == {"4418 2291 07", "PCE-20481357"}
    assert values_of(found, "customer_name") == {"Rosa Villanueva", "Omar Haddad"}
    found = _text("Medical baseline accounts closed in FY 2023-24",
                  "Ana Ruiz", "448120337", "Jian Kealoha", "552 019 884")
    assert values_of(found, "account_number") == {"448120337", "552 019 884"}
    assert values_of(found, "customer_name") == {"Ana Ruiz", "Jian Kealoha"}


def test_spanish_heading():
    found = _text("Cuentas vencidas (más de 90 días)",
                  "María Elena Quispe", "CHCP-772301  $455.10",
                  "Roberto Cruz-Medina", "CHCP-772388  $1,020.00")
    assert values_of(found, "account_number") == {"CHCP-772301", "CHCP-772388"}
    assert values_of(found, "customer_name") == {"María Elena Quispe", "Roberto Cruz-Medina"}


def test_html_list_and_table_under_a_heading():
    page = """<html><body><h2>Past-due accounts (over 90 days)</h2>
<p>Staff refer these accounts to the collections agency after 120 days.</p>
<table><tr><th>Customer</th><th></th><th>Balance</th></tr>
<tr><td>Thanh Montoya</td><td>6-37-224-2172</td><td>$1,996.10</td></tr>
<tr><td>Jose D. Espinoza</td><td>CHCP-566057</td><td>$847.24</td></tr></table>
<h2>Accounts written off</h2>
<ul><li>Rafael Espinoza<br>7156 3413 58 &nbsp; $2,820.72</li><li>Malia Zhang<br>CHCP-566058 $1,362.55</li></ul>
</body></html>"""
    found = pairs_found("https://www.callowayhills.gov/finance/collections.html", page, "text/html")
    assert values_of(found, "account_number") == {"6-37-224-2172", "CHCP-566057", "7156 3413 58", "CHCP-566058"}
    assert values_of(found, "customer_name") == {"Thanh Montoya", "Jose D. Espinoza", "Rafael Espinoza", "Malia Zhang"}


def test_sheet_titled_past_due_accounts_with_an_unlabelled_number_column():
    body = workbook({"Summary": [["Total past due", 12345.67]],
                     "Past-due accounts": [["Name", None, "Amount"], ["Thanh Montoya", "6-37-224-2172", 1996.10],
                                           ["Linh Aguilar", "7156 3413 57", 2016.8]]})
    found = pairs_found("https://www.callowayhills.gov/data/arrears.xlsx", body)
    assert values_of(found, "account_number") == {"6-37-224-2172", "7156 3413 57"}
    assert values_of(found, "customer_name") == {"Thanh Montoya", "Linh Aguilar"}


def test_word_table_under_a_heading():
    body = docx_table([("Name", "", "Balance"), ("Thanh Montoya", "6-37-224-2172", "$1,996.10"),
                       ("Linh Aguilar", "7156 3413 57", "$2,016.80")],
                      "Staff refer accounts after 120 days.", heading="Accounts referred to collections")
    found = pairs_found("https://www.callowayhills.gov/docs/collections.docx", body)
    assert values_of(found, "account_number") == {"6-37-224-2172", "7156 3413 57"}
    assert values_of(found, "customer_name") == {"Thanh Montoya", "Linh Aguilar"}


def test_city_books_under_account_headings_are_no_customers():
    found = _text("Accounts payable - past due invoices",
                  "Maria Lopez", "101-4310-5210  $12,000.00",
                  "Robert Chen", "4418229  $880.00")
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")
    found = _text("Chart of accounts", "Salaries and wages", "101-4310-5110", "Overtime", "101-4310-5120")
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")
    found = _text("Accounts receivable summary", "Residential    $1,234,567", "Commercial    $884,210",
                  "Total    $2,118,777")
    assert not found


def test_invoices_phones_and_staff_under_a_past_due_heading_are_no_accounts():
    found = _text("Past-due accounts",
                  "Maria Lopez    INV-2024-00123    $4,500.00",
                  "Robert Chen    INV-2024-00187    $880.00")
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")
    found = _text("Questions about delinquent accounts",
                  "Maria Lopez, Collections Supervisor",
                  "909-620-2341",
                  "Robert Chen, Revenue Manager",
                  "909-620-2342")
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")


def test_city_facility_and_bank_accounts_are_no_customers():
    found = _text("City facility accounts past due",
                  "City Hall", "7156 3413 57  $2,016.80",
                  "Palomares Park Restroom", "7156 3413 58  $120.00")
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")
    found = _text("Closed bank accounts", "Wells Fargo Operating", "4418229107", "Chase Payroll", "5512098817")
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")
    body = workbook({"City facility accounts": [["Facility", None, "Past due"],
                                                ["Civic Center", "7156 3413 57", 2016.8],
                                                ["Ganesha Park Pool", "7156 3413 58", 120.0]]})
    found = pairs_found("https://www.callowayhills.gov/data/facilities.xlsx", body)
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")


def test_a_payable_sheet_of_vendors_is_no_customer_list():
    body = workbook({"Accounts payable": [["Vendor", None, "Amount"], ["Maria Lopez", "4418229107", 1200.0],
                                          ["Robert Chen", "5512098817", 880.0]]})
    found = pairs_found("https://www.callowayhills.gov/data/ap.xlsx", body)
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")


def test_usage_a_day_in_a_customer_table():
    for header in ("Baseline kWh/day", "Baseline kWh per day", "Baseline usage (kWh/day)"):
        kinds = columns(("Last Name", "First Name", "Street", "Home Phone", header))[1]
        assert kinds[-1] == ("usage", False)
    for header in ("kWh/day", "kWh per day", "Avg daily kWh", "Daily avg kWh", "Daily usage", "kWh/day (avg)"):
        assert header_kind(header)[0] == "usage"
    found = pairs_found("https://www.callowayhills.gov/data/medical-baseline.csv",
                        "Last Name,First Name,Street,Apt,ZIP,Home Phone,Baseline kWh/day\n"
                        "Espinoza,Khanh,9412 N Linda Vista St,,91764,(626)343-6732,32\n"
                        "Vo,Kenji,15471 E Sycamore Glen Ct #37,,91784,(626)805-3989,39\n", "text/csv")
    assert values_of(found, "energy_usage") == {"32", "39"}


def test_a_tariffs_or_a_rosters_figure_a_day_is_no_usage():
    assert columns(("Climate zone", "Baseline kWh/day"))[0] == "no"
    assert columns(("Name", "Title", "Baseline kWh/day"))[0] == "listing"
    for header in ("Baseline allowance (kWh/day)", "Rate per kWh", "$/kWh", "Cost per day"):
        assert header_kind(header)[0] is None
    tariff = ("<html><body><h1>Medical baseline allowances</h1><table><tr><th>Climate zone</th>"
              "<th>Baseline kWh/day</th></tr><tr><td>Zone 9</td><td>16.5</td></tr>"
              "<tr><td>Zone 10</td><td>18.2</td></tr></table></body></html>")
    assert not values_of(pairs_found("https://www.callowayhills.gov/rates.html", tariff, "text/html"), "energy_usage")
