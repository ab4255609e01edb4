"""Round 41 leftovers (misc41): a customer named after an invitation's verb or a topic's label, an account's holders
named without the usual shape, a solar customer's exported and net kWh, role words kept out of a name, and older
misses (Tagalog labels and markers, the given name "Bill", an Arabic name opening an English sentence).

Covered, each with the hard negatives a city site publishes beside them:
- "For the billing dispute, contact Tevita Fifita at ...; his account is ...": the person to contact about a customer's
  case is the customer when the sentence (or the next one's opening pronoun) tells their own account or bill; and a
  topic's label before a colon ("Billing questions: Marisol Quintero, ... asked why her June bill doubled") hides no
  record. Staff named for questions, with their title, office mailbox or the reader's account, stay public;
- the holder after the address ("the account at 2250 N. Towne Ave is in the name of her former roommate, ..."),
  "X holds the PCE account for the duplex at ...", a tenant and a landlord named with what became of the account;
- a solar household's exported, sent-back, net generation and negative net usage figures;
- "Renter Amira Haddad", "Inquilino Rogelio Nava", "Si Rogelio Bautista": the role word or marker is no part of the name;
- "Numero ng serbisyo:" as an account label (a toll-free line after it is the office's), "Bill Kowalski, acct ...",
  "محمود الحداد called about account ...".
"""
from __future__ import annotations

from detector_helpers import pairs_found, values_of

FOOTER = "<footer>City of Pomona, 505 S Garey Ave, Pomona, CA 91766 · (909) 620-2311</footer>"
URL = "https://www.pomonaca.gov/pce/case-notes.html"


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><header>City of Pomona | Pomona Choice Energy</header><main>{body}</main>{FOOTER}</body></html>"


def _found(*paragraphs: str, url: str = URL) -> set[tuple[str, str]]:
    return pairs_found(url, _page(*paragraphs))


# -- role words and markers before a name ---------------------------------------------------------------------------

def test_role_word_before_a_name_is_no_part_of_it():
    cases = {
        "Renter Amira Haddad, 2-41-567-8901, asked why her bill doubled.": "Amira Haddad",
        "Lessee Joaquin Reyes (acct 3-18-442-0917) disputes the June charges.": "Joaquin Reyes",
        "Inquilino Rogelio Nava, cuenta 3-22-901-4418, pidió un plan de pagos.": "Rogelio Nava",
        "Arrendataria Lucía Campos, cuenta 3-22-901-4418, pidió un plan de pagos.": "Lucía Campos",
        "Roommate Priya Malhotra, acct 3-18-442-0917, asked to be added to the account.": "Priya Malhotra",
        "Si Rogelio Bautista, account 2-55-310-7721, pakitawagan sa (909) 555-0133.": "Rogelio Bautista",
    }
    for sentence, name in cases.items():
        assert values_of(_found(sentence), "customer_name") == {name}, sentence
