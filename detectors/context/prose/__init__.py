"""Records in running text, read by one module per record rule: ``records.find`` reads a page's text for
them (what is a record and what is not: see ``records``), and the named-again rules (``named_again``) read
the records found, as strategies of their own.
"""
from __future__ import annotations

from .headings import HEADING_ELEMENT
from .land_use import land_use_told
from .named_again import given_in_brackets, named_in_full_before, party_named_once, titled_again
from .places import city_of_an_address, identifier_label_after
from .records import find
from .transcripts import transcript_agents

__all__ = ["HEADING_ELEMENT", "city_of_an_address", "identifier_label_after", "find", "given_in_brackets", "land_use_told",
           "named_in_full_before", "party_named_once", "titled_again", "transcript_agents"]
