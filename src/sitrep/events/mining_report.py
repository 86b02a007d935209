"""A mining report's "mine": the pit, not a landmine (issue 15; spurious records on mining news).

"The mine is the only work there is", "the mine's current owner paid for the memorial", "output at the mine rose by
a fifth": in a report about mining, the noun "mine" names the pit or the company's site. A document is a mining
report when it uses at least ``_MIN_WORDS`` distinct words of ``mining_words`` (miner, mining, ore, copper, gold,
shaft, digger, smelter ...). There :func:`pit_mine` reads the noun "mine" as the pit unless its sentence names harm
(a word of ``sports_harm_words`` or ``mine_harm_words``: killed, exploded, blast, landmine ...): "a mine exploded
under a truck carrying miners" stays a landmine. The object of a preposition of place ("near the mine") is
``word_senses.dug_mine`` in any report.
"""
from __future__ import annotations

from sitrep.events.cues import doc_uses_cue, sentence_names_cue

__all__ = ["mining_report", "pit_mine"]

_MIN_WORDS = 4
_MINE = "mine"


def mining_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc`` uses at least ``_MIN_WORDS`` distinct words of mining."""
    return doc_uses_cue(doc, "mining_words", _MIN_WORDS)


def pit_mine(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the noun "mine" in a mining report's sentence that names no harm (module docstring)."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() == _MINE and mining_report(tok.doc) \
        and not sentence_names_cue(tok, "sports_harm_words") and not sentence_names_cue(tok, "mine_harm_words")
