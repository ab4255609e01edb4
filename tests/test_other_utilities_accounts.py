"""Accounts of other utilities and their labels (red teams city17, hidden17, memo17, packet17): short prefixed water
and propane accounts, Portuguese labels, abbreviated member and service labels, partial accounts in a column; and the
numbers that only look like them (statutes, vendors' remittance accounts, asset locations, phones, table rows)."""
import pytest

from crawler.extract import extract
from detectors.account_number import AccountNumberDetector
from detectors.engine import scan_document
from tests.detector_helpers import findings_for
from tests.test_customer_context import lines


def values(text_or_segments):
    return [f.value for f in findings_for(AccountNumberDetector, text_or_segments)]


def table_values(*rows):
    """The accounts found in an HTML table of the given rows, the first its header."""
    def row(cells, tag):
        return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"
    html = "<table>" + row(rows[0], "th") + "".join(row(cells, "td") for cells in rows[1:]) + "</table>"
    return [f.value for f in scan_document(extract("t.html", html.encode()), [AccountNumberDetector()])]


@pytest.mark.parametrize("text, value", [
    ("Marisol Quintero phoned about water acct R-40817 after the leak.", "R-40817"),
    ("Leak adjustment: Dagny Holt, 12 Ferry Ln, water account H-55210, 40% abated.", "H-55210"),
    ("La señora Amara Osei solicita un plan de pagos, cuenta de agua T-31907.", "T-31907"),
    ("Referral: Kwame Boateng, propane acct BPG-22841, cell on file.", "BPG-22841"),
    ("Ivo Petrov, propane account NEP-70315.", "NEP-70315"),
    ("Account: WS-61208", "WS-61208"),
])
def test_a_short_prefixed_account_beside_an_account_label(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text", [
    "Form ABC-12345 must be filed with the Clerk.",           # no label
    "Code Enforcement case CE-48211 was closed.",              # another kind of number
    "See Exhibit W-10442 of the water master plan.",
    "Account: FY-20251 carryover",                             # a fiscal year's prefix
    "Water acct W-2024-113 rate study",                        # a year among its groups
])
def test_a_short_prefixed_number_that_is_no_account(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value", [
    ("Cliente: Rui Tavares\nMorada: 41 Cove St\nN.º de conta: 07-2291-05", "07-2291-05"),
    ("Conta: 07-2291-05", "07-2291-05"),
    ("Número da conta: 5173-90284", "5173-90284"),
    ("A sua conta 5173902846 tem um saldo em atraso.", "5173902846"),
])
def test_portuguese_account_labels(text, value):
    assert values(text) == [value]


def test_a_bare_portuguese_account_column_in_a_customers_row():
    assert table_values(("Cliente", "Conta"), ("Rui Tavares", "5173-90284")) == ["5173-90284"]


@pytest.mark.parametrize("text", [
    "A cidade conta 150.000 habitantes e 2.300 empresas.",   # "conta" the verb: counts
    "O município conta com 120000 residentes.",
])
def test_the_portuguese_verb_conta_is_no_label(text):
    assert values(text) == []


def test_a_bank_column_headed_conta_is_no_customers():
    assert table_values(("Banco", "Conta"), ("Banco Atlântico", "5173-90284")) == []


@pytest.mark.parametrize("text, value", [
    ("Refunded $18.40 to Odette Lacroix, Mbr No. 41-2207-86, for the estimated read.", "41-2207-86"),
    ("Mbr# 52810937 asked for a payment plan.", "52810937"),
    ("Ravi Menon asked us to waive the late fee on Svc ID 4410729381.", "4410729381"),
    ("Greta Lund — Svc Loc 608213-447 — will pay Friday.", "608213-447"),
])
def test_abbreviated_member_and_service_labels(text, value):
    assert values(text) == [value]


def test_a_mbr_no_column_in_a_customers_table():
    assert table_values(("Customer", "Mbr No.", "Adjustment"), ("Odette Lacroix", "41-2207-86", "$18.40")) == [
        "41-2207-86"]


@pytest.mark.parametrize("text", [
    "Chamber Mbr No. 104422 attended the mixer.",      # a member of another body
    "CalPERS Mbr ID 4409182 retirement estimate",
])
def test_a_member_of_another_body(text):
    assert values(text) == []


def test_a_svc_loc_column_may_hold_the_service_address():
    assert table_values(("Customer", "Svc Loc"), ("Ana Ruiz", "12 Oak St, Pomona, CA 91766-1234")) == []


