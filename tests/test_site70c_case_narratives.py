"""A customer's case told over several paragraphs or a dated log (site70c): the home a pronoun's sentence gives ("He
lives at ..., a bungalow built in 1924": someone living there now, no house's history), the customer's full name a
later paragraph of the case gives after the record called them by title and surname, and a log's entries above the
one with the account when a terse note speaks of the party without an article ("Crew visited; customer asked to be
called at ..."). A history's past tense, staff sharing the customer's surname and a log of public works stay no one's."""
from __future__ import annotations

from detectors.context.history import tells_history
from tests.detector_helpers import pairs_found, values_of

_URL = "https://www.ci.example.ca.us/news/customer-care.html"


def _found(body: str) -> set[tuple[str, str]]:
    return pairs_found(_URL, f"<html><body><main>{body}</main></body></html>".encode(), "text/html")


_STORY = ("<p>On a hot afternoon in August, Mr. Quintanar called our Customer Care line. He had just moved in and was "
          "worried about a bill.</p>"
          "<p>He lives at 2216 W. Amberlake Drive, a two-bedroom bungalow built in 1924.</p>"
          "<p>His account, number 514 330 7781, showed 1,204 kWh over the last twelve months.</p>"
          "<p>Staff enrolled Mr. Evaristo Quintanar in budget billing. He can be reached at (626) 555-0188.</p>")


def test_a_home_a_customer_lives_in_now_is_theirs_though_the_house_is_old():
    found = _found(_STORY)
    assert "2216 W. Amberlake Drive" in values_of(found, "address")
    assert not tells_history("He lives at 2216 W. Amberlake Drive, a two-bedroom bungalow built in 1924.")


def test_a_history_in_the_past_tense_is_still_one():
    assert tells_history("The Phillips family lived at 2640 Pomona Blvd, an adobe house built in 1875.")
    assert tells_history("Ygnacio Palomares built the adobe at 491 E. Arrow Highway in 1854.")


def test_the_customer_named_in_full_later_in_the_case_is_reported():
    assert "Mr. Evaristo Quintanar" in values_of(_found(_STORY), "customer_name")


def test_staff_sharing_the_customers_surname_are_not():
    found = _found("<p>On a hot afternoon in August, Mr. Quintanar called our Customer Care line about account "
                   "514 330 7781.</p><p>For questions contact Delia Quintanar, Billing Supervisor, at (909) "
                   "620-2241.</p>")
    assert "Delia Quintanar" not in " ".join(values_of(found, "customer_name"))
    assert not values_of(found, "phone")


_LOG = ("<p>Timeline of the service complaint reviewed by the Utility Committee:</p><ul>"
        "<li>April 2 &ndash; Leocadia Fairbrother reported flickering lights at 7715 S. Quillfeather Dr.</li>"
        "<li>April 4 &ndash; Crew visited; {party} to be called at 951.555.0173.</li>"
        "<li>April 9 &ndash; Credit of $42.10 posted to account PC873668.</li>"
        "<li>April 12 &ndash; Case closed by Octavia Pennington.</li></ul>")


def test_a_logs_entries_above_its_account_are_the_case_when_a_note_speaks_of_the_party():
    for party in ("customer asked", "cust requested", "caller asked"):
        found = _found(_LOG.format(party=party))
        assert "Leocadia Fairbrother" in values_of(found, "customer_name"), party
        assert "7715 S. Quillfeather Dr." in values_of(found, "address") | {
            a + "." for a in values_of(found, "address")}, party
        assert "Octavia Pennington" not in " ".join(values_of(found, "customer_name"))


def test_a_public_works_log_stays_no_ones():
    found = _found("<ul><li>March 2 &ndash; Public Works Director Barnaby Whitlock reported flickering lights at "
                   "Palomares Park, 499 E. Arrow Hwy.</li><li>March 4 &ndash; Crew visited; customer asked about the "
                   "schedule.</li><li>March 9 &ndash; Credit of $42.10 posted to account PC873668.</li></ul>")
    assert not values_of(found, "customer_name") and not values_of(found, "address")


_LOG_TABLE = ("<table><tr><th>Date</th><th>Event</th></tr>"
              "<tr><td>01/14/2026</td><td>Leocadia Fairbrother disputed the January bill by phone from 951-555-0173."
              "</td></tr><tr><td>01/20/2026</td><td>{second}</td></tr>"
              "<tr><td>01/29/2026</td><td>Adjustment of $31.40 credited to acct 652 657 6479.</td></tr></table>")


def test_a_dated_log_tables_later_rows_go_on_with_the_case_its_row_named():
    found = _found(_LOG_TABLE.format(second="Field check at 7715 S. Quillfeather Dr; meter OK."))
    assert "7715 S. Quillfeather Dr" in values_of(found, "address")
    assert "Leocadia Fairbrother" in values_of(found, "customer_name")


def test_a_facility_an_office_or_another_person_in_a_logs_later_rows_is_not_the_customers():
    found = _found(_LOG_TABLE.format(second="Crew repaired the streetlight at Ganesha Community Center, 1575 N. "
                                            "White Ave.")
                   + _LOG_TABLE.replace("Leocadia Fairbrother", "Evaristo Quintanar").format(
                       second="Inspection by Octavia Pennington at 2290 Sycamore Bend; Customer Care, (909) 620-2241."))
    assert not values_of(found, "address")
    assert "(909) 620-2241" not in values_of(found, "phone")
