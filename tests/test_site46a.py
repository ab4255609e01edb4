"""Account numbers with a year in them, call-notes exports, hidden HTML and big PDFs' layouts (red team site46).

- A customer number a billing system writes as letters, the year and a serial ("Customer No. OLN-2024-19875",
  "cust#: OLN-2023-60138", "under OPC account OLN-2024-55657") under a label naming a customer's account, or a plain
  account's with its holder bracketed after it ("account OLN-2023-00432 (Araceli Arreola)"). Hard
  negatives: a case's, a permit's, a service request's, a complaint's or a resolution's number of the same shape,
  under its own label or a plain "Account:".
- A customer's record in brackets: name, a coded account, the bill's usage ("(Ana Ruiz, SO-845058, 2,950kWh)").
  Hard negatives: without the usage, an official's, a purchase order's prefix.
- A call-notes export's note line ("note: cust states she moved into 12 Elm St in Jan; usage 1,509 kWh seems high.
  adv'd re: Level Pay."): the home and the usage are the ticket's customer's. Hard negatives: a firm or a City
  facility the note names, a ticket with no customer record.
- A photo's alt of a resident with what was installed at their home ("Ana Ruiz in front of the panels at 12 Elm
  St"); a surname in brackets after the account in a photo's title; a prefilled textarea's usage in a customer's
  form. Hard negatives: a councilmember at a facility, a business owner, a blank contact form's message.
- A sideways table whose first header cell a PDF read with the footer line above ("Packet Page 269Customer" over
  "Service address | Premise ID | Phone | Annual kWh"): the labels name the last columns. A case note's "Reach at
  (714) ..." right after its record. Hard negatives: a facilities table of the same layout, the City's own number.
"""
from __future__ import annotations

from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors, pairs_found, values_of

_SITE = "https://www.olindapower.org"


