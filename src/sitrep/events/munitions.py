"""Crowd-control munitions: a shell or grenade of tear gas is police kit, no weapon of war.

"Police fired teargas shells at the students", "officers lobbed stun grenades at the marchers": the word "shell"
or "grenade" there names a less-lethal munition (ACLED: tear gas, stun grenades and rubber bullets used on a crowd
are an intervention in a protest), so it must not make the clause a shelling or a grenade attack. A weapon word
(cue ``less_lethal_heads``: shell, grenade, bullet, canister…) counts as such a munition when a modifier of it, or a modifier of that modifier ("tear gas shells"), is a word of
the cue ``less_lethal_words`` (data/event_sense_cues.tsv). "Gas" alone counts only where its sentence names police or
a crowd (ontology cues ``police_words``, ``protest_words``, ``mob_words``: "officers fired gas grenades into the
crowd"); "gas shells" fired by an army may be chemical weapons.
"""

from __future__ import annotations

from typing import Iterable

from sitrep.events.cues import sense_cue

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _lem(tok) -> str:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower()


_GAS = "gas"


def _police_or_crowd(sent) -> bool:  # type: ignore[no-untyped-def]
    """The sentence names police or a crowd (module docstring: where "gas" alone is crowd-control kit)."""
    from sitrep.events.ontology import load_ontology

    onto = load_ontology()
    words = onto.cue("police_words") | onto.cue("protest_words") | onto.cue("mob_words")
    return any(_lem(t) in words or t.lower_ in words for t in sent)


def less_lethal(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a weapon word modified by a less-lethal word ("teargas shells", "tear gas canisters", "stun
    grenades", "rubber bullets"; "gas grenades" fired by police or into a crowd)."""
    if _lem(tok) not in sense_cue("less_lethal_heads"):
        return False
    words = sense_cue("less_lethal_words")
    if any(c.dep_ in _MODIFIER_DEPS and c.lower_ == _GAS for c in tok.children) and _police_or_crowd(tok.sent):
        return True
    for c in tok.children:
        if c.dep_ not in _MODIFIER_DEPS:
            continue
        if _lem(c) in words or c.lower_ in words or any(
                g.dep_ in _MODIFIER_DEPS and (_lem(g) in words or g.lower_ in words) for g in c.children):
            return True
    return False


def less_lethal_lemmas(toks: Iterable) -> set[str]:  # type: ignore[type-arg]
    """The weapon lemmas among ``toks`` that only ever name less-lethal munitions there: dropping them leaves a
    clause's or sentence's type to its other words (an intervention, force on a crowd)."""
    heads = sense_cue("less_lethal_heads")
    seen: dict[str, bool] = {}
    for tok in toks:
        lem = _lem(tok)
        if lem in heads:
            seen[lem] = seen.get(lem, True) and less_lethal(tok)
    return {lem for lem, only in seen.items() if only}
