"""Spoken and logged records: minutes, captions, voicemail logs, case lines (red teams site36 and site37).

- Minutes: a council member asks staff to contact a resident "who had left his number" about his shut-off notice:
  the resident and the number are a customer's. Hard negative: the same request about a pothole.
- Captions: a speaker on "the billing appeals" item who filed an appeal of their own and asks to be called back is a
  customer. Hard negative: a speaker who filed a zoning appeal and gives a number.
- Voicemail logs written as lines ("[10:05] From (909) ... (CALLER ID): hello my name is ..."): each message is its
  caller's; a caller telling of their own bill with their home is a customer, with the caller ID's number. The City's
  own line transferring a caller stays silent, and so does a caller about a pothole.
- Case lines: "tel." before ten bare digits in a record's brackets, a line break before it; a Spanish e-mail's
  "número de cuenta de PCE es ..." with letters in the account.
- A caller's own call and number ("Per Ana Ruiz's call from 909...") in a summary of billing appeals. Hard negative:
  the same sentence in a park rental note.
- A mailto: draft whose subject names an account: its recipient's mailbox is the customer's, on an agenda's late
  correspondence too. A system's "user / password" pair after its name and a colon (rule 6.5); no pair of host names,
  nor a "username / password" heading. A log line laid out as the log's account lines ("Ref KT/55102/8 - Name: ...").
  The surname in brackets after an account ("Re: Account ... (Okonkwo)"), no status word. A transposed sheet's one
  month row under a kWh title, and a pivot's later month rows under the same title.
"""
from __future__ import annotations

import io

from tests.detector_helpers import docx_table, lines_pdf, pairs_above_low, pairs_found, values_of, xlsx

_SITE = "https://www.ci.pomona.ca.us"


def _page(body: str) -> str:
    return f"<html><body><main><h1>City Council Minutes</h1>{body}</main></body></html>"


# --- 1. minutes ----------------------------------------------------------------------------------------------------

def test_a_resident_staff_are_asked_to_contact_about_a_shut_off_notice():
    found = pairs_found(f"{_SITE}/council/minutes-2025-06-03", _page(
        "<h2>5. Council Communications</h2><p>Councilmember Ortega asked staff to contact Teodor Balanescu, who had "
        "left his number, (909) 415-2276, with the Clerk, regarding his shut-off notice.</p>"))
    assert {("customer_name", "Teodor Balanescu"), ("phone", "(909) 415-2276")} <= found


def test_a_resident_staff_are_asked_to_contact_about_a_pothole_is_no_customer():
    found = pairs_found(f"{_SITE}/council/minutes-2025-06-03", _page(
        "<h2>5. Council Communications</h2><p>Councilmember Ortega asked staff to contact Teodor Balanescu, who had "
        "left his number, (909) 415-2276, with the Clerk, regarding the pothole on his street.</p>"))
    assert not values_of(found, "customer_name")


# --- 2. captions ---------------------------------------------------------------------------------------------------

_CAPTIONS = """[00:41:02] >> thank you next speaker please
[00:41:09] >> good evening council my name is odalys ferreira-quint and i'm here on item 9 the {item}
[00:41:15] i filed an appeal in {month} and nobody has called me back you can call me at
[00:41:20] nine zero nine four four one two seven eight six that's my cell
[00:41:26] >> thank you staff will reach out
[00:41:30] >> thank you that concludes public comment
"""


def test_a_speaker_on_their_own_billing_appeal_who_asks_to_be_called_is_a_customer():
    found = pairs_found(f"{_SITE}/council/2025-06-03/captions.txt", _CAPTIONS.format(item="billing appeals",
                                                                                      month="february"))
    assert ("customer_name", "odalys ferreira-quint") in found


def test_a_speaker_on_their_own_zoning_appeal_is_no_customer():
    found = pairs_found(f"{_SITE}/council/2025-06-03/captions.txt", _CAPTIONS.format(item="variance for the garage",
                                                                                      month="february"))
    assert not values_of(found, "customer_name")


# --- 3. voicemail logs ---------------------------------------------------------------------------------------------

