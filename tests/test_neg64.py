"""neg64: what a city's human resources, economic development and elections pages publish on purpose that read as
confidential, each beside the nearest true case that must stay a finding.

- a business licence register keyed by the licence office's account of each business (Los Angeles's open "Listing
  of Active Businesses" by "LOCATION ACCOUNT #"; a smaller city's "Account No. | DBA | Owner | ... | License Type")
  is a public register: its account numbers, owners, business addresses and phones are published with the licence.
  A utility's list of commercial customers ("Service Account", "SA ID", a kWh column) stays a customer list, and a
  sole proprietor's SSN in a register stays a finding;
- a CalPERS employer's ten-digit ID ("CalPERS ID: 8408300470" on an actuarial valuation) and a pay schedule's
  "Position #" are the employer's and the position's numbers, though they may begin with 8 as SCE's plain
  ten-digit service accounts do; a customer's own "account number is 8..." stays one;
- a campaign committee's bank account on its Form 460 ("campaign account no. ...") is the committee's, not a
  customer's; a customer's PCE account in the same words stays one.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of, xlsx

REGISTER_URL = "https://www.bellmontca.gov/finance/business-tax/active-business-listing.xlsx"
PAGE_URL = "https://www.bellmontca.gov/hr/retirement.html"


def _page(body: str) -> str:
    return f"<html><head><title>Page</title></head><body><main>{body}</main></body></html>"


# --- a business licence register keyed by account -----------------------------------------------------------------

_LISTING_HEADER = ["LOCATION ACCOUNT #", "BUSINESS NAME", "DBA NAME", "STREET ADDRESS", "CITY", "ZIP CODE",
                   "PRIMARY NAICS DESCRIPTION", "NAICS", "LICENSE TYPE", "LOCATION START DATE"]
_LISTING_ROWS = [
    ["0003119442-0001-5", "KHACHATRYAN, ARMEN", "ARMEN'S SHOE REPAIR", "11842 VENTURA BLVD", "STUDIO CITY", "91604",
     "Personal & laundry services", "812990", "Retail", "04/11/2019"],
    ["0002874201-0002-1", "GUTIERREZ, MARISOL", "MARISOL GUTIERREZ CPA", "3321 W 6TH ST", "LOS ANGELES", "90020",
     "Accounting & bookkeeping", "541211", "Professional", "09/02/2021"],
]


def test_business_listing_keyed_by_location_account_is_public():
    found = pairs_found(REGISTER_URL, xlsx([_LISTING_HEADER] + _LISTING_ROWS))
    assert found == set(), found


def test_small_citys_licence_register_with_owner_and_phone_is_public():
    rows = [["Account No.", "DBA", "Owner", "Business Address", "Phone", "License Type"],
            ["2761835", "Zhou Family Acupuncture", "Lian Zhou", "2150 E Foothill Blvd Ste 104", "(626) 441-7310",
             "Professional"],
            ["3104472", "Tamayo Mobile Welding", "Rogelio Tamayo", "1884 N Lincoln Ave", "(626) 798-2250",
             "Contractor"]]
    assert pairs_found(REGISTER_URL, xlsx(rows)) == set()


def test_utilitys_commercial_customer_list_stays_customer_information():
    rows = [["Business Name", "SA ID", "Owner", "Phone", "License #"],
            ["Zhou Family Acupuncture", "8023311456", "Lian Zhou", "(626) 441-7310", "BL-2291"]]
    found = pairs_found("https://www.bellmontca.gov/cca/commercial-enrollment.xlsx", xlsx(rows))
    assert "8023311456" in values_of(found, "account_number")
    rows = [["Account No.", "Business Name", "Service Address", "Phone", "License Type", "Annual kWh"],
            ["2761835", "Zhou Family Acupuncture", "2150 E Foothill Blvd", "(626) 441-7310", "Professional", "48,200"]]
    found = pairs_found("https://www.bellmontca.gov/cca/commercial-enrollment.xlsx", xlsx(rows))
    assert "2761835" in values_of(found, "account_number") and values_of(found, "energy_usage")


def test_sole_proprietors_ssn_in_a_register_stays_a_finding():
    rows = [["Account No.", "DBA", "Owner", "Business Address", "Phone", "License Type", "SSN / FEIN"],
            ["2761835", "Tamayo Mobile Welding", "Rogelio Tamayo", "1884 N Lincoln Ave", "(626) 798-2250",
             "Contractor", "512-44-6781"]]
    assert "512-44-6781" in values_of(pairs_found(REGISTER_URL, xlsx(rows)), "ssn")


# --- a CalPERS employer's ID and a position's number ---------------------------------------------------------------

def test_calpers_employer_id_and_position_number_are_not_accounts():
    body = ("<p>California Public Employees' Retirement System. Actuarial Valuation as of June 30, 2024 for the "
            "Safety Police Plan of the City of Bellmont (CalPERS ID: 8408300470). Rate Plan Identification #5064.</p>"
            "<p>CalPERS Employer ID 8836019552. Employer Normal Cost Rate 21.31%.</p>"
            "<p>Vacant positions: Position No. 8100245731 (Police Officer), Position # 8100245902 (Dispatcher).</p>")
    assert values_of(pairs_found(PAGE_URL, _page(body), "text/html"), "account_number") == set()


def test_customers_ten_digit_account_in_a_sentence_stays_one():
    body = ("<p>Public comment, Item 4: My account number is 8408300470, and my bill went up by forty dollars after "
            "the new rate. I am retired and on a fixed income. -- Leonor Bustamante</p>")
    assert "8408300470" in values_of(pairs_found(PAGE_URL, _page(body), "text/html"), "account_number")


# --- a campaign committee's bank account ---------------------------------------------------------------------------

def test_campaign_committees_bank_account_is_not_a_customers():
    body = ("<h2>FPPC Form 460 - Summary Page</h2><p>Committee: Friends of Odalys Ferrer for Council 2026, "
            "FPPC ID# 1472290.</p><p>Financial institution: Pacific Premier Bank, campaign account no. 6872983527. "
            "Committee account # 6872983611 (savings).</p>")
    assert values_of(pairs_found("https://www.bellmontca.gov/clerk/form460.html", _page(body), "text/html"),
                     "account_number") == set()


def test_customers_pce_account_in_the_same_words_stays_one():
    body = "<p>Letter to the Board: my PCE account no. 6872983527 is in my name, Odalys Ferrer, 1190 Alvarado St.</p>"
    assert "6872983527" in values_of(pairs_found("https://www.bellmontca.gov/clerk/letters.html", _page(body),
                                                 "text/html"), "account_number")


# --- the next written comment's heading after a customer's letter ----------------------------------------------------

def _packet(lines: list[str]) -> bytes:
    from tests.detector_helpers import lines_pdf
    return lines_pdf(lines)


def test_next_comments_writer_giving_only_a_town_is_not_the_customer():
    lines = ["Board of Directors - Regular Meeting - Written Comments Received on Item 6", "",
             "From: Bertrand Achebe", "Subject: Item 6, solar billing true-up", "",
             "My home is 2716 Larch Ridge Rd and my CCA account no. is 4589012231. My bill went up 30%",
             "last summer and the true-up charged me twice for the same months.", "",
             "Comment from Laura Jensen, Upland: please keep the low-income discount."]
    found = pairs_found("https://www.bellmontca.gov/cca/packet-item6.pdf", _packet(lines))
    names = values_of(found, "customer_name")
    assert not any("Jensen" in name for name in names), names
    assert "4589012231" in values_of(found, "account_number")


def test_a_comments_writer_giving_their_own_account_stays_a_customer():
    body = ("<h2>Written comments, Item 6</h2><p>Comment from Teodoro Baptiste, Ontario: I support the renewable "
            "option.</p><p>Comment from Wilhelmina Osei, Chino Hills: my CCA account number is 4589012231 and I was "
            "billed twice in July.</p>")
    found = pairs_found("https://www.bellmontca.gov/cca/comments.html", _page(body), "text/html")
    assert "Wilhelmina Osei" in values_of(found, "customer_name")
    assert not any("Baptiste" in name for name in values_of(found, "customer_name"))


# --- a school district's energy use by site ---------------------------------------------------------------------------

def _columns_pdf(title: str, rows: list[list[str]]) -> bytes:
    """A one-page PDF table as a report writer lays it out: each cell drawn at its column's left edge."""
    import io

    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 750, title)
    for k, row in enumerate(rows):
        for x, cell in zip((72, 230, 390, 480), row):
            pdf.drawString(x, 720 - 16 * k, cell)
    pdf.save()
    return out.getvalue()


