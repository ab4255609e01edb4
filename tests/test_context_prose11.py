"""Red team 11's causes in running text (``detectors.context.prose``, ``letters``, ``persons``), end to end through
the extractor and every registry detector: case logs and call transcripts whose later lines carry the customer of
their first, callback notes, Hangul names, and streets named after a person under a staff member's signature.

Hard negatives are a city site's text: staff logs of public projects, meeting minutes, public hearing transcripts,
staff and officials' contacts, streets named after people.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- a street named after a person is no customer's name (cause 4) -------------------------------------------

def test_a_street_named_after_a_person_after_a_staff_signature_is_no_writer():
    result = found("letter.txt", "Dear Customer,\n\nThis confirms our account number is 5183-402-771 and the "
                   "arrangement we made.\n\nSincerely,\nDesmond Achterberg, Billing Services Manager\n\n"
                   "Cesar Chavez Jr. Avenue will be closed for paving in May.\n")
    assert "customer_name" not in result
    assert result.get("account_number") == ["5183-402-771"]


def test_a_street_after_a_generational_suffix_is_no_name():
    result = found("notice.txt", "Customer account 4410-228-913 is served at the transformer on Martin Luther "
                   "King Jr. Blvd. Crews will work there on Friday.\n")
    assert "customer_name" not in result


def test_a_customers_own_signature_under_a_letter_is_still_found():
    result = found("letter.txt", "To Whom It May Concern,\n\nMy account number is 7720-318-645 and my bill "
                   "doubled last month.\n\nSincerely,\nGerald Ostrowski Jr.\n")
    assert "Gerald Ostrowski Jr" in " ".join(result.get("customer_name", []))


# -- a customer's case carries its anchor to the lines after it (cause 1) -----------------------------------

CASE_LOG = """Case Log - Billing Advocate

