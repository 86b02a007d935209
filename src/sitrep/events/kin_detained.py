"""An arrest told of a crowd's kin says who the crowd is, not what happened at its protest (issue 16; branch
protests12, tests/data/protest_reports9 x06).

"Relatives of people detained under the state of emergency marched through the capital", "mothers marched, carrying
photographs of sons they say were arrested without evidence": the arrest hangs on a kin noun (cue ``kin_nouns``:
relative, family, mother, son) or on the people such a noun is "of", as a participle ("people detained") or a
relative clause ("sons they say were arrested"). It is the marchers' grievance, no arrest of its own on the report's
day (ACLED codes the march, a peaceful protest), and the protest rules must not read its word as an arrest at the
march (an intervention). :func:`kin_arrest` tells such a trigger; :func:`kin_arrest_lemmas` gives the arrest words
of a sentence told only so, which the sub-type rules read as absent (as "with no arrests reported").
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import verbs_all_read

__all__ = ["kin_arrest", "kin_arrest_lemmas"]

# a protest named in the arrest's own clause makes it an arrest at the protest
_PROTEST_SCENES = frozenset({"protest", "march", "rally", "demonstration", "sit-in", "vigil", "gathering", "picket"})
_ARREST_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "abduct", "hold", "disappear"})


def _of_chain(noun) -> list:  # type: ignore[no-untyped-def]
    """``noun`` and the nouns its "of" phrases link it to, down ("hundreds of relatives of people", "photographs of
    sons and husbands") and up ("people" in "relatives of people"), a few steps each way."""
    out = [noun]
    cur = noun
    for _ in range(3):  # down
        nxt = next((o for p in cur.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
        if nxt is None:
            break
        out.append(nxt)
        out.extend(c for c in nxt.children if c.dep_ == "conj")
        cur = nxt
    cur = noun
    for _ in range(3):  # up
        if cur.dep_ != "pobj" or cur.head.lower_ != "of" or cur.head.head is cur.head:
            break
        cur = cur.head.head
        out.append(cur)
    return out


def _kin(noun) -> bool:  # type: ignore[no-untyped-def]
    """``noun`` is a kin noun (cue ``kin_nouns``), or linked to one by "of" ("relatives of people", "hundreds of
    relatives", "photographs of sons")."""
    kin = sense_cue("kin_nouns")
    for n in _of_chain(noun):
        low = n.lemma_.lower()
        if low in kin or low == "one" and any(c.lower_ in kin for c in n.children):
            return True
    return False


def kin_arrest(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is an arrest verb told as a participle or a relative clause on the crowd's kin: "people detained",
    "sons they say were arrested" (the clause may sit in a verb of saying hung on the noun: "they say were")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _ARREST_VERBS:
        return False
    clause = tok
    if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl":
        clause = clause.head  # "sons [they say [were arrested]]"
    if clause.dep_ not in ("acl", "relcl"):
        return False
    if any(t.lemma_.lower() in _PROTEST_SCENES for t in clause.subtree):
        return False  # "dozens of mothers detained at the march": kin arrested at the protest, an intervention
    return _kin(clause.head)


def kin_arrest_lemmas(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The arrest lemmas of ``sent`` every one of whose verbs is a :func:`kin_arrest` (an arrest word told any other
    way keeps its lemma out)."""
    return verbs_all_read(sent, _ARREST_VERBS, kin_arrest, blocking=_ARREST_VERBS | {"arrest", "detention"})
