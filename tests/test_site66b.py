"""site66b red team: customers' names in the forms people write them.

Misses closed:
- A generational suffix that ends a name ("Adebayo Oyinlola III", "Tuan Vo Jr.", "May Whitcomb II") is the name's: the
  name is read without it (no list knows "III"; "II" after a name was read as a state's code), then given it back.
- "Surname, Given" whose given name is a month ("Delgadillo, April", "OKAFOR, JUNE", "TUIASOSOPO, Jan K."), with no
  day or year after it; a month's abbreviation as a given name opening a sentence ("Jun Marasigan wrote in").
- "Surname, I." and "Surname, I. I." with a surname's particle or joined article ("el-Sayed, M. K.", "van Houten,
  R."), a customer's role before it ("Customer van Houten, R."); initials before a surname's particles ("P. K. de la
  Rosa").
- A given name no list knows, or a word's ("Kit", "Raf", "Bill"), before a surname opened by "St." ("Kit St. Onge");
  "Bill" before a surname that is no frequent word, listed or not ("Bill Nwosu").
- On a page a budget's words make read as a budget ("Fiscal Impact", "General Fund", "fiscal year"), an account
  number whose sentence is only its label, right after a sentence naming a person who is no official: a staff
  report's narrative of a customer's case (an initial's period is no sentence's end: "N. D. Nwachukwu"); and one
  whose sentence began on the line above (a PDF's wrap) with someone's home ("The appellant lives at 1960 Fairplex Dr
  and disputes" / "charges on account 393194-71.").
"""
from __future__ import annotations

from tests.detector_helpers import docx_memo, lines_pdf, pairs_found, values_of

_SITE = "https://www.cityofsanmarcos.example.gov"


def _names(found):
    return values_of(found, "customer_name")


# --- 1. a generational suffix -------------------------------------------------------------------------------------

def test_name_with_a_generational_suffix_in_a_hidden_block():
    page = ("<html><body><h2>Payment arrangements</h2><div style=\"display:none\">Arrangement approved for "
            "Adebayo Oyinlola III, Utility Acct 5520-118-734, home at 4410 Calle Serena.</div></body></html>")
    found = pairs_found(f"{_SITE}/billing/arrangements.html", page)
    assert _names(found) == {"Adebayo Oyinlola III"}
    assert values_of(found, "account_number") == {"5520-118-734"}


def test_suffix_after_a_month_given_name_is_no_state():
    page = "<html><body><ul><li>May Whitcomb II; 3285 Fairplex Dr; customer no. PCE-2653-75723</li></ul></body></html>"
    assert _names(pairs_found(f"{_SITE}/billing/plans.html", page)) == {"May Whitcomb II"}


def test_suffixed_name_in_a_word_memo():
    memo = docx_memo("MEMORANDUM", "Re: High bill review",
                     "Ratepayer Tuan Vo Jr. asked that account 8841-22-0917 be moved to the CARE rate.")
    assert _names(pairs_found(f"{_SITE}/memos/high-bill.docx", memo)) == {"Tuan Vo Jr"}


def test_street_and_programs_with_suffixes_stay_public():
    page = ("<html><body><p>Repaving of Martin Luther King Jr. Blvd from 5th St to Grand Ave begins June 3 (Project "
            "No. 4410-2291).</p><p>Title IV funding and Phase II of the Measure R program were approved.</p>"
            "</body></html>")
    assert not _names(pairs_found(f"{_SITE}/news/paving.html", page))


# --- 2. a month as the given name after the comma ------------------------------------------------------------------

def test_month_given_name_after_the_surname():
    page = ("<html><body><h1>Call notes</h1><p>Spoke with Delgadillo, April about the disconnect notice; "
            "acct 7730-2291-04, she will pay by Friday.</p></body></html>")
    assert _names(pairs_found(f"{_SITE}/billing/calls.html", page)) == {"Delgadillo, April"}


def test_month_given_name_in_capitals_form_with_a_middle_initial():
    page = ("<html><body><p>Meter reader's note: the dial at 1190 Alvarado St read 2,210 kWh. Resident NAKASHIMA, "
            "May T. disputes the read; acct 5580 221 904.</p></body></html>")
    assert _names(pairs_found(f"{_SITE}/billing/reads.html", page)) == {"NAKASHIMA, May T."}


def test_month_given_name_after_a_surname_no_list_knows_and_opening_a_sentence():
    page = ("<html><body><p>Resident TUIASOSOPO, Jan K. asked that acct 4470 219 803 go on a payment plan.</p>"
            "<p>Jun Marasigan wrote in about Acct. No. 3390417726; the reply went out Monday.</p></body></html>")
    assert _names(pairs_found(f"{_SITE}/billing/letters.html", page)) == {"TUIASOSOPO, Jan K.", "Jun Marasigan"}


