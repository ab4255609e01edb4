"""site75b red team: a customer's e-mail pasted into an agenda packet ends at its own end mark or at the packet's next
attachment's heading ("-----End of forwarded message-----", "Attachment 8: Staff Report"): the City Clerk's phone
and a business's address in the staff report after it are no part of the customer's message, which still gives the
writer's name, mailbox, home and usage. A file the message itself attaches ("Attachment 1: bill.pdf") ends nothing.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of
from tests.recall_corpus.documents import pdf

URL = "https://www.cityofexample.org/agendas/item-7-correspondence.pdf"
_MAIL = ["Forwarded correspondence (attachment to item 7)",
         "-----Original Message-----",
         "From: Patricia Olivares <polivares38@outlook.com>",
         "Sent: January 2, 2026 9:14 AM",
         "To: Utility Customer Service <billing@cityofexample.org>",
         "Subject: my bill",
         "Hello, I live at 6468 S. Olive Street and my bill for January shows 1,787 kWh, which is three times what we "
         "used last year. Please call me. Thank you, Patricia"]
_AFTER = ["The next community workshop on rates will be held at the Senior Center.",
          "Questions about this agenda: City Clerk Kenji Contreras, (562) 620-2171.",
          "The Barajas Family Bakery at 7578 N. Walnut Avenue received a $5,000 facade improvement grant."]


def _found(lines: list[str]) -> set[tuple[str, str]]:
    return pairs_found(URL, pdf(["\n".join(lines)]))


def test_the_message_ends_at_its_end_mark_or_the_next_attachment():
    for mark in (["-----End of forwarded message-----"], ["Attachment 8: Staff Report"],
                 ["---------- End forwarded message ----------", "Exhibit B - Budget Detail"]):
        found = _found(_MAIL + mark + _AFTER)
        assert "polivares38@outlook.com" in values_of(found, "email")
        assert any(v.startswith("6468 S. Olive Street") for v in values_of(found, "address"))
        assert "(562) 620-2171" not in values_of(found, "phone"), mark
        assert not any("Walnut" in v for v in values_of(found, "address")), mark


def test_a_file_the_message_attaches_ends_nothing():
    found = _found(_MAIL[:-1] + ["Attachment 1: bill.pdf", _MAIL[-1]])
    assert any(v.startswith("6468 S. Olive Street") for v in values_of(found, "address"))
