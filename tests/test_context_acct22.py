"""Red team acct22: other utilities' accounts. A small utility's short account in a customer's labelled record, the
labels of other billing systems (CA No., Utility ID), a paying agent's trust account in a bond notice,
and a propane company's name before its customer ID."""
from __future__ import annotations

from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


def test_a_short_account_in_a_customers_labelled_record():
    text = "Customer: Ignacio Valdez\nAccount Number: 7718\nService Address: 4410 E Mesquite Dr\nPhone: (520) 555-0162\n"
    result = found("record.txt", text)
    assert result["account_number"] == ["7718"] and result["customer_name"] == ["Ignacio Valdez"]


def test_a_short_number_in_a_facilitys_or_a_budgets_block_is_no_account():
    for text in ("Facility: Senior Center\nAccount: 5210\nService Address: 4410 E Mesquite Dr\n",
                 "GL Account: 5210\nFund: General\nAmount: $4,000\n", "Ordinance No.: 2291\nHearing: 4410 E Mesquite Dr\n"):
        assert "account_number" not in found("block.txt", text), text


def test_other_billing_systems_labels():
    assert found("note.txt", "Customer Dulce Arteaga, CA No. 210080920074, called.\n")["account_number"] == [
        "210080920074"]
    assert found("note.txt", "Customer Dulce Arteaga, Utility ID: 0004264489-8, called.\n")["account_number"] == [
        "0004264489-8"]
    assert "account_number" not in found("note.txt", "Hearing in Tucson, CA No. 3 district rules apply.\n")


def test_a_paying_agents_trust_account_and_a_propane_companys_name():
    notice = ("<p>NOTICE IS HEREBY GIVEN that the City's Water Revenue Refunding Bonds, Series 2016A, will be redeemed "
              "on January 2, 2027. Wire instructions: ABA Routing No. 091000022, Trust Account No. 1-801-5013-5135.</p>")
    assert found("notice.html", notice) == {}
    line = "Sierra Verde Propane  Customer ID: SVP-51757 for Lonnie Shelton\n"
    assert found("list.txt", line)["customer_name"] == ["Lonnie Shelton"]


def test_a_billing_systems_code_of_more_letters_than_digits_beside_a_customers_label():
    assert found("note.txt", "Service Account: PSP2-YXXY-64NH\n")["account_number"] == ["PSP2-YXXY-64NH"]
    for public in ("Service ID: WEB2-LOGIN-PAGE\n", "Customer Account: HOLD-2B\n", "Model: PSP2-YXXY-64NH\n"):
        assert "account_number" not in found("note.txt", public), public


def test_a_database_dumps_key_column_is_no_short_account():
    dump = ("CREATE TABLE `customer` (`cust_id` int, `acct_no` varchar(14), `first_nm` varchar(40), `last_nm` "
            "varchar(40), `svc_addr` varchar(80));\nINSERT INTO `customer` VALUES\n"
            "(1001,'21-860715-74','Jane','Tran','1950 Daniels Point Apt 23'),\n"
            "(1002,'66-953989-54','Anne','Herrera','14620 Kelsey Creek Unit C');\n")
    assert found("backup.sql", dump)["account_number"] == ["21-860715-74", "66-953989-54"]