_VOICEMAIL = """UTILITY SERVICES - VOICEMAIL TRANSCRIPTS - 07/14/2025 (auto-transcribed)

[09:02] From 626-418-3390 (WIRELESS CALLER): hi this is marisol quintanar calling about my account 700512349876 please call me back
[09:40] From (909) 620-2241 (CITY OF POMONA): utility services here transferring a caller to you
[10:05] From (562) 704-1183 (HUYNH B): yes hello my name is bao huynh I live on 2231 tamarind pl my bill is way too high please call
[10:31] From (951) 330-7742 (PARK N): hi this is nadia park there is a pothole on my street by the school please call
"""


def test_voicemail_log_lines_are_each_their_callers():
    found = pairs_found(f"{_SITE}/utilities/voicemail-log-0714.txt", _VOICEMAIL)
    assert {("customer_name", "bao huynh"), ("address", "2231 tamarind pl"), ("phone", "(562) 704-1183"),
            ("phone", "626-418-3390"), ("customer_name", "marisol quintanar")} <= found


def test_the_citys_line_and_a_caller_about_a_pothole_stay_silent():
    found = pairs_above_low(f"{_SITE}/utilities/voicemail-log-0714.txt", _VOICEMAIL)  # a loose number is low
    assert not {"(909) 620-2241", "(951) 330-7742"} & values_of(found, "phone")
    assert "nadia park" not in values_of(found, "customer_name")


# --- 4. case lines -------------------------------------------------------------------------------------------------

def test_tel_before_ten_bare_digits_in_a_case_records_brackets():
    found = pairs_found(f"{_SITE}/docs/annual-report.pdf", lines_pdf([
        "Appendix C - Escalations closed by the Ombudsperson",
        "Case 40117: Ruxandra Petcu (2218 Calle Arroyo, Pomona, CA 91766; account 8-301-447-120;",
        "tel. 9094416620) reported a doubled bill. Resolved with a re-read and a credit."]))
    assert {("customer_name", "Ruxandra Petcu"), ("phone", "9094416620")} <= found


def test_a_spanish_pce_account_with_letters():
    found = pairs_found(f"{_SITE}/docs/correo.txt", "Buenas tardes, mi número de cuenta de PCE es PCE204-K77120. "
                                                    "Este mes me cobraron de más.\nAtentamente, Lidia Ferrán")
    assert ("account_number", "PCE204-K77120") in found
    program = pairs_found(f"{_SITE}/docs/programa.txt", "El programa de PCE es PCE204-K77120 para este año.")
    assert not values_of(program, "account_number")


# --- 5. a caller's own call in a billing appeals summary ------------------------------------------------------------

def _summary(sentence: str, title: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/council/summary.docx", docx_table(
        [["Item", "Status"], ["Hearing scheduled", "June 17"]],
        f"{title}, Q2 2025", f"Hearings are held by the City Manager's designee. {sentence}"))


def test_a_callers_own_call_and_number_in_a_summary_of_billing_appeals():
    found = _summary("Per Oyelaran Adewumi's call from 626.731.4408, he will attend the hearing.",
                     "Summary of Billing Appeals")
    assert {("customer_name", "Oyelaran Adewumi"), ("phone", "626.731.4408")} <= found


def test_a_callers_own_call_in_a_park_rental_note_is_no_customer():
    found = _summary("Per Oyelaran Adewumi's call from 626.731.4408, he will bring the permit.",
                     "Summary of Park Rentals")
    assert not values_of(found, "customer_name")


# --- 6. site37 -----------------------------------------------------------------------------------------------------

def test_the_recipient_of_a_mail_draft_about_an_account():
    body = ('<html><body><main><h1>Agenda</h1><p>Late correspondence: <a href="mailto:pkanoho71@gmail.com?subject='
            'Re%3A%20account%208-233-517-904%20refund">reply to the sender</a></p></main></body></html>')
    found = pairs_above_low(f"{_SITE}/council/agenda.html", body)
    assert ("email", "pkanoho71@gmail.com") in found


def test_a_mail_draft_about_an_agenda_item_names_no_customer():
    body = ('<html><body><main><h1>Agenda</h1><p>Late correspondence: <a href="mailto:pkanoho71@gmail.com?subject='
            'Re%3A%20item%206%20comment">reply to the sender</a></p></main></body></html>')
    assert not values_of(pairs_above_low(f"{_SITE}/council/agenda.html", body), "email")


