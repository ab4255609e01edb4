"""The site being written: its city, its page chrome (one of several CMS looks, by seed) and its files."""
from __future__ import annotations

import html
import random
import re

from .core import REGIONS, City, Context
from .phrasing import Phrasing
from .population import Population

CHROMES = ("civicplus", "drupal", "granicus", "plain")
HALL_STREETS = ("Civic Center Dr", "City Hall Plaza", "Main St", "Civic Way", "Government Center Dr")


def make_city(rng: random.Random, phrasing: Phrasing) -> City:
    name = rng.choice(phrasing.city_names)
    kind = rng.choice(phrasing.city_kinds)
    program = f"{name} {kind}"
    acronym = "".join(word[0] for word in program.split() if word[0].isupper())
    slug = re.sub(r"[^a-z]", "", name.lower())
    region, area_codes, zip_prefix = rng.choice(REGIONS)
    exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(2, 9)}"
    main_phone = f"({area_codes[0]}) {exchange}-{rng.randint(1000, 9999)}"
    return City(name=name, program=program, acronym=acronym,
                domain=rng.choice([f"{slug}ca.gov", f"cityof{slug}.org", f"ci.{slug}.ca.us"]),
                program_domain=f"{slug}{rng.choice(['energy', 'power', 'cce'])}.org",
                zip_code=f"{zip_prefix}{rng.randint(0, 99):02d}", area_codes=area_codes, region=region,
                hall_address=f"{rng.randint(100, 9999)} {rng.choice(HALL_STREETS)}",
                main_phone=main_phone)


class Site:
    """Files keyed by path relative to the site root; ``page`` wraps a body in this seed's CMS chrome."""

    def __init__(self, seed: int, phrasing: Phrasing):
        self.rng = rng = random.Random(f"{phrasing.name}:{seed}")
        city = make_city(rng, phrasing)
        self.ctx = Context(rng, phrasing, Population(rng, phrasing.name, city.area_codes), city)
        self.city = city
        self.chrome = rng.choice(CHROMES)
        self.files: dict[str, bytes] = {}
        self.links: list[tuple[str, str]] = []  # (title, path) for the index and the document center
        self.nav = [("Government", "government.html"), ("Residents", "residents.html"),
                    (city.program, "energy/index.html"), ("Agendas & Minutes", "agendas.html"),
                    ("Departments", "departments.html")]
        self.footer = (f"<p>City of {city.name}<br>{city.hall_address}<br>{city.name}, CA {city.zip_code}-"
                       f"{rng.randint(1000, 9999)}</p><p>Phone: {city.main_phone} | Fax: {city.main_phone[:-4]}"
                       f"{rng.randint(1000, 9999)}</p><p>City Hall hours: Monday - Thursday, 7:30 a.m. - 5:30 p.m."
                       "</p>")

    def add(self, path: str, content: bytes | str, title: str, listed: bool = True) -> None:
        self.files[path] = content.encode("utf-8") if isinstance(content, str) else content
        if listed:
            self.links.append((title, path))

    def page(self, title: str, body: str, charset: str = "utf-8") -> str:
        city = self.city
        nav = "".join(f'<li><a href="/{path}">{html.escape(label)}</a></li>' for label, path in self.nav)
        footer = self.footer
        meta = f'<meta charset="{charset}">' if charset else ""
        title_text = f"{title} | {city.name}, CA"
        if self.chrome == "civicplus":
            return (f'<!DOCTYPE html><html lang="en"><head>{meta}<title>{title_text}</title></head><body>'
                    f'<div id="skipLink"><a href="#main">Skip to Main Content</a></div><header class="siteHeader">'
                    f'<a href="/index.html"><img src="/logo.png" alt="City of {city.name} - Home"></a>'
                    f'<nav id="mainNav"><ul>{nav}</ul></nav></header><div id="breadCrumbs"><a href="/index.html">'
                    f'Home</a> &rsaquo; {title}</div><main id="main"><div class="fr-view"><h1>{title}</h1>{body}'
                    f'</div></main><footer id="siteFooter">{footer}<div class="poweredBy">Government Websites by '
                    f"CivicPlus&reg;</div></footer></body></html>")
        if self.chrome == "drupal":
            return (f'<!DOCTYPE html><html lang="en" dir="ltr"><head>{meta}<title>{title_text}</title></head>'
                    f'<body class="path-node page-node-type-page"><div class="dialog-off-canvas-main-canvas">'
                    f'<div class="region region-header"><a href="/index.html" rel="home">{city.name}</a></div>'
                    f'<nav role="navigation" class="menu--main"><ul class="menu">{nav}</ul></nav>'
                    f'<main role="main"><div class="region region-content"><article class="node"><h1 class="title">'
                    f'{title}</h1><div class="field--name-body">{body}</div></article></div></main>'
                    f'<footer class="region region-footer">{footer}</footer></div></body></html>')
        if self.chrome == "granicus":
            return (f'<!DOCTYPE html><html><head>{meta}<title>{title_text}</title></head><body>'
                    f'<div class="gov-header"><span class="seal">City of {city.name}</span><ul class="gov-menu">{nav}'
                    f'</ul></div><div class="gov-content" id="content"><h2 class="page-title">{title}</h2>'
                    f'<div class="content-body">{body}</div></div><div class="gov-footer">{footer}</div></body>'
                    f"</html>")
        links = " | ".join(f"<a href=/{path}>{html.escape(label)}</a>" for label, path in self.nav)
        return (f"<html><head>{meta}<title>{title_text}</title></head><body><table width=\"100%\"><tr><td>"
                f'<a href="/index.html">City of {city.name}</a> | {links}'
                f"</td></tr><tr><td><h1>{title}</h1>{body}</td></tr><tr><td><hr>{footer}</td></tr></table></body>"
                f"</html>")

    def table(self, headers: list[str], rows: list[list[str]], caption: str = "") -> str:
        """A table in this seed's markup: with or without thead, scope and caption."""
        cap = f"<caption>{caption}</caption>" if caption else ""
        if self.chrome in ("civicplus", "drupal"):
            head = "".join(f'<th scope="col">{h}</th>' for h in headers)
            body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
            return f'<table class="table">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        head = "".join(f"<th>{h}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        return f'<table border="1" cellpadding="4">{cap}<tr>{head}</tr>{body}</table>'

    def list_markup(self, items: list[str], layout: str) -> str:
        if layout == "ul":
            return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
        if layout == "ol":
            return "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"
        if layout == "br":
            return "<p>" + "<br>\n".join(items) + "</p>"
        if layout == "dl":
            return "<dl>" + "".join(f"<dt>{n}.</dt><dd>{i}</dd>" for n, i in enumerate(items, 1)) + "</dl>"
        raise ValueError(layout)
