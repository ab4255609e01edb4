"""The block around a record's seed: the lines before and after it that run on from one to the next (no
sentence ends between them), up to ``MAX_LINES`` on either side, farther in a paragraph a narrow column
wrapped, and in one long paragraph the sentences within reach of the seed. A block stops at a table's row
laid out in text, a list's next item, a speaker's turn, a letter's end, a message's end in a thread, and the
frame of a paged file (its running head and foot, page numbers), and reads over a page break only where a
sentence goes on across it.
"""
from __future__ import annotations

import re

from ...model import CODE_SEGMENTS, Segment
from ..analysis import Analysis, Line, page_of
from ..cues import CLOSING_RE, COMPILED_ITEM, SALUTATION_RE
from ..persons import official_named_in
from ..shapes import ADDRESS_RE, column_gap, markers_after_gaps, consumption_spans, phone_spans, street_addresses
from .blocks import same_block
from .sentences import LABEL_OPENS, LAST_WORD_LOWER, OPENS_LOWER_WORD, PAGE_CHROME_LINES, next_line
from .signatures import dash_signature_below, letter_ends


MAX_LINES = 4  # how many lines a paragraph or short block reaches on either side of its seed
# ... or, in a paragraph a narrow column wrapped (a newsletter's, a two-column PDF's), up to twice as many lines that
# hold as much text as four lines of a page 80 characters wide: see _in_reach
_REACH_CHARS = 4 * 80
_WINDOW = 400  # how far from its seed a record reaches in one long paragraph
_LONG_LINE = 2 * _WINDOW
# a line that ends without ending its sentence, or with a name's initial ("Raymond, Sean R.") or a label's
# abbreviation ("... charges on account no." / "3-110-5865-54. The service address is ..."); a quote or a bracket
# closed after a stop ends its sentence ('... read from her bill: "2069 kWh, account ...."' / "Commenter ..."), and so
# does a full stop of another script: Chinese or Japanese ("... 退出 PCE 服务。"), Armenian "։", the danda of Hindi and
# Punjabi "।", Khmer "។", Urdu "۔" and the Arabic question mark "؟"
# a line that ends in an abbreviation goes on: an initial, "No.", "approx.", and an organisation's short word after a
# capitalised one ("PK Util." / "Account 79-...", "Water Dist.", "Customer Svc.", "Finance Dept.", "Acme Co.")
_RUNS_ON = re.compile(r"(?:[^.!?\"\u201d)\u3002\uff01\uff1f\u0589\u0964\u17d4\u06d4\u061f]|(?<![.!?])[\"\u201d)]|"
                      r"(?<![\w.])[A-Z]\.|(?i:\b(?:no|nos|acct|nbr|num|tel|ph|approx|vs|mr|mrs|ms|mx|dr|sr|sra|srta))\.|"
                      r"\b[A-Z][\w&]*\s+(?:Util|Utils|Dist|Svc|Svcs|Dept|Co|Corp|Assn|Auth|Coop|Elec)\.)\s*$")
_RUNS_ON_TAIL = 16  # the longest ending it reads: "approx.", "PK Util.", "Finance Dept."
# a record's next field after a sentence that ended its line on the last one's value: "... Meter at" / "8492 W.
# Stonegate Place." / "Reading 1257 kWh; reachable at" / "(909) ...", "... service address is 4410 Olive Ave." / "Usage
# in May was 812 kWh. Phone ...": the field's word opens the line, its value follows
_VALUE_TAIL = 60  # how far back from a line's stop the value that ends its sentence may start
_NEXT_FIELD_OPENS = re.compile(r"(?i)\s*(?:(?:total|monthly|annual)\s+)?(?:usage|use|consumption|reading|read|"
                               r"phone|tel(?:ephone)?|cell|mobile|acct|account(?:\s+(?:no|number|#))?|e-?mail)"
                               r"\b[^\n.!?]{0,40}?(?:\d|@)")
