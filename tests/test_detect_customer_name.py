import pytest

from detectors.customer_name import CustomerNameDetector
from tests.test_customer_context import (CUSTOMER_TABLE, DISPUTE_LETTER, FORM_FIELDS, HARD_NEGATIVES, HEADERLESS_ROWS,
                                         LABEL_BLOCK_LINE, LABEL_BLOCK_PDF, LABEL_ON_NEXT_LINE, NAME_AND_ACCOUNT,
                                         OPT_OUT_CSV, PAST_DUE_NOTICE, PEOPLE_LIST, SPANISH_BLOCK, SPANISH_LETTER,
                                         findings, lines, table)

FOUND = [
    # (document parts, [found values]); every one is high
    (CUSTOMER_TABLE, ["Maria Lopez", "Robert Chen"]),
    (OPT_OUT_CSV, ["Ana Ruiz"]),
    (NAME_AND_ACCOUNT, ["Jane Park"]),
    (LABEL_BLOCK_PDF, ["Maria Lopez"]),
    (LABEL_BLOCK_LINE, ["Maria Lopez"]),
    (LABEL_ON_NEXT_LINE, ["Maria Lopez"]),
    (DISPUTE_LETTER, ["Mr. Robert Chen", "Mr. Robert Chen"]),  # address block and salutation
    (PAST_DUE_NOTICE, ["Maria Lopez"]),
    (PEOPLE_LIST, ["Maria Lopez", "Robert Chen"]),
    (HEADERLESS_ROWS, ["Maria Lopez", "Robert Chen"]),
    (FORM_FIELDS, ["Maria Lopez"]),
    (SPANISH_BLOCK, ["María López"]),
    (SPANISH_LETTER, ["Sra. López"]),
    ((table(("Account Holder", "Service Address"), ("Acme Bakery LLC", "100 W 2nd St")),), ["Acme Bakery LLC"]),
    ((table(("Name", "Address", "Phone"), ("Lopez, Maria", "1234 W Holt Ave", "(909) 555-0147")),), ["Lopez, Maria"]),
    (("Dear Ms. Lopez,\nThank you for asking about your bill.",), ["Ms. Lopez"]),
    # a label before the name, or run together after it, is none of it
    (("Caller Hsu Chien-Chih ((909) 412-7781) reported an outage, acct 3-001-2345-67.",), ["Hsu Chien-Chih"]),
    (("Corrected record: JONEL PANGILINAN, SAID 8103947721",), ["JONEL PANGILINAN"]),
    # a sentence's verb before a given name is none of the name ("Reach Lilit at ..."), a surname that opens one is
    (("Customer Lilit Sargsyan used 1,200 kWh in July. Reach Lilit at 951-623-5849 about the rebate.",),
     ["Lilit Sargsyan"]),
    (("Acct 3-001-2345-67. Young Kim called about the bill.",), ["Young Kim"]),
    # a surname's lower-case particles before the comma of "Last, First"
    (("Customer name on the account: del Valle, Jonás. Acct 3-001-2345-67.",), ["del Valle, Jonás"]),
    # a letter to the council that gives the writer's own account ties the writer to it
    ((lines("Dear Mayor Sandoval and Council Members,\nMy account 2-23-456-7890 was overcharged.\n"
            "Respectfully,\nMaria Lopez"),), ["Maria Lopez"]),
]

NOT_FOUND = [
    *HARD_NEGATIVES.values(),
    (lines("Dear Customer,\nYour account 2-23-456-7890 is past due.\nSincerely,\nPCE"),),
    (lines("Dear Mayor Sandoval and Council Members,\nMy bill was overcharged.\nRespectfully,\nMaria Lopez"),),
    (table(("Name", "Address"), ("N/A", "1234 W Holt Ave")),),
    (table(("Name", "Address"), ("Lopez, Maria", "1234 W Holt Ave")),),  # names with addresses alone: a public list
    (table(("Customer Name", "Service Address"), ("", "")),),
    ("Maria Lopez",),
    # a Spanish letter's closing whose every word is no name's (it once stopped the document's scan)
    (lines("Hemos recibido su solicitud.\nServicio al Cliente, Pomona Choice Energy"),),
    # "will be" is no lower-case name after the customer word, an account beside it or not
    ("The customer will be contacted by Customer Care at (800) 555-0199 about Acct 3-001-2345-67.",),
]


@pytest.mark.parametrize("parts, expected", FOUND)
def test_found(parts, expected):
    found = findings(CustomerNameDetector, *parts)
    assert [f.value for f in found] == expected
    assert {(f.category, f.severity, f.public_if_repeated) for f in found} == {
        ("customer_name", "high", False)}


@pytest.mark.parametrize("parts", NOT_FOUND)
def test_not_found(parts):
    assert findings(CustomerNameDetector, *parts) == []


def test_normalized_and_masked():
    found = findings(CustomerNameDetector, *DISPUTE_LETTER)
    assert {f.key for f in found} == {"robert chen"}
    assert {f.masked for f in found} == {"M*. R***** C***"}
    [found] = findings(CustomerNameDetector, table(("Name", "Address", "Phone"),
                                                   ("Lopez, Maria", "1234 W Holt Ave", "(909) 555-0147")))
    assert found.key == "maria lopez"


def test_configured_public_names():
    assert findings(CustomerNameDetector, *OPT_OUT_CSV, public={"names": ["ANA RUIZ"]}) == []
