"""Letters, notices and statements to a customer laid out as lines (``detectors.context.letters``): a bill's
address block over the account it is for, its usage history in lines, and letters in the languages of a
California city's notices. Hard negatives: the City's letterhead and a vendor's block over an account, usage
by facility, a letter to the council in Spanish."""
from __future__ import annotations

import pytest

from detectors.context.cues import CLOSING_RE, SALUTATION_RE, CueIndex
from tests.test_context_prose import fields_by_kind
from tests.test_customer_context import lines

STATEMENT = ("POMONA CHOICE ENERGY - ENERGY STATEMENT\nStatement date: 04/15/2026\nGABRIEL LEE\n1555 S Fremont St\n"
             "Pomona, CA 91767\nCustomer account{gap}3-511-5552-27\nUSAGE HISTORY\nMonth{gap}kWh{gap}Avg/day\n"
             "Jan 25{gap}540{gap}18.0\nFeb 25{gap}489{gap}16.3\nTotal kWh this period 718\n"
             "Questions? Call PCE at (909) 620-2311.")

FOUND = {
    "statement as PDF lines, columns apart by tabs": (
        lines(STATEMENT.format(gap="\t")),
        {"name": ["GABRIEL LEE"], "address": ["1555 S Fremont St"], "usage": ["540", "489", "718"]}),
    "statement as text, columns apart by single spaces": (
        lines(STATEMENT.format(gap=" ")),
        {"name": ["GABRIEL LEE"], "address": ["1555 S Fremont St"], "usage": ["540", "489", "718"]}),
    "statement in two columns, the account beside the address block": (
        lines("POMONA CHOICE ENERGY - ENERGY STATEMENT\nEL-SAYED, HUDA          Customer account 3-511-5552-27\n"
              "1555 S Fremont St          Statement date: 04/15/2026\nPomona, CA 91767          Due: 05/05/2026\n"
              "Month\tkWh\nJan 25\t540"),
        {"name": ["EL-SAYED, HUDA"], "address": ["1555 S Fremont St"], "usage": ["540"]}),
    "shut-off notice whose usage table's period is a billing period": (
        lines("FINAL NOTICE\nMaria Lopez\n1234 W Holt Ave\nPomona, CA 91768\nAccount No. 2-23-456-7890\n"
              "Your past-due balance is $412.10.\nBilling Period   Days   Usage (kWh)   Amount\n"
              "03/01-03/31   31   612   $140.12\n04/01-04/30   30   1,240   $281.40"),
        {"name": ["Maria Lopez"], "address": ["1234 W Holt Ave"], "usage": ["612", "1,240"]}),
    "Spanish letter, 'Estimado(a)'": (
        lines("9 de febrero de 2026\nMarisa M. King\n3219 W Fremont St\nPomona, CA 91767\n"
              "Estimado(a) Marisa King:\nHemos recibido su solicitud para suspender el servicio. Su factura final "
              "será enviada dentro de 10 días.\nAtentamente,\nPomona Choice Energy"),
        {"name": ["Marisa King", "Marisa M. King"], "address": ["3219 W Fremont St"]}),
    "Vietnamese letter with an account": (
        lines("Nguyễn Văn An\n2289 E Fremont St #5\nPomona, CA 91766\nKính gửi Nguyễn Văn An,\n"
              "Hóa đơn của quý vị cho tài khoản 3-113-9525-18 đã quá hạn.\nTrân trọng,\nPomona Choice Energy"),
        {"name": ["Nguyễn Văn An", "Nguyễn Văn An"], "address": ["2289 E Fremont St #5"]}),
    "Chinese letter: salutation without a space, name block in Latin letters": (
        lines("Wei Zhang\n771 N Towne Ave\nPomona, CA 91767\n尊敬的张先生：\n您的账户 3-113-9525-18 已逾期。\n此致\n"
              "Pomona Choice Energy"),
        # the greeting's surname and title ("Mr. Zhang"), as "Dear Mr. Whitfield" gives "Mr. Whitfield"
        {"name": ["张先生", "Wei Zhang"], "address": ["771 N Towne Ave"]}),
}

NOT_FOUND = {
    "the City's letterhead over a facility's account and its usage": lines(
        "CITY OF POMONA\n505 S Garey Ave\nPomona, CA 91766\nFacility account\t3-511-5552-27\nMonth\tkWh\n"
        "Jan 25\t54000\nTotal kWh this period 718000"),
    "a vendor's block over the City's account with it": lines(
        "INVOICE 44871\nJohnson Controls\n1234 Industrial Way\nOntario, CA 91761\nCustomer account\t3-511-5552-27\n"
        "Bill to: City of Pomona"),
    "a sample bill with a stand-in customer": lines(
        "How to read your bill\nSAMPLE BILL\nJANE DOE\n123 ANY STREET\nPomona, CA 91766\n"
        "Customer account\t1-234-5678-90\nMonth\tkWh\nJan 25\t540"),
    "a letter to the council in Spanish": lines(
        "Estimados miembros del Concejo Municipal:\nLes escribimos sobre el presupuesto de la biblioteca.\n"
        "Atentamente,\nAna Ruiz"),
    "usage by facility in a staff report with a statement's words": lines(
        "Staff report: energy use at City facilities\nMonth\tkWh\nJan 25\t54000\nFeb 25\t48900\n"
        "Total kWh this period 102900"),
}


@pytest.mark.parametrize("parts, expected", FOUND.values(), ids=list(FOUND))
def test_letters_and_statements_to_a_customer(parts, expected):
    assert fields_by_kind(parts) == expected


@pytest.mark.parametrize("parts", NOT_FOUND.values(), ids=list(NOT_FOUND))
def test_public_letters_and_blocks_stay_public(parts):
    assert fields_by_kind(parts) == {}


@pytest.mark.parametrize("line, name", [
    ("Estimado(a) Marisa King:", "Marisa King"), ("Estimada Sra. López,", "Sra. López"),
    ("Apreciable Juan Pérez:", "Juan Pérez"), ("Kính gửi Nguyễn Văn An,", "Nguyễn Văn An"),
    ("Mahal na G. Reyes,", "Reyes"), ("Dear Customer,", "Customer"),
])
def test_salutations_name_their_addressee(line, name):
    assert SALUTATION_RE.match(line).group("name") == name


@pytest.mark.parametrize("line", ["尊敬的王小明先生：", "김민수 님께", "尊敬的客户："])
def test_salutations_without_a_latin_name(line):
    assert SALUTATION_RE.match(line)


@pytest.mark.parametrize("line", ["Ana went to the store, then", "The report:", "Estimates for FY 2026:",
                                  "Kính thưa Ông Trần,"])
def test_lines_that_open_no_letter_or_close_none(line):
    assert not CLOSING_RE.match(line)
    if not line.startswith("Kính"):
        assert not SALUTATION_RE.match(line)


@pytest.mark.parametrize("line", ["Atentamente,", "Sinceramente,", "Trân trọng,", "此致", "Lubos na gumagalang,",
                                  "감사합니다."])
def test_closings(line):
    assert CLOSING_RE.match(line)


@pytest.mark.parametrize("text, expected", [
    ("xin thanh toán hóa đơn của quý vị", True), ("pakibayaran ang iyong bill", True),
    ("尊敬的王先生：您的账户已逾期", True), ("귀하의 요금이 연체되었습니다", True),
    ("hóa đơn của thành phố", False), ("您的意见对我们很重要", False),
])
def test_words_to_a_customer_in_other_languages(text, expected):
    assert CueIndex(text.lower()).any("customer") is expected
