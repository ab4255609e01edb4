"""What the outputs may show of crawled text: the second line of defence after the detectors' masking.

- URL user-info (``https://stage:PASSWORD@host/``) is masked wherever a URL is written, revealed or not:
  rule 6.5, a password is never shown.
- So is the value of a query parameter named like a secret (``?password=``, ``pwd``, ``token``, ``api_key``,
  ``auth``), decoded first: ``?password=Ocelot%235521`` is a password whatever a detector made of it.
- Without ``--reveal``, every raw finding value is masked wherever else it turns up (a PDF named after the
  account number in it, a ``mailto:`` link, a query string ``?name=First+Last``), and decoded query values
  that could identify a person (an email, a long digit run, a capitalised person's name, any value of a
  parameter named like ``name``, ``email`` or ``account``) are masked even when no detector reported them.

Cost is linear in the size of the text: one Aho-Corasick automaton of every value, built once per run.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, permutations, product
from dataclasses import replace
from functools import cache
from urllib.parse import quote, quote_plus, unquote, unquote_plus, urlsplit, urlunsplit

import ahocorasick

from detectors.masking import mask_digits, mask_email, mask_generic, mask_words
from detectors.model import Detection

USAGE = "energy_usage"  # the category whose labels are months and units, not people
SECRET_CATEGORIES = frozenset({"credential"})  # masked as the detector masks them, however they are written
# shorter values are too common to mask wherever they turn up: a "42 kWh", or a usage figure's key "2024" that
# would mask every year in every URL; an identifying number (phone, account, SSN) has seven digits or more
SHORTEST_VALUE = 4
SHORTEST_NUMBER = 7
USERINFO_MASK = "****"
PASSWORD_MASK = "********"
SHOWN_LENGTH = 300  # a reason's or a refused link's length as shown, cut after it is masked (see ``shortened``)

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what a value is matched on, whatever separates them
_SEPARATORS = re.compile(r"[\W_]+")
# a URL in free text (a reason, a warning, a snippet): a scheme, then anything up to white space or quotes
_URL = re.compile(r"(?i)(?<![\w+-])(?:[a-z][a-z0-9+-]*://|mailto:)[^\s<>\"'`]+")
_TRAILING = ".,;:!?)]}"  # punctuation that ends a sentence rather than the URL in it
# each starts only where its run starts, so that a long value costs one pass, not one per character
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
# a run ends before a file type's extension that starts with a digit (".7z", ".3gp"): "Delgado_512346789.7z" is
# "*****6789.7z" as "Delgado_512346789.pdf" is "*****6789.pdf", not "******789.7z"
_DIGIT_RUN = re.compile(r"(?<![\d\-. /()])\d(?:[\d\-_ /()]|\.(?!\d+[^\W\d_]))*\d")
# a digit run in a URL's path, however it is glued to the words around it ("call-9095550142", "Delgado 512-34-6789")
# and whatever separates its groups ("2024_Delgado_512_34_6789.txt")
_DIGITS_IN_PATH = re.compile(r"(?<!\d)\d(?:[\d\-_ ()]|\.(?!\d+[^\W\d_]))*\d")
# a date as a path writes it ("20240115", "2024-01-15", "2024.01.15", "2024_01_15"): left readable
_DATE = re.compile(r"(?:19|20)\d\d([-._]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])")
# numbers a reason or a path writes that identify no one: a date, an IPv4 address
_KEPT_IN_NAME = re.compile(_DATE.pattern + r"|\d{1,3}(?:\.\d{1,3}){3}")
# "Ref 8001026149", "(909) 555-0142", "Delgado_512-34-6789.txt", "acct_3012345678_bill": a number ends at a letter or
# digit only, never at "_" (a word character, but a separator in a file's or a field's name) or "-"
_NUMBER_IN_TEXT = re.compile(r"(?<![^\W_])\d[\d\-. /()]*\d(?![^\W_])")
# a counter's line of Scrapy's stats dump ("{'downloader/response_bytes': 12345678,"): its name, its value, the rest
_STATS_LINE = re.compile(r"([{ ]?'[\w/.\-]+': )(\d+(?:\.\d+)?)(,?}?)")
# words of query parameter names whose values are about a person, whatever they look like
_PERSONAL_PARAMETER = frozenset("""
name names fname lname firstname lastname fullname surname givenname familyname first last full given family
email mail e-mail phone tel telephone mobile cell fax ssn tin dob birthdate birthday acct account accountno
accountnumber address addr street customer user username login holder owner tenant resident applicant
contact payee
""".split())
_PARAMETER_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# words of query parameter names whose values are secrets: masked like a URL's password, with --reveal too
_SECRET_PARAMETER = frozenset("""
password passwd passwort pwd pass passcode passphrase pw secret token apikey key auth authtoken credential
credentials
""".split())


def _fold(text: str) -> str:
    """``text`` lower-cased with every run of non-word characters made one space: "Maria+Lopez",
    "maria-lopez" and "MARIA LOPEZ" all fold to "maria lopez"."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer: match case as written
        lowered = text
    return _SEPARATORS.sub(" ", lowered).strip()


