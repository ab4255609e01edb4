"""site64b: customer records written as prose (a council member's newsletter, hearing decisions, CPUC informal
complaint responses, minutes of public comment, a committee packet's quoted letters, staff reports in PDF).

- a constituent who "called my office" / "reached out to our office" is no business owner speaking of their firm: the
  home and usage the next sentence gives by a pronoun are theirs;
- a hearing decision's caption that runs on past the party's name on its line ("... Appeal of Ana Ruiz. Appeal No.
  ...") still names the party;
- a letter's "you can be reached at ...", "we replied to you at <mailbox> and at ..." give the addressee's number;
- a letter's addressee block over "Dear Ms. <surname>:" is the addressee's though a parser reads the name as a firm's;
- a name given with "whose service address is ..." is given with its home;
- "Jorge Park, a resident of ...": a place word that is a common surname after a given name is a person there.
Hard negatives: a speaker who shares only a given name with a customer, a staff member whose role a PDF's line break
cut, staff's reply under a quoted letter, a business owner's office, a zoning appeal's caption, parks.
"""
from tests.detector_helpers import docx_paragraphs, lines_pdf, pairs_found, values_of

URL = "https://www.examplecity.gov/council/"


# -- a constituent who called the council member's office ---------------------------------------------------------

_NEWSLETTER = ("<html><body><h1>District 2 Update</h1>"
               "<p>Over the holidays Farida Nazari reached out to our office. She and her son live at 2290 Quail Hollow "
               "Rd, and her SCE bill had climbed to 2,035 kWh in December.</p>"
               "<p>Residents are welcome to call my office at (909) 620-2051 or visit our office at City Hall.</p>"
               "</body></html>")


def test_a_constituent_who_reached_the_office_is_no_business_owner():
    pairs = pairs_found(URL + "newsletter.html", _NEWSLETTER)
    assert "Farida Nazari" in values_of(pairs, "customer_name")
    assert "2290 Quail Hollow Rd" in values_of(pairs, "address")
    assert "2,035 kWh" in values_of(pairs, "energy_usage")
    assert "(909) 620-2051" not in values_of(pairs, "phone")


def test_a_business_owners_own_office_is_still_the_firms():
    pairs = pairs_found(URL + "comment.html", "<html><body><p>Public comment: Dr. Lena Ortiz said she owns a small "
                                              "dental practice; our office at 118 W 2nd St used 4,200 kWh in August "
                                              "and she asked the Board to reconsider the commercial rate.</p>"
                                              "</body></html>")
    assert not values_of(pairs, "customer_name")
    assert not values_of(pairs, "energy_usage")


# -- a hearing decision's caption that runs on past the name --------------------------------------------------------

def test_a_caption_that_runs_on_past_the_partys_name():
    pairs = pairs_found(URL + "decision.html", (
        "<html><body><h1>Administrative Hearing</h1>"
        "<p>In the Matter of the Utility Billing Appeal of Sunita Raghavan. UB-25-07</p><p>DECISION</p>"
        "<p>This matter was heard on April 22 by Hearing Officer Terry Crowder.</p>"
        "<p>Appellant resides at 88 Arbor Vista Dr #4 and has held utility account 7723118044 since 2011.</p>"
        "<p>Appellant testified that the bill for April reported 1,947 kWh. A field test of the meter was "
        "performed at the City's expense.</p>"
        "<p>Ms. Raghavan may be reached at 626.418.2290. The Utility Billing office was ordered to issue a "
        "corrected bill.</p></body></html>"))
    names = values_of(pairs, "customer_name")
    assert "Sunita Raghavan" in names
    assert "626.418.2290" in values_of(pairs, "phone")


def test_a_zoning_appeals_caption_stays_public():
    pairs = pairs_found(URL + "zoning.html", (
        "<html><body><p>In the Matter of the Appeal of Marcus Bell. Case No. ZA-2025-14</p>"
        "<p>The appellant challenges the Planning Commission's approval of a 40-unit project at 1400 N Towne Ave. "
        "The hearing is set for March 3.</p></body></html>"))
    assert not values_of(pairs, "customer_name")


# -- a CPUC informal complaint response ------------------------------------------------------------------------------

_RESPONSE = [
    "March 4, 2026", "Kwabena Osei", "7719 Larkin Ct", "Fontana, CA 92336", "Dear Mr. Osei:",
    "The Commission's Consumer Affairs Branch forwarded your complaint about the account ending 1142. Our records "
    "show the account as 5512-0973-1142 and that your home used 1,388 kWh in January.",
    "In your complaint you said you can be reached at (909) 418-2290.",
    "If you have further questions, our Customer Care team can be reached at 1-855-200-4000.",
    "Sincerely,", "Regulatory Affairs",
]


def test_a_complaint_response_gives_the_addressees_number_and_home():
    pairs = pairs_found(URL + "cpuc-response.docx", docx_paragraphs(*_RESPONSE))
    assert "(909) 418-2290" in values_of(pairs, "phone")
    assert "1-855-200-4000" not in values_of(pairs, "phone")
    assert "7719 Larkin Ct" in values_of(pairs, "address")


