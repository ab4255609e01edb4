"""Customer data an older City CMS keeps half-hidden in its pages' code and links (red team hidden35, part b).

- Script strings joined by ``+`` are read as the one string they make: a developer splits a message, an object's
  value or a mailbox into pieces ('Acct ' + '7000' + '1234'), and a piece alone is no value (a given name, four
  digits). A message of several lines ('...\\n' + '...') is read line by line, as a letter is. Hard negatives: a
  string joined to a variable stays as written; a joined message of the City's own office reports nothing.
- A bare run of digits in an account's form under a minified key (``a:'700...'``) is the account of a record whose
  other fields hold a person's name and a street address. Hard negatives: the same run in a record of a facility or
  of no address stays code's id.
"""
from __future__ import annotations

from crawler.extract.scripts import strings_joined
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.riversideutilities.example.gov"


def _page(script: str) -> str:
    return f"<html><head><title>Billing</title></head><body><h1>Online billing</h1><script>{script}</script></body></html>"


def _found(script: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/Billing/Enroll.aspx", _page(script), "text/html")


# --- 1. strings joined by "+" ------------------------------------------------------------------------------------

def test_joined_literals_are_one_literal():
    assert strings_joined("x = 'Del' + \"phine\" + ' ' + 'Arroyo';") == "x = 'Delphine Arroyo';"
    assert strings_joined("m = 'a\\'s' + '\\n' + 'b';") == "m = 'a\\'s\\nb';"
    # a literal joined to a variable or a call is code: left as written
    assert strings_joined("t = 'Dear ' + first + ' ' + last;") == "t = 'Dear ' + first + ' ' + last;"


def test_a_message_joined_across_lines_is_read_as_its_lines():
    found = _found("""var doneMsg = 'Paperless billing set up for ' + 'Rosalind Okwuosa' + '\\n' +
        'Account: ' + '2-41' + '-833-2917' + '\\n' +
        'Service address: ' + '5518 Jurupa Ave' + '\\n' +
        'Confirmation sent to: ' + 'rokwuosa77' + '@' + 'yahoo.com';
        function done() { alert(doneMsg); }""")
    assert "Rosalind Okwuosa" in values_of(found, "customer_name")
    assert "2-41-833-2917" in values_of(found, "account_number")
    assert "5518 Jurupa Ave" in values_of(found, "address")
    assert "rokwuosa77@yahoo.com" in values_of(found, "email")


def test_an_object_literal_of_joined_values_is_read_whole():
    found = _found("""var qaCustomer = {
        name: 'Thaddeus' + ' ' + 'Worthington-Pike',
        acct: '7003' + '1188' + '2046',
        premise: '3317 Magnolia Ave',
        phone: '951-78' + '2-4410',
        email: 'tpike' + '@' + 'earthlink.net',
        annualKwh: '9340 kWh'
    };""")
    assert "Thaddeus Worthington-Pike" in values_of(found, "customer_name")
    assert values_of(found, "account_number") == {"700311882046"}  # not its first four digits
    assert "951-782-4410" in values_of(found, "phone")
    assert "tpike@earthlink.net" in values_of(found, "email")
    assert "9340 kWh" in values_of(found, "energy_usage")


def test_a_joined_message_of_the_office_reports_nothing():
    found = _found("""var helpMsg = 'Questions about AutoPay?' + '\\n' + 'Call Utility Billing at ' + '(951) 826-5485' +
        '\\n' + 'or write to ' + 'billing' + '@' + 'riversideutilities.example.gov';
        var cfg = { minAmount: 5.00, build: '2020.' + '01.' + '14' };""")
    assert not values_of(found, "customer_name") and not values_of(found, "account_number")
    assert not values_of(found, "email") and not values_of(found, "phone")


# --- 1b. a minified record's bare account -------------------------------------------------------------------------

def test_a_bare_account_under_a_minified_key_beside_a_name_and_home():
    found = _found("LOOKUP.last = {n:'Halvorsen, Ingrid',a:'700918273645',k:742,s:'2290 Brockton Ave'};")
    assert values_of(found, "account_number") == {"700918273645"}
    assert "Halvorsen, Ingrid" in values_of(found, "customer_name")
    assert "2290 Brockton Ave" in values_of(found, "address")


def test_a_bare_number_under_a_minified_key_without_a_person_and_home_stays_code():
    assert not _found("LOOKUP.site = {n:'Orange Terrace Community Center',a:'700918273645',s:'20010 Orange Terrace Pkwy'};")
    assert not _found("LOOKUP.last = {n:'Halvorsen, Ingrid',a:'700918273645',k:742,s:'en-US'};")
    assert not _found("LOOKUP.last = {id:'700918273645',n:'Halvorsen, Ingrid',s:'2290 Brockton Ave'};") & {
        ("account_number", "700918273645")}


# --- 2. the number a tel: link dials, with its description -------------------------------------------------------

def _page_found(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/Utilities/Callbacks", f"<html><body><h1>Callbacks</h1>{body}</body></html>",
                       "text/html")


def test_a_tel_link_titled_with_a_customer_dials_the_customers_phone():
    found = _page_found(
        '<p>After-hours callback requests; return within one business day.</p><ol>'
        '<li>T-3318, left 4/2: <a href="tel:+19515550193" title="Marguerite Oyelowo re acct 2-38-119-4402">Call back</a></li>'
        '<li>T-3324, left 4/3: <a href="tel:9517340288" aria-label="Desmond Achterberg, acct 700452261893">Call back</a></li>'
        '</ol>')
    assert {"+1 951-555-0193", "951-734-0288"} <= values_of(found, "phone")
    assert {"Marguerite Oyelowo", "Desmond Achterberg"} <= values_of(found, "customer_name")


def test_tel_links_of_the_city_and_of_businesses_stay_quiet():
    found = _page_found(
        '<p>Questions? <a href="tel:+19518265485" title="Utility Billing customer service">Call Utility Billing</a> or '
        '<a href="tel:18006554555" title="Southern California Edison outages">report an outage to SCE</a>.</p>'
        '<ul><li><a href="tel:+19516842207" title="Casa Jalisco Restaurant - order pickup">Casa Jalisco</a></li>'
        '<li><a href="tel:+19517811050" title="Magnolia Hardware, 6291 Magnolia Ave">Magnolia Hardware</a></li></ul>')
    assert not values_of(found, "phone") and not values_of(found, "customer_name")


# --- 3. a form laid out as a table keeps its values in its inputs -----------------------------------------------

def _form_page(rows: str, hidden: str = "") -> set[tuple[str, str]]:
    body = (f'<form method="post" action="./Rebate.aspx" id="aspnetForm">{hidden}<h2>Rebate application</h2>'
            f'<table class="formTable">{rows}</table><input type="submit" name="btnNext" value="Next &gt;" /></form>')
    return pairs_found(f"{_SITE}/Utilities/Rebate.aspx", f"<html><body>{body}</body></html>", "text/html")


_APPLICANT_ROWS = (
    '<tr><td>Applicant name</td><td><input name="ctl00$Main$txtName" type="text" value="Lucinda Harrowgate" /></td></tr>'
    '<tr><td>Service address</td><td><input name="ctl00$Main$txtAddr" type="text" value="4127 Brockton Ave" /></td></tr>'
    '<tr><td>Phone</td><td><input name="ctl00$Main$txtPhone" type="text" value="951.683.2470" /></td></tr>'
    '<tr><td>Enrolled in CARE?</td><td><input type="checkbox" checked="checked" name="ctl00$Main$chkCare" /></td></tr>')


def test_a_prefilled_form_table_is_one_record_of_its_applicant():
    found = _form_page(_APPLICANT_ROWS)
    assert "Lucinda Harrowgate" in values_of(found, "customer_name")
    assert "4127 Brockton Ave" in values_of(found, "address")
    assert "951.683.2470" in values_of(found, "phone")


def test_a_hidden_co_applicant_does_not_take_the_applicants_place():
    hidden = ('<input type="hidden" name="ctl00$Main$hfCoApplicant" value="Bartholomew Quince" />'
              '<input type="hidden" name="ctl00$Main$hfCoApplicantSSN" value="574-21-9083" />')
    found = _form_page(_APPLICANT_ROWS, hidden)
    assert {"Lucinda Harrowgate", "Bartholomew Quince"} <= values_of(found, "customer_name")
    assert "4127 Brockton Ave" in values_of(found, "address") and "951.683.2470" in values_of(found, "phone")


def test_a_blank_form_table_and_its_examples_report_nothing():
    found = _form_page(
        '<tr><td>Applicant name</td><td><input name="txtName" type="text" placeholder="Jane Q. Public" /></td></tr>'
        '<tr><td>Service address</td><td><input name="txtAddr" type="text" placeholder="e.g. 123 Main St" /></td></tr>'
        '<tr><td>E-mail</td><td><input name="txtEmail" type="email" placeholder="name@example.com" /></td></tr>'
        '<tr><td>Phone</td><td><input name="txtPhone" type="tel" placeholder="(555) 555-0100" /></td></tr>')
    assert not found


def test_examples_beside_a_filled_form_table_stay_examples():
    found = _form_page(
        '<tr><td>Applicant name</td><td><input name="txtName" type="text" value="Lucinda Harrowgate" /></td></tr>'
        '<tr><td>Service address</td><td><input name="txtAddr" type="text" value="4127 Brockton Ave" /></td></tr>'
        '<tr><td>Mailing address</td><td><input name="txtMail" type="text" placeholder="e.g. 123 Main St" /></td></tr>'
        '<tr><td>E-mail</td><td><input name="txtEmail" type="email" value="lharrowgate@cox.net" '
        'placeholder="name@example.com" /></td></tr>')
    assert values_of(found, "address") == {"4127 Brockton Ave"}
    assert values_of(found, "email") == {"lharrowgate@cox.net"}


def test_a_form_table_prefilled_with_the_offices_details_reports_nothing():
    found = _form_page(
        '<tr><td>Department</td><td><input name="txtDept" type="text" value="Utility Services" /></td></tr>'
        '<tr><td>Office address</td><td><input name="txtAddr" type="text" value="3900 Main St" /></td></tr>'
        '<tr><td>Office phone</td><td><input name="txtPhone" type="text" value="(951) 826-5485" /></td></tr>'
        '<tr><td>Program year</td><td><input name="txtYear" type="text" value="2024-2025" /></td></tr>')
    assert not found


# --- 4. smaller hiding places -----------------------------------------------------------------------------------

def test_a_form_plugins_prefilled_values_are_one_record_by_their_keys():
    found = _form_page("", "<input type='hidden' class='gform_hidden' name='gform_field_values' "
                           "value='acct=700318845526&amp;name=Evangelina+Thornbury&amp;email=ethornbury%40sbcglobal.net' />")
    assert "Evangelina Thornbury" in values_of(found, "customer_name")
    assert "ethornbury@sbcglobal.net" in values_of(found, "email")
    assert "700318845526" in values_of(found, "account_number")


def test_a_form_plugins_settings_as_a_query_report_nothing():
    found = _form_page("", "<input type='hidden' name='gform_field_values' value='form=3&amp;page=2&amp;title=Enroll+Now' />"
                           "<input type='hidden' name='tracking' value='utm_source=newsletter&amp;utm_medium=email' />")
    assert not found


def test_usage_in_a_parenthesis_of_a_credit_line_and_a_bill_that_went_up():
    from detectors.context.shapes import consumption_spans

    def figures(text: str) -> list[str]:
        return [text[a:b] for a, b in consumption_spans(text)]
    assert figures("Wendell Ashcombe - acct 2-31-559-0187 - $40 credit (July usage 1,284 kWh)") == ["1,284 kWh"]
    assert figures("My bill for the duplex went up to 1,962 kWh in September after the heat wave.") == ["1,962 kWh"]
    # a tariff's, a program's, a cap's figures stay none
    assert figures("Baseline allowance (summer 412 kWh)") == []
    assert figures("Customers can save up to 300 kWh a month") == []
    assert figures("Tier 2 (up to 500 kWh)") == []
    assert figures("Solar rebate (credit of 250 kWh)") == []


def test_usage_of_named_customers_in_a_feed_items_list():
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>PCE News</title><item><title>Outage credits</title>"
            "<description>&lt;p&gt;Credits approved for customers affected by the August 3 outage:&lt;/p&gt;&lt;ul&gt;"
            "&lt;li&gt;Wendell Ashcombe &amp;#8211; SCE account 2-31-559-0187 &amp;#8211; $40 credit "
            "(July usage 1,284 kWh)&lt;/li&gt;&lt;/ul&gt;</description></item></channel></rss>")
    found = pairs_found(f"{_SITE}/pce/feed/", feed, "application/rss+xml")
    assert "1,284 kWh" in values_of(found, "energy_usage")
    assert "Wendell Ashcombe" in values_of(found, "customer_name")


def test_a_connection_strings_password_in_a_commented_config_element():
    page = ('<html><body><h1>Rate preview</h1><!-- widget settings, moved to web.config\n'
            '<add name="BillingRO" connectionString="Server=UBSQL04;Database=UB_PROD;User Id=ub_web;'
            'Password=Tamarack#62q;" providerName="System.Data.SqlClient" />\n--></body></html>')
    found = pairs_found(f"{_SITE}/Rates/Preview", page, "text/html")
    assert values_of(found, "credential") == {"Tamarack#62q"}


def test_a_connection_string_without_a_real_password_reports_nothing():
    page = ('<html><body><h1>Developer notes</h1><!--\n'
            '<add name="BillingRO" connectionString="Server=.;Database=UB_DEV;Integrated Security=True;" />\n'
            '<add name="Sample" connectionString="Server=myServer;Database=myDb;User Id=myUser;Password=********;" />\n'
            '--></body></html>')
    assert not values_of(pairs_found(f"{_SITE}/Dev/Notes", page, "text/html"), "credential")