# a separator run as _fold sees it, within text that joins many strings with NUL: the NULs stay where they are
_SEPARATORS_BUT_NUL = re.compile(r"(?:[^\w\x00]|_)+")


def _fold_joined(texts: list[str]) -> str | None:
    """Every text's :func:`_fold` form but for the spaces at its ends, joined with NUL, in one pass over them
    all. None when the texts hold a NUL, or a character whose lower case is longer (then each is looked at
    alone)."""
    joined = "\x00".join(texts)
    lowered = joined.lower()
    if len(lowered) != len(joined) or joined.count("\x00") != len(texts) - 1:
        return None
    return _SEPARATORS_BUT_NUL.sub(" ", lowered)


def _word_starts(text: str) -> tuple[list[int], list[int]]:
    """Where each word of ``text`` starts in its folded form and in ``text`` itself."""
    folded_starts, original_starts, position = [], [], 0
    for word in _WORD.finditer(text):
        folded_starts.append(position)
        original_starts.append(word.start())
        position += word.end() - word.start() + 1
    return folded_starts, original_starts


def _long_enough(folded: str) -> bool:
    characters = folded.replace(" ", "")
    return len(characters) >= (SHORTEST_NUMBER if characters.isdigit() else SHORTEST_VALUE)


def _runs_on(a: str, b: str) -> bool:
    return (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha())


class Redactor:
    """Masks raw finding values (and their normalized keys) wherever they turn up, in one pass over the text.

    Matching ignores case and what separates the words of a value, so "Maria Lopez" is found in
    "MARIA-LOPEZ.pdf" and "(909) 555-0142" in "909.555.0142"; values shorter than four letters or digits are
    left alone (numbers shorter than seven digits), and a match must not run on into more digits or letters, so a name "Lincoln" is not masked
    inside "Lincolnwood". The text found is masked as it is written ("M****-L****.pdf"), except a secret,
    which shows nothing of itself."""

    def __init__(self, findings: list[Detection]):
        self._automaton = ahocorasick.Automaton()
        for finding in findings:
            secret = finding.masked if finding.category in SECRET_CATEGORIES else None
            for raw in {finding.value, finding.key}:
                folded = _fold(raw)
                if _long_enough(folded) and folded not in self._automaton:
                    self._automaton.add_word(folded, (len(folded), secret))
        self.empty = len(self._automaton) == 0
        if not self.empty:
            self._automaton.make_automaton()

    def candidates(self, texts: list[str]) -> list[bool]:
        """For each text, whether a value may be in it: False means :meth:`__call__` leaves it as it is. One
        pass of the automaton over them all, which finds every value that a text's own pass would find."""
        if self.empty:
            return [False] * len(texts)
        joined = _fold_joined(texts)
        if joined is None:
            return [True] * len(texts)
        starts = list(accumulate((len(piece) + 1 for piece in joined.split("\x00")[:-1]), initial=0))
        found = [False] * len(texts)
        for end, (length, _) in self._automaton.iter(joined):
            found[bisect_right(starts, end - length + 1) - 1] = True  # a value never spans a NUL
        return found

    def __call__(self, text: str) -> str:
        if self.empty or not text:
            return text
        folded = _fold(text)
        spans = []
        for end, (length, mask) in self._automaton.iter(folded):
            start, stop = end - length + 1, end + 1
            if (start > 0 and _runs_on(folded[start - 1], folded[start])) or \
                    (stop < len(folded) and _runs_on(folded[stop - 1], folded[stop])):
                continue
            spans.append((start, -stop, mask or ""))
        if not spans:
            return text
        folded_starts, original_starts = _word_starts(text)

        def original(position: int) -> int:
            word = bisect_right(folded_starts, position) - 1
            return original_starts[word] + position - folded_starts[word]

        pieces, cursor = [], 0
        for start, negative_stop, mask in sorted(spans):  # leftmost first, then longest
            begin = original(start)
            if begin < cursor:
                continue  # inside a value already masked
            end = original(-negative_stop - 1) + 1
            pieces += [text[cursor:begin], mask or mask_generic(text[begin:end])]
            cursor = end
        return "".join(pieces) + text[cursor:]


