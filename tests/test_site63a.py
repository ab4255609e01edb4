"""Round 63 (site63a): an addressee block under a page title or a postal endorsement, a Word memo's table typed with
tabs, and an export's rows pasted into an HTML comment. True cases in other words and names than the red-team site,
with hard negatives from a city website (remit-to blocks, staff and facility lists)."""
from __future__ import annotations

from detector_helpers import docx_paragraphs, pairs_found

_SITE = "https://www.fontaine-ca.gov"


def _page(body: str) -> str:
    return (f"<html><head><title>Notices</title></head><body><header><a href='/'>City of Fontaine</a></header>"
            f"<main>{body}</main><footer>City Hall, 100 Civic Plaza, Fontaine, CA 92335</footer></body></html>")


# -- an addressee block two lines under a title that holds "payment" or "return" ----------------------------------

def test_letter_under_a_page_title_naming_a_returned_payment():
    found = pairs_found(f"{_SITE}/billing/notices/returned-payment-7.html", _page(
        "<h1>Notice of Returned Payment (2)</h1><p>Ifeoma Balogun<br>2210 Bramble Ct<br>Fontaine, CA 92335</p>"
        "<p>Dear Ifeoma:</p><p>The check you sent for water account 55-20331-07 was returned unpaid by the bank. "
        "Please pay by cash or card within 10 days.</p><p>Sincerely,<br>Revenue Division</p>"), "text/html")
    assert ("customer_name", "Ifeoma Balogun") in found
    assert any(c == "address" and v.startswith("2210 Bramble Ct") for c, v in found)


def test_letter_under_the_return_service_requested_endorsement():
    found = pairs_found(f"{_SITE}/files/past-due-notice.txt",
                        "RETURN SERVICE REQUESTED\nBartholomew Nkemelu\n77 Larchmont Way Apt 4\nFontaine, CA 92335\n\n"
                        "Dear Bartholomew:\nRefuse account RF-88120 shows a balance 60 days past due. Service stops "
                        "on May 4 unless it is paid.\nSincerely,\nUtility Billing")
    assert ("customer_name", "Bartholomew Nkemelu") in found
    assert any(c == "address" and v.startswith("77 Larchmont Way") for c, v in found)
    assert any(c == "account_number" and v == "RF-88120" for c, v in found)


def test_remit_to_block_is_still_the_senders():
    found = pairs_found(f"{_SITE}/files/invoice-2026-114.txt",
                        "INVOICE 2026-114\nRemit payment to\nGordon Pike\n1200 Industrial Way\nOntario, CA 91761\n\n"
                        "Dear Accounts Payable:\nPlease pay invoice 2026-114 for vendor account 40-1182.\n"
                        "Sincerely,\nGordon Pike")
    assert not {v for c, v in found if c in ("customer_name", "address")}


# -- a Word memo's table typed with tabs --------------------------------------------------------------------------

def test_tab_separated_rows_of_a_word_memo_are_records():
    found = pairs_found(f"{_SITE}/memos/shutoff-holds.docx", docx_paragraphs(*[
        "Shutoff holds granted this week", "Customer\tService Address\tAccount\tkWh",
        "Marguerite Ostrowski\t\t415 Hemlock Dr\t5520-1187-02\t1,944",  # two tabs to line up a column
        "Tobias Eze-Rahman\t9 Fernhill Ct\t5520-3390-11\t812"]))
    for pair in [("customer_name", "Marguerite Ostrowski"), ("address", "415 Hemlock Dr"),
                 ("account_number", "5520-1187-02"), ("energy_usage", "1,944"), ("customer_name", "Tobias Eze-Rahman"),
                 ("account_number", "5520-3390-11")]:
        assert pair in found


def test_tab_separated_staff_and_facility_lists_are_public():
    found = pairs_found(f"{_SITE}/memos/contacts.docx", docx_paragraphs(*[
        "Department contacts", "Name\tTitle\tPhone", "Harriet Osei\tFinance Director\t(909) 350-7600",
        "Colin Marsh\tUtilities Manager\t(909) 350-7611", "Facility\tAddress\tSCE Account\tkWh",
        "City Hall\t100 Civic Plaza\t3-019-2233-41\t412,880", "Fire Station 3\t8800 Sierra Ave\t3-019-8812-07\t96,400"]))
    assert not found


# -- an export's rows pasted into an HTML comment -----------------------------------------------------------------

def test_delimited_rows_in_an_html_comment_are_records():
    found = pairs_found(f"{_SITE}/energy/green-rate.html", _page(
        "<p>Green rate update</p><!-- pulled from CIS 4/2\ncust_name;svc_addr;acct_no;usage_kwh\n"
        "Wilhelmina Achterberg;3301 Saguaro St;44-871203-5;1377\nRicardo Paz-Olmedo;18 Oak Knoll Rd;44-102938-1;640\n-->"),
        "text/html")
    for pair in [("customer_name", "Wilhelmina Achterberg"), ("address", "3301 Saguaro St"),
                 ("account_number", "44-871203-5"), ("energy_usage", "1377"), ("customer_name", "Ricardo Paz-Olmedo"),
                 ("address", "18 Oak Knoll Rd"), ("account_number", "44-102938-1")]:
        assert pair in found


def test_delimited_rows_of_facilities_and_staff_in_a_comment_are_public():
    found = pairs_found(f"{_SITE}/energy/facilities.html", _page(
        "<p>Facilities</p><!--\nfacility,address,account,kwh\nCity Hall,100 Civic Plaza,3-019-2233-41,412880\n"
        "Senior Center,250 Lime Ave,3-019-4410-22,88120\n-->\n<!-- staff\nname,title,ext\n"
        "Harriet Osei,Finance Director,7600\nColin Marsh,Utilities Manager,7611\n-->"
        "<!-- TODO: fix the layout, see ticket 4411, 4412, 4413 -->"), "text/html")
    assert not found
