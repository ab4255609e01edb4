"""The suite's file of compiled patterns (tests/pattern_cache.py) gives every pattern exactly what re's compiler
gives it, and reaches the processes the tests start through the checkout's sitecustomize.py."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from pattern_cache import ENV_VAR, RE_COMPILE, PatternCache

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = [
    (r"(?P<label>Acct(?:ount)?\.?\s*(?:No\.?|#))\s*(?P<number>\d{2}-\d{5}-\d{2})", 0),
    (r"\b(?:service|billing)\s+address\b", re.IGNORECASE),
    (r"""(?x) (?<![\w-]) \d{3} - \d{2} - \d{4} (?![\w-])   # a written-out SSN""", 0),
    (r"^\s*(?i:council)\s+member\b.*$", re.MULTILINE | re.DOTALL),
    (rb"%PDF-1\.[0-7]", 0),
    (r"\w+@\w+\.(?:gov|org)", re.ASCII),
    ("|".join(f"park{n}" for n in range(400)), 0),
]


def test_a_pattern_from_the_file_is_the_one_re_compiles(tmp_path):
    first = PatternCache(tmp_path / "patterns.marshal")
    made = [first.compile(pattern, flags) for pattern, flags in PATTERNS]
    first.save()
    again = PatternCache(tmp_path / "patterns.marshal")
    assert again.known.keys() == {(pattern, int(flags)) for pattern, flags in PATTERNS}
    for (pattern, flags), fresh in zip(PATTERNS, made):
        expected, read = RE_COMPILE(pattern, flags), again.compile(pattern, flags)
        assert fresh == expected and read == expected  # a pattern equals another only with the same code
        assert (read.flags, read.groups, read.groupindex) == (expected.flags, expected.groups, expected.groupindex)
    text = "Acct. No. 12-34567-89 at the billing address"
    assert again.compile(*PATTERNS[0]).search(text).group("number") == "12-34567-89"


def test_the_file_is_written_only_when_it_lacks_a_pattern(tmp_path):
    path = tmp_path / "patterns.marshal"
    cache = PatternCache(path)
    cache.compile(*PATTERNS[1])
    cache.save()
    written = path.stat().st_mtime_ns
    reread = PatternCache(path)
    reread.compile(*PATTERNS[1])
    os.utime(path, ns=(written - 10**9, written - 10**9))
    reread.save()
    assert path.stat().st_mtime_ns == written - 10**9


def test_a_parsed_or_debugged_pattern_is_re_s_own(tmp_path):
    cache = PatternCache(tmp_path / "patterns.marshal")
    cache.compile(r"a+b", re.DEBUG)
    assert not cache.used


def test_a_process_the_suite_starts_compiles_through_the_file(tmp_path):
    probe = "import re; print(re._compiler.compile.__module__)"
    def started(env: dict) -> str:
        return subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                              env={**env, "PYTHONPATH": str(ROOT)}, check=True).stdout.strip()
    with_file = started({**os.environ, ENV_VAR: str(tmp_path / "patterns.marshal")})
    without = started({key: value for key, value in os.environ.items() if key != ENV_VAR})
    assert (with_file, without) == ("pubcheck_tests_pattern_cache", "re._compiler")


def test_a_file_another_user_could_write_is_not_read(tmp_path):
    cache = PatternCache(tmp_path / "patterns.marshal")
    cache.compile(*PATTERNS[2])
    cache.save()
    assert PatternCache(tmp_path / "patterns.marshal").known
    (tmp_path / "patterns.marshal").chmod(0o666)
    assert not PatternCache(tmp_path / "patterns.marshal").known
