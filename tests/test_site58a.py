"""Round 58 (site58a): hearing decisions, questionings and transcripts written as prose.

True cases: a decision's caption naming the party by the case ("the appeal of ..."), the consumption a finding reads
from the party's meter, a phone the party "can be reached at" on the next line, a hearing summary's "Q. / A."
answers by the witness the summary lists as present, the account a question asks for, an address a line break cuts
after its first word, the usage staff read off the customer's account in a transcript. Hard negatives: staff who read
the account to the hearing, public speakers after the party, a program's staff with their City mailbox, the City's
facility usage and an average in the same findings, a questioning put by the party to staff.
"""
from tests.detector_helpers import pairs_found


def _found(body: str, url: str = "https://www.cityofexample.gov/hearings/item.html") -> set[tuple[str, str]]:
    return pairs_found(url, body, "text/html")


def _values(found, category):
    return {value for kind, value in found if kind == category}


DECISION = """<html><body>
<h1>ADMINISTRATIVE HEARING DECISION</h1>
<p>Case No. UB-2025-0417. In the matter of the appeal of Soledad Marchetti regarding the termination of electric
service. Hearing Officer: Walter Pruitt.</p>
<p>1. Appellant opened Vista Power account VP-40718823 in 2020 for service at 5128 Larkspur Circle, Fairhaven.</p>
<p>2. The meter history shows consumption of 1,642 kWh in May and 1,904 kWh in June, well above the 560 kWh
average for a home of that size.</p>
<p>3. Staff stated that the City's Library (SCE service account 3-55-210-7781) used 88,410 kWh in the same months,
and that the Appellant's usage was not unusual for June.</p>
<p>DECISION: The appeal is denied. Resolution No. 2025-41.</p>
</body></html>"""


def test_a_decision_names_its_party_by_the_case_and_reads_the_party_meter():
    found = _found(DECISION)
    assert ("customer_name", "Soledad Marchetti") in found
    assert {"1,642 kWh", "1,904 kWh"} <= _values(found, "energy_usage")
    # the average, the City's facility and its account stay public
    assert not {"560 kWh", "88,410 kWh"} & _values(found, "energy_usage")
    assert "Walter Pruitt" not in _values(found, "customer_name")


def test_an_appeal_of_a_permit_without_an_account_names_no_one():
    body = ("<p>In the matter of the appeal of Soledad Marchetti from the denial of a fence permit, Permit No. "
            "B25-1180. The meter history of the lot is not at issue.</p><p>The appeal is denied.</p>")
    assert not _values(_found(body), "customer_name")


SUMMARY = """<html><body>
<h1>Summary of hearing, SH-2025-0092</h1>
<p>Present: Hearing Officer Margaret Osterhout; appellant Ignatius Mbanefo, represented by counsel.</p>
<p>Q. (by the Hearing Officer) What is the account in question? A. 700 318 442 906, the electric account.</p>
<p>Q. Where is the service? A. 2219 Wistaria Court; the bills go to P.O. Box 4471.</p>
<p>Q. Phone? A. Home (951) 372-6604.</p>
<p>Q. And last month's use? A. 61 therms.</p>
</body></html>"""


def test_a_hearing_summary_gives_the_witness_answers():
    found = _found(SUMMARY)
    assert ("customer_name", "Ignatius Mbanefo") in found
    assert ("account_number", "700 318 442 906") in found
    assert "2219 Wistaria Court" in _values(found, "address")
    assert ("phone", "(951) 372-6604") in found
    assert "Margaret Osterhout" not in _values(found, "customer_name")


def test_a_question_put_by_the_party_is_answered_by_staff():
    body = """<p>Present: Hearing Officer Margaret Osterhout; appellant Ignatius Mbanefo; Jordan Whitlock, billing.</p>
<p>Q. (by Appellant) How is a meter read? A. Remotely, every month; the office is at 300 Civic Plaza.</p>
<p>Q. (by Appellant) Who do I call? A. The billing line, (951) 555-0100.</p>"""
    found = _found(body)
    assert not _values(found, "customer_name")
    assert not _values(found, "address")


