"""The processes a measured command starts, for the benchmarks' memory and CPU figures.

pubcheck's extraction workers are forked from a multiprocessing fork server (``crawler/worker.py``): they are the
fork server's children, not the command's, and the fork server outlives the command by a moment, orphaned. A
benchmark that counts only the command's children, or the CPU of the children it waited for, misses them; one that
adopts the orphans (a child subreaper) and reaps them counts everything the command started.
"""
from __future__ import annotations

import ctypes
import os
import time
from pathlib import Path

_PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


def children(pid: int) -> list[int]:
    """The child processes of ``pid``, of all its threads."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def descendants(pid: int) -> list[int]:
    """Every process below ``pid``: its children, theirs, and so on."""
    found, below = [], children(pid)
    while below:
        found += below
        below = [grandchild for child in below for grandchild in children(child)]
    return found


def fork_server_workers(pid: int) -> list[int]:
    """pubcheck's extraction workers: the children of its multiprocessing fork server, a child of ``pid``."""
    servers = []
    for child in children(pid):
        try:
            if b"multiprocessing.forkserver" in Path(f"/proc/{child}/cmdline").read_bytes():
                servers.append(child)
        except OSError:
            pass
    return [worker for server in servers for worker in children(server)]


def adopt_orphans() -> None:
    """Make this process the parent of the orphans of the commands it starts (Linux's child subreaper), so that
    :func:`reap_adopted` can wait for them and their CPU counts in ``RUSAGE_CHILDREN``."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def reap_adopted(kept: set[int], seconds: float = 30.0) -> None:
    """Wait for this process's children other than ``kept`` (a site's server) to end: the command's orphans, which
    end once the command has (a fork server, its workers)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = [child for child in children(os.getpid()) if child not in kept]
        if not left:
            return
        for child in left:
            try:
                os.waitpid(child, os.WNOHANG)
            except ChildProcessError:
                pass
        time.sleep(0.05)
