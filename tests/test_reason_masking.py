"""A failed part's reason is masked whole and only then cut to its shown length: cut first, a value split at the
cut ("member ... 512-34-6") is no value to the detectors, and its digits were shown raw."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from crawler.worker import shortened
from reports.redact import SHOWN_LENGTH
from test_fault_site import run


def archive_with_a_broken_member(name: str) -> bytes:
    """A zip whose member ``name`` fails its CRC check: zipfile's error quotes the member's name."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(name, "Minutes of the parks commission. " * 4)
        archive.writestr("agenda.txt", "Parks commission agenda.")
    data = bytearray(buffer.getvalue())
    data[data.find(b"Minutes of")] ^= 0xFF
    return bytes(data)


def unchecked_note(tmp_path, name: str) -> str:
    (tmp_path / "records.zip").write_bytes(archive_with_a_broken_member(name))
    proc, _ = run(["scan", tmp_path / "records.zip", "--out", tmp_path / "out"], tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 2  # a member not read: the check is incomplete
    [document] = json.loads((tmp_path / "out" / "findings.json").read_text())["documents"]
    return document["not_checked"]


@pytest.mark.parametrize("padding", [285, 287, 289])
def test_a_value_across_the_cut_of_a_reason_shows_none_of_its_digits(tmp_path, padding):
    note = unchecked_note(tmp_path, "r" * padding + " 512-34-6789.txt")
    assert len(note) <= SHOWN_LENGTH
    assert "512" not in note and "6789" not in note.replace("***-**-6789", "")


def test_a_value_within_a_reasons_shown_length_is_masked(tmp_path):
    note = unchecked_note(tmp_path, "Scans/Delgado 512-34-6789 shutoff notice.txt")
    assert "***-**-6789" in note and "512-34" not in note


def test_a_reason_is_cut_at_a_space_with_an_ellipsis():
    reason = "member " + "word " * 100
    shown = shortened(reason)
    assert len(shown) <= SHOWN_LENGTH and shown.endswith("word\u2026")
    assert shortened("short reason") == "short reason"
    unbroken = "x" * 1000
    assert shortened(unbroken) == "x" * (SHOWN_LENGTH - 1) + "\u2026"