def test_dates_and_staff_in_surname_first_form_stay_public():
    page = ("<html><body><h1>Staff Directory</h1><table><tr><th>Name</th><th>Title</th><th>Phone</th></tr>"
            "<tr><td>Reyes, June</td><td>Utility Billing Supervisor</td><td>(909) 620-2000</td></tr>"
            "<tr><td>Haddad, N.</td><td>Senior Planner</td><td>(909) 620-2261</td></tr>"
            "<tr><td>el-Sayed, Mona</td><td>Account Clerk II</td><td>(909) 620-2262</td></tr></table>"
            "<p>Council Meeting, Tuesday, June 10. Annual Report, May 2026.</p></body></html>")
    assert not _names(pairs_found(f"{_SITE}/directory.html", page))


# --- 3. a surname and initials, a particle or an article before it ----------------------------------------------

def test_surname_with_particle_or_article_and_initials():
    page = ("<html><body><p>Shut-off held for el-Sayed, M. K. at 8812 Citrus Ave; service account 30-41882-7.</p>"
            "<p>Customer van Houten, R. (acct 6621 0045 19) asked for a payment plan.</p>"
            "<p>Deposit refunded to P. K. de la Rosa, acct 6621 0045 20, by check.</p></body></html>")
    assert _names(pairs_found(f"{_SITE}/billing/holds.html", page)) == {"el-Sayed, M. K.", "van Houten, R.",
                                                                         "P. K. de la Rosa"}


def test_streets_after_a_direction_with_particles_stay_public():
    page = ("<html><body><p>Crews replace the main on W. Van Buren Ave and at E. De La Vina St this week; the "
            "project account is 2-16-222-2222.</p></body></html>")
    assert not _names(pairs_found(f"{_SITE}/news/mains.html", page))


# --- 4. "St." surnames, word given names -------------------------------------------------------------------------

def test_given_name_no_list_knows_before_a_saints_surname():
    page = ("<html><body><p>The customer Kit St. Onge, account 8123-4401-77, reported a meter fault at 1203 Olive "
            "St.</p><p>Rebate paid to Bill Nwosu, acct 5512 0930 22, for the heat pump at 77 Vine Ave.</p>"
            "</body></html>")
    assert _names(pairs_found(f"{_SITE}/rebates.html", page)) == {"Kit St. Onge", "Bill Nwosu"}


def test_saints_streets_churches_and_firms_stay_public():
    page = ("<html><body><p>The St. Andrews Pl resurfacing is complete; Van Buren Plumbing, Inc. (Vendor 11204) "
            "repaired the main at St. Paul Church, 412 E Holt Ave.</p><p>Bill Pay and Bill Summary help: account "
            "1100-2231-22 is the city's example.</p></body></html>")
    assert not _names(pairs_found(f"{_SITE}/news/works.html", page))


# --- 5. a customer's case on a budget page ------------------------------------------------------------------------

_BUDGET_LINES = ["FISCAL IMPACT", "Capital projects are funded by Measure PC and the General Fund.",
                 "The fiscal year begins July 1 and ends June 30 of the following year."]


def test_account_after_a_sentence_naming_the_customer_on_a_budget_page():
    pdf = lines_pdf([*_BUDGET_LINES,
                     "Service at 2261 Larch Ct was restored after O. T. Adeyemi paid the balance in person.",
                     "Account number: 441902-37. The credit was applied in May."])
    found = pairs_found(f"{_SITE}/agendas/2026-05-12/item-7.pdf", pdf)
    assert values_of(found, "account_number") == {"441902-37"}
    assert _names(found) == {"O. T. Adeyemi"}


def test_budget_accounts_after_an_officials_sentence_stay_public():
    pdf = lines_pdf([*_BUDGET_LINES,
                     "The item was presented by Councilmember Ruth Adeyemi.",
                     "Account number: 441902-37. Office supplies and postage."])
    found = pairs_found(f"{_SITE}/agendas/2026-05-12/item-8.pdf", pdf)
    assert not values_of(found, "account_number") and not _names(found)


def test_account_whose_wrapped_sentence_gives_the_appellants_home_on_a_budget_page():
    pdf = lines_pdf([*_BUDGET_LINES,
                     "Hearing No. 9 - Ferreira, Ines. The appellant resides at 4471 Banyan Way and contests",
                     "the late fees on account 582210-06."])
    found = pairs_found(f"{_SITE}/agendas/2026-05-12/item-9.pdf", pdf)
    assert values_of(found, "account_number") == {"582210-06"}
    assert "4471 Banyan Way" in values_of(found, "address")


def test_budget_account_after_a_facilitys_address_stays_public():
    pdf = lines_pdf([*_BUDGET_LINES,
                     "Roof repairs at the corporation yard, 1475 N Hacienda Blvd, cost $4,100 and are charged to",
                     "account 2045531 in the adopted budget."])
    assert not values_of(pairs_found(f"{_SITE}/agendas/2026-05-12/item-10.pdf", pdf), "account_number")