# a sentence that speaks of the person or the account of the line above: "... used 284 kWh." / "The customer can be
# reached at ..."; a memo's case told in short paragraphs: "Next is Ana Ruiz." / "The customer has a life-support
# device." / "The account number is ...";
# or to them, under a letter's heading that names them: "Dmytro Dragomir, PO Box 906, ..." / "Your security deposit
# on account ... has been refunded."
# the holders of the accounts a record gave: "The holders, Ana Ruiz, Jo Lee and ...", "The account holders are ...",
# "Their holders:", "Los titulares, ..."
HOLDERS = (r"(?:(?:The|Their|These|Those)[ \t]+(?:accounts?['\u2019]?[ \t]+)?(?:account[ \t]*)?holders|"
            r"(?:Los|Sus)[ \t]+titulares)\b")
_BACK_REFERENCE = re.compile(r"\s*(?:(?i:the|this|that|said)\s+(?i:customer|ratepayer|account\s?holder|caller|applicant|"
                             r"complainant|claimant|tenant|homeowner)\b(?!\s+(?i:service|care|support|relations|center))"
                             r"|(?:He|She|They)\b"
                             # a story's next paragraph about the person the last one named: "When her heater failed"
                             r"|(?:When|After|Because|Since|Although|Though|While|Before|Once)\s+(?i:her|his|their|she|he"
                             r"|they)\b"
                             r"|(?:The|This|That|Her|His|Their|My|Our)\s+account(?:\s+(?:number|no\.?|#))?(?:\s*,|\s+(?:is|was|"
                             r"shows?|showed|had|has)\b)"
                             # the holders of the accounts the line above listed: "The holders, Ana Ruiz, ..."
                             rf"|{HOLDERS}"
                             r"|Your\s+(?:[\w-]+\s+){0,3}?(?i:account|acct|deposit|bill|service)\b)")
_OPENS_WITH_A_LABEL = re.compile(r"\s*[a-z][\w ]{0,20}:")  # "draft: ...", "note: ...": a line of its own


def scope(analysis: Analysis, i: int, position: int, known: dict) -> tuple[list[Line], Line | None]:
    """The paragraph or short block around line ``i``: the lines before and after it that run on from one
    to the next (no sentence ends between them), a few at most; in one long paragraph, the sentences
    within reach of the seed. And the line after them in the same block, where a street address or a
    consumption that a line break cut goes on ("... who lives at 1234 W" / "Holt Ave, Pomona.").
    ``known``: the scopes of short lines worked out so far, by line and whether a label alone opens it."""
    lines = analysis.free_lines
    line = lines[i]
    if line.end - line.start > _LONG_LINE:
        text = line.segment.text
        start, end = max(line.start, position - _WINDOW), min(line.end, position + _WINDOW)
        head = max(text.rfind(". ", line.start, start), text.rfind("\n", line.start, start))
        tail = text.find(". ", end, line.end)
        return [Line(line.segment, head + 1 if head >= 0 else start, tail + 1 if tail >= 0 else end)], None
    labelled = _opens_with_label(line, position)
    if (i, labelled) not in known:
        known[i, labelled] = _block_around(analysis, i, labelled)
    pieces, after = known[i, labelled]
    if any("\t" in p.text or "   " in p.text for p in pieces):
        pieces = _turn_of(pieces, line, position)
    if analysis.facts.in_record(line.segment):
        pieces = analysis.in_record_of(line.segment, pieces)
        after = after if after is not None and analysis.in_record_of(line.segment, [after]) else None
    return pieces, after


