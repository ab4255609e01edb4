"""Precision against round 68's record rules: the City's own lists that read like customers' records.

A memo's or a demand-response list's lines of the City's buildings, a hall or a park among them ("Harold Hall (SCE
account 2-...) recorded a Billed Demand of 278 kW" beside "City Hall (SCE account ...)"), a facility directory's
column of halls and parks under a plain "Name", the City's correspondence register with agencies and consultants
(senders at their employers' domains), a phone a call log wraps before the next entry's date ("cb (562)" /
"836-1247. 10/18 ..."), a phone after a service agreement's label that the page calls a desk or gives elsewhere as a
phone, a work order's year-numbered reference or a badge number beside staff under a heading about work orders, and a
licence list's proprietors trading under a name: none is a customer's. The customers' records beside them still are.
"""
from __future__ import annotations

import io

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

DETECTORS = load_detectors({})


def found(body: str, name: str = "page.html") -> set[tuple[str, str]]:
    document = extract(f"https://www.cityofpomona.example/utilities/{name}", body.encode())
    return {(f.category, f.value) for f in scan_document(document, DETECTORS)}


def page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


# --- lines of the City's sites --------------------------------------------------------------------------------------

@pytest.mark.parametrize("title,lines", [
    # a memo's lines: a hall and a park beside City Hall and a fire station, in the same words
    ("Energy Manager Memo - August Demand",
     ["Harold Hall (SCE account 2-45-191-8338) recorded a Billed Demand of 278 kW and 80,282 kWh in August.",
      "City Hall (SCE account 2-92-447-4726) recorded a Billed Demand of 310 kW and 91,004 kWh in August.",
      "Garfield Park (SCE account 2-48-351-6477) recorded a Billed Demand of 96 kW and 12,450 kWh in August.",
      "Fire Station 184 (SCE account 2-11-620-3391) recorded a Billed Demand of 120 kW and 30,118 kWh in August."]),
    # a list under a heading of buildings, one line a site
    ("Demand Response Enrollment",
     ["Buildings on the demand response program:",
      "Ramona Hall - SCE acct 2-61-174-5391 - peak 240 kW",
      "Marian Park - SCE acct 2-12-750-1162 - peak 75 kW"]),
    # every line a park's or a hall's, no heading: no customers' list is all halls and parks
    ("Energy Manager Memo",
     ["Lowell Park (SCE account 2-57-599-8291) recorded a Billed Demand of 391 kW and 40,957 kWh in August.",
      "Garfield Park (SCE account 2-25-509-4524) recorded a Billed Demand of 337 kW and 19,733 kWh in August.",
      "Lincoln Hall (SCE account 2-93-175-6835) recorded a Billed Demand of 351 kW and 44,756 kWh in August."]),
])
def test_a_hall_among_the_citys_sites_is_a_building(title, lines):
    hits = found(page(title, paragraphs(lines)))
    assert not {kind for kind, _ in hits} & {"customer_name", "account_number", "energy_usage"}, hits


def test_a_text_list_of_sites_with_the_utilitys_letters_after_each_name_is_the_citys():
    text = ("City facilities - August peak demand\n"
            "Ellis Hall SCE 2-84-517-4807 212 kW 8,756 kWh\n"
            "Lowell Hall SCE 2-45-720-3672 397 kW 47,780 kWh\n"
            "Civic Center SCE 2-79-685-2705 405 kW 32,672 kWh\n")
    hits = found(text, "peak-demand.txt")
    assert not {kind for kind, _ in hits} & {"customer_name", "account_number", "energy_usage"}, hits


def test_customers_whose_surnames_are_place_words_stay_customers_among_customers():
    lines = ["Escalation: Hope Hall, account 2-45-191-8338, disputes a bill of 1,280 kWh.",
             "Escalation: Odalys Ferreira, account 2-92-447-4726, disputes a bill of 940 kWh."]
    hits = found(page("Customer care escalations", paragraphs(lines)))
    assert ("account_number", "2-45-191-8338") in hits
    assert ("account_number", "2-92-447-4726") in hits


# --- a table's column of places -------------------------------------------------------------------------------------

