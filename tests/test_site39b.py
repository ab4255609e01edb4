"""Records in table cells, form values, JSON, PDF footnotes and scanned letters (round 39, site39b).

Covered, each with the hard negatives a city site publishes beside them:
- a column naming a person and their account in one header ("Customer (account)"), each cell "Name (number)", in an
  HTML table and a text export; not a facility's, a vendor's or a staff member's column, nor a cell naming no one;
- a web page saved with a resident's entries in its form's inputs (name, mailbox, phone, address, account), and a
  completed PDF form; not a blank form's placeholders and examples, a staff contact prefilled with the City's numbers,
  a business's own form;
- a JSON record's usage under a key naming a baseline in kWh ("baseline_kwh": 994) beside its participant; not a
  tariff's baseline by climate zone, nor a City facility's annual kWh; a class's "Median kWh" beside its average, in a
  workbook of customers' usage, is no one's;
- a CSV laid out sideways ("Field | Case 1 | Case 2", or an empty corner, or the names as its first row); not bidders,
  City facilities (their SCE accounts), rates or program totals laid out the same way, nor a facility list's clubhouse
  or pool whose name reads as a person's;
- a Vietnamese note that calls the person "khách hàng" before their family name, with their address and phone; not the
  customers at large ("khách hàng PCE", "khách hàng cao tuổi") nor a program manager's card;
- a PDF footnote "Complaint of ..., account" / "930-113-...", its number on the next line of a page read as a budget;
  not a general-ledger account under an official's name on the same page;
- a letter to the council signed on its closing's line ("Sincerely, Name") giving an account: its writer, phone and
  usage; not a resident's letter about a land-use matter signed the same way;
- a scanned letter's sender block and a phone split over two lines, the writer saying "my bills" (plural);
- a Vietnamese notice to "Ông/Bà <initials> <surname>" about "tài khoản ... của quý khách" past due; not a notice to
  "Quý khách hàng" at large nor a resident's letter to the council.
"""
from __future__ import annotations

import csv
import io
import json

from detector_helpers import docx_paragraphs, docx_table, lines_pdf, pairs_found, values_of, workbook

FOOTER = "<footer>City of Pomona, 505 S. Garey Ave., Pomona, CA 91766 · (909) 620-2311</footer>"


def _page(body: str) -> str:
    return f"<html><body><header>City of Pomona | Pomona Choice Energy</header><main>{body}</main>{FOOTER}</body></html>"


def _table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[1:])
    return f"<table><tr>{head}</tr>{body}</table>"


# -- a person and their account in one cell ---------------------------------------------------------------------------

def test_customer_and_account_in_one_cell_of_a_service_log():
    found = pairs_found("https://www.pomonaca.gov/forms/service-log.html", _page("<h1>Service requests</h1>" + _table([
        ["Customer (account)", "Issue", "Status"],
        ["Ines Halvorsen (4471902231)", "High bill", "Open"],
        ["K. Lindgren (5630178842)", "Estimated read", "Closed"],
        ["HALVORSEN, PER - 6120934457", "Late fee", "Referred"]])))
    assert {"4471902231", "5630178842", "6120934457"} <= values_of(found, "account_number")
    assert {"Ines Halvorsen", "K. Lindgren", "HALVORSEN, PER"} <= values_of(found, "customer_name")


def test_resident_and_account_in_one_cell_of_a_text_export():
    text = ("Item 7 attachment\n\nResident (account)\tRequest\tStatus\n"
            "Tomasz Wierzbicki (3905127764)\tMove-out\tDone\n")
    found = pairs_found("https://www.pomonaca.gov/council/item7-attachment.txt", text)
    assert ("account_number", "3905127764") in found
    assert ("customer_name", "Tomasz Wierzbicki") in found


def test_facilities_vendors_and_staff_in_one_cell_are_no_customers():
    found = pairs_found("https://www.pomonaca.gov/finance/accounts.html", _page(
        _table([["Facility (account)", "Rate"], ["City Hall (4471902231)", "TOU-GS-2"]])
        + _table([["Vendor (account)", "Amount"], ["Holt Avenue Supply Co. (5630178842)", "$1,200.00"]])
        + _table([["Staff (ext.)", "Title"], ["Renata Solberg (x2446)", "Senior Analyst"]])
        + _table([["Customer (account)", "Issue"], ["Pomona Public Library (6120934457)", "Meter swap"]])))
    assert not values_of(found, "account_number")
    assert not values_of(found, "customer_name")


