"""site68a red team: customers whose given names no list holds or that English writes as words ("Favour", "Cielo",
and the "My", "Won", "Long", "Sun" of Vietnamese, Korean and Chinese names), read by the record's shape and the
sentence's roles, in prose, hidden HTML, Word memos and PDFs; surname-first forms ("Quach, My T.", "Vuong Thi My");
and businesses, streets, officials and performers with such words in their names, which stay public."""
from __future__ import annotations

from tests.detector_helpers import docx_memo, lines_pdf, pairs_found

PAGE = "https://www.cityofexample.org/board/appeals.html"


def _html(*paragraphs: str) -> str:
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def _names(pairs) -> set[str]:
    return {value for kind, value in pairs if kind == "customer_name"}


# ------------------------------------------------------------------------------ a word's given name, a role or a record
def test_a_vietnamese_given_name_that_is_a_pronoun_after_a_complaint_from_is_a_person():
    pairs = pairs_found(PAGE, _html("The board heard from My Quach, whose service account is 58-20417-63, about a "
                                    "disconnection notice."), "text/html")
    assert "My Quach" in _names(pairs)


def test_a_korean_given_name_that_is_a_verb_opening_its_record_is_a_person():
    pairs = pairs_found(PAGE, _html("Won Ocampo, 6120 W. Larchwood Ct, Account No. 41-88302-15, disputed a bill of "
                                    "$287.10 for the period ending May 31."), "text/html")
    assert "Won Ocampo" in _names(pairs)


def test_a_given_name_that_is_an_english_word_before_an_unlisted_surname_beside_its_record():
    pairs = pairs_found(PAGE, _html("Favour Oyelowo, 3318 Wrenfield Ave, account 7-221-604-3391, used 1,482 kWh in "
                                    "July."), "text/html")
    found = _names(pairs)
    assert "Favour Oyelowo" in found
    assert ("energy_usage", "1,482 kWh") in pairs


def test_the_possessive_of_a_word_given_names_account():
    pairs = pairs_found(PAGE, _html("Sun Mangubat's account PCE-448210 was closed in error on April 2."), "text/html")
    assert "Sun Mangubat" in _names(pairs)


def test_vietnamese_surname_first_with_a_middle_name_before_a_word_given_name():
    pairs = pairs_found(PAGE, _html("PCE customer Vuong Thi My reported 2,114 kWh on the July statement for account "
                                    "PCE-730118."), "text/html")
    assert "Vuong Thi My" in _names(pairs)
    pairs = pairs_found(PAGE, _html("Account holder Fifita Van Jun (junfifita@gmail.com) wrote that the meter at "
                                    "2210 S. Harwick Ln was read twice."), "text/html")
    assert "Fifita Van Jun" in _names(pairs)


def test_surname_comma_word_given_name_and_initial_is_a_person():
    pairs = pairs_found(PAGE, _html("Account holder Quach, Long T. (longquach@yahoo.com) wrote that the meter at "
                                    "9012 E. Harwick St was read twice in May.",
                                    "Tesfamariam, My B.'s account 3-402-117-2280 was reconnected the next day."),
                        "text/html")
    found = _names(pairs)
    assert "Quach, Long T." in found
    assert "Tesfamariam, My B." in found


def test_hidden_html_note_with_a_word_given_name():
    body = ("<html><body><p>Crews restored power at 6:40 p.m.</p><div style='display:none'>Escalation: the board heard "
            "from Kai Ocampo, whose account 62-10945-33 was billed twice.</div></body></html>")
    assert "Kai Ocampo" in _names(pairs_found(PAGE, body, "text/html"))


def test_word_memo_comment_with_a_word_given_name():
    memo = docx_memo("MEMORANDUM", "On May 14 our office received a complaint about a meter exchange.",
                     comment=(0, "Checked CIS: a call from Long Mangubat, whose account is 27-55104-81, on June 2."))
    pairs = pairs_found("https://www.cityofexample.org/docs/memo.docx", memo,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert "Long Mangubat" in _names(pairs)


def test_pdf_line_of_a_word_given_name_record():
    pdf = lines_pdf(["ATTACHMENT C - HEARING NOTES",
                     "Staff met with Cielo Tuimavave, whose home at 771 Quarryview Rd used 2,305 kWh, on June 3",
                     "regarding account 5-310-772-4410."])
    assert "Cielo Tuimavave" in _names(pairs_found("https://www.cityofexample.org/docs/packet.pdf", pdf,
                                                   "application/pdf"))


# ------------------------------------------------------------------------------ hard negatives
def test_businesses_and_streets_with_word_given_names_stay_public():
    pairs = pairs_found(PAGE, _html("Golden Sun Market, 1420 Mai Street, account 3-117-204-5531, paid its business "
                                    "license fee.", "Kai Sushi, 2200 Holt Ave, license BL-20931.",
                                    "Long Beach Transit, 1963 E Anaheim St, account 3-117-204-5532."), "text/html")
    assert not _names(pairs)


def test_officials_with_word_given_names_stay_public():
    pairs = pairs_found(PAGE, _html("Councilmember Sun Liang asked about account 3-117-204-5531 and Director Won "
                                    "Kang said the refund was issued."), "text/html")
    assert not _names(pairs)


def test_an_instruction_before_a_surname_names_no_customer():
    pairs = pairs_found(PAGE, _html("Questions? Contact Hakobyan, 505 S. Garey Ave, account 3-117-204-5531."),
                        "text/html")
    assert not _names(pairs)


def test_a_city_before_an_address_is_no_customer():
    pairs = pairs_found(PAGE, _html("Rancho Cucamonga, 10500 Civic Center Dr, account 3-117-204-5531 was billed "
                                    "for the shared streetlights."), "text/html")
    assert not _names(pairs)


def test_a_month_after_a_word_and_a_comma_is_no_surname_first_name():
    pairs = pairs_found(PAGE, _html("Budget, June A. acct 3-22-333 and Report, May B. 2026 acct 3-22-334."),
                        "text/html")
    assert not _names(pairs)
