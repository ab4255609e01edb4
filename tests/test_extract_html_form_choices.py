"""The choices of a ``<select>`` or ``<datalist>`` whose meaning is in the label of the control: a select wrapped in
its label ("Select account on file"), a label right before it, a datalist named by an input's ``list``, an option's
``label`` attribute. Each option is a record of its value and its text, the value labelled by what the list
chooses; a list of staff, states, months or districts raises nothing."""
from __future__ import annotations

import pytest

from tests.test_extract_html_parts import found, html, records

ON_FILE = ('<form><label>Select account on file<select name="acct"><option value="">-- choose --</option>'
           '<option value="000733-4120-05">Lorraine Whitcomb &ndash; 000733-4120-05</option>'
           '<option value="C0061932">Teodoro Alvarado &ndash; C0061932</option></select></label></form>')


def test_an_account_on_file_is_the_identifier_of_the_account_not_a_file_number():
    assert records(html(ON_FILE))[1] == [("Select account ID on file", "000733-4120-05"),
                                         (None, "Lorraine Whitcomb"), (None, "000733-4120-05")]
    assert {("account_number", "000733-4120-05"), ("customer_name", "Lorraine Whitcomb"),
            ("account_number", "C0061932"), ("customer_name", "Teodoro Alvarado")} <= found(ON_FILE)


def test_a_label_right_before_a_select_labels_its_choices():
    body = ('<label>Customer account</label> <select name="pick">'
            '<option value="4409182236">Whitcomb, Lorraine &ndash; 88 Quarry Hill Rd</option></select>')
    assert records(html(body)) == [[("Customer account ID", "4409182236"),
                                    (None, "Whitcomb, Lorraine"), (None, "88 Quarry Hill Rd")]]


DATALIST = ('<form><label>Service address <input name="svc" list="premises"></label><datalist id="premises">'
            '<option value="88 Quarry Hill Rd" label="lwhitcomb64@gmail.com">'
            '<option value="2150 NE Tamarack Ln" label="t.alvarado@yahoo.com"></datalist></form>')


def test_a_datalist_is_labelled_by_the_input_naming_it_and_its_option_labels_are_read():
    assert records(html(DATALIST)) == [
        [("Service address", "88 Quarry Hill Rd"), (None, "lwhitcomb64@gmail.com")],
        [("Service address", "2150 NE Tamarack Ln"), (None, "t.alvarado@yahoo.com")]]
    assert {("email", "lwhitcomb64@gmail.com"), ("email", "t.alvarado@yahoo.com"), ("address", "88 Quarry Hill Rd"),
            ("address", "2150 NE Tamarack Ln")} <= found(DATALIST)


@pytest.mark.parametrize("body", [
    '<label>Staff member<select name="staff"><option value="mlopez">Maria Lopez &ndash; Utility Billing</option>'
    '<option value="jpark">James Park &ndash; Customer Service</option></select></label>',
    '<label>Contact <input name="contact" list="staff"></label><datalist id="staff">'
    '<option value="Maria Lopez" label="mlopez@pomonaca.gov"><option value="James Park" label="jpark@pomonaca.gov">'
    '</datalist>',
    '<label>Street <input name="street" list="streets"></label><datalist id="streets"><option value="Garey Ave">'
    '<option value="Dr Martin Luther King Jr Blvd"><option value="Reservoir St"></datalist>',
    '<label>Pickup location <input name="pickup" list="sites"></label><datalist id="sites">'
    '<option value="505 S Garey Ave" label="City Hall"><option value="1575 N White Ave" label="Ganesha Park"></datalist>',
    '<label>State<select name="state"><option value="OR">Oregon</option><option value="CA">California</option>'
    '</select></label>',
    '<label>Month<select name="month"><option>January</option><option>February</option></select></label>',
    '<label for="cd">Select a council district</label><select id="cd"><option value="2">District 2 &ndash; '
    'Elizabeth Ontiveros-Cole</option><option value="5">District 5 &ndash; Steve Lustro</option></select>',
    '<label>Select account on file<select name="acct"><option value="res">Residential account</option>'
    '<option value="com">Commercial account</option></select></label>',
])
def test_lists_of_staff_streets_states_months_and_districts_raise_nothing(body):
    assert found(body) == set()
