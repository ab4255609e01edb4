"""Red-team round 23 and known misses of round 22: a memo's "cc:" copying the customer at their home, beside the
staff it copies by name and title."""
from __future__ import annotations

from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "account_number", "energy_usage")


def found(name: str, body: str | bytes) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


MEMO = ("MEMORANDUM\nTo: Rosa Delgado, Billing Supervisor\nFrom: Kenji Watanabe, Customer Service Representative\n"
        "Re: Disputed charges on a residential account\n\n"
        "The customer disputes the estimated reads for January and February. A field check found the meter working.\n\n"
        "cc: {cc}\n    Billing file\n")


def test_a_memo_copying_the_customer_at_home_names_the_customer():
    result = found("memo.txt", MEMO.format(cc="Darnell Whitfield, 2214 Meadowlark Dr, Lawrence KS 66047\n"
                                                "    Account 88-41772-06"))
    assert result["customer_name"] == ["Darnell Whitfield"]
    assert result["address"] == ["2214 Meadowlark Dr, Lawrence KS 66047"]
    assert result["account_number"] == ["88-41772-06"]


def test_staff_copied_by_title_or_at_city_hall_are_no_customers():
    for cc in ("Priya Raman, Utility Billing Manager", "Priya Raman, Finance Director, 6 E 6th St",
               "Priya Raman; Tomas Herrera, Meter Services"):
        assert "customer_name" not in found("memo.txt", MEMO.format(cc=cc)), cc
    letter = ("Darnell Whitfield\n2214 Meadowlark Dr\nLawrence KS 66047\nAccount 88-41772-06\n\nDear Mr. Whitfield,\n\n"
              "We reviewed the estimated reads on your account and found the meter working.\n\nSincerely,\n"
              "Kenji Watanabe\nCustomer Service Representative\n\ncc: Priya Raman, 6 E 6th St, Lawrence KS 66044\n")
    assert "Priya Raman" not in found("letter.txt", letter)["customer_name"]


# --- names in Cyrillic, Greek, Armenian, Chinese and Korean beside a customer's identifiers ----------------------

def test_a_name_in_another_script_after_a_customer_label_is_a_customer_name():
    for name in ("Людмила Коваленко", "Σταύρος Αναστασίου", "Նարինե Հովհաննիսյան", "陈美玲"):
        line = f"Customer: {name}, account 52-1178-0394, 3318 Willow Glen Rd, phone (818) 555-0131\n"
        assert found("note.txt", line)["customer_name"] == [name], name


def test_a_name_in_another_script_in_an_account_s_record_is_found_unlabelled():
    line = "Last viewed: Նարինե Հովհաննիսյան - GVP4410293387 - 7712 Cedar Bend Ct #3 - 1,204 kWh\n"
    assert found("note.txt", line)["customer_name"] == ["Նարինե Հովհաննիսյան"]
    table = ("<table><tr><th>Account</th><th>Customer</th><th>kWh</th></tr>"
             "<tr><td>52-1178-0394</td><td>陈美玲</td><td>812</td></tr>"
             "<tr><td>52-1178-0417</td><td>Людмила Коваленко</td><td>640</td></tr></table>")
    assert set(found("list.html", table)["customer_name"]) == {"陈美玲", "Людмила Коваленко"}


def test_a_korean_name_right_after_the_word_customer():
    comment = "<!-- ticket 5120: customer 박서연 (seoyeon.p@gmail.com) disputed 912 kWh on the June bill -->"
    assert found("page.html", comment)["customer_name"] == ["박서연"]


def test_names_and_headings_in_other_scripts_of_a_city_page_raise_no_name():
    for text in ("Городской Совет утвердил новые тарифы. Справки по телефону (818) 555-4100.\n",
                 "Служба Поддержки Клиентов: (818) 555-4100, пн-пт 8-17\n",
                 "Case 4471 handled by Supervisor Людмила Коваленко. Customer account 52-1178-0394 was credited.\n",
                 "客户服务中心 电话 (818) 555-4100 营业时间 8:00-17:00\n",
                 "Η Υπηρεσία Εξυπηρέτησης Πελατών απαντά στο (818) 555-4100.\n"):
        assert "customer_name" not in found("page.txt", text), text


