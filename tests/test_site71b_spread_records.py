"""site71b red team: one customer's record spread over several elements: a chronology's ``<li>`` items (the name in
one, the home, the usage and the callback number in the others), a timeline's ``<article>`` entries, a ``<dl>`` term
naming the person over its definitions, a table's title row naming the person over one row of details. A staff list,
an agenda naming a speaker and a facility, a project's timeline, a directory of parks or staff in the same shapes stay
public."""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

PAGE = "https://www.cityofexample.org/utility/cases/review.html"


def _found(body: str) -> set[tuple[str, str]]:
    return pairs_found(PAGE, f"<html><head><title>Case Review</title></head><body><h1>Case Review</h1>{body}"
                             "</body></html>", "text/html")


def _items(tag: str, *items: str) -> str:
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


# ------------------------------------------------------------------------------ a chronology's items
def test_chronology_items_naming_one_customer_are_one_record():
    found = _found("<p>Chronology for the committee.</p>" + _items(
        "ul", "Feb 2: call from Mr. Abernethy-Quist about a high bill", "Feb 3: meter at 2218 Pelican Bay Ct read "
        "1,377 kWh", "Feb 6: callback to (562) 418-3306, left message"))
    assert values_of(found, "customer_name") == {"Mr. Abernethy-Quist"}
    assert "2218 Pelican Bay Ct" in values_of(found, "address")
    assert "1,377 kWh" in values_of(found, "energy_usage")
    assert "(562) 418-3306" in values_of(found, "phone")


def test_hidden_numbered_chronology_of_a_name_known_by_its_account_is_one_record():
    found = _found("<div hidden>" + _items(
        "ol", "Jan 9: call from Wendeline Strickmore about a high bill", "Jan 12: meter at 615 Osprey Landing read "
        "842 kWh", "Jan 14: callback to (714) 902-5531", "Jan 20: account 3-551-204-9987 put on a payment plan")
        + "</div>")
    assert "Wendeline Strickmore" in values_of(found, "customer_name")
    assert "615 Osprey Landing" in values_of(found, "address")
    assert "(714) 902-5531" in values_of(found, "phone")


def test_timeline_articles_of_one_customer_are_one_record():
    found = _found("<section>" + "".join(f"<article><time>{day}</time><p>{text}</p></article>" for day, text in (
        ("Apr 2", "Customer Hortensia Balderrama reported flickering lights."),
        ("Apr 4", "Crew inspected the service drop at 4471 Kestrel Hollow Rd."),
        ("Apr 6", "Interval data show 1,022 kWh in the billing period."))) + "</section>")
    assert "Hortensia Balderrama" in values_of(found, "customer_name")
    assert any(a.startswith("4471 Kestrel Hollow Rd") for a in values_of(found, "address"))


def test_staff_list_agenda_and_project_timeline_stay_public():
    assert not _found(_items("ul", "Priscilla Vandermeer", "Director of Utilities", "(909) 620-2371"))
    assert not _found(_items("ol", "6:00 p.m. Presentation by Octavio Renteria on the solar program",
                             "Location: Ganesha Park Community Center, 1575 N. White Ave", "Questions: (909) 620-2366"))
    assert not _found(_items("ul", "Tour led by Ranger Tomas Avila", "Meet at Palomares Park, 499 E. Arrow Hwy",
                             "Call (909) 620-2211 to register"))
    assert not _found("<section>" + "".join(f"<article><time>{day}</time><p>{text}</p></article>" for day, text in (
        ("Mar 3", "Council awarded the undergrounding contract to Whitcomb Electric Inc."),
        ("Mar 9", "Crews began trenching at 300 S. Garey Ave."),
        ("Apr 1", "Substation load reached 14,200 kWh per day during testing."),
        ("Apr 2", "Project hotline: (909) 620-2366."))) + "</section>")


def test_list_naming_two_people_stays_items_apart():
    found = _found(_items("ul", "Mar 3: presentation by Octavio Renteria", "Mar 4: site walk at 1575 N. White Ave",
                          "Mar 5: remarks by Gwendolyn Sato", "Reservations (909) 620-2366"))
    assert not values_of(found, "customer_name") and not values_of(found, "address")


