"""Accounts under other billing systems' labels, a reply letter, taxpayer IDs (red team site53).

- A billing system's log pasted into a page: "UB# N" (utility billing), "HP acct CCA N" (a program's acronym, then the
  CCA's own letters and nine digits), "Bill Acct 007.8299.713" (a dotted account, which a bare "Acct" before a
  ledger's 3-4-3 would not make a customer's), and "(Ref. No. R-0986977)" in the place of a log's lines whose brackets
  give customers' accounts; the name after the account or before the bracket is the customer's.
- A reply letter's "Customer No. CCA 089131402" and its usage in capitals ("1,658 KWH").
- A Spanish label block's service address ends at its ZIP code: the next sentence's ITIN is the ITIN's.
- A sole proprietor's EIN beside her name is a taxpayer ID, whatever its IRS prefix.
Hard negatives: a resolution's, an ordinance's, a PO's and a CIP project's numbers, a dotted phone and date, a budget
book's dotted general-ledger accounts, a sample bill's account, the City's and a vendor firm's EINs.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org"


def _html(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/departments/page.html", f"<html><body><main>{body}</main></body></html>")


# -- a billing system's log ------------------------------------------------------------------------------------------

_LOG = """<p>Adjustments posted in March (copied from the utility billing report):</p><pre>03/02 | Nadia Ferro | Contract Acct: PQ-455-10293 | fee waived
03/04  UB# 31-55821-04  Corinne Vasquez  -- rebill, wrong multiplier
03/06  VP acct CCA 204118730  Dmitri Volkov  -- rebill, fee waived
03/09: corrected est. read for Lan Trinh (Ref. No. T-4471902)
03/11: corrected est. read for Rohan Mehta (Electric acct 8004417721)
03/13: corrected rate code for Yesenia Mora (Service ID 771-5530218)
03/15: corrected est. read for Paul Okafor (Mtr # 240883155)
03/18  Bill Acct 014.6620.358  Helena Brandt  -- rebill, est. read
</pre>"""


def test_billing_log_labels():
    found = _html(_LOG)
    accounts = values_of(found, "account_number")
    assert {"31-55821-04", "CCA 204118730", "T-4471902", "014.6620.358", "8004417721", "771-5530218",
            "240883155", "PQ-455-10293"} <= accounts
    assert {"Corinne Vasquez", "Dmitri Volkov", "Lan Trinh", "Helena Brandt", "Rohan Mehta"} <= values_of(
        found, "customer_name")


def test_log_brackets_of_another_kind_of_number_stay_silent():
    """A resolution's or a PO's number in a log line's brackets is no account, however many lines give accounts."""
    log = _LOG.replace("(Ref. No. T-4471902)", "(Reso. No. 2024-113)").replace(
        "03/18  Bill Acct", "03/19: approved refund for Helena Brandt (PO# 4410223)\n03/18  Bill Acct")
    accounts = values_of(_html(log), "account_number")
    assert not {"2024-113", "4410223"} & accounts


def test_log_alike_needs_most_lines_giving_accounts():
    """One bracketed account among lines that give none makes the others' references no accounts."""
    found = _html("<pre>03/09: corrected est. read for Lan Trinh (Ref. No. T-4471902)\n"
                  "03/11: called back Rohan Mehta (Ticket 55120981)\n"
                  "03/13: corrected rate code for Yesenia Mora (Service ID 771-5530218)</pre>")
    assert not {"T-4471902", "55120981"} & values_of(found, "account_number")


def test_spaced_code_after_a_customer_label():
    found = _html("<p>Re: Your letter of May 2 &ndash; Valle Verde Power Customer No. VVP 301447582</p>")
    assert values_of(found, "account_number") == {"VVP 301447582"}


def test_spaced_code_needs_its_label():
    found = _html("<p>See Form ABC 123456789 and Route SR 12541 for details; FY 2026 budget.</p>")
    assert not values_of(found, "account_number")


def test_ub_label():
    found = _html("<p>Customer Mara Lindqvist, UB Acct 4410-22871, asked for a payment plan.</p>")
    assert "4410-22871" in values_of(found, "account_number")


# -- a reply letter ----------------------------------------------------------------------------------------------------

def test_reply_letter_with_cca_customer_number_and_usage_in_capitals():
    found = _html("<p>October 3, 2024</p><p>Mr. Teodor Balan<br>87 Cresta Verde Ct.<br>Los Olmos, CA 91766</p>"
                  "<p>Re: Your letter of September 12 &ndash; Los Olmos Clean Power Customer No. CCA 550213987</p>"
                  "<p>Dear Mr. Balan,</p><p>We reviewed your bills. Your highest month was August at 1,902 KWH, and "
                  "your average was 744 Kwh.</p><p>Sincerely,<br>Lena Ortiz<br>Program Manager</p>")
    assert "CCA 550213987" in values_of(found, "account_number")
    assert values_of(found, "address") == {"87 Cresta Verde Ct.\nLos Olmos, CA 91766"}
    assert {"1,902 KWH", "744 Kwh"} <= values_of(found, "energy_usage")
    assert "Mr. Teodor Balan" in values_of(found, "customer_name")


# -- label blocks: an address ends at its ZIP code --------------------------------------------------------------------

def test_spanish_address_ends_at_its_zip_and_the_itin_is_found():
    found = _html("<p>Cliente: Beatriz Solano. Dirección de servicio: 1418 Mirasol Ct, Los Olmos, CA 91766. "
                  "La clienta presentó su ITIN 912-78-4410 en lugar de número de Seguro Social.</p>")
    assert values_of(found, "address") == {"1418 Mirasol Ct, Los Olmos, CA 91766"}
    assert values_of(found, "taxpayer_id") == {"912-78-4410"}


# -- taxpayer IDs --------------------------------------------------------------------------------------------------------

def test_sole_proprietors_ein_beside_her_name():
    found = _html("<p>The third involves a home business owner, Odalys Ferreira, whose service agreement 318-4420917 "
                  "was placed on the wrong rate; Odalys supplied her EIN (49-2205716) to confirm the sole-proprietor "
                  "status.</p>")
    assert values_of(found, "taxpayer_id") == {"49-2205716"}
    assert "49-2205716" not in values_of(found, "account_number")


def test_unissued_ein_prefix_alone_stays_silent():
    found = _html("<p>EIN 49-1847720 is listed on the form.</p><p>The vendor's EIN 49-2205716 is on file.</p>")
    assert not values_of(found, "taxpayer_id")


def test_organisations_eins_stay_public_whatever_their_prefix():
    found = _html("<p>The City's federal EIN is 49-6001234.</p>"
                  "<p>Pacific Coast Builders, Inc. (EIN 49-3318820) was awarded the contract.</p>"
                  "<p>Vendor: Sagebrush Landscaping LLC, EIN: 49-7719034.</p>")
    assert not values_of(found, "taxpayer_id")
    assert not values_of(found, "account_number")


# -- hard negatives ------------------------------------------------------------------------------------------------------

def test_public_numbers_stay_silent():
    found = _html("<p>Council adopted Reso. No. 2024-113 and Ord. No. 1318 on 07.28.2024.</p>"
                  "<table><tr><th>Vendor</th><th>PO #</th><th>Invoice</th></tr>"
                  "<tr><td>Tri-County Electric</td><td>4410223</td><td>INV-2024-00881</td></tr></table>"
                  "<p>CIP Project No. 5512-0041 (Bonita Ave. rehab). Call the billing line at 909.378.4700.</p>")
    assert not values_of(found, "account_number")


def test_budget_book_dotted_ledger_accounts_stay_silent():
    found = pairs_found(f"{_SITE}/finance/budget.html", (
        "<html><body><h1>FY 2024-25 Adopted Budget</h1><p>General Fund appropriations by department.</p>"
        "<table><tr><th>Account</th><th>Description</th><th>FY 2024-25</th></tr>"
        "<tr><td>101.4410.5200</td><td>Professional Services</td><td>$12,000</td></tr>"
        "<tr><td>101.4410.5310</td><td>Utilities</td><td>$48,500</td></tr></table>"
        "<p>Acct 101.4410.5200 funds the audit; Bill Acct lines are in the Utility Fund.</p></body></html>"))
    assert not values_of(found, "account_number")


def test_sample_bill_account_stays_silent():
    found = pairs_found(f"{_SITE}/hometown-power/how-to-read-your-bill.html", (
        "<html><body><h1>How to read your bill</h1><p>John Sample, 123 Any Street, Anytown, CA 90000</p>"
        "<p>Customer No. CCA 123456789 &middot; UB# 12-34567-89 &middot; Bill Acct 012.3456.789</p>"
        "<p>Your usage: 500 KWH</p></body></html>"))
    assert not values_of(found, "account_number")
