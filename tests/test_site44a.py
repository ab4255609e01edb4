"""Text published where a reader does not look, and the record rules that read it (red team site44).

- A schema.org Person's ``identifier`` in JSON-LD (an Event's attendee, a page's Person) is the person's own number:
  read as a "person id", an account's label, so the attendee's name, mailbox, phone and number are a customer's
  record. Hard negatives: an Organization's and a GovernmentOrganization's identifier and its staff, an Event's
  performer with an ISNI, a staff member's Person with a job title and an employee number.
- An image's alt and title describe what the figure (or the link) holding it describes: one record with the figure's
  data-* (the owner and the account of a home whose photo's alt gives its address). Hard negatives: alt text naming
  a park or a City facility with a photographer's credit; a gallery's images are no one record.
- A rural route's box ("Star Route 1 Box 133", "Highway Contract Route 2 Box 9") is an address, not the words of a
  name ("Deepa Reddy, Star Route" read as "Last, First"). Hard negative: a deli named "Star Route".
- A form's own data-* ("data-last-submitter") are values of its record with its hidden inputs; a "Submitter" is a
  person's name.
- A line beside an official's mailbox that gives a consumer mailbox of its own ("Contact for the complaint: Ana Ruiz,
  ...@icloud.com, ..." over "Questions: ...@cityname.gov") is no line of the official's card. Hard negative: a staff
  card with the City's mailbox.
- A mailbox spelling a customer's given name and surname is theirs wherever the document holds it (a Word footer's
  "cc: ..."). Hard negatives: a footer with the City's address and mailbox; a mailbox spelling only one of the names.
"""
from __future__ import annotations

import io
import json

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cieloalto.gov"


def _ld(item: dict, script_type: str = "application/ld+json") -> set[tuple[str, str]]:
    page = (f"<html><head><title>Workshop</title><script type='{script_type}'>{json.dumps(item)}</script></head>"
            "<body><main><h1>Energy Savings Workshop</h1><p>Join us for a free workshop.</p></main></body></html>")
    return pairs_found(f"{_SITE}/energy/events/event-8.html", page)


_ATTENDEE = {"@type": "Person", "name": "Kevin Liu", "email": "kevin193@hotmail.com", "telephone": "(760)502-6118",
             "identifier": "CACP 8508 3947"}


def test_json_ld_event_attendee_is_a_customer_record():
    event = {"@context": "https://schema.org", "@type": "Event", "name": "Energy Savings Workshop",
             "location": {"@type": "Place", "address": "Loma Alta Community Center, 2401 Loma Alta Dr"},
             "attendee": _ATTENDEE}
    for script_type in ("application/ld+json", "application/json"):
        found = _ld(event, script_type)
        assert values_of(found, "customer_name") == {"Kevin Liu"}
        assert values_of(found, "email") == {"kevin193@hotmail.com"}
        assert values_of(found, "phone") == {"(760)502-6118"}
        assert values_of(found, "account_number") == {"8508 3947"}
        assert values_of(found, "address") == set()  # the venue


def test_json_ld_attendees_listed_and_a_page_person():
    event = {"@context": "https://schema.org", "@type": "Event", "name": "Solar 101",
             "attendee": [_ATTENDEE, {"@type": "Person", "name": "Rosa Delgado", "email": "rdelgado88@gmail.com",
                                      "identifier": "CACP 1204 5571",
                                      "address": {"@type": "PostalAddress", "streetAddress": "4410 Arrow Hwy",
                                                  "addressLocality": "Cielo Alto"}}]}
    found = _ld(event)
    assert values_of(found, "customer_name") == {"Kevin Liu", "Rosa Delgado"}
    assert values_of(found, "account_number") == {"8508 3947", "1204 5571"}
    assert {"kevin193@hotmail.com", "rdelgado88@gmail.com"} <= values_of(found, "email")
    person = dict(_ATTENDEE, **{"@context": "https://schema.org"})
    assert values_of(_ld(person), "account_number") == {"8508 3947"}


