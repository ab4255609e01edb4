"""Call-centre logs, callbacks told apart from the record, load studies and reader comments (red team site42).

- A call log's slash record after the customer's name: "Name / 8000-412-733 / 912 kwh last cycle" (the account in
  three dashed groups, no label). Hard negatives: a phone and a date after a name and a slash.
- The agent who logged a call log's entry ("08/10 9:26 T. Okoro: Cx ANA RUIZ called ...") is staff when the note names
  the customer. Hard negative: an entry whose note names no one else may open on its caller.
- A call log's entry naming its caller by the call centre's word ("Caller Ana Ruiz", "Cx Ana Ruiz") with the number
  the call came in from or the home they gave, in either order. Hard negatives: a caller named with no contact, a
  caller on a page about no utility matter (a pothole log), the office's own line.
- The customer named after a portal password reset in the same line ("... reset the portal pw to ... Cx Ana Ruiz").
  Hard negative: a staff member's network login reset.
- A pasted letter signed by its writer right above the packet's next item ("Bruno Avalos" / "Staff recommends that
  the City Council adopt ..."): a sentence is no title under the signature, so the callback number in the letter
  ("Please call me back: ...") is the writer's. Hard negative: a signature with its staff title below.
- Minutes: a speaker's phone in the next sentence by a pronoun ("The Mayor asked staff to follow up with him at
  ..."). Hard negative: a speaker on policy, whose comment tells no bill or usage of theirs.
- An engineer's load study: "the residence at 12 Elm St (Quintero household, 2,140 kWh in July)". Hard negative: a
  facility's load in brackets.
- A reader's comment signed after a dash ("... too high. - Ana Luisa") ends the post: the next comment's account is
  no part of it.
"""
from __future__ import annotations

import html

from tests.detector_helpers import docx_paragraphs, lines_pdf, pairs_found, values_of, xlsx

_SITE = "https://www.pomonachoiceenergy.org"