_SCHOOL_SITES = [["Site", "Address", "kWh (2024)", "PV kW"],
                 ["Emerson Elementary", "635 Lincoln Ave", "412,880", "96"],
                 ["Ganesha High School", "1151 Fairplex Dr", "2,104,377", "640"],
                 ["Westmont Academy", "1780 W 9th St", "288,104", "0"]]


def test_school_districts_usage_by_site_is_public():
    found = pairs_found("https://www.bellmontca.gov/cca/board/2025-04/item-9-school-energy.pdf",
                        _columns_pdf("Bellmont Unified School District - Electricity Use by Site, 2024", _SCHOOL_SITES))
    assert found == set(), found
    found = pairs_found("https://www.bellmontca.gov/cca/school-energy.xlsx", xlsx(_SCHOOL_SITES))
    assert found == set(), found


def test_a_home_or_a_customer_among_the_sites_stays_a_finding():
    rows = _SCHOOL_SITES[:2] + [["Okafor family home", "2207 Arbolada Cir", "9,412", "6"]]
    found = pairs_found("https://www.bellmontca.gov/cca/solar-pilot.pdf", _columns_pdf("Solar pilot sites", rows))
    assert values_of(found, "energy_usage") == {"9,412"} and values_of(found, "address") == {"2207 Arbolada Cir"}
    rows = [["Customer", "Site", "Address", "kWh (2024)"], ["Ines Oyelaran", "Emerson Elementary area", "2207 Arbolada Cir",
                                                          "9,412"]]
    found = pairs_found("https://www.bellmontca.gov/cca/solar-pilot.pdf", _columns_pdf("Solar pilot participants", rows))
    assert "Ines Oyelaran" in values_of(found, "customer_name") and "9,412" in values_of(found, "energy_usage")


