"""Nothing confidential in any output without --reveal, found or not (issue 7): a crawl of a generated dev city
site (``recall_corpus``) without --reveal; no value planted on it, whether pubcheck detected it or not, may appear
in any file written to the output folder (report.html, findings.json, junit.xml and whatever else) nor on the
console. Values are searched in their raw forms: as written on the site, and for numbers also as bare digits;
HTML and XML outputs are also searched with their character references decoded, JSON with its escapes decoded."""
from __future__ import annotations

import html
import json
import re

import pytest

from conftest import ROOT
from recall_corpus import build_site
from recall_corpus.run import crawl_site

SEED = 3  # another city than the recall test's
NUMBER_CATEGORIES = {"account_number", "ssn", "taxpayer_id", "phone"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("noleak")
    root = tmp / "site"
    root.mkdir()
    built = build_site(root, "dev", SEED)
    crawl = crawl_site(root, tmp / "out", ROOT, tmp / "home", reveal=False)
    assert crawl.data, crawl.result.stderr[-3000:]
    assert crawl.data["run"]["reveal"] is False
    return built, crawl


def _readable(path) -> list[str]:
    """The output file as written, and decoded the way its reader would see it; of a JSON file its strings."""
    raw = path.read_bytes().decode("utf-8", "replace")
    texts = [raw]
    if path.suffix in (".html", ".xml", ".htm", ".svg"):
        texts.append(html.unescape(raw))
    if path.suffix == ".json":
        texts = [_strings(json.loads(raw))]
    return texts


def _strings(value) -> str:
    """Every string of a JSON document, escapes decoded (its numbers, such as sizes and pages, left out)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    return "\n".join(_strings(v) for v in value) if isinstance(value, list) else ""


def _forms(category: str, value: str) -> re.Pattern:
    """The raw forms of a planted value that must not be printed, as one pattern: as written, and the bare
    digits of a number; never part of a longer word or number."""
    forms = {value}
    digits = re.sub(r"\D", "", value)
    if category in NUMBER_CATEGORIES and len(digits) >= 7:
        forms.add(digits)
    if category == "energy_usage" and not value.isdigit():
        forms.add(f"{digits} kWh")
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,-])(?:{alternatives})(?![\w-]|[.,]\d)", re.IGNORECASE)


def test_no_planted_value_in_any_output_or_on_the_console(run):
    built, crawl = run
    outputs = {str(p.relative_to(crawl.out)): _readable(p) for p in sorted(crawl.out.rglob("*")) if p.is_file()}
    assert {"report.html", "findings.json", "junit.xml"} <= set(outputs)
    outputs["stdout"] = [crawl.result.stdout]
    outputs["stderr"] = [crawl.result.stderr]
    leaks = []
    for p in built.planted:
        pattern = _forms(p.category, p.value)
        where = sorted(w for w, texts in outputs.items() if any(pattern.search(t) for t in texts))
        if where:
            leaks.append(f"{p.category:<15} {p.value!r:<40} {p.hiding_place:<26} -> {', '.join(where)}")
    assert leaks == [], f"{len(leaks)} of {len(built.planted)} planted values leak:\n" + "\n".join(leaks)
