"""Contact details a page hides from harvesters or builds in a script, and secrets named without a password's word
(red team hidden36).

- A contact card is the lines around a staff member's government mailbox, up to the next heading: a hidden list of
  callbacks under its own heading right after it is no line of the card, and a script's code naming the site's
  help mailbox makes no card of the data literal beside it. Hard negative: a staff member's second mailbox on the
  card's next line stays out.
- A mailbox a style shows backwards (``unicode-bidi: bidi-override; direction: rtl``) is read as shown. Hard
  negatives: the City's own mailbox reversed; Arabic text under the same style is left as written.
- A string a script builds (``String.fromCharCode(...)``, ``[...].join('')``, ``"\\x2d"`` escapes in a literal) is
  read as the one string it makes. Hard negatives: control codes, a join of CSS class names.
- A password a PHP config defines (``define('DB_PASS', ...)``), a ``'pass' =>`` after a ``'user' =>`` in a PHP
  array, a script's constant named a secret beside an ArcGIS layer. Hard negatives: placeholders, a bus pass's
  fare setting, a Maps browser key beside the same layer.
"""
from __future__ import annotations

from crawler.extract import extract
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.ontarioutilities.example.gov/services"


def _page(body: str) -> str:
    return (f"<html><head><title>Utility Services</title></head><body><header><nav><a href='/'>Home</a></nav>"
            f"</header><main><h1>Utility Services</h1>{body}</main>"
            f"<footer>City of Ontario, 303 East B St</footer></body></html>")


def _found(body: str, name: str = "help.html") -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", _page(body))


def _texts(body: str) -> list[str]:
    return [segment.text for segment in extract(f"{_SITE}/page.html", _page(body).encode()).segments]


# --- 1. contact cards end at the next heading and are not made by code --------------------------------------

def test_a_hidden_callback_list_after_a_managers_mailbox_is_no_line_of_the_card():
    found = _found(
        "<p>Conservation Programs Manager Odile Brandt: obrandt@ontarioca.gov</p>"
        "<div class='queue' style='display:none'><h4>Pending callbacks</h4><ul>"
        "<li>Tomasz Wielgosz &ndash; tomek.wielgosz@outlook.com &ndash; 909.318.4462 &ndash; wants a rebate form</li>"
        "<li>Priyanka Deshmane &ndash; 951.207.6634 &ndash; asked about budget billing</li></ul></div>")
    assert "tomek.wielgosz@outlook.com" in values_of(found, "email")
    assert "Tomasz Wielgosz" in values_of(found, "customer_name")
    assert "909.318.4462" in values_of(found, "phone")


def test_a_staff_members_second_mailbox_on_the_card_stays_out():
    found = _found(
        "<h3>Water Conservation Coordinator</h3><p>Leopoldo Farias</p><p>lfarias@ontarioca.gov</p>"
        "<p>After hours: leo.farias@gmail.com</p><h3>Rebate questions</h3><p>Use the form below.</p>")
    assert "leo.farias@gmail.com" not in values_of(found, "email")


def test_code_naming_the_help_mailbox_makes_no_card_of_the_data_beside_it():
    found = _found(
        "<form><script>var helpDesk = 'utilities@ontarioca.gov';\n"
        "var lastCaller = {n: 'Ruairi Oduya', e: 'ruairi.oduya@yahoo.com'};</script></form>")
    assert "ruairi.oduya@yahoo.com" in values_of(found, "email")


# --- 2. a mailbox shown backwards ------------------------------------------------------------------------------

_BACKWARDS = "unicode-bidi:bidi-override;direction:rtl"


def test_a_mailbox_shown_backwards_is_read_as_shown():
    texts = _texts(f"<p>Write to Ines: <span style='{_BACKWARDS}'>moc.liamtoh@3791odagluf.seni</span></p>")
    assert any("ines.fulgado1973@hotmail.com" in text for text in texts)
    found = _found(
        "<ul style='display:none'><li>Ines Fulgado &ndash; "
        f"<span style='{_BACKWARDS}'>moc.liamtoh@3791odagluf.seni</span> &ndash; (909) 264-5188</li>"
        "<li>Bartholomew Achterberg &ndash; (909) 264-7710</li></ul>")
    assert "ines.fulgado1973@hotmail.com" in values_of(found, "email")


