"""HTML -> segments: the visible text of each block, and the text a reader does not see but anyone
can (comments, hidden inputs, display:none, alt/title/data attributes, meta tags), with labels and
records from tables, definition lists and form labels.

The tree is BeautifulSoup's, built with the lxml parser. That builder receives the parse through
lxml's parser-target events, which carry no source positions, so an HTML location is its element
path, without a line number.

Judgement calls: ``aria-hidden`` text counts as visible, since the browser shows it (only assistive technology
skips it), and so does the text of screen-reader-only classes and off-screen styles (``sr-only``,
``visually-hidden``, ``left:-9999px``), since assistive technology reads it out; that text is a block of its own, as a
button's label is, never run into the sentence beside it. ``noscript`` text is published and is marked hidden
"noscript". What the source publishes but no browser shows is read too:
- markup inside a comment is parsed as HTML, so a commented-out table row or block gives its text, its
  cells' labels (a row commented out of a table keeps the table's column headers, and beside such rows a
  table's lone row of labels is its header; not a person's row left in a column of facilities, ``misfit_rows``)
  and its records (hidden "html comment"); a comment of text keeps its lines;
- each ``<option>`` of a list is a record of its value (the identifier of what the list chooses: "Select
  customer ID"; a ``<datalist>``'s value is what its input is filled with, labelled as the input), its text and its
  ``label`` attribute; a text listing fields between spaced dashes or bars ("Ana Ruiz – 12 Oak St – 912.210.1676")
  is a field per part;
- an element's data attributes are one record, each labelled by the words of its name ("data-acct-no": "acct no"),
  with its alt, title and aria-label, which describe the same thing (a case file's link, a meter's photo);
- ``<template>`` contents (hidden "template"), a template's rows under the column headers of the table they fill;
  a declarative shadow root (``<template shadowrootmode="open">``) is no template: the browser renders it as its
  host's content, read as shown, or hidden as its own style hides the host (``:host{display:none}``);
- an iframe's ``srcdoc`` is parsed as HTML, shown or hidden as the iframe is (markup inside markup is parsed
  three levels deep at most, then read as text);
- inline ``<script>`` text (hidden "inline script"): JSON data (a JSON or JSON-LD script, a literal the code
  assigns or passes: ``var data = [...]; render(data);``) is read as a JSON file is, a record per object
  labelled by its keys (``crawler.extract.json_data``), the rest of the code one segment (the detectors read a
  secret with the code around it); code itself never joins a record, so it cannot make a customer record;
- JSON shown as text, the whole of a ``<pre>`` or ``<code>`` (a debug dump, an API's example), is read as JSON
  data too, a record per object, but visible; a contact card or calendar shown so ("BEGIN:VCARD ...") is read as a
  ``.vcf``/``.ics`` file is (``crawler.extract.cards``), a record per card;
- a schema.org item marked up in microdata (``itemscope``) is one record, each ``itemprop`` a field labelled by
  its words ("telephone", "street address"), a ``<meta itemprop>``'s content too;
- a contact marked up as a microformat (``class="vcard"``/``"h-card"``) is one record, each property (``fn``,
  ``adr``, ``tel``, ``role``, ``note`` ...) a field labelled as a vCard's line is;
- the message a ``mailto:`` link starts ("?subject=...&body=..."), its recipient, subject and body one segment
  (hidden "link target");
- the number a ``tel:`` link dials, when its text does not show it, after the link's text, as a text browser
  shows a link ("call (tel. +1 323-356-3416)"): it stays in the sentence or list item that says whose it is; a
  ``title`` or ``aria-label`` describing the link is one record with the number ("Ana Ruiz re acct ...");
- link targets (``href``, ``src``, ``action`` ... and any attribute holding an absolute URL) that carry
  user-info or a query string with values, with the query decoded (hidden "link target"), so that
  ``https://user:pass@host`` and ``?name=First+Last`` are seen; a form's value written as a query
  ("acct=...&name=Ana+Ruiz&email=...", a form plugin's prefilled values) is one record as a link's query is;
  and a link target's path that holds an identifier-shaped value, read as words (``/files/Delgado_512-34-6789.pdf``:
  "files / Delgado 512-34-6789.pdf", hidden "link target", see ``crawler.url_text``), whatever the link answers;
- an attribute holding a connection string's password (a config element's ``connectionString="...;Password=..."``
  pasted into a comment), hidden "config attribute";
- a mailbox an inline element holds in halves in its data attributes (``data-user="ana.ruiz"
  data-domain="gmail.com"``), which the page's script joins into it, is read where the element stands;
- an inline element's text that its style has the browser show backwards (``unicode-bidi: bidi-override;
  direction: rtl``, a mailbox written reversed to keep it from harvesters) is read as shown;
- the text a style sheet or ``style`` attribute has the browser show (``content: "..."``, hidden "css content"),
  not an icon's glyph, a quote mark, a counter or a short decoration; the rest of a style sheet is not read;
- a ``<meta>``'s content that is a JSON object or array (a CMS's preview context) is read as a ``data-*``
  attribute's JSON is;
- a prop bound in the markup, a Vue ``:prop``/``v-bind:prop`` or any attribute of a custom element, whose value is a
  JSON object or array or a JavaScript literal of plain values, is read as a ``data-*`` attribute's JSON is;
- an ``<option>`` whose text is a person's name beside a street address or an account-shaped number is a customer's
  record, whatever its list is called: its account-shaped value (or number) is labelled as the account it is;
- a list labelled as persons ("Customer", ``name="customer_id"``, ``<optgroup label="Customers">``) labels the name
  each of its options shows, as a column's header labels its cells (``choice_labels``).
"""
from __future__ import annotations

import json
import re
import warnings
from functools import cached_property
from html import escape as escape_markup
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

from bs4 import (BeautifulSoup, CData, Comment, Declaration, Doctype, MarkupResemblesLocatorWarning, NavigableString,
                 ProcessingInstruction, Tag, XMLParsedAsHTMLWarning)
from bs4.element import TemplateString

from crawler.spiders.page_links import css_urls, stylesheet_links
from crawler.spiders.url_credentials import has_userinfo
from crawler.url_text import file_path_text, names_cased, path_text
from detectors.context.headers import header_kind
from detectors.context.persons import person_name
from detectors.context.shapes import is_street_address, phone_spans
from detectors.model import ELEMENT_DESCRIPTIONS, Location, Segment

from . import CellRole, DocumentBuilder, TableCell, TableLayout, collapse, is_label_like, label_text, lay_out_table
from .cards import CARD_LABELS, CARDS_START, read_cards
from .delimited_text import delimited_table
from .html_grid import Grid, grid_of
from .office_html import read_office_properties
from .captions import is_captions, read_captions
from .choice_labels import shown_choice_label
from .html_transcript import transcript_lines
from .misfit_rows import misfit_rows, place_columns
from .fixed_width import lines_and_tables
from .schema_org import listed_type
from .scripts import JSON_SCRIPTS, add_json_data, base64_text, js_object_literal, read_script
from .sniff import decode
from .text import read_table
from .text_fields import (TextField, assignment, join_dumped_values, line_pairs, mend_after, mend_cut_lines,
                          mend_cut_numbers, printed_structure)

_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol optgroup option p pre "
    "section summary table tbody td tfoot th thead tr ul svg".split())
_SKIPPED = frozenset({"style"})  # a style sheet is read for the text it shows only (see shown_by_css)
# inline elements that still need a frame of their own
_SPECIAL_INLINE = frozenset({"label", "noscript", "textarea", "template", "button"})
# inline elements whose text is a block of its own, never a part of the sentence around it: a button's label ("Call
# back" after a line of text), and the text a page writes for screen readers only, placed off the screen or clipped
# to nothing (a note of its own, not the end of the sentence before it nor the start of the next)
_OWN_BLOCK_INLINE = frozenset({"button", "textarea"})
_SCREEN_READER_CLASSES = frozenset({"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                                    "screen-reader-only", "element-invisible", "offscreen", "a11y-hidden"})
_OFF_SCREEN = re.compile(r"(?:left|right|top|text-indent)\s*:\s*-\d{3,}|clip\s*:\s*rect\(\s*0", re.I)
# An SVG's pieces of text (a map's or chart's labels, a marker's tooltip) are placed apart on the drawing, each where
# its coordinates say: each is a line of its own, not run into the next ("4471 Pine DrSvc Pt"). The lines of one
# label stay one line, joined by a comma, as a reader reads them: a label's texts stacked at one x, a text's spans
# placed under each other ("Dolores Whitfield" over "2217 Juniper Ridge Rd").
_SVG_TEXTS = frozenset({"text", "title", "desc", "textpath"})
_SVG_LINE_POSITION = frozenset({"x", "y", "dy"})  # a <tspan> with one of these starts a line of its text
_STATE_ATTRIBUTES = frozenset({"hidden", "style", "class", "role", "id"})
_HIDING_CLASSES = frozenset({"hidden", "d-none", "hide", "invisible", "is-hidden", "display-none"})
_RESPONSIVE_SHOW = re.compile(r"^d-(sm|md|lg|xl|xxl)-(block|inline|inline-block|flex|inline-flex|grid|table)")
_POSITIONED = re.compile(r"position\s*:\s*(?:absolute|fixed)", re.I)
_TOP = re.compile(r"(?:^|;)\s*top\s*:\s*([^;]+?)\s*(?:;|$)", re.I)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
# a style that lays its element's characters out right to left, whatever they are: "abc" shows as "cba"
_BIDI_OVERRIDE = re.compile(r"unicode-bidi\s*:\s*(?:bidi-override|isolate-override)", re.I)
_RIGHT_TO_LEFT = re.compile(r"direction\s*:\s*rtl", re.I)
_RIGHT_TO_LEFT_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic, Syriac ...
_VISIBILITY_HIDDEN = re.compile(r"visibility\s*:\s*hidden", re.I)
_CHROME_WORDS = ("header", "footer", "nav", "menu", "breadcrumb", "masthead")
_CHROME_PREFIXES = frozenset({"site", "global", "main", "top", "primary", "secondary", "utility", "mobile", "sub"})
# the parts of a page's content that have their own header or footer ("card-footer", "modal-header")
_COMPONENT_WORDS = frozenset({"card", "panel", "modal", "dialog", "table", "widget", "box", "block", "post", "entry",
                              "article", "section", "accordion", "tab", "list", "item", "form", "content", "col",
                              "column", "grid", "tile", "popup", "comment", "feature", "teaser", "news", "event"})
_CHROME_ROLES = frozenset({"banner", "contentinfo", "navigation"})
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
_WORD_SPLIT = re.compile(r"[_-]+")
_META_NAME_SPLIT = re.compile(r"[:._-]+")
# a CMS field's own name in its wrapper's class (Drupal: "views-field-field-annual-kwh", "field--name-field-phone",
# "field-name-field-phone"): the label of a field shown without one
_FIELD_NAME_CLASS = re.compile(r"^(?:views-field|field--name|field-name)-(?:field-)?(?P<name>[a-z0-9][\w-]*)$", re.I)
# the field a CMS names "title" is its item's own name (a Drupal node's title: a person's, a project's), not a job
# title: it heads the item's other fields as a card's heading does (``_is_title``), it labels no column of its own
_ENTITY_TITLES = frozenset({"title"})
# what a field's label holds beside it: values with text, not the controls of a form (read with their own labels)
_LABEL_BLOCKS = ["div", "p", "ul", "ol", "dl", "table", "section", "article"]
_CONTENT_BLOCKS = ["p", "ul", "ol", "dl", "table", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "form",
                   "blockquote", "pre"]
# the last word of a class naming a labelled value ("value", "field__item", "field-content", "acf-value")
_VALUE_CLASS_WORDS = frozenset({"value", "item", "items", "content", "data"})
# the words of a class that names who speaks in a chat widget's message ("who", "msg-author", "chat__sender")
_SPEAKER_CLASS_WORDS = frozenset({"who", "author", "sender", "speaker"})
_SPEAKER_CHARS = 40  # a speaker's label: "Visitor", "Agent Priya", "Customer (Ana)"
_NOT_FIELD_VALUES = frozenset({"input", "select", "textarea", "button", "script", "style", "template", "br", "hr"})
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# a form control's name as ASP.NET and WebForms-style code write it: the naming containers it sits in
# ("ctl00$MainContent$") and a prefix saying the control's type (hf, hdn: hidden field; txt: text box; ddl: drop-down)
# before the name of the field itself ("ctl00$MainContent$hfAccountNo" is the "Account No")
_CONTROL_TYPE_PREFIX = re.compile(r"^(?:hf|hdn|hid|hidden|txt|tb|lbl|ddl|cbo|cmb)(?=[A-Z_])")
# a label that ends by naming an identifier ("customer id", "Acct No.", "Account #", "account number")
_NAMES_IDENTIFIER = re.compile(r"(?:\b(?:id|no|nos|num|nbr|number|code|key)|#)\W*$", re.I)
# what an office holds, said after the thing held ("Select account on file"): an identifier's word goes before it
_HELD_QUALIFIER = re.compile(r"\s+on\s+(?:file|record)$", re.I)
_CSS_ID = re.compile(r"^[A-Za-z][\w-]*$")
_ATTRIBUTE_REASONS = {"alt": "alt attribute", "title": "title attribute", "placeholder": "placeholder attribute",
                      "aria-label": "aria-label attribute", "value": "value attribute",
                      "aria-description": "aria-description attribute"}
# the attributes a tooltip library shows on hover in place of ``title`` (Bootstrap's data-bs-title, and the
# data-original-title it moves a title into; tippy's data-tippy-content; a theme's data-tooltip, data-hint): a title,
# read as one is, with the label of the cell it annotates, not as a data field named by its attribute's words. (Not
# "data-title": a responsive table's cell names its column in it, as in data-label.)
_TOOLTIP_ATTRIBUTES = frozenset({"data-bs-title", "data-original-title", "data-bs-original-title", "data-tooltip",
                                 "data-tooltip-content", "data-tippy-content", "data-hint", "data-balloon", "data-tip"})
# the attributes that describe their element, one thing (ELEMENT_DESCRIPTIONS: a file link's aria-label and title, a
# photo's alt and title, a map marker's data-*) are read together as one record, as a card's fields are, so that a
# title's phone is the customer's an aria-label names. A placeholder is an example and a value is what a control
# holds: neither.
# words of a describing attribute that make it a sentence of its own (a photo's caption written into its alt: "The
# Ortiz home at ...; its meter logged ... (account ...)"), read as running text is, not as a field of the record
_SENTENCE_WORDS = 12
# a describing attribute's value that labels its own list of fields ("Home charger: Ana Ruiz, 12 Elm St, Pomona",
# "Residence - Ana Ruiz, ..."): a record of its own written as a line, read as running text is, not as one field of
# the element's record
_LABELLED_LIST = re.compile(r"[^:,]{1,40}(?::|\s[-\u2013\u2014])\s+[^,]+(?:,[^,]+){2,}")
# the elements an image stands in, whose own describing attributes describe the image's subject too
_IMAGE_HOLDERS = ("figure", "a", "picture")
# attributes any element may have, which say how it is shown or reached, not what it holds
_GLOBAL_ATTRIBUTES = frozenset({"id", "class", "style", "slot", "part", "is", "role", "hidden", "tabindex", "lang",
                                "dir", "translate", "draggable", "contenteditable", "spellcheck", "inert", "nonce",
                                "exportparts", "itemprop", "itemscope", "itemtype", "itemid", "itemref", "accesskey",
                                "autofocus", "enterkeyhint", "inputmode", "popover"})
_VUE_BINDINGS = (":", "v-bind:")  # an attribute whose value is an expression: a literal in it is the prop's data
# an attribute whose value is a component's state written as a JavaScript object (Alpine's x-data="{ rows: [...] }",
# petite-vue's v-scope): its literal is the component's data
_STATE_DIRECTIVES = frozenset({"x-data", "v-scope"})
_DIRECTIVE_PREFIXES = ("aria-", "v-", ":", "@", "#", "ng-", "_ng", "x-", "bind:", "on:", "hx-", "wire:", "[", "(",
                       "*", "xmlns")
_NUMERIC_VALUES = frozenset({"li", "meter", "progress", "data"})
_ECHOING_ATTRIBUTES = frozenset({"title", "aria-label", "aria-description", "value"})
_VISIBLE_INPUT_VALUES = frozenset({"submit", "button", "reset"})
_BREAK = object()  # a <br> in a run of text
_TEXT_TYPES = (NavigableString, CData, TemplateString)  # the strings of an element's text (comments are not)
_MAX_PATH_STEPS = 6
# Nesting deeper than this is unclosed markup (libxml2 gives up at this depth when it parses a whole document
# at once, but not when fed in chunks, as bs4 does). The walk stops there too: the text of nested cells,
# labels and titled elements costs depth x size.
_MAX_DEPTH = 2048
_MARKUP = re.compile(r"<[A-Za-z!/]")
# markup published as text (a comment, an iframe's srcdoc) is parsed as HTML this many levels deep and up to this
# size; deeper or longer, its text is read as it is
_MAX_NESTED_MARKUP = 3
_MAX_MARKUP_CHARS = 2_000_000
# how many rows commented out of a table tell its layout (whether its first row is a header) beside the visible ones
_LAYOUT_COMMENTED_ROWS = 20
_COMMENTED_ROW = re.compile(r"<tr[\s>]", re.I)
_TABLE_OPENS = re.compile(r"<table[\s>]", re.I)
_CONDITIONAL = re.compile(r"^\s*\[if[^\]]*\]>|<!\[endif\]\s*$|^\s*<!\[endif\]", re.I)  # IE's <!--[if lt IE 9]>
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot"})
# blocks of a page's body: a data table's cell holds one of them at most (an editor wraps a value in a <p>)
_CELL_BLOCKS = frozenset({"p", "div", "ul", "ol", "dl", "blockquote", "pre", "form", "section", "article"})
# script types whose text is markup (client-side templates) or JSON data; other types are code
# (every engine's: "text/template", "text/x-handlebars-template", "text/ng-template", "text/x-jquery-tmpl",
# "text/x-tmpl-mustache", "text/x-kendo-template")
_TEMPLATE_SCRIPT = re.compile(r"text/(?:html|[\w.-]*(?:template|tmpl|mustache|handlebars)[\w.-]*)")
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "cite", "data", "poster", "background",
                             "longdesc", "ping", "manifest", "codebase", "xlink:href"})
