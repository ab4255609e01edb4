"""What reading the pictures pages show costs: the same crawl with page pictures on and off, in the same run.

    python benchmarks/page_pictures.py [--pages 300] [--photos 150] [--rounds 1]

Generates a photo-heavy city site: every page shows the site's logo, social icons and a tracking pixel (skipped
by their bytes or pixels), two event photos out of ``--photos`` (JPEG, 1400 x 930, textured like a camera's:
read by OCR, no text), thumbnails of other photos linking other pages, and every tenth page a flyer with text;
serves it on 127.0.0.1 from a separate process, then times ``pubcheck crawl`` with ``page_pictures`` on (the
default) and off, and prints both and their ratio, with the pictures read and skipped.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from crawl import paragraph, serve, timed  # noqa: E402


def photo(rng: random.Random, path: Path) -> None:
    """A camera-like photo: sky, ground, figures, grain and blur; no text."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    width, height = 1400, 930
    image = Image.new("RGB", (width, height), tuple(rng.randrange(90, 200) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    horizon = rng.randrange(300, 600)
    draw.rectangle([0, horizon, width, height], fill=tuple(rng.randrange(40, 140) for _ in range(3)))
    for _ in range(rng.randrange(8, 20)):
        x, y, size = rng.randrange(width), rng.randrange(horizon - 150, height), rng.randrange(30, 140)
        draw.ellipse([x - size // 3, y - size, x + size // 3, y - size // 2], fill=(rng.randrange(120, 230), 150, 110))
        draw.rectangle([x - size // 2, y - size // 2, x + size // 2, y + size],
                       fill=tuple(rng.randrange(256) for _ in range(3)))
    grain = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 14, (height, width, 3))
    pixels = np.clip(np.asarray(image, dtype=np.float32) + grain, 0, 255).astype(np.uint8)
    Image.fromarray(pixels).filter(ImageFilter.GaussianBlur(1.0)).save(path, "JPEG", quality=82)


def text_picture(lines: list[str], path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1100, 120 + 56 * len(lines)), (255, 244, 214))
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((50, 50 + number * 56), line, font=ImageFont.load_default(size=34), fill=(50, 30, 10))
    image.save(path, "PNG")


def build_site(root: Path, pages: int, photos: int, seed: int = 11) -> int:
    """The site; returns how many distinct pictures its pages show."""
    from PIL import Image

    rng = random.Random(seed)
    img = root / "img"
    (img / "photos").mkdir(parents=True)
    (img / "thumbs").mkdir()
    Image.new("RGB", (240, 90), (20, 60, 140)).save(img / "logo.png")
    for name in ("facebook", "instagram", "youtube"):
        Image.new("RGBA", (32, 32), (40, 40, 40, 255)).save(img / f"{name}.png")
    Image.new("P", (1, 1)).save(img / "pixel.gif")
    for n in range(photos):
        photo(rng, img / "photos" / f"DSC_{n:04d}.jpg")
        Image.open(img / "photos" / f"DSC_{n:04d}.jpg").resize((240, 160)).save(img / "thumbs" / f"DSC_{n:04d}.jpg")
    flyers = pages // 10
    for n in range(flyers):
        text_picture(["Energy savings workshop", f"Thursday, March {n % 28 + 1}, 6 p.m., Library Room B",
                      "Call Utility Services at (909) 620-2241"], img / f"flyer-{n}.png")
    nav = " ".join(f'<a href="/page{i}.html">Section {i}</a>' for i in range(0, 30))
    chrome = ('<img src="/img/logo.png" alt="City seal">' + "".join(
        f'<a href="https://{n}.example.com/city"><img src="/img/{n}.png" alt="{n}"></a>'
        for n in ("facebook", "instagram", "youtube")) + '<img src="/img/pixel.gif" width="1" height="1" alt="">')
    for i in range(pages):
        shown = [rng.randrange(photos) for _ in range(2)]
        pictures = "".join(f'<figure><img src="/img/photos/DSC_{n:04d}.jpg" alt="Community event">'
                           f"<figcaption>{paragraph(rng, 8)}</figcaption></figure>" for n in shown)
        gallery = "".join(f'<a href="/page{rng.randrange(pages)}.html">'
                          f'<img src="/img/thumbs/DSC_{rng.randrange(photos):04d}.jpg" alt=""></a>' for _ in range(4))
        flyer = f'<img src="/img/flyer-{i // 10}.png" alt="Workshop flyer">' if i % 10 == 0 and i // 10 < flyers else ""
        links = " ".join(f'<a href="/page{rng.randrange(pages)}.html">Related {j}</a>' for j in range(6))
        (root / f"page{i}.html").write_text(
            f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Page {i}</title></head><body><header>{chrome}"
            f"<nav>{nav}</nav></header><main><h1>Page {i}</h1><p>{paragraph(rng)}</p>{pictures}{flyer}"
            f"<div class='gallery'>{gallery}</div><p>{links}</p></main></body></html>", encoding="utf-8")
    (root / "index.html").write_text("<html><body>" + chrome + " ".join(
        f'<a href="/page{i}.html">p</a>' for i in range(pages)) + "</body></html>")
    return photos + flyers + 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--photos", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=1, help="alternate the two crawls this many times")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pubcheck-pictures-") as tmp:
        site_root = Path(tmp, "site")
        site_root.mkdir()
        pictures = build_site(site_root, args.pages, args.photos)
        Path(tmp, "off.toml").write_text("[crawl]\npage_pictures = false\n")
        urls = multiprocessing.Queue()
        server = multiprocessing.Process(target=serve, args=(str(site_root), urls), daemon=True)
        server.start()
        url = urls.get(timeout=30)
        runs: dict[str, list] = {"on": [], "off": []}
        for round_ in range(args.rounds):
            for setting, extra in (("off", ["--config", str(Path(tmp, "off.toml"))]), ("on", [])):
                out = Path(tmp, f"{setting}{round_}")
                wall, cpu = timed([sys.executable, "-m", "crawler.cli", "crawl", f"{url}index.html", "--out", str(out),
                                   "--fail-on", "never", "--full", *extra], cwd=str(ROOT),
                                  env={"PYTHONPATH": str(ROOT), "HOME": tmp})
                documents = json.loads((out / "findings.json").read_text())["documents"]
                runs[setting].append((wall, cpu, documents))
        server.terminate()
        (off_wall, off_cpu, _), (on_wall, on_cpu, documents) = min(runs["off"]), min(runs["on"])
        pictures_listed = [d for d in documents if "/img/" in d["url"]]
        read = sum(d["status"] == "scanned" for d in pictures_listed)
        print(f"site: {args.pages} pages showing {pictures} distinct pictures ({args.photos} photos) on {url} "
              f"(best of {args.rounds})")
        print(f"page pictures off: {off_wall:7.2f} s, CPU {off_cpu:6.1f} s")
        print(f"page pictures on:  {on_wall:7.2f} s, CPU {on_cpu:6.1f} s; pictures read {read}, skipped or failed "
              f"{len(pictures_listed) - read}; not checked {sum(bool(d.get('not_checked')) for d in documents)}")
        print(f"ratio on / off:    {on_wall / off_wall:7.2f}   CPU {on_cpu / off_cpu:.2f}")


if __name__ == "__main__":
    main()
