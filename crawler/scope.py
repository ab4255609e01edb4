"""Which URLs belong to the crawl: the site's hosts, documents worth fetching, and crawl traps.

Pure functions and a small stateful guard, so that the Scrapy middleware stays thin and this logic is
tested without a reactor.
"""
from __future__ import annotations

import ipaddress
import posixpath
import re
from collections import defaultdict
from datetime import date
from email.message import Message
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, safe_url_string

from detectors.masking import NOTE_READ

# Extensions never worth downloading: no text a detector could read. Documents (.pdf, .docx, .xlsx, .csv,
# .txt, .doc, .xls, and .png, .jpg, .webp and .tif images, read by OCR: a scanned letter linked as a document) are
# fetched; so is anything without an extension (pages), decided by Content-Type. Archives are documents:
# a .zip is unpacked and its files checked ("Attachments.zip" of an agenda item); other archives are fetched
# to be listed as not checked, never skipped as if they held nothing.
NOT_DOCUMENT_EXTENSIONS = {
    "image": {"gif", "bmp", "svg", "ico", "heic", "avif"},
    "audio/video": {"mp3", "mp4", "m4a", "m4v", "mov", "avi", "wmv", "wav", "ogg", "webm", "flv", "mpg", "mpeg"},
    "style or font": {"css", "map", "woff", "woff2", "ttf", "otf", "eot"},  # a site's scripts are read: they carry data
    "program": {"exe", "msi", "dmg", "iso", "apk"},  # not ".bin": download handlers serve any file so
}
_KIND_OF_EXTENSION = {ext: kind for kind, exts in NOT_DOCUMENT_EXTENSIONS.items() for ext in exts}
DOCUMENT_EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "rtf", "odt", "ods", "odp", "ppt", "pptx",
                       "msg", "kml", "kmz", "ics", "vcf", "zip", "7z", "rar", "gz", "tgz", "tar"}
