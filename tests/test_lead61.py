"""Round 61, the lead's branch: records whose lines a hard wrap cut, read again as paragraphs (``detectors.reflow``).

site60d's generator on a seed never run before (35) showed a narrow PDF column, a Word paragraph broken by a hard
return and a page's ``<br>``-broken paragraph losing a record's name, address and usage while its account or phone
was found. Each case has a true record in other names and words than the generator's, and the hard negative nearest
to it.
"""
from __future__ import annotations

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from detectors.reflow import Reflowed, _joins
from detectors.registry import load_detectors
from tests.detector_helpers import docx_paragraphs, lines_pdf

DETECTORS = load_detectors()


def _found(url: str, body: bytes, content_type: str | None = None) -> set[tuple[str, str]]:
    return {(f.category, " ".join(f.value.split()))
            for f in scan_document(extract(url, body, content_type), DETECTORS)}


def _of(found: set[tuple[str, str]], category: str) -> set[str]:
    return {value for kind, value in found if kind == category}


# a 311 case narrative in a two-column annual report: each line of the narrow column a line of the PDF
_NARROW_CASE = [
    "Service request 2024-55120. Caller said",
    "that she is WOJCIECHOWSKA, Imelda and",
    "that the porch light at 8817 1/2 Alder",
    "Crest Way, Arroyo Verde, CA 91750 has",
    "been dim since the storm. The best phone",
    "for her is (626) 410-7781. She read the",
    "service account 3-118-204-5529 off her",
    "last bill, which showed 1,877 kWh for the",
    "month. The agent sent the medical form.",
]


def test_a_narrow_pdf_columns_record_is_read_whole():
    found = _found("https://www.example.gov/docs/annual-report.pdf", lines_pdf(_NARROW_CASE, leading=14))
    assert ("phone", "(626) 410-7781") in found and ("account_number", "3-118-204-5529") in found
    assert _of(found, "customer_name") == {"WOJCIECHOWSKA, Imelda"}
    assert any(value.startswith("8817 1/2 Alder Crest Way") for value in _of(found, "address"))
    assert ("energy_usage", "1,877 kWh") in found


def test_a_narrow_pdf_column_of_council_business_stays_silent():
    # the same width and the same kinds of values, all public: a councilmember, a City facility's account and use,
    # a staff member's direct line
    lines = [
        "Councilmember Harriet Okonkwo-Lind asked",
        "staff to compare the Arroyo Verde Civic",
        "Center at 410 W. Mission Blvd (SCE account",
        "3-001-877-2210), which used 964,300 kWh last",
        "fiscal year, with the Corporation Yard.",
        "Questions may be directed to Anselm Vitale,",
        "Energy Program Manager, at (909) 555-0142",
        "or avitale@arroyoverde.gov.",
    ]
    found = _found("https://www.example.gov/docs/minutes.pdf", lines_pdf(lines, leading=14))
    assert not _of(found, "customer_name") and not _of(found, "address") and not _of(found, "phone")


def test_an_account_bracketed_after_a_facility_and_its_street_is_the_citys():
    page = ("<html><body><main><p>For comparison, the Arroyo Verde Civic Center at 410 W. Mission Blvd (SCE account "
            "3-001-877-2210) used 964,300 kWh last fiscal year.</p></main></body></html>")
    assert not _found("https://www.example.gov/news/energy.html", page.encode(), "text/html")
    # a person at a home, the same shape: a customer's account
    page = ("<html><body><main><p>For comparison, Mrs. Alma Centeno at 1410 W. Mission Blvd (SCE account "
            "3-001-877-2210) used 9,640 kWh last year.</p></main></body></html>")
    assert ("account_number", "3-001-877-2210") in _found("https://www.example.gov/news/energy.html", page.encode(),
                                                          "text/html")


def test_a_word_paragraph_broken_after_a_unit_word_keeps_the_record():
    body = docx_paragraphs(
        "Program highlights. When Mr. Teodoro Balasubramanian moved into his condominium at 3307 N. Wisteria Bend "
        "Dr, Apt.",
        "K, the household was using 2,660 kWh a month. After the heat-pump retrofit his ACE account "
        "AV-5519-30772 shows a credit.")
    found = _found("https://www.example.gov/docs/highlights.docx", body)
    assert "Mr. Teodoro Balasubramanian" in _of(found, "customer_name") or \
        "Teodoro Balasubramanian" in _of(found, "customer_name")
    assert any(value.startswith("3307 N. Wisteria Bend Dr") for value in _of(found, "address"))
    assert ("energy_usage", "2,660 kWh") in found


