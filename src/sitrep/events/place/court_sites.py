"""Courts (``data/aftermath_sites.tsv``, kind "court"): where a case is heard, not where its deed happened ("A
regional trial court in X convicted a former officer of murder over the shooting in Y", "appeared before magistrates
in X")."""
from __future__ import annotations

from sitrep.events.place.funeral_sites import aftermath_words


def court_site(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The place mention ``ts`` is the object of "in" or "at" after a court noun that is a subject or is appeared
    before ("a court in X sentenced", "before magistrates in X"): the seat of the court."""
    last = doc[ts[-1]]
    tset = set(ts)
    tok = last
    while tok.dep_ in ("compound", "flat") and tok.head.i in tset and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
        return False
    noun = tok.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in aftermath_words("court"):
        return False  # ("a home on Quail Run Court in X": a street's name)
    # the court acts ("a court in X convicted") or is appeared before ("before magistrates in X"); not a court that is
    # a deed's target or scene ("threw a grenade outside a court in X")
    return noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.lower_ == "before")
