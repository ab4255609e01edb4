"""Round 60, the lead's branch: Word memos' and e-mails' records site59d's generator showed on a new seed (35).

Each rule has a true case in other names and words than the generator's, and the hard negative nearest to it.
"""
from __future__ import annotations

import io

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

DETECTORS = load_detectors()


def _found(document) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(document, DETECTORS)}


def _text(text: str, name: str = "memo.txt") -> set[tuple[str, str]]:
    return _found(extract(f"https://www.example.gov/docs/{name}", text.encode(), "text/plain"))


def _docx(paragraphs: list[str], *, link: tuple[str, str] | None = None,
          footer: str | None = None) -> set[tuple[str, str]]:
    """A Word memo of ``paragraphs``; ``link``: (shown words, mailto target) of a hyperlink in a paragraph of its own;
    ``footer``: the text of its page footer."""
    docx = pytest.importorskip("docx")
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if link:
        paragraph = document.add_paragraph()
        rel = paragraph.part.relate_to(f"mailto:{link[1]}", RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), rel)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = link[0]
        run.append(text)
        hyperlink.append(run)
        paragraph._p.append(hyperlink)
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return _found(extract("https://www.example.gov/docs/memo.docx", out.getvalue(), None))


# --- labels: which system keeps the account --------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("Note from billing: the customer's account on our side is GV5521873.", "GV5521873"),
    ("The account in our records, 7004412289, was closed in March.", "7004412289"),
    ("Su cuenta en nuestro sistema es GV5521873.", "GV5521873"),
])
def test_an_account_label_reaches_past_the_system_that_keeps_it(text, value):
    assert ("account_number", value) in _text(text)


def test_a_budget_line_in_our_system_stays_no_account():
    found = _text("FISCAL IMPACT: Funding is available in the adopted FY 2025-26 budget, General Fund.\n"
                  "The expense posts to account 101-4310-5210 in our system.")
    assert not {v for c, v in found if c == "account_number"}


# --- a customer's account, named so, on a page that reads as a budget ------------------------------------------


def test_a_customers_water_account_on_a_budget_page_is_theirs():
    found = _text("FISCAL IMPACT: None to the General Fund; appropriation in the FY 2025-26 budget.\n"
                  "Update: Customer's water account 44-81207-19 was also flagged for a leak.")
    assert ("account_number", "44-81207-19") in found


def test_a_water_account_of_the_fund_on_a_budget_page_stays_a_ledger_line():
    found = _text("FISCAL IMPACT: None to the General Fund; appropriation in the FY 2025-26 budget.\n"
                  "Charge the meter repairs to water account 501-4410-5300 (Water Fund).")
    assert not {v for c, v in found if c == "account_number"}


# --- a field crew's visit to a resident's home -----------------------------------------------------------------

_FIELD_NOTES = ("FIELD SERVICES - METER INVESTIGATION\n"
                "Re: high bill complaint, SCE account review\n")


def test_the_home_a_crew_visited_is_the_residents():
    found = _text(_FIELD_NOTES + "Crew arrived at 7714 Amberwood Ln, Alta Vista, CA 91790 at 10:15 am.\n"
                  "The resident was home and let the crew into the backyard to read the meter.")
    assert ("address", "7714 Amberwood Ln, Alta Vista, CA 91790") in found


def test_a_site_visit_with_the_customer_spoken_of_on_its_line():
    found = _text(_FIELD_NOTES + "Site visit: 392 Calle Quinta, Alta Vista, CA 91791 (side gate, code given by "
                  "the customer).")
    assert ("address", "392 Calle Quinta, Alta Vista, CA 91791") in found


def test_a_crew_at_a_city_facility_is_no_ones_home():
    found = _text(_FIELD_NOTES + "Crew arrived at 2150 Civic Center Dr, Alta Vista, CA 91790 at 7:00 am to load "
                  "the truck.\nCrew then replaced the photocell on the pole by the library.")
    assert not {v for c, v in found if c == "address"}


# --- the number staff are asked to call the customer at, by name -----------------------------------------------


def test_a_call_to_the_customer_by_given_name_gives_their_number():
    found = _text("Customer Bronwyn Achterberg lives at 5120 Thornapple Rd, Alta Vista. She says the "
                  "generation charge tripled. Can staff call Bronwyn at 626.418.3307?")
    assert ("phone", "626.418.3307") in found


def test_a_call_to_someone_else_by_name_is_not_the_customers_number():
    found = _text("Customer Bronwyn Achterberg lives at 5120 Thornapple Rd, Alta Vista. She says the "
                  "generation charge tripled. For questions, call Oswaldo Pereira, Billing Supervisor, at 626.418.3307.")
    assert ("phone", "626.418.3307") not in found