# --- a number a person is reached through, at an office ---------------------------------------------------------------

_MISSING = ("<h1>Missing At-Risk Adult: Help Us Find Evangelina Marsh</h1><p>Evangelina Marsh, 84, who has dementia, "
            "was last seen Sunday afternoon near the 700 block of Alvarado Street wearing a blue cardigan.</p><p>{tail}</p>")


def test_family_reached_through_the_watch_commander_is_the_police_line():
    for tail in ("Her family can be reached through the watch commander at (805) 339-4416.",
                 "Relatives may be contacted via the front desk at (805) 339-4416, 24 hours a day."):
        found = pairs_found("https://www.bellmontca.gov/police/news/missing-adult.html", _page(_MISSING.format(tail=tail)),
                            "text/html")
        assert values_of(found, "phone") == set(), tail


def test_a_relatives_own_number_stays_a_finding():
    for tail in ("Her family can be reached through her son at (805) 339-4416.",
                 "Her family can be reached at (805) 339-4416."):
        found = pairs_found("https://www.bellmontca.gov/police/news/missing-adult.html", _page(_MISSING.format(tail=tail)),
                            "text/html")
        assert "(805) 339-4416" in values_of(found, "phone"), tail


# --- a candidate's filed contacts in the clerk's prose -----------------------------------------------------------------

_CLERK_URL = "https://www.bellmontca.gov/clerk/elections/2026-candidates.html"


def test_candidates_filed_contacts_are_public():
    body = ("<h1>November 3, 2026 General Municipal Election</h1><p>The following have pulled nomination papers for "
            "Mayor: Linda Ortiz, 1190 Alvarado St, Bellmont CA 93401, (805) 555-0161, linda.ortiz@yahoo.com.</p>"
            "<p>Candidate Intention Statement (Form 501) filed May 4 by Robert Chen, 418 Pismo St, Bellmont CA 93401, "
            "(805) 555-0107, bobchen4council@gmail.com, for City Council District 2.</p>")
    found = pairs_found(_CLERK_URL, _page(body), "text/html")
    assert not {kind for kind, _ in found} & {"customer_name", "address"}, found


def test_a_candidate_telling_of_their_own_account_stays_a_customer():
    body = ("<p>Candidate for City Council Robert Chen, 418 Pismo St, (805) 555-0107, called about his CCA bill "
            "and account 4589012231.</p>")
    found = pairs_found(_CLERK_URL, _page(body), "text/html")
    assert "Robert Chen" in values_of(found, "customer_name") and "4589012231" in values_of(found, "account_number")


def test_list_of_candidates_under_the_clerks_lead_is_public():
    body = ("<h1>Municipal Election: Candidates</h1><p>These candidates have filed nomination papers with the City "
            "Clerk's office and asked that the contact details below be released:</p>"
            "<p>Linda Ortiz, 1190 Alvarado St, Bellmont CA 93401, (805) 555-0161, linda.ortiz@yahoo.com - Mayor</p>"
            "<p>Robert Chen, 418 Pismo St, Bellmont CA 93401, (805) 555-0107, bobchen4council@gmail.com - Council "
            "District 2</p>")
    found = pairs_found(_CLERK_URL, _page(body), "text/html")
    assert found == set(), found


def test_a_list_of_customers_under_a_bill_lead_stays_one():
    body = ("<h1>Payment plan requests</h1><p>The following customers asked for a payment plan on their winter bill:</p>"
            "<p>Linda Ortiz, 1190 Alvarado St, Bellmont CA 93401, (805) 555-0161, linda.ortiz@yahoo.com - District 4</p>"
            "<p>Robert Chen, 418 Pismo St, Bellmont CA 93401, (805) 555-0107, bobchen@gmail.com - District 2</p>")
    found = pairs_found("https://www.bellmontca.gov/finance/notes.html", _page(body), "text/html")
    assert {"Linda Ortiz", "Robert Chen"} <= values_of(found, "customer_name")
