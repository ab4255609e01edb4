"""People's names in running text (``detectors.context.persons``), and whose they are."""
from __future__ import annotations

import pytest

from detectors.context.persons import called_customer, named_officially, names_in


@pytest.mark.parametrize("text, names", [
    ("Spoke with the customer, Ana Ruiz, at the counter", ["Ana Ruiz"]),
    ("SCE Customer Ana Ruiz called", ["Ana Ruiz"]),
    ("Mr. Vincent Hollis and Ms. Whitcomb", ["Mr. Vincent Hollis", "Ms. Whitcomb"]),
    ("Kyle M. Dorsey, 27, of Hesperia", ["Kyle M. Dorsey"]),
    ("Ana de la Cruz paid", ["Ana de la Cruz"]),
    ("DOLORES WHITCOMB", ["DOLORES WHITCOMB"]),
    ("La cliente María López paga", ["María López"]),
    ("Theresa Okonkwo", ["Theresa Okonkwo"]),  # a surname no list has, after a frequent given name
    # streets, places, firms and headings
    ("Dale Evans Pkwy and Jess Ranch Pkwy", []),
    ("Mesa Linda Community Energy", []),
    ("Rosa Hernandez, a teacher at Mesa Linda High", ["Rosa Hernandez"]),
    ("Victor Valley Daily Press", []),
    ("Grant Agreement with Willdan", []),
    ("Castellanos Tree Trimming", []),
    ("1234 Maria Lopez Ave", []),
    ("Ganesha Park", []),
    ("Bill Payment Arrangements", []),
])
def test_names_in_running_text(text, names):
    assert [text[a:b] for a, b in names_in(text)] == names


@pytest.mark.parametrize("text, name, official", [
    ("Mayor Tim Sandoval thanked staff", "Tim Sandoval", True),
    ("Prepared by: Priya Raman", "Priya Raman", True),
    ("Priya Raman, Senior Management Analyst", "Priya Raman", True),
    ("Carla Ruiz\nCustomer Programs Specialist", "Carla Ruiz", True),
    ("Jane Doe, Pomona Choice Energy", "Jane Doe", True),
    ("the customer, Ana Ruiz, called", "Ana Ruiz", False),
    ("Council staff met the customer Ana Ruiz", "Ana Ruiz", False),  # the customer word is nearer
    ("employee Robert Chen", "Robert Chen", False),
])
def test_named_officially(text, name, official):
    start = text.index(name)
    assert named_officially(text, start, start + len(name)) is official


@pytest.mark.parametrize("text, name, customer", [
    ("the customer, Ana Ruiz, called", "Ana Ruiz", True),
    ("Ana Ruiz, a PCE customer, called", "Ana Ruiz", True),
    ("account holder Ana Ruiz", "Ana Ruiz", True),
    ("resident Ana Ruiz", "Ana Ruiz", False),
    ("Customer Service Representative Ana Ruiz", "Ana Ruiz", False),
])
def test_called_customer(text, name, customer):
    start = text.index(name)
    assert called_customer(text, start, start + len(name)) is customer
