"""A field name whose words are run together in lower case: "acctnum", "svcagmt", "servicepointid", "custname".

HTML lowercases attribute names, so the ``data-acctNum`` and ``data-svcAgmt`` an author writes reach the reader as
"acctnum" and "svcagmt", the case that showed where a word ended gone; a CRM or a script's JSON writes its keys so too.
Such a name is read as its words ("acct num") when it splits wholly into the words fields are named with; any other
lower-case word ("nominee", "accountant", "premium", "billing") is left as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

# the words a customer record's fields are named with, whole or cut short (not "e"/"mail", not "sa": "said" is a word)
_FIELD_WORDS = frozenset(
    "account acct accts customer cust client service svc srv billing bill mailing mail home cell mobile work premise "
    "premises prem meter mtr point pt agreement agmt agrmt contract number num nbr no id ref name first last full "
    "middle holder owner address addr street phone tel email usage kwh annual monthly utility electric contact "
    "serial "
    # and the words of the fields a staff directory or a list of places is named with ("jobtitle", "facilityname"),
    # read apart so that their columns say whose the record is
    "job title position dept department staff employee facility site park location".split())
_LONGEST = max(map(len, _FIELD_WORDS))
# a CRM's keys of its own records (Dynamics' "accountid", "contactid": a GUID), no customer's number
_RECORD_KEYS = frozenset({"accountid", "contactid"})
_GLUED = re.compile(r"\b[a-z]{5,40}\b")


def unglued(name: str) -> str:
    """``name`` with each lower-case word that is field words run together written apart ("data acctnum" -> "data
    acct num", "servicepointid" -> "service point id"); the rest as it is."""
    return _GLUED.sub(lambda m: _split(m.group()) or m.group(), name)


@lru_cache(maxsize=4096)
def _split(word: str) -> str | None:
    """The field words ``word`` is made of, two or more, the fewest; None when it is no such compound."""
    best: list[list[str] | None] = [[]] + [None] * len(word)  # best[i]: the fewest words spelling word[:i]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST), end):
            head = best[start]
            if head is not None and word[start:end] in _FIELD_WORDS and (
                    best[end] is None or len(head) + 1 < len(best[end])):
                best[end] = head + [word[start:end]]
    words = best[-1]
    if not words or len(words) < 2 or word in _RECORD_KEYS or "id" in words[:-1]:
        return None  # "customeridname": the name of the record an id keys, no field of these words
    return " ".join(words)