def _mailboxes_and_numbers_masked(text: str, numbers: re.Pattern, keep: re.Pattern | None = None) -> str:
    """``text`` with its mailboxes masked, and each match of ``numbers`` that holds a number long enough to be one
    (but for a match ``keep`` matches in full). A text with no "@" and fewer digits than a number's holds neither: it
    is returned as it is without a search (a leaked table's 100,000 element paths, "row 18,204, column Phone")."""
    if "@" not in text and sum(map(str.isdigit, text)) < SHORTEST_NUMBER:
        return text
    masked = _EMAIL.sub(lambda m: mask_email(m.group()), text)
    return numbers.sub(lambda m: mask_digits(m.group()) if sum(c.isdigit() for c in m.group()) >= SHORTEST_NUMBER
                       and not (keep and keep.fullmatch(m.group())) else m.group(), masked)


_RARE_WORD = 1.5  # a Zipf frequency under which English text all but never writes a word
# a label that is one capitalised word ("Oyelaran", "Quaile:"), the row header of a person's record
_ONE_WORD_LABEL = re.compile(r"\s*(?P<word>[^\W\d_][^\W\d_'\u2019-]{2,})\s*[:#.]?\s*")


def _surname_alone(label: str) -> bool:
    """Whether ``label`` is one capitalised word that reads as a surname: the vocabulary does not read it as a word,
    it is no month, and the Census lists it as a surname or English text all but never writes it (a Zipf frequency
    under 1.5: "Oyelaran", "Achterberg"; not a field's abbreviation or compound, "Addr", "Payee", "Requestor"). A
    person's surname heads the row of their record so (``<dt>Oyelaran</dt><dd>SSN ...</dd>``)."""
    import wordfreq

    from detectors.context.shapes import MONTH_NAME
    from detectors.vocabulary import fold, readable, surnames

    one = _ONE_WORD_LABEL.fullmatch(label)
    word = one and one.group("word")
    return bool(word) and word[0].isupper() and word[1:].islower() and not readable(word) and \
        not re.fullmatch(MONTH_NAME, word, re.IGNORECASE) and \
        (fold(word) in surnames() or wordfreq.zipf_frequency(word.lower(), "en") < _RARE_WORD)


def _unreported_in_label(label: str, person: bool) -> str:
    """``label`` with the people's names, mailboxes and long digit runs in it masked. A name is read as the
    detectors read one: beside an identifier the label holds ("Quenneville, Rosalind (acct 4410228711)") any words
    that read as names, and in any label the forms a ledger files a person by ("Quenneville, R.", "Dwight A.");
    beside a value about a ``person`` (not a usage figure, whose labels are months and units), one capitalised word
    that is no word of the language (``_surname_alone``)."""
    # its name lists load only for a run that needs them
    from detectors.context.persons import given_names_and_initials, names_in, surnames_and_initials

    masked = _mailboxes_and_numbers_masked(label, _NUMBER_IN_TEXT)
    if person and _surname_alone(masked):
        return mask_words(masked)
    spans = names_in(masked, anchored=masked != label) + surnames_and_initials(masked) + \
        given_names_and_initials(masked, 0, len(masked))
    for start, end in sorted(spans, reverse=True):
        masked = masked[:start] + mask_words(masked[start:end]) + masked[end:]
    return masked


def _identifying(parameter: str, value: str) -> str | None:
    """The mask of a decoded query value that could identify a person, else None."""
    from detectors.context.persons import person_name  # its name lists load only for a run whose URLs need them

    if not any(c.isalnum() for c in value):
        return None
    if _parameter_words(parameter) & _PERSONAL_PARAMETER:
        return mask_generic(value)
    masked = _mailboxes_and_numbers_masked(value, _DIGIT_RUN)
    if person_name(masked):
        masked = mask_words(masked)
    return masked if masked != value else None


