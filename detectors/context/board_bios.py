"""A board member's bio, laid out as one person's fields: "Member: Ana Ruiz / Occupation: Owner, Sunrise Nail Spa /
Business phone: ... / PCE customer since: 2019" in a ``<dl>`` or a card.

A field that says customer ("PCE customer since", a ratepayer seat's "Residential Customer") makes a record a
customer's, but a CCA's or a utility's board seats its own customers on purpose, and publishes who they are. The
name's own label gives the record away: it names a seat on a body ("Member", "Director", "Commissioner"), and a field
beside it tells of the seat or the member's public life (their seat, term, appointing district, occupation). A
customer's record gives neither; it gives an account, which a bio never does.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

# the name's label: a seat on a board, a commission or a council
_MEMBERS_LABEL = re.compile(r"(?i)\s*(?:board\s+)?(?:member|director|commissioner|trustee|councilmember|"
                            r"council\s+member|alternate|chair(?:person)?|vice\s+chair)(?:'?s)?(?:\s+name)?\s*:?\s*")
# a field of the seat or the member's public life: "Seat", "Term", "Appointed by", "Occupation", "Term expires"
_SEATS_FIELD = re.compile(r"(?i)\s*(?:seat|term(?:\s+(?:ends|expires))?|expires|appointed(?:\s+by)?|appointing\s+"
                          r"(?:district|member)|occupation|profession|employer|committees?|biography|bio|"
                          r"represent(?:s|ing)|district)\s*:?\s*")


def board_members_bio(labels: Sequence[str]) -> bool:
    """Whether a record's fields (by their ``labels``) are a board member's bio: a name under a seat's label and a
    field of the seat beside it. (The caller checks that no account, usage or identifier is among its values.)"""
    return (any(_MEMBERS_LABEL.fullmatch(label) for label in labels)
            and any(_SEATS_FIELD.fullmatch(label) for label in labels))
