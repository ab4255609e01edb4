"""Sealing what a crawl across machines keeps in Redis: nothing crawled is stored there in clear.

Every node of a crawl holds the same fingerprint key (``PUBCHECK_FINGERPRINT_KEY``, the secret that makes
finding fingerprints stable and unguessable); Redis never does. HKDF derives from it and the crawl's id one
AES-256-GCM key per crawl, with which frontier entries, result batches and the staging credentials are sealed:
whoever reads Redis (an operator, a backup, a dump) sees neither URLs, nor values found, nor passwords, and a
node opens only what a node holding the key sealed for this crawl (an altered or foreign entry is refused, never
obeyed). A check value (an HMAC of the crawl's id) lets a join with another key be refused before it takes work.
"""
from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12


class SealError(Exception):
    """A sealed entry could not be opened: sealed with another key, for another crawl, or altered."""


class Sealer:
    """Seals and opens byte strings for one crawl. ``purpose`` (frontier, results, credentials) is bound into
    each seal, so an entry of one kind cannot be passed off as another."""

    def __init__(self, fingerprint_key: bytes, crawl_id: str):
        self.crawl_id = crawl_id.encode()
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=self.crawl_id,
                       info=b"pubcheck crawl across machines: sealing").derive(fingerprint_key)
        self._aead = AESGCM(derived)

    def seal(self, purpose: str, data: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, data, self._bound(purpose))

    def open(self, purpose: str, sealed: bytes) -> bytes:
        try:
            return self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], self._bound(purpose))
        except (InvalidTag, ValueError):
            raise SealError(f"a sealed {purpose} entry in Redis could not be opened: it was sealed with another "
                            "fingerprint key or for another crawl, or altered") from None

    def _bound(self, purpose: str) -> bytes:
        return b"pubcheck\x1f" + self.crawl_id + b"\x1f" + purpose.encode()


def key_check(fingerprint_key: bytes, crawl_id: str) -> str:
    """The value by which nodes tell that they hold the same fingerprint key, without revealing it: an HMAC of the
    crawl's id (a new one each crawl, so it does not identify the key across crawls)."""
    return hmac.new(fingerprint_key, b"pubcheck node key check\x1f" + crawl_id.encode(), hashlib.sha256).hexdigest()


def same_key(fingerprint_key: bytes, crawl_id: str, check: str) -> bool:
    return hmac.compare_digest(key_check(fingerprint_key, crawl_id), check)
