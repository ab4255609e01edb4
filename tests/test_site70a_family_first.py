"""site70a red team: names written family name first ("Noh Mi Hee", "Seo Minh Sun") are reported whole, not as
the two words a given name and a surname list reads ("Mi Hee"); a headerless row of such a name keeps its home,
phone and usage; an East Asian given name before a family name English also writes as a word ("Won Yuan", "Jun
Nam") is a person where the record says so. Firms, places, officials and a staff directory with such names stay
public."""
from __future__ import annotations

from detectors.context.family_first import family_first_name, given_syllable
from detectors.context.persons import names_in
from tests.detector_helpers import docx_memo, pairs_found

PAGE = "https://www.cityofexample.org/utility/appeals-board.html"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def _names(pairs) -> set[str]:
    return {value for kind, value in pairs if kind == "customer_name"}


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def test_family_name_first_is_read_whole_in_prose():
    body = ("<p>Noh Mi Hee, 88 Wexford Ln, Account No. PCE-44127730, disputed a bill for the period ending June "
            "30.</p><p>The hearing officer granted the appeal of Ryu Jae Mi, account 37-83552-19, and waived the "
            "late fee.</p><p>Seo Minh Sun called on March 3 about account 38-62801-44; the callback number is "
            "(951) 397-5822.</p>")
    names = _names(pairs_found(PAGE, _page("Utility Appeals Board Minutes", body), "text/html"))
    assert {"Noh Mi Hee", "Ryu Jae Mi", "Seo Minh Sun"} <= names
    assert not names & {"Mi Hee", "Ryu Jae", "Minh Sun"}


def test_possessive_and_korean_syllables_spelt_in_english():
    body = ("<p>Ryu Jun Hee's account 9-649-468-5512 was closed in error on April 2; service at 7965 Tumbleweed St "
            "was restored the next day.</p><!-- TODO remove: Jeon Woo Bin, 7129 Windrow Rd, acct 9-313-890-4731 -->")
    names = _names(pairs_found(PAGE, _page("Utility Appeals Board Minutes", body), "text/html"))
    assert {"Ryu Jun Hee", "Jeon Woo Bin"} <= names