class ShownText:
    """Turns any string bound for an output into what that output may show (see the module docstring).

    ``redactor`` is None for a revealed run: then only URL user-info is masked."""

    def __init__(self, redactor: Redactor | None):
        self.redactor = redactor
        self._urls: dict[str, str] = {}  # a URL is written many times: by each of its findings, as a referrer
        # each string as shown: the history's comparison, its record and its detections show every finding's
        # strings again (and a reason, a label or a URL is shared by thousands of findings)
        self._shown: dict[str, str] = {}
        # each finding as shown, by identity, with the finding itself (so that its id is not reused): the
        # history's comparison, its record and the reports show the same 100,000 findings
        self._detections: dict[int, tuple[Detection, Detection]] = {}

    def __call__(self, text: str) -> str:
        if not text:
            return text
        shown = self._shown.get(text)
        if shown is None:
            shown = self._shown[text] = self._show(text)
        return shown

    def detection(self, finding: Detection) -> Detection:
        """The finding with every crawled string it shows (URL, context, reason, hidden, label, element,
        attachment) redacted: the finding itself when nothing changes (the usual case: a copy of each of 100,000
        findings would only cost memory)."""
        known = self._detections.get(id(finding))
        if known is None:
            known = self._detections[id(finding)] = (finding, self._detection(finding))
        return known[1]

    def detections(self, findings: list[Detection]) -> list[Detection]:
        """``[self.detection(f) for f in findings]``, the strings they show looked at in one pass first: a
        leaked table's element paths ("row 18,204, column Phone") are 100,000 strings, nearly all with
        nothing to mask, which one pass of the automaton over them all tells at once."""
        if self.redactor is not None:
            self._clear([s for f in findings if id(f) not in self._detections
                         for s in (f.url, f.context if f.context != f.masked else "", f.why, f.hidden, f.label,
                                   f.location.element) if s and s not in self._shown])
        return [self.detection(f) for f in findings]

    def _clear(self, texts: list[str]) -> None:
        """Cache as shown unchanged the ``texts`` that hold no URL and no value (the rest are redacted one by
        one when asked for)."""
        texts = [t for t in dict.fromkeys(texts) if not _URL.search(t)]
        for text, maybe in zip(texts, self.redactor.candidates(texts)):
            if not maybe:
                self._shown[text] = text

    def _detection(self, f: Detection) -> Detection:
        element, attachment = f.location.element, f.location.attachment
        # a snippet that is the value's mask alone (a table cell's) shows nothing the mask does not: the
        # outputs write the mask as it is
        context = f.context if f.context == f.masked else self(f.context)
        # an attachment is a zip member's or an embedded file's name: shown as a reason naming it is
        shown = (self.place(f.url), context, self(f.why), f.hidden and self(f.hidden), f.label and self.label(f.label, f.category != USAGE),
                 element and self.element(element), attachment and self.name(attachment))
        if shown == (f.url, f.context, f.why, f.hidden, f.label, element, attachment):
            return f
        url, context, why, hidden, label, element, attachment = shown
        return replace(f, url=url, context=context, why=why, hidden=hidden, label=label,
                       location=replace(f.location, element=element, attachment=attachment))

    def place(self, text: str) -> str:
        """A document's place as shown: a URL as :meth:`url` shows it; anything else is a scanned file's path
        (``url`` of a ``scan``, absolute or as given) or a link of another scheme (``javascript:``), shown with its
        segments masked as a URL's path is (a file named ``Delgado_512-34-6789.txt``, a folder named after a
        mailbox), unless revealed."""
        if not text or self.redactor is None or _URL.fullmatch(text) or "\n" in text:
            shown = self(text)
            return shortened(shown) if _REFUSED_LINK.match(text) else shown
        return self._memoised("place", text, self._path_shown)

    def _path_shown(self, text: str) -> str:
        separator = "\\" if "\\" in text and "/" not in text else "/"
        segments = text.split(separator)
        shown = separator.join((self._record_key if k and _names_a_record(segments[k - 1]) else self._segment)(
            segment) for k, segment in enumerate(segments))
        return shortened(shown) if _REFUSED_LINK.match(text) else shown

    def name(self, text: str) -> str:
        """Free text that can carry a crawled or scanned name, as shown: a reason, a warning, a run error (``member
        Delgado_512-34-6789.csv not read: encrypted``), a scanned file's path. Without ``--reveal``, its URLs are
        shown as URLs are, and in the rest the identifiers no detector reported are masked too, as in a URL's path:
        a mailbox, a run of seven digits or more, however it is glued to the words around it, but for a date or an
        IP address (``Delgado_***-**-6789.csv``)."""
        if not text or self.redactor is None:
            return self(text)
        return self._memoised("name", text, self._free_text_shown)

    def _free_text_shown(self, text: str) -> str:
        return self._urls_and_rest(text, self._name_text)

    def _name_text(self, text: str) -> str:
        return _mailboxes_and_numbers_masked(self._text(text), _DIGITS_IN_PATH, keep=_KEPT_IN_NAME) if text else text

    def element(self, text: str) -> str:
        """A finding's element as shown. Its words are the document's author's: a spreadsheet's sheet name
        ("'Quenneville 536712015'!A2"), an HTML element's id or class (``tr#row-77312345``, ``p#n9095550142``): without
        ``--reveal`` its mailboxes and runs of seven digits or more are masked too, as in a URL's path, found or not
        (a row or page number is shorter; a date stays)."""
        if self.redactor is None:
            return self(text)
        return self._memoised("element", text, lambda element: _mailboxes_and_numbers_masked(
            self(element), _DIGITS_IN_PATH, keep=_KEPT_IN_NAME))

    def label(self, text: str, person: bool = True) -> str:
        """A finding's label as shown. A label names a field, but the first cell of a two-column table's row or
        a pivot's column header can be a person's name, a mailbox or a number that no detector reported (the
        value beside it was): without ``--reveal`` those are masked too (``person``: the value is about a person,
        not a usage figure)."""
        if self.redactor is None:
            return self(text)
        return self._memoised(f"label{person:d}", text, lambda label: _unreported_in_label(self(label), person))

    def _memoised(self, kind: str, text: str, show: Callable[[str], str]) -> str:
        """``show(text)``, worked out once a run for each ``kind`` of place a text is shown in."""
        key = f"\x00{kind}:{text}"
        shown = self._shown.get(key)
        if shown is None:
            shown = self._shown[key] = show(text)
        return shown

    def once(self, text: str) -> str:
        """``text`` as shown, not kept in the cache: for a long string met once (a page's links, one a
        line, which a 100,000-page crawl would otherwise keep until its reports are written). Its URLs
        are cached as usual."""
        return self._show(text) if text else text

    def _show(self, text: str) -> str:
        return self._urls_and_rest(text, self._text)

    def _urls_and_rest(self, text: str, rest: Callable[[str], str]) -> str:
        """``text`` with its URLs shown as :meth:`url` shows them and what lies between them as ``rest`` does."""
        pieces, cursor = [], 0
        for match in _URL.finditer(text):
            url = match.group().rstrip(_TRAILING)
            pieces += [rest(text[cursor:match.start()]), self.url(url)]
            cursor = match.start() + len(url)
        return "".join(pieces) + rest(text[cursor:])

    def _text(self, text: str) -> str:
        return self.redactor(text) if self.redactor and text else text

    def url(self, url: str) -> str:
        """The URL with its user-info masked and, unless revealed, its decoded path, query and fragment
        redacted; parts with nothing to mask keep their original spelling, so the URL stays readable."""
        shown = self._urls.get(url)
        if shown is None:
            shown = self._urls[url] = self._url(url)
        return shown

    def _url(self, url: str) -> str:
        try:
            parts = urlsplit(url)
        except ValueError:  # an invalid URL (a bad port, brackets) is shown as text
            return self._text(_mask_userinfo_text(url))
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, _, host = netloc.rpartition("@")
            netloc = (f"{USERINFO_MASK}:{PASSWORD_MASK}" if ":" in userinfo else USERINFO_MASK) + "@" + host
        if self.redactor is None:
            shown = parts._replace(netloc=netloc, query=_secrets_masked(parts.query),
                                   fragment=_secrets_masked(parts.fragment))
            return url if shown == parts else urlunsplit(shown)
        segments = parts.path.split("/")
        path = "/".join(self._component(segment, unquote, quote, self._record_key if k and _names_a_record(
            unquote(segments[k - 1])) else self._segment) for k, segment in enumerate(segments))
        query = "&".join(self._parameter(pair) for pair in parts.query.split("&")) if parts.query else ""
        fragment = self._component(_secrets_masked(parts.fragment), unquote, quote, self._segment)
        shown = parts._replace(netloc=self._text(netloc), path=path, query=query, fragment=fragment)
        return url if shown == parts else urlunsplit(shown)

    def _component(self, raw: str, decode, encode, mask=None) -> str:
        decoded = decode(raw)
        shown = mask(decoded) if mask else self._text(decoded)
        return raw if shown == decoded else encode(shown, safe="*@:!$'(),;~+")

    def _record_key(self, segment: str) -> str:
        """A record's key in a URL's path with its long digit runs and mailboxes masked, found by a detector or
        not."""
        return _mailboxes_and_numbers_masked(self._text(segment), _DIGIT_RUN)

    def _segment(self, segment: str) -> str:
        """Any other part of a URL's path (or its fragment) with the values found masked, and the identifiers no
        detector reported that it holds: a mailbox, a run of seven digits or more (``Delgado_512-34-6789.pdf``:
        ``Delgado_***-**-6789.pdf``), but for a date (``20240115``, ``2024-01-15``), which a path holds often and
        which identifies no one alone."""
        return _mailboxes_and_numbers_masked(self._text(segment), _DIGITS_IN_PATH, keep=_DATE)

    def _parameter(self, pair: str) -> str:
        name, equals, value = pair.partition("=")
        decoded_name = unquote_plus(name)
        if _names_secret(decoded_name):
            return self._component(name, unquote_plus, quote_plus) + _secret_masked(pair)[len(name):]

        def mask(text: str) -> str:
            redacted = self._text(text)
            return redacted if redacted != text else _identifying(decoded_name, text) or text

        shown_name = self._component(name, unquote_plus, quote_plus)
        return shown_name + equals + self._component(value, unquote_plus, quote_plus, mask) if equals else shown_name


