"""What the nodes of a crawl across machines send each other through Redis, and how it is encoded.

Two kinds of entries travel: frontier entries (Scrapy requests, as ``Request.to_dict`` gives them) and result
batches (the records a join's share of the crawl came to: :class:`AnalysedItem` for a document it analysed, and
the spider's own link, redirect, status and error items). Both are JSON, never pickle (an entry read from Redis
must not be able to run code), with explicit tags for the few types JSON lacks, and both are sealed
(:mod:`.sealing`). A request travels without its ``Authorization`` and ``Cookie`` headers, which a retry copies
from the node that added them: each node's middlewares add their own.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, fields, is_dataclass

from detectors.model import Detection, Location

from ..items import CrawlErrorItem, LinksItem, RedirectItem, StatusItem
from ..worker import Outcome
from .sealing import Sealer

NODE_ONLY_HEADERS = (b"Authorization", b"Cookie")


@dataclass
class AnalysedItem:
    """A document a join fetched and analysed: what the starting process's collector records for it (the body
    stays on the join; its SHA-256 tells a folder URL and its index file apart, as the collector does locally)."""

    url: str
    kind: str
    http_status: int
    size: int
    fetch_seconds: float | None
    digest: bytes
    etag: str | None
    outcome: Outcome

    def __repr__(self) -> str:  # Scrapy logs items at DEBUG: the URL and the status, never values found
        return f"AnalysedItem({self.url!r}, {self.outcome.status})"


RECORD_TYPES = {cls.__name__: cls for cls in (AnalysedItem, LinksItem, RedirectItem, StatusItem, CrawlErrorItem,
                                              Outcome, Detection, Location)}


def _plain(value):
    """``value`` as JSON can hold it: registered dataclasses, tuples, bytes and dicts with other than text keys
    tagged."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if is_dataclass(value) and type(value).__name__ in RECORD_TYPES:
        return {"$type": type(value).__name__, **{f.name: _plain(getattr(value, f.name)) for f in fields(value)}}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, tuple):
        return {"$tuple": [_plain(v) for v in value]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: _plain(v) for k, v in value.items()}
        return {"$dict": [[_plain(k), _plain(v)] for k, v in value.items()]}
    raise TypeError(f"cannot send a {type(value).__name__} through Redis")


def _typed(obj: dict):
    """The inverse of :func:`_plain` for one JSON object (a ``json`` object hook)."""
    if "$type" in obj:
        cls = RECORD_TYPES[obj.pop("$type")]
        return cls(**{f.name: obj[f.name] for f in fields(cls) if f.init and f.name in obj})
    if "$bytes" in obj:
        return base64.b64decode(obj["$bytes"])
    if "$tuple" in obj:
        return tuple(obj["$tuple"])
    if "$dict" in obj:
        return {k: v for k, v in obj["$dict"]}
    return obj


def dumps(value) -> bytes:
    return json.dumps(_plain(value), separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def loads(data: bytes):
    return json.loads(data, object_hook=_typed)


class FrontierSerializer:
    """scrapy-redis's queue serializer (``dumps``/``loads`` of a request's dict): sealed JSON."""

    PURPOSE = "frontier"

    def __init__(self, sealer: Sealer):
        self.sealer = sealer

    def dumps(self, request_dict: dict) -> bytes:
        headers = {name: values for name, values in request_dict.get("headers", {}).items()
                   if bytes(name).title() not in NODE_ONLY_HEADERS}
        return self.sealer.seal(self.PURPOSE, dumps({**request_dict, "headers": headers}))

    def loads(self, sealed: bytes) -> dict:
        return loads(self.sealer.open(self.PURPOSE, sealed))


def seal_batch(sealer: Sealer, records: list) -> bytes:
    return sealer.seal("results", dumps(records))


def open_batch(sealer: Sealer, sealed: bytes) -> list:
    return loads(sealer.open("results", sealed))
