"""Round 59 (site59a): customer records told in running prose (legal notices, minutes, e-mail threads, social posts).

True cases: a rear house's half before a Spanish street type ("1208 1/2 Calle Nogal"), a lien notice's premises with
its parcel number where the sentence gives the delinquent utility account, a shut-off notice addressed "TO: NAME, and
all persons occupying the premises at ...", a town named after "in" that is no customer, a name a soft line break
cuts in a paragraph whose next sentence gives the home. Hard negatives: a zoning hearing's property with its parcel
and no account, a memo's "TO:" line naming staff, measures written with a half, the town after an address.
"""
from tests.detector_helpers import pairs_found


def _found(body: str, url: str = "https://www.cityofexample.gov/notices/item.html") -> set[tuple[str, str]]:
    return pairs_found(url, body, "text/html")


def _values(found, category):
    return {" ".join(value.split()) for kind, value in found if kind == category}


def test_half_house_number_before_a_spanish_street_type():
    found = _found("<p>Teodora Villalobos rents the rear unit at 1208 1/2 Calle Nogal; her SCE account "
                   "2-31-448-9021 was closed in error.</p>")
    assert "1208 1/2 Calle Nogal" in _values(found, "address")
    assert "2-31-448-9021" in _values(found, "account_number")


def test_half_in_a_measure_is_no_address():
    found = _found("<p>The crew mixed 2 1/2 Camino bags of sealant per 12 1/2 feet of curb, per the City Engineer, "
                   "Dana Whitlock, (909) 620-2281.</p>")
    assert not _values(found, "address")


LIENS = """<html><body><h1>NOTICE OF HEARING ON DELINQUENT UTILITY CHARGES</h1>
<p>Notice is hereby given to Oksana Melnyk, owner/occupant of 771 Paseo Verde (APN 301-222-15), that water account
No. 55-102944 is delinquent in the amount of $412.10 and will be placed on the tax roll.</p>
<p>TO: WENDELL OYELARAN, and all persons occupying the premises at 55 Linden Court in Valle Hermoso: electric service
under SCE account 2-47-118-3306 will be terminated on or after June 3 for non-payment.</p>
<p>Questions: Deputy City Clerk Miriam Stolz, (626) 744-1180.</p>
</body></html>"""


def test_lien_notice_premises_beside_its_parcel_and_account():
    found = _found(LIENS)
    assert "771 Paseo Verde" in _values(found, "address")
    assert "55-102944" in _values(found, "account_number")
    assert "Oksana Melnyk" in _values(found, "customer_name")


def test_shut_off_notice_to_the_occupants_names_the_customer_not_the_town():
    found = _found(LIENS)
    names = _values(found, "customer_name")
    assert "WENDELL OYELARAN" in names
    assert "55 Linden Court" in _values(found, "address")
    assert "Valle Hermoso" not in names
    assert not any("Stolz" in n for n in names)


def test_hearing_property_with_its_parcel_and_no_account_stays_public():
    found = _found("<p>The Planning Commission will consider a variance for the property at 2291 Foothill Boulevard "
                   "(APN 123-456-78). The applicant, Rita Marchand, may be reached at (909) 555-0143; the City's "
                   "Corporation Yard (SCE account 2-55-301-8890) is next door.</p>")
    assert "2291 Foothill Boulevard" not in _values(found, "address")


def test_memo_to_line_naming_staff_stays_staff():
    found = _found("<p>TO: Marcia Feldstein, Finance Director</p><p>FROM: Utility Billing</p>"
                   "<p>RE: SCE account 2-11-229-3381 for the Senior Center at 600 Grove Street</p>")
    assert not any("Feldstein" in n for n in _values(found, "customer_name"))


def test_town_after_in_beside_an_address_is_no_name():
    found = _found("<p>Gustavo Arechiga said he has lived at 80 Orchard Way in Rancho Seco for twenty years. "
                   "Mr. Arechiga read his SCE account, 2-60-412-7719, into the record.</p>")
    names = _values(found, "customer_name")
    assert "Rancho Seco" not in names
    assert "Gustavo Arechiga" in names
    assert "80 Orchard Way" in _values(found, "address")


def test_name_cut_by_a_soft_line_break_keeps_its_home():
    found = _found("<p>Speaking on the rate change, Ngozi<br>Adebayo-Whitfield stated that she has lived at 4410 Mesa "
                   "Grande Drive in Valle Vista for 12 years. Ms. Adebayo-Whitfield said her SCE account "
                   "(2-55-610-7781) was current and that she used 1,288 kWh in July.</p>")
    assert "4410 Mesa Grande Drive" in _values(found, "address")
    assert "1,288 kWh" in _values(found, "energy_usage")


