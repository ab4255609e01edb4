"""Pages per second of pubcheck's PDF path against pdfminer.six's ``pdf2txt.py`` defaults, same run.

    python benchmarks/pdf_text.py [--corpus ../shared/corpus/pdfs] [--budget-pages 300]

The inputs are every PDF of the shared corpus of real odd and broken files, plus a generated 300-page
text-heavy budget book (headings, prose, tables of figures), since the corpus is mostly short files.
Each reader runs in a worker process of its own that reads every file (imports paid once), each file
under the per-document time limit and memory cap, timed inside the worker; the readers take turns file by
file, so that other processes' load on a shared machine falls on all of them alike. Pages are counted
once, by PDFium, and count for every reader, including the pages of files a reader stops on (printed).
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
from dataclasses import dataclass
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


def warm_up_pdf() -> bytes:
    """A one-page PDF each reader reads before the clock runs: what a reader's first file pays once per process
    (imports done on first use, patterns compiled then) is start-up, not reading, for both readers alike."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(text="Warm-up page: City Council agenda, item 7, budget amendment.")
    return bytes(pdf.output())


def load_pubcheck() -> None:
    import crawler.extract.ocr  # noqa: F401
    from crawler.extract import extract
    extract("warm-up.pdf", warm_up_pdf())


def load_pdf2txt() -> None:
    from pdfminer.high_level import extract_text_to_fp
    from pdfminer.layout import LAParams
    extract_text_to_fp(io.BytesIO(warm_up_pdf()), io.StringIO(), laparams=LAParams())


def read_with_pubcheck(path: str) -> tuple[float, float, bool]:
    """Seconds, CPU seconds, and whether pubcheck read the file (False: it reported the file as failed)."""
    from crawler.extract import ExtractError, extract
    body = Path(path).read_bytes()
    started, cpu = time.perf_counter(), time.process_time()
    try:
        extract(path, body)
        read = True
    except ExtractError:
        read = False
    return time.perf_counter() - started, time.process_time() - cpu, read


def read_with_pdf2txt(path: str) -> tuple[float, float, bool]:
    """What ``pdf2txt.py FILE`` does with its defaults: text of every page with LAParams(); False when it
    stopped with an error."""
    import logging
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings about broken files, on every file
    from pdfminer.high_level import extract_text_to_fp
    from pdfminer.layout import LAParams
    body = Path(path).read_bytes()
    started, cpu = time.perf_counter(), time.process_time()
    try:
        extract_text_to_fp(io.BytesIO(body), io.StringIO(), laparams=LAParams())
        read = True
    except Exception:  # pdf2txt.py stops with a traceback on a broken file: its time so far counts
        read = False
    return time.perf_counter() - started, time.process_time() - cpu, read


def pages_of(path: Path) -> int:
    import pypdfium2 as pdfium
    try:
        with pdfium.PdfDocument(str(path)) as pdf:
            return len(pdf)
    except pdfium.PdfiumError:
        return 0


@dataclass
class Timing:
    """One reader's time over a group of files."""

    wall: float = 0.0
    cpu: float = 0.0
    late: int = 0  # files that ran out of time (each counts the whole limit, as wall and as CPU time)
    failed: int = 0  # files the reader stopped on or reported as failed: their time so far counts...
    failed_pages: int = 0  # ...and their pages count as read (to pdf2txt.py's advantage where it stops early)


def timed(readers: dict[str, tuple], files: list[Path], pages: dict[Path, int]) -> dict[str, Timing]:
    """Each reader (name: (load, reader, ocr)) in a long-lived worker process of its own (imports paid once),
    each file bounded by the time limit and the memory cap; the readers take turns file by file, so that the
    load other processes put on the machine falls on all of them alike."""
    from pebble import ProcessPool
    pools = {name: ProcessPool(max_workers=1, initializer=_start_worker, initargs=(ocr,))
             for name, (_, _, ocr) in readers.items()}
    timings = {name: Timing() for name in readers}
    try:
        for name, (load, _, _) in readers.items():
            pools[name].schedule(load).result()  # start the worker and warm the reader up before the clock runs
        for path in files:
            for name, (_, reader, _) in readers.items():
                timing, future = timings[name], pools[name].schedule(reader, args=(str(path),), timeout=TIMEOUT)
                try:
                    wall, cpu, read = future.result()
                except TimeoutError:
                    wall, cpu, read = TIMEOUT, TIMEOUT, False
                    timing.late += 1
                except Exception:  # the worker died (out of memory, a crash in C): its time is lost, not counted
                    wall, cpu, read = 0.0, 0.0, False
                timing.wall, timing.cpu = timing.wall + wall, timing.cpu + cpu
                if not read:
                    timing.failed, timing.failed_pages = timing.failed + 1, timing.failed_pages + pages[path]
    finally:
        for pool in pools.values():
            pool.stop()
            pool.join()
    return timings


