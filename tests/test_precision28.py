"""Public tables and directory entries of a city site that read like customer records (red team neg28).

Hard negatives: a streetlight inventory (pole, nearest address, fixture, estimated kWh) and an EV charging
network's session log (station, address, port type, kWh), the City's installations with no person in them; a
column of a thing's kind ("Port Type": CCS DCFC) is never a person's name; volunteer ambassadors' and approved
contractors' directory entries, whose cell and consumer mailbox are published for their role; the utility's own
postal address under a Spanish label. True cases: the same columns beside a customer's name or a service
address, a customer's entry with no public role, a Spanish customer block with its mailing address.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

ALL = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, ALL)


STREETLIGHTS = """Pole ID,Nearest Address,Fixture,Watts,Est. kWh/mo,Rate
PL-2207,841 W Grand Ave,LED cobra 4000K,62,21.4,LS-1
PL-2208,857 W Grand Ave,LED cobra 4000K,62,21.4,LS-1
PL-3391,2290 N Towne Ave,HPS 150W,150,52,LS-2
PL-3392,2310 N Towne Ave,Induction 80W,80,27.6,LS-2
"""

CHARGING = """Station ID,Station Name,Address,Port Type,Start (local),Energy (kWh),Fee ($)
PAL-01,Palomares Park,499 E Arrow Hwy,CCS DCFC,2026-09-12 08:14,24.310,7.78
PAL-02,Palomares Park,499 E Arrow Hwy,Tesla NACS,2026-09-12 10:02,11.05,3.54
TRN-01,Transit Center,100 W Commercial St,CCS DCFC,2026-09-13 17:40,19.9,6.37
"""


def test_a_streetlight_inventory_is_the_citys_not_customers():
    assert found("streetlight-inventory.csv", STREETLIGHTS) == {}


def test_an_ev_charging_session_log_is_the_citys_not_customers():
    assert found("ev-sessions.csv", CHARGING) == {}


def test_a_port_type_column_holds_no_names_even_without_station_columns():
    table = ("Code,Address,Port Type,Energy (kWh)\nG1,1575 N. White Ave,CCS DCFC,18.046\n"
             "G2,625 S. Garey Ave,Tesla NACS,22.5\n")
    assert found("chargers.csv", table) == {}


def test_a_customers_ev_rebate_table_with_a_vehicle_make_column_is_still_a_record():
    table = ("Participant,Service Address,Vehicle Make,Charger Model,Monthly kWh\n"
             "Odalys Ferreira,1418 N Gibbs St,Tesla NACS,Wallbox Pulsar,436\n")
    values = found("ev-rebates.csv", table)
    assert values["customer_name"] == ["Odalys Ferreira"]
    assert values["address"] == ["1418 N Gibbs St"]
    assert values["energy_usage"] == ["436"]


def test_service_addresses_with_their_usage_are_still_customers_data():
    table = "Service Address,Monthly kWh\n1418 N Gibbs St,436\n902 E Alvarado St,512\n"
    values = found("usage.csv", table)
    assert values["address"] == ["1418 N Gibbs St", "902 E Alvarado St"]
    assert values["energy_usage"] == ["436", "512"]


AMBASSADORS = """<html><body><h1>Community Energy Ambassadors</h1>
<p><b>Teodora Villanueva</b><br>Neighborhood Ambassador – Phillips Ranch<br>Languages: Tagalog<br>
Cell: 909-784-2210<br>teo.villanueva@att.net</p>
<p><b>Marcus Oyelaran</b><br>Block Captain, Washington Park<br>Mobile: 909-613-5524<br>moyelaran@yahoo.com</p>
</body></html>"""

CONTRACTORS = """<html><body><h1>Approved Solar Installers</h1><ul>
<li><strong>Brightline Solar</strong> – Ravi Chandrasekhar, owner<br>CSLB #902114 · C-46<br>Phone 909-277-4810 ·
ravi.brightline@gmail.com</li>
<li><strong>Valley Roof &amp; Sun</strong> – Helena Okafor, principal<br>CSLB #655309 · C-39<br>Phone 909-341-0092 ·
hokafor.valleyroof@outlook.com</li></ul></body></html>"""


def test_volunteers_published_cell_and_mailbox_are_not_findings():
    assert found("ambassadors.html", AMBASSADORS) == {}


def test_a_contractor_owners_published_mailbox_is_not_a_finding():
    assert found("installers.html", CONTRACTORS) == {}


def test_an_entry_with_no_public_role_keeps_its_personal_contacts():
    page = ("<html><body><h1>Notes</h1><p><b>Teodora Villanueva</b><br>Lincoln Park<br>Cell: 909-784-2210<br>"
            "teo.villanueva@att.net</p></body></html>")
    values = found("notes.html", page)
    assert values["phone"] == ["909-784-2210"]
    assert values["email"] == ["teo.villanueva@att.net"]


def test_the_utilitys_postal_address_under_a_spanish_label_is_public():
    page = ("<html><body><h1>Atención al cliente</h1><ul><li>Teléfono: (855) 827-6623</li>"
            "<li>Dirección postal: P.O. Box 1808, Pomona, CA 91769</li></ul></body></html>")
    assert found("atencion.html", page) == {}


def test_a_spanish_customer_block_keeps_its_mailing_address():
    page = ("<html><body><h1>Aviso de desconexión</h1><p>Nombre del cliente: Graciela Montoya<br>"
            "Número de cuenta: 3-118-4420-71<br>Dirección postal: 1762 W Holt Ave, Pomona, CA 91768</p></body></html>")
    values = found("aviso.html", page)
    assert values["customer_name"] == ["Graciela Montoya"]
    assert values["address"] == ["1762 W Holt Ave, Pomona, CA 91768"]


def test_the_citys_own_facility_account_in_a_warrant_registers_description_is_public():
    register = ("Warrant,Vendor,Description,Amount\n"
                "20871,Southern California Edison,Electricity - Civic Center SCE Acct 2-31-448-9056,\"$6,118.20\"\n")
    assert found("warrant-register.csv", register) == {}


def test_a_payees_account_in_a_registers_description_is_still_a_finding():
    register = ("Warrant,Payee,Description,Amount\n"
                "20872,Lucinda Arbogast,Deposit refund - SCE Acct 2-31-448-9056 closed,\"$188.40\"\n")
    assert found("warrant-register.csv", register)["account_number"] == ["2-31-448-9056"]


def test_a_bidders_mailbox_after_the_firm_it_works_for_is_public():
    page = ("<p>Q7 (submitted by Farah K. Lindqvist, Arroyo Electric Co., farah.lindqvist@arroyoelec.com): Is a "
            "bid bond required?</p>")
    assert found("rfp-addendum.html", page) == {}


def test_a_vendors_account_director_under_the_firms_name_is_a_published_contact():
    page = ("<p>Billing agent: Meridian Utility Services, LLC<br>Corinne Abernathy, Account Director<br>"
            "(619) 555-0188 | corinne.abernathy@meridianus.com<br>1200 Harbor Dr, Suite 300, San Diego, CA 92101</p>")
    assert found("vendors.html", page) == {}
