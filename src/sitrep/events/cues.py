"""Cue words of the event-sense checks (``data/event_sense_cues.tsv``): which words make an event word a
reference to an incident told before, a count, a weapon held, a series or trend, or a person taken."""
from __future__ import annotations

import functools

from sitrep.nlp.doctext import doc_lemma_set, doc_title_words
from sitrep.nlp.span_words import names_any
from sitrep.resources import data_path


@functools.lru_cache(maxsize=2)
def _load(name: str = "event_sense_cues.tsv") -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    with open(data_path(name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[0] or not parts[1]:
                raise ValueError(f"{data_path(name)}:{n}: expected 'cue<TAB>lemma<TAB>why'")
            out.setdefault(parts[0], set()).add(parts[1].lower())
    return {k: frozenset(v) for k, v in out.items()}


def sense_cue(name: str) -> frozenset[str]:
    """The lemmas of one cue list (empty when the list is unknown)."""
    return _load().get(name, frozenset())


def doc_uses_cue(doc, name: str, minimum: int) -> bool:  # type: ignore[no-untyped-def]
    """``doc`` uses at least ``minimum`` distinct lemmas of cue list ``name`` (cached on the doc): the kind of a
    document ("a match report", "a review of a film") told by its words, its cut-off headline's included."""
    key = f"sitrep_doc_cue_{name}_{minimum}"
    got = doc.user_data.get(key)
    if got is None:
        words = sense_cue(name)
        got = len((doc_lemma_set(doc) | doc_title_words(doc)) & words) >= minimum  # (with the headline's words)
        doc.user_data[key] = got
    return got


def sentence_names_cue(tok, name: str) -> bool:  # type: ignore[no-untyped-def]
    """``tok``'s sentence holds a word (lemma or form) of cue list ``name``."""
    return names_any(tok.sent, sense_cue(name))
