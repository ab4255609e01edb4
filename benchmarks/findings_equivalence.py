"""Check that two checkouts of pubcheck find exactly the same things (for changes meant only to be faster).

    python3 benchmarks/findings_equivalence.py BASE_TREE NEW_TREE FOLDER_OR_FILE...

Each tree runs in a subprocess of its own (``PYTHONPATH`` set to the tree) that analyses every file under the
given folders with ``crawler.worker.analyze``, the worker's extract-and-detect step that ``pubcheck scan`` and the
crawl run per document, the content type sniffed as ``scan`` does. Every finding is compared field by field: url,
category, severity, rule, value, key, masked value, location, hidden, label, context, why, public_if_repeated and
seq; so are each file's status, reason, warnings and unchecked parts. The script prints the counts compared, each
tree's detection CPU time, and every difference; it exits 1 on any difference.

BASE_TREE is best a snapshot of the commit the change started from (``git archive BASE | tar -x -C DIR``): a
checkout that moves meanwhile makes differences of its own.

Folders named ``out*`` (reports of earlier runs) and files over ``--max-mb`` are left out.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import json, sys, time
from pathlib import Path
from crawler.worker import _start_worker, analyze
_start_worker({}, {}, 0)
out = {}
cpu = 0.0
for path in json.load(open(sys.argv[1])):
    body = Path(path).read_bytes()
    outcome = analyze(Path(path).as_uri(), body, None)
    if outcome.timings:
        cpu += outcome.timings["detection"]
    findings = [[d.url, d.category, d.severity, d.rule, d.masked, d.value, d.key, repr(d.location), d.hidden,
                 d.label, d.context, d.why, d.public_if_repeated, d.seq] for d in (outcome.findings or [])]
    out[path] = {"status": outcome.status, "reason": outcome.reason, "warnings": outcome.warnings,
                 "unchecked": outcome.unchecked, "findings": findings}
json.dump({"files": out, "detection_seconds": cpu, "cpu_seconds": time.process_time()}, open(sys.argv[2], "w"))
"""


def files_to_compare(targets: list[str], max_mb: float) -> list[str]:
    """Every regular file under the targets, sorted, without earlier runs' output folders."""
    found = []
    for target in targets:
        root = Path(target)
        candidates = [root] if root.is_file() else root.rglob("*")
        for path in candidates:
            if root.is_dir() and any(part.startswith("out") for part in path.relative_to(root).parts[:-1]):
                continue
            if path.is_file() and not path.is_symlink() and path.stat().st_size <= max_mb * 1024 * 1024:
                found.append(str(path))
    return sorted(set(found))


def run_tree(tree: str, files_list: str) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        result_path = out.name
    env = dict(os.environ, PYTHONPATH=tree)
    subprocess.run([sys.executable, "-c", _CHILD, files_list, result_path], env=env, check=True, cwd=tree)
    result = json.loads(Path(result_path).read_text())
    os.unlink(result_path)
    return result


def differences(base: dict, new: dict) -> list[str]:
    found = []
    for path, before in base["files"].items():
        after = new["files"].get(path)
        if after is None:
            found.append(f"{path}: missing in the new tree")
            continue
        for field in ("status", "reason", "warnings", "unchecked"):
            if before[field] != after[field]:
                found.append(f"{path}: {field} {before[field]!r} -> {after[field]!r}")
        old_findings = [json.dumps(f) for f in before["findings"]]
        new_findings = [json.dumps(f) for f in after["findings"]]
        if old_findings != new_findings:
            old_set, new_set = set(old_findings), set(new_findings)
            gone = [f for f in old_findings if f not in new_set]
            added = [f for f in new_findings if f not in old_set]
            found.append(f"{path}: findings differ ({len(old_findings)} -> {len(new_findings)}); "
                         f"only before: {gone[:5]}; only after: {added[:5]}"
                         + ("" if gone or added else " (same findings, another order)"))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("new")
    parser.add_argument("targets", nargs="+")
    parser.add_argument("--max-mb", type=float, default=20)
    parser.add_argument("--base-results", help="a JSON file of BASE_TREE's results: read if it exists, else written "
                        "(to compare several changes against one base without analysing everything again)")
    args = parser.parse_args()
    files = files_to_compare(args.targets, args.max_mb)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as listing:
        json.dump(files, listing)
    if args.base_results and Path(args.base_results).exists():
        base = json.loads(Path(args.base_results).read_text())
    else:
        base = run_tree(args.base, listing.name)
        if args.base_results:
            Path(args.base_results).write_text(json.dumps(base))
    new = run_tree(args.new, listing.name)
    os.unlink(listing.name)
    found = differences(base, new)
    total = sum(len(f["findings"]) for f in base["files"].values())
    print(f"{len(files)} files, {total} findings compared; {len(found)} differences")
    for tree, result in (("base", base), ("new", new)):
        print(f"{tree}: detection {result['detection_seconds']:.2f} s (wall), process CPU {result['cpu_seconds']:.2f} s")
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
