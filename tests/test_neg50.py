"""Red team neg50 (precision on a city website; fix neg50).

- A row of a remote-participation table whose other columns name a meeting ("Body | Webinar ID | Passcode") gives a
  public meeting's passcode, however far the header is; a row with a login's column ("Zoom host account | Password")
  is a login. A login written as a pair ("zoom.clerk@city.gov / pw ...") is one though a meeting's words surround it.
- A check register's memo names the City's own facility in its short form ("ST LIGHTS", "ST LTG", "CORP YARD"): the
  City's SCE account, not a customer's.
- A payables memo's deposit refund with the service's street address after the number ("JCP DEPOSIT REFUND
  418989097336 / 3631 W VIA SERENA"), paid to a person, is a customer's row without an ACCT word.
- A permit row's contractor columns are the firm's; a hundred block ("1400 BLK CAMINO ALTO") is no one's address.
- An office's own contact ("HR contact: ..., ...@city.gov") ends a customer's label block.
- A name in brackets after a customer's mailbox that spells it, in a note of their utility matter.
- A callback's shorthand opening its own clause ("...; RP cb 909-...") in a note whose customer was found.
"""
from detectors.context.shapes import hundred_block
from tests.detector_helpers import pairs_found, values_of, xlsx


def _meetings(rows, header=("Body", "Webinar ID", "Passcode")):
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<html><body><main><h1>Remote participation</h1><p>All meetings are held by Zoom.</p>"
            f"<table><tr>{head}</tr>{body}</table><p>Questions: City Clerk.</p></main></body></html>")


_BODIES = [("City Council", "897 5546 3135", "805094"), ("Planning Commission", "851 8160 4999", "632196"),
           ("Community Power Board", "851 3645 8487", "154058"), ("Parks Commission", "834 6436 5595", "995941"),
           ("Cultural Heritage Commission", "848 4071 4328", "539823"), ("Library Board", "844 4303 3026", "355095")]


def test_a_remote_participation_tables_passcodes_are_public():
    assert values_of(pairs_found("https://x.gov/meetings/remote.html", _meetings(_BODIES)), "credential") == set()


def test_a_meeting_link_column_makes_the_row_a_meetings_too():
    rows = [(b, f"https://zoom.us/j/{i.replace(' ', '')}", p) for b, i, p in _BODIES]
    assert values_of(pairs_found("https://x.gov/meetings/remote.html",
                                 _meetings(rows, ("Meeting", "Zoom link", "Password"))), "credential") == set()


def test_a_host_column_naming_the_body_leaves_the_passcodes_public():
    rows = [(b, "City Clerk", i, p) for b, i, p in _BODIES]
    found = pairs_found("https://x.gov/meetings/remote.html", _meetings(rows, ("Body", "Host", "Meeting ID", "Passcode")))
    assert values_of(found, "credential") == set()


def test_a_hosts_login_in_a_meeting_table_stays_a_credential():
    rows = [(b, f"clerk{k}@x.gov", f"Hx!{k}Council25") for k, (b, _, _) in enumerate(_BODIES)]
    found = pairs_found("https://x.gov/meetings/hosts.html", _meetings(rows, ("Body", "Zoom host account", "Password")))
    assert values_of(found, "credential") == {f"Hx!{k}Council25" for k in range(len(_BODIES))}


def test_a_login_pair_in_a_comment_beside_a_meetings_details_is_a_credential():
    page = ("<html><body><main><p>Zoom webinar ID 897 5546 3135, passcode 805094.</p>"
            "<!-- host login for the clerk's office (until the April 1 webinar): zoom.clerk@x.gov / pw Jh!Council2025 -->"
            "</main></body></html>")
    assert values_of(pairs_found("https://x.gov/meetings/remote.html", page), "credential") == {"Jh!Council2025"}


def test_a_meetings_id_and_passcode_written_as_a_pair_stay_public():
    page = ("<html><body><main><p>Join the Zoom webinar: ID 897 5546 3135 / passcode 805094 (dial *9 to speak).</p>"
            "</main></body></html>")
    assert values_of(pairs_found("https://x.gov/meetings/remote.html", page), "credential") == set()


_REGISTER_HEAD = ["Check No", "Date", "Payee", "Description", "Fund-Dept", "Amount"]


