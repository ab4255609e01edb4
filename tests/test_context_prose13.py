"""Red team docs13's causes in running text, end to end through the extractor and every registry detector: other
utilities' short coded accounts and a co-op's member numbers that tie a memo's record together, labels, names and
numbers cut by a line's end, names with lowercase particles, and the full name given after a courtesy title.

Hard negatives are a city site's text: staff memos, chamber and board members, vendors, rate codes, wrapped prose
of public projects.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- a short coded account or a co-op member's number ties the record (causes 1, 2, 5) ------------------------------

def test_a_call_received_from_a_customer_with_a_short_coded_refuse_account():
    result = found("memo.txt", "On the 3rd our CSR received a call from Lowell Asante of 718 Heron Ridge Dr (Sanitation "
                   "acct # SN40817B). Best callback is (612) 555-0193. The cart swap was scheduled.\n")
    assert result == {"customer_name": ["Lowell Asante"], "address": ["718 Heron Ridge Dr"],
                      "account_number": ["SN40817B"], "phone": ["(612) 555-0193"]}


def test_a_bullet_with_a_short_coded_account_and_a_name_with_diacritics():
    result = found("memo.html", "<ul><li>Gülşen Öztürk \u2013 Refuse acct # RF58120K \u2013 33 Tamarack Ln \u2013 "
                   "(763) 555-0148</li></ul>")
    assert result == {"customer_name": ["Gülşen Öztürk"], "account_number": ["RF58120K"],
                      "address": ["33 Tamarack Ln"], "phone": ["(763) 555-0148"]}


def test_a_co_op_members_number_ties_the_caller():
    result = found("memo.txt", "Our CSR took a call from Tovah Blackhorse of 4410 Millrace Rd (Co-op member no. "
                   "NREC-448120-55). Best callback is (218) 555-0177.\n")
    assert result == {"customer_name": ["Tovah Blackhorse"], "address": ["4410 Millrace Rd"],
                      "account_number": ["NREC-448120-55"], "phone": ["(218) 555-0177"]}


def test_a_call_received_from_a_customer_with_no_identifier():
    result = found("memo.txt", "Today our CSR received a call from Maren Oduya of 902 Bittern Ct. Best callback is "
                   "(507) 555-0186. A payment arrangement was set up and the disconnect order cancelled.\n")
    assert result == {"customer_name": ["Maren Oduya"], "address": ["902 Bittern Ct."], "phone": ["(507) 555-0186"]}


def test_a_call_received_from_an_official_or_a_firm_is_no_customers():
    result = found("memo.txt", "Today our CSR received a call from Councilmember Ana Ruiz about the outage map. Staff "
                   "also took a call from Dale Pruitt of Pruitt Electric Inc., 55 Commerce Way, (507) 555-0100, about "
                   "the disconnect schedule for the substation work.\n")
    assert "customer_name" not in result


def test_chamber_members_rate_codes_and_a_board_seat_are_no_record():
    result = found("memo.txt", "The Chamber member no. 20571B, Halvorsen Hardware, hosted the mixer at 14 Main St "
                   "(phone 218-555-0101). Board Member No. 3 seat is vacant. Account type R2B moves to TOU-D-4-9PM; "
                   "Acct # pending for the new library branch.\n")
    assert "account_number" not in result and "customer_name" not in result


# -- a label, a name or a number cut by a line's end (cause 3) --------------------------------------------------------

def test_an_account_label_cut_by_a_narrow_columns_line_break():
    result = found("memo.txt", "On Friday our CSR spoke with Aune Kettunen (Acct.\nNo.  5108-66213-4). Best callback "
                   "is (320) 555-0112.\n")
    assert result.get("account_number") == ["5108-66213-4"]
    assert result.get("customer_name") == ["Aune Kettunen"]


def test_a_name_cut_by_a_line_break_before_its_account():
    result = found("memo.txt", "On May 9 our clerk met at the counter with Sigrun\nTveitnes (Acct. No. 6630-20417-5). "
                   "Best callback is (218) 555-0150.\n")
    assert result.get("customer_name") == ["Sigrun", "Tveitnes"]


def test_a_label_at_a_lines_end_not_right_before_a_number_is_none():
    result = found("memo.txt", "The report lists the utility's customer acct\nrecords: 4471 were reviewed and "
                   "6,218,004 kWh were billed in the quarter.\n")
    assert "account_number" not in result


def test_a_wrapped_public_works_note_names_no_customer():
    result = found("memo.txt", "On May 9 the inspector met at the counter with Kestrel\nConstruction about the permit "
                   "for 410 Larch St (Permit No. 2025-0418).\n")
    assert "customer_name" not in result


# -- names with lower-case particles (cause 4) --------------------------------------------------------------------

def test_names_with_lower_case_particles_beside_an_identifier():
    for name in ("Maarten van 't Zandvoort", "Karim al-Haddad", "Joost op de Kamp", "Ilse van het Veld",
                 "Sven ten Bruggencate", "Lucia della Rovere"):
        result = found("appeal.txt", f"Appeal No. UAB-26-031. Appellant: {name}, 2716 Osprey Ct, telephone "
                       "(320) 555-0172. Cust. No.: K-882104. The appellant testified that the bill was late.\n")
        assert result.get("customer_name") == [name], name


def test_particles_in_public_text_name_no_one():
    result = found("news.txt", "Ten tips for saving energy: a photo op with the Top ten Energy Savers at the Rue des "
                   "Lilas Community Garden, 14 Main St, (320) 555-0100, hosted by the Chamber.\n")
    assert "customer_name" not in result


# -- the full name a note gives after a courtesy title (cause 6) ---------------------------------------------------

def test_the_full_name_on_the_account_given_after_a_courtesy_title():
    result = found("email.html", "<p>Talked to Ms. Okonkwo again. She says the 1,906 kWh on her July bill is wrong. "
                   "Acct is T71-448120, service at 39 Fennel Way. Full name on the account is Chiamaka Ada Okonkwo.</p>")
    assert result.get("customer_name") == ["Ms. Okonkwo", "Chiamaka Ada Okonkwo"]


def test_a_staff_member_before_a_customer_named_with_the_account_is_not_the_customers():
    result = found("memo.txt", "Supervisor notes: Dana Whitcombe reviewed the file on Monday. The customer, Ruben "
                   "Altagracia, account 4410-22871-3, disputes the 2,310 kWh bill.\n")
    assert result.get("customer_name") == ["Ruben Altagracia"]


def test_a_staff_member_in_the_sentence_before_the_account_is_not_the_account_holder_named_later():
    result = found("memo.txt", "Dana Whitcombe reviewed the file on Monday. Acct 4410-22871-3 shows 2,310 kWh in July. "
                   "The account holder is Ruben Altagracia.\n")
    assert result.get("customer_name") == ["Ruben Altagracia"]
