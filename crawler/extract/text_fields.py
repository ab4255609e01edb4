"""Fields written as ``KEY=value`` in text: a record dumped from a billing system one ``KEY=value`` line per field
(``CUSTOMER_NAME=LAYLA KHOURY``, an ``.env`` file's ``DB_PASS=...``), and a log line's pairs (``acct=3-511-5552-27
customer="Pascual Cortez" kwh=972``, a dict printed by a program: ``{'name': 'Gayane Zakaryan', 'phone': ...}``).
Each value is a field labelled by its key as written ("CUSTOMER_NAME", "DB_PASS": the label vocabulary reads the
words of a key, and the credential detector a config key's shape), as a ``Label: value`` line is read, so that a
customer's name or account is told from a build setting. ``key_words`` spells a key or tag name as words for the
JSON and XML readers."""
from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import unquote_plus

from . import collapse

_KEY = r"[A-Za-z_][\w.-]{0,60}"
# a whole line that sets one key: "SVC_ADDR1=2705 N HOLT AVE", "export DB_PASS='x'", "kwh = 972"
_ASSIGNMENT = re.compile(rf"[ \t]*(?:export[ \t]+)?(?P<key>{_KEY})[ \t]*=[ \t]*(?P<value>\S.*?)[ \t]*")
# a word of a value without quotes: its words run to the next pair ("caller=Omar Abdelrahman ani=..."); a comma
# between a number's thousands is the number's ("kwh=1,256 kWh, rate=TOU-D")
_WORD = r"(?:[^\s,;'\"{}\[\]()=]|(?<=\d),(?=\d{3}(?!\d)))+"
# a pair inside a line: key=value, key="value", 'key': 'value', "key": value; not a URL's query ("?id=5&name=x")
_PAIR = re.compile(rf"""(?<![\w.&?/=-])(?:(?P<key>{_KEY})=|(?P<quote>['"])(?P<quoted_key>{_KEY})(?P=quote)[ \t]*:[ \t]*)"""
                   rf"""(?P<value>"[^"\n]*"|'[^'\n]*'|{_WORD}(?:[ \t]+(?!{_KEY}=){_WORD})*)""")
_QUOTES = ("\"", "'")


_WORD_BREAKS = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z]{2,}(?![a-z]))|(?<=[A-Z])(?=[A-Z][a-z]{2})"
                          r"|(?<=[A-Za-z])(?=\d)")
_SEPARATORS = re.compile(r"[\s_.:@#-]+")


def key_words(key: str) -> str:
    """A key or tag name as the words a label vocabulary reads: "AcctNo" -> "Acct No", "SVC_ADDR1" -> "SVC ADDR 1",
    "premiseID" -> "premise ID", "cust:accountId" -> "cust account Id"; "kWh" stays whole."""
    return " ".join(_SEPARATORS.sub(" ", _WORD_BREAKS.sub(" ", key)).split())


class TextField(NamedTuple):
    key: str  # as written: "CUSTOMER_NAME"
    value: str


def line_pairs(line: str) -> tuple[list[TextField], str] | None:
    """A line's fields and its other text, when it holds two pairs or more (a log line, a printed dict, a debug
    dump run into one line: ``arrow_pairs``); the parameters of a URL's query string in it are fields too, decoded
    (a web server log's ``GET /billing/lookup?acct=...&name=Gail+Holden&email=gail.holden%40att.net``)."""
    if "=" not in line and not (":" in line and ("'" in line or '"' in line)):
        return None  # most lines: prose, no pair to look for
    if "=>" in line and (arrows := arrow_pairs(line)):
        return arrows
    queries = [*_QUERY.finditer(line), *_FORM_BODY.finditer(line)]
    pairs = [m for m in _PAIR.finditer(line) if not any(q.start() <= m.start() < q.end() for q in queries)]
    found = sorted([*pairs, *queries, *_SERIALIZED.finditer(line)], key=lambda m: m.start())
    fields = [field for m in found for field in _fields_of(m)]
    if len(fields) < 2:
        return None
    rest, last = [], 0
    for m in found:
        rest.append(line[last:m.start()])
        last = m.end()
    rest.append(line[last:])
    return fields, collapse(" ".join(rest))


# a URL's query string: "?acct=94-419824-76&name=Gail+Holden" (to a space, a quote or the fragment)
_QUERY = re.compile(r"\?(?P<query>[^\s\"'#?=&]+=[^\s\"'#]*)")


