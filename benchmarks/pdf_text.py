"""Pages per second of pubcheck's PDF path against pdfminer.six's ``pdf2txt.py`` defaults, same run.

    python benchmarks/pdf_text.py [--corpus ../shared/corpus/pdfs] [--budget-pages 300]

The inputs are every PDF of the shared corpus of real odd and broken files, plus a generated 300-page
text-heavy budget book (headings, prose, tables of figures), since the corpus is mostly short files.
Each reader runs in a worker process of its own that reads every file (imports paid once), each file
under the per-document time limit and memory cap, timed inside the worker; pages are counted once, by
PDFium.
pubcheck's path is the whole extraction (text, hidden text and redaction checks, annotations,
attachments), measured without and with OCR of scanned pages (which ``pdf2txt.py`` does not do);
``pdf2txt.py`` is pdfminer's text with its default layout analysis, timed in a worker like pubcheck's and,
on a line of its own, run as the command itself once per file.
"""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.city_pdfs import budget_book  # noqa: E402

TIMEOUT = 120  # the default per-document extraction limit
MEMORY_MB = 2048  # the default worker memory cap


def _start_worker(ocr: bool) -> None:
    """The production worker's memory cap; without OCR, no Tesseract language data (pdf2txt.py reads no
    scanned page either: pubcheck then marks such pages as needing OCR)."""
    import os
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_MB << 20, MEMORY_MB << 20))
    if not ocr:
        os.environ["TESSDATA_PREFIX"] = "/nonexistent"


def load_pubcheck() -> None:
    import crawler.extract.ocr  # noqa: F401
    import crawler.extract.pdf  # noqa: F401


def load_pdf2txt() -> None:
    import pdfminer.high_level  # noqa: F401


def read_with_pubcheck(path: str) -> tuple[float, float]:
    from crawler.extract import ExtractError, extract
    body = Path(path).read_bytes()
    started, cpu = time.perf_counter(), time.process_time()
    try:
        extract(path, body)
    except ExtractError:
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def read_with_pdf2txt(path: str) -> tuple[float, float]:
    """What ``pdf2txt.py FILE`` does with its defaults: text of every page with LAParams()."""
    import logging
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings about broken files, on every file
    from pdfminer.high_level import extract_text_to_fp
    from pdfminer.layout import LAParams
    body = Path(path).read_bytes()
    started, cpu = time.perf_counter(), time.process_time()
    try:
        extract_text_to_fp(io.BytesIO(body), io.StringIO(), laparams=LAParams())
    except Exception:  # pdf2txt.py stops with a traceback on a broken file: its time so far counts
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def pages_of(path: Path) -> int:
    import pypdfium2 as pdfium
    try:
        with pdfium.PdfDocument(str(path)) as pdf:
            return len(pdf)
    except pdfium.PdfiumError:
        return 0


def timed(load, reader, files: list[Path], ocr: bool = False) -> tuple[float, float, int]:
    """Seconds and CPU seconds ``reader`` spent on ``files`` in one long-lived worker process (imports paid
    once), each file bounded by the time limit and the memory cap; and how many files ran out of time (a
    file that times out counts the whole limit, as wall and as CPU time)."""
    from pebble import ProcessPool
    total, cpu, late = 0.0, 0.0, 0
    with ProcessPool(max_workers=1, initializer=_start_worker, initargs=(ocr,)) as pool:
        pool.schedule(load).result()  # start the worker and import the reader before the clock runs
        for path in files:
            future = pool.schedule(reader, args=(str(path),), timeout=TIMEOUT)
            try:
                wall, used = future.result()
                total, cpu = total + wall, cpu + used
            except TimeoutError:
                total, cpu, late = total + TIMEOUT, cpu + TIMEOUT, late + 1
            except Exception:  # the worker died (out of memory, a crash in C): its time is lost, not counted
                pass
    return total, cpu, late


def timed_command(files: list[Path]) -> tuple[float, float, int] | None:
    """Seconds and CPU seconds of ``pdf2txt.py FILE`` run as a command, one process per file (interpreter
    start-up and imports included, as a user running it pays them); None when the script is not installed."""
    import os
    import resource
    import subprocess
    script = Path(sys.executable).with_name("pdf2txt.py")
    if not script.exists():
        return None
    total, late = 0.0, 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for path in files:
        started = time.perf_counter()
        try:
            subprocess.run([sys.executable, str(script), str(path), "-o", os.devnull], capture_output=True,
                           timeout=TIMEOUT, preexec_fn=lambda: _start_worker(True))
            total += time.perf_counter() - started
        except subprocess.TimeoutExpired:
            total, late = total + TIMEOUT, late + 1
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return total, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, late


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(ROOT / "../shared/corpus/pdfs"))
    parser.add_argument("--budget-pages", type=int, default=300)
    args = parser.parse_args(argv)
    files = sorted(Path(args.corpus).glob("*.pdf")) if Path(args.corpus).is_dir() else []
    if not files:
        print(f"no corpus at {args.corpus}: only the generated budget book is read")
    with tempfile.TemporaryDirectory(prefix="pubcheck-pdf-bench-") as tmp:
        book = Path(tmp, "budget-book.pdf")
        budget_book(book, pages=args.budget_pages)
        results = {}
        for label, group in (("corpus", files), ("budget book", [book])):
            if not group:
                continue
            pages = sum(pages_of(p) for p in group)
            results[label] = (len(group), pages, timed(load_pubcheck, read_with_pubcheck, group),
                              timed(load_pdf2txt, read_with_pdf2txt, group),
                              timed(load_pubcheck, read_with_pubcheck, group, ocr=True), timed_command(group))
    print(f"{'input':12} {'files':>5} {'pages':>6}  {'pubcheck pages/s':>22}  {'pdf2txt.py pages/s':>22}  "
          f"{'ratio':>13}")
    print(f"{'':26}  {'wall':>10} {'CPU':>11}  {'wall':>10} {'CPU':>11}  {'wall':>6} {'CPU':>6}")
    for label, (count, pages, ours, theirs, with_ocr, command) in results.items():
        for name, (wall, cpu, late) in (("", ours), (" + OCR", with_ocr)):
            print(f"{label + name:12} {count:5} {pages:6}  {pages / wall:10.1f} {pages / cpu:11.1f}  "
                  f"{pages / theirs[0]:10.1f} {pages / theirs[1]:11.1f}  {theirs[0] / wall:5.1f}x {theirs[1] / cpu:5.1f}x"
                  + (f"   (timed out: pubcheck {late}, pdf2txt.py {theirs[2]})" if late or theirs[2] else ""))
        if command:
            wall, cpu, late = ours[0], ours[1], command[2]
            print(f"{label + ', pdf2txt.py run as a command per file':50} {pages / command[0]:10.1f} "
                  f"{pages / command[1]:11.1f}  {command[0] / wall:5.1f}x {command[1] / cpu:5.1f}x"
                  + (f"   (timed out: {late})" if late else ""))
    print("pubcheck: text, hidden text and redaction checks, annotations, metadata, forms, attachments; "
          "+ OCR: and scanned pages read by Tesseract (pdf2txt.py reads none). pdf2txt.py: pdfminer.six's "
          "text with default layout analysis, in a worker that imported it once; last line: as a command, "
          "start-up included, against pubcheck without OCR")
    print("target: pubcheck at least 10x pdf2txt.py's pages/s")


if __name__ == "__main__":
    main()
