"""Red-team rounds 25 and 26, the causes fixed outside a helper's file: logins and passwords as notes write them,
numbers as people write them (E.164, spaced out, read digit by digit, listed after a plural label), accounts and
addresses beside their hard negatives (the City's own accounts and meters, training examples, the office a notice
sends the reader to), and a page read as a sample saying so."""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors
from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "email", "account_number", "energy_usage", "credential", "ssn")


def found(name: str, body: str | bytes) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


# --- credentials ----------------------------------------------------------------------------------------------

def test_a_pass_line_under_a_user_line_is_a_password():
    note = "<pre>Test server for the new outage map\n  user: gisreview\n  pass: Juniper#Ridge42\n</pre>"
    assert found("note.html", note)["credential"] == ["Juniper#Ridge42"]


def test_a_user_and_password_pair_after_basic_auth_is_a_password():
    note = "<p>The preview folder is behind basic auth: reviewer / Saguaro-Preview-7 until launch.</p>"
    assert found("note.html", note)["credential"] == ["Saguaro-Preview-7"]


def test_a_password_after_an_admin_account_beside_a_conference_room_product_is_a_password():
    line = "Webex Room Kit in Council Chambers reset. Administrator account: crt-admin. Password: Tq4$mVx9r\n"
    assert found("notice.txt", line)["credential"] == ["Tq4$mVx9r"]


def test_passes_and_meeting_passcodes_of_a_city_page_are_no_passwords():
    for text in ("Bus pass: $45 monthly, reduced fare pass: $20\n",
                 "Join the Webex meeting. Meeting number: 2553 118 0042 Password: Council2025\n",
                 "Season pass / Family-Pool-2025 rates are listed below.\n",
                 "Rate schedule: domestic / TOU-D-4-9PM applies to most homes.\n"):
        assert "credential" not in found("page.txt", text), text


# --- telephone numbers ------------------------------------------------------------------------------------------

def test_a_phone_exported_in_e164_or_with_only_the_area_code_apart_is_a_phone():
    assert found("log.csv", "Ticket,Customer,Account,Contact\nT-5512,Mireille Duval,Account 4471902263,+16192704418\n"
                 )["phone"] == ["+16192704418"]
    line = "Customer Tadeusz Nowicki, PCE account 5520-118734, asked us to call him at 619 2704418 after 5 pm.\n"
    assert found("note.txt", line)["phone"] == ["619 2704418"]


def test_a_mexican_mobile_with_the_old_dialling_one_is_a_phone():
    line = "Cliente: Rosario Ibarra Peña, cuenta 5520-118734, celular +52 1 33 1842 7759 (familia en Guadalajara)\n"
    assert found("nota.txt", line)["phone"] == ["+52 1 33 1842 7759"]


def test_staff_agreeing_to_call_the_customer_back_at_a_number_gives_the_customer_s_phone():
    minutes = ("<p>Ngozi Eze, 418 Tamarack Ln, spoke about a disconnection notice on account 62-44190-002. The "
               "Utilities Director agreed to have Customer Service call back at (619) 270-4418.</p>")
    assert found("minutes.html", minutes)["phone"] == ["(619) 270-4418"]


def test_budget_figures_and_the_office_s_callback_line_are_no_phones():
    for text in ("Fund 101 4410521 transfers were approved by Council.\n",
                 "<p>Outage? Call the 24-hour line. If the line is busy, you can call back at (619) 270-1000.</p>",
                 "<p>Order confirmation 2024 1187342 was mailed to the vendor.</p>"):
        assert "phone" not in found("page.html", text), text


def test_a_phone_and_a_mailbox_spaced_out_to_keep_harvesters_off_are_found():
    line = ("Customer Ifeoma Chukwu, account 6620418833, phone 562 / 318 / 7740, "
            "mail ifeoma.c @ outlook . com\n")
    result = found("note.txt", line)
    assert result["phone"] == ["562 / 318 / 7740"]
    assert result["email"] == ["ifeoma.c @ outlook . com"]


def test_items_and_sections_spaced_out_are_no_phones():
    for text in ("Council approved items 101 / 202 / 3003 on consent.\n",
                 "See Sections 4.2 . 118 . 2024 of the code.\n"):
        assert "phone" not in found("page.txt", text), text


# --- accounts, addresses and stand-ins ---------------------------------------------------------------------------

def test_an_account_with_a_rate_class_letter_between_dashes_is_an_account():
    line = "Ticket 5520: customer says her account is SDE-C-4418207-3 and the autopay failed.\n"
    assert found("note.txt", line)["account_number"] == ["SDE-C-4418207-3"]