# a form's body as a log or a debug file writes it, its parameters joined by "&" without a URL's "?" ("POST
# /forms/optout body: first_name=Ana&last_name=Ruiz&svc_addr=12+Oak+St")
_FORM_BODY = re.compile(rf"(?<![\w?&=%./-])(?P<query>{_KEY}=[^\s\"'#&=]*(?:&{_KEY}=[^\s\"'#&=]*)+)")
# a pair of PHP's serialize(), as a CMS stores a form's entry or a setting in its database and an export writes it
# ('a:2:{s:4:"name";s:8:"Ana Ruiz";s:4:"acct";s:10:"7001234567";}'); an integer or a float's value too
_SERIALIZED = re.compile(rf"""s:\d+:"(?P<key>{_KEY})";(?:s:\d+:"(?P<text>[^"]*)"|[id]:(?P<number>-?[\d.]+));""")


def _fields_of(match: re.Match) -> list[TextField]:
    """The fields one match of ``line_pairs`` gives: a query's or a form body's parameters, a serialized pair, a
    pair."""
    if match.re is _QUERY or match.re is _FORM_BODY:
        return _query_fields(match["query"])
    if match.re is _SERIALIZED:
        value = collapse(match["text"] if match["text"] is not None else match["number"])
        return [TextField(match["key"], value)] if value else []
    return [TextField(match["key"] or match["quoted_key"], _unquoted(match["value"]))]


def _query_fields(query: str) -> list[TextField]:
    fields = []
    for parameter in query.split("&"):
        key, _, value = parameter.partition("=")
        value = collapse(unquote_plus(value))
        if value and re.fullmatch(_KEY, key):
            fields.append(TextField(key, value))
    return fields


# a structure printed one field a line by a program's debug output: PHP's print_r ("[last_name] => Sandhu"), its
# var_export or a Perl/Ruby hash ("'last_name' => 'Sandhu',"), var_dump once its value is joined to its key's line
# (``join_dumped_values``)
_ARROW = re.compile(rf"""[ \t]*(?:\[(?P<bracket>['"]?)(?P<bracketed_key>{_KEY})(?P=bracket)\]|(?P<quote>['"])"""
                    rf"""(?P<quoted_key>{_KEY})(?P=quote)|(?P<key>{_KEY}))[ \t]*=>[ \t]*(?P<value>\S.*?)[ \t]*,?[ \t]*""")
# var_dump's key line ('["last_name"]=>') and the typed value on the line under it ('string(6) "Sandhu"', 'int(819)')
_DUMPED_KEY = re.compile(rf"""[ \t]*\[(?P<quote>['"]?){_KEY}(?P=quote)\][ \t]*=>[ \t]*""")
_DUMPED_VALUE = re.compile(r"""[ \t]*(?:string\(\d+\)[ \t]*"(?P<text>.*)"|(?:int|float)\((?P<number>[^)]*)\))[ \t]*""")


# a key of a structure printed inline: print_r's or var_dump's "[last_name] =>", '["last_name"]=>', a Ruby hash's
# ':last_name=>' or '"last_name"=>' (print_r echoed into a page without <pre> runs all its lines into one)
_ARROW_KEY = re.compile(rf"""(?:\[(?P<bracket>['"]?)(?P<bracketed_key>{_KEY})(?P=bracket)\]|(?<![\w:]):(?P<symbol>{_KEY})"""
                        rf"""|(?P<quote>['"])(?P<quoted_key>{_KEY})(?P=quote))[ \t]*=>[ \t]*""")
# what closes a printed value: the structure's brackets and the comma before the next key
_VALUE_END = re.compile(r"(?:[ \t]*[,;]|[ \t]*(?<=[\s'\"])[)}\]])*[ \t]*$")


def printed_structure(text: str) -> bool:
    """Whether ``text`` holds a structure a program printed, two ``[key] =>`` keys or more (see ``arrow_pairs``)."""
    return "=>" in text and len(_ARROW_KEY.findall(text, 0, 100_000)) >= 2


def arrow_pairs(line: str) -> tuple[list[TextField], str] | None:
    """The fields of a structure printed on one line (``Array ( [first_name] => Ana [last_name] => Ruiz )``,
    ``array(2) { ["acct"]=> string(9) "3-1185520" ... }``, ``{:name=>"Ana Ruiz", :acct=>"..."}``) and the text
    before its first key, when it holds two keys or more; a nested structure's own keys are fields of the line."""
    keys = list(_ARROW_KEY.finditer(line))
    if len(keys) < 2:
        return None
    fields = []
    for key, following in zip(keys, [*keys[1:], None]):
        value = _printed_value(line[key.end():following.start() if following else len(line)])
        if value and not re.match(r"(?i)(?:array|object)\b|[{(\[]$", value):
            fields.append(TextField(key["bracketed_key"] or key["symbol"] or key["quoted_key"], value))
    return (fields, collapse(line[:keys[0].start()])) if len(fields) >= 2 else None


