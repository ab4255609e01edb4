"""What the history matches URLs and targets by: keyed fingerprints of their raw forms, never the masked text.

Without ``--reveal`` the history stores every URL as the unrevealed outputs show it, identifier-shaped values
masked (``/View/11115678`` as ``/View/****5678``). That masked text is for display only: two URLs can mask alike
(``/View/22225678`` too), so it cannot say which document is which. Each document and detection row therefore
also holds ``url_key``, an HMAC of the raw URL, each detection ``path_key``, an HMAC of its raw path below its
target's folder (how ``--baseline`` matches staging with production), and each target ``target_key``, an HMAC of
the raw normalised start URL; a page's stored links are keyed by its ``url_key``. The HMAC key is derived from the
fingerprint key (``$PUBCHECK_FINGERPRINT_KEY`` or its key file), so the raw URL cannot be recovered from the file
or guessed by hashing candidates without that key, and runs under one key match each other. A run recorded under
another fingerprint key (``runs.key_id``) has keys no other key makes: its target is matched by its shown form,
so that a changed key is still noticed and said (its findings are never compared across keys).

A database written before these keys (schema 3 or older) keeps its rows with NULL keys: such a target is still
matched by its shown (masked) form, and a baseline run's findings by their masked paths, until it is recorded
again; its documents and page links are not looked up (the first crawl after the upgrade fetches everything in
full once, as after any change of rules).
"""
from __future__ import annotations

import copy
import hashlib
import hmac
from functools import lru_cache

from .targets import HistoryTarget, normal_target, normalise_target

KEY_INFO = b"pubcheck history keys of raw URLs"


class HistoryKeys:
    """The keyed fingerprints of one fingerprint key (see the module docstring)."""

    def __init__(self, fingerprint_key: bytes):
        self._key = hmac.new(fingerprint_key, KEY_INFO, hashlib.sha256).digest()
        self.key_id = key_id_of(fingerprint_key)
        self.url = lru_cache(maxsize=65536)(self._url)
        self._masking = None

    def shown_by(self, masking) -> "HistoryKeys":
        """These keys, their scanned paths shown as ``masking`` (a run's :class:`reports.redact.ShownText`) shows a
        document's place: a file given to ``pubcheck scan`` is that run's document, and its name holds the values
        the run found in it (``/srv/M**** D******/M**** D****** bill.txt``) as the document's path does. A start
        URL keeps the masking that is the same whatever a run found (:func:`normalise_target`)."""
        shown = copy.copy(self)
        shown._masking = masking
        return shown

    def _of(self, kind: str, text: str) -> str:
        return hmac.digest(self._key, f"{kind}\x1f{text}".encode("utf-8", "surrogatepass"), "sha256").hex()[:32]

    def _url(self, url: str) -> str:
        """The key of a raw URL met (or of a scanned file's path)."""
        return self._of("url", url)

    def path(self, relative: str | None) -> str | None:
        """The key of a raw path below a target's folder (:func:`crawler.history.targets.relative_path`)."""
        return None if relative is None else self._of("path", relative)

    def target(self, target: str) -> HistoryTarget:
        """A start URL (or scanned path) as the history shows and matches it."""
        normal = normal_target(target)
        shown = normalise_target(target)
        if self._masking and "://" not in target:
            shown = self._masking.place(shown)
        return HistoryTarget(shown, self._of("target", normal), normal, self.key_id)


def key_id_of(key: bytes) -> str:
    """What the history records of the fingerprint key: an HMAC of a constant under it, which tells two keys
    apart and gives nothing of the key away."""
    return hmac.new(key, b"pubcheck fingerprint key identifier", hashlib.sha256).hexdigest()[:16]