def table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def test_a_directorys_name_column_of_halls_and_parks_names_facilities():
    rows = [["Morgan Church", "Community Hall", "785 Casa Vista Dr", "(909) 620-2214"],
            ["Garfield Hall", "Senior Center", "1217 Kenoak Dr", "(909) 620-2550"],
            ["Curtis Park", "Park Building", "1418 Quarry Oaks Ct", "(909) 620-2871"],
            ["Madison Hall", "Community Hall", "3446 Hollowell Ave", "(909) 620-2390"]]
    hits = found(page("Community Facilities Directory", table(["Name", "Hall", "Address", "Phone"], rows)))
    assert not {kind for kind, _ in hits} & {"customer_name", "address"}, hits


def test_a_customers_table_with_one_place_word_surname_stays_a_customers():
    rows = [["Hope Hall", "785 Casa Vista Dr", "(951) 555-0132", "7004418820"],
            ["Odalys Ferreira", "1217 Kenoak Dr", "(626) 555-0177", "7004418821"],
            ["Radu Constantin", "1418 Quarry Oaks Ct", "(909) 555-0163", "7004418822"]]
    hits = found(page("Disconnection holds", table(["Customer", "Service Address", "Phone", "Account"], rows)))
    assert ("customer_name", "Odalys Ferreira") in hits
    assert ("address", "785 Casa Vista Dr") in hits


# --- the City's correspondence with organizations -------------------------------------------------------------------

def test_a_correspondence_register_with_agencies_and_consultants_names_no_customer():
    rows = [["3/2/2026", "Wilhelmina Umberger &lt;wumberger@pacificenergyadvisors.com&gt;", "Q3 billing reconciliation"],
            ["3/4/2026", "bdunleavy@mrwassoc.com (Bernadette Dunleavy)", "Usage data for IRP filing"],
            ["3/9/2026", "&quot;Dunleavy, Demetrius&quot; &lt;ddunleavy@calpinesolutions.com&gt;", "Meter data exchange file"],
            ["3/11/2026", "Lazarus Northcott &lt;lnorthcott@cal-cca.org&gt;", "Opt-out notice mailing proof"]]
    hits = found(page("PCE Correspondence Register", table(["Received", "From", "Subject"], rows)))
    assert not {kind for kind, _ in hits} & {"customer_name", "email"}, hits


def test_customers_writing_from_their_own_mailboxes_stay_customers():
    rows = [["3/2/2026", "Napoleon Rasmussen &lt;napoleon66@gmail.com&gt;", "My bill doubled"],
            ["3/4/2026", "Severino Kettleborough &lt;severino31@yahoo.com&gt;", "Autopay failed"],
            ["3/9/2026", "Teodora Wetherby &lt;twetherby@kimley-horn.com&gt;", "Opt out request"]]
    hits = found(page("Billing inbox export", table(["Received", "From", "Subject"], rows)))
    assert ("email", "napoleon66@gmail.com") in hits
    assert ("customer_name", "Severino Kettleborough") in hits


# --- phones read as accounts ----------------------------------------------------------------------------------------

def test_a_phone_wrapped_before_the_next_entrys_date_is_no_account():
    text = ("CSR call notes\n"
            "05/15 left vm for Esperanza Kowalczyk (909)\n"
            "896-9582 re: payment plan. 08/07 E. Achterberg called re acct 4249765187 high bill, cb (562)\n"
            "836-1247. 10/18 K. Kirkpatrick called re acct 7948461108 high bill, cb (714) 580-2761.\n")
    hits = found(text, "call-log.txt")
    accounts = {value for kind, value in hits if kind == "account_number"}
    assert accounts == {"4249765187", "7948461108"}, accounts
    assert ("phone", "(562) 836-1247") in hits


def test_a_phone_after_a_service_agreements_label_that_the_page_calls_a_desk_or_dials_elsewhere():
    faq = page("Solar Interconnection FAQ", paragraphs([
        "Questions about the Service Agreement (SA) for solar interconnection: SA 909-483-3450 is the "
        "interconnection desk, weekdays."]))
    assert not {kind for kind, _ in found(faq)} & {"account_number"}
    log = ("CSR call notes\n"
           "10/02 Urbano Jurado called about a high bill, cb (909) 836-1247.\n"
           "10/05 follow-up: Urbano Jurado SA 909-836-1247 payment plan set.\n")
    hits = found(log, "notes.txt")
    assert ("account_number", "909-836-1247") not in hits
    assert ("customer_name", "Urbano Jurado") in hits


