"""A customer's name as the heading of the card their fields fill: an ``<h4>`` over a list of labelled fields, and a
CMS item's title field (Drupal's ``views-field-title``) over its labelled fields. The name is the customer's when the
card holds a customer's field (a service address, an account); a staff card, an official's, a facility's or a
firm's stay quiet, and a heading over another element's fields names nobody's record. A card's fields may be a
description list or a table under its title, or in a body beside the header holding it, and sit deeper than the
element paths an extractor keeps."""
from __future__ import annotations

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


@pytest.fixture(scope="module")
def scan():
    detectors = load_detectors()

    def run(html: str) -> set[tuple[str, str]]:
        document = extract("https://www.pomonachoiceenergy.org/accounts.html", html.encode(), "text/html")
        return {(f.category, f.value) for f in scan_document(document, detectors)}
    return run


def card(heading: str, *fields: tuple[str, str], hidden: str = "") -> str:
    items = "".join(f"<li><strong>{label}:</strong> {value}</li>" for label, value in fields)
    return f'<div class="card"{hidden}><h4>{heading}</h4><ul>{items}</ul></div>'


def views_row(title: str, *fields: tuple[str, str, str]) -> str:
    cells = "".join(f'<div class="views-field views-field-field-{name}"><span class="views-label">{label}: </span>'
                    f'<div class="field-content">{value}</div></div>' for name, label, value in fields)
    return (f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">{title}'
            f'</span></div>{cells}</div>')


