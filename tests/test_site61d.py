"""Round 61 (site61d): long PDFs whose narrow columns, redaction boxes and running feet change the text read.

True cases: a record in running text a few lines under a letter's signature; a labelled account a narrow column's
wrap cut at a space. Hard negatives: a page's running foot under a label whose value is blacked out, a City
facility's paragraph above a letter's salutation, a department's contact line under a letter's signature, a
system's load in MWh that a line break parted from its unit inside a printed e-mail.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from crawler.extract import extract
from crawler.extract.text_fields import mend_cut_numbers
from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors


def _found(lines: list[str]) -> set[tuple[str, str]]:
    """(category, value) of every finding in a PDF page's lines, one segment a line as the PDF reader gives them."""
    document = Document(url="https://www.cityofalder.gov/DocumentCenter/View/88/packet.pdf",
                        content_type="application/pdf",
                        segments=[Segment(text, Location(page=3, line=k + 1)) for k, text in enumerate(lines)])
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


def test_record_in_running_text_below_a_signature_is_read():
    found = _found([
        "Respectfully submitted,",
        "Darnell Okonjo-Reyes",
        "Variance V-24-031 for a rear yard setback at",
        "4410 Granada Hills Rd; applicant Copperline",
        "Builders Inc.",
        "Wilhelmina Achterberg (7719 Saltbush Ct Unit",
        "6; tel. 442.318.0275) asked the Board to waive",
        "a reconnection fee on Southern California",
        "Edison account 3-55-902-1174. The year's bills",
        "show 2,957 kWh, and she can be reached at",
        "w.achterberg@yahoo.com.",
    ])
    assert ("customer_name", "Wilhelmina Achterberg") in found
    assert ("phone", "442.318.0275") in found
    assert ("energy_usage", "2,957 kWh") in found


def test_staff_contact_line_under_a_letters_signature_is_not_the_writers():
    found = _found([
        "Dear Chair and Commissioners,",
        "My name is Pilar Odunsi and my home at 2286 Foxglove Ter has the Edison account 2-71-340-8815. My July",
        "bill showed 2,240 kWh, far above what we use. Please call me at (626) 590-3317.",
        "Sincerely,",
        "Pilar Odunsi",
        "For questions contact Renata Falk, Utilities Division, at (951) 782-4400 or rfalk@cityofalder.gov.",
    ])
    assert ("customer_name", "Pilar Odunsi") in found
    assert ("phone", "(626) 590-3317") in found
    assert not any(value == "(951) 782-4400" for _, value in found)


def test_facility_paragraph_above_a_salutation_is_no_part_of_the_letter():
    found = _found([
        "The Westside Library at 980 Arbor Vitae",
        "Ave (SCE service account 2090 114 557) used",
        "318,442 kWh in FY 2023-24 before the HVAC",
        "replacement.",
        "Dear Members of the Council,",
        "I live at 15 Candlewood Ln and my Edison",
        "account is 8-22-615-0093. Last winter my bill",
        "showed 1,876 kWh in one month. You can call",
        "me at 760-441-2980.",
        "Thank you,",
        "Mehmet Yildirim-Cole",
    ])
    assert ("energy_usage", "1,876 kWh") in found
    assert ("customer_name", "Mehmet Yildirim-Cole") in found
    assert not any(value.startswith("318,442") for _, value in found)


def test_system_load_in_mwh_cut_from_its_unit_is_no_writers_usage():
    found = _found([
        "From: Halvard Njoku <hnjoku58@gmail.com>",
        "Sent: Monday, May 5, 2025 8:02 AM",
        "To: Clerk <clerk@cityofalder.gov>",
        "Subject: comment on the rate item",
        "I am at 3301 Quail Run Rd and my account 4-18-207-6634 billed 2,104 kWh in June.",
        "Call me at 909-306-7741.",
        "Citywide residential load was 418,266",
        "MWh; the average home used 612 kWh a month.",
    ])
    assert ("energy_usage", "2,104 kWh") in found
    assert not any(value.startswith("418,266") for _, value in found)