# -- a form saved with someone's entries --------------------------------------------------------------------------------

def _form(*inputs: tuple[str, str, str]) -> str:
    controls = "".join(f'<label>{label} <input name="{name}" value="{value}"></label> ' for label, name, value in inputs)
    return f'<form action="/submit">{controls}<button>Send</button></form>'


def test_form_saved_with_a_residents_entries():
    found = pairs_found("https://www.pomonaca.gov/pce/solar-nem.html", _page(
        "<h1>Net energy metering</h1><p>Solar customers earn credits for the energy they send to the grid.</p>"
        + _form(("Name", "name", "Lucinda Farrow-Ames"), ("Email", "email", "lfarrowames@outlook.com"),
                ("Phone", "phone", "909.806.4417"))))
    assert {("customer_name", "Lucinda Farrow-Ames"), ("email", "lfarrowames@outlook.com"),
            ("phone", "909.806.4417")} <= found


def test_form_saved_with_a_name_and_a_phone_only_and_no_labels():
    found = pairs_found("https://www.pomonaca.gov/news/savings.html", _page(
        '<p>Sign up for a free home energy check.</p><form><input name="full_name" value="Ruben Okonjo">'
        '<input name="phone" value="(909) 933-7781"><input type="submit" value="Sign up"></form>'))
    assert {("customer_name", "Ruben Okonjo"), ("phone", "(909) 933-7781")} <= found


def test_completed_pdf_form_of_a_name_and_a_mailbox():
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(60, 740, "Home Energy Check Sign-up")
    for y, (label, name, value) in zip((690, 650), (("Name", "name", "Odalys Prewitt"),
                                                    ("Email", "email", "odalys.prewitt@yahoo.com"))):
        pdf.drawString(60, y + 4, label)
        pdf.acroForm.textfield(name=name, tooltip=label, value=value, x=200, y=y, width=300, height=18)
    pdf.save()
    found = pairs_found("https://www.pomonaca.gov/pce/forms/signup-completed.pdf", out.getvalue())
    assert {("customer_name", "Odalys Prewitt"), ("email", "odalys.prewitt@yahoo.com")} <= found


def test_blank_forms_examples_staff_and_businesses_are_no_submission():
    placeholders = ('<form><label>Name <input name="name" placeholder="Jane Doe"></label>'
                    '<label>Phone <input name="phone" placeholder="(909) 555-0100"></label>'
                    '<label>Email <input name="email" placeholder="you@example.com"></label></form>')
    examples = _form(("Name", "name", "Jane Doe"), ("Phone", "phone", "(909) 555-0100"),
                     ("Email", "email", "jdoe@example.com"))
    staff = _form(("Staff contact", "staff", "Renata Solberg"), ("Phone", "phone", "(909) 620-2311"),
                  ("Email", "email", "renata.solberg@pomonaca.gov"))
    business = _form(("Business name", "biz", "Holt Avenue Bakery"), ("Phone", "phone", "909-441-2231"),
                     ("Email", "email", "orders@holtavenuebakery.com"))
    found = pairs_found("https://www.pomonaca.gov/forms/contact.html",
                        _page(placeholders + examples + staff + business))
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")


# -- usage under a JSON key ---------------------------------------------------------------------------------------------

def test_json_participants_baseline_kwh_is_their_usage():
    data = {"dataset": "Home Upgrade participants", "records": [
        {"program": "Home Upgrade", "participant": "Sunniva Achterberg", "contact": "sachterberg@gmail.com",
         "acct": "5746610934", "baseline_kwh": 1137},
        {"program": "Home Upgrade", "participant": "Desmond Oyelowo", "contact": "doyelowo58@sbcglobal.net",
         "acct": "6029914472", "kwhBaseline": 842}]}
    found = pairs_found("https://www.pomonaca.gov/opendata/home-upgrade.json", json.dumps(data))
    assert {"1137", "842"} <= values_of(found, "energy_usage")


