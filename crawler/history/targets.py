"""What "the same target" means: runs of one target are compared with each other.

A crawl's target is its normalised start URL (lower-case scheme and host, no default port, ``/`` for an empty
path); a scan's is the absolute path of the file or folder. A run with several start URLs records each target
on its own, and each URL it met belongs to the target whose site and folder hold it.

The history shows a target masked (:func:`normalise_target`) but matches it by a keyed fingerprint of its raw
normalised form (:class:`HistoryTarget`, made by :class:`crawler.history.keys.HistoryKeys`): two start URLs that
mask alike (``?acct=11115678`` and ``?acct=22225678``) are two targets.
"""
from __future__ import annotations

import os
import posixpath
from collections.abc import Callable
from functools import cache, partial
from urllib.parse import urlsplit, urlunsplit

from crawler.url_text import shown_name

DEFAULT_PORTS = {"http": 80, "https": 443}


class HistoryTarget(str):
    """A target as the history shows it (its masked normal form, the string itself), with ``key``, the keyed
    fingerprint of its raw normal form that the history matches it by, and ``normal``, that raw form (never
    stored). A plain string target (no key) is matched by its shown form alone, as before the keys."""

    key: str | None
    normal: str
    key_id: str | None  # of the fingerprint key the key is made with: a run under another key is matched by ``shown``

    def __new__(cls, shown: str, key: str | None = None, normal: str | None = None, key_id: str | None = None):
        made = super().__new__(cls, shown)
        made.key, made.normal, made.key_id = key, normal if normal is not None else shown, key_id
        return made


def normal_target(target: str) -> str:
    """The raw normal form of a start URL (or the absolute path of a scanned one): what a target's key is made of;
    never stored or shown."""
    if "://" not in target:
        return _absolute(target)
    return _normal_url(target)


def normalise_target(target: str) -> str:
    """The key of a start URL (or of a scanned path) in the history, as the history stores it and the reports show
    it: what could identify a person in it masked (``?acct=2-35-123-4567`` -> ``?acct=*-**-***-4567``, see
    :func:`_masked`; a scanned path's identifier-shaped segments as well)."""
    if "://" not in target:
        return _target_masking().place(_absolute(target))
    return _masked(_normal_url(target))


def _absolute(path: str) -> str:
    """A scanned path made absolute, as shown (the working folder's name need be no UTF-8 either: see
    :func:`crawler.url_text.shown_name`)."""
    return shown_name(os.path.abspath(path))


def _masked(url: str) -> str:
    """``url`` as an unrevealed report shows it when the run found nothing: its user-info, query values that could
    identify a person, and identifier-shaped values in its path masked. The same whatever a run found, so that
    the runs of one target keep one key; an ordinary start URL is left as it is."""
    return _target_masking()._url(url)  # not its cached ``url``: every URL a run meets passes here (see target_finder)


@cache
def _target_masking():
    """The masking of a report that found nothing (reports import the history: imported when first needed)."""
    from reports.redact import Redactor, ShownText
    return ShownText(Redactor([]))


def _normal_url(target: str) -> str:
    parts = urlsplit(target.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    netloc = host if parts.port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{parts.port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def _site_and_folder(target: str) -> tuple[str, str]:
    """(scheme://host[:port], folder of the path with a trailing slash) of a normalised URL target, or
    ("", folder) of a path target."""
    if "://" not in target:
        folder = target if os.path.isdir(target) else os.path.dirname(target)
        return "", folder.rstrip(os.sep) + os.sep
    parts = urlsplit(target)
    path = parts.path if parts.path.endswith("/") else posixpath.dirname(parts.path) + "/"
    return f"{parts.scheme}://{parts.netloc}", path.replace("//", "/")


def _site_and_path(url: str, masked: bool = True) -> tuple[str, str]:
    """(site, path) of a URL met (``masked``: as the history shows it, else raw); a URL that cannot be parsed (a
    link to "http://[bad") is on no site."""
    if "://" not in url:
        return "", _absolute(url)
    try:
        normal = normalise_target(url) if masked else _normal_url(url)
    except ValueError:
        return "", ""
    parts = urlsplit(normal)
    return f"{parts.scheme}://{parts.netloc}", parts.path


def target_of(url: str, targets: list[str]) -> str:
    """The target (normalised) that ``url`` belongs to: among the targets on its site, the one whose folder
    holds it most closely; failing that, the first target on its site; failing that (a host a start URL
    redirected to), the first target. A :class:`HistoryTarget` is placed by its raw normal form, and ``url``
    then is the raw URL met."""
    raw = any(isinstance(t, HistoryTarget) for t in targets)
    site, path = _site_and_path(url, masked=not raw)
    best, best_length = None, -1
    same_site = None
    for target in targets:
        target_site, folder = _site_and_folder(target.normal if isinstance(target, HistoryTarget) else target)
        if target_site != site:
            continue
        same_site = same_site or target
        if path.startswith(folder) and len(folder) > best_length:
            best, best_length = target, len(folder)
    return best or same_site or targets[0]


def target_finder(targets: list[str]) -> Callable[[str], str]:
    """:func:`target_of` for the URLs of one run, each URL worked out once: a leaked export's 100,000
    findings share one URL, and a page's URL is asked for again by each of its findings."""
    return cache(partial(target_of, targets=targets))


def relative_path(url: str, target: str, masked: bool = True) -> str | None:
    """``url``'s path and query below its target's folder: how a staging document is matched with the same
    document on production (``--baseline``). None when the URL is outside the target's site and folder.
    ``masked``: both as the history shows them; else both raw (``target`` a :func:`normal_target`), the form whose
    keyed fingerprint the history matches."""
    site, path = _site_and_path(url, masked)
    target_site, folder = _site_and_folder(target)
    if site != target_site or not path.startswith(folder):
        return None
    query = urlsplit(url).query if site else ""
    return path[len(folder):] + (f"?{query}" if query else "")
