"""What a Word field keeps in its code rather than in the text it shows.

A field is its instruction (``w:instrText`` between ``fldChar begin`` and ``separate``, or ``w:fldSimple``'s
``w:instr``) and its result (the runs up to ``end``), and only the result is on the page. Some fields keep a value
in the instruction itself: ``QUOTE "text"`` shows its text, ``FILLIN "prompt" \\d "default"`` its default answer,
``ASK name "prompt" \\d "default"`` and ``SET name "text"`` store a value for a ``REF`` elsewhere; a legacy text
form field (``FORMTEXT``) keeps its default text in ``w:ffData/w:textInput/w:default``. A merge template, a
case memo or a form filled in by a macro leaves the case's values there while the result is emptied, stale or
never updated, and anyone who presses F9 or Alt+F9 reads them. Codes that hold no value (PAGE, DATE's picture,
TOC's switches, MERGEFIELD's field name, a HYPERLINK's target, read elsewhere) give nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# a field code's tokens: a quoted argument (Word escapes a quote in it as \"), a switch, or a bare word
_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(\\\S+)|(\S+)')
# where a bookmark's name parts its words: "CustomerAddress", "Customer_Address"
_BOOKMARK_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|_+")
# fields whose result shows the value their code keeps: it belongs where the field stands in the sentence
_SHOWN_IN_PLACE = frozenset({"QUOTE", "FILLIN", "FORMTEXT"})


@dataclass(frozen=True)
class KeptText:
    """A value a field's code keeps that its result does not show: ``in_place`` when the field would show it
    where it stands (its result is blank), else it is stored out of the page's flow (SET, ASK, a stale result)."""
    text: str
    in_place: bool


@dataclass
class OpenField:
    """A field begun and not ended yet: its start (a .docx's ``fldChar begin``), the instruction and result read so
    far, and whether its separator has been read (a .doc's field is read the same way, from its marks)."""
    begin: object = None
    instruction: str = ""
    result: str = ""
    separated: bool = False


def instruction_value(instruction: str) -> str:
    """The value a field's instruction holds: QUOTE's text, SET's value labelled by its bookmark's name's words
    ("SET CustomerAddress "12 Elm St"" -> "Customer Address: 12 Elm St": the name says what the value is, and no text
    around the field does), FILLIN's or ASK's default answer; "" for a field that holds none."""
    tokens = [(quoted if quoted is not None else bare or "", switch or "")
              for quoted, switch, bare in ((m.group(1), m.group(2), m.group(3))
                                           for m in _TOKEN.finditer(instruction))]
    if not tokens or tokens[0][1]:
        return ""
    kind = tokens[0][0].upper()
    if kind in ("FILLIN", "ASK"):
        after_default = [index + 1 for index, (_, switch) in enumerate(tokens) if switch.lower() == "\\d"]
        words = [tokens[after_default[0]][0]] if after_default and after_default[0] < len(tokens) else []
    else:
        arguments = {"QUOTE": tokens[1:], "SET": tokens[2:]}.get(kind, [])
        words = []
        for word, switch in arguments:
            if switch:
                break
            words.append(word)
    value = " ".join(" ".join(words).replace('\\"', '"').split())
    if kind == "SET" and value and len(tokens) > 1:
        return f"{_BOOKMARK_WORDS.sub(' ', tokens[1][0]).strip()}: {value}"
    return value


def _field_kind(instruction: str) -> str:
    words = instruction.split()
    return words[0].upper() if words else ""


def _form_default(begin) -> str:
    default = begin.find(f"{_W}ffData/{_W}textInput/{_W}default")
    return " ".join((default.get(_W + "val") or "").split()) if default is not None else ""


def kept_value(instruction: str, default: str, result: str, stored: dict[str, str] | None = None) -> KeptText | None:
    """The value a field keeps (a form field's ``default``, else its instruction's) that its ``result`` does not
    show, None when it keeps none or shows it. A ``REF`` (or a bare bookmark's name) whose result is blank shows
    the value a ``SET`` of the document ``stored`` under its bookmark, where it stands: "Dear { REF holder }, ...
    your account at { REF addr }" reads as Word shows it once its fields are updated."""
    kind = _field_kind(instruction)
    shown = " ".join(result.split())
    if stored and not shown and (bookmark := _referenced_bookmark(instruction)) in stored:
        return KeptText(stored[bookmark], True)
    value = default if kind == "FORMTEXT" else instruction_value(instruction)
    if not value or value.casefold() in shown.casefold():
        return None
    return KeptText(value, kind in _SHOWN_IN_PLACE and not shown)


