"""Documents the site serves from another host: a CMS's ``/files/plan.pdf`` or ``/DocumentCenter/View/2291``
answered with a redirect to an S3 bucket, an Azure blob, a CDN or a document-management host. The City publishes
that file through its own link, so it is fetched and checked as the site's document, listed as served from that
host, and never crawled on from (a page there is not followed for links). A page link's redirect to another host
still ends there, and so does a page's direct link to another host: the link itself shows the reader another site.
"""
from __future__ import annotations

from ..scope import names_document

SERVED_FROM = "pubcheck_served_from"  # request meta: the other host a document link of the site redirects to


def document_redirect(chain: list[str], target: str) -> bool:
    """Whether a redirect chain leading to ``target`` is a document link's: the site's URL it started from, or
    the URL it ends at, names a document (``.pdf``, ``.csv`` ...)."""
    return names_document(chain[0]) or names_document(target)


def served_from_note(host: str) -> str:
    return (f"served from {host}, where the site's document link redirects: checked as the site's document "
            "(its links are not followed)")
