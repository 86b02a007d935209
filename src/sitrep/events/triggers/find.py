"""The order of the trigger decisions for one sentence (:func:`find_triggers`): which words are candidates at all
(:func:`could_trigger`, a frozenset and pattern lookup), then for each candidate a construction's fixed reading
(:mod:`.fixed_reading`), else its patterns in order (:mod:`.pattern`, with the labour-strike and drill bars here),
and only for a word that would be a trigger the two dearest vetoes, asked last: no violent sense
(:mod:`.violent_sense`) and no event use (:mod:`.not_event_use`); then the most specific trigger per token, and no
deployment or protest noun that a violent deed acts on (:mod:`.attacked`). Tests: tests/test_speed_paths.py
(the prefilter changes nothing), tests/test_events_naming_call.py.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.events.deps import RELATIVE_WORDS
from sitrep.events.drill import drill_deed
from sitrep.events.munitions import less_lethal
from sitrep.events.ontology import Ontology
from sitrep.events.roles import lemma
from sitrep.events.suffered_wounds import SUFFER_VERBS
from sitrep.events.triggers.attacked import attacked_thing
from sitrep.events.triggers.fixed_reading import _fixed_reading
from sitrep.events.triggers.model import Trigger
from sitrep.events.triggers.not_event_use import _not_event_use
from sitrep.events.triggers.pattern import _NEXT, _pattern_trigger, _unpatterned_trigger
from sitrep.events.triggers.phrases import idiom_spans
from sitrep.events.triggers.violent_sense import _no_violent_sense
from sitrep.events.triggers.words import DRILL_STAGED_CODES, TAKE_VERBS, VIOLENT_TYPES, _WordKit
from sitrep.events.word_senses import labour_strike
from sitrep.nlp.doctext import doc_attr


def near_lemmas(tok) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    near: dict[str, Any] = {}
    for c in tok.children:
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue  # "called her on Monday": a date, not "call on" someone
        for x in [c, *c.children]:
            if x is tok:
                continue
            near.setdefault(lemma(x), x)
            near.setdefault(x.lower_, x)
            if x is not c and x.lower_ == "of" and c.dep_ in ("dobj", "nsubj", "nsubjpass"):  # "hundreds of troops"
                for y in x.children:
                    near.setdefault(lemma(y), y)
        if c.dep_ == "nsubj" and c.lower_ in RELATIVE_WORDS and tok.dep_ == "relcl":
            near.setdefault(lemma(tok.head), tok.head)  # "mortar shells that crashed into homes": the shells crashed
    return near


def could_trigger(tok, pos: str, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether :func:`find_triggers` can make ``tok`` a trigger at all: a pattern under its lemma or form, a
    verb of taking, "call" (the condemnation case), "die" / "succumb" (of the wounds of a weapon) or a verb of
    suffering wounds (events/suffered_wounds). Every other token ends in no trigger whatever the
    checks before the pattern lookup say, so those checks are skipped (keep this in step with that loop)."""
    lem = lemma(tok)
    if onto.patterns(lem, pos) or (tok.lower_ != lem and onto.patterns(tok.lower_, pos)):
        return True
    if pos == "NOUN" and tok.lower_ == "suffering":
        return True  # "located a male suffering from stab wounds", parsed as a noun (events/suffered_wounds)
    return pos == "VERB" and (lem in ("call", "die", "succumb") or lem in SUFFER_VERBS or tok.lemma_.lower() in TAKE_VERBS)


def _could_trigger_at(lemmas: list[str], lowers: list[str], poss: list[str], i: int, pos: str,
                      onto: Ontology) -> bool:
    """:func:`could_trigger` of token ``i``, read from the Doc's lists (:func:`doc_attr`): no Token is built for
    the many nouns and verbs no pattern can make a trigger (the same answer: keep the two in step)."""
    raw = lemmas[i].lower()
    lem = raw[:-1] if poss[i] == "PROPN" and raw.endswith("s") and len(raw) > 4 and not raw.endswith("ss") else raw
    low = lowers[i]
    if onto.patterns(lem, pos) or (low != lem and onto.patterns(low, pos)):
        return True
    if pos == "NOUN" and low == "suffering":
        return True
    return pos == "VERB" and (lem in ("call", "die", "succumb") or lem in SUFFER_VERBS or raw in TAKE_VERBS)