def timed_command(files: list[Path]) -> Timing | None:
    """Seconds and CPU seconds of ``pdf2txt.py FILE`` run as a command, one process per file (interpreter
    start-up and imports included, as a user running it pays them); None when the script is not installed."""
    import os
    import resource
    import subprocess
    script = Path(sys.executable).with_name("pdf2txt.py")
    if not script.exists():
        return None
    timing = Timing()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for path in files:
        started = time.perf_counter()
        try:
            subprocess.run([sys.executable, str(script), str(path), "-o", os.devnull], capture_output=True,
                           timeout=TIMEOUT, preexec_fn=lambda: _start_worker(True))
            timing.wall += time.perf_counter() - started
        except subprocess.TimeoutExpired:
            timing.wall, timing.late = timing.wall + TIMEOUT, timing.late + 1
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    timing.cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return timing


READERS = {"pubcheck": (load_pubcheck, read_with_pubcheck, False),
           "pdf2txt.py": (load_pdf2txt, read_with_pdf2txt, False),
           "pubcheck + OCR": (load_pubcheck, read_with_pubcheck, True)}


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
            pages = {path: pages_of(path) for path in group}
            results[label] = (len(group), sum(pages.values()), timed(READERS, group, pages), timed_command(group))
    print(f"{'input':12} {'files':>5} {'pages':>6}  {'pubcheck pages/s':>22}  {'pdf2txt.py pages/s':>22}  "
          f"{'ratio':>13}")
    print(f"{'':26}  {'wall':>10} {'CPU':>11}  {'wall':>10} {'CPU':>11}  {'wall':>6} {'CPU':>6}")
    for label, (count, pages, timings, command) in results.items():
        theirs = timings["pdf2txt.py"]
        for name in ("pubcheck", "pubcheck + OCR"):
            ours = timings[name]
            late = f"   (timed out: pubcheck {ours.late}, pdf2txt.py {theirs.late})" if ours.late or theirs.late else ""
            print(f"{label + name[8:]:12} {count:5} {pages:6}  {pages / ours.wall:10.1f} {pages / ours.cpu:11.1f}  "
                  f"{pages / theirs.wall:10.1f} {pages / theirs.cpu:11.1f}  {theirs.wall / ours.wall:5.1f}x "
                  f"{theirs.cpu / ours.cpu:5.1f}x{late}")
        if command:
            ours = timings["pubcheck"]
            print(f"{label + ', pdf2txt.py run as a command per file':50} {pages / command.wall:10.1f} "
                  f"{pages / command.cpu:11.1f}  {command.wall / ours.wall:5.1f}x {command.cpu / ours.cpu:5.1f}x"
                  + (f"   (timed out: {command.late})" if command.late else ""))
        ours = timings["pubcheck"]
        print(f"{'':12} failed or stopped: pdf2txt.py {theirs.failed} files ({theirs.failed_pages} pages), pubcheck "
              f"{ours.failed} files ({ours.failed_pages} pages); every file's pages count for both")
    print("pubcheck: text, hidden text and redaction checks, annotations, metadata, forms, attachments; "
          "+ OCR: and scanned pages read by Tesseract (pdf2txt.py reads none). pdf2txt.py: pdfminer.six's "
          "text with default layout analysis, in a worker that imported it once; the three readers take turns "
          "file by file; the command line: pdf2txt.py started once per file, start-up included, against pubcheck "
          "without OCR. Pages: PDFium's count, the same for every reader")
    print("target: pubcheck at least 10x pdf2txt.py's pages/s")


if __name__ == "__main__":
    main()
