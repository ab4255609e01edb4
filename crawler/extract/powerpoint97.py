"""PowerPoint 97-2003 (``.ppt``) -> segments, per [MS-PPT]: the text atoms of the ``PowerPoint Document`` stream,
each located on its slide, and what a viewer of the slide show does not see: speaker notes, review comments, the
masters' text, document properties.

The stream is a tree of records (an 8-byte header: version and instance, type, length; version 0xF a container).
Text is held in TextCharsAtom (UTF-16LE) and TextBytesAtom (each byte a character's low byte, its high byte 0)
records, and a comment's in a CString (instance 1 of a Comment10Container). Which slide a text is on:

- the slides' placeholder text is listed in the SlideListWithText (instance 0), each slide's after its
  SlidePersistAtom, in slide order;
- a text box's text is in its slide's SlideContainer, which the persist directory (PersistDirectoryAtom: persist id
  -> offset in the stream) ties to the SlidePersistAtom that refers to it;
- a notes page (NotesContainer) names its slide by id in its NotesAtom.

A text found elsewhere (a handout, a slide an earlier save left in the file) is read too, located "presentation".
Walking the tree is bounded: records counted, nesting limited, each length checked against its container's.
"""
from __future__ import annotations

import struct

from detectors.model import Location

from . import DocumentBuilder, ExtractError
from .ole import read_summary_properties, stream
from .presentation import _PROMPT
from .text_fields import mend_cut_lines

_SLIDE, _NOTES, _MAIN_MASTER, _TITLE_MASTER = 0x03EE, 0x03F0, 0x03F8, 0x0FC3
_NOTES_ATOM, _SLIDE_PERSIST, _SLIDE_LIST, _PERSIST_DIRECTORY = 0x03F1, 0x03F3, 0x0FF0, 0x1772
_TEXT_CHARS, _TEXT_BYTES, _CSTRING, _COMMENT = 0x0FA0, 0x0FA8, 0x0FBA, 0x2EE0
_MAX_RECORDS = 2_000_000
_MAX_DEPTH = 24


def read_ppt(builder: DocumentBuilder, ole) -> None:
    data = stream(ole, "PowerPoint Document", "PPT")
    records = list(_walk(builder, data))
    if not records:
        raise ExtractError("broken PPT: its PowerPoint Document stream holds no records")
    slide_at, notes_of = _slide_numbers(data, records)
    slides_listed, seen = 0, set()
    comments: dict[str, int] = {}  # location -> comments read there
    for offset, kind, instance, start, end, path in records:
        if builder.full:
            return
        parent = path[-1] if path else None
        if kind == _SLIDE_PERSIST and parent and parent[0] == _SLIDE_LIST and parent[1] == 0:
            slides_listed += 1
            continue
        if kind not in (_TEXT_CHARS, _TEXT_BYTES) and not (kind == _CSTRING and instance == 1 and parent
                                                          and parent[0] == _COMMENT):
            continue
        raw = data[start:end]
        text = raw.decode("latin-1") if kind == _TEXT_BYTES else raw.decode("utf-16-le", errors="replace")
        text = mend_cut_lines("\n".join(" ".join(line.split()) for line in
                                        text.replace("\x0b", "\r").split("\r")).strip())
        where, hidden, chrome = _place(path, slide_at, notes_of, slides_listed)
        if hidden == "slide master" or not any(c.isdigit() for c in where):
            # a master's prompts ("Click to edit Master text styles"), a notes master's among them, said by no slide
            text = "\n".join(line for line in text.split("\n") if not _PROMPT.fullmatch(line))
        if not text or (where, text) in seen:
            continue
        seen.add((where, text))
        if kind == _CSTRING:
            comments[where] = comments.get(where, 0) + 1
            builder.add(text, Location(element=f"{where} > comment {comments[where]}"), hidden="comment")
        else:
            builder.add(text, Location(element=where), hidden=hidden, chrome=chrome)
    read_summary_properties(builder, ole)


