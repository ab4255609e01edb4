"""Config dumps, wrapped call notes, letters, split names and call logs in columns (red team site43).

- A config dump's password key in capitals with its value after spaces alone ("DB_USER web_ro DB_PASSWORD ...").
  Hard negatives: the key named in an instruction, a masked or templated value, a user name after DB_USER.
- An audit's sentence ending its line on "the password", the value opening the next line. Hard negatives: a rule's or
  an example's sentence, "reset your password" instructions, a masked password.
- A call note in a PDF whose next line opens with the callback number ("CB# ...") or the premises ("Premise: ..."),
  though a sentence ended above: the same caller's record. Hard negatives: the same lines under no customer's record,
  a "Premise:" line of an argument.
- A letter's "the arrangement we discussed by telephone at ...": the addressee's phone. Hard negative: an office's
  "Billing questions can be discussed by telephone at ...".
- A first-name and a last-name column where the surname is a common word ("Maria" | "Lane"). Hard negative: a staff
  roster with the same columns.
- A call log laid out in columns: "ANI 9094412876" in a cell of its own beside the caller's name and account. Hard
  negative: an ANI beside no customer's record (a hang-up).
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, lines_pdf, pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org"


def _credentials(name: str, body: str | bytes) -> set[str]:
    return values_of(pairs_found(f"{_SITE}/{name}", body), "credential")


# --- 1. a config dump's key and value apart by spaces ---------------------------------------------------------------

def test_a_config_backup_in_an_html_comment_gives_its_password_after_spaces():
    page = ("<html><body><main><p>Outage help</p><!-- settings backup: DB_HOST 10.0.4.12 DB_USER web_ro "
            "DB_PASSWORD Harbor#4471q --></main></body></html>")
    assert _credentials("outage.html", page) == {"Harbor#4471q"}


def test_a_mail_server_key_cut_short_in_a_pasted_dump():
    assert _credentials("notes/mail.txt", "Mail relay settings pasted from the old server:\n"
                        "SMTP_HOST mail.example.net SMTP_USER relay SMTP_PASS Kestrel#2291x\n") == {"Kestrel#2291x"}


def test_a_password_key_named_in_an_instruction_or_masked_is_no_password():
    text = ("Set DB_PASSWORD in the environment before deploying.\n"
            "DB_PASSWORD ********\n"
            "DB_PASSWORD <your-db-password>\n"
            "DB_PASSWORD env_password_name\n"
            "DB_USER web_ro\n")
    assert _credentials("docs/deploy.txt", text) == set()


# --- 2. a password told in a sentence the line break cut after its label ---------------------------------------------

def test_an_audit_quotes_the_password_on_the_line_after_its_label():
    pdf = lines_pdf(["Finding 2: the kiosk admin account (user kiosk_adm) is protected by the password",
                     "Tamarack!5520z, which has not been rotated since installation."])
    assert _credentials("reports/audit.pdf", pdf) == {"Tamarack!5520z"}


def test_a_rule_or_an_example_sentence_before_a_wrapped_value_is_no_password():
    pdf = lines_pdf(["Staff should choose a strong password",
                     "Sunset#2024x is one example of the format the policy accepts.",
                     "To reset your password",
                     "visit MyAccount#1 on the portal.",
                     "Portal password: ********"])
    assert _credentials("it/policy.pdf", pdf) == set()


# --- 3. a call note's next line: the callback number, the premises ---------------------------------------------------

_NOTE = ["Attachment: customer correspondence",
         "Cust MARISOL QUINTANILLA called re: high bill. Svc addr 4410 Olive Grove Rd, acct AV-553201874.",
         "CB# 909.441.2876. Usage 1642 kwh this cycle vs 588 last cycle. Advised on CARE/FERA, sent app to",
         "mquintanilla@yahoo.com."]


def test_a_call_notes_callback_and_usage_on_the_line_after_its_record():
    found = pairs_found(f"{_SITE}/agendas/packet.pdf", lines_pdf(_NOTE))
    assert {("customer_name", "MARISOL QUINTANILLA"), ("phone", "909.441.2876"), ("energy_usage", "1642 kwh"),
            ("energy_usage", "588")} <= found


def test_the_premises_on_the_line_after_an_escalation():
    found = pairs_found(f"{_SITE}/agendas/board.pdf", lines_pdf([
        "Attachment: customer correspondence",
        "Escalation: Teodoro Villasenor (tvillasenor@gmail.com) disputes the May read. Meter reads put",
        "the month at 1,904 kWh. Account 7-221-409-318 has been placed on a 30-day collection hold.",
        "Premise: 1187 Sycamore Ln Unit C."]))
    assert ("address", "1187 Sycamore Ln Unit C") in found


def test_a_callback_or_premises_line_under_no_customers_record_is_nothing():
    found = pairs_found(f"{_SITE}/agendas/facilities.pdf", lines_pdf([
        "Item 7: Library HVAC replacement. The contract was awarded to Coastline Mechanical.",
        "Premise: 1200 Library Way. CB# 909.441.7700 for the project manager.",
        "Premise: the rate design assumes 620 kwh per month for a typical home."]))
    assert not {pair for pair in found if pair[0] in ("phone", "address", "energy_usage")}


# --- 4. a letter's conversation held at the customer's number ---------------------------------------------------------

def test_a_letter_gives_the_number_the_arrangement_was_discussed_at():
    found = pairs_found(f"{_SITE}/letters/payment-plan.docx", docx_paragraphs(
        "Re: Account 2164 8707 731", "Dear Marisol Quintanilla,",
        "This confirms the six-month payment arrangement we discussed by telephone at 909-441-2876. Your past-due "
        "balance reflects 1642 kWh billed during July.", "Sincerely, Customer Care Supervisor"))
    assert ("phone", "909-441-2876") in found


def test_an_offices_invitation_to_discuss_by_telephone_is_no_customers_phone():
    found = pairs_found(f"{_SITE}/letters/payment-plan.docx", docx_paragraphs(
        "Re: Account 2164 8707 731", "Dear Marisol Quintanilla,",
        "Your payment arrangement is enclosed. Billing questions can be discussed by telephone at 909-802-7700 "
        "weekdays.", "Sincerely, Customer Care Supervisor"))
    assert not values_of(found, "phone")


# --- 5. a surname that is a common word in a last-name column ---------------------------------------------------------

def test_a_surname_that_is_a_common_word_joins_its_given_name():
    rows = ("Last,First,Phone,Address,Device,Monthly kWh\n"
            "Quintero,Araceli,909-726-6621,769 Las Lomas Way,Oxygen,1101\n"
            "Lane,Maria,909-797-4934,626 Santa Clara Ave,Dialysis,1360\n"
            "Park,Min-jun,909-826-4853,418 Camino del Sol,CPAP,1096\n")
    names = values_of(pairs_found(f"{_SITE}/data/medical-baseline.csv", rows), "customer_name")
    assert {"Araceli Quintero", "Maria Lane", "Min-jun Park"} <= names


def test_a_staff_roster_with_split_names_is_no_customer_list():
    rows = ("Last,First,Title,Department\n"
            "Park,Min-jun,Recreation Coordinator,Community Services\n"
            "Lane,Maria,Senior Planner,Community Development\n")
    assert not values_of(pairs_found(f"{_SITE}/data/staff.csv", rows), "customer_name")


# --- 6. a call log's caller number in a column of its own -------------------------------------------------------------

def test_an_ani_cell_beside_the_callers_record_is_their_phone():
    log = ("CUSTOMER CARE CALL LOG -- export from phone system\n\n"
           "08/14 09:02  ANI 9094412876  caller Teodoro Villasenor re acct 3-118-4402-17 - high bill, 1320 kwh, advised\n"
           "08/15 11:40  ANI 6264418830  caller Araceli Quintero re acct AV-240339571 - high bill, 1,182 kwh, advised\n")
    found = pairs_found(f"{_SITE}/data/call-log.txt", log)
    assert {("phone", "9094412876"), ("phone", "6264418830")} <= found


def test_an_ani_beside_no_customers_record_is_nothing():
    log = ("PHONE SYSTEM EXPORT -- abandoned calls\n\n"
           "08/14 09:02  ANI 9094412876  hung up in queue after 40 s\n"
           "08/15 11:40  ANI 6264418830  hung up in queue after 12 s\n")
    assert not values_of(pairs_found(f"{_SITE}/data/abandoned.txt", log), "phone")