def test_json_ld_organizations_performers_and_staff_are_public():
    organization = {"@context": "https://schema.org", "@type": "GovernmentOrganization",
                    "name": "Cielo Alto Community Power", "identifier": "CACP 1000 2000",
                    "telephone": "(626) 331-7100", "email": "info@cieloaltopower.org",
                    "address": {"@type": "PostalAddress", "streetAddress": "100 Civic Center Plaza",
                                "addressLocality": "Cielo Alto"},
                    "employee": {"@type": "Person", "name": "Maria Gonzalez", "jobTitle": "Program Manager",
                                 "telephone": "(626) 331-7105", "email": "mgonzalez@gmail.com"}}
    assert _ld(organization) == set()
    business = {"@context": "https://schema.org", "@type": "Organization", "name": "Sunrise Solar Installers",
                "identifier": "CSLB 1048221", "telephone": "(909) 555-0142",
                "founder": {"@type": "Person", "name": "Tomas Reyes", "identifier": "CSLB 1048221"}}
    assert _ld(business) == set()
    concert = {"@context": "https://schema.org", "@type": "Event", "name": "Solar Night Concert",
               "location": {"@type": "Place", "name": "Loma Alta Park", "address": "2401 Loma Alta Dr"},
               "performer": {"@type": "Person", "name": "Linda Ronstadt", "identifier": "ISNI 0000 0001 2144 5398",
                             "sameAs": "https://en.wikipedia.org/wiki/Linda_Ronstadt"},
               "organizer": {"@type": "GovernmentOrganization", "name": "City of Cielo Alto",
                             "telephone": "(626) 331-7000", "email": "events@cieloalto.gov"}}
    assert _ld(concert) == set()
    staff = {"@context": "https://schema.org", "@type": "Person", "name": "Derek Phan",
             "jobTitle": "Key Accounts Manager",
             "worksFor": {"@type": "GovernmentOrganization", "name": "Cielo Alto Community Power"},
             "telephone": "(626) 331-7122", "email": "derek.phan@cieloalto.gov", "identifier": "EMP 4410 2231"}
    assert _ld(staff) == set()


def _page(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/energy/solar-stories.html",
                       f"<html><head><title>Solar stories</title></head><body><main><h1>Solar stories</h1>{body}"
                       "</main></body></html>")


def test_image_alt_joins_its_figures_record():
    found = _page("<figure data-acct='SA246639455' data-owner='Sung-min Yoon'><img src='a.png' "
                  "alt='Rooftop array at 24209 Tierra Rejada Rd' title='Sung-min Yoon residence, 7.2 kW'>"
                  "<figcaption>A 7.2 kW system in the Foothill neighborhood.</figcaption></figure>"
                  "<figure data-owner='Hao Lin' data-acct='CACP-192864'><img src='b.png' "
                  "alt='Rooftop array at 10246 Avenida Cielo'></figure>"
                  "<a href='case.pdf' data-customer='Rowena Dela Cruz' data-sa='SA910986535'>"
                  "<img src='c.png' alt='Meter at 23413 Cypress Hollow Rd'></a>")
    assert values_of(found, "address") == {"24209 Tierra Rejada Rd", "10246 Avenida Cielo", "23413 Cypress Hollow Rd"}
    assert values_of(found, "account_number") == {"SA246639455", "CACP-192864", "SA910986535"}
    assert {"Sung-min Yoon", "Hao Lin", "Rowena Dela Cruz"} <= values_of(found, "customer_name")


def test_image_alt_of_a_park_or_a_facility_is_public():
    found = _page("<figure data-credit='Photo: Ana Ruiz'><img src='p.png' "
                  "alt='Playground at Loma Alta Park, 2401 Loma Alta Dr'></figure>"
                  "<figure data-site-id='CH-0042' data-facility='City Hall'><img src='c.png' "
                  "alt='Solar carport at City Hall, 100 Civic Center Plaza' title='212 kW carport'></figure>"
                  "<figure><img src='b.png' alt='Carport solar at Alosta Brewing Company'><figcaption>Alosta Brewing "
                  "Company, 1210 E. Alosta Ave, installed 212 kW of carport solar.</figcaption></figure>")
    assert found == set()


def test_gallery_images_are_no_one_record():
    found = _page("<figure data-acct='SA246639455' data-owner='Sung-min Yoon'>"
                  "<img src='a.png' alt='Community garden at 2401 Loma Alta Dr'>"
                  "<img src='b.png' alt='Library at 100 Civic Center Plaza'></figure>")
    assert values_of(found, "address") == set()