# --- red team neg23: a town's public pages ------------------------------------------------------------------------

def test_a_licence_list_s_premises_are_no_customer_s_service_address():
    licences = ("<table><tr><th>Licensee</th><th>Manager of Record</th><th>Premises</th><th>License</th><th>No.</th></tr>"
                "<tr><td>Old Mill Tap Room LLC</td><td>Corinne Ashby</td><td>88 Quarry Rd</td><td>Wine &amp; Malt</td>"
                "<td>LIC-26-014</td></tr></table>")
    assert found("licences.html", licences) == {}
    accounts = ("<table><tr><th>Account</th><th>Customer</th><th>Premises</th></tr>"
                "<tr><td>31-40921-07</td><td>Corinne Ashby</td><td>88 Quarry Rd</td></tr></table>")
    assert found("accounts.html", accounts)["address"] == ["88 Quarry Rd"]


def test_a_board_member_s_card_headed_by_name_and_title_is_an_official_s():
    card = "Board of Light Commissioners\n\nWendell Proctor, Vice Chair\nTerm expires May 2027\nHome: (978) 462-7710\n"
    assert found("board.txt", card) == {}
    bio = ("<h3>Marguerite Onyango, Chair</h3><p>Marguerite Onyango has served since 2020. Residents can reach her at "
           "(978) 462-7724 or <a href='mailto:monyango.board@gmail.com'>monyango.board@gmail.com</a>.</p>")
    assert values_found("bio.html", bio, KINDS + ("email",)) == {}
    member = ("<h3>Kalina Ostrowska, Member</h3><p>Kalina Ostrowska has lived on Cedar Swamp Rd for 9 years. Residents "
              "can reach her at (978) 373-4857 or <a href='mailto:kostrowska.board@gmail.com'>kostrowska.board@gmail.com"
              "</a>.</p>")
    assert values_found("bio.html", member, KINDS + ("email",)) == {}
    customer = "Wendell Proctor\n14 Orchard Hill Rd\nHome: (978) 462-7710\nAccount 31-40921-07\n"
    assert found("note.txt", customer)["phone"] == ["(978) 462-7710"]


def test_accounts_of_a_town_s_buildings_listed_under_a_facility_column_are_public():
    facilities = ("Facility,MLP Account,Meter #,kWh FY25\nTown Hall,31-40921-01,M4410021,305557\n"
                  "Public Safety Building,31-40921-02,M4410022,192260\nCommon Bandstand,31-40921-03,M4410023,22445\n")
    assert found("facilities.csv", facilities) == {}
    customers = "Customer,MLP Account,kWh\nCorinne Ashby,31-40921-07,6120\n"
    assert found("customers.csv", customers)["account_number"] == ["31-40921-07"]


def test_a_usage_column_named_with_its_year_heads_a_customer_table():
    for usage in ("kWh 2025", "2025 kWh", "kWh (2025)", "Usage (FY 2024-25)"):
        table = f"Customer,Service Address,{usage}\nCorinne Ashby,88 Quarry Rd,31880\nIlse Vandermeer,12 Ledge Rd,9120\n"
        result = found("usage.csv", table)
        assert result["customer_name"] == ["Corinne Ashby", "Ilse Vandermeer"], usage
        assert result["energy_usage"] == ["31880", "9120"], usage


def test_a_first_row_of_a_name_and_a_street_opening_with_a_year_like_number_is_data():
    from crawler.extract import looks_like_header_row

    assert not looks_like_header_row(["Corinne Ashby", "2025 Oak Ave"])
    assert not looks_like_header_row(["Corinne Ashby", "1999"])
    assert looks_like_header_row(["Customer", "Service Address", "kWh 2025"])


# --- a made-up sample beside a real customer on one page --------------------------------------------------------

def test_a_fictitious_sample_does_not_hide_a_real_customer_told_of_on_the_same_page():
    page = ("<h2>Reading your bill</h2><p>A bill addressed to Rosalind Achterberg at 2718 Tamsin Crescent shows "
            "account number GWP-402281-1177 at the top right.</p>"
            "<p>Sample bill (fictitious): Jane Sample, 100 Example Street, Account 2-00-000-0000.</p>")
    result = found("faq.html", page)
    assert result["customer_name"] == ["Rosalind Achterberg"]
    assert result["address"] == ["2718 Tamsin Crescent"]
    assert result["account_number"] == ["GWP-402281-1177"]