@pytest.mark.parametrize("header", ["Acct Ending", "Account ending in"])
def test_the_last_digits_under_an_account_ending_column(header):
    assert table_values(("Customer", header), ("Femi Adeyemi", "4731")) == ["4731"]


def test_the_last_digits_in_a_definition_list():
    body = b"<dl><dt>Customer</dt><dd>Femi Adeyemi</dd><dt>account ending in</dt><dd>5820</dd></dl>"
    assert [f.value for f in scan_document(extract("d.html", body), [AccountNumberDetector()])] == ["5820"]


@pytest.mark.parametrize("header", ["Card Ending", "Period Ending", "Fiscal Year Ending"])
def test_an_ending_column_of_no_account(header):
    assert table_values(("Customer", header), ("Femi Adeyemi", "4731")) == []


@pytest.mark.parametrize("text", [
    "Item 6: Closed session under K.S.A. 75-4319(b)(2) to discuss a claim.",
    "Rates are set under R.S.Mo. 386.0201 and 4 CSR 240-13.",
    "Low-income assistance under 42 U.S.C. 862155 is administered by the County.",
    "Net metering per O.R.S. 757.3006 applies.",
    "As required by Cal. Pub. Util. Code § 7391234, baseline allowances apply.",
    "Municipal light plants are governed by M.G.L. c. 164 § 4711890.",
    "See 7 CFR 1710112 for loan rules.",
])
def test_a_statutes_citation_is_no_account(text):
    assert values(text) == []


def test_a_service_account_label_in_capitals_is_still_one():
    assert values("Complaint from Ana Ruiz, S.A. 3-847-7718-34, about a high bill.") == ["3-847-7718-34"]


def test_a_vendors_remittance_account_in_the_payables_register():
    assert table_values(("Vendor", "Remit Acct", "Invoice No.", "Amount"),
                        ("Larkspur Paving Co.", "77-4190-3", "INV-55120", "$9,300.00")) == []


@pytest.mark.parametrize("text", [
    "Payee account no. 4410-22871 on the ACH form for Brightline Electric LLC.",
    "Pole Loc # 448120-002 on Birch Ln: lamp out, crew 2.",
    "Hydrant Location No. 20418-77 flushed.",
])
def test_a_firms_or_an_assets_number(text):
    assert values(text) == []


def test_a_customers_location_number_beside_a_pole_elsewhere():
    assert values("Ana Ruiz, Loc # 448120-002, reported the pole on Birch Ln down.") == ["448120-002"]


def test_a_rows_last_word_is_no_label_of_the_next_rows_first_cell():
    """A PDF table's rows as lines of tab-separated cells: "stuck meter" ends one row, an adjustment ID the next."""
    rows = ("Adj ID\tAcct No\tCustomer Name\tReason\n"
            "B31007\t5520918834\tOKAFOR, CHIDI\tstuck meter\n"
            "B31008\t0623-41977-02\tLINDQVIST, EBBA\tmisread")
    assert "B31008" not in values(lines(rows))


def test_a_label_at_the_end_of_a_prose_line_still_reaches_the_next():
    assert values(lines("Mr. Chidi Okafor asked us to re-read meter\nV482N-133779 before the bill.")) == [
        "V482N-133779"]


@pytest.mark.parametrize("text, value", [
    ("Mrs. Ingrid Solberg called about her bill on Map No. 23-14-207. Nothing had changed.", "23-14-207"),
    ("The member's account (Map No. 9-31-118) shows 2,940 kWh in January.", "9-31-118"),
])
def test_a_coops_map_number_in_a_members_sentence(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text", [
    "The parcel on Map No. 23-14-207 was rezoned to R-2.",
    "Tax map no. 23-14-207, Lot 4, easement for the line extension.",
    "Members in the east district (Map No. 23-14-207) get the new feeder.",
    "Outage restoration crews are shown on Map No. 5-14-2025.",
    "See Map No. 23-14-207 for the substation site.",
])
def test_a_map_number_of_land_or_of_the_system(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value", [
    ("Priya Nair, acct xxxx-xx5817, autopay enrolled", "xxxx-xx5817"),
    ("Account ****-**-6093 for Priya Nair", "****-**-6093"),
])
def test_an_account_masked_but_for_its_last_digits(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text", [
    "Your card xxxx-xxxx-xxxx-6093 was charged $42.10.",   # a card's, no account label
    "Ref xxxx-6093 attached.",
])
def test_masked_digits_of_no_account(text):
    assert values(text) == []


