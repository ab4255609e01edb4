"""Red teams site46, docs46 and site45's leftover misses and precision notes (round 47).

- (precision) Staff introducing themselves in a letter, a voicemail script or an e-mail to a customer ("This is Karen
  Whitfield from Customer Care", "my name is Daniel Ortega and I am with the billing team") are the writer, not the
  customer whose account the message is about (``persons.named_officially``). Hard negatives: a customer introducing
  themselves with their town and their own utility account, or with their own home.
- (recall) A vendor table's detail column ("Vendor address", "Payee city") names no holder: a street address that
  probablepeople reads as a firm's no longer makes a sole proprietor's row ("Tomas Ybarra | 47-5521093 | 88 E Holt
  Ave") an organization's, whose EIN would be public (``taxpayer_id``). Hard negatives: a firm's, a trade's row.
- (precision) A Korean word before an honorific is no name: "고객님 1234 W Holt Ave" is "Dear customer" before an
  address, as "고객님(" was already (``persons._hangul_names``). A name before 고객님 or 님 stays one.
- (miss, usage) On the page of one customer's record (a memo headed "Jerome Villanueva / 2-43-431-9168", a staff
  report headed "Appeal of NAME - OPC Acct ..."), a sentence that speaks of the customer by their role or of their
  home and what it used ("The customer reports usage near 836 kWh", "the premise used between 2,165 kWh and ...") gives
  that customer's consumption (``notes``). Hard negatives: "the average customer", a program's savings, a comparison
  with similar homes, a citywide average, and such sentences on a page of no customer's record.
- (miss, fax) A fax cover's header that sets "TO:" and "FROM:" side by side on one OCR line ("TO: City Clerk<tab>FROM:
  Mei-Ling Tsai") is read as a sender line, and a writer demanding their own refund ("I want a refund of the
  generation charges") speaks of their own account (``letters``): the sender, and the property and callback the fax
  gives, are the customer's. Hard negatives: staff's memo header with a title, an office as the sender, staff
  requesting a credit for a customer.
- (miss, label) A record's fields run on after a semicolon: "...; phone (909) 410-5669" gives the next field's label,
  not an invitation to call (``prose.invitations._CALL_US``), as in a Word text box's customer spotlight. Hard
  negatives: an office's "Want to save too? Phone (909) ..." and "; call (909) ... to book your own audit" after a
  testimonial.
- (miss, surname) A customer called by their surname alone after the word for one ("Our test customer Raghavan used
  1,583 KWH", "Account holder Nguyen used ...") is named as a household by its surname is (``persons.family_names``),
  with the usage the sentence gives. Hard negatives: "Customer Service", "Customer Care", "Customer Choice
  customers", "customer Edison serves", a town after the word, a survey's typical customer, "OPC Customer Care
  confirmed ..." beside an account (a word more often than a surname is no surname here).
- (miss, footer) A running header or footer of a document that names an account, giving a callback or follow-up owed
  at a number ("Fire Department | Follow-up pending: 626-747-5699"), gives a resident's number of the case
  (``letters._running_lines``). Hard negatives: an office's number in the label, such a footer in a document of no
  account.
"""
from __future__ import annotations

import pytest

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofexample.gov"


def _page(path: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/{path}", f"<html><body><main>{body}</main></body></html>")


@pytest.mark.parametrize("paragraphs, staff", [
    (("Dear Ms. Lopez,", "This is Karen Whitfield from Customer Care. I reviewed your account 3-004-5512-88 and your "
      "July usage of 1,210 kWh.", "Sincerely,", "Karen Whitfield, Customer Care Representative"), "Karen Whitfield"),
    (("Hello, my name is Daniel Ortega and I am with the billing team at Pomona Choice Energy. I am calling about your "
      "account ending 4471. Please call us back at (909) 620-2311.",), "Daniel Ortega"),
    (("Voicemail script: Hi, this is Marcus Bell with Pomona Choice Energy customer service. We are calling about "
      "account 7-220-118-04; your July bill showed 1,904 kWh.",), "Marcus Bell"),
    (("Good afternoon, I'm Lena Park here at the City of Pomona utility office. Your account 7-220-118-04 is now on "
      "the CARE rate.",), "Lena Park"),
])
def test_staff_introducing_themselves_are_no_customer(paragraphs, staff):
    found = _page("energy/letters.html", *paragraphs)
    assert staff not in values_of(found, "customer_name")
    assert values_of(found, "account_number")  # the customer's account stays a finding


@pytest.mark.parametrize("paragraph, customer", [
    ("Hello, this is Ana Ruiz from Pomona and my Choice Energy account 3-004-5512-88 was billed twice.", "Ana Ruiz"),
    ("Hello, this is Ana Ruiz with SCE account 3-004-5512-88. My bill shows 1,210 kWh.", "Ana Ruiz"),
    ("Hi, I am Ana Ruiz at 1234 W Holt Ave, my account 3-004-5512-88 was billed twice.", "Ana Ruiz"),
])
def test_customers_introducing_themselves_stay_customers(paragraph, customer):
    assert customer in values_of(_page("energy/mail.html", paragraph), "customer_name")


def _vendor_table(*rows: str) -> set[tuple[str, str]]:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row.split("|")) + "</tr>" for row in rows)
    return pairs_found(f"{_SITE}/finance/vendor-payments.html",
                       "<html><body><main><h2>Vendor payments over $10,000</h2><table><tr><th>Vendor name</th>"
                       f"<th>Vendor EIN</th><th>Vendor address</th><th>Amount</th></tr>{cells}</table></main></body>"
                       "</html>")