# --- a personal mailbox that spells the customer's name --------------------------------------------------------

_MEMO = ["TO: Leticia Fairbanks, Billing Supervisor", "FROM: Corwin Ashdown, Customer Programs",
         "SUBJECT: Constituent request",
         "Council Member Haddad forwarded a concern from resident Ignatius Okonkwo-Reyes of 2288 Harrow Ct, "
         "Alta Vista, whose SCE account 2-31-774-9054 shows a doubled bill."]


def test_a_memos_mailto_link_spelling_the_customer_is_theirs():
    found = _docx(_MEMO, link=("send confirmation", "ignatius_o@yahoo.com"))
    assert ("email", "ignatius_o@yahoo.com") in found


@pytest.mark.parametrize("given, surname, local, spells", [
    ("ignatius", "achterberg", "ignatius_o", True), ("ignatius", "achterberg", "achterberg.family", True),
    ("ignatius", "achterberg", "iachterberg", True), ("ignatius", "achterberg", "achterbergi", True),
    ("ignatius", "achterberg", "ignatiusa", True), ("ignatius", "achterberg", "ignatiusachterberg77", True),
    ("ignatius", "achterberg", "tidewater.books", False), ("ignatius", "achterberg", "ig", False),
    ("rose", "achterberg", "rose.garden", False),  # a name that is a frequent word spells no one alone
    ("maria", "reyes", "reyes.family", False), ("maria", "reyes", "mreyes", True),
])
def test_which_mailboxes_spell_a_customer(given, surname, local, spells):
    from detectors.context.spelt_mailboxes import _spells, local_words

    assert _spells(local_words(local), given, surname) is spells


def test_a_mailto_link_at_the_citys_domain_is_left():
    found = _docx(_MEMO, link=("send confirmation", "ignatius.okonkwo@alta-vista.ca.gov"))
    assert not {v for c, v in found if c == "email"}


# --- a short sentence beside a memo's sample line is the memo's ------------------------------------------------


def test_a_short_sentence_beside_a_sample_line_is_no_part_of_the_sample():
    found = _docx(["I approve the 6-month payment arrangement for Marisol Entwistle, SCE account 2-40-118-6623.",
                   "Average use at the premises is 1,412 kWh per month.",
                   "Send the signed plan to 8841 Larkspur Way, Alta Vista, CA 91790.",
                   "Sample: Jane Q. Customer, 123 Main Street, Anytown, CA 90000, account 0000-0000-00."])
    assert ("address", "8841 Larkspur Way, Alta Vista, CA 91790") in found


def test_the_sample_lines_own_address_stays_the_samples():
    found = _docx(["How to read your payment plan letter.",
                   "Sample: Jane Q. Customer, 123 Main Street, Anytown, CA 90000, account 0000-0000-00.",
                   "Send the signed plan to 123 Main Street, Anytown, CA 90000."])
    assert not {v for c, v in found if c in ("address", "customer_name", "account_number")}


# --- a memo's footer filing it under the customer, with their number -------------------------------------------

_PLAN = ["I approve the 6-month payment arrangement for Marisol Entwistle, SCE account 2-40-118-6623.",
         "Average use at the premises is 1,412 kWh per month.",
         "Sample: Jane Q. Customer, 123 Main Street, Anytown, CA 90000, account 0000-0000-00."]


def test_a_footers_phone_beside_the_memos_customer_is_theirs():
    found = _docx(_PLAN, footer="Plan approved for Marisol Entwistle - (626) 418-7720")
    assert ("phone", "(626) 418-7720") in found


def test_a_footers_phone_beside_the_writer_is_not_the_customers():
    found = _docx(_PLAN, footer="Prepared by Leticia Fairbanks - (626) 418-7720")
    assert ("phone", "(626) 418-7720") not in found


# --- a facility named on its own line, under a customer's wrapped row ------------------------------------------


def test_a_facility_named_on_its_own_line_keeps_its_usage_under_a_customers_row():
    found = _text("The following accounts are more than 90 days past due and are referred to collections.\n"
                  "Oyelaran Whitcombe | 2215 Sagebrush Ct, Alta Vista, CA 91790 | 4-04-288-3209 | (951)\n"
                  "209-7856 | $2,687.40\n"
                  "The Corporation Yard (4410 Industrial Row, Alta Vista) used 773,000 kWh in FY 2024-25 on SCE\n"
                  "account 2-41-230-1527 (City facility).")
    assert ("energy_usage", "773,000 kWh") not in found
    assert ("address", "2215 Sagebrush Ct, Alta Vista, CA 91790") in found