# ------------------------------------------------------------------------------ a term over its definitions
def test_definition_term_naming_a_person_over_their_details_is_their_record():
    found = _found("<h2>Shutoff holds granted</h2><dl><dt>Leopoldina Marchbanks</dt><dd>7310 Heron Point Dr</dd>"
                   "<dd>(951) 388-2046</dd><dd>733 kWh last cycle</dd></dl>")
    assert "Leopoldina Marchbanks" in values_of(found, "customer_name")
    assert "7310 Heron Point Dr" in values_of(found, "address")
    assert "(951) 388-2046" in values_of(found, "phone")


def test_definition_terms_of_parks_staff_and_contacts_stay_public():
    assert not _found("<dl><dt>Ganesha Park</dt><dd>1575 N. White Ave</dd><dd>(909) 620-2366</dd><dd>Pool, picnic "
                      "areas</dd><dt>Palomares Park</dt><dd>499 E. Arrow Hwy</dd><dd>(909) 620-2211</dd></dl>")
    assert not _found("<dl><dt>Octavio Renteria</dt><dd>Director of Utilities</dd><dd>(909) 620-2371</dd>"
                      "<dd>orenteria@pomonaca.gov</dd><dt>Gwendolyn Sato</dt><dd>Energy Analyst</dd>"
                      "<dd>(909) 620-2372</dd></dl>")
    assert not _found("<dl><dt>Customer Service</dt><dd>(909) 620-2254</dd><dt>Mailing address</dt><dd>505 S. Garey "
                      "Ave, Pomona, CA 91766</dd><dt>Program manager</dt><dd>Priscilla Vandermeer</dd>"
                      "<dd>(909) 620-2371</dd></dl>")


# ------------------------------------------------------------------------------ a title row over a details row
def _titled_rows(*records: tuple[str, ...]) -> str:
    return "<table>" + "".join(f"<tr><td colspan='3'><b>{title}</b></td></tr><tr>"
                               + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
                               for title, *cells in records) + "</table>"


def test_table_title_rows_naming_people_over_their_details_rows_are_their_records():
    found = _found("<h2>Disconnection notices returned</h2>" + _titled_rows(
        ("Cordelia Vantongeren", "3308 Sandpiper Ln", "(909) 771-3324", "1,145 kWh"),
        ("Maximiliano Ruelas", "918 Tern Cove Way", "(626) 239-4418", "688 kWh")))
    assert {"Cordelia Vantongeren", "Maximiliano Ruelas"} <= values_of(found, "customer_name")
    assert {"3308 Sandpiper Ln", "918 Tern Cove Way"} <= values_of(found, "address")
    assert "688 kWh" in values_of(found, "energy_usage")


def test_titled_rows_of_events_staff_and_grouped_parks_stay_public():
    assert not _found(_titled_rows(("Summer Concert Series", "Ganesha Park", "1575 N. White Ave", "(909) 620-2366"),
                                   ("Movie Night", "Palomares Park", "499 E. Arrow Hwy", "(909) 620-2211")))
    assert not _found(_titled_rows(("Priscilla Vandermeer", "Director of Utilities", "(909) 620-2371", "Room 204"),
                                   ("Octavio Renteria", "Energy Analyst", "(909) 620-2372", "Room 210")))
    assert not _found("<table><tr><td colspan='3'>Neighborhood Parks</td></tr><tr><td>Ganesha Park</td><td>1575 N. "
                      "White Ave</td><td>(909) 620-2366</td></tr><tr><td>Palomares Park</td><td>499 E. Arrow Hwy</td>"
                      "<td>(909) 620-2211</td></tr></table>")


# ------------------------------------------------------------------------------ a card's elements, a form's pairs
def test_card_fields_side_by_side_in_their_own_elements_are_read_apart():
    found = _found("<h2>Medical baseline enrollments</h2><div class='card'><h3>Seraphina Goldthwaite</h3><p>5527 "
                   "Plover Ridge Rd</p><span>(909) 614-2270</span><small>Acct 4-102-887-3310</small>"
                   "<div class='usage'>912 kWh</div></div>")
    assert "Seraphina Goldthwaite" in values_of(found, "customer_name")
    assert "(909) 614-2270" in values_of(found, "phone")
    assert "4-102-887-3310" in values_of(found, "account_number")
    templated = _found("<template><div class='card'><h4>Seraphina Goldthwaite</h4><p>5527 Plover Ridge Rd</p>"
                       "<span>(909) 614-2270</span><small>Acct 4-102-887-3310</small><div>912 kWh</div></div></template>")
    assert "(909) 614-2270" in values_of(templated, "phone")


