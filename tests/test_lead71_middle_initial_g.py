"""A middle initial "G." after a given name ("Charmaine G. Ocampo") is part of the name, not the Tagalog title "G."
(Ginoo, Mr.): read as the title, it dropped the given name and joined the next capitalised word ("Ocampo Cust").
Tagalog's "si G. Reyes", "kay G. Juan dela Cruz" and a title opening a line keep the title out of the name."""
from __future__ import annotations

import pytest

from detectors.context.persons import names_in
from tests.detector_helpers import pairs_found

_LOOKUP = """<html><body><h1>Account Lookup</h1><p>Look up your enrollment status.</p>
<template class="lookup-result"><div class="result"><b>{name}</b> Cust. Acct. 8-657-813-059
{mailbox}</div></template>
<p>Customer service: 1-855-434-4009. Staff contact: Marisol G. Quintero, Energy Programs Manager,
(909) 620-2311.</p></body></html>"""


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in names_in(text)]


@pytest.mark.parametrize("text, name", [
    ("Charmaine G. Ocampo Cust. Acct. 8-657-813-059", "Charmaine G. Ocampo"),
    ("Mary G. Smith called about her bill", "Mary G. Smith"),
    ("Refund issued to Rodrigo G. Benavides, 4410 Alder Ct", "Rodrigo G. Benavides"),
])
def test_a_middle_initial_g_stays_in_the_name(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Tumawag si G. Reyes tungkol sa kanyang bill", "Reyes"),
    ("Salamat kay G. Juan dela Cruz sa kanyang tulong", "Juan dela Cruz"),
    ("G. Ramon Santos, 12 Elm St", "Ramon Santos"),
    ("si Gng. Maria P. Cruz", "Maria P. Cruz"),
])
def test_the_tagalog_title_stays_out_of_the_name(text, name):
    assert _names(text) == [name]


def test_a_lookup_result_reports_the_whole_name_and_a_staff_contact_stays_public():
    found: dict[str, set[str]] = {}
    html = _LOOKUP.format(name="Charmaine G. Ocampo", mailbox="charmaine_ocampo@hotmail.com")
    for kind, value in pairs_found("https://www.ci.pomona.ca.us/energy/account-lookup.html", html, "text/html"):
        found.setdefault(kind, set()).add(value)
    assert found.get("customer_name") == {"Charmaine G. Ocampo"}
    assert "charmaine_ocampo@hotmail.com" in found.get("email", set())
    assert not any("Quintero" in value for values in found.values() for value in values)
    assert "(909) 620-2311" not in found.get("phone", set())
