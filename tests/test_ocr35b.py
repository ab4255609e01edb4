"""Text as OCR reads it off scanned bills and forms (red team ocr34, round 35b); many text PDFs read the same way.

- A statement's "Customer | Account number" block: the name and account on one row, the street and city lines under
  the name. OCR gives a line's words as one phrase, so a phrase under a name is the rest of the name's cell only when
  its first word would not have fitted after it; the street and city lines are the customer's address, the usage
  lines ("Total electricity used this period 1,206 kWh", "On-peak 103 kWh_ Off-peak 245 kWh") their usage and staff's
  note on the copy ("cust. says call back at ...") their phone.
- A form's "Co-applicant / spouse:" names a member of the customer's household; an SSN-anchored form's footer
  ("Customer Service hours:") leaves its phone and e-mail the customer's.
- A brace OCR reads for a parenthesis ("(951} 876-3328", "usage (from bill}:") is one again.
- Boxed captions with what OCR reads off the boxes' sides ('"||', "7)", "_") still label the values under them.

Hard negatives: a sample bill on a "how to read your bill" page, the utility's own customer-service block, a rate
table of on-peak and off-peak kWh by rate class, a City notice, a permit's co-applicant, a staff card's hours.
"""
from __future__ import annotations

from crawler.extract.layout import Word, captioned_boxes, lines_of
from crawler.extract.ocr import brackets_mended
from detectors.context.headers import header_kind
from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors


def _scanned(lines: list[str], url: str = "https://www.pomonaca.gov/docs/scan_0311.pdf") -> set[tuple[str, str]]:
    """(category, value) found in a scanned page whose OCR read ``lines``, one segment a line as extraction adds them."""
    document = Document(url=url, content_type="application/pdf",
                        segments=[Segment(text, Location(page=1, line=k, ocr=True)) for k, text in enumerate(lines, 1)])
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


def _phrase(text: str, x0: float, y0: float, x1: float, y1: float) -> Word:
    """One phrase as OCR gives it (``ocr._line_high``): a line's words set closer than a column gap, one Word."""
    return Word(text, x0, y0, x1, y1)


# -- a statement's customer block ----------------------------------------------------------------------------------

def test_an_address_phrase_under_a_name_is_its_own_line_not_the_rest_of_the_name():
    runs = [[_phrase("AUG-21-2024 09:14", 166, 3215, 491, 3237), _phrase("FROM:POMONA CHOICE ENERGY", 535, 3215, 1010, 3237),
             _phrase("909 620 2241", 1052, 3215, 1279, 3237), _phrase("TO:4471902", 1378, 3215, 1567, 3237),
             _phrase("P.002/003", 1686, 3215, 1855, 3239)],
            [_phrase("POMONA CHOICE ENERGY | Your Electricity Statement", 190, 3077, 1743, 3131)],
            [_phrase("Customer", 168, 2913, 304, 2937), _phrase("Account number", 1249, 2913, 1480, 2937)],
            [_phrase("HALVARD OYE", 168, 2859, 462, 2889), _phrase("800051172604", 1250, 2859, 1540, 2889)],
            [_phrase("4127 W. CORTEZ AVENUE", 168, 2799, 606, 2827)],
            [_phrase("POMONA, CA 91768", 170, 2739, 540, 2773)],
            [_phrase("Service period 6/05/24 - 8/06/24", 168, 2651, 677, 2685),
             _phrase("Rate TOU-D-PRIME-4", 731, 2651, 1129, 2685), _phrase("PCE Basic Choice", 1165, 2651, 1454, 2685)],
            [_phrase("Total electricity used this period", 167, 2573, 720, 2611), _phrase("932 kWh", 1419, 2573, 1628, 2611)],
            [_phrase("On-peak 188 kWh Off-peak 744 kWh", 188, 2511, 794, 2545)],
            [_phrase("PCE generation charges", 170, 2425, 600, 2465), _phrase("$118.40", 1418, 2425, 1536, 2465)],
            [_phrase("SCE delivery charges", 168, 2367, 548, 2407), _phrase("$61.02", 1418, 2367, 1558, 2407)],
            [_phrase("Taxes and fees", 167, 2313, 434, 2348), _phrase("$5.11", 1417, 2313, 1514, 2348)],
            [_phrase("Your usage vs. similar homes: 24,906 PCE residential customers averaged 598 kWh this period.",
                     168, 2195, 1526, 2225)],
            [_phrase("Questions? PCE (909) 620-2241 | pce@pomonaca.gov | 505 S. Garey Avenue, Pomona CA 91766",
                     168, 2141, 1602, 2179)],
            [_phrase("Hand-written note:", 168, 2080, 424, 2131),
             _phrase("cust. says call back at 626 555 0178", 542, 2080, 1484, 2131)]]
    lines = lines_of(runs)
    assert lines[3] == "HALVARD OYE\t800051172604"
    assert lines[4] == "4127 W. CORTEZ AVENUE"


