"""Red team docs19's causes in documents: an official's contact line below a customer's record (on the same page or
the next) is no field of it, and a co-op's "Member No." column is its members' accounts."""
from __future__ import annotations

import io

from openpyxl import Workbook

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def test_an_officials_contact_line_below_a_record_is_not_the_customers():
    text = ("Customer: Sigrun Aleksandrova, 615 Larch St, Member # 36943-563, 1,204 kWh\n\n"
            "Contact: Walter Ostrowski, Public Works Director, (907) 486-8060, 710 Mill Bay Rd\n")
    result = found("memo.txt", text)
    assert "phone" not in result
    assert result["address"] == ["615 Larch St"]


def test_an_officials_contact_after_a_label_block_across_a_page_break_is_not_the_customers():
    text = ("EXHIBIT D - Deposit Waiver Applications\nApplicant: Dawit Wolde\nSSN: 412-55-8190\n"
            "Premise address: 1497 Rezanof Dr W\nAccount No. 615-22399-79\n\f"
            "Series 2024A Electric Revenue Bonds, maturity 2031, coupon 5.00%\n"
            "Contact: Rebecca Skonberg, City Clerk, (907) 486-8636, 710 Mill Bay Rd\n")
    result = found("packet.txt", text)
    assert result["customer_name"] == ["Dawit Wolde"]
    assert "phone" not in result


def test_a_customers_own_phone_in_the_label_block_is_still_theirs():
    text = "Applicant: Dawit Wolde\nSSN: 412-55-8190\nPhone: (907) 486-2291\n"
    assert found("packet.txt", text)["phone"] == ["(907) 486-2291"]


def test_a_member_number_column_is_an_account():
    text = ("Member Name\tService Address\tTelephone\tMember No.\tAnnual kWh\n"
            "Hirut Haile\t615 Larch St\t907-860-8966\tW356-1246\t1,204\n")
    assert found("members.txt", text)["account_number"] == ["W356-1246"]


# -- red team docs20: an export's E_ADDR column, and a money column beside a customer's usage -------------------------

def test_an_exports_e_addr_column_holds_mailboxes():
    text = ("PREM_ID,CUST_NM_LST_FRST,SVC_ADDR_LN1,PH1,E_ADDR,CYC_KWH\n"
            '7456112093,"Thang, Sita",4410 Elm Hollow Rd,385-442-1187,sita.thang51@hotmail.com,1432\n')
    result = values_found("export.csv", text, ("email", "address"))
    assert result["email"] == ["sita.thang51@hotmail.com"]
    assert result["address"] == ["4410 Elm Hollow Rd"]


def test_a_past_due_column_is_no_persons_name_and_its_amounts_no_usage():
    book = Workbook()
    sheet = book.active
    sheet.title = "Disconnect List"
    for row in (("Cumberland Ridge Electric System",), ("Disconnect-eligible, run date 03/02/2027",), (),
                ("Cust Nm", "Svc Addr", "Ph #", "Acct", "Past Due", "Last Read kWh"),
                ("Opal Combs", "412 Slone Branch Rd", "(385) 555-0142", "40-1187-22", "885.59", "1,204")):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    document = extract("https://example.org/disconnects.xlsx", buffer.getvalue())
    found = {(f.category, f.value) for f in scan_document(document, load_detectors())}
    assert ("customer_name", "Past Due") not in found
    assert ("energy_usage", "885.59") not in found
    assert ("energy_usage", "1,204") in found


def test_a_figure_compared_with_a_class_average_is_the_same_statistic():
    text = ("Item 9.2 - Low-income weatherization results\n"
            "Average residential consumption in January was 1,412 kWh per customer, system-wide, compared to 1,298 kWh "
            "last January.1\n"
            "1 Pilot household: Shaniqua Caudill, 7198 Michelle Valleys Pike, Acct No. 65-5244-60, tel. (385) 864-2426; "
            "pre-retrofit usage 2,799 kWh/yr.\n")
    assert values_found("packet.txt", text, ("energy_usage",))["energy_usage"] == ["2,799 kWh"]


def test_a_customers_figure_compared_with_their_own_last_year_is_theirs():
    text = "Customer Ana Ruiz, acct 44600707, used 2,310 kWh in January, compared to 1,120 kWh last January.\n"
    assert values_found("notes.txt", text, ("energy_usage",))["energy_usage"] == ["2,310 kWh", "1,120 kWh"]