def test_a_systems_user_and_password_pair_after_its_name():
    found = pairs_found(f"{_SITE}/docs/it-memo.txt", "IT notes for the cut-over\n\nMDM workstation: mdm_ops / "
                                                      "Heron2207x\nBilling server: username / password\n"
                                                      "Server: app01 / app02\n")
    assert values_of(found, "credential") == {"Heron2207x"}


def test_a_log_line_laid_out_as_the_logs_account_lines():
    log = ("PAYMENT PLAN LOG - Q2 2025\n\n"
           "SCE acct 3-118-204-5531 - Halina Wrzesniewska: 6 installments of $90.00 agreed 4/2/2025\n"
           "Acct # 700219384417 - Bartholomew Osei: 4 installments of $61.00 agreed 4/9/2025\n"
           "Svc Acct 8-662-017-330 - Ifeoma Chukwu: 10 installments of $140.00 agreed 4/21/2025\n"
           "Ref KT/55102/8 - Dariusz Wolniak: 5 installments agreed 5/2/2025\n"
           "Ref 5/14/2025 - Ines Barbosa: 3 installments agreed 5/14/2025\n")
    found = pairs_found(f"{_SITE}/docs/payment-plans.txt", log)
    assert {("account_number", "KT/55102/8"), ("customer_name", "Dariusz Wolniak")} <= found
    assert not {"5/14/2025"} & values_of(found, "account_number")


def test_a_ref_line_among_permits_is_no_account():
    log = ("PERMITS ISSUED - MAY 2025\n\n"
           "Permit B-2025-0411 - Halina Wrzesniewska: patio cover finaled 5/2/2025\n"
           "Permit B-2025-0412 - Bartholomew Osei: re-roof finaled 5/9/2025\n"
           "Ref KT/55102/8 - Dariusz Wolniak: fence finaled 5/12/2025\n")
    assert not values_of(pairs_found(f"{_SITE}/docs/permits.txt", log), "account_number")


def test_a_surname_in_brackets_after_an_account():
    found = pairs_found(f"{_SITE}/docs/memo.txt", "INTERNAL - Re: Account 8-540-221-763 (Nwankwo) and others\n"
                                                   "Re: Account 8-540-221-764 (Closed)\n")
    assert ("customer_name", "Nwankwo") in found
    assert "Closed" not in values_of(found, "customer_name")


def test_a_transposed_sheets_one_month_row_under_a_kwh_title():
    found = pairs_found(f"{_SITE}/docs/follow-up.xlsx", xlsx([
        ["Life-support follow-up (kWh)"], ["Field", "Case 1", "Case 2", "Case 3"],
        ["Name", "Olamide Bakare", "Sunniva Lindqvist", "Arturo Benavides-Ochoa"],
        ["Service Address", "318 W. Kingsley Ave, Pomona, CA 91767", "90 Calle Nogal, Pomona, CA 91766",
         "2217 N. Towne Ave, Pomona, CA 91767"],
        ["Account", "700410982231", "700552108374", "700663019285"],
        ["Mar-25", 1842, 977, 1311]]))
    assert {"1842", "977", "1311"} <= values_of(found, "energy_usage")


def test_a_transposed_sheets_month_row_under_no_usage_title_is_no_usage():
    found = pairs_found(f"{_SITE}/docs/follow-up.xlsx", xlsx([
        ["Enrollment follow-up"], ["Field", "Case 1", "Case 2", "Case 3"],
        ["Name", "Olamide Bakare", "Sunniva Lindqvist", "Arturo Benavides-Ochoa"],
        ["Account", "700410982231", "700552108374", "700663019285"],
        ["Mar-25", 12, 9, 14]]))
    assert not values_of(found, "energy_usage")


def test_a_pivots_later_month_rows_under_its_usage_title():
    found = pairs_found(f"{_SITE}/docs/pilot.xlsx", xlsx([
        ["Time-of-use pilot - monthly usage (kWh) by household"],
        ["Household", "Gwendolyn Achterberg", "Raimundo Oliveira", "Yuki Takahara-Ross"],
        ["Account", "700318822014", "700447119203", "700559201837"],
        ["Jan-25", 512, 1033, 688], ["Feb-25", 604, 918, 731], ["Mar-25", 577, 862, 702]]))
    assert {"604", "918", "731", "577", "862", "702"} <= values_of(found, "energy_usage")
