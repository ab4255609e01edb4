"""What pubcheck's PDF path reads from each file, written as one JSON line per file, so that a change
meant only to make it faster can be shown to read exactly the same: save a snapshot before, one after,
and compare them.

    python benchmarks/pdf_snapshot.py OUT.jsonl [--corpus ../shared/corpus/pdfs] [--ocr]
    python benchmarks/pdf_snapshot.py --compare BEFORE.jsonl AFTER.jsonl

The inputs are the shared corpus of real odd and broken PDFs and a generated 300-page budget book. A line
holds everything extraction gives: every segment (text, location with its box, why it is hidden, label),
records, title, page count, warnings and unchecked parts, or the reason the file failed. Without
``--ocr`` Tesseract is kept out, as in the benchmark, and scanned pages are marked as needing OCR.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.city_pdfs import budget_book  # noqa: E402


def snapshot(path: Path) -> dict:
    from crawler.extract import ExtractError, extract
    try:
        document = extract(path.name, path.read_bytes())
    except ExtractError as e:
        return {"file": path.name, "failed": str(e)}
    segments = [[s.text, s.location.page, s.location.line, s.location.element, s.location.box, s.location.ocr,
                 s.location.attachment, s.hidden, s.label] for s in document.segments]
    index = {id(s): n for n, s in enumerate(document.segments)}
    records = [[index.get(id(s)) for s in record.fields] for record in document.records]
    return {"file": path.name, "pages": document.pages, "title": document.title, "segments": segments,
            "records": records, "warnings": document.warnings, "unchecked": document.unchecked}


def compare(before: Path, after: Path) -> int:
    old = {json.loads(line)["file"]: line for line in before.read_text().splitlines()}
    new = {json.loads(line)["file"]: line for line in after.read_text().splitlines()}
    differ = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(old.keys() & new.keys()) - len(differ)} of {len(old.keys() | new.keys())} files read the same")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?")
    parser.add_argument("--corpus", default=str(ROOT / "../shared/corpus/pdfs"))
    parser.add_argument("--ocr", action="store_true", help="read scanned pages with Tesseract")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(Path(args.compare[0]), Path(args.compare[1]))
    if not args.out:
        parser.error("give OUT.jsonl or --compare BEFORE AFTER")
    if not args.ocr:
        os.environ["TESSDATA_PREFIX"] = "/nonexistent"
    files = sorted(Path(args.corpus).glob("*.pdf")) if Path(args.corpus).is_dir() else []
    with tempfile.TemporaryDirectory(prefix="pubcheck-pdf-snapshot-") as tmp, open(args.out, "w") as out:
        book = Path(tmp, "budget-book.pdf")
        budget_book(book)
        for path in [*files, book]:
            out.write(json.dumps(snapshot(path), sort_keys=True) + "\n")
    print(f"{len(files) + 1} files read into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
