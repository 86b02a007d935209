"""No decision: the verb a time hangs from (:func:`_verb_of`), a time span's head, lemmas with bare inflected
forms (:func:`lemmas`), a trigger's own verb, and what kind a verb or noun is (violent, an event verb, a support
verb; the ontology's lists).
"""
from __future__ import annotations

from sitrep.events.ontology import load_ontology
from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.timelex import lexicon


def _verb_of(doc, ts: list[int]):  # type: ignore[no-untyped-def]
    """The verb a time expression hangs from (its last token walked up at most four heads); a word of the
    expression itself tagged as a verb ("YESTERDAY" in upper-case text) is not its verb."""
    tok, inside = doc[ts[-1]], set(ts)
    for _ in range(4):
        if (tok.pos_ in ("VERB", "AUX") and tok.i not in inside) or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def lemmas(tok) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The token's lemma, then the bare forms of its regular inflection ("staged" -> "stage": the small
    model lemmatises some verbs wrongly, "staged" as "stag", and upper-case words not at all)."""
    low, lem = tok.lower_, tok.lemma_.lower()
    out = [lem] if lem == low else [lem, low]
    if low.endswith("ied") or low.endswith("ies"):
        out.append(low[:-3] + "y")
    if low.endswith("ed") or low.endswith("es"):
        out += [low[:-1], low[:-2]]
        if len(low) > 4 and low[-3] == low[-4] and low[-3] not in "aeiouls":
            out.append(low[:-3])  # "shelled" keeps its double l above; "stopped" -> "stop"
    elif low.endswith("ing") and len(low) > 5:
        out += [low[:-3], low[:-3] + "e"]
    elif low.endswith("s") and not low.endswith("ss"):
        out.append(low[:-1])
    return tuple(dict.fromkeys(out))


def _span_head(doc, ts: list[int]):  # type: ignore[no-untyped-def]
    """The token of a time expression whose head lies outside it."""
    inside = set(ts)
    return next((doc[i] for i in ts if doc[i].head.i not in inside or doc[i].head.i == i), doc[ts[-1]])


def _violent_verb(tok) -> bool:  # type: ignore[no-untyped-def]
    onto = load_ontology()
    return any(p.tdef.event_type in VIOLENT_EVENT_TYPES for w in lemmas(tok) for p in onto.patterns(w, "VERB"))


def _event_verb(verb, incidents: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """A verb whose time may date an act of violence: one of violence, of killing or wounding, a light verb;
    with ``incidents``, also a trigger of a disaster or crime outside ACLED ("was derailed today after
    hitting a dynamite charge")."""
    words, onto = lemmas(verb), load_ontology()
    if incidents and any(p.tdef.outside for w in words for p in onto.patterns(w, "VERB")):
        return True
    return _violent_verb(verb) or support_verb(verb) or any(w in onto.cue("kill_lemmas") for w in words)


def support_verb(verb) -> bool:  # type: ignore[no-untyped-def]
    """A light, aspectual or phrasal verb whose time dates the event noun it governs (``event_verb`` of
    data/time_lexicon.tsv): "launched an attack on Monday", "the bomb went off on Monday"."""
    words, ev = lemmas(verb), lexicon().event_verbs
    if any(w in ev for w in words):
        return True
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None  # the particle, whatever the parse made of it
    if nxt is None or not any(f"{w} {nxt.lower_}" in ev for w in words):
        return False
    return nxt.lower_ not in _TREAD or _treads_on_device(verb, nxt)


_TREAD = frozenset({"over", "on"})  # "ran over", "drove over", "stepped on": the verb sets a device off


def _treads_on_device(verb, particle) -> bool:  # type: ignore[no-untyped-def]
    """"A minibus ran over a roadside bomb": the run dates the blast only when what was run over is a device or a
    mine ("a street vendor was run over by a truck on Sunday night" is a road death, its day no deed's)."""
    return any(c.dep_ in ("dobj", "pobj") and _violent_noun(c) for t in (verb, particle) for c in t.children)


def _own_verb(trig):  # type: ignore[no-untyped-def]
    v = trig
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return v


def _violent_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    return load_ontology().violent_noun(tok.lemma_.lower())
