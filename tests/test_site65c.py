"""Round 65 (site65c): customer contacts in correspondence and notes; the general causes of its misses and false
findings.

Each true case is worded apart from the red team's generator; each hard negative is what a city's public pages say.
"""
from __future__ import annotations

from detector_helpers import pairs_found, values_of

PAGE = "https://www.example-city.gov/customer-care/worksheet.html"
NOTE = "https://www.example-city.gov/documents/case-followup.txt"


def _page(body: str) -> set[tuple[str, str]]:
    return pairs_found(PAGE, f"<html><body><h1>Shutoff holds</h1>{body}</body></html>")


_CUSTOMER_CARD = ("<div class='card'><p>Account holder: Benedikt Oyelaran</p><p>Cell: (626) 418-3390</p>"
                  "<p>Account no.: 4-417-2286-05</p></div>")


def test_a_staff_card_beside_a_customer_card_stays_the_offices():
    """A worksheet's cards: the customer's, and beside it a staff member's card ("Contact:" over a title, a desk phone
    and a mailbox at the City's domain). The mailbox makes the card the office's: its name, phone and mailbox are no
    field of the customer's case, though the case's lines run on past it."""
    staff = ("<div class='card'><p>Contact: Marguerite Oyama</p><p>Senior Customer Service Representative</p>"
             "<p>Phone: (909) 638-2290</p><p>Email: moyama@example-city.gov</p></div>")
    for body in (_CUSTOMER_CARD + staff, staff + _CUSTOMER_CARD):
        found = _page(body)
        assert values_of(found, "phone") == {"(626) 418-3390"}
        assert not values_of(found, "email")
        assert "Marguerite Oyama" not in values_of(found, "customer_name")
        assert "Benedikt Oyelaran" in values_of(found, "customer_name")


def test_a_customer_card_with_a_personal_mailbox_is_still_the_customers():
    found = _page("<div class='card'><p>Contact: Ifeoma Larkspur-Hale</p><p>Phone: (951) 372-4408</p>"
                  "<p>Email: ilarkspurhale@outlook.com</p><p>Acct: 4-417-2286-05</p></div>")
    assert values_of(found, "phone") == {"(951) 372-4408"}
    assert values_of(found, "email") == {"ilarkspurhale@outlook.com"}


def test_an_office_given_as_the_contact_stays_public():
    """'Contact:' naming an office, not a person, beside a customer's card: the office's line, as every department
    page publishes it."""
    for line in ("<p>Contact: Building and Safety Division at (909) 643-5518, weekdays 8 to 5.</p>",
                 "<p>Contact: the Utility Billing counter, (909) 643-5518 (press 3).</p>",
                 "<p>Contact: Pomona Choice Energy Customer Care</p><p>Phone: (909) 643-5518</p>"):
        found = _page(_CUSTOMER_CARD + line)
        assert "(909) 643-5518" not in values_of(found, "phone")
        assert "(626) 418-3390" in values_of(found, "phone")


def test_a_programs_total_over_many_accounts_is_no_households_usage():
    """'... N accounts, using X kWh': the accounts' use together, after a customer's card on the same page."""
    found = _page(_CUSTOMER_CARD + "<p>By June the rebate had reached 14,812 residential accounts, using "
                                   "38,406,115 kWh over the year.</p>")
    assert not values_of(found, "energy_usage")
    # one household's use after a customer's card is still theirs
    found = _page(_CUSTOMER_CARD + "<p>Usage: 1,284 kWh in July.</p>")
    assert values_of(found, "energy_usage") == {"1,284 kWh"}