def test_word_paragraphs_that_end_their_sentences_are_not_joined_into_a_record():
    # a board member's paragraph, then a separate paragraph about a customer whose account alone is given: the
    # board member is no customer for standing in the paragraph above
    body = docx_paragraphs(
        "Board Chair Lucinda Ferreira-Bauer opened the item and thanked staff for the report.",
        "One enrolled customer asked that the account AV-5519-30772 be moved to the low-income rate.")
    found = _found("https://www.example.gov/docs/board.docx", body)
    assert ("account_number", "AV-5519-30772") in found
    assert not _of(found, "customer_name")


def test_a_page_paragraph_broken_by_br_inside_a_name_and_an_address():
    page = ("<html><body><main><p>Among the households that received a rebate this spring, Marisela<br>"
            "Quintanilla-Obi of 5120 Juniper Hollow<br>Ln received a $1,200 "
            "rebate. Before the retrofit the household used 1,305<br>kWh a month on ACE account "
            "AV-4410-88213.</p></main></body></html>")
    found = _found("https://www.example.gov/news/rebates.html", page.encode(), "text/html")
    assert "Marisela Quintanilla-Obi" in _of(found, "customer_name")
    assert any(value.startswith("5120 Juniper Hollow Ln") for value in _of(found, "address"))
    assert any(value.startswith("1,305") for value in _of(found, "energy_usage"))


def test_a_page_address_block_broken_by_br_stays_the_citys():
    page = ("<html><body><main><p>Customer Care<br>Arroyo Verde Clean Power<br>410 W. Mission Blvd<br>"
            "Arroyo Verde, CA 91750<br>(909) 555-0100</p><p>Residential customers enrolled: 41,230.</p>"
            "</main></body></html>")
    found = _found("https://www.example.gov/contact.html", page.encode(), "text/html")
    assert not _of(found, "customer_name") and not _of(found, "address")


def test_lines_join_only_in_mid_phrase_and_never_into_a_new_item():
    assert _joins("moved into her home at 2601 E. Juniper Canyon Way, Apt.", "C, she was paying")
    assert _joins("Case 2025-8812. Caller states she is", "ROSENZWEIG, Yesenia and that")
    assert _joins("The Board authorized a settlement with Mr.", "Osvaldo Mwangi regarding")
    assert not _joins("100 Civic Center Plaza", "San Teodoro, CA 91793")  # a letterhead's block
    assert not _joins("Dear Ms. Quintanilla-Obi and family,", "Following our review of the bill")
    assert not _joins("The March read of 3,377 kWh was an actual read.", "Cornelius Hollingsworth")
    assert not _joins("if anyone from the city wants to look at my bill - Philippa, Communications",
                      "siranush tashjian: this is a joke, my bill at")  # a comment thread's next comment
    assert not _joins("The meter was tested on May 2.", "The customer was told")
    assert not _joins("Service address:", "12 Elm St")
    assert not _joins("The account was closed and", "Phone: (909) 555-0100")
    assert not _joins("Reasons given by the caller", "- the bill doubled")
    assert not _joins("Ana Ruiz    12 Elm St", "Bo Li    14 Oak St")
    assert not _joins("Svc Address: 87 Tamarind Way, La Candela", "SCE acct 2-40-118-7731")  # a form's field
    assert not _joins("04/04 9:26 R. Castellanos: caller asked about the bill and", "04/04 9:40 Priya Raman -- done")
    assert not _joins("Customer Liesel Brandt was referred to the Finance Dept.", "Larkfield Hardware at 1880 ...")
    assert _joins("Notes: customer called about the high bill and said that she lives at", "4410 Quail Run Rd")


def test_a_value_across_two_lines_is_placed_in_the_first_and_goes_on_in_the_second():
    first = Segment("Staff visited the household at 8817 Alder", Location(page=1, line=4))
    second = Segment("Crest Way used 1,877 kWh", Location(page=1, line=5))
    document = Document(url="https://www.example.gov/a.pdf", content_type="application/pdf",
                        segments=[first, second])
    reflowed = Reflowed(document)
    assert len(reflowed.reflowed.segments) == 1 and reflowed.paragraph_of(second) is reflowed.paragraph_of(first)
    from detectors.model import Finding
    paragraph = reflowed.reflowed.segments[0]
    start = paragraph.text.index("8817")
    end = paragraph.text.index(" used")
    placed = reflowed.original(Finding("address", "medium", paragraph, start, end))
    assert placed.segment is first and placed.continued is second and placed.value == "8817 Alder Crest Way"
    assert placed.start == first.text.index("8817") and placed.continued_end == len("Crest Way")
