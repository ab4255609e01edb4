"""Customers' electricity consumption (PCE-01 4.1, rule 6.3).

A usage figure counts when it is a customer's: a usage column of a customer record (a bare number under
"kWh" or "Usage" too), a label block ("Usage: 532 kWh" beside an account or a name), a usage history
table (Month | kWh) on a page that names a customer or an account, and kWh or therm figures in the
text of a letter to a customer ("usage of 1,240 kWh in July"). Never findings: tariffs and tiers
("Tier 1: 0-300 kWh", "$0.12/kWh", "per kWh"), baselines and allowances, program savings, averages
("the average home uses 550 kWh"), and city-wide or generation figures, which come in MWh, GWh or MW
and are not read at all.

No options.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .base import text_after
from .customer_context import USAGE_RE, CustomerDataDetector
from .model import Document, Finding

_NUMBER = re.compile(r"(?<![\w.,$])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,$])\d+(?:\.\d+)?")
# words just before a figure that make it a tariff's, a program's or an average's, not a customer's
_NOT_CONSUMPTION = re.compile(
    r"(?i)\b(?:per|typical(?:ly)?|tiers?|baseline|allowance|rates?|up to|sav(?:e|es|ing|ings|ed)|"
    r"reduc(?:e|ed|tion)|credits?|program|goal|target|limit|threshold|first|next|additional|between|over|"
    r"above|below|exceed(?:s|ing)?|average (?:home|household|customer|residential|resident|family|house|user)s?)"
    r"\b|\d\s*(?:-|\u2013|to)\s*$")
_RATE_AFTER = re.compile(r"(?i)\s*(?:/|per\b|of baseline|baseline|on average|a month on average)")


class EnergyUsageDetector(CustomerDataDetector):
    category = "energy_usage"
    severity = "high"
    rule = "PCE-01 6.3"
    description = "Customers' electricity consumption beside a customer, account or letter"

    def scan(self, document: Document) -> Iterator[Finding]:
        for f in self.context(document).of_kind("usage", "zone"):
            text = f.segment.text
            if f.kind == "usage":
                if "$" in f.text:
                    continue
                m = USAGE_RE.search(text, f.start, f.end) or _NUMBER.search(text, f.start, f.end)
                if m:
                    yield self.finding(f.segment, *m.span(), why=f.why, normalized=_normal(m.group()))
                continue
            for m in USAGE_RE.finditer(text, f.start, f.end):
                words = " ".join(text[max(f.start, m.start() - 50):m.start()].split()[-4:])
                if not _NOT_CONSUMPTION.search(words) and not _RATE_AFTER.match(text_after(text, m.end(), 20)):
                    yield self.finding(f.segment, *m.span(), why=f.why, normalized=_normal(m.group()))

    def mask(self, value: str) -> str:
        """Every digit hidden: a usage figure is short, and its last digits are most of it."""
        return re.sub(r"\d", "*", value)


def _normal(value: str) -> str:
    return " ".join(value.lower().replace(",", "").split())
