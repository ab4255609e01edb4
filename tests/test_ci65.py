"""The account detector compiles its labels' pattern once, with its labelled phrases besides, rather than the labels
alone first (a tenth of a second of every worker's start): the pattern it ends with reads as before, with the
``labels`` option added and with ``replace_labels`` taking the defaults and the phrases away."""
from __future__ import annotations

import re

from detectors.account_number import AccountNumberDetector
from detectors.labels import compile_labels, label_pattern, label_source, phrases_source


def test_the_account_labels_and_its_phrases_are_one_pattern():
    pattern = AccountNumberDetector().label_re
    assert pattern.flags & re.IGNORECASE
    assert pattern.search("Utility Acct Nbr: 4410-22") and pattern.search("PCE accounts 7000918273 and 7000918274")
    assert pattern.search("her bill account was closed")
    assert not pattern.search("Fund 101, Department 4410, Object 5200")


def test_a_configured_label_joins_the_defaults_or_replaces_them_and_the_phrases():
    added = AccountNumberDetector({"labels": ["Cust Ref"]}).label_re
    assert added.search("Cust Ref 55-1902") and added.search("PCE accounts 7000918273")
    replaced = AccountNumberDetector({"labels": ["Cust Ref"], "replace_labels": True}).label_re
    assert replaced.search("cust ref 55-1902")
    assert not replaced.search("Account Number 55-1902") and not replaced.search("PCE accounts 7000918273")
    assert replaced.pattern == label_pattern([], {"labels": ["Cust Ref"], "replace_labels": True}).pattern


def test_the_source_compiles_to_the_same_pattern_as_before():
    labels = ["Service Acct", "Premise #", "SA ID"]
    assert compile_labels(labels).pattern == phrases_source(labels)
    assert label_pattern(labels, {}).pattern == label_source(labels, {})
    nothing = label_pattern(labels, {"replace_labels": True})
    assert nothing.pattern == "(?!)" and not nothing.flags & re.IGNORECASE and not nothing.search("Service Acct 12")