def test_memo_names_a_word_given_name_before_a_double_surname():
    memo = docx_memo("MEMORANDUM", "FROM: Carole Hall, Customer Programs Supervisor",
                     "On May 14 our office received a complaint from Salud Pettigrew-Lomeli, who lives at 629 Haven "
                     "Hwy. Her usage rose to 1,252 kWh after the meter exchange.",
                     "Salud Calloway-Reyes, 8901 Tumbleweed Ave, Account No. 6-258-422-6301, disputed a bill.")
    pairs = pairs_found("https://www.cityofexample.org/docs/memo.docx", memo,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert {"Salud Pettigrew-Lomeli", "Salud Calloway-Reyes"} <= _names(pairs)
    assert ("energy_usage", "1,252 kWh") in pairs and "Carole Hall" not in _names(pairs)


def test_headerless_rows_of_family_first_names_keep_their_records():
    rows = (_row("Trinh Thi Yen", "4710 Wexford Ln", "6268279411", "1216kWh")
            + _row("Chae Min Won", "5805 Aldergrove St", "9513175922", "1242kWh")
            + _row("Doan Quoc My", "1657 Wexford Ln", "6262209433", "2193kWh"))
    pairs = pairs_found(PAGE, _page("Field Visits", f"<table>{rows}</table>"), "text/html")
    assert {"Trinh Thi Yen", "Chae Min Won", "Doan Quoc My"} <= _names(pairs)
    assert {("address", "5805 Aldergrove St"), ("energy_usage", "1216kWh")} <= pairs


def test_east_asian_given_name_before_a_family_name_that_is_a_word():
    body = ("<p>The board heard from Won Yuan, whose service account is 3-623-982-8011, about a disconnection "
            "notice.</p><p>Crews restored power.</p><span style=\"display:none\">Jun Nam, acct PCE-99802417, "
            "1,477 kWh last cycle</span>")
    names = _names(pairs_found(PAGE, _page("Utility Appeals Board Minutes", body), "text/html"))
    assert {"Won Yuan", "Jun Nam"} <= names


def test_word_surnames_after_given_names_in_holds_and_hearings():
    holds = ("<p>Holds approved this week:</p><ul><li>Evaristo Page (acct 71-81433-21), hold through July 31</li>"
             "<li>Leocadia Cases (acct 71-81433-22), hold through July 31</li>"
             "<li>Gideon Lane (acct 71-81433-23), hold through July 31</li>"
             "<li>Grace Church (acct 71-81433-24), hold through July 31</li>"
             "<li>Lincoln Plaza (acct 71-81433-25), hold through July 31</li></ul>")
    names = _names(pairs_found(PAGE, _page("Holds Granted", holds), "text/html"))
    assert {"Evaristo Page", "Leocadia Cases", "Gideon Lane"} <= names
    assert not names & {"Grace Church", "Lincoln Plaza"}
    applicants = ("<p>Apply at the Utility Billing counter. Questions: Griselda Hall, (909) 620-2234.</p><ul>"
                  "<li>Isidro Cases, 1746 Ridgecrest Ave, acct 3-221-884-9031, $150 credit</li>"
                  "<li>Pomona Valley Food Bank, 1750 Ridgecrest Ave, (909) 555-0134</li></ul>")
    names = _names(pairs_found(PAGE, _page("Bill Assistance Applicants", applicants), "text/html"))
    assert names == {"Isidro Cases"}
    body = ("<p>Customer Marciano Hall asked that the deposit be returned to 1746 Ridgecrest Ave.</p>"
            "<p>Anselmo Parks told the board that the bill for 2210 Ridgecrest Ave doubled in July to 1,200 kWh.</p>"
            "<p>Evaristo Church's account 6-580-989-5011 was closed in error on April 2.</p>"
            "<p>Victoria Park's account 6-580-989-5012 was closed; Lincoln Park's meter 4410293 was replaced.</p>")
    names = _names(pairs_found(PAGE, _page("Utility Appeals Board Minutes", body), "text/html"))
    assert names == {"Marciano Hall", "Anselmo Parks", "Evaristo Church"}


def test_firms_places_officials_and_staff_with_such_names_stay_public():
    body = ("<p>Hearing Officer Kwon Hye Jin closed the hearing at 4:10 p.m. Lunch was catered by Pho Minh "
            "Restaurant and Kim's Market. Councilmember Truong Van Hieu thanked Banks &amp; Lane LLP.</p>"
            "<table><tr><th>Name</th><th>Title</th><th>Phone</th></tr>"
            + _row("Yoon Sung Min", "Utility Billing Supervisor", "(909) 620-2201")
            + _row("Huynh Thi Mai", "Energy Specialist", "(909) 620-2202")
            + "</table><p>Cooling center: Cross Creek Park, 1200 Hall Ave. Sun Park, acct 1-234-567-8901, "
              "irrigation.</p>")
    pairs = pairs_found(PAGE, _page("PCE Staff", body), "text/html")
    assert not _names(pairs)
    assert not {kind for kind, _ in pairs} & {"address", "phone", "energy_usage"}


def test_family_first_names_by_their_parts():
    assert family_first_name(["Nguyen", "Duc", "Anh"]) and family_first_name(["Tran", "Thi", "Thu", "Trang"])
    assert family_first_name(["Cho", "Duc", "Young"]) and given_syllable("Hye") and given_syllable("Phuong")
    assert not family_first_name(["Kim", "Long", "Beach"]) and not family_first_name(["Park", "Avenue", "Mall"])
    assert not family_first_name(["Pho", "Minh", "Restaurant"]) and not given_syllable("Market")
    text = "Business licenses: Nguyen Duc Pho House, Song Jae Mi Bakery, Kim Long Beach Realty."
    assert [text[a:b] for a, b in names_in(text, anchored=True)
            if text[a:b] in ("Nguyen Duc Pho", "Song Jae Mi")] == []


def test_a_street_named_like_a_customer_is_no_detail_of_their_case():
    body = ("<ul><li>Byun Won Soo, 6719 Tumbleweed Blvd, acct 8-898-819-8874, $260 credit</li>"
            "<li>Rosendo Hall, 5587 Ridgecrest Ave, acct 8-182-941-4447, $62 credit</li></ul>"
            "<p>Apply at Pomona Valley Food Bank, 1750 Hall Ave, (909) 555-0134.</p>")
    pairs = pairs_found(PAGE, _page("Utility Assistance Recipients", body), "text/html")
    assert {"Byun Won Soo", "Rosendo Hall"} <= _names(pairs)
    assert not {value for _, value in pairs} & {"1750 Hall Ave", "(909) 555-0134"}


def test_hold_item_keeps_the_home_of_a_holder_named_like_a_plaza():
    body = ("<ul><li>Evaristo Plaza &ndash; 6975 Marbury St &ndash; medical baseline</li>"
            "<li>Grace Church &ndash; 410 W Holt Ave &ndash; medical baseline</li>"
            "<li>Lincoln Plaza &ndash; 411 W Holt Ave &ndash; medical baseline</li></ul>")
    pairs = pairs_found(PAGE, _page("Disconnect Holds", body), "text/html")
    assert pairs == {("customer_name", "Evaristo Plaza"), ("address", "6975 Marbury St")}


def test_a_word_surname_after_a_given_name_that_is_no_word_where_a_person_acts():
    body = ("<p>Isidro Cases called on March 3 about account 44-10703-21; the callback number is (626) 573-4011.</p>"
            "<p>Kai Sushi, 1234 Garey Ave, acct 44-10703-22, asked for a rate review.</p>"
            "<p>Oak Hill called on March 3 about account 44-10703-23.</p>")
    names = _names(pairs_found(PAGE, _page("Utility Appeals Board Minutes", body), "text/html"))
    assert names == {"Isidro Cases"}
