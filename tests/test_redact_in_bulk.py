"""The redactor's pass over many strings at once (a leaked table's 100,000 element paths) gives exactly
what its pass over each string alone gives: the bulk pass only decides which strings need a look."""
from __future__ import annotations

from dataclasses import replace

from reports.redact import Redactor, ShownText, _fold, _fold_joined
from detectors.model import Detection, Location

URL = "https://www.mesalinda.gov/exports/customers.csv"


def detection(category: str, value: str, key: str | None = None, *, element: str = "row 2, column Name",
              context: str = "", label: str | None = "Customer Name") -> Detection:
    masked = value[:1] + "*" * (len(value) - 1)
    return Detection(url=URL, category=category, severity="high", rule="PCE-01 6.3", masked=masked, value=value,
                     key=key or value, location=Location(line=2, element=element), hidden=None, label=label,
                     context=context or masked, why="customer record: column 'Customer Name'")


FOUND = [detection("customer_name", "Maria Lopez", "maria lopez"),
         detection("phone", "(909) 555-0142", "+19095550142"),
         detection("customer_name", "Lincoln Ruiz"),
         detection("credential", "Tr0ub4dor&3x"),
         detection("customer_name", "\u0130lkay Demir")]  # a capital whose lower case is two characters

# strings an output writes, each with what a reader must not see in it, or nothing
TEXTS = ["row 18204, column Customer Name", "MARIA-LOPEZ.pdf", "call 909.555.0142 today", "Lincoln Ruizwood",
         "lincoln ruiz", "__maria_lopez__", "", "x", "Maria Lopez\x00(909) 555-0142", "\u0130LKAY DEMIR",
         "Meter 909 555 0142 (old)", "passwd=Tr0ub4dor&3x;", "Ruiz, Lincoln", "  maria   lopez  ", "Sheet1!B4"]


def test_folding_in_bulk_is_folding_each():
    plain = [t for t in TEXTS if "\x00" not in t and "\u0130" not in t]
    assert [piece.strip() for piece in _fold_joined(plain).split("\x00")] == [_fold(t) for t in plain]
    assert _fold_joined(TEXTS) is None  # a NUL in a text: each is looked at alone
    assert _fold_joined(["\u0130LKAY DEMIR", "x"]) is None  # a capital whose lower case is longer


def test_a_string_the_bulk_pass_clears_is_one_the_redactor_leaves_alone():
    redactor = Redactor(FOUND)
    for texts in (TEXTS, [t for t in TEXTS if "\x00" not in t and "\u0130" not in t], TEXTS[:1], []):
        maybe = redactor.candidates(texts)
        assert len(maybe) == len(texts)
        for text, candidate in zip(texts, maybe):
            if not candidate:
                assert redactor(text) == text, text
    plain = [t for t in TEXTS if "\x00" not in t and "\u0130" not in t]
    flagged = {t for t, candidate in zip(plain, redactor.candidates(plain)) if candidate}
    assert {"MARIA-LOPEZ.pdf", "call 909.555.0142 today", "__maria_lopez__", "passwd=Tr0ub4dor&3x;"} <= flagged
    assert "row 18204, column Customer Name" not in flagged and "Sheet1!B4" not in flagged


def test_findings_redacted_together_are_the_findings_redacted_one_by_one():
    findings = [replace(f, location=Location(line=2, element=text), context=text or f.masked, label=text or None)
                for f in FOUND for text in TEXTS]
    findings.append(detection("customer_name", "Ana Ruiz", element=f"row 9, link {URL}?name=Maria+Lopez"))
    one_by_one = ShownText(Redactor(FOUND))
    together = ShownText(Redactor(FOUND))
    assert together.detections(findings) == [one_by_one.detection(f) for f in findings]
    shown = {f.location.element for f in together.detections(findings)}
    assert "M****-L****.pdf" in shown and "row 18204, column Customer Name" in shown
    assert f"row 9, link {URL}?name=M****+L****" in shown


def test_a_revealed_run_shows_the_strings_as_they_are():
    shown = ShownText(None)
    findings = [replace(FOUND[0], location=Location(element=text)) for text in TEXTS]
    assert [f.location.element for f in shown.detections(findings)] == TEXTS
