"""HTML -> segments: the visible text of each block, and the text a reader does not see but anyone
can (comments, hidden inputs, display:none, alt/title/data attributes, meta tags), with labels and
records from tables, definition lists and form labels.

The tree comes from lxml.html (libxml2, the parser BeautifulSoup's "lxml" option drives) rather than
BeautifulSoup: lxml keeps each element's source line, which BeautifulSoup's lxml builder drops, and
a single ``iterwalk`` pass over lxml's tree costs a fraction of building a BeautifulSoup tree.

Judgement calls: ``aria-hidden`` and screen-reader-only classes (``sr-only``, ``visually-hidden``)
count as visible, since assistive technology reads them out; ``noscript`` text is published and is
marked hidden "noscript"; script, style and template contents are not scanned.
"""
from __future__ import annotations

import re
from collections import Counter

from lxml import etree, html as lxml_html

from detectors.model import Location

from . import DocumentBuilder, TableCell, collapse, label_text, lay_out_table
from .sniff import decode

_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol optgroup option p pre "
    "section summary table tbody td tfoot th thead tr ul".split())
_SKIPPED = frozenset({"script", "style", "template"})
_HIDING_CLASSES = frozenset({"hidden", "d-none", "hide", "invisible", "is-hidden", "display-none"})
_RESPONSIVE_SHOW = re.compile(r"^d-(sm|md|lg|xl|xxl)-(block|inline|inline-block|flex|inline-flex|grid|table)")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
_VISIBILITY_HIDDEN = re.compile(r"visibility\s*:\s*hidden", re.I)
_CHROME_WORDS = ("header", "footer", "nav", "menu", "breadcrumb", "masthead")
_CHROME_ROLES = frozenset({"banner", "contentinfo", "navigation"})
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
_CSS_ID = re.compile(r"^[A-Za-z][\w-]*$")
_ATTRIBUTE_REASONS = {"alt": "alt attribute", "title": "title attribute", "placeholder": "placeholder attribute",
                      "aria-label": "aria-label attribute", "value": "value attribute"}
_VISIBLE_INPUT_VALUES = frozenset({"submit", "button", "reset"})
_BREAK = object()  # a <br> in a run of text
_MAX_PATH_STEPS = 6


