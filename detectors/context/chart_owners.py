"""A chart a page draws in SVG of one person's consumption: its ``<title>`` or a ``<text>`` names the person ("Monthly
use for NAME") and its texts give the kWh of the bars. The chart is that household's usage, as a bill's chart is: the
name is a customer's and the figures their consumption (PCE-01 4.1), though no table or label ties them.

Not a chart of a program's, a class's or the City's figures (enrollment by year, households, savings, an average:
its words say so), nor one naming no private person (an official's name comes with their title).
"""
from __future__ import annotations

import re

from .analysis import Analysis
from .community_places import named_on_a_page_of_places, place_by_its_figures
from .shapes import consumption_spans

# an SVG drawing's element, or an element inside one
_SVG_ELEMENT = re.compile(r"(?:^|[\s>])svg\b")
# a chart of many homes' or a program's figures: no one's own consumption
_COLLECTIVE_CHART = re.compile(r"(?i)\b(?:households|homes|customers|accounts|participants|enrolled|enrollment|"
                               r"average|avg|median|typical|total|system|program|class|city|citywide|community|"
                               r"saved|savings|generated|district|facilit(?:y|ies))\b")
# the chart's words that make the name its subject: its usage "for" or "of" the person before the name, the person's
# usage after it ("NAME's electricity use"), or a bar's figure right after it ("NAME, 1,937 kWh")
_USE_FOR = re.compile(r"(?i)\b(?:use|usage|consumption|kwh|electricity|energy)[ \t]+(?:for|of)[ \t]+$")
_OWN_USE_AFTER = re.compile(r"(?i)['\u2019]s[ \t]+(?:[a-z]+[ \t]+){0,2}?"
                            r"(?:use|usage|consumption|electricity|energy|kwh)\b")
_FIGURE_AFTER = re.compile(r"[ \t]*[,:\u2013\u2014-][ \t]*(?=\d)")
_SUBJECT_REACH = 40  # how far before the name its usage word stands
_WHY = "person whose consumption an SVG chart on the page draws"


def find(analysis: Analysis) -> None:
    for segment in analysis.document.segments:
        if not _SVG_ELEMENT.search(segment.location.element or ""):
            continue
        text = segment.text
        usage = consumption_spans(text)
        if not usage or _COLLECTIVE_CHART.search(text):
            continue
        subjects = [(start, end) for start, end in analysis.private_names_in(text)
                    if _USE_FOR.search(text, max(0, start - _SUBJECT_REACH), start) or _OWN_USE_AFTER.match(text, end)
                    or ((after := _FIGURE_AFTER.match(text, end)) and any(u[0] == after.end() for u in usage))]
        # a park's or a hall's chart on a page about the City's places ("Monthly use for Helen Park" under "Parks"),
        # or with months beyond a home's ("Monthly kWh for Vasquez-Ortiz Park"): the place's
        subjects = [(start, end) for start, end in subjects if not named_on_a_page_of_places(analysis, (segment, start, end))
                    and not place_by_its_figures(text, start, end, usage)]
        if not subjects:
            continue
        for start, end in subjects:
            analysis.add("name", segment, start, end, _WHY)
        for start, end in usage:
            analysis.add("usage", segment, start, end, _WHY)
