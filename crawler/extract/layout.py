"""Words with boxes -> the visual lines a reader sees, in reading order, for PDF pages and OCR'd images alike.

Pieces of text on the same visual line are joined (with a tab between distant ones) even when the
file or the OCR engine gives them as separate runs, so that "Account No.:" and its value, or the cells
of a table row, stay one segment. Columns of prose side by side (a newsletter, a staff report) are the
exception: there a visual line holds two sentences that have nothing to do with each other, so such a
region is read column by column (``columns``). A table header whose cells wrap onto two lines is read as
one header row (``joined_headers``), and so is a table row whose cells wrap or are broken by hand
(``table_rows``), and a register's record whose address is indented under it (``indented_records``). A line whose
cells touch (a bold header that fills its column) is split where the rows under it show their columns
(``column_cells``). A form's or
a bill's label and its value far apart on one baseline are one field: the value labelled by it (``form_rows``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from statistics import median

from detectors.context.headers import header_kind
from detectors.model import Location, Segment

from . import is_label_like, label_text

# a gap, in multiples of the text height, up to which two words are one word, then one phrase; wider is a tab
_TOUCHING = 0.1
_WORD_GAP = 1.0
# a word starting this many text heights left of the end of the one before it is drawn over it: a table cell's
# text that overflows into the next column, under that column's own text, which is the next cell (a tab)
_OVERPRINT = 0.25
# a gutter between columns: at least this wide (in text heights), free of text over at least _COLUMN_LINES lines; as
# narrow as a column gap of spaces (_SPACED_HEIGHTS): columns of 10-point prose a 9-point gutter apart are columns
_GUTTER = 0.6
_COLUMN_LINES = 3
# the lines of a sidebar's list stand closer under each other than this (in text heights): no blank line between
_LIST_GAP = 1.0
# entries of several lines set in two columns of one list: at least this many entries a column
_ENTRIES = 2
# a table's cells on a line, as many at least on most of the lines of one side of a gutter: a table, not a list
_TABLE_CELLS = 3
# a vertical gap wider than this (in line heights) ends a region of columns (a footer set apart below them)
_REGION_BREAK = 2.5
# prose: lines of at least this many words (median), most of them broken where the next word would not fit,
# and many going on with a lower-case word
_PROSE_WORDS = 3
_PROSE_WRAPPED = 0.6
_PROSE_LOWER = 0.25  # share of lines that go on with a lower-case word
_INDENT = 4.0  # a paragraph's first line starts this many text heights right of its column's margin, at most
_STRAYS = 0.25  # the share of a column's lines that may start left of its margin, another column's cells
_SENTENCE_END = re.compile(r"[.!?:;)\]\"'\u201d]$")
# two stacked lines are one cell's wrapped text when the gap between them is under this share of a line height
_STACKED = 0.6
_HEADER_WORDS = 4  # words on one line of a header cell, at most
# a wrapped table cell lines up with its row's anchor line within this share of a line height
_ALIGNED = 0.3
_SPACE = 0.25  # the width of a space, in text heights
# a gap in a run of words this many times its narrowest word gap, and this many text heights at least, sets two
# columns apart: a fixed-width table drawn a line a run ("UUT-4400   Joseph Burns   1420 W Holt Ave"), its columns
# apart by three spaces or more where a gap of two (a sentence's end) is no column's
_SPACED = 2.5
_SPACED_HEIGHTS = 0.6
_LINE_END = 0.25  # share of the gap between two columns' text that a line of a cell may reach into
_FIGURE = re.compile(r"[-+$(]*[\d.,]+[%)]*$")  # an amount, a count, a percentage
# an e-mail address cut by a cell's line end: its first line ends in the address's characters, the rest goes on
# with a lower-case letter, a digit, a dot or the at sign
_EMAIL_START = re.compile(r"[\w.@-]$")
_EMAIL_REST = re.compile(r"[a-z0-9.@]([\w.@-]*[a-z])?$")
_LIST_NUMBER = re.compile(r"\(?(\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]$")
_PROSE_LINE = 8  # words a line (median) from which a column is prose, not table cells
_SENTENCE_WORDS = 5  # words a line (median) of a column of sentences beside prose
# a transcript's margin numbers: a number of one or two digits, counting up over this many lines at least
_LINE_NUMBER = re.compile(r"\d{1,2}")
_NUMBERED_LINES = 3
_BLANK_LINES = 2  # numbered blank lines a transcript's margin may skip within its run of numbers
# a justified line: at least this many words, its gaps alike within this share of the text height and narrower
# than this many text heights (wider ones are a row of one-word cells of one width: a table of letters)
_JUSTIFIED_WORDS = 4
_ALIKE_GAPS = 0.1
_JUSTIFIED_GAP = 3.0
_PROSE_WORD_LENGTH = 3  # characters a word of prose has on average, at least
# a short line of a justified paragraph: its edges within this many text heights of the prose line before or after
# it, one of the two lines above or below it, which stands this many text heights (from, to) away
_EDGE = 0.3
_NEXT_LINE = (0.8, 5.0)
# a register's record: its line of cells, then up to this many lines indented under its first cell (an address);
# a page of such records holds this many at least
_RECORD_LINES = 3
_RECORDS = 2
# a form's block: at least this many consecutive lines of label and value, each label naming a customer's field
_FORM_LINES = 2
_FIELD_KINDS = frozenset({"name", "address", "phone", "email", "contact", "account", "usage", "identifier"})


@dataclass(slots=True)
class Word:
    """A run of text without spaces and its box (y grows upwards, as in PDF user space)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(slots=True)
class Piece:
    """Words of one run of text, left to right, close enough to be read as a phrase."""

    words: list[Word]
    x0: float
    y0: float
    x1: float
    y1: float
    # a table cell gathered from several lines, or set apart from the one before by a column gap of spaces: a tab
    # sets it apart from its neighbours
    cell: bool = False

    @property
    def height(self) -> float:
        return self.y1 - self.y0


# a form's comb of boxes, one digit a box ("3 5 8 4 4 0 8 8 1 6" under "Account No."): at least this many digits, one
# a word, their pitch alike within this share of it and at most this many text heights (a table's columns of one
# digit stand wider apart)
_COMB_DIGITS = 6
_COMB_ALIKE = 0.1
_COMB_PITCH = 2.0


def _combs_joined(run: list[Word]) -> list[Word]:
    """The run with each comb of digits (see ``_COMB_DIGITS``) made one word: the number a customer wrote into a
    form's boxes, one digit a box, is one number, not as many cells."""
    if sum(len(word.text) == 1 and word.text.isdigit() for word in run) < _COMB_DIGITS:
        return run  # most runs: cheap to tell
    joined: list[Word] = []
    index = 0
    while index < len(run):
        end = index
        while end < len(run) and len(run[end].text) == 1 and run[end].text.isdigit():
            end += 1
        comb = run[index:end]
        if len(comb) >= _COMB_DIGITS and _comb_pitch(comb):
            first, last = comb[0], comb[-1]
            word = replace(first, text="".join(w.text for w in comb), x1=last.x1,
                           y0=min(w.y0 for w in comb), y1=max(w.y1 for w in comb))
            if hasattr(last, "end"):
                word.end = last.end
            joined.append(word)
            index = end
        else:
            joined.append(run[index])
            index += 1
    return joined


def _comb_pitch(comb: list[Word]) -> bool:
    """Whether digits one a word stand at one pitch, narrow for their height, as a comb's boxes set them."""
    pitches = [b.x0 - a.x0 for a, b in zip(comb, comb[1:])]
    height = max(w.y1 - w.y0 for w in comb)
    return min(pitches) > 0 and max(pitches) - min(pitches) <= _COMB_ALIKE * max(pitches) and \
        max(pitches) <= _COMB_PITCH * height


# a word set letter-spaced, one letter a word ("A c c o u n t   N o ."): at least this many letters, one a word, at
# gaps alike within this share of the narrowest and at most this many text heights; a gap this many times the
# letters' own at least parts two of its words ("C u s t o m e r   N a m e :"), which are one phrase still
_SPACED_LETTERS = 4
_LETTER_GAP = 0.4
_LETTERS_ALIKE = 0.5
_SPACED_WORD_BREAK = 1.8


def _letters_joined(run: list[Word]) -> list[Word]:
    """The run with each phrase set letter-spaced (see ``_SPACED_LETTERS``) made one word, its words parted by one
    space: a heading or a label drawn with wide character spacing ("S e r v i c e   A d d r e s s :") is its words,
    not a row of one-letter cells, and its label is read beside the value after it."""
    if sum(len(word.text) == 1 for word in run) < _SPACED_LETTERS:
        return run  # most runs: cheap to tell
    joined: list[Word] = []
    index = 0
    while index < len(run):
        end = index + 1
        while end < len(run) and len(run[end].text) == 1 and len(run[index].text) == 1 and \
                _letter_spaced(run[end - 1], run[end]):
            end += 1
        letters = run[index:end]
        if sum(w.text.isalpha() for w in letters) >= _SPACED_LETTERS and (words := _spaced_words(letters)):
            first, last = letters[0], letters[-1]
            word = replace(first, text=words, x1=last.x1, y0=min(w.y0 for w in letters),
                           y1=max(w.y1 for w in letters))
            if hasattr(last, "end"):
                word.end = last.end
            joined.append(word)
        else:
            joined.extend(letters)
        index = end
    return joined


def _letter_spaced(before: Word, after: Word) -> bool:
    """Whether two one-character words stand as a letter-spaced phrase's neighbours: on one baseline, at most a word
    gap of the wide kind apart (``_LETTER_GAP`` times ``_SPACED_WORD_BREAK`` text heights)."""
    height = max(before.y1 - before.y0, after.y1 - after.y0, 1.0)
    gap = after.x0 - before.x1
    return 0 < gap <= _LETTER_GAP * _SPACED_WORD_BREAK * height and abs(after.y0 - before.y0) < 0.5 * height


def _spaced_words(letters: list[Word]) -> str | None:
    """The words of one-character words set at one letter gap, a wider gap (``_SPACED_WORD_BREAK``) parting words;
    None when the letters' gaps are no one gap (a row of one-letter cells) or too wide for letter spacing."""
    gaps = [b.x0 - a.x1 for a, b in zip(letters, letters[1:])]
    narrow = min(gaps)
    height = max(w.y1 - w.y0 for w in letters)
    letter_gaps = [gap for gap in gaps if gap < _SPACED_WORD_BREAK * narrow]
    if narrow > _LETTER_GAP * height or max(letter_gaps) - narrow > _LETTERS_ALIKE * narrow:
        return None
    words = [letters[0].text]
    for gap, letter in zip(gaps, letters[1:]):
        words[-1:] = [words[-1] + letter.text] if gap < _SPACED_WORD_BREAK * narrow else [words[-1], letter.text]
    if any(len(word) < 2 for word in words):
        return None  # one letter standing apart: initials, a list's letters, not a spaced word
    return " ".join(words)


