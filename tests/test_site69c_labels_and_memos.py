"""Accounts labelled by a utility's brand after the number, and a memo's titled sender above a customer's paragraph.

A billing note writes another utility's account with its label after it in brackets, the utility named by its brand
("494 728 576 1 (SoCalGas acct)", "(Southern California Gas acct)"), as it writes "(gas acct)": the customer's account.
A memo's or a report's header line gives its writer's name and title ("FROM: Ana Ruiz, Energy Analyst"); the title
is that writer's, not the next paragraph's first name's, which may be the customer whose case the report tells.
"""
from __future__ import annotations

import io

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

DETECTORS = load_detectors({})


def found(html: str) -> set[tuple[str, str]]:
    document = extract("https://www.cityofpomona.example/utilities/notes.html", html.encode())
    return {(f.category, f.value) for f in scan_document(document, DETECTORS)}


def found_in_docx(paragraphs: list[str]) -> set[tuple[str, str]]:
    from docx import Document
    doc = Document()
    doc.add_heading("Appeals board report", 1)
    for paragraph in paragraphs:
        doc.add_paragraph(paragraph)
    out = io.BytesIO()
    doc.save(out)
    document = extract("https://www.cityofpomona.example/files/appeals.docx", out.getvalue())
    return {(f.category, f.value) for f in scan_document(document, DETECTORS)}


@pytest.mark.parametrize("html,number,name", [
    ("<p>Leocadia Varga - 494 728 576 1 (SoCalGas acct) - asked to waive the late fee.</p>",
     "494 728 576 1", "Leocadia Varga"),
    ("<h2>Reconnection queue</h2><ul><li>401 106 474 5 (Southern California Gas acct) - Teodor Bjelic - "
     "1192 Tamarack Pl</li></ul>", "401 106 474 5", "Teodor Bjelic"),
    ("<p>Follow up with Marisela Outerbridge on 7720455881 (Edison account no.); meter was re-read.</p>",
     "7720455881", "Marisela Outerbridge"),
])
def test_an_account_labelled_after_by_its_utilitys_brand_is_the_customers(html, number, name):
    hits = found(html)
    assert ("account_number", number) in hits
    assert ("customer_name", name) in hits


@pytest.mark.parametrize("html", [
    # the utility's line to call, its services desk named after the number
    "<p>Questions about a gas bill? Call 800 427 2200 (SoCalGas account services).</p>",
    # a budget line and a permit's number beside the brand's words, and the City's own facility
    "<p>Budget 2024 1183 5520 (SoCalGas acct) for the Civic Center boilers.</p>",
    "<p>Permit BLD24-00917 (SoCalGas acct relocation) was issued for 1170 W. Holt Ave.</p>",
])
def test_numbers_beside_a_brands_words_that_are_no_customers_account_stay_unreported(html):
    assert not {hit for hit in found(html) if hit[0] == "account_number"}


CASE = ("Gundula Tzanakis appealed the denial of a leak adjustment on April 5. The customer's account number is "
        "2277774810. The customer can be reached at 562-912-2008.")


@pytest.mark.parametrize("header", ["FROM: Ana Ruiz, Energy Analyst", "Prepared by: Ana Ruiz, Utility Billing Supervisor"])
def test_a_memos_titled_writer_above_leaves_the_next_paragraphs_customer_theirs(header):
    assert ("customer_name", "Gundula Tzanakis") in found_in_docx([header, CASE])
    assert ("customer_name", "Gundula Tzanakis") in found(f"<p>{header}</p><p>{CASE}</p>")


def test_the_writer_of_the_memo_is_not_reported():
    hits = found_in_docx(["FROM: Ana Ruiz, Energy Analyst", CASE])
    assert not {hit for hit in hits if hit[0] == "customer_name" and "Ruiz" in hit[1]}


def test_a_title_that_a_pdf_wrapped_onto_the_line_above_still_makes_an_official():
    # "... read by Councilmember" / "Imani Okafor ...": the title ends the line above with no name of its own there
    hits = found("<p>The report was read by Councilmember</p><p>Imani Okafor, who lives at 12 Elm St, account "
                 "2277774810.</p>")
    assert not {hit for hit in hits if hit[0] == "customer_name"}


@pytest.mark.parametrize("html,number", [
    ("<p>Gundula Tzanakis appealed the bill. The meter serving her home is No. V15B-986516.</p>", "V15B-986516"),
    ("<p>Teodor Bjelic disputes the estimate; the meter that serves the residence, 4410293, was tested.</p>",
     "4410293"),
])
def test_a_meter_named_by_the_home_it_serves_is_the_customers(html, number):
    assert ("account_number", number) in found(html)


@pytest.mark.parametrize("html", [
    "<p>The meter serving the home at 505 S. Garey Ave is No. V15B-986516.</p>",
    "<p>The permit serving the home is No. 4410029381.</p>",
])
def test_a_number_serving_a_facility_or_of_another_kind_is_no_account(html):
    assert not {hit for hit in found(html) if hit[0] == "account_number"}