def test_a_unit_letter_after_a_hash_stays_with_the_address():
    line = "Account 3-118-2044-61 (Lusine Petrosyan, 7411 Garfield Pl, #C).\n"
    assert found("note.txt", line)["address"] == ["7411 Garfield Pl, #C"]


def test_the_city_s_investment_pool_account_is_no_customer_s():
    for text in ("Treasurer's report: LAIF account 41-22-093 held $18,402,000 at quarter end.\n",
                 "The CAMP account 6-2291-044 earned 5.1% in June (investment pool statement attached).\n"):
        assert "account_number" not in found("report.txt", text), text


def test_a_training_example_on_a_template_is_no_customer():
    form = ("TEMPLATE - Final Notice Before Disconnection (Form UB-7)\n"
            "Completed form for training purposes: Customer: Olu Example-Test, 1 Test Street, "
            "Account 0000-0000-02, past due $0.00.\n")
    assert found("form.txt", form) == {}


def test_the_office_a_notice_sends_the_reader_to_is_no_customer_address():
    notice = ("Customer: Kalinda Ortiz, Account 6620-41883, 2207 Palo Verde Dr.\nYour balance is past due. To keep your "
              "service on, pay online or visit 1200 W. Grand Ave., Suite 150.\n")
    assert found("notice.txt", notice)["address"] == ["2207 Palo Verde Dr."]
    crew = "Customer Kalinda Ortiz, Account 6620-41883. The crew will visit 2207 Palo Verde Dr on Monday.\n"
    assert found("note.txt", crew)["address"] == ["2207 Palo Verde Dr"]


def test_an_account_number_said_to_be_printed_on_the_bill_is_an_account():
    text = ("Mr. Teodoro Villaseñor's complaint concerned his June bill. The account number printed on it, "
            "7008823416, was not his.\n")
    assert found("minutes.txt", text)["account_number"] == ["7008823416"]


def test_the_city_s_own_meter_in_a_work_order_is_no_customer_s():
    row = "WO-25-008812 Account No. 502-4431-53310 Meter 58812094 (City-owned, Well 7 pump house) Pole NP-3391 $8,950.00\n"
    assert found("capital.txt", row) == {}
    assert found("note.txt", "Customer Ines Barroso, Meter 58812094, 118 Alder St\n")["account_number"] == ["58812094"]


def test_usage_joined_to_its_unit_by_a_hyphen_is_usage_but_a_battery_s_size_is_not():
    line = ("Customer Oyelaran Bisi, account 7008815220, used 912-kWh in March after installing a 10-kWh battery "
            "pack.\n")
    assert found("note.txt", line)["energy_usage"] == ["912-kWh"]


def test_an_account_wrapped_to_the_next_line_of_a_customer_s_sentence_on_a_budget_page_is_an_account():
    report = ("The tenant, not the owner, is the account holder for the pump house meter, account\n"
              "7004418209.\n\nFISCAL IMPACT\n\nThe meter swap is funded from Account No. 570-4410-52110 "
              "(Electric Enterprise Fund). No General Fund impact.\n")
    assert found("report.txt", report)["account_number"] == ["7004418209"]
    ledger = ("FISCAL IMPACT\n\nThe purchase is funded from the Electric Enterprise Fund, account\n"
              "570-4410-52110. No General Fund impact.\n")
    assert "account_number" not in found("report.txt", ledger)


def test_every_account_of_a_list_after_a_plural_label_is_an_account():
    text = "The duplex's two units are on separate SCE accounts, 3004418821, 3004418839 and 3004418847.\n"
    assert found("letter.txt", text)["account_number"] == ["3004418821", "3004418839", "3004418847"]


def test_ledger_accounts_listed_after_a_plural_are_no_customer_accounts():
    for text in ("Expenses were charged to accounts 101-4410-5210, 101-4410-5220 and 101-4410-5230.\n",
                 "Account Nos. 2024 and 2025 budgets were adopted.\n"):
        assert "account_number" not in found("budget.txt", text), text


def test_the_office_an_e_mail_is_sent_to_is_not_the_holder_of_the_writer_s_tin():
    mail = ("<pre>From: Wojciech Zielinski\nTo: Utility Billing\nSubject: my tenant accounts\n\n"
            "My TIN is 47-3318064 for the 1099.</pre>")
    assert values_found("mail.html", mail, ("taxpayer_id",))["taxpayer_id"] == ["47-3318064"]