def test_the_citys_street_lights_and_corp_yard_in_register_memos_are_the_citys_accounts():
    rows = [_REGISTER_HEAD,
            ["218215", "02/16/2025", "SOUTHERN CALIFORNIA EDISON", "ELEC SVC ST LIGHTS LS-1 ACCT 2-13-215-4753",
             "101-3150", "18,630.98"],
            ["218216", "02/16/2025", "SOUTHERN CALIFORNIA EDISON", "ELEC SVC ST LTG LS-2 ACCT 2-76-472-1460",
             "101-3150", "17,242.02"],
            ["218214", "02/25/2025", "SOUTHERN CALIFORNIA EDISON", "ELEC SVC CORP YARD ACCT 2-91-382-0481",
             "101-3150", "37,970.76"],
            ["218217", "02/25/2025", "SOUTHERN CALIFORNIA EDISON", "ELEC SVC CORP YD ACCT 2-91-382-0482",
             "101-3150", "7,970.76"],
            ["218187", "02/28/2025", "HOLLOWAY, HYUN", "REFUND CLOSED ACCT 4107-8727-4161 - 8205 W HERMOSA AVE",
             "510-4710", "264.94"]]
    found = pairs_found("https://x.gov/finance/check-register.xlsx", xlsx(rows))
    assert values_of(found, "account_number") == {"4107-8727-4161"}


def test_a_deposit_refund_to_a_person_with_the_service_address_is_a_customers_row():
    rows = [_REGISTER_HEAD,
            ["218151", "02/19/2025", "MANSOUR, ARTURO", "JCP DEPOSIT REFUND 418989097336 / 3631 W VIA SERENA",
             "510-4710", "208.41"],
            ["218152", "02/19/2025", "ACME TIRE LLC", "JCP DEPOSIT REFUND 418989097337 / 812 N ELM ST",
             "510-4710", "208.41"],
            ["218153", "02/19/2025", "RUIZ, ANA", "BID DEPOSIT REFUND 418989097338 / 100 E HOLT AVE",
             "510-4710", "500.00"],
            ["218154", "02/19/2025", "LEE, DANA", "PARK RENTAL DEPOSIT REFUND 418989097339",
             "101-4410", "150.00"],
            ["218155", "02/19/2025", "PARK, JI-WOO", "DEPOSIT REFUND 418989097340 PER RESOLUTION 2025-14",
             "101-4410", "150.00"]]
    found = pairs_found("https://x.gov/finance/check-register.xlsx", xlsx(rows))
    assert values_of(found, "account_number") == {"418989097336"}
    assert values_of(found, "customer_name") == {"MANSOUR, ARTURO"}
    assert values_of(found, "address") == {"3631 W VIA SERENA"}


def test_a_permit_rows_contractor_phone_is_the_firms():
    rows = [["Permit No", "Issued", "Site Address", "Owner", "Contractor", "CSLB", "Contractor Ph",
             "Interconnection (utility svc acct)", "Annual usage kWh"],
            ["SOL25-0258", "01/01/2025", "9813 Foothill Blvd", "LINDQVIST FAMILY TRUST", "Sunrun Installation",
             "946421", "909.745.3242", "", ""],
            ["EVC25-0328", "02/03/2025", "9206 E Padua Ave", "Jesús Bautista", "Qmerit Electric", "605665",
             "562-470-4560", "4152-9550-0018", "6919"]]
    found = pairs_found("https://x.gov/building/solar-permits.xlsx", xlsx(rows))
    assert values_of(found, "phone") == set()
    assert values_of(found, "account_number") == {"4152-9550-0018"}
    assert values_of(found, "customer_name") == {"Jesús Bautista"}


def test_an_owners_phone_beside_the_contractors_stays_the_customers():
    rows = [["Permit No", "Issued", "Site Address", "Owner", "Owner Phone", "Contractor", "CSLB", "Contractor Ph",
             "Interconnection (utility svc acct)", "Annual usage kWh"],
            ["SOL25-0258", "01/01/2025", "9813 Foothill Blvd", "LINDQVIST FAMILY TRUST", "", "Sunrun Installation",
             "946421", "909.745.3242", "", ""],
            ["EVC25-0328", "02/03/2025", "9206 E Padua Ave", "Jesús Bautista", "909-739-9504", "Qmerit Electric",
             "605665", "562-470-4560", "4152-9550-0018", "6919"]]
    found = pairs_found("https://x.gov/building/solar-permits.xlsx", xlsx(rows))
    assert values_of(found, "phone") == {"909-739-9504"}


def test_a_hundred_block_is_no_ones_address():
    for text in ("1400 BLK CAMINO ALTO", "0 BLK N MAIN ST", "2300 block of Foothill Ave", "100 Blk. E Holt Ave"):
        assert hundred_block(text), text
    for text in ("1432 Camino Alto", "1400 Blake St", "1450 Block Rd", "2300 Block Rd", "1400 Block Street"):
        assert not hundred_block(text), text