def _turn_of(pieces: list[Line], line: Line, position: int) -> list[Line]:
    """The pieces of the question or the answer holding ``position`` where a marker after a gap opens one ("Q4
    (vendor's name, phone): Please provide a sample record layout?\tA: Example: SA_ID=...; CUST_NM=..."): the
    answer's record goes on over the next lines, but the question and its asker are no part of it, nor the next
    question of the answer."""
    k = next((n for n, p in enumerate(pieces) if p.segment is line.segment and p.start <= position <= p.end), None)
    if k is None:
        return pieces
    turn = list(pieces)
    for n in range(k, -1, -1):  # the marker that opens the turn: at or before the seed
        piece = turn[n]
        markers = [m for m in markers_after_gaps(piece.segment.text, piece.start, piece.end) if n < k or m <= position]
        if markers:
            turn, k = [Line(piece.segment, markers[-1], piece.end), *turn[n + 1:]], k - n
            break
    for n in range(k, len(turn)):  # the marker that opens the next turn: after the seed
        piece = turn[n]
        markers = [m for m in markers_after_gaps(piece.segment.text, piece.start, piece.end) if n > k or m > position]
        if markers:
            return [*turn[:n], Line(piece.segment, piece.start, markers[0])]
    return turn


def _block_around(analysis: Analysis, i: int, labelled: bool) -> tuple[list[Line], Line | None]:
    """The scope of short line ``i`` (see ``scope``); ``labelled``: only a label stands before its seed. It stays in
    its message of a thread or packet printed as text: a resident's "Please vote yes." / "Milan Ruiz" over the next
    message's "Subject: shut-off notice" / "My account is ..." is no part of that writer's record."""
    lines = analysis.free_lines
    line = lines[i]
    first = last = i
    while (above := _next_text(lines, first, -1)) >= 0 and _in_reach(lines, above, i) and not analysis.opens_a_message(
            lines[first]) and _same_frame(analysis, lines[above], line) and not letter_ends(lines, above, first) and (
            _runs_on(lines[above], lines[first]) or _own_usage_above(lines[above], lines[first])
            or _value_of_label_above(lines, above, first) or _wrapped(lines, above)
            or first == i and _CASE_OPENING.match(lines[above].text)):
        first = above
    crossed = False  # a page break within the block: the pages' frame between its halves is no line of it
    if not _framed(analysis, line):
        # a sentence a page break cut: its start on the previous page, the page's foot and the next one's head between
        # (not over a letter's signature into the next letter's header: "Sincerely," / "Ana Ruiz" | "To: ..." / "From:
        # Bo Lee" / "Re: ... account ...", each letter its writer's)
        while (above := _over_page_break(analysis, lines, first, -1)) is not None and _in_reach(lines, above, i) and \
                not analysis.opens_a_message(lines[first]) and not letter_ends(lines, above, first) and \
                _runs_on(lines[above], lines[first], across_pages=True):
            first, crossed = above, True
            while (above := _next_text(lines, first, -1)) >= 0 and _in_reach(lines, above, i) and _same_frame(
                    analysis, lines[above], line) and _runs_on(lines[above], lines[first]):
                first = above
    if first == i and (above := _next_text(lines, i, -1)) >= 0 and labelled and same_block(
            lines[above], line) and _same_frame(analysis, lines[above], line) \
            and not official_named_in(line.segment.text, line.start, line.end) \
            and not analysis.opens_a_message(line) and not letter_ends(lines, above, i):
        first = above  # "KENJI ODA, Records Specialist, separates ... ." / "S.S.N.: ...": a field of the record above
        # (not an official's "Contact: Alan Chernoff, Public Works Director, ...")
    while (below := _next_text(lines, last, 1)) < len(lines) and _in_reach(lines, i, below) and (
            _runs_on(lines[last], lines[below]) or _wrapped(lines, last) or dash_signature_below(lines, last, below)) \
            and not _officials_field(lines[below]) and not letter_ends(lines, last, below) \
            and not analysis.opens_a_message(lines[below]) and _same_frame(analysis, lines[below], line):
        last = below
    if not _framed(analysis, line):
        # a sentence going on over a page break: the next page's first lines, past the foot and the head between
        while (below := _over_page_break(analysis, lines, last, 1)) is not None and _in_reach(lines, i, below) and \
                not analysis.opens_a_message(lines[below]) and not letter_ends(lines, last, below) and \
                _runs_on(lines[last], lines[below], across_pages=True):
            last, crossed = below, True
            while (below := _next_text(lines, last, 1)) < len(lines) and _in_reach(lines, i, below) and _same_frame(
                    analysis, lines[below], line) and _runs_on(lines[last], lines[below]):
                last = below
    record = _correspondence_record(lines, i) or analysis.one_persons_lists.get(i)
    if record:
        first, last = min(first, record[0]), max(last, record[1])
    below = _next_text(lines, last, 1)
    after = lines[below] if below < len(lines) and same_block(lines[last], lines[below]) and _same_frame(
        analysis, lines[below], line) else None
    if crossed:
        return [piece for piece in lines[first:last + 1] if not _page_frame(analysis, piece)], after
    return lines[first:last + 1], after


