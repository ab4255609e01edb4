"""One JSON object a line, as findings.json, the SARIF log and the history write their 100,000 findings.

orjson encodes a finding's object eight times as fast as the standard library; what it writes is used
only when it is the standard library's own text (``json.dumps`` with ASCII escapes and no spaces) for the
strings, integers and one-decimal coordinates a finding holds: plain ASCII without DEL, which orjson leaves
unescaped. Anything else (a name with an accent, a lone surrogate
from a broken page, an integer past 64 bits) goes to ``json.dumps``, so the outputs stay pure ASCII
whatever bytes a hostile page smuggled into a string.
"""
from __future__ import annotations

import json

import orjson

_ENCODER = json.JSONEncoder(separators=(",", ":"))


def dumps(value) -> str:
    """``json.dumps(value, separators=(",", ":"))``, as fast as orjson allows."""
    try:
        encoded = orjson.dumps(value)
    except TypeError:  # orjson.JSONEncodeError: a surrogate, a huge integer, a key that is no string
        return _ENCODER.encode(value)
    if encoded.isascii() and b"\x7f" not in encoded:
        return encoded.decode("ascii")
    return _ENCODER.encode(value)
