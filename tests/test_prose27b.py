"""A customer's home told with what happened to their utility account, where no account number or "customer" ties
it (red teams minutes27 and cca27): a shutoff, an opt-out, a re-enrolment, a double autopay draft, a payment plan, the
medical baseline; a relative a letter names; and a customer named as one in a public comment who speaks of their own
bill. Hard negatives from a city website: residents' public comment on other topics, a business owner, a library's
late fees, and a wrapped line of an annual report's average."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage", "email")


def found(body: str, name: str = "page.txt") -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


def html(body: str) -> dict[str, list[str]]:
    return found(f"<html><body>{body}</body></html>", "page.html")


# -- a utility story ties the name and the home ------------------------------------------------------------------

def test_a_speakers_shutoff_ties_their_introduction_and_home():
    result = found("MS. OKONKWO-BALE:  Good evening. My name is Ifeoma Okonkwo-Bale. I live at 2290 Orchard Crest "
                   "Lane. My electricity was shut off on May 9th even though I was on a payment plan.\n")
    assert result.get("customer_name") == ["Ifeoma Okonkwo-Bale"]
    assert [a.rstrip(".") for a in result.get("address", [])] == ["2290 Orchard Crest Lane"]


def test_a_re_enrolment_after_opting_out_ties_the_resident_and_home():
    result = found("Case study 4\nMr. Dmitri Kovalenko of 845 W. Alder Ct. opted out of Valley Clean Energy in 2022, "
                   "yet was re-enrolled the next spring.\n")
    assert [n.removeprefix("Mr. ") for n in result.get("customer_name", [])] == ["Dmitri Kovalenko"]
    assert result.get("address") == ["845 W. Alder Ct."]


def test_a_mailbox_owner_named_in_brackets_with_an_opt_out():
    result = html("<ul><li>6/11 &ndash; Email from k.mbeki.home@yahoo.com (Khanyisile Mbeki, 780 S 3rd St) asking "
                  "why he was enrolled without consent. Opted him out. Billing notes updated.</li></ul>")
    assert result.get("customer_name") == ["Khanyisile Mbeki"]
    assert result.get("address") == ["780 S 3rd St"]


def test_a_letter_about_a_parent_on_the_medical_baseline():
    result = found("Correspondence received - Board of Directors\n\nTo the board - my father Tomasz Wierzbicki "
                   "uses a ventilator and is on the medical baseline. He lives at 57 Quail Run Rd, Valle Verde. "
                   "Please help him.\n")
    assert result.get("customer_name") == ["Tomasz Wierzbicki"]
    assert result.get("address") == ["57 Quail Run Rd"]


def test_a_customer_named_as_one_in_public_comment_with_a_late_fee():
    result = html("<p>Marisol Etxeberria, a VCE customer at 3312 Linden Loop, said she was charged a late fee "
                  "twice. She turned in a speaker card.</p>")
    assert result.get("customer_name") == ["Marisol Etxeberria"]
    assert result.get("address") == ["3312 Linden Loop"]


# -- hard negatives ----------------------------------------------------------------------------------------------

def test_public_comment_on_a_tract_map_stays_silent():
    result = html("<p>Public comment (speaker cards): Harriet Vandersloot of 1420 Birchwood Ave. opposed the "
                  "tract map on Elm Street because of traffic. My name is Leland Fosse. I live at 88 Cedar Knoll Dr. "
                  "I support the new park.</p>")
    assert "customer_name" not in result and "address" not in result


def test_a_business_owner_on_autopay_for_permits_stays_silent():
    result = html("<p>Marcus Delacroix of 330 Main St., owner of Delacroix Bakery, said the autopay option for "
                  "business permits is confusing.</p>")
    assert "customer_name" not in result and "address" not in result


def test_library_late_fees_stay_silent():
    result = html("<p>Gloria Stanfield of 904 Pine St. asked the Library Board to end late fees on children's "
                  "books. Speaker card on file.</p>")
    assert "customer_name" not in result and "address" not in result


def test_a_wrapped_average_is_no_customers_usage():
    result = found("1. THE YEAR IN NUMBERS\n\nWe answered 2,210 calls; 18,400 accounts used 201,733 MWh; the average "
                   "residential\ncustomer used 6,120 kWh over the year. We closed 95% of cases in 30 days.\n")
    assert "energy_usage" not in result
