"""neg67: what a city's correspondence, history and library pages publish that read as a customer's record, each
beside the nearest true case that must stay a finding.

- a customer's letter giving their home with its town before the account in brackets ("my bill for 1234 E Fremont
  St, Pomona (account ...)"): the town is no case summary's given name, so no second "customer" named "Pomona"; the
  letter's own writer stays the customer;
- a history of downtown merchants ("In 1908, ... opened a drugstore at 146 West Second Street ... The Light & Power
  Company billed him for 51 kilowatt hours"): a merchant's life told with an old year, no customer's record; the same
  sentence of this year's customer stays a record;
- an event's "RSVP to ...@gmail.com" after its presenter: a mailbox published to be written to; a mailbox a note
  gives as a resident's own stays a low finding;
- a list of park bookings giving each one's "contact" with the phone and mailbox they gave for it: a booking is a
  public record; a line about a bill keeps the mailbox a finding; so is the person an entry of a list of bookings names
  after the facility it books ("3/14 Kellogg Park Picnic Area B: ... party (NAME, phone, mailbox)");
- a power company's customer ledger of 1911 a history page transcribes under its dated caption: history's people, no
  living customer's; the same table dated this year stays customer records;
- an obituary's "Friends may call the family at ..." and "Condolences may be sent to ... or MAILBOX": a number and a
  mailbox its readers are invited to use; staff's call to a family keeps the number.
"""
from __future__ import annotations

from tests.detector_helpers import docx_paragraphs, pairs_found, values_of

_CLERK_URL = "https://www.sanbelmonte.gov/council/written-communications.html"
_HISTORY_URL = "https://www.sanbelmonte.gov/history/downtown.html"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"


# --- the town after a street address, before a bracketed account ---------------------------------------------------

def test_town_before_a_bracketed_account_is_no_customer():
    body = _page("Written Communications - Item 7",
                 "<p>From: Oyelaran Whitcombe &lt;owhitcombe77@gmail.com&gt;</p><p>My CCA bill for 2871 E Alder "
                 "Ct, Belmonte (account 700412398817) jumped to 1,412 kWh this month. Please explain the charge.</p>")
    found = pairs_found(_CLERK_URL, body)
    assert values_of(found, "customer_name") == {"Oyelaran Whitcombe"}, found
    assert "2871 E Alder Ct" in values_of(found, "address"), found
    assert "700412398817" in values_of(found, "account_number"), found


def test_given_name_before_a_bracketed_account_stays_a_customer():
    body = _page("Case summaries", "<p>We helped Chidi (account ending in 6250) after he was billed twice for March; "
                 "last name Holloway. His home at 2871 E Alder Ct used 1,412 kWh.</p>")
    found = pairs_found(_CLERK_URL, body)
    assert "Chidi" in values_of(found, "customer_name"), found


# --- a merchant's life in a town's history --------------------------------------------------------------------------

def test_merchant_history_with_old_year_is_public():
    body = _page("Downtown Merchants, 1888-1935",
                 "<p>In 1908, Kasimir Ebersole opened a blacksmith shop at 296 West Second Street; his telephone "
                 "number was Main 41. The Belmonte Light &amp; Power Company billed him for 43 kilowatt hours in its "
                 "first month.</p><p>In 1921, Perpetua Marchetti operated a drugstore at 146 West Second Street; her "
                 "telephone number was Main 212. The Belmonte Light &amp; Power Company billed her for 51 kilowatt "
                 "hours in its first month.</p>")
    found = pairs_found(_HISTORY_URL, body)
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "address"), found
    assert not values_of(found, "energy_usage"), found


def test_merchant_who_kept_a_store_over_old_years_is_public():
    body = _page("Downtown Merchants", "<p>Reginald Abernathy kept a grocery at 146 West Second Street from 1902 until "
                 "1931. The Belmonte Light &amp; Power Company billed him for 51 kilowatt hours in his first month.</p>")
    found = pairs_found(_HISTORY_URL, body)
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "energy_usage"), found


def test_customer_who_opened_an_account_this_year_stays_a_record():
    body = _page("Customer notes",
                 "<p>In 2025, Kasimir Ebersole opened a service account at 296 West Second Street; his phone is "
                 "(626) 448-3190. The CCA billed him for 843 kilowatt hours in his first month.</p>")
    found = pairs_found(_HISTORY_URL, body)
    assert "Kasimir Ebersole" in values_of(found, "customer_name"), found