_ABSOLUTE_URL = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)

# bs4's hints for a caller who passed a URL, a file name or an XML file: a fetched body is markup regardless
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)


def extract_html(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    decoded = decode(body, content_type, html=True)
    if decoded.warning:
        builder.warn(decoded.warning)
    if not decoded.text.strip():
        return
    _Walker(builder, _parse(decoded.text)).walk()


def extract_markup(builder: DocumentBuilder, markup: str, path: str, hidden: str | None = None) -> None:
    """HTML that another format holds as text (a feed entry's escaped ``<content type="html">``, a map marker's
    popup in a script's data), read as a page is, its elements' paths under ``path``, ``hidden`` for why a reader
    of the page does not see it."""
    _Walker(builder, _parse(markup), path=path, hidden=hidden).walk()


def _parse(markup: str) -> BeautifulSoup:
    # huge_tree: libxml2 must not cut multi-megabyte text (a data dump in <pre>) or deep nesting; the walk
    # sets its own depth limit.
    # multi_valued_attributes=None: "class" stays one string, as the hiding and chrome checks read it.
    return BeautifulSoup(markup, "lxml", huge_tree=True, multi_valued_attributes=None)


def _comment_text(comment: Comment) -> str:
    """A comment's text, line by line as its author wrote it (a note of a name, an account, an address and a
    phone number on lines of their own is read as such, not run into one line); an XML declaration, which the
    HTML parser reads as a comment, gives ''."""
    text = "\n".join(filter(None, (collapse(line) for line in comment.splitlines())))
    return "" if text.startswith("?xml") else text


def _cards_start(text: str) -> int | None:
    """Where the first contact card or calendar of ``text`` begins (a line "BEGIN:VCARD" alone), or None: a
    sentence that mentions one ("BEGIN:VCARD starts each contact") begins none."""
    offset = 0
    for line in text.splitlines(keepends=True):
        begin = CARDS_START.match(line)
        if begin and not line[begin.end():].strip():
            return offset
        offset += len(line)
    return None


def _text_of(element: Tag) -> str:
    """An element's text, inside a ``<template>`` too (bs4 leaves a template's strings out of ``get_text``)."""
    return collapse(element.get_text(types=_TEXT_TYPES))


_FILLED_CONTROLS = ("select", "datalist", "textarea")  # controls whose filled-in text is inside a <label>


def _label_words(label: Tag) -> str:
    """A ``<label>``'s own words, not the text of the controls it wraps: a textarea's note ("Customer ... (acct
    ...) called") or a list's choices are values, not what names them."""
    return collapse("".join(s for s in label.strings if s.find_parent(_FILLED_CONTROLS) is None))


class _Frame:
    """An element that changes what its descendants inherit (a block, a hidden or chrome part, a
    table cell, a label); other elements share their parent's frame."""

    __slots__ = ("element", "tag", "parent", "owner", "hidden", "chrome", "sectioned", "in_main", "pre",
                 "field", "form_label", "definitions", "form")

    def __init__(self, element: Tag, tag: str, parent: _Frame | None):
        self.element = element
        self.tag = tag
        self.parent = parent
        if parent is None:
            self.owner = self
            self.hidden = self.field = self.form_label = self.definitions = self.form = None
            self.chrome = self.sectioned = self.in_main = self.pre = False
        else:
            self.owner = parent.owner  # the frame whose run of text this element's text joins
            self.hidden, self.chrome, self.sectioned = parent.hidden, parent.chrome, parent.sectioned
            self.in_main, self.pre, self.field = parent.in_main, parent.pre, parent.field
            self.form_label, self.definitions, self.form = parent.form_label, parent.definitions, parent.form


class _PendingRecord:
    """A record whose fields are filled in as the walk reaches its cells."""

    __slots__ = ("fields", "location", "listing")

    def __init__(self):
        self.fields: list = []
        self.location: Location | None = None
        self.listing = False  # a schema.org business's, organization's or public place's item (see schema_org)


class _Definitions:
    """An open ``<dl>``: one record, each ``<dd>`` labelled by the ``<dt>`` before it."""

    __slots__ = ("record", "label")

    def __init__(self, record: _PendingRecord):
        self.record = record
        self.label: str | None = None


class _Paths:
    """CSS-like element paths ("main > table:nth-of-type(2) > tr:nth-of-type(4) > td"), from the
    nearest ancestor with an id (or from ``body``), at most ``_MAX_PATH_STEPS`` steps; each
    element's and each parent's sibling count is worked out once. Keyed by ``id()``: a bs4 Tag
    hashes by its markup, which costs the size of its subtree."""

    def __init__(self, prefix: str = ""):
        self.prefix = prefix  # the path of the comment whose markup this tree was parsed from
        self._steps: dict = {}  # id(element) -> tuple of steps
        self._joined: dict = {}  # id(element) -> joined path
        self._sibling_steps: dict = {}  # id(parent) -> {id(child): step}

    def __call__(self, element: Tag) -> str:
        joined = self._joined.get(id(element))
        if joined is None:
            own = " > ".join(self.steps(element))
            joined = " > ".join(filter(None, (self.prefix, own))) or element.name
            self._joined[id(element)] = joined
        return joined

    def steps(self, element: Tag) -> tuple[str, ...]:
        unknown = []
        node = element
        while node is not None and id(node) not in self._steps:
            unknown.append(node)
            node = node.parent
        for node in reversed(unknown):
            self._steps[id(node)] = self._own_steps(node)
        return self._steps[id(element)]

    def _own_steps(self, element: Tag) -> tuple[str, ...]:
        tag = element.name
        element_id = element.get("id")
        if element_id and _CSS_ID.match(element_id):
            return (f"{tag}#{element_id}",)
        parent = element.parent
        if parent is None or tag in ("html", "body"):
            return ()
        siblings = self._sibling_steps.get(id(parent))
        if siblings is None:
            siblings = self._sibling_steps[id(parent)] = _sibling_steps(parent)
        return self._steps[id(parent)][-(_MAX_PATH_STEPS - 1):] + (siblings[id(element)],)


def _sibling_steps(parent: Tag) -> dict:
    children = [c for c in parent.children if isinstance(c, Tag)]
    totals: dict[str, int] = {}
    for child in children:
        totals[child.name] = totals.get(child.name, 0) + 1
    seen: dict[str, int] = {}
    steps = {}
    for child in children:
        tag = child.name
        seen[tag] = seen.get(tag, 0) + 1
        steps[id(child)] = tag if totals[tag] == 1 else f"{tag}:nth-of-type({seen[tag]})"
    return steps


class _Walker:
    """One pass over the tree, gathering each block's inline text into a run that becomes a
    segment when the block, or an inline element hidden differently from it, starts or ends."""

    def __init__(self, builder: DocumentBuilder, soup: BeautifulSoup, *, hidden: str | None = None,
                 chrome: bool = False, path: str = "", skip: frozenset = frozenset(), seen: set | None = None,
                 level: int = 0):
        """``hidden``, ``chrome`` and ``path`` describe where a tree parsed from a comment's markup sits in
        the page; ``skip`` holds ids of elements laid out but not read (a table's header rows, given to a
        row commented out of it); ``seen`` the link targets the page has already given; ``level`` how many
        trees of markup held as text (a comment, a ``srcdoc``) this one is inside."""
        self.builder = builder
        self.soup = soup
        self.level = level
        self.hidden = hidden
        self.chrome = chrome
        self.skip = skip
        self.path = _Paths(path)
        self.parts: list = []
        self.run_owner: _Frame | None = None
        self.cells: dict = {}  # id of a td/th -> (label, pending record or None)
        self.rows: dict = {}  # id of a tr -> its pending record
        self.records: list[_PendingRecord] = []
        self.header_rows: dict = {}  # id of a table -> its column header rows
        self.place_columns: dict[int, list[int]] = {}  # id of a table -> its columns of places (misfit_rows)
        self.laid_out: set = set()  # ids of the tables whose cells are labelled (a template's table may be first)
        self.layout_chrome: set = set()  # ids of the footer rows and navigation cells of tables that lay out a page
        self.item_scopes: set = set()  # ids of the microdata items read as records
        self.line_top: str | None = None  # the top of the last word placed on the page by position
        self.field_groups: dict = {}  # id of an element holding labelled fields (a CMS node, a views row) -> record
        self._choice_labels: dict = {}  # id of a select -> the label of its options' values
        self._customer_choices: dict[int, bool] = {}  # id of an option -> whether its text is a customer's
        self.dialled: dict = {}  # id of a tel: link that does not show its number -> the number, read after its text
        self.speaker_labels: set = set()  # ids of a chat message's inline speaker labels, read with a colon after
        self.link_targets: set[str] = set() if seen is None else seen
        self.titles: dict = {}  # id of an element -> the segment of its last title child (a card's heading)
        self.last_paragraph: Segment | None = None  # the text of the last paragraph (<p>, <div>) read
        # id of an element whose attributes describe it -> [their segments, their record or None] (see _described_by)
        self.descriptions: dict = {}

    @cached_property
    def labels_by_id(self) -> dict[str, str]:
        """``<label for>`` texts by the id they name; only form values need them, and most pages have none."""
        return {label["for"]: _text_of(label) for label in self.soup.find_all("label") if label.get("for")}

    def walk(self) -> None:
        self._walk_tree()
        for pending in self.records:
            if pending.fields and pending.location:
                self.builder.add_record(pending.fields, pending.location, listing=pending.listing)

    def _walk_tree(self) -> None:
        # per open element: the element, the frame its children inherit (its parent's when it has none of its
        # own; None outside <html>) and the children not yet visited
        open_elements = [(self.soup, None, self.soup.children)]
        while open_elements:
            element, frame, children = open_elements[-1]
            for node in children:
                if self.builder.full:
                    return
                if isinstance(node, Tag):
                    tag = node.name
                    if tag == "style":
                        self._css_content("".join(node.strings), node, frame)
                    if tag in _SKIPPED or id(node) in self.skip or (tag == "title" and self._title(node, frame)):
                        continue
                    if tag == "script":
                        self._script(node, frame)
                        continue
                    if tag == "a" and _seek_link(node):
                        continue
                    if tag not in _BLOCKS and _shown_backwards(node):
                        self.parts.append(node.get_text()[::-1])
                        continue
                    if tag not in _BLOCKS and (mailbox := _data_mailbox(node.attrs)):
                        self.parts.append(f" {mailbox} ")  # what the page's script writes into the element
                    if tag in ("pre", "code") and (self._shown_json(node, frame) or self._shown_cards(node, frame)):
                        continue
                    if tag in ("pre", "textarea") and self._shown_table(node, frame):
                        continue
                    if len(open_elements) > _MAX_DEPTH:
                        self._flat(node, frame)
                        continue
                    if lines := transcript_lines(node):  # a player's timed rows: the speakers' turns
                        self._flush()
                        read_captions(self.builder, lines, self.path(node), hidden=frame.hidden if frame else None,
                                      chrome=bool(frame and frame.chrome))
                        continue
                    if self.parts and tag not in _BLOCKS and tag not in _SVG_TEXTS and tag != "tspan" \
                            and _abuts_another_kind(self.parts[-1], node):  # (a drawing's labels part their own)
                        self.parts.append(" ")
                    open_elements.append((node, self._start(node, tag, frame), node.children))
                    break
                if isinstance(node, Comment):
                    self._comment(node, frame)
                elif element.name == "textarea" and "\n" in node:  # its lines kept, as the box shows them: a
                    for k, line in enumerate(node.split("\n")):  # note pasted in, a field a line ("CUST: ...")
                        self.parts.extend((_BREAK, line) if k else (line,))
                elif not isinstance(node, (Doctype, Declaration, ProcessingInstruction)):
                    self.parts.append(node)  # text, CData, ruby text
            else:
                open_elements.pop()
                if self.dialled and id(element) in self.dialled:
                    self.parts.append(self.dialled.pop(id(element)))
                if self.speaker_labels and id(element) in self.speaker_labels:
                    self.parts.append(":")
                if frame is not None and frame.element is element and frame.owner is frame:
                    self._flush()
                    self.run_owner = frame.parent.owner if frame.parent else None

    def _flat(self, element: Tag, frame: _Frame | None) -> None:
        """An element nested deeper than :data:`_MAX_DEPTH` (3,000 unclosed ``<font>`` tags of an old export): its
        text is read as a browser shows it, line by line, in one pass over its strings, without the structure the
        walk tells (tables, fields, hidden parts), which would cost depth x size. Never left unread: a page's
        customer record after the nesting is published all the same."""
        self._flush()
        self.builder.warn(f"HTML nested more than {_MAX_DEPTH} elements deep at {self.path(element)}: what is "
                          "inside was read as plain text (its tables and fields not told apart)")
        pieces: list[str] = []
        for node in element.descendants:
            if isinstance(node, Tag):
                if node.name in _BLOCKS or node.name == "br":
                    pieces.append("\n")
            elif type(node) in _TEXT_TYPES:  # not a script's, a style's or a comment's
                pieces.append(node)
        path = self.path(element)
        for line in "".join(pieces).split("\n"):
            line = collapse(line)
            if line:
                self.builder.add(line, Location(element=path), hidden=frame.hidden if frame else None,
                                 chrome=bool(frame and frame.chrome))

    def _comment(self, comment: Comment, frame: _Frame | None) -> None:
        markup = _CONDITIONAL.sub("", str(comment))
        if read_office_properties(self.builder, markup, frame.hidden if frame else None):
            return
        if _MARKUP.search(markup):
            self._markup(markup, comment.parent, frame, "html comment", "comment")
        elif frame is None:  # before or after <html>: no element to point to
            self.builder.add(_comment_text(comment), Location(), hidden="html comment")
        elif table := delimited_table(text := _comment_text(comment)):  # an export's rows under their header
            self._markup(table, comment.parent, frame, "html comment", "comment")
        elif printed_structure(text):  # a debug dump commented out: read as a <pre>
            self._markup(f"<pre>{escape_markup(text)}</pre>", comment.parent, frame, "html comment", "comment")
        else:
            cards = _cards_start(text) if len(text) <= _MAX_MARKUP_CHARS else None
            self._add(text[:cards].strip(), comment.parent, frame, hidden="html comment")
            if cards is not None:  # a contact card pasted under a note: read as a .vcf file is, its ADR in parts
                read_cards(self.builder, text[cards:], self.path(comment.parent), hidden="html comment",
                           chrome=frame.chrome)

    def _markup(self, markup: str, parent: Tag, frame: _Frame | None, hidden: str | None, step: str) -> None:
        """Read markup the page publishes as text (a comment, a script template, an iframe's ``srcdoc``) as HTML
        of its own, ``hidden`` for ``hidden`` unless the place it sits is hidden already. Rows commented out of a
        table are read under that table's column headers, and so are the rows of a script template, under the headers
        of the table it fills (as a ``<template>``'s are)."""
        table = parent if parent.name in _TABLE_PARTS else None
        while table is not None and table.name != "table":
            table = table.parent
        headers = self.header_rows.get(id(table), []) if table is not None else []
        if step == "script" and _COMMENTED_ROW.search(markup):
            headers = self._template_header(parent)
        if headers and re.search(r"<tr[\s>]", markup, re.I):
            if step == "comment" and (columns := self._place_columns(table, headers)) and misfit_rows(
                    columns, _parse(f"<table>{markup}</table>")):
                headers = []  # a person's row left in a facility table: a record of its own, by its own cells
            markup = "<table>" + "".join(map(str, headers)) + markup + "</table>"
        elif _COMMENTED_ROW.search(markup) and not _TABLE_OPENS.search(markup):
            markup = f"<table>{markup}</table>"  # rows kept without their table: still a table's rows, cell by cell
        path = self.path(parent) if isinstance(parent, Tag) and parent.name != "[document]" else ""
        path = " > ".join(filter(None, (path, step)))
        hidden = frame.hidden if frame and frame.hidden else hidden
        if self.level >= _MAX_NESTED_MARKUP or len(markup) > _MAX_MARKUP_CHARS:
            # markup inside markup inside markup..., or a comment of megabytes: its text is read, unparsed
            self.builder.warn(f"markup in {path} not parsed: nested more than {_MAX_NESTED_MARKUP} deep or "
                              f"longer than {_MAX_MARKUP_CHARS:,} characters; read as text")
            self.builder.add(collapse(markup), Location(element=path), hidden=hidden, chrome=bool(frame and frame.chrome))
            return
        soup = _parse(markup)
        skip = frozenset(id(tr) for tr in soup.find_all("tr", limit=len(headers))) if headers else frozenset()
        walker = _Walker(self.builder, soup, hidden=hidden, chrome=bool(frame and frame.chrome), path=path,
                         skip=skip, seen=self.link_targets, level=self.level + 1)
        walker.walk()

    def _place_columns(self, table: Tag, headers: list[Tag]) -> list[int]:
        """The table's columns of places (``place_columns``), read once a table."""
        if id(table) not in self.place_columns:
            self.place_columns[id(table)] = place_columns(headers, table)
        return self.place_columns[id(table)]

    def _script(self, element: Tag, frame: _Frame | None) -> None:
        """Inline script text, as hidden segments of its own that join no record."""
        text = "".join(element.strings)
        if not text.strip():
            return
        kind = (element.get("type") or "").split(";")[0].strip().lower()
        if _TEMPLATE_SCRIPT.fullmatch(kind):
            self._markup(text, element, frame, "template", "script")
            return
        read_script(self.builder, text, self.path(element), typed_json=kind in JSON_SCRIPTS)

    def _shown_json(self, element: Tag, frame: _Frame | None) -> bool:
        """JSON shown as text (a debug dump or an API's example in ``<pre>``/``<code>``) read as JSON data, a record
        per object labelled by its keys, as in a script; False when the element's text is not one JSON value."""
        text = "".join(element.strings).strip()
        if text[:1] not in ("{", "[") or len(text) > _MAX_MARKUP_CHARS:
            return False
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return False
        if not data:
            return False
        self._flush()
        add_json_data(self.builder, data, self.path(element), chrome=bool(frame and frame.chrome),
                      hidden=frame.hidden if frame else None)
        return True

    def _shown_table(self, element: Tag, frame: _Frame | None) -> bool:
        """Rows of delimited values typed into a box or a preformatted block (an export pasted into a
        ``<textarea>`` or a ``<pre>``: a header line "name,service_address,account,kwh" over rows of its width)
        read as a table, each row a record under its column names, as the same rows in a comment are; False when
        the text is no such table."""
        text = "".join(element.strings)
        if "\n" not in text.strip() or len(text) > _MAX_MARKUP_CHARS or not (table := delimited_table(text)):
            return False
        self._flush()
        self._markup(table, element, frame, _hidden_reason(element.name, element.attrs), element.name)
        return True

    def _shown_cards(self, element: Tag, frame: _Frame | None) -> bool:
        """A contact card or calendar shown as text (a vCard in ``<pre>``) read as a ``.vcf`` file is, a record per
        card, each property a field in the words a contacts application shows ("home address: 12 Elm St, Town, CA
        90000"), so the parts of an ``ADR`` line are not read as values of their own; False when it is none."""
        text = "".join(element.strings)
        if not CARDS_START.match(text) or len(text) > _MAX_MARKUP_CHARS:
            return False
        self._flush()
        read_cards(self.builder, text, self.path(element), hidden=frame.hidden if frame else None,
                   chrome=bool(frame and frame.chrome))
        return True

    # --- elements ------------------------------------------------------------------------------------

    def _start(self, element: Tag, tag: str, parent: _Frame | None) -> _Frame:
        """Handle an opening tag; returns the frame its descendants inherit from."""
        attributes = element.attrs
        needs_frame = (parent is None or tag in _BLOCKS or tag in _SPECIAL_INLINE
                       or not _STATE_ATTRIBUTES.isdisjoint(attributes) or id(element) in self.cells
                       or parent.tag in _BLOCKS and _flex_item(element))
        if "itemscope" in attributes and id(element) not in self.item_scopes:
            self._microdata_item(element)
            needs_frame = needs_frame or id(element) in self.cells
        elif "class" in attributes and id(element) not in self.item_scopes and _HCARD_ROOTS.intersection(
                attributes["class"].split()):
            self._hcard(element)
        frame = self._new_frame(element, tag, parent, attributes) if needs_frame else parent
        if tag == "br":
            self.parts.append(_BREAK)
        elif tag in _SVG_TEXTS or tag == "tspan" and not _SVG_LINE_POSITION.isdisjoint(attributes):
            self.parts.append(", " if _continues_label(element) else _BREAK)
        elif tag not in _BLOCKS and "style" in attributes and _POSITIONED.search(attributes["style"]):
            self._positioned_word(attributes["style"])
        elif tag == "input":
            self._input(element, frame)
        elif tag not in _BLOCKS and "class" in attributes and _speaker_label(element):
            self.speaker_labels.add(id(element))
        if attributes:
            self._attributes(element, tag, attributes, frame)
        return frame

    def _new_frame(self, element: Tag, tag: str, parent: _Frame | None, values: dict) -> _Frame:
        frame = _Frame(element, tag, parent)
        if parent is None:
            frame.hidden, frame.chrome = self.hidden, self.chrome
        if not frame.hidden:
            frame.hidden = (_shadow_root_hidden(element) if tag == "template" and _SHADOW_ROOT.intersection(values)
                            else _hidden_reason(tag, values))
        role = values.get("role", "")
        if tag in ("main", "article") or role == "main":
            frame.in_main, frame.chrome = True, False
        elif not frame.chrome:
            frame.chrome = id(element) in self.layout_chrome or _is_chrome(tag, role, values, frame)
        if tag in _SECTIONING:
            frame.sectioned = True
        if tag in _BLOCKS or tag in _OWN_BLOCK_INLINE or _screen_reader_only(values) or id(element) in self.cells or (
                parent is not None and parent.tag in _BLOCKS and _flex_item(element)) or (
                parent is not None and (frame.hidden != parent.hidden or frame.chrome != parent.chrome)):
            frame.owner = frame
            self._flush()
            self.run_owner = frame
        if tag == "pre":
            frame.pre = True
        elif tag == "table":
            frame.field = None
            self._lay_out_table(element)
        elif tag == "tr" and id(element) in self.rows:
            self.rows[id(element)].location = Location(element=self.path(element))
        elif tag in ("td", "th"):
            frame.field = self.cells.get(id(element))
        elif id(element) in self.cells:  # a cell of a table built of divs (or spans: its own run of text)
            frame.field = self.cells[id(element)]
            if id(element) in self.rows:  # a CSS grid's row has no element: its first cell stands for it
                self.rows[id(element)].location = Location(element=self.path(element))
        elif id(element) in self.rows:
            self.rows[id(element)].location = Location(element=self.path(element))
        elif tag == "template" and any(child.name == "tr" for child in element.children):
            # a <template> of rows for a script to fill in (lxml parses them without table context): a table's rows
            frame.field = None
            self._lay_out_table(element)
        elif grid := grid_of(element, _text_of):
            frame.field = None
            self._lay_out_grid(element, grid)
        elif field := _labelled_field(element):
            self._label_field(element, frame, field)
        elif tag == "dl" and not _questions_and_answers(element):
            pending = self._new_record()
            pending.location = Location(element=self.path(element))
            if _follows_a_title(element):  # a card's <h4> over its <dl> of fields
                self._add_card_title(pending, element.parent)
            frame.definitions = _Definitions(pending)
        elif tag == "dt" and frame.definitions:
            frame.definitions.label = label_text(_text_of(element)) or None
            frame.field = None
        elif tag == "dd" and frame.definitions:
            frame.field = (frame.definitions.label, frame.definitions.record)
        elif tag == "form":
            frame.form = self._new_record()
            frame.form.location = Location(element=self.path(element))
        elif tag == "option":
            # a choice of a list is one record, its value (an account number, labelled by what the list chooses)
            # and its text (a name, an address)
            pending = self._new_record()
            pending.location = Location(element=self.path(element))
            frame.field = (None, pending)
        elif tag == "label":
            frame.form_label = _label_words(element) or None
        elif tag == "textarea":  # its text a named value of the form's one record, as its inputs' values are
            frame.field = (self._form_label(element, frame), frame.form)
        return frame

    def _positioned_word(self, style: str) -> None:
        """Text placed word by word (a PDF converted to HTML, pdf2htmlEX: one absolutely positioned span a word):
        the words of one line (one ``top``) are separated by a space, a new ``top`` starts a new line."""
        top = _TOP.search(style)
        top = top.group(1) if top else None
        if self.parts and self.parts[-1] is not _BREAK:
            self.parts.append(_BREAK if top is not None and self.line_top not in (None, top) else " ")
        self.line_top = top

    def _title(self, element: Tag, frame: _Frame | None) -> bool:
        """The page title: ``document.title`` and a segment. False for an SVG's ``<title>``."""
        if frame is None or frame.tag not in ("head", "html"):
            return False
        title = _text_of(element)
        if title:
            self.builder.document.title = self.builder.document.title or title
            self._add(title, element, frame)
        return True

    def _input(self, element: Tag, frame: _Frame) -> None:
        value = (element.get("value") or "").strip()
        if not value:
            return
        kind = (element.get("type") or "text").lower()
        if kind in _VISIBLE_INPUT_VALUES:
            self._add(value, element, frame)
            return
        hidden = "hidden input" if kind == "hidden" else frame.hidden or "form value"
        query = _QUERY_STRING.fullmatch(value)
        if not query and kind != "password":  # a password is what it is typed as, "%" and all
            value = _percent_decoded(value)
        params = _query_record(f"?{value}") if query else _json_in_attribute(value)
        if not query and isinstance(params, dict) and params and frame.form is not None and not frame.field and all(
                isinstance(v, (str, int, float)) for v in params.values()):
            # a prefill's flat JSON ({"name": ..., "email": ...}): its members are values of the form's one record,
            # beside the form's other hidden fields (its "acct")
            for key, member in params.items():
                segment = self._add(str(member), element, frame, hidden=hidden, label=str(key))
                if segment is not None:
                    frame.form.fields.append(segment)
            return
        if params:  # Gravity Forms' "acct=...&name=Ana+Ruiz&email=...", a JSON value: one record, by its keys
            add_json_data(self.builder, params, f"{self.path(element)}[value]", chrome=frame.chrome, hidden=hidden)
            return
        # a password input's value is a stored password whatever its label or name says ("CSR login", "csrpw")
        label = "password" if kind == "password" else self._form_label(element, frame)
        segment = self._add(value, element, frame, hidden=hidden, label=label)
        if segment is not None and segment.label and frame.form is not None and not frame.field:
            frame.form.fields.append(segment)  # the named values of one form are one record

    def _form_label(self, element: Tag, frame: _Frame) -> str | None:
        """What names a control's value: its ``<label>``, the words before it, the label of the table cell it fills
        ("Applicant name | [...]"), else what the control says of itself (``aria-label``, ``placeholder``, the
        words of its name)."""
        return (self.labels_by_id.get(element.get("id")) or frame.form_label or _label_before(element)
                or (frame.field or (None,))[0] or element.get("aria-label") or element.get("placeholder")
                or _control_name_words(element.get("name")) or None)

    def _choice_label(self, option: Tag) -> str | None:
        """What an option's list chooses: the list's ``<label>`` (its own words, not the choices it wraps, or a
        label right before it), ``aria-label``, or the words of its name or id ("customer_id" -> "customer id"). A
        ``<datalist>`` is labelled as the input naming it in ``list`` is ("Service address")."""
        select = option.find_parent(("select", "datalist"))
        if select is None:
            return None
        label = self._choice_labels.get(id(select), False)
        if label is False:
            control = select
            if select.name == "datalist" and select.get("id"):  # a datalist suggests the values of the input naming it
                control = self.soup.find("input", attrs={"list": select["id"]}) or select
            wrapping = control.find_parent("label")
            own = _label_words(wrapping) if wrapping is not None else ""
            label = self._choice_labels[id(select)] = label_text(
                self.labels_by_id.get(control.get("id")) or own or _label_before(control) or control.get("aria-label")
                or _control_name_words(control.get("name")) or _attribute_words(control.get("id") or "")) or None
        return label

    def _css_content(self, css: str, element: Tag, frame: _Frame | None) -> None:
        """The text a style sheet or a ``style`` attribute has the browser show (``content: "..."``), one segment
        (hidden "css content"), a line per declaration: it is on the screen though no element holds it, and one
        sheet's texts fill one widget (a name before one element, its account after another)."""
        texts = shown_by_css(css)
        if texts:
            self.builder.add("\n".join(texts), Location(element=self.path(element)), hidden="css content",
                             chrome=bool(frame and frame.chrome))
        for target in css_link_targets(css):
            self.builder.add(target, Location(element=self.path(element)), hidden="link target",
                             chrome=bool(frame and frame.chrome))

    def _customer_choice(self, option: Tag) -> bool:
        """Whether an option's text is a customer's record: a person's name beside a street address or an
        account-shaped number ("Ana Ruiz - 12 Oak St", "Ana Ruiz · 473344784265"), as a lookup or an agent's
        picker lists its customers, whatever its list is called; or beside a name a list of persons labels ("Charity
        Ruiz - 12 Oak St" under "Customers", a given name that is a word). A staff member's (name and title), a
        facility's, a district's or an appointment's choice has no such pair."""
        known = self._customer_choices.get(id(option))
        if known is None:
            parts = [part.strip() for part in _CHOICE_PARTS.split(_text_of(option))]
            named = any(person_name(part) for part in parts) or (
                shown_choice_label(option, self._choice_label(option)) is not None)
            known = self._customer_choices[id(option)] = named and any(
                is_street_address(part, False) or _account_shaped(part) for part in parts)
        return known

    def _choice_account_label(self, option: Tag) -> str | None:
        """The label of a customer's choice's account-shaped number, when its list's own label does not say it is
        an account ("Choose appointment", "slot"): "account number"; None when the list says so already."""
        label = _identifier_label(self._choice_label(option))
        return None if label and header_kind(label)[0] == "account" else _CHOICE_ACCOUNT

    def _attributes(self, element: Tag, tag: str, attributes: dict, frame: _Frame) -> None:
        """Attribute text a reader does not see on the page but anyone can read in the source; the attributes that
        describe the element are one record (a map marker's ``data-customer``, ``data-address``, ``data-account``; a
        case file link's ``aria-label`` naming the customer and its ``title`` giving the phone)."""
        emitted = set()
        described = []  # the segments of the attributes that describe the element (see ELEMENT_DESCRIPTIONS)
        dialled = _dialled_unshown(element, attributes)
        for name, value in attributes.items():
            label = None
            if not isinstance(value, str):
                continue
            if (name in _URL_ATTRIBUTES and not value.lower().startswith(("mailto:", "tel:"))) \
                    or _ABSOLUTE_URL.match(value):
                self._link_target(value, element, frame)
                continue  # a URL: only its user-info and query values are worth reading
            if name == "download" and tag in ("a", "area"):
                self._saved_name(value, element, frame)
                continue
            value = _percent_decoded(value)
            if name == "srcdoc":  # an iframe's document, given in the attribute: shown as the iframe is
                self._markup(value, element, frame, None if tag == "iframe" else "srcdoc attribute", "srcdoc")
                continue
            if name in _TOOLTIP_ATTRIBUTES:
                name = "title"
            if name in _ATTRIBUTE_REASONS:
                if name == "value" and (tag == "input" or tag in _NUMERIC_VALUES):
                    continue
                if name in _ECHOING_ATTRIBUTES and collapse(value) == _text_of(element):
                    continue  # a link's title or an option's value that repeats its text
                reason = _ATTRIBUTE_REASONS[name]
                if name == "value" and tag == "option":
                    label = self._choice_label(element)
                    if element.find_parent("datalist") is None:  # a datalist's value is what its input is filled with
                        label = _identifier_label(label)
                    if _account_shaped(value) and self._customer_choice(element):
                        label = self._choice_account_label(element) or label
            elif name == "label" and tag == "option":
                # the words a list shows for a choice instead of or beside its value (a datalist's suggestion): a field
                # of the choice, unlabelled as an option's text is
                reason = "label attribute"
            elif name.startswith("data-"):
                if name == "data-label" and tag in ("td", "th"):
                    continue  # a responsive table's column name shown beside the value: the cell's label, no data
                data = _attribute_data(value)
                if data is not None:  # a widget's props: records labelled by their keys, as in a script
                    add_json_data(self.builder, data, f"{self.path(element)}[{name}]",
                                  chrome=bool(frame and frame.chrome), hidden="data attribute")
                    continue
                reason, label = "data attribute", _data_label(name)
                fields = _joined_fields(value)
                if fields:  # several fields in one value: its name names the record, not each of its values
                    value, label = f"{label}: {fields}", None
            elif _is_custom_element(tag) and _names_a_property(name):
                # a web component's attributes are its properties (<acct-card cust-name="..." acct-no="...">), as
                # an element's data-* are its data: one record, each labelled by the words of its name
                data = _attribute_data(value)
                if tag == "astro-island" and name == "props" and data is not None:
                    data = _astro_props(data)
                if data is not None:
                    add_json_data(self.builder, data, f"{self.path(element)}[{name}]",
                                  chrome=bool(frame and frame.chrome), hidden="data attribute")
                    continue
                reason, label = "data attribute", _attribute_words(name) or name
            elif (name.startswith(_VUE_BINDINGS) or name in _STATE_DIRECTIVES or _is_custom_element(tag)) and (
                    data := _attribute_data(value)) is not None:
                # a prop bound to data in the markup (Vue's :subscriber="{...}", a web component's config="[...]",
                # Alpine's x-data="{ tickets: [...] }"): records labelled by their keys, as a data-* attribute's JSON is
                add_json_data(self.builder, data, f"{self.path(element)}[{name}]",
                              chrome=bool(frame and frame.chrome), hidden="data attribute")
                continue
            elif name == "style":
                self._css_content(value, element, frame)
                continue
            elif name == "content" and tag == "meta":
                data = _json_in_attribute(value)
                if data is not None:  # a CMS's preview or page state as JSON: records labelled by their keys
                    add_json_data(self.builder, data, f"{self.path(element)}[{name}]",
                                  chrome=bool(frame and frame.chrome), hidden="meta tag")
                    continue
                reason = "meta tag"
                # a site's own meta fields are named as Open Graph's are ("customer:account", "og:title")
                label = _META_NAME_SPLIT.sub(" ", attributes.get("name") or attributes.get("property")
                                             or attributes.get("http-equiv") or "").strip() or None
            elif _CONNECTION_CREDENTIAL.search(value):
                # a configuration element's connection string (web.config's <add connectionString="...;Password=...">
                # pasted into a comment or a page): the credential it holds is in the page's source
                reason = "config attribute"
            elif name == "href" and value.lower().startswith(("mailto:", "tel:")):
                scheme, value = value.split(":", 1)
                value, _, query = value.partition("?")
                draft = _mail_draft(value, query) if scheme.lower() == "mailto" else ""
                if draft:  # the message the link starts, its recipient, subject and body, is in the page's source
                    self._add(draft, element, frame, hidden="link target")
                    continue
                shown = _text_of(element)
                if value in shown or scheme.lower() == "tel" and _same_number(value, shown):
                    continue  # the link shows its own target: tel:7609555000 on "(760) 955-5000"
                if scheme.lower() == "tel":
                    # the number the link dials is read after its text, as a text browser shows a link ("call
                    # (tel. +1 323-356-3416)"), so that it stays in the sentence or list item that says whose it is
                    number = _readable_phone(collapse(value))
                    if number:
                        self.dialled[id(element)] = f" (tel. {number})"
                    continue
                reason = "link target"
            else:
                continue
            value = collapse(value)
            if value and value not in emitted and value not in ("true", "false"):
                emitted.add(value)
                if name == "placeholder":  # the form's example of what to type: read, but no value of its record
                    self.builder.add(value, Location(element=self.path(element)), hidden=reason,
                                     label=(frame.field or (None, None))[0], chrome=frame.chrome)
                    continue
                segment = self._add(value, element, frame, hidden=reason, label=label)
                if segment is not None and reason in ELEMENT_DESCRIPTIONS and len(value.split()) < _SENTENCE_WORDS \
                        and not _LABELLED_LIST.fullmatch(value):
                    described.append(segment)
        if dialled and any(segment.hidden in _LINK_DESCRIPTIONS_READ for segment in described):
            number = self._add(dialled, element, frame, hidden="link target", label="tel")
            described += [number] if number is not None else []
        if tag == "form" and frame is not None and frame.element is element and frame.form is not None:
            # a form's own data-* (a form plugin's "data-last-submitter", its prefilled values) are values of the
            # form, in the one record of its named values with its hidden inputs
            frame.form.fields += [segment for segment in described if segment.hidden == "data attribute"]
            described = [segment for segment in described if segment.hidden != "data attribute"]
        holder = self._described_by(element) if described and tag == "img" else None
        if holder is not None:  # the image's description joins its figure's or its link's
            fields, record = holder
            fields += described
            if record is not None:
                record.fields += described
            elif len(fields) > 1:
                holder[1] = self.builder.add_record(fields, Location(element=fields[0].location.element))
            return
        record = self.builder.add_record(described, Location(element=self.path(element))) if len(described) > 1 else None
        if described:
            self.descriptions[id(element)] = [described, record]

    def _described_by(self, image: Tag) -> list | None:
        """The description (``descriptions``) of the figure, the link or the picture an image stands in, when it is
        that holder's only image: the image's alt and title describe what the figure's or the link's data-* and
        title do (a solar story's photo, "Rooftop array at 24209 Tierra Rejada Rd", in a figure whose data-* give
        the home's owner and account), one thing, one record. None for an image of a gallery or out of any."""
        holder = image.find_parent(_IMAGE_HOLDERS)
        if holder is None or id(holder) not in self.descriptions or len(holder.find_all("img", limit=2)) > 1:
            return None
        return self.descriptions[id(holder)]

    def _saved_name(self, value: str, element: Tag, frame: _Frame) -> None:
        """A link's ``download`` attribute: the name the browser saves its file under ("Final bill - Ana Ruiz - SCE
        2-41-833-2917.pdf"), in the page's source whatever the link's target is called, read as a link's file name is
        (``file_path_text``: only a name that holds an identifier-shaped value, as words)."""
        name = file_path_text(value.strip())
        if name and "\x00path:" + name not in self.link_targets and name not in _text_of(element):
            self.link_targets.add("\x00path:" + name)
            self._add(name, element, frame, hidden="link target")

    def _link_target(self, value: str, element: Tag, frame: _Frame) -> None:
        target = _readable_url(value)
        if target and target not in self.link_targets and target not in _text_of(element):
            self.link_targets.add(target)
            params = _query_record(value)
            if params:  # "?account=PR-54387839&name=John%20B%C3%B9i&addr=...&kwh=1922": one record, by its keys
                add_json_data(self.builder, params, f"{self.path(element)}[query]", chrome=bool(frame and frame.chrome),
                              hidden="link target")
            if not params or "@" in urlsplit(value.strip()).netloc:  # the URL itself, unless its query said it all
                self._add(target, element, frame, hidden="link target")
        path = names_cased(path_text(value))
        # a path that holds an identifier ("/files/Delgado_512-34-6789.pdf") publishes it, whatever the link answers
        if path and "\x00path:" + path not in self.link_targets and path not in _text_of(element):
            self.link_targets.add("\x00path:" + path)
            self._add(path, element, frame, hidden="link target")

    # --- structure -----------------------------------------------------------------------------------

    def _new_record(self) -> _PendingRecord:
        pending = _PendingRecord()
        self.records.append(pending)
        return pending

    def _lay_out_table(self, table: Tag) -> None:
        """Label the table's cells before the walk reaches them (the rows of this table only, not
        those of tables nested in its cells)."""
        if id(table) in self.laid_out:
            return
        self.laid_out.add(id(table))
        rows, header_count, in_head, comments = [], 0, True, []
        if table.name == "template":  # its rows are read under the column headers of the table they fill
            rows = self._template_header(table)
            header_count = len(rows)
        elif table.find("th") is None:
            rows = _split_header(table)
            header_count = len(rows)
        for child in table.children:  # a string's .name is None
            if child.name == "tr":
                rows.append(child)
                in_head = False
            elif child.name in ("thead", "tbody", "tfoot"):
                section_rows = [tr for tr in child.children if tr.name == "tr"]
                if child.name == "thead" and in_head:
                    header_count += len(section_rows)
                else:
                    in_head = False
                rows.extend(section_rows)
                comments.extend(c for c in child.children if isinstance(c, Comment))
            elif isinstance(child, Comment):
                comments.append(child)
        if not rows:
            return
        cell_rows = [[c for c in tr.children if c.name in ("td", "th")] for tr in rows]
        table_cells = [[_table_cell(c) for c in cells] for cells in cell_rows]
        if _lays_out_page(table, cell_rows, table_cells):
            self.layout_chrome.update(id(part) for part in _layout_chrome(cell_rows))
            return  # its cells are the page's blocks, not the fields of records
        # rows commented out of the table are rows of it too: beside them, a lone first row of labels is a header
        # (an e-mail's header table stays one record here: its cells are walked as the page's other cells are)
        layout = _data_label_layout(cell_rows) or lay_out_table(table_cells + _commented_rows(comments), header_count,
                                                                message_header=False)
        if layout.header_rows and not layout.key_value:
            self.header_rows[id(table)] = [rows[i] for i in sorted(layout.header_rows)]
        self._label_rows(table, rows, cell_rows, layout)

    def _template_header(self, template: Tag) -> list[Tag]:
        """The column header rows of the table a ``<template>`` or a script template of rows fills: the table it sits
        in, else the table beside it (before it, else after it; other templates and scripts between them)."""
        table = template.find_parent("table")
        for siblings in (template.previous_siblings, template.next_siblings):
            if table is not None:
                break
            for sibling in siblings:
                if isinstance(sibling, Tag) and sibling.name not in ("template", "script"):
                    table = sibling if sibling.name == "table" else None
                    break
        if table is None:
            return []
        self._lay_out_table(table)
        return self.header_rows.get(id(table), [])

    def _microdata_item(self, item: Tag) -> None:
        """A schema.org item marked up in the page (``itemscope``, a Person's ``itemprop="name"``,
        ``"telephone"``, ``<meta itemprop="identifier" content=...>``) is one record, each property a field labelled
        by its name's words; the properties of items inside it (the person's PostalAddress) are fields of it too. A
        business's, an organization's or a public place's item is the public listing it says it is."""
        properties = item.find_all(attrs={"itemprop": True})
        self.item_scopes.update(id(e) for e in item.find_all(attrs={"itemscope": True}))
        self.item_scopes.add(id(item))
        if not properties:
            return
        record = self._new_record()
        record.location = Location(element=self.path(item))
        record.listing = listed_type(item.get("itemtype"))
        for element in properties:
            if id(element) not in self.cells and not element.has_attr("itemscope"):
                self.cells[id(element)] = (_attribute_words(str(element["itemprop"])).lower(), record)

    def _hcard(self, card: Tag) -> None:
        """A contact marked up as a microformat (``class="vcard"`` or ``"h-card"``, its name in ``fn``, its
        address in ``adr``, ``tel``, ``role``, ``note``) is one record, each property a field labelled as a vCard's
        (``crawler.extract.cards``): the name's span ends where the role's begins ("Ana Ruiz" / "Residential
        customer"), as a card's lines do."""
        self.item_scopes.add(id(card))
        properties = {id(element): (element, label) for element in card.find_all(class_=True)
                      for label in [_hcard_label(element.get("class"))] if label}
        if not properties:
            return
        record = self._new_record()
        record.location = Location(element=self.path(card))
        for element, label in properties.values():
            if id(element) not in self.cells and not _inside_property(element, card, properties):
                self.cells[id(element)] = (label, record)

    def _lay_out_grid(self, container: Tag, grid: Grid) -> None:
        """Label the cells of a table built of divs (``crawler.extract.html_grid``) as a table's."""
        table_cells = [[TableCell(_text_of(c), header) for c, header in zip(cells, headers)]
                       for cells, headers in zip(grid.cells, grid.header)]
        self._label_rows(container, grid.rows, grid.cells, lay_out_table(table_cells, message_header=False))

    def _label_field(self, element: Tag, frame: _Frame, pairs: list[tuple[str, list[Tag]]]) -> None:
        """A CMS's field (see ``_labelled_field``): its values labelled, and fields of one parent one record; the
        pairs of a wrapper holding several fields are one record of their own."""
        holder = element.parent if len(pairs) == 1 else element
        record = self.field_groups.get(id(holder))
        if record is None:
            record = self.field_groups[id(holder)] = self._new_record()
            record.location = Location(element=self.path(holder))
            self._add_card_title(record, holder)
        for label, values in pairs:
            for value in values:
                self.cells[id(value)] = (label, record)
        if not pairs[0][1]:
            frame.field = (pairs[0][0], record)

    def _add_card_title(self, record: _PendingRecord, holder: Tag) -> None:
        """The title of the card ``holder`` (or its parent) is, as a field of ``record``: a card's title names
        whose fields they are (a customer's name, a project)."""
        title = self.titles.get(id(holder)) or (holder.parent is not None and self.titles.get(id(holder.parent)))
        if title:
            record.fields.append(title)

    def _label_rows(self, table: Tag, rows: list[Tag], cell_rows: list[list[Tag]], layout: TableLayout) -> None:
        """A pending record per data row (one for the whole of a key/value table), and each cell's label."""
        whole_table = self._new_record() if layout.key_value else None
        if whole_table:
            whole_table.location = Location(element=self.path(table))
            if _follows_a_title(table):  # a card's <h4> over a table of its fields
                self._add_card_title(whole_table, table.parent)
        pendings = {}
        numbered = _numbered_records(cell_rows, layout) or _titled_records(cell_rows, layout)
        for index, (tr, cells) in enumerate(zip(rows, cell_rows)):
            if index not in layout.header_rows:
                earlier = pendings.get(numbered.get(index))  # a later line of a record taking several rows
                pendings[index] = whole_table or earlier or self._new_record()
        for index, (tr, cells) in enumerate(zip(rows, cell_rows)):
            if index in layout.header_rows:
                continue
            pending = pendings[index]
            if not whole_table:
                self.rows[id(tr)] = pending
            for number, (cell, role) in enumerate(zip(cells, layout.roles[index])):
                covered = layout.carried.get((index, number)) if not whole_table else None
                if covered and role.is_field:  # a cell spanning rows is a field of each row it covers
                    records = tuple(dict.fromkeys((pending, *(pendings[r] for r in covered if r in pendings))))
                    self.cells[id(cell)] = (role.label, records)
                else:
                    self.cells[id(cell)] = (role.label, pending if role.is_field else None)

    # --- runs of text ----------------------------------------------------------------------------------

    def _flush(self) -> None:
        parts, owner = self.parts, self.run_owner
        if not parts:
            return
        self.parts = []
        if owner is None:
            return
        if owner.pre:  # a printout: its lines, and the rows of a fixed-width table under its header as records
            text_lines = mend_cut_numbers("".join("\n" if p is _BREAK else p for p in parts).split("\n"))
            if is_captions(text_lines):  # closed captions printed as cues: each speaker's turn as running text
                read_captions(self.builder, text_lines, self.path(owner.element), hidden=owner.hidden,
                              chrome=owner.chrome)
                return
            self._printout(text_lines, owner)
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
            text = mend_cut_lines("\n".join(filter(None, (collapse("".join(chunk)) for chunk in lines))))
        else:
            text = collapse("".join(parts))
        if printed_structure(text):  # a debug dump echoed without <pre>: its lines run into one, its fields a record
            self._printout(text.split("\n"), owner)
            self.last_paragraph = None
            return
        segment = self._add(self._mended_paragraph(text, owner), owner.element, owner)
        self.last_paragraph = segment if _is_paragraph(owner) else None
        if segment is not None and _is_title(owner.element):
            for holder in _title_holders(owner.element):
                self.titles[id(holder)] = segment

    def _printout(self, text_lines: list[str], owner: _Frame) -> None:
        """A printout's lines: a fixed-width table's rows under its header, a run of ``KEY=value`` lines (a debug
        dump's ``[key] => value``) and a line of pairs as records, the other lines as text."""
        text_lines, emptied = join_dumped_values(text_lines)
        block: list[tuple[int, TextField]] = []  # the KEY=value lines read so far: one record
        for index, table in lines_and_tables(text_lines):
            if index in emptied:
                continue
            line = text_lines[index].rstrip()
            assigned = assignment(line) if table is None and line_pairs(line) is None else None
            if assigned is None and block:
                self._pre_fields(block, owner)
                block = []
            if table is not None:
                read_table(self.builder, text_lines, table, self.path(owner.element), hidden=owner.hidden,
                           chrome=owner.chrome)
            elif assigned is not None:
                block.append((index, assigned))
            elif line.strip():
                self._pre_line(line, index, owner)
        if block:
            self._pre_fields(block, owner)

    def _pre_line(self, line: str, index: int, owner: _Frame) -> None:
        """A printout's line; a log line of two ``key=value`` pairs or more ("acct=RB7324 read_kwh=4354 cust=...") is
        also a record of its values labelled by their keys, as in a text file (``crawler.extract.text``)."""
        pairs = line_pairs(line)
        if pairs is None:
            self._add(line, owner.element, owner)
            return
        fields, rest = pairs
        self._add(rest, owner.element, owner)
        where = f"{self.path(owner.element)} > line {index + 1}"
        self.builder.add_record([self.builder.add(f.value, Location(element=f"{where} > {f.key}"), label=f.key,
                                                  hidden=owner.hidden, chrome=owner.chrome) for f in fields],
                                Location(element=where))

    def _pre_fields(self, block: list[tuple[int, TextField]], owner: _Frame) -> None:
        """A printout's run of ``KEY=value`` lines (a record a program dumped one field a line, PHP's print_r
        ``[last_name] => Sandhu``): one record of its values labelled by their keys, as in a text file."""
        where = f"{self.path(owner.element)} > lines {block[0][0] + 1}-{block[-1][0] + 1}"
        self.builder.add_record([self.builder.add(f.value, Location(element=f"{where} > {f.key}"), label=f.key,
                                                  hidden=owner.hidden, chrome=owner.chrome) for _, f in block],
                                Location(element=where))

    def _mended_paragraph(self, text: str, owner: _Frame) -> str:
        """A paragraph's text, and a number the paragraph just before ended with, cut at its dash by that
        paragraph's end, made whole there (a page converted from a PDF sets each printed line in a <p> or <div> of
        its own); not across a table's cells or a list's items, which are values of their own."""
        previous = self.last_paragraph
        if (previous is None or not _is_paragraph(owner) or previous.hidden != owner.hidden
                or previous.chrome != owner.chrome):
            return text
        return mend_after(self.builder, previous, text)

    def _add(self, text: str, element: Tag, frame: _Frame, *, hidden: str | None = None,
             label: str | None = None) -> Segment | None:
        if not text:
            return None
        if frame.tag == "option":
            parts = _CHOICE_PARTS.split(text)
            account = self._choice_account_label(frame.element) if self._customer_choice(frame.element) else None
            named = label or shown_choice_label(frame.element, self._choice_label(frame.element))
            segments = [self._add_field(part, element, frame, hidden, account if account and _account_shaped(part)
                                        else label if any(c.isdigit() for c in part) else named)
                        for part in parts if part]
            return segments[0] if segments else None
        return self._add_field(text, element, frame, hidden, label)

    def _add_field(self, text: str, element: Tag, frame: _Frame, hidden: str | None,
                   label: str | None) -> Segment | None:
        field_label, pending = frame.field or (None, None)
        segment = self.builder.add(text, Location(element=self.path(element)),
                                   hidden=hidden or frame.hidden, label=label or field_label, chrome=frame.chrome)
        if segment is not None and pending is not None:
            if isinstance(pending, tuple):  # a table cell spanning rows: a field of each row's record
                for record in pending:
                    record.fields.append(segment)
            else:
                pending.fields.append(segment)
        return segment


# what separates the parts of a choice's text that lists a thing's fields ("Ana Ruiz – 12 Oak St – 912.210.1676",
# a payment picker's account): a spaced dash, bar or dot; each part is a field of the choice's record
_CHOICE_PARTS = re.compile(r"\s+[-–—|·•]\s+")
_CHOICE_ACCOUNT = "account number"  # the label of a customer's choice's number (see _Walker._customer_choice)
# an account number's shape: a few letters at most, then digits and dashes, seven digits or more
_ACCOUNT_SHAPE = re.compile(r"[A-Za-z]{0,5}[-#]?\d[\d-]*\d")
_MIN_ACCOUNT_DIGITS = 7


def _account_shaped(value: str) -> bool:
    """Whether ``value`` is shaped as an account number (not a phone number, a time or a small id)."""
    value = value.strip()
    return (bool(_ACCOUNT_SHAPE.fullmatch(value)) and sum(c.isdigit() for c in value) >= _MIN_ACCOUNT_DIGITS
            and not phone_spans(value))


_PARAGRAPHS = frozenset({"p", "div"})


def _is_paragraph(frame: _Frame) -> bool:
    """A block of prose: a paragraph, not a table's cell, a form's field nor a list's item."""
    return frame.tag in _PARAGRAPHS and frame.field is None


_CARD_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _is_title(element: Tag) -> bool:
    """A card's or a listing's title: a heading below the page's own (``h1``), or a block whose class names a
    title ("card__title", "card-title", "views-field-title")."""
    if element.name in _CARD_HEADINGS:
        return True
    return element.name != "h1" and any(_WORD_SPLIT.split(token)[-1] == "title" for token in (element.get("class") or "").lower().split())


def _follows_a_title(element: Tag) -> bool:
    """Whether the element right before ``element`` is a title, or a wrapper holding one alone (a card's
    ``card__header``): a heading with a paragraph between it and the element heads a section, not a card."""
    before = element.find_previous_sibling()
    while before is not None and not _is_title(before):
        children = [c for c in before.children if isinstance(c, Tag)]
        before = children[0] if len(children) == 1 else None
    return before is not None


def _title_holders(title: Tag) -> list[Tag]:
    """The elements a title heads: its parent, and above a wrapper that holds the title alone (a card's
    ``card__header``), the wrapper's parent too, where the card's body with its fields sits."""
    holders = []
    node = title
    while node.parent is not None and len(holders) < 2:
        holders.append(node.parent)
        if len([c for c in node.parent.children if isinstance(c, Tag)]) > 1:
            break
        node = node.parent
    return holders


def _continues_label(element: Tag) -> bool:
    """Whether an SVG text element is a further line of the label before it: a ``<text>`` at the x of the ``<text>``
    right before it, a positioned ``<tspan>`` after another of its text."""
    before = element.find_previous_sibling(True)
    if element.name == "tspan":
        return before is not None and before.name == "tspan"
    return (element.name == "text" and before is not None and before.name == "text"
            and before.get("x") is not None and before.get("x") == element.get("x"))


def _label_before(element: Tag) -> str | None:
    """The text of a ``<label>`` that names no field by ``for`` and stands right before the input, only blanks or a
    line break between ("<label>Phone</label> <input value=...>", the label over its box: "<label>Phone</label><br>
    <input ...>"): the input's label, as a reader sees it."""
    before = element.previous_sibling
    while isinstance(before, NavigableString) and not before.strip() or isinstance(before, Tag) and before.name == "br":
        before = before.previous_sibling
    if isinstance(before, Tag) and before.name == "label" and not before.get("for") and before.find(
            ("input", "select", "textarea")) is None:
        return _text_of(before) or None
    return None


def _labelled_field(element: Tag) -> list[tuple[str, list[Tag]]] | None:
    """A field as content management systems mark it up (Drupal's ``field`` / ``field__label`` /
    ``field__item``, a view's ``views-label`` / ``field-content``, any label element before its values): the
    label (the text of a first child whose class names a label, else the field's name in the wrapper's class:
    "views-field-field-annual-kwh" -> "annual kwh") and the children holding its values (none when the value
    is the wrapper's own text), or None for any other element. A wrapper whose children run label, value,
    label, value (a theme printing all of a node's fields in one ``<div>``, as a ``<dl>`` does) gives a pair
    for each of its labels: each value is labelled by the label child before it."""
    children = [c for c in element.children if isinstance(c, Tag)]
    if children and _names_a_label(children[0], children[1:2]):
        pairs = _label_value_runs(children)
    else:
        label = next((" ".join(_WORD_SPLIT.split(match["name"])).strip()
                      for token in (element.get("class") or "").split()
                      if (match := _FIELD_NAME_CLASS.match(token)) and match["name"].lower() not in _ENTITY_TITLES),
                     None)
        pairs = [(label, _field_values(children))] if label else _classed_fields(element, children)
    if not pairs or any(any(c.name in _CONTENT_BLOCKS or c.find(_CONTENT_BLOCKS) is not None for c in values)
                        for _, values in pairs):
        return None  # a field of content ("field--name-body": the page's paragraphs and tables), no value
    return pairs


_CLASSED_FIELD_KINDS = frozenset({"name", "address", "phone", "email", "account", "usage"})


def _classed_fields(element: Tag, children: list[Tag]) -> list[tuple[str, list[Tag]]] | None:
    """A wrapper whose children are each one field named by its class, with no label shown (a template's or a
    widget's "<span class='cust-name'>", "<span class='cust-email'>", "<span class='cust-usage'>", a style sheet
    setting them apart): (the class's words, [the child]) each, as a ``<dl>`` of those labels would give; None unless
    two children or more are named so, each by a class whose words name a different field of a record
    (``header_kind``: a name, an address, a phone, a mailbox, an account, a usage), and the wrapper and its other
    children hold no text (a sentence with a styled name in it is no card)."""
    if len(children) < 2:
        return None
    named = [(label, child) for child in children if (label := _class_label(child))]
    if len({label for label, _ in named}) < 2:
        # a card each of whose fields a class names as a place's or a staff member's ("fac-name", "fac-acctnum",
        # "park-usage", "staff-phone"): read with those labels, which say whose the card's numbers are
        named = [(label, child) for child in children if (label := _class_label(child, owners=True))]
        if len(named) < len(children):
            return None
    if len({label for label, _ in named}) < 2 or len({label for label, _ in named}) < len(named):
        return None
    if any(isinstance(node, NavigableString) and not isinstance(node, Comment) and node.strip()
           for node in element.children):
        return None
    if any(_text_of(child) for child in children if child not in [c for _, c in named]):
        return None
    return [(label, [child]) for label, child in named]


def _class_label(element: Tag, owners: bool = False) -> str | None:
    """The words of an element's class that name a record's field ("cust-name" -> "cust name"), or with ``owners``
    a field of a place's or a staff member's card, which no customer's record has ("fac-name", "park-address",
    "staff-title": a column a roster or a facility list vetoes, in two words or more), else None."""
    for token in (element.get("class") or "").split():
        words = _attribute_words(token)
        if words and (" " in words and header_kind(words)[0] == "veto" if owners
                      else header_kind(words)[0] in _CLASSED_FIELD_KINDS):
            return words
    return None


def _label_value_runs(children: list[Tag]) -> list[tuple[str, list[Tag]]] | None:
    """Children starting with a label, split at each child whose class names a label: (label, values) per run;
    None when a label's text is no label (a sentence in a "label" element)."""
    pairs = []
    for index, child in enumerate(children):
        if index == 0 or _names_a_label(child, children[index + 1:index + 2]):
            label = label_text(_text_of(child))
            if not is_label_like(label):
                return None
            pairs.append((label, []))
        else:
            pairs[-1][1].extend(_field_values([child]))
    return [pair for pair in pairs if pair[1]] if len(pairs) > 1 else pairs


def _field_values(children: list[Tag]) -> list[Tag]:
    return [c for c in children if c.name not in _NOT_FIELD_VALUES and _text_of(c)]


def _names_a_label(element: Tag, following: list[Tag]) -> bool:
    """A class naming the label of something ("field__label", "views-label", "acf-label"), or a bare "label" right
    before a sibling whose class names a value ("label" / "value", "label" / "field-item"); not a bare "label"
    alone (Bootstrap's badge) nor a wrapper's layout ("field--label-above"); no block inside it."""
    if element.name == "label":  # a form's label of a control names the control's value; one over a value shown
        return _labels_shown_value(element, following)  # as text ("<label>Name</label><span>Ana Ruiz</span>") its text
    for token in (element.get("class") or "").lower().split():
        words = [w for w in _WORD_SPLIT.split(token) if w]
        if words and words[-1] == "label" and (len(words) >= 2 or any(map(_names_a_value, following))):
            return element.find(_LABEL_BLOCKS) is None  # the search of its subtree last: most have no such class
    return False


def _abuts_another_kind(before, element: Tag) -> bool:
    """Whether an inline element's text starts right where the text before it ends, a digit against a letter: two
    fields a card set side by side in their own elements ("<span>(909) 555-0142</span><small>Acct 3-551-...</small>"),
    which no space parts in the markup but a reader parts all the same. Not the letters of one word split by
    styling ("<b>W</b>ord"), nor the digits of one number ("<span>909</span><span>555</span>...")."""
    if not isinstance(before, str) or not before:
        return False
    first = next((text for text in element.descendants
                  if isinstance(text, _TEXT_TYPES) and not isinstance(text, Comment)), "")[:1]
    last = before[-1]
    if not first or last.isspace():
        return False
    return (last.isdigit() and first.isalpha() or last.isalpha() and first.isdigit()
            or _another_field(element))


def _another_field(element: Tag) -> bool:
    """Whether an inline element right after a sibling inline element is another field of a card, each named by a
    class of its own ("<span class='cust-name'>Ana Ruiz</span><span class='cust-email'>ana@...</span>"): a template's
    or a widget's fields, which its style sheet sets apart, not the halves of one word styled apart, which one class
    marks or none ("<b class='initial'>W</b>ord", "<span class='hl'>W</span><span class='hl'>ord</span>")."""
    before = element.previous_sibling
    if not isinstance(before, Tag) or before.name in _BLOCKS or not element.get("class") or not before.get("class"):
        return False
    return (before["class"] != element["class"] and len(_text_of(before)) > 1
            and len(_text_of(element)) > 1)


def _labels_shown_value(label: Tag, following: list[Tag]) -> bool:
    """Whether a ``<label>`` tied to no control (no ``for``, none inside it) stands right before an element showing
    a value as text, a read-only copy of a form ("<label>Service address</label><span>12 Elm St</span>")."""
    return (not label.get("for") and label.find(_CONTROLS) is None and bool(following)
            and following[0].name not in _CONTROLS and following[0].find(_CONTROLS) is None
            and following[0].find(_LABEL_BLOCKS) is None)


_CONTROLS = ("input", "select", "textarea", "button")


def _names_a_value(element: Tag) -> bool:
    """A class naming what a label labels ("value", "field__item", "field-content", "acf-value")."""
    return any(_WORD_SPLIT.split(token)[-1] in _VALUE_CLASS_WORDS
               for token in (element.get("class") or "").lower().split())


def _seek_link(element: Tag) -> bool:
    """A transcript's link to a moment of its video, its text the time ("<a href="#t=501">00:08:21</a>" opening a
    cue): the player's control, no words of the speech, which runs on across it."""
    href = element.get("href") or ""
    return bool(_SEEK_TARGET.search(href if isinstance(href, str) else "")) and bool(
        _CLOCK.fullmatch(element.get_text().strip()))


_SEEK_TARGET = re.compile(r"[#?&](?:t|time|start)=\d|^#\d+(?:\.\d+)?$")
_CLOCK = re.compile(r"\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?")


def _speaker_label(element: Tag) -> bool:
    """An inline element whose class names the speaker of a chat message, before the message's own element
    (``<span class="who">Visitor</span> <span class="text">Hi, this is ...</span>``): read as a transcript's
    "Visitor: Hi, this is ...", the visitor's line, as a plain-text transcript writes it."""
    if not any(word in _SPEAKER_CLASS_WORDS for token in element["class"].lower().split()
               for word in _WORD_SPLIT.split(token)):
        return False
    label = _text_of(element)
    message = element.find_next_sibling()
    after = element.next_sibling  # the export's own colon after the label: `<span class="author">Ava</span>: ...`
    return (0 < len(label) <= _SPEAKER_CHARS and not label.endswith(":") and message is not None
            and bool(_text_of(message)) and not (isinstance(after, str) and after.lstrip().startswith(":")))


def _is_custom_element(tag: str) -> bool:
    """Whether ``tag`` names a custom element (a web component): its name has a hyphen (``qb-account-card``), as
    no HTML element's does."""
    return "-" in tag and tag[:1].isalpha()


def _names_a_property(name: str) -> bool:
    """Whether a custom element's attribute ``name`` is one of its own properties, not a global attribute (id,
    class, style, slot, role, aria-*, an event handler) or a framework's directive or marker (v-if, :items,
    @click, ng-version, _nghost-c0, x-data)."""
    return (name not in _GLOBAL_ATTRIBUTES and not name.startswith(_DIRECTIVE_PREFIXES)
            and not (name.startswith("on") and name.isalpha()))


def _data_label(name: str) -> str:
    """A data attribute's name as the field name it is: "data-acct-no" -> "acct no", "data-customer_id" ->
    "customer id"."""
    return _attribute_words(name[len("data-"):]) or name


_FIELD_SEPARATOR = re.compile(r"\s*\|\s*|;(?=\S)")  # "Ana Ruiz|(909) 555-0147|3-118-2040-77", "a;b"


def _joined_fields(value: str) -> str | None:
    """A value that joins several fields with "|" or ";" (a widget's "name|phone|account"), its fields apart as
    "a | b | c"; None for a value of one field."""
    fields = [field.strip() for field in _FIELD_SEPARATOR.split(value) if field.strip()]
    return " | ".join(fields) if len(fields) > 1 else None


def _attribute_words(name: str) -> str:
    """The words of a name given in markup: "customer_id", "acct-no", "customerId" -> "customer id", ...."""
    return " ".join(w for w in _WORD_SPLIT.split(_CAMEL_CASE.sub(" ", name)) if w).strip()


def _control_name_words(name: str | None) -> str:
    """The words of a form control's field name: "ctl00$Main$hfAccountNo" -> "Account No", "acct_no" -> "acct no"."""
    field = (name or "").rsplit("$", 1)[-1]
    return _attribute_words(_CONTROL_TYPE_PREFIX.sub("", field))


def _identifier_label(label: str | None) -> str | None:
    """The label of an option's value, the identifier the form sends for the thing chosen: "Select customer" ->
    "Select customer ID"; a label naming an identifier already ("customer id", "Account #") stays."""
    if not label or _NAMES_IDENTIFIER.search(label):
        return label
    held = _HELD_QUALIFIER.search(label)  # "account on file" -> "account ID on file", not a "file ID"
    return f"{label[:held.start()]} ID{label[held.start():]}" if held else f"{label} ID"


def _readable_url(value: str) -> str:
    """The URL with its query (and a fragment of parameters) decoded, when it carries user-info or
    parameters with values; "" for any other URL, which holds nothing a detector looks for. A decoded value
    holding "&" or "#" is quoted: unquoted, a reader of the URL would take it to end there (a password
    "Ocelot%235521" is "Ocelot#5521", not "Ocelot")."""
    value = value.strip()
    if "?" not in value and "@" not in value and "=" not in value:
        return ""
    try:
        parts = urlsplit(value)
        userinfo = "@" in parts.netloc
    except ValueError:
        return ""
    pairs = [(k, v) for piece in (parts.query, parts.fragment if "=" in parts.fragment else "")
             for k, v in parse_qsl(piece) if v.strip()]
    if not userinfo and not pairs:
        return ""
    head = f"{parts.scheme}:" if parts.scheme else ""
    head += f"//{parts.netloc}" if parts.netloc else ""
    values = [collapse(v) for _, v in pairs]
    values = [f'"{v}"' if any(c in v for c in "&#") and '"' not in v else v for v in values]
    query = "&".join(f"{k}={v}" for (k, _), v in zip(pairs, values))
    return collapse(head + parts.path + (f"?{query}" if query else ""))


# a form value written as a URL's query (a form plugin's prefilled field values, "acct=...&name=Ana+Ruiz&email=...")
_QUERY_STRING = re.compile(r"[\w.\[\]-]+=[^&=\s]*(?:&[\w.\[\]-]+=[^&=\s]*)+")


def _query_record(value: str) -> dict[str, str] | None:
    """A URL's query parameters as one record's fields, when two or more of them name a record's fields ("account",
    "name", "addr", "kwh"): a lookup link writes a customer's record into its query. None for any other URL."""
    try:
        pairs = [(k, collapse(v)) for k, v in parse_qsl(urlsplit(value.strip()).query) if v.strip()]
    except ValueError:
        return None
    named = [k for k, _ in pairs if header_kind(k)[0] in ("name", "address", "phone", "email", "account", "usage")]
    return dict(pairs) if len(named) >= 2 else None


def _astro_props(value):
    """An Astro island's props without their type tags: Astro writes each value as ``[type, value]`` (0 a plain value,
    1 an array, then dates, maps, sets ...), whose tag read as a figure ("usageKwh": [0, 1508] gave a "0 kWh")."""
    if isinstance(value, dict):
        return {key: _astro_props(item) for key, item in value.items()}
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) and not isinstance(value[0], bool):
        tagged = value[1]
        if value[0] == 1 and isinstance(tagged, list):
            return [_astro_props(item) for item in tagged]
        return _astro_props(tagged) if isinstance(tagged, dict) else tagged
    return value


