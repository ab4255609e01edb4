"""Red team neg47 (precision and recall on a city website).

- The City's own accounts in a table: an account column naming a public holder ("SCE account (City of Mesa Linda)",
  "Acct (Harbor Unified School District)"), or a sentence right before the table that makes the City or another
  public body the holder of the accounts that follow ("The City of ... is the customer of record on the following
  SCE accounts"), in Word, HTML, sheets and PDFs: public, whatever place each row serves. A customers' table after
  another paragraph, or under a column naming no public holder, stays found; so does a row naming a person.
- A meeting host's password (under "Host account: ...") and host key are credentials, beside the public webinar ID,
  passcode and dial-ins, which stay unflagged.
- A customer's account, usage and name told in a free-text cell of a contractor's row (a permit's Description) are
  the customer's; the City's own account with a vendor ("Customer No. ..., net 30") is not.
- A staff report's "The customer receives service at ..." after the customer's name, and "Usage returned to 855 kWh
  ..." right under the customer's record table.
- The utility's initials after Vietnamese "số tài khoản" (and Spanish "cuenta de") before the account.
"""
from tests.detector_helpers import docx_paragraphs, docx_table, pairs_found, values_of, xlsx
from tests.test_neg46 import _pdf

_STATEMENT = ("The City of Mesa Linda is the customer of record on the following SCE accounts (Public Works, Street "
              "Lighting division). Annual kWh is for calendar 2024.")
_ROWS = [["2411672059", "LS-1", "Foothill Blvd median", "44,625"],
         ["2-75-754-9575", "LS-2", "Residential tract 14022", "87,659"]]
_PLAIN = [["SCE account", "Schedule", "Area served", "2024 kWh"]] + _ROWS
_HELD = [["SCE account (City of Mesa Linda)", "Schedule", "Area served", "2024 kWh"]] + _ROWS
_CITY_VALUES = {("account_number", "2411672059"), ("account_number", "2-75-754-9575"),
                ("energy_usage", "44,625"), ("energy_usage", "87,659")}


def _html(paragraph: str, rows: list[list[str]]) -> str:
    cells = "".join("<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in row) + "</tr>"
                    for i, row in enumerate(rows))
    return f"<html><body><h1>Streetlight rates</h1><p>{paragraph}</p><table>{cells}</table></body></html>"


def test_city_held_column_in_docx_sheet_csv_and_pdf():
    assert not pairs_found("https://x.org/sr.docx", docx_table(_HELD, "Staff recommends the transfer."))
    assert not pairs_found("https://x.org/a.xlsx", xlsx(_HELD))
    assert not pairs_found("https://x.org/a.csv", "\n".join(",".join(f'"{c}"' for c in r) for r in _HELD))
    assert not pairs_found("https://x.org/a.pdf", _pdf([[["Streetlight rate transfer"]] + _HELD]))
    school = [["Acct (Harbor Unified School District)", "Site", "kWh"], ["2411672059", "Field lights", "44,625"]]
    assert not pairs_found("https://x.org/a.docx", docx_table(school, "Joint solar purchase."))


def test_statement_of_the_citys_accounts_covers_the_table_after_it():
    assert not pairs_found("https://x.org/sr.docx", docx_table(_PLAIN, _STATEMENT))
    assert not pairs_found("https://x.org/sr.html", _html(_STATEMENT, _PLAIN))
    assert not pairs_found("https://x.org/a.xlsx", xlsx([[_STATEMENT]] + _PLAIN))
    assert not pairs_found("https://x.org/a.pdf", _pdf([[["The City of Mesa Linda is the customer of record on the"],
                                                         ["following:"]] + _PLAIN]))
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    wide = [["SCE account", "Area served", *[f"{m} kWh" for m in months]],
            ["2411672059", "Foothill Blvd median", *[f"{3000 + 11 * k:,}" for k in range(12)]]]
    assert not pairs_found("https://x.org/sr.html", _html(_STATEMENT, wide))
    held_by = "The following SCE accounts are held by the Olmos Valley Water District:"
    assert not pairs_found("https://x.org/sr.docx", docx_table(_PLAIN, held_by))
    assert not pairs_found("https://x.org/sr.docx", docx_table(_PLAIN, "La Ciudad de Mesa Linda es titular de las "
                                                                      "siguientes cuentas de SCE."))


