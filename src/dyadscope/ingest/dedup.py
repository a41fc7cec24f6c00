"""Duplicate documents: exact (hash of the normalised body) and near (MinHash with LSH bands).

Signatures are datasketch MinHashes over word 5-grams. The index keeps them compactly: band keys
and exact hashes as 64-bit integers in sorted numpy arrays (plus a small dict of recent keys),
signatures as uint32 rows. About 0.4 KB per document, so a store of a few hundred thousand pages
fits in memory where datasketch's own `MinHashLSH` (dicts of byte strings) needs several times
more. Candidates from a shared band are confirmed by their estimated Jaccard similarity.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash

from ..records import Document

NUM_PERM = 64
BANDS = 8  # 8 bands of 8 rows: pairs at Jaccard 0.85 share a band with probability ~0.92
SHINGLE = 5
SEED = 1
_CHUNK = 4096
_WORD = re.compile(r"\w+")
_MIX = np.random.default_rng(20261123).integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | 1


def normalise_text(text: str) -> str:
    """Words only, case-folded: two copies differing in spacing or punctuation compare equal."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def content_hash(text: str) -> str:
    return hashlib.blake2b(normalise_text(text).encode(), digest_size=16).hexdigest()


def minhash_of(text: str) -> MinHash:
    tokens = normalise_text(text).split()
    shingles = [" ".join(tokens[n : n + SHINGLE]) for n in range(max(1, len(tokens) - SHINGLE + 1))]
    signature = MinHash(num_perm=NUM_PERM, seed=SEED)
    signature.update_batch([s.encode() for s in shingles if s])
    return signature


def signature_bytes(signature: MinHash) -> bytes:
    # datasketch keeps 32-bit hash values in uint64: uint32 halves the stored size.
    return signature.hashvalues.astype("<u4").tobytes()


def signature_from_bytes(raw: bytes) -> np.ndarray:
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32)


class _KeyTable:
    """uint64 key → int value, first value kept; sorted arrays plus a dict of recent keys."""

    def __init__(self, flush_at: int = 65536) -> None:
        self.flush_at = flush_at
        self._recent: dict[int, int] = {}
        self._keys = np.empty(0, dtype=np.uint64)
        self._values = np.empty(0, dtype=np.int32)

    def get(self, keys: np.ndarray) -> list[int]:
        """Values found for any of `keys` (in key order, without repeats)."""
        found: list[int] = []
        if len(self._keys):
            pos = np.searchsorted(self._keys, keys).clip(0, len(self._keys) - 1)
            hits = self._keys[pos] == keys
            found.extend(int(v) for v in self._values[pos[hits]])
        found.extend(self._recent[int(k)] for k in keys if int(k) in self._recent)
        return list(dict.fromkeys(found))

    def add(self, keys: np.ndarray, value: int) -> None:
        for key in keys.tolist():
            self._recent.setdefault(key, value)
        if len(self._recent) >= self.flush_at:
            self._flush()

    def _flush(self) -> None:
        new_keys = np.fromiter(self._recent.keys(), dtype=np.uint64, count=len(self._recent))
        new_values = np.fromiter(self._recent.values(), dtype=np.int32, count=len(self._recent))
        if len(self._keys):
            # Keep the first value of a key: drop recent keys the arrays already hold.
            pos = np.searchsorted(self._keys, new_keys).clip(0, len(self._keys) - 1)
            fresh = self._keys[pos] != new_keys
            new_keys, new_values = new_keys[fresh], new_values[fresh]
        keys = np.concatenate([self._keys, new_keys])
        order = np.argsort(keys, kind="stable")
        self._keys = keys[order]
        self._values = np.concatenate([self._values, new_values])[order]
        self._recent = {}


class DedupIndex:
    """Documents seen so far, by exact hash and MinHash bands; answers "is this a copy?"."""

    def __init__(self, threshold: float = 0.85) -> None:
        self.threshold = threshold
        self._doc_ids: list[str] = []
        self._positions: dict[str, int] = {}
        self._exact = _KeyTable()
        self._bands = _KeyTable()
        self._signatures: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self._doc_ids)

    def check_and_add(self, doc: Document) -> str | None:
        """doc_id of an earlier copy of `doc`, or None (and `doc` is added as an original).

        Stores the document's serialised MinHash in `doc.annotations["minhash"]`. A document
        already in the index under its own doc_id is an original: re-runs change nothing.
        """
        doc.content_hash = doc.content_hash or content_hash(doc.text)
        raw = signature_bytes(minhash_of(doc.text))
        doc.annotations["minhash"] = raw
        return self._check_and_add(doc.doc_id, doc.content_hash, signature_from_bytes(raw))

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, bytes | None]], threshold: float = 0.85):
        """An index rebuilt from stored (doc_id, content_hash, minhash bytes) rows, in order."""
        index = cls(threshold)
        for doc_id, hashed, raw in rows:
            signature = signature_from_bytes(raw) if raw else None
            index._check_and_add(doc_id, hashed, signature)
        return index

    def _check_and_add(self, doc_id: str, hashed: str, signature: np.ndarray | None) -> str | None:
        if doc_id in self._positions:
            return None
        exact_key = np.array([int(hashed[:16], 16)], dtype=np.uint64) if hashed else None
        earlier = self._exact.get(exact_key) if exact_key is not None else []
        if not earlier and signature is not None and len(signature) == NUM_PERM:
            earlier = self._near(signature)
        if earlier:
            return self._doc_ids[min(earlier)]
        self._add(doc_id, exact_key, signature)
        return None

    def _near(self, signature: np.ndarray) -> list[int]:
        similar = []
        for position in self._bands.get(_band_keys(signature)):
            stored = self._signature_at(position)
            if float(np.mean(stored == signature)) >= self.threshold:
                similar.append(position)
        return similar

    def _add(self, doc_id: str, exact_key: np.ndarray | None, signature: np.ndarray | None) -> None:
        position = len(self._doc_ids)
        self._doc_ids.append(doc_id)
        self._positions[doc_id] = position
        if exact_key is not None:
            self._exact.add(exact_key, position)
        if position % _CHUNK == 0:
            self._signatures.append(np.zeros((_CHUNK, NUM_PERM), dtype=np.uint32))
        if signature is not None and len(signature) == NUM_PERM:
            self._signatures[-1][position % _CHUNK] = signature
            self._bands.add(_band_keys(signature), position)

    def _signature_at(self, position: int) -> np.ndarray:
        return self._signatures[position // _CHUNK][position % _CHUNK]


def _band_keys(signature: np.ndarray) -> np.ndarray:
    rows = NUM_PERM // BANDS
    mixed = signature.astype(np.uint64) * _MIX  # wraps modulo 2**64, as intended
    keys = mixed.reshape(BANDS, rows).sum(axis=1, dtype=np.uint64)
    return keys ^ (np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))
