"""A screenshot of a spreadsheet read by OCR: the program's column letters and row numbers left out.

A blog post, a staff report or a page shows a sheet as a screenshot (a past-due list pasted from Excel): OCR reads
the bar of column letters over it ("A B C D E") as a line of its own and each row's number as its first cell
("1 Account Name Service Address ...", "2 Ana Ruiz 1719 W. Pasadena St ..."), so the header row names no column and
every row is one cell longer than its header. The sheet's own rows are those lines without their numbers, the
letters' bar no line of the sheet.
"""
from __future__ import annotations

import re

_ROW_NUMBER = re.compile(r"(\d{1,5})[.,:]?")  # OCR may read a speck after it ("3.")


def sheet_rows(texts: list[str]) -> list[str]:
    """``texts`` (a picture's lines, cells a tab apart) with each spreadsheet's bar of column letters (three or more
    letters in order from any column, "A B C D", "C D E F") made empty, and the row numbers that open the lines
    under it, counting up one by one, dropped; other lines as they are. A first row with fewer cells than a row under
    it is no header (a caption OCR did not read would shift the others onto the wrong columns): left out, the
    rows are read by their values' shapes."""
    texts = list(texts)
    for index, text in enumerate(texts):
        if not _letters_bar(text):
            continue
        numbered = []
        for below in range(index + 1, len(texts)):
            first, tab, rest = texts[below].partition("\t")
            number = _ROW_NUMBER.fullmatch(first.strip())
            if not tab or not number or (numbered and int(number.group(1)) != numbered[-1][1] + 1):
                break
            numbered.append((below, int(number.group(1))))
        if len(numbered) >= 2:
            for below, _ in numbered:
                texts[below] = texts[below].partition("\t")[2]
            header, *rows = (below for below, _ in numbered)
            if texts[header].count("\t") < max(texts[row].count("\t") for row in rows):
                texts[header] = ""  # OCR lost a column's caption: the rest would name the wrong columns
            texts[index] = ""
    return texts


def _letters_bar(text: str) -> bool:
    cells = [cell.strip() for cell in text.split("\t")]
    if len(cells) < 3 or not all(len(cell) == 1 and "A" <= cell <= "Z" for cell in cells):
        return False
    return all(ord(after) == ord(before) + 1 for before, after in zip(cells, cells[1:]))