def test_customers_tables_stay_found():
    # no statement: the same rows are a customers' table
    assert pairs_found("https://x.org/sr.docx", docx_table(_PLAIN, "Accounts moving to the new rate.")) == _CITY_VALUES
    # a statement that makes no public body the holder
    assert pairs_found("https://x.org/sr.docx", docx_table(
        _PLAIN, "The customer is the account holder of record on the following SCE accounts.")) == _CITY_VALUES
    # a column naming a customer, not the City
    customer = [["SCE account (customer)", "Schedule", "Area served", "2024 kWh"]] + _ROWS
    assert pairs_found("https://x.org/sr.docx", docx_table(customer, "Appeals heard in March.")) == _CITY_VALUES
    # a row naming a person under the City's statement is a customer's
    named = [["SCE account", "Holder", "2024 kWh"], ["2411672059", "Ana Ruiz", "9,625"]]
    found = pairs_found("https://x.org/sr.docx", docx_table(named, _STATEMENT))
    assert ("account_number", "2411672059") in found and ("customer_name", "Ana Ruiz") in found


def test_statement_covers_only_the_first_table_after_it():
    import io

    import docx
    document = docx.Document()
    document.add_paragraph(_STATEMENT)
    for rows, between in ((_PLAIN, "Second, the appeals received this quarter:"),
                          ([["SCE account", "Customer", "2024 kWh"], ["2985244002", "Ana Ruiz", "9,625"]], None)):
        table = document.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
        if between:
            document.add_paragraph(between)
    out = io.BytesIO()
    document.save(out)
    found = pairs_found("https://x.org/sr.docx", out.getvalue())
    assert not found & _CITY_VALUES
    assert {("account_number", "2985244002"), ("customer_name", "Ana Ruiz"), ("energy_usage", "9,625")} <= found


_CHECKLIST = """COUNCIL CHAMBER A/V CHECKLIST
1. Start the Zoom webinar from the clerk laptop.
   Public webinar ID: 825 1191 4137     Public passcode: 265996
   Host account: clerk.av@mesalinda.gov
   Password: Council@2026Zm
   Host key (to reclaim host): 453343
2. Spanish interpretation line 1-877-853-5247.
"""


def test_host_password_and_host_key_beside_public_meeting_details():
    found = pairs_found("https://x.org/checklist.txt", _CHECKLIST)
    assert values_of(found, "credential") == {"Council@2026Zm", "453343"}
    assert not pairs_found("https://x.org/c.txt", "Webex meeting number: 2481 993 0021\nModerator PIN 40917\n") - {
        ("credential", "40917")}
    assert ("credential", "40917") in pairs_found("https://x.org/c.txt",
                                                  "Webex meeting number: 2481 993 0021\nModerator PIN 40917\n")


def test_public_meeting_passcodes_stay_unflagged():
    for text in ("Join the Zoom webinar: Webinar ID: 825 1191 4137  Passcode: 265996\nDial 1-669-900-6833",
                 "Zoom meeting ID: 825 1191 4137\nPassword: 445566\nBy phone: +1 669 900 6833",
                 "Zoom webinar ID: 825 1191 4137\nHost: City Clerk's Office\nPassword: 445566",
                 "Teams meeting ID: 231 554 887 12\nPasscode: aB3xYz\nThe host will admit you from the lobby."):
        assert not values_of(pairs_found("https://x.org/agenda.txt", text), "credential"), text


_PERMITS = ("PERMIT_NO,ISSUED,SITE_ADDRESS,WORK_TYPE,DESCRIPTION,CONTRACTOR,CSLB_LIC,CONTRACTOR_PHONE\n"
            "BLD25-00702,03/26/2025,1815 Citrus Grove Way,Solar PV,\"Install 4.06 kW DC roof-mount PV, 10 modules\","
            "Ochoa Construction Inc.,1061037,951-874-6714\n"
            "BLD25-00429,03/11/2025,1255 Valley View Ave,Solar PV + battery,5.15 kW PV with 13.5 kWh battery storage,"
            "Monarch Pools,1083378,909-327-7864\n")


