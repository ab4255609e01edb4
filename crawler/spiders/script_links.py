"""URLs a page's own scripts and data attributes load, though no link names them.

A city page often fills a table from a file its inline script fetches (``fetch('/api/outages.json')``,
``$.getJSON``, ``axios.get``, ``xhr.open("GET", ...)``, a config object's ``"dataUrl"``), or names the file in
a widget's ``data-src``/``data-url``. Anyone can fetch such a URL, so it is published as surely as a linked
document. Only whole string literals are taken, and only those shaped like a data file or an API: a path
ending in a data or document extension, or with an ``api`` segment. A literal the script hands to a loader
is taken whatever its path, as the response is read by its content type, not by its URL: an argument of
``fetch``/``axios``/``$.get``/``$.getJSON``/``$.ajax``/``$.post``/``.load``, the URL of ``xhr.open("GET", ...)``, a
value of a ``url``/``endpoint``/``src`` key or of a variable named so (``metaUrl = '...'``), or of a variable the
script passes to a loader (``var q = '...'; fetch(q)``). An ArcGIS ``FeatureServer/0/query``, a SharePoint
``/_api/web/lists/...``, ``/graphql?query=``, a ``.ashx`` or ``.aspx/GetMetadata`` document service: none is shaped
like a data file, and each returns records. Images, style sheets and fonts (``src: '/img/logo.png'``) are no data.
Not taken:

- a literal that is an operand of ``+`` (a URL built at run time: its other part may be another host, an id),
  unless every operand of the sum a loader is handed is a literal or a variable assigned a literal once
  (``var API_BASE = "/api/v1"; axios.get(API_BASE + "/enrollments")``), as a template literal's placeholders;
- a template literal (backquotes) whose every ``${name}`` is no variable the script assigns a string literal once
  (``const base = '/data'; fetch(`${base}/rates.json`)`` is taken, ``${id}`` or ``${p.replace(...)}`` is not), and
  any other literal with ``${``, braces or whitespace in it;
- regex literals and comments' prose (they hold no quoted URL-shaped string);
- the value of a key or variable named a base, a root or a prefix (``apiBase: "/api/v2"``, ``BASE_URL = "/svc/"``)
  without a file name's extension: the start of URLs the code builds, no URL it loads (fetched, it answers 404);
- ``#`` anchors, page URLs without such an extension (navigation is in the links already), unless the script
  navigates to it: ``window.open('/notices/case.html')``, ``location.href = '...'``, ``location.assign(...)``
  open a page as a link does, and a script file's are in no link of any page.

A service worker is a script the page registers (``navigator.serviceWorker.register('/sw.js')``, a loader call
here): the worker fetches and stores the URLs of its precache list when it installs (``cache.addAll([...])``,
Workbox's ``precacheAndRoute([{url: ...}])``), so a script that uses the Cache API has its whole URL literals
(root-relative or absolute, not a picture, a style sheet or a font) taken as loaded (:func:`precached_urls`), pages
and script files included. A bundle's runtime builds its chunks' URLs from a map (webpack's
``r.u=e=>"static/js/"+e+"."+{217:"b3c9d0e1"}[e]+".chunk.js"`` under its public path ``r.p="/"``): each chunk of
the map is a script file the page loads on demand (:func:`chunk_urls`); without a literal public path the chunks'
folder is unknown and nothing is guessed.

A Gatsby page (``<div id="___gatsby">``) loads its content from its data file, ``/page-data/<its path>/
page-data.json``, by a URL its loader builds from the page's path: that URL is taken too (:func:`page_data_urls`).

The page's script files themselves (``<script src>``) are loaded too, and read: a site's ``app-state.js`` can carry
the data its pages show, and loads or opens the same URLs as an inline script does (:func:`literal_urls` of its
text). Which of these URLs the crawl fetches (the site's hosts only, not a vendor's CDN) is the spider's decision.
A script file's source map (its ``//# sourceMappingURL=`` comment, its ``SourceMap`` header) is fetched too: any
browser's developer tools load it, and its ``sourcesContent`` is the site's original code (:func:`source_map_urls`).
"""
from __future__ import annotations

import posixpath
import re
from collections import Counter
from urllib.parse import urlsplit

from lxml import etree

