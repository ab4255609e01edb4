"""Red-team round 25, person names: Vietnamese names whose words are particles elsewhere ("Le", "Van"), a board's
roll call beside an appellant's record, a headline's verb and adjective, a holiday in a quoted testimonial."""
from __future__ import annotations

from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "email", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


# --- Vietnamese names ------------------------------------------------------------------------------------------

def test_a_vietnamese_name_with_le_or_van_is_a_whole_name():
    cases = {
        "<p>Customer Minh Le Van, account 4410287731, asked for a payment plan.</p>": "Minh Le Van",
        "<p>Customer Le Van Hieu, account 4410287731, asked for a payment plan.</p>": "Le Van Hieu",
        "<p>Customer Le Thi Ngoc Anh, account 4410287731, asked for a payment plan.</p>": "Le Thi Ngoc Anh",
    }
    for page, name in cases.items():
        assert found("page.html", page).get("customer_name") == [name], page


def test_a_public_speaker_named_surname_first_with_le_keeps_the_surname():
    page = ("<p>During public comment, Le Thi Kim Oanh of 3187 Cedar Hollow Rd said the new meter had tripled "
            "her electric bill.</p>")
    result = found("minutes.html", page)
    assert result.get("customer_name") == ["Le Thi Kim Oanh"]
    assert result.get("address") == ["3187 Cedar Hollow Rd"]


def test_particles_of_other_names_and_firms_stay_as_they_were():
    for page in ("<p>Le Van Bakery on Holt Avenue joined the Shop Local program.</p>",
                 "<p>The Martin Van Buren Elementary School garden opens on Saturday.</p>",
                 "<p>Read the Le Monde interview with the Mayor.</p>"):
        assert "customer_name" not in found("page.html", page), page


# --- officials and headlines -----------------------------------------------------------------------------------

def test_a_board_roll_call_beside_an_appellant_names_no_customer():
    page = ("<p><strong>Appellant:</strong> Rosalind Ekwueme<br><strong>Account:</strong> 71-30418-002<br>"
            "<strong>Commissioners present:</strong> Harold Quist (Chair), Wen-Li Sato, Bernard Okafor, Tamsin Royce</p>")
    assert found("decision.html", page).get("customer_name") == ["Rosalind Ekwueme"]


def test_a_roll_call_opening_its_line_names_no_customer():
    page = ("<p>Account 71-30418-002 of the appellant, Rosalind Ekwueme, was reviewed.<br>"
            "Present: Harold Quist, Wen-Li Sato and Tamsin Royce</p>")
    assert found("decision.html", page).get("customer_name") == ["Rosalind Ekwueme"]


def test_a_headlines_verb_and_adjective_after_households_are_no_name():
    page = ("<h1>Cool Centers Help 860 Households Keep Cool</h1><p>Partner agencies include Inland Valley Action "
            "Council (909-555-0142). Apply for bill help at the Customer Service counter.</p>")
    assert "customer_name" not in found("news.html", page)


def test_a_holiday_in_a_quoted_testimonial_is_no_name():
    page = ("<p>\"The linemen had our lights back before Thanksgiving Day!\" - Oksana Melnyk, 1402 W. Arrow Hwy "
            "(account PCE-0073314)</p><p>\"Power came back on Christmas Eve, thank you.\" - Idris Balogun, "
            "77 Elm Ct (account PCE-0073922)</p>")
    assert sorted(found("newsletter.html", page).get("customer_name", [])) == ["Idris Balogun", "Oksana Melnyk"]


# --- a roster of customers with their mailboxes ------------------------------------------------------------------

def test_names_before_their_mailboxes_under_a_heading_of_enrolled_customers_are_customers():
    page = ("<h2>Customers enrolled in the Level Pay pilot at the library session</h2>"
            "<p>Tomasz Wrobel twrobel88@yahoo.com; Nkechi Obi-Ladd nkechi.obiladd@gmail.com</p>")
    result = found("slides.html", page)
    assert sorted(result.get("customer_name", [])) == ["Nkechi Obi-Ladd", "Tomasz Wrobel"]


def test_names_one_per_line_with_their_mailbox_under_an_enrolled_heading_are_customers():
    page = ("<h3>Ratepayers registered for the heat pump rebate</h3><p>Tomasz Wrobel, twrobel88@yahoo.com</p>"
            "<p>Nkechi Obi-Ladd, nkechi.obiladd@gmail.com</p>")
    assert sorted(found("list.html", page).get("customer_name", [])) == ["Nkechi Obi-Ladd", "Tomasz Wrobel"]


def test_volunteers_and_a_program_contact_with_mailboxes_are_no_customers():
    for page in ("<h2>Volunteers for the creek cleanup</h2><p>Tomasz Wrobel twrobel88@yahoo.com; "
                 "Nkechi Obi-Ladd nkechi.obiladd@gmail.com</p>",
                 "<h2>Customers enrolled in Level Pay</h2><p>Customers enrolled in Level Pay pay the same amount each "
                 "month. Questions? Email Tomasz Wrobel, twrobel88@yahoo.com</p>"):
        assert "customer_name" not in found("page.html", page), page
