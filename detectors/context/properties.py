"""The properties that describe a file (an Office file's title, subject, keywords and comments) in a customer's case
file: staff name the draft for the case it is ("Claim for damages - Ana Ruiz", keywords "billing, dispute, 4417 N
Cambridge Ave", comments "Draft for 909-555-0148", title "Deposit refund - ana.ruiz@mail.com", comments "Draft for
612 kWh"), with no label to say what each value is. Once the file's body gives an identifier, a street address, a
phone number, a personal mailbox or a consumption figure there reads as what it is, and a name as the customer's where
the body itself names that customer. The author and last editor stay staff (``names_the_files_editor``); a file naming no
account or customer keeps its properties public (a program memo's title "Rebates at 505 S Garey Ave")."""
from __future__ import annotations

import re

from ..public_contacts import FACILITY_CUE, to_e164
from .analysis import Analysis, page_of
from .shapes import EMAIL_RE, consumption_spans, phone_spans, plain_email, street_addresses

_DOCUMENT_PROPERTIES = "document properties"
_DESCRIBING = frozenset({"title", "subject", "keywords", "comments", "description", "category"})
_WHY = "unlabelled value in the properties of a customer's case file"


def find(analysis: Analysis) -> None:
    """Add the addresses, phones, mailboxes and consumption figures in a case file's describing properties, and the
    names its body calls the customer's that they repeat."""
    properties = [s for s in analysis.segments if s.hidden == _DOCUMENT_PROPERTIES
                  and (s.label or "").lower() in _DESCRIBING and page_of(s) in analysis.anchor_pages]
    if not properties:
        return
    names = {" ".join(f.text.split()) for f in analysis.context.fields
             if f.kind == "name" and f.segment.hidden != _DOCUMENT_PROPERTIES and len(f.text.split()) >= 2}
    for segment in properties:
        text = segment.text
        for m in street_addresses(text):
            if not FACILITY_CUE.search(text, max(0, m.start() - 40), m.start()) and analysis.valid("address", m.group()):
                analysis.add("address", segment, m.start(), m.end(), _WHY)
        for start, end in phone_spans(text):
            e164 = to_e164(text[start:end])
            if e164 and not analysis.contacts.phone_is_public(e164) and analysis.valid("phone", text[start:end]):
                analysis.add("phone", segment, start, end, _WHY)
        for m in EMAIL_RE.finditer(text):
            if not analysis.contacts.email_is_public(plain_email(m.group()).lower(), analysis.document.url):
                analysis.add("email", segment, m.start(), m.end(), _WHY)
        for start, end in consumption_spans(text):
            analysis.add("usage", segment, start, end, _WHY)
        for name in names:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                analysis.add("name", segment, m.start(), m.end(), _WHY)
