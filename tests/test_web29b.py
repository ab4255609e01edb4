"""Customer data in how a city CMS builds its pages (round 29, red team web29, second round): a sample bill's
disclaimer speaks only for the section (under its heading) it stands in, not for staff notes further down the page;
a name before an identifier's two-letter label ("for Maria Lopez, SA 8707279017").

Hard negatives: a "How to read your bill" page whose made-up customer is the page's subject, its fields under
headings of their own; a sample bill under an FAQ heading; a city and its state before a ZIP.
"""
from __future__ import annotations

from detectors.context.persons import names_in
from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.vistaloma.gov"


def findings(body: str, name: str = "page.html", content_type: str = "text/html; charset=utf-8") -> set:
    return pairs_found(f"{SITE}/{name}", body, content_type)


def page(body: str, title: str = "City of Vista Loma") -> str:
    return f"""<!DOCTYPE html><html><head><title>{title}</title></head><body>
<header><a href="/">City of Vista Loma</a></header><main>{body}</main>
<footer><p>City of Vista Loma, 410 Mesa Grande Blvd, Vista Loma, CA 92083 - (760) 555-2400</p></footer>
</body></html>"""


def names(text: str) -> list[str]:
    return [text[a:b] for a, b in names_in(text)]


# --- a sample bill's reach on an HTML page ------------------------------------------------------------------------

FAQ = page("""<h1>Utility Billing FAQ</h1>
<p>Answers to the questions our billing team hears most.</p>
<h2>How do I read my bill?</h2>
<p>Page 1 of the sample bill below shows where each item is. The values are made up.</p>
<dl><dt>Customer Name</dt><dd>JOHN Q. PUBLIC</dd><dt>Account Number</dt><dd>4-000-000-000</dd>
<dt>Service Address</dt><dd>100 ANY STREET, VISTA LOMA CA 92083</dd><dt>Usage</dt><dd>450 kWh</dd></dl>
<h2>Can I set up a payment plan?</h2>
<p>Yes. Call Billing Supervisor Renata Olvera at (760) 555-2417.</p>
<details><summary>Staff notes (internal)</summary><ul>
<li>Payment plan approved for Horacio Villaseñor, SA 8412093376; first installment due Oct 3. Contact 760.318.4402.</li>
</ul></details>""")


def test_staff_notes_under_another_heading_are_no_part_of_the_sample_bill():
    found = findings(FAQ)
    assert ("customer_name", "Horacio Villaseñor") in found
    assert ("account_number", "8412093376") in found
    assert ("phone", "760.318.4402") in found


def test_the_sample_bill_under_its_faq_heading_stays_silent():
    found = findings(FAQ)
    assert "JOHN Q. PUBLIC" not in values_of(found, "customer_name")
    assert not {"4-000-000-000"} & values_of(found, "account_number")
    assert "Renata Olvera" not in values_of(found, "customer_name")


HOW_TO_READ = page("""<h1>How to Read Your Bill</h1>
<p>The bill below belongs to a fictitious customer; the numbers are for illustration only.</p>
<h2>Page 1: Account summary</h2>
<dl><dt>Customer</dt><dd>Marguerite Tolliver</dd><dt>Account Number</dt><dd>4-217-390-551</dd>
<dt>Service Address</dt><dd>2280 Corte Piedra, Vista Loma, CA 92083</dd></dl>
<h2>Page 2: Your usage</h2>
<h3>Electric</h3>
<table><tr><th>Billing period</th><th>Usage</th></tr><tr><td>Jun 3 - Jul 2</td><td>612 kWh</td></tr></table>
""", title="How to Read Your Bill | City of Vista Loma")


def test_a_how_to_read_your_bill_page_whose_made_up_customer_is_its_subject_stays_silent():
    found = findings(HOW_TO_READ)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "account_number")
    assert not values_of(found, "energy_usage")


def test_a_sample_and_a_real_note_with_no_heading_between_them_still_tell_apart():
    body = page("""<p>Page 2 of the sample bill below shows your usage. The values are made up.</p>
<ul><li>Level Pay enrollment for Teodora Quiñones Baca, SA 8851730294; she asked for paper bills. Contact 951.604.2281.</li>
</ul>""")
    found = findings(body)
    assert ("customer_name", "Teodora Quiñones Baca") in found
    assert ("account_number", "8851730294") in found


# --- a name before an identifier's two-letter label -----------------------------------------------------------

def test_a_name_before_a_two_letter_identifier_label_is_read():
    assert names("Level Pay enrollment for Maria Lopez, SA 8707279017; done.") == ["Maria Lopez"]
    assert names("Level Pay enrollment for Maria Lopez, SA # 8814 888 281; done.") == ["Maria Lopez"]
    assert names("Level Pay enrollment for Maria Lopez, SA ID 8-857-724-947; done.") == ["Maria Lopez"]