def pieces_of(runs: list[list[Word]]) -> list[Piece]:
    """Split runs of words (a PDF text line, an OCR line) where a gap is wider than a word gap or the
    next word leaves the run's height: the cells of a table row, a value set apart from its label. A comb of
    digits is one word (``_combs_joined``)."""
    pieces: list[Piece] = []
    # min(), max() and the heights written out: this runs once per word of every PDF page
    runs = [_letters_joined(_combs_joined(run)) for run in runs]
    for index, run in enumerate(runs):
        current: Piece | None = None
        spaced, phrase_gap = _run_gaps(run, runs[max(index - 2, 0):index] + runs[index + 1:index + 3])
        for word in run:
            if current is not None:
                current_height, word_height = current.y1 - current.y0, word.y1 - word.y0
                lower = word_height if word_height < current_height else current_height
                gap = (word.x0 - current.x1) / (1.0 if 1.0 > lower else lower)
                overlap = (word.y1 if word.y1 < current.y1 else current.y1) - \
                    (word.y0 if word.y0 > current.y0 else current.y0)
                if word.x0 - current.x1 >= spaced:
                    current = Piece([word], word.x0, word.y0, word.x1, word.y1, cell=True)
                    pieces.append(current)
                    continue
                if -_OVERPRINT <= gap < phrase_gap and overlap >= 0.5 * lower:
                    current.words.append(word)
                    if word.x1 > current.x1:
                        current.x1 = word.x1
                    if word.y0 < current.y0:
                        current.y0 = word.y0
                    if word.y1 > current.y1:
                        current.y1 = word.y1
                    continue
            current = Piece([word], word.x0, word.y0, word.x1, word.y1)
            pieces.append(current)
    return pieces


def _run_gaps(run: list[Word], neighbours: list[list[Word]]) -> tuple[float, float]:
    """The gap from which two words of a run are in two columns of a table set with spaces (``_column_gap``),
    and the one (in text heights) up to which they are one phrase (``_justified_gap``, ``_short_justified_gap``
    ``justified_short_line`` for a run of two or three words, read beside the runs before and after it)."""
    if len(run) < 2:
        return float("inf"), _WORD_GAP
    height = max(min([w.y1 - w.y0 for w in run]), 1.0)
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
    if len(run) < _JUSTIFIED_WORDS:
        stretched = justified_short_line(run, neighbours)
        return _column_gap(gaps, height), max(gaps) / height + _TOUCHING if stretched else _WORD_GAP
    return _column_gap(gaps, height), _justified_gap(run, gaps, height)


def _column_gap(gaps: list[float], height: float) -> float:
    """_SPACED times the run's narrowest word gap; infinite for a run that shows fewer than two word gaps to
    compare."""
    spaced = [gap for gap in gaps if gap > _TOUCHING * height]
    return max(_SPACED * min(spaced), _SPACED_HEIGHTS * height) if len(spaced) >= 2 else float("inf")


def _justified_gap(run: list[Word], gaps: list[float], height: float) -> float:
    """_WORD_GAP, or for a line of justified prose in a narrow column, whose word spacing widens every gap alike
    and may widen it past a word gap, just over its gaps. Such a line has gaps all alike, words of a few letters
    each, and a quarter of them at least in lower case (a name in a narrow column fills most of a line:
    "Alejandro Ibarra of 5640"); the cells of a table row are set apart by gaps that differ, or
    hold names, figures or single letters."""
    if len(run) < _JUSTIFIED_WORDS:
        return _WORD_GAP
    widest, narrowest = max(gaps), min(gaps)
    if not _WORD_GAP * height <= widest < _JUSTIFIED_GAP * height or widest - narrowest > _ALIKE_GAPS * height or \
            sum(w.text[0].islower() for w in run) < _PROSE_LOWER * len(run) or \
            sum(len(w.text) for w in run) < _PROSE_WORD_LENGTH * len(run):
        return _WORD_GAP
    return widest / height + _TOUCHING


def justified_short_line(run: list[Word], neighbours: list[list[Word]]) -> bool:
    """Whether a line of two or three words is one inside a paragraph of justified prose in a narrow column
    ("customer          Tomasz"): its few gaps, alike, are stretched over the whole column, so the line alone
    says nothing, but it starts and ends where a prose line just above or below it does (the last line of a
    paragraph, not stretched, ends short). A table's row beside prose ends at its last cell, not at the
    paragraph's right edge, and a table's neighbouring rows are no prose."""
    if not 2 <= len(run) < _JUSTIFIED_WORDS:
        return False
    height = max(min([w.y1 - w.y0 for w in run]), 1.0)
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
    if max(gaps) - min(gaps) > _ALIKE_GAPS * height or max(gaps) < _WORD_GAP * height:
        return False
    return any(len(other) >= 2 and _prose_run(other, height)
               and abs(other[0].x0 - run[0].x0) <= _EDGE * height and abs(other[-1].x1 - run[-1].x1) <= _EDGE * height
               and _NEXT_LINE[0] * height <= abs(other[0].y0 - run[0].y0) <= _NEXT_LINE[1] * height
               for other in neighbours)


def _prose_run(run: list[Word], height: float) -> bool:
    """A run of words that reads as a line of prose: gaps alike and narrower than _JUSTIFIED_GAP text heights,
    a quarter of the words or more in lower case, words of a few letters each."""
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
    return max(gaps) < _JUSTIFIED_GAP * height and max(gaps) - min(gaps) <= _ALIKE_GAPS * height and \
        sum(w.text[0].islower() for w in run) >= _PROSE_LOWER * len(run) and \
        sum(len(w.text) for w in run) >= _PROSE_WORD_LENGTH * len(run)


def visual_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """Group pieces whose vertical extents overlap by half into visual lines, top to bottom, each
    ordered left to right. A piece joins a line when it overlaps the line's first (topmost) piece or the line's
    piece nearest to it across: on a page scanned a little askew a row drifts up or down from one column to the
    next ("NAME" a line height lower than "PHONE" across the page), and only its neighbours stay level with it."""
    groups: list[list[Piece]] = []
    anchor = None
    for piece in sorted(pieces, key=lambda item: (-item.y1, item.x0)):
        if anchor is not None and (_level(anchor, piece) or _level(_nearest_across(groups[-1], piece), piece)):
            groups[-1].append(piece)
            continue
        groups.append([piece])
        anchor = piece
    for group in groups:
        group.sort(key=lambda item: item.x0)
    return groups


def _level(one: Piece, other: Piece) -> bool:
    """Whether two pieces' vertical extents overlap by half of the lower one's height (min() and max() written
    out: this runs for every piece of a page)."""
    one_height, other_height = one.y1 - one.y0, other.y1 - other.y0
    return (other.y1 if other.y1 < one.y1 else one.y1) - (other.y0 if other.y0 > one.y0 else one.y0) >= \
        0.5 * (other_height if other_height < one_height else one_height)


def _nearest_across(line: list[Piece], piece: Piece) -> Piece:
    """The piece of a line whose horizontal extent is closest to ``piece``'s."""
    return min(line, key=lambda other: max(other.x0 - piece.x1, piece.x0 - other.x1, 0.0))


def reading_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """The visual lines of a page in reading order: a transcript's margin numbers left out, columns of prose one
    after another, a table header that wraps as one row, a table row whose cells wrap as one line, a record whose
    address is indented under it as one line."""
    lines = _without_line_numbers(visual_lines(pieces))
    return indented_records(column_cells(table_rows(joined_headers(columns(lines)))))


def _without_line_numbers(lines: list[list[Piece]]) -> list[list[Piece]]:
    """Lines with the numbers of a numbered page's margin left out. A court reporter's transcript or a pleading
    numbers every line 1 to 28 in a column left of the text; read as a table's first column, each line of the
    speech would be a row of its own and nothing in it would reach the next line. Such numbers count up by
    one from line to line over _NUMBERED_LINES lines at least, each alone left of all the line's text, and the
    text beside them reads as lines of speech (_SENTENCE_WORDS words a line, median), not a numbered table's
    short cells."""
    kept = list(lines)
    start = 0
    while start < len(lines):
        end = _numbered_run(lines, start)
        if end - start >= _NUMBERED_LINES and _speech_beside(lines[start:end]):
            kept[start:end] = [line[1:] for line in lines[start:end]]
        start = max(end, start + 1)
    return kept


def _numbered_run(lines: list[list[Piece]], start: int) -> int:
    """The line after the last of the run of lines from ``start`` whose first pieces, a margin number alone left
    of the line's text, count up (``start`` itself when its line has no such number): by one, or past the numbers
    of up to _BLANK_LINES blank lines, which the text layer leaves out with their empty line (a speaker's turn
    ends on line 5, the next opens on line 7)."""
    end, number = start, None
    while end < len(lines) and (found := _margin_number(lines[end])) is not None and \
            (number is None or number < found <= number + 1 + _BLANK_LINES):
        number, end = found, end + 1
    return end


def _margin_number(line: list[Piece]) -> int | None:
    """The number a line starts with when it stands alone in its piece before more text: "12" in "12 | MR.
    OKAFOR: Thank you"."""
    if len(line) < 2 or not _LINE_NUMBER.fullmatch(piece_text(line[0])):
        return None
    return int(piece_text(line[0]))


def _speech_beside(lines: list[list[Piece]]) -> bool:
    """Whether the text beside margin numbers is lines of speech or prose: a median line of _SENTENCE_WORDS words
    or more, most lines in one or two pieces (a speaker's label set apart from what they say). A numbered
    table's row holds short cells, three and more of them."""
    rest = [line[1:] for line in lines]
    return median([sum(len(p.words) for p in line) for line in rest]) >= _SENTENCE_WORDS and \
        2 * sum(len(line) <= 2 for line in rest) > len(rest)


