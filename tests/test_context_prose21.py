"""Red team prose21's causes: a staff report's fiscal-impact line read the page as a budget and took the customer's
account for a ledger line (and the name lost its identifier with it)."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage", "email")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


FISCAL = "<p>Fiscal impact: $2,870.40 from Fund 620.</p>"


def test_a_customers_account_in_a_staff_report_with_a_fiscal_impact_line():
    titled = ("<p>Staff recommends a one-time credit for Oksana Petrenko-Hale. Ms. Petrenko-Hale has been a customer since "
              "2011 under acct 6638104927.</p>" + FISCAL)
    result = found("item.html", titled)
    assert result["account_number"] == ["6638104927"]
    assert "Oksana Petrenko-Hale" in result["customer_name"]
    pronoun = ("<p>Staff recommends a payment plan for Bui Thanh Long. He has been a customer since 2016 under acct "
               "5520937718.</p>" + FISCAL)
    assert found("item.html", pronoun)["account_number"] == ["5520937718"]


def test_a_budget_pages_ledger_lines_stay_ledger_lines():
    text = ("<p>Fiscal impact: $2,870.40 from Fund 620.</p><p>Funding is available in account 620-4410-5210. "
            "The customer service division budget is charged to acct 6204410521.</p>")
    assert "account_number" not in found("item.html", text)


ADOPTED = "Staff recommends approval of the amendment as presented; funding is available in the adopted budget.\n\n"


def test_an_adopted_budget_sentence_leaves_a_customers_escalation_alone():
    for account in ("W-551208-34", "551208-34"):
        text = ADOPTED + f"Escalated: Farrukh Oripov, 2716 Tidewater Ln, Water Acct # {account}, used 802 kWh in May.\n"
        result = found("report.txt", text)
        assert result["account_number"] == [account], account
        assert result["energy_usage"] == ["802 kWh"]


def test_a_ledger_string_after_a_facilitys_address_stays_a_ledger_line():
    text = ADOPTED + "Roof repairs at the Senior Center, 1475 N Hacienda Blvd, account 101-4310-5210, $48,200.\n"
    assert "account_number" not in found("report.txt", text)


def test_punjabi_and_lao_notices_labels_and_values_glued_to_them():
    punjabi = "ਪਿਆਰੇ Gurpreet Dhillon ਜੀ, ਤੁਹਾਡਾ ਖਾਤਾ 6104482297 ਬਕਾਇਆ ਹੈ। ਫ਼ੋਨ (559) 301-7745\n"
    result = found("notice.txt", punjabi)
    assert result["account_number"] == ["6104482297"] and result["phone"] == ["(559) 301-7745"]
    glued = "ਪਿਆਰੇ Gurpreet Dhillon ਜੀ, ਤੁਹਾਡਾ ਖਾਤਾ6104482297ਬਕਾਇਆ ਹੈ। ਫ਼ੋਨ(559) 301-7745ਈਮੇਲgdhillon8@gmail.com\n"
    result = found("notice.txt", glued)
    assert result["account_number"] == ["6104482297"] and result["email"] == ["gdhillon8@gmail.com"]
    lao = "ຮຽນ Khamla Phommachanh, ບັນຊີ 6104482297 ຂອງທ່ານຍັງຄ້າງຊຳລະ. ໂທ (559) 301-7745\n"
    result = found("notice.txt", lao)
    assert result["account_number"] == ["6104482297"] and result["customer_name"] == ["Khamla Phommachanh"]


def test_a_punjabi_or_lao_page_of_public_figures_gives_nothing():
    text = ("ਔਸਤ ਖਪਤ 640 kWh ਹੈ। ਦਫ਼ਤਰ ਫ਼ੋਨ (559) 621-8000. ກອງປະຊຸມ ວັນທີ 12 ທັນວາ, ທີ່ຢູ່ 411 W First St.\n")
    assert "account_number" not in found("notice.txt", text) and "customer_name" not in found("notice.txt", text)


def test_an_account_after_a_c_and_a_mailbox_with_a_spaced_at():
    text = "Recommendation: waive late fees on a/c 62-448120-05 for customer Ramandeep Gill, phone (559) 210-4471.\n"
    assert found("memo.txt", text)["account_number"] == ["62-448120-05"]
    text = "Customer Ramandeep Gill, account 6104482297, asked that the refund go to rgill71 @ att.net.\n"
    assert found("memo.txt", text)["email"] == ["rgill71 @ att.net"]
    for public in ("The new a/c 24000 BTU unit at the library was installed.\n",
                   "Follow us @ riverbendca.gov for outage news.\n", "Meet @ 5 pm at Lions Park.\n"):
        assert found("news.txt", public) == {}, public


def test_a_customers_number_abroad():
    for number in ("+967 1 263 252", "+63 917 945 5014", "+52 55 1234 5678"):
        text = f"Customer Saleh Mansour, account 6104482297, can be reached at {number}.\n"
        assert found("memo.txt", text)["phone"] == [number], number
    assert "phone" not in found("news.txt", "Sister city office in Leeds: Tel +44 113 496 0000. Budget +2 5 10.\n")


def test_a_letters_addressee_on_staff_and_a_reporters_outlet_are_no_customers():
    letter = ("Dear Lionel Okafor, My name is Harjit Bains and I am writing about my electric bill. "
              "My account number is 6104482297.\n")
    assert found("letter.txt", letter)["customer_name"] == ["Harjit Bains"]
    story = ('"We called (559) 210-4471 and nobody answered," Ms. Bains told Yesenia Prado of the Valley Oak Ledger. '
             "Utility records show the household uses about 910 kWh a month.\n")
    assert found("story.txt", story)["customer_name"] == ["Ms. Bains"]


def test_a_password_set_to_a_value_across_a_line_break():
    text = ("Ticket 4471: Noor Haddad could not sign in; the agent reset the\n"
            "password to Zinfandel#2291 and mailed it.\n")
    assert values_found("ticket.txt", text, ("credential",))["credential"] == ["Zinfandel#2291"]
    heading = "Self-service reset\nPassword reset to 2FA-enabled accounts is available.\n"
    assert "credential" not in values_found("help.txt", heading, ("credential",))


def test_a_speaker_with_a_rare_name_and_a_home_who_speaks_of_her_own_bill():
    text = "<p>Analyn Bautista, who lives at 928 Maple St, addressed the Board regarding her bill.</p>"
    result = found("minutes.html", text)
    assert result["customer_name"] == ["Analyn Bautista"] and result["address"] == ["928 Maple St"]
    filipino = "<p>Kekoa Dela Cruz, who lives at 1741 Farrington Hwy, addressed the Board regarding his bill.</p>"
    assert found("minutes.html", filipino)["customer_name"] == ["Kekoa Dela Cruz"]
    officer = "<p>The Board Chair, who lives at 928 Maple St, spoke about her bill.</p>"
    assert found("minutes.html", officer) == {}


def test_a_speaker_on_a_rural_route_who_speaks_of_her_bill():
    text = "Speaker Rosa Villalobos of Rt. 5 Box 238 spoke about her bill; account 6104482297.\n"
    result = found("minutes.txt", text)
    assert result["customer_name"] == ["Rosa Villalobos"] and result["address"] == ["Rt. 5 Box 238"]
    claimant = "Claimant Kulwant Kaur, Rt. 3 Box 382, states a surge destroyed her well pump. Acct 6104482297.\n"
    assert found("claims.txt", claimant)["customer_name"] == ["Kulwant Kaur"]
    guest = "Guest speaker: Rosa Villalobos of the Energy Commission, 1516 Ninth St, on rooftop solar.\n"
    assert "customer_name" not in found("events.txt", guest)


def test_a_newsletter_story_gives_the_home_after_a_quotation():
    text = ("When Marisol Quintero replaced her 1981 swamp cooler with a heat pump, her summer use fell to 598 kWh. "
            '"I tell everyone at church," says Marisol, who lives at 4410 S. Walnut St, Apt. 12B.\n')
    assert found("newsletter.txt", text)["address"] == ["4410 S. Walnut St, Apt. 12B"]
    shop = ("When Marisol Quintero replaced her 1981 swamp cooler with a heat pump, her summer use fell to 598 kWh. "
            "She bought it at Valley Comfort Heating, 2200 W Shaw Ave.\n")
    assert "address" not in found("newsletter.txt", shop)


def test_a_write_off_lists_entry_opens_with_the_account_before_the_name():
    text = ("6104482297 — Teodoro Esquivel. Final bill $1,487.74. Customer moved in 2024 without a forwarding address. "
            "Last known number (559) 210-4471.\n")
    result = found("writeoffs.txt", text)
    assert result["account_number"] == ["6104482297"] and result["customer_name"] == ["Teodoro Esquivel"]
    for public in ("2024113 — Parks Master Plan update\n", "9096202311 — City Hall main line\n",
                   "5590012345 - Jane Okafor, Finance Director\n"):
        assert "account_number" not in found("list.txt", public), public
