"""A data file's caption or description told as a sentence is read as running text (red team site36): a sitemap's
``<image:caption>`` "Rebate recipient ... at his home, 3973 ..." names a program's participant at their home as the
same words on a page do. A sitemap's ``<loc>`` URLs say where pages are, not what the sitemap is about: a page
named ``.../ecomments`` among them does not make the sitemap a public comment.

Hard negatives: a caption of an official at a City facility, a short caption, a caption naming a business.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITEMAP = "https://www.pomonaca.gov/sitemap.xml"


def _sitemap(*captions: str, pages: tuple[str, ...] = ()) -> str:
    urls = "".join(f"<url><loc>https://www.pomonaca.gov{page}</loc><lastmod>2025-05-01</lastmod></url>"
                   for page in pages)
    images = "".join(f"<image:image><image:loc>https://www.pomonaca.gov/img/p{k}.jpg</image:loc>"
                     f"<image:caption>{caption}</image:caption></image:image>" for k, caption in enumerate(captions))
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
            f"{urls}<url><loc>https://www.pomonaca.gov/pce/rebates</loc>{images}</url></urlset>")


def test_a_rebate_recipient_at_home_in_an_image_caption():
    found = pairs_found(_SITEMAP, _sitemap("Rebate recipient Taavi Lindqvist at his home, 2784 Juniper Hollow Ln",
                                           pages=("/council/meetings/2025-04-15/ecomments", "/pce/news")),
                        "application/xml")
    assert values_of(found, "customer_name") == {"Taavi Lindqvist"}
    assert values_of(found, "address") == {"2784 Juniper Hollow Ln"}


def test_officials_businesses_and_short_captions_are_nothing():
    found = pairs_found(_SITEMAP, _sitemap(
        "Mayor Elena Marquez at the ribbon cutting, 505 S Garey Ave",
        "Rebate recipient Juniper Bakery owner at the shop, 190 W Second St",
        "Taavi Lindqvist", "Solar array at the Palomares Park community center"), "application/xml")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")