# base64 of a JSON object or array: '{"' encodes as "eyJ" and '[{' as "W3s" (standard or URL-safe alphabet)
_BASE64_JSON = re.compile(r"(?:eyJ|eyAi|W3s|WyJ)[A-Za-z0-9+/_-]{8,}={0,2}")


def _questions_and_answers(definitions: Tag) -> bool:
    """Whether a ``<dl>`` is a page's FAQ, its terms questions ("Why was my usage high?") and its definitions the
    answers: text to read, not a record whose fields the questions name."""
    terms = [_text_of(term) for term in definitions.find_all("dt", recursive=False)]
    return bool(terms) and 2 * sum(term.rstrip().endswith(("?", "\uff1f")) for term in terms) > len(terms)


# a microformat contact's root classes and its properties' (hCard's and microformats2's), labelled as a vCard's lines are
_HCARD_ROOTS = frozenset({"vcard", "h-card"})
_HCARD_PROPERTIES = {"fn": "FN", "p-name": "FN", "tel": "TEL", "p-tel": "TEL", "email": "EMAIL", "u-email": "EMAIL",
                     "adr": "ADR", "p-adr": "ADR", "h-adr": "ADR", "street-address": "ADR", "p-street-address": "ADR",
                     "org": "ORG", "p-org": "ORG", "title": "TITLE", "p-job-title": "TITLE", "role": "ROLE",
                     "p-role": "ROLE", "note": "NOTE", "p-note": "NOTE"}


