"""Red team city14's causes, end to end through the extractor and every registry detector: a New England town's own
works and buildings in a facilities table ("DPW Garage", "Transfer Station"), a staff member's work cell named with
their title ("the on-call sewer foreman ... on his cell"), an official the roll call names with a title and the
minutes then call "Mr. Kowalczyk", a resident's own usage in the sentence before the name, home and account they sign
with ("Mine went to 1,960 kWh." / "Orla Brennan, 14 Weir St" / "account ..."), and a given name no list knows, or
that another language has as a word, in a name's slot beside an identifier ("Fue Moua, sole proprietor - account").

Hard negatives are a city site's text: facility tables, staff directories, roll calls, class averages.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number", "taxpayer_id")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- a town's works and buildings in the City's facilities table (F3) ------------------------------------------------

def _facility_table(place: str) -> str:
    return ("<h1>Town Buildings Electricity FY2026</h1><p>Electric accounts held by the Town of Wexford Mills.</p>"
            "<table><tr><th>Facility</th><th>Address</th><th>Electric Account</th><th>kWh FY2026</th></tr>"
            "<tr><td>Town Hall</td><td>15 Common St</td><td>5102-330187-02</td><td>204,110</td></tr>"
            f"<tr><td>{place}</td><td>80 Ledge Rd</td><td>5102-448813-07</td><td>61,930</td></tr></table>")


def test_a_towns_works_and_buildings_are_its_own_facilities():
    for place in ("DPW Garage", "Department of Public Works Garage", "Highway Barn", "Transfer Station",
                  "Salt Shed", "Public Works Yard", "Town Garage", "Recycling Center", "Pine Grove Cemetery"):
        result = found("town-energy.html", _facility_table(place))
        assert "account_number" not in result and "customer_name" not in result, place


def test_a_customer_row_in_a_facilities_table_is_still_a_customers():
    result = found("arrears.html", "<table><tr><th>Customer</th><th>Service Address</th><th>Electric Account</th></tr>"
                                   "<tr><td>Orla Brennan</td><td>80 Ledge Rd</td><td>5102-448813-07</td></tr></table>")
    assert result["account_number"] == ["5102-448813-07"]
    assert result["customer_name"] == ["Orla Brennan"]


# -- a staff member's work cell, named with a title (F2) --------------------------------------------------------------

def test_an_on_call_staff_members_cell_is_public():
    for text in ("Nights and weekends, the on-call sewer crew supervisor Declan Moriarty can be reached on his cell at "
                 "(413) 882-6140.",
                 "For outages call the on-call line technician Ines Carvalho on her cell (413) 882-6141.",
                 "Water main breaks: supervisor Aoife Keane, cell (413) 882-6142."):
        assert "phone" not in found("staff-directory.html", f"<h1>Staff Directory</h1><p>{text}</p>"), text


def test_a_residents_own_cell_beside_a_staff_title_is_still_theirs():
    for text in ("I spoke with supervisor Declan Moriarty; please call me on my cell at (413) 882-6140.",
                 "Resident Declan Moriarty can be reached on his cell at (413) 882-6140."):
        assert found("comments.html", f"<p>{text}</p>")["phone"] == ["(413) 882-6140"], text


# -- an official the document names with a title, named again after an honorific (F1) -------------------------------

MINUTES = ("<p>Present: Chair Donnelly, Commissioners Abreu and Fitch. Utility Director Kowalczyk. Recording "
           "Secretary Ines Duarte.</p><p>{body}</p>")


def test_an_official_named_again_after_an_honorific_is_no_customer():
    body = ("Mr. Kowalczyk reported on the complaint from Halima Warsame, 27 Foundry St, who receives service under "
            "Acct # 6610-204417-05. Her usage was 1,340 kWh in February. Ms. Duarte read the letter into the record.")
    result = found("minutes.html", MINUTES.format(body=body))
    assert result["customer_name"] == ["Halima Warsame"]
    assert result["account_number"] == ["6610-204417-05"]


def test_a_customer_who_shares_an_officials_surname_is_still_a_customer():
    body = "Mr. Kowalczyk reported on the complaint from Dorota Kowalczyk, 27 Foundry St, Acct # 6610-204417-05."
    assert found("minutes.html", MINUTES.format(body=body))["customer_name"] == ["Dorota Kowalczyk"]


def test_an_honorific_and_surname_no_title_names_is_still_a_customer():
    body = "Mr. Warsame, 27 Foundry St, Acct # 6610-204417-05, asked for a payment plan."
    assert found("minutes.html", MINUTES.format(body=body))["customer_name"] == ["Mr. Warsame"]


# -- a resident's own usage in the sentence before their signature (cause 3) -----------------------------------------

SIGNATURE = "Orla Brennan, 14 Weir St<br>acct 5102-448813-07 - call me at (413) 882-6143"


def test_own_usage_before_the_signature_is_the_residents():
    for usage in ("Same here. Mine went to 1,960 kWh in February.", "Our usage was 1,485 kilowatt-hours last month.",
                  "We used 1,960 kWh over the holidays!", "Honestly my bill showed 1,960 kWh."):
        result = found("board.html", f"<div class='post'><p>{usage}<br>{SIGNATURE}</p></div>")
        assert len(result.get("energy_usage", [])) == 1, usage
        assert result["customer_name"] == ["Orla Brennan"], usage


def test_own_usage_in_the_posts_paragraph_above_is_the_residents():
    result = found("board.html", f"<div class='post'><p>We used 1,960 kWh in February.</p><p>{SIGNATURE}</p></div>")
    assert result["energy_usage"] == ["1,960 kWh"]


def test_averages_and_other_posts_usage_are_not_the_residents():
    for block in (f"<div class='post'><p>Average homes went to 900 kWh in February.<br>{SIGNATURE}</p></div>",
                  f"<div class='post'><p>My neighbour says the class average is 650 kWh.<br>{SIGNATURE}</p></div>",
                  f"<div class='reply'><p>Staff: the typical bill is 650 kWh.</p></div><div class='post'><p>{SIGNATURE}"
                  "</p></div>",
                  f"<div class='post'><p>Mine went to 1,960 kWh.</p></div><div class='post'><p>{SIGNATURE}</p></div>"):
        result = found("board.html", block)
        assert "energy_usage" not in result, block
        assert result["customer_name"] == ["Orla Brennan"], block


# -- an unknown given name in a name's slot beside an identifier (cause 4) --------------------------------------------

def test_an_unknown_or_foreign_word_given_name_in_a_names_slot_is_a_person():
    cases = {"<p>Augusto Bianchi of 410 Ropewalk Ln appeared regarding account 7731-502846-01.</p>": "Augusto Bianchi",
             "<ul><li>Fue Moua, sole proprietor \u2013 commercial electric account 7731-502846-02</li></ul>": "Fue Moua",
             "<p>Fue Hang, 22 Ropewalk Ln, account 7731-502846-03, asked for a payment plan.</p>": "Fue Hang",
             "<p>The Board heard Augusto Bianchi of 410 Ropewalk Ln regarding account 7731-502846-04.</p>":
                 "Augusto Bianchi"}
    for html, name in cases.items():
        assert found("minutes.html", html)["customer_name"] == [name], html


def test_titles_streets_places_and_english_words_in_a_names_slot_are_no_person():
    for text in ("Mayor Bianchi of 410 Ropewalk Ln spoke on account 7731-502846-01.",
                 "Fue Mayor of 410 Ropewalk Ln spoke on account 7731-502846-01.",
                 "Augusto Street, account 7731-502846-01, needs a new pole.",
                 "Oak Hill, 410 Ropewalk Ln, account 7731-502846-01.",
                 "Central Brown of 410 Ropewalk Ln, account 7731-502846-01.",
                 # a town named by its falls, springs or heights
                 "Tamsworth Falls, 12 Ropewalk Ln, account 7731-502846-01, was billed twice.",
                 "Cedar Springs of 410 Ropewalk Ln, account 7731-502846-01.",
                 "Augusto Bianchi of 410 Ropewalk Ln appeared regarding the budget."):
        assert "customer_name" not in found("minutes.html", f"<p>{text}</p>"), text
