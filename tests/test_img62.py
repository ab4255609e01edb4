"""img62: the pictures a page shows are fetched and read (OCR) as a linked picture is: a resident's photo of a bill
in a news post, a screenshot behind a lazy loader, a form in a srcset. One URL a picture (its largest size, or the
picture a thumbnail links to), each once a run; icons, logos and spacers skipped by their bytes or pixels; a
picture no browser decodes listed and no gap; a limit of their own; ``page_pictures = false`` turns them off."""
from __future__ import annotations

import io
import json

import pytest
from lxml import html
from PIL import Image, ImageDraw, ImageFont
from scrapy.http import Request, Response

from crawler.config import Config, ConfigError
from crawler.extract.ocr import engine
from crawler.middlewares import PageLimitReached, PictureLimitReached, ScopeMiddleware
from crawler.scope import PICTURE, CrawlTrapGuard, document_signature, refuse_response
from crawler.settings import crawl_settings
from crawler.spiders.page_pictures import picture_unread, shown_pictures
from fault_site import FaultSite, body, page

needs_tesseract = pytest.mark.skipif(engine() is None, reason="Tesseract is not installed (.ci/run installs it)")


# -- which URL stands for a picture ----------------------------------------------------------------------------------

def test_one_url_a_picture_the_largest_it_shows():
    root = html.fromstring(
        "<html><body>"
        "<img src='/up/2025/06/notice-768x512.jpg' srcset='/up/2025/06/notice-300x200.jpg 300w,"
        " /up/2025/06/notice-768x512.jpg 768w, /up/2025/06/notice.jpg 1500w'>"
        "<picture><source type='image/webp' srcset='/m/form.webp 1x, /m/form@2x.webp 2x'>"
        "<source srcset='/m/form.jpg'><img src='/m/form-small.jpg'></picture>"
        "<img class='lazyload' src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='/u/letter.png'>"
        "<img src='/wp-content/plugins/lazy/placeholder.png' data-lazy-src='/u/usage-table.png'>"
        "<img src='/g/t/0412.jpg' data-orig-file='/g/0412.jpg' data-large-file='/g/0412-1024x768.jpg'>"
        "<a href='/gallery/full/IMG_0931.JPG' class='glightbox'>"
        "<span><img src='/gallery/thumb/IMG_0931.JPG'></span></a>"
        "<a href='/news/fair'><img src='/news/fair-cover.jpg'></a>"
        "<section style=\"background-image: url('/img/hero/ledger.jpg')\"></section>"
        "<img src='/ImageRepository/Document?documentID=5512'><img src='/img/seal.svg'>"
        "<img src='/img/spacer.gif'><img src='/favicon.ico'><img src='{{ photo.url }}'>"
        "<img srcset='/files/notice.pdf 2x'><img src='/u/letter.png'>"
        "</body><style>.band { background: url(/img/band.webp) } .x { background: url(/fonts/a.woff2) }</style></html>")
    assert shown_pictures(root) == [
        "/up/2025/06/notice.jpg", "/m/form@2x.webp", "/u/letter.png", "/u/usage-table.png", "/g/0412.jpg",
        "/news/fair-cover.jpg", "/ImageRepository/Document?documentID=5512", "/img/seal.svg",
        "/img/hero/ledger.jpg", "/img/band.webp"]


def _response(picture: Image.Image | bytes, fmt: str = "PNG") -> Response:
    if isinstance(picture, bytes):
        data = picture
    else:
        buffer = io.BytesIO()
        picture.save(buffer, fmt)
        data = buffer.getvalue()
    return Response("https://www.city.gov/img/x", body=data, status=200)


