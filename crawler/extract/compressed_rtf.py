"""Outlook's compressed RTF ([MS-OXRTFCP]): the form Outlook keeps a message's body in, in a ``.msg`` file's
``PR_RTF_COMPRESSED`` property and in a ``winmail.dat``'s (TNEF) properties, often its only body.

LZ77 over a 4,096-byte dictionary that starts as a fixed RTF prelude: each control byte's bits, lowest first, say
whether the next item is a literal byte (0) or a two-byte reference (1: a 12-bit dictionary offset and a 4-bit length
less 2); a reference to the dictionary's write position ends the data. "MELA" data is stored uncompressed.
"""
from __future__ import annotations

import struct

_PRELUDE = (b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
            b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
            b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx")
_COMPRESSED, _UNCOMPRESSED = 0x75465A4C, 0x414C454D  # "LZFu", "MELA"
_HEADER = 16  # compressed size, raw size, type, CRC


def decompressed_rtf(data: bytes, limit: int) -> bytes | None:
    """The RTF ``data`` holds compressed, at most ``limit`` bytes of it; None when ``data`` is no compressed RTF."""
    if len(data) < _HEADER:
        return None
    _, raw_size, kind, _ = struct.unpack_from("<IIII", data)
    if kind == _UNCOMPRESSED:
        return data[_HEADER:_HEADER + min(raw_size, limit)]
    if kind != _COMPRESSED:
        return None
    window = bytearray(4096)
    window[:len(_PRELUDE)] = _PRELUDE
    write = len(_PRELUDE)
    out = bytearray()
    at, end = _HEADER, len(data)
    while at < end and len(out) < limit:
        control = data[at]
        at += 1
        for bit in range(8):
            if at >= end:
                break
            if not control >> bit & 1:
                byte = data[at]
                at += 1
                out.append(byte)
                window[write] = byte
                write = (write + 1) % 4096
                continue
            if at + 1 >= end:
                return bytes(out)
            reference = data[at] << 8 | data[at + 1]
            at += 2
            offset, length = reference >> 4, (reference & 0xF) + 2
            if offset == write:
                return bytes(out)
            for k in range(length):
                byte = window[(offset + k) % 4096]
                out.append(byte)
                window[write] = byte
                write = (write + 1) % 4096
    return bytes(out[:limit])
