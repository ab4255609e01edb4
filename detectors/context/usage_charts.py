"""A customer's usage drawn as a bar chart: the figures printed on the bars and the months under them, as a bill or a
usage letter draws its 13 months. A PDF's text keeps the chart as lines of bare figures (the bars' labels, one line per
height: "1,392" / "1,186  1,220" / "725  711  729") beside a line of month names ("Apr  May  Jun ..."), with the chart's
caption above or below ("kWh used per billing month", "Monthly usage (kWh)"). The figures are the customer's usage
where the page names a customer (a name found as a customer's): a chart is no table and carries no record of its own.
So are the figures of a grid of months down the page, a month and its figure a line ("Jan | 430" / "Feb | 374" / ...),
under such a caption ("Prior 12 months usage (kWh) from utility bill"), as an application form copies the usage
history from the applicant's bill (``_month_grids``).

Not usage: a chart whose caption gives another measure (a rate in cents or dollars per kWh, a bill's dollars, MWh or GWh
of a system, customers enrolled, temperatures, meetings), a class's, a program's or an average's chart, a page naming
no customer (a public report's chart), a sample bill's (its values are no one's), and the axis' scale beside the
bars (evenly spaced ticks: "0", "500", "1,000"); nor a grid captioned as the City's, a community's or a facility's
use ("Citywide residential usage (kWh)", "City Hall monthly kWh").
"""
from __future__ import annotations

import re

from .analysis import Analysis, Line, page_of
from .shapes import MONTH_NAME

# a line of month names under (or over) the bars: "Apr  May  Jun", "Jan 24  Feb 24", "ENE  FEB  MAR"
_MONTH = rf"{MONTH_NAME}(?:[ '\u2019-]?(?:\d{{2}}|\d{{4}}))?"
_MONTHS_LINE = re.compile(rf"(?i)\s*{_MONTH}(?:\s+{_MONTH}){{2,}}\s*")
_MONTH_WORD = re.compile(rf"(?i){_MONTH}")
# a line of the bars' labels: bare figures ("1,186  1,220", "18.4"), no amounts, shares or units
_FIGURES_LINE = re.compile(r"\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)*\s*")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# a caption that says the bars are usage
_USAGE_CAPTION = re.compile(r"(?i)\b(?:kwhs?|kilowatt[- ]?hours?|usage|consumption|(?:energy|electricity|power)\s+use|"
                            r"used|consumo|uso)\b")
# a caption of another measure, or of a class's, a program's or an average's figures
_OTHER_MEASURE = re.compile(r"(?i)[$\u00a2%\u00b0]|/\s*kwh|\bper\s+kwh\b|\b(?:cents?|dollars?|costs?|charges?|rates?|"
                            r"prices?|amounts?|bills?\s+amount|mwh|gwh|mw|therms?|customers|accounts|enrolled|"
                            r"participants?|temperatures?|degrees?|meetings?|average|avg|typical|median|system|"
                            r"program|class|generat\w*|solar|export\w*|sav(?:ed|ings?))\b")
# a caption of a whole place's or the City's own use: no household's ("Citywide usage (kWh)", "Municipal facilities")
_COLLECTIVE = re.compile(r"(?i)\b(?:city|city[\s-]?wide|community|municipal|facilit(?:y|ies)|buildings?|streetlights?|"
                         r"portfolio|territory|county|region(?:al)?|residential|commercial|all)\b")
_CAPTION_CHARS = 100
_CAPTION_REACH = 2  # lines between the chart and its caption (a legend: "current month in orange")
_TICKS = 3  # evenly spaced round figures opening as many lines: the axis' scale ("0", "500", "1,000")
_ROUND = 10