# a digest's or a log's case opening its own line with the case's number and the person's name, its sentence ended
# there ("Case 24-6750 - Eun-ji Park, 1772 Tamarind Way." / "Customer disputes ...; acct ..."): the lines below it
# are the case's record
_CASE_OPENING = re.compile(r"[ \t]*(?:Case|Ticket|Inquiry|Complaint|Ref\.?|File|Call|Log)[ \t]*(?:#|No\.?)?[ \t]*"
                           r"[A-Z]{0,4}[ \t-]?\d[\d-]*[ \t]*[-\u2013\u2014:][ \t]*[A-Z]")


# a page's number alone on its line, as a paged file's foot or head gives it: "Page 190", "- 12 -", "Page 3 of 40"
_PAGE_NUMBER_LINE = re.compile(r"(?i)[ \t\-\u2013\u2014]*(?:page|p\.|pg\.?)?[ \t]*\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?[ \t\-\u2013\u2014]*")


def _over_page_break(analysis: Analysis, lines: list[Line], k: int, step: int) -> int | None:
    """The line of text on the next page (``step`` 1) or the previous one (-1) that line ``k`` of a paged file reads
    on from or into, when only the pages' frame stands between them (the foot of the one, the head of the other, a
    page number alone: ``PAGE_CHROME_LINES`` at most): line ``k`` is the last of its page's text, or the first.
    Whether the sentence goes on across the break is for ``_runs_on`` to say."""
    page = lines[k].segment.location.page
    if page is None or _framed(analysis, lines[k]):
        return None
    j = _next_text(lines, k, step)
    for _ in range(PAGE_CHROME_LINES + 1):
        if not 0 <= j < len(lines):
            return None
        segment = lines[j].segment
        if not _page_frame(analysis, lines[j]):
            other = segment.location.page
            return j if other == page + step and segment.location.attachment == lines[k].segment.location.attachment \
                else None
        j = _next_text(lines, j, step)
    return None


def _page_frame(analysis: Analysis, line: Line) -> bool:
    """Whether a line is of a paged file's frame: its running head or foot, or a page number alone."""
    return _framed(analysis, line) or bool(_PAGE_NUMBER_LINE.fullmatch(line.text))


def _same_frame(analysis: Analysis, line: Line, other: Line) -> bool:
    """Whether two lines are both of the pages' frame (a paged file's running head or foot, a Word file's header or
    footer) or both of the text it frames: the frame printed on every page is no line of the record the text gives
    above or below it ("Usage: 1,318 kWh" over the foot's "Utilities Department" / "Tel: (707) ...")."""
    return _framed(analysis, line) == _framed(analysis, other)


def _framed(analysis: Analysis, line: Line) -> bool:
    return line.segment.chrome or id(line.segment) in analysis.running_lines


