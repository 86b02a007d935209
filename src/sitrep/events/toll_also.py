"""Further victims told as added to a count: "(X was killed and) two guards were *also* killed", "along with", "as well
as" (:func:`_added`), the other side's dead in a second death clause (:func:`_other_side_dead`), a speaker's count of
the attackers' dead in a "that" clause (:func:`_speakers_addition`); summed into the clause's count
(:func:`_also_killed`), into the one incident's count from the next sentence (:func:`_add_orphan_also`), or into
another event's count just before (:func:`add_also_tolls`), unless the victims were named before
(:func:`_named_before`) or the words tell a deed apart (``_APART``).
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.toll_others import others_dead
from sitrep.events.toll_whole import told_as_whole
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure, Span
from sitrep.nlp.doctext import PARAGRAPH_BREAK, doc_sents, doc_text
from sitrep.events.toll_candidates import _candidates, best_sum
from sitrep.events.toll_lists import _breakdown
from sitrep.events.toll_parse import _verb_above, _victim_of
from sitrep.events.toll_running import is_toll_update_figure


_ALSO = frozenset({"also", "too", "likewise"})


def _added(f: Figure, tok_of_fig, doc) -> bool:  # type: ignore[no-untyped-def]
    """A count told as further victims: "(X was killed and) two guards were *also* killed", "(X was killed,) *along
    with* two of her drivers", "(killed the mayor,) *as well as* two farmers"."""
    toks = next((ts for g, ts in tok_of_fig if g is f), None)
    if not toks:
        return False
    n = _victim_of(doc, f, toks)
    if n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lower_ in ("along", "together"):
        return True
    first = doc[n.left_edge.i]
    if first.i >= 3 and [t.lower_ for t in doc[first.i - 3:first.i]] == ["as", "well", "as"]:
        return True  # "(killed the mayor,) as well as two farmers"
    v = _verb_above(n)
    return v.pos_ in ("VERB", "AUX") and (any(c.dep_ == "advmod" and c.lower_ in _ALSO for c in v.children)
                                          or others_dead(n, v))  # "(Seven died on the spot and) two others died"


def _other_side_dead(best: Figure, f: Figure, tok_of_fig, doc) -> bool:  # type: ignore[no-untyped-def]
    """Two sides' dead told in two death clauses joined by "and", each count its clause's subject, one of them the
    attackers (cue attacker_death_nouns): "Seven soldiers were killed and about 30 attackers were neutralised" (37 in
    all, as ACLED counts every death of the clash); never the same noun twice, two counts of victims (two incidents
    may be told so), nor a count told as a running toll."""
    tb = next((ts for g, ts in tok_of_fig if g is best), None)
    tf = next((ts for g, ts in tok_of_fig if g is f), None)
    if not tb or not tf or is_toll_update_figure(f, doc_text(doc)) or is_toll_update_figure(best, doc_text(doc)):
        return False
    nb, nf = _victim_of(doc, best, tb), _victim_of(doc, f, tf)
    vb, vf = nb.head, nf.head
    if nb.dep_ not in ("nsubj", "nsubjpass") or nf.dep_ not in ("nsubj", "nsubjpass") or vb.i == vf.i \
            or nb.lemma_.lower() == nf.lemma_.lower() or nb.pos_ != "NOUN" or nf.pos_ != "NOUN":
        return False
    attackers = sense_cue("attacker_death_nouns")
    if (nb.lemma_.lower() in attackers) == (nf.lemma_.lower() in attackers):
        return False  # not the attackers beside their victims: maybe two incidents ("Two police officers died when a
        # drone ... , and four soldiers were killed in an ambush near X")
    first, second = (vb, vf) if vb.i < vf.i else (vf, vb)
    return second.dep_ == "conj" and second.head.i == first.i and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in first.children)


_ADDING = frozenset({"add", "say", "claim", "tell", "report"})


def _speakers_addition(f: Figure, best: Figure, tok_of_fig, doc) -> bool:  # type: ignore[no-untyped-def]
    """ "Nine soldiers were killed ..., an official said, adding that dozens of the attackers had also died": a count
    told in a "that" clause of the speaker's verb, which ``best`` is not under, is the speaker's claim of its own
    (here of the enemy's dead), never further victims of ``best``'s count (branch figures8)."""
    toks = next((ts for g, ts in tok_of_fig if g is f), None)
    if not toks:
        return False
    v = _verb_above(_victim_of(doc, f, toks))
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in _ADDING or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
        return False
    best_toks = next((ts for g, ts in tok_of_fig if g is best), None)
    return bool(best_toks) and not any(v.head.i == a.i for a in doc[best_toks[0]].ancestors)


