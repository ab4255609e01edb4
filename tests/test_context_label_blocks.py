"""Records as label blocks (``detectors.context.label_blocks``) that the labels alone would call public: a
block holding a personal identifier beside a person is a customer record whatever its other labels say.
Header-driven label blocks are in ``test_customer_context``."""
from __future__ import annotations

import pytest

from tests.test_context_prose import fields_by_kind
from detectors.model import Location, Segment
from tests.test_customer_context import lines

FOUND = {
    "applicant with an ITIN": (lines("Applicant: Jane Doe\nITIN: 912-75-4418\nAddress: 410 Orange St, Pomona, CA"),
                               {"name": ["Jane Doe"], "address": ["410 Orange St, Pomona, CA"]}),
    "vendor who is a person": (lines("Vendor: Luis Ortega\nSSN: 512-34-6789\nPhone: (909) 555-0111"),
                               {"name": ["Luis Ortega"], "phone": ["(909) 555-0111"]}),
    "employee block": (lines("Employee: Robert Chen   Department: Parks   SSN: 512-34-6789"),
                       {"name": ["Robert Chen"]}),
    # fields apart by a slash or a middle dot: each value without the separator
    "fields apart by slashes": (lines("Nombre: Rocío Ybarra / Teléfono: (909) 555-0133 / SSN: 512-34-6789"),
                                {"name": ["Rocío Ybarra"], "phone": ["(909) 555-0133"]}),
    # fields apart by dashes or bars, the next one's label unknown ("Tel." without a colon): each value ends there
    "fields apart by dashes": (lines("Titular: Rosa Ibarrola — Número de cuenta: 3345120 — Dirección de servicio: "
                                     "1200 Wilson Ave, Loveland — Tel. 720-848-9969 — Consumo de marzo: 2,386 kWh"),
                               {"name": ["Rosa Ibarrola"], "address": ["1200 Wilson Ave, Loveland"],
                                "phone": ["720-848-9969"], "usage": ["2,386 kWh"]}),
}

NOT_FOUND = {
    "vendor firm with its EIN": lines("Vendor: ABC Electric Inc.\nEIN: 95-1234567\nAddress: 123 Main St"),
    "business under its owner's name": lines("Vendor: John Smith Plumbing\nTax ID: 95-1234567\nPhone: (909) 555-0111"),
    "planning applicant": lines("Applicant: Jose and Elena Ramirez\nProject Address: 15602 Tern Street\n"
                                "Case No.: CUP24-0007"),
    "department block": lines("Department: Finance\nContact: Priya Raman\nPhone: (760) 955-5034"),
    "blank form": lines("Applicant: ____________\nSSN: ___-__-____\nAddress: ____________"),
    # the City's own EIN is no identifier (the taxpayer ID detector finds none), and a phone in the page's footer
    # is not in the body's block
    "city's EIN above a footer phone link": [
        Segment("City of Mesa Linda Federal Tax ID (EIN): 95-6005471\nMesa Linda Community Energy Authority EIN: "
                "82-3156720", Location(element="main > p")),
        Segment("7609555000", Location(element="footer > a"), hidden="link target", label="tel", chrome=True)],
    # a program's statistics slide: the words before "usage:" make it an average, and the contact is staff's
    "statistics slide": lines("12,034 accounts served\nAverage residential usage: 546 kWh/month\n"
                              "Contact: Hadi Nguyen, PCE Program Manager, (909) 620-3707"),
    "utility's EIN beside its phone": lines("Community Energy Authority EIN: 82-3156720\nTel: (760) 955-5000"),
}


@pytest.mark.parametrize("parts, expected", FOUND.values(), ids=list(FOUND))
def test_blocks_holding_an_identifier_are_records(parts, expected):
    assert fields_by_kind(parts) == expected


@pytest.mark.parametrize("parts", NOT_FOUND.values(), ids=list(NOT_FOUND))
def test_public_blocks_stay_public(parts):
    assert fields_by_kind(parts) == {}


# a billing system's screen print: "SVC :" and "USG :" beside the customer's name and account
SCREEN_PRINT = lines("ACCT: 5520461187       STAT: ACTIVE   RATE: E-1\nNAME: OKAFOR, DENNIS            PH: (909) 555-0147\n"
                     "SVC : 907 E HOLT AVE, POMONA, CA 91767\nUSG : 842 KWH (SEP)")


def test_screen_print_labels_name_the_service_address_and_usage():
    found = fields_by_kind(SCREEN_PRINT)
    assert found["address"] == ["907 E HOLT AVE, POMONA, CA 91767"]
    assert found["usage"] == ["842 KWH"]


@pytest.mark.parametrize("text", [
    # no name and no account: a service desk's notes, a rate page
    "SVC : 907 E HOLT AVE, POMONA, CA 91767\nUSG : 842 KWH (SEP)",
    # a name, but the screen labels hold no address nor usage (a service type, a status)
    "NAME: OKAFOR, DENNIS\nSVC : ELECTRIC RESIDENTIAL\nUSG : NORMAL",
])
def test_screen_labels_alone_or_without_their_values_give_no_address_or_usage(text):
    found = fields_by_kind(lines(text))
    assert "address" not in found and "usage" not in found


