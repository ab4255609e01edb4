"""Customers written about in prose in a city's case documents (red team prose35, part c).

- A sentence a hard wrap or a PDF's line break cuts is one sentence: the second customer it names beside the first's
  account ("The bill of NAME (acct ...) was" / "mailed to NAME at ADDR, who ..."), or the customer whose statement
  another customer received ("... contained the statement of" / "NAME, SCE account ..."), is kept as the same sentence
  in one paragraph would be. Hard negatives: the report's author and the vendor in the header lines above, a staff
  member named in the next sentence, a manager in the wrapped line, the mail carrier in the same sentence.
- An account's holder whose name a PDF's line break cuts before their home ("held by Helen" / "Asamoah at 2195 ...",
  "delivered to Ira" / "R. Rajasa at 1779 ..."). Hard negative: a staff member's name cut the same way, no home after.
- The customer's phone where the text says it is theirs though a program or staff stands in the sentence: "Staff
  called the household at ...", ten bare digits after "telephone number of" or "cell,", a hearing's "Appellant
  provided a contact telephone number of ...". Hard negatives: staff's own extension, a business caller's number.
- A customer the minutes name by title and initial only ("Mr. G. has been difficult to reach. He asked to be
  contacted at ..."; "His account is ..."). Hard negative: the staff contact line after it.
- The CCA's own account form in one group ("PCE-41730968") in a line that names a customer or their home. Hard
  negatives: a notice's dated number, a rebate application's number under the same letters.
- An Irish surname whose h stands before a capital vowel after "Ó", "Ní" or "Uí" ("Ó hEanna") is one name.
- A customer whom the sentence with their account names by title and surname only, whose full name the minutes or
  the report wrote before, in a list of the open cases with each customer's home: the full name as first written and
  its home, and the other customers that list gives with their homes. Hard negatives: a committee member, a
  supervisor and a council member of the same or another surname, a speaker at public comment, the meeting's venue.
"""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.cityofpomona.example.gov/pce"

_INCIDENT = """\
POMONA CHOICE ENERGY - MAILING INCIDENT SUMMARY
===============================================

Prepared by: Wilhelmina Stroud, Records analyst
Print vendor: Sunmark Direct Mail, 880 E. Mission Blvd, Pomona, CA 91766, (909) 555-0114

WHAT HAPPENED
-------------

On March 3, 2025 a run of 51 true-up statements was folded into envelopes meant for
other households after the vendor's folding machine skipped a sheet. Carrier Dwight
Ames noticed the bulge in one envelope and returned it to the post office.

CUSTOMERS AFFECTED
------------------

The statement of Bartholomew Quince (Service Account 3-771-2045-18, 410 W. Center
St.) was delivered to Oksana Vereshchak at 2215 N Towne Ave, who phoned from (626)
555-0190 and handed the statement back at the counter. Supervisor Hollis Grant met her
there.

Another customer, Pita Havili, wrote by e-mail (pita.havili@outlook.com) that the
envelope he opened held the statement of Marguerite Lindqvist-Obi, SCE account
700-318-552-904, with yearly use of 3,120 kWh.
"""


def test_a_second_customer_in_a_sentence_a_hard_wrap_cuts_is_reported():
    found = pairs_found(f"{_SITE}/incident.txt", _INCIDENT)
    names = values_of(found, "customer_name")
    assert {"Bartholomew Quince", "Oksana Vereshchak", "Marguerite Lindqvist-Obi"} <= names
    assert any(a.startswith("2215 N Towne Ave") for a in values_of(found, "address"))
    # the report's author, the vendor's office, the mail carrier and the supervisor are named on purpose
    assert not {n for n in names if any(w in n for w in ("Stroud", "Sunmark", "Ames", "Hollis", "Grant"))}
    assert not any("Mission" in a for a in values_of(found, "address"))


_WRAPPED_STAFF = """\
AUDIT FINDING 4
---------------

One credit of $812.40 was posted to account 2-58-310-7744 of the home at 1620 W. Holt
Ave. by the Billing Specialist on duty that day, and it was approved by Division
Manager Corliss Ebbesen without a second review. The same file was reviewed by
Auditor Renata Szalai in May.
"""


def test_staff_named_in_the_wrapped_lines_of_an_account_s_paragraph_are_not_reported():
    found = pairs_found(f"{_SITE}/audit.txt", _WRAPPED_STAFF)
    names = values_of(found, "customer_name")
    assert not {n for n in names if any(w in n for w in ("Corliss", "Ebbesen", "Renata", "Szalai"))}


