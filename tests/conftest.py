"""Shared fixtures: real local sites on 127.0.0.1 and a runner for the ``pubcheck`` command."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTRACT_CHECKER = ROOT.parent / "shared" / "tools" / "check_contract.py"


@pytest.fixture
def run_pubcheck(tmp_path):
    """Run the pubcheck CLI of this checkout in a subprocess (Scrapy's reactor runs once per process)."""
    def run(*args, env=None, timeout=300):
        full_env = {**os.environ, "HOME": str(tmp_path / "home"), "PUBCHECK_FINGERPRINT_KEY": "test-key",
                    "PYTHONPATH": str(ROOT), **(env or {})}
        return subprocess.run([sys.executable, "-m", "crawler.cli", *map(str, args)], cwd=ROOT, env=full_env,
                              capture_output=True, text=True, timeout=timeout)
    return run


def check_contract(findings_json: Path, revealed: bool = False) -> str:
    if not CONTRACT_CHECKER.exists():
        pytest.skip("../shared/tools/check_contract.py is not beside this checkout")
    args = [sys.executable, str(CONTRACT_CHECKER), str(findings_json)] + (["--revealed"] if revealed else [])
    result = subprocess.run(args, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout
