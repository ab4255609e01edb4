"""Red team site41's misses: a customer's usage told in minutes' narrative, a customer's e-mail sign-off pasted into a
packet, landlord and tenant of one account, a resident's letter opening a FAQ, a billing test system's password in
prose, a wrapped address in a PDF, and +1 phones beside a customer; with the hard negatives of a city site."""
from __future__ import annotations

import io

from tests.detector_helpers import lines_pdf, pairs_above_low, pairs_found, values_of

_SITE = "https://www.pomonaca.gov"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _page(*paragraphs: str, heading: str = "City Council Regular Meeting Minutes") -> str:
    return f"<html><body><h1>{heading}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def _paragraphs_pdf(*paragraphs: str) -> bytes:
    """A PDF of ``paragraphs`` set in Normal text, wrapped at the page's width."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build([Paragraph(p, getSampleStyleSheet()["Normal"]) for p in paragraphs])
    return out.getvalue()


# --- 1. a customer's usage told in minutes' narrative -------------------------------------------------------------

def test_a_name_whose_usage_went_from_one_figure_to_another_is_a_customer():
    found = _found("minutes/2025-09-16.html", _page(
        "Item 7. Pomona Choice Energy quarterly customer service report. Staff presented three high-bill inquiries.",
        "Wei Zhang went from 336 to 2,307 kWh between May and August; staff attributes the increase to a new "
        "electric vehicle charger installed in June.",
        "Councilmember Ontiveros-Cole asked whether staff had contacted the customer."))
    assert values_of(found, "customer_name") == {"Wei Zhang"}
    assert values_of(found, "energy_usage") == {"336", "2,307 kWh"}


def test_the_usage_for_a_person_that_rose_is_theirs():
    found = _found("minutes/2025-10-07.html", _page(
        "Staff reviewed the billing complaint log. Consumption for Harold Baptiste rose from 612 kWh in April to "
        "1,884 kWh in July; the customer attributes it to a pool pump that ran continuously.",
        heading="Utility Commission Minutes"))
    assert values_of(found, "customer_name") == {"Harold Baptiste"}
    assert values_of(found, "energy_usage") == {"612 kWh", "1,884 kWh"}


def test_a_usage_change_told_in_spanish_minutes():
    found = _found("minutas.html", _page(
        "Quejas por facturas altas. Rosa Elena Paredes pasó de 410 a 1.980 kWh entre junio y septiembre; la clienta "
        "lo atribuye a una bomba de piscina.", heading="Minutas del Concejo"))
    assert values_of(found, "customer_name") == {"Rosa Elena Paredes"}
    assert values_of(found, "energy_usage") == {"410", "1.980 kWh"}


def test_a_facilitys_or_a_campuss_usage_change_names_no_customer():
    found = _found("minutes/led.html", _page(
        "Staff reported on the LED retrofit. Ganesha Park went from 12,400 to 9,800 kWh per month; Washington Park "
        "went from 8,100 to 6,050 kWh. Ralph Welch Park dropped from 4,200 kWh to 3,100 kWh. Usage for Fire Station 2 "
        "rose from 3,300 kWh to 3,900 kWh.",
        "Kellogg West went from 120,000 kWh to 98,000 kWh. Cal Poly Pomona went from 2.1 GWh to 1.9 GWh.",
        "Mayor Tim Sandoval noted the Civic Center went from 412,000 to 398,000 kWh; staff attributes the decrease "
        "to the chiller replacement. Residential customers averaged 520 kWh per month in August."))
    assert not values_of(found, "customer_name")
    assert not values_of(found, "energy_usage")


def test_a_typical_homes_change_beside_an_installer_names_no_customer():
    found = _found("solar.html", _page(
        "Installer Marcus Reed of SunPath Solar said a typical home went from 900 to 300 kWh of grid use.",
        heading="Solar stories"))
    assert not values_of(found, "customer_name")


# --- 2. a customer's e-mail sign-off pasted into a packet ---------------------------------------------------------

def _packet(heading: str, *paragraphs: str) -> str:
    return f"<html><body><h2>{heading}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def test_a_complaint_signed_under_dashes_names_its_customer():
    found = _found("agenda/item9.html", _packet(
        "Attachment C - Correspondence received", "Hello,",
        "My bill for July was $412 and I have never had a bill over $150. Nobody in your office has called me back "
        "about my account. Please look into this.",
        "--<br>Maria Delgado<br>(909) 555-0142<br>mdelgado77@gmail.com<br>Sent from my iPhone"))
    assert values_of(found, "customer_name") == {"Maria Delgado"}
    assert values_of(found, "phone") == {"(909) 555-0142"}
    assert values_of(found, "email") == {"mdelgado77@gmail.com"}


def test_a_complaint_signed_under_a_short_closing_names_its_customer():
    found = _found("agenda/exhibit4.html", _packet(
        "Exhibit 4",
        "I was charged twice for my electric service this month and the payment portal will not show my balance. "
        "I would like a refund.",
        "Thanks,<br>Devon Akins<br>626.555.0177<br>devon.akins@yahoo.com"))
    assert values_of(found, "customer_name") == {"Devon Akins"}
    assert values_of(found, "phone") == {"626.555.0177"}
    assert values_of(found, "email") == {"devon.akins@yahoo.com"}


def test_a_complaint_in_a_text_printout_and_in_a_pdf_packet():
    text = ("<html><body><h2>Late correspondence</h2><pre>Hi there,\nI moved out of my apartment on 3/1 but I'm still "
            "getting billed on my account. Can someone close it and send me a refund?\nThanks\nJavier Solis\n"
            "Cell: 951-555-0107\njsolis_88@hotmail.com</pre></body></html>")
    found = _found("agenda/late.html", text)
    assert values_of(found, "customer_name") == {"Javier Solis"}
    assert values_of(found, "phone") == {"951-555-0107"}
    pdf = lines_pdf(["Agenda Item 9 - Attachment C", "", "Hello,",
                     "My bill for July was $412 and I have never had a bill over $150. Nobody in",
                     "your office has called me back about my account. Please look into this.", "", "--",
                     "Marisol Fuentes", "(909) 555-0142", "mfuentes77@gmail.com", "Sent from my iPhone"])
    found = _found("agenda/item9.pdf", pdf)
    assert values_of(found, "customer_name") == {"Marisol Fuentes"}
    assert values_of(found, "email") == {"mfuentes77@gmail.com"}


def _above_low(name: str, body: str | bytes) -> set[tuple[str, str]]:
    """The findings above low: a personal mailbox alone on a page is reported low whoever's it is."""
    if isinstance(body, str):
        return pairs_above_low(f"{_SITE}/{name}", body)
    from crawler.extract import extract
    from detectors.engine import scan_document
    from tests.detector_helpers import _all_detectors
    return {(f.category, f.value) for f in scan_document(extract(f"{_SITE}/{name}", body), _all_detectors())
            if f.severity != "low"}


