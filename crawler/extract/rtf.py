"""RTF (a letter saved from Word or WordPad) -> one segment per paragraph, with striprtf (BSD), which follows
the file's code page, its Unicode escapes and its font table's character sets.

striprtf leaves out what RTF keeps in "destinations" outside the body's flow, yet Word shows or prints:
page headers and footers, review comments (``\\annotation``), footnotes, text boxes, the document's
properties and the values fields keep in their codes. A text box is a shape's ``\\shptxt``; Word repeats it in
the shape's ``\\shprslt``, a drawing object for older readers, read only when the shape gave no text. Those groups
are found in the source here and each read on its own with striprtf, under the document's own prolog (code page and
font table), so that they are located as what they are.

A table's rows (``\\trowd ... cell\\cell ... \\row``) come out of striprtf as lines of cells each ended by a
bar ("Kathy Burke|W-259836-5|(440) 549-4031|689|"); a run of such lines, as many cells each, is read as the table
it is (``add_table``: a header row names its columns, each row a record), not as paragraphs.
"""
from __future__ import annotations

import re

from detectors.model import Location

from . import DocumentBuilder, TableCell, lay_out_table
from .fixed_width import lines_and_tables
from .office import FIELD_LINK, add_link_targets, property_label
from .text import read_table
from .text_fields import mend_cut_numbers
from .word_fields import instruction_value

# destination -> (how the report names it, hidden: why a reader does not see it, chrome: printed on every page)
_DESTINATIONS = {
    **{word: (name, None, True) for word, name in (
        ("header", "header"), ("headerl", "left-page header"), ("headerr", "right-page header"),
        ("headerf", "first-page header"), ("footer", "footer"), ("footerl", "left-page footer"),
        ("footerr", "right-page footer"), ("footerf", "first-page footer"))},
    "annotation": ("comment", "comment", False),
    "footnote": ("footnote", None, False),
    "shptxt": ("text box", None, False),
    "dptxbxtext": ("text box", None, False),
    **{word: ("document properties", "document properties", False) for word in (
        "title", "subject", "author", "operator", "keywords", "comment", "doccomm", "company", "manager",
        "category")},
    "userprops": ("custom properties", "document properties", False),
    "fldinst": ("field code", "field code", False),
}
_SHAPE_TEXT, _SHAPE_FALLBACK = "shptxt", "shprslt"
_GROUP_START = re.compile(r"\{(\\\*)?\\([a-z]+)(-?\d+)? ?")
_FONT_TABLE = re.compile(r"\{\\fonttbl")
_CODE_PAGE = re.compile(r"\\ansicpg\d+")
_TOKEN = re.compile(r"\\bin(\d+) ?|\\.|[{}]", re.DOTALL)  # what decides where a group ends


