"""E-mail threads and correspondence packets: each message is its writer's (red team emails33).

- A message of a thread or packet printed as text ("From:" header, "Subject:" under an earlier message,
  "-----Original Message-----", "On ... wrote:") is its own section for whether its writer is a customer: a resident
  writing about a policy item is none because the next (or the last) message in the packet is a customer's.
- A records-request response greets its requester ("Dear Name:"): the customer's e-mail pasted below it as a
  responsive record is no part of the letter, so the requester is no customer.
- An e-mail whose writer tells their own case as a customer (a shut-off notice for their home, their CARE
  enrollment) and gives their home or phone is their record though it holds no account number: the "From:" name
  (an Outlook "Last, First" too), the mailbox, the home and the phone. Hard negatives: staff and council signatures in
  the same packet, and a resident who names CARE only as a policy item.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_above_low, values_of

_SITE = "https://www.pomonaca.gov/clerk/correspondence"


def _found(name: str, body: str) -> set[tuple[str, str]]:
    return pairs_above_low(f"{_SITE}/{name}", body)


_POLICY_ONLY = ("From: Orla Benedetti <obenedetti@gmail.com>\n"
                "Sent: Monday, March 3, 2025 8:02 AM\n"
                "To: district4@pomonaca.gov\n"
                "Subject: Agenda item 9 - clean power default\n\n"
                "Please keep the clean power default product. Neighboring cities did it with little effect on rates.\n\n"
                "Orla Benedetti\n")

_CUSTOMER_SUBJECT_FIRST = ("Subject: Corte de servicio\n\n"
                           "Buenas tardes,\n"
                           "Recibí un aviso de desconexión para 1187 W Alvarado St, Pomona, CA 91768. Mi número de cuenta es\n"
                           "7-31-604-2298 y el consumo del mes pasado fue 1,063 kWh. No puedo pagar todo.\n\n"
                           "Atentamente,\n"
                           "Teodora Vukasin\n"
                           "Tel. 909-471-3385\n"
                           "tvukasin.home@yahoo.com\n")


def test_a_policy_only_resident_after_a_customers_message_is_no_customer():
    body = ("Council Correspondence Received\n\n" + _CUSTOMER_SUBJECT_FIRST + "\n" + _POLICY_ONLY)
    found = _found("packet-1.txt", body)
    names, mail = values_of(found, "customer_name"), values_of(found, "email")
    assert "Teodora Vukasin" in names and "7-31-604-2298" in values_of(found, "account_number")
    assert "Orla Benedetti" not in names and "obenedetti@gmail.com" not in mail


def test_a_customers_message_under_a_policy_only_residents_message_is_still_the_customers_own():
    body = ("Council Correspondence Received\n\n" + _POLICY_ONLY + "\n" + _CUSTOMER_SUBJECT_FIRST)
    found = _found("packet-2.txt", body)
    names, mail = values_of(found, "customer_name"), values_of(found, "email")
    assert "Orla Benedetti" not in names and "obenedetti@gmail.com" not in mail
    assert "Teodora Vukasin" in names and "909-471-3385" in values_of(found, "phone")
    assert "1187 W Alvarado St, Pomona, CA 91768" in values_of(found, "address")


def test_a_customers_signature_gives_no_mailbox_of_the_next_messages_writer():
    body = ("From: Bartholomew Ngata <bngata31@outlook.com>\n"
            "Sent: Tuesday, April 8, 2025 4:10 PM\n"
            "To: customerservice@pomonachoiceenergy.org\n"
            "Subject: my bill\n\n"
            "My PCE bill for account 5-88-120-4471 doubled in March.\n\n"
            "Thank you,\n"
            "Bartholomew Ngata\n"
            "(626) 318-5520\n"
            "____________________________________\n"
            "From: Ines Sokolova <isokolova@icloud.com>\n"
            "Sent: Tuesday, April 8, 2025 5:30 PM\n"
            "To: district2@pomonaca.gov\n"
            "Subject: Item 4 support\n\n"
            "I support item 4.\n\n"
            "Ines Sokolova\n")
    found = _found("packet-3.txt", body)
    assert "Bartholomew Ngata" in values_of(found, "customer_name")
    assert "(626) 318-5520" in values_of(found, "phone")
    assert "Ines Sokolova" not in values_of(found, "customer_name")
    assert "isokolova@icloud.com" not in values_of(found, "email")


def test_a_records_request_responses_requester_is_no_customer():
    body = ("RE: Public Records Act Request PRA 25-117\n\n"
            "Dear Leopoldine Quaresma:\n\n"
            "The City has completed its search for records responsive to your request. Responsive records are\n"
            "provided below.\n\n"
            "Responsive record 1 of 1\n\n"
            "From: Cyprian Adebayo [mailto:cadebayo77@aol.com]\n"
            "Sent: Friday, June 6, 2025 2:15 PM\n"
            "To: PCE Customer Service\n"
            "Subject: rates\n\n"
            "I am a PCE customer at 2210 N Towne Ave, Pomona, CA 91767 and I object to the new rate. My bill shows\n"
            "842 kWh for May. SA# 700415530982. Phone 909-355-2718.\n\n"
            "Sincerely,\n"
            "Deputy City Clerk, City of Pomona\n")
    found = _found("pra-25-117.txt", body)
    names = values_of(found, "customer_name")
    assert "Leopoldine Quaresma" not in names
    assert "Cyprian Adebayo" in names and "909-355-2718" in values_of(found, "phone")


def test_a_shut_off_notice_for_my_home_makes_the_outlook_last_first_writer_a_customer():
    body = ("From: Marchetti, Ottavia <omarchetti58@sbcglobal.net>\n"
            "Sent: Thursday, August 14, 2025 11:20 AM\n"
            "To: Councilmember Ruth Alcantar <district5@pomonaca.gov>\n"
            "Subject: shut off during the heat\n\n"
            "Councilmember, Edison sent me a shut off notice for my home at 744 E Grand Ave Apt 6 even though\n"
            "I enrolled in CARE last spring. Please help. (909) 482-6613\n\n"
            "____________________________________\n"
            "From: Ruth Alcantar <district5@pomonaca.gov>\n"
            "Subject: RE: shut off during the heat\n\n"
            "Thank you, staff will reach out to you today.\n\n"
            "Ruth Alcantar\n"
            "Councilmember, District 5\n"
            "City of Pomona\n"
            "505 S. Garey Ave., Pomona, CA 91766\n"
            "(909) 620-2311\n")
    found = _found("packet-4.txt", body)
    names = values_of(found, "customer_name")
    assert "Marchetti, Ottavia" in names and "omarchetti58@sbcglobal.net" in values_of(found, "email")
    assert "744 E Grand Ave Apt 6" in values_of(found, "address")
    assert "(909) 482-6613" in values_of(found, "phone")
    assert "Ruth Alcantar" not in names and "(909) 620-2311" not in values_of(found, "phone")
    assert "district5@pomonaca.gov" not in values_of(found, "email")


def test_a_shut_off_notice_in_an_eml_names_its_writer():
    eml = ("From: Henrike Sastre <hsastre40@att.net>\n"
           "To: customerservice@pomonachoiceenergy.org\n"
           "Subject: disconnection\n"
           "Date: Tue, 2 Sep 2025 10:02:11 -0700\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\n\n"
           "I got a disconnection notice for my apartment at 1530 S Hamilton Blvd Unit 12. I am enrolled in\n"
           "FERA. Please call me, 562-704-1189.\n\n"
           "Henrike Sastre\n")
    found = _found("message.eml", eml)
    assert "Henrike Sastre" in values_of(found, "customer_name")
    assert "562-704-1189" in values_of(found, "phone")


def test_care_as_a_policy_item_makes_no_resident_a_customer():
    body = ("From: Anselm Okonkwo <aokonkwo@yahoo.com>\n"
            "Sent: Monday, May 5, 2025 7:45 PM\n"
            "To: district1@pomonaca.gov\n"
            "Subject: CARE outreach item\n\n"
            "Please fund more outreach so families enroll in CARE and avoid a shut off notice. I live at\n"
            "388 E Kingsley Ave and volunteer with the neighborhood council. 909-266-0147\n\n"
            "Anselm Okonkwo\n")
    found = _found("packet-5.txt", body)
    assert "Anselm Okonkwo" not in values_of(found, "customer_name")
    assert "aokonkwo@yahoo.com" not in values_of(found, "email")