def test_a_sample_bill_s_own_fields_stay_the_sample_s():
    page = ("<h2>How to read your bill</h2><p>The sample below is fictitious.</p><table>"
            "<tr><td>Customer</td><td>Maria Lopez</td></tr><tr><td>Service address</td><td>123 Any Street</td></tr>"
            "<tr><td>Account</td><td>3-041-2271-88</td></tr><tr><td>Usage</td><td>512 kWh</td></tr></table>"
            "<p>Your name and service address appear at the top left, beside the account number.</p>")
    assert found("how-to-read.html", page) == {}


# --- red team prose23: staff by their office's title or desk mailbox ----------------------------------------------

def test_an_ombudsman_named_by_title_is_staff():
    line = "Ombudsman Lucinda Farraday reviewed the interval data for account 7004118255 and found no fault.\n"
    assert "customer_name" not in found("case.txt", line)


def test_a_from_line_with_a_desk_mailbox_is_staff_answering_the_quoted_customer():
    thread = ("From: Devika Anantharaman <customercare@larchmontpower.org>\nSubject: RE: my bill\n\n"
              "On May 2, 2026, Hollis Vantongeren wrote:\n"
              "> My service address is 4410 Brambling Way and my account number is 4282726442.\n")
    result = found("thread.txt", thread)
    assert result["customer_name"] == ["Hollis Vantongeren"]
    assert result["address"] == ["4410 Brambling Way"]
    customer = ("From: Hollis Vantongeren <billing.hollis@gmail.com>\nSubject: my bill\n\n"
                "My service address is 4410 Brambling Way and my account number is 4282726442.\n")
    assert found("mail.txt", customer)["customer_name"] == ["Hollis Vantongeren"]


# --- red teams city23 and prose23: budget strings, a note's accented name ----------------------------------------

def test_a_cost_charged_to_a_ledger_string_is_a_budget_line():
    for line in ("Units assigned to the Water Operations Center will be charged to 501-5497-5134.\n",
                 "Overtime for the storm response was charged to 610-5066-5126.\n",
                 "FISCAL IMPACT: $2,846.55 from the Customer Assistance Fund (Account 101-4410-5220).\n"):
        assert "account_number" not in found("report.txt", line), line
    assert found("note.txt", "Refund of $84.12 charged to 2-41-833-2917 for Ana Whitcombe.\n")["account_number"] == [
        "2-41-833-2917"]
    assert found("note.txt", "Ana Whitcombe's deposit was charged to 501-5497-5134 in error.\n")["account_number"] == [
        "501-5497-5134"]


def test_a_customer_s_account_in_a_staff_report_with_a_fiscal_impact_line():
    report = ("BACKGROUND: Winifred Osei-Bonsu, who lives at 4605 Harrowgate Street, Apt. 20A, is a 78-year-old "
              "customer\n\nwhose account 5-620-4685-71 fell behind after her spouse's death.\n\n"
              "FISCAL IMPACT: $2,846.55 from the Customer Assistance Fund (Account 101-4410-5220).\n")
    assert found("report.txt", report)["account_number"] == ["5-620-4685-71"]


def test_a_note_opening_with_the_customer_s_accented_name():
    notes = "case_id,notes\nCS-2,Cust Sébastien Lefèvre called from 325.970.4834 re: high bill\n"
    result = found("cases.csv", notes)
    assert result["customer_name"] == ["Sébastien Lefèvre"]
    assert result["phone"] == ["325.970.4834"]


def test_a_month_surname_after_a_title_and_a_given_name():
    line = "Mr. Desmond May of 1439 Rosalind Court, account 6898183962, wrote to the board.\n"
    assert found("letter.txt", line)["customer_name"] == ["Mr. Desmond May"]
    assert "customer_name" not in found("minutes.txt", "Report of May 2025 usage: account 6898183962 reviewed.\n")