def test_the_staff_member_an_attention_line_names_is_no_customer():
    """A letter to the energy provider: its attention line names whom in the office it goes to, by their unit ('Attn:
    NAME, Customer Escalations'); the customer is the occupant the letter then names."""
    letter = ("October 3, 2026\n\nSouthern California Edison\nAttn: Leopoldine Akhtar, Customer Escalations\n"
              "P.O. Box 800\nRosemead, CA 91770\n\nRE: 2210 Kenwood Ave, Pomona, CA 91767 - Account 3-208-7741-09\n\n"
              "Dear Ms. Akhtar:\n\nPlease review the July charges for the premises above. The tenant, Rashida Volkova, "
              "was billed for 1,906 kWh while the unit stood vacant.\n\nSincerely,\nTomas Reyes\nUtility Billing "
              "Supervisor\nCity of Pomona\n")
    found = pairs_found(NOTE, letter)
    names = values_of(found, "customer_name")
    assert "Rashida Volkova" in names
    assert not {"Leopoldine Akhtar", "Ms. Akhtar", "Escalations"} & names  # nor the unit's word as a name
    assert "P.O. Box 800" not in values_of(found, "address")  # the provider's box, the inside address's
    assert "2210 Kenwood Ave, Pomona, CA 91767" in values_of(found, "address")


def test_a_311_line_beside_a_customers_record_stays_public():
    """The City's short-code line ('Call 311 at (909) ...') right under a customer's box: an office's number."""
    card = ("<aside><h3>Flagged</h3><p>Account holder: Benedikt Oyelaran</p><p>Service address: 2210 Kenwood Ave, "
            "Pomona, CA 91767</p><p>Cell: (626) 418-3390</p><p>Acct: 4-417-2286-05</p></aside>")
    for line in ("<p>Call 311 at (909) 643-2311 to report a missed pickup.</p>",
                 "<p>Residents can dial 311 at (909) 643-2311 for graffiti removal.</p>"):
        assert values_of(_page(card + line), "phone") == {"(626) 418-3390"}


def test_a_quoted_staff_signature_in_a_customers_thread_is_the_offices():
    """A customer's e-mail posted with the office's reply quoted under it; the reply's header names no mailbox, its
    one-line signature gives the staff member's title and desk phone: the office's, not the customer's."""
    thread = ("From: Dagny Oyelowo <dagny.oyelowo@gmail.com>\nSent: Tuesday, October 6, 2026 8:02 PM\n"
              "To: Utility Billing <billing@example-city.gov>\nSubject: My bill doubled\n\n"
              "My account number is 3-208-7741-09 and my bill doubled since June.\n\nDagny Oyelowo\n"
              "(562) 340-9187\n\nOn Oct 7, 2026, Lucius Abernathy wrote:\n"
              "> We have opened a billing review and will call you this week.\n"
              "> Lucius Abernathy | Billing Specialist | (909) 641-7726\n")
    phones = values_of(pairs_found(NOTE, thread), "phone")
    assert "(562) 340-9187" in phones
    assert "(909) 641-7726" not in phones


def test_a_customers_e_mail_giving_their_service_address_is_their_record():
    """A resident's e-mail to the billing desk that gives 'my service address is ...' or says the account is still
    in their name: their own case as the utility's customer, though it gives no account number."""
    mail = ("From: Temperance Oyelaran <t.oyelaran@icloud.com>\nSent: Monday, November 2, 2026 7:41 AM\n"
            "To: Customer Care <care@example-city.gov>\nSubject: Still billed after moving\n\n"
            "Hello, I closed my lease in September yet the account is still in my name and my electric bill keeps "
            "coming.\n"
            "For your records my service address is 4410 Pinecrest Ter, Pomona, CA 91766.\n\n"
            "Regards,\nTemperance Oyelaran\n(626) 771-0493\n")
    found = pairs_found(NOTE, mail)
    assert "4410 Pinecrest Ter, Pomona, CA 91766" in values_of(found, "address")
    assert "(626) 771-0493" in values_of(found, "phone")


