"""Correspondence and case files (red team letters28): hearing decisions, a utility's responses to a state
agency's complaint desk, medical-baseline letters, collection placements and printed e-mails.

True cases: the customer of a hearing decision named after its "Appearances:" line and their usage told in the
decision's later or wrapped sentences ("The bills for the disputed months show ...", "... the complainant's" /
"October consumption was ..."); a complainant or debtor labelled by that role; a letter's figure on the line over a
class average; a couple written to as "Mr. and Mrs."; a letter headed and signed with its writer's name and no
closing word; "my statement" in a complaint; a quoted writer with a double surname; an e-mail signed with a name
over "H: phone". Hard negatives: staff listed after "the customer, in person;", a letter to an agency (its unit,
its street, the analyst in its salutation), a customer's physician and the clinic's phone, a tariff's quantity
whose words a line break cut off, a staff reply's direct line above the next letter, an official's .gov mailbox
in a Cc row beside a private one, an office's name over a desk line closing an e-mail.
"""
from __future__ import annotations

import pytest

from detectors.energy_usage import EnergyUsageDetector
from tests.test_context_prose import fields_by_kind
from tests.detector_helpers import values_found
from tests.test_customer_context import findings, lines

DECISION = ("FINDINGS OF THE HEARING OFFICER - Matter No. 2025-114\n"
            "Hearing Officer: Priyanka Raman, Esq.\n"
            "Appearances: the customer, by telephone; Teodoro Villaseñor de la Cruz, Billing Operations Supervisor, for the utility\n"
            "1. Background\n"
            "Ms. Ingrid Solberg-Ochoa, who receives service at 4417 Juniper Hill Rd., disputes\n"
            "charges of $988.40 billed from May to July 2025 under account\n"
            "4418870213. The customer says a water heater element failed.\n"
            "The bills show usage of 2,031 kWh in May and 1,877 kWh in June, against 644 kWh and\n"
            "702 kWh for the same months of 2024.")

AGENCY_LETTER = ("State Energy Regulatory Board\n"
                 "Consumer Affairs Branch\n"
                 "1120 Capitol Mall\n"
                 "Sacramento, CA 95814\n"
                 "Re: Informal Complaint No. 550214\n"
                 "Customer: Lucinda Abernathy\n"
                 "Service Address: 832 W. Pearl St., Pomona\n"
                 "Utility Account: 3-77-120-5561\n"
                 "Dear Harriet Okonjo:\n"
                 "The utility has reviewed the complaint filed by Lucinda Abernathy (the Customer). The Customer states "
                 "that the last bill is too high.\n"
                 "Sincerely,\n"
                 "Rolando Quintero\n"
                 "Regulatory Affairs Manager")


def test_staff_after_the_customers_appearance_is_no_customer_and_the_named_customer_is():
    found = fields_by_kind(DECISION)
    assert "Teodoro Villaseñor de la Cruz" not in found.get("name", [])
    assert "Ms. Ingrid Solberg-Ochoa" in found["name"]


def test_a_decisions_usage_told_in_its_later_and_wrapped_sentences():
    found = fields_by_kind(DECISION)
    assert {"2,031 kWh", "1,877 kWh", "644 kWh", "702 kWh"} <= set(found["usage"])


def test_the_bills_of_the_disputed_months_after_the_record_are_the_customers():
    text = ("Arturo Beltrán and Noemí Beltrán, who receive electric service at 2210 N. Gibbs St., appeal the denial "
            "of their request for a rebill of account 6120455873.\n\n"
            "The bills for the disputed months show 1,402 kWh, 1,377 kWh and 1,950 kWh. The customers do not dispute "
            "the usage.")
    assert {"1,402 kWh", "1,377 kWh", "1,950 kWh"} <= set(fields_by_kind(text)["usage"])


def test_a_cut_sentence_about_the_complainant_goes_on_in_the_next_line():
    text = ("Complainant: QUILES-MARROQUÍN, Beatriz\nService address: 615 E. Holt Ave., Apt 4\n"
            "Utility account: 4-210-7735-18\n\nTo the Consumer Affairs Branch:\n\n"
            "The complainant says the March bill was estimated. The meter read was an actual read of 1,322\n"
            "kilowatt-hours for March; the complainant's\n"
            "February consumption was 811 kilowatt-hours. The difference follows a new tenant.")
    found = fields_by_kind(text)
    assert "811 kilowatt-hours" in found["usage"]
    assert found["name"] == ["QUILES-MARROQUÍN, Beatriz"]


