"""Public paragraphs written as one paragraph are no customer's record (detectors/context/public_people.py, shared by
prose and case_stories): a staff bio with a direct line, a volunteer's or a retiree's profile, a business spotlight
with the shop's address and savings, a proclamation honouring a resident, a rate explainer's hypothetical, an area's
or the whole city's usage beside a spotlighted customer. Red team site46: staff near a customer record (minutes, a
quoted spokesperson, a complaint log's "Rec'd by" column), the site's own city read as a name, a history page, the
City's address in a memo's footer, Chinese 申訴 ("complaint"), an Armenian public commenter and average home."""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of, xlsx

_SITE = "https://www.riverbend.gov"
_KINDS = ("customer_name", "address", "phone", "email", "energy_usage")


def _page(text: str, path: str = "energy/blog/post.html", title: str = "Energy news | City of Riverbend",
          footer: str = "") -> set[tuple[str, str]]:
    page = (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1><p>{text}</p></main>"
            f"<footer><p>{footer}</p></footer></body></html>")
    return {(c, v) for c, v in pairs_found(f"{_SITE}/{path}", page) if c in _KINDS}


def _record(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The findings that make a record: a name, an address, a mailbox or usage (a low finding of a phone alone on a
    page is another detector's)."""
    return {(c, v) for c, v in found if c != "phone"}


def test_staff_bio_and_volunteer_profile_in_one_paragraph():
    assert not _record(_page("Meet our team: Rosa Delgado joined Riverbend Community Energy in 2019 and helps "
                             "customers enroll in CARE. Her direct line is (951) 555-0131.", "about/team.html"))
    assert not _record(_page("Customer Care Supervisor Luis Ortega grew up at 1422 Elm St and still remembers his "
                             "family's first bill of 300 kWh. Call him at (951) 555-0139.", "about/team.html"))
    assert not _record(_page("Volunteer spotlight: retiree Harold Jensen, 78, of 1840 Cedar Ln, cut his own bill from "
                             "900 kWh to 620 kWh and now teaches neighbors how. Call Harold at (951) 555-0177."))
    assert not _record(_page("Harold Jensen volunteers every Tuesday helping seniors read their bills. His home on "
                             "1840 Cedar Ln used 410 kWh last month after new windows. Reach him at (951) 555-0177."))


def test_business_spotlight_in_one_paragraph():
    found = _page("Ana Petrovic opened Sunrise Bakery in 2015 and enrolled it in our Prime plan last year. Her shop at "
                  "1234 W Holt Ave used 4,200 kWh in July. Call (951) 555-0188 to order.")
    assert not found
    found = _page("Business spotlight: Sunrise Bakery at 1234 W Holt Ave. Owner Ana Petrovic swapped her ovens and "
                  "saved 1,200 kWh a month on her bill. (951) 555-0188.")
    assert not _record(found)


def test_proclamation_and_rate_explainers_example_in_one_paragraph():
    found = _page("WHEREAS, Eleanor Voss, a longtime resident of 455 Maple St, has lived in Riverbend for 60 years and "
                  "cut her home's use to 300 kWh a month; NOW, THEREFORE, BE IT PROCLAIMED that March 3 is Eleanor Voss "
                  "Day.", "council/proclamations/voss.html", "Proclamation")
    assert not found
    found = _page("Suppose Maria Lopez uses 500 kWh a month. Her home at 100 Main St would see a bill of about 120 "
                  "dollars.", "energy/rates.html", "Rates")
    assert not found
    found = _page("Suppose Maria Lopez uses 500 kWh a month at her home at 100 Main St. Her bill on the Tier 1 rate "
                  "would be about 120 dollars.", "energy/rates.html", "Rates")
    assert not found


def test_an_areas_usage_is_not_the_spotlighted_customers():
    found = _page("When Rosalind Okonkwo joined our Cool Homes spotlight, she shared her story from 4417 N Juniper Ln. "
                  "Our whole service area used 312,400 kWh last year.")
    assert ("energy_usage", "312,400 kWh") not in found and ("customer_name", "Rosalind Okonkwo") not in found


def test_a_customer_told_in_one_paragraph_is_still_found():
    found = _page("Rosalind Okonkwo of 4417 N Juniper Ln used 1,512 kWh in July, twice her usual bill.")
    assert found == {("customer_name", "Rosalind Okonkwo"), ("address", "4417 N Juniper Ln"),
                     ("energy_usage", "1,512 kWh")}
    found = _page("Ana Ruiz, the account owner, at 12 Elm St used 910 kWh in July.")
    assert {("customer_name", "Ana Ruiz"), ("address", "12 Elm St"), ("energy_usage", "910 kWh")} <= found


def test_staff_who_speak_of_a_customer_in_minutes_and_news():
    minutes = _page("Councilmember Daniel Akopyan asked about the case. Teresa Alcantara answered that the customer, "
                    "whose premise ID is P65482339, is Gregory Pruitt, and that his e-mail (pruitt.family@charter.net) "
                    "had been forwarded to the Council.", "council/minutes.html", "Minutes")
    assert ("customer_name", "Gregory Pruitt") in minutes
    assert not any("Alcantara" in v for v in values_of(minutes, "customer_name"))
    news = _page("One home belonged to Mr. Fernando Solorzano, whose bill showed 1,911 kilowatt-hours. \u201cHe was "
                 "right,\u201d said Lorraine Tsai. \u201cWe credited account SO-362865 and fixed the other forty.\u201d",
                 "news/story.html")
    assert "Lorraine Tsai" not in values_of(news, "customer_name")
    assert any("Solorzano" in v for v in values_of(news, "customer_name"))
    speaker = _page("Gregory Pruitt said that the customer service line never called him back about account "
                    "3-118-978-909.", "council/minutes.html", "Minutes")
    assert "Gregory Pruitt" in values_of(speaker, "customer_name")  # "customer service" is no customer spoken of


def test_complaint_logs_received_by_column_is_staff():
    body = xlsx([["Date", "Caller", "Callback #", "Acct", "Rec'd by", "Notes"],
                 ["3/4/2024", "Dae-sung Choi", "714 782 8184", "OLN-2023-72864", "Teresa Alcantara", "high bill"],
                 ["3/5/2024", "Lusine Hakobyan", "213 275 6205", "OPC-4729-1586-J", "Lorraine Tsai", "double charge"]])
    names = values_of(pairs_found(f"{_SITE}/docs/complaint-log.xlsx", body), "customer_name")
    assert {"Dae-sung Choi", "Lusine Hakobyan"} <= names
    assert not names & {"Teresa Alcantara", "Lorraine Tsai"}


def test_the_sites_own_city_is_no_name_and_a_history_page_is_public():
    found = _page("When he called us in June, the account 2138850487 was two months behind and the home, 15909 E "
                  "Baseline Ave, Santa Olinda, had used 2212 kWh in May alone. Duc Dang is on Medical Baseline.",
                  "news/story.html", "A customer story | City of Santa Olinda")
    assert "Santa Olinda" not in values_of(found, "customer_name")
    history = _page("Santa Olinda was founded by Doña Olinda Ybarra (1841-1910), whose adobe at 410 Camino Real is a "
                    "state landmark. The first electric line reached the town in 1912. In 1975 the whole city used "
                    "61,000,000 kWh.", "history.html", "History of Santa Olinda | City of Santa Olinda",
                    footer="City of Santa Olinda \u00b7 300 W Civic Center Plaza, Santa Olinda, CA 91797")
    assert not history


def test_the_offices_footer_under_a_customers_email_in_a_memo():
    from docx import Document
    document = Document()
    for text in ("MEMORANDUM", "To: Customer Care Supervisor", "Subject: escalated complaint",
                 "The customer's e-mail is pasted below.",
                 "From: Farzaneh Tehrani <farzaneht86@yahoo.com>", "Subject: my bill",
                 "My account number is 8361400171. I live at 2172 Ranchero St and my bill shows 412 kWh, far more "
                 "than my usual. Please call me at 1-818-719-1411.", "Farzaneh Tehrani"):
        document.add_paragraph(text)
    document.sections[0].footer.paragraphs[0].text = "Customer Care | 300 W Civic Center Plaza, Santa Olinda, CA 91797"
    out = io.BytesIO()
    document.save(out)
    found = pairs_found(f"{_SITE}/docs/memo.docx", out.getvalue())
    assert ("address", "2172 Ranchero St") in found
    assert not any("Civic Center" in v for v in values_of(found, "address"))


def test_chinese_complaint_word_and_armenian_commenter_and_average():
    found = _page("第五項：客戶申訴。申訴人 Araceli Villaseñor，服務地址 479 Laurel Glen Ave，電話 (818) 791-4010，"
                  "七月用電 864 kWh。", "lang/zh/minutes.html", "會議紀要")
    assert "申訴" not in values_of(found, "customer_name")
    assert {("customer_name", "Araceli Villaseñor"), ("address", "479 Laurel Glen Ave")} <= found
    page = ("<html><head><title>Խորհրդի նիստի ամփոփում</title></head><body><main>"
            "<p>Խորհուրդը քննարկեց Rodel Santos-ի բողոքը։ Հասցե՝ 220 S Greenleaf St, OPC հաշիվ՝ OPC6539653N, "
            "ամսական սպառում՝ 1,052 KWH ։</p><p>Հանրային մեկնաբանություն՝ Rajesh Raghavan ։</p></main></body></html>")
    found = pairs_found(f"{_SITE}/lang/hy/council-summary.html", page)
    assert {("customer_name", "Rodel Santos"), ("address", "220 S Greenleaf St")} <= found
    assert "Rajesh Raghavan" not in values_of(found, "customer_name")
    page = ("<html><body><main><p>Վճարման ծրագրեր։ Միջին տնային տնտեսությունը ամսական օգտագործում է մոտ 540 կՎտժ։</p>"
            "<p>Օրինակ՝ հաճախորդ Լուսինե Ավետիսյան (367 Laurel Glen Ave) օգոստոսին օգտագործել է 2,064kWh ։ "
            "Հեռախոս՝ 714.332.5682 ։</p></main></body></html>")
    found = pairs_found(f"{_SITE}/lang/hy/notice.html", page)
    assert ("energy_usage", "2,064kWh") in found and ("energy_usage", "540 կՎտժ") not in found