# a REF's bookmark ("REF holder \\h", "REF CustName \\* MERGEFORMAT") or a bare bookmark's name as a field's code
_REF = re.compile(r"\s*(?:REF\s+)?(?P<bookmark>[A-Za-z_][\w]*)\s*(?:\\.*)?$", re.I)
_NOT_BOOKMARKS = frozenset({"PAGE", "NUMPAGES", "DATE", "TIME", "TOC", "SET", "QUOTE", "FILLIN", "ASK", "FORMTEXT",
                            "MERGEFIELD", "HYPERLINK", "SEQ", "PAGEREF", "NOTEREF", "INCLUDEPICTURE", "SECTIONPAGES",
                            "AUTHOR", "TITLE", "FILENAME", "CREATEDATE", "SAVEDATE", "PRINTDATE", "FORMCHECKBOX"})


def _referenced_bookmark(instruction: str) -> str | None:
    """The bookmark a field's code shows the value of: ``REF name``, or a bookmark's name alone (Word reads
    "{ holder }" as "{ REF holder }")."""
    m = _REF.match(instruction)
    if not m or m.group("bookmark").upper() in _NOT_BOOKMARKS:
        return None
    return m.group("bookmark").casefold()


def stored_values(instructions) -> dict[str, str]:
    """The values a document's ``SET name "text"`` fields store, by bookmark name (folded): what its REFs show."""
    stored = {}
    for instruction in instructions:
        tokens = [m.group(1) if m.group(1) is not None else m.group(0) for m in _TOKEN.finditer(instruction)]
        if len(tokens) >= 3 and tokens[0].upper() == "SET" and not tokens[2].startswith("\\"):
            value = " ".join(tokens[2].replace('\\"', '"').split())
            if value:
                stored[tokens[1].casefold()] = value
    return stored


_DOCUMENT_SETS: dict[int, tuple[object, dict]] = {}  # the last document's stored values, by its root


def _document_sets(paragraph) -> dict:
    """The values the document's SETs store as each of its REFs reads them, by the REF's starting element (its
    ``fldChar begin`` or its ``fldSimple``): the last SET of a bookmark before the REF, else the document's last
    (a merge letter SETs the holder anew before each letter). Read once per document."""
    root = paragraph.getroottree().getroot()
    cached = _DOCUMENT_SETS.get(id(root))
    if cached is not None and cached[0] is root:
        return cached[1]
    current: dict[str, str] = {}
    seen: dict = {}
    fields: list[OpenField] = []

    def ended(begin, instruction: str) -> None:
        current.update(stored_values([instruction]))
        if _referenced_bookmark(instruction):
            seen[begin] = dict(current)

    for element in root.iter(_W + "instrText", _W + "fldChar", _W + "fldSimple"):
        if element.tag == _W + "fldSimple":
            ended(element, element.get(_W + "instr") or "")
        elif element.tag == _W + "instrText":
            if fields and not fields[-1].separated:
                fields[-1].instruction += element.text or ""
        elif (kind := element.get(_W + "fldCharType")) == "begin":
            fields.append(OpenField(element))
        elif kind == "separate" and fields:
            fields[-1].separated = True
        elif kind == "end" and fields:
            field = fields.pop()
            ended(field.begin, field.instruction)
    by_ref = {begin: {**current, **values} for begin, values in seen.items()} if current else {}
    _DOCUMENT_SETS.clear()
    _DOCUMENT_SETS[id(root)] = (root, by_ref)
    return by_ref


def kept_field_texts(paragraph) -> dict:
    """The values the paragraph's fields keep in their codes and do not show, by the element that starts each
    field (its ``fldChar begin`` or its ``fldSimple``); a REF shows what the document's SET stored."""
    kept = {}
    stored_by_ref = _document_sets(paragraph)
    open_fields: list[OpenField] = []  # fields begun and not ended, innermost last
    for element in paragraph.iter(_W + "fldChar", _W + "instrText", _W + "t", _W + "fldSimple"):
        if element.tag == _W + "fldSimple":
            result = "".join(t.text or "" for t in element.iter(_W + "t"))
            if found := kept_value(element.get(_W + "instr") or "", "", result, stored_by_ref.get(element)):
                kept[element] = found
        elif element.tag == _W + "instrText":
            if open_fields and not open_fields[-1].separated:
                open_fields[-1].instruction += element.text or ""
        elif element.tag == _W + "t":
            for field in open_fields:
                if field.separated:
                    field.result += element.text or ""
        elif (kind := element.get(_W + "fldCharType")) == "begin":
            open_fields.append(OpenField(element))
        elif kind == "separate" and open_fields:
            open_fields[-1].separated = True
        elif kind == "end" and open_fields:
            field = open_fields.pop()
            if found := kept_value(field.instruction, _form_default(field.begin), field.result,
                                   stored_by_ref.get(field.begin)):
                kept[field.begin] = found
    return kept
