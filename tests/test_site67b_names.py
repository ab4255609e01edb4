"""site67b red team: customers' names in every form people and systems write them.

Misses closed:
- "IV" after a name is its generational suffix, no state's code ("Everett Castellanos IV — Acct ..."; "II", "JR" and
  "SR" were already refused as states).
- The Malay "binti" and "binte" (daughter of) are particles of a name, as "bin" is ("Siti binti Abdullah").
- A short surname that is a particle elsewhere before initials ("Le, G.", "DU, M. K."), and a surname opened by
  "St." before initials ("St. Clair, D. P."), beside an account.
- A caller's or a customer's column whose value wraps the name in a holder's words: "Estate of ...", "c/o ...",
  "... (tenant)", a couple sharing a surname ("Lorraine & Tobias Quintanilla").
- An initialled name after a verb of holding and "by" ("the late fees owed by J. P. Pendergast on account ...") is
  whose the debt is, no desk's initialled signature ("entered by J. Ortiz").
- A place word's surname first, then a given name and a middle initial ("PARK, Eun-ji J.", "Hall, Denise M.").
- A nickname that is a word of bills or places ("William (Bill) Fairweather") made the row a place's.
- A mailing label's addressee over its "C/O" line ("ESTATE OF ..." / "C/O ..." / street / city / "ACCT ..."): only
  the care-of recipient was reported, the account's holder left out.

Precision: a program's title whose last words read as a name ("Community Development Block Grant - Account No.
101-2210-11" on a budget page) named a "Block Grant" and made the ledger's account a customer's.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofalderpoint.example.gov"


def _names(found):
    return values_of(found, "customer_name")


# --- 1. "IV" ends a name ------------------------------------------------------------------------------------------

def test_fourth_generation_suffix_in_a_shut_off_list():
    page = ("<html><body><h1>Shut-off list</h1><ul><li>Everett Castellanos IV &mdash; Acct 5520118734 &mdash; "
            "1374 Hamilton Blvd</li><li>Rhoda Pelletier &mdash; Acct 5520118735 &mdash; 88 E Pearl St</li></ul>"
            "</body></html>")
    assert _names(pairs_found(f"{_SITE}/billing/shutoff.html", page)) == {"Everett Castellanos IV", "Rhoda Pelletier"}


def test_suffixed_staff_and_title_iv_stay_public():
    page = ("<html><body><h1>Utility Billing staff</h1><table><tr><th>Name</th><th>Title</th><th>Phone</th></tr>"
            "<tr><td>Everett Castellanos IV</td><td>Key Accounts Representative</td><td>(909) 620-2245</td></tr>"
            "</table><p>Title IV funding for Phase IV of the Holt Ave project: $1.2 million.</p></body></html>")
    assert not _names(pairs_found(f"{_SITE}/billing/staff.html", page))


# --- 2. binti / binte ---------------------------------------------------------------------------------------------

def test_malay_daughter_of_particle():
    page = ("<html><body><h1>Medical baseline enrollees</h1><ul><li>Nurul binti Hashim &mdash; Acct 4410293881 "
            "&mdash; 1423 W Holt Ave</li><li>Aisyah binte Rahmat &mdash; Acct 4410293882 &mdash; 17 Elm St</li></ul>"
            "</body></html>")
    assert _names(pairs_found(f"{_SITE}/programs/medical.html", page)) == {"Nurul binti Hashim", "Aisyah binte Rahmat"}


def test_malay_named_staff_stay_public():
    page = ("<html><body><h1>Energy programs team</h1><table><tr><th>Name</th><th>Title</th><th>Phone</th></tr>"
            "<tr><td>Nurul binti Hashim</td><td>Energy Programs Analyst</td><td>(909) 620-2243</td></tr></table>"
            "</body></html>")
    assert not _names(pairs_found(f"{_SITE}/programs/team.html", page))


# --- 3. particle surnames before initials ------------------------------------------------------------------------

def test_particle_surnames_with_initials_on_a_budget_page():
    page = ("<html><body><h1>Budget Amendment No. 7</h1><p>Fiscal Impact: the General Fund balance falls by $3,410 "
            "in fiscal year 2026-27.</p><p>Uncollectible: Le, G. &ndash; Account No. 7722910345 &ndash; $845.10</p>"
            "<p>St. Clair, D. P. &mdash; Acct. 7722910346 &mdash; credit $77.00</p>"
            "<p>DU, M. K. &mdash; Acct. 7722910347 &mdash; credit $12.00</p></body></html>")
    assert _names(pairs_found(f"{_SITE}/finance/amendment-7.html", page)) == {"Le, G.", "St. Clair, D. P.",
                                                                              "DU, M. K."}


def test_particle_surnames_in_citations_and_roll_calls_stay_public():
    page = ("<html><body><h1>Climate plan references</h1><ol><li>Le, G., &amp; St. Clair, D. P. (2021). Load shapes "
            "in Southern California. Energy Policy, 148, 111-129.</li></ol><p>Roll call: Councilmembers Lustro, Le, "
            "St. Clair, and Mayor Nolte.</p><p>St. Clair Avenue repaving &ndash; Account No. 250-7720-41 &ndash; "
            "$310,000</p></body></html>")
    assert not _names(pairs_found(f"{_SITE}/planning/climate.html", page))


# --- 4. a holder's wrapped name under a person's column -----------------------------------------------------------

_LOG = ("<html><body><h1>Customer service call notes</h1><table><tr><th>Date</th><th>Caller</th><th>Notes</th>"
        "<th>Taken by</th></tr>{rows}</table></body></html>")


def _row(caller: str, account: str) -> str:
    return (f"<tr><td>03/04/2026</td><td>{caller}</td><td>Reported outage, acct {account}, cb (909) 702-6007</td>"
            "<td>Hollis Ferrante</td></tr>")


def test_estate_couple_care_of_and_tenant_callers():
    rows = "".join([_row("Estate of Wilhelmina Ostrander", "7317102721"), _row("Lorraine &amp; Tobias Quintanilla",
                                                                              "7317102722"),
                    _row("c/o Marguerite Oyelaran", "7317102723"), _row("Dmitri Vasquez (tenant)", "7317102724")])
    assert _names(pairs_found(f"{_SITE}/billing/calls.html", _LOG.format(rows=rows))) == {
        "Wilhelmina Ostrander", "Lorraine & Tobias Quintanilla", "Marguerite Oyelaran", "Dmitri Vasquez"}


def test_firms_and_facilities_under_caller_stay_public():
    rows = "".join([_row("Parks &amp; Recreation", "7317102725"), _row("c/o Pomona Valley Hospital", "7317102726"),
                    _row("Estate of Mind Counseling", "7317102727")])
    assert not _names(pairs_found(f"{_SITE}/billing/calls.html", _LOG.format(rows=rows)))


# --- 5. whose a debt is, by an initialled name --------------------------------------------------------------------

def test_initialled_debtor_after_owed_by():
    page = ("<html><body><h1>Administrative hearing summaries</h1><p>Staff recommends waiving the late fees owed by "
            "J. P. Pendergrass on account no. 6370873107.</p></body></html>")
    assert _names(pairs_found(f"{_SITE}/hearings/summaries.html", page)) == {"J. P. Pendergrass"}


def test_initialled_desk_signature_stays_staff():
    page = ("<html><body><h1>Payment arrangements</h1><p>Payment plan for account 4410293881 entered by J. Ortiz."
            "</p><p>Arrangement reviewed by K. L. Whitford, account 4410293882.</p></body></html>")
    assert not _names(pairs_found(f"{_SITE}/billing/arrangements.html", page))


# --- 6. a place word's surname first, then a given name and a middle initial --------------------------------------

def test_surname_first_with_a_middle_initial_in_a_name_column():
    page = ("<html><body><h1>Final bills, closed accounts</h1><table><tr><th>Account</th><th>Name</th>"
            "<th>Service Address</th><th>kWh</th></tr><tr><td>6613402281</td><td>PARK, Eun-ji J.</td>"
            "<td>2588 N Fernleaf Ave</td><td>412</td></tr><tr><td>6613402282</td><td>Hall, Denise M.</td>"
            "<td>17 Elm St</td><td>380</td></tr></table></body></html>")
    assert _names(pairs_found(f"{_SITE}/billing/final.html", page)) == {"PARK, Eun-ji J.", "Hall, Denise M."}


def test_surname_first_staff_and_places_stay_public():
    page = ("<html><body><h1>Library staff</h1><table><tr><th>Name</th><th>Title</th><th>Phone</th></tr>"
            "<tr><td>PARK, Eun-ji J.</td><td>Branch Librarian</td><td>(909) 620-2261</td></tr></table>"
            "<table><tr><th>Facility</th><th>Account</th><th>kWh</th></tr><tr><td>Park, Lincoln M.</td>"
            "<td>101-4410-52</td><td>1,220</td></tr></table></body></html>")
    assert not _names(pairs_found(f"{_SITE}/library/staff.html", page))


# --- 7. a nickname that is a word of places or bills ---------------------------------------------------------------

_EXPORT = ("FINAL BILLS - CLOSED ACCOUNTS\n\n"
           "ACCOUNT     NAME                                SERVICE ADDRESS             KWH\n{rows}")


def test_nickname_bill_in_a_fixed_width_export():
    rows = ("6757484484  William (Bill) Fairweather          1582 W Kingsley St         1644\n"
            "6757484485  Rhoda Pelletier                     1580 W Kingsley St          812\n")
    found = pairs_found(f"{_SITE}/billing/final-bills.txt", _EXPORT.format(rows=rows).encode(), "text/plain")
    assert _names(found) == {"William (Bill) Fairweather", "Rhoda Pelletier"}
    assert "1582 W Kingsley St" in values_of(found, "address")


def test_facilities_with_a_bracketed_word_stay_public():
    rows = ("101441052   Washington (North) Park              865 E Grand Ave            12200\n"
            "101441053   Palomares (Upper) Pool               499 E Arrow Hwy             9120\n")
    found = pairs_found(f"{_SITE}/facilities/meters.txt", _EXPORT.format(rows=rows).encode(), "text/plain")
    assert not _names(found)


# --- 8. a program's title ending in a surname ---------------------------------------------------------------------

def test_block_grant_line_item_on_a_budget_page_is_no_one():
    page = ("<html><body><h1>Budget Amendment No. 3</h1><p>Fiscal Impact: General Fund.</p>"
            "<p>Community Development Block Grant &ndash; Account No. 101-2210-11 &ndash; $5,000</p>"
            "<p>Measure W Revenue Bond (Account 101-2210-12) $48,000</p></body></html>")
    assert not pairs_found(f"{_SITE}/finance/amendment-3.html", page)


def test_a_customer_named_grant_keeps_their_account():
    page = ("<html><body><h1>Budget Amendment No. 4</h1><p>Fiscal Impact: General Fund.</p>"
            "<p>Uncollectible: Customer Dale Grant &ndash; Account No. 5520118738 &ndash; $845.10</p></body></html>")
    found = pairs_found(f"{_SITE}/finance/amendment-4.html", page)
    assert _names(found) == {"Dale Grant"}
    assert values_of(found, "account_number") == {"5520118738"}


# --- 9. a mailing label's addressee over its care-of line ---------------------------------------------------------

def test_estate_addressee_over_a_care_of_line():
    label = ("ESTATE OF WILHELMINA OSTRANDER\nC/O DMITRI OSTRANDER\n1718 GRAND AVE\nPOMONA CA 91767\n"
             "ACCT 3161839639")
    page = f"<html><body><h1>Returned mail log, March</h1><pre>{label}</pre></body></html>"
    assert _names(pairs_found(f"{_SITE}/billing/returned-mail.html", page)) == {"WILHELMINA OSTRANDER",
                                                                               "DMITRI OSTRANDER"}


def test_a_division_over_an_attention_line_is_no_one():
    label = "Utility Billing Division\nAttn: Dmitri Ostrander\n505 S Garey Ave\nPomona CA 91766\nRe: account 3161839639"
    page = f"<html><body><h1>Returned mail log, March</h1><pre>{label}</pre></body></html>"
    assert _names(pairs_found(f"{_SITE}/billing/returned-mail.html", page)) == {"Dmitri Ostrander"}
