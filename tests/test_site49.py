"""A CRM's case export, a lien roll pasted into a staff report's PDF, a rebate tracker's payee TIN column, a reader's
letter signed by a given name and an initial, a Korean note's account, an Armenian name with its case ending (red
team site49).

- A CRM's case export ("Case Number | Contact: Full Name | Contact: Mobile | Contact: Email | Case Origin | Subject |
  Description") about a utility program's matters: the case's own fields ("Case Origin", "Case Owner") are no public
  listing's, and a case list's contact beside a phone or a mailbox is the customer who called. Hard negatives: the
  same export of a city's service requests (potholes, graffiti), a program's staff contacts with no case column, the
  case owner (staff), the case number itself.
- A lien roll's first column keyed by the parcel and the account ("Parcel / Acct") in a PDF's table: the account, its
  owner of record and service address are the customer's. Hard negatives: a parcel's number in that column, a
  parcel-and-owner column with no account (a zoning notice).
- A rebate tracker's "Payee TIN (W-9)" column does not make the program's participants a payee listing: every row's
  rebate number is reported, not only the rows whose TIN cell is empty. Hard negative: the contractors' sheet.
- A reader's letter signed "- Given I., mailbox" after their own consumption; the column's own "Write to ..." mailbox is
  no reader's. Hard negatives: a sign-off with no mailbox and no account, the column's own mailbox.
- Korean "계정" (account) right before a number; Armenian "Սարգսյան-ը" (a name and its article after a hyphen).
  Hard negatives: "계정" of a web login with the office's phone, an Armenian heading word with an ending.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of, workbook

_SITE = "https://www.pomonachoiceenergy.org"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _csv(name: str, *rows: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/docs/data/{name}.csv", "\n".join(rows) + "\n", "text/csv")


def _table_pdf(lines: list[str | list[str]]) -> bytes:
    """A one-page PDF whose list lines are a table's cells, each cell at its column's left edge."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, line in enumerate(lines):
        for x, cell in zip((60, 170, 300, 460), [line] if isinstance(line, str) else line):
            pdf.drawString(x, 760 - 16 * k, cell)
    pdf.save()
    return out.getvalue()


def _pdf(lines) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/docs/council/staff-report.pdf", _table_pdf(lines), "application/pdf")