def _names_a_record(segment: str) -> bool:
    """Whether a URL's path segment names a collection of people's records, the key of one of which follows it:
    ``/v1/accounts/3-87-095-4020``, ``/customers/8001026149/usage`` (as a query parameter named so would)."""
    return bool({w.removesuffix("s") for w in _parameter_words(segment)} & _PERSONAL_PARAMETER)


def _parameter_words(parameter: str) -> set[str]:
    """The words of a query parameter's name, and the name itself: "accessToken" -> access, token."""
    return {w.lower() for w in _PARAMETER_WORD.findall(parameter)} | {parameter.lower()}


def _names_secret(parameter: str) -> bool:
    return bool(_parameter_words(parameter) & _SECRET_PARAMETER)


def _secret_masked(pair: str) -> str:
    """A query's ``name=value`` pair with the value masked when the name names a secret and the value, decoded,
    holds a letter or digit."""
    name, equals, value = pair.partition("=")
    if equals and _names_secret(unquote_plus(name)) and any(c.isalnum() for c in unquote_plus(value)):
        return name + equals + PASSWORD_MASK
    return pair


def _secrets_masked(query: str) -> str:
    """A query (or a fragment of parameters, ``#access_token=...``) with its secrets' values masked."""
    return "&".join(_secret_masked(pair) for pair in query.split("&")) if "=" in query else query


