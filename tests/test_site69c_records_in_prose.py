"""Customer records in a report's prose: the customer named after their home, a label a line break moved below its
account, Spanish notes' cut-short account labels.

A staff report or a hearing record names the customer by their home first and gives the name as an appositive ("The
customer at 1188 Tamarack Ln, Leocadia Varga, reports that her bill ... Her account is ..."): the name, the home and
the account are one record. A PDF's line break can put an account's bracketed label at the next line's start
("..., 3-117-884-2219" / "(SCE acct) - refund returned"): the two lines read as the one line they were. A Spanish
note cuts "cuenta" short before the service it names ("cta. de servicio 0042-118830-01"), as it does alone ("cta.").
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import lines_pdf, pairs_found

PAGE = "https://www.cityofpomona.example/council/staff-report.html"
PDF = "https://www.cityofpomona.example/files/refunds.pdf"


def html(body: str) -> set[tuple[str, str]]:
    return pairs_found(PAGE, f"<html><body>{body}</body></html>", "text/html")


@pytest.mark.parametrize("body,name,address", [
    ("<p>The customer at 1188 Tamarack Ln, Leocadia Varga, reports that her bill of $2,310 was wrong. Her account "
     "(0042-118830-01) is current and she can be reached at 909-555-0182.</p>", "Leocadia Varga", "1188 Tamarack Ln"),
    ("<p>BACKGROUND: The customer living at 4410 Quillback Rd., Teodor Bjelic, disputes the estimated reads. His "
     "account is 0042-220871-03.</p>", "Teodor Bjelic", "4410 Quillback Rd."),
    ("<p>El cliente que vive en 2207 Tamarack Ln, Leocadia Varga, dice que su factura de julio está mal. Su cuenta es "
     "0042-118830-01.</p>", "Leocadia Varga", "2207 Tamarack Ln"),
])
def test_a_customer_named_after_their_home_is_the_records_person(body, name, address):
    hits = html(body)
    assert ("customer_name", name) in hits
    assert ("address", address) in hits


@pytest.mark.parametrize("body", [
    # an office at the City's address, its supervisor named after it
    "<p>The office at 505 S. Garey Ave, Leocadia Varga, Utility Billing Supervisor, answers account questions at "
    "909-620-2244.</p>",
    # a council member at an address: an official, no customer
    "<p>The customer at 1188 Tamarack Ln, Councilmember Leocadia Varga, asked about account 0042-118830-01.</p>",
    # a press release's resident, quoted about a program, no account
    "<p>FOR IMMEDIATE RELEASE. &quot;Our bill dropped by half,&quot; said Leocadia Varga, a Pomona resident who "
    "joined the program in 2024.</p>",
])
def test_people_named_beside_an_address_who_are_no_customer_stay_unreported(body):
    assert not {hit for hit in html(body) if hit[0] == "customer_name"}


def test_an_accounts_label_a_line_break_put_below_it_is_read_with_it():
    found = pairs_found(PDF, lines_pdf(["Refund checks returned", "",
                                        "Leocadia Varga, 1188 Tamarack Ln, 3-117-884-2219",
                                        "(SCE acct) - refund returned by the post office.",
                                        "Teodor Bjelic, 4410 Quillback Rd, 0421 338 907 2",
                                        "(SoCalGas acct) - forwarding address unknown."]))
    assert {("account_number", "3-117-884-2219"), ("account_number", "0421 338 907 2"),
            ("customer_name", "Leocadia Varga"), ("customer_name", "Teodor Bjelic")} <= found


def test_a_label_below_a_number_nobody_holds_is_no_account():
    found = pairs_found(PDF, lines_pdf(["Budget transfers", "", "Transfer 2024 1183 5520",
                                        "(SoCalGas acct) for the Civic Center.",
                                        "Councilmember Leocadia Varga asked about 3-117-884-2219",
                                        "(SCE acct) for City Hall.",
                                        "Permit issued to Leocadia Varga, 1188 Tamarack Ln, BLD24-00917",
                                        "(permit) - reroof."]))
    assert not {hit for hit in found if hit[0] == "account_number"}


@pytest.mark.parametrize("label", ["cta. de servicio", "cta de agua", "Cta. de cliente"])
def test_spanish_notes_cut_short_account_labels(label):
    hits = html(f"<p>La señora Leocadia Varga, {label} 0042-118830-01, pidió un plan de pagos.</p>")
    assert ("account_number", "0042-118830-01") in hits


def test_a_spanish_permits_service_number_is_no_account():
    assert not {hit for hit in html("<p>Permiso de servicio 0042-118830-01 para Leocadia Varga.</p>")
                if hit[0] == "account_number"}


@pytest.mark.parametrize("body", [
    "<p>Leocadia Varga called the Utility Services counter on June 3 about a leak.</p><p>Staff inspected the property "
    "on June 5 and found a broken irrigation line.</p><p>Her account, 0042-118830-01, was credited $412.</p>",
    "<p>Leocadia Varga appealed the denial of a leak adjustment on June 3.</p><p>Staff re-read the meter on June 5."
    "</p><p>Her account, 0042-118830-01, was credited $412.</p>",
    "<p>Leocadia Varga filed a billing complaint on June 3.</p><p>Staff re-read the meter on June 5.</p><p>Her home "
    "at 1188 Tamarack Ln used 1,904 kWh in July.</p>",
])
def test_a_customers_case_told_over_paragraphs_keeps_their_name(body):
    assert ("customer_name", "Leocadia Varga") in html(body)


@pytest.mark.parametrize("body", [
    # staff visiting another office, the City's account later
    "<p>Leocadia Varga, Utility Billing Supervisor, visited the Planning counter on June 3.</p><p>Staff re-read the "
    "meter on June 5.</p><p>The City's account, 0042-118830-01, was credited.</p>",
    # the account is a neighbour's, no one named holds it
    "<p>Leocadia Varga called the office on June 3 about her neighbor.</p><p>The neighbor's account, 0042-118830-01, "
    "was credited.</p>",
    # a land-use appeal: no utility matter
    "<p>Leocadia Varga appealed the Planning Commission's decision on the 1188 Tamarack Ln addition.</p><p>The "
    "hearing is June 5.</p><p>Her appeal fee was $412.</p>",
])
def test_a_person_whose_paragraphs_give_no_account_of_theirs_stays_unreported(body):
    assert ("customer_name", "Leocadia Varga") not in html(body)
