"""Scores a revealed run's findings against the planted ground truth.

A planted value is found when a finding on the same file, of the same category, has a value that overlaps it
after normalisation: the same digits for numbers (a phone may carry a leading 1; an account may lose a letter
prefix or a check digit), case and spacing folded for e-mails, the same words for names (titles dropped; a
surname alone overlaps the full name), and for addresses the street line with or without the city and ZIP.
A finding is right when it overlaps some planted value of its category on its file; every other finding is a
false positive, on whatever file and in whatever category.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .core import Planted

NUMBER_CATEGORIES = {"account_number", "ssn", "taxpayer_id", "phone", "energy_usage"}
TITLES = {"mr", "ms", "mrs", "mx", "dr", "miss", "sr", "jr"}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).casefold()
    return [w for w in re.split(r"[^\w]+", text) if w]


def overlaps(category: str, planted: str, found: str) -> bool:
    if category in NUMBER_CATEGORIES:
        a, b = _digits(planted), _digits(found)
        if not a or not b:
            return False
        if a == b:
            return True
        if category == "phone":
            return b == "1" + a
        if category == "account_number":
            short, long_ = sorted((a, b), key=len)
            return short in long_ and len(short) >= max(6, 0.75 * len(long_))
        return False
    if category == "email":
        a, b = planted.casefold().strip(), re.sub(r"\s+", "", found.casefold())
        return a in b and len(b) <= len(a) + 4  # "<a@b.com>", "mailto:" are fine; a paragraph is not
    if category == "customer_name":
        a = set(_words(planted)) - TITLES
        b = set(_words(found)) - TITLES
        return bool(b) and (b <= a or a <= b)
    if category == "address":
        a, b = set(_words(planted)), set(_words(found))
        if not b:
            return False
        if a <= b:
            return True
        number = next((w for w in _words(planted) if w.isdigit()), None)
        return b <= a and number in b and len(b) >= 2
    return planted.casefold() == found.casefold()


@dataclass(frozen=True)
class Row:
    label: str
    planted: int
    found: int
    findings: int
    right: int

    @property
    def recall(self) -> float | None:
        return self.found / self.planted if self.planted else None

    @property
    def precision(self) -> float | None:
        return self.right / self.findings if self.findings else None


@dataclass(frozen=True)
class Score:
    overall: Row
    by_category: tuple[Row, ...]
    by_place: tuple[Row, ...]
    misses: tuple[Planted, ...]
    false_positives: tuple[dict, ...]  # findings that overlap nothing planted

    @property
    def recall(self) -> float:
        return self.overall.recall or 0.0

    @property
    def precision(self) -> float:
        return 1.0 if self.overall.precision is None else self.overall.precision

    def report(self, misses: int = 40) -> str:
        def fmt(value: float | None) -> str:
            return "   -" if value is None else f"{value:4.2f}"

        def table(title: str, rows) -> list[str]:
            lines = [f"{title:<28} {'planted':>7} {'found':>6} {'recall':>6} {'findings':>8} {'right':>6} "
                     f"{'precision':>9}"]
            lines += [f"{r.label:<28} {r.planted:>7} {r.found:>6} {fmt(r.recall):>6} {r.findings:>8} {r.right:>6} "
                      f"{fmt(r.precision):>9}" for r in rows]
            return lines
        lines = table("overall", [self.overall]) + [""] + table("category", self.by_category) + [""]
        lines += table("hiding place", self.by_place) + [""]
        lines.append(f"misses ({len(self.misses)}, first {misses}):")
        lines += [f"  {m.hiding_place:<26} {m.category:<15} {m.value!r:<40} {m.path}" for m in self.misses[:misses]]
        lines.append(f"false positives ({len(self.false_positives)}, first {misses}):")
        lines += [f"  {f['category']:<15} {f.get('value')!r:<40} {f['url']}  {f.get('why', '')}"
                  for f in self.false_positives[:misses]]
        return "\n".join(lines)


def score(findings: list[dict], planted: tuple[Planted, ...], places: dict[str, str]) -> Score:
    """``findings`` as in a revealed findings.json, each ``url`` made relative to the site root."""
    by_file: dict[tuple[str, str], list[Planted]] = {}
    for p in planted:
        by_file.setdefault((p.path, p.category), []).append(p)
    found: set[Planted] = set()
    right: list[bool] = []
    for f in findings:
        hits = [p for p in by_file.get((f["url"], f["category"]), ()) if overlaps(p.category, p.value,
                                                                               f.get("value") or "")]
        found.update(hits)
        right.append(bool(hits))

    def row(label: str, keep_planted, keep_finding) -> Row:
        ps = [p for p in planted if keep_planted(p)]
        fs = [r for f, r in zip(findings, right) if keep_finding(f)]
        return Row(label, len(ps), sum(p in found for p in ps), len(fs), sum(fs))

    categories = sorted({p.category for p in planted} | {f["category"] for f in findings})
    place_of = lambda f: places.get(f["url"], "public")  # noqa: E731
    place_names = sorted({p.hiding_place for p in planted}) + ["public"]
    return Score(
        overall=row("all", lambda p: True, lambda f: True),
        by_category=tuple(row(c, lambda p, c=c: p.category == c, lambda f, c=c: f["category"] == c)
                          for c in categories),
        by_place=tuple(row(h, lambda p, h=h: p.hiding_place == h, lambda f, h=h: place_of(f) == h)
                       for h in place_names),
        misses=tuple(p for p in planted if p not in found),
        false_positives=tuple(f for f, r in zip(findings, right) if not r),
    )

