"""Masking: how a confidential value looks in a report written without ``--reveal``.

Digits keep only the last four (the customary way to refer to an SSN or account); letters keep the
first letter of each word. Context snippets mask every finding in them and, as a second line of
defence, any other long digit run or email address, so a report never carries what it warns about.
"""
from __future__ import annotations

import re

_DIGIT_RUN = re.compile(r"\d(?:[\d\- ./()]*\d)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"[^\W\d_]+")


def mask_digits(value: str, keep_last: int = 4) -> str:
    """Replace all but the last ``keep_last`` digits with ``*``, keeping separators."""
    total = sum(c.isdigit() for c in value)
    keep_from = total - keep_last if total > keep_last + 2 else total
    out, seen = [], 0
    for c in value:
        if c.isdigit():
            out.append(c if seen >= keep_from else "*")
            seen += 1
        else:
            out.append(c)
    return "".join(out)


def mask_words(value: str) -> str:
    """Keep the first letter of each word: "Maria Lopez" -> "M**** L****"."""
    return _WORD.sub(lambda m: m.group(0)[0] + "*" * (len(m.group(0)) - 1), value)


def mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    labels = domain.split(".")
    masked_domain = ".".join([lab[:1] + "*" * (len(lab) - 1) for lab in labels[:-1]] + labels[-1:])
    return f"{local[:1]}{'*' * max(len(local) - 1, 2)}@{masked_domain}"


def mask_secret(value: str) -> str:
    """Secrets show nothing of themselves, not even their length."""
    return "********"


def mask_generic(value: str) -> str:
    if _EMAIL.fullmatch(value.strip()):
        return mask_email(value.strip())
    return mask_words(mask_digits(value))


def mask_loose_text(text: str) -> str:
    """Mask what could be confidential in free text around a finding: long digit runs and emails."""
    text = _EMAIL.sub(lambda m: mask_email(m.group(0)), text)
    return _DIGIT_RUN.sub(lambda m: mask_digits(m.group(0)) if sum(c.isdigit() for c in m.group(0)) >= 5
                          else m.group(0), text)


def masked_context(text: str, spans: list[tuple[int, int, str]], focus: tuple[int, int], width: int = 60) -> str:
    """A snippet of ``text`` around ``focus`` with every (start, end, mask) span replaced by its mask and
    any other long digit run or email masked too. Whitespace is folded so snippets stay one line."""
    lo, hi = max(0, focus[0] - width), min(len(text), focus[1] + width)
    # widen to whole spans so that no finding is cut in half at the snippet's edge
    for start, end, _ in spans:
        if start < lo < end:
            lo = start
        if start < hi < end:
            hi = end
    pieces, cursor = [], lo
    for start, end, masked in sorted(s for s in spans if s[0] >= lo and s[1] <= hi):
        if start < cursor:
            continue
        pieces.append(mask_loose_text(text[cursor:start]))
        pieces.append(masked)
        cursor = end
    pieces.append(mask_loose_text(text[cursor:hi]))
    snippet = " ".join("".join(pieces).split())
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(text) else "")
