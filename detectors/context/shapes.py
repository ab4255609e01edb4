"""The shapes of the values a customer record holds: telephone numbers, mailboxes, street addresses and
usage figures, as they are written in US city documents.

A shape says what a value *could* be; whether it is a customer's is for the record strategies to decide.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from http import HTTPStatus

from ..labels import CALL_BACK_WORDS, unissued
from ..public_contacts import WORKS_NAMED, is_toll_free, to_e164
from ..streets import (CALIFORNIA, DIRECTIONS, MORE_SUFFIXES, NUMBER_MARKS_AFTER, NUMBER_MARKS_BEFORE, OTHER_DIRECTIONS,
                       PRE_TYPES, SPANISH_TYPES_BEFORE_NAME, SUFFIXES, TYPES_AFTER_NAME, TYPES_BEFORE_NAME, UNITS,
                       alternation)
from ..vocabulary import fold
from .address_tags import address_tags

_DASH = "\\-\u2010-\u2013"
# a US number without its "+1 " or "1-": its first character class lets the regex engine skip ahead fast
# (a call note may put a slash after the area code: "CB# 951/880-6920", "(951)/880-6920", "909 / 986-3416"; the
# exchange and the line after it must still be there, so "12/25/2024", "3/4" and a "951/880" route code are no phones)
# Text set justified (a PDF's, a text file's) widens a space to two ("(320)  403-5293"): two spaces stand where one
# may, three or a tab are the gap between the columns of a table laid out in text (``COLUMN_GAP``), across which
# two numbers are never one phone; nor are groups of digits only spaces apart, one gap two wide ("320  403  5293"):
# a dump's columns padded to two spaces (``_PADDED_COLUMNS``)
_SPACE = r"(?:  |\s)"
_PADDED_COLUMNS = re.compile(r"\d+(?: {1,2}\d+)+")
_PHONE = re.compile(rf"[(\d](?:(?<=\()\d{{3}}\)(?:{_SPACE}|/)?|(?<=\d)\d{{2}}(?:{_SPACE}|[./{_DASH}]|[ \t]/[ \t]))"
                    rf"\d{{3}}(?:{_SPACE}|[.{_DASH}])\d{{4}}(?![\w{_DASH}]|\.\d)")
# a phone column may drop the separators, or keep only the area code's ("714 8077683", "(714)8077683")
# the groups set apart by a separator between spaces, to keep a harvester off ("909 / 784 / 5521", "909 . 623 . 4471")
_SPACED_OUT_PHONE = re.compile(r"(?<![\w/.-])\d{3}[ \t](?P<sep>[./-])[ \t]\d{3}[ \t](?P=sep)[ \t]\d{4}(?![\w-])")
_SPACED_GROUPS = re.compile(r"\d{3} \d{3} \d{4}")
# (a check digit: one digit, no house number before its street: "714 899 4465 7 Elm St" is a phone and a home)
_ONE_MORE_GROUP = re.compile(r" \d(?![\w:/.-]|[.,]\d)(?![ \t]+(?:[NSEWnsew]\.?[ \t]+)?[A-Z0-9])")
_PHONE_BARE = re.compile(r"(?<![\d+])1?\d{10}(?!\d)|(?<![\w.,-])(?:\d{3}[ -]|\(\d{3}\) ?)\d{7}(?![\w-]|[.,]\d)")
_E164 = re.compile(r"(?<![\w+])\+1\d{10}(?!\d)")  # "+19517041374": a number as a phone system exports it
# the country code before a phone: "+1 ", "1-"; not the last digit of a number in the column before it ("acct
# 700086118421  951.745.6495": the account's "1" is no prefix of the phone)
_COUNTRY = re.compile(rf"(?<![\w.{_DASH}])\+?1(?:{_SPACE}|[.{_DASH}])?$")
# (Chinese and Japanese run their words into a number: "电话951-840-2716" sets the number apart all the same)
_JOINED_BEFORE = re.compile(rf"(?![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])[\w/.{_DASH}]")
# a mailbox, and one written to keep harvesters off ("dharrell90 [at] comcast [dot] net", "jo (at) aol.com",
# "rita at cox dot net", "kdhaliwal59 @ att.net"): brackets around "at" and "dot", both spelt out between words, or an
# "@" set apart by spaces, before a common top-level domain ("meet at noon" has no "dot com" after it); in Spanish
# "arroba" and "punto" ("rita arroba cox punto net"), and "arroba" before a dotted domain, a word no sentence puts
# there; the full-width "@" and "." of East Asian text ("rita\uff20cox\uff0enet"), which no mail program reads
_AT_WORD = r"(?:at|AT|arroba|ARROBA)"
_DOT_SPELT = r"(?:dot|DOT|punto|PUNTO)"
_AT = (rf"(?:\s?[\[({{]\s?(?i:at|arroba)\s?[\])}}]\s?|"
       rf"\s{_AT_WORD}\s(?=[A-Za-z0-9-]+(?:\s{_DOT_SPELT}\s[A-Za-z0-9-]+)+(?![\w-]))|"
       r"\s(?:arroba|ARROBA)\s(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?![\w-]))|"
       r"[ \t]@[ \t]?|@[ \t]|[ \t]?[\uff20\ufe6b][ \t]?)")  # "kdhaliwal59 @ att.net": an "@" set apart by a space
_DOT_WORD = rf"(?:\s?[\[({{]\s?(?i:dot|punto)\s?[\])}}]\s?|\s{_DOT_SPELT}\s)"  # " [dot] ", " dot "
_DOT = rf"(?:\.|[ \t]\.[ \t]|\uff0e|{_DOT_WORD})"  # "dwp88 @ icloud . com": spaces around the dot too
_SPELT_TLD = r"(?:com|net|org|edu|gov|us|biz|info|io|co|COM|NET|ORG|EDU|GOV|US)"
# (a spelt-out mailbox's own name may have its dots spelt out too: "gene dot pierce at aol dot com", "mark [dot]
# gilmore [at] ...")
# a mailbox read out, as a caption or a voicemail's transcription writes it: its name spelt letter by letter ("t b a r
# o n at gmail dot com", "h i l k k a 2 3 at ..."), or with its digits said as words ("sayinguclu nine four at
# hotmail dot com"); only before a spelt "at", a domain and "dot com" (not the "s" of a speaker's "it's")
_SPOKEN_DIGITS = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_LOCAL = (rf"(?:(?<!['\u2019])[A-Za-z0-9](?: [A-Za-z0-9]){{2,}}(?![\w'])|[A-Za-z][\w.%+-]*(?: (?i:{_SPOKEN_DIGITS}))+(?= (?:at|AT) ))")
EMAIL_RE = re.compile(r"(?<![\w.+-])(?:[A-Za-z0-9][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|"
                      rf"(?:{_SPOKEN_LOCAL}|[A-Za-z0-9][\w.%+-]*)(?:{_DOT_WORD}(?:{_SPOKEN_LOCAL}|[A-Za-z0-9][\w.%+-]*))*"
                      rf"{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}"
                      rf"{_SPELT_TLD})(?![\w-])")
_SPELT_AT = re.compile(_AT)
_SPACED_AT = re.compile(r"[ \t]*@[ \t]*")
# the cheap look that a text may hold a mailbox: an "@", or an "at" or "dot" spelt out as above
MAIL_HINT = re.compile(rf"@|[\uff20\ufe6b]|[\[({{]\s?(?i:at|arroba)\s?[\])}}]|\s(?:{_DOT_SPELT}|arroba|ARROBA)\s")
_SPELT_DOT = re.compile(_DOT)


def plain_email(text: str) -> str:
    """A mailbox as it is addressed: "dharrell90 [at] comcast [dot] net" is dharrell90@comcast.net."""
    if "@" in text:
        return _SPACED_AT.sub("@", text) if " " in text or "\t" in text else text
    local, domain = _SPELT_AT.split(text, maxsplit=1)
    local = _SPELT_DOT.sub(".", local)
    if " " in local:  # read out: "t b a r o n", "sayinguclu nine four"
        local = re.sub(r"\s+", "", re.sub(rf"(?i)(?<= )(?:{_SPOKEN_DIGITS})\b", lambda m: _DIGIT_WORDS[m.group().lower()], local))
    return f"{local.lower() if local.isupper() else local}@{_SPELT_DOT.sub('.', domain)}"


def phone_spans(text: str, start: int = 0, end: int | None = None, bare: bool = False) -> list[tuple[int, int]]:
    """Spans of US telephone numbers in ``text[start:end]``, with their "+1 "/"1-" prefix; none that
    is part of a longer run of digits, letters or dashes. ``bare``: ten digits without separators too."""
    end = len(text) if end is None else end
    found = []
    for m in _PHONE.finditer(text, start, end):
        begin = m.start()
        prefix = _COUNTRY.search(text, max(start, begin - 4), begin)  # "+1  (320)"
        if prefix:
            begin = prefix.start()
        if (begin == 0 or not _JOINED_BEFORE.match(text, begin - 1)) and not (
                "  " in m.group() and _PADDED_COLUMNS.fullmatch(m.group())):
            found.append((begin, m.end()))
    if " " in text:
        found += [m.span() for m in _SPACED_OUT_PHONE.finditer(text, start, end)]
    if bare:
        found += [m.span() for m in _PHONE_BARE.finditer(text, start, end)]
    if text.find("+1", start, end) >= 0:
        found += [m.span() for m in _E164.finditer(text, start, end)]
    if text.find("+", start, end) >= 0:  # "+63 917 945 5014" is the Philippines', though "917 945 5014" reads as NYC's
        abroad = _international_spans(text, start, end)
        found = [(a, b) for a, b in found if not any(x < b and a < y for x, y in abroad)] + abroad
    # a training script's or a form's made-up number ("1-234-567-8901", "(999) 999-9999") is nobody's; ten digits in
    # groups set apart by spaces with a check digit after them are a longer account's ("gas is 583 348 4043 9 with")
    return [(a, b) for a, b in found if not unissued(_national_digits(text[a:b]))
            and not (_SPACED_GROUPS.fullmatch(text, a, b) and _ONE_MORE_GROUP.match(text, b))]


def dialable_beside_account(text: str) -> str | None:
    """The number (E.164) that ten bare digits dial, for a record that holds its own account beside them ("Ana Ruiz |
    9095551234 | SA 8012345678", a callback row "Ana Ruiz | 9095551234 | 700123456789"): the record's account is
    given already, so the other number is how to reach the person. None for digits of SCE's own ten-digit account
    form (from 8), a toll-free or an unissued number, which a record may well give as a second account."""
    text = text.strip()
    if len(text) != 10 or not text.isdigit() or text.startswith("8") or phone_spans(text, bare=True) != [(0, 10)]:
        return None
    e164 = to_e164(text)
    return None if e164 is None or is_toll_free(e164) else e164


def _national_digits(phone: str) -> str:
    """A phone's digits without North America's country code."""
    digits = "".join(c for c in phone if c.isdigit())
    return digits[1:] if len(digits) == 11 and digits[0] == "1" else digits


# a number abroad, written with its country's code ("+967 1 263 252", "+63 917 945 5014", "+52 55 1234 5678"): a
# customer's relatives' or their own number from home; North America's "+1" numbers are read as any US number is
_INTERNATIONAL = re.compile(rf"(?<![\w+])\+[2-9]\d{{0,2}}(?:(?:{_SPACE}|[.{_DASH}])?\(?\d{{1,5}}\)?){{2,6}}(?![\w{_DASH}])")


def _international_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of numbers with another country's code that the numbering plan of that country holds valid."""
    spans = []
    for m in _INTERNATIONAL.finditer(text, start, end):
        if 7 <= sum(c.isdigit() for c in m.group()) <= 15 and _valid_abroad(m.group()):
            spans.append(m.span())
    return spans


def _valid_abroad(number: str) -> bool:
    return to_e164(number) is not None


# a billing system's short coded account: capital letters glued to five digits ("RF79453A": a route prefix, the
# location and a check letter, "HLW12345A"); letters make a short run a code rather than a count, but a year among
# its groups makes it a case's or a work order's ("CE-2025-1"), a fiscal year's "FY" a budget's. Six digits are the
# fewest a plain number needs to be an account; this form needs five, and a label or an account column beside it.
_CODED = re.compile(r"(?=[A-Z\d-]*[A-Z])[A-Z\d]+(?:[-\u2010-\u2013/][A-Z\d]+)*")
_SHORT_CODED_DIGITS = 5
_YEAR_GROUP = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|^FY")


def short_coded_account(value: str) -> bool:
    """Whether ``value`` is a short coded account's form: five digits among capital letters, no year among them."""
    value = value.strip()
    return (_CODED.fullmatch(value) is not None and sum(c.isdigit() for c in value) == _SHORT_CODED_DIGITS
            and _YEAR_GROUP.search(value) is None)


# a Texas retail market's ESI ID, the service point's number a customer is billed by: 17 or 22 digits, the wires
# utility's DUNS prefix "10" first ("10443729864111427", "1008901023806147200100"); longer than any other account
ESI_ID = re.compile(r"10(?:\d{15}|\d{20})")
_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9"}
DIGIT_WORD_RE = re.compile(rf"(?i)\b(?:{'|'.join(_DIGIT_WORDS)})\b")
# a number read out, as a note of a call or a caption takes it down: word by word ("nine five one, eight eight zero,
# six nine two zero", "nine-five-one ...", "five five nine, double two ...": a repeated digit said once with "double"
# or "triple"), in pairs ("nine zero nine four eight five forty-one thirty-four": "forty-one" is 41, "ten" 10, a
# lone "twenty" 20) or mixed with the groups a speech recogniser writes in digits ("909 five eight eight 65 five
# zero"). A run wholly in digits is a written number, for the other shapes; a run needs a word of a digit
_REPEAT = r"(?:(?:double|triple)[\s-]+)?"
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_PAIR = rf"(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(w for w in _DIGIT_WORDS if w not in ('zero', 'oh'))})\b)?|{'|'.join(_TEENS)}"
_SPELT_DIGIT = rf"{_REPEAT}(?:{'|'.join(_DIGIT_WORDS)})"
_SPOKEN_PART = rf"(?:{_SPELT_DIGIT}|{_PAIR}|\d{{1,4}})\b"
_SPELT_NUMBER = re.compile(rf"(?i)(?<![\w$.,/{_DASH}])(?=(?:\d{{1,4}}[\s,.{_DASH}]+)*(?:{_SPELT_DIGIT}|{_PAIR})\b)"
                           rf"{_SPOKEN_PART}(?:[\s,.{_DASH}]+{_SPOKEN_PART})+")
_SPELT_OPENING = re.compile(rf"(?i)\s*(?=(?:\d{{1,4}}[\s,.{_DASH}]+)*(?:{_SPELT_DIGIT}|{_PAIR})\b){_SPOKEN_PART}(?:[\s,.{_DASH}]+{_SPOKEN_PART})*")
_SPOKEN_PART_RE = re.compile(rf"(?i)\b(?:(?:(double|triple)[\s-]+)?({'|'.join(_DIGIT_WORDS)})|({_PAIR})|(\d{{1,4}}))\b")
_PAIR_VALUES = {word: str(10 + i) for i, word in enumerate(_TEENS)} | {word: str(20 + 10 * i) for i, word in enumerate(_TENS)}


def _pair_digits(words: str) -> str:
    """The two digits a pair said as one number says: "forty-one" is 41, "twenty" 20, "twelve" 12."""
    tens, *unit = re.split(r"[\s-]+", words.lower(), maxsplit=1)
    value = _PAIR_VALUES[tens]
    return value[0] + _DIGIT_WORDS[unit[0]] if unit else value


def spelt_digits(words: str) -> str:
    """The digits a number read out says: "double five nine" is 559, "909 five forty-one" 909541."""
    digits = []
    for m in _SPOKEN_PART_RE.finditer(words):
        repeat, word, pair, written = m.groups()
        if word:
            digits.append(_DIGIT_WORDS[word.lower()] * {"double": 2, "triple": 3}.get((repeat or "").lower(), 1))
        else:
            digits.append(_pair_digits(pair) if pair else written)
    return "".join(digits)


# a word of a digit or a pair of them standing as a word: each number read out holds one (_SPELT_NUMBER's lookahead),
# and most texts none. In lower case, for an ASCII text lowered (where ignoring case changes nothing else), it is
# found some three times faster than ignoring case lets a pattern find it: the caller runs it on the most segments
_SPELT_WORDS = rf"\b(?:{'|'.join(_DIGIT_WORDS)}|{'|'.join(_TEENS)}|{'|'.join(_TENS)})\b"
_SPELT_WORD = re.compile(_SPELT_WORDS, re.IGNORECASE)
_SPELT_WORD_LOWER = re.compile(_SPELT_WORDS)


# the same read out in Spanish, digit by digit ("nueve cinco uno, ocho cuatro cinco, uno nueve ocho tres"): two words of
# a digit or more, as a lone "uno" or "dos" is a word of the sentence
_SPANISH_DIGITS = {"cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
                   "siete": "7", "ocho": "8", "nueve": "9"}
_SPANISH_DIGIT = rf"(?:{'|'.join(_SPANISH_DIGITS)})\b"
_SPANISH_NUMBER = re.compile(rf"(?i)(?<![\w$.,/{_DASH}])\b{_SPANISH_DIGIT}(?:[\s,.{_DASH}]+{_SPANISH_DIGIT})+")
_SPANISH_WORD = re.compile(_SPANISH_DIGIT, re.IGNORECASE)
_SPANISH_WORD_LOWER = re.compile(_SPANISH_DIGIT)  # an ASCII text lower-cased: some six times faster (as above)
_SPANISH_OPENING = re.compile(rf"(?i)\s*{_SPANISH_DIGIT}(?:[\s,.{_DASH}]+{_SPANISH_DIGIT})*")


# a number a speech recogniser wrote digit by digit, each digit a word of its own ("my number is 9 0 9, 4 3 4, 7 8 0
# 6", "7 1 4... 8 8 7... 1 5 8 2"): read out as the words are, its groups apart by commas, dots of a pause or wider
# spaces
_DIGIT_BY_DIGIT = re.compile(r"(?<![\w$.,/-])\d(?:(?:,|\.{2,3}|\u2026)?[ \t]{1,2}\d){6,}(?![\w-])")
# a number read out in groups of digits, each group apart as the speaker paused ("951, 390, 3759", "4454... 2318",
# "783 - 036 - 106 - 230"): the same pause between every group, seven digits at least; not a list of years ("2019, 2020,
# 2021")
_READ_IN_GROUPS = re.compile(r"(?<![\w$.,/-])\d{3,4}(?P<pause>,[ \t]+|[ \t]*(?:\.{2,3}|\u2026)[ \t]*|[ \t]+[-\u2013][ \t]+)"
                             r"\d{2,4}(?:(?P=pause)\d{2,4}){0,3}(?![\w-]|[.,]\d)")
_READ_IN_GROUPS_DIGITS = 7
_YEAR = re.compile(r"(?:19|20)\d\d")


def spelt_number_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each number read out ("seven zero zero, eight one four", "909 five forty-one", "nueve
    cero nueve ...", "9 0 9, 4 3 4, ...", "951, 390, 3759")."""
    found = []
    if _SPELT_WORD_LOWER.search(text.lower()) if text.isascii() else _SPELT_WORD.search(text):
        found = [(m.start(), m.end(), spelt_digits(m.group())) for m in _SPELT_NUMBER.finditer(text)]
    if _DIGIT_BY_DIGIT.search(text):
        found += [(m.start(), m.end(), re.sub(r"\D", "", m.group())) for m in _DIGIT_BY_DIGIT.finditer(text)
                  if not any(a < m.end() and m.start() < b for a, b, _ in found)]
        found.sort()
    if _READ_IN_GROUPS.search(text):
        found += [(m.start(), m.end(), digits) for m in _READ_IN_GROUPS.finditer(text)
                  if len(digits := re.sub(r"\D", "", m.group())) >= _READ_IN_GROUPS_DIGITS
                  and not all(_YEAR.fullmatch(group) for group in re.findall(r"\d+", m.group()))
                  and not any(a < m.end() and m.start() < b for a, b, _ in found)]
        found.sort()
    if _SPANISH_WORD_LOWER.search(text.lower()) if text.isascii() else _SPANISH_WORD.search(text):
        found += [(m.start(), m.end(), "".join(_SPANISH_DIGITS[w.lower()] for w in re.findall(r"\w+", m.group())))
                  for m in _SPANISH_NUMBER.finditer(text) if not any(a < m.end() and m.start() < b for a, b, _ in found)]
        found.sort()
    return found


_A_LETTER = re.compile(r"[^\W\d_]")


def mask_spelt(value: str, keep_last: int = 4) -> str | None:
    """A number read out with all but the parts saying its last ``keep_last`` digits hidden ("*** **** *** ****
    forty-one thirty-four"); None for a value written in digits alone."""
    if not _A_LETTER.search(value):
        return None  # no word of a digit without a letter: a table's 40,000 phones and accounts, at one look each
    parts = list(_SPOKEN_PART_RE.finditer(value))
    if not any(m.group(2) or m.group(3) for m in parts):
        return None
    shown, kept = len(parts), 0
    while shown and kept < keep_last:
        shown -= 1
        kept += len(spelt_digits(parts[shown].group()))
    hidden = {m.span() for m in parts[:shown]}
    return _SPOKEN_PART_RE.sub(lambda m: re.sub(r"\S", "*", m.group()) if m.span() in hidden else m.group(), value)


def spelt_number_opening(text: str) -> tuple[int, str] | None:
    """(end, digits) of the digit words that open ``text``: the rest of a number read out that a line break cut
    ("... is seven zero zero," / "three one eight, two two. I paid ...")."""
    m = _SPELT_OPENING.match(text)
    if m:
        return m.end(), spelt_digits(m.group())
    m = _SPANISH_OPENING.match(text)  # "Mi celular: dos uno tres, cinco" / "siete cero, ..."
    return (m.end(), "".join(_SPANISH_DIGITS[w.lower()] for w in re.findall(r"\w+", m.group()))) if m else None


# words that give a number as the speaker's own, right before it ("my number is", "my cell phone is", "My cell, ...",
# "Mi celular: ...", "you can call me back at", "text me at"), or as a person's ("he can be reached at"): a voicemail's
# or a caller's words, or a report's of a person, where no record names the customer
OWN_NUMBER_BEFORE = re.compile(r"(?i)(?:\bmy\s+(?:(?:cell|mobile|home|work|contact|callback|call-back|phone|telephone)"
                                r"\s+){0,2}(?:number|phone|cell|mobile|line)(?:\s+number)?\s*(?:is|'s|\u2019s|:|,)"
                                r"|\bmi\s+(?:celular|m[óo]vil|tel[ée]fono|n[úu]mero(?:\s+de\s+tel[ée]fono)?)\s*(?:es|:|,)"
                                r"|\b(?:call|text|reach|ring)\s+me(?:\s+back)?\s+(?:at|on)"
                                # a person said to be reached there: "he can be reached at ..."
                                r"|\b(?:he|she|they|i|we)\s+(?:can|could|may)\s+(?:best\s+)?be\s+(?:best\s+)?reached"
                                r"\s+(?:at|on))\s*$")


# a request for the listener's own number, ending the turn before the answer that gives it: "Could you leave a phone
# number with the clerk so staff can follow up?", "And a good callback number?", "What's the best number to reach you?"
_NUMBER_ASKED = re.compile(r"(?i)\b(?:(?:leave|give|provide|share|have|get)\s+(?:(?:us|me|the\s+clerk|staff)\s+)?"
                           r"|(?:what(?:'s|\u2019s|\s+is)|is\s+there)\s+|and\s+)"
                           r"(?:your|a(?:\s+(?:good|best))?|the\s+best)\s+(?:(?:contact|callback|call-back|daytime)\s+)?"
                           r"(?:(?:phone|telephone|cell)\s+)?number\b(?!\s+(?:for|of)\s+(?:the|an?)\b)[^.?!]{0,60}\?\s*$")
# the words an answer opens with before the number it gives: "Sure, it's", "Yes, that's", "It is", "Yeah" or none
_ANSWER_OPENING = re.compile(r"(?i)\s*(?:(?:sure|yes|yeah|yep|okay|ok|of\s+course|absolutely)[,.!]?\s*)?"
                             r"(?:(?:it['\u2019]s|it\s+is|that['\u2019]s|that\s+is|the\s+number\s+is)\s*)?")


def answers_number_asked(above: str | None, opening: str) -> bool:
    """Whether a number that opens its turn, after ``opening``, answers the turn above's request for the speaker's
    own number: a transcript's caller or public speaker leaving theirs, the number no less theirs for the question
    being another speaker's."""
    return above is not None and bool(_NUMBER_ASKED.search(above[-200:])) and bool(_ANSWER_OPENING.fullmatch(opening))


def spelt_phone_spans(spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Of the numbers read out in a text (its ``spelt_number_spans``), the US telephone numbers spelt out digit by
    digit: ten digits, or eleven after "one"."""
    return [(start, end, digits) for start, end, digits in spans if _phone_digits(digits)]


def spelt_phone_cut(text: str, spans: Sequence[tuple[int, int, str]], below: str) -> tuple[int, int, str, int] | None:
    """(start, end, digits, end of the rest in ``below``) of a US telephone number read out that a line break cut: its
    first digits end ``text`` and the rest opens the next line ``below`` ("my number is nine oh nine six six two
    seven" / "seven two four it's account ..."), as a court reporter's or a caption's lines break speech. ``spans``:
    the text's ``spelt_number_spans``."""
    if not spans or text[spans[-1][1]:].strip(f" \t,{_DASH}") or _phone_digits(spans[-1][2]):  # "... five-oh-" / "three-six"
        return None
    start, end, digits = spans[-1]
    opening = spelt_number_opening(below)
    if opening is None or not _phone_digits(digits + opening[1]):
        return None
    return start, end, digits + opening[1], opening[0]


def _phone_digits(digits: str) -> bool:
    """Ten digits, or eleven after "one": a US telephone number's."""
    return len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")


_DIRECTION = rf"(?i:{alternation(DIRECTIONS)})\.?"
_TYPE = rf"(?i:{alternation(SUFFIXES | MORE_SUFFIXES)})\.?"  # after a house number: any USPS street type
_UNIT_WORD = rf"(?i:{alternation(UNITS)})"
# half a lot's house number, the rear house of a lot ("310 1/2 W. Tejon Ct.", "4328\u00bd N. Hays Ct.")
_HALF = r"(?:[ \t]1/2|[ \t]?\u00bd)"
_UNIT = (rf"(?:,?\s*(?:{_UNIT_WORD}\.?\s*#?\s*[A-Za-z]?-?\d{{1,5}}[A-Za-z]?"  # "Apt. 113A", "#B-12", not "# 8594353954"
         r"|(?i:apartment|apt|unit|suite|ste|space|spc|building|bldg)\.?\s*#?\s*[A-Z]"  # "Unit D"
         r"|,?[ \t]*#[ \t]?[A-Z](?![a-z])"  # "2630 Jefferson Avenue, #B"
         r"|[ \t]+(?-i:Upper|Lower|Rear|Front|UPPER|LOWER|REAR|FRONT)(?:[ \t]+(?i:unit|flat|apt))?)(?![\w-]))")
# "Holt", "2nd", not a bare number ("714 899 4465 2361 N ...": a phone); a French particle glued to a capital ("Bois
# d'Arc St", "Rue l'Eglise"), as Texas and Louisiana name streets; a Hawaiian name with its ʻokina (often typed
# as a turned quote) and kahakō, also as its first letter ("Kalanianaʻole Hwy", "ʻAwa St", "Ōhiʻa Pl")
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100\u0112\u012a\u014c\u016a"
_NAME = (rf"(?!\d+\b)(?:[{_CAPITAL}0-9]|[\u02bb\u2018](?=[{_CAPITAL}])|[dl]['\u2019](?=[A-Z]))"
         r"[\w'\u2018\u2019-]*\.?")
# a hyphenated house number: Hawaiʻi's zone and lot ("91-1722 Lumiauau St", "95-874 Liliha St") and Queens' cross
# street and lot ("112-45 Farmers Blvd"); the first part has at most three digits, so a fiscal year ("2024-25 Main
# Street Program") never reads as one; a case's, permit's or parcel's number ("TMK 9-1-017-044") has more parts
# or no street name and type after it, and a label before it ("Case 24-1190 Main St.") is no house number either
_HYPHENATED_NUMBER = r"\d{1,3}-\d{1,5}(?![\d-])"
# a word of a street's name after its Spanish type: not a unit's, nor the label of the next field ("Acct #")
_SPANISH_NAME = rf"(?!{_UNIT_WORD}\b|(?i:acct|account|ssn|tel|phone|cell|balance|usage|email|amount)\b)[{_CAPITAL}][\w'-]*"
# the article a Spanish street's name may open with before its type: "770 El Camino Real", "12 La Calle Ancha"
_ARTICLE_BEFORE_TYPE = r"(?:(?-i:El|La|Los|Las|EL|LA|LOS|LAS)[ \t]+)?"
PRE_TYPED = re.compile(rf"\s*\d{{1,6}}(?:{_HALF}|-?[A-Z])?\s+(?:{_DIRECTION}\s+)?{_ARTICLE_BEFORE_TYPE}"
                       rf"(?i:{alternation(PRE_TYPES)})\s+"
                       rf"(?:(?:del|de|la|las|los|el)\s+){{0,2}}[{_CAPITAL}]")  # "Paseo del Sol", "Calle Ámbar"
# what may follow an address on its line: its city, state and ZIP ("Pomona, CA 91766")
_STATE_NAMES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
                "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
                "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
                "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
                "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
# a state as a postal code or written out ("Tolowa Springs, California")
_STATE = rf"(?:[A-Z]{{2}}(?![A-Za-z])\.?|(?:{_STATE_NAMES})(?![A-Za-z]))"
# a field holding a state or a ZIP alone: an address's part, as a form stores it
STATE_OR_ZIP = re.compile(rf"\s*(?:{_STATE}|\d{{5}}(?:-\d{{4}})?)\s*")
# a ZIP is five digits (and four): a longer run after two capitals is no state and ZIP but a label and its number
# ("512 Mesquite Ln, ESI ID 10443727350082727" ends at "Ln")
# (a Hawaiian town's name with its ʻokina and kahakō: "Waimānalo", "ʻEwa Beach")
_CITY_WORD = rf"[\u02bb\u2018]?[{_CAPITAL}][^\W\d_]*(?:[\u2018.][^\W\d_]*)*"
# a city and state in another script, as a translated letter gives them after the street, the ZIP required
# ("Grand Ave 335, Պոմոնա, Կալիֆորնիա 91767", "٣١١٣ Dudley St، بومونا، كاليفورنيا ٩١٧٦٧", Arabic digits too)
_OTHER_SCRIPT_WORD = r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]+"
_OTHER_SCRIPT_STATE = (rf"\s*[,\u060c]\s*(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+\s*[,\u060c]?\s*"
                       rf"(?:{alternation(CALIFORNIA)}|{_OTHER_SCRIPT_WORD})\s*\d{{5}}(?:-\d{{4}})?(?![\d-])")
# (or a city and a ZIP with no state between, as a clerk writes a local address: "2985 W Elm Rd, Pomona 91767-6102")
# (a state with no ZIP is no identifier's prefix: "148 Camino Real Pkwy, Account No. SA-730591512" ends at "Pkwy", and
# "88 Elm St, Cust. ID: 89-55159-35" at "St": a label's colon before the number is no state's)
_CITY_STATE_ZIP_AFTER = (rf"(?:,?\s+{_CITY_WORD}(?:\s+{_CITY_WORD}){{0,2}},?\s+(?:{_STATE}"
                         rf"(?:\s+\d{{5}}(?:-\d{{4}})?(?![\d-])|(?!\s*(?:[-#]|:\s*)?\d))|\d{{5}}(?:-\d{{4}})?(?![\d-]))|{_OTHER_SCRIPT_STATE})")
_CITY_STATE_ZIP = rf"{_CITY_STATE_ZIP_AFTER}?"
# a house number, a direction, then a street name and its type ("1234 W Holt Ave") or a Spanish type and the name
# ("9229 SW Calle Encino", "794 Camino Pepper Tree"), a unit ("Spc 187", "No. 96", "#201"), a city, state and ZIP
# a house number spelt out, as a letter or a story writes it: two or three capitalised number words ("Eleven Twelve
# Oaks Lane", "Forty-Two Hundred Mesa Drive"); one word alone starts many streets' names ("Four Winds Drive", "Three
# Rivers Road"), so it is never taken for a number
_NUMBER_WORD = ("(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|"
                "Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred)")
_HOUSE_NUMBER_IN_WORDS = rf"(?-i:{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD}){{1,2}})(?![\w-])"
# a house number said as people say one, in lower case as a transcript writes speech ("thirty-five sixty-three North
# Fremont Street", "eighteen ten", "four seventy-seven", "twelve hundred", "nine oh five"): only right after words
# that give a home ("we live at", "we're at", "the service address is"), where a time ("at two thirty") or a count
# has no place. A transcript's time stamp inside a value said across it is no part of it ("i live at nine [00:02:46]
# ninety-six Pasadena Street")
_INLINE_TIMESTAMP = r"\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?"
_INLINE_TIMESTAMP_RE = re.compile(rf"\s*(?:{_INLINE_TIMESTAMP})(?=\s)")
_SPOKEN_GAP = rf"(?:[ ](?:{_INLINE_TIMESTAMP}))?[ ]"
_SPOKEN_UNIT = "one|two|three|four|five|six|seven|eight|nine"
# (or digit by digit, as a caller reads a long one: "one three four five two", "one oh one eight two")
_SPOKEN_HOUSE_NUMBER = (rf"(?i:(?:{_SPOKEN_UNIT})(?:{_SPOKEN_GAP}(?:{_SPOKEN_UNIT}|oh|zero)){{2,4}}"
                        rf"|(?:{_PAIR}|{_SPOKEN_UNIT})(?:{_SPOKEN_GAP}(?:{_PAIR}|hundred|oh{_SPOKEN_GAP}"
                        rf"(?:{_SPOKEN_UNIT}))){{1,2}})(?![\w-])")
# a home answered to a question that asks for it ("Q: And the service address? A: It's eleven forty nine Mirlo, here
# in Pomona"): the house number in digits or said, a direction, up to three capitalised words of the street
HOME_ANSWER_RE = re.compile(rf"(?:(?i:it['\u2019]?s|it\s+is|that['\u2019]?s|i\s+live\s+at|we\s+live\s+at)\s+)?"
                            rf"(?P<home>(?:\d{{1,6}}(?![\w,.-])|{_SPOKEN_HOUSE_NUMBER})\s+(?:{_DIRECTION}\s+)?"
                            r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})")
# (a call note's "svc addr", "addr:"; a move or a service started: "we moved to", "service at"; "my home at"; a
# caller's "i live on 3986 wexford pl")
_HOME_GIVEN_BEFORE = "".join(f"(?<=\\b{cue}\\s)|" for cue in (
    "live at", "lives at", "living at", "live on", "lives on", "living on", "we're at", "we\u2019re at", "i'm at", "i\u2019m at", "reside at", "located at",
    "address is", "home is at", "house is at", "home is", "house is", "property at", "home at", "service at", "moved to", "addr",
    "addr:", "address:",
    # a resident's own answer in a form's free-text box: "at my house on 1432 w olive ave", "service address 12 calle ..."
    "house on", "home on", "service address", "property:")).rstrip("|")
# (either at the start of a value usaddress reads with "1000" for its words)
_HOUSE_NUMBER_WORDS_START = re.compile(rf"\s*(?:{_HOUSE_NUMBER_IN_WORDS}|{_SPOKEN_HOUSE_NUMBER})")
# the lowercase particles inside a Spanish street's name: "Vista del Lago Lane", "Calle de la Paz", "Camino de los Robles"
_PARTICLE = r"(?:del|de|la|las|los|el)"
# a numbered road ("22608 County Road 62A", "1401 State Route 49", "880 Highway 101 N"): the number is the road's name
# Texas' Farm-to-Market, Ranch-to-Market and county roads by their capitals ("4650 FM 1187", "12050 RM 2222", "301 FM
# 3009 Rd", "8 CR 412")
_MARKET_ROAD = re.compile(r"\s*\d{1,6}\s+(?:FM|RM|CR|F\.M\.|R\.M\.)\s+\d{1,4}[A-Za-z]?(?![\w-])")
_NUMBERED_ROAD = (rf"(?:(?:{_NAME}\s+){{0,2}}(?i:road|rd|route|rte|highway|hwy)\.?|(?-i:FM|RM|CR|F\.M\.|R\.M\.)"
                  r"|(?i:farm|ranch)[- ](?i:to)[- ](?i:market)\s+(?i:road|rd)\.?)"
                  # (not a phone's area code after a road's name: "4149 Greystone Rd 562.413.4169" of a list's line)
                  rf"\s+\d{{1,4}}[A-Za-z]?(?![ \t.-]?\d{{3}}[ \t.-]\d{{4}}(?!\d))"
                  rf"(?:\s+(?i:road|rd)\.?(?!\w))?(?:\s+{_DIRECTION}(?![\w-]))?(?![\w-])")
# a house number on a numbered road with a unit after the road's number, or nothing after it ("20 Ranch Road 2817 Apt
# 4B", "18 Farm to Market Road 1431"): usaddress reads the road's number as the unit's ("Apt 2817", then "Apt 4B")
_NUMBERED_ROAD_ADDRESS = re.compile(rf"\s*\d{{1,6}}\s+(?:{_DIRECTION}\s+)?{_NUMBERED_ROAD}(?:{_UNIT}|(?=\s*(?:[,\n]|$)))")
# a grid address of Utah's and Idaho's towns: a house number, its direction, the grid street's number and its
# direction ("733 W 800 N", "1450 South 300 East"), a street type or not; never a coordinate
# ("37 N 113 W" after "lat"), a route's direction ("Route 9 N") or a table's lone "800 N"
_GRID_DIRECTION = r"(?:N|S|E|W|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?"
_GRID_STREET = rf"{_GRID_DIRECTION}\s+\d{{1,5}}\s+{_GRID_DIRECTION}(?![\w-])(?:\s+{_TYPE}(?!\w))?"
_GRID_ADDRESS = re.compile(rf"\s*\d{{1,6}}\s+{_GRID_STREET}\s*")
_COORDINATE_BEFORE = re.compile(r"(?i)(?:\b(?:lat|latitude|long|longitude|lon|coordinates?|gps)\b[\s:.=]*|[°'\"]\s*)$")
# a home's space or unit written before its street, as a mobile-home park's residents write it ("Space 98, Sun Valley
# Mobile Home Park, 2240 S. Golden State Blvd", "Spc 14, 880 W Shaw Ave", "Lot 22, Oak Grove MHP, 1515 E Tulare
# Ave"): part of the customer's address, which redaction must remove, and no park's or facility's name before a
# street; a space's park may be named as an estate or a village ("Space 4, Kings River Estates, 1458 ..."). A lot is
# a home's only with a mobile-home park's name (a parcel's "Lot 5" or "Lot 5, Sunset Estates" is a legal
# description); a business's suite is written after its street
_PARK_WORDS = rf"[A-Z][\w'-]*\s+(?:(?:[A-Z][\w'-]*|{_PARTICLE})\s+){{0,3}}"  # "Casa del Rio ", "Sun Valley "
_HOME_PARK = (rf"{_PARK_WORDS}(?:(?:(?:Mobile|Manufactured)(?:\s+Home)?|Trailer|RV)\s+"
              r"(?:Park|Estates|Community|Village|Manor|Court|Ranch|Lodge)|MHP)")
_HOME_PARK_OR_ESTATE = rf"(?:{_HOME_PARK}|{_PARK_WORDS}(?:Estates|Village|Manor))"
_UNIT_NUMBER = r"\.?\s*#?\s*\d{1,4}[A-Z]?(?![\w-]),?\s+"
# (it and _PR_ADDRESS open with a lookahead on their first letters: ADDRESS_RE tries them at every position of a text)
_UNIT_BEFORE = (rf"(?:(?=[SsTtUuAaLl])(?<![\w-])(?:(?i:space|spc|sp|trailer|trlr|unit|apt|apartment){_UNIT_NUMBER}"
                rf"(?:{_HOME_PARK_OR_ESTATE},?\s+)?|(?i:lot){_UNIT_NUMBER}{_HOME_PARK},?\s+)(?=\d))")
_UNIT_BEFORE_RE = re.compile(rf"\s*{_UNIT_BEFORE}")
# a Puerto Rican address: its urbanización, barrio, residencial or condominio and its street with the house number
# after "#" ("Urb. Villa Carolina, Calle 12 #45", "Calle Luna #118, Urb. San Antonio"), or a rural road's kilometre
# ("Bo. Pueblo, Carr. 2 Km 14.5"). The area's name is needed: a road's kilometre alone is a place on a highway, as a
# mile marker is, and "Res. 2024-15" a resolution
_PR_WORD = r"(?:[A-Z\u00c0-\u00de][\w'-]*|del?|la|las|los|el)"
_PR_AREA = (r"(?<![\w-])(?:Urb|Urbanizaci[oó]n|URB|Bo|Barrio|BO|Res|Residencial|Cond|Condominio|Sector|Parcelas|Ext)\.?"
            rf"\s+[A-Z\u00c0-\u00de][\w'-]*(?:\s+{_PR_WORD}){{0,4}}")
_PR_STREET = (rf"(?:(?<![\w-])(?i:calle|c/)\s*(?:{_PR_WORD}|\d{{1,3}}[A-Z]?)(?:\s+(?:{_PR_WORD}|\d{{1,3}}))"
              r"{0,3}\s*#\s*\d{1,5}[A-Z]?(?![\w-])"
              r"|(?<![\w-])(?i:carr\.?|carretera)\s*\d{1,4}[A-Z]?,?\s+(?i:km)\.?\s*\d{1,3}(?:\.\d{1,2})?(?![\w-]))")
_PR_ADDRESS = rf"(?:(?=[UBRCSPEc])(?:{_PR_AREA},?\s+{_PR_STREET}|{_PR_STREET},?\s+{_PR_AREA}){_CITY_STATE_ZIP})"
_PR_ADDRESS_RE = re.compile(rf"\s*{_PR_ADDRESS}")
# an address as Spanish prose gives it, the number before the street ("que vive en el 896 de la calle Pearl", "en el
# 1204 de la avenida Towne"): after the article, the house number, "de la calle" and the street's name
_NUMBER_DE_LA_CALLE = (rf"\d{{1,6}}\s+(?:de\s+la\s+(?i:calle|avenida|calzada)|del\s+(?i:bulevar|camino|paseo))\s+"
                       rf"{_SPANISH_NAME}(?:[ \t]+{_SPANISH_NAME}){{0,2}}(?![\w'-])")
_SPANISH_INVERTED = rf"(?<=(?<![\w-])[Ee]l ){_NUMBER_DE_LA_CALLE}"
_SPANISH_INVERTED_RE = re.compile(rf"\s*{_NUMBER_DE_LA_CALLE}")


def _literal(words) -> str:
    """A regex alternation of words written with dots ("av.", "no."), longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _types_in(script: str) -> str:
    """The street types of TYPES_AFTER_NAME written in a script (a character class), as an alternation."""
    return alternation(word for word in TYPES_AFTER_NAME if re.match(f"[{script}]", word))


# an address in the order of the City's other languages (``streets``: the words of each): largest unit first in
# Chinese, Japanese and Korean, the state and city before the street and the number after it, marked "号"/"번지"
# ("加州波莫纳市White Ave2846号 91768", "加州波莫納市米慎大道944號", "캘리포니아주 포모나시 타운 애비뉴 1097 (91768)");
# the number after the street in Spanish and Armenian ("Calle Garey #3222, Col. Pomona", "Oeste San Antonio Ave 1263,
# Pomona, CA", "Grand Ave 335, Պոմոնա, Կալիֆորնիա 91767"); the number before a street typed first in Vietnamese and
# Arabic ("Số 359 đường White, TP. Pomona", "١١٣٧ جادة ميشن، بومونا"). A unit, a city, state and ZIP may follow.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HANGUL = "\uac00-\ud7af"
_KANA = "\u30a0-\u30ff"
_ARMENIAN = "\u0531-\u0587"
# a Chinese name of a city or a street holds no city's or state's word, nor a verb or preposition before an address
# ("住在波莫纳市" is "lives in Pomona")
_NOT_A_PLACE_OR_VERB = "(?![市州在住于於到至往从從的是为為位居及和与與或向])"
_CITY_FIRST = (rf"(?:(?:美国|美國|미국)\s*)?(?:{alternation(CALIFORNIA)})?\s*,?\s*"
               rf"(?:(?:{_NOT_A_PLACE_OR_VERB}[{_HAN}]){{1,7}}市|[{_HANGUL}]{{1,10}}\s?시|[{_KANA}]{{1,10}}市)\s*,?\s*")
_HAN_TYPE_ENDS = "".join(sorted({word[-1] for word in TYPES_AFTER_NAME if re.match(f"[{_HAN}]", word)}))
_OTHER_DIRECTION = rf"(?:{_DIRECTION}|(?i:{alternation(OTHER_DIRECTIONS)}))"
# a Latin street type with the house number right after it ("Ave 335", "Ave2846号", "St #12"); a word and a number
# are looked for before the long list of types is tried
_TYPE_THEN_NUMBER = (rf"(?=[A-Za-z]{{1,12}}\.?\s*(?:(?i:{_literal(NUMBER_MARKS_BEFORE)})\s*)?\d)"
                     rf"{_TYPE}(?![^\W\d_])")
# a street and its type: in Latin letters ("Oeste San Antonio Ave", "Calle Garey"), in Chinese without spaces (and
# not a road in general: "道路", "路"), in Korean in up to three words, in Armenian and Japanese before the type; on one
# line (a name on the line above is no word of the street's)
_STREET_TYPED_AFTER = (rf"(?:{_OTHER_DIRECTION}\s+)?{_NAME}(?:\s+(?:{_NAME}|{_PARTICLE})){{0,3}}?\s+{_TYPE_THEN_NUMBER}"
                       rf"|(?i:{_literal(SPANISH_TYPES_BEFORE_NAME)})\s+(?:{_PARTICLE}\s+){{0,2}}{_SPANISH_NAME}"
                       rf"(?:[ \t]+(?:{_SPANISH_NAME}|{_PARTICLE})){{0,2}}"
                       rf"|(?=[{_HAN}]{{1,8}}?[{_HAN_TYPE_ENDS}])(?![{_HAN_TYPE_ENDS}])"
                       rf"(?:{_NOT_A_PLACE_OR_VERB}[{_HAN}]){{1,8}}?(?:{_types_in(_HAN)})"
                       rf"|(?:[{_HANGUL}]{{1,12}}[ \t]){{0,2}}[{_HANGUL}]{{0,12}}?(?:{_types_in(_HANGUL)})"
                       rf"|(?:[{_ARMENIAN}]{{1,16}}[ \t]){{1,2}}(?:{_types_in(_ARMENIAN)})"
                       rf"|[{_KANA}]{{1,12}}[ \t]?(?:{_types_in(_KANA)})")
_OTHER_NUMBER = r"\d{1,6}(?:[/-]\d{1,4})?(?:[A-Z](?![A-Za-z]))?(?![\d.,]\d)"
# the number after the street: marked as another language marks a house number ("#3222", "No. 12", "2846号", "1097번지")
# or bare ("Grand Ave 335")
_MARK_AFTER = alternation(NUMBER_MARKS_AFTER)
_MARKED_NUMBER = (rf"(?:(?i:{_literal(NUMBER_MARKS_BEFORE)})\s*{_OTHER_NUMBER}(?:\s*(?:{_MARK_AFTER}))?"
                  rf"|{_OTHER_NUMBER}\s*(?:{_MARK_AFTER}))")
_STREET_THEN_NUMBER = rf"(?:{_STREET_TYPED_AFTER})\s*{_OTHER_NUMBER}"
# Vietnamese names start with a capital of its alphabet ("Lê Lợi", "Đinh Tiên Hoàng")
_VIETNAMESE_NAME = r"[A-Z\u00c0-\u00de\u0110\u0102\u01a0\u01af\u1ea0-\u1ef8][\w'-]*"
_NUMBER_THEN_STREET = (rf"(?:(?i:số)\s+)?{_OTHER_NUMBER}\s+(?i:{alternation(TYPES_BEFORE_NAME)})\s+"
                       rf"(?:{_VIETNAMESE_NAME}(?:[ \t]+{_VIETNAMESE_NAME}){{0,3}}"
                       rf"|{_OTHER_SCRIPT_WORD}(?:[ \t]+{_OTHER_SCRIPT_WORD}){{0,2}})")
_OTHER_UNIT = (rf"(?:{_UNIT}|\s*,?\s*(?:[\dA-Z-]{{1,5}}\s*(?:室|单元|單元|号房|號房|호실|호)"
               r"|(?i:int\.?|interior|depto\.?|apto\.?|departamento|căn hộ|phòng)\s*#?\s*[\dA-Z-]{1,5}(?![\w-])))")
_OTHER_PLACE = rf"(?:\s*,?\s*(?:\(\d{{5}}(?:-\d{{4}})?\)|\d{{5}}(?:-\d{{4}})?(?![\d-]))|{_CITY_STATE_ZIP_AFTER})"
# in running text a street's name and a number ("Garey Ave 2024") is an address only as another language writes one:
# after its state and city, with its number's mark, with its ZIP or its city and state after it, or with a street
# type of the language; a Latin street's name starts a word, Chinese ones follow the words before them without a space
_LATIN_BEFORE = r"(?<![A-Za-z\u00c0-\u024f\u1e00-\u1eff])"
# (the first letters it may start with: ADDRESS_RE tries it at every position of a text)
_OTHER_ORDER = (rf"(?:(?=[A-Z\u00c0-\u00de\u0110{_HAN}{_HANGUL}{_KANA}{_ARMENIAN}]){_LATIN_BEFORE}"
                rf"(?:{_CITY_FIRST}(?:{_STREET_TYPED_AFTER})\s*(?:{_MARKED_NUMBER}|{_OTHER_NUMBER})"
                rf"{_OTHER_UNIT}?{_OTHER_PLACE}?"
                rf"|(?:{_STREET_TYPED_AFTER})\s*(?:{_MARKED_NUMBER}{_OTHER_UNIT}?{_OTHER_PLACE}?"
                rf"|{_OTHER_NUMBER}{_OTHER_UNIT}?{_OTHER_PLACE}))"
                rf"|(?=[\dSs])(?<![\w$.,/-]){_NUMBER_THEN_STREET}{_OTHER_UNIT}?{_OTHER_PLACE}?)")
_OTHER_ORDER_RE = re.compile(rf"\s*{_OTHER_ORDER}")
# as a field labelled an address holds it, the street and number alone ("Grand Ave 335")
_LABELLED_OTHER_ORDER_RE = re.compile(rf"\s*{_LATIN_BEFORE}(?:{_CITY_FIRST})?{_STREET_THEN_NUMBER}{_OTHER_UNIT}?"
                                      r"[\s.,;]*$")
# a numbered road's number is its name, no house's ("Route 66, Pomona, CA")
_NUMBERED_ROAD_THEN_CITY = re.compile(r"(?i)\s*(?:[\w.]+\s+){0,2}(?:route|rte|highway|hwy|road|rd|freeway|fwy|"
                                      r"interstate|expressway|expy)\.?\s*\d{1,3}[A-Z]?\s*,")


def _other_order(text: str, labelled: bool) -> bool:
    """Whether ``text`` opens with an address written in another language's order (``_OTHER_ORDER``); a field
    labelled an address may hold its street and number alone."""
    if _NUMBERED_ROAD_THEN_CITY.match(text):
        return False
    return bool(_OTHER_ORDER_RE.match(text) or labelled and _LABELLED_OTHER_ORDER_RE.match(text))


# the words after a number that make it a count, a time or a measure, not a house number and its street's name
# ("12 months", "6 pm", "100 percent", "2024 budget"; in Spanish "48 horas", "30 días", "12 meses" as a notice's
# heading gives its deadline), nor, in a street read in lower case, a word of its name
_NOT_A_STREET = frozenset("""
hora horas minuto minutos segundo segundos día días dia dias semana semanas mes meses año años ano anos
am pm a.m. p.m. noon midnight hour hours hr hrs minute minutes min mins second seconds day days week weeks wk wks
month months mo mos year years yr yrs time times percent pct degrees dollars cents kwh kw kilowatt therm therms
mwh gwh twh mw gw megawatt megawatts gigawatt kwhs mwhs kilowatts watts mph miles mile feet foot ft sq acres acre
hcf ccf mcf gal gallons dth mmbtu
people persons customers residents households homes units budget
fiscal rate rates level levels total and or the to for with from by per a an in on at of jan january feb february
mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december
monday tuesday wednesday thursday friday saturday sunday
that this these those it is are was were be i you we he she they my our your their thank thanks
""".split())
_NOT_A_STREET_WORD = rf"(?i:(?:{alternation(re.escape(word) for word in _NOT_A_STREET)})(?![\w'\u2019-]))"
# a street as auto-captions and call notes write it, in lower case ("i live at 1637 north gary avenue", "svc addr
# 1371 s kingsley ave", "we're at 881 e holt ave"): only right after words that give a home, where the street's words
# are read whatever a caption spelt them; a common street type ends it, and none of its words is a count's, a time's
# or one of the language's small words ("at 5 pm", "address is 12 and we drive"); the types that are as often a
# speaker's verb or noun (a run, a walk, a pass, a mall) are left to the capitalised form
_SPEECH_WORD_TYPES = frozenset("run pass walk point pt mall loop row spur trace".split())
_SPOKEN_TYPE = rf"(?i:{alternation(SUFFIXES - _SPEECH_WORD_TYPES)})\.?(?!\w)"
_SPOKEN_STREET_GAP = rf"(?:\s+(?:{_INLINE_TIMESTAMP}))?\s+"  # "i live at 3774 [00:28:15] north white avenue"
# (nor the label of the value typed right after the street: "calle los olivos acct 3-118-...", "... cell 909 ...")
_VALUE_LABEL_WORD = r"(?i:acct|account|ph|phone|cell|cel|tel|e-?mail|ssn|zip|apt|unit|spc|space)(?![\w'\u2019-])"
_SPOKEN_STREET_WORD = rf"{_SPOKEN_STREET_GAP}(?!{_NOT_A_STREET_WORD}|{_VALUE_LABEL_WORD})[^\W\d_][\w'\u2019-]*"
# (or a Spanish type before the name, as lower-case as the rest: "we're at 8335 via las palmas", "calle amapola")
_SPOKEN_STREET = (rf"(?i:{_HOME_GIVEN_BEFORE})(?:\d{{1,6}}{_HALF}?(?![\w-])|{_SPOKEN_HOUSE_NUMBER})"
                  rf"(?:{_SPOKEN_STREET_GAP}{_DIRECTION}(?!\w))?"
                  rf"(?:(?:{_SPOKEN_STREET_WORD}){{1,3}}{_SPOKEN_STREET_GAP}{_SPOKEN_TYPE}"
                  rf"|{_SPOKEN_STREET_GAP}(?i:{alternation(PRE_TYPES)})(?:{_SPOKEN_STREET_WORD}){{1,3}}(?![\w'\u2019-]))")
# what every match of ADDRESS_RE holds: a digit (a house number, a Puerto Rican street's "#45" or road's number, a
# unit's number right before its house number) or a word of a house number in words or said, each standing at a
# word's start; a text without either holds no address, which this finds far faster than ADDRESS_RE tries each of
# its positions
_NUMBER_WORDS = (*(word for word in _DIGIT_WORDS if word not in ("zero", "oh")), *_TEENS, *_TENS, "hundred")
_ADDRESS_NUMBER = re.compile(rf"(?i)\d|\b(?:{'|'.join(_NUMBER_WORDS)})")
# (a house number is no time's minutes: "05/01 08:25 AGT26  CALLER TYRONE BROOKS VERIFIED ON SA ...", where "Brooks"
# is a street type and "VERIFIED ON" would be a city and a province)
ADDRESS_RE = re.compile(
    rf"{_PR_ADDRESS}|{_SPANISH_INVERTED}{_CITY_STATE_ZIP}|(?:{_UNIT_BEFORE}?(?:(?<![\w$.,/-])(?<!\d:)(?:{_HYPHENATED_NUMBER}|\d{{1,6}}(?:{_HALF}|-?[A-Z])?)"
    rf"|(?<![\w-]){_HOUSE_NUMBER_IN_WORDS}|(?i:{_HOME_GIVEN_BEFORE}){_SPOKEN_HOUSE_NUMBER})\s+"
    rf"(?:(?<=\d\s){_GRID_STREET}|"
    rf"(?:{_DIRECTION}\s+)?"
    rf"(?:{_NUMBERED_ROAD}|{_NAME}\s+(?:(?:{_NAME}|{_PARTICLE})\s+){{0,3}}{_TYPE}(?!\w)"
    rf"|{_ARTICLE_BEFORE_TYPE}(?i:{alternation(PRE_TYPES)})\s+(?:{_PARTICLE}[ \t]+){{0,2}}{_SPANISH_NAME}"
    rf"(?:[ \t]+{_SPANISH_NAME}){{0,2}}))"
    rf"|{_SPOKEN_STREET})"
    rf"{_UNIT}?{_CITY_STATE_ZIP}|{_OTHER_ORDER}")
# (a city's name may be written with its accents: "Río Dell, CA 95562", "La Cañada Flintridge, CA 91011")
CITY_LINE_RE = re.compile(rf"\s*[{_CAPITAL}][A-Za-z\u00c0-\u024f .'-]+,?\s+(?:[A-Z]{{2}}|California)\.?,?\s+\d{{5}}(?:-\d{{4}})?\s*")  # "CO, 81520" too
STREET_START = re.compile(rf"\s*{_UNIT_BEFORE}?(?:\d{{1,6}}(?:{_HALF}|[A-Za-z])?(?:-\d+)?|{_HOUSE_NUMBER_IN_WORDS})\s+"
                          r"(?:[NSEWnsew]\.?\s+)?[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff]")  # "Đường Hoa Mai", "Ñandú Ct"
# (in Spanish "Apartado Postal 9357", "Apdo. Postal 12": a bilingual notice's box; not a law's "apartado 4", its clause)
_BOX_IN_SPANISH = r"(?:apartado|apdo\.?|casilla)\s+postal"
PO_BOX = re.compile(rf"(?i)\s*(?:p\.?\s?o\.?\s*box|post office box|{_BOX_IN_SPANISH})\s*#?\s*\d")


# a hundred block standing for a place, as a police or a fire log and a calls-for-service map publish where something
# happened ("1400 BLK CAMINO ALTO", "0 BLK N MAIN ST", "2300 Block of Foothill Ave"): the block hides the house, so it
# is no one's address, whatever record it stands in (a house on Block Road is: "2300 Block Rd")
_HUNDRED_BLOCK = re.compile(rf"(?i)\s*(?:\d{{0,3}}00|0)\s+(?:blk\.?|block(?!\s+(?:{alternation(SUFFIXES)})\b))(?!\w)")


def hundred_block(text: str) -> bool:
    """Whether ``text`` opens with a hundred block rather than a house number (see ``_HUNDRED_BLOCK``)."""
    return _HUNDRED_BLOCK.match(text) is not None


def opens_an_address(text: str) -> bool:
    """Whether a field's value starts as a street address or a post-office box does ("1136 W 9th St", "PO Box 88")."""
    return bool(STREET_START.match(text) or PO_BOX.match(text) or _other_order(text, labelled=True))


# a post-office box or a rural route's box in running text, with its city, state and ZIP when they follow
# ("billing address P.O. Box 2742, Claremont, CA 91711", "RR 2 Box 140", "Rt. 2 Box 118", "Rte 5, Box 238", a box
# with its letter: "RR 3 Box 44A"); the rural West's Highway Contract and Star Routes are written the same way ("HC 62
# Box 536", "HCR 62 Box 536", "Star Route 3, Box 17"). A route's box needs both numbers: "Route 66 Festival" is none
BOX_ADDRESS_RE = re.compile(
    rf"(?<![\w.])(?i:p\.?\s?o\.?\s*box|post office box|{_BOX_IN_SPANISH}|"
    r"(?:r\.?r\.?|rural route|rt\.?|rte\.?|route|h\.?c\.?(?:r\.?)?|"
    r"highway contract(?: route)?|star route)\s*#?\s*\d{1,3},?\s+box)\s*#?\s*\d{1,6}(?-i:[A-Z])?"
    rf"(?![\w-]){_CITY_STATE_ZIP}")
# the units of a home's consumption, in English and Spanish ("640 kilovatios-hora", "21 termias"), and as the City's Armenian,
# Russian, Arabic and Persian notices write the kilowatt-hour ("2 428 կՎտ·ժ", "кВт·ч", "كيلوواط ساعة", "کیلووات ساعت")
_HOME_UNITS = (r"kwhs?|kw-?hrs?|kw-h|kilowatt[- ]?(?:hours?|hrs?)|kilovatios?[- ]hora|therms?|termias?|"
               r"կվտ[\u00b7.\u2024\u22c5/ -]?ժ|կիլովատտ?[- ]?ժամ|квт[\u00b7.\u22c5/ -]?ч|киловатт[- ]?час\w*|"
               # (Arabic and Persian letters, a space or a zero-width non-joiner between the words)
               r"[كک][يی]لو[ \u200c]?وا[طت](?:[ \u200c-]|\s*/\s*|\s+(?:في|فی)\s+ال)ساع[ةيیت]")
# "880 kWhs", "450 kW-hrs", "1,085 kilowatt hours"; OCR may read a box's or a rule's edge as an underscore after it
# ("358 kWh_ Off-peak ...")
# and in Chinese, run into the words after it: 千瓦时 (kWh), and 度 (the kWh a bill counts) where 电 follows it ("1,234 度电")
_CHINESE_KWH = r"千瓦小?[时時]|度(?=[电電])"
# and as Korean and Khmer notices spell the kilowatt-hour, a Korean particle or copula run into it ("1,480 킬로와트시입니다")
_SPELT_KWH = r"킬로와트[ \t]?시|គីឡូវ៉ាត់[ \t]?ម៉ោង"
_USAGE_UNIT = rf"(?:(?i:{_HOME_UNITS}|mwh|megawatt[- ]hours?)(?![^\W_])|{_CHINESE_KWH}|{_SPELT_KWH})"
# a whole number written in words, as a letter or a story tells a bill ("eighteen hundred", "five hundred eleven",
# "one thousand two hundred and forty", "nine hundred sixty-two")
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_BELOW_HUNDRED = (rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_UNITS_WORDS}))?|"
                  rf"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNITS_WORDS}")
