"""report.html: the report compliance staff read, rendered from the model by a Jinja template.

Autoescaping is on for every template and undefined names raise, because everything shown comes from
crawled, possibly hostile content and a silently blank field would hide a mistake.
"""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .bidi import bidi_shown
from .model import ReportModel

_environment = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    # every value as its text is stored, Markup (the report's own HTML) included: it holds no bidirectional control
    finalize=lambda value: type(value)(bidi_shown(value)) if isinstance(value, str) else value,
)
_environment.filters["number"] = "{:,}".format  # 20,000 rather than 20000


def render(model: ReportModel) -> str:
    return _environment.get_template("report.html.j2").render(report=model)
