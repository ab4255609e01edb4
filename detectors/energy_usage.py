"""Customers' electricity consumption (PCE-01 4.1, rule 6.3).

A usage figure counts when it is a customer's: a usage column of a customer record (a bare number under
"kWh" or "Usage" too), a label block ("Usage: 532 kWh" beside an account or a name), a usage history
table (Month | kWh) on a page that names a customer or an account, a figure in a paragraph tying a person
to an identifier or a home, and kWh or therm figures in the text of a letter to a customer ("usage of
1,240 kWh in July"); the unit may be spelt out, in English or Spanish ("640 kilovatios-hora"), short or plural
("880 kWhs", "455 kW-hrs"), or stand as a label before the figure ("kWh used: 1,317"); in a customer's record a figure
with no unit counts right after a verb of using with a month or billing period after it ("said she used 1,836 in
December", "says used 1,648 last month") and set against an earlier one ("usage 434 vs. 700 prior year"), a range
after a word of use ("monthly usage between 900 and 1,899 kWh"), and a key account's own MWh under a period's header
("Annual MWh"). Never findings:
tariffs and tiers
("Tier 1: 0-300 kWh", "$0.12/kWh", "per kWh"), baselines and allowances, program savings, a class's or a
program's average, median or typical figure wherever its subject stands in the sentence ("the average home uses
550 kWh", "The average residential customer in Pomona used 512 kWh", "Average CARE usage 498 kWh/month"; a
customer's own average stays theirs), and city-wide or generation figures, which come in MWh, GWh or MW
and are not read at all.

No options.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .context import CustomerContext, CustomerDataDetector
from .context.shapes import (NUMBER_IN_WORDS_RE, USAGE_FIGURE, consumption_across, consumption_below, consumption_spans,
                             figure_value, listed_across, number_from_words, phone_spans, spelt_figure_across,
                             unit_across, usage_figures)
from .model import Document, Finding

# a usage field's figure, in any of the forms a usage figure is written (``USAGE_FIGURE``): "1,584", "1584.5", "1584,5"
# with a decimal comma (a European export, semicolon-separated), "1.584,5", "1 584", "١٬٥٨٤"
_NUMBER = re.compile(rf"(?<![\w.,$]){USAGE_FIGURE}(?![\d,])")


class EnergyUsageDetector(CustomerDataDetector):
    category = "energy_usage"
    severity = "high"
    rule = "PCE-01 6.3"

    def scan(self, document: Document, context: CustomerContext) -> Iterator[Finding]:
        following = preceding = None
        for f in context.of_kind("usage", "zone"):
            text = f.segment.text
            if f.kind == "usage":
                if "$" in f.text or _whole_phone(f.text):
                    continue  # an amount, or a phone number keyed into a usage column (its area code no figure)
                figures = usage_figures(text, f.start, f.end)
                if figures:
                    # the first figure, and each later one that reads as a reading of its own, not a tariff's or a
                    # class's beside it: a cell of several months' ("1,059 kWh (Jul), 882 kWh (Aug)")
                    readings = figures[:1] + ([span for span in consumption_spans(text, f.start, f.end)
                                               if span in figures[1:] and not _REFERENCE_AFTER.match(text, span[1])]
                                              if len(figures) > 1 else [])
                    for at, to in readings:
                        yield self.finding(f.segment, at, to, why=f.why, normalized=_normal(text[at:to]))
                    continue
                m = _NUMBER.search(text, f.start, f.end) or NUMBER_IN_WORDS_RE.search(text, f.start, f.end)
                following = following if following is not None else document.next_lines()
                rest = following.get(id(f.segment)) if m else None
                unit = rest is not None and unit_across(text[m.end():], rest.text)
                # "my bill says one thousand one hundred" / "thirty-four kilowatt hours": its words cut
                spelt = rest is not None and not unit and spelt_figure_across(text[:f.end], rest.text)
                if unit:  # "never used 185" / "kWh in one month", "2,200 kilowatt" / "hours": one figure on two lines
                    end = len(text.rstrip())
                    yield self.finding(f.segment, m.start(), end, why=f.why, continued=rest, continued_end=unit.end(),
                                       normalized=_normal(f"{text[m.start():end]} {unit.group()}"))
                elif spelt and spelt[0] == f.start:
                    end = len(text.rstrip())
                    yield self.finding(f.segment, f.start, end, why=f.why, continued=rest, continued_end=spelt[1],
                                       normalized=_normal(f"{text[f.start:end]} {rest.text[:spelt[1]]}"))
                elif m:
                    yield self.finding(f.segment, *m.span(), why=f.why, normalized=_normal(m.group()))
                continue
            preceding = preceding if preceding is not None or f.start else document.previous_lines()
            above = None if f.start else preceding.get(id(f.segment))
            # the line after, whose opening words may make a figure ending the line a class's ("... compared with the
            # 6,120 kWh" / "residential average.")
            if text[f.end:].strip():
                below = text[f.end:].lstrip("\r\n").split("\n", 1)[0] if text[f.end:f.end + 1] in "\r\n" else None
            else:
                following = following if following is not None else document.next_lines()
                below = getattr(following.get(id(f.segment)), "text", None)
            for start, end in consumption_below(text, f.start, f.end, above.text if above else None, below):
                yield self.finding(f.segment, start, end, why=f.why, normalized=_normal(text[start:end]))
            # "... shows that the 2,374" / "kwh billed for July matches ...": a line break (a list's comma may end the
            # line, which the zone leaves out: "showed 1,318," / "2,402 and 2,655 kWh")
            if not text[f.end:].strip(" \t\r\n,;/"):
                following = following if following is not None else document.next_lines()
                yield from self._cut_at_line_end(f, following.get(id(f.segment)))

    def _cut_at_line_end(self, f, rest) -> Iterator[Finding]:
        """The consumption figure that ends a letter's line, its unit opening the next line (a PDF's line break), and
        the figures of a list the line break cut before its last figure and unit ("... bills showed 1,318," / "2,402
        and 2,655 kWh respectively")."""
        if rest is None:
            return
        text = f.segment.text
        base = max(f.start, f.end - 60)
        for at, to in listed_across(text[base:].rstrip(), rest.text[:60]):  # the line's own comma too
            yield self.finding(f.segment, base + at, base + to, why=f.why,
                               normalized=_normal(text[base + at:base + to]))
        cut = consumption_across(text[base:f.end], rest.text[:24])
        unit = cut and unit_across(text[base + cut[1]:f.end], rest.text)
        if unit:
            end = len(text.rstrip())
            yield self.finding(f.segment, base + cut[0], end, why=f.why, continued=rest, continued_end=unit.end(),
                               normalized=_normal(f"{text[base + cut[0]:end]} {unit.group()}"))

    def mask(self, value: str) -> str:
        """Every digit hidden, and every letter of a figure written in words: a usage figure is short, and its last
        digits are most of it."""
        value = NUMBER_IN_WORDS_RE.sub(lambda m: re.sub(r"[^\s-]", "*", m.group()), value)
        return re.sub(r"\d", "*", value)


# words right after a usage cell's later figure that make it a reference the reading is set against: "1,200 kWh of 800
# kWh allowance", "1,059 kWh vs 900 kWh avg for similar homes"
_REFERENCE_AFTER = re.compile(r"(?i)[\s(]*(?:avg|average|allowance|baseline|typical|median|limit|cap|target|goal|"
                              r"threshold|budget|class|system|for (?:similar|comparable|other|nearby)|neighbou?rs?)\b")


def _whole_phone(text: str) -> bool:
    """A field that is one phone number and nothing else: "(909) 620-2374"."""
    spans = phone_spans(text)
    return len(spans) == 1 and not (text[:spans[0][0]] + text[spans[0][1]:]).strip()


_FIGURE = re.compile(USAGE_FIGURE)


def _normal(value: str) -> str:
    """The figure in ASCII digits, without thousands separators and with a decimal point, and its unit: "eighteen
    hundred kWh" is "1800 kwh", "1.312,5 kWh" "1312.5 kwh", "٢٬٦٣٦ كيلوواط ساعة" "2636 كيلوواط ساعة"."""
    value = NUMBER_IN_WORDS_RE.sub(lambda m: str(number_from_words(m.group())), value)
    value = _FIGURE.sub(lambda m: figure_value(m.group()), value)
    return " ".join(value.lower().split())