def test_a_fire_logs_block_location_beside_a_customers_note_is_no_finding():
    csv = ("INC_NO,DATE,TIME,NATURE,LOCATION,UNITS,DISPOSITION,NOTES\n"
           "JHF25-00253,2025-03-12,00:47,RUBBISH FIRE,2500 BLK E ARROW HWY,M171,TRANSPORT,Turned over to SoCalGas\n"
           "JHF25-03195,2025-01-08,02:41,EMS - O2 DEPENDENT / PSPS,1400 BLK CAMINO ALTO,M171,HANDLED,\"PSPS outage. "
           "Pt Karim Pham on home O2, JCP medical baseline acct 4109-0897-9803; daughter cb 951-560-2998.\"\n")
    found = pairs_found("https://x.gov/fire/incident-log.csv", csv)
    assert values_of(found, "address") == set()
    assert values_of(found, "account_number") == {"4109-0897-9803"}


_POSTING = ("Customer Service Representative II\n\n"
            "Read the account below and write the callback notes you would leave.\n\n"
            "Customer: Soledad Choi\nService address: 8727 W Benson Ave, Jacaranda Heights CA 91785\n"
            "Account: JCP-418634438439\nBest phone: (909) 695-9463\n\n"
            "How to apply\n\n"
            "Apply online. {contact}\n")


def test_an_hr_contact_after_a_customer_exercise_is_staffs():
    for contact in ("HR contact: Jasmine Tupou, (909) 609-6478, jasmine.tupou@jacarandaheights.gov.",
                    "Contact: Jasmine Tupou, (909) 609-6478, jasmine.tupou@jacarandaheights.gov.",
                    "Recruitment contact: Jasmine Tupou, (909) 609-6478"):
        found = pairs_found("https://www.jacarandaheights.gov/jobs/csr.txt", _POSTING.format(contact=contact))
        assert values_of(found, "customer_name") == {"Soledad Choi"}, contact
        assert values_of(found, "phone") == {"(909) 695-9463"}, contact
        assert values_of(found, "email") == set(), contact


def test_a_customers_own_contact_label_in_the_block_stays_theirs():
    text = ("Customer: Soledad Choi\nService address: 8727 W Benson Ave\nAccount: JCP-418634438439\n"
            "Contact: (909) 695-9463, soledad.choi77@yahoo.com\n")
    found = pairs_found("https://www.jacarandaheights.gov/jobs/csr.txt", text)
    assert "(909) 695-9463" in values_of(found, "phone")
    assert values_of(found, "email") == {"soledad.choi77@yahoo.com"}


_QUEUE = ("<html><body><main><h1>Staff directory</h1>"
          "<div style=\"display:none\"><h3>This week's escalations</h3><ul>"
          "<li>Callback Robert O'Brien at (909) 870-0210 re acct 4171 4919 1333 (high bill, Feb 2,747 kWh)</li>"
          "<li>{item}</li></ul></div></main></body></html>")


def test_a_name_in_brackets_after_a_customers_mailbox_is_theirs():
    found = pairs_found("https://x.gov/energy/staff.html", _QUEUE.format(
        item="Send opt-out confirmation to yreddy@sbcglobal.net (Yesenia Reddy)"))
    assert "Yesenia Reddy" in values_of(found, "customer_name")
    assert values_of(found, "email") == {"yreddy@sbcglobal.net"}


def test_a_bracketed_name_after_a_mailbox_of_no_utility_matter_is_no_customers():
    found = pairs_found("https://x.gov/energy/staff.html", _QUEUE.format(
        item="Send the volunteer flyer to yreddy@sbcglobal.net (Yesenia Reddy)"))
    assert "Yesenia Reddy" not in values_of(found, "customer_name")
    page = ("<html><body><main><h1>Book club</h1><p>RSVP for the March opt-in reading list to "
            "yreddy@sbcglobal.net (Yesenia Reddy), the club's volunteer host.</p></main></body></html>")
    assert values_of(pairs_found("https://x.gov/library/club.html", page), "customer_name") == set()


_LOG = ("INCIDENT     TIME  TYPE                         LOCATION                 DISPO\n"
        "25-004547  1012  ASSIST OTHER AGENCY          5300 BLK S EUCLID CRES  ADV\n"
        "      JCP field rep req standby for non-pay disconnect. Acct holder Michael Davis (acct 4148 3737 3179) "
        "argumentative, no crime. {tail}\n"
        "25-004548  1013  TRAFFIC STOP                 1200 BLK N MAIN ST      CIT\n")


def test_a_callback_clause_after_an_offices_clause_is_the_callers_number():
    for tail in ("Advised to call JCP Customer Care; RP cb 909-739-9504.",
                 "Advised to call JCP Customer Care; c/b 909-739-9504."):
        found = pairs_found("https://x.gov/police/daily-log.txt", _LOG.format(tail=tail))
        assert values_of(found, "phone") == {"909-739-9504"}, tail
        assert values_of(found, "customer_name") == {"Michael Davis"}, tail


def test_the_office_line_the_note_sends_the_customer_to_stays_public():
    found = pairs_found("https://x.gov/police/daily-log.txt", _LOG.format(
        tail="Advised to call JCP Customer Care; Customer Care line 909-608-2460."))
    assert values_of(found, "phone") == set()
