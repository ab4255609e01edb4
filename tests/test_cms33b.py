"""Characters a reader never sees inside a value (red team cms33): a zero-width space (U+200B, ``&#8203;``), a word
joiner, a byte-order mark or a soft hyphen (``&shy;``) put inside a name, a mailbox, a phone or an account number
split it for a detector though a browser shows it whole. The extractor drops them from every document's text, so the
value is found as shown, its snippet and mask are of the text as shown. Hard negatives: a City planner's contact
split the same way stays public; the zero-width non-joiner of a Persian word and the joiner of an emoji sequence
shape what is shown and stay.
"""
from __future__ import annotations

from crawler.extract import extract
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonaca.gov/utilities"


def _page(body: str) -> str:
    return (f"<html><head><title>Utility Billing | City of Pomona</title></head><body><main><h1>Billing help</h1>"
            f"{body}</main></body></html>")


def _found(name: str, body: str, content_type: str = "text/html") -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body, content_type)


def test_zero_width_spaces_inside_a_hidden_customer_record():
    found = _found("queue.html", _page(
        '<ul style="display:none"><li>Customer Rosalind Okafor-Brandt, acct 4471\u200b093382, ro\u200bkafor@gmail.com, '
        "(909) 41\u200b7-2283, 2218 N. Tem\u200bple Ave</li></ul>"))
    assert values_of(found, "account_number") == {"4471093382"}
    assert values_of(found, "email") == {"rokafor@gmail.com"}
    assert values_of(found, "phone") == {"(909) 417-2283"}
    assert values_of(found, "address") == {"2218 N. Temple Ave"}


def test_soft_hyphens_and_zero_width_entities_inside_values():
    found = _found("callbacks.html", _page(
        "<p hidden>Callback for customer Marguerite Dela&shy;cruz: m.delacruz&shy;77@yahoo.com, (909) 4&shy;12-7730, "
        "acct 8810&#8203;332019</p>"))
    assert values_of(found, "customer_name") == {"Marguerite Delacruz"}
    assert values_of(found, "email") == {"m.delacruz77@yahoo.com"}
    assert values_of(found, "phone") == {"(909) 412-7730"}
    assert values_of(found, "account_number") == {"8810332019"}


def test_marks_are_dropped_from_every_kind_of_document():
    found = _found("export.csv", "Customer,Account,Phone\nIsidore Blackwood,\ufeff5520\u2060183391,(909) 33\u200b8-4410\n",
                   "text/csv")
    assert values_of(found, "account_number") == {"5520183391"}
    assert values_of(found, "phone") == {"(909) 338-4410"}


def test_a_city_staff_contact_split_by_marks_stays_public():
    found = _found("contact.html", _page(
        "<p>Questions? Senior Planner Dana Whit&shy;field, (909) 620-55&shy;10, dwhit&#8203;field@pomonaca.gov</p>"))
    assert not values_of(found, "customer_name") and not values_of(found, "phone")
    assert not values_of(found, "email")


def test_joiners_that_shape_a_script_or_an_emoji_stay():
    document = extract(f"{_SITE}/fa.html", _page(
        "<p>\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001F469\u200d\U0001F4BB "
        "in\u200bvisible</p>").encode(), "text/html")
    texts = [segment.text for segment in document.segments]
    assert "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001F469\u200d\U0001F4BB invisible" in texts
