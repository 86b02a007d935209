"""The killer's own death beside his victims' (issue 16, branch tolls29). A local report often makes the killer's death
its lede's count and tells his victims' deaths in his relative clause or after it: "A man who shot dead his wife and her
sister ... was himself killed in a shootout with police", "A man who stabbed two people at a metro station was shot
dead by police. ... One of the two victims ... died", "Suspect dies in exchange of gunfire with deputies after ...
shooting. ... Two of the victims ... died". Both are deaths of the incident (ACLED counts every death; the local_reports
sets' convention counts a suspect the police killed, local_reports3-16 READMEs), so the incident's count is the
victims' and his.

``events/attacker_death.py`` adds the attacker to the victims' count when the police's deed is told as an event with
him as its patient after the victims' deed; this reads the other order, where his death is the one the lede counts:

* the killer: a count of one, in the first sentences, whose noun has a relative clause of a killer's deed
  (``killer_deed_verbs``: "A man who stabbed ...") or is a word for the attacker or the suspect, the subject of a
  death told with the police in its own clause ("by police", "in a shootout with police", "with deputies");
* the victims: the largest exact count of the dead told in his sentence or after it, not a count of him ("He", "The
  man, 35, died"), not one that already holds him ("including the gunman") or tells the running whole.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from sitrep.events.attacker_death import holds_attacker
from sitrep.events.cues import sense_cue
from sitrep.events.toll_whole import told_as_whole
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.doctext import doc_sents, doc_text

__all__ = ["add_slain_killer", "raise_incident_toll"]

_LEDE_SENTENCES = 3  # the headline, the dateline's sentence and the next
_PRONOUNS = frozenset({"he", "him", "himself", "she", "her", "herself", "who", "that"})
_DEFINITE = frozenset({"the", "this", "that"})


def _exact(f: Optional[Figure]) -> Optional[int]:
    if f is None or f.background or f.low is None or f.low != f.high or f.low < 1:
        return None
    return int(f.low)


def _root(doc, f: Figure):  # type: ignore[no-untyped-def]
    sp = doc.char_span(f.span.start, f.span.end, alignment_mode="expand") if f.span is not None else None
    return sp.root if sp is not None and len(sp) else None


def _killer_deed(noun) -> bool:  # type: ignore[no-untyped-def]
    """ "A man who stabbed two people": the noun's relative clause tells a killer's deed with the noun its doer."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in sense_cue("killer_deed_verbs")
               and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children) for c in noun.children)


def _killer_noun(noun) -> bool:  # type: ignore[no-untyped-def]
    lem = noun.lemma_.lower()
    return lem in sense_cue("attacker_death_nouns") or lem in sense_cue("killed_suspect_nouns")


def _police_in_clause(noun) -> bool:  # type: ignore[no-untyped-def]
    """The death the noun is the subject of is told with the police or deputies in its own clause."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    skip = {t.i for c in noun.children if c.dep_ == "relcl" for t in c.subtree}
    words = sense_cue("police_doer_words")
    return any(t.i not in skip and (t.lower_ in words or t.lemma_.lower() in words) for t in verb.subtree)


def _killer_figure(figures: list[Figure], doc) -> Optional[tuple[Figure, object]]:  # type: ignore[no-untyped-def]
    sents = doc_sents(doc)[:_LEDE_SENTENCES]
    end = sents[-1].end_char if sents else 0
    for f in figures:
        if f.what != "killed" or _exact(f) != 1 or f.span is None or f.span.start >= end:
            continue
        noun = _root(doc, f)
        if noun is None or noun.tag_ not in ("NN", "NNP") or not (_killer_deed(noun) or _killer_noun(noun)):
            continue
        if _police_in_clause(noun):
            return f, noun
    return None


def _of_him(g_root, noun) -> bool:  # type: ignore[no-untyped-def]
    """A count that names the killer again: "He", "The man, 35, died", "the suspect"."""
    if g_root.lower_ in _PRONOUNS:
        return True
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in g_root.children)
    return definite and (g_root.lemma_.lower() == noun.lemma_.lower() or _killer_noun(g_root))


def _victims(figures: list[Figure], killer: Figure, noun, doc, text: str) -> Optional[Figure]:  # type: ignore[no-untyped-def]
    start = noun.sent.start_char
    best: Optional[Figure] = None
    for g in figures:
        if g is killer or g.what != "killed" or _exact(g) is None or g.span is None or g.span.start < start:
            continue
        r = _root(doc, g)
        if r is None or r.i == noun.i or _of_him(r, noun):
            continue
        if holds_attacker(text[g.span.end:g.span.end + 80]) or told_as_whole(g, text):
            return None  # a count that holds him, or the running whole: nothing to add
        if best is None or (_exact(g) or 0) > (_exact(best) or 0):
            best = g
    return best


def add_slain_killer(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Count the killer the police killed with his victims on the incident (module doc)."""
    if doc is None:
        return
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    if not violent or any(e.fatalities is not None and e.fatalities.id.endswith(("+attacker", "+doer", "+killer"))
                          for e in violent):
        return
    found = _killer_figure(figures, doc)
    if found is None:
        return
    killer, noun = found
    g = _victims(figures, killer, noun, doc, doc_text(doc))
    if g is None:
        return
    raise_incident_toll(violent, figures, g, (_exact(g) or 0) + 1, "+killer")


def raise_incident_toll(violent: list[EventMention], figures: list[Figure], g: Figure, total: int, suffix: str) -> None:
    """Give the incident (the violent event with the largest exact count, the first told among equals) the count
    ``total``, a copy of ``g`` under ``g.id + suffix``, unless its count is already as large (also read by
    ``events/killers_killed``)."""
    m = max(violent, key=lambda e: (_exact(e.fatalities) or 0, -e.sentence.start))
    if (_exact(m.fatalities) or 0) >= total:
        return
    h = replace(g, id=f"{g.id}{suffix}", low=float(total), high=float(total), best=None)
    figures.append(h)
    m.fatalities = h
    m.figures.append(h.id)
