"""Records in running text (``records``), as one package of record rules."""
from __future__ import annotations

from .records import (HEADING_ELEMENT, city_of_an_address, find, given_in_brackets, land_use_told,
                      named_in_full_before, party_named_once, titled_again, transcript_agents)

__all__ = ["HEADING_ELEMENT", "city_of_an_address", "find", "given_in_brackets", "land_use_told",
           "named_in_full_before", "party_named_once", "titled_again", "transcript_agents"]
