"""neg75 red team: a letter template's signer, whom the letter titles as staff, is no customer.

A Green Rate welcome letter's merge fields keep "Customer Name: John Sample", "Service Address: 123 Main St" and
"Signer Name: Irene Ibarra" (Word SET fields, read since round 74), and the letter closes "Questions? Contact Irene
Ibarra, Energy Programs Coordinator, (909) ...": the signer is the staff member the document titles, under a label
that does not say customer (label_blocks). A customer's own name under a customer label, or a record's "Name:",
stays a customer's even if the same name is titled elsewhere.
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, pairs_found, values_of

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
URL = "https://www.cityofexample.org/docs/green-rate-letter.docx"
CLOSING = "Questions? Contact Irene Ibarra, Energy Programs Coordinator, (909) 710-2813."


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    return pairs_found(URL, docx_paragraphs(*paragraphs), DOCX)


def test_a_templates_signer_titled_as_staff_is_no_customer():
    assert not _found("Customer Name: John Sample", "Service Address: 123 Main St, Anytown, CA 90000",
                      "Account Number: 1-234-567-8901", "Signer Name: Irene Ibarra", "Dear Customer,",
                      "Thank you for enrolling in the Green Rate.", CLOSING)


def test_a_real_customers_letter_keeps_the_customer_and_not_the_signer():
    found = _found("Customer Name: Maria Okafor", "Service Address: 1234 Elm St", "Account Number: 3-456-1333-49",
                   "Signer Name: Irene Ibarra", CLOSING)
    assert values_of(found, "customer_name") == {"Maria Okafor"}
    assert "3-456-1333-49" in values_of(found, "account_number")


def test_a_customer_label_keeps_its_name_though_titled_elsewhere():
    found = _found("Customer Name: Irene Ibarra", "Service Address: 1234 Elm St", "Account Number: 3-456-1333-49",
                   "Irene Ibarra, Energy Programs Coordinator")
    assert values_of(found, "customer_name") == {"Irene Ibarra"}
