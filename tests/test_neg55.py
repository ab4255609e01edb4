"""Red team neg55 (a city and its CCA's site): false findings and misses.

1. A sample bill laid out in a PDF's two columns ("Total usage⇥512 kWh") is the sample's, as on an HTML page: its rows
   read together are no sentence telling of a person (``facts.DocumentFacts._sentence_through``), so a rate plan's
   name ("PLCE Base Green") is no real person beside the sample. A real customer's statement keeps its usage.
2. A letter's signature closes its letter, across a page break too: the next letter's header ("To: ... / From: ... /
   Re: ... account ...") and the identifiers after it are another writer's (``prose.reach._block_around``,
   ``prose.signatures._signed_letter`` reading a PDF's lines, one segment each).
3. A vendor register's payee named with a trade's word ("GREENFIELD RECYCLING", "VARGAS FENCING") is a firm: its EIN
   is the firm's (``taxpayer_id._TRADE_NOUN``). A person paid under their own EIN stays a finding.
4. A program's application number ("App #") beside the row's utility account column numbers the application, not the
   account (``tables._column_kinds``); with no account column it is still the participant's program account.
5. A name right before a caller's own call about an account ("NAME called again re: acct ...") is the caller's,
   whatever role word opens the note ("escalation for supervisor:") (``persons.named_officially``); staff calling a
   customer stay staff.
6. A closed account's credit balance refunded ("CLOSED ACCT CR BAL REFUND PL1922562", "CREDIT BALANCE REFUND ...") is
   its holder's account, when a person is paid (``account_number.REFUND_LABELS``); a firm's refund stays a payment's.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of, xlsx

SITE = "https://www.mirasolheights.gov"


def _pdf(pages: list[list[str]]) -> bytes:
    """A PDF of pages of lines; a tab in a line sets its second part in a column of its own."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        for k, line in enumerate(lines):
            left, _, right = line.partition("\t")
            pdf.drawString(72, 740 - 16 * k, left)
            if right:
                pdf.drawString(300, 740 - 16 * k, right)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


# 1. a sample bill in a PDF's columns

def _bill(heading: str, name: str, rate: str, note: str) -> bytes:
    return _pdf([[heading, f"Customer\t{name}", "Service address\t1234 ANY STREET, MIRASOL HEIGHTS CA 91767",
                  "Customer account\t700 123 456 789", f"Rate\t{rate}", "Total usage\t512 kWh",
                  "MHCE generation charges\t$61.44", "SCE delivery charges\t$98.07", note]])


def test_a_sample_bill_in_pdf_columns_is_the_samples():
    for rate in ("TOU-D-4-9PM / Base Green", "E-1 / Clean Power Plus"):
        found = pairs_found(f"{SITE}/energy/sample-bill.pdf", _bill(
            "SAMPLE - Your Electricity Statement", "JANE Q. SAMPLE", rate,
            "This is a sample bill for illustration only. Your bill will show your own information."))
        assert values_of(found, "energy_usage") == set(), rate
        assert values_of(found, "customer_name") == set(), rate


def test_a_customers_own_statement_in_pdf_columns_keeps_its_usage():
    found = pairs_found(f"{SITE}/docs/statement-0412.pdf", _bill(
        "Your Electricity Statement", "OKONKWO, ADAEZE", "TOU-D-4-9PM / Base Green",
        "Thank you for being a customer. Questions? Call customer care."))
    assert "512 kWh" in values_of(found, "energy_usage")


# 2. a letter's signature closes its letter

_COMMENT = ["From: Farah Cardenas <farah.cardenas@aol.com>", "Sent: March 9, 2025",
            "Subject: Item 7 - Hacienda Gateway", "Dear Mayor and Council Members,",
            "I strongly support the housing element and the new bike lanes on Glendora Ave.",
            "Sincerely,", "Farah Cardenas"]
_CUSTOMER = ["To: Mirasol Clean Energy Customer Care", "From: Teodora Villanueva",
             "Re: Disputed bill, SCE account 3-63-359-1229",
             "I am writing about my electric bill for 11464 Orange Grove St. My July bill",
             "showed 1,211 kWh when we normally use about 386 kWh a month. Please call me.", "Thank you,",
             "Teodora Villanueva"]


def test_a_signature_closes_its_letter_across_a_page_break():
    found = pairs_found(f"{SITE}/meetings/item7-public-comments.pdf", _pdf([_COMMENT, _CUSTOMER]))
    assert "3-63-359-1229" in values_of(found, "account_number")
    assert "Teodora Villanueva" in values_of(found, "customer_name")
    assert "Farah Cardenas" not in values_of(found, "customer_name")


def test_a_signature_closes_its_letter_on_the_same_page():
    found = pairs_found(f"{SITE}/meetings/item7-public-comments.pdf", _pdf([_COMMENT + _CUSTOMER]))
    assert "Teodora Villanueva" in values_of(found, "customer_name")
    assert "Farah Cardenas" not in values_of(found, "customer_name")


def test_a_sentence_going_on_over_a_page_break_still_reads_as_one():
    found = pairs_found(f"{SITE}/meetings/item7-public-comments.pdf", _pdf([
        ["Dear Customer Care,", "My name is Teodora Villanueva and my bill for SCE account 3-63-359-1229 at"],
        ["11464 Orange Grove St was too high this summer.", "Sincerely,", "Teodora Villanueva"]]))
    assert "Teodora Villanueva" in values_of(found, "customer_name")
    assert "11464 Orange Grove St" in values_of(found, "address")


