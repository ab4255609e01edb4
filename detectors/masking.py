"""Masking: how a confidential value, and the text around it, look in an output written without ``--reveal``.

A found value shows as its detector's mask: digits keep only the last four (the customary way to refer to
an SSN or account), letters the first letter of each word.

The text around it (a finding's context snippet, or any crawled text a report writes) may hold what no
detector found: the customer's name beside a masked SSN, an address, a URL's query. ``mask_text`` keeps
only what surely identifies no one, the words a reader needs to see what the value is, and masks the rest:
- every digit (house numbers, dates, amounts, other numbers);
- email addresses, and URLs' user-info and query values (the host and parameter names stay);
- the words of a street address between its number and its street type;
- a word that is not a common word: the vocabulary is wordfreq's most frequent English and Spanish words,
  plus the words of the detectors' own labels (SSN, Acct, PCE);
- a common word that is rather a person's name (Lopez, John, Brown when capitalised): its share of people
  in the US Census name lists (python package ``names``) is at least twice its frequency as a word;
  written in lower case, ten times (so "bill", "mark" and "price" stay readable in prose, "Bill Price"
  does not, while "Guest" and "Key" stay readable);
- two to four capitalised words in a row that are each a name at least half as often as a word, however
  common: a name no detector found ("Moreno Blanco", two Spanish words and two surnames);
- the words after a label that says a person's name follows ("CUST_NM: RUEDA,PEPE", "Customer: Jun Hao").
Labels and prose stay readable ("Customer Name: J*** D**, SSN ***-**-6789, Service Address: **** E******
Ave"); a masked word keeps its first letter.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from .streets import DIRECTIONS, PRE_TYPES, SUFFIXES, alternation
from .vocabulary import PARTICLES, fold, name_shares, readable, word_frequencies

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"[^\W\d_]+")
# what ``mask_text`` looks at, in order: URLs (with a scheme or protocol-relative), emails, words, digits
_TOKEN = re.compile(r"(?P<url>\b[a-z][a-z0-9+.-]*://[^\s<>\"']+|(?<![\w/])//[\w-]+(?:\.[\w-]+)+[^\s<>\"']*)|"
                    r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?P<word>[^\W\d_]+(?:['\u2019-][^\W\d_]+)*)|(?P<digits>\d+)",
                    re.IGNORECASE)
_STREET_TYPE = alternation(SUFFIXES)
# a street address: a house number, an optional direction, up to four words of street name, a street type;
# or "Calle/Camino/Avenida ..." after the number. The name's words are masked.
_NAME_WORD = r"[A-Z0-9][\w'\u2019.-]*"
_ADDRESS = re.compile(
    rf"\b\d+[A-Za-z]?\s+(?:(?i:{alternation(DIRECTIONS)})\.?\s+)?(?P<street>(?:{_NAME_WORD}\s+){{0,3}}?{_NAME_WORD})"
    rf"\s+(?i:{_STREET_TYPE})\b\.?|\b\d+[A-Za-z]?\s+(?i:{alternation(PRE_TYPES)})\s+(?P<calle>(?:{_NAME_WORD}\s*){{1,3}})")
# a label that says a person's name follows ("CUST_NM:", "Customer Name:", "Account holder =", "Payee:"), and the
# up to four words after it, but for the words of the next label: masked whatever they are, as a name of common words ("RUEDA,PEPE", "Jun Hao") reads as
# prose to the vocabulary
_PERSON_LABEL = re.compile(r"(?i)\b(?:(?:cust(?:omer)?|account|acct|holder|payee|tenant|resident|owner|applicant|"
                           r"caller|claimant|appellant|contact|first|last|full|given|family|sur)[ _.-]?(?:nm|name)"
                           r"|customer|account[ _-]?holder|payee|tenant|claimant|appellant|name)\s*[:=]\s*"
                           r"(?P<value>[^\s:=]+(?![:=])(?:(?:[ \t]|,[ \t]?)[^\s:=]+(?![^\s:=]|(?:[ \t][^\s:=]+)?\s*[:=])){0,3})")
_MASKED_SECRET = "********"
# A note's length kept (an error's reason, a refused link): read and masked whole up to it, cut to the length a report
# shows only after. Cut first, a value split at the cut ("member 512-34-6") is no value to a detector, and its
# digits would be shown.
NOTE_READ = 4000
_WIDEN = 200  # how far a snippet's edge moves out to the end of a token (an email, a URL)


_ASCII_DIGITS = "0123456789"
_STARS = str.maketrans(_ASCII_DIGITS, "*" * 10)
_NO_DIGITS = str.maketrans("", "", _ASCII_DIGITS)


def mask_digits(value: str, keep_last: int = 4) -> str:
    """Replace all but the last ``keep_last`` digits with ``*``, keeping separators."""
    if value.isascii():  # the usual case, in C: a table's 100,000 phones and accounts
        total = len(value) - len(value.translate(_NO_DIGITS))
        if total <= keep_last + 2:
            return value.translate(_STARS)
        cut, kept = len(value), 0
        while kept < keep_last:
            cut -= 1
            kept += value[cut] in _ASCII_DIGITS
        return value[:cut].translate(_STARS) + value[cut:]
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


def _mask_word(word: str) -> str:
    return word[0] + "*" * (len(word) - 1)


def mask_words(value: str) -> str:
    """Keep the first letter of each word: "Maria Lopez" -> "M**** L****"."""
    return _WORD.sub(lambda m: _mask_word(m.group(0)), value)


def mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    labels = domain.split(".")
    masked_domain = ".".join([lab[:1] + "*" * (len(lab) - 1) for lab in labels[:-1]] + labels[-1:])
    return f"{local[:1]}{'*' * max(len(local) - 1, 2)}@{masked_domain}"


def mask_secret(value: str) -> str:
    """Secrets show nothing of themselves, not even their length."""
    return _MASKED_SECRET


def mask_generic(value: str) -> str:
    if _EMAIL.fullmatch(value.strip()):
        return mask_email(value.strip())
    return mask_words(mask_digits(value))


# --- free text ----------------------------------------------------------------------------------------------

def mask_url(url: str) -> str:
    """A URL with its user-info and query values masked and its path read as text; scheme, host and
    parameter names stay. Private-use placeholders (see ``masked_context``) pass through."""
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError:
        return mask_text(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user, colon, password = userinfo.partition(":")
        secret = password if _PLACEHOLDER.search(password) else _MASKED_SECRET
        netloc = mask_words(mask_digits(user, 0)) + (colon + secret if colon else "") + "@" + host
    elif hostname is None:
        netloc = mask_text(netloc)
    query = "&".join(f"{k}={mask_text(v)}" if v else k for k, v in parse_qsl(parts.query, keep_blank_values=True))
    head = f"{parts.scheme}://" if parts.scheme else "//"
    return head + netloc + mask_text(parts.path) + (f"?{query}" if query else "") + (
        f"#{mask_text(parts.fragment)}" if parts.fragment else "")


def _readable_word(word: str) -> bool:
    """A word, or a hyphenated compound, that identifies no one. A compound written as a name (its first part
    capitalised, none in capitals) that the vocabulary lacks is a name however common its parts ("Ji-woo",
    "Rogers-Chin"); others are read part by part ("PCE-Guest", "long-term")."""
    if "-" not in word:
        return readable(word)
    parts = [part for part in word.split("-") if part]
    if word[0].isupper() and not any(len(p) > 1 and p.isupper() for p in parts) and not readable(word):
        return False
    return all(readable(part) for part in parts)


_RUN_NAME_RATIO = 0.5
# two to four capitalised words in a row (ASCII capitals or any capital of Latin script's extensions first:
# "Łukasz", "Đặng", "Ước")
_CAPITAL = "A-Z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
_CAPITALISED_RUN = re.compile(rf"(?<![\w'\u2019-])[{_CAPITAL}][\w'\u2019-]+(?:[ \t]+[{_CAPITAL}][\w'\u2019-]+){{1,3}}")


def _name_runs(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised runs whose every word but a particle is a name about as often as a word: at least half
    as many people bear it as the word's frequency in text ("Gallego Cuadrado", "Moreno Blanco", "Van Ta"; not
    "City Hall", "Rose Garden" or "May Council")."""
    if not any(c.isupper() for c in text):
        return []
    runs = []
    for m in _CAPITALISED_RUN.finditer(text):
        words = [w for w in m.group().split() if w.lower() not in PARTICLES]  # "Van Ta": judged by "Ta"
        if words and all(_as_name(word) for word in words):
            runs.append(m.span())
    return runs


