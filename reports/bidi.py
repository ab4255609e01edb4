"""Bidirectional controls shown, not obeyed. A right-to-left override in crawled text (a file named
``invoice\u202etxt.exe 512-34-6789.txt``) would make a report show that text reordered, a name other than the one
published; each embedding, override or isolate control is written as its code point instead (``[U+202E]``)."""
from __future__ import annotations

import re

_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def bidi_shown(text: str) -> str:
    """``text`` with its bidirectional controls written as ``[U+XXXX]``."""
    return _BIDI_CONTROL.sub(lambda m: f"[U+{ord(m.group()):04X}]", text) if _BIDI_CONTROL.search(text) else text
