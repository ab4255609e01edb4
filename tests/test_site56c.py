"""Red team site56c (office documents and data exports): a two-row sheet header whose month row fills the blank
columns right of a usage group; a medical baseline's kWh beside a customer's account; a customer portal's password
column named short ("portal_pw"); a bare premise column in a CIS extract that names its holder by name parts; a
table of real payees beside a W-9 specimen in the same file. Each with hard negatives of a City site."""
from __future__ import annotations

from tests.detector_helpers import docx_table, pairs_found, values_of, workbook, xlsx


def _xlsx(rows) -> set[tuple[str, str]]:
    return pairs_found("https://www.city.gov/files/export.xlsx", xlsx(rows))


# --- a usage group over month columns, its other header cells merged down -------------------------------------------

CALLBACKS = [["Customer care callbacks, Q4"],
             [],
             ["Case", "Account holder", "SCE Acct", "Usage (kWh)", None, None, "Remarks"],
             [None, None, None, "Oct", "Nov", "Dec", None],
             ["C-3381", "Wendell Oyelaran", "2-26-118-4409", 842, 1377, 965, "left voicemail"],
             ["C-3390", "Mirela Dragomir", "3-05-772-1968", 611, 588, 1203, "billing question"]]


def test_months_under_a_usage_group_are_each_the_customers_usage():
    found = _xlsx(CALLBACKS)
    assert {"842", "1377", "965", "611", "588", "1203"} <= values_of(found, "energy_usage")
    assert {"2-26-118-4409", "3-05-772-1968"} <= values_of(found, "account_number")  # the cells before the group
    assert {"Wendell Oyelaran", "Mirela Dragomir"} <= values_of(found, "customer_name")


def test_months_under_a_facilitys_usage_group_stay_the_citys():
    rows = [["Facility", "SCE Account", "Usage (kWh)", None, None],
            [None, None, "Jan", "Feb", "Mar"],
            ["City Hall", "2-00-455-1290", 81200, 79450, 80010],
            ["Central Library", "2-00-455-1307", 40200, 38800, 41050]]
    found = _xlsx(rows)
    assert not values_of(found, "energy_usage") and not values_of(found, "account_number")


def test_a_data_row_under_the_header_is_no_second_header_row():
    rows = [["Customer", "Phone", "Usage (kWh)", None],
            ["Ngozi Eze", "(626) 418-3307", 932, "called twice"],
            ["Pavel Hruska", "(626) 418-9931", 1140, None]]
    found = _xlsx(rows)
    assert {"Ngozi Eze", "Pavel Hruska"} <= values_of(found, "customer_name")
    assert {"932", "1140"} <= values_of(found, "energy_usage")


# --- a medical baseline list's kWh beside the customer's account -------------------------------------------------------

def test_medical_baseline_kwh_beside_a_customers_account_is_their_usage():
    rows = [["Household", "Service address", "SCE acct", "Med. Baseline kWh", "Device"],
            ["Teodora Ilic", "3318 Wren Hollow Dr, Chino, CA 91710", "8-41-226-0973", 512, "oxygen concentrator"],
            ["Kofi Mensah", "77 Larch St Apt 4, Chino, CA 91710", "8-41-226-1180", 1088, "dialysis"]]
    found = _xlsx(rows)
    assert {"512", "1088"} <= values_of(found, "energy_usage")
    assert {"8-41-226-0973", "8-41-226-1180"} <= values_of(found, "account_number")


def test_a_tariffs_medical_baseline_allowance_is_no_ones_usage():
    rows = [["Climate zone", "Season", "Medical baseline kWh"], ["Zone 9", "Summer", 16.4], ["Zone 10", "Winter", 13.2]]
    assert not values_of(_xlsx(rows), "energy_usage")


# --- a portal's password column named short -----------------------------------------------------------------------------

def test_a_portal_password_column_named_short_holds_passwords():
    found = pairs_found("https://www.city.gov/files/logins.xlsx", workbook(
        {"logins": [["web_user", "portal_pw"], ["hbarzani@yahoo.com", "Magpie#5581"],
                    ["tkowalski@gmail.com", "Orchard!2290x"]]}))
    assert values_of(found, "credential") == {"Magpie#5581", "Orchard!2290x"}


def test_a_bus_pass_column_holds_no_password():
    found = _xlsx([["Rider", "bus_pass", "Route"], ["Senior program", "Monthly", "Route 61"],
                   ["Youth program", "Summer2025", "Route 12"]])
    assert not values_of(found, "credential")


