"""Round 58, the lead's own fixes: each test fails before its fix."""

from tests.detector_helpers import pairs_found

_SITE = "https://www.valleverde.gov/"


def _found(text: str, name: str = "story.txt") -> set[tuple[str, str]]:
    return pairs_found(_SITE + "news/" + name, text)


def _names(found: set[tuple[str, str]]) -> set[str]:
    return {value for category, value in found if category == "customer_name"}


def test_a_bill_in_the_name_of_a_surname_and_an_initial_names_its_customer():
    """A story or a staff report writes the account holder as the bill prints them, surname first and an initial:
    with the home the bill goes to, that is the customer's name (PCE-01 4.1)."""
    found = _found("Neighbours know her by another name, but the bill is in the name of Oyelaran, T., and it is "
                   "mailed to 3310 Quail Ridge Road, Valle Verde, CA 91784.\n")
    assert {("customer_name", "Oyelaran, T."), ("address", "3310 Quail Ridge Road, Valle Verde, CA 91784")} <= found
    found = _found("Staff confirmed the account is in the name of Vukovic, D. at 708 Cassia Court; the balance is "
                   "$211.40 on account 5-118-2203-47.\n", "report.txt")
    assert ("customer_name", "Vukovic, D.") in found


def test_a_surname_and_an_initial_of_staff_or_with_no_record_stay_public():
    assert not _names(_found("Prepared by: Alvarado, R., Senior Planner. Reviewed by: Kimura, J., City Engineer.\n"
                             "The Library (SCE account 2-30-441-1180) used 41,200 kWh.\n", "report.txt"))
    assert not _found("Minutes recorded by Tran, L. The Council approved Resolution 2025-114 on a 5-0 vote.\n",
                      "minutes.txt")


def test_a_transcript_s_unpunctuated_pronoun_is_no_part_of_the_caller_s_name():
    """Voicemail and caption transcripts run "my name is NAME I live at ..." together: the name ends before "I"."""
    found = _found("Voicemail 9:14 AM: hi my name is Lucinda Farrow I live at 2207 Birchwood Terrace and my account "
                   "number is 4-19-300-2281 please call me back at 909-555-0142\n", "voicemail.txt")
    assert "Lucinda Farrow" in _names(found)
    assert not any(name.endswith(" I") for name in _names(found))
    found = _found("Customer Harold Pemberton I, account 6-220-104-3390, 14 Larkspur Lane.\n", "notes.txt")
    assert "Harold Pemberton I" in _names(found)  # a numeral before a comma is the name's


def test_an_faq_answer_that_tells_a_real_caller_s_case_beside_a_placeholder_is_reported():
    """One sentence of the answer shows the bill's placeholder, the next tells a real caller's case: the page's
    placeholder makes only its own sentence a sample."""
    page = ("<html><body><main><h1>Billing questions</h1><p>Q: Where is my account number?</p>"
            "<p>A: It is printed at the top of page 1 (for example 0-00-000-0000). Last month, when Yolanda Mercado "
            "called us, we found her account number (551823004) in the upper right corner.</p>"
            "<p>Sample form entries: Name: Jane Doe, Phone: (000) 000-0000, SSN: XXX-XX-XXXX.</p>"
            "<p>Questions? Marta Quiroga, Customer Care Supervisor, (909) 620-2003.</p></main></body></html>")
    found = pairs_found(_SITE + "faq/billing.html", page)
    assert {("customer_name", "Yolanda Mercado"), ("account_number", "551823004")} <= found
    assert "Jane Doe" not in _names(found) and "Marta Quiroga" not in _names(found)


def test_a_worked_example_beside_a_placeholder_stays_the_sample_s():
    page = ("<html><body><main><h1>How to read your bill</h1>"
            "<p>Your account number is printed at the top (for example 0-00-000-0000). For example, if Jane Sample "
            "uses 500 kWh, her bill would show account 1234567890 and about $90.</p>"
            "<p>Sample bill: Name: John Q. Public, 123 Main Street, Account 0-00-000-0000.</p></main></body></html>")
    assert not pairs_found(_SITE + "faq/read-your-bill.html", page)


