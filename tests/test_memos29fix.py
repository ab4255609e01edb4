"""Internal memos written as prose (red team memos29): call notes, escalation summaries and exception logs that
tell each customer's case in running text.

Found:
- a case in a hard-wrapped plain-text export, whose sentence ends at a line's end ("... 4410 Alder Way Apt." /
  "3 asking ...") or whose last line gives the contact on file;
- a customer named right after a date's day ("On April 9 Mr. Okafor of ...");
- a total after a rate of use over a period ("averaged 41 kWh a day over the last cycle, 1,271 kWh in total").

Hard negatives (not reported):
- the staff member who escalated a case or took it over, named with their desk extension ("Escalated by NAME (ext.
  4471): CUSTOMER, SA # ...", "escalations to NAME x2318");
- a firm's or an assistance program's number in the bracket after its name, inside a customer's paragraph (the
  installer's office, the utility assistance program the customer was referred to);
- the City's IVR line in a huddle note's bullet above the customers' follow-up items;
- the address of the physician's practice that certified a medical baseline customer;
- a threshold figure right after "over" ("homes using over 1,000 kWh");
- a public commenter's line in a PDF's minutes above a paragraph of program totals: a PDF's lines are set in
  proportional type, so their lengths tell no wrap and the commenter's sentence ends with its line.
"""
from __future__ import annotations

import textwrap

from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors, values_found

_CATEGORIES = ("customer_name", "address", "phone", "energy_usage", "account_number")


def _found(text: str, name: str = "notes.txt") -> dict[str, list[str]]:
    return values_found(name, text, _CATEGORIES)


def test_staff_who_escalated_a_case_is_no_customer():
    found = _found("Escalated by Marisol Quintero (ext. 4471): Dmitri Volkov, SA # 3-118-4420-19, 882 W. Pearl St. "
                   "The customer was promised a callback that never came; please call him at (626) 555-0182.\n")
    assert "Dmitri Volkov" in found["customer_name"]
    assert not any("Quintero" in name for name in found["customer_name"])
    assert "(626) 555-0182" in found["phone"]


def test_staff_named_with_an_extension_in_a_huddle_note():
    found = _found("Team huddle 4/2\n\n"
                   "- calls mon 540, AHT 6:55, abandon 5%  (IVR (909) 620-3707)\n"
                   "- Kim out tues, escalations to Rosalind Achebe x2318\n\n"
                   "follow-ups:\n"
                   "  * Obuya, Grace / 0004418823 / 615 W. Ninth St / 1,204kwh mar - wants callback (951) 555-0117\n")
    assert found["customer_name"] == ["Obuya, Grace"]
    assert found["phone"] == ["(951) 555-0117"]  # not the City's IVR line in the bullet above


def test_installers_office_in_brackets_is_the_firms():
    found = _found("Ngozi Eze's installer, Brightline Solar Co. (410 Orchard Way, Suite 12, Upland, CA 91786; "
                   "(626) 555-0148), filed the interconnection under the wrong meter. The customer at 77 Ridge St "
                   "was billed as a non-solar account for four months (1,840 kWh imported).\n")
    assert "(626) 555-0148" not in found.get("phone", [])
    assert "77 Ridge St" in found["address"]


def test_assistance_programs_line_in_a_customers_case():
    found = _found("Ramona Vidal called from 714-555-0163 about two past-due bills. Acct P5120448. Set up an "
                   "arrangement and referred her to the Catholic Charities energy assistance program ((909) 555-0199).\n")
    assert found["phone"] == ["714-555-0163"]
    assert "Ramona Vidal" in found["customer_name"]


def test_a_bracketed_number_after_the_customers_name_stays_theirs():
    found = _found("Mrs. Abara (909 555 0144) applied with an ITIN; her service account 3-604-1187-20 needs a "
                   "deposit waiver.\n")
    assert found["phone"] == ["909 555 0144"]