def extract_rtf(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    from striprtf.striprtf import rtf_to_text

    # RTF is 7-bit text (a stray 8-bit byte stays one character); a character its code page cannot decode is
    # replaced, not an error
    source = body.decode("latin-1")
    body_text = rtf_to_text(source, errors="replace")
    _paragraphs(builder, body_text, lambda n: f"paragraph {n}")
    prolog = _prolog(source)
    counts: dict[str, int] = {}
    for word, inner in _destination_groups(builder, source):
        name, hidden, chrome = _DESTINATIONS[word]
        counts[name] = counts.get(name, 0) + 1
        if word == "userprops":
            _custom_properties(builder, prolog, inner)
            continue
        if word == "fldinst":
            _field_value(builder, prolog, inner, body_text, counts[name])
            continue
        text = rtf_to_text(prolog + inner + "}", errors="replace")
        if hidden == "document properties":
            value = " ".join(text.split())
            builder.add(value, Location(element=name), hidden=hidden, label=word)
            if word == "title" and value:
                builder.document.title = builder.document.title or value
            continue
        number = counts[name]
        _paragraphs(builder, text, lambda n: f"{name} {number}, paragraph {n}",
                    hidden=hidden, chrome=chrome)
        if builder.full:
            return
    add_link_targets(builder, [m.group(1) for m in FIELD_LINK.finditer(source)])  # a field's code is not shown


# one custom property of ``{\*\userprops ...}``: ``{\propname Service Address}\proptype30{\staticval 2925 ...}``
_USER_PROPERTY = re.compile(r"\{\\propname\s?((?:[^{}\\]|\\.)*)\}.*?\{\\staticval\s?((?:[^{}\\]|\\.)*)\}", re.DOTALL)


def _custom_properties(builder: DocumentBuilder, prolog: str, inner: str) -> None:
    """The custom properties Word writes in ``{\\*\\userprops}`` (File > Properties > Custom), each value labelled
    by its name's words as a DOCX's custom properties are, the whole one record."""
    from striprtf.striprtf import rtf_to_text

    location = Location(element="custom properties")
    values = []
    for name, value in _USER_PROPERTY.findall(inner):
        text = " ".join(rtf_to_text(prolog + value + "}", errors="replace").split())
        if text:
            label = property_label(" ".join(rtf_to_text(prolog + name + "}", errors="replace").split()))
            values.append(builder.add(text, location, hidden="document properties", label=label))
    builder.add_record(values, location)


# a legacy text form field's default text, in its formfield group: ``{\*\ffdeftext Ana Ruiz}``
_FORM_DEFAULT = re.compile(r"\{\\\*\\ffdeftext\s?((?:[^{}\\]|\\.)*)\}")


def _field_value(builder: DocumentBuilder, prolog: str, inner: str, body_text: str, number: int) -> None:
    """The value a field's code keeps (``{\\*\\fldinst ...}``: a QUOTE's text, a FILLIN's default answer, a
    form field's default text; :mod:`.word_fields`), read as a hidden "field code" segment when the text striprtf
    read does not show it: the field's result, all a reader sees of it, may be blank or stale."""
    from striprtf.striprtf import rtf_to_text

    default = _FORM_DEFAULT.search(inner)
    value = (" ".join(rtf_to_text(prolog + default.group(1) + "}", errors="replace").split()) if default
             else instruction_value(" ".join(rtf_to_text(prolog + inner + "}", errors="replace").split())))
    if value and value.casefold() not in " ".join(body_text.split()).casefold():
        builder.add(value, Location(element=f"field code {number}"), hidden="field code")


def _paragraphs(builder: DocumentBuilder, text: str, where, *, hidden: str | None = None,
                chrome: bool = False) -> None:
    """``text``'s paragraphs and tables, each located by ``where(its number)``: "paragraph 3"."""
    paragraphs = 0
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    for run in _runs(lines):
        if builder.full:
            return
        if isinstance(run, list):
            paragraphs += 1
            layout = lay_out_table([[TableCell(cell) for cell in row] for row in run])
            builder.add_table(run, layout, f"{where(paragraphs)} > table", hidden=hidden, chrome=chrome)
            continue
        # a number cut at its dash by a line's end (\line or \par) is made whole in the first line's paragraph
        mended = mend_cut_numbers(run.split("\n"), at_space=False)
        for index, table in lines_and_tables(mended, headerless=True):
            if table is not None:  # lines of cells a tab or a run of spaces apart: a list typed as columns
                paragraphs += 1
                read_table(builder, mended, table, f"{where(paragraphs)} > table", hidden=hidden, chrome=chrome)
            elif paragraph := " ".join(mended[index].split()):
                paragraphs += 1
                builder.add(paragraph, Location(element=where(paragraphs)), hidden=hidden, chrome=chrome)
            if builder.full:
                return


def _runs(lines: list[str]):
    """The text's runs in order: a table's rows (lists of cells) for two lines or more of as many bar-ended cells,
    else its lines joined by newlines. One such line alone is text, as it is ("Reply: Yes | No |")."""
    text: list[str] = []
    rows: list[tuple[str, list[str]]] = []  # (line, its cells)
    for line in [*lines, None]:
        cells = None if line is None else _row_cells(line)
        if cells is not None and (not rows or len(cells) == len(rows[0][1])):
            rows.append((line, cells))
            continue
        if len(rows) >= 2:
            if text:
                yield "\n".join(text)
            text = []
            yield [cells for _, cells in rows]
        else:
            text += [row_line for row_line, _ in rows]
        rows = [] if cells is None else [(line, cells)]
        if cells is None and line is not None:
            text.append(line)
    if text:
        yield "\n".join(text)


def _row_cells(line: str) -> list[str] | None:
    """The cells of a table row as striprtf writes it, each cell ended by a bar (two cells at least), or None."""
    line = line.strip()
    if not line.endswith("|") or line.count("|") < 2:
        return None
    return [" ".join(cell.split()) for cell in line[:-1].split("|")]


def _prolog(source: str) -> str:
    """The document's opening up to its font table's end, which a group read on its own needs for its
    characters: ``{\\rtf1\\ansi\\ansicpg1252{\\fonttbl...}``."""
    match = _FONT_TABLE.search(source)
    if match:
        end = _group_end(source, match.start())
        if end is not None:
            return source[:end]
    code_page = _CODE_PAGE.search(source[:2048])
    return "{\\rtf1\\ansi" + (code_page.group() if code_page else "")


def _destination_groups(builder: DocumentBuilder, source: str):
    """(destination word, the group's content after its word) of every group holding text that striprtf
    leaves out, in the order they appear; groups inside them are read with them. A shape's fallback drawing after
    its text was read is skipped."""
    position = 0
    shape_text_read = False
    while True:
        start = source.find("{", position)
        if start < 0:
            return
        if start and _escaped(source, start):
            position = start + 1
            continue
        match = _GROUP_START.match(source, start)
        if match and match.group(2) == _SHAPE_FALLBACK and shape_text_read:
            shape_text_read = False
            position = _group_end(source, start) or start + 1  # the same text box again, drawn for old readers
            continue
        if not match or match.group(2) not in _DESTINATIONS:
            position = start + 1
            continue
        shape_text_read = match.group(2) == _SHAPE_TEXT
        end = _group_end(source, start)
        if end is None:
            builder.not_checked(f"RTF {_DESTINATIONS[match.group(2)][0]} group is never closed: not read")
            return
        yield match.group(2), source[match.end():end - 1]
        position = end


def _group_end(source: str, start: int) -> int | None:
    """The index after the brace that closes the group opened at ``start``; escaped braces (``\\{``) and
    ``\\bin`` data are no braces."""
    depth = 0
    position = start
    while True:
        token = _TOKEN.search(source, position)
        if token is None:
            return None
        position = token.end()
        if token.group(1) is not None:
            position += int(token.group(1))  # binary data: skipped whole
        elif token.group() == "{":
            depth += 1
        elif token.group() == "}":
            depth -= 1
            if depth == 0:
                return position


def _escaped(source: str, index: int) -> bool:
    """The character at ``index`` follows an odd run of backslashes: ``\\{`` is a literal brace."""
    backslashes = 0
    while index - backslashes - 1 >= 0 and source[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1