def column_cells(lines: list[list[Piece]]) -> list[list[Piece]]:
    """Lines with each line of a table whose cells touch split into the table's cells. A header set in bold
    that nearly fills its column comes within a space of the next header ("kWh (12 mo) Balance"), so the
    line holds one cell fewer than the rows under it and its columns no longer line up with theirs. The
    rows' cells show where the columns are: a gap that every row leaves at the same x is a column edge, even
    where the line's gap is one space. A line of two cells or more is split there when that gives it exactly
    one cell a column, its cells in the columns' order; prose, a caption of one piece, and a row that only
    leaves a cell empty are left as they are."""
    split = list(lines)
    for index, line in enumerate(lines):
        for step in (1, -1):
            if len(line) < 2 or not 0 <= index + step < len(lines) or len(lines[index + step]) <= len(line):
                continue
            rows = _rows_beside(lines, index, step)
            gutters = _gutters_of(rows) if len(rows) >= 2 else None
            cells = _split_at(line, gutters) if gutters else None
            if cells is not None:
                split[index] = cells
                break
    return split


def _rows_beside(lines: list[list[Piece]], index: int, step: int) -> list[list[Piece]]:
    """The lines next to line ``index`` in direction ``step`` that hold as many pieces as the first of them,
    none set apart from the one before. Walked only from a line with fewer pieces than its neighbour."""
    rows: list[list[Piece]] = []
    before, at = lines[index], index + step
    while 0 <= at < len(lines) and (not rows or len(lines[at]) == len(rows[0])):
        upper, lower = (before, lines[at]) if step > 0 else (lines[at], before)
        if _set_apart(upper, lower):
            break
        rows.append(lines[at])
        before, at = lines[at], at + step
    return rows


def _gutters_of(rows: list[list[Piece]]) -> list[tuple[float, float]] | None:
    """Between each two neighbouring columns of rows of the same number of pieces, the gap all of them leave
    free ([right edge of the widest cell, left edge of the leftmost next cell]), or None when the rows'
    pieces do not stand in columns."""
    gutters = []
    for k in range(len(rows[0]) - 1):
        left, right = max(row[k].x1 for row in rows), min(row[k + 1].x0 for row in rows)
        if left >= right:
            return None
        gutters.append((left, right))
    return gutters


def _split_at(line: list[Piece], gutters: list[tuple[float, float]]) -> list[Piece] | None:
    """The line's pieces cut at each gutter a piece runs across, between the last two of its words that the
    gutter parts (the next cell's text starts at the next column's left edge; a wide header may reach into
    the gutter) and that stand wider apart than the line's word space (``_cut_gap``), or None when that does not
    give one piece a column in the columns' order. A sentence whose words happen to fall across the gutters of
    short cells beside it keeps its word spaces: it is not cut."""
    cut_gap = _cut_gap(line)
    cells = []
    for piece in line:
        words, start = piece.words, 0
        if any(a.x1 > b.x0 for a, b in zip(words, words[1:])):
            cells.append(piece)  # a header wrapped onto two lines (``joined_headers``): its words are not in one row
            continue
        tolerance = _ALIGNED * piece.height
        for left, right in gutters:
            if not piece.x0 < right < piece.x1 - tolerance:
                continue  # a gutter the piece does not run across: a header wider than its column's values
            at = next((k for k in range(len(words) - 1, start, -1) if left <= words[k].x0 <= right + tolerance
                       and words[k].x0 - words[k - 1].x1 > cut_gap), None)
            if at is not None:
                cells.append(_piece_of(words[start:at], piece, cell=start > 0 or piece.cell))
                start = at
        cells.append(_piece_of(words[start:], piece, cell=start > 0 or piece.cell))
    if len(cells) != len(gutters) + 1:
        return None
    edges = [gutter[1] + _ALIGNED * cells[0].height for gutter in gutters]
    in_order = all(cell.x0 <= edge for cell, edge in zip(cells, edges)) and \
        all(gutter[0] <= cell.x0 for cell, gutter in zip(cells[1:], gutters))
    return cells if in_order else None


def _cut_gap(line: list[Piece]) -> float:
    """The gap between two words of a line's cell past which they may be two cells: its narrowest word space
    (or _SPACE text heights on a line of one-word cells) and _TOUCHING text heights more. Two header cells that
    touch stand a cell's padding apart on each side, wider than a space of the same font."""
    height = max(min(p.height for p in line), 1.0)
    spaces = [gap for piece in line for a, b in zip(piece.words, piece.words[1:])
              if (gap := b.x0 - a.x1) > _TOUCHING * height]  # not a word PDFium breaks where a font changes
    return min(spaces, default=_SPACE * height) + _TOUCHING * height


def _piece_of(words: list[Word], piece: Piece, cell: bool) -> Piece:
    """A piece of some of a piece's words, on its height; ``cell``: set apart from the one before by a tab."""
    return Piece(words, words[0].x0, piece.y0, max(w.x1 for w in words), piece.y1, cell=cell)


def indented_records(lines: list[list[Piece]]) -> list[list[Piece]]:
    """Lines with each record of a register whose rest is indented under its first cell read as one line, the
    indented lines as its last cell ("Bishop, Anabel K.  QWL-4781258-79  $120.00" over "16637 Tamarind Ct"
    over "Quillan Springs, CA 92871"), so that the name, account and address stay one row, as a scanned or
    printed register's text keeps them. A record is a line of several cells followed by at most
    _RECORD_LINES short lines, one piece each, starting right of its first cell's left edge and under that
    cell, each close under the one above; a page holds _RECORDS of them at least (a register), else it is
    left as it is (a heading over an indented note)."""
    records = []
    index = 0
    while index < len(lines):
        end = index + 1
        if len(lines[index]) > 1:
            while end < len(lines) and end - index <= _RECORD_LINES and \
                    _hangs_under(lines[index][0], lines[end - 1], lines[end]):
                end += 1
        if end - index > 1:
            records.append((index, end))
        index = end
    if len(records) < _RECORDS:
        return lines
    joined = list(lines)
    for first, end in reversed(records):
        key, rest = lines[first], [line[0] for line in lines[first + 1:end]]
        tail = Piece([w for piece in rest for w in piece.words], min(p.x0 for p in rest), key[0].y0,
                     max(p.x1 for p in rest), key[0].y1, cell=True)
        joined[first:end] = [[*key, tail]]
    return joined


def _hangs_under(first: Piece, above: list[Piece], line: list[Piece]) -> bool:
    """Whether a line is the rest of a record whose first cell is ``first``: one short piece, indented under that
    cell, less than a line height under the line above."""
    piece = line[0]
    height = max(first.height, 1.0)
    return len(line) == 1 and first.x0 + _ALIGNED * height < piece.x0 < first.x1 and \
        min(p.y0 for p in above) - piece.y1 < height and len(piece_text(piece).split()) < _PROSE_LINE


def columns(lines: list[list[Piece]]) -> list[list[Piece]]:
    """Visual lines (top to bottom) in reading order. Where a gutter, a vertical band free of text, runs down
    a region of lines and the text on both sides of it is prose, or prose beside a sidebar's list (``_listed``),
    the region is read left part first, then right part, each part ordered the same way (three columns, a
    sidebar beside a column). A table also has such bands between its cells, but its cells are short or end
    where they end, not where the next word would not fit: a table stays rows. The lines are returned as they are when nothing is split."""
    # side by side columns of prose, or a column of prose beside a sidebar, put a phrase of several words next
    # to other text on many lines; most pages (one column, tables of figures) have none and are not searched for
    # gutters
    beside = 0
    for line in lines:
        if len(line) > 1 and any(len(a.words) >= _PROSE_WORDS or len(b.words) >= _PROSE_WORDS
                                 for a, b in zip(line, line[1:])):
            beside += 1
            if beside >= _COLUMN_LINES:
                return _ordered(lines, {})
    figures: dict[int, bool] = {}
    return _ordered(lines, figures) if _alternating(lines, figures) else lines


def _alternating(lines: list[list[Piece]], figures: dict[int, bool]) -> bool:
    """Whether lines of several pieces change between words and figures from one to the next often enough to hold
    entries of several lines side by side (a name over its account, twice across the page). A table's rows, one
    line each, keep their kind from row to row; such a page is not searched for gutters."""
    split = [_has_figure(line, figures) for line in lines if len(line) > 1]
    return sum(kind != before for before, kind in zip(split, split[1:])) >= _ENTRIES * 2 - 1


def _has_figure(pieces: list[Piece], figures: dict[int, bool]) -> bool:
    """Whether some piece holds a digit; ``figures`` keeps the answer by id(piece), since the lines of a region are
    asked again for each gutter tried in it."""
    for piece in pieces:
        figure = figures.get(id(piece))
        if figure is None:
            # a word of letters only (most words) holds no digit: no letter is a digit (str.isalpha, str.isdigit)
            figure = figures[id(piece)] = any(not word.text.isalpha() and any(map(str.isdigit, word.text))
                                              for word in piece.words)
        if figure:
            return True
    return False


def _ordered(lines: list[list[Piece]], figures: dict[int, bool]) -> list[list[Piece]]:
    # the gutter down the most lines first, then the leftmost
    for first, last, x0, x1 in sorted(_gutters(lines), key=lambda g: (g[0] - g[1], g[2])):
        middle = (x0 + x1) / 2
        region = lines[first:last]
        left = [part for line in region if (part := [p for p in line if p.x1 <= middle])]
        right = [part for line in region if (part := [p for p in line if p.x1 > middle])]
        left_prose, right_prose = _is_prose([part[-1] for part in left]), _is_prose([part[0] for part in right])
        # a list beside prose line for line is a table's column (a title a row); a sidebar's list keeps its own
        # lines: it ends before the prose does, or runs on below it
        sidebar = len(left) != len(region) or len(right) != len(region)
        if (left_prose and (right_prose or _runs_on([part[0] for part in right]) or (sidebar and _listed(right)))) \
                or (right_prose and (_runs_on([part[-1] for part in left]) or (sidebar and _listed(left))
                                     or _sentences([part[-1] for part in left]))) \
                or _same_entries(left, right, figures) or _text_beside_text(left, right):
            return [*_ordered(lines[:first], figures), *_ordered(left, figures), *_ordered(right, figures),
                    *_ordered(lines[last:], figures)]
    return lines