def test_certifying_physicians_practice_is_no_home():
    found = _found("Mr. Lindqvist at 2231 N. Towne Ave requested a medical baseline allowance for his wife's "
                   "concentrator. The certifying physician, Dr. Helena Maro, Foothill Family Medicine, 1290 E. Arrow "
                   "Hwy., signed the form on May 3. PCE customer no. 700-412-338-105; usage was 1,540 kWh.\n")
    assert found["address"] == ["2231 N. Towne Ave"]


def test_name_after_a_dates_day():
    found = _found("On April 9 Mr. Okafor of 2210 Laurel Ave called about a disconnection notice; his service "
                   "account 4-220-7781-30 is two months behind.\n")
    assert "Mr. Okafor" in found["customer_name"]
    assert "2210 Laurel Ave" in found["address"]


def test_hard_wrapped_case_notes_are_one_case_each():
    cases = ["1. Apr. 3 - voicemail from Mrs. Halvorsen at 4410 Birchwood Way Apt. 3 asking why her payment plan "
             "was cancelled. Called back on 626 555 0139, no answer. SA 7003 2256 1187. Usage this cycle 1,122 kWh; "
             "the month before 987 kWh.",
             "2. The meter reader reported (WO-551203) that Oscar Lindgren, 318 W. Center St, had a locked gate "
             "again; the account, 6-12-408-3391, was estimated for the third month in a row and he disputes the "
             "bill. Contact on file: (951) 555-0126."]
    text = ("CUSTOMER CARE - callback notes (plain-text export)\nCompiled by Tomas Brandt, Analyst\n\n"
            + "\n\n".join(textwrap.fill(case, 68) for case in cases)
            + "\n\nSupervisor review on 4/8. Questions: (909) 620-3707.\n")
    assert "Apt.\n3 asking" in text and "bill.\nContact" in text  # the sentences the wrap ends at a line's end
    found = _found(text)
    assert {"Mrs. Halvorsen", "Oscar Lindgren"} <= set(found["customer_name"])
    assert "(951) 555-0126" in found["phone"]
    assert {"1,122 kWh", "987 kWh"} <= set(found["energy_usage"])
    assert "(909) 620-3707" not in found["phone"]


def test_short_lines_of_a_list_are_not_a_wrapped_paragraph():
    text = ("Open items\n"
            "Rate case workshop moved to May 6.\n"
            "Caller Luis Ferrante asked about account 3-881-0042-17.\n"
            "Vendor lab line (626) 555-0177 for meter tests.\n")
    assert "(626) 555-0177" not in _found(text).get("phone", [])


def test_total_after_a_daily_average_over_the_cycle():
    found = _found("Mr. Castellanos requested a medical baseline exception. PCE customer no. 700-218-445-902; usage "
                   "averaged 41 kWh a day over the last cycle, 1,271 kWh in total.\n")
    assert {"41 kWh", "1,271 kWh"} <= set(found["energy_usage"])


def test_threshold_after_over_is_no_ones_usage():
    found = _found("Homes using over 1,000 kWh a month qualify for a free audit; the program served 1,912 homes.\n")
    assert not found.get("energy_usage")


def test_a_commenters_line_in_pdf_minutes_does_not_run_into_the_next_paragraph():
    lines = ["Mayor Ortega called the meeting to order at 6:00 p.m. and led the Pledge of Allegiance.",
             "Renata Szabo, a resident of District 4, spoke regarding the downtown parking structure.",
             "Irwin Castaneda, a resident of District 1, spoke regarding the cannabis retail ordinance.",
             "Utilities procured 201,460 MWh of renewable energy in calendar year 2023, representing 48% of",
             "its retail load. The City's share of the regional joint procurement for the year was 118,204",
             "MWh of resource adequacy capacity. Budget Amendment No. 2025-31 transfers $4,120,000 from"]
    document = Document("https://www.cityofalderbrook.gov/minutes/2025-02-03.pdf", "application/pdf",
                        [Segment(text, Location(page=7, line=n)) for n, text in enumerate(lines, start=1)])
    found = {(f.category, f.value) for f in scan_document(document, _all_detectors())}
    assert not found
