"""ANSI X12 EDI files (a utility's 814 enrollment batch, 810 invoices, 867 usage), whatever they are posted as.

An X12 file is a raw customer feed written as segments (``N1*8R*RIVERA*LUZ~ N3*118 W HOLT AVE~ REF*12*5517204418~``):
read as lines of text, its values sit between ``*`` and ``~`` with a code for a label, and nothing reads them. Each
transaction set (``ST`` ... ``SE``) is read as a record of the fields its segments hold, labelled by what the X12
standard says they are: the name and address of a customer party (``N1`` of an end-use customer or bill-to party,
with its ``N3``/``N4`` address and ``PER`` contact), the reference numbers that identify the customer's service
(``REF*12`` billing account, ``REF*Q5`` premise, ...), and metered quantities in kWh (``QTY``, ``MEA``). Parties that
are not the customer (the CCA, the utility: ``N1*SJ``, ``N1*8S``) and the envelope (``ISA``/``GS`` sender and receiver
IDs, control numbers, dates) stay plain text lines, as they are the sender's own routing.

The file is told by its envelope: it opens with ``ISA``, whose fixed 106 characters give the element separator
(4th character) and the segment terminator (106th).
"""
from __future__ import annotations

import re

from detectors.model import Location

from . import DocumentBuilder

_ISA_LENGTH = 106
# N1 entity codes of the customer: the end-use customer (8R), an end user (EU), the bill-to party (BT)
_CUSTOMER_PARTIES = {"8R": "Customer name", "EU": "Customer name", "BT": "Bill-to name"}
# the transaction sets a utility's customer is a party of: invoice, enrollment, remittance, usage, account assignment.
# A purchase order's (850) bill-to party is the buyer itself, the City
_UTILITY_SETS = frozenset({"810", "814", "820", "867", "248"})
# REF qualifiers that identify a customer's service (X12 code list 128, as utility EDI guides use them)
_ACCOUNT_REFERENCES = {
    "12": "Utility account number", "11": "Supplier account number", "45": "Previous utility account number",
    "Q5": "Premise number", "MG": "Meter number", "LU": "Service point number",
}
# PER communication qualifiers: phones and e-mail
_CONTACTS = {"TE": "Phone", "HP": "Home phone", "CP": "Cell phone", "WP": "Work phone", "EM": "Email"}
# unit codes of kilowatt-hours (X12 code list 355)
_KWH_UNITS = frozenset({"KH", "K1"})
_ID_QUALIFIER = re.compile(r"[0-9A-Z]{1,2}")  # N103: "1" (DUNS), "9", "92"; a longer word is a name's next part


def looks_like_x12(text: str) -> bool:
    """An X12 interchange: it opens with an ISA segment of its fixed length, then a GS group header."""
    head = text.lstrip("\ufeff \t\r\n")
    return (head.startswith("ISA") and len(head) > _ISA_LENGTH and not head[3].isalnum()
            and head[3] not in " \r\n" and "GS" + head[3] in head[:_ISA_LENGTH + 200])


def read_x12(builder: DocumentBuilder, text: str) -> None:
    """Each transaction set a record of its customer's labelled fields; every other segment a text line."""
    offset = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    separator, terminator = text[offset + 3], text[offset + _ISA_LENGTH - 1]
    if terminator.isalnum() or terminator == separator:  # an ISA not padded to its length: the usual "~"
        terminator = "~"
    transaction = _Transaction(builder)
    line = 1 + text.count("\n", 0, offset)
    for raw in text[offset:].split(terminator):
        number = line + raw[:len(raw) - len(raw.lstrip())].count("\n")  # the line the segment starts on
        line += raw.count("\n")
        segment = raw.strip()
        if not segment:
            continue
        elements = segment.split(separator)
        if elements[0] == "ST":
            transaction.finish()
            transaction = _Transaction(builder, number, elements[1:3])
        if not transaction.read(elements, number):
            builder.add(segment, Location(line=number))
        if elements[0] == "SE":
            transaction.finish()
            transaction = _Transaction(builder)
        if builder.full:
            break
    transaction.finish()


class _Transaction:
    """The fields read from one transaction set (or from segments outside one), made a record when it ends."""

    def __init__(self, builder: DocumentBuilder, line: int | None = None, header: list[str] | None = None):
        self.builder, self.line = builder, line
        self.where = f"transaction {' '.join(header)}" if header else "interchange"
        self.fields = []
        self.party: str | None = None  # the label of the customer party whose N1 loop the segments are in
        self.utility = bool(header) and header[0].strip() in _UTILITY_SETS
        self.address: list[str] = []
        self.address_line = 0

    def read(self, elements: list[str], line: int) -> bool:
        """Take the segment's fields if it holds the customer's; False for a segment left as text."""
        tag, values = elements[0], [e.strip() for e in elements[1:]]
        if tag == "N1":
            self._close_address()
            self.party = _CUSTOMER_PARTIES.get(values[0]) if values and self.utility else None
            if self.party is None or len(values) < 2 or not values[1]:
                return False
            parts = [values[1]]
            if len(values) > 2 and values[2] and not _ID_QUALIFIER.fullmatch(values[2]):
                parts.append(values[2])  # a name written over two elements ("N1*8R*RIVERA*LUZ")
            self._add(" ".join(parts), self.party, line, tag)
            return True
        if tag in ("N3", "N4") and self.party is not None:
            if not self.address:
                self.address_line = line
            self.address.append(" ".join(v for v in values[:2] if v) if tag == "N3" else
                                " ".join(v for v in values[:3] if v))
            if tag == "N4":  # the city, state and ZIP end the address
                self._close_address()
            return True
        if tag == "PER" and self.party is not None:
            pairs = [(values[k], values[k + 1]) for k in range(2, len(values) - 1, 2)]
            contacts = [(_CONTACTS[q], v) for q, v in pairs if q in _CONTACTS and v]
            if len(values) > 1 and values[1]:
                self._add(values[1], f"{self.party} contact", line, tag)
            for label, value in contacts:
                self._add(value, label, line, tag)
            return bool(contacts) or (len(values) > 1 and bool(values[1]))
        if tag == "REF" and len(values) > 1 and values[0] in _ACCOUNT_REFERENCES and values[1]:
            self._add(values[1], _ACCOUNT_REFERENCES[values[0]], line, tag)
            return True
        if tag == "QTY" and len(values) > 2 and values[2].split(">")[0] in _KWH_UNITS:
            self._add(f"{values[1]} kWh", "Usage (kWh)", line, tag)
            return True
        if tag == "MEA" and len(values) > 3 and values[3].split(">")[0] in _KWH_UNITS:
            self._add(f"{values[2]} kWh", "Usage (kWh)", line, tag)
            return True
        if tag not in ("N2", "N3", "N4", "PER", "REF"):  # the party's loop ends
            self._close_address()
            self.party = None
        return False

    def finish(self) -> None:
        self._close_address()
        if self.fields:
            self.builder.add_record(self.fields, Location(line=self.line, element=self.where))
        self.fields = []

    def _close_address(self) -> None:
        if self.address:
            label = "Service address" if self.party == "Customer name" else "Billing address"
            self._add(", ".join(self.address), label, self.address_line, "N3")
            self.address = []

    def _add(self, value: str, label: str, line: int, tag: str) -> None:
        self.fields.append(self.builder.add(value, Location(line=line, element=f"{self.where} > {tag}"),
                                            label=label))
