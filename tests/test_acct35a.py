"""Customer identifiers in a CCA's and a city utility's program paperwork (red team accounts35).

- An X12 EDI interchange (an 814 enrollment batch, an 867 usage report), posted as .txt, .edi or with no extension, is
  read as its transaction sets' labelled fields: the customer party's name, service address and phone (N1/N3/N4/PER),
  the reference numbers of the customer's service (REF*12, REF*Q5) and kWh (QTY). Hard negatives: the sender's and
  receiver's parties (the CCA, the utility), DUNS numbers, control numbers and dates; a file holding only those.
- A warrant register's utility deposit refund to a person: the account in the description ("UTIL DEP REFUND
  <account>") and the payee. Hard negatives: vendors in the same register, check numbers, GL codes, a developer's
  deposit refund, an employee's reimbursement with no account.
- A form's "label: ___value___" blanks: the value typed on the line is read and reported without the line. Hard
  negative: a blank form.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from crawler.extract import extract, without_fill_lines
from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org/documents"


def _found(name: str, body: str | bytes, content_type: str | None = None) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body, content_type)


def _isa(sender: str = "112233445", receiver: str = "009911223", terminator: str = "~") -> str:
    """An ISA segment padded to its fixed 106 characters, as every X12 translator writes it."""
    segment = (f"ISA*00*          *00*          *01*{sender:<15}*01*{receiver:<15}*250314*1022*U*00401*"
               f"000000311*0*P*>{terminator}")
    assert len(segment) == 106
    return segment


def _enrollment(terminator: str = "~\n") -> str:
    segments = [
        "GS*GE*112233445*009911223*20250314*1022*311*X*004010",
        "ST*814*0001", "BGN*13*ENR20250314000001*20250314",
        "N1*SJ*VALLEY CLEAN POWER AUTHORITY*1*112233445", "N1*8S*SOUTHLAND ELECTRIC CO*1*009911223",
        "N1*8R*OYELARAN*TEMITOPE", "N3*2218 N ORANGE GROVE AVE*UNIT 4", "N4*POMONA*CA*91767",
        "PER*IC**TE*9095517302", "LIN*EN0001*SH*EL*SH*CE", "ASI*7*021", "REF*12*7240583316", "DTM*007*20250401",
        "SE*12*0001",
        "ST*814*0002", "BGN*13*ENR20250314000002*20250314",
        "N1*SJ*VALLEY CLEAN POWER AUTHORITY*1*112233445", "N1*8S*SOUTHLAND ELECTRIC CO*1*009911223",
        "N1*8R*WEXLER-OKONJO BRIGID", "N3*904 W PHILLIPS BLVD", "N4*POMONA*CA*91766",
        "PER*IC**TE*9096230481*EM*bwexler77@gmail.com", "LIN*EN0002*SH*EL*SH*CE", "ASI*7*021",
        "REF*Q5*PR00458812", "REF*12*7240591840", "DTM*007*20250401", "SE*12*0002",
        "GE*2*311", "IEA*1*000000311",
    ]
    return _isa(terminator=terminator[0]) + terminator[1:] + terminator.join(segments) + terminator


def test_an_814_enrollment_posted_as_text_reports_each_customer():
    found = _found("ENRL_20250314.txt", _enrollment())
    assert {"OYELARAN TEMITOPE", "WEXLER-OKONJO BRIGID"} <= values_of(found, "customer_name")
    assert {"7240583316", "7240591840", "PR00458812"} <= values_of(found, "account_number")
    assert {"9095517302", "9096230481"} <= values_of(found, "phone")
    assert "bwexler77@gmail.com" in values_of(found, "email")
    addresses = values_of(found, "address")
    assert any("2218 N ORANGE GROVE AVE" in a for a in addresses) and any("904 W PHILLIPS BLVD" in a for a in addresses)


def test_the_senders_and_receivers_parties_and_ids_are_not_reported():
    found = _found("ENRL_20250314.txt", _enrollment())
    values = {value for _, value in found}
    assert not any("VALLEY CLEAN" in v or "SOUTHLAND" in v for v in values)
    assert not {"112233445", "009911223", "000000311", "20250314", "ENR20250314000001"} & values


def test_an_interchange_on_one_line_with_another_extension_or_type_is_read_too():
    one_line = _enrollment(terminator="~")
    for name, content_type in (("ENRL_20250314.edi", None), ("enrollment-batch", None),
                               ("download?id=311", "application/EDI-X12")):
        found = _found(name, one_line, content_type)
        assert {"7240583316", "7240591840"} <= values_of(found, "account_number"), name
        assert "OYELARAN TEMITOPE" in values_of(found, "customer_name"), name


def test_an_867_usage_report_gives_the_customers_kwh():
    segments = [
        "GS*PT*009911223*112233445*20250502*0710*87*X*004010", "ST*867*0001", "BPT*00*USG0502001*20250502*DD",
        "N1*8R*NAKASHIMA*REIKO", "N3*1350 E LA VERNE AVE", "N4*POMONA*CA*91767", "REF*12*7240566205",
        "PTD*PL", "DTM*150*20250401", "DTM*151*20250430", "QTY*QD*684*KH", "SE*10*0001", "GE*1*87",
        "IEA*1*000000087",
    ]
    body = _isa("009911223", "112233445") + "\n" + "~\n".join(segments) + "~\n"
    found = _found("USAGE_867_0502.txt", body)
    assert "NAKASHIMA REIKO" in values_of(found, "customer_name")
    assert "7240566205" in values_of(found, "account_number")
    assert any("684" in v for v in values_of(found, "energy_usage"))


def test_an_interchange_of_only_routing_and_control_numbers_reports_nothing():
    segments = [
        "GS*FA*009911223*112233445*20250314*1105*312*X*004010", "ST*997*0001", "AK1*GE*311",
        "AK9*A*2*2*2", "SE*4*0001", "GE*1*312", "IEA*1*000000312",
    ]
    body = _isa("009911223", "112233445") + "\n" + "~\n".join(segments) + "~\n"
    assert _found("ACK_997_20250314.txt", body) == set()
    document = extract(f"{_SITE}/ACK_997_20250314.txt", body.encode())
    assert document.records == [] and any(s.text.startswith("AK9") for s in document.segments)


def test_a_purchase_orders_bill_to_party_is_the_city_itself():
    segments = [
        "GS*PO*009911223*771200334*20250611*0930*412*X*004010", "ST*850*0001", "BEG*00*SA*P25-00418**20250611",
        "N1*BT*CITY OF POMONA ACCOUNTS PAYABLE", "N3*505 S GAREY AVE", "N4*POMONA*CA*91766",
        "PER*BD*OKWUOSA-LINDH MARGIT*TE*9098025514", "N1*ST*PUBLIC WORKS YARD", "N3*148 N HUNTINGTON ST",
        "PO1*1*40*EA*18.25**VP*LED-PAR38", "SE*9*0001", "GE*1*412", "IEA*1*000000311",
    ]
    body = _isa() + "\n" + "~\n".join(segments) + "~\n"
    read = extract("https://www.pomonaca.gov/purchasing/PO_850_0611.txt", body.encode())
    assert not read.records  # no party of a purchase order is a utility's customer
    assert "N1*BT*CITY OF POMONA ACCOUNTS PAYABLE" in [s.text for s in read.segments]
    assert not _found("PO_850_0611.txt", body)


def test_text_that_only_mentions_an_isa_segment_is_read_as_text():
    body = "ISA segments open every interchange; see the guide.\nAccount number: 7240583316\n"
    document = extract(f"{_SITE}/edi-guide.txt", body.encode())
    assert any(s.text.startswith("ISA segments") for s in document.segments)


# --- 2. deposit refunds in a warrant register ----------------------------------------------------------------

def _pdf_lines(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.setFont("Helvetica", 7)
    y = 740
    for line in lines:
        for x, cell in zip((30, 80, 130, 250, 420, 500), line.split("\t")):
            page.drawString(x, y, cell)
        y -= 14
    page.save()
    return buffer.getvalue()


_REGISTER = [
    "CITY OF POMONA - WARRANT REGISTER - CHECKS ISSUED MARCH 2025",
    "Check No.\tDate\tPayee\tDescription\tFund-Dept-Acct\tAmount",
    "00307741\t03/04/2025\tBURLINGTON ROOFING INC\tINV 2207114\t101-4410-52100\t$18,240.00",
    "00307745\t03/06/2025\tOKAFOR CHIDINMA\tUTIL DEP REFUND 50274418906\t570-0000-22510\t$185.40",
    "00307748\t03/11/2025\tPACIFIC GRID SUPPLY CO\tINV 88120\t570-4262-51162\t$42,118.77",
    "00307752\t03/14/2025\tHALVORSEN TRYGVE\tUTILITY DEPOSIT REFUND 50274460213\t570-0000-22510\t$240.00",
    "00307755\t03/18/2025\tMERIDIAN HOMES LLC\tDEVELOPER DEPOSIT REFUND 202500118\t101-0000-22620\t$5,000.00",
    "00307759\t03/21/2025\tVILLASENOR ROSALBA\tMILEAGE REIMB FEB\t101-1205-52310\t$64.12",
]


def test_a_deposit_refund_to_a_person_reports_the_payee_and_the_account():
    for name, body in (("warrants.pdf", _pdf_lines(_REGISTER)), ("warrants.txt", "\n".join(_REGISTER) + "\n")):
        found = _found(name, body)
        assert {"50274418906", "50274460213"} <= values_of(found, "account_number"), name
        assert {"OKAFOR CHIDINMA", "HALVORSEN TRYGVE"} <= values_of(found, "customer_name"), name


def test_vendors_check_numbers_gl_codes_and_reimbursements_in_the_register_are_not_reported():
    for name, body in (("warrants.pdf", _pdf_lines(_REGISTER)), ("warrants.txt", "\n".join(_REGISTER) + "\n")):
        found = _found(name, body)
        values = {value for _, value in found}
        assert not {"00307741", "00307745", "00307752", "202500118", "570-0000-22510", "2207114"} & values, name
        assert not any(word in v for v in values for word in ("ROOFING", "MERIDIAN", "VILLASENOR", "UTIL", "DEP")), name


def test_a_developers_or_a_bids_deposit_refund_is_no_customers_account():
    text = ("Refunds approved by Council on March 25, 2025: DEVELOPER DEPOSIT REFUND 202500118 to Meridian Homes LLC; "
            "BID DEPOSIT REFUND 3307118842 to Pacific Grid Supply Co.")
    assert values_of(_found("council-minutes.txt", text), "account_number") == set()


# --- 3. values typed on a form's blank line ---------------------------------------------------------------

_FORM = [
    "ENERGY SAVINGS KIT REQUEST (form export)",
    "Name on account: _____Dorotea Vukovic_______",
    "Service address: ____1187 N Towne Ave, Pomona CA 91767______",
    "Acct. No.: ___5-210-4477-08___________   Customer No.: __K0071245-3__",
    "Best phone: ___909-441-2086________",
]


def test_values_typed_on_blank_lines_are_reported_without_the_line():
    for name, body in (("kit_request.txt", "\n".join(_FORM) + "\n"), ("kit_request.pdf", _pdf_lines(_FORM))):
        found = _found(name, body)
        assert "Dorotea Vukovic" in values_of(found, "customer_name"), name
        assert {"5-210-4477-08", "K0071245-3"} <= values_of(found, "account_number"), name
        assert "909-441-2086" in values_of(found, "phone"), name
        assert "1187 N Towne Ave, Pomona CA 91767" in values_of(found, "address"), name
        assert not any("_" in value for _, value in found), name


def test_a_blank_form_reports_nothing():
    blank = ["ENERGY SAVINGS KIT REQUEST", "Name on account: ____________________",
             "Service address: ______________________________", "Acct. No.: ________   Customer No.: ________",
             "Best phone: (____) ____-________"]
    assert _found("kit_request_blank.txt", "\n".join(blank) + "\n") == set()
    assert _found("kit_request_blank.pdf", _pdf_lines(blank)) == set()


def test_underscores_joining_the_words_of_a_name_stay():
    assert without_fill_lines("acct__no: see cust__id") == "acct__no: see cust__id"
    assert without_fill_lines("window.__STATE__ = {}; __init__") == "window.__STATE__ = {}; __init__"
    assert without_fill_lines("Acct. No.: ___5-210-4477-08___\tPhone: __") == "Acct. No.: 5-210-4477-08 \tPhone:"
