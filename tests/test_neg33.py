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