def test_json_tariff_baselines_and_facility_kwh_are_no_ones_usage():
    data = {"baseline_allowances": [{"climate_zone": "10", "season": "Summer", "baseline_kwh": 13.5},
                                    {"climate_zone": "10", "season": "Winter", "baseline_kwh": 11.2}],
            "municipal_facilities": [{"facility": "Palomares Park", "address": "499 E. Arrow Hwy",
                                      "service_account": "8008419031", "annual_kwh": "175,495"}]}
    found = pairs_found("https://www.pomonaca.gov/opendata/baselines.json", json.dumps(data))
    assert not values_of(found, "energy_usage")
    assert not values_of(found, "account_number")


def test_class_median_beside_customers_usage_is_no_ones():
    found = pairs_found("https://www.pomonaca.gov/pce/data/usage-review.xlsx", workbook({
        "Monthly kWh": [["Monthly electricity use (kWh) - high-usage review"], ["Month", "Renata Okafor", "Silas Brandvold"], ["Account", "2-39-680-1172", "PCE-849118"],
                        ["Jan-26", 3502, 1526], ["Feb-26", 3494, 2785]],
        "Residential averages": [["Month", "Average residential kWh", "Median kWh"], ["Jan-26", 438, 417],
                                 ["Feb-26", 408, 389]]}))
    assert {"3502", "1526"} <= values_of(found, "energy_usage")
    assert not {"417", "389", "438", "408"} & values_of(found, "energy_usage")


# -- a CSV laid out sideways ----------------------------------------------------------------------------------------------

def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def test_sideways_csv_under_numbered_records_or_an_empty_corner():
    for corner, records in (("", ["Complaint 1", "Complaint 2"]), ("Field", ["Case A", "Case B"])):
        found = pairs_found("https://www.pomonaca.gov/opendata/complaints.csv", _csv([
            [corner, *records], ["Name", "Cordelia Vasquez-Orr", "Emeka Lindqvist"],
            ["Address", "1183 W Holt Ave", "2210 N Towne Ave"], ["Account", "6123307715", "4152209836"]]))
        assert {"Cordelia Vasquez-Orr", "Emeka Lindqvist"} <= values_of(found, "customer_name"), corner
        assert {"1183 W Holt Ave", "2210 N Towne Ave"} <= values_of(found, "address"), corner
        assert {"6123307715", "4152209836"} <= values_of(found, "account_number"), corner


def test_sideways_csv_with_the_names_as_its_first_row():
    found = pairs_found("https://www.pomonaca.gov/opendata/callbacks.csv", _csv([
        ["Customer", "Cordelia Vasquez-Orr", "Emeka Lindqvist"], ["Service address", "1183 W Holt Ave", "2210 N Towne Ave"],
        ["Phone", "909-441-2231", "909-872-1190"]]))
    assert {"Cordelia Vasquez-Orr", "Emeka Lindqvist"} <= values_of(found, "customer_name")
    assert {"909-441-2231", "909-872-1190"} <= values_of(found, "phone")


def test_sideways_csvs_of_bidders_facilities_rates_and_totals_are_public():
    for rows in ([["", "Bidder 1", "Bidder 2"], ["Name", "Dale Pruitt", "Ana Soto"],
                  ["Address", "1183 W Holt Ave", "2210 N Towne Ave"], ["Phone", "909-441-2231", "909-872-1190"]],
                 [["", "Site 1", "Site 2"], ["Facility", "City Hall", "Palomares Park"],
                  ["Address", "505 S Garey Ave", "499 E Arrow Hwy"], ["Account", "8008419031", "8004258598"]],
                 [["", "Summer", "Winter"], ["Tier 1", "0.21", "0.19"], ["Tier 2", "0.31", "0.27"]],
                 [["", "2024", "2025"], ["Participants", "412", "530"], ["kWh saved", "120,400", "151,220"]]):
        assert not pairs_found("https://www.pomonaca.gov/opendata/sideways.csv", _csv(rows)), rows[0]


def test_sideways_html_table_of_city_facilities_keeps_their_accounts_public():
    rows = [["", "Site 1", "Site 2"], ["Facility", "City Hall", "Palomares Park"],
            ["Address", "505 S Garey Ave", "499 E Arrow Hwy"], ["SA ID", "8008419031", "8004258598"]]
    html = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    assert not values_of(pairs_found("https://www.pomonaca.gov/pce/facilities.html", _page(html)), "account_number")