@pytest.mark.parametrize("html", [
    card("Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
         ("Phone", "(626) 418-2290"), ("Water Acct", "31-8820-14")),
    card("Lorenzo Quintana", ("Address ng serbisyo", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
         ("Numero ng account", "7730219845")),
    card("Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
         ("Phone", "(626) 418-2290"), ("SAID", "7730219845"), hidden=' style="display:none"'),
])
def test_a_name_heading_a_card_of_customer_fields_is_the_customers(scan, html):
    assert ("customer_name", "Lorenzo Quintana") in scan(html)


def test_each_card_of_a_list_names_its_own_customer(scan):
    found = scan(card("Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
                      ("Acct", "31-8820-14"))
                 + card("Ruth Abernathy", ("Service address", "918 Larkspur Ln, Pomona, CA 91767"),
                        ("Acct", "31-8820-77")))
    assert {("customer_name", "Lorenzo Quintana"), ("customer_name", "Ruth Abernathy")} <= found


@pytest.mark.parametrize("html", [
    card("Teresa Villanueva", ("Title", "Senior Planner"), ("Department", "Community Development"),
         ("Phone", "(909) 620-2311"), ("Email", "tvillanueva@pomonaca.gov")),
    card("Councilmember Dana Whitfield", ("District", "3"), ("Phone", "(909) 620-2051")),
    card("Holt Avenue Library", ("Address", "625 S Garey Ave, Pomona, CA 91766"), ("Phone", "(909) 620-2043")),
    card("Brightwater Plumbing Inc", ("Service address", "812 W Mission Blvd, Pomona, CA 91766"),
         ("Vendor No.", "100234")),
])
def test_staff_official_facility_and_firm_cards_stay_quiet(scan, html):
    assert not {value for category, value in scan(html) if category == "customer_name"}


def test_a_heading_over_another_elements_fields_names_nobody(scan):
    """A staff bio's heading ends with its section; the customer fields after it are another element's."""
    html = ('<section><h3>Marcus Bell</h3><p>Marcus joined the Utilities team in 2019.</p></section>'
            + '<div><ul><li><strong>Service address:</strong> 4471 Sycamore Bend Rd, Pomona, CA 91767</li>'
              '<li><strong>Water Acct:</strong> 31-8820-14</li></ul></div>')
    assert ("customer_name", "Marcus Bell") not in scan(html)


def test_a_views_row_titled_with_a_name_is_a_record_of_its_fields(scan):
    """Drupal's title field is the item's own name, not a job title: the row is the titled person's record."""
    found = scan(views_row("Lorenzo Quintana", ("service-address", "Service Address",
                                                "4471 Sycamore Bend Rd, Pomona, CA 91767"),
                           ("phone", "Phone", "(626) 418-2290"), ("account", "Account", "7730219845")))
    assert {("customer_name", "Lorenzo Quintana"), ("phone", "(626) 418-2290"),
            ("account_number", "7730219845")} <= found


def test_a_staff_directory_of_views_rows_stays_quiet(scan):
    html = (views_row("Teresa Villanueva", ("job-title", "Title", "Senior Planner"),
                      ("phone", "Phone", "(909) 620-2311"), ("email", "Email", "tvillanueva@pomonaca.gov"))
            + views_row("Marcus Bell", ("job-title", "Title", "Associate Engineer"),
                        ("phone", "Phone", "(909) 620-2340"), ("email", "Email", "mbell@pomonaca.gov"))
            + views_row("Dana Whitfield", ("district", "District", "District 3"), ("phone", "Phone", "(909) 620-2051")))
    assert scan(html) == set()


def deep(html: str) -> str:
    """``html`` under the wrappers of a CMS page (a Drupal region, a views container, an Elementor widget): deeper
    than the element paths an extractor keeps, so a card's heading and its fields have paths cut at other depths."""
    return ('<main role="main"><div class="region"><div class="views-element-container"><div class="view-content">'
            f'{html}</div></div></div></main>')


def elementor_card(heading: str, *fields: tuple[str, str], hidden: str = "") -> str:
    items = "".join(f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-text"><strong>{label}:'
                    f'</strong> {value}</span></li>' for label, value in fields)
    return (f'<div class="views-row"{hidden}><div class="elementor-widget-container card"><h4 class="elementor-heading'
            f'-title">{heading}</h4><ul class="elementor-icon-list-items">{items}</ul></div></div>')


def test_deeply_nested_cards_each_name_their_customer(scan):
    found = scan(deep(elementor_card("Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
                                     ("Phone", "(626) 418-2290"), ("Sewer Acct", "S8820145"))
                      + elementor_card("Ruth Abernathy", ("Service address", "918 Larkspur Ln, Pomona, CA 91767"),
                                       ("Email", "rabernathy@example.net"), ("Water Acct", "31-8820-77"))
                      + elementor_card("Ignacio Ferreira", ("Service address", "77 Orchid Pl, Pomona, CA 91767"),
                                       ("Account No.", "7730219845"))))
    assert {("customer_name", "Lorenzo Quintana"), ("customer_name", "Ruth Abernathy"),
            ("customer_name", "Ignacio Ferreira")} <= found


@pytest.mark.parametrize("hidden", [' style="display:none"', ' hidden', ' class="elementor-screen-only"'])
def test_a_deeply_nested_hidden_card_names_its_customer(scan, hidden):
    html = deep(elementor_card("Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
                               ("Phone", "(626) 418-2290"), ("SAID", "7730219845"), hidden=hidden))
    assert ("customer_name", "Lorenzo Quintana") in scan(html)


def test_a_deeply_nested_card_in_a_template_names_its_customer(scan):
    html = deep('<template id="row-tpl">' + elementor_card(
        "Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
        ("Water Acct", "31-8820-14")) + '</template>')
    assert ("customer_name", "Lorenzo Quintana") in scan(html)


@pytest.mark.parametrize("html", [
    deep(elementor_card("Teresa Villanueva", ("Title", "Senior Planner"), ("Department", "Community Development"),
                        ("Phone", "(909) 620-2311"), ("Email", "tvillanueva@pomonaca.gov"))
         + elementor_card("Marcus Bell", ("Title", "Associate Engineer"), ("Phone", "(909) 620-2340"))),
    deep(elementor_card("Councilmember Dana Whitfield", ("District", "3"), ("Phone", "(909) 620-2051"))),
    deep(elementor_card("Brightwater Plumbing Inc", ("Service address", "812 W Mission Blvd, Pomona, CA 91766"),
                        ("Vendor No.", "100234"))),
    deep(elementor_card("Ganesha Community Center", ("Address", "1575 N White Ave, Pomona, CA 91768"),
                        ("Phone", "(909) 620-2264"))),
])
def test_deeply_nested_staff_official_firm_and_facility_cards_stay_quiet(scan, html):
    assert not {value for category, value in scan(html) if category == "customer_name"}


def test_a_deeply_nested_heading_over_another_elements_fields_names_nobody(scan):
    html = deep('<section class="bio"><h3>Marcus Bell</h3></section>'
                '<div class="lookup"><ul><li><span><strong>Service address:</strong> 4471 Sycamore Bend Rd, Pomona, CA '
                '91767</span></li><li><span><strong>Water Acct:</strong> 31-8820-14</span></li></ul></div>')
    assert ("customer_name", "Marcus Bell") not in scan(html)


def dl_card(heading: str, *fields: tuple[str, str], header: bool = False) -> str:
    """A card whose fields are a description list under its title (in a ``card-header`` wrapper if ``header``)."""
    items = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in fields)
    title = f'<div class="card-header"><h4>{heading}</h4></div>' if header else f"<h4>{heading}</h4>"
    return f'<div class="card">{title}<dl>{items}</dl></div>'