def _as_name(word: str) -> bool:
    frequency = word_frequencies().get(word.lower())
    share = name_shares().get(fold(word), 0.0)
    return share > 0 and (frequency is None or share >= frequency * _RUN_NAME_RATIO)


def mask_text(text: str) -> str:
    """``text`` with everything that could identify a person masked (see the module docstring)."""
    masked = [m.span("street") if m.group("street") else m.span("calle") for m in _ADDRESS.finditer(text)]
    masked += _name_runs(text)  # the words of a street's name, and runs of names
    masked += [m.span("value") for m in _PERSON_LABEL.finditer(text)]  # what a name's label says is one
    pieces, cursor = [], 0
    for token in _TOKEN.finditer(text):
        start, end = token.span()
        pieces.append(text[cursor:start])
        cursor = end
        kind, value = token.lastgroup, token.group(0)
        if kind == "digits":
            pieces.append("*" * len(value))
        elif kind == "email":
            pieces.append(mask_email(value))
        elif kind == "url":
            pieces.append(mask_url(value))
        elif _readable_word(value) and not any(s <= start < e for s, e in masked):
            pieces.append(value)
        else:
            pieces.append(_mask_word(value))
    pieces.append(text[cursor:])
    return "".join(pieces)


# found values stand in the snippet as one private-use character each until the rest is masked, so that a
# URL stays one token around its masked password and the masks' own last digits are left alone
_PLACEHOLDER = re.compile("[\ue000-\uf8ff]")