def test_facility_list_with_a_clubhouse_named_like_a_person_keeps_its_accounts_public():
    found = pairs_found("https://www.pomonaca.gov/opendata/city-facility-usage.csv", _csv([
        ["Facility", "Address", "SCE Account", "kWh 2025"], ["City Hall", "505 S Garey Ave", "2-22-965-7219", "138,129"],
        ["Harlan Brooks Clubhouse", "2052 S Park Ave", "2-35-163-1180", "39,199"],
        ["Veterans Park Pool", "184 S Park Ave", "2-27-169-8562", "103,368"]]))
    assert not found


# -- a Vietnamese note calling the person a customer ------------------------------------------------------------------------

def test_vietnamese_customer_named_before_address_and_phone():
    found = pairs_found("https://www.pomonaca.gov/vi/thong-bao.html", _page(
        "<p>Khách hàng Trần Đức Long, địa chỉ 1523 N Gibbs St, Pomona, CA 91767, số điện thoại 909-441-2231, "
        "đã yêu cầu được ghi danh vào chương trình CARE.</p>"
        "<p>Khách hàng Phạm Quốc Bảo ở 2871 W Holt Ave, điện thoại (909) 872-1190, muốn hủy dịch vụ.</p>"))
    assert {"Trần Đức Long", "Phạm Quốc Bảo"} <= values_of(found, "customer_name")
    assert {"909-441-2231", "(909) 872-1190"} <= values_of(found, "phone")
    assert any(value.startswith("1523 N Gibbs St") for value in values_of(found, "address"))


def test_vietnamese_customer_typed_without_marks():
    found = pairs_found("https://www.pomonaca.gov/vi/ghi-chu.html", _page(
        "<p>Khach hang Pham Thi Mai, dia chi 2215 W Holt Ave, so dien thoai 909-447-1208, da yeu cau ghi danh CARE.</p>"))
    assert ("phone", "909-447-1208") in found
    assert ("address", "2215 W Holt Ave") in found


def test_vietnamese_customers_at_large_and_a_managers_card_are_public():
    found = pairs_found("https://www.pomonaca.gov/vi/chuong-trinh.html", _page(
        "<p>Khách hàng PCE có thể gọi 1-888-608-6380 hoặc đến 505 S. Garey Ave.</p>"
        "<p>Khách hàng cao tuổi có thể gọi (909) 620-2311 để được hỗ trợ.</p>"
        "<p>Dich vu khach hang Pomona Choice Energy: goi 1-888-608-6380.</p>"
        "<p>Ông Lê Minh Tuấn, Giám đốc Chương trình, (909) 620-2251, tuan.le@pomonaca.gov.</p>"))
    assert not found


# -- a footnote on a page read as a budget ------------------------------------------------------------------------------------

_BUDGET_LINES = ["There is no fiscal impact to the General Fund associated with the recommended action.",
                 "The Committee reviewed the proposed budget adjustments for the current fiscal year."]


def test_footnote_account_on_the_line_after_the_customer():
    found = pairs_found("https://www.pomonaca.gov/pce/reports/annual-report.pdf", lines_pdf([
        *_BUDGET_LINES, "(1) Complaint of Ottilie Brandt-Reyes, account", "930-113-2207, resolved by a bill credit."]))
    assert ("account_number", "930-113-2207") in found
    assert ("customer_name", "Ottilie Brandt-Reyes") in found


def test_ledger_account_under_an_officials_name_stays_a_budgets():
    found = pairs_found("https://www.pomonaca.gov/finance/budget-report.pdf", lines_pdf([
        *_BUDGET_LINES, "(2) Per Finance Director Nora Ibsen, account", "101-4310-5210, fiscal year 2025-26."]))
    assert not values_of(found, "account_number")
    assert not values_of(found, "customer_name")


# -- letters ------------------------------------------------------------------------------------------------------------------

