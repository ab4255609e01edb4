"""Web data that lost records: a SharePoint list's rows as JSON in an inline script, their field names with XML's
encoded spaces ("Account_x0020_No"); a hidden form field named as ASP.NET code names it ("ctl00$Main$hfAccountNo"). Each is checked end to end by every registry detector, beside
the same shapes on a City page that hold nothing confidential."""
from __future__ import annotations

import pytest

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
