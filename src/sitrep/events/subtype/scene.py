"""What the clause is about and where it happens, as lemmas for the rules: the scene of the sentence's
"during/amid/at" phrases (:func:`scene_lemmas`), what an arrest's people were doing (:func:`arrest_scene_lemmas`),
the protest words that only say who was taken (:func:`protest_person_lemmas`), and what the trigger acts on
(:func:`target_lemmas`). Evidence: the parse; cues ``plan_verbs``, ``protest_words`` (data/ontology.json),
``two_sided_fights`` (data/event_sense_cues.tsv). Tests: tests/test_subtypes7.py (an arrest over a protest).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.ontology import Ontology


SCENE_PREPS = frozenset({"during", "amid", "amidst", "at"})


def scene_lemmas(sent, trigger=None, onto: Optional[Ontology] = None) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Lemmas of the sentence's phrases that set a scene: "during an attempt to protest", "amid the rally".

    With the trigger, a phrase inside a relative clause that does not hold the trigger sets the scene of that
    clause's deed, not the trigger's ("arrested ... over remarks that had incited violence during last week's
    protests"); and in a phrase, what a clause told as earlier or as planned says is no scene ("at a home where
    they had met to plan protests": a protest planned, not one the arrest broke up)."""
    keep = set() if trigger is None else {trigger.i, *(a.i for a in trigger.ancestors)}
    plans = onto.cue("plan_verbs") if onto is not None else frozenset()
    out: set[str] = set()
    for t in sent:
        if t.dep_ != "prep" or t.lower_ not in SCENE_PREPS:
            continue
        if trigger is not None and any(a.dep_ == "relcl" and a.i not in keep for a in t.ancestors):
            continue
        out.update(x.lemma_.lower() for x in t.subtree if trigger is None or not _told_apart(x, t, plans))
    return frozenset(out)


def _told_apart(tok, top, plans: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` lies, below ``top``, in a relative clause told as earlier or under a verb of planning."""
    a = tok
    while a.i != top.i and a.head.i != a.i:
        if (a.dep_ == "relcl" and _earlier(a)) or (a is not tok and a.pos_ == "VERB" and a.lemma_.lower() in plans):
            return True
        a = a.head
    return False


SCENE_MARKS = frozenset({"as", "while", "when"})
_TAKEN_DEPS = frozenset({"dobj", "nsubjpass"})


def _earlier(verb) -> bool:  # type: ignore[no-untyped-def]
    """A clause told as before its head ("who had blocked the road"): a deed of an earlier time."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children)


def arrest_scene_lemmas(tok) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Lemmas of what an arrest's people were doing when taken: the trigger's "as/while/when" clause ("arrested
    12 women as they tried to march to parliament") and a relative clause on whom it took ("arrested 45 young
    people who attempted to march"), neither told as earlier ("who had organised a rally": an arrest over a
    protest, not at one)."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "advcl" and not _earlier(c) and any(
                m.dep_ == "mark" and m.lower_ in SCENE_MARKS for m in c.children):
            out.update(x.lemma_.lower() for x in c.subtree)
        if c.dep_ in _TAKEN_DEPS:
            for r in c.children:
                if r.dep_ == "relcl" and not _earlier(r):
                    out.update(x.lemma_.lower() for x in r.subtree)
    return frozenset(out)


def protest_person_lemmas(tok, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The protest words that only say who was taken, in the trigger's object or passive subject headed by another
    noun: "arrested the convener of the protest", "detained two protest leaders", "the rally's organiser was
    arrested". An arrest of protest leaders on another occasion is an arrest over a protest, not an intervention at
    one (ACLED Arrests); "arrested 14 protesters" keeps its protesters (the object's own head). Lemmas told also
    outside that phrase are kept."""
    words = onto.cue("protest_words")
    inside: set[str] = set()
    spans: list = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in words and c.pos_ in ("NOUN", "PROPN"):
            sub = [x for x in c.subtree if x.i != c.i]
            spans.extend(x.i for x in c.subtree)
            inside.update(x.lemma_.lower() for x in sub if x.lemma_.lower() in words)
    if not inside:
        return frozenset()
    held = set(spans)
    outside = {t.lemma_.lower() for t in tok.sent if t.i not in held}
    return frozenset(inside - outside)


TARGET_PREPS = frozenset({"on", "against", "at", "upon"})
# verbs whose object, under a fight noun as subject, counts the fight's dead ("clashes killed 30", "claimed 30 lives")
_TOLL_VERBS = frozenset({"leave", "kill", "claim"})


def target_lemmas(tok) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Lemmas of what the trigger acts on: its object, its passive subject, "on/against/at" phrases (not its agent)."""
    out: set[str] = set()
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubj", "compound") and tok.pos_ in ("NOUN", "PROPN") else [])
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _TOLL_VERBS and tok.lemma_.lower() in sense_cue("two_sided_fights"):
        # "clashes left 30 people dead", "clashes killed 30 people": who died in a fight between two sides is its
        # toll, not its target
        heads = [tok]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "nsubjpass") and c is not tok:
                out.update(x.lemma_.lower() for x in c.subtree)
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                out.update(x.lemma_.lower() for x in c.subtree)
    out.update(_harmed_before(tok))
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        from sitrep.events.under_fire_roles import under_attack_roles

        got = under_attack_roles(tok, tok.head.head)  # "a navy base came under attack by X": the base
        if got is not None and got[1] is not None:
            out.update(x.lemma_.lower() for x in got[1].subtree)
    return frozenset(out)


def _harmed_before(tok) -> set[str]:  # type: ignore[no-untyped-def]
    """The lemmas of who a passive harm verb says was hurt, when ``tok`` is the "when" clause that tells how ("Eleven
    members of a vigilante group were killed and six wounded when militants ambushed them": the vigilantes are the
    ambush's targets, no mob)."""
    if tok.dep_ != "advcl" or tok.pos_ != "VERB":
        return set()
    h = tok.head
    while h.dep_ == "conj" and h.head is not h:
        h = h.head
    return {x.lemma_.lower() for c in h.children if c.dep_ == "nsubjpass" for x in c.subtree}