def test_customer_account_told_in_a_permits_description():
    row = ("BLD25-00760,03/28/2025,2203 Via Encina,Solar PV,\"Install 12.59 kW DC PV. Sized to owner's SCE bill: "
           "annual usage 11,066 kWh, SCE svc acct 3-841-9411-95 (in name of Yesenia Camacho) - NEM 3.0\","
           "Greenleaf Home Improvement,1033971,909-317-7821\n")
    found = pairs_found("https://x.org/permits.csv", _PERMITS + row)
    assert found == {("account_number", "3-841-9411-95"), ("energy_usage", "11,066 kWh"),
                     ("customer_name", "Yesenia Camacho")}
    assert not pairs_found("https://x.org/permits.csv", _PERMITS)


def test_citys_account_in_a_vendors_row_stays_unflagged():
    rows = [["Vendor", "Contact", "Phone", "Notes"],
            ["Acme Electric, Inc.", "Dana Brooks", "909-555-0147", "Customer No. 88217746, net 30 terms on invoices"],
            ["Valley Paper Co.", "Lee Park", "909-555-0199", "City acct # 4471-2291 with vendor, billed monthly"]]
    assert not values_of(pairs_found("https://x.org/vendors.xlsx", xlsx(rows)), "account_number")


_APPEAL = ("On January 21, 2025, Ms. Maricris Santos requested a waiver of late payment charges totaling $212.40. The "
           "customer receives service at 4214 Magnolia Terrace, Mesa Linda, and reports that the December bill was "
           "mailed to a prior address.")


def test_service_address_and_usage_of_a_staff_reports_customer():
    rows = [("Field", "Value"), ("Customer of record", "Maricris Santos"), ("SCE customer account", "2053276472"),
            ("Usage, Dec 2024 (kWh)", "2,555")]
    import io

    import docx
    document = docx.Document()
    document.add_paragraph(_APPEAL)
    table = document.add_table(rows=0, cols=2)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    document.add_paragraph("Usage returned to 855 kWh in February after the space heater was removed. The program "
                           "average is 540 kWh.")
    out = io.BytesIO()
    document.save(out)
    found = pairs_found("https://x.org/sr.docx", out.getvalue())
    assert {("address", "4214 Magnolia Terrace"), ("energy_usage", "855 kWh"), ("energy_usage", "2,555"),
            ("account_number", "2053276472")} <= found
    assert ("energy_usage", "540 kWh") not in found


def test_usage_under_a_city_table_and_the_customer_without_address_stay_unflagged():
    facility = [["Facility", "Annual kWh"], ["City Hall", "412,880"], ["Senior Center", "98,114"]]
    found = pairs_found("https://x.org/sr.docx", docx_table(facility, "City facility usage, 2024."))
    assert not values_of(found, "energy_usage") - {"412,880", "98,114"}
    assert not pairs_found("https://x.org/sr.docx", docx_paragraphs(
        "The customer receives service at the address shown on the bill.",
        "Usage returned to normal levels after the heat wave, as it did city-wide."))


def test_utility_initials_after_the_account_word():
    vi = ("<html><body><p>Ví dụ: tháng 8 vừa qua, ông Vy Do ở 1409 Hacienda Olmos Blvd (số tài khoản SCE "
          "2994451463) đã dùng 1,027 kWh.</p></body></html>")
    assert ("account_number", "2994451463") in pairs_found("https://x.org/faq-vi.html", vi)
    es = "<html><body><p>La cuenta de SCE 2994451463 de la señora Ruiz pasó a 1,027 kWh.</p></body></html>"
    assert ("account_number", "2994451463") in pairs_found("https://x.org/faq-es.html", es)
    # a budget's ledger string is no utility's account
    gl = "<html><body><p>Cargar a la cuenta GL 5100-220-4410 del presupuesto.</p></body></html>"
    assert not values_of(pairs_found("https://x.org/presupuesto.html", gl), "account_number")
