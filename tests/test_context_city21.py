"""Red teams city21 and docs21: accounts written with dots or slashes after a utility's letters ("W.3171.3407.7",
"HG/51946/7"), a complaint log's "Case #" column beside its "Customer" column, a budget sentence that made a
customer's letter-prefixed account a ledger line."""
from __future__ import annotations

from tests.detector_helpers import values_found

KINDS = ("customer_name", "phone", "email", "account_number", "energy_usage")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


def test_dotted_and_slashed_accounts_after_a_utilitys_letters():
    assert found("note.txt", "KPW water acct. R.5520.1187.4 (customer Leilani Kahale)\n")["account_number"] == [
        "R.5520.1187.4"]
    assert found("note.txt", "Island Gas Co. account IG/30871/5 (customer Leilani Kahale)\n")["account_number"] == [
        "IG/30871/5"]
    sheet = "ACCT_NO,CUST_NAME,PHONE\nR.5520.1187.4,Leilani Kahale,808-555-2231\n"
    assert found("export.csv", sheet)["account_number"] == ["R.5520.1187.4"]  # whole, not "5520.1187.4"


def test_section_and_ordinance_numbers_are_no_accounts():
    for text in ("Account: Ord. 2026/118 adopted on second reading.\n", "Account: Section B.2.1 of the tariff.\n",
                 "GL Account E.4410.5210 Electric Fund\n", "See account rules in Exhibit A.2 and Resolution R.14.\n"):
        assert "account_number" not in found("agenda.txt", text), text


def test_a_complaint_logs_case_column_beside_its_customer_column():
    body = ("<table><tr><th>Case #</th><th>Customer</th><th>Phone</th><th>Email</th><th>Issue</th></tr>"
            "<tr><td>CMP-2026-3310</td><td>Noelani Pua</td><td>808-212-4471</td><td>npua77@yahoo.com</td>"
            "<td>High bill</td></tr></table>")
    result = found("complaints.html", body)
    assert result["customer_name"] == ["Noelani Pua"] and result["phone"] == ["808-212-4471"]


def test_a_planning_case_list_stays_public():
    body = ("<table><tr><th>Case No.</th><th>Applicant</th><th>Address</th><th>Phone</th></tr>"
            "<tr><td>ZV-2026-14</td><td>Noelani Pua</td><td>81 Elm St</td><td>808-212-4471</td></tr></table>")
    assert found("planning.html", body) == {}


def test_ten_digits_under_a_phone_column_are_a_phone_whatever_account_form_they_share():
    sheet = "ACCT_NO,CUST_NM,PH_PRI\n41-55120-3307,\"ABARA, NGOZI\",8435519920\n"
    result = found("export.csv", sheet)
    assert result["phone"] == ["8435519920"] and result["account_number"] == ["41-55120-3307"]


def test_a_samoan_notices_labels():
    body = "<p>Igoa: Tavita Fuimaono · Imeli: tfuimaono8@gmail.com · Numera o le teugatupe: KP-408812-33</p>"
    result = found("notice.html", body)
    assert result["customer_name"] == ["Tavita Fuimaono"] and result["account_number"] == ["KP-408812-33"]
    assert result["email"] == ["tfuimaono8@gmail.com"]


def test_a_menu_of_the_utilitys_lists_names_no_customer():
    body = ("<h1>Kapena Light &amp; Water</h1><p>KLW serves 18,200 electric and 16,900 water customers.</p><ul>"
            "<li><a href='a.html'>Disconnection List</a></li><li><a href='b.html'>Rebate Winners</a></li>"
            "<li><a href='c.html'>Outage Callback Log</a></li></ul>")
    assert found("utility.html", body) == {}
    listed = ("<p>The following customers were approved for the medical baseline allowance:</p><ul>"
              "<li>Leilani Kahale</li><li>Mark Young</li><li>Grace Hill</li></ul>")
    assert found("approvals.html", listed)["customer_name"] == ["Leilani Kahale", "Mark Young", "Grace Hill"]


def test_an_aggregate_usage_heading_over_a_system_figure_after_a_speakers_bill():
    body = ("<h2>Public Comment</h2><p>Kawika Nakoa, who lives at 1400 Lunalilo St, addressed the Board regarding his "
            "bill. He stated that the Kona Lani Electric acct # KLE552019834 was billed for 1,980 kWh in July.</p>"
            "<h2>Aggregate usage</h2><p>Average residential usage was 498 kWh per month system-wide.</p>")
    assert found("minutes.html", body)["energy_usage"] == ["1,980 kWh"]


