"""A seeded generator of a fresh city website with customer records planted where leaks really hide, and the
scorer that measures pubcheck's recall and precision on it (issue 7).

``build_site(root, variant, seed)`` writes the website of a fictional city in SCE territory (name, program,
area codes, CMS look, page paths, people and wording all drawn from the seed) under ``root`` and returns the
ground truth: every confidential value planted, with its file, category and hiding place. Everything else on
the site is public. ``variant`` is ``"dev"`` (what the tests crawl) or ``"heldback"`` (disjoint words, layouts
and name pools, looked at once at the end; see ``phrasing``). ``score`` compares a run's findings with it.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from . import hiding, public
from .core import City, Planted
from .phrasing import phrasing_of
from .scoring import Score, score
from .site import Site

__all__ = ["BuiltSite", "City", "Planted", "Score", "build_site", "score"]


@dataclass(frozen=True)
class BuiltSite:
    city: City
    planted: tuple[Planted, ...]
    files: tuple[str, ...]  # every file written, relative to the root
    places: dict[str, str]  # file -> hiding place ("public" for a file without planted records)


def build_site(root: Path, variant: str = "dev", seed: int = 1) -> BuiltSite:
    site = Site(seed, phrasing_of(variant))
    builders = list(hiding.BUILDERS) + list(public.BUILDERS)
    for build in builders:
        build(site)
    links = list(site.links)
    site.rng.shuffle(links)
    listing = "".join(f'<li><a href="/{path}">{html.escape(title)}</a></li>' for title, path in links)
    site.add("documents.html", site.page("Document Center", f"<ul>{listing}</ul>"), "Document Center",
             listed=False)
    nav = "".join(f'<li><a href="/{path}">{html.escape(label)}</a></li>' for label, path in site.nav)
    site.add("index.html", site.page(f"Welcome to {site.city.name}", (
        f"<p>Welcome to the official website of the City of {site.city.name}.</p><ul>{nav}"
        f'<li><a href="/documents.html">Document Center</a></li></ul>')), "Home", listed=False)
    for path, content in site.files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    planted = tuple(site.ctx.planted)
    places = {path: "public" for path in site.files}
    places.update({p.path: p.hiding_place for p in planted})
    return BuiltSite(site.city, planted, tuple(sorted(site.files)), places)
