"""Call notes' shorthand, e-mails and voicemails pasted into files, translated labels, a lien list's Park, and the
precision of code columns and an agency's EIN (red team site50).

- A call note in shorthand: "cb PHONE - SURNAME @ ADDRESS ... / SCE NNNNNNNNNN" (in an HTML comment or a text file):
  the utility's letters then ten digits are the account, the line's callback makes it a resident's (not a facility
  log's), the surname in capitals before "@" is the customer's. Hard negatives: a facility's line ("CITY HALL @ ..."),
  a toll-free line after the utility's letters, a word in capitals that is no surname.
- "the SURNAME residence at ADDRESS" in a sentence with the account: the household. Hard negative: a historic tour's
  "the Gamble residence" with no account.
- "The account is in my husband's name, N" wrapped onto the next line of a text file's e-mail.
- Translated labels: ", 계정 번호 N" ends the address before it; "연락처 NNNNNNNNNN" is a phone.
- A call log's ANI column beside a Caller column; a voicemail's "From: NNNNNNNNNN"; a note's "alt # N".
- A lower-case "sa" before ten digits no phone has. Hard negative: Tagalog "sa" before a phone.
- "Svc Pt Address" is an address column.
- A lien list's owner "PARK, SURNAME-GIVEN" is no park's row.
- Precision: "WO_TYPE" holds no names; "(X Community Power JPA)" holds its own EIN.
- A staff note appended to a public comment: "commenter is MCP customer, SA ...": the commenter heading the entry.
  Hard negative: a comment with no such note.
- A pasted e-mail's signature above a Word file's properties.
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, pairs_found, values_of, xlsx

_SITE = "https://www.pomonachoiceenergy.org"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _txt(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/library/notes.txt", "\n".join(lines) + "\n")


def _html(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/services/page.html", f"<html><body><main>{body}</main></body></html>")


# -- call notes' shorthand ------------------------------------------------------------------------------------------

def test_shorthand_call_note_in_a_comment():
    found = _html("<h1>Report a problem</h1><p>Use the app.</p>\n<!-- imported notes\n"
                  "5/02/2024 cb 626-318-4471 - OKONKWO @ 2210 N Sycamore Ave Apt 4 re: porch light / SCE 6031774920\n"
                  "5/03/2024 cb 6263184472 - ABERNATHY-CRUZ @ 811 Vine St re: flicker / PCE 7721405533\n-->")
    assert values_of(found, "account_number") == {"6031774920", "7721405533"}
    assert values_of(found, "customer_name") == {"OKONKWO", "ABERNATHY-CRUZ"}
    assert values_of(found, "address") == {"2210 N Sycamore Ave Apt 4", "811 Vine St"}
    assert values_of(found, "phone") == {"626-318-4471", "6263184472"}


def test_shorthand_facility_and_toll_free_lines_stay_public():
    found = _txt("4/2/2025 - CITY HALL @ 505 S Garey Ave: SCE 6031774920 meter swap; contact Facilities (909) 620-2361",
                 "Outage? Call SCE 6264022200 about 12 Elm St, or Ana Ruiz at the counter.",
                 "PUMP @ 44 Well Rd - SCE 6031774921 (reservoir)")
    assert not values_of(found, "account_number")
    assert not values_of(found, "customer_name") - {"Ana Ruiz"}


def test_surname_in_capitals_needs_a_callback_or_an_account():
    found = _txt("Crew staged: HALVORSEN @ 2210 N Sycamore Ave per foreman")
    assert not values_of(found, "customer_name")


def test_household_named_by_its_residence():
    found = _html("<p>Power was restored by noon; the Abernathy residence at 77 Quail Run, on Medical Baseline (acct "
                  "3-511-2071-88), was served by a generator.</p>")
    assert "Abernathy residence" in values_of(found, "customer_name")
    found = _html("<p>The historic homes tour starts at the Gamble residence at 410 Orange Grove Blvd and ends at the "
                  "Lincoln home at 12 Elm St. Tickets: 909-620-2300.</p>")
    assert not values_of(found, "customer_name") and not values_of(found, "address")


# -- e-mails and voicemails pasted into files ------------------------------------------------------------------------

def test_account_held_in_a_relatives_name_across_a_wrapped_line():
    found = _txt("From: Adaeze Nwosu <adaeze.n@gmail.com>", "Subject: claim", "",
                 "Hi, following up. The fridge was out a day. The account is under my father's name,",
                 "4417-208-315, service at 9021 W Cedar Ln. Please call me at 562.480.1177.")
    assert values_of(found, "account_number") == {"4417-208-315"}
    assert "Adaeze Nwosu" in values_of(found, "customer_name")
    assert values_of(found, "phone") == {"562.480.1177"}


def test_account_in_my_name_needs_a_number_no_line_of_the_office():
    found = _txt("The account is in my name, call 1-800-655-4555 for help.")
    assert not values_of(found, "account_number")


def test_voicemail_sender_number_and_a_notes_alternate():
    found = _txt("VOICEMAIL EXPORT - Queue: Billing", "",
                 "[11:04] From: 5627730194",
                 '"Hi this is Dolores Quintanilla, calling about my bill, the account number is 612 903 4417."', "",
                 "[11:20] From: 6263017745",
                 '"Hi this is Tomasz Wojcik, calling about my bill for 4410 Juniper Ln, account number 612 903 4418."')
    assert {"5627730194", "6263017745"} <= values_of(found, "phone")
    found = pairs_found(f"{_SITE}/data/calls.csv", "Date,Agent,Caller,ANI,Disp,Notes\n"
                        "3/4/24,KS,Dolores Quintanilla,562.773.0194,VM,LVM. alt # 626-301-9924. email on file "
                        "dq1960@yahoo.com\n")
    assert values_of(found, "phone") == {"562.773.0194", "626-301-9924"}
    assert "Dolores Quintanilla" in values_of(found, "customer_name")


def test_call_log_without_ani_stays_a_roster():
    found = pairs_found(f"{_SITE}/data/roster.csv", "Name,Agent,Phone\nMaria Lopez,KS,909-555-0142\n")
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


# -- translated labels -----------------------------------------------------------------------------------------------

def test_korean_account_label_without_colon_ends_the_address():
    found = _html("<p>사례: 고객 박서연 님 (주소: 1188 W Olive Ave Unit 3, 계정 번호 6120487731) 은 7월에 612 kWh 를 "
                  "사용하셨습니다. 연락처 6263017745.</p>")
    assert values_of(found, "account_number") == {"6120487731"}
    assert values_of(found, "address") == {"1188 W Olive Ave Unit 3"}
    assert values_of(found, "phone") == {"6263017745"}


# -- lower-case sa, service point address ----------------------------------------------------------------------------

def test_lower_case_sa_before_ten_digits_no_phone_has():
    found = _txt("5/9 R. Okafor - hi bill cmplnt, 1840kWh Apr. sa 0731174412")
    assert values_of(found, "account_number") == {"0731174412"}
    found = _txt("Tawagan sa 6263017745 si Ana Ruiz tungkol sa 1840 kWh.")
    assert not values_of(found, "account_number")


def test_service_point_address_column():
    found = pairs_found(f"{_SITE}/data/route.xlsx", xlsx([
        ["Seq", "Old Meter", "Svc Pt Address", "Resident", "Resident Ph"],
        [1, "V5512093", "4410 Juniper Ln Apt 2", "Tomasz Wojcik", "(626) 301-7745"]]), _XLSX)
    assert values_of(found, "address") == {"4410 Juniper Ln Apt 2"}


# -- a lien list's Park ----------------------------------------------------------------------------------------------

def test_owner_surnamed_park_is_no_park():
    found = _txt("APN           OWNER                 PROPERTY ADDRESS          UTIL ACCT",
                 "-------------------------------------------------------------------------",
                 "8104-022-011  PARK SEO-YEON         1450 N ORANGE AVE         08-33120-07",
                 "8104-022-012  ABERNATHY COLE        1452 N ORANGE AVE         08-33121-07")
    assert values_of(found, "account_number") == {"08-33120-07", "08-33121-07"}
    assert "PARK SEO-YEON" in values_of(found, "customer_name")


def test_park_facility_row_stays_public():
    found = _txt("FACILITY                 ADDRESS                   SCE ACCT",
                 "--------------------------------------------------------------",
                 "Palomares Park           499 E Arrow Hwy           3-048-1182-09")
    assert not values_of(found, "customer_name")


# -- precision -------------------------------------------------------------------------------------------------------

def test_underscored_type_column_holds_no_names():
    found = pairs_found(f"{_SITE}/data/workorders.csv", "WO_NUM,WO_TYPE,OWNER_OF_RECORD,SITE_ADDR,PREMISE_ID\n"
                        "WO-1,SOLAR INSPECTION,QUINTANILLA DOLORES,12 N ELM ST,PREM504391\n")
    assert "SOLAR INSPECTION" not in values_of(found, "customer_name")
    assert "QUINTANILLA DOLORES" in values_of(found, "customer_name")


def test_joint_powers_authoritys_ein_is_its_own():
    found = _txt("Annual Report 2023", "Program EIN for donations: 83-2210456 (Valle Verde Community Power JPA).")
    assert not values_of(found, "taxpayer_id")
    found = _txt("Tax ID for gifts: 83-2210457 (Sunrise Joint Powers Agency).")
    assert not values_of(found, "taxpayer_id")


# -- a staff note on a public comment, an e-mail's signature ---------------------------------------------------------

def test_staff_note_names_the_commenter_it_looked_up():
    found = _html('<div class="comment"><p><b>Olamide Fashola</b>, 12 Oak St</p><p>Rates are too high.</p></div>'
                  '<div class="comment"><p><b>Tomasz Wojcik</b></p><p>My bill is wrong.</p>'
                  '<p class="note">[Staff note: commenter is a PCE customer, SA 0712293341, svc addr 88 Pine Ave, '
                  '12-mo usage 5,120 kWh.]</p></div>')
    assert values_of(found, "customer_name") == {"Tomasz Wojcik"}
    assert "0712293341" in values_of(found, "account_number")


def test_public_comment_without_a_staff_lookup_names_no_customer():
    found = _html('<div class="comment"><p><b>Tomasz Wojcik</b></p><p>My bill is wrong.</p>'
                  '<p class="note">[Staff note: commenter was referred to Customer Care.]</p></div>')
    assert not values_of(found, "customer_name")


def test_pasted_email_signature_above_the_files_properties():
    found = pairs_found(f"{_SITE}/docs/optout.docx", docx_paragraphs(
        "From:\tokwong22@yahoo.com\nTo:\tcare@pomonachoiceenergy.org\nSubject:\tcancel",
        "Please remove us from the program. Service account 6120487731. Thank you.\nMei-ling Kwong\n(626) 301-7745"),
        _DOCX)
    assert "Mei-ling Kwong" in values_of(found, "customer_name")
    assert values_of(found, "phone") == {"(626) 301-7745"}