COMMENTS = """<html><body><h1>What we heard on social media</h1>
<p>oluwaseun bankole: unreal. my bill at 7710 Quince Avenue was 2,140 kWh and nobody lives there in summer. SCE
account 2-19-455-0761 if the city wants to check.</p>
<p>City of Valle Hermoso replied: Hi Oluwaseun, please send us a direct message about your account. - Dev, Customer
Care</p>
<p>Marisol Quintero-Vega (Facebook, Eastside) replied: We got a disconnect notice for 318 Sparrow Lane and our
account (SCE 700118442901) is paid! call me 909-413-0188</p>
<p>Great job: the new chargers at the Civic Center are busy, and the library (SCE account 2-88-120-4471) used
40,120 kWh.</p>
<p>Luis Ortega: Love the new chargers at Bayard Rustin Library!</p>
</body></html>"""


def test_copied_comment_poster_telling_their_own_bill_is_the_customer():
    found = _found(COMMENTS, "https://www.cityofexample.gov/engagement/comments.html")
    names = _values(found, "customer_name")
    assert "oluwaseun bankole" in names
    assert "7710 Quince Avenue" in _values(found, "address")
    assert "Marisol Quintero-Vega" in names
    assert "909-413-0188" in _values(found, "phone")


def test_comment_page_asides_sign_offs_and_praise_name_no_customer():
    names = _values(_found(COMMENTS, "https://www.cityofexample.gov/engagement/comments.html"), "customer_name")
    assert not any("Facebook" in n or "Customer" in n or "Dev" in n or "Great" in n or "Ortega" in n for n in names)


def test_city_facility_account_bracketed_after_its_name_is_the_citys_whoever_reports_it():
    found = _found("<p>Public comment: Lucinda Fairbairn, a resident of 2210 Toyon Place, said her bill showed 1,904 kWh "
                   "in August; she read her SCE account, 2-61-377-0412, into the record.</p>"
                   "<p>Mayor Ortiz asked Utility Billing Analyst Perry Whitcombe to follow up. Perry Whitcombe noted "
                   "that the Aquatics Center (SCE account 2-83-904-1176) used 148,220 kWh last year and that Fire "
                   "Station 4 (SCE service account 3-118-2204-61) used 61,004 kWh.</p>")
    assert "2-61-377-0412" in _values(found, "account_number")
    assert not {"2-83-904-1176", "3-118-2204-61"} & _values(found, "account_number")
    assert not any("Whitcombe" in n for n in _values(found, "customer_name"))
    assert not {"148,220 kWh", "61,004 kWh"} & _values(found, "energy_usage")


def test_person_named_like_a_place_keeps_their_bracketed_account():
    found = _found("<p>Ms. Rosa Park (SCE account 2-45-118-9032) said her home at 88 Alder Court used 1,220 kWh.</p>")
    assert "2-45-118-9032" in _values(found, "account_number")
    assert "88 Alder Court" in _values(found, "address")


def test_utility_initials_after_a_note_verb_are_no_name():
    found = _found("<p>4/2 09:14 - KT spoke with Teodoro Balangue about a high bill. Customer says he lives alone at "
                   "5512 Quail Run Road and cannot have used 2,310 kWh. Verified RVE customer number RVE-40221873. "
                   "Best callback (951) 662-4410.</p>")
    names = _values(found, "customer_name")
    assert "Teodoro Balangue" in names
    assert not any("Verified" in n for n in names)
    assert "(951) 662-4410" in _values(found, "phone")


THREAD = """<html><body><pre>From: Orla Quennell &lt;oquennell@cityofexample.gov&gt;
Sent: Tue, May 5, 2026 9:12 AM
To: tbalogun77@gmail.com
Subject: RE: my bill

Hi Mr. Balogun, I checked the meter for 1190 Arbol Court; the April read was an actual read.

-----Original Message-----
From: Tunde Balogun &lt;tbalogun77@gmail.com&gt;
Subject: my bill

&gt; My SCE account is 2-70-118-4452 and we used 1,744 kWh last month.
&gt; Please call me at (562) 480-1173 after 3pm.
</pre>
<p>Staff note: the baseline allowance in Zone 10 is 14.6 kWh per day. Questions may be directed to Orla Quennell,
Billing Supervisor, at (951) 774-2290.</p></body></html>"""


def test_staff_note_after_a_customers_e_mail_keeps_its_contact_and_tariff_public():
    found = _found(THREAD, "https://www.cityofexample.gov/packets/item-9.html")
    assert "(562) 480-1173" in _values(found, "phone")
    assert "1,744 kWh" in _values(found, "energy_usage")
    assert "(951) 774-2290" not in _values(found, "phone")
    assert "14.6 kWh" not in _values(found, "energy_usage")


def test_a_daily_usage_figure_stays_a_customers():
    found = _found("<p>Tunde Balogun (SCE account 2-70-118-4453) said his home at 1190 Arbol Court used 38.2 kWh per "
                   "day in August.</p>")
    assert "38.2 kWh" in _values(found, "energy_usage")
