"""Denied by the clause's own grammar: "not", "never", "no one was killed", "called off the march".

Decides ``denied`` where the words that negate the verb stand in its clause (read by :mod:`.head`) or under the
verb above it (a negated governor), and where the subject names no one. Evidence: the parse's ``neg`` and ``det``
children of the verb and its subject. Data: none (grammar words only). Tests: tests/test_crime_modality.py,
tests/test_events_fix2.py ("not one of the hostages"), tests/test_events_deed_senses.py ("not only ... but").
"""
from __future__ import annotations


FOCUS_ADVERBS = frozenset({"only", "just", "merely", "simply", "solely"})


def negation(c) -> bool:  # type: ignore[no-untyped-def]
    """``c`` is a "not" that negates its verb; "not only ... but also" adds a deed, it does not deny one ("and not
    just shoot people", with no "but" after it, still denies)."""
    if c.dep_ != "neg":
        return False
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    if nxt is None or nxt.lower_ not in FOCUS_ADVERBS:
        return True
    return not any(t.lower_ == "but" for t in c.doc[nxt.i + 1: c.sent.end])


_NOBODY = frozenset({"nobody", "no-one", "noone"})


def nobody(c) -> bool:  # type: ignore[no-untyped-def]
    """``c`` is a subject that names no one: "nobody", "no one", "no one else", "none" ("none of the guards"),
    "not one of the hostages", "not a single person", a passive subject with "no" ("no pupil has been harmed"); not "not one but two bombs" (a count: "one" is then no
    subject) nor "no one group" (a determiner of a noun)."""
    if not c.dep_.startswith("nsubj"):
        return False
    low = c.lower_
    if any(d.dep_ == "cc" and d.lower_ == "but" for d in c.children):
        return False  # "not one but three people were killed": a count
    kids = list(c.children)
    if c.dep_ == "nsubjpass" and any(d.dep_ == "det" and d.lower_ == "no" for d in kids):
        return True  # "no school has been attacked", "no civilians were hurt": the deed befell none of them
    return (low in _NOBODY or (low == "none" and c.pos_ in ("NOUN", "PRON"))
            or (low == "one" and any(d.dep_ in ("det", "neg") and d.lower_ == "no" and d.i == c.i - 1 for d in kids))
            # "not one of the hostages was killed", "not a single person was hurt"
            or (any(d.dep_ == "neg" and d.lower_ == "not" and d.i < c.i for d in kids)
                and (low == "one" or any(d.lower_ == "single" and d.dep_ == "amod" for d in kids))))


def called_off(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "called off the march", "the strike was called off": the phrasal verb of cancelling (a "call" alone is a
    call to act, read as a plan elsewhere)."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
