"""Public look-alikes on a City site (red team neg37, precision): the City's own facilities and its vendors.

- A works or public place the City runs, named by capitalized words and the noun of its kind ("Harwell Well Site 3",
  "Corporate Yard", "Animal Shelter", "Civic Center Parking Structure", "Fleet Maintenance Shop"), is one of its
  facilities, like City Hall: the SCE account, the address and the yearly kWh an energy audit or a staff report gives
  for it are the City's. Hard negatives: a resident's own account, home and use in the same kind of sentence, a
  resident's "yard" in lower case, an apartment complex, all still reported.
- A park named with its part in lower case ("Brambleton Park ballfield lights") is a park, no person "Brambleton
  Park".
- A place named after a person ("The Imani Okafor Sports Complex", "the Tomasz Wierzbicki Memorial Pool") is a
  place. Hard negatives: customers whose surname is a place's word ("Hye-jin Park", "Rosalind Field", "Maria Elena
  Park") are still named.
- A trade's noun names a vendor as Inc. or LLC does ("Lorraine Catering", "Juniper Tree Care", "Aldo Locksmith"):
  the EIN beside it is the business's, public. Hard negatives: a vendor listed under a person's own name with an EIN,
  and a sole proprietor's SSN, are still reported.
"""
from __future__ import annotations

from tests.detector_helpers import docx_table, pairs_found, values_found, values_of

_SITE = "https://www.cityofexample.gov"


def _page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><main><h1>{title}</h1>{body}</main></body></html>"


# --- 1. the City's works and public places, named by their kind's noun -------------------------------------------

_AUDIT_LINES = (
    "Harwell Well Site 3, 1188 Quarrington Ave: SCE account 8-021-334-5567; annual consumption 1,204,880 kWh; "
    "peak demand 310 kW.",
    "Animal Shelter, 460 Tamsin Blvd: SCE account 8-021-334-5568; annual consumption 291,045 kWh; peak demand 122 kW.",
    "Fleet Maintenance Shop, 2290 Orrery Way: SCE account 8-021-334-5569; annual consumption 64,310 kWh.",
    "Civic Center Parking Structure, 501 Tamsin Blvd: SCE account 8-021-334-5570; annual consumption 402,777 kWh.",
)


def test_energy_audit_of_city_sites_reports_nothing():
    body = docx_table([["Site", "Auditor"], ["All", "Facilities Division"]],
                      "The sites below are owned by the City, which is the utility customer for each.", *_AUDIT_LINES,
                      heading="Municipal Energy Audit")
    found = values_found("audit_2025.docx", body, ("account_number", "address", "energy_usage", "customer_name"))
    assert found == {}


def test_city_site_lines_on_a_page_report_nothing_without_an_introduction():
    found = pairs_found(f"{_SITE}/publicworks/energy.html", _page("Energy use by site", *_AUDIT_LINES))
    assert found == set()


def test_staff_report_on_the_corporate_yard_reports_nothing():
    body = _page("Staff Report: LED Retrofit", "The Corporate Yard (SCE service account 8-021-334-5571, rate TOU-8) "
                 "used 1,118,204 kWh in FY2024; the retrofit is expected to cut that by a third.")
    assert pairs_found(f"{_SITE}/council/staff-report.html", body) == set()


def test_park_named_with_its_lights_is_no_person():
    body = _page("Sports lighting", "Brambleton Park ballfield lights, 77 Brambleton Ln: SCE account 8-021-334-5572; "
                 "annual consumption 940,310 kWh.")
    assert pairs_found(f"{_SITE}/parks/lighting.html", body) == set()


def test_residents_account_home_and_use_in_the_same_sentence_shape_are_still_reported():
    body = _page("Energy use by site", *_AUDIT_LINES[:2],
                 "Ms. Lucinda Ferro's account 8-031-447-2295, at 77 Brisbane Ct, used 612 kWh in May.")
    found = pairs_found(f"{_SITE}/publicworks/energy.html", body)
    assert values_of(found, "account_number") == {"8-031-447-2295"}
    assert values_of(found, "customer_name") == {"Ms. Lucinda Ferro"}
    assert values_of(found, "energy_usage") == {"612 kWh"}
    assert values_of(found, "address") == {"77 Brisbane Ct"}