def test_rural_route_box_is_an_address_not_a_name():
    found = pairs_found(f"{_SITE}/energy/bill-help.html",
                        "<html><head><title>Bill Help</title>"
                        "<meta name='description' content='Bill help - draft based on case of Deepa Reddy, "
                        "Star Route 1 Box 133'><meta name='x-case-ref' content='acct CACP-667192; "
                        "reddyd54@verizon.net'></head><body><main><h1>Bill help</h1></main></body></html>")
    assert values_of(found, "customer_name") == {"Deepa Reddy"}
    assert values_of(found, "address") == {"Star Route 1 Box 133"}
    found = pairs_found(f"{_SITE}/notes.txt", "Customer Deepa Reddy, Highway Contract Route 2 Box 9, Cielo Alto, "
                                              "acct CACP-667192, called about her bill.\n")
    assert values_of(found, "customer_name") == {"Deepa Reddy"}
    assert values_of(found, "address") == {"Highway Contract Route 2 Box 9"}
    found = pairs_found(f"{_SITE}/business/directory.html",
                        "<html><body><main><p>Star Route Deli is open daily.</p></main></body></html>")
    assert found == set()


def test_form_data_attribute_joins_its_record():
    found = pairs_found(f"{_SITE}/forms/service-request.html",
                        "<html><body><main><form method='post' action='/sr' data-last-submitter='Robert O&#x27;Brien'>"
                        "<input type='hidden' name='prefill_refuse_acct' value='255-R-2581'>"
                        "<input type='hidden' name='prefill_phone' value='+1 (760) 298-6141'>"
                        "<label>Describe the problem <textarea name='desc'></textarea></label><button>Send</button>"
                        "</form></main></body></html>")
    assert values_of(found, "customer_name") == {"Robert O'Brien"}
    assert values_of(found, "account_number") == {"255-R-2581"}


def test_form_data_attribute_of_no_customer():
    found = pairs_found(f"{_SITE}/forms/contact.html",
                        "<html><body><main><form method='post' action='/contact' data-form-owner='Clerk Office' "
                        "data-submitter-label='Your name'><input name='name'><button>Send</button>"
                        "</form></main></body></html>")
    assert found == set()


def test_complaint_contact_beside_an_officials_mailbox():
    text = ("Response to CPUC DR-07. Contact for sample complaint: Jocelyn Santos, jocelynsan@icloud.com, "
            "323-557-7406.\nQuestions: aderbedrossian@cieloalto.gov\n")
    found = pairs_found(f"{_SITE}/documents/cover-note.txt", text)
    assert values_of(found, "customer_name") == {"Jocelyn Santos"}
    assert values_of(found, "email") == {"jocelynsan@icloud.com"}
    assert values_of(found, "phone") == {"323-557-7406"}


def test_staff_card_beside_an_officials_mailbox():
    text = ("Energy Programs\nMaria Gonzalez, Program Manager\n(626) 331-7105\nmgonzalez@cieloalto.gov\n"
            "100 Civic Center Plaza, Cielo Alto, CA 91732\n")
    assert pairs_found(f"{_SITE}/energy/contact.txt", text) == set()


def _field_report(footer: str) -> bytes:
    import docx
    document = docx.Document()
    document.add_paragraph("Field Visit Report")
    table = document.add_table(rows=0, cols=2)
    for key, value in [("Customer", "Sanjay Iyer"), ("Premise", "4517 Walnut Creek Pkwy, Cielo Alto, CA 91732"),
                       ("Service ID", "043685238"), ("Read", "1622 kWh")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
    document.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_footer_mailbox_spelling_the_customer():
    found = pairs_found(f"{_SITE}/documents/field-visit-report-6.docx", _field_report("cc: sanjay.iyer@yahoo.com"))
    assert values_of(found, "email") == {"sanjay.iyer@yahoo.com"}


def test_word_footer_city_contacts_are_public():
    footer = "City of Cielo Alto · 100 Civic Center Plaza, Cielo Alto, CA 91732 · (626) 331-7000 · utilities@cieloalto.gov"
    found = pairs_found(f"{_SITE}/documents/field-visit-report-6.docx", _field_report(footer))
    assert values_of(found, "email") == set()
    assert values_of(found, "phone") == set()
    assert "100 Civic Center Plaza" not in " ".join(values_of(found, "address"))
    found = pairs_found(f"{_SITE}/documents/field-visit-report-6.docx", _field_report("cc: s.kumar@yahoo.com"))
    assert values_of(found, "email") == set()  # someone else's, in the document's running part
