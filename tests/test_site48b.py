"""The City's own installations, a queue's owner, staff lines after a quoted e-mail, hidden records and terse notes
(red team site48).

- Rows of the City's street lights, signals, pumps and irrigation controllers, by a circuit's, a pole's or a
  controller's column or cell, placed at blocks and crossings
  (``public_holders.installation_row``): their accounts and kWh are the City's. Hard negatives: a row with a house
  address, a rebate's "Pool pump" measure, a person's column.
- A customer-care queue's "Owner" column beside the account holder's own column (``headers.tickets_owner_column``):
  staff. Hard negative: a lien roll's "Owner" beside an account, the customer.
- A staff report's section heading or "Prepared by:" line ends the customer e-mail it quotes
  (``letters._report_resumes``): the preparer's office phone is no customer's. Hard negative: the customer's own
  "Call me" number above it.
- "NAME, an individual doing business as FIRM" in a contract (``lists.trades_under_a_name``): the taxpayer number
  alone. Hard negative: a sole proprietor named beside the utility account they hold.
- A name beside a personal mailbox in text the page hides: an editor's comment, a collapsed panel
  (``hidden_mailboxes``). Hard negatives: the same visible, a club's contact, a mailbox at the City's domain.
- A terse call note "Spoke w/ Ms. SURNAME at NUMBER STREET – NEM true-up question" (a solar customer's net metering
  is a utility matter, ``cues``). Hard negative: a note of a visit to a park.
- "user NAME / pw SECRET" after a host whose name ends in ".example" (``labels._EXAMPLE_CUE``): no example cue. Hard
  negative: "Example: user ... / pw ...".
- A FAQ answer retelling a real case: "Last spring the owner of the duplex at ... asked us to ..."
  (``prose.customers._A_CUSTOMER_AT``). Hard negatives: "The owner of the property at ... asked the Planning
  Commission", a made-up "say the owner at ... would".
- A reader's question pasted into a blog post: "I'm at HOME. Reach me at MAILBOX" about a rebate
  (``prose.customers.writers_own_record``). Hard negatives: a block party's note, a home without the writer's contact.
"""
from __future__ import annotations

import html
import io

import docx

from tests.detector_helpers import pairs_found

_SITE = "https://www.sierramadrevista.gov"


def _page(*paragraphs: str, body: str = "", path: str = "energy/page.html") -> set[tuple[str, str]]:
    main = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + body
    page = (f"<html><head><title>Page</title></head><body><main><h1>Page</h1>{main}</main>"
            "<footer>City of Sierra Madre Vista · 300 Civic Way, Sierra Madre Vista, CA 91024 · (626) 355-7100</footer>"
            "</body></html>")
    return pairs_found(f"{_SITE}/{path}", page)