_MINUTES = """\
POMONA CHOICE ENERGY RATEPAYER ADVISORY COMMITTEE
Minutes of the Regular Meeting of September 9, 2025

Chair Leopold Marchetti called the meeting to order at 6:00 p.m. in the Council Chamber,
505 S. Garey Avenue. Members present: Imelda Okonkwo-Park, Rafferty Osei and Dagny
Halvorsen.

1. Public Comment
Yusuf Demirci spoke in favor of a rooftop solar workshop for apartment renters.

2. Open Billing Complaints
Billing Supervisor Theodora Vance reported on four complaints still open. They involve
Ngozi Okafor (1423 W. Holt Avenue), Lior Ben-Ami (88 E. Pearl Street) and Sunniva
Halvorsen (3370 N. Towne Avenue).
Ms. Okafor's account (3-604-1177-20) was billed twice for the August period; her bill
showed 1,412 kWh.
Mr. Ben-Ami, whose July usage was 987 kWh, disputes a meter test. His service account is
8-301-442-617.
Member Osei asked whether other customers were affected. Council Member Winifred Abara
thanked staff.
"""


def test_a_customer_named_by_title_is_reported_by_the_full_name_written_before_with_the_list_s_homes():
    found = pairs_found(f"{_SITE}/minutes.txt", _MINUTES)
    names = values_of(found, "customer_name")
    assert {"Ngozi Okafor", "Lior Ben-Ami"} <= names
    assert {"Sunniva", "Halvorsen"} <= names or "Sunniva Halvorsen" in names  # a line break cuts the third
    addresses = values_of(found, "address")
    for street in ("1423 W. Holt Avenue", "88 E. Pearl Street", "3370 N. Towne Avenue"):
        assert any(a.startswith(street) for a in addresses)
    # the chair, the members (one of them shares a customer's surname), the speaker, the supervisor, the council
    # member and the meeting's venue are public
    assert not {n for n in names if any(w in n for w in (
        "Marchetti", "Imelda", "Okonkwo", "Rafferty", "Dagny", "Demirci", "Theodora", "Vance", "Winifred", "Abara"))}
    assert not any("Garey" in a for a in addresses)


_MINUTES_NO_FULL_NAME = """\
Minutes of the Regular Meeting of October 14, 2025

Members present: Ines Okafor, Rafferty Osei and Dagny Halvorsen. Chair Leopold Marchetti presided.

Customer Care Manager Evander Quist described one open complaint. Ms. Okafor's account (3-604-1177-20) was billed
twice for the August period; her bill showed 1,412 kWh.
"""


def test_a_committee_member_of_the_same_surname_is_not_the_customer_s_full_name():
    found = pairs_found(f"{_SITE}/minutes-oct.txt", _MINUTES_NO_FULL_NAME)
    names = values_of(found, "customer_name")
    assert "Ms. Okafor" in names
    assert not {n for n in names if "Ines" in n or "Evander" in n or "Quist" in n}


def test_an_account_holder_whose_name_a_pdf_line_break_cuts_before_their_home_is_reported():
    body = lines_pdf([
        "FINDING 2: Credit entered by the same representative",
        "In one case a credit of $944.10 was posted to account 3-418-2276-05, held by Ottoline",
        "Brasch at 1918 W. Mission Blvd., by the representative who also took the dispute. The",
        "statement for account 8-271-604-339 was mailed to Casimir",
        "T. Lewandowski at 517 E. Kingsley Ave. in error. The review was led by Auditor Fenwick",
        "Oyelowo, who reports to the Finance Director.",
    ])
    found = pairs_found(f"{_SITE}/audit-2.pdf", body)
    names = values_of(found, "customer_name")
    assert "Ottoline Brasch" in names or {"Ottoline", "Brasch"} <= names  # the line's halves, as one or two
    assert "Casimir T. Lewandowski" in names or {"Casimir", "T. Lewandowski"} <= names
    addresses = values_of(found, "address")
    assert any(a.startswith("1918 W. Mission Blvd") for a in addresses)
    assert any(a.startswith("517 E. Kingsley Ave") for a in addresses)
    assert not {n for n in names if "Fenwick" in n or "Oyelowo" in n}


_BOARD_CASES = """Case 2025-114
The Fonoti household at 2741 N. Gibbs Street reported a bill of 2,236 kWh for a small apartment. Staff called the household at 9096310482 and set up a free energy check through the Home Upgrade program. Mrs. Fonoti's cell, 9095527730, is the best number for the family.
Status: open. Staff contact: Program Specialist Delphine Arkwright, (909) 620-2412.

Case 2025-118
A caller from Harbinger Roofing Co., (626) 555-0177, asked whether the firm could join the solar rebate list.
Status: referred to the program team.
"""