def test_event_vendor_and_board_cards_stay_public():
    assert not _found("".join(f"<div class='card'><h3>{place}</h3><p>{street}, Pomona</p><span>{phone}</span>"
                              f"<small>May 3, 10 a.m.</small></div>" for place, street, phone in (
                                  ("Ganesha Park Community Center", "1575 N. White Ave", "(909) 620-2366"),
                                  ("Palomares Park", "499 E. Arrow Hwy", "(909) 620-2211"))))
    assert not _found("<div class='card'><h4>Whitcomb Electric Inc.</h4><p>2210 Egret Ave, Pomona, CA 91767</p>"
                      "<span>(909) 555-1182</span><small>License 884213</small></div>")
    assert not _found("<div class='card'><h3>Gwendolyn Sato</h3><p>Energy Commission chair. Resident of Pomona since "
                      "1998.</p><small>Term ends 2028</small></div>")


def test_read_only_form_labels_over_values_shown_as_text_or_boxes_label_them():
    spans = "".join(f"<div class='row'><label>{label}</label><span>{value}</span></div>" for label, value in (
        ("Applicant name", "Anselma Trevethan"), ("Service address", "2604 Curlew Ct"),
        ("Daytime phone", "(626) 771-0384")))
    found = _found(f"<h2>CARE application (copy)</h2><form>{spans}</form>")
    assert "Anselma Trevethan" in values_of(found, "customer_name")
    assert "2604 Curlew Ct" in values_of(found, "address")
    boxes = "".join(f"<p><label>{label}</label><br><input readonly value='{value}'></p>" for label, value in (
        ("Applicant name", "Anselma Trevethan"), ("Service address", "2604 Curlew Ct"),
        ("PCE account number", "7-220-415-9031")))
    found = _found(f"<form>{boxes}</form>")
    assert "Anselma Trevethan" in values_of(found, "customer_name")
    assert "7-220-415-9031" in values_of(found, "account_number")


def test_contact_form_labels_over_the_offices_details_stay_public():
    spans = "".join(f"<div class='row'><label>{label}</label><span>{value}</span></div>" for label, value in (
        ("Office", "Customer Service"), ("Address", "505 S. Garey Ave, Pomona, CA 91766"),
        ("Phone", "(909) 620-2254"), ("Program manager", "Priscilla Vandermeer")))
    assert not _found(f"<form>{spans}<p><label>Your message</label><br><textarea></textarea></p></form>")


# ------------------------------------------------------------------------------ a Word memo's numbered paragraphs
def _memo(*items: str, style: str = "List Number") -> bytes:
    import io

    import docx
    document = docx.Document()
    document.add_paragraph("Memorandum: escalated billing complaint")
    for item in items:
        document.add_paragraph(item, style=style)
    document.add_paragraph("Please reply by Friday. Customer Care, (909) 620-2254.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_numbered_paragraphs_of_a_memo_naming_one_customer_are_one_record():
    from crawler.extract import extract
    document = extract("memo.docx", _memo("Philomena Darrowby disputes the April bill.",
                                          "The premises at 3390 Avocet Run were vacant in April.",
                                          "The meter nonetheless recorded 644 kWh.",
                                          "Contact number on file: (951) 477-2093."))
    items = [s.location.element for s in document.segments[1:3]]
    assert items[0].startswith("paragraph 2 > item of list ") and items[1].startswith("paragraph 3 > item of list ")
    found = pairs_found("https://www.cityofexample.org/docs/memo.docx", _memo(
        "Philomena Darrowby disputes the April bill.", "The premises at 3390 Avocet Run were vacant in April.",
        "The meter nonetheless recorded 644 kWh.", "Contact number on file: (951) 477-2093."))
    assert "Philomena Darrowby" in values_of(found, "customer_name")
    assert "(951) 477-2093" in values_of(found, "phone")
    assert "644 kWh" in values_of(found, "energy_usage")


def test_numbered_agenda_of_a_memo_stays_public():
    found = pairs_found("https://www.cityofexample.org/docs/agenda.docx", _memo(
        "Call to order by Chair Octavio Renteria.", "Presentation by Gwendolyn Sato, Energy Analyst.",
        "Site visit: Ganesha Park Community Center, 1575 N. White Ave.", "Questions: (909) 620-2366."))
    assert not values_of(found, "customer_name") and not values_of(found, "address")
    found = pairs_found("https://www.cityofexample.org/docs/tour.docx", _memo(
        "Tour led by Ranger Tomas Avila.", "Meet at Palomares Park, 499 E. Arrow Hwy.", "Call (909) 620-2211.",
        style="List Bullet"))
    assert not found