def _txt(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/data/export.txt", "\n".join(lines) + "\n")


def _html(body: str) -> set[tuple[str, str]]:
    page = f"<html><head><title>Page</title></head><body><main><h1>Page</h1>{body}</main></body></html>"
    return pairs_found(f"{_SITE}/opc/page.html", page, "text/html")


# --- year-and-serial customer numbers -------------------------------------------------------------------------

def test_a_customer_number_with_the_sign_up_year_under_a_customer_label():
    assert values_of(_txt("RE: Your inquiry of June 21 - Customer No. OLN-2024-19875"), "account_number") == {
        "OLN-2024-19875"}
    assert values_of(_txt("OPC Customer ID: OLN-2023-87599"), "account_number") == {"OLN-2023-87599"}
    found = _txt("Ms. Ramos appealed the disconnection under OPC account OLN-2024-55657 and the board agreed.")
    assert values_of(found, "account_number") == {"OLN-2024-55657"}


def test_a_year_serial_account_with_its_holder_bracketed_after_it():
    found = _txt("OPC Customer Care confirmed Medical Baseline status for account OLN-2023-00432 (Araceli Arreola).")
    assert values_of(found, "account_number") == {"OLN-2023-00432"}
    assert values_of(found, "customer_name") == {"Araceli Arreola"}
    for line in ("Account: RES-2024-00123 (adopted)", "Account: RES-2024-00123 (Council)"):
        assert not values_of(_txt(line), "account_number"), line


def test_a_case_a_permit_or_a_request_of_the_same_shape_is_no_account():
    for line in ("Case No. CE-2024-00432 was closed. Permit BLD-2024-00412 issued.",
                 "Customer Service Request No. SR-2024-01234 was closed on May 3.",
                 "Service Request ID: SR-2024-01234",
                 "Customer Complaint No. CC-2024-00123 logged.",
                 "Account: RES-2024-00123 (Resolution adopted by council)",
                 "Customer survey ID: CSS-2024-001 sent to all members."):
        assert not values_of(_txt(line), "account_number"), line


# --- a record in brackets -------------------------------------------------------------------------------------

def test_a_real_bill_left_in_a_comment_as_name_account_and_usage():
    found = _html("<p>Residential rates effective July 1, 2024.</p>"
                  "<!-- TODO before publish: replace real bill used during testing (Ramon Villanueva, SO-845058, "
                  "2,950kWh) -->")
    assert values_of(found, "account_number") == {"SO-845058"}
    assert values_of(found, "customer_name") == {"Ramon Villanueva"}
    assert values_of(found, "energy_usage") == {"2,950kWh"}


def test_a_bracket_without_usage_or_of_an_official_or_an_order_is_no_record():
    for body in ("<p>Permit issued (Ramon Villanueva, SO-845058) for the carport.</p>",
                 "<p>Ribbon cutting (Councilmember Grace Liang, R-2024113, 500 kWh saved).</p>",
                 "<p>Panels ordered (Ramon Villanueva, PO-845058, 2,950 kWh a year).</p>"):
        assert not values_of(_html(body), "account_number"), body


# --- a call-notes export --------------------------------------------------------------------------------------

_NOTES = ("Olinda Power Collective - CRM export - call notes",
          "TICKET 42229  agent: M. Santos (CSR)",
          "  cust: Tyrone Whitfield   cust#: OLN-2023-60138",
          "  cb: +1 818 358 7156",
          "  note: cust states he moved into 535 Jacaranda Pl #289 in Jan; usage 1,509 kilowatt-hours seems high. "
          "adv'd re: Level Pay.",
          "",
          "TICKET 47358  agent: M. Santos (CSR)",
          "  cust: Analyn Villanueva   cust#: 894358-1",
          "  cb: 909.547.3259",
          "  note: cust states she moved into 181 Olive Hill Ct in Jan; usage 2,284 KWH seems high. adv'd re: Level Pay.")


def test_a_call_notes_export_ties_the_note_to_the_tickets_customer():
    found = _txt(*_NOTES)
    assert values_of(found, "customer_name") == {"Tyrone Whitfield", "Analyn Villanueva"}
    assert values_of(found, "account_number") == {"OLN-2023-60138", "894358-1"}
    assert values_of(found, "phone") == {"+1 818 358 7156", "909.547.3259"}
    assert values_of(found, "address") == {"535 Jacaranda Pl #289", "181 Olive Hill Ct"}
    assert values_of(found, "energy_usage") == {"1,509 kilowatt-hours", "2,284 KWH"}


def test_a_note_naming_a_firm_or_a_facility_and_a_ticket_with_no_customer():
    found = _txt("TICKET 42230  agent: M. Santos (CSR)",
                 "  cust: Tyrone Whitfield   cust#: OLN-2023-60138",
                 "  note: cust states Foothill Heat Pump & Air at 410 W Foothill Blvd did the install; bill is fine.",
                 "",
                 "TICKET 42231  agent: M. Santos (CSR)",
                 "  cust: Analyn Villanueva   cust#: 894358-1",
                 "  note: cust states she paid at City Hall, 300 W Civic Center Plaza; no usage issue.")
    assert not values_of(found, "address")
    staff = _txt("TICKET 42232  agent: K. Obuya",
                 "  note: cust states the lobby at 300 W Civic Center Plaza was closed; 540 kWh typical home.")
    assert not values_of(staff, "address") and not values_of(staff, "energy_usage")


# --- hidden HTML ----------------------------------------------------------------------------------------------

def test_a_photos_alt_and_title_name_the_customer_at_home():
    found = _html('<figure><img src="a.jpg" alt="Rajesh Tehrani in front of the panels at 11776 Jacaranda Pl">'
                  "<figcaption>A new rooftop system on an all-electric home.</figcaption></figure>"
                  '<figure><img src="b.jpg" alt="Heat pump" title="Installed for account 8-31-816-5525 (Wong) - '
                  '1,921kWh before"><figcaption>A heat pump install.</figcaption></figure>'
                  '<figure><img src="c.jpg" alt="Councilmember Grace Liang at the ribbon cutting, Ybarra Park '
                  'Community Center, 2210 Citrus Way"></figure>')
    assert values_of(found, "customer_name") == {"Rajesh Tehrani", "Wong"}
    assert values_of(found, "address") == {"11776 Jacaranda Pl"}


def test_photos_of_officials_and_owners_are_no_customers():
    found = _html('<figure><img src="a.jpg" alt="Councilmember Grace Liang in front of the panels at City Hall, '
                  '300 W Civic Center Plaza"></figure>'
                  '<figure><img src="b.jpg" alt="Owner Rajesh Tehrani in front of the panels at 410 W Foothill Blvd, '
                  'home of Tehrani Bakery"></figure>'
                  "<p>All-electric buildings save on the electric bill. Customer Care: (833) 765-4632</p>")
    assert not values_of(found, "address") and not values_of(found, "customer_name")


def test_a_prefilled_forms_textarea_is_the_customers():
    found = _html('<form action="/api/update" method="post"><input type="hidden" name="said" value="3-434-406-378">'
                  '<label>Name <input name="name" value="Jian Liu"></label>'
                  '<label>Service address <input name="svc_addr" value="14491 Arroyo Seco Dr"></label>'
                  '<label>Comments <textarea name="comments">Last bill was 785 kWh, please check.</textarea></label>'
                  "<button>Submit</button></form>")
    assert values_of(found, "energy_usage") == {"785 kWh"}
    assert values_of(found, "customer_name") == {"Jian Liu"}


def test_a_blank_contact_forms_message_is_no_record():
    found = _html('<form action="/contact" method="post"><label>Name <input name="name"></label>'
                  '<label>Message <textarea name="msg">A typical home uses 540 kWh a month.</textarea></label>'
                  "<button>Send</button></form>")
    assert not values_of(found, "energy_usage")


# --- a big PDF's layouts, as their text comes out -------------------------------------------------------------

def _pdf_page(*lines: str, page: int = 269) -> set[tuple[str, str]]:
    """What every detector finds in one PDF page whose lines came out as ``lines`` (a table's cells apart by tabs)."""
    segments = [Segment(text, Location(page=page, line=k)) for k, text in enumerate(lines, start=1)]
    document = Document(url=f"{_SITE}/council/packet.pdf", content_type="application/pdf", segments=segments)
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


def test_a_sideways_tables_first_label_read_with_the_footer():
    found = _pdf_page("Item 6 - Attachment: Medical Baseline re-certifications",
                      "Packet Page 269Customer",
                      "Service address\tPremise ID\tPhone\tAnnual kWh",
                      "Soo-jin Jung\t772 Manzanita Rd\tPRM-2465150\t818.437.5795\t20,235",
                      "Tyrone Kang\t1054 Jacaranda Pl\tP14633176\t+1 951 723 2041\t14,298")
    assert values_of(found, "account_number") == {"PRM-2465150", "P14633176"}
    assert values_of(found, "energy_usage") == {"20,235", "14,298"}
    assert values_of(found, "customer_name") == {"Soo-jin Jung", "Tyrone Kang"}


def test_a_facilities_table_of_the_same_layout_is_the_citys():
    found = _pdf_page("Item 7 - Attachment: City facility meters",
                      "Packet Page 270Facility",
                      "Service address\tPremise ID\tPhone\tAnnual kWh",
                      "City Hall\t300 W Civic Center Plaza\tPRM-2465150\t(833) 765-4632\t420,235",
                      "Ybarra Park Community Center\t2210 Citrus Way\tP14633176\t(833) 765-4632\t114,298",
                      page=270)
    assert not values_of(found, "energy_usage") and not values_of(found, "address")


def test_a_case_notes_callback_line_after_its_record():
    found = _txt("Case highlights (right column)",
                 "Mr. Pangilinan (SAID",
                 "4594363953) asked to",
                 "opt out after a move. The new",
                 "address is 16692 Mission Oaks Blvd.",
                 "Reach at (714)553-2329.")
    assert values_of(found, "phone") == {"(714)553-2329"}
    office = _txt("Mr. Pangilinan (SAID 4594363953) asked to opt out after a move.",
                  "Call at (833) 765-4632.")
    assert not values_of(office, "phone")
