"""Records in lists of a JSON or XML export: a record's bare "Number" or "id" is the number of what the record is
(``<Account><Number>`` is an account number, however many ``<Account>`` elements the export repeats), and a
person's list of phones or mailboxes (``"phones": [{"type": "HOME", "number": ...}]``) belongs to the person's own
record. A document system's keyword list (``<Keyword name="Customer Name">``) is one record whose fields its
attributes name. A bid tabulation's, a facility list's, a staff card's, a settings file's values stay what they are."""
from __future__ import annotations

import json

from crawler.extract import extract
from tests.test_table_headers import found

ACCOUNTS = b"""<Extract>
<Account><Number>330 418 907 215</Number><Name>Lucinda Ferreira</Name></Account>
<Account><Number>774120583396</Number><Name>Tobias Engqvist</Name></Account>
</Extract>"""

ATTRIBUTES = b"""<Extract>
<Account number="19-40582-07"><Holder first="Lucinda" last="Ferreira"/></Account>
<Account number="19-77310-02"><Holder first="Tobias" last="Engqvist"/></Account>
</Extract>"""

BIDS = b"""<BidTabulation solicitation="RFP 26-17">
<Bid><Number>26-17-003</Number><Vendor>Sierra Line Construction Inc.</Vendor><Amount>412300.00</Amount></Bid>
<Bid><Number>26-17-004</Number><Vendor>Basin Meter Services LLC</Vendor><Amount>398950.00</Amount></Bid>
</BidTabulation>"""

PEOPLE = {"customers": [
    {"account": "19-40582-07", "holder": {"name": "Lucinda Ferreira"},
     "contact": {"phones": [{"type": "HOME", "number": "(775) 318-4406"}, {"type": "CELL", "number": "(775) 902-1187"}],
                 "email": "lferreira@gmail.com"}},
    {"account": "19-77310-02", "holder": {"name": "Tobias Engqvist"},
     "contact": {"phones": [{"type": "HOME", "number": "(775) 244-6019"}], "email": "tengqvist@yahoo.com"}}]}

KEYWORDS = b"""<Document id="40711"><Keywords>
<Keyword name="Account #">7-21-506-3318</Keyword><Keyword name="Customer Name">Odalys Quintero</Keyword>
<Keyword name="Service Address">2281 Larkspur Way</Keyword><Keyword name="Doc Type">Payment Arrangement</Keyword>
</Keywords></Document>"""

STAFF_FIELDS = b"""<Directory>
<Contact><Field name="Name">Wendell Okafor</Field><Field name="Title">GIS Analyst II</Field>
<Field name="Phone">(775) 555-0178</Field><Field name="Email">wokafor@millbrooknv.gov</Field></Contact>
<Contact><Field name="Name">Greta Lindqvist</Field><Field name="Title">Utility Billing Supervisor</Field>
<Field name="Phone">(775) 555-0133</Field><Field name="Email">glindqvist@millbrooknv.gov</Field></Contact>
</Directory>"""

SETTINGS = b"""<config><setting name="siteName">City of Millbrook</setting><setting name="theme">Harbor Blue</setting>
<setting name="contactName">Customer Service</setting></config>"""

FACILITIES = {"facilities": [
    {"name": "Harbor Pump Station", "meters": [{"id": "E-40117"}], "phones": [{"number": "(775) 555-0120"}]},
    {"name": "Civic Center", "meters": [{"id": "E-40188"}], "phones": [{"number": "(775) 555-0100"}]}]}


def test_a_repeated_records_bare_number_is_the_number_of_what_it_is():
    (first, _) = extract("https://www.millbrooknv.gov/data/extract.xml", ACCOUNTS, None).records
    assert [f.label for f in first.fields] == ["Account Number", "Name"]
    assert {("account_number", "774120583396"), ("customer_name", "Lucinda Ferreira")} <= found("extract.xml",
                                                                                                ACCOUNTS)
    assert {("account_number", "19-77310-02"), ("customer_name", "Tobias Engqvist")} <= found("extract.xml",
                                                                                              ATTRIBUTES)


def test_a_bid_tabulations_numbers_stay_silent():
    assert not found("bids.xml", BIDS)


def test_a_persons_list_of_phones_is_in_the_persons_record():
    findings = found("export.json", json.dumps(PEOPLE).encode())
    assert {("phone", "(775) 902-1187"), ("phone", "(775) 244-6019"), ("customer_name", "Tobias Engqvist")} <= findings
    (record, _) = extract("https://www.millbrooknv.gov/data/export.json", json.dumps(PEOPLE).encode(), None).records
    assert ("phone", "(775) 318-4406") in {(f.label, f.text) for f in record.fields}


def test_a_facility_lists_phones_and_meters_stay_silent():
    assert not found("facilities.json", json.dumps(FACILITIES).encode())


def test_a_keyword_lists_attributes_name_its_fields():
    (record,) = extract("https://www.millbrooknv.gov/AppNet/Keywords.xml", KEYWORDS, None).records
    assert [f.label for f in record.fields] == ["Document id", "Keywords Account", "Keywords Customer Name",
                                                "Keywords Service Address", "Keywords Doc Type"]
    assert found("keywords.xml", KEYWORDS) == {("account_number", "7-21-506-3318"),
                                              ("customer_name", "Odalys Quintero"), ("address", "2281 Larkspur Way")}


def test_named_fields_of_staff_cards_and_settings_stay_silent():
    assert not found("directory.xml", STAFF_FIELDS)
    assert not found("settings.xml", SETTINGS)
