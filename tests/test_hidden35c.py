"""Customer data an older City CMS keeps half-hidden (red team hidden35, part c).

- A sentence that greets one reader by name and tells them their home's usage (a newsletter's white-on-white
  preheader: "Hello Marisol, your April usage at ... was 986 kWh.") gives the reader's address and usage. Hard
  negatives: a greeting to many, a sentence with no street address, a supposed figure.
- Nine bare digits under an SSN's label (a WebForms hidden field "hfSpouseSSN") are an ITIN when their first digit and
  group say so. Hard negatives: a valid SSN there stays the ``ssn`` detector's, a placeholder of one repeated digit and
  a 9xx number outside the ITIN groups are nothing.
- A W-9 laid out as rows of label | text box (the boxes named "txtName", "txtAddr", ...) with a drop-down row between:
  the sole proprietor's name and address beside their SSN. Hard negative: a corporation's W-9.
- A comment page's hidden contact details under a writer's entry are that writer's: reported under a customer's
  entry (one who gives their account), not under a resident's who gives none.
- A phone in a fixed-width list right after an account number's column ("... 700... 951.745....").
- A problem "reported by" a person with their home address and phone (an outage map's ``<area alt>``): the resident's,
  whatever their name. Hard negatives: a facility's, a crew's and an agency's report.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found

_SITE = "https://www.pomonaca.gov"


def _found(path: str, body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}{path}", f"<html><head><title>City of Pomona</title></head><body>{body}</body></html>",
                       "text/html")


# --- 1. a greeting naming the reader, their home and their usage ------------------------------------------------

def _newsletter(preheader: str) -> str:
    return (f'<table><tr><td bgcolor="#ffffff"><font color="#ffffff" style="font-size:1px">{preheader}</font></td></tr>'
            '<tr><td><h1>Pomona Choice Energy - Spring news</h1><p>Ways to keep cool for less this summer.</p>'
            '</td></tr></table>')


def test_a_preheader_greeting_the_reader_gives_their_home_and_usage():
    found = _found("/PCE/Newsletter-April", _newsletter(
        "Hello Marisol, your April usage at 2210 N. Towne Ave was 986 kWh. Compare with your neighbors."))
    assert ("address", "2210 N. Towne Ave") in found
    assert ("energy_usage", "986 kWh") in found


def test_a_greeting_to_many_or_without_a_home_reports_nothing():
    for preheader in ("Hi neighbors, your usage at 2210 N. Towne Ave was 986 kWh.",  # many readers
                      "Hello Marisol, your usage dropped 8% this spring, to 640 kWh.",  # no home named
                      "Hi Marisol, if your usage at 2210 N. Towne Ave was 986 kWh you would save $12."):  # supposed
        found = _found("/PCE/Newsletter-April", _newsletter(preheader))
        assert not {kind for kind, _ in found} & {"address", "energy_usage"}, preheader


# --- 2. an ITIN under an SSN's label ------------------------------------------------------------------------------

def _application(field: str, value: str) -> str:
    return ('<form id="aspnetForm"><h2>Utility Assistance Application</h2>'
            '<input type="hidden" name="ctl00$MainContent$hfApplicantName" value="Ifeoma Nwachukwu-Reyes" />'
            f'<input type="hidden" name="ctl00$MainContent${field}" value="{value}" /></form>')


def test_an_itin_in_an_ssn_hidden_field():
    found = _found("/UtilityServices/Assistance.aspx", _application("hfSpouseSSN", "928734406"))
    assert ("taxpayer_id", "928734406") in found


def test_an_ssn_field_keeps_its_ssn_and_drops_what_is_no_itin():
    found = _found("/UtilityServices/Assistance.aspx", _application("hfSpouseSSN", "613248870"))
    assert ("ssn", "613248870") in found and ("taxpayer_id", "613248870") not in found
    for value in ("999999999", "900894406"):  # a placeholder; group 89 is no ITIN group, area 9xx no SSN's
        found = _found("/UtilityServices/Assistance.aspx", _application("hfSpouseSSN", value))
        assert not {kind for kind, _ in found} & {"ssn", "taxpayer_id"}, value


# --- 3. a W-9 of text boxes ---------------------------------------------------------------------------------------

def _w9(name: str, business: str, classification: str, address: str, tin: str) -> str:
    rows = [("Name (as shown on your income tax return)", f'<input name="ctl00$Main$txtName" value="{name}" />'),
            ("Business name, if different", f'<input name="ctl00$Main$txtBusiness" value="{business}" />'),
            ("Federal tax classification", f'<select name="ctl00$Main$ddlClass"><option selected="selected" '
             f'value="X">{classification}</option><option value="P">Partnership</option></select>'),
            ("Street address", f'<input name="ctl00$Main$txtStreet" value="{address}" />'),
            ("Taxpayer Identification Number", f'<input name="ctl00$Main$txtTIN" value="{tin}" />')]
    cells = "".join(f"<tr><td>{label}</td><td>{control}</td></tr>" for label, control in rows)
    return f'<form id="aspnetForm"><h2>Supplier Registration</h2><h3>IRS Form W-9</h3><table>{cells}</table></form>'


def test_a_sole_proprietors_w9_gives_their_name_and_address():
    found = _found("/Finance/Supplier-Registration.aspx", _w9(
        "Teodora Vasilescu", "Vasilescu Tile Repair", "Individual/sole proprietor", "1934 W. Ninth St", "548-21-7763"))
    assert {("ssn", "548-21-7763"), ("customer_name", "Teodora Vasilescu"), ("address", "1934 W. Ninth St")} <= found


def test_a_corporations_w9_names_no_customer():
    found = _found("/Finance/Supplier-Registration.aspx", _w9(
        "Mesa Verde Electrical Contractors, Inc.", "", "C Corporation", "4410 Mission Blvd", "33-0815562"))
    assert not {kind for kind, _ in found} & {"customer_name", "address", "taxpayer_id"}


# --- 4. a commenter's hidden contact details ------------------------------------------------------------------------

def test_hidden_contact_under_a_customers_comment_is_theirs():
    entries = [("Radoslav Petrović, Pomona", "Oppose",
                "As a PCE customer with account 7000 6120 4418, my home at 952 E. Alvarado St used 1,204 kWh in "
                "March and my generation charge went up. Please reconsider.", "rpetrovic44@gmail.com | 909-274-6613"),
               ("Aminata Dembélé, Pomona", "Support", "More rooftop solar for our schools, please.",
                "adembele@yahoo.com | (909) 558-3320")]
    comments = "".join(f'<div class="comment"><p class="commenter">{who}</p><p class="position">{stance}</p>'
                       f'<p>{text}</p><div class="commenter-contact" hidden>{contact}</div></div>'
                       for who, stance, text, contact in entries)
    found = _found("/Granicus/eComment.php",
                   "<h1>eComments: PCE Board, Item 4: Generation rates</h1><p>Comments received before the meeting "
                   "are forwarded to the Board and become part of the public record.</p>"
                   f'<div id="comments">{comments}</div>')
    assert {("email", "rpetrovic44@gmail.com"), ("phone", "909-274-6613")} <= found
    assert ("email", "adembele@yahoo.com") not in found and ("phone", "(909) 558-3320") not in found


# --- 5. a phone after an account's column ---------------------------------------------------------------------------

def test_a_phone_after_an_account_column_in_a_fixed_width_comment():
    found = _found("/CivicAlerts/Pole-Replacement", "<h1>Pole replacement on Mission Blvd</h1>"
                   "<p>Edison will replace a pole on Mission Blvd on Thursday.</p>"
                   "<!-- door hanger list from CIS, not for posting\n"
                   "  WENDELIN KRAUSKOPF        1120 W MISSION BLVD     acct 700231884051  951.302.8817\n"
                   "  ODALYS FERRERAS           377 S PARK AVE          acct 700418862293  (909) 447-1206\n-->")
    assert {("phone", "951.302.8817"), ("phone", "(909) 447-1206")} <= found


# --- 6. a problem reported by a resident ----------------------------------------------------------------------------

def _outage_map(alts: list[str]) -> str:
    areas = "".join(f'<area shape="circle" coords="{40 * i},30,6" href="#" alt="{alt}" />' for i, alt in enumerate(alts))
    return ('<h1>Outage map</h1><p>Outages reported in Pomona today.</p>'
            f'<img src="/images/outages.png" usemap="#outages" alt="Map of Pomona"><map name="outages">{areas}</map>')


def test_an_outage_reported_by_a_resident_gives_their_name_home_and_phone():
    found = _found("/PCE/Outage-Map", _outage_map([
        "Outage reported by Kwabena Agyeman-Duah - 1662 N Gibbs St - (909) 481-7720",
        "Streetlight out, reported by Siosaia Taumoepeau - 318 W. Alvarado St - 626.904.3315"]))
    assert {("customer_name", "Kwabena Agyeman-Duah"), ("address", "1662 N Gibbs St"), ("phone", "(909) 481-7720"),
            ("customer_name", "Siosaia Taumoepeau"), ("address", "318 W. Alvarado St"),
            ("phone", "626.904.3315")} <= found


def test_a_facilitys_or_an_agencys_report_stays_quiet():
    found = _found("/PCE/Outage-Map", _outage_map([
        "City Hall - 505 S. Garey Ave - cooling center",
        "Outage reported by Fire Station 182 - 590 S. Park Ave - (909) 620-2141",
        "Outage reported by Public Works crew - 148 N Huntington St - (909) 620-2241",
        "Flooding reported by Pomona Unified School District - 800 S. Garey Ave - (909) 397-4800"]))
    assert not {kind for kind, _ in found} & {"customer_name", "address", "phone"}
