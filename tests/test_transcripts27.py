"""Customer data in meeting transcripts and hearing records: a court reporter's page with its lines numbered in the
margin reads as the speech it holds; account numbers read out word by word after their label, and grouped digits a
line break cuts, are one account; a usage whose spelt-out unit a line break cuts ("2,380 kilowatt" / "hours") still
ties the speaker's record; the appellant a hearing decision's caption names over its service address and account is
the customer; a pronoun's contraction ("I'm", "I'd") is no word of a name; a landlord's own EIN stays a finding
whatever firm the document names elsewhere.

Hard negatives are a city site's: a numbered budget table and a numbered roll call in a PDF, digits read out with no
account's label, a plant's output and a battery's size in kilowatts, a caption naming a company, an anonymous speaker
who opens with "So, I'd ...", a contractor's EIN.
"""
from __future__ import annotations

from fpdf import FPDF

from crawler.extract import extract
from tests.detector_helpers import values_found

FOUND = ("customer_name", "address", "phone", "account_number", "energy_usage", "taxpayer_id")


def found(name: str, body: str | bytes) -> dict[str, list[str]]:
    return values_found(name, body, FOUND)


def flat(values: list[str]) -> list[str]:
    return [" ".join(value.split()).rstrip(".") for value in values]


def numbered_pdf(lines: list[str], first: int = 1, numbered: bool = True) -> bytes:
    """A court reporter's page: each line's number right-aligned in the left margin, the text beside it."""
    pdf = FPDF()
    pdf.add_page()
    for number, line in enumerate(lines, first):
        y = 30 + 6 * (number - first)
        if numbered:
            pdf.set_font("Courier", size=10)
            pdf.set_xy(12, y)
            pdf.cell(w=8, h=5, text=str(number), align="R")
        pdf.set_font("Helvetica", size=10)
        pdf.set_xy(26, y)
        pdf.cell(w=170, h=5, text=line)
    return bytes(pdf.output())


TRANSCRIPT = ["COMMISSIONER LOFTHUS:  Our next speaker, please.",
              "MR. HALVORSEN-RUIZ:  Good evening. I'm Teodoro Halvorsen-Ruiz, Choice",
              "Energy account 7004 8812",
              "3356. The solar credit is missing. My home is 1925 East",
              "Alvarado Street. Thank you for your time tonight, Commissioners.",
              "COMMISSIONER LOFTHUS:  Thank you. Staff will follow up with you."]


def test_a_transcript_numbered_in_its_margin_reads_as_speech():
    result = found("excerpt.pdf", numbered_pdf(TRANSCRIPT, first=7))
    assert flat(result.get("customer_name", [])) == ["Teodoro Halvorsen-Ruiz"]
    assert flat(result.get("account_number", [])) == ["7004 8812 3356"]
    assert "1925 East Alvarado Street" in flat(result.get("address", []))


def test_margin_numbers_are_left_out_of_the_lines():
    texts = [s.text for s in extract("excerpt.pdf", numbered_pdf(TRANSCRIPT)).segments if s.location.page]
    assert texts[1].startswith("MR. HALVORSEN-RUIZ:")
    assert not any(text.split("\t")[0].strip().isdigit() for text in texts)


def test_a_numbered_budget_table_keeps_its_row_numbers():
    rows = ["1        Oak Park restroom        $45,000        Fund 410",
            "2        Library roof        $120,500        Fund 410",
            "3        Ganesha pool pump        $18,200        Fund 220",
            "4        Median trees        $9,800        Fund 110"]
    texts = [s.text for s in extract("cip.pdf", numbered_pdf(rows, numbered=False)).segments if s.location.page]
    assert [text.split("\t")[0] for text in texts] == ["1", "2", "3", "4"]


def test_a_numbered_roll_call_names_no_customer():
    lines = ["ROLL CALL:  Present were Councilmembers Ontiveros, Lindqvist and Pereira.",
             "MAYOR SANDOVAL-KIM:  Thank you. The clerk will read the consent calendar.",
             "CITY CLERK:  Item 4, approval of the minutes of May 6, 2024, and item 5,",
             "the contract with Ridgeline Paving Inc. of 2200 Industrial Way for $412,000.",
             "MAYOR SANDOVAL-KIM:  Is there a motion? Moved and seconded. All in favor?"]
    assert found("council.pdf", numbered_pdf(lines)) == {}


def test_an_account_read_out_word_by_word_after_its_label():
    text = ("MS. ADEYEMI-LUND:  My name is Folasade Adeyemi-Lund. My Choice Energy account number is seven zero "
            "zero four, one one six, two eight, nine nine three zero. They disconnected me in May.\n")
    result = found("transcript.txt", text)
    assert flat(result.get("account_number", [])) == [
        "seven zero zero four, one one six, two eight, nine nine three zero"]
    assert flat(result.get("customer_name", [])) == ["Folasade Adeyemi-Lund"]


