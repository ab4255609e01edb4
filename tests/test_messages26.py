"""Red team mail26's causes: customer correspondence a city posts by mistake (form submissions, voicemail
transcriptions, chat logs) read as one record each, and the hard negatives beside them: the chat's agent, the
City's own voicemail, a form about no customer."""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "account_number", "energy_usage", "email")


def found(text: str) -> dict[str, list[str]]:
    return values_found("export.txt", text, CONTACT)


FORM = """Form: Contact Utility Billing            Submission #: 80211
Submitted: 04/11/2025 3:02 PM
----------------------------------------------------------------
Name: Teodora Vasquez-Lindqvist
Account Number: 4471-208-935
Street: 88 Cedar Hollow Rd
Preferred Contact: Email
Preferred Language: English
Topic: High bill
Comments: Since the new meter went in my bill jumped. 2,215 kWh in March against 918 kWh in February.
================================================================
"""


def test_a_form_submissions_message_far_below_its_account_field_is_the_customers():
    result = found(FORM)
    assert result.get("account_number") == ["4471-208-935"]
    assert result.get("energy_usage") == ["2,215 kWh", "918 kWh"]


def test_a_form_submission_about_no_customer_gives_no_usage():
    result = found(FORM.replace("Name: Teodora Vasquez-Lindqvist\nAccount Number: 4471-208-935\n", "")
                   .replace("my bill jumped", "the program's summary jumped").replace("in March", "in the district"))
    assert "energy_usage" not in result


VOICEMAIL = """Voicemail 2 of 2
Received: Wed 05/07/2025 08:15 AM     Duration: 0:51
Caller ID: 626.555.0191  WIRELESS CALLER
Transcription (confidence: low):
"Good morning, my name is Oluwaseun Adeyemi-Clarke. I'm calling about the
letter, it says I'm at 4410 W Foothill Blvd, and my bill shows three thousand ten kilowatt hours,
which can't be right. Thanks."
"""


def test_a_voicemails_caller_id_is_the_callers_who_speaks_of_their_bill_lines_later():
    result = found(VOICEMAIL)
    assert result.get("phone") == ["626.555.0191"]
    assert result.get("customer_name") == ["Oluwaseun Adeyemi-Clarke"]


def test_the_citys_own_voicemail_about_a_customer_gives_no_number():
    result = found("""Voicemail 1 of 2
Received: Wed 05/07/2025 07:40 AM     Duration: 0:19
Caller ID: (626) 555-0100  CITY HALL
Transcription (confidence: high):
"Hi Dana, it's Lorenzo from billing. The meter test for the Foothill customer came back fine.
I'll put the report on the shared drive."
""")
    assert "phone" not in result and "customer_name" not in result


def test_a_chat_reply_that_is_only_the_account_number_the_agent_asked_for():
    result = found("[09:12:40] Ingrid Solberg: Could you confirm the account number for me?\n"
                   "[09:13:02] Tavita Leiataua: 5120-884-307\n")
    assert result.get("account_number") == ["5120-884-307"]


CHAT = """Live Chat Transcript  |  Session 11C-4407
Agent: Ingrid Solberg (Customer Care, ext. 3301)
Visitor: Tavita Leiataua (tleiataua@mail.com)

[09:11:05] Ingrid Solberg: Hello, how can I help today?
[09:11:40] Tavita Leiataua: my bill for 3307 W Orange Grove Ave is $412, way too high
[09:12:40] Ingrid Solberg: Sorry about that. Could you verify the account number and phone on the account?
[09:13:02] Tavita Leiataua: 5120-884-307 phone 626-555-0177
[09:14:10] Ingrid Solberg: Thanks. I see 1,803 kWh this cycle against 760 kWh last cycle.
"""


def test_a_chats_declared_agent_is_no_customer():
    result = found(CHAT)
    assert "Ingrid Solberg" not in result.get("customer_name", [])
    assert "Tavita Leiataua" in result.get("customer_name", [])
    assert result.get("account_number") == ["5120-884-307"]