# --- an event's RSVP mailbox ---------------------------------------------------------------------------------------

def test_presenters_rsvp_mailbox_is_public():
    body = docx_paragraphs(
        "Library Events - January",
        "Saturday, January 10, 2 p.m.: Understanding your CCA bill. Presented by Xiomara Rourke, energy educator. "
        "RSVP to xiomara.rourke61@outlook.com or (626) 448-3190.",
        "Tuesday, January 13, 6 p.m.: Seed library. Presented by Ignatius Marchetti, master gardener. Register with "
        "imarchetti44@yahoo.com.")
    found = pairs_found("https://www.sanbelmonte.gov/library/january-events.docx", body)
    assert not values_of(found, "email"), found


def test_residents_own_mailbox_stays_low_finding():
    body = _page("Neighborhood notes", "<p>Resident Xiomara Rourke asked about the tree in front of her house. Her "
                 "personal email is xiomara.rourke61@outlook.com.</p>")
    found = pairs_found("https://www.sanbelmonte.gov/notes.html", body)
    assert "xiomara.rourke61@outlook.com" in values_of(found, "email"), found


# --- the contact a list of park bookings gives for each -------------------------------------------------------------

_BOOKINGS_URL = "https://www.sanbelmonte.gov/parks/weekend-bookings.html"


def test_park_booking_contacts_are_public():
    body = _page("Weekend Park Bookings", "<ul>"
                 "<li>Montvue Park Gazebo, Jan 6 - birthday party - contact Evander Quintanilla, (626) 358-3412, "
                 "evander.quintanilla31@outlook.com</li>"
                 "<li>Alder Grove Community Room, Feb 9 - family reunion - contact Bartholomew Lindqvist, "
                 "(626) 654-4745, blindqvist46@yahoo.com</li></ul>")
    found = pairs_found(_BOOKINGS_URL, body)
    assert not values_of(found, "email"), found
    assert not values_of(found, "customer_name"), found


def test_contact_in_a_line_about_a_bill_stays_a_finding():
    body = _page("Weekend Park Bookings", "<ul>"
                 "<li>Montvue Park Gazebo, Jan 6 - billing dispute over her deposit - contact Evander Quintanilla, "
                 "(626) 358-3412, evander.quintanilla31@outlook.com</li></ul>")
    found = pairs_found(_BOOKINGS_URL, body)
    assert "evander.quintanilla31@outlook.com" in values_of(found, "email"), found


# --- an old ledger a history page transcribes -----------------------------------------------------------------------

def _ledger(caption: str) -> str:
    rows = [("Kasimir Ebersole", "296 W Second St", "43 kw-h", "$2.15"),
            ("Perpetua Marchetti", "146 E Holt Av", "51 kw-h", "$2.55"),
            ("Lysander Castellanos", "929 W Third St", "32 kw-h", "$1.60")]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    return _page("Belmonte Light &amp; Power Co.",
                 "<p>A page of the company's customer ledger, donated to the Historical Society.</p>"
                 f"<table><caption>{caption}</caption><thead><tr><th>Customer</th><th>Premises</th>"
                 f"<th>Current used</th><th>Amount</th></tr></thead><tbody>{body}</tbody></table>")


def test_ledger_dated_before_1960_is_history():
    found = pairs_found(_HISTORY_URL, _ledger("Ledger folio 212, March 1911"))
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "energy_usage"), found


def test_ledger_dated_this_year_stays_customer_records():
    found = pairs_found(_HISTORY_URL, _ledger("Ledger folio 212, March 2025"))
    assert "Kasimir Ebersole" in values_of(found, "customer_name"), found
    assert "43 kw-h" in values_of(found, "energy_usage"), found


def test_ledger_captioned_by_a_figure_of_a_years_size_stays_customer_records():
    found = pairs_found(_HISTORY_URL, _ledger("Accounts with usage of 1850 kWh or more"))
    assert "Kasimir Ebersole" in values_of(found, "customer_name"), found


_EXHIBIT_URL = "https://www.sanbelmonte.gov/history/ledger-exhibit.pdf"


