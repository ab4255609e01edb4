"""A given name that is also a month ("Jun", "April"), after a title or a customer word (``detectors.context.persons``)."""
from __future__ import annotations

from tests.test_context_prose import fields_by_kind


def test_a_month_as_a_given_name_after_a_title():
    assert fields_by_kind("Ms. April Villanueva of 3318 South Kellogg Circle said her bill doubled to 2,904 kWh.") == {
        "name": ["Ms. April Villanueva"], "address": ["3318 South Kellogg Circle"], "usage": ["2,904 kWh"]}


def test_a_month_as_a_given_name_after_the_customer_word():
    assert fields_by_kind("Customer Jun Dimaculangan, 3320 South Kellogg Circle, said his bill doubled.") == {
        "name": ["Jun Dimaculangan"], "address": ["3320 South Kellogg Circle"]}


def test_months_in_prose_are_no_names():
    assert fields_by_kind("Mr. May said the June Newsletter is out; Customer June Meeting notes follow.") == {}
