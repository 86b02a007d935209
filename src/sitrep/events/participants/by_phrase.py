"""The doer a verb's by-phrase names (:func:`_by_phrase_doer`): its own, one shared with a later passive
conjunct ("killed and beheaded by militants", :func:`gapped_by`), one the parser hung past the verb, or "at the hands
of X".
"""
from __future__ import annotations

from sitrep.events.deps import child, passive_after_active, pobj
from sitrep.events.nominal import hands_of, stray_by


def gapped_by(v):  # type: ignore[no-untyped-def]
    """The by-phrase of a later passive conjunct that has no auxiliary of its own, so shares ``v``'s ("were killed and
    houses burned by the militia", parsed with "burned" on "houses" or as a verb of its own): its doer is ``v``'s
    too. A conjunct with an auxiliary of its own ("and their homes were looted by X") tells its own clause."""
    for c in v.conjuncts:
        if c.i <= v.i:
            continue
        hosts = [c] if c.pos_ == "VERB" else [a for a in c.children if a.dep_ == "acl" and a.pos_ == "VERB"]
        for h in hosts:
            if h.tag_ == "VBN" and child(h, "agent") is not None and child(h, "aux", "auxpass") is None:
                return pobj(h, "by")
    return None


def _by_phrase_doer(v):  # type: ignore[no-untyped-def]
    """The doer a verb's by-phrase (or one it shares, or "at the hands of") names, and whether it is shared with a
    later passive conjunct."""
    agent = pobj(v, "by") if child(v, "agent") is not None else None
    shared_agent = False
    for c in (v.conjuncts if agent is None and v.tag_ in ("VBN", "VBD") and child(v, "dobj", "aux", "auxpass") is None
              else ()):  # "killed and beheaded by militants"
        if c.i > v.i and c.tag_ == "VBN" and child(c, "agent") is not None and child(c, "nsubj", "nsubjpass") is None \
                and not passive_after_active(v, c):
            agent, shared_agent = pobj(c, "by"), True
            break
    if agent is None and child(v, "auxpass") is not None:
        agent = gapped_by(v)  # "14 villagers were killed and houses burned by the militia": one by-phrase for both
    if agent is None and v.lemma_.lower() == "shell":  # "shelling by X" parsed as a verb with a prep
        agent = pobj(v, "by")
    if agent is None and child(v, "nsubjpass", "auxpass") is not None:
        agent = stray_by(v)  # "were shot dead outside their house by X": the by-phrase hung on a word after the verb
    if agent is None and (child(v, "nsubjpass", "auxpass") is not None or v.lemma_.lower() == "die"):
        agent = hands_of(v)  # "were killed at the hands of X"
    return agent, shared_agent