def test_sole_proprietors_ein_beside_a_vendor_address_column():
    found = _vendor_table("Greenline Electric Inc.|95-4410287|300 Commerce Way|$48,200",
                          "Tomas Ybarra|47-5521093|88 E Holt Ave|$11,000",
                          "Sierra Tree Care|33-0817724|12 Industrial Pkwy|$11,500",
                          "Foothill Landscape Services|20-4482913|1550 N Towne Ave|$10,200")
    assert values_of(found, "taxpayer_id") == {"47-5521093"}


@pytest.mark.parametrize("paragraph, names", [
    ("고객님 1234 W Holt Ave 주소로 청구서를 보냈습니다. 계정 번호 3-004-5512-88", set()),
    ("박지훈 고객님 1234 W Holt Ave 계정 번호: 3-004-5512-88", {"박지훈"}),
    ("문명자님 1234 W Holt Ave 계정 번호: 3-004-5512-88", {"문명자"}),
])
def test_korean_customer_word_before_an_address_is_no_name(paragraph, names):
    found = _page("ko/notice.html", paragraph)
    assert values_of(found, "customer_name") == names
    assert values_of(found, "address") == {"1234 W Holt Ave"}


def _word(paragraphs: list[str], header: str) -> set[tuple[str, str]]:
    import io

    from docx import Document
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return pairs_found(f"{_SITE}/docs/memo.docx", out.getvalue())


def test_usage_of_the_customer_named_by_role_on_their_records_page():
    found = _word(["Medical baseline follow-up", "Follow-up items from the July 9 care huddle:",
                   "1. Confirm SCE received the medical certification for the customer in the header.",
                   "2. The customer reports usage near 836 kWh per month because of a home dialysis machine."],
                  "Jerome Villanueva / 2-43-431-9168")
    assert values_of(found, "energy_usage") == {"836 kWh"}
    found = _word(["SUBJECT: Appeal of termination of Level Pay enrollment",
                   "BACKGROUND: The appellant has been an OPC customer since 2021. Over the last twelve months the "
                   "premise used between 2,165 kWh and 116kWh per month. The average customer uses 550 kWh per month "
                   "and the average home used 600 kWh.",
                   "Replacing the home furnace cut usage by 300 kWh a year. The home energy report compares the home "
                   "with similar homes that used 520 kWh. This account usage is compared to the citywide 610 kWh "
                   "average."],
                  "Staff Report - Appeal of Brian McAllister - OPC Acct 241277-9")
    assert values_of(found, "energy_usage") == {"2,165 kWh"}


def test_role_usage_needs_a_customers_record_on_the_page():
    found = _word(["Program update", "The customer reports usage near 836 kWh per month on average in the pilot.",
                   "Over the last twelve months the home used 640 kWh per month in the model."], "Energy Programs")
    assert not values_of(found, "energy_usage")


def _fax(*pages: list[str]) -> set[tuple[str, str]]:
    from detectors.engine import scan_document
    from detectors.model import Document, Location, Segment
    from tests.detector_helpers import _all_detectors
    segments = [Segment(text, Location(page=page, line=line, ocr=True))
                for page, lines in enumerate(pages, 1) for line, text in enumerate(lines, 1)]
    document = Document(url=f"{_SITE}/council/fax.tif", content_type="image/tiff", segments=segments)
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


def test_fax_cover_from_beside_to_is_the_customers():
    found = _fax(["FAX p.1/2", "TO: City Clerk\tFROM: Mei-Ling Tsai", "Re: CCP bill, acct 7130 184 796",
                  "Property at 2810 S Vineyard Ave", "Callback (562)563-2161",
                  "I want a refund of the generation charges."],
                 ["FAX p.2/2", "TO: City Clerk\tFROM: Layla Nasser", "Re: CCP bill, acct 793 974 3454",
                  "Property at 1602 E Olivera St", "Callback 1-714-869-9857",
                  "I want a refund of the generation charges."])
    assert values_of(found, "customer_name") == {"Mei-Ling Tsai", "Layla Nasser"}
    assert values_of(found, "address") == {"2810 S Vineyard Ave", "1602 E Olivera St"}


