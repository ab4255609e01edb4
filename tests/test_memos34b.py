"""Staff memos and case notes written in Word (red team memos34).

- A template's note to its writer ("replace [Customer Name] ... before sending. Example: Jane Doe, 100 Any Street")
  or a format shown by example inside a sentence speaks only for itself: the memo of real case notes around it is no
  sample bill. Hard negatives: a real sample bill page (one part, stand-ins as its fields) stays silent; the note's
  own stand-ins are never reported.
- A template's field left to fill in ("[Customer Name]", "<Service Address>") is nobody's value.
- A name a label gives inside a sentence ends at the clause after it ("the customer, Customer name: Ana Ruiz, who
  disputed ..."); a paragraph of running text between a "Case owner:" line and a "Customer name:" line ends the
  block (the owner's staff label does not veto the customer's); an explicit customer label alone in its block counts on a
  page that gives a customer's account. Hard negatives: a bracketed placeholder, a staff member named under a weak
  label, an explicit customer label on a page with no customer identifier.
"""
from __future__ import annotations

import io

import docx

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.ontarioutilities.example.gov/council/memos"


def _memo(*paragraphs: str) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _found(*paragraphs: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/case-review.docx", _memo(*paragraphs))


_OPENING = ("This memo summarizes staff's review of a billing complaint. Staff reviewed the account history, the "
            "posting restrictions and the program guidelines the Board adopted last spring.")
_NOTE = ("Template note: replace [Customer Name], [Service Address] and [Account Number] before sending. "
         "Example: Jane Doe, 100 Any Street, account 0000000000.")


# --- 1. a template's note reaches only itself ------------------------------------------------------------------

def test_a_template_note_does_not_make_a_memo_of_case_notes_a_sample():
    found = _found("MEMORANDUM", "TO: Utilities Director", _OPENING,
                   "Customer name: Rosalind Achterberg", "Service account: 7730418826",
                   "E-mail: rachterberg@gmail.com", _NOTE)
    assert "Rosalind Achterberg" in values_of(found, "customer_name")
    assert "7730418826" in values_of(found, "account_number")
    assert "rachterberg@gmail.com" in values_of(found, "email")
    assert not values_of(found, "customer_name") & {"Jane Doe", "[Customer Name]"}
    assert "0000000000" not in values_of(found, "account_number")


def test_an_example_given_inside_a_sentence_speaks_only_for_its_sentence():
    found = _found(_OPENING, "When entering the holder, type the name as it prints on the bill, for example "
                             "John Q. Public at 100 Any Street.",
                   "Account holder: Teodoro Villaseñor", "Account no.: 7730418826")
    assert "Teodoro Villaseñor" in values_of(found, "customer_name")
    assert "7730418826" in values_of(found, "account_number")


def test_a_sample_bill_page_stays_silent():
    found = _found("SAMPLE BILL - for illustration only", "Customer name: Jane Doe", "Service address: 100 Any Street",
                   "Account no.: 3-000-0000-00", "Usage this period: 512 kWh")
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")


# --- 2. a placeholder is nobody's value ------------------------------------------------------------------------

def test_a_bracketed_placeholder_is_no_customer_name():
    found = _found(_OPENING, "Customer: [Customer Name]", "Account holder: Marguerite Oyelaran",
                   "E-mail: moyelaran@yahoo.com", "Phone: (951) 384-2267")
    names = values_of(found, "customer_name")
    assert "Marguerite Oyelaran" in names
    assert not any(name.startswith("[") for name in names)


# --- 3. labelled names in a memo -------------------------------------------------------------------------------

def test_a_label_inside_a_sentence_gives_the_name_up_to_its_clause():
    found = _found(_OPENING, "On review, staff spoke with the customer, Customer name: Henrietta Vos, who disputed "
                             "the estimated read and asked that the late fee be waived.",
                   "The adjustment is consistent with the back-billing limits.", "E-mail: hvos1961@gmail.com",
                   "SSN: 527-81-4410")
    assert "Henrietta Vos" in values_of(found, "customer_name")


def test_a_paragraph_between_a_case_owner_and_the_customer_ends_the_block():
    found = _found("CUSTOMER CASE NOTES", "Case owner: Dolores Fairweather (Customer Care Supervisor)", _OPENING,
                   "Customer name: Augustin Mbeki", _OPENING, "E-mail: amkebi58@outlook.com", "SSN: 527-81-4410")
    assert "Augustin Mbeki" in values_of(found, "customer_name")
    assert "Dolores Fairweather" not in values_of(found, "customer_name")


def test_an_account_holder_alone_in_a_footer_line_counts_on_a_page_with_the_account():
    found = _found(_OPENING, "Account holder: Evangelina Torres-Whitby", _OPENING, "Service account: 7730418826")
    assert "Evangelina Torres-Whitby" in values_of(found, "customer_name")


def test_a_customer_label_alone_on_a_page_without_an_account_is_not_enough():
    found = _found(_OPENING, "Customer name: Evangelina Torres-Whitby",
                   "The true-up was recalculated for the period shown.")
    assert not values_of(found, "customer_name")


def test_a_staff_member_under_a_weak_label_is_no_customer():
    found = _found(_OPENING, "Contact: Dolores Fairweather", "The adjustment is consistent with Rule 17.",
                   "Service account: 7730418826")
    assert "Dolores Fairweather" not in values_of(found, "customer_name")
