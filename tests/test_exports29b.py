"""Long customer exports' fields the checker missed (red team exports29): a CRM's lower-case field names with the
words run together after the vendor's prefix ("fullname", "mobilephone", "xyz_annualkwh", "xyz_meterid",
"xyz_portalpassword") and a list of monthly figures under a usage key; SAP IS-U's MOB_NUMBER (a mobile), SERNR (the
meter's serial number) and a unit in HOUSE_NUM2 between the house number and the street; a phone column's
"(909)6235521"; an XML record's repeated <Phone> elements and its months' kWh as attributes or under a
unit="kWh" parent; a desk note's "pw reset to ...".

Hard negatives: a public aggregate JSON with the same glued usage keys and no person ("zip", "totalkwh"); a
system-wide figure ("systemkwh"); a host's or a file's name ("hostname", "filename"); bracketed seven digits
outside a phone column; a streetlight inventory XML with monthly kWh under a unit; flat attribute records of
permits; an IT bulletin's "Password reset to 2FA-enabled accounts"; a portal config's "resetpassword",
"showpassword" and "forgotpassword" keys."""
from __future__ import annotations

import json

from detectors.context.headers import header_kind
from tests.test_table_headers import found


def csv(*rows: str) -> bytes:
    return ("\n".join(rows) + "\n").encode()


def test_glued_crm_field_names_read_as_their_words():
    assert header_kind("abc_yearlykwh")[0] == "usage"
    assert header_kind("new_totalconsumption")[0] == "usage"
    assert header_kind("fullname")[0] == "name"
    assert header_kind("mobilephone")[0] == header_kind("homephone")[0] == "phone"
    assert header_kind("abc_meterid")[0] == header_kind("meternumber")[0] == "account"
    assert header_kind("MOB_NUMBER")[0] == "phone"
    assert header_kind("SERNR")[0] == "account"


def test_glued_names_that_are_no_customer_field():
    assert header_kind("systemkwh")[0] is None
    assert header_kind("hostname")[0] is None
    assert header_kind("filename")[0] is None
    assert header_kind("username")[0] is None


def test_crm_record_with_glued_usage_meter_and_mobile_keys():
    body = json.dumps({"value": [
        {"fullname": "Odalys Bergstrom", "address1_line1": "412 N Gibbs St", "telephone1": "(626) 441-0923",
         "mobilephone": "(626)4410924", "emailaddress1": "obergstrom@outlook.com", "abc_meterid": "KT4471903",
         "abc_yearlykwh": 5318, "abc_monthlykwh": [402, 388, 371, 455]}]}).encode()
    findings = found("crm_contacts.json", body)
    assert {("customer_name", "Odalys Bergstrom"), ("phone", "(626)4410924"), ("account_number", "KT4471903"),
            ("energy_usage", "5318"), ("energy_usage", "371")} <= findings


def test_lower_case_web_lead_is_found_whole():
    body = json.dumps({"value": [
        {"fullname": "tomasz wieczorek", "address1_composite": "918 e phillips blvd, pomona, CA 91766",
         "mobilephone": "(909)3387120", "emailaddress1": "twieczorek@gmail.com"}]}).encode()
    findings = found("leads.json", body)
    assert {("customer_name", "tomasz wieczorek"), ("phone", "(909)3387120")} <= findings
    assert any(c == "address" and v.startswith("918 e phillips blvd") for c, v in findings)


def test_sap_mobile_and_meter_serial_columns():
    findings = found("bp_export.csv", csv(
        "PARTNER,BP_NAME,HOUSE_NUM1,STREET,TEL_NUMBER,MOB_NUMBER,VKONT,SERNR",
        "0010047712,\"HALVORSEN, BRIT\",2206,N GAREY AVE,909 4471120,6264471121,000318850012,V611N-204477",
        "0010047713,\"OYELARAN, TUNDE\",71,W ARROW HWY,9094471130,626 4471131,000318850013,1ND4471132"))
    assert {("phone", "6264471121"), ("phone", "626 4471131"), ("account_number", "V611N-204477"),
            ("account_number", "1ND4471132")} <= findings


def test_public_usage_by_zip_json_with_glued_keys_holds_no_customer():
    body = json.dumps({"value": [{"zip": "91766", "customers": 18211, "totalkwh": 98116220, "avgmonthlykwh": 449},
                                 {"zip": "91767", "customers": 14022, "totalkwh": 77321410, "avgmonthlykwh": 460}],
                       "systemkwh": 401234550}).encode()
    assert not found("usage_by_zip.json", body)