def test_a_picture_is_judged_by_its_pixels_before_any_worker_reads_it():
    assert picture_unread(_response(Image.new("RGB", (1200, 800), "white"))) is None
    assert picture_unread(_response(Image.new("RGB", (800, 600), "white"), "WEBP")) is None
    icon = picture_unread(_response(Image.new("RGBA", (64, 64))))
    assert (icon.status, icon.reason, icon.not_checked) == ("skipped", "picture too small to hold text (64 x 64 px)",
                                                            False)
    rule = picture_unread(_response(Image.new("L", (1400, 12))))
    assert rule.status == "skipped" and "1400 x 12 px" in rule.reason
    # an error page served as image/jpeg, a damaged file: no browser shows anything of it either
    broken = picture_unread(_response(b"\xff\xd8\xff\xe0" + b"\x00" * 300))
    assert broken.status == "failed" and broken.reason.startswith("picture not read: unreadable image")
    assert not broken.not_checked
    page_for_picture = picture_unread(_response(b"<!DOCTYPE html><html><body>Not found</body></html>" * 5))
    assert page_for_picture.status == "failed" and not page_for_picture.not_checked


def test_a_picture_s_headers_stop_a_spacer_and_pass_a_webp():
    assert refuse_response("image/gif", 43, 50 << 20, picture=True) == "picture too small to hold text (43 bytes)"
    assert refuse_response("image/png", 306, 50 << 20, picture=True) is None  # an SSN's line in one bit a pixel
    assert refuse_response("image/png", 150, 50 << 20) is None  # a linked picture: read whatever its size
    assert refuse_response("image/webp", 90_000, 50 << 20) is None
    assert refuse_response("image/gif", 90_000, 50 << 20, picture=True) == "not a document type (image/gif)"
    assert document_signature(b"RIFF\x24\x08\x00\x00WEBPVP8 ") == "WebP"


def test_pictures_have_a_limit_of_their_own():
    scope = ScopeMiddleware(max_pages=2, max_depth=5, allowed_hosts=[], guard=CrawlTrapGuard(), max_pictures=3)
    scope.site_hosts = {"www.city.gov"}

    def ask(path, picture=False, depth=1):
        meta = {PICTURE: True, "depth": depth} if picture else {"depth": depth}
        return scope.refusal(Request(f"https://www.city.gov{path}", meta=meta))

    # a page's picture is part of it, at whatever depth the page stands
    assert [ask(f"/img/{n}.jpg", picture=True, depth=6) for n in range(3)] == [None, None, None]
    assert "depth limit" in str(ask("/deep/page", depth=6))
    assert ask("/news/", False) is None and ask("/files/a.pdf") is None  # the pages' budget is untouched
    refused = ask("/img/3.jpg", picture=True)
    assert isinstance(refused, PictureLimitReached) and refused.not_checked
    assert str(refused) == "picture limit reached (3; see max_pictures)"
    assert isinstance(ask("/about/"), PageLimitReached)


def test_the_settings_that_turn_page_pictures_off_or_bound_them():
    settings = crawl_settings(Config.from_dict({"crawl": {"page_pictures": False, "max_pictures": 800}}))
    assert (settings["PUBCHECK_PAGE_PICTURES"], settings["PUBCHECK_MAX_PICTURES"]) == (False, 800)
    assert crawl_settings(Config())["PUBCHECK_PAGE_PICTURES"] is True
    with pytest.raises(ConfigError):
        Config.from_dict({"crawl": {"max_pictures": 0}})


# -- a crawl ---------------------------------------------------------------------------------------------------------

def _lines(lines: list[str], size=(1400, 520), font_size=34, paper="white") -> Image.Image:
    picture = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=font_size)
    for number, line in enumerate(lines):
        draw.text((60, 50 + number * int(font_size * 1.6)), line, font=font, fill=(15, 15, 15))
    return picture


def _png(picture: Image.Image, fmt: str = "PNG", **options) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, fmt, **options)
    return buffer.getvalue()


BILL = _lines(["SOUTHERN CALIFORNIA EDISON - Your bill", "Customer name: Ottilie Waweru-Banks",
               "Service address: 2291 Calle Membrillo", "Customer account: 2-09-552-7714",
               "Energy used this period: 688 kWh"])
REBATE = _lines(["Heat Pump Rebate Application", "Applicant: Cornelius Ahiable",
                 "Installation address: 774 Wisteria Bend", "Daytime phone: (951) 437-2286",
                 "SCE service account: 3-26-884-2093"])