def test_the_citys_mailbox_backwards_is_public_and_arabic_text_stays_as_written():
    found = _found(f"<p>Media inquiries: <span style='{_BACKWARDS}'>vog.acoiratno@aidem</span></p>")
    assert not values_of(found, "email")
    arabic = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645"
    assert any(arabic in text for text in _texts(f"<p><span style='{_BACKWARDS}'>{arabic}</span></p>"))


# --- 3. strings a script builds ------------------------------------------------------------------------------

def test_a_mailbox_written_by_its_character_codes_is_read():
    codes = ",".join(str(ord(c)) for c in "wendeline.k44@aol.com")
    texts = _texts(f"<p>Reach Wendeline at <script>document.write(String.fromCharCode({codes}));</script></p>")
    assert any("wendeline.k44@aol.com" in text for text in texts)
    assert "wendeline.k44@aol.com" in values_of(
        _found(f"<p>Reach Wendeline at <script>document.write(String.fromCharCode({codes}));</script></p>"), "email")


def test_an_array_joined_and_hex_escapes_are_read_as_the_string_they_make():
    texts = _texts("<script>var qa = {cust: 'Ottilie Varga', acct: ['4-21', '-660', '-3197'].join(''),\n"
                   "  tel: \"909\\x2d481\\x2d2270\"};</script>")
    assert "4-21-660-3197" in texts and "909-481-2270" in texts


def test_control_codes_and_a_join_of_class_names_stay_as_written():
    texts = _texts("<script>var sep = String.fromCharCode(9, 10);\n"
                   "el.className = ['btn', 'btn-primary'].join(' ');</script>")
    assert any("String.fromCharCode(9, 10)" in text for text in texts)
    assert not values_of(_found("<script>el.className = ['btn', 'btn-primary'].join(' ');</script>"),
                         "customer_name")


# --- 4. secrets named without a password's word --------------------------------------------------------------

def _config(body: str, name: str = "settings.php.old") -> set[str]:
    return values_of(pairs_found(f"{_SITE}/legacy/{name}", body.encode(), "application/octet-stream"), "credential")


def test_a_php_define_and_a_pass_after_a_user_in_an_array():
    found = _config("<?php\ndefine('DB_HOST', 'sqlrep02.ontario.local');\ndefine('DB_USER', 'webreader');\n"
                    "define('DB_PASS', 'Harbor#Lantern-882');\n"
                    "$mail = array('host' => 'smtp.office365.com', 'user' => 'noreply@ontarioca.gov',\n"
                    "              'pass' => 'q7Rt!mW2zKp9');\n")
    assert {"Harbor#Lantern-882", "q7Rt!mW2zKp9"} <= found


def test_placeholders_and_a_bus_pass_setting_are_no_passwords():
    found = _config("<?php\ndefine('DB_PASS', 'changeme');\ndefine('SMTP_PASS', '********');\n"
                    "$fares = array('route' => '61', 'pass' => 'monthly', 'price' => '35.00');\n")
    assert not found


def test_a_constant_named_a_secret_beside_an_arcgis_layer_but_not_a_maps_key():
    found = values_of(_found(
        "<script>const LAYER = 'https://gis.ontarioca.gov/arcgis/rest/services/Outages/FeatureServer/0';\n"
        "const FEED_API_SECRET = \"Copper!Willow-5521\";\n"
        "const MAPS_API_KEY = \"AIzaSyD3k9v_Q2m8Lp0cR7tXw4bN6yZ1aHf5eJg\";</script>"), "credential")
    assert "Copper!Willow-5521" in found
    assert not any(value.startswith("AIza") for value in found)


# --- 5. a household named in a photo's caption ---------------------------------------------------------------

def test_the_household_a_caption_names_beside_its_service_account():
    found = _found(
        "<figure><img src='/img/heat-pump-04.jpg' alt='New heat pump at the Marguerite Okonkwo home, 1186 W "
        "Grevillea Ct (service acct 4-118-2207-63)'></figure>"
        "<figure data-caption='Attic insulation at the Desmond Yarrowby residence, 472 E Quince St (service acct "
        "4-118-3391-05)'><img src='/img/insulation.jpg' alt='Insulation'></figure>", name="gallery.html")
    assert {"Marguerite Okonkwo", "Desmond Yarrowby"} <= values_of(found, "customer_name")