_HUNDREDS = rf"(?:{_BELOW_HUNDRED})[ -]hundred(?:[ ](?:and[ ])?(?:{_BELOW_HUNDRED}))?"
# hundreds or thousands only: a home's monthly use; "one kWh costs 31 cents" tells a price
# and in Spanish, as a customer's letter on a bilingual city's site writes it ("mil doscientos kilovatios-hora", "dos
# mil trescientos cuarenta y cinco", "novecientos ochenta")
_ES_UNITS = "uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
_ES_BELOW_HUNDRED = (rf"(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?:[ ]y[ ](?:{_ES_UNITS}))?|"
                     r"veinti(?:uno|[uú]n|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|veinte|diez|once|doce|"
                     rf"trece|catorce|quince|dieci(?:s[eé]is|siete|ocho|nueve)|{_ES_UNITS}")
_ES_HUNDREDS = (r"(?:cien|ciento|"
                r"(?:doscient|trescient|cuatrocient|quinient|seiscient|setecient|ochocient|novecient)[oa]s)"
                rf"(?:[ ](?:{_ES_BELOW_HUNDRED}))?")
_ES_NUMBER = (rf"(?:(?:{_ES_HUNDREDS}|{_ES_BELOW_HUNDRED})[ ])?mil(?:[ ](?:{_ES_HUNDREDS}|{_ES_BELOW_HUNDRED}))?"
              rf"|{_ES_HUNDREDS}")
