"""speed65: a worker's memory across documents (cycles left frozen between documents), same findings."""
from __future__ import annotations

import gc

from crawler import worker


class _Cycle:
    def __init__(self):
        self.me = self


def test_cycles_left_frozen_by_documents_are_collected_every_so_many_documents(monkeypatch):
    """What a document's detection leaves in reference cycles is frozen with it (see worker.analyze); the
    documents' unfreeze frees it every DOCUMENTS_BETWEEN_COLLECTIONS documents, not at each."""
    monkeypatch.setattr(worker, "DOCUMENTS_BETWEEN_COLLECTIONS", 3)
    monkeypatch.setattr(worker, "_since_collection", worker._SinceCollection(resident=worker._resident_memory()))
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for document in range(3):
            cycles = [_Cycle() for _ in range(100)]
            del cycles
            gc.freeze()
            worker._unfreeze()
            assert gc.get_freeze_count() == 0
            left = sum(isinstance(o, _Cycle) for o in gc.get_objects())
            assert left == (0 if document == 2 else 100 * (document + 1))
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


class _HeavyCycle:
    def __init__(self, size: int):
        self.me, self.payload = self, bytearray(size)


def test_a_document_that_grew_the_worker_has_its_cycles_collected_before_the_next():
    """A big document's cycles (a 40 MB PDF's parser objects) are freed before the next document is read, not 50
    documents later: the worker does not carry them into a customer export it reads next."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        worker._unfreeze()  # a collection clock started now
        worker._since_collection.analysed = 0
        worker._since_collection.resident = worker._resident_memory()
        big = _HeavyCycle(worker.GROWTH_BEFORE_COLLECTION * 2)
        big.payload[::4096] = b"x" * len(big.payload[::4096])  # in RAM, as a parsed document's objects are
        del big
        gc.freeze()
        worker._unfreeze()
        assert not any(isinstance(o, _HeavyCycle) for o in gc.get_objects())
        assert worker._since_collection.analysed == 0

        small = _Cycle()
        del small
        gc.freeze()
        worker._unfreeze()  # an ordinary page's few cycles wait for the next full collection
        assert sum(isinstance(o, _Cycle) for o in gc.get_objects()) == 1
        assert worker._since_collection.analysed == 1
    finally:
        gc.unfreeze()
        gc.collect()
        if was_enabled:
            gc.enable()
