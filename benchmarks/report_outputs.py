"""Writing the outputs of large runs, without crawling: masking cost against the number of values, and
the time and size of each output.

    python benchmarks/report_outputs.py

1. The redactor over the same 4 MB of output text (URLs and masked snippets) with 100, 10,000 and 100,000
   raw values to mask: seconds and the ratio to 100 values (target: flat, one automaton pass a text).
2. ``write_reports`` for a 10,000-page site without findings (URLs of a site served on 127.0.0.1, and of a
   city site), and for a 20,000-row customer export (120,000 findings): seconds by phase and output sizes
   (targets for the 10,000-page site: findings.json 5 MB, junit.xml 2 MB, report.html 5 MB).
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from generated_runs import customer_export_run, site_run  # noqa: E402

from reports import write_reports  # noqa: E402
from reports.redact import ShownText, shown_text  # noqa: E402

MB = 1024 * 1024


def masking(values: int, texts: list[str], findings) -> tuple[float, float]:
    started = time.perf_counter()
    shown: ShownText = shown_text(findings[:values], reveal=False)
    built = time.perf_counter()
    for text in texts:
        shown(text)
    return built - started, time.perf_counter() - built


def main() -> None:
    export, _ = customer_export_run(17_000)  # 102,000 findings: values to mask
    sample = export.findings[::7]
    texts = [f"https://www.mesalinda.gov/{i}/Agenda-Packet?item={i}&view=print" for i in range(20_000)]
    texts += [f"…{f.context} {f.why} on row {i} of the export…" for i, f in enumerate(sample * 3)]
    size = sum(map(len, texts)) / MB
    print(f"masking {len(texts):,} strings ({size:.1f} MB) of output text:")
    base = None
    for values in (100, 10_000, 100_000):
        build, run = masking(values, texts, export.findings)
        base = base or run
        print(f"  {values:>7,} values: automaton {build:6.2f} s, masking {run:6.2f} s ({size / run:5.1f} MB/s), "
              f"{run / base:4.2f}x the cost with 100 values")

    with tempfile.TemporaryDirectory() as tmp:
        for name, result in (("10,000 pages, no findings, local URLs", site_run(10_000)),
                             ("10,000 pages, no findings, city URLs", site_run(10_000, city_urls=True)),
                             ("customer export, 20,000 rows", customer_export_run(20_000)[0])):
            out = Path(tmp, name.replace(" ", "_").replace(",", ""))
            started = time.perf_counter()
            paths = write_reports(result, out)
            elapsed = time.perf_counter() - started
            timings = json.loads(paths["json"].read_text())["run"]["timings"]
            phases = ", ".join(f"{k.removeprefix('report_')} {v:.2f} s" for k, v in timings.items()
                               if k.startswith("report_"))
            sizes = ", ".join(f"{p.name} {p.stat().st_size / MB:.2f} MB" for p in paths.values())
            print(f"{name} ({len(result.findings):,} findings, {len(result.documents):,} documents): "
                  f"{elapsed:.2f} s ({phases}, findings.json the rest)\n  {sizes}")


if __name__ == "__main__":
    main()
