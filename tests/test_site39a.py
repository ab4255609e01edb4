"""Customer narratives in staff prose and the shapes of their phones and addresses (red team site39).

- A consumption told as a named person's own without a possessive: the verb right after the name ("... averaged 62
  kWh a day"), or a usage history given as theirs with its months listed after the name ("Consumption records
  supplied by ...: May 812 kWh, ..."), also in a text file whose footer gives the utility's mailbox, and a surname that
  is a facility's word ("Seo-yeon Park averaged ..."). Hard negatives:
  a facility's monthly series, an official's figures, a typical home in a rate FAQ, a program's monthly enrolment.
- A tenant-landlord dispute: the tenant's home ("occupies", "rents") and the holder's billing address ("whose bills
  go to ...", "the account is held by the owner, ..."), also pasted into an eComments page, where the transfer of the
  account is its holder's own utility matter. Hard negatives: a land-use applicant who occupies a building, a public
  commenter a line before the dispute in a PDF, a tenant's comment on a zoning item.
- A risk-management claim log ("Claim 25-0331: ... of ... claims ...") and the claimant's number in the next sentence
  ("will call the claimant at ..."). Hard negative: a firm's claim with the office's number.
- A callback whose number has its label ("..., tel. 951.337.4820 ext. 15"), beside the utility's contact paragraph
  too, and the account its payment plan is "on" (ten digits, no label). Hard negatives: a staff member's line, the
  call center's number a payment plan is set up "on".
- "The occupant, ..., at ..." to call before a meter test: a party, as a tenant is.
- Returned mail and a postponed disconnection told of one household at its address, a city and ZIP+4 with no state
  ("..., Pomona 91766-4410"), a unit, a PDF line break before "came back". Hard negative: a hearing notice returned
  on a planning page.
- A page titled "Correspondence Received" (a public-comment page): a rebate recipients table and a life-support note
  pasted into it are still customers' records; a speaker-card table there is not.
- Lines that do not run on: an e-mail's sign-off ("Thanks, Beatrix") over a field note ("Field note ..."), which made
  "Beatrix Field"; a Chinese line ending in a full stop over a public commenter's line.
"""
from __future__ import annotations

import html

from tests.detector_helpers import docx_form, lines_pdf, pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org"


def _page(title: str, *paragraphs: str, extra: str = "") -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}{extra}</body></html>"


def _html(title: str, *paragraphs: str, extra: str = "") -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/pce/updates.html", _page(title, *paragraphs, extra=extra))


# --- 1. usage told as a person's own ----------------------------------------------------------------------------

def test_a_usage_history_given_as_a_persons_lists_every_month():
    found = _html("Billing review notes", "Consumption records supplied by Oksana Petrenko: May 812 kWh, June 1,033 kWh,"
                  " July 1,250 kWh and August 1,198 kWh.")
    assert ("customer_name", "Oksana Petrenko") in found
    assert values_of(found, "energy_usage") == {"812 kWh", "1,033 kWh", "1,250 kWh", "1,198 kWh"}


def test_a_daily_average_after_the_name_is_their_usage_in_a_word_document():
    body = docx_form([], "Interval data show that Desmond Achebe averaged 62 kWh a day in August, mostly after 6 p.m.",
                     heading="High-bill investigations")
    found = pairs_found(f"{_SITE}/pce/docs/investigations.docx", body)
    assert {("customer_name", "Desmond Achebe"), ("energy_usage", "62 kWh")} <= found


def test_a_usage_history_in_a_text_file_with_the_utilitys_mailbox_nearby():
    text = ("Export notes\n\nQuestions about your bill? Write to customercare@pomonachoiceenergy.org or call "
            "1-833-766-6621.\n\nUsage history provided by Teodora Vlahos: March 944 kWh, April 1,102 kWh and May "
            "1,377 kWh.\n")
    found = pairs_found(f"{_SITE}/it/export-notes.txt", text.encode(), "text/plain")
    assert ("customer_name", "Teodora Vlahos") in found
    assert values_of(found, "energy_usage") == {"944 kWh", "1,102 kWh", "1,377 kWh"}


