"""A short coded account (capital letters glued to five digits, "RF12159A") in the account column of a customer's row
of a table laid out in text (a PDF's cells apart by tabs or wide gaps) is the customer's account, as it is beside an
account's label. A City facilities table, a vendors' table or a budget's codes give no account."""
from __future__ import annotations

from detectors.engine import scan_document
from tests.detector_helpers import _all_detectors, make_document


def accounts(lines: list[str]) -> list[str]:
    return [f.value for f in scan_document(make_document(lines), _all_detectors()) if f.category == "account_number"]


def test_a_write_off_table_in_a_pdf_gives_the_short_coded_account_of_each_customer_row():
    lines = ["Exhibit C \u2013 Uncollectible Accounts Recommended for Write-Off",
             "Account Holder\tAcct. No.\tService Address\tBalance\tReason",
             "Marguerite Oyelaran\tSN40817B\t715 Heron Ridge Dr\t$1,204.10\tMoved \u2013 no fwd",
             "Teodor Lindqvist\tW-418230-55\t93 Juniper Way\t$388.42\tDeceased",
             "Ngozi Abernathy\tHLW55102C\t2810 Quarry Rd Apt 4\t$2,015.77\tSkip"]
    assert sorted(accounts(lines)) == ["HLW55102C", "SN40817B", "W-418230-55"]


def test_wide_gaps_between_cells_and_a_premise_or_account_column():
    lines = ["Customer Name       Premise ID / Acct      Service Address          Phone",
             "Lowell Asante       RF30958K               718 Heron Ridge Dr       (612) 555-0193",
             "Dalia Ferreira      C-551902               40 Larch St              (612) 555-0144"]
    assert sorted(accounts(lines)) == ["C-551902", "RF30958K"]


def test_codes_with_a_year_a_vendors_table_and_city_facilities_give_no_account():
    assert accounts(["Account Holder\tAcct. No.\tService Address\tBalance",
                     "Marguerite Oyelaran\tFY24017\t715 Heron Ridge Dr\t$1,204.10"]) == []
    assert accounts(["Vendor\tVendor No.\tContract\tAmount",
                     "Foothill Paving Inc\tV10234A\tCN-88121\t$412,000.00",
                     "Summit Solar LLC\tV20871B\tCN-88122\t$96,500.00"]) == []
    assert accounts(["Facility\tAcct. No.\tAddress\tJan kWh",
                     "Well #4\tWL40112A\t1200 Reservoir Rd\t14,220 kWh",
                     "Booster Station 2\tBS40113A\t88 Tank Hill Rd\t6,480 kWh",
                     "Lift Station No. 7\tLS40114A\t410 Creek Dr\t3,115 kWh"]) == []
