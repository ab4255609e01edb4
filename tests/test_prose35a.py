"""Customers written about in prose in a city's case documents (red team prose35, part a).

- The party of a billing case, which a hearing decision or a council report defines by a term ("Appellant") and ties
  to an account in a sentence about that term: the name in the caption (capitals, surname first too), after the term
  ("Appellant, NAME, residing at ..."), before it ("NAME (the "Appellant")"), again in the proof of service with the
  P.O. box the decision was mailed to; the contact details a sentence opening on the term calls theirs. Hard
  negatives: the hearing officer, the clerk who signs the proof of service, the utility's representative, the City
  Clerk's address; a zoning appeal's appellant and a permit's applicant and owner, whom no account ties.
- A customer's title and surname that a hard-wrapped line cuts ("by Mr." / "Okafor. His account ...") beside the
  account. Hard negative: the same cut with no account in the paragraph.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofpomona.example.gov/hearings"

_DECISION = """\
Pomona Choice Energy - Administrative Hearing
BEFORE THE HEARING OFFICER

In the Matter of the Utility Billing Appeal of:

OYELARAN, TEMITOPE

                    Appellant.

Case No. HO-2025-118

DECISION AND ORDER
This matter was heard on March 4, 2025, before Hearing Officer Gwendolyn Achterberg, at City Hall, 505 South Garey
Avenue, Pomona. Appellant, TEMITOPE OYELARAN, residing at 1742 West Ninth Street, Pomona, California 91766
("Appellant"), appeared in person. The utility was represented by Dmitri Voskresenko, Billing Supervisor.

FINDINGS OF FACT
1. Appellant is the customer of record at the above address under Service Account No. 3-604-2281-57.
2. The Appellant asked that the decision be mailed to her mailing address, P.O. Box 4417, Pomona, CA 91769.

ORDER
The appeal is GRANTED in part. Appellant may appeal to the City Council by filing a notice with the City Clerk,
505 S. Garey Avenue, within fifteen days.

PROOF OF SERVICE
I, Philippa Montenegro-Vance, declare that I am employed by the City of Pomona. On March 20, 2025 I served the
foregoing decision in a sealed envelope addressed to Temitope Oyelaran at P.O. Box 4417, Pomona, CA 91769.
"""


def test_a_hearing_decision_names_its_appellant_in_the_caption_the_opening_and_the_proof_of_service():
    found = pairs_found(f"{_SITE}/decision.txt", _DECISION)
    names = values_of(found, "customer_name")
    assert {"OYELARAN, TEMITOPE", "TEMITOPE OYELARAN", "Temitope Oyelaran"} <= names
    addresses = values_of(found, "address")
    assert any(a.startswith("1742 West Ninth Street") for a in addresses)
    assert any(a.startswith("P.O. Box 4417") for a in addresses)
    # the hearing officer, the utility's supervisor and the clerk who served the decision are named on purpose
    assert not {n for n in names if any(w in n for w in ("Achterberg", "Voskresenko", "Montenegro"))}
    assert not any("Garey" in a for a in addresses)  # City Hall and the City Clerk


_REPORT = """\
<html><body>
<h1>Council Report: Appeal of a Utility Billing Adjustment</h1>
<p>From: Rosalind Achebe-Moss, Utility Program Manager</p>
<p>BACKGROUND: Tadeusz Wierzbicki (the "Appellant") filed a written appeal on May 2, 2025. According to the
billing records, the account (3-771-4402-19) is in the Appellant's name.</p>
<p>The Appellant asked that letters go to his mailing address, P.O. Box 3308, Pomona, CA 91769, and that staff
call him on 626-418-2291 rather than at home.</p>
<p>Questions about this report may be directed to Rosalind Achebe-Moss at (909) 620-2231.</p>
</body></html>
"""


def test_a_council_report_names_the_appellant_it_defines_and_the_details_it_calls_theirs():
    found = pairs_found(f"{_SITE}/report.html", _REPORT)
    assert "Tadeusz Wierzbicki" in values_of(found, "customer_name")
    assert "Rosalind Achebe-Moss" not in values_of(found, "customer_name")
    assert any(a.startswith("P.O. Box 3308") for a in values_of(found, "address"))
    assert "626-418-2291" in values_of(found, "phone")


_ZONING = """\
BEFORE THE PLANNING HEARING OFFICER

In the Matter of the Appeal of:

CASTELLANOS, MIRELLA

                    Appellant.

Case No. ZA-2025-031

Appellant, MIRELLA CASTELLANOS, residing at 2281 North Towne Avenue, Pomona, California 91767 ("Appellant"),
appeals the approval of Conditional Use Permit 25-0412 for a drive-through restaurant at 960 East Holt Avenue. The
applicant, Anselm Krajewski, on behalf of the property owner, Oluwadamilare Fasanmi, presented the project.
The appeal is DENIED.
"""


def test_a_zoning_appeal_names_its_appellant_in_public():
    found = pairs_found(f"{_SITE}/zoning.txt", _ZONING)
    names = values_of(found, "customer_name")
    assert not {n for n in names if any(w in n.upper() for w in ("CASTELLANOS", "KRAJEWSKI", "FASANMI"))}
    assert not values_of(found, "address")


_MINUTES_WRAPPED = """\
COUNCIL BUSINESS
The Utility Manager gave the quarterly customer service update and summarized the complaint raised by Mr.
Okonjo. His account, 3-905-1127-64, had been placed on an estimated read for three months after the meter
could not be reached. Staff has offered a payment plan.
"""

_MINUTES_WRAPPED_NO_ACCOUNT = """\
PUBLIC COMMENT
The Council thanked the volunteers of the spring cleanup, among them the crew led by Mr.
Okonjo. The cleanup collected two tons of litter along the wash.
"""


def test_a_title_and_surname_a_line_break_cuts_beside_the_account():
    names = values_of(pairs_found(f"{_SITE}/minutes.txt", _MINUTES_WRAPPED), "customer_name")
    assert any("Okonjo" in n for n in names)
    two_surnames = _MINUTES_WRAPPED.replace("Mr.\nOkonjo.", "Mr.\nBerríos Quintal.")
    names = values_of(pairs_found(f"{_SITE}/minutes3.txt", two_surnames), "customer_name")
    assert any("Berríos" in n for n in names)
    assert not any(n.strip(" .") in ("Mr", "Mrs", "Ms", "Mx") for n in names)  # the title alone is no one's name
    names = values_of(pairs_found(f"{_SITE}/minutes2.txt", _MINUTES_WRAPPED_NO_ACCOUNT), "customer_name")
    assert not any("Okonjo" in n for n in names)
