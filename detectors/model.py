"""The shared data model: what extraction produces and what detectors consume.

Extraction turns any fetched file into a :class:`Document`: text segments, each with a
:class:`Location` a person can find again (PDF page, line, element path, sheet cell), flags for text a
reader does not see, and :class:`Record` groups for structure (a table row, a spreadsheet row, a label
block) so that detectors can tell a customer record from loose text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

SEVERITIES = ("high", "medium", "low")  # the one order of severities: most severe first, as reports list them
DEFAULT_RULE = "PCE-01 6.3"


def severity_rank(severity: str) -> int:
    """A number that grows with severity (low 0, medium 1, high 2), for ``max`` and comparisons."""
    return len(SEVERITIES) - 1 - SEVERITIES.index(severity)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a piece of text is, in terms a person can follow in a browser or viewer."""

    page: int | None = None  # 1-based page of a PDF (or frame of a multi-page image)
    line: int | None = None  # 1-based line of a text or CSV file, or of a PDF page
    element: str | None = None  # HTML element path, "Sheet1!B4", "table 1 > row 2 > cell 3", "paragraph 7"
    # the box on the PDF page the text lies under (a failed redaction): left, top, right, bottom in points
    # from the page's top-left corner, as a viewer measures them
    box: tuple[float, float, float, float] | None = None
    ocr: bool = False  # the text was read from an image by OCR (a scanned page): "page 3 (OCR)"
    attachment: str | None = None  # the file embedded in the document (a PDF attachment) the text is in

    def __reduce__(self):
        """Pickled as its fields in order: a table's 100,000 locations cross from a worker to the collector."""
        return Location, _LOCATION_FIELDS(self)

    def as_dict(self) -> dict:
        out = {k: v for k, v in (("page", self.page), ("line", self.line), ("element", self.element))
               if v is not None}
        if self.box is not None:
            out["box"] = [round(v, 1) for v in self.box]
        if self.ocr:
            out["ocr"] = True
        if self.attachment is not None:
            out["attachment"] = self.attachment
        return out


_LOCATION_FIELDS = attrgetter(*Location.__slots__)  # its fields in order, in one C call


# the ``hidden`` reasons of code rather than of text a person wrote: a page's script, a script file of the site's,
# a link's target; a bare run of digits there is code's id, no one's number
CODE_SEGMENTS = ("inline script", "script file", "link target")
# the ``hidden`` reasons of the attributes that describe their element (a photo's alt and title, a link's aria-label,
# a map marker's data-*): one thing's description, however each is hidden
ELEMENT_DESCRIPTIONS = frozenset({"alt attribute", "title attribute", "aria-label attribute", "aria-description attribute",
                                  "data attribute"})


@dataclass(eq=False, slots=True)
class Segment:
    """A run of text from one place in a document.

    ``hidden`` says why a reader of the rendered page does not see it although anyone can read it
    (``"html comment"``, ``"display:none"``, ``"hidden input"``, ``"alt attribute"``, ``"meta tag"``,
    ``"hidden sheet"``, ``"hidden row"``, ``"cell comment"``, ``"tracked deletion"`` ...); None when visible.
    ``label`` is the field name this text is the value of, when the structure says so: a table's column
    header, the ``<th>``/``<dt>``/``<label>`` beside it, a spreadsheet header cell.
    ``chrome`` is True for the parts of a page a site repeats everywhere (header, footer, navigation).
    """

    text: str
    location: Location = field(default_factory=Location)
    hidden: str | None = None
    label: str | None = None
    chrome: bool = False


@dataclass(eq=False, slots=True)
class Record:
    """Fields that belong together: a table row, a CSV or spreadsheet row, a definition list.

    Each field is a :class:`Segment` (the same object as in ``Document.segments``) whose ``label`` is
    the field's name. A record is what ties a person to an account, an address or a usage figure.
    """

    fields: list[Segment]
    location: Location = field(default_factory=Location)
    # the document's markup says it lists a business, an organization or a place (schema.org): the context takes it
    # for the public listing it says it is unless a field of it is a customer's
    listing: bool = False

    def labelled(self) -> list[tuple[str, Segment]]:
        return [(f.label or "", f) for f in self.fields]


