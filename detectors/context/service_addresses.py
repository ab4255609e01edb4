"""A person named with the address the text calls their service address: "Ana Ruiz - last service address 12 Elm
St", "Ana Ruiz (svc addr: 12 Elm St)". A service address is a utility's word for the premises it serves on an
account, so the person is its customer, and the mailbox or phone the same line gives them is theirs too (a list of
unclaimed deposit refunds, a collections note, a staff memo's bullet). A City place or a sample bill is none: the
City's own addresses are public, and a sample's values are left out with the rest of the sample."""
from __future__ import annotations

import re

from .analysis import Analysis

# the person's name, then right after it (a dash, a comma, a bracket; not a speaker's colon, whose turn may read
# a customer's case) the words calling the address their service address ("last service address", "former svc.
# addr.:"), then the address
_SERVICE_ADDRESS_AFTER = re.compile(r"[ \t]*(?:[,(\u2013\u2014-]|\bat\b)[ \t]*(?:(?:his|her|their)[ \t]+)?"
                                    r"(?:(?:last|former|prior|previous|old|new|current)[ \t]+)?"
                                    r"(?i:service|svc\.?)[ \t]+(?i:address|addr\.?)[ \t]*(?:is[ \t]+)?:?[ \t]*")
_SENTENCE_END = re.compile(r"[.!?;](?=\s+[A-Z\d]|\s*$)")
_WHY = "person named with their service address"


def find(analysis: Analysis) -> None:
    """Add the names, service addresses and the contacts of the same line (see the module's docstring)."""
    for line in analysis.free_lines:
        text = line.segment.text
        if "ervice" not in text and "vc" not in text:
            continue
        names = analysis.private_names_in(line.text)
        for k, (start, end) in enumerate(names):
            cue = _SERVICE_ADDRESS_AFTER.match(line.text, end)
            if not cue:
                continue
            at = line.start + cue.end()
            # the person's own values: from the name to the next person's on the line
            stop = line.start + (names[k + 1][0] if k + 1 < len(names) else len(line.text))
            fields = [f for f in analysis.contact_fields([line]) if f[0] in ("address", "phone", "email")
                      and line.start + end <= f[2] < stop]
            home = next((f for f in fields if f[0] == "address" and f[2] == at), None)
            if home is None or analysis.contacts.address_is_public(text[home[2]:home[3]]):
                continue
            end_of_sentence = _SENTENCE_END.search(text, home[3], stop)  # a shop's phone in the next sentence
            stop = end_of_sentence.start() + 1 if end_of_sentence else stop
            fields = [f for f in fields if f[2] < stop]
            analysis.add("name", line.segment, line.start + start, line.start + end, _WHY)
            for kind, segment, a, b in fields:
                analysis.add(kind, segment, a, b, _WHY)
