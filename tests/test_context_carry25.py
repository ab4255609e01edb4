"""Red teams prose25, memo25, ids25: a utility case's party whose own home the next sentence of the paragraph gives,
in a text the utility matter shows only by its autopay, payment plan or collections; and the public pages where the
same words tie no one."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def test_a_partys_home_in_the_next_sentence_of_an_autopay_complaint():
    text = ("The appellant, Marisol Quintero, wrote to the Board after her auto-pay was charged twice. "
            "Her home at 2207 Juniper Lane, Ontario is on the medical baseline.\n")
    result = found("decision.txt", text)
    assert result["customer_name"] == ["Marisol Quintero"]
    assert result["address"][0].startswith("2207 Juniper Lane")


def test_a_partys_home_in_an_account_sent_to_collections():
    text = ("The claimant, Tobias Lindqvist, says the final bill was sent to collections in error. "
            "Their residence at 615 Orchard Row was vacant that month.\n")
    result = found("claims.txt", text)
    assert result["customer_name"] == ["Tobias Lindqvist"]
    assert result["address"][0].startswith("615 Orchard Row")


def test_a_zoning_appellants_home_is_no_utility_record():
    text = ("The appellant, Gordon Whitfield, appealed the variance for the lot behind the library. "
            "His home at 1450 North Garey Avenue adjoins the site.\n")
    assert "customer_name" not in found("agenda.txt", text)


def test_a_council_members_office_beside_an_autopay_notice_is_no_record():
    text = ("Residents can sign up for autopay on the portal. Councilmember Elena Ortiz will hold office hours "
            "at her office at 505 South Garey Avenue on Monday.\n")
    assert found("news.txt", text) == {}


def test_a_landlords_home_on_a_payment_plan_page_for_all_tenants():
    text = ("Tenants may ask for a payment plan. The landlord association meets at its home at 300 West Second "
            "Street each month.\n")
    assert "customer_name" not in found("news.txt", text)


def test_the_contact_a_letters_customer_asked_for_is_theirs():
    text = ("RE: Billing dispute, account HLP-5519034218\n\nDear Mr. Okafor,\n\n"
            "You said you prefer to be reached by phone at 626-555-0177. We will reply within ten days.\n\n"
            "Sincerely,\nBilling Office\n")
    result = found("letter.txt", text)
    assert result["phone"] == ["626-555-0177"]


def test_a_newsletters_offer_of_texts_gives_the_offices_number_to_no_one():
    text = ("Dear Customers,\n\nIf you prefer to be texted at the number on your account, call us at (909) 620-2241 "
            "and we will set it up.\n\nSincerely,\nCustomer Service\n")
    assert "phone" not in found("newsletter.txt", text)


def test_an_e_mail_whose_writer_gives_their_own_number_about_their_bill():
    text = ("From: Ngozi Adeyemi\nSubject: high bill\n\nMy electric bill doubled in March and I want the meter "
            "tested. Text me at (626) 555-0148.\n")
    result = found("packet.txt", text)
    assert result["customer_name"] == ["Ngozi Adeyemi"]


def test_a_staff_e_mail_with_a_call_me_line_names_no_customer():
    text = ("From: Kevin Marsh\nSubject: field day\n\nI left my meter reading tablet at the corporation yard. "
            "Call me at (626) 555-0199 if you find it.\n")
    assert "customer_name" not in found("packet.txt", text)


def test_a_council_members_e_mail_on_the_shutoff_policy_names_no_customer():
    text = ("From: Councilmember Dana Whitcomb\nSubject: shutoff moratorium\n\nOur service shutoff moratorium "
            "runs through August. Call me at (909) 620-2299 with questions.\n")
    assert "customer_name" not in found("packet.txt", text)


def test_a_party_named_after_a_description_of_them():
    text = ("Case 14. The claimant, a night-shift nurse named Priya Raman, said her final bill was sent to collections. "
            "Her apartment at 77 Laurel Court, Chino was vacant that month.\n")
    result = found("summary.txt", text)
    assert result["customer_name"] == ["Priya Raman"]


def test_an_applicant_named_after_a_description_on_a_zoning_page_is_no_customer():
    text = ("The applicant, a local developer named Brian Cole, asked for a variance. His home at 12 Vine Street "
            "is next to the site.\n")
    assert "customer_name" not in found("agenda.txt", text)