def test_a_city_and_its_state_are_no_name():
    assert names("Mail it to the office in Lomita Springs, CA 92362 by Friday.") == []
    assert names("Our crews serve Harwick Vale, CA and the valley.") == []
    assert names("Visit Palmera Springs, CA 92240-1187 this spring.") == []


# --- a chat widget's turns as HTML elements ------------------------------------------------------------------------

def chat(turns: list[tuple[str, str]]) -> str:
    return page('<div class="chat-transcript">' + "".join(
        f'<div class="chat-msg"><span class="msg-author">{who}</span> <span class="msg-body">{said}</span></div>'
        for who, said in turns) + "</div>")


def test_a_chat_widgets_visitor_turns_are_the_visitors_lines():
    found = findings(chat([
        ("Agent Tomas", "Welcome to Vista Loma Utilities chat. What can I do for you?"),
        ("Visitor", "Hello, this is Genoveva Atkinson. My June bill shows 1,318 kWh, double what we normally use."),
        ("Agent Tomas", "Could you give me the account number and the service address?"),
        ("Visitor", "Account 4-552-871-309, the house is 771 Calle Sombra."),
        ("Agent Tomas", "What is the best number to call you back?"),
        ("Visitor", "(760) 481-2269 or genoveva.atk@yahoo.com")]))
    assert ("customer_name", "Genoveva Atkinson") in found
    assert ("energy_usage", "1,318 kWh") in found
    assert ("phone", "(760) 481-2269") in found


def test_a_visitors_bare_digits_answering_a_callback_request_are_their_phone():
    found = findings(chat([
        ("Agent Tomas", "Welcome to Vista Loma Utilities chat. What can I do for you?"),
        ("Visitor", "Hi, this is Genoveva Atkinson, my bill says 842 kWh and that is way too high."),
        ("Agent Tomas", "Can you confirm the account number?"),
        ("Visitor", "Account 4-552-871-309, the house is 771 Calle Sombra."),
        ("Agent Tomas", "Is there a good number for a callback?"),
        ("Visitor", "7604812269 or email me at genoveva.atk@yahoo.com")]))
    assert ("phone", "7604812269") in found
    assert values_of(found, "address") == {"771 Calle Sombra"}  # "842 kWh and that is way": no street


def test_a_visitors_bare_account_in_answer_to_the_account_question_is_no_phone():
    found = findings(chat([
        ("Agent Tomas", "Hello! What is your account number?"),
        ("Visitor", "8124409735"),
        ("Agent Tomas", "Thanks. Our billing phone line is (760) 555-2400 if you need it."),
        ("Visitor", "ok thanks")]))
    assert "8124409735" not in values_of(found, "phone")


def test_a_chat_agents_turns_and_name_are_the_utilitys():
    found = findings(chat([
        ("Agent Tomas Ybarra", "Hi, this is Tomas Ybarra from Vista Loma Utilities. Our office line is (760) 555-2411."),
        ("Visitor", "Hi, my account is 4-552-871-309 and I want to set up autopay."),
        ("Agent Tomas Ybarra", "Sure. The average home here uses 540 kWh a month, so budget billing may help.")]))
    assert ("account_number", "4-552-871-309") in found
    assert "Tomas Ybarra" not in values_of(found, "customer_name")
    assert not values_of(found, "phone")
    assert "540 kWh" not in values_of(found, "energy_usage")


def test_a_news_listings_author_bylines_are_no_transcript():
    items = "".join(f'<li><span class="author">{who}</span> <span class="title">{title}</span></li>' for who, title in [
        ("Marisol Quintanar", "Summer rates take effect June 1"),
        ("Desmond Achterberg", "Crews finish the Corte Piedra main"),
        ("Public Works", "Street sweeping schedule for July")])
    assert findings(page(f"<h2>Latest news</h2><ul>{items}</ul>")) == set()


# --- a page's meta tags ---------------------------------------------------------------------------------------------

def meta_page(metas: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>Help request | City of Vista Loma</title>{metas}</head><body>
<main>{body}</main><footer><p>City of Vista Loma Utilities - (760) 555-2400</p></footer></body></html>"""


def test_a_meta_tag_named_as_a_customers_phone_holds_a_phone_not_an_account():
    found = findings(meta_page(
        '<meta name="description" content="Help request from Oriana Castellucci (oriana.cast@verizon.net) about '
        'SCE acct. no. 2873310045"><meta name="customer:phone" content="7604418830">', "<p>Help request</p>"))
    assert ("phone", "7604418830") in found
    assert "7604418830" not in values_of(found, "account_number")


def test_a_meta_tag_with_the_citys_phone_is_no_finding():
    found = findings(meta_page(
        '<meta name="contact:phone" content="7605552400"><meta name="description" content="Pay your utility bill '
        'online or call us.">', "<p>Pay online with your account number and ZIP code.</p>"))
    assert found == set()