def test_staff_and_vendor_signatures_are_no_customers():
    staff = _packet("Exhibit 5: Staff response",
                    "Thank you for contacting us about your bill. Our records show your account was credited. Call our "
                    "billing team with questions.",
                    "Thanks,<br>Jessica Lam<br>(909) 620-2079<br>jessica.lam@pomonaca.gov",
                    "Regards,<br>Jessica Lam<br>Customer Care Supervisor<br>Pomona Choice Energy<br>(909) 620-2079")
    vendor = _packet("Exhibit 6: Vendor correspondence",
                     "Attached is the revised invoice for my billing service work on the data migration of customer "
                     "accounts.",
                     "Best regards,<br>Tom Becker<br>Senior Account Manager<br>Calpine Energy Solutions<br>"
                     "(858) 555-0133<br>tom.becker@calpinesolutions.com",
                     "Our service agreement renews in July; my account manager will send the new rates.",
                     "Thanks,<br>Tom Becker<br>(858) 555-0133<br>tbecker@gmail.com<br>Becker Consulting LLC")
    assert not _above_low("agenda/exhibit5.html", staff)
    assert not _above_low("agenda/exhibit6.html", vendor)


def test_public_comment_and_a_business_owners_bill_are_no_customer_records():
    pages = [
        _packet("Public comment received - Item 5, Phillips Ranch park improvements",
                "Dear Council, please keep the dog park open on weekends. The new lighting is too bright.",
                "-- <br>Sandra Kim<br>(909) 555-0188<br>sandrak@gmail.com<br>Sent from my iPhone"),
        _packet("Written communications - Item 8, PCE rate adjustment",
                "Dear Mayor and Council Members, my bill has doubled since PCE started. Please vote no on the rate "
                "increase.", "Sincerely,<br>Sandra Kim<br>(909) 555-0188<br>sandrak@gmail.com"),
        _packet("Correspondence received", "My bill has doubled since PCE started. Please vote no on the rate increase.",
                "Thanks,<br>Sandra Kim<br>(909) 555-0188<br>sandrak@gmail.com"),
        _packet("Correspondence", "I own Rosa's Bakery on Garey. My bill for the shop doubled this summer.",
                "Thanks,<br>Rosa Medina<br>(909) 555-0121<br>rosasbakery@gmail.com"),
        _packet("Correspondence", "The street light in front of my house has been out for a month. Please fix it.",
                "Thanks,<br>Rosa Medina<br>(909) 555-0121<br>rmedina@gmail.com"),
    ]
    for k, page in enumerate(pages):
        assert not _above_low(f"agenda/comment{k}.html", page), page


