"""Round 63, site63c: what a web page hides in its corners. A link's ``download`` file name, a script's list of rows
whose columns differ from row to row, an archived personal e-mail's "This email was sent to" footer; and the hard
negatives beside them: the City's facility named before its account in a sentence that names the program by its
possessive, a sheet's total row that its preparer signed, a total spread "across" many accounts."""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.cityofriverbend.gov/"


def test_download_attribute_file_name_is_read_as_a_link_file_name():
    page = """<html><body><h1>Records</h1><ul>
<li><a href="/files/r-104.pdf" download="Shutoff notice - Marguerite Okoro - SCE 2-48-117-3390.pdf">Notice 104</a></li>
<li><a href="/files/r-105.pdf" download="Delacruz_Benedikt_SSN_538-20-4417.pdf">Notice 105</a></li>
<li><a href="/files/p-1.pdf" download="Resolution 2025-031 Budget Amendment.pdf">Resolution 2025-031</a></li>
<li><a href="/files/p-2.pdf" download="Council Agenda 2025-06-10.pdf">Agenda</a></li>
</ul></body></html>"""
    found = pairs_found(URL + "records/", page)
    assert "2-48-117-3390" in values_of(found, "account_number")
    assert "538-20-4417" in values_of(found, "ssn")
    assert "Marguerite Okoro" in values_of(found, "customer_name")
    assert not {value for kind, value in found if "2025" in value}


def test_script_rows_of_differing_columns_are_judged_row_by_row():
    page = """<html><body><div id="feed"></div><script>
var activity = [
  ["Benedikt Delacruz", "4-71-209-5516", "(951) 442-1876", "move-in"],
  ["Oyelaran Adebayo", "14 Quince Hollow Rd", 612, "enrolled"],
  ["Rosalba Quintanilla", "2-09-334-8120", "951.630.2294", "opt-out"]
];
var crews = [["Street Maintenance", "Yard 2", "(909) 620-4410", "on call"], ["Parks", "Yard 1", "(909) 620-4411", "off"]];
drawFeed(activity);
</script></body></html>"""
    found = pairs_found(URL + "dashboard.html", page)
    assert {"4-71-209-5516", "2-09-334-8120"} <= values_of(found, "account_number")
    assert {"(951) 442-1876", "951.630.2294"} <= values_of(found, "phone")
    assert {"Benedikt Delacruz", "Rosalba Quintanilla"} <= values_of(found, "customer_name")
    assert not {value for kind, value in found if "620-44" in value}


def test_archived_personal_email_names_its_recipient_in_its_footer():
    page = """<html><body><table width="600"><tr><td>View this email in your browser</td></tr>
<tr><td><p>Hello Beatrice,</p><p>Your Riverbend Community Power summary for account RCP-208817:</p>
<p>This month you used <b>812 kWh</b>, 6% more than last year.</p></td></tr>
<tr><td style="font-size:10px">This email was sent to bea.okoro77@gmail.com (Beatrice Okoro).
<a href="/prefs">Update preferences</a> | <a href="/unsub">Unsubscribe</a><br>Riverbend Community Power, 400 Civic Way</td></tr>
</table></body></html>"""
    found = pairs_found(URL + "newsletter/2025-05.html", page)
    assert "bea.okoro77@gmail.com" in values_of(found, "email")
    assert "Beatrice Okoro" in values_of(found, "customer_name")
    assert any("812" in value for value in values_of(found, "energy_usage"))


def test_mailing_footer_to_the_citys_own_list_or_an_unfilled_field_is_no_finding():
    for footer in ("This email was sent to newsletter@cityofriverbend.gov (Riverbend Newsletter List).",
                   "This email was sent to *|EMAIL|* because you subscribed.",
                   "This email was sent to you because you signed up at an event."):
        page = f"""<html><body><p>Hello neighbors,</p><p>The summer rate workshop is June 12 at the Library.</p>
<p>{footer} <a href="/unsub">Unsubscribe</a></p></body></html>"""
        assert not pairs_found(URL + "newsletter/2025-06.html", page), footer


def test_facility_account_in_a_sentence_naming_the_program_by_its_possessive_is_the_citys():
    page = """<html><body><p>The Senior Center (425 Orchard Loop) is on SCE account 2-33-418-5521 and used 48,200 kWh
last fiscal year, now 100% renewable through Valencia Clean Power's EverGreen option.</p></body></html>"""
    assert not values_of(pairs_found(URL + "energy.html", page), "account_number")


def test_possessive_customer_name_is_still_read():
    page = "<html><body><p>Tevita Lolohea's SCE account 2-61-904-2287 was credited $45.</p></body></html>"
    found = pairs_found(URL + "notes.html", page)
    assert "2-61-904-2287" in values_of(found, "account_number")
    assert any("Lolohea" in value for value in values_of(found, "customer_name"))


def test_sheet_total_row_signed_by_its_preparer_is_no_customer():
    rows = "".join(f"<tr><td>{acct}</td><td>{name}</td><td>{addr}</td><td>{kwh}</td></tr>" for acct, name, addr, kwh in [
        ("2-18-440-9132", "Imelda Szabo", "318 Tamarind Ct, Riverbend, CA 92501", "1,204"),
        ("3-55-102-7781", "Kofi Mensah-Bright", "77 Larch Ave, Riverbend, CA 92503", "988")])
    page = f"""<html><body><table><tr><td>Account</td><td>Customer</td><td>Service Address</td><td>kWh</td></tr>
{rows}<tr><td></td><td>Prepared by Dana Whitfield</td><td>Total</td><td>2,192</td></tr></table></body></html>"""
    found = pairs_found(URL + "files/q1.htm", page)
    assert {"Imelda Szabo", "Kofi Mensah-Bright"} <= values_of(found, "customer_name")
    assert not any("Whitfield" in value for value in values_of(found, "customer_name"))
    assert not any("2,192" in value or "2192" in value for value in values_of(found, "energy_usage"))


def test_subtotal_row_of_a_named_customer_stays_theirs():
    page = """<html><body><table><tr><td>Customer</td><td>Period</td><td>kWh</td></tr>
<tr><td>Quintanilla, Rosalba</td><td>Jan</td><td>412</td></tr><tr><td>Quintanilla, Rosalba</td><td>Total</td><td>1,377</td></tr>
</table></body></html>"""
    found = pairs_found(URL + "files/usage.htm", page)
    assert any("1,377" in value or "1377" in value for value in values_of(found, "energy_usage"))


def test_total_spread_across_many_accounts_is_no_ones_usage():
    page = """<html><body><svg><title>Outage</title><text>Rosalba Quintanilla, 14 Quince Hollow Rd: 1,116 kWh in
outage month</text><text>Pedro Ybarra #2-11-398-2201</text></svg>
<p>Total load shed: 70,781 kWh across 2,558 accounts.</p></body></html>"""
    usage = values_of(pairs_found(URL + "outage.html", page), "energy_usage")
    assert "1,116 kWh" in usage
    assert not any("70,781" in value for value in usage)