NUMBER_IN_WORDS = (rf"(?:{_BELOW_HUNDRED})[ -]thousand(?:[ ](?:and[ ])?(?:{_HUNDREDS}|{_BELOW_HUNDRED}))?"
                   rf"|{_HUNDREDS}|{_ES_NUMBER}")
NUMBER_IN_WORDS_RE = re.compile(rf"(?i)(?<![\w-])(?:{NUMBER_IN_WORDS})(?![\w-])")
_WORD_VALUES = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())} | {word: 10 * tens for tens, word in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SPANISH_VALUES = {word: value for value, word in enumerate(
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete "
    "dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete "
    "veintiocho veintinueve".split())} | {word: 10 * tens for tens, word in enumerate(
    "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(), start=3)} | {word: 100 * hundreds for
    hundreds, word in enumerate("ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
                                "ochocientos novecientos".split(), start=1)} | {
    "un": 1, "una": 1, "veintiun": 21, "cien": 100}


def number_from_words(words: str) -> int:
    """The value of a number ``NUMBER_IN_WORDS`` matched: "eighteen hundred" is 1800, "two thousand three hundred and
    ten" 2310, "mil doscientos" 1200."""
    total = current = 0
    for word in re.split(r"[ -]+", fold(words.lower())):
        if word == "hundred":
            current *= 100
        elif word in ("thousand", "mil"):
            total, current = total + (current or 1) * 1000, 0
        elif word not in ("and", "y"):
            spanish = re.sub(r"ientas$", "ientos", word)  # "quinientas" is "quinientos"
            current += _WORD_VALUES[word] if word in _WORD_VALUES else _SPANISH_VALUES[spanish]
    return total + current


# a home's units only after a number in words: megawatt-hours in words are a plant's ("two hundred megawatt-hours")
_HOME_UNIT = rf"(?i:{_HOME_UNITS})\b"
# (or joined by a hyphen, as an adjective: "used 730-kWh in February"; not a battery's or a system's size, "a 13.5-kWh
# battery")
# a month's name or its abbreviation, in English or Spanish ("Jan", "Sept.", "January", "ENE", "Dic"), as a usage
# history's or a chart's periods are written
MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?"
# one month's name or several listed, as the bills they name are ("June, July and August bills", "julio y agosto")
MONTHS_LISTED = rf"{MONTH_NAME}(?:(?:,[ \t]*|[ \t]+)(?:(?:and|&|y|or)[ \t]+)?{MONTH_NAME})*"
# one period of a usage history, a month named or a date: "Jan 24", "January 2024", "Jan-24", "Feb '25", "01/2024",
# "2024-01", "03/04/2024", "2024-01-01" (a date cell of a spreadsheet)
PERIOD = re.compile(rf"(?i)\s*(?:{MONTH_NAME}(?:[ \t'\u2019/-]*(?:\d{{2}}|\d{{4}}))?|"
                    r"\d{1,2}/(?:\d{1,2}/)?(?:\d{2}|\d{4})|\d{4}-\d{2}(?:-\d{2})?)\s*")
# the label of a usage history's row of periods laid out sideways: "Month", "Billing period", "Read date", "Mes"
PERIOD_LABEL = re.compile(r"(?i)\s*(?:billing\s+|bill\s+|service\s+|read\s+|usage\s+)?(?:months?|mes(?:es)?|"
                          r"periods?|per[ií]odos?|dates?|fechas?|cycles?)\s*:?\s*")
# thousands grouped by a space, as Armenian, Russian and French write them ("1 310 կՎտժ", "2 480 kWh"): by a no-break
# or a thin space anywhere, by a plain space only after a label's mark, not a word: "Tier 1 300 kWh" is tier 1's 300
# (prose's figure after a word: ``_SPACED_AFTER_WORD``); a decimal comma may end it ("2 428,5")
_DECIMAL_COMMA = r",\d{1,2}(?![\d,])"  # a comma before one or two digits is never a thousands separator
_SPACE_GROUPED = (r"(?<![\d,.])\d{1,3}(?:(?:[\u00a0\u202f\u2009]|"
                 r"(?<![^\W\d_] \d)(?<![^\W\d_] \d\d)(?<![^\W\d_] \d\d\d) )\d{3})+"
                 rf"(?:{_DECIMAL_COMMA}|(?![\d,]))")
# the digits of a usage figure as the languages of the City's customers write them: thousands grouped by commas
# ("1,312.5"); by dots before a decimal comma ("1.312,5", as Spanish and Vietnamese write it) or by two dots or more
# ("1.371.998"; one dot is read as a decimal point, which "5.537 kWh" is too); by spaces; by the Arabic thousands
# separator ("٢٬٦٣٦", in Arabic-Indic or Persian digits, which are digits to ``\d``); or not grouped ("278,5")
USAGE_FIGURE = (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\.\d{{3}})+{_DECIMAL_COMMA}|"
                rf"\d{{1,3}}(?:\.\d{{3}}){{2,}}(?![\d.])|{_SPACE_GROUPED}(?:\.\d+)?|"
                rf"\d{{1,3}}(?:\u066c\d{{3}})+(?:\u066b\d+)?|\d+(?:[.\u066b]\d+|{_DECIMAL_COMMA})?)")
USAGE_RE = re.compile(r"(?<![\w.$,/-])" + USAGE_FIGURE +
                      r"(?:[ \t\u00a0]{0,2}"  # "715  kWh": justified
                      + _USAGE_UNIT + r"|-" + _USAGE_UNIT
                      + r"(?![ \t]+(?i:batter|storage|system|pack|capacit|array|unit|powerwall|generator)))")
_DECIMAL_COMMA_ENDING = re.compile(r",(?=\d{1,2}$)")
# a net metering customer's net use with its minus sign, as a true-up statement gives it when the system exported more
# than the home drew ("your net consumption was -672 kWh", "Net usage: \u22121,204 kWh", "net energy use of -318 kWh"):
# the sign is part of the reading; looked for only where "net" and a minus stand near the range read
_NET_USE = re.compile(r"(?i)\bnet[ \t]+(?:energy[ \t]+)?(?:consumption|usage|use)\b[ \t:]*"
                      r"(?:(?:was|were|is|of|came[ \t]+to|totall?ed|=)[ \t]+)?(?P<figure>[-\u2212]" + USAGE_FIGURE +
                      r"[ \t\u00a0]{0,2}" + _USAGE_UNIT + ")")
_NET_USE_REACH = 40


def figure_value(figure: str) -> str:
    """A usage figure (``USAGE_FIGURE``) in ASCII digits, without its thousands separators, with a decimal point:
    "1.312,5" is "1312.5", "1.371.998" "1371998", "2 428" "2428", "٢٬٦٣٦" "2636"; a single dot stays a decimal
    point ("5.537", "1,312.5")."""
    figure = "".join(str(unicodedata.digit(c)) if c.isdecimal() else c for c in figure)
    figure = re.sub(r"[ \u00a0\u202f\u2009\u066c]", "", figure).replace("\u066b", ".")
    if _DECIMAL_COMMA_ENDING.search(figure):
        return _DECIMAL_COMMA_ENDING.sub(".", figure.replace(".", ""))
    return figure.replace(".", "") if figure.count(".") > 1 else figure.replace(",", "")


# a figure whose thousands a plain space groups right after a word: prose's one figure after a word in lower case (the
# French "consommation de 2 428 kWh", the Armenian "կազմել է 2 667 կՎտ·ժ"), a label's number and the figure after it
# after a capital's word ("Tier 1 300 kWh", "Zone 2 450 kWh")
_SPACED_AFTER_WORD = re.compile(rf"(?<=[^\W\d_] )\d{{1,3}}(?: \d{{3}})+(?:{_DECIMAL_COMMA}|(?![\d,]))"
                                rf"[ \t\u00a0]{{0,2}}{_USAGE_UNIT}")
_WORD_ENDING = re.compile(r"[^\W\d_]+ $")
# a figure in words is looked for only before a home's unit after a letter: units are rare, words everywhere
_UNIT_AFTER_WORD = re.compile(rf"(?<=[^\W\d_])[ \t\u00a0]{{1,2}}{_HOME_UNIT}", re.IGNORECASE)
_WORDS_BEFORE_UNIT = re.compile(rf"(?<![\w-])(?i:{NUMBER_IN_WORDS})$")
_WORDS_REACH = 80  # "two thousand three hundred and seventy-seven" and more


# a home's use said in plain "kilowatts" (or "kw"), as people say it of a bill ("my bill says eighteen hundred kilowatts
# for july", "last month we used about 930 kilowatts", "we went from like four hundred to sixteen hundred kilowatts"):
# a unit of power, which stands for the month's energy only where the bill or the month's use is spoken of, just
# before the figure or a month right after it; a plant's, an array's or a battery's kilowatts are none of these, nor
# the size of equipment a permit installs ("a Conditional Use Permit to install a 94 kW rooftop solar array")
_SPOKEN_KILOWATTS = re.compile(r"(?i)(?<=[a-z\d])[ \t]{1,2}(?:kilowatts|kws?)\b(?![- ]?(?:hours?|hrs?|h)\b)"
                               r"(?![ \t-]+(?:[a-z-]+[ \t]+){0,2}(?:arrays?|systems?|batter(?:y|ies)|storage|chargers?|"
                               r"generators?|panels?|inverters?|units?|installations?|projects?|facilit(?:y|ies))\b)")
_FIGURE_BEFORE_KILOWATTS = re.compile(rf"(?<![\w.,$/-])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}}|(?i:{NUMBER_IN_WORDS}))$")
_BILL_SPOKEN_BEFORE = re.compile(r"(?i)\b(?:bill(?:ed)?|used|use(?!\s+permits?\b)|using|usage|went\s+from|jumped|"
                                 r"last\s+month|this\s+month)\b[^.;!?]*$")  # not a "Conditional Use Permit"
_MONTH_AFTER = re.compile(rf"(?i)\s+(?:for|in|this|last|a|per)\s+(?:the\s+)?(?:month|{MONTH_NAME})")
_BILL_REACH = 60


# a figure in 度 alone after the words of using electricity ("上月用电 1,234 度", "用電量為 880度"): the kWh of a bill; 度
# alone is also a degree, of heat or of an angle
_USED_IN_DU = re.compile(r"(?:[用耗][电電]量?|[电電]量)(?:[为為是约約共计計达達]|：|:|\s)*"
                         r"(?P<figure>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?度)(?![电電])")


# a meter's demand in kW right after the word, as a bill gives it beside the kWh ("Max Demand 37.1 kW", "peak demand
# of 14.2 kW"): the customer's load, read as their usage is; not a system's in MW nor a rating ("a 6.2 kW system")
_DEMAND_KW = re.compile(r"(?i)\b(?:max(?:imum)?|peak|billed|metered|on-peak|off-peak|mid-peak)[ \t]+demand\b[ \t:]*"
                        r"(?:(?:was|is|of|reached|=)[ \t]+)?(?P<figure>" + USAGE_FIGURE + r"[ \t]?kW)(?![A-Za-z])")


def usage_figures(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of usage figures with their unit in ``text[start:end]``, in digits or in words, in order."""
    end = len(text) if end is None else end
    found = [m.span() for m in USAGE_RE.finditer(text, start, end)]
    found += [m.span("figure") for m in _USED_IN_DU.finditer(text, start, end)]
    around = text[max(0, start - _NET_USE_REACH):end]
    if ("-" in around or "\u2212" in around) and "net" in around.lower():  # "net usage of -672 kWh": with its sign
        for m in _NET_USE.finditer(text, max(0, start - _NET_USE_REACH), end):
            if m.start("figure") >= start:  # (the words before a field's own figure may lie before it)
                found = [span for span in found if span[1] != m.end()] + [m.span("figure")]
    for m in _SPACED_AFTER_WORD.finditer(text, start, end):
        if not _WORD_ENDING.search(text, max(0, m.start() - 40), m.start()).group()[:1].isupper():
            found = [span for span in found if not m.start() < span[0] < m.end()] + [m.span()]
    for unit in _UNIT_AFTER_WORD.finditer(text, start, end):
        words = _WORDS_BEFORE_UNIT.search(text, max(start, unit.start() - _WORDS_REACH), unit.start())
        if words:
            found.append((words.start(), unit.end()))
    if "emand" in text[start:end]:
        found += [m.span("figure") for m in _DEMAND_KW.finditer(text, start, end)]
    for unit in _SPOKEN_KILOWATTS.finditer(text, start, end):
        figure = _FIGURE_BEFORE_KILOWATTS.search(text, max(start, unit.start() - _WORDS_REACH), unit.start())
        if figure and (_BILL_SPOKEN_BEFORE.search(text, max(start, figure.start() - _BILL_REACH), figure.start())
                       or _MONTH_AFTER.match(text, unit.end())):
            found.append((figure.start(), unit.end()))
    return sorted(found)


# words just before a figure that make it a tariff's, a program's or an average's, not a customer's
_NOT_CONSUMPTION = re.compile(
    # "up to" a cap ("save up to 300 kWh"), not a rise ("the bill went up to 1,413 kWh")
    r"(?i)\b(?:per|typical(?:ly)?|tiers?|baseline|allowance|rates?|(?<!went )(?<!gone )(?<!shot )(?<!jumped )"
    r"(?<!climbed )(?<!spiked )up to|sav(?:e|es|ing|ings|ed)|"
    # (a program's account is a customer's: "Program Account MLCP-491685 - 1,476 kWh" is their use)
    r"reduc(?:e|ed|tion)|credits?|program(?![ \t]+(?:account|acct|id|no\b|number|#))|goal|target|limit|threshold|"
    # a tier's "between 500 and 1,000 kWh", not the range a meter or a home registered ("the meter registered between
    # 1,547 and 1,678 kWh per month; afterwards between ...")
    r"(?<!registered )(?<!recorded )(?<!metered )(?<!used )(?<!consumed )(?<!ranged )(?<!varied )(?<!billed )"
    r"(?<!afterwards )between|"
    r"exceed(?:s|ing)?|produc(?:e|es|ed|ing|tion)|generat(?:e|es|ed|ing|ion)|output|offsets?|"
    r"(?:a|the) norm(?:al)? of|"  # "against a normal of about 400 kWh": a reference figure, not a reading
    r"average (?:[a-z-]+ )?(?:home|household|customer|residential|resident|family|house|user)s?|"
    # and in Spanish; "por" a rate's "per", not a bill's "for" ("mi factura llegó por 2,112 kWh", "me cobraron por")
    r"promedio|tarifas?|ahorr(?:o|os|a|ar)|hasta|nivel(?:es)?|"
    r"(?<!lleg[oó] )(?<!vino )(?<!factura )(?<!cobraron )(?<!cobr[oó] )por|cargos?|bloques?|escal[oó]n(?:es)?|"
    r"entre|sobre|m[aá]s de|exceso|l[ií]mite|meta|superior(?:es)? a|inferior(?:es)? a|menos de|encima|debajo|"
    # and in the City's other languages: Vietnamese tier, baseline, allowance, exceeding, saving ("bậc", "cơ bản", "định
    # mức", "vượt quá", "tiết kiệm"); Tagalog more than, beyond, up to (not a bill's rise to it: "tumaas hanggang"), per
    # ("higit sa", "lampas sa", "hanggang", "bawat"); Arabic more or less than, exceeds, tier, baseline, per, up to
    # (not "rose to": "ارتفعت حتى"), saving; Armenian baseline, limit, tariff; Russian tariff, norm, limit, over, more
    # or less than, saving
    r"bậc|cơ bản|định mức|vượt(?: quá)?|tiết kiệm|"
    r"(?:ma)?higit sa|lampas sa|lagpas sa|(?<!tumaas )(?<!umakyat )hanggang|bawat|"
    r"أكثر من|أقل من|[يت]زيد|[يت]تجاوز|ال?شريحة|خط الأساس|لكل|(?<!ارتفعت )(?<!ارتفع )حتى|توفير|"
    r"բազային|սահմանաչափ\w*|սակագ\w*|тариф\w*|норм\w*|лимит\w*|свыше|более|менее|эконом\w*)\b"
    # Korean words run their particles into them: basic (a baseline's), progressive (a tier's): "기본 사용량은"
    r"|기본|누진"
    # a threshold's "over", "above" or "below" right before the figure ("homes using over 1,000 kWh"), not a period's
    # ("averaged 50 kWh a day over the last cycle, 1,386 kWh in total")
    r"|\b(?:over|above|below)(?:\s+(?:about|roughly|approximately|some))?(?:\s+the)?\W*$"
    r"|\b(?:trên|dưới|hơn)\W*$"  # and in Vietnamese: "dùng trên 1.000 kWh", "hơn", "dưới"
    # a class's threshold: "customers who use more than 1,200 kWh in summer can save ..." (not "she used more than")
    r"|\b(?:who|that)\s+use\s+(?:more|less|fewer)\s+than\s*$"
    # a tier's block right before its figure ("the first 300 kWh", "next 500 kWh"), not a first bill's reading
    # ("Her first bill showed 2,741 kWh")
    r"|\b(?:first|next|additional|extra|primer(?:o|os|a|as)?|siguientes?|adicional(?:es)?)\W*$"
    # a tier's range, not "went from 400 to 1,813 kWh" ("from about 600 to ...") nor the end of an account before a
    # list's dash ("acct 5521-330981-44 - 1,927 kWh", "Acct 3853771066 - 3,886 kWh": a range starts at a figure, not at
    # ten digits)
    r"|(?<!from )(?<!from about )(?<!from around )(?<!from roughly )(?<!from like )(?<!from maybe )"
    r"(?<!from approximately )(?<![\d,.\-\u2010-\u2013/])(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?:\.\d+)?\s*(?:-|\u2013|to)\s*$")
# "532 kWh/month", "640 kWh per billing period", "16.668 kWh/año", and in Vietnamese, Tagalog, Korean, Chinese and
# Armenian ("647 kWh/tháng", "kWh/buwan", "kWh/월", "kWh/月", "kWh/ամիս"): usage
_PERIOD = r"\s*(?:mo|month|yr|year|day|billing|bill|mes|a[ñn]o|d[ií]a|per[ií]odo|th[áa]ng|n[ăa]m|buwan|taon|월|月|ամիս)\b"
# "per the read", "per our records", "per CIS" (the customer information system): according to, no rate
_PER_SOURCE = r"\s+(?:the|our|his|her|their|its|your|my|meter|field|SCE|PCE|CIS)\b"
# (a rate's slash on the figure's own line: the "//" opening the next line of a script is a comment's)
_RATE_AFTER = re.compile(rf"(?i)[ \t]*/(?!{_PERIOD}|[ \t]*(?:prior|prev(?:ious)?)\b)|"  # not a note's "/ prior 994"
                         rf"\s*(?:per\b(?!{_PERIOD}|{_PER_SOURCE})|"
                         rf"por\b(?!\s*(?:mes|a[ñn]o|d[ií]a|periodo|el|la|los|las|su|sus|culpa|causa)\b)|"
                         rf"of baseline|baseline|on average|(?:[a-z-]+\s+)?(?:average|median|norm)\b|"
                         rf"a month on average|x\s*\$)")


# the one-word kinds of a place the City runs, the last word of its name ("Matsuda Park", "Central Library")
PLACE_WORDS = r"park|pool|library|museum|reservoir|stadium"
# ... and its buildings and squares named so ("Kimura Hall", "Civic Center", "Ortega Plaza"): the words every list of
# a place name's last word holds, each list adding its own (a garden, a field, a gym, a yard)
FACILITY_WORDS = rf"{PLACE_WORDS}|hall|cent(?:er|re)|plaza"
# the kinds of the City's own facilities and installations, named in a table's row or before a number in a line
FACILITY_KINDS = (r"city hall|civic center|city yard|corporat(?:ion|e) yard|police|fire station|"
                  r"(?:community|senior|recreation|aquatics?|youth|teen|nature) center|street ?lights?|traffic signals?|"
                  # a park's sports lighting, its own SCE account: "Memorial Park Ballfield Lights", "Tennis Court Lighting"
                  r"(?:ball ?field|ball ?park|ball ?diamond|sports? ?field|athletic field|soccer field|softball field|"
                  r"baseball field|tennis courts?|sports?)[ \t]+(?:lights?|lighting)|"
                  # and as a check register's memo shortens them: "ELEC SVC ST LIGHTS", "ST LTG", "CORP YARD"
                  r"st\.?[ \t]?(?:lights?|ltg)|corp\.?[ \t](?:yard|yd)|"
                  # "TRAF SIG", "TRAFFIC SIGNAL", "TS #14", "IRR CTRL", "IRRIG CONTROLLER", "PUMP STA 3", "LIFT STA"
                  r"traf(?:fic)?\.?[ \t]?sig(?:nal)?s?|(?-i:TS)(?=[ \t]*(?:#|ACCT\b|\d))|"
                  r"irr(?:ig(?:ation)?)?\.?[ \t]?(?:ctrl|control(?:ler)?|cntrl|meter)s?|"
                  r"(?:pump(?:ing)?|lift|booster)[ \t]sta\.?|"
                  r"pump(?:ing)? (?:station|plant)|(?:waste)?water (?:treatment |reclamation |pollution control )?"
                  r"plant|treatment plant|water treatment|"  # a plant by its work and place: "Water Treatment – Pedley"
                  r"w?wtp|lift station|substation|jail|detention (?:center|facility)|courthouse|"
                  rf"{PLACE_WORDS}|wells?[ \t]*(?:#|no\.?)?[ \t]*\d+|booster station|storage tank|"  # "Well #4"
                  # a public charger numbered in the City's network ("EV charger 11", "EV Charging Station #3"); a
                  # home's one charger has no number
                  r"ev[ \t]+charg(?:ers?|ing[ \t]+(?:stations?|ports?))[ \t]*(?:#|no\.?)?[ \t]*\d+|"
                  # a New England town's works and buildings: "DPW Garage", "Highway Barn", "Salt Shed", "Town Hall"
                  r"(?:dpw|public works|highway|town|municipal|city) (?:garage|yard|barn|depot|facility|complex)|"
                  # a utility's own works: "Utilities Operations Yard", "Fleet Maintenance Center"
                  r"(?:operations|maintenance|utility|utilities|fleet|equipment|service) (?:yard|center|facility)|"
                  r"town hall|town offices?|transfer station|recycling center|salt (?:shed|barn|dome)|landfill|cemetery|"
                  # and as a bilingual city's Spanish reports name them ("Biblioteca Pública", "Estación de Policía",
                  # "Patio de Obras Públicas"); not a mobile-home park, where customers live ("Parque de casas móviles")
                  r"ayuntamiento|alcald[ií]a|biblioteca|estaci[oó]n de (?:polic[ií]a|bomberos)|"
                  r"centro (?:comunitario|c[ií]vico|recreativo|juvenil|acu[aá]tico|para (?:personas|adultos) mayores|"
                  r"de (?:la tercera edad|adultos mayores))|parque(?!\s+de\s+(?:casas|viviendas|remolques|tr[aá]ilers?))|"
                  r"piscina|alberca|patio de obras|planta de tratamiento|estaci[oó]n de bombeo|museo|estadio|cementerio|"
                  # and any works or public place the City runs, by its name's noun: "Well Site 24", "Animal Shelter"
                  + WORKS_NAMED)
# a home's equipment alone in a cell, as a rebate's or an audit's measure names it ("Pool pump", "Variable-speed pool
# pump", "Well pump", "Heat pump water heater", "Pool heater"): what a customer installed at home, no City facility,
# though "pool" and "Well Pump" name the City's works elsewhere ("Ganesha Park Pool", "Cucamonga Well Pump", "Well
# Pump 3": a name before it or a number after it)
_HOME_EQUIPMENT = re.compile(r"(?i)[ \t]*(?:(?:variable|variable[ -]speed|two[ -]speed|dual[ -]speed|multi[ -]speed|"
                             r"single[ -]speed|vs|energy[ \t]+star|high[ -]efficiency|efficient|new|replacement|"
                             r"residential|home|solar)[ \t]+){0,3}"
                             r"(?:pool|spa|hot[ \t]+tub|well|heat|sump)[ \t-]*(?:pumps?|heaters?|filters?|motors?|"
                             r"covers?|timers?)\b(?![ \t]*(?:#|no\.?)?[ \t]*\d+[ \t]*$)[^\n]{0,40}")


def names_home_equipment(text: str) -> bool:
    """Whether a cell holds a home's equipment alone (see ``_HOME_EQUIPMENT``), not one of the City's works."""
    return _HOME_EQUIPMENT.fullmatch(text) is not None


# a City's own facility or installation, named in a row's facility, site or location field
CITY_FACILITY = re.compile(rf"(?i)\b(?:{FACILITY_KINDS}|municipal|city[- ]owned|city of|county of)\b")
# one of the City's facilities named in a line or a clause ("City Hall: SA ID ...", "the Eastgate Pump Station, 410
# Alder Rd (SCE service account ...)"): one of its buildings or sites, not the City itself ("City of Pomona") nor a
# street named after one ("City Hall Ave")
# (a street of the facility's word is none, its number written onto the suffix too: Chinese "Reservoir St2722号")
# a home's pool equipment: "a pool-pump timer", "the pool heater"; a public pool's is named by its facility ("Ganesha
# Park pool pump"), and a park's, a station's or a library's pump is the facility's still
POOL_EQUIPMENT = r"pool[ \t-]+(?:pumps?|heaters?|timers?|filters?|motors?|equipment|covers?|sweeps?)\b"
# (nor a home's pool equipment: "they found the pool pump running all night, said Armen, whose account ...")
FACILITY_NAMED = re.compile(rf"(?i)\b(?!{POOL_EQUIPMENT})(?:{FACILITY_KINDS})\b"
                            rf"(?!\s+(?:{alternation(SUFFIXES)})(?![^\W\d_])\.?)")
def facility_names_blanked(text: str) -> str:
    """The text with the City's facilities of two words or more blanked ("The Aquatics Center's SCE account"), the same
    length: a facility's name read as a person's ("Aquatics Center") names no one. A one-word kind stays: "Eun-ji
    Park" is a person."""
    return FACILITY_NAMED.sub(lambda m: " " * len(m.group()) if " " in m.group().strip() else m.group(), text)


# a number to call someone back at, in a note's shorthand ("cb 951-699-5293", "c/b (562) ...", "CBR 5623987675", "call
# back #"): a member of the public's, whom staff are to call back; an office's log gives no callback
CALLBACK_PHONE = re.compile(rf"(?i)(?<![\w/])(?:{CALL_BACK_WORDS})[ \t]*(?:no\.?|number|#|:)?[ \t]*"
                            r"(?:\(\d{3}\)|\d{3}[ .-]|\d{10}\b)")
# the number a person called, right before it: "added her son to the account by calling (626) ...", "after dialing",
# "when he phoned us at": the line they reached (an office's, the program's), not theirs ("calling from" is)
NUMBER_CALLED_BEFORE = re.compile(r"(?i)\b(?:by|after|when|while|on)\s+(?:calling|dialing|dialling|phoning|ringing)"
                                  r"(?:\s+(?:us|the\s+[\w-]+(?:\s+[\w-]+){0,2}))?(?:\s+(?:at|on))?\s*$")
# words of a person's in a line or a clause: a customer, a resident, a pronoun's account ("her SA ID"), a title before
# a name (not a street's "Kellogg Dr" before the next cell), a party's possessive in a claim, a complaint or an appeal
# ("Claimant's SCE account number is ...": the claimant's, whatever City streetlight the claim is about)
PERSON_WORDS = re.compile(r"(?i)\b(?:customers?|residents?|tenants?|ratepayers?|homeowners?|owners?|occupants?|"
                          r"account holder|your|his|her|their|my|mr|mrs|ms|dr(?=\.?[ ](?-i:[A-Z]))|cliente|su|"
                          r"(?:claimant|complainant|appellant|petitioner|requester|requestor|caller)['\u2019]s)\b")
# the street a "Dr" ends, a drive's and no doctor's: "City Hall, 182 Juniper Hill Dr. SCE service account ..." (a house
# number and the street's capitalized words right before it)
_STREET_BEFORE_DR = re.compile(r"\b\d{1,6}[A-Z]?(?:[ \t]+[NSEW]\.?)?(?:[ \t]+[A-Z][\w'\u2019-]*){1,4}[ \t]+$")


def person_word(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first of ``PERSON_WORDS`` in ``text[start:end]``, not the "Dr" of a street's name (drive, no title)."""
    for match in PERSON_WORDS.finditer(text, start, len(text) if end is None else end):
        if not (match.group().lower() == "dr"
                and _STREET_BEFORE_DR.search(text, max(0, match.start() - 60), match.start())):
            return match
    return None
# the words a local government is called by, before its name ("City of", "Town of") or alone ("the City's account")
LOCAL_GOVERNMENT = r"city|county|town|village"
# the City or the County itself as the holder of an account: "City of Cholla Wells", "COUNTY OF OBSIDIAN"
CITY_ITSELF = re.compile(rf"(?i)\s*(?:the\s+)?(?:{LOCAL_GOVERNMENT})\s+of\s+\S")
# a public body's name, which a customer column may hold beside residents' and firms' but is no private customer's:
# a school or its district, a library, a town's or a county's own account, a special district, a housing authority,
# and the bodies a city sets up beside itself, which hold accounts of their own in its facility lists: "... Public
# Financing Authority", "Successor Agency to the ... Redevelopment Agency", "... Public Facilities Corporation", a
# joint powers authority, a landscape and lighting or community facilities district
PUBLIC_BODY = re.compile(r"(?i)\b(?:public schools?|school district|(?:elementary|middle|high|junior high) school|"
                         r"public library|(?:town|city|county|village|borough|state) of|fire district|"
                         r"(?:water|sanitation|irrigation|park|transit|utility) district|housing authority|"
                         r"(?:public\s+)?financing\s+authority|public\s+(?:facilities|improvement)\s+(?:financing\s+)?"
                         r"(?:authority|corporation)|successor\s+agency|redevelopment\s+agency|parking\s+authority|"
                         r"joint\s+powers\s+(?:authority|agency)|community\s+facilities\s+district|"
                         r"(?:landscap(?:e|ing)|lighting|(?:landscape|landscaping)\s+(?:and|&)\s+lighting|"
                         r"maintenance\s+assessment|community\s+services|recreation\s+and\s+park|flood\s+control|"
                         r"vector\s+control|sanitary|cemetery|hospital)\s+district)\b")


# a bank's routing number or code: it names the account beside it a bank's ("ABA 121143260, Account No. ..."), and a
# number under it is the bank's public identifier, no customer's
# a community choice aggregator's (a CCA's) own name, the whole of a field's value: "Pomona Choice Energy", "Desert
# Community Power", "Clean Power Alliance", "Orange County Power Authority"; a public agency, no private customer
CCA_ITSELF = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:Community\s+(?:Power|Energy|Choice\s+Energy)|"
                        r"Clean\s+Power(?:\s+Alliance)?|Choice\s+Energy|(?:Power|Energy)\s+Authority)\s*")
BANK_ROUTING = re.compile(r"(?i)\b(?:aba|routing|rtn|swift|bic|iban|sort code)\b")
# a bank's routing or SWIFT number after its label, as wire instructions give it ("ABA routing: 122000247", "SWIFT:
# WFBIUS6S")
ROUTING_NUMBER = re.compile(BANK_ROUTING.pattern + r"(?:\s+(?:no\.?|number|#))?\s*[:#]?\s*(?:\d{9}|[A-Z]{6}[A-Z0-9]{2,5})\b")

COLUMN_GAP = re.compile(r"\t| {3,}")  # between the columns of a table laid out in text (a PDF row, a text dump)
# a question's or an answer's marker, which a PDF or a text file sets apart from its text by a tab ("Q:\tHow do I ...",
# "... record layout?\tA: Example ...", "Pregunta:\t", "Sagot:\t", "Hỏi:\t")
_QA_MARKER = (r"(?:Q|A|Q\d{1,3}|A\d{1,3}|Question|Answer|Pregunta|Respuesta|P|R|Tanong|Sagot|H\u1ecfi|\u0110\u00e1p|"
              r"Tr\u1ea3\s+l\u1eddi)[ \t]*[:.)]")
_QA_MARKER_BEFORE = re.compile(rf"(?:^|\n)[ \t]*{_QA_MARKER}$")
_QA_MARKER_AFTER = re.compile(rf"{_QA_MARKER}[ \t]")


def column_gap(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first gap between two columns (``COLUMN_GAP``) in ``text[start:end]``, not the tab or the blanks that set a
    question's or an answer's marker apart from its text (``_QA_MARKER``: "Q:\tHow do I ...", "... layout?\tA:
    Example from the CIS extract: SA_ID=...; CUST_NM=...", a sentence going on over the next lines), which makes no
    row of a table."""
    end = len(text) if end is None else end
    for gap in COLUMN_GAP.finditer(text, start, end):
        if not (_QA_MARKER_AFTER.match(text, gap.end())
                or _QA_MARKER_BEFORE.search(text, max(start, gap.start() - 24), gap.start())):
            return gap
    return None


def markers_after_gaps(text: str, start: int, end: int) -> list[int]:
    """Where a question's or an answer's marker opens after a gap inside ``text[start:end]`` ("... layout?\tA:
    Example ..."): a turn of its own, the vendor's question no part of the answer's record."""
    return [gap.end() for gap in COLUMN_GAP.finditer(text, start, end) if _QA_MARKER_AFTER.match(text, gap.end())]


_SEPARATORS = " \t\r\n,;|/\u00b7\u2022\u2013\u2014"  # blanks and what sets fields apart ("Name: Ana Ruiz / Tel: ...")


def span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inwards past blanks and field separators."""
    while start < end and text[start] in _SEPARATORS:
        start += 1
    while end > start and text[end - 1] in _SEPARATORS:
        end -= 1
    return start, end


# the unit as a label before the figure in notes and forms ("kWh used: 1,234", "kWh = 812", a note's "kwh 2343 last
# cycle", "kwh this cycle 2759"); not a rate's "$/kWh:", nor a year ("kWh 2025 forecast") or a range ("kWh 0-500"),
# nor the unit of the figure before it, the next field's number after it ("2,405 kWh 6613047720 ana@...": an account)
_UNIT_LABELLED = re.compile(r"(?<![\w/$.-])(?<!\d[ \t])(?i:kwh|kilowatt[- ]hours)(?:[ \t]+(?i:used|usage|consumed|consumption|"
                            r"billed|metered))?"
                            # a call note's period between them: "kwh this cycle 2759 vs 870 LY", "kWh last month 1,204"
                            r"(?:[ \t]+(?i:this|last|prior|current|previous)[ \t]+(?i:cycle|month|period|bill|read|rd)|"
                            # a meter reader's "KWH SINCE LAST RD: 972": what the meter turned since its last read
                            r"[ \t]+(?i:since)[ \t]+(?:(?i:the)[ \t]+)?(?i:last|prior|previous)[ \t]+"
                            r"(?i:read(?:ing)?|rd|bill))?"
                            r"(?:[ \t]*[:=][ \t]*|[ \t]+(?!(?:19|20)\d\d\b))"
                            rf"(?P<figure>{USAGE_FIGURE})(?![\w,%/-]|\.\d|[ \t]*(?:-|to\b|\u2013))")


# a billing system's field of the kWh used, as a record pasted from it writes its keys ("USAGE_KWH=566;",
# "KWH_BILLED=1204"): the key's words joined by underscores, a usage's word with the unit, no average's or a class's key
# before it ("AVG_MONTHLY_KWH=445" starts at no usage word)
_KEYED_USAGE = re.compile(r"(?<![\w/$.-])(?i:(?:usage|use|used|consumption|billed|metered|mtd|monthly|curr?|current|"
                          r"last|prev|prior)_kwh|kwh_(?:used|usage|consumed|billed|metered|curr?|current|mtd))"
                          rf"[ \t]*=[ \t]*(?P<figure>{USAGE_FIGURE})(?![\w,%/-]|\.\d)")


# a figure in plain "units" (a bill's or a meter's units, as a letter or a water utility writes it: "used 3,601 units
# last month"): a unit that says nothing of energy, so it is a consumption only after a word of using, reading or
# billing in its own sentence; never "48 affordable units" or "120 units" of housing, which no such word precedes
_PLAIN_UNITS = re.compile(r"(?<![\w.$,/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[ \t\u00a0]units\b")
_CONSUMED_BEFORE = re.compile(
    r"(?i)\b(?:us(?:e|ed|es|ing|age)|consum(?:e|ed|es|ing|ption|o)|read(?:ing|s)?|metered|recorded|registered|billed|cobr(?:o|ado)|"
    # what bills showed: "bills showed 1,172 and ...", "facturas de julio y agosto mostraron 1.172 y ..."
    r"bills?\s+(?:show(?:s|ed)?|reflect(?:s|ed)?)|facturas?\b[^.;!?]{0,30}\bmostr(?:[oó]|aron)|"
    r"bill\b[^.;!?]{0,40}\b(?:jumped|rose|climbed|spiked|increased|went\s+up)\s+to)\b|ti\u00eau th\u1ee5")
_UNITS_REACH = 100  # "Consumption had dropped to 4,236 kilowatt hours from a twelve-month average of 810 units"


def _units_consumed(text: str, start: int, at: int) -> bool:
    """A figure in plain "units" at ``at`` follows a word of consumption in its own sentence, and no class of
    customers or homes is that sentence's subject ("residents used 4,000 units" is an aggregate)."""
    sentence = _SENTENCE_BREAK.split(text[max(start, at - _UNITS_REACH):at])[-1]
    return bool(_CONSUMED_BEFORE.search(sentence)) and not _CLASS.search(sentence)


def consumption_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """kWh and therm figures in ``text[start:end]`` that read as somebody's consumption: not a tariff, a
    tier, a baseline, a program's savings or an average ("Tier 1: 0-300 kWh", "$0.12 per kWh", "the
    average home uses 550 kWh"). After a unit used as a label ("kWh used: 1,234") the figure alone. A figure in
    plain "units" only after a word of consumption (``_units_consumed``)."""
    return list(_consumption_spans(text, start, len(text) if end is None else end))


@lru_cache(maxsize=64)
def _consumption_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """``consumption_spans``, worked out once per line: the readings of a block each ask again for its lines'
    figures (a seed's scope, the usage above the next line, the record's fields)."""
    found = [(at, to) for at, to in usage_figures(text, start, end) if _consumption(text, start, at, to)
             and not (_AGGREGATE_MWH.fullmatch(text, at, to)
                      and not _ACCOUNT_CONSUMED.search(text, max(start, at - 60), at))
             and not _utility_scale(text[at:to])]
    found += [m.span("figure") for m in _UNIT_LABELLED.finditer(text, start, end)
              if _consumption(text, start, m.start(), m.end())]
    if "=" in text and "_" in text:
        found += [m.span("figure") for m in _KEYED_USAGE.finditer(text, start, end)
                  if _consumption(text, start, m.start(), m.end())]
    found += [m.span() for m in _PLAIN_UNITS.finditer(text, start, end)
              if _units_consumed(text, start, m.start()) and _consumption(text, start, m.start(), m.end())]
    if "vs" in text or "versus" in text:
        found += [m.span("figure") for m in _USAGE_COMPARED.finditer(text, start, end)
                  if m.span("figure") not in found and _consumption(text, start, m.start("figure"), m.end("figure"))]
    if _USED_HINT.search(text, start, end):
        found += [m.span("figure") for m in _USED_IN_PERIOD.finditer(text, start, end)
                  if m.span("figure") not in found and _units_consumed(text, start, m.start("figure"))
                  and _consumption(text, start, m.start("figure"), m.end("figure"))]
    if _OWN_USAGE_HINT.search(text, start, end):
        found += [m.span("figure") for m in _OWN_USAGE_STATED.finditer(text, start, end)
                  if m.span("figure") not in found and _consumption(text, start, m.start("figure"), m.end("figure"))]
    found += [compared.span("figure") for _, to in found
              if (compared := _COMPARED_FIGURE_AFTER.match(text, to, end) or _CHANGED_TO_AFTER.match(text, to, end))]
    found += _listed_with(text, start, found)
    return tuple(sorted(found))


# a usage with no unit set against an earlier one, as a case summary writes it ("usage 434 vs. 700 prior year"): the
# first figure, after a word of use (``_COMPARED_FIGURE_AFTER`` reads the one after "vs"); not a year's ("usage 2023 vs
# 2024") or a share's
_USAGE_COMPARED = re.compile(r"(?i)(?<!system )(?<!total )(?<!city )(?<!citywide )(?<!city-wide )"
                             r"\b(?:usage|use|consumption|consumo)[ \t]*(?:was[ \t]+|of[ \t]+|:[ \t]*)?"
                             r"(?P<figure>(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{2,6})(?:\.\d+)?)"
                             r"(?=[ \t]*(?:vs\.?|versus)[ \t]*~?[ \t]*\d)"
                             r"(?![ \t]*(?:vs\.?|versus)[ \t]*~?[ \t]*[\d,.]+[ \t]*(?:(?:[mgt]wh|[mg]w|percent)\b|%))")


# a bill's figure with no unit, as a customer says it of their own month ("said she used 1,836 in December", a call
# note's "says used 1,648 last month", "i only used like 1,645 last month", "their home used 1,746 last July", Spanish "usé 1,204 el mes pasado"): right
# after a verb of using, and a month or a billing period right after it, which a count, an amount or a year's total is
# not given ("used 1,500 in 2023", "used 2,000 volunteer hours last month", "used 1,836 gallons in December")
_USED_HINT = re.compile(r"(?i)\b(?:us(?:ed|es|ing)|consumed|us[ée]|us[óo]|consumi[óo]?)\b")
_FULL_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
               r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
               r"septiembre|setiembre|octubre|noviembre|diciembre)\b\.?")
_USED_IN_PERIOD = re.compile(
    r"(?i)\b(?:us(?:ed|es|ing)|consumed|us[ée]|us[óo]|consumi[óo]?)\s+"
    r"(?:(?:like|about|around|only|just|almost|nearly|over|roughly|approximately|approx\.|maybe|some|unos|como|"
    r"casi|m[aá]s\s+de|alrededor\s+de)\s+|~\s?)*"
    r"(?P<figure>(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{3,5}))(?![\w,.%/$-]|\.\d)"
    r"\s+(?:(?:in|during|for)\s+(?:the\s+month\s+of\s+)?" + _FULL_MONTH +
    r"|(?:last|this|previous|prior)\s+(?:(?:month|cycle|billing\s+(?:cycle|period)|bill(?:ing)?|period)\b|"
    + _FULL_MONTH + ")"
    r"|(?:el|este|en)\s+(?:mes(?:\s+pasado)?\b|" + _FULL_MONTH + "))")


# a customer's own usage with no unit, as they state it or a note reports them stating it ("Cust states usage of 1,048 is
# impossible", "Our consumption was only 647 last month", "my usage was 1,205 in July"): the usage word is theirs (a
# possessive, or a verb of saying before it) and the figure ends the phrase (a verb, a period, a stop after it), so a
# count ("usage of 1,048 customers"), a unit ("647 MW"), a year or a page is none
_OWN_USAGE_HINT = re.compile(r"(?i)\b(?:usage|consumption)\b")
_OWN_USAGE_STATED = re.compile(
    r"(?i)(?:\b(?:my|our|his|her|their|(?:the\s+)?(?:customer|cust|caller|resident|tenant)['\u2019]s)\s+"
    r"(?:(?:monthly|actual|electric|electricity|power|energy|own|recent)\s+)?"
    r"|\b(?:states?|stated|says|said|claims?|claimed|reports?|reported|disputes?|disputed|insists?|insisted)\s+"
    r"(?:that\s+)?(?:(?:the|her|his|their|my|our)\s+)?)"
    r"(?:usage|consumption)\s+(?:of|was|is|were|came\s+to)\s+(?:(?:only|just|about|around|like|nearly|almost|over)\s+)*"
    r"(?P<figure>(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{3,5}))(?![\w,.%/$-]|\.\d)"
    r"(?=\s+(?:is|was|seems|looks|can(?:not|['\u2019]t)?|could|last|this|for\s+(?:the\s+)?(?:month|period|cycle)|"
    r"in\s+" + _FULL_MONTH + r"|during)\b|\s*(?:[;!?)]|[.,](?!\d)|$))")


# figures listed before the one their unit follows, which they share: "386 / 423 / 334 kwh", "1,204, 998 and 1,310
# kWh" (three bills or more: "rd 40962, 386 kWh" is a register read and a usage); not a fraction's "1/2", a range
# ("0-500 kWh"), years, nor a number a label names ("Premise ID 2356457711, ...", "Mtr 48213, ...", "rd 40962, ...")
# (thousands grouped by dots, as Spanish and Vietnamese write them: "1.733, 1.060 và 1.368 kWh")
_LISTED_FIGURE = r"(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d.])|\d{2,6})(?:\.\d+)?"
# "and" in the languages of the City's translated pages too: Spanish "y"/"e", Vietnamese "và", Tagalog "at"
_LIST_SEPARATOR = r"(?:\s*/\s*|,\s+(?:and\s+)?|\s+(?:and|&|y|e|v\u00e0|at)\s+)"  # a line break may cut the list there
_LISTED_BEFORE = re.compile(rf"(?<![\w.,/$#-]){_LISTED_FIGURE}(?:{_LIST_SEPARATOR}{_LISTED_FIGURE})+{_LIST_SEPARATOR}$")
# "... was 1,761 and" / "1129 kWh, respectively", "... bills showed 1,318," / "2,402 and 2,655 kWh"
_LIST_CUT = re.compile(rf"\d(?:{_LIST_SEPARATOR}|\s+(?:and|&)|,)[ \t]*$")
_NUMBER_LABEL_BEFORE = re.compile(r"(?i)(?:\b(?:id|no|nbr|num|number|acct|account|meter|mtr|rd|read|reading|"
                                  r"register)\.?|#)[ \t]*[:#]?[ \t]*$")
_LISTED_REACH = 80


def _listed_with(text: str, start: int, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The figures listed right before a consumption figure, its unit theirs too ("Usage last 3 cyc 386 / 423 / 334
    kwh": three bills' usage), when the list's words before it make no tariff's or class's figure of the first."""
    listed = []
    for at, to in found:
        before = (_LISTED_BEFORE.search(text, max(start, at - _LISTED_REACH), at) or _usage_pair_before(text, start, at)
                  or _CHANGED_FROM.search(text, max(start, at - _LISTED_REACH), at))
        if before and not _NUMBER_LABEL_BEFORE.search(text, max(start, before.start() - 20), before.start()) and (
                _consumption(text, start, before.start(), to)):
            listed += [m.span() for m in re.finditer(_LISTED_FIGURE, text[:before.end()])
                       if m.start() >= before.start()]
    return listed


# the figure a use changed from, its unit left to the figure it changed to ("Wei Zhang went from 336 to 2,307 kWh
# between June and August", Spanish "pasó de 336 a 2.307 kWh"): the same customer's earlier use. A verb of change opens
# it, so a tier's or a table's range ("from 0 to 500 kWh") is none
_CHANGED_FROM = re.compile(rf"(?i)\b(?:went|rose|jumped|climbed|fell|dropped|increased|decreased|spiked|grew|soared|"
                           rf"surged|pas[o\u00f3]|subi[o\u00f3]|baj[o\u00f3])\s+(?:from|de)\s+(?:about\s+|roughly\s+)?"
                           rf"{_LISTED_FIGURE}\s+(?:to|a)\s+(?:about\s+|roughly\s+)?$")


# the first of two figures joined by "and" before the unit ("usage in the two preceding periods was 1,787 and 883 kWh,
# respectively"): two bills' usage where a word of using opens the sentence; "rd 40962, 386 kWh" and "Tier 1 and 2"
# are neither
_PAIR_BEFORE = re.compile(rf"(?<![\w.,/$#-]){_LISTED_FIGURE}\s+(?:and|&|y)\s+$")  # Spanish "1.172 y 2.878 kWh" too
_PAIR_SENTENCE = 100  # how far back a word of using opens the pair's sentence


def _usage_pair_before(text: str, start: int, at: int) -> re.Match | None:
    """The figure and the "and" right before the figure at ``at``, when a word of consumption before them in their
    sentence (``_CONSUMED_BEFORE``) makes both a customer's usage, and no class of customers is its subject."""
    pair = _PAIR_BEFORE.search(text, max(start, at - _LISTED_REACH), at)
    if pair is None:
        return None
    sentence = _SENTENCE_BREAK.split(text[max(start, pair.start() - _PAIR_SENTENCE):pair.start()])[-1]
    return pair if _CONSUMED_BEFORE.search(sentence) and not _CLASS.search(sentence) else None


# a call note's figure to compare a customer's reading with, its unit left to the reading before it ("billed 2,300 KWH
# vs 1529 same period last yr", "high bill 2,218kwh / prior 994", "1252 kWh in Jun vs ~445 last yr"): the same
# customer's earlier use. Not a year ("vs 2023"), a share or a span of time ("vs 3 yrs ago")
_COMPARED_FIGURE_AFTER = re.compile(
    r"(?i)(?:[ \t]+(?:in|for|this|last)[ \t]+[a-z]+\.?)?[ \t]*"
    r"(?:vs\.?|versus|(?:/[ \t]*)?(?:prior|prev(?:ious)?))[ \t]*~?[ \t]*"
    r"(?P<figure>(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\w,%/$-]|\.\d)"
    r"(?![ \t]*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|homes?|customers?|accounts?|kw\b|%))")


# the figure the same use rose or fell to later in the sentence, its unit left to the figure before it ("Their usage fell
# to 762 kWh during that period and rose to 1039 the month she returned home"): the same customer's later use. Not an
# amount, a share, a year or a span of time, nor a figure with a unit of its own (read as one already)
_CHANGED_TO_AFTER = re.compile(
    r"(?i)(?:[^.;!?\d\n]|(?<=\bmr)\.|(?<=\bms)\.|(?<=\bmrs)\.|(?<=\bdr)\.){0,60}?\b(?:and|but|then|before)\s+(?:it\s+|then\s+)?(?:rose|fell|climbed|jumped|dropped|"
    r"increased|decreased|spiked|went\s+(?:up|down|back))\s+(?:again\s+|back\s+)?to\s+(?:about\s+|roughly\s+)?"
    r"(?P<figure>(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{2,})(?:\.\d+)?)(?![\w,%/$-]|\.\d)"
    r"(?![ \t]*(?:years?|yrs?|months?|mos?|weeks?|days?|hours?|homes?|customers?|accounts?|percent|cents?|"
    r"dollars?|degrees?|kw|kwh|kilowatt|therms?|mwh|units?|%|\u00b0))")


_SENTENCE_ENDS = re.compile(r"[.!?:]\s*$")


# a class's statistic or a tariff's allowance in the words after a figure, opening the next line: "residential average
# cited by staff", "baseline allowance"
_STATISTIC_OPENS = re.compile(r"(?i)\s*(?:[a-z-]+\s+)?(?:average|median|norm)\b|\s*(?:of\s+)?baseline\b"
                              r"|\s*on average\b")


def consumption_below(text: str, start: int, end: int, above: str | None,
                      below: str | None = None) -> list[tuple[int, int]]:
    """The consumption figures of ``text[start:end]``, a line, read with the line above it: a sentence a line break
    cut keeps its words ("... the standard medical baseline" / "quantity of 16.5 kWh per day" is a tariff's; "...;
    the typical residential" / "customer using 520 kWh a month" a class's), the line above in the same text or, in a
    PDF, ``above``, the segment before; and a figure that ends the line with the words of the line ``below`` after
    it ("... compared with the 520 kWh" / "residential average cited by staff" is a class's)."""
    found = _consumption_below(text, start, end, above)
    if below and found and not text[found[-1][1]:end].strip() and _STATISTIC_OPENS.match(below):
        found.pop()
    return found


def _consumption_below(text: str, start: int, end: int, above: str | None) -> list[tuple[int, int]]:
    if start:
        above_start = text.rfind("\n", 0, start - 1) + 1
        if _SENTENCE_ENDS.search(text, above_start, start):
            return consumption_spans(text, start, end)
        return [span for span in consumption_spans(text, above_start, end) if span[0] >= start]
    if above is None or _SENTENCE_ENDS.search(above):
        return consumption_spans(text, start, end)
    shift = len(above) + 1
    joined = f"{above}\n{text}"
    return [(a - shift, b - shift) for a, b in consumption_spans(joined, 0, shift + end) if a >= shift]


# a figure's date before "to" and the next figure ("fell from 2,410 kWh in July 2023 to 930 kWh in July 2024"): a
# month's year, which the tier's range "500 to 1,000 kWh" would read as the range's start
_DATED_TO = re.compile(rf"(?i)\b{MONTH_NAME}\s+(?:19|20)\d\d\s*(?:-|\u2013|to)\s*$")


# a customer's own average, in Spanish, where "promedio" stands among the words before the figure as a class's average
# would ("el consumo promedio por hogar"): the reader's or the person's ("Su consumo promedio es de 1545 kWh al mes", "su
# promedio mensual fue", "usted usó un promedio de 600 kWh", "consumió en promedio")
_OWN_AVERAGE = re.compile(r"(?i)\b(?:(?:su|sus|tu|mi|nuestro)\s+(?:(?:consumo|uso)\s+)?promedio|"
                          r"(?:usted|ud\.?)\s+(?:us[óo]|consumi[óo]|gast[óo]|ha\s+(?:usado|consumido))\s+"
                          r"(?:un\s+promedio|en\s+promedio|de\s+promedio))\b")
_AVERAGE_WORD = re.compile(r"(?i)\bpromedio\b")
# the reader's own average in Chinese, "you" right before it: "您每月平均用电量为 1,869 度" (your monthly average use)
_OWN_CHINESE_AVERAGE = re.compile(r"(?:您|你|贵户|貴戶)(?:的|家)?(?:每月|每年|月|年)?平均[^。；;！？!?，,]{0,8}$")


# the range a customer's use fell in, right after a word of use ("monthly usage between 900 and 1,899 kWh"): the meter's,
# unless a tariff's words in the sentence make it a tier's ("Tier 2 applies to usage between 301 and 600 kWh"), or it
# starts at nothing, as a tier does
_USAGE_RANGE = re.compile(r"(?i)\b(?:usage|consumption|use)\s+(?:was\s+|of\s+|ranged\s+)?between\s+"
                          r"(?:(?!0\b)(?:\d{1,3}(?:,\d{3})+|\d{2,6})(?:\.\d+)?(?:\s*kwh)?\s+and\s+)?$")
_TARIFF_SENTENCE = re.compile(r"(?i)[$\u00a2]|\b(?:tiers?|rates?|baseline|allowance|charged?|prices?|pricing|schedule|"
                              r"applies|block|customers|homes|households)\b")
_BETWEEN = re.compile(r"(?i)\bbetween\b")


# a tariff's allowance the clause gives the figure as, its zone or season between: "the baseline allowance in Zone
# 10 is", "Summer baseline allowance for climate zone 14 was"
_ALLOWANCE_IS = re.compile(r"(?i)\b(?:baseline|allowance)\b(?:[ \t]+(?:in|for)[ \t]+(?:the[ \t]+)?(?:climate[ \t]+)?"
                           r"(?:zone|region|territory|season)[ \t]+\w+)?[ \t]+(?:is|was|of|equals)[ \t]*$")
_ALLOWANCE_REACH = 60


# a battery's size told right before its figure, as a permit's work description gives it ("Battery storage, 13.5 kWh",
# "Powerwall 13.5 kWh", "ESS: 27 kWh", "energy storage system of 20 kWh"): the equipment's capacity, no one's use
_CAPACITY_BEFORE = re.compile(r"(?i)\b(?:batter(?:y|ies)|(?:energy\s+)?storage|powerwall|ess)"
                              r"(?:\s+(?:system|unit|bank|capacity|size))?\s*(?:[,:(=\u2013-]|\bof\b|\brated(?:\s+at)?\b)?\s*$")


def _consumption(text: str, start: int, at: int, end: int) -> bool:
    """The figure told from ``at`` to ``end`` is nobody's tariff, tier, savings, class total or class average, nor
    the same statistic's figure it is compared with ("Average residential consumption was 1,412 kWh per customer,
    compared to 1,298 kWh last January")."""
    words = _DATED_TO.sub("", " ".join(_own_clause(text[max(start, at - 50):at]).split()[-4:]))
    if _ALLOWANCE_IS.search(_own_clause(text[max(start, at - _ALLOWANCE_REACH):at])):
        return False  # "the baseline allowance in Zone 10 is 13.8 kWh per day": the tariff's
    if _BILLED_GENERATION.search(_own_clause(text[max(start, at - _BILLED_REACH):at])) or \
            _NET_GENERATION.search(text, max(start, at - 24), at):
        words = _GENERATION.sub(" ", words)
    if _HOME_PANELS_MADE.search(text, max(start, at - 60), at):
        words = _OUTPUT_WORDS.sub(" ", words)
    if _USAGE_RANGE.search(text, max(start, at - 60), at) and not _TARIFF_SENTENCE.search(
            _SENTENCE_BREAK.split(text[max(start, at - 160):at])[-1]):
        words = _BETWEEN.sub(" ", words)  # "monthly usage between 900 and 1,899 kWh": the range the meter recorded
    if _OWN_AVERAGE.search(_own_clause(text[max(start, at - 50):at])):
        words = _AVERAGE_WORD.sub(" ", words)  # "Su consumo promedio es de 1545 kWh al mes": the reader's own average
    if _APPLIED_TO.search(text, max(start, at - 16), at) or _REBILLED.search(text, max(start, at - 16), at) \
            or _BILLED_WRONGLY_AFTER.match(text, end) or _OWN_USE_BEFORE.search(text, max(start, at - 40), at):
        words = ""  # "the allowance applied to 3,118 kilowatt hours": what the tariff's words were applied to; "the
        # credit reversed 1,172 kWh of generation charges": the energy an account was billed on, its own use
    if (_NOT_CONSUMPTION.search(words) or _RATE_AFTER.match(text, end, min(len(text), end + 20))
            or _CHANGE_AFTER.match(text, end, min(len(text), end + 20)) or _NAMED_AS_TARIFF.match(text, end)
            or _AVERAGE_AFTER.match(text, end, min(len(text), end + 60))
            or _THRESHOLD_AFTER.match(text, end) or _ACROSS_MANY_AFTER.match(text, end)
            or _CUT_BY.search(text, max(start, at - 80), at) or class_statistic_before(text, at)
            or _NEIGHBOURS_FIGURE.search(text, max(start, at - 40), at)
            or _CLASS_TOTAL_BEFORE.search(text, max(start, at - 80), at)
            or (_CHINESE_NOT_CONSUMPTION.search(text, max(start, at - 16), at)
                and not _OWN_CHINESE_AVERAGE.search(text, max(start, at - 16), at))
            or _projected_load(text, start, at, end) or _CAPACITY_BEFORE.search(text, max(start, at - 40), at)):
        return False
    compared = _COMPARED_BEFORE.search(text, max(start, at - 60), at)
    if compared:
        earlier = [figure for figure in usage_figures(text, max(start, compared.start() - 120), compared.start())
                   if not _SENTENCE_BREAK.search(text, figure[1], compared.start())]
        return not earlier or _consumption(text, start, *earlier[-1])
    return True


# a load a project is designed or expected to draw, told before its figure: a land-use application's or a plan
# check's estimate ("Estimated electrical load of the new use: 78,835 kWh", "projected annual consumption of the
# proposed building", "design load"), in Spanish too ("carga estimada del nuevo uso"); no meter's reading. "Estimated"
# alone is a bill's estimated read (a customer's usage), so it counts only before "load" or beside a project's words
_PROJECT_WORDS = (r"(?:new|proposed)\s+(?:use|project|building|development|facility|addition|dwelling|structure|"
                  r"tenant|business)")
_PROJECTED_LOAD_BEFORE = re.compile(
    r"(?i)\b(?:(?:estimated|projected|anticipated|expected|calculated|modell?ed|design|connected|proposed)\s+"
    r"(?:(?:annual|yearly|electrical|electric|energy|peak|total|building)\s+){0,3}load|"
    r"(?:projected|proposed|design)\s+(?:(?:annual|yearly|electrical|electric|energy|total|building)\s+){0,3}"
    r"(?:demand|consumption|use|usage)|"
    r"(?:estimated|projected|anticipated|expected)\b[^.;:]{0,40}\b(?:of|for|by)\s+the\s+" + _PROJECT_WORDS + r"|"
    r"carga\s+(?:el[e\u00e9]ctrica\s+)?(?:estimada|proyectada|prevista|de\s+dise[n\u00f1]o)|"
    r"consumo\s+(?:anual\s+)?(?:proyectado|previsto)|"
    r"(?:estimad[oa]|proyectad[oa]|previst[oa])\s+(?:del?|para)\s+(?:el\s+|la\s+)?(?:nuevo\s+uso|proyecto))\b[^.;]{0,60}$")
# the study the figure comes from, after it: "78,835 kWh per year per the applicant's Title 24 report"
_PROJECTED_LOAD_AFTER = re.compile(r"(?i)[^.;]{0,60}\b(?:title[\s-]*24|energy\s+(?:model(?:l?ing)?|compliance\s+"
                                   r"(?:report|documentation)|calc(?:ulation)?s?)|load\s+calc(?:ulation)?s?)\b")
_LOAD_CUE = re.compile(r"(?i)load|carga|project|proyect|previst|title|new|nuevo|design|dise|estimad|anticipated|expected|"
                       r"model|calc")


def _projected_load(text: str, start: int, at: int, end: int) -> bool:
    """Whether the figure from ``at`` to ``end`` is a project's projected or design load (``_PROJECTED_LOAD_BEFORE``,
    ``_PROJECTED_LOAD_AFTER``): what a planned building will draw, no customer's metered consumption. Gated on a
    cheap word test: most figures have none of these words near them."""
    before = text[max(start, at - 120):at]
    after = text[end:end + 80]
    if not (_LOAD_CUE.search(before) or _LOAD_CUE.search(after)):
        return False
    return bool(_PROJECTED_LOAD_BEFORE.search(before) or _PROJECTED_LOAD_AFTER.match(after))


# a Chinese tariff's, class's or program's words in the clause before a figure: a rate per household or per kWh (每户,
# 每度; not a customer's 每月, per month), an average, a tier (阶梯, 第一档), a baseline, savings, a cap or a threshold,
# a program's or the city's total, generation
_CHINESE_NOT_CONSUMPTION = re.compile(r"(?:每(?![月年天日])|平均|[户戶]均|[阶階]梯|第[一二三四五]?[档檔]|基[准準]|"
                                      r"[节節][省约約]|[减減]少|超[过過出]|以[上下]|上限|目[标標]|[电電]价|[电電]價|"
                                      r"[费費]率|全市|[总總][计計]|合[计計]|[计計][划劃]|[项項]目|[发發][电電])"
                                      r"[^。；;！？!?，,]{0,8}$")


# the neighbours' figure a bill compares the customer's with, labelled right before it ("How you compare: efficient
# neighbors 279 kWh | all neighbors 685 kWh | you 1,609 kWh", "Similar homes: 702 kWh"): an aggregate of other homes
_NEIGHBOURS_FIGURE = re.compile(r"(?i)\b(?:neighbou?rs?|(?:similar|efficient|comparable|nearby|other)\s+homes?)['\u2019]?"
                                r"(?:\s+(?:avg|average|use|usage|used))?[ \t]*:?[ \t]*$")


# a usage figure's own period ("1,200 kWh per month"): its rate of use, no tariff's "per" for the figure after it
_USE_PER_PERIOD = re.compile(r"(?i)\b(?:kwh|kilowatt[- ]hours?|therms?)\s+per\s+(?:day|month|mo|year|yr)\b")


# one household's use told right before the figure ("..., switched to the Green tier, her household used 15,521
# kilowatt-hours", "The clean power program charged me for" / "823 kWh"): the clause's earlier words (a tier, a
# program) are not the figure's
_OWN_USE_BEFORE = re.compile(r"(?i)\b(?:(?:(?:her|his|their|my|our)\s+(?:household|home|family|house|apartment)|she|he|"
                             r"they|we|i)\s+(?:used|consumed)|(?:charged|billed)\s+(?:me|us|her|him|them)\s+for)"
                             r"\s+(?:about\s+|only\s+|nearly\s+|roughly\s+|just\s+)?$")
# the figure a tariff's allowance, rate or discount was applied to, on a bill: the customer's use
_APPLIED_TO = re.compile(r"(?i)\bapplied\s+to\s+$")
# the energy a bill's charges were reversed or billed again on: the account's use
_REBILLED = re.compile(r"(?i)\b(?:reversed|re-?billed|backed\s+out|cancell?ed)\s+$")
# the energy an account was billed on in error, told before a credit for it ("a credit for the 1,318 kWh billed at
# the wrong rate"): the account's own use, whatever the credit's word before it
_BILLED_WRONGLY_AFTER = re.compile(r"(?i)\s+(?:(?:was|were|that\s+was|that\s+were)\s+)?(?:billed|charged)\s+"
                                   r"(?:at|under|on)\s+(?:the\s+|an?\s+)?(?:wrong|incorrect|erroneous)\b"
                                   # ... or read wrongly: "a credit for 837 kWh misread", "... kWh over-billed"
                                   r"|\s+(?:(?:was|were|that\s+was|that\s+were)\s+)?(?:mis-?read|mis-?billed|"
                                   r"over-?billed|billed\s+in\s+error)\b")


# the generation charge a customer was billed for, told with the energy it is billed on ("was billed PCE generation for
# September (1,003 kWh)", "charged for generation on 1,003 kWh"): their own use, no plant's output
_BILLED_GENERATION = re.compile(r"(?i)\b(?:billed|charged)\s+(?:for\s+)?(?:[A-Z]{2,5}\s+)?generation\b[^.;:!?]*$")
_BILLED_REACH = 80
_GENERATION = re.compile(r"(?i)\bgeneration\b")
# a net-metered meter's balance right before the figure ("net generation of 1,204 kWh"): what one solar home's meter
# sent to the grid over what it drew, a reading of that meter, not a plant's output or a program's estimate
_NET_GENERATION = re.compile(r"(?i)\bnet\s+(?:excess\s+)?generation\s+(?:of|was|totaled|totalled|came\s+to)?\s*$")
# one home's panels named as the customer's own right before what they generated ("the panels generated 2996 kWh",
# "her rooftop array produced 4,210 kWh"): the output of a net-metered meter's home, read on that meter and settled at
# true-up, not a plant's ("the Civic Center array generated ..." names the facility, "the system" may be the grid's)
_HOME_PANELS_MADE = re.compile(r"(?i)\b(?:(?:her|his|their|the\s+(?:customer|homeowner|resident)['\u2019]s)\s+"
                               r"(?:(?:rooftop|roof|solar|pv|home|new)\s+){0,2}(?:panels|array|system)|"
                               r"the\s+(?:(?:rooftop|roof|solar|pv|home|new)\s+){0,2}(?:panels|array))\s+(?:had\s+)?"
                               r"(?:generated|produced)\s+(?:only\s+|about\s+|nearly\s+|roughly\s+)?$")
_OUTPUT_WORDS = re.compile(r"(?i)\b(?:generated|produced)\b")


def _own_clause(before: str) -> str:
    """The words before a figure in its own clause: after the last semicolon, a figure's rate of use before it
    left out ("Usage before: 1,200 kWh per month; after: 97 kWh" reads "after:" before 97); inside a parenthesis
    still open that says the figure is a use ("$25 credit (June usage 1,719 kWh)": the credit is the line's, the
    usage the parenthesis's), not one that restates a figure ("baseline allowance (350 kWh)", "(summer 350 kWh)")."""
    clause = before.rsplit(";", 1)[-1]
    aside = _OPEN_ASIDE.search(clause)
    return _USE_PER_PERIOD.sub(" ", aside.group(1) if aside else clause)


# a parenthesis open before a figure that says it is a use: "(June usage ", "(her bill showed ", "(used "
_OPEN_ASIDE = re.compile(r"(?i)\(([^()]*\b(?:usage|used|use|consumption|consumed|reading|read|bill(?:ed)?|showed)\b"
                         r"[^()]*)$")


# a figure compared with the one before it in its sentence: "..., compared to 1,298 kWh", "up from", "versus"
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:compared\s+(?:to|with)|versus|vs\.?|up\s+from|down\s+from)\s+"
                              r"(?:about\s+|roughly\s+)?$")


# a tariff's figure the words after it name as one: "records show 1,247 kWh as the summer baseline allowance"
_NAMED_AS_TARIFF = re.compile(r"(?i)\s+as\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}"
                              r"(?:baseline|allowance|tier|threshold|limit|cap)\b")


# a change in use, not a use: "the store now uses about 2,100 kWh less each month", "1,200 kWh fewer", "saved"
_CHANGE_AFTER = re.compile(r"(?i)\s*(?:less|fewer|lower|more than before|saved|in savings|of savings)\b")
# the class the figure is the average of, told after it with its period: "about 537 kilowatt hours a month for the
# average home", "610 kWh per month for a typical residential customer", "480 kWh in the median household"
_AVERAGE_AFTER = re.compile(r"(?i)\s*(?:(?:a|per|each)\s+(?:month|year|day|billing\s+cycle)\s+)?(?:for|in|of|by)\s+"
                            r"(?:the|an?)\s+(?:[a-z-]+\s+)?(?:average|typical|median)\b")
# a threshold's words after its figure: "1,000 kWh or more", "1.000 kWh o más", Korean exceeding, or more, or less,
# under ("1,000kWh 초과", "이상", "이하", "미만"), the Armenian "1 000 կՎտ·ժ-ից ավելի" (more than 1 000)
_THRESHOLD_AFTER = re.compile(r"(?i)\s*(?:(?:or|o)\s+(?:more|less|m[aá]s|menos)\b|초과|이상|이하|미만|"
                              r"-?ից\s+(?:ավելի|պակաս))")


# a total spread over many after its figure: "70,781 kWh across 2,558 accounts", "1.2 million kWh among 312 homes"
_ACROSS_MANY_AFTER = re.compile(r"(?i)\s*(?:across|among|between|over|for|from)\s+(?:all\s+|the\s+)?(?:\d{1,3}(?:,\d{3})+|\d{2,})"
                                r"\s+(?:[a-z-]+\s+)?(?:accounts|customers|homes|households|meters|premises|participants|"
                                r"sites|facilities|buildings|residences)\b")
# a class's or a system's total: "the residential class used 62,351,180 kWh", "Commercial sales were 55,485,245 kWh",
# "customers in the program consumed ...": a plural or a class as the subject of using, and no person's word between
_CLASS_TOTAL_BEFORE = re.compile(
    r"(?i)\b(?:class(?:es)?|customers|accounts(?!\s+for\b)|residents|households|ratepayers|sector|system|citywide|"
    r"territory|"
    r"sales|deliveries|"  # "Total retail sales were 412,884,210 kWh": the utility's, whoever the sentence names
    r"(?:residential|commercial|industrial|agricultural)\s+(?:sales|load|deliveries))\b"
    r"(?:(?!\b(?:his|her|their|my|your|its)\b)[^.;!?]){0,50}?"
    r"\b(?:used|using|consumed|consuming|purchased|total(?:l?ed|s)?|were|was|of|reached|amounted\s+to|came\s+to)\b"
    r"[^.;!?\d]{0,12}$")  # "... reached 30,250 accounts, using 62,795,516 kWh": the accounts' figure together


# what a change cut from consumption: "LED lighting cut its power use by 18% (about 9,400 kWh a year)", "lowered
# the building's use by 2,100 kWh"; not the level it went to or came from after the cut ("usage dropped by half to 610
# kWh", "... by 40 percent, from 1,260 kWh"): that figure is the consumption itself
_CUT_BY = re.compile(r"(?i)\b(?:cut|cuts|reduc\w*|lower(?:s|ed|ing)?|trimm?(?:s|ed|ing)?|decreas\w*|dropp?(?:s|ed)?|"
                     r"shav(?:e|es|ed|ing))\b[^.;!?]{0,50}\bby\b(?:(?!\b(?:to|from)\b)[^.;!?]){0,24}$")


# a statistic of a class of customers or of a program is published on purpose, however far its subject stands from
# the figure: "The average residential customer in Pomona used 512 kWh", "The residential average is 640 kWh",
# "Average CARE usage 498 kWh/month", "Small commercial customers averaged 1,840 kWh". A customer's own average
# ("her average usage was 812 kWh", "Avg monthly usage: 812 kWh" in a customer's record) names no class: it stays theirs.
_STATISTIC = re.compile(r"(?i)\b(?:average[sd]?|avg|median|mean|typical(?:ly)?|promedio|t[ií]pic[oa]s?|"
                        r"karaniwang|katamtamang|trung b[iì]nh|միջին|տիպիկ)\b"  # Tagalog, Vietnamese, Armenian
                        r"|平均|户均|戶均|평균")  # Chinese, Korean: no word boundaries
# whose statistic it is: a person's or a household's ("her average", "the Ruiz household's average"), not a place's
# or a program's ("the City's average", "CARE's median")
_OWN_BEFORE = re.compile(r"(?i)(?:\b(?:her|his|their|your|my|su|sus)|(?<!\bcity)(?<!\bstate)(?<!\bcounty)(?<!\bprogram)"
                         r"(?<!\butility)(?<!\bpomona)(?<!\bsce)(?<!\bpce)(?<!\bcare)(?<!\bfera)['\u2019]s)"
                         r"\s+(?:[\w-]+\s+){0,2}$")
# a class in the clause: a plural, a customer class or a program ("residential customers", "CARE"); a single home or
# customer only as the statistic's own subject ("the average Pomona home"), since "the household averaged 1,400 kWh"
# is one household's
_CLASS = re.compile(r"(?i)\b(?:customers|residential|residents|homes|households|houses|families|commercial|"
                    r"businesses|class|CARE|FERA|programs?|participants|participating|enrolled|accounts|users|"
                    r"ratepayers|statewide|citywide|city|county|territory|neighbou?rs|similar|all|hogares|clientes|"
                    r"residencial(?:es)?|res(?=\.?\s+(?:avg|average|median|mean)\b))\b")  # a call note's "res avg"
_CLASS_SUBJECT = re.compile(r"(?i)\b(?:average|avg|median|mean|typical|promedio)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:home|household|house|family|customer|user|account|resident|hogar|cliente)\b"
                            # in Spanish the adjective follows: "un hogar típico", "el cliente promedio"
                            r"|\b(?:hogar|casa|vivienda|familia|cliente|residencia)\s+(?:t[ií]pic[oa]|promedio)\b"
                            # in Armenian: "Միջին տնային տնտեսությունը" (the average household), "միջին տունը"
                            r"|\b(?:միջին|տիպիկ)\s+(?:տնային\s+տնտեսություն|տուն|ընտանիք|հաճախորդ|բաժանորդ)")
# a statistic's words leaving a named customer out of it ("Residential average excludes Amanda Gomez", "Avg excl.
# Ruiz, Ana"): the figures told after the name are that customer's own, the reason they were left out
EXCLUDED_FROM = re.compile(r"(?i)\b(?:exclud(?:es|ed|ing)|excl\.|except(?:\s+for)?|omit(?:s|ted|ting)|leaves\s+out|"
                           r"does\s+not\s+include|not\s+including)[ \t]+(?=(?-i:[A-Z\u00c0-\u00de])(?!CARE\b|FERA\b))")
# a sentence's end, or a line's that no lower-case word goes on from (a PDF wraps "Residential customers" / "averaged
# 742 kWh per month": one sentence on two lines)
_SENTENCE_BREAK = re.compile(r"[.!?\u0589](?=\s)|\n(?![ \t]*[a-z])")  # and the Armenian full stop "։"
# a comma between clauses, not a figure's thousands separator ("uses 1,014 kWh in summer and 612 kWh in winter")
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")
# a clause that only compares goes with the clause before it ("..., compared with 468 kWh in the prior year")
_COMPARISON = re.compile(r"(?i)\s*(?:compared|versus|vs\b|against|up from|down from|relative to|than)")


def class_statistic_before(text: str, at: int) -> bool:
    """The clause that leads to the figure at ``at`` tells a class's or a program's average, median or typical
    figure, not one customer's."""
    sentence = _SENTENCE_BREAK.split(text[max(0, at - 200):at])[-1]
    clauses = _CLAUSE_COMMA.split(sentence)
    told = clauses.pop()
    while clauses and _COMPARISON.match(told):
        told = f"{clauses.pop()},{told}"
    statistic = None
    for statistic in _STATISTIC.finditer(told):
        pass
    # "... used 62,351,180 kWh across 12,397 accounts, an average of 626 kWh": the class is the sentence's subject
    if statistic and EXCLUDED_FROM.search(told, statistic.end()):
        return False  # "Residential average excludes Amanda Gomez (...): 48,210 kWh": the one left out's own figure
    return bool(statistic and (_CLASS.search(told) or _CLASS_SUBJECT.search(told)
                               or (told.lstrip().lower().startswith(("an average", "averaging", "or an average"))
                                   and _CLASS.search(sentence)))
                and not _OWN_BEFORE.search(told, 0, statistic.start()))


# a utility's sales or a plant's output: no home or business uses a hundred million kWh or therms
_UTILITY_SCALE = 100_000_000
_FIGURE = re.compile(USAGE_FIGURE)


def _utility_scale(figure: str) -> bool:
    """Whether a usage figure ("412,884,210 kWh") is too large to be any customer's: a system's total."""
    digits = _FIGURE.match(figure)
    return bool(digits) and float(figure_value(digits.group())) >= _UTILITY_SCALE


# megawatt-hours by the hundred are a program's or a plant's, not a home's or a business's ("3.5 MWh" is one's), unless
# one account's number is what used them ("account 2-48-921-6826 consumed 197 MWh last year": a large customer's own)
_ACCOUNT_CONSUMED = re.compile(r"(?i)\b(?:account|acct\.?|service\s+account|SA)\s*(?:no\.?|number|#)?\s*:?\s*"
                               r"\d[\d -]{5,18}\d\)?\s+(?:consumed|used|drew|billed)\s+(?:about\s+|roughly\s+|some\s+)?$")
_AGGREGATE_MWH = re.compile(r"(?i)(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d+)?\s*(?:mwh|megawatt[- ]hours?)")


# the part of a spelt-out unit a line break may leave on the figure's line ("2,200 kilowatt" / "hours in May"), and
# the rest of it on the next line
_UNIT_HEAD = re.compile(r"[ \t]*(?:(?i:kilowatt|kilovatios?)[ \t-]*)?$")
_UNIT_TAIL = re.compile(r"\s*(?i:hours?|hrs?|hora)\b")
# the figure before such a cut unit, in digits or in words as a verbatim transcript writes it ("a bill for twenty-two
# hundred kilowatt" / "hours in May")
_NUMBER_ENDING = re.compile(r"(?:(?<![\w.$,/-])" + USAGE_FIGURE + r"|(?<![\w-])(?i:"
                            + NUMBER_IN_WORDS + "))(?=" + _UNIT_HEAD.pattern + ")")
UNIT_STARTING = re.compile(r"\s*" + _USAGE_UNIT)


def unit_across(head: str, below: str) -> re.Match | None:
    """The next line's part of a usage figure's unit, when a line break cut the unit off its figure ("never used
    185" / "kWh in one month") or cut a spelt-out unit in two ("2,200 kilowatt" / "hours in May"); ``head`` is
    what follows the figure on its own line. None when the unit is whole on the figure's line or missing."""
    part = _UNIT_HEAD.fullmatch(head)
    if part is None:
        return None
    return (_UNIT_TAIL if part.group().strip() else UNIT_STARTING).match(below)


def listed_across(above: str, below: str) -> list[tuple[int, int]]:
    """The figures ending ``above`` of a list a line break cut before its last figure and unit ("Usage last 3 cyc
    376 /" over "413 / 324 kwh"): where they are in ``above``."""
    if not _LIST_CUT.search(above):
        return []
    return [(a, b) for a, b in consumption_spans(f"{above}\n{below}") if b <= len(above)]


def consumption_across(above: str, below: str) -> tuple[int, int] | None:
    """A consumption figure that a line break cut between its number and its unit, or inside its unit
    (``unit_across``), or inside its number in words (``spelt_figure_across``): where the number starts and ends in
    ``above``, or None."""
    number = _NUMBER_ENDING.search(above)
    unit = number and unit_across(above[number.end():], below)
    if not unit:
        spelt = spelt_figure_across(above, below)
        return spelt and (spelt[0], len(above.rstrip()))
    words = _DATED_TO.sub("", " ".join(above[max(0, number.start() - 50):number.start()].split()[-4:]))
    if _NOT_CONSUMPTION.search(words) or class_statistic_before(above, number.start()) or _projected_load(
            f"{above} {below}", 0, number.start(), number.end()):
        return None
    if _AGGREGATE_MWH.fullmatch(f"{number.group()} {unit.group().strip()}") and not _ACCOUNT_CONSUMED.search(
            above, max(0, number.start() - 60), number.start()):
        return None  # "System-wide residential load was 392,392" / "MWh; ...": a program's, as on one line
    return number.start(), number.end()


# the words of a number in words ending a line, where a line break may have cut it before its last words: "one
# thousand one hundred", "two thousand and"
_SPELT_NUMBER_WORD = rf"(?:{_BELOW_HUNDRED}|hundred|thousand)"
_NUMBER_WORDS_ENDING = re.compile(rf"(?i)(?<![\w-]){_SPELT_NUMBER_WORD}(?:[ -](?:and )?{_SPELT_NUMBER_WORD})*(?: and)?[ \t]*$")


def spelt_figure_across(above: str, below: str) -> tuple[int, int] | None:
    """A consumption figure in words that a line break cut inside its number, as a court reporter's or a caption's
    lines break speech ("my bill says one thousand one hundred" / "thirty-four kilowatt hours for july"): where its
    words start in ``above`` and where its unit ends in ``below``, or None. The two lines are read as one, so the
    words before the figure and after its unit still make a tariff's or a class's figure none."""
    words = _NUMBER_WORDS_ENDING.search(above)
    if words is None or not below[:1].isalpha():
        return None
    head = above.rstrip()
    cut = len(head) + 1
    for start, end in consumption_spans(f"{head} {below}"):
        if start == words.start() and end > cut and NUMBER_IN_WORDS_RE.match(f"{head} {below}", start):
            return start, end - cut
    return None


@lru_cache(maxsize=16384)
def address_parts(text: str) -> dict[str, str]:
    """The usaddress components of a candidate, or none when the CRF cannot read it. Callers must not
    change the (cached) result."""
    return address_tags(text) or {}


# a vehicle as a program's form writes it, its model year and its make ("2023 Chevrolet Bolt EUV", "2022 Tesla Model
# Y"): an EV rate's or a rebate's enrollment record, not a house number and a street; a street of a make's name has
# its type ("2020 Lincoln Ave")
_VEHICLE = re.compile(r"(?i)\s*(?:19|20)\d\d\s+(?:acura|audi|bmw|buick|cadillac|chevrolet|chevy|chrysler|dodge|fiat|"
                      r"ford|genesis|gmc|honda|hyundai|infiniti|jaguar|jeep|kia|land rover|lexus|lucid|mazda|"
                      r"mercedes(?:-benz)?|mini|mitsubishi|nissan|polestar|porsche|ram|rivian|subaru|tesla|toyota|"
                      r"volkswagen|vw|volvo)\b(?P<model>.*)")


def _vehicle(text: str) -> bool:
    """A model year, a vehicle's make and its model, no street type among them."""
    match = _VEHICLE.fullmatch(text)
    return bool(match) and not any(word.lower().strip(".,") in SUFFIXES for word in match["model"].split())


# a rear house's half before the street ("974 1/2 Calle Amapola"), left out of what usaddress reads
_HALF_AFTER_NUMBER = re.compile(rf"^(\s*\d{{1,6}}){_HALF}(?=\s)")


# a house number and a street whose Spanish type opens its name, in lower case (``_SPOKEN_STREET``'s second form)
_SPOKEN_PRE_TYPED = re.compile(rf"\d{{1,6}}\s+(?:{_DIRECTION}\s+)?(?i:{alternation(PRE_TYPES)})"
                               r"\s+(?P<name>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){0,2})")


def is_street_address(text: str, labelled: bool) -> bool:
    """A street number and name, and in running text a street type too ("Ave"); a field labelled as an
    address may lack the type if the name is capitalized ("1234 W Holt", not "12 months"), or be a P.O. Box. A
    mobile-home park's space before the street ("Space 98, Sun Valley Mobile Home Park, 2240 ...") is read past. A
    vehicle's year, make and model is none."""
    before = _UNIT_BEFORE_RE.match(text)
    text = text[before.end():] if before else text
    if _vehicle(text):
        return False
    if _PR_ADDRESS_RE.match(text):
        return True  # "Urb. Villa Carolina, Calle 12 #45": usaddress knows no urbanización
    if _SPANISH_INVERTED_RE.match(text):
        return True  # "896 de la calle Pearl": usaddress reads English order
    if _other_order(text, labelled):
        return True  # "Calle Garey #3222", "加州波莫纳市White Ave2846号": usaddress reads English order
    if _GRID_ADDRESS.match(text):
        return True  # "733 W 800 N": the grid's numbered street is the name and needs no type
    if _CORNER_HOUSE.fullmatch(text):
        return True  # "corner of Grove and Holt, number 812": a house told by its corner and its number
    if (spoken := _SPOKEN_PRE_TYPED.match(text.strip())) and street_name(spoken.group("name").split()):
        return True  # "8335 via las palmas" after "we're at": usaddress reads a lower-case Spanish type as a name
    if _MARKET_ROAD.match(text) or _NUMBERED_ROAD_ADDRESS.match(text):
        return True  # "12050 RM 2222": usaddress reads "RM" as a room; "20 Ranch Road 2817 Apt 4B" the number a unit
    text = _INLINE_TIMESTAMP_RE.sub("", text)  # "nine [00:02:46] ninety-six Pasadena Street"
    half = _HALF_AFTER_NUMBER.match(text)  # "974 1/2 Calle Amapola": usaddress reads "1/2" as the street
    text = text if half is None else half.group(1) + text[half.end():]  # (a sub's "\1" costs a template's reading)
    parts = address_parts(" ".join(_HOUSE_NUMBER_WORDS_START.sub(" 1000", text, count=1).split()))
    if "AddressNumber" in parts and ("StreetName" in parts or "StreetNamePreType" in parts):
        if _typed_street(parts, text, labelled):
            return True
        unit = _UNIT_AT_END.search(text)  # "327 Coral Run Spc 82": usaddress reads the street and its space as one name
        return bool(unit) and unit.start() > 0 and _typed_street(address_parts(" ".join(text[:unit.start()].split())),
                                                                 text, labelled)
    return labelled and ("USPSBoxID" in parts or bool(PO_BOX.match(text)))  # usaddress knows no "Apartado Postal"


_UNIT_AT_END = re.compile(rf"{_UNIT}\s*$")


def _typed_street(parts: dict, text: str, labelled: bool) -> bool:
    """Whether usaddress's reading of an address has a street type (or, ``labelled``, a name that can be a street's)."""
    name = parts.get("StreetName", "").split()
    return "AddressNumber" in parts and (
        "StreetNamePostType" in parts or "StreetNamePreType" in parts or bool(PRE_TYPED.match(text))
        or (len(name) > 1 and name[-1].lower() in SUFFIXES)  # usaddress reads "Pine Run" as one name
        or (labelled and street_name(name)))


_SPANISH_ARTICLE = frozenset("los las el la del de".split())  # "Los Olivos": a plural that is a street's name


def street_name(words: list[str]) -> bool:
    """Whether ``words`` (an address's words after its house number and direction, without a street type) can be
    a street's name: no count, time or measure ("12 months", "6 pm") and no English plural first or last ("3
    locations", "25 accounts sampled": a count of things)."""
    if not words or any(w.lower() in _NOT_A_STREET or w.lower().split("-")[0] in _NOT_A_STREET for w in words):
        return False
    return not (any(_english_plural(w) for w in (words[0], words[-1]))  # "3 locations", "25 accounts sampled"
                and not any(w.lower() in _SPANISH_ARTICLE for w in words)
                and words[0].lower() not in PRE_TYPES)  # "calle rosales", "camino robles": a Spanish street's name


def _english_plural(word: str) -> bool:
    return word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# a house number and a street's name without its type where a record puts a home: after "@", "at", "of", "lives", a
# note's "normal for" or an address label, or as a field between a record's separators (a dash or a double dash),
# before a separator, a bracketed aside or a verb. Call notes drop the "Ave": "spoke w/ dalia saleh @ 2860 orange
# grove;", "AHN JAE-WON - 11931 mission - cb# ...", "-- SA# ... -- 2261 Hamilton", "Applicant Mituru Inoue of 11467
# fairplex applied for CARE", "cb 909 ..., lives 545 E Pearl", "1,932 kwh, normal for 3274 N Fairplex (2br apt)",
# "neighbor at 419 S Dudley got a bill"
# ("@" as "at" stands apart: "Lakers@1292 given over phone" is a password's digits); its words are apart by spaces,
# a tab parts a table's cells ("... residing at 360\tReceived": a wrapped cell's number and the next column's word)
CUED_STREET_RE = re.compile(
    r"(?:(?<!\w)@|(?i:\b(?:at|of|lives|(?:normal|usual|high|low)\s+for|addr|address)\b)[.:#]?|^|[;|,]"
    r"|[ \t][-\u2013\u2014]{1,2})[ \t]*"
    rf"(?<![\w.,$/-])(\d{{2,6}} +(?:{_DIRECTION} +)?[A-Za-z][A-Za-z'-]+(?: +[A-Za-z][A-Za-z'-]+){{0,2}})"
    r"(?=[ \t]*(?:[;|,.)]|[ \t][-\u2013\u2014][ \t]|\((?!\d{3}\))|$)|[ \t]+(?i:applied|called|reported|requested|"
    r"asked|said|says|states|stated|wants|was|is|has|had|who|got|gets|received|receives)\b)", re.M)


# an HTTP status line, the heading of a server's error page ("404 Not Found", "503 Service Unavailable", "404 Page
# Not Found"): its code and reason phrase open a line as a home's number and street do, and are none
_HTTP_STATUS_LINE = re.compile(r"(?i)[1-5]\d\d +(?:(?:page|file|document) +)?(?:%s|access +denied)" % "|".join(
    sorted({re.escape(status.phrase).replace(r"\ ", " +") for status in HTTPStatus}, key=len, reverse=True)))


def cued_streets(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the homes written without a street type where a record's wording puts one
    (``CUED_STREET_RE``), in ``text[start:end]``: not a count, a time, a numbered item ("Item 12 budget") or an HTTP
    status ("404 Not Found")."""
    found = []
    for m in CUED_STREET_RE.finditer(text, start, len(text) if end is None else end):
        words = m.group(1).split()[1:]
        if words[0].lower().rstrip(".") in DIRECTIONS:
            words = words[1:]
        # not a figure in words that goes on after the line ("2024 reflect two" / "thousand ... kilowatt-hours")
        if street_name(words) and not _NUMBER_LABEL.search(text, max(0, m.start(1) - 20), m.start(1)) \
                and words[-1].lower() not in _NUMBER_WORDS and not _HTTP_STATUS_LINE.fullmatch(m.group(1)):
            found.append(m.span(1))
    return found


# a number label right before a number: "Resolution 2024 Plaza ...", "Item 12 Camino Real Widening"; a month
# makes it a day ("On July 1 Cedar Bluff Energy Authority ..."), a month and day a year, an article a quantity
# ("the 5 Mile Run")
# Spanish "a" (to) before a home it moves or writes to, not the English article: "su dirección postal a 2535 E Olive
# St", "se mudó a 1180 W Holt Ave"
_SPANISH_TO_ADDRESS = re.compile(r"(?i)\b(?:direcci[oó]n(?:\s+postal)?|domicilio|mud[oó]|mudarse|cambi[oó]|cambiar)"
                                 r"\s+a\s*$")
_NUMBER_LABEL = re.compile(r"(?i)\b(?:the|a|an|resolution|reso|ordinance|ord|item|case|no|number|permit|file|project|"
                           r"bid|rfp|"
                           r"contract|po|fy|year|phase|tract|lot|parcel|apn|page|section|chapter|route|highway|hwy|"
                           r"interstate|i|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                           r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*#?\s*$"
                           # a date's year: "the December 15, 2024 bill", "the 12/15/ 2024 notice", "the summer of
                           # 2024 reflect ..."
                           r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*$"
                           r"|\b(?:summer|winter|spring|fall|autumn)\s+(?:of\s+)?$")


# a parcel's number or legal description right after an address ("(APN ...)", ", Tax Parcel No. ...", ", legally
# described as Lot 11"): a public hearing's or a permit's property, not a customer's home
# (a Texas appraisal district's number is the parcel's: "(CAD Property ID R000184422)", "Geo ID 0123-0045-00"; so is
# Hawaiʻi's Tax Map Key: "91-1722 Lumiauau St (TMK 9-1-017-044)")
_PARCEL_AFTER = re.compile(r"(?i)[\s,;(\u2013-]{0,4}(?:apn|a\.p\.n\.|tmk|(?:(?:tax|county|assessor'?s?)\s+)?parcel|"
                           r"legally\s+described|(?:[A-Z]?CAD\s+)?(?:property|prop\.?|geo)\s+id)\b")


# a hearing's or a permit's property named before its address: "a zone change for property at", "The subject
# property, ", "the site located at"; a land-use matter's word in its sentence makes it the hearing's, not a customer's
# own ("the customer, who owns the property at ...")
_PROPERTY_BEFORE = re.compile(r"(?i)\b(?:property|properties|site|parcel|lot|premises)\s*(?:,|at|located\s+at|known\s+as)?"
                              r"\s*$")
_LAND_USE = re.compile(r"(?i)\b(?:subject|hearing|zon(?:e|es|ed|ing)|rezon\w*|variance|permit|subdivision|plat|"
                       r"annexation|conditional\s+use|site\s+plan|general\s+plan|planning)\b")
_LAND_USE_REACH = 160  # how far back in its sentence a land-use matter's word stands
_BRACKETED_NUMBER_AFTER = re.compile(r"[ \t]*\([ \t]*[A-Z]{0,3}-?\d[\d-]{4,22}\d[ \t]*\)")
_PROPERTY_REACH = 40  # how far before its address a property's word stands


def parcel_after(text: str, end: int, start: int | None = None) -> bool:
    """Whether an Assessor's Parcel Number follows the address ending at ``end`` ("2596 Mission Blvd (APN ...)"),
    or, when the address starting at ``start`` is a hearing's property ("for property at 2491 S Iron Springs Rd
    (B-1087-0012-0000)"), a number in brackets without its label: the property's parcel, which the notice publishes."""
    if _PARCEL_AFTER.match(text, end):
        return True
    if start is None or not _BRACKETED_NUMBER_AFTER.match(text, end) or not _PROPERTY_BEFORE.search(
            text, max(0, start - _PROPERTY_REACH), start):
        return False
    sentence = _SENTENCE_BREAK.split(text[max(0, start - _LAND_USE_REACH):start])[-1]
    return bool(_LAND_USE.search(sentence))


# a utility account the sentence gives: a lien notice's "Notice is hereby given to NAME, owner/occupant of 15133 Calle
# Amapola (APN 484-596-17), that LVP account 5589-1234 is delinquent": the parcel is where the lien goes, the address
# the account's premises
_ACCOUNT_GIVEN = re.compile(r"(?i)\b(?:account|acct|customer\s+(?:number|no))\b\.?(?:\s*(?:no\.?|number|#))?[\s:#]*"
                            r"(?:[A-Z]{1,5}[\s-]?)?\d[\d \t-]{4,}")
# what a lien's or a shut-off's notice says of the account's charges
_CHARGES_OWED = re.compile(r"(?i)\b(?:delinquen\w*|unpaid|past[- ]due|liens?|tax\s+roll|arrears?|shut[- ]?off|"
                           r"terminat\w*|disconnect\w*|non-?payment|fail(?:ed|s|ure)?\s+to\s+pay|"
                           r"outstanding\s+(?:balance|charges)|balance\s+(?:due|owed))\b")
# the sentence's end (not an abbreviation's period: "account No. 55-102944", "771 Paseo Verde Ave. (APN ...)")
_SENTENCE_STOP = re.compile(r"(?<!\bNo)(?<!\bno)(?<!\bAcct)(?<!\bacct)(?<!\bSt)(?<!\bAve)(?<!\bRd)(?<!\bDr)(?<!\bBlvd)"
                            r"(?<!\bLn)(?<!\bCt)(?<!\bMr)(?<!\bMs)(?<!\bMrs)[.!?;](?=\s)")


def parcel_not_premises(text: str, start: int, end: int) -> bool:
    """Whether the address ``text[start:end]`` is a property its parcel names (``parcel_after``) and not the premises
    of a utility account its sentence gives after it (a lien notice's delinquent account); an account before it is
    a speaker's own, the property a hearing's ("Customer Ana Ruiz, account ..., spoke against the variance for ..."),
    and so is one a zoning notice gives its owner's account beside, no charges owed said of it."""
    if not parcel_after(text, end, start):
        return False
    if not _PARCEL_AFTER.match(text, end):
        return True  # a bare number in brackets: a hearing's property (``parcel_after``)
    after = _SENTENCE_STOP.search(text, end)
    stop = after.start() if after else len(text)
    return not (_ACCOUNT_GIVEN.search(text, end, stop) and _CHARGES_OWED.search(text, end, stop))


def property_parcel(text: str, at: int) -> bool:
    """Whether the bracketed number after ``at`` is the parcel of a hearing's property whose
    street address ends right before it ("The subject property, 455 N Main Street (B-1747-0033-0000), is ...")."""
    return any(m.end() <= at and not text[m.end():at].strip() and parcel_after(text, m.end(), m.start())
               for m in street_addresses(text, max(0, at - 120), at))


# a house told by the corner it stands at and its number: "the yellow house at the corner of Grove and Holt, number
# 812", "on the corner of Elm & 3rd St, No. 40"; a corner alone ("the corner of Garey and Holt") is a place
_CORNER_HOUSE = re.compile(r"\bcorner\s+of\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:and|&)\s+(?:[A-Z0-9][\w'.-]*\s+){0,2}"
                           r"[A-Z0-9][\w'.-]*?,?\s+(?:house\s+)?(?:number|no\.|#)\s*\d{1,6}\b")


def street_addresses(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """The street addresses in running text ``text[start:end]``: a number, a street name and its type, as
    usaddress reads them, and not a number of another kind before capitalised words ("Resolution 2024 Plaza"); and
    a house told by its corner and number (``_CORNER_HOUSE``)."""
    end = len(text) if end is None else end
    corners = list(_CORNER_HOUSE.finditer(text, start, end)) if text.find("corner", start, end) != -1 else []
    if not _ADDRESS_NUMBER.search(text, start, end):
        return corners
    return [m for m in ADDRESS_RE.finditer(text, start, end)
            if not (_NUMBER_LABEL.search(text, max(0, m.start() - 20), m.start())
                    and not _SPANISH_TO_ADDRESS.search(text, max(0, m.start() - 30), m.start()))
            and not _COORDINATE_BEFORE.search(text, max(0, m.start() - 16), m.start())
            and is_street_address(m.group(), labelled=False)] + corners


# the start of a phone number at the end of a line: an area code, or an area code and an exchange ("... at 909" /
# "392 2571 or ...", "Teléfono: (909)" / "868-2992.")
_PHONE_START_AT_END = re.compile(rf"(?<![\w.$,/{_DASH}])(?:\(\d{{3}}\)|\d{{3}})(?:[\s.{_DASH}]?\d{{3}})?[\s.{_DASH}]*$")


def phone_across(above: str, below: str) -> tuple[int, int] | None:
    """A phone number that a line break cut: where it starts in ``above`` (a line's end) and where it ends in
    ``below`` (the next line's start), or None."""
    head = _PHONE_START_AT_END.search(above)
    if head is None:
        return None
    joined = f"{above[head.start():].rstrip()} {below.lstrip()}"
    whole = _PHONE.match(joined)
    cut = len(above[head.start():].rstrip()) + 1
    if whole is None or whole.end() <= cut:
        return None
    return head.start(), whole.end() - cut + (len(below) - len(below.lstrip()))


# the start of a mailbox at the end of a line that a narrow column's wrap cut inside a word: its name, its "@" and
# part of its domain ("... ana.ruiz@g" / "mail.com"), or its name alone where the next line opens with the "@"
# ("ana.ruiz" / "@gmail.com"); a PDF wraps a margin note's long word at any character
_MAILBOX_START_AT_END = re.compile(r"(?<![\w.%+@-])[A-Za-z0-9][\w.%+-]*(?:@[A-Za-z0-9.-]*)?$")
_MAILBOX_REST = re.compile(r"[\w.%+@-]+")


def email_across(above: str, below: str) -> tuple[int, int, str] | None:
    """A mailbox that a line break cut, as a court reporter's or a caption's lines break one read out ("... or email
    me at jrivas at hotmail" / "dot com my number is ...", "... at jrivas at" / "cox dot net"), or as a narrow
    column's wrap cuts one inside a word ("see ana.ruiz@g" / "mail.com", "ana.ruiz" / "@gmail.com"): where it starts
    in ``above`` (a line's end; from a word's start), where it ends in ``below`` (the next line's start) and what
    joins the two parts (a space between words read out, nothing inside a word), or None. A mailbox whole on either
    line is no cut one."""
    if not below.strip() or not MAIL_HINT.search(f"{above[-40:]} {below[:40]}"):
        return None
    head = _MAILBOX_START_AT_END.search(above.rstrip())
    rest = _MAILBOX_REST.match(below)
    # cut inside a word: the head holds the "@" or the next line opens with it (not "Contact" / "info@...", a word
    # before a whole mailbox), and the head is no whole mailbox ("ana@gmail.com" / "and ...")
    if head and rest and ("@" in head.group()) != rest.group().startswith("@") and not EMAIL_RE.match(head.group()):
        value = rest.group().rstrip(".")  # "mail.com." ending its sentence
        if EMAIL_RE.fullmatch(head.group() + value):
            return head.start(), len(value), ""
    joined = f"{above} {below}"
    cut = len(above)
    for m in EMAIL_RE.finditer(joined):
        if m.start() < cut and m.end() > cut + 1 and above[m.start():].strip() and below[:m.end() - cut - 1].strip():
            return m.start(), m.end() - cut - 1, " "
    return None


_MONTH_AND_DAY_BEFORE = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+"
                                   r"\d{1,2}(?:st|nd|rd|th)?,?[ \t]*$")


_TYPE_ABBREVIATIONS = frozenset("rd st ave av ln dr ct blvd pkwy hwy cir trl ter pl cv hts xing".split())
# a street type alone at the start of a line, then the end of the address: punctuation, a bracket, a ZIP code or
# the line's end; or, after an abbreviated type, the sentence going on ("Rd requested relief"), where a whole
# word would open a sentence of its own ("Road crews repaired ...")
_TYPE_OPENING_A_LINE = re.compile(rf"(?i:({alternation(SUFFIXES)})\.?)(?=\s*(?:[,;:()]|$|\s(?:\(|\d{{5}})))"
                                  rf"|((?i:{alternation(_TYPE_ABBREVIATIONS)}))(?=\s[a-z])")


def before_next_column(line: str) -> str:
    """A line of a table laid out in text without the cell after its last tab when that cell holds no number: where
    a wrapped cell's line ends, the next column's word ("... residing at 360\tReceived" / "Hamilton Blvd., ...")."""
    gap = line.rfind("\t")
    return line[:gap] if gap >= 0 and not any(c.isdigit() for c in line[gap:]) else line


@lru_cache(maxsize=4096)
def address_across(above: str, below: str) -> tuple[int, int] | None:
    """A street address that a line break cut (a PDF wraps "... at 7199 South" / "Agate Lane, which ..."): where
    it starts in ``above`` (the end of a line) and where it ends in ``below`` (the start of the next), or None.
    Cached: a record's lines are judged again in each block of running text around them (a third of the calls)."""
    if not _ADDRESS_NUMBER.search(above) and not _ADDRESS_NUMBER.search(below):
        return None  # no address on either line, nor across them: the space joining them starts no number's word
    whole = ADDRESS_RE.search(above.rstrip(" ,"), max(0, len(above) - 60))
    if whole and whole.end() == len(above.rstrip(" ,")) and is_street_address(whole.group(), labelled=False):
        # the line ends with a whole address: "... 8901 W Via Cypress" / "Recipient Pla, Tomás"; unless what reads
        # as its type is the street's name and its type opens the next line ("7185 Cedar Hollow" / "Rd (phone ...")
        suffix = _TYPE_OPENING_A_LINE.match(below) if above[-1:] not in " ," else None
        return (whole.start(), suffix.end(suffix.lastindex)) if suffix else None
    joined = f"{above} {below}"
    for m in ADDRESS_RE.finditer(joined):
        if "\t" in m.group() or joined[max(0, m.start() - 1):m.start()] == "\t":
            continue  # a table row's last cell and the next row's first ("...\t412" / "Darnell Brooks\t..."): no street
        if _MONTH_AND_DAY_BEFORE.search(joined, max(0, m.start() - 20), m.start()):
            continue  # a date's year before the next line ("December 2, 2026" / "Harlan Rapids Light & Water")
        if _AREA_CODE_BEFORE.search(joined, max(0, m.start() - 8), m.start()):
            continue  # a phone's number ("contact (909) 555-0101" / "Jan ter Horst ..."): no house on a "Jan Ter"
        if _PAGE_WORD_BEFORE.search(joined, max(0, m.start() - 8), m.start()):
            continue  # a page's number at a page's foot ("Packet Page 5" / "E. Cardinal St had been ..."): no house
        if (m.start() < len(above) < m.end() and not USAGE_RE.search(m.group())
                and is_street_address(m.group(), labelled=False)):  # not "consumo 978 KWH" / "Dalton St. ..."
            return m.start(), m.end() - len(above) - 1
    # a post-office box whose "P.O." ends the line and whose "Box 1397, ..., CA 91732" opens the next one
    box = _BOX_CUT.search(above)
    if box and (whole := BOX_ADDRESS_RE.match(joined, box.start())) and whole.end() > len(above) + 1:
        return box.start(), whole.end() - len(above) - 1
    return None


_BOX_CUT = re.compile(r"(?<![\w.])(?i:p\.?\s?o\.?|post\s+office)$")
_AREA_CODE_BEFORE = re.compile(r"\(\d{3}\)[ \t]?$")  # a phone's area code in brackets, its number after it
_PAGE_WORD_BEFORE = re.compile(r"(?i)\b(?:page|pg\.?)[ \t]*$")  # a page's number: "Page 5", "pg. 12"

