"""Case narratives, title and surname, a payee read as a park, an FAQ's real case and a box cut by a line (red team
site44).

- A staff report's case narratives in PDF prose: a case that opens on the customer's name under a heading ending in
  "by Staff" ("Cases Reviewed by Staff" / "Imelda Vargas (acct. ...) wrote ..."); a rural route's box ("Star Route 8
  Box 77") is no person "Star Route"; a titled name right after an address and its comma is no city ("The customer at
  ..., Ms. Odalys Ferreira, disputed ..."); the name the sentence before gives for "the customer" of a tie's sentence
  ("Case 3: Mr. Tomasz Wielgus installed ... At true-up the customer had consumed ... SCE acct. (...)"); what the home's
  panels generated. Hard negatives: a staff name under such a heading with no account after it, a plant's or the
  grid's output, a typical system's.
- A resident put beside their home by a household word, whose service was interrupted ("follow up with Ms. Dang, the
  senior on 18626 Avenida Cielo whose service was interrupted"). Hard negative: the same words about a block party.
- A call note about a customer's own account with their contact details: the titled or spoken-with name and the
  final read. Hard negative: a staff member named in the note.
- A payee column holding a person whose surname is a facility's word ("PARK, EUN-JI"). Hard negative: a park under
  a facility column.
- An FAQ retelling a real customer's case by their home ("A customer at ... asked this after her first true-up
  showed ... kWh"). Hard negatives: the worked examples of an FAQ ("For example, a customer at 123 Main St uses 500
  kWh", "would pay", a stand-in address, no event).
- A post-office box whose "P.O." ends a PDF line. Hard negative: a box office.
"""
from __future__ import annotations

import html

from detectors.context.persons import names_in
from detectors.context.shapes import address_across, consumption_spans
from tests.detector_helpers import lines_pdf, pairs_found, values_of, xlsx

_SITE = "https://www.cieloalto.gov"