def test_a_quoted_reply_s_writer_is_named_as_a_from_line_names_them():
    quote = ("On April 20, 2026, Hollis Vantongeren <vantongeren_h@yahoo.com> wrote:\n> Hello, I want to opt out.\n"
             "> My service address is 4410 Brambling Way and my account number is 4282726442.\n")
    assert found("thread.txt", quote)["customer_name"] == ["Hollis Vantongeren"]
    chat = ("On April 20, 2026, Hollis Vantongeren <vantongeren_h@yahoo.com> wrote:\n"
            "> Will the parade close Brambling Way on Saturday?\n")
    assert "customer_name" not in found("thread.txt", chat)


def test_a_password_given_in_brackets_after_its_label():
    note = "Caller verified account 6898183962. She read out her portal password (Heron$Cove88) before we stopped her.\n"
    assert values_found("note.txt", note, ("credential",))["credential"] == ["Heron$Cove88"]
    for line in ("Choose a password (optional) and confirm it.\n", "Enter your password (8+ characters) twice.\n",
                 "Reset your password (CIS-Portal) from the login page.\n", "Forgot your password (again)? Call us.\n"):
        assert values_found("help.txt", line, ("credential",)) == {}, line


def test_a_call_note_s_next_line_about_the_customer_gives_their_usage():
    note = ("Caller Odalys Fennimore verified identity with service account 6898183962.\n"
            "Customer disputed the last cycle, 348 kWh for 29 days.\n")
    assert found("note.txt", note)["energy_usage"] == ["348 kWh"]
    desk = ("Caller Odalys Fennimore verified identity with service account 6898183962.\n"
            "Customer Service will mail the annual report: the average home used 512 kWh a month.\n")
    assert "energy_usage" not in found("note.txt", desk)


# --- red team office23: a letter addressed "Dear Customer" -------------------------------------------------------

def test_a_letter_addressed_dear_customer_names_its_customer_in_the_address_block():
    letter = "Lourdes Abernathy-Kwan\n4508 Larkspur Way, Arroyo Linda, CA 91786\n\nDear Customer:\nYour request was approved.\n"
    result = found("letter.txt", letter)
    assert result["customer_name"] == ["Lourdes Abernathy-Kwan"]
    assert result["address"] == ["4508 Larkspur Way, Arroyo Linda, CA 91786"]
    for letter in ("Arroyo Linda Clean Power\n505 S Garey Ave, Arroyo Linda, CA 91766\n\nDear Valued Customer,\n"
                   "Rates change on July 1. Visit our website to learn more.\n",
                   "Friends of the Library\n300 N Garey Ave, Arroyo Linda, CA 91767\n\nDear Customer Service Team,\n"
                   "The Library thanks you for the energy fair.\n"):
        assert found("letter.txt", letter) == {}, letter


def test_a_real_looking_customer_called_an_example_is_still_a_customer():
    for note in ("[internal: example account 7281-9025-66, Rosamund Tibbetts, 562-611-9399]\n",
                 "Example: Rosamund Tibbetts, account 7281-9025-66, 562-611-9399\n"):
        result = found("memo.txt", note)
        assert result["account_number"] == ["7281-9025-66"], note
        assert result["customer_name"] == ["Rosamund Tibbetts"], note
    for help_text in ("Enter your account number as shown on your bill, e.g. 7281-9025-66.\n",
                      "Example: Jane Doe, account 7281-9025-66, 555-0100\n",
                      "For example, account 7281-9025-66 of the Parks Department was billed twice.\n"):
        assert found("help.txt", help_text) == {}, help_text


def test_a_refund_payee_beside_their_own_itin_is_a_person_and_a_vendor_payee_beside_an_ein_is_not():
    refunds = "Payee,Mailing address,TIN,Email\nOdile Marchetti,6710 Calle Sonrisa,994-71-8498,omarchetti63@yahoo.com\n"
    assert found("refunds.csv", refunds)["customer_name"] == ["Odile Marchetti"]
    vendors = ("Payee,Mailing address,TIN,Amount\nCastellan Engineering Inc.,400 Commerce Way,95-4417208,12000\n"
               "Harrow Signal Systems LLC,18 Foundry Rd,74-3465174,800\n")
    assert found("vendors.csv", vendors) == {}