def test_labelled_number_cut_at_a_space_in_a_narrow_column_is_mended():
    assert mend_cut_numbers(["A credit was applied to her SCE acct # 2207", "841 963; the notice went out"]) == [
        "A credit was applied to her SCE acct # 2207 841 963", "; the notice went out"]
    # a form's short lines and a street under a number are left alone
    assert mend_cut_numbers(["Units: 12", "4410 Main St"]) == ["Units: 12", "4410 Main St"]
    assert mend_cut_numbers(["the fee was paid on invoice no. 5531", "2208 Elm St by the owner"]) == [
        "the fee was paid on invoice no. 5531", "2208 Elm St by the owner"]


def _packet_with_a_blacked_out_label_at_the_foot() -> bytes:
    """Three pages under one running foot; the middle page's last line is a label whose value a box covers."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter)
    for page in range(3):
        c.setFont("Helvetica", 9)
        c.drawString(54, 770, "Planning Commission Agenda Packet | Chair Odile Marchetti")
        c.drawString(54, 24, f"PC-2024-0716-AGN  ·  Planning Division (909) 620-2441  ·  Page {page + 40} of 212")
        y = 720
        lines = ["The Commission reviewed the annual work program and the capital plan."] if page != 1 else [
            "Customer: Anneliese Fairweather-Odu", "Service address: 6120 Sand Dollar Way", "Phone: 909-417-5563",
            "SCE account #: 3-16-580-2274", "Usage (kWh):"]
        for text in lines:
            c.drawString(54, y, text)
            y -= 14
        if page == 1:
            c.drawString(200, y + 14, "1,486")
            c.setFillColorRGB(0, 0, 0)
            c.rect(195, y + 11, 40, 12, stroke=0, fill=1)
        c.showPage()
    c.save()
    return out.getvalue()


def test_running_foot_is_no_value_of_a_blacked_out_label_above_it():
    document = extract("https://www.cityofalder.gov/DocumentCenter/View/91/pc-packet.pdf",
                       _packet_with_a_blacked_out_label_at_the_foot(), "application/pdf")
    found = {(f.category, f.value) for f in scan_document(document, _all_detectors())}
    assert ("customer_name", "Anneliese Fairweather-Odu") in found
    assert not any(category == "energy_usage" and value in ("2024", "0716", "212") for category, value in found)


def test_where_a_customers_bills_go_told_after_the_record_is_read():
    found = _found([
        "The review panel found that Oluwaseun Brandt-Ito, who",
        "receives service at 4471 Bitterbrush Ave Apt 9, was",
        "billed for 1,118 kWh after a meter swap.",
        "Statements are mailed to PO Box 2291, Barstow,",
        "CA 92311.",
    ])
    assert ("customer_name", "Oluwaseun Brandt-Ito") in found
    assert any(category == "address" and value.startswith("PO Box 2291") for category, value in found)


def test_where_the_citys_bills_go_is_no_customers_address():
    found = _found([
        "The Finance Department pays the utility accounts of all City facilities from the General Fund.",
        "Bills go to 505 Civic Center Dr, Attn: Accounts Payable.",
    ])
    assert not any(category == "address" for category, _ in found)


def test_for_questions_contact_line_under_a_signed_address_is_staffs():
    found = _found([
        "Dear Council,",
        "My Edison account is 3-40-218-7756 and my bill showed 2,611 kWh in July.",
        "Sincerely,",
        "Teodora Vashti-Obi",
        "8821 Juniper Crest Ln",
        "Adelanto, CA 92301",
        "For questions, contact Wendell Saroyan, Customer Programs, at (760) 955-4120.",
    ])
    assert ("customer_name", "Teodora Vashti-Obi") in found
    assert any(category == "address" and value.startswith("8821 Juniper Crest Ln") for category, value in found)
    assert not any(value == "(760) 955-4120" for _, value in found)
