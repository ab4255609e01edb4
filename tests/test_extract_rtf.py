"""RTF letters: text read paragraph by paragraph through the file's code page and Unicode escapes; a
customer's complaint letter is found end to end, a City notice is silent."""
from __future__ import annotations

from crawler.extract import extract
from crawler.extract.sniff import RTF
from detectors.engine import scan_document
from detectors.registry import load_detectors

LETTER = rb"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}
\f0\fs24 March 4, 2024\par
\par
Pomona Choice Energy\par
Attn: Billing Dispute\par
\par
To whom it may concern,\par
My name is Mar\'eda L\'f3pez and I live at 1234 W Holt Ave, Pomona, CA 91768. My PCE account number is
 700-123-456-789 and I was billed twice for 640 kWh in February. You can reach me at (626) 555-0147.\par
\par
Sincerely,\par
Mar\u237?a L\u243?pez\par
}"""

NOTICE = rb"""{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}
\f0 NOTICE OF PUBLIC HEARING\par
The Pomona City Council will hold a public hearing on the proposed 2024 residential rates (Tier 1: $0.28 per
 kWh up to 500 kWh; Tier 2: $0.34 per kWh) on March 12, 2024 at 7:00 p.m. in the Council Chambers, Pomona City
 Hall, 505 S. Garey Ave, Pomona, CA 91766.\par
Questions: Maria Santos, Energy Manager, (909) 620-2000, pce@pomonaca.gov.\par
Rosalia Butler, City Clerk\par
}"""


def test_rtf_paragraphs_are_read_with_their_code_page():
    doc = extract("https://www.example.gov/letters/dispute.rtf", LETTER, "application/octet-stream")
    assert doc.content_type == RTF
    texts = [s.text for s in doc.segments]
    assert texts[0] == "March 4, 2024"
    assert texts[-1] == "María López"
    assert doc.segments[-1].location.element == f"paragraph {len(texts)}"
    assert "My PCE account number is 700-123-456-789 and" in texts[4]  # RTF ignores its own line breaks


def test_customer_letter_in_rtf_is_found():
    found = scan_document(extract("https://www.example.gov/agenda/item-9-letter.rtf", LETTER), load_detectors())
    assert {"customer_name", "address", "account_number", "phone"} <= {f.category for f in found}


def test_city_notice_in_rtf_is_silent():
    doc = extract("https://www.example.gov/notices/hearing.rtf", NOTICE, "text/rtf")
    assert "NOTICE OF PUBLIC HEARING" in [s.text for s in doc.segments]
    assert scan_document(doc, load_detectors()) == []
