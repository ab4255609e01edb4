"""Web data that lost records: a SharePoint list's rows as JSON in an inline script, their field names with XML's
encoded spaces ("Account_x0020_No"); a hidden form field named as ASP.NET code names it ("ctl00$Main$hfAccountNo");
an Atom feed's entry whose content is escaped HTML. Each is checked end to end by every registry detector, beside
the same shapes on a City page that hold nothing confidential."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.test_extract_html_parts import found, html, records


# --- SharePoint list data: "_x0020_" in a field name is a space -------------------------------------------------

SP_LIST = ('<div id="WebPartWPQ3"></div><script type="text/javascript">var WPQ3ListData = {{"Row": [{row}], '
           '"FirstRow": 1}}; ctx.ListData = WPQ3ListData; RenderListView(ctx, "WPQ3");</script>')
CUSTOMER_ROW = ('{"ID": "88", "Title": "Renata Okafor", "Acct_x0020_Number": "KV-2210583-14", '
                '"Service_x0020_Address": "418 E Juniper Ln, Alder Falls, CO 81401", "Contact_x0020_Phone": '
                '"970-555-0148", "Request": "Meter re-read"}')


def test_encoded_spaces_in_a_sharepoint_field_name_are_read_as_spaces():
    row = next(r for r in records(html(SP_LIST.format(row=CUSTOMER_ROW))) if ("ID", "88") in r)
    assert row[1:5] == [
        ("Title", "Renata Okafor"), ("Acct Number", "KV-2210583-14"),
        ("Service Address", "418 E Juniper Ln, Alder Falls, CO 81401"), ("Contact Phone", "970-555-0148")]


def test_a_customer_row_of_a_sharepoint_list_is_found_whole():
    assert {("customer_name", "Renata Okafor"), ("account_number", "KV-2210583-14"),
            ("address", "418 E Juniper Ln, Alder Falls, CO 81401"), ("phone", "970-555-0148")
            } <= found(SP_LIST.format(row=CUSTOMER_ROW))


@pytest.mark.parametrize("row", [
    '{"ID": "3", "Title": "Marcus Delgado", "Job_x0020_Title": "Senior Planner", "Department": "Community '
    'Development", "Work_x0020_Phone": "970-555-0110", "E_x002d_mail": "mdelgado@alderfalls.gov"}',
    '{"ID": "7", "Title": "Juniper Park Pavilion", "Facility_x0020_Address": "200 N Park Dr, Alder Falls, CO 81401",'
    ' "Reservation_x0020_Phone": "970-555-0175", "Capacity": "120"}',
    '{"ID": "12", "Title": "Ridgeview Paving Co.", "Contract_x0020_No": "C-2026-041", "Award_x0020_Amount": '
    '"$412,300", "Project_x0020_Description": "Resurfacing of 5th Street"}'])
def test_sharepoint_lists_of_staff_facilities_and_contracts_raise_nothing(row):
    assert found(SP_LIST.format(row=row)) == set()


# --- a hidden field named by ASP.NET code ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["hfAccountNo", "ctl00$MainContent$hfAccountNo", "hdnAccountNo", "txtAccountNo"])
def test_a_control_s_name_less_its_type_prefix_and_containers_labels_its_value(name):
    document = html(f'<form><input type="hidden" name="{name}" value="KV-3381920-05" /></form>')
    assert [(s.label, s.text) for s in document.segments] == [("Account No", "KV-3381920-05")]
    assert ("account_number", "KV-3381920-05") in found(f'<form><input type="hidden" name="{name}" '
                                                         f'value="KV-3381920-05" /></form>')


@pytest.mark.parametrize("inputs", [
    '<input type="hidden" name="ctl00$MainContent$hfPageId" value="4471" />'
    '<input type="hidden" name="hfDepartment" value="Utilities Billing Office" />',
    '<input type="hidden" name="hdnFacilityAddress" value="200 N Park Dr, Alder Falls, CO 81401" />'
    '<input type="hidden" name="hfFacilityName" value="Juniper Park Pavilion" />',
    '<input type="hidden" name="txtMeetingId" value="831 2210 5567" />'])
def test_hidden_fields_of_a_city_page_raise_nothing(inputs):
    assert found(f"<form>{inputs}</form>") == set()


# --- escaped HTML in a feed entry: read as a page is -------------------------------------------------------------

def feed(entries: str):
    return extract("https://www.alderfalls.gov/feeds/notices.xml", entries.encode("utf-8"), "application/xml")


def feed_found(entries: str) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(feed(entries), load_detectors())}


ATOM = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Billing desk</title>'
        '<entry><title>Payment plan set up</title><updated>2026-10-02T09:00:00Z</updated>'
        '<content type="html">{content}</content></entry>'
        '<entry><title>Notice</title><updated>2026-10-03T09:00:00Z</updated>'
        '<content type="html">&lt;p&gt;Office closed Monday.&lt;/p&gt;</content></entry></feed>')
RSS = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Notices</title>'
       '<item><title>Notice posted</title><description>{content}</description></item>'
       '<item><title>Holiday hours</title><description>&lt;p&gt;Closed Friday.&lt;/p&gt;</description></item>'
       '</channel></rss>')
CUSTOMER_NOTE_CDATA = ("<![CDATA[<p>Payment plan set up for Dario Whitfield (dwhitfield88@gmail.com), account "
                       "KV-6604127-31.</p>]]>")
CUSTOMER_NOTE = ('&lt;p&gt;Payment plan set up for Dario Whitfield (dwhitfield88@gmail.com), account '
                 'KV-6604127-31.&lt;/p&gt;')


def test_an_atom_entry_s_escaped_html_is_read_as_its_text_outside_the_entry_s_record():
    document = feed(ATOM.format(content=CUSTOMER_NOTE))
    assert ("Payment plan set up for Dario Whitfield (dwhitfield88@gmail.com), account KV-6604127-31.",
            None) in [(s.text, s.label) for s in document.segments]
    assert not any("Whitfield" in f.text for r in document.records for f in r.fields)


@pytest.mark.parametrize("shape", [ATOM, RSS])
@pytest.mark.parametrize("content", [CUSTOMER_NOTE, CUSTOMER_NOTE_CDATA])
def test_a_customer_s_note_in_a_feed_entry_s_escaped_html_is_found_whole(shape, content):
    assert {("customer_name", "Dario Whitfield"), ("email", "dwhitfield88@gmail.com"),
            ("account_number", "KV-6604127-31")} <= feed_found(shape.format(content=content))


@pytest.mark.parametrize("content", [
    '&lt;p&gt;The Utility Billing office at 300 N Main St, Alder Falls, CO 81401 is open 8-5. Call '
    '(970) 555-0100 or write billing@alderfalls.gov.&lt;/p&gt;',
    '&lt;p&gt;Council Member Janet Ruiz will host a town hall at the Juniper Park Pavilion.&lt;/p&gt;',
    '&lt;p&gt;Average residential use in October: 612 kWh.&lt;br&gt;Contract C-2026-041 awarded to Ridgeview '
    'Paving Co.&lt;/p&gt;'])
@pytest.mark.parametrize("shape", [ATOM, RSS])
def test_feed_entries_of_city_news_raise_nothing(shape, content):
    assert feed_found(shape.format(content=content)) == set()


def test_a_value_holding_a_less_than_sign_stays_a_field_of_its_record():
    document = feed('<Export><Reading><Meter>M-1</Meter><Note>kWh &lt; 5 on 10/2</Note></Reading>'
                    '<Reading><Meter>M-2</Meter><Note>none</Note></Reading></Export>')
    assert ["Note", "kWh < 5 on 10/2"] in [[f.label, f.text] for r in document.records for f in r.fields]


def test_encoded_spaces_in_an_xml_export_s_element_names_are_read_as_spaces():
    document = feed('<Rows><Row><Customer_x0020_Name>Dario Whitfield</Customer_x0020_Name>'
                    '<Account_x0020_No>KV-6604127-31</Account_x0020_No></Row><Row><Customer_x0020_Name>Ines Baro'
                    '</Customer_x0020_Name><Account_x0020_No>KV-6604127-32</Account_x0020_No></Row></Rows>')
    assert [[f.label for f in r.fields] for r in document.records][0] == ["Customer Name", "Account No"]