@pytest.mark.parametrize("label", ["Complainant", "Appellant", "Debtor"])
def test_a_case_party_or_a_debtor_labelled_by_their_role(label):
    text = f"{label}: STAVROPOULOS, Irini\nService address: 1907 W. Grand Ave.\nAccount: 5-330-8812-40"
    assert fields_by_kind(text)["name"] == ["STAVROPOULOS, Irini"]


def test_a_letter_to_an_agency_names_its_staff_and_its_street_not_the_customers():
    found = fields_by_kind(lines(AGENCY_LETTER))
    assert "Harriet Okonjo" not in found.get("name", [])
    assert "Consumer Affairs Branch" not in found.get("name", [])
    assert "1120 Capitol Mall" not in found.get("address", [])
    assert "Lucinda Abernathy" in found["name"]


def test_a_letter_to_a_customer_under_the_utilitys_letterhead_keeps_its_addressee():
    text = ("Pomona Choice Energy\n505 S. Garey Ave.\nPomona, CA 91766\nMarch 3, 2025\n"
            "Delphine Arceneaux\n2218 N. Towne Ave.\nPomona, CA 91767\nAccount No. 7-551-204-3318\n"
            "Dear Ms. Arceneaux:\nThank you for your payment on your account.\nSincerely,\nCustomer Care")
    found = fields_by_kind(lines(text))
    assert {"Delphine Arceneaux", "Ms. Arceneaux"} <= set(found["name"])


PHYSICIAN = ("Ruth Kaminski\n1732 W. Phillips Blvd.\nPomona, CA 91766\nService Account: 5-120-447-9902\n"
             "Dear Ms. Kaminski:\n"
             "Your Medical Baseline certification, signed by your physician Dr. Anand Varghese ((909) 865-2271), was "
             "approved. Your account now receives the standard medical baseline\n"
             "quantity of 16.5 kWh per day. Your average daily use this year was 38.7 kWh. For outage notifications we "
             "have your phone number as (626) 330-4158.\nSincerely,\nEnergy Programs")


def test_a_customers_physician_and_the_clinics_phone_are_no_customers():
    found = fields_by_kind(PHYSICIAN)
    assert "Dr. Anand Varghese" not in found.get("name", [])
    assert "(909) 865-2271" not in found.get("phone", [])
    assert "(626) 330-4158" in found["phone"]


@pytest.mark.parametrize("segments", [PHYSICIAN, lines(PHYSICIAN)], ids=["text file", "PDF lines"])
def test_a_tariff_quantity_a_line_break_cut_from_its_words_is_no_usage(segments):
    usage = [f.value for f in findings(EnergyUsageDetector, segments)]
    assert "38.7 kWh" in usage and "16.5 kWh" not in usage


def test_a_paragraph_line_naming_an_office_is_no_inside_address():
    text = ("Gwendolyn Pratt\n880 E. Lexington Ave.\nPomona, CA 91766\nRe: Your letter about Account No. 2048811736\n"
            "Dear Ms. Pratt:\nThank you for your letter about your recent bill. We reviewed the\n"
            "account and the meter data received from Southern California Edison. The meter at\n"
            "880 E. Lexington Ave. recorded 1,915 kWh for the billing period, which is\n"
            "higher than the typical residential average of 510 kWh in Pomona.\nSincerely,\nCustomer Care")
    usage = [f.value for f in findings(EnergyUsageDetector, lines(text))]
    assert usage == ["1,915 kWh"]


def test_a_reply_to_a_customer_signed_by_staff_gives_the_next_letters_writer_no_staff_phone():
    text = ("Atentamente,\n\nGraciela Montoya\nCustomer Programs Manager\nPomona Choice Energy\nDirect: (909) 620-4410\n"
            "Evaristo Quiñones\n1184 W. Mission Blvd.\nPomona, CA 91766\n3 de agosto de 2025\n"
            "Pomona Choice Energy\nServicio al Cliente\n505 S. Garey Ave.\nPomona, CA 91766\n"
            "Asunto: queja - cuenta núm. 6-118-402-7739\nEstimados señores:\n"
            "Les escribo porque mi factura marca 1,482 kWh. Mi teléfono es (626) 448-2093.\n"
            "Atentamente,\n\nEvaristo Quiñones")
    found = fields_by_kind(lines(text))
    assert "(909) 620-4410" not in found.get("phone", [])
    assert "(626) 448-2093" in found["phone"] and "Evaristo Quiñones" in found["name"]


