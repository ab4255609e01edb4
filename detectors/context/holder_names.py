"""The person's name inside the words a bill's name line wraps it in.

A utility's account holder is often no bare name: "Estate of Leonora Okafor", "c/o Rosaura Drummond", "Ana Ruiz
(tenant)", a couple sharing a surname ("Lorraine & Tobias Quintanilla"). A column that names the row's person (a
caller's, a customer's) holds such a value whole; the words around the name say whose account it is, and the
name in them is still the customer's.
"""
from __future__ import annotations

import re

from .persons import names_in

# what opens a holder's name line before the person: an estate, a mail recipient's "care of", an heir
_BEFORE = re.compile(r"(?i)(?:the[ \t]+)?(?:estate[ \t]+of|heirs[ \t]+of|c/o|care[ \t]+of|attn\.?:?)[ \t]+")
# what ends it after the person: their tie to the home, or a death a bill's name line records
_AFTER = re.compile(r"(?i)[ \t]*(?:\((?:tenant|owner|landlord|occupant|renter|deceased|dec'd|estate)\)|,?[ \t]+"
                    r"(?:deceased|dec'd))[ \t]*$")
# a couple's first given name and the "&" or "and" before the second, who bears the surname for both
_COUPLE_OPENING = re.compile(r"[A-Z][A-Za-z'\u2019-]+[ \t]+(?:&|and)[ \t]+(?=[A-Z])")


def wrapped_holder_name(text: str) -> tuple[int, int] | None:
    """The span of the name in a holder's value that wraps it ("Estate of Leonora Okafor" -> "Leonora Okafor";
    "Lorraine & Tobias Quintanilla" whole), when the words around it are only the wrapper's: one person's name
    (or a couple's) and nothing else. None for a bare name (read as it is) or any other words."""
    end = len(text.rstrip())
    before = _BEFORE.match(text)
    start = before.end() if before else len(text) - len(text.lstrip())
    after = _AFTER.search(text, start)
    if after:
        end = after.start()
    couple = None if before or after else _COUPLE_OPENING.match(text, start)
    if not (before or after or couple):
        return None
    name_start = couple.end() if couple else start
    return (start, end) if names_in(text, name_start, end, anchored=True) == [(name_start, end)] else None


# a mailing label's "care of" line: whoever receives the mail for the account's holder named on the line above
_CARE_OF_OPENING = re.compile(r"[ \t]*(?i:c/o|care[ \t]+of|attn\.?:?)[ \t]+")


def addressee_over_care_of(above: str, above_end: int, below: str, below_start: int) -> bool:
    """Whether a name ending at ``above[above_end]`` ends its line, and the line of the name at
    ``below[below_start]`` opens with "c/o" right before it ("ESTATE OF LORRAINE SANDOVAL" / "C/O MATTHIAS
    SANDOVAL" / "1718 GRAND AVE"; the two lines one text or two): the line above names the account's holder, the
    mail's addressee, as much as the care-of line names its recipient."""
    line_end = above.find("\n", above_end)
    line_start = below.rfind("\n", 0, below_start) + 1
    return (not above[above_end:len(above) if line_end < 0 else line_end].strip(" \t")
            and bool(_CARE_OF_OPENING.fullmatch(below, line_start, below_start)))