# --- 6. an address a PDF wrapped --------------------------------------------------------------------------------

def test_an_address_a_letters_line_break_cut_is_found_whole():
    pdf = lines_pdf(["Pomona Choice Energy", "", "March 3, 2025", "", "Dear Ms. Ingrid Halvorsen,", "",
                     "We reviewed the bill for your service at 1227 West Holt",
                     "Avenue and found that the meter was read in error. Your account 2-44-718-3302",
                     "will be credited $84.12 on your next bill."])
    found = _found("docs/credit-letter.pdf", pdf)
    assert values_of(found, "address") == {"1227 West Holt Avenue"}
    assert values_of(found, "customer_name") == {"Ms. Ingrid Halvorsen"}


def test_an_address_block_and_a_table_cell_wrapped():
    letter = lines_pdf(["Pomona Choice Energy", "", "Mr. Oswaldo Pineda", "3318 North Garey", "Avenue", "",
                        "Account: 2-44-992-1180", "", "Dear Mr. Pineda,",
                        "Your bill for February included a late fee that has been reversed."])
    assert values_of(_found("docs/fee-letter.pdf", letter), "address") == {"3318 North Garey Avenue"}


def test_the_citys_offices_wrapped_in_a_customers_letter_stay_public():
    pdf = lines_pdf(["Pomona Choice Energy", "", "Dear Ms. Ingrid Halvorsen,", "",
                     "Your account 2-44-718-3302 is past due. You may pay in person at City Hall, 505 South",
                     "Garey Avenue, or at the Pomona Library, 625 South Garey",
                     "Avenue, during business hours. Our payment center at 300 West Second",
                     "Street is closed on Fridays.", "Sincerely,", "Billing Division"])
    assert not values_of(_found("docs/pastdue.pdf", pdf), "address")


# --- 3. landlord and tenant of one account -------------------------------------------------------------------------

def test_the_holder_and_the_tenant_of_an_account_and_its_home():
    for k, sentence in enumerate([
            "The tenant, Luis Ortega, disputes charges on the account held by his landlord, Karen Whitfield, at "
            "1412 N. Garey Ave. Staff will review the move-out date.",
            "Item 4. Hearing on a billing appeal. The tenant, Luis Ortega, disputes charges on the account held by his "
            "landlord, Karen Whitfield, at 1412 N. Garey Ave.; he says he moved out in March.",
            "Tenant Luis Ortega disputes the charges on the PCE account of his landlord Karen Whitfield for 1412 N. "
            "Garey Ave."]):
        found = _found(f"reports/disputes{k}.html", _page(sentence, heading="Staff report"))
        assert values_of(found, "customer_name") == {"Luis Ortega", "Karen Whitfield"}, sentence
        assert values_of(found, "address") == {"1412 N. Garey Ave."}, sentence
    found = _found("reports/disputes9.html", _page(
        "Landlord Gregory Amsel says the account registered to his tenant, Brianna Cole, at 855 E. Holt Avenue was "
        "never transferred.", heading="Staff report"))
    assert values_of(found, "customer_name") == {"Gregory Amsel", "Brianna Cole"}
    assert values_of(found, "address") == {"855 E. Holt Avenue"}