def _also_killed(best: Figure, sentence: list[Figure], tok_of_fig, doc) -> Optional[Figure]:  # type: ignore[no-untyped-def]
    """``best`` plus the sentence's other killed-figures when one of them is told as further victims (see
    :func:`_added`); None when there is nothing to add."""
    others = [f for f in sentence if f is not best and not (f.span.start < best.span.end and best.span.start < f.span.end)
              and not _breakdown(f, tok_of_fig, doc) and not _speakers_addition(f, best, tok_of_fig, doc)]
    if not others or len(others) > 2:
        return None
    if not (_added(best, tok_of_fig, doc) or any(_added(f, tok_of_fig, doc) or _other_side_dead(best, f, tok_of_fig, doc)
                                                  for f in others)):
        return None
    whole = [f for f in (best, *others) if told_as_whole(f, doc_text(doc))]
    if whole:  # "... were also killed, bringing the number of dead to six": six, the sum told
        return whole[-1] if whole[-1] is not best else None
    group = sorted([best, *others], key=lambda f: f.span.start)
    low = sum((f.low if f.low is not None else f.high or 0.0) for f in group)
    high = None if any(f.high is None for f in group) else sum(f.high for f in group)  # type: ignore[misc]
    start, end = group[0].span.start, group[-1].span.end
    text = doc_text(doc)[start:end]
    if PARAGRAPH_BREAK.search(text):
        return None  # a count in a headline glued on is no further victim
    return replace(best, low=low, high=high, best=best_sum(group), span=Span(best.span.article_id, start, end, text))


def _named_before(f: Figure, toks: list[int], doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """The victims of a count told as further victims were named before ``start`` ("the killing of a policeman and
    his son" ... "the gunmen also killed the agent's son"): they may already be counted."""
    n = _victim_of(doc, f, toks)
    if n.like_num or n.tag_ == "CD":  # "two of his guards": the noun after "of"
        n = next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), n)
    if n.like_num or n.pos_ == "PRON":
        return False
    word = n.lemma_.lower()
    return any(t.lemma_.lower() == word for t in doc if t.idx < start)


def _add_orphan_also(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                     doc) -> None:
    """The one incident of a report with its count, and the next sentence's count of further victims that no event
    carries ("Two of his guards were also killed."): the incident's toll is their sum (:func:`add_also_tolls` for
    a count an event carries)."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.background or f0.since is not None:
        return
    k = bisect.bisect_right(sentence_starts, f0.span.end) - 1
    lo = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else None
    hi = sentence_starts[k + 2] if k + 2 < len(sentence_starts) else len(doc_text(doc))
    if lo is None:
        return
    text = doc_text(doc)
    for f in _candidates(figures):
        if f.id in carried or not (lo <= f.span.start < hi) or f.low is None:
            continue
        if set(text[lo:hi].lower().split()) & _APART:
            return
        toks = [t.i for t in doc.char_span(f.span.start, f.span.end, alignment_mode="expand") or []]
        if toks and _added(f, [(f, toks)], doc) and not _named_before(f, toks, doc, lo):
            high = None if f0.high is None or f.high is None else f0.high + f.high
            ev.fatalities = replace(f0, low=f0.low + f.low, high=high, best=best_sum([f0, f]),
                                    span=Span(f0.span.article_id, f0.span.start, f.span.end, text[f0.span.start:f.span.end]))
            ev.figures.append(f.id)
            return


_APART = frozenset({"separate", "another", "other", "elsewhere", "earlier", "later", "meanwhile"})


def add_also_tolls(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """ "Judge Ana Ruiz was murdered this morning. Two of her guards were also killed.": a count told as further
    victims ("also", "along with", "as well as": :func:`_added`) by a bare death verb ("killed", "died") just after
    another asserted violent mention's count adds to it; both mentions carry the sum, so that restatements folded
    either way keep it and the story total counts it once. Never when the sentence tells its dead apart ("in a
    separate attack", "another", "elsewhere", "earlier") or the count is a running total."""
    from sitrep.nlp.figures import figure_lexicon

    deeds = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and not e.outside
             and e.fatalities is not None and not e.fatalities.background and e.fatalities.since is None]
    verbs = figure_lexicon().verbs
    text = doc_text(doc)
    sents = doc_sents(doc) if deeds else []
    for b in deeds:
        f = b.fatalities
        if not (b.sentence.start <= f.span.start < b.sentence.end) or (f.low is None):  # type: ignore[union-attr]
            continue
        words = {w.lower() for w in text[b.sentence.start:b.sentence.end].split()}
        if words & _APART:
            continue
        toks = [t.i for t in doc.char_span(f.span.start, f.span.end, alignment_mode="expand") or []]  # type: ignore[union-attr]
        if not toks or not _added(f, [(f, toks)], doc):  # type: ignore[arg-type]
            continue
        verb = _verb_above(_victim_of(doc, f, toks))  # type: ignore[arg-type]
        if verbs.get(verb.lemma_.lower(), ("",))[0] != "killed" or verb.pos_ != "VERB":
            continue  # a bare death verb ("were also killed"), not "also bombed a bridge"
        prev = [sp for sp in sents if sp.end_char <= b.sentence.start]
        if not prev or _named_before(f, toks, doc, b.sentence.start):
            continue
        lo = prev[-2 if len(prev) > 1 else -1].start_char  # the two sentences before
        before = [a for a in deeds if a is not b and a.fatalities is not None and a.fatalities is not f
                  and lo <= a.fatalities.span.start and a.fatalities.span.end <= b.sentence.start
                  and a.fatalities.low is not None]
        if not before:
            continue
        a = max(before, key=lambda e: e.fatalities.span.end)  # type: ignore[union-attr]
        g = a.fatalities
        assert g is not None and f is not None
        low = (g.low or 0.0) + (f.low or 0.0)
        high = None if g.high is None or f.high is None else g.high + f.high
        total = replace(g, low=low, high=high, best=best_sum([g, f]), span=Span(g.span.article_id, g.span.start, f.span.end,
                                                        text[g.span.start:f.span.end]))
        for e in (a, b):
            e.fatalities = total