def _printed_value(value: str) -> str:
    """A printed structure's value without the brackets and the comma that close it, its type and its quotes
    ('string(8) "Ana Ruiz"', "'q7Rt!mW2');")."""
    value = _VALUE_END.sub("", value)
    typed = _DUMPED_VALUE.fullmatch(value)
    if typed:
        value = typed["text"] if typed["text"] is not None else typed["number"]
    return _unquoted(value)


def assignment(line: str) -> TextField | None:
    """The field a ``KEY=value`` line sets, or a printed structure's ``[key] => value`` line, its value unquoted."""
    if "=" not in line:
        return None
    found = _ARROW.fullmatch(line) if "=>" in line else None
    if found:
        return TextField(found["bracketed_key"] or found["quoted_key"] or found["key"], _printed_value(found["value"]))
    found = _ASSIGNMENT.fullmatch(line)
    if not found:
        return None
    return TextField(found["key"], _unquoted(found["value"]))


def join_dumped_values(lines: list[str]) -> tuple[list[str], set[int]]:
    """``lines`` with each value var_dump printed under its key ('["kwh_ytd"]=>' / 'int(819)') moved up to its key's
    line ('["kwh_ytd"]=> 819'), and the indexes of the lines so emptied: a reader skips them (a dump's fields stay one
    record, which an empty line would end) and every other line keeps its number."""
    joined, emptied = list(lines), set()
    for index in range(len(joined) - 1):
        if "=>" in joined[index] and _DUMPED_KEY.fullmatch(joined[index]):
            value = _DUMPED_VALUE.fullmatch(joined[index + 1])
            if value:
                joined[index] = f"{joined[index].rstrip()} {value['text'] if value['text'] is not None else value['number']}"
                joined[index + 1] = ""
                emptied.add(index + 1)
    return joined, emptied


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in _QUOTES:
        value = value[1:-1]
    return collapse(value)


# a number cut at its dash by a line's end, its last groups opening the next line ("account 6928-748-" / "483. The
# past-due balance"): a letter wrapped at a fixed width, a PDF paragraph, an OCR'd notice
_CUT_AT_END = re.compile(r"\d-$")
_GROUPS_AT_START = re.compile(r"[ \t]*(\d+(?:-\d+)*)(?![\w-])")
# a labelled number cut at the space between its groups ("Account Number: 7743" / "7342 57. The appellant ...",
# "billed twice on account 8000" / "574 820. She ..."): the first group right after a label's end (":", "#", "No.",
# "account"), in a line of wrapped prose, long as a paragraph's lines are; a short line ("Units: 12" / "45 Main St")
# is a form's or a table's, and its next line a field of its own
_CUT_AT_SPACE = re.compile(r"(?:[:#]|\b(?i:no|nos|number|nbr|id|acct|account))\.?[ \t]*(?P<group>\d{2,6})$")
# (not a year alone: "ledger account 4410" / "2025 budget" is an account and a year)
_SPACED_GROUPS_AT_START = re.compile(r"[ \t]*(?!(?:19|20)\d\d(?![ -]?\d))(\d{1,6}(?:[ -]\d{1,6})*)(?![\w-])")
_WRAPPED_LINE = 60  # characters: a line of prose a wrap cut, not a form's field
# a narrow column's line of prose (a two- or three-column page: "Refund to be issued on SCE acct # 3286" / "405 137;
# notice mailed ..."): shorter, but its lower-case words are a sentence's, and the sentence goes on after the number
_NARROW_PROSE_WORDS = 4
_SENTENCE_GOES_ON = re.compile(r"[;,.)]|[ \t]*$|[ \t]+[a-z]")


def _running_words(line: str) -> int:
    return sum(word.isalpha() and word.islower() for word in line.split())
_FEWEST_DIGITS = 7  # of a number made whole: fewer are a count or a house number, not an identifier cut in two


