"""Internal memos posted by mistake (red team memos29, second round): customers written into a memo's sentences as
lists, hurried call-centre notes, a customer's e-mail quoted in a reply.

Found:
- surnames each before their own account in brackets, in a list of such pairs ("Credit: Ikeda (...), Varga (...)");
- the later items of a list of customers and their homes apart by semicolons (not read as the city of the home
  before them);
- a note item opening with a lower-case given name and surname before the account's label, or with a surname
  in capitals before the home in brackets;
- a customer's e-mail quoted in a reply ("> Pueden llamarme al ..." / "> Atentamente," / "> NAME"): read without
  its quote marks;
- the whole account in brackets after its last digits ("ending 5521 (full no. PCE-7735521)");
- the generation charge a customer was billed on their own use ("billed PCE generation for July (1,264 kWh)").

Hard negatives (not reported):
- council members with their districts in brackets, vendors with their purchase orders or invoices in brackets;
- a list of bidders (firms) and their addresses apart by semicolons;
- a note item opening with the desk's words ("will call acct ...", "rose garden acct ...") or an acronym or a
  street word in capitals before an address ("* MAIN (120 ...)", "- IVR (909) ...");
- a staff member's signature quoted in a customer's reply (name, title, desk phone);
- brackets after an account's last digits that hold no account (a card's expiry, a memo's number);
- "generation" as a plant's or an array's output.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

_CATEGORIES = ("customer_name", "address", "phone", "energy_usage", "account_number", "credential", "email")


def _found(text: str, name: str = "memo.txt") -> dict[str, list[str]]:
    return values_found(name, text, _CATEGORIES)


def test_surnames_each_before_their_bracketed_account():
    found = _found("Refunds of the double deposit go to: Ikeda (700-412-339-120), Varga (700-118-903-447) and "
                   "Okonkwo (700-556-210-834). Refunds post with the next cycle.\n")
    assert sorted(found["customer_name"]) == ["Ikeda", "Okonkwo", "Varga"]


def test_council_members_and_vendors_in_brackets_are_no_holders():
    found = _found("Roll call on item 4: Ikeda (District 2), Varga (District 4) and Obi (District 6) voted yes.\n\n"
                   "Purchase orders this week: Grainger (PO 4500331207), Fastenal (PO 4500331208) and Staples "
                   "(PO 4500331209).\n\n"
                   "Invoices approved: Varga Electric (Invoice 88231145), Ikeda Landscaping (Invoice 88231146).\n")
    assert not found.get("customer_name")


def test_customers_and_homes_listed_apart_by_semicolons():
    found = _found("Re-mail the opt-out notice to these customers, whose letters were returned: Lucia Ferreira, "
                   "2214 Verbena Ct; Tomasz Wojcik, 917 Palo Verde Ave; Marisol Castellanos, 48 E. Kingsley St.\n")
    assert sorted(found["customer_name"]) == ["Lucia Ferreira", "Marisol Castellanos", "Tomasz Wojcik"]
    assert len(found["address"]) == 3


def test_bidders_and_their_addresses_are_no_customers():
    found = _found("Bids received for the Ganesha Park restroom: Acme Paving Co., 1200 Mission Blvd; Ruiz Tile "
                   "Inc., 40 Orange Grove Ave; Park Electric, 77 Vine St.\n")
    assert not found.get("customer_name")


def test_hurried_note_items_open_with_their_customer():
    found = _found("Desk notes 3/14\n\n"
                   "- IVR (909) 620-3707 down 20 min at noon\n"
                   "* MAIN (120 E. Holt Ave) lobby printer jammed again\n\n"
                   "callbacks:\n"
                   "  * rosalind whitaker acct#700318844102 - high bill (1,142 kWh), spa heater, mailed audit form\n"
                   "  * GUTIERREZ (2251 N. Towne Ave) - CARE recert past due, cell (626) 555-0133, SA 0007120458\n")
    assert sorted(found["customer_name"]) == ["GUTIERREZ", "rosalind whitaker"]
    assert "1,142 kWh" in found["energy_usage"]
    assert "2251 N. Towne Ave" in found["address"]
    assert "120 E. Holt Ave" not in found.get("address", [])


def test_desk_words_before_an_account_are_no_name():
    found = _found("Desk notes 3/15\n\n"
                   "  * will call acct 700318844102 back friday re: payment plan\n"
                   "  * rose garden acct 700318844119 - City account, irrigation meter\n")
    assert not found.get("customer_name")


def test_customers_message_quoted_in_a_reply():
    message = ('From: "Rosa Medina" <rmedina@pomonaca.gov>\n'
               "To: PCE Spanish Line <pce-es@pomonaca.gov>\n"
               "Subject: FW: Cobro incorrecto\n"
               "Content-Type: text/plain; charset=utf-8\n\n"
               "Para seguimiento, por favor.\n\n"
               "-----Original Message-----\n"
               "From: PCE Customer Care <pce@pomonaca.gov>\n\n"
               "> Buenos dias,\n>\n"
               "> Mi numero de cuenta es P7730412 y me cobraron dos veces en mi factura de agosto.\n>\n"
               "> Pueden llamarme al (626) 555-0174 por la tarde.\n>\n"
               "> Atentamente,\n"
               "> Valentina Orozco\n")
    found = _found(message, "reply.eml")
    assert "(626) 555-0174" in found["phone"]
    assert "Valentina Orozco" in found["customer_name"]


def test_staff_signature_quoted_in_a_customers_reply():
    message = ('From: "Dario Fuentes" <dfuentes88@gmail.com>\n'
               "To: PCE Customer Care <pce@pomonaca.gov>\n"
               "Subject: Re: your bill\n"
               "Content-Type: text/plain; charset=utf-8\n\n"
               "Thank you, that helps.\n\n"
               "> Dear Mr. Fuentes,\n>\n"
               "> We reviewed the bill on account 3-118-4420-19; the read was estimated.\n>\n"
               "> Sincerely,\n"
               "> Marta Jelinek\n"
               "> Customer Service Supervisor\n"
               "> (909) 620-2251\n")
    found = _found(message, "reply.eml")
    assert not any("Jelinek" in name for name in found["customer_name"])
    assert "(909) 620-2251" not in found.get("phone", [])


def test_whole_account_in_brackets_after_its_last_digits():
    found = _found("Ms. Adeyemi called about a disconnection notice; her service account ending 5521 (full no. "
                   "PCE-7735521) is 60 days past due.\n")
    assert found["account_number"] == ["PCE-7735521"]


def test_brackets_after_last_digits_that_hold_no_account():
    found = _found("The card ending 4411 (exp. 09/27) was declined for the deposit; the customer's account ending "
                   "8802 (see memo 2024-118) stays on hold.\n")
    assert "2024-118" not in found.get("account_number", [])
    assert "09/27" not in found.get("account_number", [])


def test_generation_charge_billed_on_a_customers_use():
    found = _found("Haruto Ishikawa's opt-out (Premise No. 5519027731) was keyed after the window, so the account "
                   "at 318 W. Alvarado St was billed PCE generation for July (1,264 kWh).\n")
    assert "1,264 kWh" in found["energy_usage"]


def test_a_plants_or_an_arrays_generation_is_no_use():
    found = _found("Milagros Vega, acct 5519027748, asked about the rooftop array on her street. The array's "
                   "generation for July (1,264 kWh) was posted on the program page; the Cal Flats plant's generation "
                   "for July (8,410 kWh) met forecast.\n")
    assert not found.get("energy_usage")