def find(analysis: Analysis) -> None:
    named = analysis.named_pages()
    if not named:
        return
    lines = analysis.free_lines
    _month_grids(analysis, lines, named)
    why = "bar chart of usage by month on a page naming a customer"
    for k, line in enumerate(lines):
        if page_of(line.segment) not in named or not _MONTHS_LINE.fullmatch(line.text):
            continue
        months = len(_MONTH_WORD.findall(line.text))
        for run, caption_lines in (_run(lines, k, -1), _run(lines, k, 1)):
            figures = _bar_labels(run)
            if figures and len(figures) <= months and any(_usage_caption(c.text) for c in caption_lines):
                for segment, start, end in figures:
                    analysis.add("usage", segment, start, end, why)


def _run(lines: list[Line], k: int, step: int) -> tuple[list[Line], list[Line]]:
    """The lines of bare figures next to the months line ``k``, going up (``step`` -1) or down, and the lines that
    may caption the chart: past the figures, and on the months line's other side."""
    page = page_of(lines[k].segment)
    run, i = [], k + step
    while 0 <= i < len(lines) and page_of(lines[i].segment) == page and _FIGURES_LINE.fullmatch(lines[i].text):
        run.append(lines[i])
        i += step
    beyond = [lines[j] for j in range(i, i + step * _CAPTION_REACH, step)
              if 0 <= j < len(lines) and page_of(lines[j].segment) == page]
    across = [lines[j] for j in range(k - step, k - step * (_CAPTION_REACH + 1), -step)
              if 0 <= j < len(lines) and page_of(lines[j].segment) == page]
    return run, beyond + across if run else []


def _bar_labels(run: list[Line]) -> list[tuple]:
    """The figures of the run's lines, without the axis' ticks: round figures opening their lines, evenly spaced."""
    figures = [[(line.segment, line.start + m.start(), line.start + m.end()) for m in _FIGURE.finditer(line.text)]
               for line in run]
    ticks = {k: value for k, row in enumerate(figures)
             if (value := float(_text(row[0]).replace(",", ""))) % _ROUND == 0}
    values = sorted(ticks.values())
    if len(values) >= _TICKS and len({b - a for a, b in zip(values, values[1:])}) == 1:
        figures = [row[1:] if k in ticks else row for k, row in enumerate(figures)]
    return [figure for row in figures for figure in row]


def _text(figure: tuple) -> str:
    segment, start, end = figure
    return segment.text[start:end]


def _usage_caption(text: str) -> bool:
    return len(text) <= _CAPTION_CHARS and bool(_USAGE_CAPTION.search(text)) and not _OTHER_MEASURE.search(text)


# a grid's line: a month (maybe its year) and one bare figure in the next cell ("Jan\t430", "Feb 24 | 1,374", "MAR: 820")
_GRID_LINE = re.compile(rf"(?i)\s*{_MONTH}(?:\t|[ \t]*[|:][ \t]*| {{2,}})[ \t]*(?P<figure>{_FIGURE.pattern})"
                        r"(?:[ \t]*kwh)?\s*")
_GRID_MONTHS = 3  # lines of a grid, at least: fewer is a record's dated reading or two


def _month_grids(analysis: Analysis, lines: list[Line], named: set) -> None:
    """The figures of a grid of months down a page naming a customer, under a usage caption at most
    ``_CAPTION_REACH`` lines above it (a header row "Month | kWh" may stand between), see the module."""
    if not analysis.may_hold("kwh", "usage", "consumption", "used", "consumo", "uso", "kilowatt"):
        return
    k = 0
    while k < len(lines):
        page = page_of(lines[k].segment)
        if page not in named:
            k += 1
            continue
        end = k
        while end < len(lines) and page_of(lines[end].segment) == page and _GRID_LINE.fullmatch(lines[end].text):
            end += 1
        if end - k >= _GRID_MONTHS and any(
                _usage_caption(c.text) and not _COLLECTIVE.search(c.text)
                for c in lines[max(0, k - _CAPTION_REACH):k] if page_of(c.segment) == page):
            for line in lines[k:end]:
                a, b = _GRID_LINE.fullmatch(line.text).span("figure")
                analysis.add("usage", line.segment, line.start + a, line.start + b,
                             "usage by month in a grid on a page naming a customer")
        k = max(end, k + 1)