TRANSCRIPT = """<html><body>
<p>HEARING OFFICER DRUMMOND: We are on the record. Please state your name and the service address.</p>
<p>MR. ABERNATHY-KOLE: Cornelius Abernathy-Kole. I live at 77 Heron Bay Drive.</p>
<p>HEARING OFFICER DRUMMOND: Ms. Fairweather, you are with billing?</p>
<p>MS. FAIRWEATHER: Yes. Priscilla Fairweather, Customer Care. I'm reading from the account now. The account number
is 2-71-904-3318, the phone we have on file is (626) 418-2290, and the last bills show 1,118 kWh and 947 kWh.</p>
<p>MR. ABERNATHY-KOLE: I paid in April. Send me the ledger at cabernathy@gmail.com.</p>
<p>HEARING OFFICER DRUMMOND: Public comment. Mr. Lindgren, you may speak.</p>
<p>MR. LINDGREN: I'm Osvaldo Lindgren, and I think the rates are too high for all of us on Maple Street.</p>
</body></html>"""


def test_staff_who_read_the_account_are_not_the_customer_but_the_usage_they_read_is():
    found = _found(TRANSCRIPT)
    names = _values(found, "customer_name")
    assert not {n for n in names if "Fairweather" in n}
    assert not {n for n in names if "Lindgren" in n}
    assert {"1,118 kWh", "947 kWh"} <= _values(found, "energy_usage")
    assert ("account_number", "2-71-904-3318") in found
    assert ("email", "cabernathy@gmail.com") in found


def test_program_staff_with_their_city_mailbox_are_no_customer():
    body = """<p>Elspeth Varga<br>412 Quince Hollow Road<br>Fairhaven, CA 92001</p><p>Dear Ms. Varga,</p>
<p>Your household has been awarded a grant. The credit goes to your account, number VP-55120934.</p>
<p>Questions? Call Horace Pendleton at (760) 412-3391 or write to hpendleton@fairhaven.ca.gov. We will call you at
(760) 901-2278 if we need anything else.</p><p>Sincerely,<br>Horace Pendleton<br>Program Coordinator</p>"""
    found = _found(body, "https://www.fairhaven.ca.gov/programs/letter.html")
    assert "Horace Pendleton" not in _values(found, "customer_name")
    assert "(760) 412-3391" not in _values(found, "phone")
    assert ("phone", "(760) 901-2278") in found


def test_an_address_a_line_break_cuts_after_its_first_word_is_found_whole_and_an_ssn_after_it_too():
    body = ("<p>Marisela Odum and her spouse, residents at 3810 Blue<br>\nSpruce Lane Unit C, protest the shut-off. "
            "Their account is VP-66120871 and her SSN 521-44-7310 is on the form.</p>")
    found = _found(body)
    assert any(kind == "address" and " ".join(value.split()) == "3810 Blue Spruce Lane Unit C" for kind, value in found)
    assert ("ssn", "521-44-7310") in found


def test_a_spanish_decision_reads_the_party_meter_after_a_title():
    body = ("<p>La apelante, Sra. Remedios Ugarte, con domicilio en 915 Calle Azahar, impugnó el cobro de su cuenta "
            "número VP-30917745.</p><p>Según los registros, el consumo fue de 1,377 kWh en julio, muy por encima del "
            "promedio de 540 kWh.</p><p>La biblioteca de la Ciudad (cuenta 3-40-118-2290) usó 61,200 kWh.</p>")
    found = _found(body)
    assert ("energy_usage", "1,377 kWh") in found
    assert not {"540 kWh", "61,200 kWh"} & _values(found, "energy_usage")


def test_a_gas_account_in_spaced_groups_is_no_phone_but_the_phone_beside_it_is():
    body = ("<p>Present: Hearing Officer Margaret Osterhout; appellant Ignatius Mbanefo.</p>"
            "<p>Q. What is the account in question? A. 700 318 442 906; gas is 412 806 3317 5 with the gas company, "
            "38 therms last month.</p><p>Q. Phone? A. Home 760 412 9087, any time.</p>")
    found = _found(body)
    assert not {v for v in _values(found, "phone") if v.startswith("412 806")}
    assert ("phone", "760 412 9087") in found