def _in_reach(lines: list[Line], top: int, bottom: int) -> bool:
    """Whether a block reaches from its seed's line to a line farther up or down (``top`` and ``bottom``: the two, in
    the order they stand): up to ``MAX_LINES`` lines apart, and farther within one paragraph that a narrow column's
    wrap cut into short lines (a newsletter's, a two-column PDF's), as long as the lines between hold fewer
    characters than ``_REACH_CHARS``: every break from one to the other a soft one (``_soft_break``)."""
    if bottom - top <= MAX_LINES:
        return True
    span = lines[top:bottom + 1]
    width = max(len(line.text.strip()) for line in span)
    return bottom - top <= 2 * MAX_LINES and sum(len(line.text.strip()) + 1 for line in span[1:-1]) < _REACH_CHARS \
        and all(_soft_break(above, below, width) for above, below in zip(span, span[1:]))


ENDS_SENTENCE_OR_FIELD = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*[ \t]*$")


def _soft_break(above: Line, below: Line, width: int) -> bool:
    """Whether the break between two lines is a wrap inside a sentence of running text: the next line of a page or a
    text file (no blank line, no paragraph or element of its own between), the line above ending no sentence or
    field, and the line below no list item, log entry or label line; the line above running on in lower case or the
    line below going on in it, or the line above filling the ``width`` of the column's longest line ("... mailed from
    1240 Nuthatch" / "Circle, ..."). Not a letterhead's or a signature's short lines ("Attorneys at Law" / "102 N.
    Central Ave.")."""
    if above.segment.location.element is not None or not (
            above.segment is below.segment or next_line(above.segment, below.segment)):
        return False
    if ENDS_SENTENCE_OR_FIELD.search(above.text) or ITEM_MARKER.match(below.text) or TIMED_ENTRY.match(below.text) \
            or LABEL_OPENS.match(below.text) or _OPENS_WITH_A_LABEL.match(below.text):
        return False
    return bool(LAST_WORD_LOWER.search(above.text) or OPENS_LOWER_WORD.match(below.text)
                or len(above.text.strip()) > width - _WRAP_SLACK)


# what opens or marks one piece of a utility's correspondence printed as text: a form submission's fields, a
# voicemail's caller line and transcription, a text or chat message's sender
RECORD_MARK = re.compile(r"(?im)^[ \t]*(?:caller\s*id|message|submission\s*#?|transcription|comments?|sms\s+from|"
                          r"text\s+from|form)\b[^:\n]{0,30}:|^[ \t]*message\s+\d+\s+of\s+\d+\b")
_RULE = re.compile(r"[ \t]*([=_*~-])\1{5,}[ \t]*$")  # "=======" / "-------": a line between records
_RECORD_LINES = 16  # a form submission's fields or one voicemail: more is a report, not one record


def _correspondence_record(lines: list[Line], i: int) -> tuple[int, int] | None:
    """The lines of the one submission, voicemail or message that line ``i`` is in (between blank lines or rules,
    on one page), if they are one and carry a record's marks ("Caller ID:", "Message:", "Submission #"): one
    customer's record, whose cue ("my bill", the account's field) ties all of it, however far apart."""
    first = last = i
    while first > 0 and i - first < _RECORD_LINES and _same_record(lines[first - 1], lines[first]):
        first -= 1
    while last + 1 < len(lines) and last - first < _RECORD_LINES and _same_record(lines[last], lines[last + 1]):
        last += 1
    if last - first >= _RECORD_LINES or not any(RECORD_MARK.match(line.text) for line in lines[first:last + 1]):
        return None
    return first, last


def _same_record(above: Line, below: Line) -> bool:
    """Whether ``below`` goes on in the record of ``above``: the same block, no blank line or rule between."""
    if not same_block(above, below) or _RULE.match(above.text) or _RULE.match(below.text):
        return False
    if above.segment is below.segment:
        return above.segment.text.count("\n", above.end, below.start) <= 1
    rows = (above.segment.location.line, below.segment.location.line)
    return None in rows or rows[1] - rows[0] <= 1


