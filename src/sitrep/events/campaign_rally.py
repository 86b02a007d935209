"""A party's campaign rally is no protest (issue 11; false events in election coverage).

"Zambia's two main parties launched their campaigns for next month's election with rival rallies in Lusaka",
"leaders of the two parties have attacked each other at rallies for weeks in what both call a battle for every
vote": a party gathering its voters demands nothing of anyone and is no ACLED protest (ACLED codes a campaign event
only when a demand or the state's force comes with it; violence at a rally is its own event, told by its own
word). :func:`campaign_rally` reads the word "rally" so when its sentence, or the report as a whole (``_MIN_WORDS``
distinct words: "Police said both rallies ended peacefully" in a campaign report), names an election campaign (a word
of ``campaign_words``: campaign, election, candidate, vote, voter, ballot ...) and its sentence names no demand, no
protest and no force against it (a word of ``rally_protest_words``: protest, demand, against, tear gas, dispersed,
arrested, broke up ...): "opposition supporters held a rally against the election result" and "police broke up a
campaign rally" stay events.
"""
from __future__ import annotations

from sitrep.events.cues import doc_uses_cue, sentence_names_cue
from sitrep.nlp.span_words import names_any

__all__ = ["campaign_rally", "campaign_rally_lemmas"]

_RALLY = "rally"
_MIN_WORDS = 3
_RALLIES = frozenset({_RALLY})


def campaign_rally(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a campaign rally: no protest (module docstring)."""
    return tok.lemma_.lower() == _RALLY and not sentence_names_cue(tok, "rally_protest_words") and (
        sentence_names_cue(tok, "campaign_words") or doc_uses_cue(tok.doc, "campaign_words", _MIN_WORDS))


def campaign_rally_lemmas(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """``{"rally"}`` when every rally ``sent`` names is a campaign rally, else nothing: the word the sub-type rules must
    not read as a protest ("was shot dead while attending an election rally": an attack on a candidate, not force
    used on protesters)."""
    if not names_any(sent, _RALLIES):
        return frozenset()
    rallies = [t for t in sent if t.lemma_.lower() == _RALLY]
    return frozenset({_RALLY}) if rallies and all(campaign_rally(t) for t in rallies) else frozenset()