STATEMENT = ["POMONA CHOICE ENERGY | Your Electricity Statement",
             "Customer\tAccount number",
             "HALVARD OYELARAN\t800051172604",
             "4127 W. CORTEZ AVE",
             "POMONA, CA 91768",
             "Service period 6/05/24 - 8/06/24\tRate TOU-D-PRIME\tPCE Basic Choice",
             "Total electricity used this period\t932 kWh",
             "On-peak 188 kWh_ Off-peak 744 kWh",
             "PCE generation charges\t$118.40",
             "Your usage vs. similar homes: 24,906 PCE residential customers averaged 598 kWh this period.",
             "Questions? PCE (909) 620-2241 | pce@pomonaca.gov | 505 S. Garey Avenue, Pomona CA 91766",
             "Hand-written note:\tcust. says call back at 626 555 0178"]


def test_a_statements_customer_block_gives_the_address_usage_and_the_noted_callback():
    result = _scanned(STATEMENT)
    assert {("customer_name", "HALVARD OYELARAN"), ("account_number", "800051172604"),
            ("address", "4127 W. CORTEZ AVE"), ("energy_usage", "932 kWh"), ("energy_usage", "188 kWh"),
            ("energy_usage", "744 kWh"), ("phone", "626 555 0178")} <= result
    values = {value for _, value in result}
    assert not values & {"598 kWh", "(909) 620-2241", "505 S. Garey Avenue", "24,906"}


def test_a_rate_table_of_on_peak_and_off_peak_kwh_by_class_on_the_statement_is_no_usage():
    lines = [*STATEMENT[:8], "Rate class\tOn-peak\tOff-peak", "TOU-D-4-9PM\t212 kWh\t530 kWh",
             "TOU-D-PRIME\t160 kWh\t610 kWh", "Class averages shown for comparison.", *STATEMENT[8:]]
    usage = {value for category, value in _scanned(lines) if category == "energy_usage"}
    assert usage == {"932 kWh", "188 kWh", "744 kWh"}


def test_a_statements_total_line_in_words_of_electricity_is_its_total():
    lines = ["Dear Ms. Fairweather,", "Here is the summary of your account 3-518-2207-44 you asked for.",
             "Total electricity used this period: 1,118", "Sincerely,"]
    assert ("energy_usage", "1,118") in _scanned(lines)


def test_a_sample_bill_on_a_how_to_read_your_bill_page_gives_nothing():
    lines = ["HOW TO READ YOUR PCE BILL", "SAMPLE - FOR ILLUSTRATION ONLY",
             "Customer\tAccount number", "JANE SAMPLE\t000000000000", "123 MAIN STREET", "ANYTOWN, CA 90000",
             "Total electricity used this period\t500 kWh", "On-peak 120 kWh Off-peak 380 kWh",
             "1. Your name and account number appear at the top of every statement."]
    assert not _scanned(lines, "https://www.pomonaca.gov/pce/how-to-read-your-bill.pdf")


