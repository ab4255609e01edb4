"""The speed-ups of round 64 answer exactly as the code they replace: the accounts-heading pattern asked only of a line
holding one of its words, a lone capitalised word not read as a name's run, the "Last, First" reading asked only of a
text with a comma, the Chinese readers of names only of a text with a Han character, the account detector's
letter-beside-digit pattern opening with a character set, a half house number cut without a sub's template."""
from __future__ import annotations

import random
import re

from detectors import account_number
from detectors.context import account_lists, honorifics, persons
from detectors.context.shapes import _HALF_AFTER_NUMBER, is_street_address

# lines as a city's pages, budget books and collection lists write them
LINES = [
    "Accounts Referred to Collections", "DELINQUENT CUSTOMER ACCOUNTS - FY 2024-25", "Customers on Payment Plans",
    "Past-due residential accounts (over 90 days)", "Cuentas enviadas a cobranza", "Clientes morosos",
    "Accounts written off as uncollectible", "Account holders on medical baseline", "Closed accts",
    "General Fund accounts payable past due", "Chart of Accounts", "City facility accounts in arrears",
    "Fund 101: Community Resolution Division", "Account\tFY2023 Actual\tFY2024 Adopted", "Public Comment",
    "730-3183 Park report\t7,823,384\t5,921,945", "Meeting called to order at 6:02 p.m.", "",
    "ACCOUNTS IN COLLECTIONS", "acc\u0131unts closed", "Clients morosos", "CL\u0130ENTES MOROSOS", "cuentaſ vencidas",
]


def _accounts_heading_ungated(text: str) -> bool:
    text = text.strip()
    return (len(text) <= account_lists._HEADING_CHARS and len(text.split()) <= account_lists._HEADING_WORDS
            and not text.endswith(".") and bool(account_lists._ACCOUNTS_HEADING.search(text))
            and not account_lists._CITYS_BOOKS.search(text))


def test_accounts_heading_gate_lets_every_heading_through():
    rng = random.Random(64)
    words = ["Accounts", "ACCTS", "account holders", "Account\u017fholders", "accountholders", "cuentas", "CUENTAS",
             "clientes morosos", "CL\u0130ENTES MOROSOS", "cl\u0131entes morosos", "past due", "delinquent",
             "in collections", "vencidas", "morosas", "written off", "Customer", "on payment plans", "closed",
             "\u017fhut off", "\u212a", "the", "list", "City", "fund"]
    texts = LINES + [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 6))) for _ in range(20000)]
    matched = 0
    for text in texts:
        if account_lists._ACCOUNTS_HEADING.search(text):
            matched += 1
            assert account_lists._may_name_accounts(text), text
        assert account_lists.accounts_heading(text) == _accounts_heading_ungated(text), text
    assert matched > 1000
    assert account_lists.accounts_heading("Accounts Referred to Collections")
    assert not account_lists.accounts_heading("General Fund accounts payable past due")  # the City's own books
    assert not account_lists.accounts_heading("730-3183 Park report\t7,823,384\t5,921,945")


def test_a_lone_word_reads_as_no_name():
    """``names_in`` passes over a run of one capitalised word: neither reading of a run finds a name in it."""
    texts = ["Maintenance transfer maintenance street division. Park report", "Account: 3-441-209-8812 Ruiz",
             "Customer Delgado called; cb 909-555-0142", "Called Leroy back re: acct 7000918273", "Ana",
             "Mr. Ruiz asked about his bill.", "Payroll", "RUIZ", "Lee, 12 Elm St, acct 2-15-227-5210",
             "Dear Ji-yeon, thank you", "si Romeo", "Ms. Lopez"]
    for text in texts:
        for m in persons._TOKEN.finditer(text):
            run = [m.span()]
            for anchored in (False, True):
                assert persons._names_in_run(text, run, anchored) == [], (text, run)
            assert persons._name_in_slot(text, run) == [], (text, run)
    assert persons.names_in("Customer Ana Ruiz, acct 7000918273", anchored=True) == [(9, 17)]
    assert persons.names_in("Maintenance transfer maintenance. Park report", anchored=True) == []


def test_last_first_needs_a_comma():
    rng = random.Random(641)
    pieces = ["LOPEZ", "Maria", "de la", "Cruz", " ", "  ", ",", ", ", "&", "Ana", "-", "(", ")", ";", "\n", "acct"]
    texts = ["LOPEZ, MARIA acct 2-41-1", "Domínguez Maestre, Campo D.", "Phelps Gary COPA acct"] + [
        "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10))) for _ in range(20000)]
    for text in texts:
        for m in persons._LAST_FIRST.finditer(text):
            assert "," in m.group(), text
    assert persons.names_in("LOPEZ, MARIA acct 2-41-1", anchored=True) == [(0, 12)]


def test_chinese_readers_need_a_han_character():
    texts = ["客户陈美玲女士住在 371 Olive Hill Ct", "住在 371 Olive Hill Ct 的黃志明女士", "黄丽华（住在 9454 W Sixth St）",
             "Customer Chen Meiling (acct 7000918273)", "申訴人王先生", "Ông Nguyễn Văn Minh"]
    for text in texts:
        for pattern in (honorifics._CHINESE_NAME, honorifics._CHINESE_RESIDENT, honorifics._CHINESE_OPENING):
            for m in pattern.finditer(text):
                assert honorifics._HAN_CHARACTER.search(m.group("name")), text
    assert honorifics.honorific_names("住在 371 Olive Hill Ct 的黃志明女士") != []
    assert honorifics.honorific_names("Customer Chen Meiling (acct 7000918273)") == []


_LETTER_BESIDE_DIGIT_BEFORE = re.compile(r"[A-Z]\d|\d[A-Z]|\d[-\u2010-\u2013][A-Z]\b|\b[A-Z]{1,4}[/.]\d|"
                                         r"\d[-\u2010-\u2013][A-Z]{2,3}[-\u2010-\u2013]\d|\b[A-Z]-\d{5}|"
                                         r"\b[A-Z]{2,5}[-\u2010-\u2013][A-Z]{2,4}[-\u2010-\u2013]\d{4}")


def test_letter_beside_digit_is_the_pattern_it_replaces():
    rng = random.Random(642)
    alphabet = ["A", "B", "Z", "PCE", "9", "0", "12345", "-", "\u2010", "\u2013", "/", ".", " ", "x", "\u00e9", "_",
                "\u00c4", "a1", "\u0663"]
    texts = ["Meter # V482N-133779", "water acct W-72590", "PCE-R-7633624-8", "Fund 101: Community Division",
             "ABC-DEF-1234", "Map No. 17-21-366", "FY2023 Actual", "aB/1 x_C.2"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12))) for _ in range(50000)]
    for text in texts:
        assert [m.span() for m in account_number._LETTER_BESIDE_DIGIT.finditer(text)] == \
            [m.span() for m in _LETTER_BESIDE_DIGIT_BEFORE.finditer(text)], text


def test_half_house_number_cut_as_the_sub_did():
    rng = random.Random(643)
    pieces = ["974", "12", " ", "1/2", "\u00bd", "\t", "Calle", "Amapola", "\n", "a", " 1/2 "]
    texts = ["974 1/2 Calle Amapola", "12\u00bd Oak St", "1/2 mile", "Apt 1/2"] + [
        "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 7))) for _ in range(20000)]
    for text in texts:
        half = _HALF_AFTER_NUMBER.match(text)
        assert (text if half is None else half.group(1) + text[half.end():]) == \
            _HALF_AFTER_NUMBER.sub(r"\1", text, count=1), text
    assert is_street_address("974 1/2 Calle Amapola", labelled=True)