def test_staff_calling_the_household_and_a_cell_in_bare_digits_are_the_customer_s_phones():
    found = pairs_found(f"{_SITE}/board-cases.txt", _BOARD_CASES)
    phones = values_of(found, "phone")
    assert {"9096310482", "9095527730"} <= phones
    # the program specialist's City line and a roofing firm's caller are public
    assert not {p for p in phones if "2412" in p or "0177" in p}
    assert not {n for n in values_of(found, "customer_name") if "Delphine" in n or "Arkwright" in n}


_DECISION = """In the Matter of the Billing Appeal of:

TAUMALOLO, SIONE

                    Appellant.

Case No. HO-2025-031

1. Appellant is the customer of record under SCE Service Account No. 3-227-5190-44.
2. Appellant provided a contact telephone number of 9094418826 and an e-mail address of staumalolo@gmail.com for
service of this decision.
3. The utility was represented by Billing Supervisor Marisol Okeke, who may be reached at (909) 620-2277.
"""


def test_a_hearing_s_appellant_provided_a_contact_number_in_bare_digits():
    found = pairs_found(f"{_SITE}/decision-31.txt", _DECISION)
    phones = values_of(found, "phone")
    assert "9094418826" in phones
    assert not {p for p in phones if "2277" in p}


_INITIALLED = """2. Open Escalations
Customer Care Supervisor Augustin Ferreira-Lund reported two open escalations. Ms. R. has been difficult to
reach. She asked to be contacted at 626.318.4471 after 5 p.m.; staff has left two messages. Her account is
2-19-774-0635.
Staff contact for the committee: 909.620.2386.
"""


def test_a_customer_named_by_title_and_initial_has_the_contact_number_the_paragraph_gives():
    found = pairs_found(f"{_SITE}/committee.txt", _INITIALLED)
    phones = values_of(found, "phone")
    assert "626.318.4471" in phones
    assert not {p for p in phones if "2386" in p}
    assert not {n for n in values_of(found, "customer_name") if "Augustin" in n or "Ferreira" in n}


def test_the_mail_carrier_named_in_the_sentence_with_the_account_is_not_a_customer():
    body = lines_pdf([
        "The statement of Philippa Oduya (3-507-2281-64, 918 W. Fourth St.) was handed back by the",
        "letter carrier, Anselm Drury, who saw that it had gone to the wrong house. The statement of",
        "Konstantin Reyes-Bayo (8-440-927-615) was returned by Torben Lisle, our route carrier.",
    ])
    found = pairs_found(f"{_SITE}/incident-2.pdf", body)
    names = values_of(found, "customer_name")
    assert {"Philippa Oduya", "Konstantin Reyes-Bayo"} <= names
    assert not {n for n in names if any(w in n for w in ("Anselm", "Drury", "Torben", "Lisle"))}


def test_an_irish_surname_with_its_h_before_a_vowel_is_read_whole():
    text = ("Another customer, Saoirse Ó hUallacháin, wrote by e-mail (saoirse.ou@eircom.example.net) that the envelope "
            "she opened held the statement of Dermot Ní Bhraonáin-Keogh, account 3-660-4125-09, with yearly use of "
            "2,640 kWh.")
    names = values_of(pairs_found(f"{_SITE}/incident-3.txt", text), "customer_name")
    assert "Saoirse Ó hUallacháin" in names


def test_the_cca_s_own_account_form_in_one_group_beside_a_customer_is_an_account():
    text = ("The statement of Wenonah Castellanos (PCE-41730968, 2284 W. Ninth Street) was delivered to a neighbor. "
            "The account number she read to me, PCE-52098117, matched the premises at 1630 E. Kingsley Avenue.")
    accounts = values_of(pairs_found(f"{_SITE}/incident-4.txt", text), "account_number")
    assert {"PCE-41730968", "PCE-52098117"} <= accounts


def test_a_notice_s_dated_number_under_the_cca_s_letters_is_no_account():
    text = ("Notice PCE-20250314 was posted at 1630 E. Kingsley Avenue by Field Representative Oren Babbitt. "
            "Rebate application PCE-40021177 for the home at 2284 W. Ninth Street is pending.")
    assert not values_of(pairs_found(f"{_SITE}/notices.txt", text), "account_number")