def test_a_landlords_bank_account_rent_ledger_or_land_use_case_is_no_customer_record():
    page = _page(
        "The applicant, Karen Whitfield, owner of 1412 N. Garey Ave., requests a variance; her tenant Luis Ortega "
        "spoke in support.",
        "The tenant, Luis Ortega, disputes the rent ledger held by his landlord, Karen Whitfield, at 1412 N. Garey Ave.",
        "The tenant, Luis Ortega, says the security deposit was paid into the escrow account held by his landlord, "
        "Karen Whitfield, at 1412 N. Garey Ave.", heading="Housing and Planning Commission Minutes")
    assert not _above_low("minutes/housing.html", page)


# --- 4. a resident's letter opening a FAQ -----------------------------------------------------------------------

def test_a_residents_letter_opening_a_faq_is_their_record():
    pdf = _paragraphs_pdf(
        "Frequently Asked Questions",
        "Dear Pomona Choice Energy: I am writing about my bill at 1875 N. San Antonio Ave. Last month it was $289 for "
        "1,322 kWh, twice what I paid last year. Please explain. - Lorraine Whitaker",
        "Why did my bill increase? Summer rates apply from June through September.",
        "Can I pay in installments? Yes, ask about a payment arrangement.")
    found = _found("docs/faq.pdf", pdf)
    assert values_of(found, "customer_name") == {"Lorraine Whitaker"}  # not "Lorraine Whitaker Why"
    assert values_of(found, "address") == {"1875 N. San Antonio Ave."}
    assert values_of(found, "energy_usage") == {"1,322 kWh"}
    pdf = _paragraphs_pdf(
        "FAQ: Bills",
        "Hello, this is Grace Okafor. I live at 640 W. Phillips Blvd and my account number is 3-221-4410-17. My last "
        "bill was $240, which I can't afford.",
        "What help is available? CARE gives eligible households a discount of 30 percent or more.")
    found = _found("docs/faq-bills.pdf", pdf)
    assert values_of(found, "customer_name") == {"Grace Okafor"}
    assert values_of(found, "address") == {"640 W. Phillips Blvd"}


def test_a_faqs_general_answers_hold_no_customer():
    pdf = _paragraphs_pdf(
        "Frequently Asked Questions",
        "Why are summer bills higher? Air conditioning is the largest use of electricity in most homes; a typical "
        "home uses 650 kWh a month. Visit us at 505 S. Garey Ave. or call (909) 620-2079.",
        "Who is Pomona Choice Energy? Mayor Tim Sandoval and the City Council launched PCE in 2022.")
    assert not _above_low("docs/faq-general.pdf", pdf)


# --- 5. a billing test system's password in prose (already found: kept so) -----------------------------------------

def test_a_test_systems_password_written_in_prose():
    page = _page("For the upgrade test, the CIS test login is pce_admin with password Bluebird43@ and the batch runs "
                 "at 6 pm.", "Testers should use password Kestrel!2025 for the UAT environment of the billing system.",
                 "Log into UAT (user: pcetester, pwd Osprey-4471).", heading="CIS upgrade notes")
    assert values_of(_found("it/cis-notes.html", page), "credential") == {"Bluebird43@", "Kestrel!2025", "Osprey-4471"}


def test_password_instructions_are_no_credential():
    page = _page("To reset your password, click Forgot Password. Your password must be 8 characters or longer. Enter "
                 "your password and click Sign in. Use a strong password for the portal. Change your password in the "
                 "CIS test system after first login.", heading="Portal help")
    assert not values_of(_found("help.html", page), "credential")


# --- 7. +1 phones beside a customer (already found: kept so) -------------------------------------------------------

def test_phones_written_with_plus_one_beside_a_customer():
    page = _page("Customer Anita Sorensen called about her high bill; she asked to be called back at +1 909 555 0193.",
                 "The customer, Marco Bellini, whose service address is 1060 W. Orange Grove Ave, can be reached at "
                 "+1-626-555-0148 or +1 (951) 555-0117.", heading="Call log")
    assert values_of(_found("reports/calls.html", page), "phone") == {"+1 909 555 0193", "+1-626-555-0148",
                                                                      "+1 (951) 555-0117"}


def test_the_citys_lines_written_with_plus_one_are_public():
    page = _page("Pomona Choice Energy Customer Service: +1 (909) 620-2079. Mayor's office: +1 909 620 2051.",
                 heading="Contact us")
    assert not values_of(_found("contact.html", page), "phone")
