"""Customer records deep in a city's long PDFs (red team bigpdf36).

- A billing system's extract pasted into a page as ``KEY: value`` fields, the keys a database's ("CUST_NM:",
  "SVC_ADDR:", "PHONE_1:", "KWH_LAST_CYCLE:"): each key of a known kind labels its value as "Customer Name:" would,
  and a line of such fields is a record's line, neither a table's header over the next record's line nor a row of a
  table without one (its record number "REC 007" is no usage). Hard negatives: an RFP's field layout describing the
  keys in words, a rate table's "Tier 1: 0-500 kWh" header, the City's own facility meters and staff contacts under
  the same kind of keys.
- A table laid out as lines under a header whose first column is the facility's ("Facility | Service Address | SCE
  Account | Annual kWh"), whatever its title calls the sites ("Candidate Sites"): its rows name the City's sites, not
  customers, and their accounts and addresses are the City's. Hard negatives: the same table headed by a customer
  column, and a facility row that names a firm or a person, stay reported.
- A class average whose sentence a page break cuts ("... The average residential" / the page's footer / "customer used
  512 kWh per month ..."): the page opens in mid-sentence, read with the previous page's last line, and no customer's
  record. Hard negative: an unnamed customer's own bill told at the top of a page after a finished sentence stays
  reported.
- A report printing each record on two lines ("R25-112  Name" / "         street   account   kWh   refund"), in a
  text file or drawn in a PDF as strings typed with leading spaces: the second line is the same record's, under the
  columns its indentation puts it in. Hard negative: a report that leaves a repeated first cell blank keeps each
  line a record of its own.
- A bookmark over a page that withholds whose record it is ("Caller: [REDACTED]"), its title naming a person and
  their mailbox: the title gives away what the redaction hid. Hard negative: a public comment whose page shows the
  commenter's name (only the phone redacted) keeps its bookmark unreported.
- A fax header atop each page of a faxed claim ("FROM: <number> <station>  TO: ...  P.1/2"), its station named for
  the customer who signs the letter: the sending number is the customer's. Hard negative: a fax sent from a City
  office's station.
- A customer's two-page letter to the Council, its account in the first page's body and its closing on the second:
  one letter, its signer and their contacts the customer's. Hard negative: a resident's two-page letter on a policy
  item, with no identifier, stays a public comment.
"""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofmontclaire.example.gov/documents"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


