"""Near-duplicate detection: MinHash over word trigrams, indexed with LSH (no all-pairs comparison).

Signatures are persisted in the store (``store.put_signature``) and the LSH
index is rebuilt from ``store.signatures()`` when ingest starts, so a new
article is compared with everything stored before, in any run.
"""
from __future__ import annotations

import re
import zlib
from typing import Iterable, Optional

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.5  # estimated Jaccard similarity of word trigrams above which two articles are copies
SCHEME = "affine32"  # datasketch hashing scheme; with crc32 shingle hashes, stored signatures depend on both
MIN_SHINGLES = 8  # shorter texts are not compared (too little evidence)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + 3]).encode("utf-8") for i in range(len(words) - 2)}


class NearDuplicates:
    """An LSH index of the signatures of stored (original, non-duplicate) articles."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.sigs: dict[str, LeanMinHash] = {}
        self._perm = MinHash(num_perm=num_perm, scheme=SCHEME, hashfunc=zlib.crc32).permutations

    def load(self, stored: Iterable[tuple[str, bytes]]) -> "NearDuplicates":
        """Add stored ``(article_id, signature bytes)`` pairs (from ``store.signatures()``; 128 uint32 each)."""
        stored = list(stored)
        for aid, blob in stored:
            hv = np.frombuffer(blob, dtype=np.uint32)
            if len(hv) == self.num_perm:
                self.add(aid, LeanMinHash(seed=1, hashvalues=hv, scheme=SCHEME))
        return self

    def signature(self, text: str) -> Optional[MinHash]:
        """The MinHash of ``text``, or None when it is too short to compare."""
        sh = shingles(text)
        if len(sh) < MIN_SHINGLES:
            return None
        m = MinHash(num_perm=self.num_perm, scheme=SCHEME, hashfunc=zlib.crc32, permutations=self._perm)
        m.update_batch(list(sh))
        return m

    def match(self, sig: MinHash) -> Optional[str]:
        """The id of the most similar indexed article at or above the threshold, else None."""
        best, best_j = None, self.threshold
        for aid in self.lsh.query(sig):
            j = sig.jaccard(self.sigs[aid])
            if j >= best_j and (best is None or j > best_j or aid < best):
                best, best_j = aid, j
        return best

    def add(self, article_id: str, sig: MinHash) -> None:
        if article_id not in self.sigs:
            lean = sig if isinstance(sig, LeanMinHash) else LeanMinHash(sig)
            self.lsh.insert(article_id, lean)
            self.sigs[article_id] = lean

    @staticmethod
    def to_bytes(sig: MinHash) -> bytes:
        return np.asarray(sig.hashvalues, dtype=np.uint32).tobytes()