def _pdf(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/council/reports/staff-report.pdf", lines_pdf(list(lines)))


def _html(path: str, title: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<div><p>{html.escape(p)}</p></div>" for p in paragraphs)
    page = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    return pairs_found(f"{_SITE}/{path}", page)


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in consumption_spans(text)]


# --- 1. case narratives in a staff report ---------------------------------------------------------------------------

_CASES = ("STAFF REPORT - Net Energy Metering True-Up Amendments",
          "Illustrative Cases Reviewed by Staff",
          "Imelda Vargas (acct. SA704418263; service at Rural Route 2 Box 48) wrote that the annual statement showed",
          "4,102 kWh of usage even though the panels generated 3,870 kWh. Staff confirmed a meter fault.",
          "Case 3: Mr. Tomasz Wielgus installed a 5.2 kW system at 4410 Sierra Vista Rd, Sp. 8 in 2021. At",
          "true-up the customer had consumed 2,210 kWh and exported 615 kWh; because the SCE acct. (7-224-903-1188)",
          "was coded NEM 1.0 instead of NEM 2.0, the net surplus compensation was never paid.",
          "The customer at Star Route 4 Box 19, Ms. Odalys Ferreira, disputed a true-up charge on account 4-12-***-9083.")


def test_case_narratives_name_each_customer():
    found = _pdf(*_CASES)
    assert {"Imelda Vargas", "Mr. Tomasz Wielgus", "Ms. Odalys Ferreira"} == values_of(found, "customer_name")
    assert {"Rural Route 2 Box 48", "4410 Sierra Vista Rd", "Star Route 4 Box 19"} <= values_of(found, "address")
    assert {"4,102 kWh", "3,870 kWh", "2,210 kWh", "615 kWh"} <= values_of(found, "energy_usage")


def test_a_staff_name_under_a_heading_ending_in_staff_is_still_staff():
    found = _pdf("Illustrative Cases Reviewed by Staff",
                 "Dana Whitfield presented the findings to the committee on May 4.",
                 "One customer (acct. SA704418263) was rebilled.")
    assert not values_of(found, "customer_name")


def test_a_rural_route_is_no_name():
    text = "The customer at Star Route 8 Box 77, Ms. Sharon Ito, disputed a charge."
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["Ms. Sharon Ito"]
    text = "Kulwant Kaur, Rt. 3 Box 382"
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == ["Kulwant Kaur"]


def test_what_a_homes_panels_generated_is_its_use():
    assert _spans("3105 kWh of usage even though the panels generated 2996 kWh.") == ["3105 kWh", "2996 kWh"]
    assert _spans("her rooftop solar array produced about 4,210 kWh") == ["4,210 kWh"]
    assert _spans("his system produced 3,100 kWh") == ["3,100 kWh"]


def test_a_plants_or_the_grids_or_a_typical_systems_output_is_none():
    assert _spans("The Civic Center array generated 45,000 kWh last year.") == []
    assert _spans("the system generated 9,000 kWh a year") == []
    assert _spans("A typical system generates 9,000 kWh a year.") == []
    assert _spans("The solar farm produced 12,000 kWh in June.") == []


# --- 2. a resident beside their home by a household word ------------------------------------------------------------

_MINUTES = ("City Council Minutes", "Community Power update: staff reported on electricity rates and outages.")


def test_a_resident_whose_service_was_interrupted_is_a_customer():
    found = _html("council/minutes.html", *_MINUTES,
                  "Councilmember Ortiz asked that staff follow up with Ms. Nakagawa, the senior on 4410 Calle Serena "
                  "whose service was interrupted during the storm; she can be reached at 626-555-0187.")
    assert {("customer_name", "Ms. Nakagawa"), ("address", "4410 Calle Serena")} <= found


def test_a_resident_beside_their_home_with_no_utility_story_is_none():
    found = _html("council/minutes.html", *_MINUTES,
                  "Councilmember Ortiz thanked Ms. Nakagawa, the resident on 4410 Calle Serena who organized the "
                  "block party on Saturday.")
    assert not values_of(found, "customer_name") and not values_of(found, "address")


# --- 3. a call note about a customer's own account ------------------------------------------------------------------

def _log(*notes: str) -> set[tuple[str, str]]:
    rows = [["Date", "Agent", "Notes"], ["09/09/2024", "MR", "VM from Ms. Avetisyan (1-562-768-8784) abt account no. "
                                                           "****535665, no details"],
            *(["09/12/2024", "CSR 14", note] for note in notes)]
    return pairs_found(f"{_SITE}/data/call-log.xlsx", xlsx(rows))


def test_a_move_out_note_names_its_customer_and_final_read():
    found = _log("Spoke w/ Sr. Valenzuela. Moving out of 8812 Loma Vista Dr; final read 1,904 KWH. "
                 "Send final bill to rvalenz@aol.com")
    assert {("customer_name", "Sr. Valenzuela"), ("energy_usage", "1,904 KWH"), ("address", "8812 Loma Vista Dr"),
            ("email", "rvalenz@aol.com")} <= found


def test_a_staff_member_in_a_move_out_note_is_no_customer():
    found = _log("Move-out processed by Dana Whitfield; final bill to 8812 Loma Vista Dr, forwarding address on file.")
    assert values_of(found, "customer_name") == {"Ms. Avetisyan"}


# --- 4. a payee whose surname is a facility's word ------------------------------------------------------------------

def test_a_payee_named_park_is_a_person():
    body = ("Rebate #,Payee,Install address,Utility acct,Amount,Check mailed to\n"
            'EV-2401,Imani Coleman,2662 Quail Run Apt. 290,7616374170,$750,PO Box 7870\n'
            'EV-2406,"PARK, MIN-SEO","4410 Sierra Vista Rd, Apt 13D",7785624409,"$1,000",PO Box 3539\n')
    found = pairs_found(f"{_SITE}/data/rebates.csv", body)
    assert {("customer_name", "PARK, MIN-SEO"), ("account_number", "7785624409"),
            ("address", "4410 Sierra Vista Rd, Apt 13D"), ("address", "PO Box 3539")} <= found


def test_a_park_under_a_facility_column_is_the_citys():
    body = ("Facility,Service address,SCE account,kWh FY24\n"
            "Palomares Park,499 E Arrow Hwy,3-555-171-4486,48200\n"
            "City Hall,505 S Garey Ave,3-555-171-9902,912000\n")
    assert not values_of(pairs_found(f"{_SITE}/data/facilities.csv", body), "account_number")


# --- 5. an FAQ's real case and its worked examples ------------------------------------------------------------------

def _faq(answer: str) -> set[tuple[str, str]]:
    return _html("faq.html", "Frequently Asked Questions", "Does solar change my enrollment?", answer)


def test_an_faq_retelling_a_real_customers_case():
    found = _faq("No. A customer at 12047 Cypress Hollow Rd Apt. 158 asked this after her first true-up showed 2355 "
                 "kWh of net usage; solar customers stay enrolled.")
    assert {("address", "12047 Cypress Hollow Rd Apt. 158"), ("energy_usage", "2355 kWh")} <= found


def test_an_faqs_worked_examples_are_none():
    for answer in ("For example, a customer at 123 Main St uses 500 kWh.",
                   "A customer at 4521 Oak Ave uses 500 kWh a month.",
                   "A customer at 4521 Oak Ave who used 900 kWh would pay about $250.",
                   "Say a customer at 4521 Oak Ave used 900 kWh last month.",
                   "A customer at 123 Main St asked why her bill showed 500 kWh.",
                   "A customer at 4521 Oak Ave asked whether 900 kWh is a lot."):
        found = _faq(answer)
        assert not values_of(found, "address") and not values_of(found, "energy_usage"), answer


# --- 6. a post-office box cut by a line break -----------------------------------------------------------------------

def test_a_box_whose_po_ends_the_line():
    found = _pdf("INFORMATION MEMO - Vacant Unit Billing",
                 "Customer Mr. Okonjo reports that his CACP Acct # CACP 5521 9034 shows 1,204 kWh for a vacant unit at P.O.",
                 "Box 2218, Cielo Alto, CA 91732. He asked that we e-mail him rather than call.")
    assert ("address", "P.O. Box 2218, Cielo Alto, CA 91732") in found


def test_a_box_office_is_no_box():
    assert address_across("Tickets are sold at the PO", "Box office on Main Street") is None
    above = "for a vacant unit at P.O."
    cut = address_across(above, "Box 2218, Cielo Alto, CA 91732. He asked")
    assert cut == (len(above) - 4, len("Box 2218, Cielo Alto, CA 91732"))


def test_a_bystander_before_the_customers_tie_is_none():
    found = _pdf("Illustrative Cases",
                 "Ms. Odalys Ferreira (acct. SA704418263) called about her true-up in March.",
                 "Dana Whitfield, a volunteer, visited the neighborhood fair that week.",
                 "At true-up the customer had consumed 2,210 kWh and exported 615 kWh.")
    assert values_of(found, "customer_name") == {"Ms. Odalys Ferreira"}
