"""Compiled regular expressions kept in a file for the test suite's processes.

Importing the detectors compiles some 2,300 patterns: 1.3 s of CPU in every process that does, and the suite
starts a few hundred (each pubcheck run, the fork server of its extraction workers, each pytest worker). Python's
own cache of compiled patterns ends with its process; this one keeps, in a file, what ``re``'s compiler makes of
each pattern (its code, flags and groups) and hands that to ``_sre.compile`` as ``re`` does: the same compiled
pattern (two patterns compare equal only with the same code). A pattern the file lacks is compiled as usual.
Only the test suite turns it on: tests/conftest.py, and the checkout's sitecustomize.py for the processes the
tests start (they inherit :data:`ENV_VAR`).
"""
from __future__ import annotations

import marshal
import os
import sys
from array import array
from pathlib import Path
from re import _compiler, _parser

import _sre

ENV_VAR = "PUBCHECK_TESTS_PATTERN_CACHE"  # the cache file's path
MOST_KEPT = 4_000  # patterns in the file: the detectors compile some 2,300, and each process adds its set-ordered ones
RE_COMPILE = _compiler.compile  # re's own, which a pattern the cache cannot hold (a parsed one, DEBUG) goes to

# what _sre.compile takes after the pattern: flags, code (as array('I') bytes: marshal reads a list of 100,000
# numbers 30 times slower), the number of groups, the group index and the groups' names
Compiled = tuple[int, bytes, int, dict, tuple]


def default_path() -> Path:
    """A file of this user's, for this Python's compiler only (another version compiles to other code)."""
    import tempfile
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    return Path(tempfile.gettempdir()) / f"pubcheck-tests-{os.getuid()}" / f"patterns-{tag}.marshal"


def _own(status: os.stat_result) -> bool:
    """Owned by this user and written by no one else."""
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def compiled_form(pattern: str | bytes, flags: int) -> Compiled:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


class PatternCache:
    """The patterns of one file, put in place of ``re``'s compiler by :meth:`install`."""

    def __init__(self, path: Path):
        self.path = path
        self.known = self._read()
        self.used: dict[tuple[str | bytes, int], Compiled] = {}

    def _read(self) -> dict:
        """The file's patterns; none from a file or folder another user could have written (its code runs)."""
        try:
            with open(self.path, "rb") as stream:
                if not all(_own(os.stat(where)) for where in (stream.fileno(), self.path.parent)):
                    return {}
                return marshal.load(stream)
        except (OSError, EOFError, ValueError, TypeError):  # none yet, or another Python's
            return {}

    def install(self) -> None:
        """Compile through this cache, unless this process already does (or ``re`` is not the one it knows)."""
        usable = _sre.CODESIZE == array("I").itemsize and hasattr(_compiler, "_code")
        if usable and getattr(_compiler.compile, "__module__", None) == "re._compiler":
            _compiler.compile = self.compile

    def compile(self, pattern, flags=0):
        """``re._compiler.compile``: a pattern's compiled form from the file, or compiled and remembered."""
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return RE_COMPILE(pattern, flags)
        key = (pattern, int(flags))
        form = self.used.get(key) or self.known.get(key) or compiled_form(pattern, flags)
        if len(self.used) < MOST_KEPT:  # a long test session compiles many patterns of its own data
            self.used[key] = form
        flags, code, groups, groupindex, indexgroup = form
        return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)

    def save(self) -> None:
        """Add the patterns this process compiled to the file, when it lacked some. Atomic: a reader sees the old
        file or this one. A few patterns are joined from sets, in an order that changes with each process's hash
        seed: past :data:`MOST_KEPT` patterns the file keeps this process's alone."""
        if not self.used.keys() - self.known.keys():
            return
        kept = {**self.known, **self.used}
        kept = kept if len(kept) <= MOST_KEPT else dict(self.used)
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            partial = self.path.with_name(f"{self.path.name}.{os.getpid()}")
            with open(partial, "wb") as stream:
                marshal.dump(kept, stream)
            os.replace(partial, self.path)
        except OSError:  # a cache that cannot be written leaves the suite as slow as it was, no worse
            return
        self.known = kept