def shortened(text: str) -> str:
    """``text``, masked already, cut to :data:`SHOWN_LENGTH` characters at a space near the end, with an ellipsis.
    Masked first: a value split by the cut ("member 512-34-6", "Maria Del") is no value to mask, and would be shown."""
    if len(text) <= SHOWN_LENGTH:
        return text
    cut = text[:SHOWN_LENGTH - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > SHOWN_LENGTH - 60 else cut).rstrip() + "\u2026"


# a link of another scheme than http(s) (``javascript:``, ``ftp:``) or one no browser could open, which a run lists as
# refused (``crawler.scope.resolve_link``) as written: shown cut after it is masked; not a Windows path's drive ("C:")
_REFUSED_LINK = re.compile(r"(?i)(?!https?://[^\s<>\"'`]+\Z)[a-z][a-z0-9+.-]+:")


def _mask_userinfo_text(text: str) -> str:
    return re.sub(r"(//)[^/?#@\s]*@", rf"\g<1>{USERINFO_MASK}@", text)


def shown_text(findings: list[Detection], reveal: bool) -> ShownText:
    """The masking of one run's outputs: built once, then applied to every string written."""
    return ShownText(None if reveal else Redactor(findings))


class _LogShownText(ShownText):
    """The masking of log lines. A log line is written before anything is found, so a name beside an identifier in a
    URL's path ("Gave up retrying <GET .../Philippa-Drummond-***-**-4473.pdf>", ``maria-delgado-***-**-6789.pdf``)
    is known to no detector yet: a path segment that holds an identifier is a person's record's, and its words are
    masked too (``P*******-D*******-***-**-4473.pdf``), its extension kept."""

    def _segment(self, segment: str) -> str:
        shown = super()._segment(segment)
        if shown == self._text(segment):
            return shown
        stem, dot, extension = shown.rpartition(".")
        if not dot or not extension.isalnum() or len(extension) > 5:
            stem, dot, extension = shown, "", ""
        return mask_words(stem) + dot + extension


@cache
def _log_masking() -> ShownText:
    """The masking of log lines, built once: an unrevealed run's, before anything was found."""
    return _LogShownText(Redactor([]))


def note_text(text: str, findings: list[Detection] | None = None) -> str:
    """A note staff wrote (an acceptance's reason, who gave it) as the history and every output hold it: the values
    ``findings`` (the detectors' reading of the note) masked, and any mailbox or run of seven digits or more, as
    in a reason (``Customer asked, SSN ***-**-6789``). Staff type the customer's own values into such a note."""
    return ShownText(Redactor(findings or [])).name(text) if text else text


