"""A definite blast points back at the explosion told before it ("A bomb went off outside a bank on Monday. Four
people were hurt in the blast."; "A gas cylinder exploded in a restaurant. Four people were hurt in the blast."):
read alone, a bare "blast" or "explosion" that names no cause in its sentence is typed by the rules as a bomb, or
moved by the learned sub-type decision to an accident (``subtype_model.MOVES_WITH_CUE``), whatever the report said
before. "The blast" of a report whose latest explosion told before it is a violent one (a bomb) or an accident (a
gas explosion) takes that explosion's type, and is then merged with it as a restatement, its wounded and dead with
it. Blasts told as more of the same ("then more explosions, one after another", "secondary explosions") point back the
same way (branch precision16). An indefinite "an explosion" (another one) and a blast with words of its own ("the
gas blast", "a second blast") keep their reading."""
from __future__ import annotations

from sitrep.model import EventMention

_BLAST_NOUNS = frozenset({"blast", "explosion", "detonation"})
_DEFINITE = frozenset({"the", "this", "that"})
_MORE = frozenset({"more", "further", "secondary"})
_EXPLOSIONS = "Explosions/Remote violence"
_ACCIDENT = "man_made_disaster"


_EXPLODE = frozenset({"explode", "blow", "detonate"})


def _explosion(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """A violent explosion, or an accident told by an explosion word ("a gas cylinder exploded", "a boiler
    explosion"; not a derailment or a crash)."""
    if e.event_type == _EXPLOSIONS and e.outside is None:
        return True
    if e.outside != _ACCIDENT or e.trigger is None:
        return False
    sp = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return sp is not None and any(t.lemma_.lower() in _BLAST_NOUNS | _EXPLODE for t in sp)


def _pointer(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """``e`` is read off a bare definite blast noun ("the blast", "this explosion")."""
    if e.trigger is None or not _explosion(e, doc):
        return False
    sp = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if sp is None or len(sp) != 1:
        return False
    tok = sp[0]
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _BLAST_NOUNS:
        return False
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in _MORE for c in tok.children):
        return not any(c.dep_ in ("compound", "nmod", "nummod") for c in tok.children)  # "then more explosions"
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children) \
        and not any(c.dep_ in ("compound", "amod", "nmod", "nummod") for c in tok.children)


def retype_told_blasts(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """Give each event read off a definite blast noun the type of the latest explosion (violent or accidental) told
    before it, when that type differs."""
    for e in events:
        if not _pointer(e, doc):
            continue
        assert e.trigger is not None
        start = e.trigger.start
        before = [x for x in events if x is not e and x.trigger is not None and x.trigger.start < start
                  and _explosion(x, doc) and (x.modality != "background" or _pointer(x, doc))]
        # (not a weapon named in passing, "as workers packed rockets": no explosion told)
        if not before:
            continue
        told = max(before, key=lambda x: x.trigger.start)  # type: ignore[union-attr]
        if (told.event_type, told.outside) != (e.event_type, e.outside):
            e.event_type, e.sub_event_type, e.plover, e.outside = \
                told.event_type, told.sub_event_type, told.plover, told.outside