def mend_cut_numbers(lines: list[str], *, at_space: bool = True) -> list[str]:
    """``lines`` with each number cut by a line's end made whole again on its first line; the rest of the next
    line stays where it is, so that every line keeps its number. ``at_space`` False mends only a number cut at its
    dash: between two paragraphs, which no wrap made, a number ending one and a number opening the next are two."""
    mended = list(lines)
    for index in range(len(mended) - 1):
        line = mended[index]
        if line.endswith("-") and _CUT_AT_END.search(line):
            groups = _GROUPS_AT_START.match(mended[index + 1])
            if groups:
                mended[index] += groups.group(1)
                mended[index + 1] = mended[index + 1][groups.end():]
        elif (at_space and line[-1:].isdigit() and (cut := _CUT_AT_SPACE.search(line))
              and (len(line) >= _WRAPPED_LINE or _running_words(line) >= _NARROW_PROSE_WORDS)):
            groups = _SPACED_GROUPS_AT_START.match(mended[index + 1])
            if groups and len(line) < _WRAPPED_LINE and not _SENTENCE_GOES_ON.match(mended[index + 1], groups.end()):
                groups = None  # a short line's number is whole unless the sentence goes on after the rest
            if groups and sum(c.isdigit() for c in cut["group"] + groups.group(1)) >= _FEWEST_DIGITS:
                mended[index] += " " + groups.group(1)
                mended[index + 1] = mended[index + 1][groups.end():]
    return mended


# a labelled value a block's line breaks cut anywhere, standing alone between them: "gave Acct" / "0469.3" / "038.38 and
# Premise # ...", "Sewer Account No." / "S3727" / "80.14 and ...". The line before ends with an identifier's label; the
# value's first piece fills its line; the next line opens with the rest, glued to no word, and goes on as the sentence
# does. Each piece has fewer digits than an identifier, together they have enough: whole numbers listed one a line
# ("Accounts:" / "4471-2290" / "5582-3310") or a house number above its street are not joined.
_LABEL_AT_END = re.compile(r"(?:#|\b(?i:acct|account|cuenta|cta|no|nos|nbr|num|number|id))\.?[ \t]*[:#]?[ \t]*$")
# (not a year alone: "Resolution No." / "2025" / "14 items were approved" is a year's number and a count)
_FIRST_PIECE = re.compile(r"[ \t]*(?!(?:19|20)\d\d[ \t]*$)(?:[A-Za-z]{1,4}[-/.]?)?\d[\d./-]*[ \t]*")
_REST_OPENING = re.compile(r"[ \t]*([-/.]?\d(?:[\d./-]*\d)?)(?=[ \t]+[a-z(]|[,;)][ \t]|[.,;]?$)")
_PIECE_DIGITS = 6  # a piece of this many digits is a whole number of its own


def _digit_count(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _mend_cut_values(lines: list[str]) -> list[str]:
    """``lines`` with each labelled value cut by two line breaks (``_LABEL_AT_END``) made whole on its own line; the
    rest of the line after it stays there."""
    mended = list(lines)
    for index in range(1, len(mended) - 1):
        piece, below = mended[index], mended[index + 1]
        if not (_LABEL_AT_END.search(mended[index - 1]) and _FIRST_PIECE.fullmatch(piece)):
            continue
        rest = _REST_OPENING.match(below)
        if rest is None or not rest.end() < len(below.rstrip()):
            continue  # a value alone on its line too: one of a list, not the rest of a sentence's
        first, second = _digit_count(piece), _digit_count(rest.group(1))
        if first < _PIECE_DIGITS and second < _PIECE_DIGITS and first + second >= _FEWEST_DIGITS:
            mended[index] = piece.strip() + rest.group(1)
            mended[index + 1] = below[rest.end():].lstrip(" \t")
    return mended


def mend_cut_lines(text: str) -> str:
    """A block's text with each number cut by one of its line breaks made whole on the first line (a ``<br>`` or a
    Word line break inside a sentence: "acct 4652-" / "12528-37) moved out."), as ``mend_cut_numbers`` mends a text
    file's lines; and a labelled value cut twice, standing alone on its line (``_mend_cut_values``)."""
    if "\n" not in text:
        return text
    return "\n".join(_mend_cut_values(mend_cut_numbers(text.split("\n"))))


def mend_after(builder, previous, text: str) -> str:
    """``text`` of a block read right after the block ``previous`` (a segment of ``builder``'s, or None): while
    ``previous`` is still the last segment added, a number its end cut at the dash is made whole there
    (:func:`mend_cut_blocks`), and ``text`` loses the rest of it."""
    if previous is not None and builder.document.segments[-1:] == [previous]:
        previous.text, text = mend_cut_blocks(previous.text, text)
    return text


def mend_cut_blocks(first: str, second: str) -> tuple[str, str]:
    """Two blocks read one after the other (Word paragraphs, a page's paragraphs), a number cut at its dash by the
    end of ``first`` made whole at its end, taken from the start of ``second``."""
    if not first.endswith("-") or not second:
        return first, second
    head, _, last = first.rpartition("\n")
    mended_last, rest = mend_cut_numbers([last, second], at_space=False)
    return (f"{head}\n{mended_last}" if head else mended_last), rest.lstrip(" \t")
