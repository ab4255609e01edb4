"""Which URLs belong to the crawl: the site's hosts, documents worth fetching, and crawl traps.

Pure functions and a small stateful guard, so that the Scrapy middleware stays thin and this logic is
tested without a reactor.
"""
from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Extensions never worth downloading: no text a detector could read. Documents (.pdf, .docx, .xlsx, .csv,
# .txt, .doc, .xls, and .png, .jpg and .tif images, read by OCR: a scanned letter linked as a document) are
# fetched; so is anything without an extension (pages), decided by Content-Type.
NOT_DOCUMENT_EXTENSIONS = {
    "image": {"gif", "bmp", "webp", "svg", "ico", "heic", "avif"},
    "audio/video": {"mp3", "mp4", "m4a", "m4v", "mov", "avi", "wmv", "wav", "ogg", "webm", "flv", "mpg", "mpeg"},
    "style or script": {"css", "js", "mjs", "map", "woff", "woff2", "ttf", "otf", "eot"},
    "archive or program": {"zip", "gz", "tgz", "7z", "rar", "tar", "exe", "msi", "dmg", "iso", "apk", "bin"},
}
_KIND_OF_EXTENSION = {ext: kind for kind, exts in NOT_DOCUMENT_EXTENSIONS.items() for ext in exts}
DOCUMENT_EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "rtf", "odt", "ods", "ppt", "pptx"}
SESSION_PARAMS = {"jsessionid", "phpsessid", "sid", "sessionid", "aspsessionid", "cfid", "cftoken"}
# a year with its month (/2031/05, 2031-05-01): how calendars spell a date in a URL
_DATED = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_.](0[1-9]|1[0-2])(?:[-/_.](?:0[1-9]|[12]\d|3[01]))?(?!\d)")
_DATE_PARAM = re.compile(r"date|year|month|day|cal|week|time|^y$|^m$|^d$", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^((?:19|20)\d\d)(?:\d\d){0,2}$")


def host_key(url: str) -> str:
    """Scheme-less host and port: what "the same site" means for scope and credentials."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


def strip_userinfo(url: str) -> str:
    """The URL without ``user:password@``: credentials in a URL must never reach a log or a report."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def clean_url(url: str) -> str:
    """Drop the fragment and session-id parameters, so one page is one URL."""
    parts = urlsplit(url)
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if k.lower() not in SESSION_PARAMS]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    path = re.sub(r";jsessionid=[^/?#]*", "", parts.path, flags=re.IGNORECASE)
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def extension(url: str) -> str:
    return posixpath.splitext(urlsplit(url).path)[1].lstrip(".").lower()


def not_a_document(url: str) -> str | None:
    """The reason a URL is not worth fetching, judged by its extension alone, or None."""
    kind = _KIND_OF_EXTENSION.get(extension(url))
    return f"not a document type ({kind}, .{extension(url)})" if kind else None


class CrawlTrapGuard:
    """Stops endless URL spaces: calendars, ever-growing query strings, repeating paths.

    A real archive (thousands of /DocumentCenter/View/1234 documents) must pass, so the guard looks at
    shapes that only traps have: query-string variants of one path beyond a limit, dates far in the
    future, paths that repeat their own segments, very long URLs.
    """

    def __init__(self, max_query_variants: int = 100, max_url_length: int = 1024, max_future_years: int = 2,
                 today: date | None = None):
        self.max_query_variants = max_query_variants
        self.max_url_length = max_url_length
        self.last_year = (today or date.today()).year + max_future_years
        self._variants: dict[str, set[str]] = defaultdict(set)

    def check(self, url: str) -> str | None:
        """The reason ``url`` looks like a crawl trap, or None. Remembers the URLs it admits."""
        if len(url) > self.max_url_length:
            return f"crawl trap: URL longer than {self.max_url_length} characters"
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) >= 6 and len(set(segments)) <= len(segments) // 2:
            return "crawl trap: path repeats its own segments"
        if any(int(year) > self.last_year for year in self._years(parts.path, parts.query)):
            return f"crawl trap: calendar date beyond {self.last_year}"
        if parts.query:
            variants = self._variants[f"{host_key(url)}{parts.path}"]
            if parts.query not in variants:
                if len(variants) >= self.max_query_variants:
                    return f"crawl trap: more than {self.max_query_variants} query variants of {parts.path or '/'}"
                variants.add(parts.query)
        return None

    @staticmethod
    def _years(path: str, query: str):
        """Years a URL is dated with: year-month forms anywhere, bare years only in date-like parameters."""
        yield from (m.group(1) for m in _DATED.finditer(path))
        for key, value in parse_qsl(query, keep_blank_values=True):
            yield from (m.group(1) for m in _DATED.finditer(value))
            if _DATE_PARAM.search(key):
                yield from (m.group(1) for m in _BARE_YEAR.finditer(value.strip()))


# Content types with no text to scan; anything else (including application/octet-stream, which servers
# send for PDFs) is downloaded and sniffed.
NOT_DOCUMENT_TYPES = ("image/gif", "image/bmp", "image/webp", "image/svg", "image/x-icon", "image/vnd.microsoft.icon",
                      "image/heic", "image/heif", "image/avif", "video/", "audio/", "font/", "application/zip",
                      "application/x-msdownload", "application/javascript", "text/javascript", "text/css")


def refuse_response(content_type: str, content_length: int | None, max_bytes: int) -> str | None:
    """Why a response is not worth downloading, judged by its headers, or None."""
    if max_bytes and content_length is not None and content_length > max_bytes:
        return f"too large: {content_length / 1048576:.1f} MB, over the {max_bytes / 1048576:g} MB document limit"
    media_type = content_type.split(";")[0].strip().lower()
    if media_type.startswith(NOT_DOCUMENT_TYPES):
        return f"not a document type ({media_type})"
    return None