def _gutters(lines: list[list[Piece]]) -> list[tuple[int, int, float, float]]:
    """Vertical bands free of text over at least _COLUMN_LINES consecutive lines, each as (first line, line
    after the last, left edge, right edge). A band starts at a gap between two pieces of a line, narrows to
    the part of it each following line leaves free, and ends at a line that crosses it or a wide vertical
    gap; it then takes in the lines just above it that do not cross it either (a column that starts higher)."""
    found: list[tuple[int, int, float, float]] = []
    active: list[tuple[int, float, float]] = []
    apart = _apart_from_above(lines)

    def close(band: tuple[int, float, float], end: int) -> None:
        first, x0, x1 = band
        while first > 0 and not apart[first] and _leaves_free(lines[first - 1], x0, x1):
            first -= 1
        if end - first >= _COLUMN_LINES:
            found.append((first, end, x0, x1))

    for index, line in enumerate(lines):
        least = _GUTTER * max(min([p.y1 - p.y0 for p in line]), 1.0)
        if apart[index]:
            for band in active:
                close(band, index)
            active = []
        kept = []
        for band in active:
            x0, x1 = _free_part(band[1], band[2], line)
            if x1 - x0 >= least:
                kept.append((band[0], x0, x1))
            else:
                close(band, index)
        reach = line[0].x1
        for piece in line[1:]:
            if piece.x0 - reach >= least and not any(b[1] < piece.x0 and b[2] > reach for b in kept):
                kept.append((index, reach, piece.x0))
            reach = max(reach, piece.x1)
        active = kept
    for band in active:
        close(band, len(lines))
    return found


def _free_part(x0: float, x1: float, line: list[Piece]) -> tuple[float, float]:
    """The widest part of [x0, x1] that no piece of the line covers."""
    best, start = (x0, x0), x0
    for piece in line:
        if piece.x0 >= x1:
            break
        if piece.x1 <= start:
            continue
        if piece.x0 - start > best[1] - best[0]:
            best = (start, piece.x0)
        start = piece.x1
    return (start, x1) if x1 - start > best[1] - best[0] else best


def _leaves_free(line: list[Piece], x0: float, x1: float) -> bool:
    return all(p.x1 <= x0 or p.x0 >= x1 for p in line)


def _set_apart(upper: list[Piece], lower: list[Piece]) -> bool:
    """Whether a vertical gap wider than _REGION_BREAK line heights lies between two lines. Most lines stand
    closer than _REGION_BREAK points (a height counts one point at least): their heights are not measured."""
    gap = min([p.y0 for p in upper]) - max([p.y1 for p in lower])
    if gap <= _REGION_BREAK:
        return False
    return gap > _REGION_BREAK * max(min([p.y1 - p.y0 for p in upper + lower]), 1.0)


def _apart_from_above(lines: list[list[Piece]]) -> list[bool]:
    """For each line, whether it is set apart from the line above (``_set_apart``; the first line is not)."""
    return [False, *map(_set_apart, lines, lines[1:])]


def _is_prose(pieces: list[Piece]) -> bool:
    """Whether pieces stacked one per line read as a column of prose: lines of several words, broken where
    the next line's first word would not have fitted, except where a sentence ends (a paragraph's end), and
    many lines going on with a lower-case word. Table cells of about one width (names, figures) fit the
    first two, but each starts a new value: capitalized, or a figure."""
    pieces = _from_margin(pieces)
    if len(pieces) < _COLUMN_LINES or median([len(p.words) for p in pieces]) < _PROSE_WORDS:
        return False
    if sum(map(_starts_lower, pieces[1:])) < _PROSE_LOWER * (len(pieces) - 1):
        return False
    right = max(p.x1 for p in pieces)
    wrapped = pairs = 0
    for piece, following in zip(pieces, pieces[1:]):
        word = following.words[0]
        space = 0.5 * max(min(piece.height, following.height), 1.0)
        if piece.x1 + (word.x1 - word.x0) > right - space:
            wrapped += 1
        elif _SENTENCE_END.search(piece.words[-1].text):
            continue  # a paragraph may end there
        pairs += 1
    return pairs > 0 and wrapped >= _PROSE_WRAPPED * pairs


def _from_margin(pieces: list[Piece]) -> list[Piece]:
    """The pieces that start at or right of the margin where most of them start (within _INDENT text heights: a
    paragraph's first line set in, a centred line): a column's own lines. A piece that starts far left of it is
    another column's, on a line where this column is empty: a table's first cell wrapped onto a line of its own
    ("10:00" / "a.m.") under its row, whose last cell (a name) sits at the margin of the rows above."""
    height = max(median(p.height for p in pieces), 1.0)
    starts = sorted(p.x0 for p in pieces)
    margin, most, first = starts[0], 0, 0
    for last, start in enumerate(starts):
        while start - starts[first] > _INDENT * height:
            first += 1
        if last - first + 1 > most:
            margin, most = starts[first], last - first + 1
    own = [p for p in pieces if p.x0 >= margin]
    # a few strays, not a column of their own: a table's cells of one column each row ("Support", "Oppose") left of
    # a column of wrapped comments are that table's, and keep the comments from reading as a page's prose
    return own if len(pieces) - len(own) <= len(pieces) * _STRAYS else pieces


def _runs_on(pieces: list[Piece]) -> bool:
    """Whether pieces stacked one per line beside a column of prose read as its neighbour column of prose, though
    not wrapped at one width (a column set by hand, a last line longer than the others): lines of several words,
    at least half of them going on with a lower-case word. A table's cells start each row anew, capitalized."""
    return (len(pieces) >= _COLUMN_LINES and median([len(p.words) for p in pieces]) >= _PROSE_WORDS
            and 2 * sum(map(_starts_lower, pieces[1:])) >= len(pieces) - 1)


def _sentences(pieces: list[Piece]) -> bool:
    """Whether pieces stacked one per line beside a column of prose are a column of sentences whose lines happen
    to go on with capitals, names and figures ("The Board approved the Pillar Mountain" / "Wind Turbine 4 contract
    with Northern" / "Lights Electrical Contractors LLC for"): long lines of words, not a table's short cells, and a
    sentence's stop among them."""
    return (len(pieces) >= _COLUMN_LINES and median([len(p.words) for p in pieces]) >= _SENTENCE_WORDS
            and any(_SENTENCE_END.search(p.words[-1].text) for p in pieces))


def _text_beside_text(left: list[list[Piece]], right: list[list[Piece]]) -> bool:
    """Whether both sides of a gutter run on as text (``_runs_on``) that is not wrapped at one width (lines broken
    after a count of characters, a column set by hand), and start their sentences on lines of their own: a
    newsletter's story beside its "Customer Corner". A table whose cells wrap on both sides starts each row's
    cells level with each other, so most new starts on one side meet a new start on the other."""
    lefts, rights = [part[-1] for part in left], [part[0] for part in right]
    if not (_runs_on(lefts) and _runs_on(rights)):
        return False
    left_starts = {round(piece.y1) for piece in lefts[1:] if not _starts_lower(piece)}
    right_starts = [round(piece.y1) for piece in rights[1:] if not _starts_lower(piece)]
    level = sum(any(abs(top - other) <= 1 for other in left_starts) for top in right_starts)
    return 2 * level < len(right_starts)


def _listed(parts: list[list[Piece]]) -> bool:
    """Whether the parts of lines on one side of a gutter beside a column of prose read as a sidebar: a list set
    line under line (a heading, then a name over its account), most lines close under the one above. The cells of
    a table column beside a column whose cells wrap (a project's description) stand a row apart, each level with
    the first line of its row's wrapped cell: its next cell is a blank line or more below. Nor is a side whose lines
    hold a table's cells, several a line (a shut-off list's account, name, address and dates left of its wrapped
    "Crew notes" column): its wrapped cells stand close under their rows."""
    if len(parts) < _COLUMN_LINES or median(len(part) for part in parts) >= _TABLE_CELLS:
        return False
    tops = [max(p.y1 for p in part) for part in parts]
    bottoms = [min(p.y0 for p in part) for part in parts]
    heights = [max(min(p.height for p in part), 1.0) for part in parts]
    close = sum(bottom - top < _LIST_GAP * height for bottom, top, height in zip(bottoms, tops[1:], heights))
    return 2 * close > len(parts) - 1


def _same_entries(left: list[list[Piece]], right: list[list[Piece]], figures: dict[int, bool]) -> bool:
    """Whether both sides of a gutter are columns of one list whose entries take several lines (a write-off list
    set in two: a name over "Acct ... Write-off $..."; a directory's cards): each side repeats one pattern of lines
    of words and lines of figures, entry after entry, and the two sides follow it line for line (the shorter one
    ending first). Read row by row, a line would pair one entry's name with the next column's, away from its
    account. A table's row is one line, and its columns do not repeat one another's pattern."""
    shorter, longer = sorted((left, right), key=len)
    if len(shorter) < _ENTRIES * 2:
        return False  # fewer lines than two entries of two lines (``_entry_lines``)
    kinds = [_has_figure(part, figures) for part in longer]
    period = _entry_lines(kinds)  # the longer side's pattern first: most sides (a table's column) have none
    return period is not None and len(shorter) >= _ENTRIES * period and \
        [_has_figure(part, figures) for part in shorter] == kinds[:len(shorter)]


