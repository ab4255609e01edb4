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


def kept_value(instruction: str, default: str, result: str) -> KeptText | None:
    """The value a field keeps (a form field's ``default``, else its instruction's) that its ``result`` does not
    show, None when it keeps none or shows it."""
    kind = _field_kind(instruction)
    value = default if kind == "FORMTEXT" else instruction_value(instruction)
    shown = " ".join(result.split())
    if not value or value.casefold() in shown.casefold():
        return None
    return KeptText(value, kind in _SHOWN_IN_PLACE and not shown)


def kept_field_texts(paragraph) -> dict:
    """The values the paragraph's fields keep in their codes and do not show, by the element that starts each
    field (its ``fldChar begin`` or its ``fldSimple``)."""
    kept = {}
    open_fields: list[OpenField] = []  # fields begun and not ended, innermost last
    for element in paragraph.iter(_W + "fldChar", _W + "instrText", _W + "t", _W + "fldSimple"):
        if element.tag == _W + "fldSimple":
            result = "".join(t.text or "" for t in element.iter(_W + "t"))
            if found := kept_value(element.get(_W + "instr") or "", "", result):
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
            if found := kept_value(field.instruction, _form_default(field.begin), field.result):
                kept[field.begin] = found
    return kept
