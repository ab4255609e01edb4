"""Customer-service records in a public records bundle (round 30, red team records30, second helper): a voicemail
log's entries each its own record (a vendor's message is no part of the customer's entry above it) and a caller
written by surname in capitals before their home ("ALVARADO @ 1220 Loma St - ... cb ..."); a customer named again
by title and surname anywhere in an e-mail thread or a memo ("Dear Ms. Quintero," over her quoted message, "Mr.
Farrow agreed ...; staff called 909-... to confirm"); a vendor's named mailbox in a "From:" header when its signature
card names the firm.

Hard negatives: a vendor's and a council office's entries in the voicemail log, an upper-case word that is no
surname before "@", a staff member titled by the same surname as the customer, a titled name in a memo that names no
customer, the vendor's header mailbox.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.ridgecrestpower.org"


def found(name: str, body: str, content_type: str | None = None) -> set:
    return pairs_found(f"{SITE}/records/{name}", body, content_type)


VOICEMAIL_LOG = """RIDGECREST POWER - CUSTOMER CARE VOICEMAIL LOG
wk of 03/10/2025   checked by: Dana Whitcomb

03/10 9:02a  Ms. Oyelaran, 760 411 2093, high bill 1,904kwh / prior 870; acct ending 4471
03/10 9:40a  VM from Desert Bloom Solar ((760) 384-5512) re interconnection app - fwd to analyst
03/10 11:15a  ALVARADO @ 1220 Loma St - opt out req, cb 760-499-3381
03/11 8:20a  VM from Councilmember Ruth Ochoa's office re town hall @ library, 131 Balsam St
03/11 2:45p  PCE @ 300 Civic Plaza - courtesy call re outage map, cb 760-499-1000
"""


def test_a_vendors_voicemail_is_no_part_of_the_customers_entry_above_it():
    result = found("voicemail_log.txt", VOICEMAIL_LOG, "text/plain")
    assert ("customer_name", "Ms. Oyelaran") in result
    assert ("phone", "760 411 2093") in result
    assert "(760) 384-5512" not in values_of(result, "phone")


def test_a_caller_logged_by_surname_before_their_home_is_a_customers_record():
    result = found("voicemail_log.txt", VOICEMAIL_LOG, "text/plain")
    assert ("customer_name", "ALVARADO") in result
    assert ("address", "1220 Loma St") in result
    assert ("phone", "760-499-3381") in result


def test_a_council_office_and_an_agency_in_the_log_stay_silent():
    result = found("voicemail_log.txt", VOICEMAIL_LOG, "text/plain")
    assert not {"PCE", "Ruth Ochoa"} & values_of(result, "customer_name")
    assert not {"131 Balsam St", "300 Civic Plaza"} & values_of(result, "address")
    assert "760-499-1000" not in values_of(result, "phone")


REPLY = """From: Marcus Bell <mbell@ridgecrestpower.org>
To: Yolanda Quintero <yquintero77@gmail.com>
Subject: RE: my bill doubled
Content-Type: text/plain; charset="utf-8"

Dear Ms. Quintero,

Thank you for your patience. Our billing team confirmed the March read was an actual meter read.

Marcus Bell
Customer Care Specialist

From: Yolanda Quintero <yquintero77@gmail.com>
Sent: Monday, March 10, 2025 7:12 PM
To: care@ridgecrestpower.org
Subject: my bill doubled

My March bill shows 1,812 kWh. My account is 4-118-2093-55.
Yolanda Quintero
"""


def test_a_staff_reply_greeting_the_customer_by_title_above_her_message():
    result = found("reply.eml", REPLY, "message/rfc822")
    assert ("customer_name", "Ms. Quintero") in result
    assert "Marcus Bell" not in values_of(result, "customer_name")


MEMO = """MEMORANDUM
TO: City Manager   FROM: Utility Customer Service Manager Ines Farrow

Two complaints came through the Mayor's office. Darnell Farrow, who receives service at 2281 N. Sierra Vista Dr.,
questioned a January bill for 2,045 kWh; staff reviewed the interval data for account 4-207-3318-90 and found a
failed pool pump timer. Mr. Farrow agreed to the explanation and asked for budget billing; staff called
760-318-2290 on February 3 to confirm. Ms. Farrow will report on budget billing enrollments next month.
"""


def test_a_memo_names_its_customer_again_by_title_with_the_number_staff_called():
    memo = MEMO.replace("Manager Ines Farrow", "Manager Ines Pruitt").replace("Ms. Farrow", "Ms. Pruitt")
    result = found("memo.txt", memo, "text/plain")
    assert ("customer_name", "Mr. Farrow") in result
    assert ("phone", "760-318-2290") in result
    assert "Ms. Pruitt" not in values_of(result, "customer_name")


def test_a_title_and_surname_a_staff_member_shares_with_the_customer_is_left_alone():
    result = found("memo.txt", MEMO, "text/plain")
    assert not {"Ms. Farrow", "Ines Farrow"} & values_of(result, "customer_name")


def test_a_titled_name_in_a_memo_naming_no_customer_stays_silent():
    memo = """MEMORANDUM
Mr. Brandt presented the rate comparison to the Council. Ms. Lindqvist asked staff to return with options in May.
"""
    result = found("council_memo.txt", memo, "text/plain")
    assert not values_of(result, "customer_name")


VENDOR = """From: Priya Natarajan <priya.natarajan@gridwisedata.com>
To: Marcus Bell <mbell@ridgecrestpower.org>
Subject: Re: interval data
Content-Type: text/plain; charset="utf-8"

Marcus, the interval file for that service account is on the portal ticket.

Priya Natarajan
Account Director
Gridwise Data Services, LLC
1200 Harbor Dr, Suite 400, San Diego, CA 92101
O: (619) 555-0143 | priya.natarajan@gridwisedata.com
"""


def test_a_vendors_named_mailbox_in_the_header_is_the_firms_its_signature_names():
    result = found("vendor.eml", VENDOR, "message/rfc822")
    assert "priya.natarajan@gridwisedata.com" not in values_of(result, "email")