def test_a_residents_yard_in_lower_case_is_a_home():
    body = _page("Storm damage", "A tree limb fell in my yard at 4410 Quillan St; my SCE account 8-031-447-2290 shows "
                 "733 kWh for June.")
    found = pairs_found(f"{_SITE}/news/storm.html", body)
    assert "4410 Quillan St" in values_of(found, "address")
    assert "8-031-447-2290" in values_of(found, "account_number")


def test_an_apartment_complex_is_no_city_site():
    body = _page("Notes", "Sunrise Apartment Complex, 918 Larchmont Ave: SCE account 8-031-447-2294; annual "
                 "consumption 88,120 kWh.")
    found = pairs_found(f"{_SITE}/pce/notes.html", body)
    assert "8-031-447-2294" in values_of(found, "account_number")
    assert "918 Larchmont Ave" in values_of(found, "address")


# --- 2. places named after people ----------------------------------------------------------------------------------

def test_sports_complex_and_pool_named_after_people_report_nothing():
    body = _page("Parks utility costs", "Parks facilities are City-owned and the City pays their electricity bills.",
                 "The Imani Okafor Sports Complex (SCE service account 8-021-334-5573) used 402,118 kWh in FY2025, "
                 "8% less than the year before.",
                 "The Tomasz Wierzbicki Memorial Pool (SCE service account 8-021-334-5574) used 96,205 kWh in FY2025.")
    assert pairs_found(f"{_SITE}/parks/utility-costs.html", body) == set()


def test_customers_whose_surname_is_a_place_word_are_still_named():
    body = _page("Call notes",
                 "Customer Hye-jin Park, SCE account 8-031-447-2291, 918 Larchmont Ave, used 540 kWh in July.",
                 "Rosalind Field, SCE account 8-031-447-2292, 42 Orrin Ct, used 515 kWh in July.",
                 "Maria Elena Park, SCE account 8-031-447-2293, 19 Cobb Pl, used 498 kWh in July.")
    found = pairs_found(f"{_SITE}/pce/call-notes.html", body)
    assert {"8-031-447-2291", "8-031-447-2292", "8-031-447-2293"} <= values_of(found, "account_number")
    names = values_of(found, "customer_name")
    assert {"Hye-jin Park", "Rosalind Field"} <= names
    assert any(name.startswith("Maria Elena") for name in names)


# --- 3. vendors named by their trade --------------------------------------------------------------------------------

_VENDORS = """vendor_name,federal_ein,city,payments_2025
Lorraine Catering,47-6120448,Claremont,18250
Juniper Tree Care,82-3309157,Ontario,41900
Aldo Locksmith,33-5521870,Pomona,6240
Harmon Cleaning Services,26-7718034,Pomona,20500
"""


def test_vendors_named_by_their_trade_keep_their_eins_public():
    found = values_found("small_vendor_1099_list_2025.csv", _VENDORS, ("taxpayer_id", "customer_name"))
    assert found == {}


def test_vendor_under_a_persons_own_name_is_still_reported():
    found = values_found("small_vendor_1099_list_2025.csv", _VENDORS + "Ricardo Alvarez,47-6120449,Upland,9800\n",
                         ("taxpayer_id",))
    assert found == {"taxpayer_id": ["47-6120449"]}


def test_sole_proprietors_ssn_beside_a_trade_name_is_still_reported():
    body = docx_table([["W-9 field", "Value"], ["Name", "Ricardo Alvarez"], ["Business name", "Alvarez Catering"],
                       ["Taxpayer identification number (SSN)", "521-44-7396"]],
                      "Vendor: Ricardo Alvarez dba Alvarez Catering (sole proprietor).", heading="Vendor packet")
    assert values_found("vendor_packet.docx", body, ("ssn",)) == {"ssn": ["521-44-7396"]}