def test_a_facilitys_series_an_officials_figures_and_a_typical_home_stay_silent():
    found = _html("Energy use at City facilities",
                  "Usage history for the Washington Park Community Center: May 8,120 kWh, June 9,044 kWh and July "
                  "10,310 kWh.",
                  "City Hall used 41,200 kWh in July; the Library averaged 310 kWh a day.",
                  "Program Manager Carla Jimenez said a typical home uses 540 kWh a month.",
                  "For example, a typical home using 500 kWh a month pays about $120.",
                  "Budget Billing enrolment by month: January 214, February 236 and March 251.")
    assert not values_of(found, "customer_name") and not values_of(found, "energy_usage")


# --- 2. a tenant-landlord dispute ---------------------------------------------------------------------------------

def test_both_parties_of_a_tenant_landlord_dispute_and_both_addresses():
    found = _html("Account transfer requests",
                  "Tenant Yusuf Demir rents 1419 E Phillips Blvd, Apt. 6; the account is held by the landlord, Greta "
                  "Holm, whose bills are mailed to PO Box 812, Claremont, CA 91711. The tenant wants the account in "
                  "his own name.")
    assert {("customer_name", "Yusuf Demir"), ("customer_name", "Greta Holm"),
            ("address", "1419 E Phillips Blvd, Apt. 6"), ("address", "PO Box 812, Claremont, CA 91711")} <= found


def test_the_owner_holding_the_account_in_a_pdf():
    body = lines_pdf(["Customer Care escalations - March", "",
                      "The tenant, Marguerite Osei, occupies 2210 W Grand Ave, Unit 4, Pomona, CA 91766; the account",
                      "is held by the owner, Anselm Brandt, whose bills go to P.O. Box 4471, Ontario, CA 91761.",
                      "Michael Wade, a Pomona resident, spoke against the proposed warehouse on Mission Boulevard."])
    found = pairs_found(f"{_SITE}/pce/docs/escalations.pdf", body)
    assert {("customer_name", "Marguerite Osei"), ("customer_name", "Anselm Brandt"),
            ("address", "2210 W Grand Ave, Unit 4, Pomona, CA 91766")} <= found
    assert "Michael Wade" not in values_of(found, "customer_name")


def test_a_tenant_dispute_pasted_into_an_ecomments_page_but_not_a_tenants_comment_on_zoning():
    found = _html("eComments - Item 7",
                  "eComment from Rowena Achterberg: I rent 1108 W Fernleaf Ave, Unit 2, and I oppose the warehouse on "
                  "Mission Boulevard because of the truck traffic.",
                  "The tenant, Casimir Duval, occupies 1822 W Knight Ave, Apt. 37C, Pomona, CA 91767; the account is "
                  "held by the owner, Ilse Vandermeer, whose bills go to P.O. Box 2111, Ontario, CA 91711. The tenant "
                  "asked that the account be transferred into his own name.")
    assert {("customer_name", "Casimir Duval"), ("customer_name", "Ilse Vandermeer"),
            ("address", "1822 W Knight Ave, Apt. 37C, Pomona, CA 91767")} <= found
    assert "Rowena Achterberg" not in values_of(found, "customer_name")
    assert "1108 W Fernleaf Ave, Unit 2" not in values_of(found, "address")


def test_a_land_use_applicant_who_occupies_a_building_stays_silent():
    found = _html("Planning Commission agenda",
                  "The applicant, Bruno Sousa, occupies the building at 1234 W Mission Blvd and requests a Conditional "
                  "Use Permit for a bakery; the utility will review the service drop.")
    assert not values_of(found, "customer_name") and not values_of(found, "address")


# --- 3. a claim log ------------------------------------------------------------------------------------------------

def test_a_claim_log_entry_names_the_claimant_their_home_and_number():
    body = lines_pdf(["Risk Management - outage claims", "",
                      "Claim 25-0331: Imogen Castellanos of 2716 N Towne Ave claims spoiled food and a damaged",
                      "freezer after the March 3 outage. Risk Management will call the claimant at 626.415.0932."])
    found = pairs_found(f"{_SITE}/risk/claims.pdf", body)
    assert {("customer_name", "Imogen Castellanos"), ("address", "2716 N Towne Ave"),
            ("phone", "626.415.0932")} <= found


