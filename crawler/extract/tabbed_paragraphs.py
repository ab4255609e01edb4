"""Paragraphs of a word processor's document that are a table typed with tabs: a header line and rows, each one's
cells parted by tabs ("Customer<TAB>Service Address<TAB>Phone<TAB>Account"), as a list pasted as plain text from a
billing system or a spreadsheet lands in a memo. The document shows them as columns; read as sentences, with the
tabs folded to spaces, a row's account at its end is a number without a label and its name a name without a role.
A run of two paragraphs or more with the same count of tab-parted cells (two or more), the first of them a column
header row (``looks_like_header_row``), is read as a table under that header; any other paragraph as text."""
from __future__ import annotations

import re

from . import looks_like_header_row

_TABS = re.compile(r"[ ]*\t[\t ]*")


def tabbed_blocks(paragraphs: list[str]) -> list[str | list[list[str]]]:
    """``paragraphs`` (their tabs kept) as blocks in order: a paragraph's text, spaces and tabs folded to one space
    each, or a table as its rows of cell texts."""
    blocks: list[str | list[list[str]]] = []
    index = 0
    while index < len(paragraphs):
        header = _cells(paragraphs[index])
        end = index + 1
        if len(header) >= 2 and looks_like_header_row(header):
            while end < len(paragraphs) and len(_cells(paragraphs[end])) == len(header):
                end += 1
        if end - index >= 2:
            blocks.append([_cells(paragraph) for paragraph in paragraphs[index:end]])
        else:
            blocks.append(folded(paragraphs[index]))
        index = end
    return blocks


def folded(text: str) -> str:
    """A paragraph's text, spaces and tabs collapsed on each line (a line break stays)."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


def _cells(paragraph: str) -> list[str]:
    """A one-line paragraph's cells, parted by tabs (a run of tabs that aligns a column is one); none for a paragraph
    of lines."""
    text = paragraph.strip(" ")
    if "\n" in text or "\t" not in text.strip("\t"):
        return []
    return [" ".join(cell.split()) for cell in _TABS.split(text.strip("\t"))]
