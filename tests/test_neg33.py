"""A vendor's invoice addressed to the City (posted with a warrant register): its "Customer No." is the City's
account in the vendor's books, not a utility customer's (neg33). A bill addressed to a person stays reported."""
from detector_helpers import lines_pdf, pairs_found, values_of


def _accounts(url: str, body) -> set[str]:
    return values_of(pairs_found(url, body), "account_number")


def test_invoice_billed_to_the_city_in_a_pdf_keeps_its_customer_number_silent():
    pdf = lines_pdf([
        "Tri-Valley Janitorial Supply, 880 W. Mission Blvd, Ontario CA. Invoice 55120",
        "Bill to: City of Pomona, Public Works Yard, 148 N. Huntington St, Pomona CA 91768.",
        "PO 2025-00417, Customer No. TV-30915, Terms Net 30.",
        "Item Qty Amount",
        "Floor cleaner, 5 gal 12 $540.00",
    ])
    assert _accounts("https://www.pomonaca.gov/finance/warrants/inv-55120.pdf", pdf) == set()


def test_invoice_sold_to_a_school_district_in_a_page_keeps_its_account_silent():
    page = ("<html><body><h1>Warrant register attachment</h1><p>Sold to: Pomona Unified School District, 800 S. Garey "
            "Ave. Account No. 0048813-7. Invoice 20931 for bleacher repairs, $12,400.</p></body></html>")
    assert _accounts("https://www.pomonaca.gov/finance/warrants/inv-20931.html", page) == set()


def test_a_bill_to_a_person_still_reports_the_account():
    page = ("<html><body><p>Bill to: Rosalind Achterberg, 2291 N. Towne Ave, Pomona CA 91767. PCE account no. "
            "3-118-204-5577, amount due $212.40 for 1,180 kWh.</p></body></html>")
    assert "3-118-204-5577" in _accounts("https://www.pomonaca.gov/pce/billing/late.html", page)


def test_a_customer_number_without_a_bill_to_the_city_still_reports():
    pdf = lines_pdf([
        "Refuse service start - City of Pomona Utility Services",
        "Customer: Teodoro Vasquez-Iwu, 1517 W. Holt Ave, Pomona CA 91768, (909) 555-0172",
        "Customer No. RF-448120, start date 07/01/2025.",
    ])
    assert "RF-448120" in _accounts("https://www.pomonaca.gov/utilities/refuse-starts.pdf", pdf)


# neg34: a warrant register names the City's facility the account serves, in brackets after it or as "City facilities"

def test_a_registers_account_for_a_city_facility_in_brackets_is_the_citys():
    page = ("<html><body><p>Check 41207, Southern California Edison, $3,912.44. Electric service for City facilities, "
            "SCE service account 3-402-118-7730 (Civic Center).</p><p>Check 41208, Southern California Edison, $611.10. "
            "SCE service account 3-402-118-7731 (Phillips Ranch Park restroom).</p></body></html>")
    assert _accounts("https://www.pomonaca.gov/finance/warrants/2025-07.html", page) == set()


def test_a_registers_note_row_in_a_csv_is_the_citys():
    csv = ("Check No.,Date,Payee,Amount\n41207,07/01/2025,Southern California Edison,3912.44\n"
           "\"Electric service for City facilities, SCE service account 3-402-118-7730 (City Hall).\",,,\n")
    assert _accounts("https://www.pomonaca.gov/finance/warrants/2025-07.csv", csv) == set()


def test_a_residents_account_beside_a_bracket_stays_reported():
    page = ("<html><body><p>Deposit refund to Tavita Faleolo, 1190 N Towne Ave, SCE service account 3-402-118-7790 "
            "(tenant's home).</p><p>SCE account 3-402-118-7791 (Faleolo residence).</p></body></html>")
    assert _accounts("https://www.pomonaca.gov/finance/refunds.html", page) == {"3-402-118-7790", "3-402-118-7791"}


def test_a_training_scripts_made_up_number_is_no_phone():
    page = ("<html><body><h1>Contact center training: opt-out calls</h1><pre>CALLER: I got a letter about the opt-out. "
            "My account is 1-234-567-8901.\nAGENT: Thank you. Is (999) 999-9999 still the best number?</pre></body></html>")
    assert values_of(pairs_found("https://www.pomonaca.gov/pce/training/script-2.html", page), "phone") == set()