def test_bracketed_run_of_digits_outside_a_phone_column_is_no_phone():
    findings = found("permits.csv", csv("Permit,Description,Valuation",
                                        "B24-0112,Reroof (per plan 4471120) 2 layers,(626)4410924"))
    assert not {c for c, _ in findings} & {"phone"}


def _enrolments(*people: tuple[str, str, str, str]) -> bytes:
    records = "".join(
        f'<Enrollment><SAID>{said}</SAID><Customer><Name><First>{first}</First><Last>{last}</Last></Name>'
        f'<Phone type="home">{phone}</Phone><Phone type="mobile">{phone[:-1]}9</Phone></Customer>'
        f'<Usage unit="kWh"><Month period="2024-01" kWh="{said[-3:]}"/><Month period="2024-02">{said[-4:-1]}</Month>'
        f'</Usage></Enrollment>' for said, first, last, phone in people)
    return f'<?xml version="1.0"?><Export><Batch>{records}</Batch></Export>'.encode()


def test_repeated_phones_of_a_record_are_each_its_own_field():
    findings = found("enrolments.xml", _enrolments(("8033417261", "Ingrid", "Sorensen", "626-441-3300"),
                                                    ("8033417262", "Kwame", "Mensah", "626-441-4400")))
    assert {("phone", "626-441-3300"), ("phone", "626-441-3309"), ("phone", "626-441-4400"),
            ("phone", "626-441-4409")} <= findings


def test_monthly_kwh_as_attributes_or_under_a_unit_are_the_customer_s_usage():
    findings = found("enrolments.xml", _enrolments(("8033417261", "Ingrid", "Sorensen", "626-441-3300"),
                                                    ("8033417262", "Kwame", "Mensah", "626-441-4400")))
    assert {("energy_usage", "261"), ("energy_usage", "726"), ("energy_usage", "262")} <= findings


def test_city_equipment_xml_with_monthly_kwh_holds_no_customer():
    lights = "".join(f'<Streetlight><PoleID>SL-{n:04d}</PoleID><Street>N Garey Ave</Street>'
                     f'<Usage unit="kWh"><Month period="2024-01">{40 + n}</Month><Month period="2024-02">{38 + n}'
                     f'</Month></Usage></Streetlight>' for n in range(1, 4))
    assert not found("streetlights.xml", f'<?xml version="1.0"?><Inventory>{lights}</Inventory>'.encode())


def test_flat_attribute_records_stay_records_of_their_own():
    rows = "".join(f'<Permit number="B24-{n:04d}" type="Reroof" valuation="{n}8000" issued="2024-03-0{n}"/>'
                   for n in range(1, 5))
    assert not found("permits.xml", f'<?xml version="1.0"?><Permits>{rows}</Permits>'.encode())


def test_sap_unit_column_between_house_number_and_street():
    findings = found("bp_export.csv", csv(
        "PARTNER,BP_NAME,HOUSE_NUM1,HOUSE_NUM2,STREET,CITY1,TEL_NUMBER",
        "0010047714,\"LINDQVIST, ASTRID\",1520,APT 12,N TOWNE AVE,POMONA,909 4471140",
        "0010047715,\"ABERNATHY, COLE\",63,,E CENTER ST,POMONA,909 4471150",
        "0010047716,\"MOREAU, CELINE\",418,UNIT C,W MISSION BLVD,POMONA,909 4471160"))
    addresses = {v for c, v in findings if c == "address"}
    assert {"1520 N TOWNE AVE", "63 E CENTER ST", "418 W MISSION BLVD"} <= addresses


def test_glued_password_key_and_a_note_s_password_reset():
    body = json.dumps({"value": [{"fullname": "Odalys Bergstrom", "abc_portalusername": "obergstrom",
                                  "abc_portalpassword": "Marigold_77"}]}).encode()
    assert ("credential", "Marigold_77") in found("crm.json", body)
    notes = found("notes.csv", csv("Account,Customer,Notes",
                                   "PCE-4471170-2,\"Lindqvist, Astrid\",online account pw reset to Fjord#2290 at cust request",
                                   "PCE-4471171-3,\"Abernathy, Cole\",Web portal password reset to Denali_41x per call"))
    assert {("credential", "Fjord#2290"), ("credential", "Denali_41x")} <= notes


def test_password_reset_headings_and_glued_form_keys_are_no_password():
    page = csv("Topic,Details",
               "Password reset to 2FA-enabled accounts,Staff must re-enrol by 3/1",
               "Self-service,Password reset to SSO-linked logins starts in May")
    assert not {c for c, _ in found("it_bulletin.csv", page)} & {"credential"}
    body = json.dumps({"settings": {"resetpassword": "/account/reset-2", "showpassword": True,
                                    "forgotpassword": "Forgot_it?"}}).encode()
    assert not found("portal_config.json", body)