def test_we_replied_to_you_at_a_mailbox_and_a_number():
    body = list(_RESPONSE)
    body[6] = "We replied to you at k.osei@yahoo.com and at 909.418.2290 on February 20."
    pairs = pairs_found(URL + "cpuc-response.docx", docx_paragraphs(*body))
    assert "909.418.2290" in values_of(pairs, "phone")


def test_an_addressee_block_in_a_pdf_under_a_title_and_surname_greeting():
    pdf = lines_pdf(["Response to Informal Complaint", "August 2, 2026", "Ingrid Lindqvist", "4608 San Antonio Ave",
                     "Lancaster, CA 93534", "Dear Ms. Lindqvist:",
                     "Our records show your account number as 2120-8503-373 and that usage at your home was",
                     "728 kWh in February.", "Sincerely, Customer Care"])
    pairs = pairs_found(URL + "response.pdf", pdf)
    assert "4608 San Antonio Ave" in values_of(pairs, "address")


# -- minutes and staff reports ---------------------------------------------------------------------------------------

def test_a_speaker_who_shares_only_a_given_name_with_a_customer_stays_public():
    body = docx_paragraphs(
        "MINUTES OF THE REGULAR MEETING", "PUBLIC COMMENT",
        "Leilani Szabo stated that she lives at 2831 Mountain View Terrace and that her May bill, for 807 kWh, was "
        "double the previous year's. She read her account number, SA32176938, into the record.",
        "Leilani Delacroix of Claremont asked about the timeline for the library renovation.",
        "Tomas Reyes, Upland, spoke in support of the solar program.")
    names = values_of(pairs_found(URL + "minutes.docx", body), "customer_name")
    assert "Leilani Szabo" in names
    assert not names & {"Leilani Delacroix", "Tomas Reyes"}


def test_a_staff_members_role_cut_by_a_pdfs_line_break():
    pdf = lines_pdf(["In the Matter of the Billing Appeal of Hamid Adeyemi. BA-25-31", "DECISION",
                     "This matter was heard on March 24 by Hearing Officer Dana Pruitt. Kerry Kincaid, Utility Billing",
                     "Supervisor, appeared for the City.",
                     "The customer resides at 1835 W. Phillips Blvd and has held utility account 84966743635 since 2008."])
    names = values_of(pairs_found(URL + "decision.pdf", pdf), "customer_name")
    assert "Hamid Adeyemi" in names
    assert not names & {"Kerry Kincaid", "Dana Pruitt"}


def test_a_name_whose_service_address_a_pdf_line_gives():
    pdf = lines_pdf(["Staff Report: Billing Disputes",
                     "The first dispute was brought by Nadia Holloway, whose service address is 4040 Alvarado St Apt. 260.",
                     "Ms. Holloway disputed a July bill showing 814 kWh on account 1137 9343 862; it was determined by",
                     "staff that the meter had been read twice."])
    pairs = pairs_found(URL + "report.pdf", pdf)
    assert "4040 Alvarado St Apt. 260" in values_of(pairs, "address")


def test_a_resident_whose_surname_is_a_place_word():
    pairs = pairs_found(URL + "minutes.html", (
        "<html><body><p>Public comment:</p><p>Jorge Park, a resident of 4782 Palomares St, said his usage had been "
        "estimated at 1,658 kWh for three months.</p></body></html>"))
    assert "Jorge Park" in values_of(pairs, "customer_name")
    assert "4782 Palomares St" in values_of(pairs, "address")


def test_parks_stay_places():
    pairs = pairs_found(URL + "parks.html", (
        "<html><body><p>Lincoln Park, the home of the summer concert series, used 41,200 kWh last year; Washington "
        "Park used 18,900 kWh. Both parks are on the City's TOU rate, account 7001-220-118.</p></body></html>"))
    assert not values_of(pairs, "customer_name")


# -- a committee packet's quoted letters -----------------------------------------------------------------------------

_PACKET = [
    "Correspondence Received",
    "The following letters were received for the committee's packet and are reproduced as written.",
    "\u201cTo the committee: my name is Ezequiel Lindqvist and I have lived at 1577 Jacaranda Court #8 for twenty "
    "years. My account number is SA61199002. In June you charged me for 660 kWh. Please call me at 909 345 6431.\u201d "
    "(sent from elindqvist@icloud.com)",
    "\u201cI am writing about my bill. I used 1,434 kWh and was charged the peak rate. \u2014 Dolores Cardenas, 563 E. "
    "Holt Ave, acct 18778498538, tel. (805) 923-8019\u201d (sent from dcardenas@outlook.com)",
    "Staff response prepared by Dana Pruitt, Key Accounts Manager, 909 473 5437.",
]


def test_staffs_reply_under_a_quoted_letter_is_not_the_writers():
    for name, body in (("packet.docx", docx_paragraphs(*_PACKET)),
                       ("packet.html", "<html><body>" + "".join(f"<p>{p}</p>" for p in _PACKET) + "</body></html>")):
        pairs = pairs_found(URL + name, body)
        phones = values_of(pairs, "phone")
        assert {"909 345 6431", "(805) 923-8019"} <= phones
        assert "909 473 5437" not in phones
        assert "Dana Pruitt" not in values_of(pairs, "customer_name")