# a path in free text, with or without a scheme and host ("see /customers/maria-delgado.html", "docs/2024/notice.pdf"):
# a word that holds a "/"
_PATH_IN_TEXT = re.compile(_URL.pattern + r"|[^\s<>\"'`()\[\]{}]*/[^\s<>\"'`]*")
# what a mask is made of: a run of stars (letters or digits masked), a letter or digit kept, what separates words
_MASK_PART = re.compile(r"(\*+)|([^\W_])|([^\w*]+|_+)")


def reason_text(text: str, findings: list[Detection] | None = None, masks: tuple[str, ...] = ()) -> str:
    """A reason staff wrote about a finding (an acceptance's), as the history and every output hold it. Staff quote
    the finding in it, in words no detector reads as a customer's ("Maria Delgado (the customer) consented",
    "see /customers/maria-delgado.html"), so besides what :func:`note_text` masks (``findings``, the detectors'
    reading of the reason, mailboxes, long digit runs), it masks every person's name the name reader finds in it (a
    staff member's name masked too costs nothing), any words that mask as one of ``masks`` does (the accepted
    finding's own mask: ``M**** D******`` masks "Maria Delgado" and "maria-delgado"), and its URLs and paths as a
    finding's URL is masked (``/customers/m****-d******.html``). A date or a policy number stays readable."""
    if not text:
        return text
    shown = ShownText(_ReasonMasking(findings or [], masks))
    pieces, cursor = [], 0
    for match in _PATH_IN_TEXT.finditer(text):
        path = match.group().rstrip(_TRAILING)
        pieces += [shown.name(text[cursor:match.start()]), shown.url(path) if path else ""]
        cursor = match.start() + len(path)
    return "".join(pieces) + shown.name(text[cursor:])


class _ReasonMasking:
    """The masking of a reason's words (see :func:`reason_text`), as :class:`ShownText` applies a Redactor."""

    def __init__(self, findings: list[Detection], masks: tuple[str, ...]):
        self._values = Redactor(findings)
        self._masked_as = [pattern for pattern in (*map(_masking_alike, masks), *map(_naming_alike, masks))
                           if pattern is not None]
        self._surnames = [pattern for pattern in map(_surname_alike, masks) if pattern is not None]

    def __call__(self, text: str) -> str:
        if not text:
            return text
        from detectors.vocabulary import readable
        masked = self._values(text)
        for pattern in self._masked_as:
            masked = pattern.sub(_starred, masked)
        for pattern in self._surnames:  # "Delgado asked", not "Decided by"
            masked = pattern.sub(lambda m: m.group() if readable(m.group()) else _starred(m), masked)
        from detectors.context.persons import names_in  # its name lists load only for a reason
        for start, end in reversed(names_in(masked)):
            masked = masked[:start] + mask_words(masked[start:end]) + masked[end:]
        return masked


def _masking_alike(mask: str) -> re.Pattern | None:
    """The words that mask as ``mask`` does: as many letters or digits where it shows stars, the ones it keeps
    (in either case), anything or nothing between words (``M**** D******``: "Maria Delgado", "MARIA_DELGADO").
    None for a mask that keeps nothing of its value (a password's ``********``), which any word would match."""
    parts = []
    for stars, kept, separator in _MASK_PART.findall(mask):
        parts.append(rf"([^\W_]{{{len(stars)}}})" if stars else re.escape(kept) if kept else r"[\W_]*")
    if not any(c.isalnum() for c in mask) or "*" not in mask:
        return None
    return re.compile(r"(?<![^\W_])" + "".join(parts) + r"(?![^\W_])", re.IGNORECASE)


# a mask of a person's name: two to four words, each its initial kept and its other letters starred ("M**** D******",
# "D******, M****") or an initial alone ("M. D******")
_NAME_MASK = re.compile(r"[^\W\d_]\**(?:[ ,.'-]+[^\W\d_]\**){1,3}\.?")
_NAME_MASK_WORD = re.compile(r"([^\W\d_])(\**)")
# how staff name one of a family by its surname alone: a title before it, a plural ("the Delgados") or possessive
# ("Delgado's", "the Delgados'") after it, or a word for the household ("the Delgado family")
_FAMILY_FORMS = (r"(?:(?<![^\W_])(?:mr|mrs|ms|miss|mx|dr|sr|sra|srta)\.?\s+)%s(?![^\W_])",
                 r"(?<![^\W_])the\s+%s(?:e?s)(?:['\u2019](?![^\W_]))?(?![^\W_])",
                 r"(?<![^\W_])%s(?:['\u2019]s|s['\u2019])(?![^\W_])",
                 r"(?<![^\W_])%s\s+(?:family|families|household|residence|home)(?![^\W_])")


