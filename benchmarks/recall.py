"""Recall and precision of pubcheck on a generated city site it has never seen (issue 7).

    python3 benchmarks/recall.py [--variant dev|heldback] [--seed N] [--keep DIR] [--misses 40]

Builds the website of a fictional city in SCE territory for the variant and seed (tests/recall_corpus), serves it
on 127.0.0.1, runs ``pubcheck crawl --reveal`` on it and prints recall and precision overall, per category and per
hiding place, then the misses and the false positives. The ``heldback`` variant (wording, layouts and name pools
disjoint from the tests' ``dev`` site) is run once, at the end of the work on issue 7, to see whether it
generalises: do not tune against it.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from recall_corpus import build_site, score  # noqa: E402
from recall_corpus.run import crawl_site  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variant", choices=["dev", "heldback"], default="dev")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the site and the reports here and keep them")
    parser.add_argument("--misses", type=int, default=40, help="how many misses and false positives to list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        root, out = work / "site", work / "out"
        root.mkdir(parents=True, exist_ok=True)
        built = build_site(root, args.variant, args.seed)
        print(f"site: {args.variant} seed {args.seed}: City of {built.city.name}, {built.city.program}; "
              f"{len(built.files)} files, {len(built.planted)} planted values")
        started = time.monotonic()
        crawl = crawl_site(root, out, ROOT, work / "home", reveal=True)
        print(f"crawl: exit {crawl.result.returncode} in {time.monotonic() - started:.1f} s")
        if not crawl.data:
            print(crawl.result.stderr[-4000:])
            return 2
        scanned = {d["url"] for d in crawl.data["documents"] if d["status"] == "scanned"}
        unscanned = sorted(set(built.files) - scanned)
        if unscanned:
            print(f"not scanned: {unscanned}")
        print(score(crawl.data["findings"], built.planted, built.places).report(args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
