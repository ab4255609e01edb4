"""Public look-alikes on a City and CCA site (red team neg45, precision).

- Spanish "su consumo" is the reader's or a third person's: a sentence whose subject is someone called by their first
  name alone ("Marisol, de Westmont, redujo su consumo a 549 kWh al mes", a consented success story) tells that
  person's usage, even on a page that also holds a real customer's case (which stays found). Hard negatives keep the
  reader's usage: "Según nuestros registros, su consumo ...", a vocative "Marisol, su consumo ...", a salutation
  "Estimada Marisol: su consumo ...".
- A file titled "Written Communications Received" compiles public comments, a public record: each page that opens
  with an e-mail's "From: Name <mailbox>" line is a comment's, so the commenters' gmail/yahoo mailboxes are no
  findings. Hard negatives: the same pages under a title that is no compilation of comments keep the mailboxes (low),
  and a customer's letter on a page of the compilation that opens with no "From:" line keeps its account.
- An account the words before it call the City's ("on City account", "the City's SCE account", "municipal account
  no.") is the City's own, also when a PDF's line wraps between the words and the number. Hard negatives: "Your City
  utility account ..." and a customer's "her account ..." are still found.
- A label block's value ends where a phone's or a mailbox's label and value follow it after a space, with no comma
  ("Business address: 2056 Bonita Ave, Loma Serena, CA 91788 Phone (909) 812-6482"): the address is the address.
- A sole proprietor's bid under a trade name ("Bidder: Tomasz Aguilar dba Serena Tree Care (sole proprietor)") with a
  W-9 on the next page: the README's decision for a vendor list (under a trade name, the SSN alone) applies, so the
  SSN is reported, the W-9's "Name:" and the business address are not. Under the proprietor's own name ("Bidder:
  Tomasz Aguilar (sole proprietor)") the name is reported with the SSN; a customer's form keeps its fields.
- (miss) A customer's letter attached to an agenda packet gives "Phone: (951) 806-5621<tab>Email: ...@att.net" on one
  line: a phone labelled on the line holding the customer's own mailbox is theirs too. Hard negatives: a public
  comment letter with no account keeps its commenter's phone unreported; an office's contact line with the City's
  mailbox stays public.
- (miss) A call note's caller and "Best callback 909.642.3365" ("best number:", "callback number") are the caller's
  own number to return the call at, as "call her back at" is ("Ms. Alejandro Patel called three times about high
  bills. Best callback ..."). Hard negatives: a call about a park, an office's "Best number:" with no caller, and a
  director who called are silent.
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofexample.gov"


def _html(path: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/{path}", f"<html><body><main><h2>Historias de éxito</h2>{body}</main></body></html>")


_CASE = ("Caso de seguimiento: la señora Ahmad Delgado, con domicilio de servicio en 2743 Mesa Verde Rd, número de "
         "cuenta 5-859-122-3703, reportó un consumo de 2,027 kWh en julio. Personal revisará su factura.")


def test_first_name_success_stories_beside_a_real_case_are_not_the_customers_usage():
    found = _html("es/historias.html",
                  "Kenji, de Old Town, redujo su consumo a 425 kWh al mes con el programa de eficiencia.",
                  "Keisha (Pueblo Viejo) bajó su consumo a 679 kWh al mes.",
                  "Marisol, de Westmont, redujo su consumo a 549 kWh al mes con el programa de eficiencia.",
                  _CASE)
    assert values_of(found, "energy_usage") == {"2,027 kWh"}
    assert values_of(found, "account_number") == {"5-859-122-3703"}
    assert "2743 Mesa Verde Rd" in values_of(found, "address")


def test_the_readers_su_consumo_on_a_named_page_is_still_found():
    for sentence in ("Según nuestros registros, su consumo del mes pasado fue de 1,184 kWh.",
                     "Marisol, su consumo del mes pasado fue de 1,184 kWh.",
                     "Estimada Marisol: su consumo del mes pasado fue de 1,184 kWh."):
        found = _html("es/carta.html", _CASE, sentence)
        assert "1,184 kWh" in values_of(found, "energy_usage"), sentence


def _pages_pdf(*pages: list[str]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for lines in pages:
        for k, line in enumerate(lines):
            pdf.drawString(72, 720 - 15 * k, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _comment(sender: str, mailbox: str, item: str, place: str) -> list[str]:
    return [f"From: {sender} <{mailbox}>", f"Subject: Item 9 - {item}",
            f"I live in {place} and I support staff's recommendation. Please read this into the record."]


_COMMENTS = [_comment("Daniel Coleman", "dcoleman@yahoo.com", "park hours", "Pueblo Viejo"),
             _comment("Priya Ramirez", "pramirez@gmail.com", "bike lanes", "Mesa Verde"),
             _comment("Fatima Tuilagi", "ftuilagi@yahoo.com", "park hours", "Old Town")]
_MAILBOXES = {"dcoleman@yahoo.com", "pramirez@gmail.com", "ftuilagi@yahoo.com"}


def test_written_communications_received_one_a_page_are_public_comments():
    pages = [list(page) for page in _COMMENTS]
    pages[0].insert(0, "Written Communications Received - March 11, 2025")
    found = pairs_found(f"{_SITE}/council/written-comments-2025-03-11.pdf", _pages_pdf(*pages))
    assert not values_of(found, "email")


def test_the_same_mails_under_another_title_are_still_reported():
    pages = [list(page) for page in _COMMENTS]
    pages[0].insert(0, "Customer service inbox export - March 11, 2025")
    found = pairs_found(f"{_SITE}/energy/inbox-export.pdf", _pages_pdf(*pages))
    assert values_of(found, "email") == _MAILBOXES


def test_a_customer_letter_in_the_compilation_keeps_its_account():
    pages = [list(page) for page in _COMMENTS]
    pages[0].insert(0, "Written Communications Received - March 11, 2025")
    letter = ["LSCE Customer Care", "Dear Ms. Sarkisian:",
              "Your account LSCE-12525434 was billed for 1,629 kWh in March. We have reviewed the meter."]
    found = pairs_found(f"{_SITE}/council/written-comments-2025-03-11.pdf", _pages_pdf(*pages, letter))
    assert values_of(found, "account_number") == {"LSCE-12525434"}


def test_the_citys_own_account_wrapped_after_its_words_in_an_rfp_is_public():
    body = _pages_pdf(["Request for Proposals 2025-07: LED Streetlight Retrofit",
                       "Scope: replace 3,812 cobra-head fixtures. Current street lighting load: 2,944,000 kWh per year "
                       "on City account",
                       "2-344-101-0099 (LS-1 schedule).",
                       "Proposers must submit a completed IRS Form W-9 with the proposal."])
    assert not values_of(pairs_found(f"{_SITE}/procurement/rfp-2025-07.pdf", body), "account_number")
    for sentence in ("Current load: 2,944,000 kWh per year on the City's SCE account 2-344-101-0099.",
                     "Municipal account no. 2-344-101-0099 (LS-1 schedule)."):
        found = pairs_found(f"{_SITE}/procurement/rfp.html", f"<html><body><p>{sentence}</p></body></html>")
        assert not values_of(found, "account_number"), sentence


def test_a_residents_account_with_the_city_is_still_found():
    for sentence in ("Your City utility account 2-344-101-0099 is past due.",
                     "Customer Ana Ruiz called: her account 2-344-101-0099 is past due."):
        found = pairs_found(f"{_SITE}/utilities/notice.html", f"<html><body><p>{sentence}</p></body></html>")
        assert values_of(found, "account_number") == {"2-344-101-0099"}, sentence


def _bid(bidder: str) -> bytes:
    return _pages_pdf(["Bid 2025-09 Tree Trimming - Submittal", f"Bidder: {bidder}",
                       "Business address: 2056 Bonita Ave, Loma Serena, CA 91788  Phone (909) 812-6482",
                       "Bid amount: $148,900"],
                      ["Form W-9 Request for Taxpayer Identification Number", "Name: Tomasz Aguilar",
                       "Federal tax classification: Individual/sole proprietor",
                       "Part I Taxpayer Identification Number - Social security number: 565-26-9298"])


def test_a_bid_under_a_trade_name_reports_the_ssn_alone():
    found = pairs_found(f"{_SITE}/procurement/vendor-submittal.pdf",
                        _bid("Tomasz Aguilar dba Serena Tree Care (sole proprietor)"))
    assert values_of(found, "ssn") == {"565-26-9298"}
    assert not values_of(found, "customer_name") and not values_of(found, "address")


def test_a_bid_under_the_proprietors_own_name_reports_the_name_with_the_ssn():
    found = pairs_found(f"{_SITE}/procurement/vendor-submittal.pdf", _bid("Tomasz Aguilar (sole proprietor)"))
    assert values_of(found, "ssn") == {"565-26-9298"}
    assert "Tomasz Aguilar" in values_of(found, "customer_name")
    assert values_of(found, "address") <= {"2056 Bonita Ave, Loma Serena, CA 91788"}


def test_a_customer_forms_address_ends_before_the_phone_after_it():
    body = _pages_pdf(["Service request form", "Customer name: Ana Ruiz",
                       "Service address: 4471 Pine Butte Dr, Loma Serena, CA 91788  Phone (909) 812-6482",
                       "Account No: 5-859-122-3703"])
    found = pairs_found(f"{_SITE}/energy/request.pdf", body)
    assert values_of(found, "address") == {"4471 Pine Butte Dr, Loma Serena, CA 91788"}
    assert values_of(found, "customer_name") == {"Ana Ruiz"}
    assert values_of(found, "account_number") == {"5-859-122-3703"}


def _packet(contact_line: str, body: str) -> bytes:
    return _pages_pdf(["City Council Agenda Packet - April 8, 2025",
                       "Item 7: Appeal of Administrative Billing Determination",
                       "BACKGROUND: On February 3, 2025 staff received a written appeal from a residential customer.",
                       "The letter is attached as Attachment B."],
                      ["Attachment B - Customer Letter", "Alejandro Sarkisian", "217 Arrow Hwy, Loma Serena, CA 91788",
                       contact_line, *body])


def test_a_customer_letters_phone_beside_their_own_mailbox_is_found():
    body = ["Re: Account No. LSCE-12525434",
            "To the City Council: My December bill showed 1,629 kWh compared with 737 kWh the year before."]
    found = pairs_found(f"{_SITE}/council/agenda-packet.pdf",
                        _packet("Phone: (951) 806-5621\tEmail: asarkisian@att.net", body))
    assert values_of(found, "phone") == {"(951) 806-5621"}
    assert values_of(found, "email") == {"asarkisian@att.net"}
    office = _pages_pdf(["Loma Serena Community Energy", "March 3, 2025", "Dear Ms. Ruiz:",
                         "We reviewed your account LSCE-12525434 and found no billing error.",
                         "Sincerely,", "Maria Lopez, Billing Specialist",
                         "Phone: (909) 555-0142\tEmail: mlopez@lomaserenaenergy.org"])
    found = pairs_found(f"{_SITE}/energy/letter.pdf", office)
    assert not values_of(found, "phone")


def test_a_public_comment_letters_phone_and_mailbox_stay_public():
    body = _pages_pdf(["To the City Council:", "I support the bike lanes on Foothill Blvd. Please vote yes.",
                       "Alejandro Sarkisian", "Phone: (951) 806-5621\tEmail: asarkisian@att.net"])
    found = pairs_found(f"{_SITE}/council/written-comment.pdf", body)
    assert not values_of(found, "phone")


def _note(*paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return pairs_found(f"{_SITE}/energy/memo.html", f"<html><body><main>{body}</main></body></html>")


def test_a_callers_best_callback_number_is_found():
    found = _note("Ms. Alejandro Patel called three times about high bills. Best callback 909.642.3365; she also "
                  "wrote to apatel@outlook.com.",
                  "Her LSCE account (LSCE-46359206) shows 2,395 kWh in January, triple the prior year.")
    assert values_of(found, "customer_name") == {"Ms. Alejandro Patel"}
    assert values_of(found, "phone") == {"909.642.3365"}
    found = _note("Alejandro Patel called about her bill. Best number: (909) 642-3365.")
    assert values_of(found, "phone") == {"(909) 642-3365"}


def test_best_number_beside_no_utility_caller_is_silent():
    assert not _note("Alejandro Patel called about the park restrooms. Best callback 909.642.3365.")
    assert not _note("For billing questions call Customer Care. Best number: (909) 642-3365. "
                     "Ana Ruiz called about the outage map.")
    assert not values_of(_note("Public Works Director Ana Ruiz called about the outage. Best callback (909) 620-2300."),
                         "customer_name")