03/02/2026 - Imelda Quiroga-Tran called about a disputed bill; acct 5521-730-118.
03/04/2026 - Field visit to 2217 Larkspur Terrace, Ventana Hills, CA 93510; meter read confirmed 2,884 kWh.
03/07/2026 - Left voicemail at 661-408-2273.
03/11/2026 - Case closed by Supervisor Ilse Brandauer.
"""


def test_the_dated_entries_after_a_customers_entry_are_the_customers_case():
    result = found("caselog.txt", CASE_LOG)
    assert result.get("customer_name") == ["Imelda Quiroga-Tran"]
    assert "2217 Larkspur Terrace" in " ".join(result.get("address", []))
    assert result.get("energy_usage") == ["2,884 kWh"]
    assert result.get("phone") == ["661-408-2273"]
    assert "Ilse Brandauer" not in " ".join(result.get("customer_name", []))


def test_the_dated_entries_of_a_bulleted_log_in_a_page():
    items = "".join(f"<li>{line}</li>" for line in CASE_LOG.splitlines()[2:] if line)
    result = found("log.html", f"<h2>Case Log</h2><ul>{items}</ul><p>The 900 block of Holt Ave had an outage.</p>")
    assert result.get("phone") == ["661-408-2273"]
    assert result.get("energy_usage") == ["2,884 kWh"]


def test_a_staff_log_of_a_public_project_is_no_case():
    result = found("projectlog.txt", "Project Log - Foothill Reservoir Upgrade\n\n"
                   "03/02/2026 - Contractor mobilized at 1450 N Reservoir Rd; project manager Teodor Plesh.\n"
                   "03/04/2026 - Inspection by Public Works; call the field office at 661-408-7700.\n"
                   "03/07/2026 - Pump station used 18,400 kWh during testing.\n")
    assert "phone" not in result and "customer_name" not in result and "address" not in result


def test_a_log_entry_naming_staff_gives_no_staff_phone_as_the_customers():
    result = found("caselog.txt", CASE_LOG.replace("Left voicemail at 661-408-2273.",
                                                   "Referred to Supervisor Ilse Brandauer at 661-408-7700."))
    assert "phone" not in result


CALL = """Call Review - Transcript Excerpt
Agent: Thanks for calling Ventana Hills Utilities. How can I help?
Caller: Hi, this is Ruperto Salvatierra. My bill doubled.
Agent: Can I have the account number?
Caller: Sure, it's 6602-914-357.
Agent: I see 3,318 kWh this month. Is there a good callback number?
Caller: Yes, 760.442.9186.
"""


def test_a_callers_answer_to_the_account_question_is_their_account():
    result = found("call.txt", CALL)
    assert result.get("account_number") == ["6602-914-357"]
    assert result.get("energy_usage") == ["3,318 kWh"]
    assert result.get("phone") == ["760.442.9186"]
    assert result.get("customer_name") == ["Ruperto Salvatierra"]


def test_a_public_hearing_transcript_is_no_call():
    result = found("hearing.txt", "Chair Dominguez: The hearing on the rate increase is open.\n"
                   "Commissioner Whitlow: What is the account number for the reserve fund?\n"
                   "Finance Director Sato: It's 4410-2281.\n"
                   "Chair Dominguez: The average home uses 540 kWh a month. Call the clerk at 661-408-7700.\n")
    assert result == {}


def test_a_later_paragraph_of_a_case_gives_the_customers_phone():
    result = found("decision.html", "<p>The appellant disputes the March bill for account 7104-662-385, which "
                   "recorded 2,410 kWh.</p><p>After the hearing the appellant asked that staff call (661) 733-5190 "
                   "rather than the landline on file.</p><p>Questions may be directed to Billing Manager Corinne "
                   "Hatfield at (661) 408-7700.</p>")
    assert result.get("phone") == ["(661) 733-5190"]


def test_a_notice_then_the_customer_later_calling_from_a_number():
    result = found("packet.txt", "NOTICE OF PENDING DISCONNECTION\nAccount: 3390-517-264\nAmount past due: "
                   "$410.20\n\nStaff attached this notice, sent to the customer above, to show the new layout. The\n"
                   "customer later called from (760) 284-6617 and service was kept on.\n")
    assert result.get("phone") == ["(760) 284-6617"]


def test_minutes_after_a_facilitys_account_give_no_phone():
    result = found("minutes.txt", "The Senior Center account 3390-517-264 was moved to the new rate.\n"
                   "The director asked that staff call (661) 408-7700 about the schedule.\n")
    assert "phone" not in result


def test_a_paragraph_after_a_labelled_record_goes_on_with_its_case():
    result = found("notice.html", "<p>Customer: Marisela Duvernay<br>Service Address: 4471 Quail Run Rd<br>"
                   "Account: 2208-611-459</p><p>The customer later called from (760) 915-3372 and service was kept "
                   "on.</p><p>For questions call the Billing Office at (661) 408-7700.</p>")
    assert result.get("phone") == ["(760) 915-3372"]


# -- a phone given for a person to be called back, or for a customer's relative (cause 3) -------------------

def test_a_person_to_be_called_back_at_their_number():
    result = found("note.txt", "Call back Rosalind Echeverry at (661) 274-9930 before the Thursday meeting.\n")
    assert result.get("customer_name") == ["Rosalind Echeverry"]
    assert result.get("phone") == ["(661) 274-9930"]


def test_a_customers_relative_reached_at_their_number():
    result = found("memo.txt", "Customer Ona Breckridge, acct 6180-447-925, 3310 Quail Hollow Rd - on oxygen; "
                   "reach her daughter at 805 447 1290 during outages.\n")
    assert result.get("phone") == ["805 447 1290"]


def test_call_customer_at_a_number_beside_their_record():
    result = found("ticket.txt", "Customer Lionel Abernathy. Call customer at (541) 330-7719 30 min ahead. "
                   "Acct No. 000512-4471-09\n")
    assert result.get("phone") == ["(541) 330-7719"]


def test_staff_and_officials_to_be_called_are_no_callbacks():
    result = found("contacts.html", "<p>Call Public Works Director Marisol Quintero at (661) 408-2341.</p>"
                   "<p>For permits, call back Senior Planner Dwight Ormsby at (661) 408-2290 after 2 pm.</p>"
                   "<p>Please call us back at (661) 408-7700.</p>"
                   "<p>Call back Councilmember Alma Tessaro at (661) 408-2205.</p>")
    assert result == {}


# -- Korean names in Hangul (cause 2) -------------------------------------------------------------------------

def test_a_hangul_applicant_in_a_dotted_record_with_an_account():
    result = found("deferral.html", "<pre>HARDSHIP DEFERRAL REQUEST\nApplicant .......... 한서윤\n"
                   "Contact phone ...... 541-602-7315\nPremise ............ 7720 SW Juniper Bluff Ave, Lava Springs, "
                   "OR 97739\nAcct No. ....... 228417-5530-04\nLast 12 mo. usage .. 2,213 kWh</pre>")
    assert result.get("customer_name") == ["한서윤"]
    assert result.get("phone") == ["541-602-7315"]
    assert "7720 SW Juniper Bluff Ave" in " ".join(result.get("address", []))
    assert "2,213 kWh" in result.get("energy_usage", [])


def test_a_hangul_name_under_a_korean_label_and_with_an_honorific():
    result = found("note.html", "<p>신청인: 오준서<br>전화: 541-602-8841<br>Acct: 3107-284-665</p>"
                   "<p>고객: 임하은님, acct 3107-284-990, 전화 541-602-1174</p>")
    assert sorted(result.get("customer_name", [])) == ["오준서", "임하은"]
    assert sorted(result.get("phone", [])) == ["541-602-1174", "541-602-8841"]


def test_a_hangul_name_alone_in_a_record_cell():
    result = found("list.html", "<table><tr><th>Customer Name</th><th>Service Address</th><th>Acct No.</th>"
                   "<th>Department</th></tr><tr><td>배도윤</td><td>3391 NE Cinder Way</td><td>338120-4419-02</td>"
                   "<td>Utility Billing</td></tr></table>")
    assert result.get("customer_name") == ["배도윤"]


def test_korean_words_and_staff_are_no_customer_names():
    result = found("ko.html", "<h2>요금과 직원</h2><table><tr><th>이름</th><th>부서</th><th>전화</th></tr>"
                   "<tr><td>김민수</td><td>요금과</td><td>(541) 382-4100</td></tr>"
                   "<tr><td>박서연</td><td>고객 서비스</td><td>(541) 382-4122</td></tr></table>"
                   "<p>서비스 신청: 주소와 이름을 입력하세요. 문의 (541) 382-4100</p>")
    assert result == {}


def test_a_korean_staff_contact_beside_a_customers_record_is_not_the_customers():
    result = found("ko.html", "<p>담당자: 정우진 과장, 전화 (541) 382-4190</p><p>신청인: 이지은<br>"
                   "전화: 541-382-7719<br>Acct: 5521-730-118</p>")
    assert result.get("customer_name") == ["이지은"]
    assert result.get("phone") == ["541-382-7719"]


def test_the_occupant_met_on_a_customers_case_and_their_number():
    result = found("incident.html", "<p>On 04/02/2026 Meter Tech Osvaldo Prieto found a jumper installed at 2290 "
                   "Tamarisk Loop. The account holder of record is Wilhelmina Achebe, account 7710-385-240.</p>"
                   "<p>The occupant identified himself as Dario Kessling and gave a phone number of (661) 584-2290. "
                   "Service was disconnected.</p>")
    assert "Dario Kessling" in result.get("customer_name", [])
    assert result.get("phone") == ["(661) 584-2290"]


def test_a_relative_the_appellant_gives_as_contact():
    result = found("decision.txt", "The appellant disputes the March bill for account 7104-662-385, which recorded "
                   "2,410 kWh.\n\nAfter the hearing the appellant asked that the decision be sent to her son, Matthias "
                   "Okonjo, and that staff call (661) 733-5190.\n\nQuestions may be directed to Billing Manager "
                   "Corinne Hatfield at (661) 408-7700.\n")
    assert result.get("customer_name") == ["Matthias Okonjo"]
    assert result.get("phone") == ["(661) 733-5190"]


def test_an_inspector_identifying_himself_is_no_case_person():
    result = found("incident.txt", "The account holder of record is Wilhelmina Achebe, account 7710-385-240.\n"
                   "A man identified himself as Code Enforcement Officer Lyle Brandt and gave his office number, "
                   "(661) 408-7750.\n")
    assert "Lyle Brandt" not in " ".join(result.get("customer_name", []))
    assert "phone" not in result


def test_the_callback_number_noted_in_a_letter_to_a_customer():
    result = found("letter.txt", "March 4, 2026\n\nMr. Teodoro Banerjee\n5120 Lark Meadow Dr\nVentana Hills, CA 93510\n\n"
                   "Dear Mr. Banerjee,\n\nThis letter confirms the payment arrangement for account number 4418-205-776. "
                   "If you need to change it, call us at (661) 408-7700; we have noted your preferred callback number "
                   "as 661.930.4482.\n\nSincerely,\nRenata Vukovic, Customer Service Supervisor\n\n"
                   "Martin Luther King Jr. Boulevard will be repaved in the fall.\n")
    assert result.get("phone") == ["661.930.4482"]
    assert "Martin Luther King Jr" not in " ".join(result.get("customer_name", []))


def test_a_facility_named_in_korean_is_no_customer():
    result = found("facility.txt", "Facility name: 정수장\nAccount: 3107-284-665\nService address: 400 Civic Center "
                   "Plaza\n")
    assert "customer_name" not in result


def test_the_list_a_customers_record_opens_is_their_case():
    result = found("notes.html", "<p>Ignatius Varga, acct 6640-218-553:</p><ul><li>Field visit to 3318 Heron Bay "
                   "Dr; meter read 1,877 kWh.</li><li>Left voicemail at 661-509-3318.</li>"
                   "<li>Escalated to the Billing Office, (661) 408-7700.</li><li>Referred to Supervisor Ilse "
                   "Brandauer at 661-408-7715.</li></ul>")
    assert result.get("phone") == ["661-509-3318"]
    assert result.get("energy_usage") == ["1,877 kWh"]
    assert "3318 Heron Bay Dr" in " ".join(result.get("address", []))


def test_a_list_under_a_line_without_an_identifier_is_no_case():
    result = found("project.html", "<p>Foothill Reservoir upgrade, contract C-2026-118:</p><ul><li>Crew at 1450 N "
                   "Reservoir Rd.</li><li>Inspector line 661-408-7790.</li></ul>")
    assert "phone" not in result and "address" not in result


def test_a_judges_title_inside_a_capitalised_run_marks_the_judge_an_official():
    result = found("decision.html", "<p>Administrative Law Judge Marguerite Oyelowo presiding. Appellant Ms. Ines "
                   "Carvalho, who receives service at 208 E Bonita Ave, disputes account 5521-480317-2.</p>")
    assert "Marguerite Oyelowo" not in " ".join(result.get("customer_name", []))
    assert not any("Judge" in name for name in result.get("customer_name", []))
    assert "Ms. Ines Carvalho" in result.get("customer_name", []) or "Ines Carvalho" in result.get("customer_name", [])


def test_a_surname_in_capitals_before_a_given_name_in_a_list_with_accounts():
    result = found("waitlist.html", "<ul><li>OKAFOR Marisol - 1460 W Phillips Blvd - acct 5521-330981-44</li>"
                   "<li>PARK Ji-hoon - 818 N Agave Way - acct 6610-420017-12</li>"
                   "<li>CITY Hall - 505 S Garey Ave - acct 5521-330981-45</li></ul>")
    assert sorted(result.get("customer_name", [])) == ["OKAFOR Marisol", "PARK Ji-hoon"]


def test_usage_after_a_lists_dash_that_follows_an_account_and_a_tiers_range_stays_public():
    result = found("waitlist.html", "<ul><li>OKAFOR Marisol - 1460 W Phillips Blvd - acct 5521-330981-44 - 1,927 kWh/yr"
                   "</li></ul><p>Customer Ines Carvalho, acct 5521-330981-45. Tier 1: 0 - 300 kWh; Tier 2: 301 - 600 "
                   "kWh.</p>")
    assert result.get("energy_usage") == ["1,927 kWh"]


def test_a_couple_after_mr_and_mrs_is_one_household_and_two_titled_people_stay_two():
    result = found("waitlist.html", "<ul><li>Mr. &amp; Mrs. Dale and Judy Okafor, 4417 W Ocotillo Rd, (775) 463-8812, "
                   "acct 3104-228815-02</li><li>Mr. Ruiz and Ms. Chen, acct 3104-228815-03, 818 N Agave Way</li></ul>")
    assert sorted(result.get("customer_name", [])) == ["Dale and Judy Okafor", "Mr. Ruiz", "Ms. Chen"]


def test_a_memos_customer_paragraphs_beside_a_questions_line_with_a_city_mailbox():
    """An official's card is the short lines around a government mailbox, not a memo's long paragraphs."""
    body = ("MEMO - Medical Baseline Customers, PSPS Event of October 7\n\n"
            "TO: Field Services Lead Ana Ruiz. FROM: Customer Service Supervisor Dale Ortiz. Please make door-to-door "
            "contact with the following customers before de-energizing Circuit 12.\n\n"
            "Quoc E. Tran at 3337 1/2 Calle Arroyo Ct. in Lakeview - home dialysis; reach her son at 530-327-6016; "
            "last month's use was 1,506 kilowatt hours.\n\n"
            "Questions may be directed to Assistant City Attorney Benedict Sandoval at (805) 710-4400 or "
            "billing@lakeview.gov.\n")
    result = found("memo.txt", body)
    assert result.get("phone") == ["530-327-6016"] and result.get("customer_name") == ["Quoc E. Tran"]


def test_a_billing_number_in_brackets_after_a_customers_name_in_a_field_note():
    result = found("notes.html", "<p>OKAFOR, CHINONSO (ABMU6729371) - tech found tampered seal at 412 Tupelo Ln; "
                   "consumption 2,140 kWh last cycle. Cust reached on (912) 419-6286.</p>"
                   "<p>ELLISON, TAMIKA (79 741237 85) - tech found tampered seal at 19 Marsh Hen Ln; consumption "
                   "1,322 kWh last cycle.</p><p>Customer Ana Ruiz (PO45001234) at 88 Live Oak Ct used 1,200 kWh.</p>")
    assert result.get("account_number") == ["ABMU6729371", "79 741237 85"]


def test_a_shut_off_hearings_record_names_the_appellant_who_answers_by_title_and_surname():
    record = ("SHUT-OFF HEARING RECORD\n"
              "HEARING OFFICER KOWALCZYK: We are on the record for hearing 26-SH-41. Please state your name and "
              "service address.\n"
              "MS. OKAFOR: Marisol Okafor. I live at 145 Whitman Ave Upper, here in Lakeview.\n"
              "HEARING OFFICER KOWALCZYK: And the account number on the notice?\n"
              "MR. OKAFOR: It's 59-278235-07.\n"
              "HEARING OFFICER KOWALCZYK: The record shows 2,948 kWh in October. Is there a good number to reach you?\n"
              "MS. OKAFOR: My cell, 414-629-6240.\n")
    result = found("hearing.txt", record)
    assert result == {"customer_name": ["Marisol Okafor"], "address": ["145 Whitman Ave Upper"],
                      "account_number": ["59-278235-07"], "energy_usage": ["2,948 kWh"], "phone": ["414-629-6240"]}
    hearing = ("PUBLIC HEARING - TRANSCRIPT EXCERPT\nCHAIR NOWAK: Please state your name for the record.\n"
               "MR. HALVERSON: Dale Halverson, Public Works Director. The project at 200 N Main St is on schedule.\n"
               "CHAIR NOWAK: Thank you.\n")
    assert "customer_name" not in found("hearing2.txt", hearing)


def test_a_couple_after_mr_and_mrs_with_given_names_no_list_holds():
    result = found("waitlist.html", "<ul><li>Mr. &amp; Mrs. Oluwaseun and Baljiwan Okafor, 4410 Tupelo Ln, Water Account "
                   "W-2251715, cell (912) 419-6286</li></ul>")
    assert result.get("customer_name") == ["Oluwaseun and Baljiwan Okafor"]