from ..scope import DOCUMENT_EXTENSIONS

# What a script loads to fill a page: structured data beside the documents a link could lead to.
DATA_EXTENSIONS = DOCUMENT_EXTENSIONS | {"json", "geojson", "xml"}
# Inline script text, and the attributes whose values a page's scripts read: data-* (data-src, data-url,
# data-source ...), event handlers (onclick="location.href='/files/x.pdf'"), <object data> and <embed src>.
SCRIPT_TEXTS = etree.XPath("//script/text()", smart_strings=False)
SCRIPT_SOURCES = etree.XPath("//script/@src", smart_strings=False)
SCRIPT_ATTRIBUTES = etree.XPath("//@*[starts-with(name(), 'data-') or starts-with(name(), 'on')]"
                                " | //object/@data | //embed/@src", smart_strings=False)
# A quoted string with nothing in it a URL literal lacks. JSON's escaped slash (\/) is allowed; it is undone
# before the URL is judged.
_LITERAL = re.compile(r"""(["'])((?:(?!\1)[^\s\\<>{}`]|\\/)+)\1""")
# A file's name begins with a letter, digit, "_", "%", "~" or "-": "*.csv" and ".pdf,.docx" (a file input's
# accept list) name no file.
_FILE_NAME_START = re.compile(r"[\w%~-]")
# A call or assignment that opens its URL as a page, as a link does: window.open('...'), location.href = '...',
# location = '...', location.assign('...'), location.replace('...'). Matched on the text before a literal.
_NAVIGATION = re.compile(r"(?:\bwindow\.open\(|\blocation(?:\.href)?\s*=|\blocation\.(?:assign|replace)\()\s*$")

# A call that loads the URL given as its first argument, or the URL argument of xhr.open("GET", ...): matched on
# the text before a literal (or before a variable's name, see _loaded_names).
_LOADER_CALL = (r"(?:(?:\bfetch|\baxios(?:\.(?:get|post|request))?|(?:\$|\bjQuery)\.(?:get|getJSON|post|ajax)"
                r"|\.load|\bserviceWorker\.register)\s*\(|\.open\(\s*[\"'][A-Za-z]+[\"']\s*,)\s*")
_LOADER = re.compile(_LOADER_CALL + "$")
# A key or variable that names a URL to load: url:, "endpoint":, src:, dataUrl =, metaUrl =, api_endpoint = ...
_URL_NAME = re.compile(r"""(?:(?<![\w$])(?:url|URL|uri|endpoint|src)|[A-Za-z_$][\w$]*(?:Url|URL|Uri|Endpoint|_url|_endpoint))"""
                       r"""["']?\s*(?::|=(?!=))\s*$""")
# A key or variable that names the start of URLs the code builds: apiBase:, baseUrl =, API_ROOT =, urlPrefix: ...
# (the word itself, or a name's last word: "apiBase", "API_BASE", "api_base"; not "database")
_URL_BASE_NAME = re.compile(r"""(?<![\w$])(?:[\w$]*(?:Base|BASE|_base|Root|ROOT|_root|Prefix|PREFIX|_prefix)|base|root|prefix)"""
                            r"""(?:_?(?:url|uri|path|Url|Uri|Path|URL|URI|PATH))?["']?\s*(?::|=(?!=))\s*$""")
# A variable assigned the literal: ``metaUrl = '`` (matched on the text before it), its name captured.
_ASSIGNED_TO = re.compile(r"([A-Za-z_$][\w$]*)\s*=(?!=)\s*$")
# Files a page shows or styles itself with, not data it loads: an img/script src, a font, a style sheet.
ASSET_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "css", "woff", "woff2", "ttf", "otf",
                    "eot", "mp3", "mp4", "webm", "ogg", "wav", "map"}
# A template literal with no backquote or markup in it, and a ${name} in one; a variable assigned a string once.
_TEMPLATE = re.compile(r"`([^`\s<>\\]*)`")
_PLACEHOLDER = re.compile(r"\$\{\s*([A-Za-z_$][\w$]*)\s*\}")
_ASSIGNMENT = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=(?!=)")  # "name =", not "==", "a.b =", "+="
_STRING_VARIABLE = re.compile(r"""\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(["'])([^"'\s\\<>{}`]*)\2\s*[;,\n]""")
# A Gatsby site's page: the element its app renders into.
GATSBY_ROOTS = etree.XPath("//div[@id='___gatsby']")


