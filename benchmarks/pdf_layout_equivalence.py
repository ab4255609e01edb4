"""Whether two trees of pubcheck read PDFs into exactly the same documents, and the CPU time each takes.

    python benchmarks/pdf_layout_equivalence.py [--reference /work/main] [--corpus ../shared/corpus/pdfs]
        [--extra '/work/redteam-*/'] [--budget-pages 300] [--ocr]

A speed-up of the PDF path (``crawler.extract.layout``, ``crawler.extract.pdf.text``) must not change its output.
Every PDF of the shared corpus, a generated budget book (``benchmarks.city_pdfs.budget_book``) and every PDF under
the ``--extra`` globs is extracted by the reference tree and by this tree, each in a subprocess of its own with
PYTHONPATH set to that tree (imports paid before the clock runs); every segment (text, location, label, hidden,
chrome), record, warning and not-checked note is compared, and any difference is printed. Hostile files of the
extra folders (over _MAX_BYTES, or over _MAX_PAGES pages: a page tree of 60,000 pages) are left out: outside the
crawl's per-document time limit they would run for many minutes, and they test containment, not layout. The
extra files are copied first, so that both trees read the same bytes while a red team's folder is rebuilt. Without ``--ocr``
Tesseract gets no language data (scanned pages are noted as needing OCR), as in the benchmark's first line.
Prints the CPU seconds of each tree for the corpus, the budget book and the extra files; exits 1 on a difference.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MAX_BYTES = 64 << 20
_MAX_PAGES = 2000


def _ordinary(path: Path) -> bool:
    """Whether an extra file is no hostile one (see the module docstring)."""
    import pypdfium2 as pdfium
    try:
        if path.stat().st_size > _MAX_BYTES:
            return False
    except OSError:  # gone while a red team's folder is rebuilt
        return False
    try:
        with pdfium.PdfDocument(str(path)) as pdf:
            return len(pdf) <= _MAX_PAGES
    except pdfium.PdfiumError:
        return True  # read by pubcheck's other parser, or failed with a reason: compared as well


def _document(path: str) -> object:
    """The extraction of one file as plain data (records name their fields by their index among the segments),
    or the error it ended with."""
    from crawler.extract import ExtractError, extract
    try:
        document = extract(path, Path(path).read_bytes())
    except ExtractError as e:
        return {"error": str(e)}
    index = {id(segment): k for k, segment in enumerate(document.segments)}
    return {"pages": document.pages, "title": document.title, "warnings": document.warnings,
            "unchecked": document.unchecked,
            "segments": [[s.text, repr(s.location), s.hidden, s.label, s.chrome] for s in document.segments],
            "records": [[[index.get(id(f), repr(f)) for f in r.fields], repr(r.location)] for r in document.records]}


def _worker(groups_file: str, out_file: str) -> None:
    """Read every file of every group; write each file's document and each group's CPU seconds."""
    import crawler.extract.ocr  # noqa: F401
    import crawler.extract.pdf  # noqa: F401
    groups = json.loads(Path(groups_file).read_text())
    documents, seconds = {}, {}
    for label, files in groups.items():
        started = time.process_time()
        for path in files:
            documents[path] = _document(path)
        seconds[label] = time.process_time() - started
    Path(out_file).write_text(json.dumps({"documents": documents, "seconds": seconds}))


def _run(tree: str, groups_file: str, out_file: str, ocr: bool) -> dict:
    env = dict(os.environ, PYTHONPATH=tree)
    if not ocr:
        env["TESSDATA_PREFIX"] = "/nonexistent"
    subprocess.run([sys.executable, __file__, "--worker", groups_file, out_file], env=env, check=True,
                   cwd=tree)
    return json.loads(Path(out_file).read_text())


def _differences(reference: dict, ours: dict) -> list[str]:
    found = [f"{path}: read by one tree only (a cached reference of other files)"
             for path in sorted(set(reference) ^ set(ours))]
    for path, expected in reference.items():
        if path not in ours:
            continue
        got = ours[path]
        if got == expected:
            continue
        if not isinstance(got, dict) or "error" in got or "error" in expected:
            found.append(f"{path}: {str(expected)[:200]} != {str(got)[:200]}")
            continue
        for key in expected:
            if expected[key] != got.get(key):
                first = next((k for k, (a, b) in enumerate(zip(expected[key], got[key])) if a != b), None) \
                    if isinstance(expected[key], list) else None
                detail = f"at {first}: {expected[key][first]!r} != {got[key][first]!r}" if first is not None \
                    else f"{len(expected[key] or [])} != {len(got.get(key) or [])}"
                found.append(f"{path}: {key} differ {detail}"[:600])
    return found


def _stable(result: dict, names: dict[str, str]) -> dict:
    """A worker's result with each copied file named as its original (the generated book without its folder)."""
    result["documents"] = {names.get(path, path): document for path, document in result["documents"].items()}
    return result


