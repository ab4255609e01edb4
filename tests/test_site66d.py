"""Program lists and customer-service logs (red team site66d).

- A program's or a service matter's list whose headers name the people and how to reach them and nothing else
  ("Name | Email", "Participant | Reason | Phone"), under a title naming the program (a solar interconnection
  queue, a shut-off hold list): the participants' records. Hard negatives: the same headers under a public
  process's title (a workshop's speakers), a staff list of a program's page.
- A payment arrangement (a customer behind on their bills) is a service matter as a shut-off is: an "Applicant |
  Notes | Callback" list of payment plans is the customers'. Hard negative: a program page's "payment plans are
  available" over a table of the City's own contacts.
"""
from __future__ import annotations

import json

from tests.detector_helpers import pairs_found, xlsx

_SITE = "https://www.cityofriverbend.gov"


def _csv(name: str, text: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/files/{name}", text)


def _of(found: set[tuple[str, str]], *categories: str) -> set[tuple[str, str]]:
    return {(c, v) for c, v in found if c in categories}


# -- a program's participants by name and mailbox or phone -----------------------------------------------------------

def test_a_solar_queues_names_and_mailboxes_are_its_customers():
    found = _csv("nem-interconnection-queue-2025.csv",
                 "Name,Email\nBirgit Halvorsen,bhalvorsen61@gmail.com\nOluwaseun Adebayo,seun.adebayo@yahoo.com\n"
                 "Trinh Thi Mai,maitrinh@outlook.com\n")
    assert _of(found, "customer_name") == {("customer_name", "Birgit Halvorsen"),
                                           ("customer_name", "Oluwaseun Adebayo"),
                                           ("customer_name", "Trinh Thi Mai")}
    assert ("email", "seun.adebayo@yahoo.com") in found


def test_a_shutoff_hold_exports_participants_and_phones():
    body = json.dumps({"list": "Shut-off hold (medical)", "rows": [
        {"Participant": "Abebe Girma", "Reason": "oxygen concentrator", "Phone": "(559) 261-4410"},
        {"Participant": "Rosalind Featherstone", "Reason": "dialysis", "Phone": "559-388-0912"}]})
    found = pairs_found(f"{_SITE}/files/shutoff-hold-export.json", body)
    assert _of(found, "customer_name", "phone") == {
        ("customer_name", "Abebe Girma"), ("customer_name", "Rosalind Featherstone"),
        ("phone", "(559) 261-4410"), ("phone", "559-388-0912")}


def test_a_programs_workbook_of_names_and_mailboxes():
    found = pairs_found(f"{_SITE}/files/ev-charger-rebate-list.xlsx", xlsx([
        ["EV charger rebate - reserved"], [], ["Name", "E-mail"],
        ["Kalani Kahananui", "kalani.k@icloud.com"], ["Dagny Sorensen", "dsorensen@att.net"]]))
    assert _of(found, "customer_name") == {("customer_name", "Kalani Kahananui"), ("customer_name", "Dagny Sorensen")}


def test_speakers_of_a_program_workshop_stay_public():
    found = _csv("nem-workshop-speakers.csv",
                 "Name,Email\nBirgit Halvorsen,bhalvorsen61@gmail.com\nOluwaseun Adebayo,seun.adebayo@yahoo.com\n")
    assert not _of(found, "customer_name")


def test_a_programs_staff_contacts_stay_public():
    found = _csv("solar-program-staff-contacts.csv",
                 "Name,Phone\nMarisol Cardenas,(559) 621-8000\nGideon Abernathy,(559) 621-8014\n")
    assert not _of(found, "customer_name", "phone")


# -- payment arrangements ----------------------------------------------------------------------------------------------

def test_a_payment_arrangement_list_is_the_customers():
    found = _csv("pay-plans.txt", "Payment arrangements granted - October\n\nApplicant\tNotes\tCallback\n"
                                  "Ifeoma Chukwu\t3 installments\t(661) 402-1187\n"
                                  "Stanislav Horvat\tlate fee waived\t661.577.3020\n")
    assert _of(found, "customer_name", "phone") == {
        ("customer_name", "Ifeoma Chukwu"), ("customer_name", "Stanislav Horvat"),
        ("phone", "(661) 402-1187"), ("phone", "661.577.3020")}


def test_a_billing_page_offering_payment_plans_keeps_its_contacts_public():
    page = ("<html><body><main><h1>Payment arrangements</h1><p>Payment plans are available to customers who "
            "call before their due date.</p><table><tr><th>Office</th><th>Contact</th><th>Phone</th></tr>"
            "<tr><td>Utility Billing</td><td>Customer Service Desk</td><td>(661) 326-3000</td></tr>"
            "<tr><td>Finance</td><td>Revenue Division</td><td>(661) 326-3050</td></tr></table></main></body></html>")
    found = pairs_found(f"{_SITE}/billing/payment-arrangements.html", page)
    assert not _of(found, "customer_name", "phone")


# -- a caller's number or mailbox in the log entry's next field ------------------------------------------------------

def _log(text: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/files/customer-service-notes.txt", text)


def test_a_callers_labelled_number_after_what_they_called_about():
    found = _log("Customer service notes, week of March 3\n\n"
                 "Mar 4 - Bartholomew Nkemelu phoned re: his disconnection notice; cell: (831) 402-7719\n")
    assert _of(found, "customer_name", "phone") == {("customer_name", "Bartholomew Nkemelu"),
                                                    ("phone", "(831) 402-7719")}


def test_a_callers_labelled_mailbox_after_what_they_called_about():
    found = _log("Customer service notes, week of March 3\n\n"
                 "Mar 5 - Hye-jin Seo called regarding the estimated bill. E-mail: hjseo77@gmail.com\n")
    assert _of(found, "customer_name", "email") == {("customer_name", "Hye-jin Seo"), ("email", "hjseo77@gmail.com")}


def test_a_call_about_a_park_reservation_stays_public():
    found = pairs_found(f"{_SITE}/parks/reservations.html",
                        "<html><body><main><h1>Picnic shelter reservations</h1><p>Lupe Arriaga called about the "
                        "Ganesha Park picnic shelter. Phone: (909) 620-2321.</p></main></body></html>")
    assert not _of(found, "customer_name", "phone")