# 3. a vendor register's trades

def _register(*rows: list[str]) -> bytes:
    return xlsx([["Check No", "Date", "Vendor", "Remit Address", "Vendor TIN", "Invoice No", "Description", "Amount"],
                 *rows])


def test_a_payee_named_with_a_trade_is_a_firm():
    found = pairs_found(f"{SITE}/finance/check-register.xlsx", _register(
        ["84851", "01/14/2025", "GREENFIELD RECYCLING", "838 Via Verde, Ontario, CA 91761", "68-1723892",
         "INV-37711", "Green waste hauling", "4,980.50"],
        ["84852", "01/15/2025", "VARGAS FENCING", "12 Elm St, Pomona, CA 91766", "84-5027107", "INV-68072",
         "Park fence repair", "2,935.46"],
        ["84853", "01/16/2025", "Delgado Waste Hauling", "40 Oak Ave, Pomona, CA 91766", "95-6418297", "INV-42605",
         "Bulky item pickup", "881.39"]))
    assert values_of(found, "taxpayer_id") == set()


def test_a_person_paid_under_their_own_ein_stays_a_finding():
    found = pairs_found(f"{SITE}/finance/check-register.xlsx", _register(
        ["84854", "01/17/2025", "Marisol Quintero", "1542 W Juniper Ct, Pomona, CA 91766", "68-1723892",
         "INV-1102", "Translation services", "480.00"]))
    assert values_of(found, "taxpayer_id") == {"68-1723892"}


# 4. an application's number beside the account column

def test_an_application_number_beside_the_account_column_is_no_account():
    for column in ("App #", "Application No.", "App ID"):
        found = pairs_found(f"{SITE}/energy/solar-rebates.xlsx", xlsx([
            [column, "Applicant", "Service Address", "SCE Service Acct", "Prior 12-mo kWh", "Rebate"],
            ["SR-24-244", "Arjun Galindo", "157 Azusa Canyon Rd", "2-59-591-3297", "13,726", "$1,504"],
            ["SR-24-611", "Yolanda Galindo", "2260 Don Julian Rd", "4-41-598-1898", "10,467", "$1,902"]]))
        assert values_of(found, "account_number") == {"2-59-591-3297", "4-41-598-1898"}, column
        assert values_of(found, "customer_name") == {"Arjun Galindo", "Yolanda Galindo"}, column


def test_an_application_number_without_an_account_column_is_the_program_account():
    found = pairs_found(f"{SITE}/data/battery_applicants.csv", """App ID,Applicant,Mailing Addr,Phone,Status
BAT-2023-00881,Teodora Villanueva,2281 E Mariposa Ln,6269205080,Paid
""")
    assert values_of(found, "account_number") == {"BAT-2023-00881"}


# 5. a caller named in a note for a supervisor

def _note(text: str) -> set[tuple[str, str]]:
    return pairs_found(f"{SITE}/energy/contact.html", f"<html><body><main><p>{text}</p></main></body></html>")


def test_a_caller_named_in_a_note_for_a_supervisor():
    found = _note("DRAFT - escalation for supervisor: Rajesh Lozano called again re: acct 747434139706, service at "
                  "1064 Vineland Ave. Wants callback at 626.774.3290 before Friday.")
    assert values_of(found, "customer_name") == {"Rajesh Lozano"}
    found = _note("Note for billing supervisor: Maria Lopez phoned about her bill, acct 747434139706.")
    assert values_of(found, "customer_name") == {"Maria Lopez"}


def test_staff_calling_a_customer_stay_staff():
    found = _note("Billing Supervisor Ana Ruiz called the customer re: acct 747434139706 at 1064 Vineland Ave.")
    assert values_of(found, "customer_name") == set()
    found = _note("Supervisor: Ana Ruiz, (626) 961-7100. Questions about acct 747434139706 should go to her.")
    assert values_of(found, "customer_name") == set()


# 6. a closed account's credit balance refunded

def test_a_closed_accounts_credit_balance_refund_to_a_person():
    found = pairs_found(f"{SITE}/finance/check-register.xlsx", _register(
        ["84847", "01/24/2025", "QUINTERO, JOSE", "13578 AZUSA CANYON RD, MIRASOL HEIGHTS CA 91746", "", "",
         "MCE CLOSED ACCT CR BAL REFUND PL1922562", "398.92"],
        ["84848", "01/25/2025", "LIU, WEI", "77 E GRANADA ST, MIRASOL HEIGHTS CA 91766", "", "",
         "CREDIT BALANCE REFUND 72-330871-9", "88.15"]))
    assert values_of(found, "account_number") == {"PL1922562", "72-330871-9"}
    assert values_of(found, "customer_name") == {"QUINTERO, JOSE", "LIU, WEI"}


def test_a_firms_credit_refund_stays_a_payment():
    found = pairs_found(f"{SITE}/finance/check-register.xlsx", _register(
        ["84849", "01/26/2025", "PACIFIC PIPE SUPPLY LLC", "PO Box 1187, Ontario, CA 91761", "47-1541465",
         "INV-43700", "CREDIT REFUND 4410228019", "1,362.17"]))
    assert values_of(found, "account_number") == set()