def test_the_utilitys_customer_service_block_and_a_rate_table_give_nothing():
    lines = ["POMONA CHOICE ENERGY - RESIDENTIAL RATES EFFECTIVE JULY 1, 2024",
             "Rate class\tOn-peak\tOff-peak",
             "TOU-D-4-9PM\t$0.41/kWh\t$0.29/kWh",
             "TOU-D-PRIME\t$0.47/kWh\t$0.24/kWh",
             "A typical customer on TOU-D-4-9PM uses On-peak 150 kWh Off-peak 420 kWh a month.",
             "Customer Service hours: Monday-Thursday 7:30am-6:00pm",
             "Phone: (909) 620-2241\tEmail: pce@pomonaca.gov",
             "505 S. Garey Avenue, Pomona, CA 91766"]
    assert not _scanned(lines, "https://www.pomonaca.gov/pce/rates-2024.pdf")


def test_a_city_notice_with_a_call_back_line_gives_nothing():
    lines = ["CITY OF POMONA", "NOTICE OF SCHEDULED POWER SHUTOFF",
             "Residents of the 1200 block of W. Holt Ave may lose power on August 14 from 9 a.m. to 3 p.m.",
             "If the crew needs access the caller says call back at (909) 620-2241 to reschedule.",
             "Customer Service hours: Monday-Thursday 7:30am-6:00pm"]
    assert not {category for category, _ in _scanned(lines)} & {"phone", "customer_name", "address", "energy_usage"}


# -- form labels -----------------------------------------------------------------------------------------------------

START_SERVICE = ["CITY OF POMONA - UTILITY SERVICES",
                 "Application for Start of Service (Water / Refuse / Pomona Choice Energy)",
                 "505 S. Garey Avenue, Pomona, CA 91766 Tel (909) 620-2341",
                 "Applicant name: Teodora Vasquez-Lind\tSocial Security No.: 318-52-7740",
                 "Co-applicant/ spouse: Anselm Lind\tDriver license / ID: F4418230",
                 "Service address: 2675 N. Orange Grove Ave\tStart date: 09/16/2024",
                 "Phone (day): (909) 555-0193",
                 "Email: tvasquezlind@gmail.com",
                 "Deposits may be waived with a letter of good credit from your previous utility. Customer Service hours:",
                 "Monday-Thursday 7:30am-6:00pm. Payments: City Hall lobby or www.pomonaca.gov."]


def test_a_start_of_service_form_names_the_spouse_and_keeps_its_phone_and_email_past_the_office_hours():
    result = _scanned(START_SERVICE)
    assert {("customer_name", "Teodora Vasquez-Lind"), ("customer_name", "Anselm Lind"),
            ("phone", "(909) 555-0193"), ("email", "tvasquezlind@gmail.com"),
            ("address", "2675 N. Orange Grove Ave")} <= result
    assert not {value for _, value in result} & {"(909) 620-2341", "505 S. Garey Avenue"}


def test_a_business_start_form_keeps_its_owners_phone_and_email_past_the_office_hours():
    lines = ["Business name: Lind Tile & Stone\tFederal Tax ID (EIN): 95-4471820",
             "Owner / responsible party: Teodora Vasquez-Lind\tOwner SSN (for credit check): 318-52-7740",
             "Service address: 2675 N. Orange Grove Ave\tStart date: 09/16/2024",
             "Phone (day): (909) 555-0193", "Email: tvasquezlind@gmail.com",
             "Deposits may be waived with a letter of good credit. Customer Service hours:",
             "Monday-Thursday 7:30am-6:00pm."]
    assert {("phone", "(909) 555-0193"), ("email", "tvasquezlind@gmail.com")} <= _scanned(lines)


def test_a_spouse_is_a_name_field_a_permits_co_applicant_and_a_staff_cards_hours_are_not():
    assert header_kind("Co-applicant / spouse")[0] == "name"
    assert header_kind("Spouse")[0] == "name"
    assert header_kind("Co-applicant")[0] == "veto"
    staff = ["Name: Marguerite Osei", "Title: Customer Service Representative", "Phone: (909) 555-0110",
             "Email: mosei@pomonaca.gov", "Hours: Monday-Thursday 7:30am-6:00pm"]
    assert not _scanned(staff, "https://www.pomonaca.gov/staff-directory.pdf")
    permit = ["Applicant: Brightline Solar Inc.\tCo-applicant: Juniper Okafor\tPermit: B24-01877",
              "Site address: 1880 N. Towne Ave\tPhone: (909) 555-0146"]
    assert not {category for category, _ in _scanned(permit)} & {"customer_name", "phone"}