# --- a bare premise column of a CIS extract ----------------------------------------------------------------------------

def test_a_premise_column_beside_the_holders_name_parts_is_their_account():
    rows = [["CIS_ID", "PREMISE", "LAST", "FIRST", "SSN"],
            ["5518820934", "PRM-330918", "ODUYA", "FUNMILAYO", "402-61-7785"],
            ["5518820977", "PRM-441207", "LINDGREN", "ASTRID", "519-28-3304"]]
    found = _xlsx(rows)
    assert {"PRM-330918", "PRM-441207"} <= values_of(found, "account_number")


def test_a_premise_column_of_city_facilities_stays_the_citys():
    rows = [["Facility", "PREMISE", "Address", "Last read"],
            ["Fire Station 2", "PRM-100220", "1530 N. Garey Ave", "2024-06-30"],
            ["Senior Center", "PRM-100231", "600 S. Park Ave", "2024-06-30"]]
    assert not values_of(_xlsx(rows), "account_number")


# --- real payees beside a W-9 specimen ------------------------------------------------------------------------------------

PAYEES = [["Payee", "Taxpayer ID", "Mailing address", "Amount"],
          ["Ayumi Tanaka-Reyes", "611-24-9087", "2271 Bellflower Way, Upland, CA 91786", "$1,250.00"],
          ["Brightline HVAC Inc.", "33-0917265", "410 Commerce Ct, Ontario, CA 91761", "$18,400.00"],
          ["Emeka Chukwu", "918-74-5530", "95 Sable Ridge Rd Unit 2, Upland, CA 91784", "$2,000.00"]]


def test_payees_beside_a_w9_specimen_are_real_people():
    found = pairs_found("https://www.city.gov/files/rebates.docx", docx_table(
        PAYEES, "Heat pump rebate payments, batch 4.", "Applicants were shown this W-9 specimen: SSN 123-45-6789, "
        "name John Q. Sample."))
    assert {"Ayumi Tanaka-Reyes", "Emeka Chukwu"} <= values_of(found, "customer_name")
    assert {"2271 Bellflower Way, Upland, CA 91786", "95 Sable Ridge Rd Unit 2, Upland, CA 91784"} <= values_of(
        found, "address")
    assert "Brightline HVAC Inc." not in values_of(found, "customer_name")
    assert "123-45-6789" not in values_of(found, "ssn") | values_of(found, "taxpayer_id")


def test_a_specimen_table_of_stand_ins_stays_a_sample():
    rows = [["Payee", "Taxpayer ID", "Mailing address", "Amount"],
            ["John Q. Sample", "123-45-6789", "123 Any Street, Anytown, CA 90000", "$0.00"],
            ["Jane Doe (sample)", "000-00-0000", "456 Example Ave, Anytown, CA 90000", "$0.00"]]
    found = pairs_found("https://www.city.gov/files/w9-guide.docx", docx_table(
        rows, "How to fill in Form W-9: a sample."))
    assert not values_of(found, "customer_name") and not values_of(found, "address")


# --- a filled-in Word form: content controls titled as the label cell beside them -------------------------------------

def _form_of_controls(rows: list[tuple[str, str]]) -> bytes:
    import io

    import docx
    from docx.oxml import parse_xml
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    document.add_paragraph("Level Pay Plan request")
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        left, right = table.add_row().cells
        left.text = label
        right.paragraphs[0]._p.append(parse_xml(
            f'<w:sdt xmlns:w="{w}"><w:sdtPr><w:alias w:val="{label}"/></w:sdtPr><w:sdtContent><w:r>'
            f'<w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>'))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_controls_value_beside_its_label_cell_is_the_value_alone():
    found = pairs_found("https://www.city.gov/files/levelpay.docx", _form_of_controls(
        [("Name of account holder", "Ines Baptista-Oyama"), ("Service address", "4120 Quartz Hill Rd, Chino, CA 91710"),
         ("Phone", "(909) 482-7713"), ("SCE account", "8-40-771-2290")]))
    assert values_of(found, "customer_name") == {"Ines Baptista-Oyama"}
    assert "8-40-771-2290" in values_of(found, "account_number")


# --- a line of several fields: the next label's qualifier is no part of the name --------------------------------------

