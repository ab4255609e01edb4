"""Round 57 red team site57d: PDFs in depth. A utility write-off schedule headed "Customer / Payee", a ledger line
"budgeted in account", an "Aquatics Center" among the City's accounts, a picture of a form in large type read by OCR,
the owner of a reset login named by a possessive, a given name no list knows before "Park" in an enrollee's column,
and a long label before a redacted value in a PDF."""
from __future__ import annotations

import io
import shutil

import pytest

from tests.detector_helpers import pairs_found, values_of

CITY = "https://www.cityofrioalto.gov"


def _pdf(lines: list[str], boxes: tuple[str, ...] = ()) -> bytes:
    """A one-page PDF of ``lines``: tab-separated cells set in columns 150 points apart, "|"-separated pieces one
    after the other; a piece in ``boxes`` is drawn and then covered by a black box (a failed redaction)."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.setFont("Helvetica", 9)
    for row, line in enumerate(lines):
        y = 760 - 14 * row
        for column, cell in enumerate(line.split("\t")):
            x = 40 + 150 * column
            for piece in cell.split("|"):
                width = c.stringWidth(piece, "Helvetica", 9)
                c.drawString(x, y, piece)
                if piece in boxes:
                    c.rect(x - 1, y - 3, width + 2, 12, stroke=0, fill=1)
                x += width + 4
    c.showPage()
    c.save()
    return out.getvalue()


def test_write_off_schedule_headed_customer_and_payee_is_customers():
    body = _pdf(["Schedule 9-B: Utility Balances Written Off as Uncollectible, FY 2023-24",
                 "Customer / Payee\tService Address\tAcct No.\tAmount",
                 "Marguerite Ostrowska\t4471 Paloverde Ln\t17-66204-08\t$612.40",
                 "Tevita Fifita\t902 Sandpiper Ct Apt 3\t55-10387-41\t$1,208.00",
                 "Ines Saldívar\t13380 Old Mill Rd\t29-48815-77\t$96.15"])
    found = pairs_found(f"{CITY}/DocumentCenter/View/77/FY-2024-25-Proposed-Budget.pdf", body)
    assert values_of(found, "customer_name") >= {"Marguerite Ostrowska", "Tevita Fifita", "Ines Saldívar"}
    assert values_of(found, "address") >= {"4471 Paloverde Ln", "13380 Old Mill Rd"}
    assert values_of(found, "account_number") >= {"17-66204-08", "55-10387-41"}


def test_check_register_of_firms_stays_clean():
    body = _pdf(["Check Register - September 2024",
                 "Payee\tRemit Address\tCheck No.\tAmount",
                 "Harbor Valve & Fitting Inc.\t2200 Commerce Way\t108833\t$4,120.00",
                 "Summit Roofing Co.\t77 Industrial Pkwy\t108834\t$18,900.00"])
    found = pairs_found(f"{CITY}/DocumentCenter/View/78/Check-Register-2024-09.pdf", body)
    assert not values_of(found, "customer_name") and not values_of(found, "address")


@pytest.mark.parametrize("sentence", [
    ("sweeping on Willow Glen St. The FY 2024-25 appropriation", "of $85,000 is budgeted in account 215-4410-6320. Permit"),
    ("sweeping on Willow Glen St. The remaining balance of $12,500", "is encumbered in account 601-7720-5410 for the study."),
])
def test_ledger_line_budgeted_in_account_below_a_residents_comment(sentence):
    body = _pdf(["comment: a resident spoke about street sweeping on Juniper",
                 "Knoll Pl. Public comment: a resident spoke about street", *sentence,
                 "BLD-2025-9751 was approved for the project at the Transit Center."])
    found = pairs_found(f"{CITY}/AgendaCenter/Packets/Regular-Meeting-Packet-2025-03-11.pdf", body)
    assert not values_of(found, "account_number") and not values_of(found, "customer_name")


def test_customers_account_in_a_sentence_still_found():
    found = pairs_found(f"{CITY}/news/billing-update", "Customer Lena Fairbanks, PCE acct 3-221-4410-87, asked "
                                                       "for a payment plan; her home at 718 Quince Ave used 1,840 kWh.\n")
    assert "3-221-4410-87" in values_of(found, "account_number")


def test_aquatics_center_among_city_accounts_is_the_citys():
    body = _pdf(["Claim Summary (redacted for public release)", "Claimant:", "Service address:", "SCE account:",
                 "Fund 101-1210-5230 Liability Claims",
                 "Facility\tSCE Account\tRate\t2024 kWh",
                 "Northside Aquatics Center\t2-31-448-2290\tTOU-PA-2-E\t311,402",
                 "Public Works Yard\t2-31-448-5517\tTOU-GS-2-E\t148,220"])
    found = pairs_found(f"{CITY}/DocumentCenter/View/79/Claim-Summary.pdf", body)
    assert not values_of(found, "account_number")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Tesseract")
def test_picture_of_a_form_in_large_type_reads_whole():
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1600, 1250), "white")  # enlarged twice to a page's height for OCR
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36)
    lines = ["Rio Alto Clean Energy - Medical Baseline Intake", "", "Applicant name: Hollis Breckinridge",
             "Service address: 2209 Tallgrass Blvd", "Phone: 951-403-7781", "Email: hollis.breck@icloud.com",
             "SCE customer account: 2-44-718-3306"]
    for number, line in enumerate(lines):
        draw.text((120, 120 + 58 * number), line, font=font, fill=(15, 15, 15))
    out = io.BytesIO()
    image.save(out, "PNG")
    found = pairs_found(f"{CITY}/images/uploads/intake_2291.png", out.getvalue())
    assert values_of(found, "customer_name") == {"Hollis Breckinridge"}
    assert values_of(found, "address") == {"2209 Tallgrass Blvd"}
    assert values_of(found, "phone") == {"951-403-7781"}
    assert len(values_of(found, "email")) == 1  # (Tesseract may misread a letter of it)


@pytest.mark.parametrize("note, owner", [
    ("IT: reset Hemi Walker's customer portal login; temp password Tide#5521 (ask him to change it)", "Hemi Walker"),
    ("Reset Oksana Virtanen\u2019s online account password; temp pw Fern!7730, she will change it", "Oksana Virtanen"),
])
def test_owner_of_a_reset_customer_login_by_possessive(note, owner):
    found = pairs_found(f"{CITY}/DocumentCenter/View/80/Call-Notes.txt", note + "\n")
    assert owner in values_of(found, "customer_name")


def test_staff_login_reset_by_possessive_names_no_customer():
    note = "IT: reset Dana Whitfield's network login; temp password Cedar#4410 until Monday\n"
    found = pairs_found(f"{CITY}/DocumentCenter/View/81/IT-Log.txt", note)
    assert not values_of(found, "customer_name")


def test_unlisted_given_name_before_park_in_an_enrollee_column():
    csv = ("Enrollee,Service Address,Phone,SCE Svc Acct\n"
           "Seojun Park,310 Marigold Ter,(626) 418-2290,3-448-2210-55\n"
           "Hollis Grant,88 Juniper Way,(626) 418-2291,3-448-2210-56\n")
    found = pairs_found(f"{CITY}/files/solar_enrollment.csv", csv)
    assert "Seojun Park" in values_of(found, "customer_name")


def test_park_in_a_plain_name_column_of_city_sites_is_no_person():
    csv = ("Name,Service Address,SCE Acct,Annual kWh\n"
           "Kahala Park,100 Civic Center Plaza,3-448-2210-57,117540\n")
    found = pairs_found(f"{CITY}/files/city_sites.csv", csv)
    assert not values_of(found, "customer_name")


def test_redacted_itin_after_a_label_on_file_is_a_taxpayer_id():
    body = _pdf(["Dear Ms. Anahera Rangi,",
                 "SSN on file for the deposit waiver:|912-78-4410",
                 "Thank you for your payment."], boxes=("912-78-4410",))
    found = pairs_found(f"{CITY}/DocumentCenter/View/82/Deposit-Letter.pdf", body)
    assert "912-78-4410" in values_of(found, "taxpayer_id")
    assert "912-78-4410" not in values_of(found, "account_number")


def test_redacted_bare_ssn_keeps_the_label_that_opens_its_phrase():
    body = _pdf(["Dear Mr. Colm Brannigan,",
                 "Social Security No. for the deposit:|512489921",
                 "Thank you for your payment."], boxes=("512489921",))
    found = pairs_found(f"{CITY}/DocumentCenter/View/83/Deposit-Letter.pdf", body)
    assert "512489921" in values_of(found, "ssn")