def script_urls(root) -> list[str]:
    """The data and document URLs (as written) that the page ``root`` (an lxml tree) loads from its inline
    scripts, event handlers and data attributes, in page order, then its script files, each once."""
    found: dict[str, None] = {}
    for text in SCRIPT_TEXTS(root):
        for url in literal_urls(text):
            found[url] = None
    for value in SCRIPT_ATTRIBUTES(root):
        value = value.strip()
        if is_data_url(value):
            found[value] = None
        else:
            for url in literal_urls(value):
                found[url] = None
    for url in page_data_urls(root):
        found[url] = None
    for source in SCRIPT_SOURCES(root):
        if source.strip():
            found[source.strip()] = None
    return list(found)


def page_data_urls(root) -> list[str]:
    """The data file a Gatsby page (``root``, parsed with its URL) loads its content from:
    ``/page-data/outages/calls/page-data.json`` for ``/outages/calls/``, ``/page-data/index/page-data.json`` for
    the home page. Gatsby's loader builds it from the page's path, so no script holds it whole."""
    page_url = root.getroottree().docinfo.URL
    if not GATSBY_ROOTS(root) or not page_url:
        return []
    path = urlsplit(page_url).path
    path = path[:-len("index.html")] if path.endswith("/index.html") else path
    return [f"/page-data{path.rstrip('/') or '/index'}/page-data.json"]


# where a script says its source map is: its last "//# sourceMappingURL=..." comment ("//@" in older tools), or the
# SourceMap (X-SourceMap) header of its response
_SOURCE_MAP_COMMENT = re.compile(r"(?m)^[ \t]*//[#@][ \t]*sourceMappingURL=([^\s'\"]+)[ \t]*$")
SOURCE_MAP_HEADERS = (b"SourceMap", b"X-SourceMap")


def source_map_urls(script: str, headers: list[str]) -> list[str]:
    """The source maps a script names (see ``_SOURCE_MAP_COMMENT``): a browser's developer tools load them for
    anyone, and a map's ``sourcesContent`` is the site's original source (test fixtures included). A map inlined
    as a ``data:`` URL is in the script already, and read with it (``crawler.extract.scripts``)."""
    named = [*headers, *_SOURCE_MAP_COMMENT.findall(script[-4096:])]
    return [url for url in dict.fromkeys(u.strip() for u in named) if url and not url.lower().startswith("data:")]


def literal_urls(script: str) -> list[str]:
    """The whole string literals in ``script`` that are data or document URLs, unescaped."""
    urls = []
    loaded_names = _loaded_names(script)
    for match in _LITERAL.finditer(script):
        if _concatenated(script, match.start(), match.end()):
            continue  # a part of a URL built at run time
        text = match.group(2).replace("\\/", "/")
        before = script[max(0, match.start() - 48):match.start()]
        if _URL_BASE_NAME.search(before) and _file_extension(text) not in DATA_EXTENSIONS:
            continue  # the start of URLs built at run time
        if (is_data_url(text) or (_NAVIGATION.search(before[-24:]) and is_page_url(text))
                or (_is_loaded(before, loaded_names) and is_loadable_url(text))):
            urls.append(text)
    return urls + _template_urls(script) + _concatenated_urls(script) + precached_urls(script) + chunk_urls(script)


# a service worker's use of the Cache API to store a list of URLs when it installs (Workbox's precache included)
_PRECACHING = re.compile(r"\.addAll\s*\(|\bprecacheAndRoute\s*\(|\bprecache\s*\(")


def precached_urls(script: str) -> list[str]:
    """The URLs a service worker's precache list names, when ``script`` stores URLs with the Cache API: its whole
    string literals written as root-relative or absolute URLs (see :func:`is_loadable_url`: no picture, style sheet
    or font), strings of an array or an entry's ``url`` alike."""
    if not _PRECACHING.search(script):
        return []
    urls = []
    for match in _LITERAL.finditer(script):
        text = match.group(2).replace("\\/", "/")
        if text.startswith(("/", "http://", "https://")) and not text.startswith("//") and is_loadable_url(text) \
                and not _concatenated(script, match.start(), match.end()):
            urls.append(text)
    return urls


