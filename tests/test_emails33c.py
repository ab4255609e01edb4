"""A customer's sign-off under their quoted message, and a customer's mailbox naming them in any header (red team emails33).

- A message quoted in a reply ("> " lines, an HTML blockquote) that gives an identifier and speaks of the writer's own
  account (their bill, their portal username) is a customer's: the name alone on its last line is their sign-off,
  though no header names them, and the mailbox in it is theirs. Hard negatives: staff's own quoted message that tells
  "your account", a resident's quoted comment on a policy item, the staff signature under the quotation.
- A mailbox the document shows to be a customer's names its holder on each "From:"/"To:" line that gives it with a
  name (a saved message's own header over the Outlook header printed in its body). Hard negatives: staff's and
  council's header lines, a resident writing only about a policy item in the same packet.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_above_low, values_of

_SITE = "https://www.pomonaca.gov/pce/correspondence"


def _found(name: str, body: str) -> set[tuple[str, str]]:
    return pairs_above_low(f"{_SITE}/{name}", body)


_STAFF_SIGNATURE = ("Renata Oyelaran\n"
                    "Customer Service Representative\n"
                    "Pomona Choice Energy | City of Pomona\n"
                    "505 S. Garey Ave., Pomona, CA 91766\n"
                    "Office: (909) 620-2291\n"
                    "roielaran@pomonaca.gov\n")


def test_a_customers_name_alone_under_their_quoted_message_is_theirs():
    body = ("Utility Billing - printed thread\n\n"
            "Subject: RE: locked out of the portal\n\n"
            "Casimir, your login is unlocked now. Please pick a new password.\n\n"
            "> I am locked out of My Account online. My username is casimir.obrecht@gmail.com and I reset\n"
            "> the password twice already. Account 6-40-225-7813.\n"
            "> Casimir Obrecht\n\n" + _STAFF_SIGNATURE)
    found = _found("thread-2211.txt", body)
    names = values_of(found, "customer_name")
    assert "Casimir Obrecht" in names
    assert "casimir.obrecht@gmail.com" in values_of(found, "email")
    assert "Renata Oyelaran" not in names


def test_a_customers_sign_off_in_an_html_blockquote_is_theirs():
    page = ("<html><body><main><article>"
            "<div>Subject: RE: high bill</div>"
            "<div>Hi Ludmila, I have asked for a re-read of the meter.</div>"
            "<blockquote><div>My bill for account 3-17-904-6620 doubled since June and nobody has read the meter.</div>"
            "<div>Ludmila Strzelecka</div></blockquote>"
            "<div>Tomasz Ibekwe</div><div>Utility Billing Supervisor</div><div>City of Pomona</div>"
            "<div>tibekwe@pomonaca.gov</div>"
            "</article></main></body></html>")
    found = _found("thread-4410.html", page)
    names = values_of(found, "customer_name")
    assert "Ludmila Strzelecka" in names
    assert "Tomasz Ibekwe" not in names


def test_staffs_own_quoted_message_with_the_account_names_no_customer():
    # the quoted message is staff's ("your account"), its bare sign-off a member of staff's
    body = ("Subject: RE: credit\n\n"
            "Thanks, that works for me.\n\n"
            "> The credit of $42.10 was applied to your account 6-40-731-2208 today.\n"
            "> Aurelio Fenwick\n")
    found = _found("thread-2212.txt", body)
    assert "Aurelio Fenwick" not in values_of(found, "customer_name")


def test_a_residents_quoted_comment_on_a_policy_item_names_no_customer():
    body = ("Subject: RE: Item 7\n\n"
            "Thank you, your comment is in the record for the March 4 meeting.\n\n"
            "> Please support item 7, the 100% clean power default. My neighbors and I think it is worth it.\n"
            "> Harriet Okonjo\n\n" + _STAFF_SIGNATURE)
    found = _found("thread-2213.txt", body)
    assert "Harriet Okonjo" not in values_of(found, "customer_name")


_SAVED_MESSAGE = ("From: \"Oskar Tamminen\" <oskar.tamminen61@sbcglobal.net>\n"
                  "To: customerservice@pomonachoiceenergy.org\n"
                  "Subject: Shut-off notice\n"
                  "Date: Wed, 9 Oct 2024 08:15:02 -0700\n"
                  "Message-ID: <5512093@mail.example.net>\n"
                  "MIME-Version: 1.0\n"
                  "Content-Type: text/plain; charset=\"utf-8\"\n"
                  "Content-Transfer-Encoding: 7bit\n\n"
                  "From: Tamminen, Oskar <oskar.tamminen61@sbcglobal.net>\n"
                  "Sent: Tuesday, October 8, 2024 6:40 PM\n"
                  "To: Councilmember Ileana Varga <district5@pomonaca.gov>\n"
                  "Subject: shut off notice\n\n"
                  "Councilmember, I got a 48-hour shut off notice for my house at 1630 W Pasadena St even though\n"
                  "I enrolled in CARE last spring. Please help. 909-512-4478\n")


def test_a_customers_mailbox_names_them_in_the_saved_messages_own_header():
    found = _found("message-11.eml", _SAVED_MESSAGE)
    names = values_of(found, "customer_name")
    assert "Oskar Tamminen" in names and "Tamminen, Oskar" in names
    assert "oskar.tamminen61@sbcglobal.net" in values_of(found, "email")
    assert not any("Varga" in name for name in names)  # the councilmember on the To: line


def test_staffs_reply_to_a_known_customers_mailbox_names_the_customer_not_staff():
    body = ("From: Beatriz Quintanar <bquintanar77@yahoo.com>\n"
            "Sent: Monday, June 2, 2025 9:05 AM\n"
            "To: customerservice@pomonachoiceenergy.org\n"
            "Subject: my bill\n\n"
            "My bill for account 8-02-517-3396 is twice what it was last year.\n\n"
            "____________________________\n"
            "From: Dmitri Alvarenga <dalvarenga@pomonaca.gov>\n"
            "Sent: Monday, June 2, 2025 2:30 PM\n"
            "To: Quintanar, Beatriz <bquintanar77@yahoo.com>\n"
            "Subject: RE: my bill\n\n"
            "I have opened a billing review.\n\n"
            "____________________________\n"
            "From: Wendell Aubuchon <waubuchon@gmail.com>\n"
            "Sent: Monday, June 2, 2025 3:02 PM\n"
            "To: district2@pomonaca.gov\n"
            "Subject: Item 12 - renewable option\n\n"
            "Please vote yes on the 100% renewable option.\n\n"
            "Wendell Aubuchon\n")
    found = _found("packet-0602.txt", body)
    names = values_of(found, "customer_name")
    assert "Beatriz Quintanar" in names and "Quintanar, Beatriz" in names  # the reply's To: line
    assert "Dmitri Alvarenga" not in names
    assert "Wendell Aubuchon" not in names and "waubuchon@gmail.com" not in values_of(found, "email")
