"""Tooltips, obfuscated mailboxes, lettered accounts in other languages and featured businesses (red team hidden39).

- Tooltips and attribute text: a case table's "Customer" cell whose tooltip (``title`` on an ``abbr``, a ``span``, a
  link or the cell itself; a tooltip library's ``data-bs-title``, ``data-original-title``, ``data-tooltip``; an
  ``aria-description``) gives the customer's name and phone beside their initials is read with the cell's column, and
  a cell under a column that says "customer" holding a name and how to reach them is the customer's contact, as a
  Customer column beside a Phone column is. Hard negatives: a link's "Email the ..." title, a staff member's tooltip
  under an "Assigned to" column, a vendor's name and address in a tooltip.
- Mailboxes written to keep harvesters off: "(at)"/"(dot)", a full-width "@" and ".", Spanish "arroba" and "punto", in
  a customer's record; the masked value still hides the mailbox. Hard negatives: an office's mailbox spelt so on a
  contact page, "meet at ... dot 6 pm" prose, "en punto".
- Lettered accounts: two groups of letters before the digits ("PCE-RT-551902") beside an account's label in English,
  Spanish, Vietnamese and Chinese, and Spanish labels for the refuse and sewer accounts. Hard negatives: a permit's,
  a case's, a resolution's and a bid's number of the same shape under their own labels in those languages.
- A newsletter's local business feature (a business cue, a role mailbox at the firm's own domain, a trade in its name)
  is the firm's published contact, not a customer's; the customer stories beside it are still reported.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.claremontpower.example.gov"


def _page(body: str) -> str:
    return (f"<html><head><title>Claremont Power</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
            f"<main><h1>Claremont Power</h1>{body}</main><footer>City of Claremont, 207 Harvard Ave</footer>"
            f"</body></html>")


def _found(body: str, name: str = "page.html") -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", _page(body), "text/html")


# --- tooltips and attribute text ----------------------------------------------------------------------------------

_CASES = [("2025-031", "Yesenia Carbajal-Munoz, 909-481-2276", "YC"),
          ("2025-032", "Bertrand Oyelaran, (909) 481-3390", "BO"),
          ("2025-033", "Milena Dvorakova, 909-481-5512", "MD")]


def _case_table(cell) -> str:
    rows = "".join(f"<tr><td>{case}</td>{cell(tip, shown)}<td>Open</td></tr>" for case, tip, shown in _CASES)
    return f"<h2>Billing disputes</h2><table><tr><th>Case</th><th>Customer</th><th>Status</th></tr>{rows}</table>"


def _assert_customers_found(found: set[tuple[str, str]]) -> None:
    assert {"Yesenia Carbajal-Munoz", "Bertrand Oyelaran", "Milena Dvorakova"} <= values_of(found, "customer_name")
    assert {"909-481-2276", "(909) 481-3390", "909-481-5512"} <= values_of(found, "phone")


def test_a_tooltip_over_a_customers_initials_is_read_with_its_column():
    for cell in (lambda tip, shown: f'<td><abbr title="{tip}">{shown}</abbr></td>',
                 lambda tip, shown: f'<td><span title="{tip}">{shown}</span></td>',
                 lambda tip, shown: f'<td><a href="/cases/{shown}" title="{tip}">{shown}</a></td>',
                 lambda tip, shown: f'<td title="{tip}">{shown}</td>'):
        _assert_customers_found(_found(_case_table(cell)))


def test_the_name_shown_and_the_phone_in_its_tooltip_are_the_customers_contact():
    for column in ("Customer", "Account Holder", "Kh\u00e1ch h\u00e0ng"):
        rows = "".join(f'<tr><td>{case}</td><td><span title="Tel. {tip.split(", ")[1]}">{tip.split(", ")[0]}</span>'
                       f"</td><td>Open</td></tr>" for case, tip, _ in _CASES)
        _assert_customers_found(_found(f"<h2>Billing disputes</h2><table><tr><th>Case</th><th>{column}</th>"
                                       f"<th>Status</th></tr>{rows}</table>"))


def test_a_tooltip_librarys_attributes_and_aria_description_are_titles():
    for attribute in ("data-bs-title", "data-original-title", "data-tooltip", "data-tippy-content",
                      "aria-description"):
        _assert_customers_found(_found(_case_table(
            lambda tip, shown, a=attribute: f'<td data-bs-toggle="tooltip" {a}="{tip}">{shown}</td>')))


def test_a_visible_customer_cell_holding_the_name_and_a_phone_is_a_record():
    _assert_customers_found(_found(_case_table(lambda tip, shown: f"<td>{tip}</td>")))
    found = _found(_case_table(lambda tip, shown: f"<td>{tip.replace(', ', '<br>')}</td>"))
    assert "Milena Dvorakova" in values_of(found, "customer_name")


def test_a_link_title_a_staff_tooltip_and_a_vendors_are_no_customers():
    body = ("<h2>Billing disputes</h2><p><a href='mailto:billing@claremontpower.example.gov' "
            "title='Email the Billing Office'>Billing Office</a></p>"
            "<table><tr><th>Case</th><th>Assigned to</th><th>Vendor</th><th>Status</th></tr>"
            "<tr><td>2025-031</td><td><abbr title='Lorena Vasquez, Billing Analyst, 909-399-5460'>LV</abbr></td>"
            "<td><span data-bs-title='Copperline Electric, 1180 W Foothill Blvd, (909) 626-7710'>Copperline</span>"
            "</td><td>Open</td></tr>"
            "<tr><td>2025-032</td><td><abbr title='Dale Whitford, Field Supervisor, 909-399-5471'>DW</abbr></td>"
            "<td><span data-bs-title='Sunbelt Meter Services, 402 E Arrow Hwy, (909) 626-7722'>Sunbelt</span>"
            "</td><td>Closed</td></tr></table>")
    assert _found(body) == set()


def test_a_column_of_staff_serving_customers_is_no_customers_contact():
    for column in ("Customer Liaison", "Customer Advocate", "Customer Contact", "Customer Service Rep"):
        rows = "".join(f"<tr><td>{program}</td><td>{staff}</td></tr>" for program, staff in (
            ("Green Rate", "Lorena Vasquez, 909-399-5462"), ("Solar Rebates", "Dale Whitford, (909) 399-5471"),
            ("Budget Billing", "Mira Solis, msolis@claremontpower.example.gov")))
        body = f"<h2>Programs</h2><table><tr><th>Program</th><th>{column}</th></tr>{rows}</table>"
        assert _found(body, "programs.html") == set(), column


# --- obfuscated mailboxes -----------------------------------------------------------------------------------------

def _record(mailbox: str) -> str:
    return (f"<h2>Service request log</h2><p>Customer: Rosalind Achterberg, account 700451193, e-mail {mailbox}, "
            f"asked for a payment plan.</p>")


def test_a_mailbox_written_to_keep_harvesters_off_is_found_in_a_customers_record():
    for mailbox in ("rachterberg(at)gmail(dot)com", "r.achterberg at outlook dot com", "rachterberg AT yahoo DOT com",
                    "rachterberg\uff20gmail.com", "rachterberg\uff20gmail\uff0ecom",
                    "rachterberg arroba gmail punto com",
                    "rachterberg arroba hotmail.com", "rachterberg (arroba) aol (punto) com"):
        assert values_of(_found(_record(mailbox)), "email") == {mailbox}, mailbox


def test_an_obfuscated_mailbox_is_masked():
    from crawler.extract import extract
    from detectors.engine import scan_document
    from tests.detector_helpers import _all_detectors
    for mailbox in ("rachterberg\uff20gmail.com", "rachterberg arroba gmail punto com"):
        document = extract(f"{_SITE}/log.html", _page(_record(mailbox)).encode(), "text/html")
        email = next(f for f in scan_document(document, _all_detectors()) if f.category == "email")
        assert "achterberg" not in email.masked and email.masked.startswith("r*")


def test_an_office_mailbox_spelt_out_and_prose_at_and_dot_are_no_mailboxes():
    body = ("<h2>Contact the Billing Office</h2><p>Billing supervisor Irene Salcedo, isalcedo [at] claremontpower "
            "[dot] gov, (909) 399-5400. Webmaster: webmaster(at)claremontpower(dot)gov. Atenci\u00f3n al cliente: "
            "facturacion arroba claremontpower punto gov.</p><p>Neighbors will meet at the plaza dot 6 pm on Friday; "
            "la reuni\u00f3n empieza a las 6 en punto.</p>")
    assert values_of(_found(body, "contact.html"), "email") == set()


# --- lettered accounts in other languages -------------------------------------------------------------------------

def test_a_lettered_account_beside_a_label_in_any_language():
    for label in ("Account No.", "N\u00famero de cuenta:", "No. de cuenta", "S\u1ed1 t\u00e0i kho\u1ea3n:",
                  "\u8d26\u53f7\uff1a", "\u5ba2\u6237\u7f16\u53f7\uff1a", "Cuenta de basura", "Cuenta de drenaje"):
        body = f"<h2>Notas de servicio</h2><p>Cliente Teodora Villase\u00f1or. {label} PCE-RT-551902.</p>"
        assert "PCE-RT-551902" in values_of(_found(body), "account_number"), label


def test_permit_case_resolution_and_bid_numbers_of_that_shape_are_no_accounts():
    for label in ("N\u00famero de permiso:", "Caso", "Resoluci\u00f3n No.", "N\u00famero de licitaci\u00f3n:",
                  "S\u1ed1 gi\u1ea5y ph\u00e9p:", "\u8bb8\u53ef\u8bc1\u53f7\uff1a", "\u6848\u4ef6\u7f16\u53f7\uff1a",
                  "\u62db\u6807\u7f16\u53f7\uff1a", "Work order", "Invoice"):
        body = f"<h2>Notas</h2><p>Solicitante Teodora Villase\u00f1or, 455 W Bonita Ave. {label} BLD-RS-551902.</p>"
        assert values_of(_found(body), "account_number") == set(), label


# --- a newsletter's local business feature ------------------------------------------------------------------------

_STORY = ("Customer story: Evangelina Portillo, 1877 N Indian Hill Blvd, (909) 555-0162, eportillo64@gmail.com, cut "
          "her bill by a fifth.")
_STORY_WITH_ACCOUNT = ("PCE customer Godfrey Albrecht (account 700451288) of 942 W Foothill Blvd says the switch was "
                       "easy.")


def test_a_featured_business_is_no_customer_beside_the_customer_stories():
    features = ("Local business feature: Marigold Kitchen, 214 Yale Ave, (909) 624-8810, info@marigoldkitchen.com",
                "Business spotlight: Ridgeway Bike Works, 307 W 1st St, (909) 624-3391, service@ridgewaybikes.com",
                "Tamarind House, 560 W Bonita Ave, (909) 624-5520, orders@tamarindhouse.com")
    for layout in ("<ul>{}</ul>", "<div>{}</div>"):
        item = "<li>{}</li>" if layout.startswith("<ul>") else "<p>{}</p>"
        body = "<h2>Customer stories</h2>" + layout.format("".join(item.format(t) for t in (
            _STORY, *features, _STORY_WITH_ACCOUNT)))
        found = _found(body, "newsletter.html")
        assert {"Evangelina Portillo", "Godfrey Albrecht"} <= values_of(found, "customer_name")
        assert {"1877 N Indian Hill Blvd", "942 W Foothill Blvd"} <= values_of(found, "address")
        assert "eportillo64@gmail.com" in values_of(found, "email")
        business = {"Marigold Kitchen", "Ridgeway Bike Works", "Tamarind House", "214 Yale Ave", "307 W 1st St",
                    "560 W Bonita Ave", "(909) 624-8810", "(909) 624-3391", "(909) 624-5520"}
        assert not business & {value for _, value in found}
        assert not {m for m in values_of(found, "email") if "@" in m and not m.endswith("gmail.com")}


def test_a_business_named_in_its_shape_or_described_as_one_is_no_customer():
    features = ("Delgado's Tamales, 118 S Garey Ave, (909) 624-7731, delgadostamales@gmail.com - handmade since 1988.",
                "Casa Herrera, 402 W 2nd St, (909) 624-7745. Family-owned Oaxacan restaurant serving mole, open "
                "Tuesday through Sunday.")
    body = "<h2>Customer stories</h2>" + "".join(f"<p>{t}</p>" for t in (_STORY, *features, _STORY_WITH_ACCOUNT))
    found = _found(body, "newsletter.html")
    assert {"Evangelina Portillo", "Godfrey Albrecht"} <= values_of(found, "customer_name")
    assert not {"Delgado's Tamales", "Casa Herrera", "118 S Garey Ave", "402 W 2nd St", "(909) 624-7731",
                "(909) 624-7745", "delgadostamales@gmail.com"} & {value for _, value in found}


def test_a_customer_who_runs_a_business_is_still_a_customer():
    stories = ("Customer story: Priscila Onwudiwe, 733 E Phillips Blvd, (909) 555-0128. Her family-owned bakery on "
               "Garey switched to induction.",
               "Customer Ignatius Boateng (account 700451302), 615 N White Ave, (909) 555-0137, "
               "info@boatengdesign.com, asked for a payment plan.")
    found = _found("<h2>Customer stories</h2>" + "".join(f"<p>{t}</p>" for t in stories), "newsletter.html")
    assert {"Priscila Onwudiwe", "Ignatius Boateng"} <= values_of(found, "customer_name")
    assert {"733 E Phillips Blvd", "615 N White Ave"} <= values_of(found, "address")
    assert "(909) 555-0128" in values_of(found, "phone")
