"""A small writer of OLE2 compound files (CFB version 3, [MS-CFB]) for the tests of the legacy .doc, .ppt and .msg
readers: olefile reads compound files but cannot write new ones. Streams under 4096 bytes go in the mini stream
(64-byte mini sectors), larger ones in 512-byte sectors; one FAT, no DIFAT sectors (up to 109 FAT sectors, some
6.9 MB: more than a test needs). Storages' children are chained by their right sibling in the order [MS-CFB] sorts
names (length, then upper case), all black: a valid red-black tree for olefile's walk.
"""
from __future__ import annotations

import struct

SECTOR, MINI_SECTOR, CUTOFF = 512, 64, 4096
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b""):
        self.name, self.kind, self.data = name, kind, data  # kind: 1 storage, 2 stream, 5 root
        self.children: dict[str, _Entry] = {}
        self.start, self.size = END_OF_CHAIN, len(data)
        self.index = 0
        self.right = self.child = NO_STREAM


def compound_file(streams: dict[str, bytes]) -> bytes:
    """The bytes of a compound file holding ``streams``, each named by its path ("storage/stream")."""
    root = _Entry("Root Entry", 5)
    for path, data in streams.items():
        *storages, name = path.split("/")
        parent = root
        for storage in storages:
            parent = parent.children.setdefault(storage, _Entry(storage, 1))
        parent.children[name] = _Entry(name, 2, data)
    entries = _numbered(root)
    small = [e for e in entries if e.kind == 2 and e.size < CUTOFF]
    large = [e for e in entries if e.kind == 2 and e.size >= CUTOFF]
    mini_stream, mini_fat = b"", []
    for entry in small:
        if not entry.size:
            continue
        entry.start = len(mini_stream) // MINI_SECTOR
        count = -(-entry.size // MINI_SECTOR)
        mini_fat += [entry.start + i + 1 for i in range(count - 1)] + [END_OF_CHAIN]
        mini_stream += entry.data.ljust(count * MINI_SECTOR, b"\0")
    root.data, root.size = mini_stream, len(mini_stream)
    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        count = -(-len(data) // SECTOR)
        if not count:
            return END_OF_CHAIN
        start = len(sectors)
        for i in range(count):
            sectors.append(data[i * SECTOR:(i + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(start + i + 1 if i < count - 1 else END_OF_CHAIN)
        return start

    for entry in large:
        entry.start = place(entry.data)
    root.start = place(mini_stream)
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat) if mini_fat else b""
    mini_fat_start = place(mini_fat_bytes.ljust(-(-len(mini_fat_bytes) // SECTOR) * SECTOR, b"\xff"))
    mini_fat_sectors = -(-len(mini_fat_bytes) // SECTOR)
    directory = b"".join(_directory_entry(e) for e in entries)
    directory += _empty_entry() * ((-len(directory) // 128) % (SECTOR // 128))
    directory_start = place(directory)
    fat_sectors = 1
    while (len(sectors) + fat_sectors) > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    fat_start = len(sectors)
    fat += [FAT_SECTOR] * fat_sectors
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    sectors += [fat_bytes[i * SECTOR:(i + 1) * SECTOR] for i in range(fat_sectors)]
    difat = [fat_start + i for i in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, fat_sectors, directory_start, 0, CUTOFF,
                            mini_fat_start if mini_fat else END_OF_CHAIN, mini_fat_sectors, END_OF_CHAIN, 0)
              + struct.pack("<109I", *difat))
    return header + b"".join(sectors)


def _numbered(root: _Entry) -> list[_Entry]:
    """Every entry, root first, numbered in the directory's order; each storage's children chained in sort order."""
    entries, queue = [], [root]
    while queue:
        entry = queue.pop(0)
        entry.index = len(entries)
        entries.append(entry)
        queue += sorted(entry.children.values(), key=lambda e: (len(e.name), e.name.upper()))
    for entry in entries:
        children = sorted(entry.children.values(), key=lambda e: (len(e.name), e.name.upper()))
        if children:
            entry.child = children[0].index
            for left, right in zip(children, children[1:]):
                left.right = right.index
    return entries


def _directory_entry(entry: _Entry) -> bytes:
    name = (entry.name + "\0").encode("utf-16-le")
    return (name.ljust(64, b"\0") + struct.pack("<HBBIII", len(name), entry.kind, 1, NO_STREAM, entry.right,
                                                 entry.child)
            + bytes(16) + struct.pack("<I", 0) + bytes(16) + struct.pack("<IQ", entry.start, entry.size))


def _empty_entry() -> bytes:
    return bytes(64) + struct.pack("<HBBIII", 0, 0, 0, NO_STREAM, NO_STREAM, NO_STREAM) + bytes(36) + \
        struct.pack("<IQ", 0, 0)


# --- Word 97-2003 (.doc, [MS-DOC]) -------------------------------------------------------------------

_SUMMARY_FORMAT = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")  # FMTID_SummaryInformation
_SUMMARY_IDS = {"title": 2, "subject": 3, "author": 4, "keywords": 5, "comments": 6}


def summary_information(**properties: str) -> bytes:
    """A ``\\x05SummaryInformation`` property set: code page 1252 and the given string properties (title, subject,
    author, keywords, comments)."""
    values = [(1, struct.pack("<HHhH", 2, 0, 1252, 0))]
    for name, text in properties.items():
        data = text.encode("cp1252") + b"\0"
        data += b"\0" * (-len(data) % 4)
        values.append((_SUMMARY_IDS[name], struct.pack("<II", 0x1E, len(text) + 1) + data))
    offset, table, blobs = 8 + 8 * len(values), b"", b""
    for property_id, blob in values:
        table += struct.pack("<II", property_id, offset + len(blobs))
        blobs += blob
    section = struct.pack("<II", 8 + len(table) + len(blobs), len(values)) + table + blobs
    return (struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + bytes(16) + struct.pack("<I", 1) + _SUMMARY_FORMAT
            + struct.pack("<I", 48) + section)


def word_document(main: str, *, footnotes: str = "", headers: str = "", comments: str = "", text_boxes: str = "",
                  encrypted: bool = False, **properties: str) -> bytes:
    """A Word 97 .doc: a FIB giving the stories' lengths and the Clx's place, a ``1Table`` stream holding the Clx's
    piece table, the main text in a cp1252 ("compressed") piece and the other stories in a UTF-16LE piece, each of
    them ending with its extra paragraph mark as Word writes it. ``properties``: the summary information's."""
    stories = [main, footnotes, headers, "", comments, "", text_boxes, ""]
    stories = [story + "\r" if story and index else story for index, story in enumerate(stories)]
    rest = "".join(stories[1:])
    text_at = 1024
    compressed = main.encode("cp1252")
    wide_at = text_at + len(compressed) + len(compressed) % 2
    fib = bytearray(900)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", fib, 0x0A, 0x0200 | (0x0100 if encrypted else 0))
    struct.pack_into("<H", fib, 32, 14)
    struct.pack_into("<H", fib, 62, 22)
    struct.pack_into("<8i", fib, 64 + 12, *map(len, stories))
    struct.pack_into("<H", fib, 152, 0x5D)
    pieces = [(0, len(main), (text_at * 2) | 0x40000000)]
    if rest:
        pieces.append((len(main), len(main) + len(rest), wide_at))
    positions = [pieces[0][0]] + [after for _, after, _ in pieces]
    plc = struct.pack(f"<{len(positions)}I", *positions) + b"".join(struct.pack("<HIH", 0, fc, 0)
                                                                    for _, _, fc in pieces)
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    table = bytes(16) + clx
    struct.pack_into("<II", fib, 154 + 8 * 33, 16, len(clx))
    word = bytes(fib).ljust(text_at, b"\0") + compressed
    word = word.ljust(wide_at, b"\0") + rest.encode("utf-16-le")
    streams = {"WordDocument": word, "1Table": table}
    if properties:
        streams["\x05SummaryInformation"] = summary_information(**properties)
    return compound_file(streams)


def word_table(rows: list[list[str]]) -> str:
    """A table as a .doc's main text holds it: each cell ended by \\x07, each row by one more."""
    return "".join("".join(cell + "\x07" for cell in row) + "\x07" for row in rows)


# --- PowerPoint 97-2003 (.ppt, [MS-PPT]) -------------------------------------------------------------

def _record(kind: int, body: bytes = b"", *, instance: int = 0, container: bool = False) -> bytes:
    return struct.pack("<HHI", (0xF if container else 0) | instance << 4, kind, len(body)) + body


def _container(kind: int, *children: bytes, instance: int = 0) -> bytes:
    return _record(kind, b"".join(children), instance=instance, container=True)


def _text_atom(text: str, wide: bool = True) -> bytes:
    return _record(0x0F9F, struct.pack("<I", 1)) + (
        _record(0x0FA0, text.encode("utf-16-le")) if wide else _record(0x0FA8, text.encode("latin-1")))


def _drawing(*texts: str) -> bytes:
    """A PPDrawing holding a text box for each text, each in its ClientTextbox."""
    shapes = [_container(0xF004, _container(0xF00D, _text_atom(text))) for text in texts]
    return _container(0x040C, _container(0xF002, _container(0xF003, *shapes)))


def _comment(author: str, text: str) -> bytes:
    comment = _container(0x2EE0, _record(0x0FBA, author.encode("utf-16-le")),
                         _record(0x0FBA, text.encode("utf-16-le"), instance=1), _record(0x2EE1, bytes(28)))
    return _container(0x1388, _container(0x138A, _record(0x0FBA, "___PPT10".encode("utf-16-le")),
                                         _container(0x138B, comment)))


def powerpoint(slides: list[dict], master: tuple[str, ...] = (), **properties: str) -> bytes:
    """A .ppt whose slides each have a "title" and "body" (placeholder text in the SlideListWithText; the body as
    bytes, TextBytesAtom), "boxes" (text boxes on the slide's drawing), "notes" (a notes page) and "comments"
    ((author, text) pairs); ``master``: the texts of the slide master's text boxes. Slide containers are written in
    reverse order, so only the persist directory tells which is which."""
    listed = b""
    for number, slide in enumerate(slides, 1):
        listed += _record(0x03F3, struct.pack("<IIiII", number, 0, 2, 255 + number, 0))
        listed += _text_atom(slide.get("title", "")) + _text_atom(slide.get("body", ""), wide=False)
    document = _container(0x03E8, _record(0x03E9, bytes(40)), _container(0x0FF0, listed))
    stream = document + (_container(0x03F8, _drawing(*master)) if master else b"")
    offsets = {}
    for number in reversed(range(1, len(slides) + 1)):
        slide = slides[number - 1]
        offsets[number] = len(stream)
        parts = [_record(0x03EF, bytes(24)), _drawing(*slide.get("boxes", ()))]
        parts += [_comment(author, text) for author, text in slide.get("comments", ())]
        stream += _container(0x03EE, *parts)
    for number, slide in enumerate(slides, 1):
        if slide.get("notes"):
            stream += _container(0x03F0, _record(0x03F1, struct.pack("<IHH", 255 + number, 0, 0)),
                                 _drawing(slide["notes"]))
    entries = struct.pack("<I", 1 | len(slides) << 20) + b"".join(struct.pack("<I", offsets[n])
                                                                  for n in range(1, len(slides) + 1))
    stream += _record(0x1772, entries)
    streams = {"PowerPoint Document": stream, "Current User": bytes(32)}
    if properties:
        streams["\x05SummaryInformation"] = summary_information(**properties)
    return compound_file(streams)


# --- Outlook (.msg, [MS-OXMSG]) ----------------------------------------------------------------------

def _fixed(header: int, values: list[tuple[int, int, bytes]]) -> bytes:
    """A ``__properties_version1.0`` stream: its header, then (property id, type, 8-byte value) entries."""
    return bytes(header) + b"".join(struct.pack("<II", property_id << 16 | kind, 6) + value.ljust(8, b"\0")
                                    for property_id, kind, value in values)


def outlook_message(*, subject: str, body: str, sender: tuple[str, str], to: list[tuple[str, str]] = (),
                    cc: list[tuple[str, str]] = (), attachments: list[tuple[str, bytes]] = (),
                    html: str | None = None, sent_ticks: int | None = None) -> bytes:
    """A .msg: Unicode string properties, recipients with their kind, attachments by their long file name."""
    def string(text: str) -> bytes:
        return text.encode("utf-16-le") + b"\0\0"
    streams = {"__substg1.0_0037001F": string(subject), "__substg1.0_1000001F": string(body),
               "__substg1.0_0C1A001F": string(sender[0]), "__substg1.0_0C1F001F": string(sender[1]),
               "__substg1.0_0E04001F": string("; ".join(name for name, _ in to))}
    if html is not None:
        streams["__substg1.0_10130102"] = html.encode("utf-8")
    fixed = [(0x0039, 0x0040, struct.pack("<Q", sent_ticks))] if sent_ticks else []
    streams["__properties_version1.0"] = _fixed(32, fixed)
    for number, (kind, (name, address)) in enumerate([*((1, p) for p in to), *((2, p) for p in cc)]):
        folder = f"__recip_version1.0_#{number:08X}/"
        streams[folder + "__substg1.0_3001001F"] = string(name)
        streams[folder + "__substg1.0_39FE001F"] = string(address)
        streams[folder + "__properties_version1.0"] = _fixed(8, [(0x0C15, 0x0003, struct.pack("<I", kind))])
    for number, (name, data) in enumerate(attachments):
        folder = f"__attach_version1.0_#{number:08X}/"
        streams[folder + "__substg1.0_3707001F"] = string(name)
        streams[folder + "__substg1.0_37010102"] = data
        streams[folder + "__properties_version1.0"] = _fixed(8, [(0x3705, 0x0003, struct.pack("<I", 1))])
    return compound_file(streams)