def _csv(text: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/data/accounts.csv", text, "text/csv")


def _docx(*paragraphs: str) -> set[tuple[str, str]]:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return pairs_found(f"{_SITE}/docs/notes.docx", out.getvalue())


def _values(found: set[tuple[str, str]], category: str) -> set[str]:
    return {value for kind, value in found if kind == category}


# -- the City's installations ---------------------------------------------------------------------------------------

def test_street_light_circuits_on_a_lighting_rate_are_the_citys():
    found = _csv("circuit,location,sce_service_account,rate,annual_kwh\n"
                 "C-014,1400 block Sycamore Ave,3-118-2234-56,LS-1,41230\n"
                 "C-015,Mariposa Ave & Vine St,3-118-2234-57,LS-2,38711\n")
    assert _values(found, "account_number") == set()
    assert _values(found, "energy_usage") == set()


def test_a_lighting_rate_alone_says_no_holder():
    found = _csv("SCE account,Schedule,Area served,2024 kWh\n3-118-2234-60,LS-2,Residential tract 14022,51230\n")
    assert _values(found, "account_number") == {"3-118-2234-60"}
    assert _values(found, "energy_usage") == {"51230"}


def test_signals_and_controllers_by_their_column_are_the_citys():
    found = _csv("Signal ID,Intersection,Service Account,kWh 2024\n"
                 "TS-07,Huntington Dr / Baldwin Ave,2-440-1188-20,9120\n"
                 "TS-08,Foothill Blvd at Michillinda Ave,2-440-1188-21,8804\n")
    assert _values(found, "account_number") == set()
    assert _values(found, "energy_usage") == set()
    found = _csv("Irrigation controller,Location,Account,Annual kWh\n"
                 "IC-3,Lima St median,8001234511,2210\nIC-4,Sierra Madre Blvd parkway,8001234512,1984\n")
    assert _values(found, "account_number") == set()


def test_a_customers_row_with_a_house_address_is_no_installation():
    found = _csv("circuit,location,sce_service_account,rate,annual_kwh\n"
                 "C-21,2214 N Mariposa Ave,3-118-2234-99,LS-1,7410\n")
    assert "3-118-2234-99" in _values(found, "account_number")


def test_a_meter_exports_signal_strength_is_no_installation():
    found = _csv("Meter ID,Signal (dBm),Service Account,kWh\nM-88120,-71,3-229-4410-91,612\n")
    assert {"3-229-4410-91", "M-88120"} <= _values(found, "account_number")
    assert _values(found, "energy_usage") == {"612"}


def test_a_rebates_pool_pump_measure_is_no_installation():
    found = _csv("Customer,Account,Measure,kWh saved\nRosalind Ferreira,3-229-4410-71,Pool pump,1840\n")
    assert _values(found, "account_number") == {"3-229-4410-71"}
    assert _values(found, "customer_name") == {"Rosalind Ferreira"}


def test_a_pole_repair_request_names_its_caller():
    found = _csv("Pole,Location,Reported by,Callback\nP-2210,1400 block Sycamore Ave,Graciela Montalvo,626-555-0182\n")
    assert _values(found, "customer_name") == {"Graciela Montalvo"}
    assert _values(found, "phone") == {"626-555-0182"}


# -- a queue's owner -------------------------------------------------------------------------------------------------

_QUEUE = ("<table><tr><th>Case</th><th>Account holder</th><th>Service address</th><th>Acct</th><th>Notes</th>"
          "<th>{owner}</th></tr>"
          "<tr><td>CS-1102</td><td>Teodoro Villalobos</td><td>881 W Olivera St</td><td>3-229-4410-80</td>"
          "<td>Explained summer rates.</td><td>K. Abernathy</td></tr>"
          "<tr><td>CS-1103</td><td>Mireille Fontaine</td><td>42 E Loma Ave</td><td>3-229-4410-81</td>"
          "<td>Rebilled.</td><td>R. Oyelaran</td></tr></table>")


def test_a_queues_owner_column_is_staff():
    for owner in ("Owner", "Case Owner"):
        found = _page(body=_QUEUE.format(owner=owner), path="utilities/escalations.html")
        names = _values(found, "customer_name")
        assert {"Teodoro Villalobos", "Mireille Fontaine"} <= names
        assert not any("Abernathy" in n or "Oyelaran" in n for n in names)


def test_a_lien_rolls_owner_is_the_customer():
    found = _csv("Customer No.,Owner,Service Location,Delinquent\n"
                 "8001234590,Teodoro Villalobos,881 W Olivera St,$412.10\n")
    assert "Teodoro Villalobos" in _values(found, "customer_name")


# -- a staff report quoting a customer's e-mail ----------------------------------------------------------------------

def test_the_preparers_office_phone_after_a_quoted_email_is_staffs():
    text = ("CITY COUNCIL STAFF REPORT\nBACKGROUND\nThe first report came from a customer e-mail, reproduced below:\n"
            "From: Teodoro Villalobos <tvillalobos58@gmail.com>\nSent: Monday, March 4, 2024 8:02 PM\n"
            "To: energy@sierramadrevista.gov\nSubject: wrong rate\nI used 512 kWh and was charged the wrong rate.\n"
            "Acct 3-229-4410-83, 881 W Olivera St.\nCall me (626) 555-0144\nFISCAL IMPACT\n"
            "Credits total about $12,000.\nPrepared by: Lorna Whitfield, Management Analyst, (626) 355-7142\n")
    found = pairs_found(f"{_SITE}/council/sr.txt", text, "text/plain")
    phones = _values(found, "phone")
    assert "(626) 555-0144" in phones
    assert "(626) 355-7142" not in phones


# -- a sole proprietor under a trade name ----------------------------------------------------------------------------

def test_a_contractor_doing_business_as_a_firm_is_no_customer():
    found = _docx("AGREEMENT FOR LANDSCAPE SERVICES",
                  "This Agreement is made between the City of Sierra Madre Vista (\"City\") and Bartholomew Okonkwo, an "
                  "individual doing business as Okonkwo Landscape Care (\"Contractor\"), Taxpayer Identification No. "
                  "86-5512214.")
    assert _values(found, "taxpayer_id") == {"86-5512214"}
    assert _values(found, "customer_name") == set()


def test_a_proprietor_holding_a_utility_account_is_its_customer():
    found = _page("Bartholomew Okonkwo dba Okonkwo Landscape Care, SCE account 3-229-4410-85, disputed the July bill.")
    assert "3-229-4410-85" in _values(found, "account_number")
    assert any("Okonkwo" in n for n in _values(found, "customer_name"))


# -- hidden records --------------------------------------------------------------------------------------------------

_APPROVALS = ("<li>Rosalind Ferreira &ndash; rferreira77@comcast.net &ndash; heat pump, $1,000 approved</li>"
              "<li>Yusuf Demirci &ndash; ydemirci@yahoo.com &ndash; heat pump, $1,000 approved</li>")


def test_names_beside_mailboxes_in_a_collapsed_panel():
    found = _page(body=f'<div class="panel" aria-hidden="true" hidden><ul>{_APPROVALS}</ul></div>')
    assert {"Rosalind Ferreira", "Yusuf Demirci"} <= _values(found, "customer_name")
    found = _page(body='<div style="display:none">real caller: Tamsin Achterberg / tamsin.a@outlook.com</div>')
    assert "Tamsin Achterberg" in _values(found, "customer_name")


def test_a_name_beside_a_mailbox_in_an_editors_comment():
    found = _page("Why did my bill go up?",
                  body="<!-- editor: replace before launch. real caller = Ines Kowalczyk / ikowal@hotmail.com -->")
    assert "Ines Kowalczyk" in _values(found, "customer_name")


def test_visible_contacts_clubs_and_city_mailboxes_are_not_hidden_records():
    found = _page(body=f"<ul>{_APPROVALS}</ul>")
    assert not {"Rosalind Ferreira", "Yusuf Demirci"} & _values(found, "customer_name")
    found = _page(body="<!-- Garden Club contact: Rosalind Ferreira - rferreira77@comcast.net -->"
                       "<div hidden>Webmaster: Yusuf Demirci / ydemirci@sierramadrevista.gov</div>")
    assert _values(found, "customer_name") == set()


# -- terse call notes ------------------------------------------------------------------------------------------------

def test_a_terse_note_of_a_solar_customers_call():
    found = _docx("Call center notes - week 14",
                  "Spoke w/ Mrs. Quarshie at 5512 Live Oak Canyon - NEM true-up question, sent packet to "
                  "quarshie.e@gmail.com.")
    assert "Mrs. Quarshie" in _values(found, "customer_name")
    assert "5512 Live Oak Canyon" in _values(found, "address")


def test_a_note_of_a_visit_to_a_park_names_no_customer():
    found = _docx("Parks notes", "Met w/ Mr. Quarshie at Live Oak Park - true-up of the field schedule for spring.")
    assert _values(found, "customer_name") == set()


# -- a login written inline ------------------------------------------------------------------------------------------

def test_a_password_after_a_user_on_a_host_ending_in_example():
    found = _docx("IT handoff", "SFTP to the utility (ftp.edi-gateway.example): user smv_cca / pw Canyon_Breeze24!")
    assert "Canyon_Breeze24!" in _values(found, "credential")
    found = _docx("Password help", "Example: user jdoe / pw Canyon_Breeze24!")
    assert _values(found, "credential") == set()


# -- FAQ cases and readers' questions --------------------------------------------------------------------------------

def test_a_faq_answer_retelling_a_landlords_request():
    found = _page("Can a landlord enroll for a tenant? Only the account holder can make changes. Last spring the owner "
                  "of the duplex at 2071 N Chapel Ave asked us to move his tenants to the 100% plan; we had to say no.")
    assert "2071 N Chapel Ave" in _values(found, "address")


def test_a_hearings_owner_and_a_made_up_owner_are_no_case():
    found = _page("The owner of the property at 2071 N Chapel Ave asked the Planning Commission to approve their "
                  "variance.", path="planning/hearings.html")
    assert _values(found, "address") == set()
    found = _page("Say the owner of the duplex at 123 Main St would ask us to move his tenants: we would say no.")
    assert _values(found, "address") == set()


def test_a_readers_question_with_their_home_and_mailbox():
    found = _page("Q: Can I get a rebate for a heat pump water heater? I'm at 3390 Canyon Crest Dr. Reach me at "
                  "wbalogun41@hotmail.com.", path="news/blog-ask-us.html")
    assert any(a.startswith("3390 Canyon Crest Dr") for a in _values(found, "address"))
    assert "wbalogun41@hotmail.com" in _values(found, "email")


def test_a_home_without_the_writers_contact_or_matter_is_no_record():
    found = _page("I'm at 3390 Canyon Crest Dr for the block party. Reach me at wbalogun41@hotmail.com.",
                  path="news/neighbors.html")
    assert _values(found, "address") == set()
    found = _page("Q: Can I get a rebate for a heat pump water heater? I'm at 3390 Canyon Crest Dr.",
                  path="news/blog-ask-us.html")
    assert _values(found, "address") == set()