def _pdf_table(title: str, rows: list[list[str]]) -> bytes:
    """A PDF page with a title and rows of cells drawn apart, as a town report's tables are (no ruling)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    for row in rows:
        for width, text in zip((48, 30, 40, 30, 30), row):
            pdf.cell(width, 5, text)
        pdf.ln(5)
    return bytes(pdf.output())


def test_a_pdf_table_of_a_town_s_elected_officers_is_public():
    officers = [["Office", "Name", "Residence", "Phone", "Term Expires"]] + [
        [office, name, f"{10 + 7 * k} Mill Pond Rd", f"(978) 373-39{10 + k}", "2027"]
        for k, (office, name) in enumerate([
            ("Moderator", "Celestine Okafor"), ("Select Board", "Rupert Vance"), ("Town Clerk", "Ilse Nakamura"),
            ("Board of Health", "Aoife Brennan"), ("Planning Board", "Joan Whitlock"), ("Constable", "Conchur Reilly"),
            ("Library Trustee", "Henri Lamarche"), ("Tree Warden", "Paulo Mendes"), ("Assessor", "Ruth Ambler"),
            ("Light Commissioner", "Giulia Ferrante")])]
    assert found("officers.pdf", _pdf_table("Elected Town Officers 2026", officers)) == {}
    shutoffs = ("Shutoff list\nEliza Marchbanks\t44 Quarry Rd\t(978) 373-5501\nTobias Wendt\t48 Quarry Rd\t"
                "(978) 373-5502\nAccount 31-40921-07 past due\n")
    assert found("shutoffs.txt", shutoffs)["customer_name"] == ["Eliza Marchbanks", "Tobias Wendt"]


def test_staff_who_exported_a_list_or_are_assigned_a_case_are_no_customers():
    export = ("LANDLORD NOTIFICATION AGREEMENTS\nExported from CIS 2025-09-02 by Temperance Oyelowo\n\n"
              "PROPERTY OWNER ..... DALE KRISTOFFERSEN\nMAILING ADDR ....... 418 JUNIPER BLUFF DR\n"
              "ACCOUNT ............ 31-40921-07\n")
    result = found("export.txt", export)
    assert "Temperance Oyelowo" not in result.get("customer_name", [])
    assert result["account_number"] == ["31-40921-07"]
    cases = ("case_id,opened,notes,assigned\nCS-977,2025-02-10,Cust Tina Powers called from 830.850.1125 re: high bill,"
             "Lucinda Ochoa\n")
    result = found("cases.csv", cases)
    assert result["customer_name"] == ["Tina Powers"]


# --- red team hidden23: a site's own code -------------------------------------------------------------------------

def test_a_script_s_placeholder_record_raises_no_customer():
    fixture = ('export const SAMPLE = { name: "Jane Doe", phone: "(555) 555-0100", email: "jane.doe@example.com", '
               'account: "0000000000", address: "123 Main St" };\n')
    result = found("form-helpers.js", fixture)
    assert not {"customer_name", "address", "account_number"} & set(result)
    real = ('export const LAST = { name: "Ines Valderrama", phone: "(626) 555-0143", account: "403-3657415-8", '
            'address: "6489 N Bellflower Blvd Apt 4" };\n')
    assert found("form-helpers.js", real)["customer_name"] == ["Ines Valderrama"]


def test_a_google_browser_key_in_the_site_s_own_script_is_no_credential_whatever_its_length():
    page = ('<script>const firebaseConfig = { apiKey: "AIzaSyi9nR2D9vN1zW28P7l4MP3z1G9AB8T", '
            'authDomain: "outage-map.firebaseapp.com", projectId: "outage-map" };</script>')
    assert values_found("about.html", page, ("credential",)) == {}


def test_names_in_other_scripts_with_an_initial_in_capitals_or_before_a_home():
    textarea = ("<textarea>Hi, my name is Всеволод K. Румянцев and I live at 2175 Tamarack Way. My bill (account "
                "748-2438259-9) shows 1869 kWh. Call me at 951-293-8790.</textarea>")
    assert found("form.html", textarea)["customer_name"] == ["Всеволод K. Румянцев"]
    button = '<button aria-label="Call customer ВОРОНЦОВА, ЕВДОКИЯ at 714.985.6138 re acct 724433016709">Call</button>'
    assert found("meters.html", button)["customer_name"] == ["ВОРОНЦОВА, ЕВДОКИЯ"]
    callbacks = ('<h1>Outage Callback Program</h1><div class="callback-list" style="display:none"><div class="row">'
                 '<span>한서윤</span> '
                 '<span>4441 Calle Arboleda Unit 12B</span> <span>909.283.3668</span></div></div>')
    result = found("outage.html", callbacks)
    assert result["customer_name"] == ["한서윤"]
    assert result["phone"] == ["909.283.3668"]
    office = ('<div class="row"><span>서비스 센터</span> <span>4441 Calle Arboleda</span> <span>909.283.3600</span></div>'
              '<p>고객 서비스 센터 (909) 620-2311</p>')
    assert "customer_name" not in found("office.html", office)


def test_a_sample_bill_s_field_lines_naming_a_town_stay_the_sample_s():
    insert = ("Sample bill - the numbers below are an example.\nCustomer name: JANE CUSTOMER\n"
              "Service address: 100 MAIN ST, MESA VERDE CA 92392\nCustomer account: 2-00-000-0000\n"
              "Your usage this period: 512 kWh\n")
    assert found("insert.txt", insert) == {}


def test_a_role_word_opening_a_sentence_is_no_part_of_the_name_after_it():
    line = "Клиент Венедикт Шарапов, проживающий по адресу 8178 Quillan Avenue, обратился по поводу счёта 6898183962.\n"
    assert found("complaint.txt", line)["customer_name"] == ["Венедикт Шарапов"]


def test_a_korean_or_chinese_greeting_names_the_customer_of_the_letter():
    letter = ("최지은 고객님께\n\n귀하의 계정 6898183962 요금이 연체되었습니다. 8178 Quillan Avenue 주소의 서비스가 중단될 수 있습니다.\n\n"
              "감사합니다.\n고객 서비스 센터\n")
    assert found("letter.txt", letter)["customer_name"] == ["최지은"]
    notice = "尊敬的王秀英：\n\n您的账户 6898183962 已逾期。\n\n此致\n客户服务中心\n"
    assert found("notice.txt", notice)["customer_name"] == ["王秀英"]


# --- red team sheets24 --------------------------------------------------------------------------------------------

def test_a_customers_table_listing_an_event_beside_them_is_still_theirs():
    credits = ("Request,Outage event,Hours out,Credit ($),Customer,Contact,Service address\n"
               "OC-900,PSPS 9/12,14,25.00,Ottilie Brandvold,ottilie.brandvold@gmail.com,12411 Cobbleston Way\n"
               "OC-901,PSPS 9/12,9,15.00,Carmen Sierra-Vidal,(714) 628-2487,8251 Lindenfall St\n")
    result = found("credits.csv", credits)
    assert result["customer_name"] == ["Ottilie Brandvold", "Carmen Sierra-Vidal"]
    assert result["address"] == ["12411 Cobbleston Way", "8251 Lindenfall St"]
    events = ("Event,Date,Location,Contact,Address\nEnergy Fair,6/12,Civic Center,Lorna Haddad,505 S Garey Ave\n"
              "Outage Town Hall,7/9,Library,Dev Patel,625 S Garey Ave\n")
    assert found("events.csv", events) == {}


def test_a_budget_sheet_counting_customer_accounts_is_no_customers_table():
    budget = ("Account,Account Description,Dept,FY26 Budget,Customer accounts (count)\n"
              "57019974,Electric sales - residential,Utilities,8100000,41230\n"
              "59138388,Bad debt expense,Utilities,120000,1877\n")
    assert found("budget.csv", budget) == {}
    customers = "Account,Customer,Total kWh\n57019974,Dolores Whitcombe,8100\n"
    assert found("customers.csv", customers)["account_number"] == ["57019974"]


# --- red team neg24: a Pacific Northwest city's public pages -----------------------------------------------------

def test_neg24_public_shapes_raise_nothing():
    pages = {
        "oncall.html": "<h1>After-Hours Emergency Contacts</h1><table><tr><th>Name</th><th>Role</th><th>Cell</th></tr>"
                       "<tr><td>Hollis Ashby</td><td>Water/Sewer Lead</td><td>(360) 630-6859</td></tr></table>",
        "faq.html": "<h1>Billing FAQ</h1><dl><dt>Why was my usage high?</dt><dd>The average home uses about 1,150 kWh a "
                    "month.</dd><dt>How do I pay by phone?</dt><dd>Call our automated line, 1-866-555-0142.</dd></dl>",
        "claims.txt": "3. Performance bond claim, Bond No. 105-77-3321, Travelers Casualty, re: Salal St Water Main.\n"
                      "Policy No. 412-55-9087 (general liability), Western Surety.\n",
        "agenda.html": "<p>Join by phone: +1 253 215 8782 or +1 346 248 7799. TTY: Washington Relay 711.</p>",
    }
    for name, body in pages.items():
        assert values_found(name, body, KINDS + ("ssn", "email")) == {}, name


def test_a_service_request_s_reporter_and_callback_number_are_a_customer_s():
    requests = ("<h1>Streetlight Repair Requests</h1><table><tr><th>Pole</th><th>Location</th><th>Reported by</th>"
                "<th>Callback</th><th>Status</th></tr><tr><td>Pole 48213</td><td>1400 block N Alder St</td>"
                "<td>Anselm Varga</td><td>(360) 307-3921</td><td>Repaired</td></tr></table>")
    result = found("streetlights.html", requests)
    assert result["customer_name"] == ["Anselm Varga"]
    assert result["phone"] == ["(360) 307-3921"]


def test_a_service_order_note_naming_a_tenant_or_customer_moving_in():
    orders = ("ORDER_NO,ORDER_TYPE,NOTES\n"
              'SO-1,Move-in,"Tenant Wendeline Ashgrove moving into 12680 Cobbleston Ave; send confirmation to '
              'washgrove@gmail.com"\n'
              'SO-2,Move-in,"Customer Ramiro Oyelaran moving into 4410 Vireo Ct; send confirmation to roye@yahoo.com"\n')
    result = found("orders.csv", orders)
    assert result["customer_name"] == ["Wendeline Ashgrove", "Ramiro Oyelaran"]
    assert result["address"] == ["12680 Cobbleston Ave", "4410 Vireo Ct"]
    public = ('Item,Notes\n1,"Resident Advisory Board meets Tuesday; questions to rab.chair@cityname.gov about the '
              'agenda"\n2,"Tenant Services moved to City Hall, 505 S Garey Ave; write tenants@cityname.gov"\n')
    assert "customer_name" not in found("notes.csv", public)


def test_a_split_name_whose_surname_is_a_place_word_is_still_a_customer_s_row():
    export = ("FIRST_NM,LAST_NM,HOUSE_NO,STREET_NM,ACCT_NO\nJohn,Hoang,6518,Yarrowby Way,8652119496\n"
              "Sandra,Parks,5596,Cobbleston Ln,8242221715\n")
    result = found("export.csv", export)
    assert "5596 Cobbleston Ln" in result["address"]
    assert any(name.startswith("Sandra") for name in result["customer_name"])


def test_a_testimonial_s_customer_beside_a_program_line_for_all_customers_is_no_record():
    spotlight = ("<p>Neighbor and fellow customer Diana Castellanos signed up after seeing the crew next door. "
                 "Income-qualified customers may qualify for a free upgrade: (360) 555-4040.</p>")
    assert found("spotlight.html", spotlight) == {}
    own = ("<p>Fellow customer Diana Castellanos signed up after seeing the crew next door. She can be reached at "
           "(360) 555-4041 for questions about her install.</p>")
    assert found("spotlight.html", own)["phone"] == ["(360) 555-4041"]


# --- red team packet24: long PDFs' tables and scanned letters ------------------------------------------------------

def test_a_refund_schedule_s_gl_column_and_a_utility_yard_s_account_are_no_customer_s():
    refunds = _pdf_table("Refund schedule", [
        ["CUST_NM", "ACCT_NBR", "SVC_ADDR", "PHONE", "GL"],
        ["Nicolai Atzberger", "HV-114803-58", "12460 Baywood St", "818-640-8901", "510-2210-21900"],
        ["Bhavini Bawaskar", "3-676-4678-15", "3318 Fenwick Way", "661-245-3390", "510-2210-21900"]])
    result = found("refunds.pdf", refunds)
    assert "510-2210-21900" not in result["account_number"]
    assert {"HV-114803-58", "3-676-4678-15"} <= set(result["account_number"])
    facilities = _pdf_table("Electricity Accounts - City Facilities", [
        ["Facility", "Address", "Service Account", "Annual kWh"],
        ["Civic Center", "100 W Main St", "3-733-8108-11", "412,000"],
        ["Utilities Operations Yard", "9 Foundry Row", "3-733-8108-48", "96,400"]])
    assert found("facilities.pdf", facilities) == {}


def test_an_ocr_city_line_with_a_semicolon_is_no_name():
    letter = ("Michael Bookbinder\n4480 Bonneville St\nHarwick Vale; CA 93561\n\nRE: Disconnection notice, account no. "
              "700140778541\nPlease do not cut the power. You can call me at 760.899.7571.\nRespectfully,\n"
              "Michael Bookbinder\n")
    assert "Harwick Vale" not in found("scan.txt", letter)["customer_name"]


def test_a_decision_s_unnamed_appellant_and_their_service_address_and_usage():
    decision = ("DECISION OF THE HEARING OFFICER - APPEAL OF DISCONNECTION\nThe Appellant receives residential service "
                "at 6580 Baywood St, Harwick Vale, CA 93561.\nThe Appellant's billing history shows 2,565 kWh in January.\n")
    result = found("decision.txt", decision)
    assert result["address"] == ["6580 Baywood St, Harwick Vale, CA 93561"]
    assert result["energy_usage"] == ["2,565 kWh"]
    faq = "The customer receives service at the meter. The customer's average bill is 512 kWh in summer.\n"
    assert found("faq.txt", faq) == {}


def test_a_packet_s_page_footer_under_a_customer_s_signature_is_no_title():
    letter = ("Dawn Thibodeau-Reyes\n21073 Old Mill Rd\nHarwick Vale, CA 93561\n818.817.7556\n\nRe: Account 700621555012\n"
              "To whom it may concern, my bill is too high. My December bill shows 2,541 kWh.\nSincerely,\n"
              "Dawn Thibodeau-Reyes\nCity of Harwick Vale    Page 143\n")
    assert "Dawn Thibodeau-Reyes" in found("packet.txt", letter)["customer_name"]


def test_a_customer_spotlight_s_testimonial_beside_a_program_line_raises_nothing():
    page = ("<h1>Customer Spotlight: Weatherization</h1><p>Neighbor and fellow customer Diana Castellanos signed up "
            "after seeing the crew next door. The average participating home saved 12% last year. Income-qualified "
            "customers may qualify for a free upgrade: (360) 555-4040.</p>")
    assert found("spotlight.html", page) == {}


def test_a_caseworker_line_s_phone_on_a_customer_s_form_is_the_agency_s():
    form = ("Applicant name: Dale Kristiansen\nCMPW account: E-204817-3\n"
            "Caseworker: Hill Country Community Action, (830) 612-4150\n")
    assert "phone" not in found("form.txt", form)
    own = "Applicant name: Dale Kristiansen\nCMPW account: E-204817-3\nHome phone: (830) 612-4177\n"
    assert found("form.txt", own)["phone"] == ["(830) 612-4177"]


def test_a_street_column_before_an_area_code_column_is_no_address_with_a_house_number():
    export = ("FIRST_NM,LAST_NM,HOUSE_NO,STREET_NM,AREA_CD,PHONE_NO,ACCT_NO\n"
              "John,Hoang,6518,Yarrowby Way,626,945-9693,8652119496\n")
    assert found("export.csv", export)["address"] == ["6518 Yarrowby Way"]
    sap = "PARTNER,NAME_ORG1,STREET,HOUSE_NUM1,VKONT\n1000412,Dolores Whitcombe,Yarrowby Way,6518,000812234455\n"
    assert "Yarrowby Way" in " ".join(found("sap.csv", sap)["address"])


def test_a_phone_split_into_area_code_and_number_columns_gives_the_number():
    export = ("FIRST_NM,LAST_NM,HOUSE_NO,STREET_NM,AREA_CD,PHONE_NO,ACCT_NO\n"
              "John,Hoang,6518,Yarrowby Way,626,945-9693,8652119496\n")
    assert found("export.csv", export)["phone"] == ["945-9693"]
    directory = "Name,Title,Department,Phone\nLorna Haddad,Clerk,City Clerk,620-2311\n"
    assert found("directory.csv", directory) == {}
