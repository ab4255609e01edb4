"""Leftovers of red teams site45, site47 and site50 (round 49), each fixed as a family with true cases and a city
website's hard negatives.

1. A program's number an export carries under a reference's label ("Ref (Rebate ID)", "Rebate Ref", "Reference:
   Application #") is the participant's program account in a row naming the person it pays (an accounts-payable
   export of rebates paid under the payee's SSN or ITIN), as "Rebate No." is in a participants' table; a firm's
   row keeps its number a payment's. So is "(application EVC-48013)" in a customer's sentence of a case study.
2. An "Owner" column beside a home's own usage where it is (a utility's solar interconnection queue: Service Order |
   Owner | Site | System Size | Prior-Yr Usage) names the homes' customers, as beside an account it does; a building
   benchmarking disclosure's owners, the City's facilities and a permit log's owners stay public.
3. Spanish "su factura" after what the person did about it ("llamó por su factura", "fue atendida por ... con su
   factura") is the person's own bill, as "her bill" is.
4. A person whom staff helped in a text telling utility matters ("A Tagalog-speaking senior (NAME, phone) was helped
   by Lyle Pennington in Tagalog" among a customer-care report's cases) is the customer, with their phone; the
   helper stays staff; a library's or a park's volunteer helped at an event is no one's customer.
5. A public speaker's row (Speaker | Address | Phone, a speaker-card transcription) is a public record under PCE-01:
   a commenter is no utility customer until the row ties them to an account or their usage.
"""
from __future__ import annotations

from detectors.context.headers import program_id_column
from tests.detector_helpers import pairs_above_low, pairs_found, values_of

SITE = "https://www.pomonachoiceenergy.org"
CITY = "https://www.pomonaca.gov"