def _split_block(top: str, bottom: str, next_page: int = 2) -> list[Segment]:
    """A block's first lines at the foot of page 1, over the page's footer; its last lines under the next page's
    header."""
    return [*lines(f"Emergency Bill Assistance applicant (case EB-25-118):\n{top}\nPage 62"),
            *lines(f"Finance Committee Agenda Packet - March 3, 2025\n{bottom}", page=next_page)]


def test_a_block_split_by_a_page_break_is_one_block():
    found = fields_by_kind(_split_block("Name: Marisol Quintero\nAddress: 1184 N Garey Ave, Pomona, CA 91767",
                                        "SSN: 512-34-6789\nAccount No.: 5520461187"))
    assert found["name"] == ["Marisol Quintero"] and found["address"] == ["1184 N Garey Ave, Pomona, CA 91767"]


def test_labels_pages_apart_or_a_public_contact_over_a_page_break_stay_public():
    # the block's other half two pages on: no break between them
    assert "name" not in fields_by_kind(_split_block("Name: Marisol Quintero\nAddress: 1184 N Garey Ave",
                                                     "SSN: 512-34-6789\nAccount No.: 5520461187", next_page=3))
    # a department's contact at the foot of a page, its phone at the top of the next
    assert fields_by_kind(_split_block("Department: Finance\nContact: Priya Raman", "Phone: (909) 620-2211")) == {}


def test_a_bare_heading_after_an_unanchored_contact_block_does_not_make_it_a_public_listing():
    """A permit portal's record: the applicant's home phone and mailbox, then "Work Location" over the site (a label
    without a colon that only an identifier in the block makes one) must not turn the applicant's contact lines into
    a public listing's."""
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors

    page = ("<h3>Applicant:</h3><div>Homero Quintanilla<br>1256 Canyon View Avenue<br>Redstone Mesa CO, 81625<br>"
            "Home Phone:719-350-5659<br>E-mail:hquintanilla85@gmail.com</div>"
            "<div><h3>Work Location</h3><div>1256 CANYON VIEW AVENUE<br>REDSTONE MESA CO 81625</div></div>")
    document = extract("https://www.mesalinda.gov/CitizenAccess/CapDetail.aspx", page.encode(), "text/html")
    found = {(f.category, f.value) for f in scan_document(document, load_detectors())}
    assert {("phone", "719-350-5659"), ("email", "hquintanilla85@gmail.com")} <= found


def test_a_definition_lists_next_term_is_no_value_of_the_term_before_it():
    """A ``<dt>`` whose ``<dd>`` a definition list's record holds: among the text outside records the next ``<dt>``
    follows it, and is no customer's name ("Premise" under "Account holder")."""
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    page = (b"<p>Siobhan Okonkwo<br>20322 Spruce Hollow Ln<br>LRPUD account: 3094-296197<br>Billed usage: 2047 kWh</p>"
            b"<dl><dt>Account holder</dt><dd>Bjorn Halvorsen</dd><dt>Premise</dt>"
            b"<dd>7645 Larch Prairie Rd, Ellensburg, WA 98926</dd></dl>")
    names = [d.value for d in scan_document(extract("https://lrpud.example/billing.html", page), load_detectors({}))
             if d.category == "customer_name"]
    assert names == ["Siobhan Okonkwo", "Bjorn Halvorsen"]


def test_a_quoted_value_ends_at_its_closing_quote():
    script = lines('dataLayer.push({ event: "outage_report", reporter: "Keala O\'Brien", addr: "4410 Cascade View Rd, '
                   'Kent, WA 98031", cb: "253.771.0964", mail: "kobrien@outlook.com", acct: "7731904-552", '
                   'usage: "9,214 kilowatt-hours" });')
    found = fields_by_kind(script)
    assert found["address"] == ["4410 Cascade View Rd, Kent, WA 98031"]
    assert "253.771.0964" in found["phone"]


def test_a_quote_inside_a_name_does_not_end_it():
    found = fields_by_kind(lines("Customer: 'Aoife O'Sullivan'\nAcct #: 4410-229871\nPhone: (253) 771-0964"))
    assert found["name"] == ["Aoife O'Sullivan"]


def test_a_service_points_label_ends_the_address_before_it():
    """"Service Address: ..., OR 97739, Svc Pt 72158525": a service point's number is the next field, not the end
    of the address (which would then read as no address at all)."""
    from crawler.extract import extract
    from detectors.engine import scan_document
    from detectors.registry import load_detectors
    page = (b"<p>SO-250114: Customer Name: Imelda Rusk, Service Address: 4810 Tamarack Butte Rd, Sorrel Creek, OR 97709, "
            b"Svc Pt 72119034, 647 kWh last cycle. Disconnect for non-pay cancelled.</p>")
    found = scan_document(extract("https://mud.example/orders.html", page), load_detectors({}))
    assert [d.value for d in found if d.category == "address"] == ["4810 Tamarack Butte Rd, Sorrel Creek, OR 97709"]
