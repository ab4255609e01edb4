"""usaddress's reading of a street address, with each token's features worked out once.

``usaddress.tag`` works out about ten features of every token (eight regular expressions and set look-ups a token),
copies them to the tokens beside it as their "previous" and "next", and hands the nested dictionaries to its CRF,
whose binding flattens them again into names such as ``previous:word:elm``. A customer export's 20,000 addresses
repeat their street names, types, unit words and numbers (about 14,000 distinct tokens in 80,000), so the features
and their flattened names were about two thirds of tagging them.

``address_tags`` does the same from usaddress's public pieces (``tokenize``, ``tokenFeatures``, the ``TAGGER`` its
``parse`` uses), keeping each token's flattened attributes in a bounded cache of its own, so usaddress's module stays
as it is (a 20,000-row export's addresses tag in about three fifths of the time). Each token's attributes go to the
CRF by the same names and in the same order as ``usaddress.parse`` gives them, less the flags that are not set: a
flag of weight zero adds nothing to a label's score, so the CRF gives the same labels (tests/test_speed49.py compares
the two on some hundreds of addresses and other texts).
"""
from __future__ import annotations

import re
from functools import lru_cache

import usaddress

Attributes = list[str]


def _attributes(features: dict, prefix: str = "") -> Attributes:
    """A token's features as the CRF's binding names them, each of weight one: a text value joined to its
    feature's name ("word:elm"), a flag by its name where it is set ("street_name"). A flag that is not set weighs
    nothing in a label's score, so it is left out (about half of a token's features, and half of the binding's work)."""
    return [f"{prefix}{name}:{value}" if isinstance(value, str) else f"{prefix}{name}"
            for name, value in features.items() if isinstance(value, str) or value]


@lru_cache(maxsize=65536)
def _token_attributes(token: str) -> tuple[Attributes, Attributes, Attributes]:
    """The token's own attributes, and those it gives the token after it ("previous:...") and before it
    ("next:...")."""
    features = usaddress.tokenFeatures(token)
    return _attributes(features), _attributes(features, "previous:"), _attributes(features, "next:")


_START, _END = ["address.start"], ["address.end"]
_PREVIOUS_IS_START, _NEXT_IS_END = ["previous:address.start"], ["next:address.end"]


def _sequence(tokens: list[str]) -> list[Attributes]:
    """Each token's attributes with its neighbours', in ``usaddress.tokens2features``'s order: its own; the previous
    token's (marked as the address's start for the second token); the next token's (marked as its end for the
    second to last); then the first token's start and the last token's end."""
    attributes = [_token_attributes(token) for token in tokens]
    last = len(tokens) - 1
    sequence = []
    for i, (own, _, _) in enumerate(attributes):
        item = own
        if i > 0:
            item = item + attributes[i - 1][1] + (_PREVIOUS_IS_START if i == 1 else [])
        if i < last:
            item = item + attributes[i + 1][2] + (_NEXT_IS_END if i == last - 1 else [])
        if i == 0:
            item = item + _START
        if i == last:
            item = item + _END
        sequence.append(item)
    return sequence


# usaddress.tokenize's two patterns, compiled once: it compiles them (flags and all) at each call, a tenth of tagging
_ENTITY = re.compile("(&#38;)|(&amp;)")
_TOKEN = re.compile(
    r"""
    \(*\b[^\s,;#&()]+[.,;)\n]*   # ['ab. cd,ef '] -> ['ab.', 'cd,', 'ef']
    |
    [#&]                       # [^'#abc'] -> ['#']
    """,
    re.VERBOSE | re.UNICODE,
)


def tokenize(text: str) -> list[str]:
    """``usaddress.tokenize(text)`` (tests/test_speed61.py holds them equal)."""
    return _TOKEN.findall(_ENTITY.sub("&", text))


def address_tags(text: str) -> dict[str, str] | None:
    """``usaddress.tag(text)``'s components (label: words), or None where it raises ``RepeatedLabelError`` (a
    label given to two words apart)."""
    tokens = tokenize(text)
    labels = usaddress.TAGGER.tag(_sequence(tokens)) if tokens else []
    components: dict[str, list[str]] = {}
    last_label = None
    crossing = False
    for token, label in zip(tokens, labels):
        if label == "IntersectionSeparator":
            crossing = True
        if "StreetName" in label and crossing:
            label = "Second" + label  # the crossing street's name: "Holt Ave and Garey Ave"
        if label == last_label:
            components[label].append(token)
        elif label in components:
            return None
        else:
            components[label] = [token]
        last_label = label
    return {label: " ".join(words).strip(" ,;") for label, words in components.items()}