def masked_context(text: str, spans: list[tuple[int, int, str]], focus: tuple[int, int], width: int = 60) -> str:
    """A snippet of ``text`` around ``focus`` with every (start, end, mask) span replaced by its mask and
    the rest masked by ``mask_text``. Whitespace is folded so snippets stay one line."""
    if len(spans) == 1 and focus[0] <= width and len(text) - focus[1] <= width and \
            not text[:focus[0]].strip() and not text[focus[1]:].strip():
        return spans[0][2]  # a table cell that holds the value alone: the snippet is its mask (the usual case)
    lo, hi = max(0, focus[0] - width), min(len(text), focus[1] + width)
    # widen to whole spans so that no finding is cut in half at the snippet's edge, and to whole tokens so
    # that no part of a name reads as a word of its own ("Qwerty|son") and emails and URLs stay whole
    for start, end, _ in spans:
        if start < lo < end:
            lo = start
        if start < hi < end:
            hi = end
    floor, ceiling = max(0, lo - _WIDEN), min(len(text), hi + _WIDEN)
    while floor < lo and not text[lo - 1].isspace():
        lo -= 1
    while hi < ceiling and not text[hi].isspace():
        hi += 1
    pieces, masks, cursor = [], [], lo
    for start, end, masked in sorted(s for s in spans if s[0] >= lo and s[1] <= hi):
        if start < cursor:
            continue
        pieces.append(_PLACEHOLDER.sub("", text[cursor:start]))
        pieces.append(chr(0xE000 + len(masks)))
        masks.append(masked)
        cursor = end
    pieces.append(_PLACEHOLDER.sub("", text[cursor:hi]))
    snippet = mask_text(" ".join("".join(pieces).split()))
    snippet = _PLACEHOLDER.sub(lambda m: masks[ord(m.group(0)) - 0xE000], snippet)
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(text) else "")
