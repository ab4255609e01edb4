"""Another kind of number's label, one vocabulary read three ways: right before a number, anywhere in a column's name,
in brackets after a number (detectors/labels.py)."""
from detectors.labels import (account_veto_before, other_kind_named, other_label_after, other_label_before,
                             staff_label_before)


def test_a_label_right_before_the_number_is_read_strictly():
    assert other_label_before("Permit No. ")
    assert other_label_before("Payment plan, case #")
    assert not other_label_before("Payroll has the employee as ")  # whose number, not what kind: an SSN stays one
    assert not other_label_before("Service account no. ")
    assert not other_label_before("Permit issued; account ")  # a label further back names nothing here


def test_a_staff_members_number_but_not_a_meters_badge():
    assert staff_label_before("Public Works crew lead, badge ")
    assert staff_label_before("Employee No. ")
    assert not staff_label_before("Meter Badge # ")
    assert not staff_label_before("Invoice ")


def test_a_column_name_names_another_kind_anywhere_but_not_a_vague_one():
    assert other_kind_named("Permit #")
    assert other_kind_named("Employee ID")
    assert other_kind_named("Grant Application")
    assert not other_kind_named("Reference")  # a customer's account may stand under it
    assert not other_kind_named("Service Account")


def test_a_purchase_or_licence_label_in_brackets_after_the_number():
    assert other_label_after("8371730447 (vendor acct)", 10)
    assert other_label_after("4410022917\n(Invoice No.)", 10)
    assert other_label_after("6612093417 (Business License acct)", 10)
    assert not other_label_after("6612093417 (contract acct)", 10)  # SAP's name for a customer's contract account
    assert not other_label_after("6612093417 (SCE acct)", 10)


def test_a_word_a_header_reads_is_the_sentences_before_a_number():
    assert not staff_label_before("She read her account number to staff as ")
    assert other_kind_named("Staff #")


def test_a_bare_numbers_veto_reads_every_strict_kind():
    assert account_veto_before("Tree planting grant ")
    assert account_veto_before("case #")
    assert account_veto_before("badge ")
    assert not account_veto_before("Jun Qin (")