# the writer's own consumption: "Mine went to 2,287 kWh", "my usage was", "our bill showed", "we used", "I burned"
_FIRST_PERSON_USE = re.compile(
    r"(?i)\b(?:mine|ours)\b|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:usage|use|consumption|bill|meter|reading|house|"
    r"home|household|apartment)\b|\b(?:i|we)\s+(?:[\w']+\s+)?(?:used|use|consumed|burned|went\s+through)\b")
# words that make the figure a class's or a neighbour's, whoever quotes it: "my neighbour said the average is"
_SOMEONE_ELSES_USE = re.compile(r"(?i)\b(?:average|typical|median|class|neighbou?rs?|other|homes|households|"
                                r"customers|residents|people|everyone)\b")
_SENTENCE_START = re.compile(r"[.!?]\s|\n")


# a sentence that ends its line on the verb before its value: "... and my service address is" / "4904 Eelgrass Ln."
_LABEL_SENTENCE_END = re.compile(r"(?i)\b(?:is|was|are|were)\s*:?\s*$")


def _officials_field(line: Line) -> bool:
    """A line below a record that opens with a label and names an official with their title: "Contact: Alan
    Chernoff, Public Works Director, (907) ...": whom to ask, no field of the record above."""
    return bool(LABEL_OPENS.match(line.segment.text, line.start)) and official_named_in(
        line.segment.text, line.start, line.end)


def _value_of_label_above(lines: list[Line], k: int, below: int) -> bool:
    """Whether line ``k`` is a street address or a phone alone that completes a sentence the line above it leaves
    open on its verb ("... my service address is" / "4904 Eelgrass Ln." / "I was billed twice on acct ..."): the
    value's stop ends that sentence, not the block, so the lines below go on with the writer's own record."""
    line = lines[k]
    value = line.text.strip().rstrip(".")
    above = _next_text(lines, k, -1)
    return (above >= 0 and same_block(line, lines[below]) and bool(value)
            and (ADDRESS_RE.fullmatch(value) is not None or phone_spans(value, 0, len(value)) == [(0, len(value))])
            and _LABEL_SENTENCE_END.search(lines[above].text) is not None and _runs_on(lines[above], line))


def _own_usage_above(above: Line, line: Line) -> bool:
    """Whether ``above`` gives the writer's own consumption in the same paragraph or post as ``line``, though its
    sentence ends there: a resident's "Mine went to 2,287 kWh in January." over the name, home and account they
    sign with. A post (an element's children) or a paragraph is one writer's; "Average homes went to 900 kWh" and
    "my neighbour's class average is 650 kWh" are no one's own."""
    if not _same_post(above.segment, line.segment):
        return False
    text = above.segment.text
    for start, _ in consumption_spans(text, above.start, above.end):
        sentence = max((m.end() for m in _SENTENCE_START.finditer(text, above.start, start)), default=above.start)
        own = _FIRST_PERSON_USE.search(text, sentence, start)
        if own and not _SOMEONE_ELSES_USE.search(text, sentence, start):
            return True
    return False


def _same_post(above: Segment, below: Segment) -> bool:
    """Whether two segments are one paragraph or children of one element below the page's top (a help board's
    post, a comment's block): what one writer wrote."""
    if above is below:
        return True
    parents = [(s.location.element or "").rpartition(" > ")[0] for s in (above, below)]
    return bool(parents[0]) and parents[0] == parents[1] and page_of(above) == page_of(below) \
        and above.hidden == below.hidden


def _next_text(lines: list[Line], k: int, step: int) -> int:
    """The index of the line before (``step`` -1) or after (+1) line ``k``, stepping over the code between them:
    a link's hidden target ("mailto:...") between a comment's byline and its body breaks no block of text."""
    code = lines[k].segment.hidden in CODE_SEGMENTS
    k += step
    while not code and 0 <= k < len(lines) and lines[k].segment.hidden in CODE_SEGMENTS:
        k += step
    return k


_LABEL_BEFORE = re.compile(r"[^\W\d][\w.# ]{0,24}[:#.]\s*$")  # "S.S.N.: ", "SA# ", "Acct. No. "