def _copied(files: list[str], folder: Path) -> dict[str, str]:
    """Each file copied into ``folder`` (name: the original path), the ones gone meanwhile left out."""
    import shutil
    folder.mkdir()
    copies = {}
    for number, path in enumerate(files):
        copy = folder / f"{number}-{Path(path).name}"
        try:
            shutil.copyfile(path, copy)
        except OSError:
            continue
        copies[str(copy)] = path
    return copies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", default="/work/main", help="the tree whose output is expected")
    parser.add_argument("--corpus", default=str(ROOT / "../shared/corpus/pdfs"))
    parser.add_argument("--extra", action="append", default=None, help="glob of folders with more PDFs")
    parser.add_argument("--budget-pages", type=int, default=300)
    parser.add_argument("--ocr", action="store_true", help="OCR scanned pages (Tesseract's data left as it is)")
    parser.add_argument("--reference-cache", help="a file keeping the reference tree's output: read when it exists "
                                                  "(the reference is not run again), else written")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from benchmarks.city_pdfs import budget_book
    extra = sorted({str(p) for pattern in (args.extra or ["/work/redteam-*/"]) for folder in glob.glob(pattern)
                    for p in Path(folder).rglob("*") if p.suffix.lower() == ".pdf" and p.is_file() and _ordinary(p)})
    with tempfile.TemporaryDirectory(prefix="pubcheck-pdf-equivalence-") as tmp:
        book = Path(tmp, "budget-book.pdf")
        budget_book(book, pages=args.budget_pages)
        names = {**_copied(extra, Path(tmp, "extra")), str(book): "budget-book.pdf"}
        groups = {"corpus": sorted(str(p) for p in Path(args.corpus).glob("*.pdf")), "budget book": [str(book)],
                  "extra": [copy for copy in names if copy != str(book)]}
        groups_file = Path(tmp, "groups.json")
        groups_file.write_text(json.dumps(groups))
        cache = Path(args.reference_cache) if args.reference_cache else None
        if cache is not None and cache.exists():
            reference = json.loads(cache.read_text())
        else:
            reference = _stable(_run(args.reference, str(groups_file), str(Path(tmp, "reference.json")), args.ocr),
                                names)
            if cache is not None:
                cache.write_text(json.dumps(reference))
        ours = _stable(_run(str(ROOT), str(groups_file), str(Path(tmp, "ours.json")), args.ocr), names)
    print(f"{'group':12} {'files':>5}  {'reference CPU s':>15}  {'this tree CPU s':>15}  {'saved':>6}")
    for label, files in groups.items():
        before, after = reference["seconds"][label], ours["seconds"][label]
        saved = f"{1 - after / before:6.0%}" if before else ""
        print(f"{label:12} {len(files):5}  {before:15.2f}  {after:15.2f}  {saved}")
    differences = _differences(reference["documents"], ours["documents"])
    for line in differences:
        print(line)
    print(f"{len(differences)} differences over {len(reference['documents'])} files")
    return 1 if differences else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        _worker(sys.argv[2], sys.argv[3])
    else:
        sys.exit(main())