def _naming_alike(mask: str) -> re.Pattern | None:
    """The other ways staff write the person a name's mask is of (None for a mask of anything else): its words in
    any order ("DELGADO, MARIA" for ``M**** D******``, as a billing system prints a name), any but one of them as an
    initial ("M. Delgado", "Maria D."), and its surname (its last word, or its first before a comma) alone in a
    family's forms (``_FAMILY_FORMS``: "the Delgados", "Delgado's", "Mrs. Delgado"). An initial, and a surname
    named alone, must be written with a capital letter: "the deposits" is no family."""
    if not _NAME_MASK.fullmatch(mask) or "*" not in mask:
        return None
    words = [(kept.upper(), len(stars)) for kept, stars in _NAME_MASK_WORD.findall(mask)]
    orders = list(permutations(words)) if len(words) <= 3 else [tuple(words), (words[-1], *words[:-1])]
    forms = []
    for order in dict.fromkeys(orders):
        for written in product((True, False), repeat=len(order)):
            if not any(full and stars for full, (_, stars) in zip(written, order)):
                continue
            parts = [rf"{re.escape(kept)}([^\W_]{{{stars}}})" if full and stars
                     else rf"(?-i:{re.escape(kept)})\.?(?![^\W_])" for full, (kept, stars) in zip(written, order)]
            forms.append(r"(?<![^\W_])" + r"[\W_]*".join(parts) + r"(?![^\W_])")
    surname = _surname_mask(mask)
    if surname:
        forms += [form % surname for form in _FAMILY_FORMS]
    return re.compile("|".join(forms), re.IGNORECASE)


def _surname_mask(mask: str) -> str | None:
    """A pattern of the surname a name's mask is of (its last word, or its first before a comma: "D******, M****"),
    written with its capital letter, or None for a mask of no name or a surname too short to tell."""
    if not _NAME_MASK.fullmatch(mask) or "*" not in mask:
        return None
    words = _NAME_MASK_WORD.findall(mask)
    kept, stars = words[0] if re.match(r"[^,]+,", mask) else words[-1]
    return rf"(?-i:{re.escape(kept.upper())})([^\W_]{{{len(stars)}}})" if len(stars) >= 2 else None


def _surname_alike(mask: str) -> re.Pattern | None:
    """The surname of a name's mask written alone, as staff write it ("Delgado asked", "Mrs. Delgado"): any capitalised
    word of its initial and length, which :class:`_ReasonMasking` masks unless the vocabulary reads it as a word."""
    surname = _surname_mask(mask)
    return re.compile(rf"(?<![^\W_]){surname}(?![^\W_])", re.IGNORECASE) if surname else None


def _starred(match: re.Match) -> str:
    """The words ``match`` found as their mask shows them: its groups (what the mask stars) starred, the rest kept as
    written ("maria-delgado.html" as "m****-d******.html")."""
    text, start = match.group(), match.start()
    for group in range(1, (match.lastindex or 0) + 1):
        if match.start(group) < 0:
            continue  # a group of an alternative that did not match
        a, b = match.start(group) - start, match.end(group) - start
        text = text[:a] + "*" * (b - a) + text[b:]
    return text


def log_text(text: str) -> str:
    """A log line (or a traceback) as an unrevealed run may write it, known before anything was found: its URLs
    shown as a report shows a URL that holds no found value (user-info, secrets, query values that could identify a
    person, identifier-shaped values in the path masked: ``<GET http://host/svc?ssn=***-**-6789>``), and, in the
    rest, mailboxes and numbers of seven digits or more (an SSN or account in a reason phrase or an exception's
    message) masked as elsewhere."""
    if not text:
        return text
    pieces, cursor = [], 0
    for match in _URL.finditer(text):
        url = match.group().rstrip(_TRAILING)
        pieces += [_mailboxes_and_numbers_masked(text[cursor:match.start()], _NUMBER_IN_TEXT),
                   _log_masking()._url(url)]  # not cached: a long crawl's log names many URLs once each
        cursor = match.start() + len(url)
    return "".join(pieces) + _mailboxes_and_numbers_masked(text[cursor:], _NUMBER_IN_TEXT)


def log_stats_text(text: str) -> str:
    """Scrapy's stats dump as an unrevealed run may log it: each counter's value left readable (a count of bytes,
    responses or seconds, which no page wrote), and everything else (a counter's name, a value that is not a
    number) masked as :func:`log_text` masks a line."""
    lines = []
    for line in text.split("\n"):
        counter = _STATS_LINE.fullmatch(line)
        lines.append(log_text(counter[1]) + counter[2] + counter[3] if counter else log_text(line))
    return "\n".join(lines)
