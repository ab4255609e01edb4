"""site72c red team: field names whose words are run together in lower case.

HTML lowercases attribute names: the ``data-acctNum``, ``data-svcAgmt`` and ``data-servicePointId`` an author writes
reach the reader as "acctnum", "svcagmt" and "servicepointid"; a script's JSON keys are written so too. Such a name
is read as the field words it is made of ("acct num", "svc agmt", "service point id"), so the account it labels is an
account; a lower-case word that only begins like a field word ("nominee", "accountant", "billing"), a CRM's own record
key ("accountid", "contactid") and staff's or a facility's data under such names stay as they were.
"""
from __future__ import annotations

import json

from detectors.context.glued_fields import unglued
from detectors.context.headers import header_kind
from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/utility/field-visits.html"


def _found(body: str) -> set[tuple[str, str]]:
    return pairs_found(PAGE, f"<html><head><title>Field visits</title></head><body><h1>Field visits</h1><main>{body}"
                             "</main></body></html>", "text/html")


def test_lower_case_compounds_of_field_words_are_read_as_their_words():
    assert unglued("acctnum") == "acct num"
    assert unglued("servicepointid") == "service point id"
    assert unglued("data svcagmt") == "data svc agmt"
    for name in ("acctnum", "acctno", "svcagmt", "billacct", "servicepointid", "utilityacct"):
        assert header_kind(name)[0] == "account", name
    assert header_kind("mailingaddress")[0] == "address"
    assert header_kind("phonenumber")[0] == "phone"


def test_words_that_only_begin_like_field_words_and_crm_record_keys_stay_whole():
    for word in ("nominee", "accountant", "premium", "billing", "username", "said", "accountid", "contactid",
                 "servicearea", "customeridname"):
        assert unglued(word) == word, word


def test_a_data_attributes_camel_case_account_name_labels_the_account():
    for name in ("acctNum", "svcAgmt", "billAcct", "servicePointId"):
        found = _found(f"<li data-name='Ottokar Brzezinski' data-address='3371 Harrowgate Ln' data-{name}='7-004-8192-35'"
                       ">Visit 2: meter check</li>")
        assert values_of(found, "account_number") == {"7-004-8192-35"}, name
        assert values_of(found, "customer_name") == {"Ottokar Brzezinski"}


def test_a_scripts_lower_case_keys_label_the_account():
    rows = [{"holdername": "Ottokar Brzezinski", "svcaddress": "3371 Harrowgate Ln", "acctnum": "4410-22-7719"}]
    found = _found(f"<script type='application/json' id='visits'>{json.dumps(rows)}</script>")
    assert values_of(found, "account_number") == {"4410-22-7719"}


def test_staff_and_facility_data_under_lower_case_names_stay_public():
    found = _found("<div class='card' data-fullname='Roberta Kincaid' data-jobtitle='Parks Supervisor' "
                   "data-workphone='(714) 555-0142' data-emailaddress='rkincaid@cityofexample.org'>Parks</div>"
                   "<div class='marker' data-facilityname='Heritage Park' data-streetaddress='1900 W Lincoln Ave' "
                   "data-permitno='BP-2025-00417' data-ponumber='45001872'>Map</div>")
    assert not values_of(found, "customer_name") and not values_of(found, "account_number")
    assert not values_of(found, "address") and not values_of(found, "phone")
