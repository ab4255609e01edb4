"""Round 62, the lead's branch: what last round's claims generator (site61a) showed on a seed never run before (35).

A claim's narrative tells the claimant's name, home and contact details in the paragraphs above the one that gives
the account, which names no one; a memo's next paragraph speaks of "the homeowner" and "the back-bill"; a home is
located "in the Cerro Vista neighborhood"; a password's sentence is cut by a PDF's line break between its label and
its verb. Each true case is written in other names and words than the generator's, beside its nearest hard negative.
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, lines_pdf, pairs_found, values_of

CLAIM_URL = "https://www.example.gov/risk/claims/claim-2291.pdf"
ACCOUNT_LINE = "According to the attached bill, the Edison account number is 7204118339."


def _claim(*paragraphs: list[str]) -> bytes:
    lines = ["Government Claim GC-2291", "", "Received by: Wendell Achebe, Claims Technician", ""]
    for paragraph in paragraphs:
        lines += [*paragraph, ""]
    return lines_pdf(lines)


def test_a_claimants_details_told_above_the_unnamed_account_are_the_record():
    found = pairs_found(CLAIM_URL, _claim(
        ["This claim is presented on behalf of Teodoro Vasquez-Lund. The homeowner has lived at",
         "4410 Calle Mirador since 2015 and reports that the storm of March 2 ruined a freezer."],
        ["The homeowner may be reached at (951) 662-0147 or tvlund@yahoo.com."],
        [ACCOUNT_LINE]))
    assert values_of(found, "customer_name") == {"Teodoro Vasquez-Lund"}
    assert values_of(found, "address") == {"4410 Calle Mirador"}
    assert ("phone", "(951) 662-0147") in found and ("email", "tvlund@yahoo.com") in found
    assert ("account_number", "7204118339") in found


def test_a_claimant_named_again_by_title_and_surname_is_one_person():
    found = pairs_found(CLAIM_URL, _claim(
        ["On May 9 the lights at the home of Ilse Marchetti-Obi flickered and went out. The subject",
         "property is located at 2207 Sandpiper Court in the Loma Alta neighborhood."],
        ["Best contact is Ms. Marchetti-Obi's cell, 626.480.1193."],
        [ACCOUNT_LINE]))
    assert values_of(found, "customer_name") == {"Ilse Marchetti-Obi", "Ms. Marchetti-Obi"}
    assert values_of(found, "address") == {"2207 Sandpiper Court"}
    assert ("phone", "626.480.1193") in found


def test_an_attorneys_or_staff_members_details_above_an_unnamed_account_stay_theirs():
    represented = pairs_found(CLAIM_URL, _claim(
        ["Claimant is represented by Jordan Pike, Pike & Vela LLP, 1800 Orange Tree Lane,",
         "Suite 300, Redlands, CA 92374; telephone (909) 335-7710; jpike@pikevela.com."],
        [ACCOUNT_LINE]))
    reviewed = pairs_found(CLAIM_URL, _claim(
        ["The homeowner's claim was reviewed by Lorraine Quist, Risk Manager, who may be",
         "reached at (909) 620-2291 or lquist@arroyoverde.gov."],
        [ACCOUNT_LINE]))
    assert represented == reviewed == {("account_number", "7204118339")}


def test_two_people_above_an_unnamed_account_leave_whose_it_is_untold():
    found = pairs_found(CLAIM_URL, _claim(
        ["This claim is presented on behalf of Teodoro Vasquez-Lund. The homeowner's neighbor,",
         "Marguerite Oyelaran of 4412 Calle Mirador, saw the transformer spark."],
        [ACCOUNT_LINE]))
    assert found == {("account_number", "7204118339")}


_MEMO_RECORD = ("This memorandum summarizes the dispute with Rosalind Tercero of 88 Alder Court. Edison's records for "
                "service account 7712004519 show the meter was replaced on July 3.")


def test_the_homeowner_and_the_back_bill_go_on_with_the_case_in_the_next_paragraph():
    found = pairs_found("https://www.example.gov/attorney/memo.docx", docx_paragraphs(
        _MEMO_RECORD, "The back-bill assumed average usage of 1,410 kWh per month, while the homeowner contends "
                      "actual use was closer to 980 kWh."))
    assert {"1,410 kWh", "980 kWh"} <= values_of(found, "energy_usage")


def test_another_owner_in_the_next_paragraph_is_not_the_case():
    found = pairs_found("https://www.example.gov/attorney/memo.docx", docx_paragraphs(
        _MEMO_RECORD, "The owner of the adjacent parcel, Delmar Quist, can be reached at 909-555-0182."))
    assert not values_of(found, "phone") and "Delmar Quist" not in values_of(found, "customer_name")


def test_a_home_located_in_a_named_part_of_town_is_the_records():
    found = pairs_found("https://www.example.gov/claims/summary", (
        "<html><body><p>The home is located at 13684 Garey Avenue in the Cerro Vista area. Edison account "
        "3394 911 282 is held by Anahit Horakova.</p></body></html>").encode())
    assert values_of(found, "address") == {"13684 Garey Avenue"}


def test_a_firm_named_in_the_address_sentence_keeps_its_address():
    found = pairs_found("https://www.example.gov/claims/summary", (
        "<html><body><p>The adjuster is located at 900 Harbor Blvd at Tresca Valley Insurance Services. Edison "
        "account 3394 911 282 is held by Anahit Horakova.</p></body></html>").encode())
    assert not values_of(found, "address")


def test_a_password_whose_sentence_a_pdf_line_break_cuts_is_found():
    found = pairs_found("https://www.example.gov/agenda/attachment.pdf", lines_pdf([
        "Hi - the shared login for the intake portal locked again. User name is risk.intake and the password I set this",
        "morning is Lantern!88vq. Can you unlock it?"]))
    assert ("credential", "Lantern!88vq") in found


def test_a_meeting_passcode_cut_the_same_way_is_not_a_password():
    found = pairs_found("https://www.example.gov/agenda/notice.pdf", lines_pdf([
        "The hearing is open to the public and the password for the",
        "webinar is 448812. Join at 6 p.m. from the City's website."]))
    assert not values_of(found, "credential")


def test_the_party_named_between_commas_after_their_home_is_a_person_not_a_town():
    found = pairs_found("https://www.example.gov/council/staff-report.pdf", lines_pdf([
        "Claim No. 26-418. The homeowner at 2290 N. Reservoir Street, Ingeborg Tshabalala, reports that an",
        "oxygen concentrator failed during the outage. I.T. is on Medical Baseline; account 5530-7716",
        "recorded 712 kWh over the cycle."]))
    assert values_of(found, "customer_name") == {"Ingeborg Tshabalala"}
    assert values_of(found, "address") == {"2290 N. Reservoir Street"}


def test_a_town_after_the_home_stays_a_town():
    found = pairs_found("https://www.example.gov/council/staff-report.pdf", lines_pdf([
        "Claim No. 26-418. The homeowner at 2290 N. Reservoir Street, Alta Loma, reports that an oxygen",
        "concentrator failed during the outage. The household is on Medical Baseline; account 5530-7716",
        "recorded 712 kWh over the cycle."]))
    assert not values_of(found, "customer_name")


def test_an_account_that_recorded_usage_is_no_ledger_line_on_a_page_with_a_fiscal_impact():
    found = pairs_found("https://www.example.gov/council/staff-report.pdf", lines_pdf([
        "Claim No. 26-418. Staff reviewed the outage. The household had enrolled in Medical Baseline;",
        "account 5530-7716 recorded 712 kWh over the cycle. Staff recommends settlement of $1,850.",
        "",
        "FISCAL IMPACT",
        "",
        "Settlement costs are within the Self-Insurance Fund (Fund 610) budget of $450,000."]))
    assert ("account_number", "5530-7716") in found


def test_a_ledger_account_on_the_same_page_stays_a_ledger_line():
    found = pairs_found("https://www.example.gov/council/staff-report.pdf", lines_pdf([
        "FISCAL IMPACT",
        "",
        "Settlement costs are charged to account 610-1930-52 in the Self-Insurance Fund (Fund 610),",
        "budget of $450,000; the Civic Center's electricity is paid from the General Fund."]))
    assert not values_of(found, "account_number")


def test_a_letters_customer_greeted_by_surname_is_named_in_full_in_its_body():
    page = ("<html><body><main><h1>Public Records Act Response PRR-2026-4410</h1><p>Dear Mr. Okonjo-Vance:</p>"
            "<p>This letter responds to your request under the California Public Records Act, submitted by Emeka "
            "Okonjo-Vance through the portal from emeka.ov@yahoo.com.</p><p>You asked for the billing history of "
            "your account 4471208815. Your usage for the year was 6,208 kWh.</p><p>Sincerely, Harriet Lindqvist, "
            "Deputy City Clerk</p></main></body></html>")
    found = pairs_found("https://www.example.gov/records/prr-2026-4410", page.encode())
    assert {"Mr. Okonjo-Vance", "Emeka Okonjo-Vance"} <= values_of(found, "customer_name")


def test_an_official_who_shares_the_greeted_surname_is_not_the_customer():
    page = ("<html><body><main><p>Dear Ms. Okonjo:</p><p>Thank you for writing about your account 4471208815. "
            "Councilmember Adaeze Okonjo asked staff to review it at the council meeting.</p><p>Sincerely, "
            "Harriet Lindqvist, Deputy City Clerk</p></main></body></html>")
    found = pairs_found("https://www.example.gov/records/letter", page.encode())
    assert not any("Adaeze" in name for name in values_of(found, "customer_name"))


def test_a_lien_resolutions_owner_who_failed_to_pay_has_the_parcels_address_as_premises():
    page = ("<html><body><main><h1>Resolution No. 2026-12: Confirming Delinquent Utility Charges as Liens</h1><p>"
            "WHEREAS, Marisela Oyelowo-Grant, the owner of record of the real property located at 4471 Juniper Bluff "
            "Road (APN 1088-302-19), has failed to pay charges billed under account 5512093381 totaling $1,204.77; "
            "and</p></main></body></html>")
    found = pairs_found("https://www.example.gov/council/resolution-2026-12", page.encode())
    assert values_of(found, "address") == {"4471 Juniper Bluff Road"}


def test_a_hearings_parcel_with_no_charges_owed_stays_the_hearings():
    page = ("<html><body><main><p>Public hearing: a variance for the real property located at 4471 Juniper Bluff "
            "Road (APN 1088-302-19). The applicant, Marisela Oyelowo-Grant, spoke in favour.</p></main></body></html>")
    assert not values_of(pairs_found("https://www.example.gov/planning/hearing", page.encode()), "address")


def test_contact_information_on_the_account_is_the_records_phone():
    found = pairs_found("https://www.example.gov/records/subpoena-response.pdf", lines_pdf([
        "Pursuant to the subpoena, the City produces the billing records for account ML4410882, in the name",
        "of Ottavia Brennan-Sato, service address 2216 Bellwood Court, for January through June.",
        "Contact information on the account: primary phone (951) 442-0138; paperless billing address",
        "obrennansato@icloud.com."]))
    assert ("phone", "(951) 442-0138") in found


def test_an_offices_information_line_stays_the_offices():
    found = pairs_found("https://www.example.gov/billing/help", (
        "<html><body><p>For billing information on your account, call Customer Care at (800) 555-0199 or visit "
        "the PCE office.</p></body></html>").encode())
    assert not values_of(found, "phone")


def test_a_businesss_w9_in_a_chat_export_is_public_and_a_persons_is_not():
    business = pairs_found("https://www.example.gov/files/slack/ap.txt",
                           "W-9 from Oakhurst Tile & Stone Supply came in, EIN 84-2230917, forwarding to AP")
    roasters = pairs_found("https://www.example.gov/files/slack/ap.txt",
                           "W-9 from Bluebird Coffee Roasters came in, EIN 84-2230917, forwarding to AP")
    person = pairs_found("https://www.example.gov/files/slack/ap.txt",
                         "W-9 from Perpetua Okwuosa came in, EIN 84-2230917, forwarding to AP")
    assert not business and not roasters
    assert ("taxpayer_id", "84-2230917") in person


def test_the_official_a_clause_cites_is_not_its_subject():
    found = pairs_found("https://www.example.gov/uac/staff-report.docx", docx_paragraphs(
        "Per the hearing officer, Wilhelmina Achterberg keeps service: portal password reset to Heron$2291, "
        "Edison service account #2-44-910-7715, cell 951-402-7730."))
    assert "Wilhelmina Achterberg" in values_of(found, "customer_name")


def test_the_official_named_after_their_title_stays_an_official():
    found = pairs_found("https://www.example.gov/uac/staff-report.docx", docx_paragraphs(
        "Per the billing supervisor, Wilhelmina Achterberg, the waiver for Edison service account #2-44-910-7715 "
        "was approved on May 2.", "Hearing Officer Dmitri Castellanos found the meter accurate for account "
        "2-44-910-7715."))
    assert not values_of(found, "customer_name")


def test_a_departments_rank_before_a_name_makes_an_official_not_a_longer_name():
    for titled in ("Fire Chief Ramona Quezada-Holt", "Police Captain Ramona Quezada-Holt",
                   "Fire Marshal Ramona Quezada-Holt", "Branch Librarian Ramona Quezada-Holt"):
        page = (f"<html><body><p>Thank you for writing about the account 7712004519. {titled} attended the "
                f"community meeting at the library.</p></body></html>")
        found = pairs_found("https://www.example.gov/news/meeting", page.encode())
        assert not values_of(found, "customer_name"), titled


def test_a_customer_beside_a_ranked_official_is_still_found():
    page = ("<html><body><p>Fire Chief Ramona Quezada-Holt visited the home of Teodor Blascovich at 77 Alder Court "
            "after the outage; his SCE account 7712004519 was credited.</p></body></html>")
    found = pairs_found("https://www.example.gov/news/outage", page.encode())
    assert "Teodor Blascovich" in values_of(found, "customer_name")
    assert "Ramona Quezada-Holt" not in values_of(found, "customer_name")


def test_a_contractors_owner_or_an_answers_initial_above_an_unnamed_account_is_no_customer():
    contractor = pairs_found("https://www.example.gov/reports/stories.pdf", lines_pdf([
        "The installation was performed by Arroyo Weatherization Co. (owner Desmond Feltham, EIN 82-3356120),",
        "a participating contractor, and the homeowner was satisfied.",
        "",
        ACCOUNT_LINE]))
    hearing = pairs_found("https://www.example.gov/hearings/summary.pdf", lines_pdf([
        "Q. Where is the service? A. 14483 Manzanita Ave. #4; the bills go to P.O. Box 1606.",
        "Q. Phone? A. Home 714-363-1771.",
        "",
        ACCOUNT_LINE]))
    assert not values_of(contractor, "customer_name") and not values_of(hearing, "customer_name")


def test_a_reports_figures_and_headings_above_an_unnamed_account_are_no_part_of_the_case():
    found = pairs_found("https://www.example.gov/council/staff-report.pdf", lines_pdf([
        "BACKGROUND",
        "",
        "On February 11 a failed recloser caused an outage affecting 2,318 customers. Community-wide",
        "consumption that day was 612,400 kWh.",
        "",
        "DISCUSSION",
        "",
        "This claim is presented on behalf of Teodoro Vasquez-Lund. The homeowner has lived at",
        "4410 Calle Mirador since 2015.",
        "",
        ACCOUNT_LINE]))
    assert "612,400 kWh" not in values_of(found, "energy_usage")
    assert values_of(found, "customer_name") == {"Teodoro Vasquez-Lund"}