def _table(title: str, header: list[str], rows: list[list[str]], lead: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><main><h1>{title}</h1>{lead}<table><tr>{head}</tr>{body}</table></main></body></html>"


def _page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><main><h1>{title}</h1>{body}</main></body></html>"


# --- 1. a program's reference in a payee's row -------------------------------------------------------------------

def test_program_reference_columns():
    for label in ("Ref (Rebate ID)", "Rebate Ref", "rebate_ref_no", "Rebate Reference #", "Application Ref.",
                  "Ref: Rebate #", "Rebate No.", "App ID"):
        assert program_id_column(label), label
    for label in ("Reference", "Ref #", "Rebate", "Rebate Amount", "Application Date", "Check #"):
        assert not program_id_column(label), label


_AP_EXPORT = """Vendor/Payee,TIN,TIN Type,Remit To,Check #,Amount,Ref (Rebate ID)
"Raghunathan, Rajesh",963-88-6892,ITIN,2911 E Del Amo Cir #216,104628,1585,EVC-64130
Kang Bros. HVAC,26-9873062,EIN,PO Box 1187,104442,2450,REB248534
"Jung, Seo-yeon",668-14-7893,SSN,2371 E Foothill Blvd Apt 29,107512,605,HP-2023-07261
Arroyo Solar Installers Inc.,95-1842859,EIN,PO Box 1187,105517,565,REB248099
"""


def test_a_rebate_paid_to_a_person_carries_their_program_account():
    found = pairs_found(f"{SITE}/docs/rebate_payments_FY24.csv", _AP_EXPORT)
    assert values_of(found, "account_number") == {"EVC-64130", "HP-2023-07261"}
    assert values_of(found, "customer_name") == {"Raghunathan, Rajesh", "Jung, Seo-yeon"}
    assert not {"104628", "107512", "REB248534", "REB248099"} & values_of(found, "account_number")


def test_firms_paid_under_a_rebate_reference_stay_payments():
    firms = """Vendor/Payee,TIN,TIN Type,Remit To,Check #,Amount,Ref (Rebate ID)
Kang Bros. HVAC,26-9873062,EIN,PO Box 1187,104442,2450,REB248534
Arroyo Solar Installers Inc.,95-1842859,EIN,PO Box 1187,105517,565,REB248099
"""
    assert not values_of(pairs_found(f"{SITE}/docs/rebate_payments_FY24.csv", firms), "account_number")


def test_a_vendor_master_lists_sole_proprietor_keeps_only_the_ssn():
    """The README's vendor-list decision holds: a reference column of no program adds nothing to a proprietor's row."""
    vendors = """Vendor,TIN,Remit To,PO #,Ref
Ana Ruiz dba Ruiz Tile,668-14-7893,2371 E Foothill Blvd,PO-44120,INV-20231
"""
    found = pairs_found(f"{CITY}/finance/vendors.csv", vendors)
    assert values_of(found, "ssn") == {"668-14-7893"}
    assert not values_of(found, "account_number")
    assert not values_of(found, "address")


def test_a_program_number_in_a_customers_sentence():
    found = pairs_found(f"{SITE}/docs/case-study.html", _page(
        "Case Study: Replacing a Gas Water Heater",
        "When Huu Phuoc Ly applied (application EVC-48013), the home at 4084 W Hacienda Pl used 8,763 kWh per year."))
    assert values_of(found, "account_number") == {"EVC-48013"}
    assert values_of(found, "customer_name") == {"Huu Phuoc Ly"}


def test_a_program_number_beside_staff_or_a_program_stays_public():
    for line in ("Program manager Dana Whitfield (909-620-2311) reviewed application EVC-48013 for the Civic Center.",
                 "Ana Ruiz (909-555-0144) called about her bill after the rebate program HP-2024 closed."):
        assert not values_of(pairs_found(f"{SITE}/news/item.html", _page("News", line)), "account_number"), line


# --- 2. an owner beside a home's usage ---------------------------------------------------------------------------

_QUEUE_ROWS = [["WO-2439354", "Hovik Hakobyan", "10702 E Hacienda Pl", "8.4 kW", "12,288 kWh"],
               ["SO8563730", "Xochitl Montañez", "4795 E Mesa Grande Dr Unit C", "5.6 kW", "11,701 kWh"]]


def test_homeowners_in_an_interconnection_queue_are_customers():
    for header in (["Service Order", "Owner", "Site", "System Size", "Prior-Yr Usage"],
                   ["Queue #", "Property Owner", "Service Address", "System Size", "Annual Usage (kWh)"]):
        found = pairs_found(f"{SITE}/utilities/solar-nem-queue.html",
                            _table("Solar Interconnection Inspection Queue", header, _QUEUE_ROWS))
        assert values_of(found, "customer_name") == {"Hovik Hakobyan", "Xochitl Montañez"}, header
        assert values_of(found, "energy_usage") == {"12,288 kWh", "11,701 kWh"}, header
        assert not {"WO-2439354", "SO8563730"} & values_of(found, "account_number")  # work orders stay the jobs'


def test_owners_of_buildings_facilities_and_permits_stay_public():
    pages = [("Building Energy Benchmarking 2023", ["Property Name", "Property Owner", "Address", "Floor Area",
                                                    "Annual kWh"]),
             ("Building Energy Benchmarking 2023", ["Building", "Owner", "Address", "Site EUI", "Annual Usage"]),
             ("Solar permits issued", ["Permit #", "Owner", "Site", "System Size", "Est. Annual Production"]),
             ("Solar permits issued", ["Permit No.", "Owner", "Site Address", "System Size", "Annual kWh"])]
    for title, header in pages:
        found = pairs_found(f"{CITY}/energy/list.html", _table(title, header, _QUEUE_ROWS))
        assert not values_of(found, "customer_name"), header
        assert not values_of(found, "energy_usage"), header
    facilities = _table("City facilities energy use", ["Facility", "Owner", "Address", "Size", "2023 kWh"],
                        [["Civic Center", "City of Pomona", "505 S Garey Ave", "n/a", "1,212,288 kWh"],
                         ["Main Library", "Pomona Public Library", "625 S Garey Ave", "n/a", "411,701 kWh"]])
    assert not pairs_found(f"{CITY}/energy/facilities.html", facilities)


# --- 3. Spanish "su factura" of the person who acted on it ----------------------------------------------------------

def test_spanish_own_bill_after_what_the_person_did():
    for line, name, value in [
            ("Marisol Ortega (909-555-0144) llamó por su factura de luz.", "Marisol Ortega", "909-555-0144"),
            ("Yolanda Ruiz, 1420 W Holt Ave, fue atendida por Hector Salas con su factura de luz.", "Yolanda Ruiz",
             "1420 W Holt Ave"),
            ("La señora Yolanda Ruiz (909-555-0177) fue atendida por Hector Salas, quien le ayudó con su factura.",
             "Yolanda Ruiz", "909-555-0177"),
            ("Teresa Gomez (626-555-0190) pidió un plan para su cuenta de luz.", "Teresa Gomez", "626-555-0190")]:
        found = pairs_found(f"{SITE}/es/noticias.html", _page("Noticias", line))
        assert values_of(found, "customer_name") == {name}, line
        assert value in values_of(found, "phone") | values_of(found, "address"), line
        assert "Hector Salas" not in values_of(found, "customer_name")


def test_spanish_without_a_bill_stays_public():
    for line in ("Marisol Ortega (909-555-0144) llamó para inscribirse en el taller de jardinería.",
                 "Marisol Ortega (909-555-0144) fue atendida por la biblioteca con su tarjeta.",
                 "La concejal Marisol Ortega (909-555-0144) llamó a los vecinos para hablar de su propuesta."):
        assert not values_of(pairs_found(f"{CITY}/es/noticias.html", _page("Noticias", line)), "customer_name"), line


# --- 4. a person staff helped, in a utility's text ------------------------------------------------------------------

_CASES = ("<html><body><main><h1>Customer Care Annual Report 2024</h1><p>In 2024 the team answered 56,576 calls."
          "</p><h2>Cases of the year</h2><ol>"
          "<li><em>Meter swap.</em> The Montoya household, 18613 E Tonopah Ave, was billed on a neighbor's meter; "
          "after the swap, usage dropped from 1,045 kwh to normal.</li>"
          "<li><em>Language access.</em> A Tagalog-speaking senior (Consuelo Ibarra, 562.828.1904) was helped by "
          "Lyle Pennington in Tagalog.</li>"
          "<li><em>Outage.</em> Ruben Aldana (ruben.aldana61@gmail.com) was assisted by Dana Whitfield after the "
          "outage.</li></ol></main></body></html>")


def test_a_person_staff_helped_in_a_customer_care_report():
    found = pairs_found(f"{SITE}/acp/customer-care-annual-report.html", _CASES)
    names = values_of(found, "customer_name")
    assert {"Consuelo Ibarra", "Ruben Aldana"} <= names
    assert not names & {"Lyle Pennington", "Dana Whitfield"}
    assert "562.828.1904" in values_of(found, "phone")


def test_volunteers_helped_at_an_event_stay_public():
    page = _page("Library Volunteer News",
                 "Volunteer Consuelo Ibarra (562.828.1904) was helped by Lyle Pennington at the book sale.",
                 "Ruben Aldana (562-828-1999) was assisted by Parks staff in setting up the booth.",
                 "For help, call Consuelo Ibarra at 562-828-1904. Last year 400 residents were helped by volunteers.")
    assert not values_of(pairs_found(f"{CITY}/library/news.html", page), "customer_name")


# --- 5. public speakers --------------------------------------------------------------------------------------------

_SPEAKERS = [["Marisol Quintero", "1542 W Juniper Ct, Pomona CA 91766", "(909) 555-0142"],
             ["Omar Haddad", "733 N Sycamore Ave", "909-555-0199"]]


def test_speaker_sheets_are_public_records():
    for title, header in [("Public Speakers - City Council Meeting May 4", ["Speaker", "Address", "Phone"]),
                          ("City Council Meeting May 4", ["Speaker Name", "Home Address", "Phone Number"]),
                          ("Planning Commission", ["Name of Speaker", "Address", "Phone"]),
                          ("CCA Rate Hearing", ["Public Commenter", "Address", "Phone"]),
                          ("Speakers", ["Speaker", "Address", "Phone"])]:
        found = pairs_above_low(f"{CITY}/minutes/speakers.html", _table(title, header, _SPEAKERS))
        assert not found, header
    sheet = ("Speaker,Address,Phone,Email,Item\nMarisol Quintero,1542 W Juniper Ct,(909) 555-0142,mq@gmail.com,"
             "Item 4 - bike lanes\nOmar Haddad,733 N Sycamore Ave,909-555-0199,oh@yahoo.com,Item 7 - parks\n")
    assert not pairs_above_low(f"{CITY}/docs/speakers_may.csv", sheet)


def test_a_speaker_who_gives_their_own_account_and_usage_is_a_customer():
    rows = [_SPEAKERS[0] + ["Supports the library hours."],
            _SPEAKERS[1] + ["My account 3-041-882-1190 was billed 1,240 kWh in July; I want a review."]]
    found = pairs_found(f"{CITY}/minutes/speakers.html",
                        _table("Public Speakers - City Council Meeting May 4", ["Speaker", "Address", "Phone",
                                                                                 "Comment"], rows))
    assert values_of(found, "customer_name") == {"Omar Haddad"}
    assert values_of(found, "account_number") == {"3-041-882-1190"}
    assert values_of(found, "energy_usage") == {"1,240 kWh"}
    assert values_of(found, "address") == {"733 N Sycamore Ave"}
    assert values_of(found, "phone") == {"909-555-0199"}
    columns = [_SPEAKERS[0] + ["3-041-882-1207", "980 kWh"], _SPEAKERS[1] + ["3-041-882-1190", "1,240 kWh"]]
    found = pairs_found(f"{CITY}/minutes/speakers.html",
                        _table("Speakers - rate hearing", ["Speaker", "Address", "Phone", "Account", "July usage"],
                               columns))
    assert values_of(found, "customer_name") == {"Marisol Quintero", "Omar Haddad"}
    assert values_of(found, "account_number") == {"3-041-882-1207", "3-041-882-1190"}