# webpack's chunk URL function: "static/js/" + id + "." + {217: "b3c9d0e1", ...}[id] + ".chunk.js"
_CHUNK_URL = re.compile(r"""(["'])([^"'\s+]*)\1\s*\+\s*([A-Za-z_$][\w$]*)\s*\+\s*(["'])([.-])\4\s*\+\s*"""
                        r"""\{([^{}]*)\}\s*\[\s*\3\s*\]\s*\+\s*(["'])([^"'\s+]*\.m?js)\7""")
_CHUNK_ENTRY = re.compile(r"""["']?([\w-]+)["']?\s*:\s*["']([\w-]+)["']""")
# the runtime's public path: r.p = "/" (__webpack_require__.p), the folder its chunk URLs are under
_PUBLIC_PATH = re.compile(r"""(?<![\w$])[A-Za-z_$][\w$]*\.p\s*=\s*["']((?:/|https?://)[^"'\s]*)["']""")


def chunk_urls(script: str) -> list[str]:
    """The URLs of the chunks a bundle's runtime loads on demand, built as it builds them: its public path, the
    chunk file name's prefix, each chunk's id and content hash from the map, its suffix. Only under a public path
    the script writes as a literal (a root or an absolute URL)."""
    public_path = _PUBLIC_PATH.search(script)
    if not public_path:
        return []
    folder = public_path.group(1) if public_path.group(1).endswith("/") else public_path.group(1) + "/"
    urls = []
    for built in _CHUNK_URL.finditer(script):
        prefix, joiner, suffix = built.group(2).lstrip("/"), built.group(5), built.group(8)
        for chunk, content_hash in _CHUNK_ENTRY.findall(built.group(6)):
            urls.append(f"{folder}{prefix}{chunk}{joiner}{content_hash}{suffix}")
    return urls


def _known_strings(script: str) -> dict[str, str]:
    """The variables of ``script`` assigned a string literal once, and never again: their values."""
    assigned: dict[str, list[str]] = {}
    for match in _STRING_VARIABLE.finditer(script):
        assigned.setdefault(match.group(1), []).append(match.group(3))
    assignments = Counter(_ASSIGNMENT.findall(script)) if assigned else Counter()  # every name's, in one pass
    return {name: values[0] for name, values in assigned.items() if len(values) == 1 and assignments[name] == 1}


# a URL a loader is handed built with "+" from variables and string literals: API_BASE + "/enrollments"
_OPERAND = r"""(?:[A-Za-z_$][\w$]*|"[^"\s\\<>{}`+]*"|'[^'\s\\<>{}`+]*')"""
_SUM = re.compile(rf"{_OPERAND}(?:\s*\+\s*{_OPERAND})+(?=\s*[,)])")
_SUM_OPERAND = re.compile(_OPERAND)


def _concatenated_urls(script: str) -> list[str]:
    """The URLs ``script`` hands a loader (or a URL key) as a sum of string literals and variables each assigned a
    string literal once (``var API_BASE = "/api/v1"; axios.get(API_BASE + "/enrollments")``), resolved, as a
    template literal of such variables is (see :func:`_template_urls`); a sum with any other operand (an id, a
    user's input, a function's result) is built at run time and not taken."""
    if "+" not in script:
        return []
    known = None
    urls = []
    for match in _SUM.finditer(script):
        before = script[max(0, match.start() - 48):match.start()]
        if not _is_loaded(before, set()) or _concatenated(script, match.start(), match.end()):
            continue
        known = _known_strings(script) if known is None else known
        parts = [m.group(0) for m in _SUM_OPERAND.finditer(match.group(0))]
        if not all(p[0] in "\"'" or p in known for p in parts):
            continue
        text = "".join(p[1:-1] if p[0] in "\"'" else known[p] for p in parts)
        if is_loadable_url(text):
            urls.append(text)
    return urls