LEDGER = _lines(["Past due accounts - March", "Account holder: Philippa Nakashima-Reyes",
                 "Service address: 5180 Oleander Row", "Account no. 8003 9921 4417"])
FLYER = _lines(["Save on your bill with CARE!", "Income-qualified households save 30% or more.",
                "Call Utility Billing at (909) 620-2241", "or visit City Hall, 505 S. Garey Avenue"],
               paper=(255, 240, 210))


def _headshot(name: str, title: str) -> Image.Image:
    picture = Image.new("RGB", (400, 500), (170, 190, 210))
    draw = ImageDraw.Draw(picture)
    draw.ellipse([120, 80, 280, 280], fill=(200, 160, 130))
    draw.rectangle([60, 300, 340, 500], fill=(40, 50, 90))
    draw.rectangle([30, 410, 370, 490], fill="white")
    draw.text((45, 420), name, font=ImageFont.load_default(size=26), fill="black")
    draw.text((45, 455), title, font=ImageFont.load_default(size=20), fill="black")
    return picture


def _sprite() -> Image.Image:
    picture = Image.new("RGBA", (640, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    for n, letter in enumerate("ABCDEFGHIJ"):
        draw.rectangle([n * 64 + 8, 8, n * 64 + 56, 56], outline=(30, 30, 30, 255), width=4)
        draw.text((n * 64 + 22, 18), letter, font=ImageFont.load_default(size=24), fill=(30, 30, 30, 255))
    return picture


def _routes() -> dict:
    small_bill = BILL.resize((350, 130))
    return {
        "/": page("<h1>Utility news</h1><ul><li><a href='/news/storm'>Storm recovery</a></li>"
                  "<li><a href='/blog/rebates'>Rebates</a></li><li><a href='/staff'>Staff</a></li></ul>"
                  "<img src='/img/logo.png' alt='City seal'><img src='/img/icons.png' alt=''>"),
        "/news/storm": page(
            "<h2>Storm recovery</h2><p>A resident sent us this photo of their bill.</p>"
            "<img src='/up/bill-350x130.png' srcset='/up/bill-350x130.png 350w, /up/bill.png 1400w' alt='Bill'>"
            "<a href='/gallery/full/IMG_2207.jpg' data-lightbox='help-day'><img src='/gallery/thumb/IMG_2207.jpg'></a>"
            "<img src='/img/care-flyer.png' alt='CARE flyer'><img src='/img/broken.jpg' alt=''>"),
        "/blog/rebates": page(
            "<h2>Rebates are back</h2><img class='lazyload' src='data:image/gif;base64,R0lGODlhAQABAAAAACw='"
            " data-src='/up/rebate-form.webp' alt='Application'>"
            "<img src='/up/bill-350x130.png' srcset='/up/bill-350x130.png 350w, /up/bill.png 1400w' alt='Bill'>"
            "<div style=\"background-image:url('/img/hero/ledger.jpg')\"><p>Past due?</p></div>"
            "<img src='/img/care-flyer.png' alt='CARE flyer'>"),
        "/staff": page("<h2>Customer service</h2><img src='/img/staff/teodora-vlahos.jpg' alt='Teodora Vlahos'>"
                       "<p>Teodora Vlahos, Customer Service Manager, (909) 620-2241</p>"),
        "/img/logo.png": body(_png(Image.new("RGB", (220, 80), (20, 60, 140))), "image/png"),
        "/img/icons.png": body(_png(_sprite()), "image/png"),
        "/up/bill-350x130.png": body(_png(small_bill), "image/png"),
        "/up/bill.png": body(_png(BILL), "image/png"),
        "/up/rebate-form.webp": body(_png(REBATE, "WEBP", quality=90), "image/webp"),
        "/gallery/full/IMG_2207.jpg": body(_png(LEDGER.rotate(1.5, fillcolor="white"), "JPEG", quality=75),
                                           "image/jpeg"),
        "/gallery/thumb/IMG_2207.jpg": body(_png(LEDGER.resize((240, 89)), "JPEG"), "image/jpeg"),
        "/img/hero/ledger.jpg": body(_png(LEDGER, "JPEG", quality=80), "image/jpeg"),
        "/img/care-flyer.png": body(_png(FLYER), "image/png"),
        "/img/broken.jpg": body(b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x13\x37" * 400, "image/jpeg"),
        "/img/staff/teodora-vlahos.jpg": body(_png(_headshot("Teodora Vlahos", "Customer Service Manager"), "JPEG"),
                                              "image/jpeg"),
    }


def _crawl(run_pubcheck, tmp_path, config: str = ""):
    (tmp_path / "pubcheck.toml").write_text("[crawl]\nautothrottle = false\n" + config
                                            + "[public]\nphones = [\"(909) 620-2241\"]\n")
    with FaultSite(_routes()) as site:
        result = run_pubcheck("crawl", site.url, "--out", tmp_path / "out", "--reveal",
                              "--config", tmp_path / "pubcheck.toml")
        served = list(site.served)
    data = json.loads((tmp_path / "out" / "findings.json").read_text())
    return site.url, result, data, served


@needs_tesseract
def test_records_in_the_pictures_pages_show_are_found_and_the_rest_is_no_finding(run_pubcheck, tmp_path):
    site, result, data, served = _crawl(run_pubcheck, tmp_path)
    assert result.returncode == 1, result.stderr[-3000:]  # findings, and nothing left unchecked
    found: dict[str, set] = {}
    for finding in data["findings"]:
        path = finding["url"].removeprefix(site.rstrip("/"))
        found.setdefault(path, set()).add((finding["category"], finding["value"]))
        assert finding["location"].get("ocr") is True
    assert {("customer_name", "Ottilie Waweru-Banks"), ("account_number", "2-09-552-7714"),
            ("energy_usage", "688 kWh")} <= found.pop("/up/bill.png")  # the srcset's largest
    assert {("customer_name", "Cornelius Ahiable"), ("phone", "(951) 437-2286"),
            ("account_number", "3-26-884-2093")} <= found.pop("/up/rebate-form.webp")  # a lazy loader's WebP
    assert {("customer_name", "Philippa Nakashima-Reyes"), ("account_number", "8003 9921 4417")} <= found.pop(
        "/gallery/full/IMG_2207.jpg")  # the lightbox's picture, not its thumbnail
    assert ("account_number", "8003 9921 4417") in found.pop("/img/hero/ledger.jpg")  # a style's background
    assert found == {}  # no finding in the flyer, the headshot, the sprite, the logo
    documents = {d["url"].removeprefix(site.rstrip("/")): d for d in data["documents"]}
    # each picture once, whatever pages show it, listed with every page that shows it
    assert served.count("/up/bill.png") == 1 and served.count("/img/care-flyer.png") == 1
    assert sorted(documents["/up/bill.png"]["referrers"]) == [site + "blog/rebates", site + "news/storm"]
    assert "/up/bill-350x130.png" not in served and "/gallery/thumb/IMG_2207.jpg" not in served
    assert documents["/img/care-flyer.png"]["status"] == documents["/img/staff/teodora-vlahos.jpg"]["status"] == \
        "scanned"
    assert documents["/img/logo.png"]["reason"] == "picture too small to hold text (220 x 80 px)"
    broken = documents["/img/broken.jpg"]
    assert broken["status"] == "failed" and broken["reason"].startswith("picture not read: unreadable image")
    assert not broken.get("not_checked") and data["run"]["not_checked"] == 0
    assert not [d for d in data["documents"] if d["status"] != "scanned" and d.get("not_checked")]


@needs_tesseract
def test_page_pictures_off(run_pubcheck, tmp_path):
    site, result, data, served = _crawl(run_pubcheck, tmp_path, "page_pictures = false\n")
    assert result.returncode == 1, result.stderr[-3000:]
    # the lightbox's link is a link: still read; no picture a page only shows is fetched
    assert {f["url"].removeprefix(site) for f in data["findings"]} == {"gallery/full/IMG_2207.jpg"}
    assert [path for path in served if path.startswith(("/img/", "/up/"))] == []


# -- a screenshot of a spreadsheet -----------------------------------------------------------------------------------

def test_a_sheet_s_column_letters_and_row_numbers_are_no_cells_of_it():
    from crawler.extract.sheet_chrome import sheet_rows
    lines = ["Delinquent list.xlsx - Excel", "fx", "A\tB\tC\tD", "1\tHolder\tPremise\tMeter kWh",
             "2\tYusuf Demirci\t330 Hollyhock Ln\t1,412", "3.\tIngrid Solberg\t57 Tamarack Way\t808", "Sheet1"]
    assert sheet_rows(lines) == ["Delinquent list.xlsx - Excel", "fx", "", "Holder\tPremise\tMeter kWh",
                                 "Yusuf Demirci\t330 Hollyhock Ln\t1,412", "Ingrid Solberg\t57 Tamarack Way\t808",
                                 "Sheet1"]
    # a first row OCR lost a caption of names the wrong columns: no header, the rows read by their shapes
    assert sheet_rows(["A\tB\tC\tD", "1\tHolder\tPremise\tPast Due", "2\tYusuf Demirci\t330 Hollyhock Ln\t412\t$80.10",
                       "3\tIngrid Solberg\t57 Tamarack Way\t808\t$12.00"]) == [
        "", "", "Yusuf Demirci\t330 Hollyhock Ln\t412\t$80.10", "Ingrid Solberg\t57 Tamarack Way\t808\t$12.00"]
    # no bar of letters in order, or no rows numbered one by one under it: lines as they are
    for kept in (["A\tC\tD", "1\tx\ty", "2\tz\tw"], ["Grades\tA\tB\tC", "1\tx\ty"], ["A\tB\tC", "1\tx", "5\ty"],
                 ["B\tC\tD", "Ward 1\t2,100\t3,400", "Ward 2\t1,900\t2,800"]):
        assert sheet_rows(kept) == kept


def _sheet(head: list[str], rows: list[list[str]]) -> Image.Image:
    font = ImageFont.load_default(size=20)
    widths = [max(len(cell) for cell in column) * 13 + 48 for column in zip(head, *rows)]
    picture = Image.new("RGB", (50 + sum(widths) + 20, 80 + 34 * (len(rows) + 2)), "white")
    draw = ImageDraw.Draw(picture)
    x = 50
    for letter, width in zip("ABCDEFGH", widths):
        draw.text((x + width // 2 - 6, 12), letter, font=font, fill=(90, 90, 90))
        x += width
    for number, row in enumerate([head, *rows], 1):
        y = 44 + (number - 1) * 34
        draw.text((12, y + 6), str(number), font=font, fill=(90, 90, 90))
        x = 50
        for cell, width in zip(row, widths):
            draw.rectangle([x, y, x + width, y + 34], outline=(222, 222, 222))
            draw.text((x + 6, y + 6), cell, font=font, fill="black")
            x += width
    return picture


@needs_tesseract
def test_a_screenshot_of_a_customer_sheet_is_read_under_its_header_and_a_budget_s_is_no_finding():
    from tests.detector_helpers import pairs_found
    customers = _sheet(["Holder", "Premise", "Acct No.", "Feb kWh"],
                       [["Yusuf Demirci", "330 Hollyhock Lane", "ACP-5520917", "1,482"],
                        ["Ingrid Solberg", "57 Tamarack Way", "ACP-3307268", "836"]])
    found = pairs_found("https://www.city.gov/img/past-due.png", _png(customers))
    assert {("customer_name", "Yusuf Demirci"), ("account_number", "ACP-5520917"), ("energy_usage", "1,482"),
            ("customer_name", "Ingrid Solberg"), ("energy_usage", "836")} <= found
    budget = _sheet(["Facility", "Address", "SCE Account", "FY24 kWh"],
                    [["City Hall", "505 S. Garey Avenue", "2-00-318-4471", "482,200"],
                     ["Corporation Yard", "1560 S. Reservoir Street", "2-00-562-0917", "319,050"]])
    assert pairs_found("https://www.city.gov/img/facilities.png", _png(budget)) == set()
