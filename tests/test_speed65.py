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
    monkeypatch.setattr(worker, "_analysed", [0])
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