def _entry_lines(kinds: list[bool]) -> int | None:
    """The number of lines of each entry of a column whose lines repeat one pattern of words and figures (at least
    _ENTRIES times), or None: an entry of lines all of one kind has no pattern to tell where it ends."""
    for period in range(2, len(kinds) // _ENTRIES + 1):
        if len(set(kinds[:period])) > 1 and all(kinds[i] == kinds[i - period] for i in range(period, len(kinds))):
            return period
    return None


def _starts_lower(piece: Piece) -> bool:
    """Whether the first letter of the piece is lower case."""
    return next((c.islower() for c in piece.words[0].text if c.isalpha()), False)


def joined_headers(lines: list[list[Piece]]) -> list[list[Piece]]:
    """Lines with each table header whose cells wrap onto a second line joined into one row ("Service" over
    "Address" is one cell, "Service Address"), so that the column's meaning stays with the row. A header is
    the first row of a table, of short cells of words without digits, some of them wrapped: the second line has fewer
    pieces, each stacked right under a distinct piece of the first, and a row of at least as many cells
    follows."""
    joined: list[list[Piece]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if len(line) > 1 and index + 2 < len(lines) and \
                _wrapped_header(lines[index - 1] if index else None, line, lines[index + 1], lines[index + 2]):
            joined.append(_stacked(line, lines[index + 1]))
            index += 2
        elif index + 2 < len(lines) and _header_wrapped_above(line, lines[index + 1], lines[index + 2]):
            joined.append(_stacked_on(line, lines[index + 1]))
            index += 2
        else:
            joined.append(line)
            index += 1
    return joined


def _wrapped_header(before: list[Piece] | None, upper: list[Piece], lower: list[Piece], row: list[Piece]) -> bool:
    if not len(lower) < len(upper) <= len(row):
        return False
    if any(len(p.words) > _HEADER_WORDS or any(c.isdigit() for w in p.words for c in w.text) for p in upper + lower):
        return False
    height = max(min(p.height for p in upper), 1.0)
    if before is not None and len(before) > 1 and not _set_apart(before, upper):
        return False  # a row of the same table above: not its header
    under = _under(upper, lower)
    return under is not None and all(0 <= upper[k].y0 - piece.y1 < _STACKED * height
                                     for k, piece in zip(under, lower))


def _header_wrapped_above(upper: list[Piece], lower: list[Piece], row: list[Piece]) -> bool:
    """Whether a line is the first line of a header's cells that wrap upwards, set on the header row's baseline as a
    spreadsheet printed to PDF sets them ("Refuse" over "A/C", beside "Customer | Service Address"): fewer pieces
    than the header row under it, each right over a distinct cell of it but its first, short words without digits,
    and a row of at least as many cells follows."""
    if not len(upper) < len(lower) <= len(row) or len(lower) < 2:
        return False
    if any(len(p.words) > _HEADER_WORDS or any(c.isdigit() for w in p.words for c in w.text) for p in upper + lower):
        return False
    over = _under(lower, upper)
    if over is None or 0 in over:
        return False  # over the first column: a heading at the margin, no wrapped cell
    height = max(min(p.height for p in lower), 1.0)
    return all(0 <= piece.y0 - lower[k].y1 < _STACKED * height for k, piece in zip(over, upper))


def _stacked_on(upper: list[Piece], lower: list[Piece]) -> list[Piece]:
    """The header row with each cell's first line, standing over it, joined before it, on the row's height."""
    above = dict(zip(_under(lower, upper) or [], upper))
    row = []
    for k, piece in enumerate(lower):
        extra = above.get(k)
        row.append(piece if extra is None else Piece(extra.words + piece.words, min(piece.x0, extra.x0), piece.y0,
                                                     max(piece.x1, extra.x1), piece.y1))
    return row


def _under(upper: list[Piece], lower: list[Piece]) -> list[int] | None:
    """For each piece of the lower line, the index of the one piece of the upper line it lies under (their
    horizontal extents overlap, and it stays between that piece's neighbours), or None when one lies under
    none, under two, reaches into a neighbour's column, or shares one."""
    found = []
    for piece in lower:
        over = [k for k, p in enumerate(upper) if p.x0 < piece.x1 and piece.x0 < p.x1]
        if len(over) != 1 or over[0] in found:
            return None
        k = over[0]
        if (k and piece.x0 <= upper[k - 1].x1) or (k + 1 < len(upper) and piece.x1 >= upper[k + 1].x0):
            return None
        found.append(k)
    return found


def _stacked(upper: list[Piece], lower: list[Piece]) -> list[Piece]:
    """The header row with each wrapped cell's two lines as one piece, on the first line's height."""
    below = dict(zip(_under(upper, lower) or [], lower))
    row = []
    for k, piece in enumerate(upper):
        extra = below.get(k)
        if extra is None:
            row.append(piece)
        else:
            row.append(Piece(piece.words + extra.words, min(piece.x0, extra.x0), piece.y0, max(piece.x1, extra.x1),
                             piece.y1))
    return row


def table_rows(lines: list[list[Piece]]) -> list[list[Piece]]:
    """Lines with each table row whose cells wrap onto several lines read as one line, cell by cell ("3014 W
    Mountain" over "View Ave #12" over "Pomona CA 91768" is one cell), so that a customer's name, address,
    account and usage stay one row under the table's header. A table is a run of lines whose pieces fall into
    the same columns, one piece a column a line. A piece right under another in its column is the rest of a
    wrapped line when its first word would not have fitted above. Rows are found two ways: cells centred on
    the row's middle (fpdf2 and Word centre short cells in a tall row), the middle being a line that holds a
    cell of one line; or, failing that, cells hanging from the row's top, a row starting on each line where
    a cell starts that is not the rest of one above; or, failing that, rows keyed by their first cell, a
    row running from its first cell to the next row's (``_key_lines``: a cell broken onto two lines by hand,
    not for lack of room). A table where some line finds no row is left as it is."""
    if sum(len(line) > 1 for line in lines) < 2 or not (_may_wrap(lines) or _leading_lines(lines)):
        return lines
    rows: list[list[Piece]] = []
    done = 0
    for first, last, spans, table in _tables(lines):
        header = table[:1] if _header_over_values(table, spans) else []
        merged = _merged_rows(table[len(header):], spans)
        if merged is not None:
            rows.extend(lines[done:first])
            rows.extend(header + merged)
            done = last
    return [*rows, *lines[done:]] if done else lines


def _header_over_values(table: list[list[Piece]], spans: list[list[float]]) -> bool:
    """Whether a table's first line is its header over the rest of a row: a cell in every column, words without
    digits, one naming a customer's or a billing field, and under it a line of values (a digit) that leaves the
    first column empty. That line is no wrapped header cell: it is the end of a record a page break cut, at the top
    of the next page under the repeated header ("NAME | SERVICE ADDRESS" over "C/O ESTATE | SVC: 2517 RIO HONDO
    DR"), and stays a line of its own for the record on the page before to take in."""
    header, below = table[0], table[1]
    return (len(header) == len(spans) and _column(below[0], spans) > 0
            and not any(_has_digit(piece) for piece in header)
            and any(header_kind(piece_text(piece))[0] is not None for piece in header)
            and any(_has_digit(piece) for piece in below))


def _has_digit(piece: Piece) -> bool:
    return any(c.isdigit() for word in piece.words for c in word.text)


def _may_wrap(lines: list[list[Piece]]) -> bool:
    """Whether some piece could be the rest of a line of a table cell one or two lines above: it starts where
    that piece starts, right under it, and would not have fitted before the next piece on its line. Most
    pages, tables of one-line rows among them, have none and are not searched for tables. A cell broken by
    hand fits above, but its line leaves the row's first cell and most others empty (``_broken``)."""
    for index in range(1, len(lines)):
        line = lines[index]
        for upper_line in lines[max(index - 2, 0):index]:
            if upper_line[0].y0 - line[0].y1 >= upper_line[0].height or len(upper_line) == len(line) and (
                    len(line) == 1 or upper_line is lines[index - 1]):
                continue  # apart; a paragraph's lines, or rows of the same cells (a cell's line lies beside others)
            for lower in line:
                word = lower.words[0]
                for k, upper in enumerate(upper_line):
                    if abs(upper.x0 - lower.x0) <= _ALIGNED * upper.height and upper.y0 - lower.y1 < upper.height \
                            and (k + 1 == len(upper_line) or _broken(line, upper_line, k) or
                                 upper.x1 + _SPACE * upper.height + _first_word_width(word) > upper_line[k + 1].x0) \
                            and not (_is_value(upper) and _is_value(lower)):
                        return True
    return False


def _leading_lines(lines: list[list[Piece]]) -> set[int]:
    """The lines that go on the cells of the row above them at the text's leading, set closer under it than half the
    gap above that row and half the gap under their own run of such lines: a table with cell padding (ReportLab's,
    most exports) leaves that padding between rows, never between a cell's lines. Such a line leaves some of its
    row's cells empty and starts each piece where a piece of the line above starts. Whatever it holds is the rest
    of a cell: the local number under a phone's area code, the end of an e-mail address the wrapper cut. A table
    without padding sets its rows at the leading too, and has none."""
    gaps = [float("inf"), *(min(p.y0 for p in upper) - max(p.y1 for p in lower) for upper, lower in zip(lines, lines[1:])),
            float("inf")]
    found: set[int] = set()
    anchor = 0
    for index in range(1, len(lines)):
        if index - 1 not in found:
            anchor = index - 1
        gap = gaps[index]
        if not (0 <= gap < gaps[anchor] / 2 and len(lines[index]) < len(lines[anchor]) and
                _starts_under(lines[index], lines[index - 1])):
            continue
        end = index  # the run of lines at this leading under the anchor
        while end + 1 < len(lines) and gaps[end + 1] <= gap + _ALIGNED * lines[end][0].height and \
                len(lines[end + 1]) < len(lines[anchor]) and _starts_under(lines[end + 1], lines[end]):
            end += 1
        if gap < gaps[end + 1] / 2:
            found.add(index)
    return found


def _starts_under(line: list[Piece], upper_line: list[Piece]) -> bool:
    """Whether each piece of a line starts where a piece of the line above starts."""
    return all(any(abs(upper.x0 - piece.x0) <= _ALIGNED * upper.height for upper in upper_line) for piece in line)


def _broken(line: list[Piece], upper_line: list[Piece], k: int) -> bool:
    """Whether a line with a piece under piece ``k`` of the line above could be the rest of a cell
    of that row broken by hand (a street, then its city): it starts right of the row's first cell and holds
    half as many pieces at most."""
    return k > 0 and 2 * len(line) <= len(upper_line)


def _tables(lines: list[list[Piece]]) -> list[tuple[int, int, list[list[float]], list[list[Piece]]]]:
    """Runs of lines whose pieces fall into the same columns, one piece a column a line, with at least
    two columns, a line that leaves some empty and two lines of two pieces or more that fill half the columns
    at least (a row of four cells set as two lines: its name and street, then its account and usage centred),
    each as (first line, line after the last, columns as [left, right], its lines with pieces that run into the
    next column cut there)."""
    found = []
    first = floor = 0
    apart = _apart_from_above(lines)
    while first < len(lines):
        spans = _spans(lines[first], [])
        table = [lines[first]]
        last = first + 1
        # a table that starts where a line above no longer fits takes in the lines above that fit it (a header
        # cell wrapped above the header's line)
        while first > floor and not apart[first]:
            line = _cut(lines[first - 1], spans)
            grown = _fitted(line, spans, table)
            if grown is None:
                break
            spans = grown
            first -= 1
            table.insert(0, line)
        while last < len(lines) and not apart[last]:
            line = _cut(lines[last], spans)
            grown = _fitted(line, spans, table)
            if grown is None:
                break
            spans = grown
            table.append(line)
            last += 1
        if len(table) >= 3 and len(spans) >= 2 and any(len(line) < len(spans) for line in table) \
                and sum(len(line) > 1 and len(line) * 2 >= len(spans) for line in table) >= 2:
            found.append((first, last, spans, table))
            floor = last
        first = last
    return found


def _fitted(line: list[Piece], spans: list[list[float]], table: list[list[Piece]]) -> list[list[float]] | None:
    """The table's columns grown by a line, or None when the line does not fit them: two of its pieces in
    one column, or a piece that joins two columns in which a line of the table has a piece each."""
    grown = _spans(line, spans)
    if len(grown) < 2 or not _one_a_column(line, grown):
        return None
    joined = any(sum(g[0] <= s[0] and s[1] <= g[1] for s in spans) > 1 for g in grown)
    if joined and not all(_one_a_column(other, grown) for other in table):
        return None
    return grown


def _cut(line: list[Piece], spans: list[list[float]]) -> list[Piece]:
    """The line with a piece that runs from one column into the next cut where one of its words starts at
    the next column's left edge: a wrapped cell's line that came within a word gap of the next cell."""
    cut = []
    for piece in line:
        over = [s for s in spans if s[0] < piece.x1 and piece.x0 < s[1]]
        if len(over) != 2:  # within one column (most pieces): not cut
            cut.append(piece)
            continue
        words, edge = piece.words, over[-1][0]
        at = next((k for k in range(1, len(words)) if words[k - 1].x1 < edge and
                   abs(words[k].x0 - edge) <= _ALIGNED * piece.height), None)
        if at is None:
            cut.append(piece)
        else:
            cut.append(Piece(words[:at], piece.x0, piece.y0, max(w.x1 for w in words[:at]), piece.y1))
            cut.append(Piece(words[at:], words[at].x0, piece.y0, max(w.x1 for w in words[at:]), piece.y1))
    return cut


def _spans(line: list[Piece], spans: list[list[float]]) -> list[list[float]]:
    """Column spans grown by the pieces of a line: overlapping extents are one column."""
    merged: list[list[float]] = []
    for x0, x1 in sorted([*((s[0], s[1]) for s in spans), *((p.x0, p.x1) for p in line)]):
        if merged and x0 < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return merged


def _column(piece: Piece, spans: list[list[float]]) -> int:
    return next(k for k, span in enumerate(spans) if span[0] <= piece.x0 and piece.x1 <= span[1])


def _one_a_column(line: list[Piece], spans: list[list[float]]) -> bool:
    taken = [_column(p, spans) for p in line]
    return len(set(taken)) == len(taken)


def _merged_rows(lines: list[list[Piece]], spans: list[list[float]]) -> list[list[Piece]] | None:
    """The table's lines with each row's lines merged cell by cell, or None when some line finds no row or
    none is merged. Lines above the first row and below the last that find none are left as they are, unless
    a line below is only the rest of cells above it: rows read that way dropped the end of the last row's cells
    (cells hanging from the top of tall rows seem centred on the next row's line)."""
    cells: list[list[tuple[int, Piece]]] = [[] for _ in spans]
    for index, line in enumerate(lines):
        for piece in line:
            cells[_column(piece, spans)].append((index, piece))
    # a table of three columns or more with a line across all of them (its header): a column of words wrapped
    # as a paragraph's are is its notes' column ("Crew notes": "meter behind gate" / "- call first")
    headed = len(spans) >= _TABLE_CELLS and any(len(line) == len(spans) for line in lines)
    if any(median(len(piece.words) for _, piece in column) >= _PROSE_LINE or
           (not headed and _is_prose([piece for _, piece in column])) for column in cells) or \
            all(_is_bullet(piece) for _, piece in cells[0]):
        return None  # a column of prose beside a figure or a sidebar, or a list: its lines are not cells
    height = max(median(p.height for line in lines for p in line), 1.0)
    # where a line of a cell ends at the latest: a little into the gap between the column's text and the next's
    limits = [left[1] + _LINE_END * (right[0] - left[1]) for left, right in zip(spans, spans[1:])] + [spans[-1][1]]
    leading = _leading_lines(lines)
    wrapped = {id(piece) for column, limit in zip(cells, limits)
               for (upper, above), (index, piece) in zip(column, column[1:])
               if _wrapped(above, piece, limit, height) or index in leading and upper + 1 == index}
    # a centred row's anchor, its middle, is a line where a cell of one line lies; a row hanging from the top
    # starts on a line where a cell starts that is not the rest of one above; a line of every column starts
    # a row either way (a table of codes or dates of one width seems to wrap from one row to the next)
    full = {index for index, line in enumerate(lines) if len(line) == len(spans)}
    middles = sorted(full | {index for column in cells for k, (index, piece) in enumerate(column) if id(piece) not in
                             wrapped and (k + 1 == len(column) or id(column[k + 1][1]) not in wrapped)})
    starts = [index for index, line in enumerate(lines) if index in full or not all(id(p) in wrapped for p in line)]
    # a row standing on its bottom line ends on a line where a cell ends that goes on in no line under it: a line
    # under it is its rest when the next word would not have fitted, or when it stands closer than rows do
    stacked = wrapped | _cell_lines(cells, lines, full, height)
    ends = sorted(full | {index for column in cells for k, (index, _) in enumerate(column)
                          if k + 1 == len(column) or id(column[k + 1][1]) not in stacked})
    keys = _key_lines(lines, cells, spans, wrapped)
    for place, anchors, joined in ((_centred, middles, wrapped), (_hanging, starts, wrapped),
                                   (_standing, ends, stacked), (_keyed, keys, wrapped)):
        row_of: dict[int, int] = {}  # id(piece) -> its row, the index of its anchor in anchors
        for column in cells:
            row_of.update(place(column, lines, anchors, joined))
        placed = [index for index, line in enumerate(lines) if any(id(p) in row_of for p in line)]
        if len(placed) > len(anchors) and _uneven(cells, row_of) and \
                all(id(p) in row_of for line in lines[placed[0]:placed[-1] + 1] for p in line) and \
                not any(all(id(p) in wrapped for p in line) for line in lines[placed[-1] + 1:]) and \
                not (keys and _keyless(cells[0], row_of, len(anchors))):
            return [*lines[:placed[0]], *_rows(lines, spans, anchors, row_of), *lines[placed[-1] + 1:]]
    return None


def _cell_lines(cells: list[list[tuple[int, Piece]]], lines: list[list[Piece]], full: set[int], height: float) -> set[int]:
    """The pieces that go on a cell from the line right above them: they start where a piece of their column starts
    on that line, set under it at less than half the gap the rows leave (the narrowest gap under a line that fills
    every column: a header may stand further apart), as a cell's lines stand at the text's leading and its rows
    apart by the cells' padding. Rows of one line with a cell left empty are all as far apart, and two values one
    under the other are two cells."""
    gaps = [lines[index][0].y0 - lines[index + 1][0].y1 for index in full if index + 1 < len(lines)]
    if not gaps:
        return set()
    row_gap = min(gaps)
    return {id(lower) for column in cells for (above, upper), (index, lower) in zip(column, column[1:])
            if index == above + 1 and abs(upper.x0 - lower.x0) <= _ALIGNED * height and
            upper.y0 - lower.y1 < row_gap / 2 and not (_is_value(upper) and _is_value(lower))}


def _key_lines(lines: list[list[Piece]], cells: list[list[tuple[int, Piece]]], spans: list[list[float]],
               wrapped: set[int]) -> list[int]:
    """The lines where a row starts in a table whose rows are keyed by their first column (a customer's name):
    the lines whose first cell is not the rest of one above, or that fill every column (a header under a
    title that seems to wrap into it), every other line being the rest of the row above it. Such a line holds
    a cell broken onto a second line by hand, not wrapped ("283 W. Foothill Blvd" over "Quillan Springs, CA
    92871"), or short cells centred on a tall row's middle, in columns the row's lines above leave empty. A
    line that stacks pieces under the row's cells in more than half the columns is a row of its own whose
    first cell was left empty (staff grouped under their division), and a figure under a figure in one column
    is a row each (rates by tier): then no line is a key."""
    keys = [index for index, piece in cells[0] if id(piece) not in wrapped or len(lines[index]) == len(spans)]
    if not keys:
        return []
    starts, filled = set(keys), set()
    for index, line in enumerate(lines[keys[0]:], keys[0]):
        columns = {_column(piece, spans) for piece in line}
        if index not in starts and 2 * len(filled & columns) > len(spans):
            return []
        filled = columns if index in starts else filled | columns
    for column in cells:
        for (above, upper), (index, lower) in zip(column, column[1:]):
            if bisect_right(keys, above) == bisect_right(keys, index) and _is_value(upper) and _is_value(lower):
                return []
    return keys


def _keyless(first_column: list[tuple[int, Piece]], row_of: dict[int, int], rows: int) -> bool:
    """Whether some row holds no piece of the first column: in a table keyed by its first column, rows read
    that way cut a row apart where a cell broken by hand seemed to start one (a hanging row's city line)."""
    return len({row_of[id(piece)] for _, piece in first_column if id(piece) in row_of}) < rows


def _keyed(column: list[tuple[int, Piece]], lines: list[list[Piece]], anchors: list[int],
           wrapped: set[int]) -> dict[int, int]:
    """Each anchor's cell in one column: its pieces from the anchor line to the line before the next anchor."""
    return {id(piece): bisect_right(anchors, index) - 1 for index, piece in column if anchors and index >= anchors[0]}


def _uneven(cells: list[list[tuple[int, Piece]]], row_of: dict[int, int]) -> bool:
    """Whether every row of several lines has cells of different heights: a row whose cells all wrap onto
    as many lines is more likely as many rows of one line (a list of dates, names and places)."""
    heights: dict[int, list[int]] = {}
    for column in cells:
        counts: dict[int, int] = {}
        for _, piece in column:
            if id(piece) in row_of:
                counts[row_of[id(piece)]] = counts.get(row_of[id(piece)], 0) + 1
        for row, count in counts.items():
            heights.setdefault(row, []).append(count)
    return all(min(counts) < max(counts) for counts in heights.values() if max(counts) > 1)


def _centred(column: list[tuple[int, Piece]], lines: list[list[Piece]], anchors: list[int],
             wrapped: set[int]) -> dict[int, int]:
    """Each anchor's cell in one column: the wrapped lines whose middle is the anchor line's middle."""
    row_of: dict[int, int] = {}
    start = 0
    for row, anchor in enumerate(anchors):
        middle = (lines[anchor][0].y0 + lines[anchor][0].y1) / 2
        height = lines[anchor][0].height
        while start < len(column):
            end = _centred_run(column, start, middle, height, {a for a in anchors if a != anchor}, wrapped)
            if end is not None:
                for _, piece in column[start:end + 1]:
                    row_of[id(piece)] = row
                start = end + 1
                break
            piece = column[start][1]
            if (piece.y0 + piece.y1) / 2 < middle:
                break  # it lies lower: this row's cell is empty
            start += 1  # above this row's cell and in none: left out, which fails the table if rows lie around it
    return row_of


def _centred_run(column: list[tuple[int, Piece]], start: int, middle: float, height: float, others: set[int],
                 wrapped: set[int]) -> int | None:
    """The last of the wrapped lines of a cell from ``start`` on whose middle is ``middle``, or None. A cell
    takes no piece of another row's anchor line."""
    top = column[start][1].y1
    for end in range(start, len(column)):
        index, piece = column[end]
        if index in others or end > start and id(piece) not in wrapped:
            return None
        centre = (top + piece.y0) / 2
        if abs(centre - middle) <= _ALIGNED * height:
            return end
        if centre < middle:
            return None
    return None


def _hanging(column: list[tuple[int, Piece]], lines: list[list[Piece]], anchors: list[int],
             wrapped: set[int]) -> dict[int, int]:
    """Each anchor's cell in one column: its piece on the anchor line and the wrapped lines under it, on the
    lines before the next anchor (a cell that goes on past the next row's first line is not hanging)."""
    row_of: dict[int, int] = {}
    row_at = {anchor: row for row, anchor in enumerate(anchors)}
    above: Piece | None = None
    for index, piece in column:
        if index in row_at:
            row_of[id(piece)] = row_at[index]
        elif above is not None and id(above) in row_of and id(piece) in wrapped and \
                bisect_right(anchors, index) - 1 == row_of[id(above)]:
            row_of[id(piece)] = row_of[id(above)]
        above = piece
    return row_of


def _standing(column: list[tuple[int, Piece]], lines: list[list[Piece]], anchors: list[int],
              wrapped: set[int]) -> dict[int, int]:
    """Each anchor's cell in one column: its piece on the anchor line and the lines above it that it is the rest
    of, on the lines after the anchor before (a cell that stands on its row's bottom line, as ReportLab's tables
    set cells by default: a wrapped name starts a line above the row's one-line account and phone). A lone piece
    on the table's first line is a caption over it, not the first line of its header's cell."""
    row_of: dict[int, int] = {}
    row_at = {anchor: row for row, anchor in enumerate(anchors)}
    below: Piece | None = None
    for index, piece in reversed(column):
        if index in row_at:
            row_of[id(piece)] = row_at[index]
        elif below is not None and id(below) in row_of and id(below) in wrapped and \
                bisect_left(anchors, index) == row_of[id(below)] and (index > 0 or len(lines[0]) > 1):
            row_of[id(piece)] = row_of[id(below)]
        below = piece
    return row_of


def _is_bullet(piece: Piece) -> bool:
    """Whether a piece is a list's bullet: one mark that is neither a letter nor a digit, or a number or letter
    closed by a point or a parenthesis ("3.", "b)")."""
    text = piece_text(piece)
    return (len(text) == 1 and not text.isalnum()) or bool(_LIST_NUMBER.match(text))


def _wrapped(upper: Piece, lower: Piece, limit: float, height: float) -> bool:
    """Whether a piece right under another is the rest of its line: it starts where the line above starts,
    and its first word would not have fitted after it before ``limit``. Two values one under the other
    (amounts of a right-aligned column, dates, codes) are two cells, and so are a word and a character under
    it (a table of glyphs)."""
    word = lower.words[0]
    return upper.y0 - lower.y1 < height and abs(upper.x0 - lower.x0) <= _ALIGNED * height and \
        upper.x1 + _SPACE * height + _first_word_width(word) > limit and not (_is_value(upper) and _is_value(lower)) \
        and not (len(upper.words) == 1 and len(piece_text(lower)) == 1)


def _first_word_width(word: Word) -> float:
    """The width of a run's first word: OCR gives a line's words set closer than a column gap as one phrase
    (``ocr._line_high``), whose first word alone has to fit at the end of the line above for the phrase to be a
    line of its own ("3828 W. KINGSLEY AVE" under "YUWEN TSAO" is the address under a name, not the rest of it)."""
    first = word.text.split(" ", 1)[0]
    return (word.x1 - word.x0) * len(first) / len(word.text) if word.text else 0.0


def _is_value(piece: Piece) -> bool:
    """Whether a piece is an amount or one word with a figure in it (a date, a code, a number)."""
    text = piece_text(piece)
    return bool(_FIGURE.match(text)) or (len(piece.words) == 1 and any(c.isdigit() for c in text))


def _rows(lines: list[list[Piece]], spans: list[list[float]], anchors: list[int],
          row_of: dict[int, int]) -> list[list[Piece]]:
    """One line a row: the pieces of each of its cells joined top to bottom, on the anchor line's height."""
    cells: list[dict[int, list[Piece]]] = [{} for _ in anchors]
    for line in lines:
        for piece in line:
            if id(piece) in row_of:
                cells[row_of[id(piece)]].setdefault(_column(piece, spans), []).append(piece)
    rows = []
    for anchor, row in zip(anchors, cells):
        y0, y1 = lines[anchor][0].y0, lines[anchor][0].y1
        rows.append([Piece(_cell_words(cell), min(p.x0 for p in cell), y0, max(p.x1 for p in cell), y1, cell=True)
                     for _, cell in sorted(row.items())])
    return rows


def _cell_words(cell: list[Piece]) -> list[Word]:
    """The words of a cell's lines, top to bottom, an e-mail address the wrapper cut at a line's end made one word
    again: an address holds no space to break at, so a narrow column breaks it anywhere ("jdoe71@gmail.co" over
    "m", "ana.ruiz@" over "yahoo.com"). Its rest goes on in lower case or with a dot."""
    words = list(cell[0].words)
    for piece in cell[1:]:
        last, first = words[-1], piece.words[0]
        if "@" in last.text + first.text and _EMAIL_REST.match(first.text) and _EMAIL_START.search(last.text):
            words[-1] = Word(last.text + first.text, last.x0, last.y0, max(last.x1, first.x1), last.y1)
            words.extend(piece.words[1:])
        else:
            words.extend(piece.words)
    return words


def line_text(line: list[Piece]) -> str:
    """The pieces of one visual line, left to right: touching pieces are one word, a word gap is a
    space, anything wider (columns, table cells) a tab, and so are the cells of a row gathered from
    several lines (a wrapped cell's widest line may come close to the next column) and a piece drawn over the
    end of the one before it (``_OVERPRINT``)."""
    parts = [piece_text(line[0])]
    for before, piece in zip(line, line[1:]):
        if piece.cell:
            parts.append("\t")
        else:
            before_height, height = before.y1 - before.y0, piece.y1 - piece.y0
            lower = height if height < before_height else before_height
            gap = (piece.x0 - before.x1) / (lower if lower > 1.0 else 1.0)
            parts.append("\t" if gap < -_OVERPRINT else "" if gap < _TOUCHING else " " if gap < _WORD_GAP else "\t")
        parts.append(piece_text(piece))
    return "".join(parts)


def piece_text(piece: Piece) -> str:
    return " ".join([word.text for word in piece.words])


def lines_of(runs: list[list[Word]]) -> list[str]:
    """The text of each visual line, top to bottom."""
    return [line_text(line) for line in reading_lines(pieces_of(runs))]


def form_rows(texts: list[str]) -> dict[int, list[tuple[str, str]]]:
    """The lines of a form or a bill block laid out as label and value on one baseline, however far apart
    ("Customer" at the left margin, "David Ruiz" right-aligned at the right one; a tab between them): their
    (label, value) pairs, by line index. A line is a form's when its cells pair up as a label naming a customer's
    field ("Service Address", "Usage this period") and a value that is no label; it counts in a block of
    _FORM_LINES such lines at least, as a form's fields come, with the lines of other labels and values among them
    ("Disputed bill" | "December 2024, 3,870 kWh billed ..."). A two-column table's header ("Name | Phone") names a
    field in both cells, its rows ("Ana Ruiz | 909-...") in neither. A label with a colon says so itself: its
    line stays as it is."""
    rows: dict[int, list[tuple[str, str]]] = {}
    block: dict[int, list[tuple[str, str]]] = {}
    fields = 0  # lines of the block whose labels name a customer's field
    for index, text in enumerate([*texts, ""]):
        pairs = _label_value_pairs(text)
        if pairs:
            block[index] = pairs
            fields += all(header_kind(label)[0] in _FIELD_KINDS for label, _ in pairs)
            continue
        if fields >= _FORM_LINES:
            rows.update(block)
        block, fields = {}, 0
    return rows


_CAPTION_CHARS = 60  # a box's caption may be a phrase: "NAME OF RESIDENT WITH QUALIFYING CONDITION"
_VALUE_WORDS = 2  # lower-case words from which a box's line is a phrase, not values ("Congratulations to our")


def captioned_boxes(texts: list[str], extents: list[tuple[float, float]] | None = None) -> list[str]:
    """The lines of a page with a boxed form's captions set before their values: a form whose small captions stand
    at the top of each box and the values under them ("HOME PHONE | ALT. / CELL PHONE" over "(951) 555-0134 |
    909-555-0199") reads as labelled fields ("HOME PHONE: (951) 555-0134 | ALT. / CELL PHONE: 909-555-0199"), the
    caption line then empty. A caption line's cells are all captions, one of them naming a customer's field; the
    line under it has as many cells, none of them a caption or a phrase; a form has two such pairs at least, or one
    right above or under a line of boxes OCR read with their captions ("3. SERVICE ADDRESS: 1719 W. Pasadena St"). A
    cell OCR reads off a box's side between two captions ("_", "7)") is no caption and stands over no value.
    A paper form prints its captions under the lines the customer fills ("Ana Ruiz" over "Customer name"): where
    the lines' ``extents`` (top, bottom) are known, each caption standing closer to the line above than to the line
    below, and that reading pairs more captions than the one downwards (whose last caption finds no value under it),
    each caption goes with the value above it."""
    found: dict[int, str] = {}
    for index in range(1, len(texts)):
        if index - 1 not in found and (joined := _captioned(texts[index - 1], texts[index])):
            found[index] = joined
    below = {} if extents is None else {
        index - 1: joined for index in range(1, len(texts))
        if _hugs_line_above(extents, index) and (joined := _captioned(texts[index], texts[index - 1]))}
    if len(below) > len(found) and len(below) >= _FORM_LINES:
        return ["" if index - 1 in below else below.get(index, text) for index, text in enumerate(texts)]
    if len(found) < _FORM_LINES and not any(_captioned_line(texts[k]) for index in found
                                            for k in (index - 2, index + 1) if 0 <= k < len(texts)):
        return texts
    return ["" if index + 1 in found else found.get(index, text) for index, text in enumerate(texts)]


def _captioned(caption_line: str, value_line: str) -> str | None:
    """A caption line and the line of its values as labelled fields ("Caption: value" a cell), or None when the one
    is no line of captions or the other no line of their values. The cheap tests go first, as most pairs of lines
    are no such pair: a caption line has as many cells as its values at least (stray cells dropped), and most lines
    are no values' line by their words alone (``_box_values``)."""
    if caption_line.count("\t") < value_line.count("\t") or not (values := _box_values(value_line)):
        return None
    captions = _box_captions(caption_line)
    if captions and len(captions) == len(values) and not any(_names_a_field(value) for value in values):
        return "\t".join(f"{caption}: {value}" for caption, value in zip(captions, values))
    return None


@lru_cache(maxsize=4096)
def _box_captions(line: str) -> tuple[str, ...] | None:
    """A line's cells as the captions of a line of boxes, or None when it is no such line. Cached, as
    ``_box_values``: ``captioned_boxes`` asks it of a line twice (over the line below, under the line above)."""
    captions = tuple(caption for caption in (_caption_text(cell) for cell in line.split("\t"))
                     if not _STRAY_CELL.fullmatch(caption))
    if (all(captions) and all(_is_caption(c) or _is_unknown_caption(c) for c in captions)
            and any(header_kind(_caption_core(c))[0] in _FIELD_KINDS and _is_caption(c) for c in captions)):
        return captions
    return None


@lru_cache(maxsize=4096)
def _box_values(line: str) -> tuple[str, ...] | None:
    """A line's cells as the values of a line of boxes by their words (none empty, none a label's colon, a bar or a
    phrase), or None; whether a value names a field, which costs more, ``_captioned`` asks last."""
    values = tuple(cell.strip() for cell in line.split("\t"))
    if all(values) and not any(value.endswith(":") or "|" in value or _is_worded(value) for value in values):
        return values
    return None


def _hugs_line_above(extents: list[tuple[float, float]], index: int) -> bool:
    """Whether line ``index`` stands closer under the line above it than over the line below it (the last line of
    a page: closer than a line height under the one above)."""
    top, bottom = extents[index]
    gap_above = extents[index - 1][1] - top
    if index + 1 == len(extents):
        return gap_above < top - bottom
    return gap_above < bottom - extents[index + 1][0]


# quote marks OCR reads off a speck before or inside a caption's word ("Social ‘Security No."): no caption has one
_STRAY_MARKS = re.compile(r"(?<![A-Za-z])[‘’“”'\"]|[‘“\"](?=[A-Za-z])")
# what OCR reads off a box's side at the edge of a caption's cell ('"|| 2. SCE CUSTOMER ACCOUNT NUMBER')
_EDGE_MARKS = "|_=~—–[]{} \t"
# a cell OCR reads off a box's side between two captions ("_", "7)", "||"): no letter, so no caption, and no box of the
# value line under it
_STRAY_CELL = re.compile(r"[^A-Za-z]{0,3}")


def _captioned_line(text: str) -> bool:
    """Whether a line holds a box read with its caption: a caption naming a customer's field, a colon, a value."""
    for cell in text.split("\t"):
        caption, colon, value = cell.partition(":")
        caption = _caption_text(caption)
        if colon and value.strip() and caption and _is_caption(caption) and header_kind(caption)[0] in _FIELD_KINDS:
            return True
    return False


def _caption_text(cell: str) -> str:
    """A caption line's cell without the marks OCR reads off its box's sides and specks."""
    return _STRAY_MARKS.sub("", cell).strip(_EDGE_MARKS)


# a table's bars, a sentence's punctuation (a caption's note in brackets aside), a label's colon and a value's run of
# digits: a caption names its box and holds nothing ("RE: BILL ADJUSTMENT - ACCOUNT NO. 2-489-...", a letter's line)
_NO_CAPTION = re.compile(r"[|!?,;:]|\d{3}")
_NOTE = re.compile(r"\([^()]*\)")  # "(Last, First, M.I.)"
# a form's numbered boxes: a claim form's "1. CLAIMANT NAME", a tax form's "1 Name (as shown on your income tax return)"
_BOX_NUMBER = re.compile(r"\d{1,2}(?:[.)][ \t]+|[ \t]+(?=[A-Z][a-z]))(?=\S)")


def _caption_core(text: str) -> str:
    """A caption without its box's number and its note in brackets, which says how to fill the box: "1 Name (as
    shown on your income tax return)" names the field "Name"."""
    text = _BOX_NUMBER.sub("", text, count=1) if _BOX_NUMBER.match(text) else text
    return _NOTE.sub("", text).strip() or text


def _is_caption(text: str) -> bool:
    """A box's caption: a field's name in capitals or naming a field ("CITY", "Service Address"), and no value; a
    caption in capitals may be a phrase ("NAME OF RESIDENT WITH QUALIFYING CONDITION"). A form may number its
    boxes ("1. CLAIMANT NAME", "4. UTILITY ACCOUNT NO."): the number is the box's, not a value."""
    text = _caption_core(text)
    if text[0].isdigit() or _NO_CAPTION.search(text) or not (
            is_label_like(text) or len(text) <= _CAPTION_CHARS and text.isupper()
            and is_label_like(text[:_CAPTION_CHARS // 2])):
        return False
    return text.isupper() or header_kind(text)[0] is not None


def _is_unknown_caption(text: str) -> bool:
    """A box's caption the field words do not know, beside one they do: a field's name in words, the words after its
    first in lower case ("Start date", "Online bill pay password (optional)"), not a name's capitalised words ("Ana
    Ruiz") nor a value."""
    words = _NOTE.sub("", text).split()
    return len(words) >= 2 and not _NO_CAPTION.search(_NOTE.sub("", text)) and is_label_like(text) and all(
        word.isalpha() and word.islower() for word in words[1:])


def _is_worded(text: str) -> bool:
    """Words of a phrase, not a typed value: a value holds a name, a number, an address, no run of small words."""
    return sum(word.isalpha() and word.islower() for word in text.split()) >= _VALUE_WORDS


def _label_value_pairs(text: str) -> list[tuple[str, str]] | None:
    """A line's cells as (label, value) pairs when every pair is a label ("Disputed bill", "Service Address") and a
    value that is no label; a cell holding a phone's, a mailbox's or an account's label and its one-word value a
    word gap after it is such a pair too (``_ONE_WORD_FIELD``)."""
    cells = [cell.strip() for cell in text.split("\t")]
    for line in (cells, [part for cell in cells for part in _one_word_field(cell)]):
        if len(line) < 2 or len(line) % 2 or not all(line):
            continue
        pairs = list(zip(line[::2], line[1::2]))
        if all(not label.endswith(":") and is_label_like(label) and _reads_as_label(label)
               and not _names_a_field(value) for label, value in pairs):
            return pairs
    return None


# a phone's, a mailbox's or an account's label and its value a word gap apart in one cell ("Phone 818.523.9423"):
# a line whose values hold no space of their own shows no word gap narrower than the label's to tell its cells by
_ONE_WORD_FIELD = re.compile(r"(?P<label>[^\d@\t]+?) (?P<value>[^\s@]*[\d@]\S*)")
_ONE_WORD_KINDS = frozenset({"phone", "email", "account"})
_DIGIT_OR_AT = re.compile(r"[\d@]")


def _one_word_field(cell: str) -> list[str]:
    """A cell as its label and its one-word value when it is such a field (``_ONE_WORD_FIELD``), else as it is. The
    value is what follows the cell's last space: without a digit or an "@" there (most cells), no pattern is run."""
    field = _ONE_WORD_FIELD.fullmatch(cell) if _DIGIT_OR_AT.search(cell.rpartition(" ")[2]) else None
    if field and header_kind(field.group("label"))[0] in _ONE_WORD_KINDS:
        return [field.group("label"), field.group("value")]
    return [cell]


def _reads_as_label(label: str) -> bool:
    """A field's name ("Service Address"), an address's part ("City", "ZIP") or a phrase of lower-case words
    ("Disputed bill"), not a name's capitalised words ("Ana Ruiz"), which a row of a table holds as a value."""
    return header_kind(label)[0] is not None or bool(_ADDRESS_PART.fullmatch(label)) or \
        any(word.islower() for word in label.split()[1:])


_ADDRESS_PART = re.compile(r"(?i)city|state|zip(?: code)?|postal code")


def _names_a_field(text: str) -> bool:
    """Whether a cell is a label itself ("Phone", "Account No."), not a value ("2050 kWh" names its unit)."""
    text = label_text(text)
    return is_label_like(text) and header_kind(text)[0] is not None


class FormLines:
    """A page's visual lines added as segments, in order; a form's line (``form_rows``) as its labels and its values
    labelled by them (as a form field is): "Phone on file" a page's width away from "(909) 555-0142" names it as a
    colon would. A block of a form's lines, one after the other, one of them a grid's of two pairs or more, is one
    record of its values, as a table of label | value rows is: "Customer | Ana Ruiz | Account | PC15734118" is a
    customer's account, whatever its letters. Lines of one pair each are left to the label blocks' reading, which joins
    them to the lines around them (a statement's "Prepared for:" / name / mailing address over its "Account No." line)."""

    def __init__(self, builder, forms: dict[int, list[tuple[str, str]]]):
        self.builder = builder
        self.forms = forms
        self.fields: list[Segment | None] = []  # the values of the block read last
        self.location: Location | None = None
        self.grid = False  # a line of the block holds two pairs or more

    def add(self, index: int, text: str, location: Location) -> None:
        """The page's line ``index`` (from 0), ``text``."""
        pairs = self.forms.get(index)
        if pairs is None:
            self.close()
            self.builder.add(text, location)
            return
        if not self.fields:
            self.location = location
        self.grid = self.grid or len(pairs) >= 2
        for label, value in pairs:
            self.builder.add(label, location)
            self.fields.append(self.builder.add(value, location, label=label))

    def close(self) -> None:
        """End the form's block read last (before a table read in between, at the page's end)."""
        if self.fields and self.grid:
            self.builder.add_record(self.fields, self.location)
        self.fields, self.grid = [], False