def test_a_surname_written_with_its_apostrophe_is_a_listed_surname():
    """The Census list spells "O'Rourke" and "D'Agostino" without the apostrophe: written with it (straight or
    curly), an initial and such a surname beside an identifier are the customer's name."""
    found = _found("A caller, R. O'Sullivan, left a voicemail: she can be reached at 714-329-3678 and asked that "
                   "utility billing account 20-43496-26 be removed from the opt-out list.\n", "minutes.txt")
    assert "R. O'Sullivan" in _names(found)
    found = _found("Caller M. D\u2019Agostino asked about account 5-301-2290-18.\n", "minutes.txt")
    assert "M. D\u2019Agostino" in _names(found)


def test_an_apostrophe_word_that_is_no_surname_stays_a_word():
    assert not _names(_found("At 7 o'clock the crew closed account 5-301-2290-18's work order for the Library.\n",
                             "minutes.txt"))


_SAMPLE_PAGE = ("<html><body><main><h1>Understanding your bill</h1>"
                "<p>Sample bill: Name: Jane Doe, 123 Main Street, Account 0-00-000-0000, Usage 500 kWh.</p>"
                "<p>{}</p><p>Questions? Marta Quiroga, Customer Care Supervisor, (909) 620-2003.</p></main></body></html>")


def test_a_real_home_s_usage_told_beside_a_sample_bill_is_reported():
    """An FAQ beside its sample bill takes "one real customer" and tells their home's usage: no stand-in, an address
    the sample does not show, in a sentence of its own."""
    found = pairs_found(_SITE + "faq/usage.html", _SAMPLE_PAGE.format(
        "A: Take one real customer: the home at 7720 Quail Hollow Court, Unit B4 used 2,140 kWh in July, charged "
        "at the rates in the table below."))
    assert {("address", "7720 Quail Hollow Court, Unit B4"), ("energy_usage", "2,140 kWh")} <= found


def test_a_worked_example_s_or_the_sample_s_own_home_beside_a_sample_bill_stays_the_sample_s():
    for sentence in ("If your home at 4500 Orange Grove Avenue used 600 kWh, your bill would be about $95.",
                     "The sample customer at 123 Main Street used 500 kWh in July, shown in the usage chart.",
                     "A typical home, say 2210 Sycamore Lane, uses about 550 kWh in a summer month."):
        assert not pairs_found(_SITE + "faq/usage.html", _SAMPLE_PAGE.format(sentence)), sentence