def test_the_address_block_over_a_card_s_identifiers_is_the_customer_s():
    card = ("<div><h3>Deposit refund 2 of 4</h3><p>Yevgenia Okonjo<br>7715 N. Laurel Ave., Fontana, CA 92336</p>"
            "<dl><dt>SSN</dt><dd>621448903</dd><dt>Service account</dt><dd>557102883914</dd></dl>"
            "<p>Your deposit refund was approved.</p></div>")
    result = found("refunds.html", card)
    assert result["customer_name"] == ["Yevgenia Okonjo"]
    assert result["address"] == ["7715 N. Laurel Ave., Fontana, CA 92336"]


def test_a_staff_card_s_address_block_over_its_office_numbers_is_no_customer():
    card = ("<div><p>Yevgenia Okonjo<br>505 S. Garey Ave., Pomona, CA 91766</p>"
            "<dl><dt>Office</dt><dd>(909) 620-2311</dd><dt>Fax</dt><dd>(909) 620-3707</dd></dl></div>")
    assert found("staff.html", card) == {}


def test_a_phone_before_the_customer_s_service_address_is_the_customer_s():
    line = "Signed up at the fair: Teodora Maalouf, 951 . 318 . 6620, service at 77 Cerro Vista Dr, acct 7004418867.\n"
    assert found("note.txt", line)["phone"] == ["951 . 318 . 6620"]
    office = "Customer Teodora Maalouf, acct 7004418867. Call (951) 318-6000, Customer Service, with questions.\n"
    assert "phone" not in found("note.txt", office)


def test_zero_object_codes_of_a_budget_table_do_not_make_the_page_a_sample():
    """Two ledger strings ending in a zero object code ("...-00000") before the next cell's word read as a stand-in's
    "000 Sample Ave" twice, and the page as a made-up sample: every finding of the document was dropped."""
    page = ("<table><tr><th>Account</th><th>Customer Name</th><th>Phone</th></tr>"
            "<tr><td>8044129930</td><td>Mariam Oyelowo-Tran</td><td>951-318-6620</td></tr></table>"
            "<h2>Program budget</h2><table><tr><th>Ledger</th><th>Line</th></tr>"
            "<tr><td>571-2610-52100-00000</td><td>Rebates</td></tr>"
            "<tr><td>571-2610-52170-00000</td><td>Outreach</td></tr></table>")
    result = found("rebates.html", page)
    assert result["customer_name"] == ["Mariam Oyelowo-Tran"]
    assert result["account_number"] == ["8044129930"]


def test_a_page_read_as_a_sample_says_so_in_the_document_s_warnings():
    page = ("<h1>How to read your bill</h1><p>Sample bill: Customer: Jane Q. Public, 123 Any Street, "
            "Account 3-000-0000-00, 512 kWh.</p>")
    document = extract("https://www.pomonachoiceenergy.org/bill-help.html", page.encode(), "text/html")
    assert scan_document(document, load_detectors()) == []
    assert document.warnings == ["read as a sample bill or form of a made-up customer: its customer values are not "
                                 "reported"]


def test_a_password_named_again_as_the_current_one_is_a_password():
    chat = "[10:02] Visitor: can you reset my portal password? the current one is Kestrel#2291 and it stopped working\n"
    assert found("chat.txt", chat)["credential"] == ["Kestrel#2291"]
    for text in ("Password rules changed in May. The current one is stricter than the old one.\n",
                 "Which password form do I use? The new one is at www.pomonachoiceenergy.org/forms\n"):
        assert "credential" not in found("faq.txt", text), text


def test_an_account_read_out_digit_by_digit_in_a_transcript_is_an_account():
    voicemail = "Transcription: yes hi, my account number is 7 0 0 4 4 1 8 2 0 9, the power is still off.\n"
    assert found("voicemail.txt", voicemail)["account_number"] == ["7 0 0 4 4 1 8 2 0 9"]
    assert "account_number" not in found("table.txt", "Account columns 1 2 3 4 5 6 7 8 hold the fund codes.\n")


def test_a_customer_who_called_back_from_ten_bare_digits_gave_their_phone():
    note = "Olusegun Abara called back from 6193184420 to set up a payment plan; he averages 1,020 kilowatt-hours a month.\n"
    result = found("memo.txt", note)
    assert result["phone"] == ["6193184420"]
    assert result["customer_name"] == ["Olusegun Abara"]


def test_a_spanish_sample_bill_at_a_sample_street_with_a_zeroed_account_is_a_sample():
    page = ("<h1>Cómo leer su factura</h1><h2>Factura de muestra</h2><p>MUESTRA — Nombre del cliente: Rosa Ejemplo<br>"
            "Dirección de servicio: 456 Avenida Muestra, Pomona, CA 91767<br>Número de cuenta: 7000-0000-0000<br>"
            "Consumo total: 612 kWh</p>")
    assert found("factura.html", page) == {}