def find_triggers(sent, onto: Ontology, blocked: list[tuple[int, int]], place_spans: tuple = ()) -> list[Trigger]:  # type: ignore[no-untyped-def]
    """Trigger words in one sentence; the most specific pattern per token, dependents consumed.

    "take" is territorial when what is taken is a place ("took the village of X", "took X")."""
    kit = _WordKit(onto)
    idioms = idiom_spans(sent)
    off = _blocked_chars(sent, blocked + idioms if idioms else blocked)
    base = sent.start_char
    doc = sent.doc
    poss, tags, idxs = doc_attr(doc, "pos_"), doc_attr(doc, "tag_"), doc_attr(doc, "idx")
    lemmas, lowers = doc_attr(doc, "lemma_"), doc_attr(doc, "lower_")
    cands: list[Trigger] = []
    for i in range(sent.start, sent.end):  # token attributes from lists: a Token is built only for candidates
        pos = "VERB" if poss[i] == "VERB" or tags[i].startswith("VB") else "NOUN" if poss[i] in ("NOUN", "PROPN") else None
        if pos is None or off[idxs[i] - base]:
            continue
        if not _could_trigger_at(lemmas, lowers, poss, i, pos, onto):
            continue  # most nouns and verbs: no pattern, so none of the checks below can make them one
        tok = doc[i]
        trig = _word_trigger(tok, pos, onto, kit, place_spans)
        if trig is not None:
            cands.append(trig)
    return _most_specific([t for t in cands if not attacked_thing(t, cands)])


def _blocked_chars(sent, blocked: list[tuple[int, int]]) -> bytearray:  # type: ignore[no-untyped-def]
    """1 where a blocked span covers the sentence's character (one pass over spans)."""
    base, end = sent.start_char, sent.end_char
    off = bytearray(end - base + 1)
    for s, e in blocked:
        if s < end and e > base:
            lo, hi = max(s, base) - base, min(e, end) - base
            off[lo:hi] = b"\x01" * (hi - lo)
    return off


def _most_specific(cands: list[Trigger]) -> list[Trigger]:
    """The highest-ranked trigger per token, the words it consumes taken; in text order."""
    cands.sort(key=lambda t: t.pattern.rank, reverse=True)
    taken: set[int] = set()
    out: list[Trigger] = []
    for t in cands:
        if t.tok.i in taken:
            continue
        out.append(t)
        taken.add(t.tok.i)
        taken.update(x.i for x in t.dep_toks)
    out.sort(key=lambda t: t.tok.i)
    return out


def _word_trigger(tok, pos: str, onto: Ontology, kit: _WordKit, place_spans: tuple) -> Optional[Trigger]:  # type: ignore[no-untyped-def]
    """The trigger one candidate word makes, or None: a construction's fixed reading, else the word's patterns, and
    neither where the word is used as no event (:func:`_not_event_use`) or, for a pattern's trigger, has no violent
    sense here (:func:`_no_violent_sense`). Those two vetoes are asked last, only of a word that would otherwise
    be a trigger: each check only reads the parse, so asking them after the readings gives the answer asking them
    first gave, for most candidate words without running them (they are the dearest checks)."""
    told, trig = _fixed_reading(tok, pos, onto)
    if not told:
        pats = onto.patterns(lemma(tok), pos) or (onto.patterns(tok.lower_, pos) if tok.lower_ != lemma(tok) else [])
        if not pats and not (pos == "VERB" and tok.lemma_.lower() in TAKE_VERBS):
            return None
        trig = _patterned_trigger(tok, pos, pats, onto, kit, place_spans)
        if trig is not None and _no_violent_sense(tok, pos, onto, place_spans):
            return None
    if trig is None or _not_event_use(tok, pos, onto, kit, place_spans):
        return None
    return trig


def _patterned_trigger(tok, pos: str, pats: list, onto: Ontology, kit: _WordKit,  # type: ignore[no-untyped-def]
                       place_spans: tuple) -> Optional[Trigger]:
    """The trigger the word's first fitting pattern makes (its dependents all near, not barred by a labour strike
    or a drill), else the unpatterned readings' (:func:`_unpatterned_trigger`); None where neither makes one."""
    labour = labour_strike(tok)
    drill: Optional[bool] = None  # drill_deed(tok), asked at the first pattern it could bar
    near = {k: x for k, x in near_lemmas(tok).items() if not (x.pos_ == "NOUN" and less_lethal(x))}
    for p in pats:
        if labour and p.tdef.event_type != "Protests":
            continue  # "went on strike", "a 72-hour armed strike": a stoppage of work, no weapon's strike
        if not all(d in near for d in p.deps):
            continue
        if p.tdef.event_type in VIOLENT_TYPES or p.tdef.code in DRILL_STAGED_CODES:
            if drill is None:
                drill = drill_deed(tok)  # "stormed mock trenches at the training ground": no battle (talks stay talks)
            if drill:
                continue  # (and "police bomb teams defused a second device", "shot down mock drones": staged too)
        trig = _pattern_trigger(tok, pos, p, near, onto, kit, place_spans)
        if trig is not _NEXT:
            return trig  # type: ignore[return-value]
    return _unpatterned_trigger(tok, pos, labour, onto, place_spans)
