"""Pausing Python's cyclic garbage collector while many small acyclic records are made.

A leaked customer table gives hundreds of thousands of segments, locations, fields, findings and masks. They hold
no reference cycles, but each 700 allocations set off a young collection and, as they pile up, full ones over the
whole heap: up to half of reading a 20,000-row CSV and a fifth of detecting it, freeing nothing. A PDF's pages
are read without it too: their objects hold almost no cycles (about 17 freed a page of a budget book), and the
collections cost a tenth of reading them. The collector runs again after each document.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The body without the cyclic collector, which is switched back on after it (unless it was off already)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
