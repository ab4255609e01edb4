"""Public city pages that round 71's record rules read as customers' records: a lone hidden row of a park named after
a given name under a heading about parks, a titled two-row table of one park's meter, an agency's own SCE account in
brackets after its name, the City's account called so in brackets (in English, Spanish and Vietnamese), a PCE board
member's bio in a definition list that says they are a PCE customer. The customers' records beside them are still
found."""
from __future__ import annotations

from detectors.context.board_bios import board_members_bio
from detectors.context.place_headings import names_headed_place
from tests.detector_helpers import pairs_found

_URL = "https://www.ci.pomona.ca.us/page.html"


def _found(title: str, body: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    for kind, value in pairs_found(_URL, html, "text/html"):
        found.setdefault(kind, set()).add(value)
    return found


def _row(cells: list[str]) -> str:
    return "<table><tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"


def _dl(pairs: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


_PARK_ROW = ["Marian Park", "1358 Tejon Pl", "(909) 620-2210", "48,183 kWh"]


def test_a_lone_hidden_row_of_a_park_under_a_heading_about_parks_is_public():
    assert _found("Park Solar Lighting", f"<template>{_row(['Barbara Park', '2810 Artesia St', '(909) 620-2231', '86 kW'])}"
                                         "</template>") == {}
    assert _found("Park Usage", f"<div hidden>{_row(_PARK_ROW)}</div>") == {}
    assert _found("Neighborhood Parks", f"<template>{_row(_PARK_ROW)}</template>") == {}


def test_a_titled_two_row_record_of_a_park_under_such_a_heading_is_public():
    table = ("<table><tr><td colspan='3'>Harold Park</td></tr>"
             "<tr><td>962 Hollowell Ave</td><td>(909) 620-2231</td><td>6,158 kWh</td></tr></table>")
    assert _found("Park Meter of the Month", table) == {}


def test_a_persons_lone_row_under_a_heading_about_parks_is_still_a_record():
    found = _found("Park Usage", f"<template>{_row(['Perpetua Whitcombe', '3118 Casa Vista Dr', '9094417723', '812kWh'])}"
                                 "</template>")
    assert "Perpetua Whitcombe" in found.get("customer_name", set())


def test_one_parks_name_in_a_heading_says_nothing_of_the_row():
    """"City Hall counter log" is about one hall; a hidden "Marian Park" row under a page of no parks stays a record."""
    assert "Marian Park" in _found("Program update", f"<template>{_row(_PARK_ROW)}</template>").get("customer_name", set())
    found = _found("City Hall counter log", f"<template>{_row(['Helen Hall', '1358 Tejon Pl', '(626) 555-2210', '812 kWh'])}"
                                            "</template>")
    assert "Helen Hall" in found.get("customer_name", set())
    found = _found("Park Usage", f"<template>{_row(['Helen Hall', '1358 Tejon Pl', '(626) 555-2210', '812 kWh'])}</template>")
    assert "Helen Hall" in found.get("customer_name", set())  # a hall under a heading about parks is no park


def test_names_headed_place_reads_the_holders_last_word():
    assert names_headed_place("Garfield Park", frozenset({"park"}))
    assert not names_headed_place("Garfield Park", frozenset({"hall"}))
    assert not names_headed_place("Ana Parker", frozenset({"park"}))


def test_an_agencys_own_account_in_brackets_after_its_name_is_public():
    for line in ("Pomona Unified School District (Acct. 2-48-123-1329) joined the solar program at Garey High.",
                 "Three Valleys Municipal Water District (SCE account 2-48-123-1329) moved to the green product."):
        assert _found("Facilities Moving to 100% Green", f"<p>{line}</p>") == {}


def test_a_person_of_an_agency_with_an_account_in_brackets_is_still_a_customer():
    for line in ("Customer Ana Ruiz (Acct. 2-48-123-1329) disputed the late fee on the July bill.",
                 "Ana Ruiz of the Water District (Acct. 2-48-123-1329) disputed the late fee on her bill."):
        assert "2-48-123-1329" in _found("Disputes", f"<p>{line}</p>").get("account_number", set())


def test_an_account_called_the_citys_in_brackets_is_public_in_each_language():
    for line in ("Número de cuenta: 2-54-495-7383 (cuenta de la Ciudad).",
                 "Số tài khoản: 2-54-495-7383 (tài khoản của Thành phố).",
                 "Account number 2-54-495-7383 (City account).",
                 "Número de cuenta de SCE del Garfield Park: 2-54-495-7383 (cuenta de la Ciudad).",
                 "Số tài khoản SCE của Garfield Park: 2-54-495-7383 (tài khoản của Thành phố)."):
        assert _found("Noticias", f"<p>{line}</p>") == {}


def test_a_customers_account_called_the_citys_is_still_theirs():
    found = _found("Notes", "<p>Customer Ana Park, account 2-54-495-7383 (City account).</p>")
    assert "2-54-495-7383" in found.get("account_number", set())


def test_a_board_members_bio_that_says_they_are_a_pce_customer_is_public():
    bio = [("Member", "Ofelia Albarran"), ("Occupation", "Owner, Sunrise Nail Spa"),
           ("Business address", "1234 Holt Ave"), ("Business phone", "(951) 402-4045"), ("PCE customer since", "2019")]
    assert _found("PCE Board of Directors", _dl(bio)) == {}
    seat = [("Director", "Ofelia Albarran"), ("Seat", "Residential Customer Representative"),
            ("Phone", "(909) 620-2217"), ("Customer since", "2021")]
    assert _found("PCE Board of Directors", _dl(seat)) == {}


def test_a_customers_definition_list_is_still_a_record():
    record = [("Customer", "Ofelia Albarran"), ("Service address", "1234 Holt Ave"), ("Phone", "(951) 402-4045"),
              ("Customer since", "2019")]
    found = _found("Account Summary", _dl(record))
    assert "Ofelia Albarran" in found.get("customer_name", set())
    assert "1234 Holt Ave" in found.get("address", set())


def test_a_member_with_an_account_is_no_bio():
    assert not board_members_bio(["Customer", "Account"])
    assert board_members_bio(["Member", "Occupation", "Business phone"])
    record = [("Member", "Ofelia Albarran"), ("District", "3"), ("Account", "2-48-123-1329"),
              ("Service address", "1234 Holt Ave")]
    assert "2-48-123-1329" in _found("Account Summary", _dl(record)).get("account_number", set())


def _coaches_pdf(name_header: str) -> bytes:
    """A program's PDF whose text speaks of enrolling customers in CARE, over a table of its people with their office
    phones and their neighbourhoods' savings."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(0, 5, "Coaches help neighbours read their bills and enroll in CARE and FERA.", new_x="LMARGIN",
                   new_y="NEXT")
    rows = [[name_header, "Neighborhood", "Office Phone", "kWh Saved (neighborhood)"],
            ["Wilhelmina Umberger", "Ganesha Hills", "(909) 620-2231", "36,196 kWh"],
            ["Honoria Albarran", "Downtown", "(909) 620-2232", "39,705 kWh"],
            ["Ulysses Jarvinen", "Westmont", "(909) 620-2233", "81,757 kWh"]]
    for row in rows:
        for cell, width in zip(row, (50, 50, 40, 50)):
            pdf.cell(width, 6, cell, border=1)
        pdf.ln()
    return bytes(pdf.output())


def test_a_programs_coaches_with_their_neighbourhoods_savings_are_no_participants():
    assert pairs_found("https://www.ci.pomona.ca.us/coaches.pdf", _coaches_pdf("Coach"), "application/pdf") == set()


def test_a_spanish_shut_off_notice_alone_names_its_household():
    """With no "your" of English to open a record, the notice's "Para:" before the addressee is where it is read."""
    notice = ("<p>Aviso de corte de servicio. Para: Ulysses Wetherby, 3285 Artesia St. Su servicio eléctrico será "
              "suspendido el 5 de junio por un saldo vencido de $312.</p>")
    found = _found("Aviso", notice)
    assert "Ulysses Wetherby" in found.get("customer_name", set())
    assert any(value.startswith("3285 Artesia St") for value in found.get("address", set()))


def test_outage_notices_to_staff_a_facility_and_residents_at_large_stay_public():
    for notice in ("Para: Ulysses Wetherby, 148 N. Huntington St. Asunto: el servicio de luz del Patio Municipal será "
                   "suspendido el sábado.",
                   "To: Ulysses Wetherby, 505 S. Garey Ave. The power at City Hall will be shut off on Saturday.",
                   "Aviso público: corte de servicio programado. Para: residentes de la calle Tejon Pl. El servicio será "
                   "suspendido el 5 de junio.",
                   "Aviso de corte programado. Para: Biblioteca Pública de Pomona, 625 S. Garey Ave. El servicio "
                   "eléctrico será suspendido el sábado."):
        assert _found("Aviso", f"<p>{notice}</p>") == {}