def test_a_name_ends_before_the_next_fields_qualifier():
    from tests.detector_helpers import docx_paragraphs
    found = pairs_found("https://www.city.gov/files/transfers.docx", docx_paragraphs(
        "Service transfer log",
        "Customer: Oskar Wieczorek   CVWD Account #: 55120-0093   Phone: 760-342-8817",
        "Name: Haddad, Rania   Utility Billing Acct: W-30071-02   Tel.: 760-342-1195",
        "Name: MINH VO   Acct: 3-041-2290-18   Cell: 760-342-6620"))
    names = values_of(found, "customer_name")
    assert {"Oskar Wieczorek", "Haddad, Rania"} <= names
    assert "MINH VO" in names  # a short surname in capitals is no system's letters: the name as written
    assert {"55120-0093", "W-30071-02"} <= values_of(found, "account_number")


# --- the City's numbered public chargers ---------------------------------------------------------------------------------

def test_the_citys_numbered_ev_chargers_accounts_stay_the_citys():
    body = ("Asset,Location,SCE Service Account,Rate,2023 kWh\n"
            "EV charger 4,Holt Ave & Garey Ave,3-200415881,TOU-EV-7,88120\n"
            "EV Charging Station #9,Civic Center garage,3-200415893,TOU-EV-7,41003\n")
    found = pairs_found("https://www.city.gov/files/city_accounts.csv", body)
    assert not values_of(found, "account_number") and not values_of(found, "energy_usage")


def test_a_customers_home_ev_charger_rebate_is_still_theirs():
    body = ("Measure,Customer,Service address,SCE account\n"
            "EV charger,Priyanka Venkatesan,2280 Alder Glen Ct,3-851-2290-41\n"
            "EV charger,Marek Zielinski,911 Tern Ln,3-851-7731-08\n")
    found = pairs_found("https://www.city.gov/files/rebates.csv", body)
    assert {"Priyanka Venkatesan", "Marek Zielinski"} <= values_of(found, "customer_name")


# --- a text box's heading that names the note, not a person ---------------------------------------------------------

def test_a_call_notes_heading_is_no_name():
    from tests.detector_helpers import docx_paragraphs
    found = pairs_found("https://www.city.gov/files/memo.docx", docx_paragraphs(
        "CALL NOTE", "Caller: Yusuf Demirci", "Phone: 951-776-2043", "Water Acct: W-60218-01"))
    assert values_of(found, "customer_name") == {"Yusuf Demirci"}


def test_an_acct_holder_label_gives_the_customers_name():
    from tests.detector_helpers import docx_paragraphs
    found = pairs_found("https://www.city.gov/files/deposits.docx", docx_paragraphs(
        "Deposit waivers", "Acct Holder: Kowalczyk, Bronislawa   Water Acct: W-11873-04   Ph: 909-318-4402"))
    assert "Kowalczyk, Bronislawa" in values_of(found, "customer_name")


# --- a help line offered with the office's mailbox, above a customer's example --------------------------------------

def test_a_help_line_offered_with_a_role_mailbox_is_the_offices():
    from tests.detector_helpers import docx_paragraphs
    found = pairs_found("https://www.city.gov/files/deck.docx", docx_paragraphs(
        "Enrollment help",
        "Call (626) 744-4005 or email greenpower@cityofsierra.org\nPilot participant: Ruairi Flanagan - SCE acct "
        "2-31-554-8870 - 1,204 kWh in March"))
    assert "(626) 744-4005" not in values_of(found, "phone")
    assert "Ruairi Flanagan" in values_of(found, "customer_name")


def test_a_note_to_call_a_customer_at_home_keeps_their_number():
    from tests.detector_helpers import docx_paragraphs
    found = pairs_found("https://www.city.gov/files/notes.docx", docx_paragraphs(
        "Follow-up", "Re SCE acct 2-31-554-9021 (Thandiwe Mokoena): call 626-744-9310 or email thandi.m@gmail.com "
        "about the credit."))
    assert "626-744-9310" in values_of(found, "phone")


# --- a figure after a program's account is the customer's use -----------------------------------------------------------

def test_usage_after_a_program_account_is_the_customers():
    from tests.detector_helpers import docx_paragraphs
    found = pairs_found("https://www.city.gov/files/pilot.docx", docx_paragraphs(
        "Pilot participants", "Participant: Ilse Vandermeer - Program Account SRCE-2290417 - 1,318 kWh in March"))
    assert "1,318 kWh" in values_of(found, "energy_usage")


def test_a_programs_goal_or_savings_is_no_ones_use():
    from tests.detector_helpers import docx_paragraphs
    found = pairs_found("https://www.city.gov/files/pilot-summary.docx", docx_paragraphs(
        "Pilot summary", "The program saved 41,200 kWh in March across 36 homes.", "Program goal: 1,200 kWh per home."))
    assert not values_of(found, "energy_usage")
