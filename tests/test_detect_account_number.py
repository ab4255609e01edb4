import pytest

from detectors.account_number import AccountNumberDetector
from detectors.model import Location, Segment
from tests.detector_helpers import findings_for

FOUND = [
    # (running text or labelled segments, masked, normalized)
    ("Customer Account 2-23-456-7890", "*-**-***-7890", "2234567890"),
    ("Acct # 2-23-456-7890", "*-**-***-7890", "2234567890"),
    ("Service Account No. 3-012-3456-78", "*-***-**56-78", "3012345678"),
    ("Service Account Number: 8001026149", "******6149", "8001026149"),
    ("SA# 8001026149", "******6149", "8001026149"),
    ("SA No. 8001026149", "******6149", "8001026149"),
    ("Service Acct 8001026149", "******6149", "8001026149"),
    ("Customer No. 7001234567", "******4567", "7001234567"),
    ("Acct. No. 7001234567 (PCE rate PCE-Basic)", "******4567", "7001234567"),
    ("Account Number 2234567890", "******7890", "2234567890"),
    ("Please credit 2-23-456-7890 for the overcharge on the March bill.", "*-**-***-7890", "2234567890"),
    ("Opt-out list: Lopez, Maria, 3-012-3456-78, 1234 W Holt Ave", "*-***-**56-78", "3012345678"),
    ("SCE Customer Acct 2\u201323\u2013456\u20137890", "*\u2013**\u2013***\u20137890", "2234567890"),
    ("Número de cuenta de servicio: 8001026149", "******6149", "8001026149"),
    ("No. de cuenta 7001234567", "******4567", "7001234567"),
    ([("Service Account", "8001026149")], "******6149", "8001026149"),
    ([("SCE Customer Account #", "7001234567")], "******4567", "7001234567"),
    ([("Acct", "2-23-456-7890")], "*-**-***-7890", "2234567890"),
    ([("Customer No.", "7001234567")], "******4567", "7001234567"),
    ([("Work Order Notes", "Moved meter for 3-012-3456-78")], "*-***-**56-78", "3012345678"),
]

NOT_FOUND = [
    # the City's own budget (GL) accounts and vendor numbers: not an SCE form
    "Account 101-1234-56789 Electricity - City Hall $12,500",
    "Account No. 101-1234-56789",
    "Account No. 12345678",
    "Customer No. 4412345678",
    [("Account Number", "101-1234-56789")],
    [("Account", "2101234567")],  # a bare "Account" column is a budget table's
    # a label of another kind of number
    "PO# 8001026149",
    "Purchase Order 8001026149",
    "Invoice No. 2045678",
    "Case No. 2-23-456-7890",
    [("PO Number", "8001026149")],
    [("Service Account", "PO# 8001026149")],
    # Assessor parcel numbers
    "APN 8341-012-034",
    "8341-012-034",
    [("APN", "8341012034")],
    "Parcel No. 8341012034",
    # other public numbers of a city site
    "Resolution No. 2020-123",
    "Ordinance No. 4321",
    "Adopted 2020-12-15, effective 12/15/2020",
    "Pomona, CA 91766-1234",
    "Call (909) 620-2311 or SCE at 1-800-655-4555",
    # unlabelled ten-digit runs
    "8001026149",
    "Total: 7001234567",
    "Maria Lopez,1234 W Holt Ave,Pomona,91766,8001026149",
    # placeholders, examples and longer numbers
    "Deposit customer account 0-00-000-0000",
    "Acct # X-XX-XXX-7890",
    "Service Account Number (e.g. 8001234567) is on page 1 of your bill",
    "Account No. 2345678901",
    "12-23-456-7890",
    "2-23-456-78901",
    "82-23-456-7890",
    "Acct # 8001026149-2",
    "Acct 80010261490",
    # a page that presents a sample bill of a visibly made-up customer
    ["How to Read Your Bill", "JOHN SAMPLE, 1234 ANY STREET", "Customer account: 2-41-836-0172",
     "Service account: 3-047-2291-58"],
    ["Sample bill - the numbers below are an example.", "Customer account: 2-41-836-0172"],
    ["Sample bill", "Customer account: 2-00-000-0000"],
    ["Cómo leer su factura", "Juan Pérez, Calle Cualquiera 100", "Número de cuenta: 7001234567"],
]


@pytest.mark.parametrize("text, masked, normalized", FOUND)
def test_finds_account_number(text, masked, normalized):
    findings = findings_for(AccountNumberDetector, text)
    assert [(f.category, f.severity, f.masked, f.key) for f in findings] == [
        ("account_number", "high", masked, normalized)]
    finding = findings[0]
    assert finding.value not in finding.masked and finding.value not in finding.context
    assert normalized not in finding.context


@pytest.mark.parametrize("text", NOT_FOUND)
def test_hard_negatives(text):
    assert findings_for(AccountNumberDetector, text) == []


def test_sample_bill_is_one_pdf_page():
    pages = [Segment("Understanding your bill", Location(page=1)), Segment("Jane Doe", Location(page=1)),
             Segment("Acct 2-41-836-0172", Location(page=1)), Segment("Acct 2-23-456-7890", Location(page=2))]
    assert [f.key for f in findings_for(AccountNumberDetector, pages)] == ["2234567890"]
    ballot = ["Sample ballot", "Acct 2-23-456-7890"]
    assert len(findings_for(AccountNumberDetector, ballot)) == 1


def test_a_real_customers_bill_shown_as_the_sample_is_found():
    """Staff do post a real bill as the example: without a visible stand-in it is a customer's bill."""
    page = ["How to Read Your Bill", "Customer name: MARIA LOPEZ", "Customer account: 2-41-836-0172"]
    assert [f.key for f in findings_for(AccountNumberDetector, page)] == ["2418360172"]


def test_rows_of_a_customer_table():
    rows = [("Service Account", "8001026149"), ("Service Account", "8001026150"), ("Rate", "TOU-D-4-9PM")]
    findings = findings_for(AccountNumberDetector, rows)
    assert [f.key for f in findings] == ["8001026149", "8001026150"]
    assert [f.location.line for f in findings] == [1, 2]


@pytest.mark.parametrize("options, text, normalized", [
    ({"labels": ["Premise ID"]}, "Premise ID 8001026149", ["8001026149"]),
    ({"labels": ["Premise ID"], "replace_labels": True}, "Service Account No. 8001026149", []),
    ({"patterns": [r"PCE\d{8}"]}, "Customer No. PCE20481357", ["20481357"]),
    ({"patterns": [r"PCE\d{8}"]}, "PCE20481357", []),
    ({"unlabelled_patterns": [r"4-\d{2}-\d{3}-\d{4}"]}, "Refund for 4-23-456-7890", ["4234567890"]),
    ({"unlabelled_patterns": r"4-\d{2}-\d{3}-\d{4}"}, "PO# 4-23-456-7890", []),
    ({"unlabelled_patterns": [r"\d*"]}, "Service Account 8001026149", ["8001026149"]),
])
def test_options(options, text, normalized):
    assert [f.key for f in findings_for(AccountNumberDetector, text, options=options)] == normalized
