"""site74b red team: customers a Word memo names in its prose.

- A person the memo asks staff to call at the number right after their name about the bill or balance of a home it
  gives ("Please call Mrs. X (951) ... about the past-due balance at 12 Elm St") is the customer; a program contact to
  call for questions, a call about your bill (the reader's) and a call about a facility's schedule stay public.
- "Ms. X's phone number is ...; her e-mail is ..." in a memo whose subject is a customer's complaint or inquiry is
  the customer's own contact; the same note in a staff memo, or of a desk phone, stays public.
- A Spanish plural household with its home ("los Paredes, que viven en 6806 N. Candlenut St., pidieron que se revise
  la lectura del medidor") is a customer: the household is a record's seed, the meter a utility matter, and a
  street's direction ("N.") ends no sentence. A historical society's "Los X" at a facility stays public.
- "Received by:" and "Staff phone:" under a form's customer fields are the desk's, not the customer's.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

MEMO = "https://www.cityofexample.org/utility/billing-memo.html"
_HEAD = ("CITY OF EXAMPLE - UTILITY SERVICES", "MEMORANDUM", "TO: Odalys Ferraro-Quist, Customer Care Supervisor",
         "FROM: Benedikt Stromquist, Utility Billing Analyst", "DATE: April 16, 2026")


def _memo(subject: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in (*_HEAD, f"SUBJECT: {subject}", *paragraphs))
    return pairs_found(MEMO, f"<html><body>{body}</body></html>", "text/html")


def test_a_person_to_call_about_the_balance_at_a_home_is_the_customer():
    found = _memo("Follow-ups", "Please call Mrs. Henrietta Vanterpool (951) 442-8716 about the past-due balance at "
                                "6570 Yarrow Bluff Rd.")
    assert ("customer_name", "Mrs. Henrietta Vanterpool") in found
    assert ("phone", "(951) 442-8716") in found
    assert any(v.startswith("6570 Yarrow Bluff Rd") for v in values_of(found, "address"))


def test_a_contact_to_call_for_questions_or_about_a_schedule_or_your_bill_is_public():
    found = _memo("Program update",
                  "Residents may call Ms. Odalys Ferraro-Quist at (909) 620-2290 for questions about the program.",
                  "Please call Benedikt Stromquist (909) 620-2342 about the schedule at 1575 N. Larkspur Ave.",
                  "Please call Ms. Odalys Ferraro-Quist (909) 620-2290 about your past-due balance at 1575 N. Larkspur "
                  "Ave.")
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


def test_a_possessive_phone_and_mailbox_in_a_complaint_memo_are_the_customers():
    for subject in ("Customer inquiry - disputed charges", "complaint about a high bill"):
        found = _memo(subject, "Ms. Philippa Oyelaran-Burke wrote again about the charges on her last two bills.",
                      "Ms. Oyelaran-Burke\u2019s phone number is 626.781.3340; her e-mail is pob.home77@gmail.com.")
        assert ("customer_name", "Ms. Oyelaran-Burke") in found
        assert ("phone", "626.781.3340") in found and ("email", "pob.home77@gmail.com") in found


def test_a_possessive_phone_in_a_staff_memo_or_a_desk_phone_is_public():
    found = _memo("Staffing for the summer cooling centers",
                  "Odalys Ferraro-Quist will coordinate the cooling centers this summer.",
                  "Ms. Ferraro-Quist\u2019s phone number is (909) 620-2290; her e-mail is oferraro@cityofexample.org.")
    assert not values_of(found, "customer_name") and not values_of(found, "phone")
    found = _memo("Customer inquiry - disputed charges",
                  "Ms. Ferraro-Quist\u2019s desk phone is (909) 620-2290.")
    assert not values_of(found, "phone")


def test_a_spanish_plural_household_at_its_home_about_its_meter_is_a_customer():
    found = _memo("Seguimiento", "Los Paredes, que viven en 6806 N. Candlenut St., pidieron que se revise la lectura "
                                 "del medidor.")
    assert ("customer_name", "Paredes") in found
    assert any(v.startswith("6806 N. Candlenut St") for v in values_of(found, "address"))


def test_a_societys_los_at_a_facility_and_a_press_release_are_public():
    found = _memo("Eventos", "Los Robles de la Sociedad Historica ofreceran recorridos en Ganesha Community Center, "
                             "1575 N. White Ave.",
                  "Los Cisneros, que viven en 3585 Thornapple Street, ganaron el premio del jardin del mes.")
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_the_desk_that_took_a_form_in_is_not_the_customers():
    found = pairs_found(MEMO, "<html><body><p>PAYMENT ARRANGEMENT REQUEST</p><p>Customer name: Wilfreda Quennell</p>"
                              "<p>Service address: 4471 N. Larkspur Bend Way</p><p>Daytime phone: (951) 388-2417</p>"
                              "<p>Account number: 7730-41852-06</p><p>Received by: Odalys Ferraro-Quist</p>"
                              "<p>Staff phone: (909) 620-2290</p></body></html>", "text/html")
    assert ("customer_name", "Wilfreda Quennell") in found and ("phone", "(951) 388-2417") in found
    assert not any("Ferraro" in v for v in values_of(found, "customer_name"))
    assert ("phone", "(909) 620-2290") not in found
