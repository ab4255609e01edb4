"""A whole City + CCA website, as an outside evaluator builds it (red team site35, part a).

- A spaced twelve-digit account a PDF's line break cut after its first group ("... for account 7005" / "3318 2207 at
  ..."): the groups as long as the first that open the next line, right after an account's label, are the account.
  Hard negatives: a year and figures after "account" that wrap; a lone group with no label; too few digits.
- A customer table's column of the kWh a billing error touched ("kWh billed at wrong rate"): each row's usage. Hard
  negative: a rate table's "kWh at baseline rate" stays a tariff's figure.
- A cell comment or a log note where the customer asked for a callback at a number: the customer's phone. Hard
  negative: an office's offer ("Request a callback at ...").
- A table of a program's participants with their own baseline kWh: the participants' usage. Hard negatives: a
  tariff's "Climate zone | Baseline kWh"; a staff roster's "Name | Title | Baseline kWh" is a listing.
- A case log's "Case" column in a customer table: the case number is no account, the row's account still is.
"""
from __future__ import annotations

import io

from detectors.context.headers import columns, header_kind
from detectors.engine import scan_document
from tests.detector_helpers import _all_detectors, lines_pdf, make_document, pairs_found, values_of

_SITE = "https://www.ontarioca.example.gov"


def _text_pairs(lines: list[str]) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(make_document(lines), _all_detectors())}


# --- 1. a grouped account cut after its first group -----------------------------------------------------------

def test_an_account_cut_after_its_first_group_is_joined():
    pdf = lines_pdf(["Escalation 25-0142: Marisela Okonkwo-Reyes phoned again about the June bill for account 7005",
                     "3318 2207 at 81 Larkspur Ln. The bill shows 1,214 kWh for 31 days; she asked for a review."])
    found = pairs_found(f"{_SITE}/documents/escalations-june.pdf", pdf)
    assert {v.replace(" ", "") for v in values_of(found, "account_number")} == {"700533182207"}


def test_a_wrapped_account_in_plain_lines_is_joined():
    found = _text_pairs(["Ms. Tuilagi wrote that her account 4410", "2873 5519 was billed twice in May."])
    assert ("account_number", "4410 2873 5519") in found


def test_a_year_or_figures_after_account_are_no_wrapped_account():
    found = _text_pairs(["The transfer moved $4,000 from account 1010",
                         "2024 2025 in the adopted budget, as shown in Table 3."])
    assert not values_of(found, "account_number")
    found = _text_pairs(["The meeting reviewed 7005", "3318 2207 kWh of program savings."])
    assert not values_of(found, "account_number")
    found = _text_pairs(["Staff closed account 4410", "2873 after the move-out."])
    assert not values_of(found, "account_number")


# --- 2. a customer table's kWh column named by a billing error ----------------------------------------------

def test_a_kwh_column_of_a_billing_error_is_usage():
    assert header_kind("kWh billed at wrong rate") == ("usage", True)
    assert header_kind("kWh charged under the incorrect schedule")[0] == "usage"
    found = _text_pairs([
        "EXHIBIT 2 - CUSTOMERS CREDITED FOR THE RATE ERROR",
        "Customer\tService Address\tSCE Account\tkWh billed at wrong rate\tCredit",
        "Lorenza Baptiste\t1180 W Mission Blvd\t8004417729\t1,846\t$201.17",
        "Dawit Gebremariam\t2235 N Towne Ave\t8004419053\t2,512\t$288.40",
    ])
    assert {"1,846", "2,512"} <= values_of(found, "energy_usage")


def test_a_rate_tables_kwh_at_baseline_rate_is_no_usage():
    assert header_kind("kWh at baseline rate")[0] is None
    found = _text_pairs([
        "Residential rate tiers, summer 2025",
        "Tier\tkWh at baseline rate\tPrice per kWh",
        "Tier 1\t350\t$0.31",
        "Tier 2\t700\t$0.39",
    ])
    assert not values_of(found, "energy_usage")


# --- 3. a note that the customer asked for a callback --------------------------------------------------------

def _commented_log() -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    book = Workbook()
    sheet = book.active
    sheet.title = "Move-outs"
    for row in (("Date", "Customer", "Account", "Channel"),
                ("2025-04-02", "Rosalind Achterberg", "8004471123", "Phone"),
                ("2025-04-09", "Kwabena Mensah-Ito", "8004471588", "Web")):
        sheet.append(row)
    sheet["B2"].comment = Comment("Customer asked for a callback at 626.818.4472 about the deposit", "csr2")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_comment_with_the_customers_callback_number_is_reported():
    found = pairs_found(f"{_SITE}/documents/move-out-log.xlsx", _commented_log())
    assert "626.818.4472" in values_of(found, "phone")


def test_a_note_of_a_callers_request_is_a_phone_and_an_offer_is_not():
    found = _text_pairs(["Caller requested a call back on 951-704-2286 regarding a high bill."])
    assert "951-704-2286" in values_of(found, "phone")
    found = _text_pairs(["Request a callback at 909-620-3000 from the Customer Care team, Monday to Thursday."])
    assert not values_of(found, "phone")


# --- 4. a program's participants with their own baseline -----------------------------------------------------

_PARTICIPANTS = """<html><body><h1>Summer Saver</h1><p>Earn credits for using less on event days.</p>
<div style="display:none"><h3>2025 pilot households</h3><table><thead><tr><th>Participant</th><th>Phone</th>
<th>Baseline kWh (Jul)</th></tr></thead><tbody>
<tr><td>Teodora Vlasceanu</td><td>(626) 418-2290</td><td>742</td></tr>
<tr><td>Olumide Fashola</td><td>909.357.1184</td><td>518</td></tr></tbody></table></div></body></html>"""


def test_participants_baseline_kwh_is_their_usage():
    found = pairs_found(f"{_SITE}/departments/energy/summer-saver.html", _PARTICIPANTS, "text/html")
    assert {"742", "518"} <= values_of(found, "energy_usage")
    assert {"(626) 418-2290", "909.357.1184"} <= values_of(found, "phone")
    assert {"Teodora Vlasceanu", "Olumide Fashola"} <= values_of(found, "customer_name")


def test_a_tariffs_baseline_and_a_roster_stay_public():
    assert columns(("Climate zone", "Baseline kWh"))[0] == "no"
    assert columns(("Name", "Title", "Baseline kWh"))[0] == "listing"
    tariff = """<html><body><h1>Baseline allowances</h1><table><tr><th>Climate zone</th><th>Baseline kWh</th></tr>
    <tr><td>Zone 9</td><td>412</td></tr><tr><td>Zone 10</td><td>468</td></tr></table></body></html>"""
    assert not values_of(pairs_found(f"{_SITE}/departments/energy/baseline.html", tariff, "text/html"),
                         "energy_usage")


# --- 5. a case column is no account column ----------------------------------------------------------------

def test_a_case_number_beside_a_customer_is_no_account():
    found = _text_pairs([
        "ATTACHMENT C - SAMPLE SERVICE RECORDS",
        "Case\tCustomer\tPhone\tAccount\tReason",
        "25-01177\tAurelio Nakashima\t626-503-7781\t3-11-402-8816\tStart service",
        "25-01192\tBrigitta Solberg\t818-772-0465\t7003 4418 9025\tHigh bill",
    ])
    accounts = {v.replace(" ", "").replace("-", "") for v in values_of(found, "account_number")}
    assert accounts == {"3114028816", "700344189025"}