def extract_html(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    decoded = decode(body, content_type, html=True)
    if decoded.warning:
        builder.warn(decoded.warning)
    if not decoded.text.strip():
        return
    parser = lxml_html.HTMLParser(encoding="utf-8", huge_tree=True)
    root = lxml_html.document_fromstring(decoded.text.encode("utf-8", "surrogatepass"), parser=parser)
    _Walker(builder, root).walk()


class _Frame:
    """An open element during the walk, with what its descendants inherit."""

    __slots__ = ("element", "tag", "parent", "owner", "hidden", "chrome", "sectioned", "in_main", "pre",
                 "field", "form_label", "definitions", "nth", "seen", "totals", "_path")

    def __init__(self, element, tag: str, parent: _Frame | None):
        self.element = element
        self.tag = tag
        self.parent = parent
        self.seen: Counter | None = None  # children started so far, by tag
        self.totals: Counter | None = None  # all children, by tag (only when a child's path is needed)
        self._path: tuple[str, ...] | None = None
        if parent is None:
            self.owner, self.hidden, self.chrome, self.sectioned, self.in_main, self.pre = self, None, False, False, False, False
            self.field = self.form_label = self.definitions = None
            self.nth = 1
            return
        self.owner = parent.owner  # the frame whose run of text this element's text joins
        self.hidden, self.chrome, self.sectioned = parent.hidden, parent.chrome, parent.sectioned
        self.in_main, self.pre, self.field = parent.in_main, parent.pre, parent.field
        self.form_label, self.definitions = parent.form_label, parent.definitions
        if parent.seen is None:
            parent.seen = Counter()
        parent.seen[tag] += 1
        self.nth = parent.seen[tag]

    def path(self) -> tuple[str, ...]:
        """CSS-like steps from the nearest element with an id (or from ``body``)."""
        if self._path is None:
            element_id = self.element.get("id")
            if element_id and _CSS_ID.match(element_id):
                self._path = (f"{self.tag}#{element_id}",)
            elif self.tag in ("html", "body") or self.parent is None:
                self._path = ()
            else:
                parent = self.parent
                if parent.totals is None:
                    parent.totals = Counter(c.tag for c in parent.element if isinstance(c.tag, str))
                step = self.tag if parent.totals[self.tag] <= 1 else f"{self.tag}:nth-of-type({self.nth})"
                self._path = parent.path()[-(_MAX_PATH_STEPS - 1):] + (step,)
        return self._path

    def location(self, line: int | None = None) -> Location:
        return Location(line=line or self.element.sourceline, element=" > ".join(self.path()) or self.tag)


class _PendingRecord:
    __slots__ = ("fields", "location")

    def __init__(self):
        self.fields: list = []
        self.location: Location | None = None


class _Definitions:
    """An open ``<dl>``: one record, each ``<dd>`` labelled by the ``<dt>`` before it."""

    __slots__ = ("record", "label")

    def __init__(self, record: _PendingRecord):
        self.record = record
        self.label: str | None = None


class _Walker:
    """One pass over the tree, accumulating each block's inline text into a run that becomes a
    segment when the block (or a differently hidden inline element) starts or ends."""

    def __init__(self, builder: DocumentBuilder, root):
        self.builder = builder
        self.root = root
        self.parts: list = []
        self.line: int | None = None
        self.run_owner: _Frame | None = None
        self.cells: dict = {}  # td/th element -> (label, pending record or None)
        self.rows: dict = {}  # tr element -> its pending record
        self.records: list[_PendingRecord] = []
        self.labels_by_id = {label.get("for"): collapse(label.text_content())
                             for label in root.iter("label") if label.get("for")}

    def walk(self) -> None:
        frames: list[_Frame] = []
        walker = etree.iterwalk(self.root, events=("start", "end", "comment", "pi"))
        for event, element in walker:
            if event == "start":
                frame = _Frame(element, element.tag if isinstance(element.tag, str) else "", frames[-1] if frames else None)
                frames.append(frame)
                if self._start(frame):
                    walker.skip_subtree()
            elif event == "end":
                self._end(frames.pop())
            else:
                if event == "comment" and frames:
                    self._add(collapse(element.text or ""), frames[-1].location(element.sourceline),
                              frames[-1], hidden="html comment")
                self._append(element.tail, element.sourceline)
            if self.builder.full:
                break
        self._flush()
        for pending in self.records:
            if pending.fields and pending.location:
                self.builder.add_record(pending.fields, pending.location)

    # --- element events ---------------------------------------------------------------------------

    def _start(self, frame: _Frame) -> bool:
        """Handle an opening tag; True when the element's contents are to be skipped."""
        tag, element = frame.tag, frame.element
        attributes = element.items()
        if tag in _SKIPPED or not tag:
            return True
        if tag == "title" and frame.parent and frame.parent.tag in ("head", "html"):
            title = collapse(element.text_content())
            if title:
                self.builder.document.title = self.builder.document.title or title
                self._add(title, frame.location(), frame)
            return True
        self._inherit(frame, attributes)
        if frame.owner is frame:
            self._flush()
            self.run_owner = frame
        if tag == "table":
            self._lay_out_table(element)
        elif tag == "tr" and element in self.rows:
            self.rows[element].location = frame.location()
        elif tag in ("td", "th"):
            frame.field = self.cells.get(element)
        elif tag == "dl":
            pending = self._new_record()
            pending.location = frame.location()
            frame.definitions = _Definitions(pending)
        elif tag == "dt" and frame.definitions:
            frame.definitions.label = label_text(collapse(element.text_content())) or None
            frame.field = None
        elif tag == "dd" and frame.definitions:
            frame.field = (frame.definitions.label, frame.definitions.record)
        elif tag == "label":
            frame.form_label = collapse(element.text_content()) or None
        elif tag == "br":
            self.parts.append(_BREAK)
        elif tag == "textarea":
            frame.field = (self._form_label(frame, element), None)
        elif tag == "input":
            self._input(frame, element)
        if attributes:
            self._attributes(frame, attributes)
        self._append(element.text, element.sourceline)
        return False

    def _end(self, frame: _Frame) -> None:
        if frame.owner is frame:
            self._flush()
            self.run_owner = frame.parent.owner if frame.parent else None
        self._append(frame.element.tail, frame.element.sourceline)

    def _inherit(self, frame: _Frame, attributes: list) -> None:
        """Work out hidden, chrome and block state; a change of state starts a run of its own."""
        tag = frame.tag
        parent = frame.parent
        values = dict(attributes) if attributes else {}
        if not frame.hidden:
            frame.hidden = _hidden_reason(tag, values)
        role = values.get("role", "")
        if tag == "main" or role == "main" or tag == "article":
            frame.in_main, frame.chrome = True, False
        elif not frame.chrome:
            frame.chrome = _is_chrome(tag, role, values, frame)
        if tag in _SECTIONING:
            frame.sectioned = True
        if tag == "pre":
            frame.pre = True
        if tag == "table":
            frame.field = None
        if tag in _BLOCKS or tag == "textarea" or (parent and (frame.hidden != parent.hidden or frame.chrome != parent.chrome)):
            frame.owner = frame

    def _input(self, frame: _Frame, element) -> None:
        value = (element.get("value") or "").strip()
        if not value:
            return
        kind = (element.get("type") or "text").lower()
        if kind in _VISIBLE_INPUT_VALUES:
            self._add(value, frame.location(), frame)
            return
        hidden = frame.hidden or ("hidden input" if kind == "hidden" else "form value")
        self._add(value, frame.location(), frame, hidden=hidden, label=self._form_label(frame, element))

    def _form_label(self, frame: _Frame, element) -> str | None:
        return (self.labels_by_id.get(element.get("id")) or frame.form_label or element.get("aria-label")
                or element.get("placeholder") or element.get("name") or None)

    def _attributes(self, frame: _Frame, attributes: list) -> None:
        """Attribute text a reader does not see on the page but anyone can read in the source."""
        tag = frame.tag
        emitted = set()
        for name, value in attributes:
            value = value.strip()
            if not value or value in emitted or value in ("true", "false"):
                continue
            label = None
            if name in _ATTRIBUTE_REASONS:
                if name == "value" and tag in ("input", "li", "meter", "progress", "data"):
                    continue
                if name == "value" and tag == "option" and value == collapse(frame.element.text_content()):
                    continue
                reason = _ATTRIBUTE_REASONS[name]
            elif name.startswith("data-"):
                reason, label = "data attribute", name
            elif name == "content" and tag == "meta":
                reason = "meta tag"
                label = frame.element.get("name") or frame.element.get("property") or frame.element.get("http-equiv")
            elif name == "href" and value.lower().startswith(("mailto:", "tel:")):
                target = value.split(":", 1)[1].split("?", 1)[0]
                if not target or target in collapse(frame.element.text_content()):
                    continue
                value, reason = target, "link target"
            else:
                continue
            emitted.add(value)
            self._add(collapse(value), frame.location(), frame, hidden=reason, label=label)

    # --- structure -----------------------------------------------------------------------------------

    def _new_record(self) -> _PendingRecord:
        pending = _PendingRecord()
        self.records.append(pending)
        return pending

    def _lay_out_table(self, table) -> None:
        """Label the table's cells before the walk reaches them (only rows of this table, not of
        tables nested in its cells)."""
        rows, header_count, in_head = [], 0, True
        for child in table:
            if child.tag == "tr":
                rows.append(child)
                in_head = False
            elif child.tag in ("thead", "tbody", "tfoot"):
                body_rows = [tr for tr in child if tr.tag == "tr"]
                if child.tag == "thead" and in_head:
                    header_count += len(body_rows)
                else:
                    in_head = False
                rows.extend(body_rows)
        if not rows:
            return
        cell_rows = [[c for c in tr if c.tag in ("td", "th")] for tr in rows]
        layout = lay_out_table([[TableCell(collapse(c.text_content()), c.tag == "th", _span(c)) for c in cells]
                                for cells in cell_rows], header_count)
        whole_table = self._new_record() if layout.key_value else None
        if whole_table:
            whole_table.location = Location(line=table.sourceline)
        for index, (tr, cells) in enumerate(zip(rows, cell_rows)):
            if index in layout.header_rows:
                continue
            pending = whole_table or self._new_record()
            if not whole_table:
                self.rows[tr] = pending
            for cell, role in zip(cells, layout.roles[index]):
                self.cells[cell] = (role.label, pending if role.is_field else None)

    # --- runs of text ----------------------------------------------------------------------------------

    def _append(self, text: str | None, line: int | None) -> None:
        if text:
            if self.line is None and not text.isspace():
                self.line = line
            self.parts.append(text)

    def _flush(self) -> None:
        parts, owner = self.parts, self.run_owner
        if not parts:
            return
        self.parts = []
        line, self.line = self.line, None
        if owner is None or line is None:
            return
        if owner.pre:
            text = "".join("\n" if p is _BREAK else p for p in parts)
            for offset, text_line in enumerate(text.split("\n")):
                if text_line.strip():
                    self._add(text_line.rstrip(), owner.location(line + offset), owner, hidden=owner.hidden)
            return
        if _BREAK in parts:
            lines, current = [], []
            for p in parts:
                if p is _BREAK:
                    lines.append(current)
                    current = []
                else:
                    current.append(p)
            lines.append(current)
            text = "\n".join(filter(None, (collapse("".join(chunk)) for chunk in lines)))
        else:
            text = collapse("".join(parts))
        self._add(text, owner.location(line), owner, hidden=owner.hidden)

    def _add(self, text: str, location: Location, frame: _Frame, *, hidden: str | None = None,
             label: str | None = None) -> None:
        field_label, pending = frame.field or (None, None)
        segment = self.builder.add(text, location, hidden=hidden or frame.hidden, label=label or field_label,
                                   chrome=frame.chrome)
        if segment is not None and pending is not None:
            pending.fields.append(segment)


def _span(cell) -> int:
    try:
        return max(1, min(int(cell.get("colspan") or 1), 1000))
    except ValueError:
        return 1


def _hidden_reason(tag: str, values: dict) -> str | None:
    if tag == "noscript":
        return "noscript"
    if tag == "textarea":
        return "form value"
    if not values:
        return None
    if "hidden" in values:
        return "hidden attribute"
    style = values.get("style")
    if style:
        if _DISPLAY_NONE.search(style):
            return "display:none"
        if _VISIBILITY_HIDDEN.search(style):
            return "visibility:hidden"
    classes = values.get("class")
    if classes:
        tokens = classes.split()
        hiding = _HIDING_CLASSES.intersection(tokens)
        if hiding and not any(_RESPONSIVE_SHOW.match(t) for t in tokens):
            return f"class {sorted(hiding)[0]}"
    return None


def _is_chrome(tag: str, role: str, values: dict, frame: _Frame) -> bool:
    """Site header, footer and navigation: the ARIA landmarks, and their usual ids and classes
    (never inside ``main``/``article``, where "card-header" is content)."""
    if tag == "nav" or role in _CHROME_ROLES:
        return True
    if tag in ("header", "footer"):
        return not frame.parent.sectioned
    if frame.in_main or tag in ("html", "body") or not values:
        return False
    names = f"{values.get('id', '')} {values.get('class', '')}".lower()
    return any(token.startswith(_CHROME_WORDS) or token.endswith(_CHROME_WORDS)
               for token in _TOKEN_SPLIT.split(names) if token)