@pytest.mark.parametrize("header", [False, True])
def test_a_name_titling_a_description_list_of_customer_fields_is_the_customers(scan, header):
    found = scan(dl_card("Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
                         ("Phone", "(626) 418-2290"), ("Water Acct", "31-8820-14"), header=header))
    assert ("customer_name", "Lorenzo Quintana") in found


@pytest.mark.parametrize("html", [
    dl_card("Teresa Villanueva", ("Title", "Senior Planner"), ("Department", "Community Development"),
            ("Phone", "(909) 620-2311"), ("Email", "tvillanueva@pomonaca.gov")),
    dl_card("Dana Whitfield", ("District", "3"), ("Phone", "(909) 620-2051"),
            ("Office", "505 S Garey Ave, Pomona, CA 91766")),
    dl_card("Brightwater Plumbing", ("Address", "812 W Mission Blvd, Pomona, CA 91766"), ("Vendor No.", "100234")),
    dl_card("Rafael Ortiz Park", ("Address", "1575 N White Ave, Pomona, CA 91768"), ("Phone", "(909) 620-2264")),
])
def test_staff_official_vendor_and_park_description_lists_stay_quiet(scan, html):
    assert not {value for category, value in scan(html) if category == "customer_name"}


def test_a_section_heading_with_a_paragraph_before_the_list_titles_no_card(scan):
    """The heading of a bio section heads the section: a description list after its paragraph is no card of it."""
    html = ('<section><h3>Marcus Bell</h3><p>Marcus joined the Utilities team in 2019.</p><dl><dt>Service address</dt>'
            '<dd>4471 Sycamore Bend Rd, Pomona, CA 91767</dd><dt>Water Acct</dt><dd>31-8820-14</dd></dl></section>')
    assert ("customer_name", "Marcus Bell") not in scan(html)


def headed_card(heading: str, *fields: tuple[str, str], header: str = "div", body: str = "div") -> str:
    """A card whose heading sits alone in a header (Bootstrap's ``card-header``, an article's ``<header>``) and
    whose fields sit in a body beside it."""
    items = "".join(f"<li><strong>{label}:</strong> {value}</li>" for label, value in fields)
    return (f'<div class="card"><{header} class="card-header"><h4>{heading}</h4></{header}>'
            f'<{body} class="card-body"><ul>{items}</ul></{body}></div>')


@pytest.mark.parametrize("header", ["div", "header"])
def test_a_name_in_a_cards_header_heads_the_fields_of_its_body(scan, header):
    found = scan(headed_card("Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
                             ("Phone", "(626) 418-2290"), ("Water Acct", "31-8820-14"), header=header)
                 + headed_card("Ruth Abernathy", ("Service address", "918 Larkspur Ln, Pomona, CA 91767"),
                               ("Acct", "31-8820-77"), header=header))
    assert {("customer_name", "Lorenzo Quintana"), ("customer_name", "Ruth Abernathy")} <= found


def test_a_name_in_the_header_of_a_deeply_nested_card_heads_its_fields(scan):
    html = deep(headed_card("Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
                            ("Account No.", "7730219845")))
    assert ("customer_name", "Lorenzo Quintana") in scan(html)