def test_a_firms_claim_with_the_offices_number_stays_silent():
    found = _html("Claims report", "Claim 25-0402: Valley Plumbing Inc of 990 E Holt Ave claims damage to a truck from "
                  "a City tree. Contact Risk Management at (909) 620-2211.")
    assert not values_of(found, "customer_name") and not values_of(found, "phone")


# --- 4. a callback's labelled number -------------------------------------------------------------------------------

def test_a_callback_with_a_labelled_dotted_number_and_extension():
    found = _html("Council minutes", "Callback requested: Rosalind Okafor, tel. 951.337.4820 ext. 15, about the payment "
                  "arrangement on her account.")
    assert {("customer_name", "Rosalind Okafor"), ("phone", "951.337.4820")} <= found


def test_the_account_a_callbacks_payment_plan_is_on():
    found = _html("Council minutes",
                  "Callback requested: Ottokar Lindgren, tel. 562.596.2210 ext. 8, regarding the levelized payment plan "
                  "on 4706349911.",
                  "Callback requested: Perpetua Mwangi, tel. 909.528.7730, about the balance on 3-04-675-8622.",
                  "Callback requested: Dorit Abramsky, tel. 909.528.7731, to set up a payment plan on 1-833-766-6621 "
                  "with the call center.")
    assert {("account_number", "4706349911"), ("account_number", "3-04-675-8622")} <= found
    assert "1-833-766-6621" not in values_of(found, "account_number") | values_of(found, "phone")


def test_a_staff_members_labelled_line_stays_silent():
    found = _html("Council minutes", "For questions about the levelized payment plan, call Senior Analyst Mark Feld, "
                  "tel. 909.620.2250 ext. 4.")
    assert not values_of(found, "customer_name")


# --- 5. returned mail, a postponed disconnection -------------------------------------------------------------------

def test_returned_mail_to_a_household_with_a_zip_plus_four_and_no_state():
    found = _html("Call log", "Returned mail: the bill sent to Henrik Dahl at 3308 S Reservoir St, Pomona 91766-4410 was "
                  "returned undeliverable; staff will confirm the address with SCE.")
    assert {("customer_name", "Henrik Dahl"), ("address", "3308 S Reservoir St, Pomona 91766-4410")} <= found


def test_a_disconnection_postponed_for_a_household_at_its_unit():
    found = _html("Field operations", "Disconnection was deferred for Ingrid Solberg at 845 W Kenoak Dr, Unit 9 until the "
                  "heat advisory ends.")
    assert {("customer_name", "Ingrid Solberg"), ("address", "845 W Kenoak Dr, Unit 9")} <= found


def test_a_returned_hearing_notice_stays_silent():
    found = _html("Planning notices", "The hearing notice to Lucia Ferrante at 1550 N Gibbs St, Pomona 91767-2201 came "
                  "back marked vacant; Planning will re-mail it.")
    assert not values_of(found, "customer_name")


# --- 6. a correspondence page --------------------------------------------------------------------------------------

_RECIPIENTS = ("<table><tr><th>Recipient</th><th>Address</th><th>Phone</th><th>Rebate</th></tr>"
               "<tr><td>Rafael Ibarra</td><td>1820 W Holt Ave, Pomona, CA 91768</td><td>(909) 412-7781</td><td>$75</td></tr>"
               "<tr><td>Danielle Ortiz</td><td>344 E Kingsley Ave</td><td>626-318-4420</td><td>$250</td></tr></table>")
_SPEAKER_CARDS = ("<table><tr><th>Name</th><th>Address</th><th>Topic</th></tr>"
                  "<tr><td>Hollis Wainwright</td><td>77 W Bonita Ave</td><td>Library hours</td></tr></table>")