@dataclass(eq=False)
class Document:
    """Everything extraction found in one fetched file."""

    url: str
    content_type: str
    segments: list[Segment] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    title: str | None = None
    pages: int | None = None  # page count of paged formats (PDF)
    warnings: list[str] = field(default_factory=list)  # oddities worth knowing that lost no text
    # parts of the document that were published but could not be checked (a page that needs OCR, text past the
    # extraction limit, an unreadable page): the document then does not count as checked
    unchecked: list[str] = field(default_factory=list)

    @property
    def text_size(self) -> int:
        return sum(len(s.text) for s in self.segments)

    def next_lines(self) -> dict[int, Segment]:
        """The segment after each one (by ``id``) on the same page and shown or hidden alike: where a line break may
        have cut a value (a picture's alt text does not go on in the text box drawn after it)."""
        return {id(a): b for a, b in zip(self.segments, self.segments[1:]) if _one_flow(a, b)}

    def previous_lines(self) -> dict[int, Segment]:
        """The segment before each one (by ``id``) on the same page and shown or hidden alike: where a line break
        may have cut a sentence."""
        return {id(b): a for a, b in zip(self.segments, self.segments[1:]) if _one_flow(a, b)}


def _one_flow(a: Segment, b: Segment) -> bool:
    return a.location.page == b.location.page and a.hidden == b.hidden


@dataclass(eq=False, slots=True)
class Finding:
    """One match of a detector: raw value and where it is. Never written out as is; see ``engine``."""

    category: str
    severity: str
    segment: Segment
    start: int  # span of the value in segment.text
    end: int
    rule: str = DEFAULT_RULE
    why: str = ""  # short reason a reviewer can check: "valid SSN beside label 'SSN'"
    normalized: str | None = None  # canonical form for fingerprints and counting (digits only, lower case)
    # a contact detail outside any customer context: if the same value shows on many pages of the site it
    # is the site's own published contact (a footer phone), and the collector drops it
    public_if_repeated: bool = False
    # the rest of a value a line break cut: the start of the next line, up to ``continued_end`` (a PDF wraps
    # "My bill at 17324" / "Montecito Blvd went up")
    continued: Segment | None = None
    continued_end: int = 0
    # what stood at the line break: a space between words, nothing where the break cut a word (a mailbox, "ana@g" /
    # "mail.com")
    continued_joint: str = " "

    @property
    def value(self) -> str:
        head = self.segment.text[self.start:self.end]
        if self.continued is None:
            return head
        return f"{head}{self.continued_joint}{self.continued.text[:self.continued_end]}"

    @property
    def key(self) -> str:
        return self.normalized if self.normalized is not None else self.value


@dataclass(slots=True)
class Detection:
    """A finding as the engine hands it on to the collector and the reports: a typed record, masked for display.

    ``value`` and ``key`` (the normalized value) are raw: they exist for fingerprints and for ``--reveal``
    and are never written out otherwise. ``fingerprint`` is set by the collector, which holds the key.
    """

    url: str
    category: str
    severity: str
    rule: str
    masked: str
    value: str
    key: str
    location: Location
    hidden: str | None  # why a reader of the page does not see it (see Segment.hidden)
    label: str | None  # the field name it is the value of
    context: str  # masked snippet around it
    why: str
    public_if_repeated: bool = False
    seq: int = 0  # document order: HTML and spreadsheet locations have no line
    fingerprint: str = ""
    # keyed hash of category and value wherever it is (set by the collector with the fingerprint): the same value
    # on other pages, in an earlier run or on the production site, without keeping the value
    value_id: str = ""

    def __reduce__(self):
        """Pickled as its fields in order, which unpickles several times faster than slots set one by one."""
        return Detection, _DETECTION_FIELDS(self)

    def location_dict(self) -> dict:
        """The location as findings.json writes it: page, line, element, then hidden and label."""
        out = self.location.as_dict()
        if self.hidden:
            out["hidden"] = self.hidden
        if self.label:
            out["label"] = self.label
        return out


_DETECTION_FIELDS = attrgetter(*Detection.__slots__)