def test_a_headerless_export_with_the_name_cut_in_two_columns():
    sheet = ("E-553108-41,Achterberg,Wilma,wachterberg@gmail.com,843-555-7712,Y,2026-06-30\n"
             "E-553210-07,Nwosu,Chinedu,cnwosu19@yahoo.com,(843) 555-0198,N,2026-06-30\n"
             "E-553377-92,Delgado,Rosa,rosa.delgado@att.net,843.555.4420,Y,2026-06-30\n")
    result = found("export.csv", sheet)
    assert result["account_number"] == ["E-553108-41", "E-553210-07", "E-553377-92"]
    assert {"Achterberg", "Wilma", "Nwosu", "Chinedu"} <= set(result["customer_name"])


def test_a_headerless_list_of_departments_and_programs_in_two_columns_names_no_one():
    sheet = ("101-4310,Parks,Maintenance,parks@harlowmn.gov,843-555-2000,FY2026\n"
             "101-4410,Street,Lighting,streets@harlowmn.gov,843-555-2010,FY2026\n"
             "501-5210,Water,Treatment,water@harlowmn.gov,843-555-2020,FY2026\n")
    assert found("departments.csv", sheet) == {}


def test_a_firm_named_by_its_partners_gives_its_ein_and_a_person_does_not():
    firm = ("Hale-Kapono (EIN 99-3184402), 1001 Kapiolani Blvd Ste 700, Honolulu HI 96814, PO 26-81122, "
            "contact Mele Akana, (808) 555-0147.\n")
    assert values_found("award.txt", firm, ("taxpayer_id", "address", "phone")) == {}
    person = "Customer Leilani Hale-Kapono (EIN 99-3184402), 1001 Kapiolani Blvd, (808) 555-0147.\n"
    assert values_found("record.txt", person, ("taxpayer_id",))["taxpayer_id"] == ["99-3184402"]
    given = "Leilani (EIN 99-3184402) called about the refund.\n"
    assert values_found("record.txt", given, ("taxpayer_id",))["taxpayer_id"] == ["99-3184402"]


def test_template_rows_with_an_account_and_its_check_letter():
    body = ("<p>Payment arrangement requests.</p>"
            "<template id='a'><tr><td>Noe Kalani</td><td>nkalani3@gmail.com</td><td>KLW-10-554120-F</td></tr></template>"
            "<template id='b'><tr><td>Iwalani Ho</td><td>iho88@gmail.com</td><td>KLW-10-771345-K</td></tr></template>")
    result = found("requests.html", body)
    assert result["account_number"] == ["KLW-10-554120-F", "KLW-10-771345-K"]
    assert result["customer_name"] == ["Noe Kalani", "Iwalani Ho"]


BLOCKS = """Attachment C - Deposit Waiver Requests
OYELARAN, Bisi
4410 Egret Cove Rd Unit 12
Palmetto Shoals, SC 29440
Tel. (843) 555-0161
Harbor Electric Acct No.: 52-71840-3316
Requested waiver of $250 deposit; 12 months
on-time payment history.
WIERZBICKI, Tomasz
77 Marsh Hen Ln
Palmetto Shoals, SC 29440
Tel. 843-555-0178
Harbor Electric Acct No.: HE5532108
Requested waiver of $250 deposit.
"""


def test_stacked_blocks_of_customers_around_their_accounts():
    result = found("waivers.txt", BLOCKS)
    assert {"OYELARAN, Bisi", "WIERZBICKI, Tomasz"} <= set(result["customer_name"])
    assert {"(843) 555-0161", "843-555-0178"} <= set(result["phone"])


def test_a_facilitys_block_beside_its_account_and_a_staff_card_name_no_customer():
    facility = "Senior Center\n600 Egret Cove Rd\nPalmetto Shoals, SC 29440\nTel. (843) 555-0100\nSCE Acct No.: 2-23-456-7890\n"
    assert set(found("facilities.txt", facility)) == {"account_number"}
    staff = "Ruth Okonkwo\nUtility Billing Supervisor\n600 Egret Cove Rd\nTel. (843) 555-0120\n"
    assert found("staff.txt", staff) == {}


def test_a_phone_shaped_account_under_a_bare_account_column_is_reported_whole():
    body = ("<table><tr><th>Customer</th><th>Account</th><th>Phone</th></tr><tr><td>Leilani Kahale</td>"
            "<td>412 568 9694</td><td>808-555-2231</td></tr></table>")
    assert found("accounts.html", body)["account_number"] == ["412 568 9694"]