def test_a_name_before_a_kind_of_account_is_the_account_holders():
    """"water acct" names the kind of account, not a utility called "O'Sullivan Water"; a utility's name set as a name
    is ("Loveland Water acct") still cut from the person's."""
    from tests.test_context_prose import fields_by_kind
    found = fields_by_kind("Grace - can you also check Aoife O'Sullivan's water acct W-50193? Same situation.")
    assert found["name"] == ["Aoife O'Sullivan"]
    found = fields_by_kind("Refund to customer Maria Elena Ruiz Loveland Water acct 3-012-3456-78.")
    assert found["name"] == ["Maria Elena Ruiz"]


def test_your_named_companys_account_is_words_to_a_customer():
    from tests.test_context_prose import fields_by_kind
    found = fields_by_kind("Dear Mr. Haddad,", "Your Columbia Gas account shows a past balance; we mailed the notice "
                           "to 77 Quarry St and you may call us.", "Sincerely,", "Town Treasurer")
    assert "Mr. Haddad" in found.get("name", []) or "Haddad" in " ".join(found.get("name", []))
    assert not fields_by_kind("Questions about your Columbia Gas account? Call Columbia Gas at (800) 555-0140 "
                              "or visit its office at 200 Civic Center Dr.")


@pytest.mark.parametrize("text", [
    "The City Manager recommends approval of the attached item. Funding is available in account 401-5310-534.46-00.",
    "Funds are budgeted in account 101-4410-5320 for the lift station rehabilitation.",
    "The cost of the contract will be charged to account no. 510-7720-6410-00.",
    "Sufficient funds are appropriated in Account 001.1510.5210 (General Fund).",
])
def test_the_budget_line_a_staff_report_pays_from_is_no_customers_account(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value", [
    ("Customer Odile Guidry asked that the refund be charged to account 12-404913-01.", "12-404913-01"),
    ("Payment posted to account 12-404913-01 for Odile Guidry on 3/4.", "12-404913-01"),
])
def test_a_customers_account_after_words_of_paying_is_still_one(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("Account number: E-404913-W", "E-404913-W"),  # a water account's letter after its digits
    ("Acct. E-426182-W (odile.g@gmail.com) - disputes estimated bill.", "E-426182-W"),
])
def test_a_letter_after_the_digits_of_a_labelled_account(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text", ["Exhibit 2024-113-B", "Lot 12-B, Tract 4410", "Account: 12-B"])
def test_a_short_number_with_a_letter_is_no_account(text):
    assert values(text) == []


def test_a_3_4_3_account_under_a_customers_name_is_the_customers():
    """"182-1188-529" is written as a ledger's fund-department-object can be: under "Customer: NAME" it is the
    customer's account; alone after "Account No." in a budget line it stays a ledger's."""
    from tests.test_table_headers import found
    card = b"Customer: Marie-Claude Pierre-Louis\nAccount: 182-1188-529\nService address: 6440 Heron Bay Cir\n"
    assert ("account_number", "182-1188-529") in found("notice.txt", card)
    assert values("Account No. 101-4410-5320  Salaries - Full Time  $1,284,112") == []


def test_ten_digits_after_a_phone_label_are_a_phone_not_an_sce_account():
    """"cb # 8066346000" has SCE's service account form (8 and nine digits), but the call-back label says phone."""
    from tests.test_table_headers import found
    note = (b"10/14 2:42p - cust Marisol Ochoa called re high bill, 2310 kwh vs 900 last yr. acct 58-686186-64. svc "
            b"addr 4117 Yucca Ln. cb # 8066346010. sched re-read. -LA\n")
    findings = found("calls.txt", note)
    assert ("phone", "8066346010") in findings and ("account_number", "8066346010") not in findings
    assert values("SCE service account 8066346010 closed") == ["8066346010"]


def test_a_given_name_that_is_a_spanish_word_is_no_label():
    """"PACHECO, LUZ (79 741237 85)": Luz is her given name, not the "luz" of a Spanish "cuenta de luz"."""
    from tests.test_table_headers import found
    note = (b"<p>PACHECO, LUZ (79 741238 85) - tech found tampered seal at 6422 Sandhill Crane Way; consumption 3,191 "
            b"kWh last cycle vs. 300 prior. Cust reached on (912) 269-8771.</p>")
    assert {("customer_name", "PACHECO, LUZ"), ("account_number", "79 741238 85")} <= found("notes.html", note)
