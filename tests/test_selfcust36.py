"""A writer who says they are the utility's customer, with their own contacts (red team neg36, ask-pce-pasted-header).

A message from a person's own mailbox whose writer calls themselves a PCE (or SCE) customer and speaks of their own
bill or service, and gives their phone or home in it, is their customer record (PCE-01 4.1) though it holds no
account number: the name on its "From:" line, its mailbox and its phone are the customer's. "My August bill" is the
writer's own bill as "my bill" is.

Hard negatives: a resident's public comment to the Council that says they are a customer; a business owner writing
about their firm's bill; staff saying they are a customer too; a testimonial on a marketing page with a first name
only.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_above_low, values_of

_SITE = "https://www.pomonaca.gov/pce"


def _page(body: str) -> str:
    return (f"<html><body><main><h1>Reader mailbag</h1><p>Each month we answer a few questions from the inbox.</p>"
            f"{body}<p>Write to us at <a href=\"mailto:mailbag@pomonachoiceenergy.org\">mailbag@pomonachoiceenergy.org"
            f"</a>.</p></main></body></html>")


def test_a_pasted_message_from_a_self_described_customer_with_their_phone_is_theirs():
    page = _page("<h3>&ldquo;Why did my bill jump?&rdquo;</h3>"
                 "<blockquote>From: Philippa Okonkwo-Reyes &lt;pokonkwo.reyes44@yahoo.com&gt;<br>"
                 "Phone: 909-283-5176<br>"
                 "I am an SCE customer and my July bill came to $388, more than double last summer. We were away "
                 "for two weeks. Could someone look into it?</blockquote>"
                 "<p>Summer peak pricing applies from 4 to 9 p.m. Our team reached the household and set up a rate "
                 "review.</p>")
    found = pairs_above_low(f"{_SITE}/mailbag.html", page)
    assert "Philippa Okonkwo-Reyes" in values_of(found, "customer_name")
    assert "pokonkwo.reyes44@yahoo.com" in values_of(found, "email")
    assert "909-283-5176" in values_of(found, "phone")
    assert not any("mailbag@" in value for value in values_of(found, "email"))


def test_a_plain_text_message_from_a_customer_of_the_cca_with_their_home_is_theirs():
    body = ("Customer inquiries - printed for the file\n\n"
            "From: Wendell Abernathy-Cruz <wabcruz1958@aol.com>\n"
            "Subject: service question\n\n"
            "I am a longtime Pomona Choice Energy customer and my service was cut twice last week, though my bill\n"
            "is paid and the neighbors kept their lights on. We live at 2291 N Towne Ave. Please call 909-716-3048.\n")
    found = pairs_above_low(f"{_SITE}/inquiries.txt", body)
    assert "Wendell Abernathy-Cruz" in values_of(found, "customer_name")
    assert "909-716-3048" in values_of(found, "phone")


def test_a_residents_public_comment_saying_they_are_a_customer_with_a_name_only_stays_public():
    body = ("PUBLIC COMMENT - Item 9, PCE rate adjustment\n\n"
            "Subject: Public comment on Item 9\n\n"
            "I'm a PCE customer and my bill is already high. Please vote no on Item 9 and keep rates where they are.\n"
            "Mirela Castellanos\n")
    found = pairs_above_low(f"{_SITE}/council/public-comments-item9.txt", body)
    assert "Mirela Castellanos" not in values_of(found, "customer_name")


def test_a_business_owner_writing_about_their_firms_bill_names_no_customer():
    page = _page("<h3>&ldquo;Can a small shop afford 100% Green?&rdquo;</h3>"
                 "<blockquote>From: Anselmo Ferrante &lt;anselmo.ferrante@gmail.com&gt;<br>"
                 "Phone: (909) 622-4081<br>"
                 "I'm a PCE customer and I own Ferrante Shoe Repair on Second Street. My June bill went up by a third; "
                 "is the 100% Green option worth it for my business?</blockquote>"
                 "<p>For most small shops the premium is under $9 a month.</p>")
    found = pairs_above_low(f"{_SITE}/mailbag-business.html", page)
    assert "Anselmo Ferrante" not in values_of(found, "customer_name")
    assert "(909) 622-4081" not in values_of(found, "phone")


def test_staff_saying_they_are_a_customer_too_names_no_customer():
    page = _page("<blockquote>From: Loretta Quinby &lt;lquinby@pomonaca.gov&gt;<br>"
                 "Phone: (909) 620-3349<br>"
                 "As a PCE customer myself, my bill went down this year with the Basic plan, so I tell every "
                 "resident I meet to check the comparison.<br>Loretta Quinby, Energy Programs Coordinator</blockquote>")
    found = pairs_above_low(f"{_SITE}/mailbag-staff.html", page)
    assert "Loretta Quinby" not in values_of(found, "customer_name")


def test_a_testimonial_with_a_first_name_only_stays_public():
    page = ("<html><body><main><h1>Why residents choose PCE</h1>"
            "<blockquote>&ldquo;I'm a PCE customer and my bill is lower than it was with SCE alone.&rdquo; "
            "&mdash; Graciela, Phillips Ranch</blockquote>"
            "<p>Questions? Call Pomona Choice Energy at (909) 620-2300.</p></main></body></html>")
    found = pairs_above_low(f"{_SITE}/why-pce.html", page)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")
