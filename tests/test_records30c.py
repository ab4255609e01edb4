"""Customer-service records in a public records bundle (round 30, red team records30, third helper): an e-mail from a
person's own mailbox about their own bill, signed with their name over their home address and phone; an HTML e-mail
whose account number stands in a table (read as a record, no running text), its writer named in the "From:" line;
a call-centre note opening with a person who e-mailed from their own mailbox, and a landlord's inquiry about a
tenant's bill naming the tenant, with the tenant's usage "per CIS"; a call note's "res avg" is a class's average.

Hard negatives: a member of staff's signature (title, City Hall, the City's phone), a vendor's signature under its
firm's line, a reporter's signature, a vendor's note in the case log, the landlord's own phone in the inquiry, the
residential average in the note.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.ridgecrestpower.org"


def found(name: str, body: str, content_type: str | None = None) -> set:
    return pairs_found(f"{SITE}/records/{name}", body, content_type)


SIGNED_AT_HOME = """From: Lorraine Okafor <lorraine.okafor@yahoo.com>
To: RPA Customer Care <care@ridgecrestpower.org>
Subject: Why is there a new line on my bill?
Date: Tue, 04 Mar 2025 08:40:00 -0800
Content-Type: text/plain; charset="utf-8"

Hello, there is a generation charge on my bill this month I do not understand. I'm retired and watch every dollar.

Thank you,
Lorraine Okafor
2219 W. Las Flores Ave.
Ridgecrest, CA 93555
(760) 446-2918
"""


def test_a_customers_email_signed_with_her_home_and_phone_is_her_record():
    result = found("okafor.eml", SIGNED_AT_HOME, "message/rfc822")
    assert ("customer_name", "Lorraine Okafor") in result
    assert ("address", "2219 W. Las Flores Ave.") in result
    assert ("phone", "(760) 446-2918") in result


STAFF_SIGNED = """From: Hector Lindqvist <hlindqvist@ridgecrestpower.org>
To: Lorraine Okafor <lorraine.okafor@yahoo.com>
Subject: Re: Why is there a new line on my bill?
Date: Tue, 04 Mar 2025 10:02:00 -0800
Content-Type: text/plain; charset="utf-8"

Hi Ms. Okafor, the generation charge replaces the one your old bill showed, so my bill review found no error.

Thanks,
Hector Lindqvist
Customer Care Supervisor
100 W. California Ave.
Ridgecrest, CA 93555
(760) 499-5000
"""

VENDOR_SIGNED = """From: Priya Natarajan <priya@highdesertsolar.com>
To: RPA Interconnection <interconnect@ridgecrestpower.org>
Subject: Question on my billing of the interconnection fee
Date: Wed, 05 Mar 2025 13:15:00 -0800
Content-Type: text/plain; charset="utf-8"

Our team was charged twice on my account with you for the application fee. Can you check?

Thanks,
Priya Natarajan
High Desert Solar Inc.
411 N. China Lake Blvd.
Ridgecrest, CA 93555
(760) 375-2210
"""

REPORTER_SIGNED = """From: Cal Whitford <cal.whitford@gmail.com>
To: RPA Communications <media@ridgecrestpower.org>
Subject: Rate story
Date: Thu, 06 Mar 2025 09:00:00 -0800
Content-Type: text/plain; charset="utf-8"

I am writing a story on the new rates for Friday's paper and would like a comment from the general manager.

Thanks,
Cal Whitford
Daily Independent
224 E. Ridgecrest Blvd.
Ridgecrest, CA 93555
(760) 375-4481
"""


def test_staff_vendor_and_reporter_signatures_give_nothing():
    staff = found("staff.eml", STAFF_SIGNED, "message/rfc822")
    assert ("customer_name", "Hector Lindqvist") not in staff
    assert "(760) 499-5000" not in values_of(staff, "phone")
    vendor = found("vendor.eml", VENDOR_SIGNED, "message/rfc822")
    assert not values_of(vendor, "address") and not values_of(vendor, "phone")
    reporter = found("reporter.eml", REPORTER_SIGNED, "message/rfc822")
    assert ("customer_name", "Cal Whitford") not in reporter
    assert not values_of(reporter, "address") and not values_of(reporter, "phone")


HTML_ONLY = """From: Desmond Achterberg <d.achterberg@outlook.com>
To: RPA Customer Care <care@ridgecrestpower.org>
Subject: Billing address
Date: Fri, 07 Mar 2025 11:20:00 -0800
Content-Type: text/html; charset="utf-8"

<html><body><p>Hello,</p><p>Please send my bill to my new mailing address. The service stays at
<b>1640 Sydnor Ave, Unit 7</b> (service address).</p><table border=1><tr><td>Account number</td><td>4-218-3307-52</td></tr>
<tr><td>Phone</td><td>760-384-2271</td></tr></table><p>Regards,<br>Desmond Achterberg</p></body></html>
"""


def test_an_html_emails_writer_is_named_when_its_table_gives_the_account():
    result = found("achterberg.eml", HTML_ONLY, "message/rfc822")
    assert ("customer_name", "Desmond Achterberg") in result
    assert ("address", "1640 Sydnor Ave, Unit 7") in result
    assert ("account_number", "4-218-3307-52") in result


CASE_NOTES = """Case ID,Opened,Agent,Channel,Category,Case Notes
2025-30411,03/03/2025 09:12,MROSS,Email,Rate question,"Imelda Castellanos emailed from icastellanos71@hotmail.com, says usage climbed to 1,486 kWh in feb after a new heat pump. Explained TOU, res avg is ~540 kwh. cb 760.371.8824."
2025-30418,03/03/2025 13:40,MROSS,Phone,Third party,"Landlord inquiry: Mesa Crest Rentals (760) 446-7730 re tenant's bill at 902 Inyo St Apt. 4B; tenant Wendell Abernathy must call himself. No acct info given. (tenant's Feb usage 1,112kWh per CIS - not given out)"
2025-30422,03/04/2025 10:05,TNGUYEN,Email,Interconnection,"Rafael Ostrowski emailed from rafael@sierrasunpower.com re interconnection app status for a commercial job; fwd to engineering."
"""


def test_call_notes_naming_a_writer_from_their_own_mailbox_and_a_landlords_tenant():
    result = found("case_notes.csv", CASE_NOTES, "text/csv")
    assert ("customer_name", "Imelda Castellanos") in result
    assert ("email", "icastellanos71@hotmail.com") in result
    assert ("energy_usage", "1,486 kWh") in result
    assert ("phone", "760.371.8824") in result
    assert "540 kwh" not in values_of(result, "energy_usage")  # a residential average
    assert ("customer_name", "Wendell Abernathy") in result
    assert ("address", "902 Inyo St Apt. 4B") in result
    assert ("energy_usage", "1,112kWh") in result
    assert "(760) 446-7730" not in values_of(result, "phone")  # the landlord's own
    assert ("customer_name", "Rafael Ostrowski") not in result  # a vendor writing from its firm's mailbox