def test_an_account_read_out_goes_on_after_a_line_break():
    text = ("MS. ADEYEMI-LUND:  So in April I got a notice that my account was\n"
            "past due. The account number is seven zero zero four,\n"
            "one one six, two eight, nine nine three zero. I paid it in full.\n")
    result = found("transcript.txt", text)
    assert len(result.get("account_number", [])) == 1
    assert result["account_number"][0].startswith("seven zero zero four")
    assert result["account_number"][0].endswith("nine nine three zero")


def test_digits_read_out_without_an_accounts_label_are_no_account():
    text = ("COUNCILMEMBER ONTIVEROS:  The vote on items four, five and six was five zero zero, and on\n"
            "item seven it was four one zero one. The meeting code is two two seven, nine one, eight eight.\n")
    assert "account_number" not in found("transcript.txt", text)


def test_a_usage_whose_spelt_unit_a_line_break_cuts():
    text = ("     SPEAKER 6 (CUSTOMER):  I'm speaking for my grandfather. His\n"
            "account is under Eusebio Quintanilla Mora, at 1377 West\n"
            "Orange Grove Avenue, and his bill showed 2,380 kilowatt\n"
            "hours for January.\n")
    result = found("transcript.txt", text)
    assert flat(result.get("energy_usage", [])) == ["2,380 kilowatt hours"]
    assert flat(result.get("customer_name", [])) == ["Eusebio Quintanilla Mora"]
    assert "1377 West Orange Grove Avenue" in flat(result.get("address", []))


def test_a_plants_output_and_a_batterys_size_in_kilowatts_are_no_usage():
    text = ("STAFF REPORT:  The Mission solar array produced 4,100 kilowatt\n"
            "hours in its first week. The library will add a 13 kilowatt\n"
            "battery at 285 East Holt Avenue next year.\n")
    assert "energy_usage" not in found("report.txt", text)


def test_the_appellant_a_hearing_decisions_caption_names():
    for name in ("OSWALDO PEREIRA-LINDQVIST", "Oswaldo Pereira-Lindqvist"):
        text = (f"In the Matter of the Appeal of {name}, Appellant.          Case No. HO-2025-044\n"
                "Service Address: 2619 N. Towne Ave., Pomona, CA 91767          Account No.: 700318824459\n")
        assert found("decision.txt", text).get("customer_name") == [name]


def test_a_caption_naming_a_company_names_no_customer():
    text = ("In the Matter of the Appeal of Ridgeline Paving Inc., Appellant.          Case No. HO-2025-051\n"
            "Service Address: 2200 Industrial Way, Pomona, CA 91768          Account No.: 700318824460\n")
    assert "customer_name" not in found("decision.txt", text)


def test_a_contraction_is_no_word_of_a_name():
    text = ("<p><b>SPEAKER 2 (CUSTOMER):</b> Hi, I'm Marisol Etxeberria Soto, account 7003 9981 2214. "
            "My address is 818 South Hamilton Boulevard.</p>")
    assert found("minutes.html", text.encode()).get("customer_name") == ["Marisol Etxeberria Soto"]


def test_an_anonymous_speaker_opening_with_an_interjection_is_no_name():
    text = ("<p><b>SPEAKER 2 (CUSTOMER):</b> So, I'd rather keep my name private. I'm at 818 South Hamilton "
            "Boulevard. My PCE account is 7003 9981 2214.</p>")
    result = found("minutes.html", text.encode())
    assert "customer_name" not in result
    assert result.get("account_number") == ["7003 9981 2214"]


def test_a_landlords_own_ein_whatever_firm_the_document_names():
    text = ("Billing support is contracted to Westbrook Data Services, Inc.\n\n"
            "Landlord Imelda Castellanos-Whyte asked that bills for the unit at 418 E. Pearl St. be sent to her. "
            "She gave her business taxpayer ID, EIN 94-3318270.\n")
    result = found("audit.txt", text)
    assert result.get("taxpayer_id") == ["94-3318270"]
    assert flat(result.get("customer_name", [])) == ["Imelda Castellanos-Whyte"]


def test_a_contractors_ein_stays_public():
    text = ("Billing support is contracted to Westbrook Data Services, Inc.\n\n"
            "The paving contractor, Ridgeline Paving LLC, gave its EIN 94-3318270 with its bid.\n")
    assert "taxpayer_id" not in found("audit.txt", text)