def _html(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/news/page.html", f"<html><body><main>{body}</main></body></html>", "text/html")


_CASES_HEADER = "Case Number,Contact: Full Name,Contact: Mobile,Contact: Email,Case Origin,Subject,Description"


def test_case_export_of_program_matters_reports_its_contacts():
    found = _csv("crm_cases_export", _CASES_HEADER,
                 "CS4471920,Dolores Ibarra,(951)448-2210,dibarra58@yahoo.com,Phone,CCA inquiry,opt out request",
                 "CS4471944,Kenji Watanabe,760.318.0094,kwatanabe@gmail.com,Web,CCA inquiry,"
                 "caller says bill shows 2241 W Laurel St but he moved",
                 "CS4471987,Marisol Quintero,1-626-505-1187,mquintero@outlook.com,Email,CCA inquiry,"
                 "asked about CARE discount")
    assert values_of(found, "customer_name") == {"Dolores Ibarra", "Kenji Watanabe", "Marisol Quintero"}
    assert values_of(found, "email") == {"dibarra58@yahoo.com", "kwatanabe@gmail.com", "mquintero@outlook.com"}
    assert values_of(found, "phone") == {"(951)448-2210", "760.318.0094", "1-626-505-1187"}
    assert values_of(found, "address") == {"2241 W Laurel St"}
    assert values_of(found, "account_number") == set()  # a case's number is the case's, no customer's account


def test_case_owner_of_a_case_export_is_staff():
    found = _csv("cases", "Case Number,Case Owner,Contact Name,Contact Phone,Case Status,Subject",
                 "00012871,Brenda McAllister,Dolores Ibarra,(951)448-2210,Closed,High bill complaint",
                 "00012872,Brenda McAllister,Kenji Watanabe,760.318.0094,Open,Opt-out request",
                 "00012873,Tomas Herrera,Marisol Quintero,626-505-1187,Open,Rate question")
    assert values_of(found, "customer_name") == {"Dolores Ibarra", "Kenji Watanabe", "Marisol Quintero"}
    assert values_of(found, "phone") == {"(951)448-2210", "760.318.0094", "626-505-1187"}


def test_case_export_of_city_service_requests_stays_unreported():
    found = _csv("service_requests", _CASES_HEADER,
                 "CS4471920,Dolores Ibarra,(951)448-2210,dibarra58@yahoo.com,Phone,Pothole,pothole on 4th",
                 "CS4471944,Kenji Watanabe,760.318.0094,kwatanabe@gmail.com,Web,Graffiti,tagging on wall",
                 "CS4471987,Marisol Quintero,626-505-1187,mquintero@outlook.com,Email,Streetlight,light out")
    assert values_of(found, "customer_name") == set()


def test_program_staff_contacts_without_a_case_column_stay_unreported():
    found = _csv("rebate_program_contacts", "Program,Contact Name,Contact Phone,Contact Email",
                 "EV charger rebate,Dolores Ibarra,(909) 620-2079,dibarra@pomonaca.gov",
                 "Heat pump rebate,Kenji Watanabe,(909) 620-2080,kwatanabe@pomonaca.gov")
    assert values_of(found, "customer_name") == set()


_LIEN_TITLE = ["STAFF REPORT - Delinquent Utility Charges", "ATTACHMENT A"]


def test_lien_roll_keyed_by_parcel_and_account_in_a_pdf_is_reported():
    found = _pdf([*_LIEN_TITLE, ["Parcel / Acct", "Owner of record", "Service Address", "Amount"],
                  ["41877-20931", "Dolores Ibarra", "2241 W Laurel St", "$3,693.30"],
                  ["52210-77406", "Kenji Watanabe", "918 N Garey Ave", "$1,120.15"]])
    assert values_of(found, "account_number") == {"41877-20931", "52210-77406"}
    assert values_of(found, "customer_name") == {"Dolores Ibarra", "Kenji Watanabe"}
    assert values_of(found, "address") == {"2241 W Laurel St", "918 N Garey Ave"}


def test_parcel_number_in_a_parcel_and_account_column_is_no_account():
    found = _pdf([*_LIEN_TITLE, ["APN / Account No.", "Owner of record", "Service Address", "Amount"],
                  ["8341-012-034", "Dolores Ibarra", "2241 W Laurel St", "$3,693.30"],
                  ["52210-77406", "Kenji Watanabe", "918 N Garey Ave", "$1,120.15"]])
    assert values_of(found, "account_number") == {"52210-77406"}


def test_parcel_and_owner_column_without_account_stays_a_listing():
    found = _pdf(["NOTICE OF PUBLIC HEARING - Zone Change", ["Parcel / Owner", "Site Address", "Zoning", "Acres"],
                  ["8341-012-034", "2241 W Laurel St", "R-1", "0.21"],
                  ["8341-012-035", "918 N Garey Ave", "R-1", "0.19"]])
    assert values_of(found, "account_number") == set()
    assert values_of(found, "address") == set()


def test_rebate_numbers_are_reported_on_rows_with_a_payee_tin():
    found = pairs_found(f"{_SITE}/docs/rebate-tracker.xlsx", workbook({
        "Tracker": [["Rebate #", "Applicant", "Site Address", "Contact Phone", "Measure", "Amount", "Payee TIN (W-9)"],
                    ["RB-25-40012", "Dolores Ibarra", "2241 W Laurel St", "951 448 2210", "HPWH", "2500", "919-71-9348"],
                    ["RB-25-40013", "Kenji Watanabe", "918 N Garey Ave", "760-318-0094", "L2 EVSE", "500", ""],
                    ["RB-24-40101", "Marisol Quintero", "77 E Holt Ave", "626-505-1187", "HPWH", "2500", "968-72-3013"]],
        "Contractors": [["Contractor", "License", "EIN"],
                        ["Inland Heating & Air", "C-10 321724", "82-4551460"],
                        ["Bright Path Electric", "C-10 481960", "88-1548350"]]}), _XLSX)
    assert values_of(found, "account_number") == {"RB-25-40012", "RB-25-40013", "RB-24-40101"}
    assert values_of(found, "customer_name") == {"Dolores Ibarra", "Kenji Watanabe", "Marisol Quintero"}
    assert "82-4551460" not in values_of(found, "taxpayer_id")


def test_reader_letter_signed_by_given_name_and_initial_with_mailbox():
    found = _html("<blockquote><p>Why does my neighbor pay less? We both use about 412 kWh. &ndash; Dolores I., "
                  "doloresibarra7@verizon.net</p></blockquote><p>Have a question? Write to askexpert@pcenergy.org.</p>")
    assert values_of(found, "customer_name") == {"Dolores I."}
    assert values_of(found, "energy_usage") == {"412 kWh"}
    assert values_of(found, "email") == {"doloresibarra7@verizon.net"}


def test_reader_sign_off_without_mailbox_or_account_stays_unreported():
    found = _html("<blockquote><p>Why does my neighbor pay less? We both use about 412 kWh. &ndash; Dolores I."
                  "</p></blockquote>")
    assert values_of(found, "customer_name") == set()


def test_column_mailbox_an_invitation_gives_is_no_readers():
    found = _html("<blockquote><p>Why does my neighbor pay less? We both use about 412 kWh. &ndash; Dolores Ibarra, "
                  "doloresibarra7@verizon.net</p></blockquote><p>Have a question? Write to askexpert@pcenergy.org.</p>")
    assert values_of(found, "email") == {"doloresibarra7@verizon.net"}


def test_korean_account_word_before_its_number():
    found = _html("<p>장은지님(1041 Paloma Dr)은 전기 사용량을 1,243 kWh로 줄였습니다. 계정 PCE-793889855, "
                  "전화 909 723 2083.</p>")
    assert values_of(found, "account_number") == {"PCE-793889855"}


def test_korean_web_account_with_office_phone_stays_unreported():
    found = _html("<p>온라인 계정을 만드시려면 (909) 620-2079로 전화하세요. 계정 2개까지 등록할 수 있습니다.</p>")
    assert values_of(found, "account_number") == set()
    assert values_of(found, "phone") == set()


def test_armenian_name_with_hyphenated_article_is_reported():
    found = _html("<p>Օրինակ՝ Լուսինե Սարգսյան-ը, որը բնակվում է 5151 Sycamore Canyon Rd հասցեում, զանգահարել է, քանի "
                  "որ օգոստոսի հաշիվը ցույց էր տալիս 2,057 կՎտժ։ Նրա հաշվի համարն է 3201-3386։</p>")
    assert values_of(found, "customer_name") == {"Լուսինե Սարգսյան"}


def test_armenian_program_name_with_ending_stays_unreported():
    found = _html("<p>ACE-ը և Քաղաքային Խորհուրդ-ը հաստատել են նոր սակագները։ Զանգահարեք (909) 620-2323։</p>")
    assert values_of(found, "customer_name") == set()