def _hcard_label(classes: str | None) -> str | None:
    """The field name of a microformat contact's property by its classes ("fn": "name", "p-tel": "phone"), or None."""
    names = (classes or "").split()
    if ("fn" in names or "p-name" in names) and ("org" in names or "p-org" in names):
        return CARD_LABELS["ORG"]  # hCard's "fn org": the card is an organisation's, its name the firm's
    for name in names:
        if name in _HCARD_PROPERTIES:
            return CARD_LABELS[_HCARD_PROPERTIES[name]]
    return None


def _inside_property(element: Tag, card: Tag, properties: dict) -> bool:
    """Whether a property of a microformat contact stands inside another of its properties (an ``adr``'s
    ``street-address``): the outer one is the field."""
    for parent in element.parents:
        if parent is card:
            return False
        if id(parent) in properties:
            return True
    return False


_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _percent_decoded(value: str) -> str:
    """An attribute's value written percent-encoded as a whole, as a query string writes it ("ana.ruiz%40gmail.com",
    "Ana%20Ruiz", "Ana+Ruiz%2C+12+Oak+St"), decoded: the page's script decodes it for the screen, and anyone reading
    the source does so in one step. A value with a space in it is text as written ("50%25 off" stays), and so is one
    that does not decode to text."""
    if not _PERCENT_ESCAPE.search(value) or any(character.isspace() for character in value.strip()):
        return value
    try:
        return unquote_plus(value, errors="strict")
    except UnicodeDecodeError:
        return value


