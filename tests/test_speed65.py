"""speed65: a worker's memory across documents (cycles left frozen, the address tagger's cache), same findings."""
from __future__ import annotations

import gc

import usaddress

from crawler import worker
from detectors.context import address_tags


class _Cycle:
    def __init__(self):
        self.me = self


def test_cycles_left_frozen_by_documents_are_collected_once_they_pile_up(monkeypatch):
    """What a document's detection leaves in reference cycles is frozen with it (see worker.analyze); the next
    document's unfreeze frees it once the frozen objects outnumber those alive after the last collection by
    GARBAGE_ALLOWED, not at every document."""
    monkeypatch.setattr(worker, "GARBAGE_ALLOWED", 5_000)
    gc.collect()
    monkeypatch.setattr(worker, "_kept", [len(gc.get_objects())])
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        few = [_Cycle() for _ in range(100)]
        del few
        gc.freeze()
        worker._unfreeze()
        assert gc.get_freeze_count() == 0
        assert sum(isinstance(o, _Cycle) for o in gc.get_objects()) == 100  # a few: left for later
        many = [_Cycle() for _ in range(20_000)]
        del many
        gc.freeze()
        worker._unfreeze()
        assert not any(isinstance(o, _Cycle) for o in gc.get_objects())
        assert worker._kept[0] < 20_000 + 5_000 + len(gc.get_objects())
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def test_a_long_lived_heap_is_not_walked_at_every_document(monkeypatch):
    """Objects alive after a collection (a cache a large export filled) do not set off another one by themselves."""
    monkeypatch.setattr(worker, "GARBAGE_ALLOWED", 5_000)
    gc.collect()
    kept = [{"live": i} for i in range(20_000)]
    monkeypatch.setattr(worker, "_kept", [len(gc.get_objects())])
    calls = []
    monkeypatch.setattr(worker.gc, "collect", lambda *a: calls.append(a) or 0)
    try:
        gc.freeze()
        worker._unfreeze()
    finally:
        gc.unfreeze()
    assert calls == [] and len(kept) == 20_000


def test_token_attributes_are_shared_strings_and_read_as_usaddress_reads_them():
    """The cached attributes are interned (one string for all tokens but the word itself) and tag as before."""
    first = address_tags._token_attributes("Sycamore")
    second = address_tags._token_attributes("Magnolia")
    shared = {a for a in first[1] if not a.startswith("previous:word:")}
    assert shared and all(any(a is b for b in second[1]) for a in shared if a in second[1])
    for text in ("1187 N. Sycamore Ridge Rd Apt 4, Upland CA 91786", "PO Box 2210", "Holt Ave and Garey Ave",
                 "3321 Camino del Sol, Unit B"):
        try:
            expected = {label: value.strip(" ,;") for label, value in usaddress.tag(text)[0].items()}
        except usaddress.RepeatedLabelError:
            expected = None
        got = address_tags.address_tags(text)
        if expected is not None and got is not None:
            assert {k: v for k, v in got.items() if not k.startswith("Second")} == {
                k: v for k, v in expected.items() if not k.startswith("Second")}


def test_address_labels_are_one_string_for_every_address():
    one = address_tags.address_tags("418 W. Alvarado St, Pomona")
    other = address_tags.address_tags("72 E. Foothill Blvd, Claremont")
    assert one and other
    for label in one.keys() & other.keys():
        assert next(k for k in one if k == label) is next(k for k in other if k == label)