def _template_urls(script: str) -> list[str]:
    """The template literals of ``script`` whose every placeholder is a variable assigned a string literal once,
    resolved, that are data URLs or are handed to a loader (see :func:`literal_urls`)."""
    if "`" not in script:
        return []
    known = _known_strings(script)
    urls = []
    for match in _TEMPLATE.finditer(script):
        names = _PLACEHOLDER.findall(match.group(1))
        if not names or "${" in _PLACEHOLDER.sub("", match.group(1)) or not all(n in known for n in names):
            continue  # no placeholder, or one that is an expression or a value only known at run time
        text = _PLACEHOLDER.sub(lambda m: known[m.group(1)], match.group(1))
        before = script[max(0, match.start() - 48):match.start()]
        if not _concatenated(script, match.start(), match.end()) and (
                is_data_url(text) or (_is_loaded(before, set()) and is_loadable_url(text))):
            urls.append(text)
    return urls


def _loaded_names(script: str) -> set[str]:
    """The variables ``script`` passes whole to a loader: ``fetch(metaUrl)``, ``$.get(q, show)``."""
    return set(re.findall(_LOADER_CALL + r"([A-Za-z_$][\w$]*)\s*[,)]", script))


def _is_loaded(before: str, loaded_names: set[str]) -> bool:
    """Whether the literal after ``before`` is what a loader loads: its argument, a URL key's or URL variable's
    value, or the value of a variable the script passes to a loader."""
    if _LOADER.search(before) or _URL_NAME.search(before):
        return True
    assigned = _ASSIGNED_TO.search(before)
    return bool(assigned) and assigned.group(1) in loaded_names


def _concatenated(script: str, start: int, end: int) -> bool:
    """Whether the literal at ``script[start:end]`` is an operand of ``+`` (or ``+=``)."""
    before = script[max(0, start - 16):start].rstrip()
    return before.endswith(("+", "+=")) or script[end:end + 16].lstrip().startswith("+")


def _url_parts(text: str):
    """``text`` split as a URL, or None for what is no URL: empty, an anchor, a template (``${``), a Windows path.
    A ``$`` alone is OData's query option (``?$select=Title,Phone&$top=100``, as SharePoint's REST API takes)."""
    if not text or "\\" in text or "${" in text or text.startswith("#"):
        return None
    try:
        return urlsplit(text)
    except ValueError:
        return None


def _file_extension(url: str) -> str:
    return posixpath.splitext(posixpath.basename(url.split("?", 1)[0]))[1][1:].lower()


def is_page_url(text: str) -> bool:
    """Whether ``text`` is a URL a browser opens as a page: absolute http(s), ``//host``, or a path written
    as one (``/notices/case.html``, ``./case.html``, ``case.html``), not an anchor, a script or a template."""
    parts = _url_parts(text)
    if parts is None:
        return False
    if parts.scheme:
        return parts.scheme in ("http", "https") and bool(parts.netloc)
    return bool(parts.netloc or parts.path)


def is_loadable_url(text: str) -> bool:
    """Whether ``text``, handed to a loader, is a URL whose response may hold data: a page URL (see
    :func:`is_page_url`) written as a URL, with a query or with a file name (``/svc/GetMetadata?id=4``,
    ``handler.ashx?doc=2``, not a bare word such as ``'items'``), and no image, style sheet or font."""
    if not is_page_url(text):
        return False
    parts = urlsplit(text)
    path = parts.path
    extension = posixpath.splitext(posixpath.basename(path))[1][1:].lower()
    if extension in ASSET_EXTENSIONS:
        return False
    written_as_url = bool(parts.netloc) or path.startswith(("/", "./", "../"))
    return written_as_url or bool(parts.query) or "/" in path or bool(extension)


def is_data_url(text: str) -> bool:
    """Whether ``text`` is a URL (absolute, ``//host``, root- or page-relative) of a data file or an API:
    its path ends in a data or document extension or has an ``api`` segment. A bare relative path needs
    the extension ("outages.json", "data/rates.csv"); "api/v1" alone is as likely a route name."""
    parts = _url_parts(text)
    if parts is None:
        return False
    if parts.scheme and (parts.scheme not in ("http", "https") or not parts.netloc):
        return False
    path = parts.path
    stem, dot_extension = posixpath.splitext(posixpath.basename(path))
    if dot_extension[1:].lower() in DATA_EXTENSIONS and _FILE_NAME_START.match(stem):
        return True
    written_as_url = bool(parts.netloc) or path.startswith(("/", "./", "../"))
    return written_as_url and "api" in path.lower().split("/")