def _ledger_pdf(title: str) -> bytes:
    """A one-page PDF: ``title``, then the ledger as a table of four columns drawn apart."""
    import io

    from reportlab.pdfgen import canvas
    rows = [("Customer", "Premises", "Current used", "Amount"),
            ("Kasimir Ebersole", "296 W Second St", "43 kw-h", "$2.15"),
            ("Perpetua Marchetti", "146 E Holt Av", "51 kw-h", "$2.55"),
            ("Lysander Castellanos", "929 W Third St", "32 kw-h", "$1.60")]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 740, "Centennial Exhibit: Electric Light Comes to Belmonte")
    pdf.drawString(72, 720, title)
    for k, row in enumerate(rows):
        for x, cell in zip((72, 232, 382, 482), row):
            pdf.drawString(x, 690 - 16 * k, cell)
    pdf.save()
    return out.getvalue()


def test_ledger_in_a_pdf_dated_before_1960_is_history():
    found = pairs_found(_EXHIBIT_URL, _ledger_pdf("Customer ledger of 1922, folio 212."))
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "energy_usage"), found


def test_ledger_in_a_pdf_dated_this_year_stays_customer_records():
    found = pairs_found(_EXHIBIT_URL, _ledger_pdf("Customer ledger of 2025, folio 212."))
    assert "Kasimir Ebersole" in values_of(found, "customer_name"), found


# --- an obituary's invitation to call the family --------------------------------------------------------------------

def test_friends_may_call_the_family_is_public():
    body = _page("Memorial Bench Dedications", "<p><b>Kasimir Ebersole</b> (1931-2025), a retired meter reader, died "
                 "at home on November 12. Friends may call the family at (626) 586-3625. A memorial bench will be "
                 "placed at Alder Grove Park.</p>")
    found = pairs_found("https://www.sanbelmonte.gov/events/memorial-benches.html", body)
    assert not values_of(found, "phone"), found


def test_staff_calling_the_family_keeps_the_number():
    body = _page("Field notes", "<p>Gas leak reported at the rear of the house. Staff will call the family at "
                 "(626) 586-3625 tomorrow.</p>")
    found = pairs_found("https://www.sanbelmonte.gov/notes.html", body)
    assert "(626) 586-3625" in values_of(found, "phone"), found


def test_person_after_the_facility_a_booking_list_entry_books_is_no_customer():
    body = _page("Room Bookings - March", "<ul>"
                 "<li>3/14 Kellogg Park Picnic Area B: Oyelaran graduation party (Fenwick Oyelaran, 909-661-3098, "
                 "foyelaran@outlook.com)</li>"
                 "<li>3/15 Alder Grove Pavilion: Marchetti birthday party (Perpetua Marchetti, 626-443-2210, "
                 "pmarchetti@icloud.com)</li></ul>")
    found = pairs_found(_BOOKINGS_URL, body)
    assert not values_of(found, "customer_name"), found
    assert not values_of(found, "phone"), found
    assert not values_of(found, "email"), found


def test_mailbox_after_a_facility_on_a_page_of_no_bookings_stays_low_finding():
    body = _page("Neighborhood notes", "<ul><li>3/14 Kellogg Park Picnic Area B: Fenwick Oyelaran "
                 "(foyelaran@outlook.com) asked about the tree by his house</li></ul>")
    found = pairs_found(_BOOKINGS_URL, body)
    assert "foyelaran@outlook.com" in values_of(found, "email"), found


def test_booking_list_entry_about_a_bill_keeps_its_customer():
    body = _page("Room Bookings - March", "<ul>"
                 "<li>3/14 Kellogg Park Picnic Area B: Oyelaran graduation party (Fenwick Oyelaran, 909-661-3098, "
                 "foyelaran@outlook.com) - his past-due electric bill holds the deposit</li></ul>")
    found = pairs_found(_BOOKINGS_URL, body)
    assert "Fenwick Oyelaran" in values_of(found, "customer_name"), found


def test_obituarys_mailbox_for_condolences_is_public():
    body = _page("Obituaries", "<p>Kasimir Ebersole, 91, died December 2. Condolences may be sent to the family at "
                 "296 W Second St or kebersole@gmail.com.</p>")
    found = pairs_found("https://www.sanbelmonte.gov/library/obituaries.html", body)
    assert not values_of(found, "email"), found