def _story(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(_SITE + "news/resident-story.html",
                       f"<html><body><main><h1>Resident story: a cooler summer</h1>{body}</main></body></html>")


def test_a_story_goes_on_past_a_paragraph_of_another_matter_set_inside_it():
    """A news story names its resident, the page sets a program's figure or a facility's line inside it, and the
    story goes on by the resident's given name with their account and home: the details are the resident's."""
    found = _story("When the July bill came, Ms. Teodora Villaseñor was sure it was wrong.",
                   "The Senior Center (SCE service account 3-41-220-7781) used 402,000 kWh last fiscal year.",
                   "\"We never run the air,\" Teodora said from her porch. Her service account number 6112 904 337 "
                   "shows the household at 8803 W. Sandpiper Drive used just 1,902 kWh in June.")
    assert {("customer_name", "Ms. Teodora Villaseñor"), ("address", "8803 W. Sandpiper Drive")} <= found
    assert "3-41-220-7781" not in {value for _, value in found}


def test_a_story_ends_at_a_paragraph_of_someone_else_or_at_a_second_interlude():
    found = _story("When the July bill came, Ms. Teodora Villaseñor was sure it was wrong.",
                   "Councilmember Rafael Domingo thanked the crews who worked through the heat.",
                   "\"We never run the air,\" Teodora said. The household's bill for 8803 W. Sandpiper Drive showed "
                   "1,902 kWh in June.")
    assert "Ms. Teodora Villaseñor" not in _names(found)
    found = _story("When the July bill came, Ms. Teodora Villaseñor was sure it was wrong.",
                   "The Senior Center used 402,000 kWh last fiscal year.",
                   "Residential customers used 612.5 million kWh in total.",
                   "\"We never run the air,\" Teodora said. Her account 6112 904 337 showed 1,902 kWh in June.")
    assert "Ms. Teodora Villaseñor" not in _names(found)


def test_a_caller_opting_out_with_their_home_and_number_is_the_customer_s_record():
    """A voicemail transcript: the caller gives their name, says the program enrolled them and they want to opt out,
    and leaves their home, phone and mailbox. No account number, but the call is about their own service."""
    found = _found("3/14/2025 10:02 / 41 s / hello my name is Ilse Marchetti I got a letter saying I was enrolled in "
                   "Valle Verde Clean Power and I want to opt out the address is 4408 Calle Alondra, Valle Verde, "
                   "CA 91784 you can reach me at (626) 555-0139 or email ilse.marchetti@gmail.com thanks\n",
                   "voicemail.txt")
    assert {("customer_name", "Ilse Marchetti"), ("address", "4408 Calle Alondra, Valle Verde, CA 91784"),
            ("email", "ilse.marchetti@gmail.com")} <= found


def test_a_speaker_introducing_themself_on_another_matter_or_with_no_contact_is_not_a_customer():
    assert "Ilse Marchetti" not in _names(_found(
        "hello my name is Ilse Marchetti and my bill doubled after the switch, please look into it\n",
        "voicemail.txt"))
    assert "Ilse Marchetti" not in _names(_found(
        "hello my name is Ilse Marchetti I want to talk about the bike lanes on Garey Avenue, thank you\n",
        "voicemail.txt"))


def test_a_voicemail_log_row_of_a_caller_opting_out_is_the_customer_s_record():
    page = ("<html><body><h1>Voicemail transcripts</h1><table><tr><th>Received</th><th>Length</th>"
            "<th>Transcript</th></tr><tr><td>2/3/2025 9:41</td><td>37 s</td><td>hi my name is Oskar Lindahl I got a "
            "letter saying I was enrolled in Valle Verde Clean Power and I want to opt out the address is 7719 "
            "Paseo Rosal, Valle Verde, CA 91784 you can reach me at (626) 555-0171 thanks</td></tr>"
            "<tr><td>2/3/2025 10:02</td><td>21 s</td><td>hi this is Dana from Valle Verde Clean Power returning "
            "your call about the workshop, our number is (909) 620-2100</td></tr></table></body></html>")
    found = pairs_found(_SITE + "energy/voicemail.html", page)
    assert {("customer_name", "Oskar Lindahl"), ("address", "7719 Paseo Rosal, Valle Verde, CA 91784"),
            ("phone", "(626) 555-0171")} <= found
    assert "Dana" not in _names(found)


def test_many_pages_titled_as_errors_on_a_site_that_still_serves_pubcheck_are_all_read(tmp_path):
    """Past the spider's last recheck of the host (``SiteSpider.MAX_RECHECKS``), a page titled as an error still
    waits for no check and is read: a help centre of 150 "Access Denied" articles is read whole (the held page's
    record gained the reason it would be listed with; one loop still unpacked the old record and failed the page)."""
    from fault_site import body, page
    from test_trust44a import crawl
    count = 150
    routes = {"/": page(" ".join(f"<a href='/help/{i}.html'>article {i}</a>" for i in range(count)))}
    for i in range(count):
        routes[f"/help/{i}.html"] = body(f"<html><head><title>Access Denied</title></head><body><h1>Access Denied"
                                         f"</h1>You don't have permission to access this page. Reference #{i}"
                                         f"</body></html>", "text/html")
    code, docs, info = crawl(routes, tmp_path)
    assert {d["status"] for url, d in docs.items() if url.startswith("help/")} == {"scanned"}
    assert len([url for url in docs if url.startswith("help/")]) == count
    assert code == 0 and info["not_checked"] == 0