def _json_in_attribute(value: str):
    """The JSON object or array an attribute holds (a widget's ``data-props``), or None. Frameworks hand a widget
    its state percent-encoded (``%7B%22acct%22...``) or in base64 (``eyJhY2N0Ijo...``) to keep quotes out of the
    markup: anyone reading the source decodes it in one step, so it is read as the JSON it is."""
    if len(value) > _MAX_MARKUP_CHARS:
        return None
    value = value.strip()
    if value[:3].upper() in ("%7B", "%5B"):
        value = unquote(value)
    elif _BASE64_JSON.fullmatch(value):
        value = base64_text(value.replace("-", "+").replace("_", "/") + "=" * (-len(value) % 4)) or ""
    if value[:1] not in ("{", "["):
        return None
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, (dict, list)) else None


def _attribute_data(value: str):
    """The data an attribute holds: JSON (see ``_json_in_attribute``) or a JavaScript literal of plain values
    (``{name: 'Ana Ruiz'}``, as a Vue binding writes it); None for text or code."""
    data = _json_in_attribute(value)
    if data is None and len(value) <= _MAX_MARKUP_CHARS:
        data = js_object_literal(value)
    return data


# a CSS "content" declaration's value, its strings in double or single quotes
_CSS_CONTENT = re.compile(r"""(?<![\w-])content\s*:\s*((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^;}"'])*)""", re.I)
_CSS_STRING = re.compile(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""", re.S)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|\n|(.))", re.S)
_MIN_CSS_WORD_CHARACTERS = 4  # fewer letters and digits: a glyph, a quote mark, a bullet, a separator or a label


def shown_by_css(css: str) -> list[str]:
    """The texts of the ``content`` declarations of ``css`` that are words (``"Account 4410-22"``), not an icon font's
    glyph, a quote mark, a counter or a short decoration."""
    if "content" not in css.lower():
        return []  # str.find first: every element's style attribute comes here, and few set a "content"
    texts = []
    for declaration in _CSS_CONTENT.finditer(css[:_MAX_MARKUP_CHARS]):
        text = collapse("".join(_css_unescaped(m.group(1) if m.group(1) is not None else m.group(2))
                                for m in _CSS_STRING.finditer(declaration.group(1))))
        if sum(c.isalnum() for c in text) >= _MIN_CSS_WORD_CHARACTERS:
            texts.append(text)
    return texts


def css_link_targets(css: str) -> list[str]:
    """The URLs a style sheet loads (``url()``, ``@import``) that carry user-info, as :func:`_readable_url` gives
    them: ``background: url(http://cdn:PASSWORD@host/bg.png)`` publishes the password as a link's target does."""
    if "@" not in css:
        return []  # str.find first: every element's style attribute comes here, and few name a user
    urls = dict.fromkeys([*stylesheet_links(css)[0], *css_urls(css)])
    return [_readable_url(url) for url in urls if has_userinfo(url)]


def _css_unescaped(text: str) -> str:
    """A CSS string's text: ``\\201C`` is the character it numbers, ``\\"`` the quote; a private-use
    character (an icon font's glyph, ``\\f101``) is no text."""
    def character(match: re.Match) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xE000 <= code <= 0xF8FF else ""
        return match.group(2) or ""
    return _CSS_ESCAPE.sub(character, text)


# the attributes that describe a link in words (a tooltip, a screen reader's name for it), as read
_LINK_DESCRIPTIONS_READ = frozenset({"title attribute", "aria-label attribute", "aria-description attribute"})


# a connection string's credential, as an attribute's value holds it ("...;User ID=web;Password=...;")
_CONNECTION_CREDENTIAL = re.compile(r"(?i)(?:^|;)\s*(?:password|pwd)\s*=\s*[^;\s]")


def _dialled_unshown(element: Tag, attributes: dict) -> str | None:
    """The number a ``tel:`` link dials when its text does not show it, as written for reading; None for any other
    element or link. A description of the link (its ``title``, its ``aria-label``: "Ana Ruiz re acct ...") says whose
    number it dials, as its text would if it showed the number: the number is read with the description too, the
    two a record of the link (as a marker's data-* are one), so that the phone is judged by whose the description
    says it is, a customer's or an office's."""
    href = attributes.get("href")
    if not isinstance(href, str) or not href.lower().startswith("tel:"):
        return None
    target = href.split(":", 1)[1].partition("?")[0]
    shown = _text_of(element)
    if not target.strip() or target in shown or _same_number(target, shown):
        return None
    return _readable_phone(collapse(target)) or None


def _readable_phone(target: str) -> str:
    """A tel: target as a number is written: "+13233563416" -> "+1 323-356-3416"; others as they are."""
    target = unquote(target).strip()
    digits = "".join(c for c in target if c.isdigit())
    if len(digits) == 11 and digits[0] == "1":
        return f"+1 {digits[1:4]}-{digits[4:7]}-{digits[7:]}"
    if len(digits) == 10 and not target.startswith("+"):
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return target


def _same_number(target: str, shown: str) -> bool:
    """Whether a tel: target's digits (without a country code 1) are a number the link's text shows."""
    digits = "".join(c for c in target if c.isdigit())
    digits = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
    return len(digits) >= 7 and digits in "".join(c for c in shown if c.isdigit())


def _lays_out_page(table: Tag, cell_rows: list[list[Tag]], rows: list[list[TableCell]]) -> bool:
    """A table used to lay out a page rather than to hold data (old CMS templates put the navigation, the
    body and the footer in rows of one, or a sidebar beside the body): marked so (``role="presentation"``), or,
    with no header cell and no caption, one column of blocks, or cells that hold headings or tables of their
    own, or several paragraphs or lists. Browsers and screen readers tell the two apart by much the same signs."""
    if (table.get("role") or "").strip().lower() in ("presentation", "none"):
        return True
    if any(c.header for cells in rows for c in cells) or table.find("caption", recursive=False):
        return False
    if all(sum(1 for c in cells if c.text) <= 1 for cells in rows):
        return True
    if any(sum(1 for child in cell.children if child.name in _CELL_BLOCKS) > 1 for cells in cell_rows for cell in cells):
        return True
    return table.find(("table", "h1", "h2", "h3", "h4", "h5", "h6")) is not None


_DRAFT_FIELDS = ("subject", "body", "cc", "bcc")


def _mail_draft(recipient: str, query: str) -> str:
    """The message a ``mailto:`` link with fields starts ("?subject=Customer%20...&body=..."), a line for its
    recipient and each field, as a mail client shows it (RFC 6068: percent-encoded, a "+" is itself); "" when
    the link fills in no field."""
    lines = [f"To: {unquote(recipient)}"] if recipient else []
    for part in query.split("&"):
        name, _, value = part.partition("=")
        text = " ".join(unquote(value).split())
        if text and name.lower() in _DRAFT_FIELDS:
            lines.append(f"{name.capitalize()}: {text}")
    return "\n".join(lines) if len(lines) > bool(recipient) else ""


_FOOTER_CHARS = 300  # a layout table's footer row: the site's name, address, phone, mailbox, copyright
_COPYRIGHT = re.compile(r"(?i)©|&copy;|\bcopyright\b|all rights reserved")


def _layout_chrome(cell_rows: list[list[Tag]]) -> list[Tag]:
    """What an old template's layout table holds around the page's content, as a ``<footer>`` and a ``<nav>``
    would in a newer one: the short rows after the row holding the content, at the table's end, that link somewhere
    or carry a copyright (the site's address line, on every page), and the cells beside the content that are
    links and little else (the menu). The content row is the one with the most text; the rows above it are left
    alone (a page's title and introduction may sit there)."""
    texts = [[_text_of(cell) for cell in cells] for cells in cell_rows]
    sizes = [sum(len(t) for t in row) for row in texts]
    if len(cell_rows) < 2 or not any(sizes):
        return []
    content = max(range(len(cell_rows)), key=sizes.__getitem__)
    chrome: list[Tag] = []
    for index in range(len(cell_rows) - 1, content, -1):
        cells = cell_rows[index]
        if sizes[index] > _FOOTER_CHARS or any(c.find(("table", "h1", "h2", "h3", "h4", "h5", "h6", "form"))
                                               for c in cells):
            break
        if not any(c.find("a") for c in cells) and not _COPYRIGHT.search(" ".join(texts[index])):
            break
        chrome.append(cells[0].parent)
    main_text = max(texts[content], key=len)
    for cell, text in zip(cell_rows[content], texts[content]):
        links = cell.find_all("a")
        if len(links) >= 2 and text != main_text and sum(len(_text_of(a)) for a in links) >= 0.7 * len(text):
            chrome.append(cell)
    return chrome


def _commented_rows(comments: list[Comment]) -> list[list[TableCell]]:
    """The cells of the first rows commented out of a table (``<!-- <tr><td>...</td></tr> -->``)."""
    rows = []
    for comment in comments:
        markup = str(comment)
        if len(markup) > _MAX_MARKUP_CHARS or not _COMMENTED_ROW.search(markup):
            continue
        for tr in _parse(f"<table>{markup}</table>").find_all("tr", limit=_LAYOUT_COMMENTED_ROWS - len(rows)):
            rows.append([_table_cell(c) for c in tr.find_all(("td", "th"))])
        if len(rows) >= _LAYOUT_COMMENTED_ROWS:
            break
    return rows


def _split_header(table: Tag) -> list[Tag]:
    """The header rows of a table with no header cells whose column headers a script put in a table of their own
    just before it (DataTables' ``scrollX``/``scrollY``: ``dataTables_scrollHead`` over ``dataTables_scrollBody``,
    Bootstrap Table's ``fixed-table-header``): the rows of the nearest table before it, itself or its wrapper's,
    when that table holds header rows only; [] otherwise."""
    for element in (table, table.parent):
        before = element.find_previous_sibling(True) if element is not None else None
        if before is None:
            continue
        head = before if before.name == "table" else before.find("table")
        if head is None or head.find_parent("table") is not None:
            return []
        rows = head.find_all("tr")
        if rows and all(cell.name == "th" for row in rows for cell in row.find_all(("td", "th"))):
            return rows
        return []
    return []


def _data_label_layout(cell_rows: list[list[Tag]]) -> TableLayout | None:
    """A responsive table with no header cells, each cell naming its column in ``data-label`` (the theme shows
    it beside the value on a phone): every row a record, each cell labelled by its ``data-label`` as a ``<th>``
    over its column would label it. None for any other table."""
    cells = [cell for row in cell_rows for cell in row]
    if not cells or any(cell.name == "th" or not (cell.get("data-label") or "").strip() for cell in cells):
        return None
    roles = [[CellRole(label_text(collapse(cell["data-label"])) or None, True) for cell in row] for row in cell_rows]
    carried = {(index, number): list(range(index + 1, min(index + _span(cell, "rowspan"), len(cell_rows))))
               for index, row in enumerate(cell_rows) for number, cell in enumerate(row) if _span(cell, "rowspan") > 1}
    return TableLayout(set(), False, roles, carried)


# a record's number in a report's first column: "1", "#12", "003.", "(4)"
_RECORD_NUMBER = re.compile(r"\(?#?\d{1,5}[.)]?")


def _numbered_records(cell_rows: list[list[Tag]], layout: TableLayout) -> dict[int, int]:
    """The rows of a report whose records each take several lines (a CIS printout: the record's number spans
    its rows, the name and address on the first line, the premise, reading and phone on the next): each data
    row after a record's first -> that first row. Only when every data row lies under a first cell spanning
    rows that numbers the record; a first column that groups rows by a word (a department, a day) groups
    records, and each row stays one."""
    covered_by = {}
    for index, cells in enumerate(cell_rows):
        if index in layout.header_rows or index in covered_by:
            continue
        covered = layout.carried.get((index, 0))
        if not cells or not covered or not _RECORD_NUMBER.fullmatch(_text_of(cells[0])):
            return {}
        covered_by.update((row, index) for row in covered)
    return covered_by


def _titled_records(cell_rows: list[list[Tag]], layout: TableLayout) -> dict[int, int]:
    """The rows of a table whose records each take two: a title row of one cell across the table (the person's or the
    place's name) over one row of its details (the street, the phone, the usage): each details row -> its title row.
    Only when every data row is one of such pairs; a title row over several rows heads a group of records (a
    directory's "Neighborhood Parks"), each row its own."""
    titled: dict[int, int] = {}
    title = None
    for index, cells in enumerate(cell_rows):
        if index in layout.header_rows or not cells:
            continue
        if len(cells) == 1 and _span(cells[0], "colspan") > 1:
            if title is not None:
                return {}  # a title row over no details row
            title = index
        elif title is None or len(cells) < 2:
            return {}  # a details row under no title, or a second one under the same title
        else:
            titled[index], title = title, None
    return titled if title is None else {}


def _table_cell(cell: Tag) -> TableCell:
    return TableCell(_text_of(cell) or _control_shown(cell), cell.name == "th", _span(cell, "colspan"),
                     _span(cell, "rowspan"))


# what a box with nothing typed in it shows, for laying out its table: a value cell still, an empty one
_BLANK_BOX = "_"
_TICK_BOXES = frozenset({"checkbox", "radio"})


def _control_shown(cell: Tag) -> str:
    """What a table cell holding only a form's input shows, for laying out the table: the value typed in it (a
    cached postback's ``value=``), a box ticked or not, or a blank box. A form laid out as a table ("Applicant name
    | [Ana Ruiz]", "Phone | [...]") keeps its values in its inputs, not in its cells' text: its rows are label | value
    pairs all the same, one record of one person, as the same form typed out is. "" for a cell of no input."""
    controls = [c for c in cell.find_all("input")
                if (c.get("type") or "text").lower() not in ("hidden", *_VISIBLE_INPUT_VALUES)]
    if len(controls) != 1:
        return ""
    control = controls[0]
    if (control.get("type") or "text").lower() in _TICK_BOXES:
        return "[x]" if control.has_attr("checked") else "[ ]"
    return collapse(control.get("value") or "") or _BLANK_BOX


def _span(cell: Tag, attribute: str) -> int:
    """A cell's colspan or rowspan (``rowspan="0"``, to the end of its section, counts as its own row)."""
    try:
        return max(1, min(int(cell.get(attribute) or 1), 1000))
    except ValueError:
        return 1


def _shown_backwards(element: Tag) -> bool:
    """Whether an inline element's style overrides the text's direction right to left, so that a browser shows its
    characters in reverse (``<span style="unicode-bidi:bidi-override;direction:rtl">moc.liamg@zeur.ana</span>`` shows
    ana.ruez@gmail.com, a mailbox written backwards to keep it from harvesters): its text is read as shown. A text
    in a right-to-left script is already stored in the order it is read, and stays as written."""
    style = element.attrs.get("style")
    return bool(style and _BIDI_OVERRIDE.search(style) and _RIGHT_TO_LEFT.search(style)
                and not _RIGHT_TO_LEFT_LETTERS.search(element.get_text()))


# a mailbox's halves in an element's data attributes, which a script joins with "@" into the element (a harvest guard:
# <span data-user="ana.ruiz" data-domain="gmail.com">): the attributes' names and the halves' shapes
_MAILBOX_USER_ATTRIBUTES = frozenset({"data-u", "data-user", "data-username", "data-local", "data-mailbox", "data-box",
                                      "data-handle"})
_MAILBOX_DOMAIN_ATTRIBUTES = frozenset({"data-d", "data-domain", "data-dom"})
_LOCAL_PART = re.compile(r"(?=[\w.+-]*[A-Za-z])[\w.+-]{1,64}")
_MAIL_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}")


def _data_mailbox(attributes: dict) -> str | None:
    """The mailbox an element's data attributes hold in halves, a user's and a domain's (``data-u="ana.ruiz"
    data-d="gmail.com"``), that the page's script writes into it as a link: read where the element stands, as the page
    shows it."""
    users = [v for k, v in attributes.items() if k in _MAILBOX_USER_ATTRIBUTES and isinstance(v, str)]
    domains = [v for k, v in attributes.items() if k in _MAILBOX_DOMAIN_ATTRIBUTES and isinstance(v, str)]
    if len(users) == 1 and len(domains) == 1 and _LOCAL_PART.fullmatch(users[0].strip()) \
            and _MAIL_DOMAIN.fullmatch(domains[0].strip()):
        return f"{users[0].strip()}@{domains[0].strip()}"
    return None


# a declarative shadow root's template (Chrome's first spelling was "shadowroot")
_SHADOW_ROOT = frozenset({"shadowrootmode", "shadowroot"})
# a shadow root's own style that hides its host: ":host { display: none }", ":host([hidden]) {...}" is no rule for
# every host and is not taken
_HIDDEN_HOST = re.compile(r":host\s*\{([^}]*)\}", re.I)


def _shadow_root_hidden(template: Tag) -> str | None:
    """Why the browser shows nothing of a declarative shadow root: its own ``<style>``'s rule for ``:host`` hides
    the host (the host's own attributes hide it already, in the frame the shadow root inherits)."""
    for style in template.find_all("style", recursive=False):
        for rule in _HIDDEN_HOST.finditer("".join(style.strings)):
            if _DISPLAY_NONE.search(rule.group(1)):
                return "display:none"
            if _VISIBILITY_HIDDEN.search(rule.group(1)):
                return "visibility:hidden"
    return None


# a container that lays its children out as flex or grid items, by its class or style ("d-flex", "flex-row",
# "grid", "display: flex"): each child is a box of its own, not a word of a sentence
_FLEX_CLASS = re.compile(r"(?:^|\s)(?:d-flex|flex|flex-row|flex-wrap|inline-flex|grid|d-grid)(?:\s|$)")
_FLEX_STYLE = re.compile(r"display\s*:\s*(?:inline-)?(?:flex|grid)", re.I)


def _flex_item(element: Tag) -> bool:
    """Whether an inline element is a flex or grid container's item: a browser lays it out as a box of its own
    ("<div class="flex-row"><span>Ana Ruiz</span><span>4410 Elm St</span>" shows two cells, not "Ana Ruiz4410 Elm
    St")."""
    values = element.parent.attrs if element.parent is not None else {}
    return bool(_FLEX_CLASS.search(values.get("class", "")) or _FLEX_STYLE.search(values.get("style", "")))


def _screen_reader_only(values: dict) -> bool:
    """Whether an element's class or style keeps its text off the screen for screen readers only (``sr-only``,
    ``left:-9999px``, ``clip: rect(0 0 0 0)``)."""
    return bool(not _SCREEN_READER_CLASSES.isdisjoint(values.get("class", "").split())
                or _OFF_SCREEN.search(values.get("style", "")))


def _hidden_reason(tag: str, values: dict) -> str | None:
    if tag == "noscript":
        return "noscript"
    if tag == "template":
        return "template"
    if tag == "textarea":
        return "form value"
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


def _names_a_component(values: dict) -> bool:
    """Whether a class names the part of a component of the content ("card-header", "panel-footer")."""
    return any(_WORD_SPLIT.split(name)[0] in _COMPONENT_WORDS for name in values.get("class", "").lower().split())


def _is_chrome(tag: str, role: str, values: dict, frame: _Frame) -> bool:
    """Site header, footer and navigation: the ARIA landmarks, and their usual ids and classes
    ("site-header", "navbar", "topnav", "main-menu", "region-footer"; not "card-header", and never inside
    ``main``/``article``, where such names label parts of the content)."""
    if tag == "nav" or role in _CHROME_ROLES:
        return True
    if tag in ("header", "footer"):  # a component's own ("card-header") is the component's part
        return not frame.parent.sectioned and not _names_a_component(values)
    if frame.in_main or tag in ("html", "body") or not values:
        return False
    for name in f"{values.get('id', '')} {values.get('class', '')}".lower().split():
        words = _WORD_SPLIT.split(name)
        first = words[0]
        if first.startswith(_CHROME_WORDS) or first.endswith(_CHROME_WORDS) or (
                first in _CHROME_PREFIXES and len(words) > 1 and words[1].startswith(_CHROME_WORDS)):
            return True
        # a theme's own name for its header or footer ("region-footer", "gov-footer", "l-header")
        if len(words) > 1 and words[-1] in ("header", "footer") and first not in _COMPONENT_WORDS:
            return True
    return False