def test_a_recipients_table_and_a_life_support_note_on_a_correspondence_page():
    found = _html("Council Correspondence Received",
                  "To the City Council, please vote no on the warehouse project. Sincerely, Marisol Cheng",
                  "Do not disconnect: Benedikt Arnaud (2202 N Sage Pl) is on life-support equipment. Notify family at "
                  "909.742.6610 48 hours before any planned outage.", extra=_RECIPIENTS + _SPEAKER_CARDS)
    assert {("customer_name", "Rafael Ibarra"), ("customer_name", "Danielle Ortiz"), ("phone", "(909) 412-7781"),
            ("address", "344 E Kingsley Ave"), ("customer_name", "Benedikt Arnaud"), ("address", "2202 N Sage Pl"),
            ("phone", "909.742.6610")} <= found
    assert not {"Hollis Wainwright", "Marisol Cheng"} & values_of(found, "customer_name")
    assert "77 W Bonita Ave" not in values_of(found, "address")


# --- 7. lines that do not run on -----------------------------------------------------------------------------------

def test_a_sign_off_does_not_join_the_next_line_into_a_name():
    text = ("Customer care export\n\nHi, I still have not received a credit on account 4215860134. Please call me at "
            "(909) 794-8386 or just reply to this email. Thanks, Beatrix\nField note 11/02/2026: meter at 1201 W Holt "
            "Ave (acct 3657962086) read 712 kWh since last cycle.\n")
    found = pairs_found(f"{_SITE}/pce/docs/export.txt", text.encode(), "text/plain")
    assert ("address", "1201 W Holt Ave") in found
    assert not any("Field" in name for name in values_of(found, "customer_name"))


def test_a_chinese_full_stop_ends_the_line_above_a_public_commenter():
    found = _html("客户投诉摘要", "用户姓名：罗欢；账号 4835935761；电话 951-773-9008。该客户要求退出 PCE 服务。\n"
                  "Ignatius Moreau spoke in support of the new library hours and thanked staff.")
    assert ("account_number", "4835935761") in found
    assert "Ignatius Moreau" not in values_of(found, "customer_name")


# --- generalisations: other formats and names ----------------------------------------------------------------------

def test_a_callback_in_minutes_beside_the_utilitys_contact_paragraph():
    body = docx_form([], "Draft Minutes, April 14, 2026",
                     "Callback requested: Ottilie Brennan, tel. 909.528.4417 ext. 32, about the levelized payment plan.",
                     "Questions about your bill? Call PCE Customer Care at 1-833-766-6621 or write to "
                     "customercare@pomonachoiceenergy.org. Visit us at City Hall, 505 S. Garey Ave, Pomona, CA 91766.")
    found = pairs_found(f"{_SITE}/council/minutes-draft.docx", body)
    assert {("customer_name", "Ottilie Brennan"), ("phone", "909.528.4417")} <= found


def test_a_daily_average_of_a_person_whose_surname_is_a_facilitys_word():
    found = _html("Council Correspondence Received",
                  "Smart-meter interval data show that Seo-yeon Park averaged 47 kWh a day during the heat wave.",
                  "Ganesha Park used 116,398 kWh last fiscal year.")
    assert {("customer_name", "Seo-yeon Park"), ("energy_usage", "47 kWh")} <= found
    assert "116,398 kWh" not in values_of(found, "energy_usage")


def test_returned_mail_told_across_a_pdfs_line_break():
    body = lines_pdf(["Returned mail: the notice to Wendell Asante at 955 San Antonio Ave, Pomona 91767-6779",
                      "came back marked 'no such number'; staff will verify the address with SCE."])
    found = pairs_found(f"{_SITE}/pce/docs/returned-mail.pdf", body)
    assert {("customer_name", "Wendell Asante"), ("address", "955 San Antonio Ave, Pomona 91767-6779")} <= found


def test_the_occupant_to_call_before_a_meter_test():
    found = _html("Meter services", "The property manager asked us to call the occupant, Min-seo Cho, at 1-951-938-6019 "
                  "before entering the side yard at 1303 S Grand Ave to test the meter.")
    assert {("customer_name", "Min-seo Cho"), ("phone", "1-951-938-6019"), ("address", "1303 S Grand Ave")} <= found