def test_a_phone_shaped_service_agreement_alone_in_a_note_stays_an_account():
    log = "CSR call notes\n10/05 follow-up: Urbano Jurado SA 909-836-1247 payment plan set.\n"
    assert ("account_number", "909-836-1247") in found(log, "notes.txt")


# --- numbers of other things under headings about particular people ------------------------------------------------

def test_work_orders_and_badges_beside_staff_are_no_accounts():
    body = ("<h2>Work orders completed - March</h2><p>Prudencio Brightwater (2026-174-7229), street light repair, "
            "Casa Vista Dr<br>Isadora Kettleborough (2025-729-7193), street light repair, Kenoak Dr</p>"
            "<h2>Volunteer sign-up list - Tree Planting Day</h2><p>Clementine Villalobos, Public Works crew lead, badge "
            "8749624132<br>Gregorio Yarborough, Public Works crew lead, badge 1062483857</p>")
    hits = found(page("Public Works Monthly Report", body))
    assert not {kind for kind, _ in hits} & {"customer_name", "account_number"}, hits


def test_a_licence_lists_proprietors_trading_under_a_name_are_no_customers():
    body = ("<h2>Delinquent business license accounts</h2><ul><li>Mercedes Sandoval dba Quick Tires 6200-1501-12</li>"
            "<li>Gregorio Albarran dba Holt Tacos 8174-9123-80</li></ul>")
    hits = found(page("Finance Collections Report", body))
    assert not {kind for kind, _ in hits} & {"customer_name", "account_number"}, hits


def test_a_bare_account_beside_a_customer_under_a_shut_off_heading_stays():
    body = ("<h2>Shut-off holds - pending review</h2><ul><li>Keiko Abernathy 0071 4420 9913</li>"
            "<li>Tomasz Wierzbicki 0071 4420 9914</li></ul>")
    hits = found(page("Collections", body))
    assert ("account_number", "0071 4420 9913") in hits


def test_a_docx_facility_directory_names_no_customer():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Community Facilities Directory", 1)
    grid = document.add_table(rows=1, cols=4)
    for cell, header in zip(grid.rows[0].cells, ["Name", "Hall", "Address", "Phone"]):
        cell.text = header
    for row in [["Morgan Church", "Community Hall", "785 Casa Vista Dr", "(909) 620-2214"],
                ["Garfield Hall", "Senior Center", "1217 Kenoak Dr", "(909) 620-2550"],
                ["Grace Park", "Park Building", "1683 Artesia St", "(909) 620-2871"]]:
        for cell, value in zip(grid.add_row().cells, row):
            cell.text = value
    data = io.BytesIO()
    document.save(data)
    extracted = extract("https://www.cityofpomona.example/parks/facilities.docx", data.getvalue())
    hits = {(f.category, f.value) for f in scan_document(extracted, DETECTORS)}
    assert not {kind for kind, _ in hits} & {"customer_name", "address"}, hits


# --- a single card ------------------------------------------------------------------------------------------------

def card(fields: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in fields) + "</table>"


def test_a_buildings_profile_card_is_the_citys():
    html = page("Building Energy Profile", card([
        ("Name", "Lowell Hall"), ("Building type", "Community center"), ("Service Address", "1729 Monterey Ave"),
        ("SCE Account", "2-73-879-8364"), ("Floor area", "12,000 sq ft"), ("Annual use", "214,300 kWh")]))
    hits = found(html)
    assert not {kind for kind, _ in hits} & {"customer_name", "account_number", "energy_usage"}, hits


def test_a_customers_card_with_a_place_word_surname_stays_a_customers():
    html = page("Account card", card([("Name", "June Hall"), ("Service Address", "1729 Monterey Ave"),
                                      ("Account #", "7004418820")]))
    hits = found(html)
    assert ("customer_name", "June Hall") in hits
    assert ("account_number", "7004418820") in hits