SESSION_PARAMS = {"jsessionid", "phpsessid", "sid", "sessionid", "aspsessionid", "cfid", "cftoken"}
# A session id's value: a long random token (hex, base64, a UUID, Tomcat's "8F3A...C.node01"), letters and digits
# both. A short or numeric value of such a parameter is content (a CMS's story id "?sid=2"): kept, and fetched.
_SESSION_TOKEN = re.compile(r"(?=[^0-9]*[0-9])(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9+/=_.~-]{16,}")
# Campaign and click tracking a newsletter or an ad adds to a link: it never changes the document served, and
# kept it would make one document several entries, each with a copy of its findings.
TRACKING_PARAMS = re.compile(r"utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi", re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}
# Links that lead to no document: contact actions, and inline data that is part of the page already scanned.
NOT_LINK_SCHEMES = {"mailto", "tel", "sms", "callto", "fax", "geo", "data", "about"}
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_URL_WHITESPACE = re.compile(r"[\t\n\r]")
_HOST = re.compile(r"[a-z0-9_.-]+|[0-9a-f:.]+")  # a DNS name (IDNA already applied) or an IPv6 address
# a year with its month (/2031/05, 2031-05-01): how calendars spell a date in a URL
_DATED = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_.](0[1-9]|1[0-2])(?:[-/_.](?:0[1-9]|[12]\d|3[01]))?(?!\d)")
_DATE_PARAM = re.compile(r"date|year|month|day|cal|week|time|^y$|^m$|^d$", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^((?:19|20)\d\d)(?:\d\d){0,2}$")


def host_key(url: str) -> str:
    """Scheme-less host and port: what "the same site" means for scope and credentials. An IPv6 address is
    bracketed when a port follows it (``[::1]:8080``: ``::1:8080`` would be another address), and an
    internationalised name is written in punycode, as a request's URL writes it."""
    parts = urlsplit(url)
    host = _canonical_host((parts.hostname or "").lower())
    if not parts.port:
        return host
    return f"[{host}]:{parts.port}" if ":" in host else f"{host}:{parts.port}"


def origin(url: str) -> str:
    """Scheme, host and port (the default port written out): what a browser keys basic auth on, so that
    ``https://staging.example.gov/`` and ``http://staging.example.gov/`` (or ``:8443``) are three origins."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:  # a port out of range: no origin a start URL has
        return ""
    host = _canonical_host((parts.hostname or "").lower())
    return f"{scheme}://[{host}]:{port}" if ":" in host else f"{scheme}://{host}:{port}"


def _canonical_host(host: str) -> str:
    """A host name as DNS (and w3lib's canonical URL) spells it: ``bücher.example`` is ``xn--bcher-kva.example``; an
    IPv6 address in its shortest form (``0:0:0:0:0:0:0:1`` is ``::1``). A name IDNA cannot encode is kept as written
    (it matches nothing but itself)."""
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host).compressed
        except ValueError:
            return host
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


class AllowedHosts:
    """The ``allowed_hosts`` entries of the configuration, matched against a URL's :func:`host_key`: a bare host
    (``docs.pomonaca.gov``) on any port, a host with its port (``docs.pomonaca.gov:8443``, as a docs server is
    written) on that port only (``:443``/``:80`` on the scheme's default port too, which a URL leaves out); case
    and a fully qualified name's root dot (``localhost.``) are no difference, on either side. So for an IPv6
    address, bracketed or not (``::1``, ``[::1]``, ``[::1]:8080``), and for an internationalised name, in Unicode
    or in punycode (``bücher.example``, ``xn--bcher-kva.example``)."""

    def __init__(self, entries: list[str]):
        self.hosts: set[str] = set()
        self.host_ports: set[tuple[str, int | None]] = set()  # (host, port); None: the scheme's default port
        for entry in entries:
            host, port = split_host_port(entry.strip().lower())
            host = _canonical_host(host)
            if port is None:
                self.hosts.add(host)
            else:
                self.host_ports.add((host, port))
                if port in (80, 443):
                    self.host_ports.add((host, None))

    def __contains__(self, key: str) -> bool:
        host, port = split_host_port(key)
        return host in self.hosts or (host, port) in self.host_ports


_HOST_PORT = re.compile(r"(\[[0-9a-f:.]+\]|[^\s/:@\[\]?#]+)(?::(\d{1,5}))?")


def split_host_port(text: str) -> tuple[str, int | None]:
    """(host without a root dot or IPv6 brackets, port or None) of ``host`` or ``host:port`` as :func:`host_key` or
    a configuration writes it (an IPv6 address with a port in brackets: ``[::1]:8080``); ("", None) when ``text`` is
    neither (a URL, a path)."""
    if text.count(":") > 1 and "[" not in text:  # a bare IPv6 address, as host_key writes one (no port told)
        return text.lower(), None
    match = _HOST_PORT.fullmatch(text.lower())
    if match is None or (match.group(2) and not 0 < int(match.group(2)) < 65536):
        return "", None
    return match.group(1).strip("[]").rstrip("."), int(match.group(2)) if match.group(2) else None


def strip_userinfo(url: str) -> str:
    """The URL without ``user:password@``: credentials in a URL must never reach a log or a report."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


class InvalidURL(ValueError):
    """A URL no browser could open: its message says why."""


def _why_invalid(url: str, error: ValueError) -> str:
    """Why a URL that cannot be parsed is invalid: its host name where that is what is wrong (w3lib 2.6 and later
    refuse a host with a space or another forbidden character themselves, "'city hall' contains a forbidden domain
    code point"; earlier ones left it to the host check below), else the parser's own words."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    return f"invalid URL (host name {host!r})" if host and not _HOST.fullmatch(host) else f"invalid URL ({error})"


def normalise_url(url: str) -> str:
    """The one spelling of an absolute http(s) URL that the crawl, its de-duplication and the report share.

    w3lib's ``canonicalize_url`` (what Scrapy's request fingerprints use) percent-encodes spaces and non-ASCII
    characters, settles the case of escapes, resolves ``.`` and ``..``, sorts the query and drops the fragment;
    then credentials, the default port, session ids (a session parameter holding a token) and campaign tracking
    (``utm_source``, ``fbclid`` ...) go. ``Permit Form 2024.pdf``,
    ``Permit%20Form%202024.pdf`` and ``HTTP://Host:80/Permit%20Form%202024.pdf#p2`` are one document.
    Raises InvalidURL for what cannot be fetched."""
    try:
        parts = urlsplit(canonicalize_url(url))
        port = parts.port
        host = parts.hostname
    except ValueError as e:  # an unclosed IPv6 bracket, a port out of range, a host w3lib refuses ("city hall")
        raise InvalidURL(_why_invalid(url, e)) from None
    if parts.scheme not in ("http", "https"):
        raise InvalidURL(f"not an http(s) URL ({parts.scheme or 'no'} scheme)")
    if not host or not _HOST.fullmatch(host):
        raise InvalidURL(f"invalid URL (host name {host or 'missing'!r})")
    netloc = f"[{host}]" if ":" in host else host
    if port and port != DEFAULT_PORTS[parts.scheme]:
        netloc += f":{port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not is_session_id(k, v) and not TRACKING_PARAMS.fullmatch(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    path = re.sub(r";jsessionid=[^/?#]*", "", parts.path, flags=re.IGNORECASE) or "/"
    # as Scrapy's Request writes the URL (w3lib's safe_url_string), so that its response names the URL linked:
    # canonicalize_url leaves '[', ']' and '|' in a path (``Report[1].pdf``), which a request percent-encodes
    return safe_url_string(urlunsplit((parts.scheme, netloc, path, query, "")))


def is_session_id(name: str, value: str) -> bool:
    """Whether a query parameter is a session id, which names no document (dropped, so that one page is one URL
    for every visitor): a session parameter's name with a value that looks like a token."""
    return name.lower() in SESSION_PARAMS and bool(_SESSION_TOKEN.fullmatch(value))


def resolve_link(base: str, href: str) -> tuple[str, str | None] | None:
    """Where a link written ``href`` on the page ``base`` leads: (normalised URL, None), or (the link as
    written, why it is not fetched) for a ``javascript:`` link, another scheme or an invalid URL. None for what
    is no link to a document: an empty href, a fragment of the same page, a mailto:, tel: or data: link."""
    href = _URL_WHITESPACE.sub("", href.strip())  # as browsers do: tabs and line breaks inside a URL vanish
    if not href or href.startswith("#"):
        return None
    scheme = _SCHEME.match(href)
    scheme = scheme.group(1).lower() if scheme else ""
    if scheme in NOT_LINK_SCHEMES:
        return None
    if scheme == "javascript":
        return _shown(href), "javascript: link (runs a script in the browser; no document to fetch)"
    try:
        absolute = urljoin(base, href)
    except ValueError as e:
        return _shown(href), f"invalid URL ({e})"
    if scheme and scheme not in ("http", "https"):
        return _shown(strip_userinfo(absolute)), f"unsupported URL scheme ({scheme}:), not fetched"
    try:
        return normalise_url(absolute), None
    except InvalidURL as e:
        return _shown(href), str(e)


class LinkResolver:
    """:func:`resolve_link` with a memory of the links it resolved lately, the spider's: a site's navigation
    repeats on every page, and a link leads to the same URL from every page that shares the part of its URL
    the link depends on (none for an absolute link, the host for ``/path``, the folder for ``path``).
    Normalising a URL costs tens of microseconds, a page has a hundred links, and a site a hundred thousand
    pages. The memory is bounded: it starts afresh when full."""

    def __init__(self, size: int = 10_000):
        self.size = size
        self._resolved: dict[tuple[str, str], tuple[str, str | None] | None] = {}

    def __call__(self, base: str, href: str) -> tuple[str, str | None] | None:
        key = (_depends_on(base, href), href)
        try:
            return self._resolved[key]
        except KeyError:
            pass
        if len(self._resolved) >= self.size:
            self._resolved.clear()
        resolved = self._resolved[key] = resolve_link(base, href)
        return resolved


def _depends_on(base: str, href: str) -> str:
    """The part of the absolute URL ``base`` that where ``href`` leads from it depends on: none for a link
    with a host, the scheme for ``//host/path``, the host for ``/path``, the folder for ``path``; anything
    else (``?query``, ``http:``, ``//`` without a host, a link with a tab or line break in it) the whole URL."""
    if not href.isprintable():
        return base
    if href.startswith("/"):
        if href.startswith("//"):
            return base[:base.find(":")] if _starts_with_host(href[2:]) else base
        path = base.find("/", base.find("//") + 2)
        return base[:path] if path > 0 else base
    scheme = _SCHEME.match(href)
    if scheme:
        rest = href[scheme.end():]
        hosted = scheme.group(1).lower() in ("http", "https") and rest.startswith("//") and _starts_with_host(rest[2:])
        return "" if hosted else base
    if href[:1].isalnum() or href[:1] in (".", "%", "-", "_", "~"):  # a path relative to the page's folder
        query = base.find("?")
        return base[:base.rfind("/", 0, query if query > 0 else len(base)) + 1]
    return base


def _starts_with_host(text: str) -> bool:
    return text[:1].isalnum() or text[:1] == "["


def _shown(text: str) -> str:
    """A refused link as the run keeps it: without credentials, and not a whole script. Not cut to the length a
    report shows: the report masks it first, then cuts it (``reports.redact.ShownText.place``), so that no value split
    by the cut ("Maria Del", "512-34-6") escapes the masking."""
    try:
        text = strip_userinfo(text)
    except ValueError:
        pass
    return text[:NOTE_READ]


def extension(url: str) -> str:
    return posixpath.splitext(urlsplit(url).path)[1].lstrip(".").lower()


def names_document(url: str) -> bool:
    """Whether a URL's extension is a document's; False for a URL too broken to split (an unclosed IPv6 bracket in
    a page's style or a form's option is hostile input, not a link)."""
    try:
        return extension(url) in DOCUMENT_EXTENSIONS
    except ValueError:
        return False


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
        # kept as fingerprints (hashes), not strings: a large site has a query on many of its paths
        self._variants: dict[int, int] = defaultdict(int)  # path -> query variants admitted
        self._admitted: set[int] = set()  # (path, query) admitted

    def check(self, url: str, *, listed: bool = False) -> str | None:
        """The reason ``url`` looks like a crawl trap, or None. Remembers the URLs it admits. ``listed``: a page of
        another path links it (:func:`listed_elsewhere`), so its query is not counted as a variant."""
        if len(url) > self.max_url_length:
            return f"crawl trap: URL longer than {self.max_url_length} characters"
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) >= 6 and len(set(segments)) <= len(segments) // 2:
            return "crawl trap: path repeats its own segments"
        if any(int(year) > self.last_year for year in self._years(parts.path, parts.query)):
            return f"crawl trap: calendar date beyond {self.last_year}"
        if parts.query and not listed:
            path = hash((parts.hostname, parts.port, parts.path))
            variant = hash((path, parts.query))
            if variant not in self._admitted:
                if self._variants[path] >= self.max_query_variants:
                    return f"crawl trap: more than {self.max_query_variants} query variants of {parts.path or '/'}"
                self._variants[path] += 1
                self._admitted.add(variant)
        return None

    @staticmethod
    def _years(path: str, query: str):
        """Years a URL is dated with: year-month forms anywhere, bare years only in date-like parameters."""
        yield from (m.group(1) for m in _DATED.finditer(path))
        for key, value in parse_qsl(query, keep_blank_values=True):
            yield from (m.group(1) for m in _DATED.finditer(value))
            if _DATE_PARAM.search(key):
                yield from (m.group(1) for m in _BARE_YEAR.finditer(value.strip()))


def listed_elsewhere(url: str, referrer: str) -> bool:
    """Whether ``url`` has a query and the page linking it has another path. A trap makes variants of its own page
    (a calendar's next month, a list's sort orders, its next page); a page of another path that links many query
    variants is a list of documents (a CMS's ``/DocumentCenter/View.aspx?id=N``, a records portal's
    ``DocView.aspx?id=N``), each a published document, which the variant limit must not cut off."""
    parts, linking = urlsplit(url), urlsplit(referrer)
    return bool(parts.query) and (parts.netloc, parts.path) != (linking.netloc, linking.path)


# Content types with no text to scan; anything else (including application/octet-stream, which servers
# send for PDFs) is downloaded and sniffed.
NOT_DOCUMENT_TYPES = ("image/gif", "image/bmp", "image/svg", "image/x-icon", "image/vnd.microsoft.icon",
                      "image/heic", "image/heif", "image/avif", "video/", "audio/", "font/",
                      "application/x-msdownload", "text/css")
# Of those, the text a page has the browser show when it uses the file (see ``crawler.spiders.page_links.asset_links``):
# a style sheet's ``content:`` strings, an SVG drawing's labels. Fetched only as such a page's asset, never as a link.
ASSET_TYPES = ("text/css", "image/svg")
# A page's picture of fewer bytes is a spacer or a tracking pixel: a line of text takes more, even at one bit a pixel
# (an SSN at 16 px, a 300 x 24 PNG: 306 bytes). Not fetched (see crawler.spiders.page_pictures).
MIN_PICTURE_BYTES = 200
PICTURE = "pubcheck_picture"  # request meta: a picture a page shows (crawler.spiders.page_pictures)
_ASSET_EXTENSIONS = frozenset({"css", "svg"})


def asset_only(url: str) -> bool:
    """Whether ``url``'s extension names a file read only as a page's asset (a style sheet, an SVG drawing): met first
    as a plain link (a sitemap's <loc>, before the page showing it), it is refused, and must still be read as that
    page's asset when the page is met."""
    return extension(url) in _ASSET_EXTENSIONS


# The first bytes of the documents pubcheck reads whatever type they are served as (a PDF sent as video/mp4 by a
# misconfigured CMS): PDF (its header may follow some junk), zip (Office, OpenDocument, archives), OLE2 (legacy
# Office, Outlook), RTF, and the images read by OCR. Looked for before a response is called no document.
SNIFF_BYTES = 1024
_DOCUMENT_SIGNATURES = ((b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2"),
                        (b"{\\rtf", "RTF"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"),
                        (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))


def document_signature(head: bytes) -> str | None:
    """The kind of document whose signature ``head`` (a body's first bytes) starts with, or None."""
    if head.find(b"%PDF-", 0, SNIFF_BYTES) >= 0:
        return "PDF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    return next((kind for magic, kind in _DOCUMENT_SIGNATURES if head.startswith(magic)), None)


def not_a_document_type(reason: str | None) -> bool:
    """Whether :func:`refuse_response`'s ``reason`` is the declared type's (not the size's)."""
    return bool(reason and reason.startswith("not a document type"))


def saved_name(disposition: str) -> str | None:
    """The file name a ``Content-Disposition`` header gives the download (``filename=`` or RFC 6266's ``filename*=``),
    or None: what the reader saves, and what it is, whatever the URL's extension says (``/download.bin``)."""
    if "filename" not in disposition.lower():
        return None
    header = Message()
    header["Content-Disposition"] = disposition
    try:
        return header.get_filename() or None
    except (ValueError, LookupError):  # an unknown charset or a broken encoding: no name to go by
        return None


def names_document_file(name: str | None) -> bool:
    """Whether a file's name (a Content-Disposition's) has a document's extension."""
    return bool(name) and posixpath.splitext(name)[1].lstrip(".").lower() in DOCUMENT_EXTENSIONS


def refuse_response(content_type: str, content_length: int | None, max_bytes: int, asset: bool = False,
                    disposition: str = "", picture: bool = False) -> str | None:
    """Why a response is not worth downloading, judged by its headers, or None. ``asset``: the response is a style
    sheet or SVG drawing a page uses, which is read (see ASSET_TYPES). ``disposition``: its Content-Disposition, whose
    file name's extension says what the download is as a link's would (a program, a video). ``picture``: it is a
    picture a page shows, not read under :data:`MIN_PICTURE_BYTES`."""
    if max_bytes and content_length is not None and content_length > max_bytes:
        return f"too large: {content_length / 1048576:.1f} MB, over the {max_bytes / 1048576:g} MB document limit"
    if picture and content_length is not None and content_length < MIN_PICTURE_BYTES:
        return f"picture too small to hold text ({content_length} bytes)"
    name = saved_name(disposition)
    if name and (reason := not_a_document("/" + quote(name.replace("\\", "/")))):
        return f"{reason} (the file name the server gives)"
    media_type = content_type.split(";")[0].strip().lower()
    if media_type.startswith(NOT_DOCUMENT_TYPES) and not (asset and media_type.startswith(ASSET_TYPES)):
        return f"not a document type ({media_type})"
    return None