def test_a_residents_e_mail_on_a_policy_item_stays_a_public_comment():
    """A resident's written comment on an agenda item, signed with their name and town, no service of their own."""
    mail = ("From: Temperance Oyelaran <t.oyelaran@icloud.com>\nSent: Monday, November 2, 2026 7:41 AM\n"
            "To: City Clerk <clerk@example-city.gov>\nSubject: Item 12 - rooftop solar\n\n"
            "Please support the rooftop solar incentive. Service addresses in the older neighborhoods need it most.\n\n"
            "Temperance Oyelaran\nClaremont\n")
    found = pairs_found(NOTE, mail)
    assert not values_of(found, "address") and not values_of(found, "phone")
    assert not values_of(found, "customer_name")


def test_a_case_under_a_billing_disputes_heading_is_a_customers():
    """A report's section of billing cases: the sentence names a resident with their home and phone but no utility
    word; the heading says whose case it is."""
    for heading in ("Billing disputes", "Service transfers", "Solar true-ups"):
        page = (f"<html><body><h1>Ombudsman report, third quarter</h1><h2>{heading}</h2>"
                "<p>Twenty-two cases were opened and eighteen closed.</p>"
                "<p>Living at 3318 Alder Glen Ct, Wilhelmina Tshabalala, 951-447-2086, wants the June charges "
                "reviewed.</p></body></html>")
        found = pairs_found(PAGE, page)
        assert "951-447-2086" in values_of(found, "phone"), heading
        assert "Wilhelmina Tshabalala" in values_of(found, "customer_name"), heading


def test_a_billing_disputes_help_section_stays_public():
    """A city's help page under the same heading: the office's line, its manager by title, a council office."""
    page = ("<html><body><h1>Your bill</h1><h2>Billing disputes</h2>"
            "<p>If you think your bill is wrong, call Customer Care at (909) 643-7720 or write to us.</p>"
            "<p>Disputes are reviewed by Rosalind Achterberg, Customer Care Manager, (909) 643-7724.</p>"
            "<p>Councilmember Desmond Okafor's office can also help: (909) 643-7731.</p></body></html>")
    found = pairs_found(PAGE, page)
    assert not values_of(found, "phone") and not values_of(found, "customer_name")


def test_a_pasted_e_mail_giving_only_its_writers_service_address_is_read():
    """A memo to file pasting a resident's e-mail that names no bill, no account and no usage, only 'my service
    address is ...': the message tells their case as the utility's customer."""
    memo = ("Memo to file\nThe message below came in over the weekend.\n\n"
            "From: Bartholomew Quispe <bquispe.home@yahoo.com>\nSent: Saturday, November 7, 2026 6:15 PM\n"
            "To: Front Desk <frontdesk@example-city.gov>\nSubject: Nobody calls back\n\n"
            "I have left three messages this week. My service address is 77 Quail Run Rd, Ontario, CA 91761.\n\n"
            "Bartholomew Quispe\n(951) 240-6618\n")
    found = pairs_found(NOTE, memo)
    assert "77 Quail Run Rd, Ontario, CA 91761" in values_of(found, "address")
    assert "Bartholomew Quispe" in values_of(found, "customer_name")


def test_the_providers_box_in_a_letters_inside_address_is_no_customers_home():
    """The same letter as a Word file, one line a paragraph: the box under the provider's name and its attention
    line ('Attn: ..., Customer Escalations': the office's unit, no customer) is the provider's."""
    from detector_helpers import docx_paragraphs
    body = docx_paragraphs("October 3, 2026", "Southern California Edison",
                           "Attn: Leopoldine Akhtar, Customer Escalations", "P.O. Box 800", "Rosemead, CA 91770",
                           "Subject: Billing review for 2210 Kenwood Ave (acct 3-208-7741-09)",
                           "To whom it may concern:",
                           "Please review the July charges. The tenant, Rashida Volkova, was billed for 1,906 kWh "
                           "while the unit stood vacant.")
    found = pairs_found("https://www.example-city.gov/documents/letter-to-sce.docx", body)
    assert "P.O. Box 800" not in values_of(found, "address")
    assert "Rashida Volkova" in values_of(found, "customer_name")
