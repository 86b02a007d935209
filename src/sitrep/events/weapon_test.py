"""A missile fired in a test, not at anyone (branch precision14; quiet_reports8 o16).

"North Korea fired a ballistic missile into the sea off its east coast", "the missile was launched from near the
capital and flew 800 km": a state's weapons test. ACLED codes no attack for it (at most a strategic development):
nothing and no one is aimed at. A verb of firing or launching (cue ``launch_verbs``) whose missile (its object, or
its passive subject; cue ``test_missiles``) lands in the sea (an "into" phrase naming a sea word, cue
``test_waters``) is a test; so is one whose document calls the firing a test ("a weapons test", "the test of a new
missile": the lemma ``test`` beside a missile word or "weapon") when the verb names no target of its own (no "at",
"on", "against", "toward" phrase, no other object). A missile fired at a town, a ship or troops stays an attack.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["missile_test"]

_TARGET_PREPS = frozenset({"at", "on", "against", "toward", "towards", "upon"})


def _lem(tok) -> str:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower()


def _missile(verb):  # type: ignore[no-untyped-def]
    """The missile ``verb`` fires: its object, or the subject of its passive ("the missile was launched")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and _lem(c) in sense_cue("test_missiles"):
            return c
    return None


def _into_sea(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` has an "into" phrase naming the sea ("into the sea", "into the waters off its coast")."""
    return any(p.dep_ == "prep" and p.lower_ == "into" and any(_lem(o) in sense_cue("test_waters") for o in p.children)
               for p in verb.children)


def _aimed(verb, missile) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` names a target of its own: a phrase "at / on / against" or an object other than the missile."""
    return any((c.dep_ == "prep" and c.lower_ in _TARGET_PREPS and not _time_phrase(c))
               or (c.dep_ == "dobj" and c.i != missile.i) for c in verb.children)


def _time_phrase(prep) -> bool:  # type: ignore[no-untyped-def]
    """ "on Wednesday": a preposition whose object is a date or a time, no target."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _doc_tells_test(doc) -> bool:  # type: ignore[no-untyped-def]
    """The document calls a firing a test: the word "test" beside a missile word or "weapon(s)" ("weapons tests",
    "the test of a new solid-fuel missile", "a missile test"; cached on the doc)."""
    key = "sitrep_doc_missile_test"
    got = doc.user_data.get(key)
    if got is None:
        words = sense_cue("test_missiles") | {"weapon", "weapons"}
        got = False
        for tok in doc:
            if _lem(tok) not in ("test", "test-fire") or tok.pos_ not in ("NOUN", "VERB"):
                continue
            near = doc[max(tok.i - 2, tok.sent.start):min(tok.i + 6, tok.sent.end)]
            if any(_lem(t) in words or t.lower_ in words for t in near):
                got = True
                break
        doc.user_data[key] = got
    return got


def missile_test(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` (a verb of firing or launching) fires a missile in a test: into the sea, or with no target in a
    document that calls the firing a test."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") and _lem(tok) in sense_cue("test_missiles"):
        return missile_test(tok.head) and getattr(_missile(tok.head), "i", -1) == tok.i  # "fired a missile into the sea": the missile too
    if tok.pos_ != "VERB" or _lem(tok) not in sense_cue("launch_verbs"):
        return False
    missile = _missile(tok)
    if missile is None:
        return False
    if _into_sea(tok):
        return True
    return not _aimed(tok, missile) and _doc_tells_test(tok.doc)
