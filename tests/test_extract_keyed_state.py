"""A page's state keeps its records keyed by id (Redux's ``byId``/``entities``, an object keyed by account numbers):
each is a record of its own, as a list's objects are, so customers are not joined into one record, nor a staff
contact beside them made a customer. A nested object's member that says it is another kind of value than its
object's name ("account": {"svcAddr": ...}) is labelled by its own name."""
from __future__ import annotations

import json

from crawler.extract.json_data import json_records
from tests.test_extract_html_parts import found, records, html

STAFF = {"contactName": "Priya Lindqvist", "contactTitle": "Customer Programs Analyst",
         "contactPhone": "(209) 555-0131", "contactEmail": "plindqvist@harrowgate.gov"}


def _state(data) -> str:
    return f'<div id="root"></div><script type="application/json" id="__STATE__">{json.dumps(data)}</script>'


def test_records_kept_by_id_are_records_of_their_own_and_the_staff_contact_is_no_customer():
    page = _state({"plans": {"byId": {
        "p7": {"account": {"acctNo": "6120447-35", "custName": "Odalys Fenwick", "svcAddr": "2209 Sable Creek Rd"},
               "phoneNbr": "(209) 555-0176"},
        "p8": {"account": {"acctNo": "6120913-08", "custName": "Barnaby Oyelaran", "svcAddr": "51 Heron Point Ct"},
               "phoneNbr": "(209) 555-0122"}}}, "ui": {"tab": "open"}, "contact": STAFF})
    assert [("svcAddr", "2209 Sable Creek Rd")] == [f for r in records(html(page)) for f in r if f[0] == "svcAddr"][:1]
    assert found(page) == {("account_number", "6120447-35"), ("customer_name", "Odalys Fenwick"),
                           ("address", "2209 Sable Creek Rd"), ("phone", "(209) 555-0176"),
                           ("account_number", "6120913-08"), ("customer_name", "Barnaby Oyelaran"),
                           ("address", "51 Heron Point Ct"), ("phone", "(209) 555-0122")}


def test_a_single_record_under_by_id_and_an_object_keyed_by_accounts():
    one = {"entities": {"a1": {"custName": "Odalys Fenwick", "acctNo": "6120447-35"}}, "contact": STAFF}
    assert [path for path, fields, _ in json_records(one) if fields] == ["$", "$.entities.a1"]
    by_account = {"6120447-35": {"name": "Odalys Fenwick"}, "6120913-08": {"name": "Barnaby Oyelaran"}}
    assert [path for path, fields, _ in json_records(by_account) if fields] == ["$.6120447-35", "$.6120913-08"]


def test_the_parts_of_one_customer_stay_one_record():
    customer = {"billing": {"name": "Odalys Fenwick", "address": "PO Box 118"},
                "service": {"name": "Odalys Fenwick", "address": "2209 Sable Creek Rd"}, "acctNo": "6120447-35"}
    assert len([fields for _, fields, _ in json_records(customer) if fields]) == 1


def test_a_directory_kept_by_id_raises_nothing():
    page = _state({"staff": {"byId": {
        "s1": {"name": "Priya Lindqvist", "title": "Customer Programs Analyst", "phone": "(209) 555-0131",
               "email": "plindqvist@harrowgate.gov"},
        "s2": {"name": "Tomasz Ekwueme", "title": "Water Resources Engineer", "phone": "(209) 555-0188",
               "email": "tekwueme@harrowgate.gov"}}}})
    assert found(page) == set()