def _opens_with_label(line: Line, position: int) -> bool:
    """Whether only a label stands before the identifier at ``position`` in its line."""
    return bool(_LABEL_BEFORE.fullmatch(line.segment.text, line.start, position))


# a list item's marker opening a line of plain text: "- call volume ...", "* SOLIZ (...) ...", "2. The technician ..."
ITEM_MARKER = re.compile(r"[ \t]*(?:[-*\u2022\u25aa\u25e6\u2023\u2013]|\d{1,2}[.)])[ \t]+\S")
# a log's entry opening its line with its date and time: "08/06 9:17a ...", "2024-08-06 14:02 ...": a voicemail log's
# or a call log's next message, whoever left it
TIMED_ENTRY = re.compile(r"[ \t]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2})[ \t]+\d{1,2}:\d{2}"
                        r"(?::\d{2})?(?:[ \t]?(?i:[ap]\.?m?\.?))?(?=[ \t])")


# a document's section heading opening a line: "ATTACHMENT C - Public comment letters", "EXHIBIT B", "Appendix 2:",
# "ANEXO A - ..."; the title case only with a dash or a colon after its letter ("... as shown in" / "Attachment A, the
# customer's ..." is a sentence wrapped)
_SECTION_HEADING = re.compile(r"[ \t]*(?:(?:ATTACHMENT|EXHIBIT|APPENDIX|ENCLOSURE|ANEXO|ADJUNTO)[ \t]+[A-Z0-9]{1,3}\b|"
                              r"(?:Attachment|Exhibit|Appendix|Enclosure|Anexo|Adjunto)[ \t]+[A-Z0-9]{1,3}[ \t]*"
                              r"(?:[-\u2013\u2014:]|$))")


def _runs_on(above: Line, below: Line, across_pages: bool = False) -> bool:
    """Whether ``below`` continues the paragraph or block of ``above``: not a row of a table laid out in
    text (columns apart by a tab or a wide gap), which is a unit of its own, nor the next item of a list
    (a bulleted or numbered line opens an item of its own: a huddle note's "- call volume ... (IVR (909) ...)"
    is no part of the customer's follow-up item above it), nor a log's next dated entry (a vendor's voicemail is no
    part of the customer's above it), nor a compilation's next comment ("Comment 10"). ``across_pages``: the two
    stand either side of a page break (``_over_page_break``). Nor a document's section heading ("ATTACHMENT C - Public
    comment letters"): the letters under it are no part of the record that ended the section before."""
    if not same_block(above, below, across_pages) or ITEM_MARKER.match(below.text) or TIMED_ENTRY.match(below.text) \
            or COMPILED_ITEM.fullmatch(below.text) or COMPILED_ITEM.fullmatch(above.text) \
            or _SECTION_HEADING.match(below.text):
        return False
    if max(below.end - below.start, above.end - above.start) > _LONG_LINE or column_gap(above.text.strip()) \
            or column_gap(below.text.strip()):  # an indented line is no row: "1. ... Samuel" / "   Premise ID"
        return False
    lower_start = below.text.lstrip()[:1].islower() and not _OPENS_WITH_A_LABEL.match(below.text)
    ends = len(above.text.rstrip())  # how the line ends: its last few characters (a search from each of its
    if not (_RUNS_ON.search(above.text, max(0, ends - _RUNS_ON_TAIL)) or lower_start  # positions costs its length)
            or _BACK_REFERENCE.match(below.text) or _next_field(above, below)):
        return False
    return not (CLOSING_RE.match(above.text) or _salutation_alone(above.text) or SALUTATION_RE.match(below.text)
                or CLOSING_RE.match(below.text) or SIGNED_OFF.search(above.text, max(0, ends - SIGN_OFF_TAIL)))