def test_a_printed_emails_cc_row_keeps_the_private_copy_not_the_officials():
    html = ("<table><tr><td><b>From:</b></td><td>Odalys Ferrer &lt;odalys.ferrer41@gmail.com&gt;</td></tr>"
            "<tr><td><b>Cc:</b></td><td>Ramiro Ybarra &lt;rybarra@cityofpomona.gov&gt;; Dana Whitlock "
            "&lt;dwhitlock88@yahoo.com&gt;</td></tr>"
            "<tr><td><b>Subject:</b></td><td>High bill - acct 7-204-118-5530</td></tr></table>")
    found = values_found("cc.html", html, ("customer_name",))["customer_name"]
    assert "Ramiro Ybarra" not in found and "Dana Whitlock" in found


def test_a_couple_in_the_inside_address_and_the_salutation():
    text = ("June 2, 2025\nMr. and Mrs. Leopold Van Houten\n1420 N. San Antonio Ave.\nPomona, CA 91767\n"
            "Re: Your letter regarding Account No. 2048831179\nDear Mr. and Mrs. Van Houten:\n"
            "Thank you for your letter about your recent bill.\nSincerely,\nCustomer Care")
    found = fields_by_kind(lines(text))
    assert {"Mr. and Mrs. Leopold Van Houten", "Mr. and Mrs. Van Houten"} <= set(found["name"])


def test_a_letter_headed_and_signed_with_its_writers_name_and_no_closing_word():
    text = ("Wilhelmina Asante\n3390 N. Garey Ave.\nPomona, CA 91767\n\nMay 9, 2025\n\n"
            "Pomona Choice Energy\n505 S. Garey Ave.\nPomona, CA 91766\n\n"
            "Subject: meter access - PCE acct # 4-620-1187-33\n\nDear Customer Care:\n\n"
            "The meter reader cannot reach the side gate. Please have them call the day before. Phone: 909.284.6612.\n\n"
            "Wilhelmina Asante")
    found = fields_by_kind(text)
    assert "Wilhelmina Asante" in found["name"] and "3390 N. Garey Ave." in found["address"]
    assert "909.284.6612" in found["phone"]


def test_a_complaint_about_my_statement_gives_the_writers_phone():
    text = ("Subject: formal complaint, PCE acct # 3-118-440-2095\n\nDear Customer Care:\n\n"
            "My June statement shows 2,214 kWh of usage. I want a meter test. Phone: 626-390-7741. Email: "
            "tbrandt61@yahoo.com.\n\nThank you,\n\nTobias Brandt")
    found = fields_by_kind(text)
    assert "626-390-7741" in found["phone"] and "Tobias Brandt" in found["name"]


def test_a_staff_reply_quoting_a_customer_with_a_double_surname():
    text = ("From:    Renata Holm <renata.holm@pomonachoiceenergy.org>\n"
            "To:      \"Lucía Ferrante-Oyelowo\" <lferrante3@hotmail.com>\nSubject: Re: new service\n\n"
            "Hi Lucía,\n\nThe deposit has been waived.\n\n"
            "On Tue, Apr 1, 2025 at 8:14 PM Lucía Ferrante-Oyelowo <lferrante3@hotmail.com> wrote:\n"
            "> I'm starting service at 1675 E. Kingsley Ave. next week.\n"
            "> My new account number is 5-22-781-4406.\n")
    found = fields_by_kind(text)
    assert "Lucía Ferrante-Oyelowo" in found["name"] and "1675 E. Kingsley Ave." in found["address"]


def test_an_email_signed_with_a_name_over_a_phone_and_no_closing():
    text = ("From: quentin.arbogast22@charter.net\nTo: customercare@pomonachoiceenergy.org\n"
            "Subject: please stop the shutoff\n\n"
            "I got a notice that my power will be shut off. Account 4-71-330-2218, service at 912 E. Phillips Blvd.\n\n"
            "Quentin Arbogast\nH: (626) 711-9034")
    found = fields_by_kind(text)
    assert "Quentin Arbogast" in found["name"] and "(626) 711-9034" in found["phone"]


def test_a_staff_email_with_a_name_and_a_desk_line_under_it_signs_no_customer():
    text = ("From: quentin.arbogast22@charter.net\nTo: customercare@pomonachoiceenergy.org\n"
            "Subject: please stop the shutoff\n\n"
            "I got a notice that my power will be shut off. Account 4-71-330-2218.\n\n"
            "Billing Office\n(909) 620-2079")
    assert "Billing Office" not in fields_by_kind(text).get("name", [])
