"""The columns of a row laid out in text that lacks a cell in the middle: a blank phone, a missing date.

A PDF sets no text for an empty cell, so the row "Lazaro Ruiz | 6512 Elm Ln | 3636 3877 58" under "Customer |
Service Address | Phone | Account" comes one cell short, and read by position its account falls under "Phone", where
it is no one's phone and no account either. Each figure of the row is read under the column whose full row's figure
has its very shape (the same digits in the same groups), or else under the first whose figure is of its kind (a
phone where it is one, a date where it is one, another figure where it is neither): "3636 3877 58" under the
account's "598679291-6", not the phone's "951-744-5726". The columns keep their order; a cell no column's figure
matches keeps its place.
"""
from __future__ import annotations

import re

from ..labels import is_date
from .shapes import phone_spans

_DIGIT = re.compile(r"\d")


def _figure_shape(text: str) -> str | None:
    """A cell of figures alone as its shape ("9999 9999 99"); None for a cell with words."""
    text = text.strip()
    return None if not text or any(c.isalpha() for c in text) else _DIGIT.sub("9", text)


def _figure_kind(text: str) -> str:
    text = text.strip()
    if phone_spans(text) == [(0, len(text))]:
        return "phone"
    return "date" if is_date(text) else "figure"


def short_row_labels(texts: list[str], full: list[str], header: tuple[str, ...]) -> tuple[str, ...]:
    """The header's labels for the cells ``texts`` of a row shorter than the table's ``full`` row (its cells'
    texts, as many as the header's labels): each figure under the next column whose figure has its shape, or else
    its kind, when the cells after it still fit; the others in order after the one before."""
    labels, column = [], 0
    for i, text in enumerate(texts):
        shape = _figure_shape(text)
        fitting = range(column, len(header) - (len(texts) - i) + 1)  # the columns this cell may take
        if shape:
            match = next((k for k in fitting if _figure_shape(full[k]) == shape), None)
            if match is None:
                match = next((k for k in fitting if _figure_shape(full[k]) and
                              _figure_kind(full[k]) == _figure_kind(text)), None)
            column = match if match is not None else column
        labels.append(header[column])
        column += 1
    return tuple(labels)