def _next_field(above: Line, below: Line) -> bool:
    """Whether ``below`` opens with a record's next field ("Phone 909-...", "Usage in May was 812 kWh") right under a
    line whose sentence ended on a value, a street address, a phone or a consumption (not on other words: "...
    honored for 20 years of service."), the next line of the same block."""
    text = above.text.rstrip()
    if not text.endswith(".") or not _NEXT_FIELD_OPENS.match(below.text) or not _same_record(above, below):
        return False
    stop, start = len(text) - 1, max(0, len(text) - 1 - _VALUE_TAIL)
    values = [m.span() for m in street_addresses(text, start)] + phone_spans(text, start) + consumption_spans(
        text, start)
    return any(end in (stop, stop + 1) for _, end in values)


# a message's sign-off that ends its line, a given name or two after it ("... or just reply to this email. Thanks,
# Sandra"): the message ends there, and the next line ("Field note 3/2: ...") is no part of its sentence or its name
# (a reader's comment signed after a dash is ended the same way: "I agree, bills are too high. - Ana Luisa", "...
# — Eugenia D.")
SIGNED_OFF = re.compile(r"(?:(?:^|[.!?]\s+|\s)(?i:thanks|thank\s+you|cheers|best|regards|sincerely)\s*,?|"
                         r"[.!?]\s+[-\u2013\u2014]{1,2})\s*"
                         r"[A-Z][\w'\u2019-]+(?:\s+[A-Z](?:[\w'\u2019-]+|\.))?\s*$")
SIGN_OFF_TAIL = 48  # the longest ending it reads: "Thank you, " and two names


_WRAP_NEIGHBOURS = 3  # the lines on either side whose longest gives a hard-wrapped paragraph's width
_WRAPPED_LINE = 40  # a line shorter than this is a paragraph's last or a heading, whatever the width
_WRAP_SLACK = 12  # a wrapped line falls short of the width by less than a long word
_FULL_LINES = 3  # lines that nearly fill the width around the break: the text is laid out at that width


def _wrapped(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` and the next are one paragraph of a text file hard-wrapped at a fixed width (a call-notes
    export, a plain-text memo): the next line, no blank line between, opens with a word that would not have fitted
    on line ``k``, so the break is the wrap's and a sentence that ends on it ("... 8512 Cooper Way Apt." / "9 asking
    ...", "... reconnected the same afternoon." / "Contact on file: ...") still goes on with the same case; the
    lines around it nearly fill that width. Not the next item of a list or entry of a log, nor a row of a table laid
    out in text."""
    above, below = lines[k], lines[k + 1]
    if above.segment.location.page is not None:
        return False  # a PDF's lines are set in proportional type: their lengths in characters say nothing of a wrap
    if above.segment is below.segment or None in (above.segment.location.line, below.segment.location.line) or \
            below.segment.location.line - above.segment.location.line != 1 or not same_block(above, below) or \
            ITEM_MARKER.match(below.text) or TIMED_ENTRY.match(below.text) or column_gap(above.text.strip()) or \
            column_gap(below.text.strip()):
        return False
    length = len(above.text.rstrip())
    lengths = [len(line.text.rstrip()) for line in lines[max(0, k - _WRAP_NEIGHBOURS):k + _WRAP_NEIGHBOURS + 2]]
    width = max(lengths)
    full = [n for n in lengths if n > width - _WRAP_SLACK]
    first_word = below.text.split(None, 1)[0] if below.text.strip() else ""
    return len(full) >= _FULL_LINES and length > width - _WRAP_SLACK and length >= _WRAPPED_LINE \
        and length + 1 + len(first_word) > width


def _salutation_alone(text: str) -> bool:
    """Whether a line is a letter's salutation and nothing more ("Dear Ana Ruiz,"): its body starts below it. A
    notice's salutation that opens its body's sentence goes on in the next line ("Kính gửi Mai Xiong: tài khoản số
    ... còn nợ. Mức" / "tiêu thụ điện là 2.4 MWh. ...")."""
    salutation = SALUTATION_RE.match(text)
    return bool(salutation) and not text[salutation.end():].strip()