@pytest.mark.parametrize("html", [
    # a header holding a job title beside the name: a staff card's, and its body holds no customer's fields
    '<div class="card"><div class="card-header"><h4>Teresa Villanueva</h4><p>Senior Planner</p></div>'
    '<div class="card-body"><ul><li><strong>Service address:</strong> 4471 Sycamore Bend Rd, Pomona, CA 91767</li>'
    '<li><strong>Water Acct:</strong> 31-8820-14</li></ul></div></div>',
    # a heading alone at the top of the page, and one alone in a section: the page's and the section's
    '<h3>Marcus Bell</h3><div><ul><li><strong>Service address:</strong> 4471 Sycamore Bend Rd, Pomona, CA 91767</li>'
    '<li><strong>Water Acct:</strong> 31-8820-14</li></ul></div>',
    headed_card("Marcus Bell", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
                ("Water Acct", "31-8820-14"), header="section"),
    headed_card("Councilmember Dana Whitfield", ("District", "3"), ("Phone", "(909) 620-2051")),
])
def test_a_heading_beside_other_text_or_in_a_section_heads_no_card(scan, html):
    assert not {value for category, value in scan(html) if category == "customer_name"}


def table_card(heading: str, *fields: tuple[str, str]) -> str:
    """A card whose fields are a two-column table of label and value under its title."""
    rows = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in fields)
    return f'<div class="card"><h4>{heading}</h4><table>{rows}</table></div>'


def test_a_name_titling_a_table_of_customer_fields_is_the_customers(scan):
    found = scan(table_card("Lorenzo Quintana", ("Service address", "4471 Sycamore Bend Rd, Pomona, CA 91767"),
                            ("Water Acct", "31-8820-14")))
    assert ("customer_name", "Lorenzo Quintana") in found


@pytest.mark.parametrize("html", [
    table_card("Teresa Villanueva", ("Title", "Senior Planner"), ("Phone", "(909) 620-2311"),
               ("Email", "tvillanueva@pomonaca.gov")),
    table_card("Dana Whitfield", ("District", "3"), ("Office", "505 S Garey Ave, Pomona, CA 91766"),
               ("Phone", "(909) 620-2051")),
    table_card("Rafael Ortiz Park", ("Address", "1575 N White Ave, Pomona, CA 91768"), ("Phone", "(909) 620-2264")),
    table_card("Holt Avenue Repaving", ("Project", "Street rehabilitation"),
               ("Site address", "505 S Garey Ave, Pomona, CA 91766"), ("Contact", "Gary Lund")),
])
def test_staff_official_park_and_project_tables_stay_quiet(scan, html):
    assert not {value for category, value in scan(html) if category == "customer_name"}


FIELDS = ("<li><strong>Service address:</strong> 4471 Sycamore Bend Rd, Pomona, CA 91767</li>"
          "<li><strong>Water Acct:</strong> 31-8820-14</li>")


@pytest.mark.parametrize("html", [
    f'<ul class="accounts"><li><a href="/accounts/1187">Lorenzo Quintana</a><ul>{FIELDS}</ul></li></ul>',
    f'<div class="card"><div class="card-title">Lorenzo Quintana</div><ul>{FIELDS}</ul></div>',
    f'<div class="card"><p><strong>Lorenzo Quintana</strong></p><ul>{FIELDS}</ul></div>',
    deep(f'<div class="card"><div class="card-title">Lorenzo Quintana</div><ul>{FIELDS}</ul></div>'),
])
def test_a_name_opening_the_card_of_customer_fields_as_a_link_or_title_block_is_the_customers(scan, html):
    assert ("customer_name", "Lorenzo Quintana") in scan(html)


@pytest.mark.parametrize("html", [
    f'<div class="letter"><p>Sincerely,</p><p>Marcus Bell</p><ul>{FIELDS}</ul></div>',  # a name after other text
    f'<p>Marcus Bell</p><ul>{FIELDS}</ul>',  # the page's first paragraph, no card around it
    '<div class="card"><div class="card-title">Teresa Villanueva</div><ul><li><strong>Title:</strong> Senior Planner'
    '</li><li><strong>Phone:</strong> (909) 620-2311</li></ul></div>',
    '<ul class="council"><li><a href="/council/3">Dana Whitfield</a><ul><li>District: 3</li><li>Phone: (909) 620-2051'
    '</li><li>Email: dwhitfield@pomonaca.gov</li></ul></li></ul>',
    '<ul class="vendors"><li><a href="/vendors/88">Brightwater Plumbing Inc</a><ul><li>Address: 812 W Mission Blvd, '
    'Pomona, CA 91766</li><li>Vendor No.: 100234</li></ul></li></ul>',
])
def test_a_name_after_other_text_and_staff_council_and_vendor_rows_stay_quiet(scan, html):
    assert not {value for category, value in scan(html) if category == "customer_name"}