def _cells_pdf(rows: list[list[str]], top: int = 740, leading: int = 15, column: int = 190) -> bytes:
    """A one-page PDF whose lines hold cells a ``column`` of points apart (a line of one cell is prose)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Courier", 9)
    for k, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            pdf.drawString(60 + column * c, top - leading * k, cell)
    pdf.save()
    return out.getvalue()


# --- 1. a billing extract's KEY: value fields ------------------------------------------------------------------

_EXTRACT = [
    ["Attachment 4 - Extract from the legacy billing system (conversion test)"],
    ["REC 017", "CUST_NM: VARGAS-OYELARAN,TEODORA", "ACCT_ID: 700418852306"],
    ["SVC_ADDR: 4187 CALLE ALMENDRO MONTCLAIRE CA 91763"],
    ["PHONE_1: 9094418270", "EMAIL: tvoyelaran@example.net"],
    ["KWH_LAST_CYCLE: 742", "RATE: TOU-D-4-9PM", "STATUS: ACTIVE"],
    ["REC 018", "CUST_NM: HOLMQUIST,BERIT", "ACCT_ID: 700552019447"],
    ["SVC_ADDR: 936 W MARIGOLD WAY MONTCLAIRE CA 91763"],
    ["PHONE_1: 6265530914", "EMAIL: bholmq@example.org"],
    ["KWH_LAST_CYCLE: 1287", "RATE: TOU-D-PRIME", "STATUS: ACTIVE"],
]


def _assert_extract_records(found: set[tuple[str, str]]) -> None:
    assert {"VARGAS-OYELARAN,TEODORA", "HOLMQUIST,BERIT"} <= values_of(found, "customer_name")
    addresses = " ".join(values_of(found, "address"))
    assert "4187 CALLE ALMENDRO" in addresses and "936 W MARIGOLD WAY" in addresses
    assert {"9094418270", "6265530914"} <= values_of(found, "phone")
    usage = values_of(found, "energy_usage")
    assert {"742", "1287"} <= usage
    assert not usage & {"017", "018", "9094418270", "6265530914"}  # record numbers and phones are no usage


def test_a_billing_extract_in_a_pdf_reports_each_records_fields():
    _assert_extract_records(_found("rfp-2025-031.pdf", _cells_pdf(_EXTRACT)))


def test_a_billing_extract_as_text_reports_each_records_fields():
    body = "\n".join("\t".join(cells) for cells in _EXTRACT) + "\n"
    _assert_extract_records(_found("conversion-test.txt", body))


def test_an_extracts_field_layout_described_in_words_reports_nothing():
    body = _cells_pdf([
        ["Exhibit H - Field layout of the customer extract"],
        ["CUST_NM: Customer name (last, first), 40 characters"],
        ["SVC_ADDR: Service address, street line only"],
        ["PHONE_1: Primary phone, ten digits without punctuation"],
        ["KWH_LAST_CYCLE: Usage of the last billing cycle, whole kWh"],
        ["ACCT_ID: Twelve-digit account identifier"],
        ["Tier 1: 0-500 kWh", "Tier 2: 501-1000 kWh", "Tier 3: over 1000 kWh"],
        ["$0.21", "$0.27", "$0.33"],
        ["$0.22", "$0.28", "$0.34"],
    ])
    found = _found("rfp-2025-031-exhibit-h.pdf", body)
    assert not {kind for kind, _ in found} & {"customer_name", "address", "phone", "energy_usage", "account_number"}


def test_the_citys_facility_meters_and_staff_under_field_keys_report_nothing():
    body = "\n".join("\t".join(cells) for cells in [
        ["Appendix C - City facility meters in the solar feasibility study"],
        ["SITE 01", "FACILITY_NM: Civic Center Annex", "SVC_ACCT: 3-041-5578-22"],
        ["SVC_ADDR: 505 S Garey Ave"],
        ["KWH_ANNUAL: 1,284,300", "RATE: TOU-GS-3", "STATUS: ACTIVE"],
        ["SITE 02", "FACILITY_NM: Westside Branch Library", "SVC_ACCT: 3-041-6620-19"],
        ["SVC_ADDR: 625 S Garey Ave"],
        ["KWH_ANNUAL: 412,780", "RATE: TOU-GS-2", "STATUS: ACTIVE"],
        ["Study contacts:"],
        ["STAFF_NM: Dolores Quintanar", "PHONE_1: (909) 620-2311", "DEPT: Public Works"],
        ["STAFF_NM: Barnaby Whitcombe", "PHONE_1: (909) 620-2418", "DEPT: Facilities"],
    ]) + "\n"
    assert not _found("solar-feasibility-appendix-c.txt", body)


# --- 2. a table of sites under a facility column ---------------------------------------------------------------

def _sites_pdf(header: list[str], rows: list[list[str]]) -> bytes:
    return _cells_pdf([["Table 3-2: Sites Proposed for EV Charging - Current Electric Service"], header, *rows],
                      column=150)


_SITES = [
    ["Bus Depot", "2217 Harrowgate Ave", "2-31-448-5096", "884,210"],
    ["Skate Plaza", "940 W Lindenfield Rd", "700238814471", "96,420"],
    ["Equestrian Arena", "1880 Calle Venado", "2-19-770-3312", "151,905"],
]


def test_rows_under_a_facility_column_are_the_citys_sites():
    found = _found("ev-charging-feasibility.pdf",
                   _sites_pdf(["Facility", "Service Address", "SCE Account", "Annual kWh"], _SITES))
    assert not {kind for kind, _ in found} & {"account_number", "address", "customer_name"}


def test_rows_under_a_customer_column_stay_customers():
    rows = [["Ingeborg Tallach", "2217 Harrowgate Ave", "2-31-448-5096", "884"],
            ["Rafferty Osei-Mensah", "940 W Lindenfield Rd", "700238814471", "964"]]
    found = _found("ev-rebates.pdf", _sites_pdf(["Customer", "Service Address", "SCE Account", "Annual kWh"], rows))
    assert {"2-31-448-5096", "700238814471"} <= values_of(found, "account_number")


def test_a_firm_or_a_person_in_a_facility_column_stays_reported():
    rows = [*_SITES, ["Quenby Cold Storage LLC", "3105 Harrowgate Ave", "700551208837", "2,406,118"],
            ["Ingeborg Tallach (home)", "418 E Quenby St", "700551349902", "7,410"]]
    found = _found("ev-charging-feasibility.pdf",
                   _sites_pdf(["Facility", "Service Address", "SCE Account", "Annual kWh"], rows))
    accounts = values_of(found, "account_number")
    assert {"700551208837", "700551349902"} <= accounts
    assert not accounts & {"2-31-448-5096", "700238814471", "2-19-770-3312"}


# --- 3. a sentence cut by a page break ------------------------------------------------------------------------

def _pages_pdf(*pages: list[str]) -> bytes:
    """A PDF of pages of lines in Helvetica, each page closed by a records office's Bates number."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number, lines in enumerate(pages, start=1):
        for k, line in enumerate(lines):
            pdf.drawString(72, 720 - 15 * k, line)
        pdf.drawString(420, 40, f"MTC-PRA-25-0193-{number:04d}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_class_average_cut_by_a_page_break_is_no_customers_record():
    body = _pages_pdf(
        ["Annual summary of residential load, as released with the response.",
         "Usage per home fell again in 2024 after a mild summer. The average residential"],
        ["customer used 512 kWh per month in 2024, compared with 577 kWh in 2023, which staff",
         "attributes to weather and new rooftop solar."])
    assert not values_of(_found("pra-25-0193-records.pdf", body), "energy_usage")


def test_an_unnamed_customers_bill_at_the_top_of_a_page_stays_reported():
    body = _pages_pdf(
        ["Complaint log summary, as released with the response.",
         "Staff reviewed each complaint received in March."],
        ["The customer called from (909) 555-0187 disputing the March bill of 1,940 kWh at her home.",
         "Staff explained the new rate."])
    found = _found("pra-25-0193-records.pdf", body)
    assert "1,940 kWh" in values_of(found, "energy_usage") and "(909) 555-0187" in values_of(found, "phone")


# --- 4. a record printed on two lines --------------------------------------------------------------------------

_TWO_LINE_REPORT = [
    "Appendix K: Utility Users Tax Refunds Paid, FY 2024-25",
    "",
    "Claim     Claimant / Service Address          SCE Account         Refund",
    "R25-112   Halvard Nyquist-Obi",
    "          3318 W Larkspur Ridge Rd            700-318-552-904     $61.20",
    "R25-140   Marisela Quenby",
    "          872 E Thistledown Ln                700-455-091-337     $18.75",
    "",
    "Total refunds paid: 2 claims",
]


def _typed_pdf(lines: list[str]) -> bytes:
    """A PDF of monospace lines, each drawn as one string with the spaces it was typed with."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Courier", 8)
    for k, line in enumerate(lines):
        pdf.drawString(60, 720 - 11 * k, line)
    pdf.save()
    return out.getvalue()


def _assert_two_line_records(found: set[tuple[str, str]]) -> None:
    assert {"Halvard Nyquist-Obi", "Marisela Quenby"} <= values_of(found, "customer_name")
    addresses = " ".join(values_of(found, "address"))
    assert "3318 W Larkspur Ridge Rd" in addresses and "872 E Thistledown Ln" in addresses
    assert {"700-318-552-904", "700-455-091-337"} <= values_of(found, "account_number")


def test_two_line_records_in_a_text_report():
    _assert_two_line_records(_found("uut-refunds-fy25.txt", "\n".join(_TWO_LINE_REPORT) + "\n"))


def test_two_line_records_typed_in_a_pdf():
    _assert_two_line_records(_found("budget-appendix-k.pdf", _typed_pdf(_TWO_LINE_REPORT)))


def test_a_report_leaving_a_repeated_first_cell_blank_keeps_each_line_a_record():
    body = "\n".join([
        "Read Date   Customer              Account        kWh",
        "06/02/25    Halvard Nyquist-Obi   7004418822     612",
        "            Marisela Quenby       7004418839     540",
        "06/03/25    Ondine Farquharson    7004419017     488",
    ]) + "\n"
    from crawler.extract.fixed_width import tables
    rows = [cells for table in tables(body.splitlines()) for _, cells in table.rows]
    assert [cells[1] for cells in rows] == ["Halvard Nyquist-Obi", "Marisela Quenby", "Ondine Farquharson"]
    found = _found("reads-june.txt", body)
    assert {"Halvard Nyquist-Obi", "Marisela Quenby"} <= values_of(found, "customer_name")
    assert {"612", "540"} <= values_of(found, "energy_usage")


# --- 5. a bookmark over a redacted page ------------------------------------------------------------------------

def _bookmarked_pdf(pages: list[tuple[str, list[str]]]) -> bytes:
    """A PDF of pages of lines, each page bookmarked with its title."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for k, (title, lines) in enumerate(pages):
        for j, line in enumerate(lines):
            pdf.drawString(60, 720 - 15 * j, line)
        pdf.bookmarkPage(f"page{k}")
        pdf.addOutlineEntry(title, f"page{k}", 0)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_bookmark_naming_the_caller_a_page_redacts_is_reported():
    body = _bookmarked_pdf([
        ("Voicemail transcript - Ingeborg Tallach <itallach58@outlook.com>",
         ["VOICEMAIL TRANSCRIPTION (automated)",
          "Caller: [REDACTED]. Callback number: [REDACTED]. Message: I am calling",
          "about the notice I got about my enrollment. Please call me back."]),
    ])
    found = _found("pra-25-0193-records.pdf", body)
    assert "Ingeborg Tallach" in values_of(found, "customer_name")
    assert "itallach58@outlook.com" in values_of(found, "email")


def test_a_bookmark_over_a_public_comment_showing_its_writer_is_not_reported():
    body = _bookmarked_pdf([
        ("Public comment - Rafferty Osei <rosei@example.org>",
         ["PUBLIC COMMENT RECEIVED",
          "Name: Rafferty Osei. Phone: [REDACTED]. Comment: please keep the library open late."]),
        ("Staff report - Library hours", ["Staff recommends keeping the Westside branch open until 8 p.m."]),
    ])
    found = _found("council-packet-public-comments.pdf", body)
    assert not values_of(found, "customer_name") and not values_of(found, "email")


# --- 6. a fax header naming the customer's station ----------------------------------------------------------

def _faxed_claim(station: str) -> bytes:
    header = "MAY-06-2025 14:12     FROM: {number} {station}     TO: 19095550100     P.{page}/2"
    return _pages_pdf(
        [header.format(number="9514471290", station=station, page=1), "To: City of Montclaire, Risk Management",
         "Re: Claim C25-0217, spoiled food after the outage of May 1",
         "The power came back with a surge and the freezer stopped working."],
        [header.format(number="9514471290", station=station, page=2),
         "I attach the receipts for the freezer and the food.", "Sincerely,", "Rosalind Achterberg",
         "2207 E Wintergreen Ave", "Montclaire, CA 91763", "Edison acct. 2-19-554-8032"])


def test_a_fax_header_naming_the_customers_station_gives_their_number():
    found = _found("claims-report-fy25.pdf", _faxed_claim("R ACHTERBERG"))
    assert "Rosalind Achterberg" in values_of(found, "customer_name")
    assert "9514471290" in values_of(found, "phone")


def test_a_fax_from_a_city_office_gives_no_customers_number():
    found = _found("claims-report-fy25.pdf", _faxed_claim("MONTCLAIRE RISK MGMT"))
    assert "Rosalind Achterberg" in values_of(found, "customer_name")
    assert "9514471290" not in values_of(found, "phone")


# --- 7. a letter over two pages ------------------------------------------------------------------------------

def _two_page_letter(first_body: list[str]) -> bytes:
    return _pages_pdf(
        ["City Council Regular Meeting - May 20, 2025 - Agenda Packet", "Teodora Lindqvist-Amari",
         "5519 Brambleton Ct", "Montclaire, CA 91763", "April 28, 2025", "Honorable Mayor and City Council",
         "Dear Mayor and Council Members,", *first_body],
        ["Mayor and City Council - page 2",
         "I ask that the Council hear this at its next meeting.",
         "You can reach me at 909.447.2281 or at tlamari@example.net if you need anything else.",
         "Respectfully,", "Teodora Lindqvist-Amari"])


def test_a_customers_two_page_letter_is_one_letter():
    body = _two_page_letter([
        "I am writing to appeal the staff decision on my March bill. My Edison account number is",
        "700318550216. The bill says 1,988 kWh, three times what my home uses in spring."])
    found = _found("council-packet-2025-05-20.pdf", body)
    assert "Teodora Lindqvist-Amari" in values_of(found, "customer_name")
    assert "5519 Brambleton Ct" in " ".join(values_of(found, "address"))
    assert "909.447.2281" in values_of(found, "phone")


def test_a_residents_two_page_letter_on_a_policy_item_stays_public():
    body = _two_page_letter([
        "I am writing in support of the proposed bike lanes on Holt Avenue. They would make",
        "the trip to school safer for the children on our street."])
    found = _found("council-packet-2025-05-20.pdf", body)
    assert not values_of(found, "customer_name") and not values_of(found, "address")