def _txt(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/library/call-log.txt", "\n".join(lines) + "\n")


def _html(title: str, *paragraphs: str, wrap: str = "") -> set[tuple[str, str]]:
    body = "".join(f"<div class='{wrap}'><p>{html.escape(p)}</p></div>" if wrap else f"<p>{html.escape(p)}</p>"
                   for p in paragraphs)
    page = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    return pairs_found(f"{_SITE}/news/post.html", page)


_LOG_HEAD = ("PCE CUSTOMER SERVICE - BILLING ESCALATION LOG - WEEK 14", "======================================")


# --- 1. the slash record of a call log ------------------------------------------------------------------------------

def test_an_account_in_three_groups_after_a_name_and_a_slash():
    found = _txt(*_LOG_HEAD, "04/02 10:14 RMK -- callback done. Teodoro Villaseñor / 8000-412-733 / 912 kwh last "
                 "cycle. Escalated to billing.")
    assert {("customer_name", "Teodoro Villaseñor"), ("account_number", "8000-412-733"),
            ("energy_usage", "912 kwh")} <= found


def test_a_check_digit_account_after_a_slash_in_a_desk_note():
    found = _txt(*_LOG_HEAD, "04/03 8:02 desk -- Marisol Quintanilla / 4418207-3 / wants a payment plan on the bill.")
    assert ("account_number", "4418207-3") in found


def test_a_phone_or_a_date_after_a_name_and_a_slash_is_no_account():
    found = _txt("Volunteer roster", "Dana Whitfield / 909-555-0142 / Saturdays", "Omar Haddad / 2024-04-03 / trail crew")
    assert not values_of(found, "account_number")


# --- 2. the agent who logged an entry ---------------------------------------------------------------------------------

def test_the_agent_before_the_note_is_no_customer():
    found = _txt(*_LOG_HEAD,
                 "04/04 9:26 R. Castellanos: Cx LEILANI KAUR called re high bill. Verified SA 3-828-6186-51. Usage "
                 "2747 kWh vs prior yr.",
                 "04/04 9:40 Priya Raman -- callback done. Gonzalo Frías / 3-126-7847-77 / 1979 kwh last cycle.")
    names = values_of(found, "customer_name")
    assert {"LEILANI KAUR", "Gonzalo Frías"} <= names
    assert not {"R. Castellanos", "Priya Raman"} & names


def test_an_entry_whose_note_names_no_one_else_may_open_on_its_caller():
    found = _txt(*_LOG_HEAD, "04/05 11:02 Graciela Montoya - wants a payment plan on acct 3-221-4410-17, balance $412.")
    assert "Graciela Montoya" in values_of(found, "customer_name")


# --- 3. the caller a log's entry names, with the number they called from or their home ------------------------------

def test_the_number_before_the_caller_and_the_home_after():
    found = _txt(*_LOG_HEAD, "04/06 9:45 CSR: inbound, 1-626-383-5969. Caller Rosalind Abernathy asked about the "
                 "CARE discount; home at 1418 N Via Del Sol. Told to apply via SCE.", "Summer bills are due 04/30.")
    assert {("customer_name", "Rosalind Abernathy"), ("phone", "1-626-383-5969"),
            ("address", "1418 N Via Del Sol")} <= found


def test_a_cx_and_a_callback_number():
    found = _txt(*_LOG_HEAD, "04/06 13:10 agent 7: cx Tobias Lindqvist asked about his last bill, cb 951-274-0183.")
    assert {("customer_name", "Tobias Lindqvist"), ("phone", "951-274-0183")} <= found


def test_a_caller_with_no_contact_is_no_record():
    found = _txt(*_LOG_HEAD, "04/07 10:00 CSR: Caller Rosalind Abernathy asked about the CARE discount.",
                 "Billing hours are 8-5.")
    assert "Rosalind Abernathy" not in values_of(found, "customer_name")


def test_a_pothole_callers_log_is_no_utility_record():
    found = pairs_found(f"{_SITE}/public-works/hotline-log.txt",
                        "STREETS HOTLINE LOG\n04/07 10:05 desk: Caller Rosalind Abernathy reported a pothole; home "
                        "at 1418 N Vine St, cb 951-274-0183.\n")
    assert "Rosalind Abernathy" not in values_of(found, "customer_name")


# --- 4. the customer named after a password reset --------------------------------------------------------------------

def test_the_cx_after_a_portal_password_reset():
    found = _txt(*_LOG_HEAD, "04/08 16:40 supervisor: reset the portal pw to Harbor#4471 and told cx by phone. "
                 "Cx Dariusz Nowak.")
    assert {("credential", "Harbor#4471"), ("customer_name", "Dariusz Nowak")} <= found


def test_a_staff_network_login_reset_names_no_customer():
    found = _txt(*_LOG_HEAD, "04/08 16:45 IT: reset the network pw to Harbor#4471 for the new hire. Cx Dariusz Nowak "
                 "was next in the queue.")
    assert "Dariusz Nowak" not in values_of(found, "customer_name")


# --- 5. a pasted letter's callback number ---------------------------------------------------------------------------

def test_the_letters_callback_number_above_the_packets_next_item():
    body = lines_pdf(["Attachment A - Correspondence received",
                      "This is Wendell Okonkwo again, the homeowner at 3310 W Mesa Verde Dr. My account number is",
                      "PCE82494982 and the last bill says we used 1379 kilowatt-hours, which is almost double what we",
                      "used last summer.",
                      "Please call me back: (909) 784-8202. Thank you.",
                      "Sincerely,",
                      "Wendell Okonkwo",
                      "Staff recommends that the City Council adopt the resolution and authorize the City Manager to",
                      "execute all related documents."])
    found = pairs_found(f"{_SITE}/agendas/packet.pdf", body)
    assert {("customer_name", "Wendell Okonkwo"), ("phone", "(909) 784-8202")} <= found


def test_a_signature_with_its_staff_title_below_stays_staff():
    body = docx_paragraphs("Dear Mr. Ruiz,", "Your account 3-221-4410-17 shows 1,204 kWh for March.",
                           "Sincerely,", "Marta Jelinek", "Customer Service Supervisor", "(909) 620-2241")
    found = pairs_found(f"{_SITE}/docs/letter.docx", body)
    assert "Marta Jelinek" not in values_of(found, "customer_name")


# --- 6. a speaker's phone by a pronoun ---------------------------------------------------------------------------------

def test_the_mayor_asks_staff_to_follow_up_with_him():
    body = lines_pdf(["CITY COUNCIL MINUTES", "PUBLIC COMMENT",
                      "Mr. Szabo of 4471 Orchard Ridge Dr stated that his household used 2931 kWh in July and",
                      "was billed twice. The Mayor asked staff to follow up with him at (714)742-6403."])
    found = pairs_found(f"{_SITE}/council/minutes.pdf", body)
    assert {("customer_name", "Mr. Szabo"), ("phone", "(714)742-6403")} <= found


def test_a_speaker_on_policy_followed_up_with_is_no_record():
    body = lines_pdf(["CITY COUNCIL MINUTES", "PUBLIC COMMENT",
                      "Ms. Delphine Marchetti of 4471 Orchard Ridge Dr spoke about the library's summer hours.",
                      "The Mayor asked staff to follow up with her at (714)742-6403."])
    found = pairs_found(f"{_SITE}/council/minutes.pdf", body)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")


# --- 7. an engineer's load study ------------------------------------------------------------------------------------

def test_the_residence_and_its_household_in_brackets():
    body = docx_paragraphs("MEMORANDUM", "Transformer T-2210 load study: the largest single load on the secondary "
                           "is the residence at 5128 E Sycamore Ln (Quintero household, 2,140 kWh in July, EV charging "
                           "observed).")
    found = pairs_found(f"{_SITE}/public-works/memo.docx", body)
    assert {("address", "5128 E Sycamore Ln"), ("customer_name", "Quintero household"),
            ("energy_usage", "2,140 kWh")} <= found


def test_a_facilitys_load_in_brackets_is_no_household():
    body = docx_paragraphs("MEMORANDUM", "Transformer T-2210 load study: the largest load on the feeder is the "
                           "Palomares Senior Center at 499 E Arrow Hwy (HVAC, 21,400 kWh in July).")
    found = pairs_found(f"{_SITE}/public-works/memo.docx", body)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")


# --- 8. a reader's comment signed after a dash --------------------------------------------------------------------------

def test_a_comment_signed_after_a_dash_lends_no_name_to_the_next_one():
    found = _html("2025 Rates Adopted", "The Board adopted 2025 rates.",
                  "I agree, bills are too high. - Marguerite",
                  "My bill for acct 8000-030-589 shows 1,341 kWh and I live alone!! call me 1-951-839-6855",
                  wrap="comment")
    assert ("account_number", "8000-030-589") in found
    assert "Marguerite" not in values_of(found, "customer_name")


# --- 9. a "real example" on a FAQ -------------------------------------------------------------------------------------

def test_a_real_example_is_someones_account():
    found = _html("Frequently Asked Questions", "Is the enrollment letter a scam? No. Real example: account "
                  "3-412-7781-06 used 1,964 kWh in one billing period and the generation charge was about $98.")
    assert {("account_number", "3-412-7781-06"), ("energy_usage", "1,964 kWh")} <= found


def test_a_format_example_stays_a_sample():
    found = _html("Frequently Asked Questions", "Where is my account number? It is printed on page 1, for example: "
                  "account 3-412-7781-06.")
    assert not values_of(found, "account_number")


# --- 10. taxpayer IDs of individuals and of partnerships -----------------------------------------------------------

def test_an_individuals_federal_id_written_without_its_dash():
    body = docx_paragraphs("MEMORANDUM - 1099 corrections", "The translation invoices from Odalys Ferreira (an "
                           "individual, not a company) listed her federal ID as 521847396; the W-9 says the same.")
    found = pairs_found(f"{_SITE}/finance/memo.docx", body)
    assert ("taxpayer_id", "521847396") in found


def test_a_partnerships_ein_wrapped_onto_the_next_line_stays_public():
    body = lines_pdf(["STAFF REPORT - POWER SUPPLY", "Power supply contracts: Desert Sky Solar LLC (EIN 87-3301942) and "
                      "Sierra Ridge Wind Partners (EIN", "46-2210587).", "Staff recommends approval."])
    found = pairs_found(f"{_SITE}/council/staff-report.pdf", body)
    assert not values_of(found, "taxpayer_id")


def test_a_persons_ein_in_a_vendor_row_before_their_remit_address():
    body = xlsx([["Vendor #", "Vendor name", "TIN", "TIN type", "Remit address"],
                 ["V10231", "Harold Esposito", "27-4419382", "EIN", "4418 Randall Ave"],
                 ["V10232", "Desert Sky Solar LLC", "87-3301942", "EIN", "100 Commerce Way Suite 200"]])
    found = pairs_found(f"{_SITE}/finance/vendors.xlsx", body)
    assert ("taxpayer_id", "27-4419382") in found
    assert ("taxpayer_id", "87-3301942") not in found