def test_a_brace_ocr_reads_for_a_parenthesis_is_one_again():
    assert brackets_mended("4. PHONE: (951} 555-0128\t5. EMAIL") == "4. PHONE: (951) 555-0128\t5. EMAIL"
    assert brackets_mended("Current monthly usage (from bill}: 640 kWh") == "Current monthly usage (from bill): 640 kWh"
    assert brackets_mended("{626) 555-0104") == "(626) 555-0104"
    assert brackets_mended("Qualifying device(s)}") == "Qualifying device(s)}"  # no parenthesis left open
    assert brackets_mended("template {name} here") == "template {name} here"
    assert brackets_mended("(see\tnote}") == "(see\tnote}"  # another cell's


def test_a_medical_baseline_form_read_with_braces_gives_its_phone_and_usage():
    lines = [brackets_mended(line) for line in [
        "MEDICAL BASELINE ALLOWANCE APPLICATION",
        "1. NAME ON SCE ACCOUNT (First, Last): Ignatius Mbeki\t2. SCE CUSTOMER ACCOUNT NUMBER: 800072215590",
        "3. SERVICE ADDRESS (no P.O. Box): 1439 E. Kingsley Ave\tCITY / ZIP: Pomona 91767",
        "4. PHONE: (951} 555-0128\t5. EMAIL (optional): imbeki@outlook.com",
        "SECTION B - TO BE COMPLETED BY A LICENSED MEDICAL PRACTITIONER",
        "Practitioner name: Dr. Oluwaseun Hart\tOffice phone: (909} 555-0190",
        "Current monthly usage (from bill}: 640 kWh"]]
    result = _scanned(lines)
    assert {("phone", "(951) 555-0128"), ("energy_usage", "640 kWh")} <= result
    assert not any(value.endswith("0190") or "Hart" in value for _, value in result)


# -- boxed captions ----------------------------------------------------------------------------------------------------

def test_captions_with_marks_read_off_the_boxes_sides_still_label_their_values():
    lines = ["CARE / FERA PROGRAM APPLICATION",
             '1. NAME ON SCE ACCOUNT (First, Last)\t"|| 2. SCE CUSTOMER ACCOUNT NUMBER',
             "Wendell Afolabi\t7-440-1836-25",
             "3. SERVICE ADDRESS (no P.O. Box)\t7)\tCITY / ZIP",
             "961 W. Grand Ave\tPomona 91766"]
    assert captioned_boxes(lines)[1:] == [
        "", "1. NAME ON SCE ACCOUNT (First, Last): Wendell Afolabi\t2. SCE CUSTOMER ACCOUNT NUMBER: 7-440-1836-25",
        "", "3. SERVICE ADDRESS (no P.O. Box): 961 W. Grand Ave\tCITY / ZIP: Pomona 91766"]
    assert {("customer_name", "Wendell Afolabi"), ("account_number", "7-440-1836-25"),
            ("address", "961 W. Grand Ave")} <= _scanned(captioned_boxes(lines))


def test_one_caption_pair_beside_boxes_read_with_their_captions_is_a_form():
    lines = ["1. NAME ON SCE ACCOUNT (First, Last)\t_\t2. SCE CUSTOMER ACCOUNT NUMBER",
             "Wendell Afolabi\t744 218 3390",
             "3. SERVICE ADDRESS (no P.O. Box): 961 W. Grand Ave\tCITY / ZIP: Pomona 91766"]
    assert captioned_boxes(lines)[1] == \
        "1. NAME ON SCE ACCOUNT (First, Last): Wendell Afolabi\t2. SCE CUSTOMER ACCOUNT NUMBER: 744 218 3390"


def test_a_tables_header_over_its_rows_is_no_caption_pair_even_beside_a_labelled_line():
    lines = ["Phone: (909) 620-2241", "Customer service staff", "Name\tPhone",
             "Marguerite Osei\t(909) 555-0110", "Darnell Whitfield\t(909) 555-0111"]
    assert captioned_boxes(lines) == lines
    blank = ["Service address\tMove-in date", "N/A\tN/A", "Phone (day): N/A"]
    assert not _scanned(captioned_boxes(blank))