def test_letter_to_the_council_signed_on_its_closing_line():
    found = pairs_found("https://www.pomonaca.gov/council/packets/agenda-packet.pdf", lines_pdf([
        "Attachment 2: Written communication received", "Honorable Council Members,",
        "We are PCE customers at 254 N Palomares St Apt 26 (account PCE-197733). Our May statement shows",
        "1,384 kWh and a charge we do not understand. I asked for a meter test and nobody followed up.",
        "My phone is 626.936.4471.", "Sincerely, Wilhelmina Achebe-Stroud"]))
    assert ("customer_name", "Wilhelmina Achebe-Stroud") in found
    assert ("phone", "626.936.4471") in found
    assert "1,384" in " ".join(values_of(found, "energy_usage"))


def test_residents_letter_about_a_land_use_matter_signed_on_its_closing_line():
    found = pairs_found("https://www.pomonaca.gov/council/packets/agenda-packet.pdf", lines_pdf([
        "Attachment 3: Written communication received", "Honorable Council Members,",
        "I live at 1450 W Holt Ave and oppose the proposed warehouse on Mission Blvd.",
        "The traffic on our street is already heavy.", "Sincerely, Wilhelmina Achebe-Stroud"]))
    assert not values_of(found, "customer_name")


def test_scanned_letter_sender_block_and_a_phone_split_over_two_lines():
    found = pairs_found("https://www.pomonaca.gov/pce/correspondence/letter.pdf", lines_pdf([
        "Leopoldo Kwiatkowski", "2718 Vang Ave", "Pomona, CA 91768", "", "Pomona Choice Energy", "505 S. Garey Ave.",
        "Pomona, CA 91766", "", "Re: disputed charges",
        "| am disputing the charges on account 7525410983. The meter at my home was",
        "replaced in March and since then my bills have doubled. Please call me at (714)", "779-2231.", "",
        "Sincerely,", "Leopoldo Kwiatkowski"]))
    assert ("customer_name", "Leopoldo Kwiatkowski") in found
    assert ("address", "2718 Vang Ave") in found
    assert "(714) 779-2231" in values_of(found, "phone")



def test_vietnamese_notice_to_a_named_customer_past_due():
    found = pairs_found("https://www.pomonaca.gov/pce/letters/vi/thong-bao.docx", docx_paragraphs(
        "THÔNG BÁO CỦA POMONA CHOICE ENERGY", "Kính gửi Ông/Bà N. T. Hoa,",
        "Tài khoản dịch vụ số 7851604492 của quý khách có khoản thanh toán quá hạn. "
        "Chúng tôi sẽ gọi cho quý khách theo số 714.789.3306."))
    assert ("customer_name", "N. T. Hoa") in found
    assert ("account_number", "7851604492") in found


def test_vietnamese_notices_to_customers_at_large_and_a_letter_to_the_council():
    found = pairs_found("https://www.pomonaca.gov/pce/letters/vi/chuong-trinh.docx", docx_paragraphs(
        "THÔNG BÁO", "Kính gửi Quý khách hàng,",
        "Chương trình CARE giảm 30% hóa đơn điện. Gọi (909) 620-2311 hoặc email care@pomonachoiceenergy.org."))
    assert not found
    found = pairs_found("https://www.pomonaca.gov/council/vi/thu.docx", docx_paragraphs(
        "Kính gửi Hội đồng Thành phố,", "Tôi là cư dân tại 1523 N Gibbs St. Tôi phản đối dự án nhà kho.",
        "Trân trọng,", "Lê Văn Hùng"))
    assert not values_of(found, "customer_name")


def test_vietnamese_notice_naming_no_one_but_past_due_is_no_name():
    found = pairs_found("https://www.pomonaca.gov/pce/letters/vi/mau.docx", docx_paragraphs(
        "THÔNG BÁO MẪU", "Kính gửi Quý khách,", "Hóa đơn của quý khách có khoản thanh toán quá hạn."))
    assert not values_of(found, "customer_name")


def test_name_and_account_cell_from_a_docx_table():
    found = pairs_found("https://www.pomonaca.gov/council/packet-attachment.docx", docx_table(
        [["Customer (account)", "Issue", "Status"], ["Saoirse Delacroix-Mbeki (6675730021)", "Opt-out fee", "Closed"]]))
    assert ("account_number", "6675730021") in found
    assert ("customer_name", "Saoirse Delacroix-Mbeki") in found