@pytest.mark.parametrize("lines", [
    ["MEMORANDUM", "TO: Utility Billing\tFROM: Ana Ruiz, Billing Supervisor", "Re: CCP bill, acct 7130 184 796",
     "The customer wants a refund. I request a credit be applied."],
    ["FAX", "TO: City Clerk\tFROM: Pomona Choice Energy Customer Care", "Re: CCP bill, acct 7130 184 796",
     "The customer says she wants a refund."],
    ["TO: City Council\tFROM: Hyejin Ro, Deputy City Attorney", "Re: Claim of account 7130 184 796",
     "The claimant wants a refund of $2,480."],
])
def test_staff_fax_and_memo_headers_name_no_customer(lines):
    assert not values_of(_fax(lines), "customer_name")


@pytest.mark.parametrize("paragraphs, phones", [
    (["Customer spotlight (internal): Analyn Santos",
      "1956 S Vineyard Ave - cut use from 2103 kWh to 676 kWh; phone (909) 410-5669"], {"(909) 410-5669"}),
    (["Ana Ruiz of 1956 S Vineyard Ave cut her use from 2103 kWh to 676 kWh with a heat pump. Want to save too? Phone "
      "(909) 620-2311 to book a visit."], set()),
    (["Ana Ruiz of 1956 S Vineyard Ave cut her use from 2103 kWh to 676 kWh with a heat pump; call (909) 620-2311 to "
      "book your own audit."], set()),
])
def test_phone_label_after_a_semicolon_is_a_field(paragraphs, phones):
    found = _page("energy/spotlight.html", *paragraphs)
    assert values_of(found, "phone") == phones
    assert "676 kWh" in values_of(found, "energy_usage")


@pytest.mark.parametrize("paragraph, names, usage", [
    ("Our test customer Raghavan used 1,583 KWH \u2014 enable JavaScript for the calculator.", {"Raghavan"},
     {"1,583 KWH"}),
    ("Account holder Nguyen used 1,583 kWh in July.", {"Nguyen"}, {"1,583 kWh"}),
    ("Customer Service used 1,583 kWh in July.", set(), set()),
    ("Customer Care handled 1,583 calls; the average customer used 550 kWh.", set(), set()),
    ("Customer Choice customers used 1,583 kWh on average.", set(), set()),
    ("Every customer Edison serves used 1,583 kWh less in 2023.", set(), set()),
    ("Customer Pomona households used 583 kWh on average.", set(), set()),
    ("Customer Survey results: the typical customer used 583 kWh.", set(), set()),
    ("OPC Customer Care confirmed Medical Baseline status for account OLN-2023-00432 (Araceli Arreola).",
     {"Araceli Arreola"}, set()),
])
def test_customer_called_by_surname_alone(paragraph, names, usage):
    found = _page("opc/programs.html", paragraph)
    assert values_of(found, "customer_name") == names
    assert values_of(found, "energy_usage") == usage


def _memo_with_footer(paragraphs: list[str], footer: str) -> set[tuple[str, str]]:
    import io

    from docx import Document
    doc = Document()
    doc.sections[0].footer.paragraphs[0].text = footer
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return pairs_found(f"{_SITE}/docs/fire/memo.docx", out.getvalue())


_WELFARE_CHECKS = ["MEMORANDUM", "FROM: Battalion Chief Luis Armenta",
                   "Engine 42 checked on Kim Loan Truong (1995 N Olinda Ave); oxygen backup OK.",
                   "OPC Customer Care confirmed Medical Baseline status for account OLN-2023-00432 (Araceli Arreola)."]


@pytest.mark.parametrize("paragraphs, footer, phones", [
    (_WELFARE_CHECKS, "Fire Department | Follow-up pending: 626-747-5699", {"626-747-5699"}),
    (_WELFARE_CHECKS, "Fire Department | Follow-up: Fire Prevention Office 626-747-5699", set()),
    (_WELFARE_CHECKS, "Fire Department | Follow-up questions: Customer Care (833) 765-4632", set()),
    (["Program update: enrollment is up."], "Fire Department | Follow-up pending: 626-747-5699", set()),
])
def test_follow_up_number_in_a_case_files_footer(paragraphs, footer, phones):
    assert values_of(_memo_with_footer(paragraphs, footer), "phone") == phones
