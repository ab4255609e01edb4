"""Files a published folder holds by mistake: a database dump (.sql), its INSERT rows read as records labelled by
the statement's or the CREATE TABLE's columns, and backup copies (page.html.bak, budget.xlsx.old, notes.txt~) read
as what they copy. A dump of public tables raises nothing."""
from __future__ import annotations

import pytest

from crawler.extract import extract, sniff_type
from detectors.engine import scan_document
from detectors.registry import load_detectors

DUMP = b"""-- MySQL dump 10.13  Distrib 8.0.36
DROP TABLE IF EXISTS `customer`;
CREATE TABLE `customer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `acct_no` varchar(20) DEFAULT NULL,
  `first_name` varchar(40),
  `last_name` varchar(40),
  `svc_addr` varchar(80),
  `phone` varchar(20),
  PRIMARY KEY (`id`),
  KEY `idx_acct` (`acct_no`)
) ENGINE=InnoDB;
INSERT INTO `customer` VALUES (1001,'41-7720-93','Rosalind','Achebe','4471 Buckthorn Rd','970-555-0142'),
(1002,'41-7720-94','Tob\\'ias','O''Lindqvist',NULL,'970-555-0199');
INSERT INTO payments (acct_no, ssn, amount) VALUES ('41-7720-93', '512-34-6789', 120.50);
"""


def found(name: str, body: bytes) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(extract(name, body, None), load_detectors())}


def test_a_dumps_rows_are_records_labelled_by_their_columns():
    document = extract("https://www.mesalinda.gov/backup/billing.sql", DUMP, "application/sql")
    assert document.content_type == "application/sql"
    rows = [[(f.label, f.text) for f in r.fields] for r in document.records]
    assert rows == [
        [("id", "1001"), ("acct_no", "41-7720-93"), ("first_name", "Rosalind"), ("last_name", "Achebe"),
         ("svc_addr", "4471 Buckthorn Rd"), ("phone", "970-555-0142")],
        [("id", "1002"), ("acct_no", "41-7720-94"), ("first_name", "Tob'ias"), ("last_name", "O'Lindqvist"),
         ("phone", "970-555-0199")],
        [("acct_no", "41-7720-93"), ("ssn", "512-34-6789"), ("amount", "120.50")]]
    assert {("account_number", "41-7720-93"), ("customer_name", "Rosalind Achebe"), ("address", "4471 Buckthorn Rd"),
            ("phone", "970-555-0142"), ("ssn", "512-34-6789")} <= found("billing.sql", DUMP)


def test_a_dump_of_public_tables_raises_nothing():
    dump = (b"CREATE TABLE facility (name varchar(60), address varchar(80), phone varchar(20), kwh_2024 int);\n"
            b"INSERT INTO facility VALUES ('City Hall','505 S Garey Ave','909-620-2051',412880),"
            b"('Palomares Community Center','499 E Arrow Hwy','909-620-2321',88120);\n"
            b"INSERT INTO permit (permit_no, apn, issued) VALUES ('B24-0107','8341-012-007','2024-03-02');\n")
    assert found("facilities.sql", dump) == set()


@pytest.mark.parametrize("name, expected", [
    ("customers.html.bak", "text/html"), ("budget.xlsx.old", "application/vnd.openxmlformats-officedocument"
                                                            ".spreadsheetml.sheet"),
    ("index.htm.orig", "text/html"), ("notes.txt~", "text/plain"), ("export.csv.bak.old", "text/csv"),
])
def test_a_backup_copy_is_read_as_what_it_copies(name, expected):
    body = {"text/html": b"<table><tr><td>x</td></tr></table>", "text/plain": b"notes", "text/csv": b"a,b\n1,2\n"}
    from tests.test_table_headers import xlsx
    content = xlsx([["a"]]) if expected.endswith("sheet") else body[expected]
    assert sniff_type(f"https://www.mesalinda.gov/old/{name}", "application/x-trash", content) == expected


def test_a_backup_copy_of_a_customer_page_is_scanned():
    page = (b"<table><tr><th>Customer</th><th>Account</th><th>Service Address</th></tr>"
            b"<tr><td>Rosalind Achebe</td><td>41-7720-93</td><td>4471 Buckthorn Rd</td></tr></table>")
    assert {("customer_name", "Rosalind Achebe"), ("account_number", "41-7720-93")} <= found("payers.html.bak", page)