def _place(path, slide_at: dict[int, int], notes_of: dict[int, int], slides_listed: int
           ) -> tuple[str, str | None, bool]:
    """(location, hidden, chrome) of a text inside the containers ``path``."""
    for kind, instance, offset in reversed(path):
        if kind == _SLIDE_LIST:
            if instance == 0 and slides_listed:
                return f"slide {slides_listed}", None, False
            return ("slide master", "slide master", True) if instance == 1 else ("notes", "speaker notes", False)
        if kind == _SLIDE:
            number = slide_at.get(offset)
            return (f"slide {number}" if number else "presentation"), None, False
        if kind == _NOTES:
            number = notes_of.get(offset)
            return (f"slide {number} notes" if number else "notes"), "speaker notes", False
        if kind in (_MAIN_MASTER, _TITLE_MASTER):
            return "slide master", "slide master", True
    return "presentation", None, False


def _slide_numbers(data: bytes, records) -> tuple[dict[int, int], dict[int, int]]:
    """The slides' numbers by their SlideContainer's offset, and by the offset of each NotesContainer naming
    them."""
    directory: dict[int, int] = {}  # persist id -> offset; a later save's directory overrides an earlier one's
    listed: list[tuple[int, int]] = []  # (persist id, slide id) of each slide, in order
    notes_slide_ids: dict[int, int] = {}  # NotesContainer offset -> the id of its slide
    for offset, kind, instance, start, end, path in records:
        parent = path[-1] if path else None
        if kind == _PERSIST_DIRECTORY:
            at = start
            while at + 4 <= end:
                (entry,) = struct.unpack_from("<I", data, at)
                first, count = entry & 0xFFFFF, entry >> 20
                at += 4
                for index in range(min(count, (end - at) // 4)):
                    directory[first + index] = struct.unpack_from("<I", data, at + 4 * index)[0]
                at += 4 * count
        elif kind == _SLIDE_PERSIST and parent and parent[0] == _SLIDE_LIST and parent[1] == 0 and end - start >= 16:
            persist_id, _, _, slide_id = struct.unpack_from("<IIiI", data, start)
            listed.append((persist_id, slide_id))
        elif kind == _NOTES_ATOM and parent and parent[0] == _NOTES and end - start >= 4:
            notes_slide_ids[parent[2]] = struct.unpack_from("<I", data, start)[0]
    slide_at = {directory[persist_id]: number for number, (persist_id, _) in enumerate(listed, 1)
                if persist_id in directory}
    by_id = {slide_id: number for number, (_, slide_id) in enumerate(listed, 1)}
    notes_of = {offset: by_id[slide_id] for offset, slide_id in notes_slide_ids.items() if slide_id in by_id}
    return slide_at, notes_of


def _walk(builder: DocumentBuilder, data: bytes):
    """Every record of the stream in order: (offset, type, instance, body start, body end, the containers around
    it as (type, instance, offset)). A record whose length runs past its container ends the walk of that
    container, reported as not checked."""
    count = 0
    stack = [(0, len(data), ())]
    while stack:
        at, end, path = stack.pop()
        while at + 8 <= end:
            count += 1
            if count > _MAX_RECORDS:
                builder.not_checked(f"records past the first {_MAX_RECORDS:,} of the presentation not read")
                return
            version_instance, kind, length = struct.unpack_from("<HHI", data, at)
            start = at + 8
            if start + length > end:
                builder.not_checked(f"presentation record at byte {at} runs past its container: the rest not read")
                break
            yield at, kind, version_instance >> 4, start, start + length, path
            if version_instance & 0xF == 0xF and len(path) < _MAX_DEPTH:
                # the container's records come next; the records after it once they are walked
                stack.append((start + length, end, path))
                at, end, path = start, start + length, (*path, (kind, version_instance >> 4, at))
                continue
            at = start + length