def test_a_landmark_house_and_a_walking_tours_home_name_no_customer():
    found = _found(
        "<figure><img src='/img/tour-1.jpg' alt='The Phillips House, 2640 Pomona Blvd, built in 1875'></figure>"
        "<figure><img src='/img/tour-2.jpg' alt='Walking tour stop 3: the Frank Wiley home, 1120 N Gibbs St, a "
        "Craftsman bungalow built in 1911'></figure>", name="tour.html")
    assert not values_of(found, "customer_name")


# --- 6. a callback's label with ten bare digits --------------------------------------------------------------

def test_a_callback_buttons_label_with_a_bare_number():
    found = _found(
        "<div class='crm-queue' hidden><button aria-label='Call back Tamsin Okereke at 9094417263'>"
        "<span class='icon-phone'></span></button></div>")
    assert "9094417263" in values_of(found, "phone")
    assert "Tamsin Okereke" in values_of(found, "customer_name")


def test_an_office_to_call_back_at_its_bare_number_is_no_ones():
    found = _found(
        "<p>Missed us? Call back Customer Service at 8885104471 or call back City Hall at 9096201100 during "
        "business hours.</p>")
    assert not values_of(found, "phone") and not values_of(found, "customer_name")


# --- 7. a developer's test fixture -----------------------------------------------------------------------------

def _script_file(code: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/assets/portal.js", code, "application/javascript")


def test_a_qa_fixture_on_a_domain_kept_for_examples_is_no_ones_record():
    found = _script_file(
        "(function () {\n"
        "  var QA_PROFILE = { acct: '2233445566', name: 'Demo Ratepayer', email: 'qa.demo@example.org' };\n"
        "  var SMOKE = { accountNo: '9876543210', holder: 'Test Account', mail: 'smoke@portal.test' };\n"
        "  window.portal = { fixtures: [QA_PROFILE, SMOKE] };\n"
        "})();\n")
    assert not values_of(found, "customer_name") and not values_of(found, "email")
    assert not values_of(found, "account_number")


def test_real_records_beside_a_fixture_are_still_reported():
    found = _script_file(
        "var QA_PROFILE = { acct: '2233445566', name: 'Demo Ratepayer', email: 'qa.demo@example.org' };\n"
        "var STAGED = [\n"
        "  { acct: '7-41-552-9013', name: 'Tessaly Brandvold', email: 'tessaly.b@yahoo.com' },\n"
        "  { acct: '800274411903', name: 'Obiageli Nwankwo', email: 'obi.nwankwo@gmail.com' }];\n")
    assert {"Tessaly Brandvold", "Obiageli Nwankwo"} <= values_of(found, "customer_name")
    assert {"7-41-552-9013", "800274411903"} <= values_of(found, "account_number")
    assert "Demo Ratepayer" not in values_of(found, "customer_name")


# --- 8. a mailbox in an element's data attributes, joined by the page's script ---------------------------------

_JOIN_SCRIPT = ("<script>document.querySelectorAll('.em').forEach(function (e) {"
                "e.textContent = e.dataset.user + '@' + e.dataset.domain; });</script>")


def test_a_mailbox_held_in_halves_is_read_where_its_element_stands():
    found = _found(
        "<ul hidden><li>Rosalind Kerrigan, 2215 N Tamarisk Ave &ndash; <span class='em' data-user='rosalind.k71' "
        "data-domain='yahoo.com'></span> &ndash; asked about net metering</li>"
        "<li>Marco Bellini, 980 E Linden Ct &ndash; <span class='em' data-user='mbellini58' "
        "data-domain='icloud.com'></span> &ndash; wants a callback</li></ul>" + _JOIN_SCRIPT)
    assert {"rosalind.k71@yahoo.com", "mbellini58@icloud.com"} <= values_of(found, "email")
    assert "Rosalind Kerrigan" in values_of(found, "customer_name")


def test_data_attributes_that_make_no_mailbox_or_the_citys_own():
    found = _found(
        "<p>Questions? <span class='em' data-user='utilities' data-domain='ontarioca.gov'></span></p>"
        "<p><span class='em' data-user='1024' data-domain='cdn.ontarioca.gov'></span>"
        "<span data-user='tmoreno' data-domain='intranet'></span></p>" + _JOIN_SCRIPT)
    assert not values_of(found, "email")
    assert not any("1024@" in text or "@intranet" in text for text in _texts(
        "<span data-user='1024' data-domain='cdn.ontarioca.gov'></span><span data-user='tmoreno' "
        "data-domain='intranet'></span>"))
