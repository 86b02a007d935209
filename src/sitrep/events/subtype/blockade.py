"""A crowd's blockade of a road, a railway or an entrance (:func:`crowd_blocks`): "farmers blocked the highway",
"protesters shut down roads"; not the police's blocking, an attempt, a block that was broken up or told as
before the incident, or a charge's quoted words. Read by the rules ``protest_violent`` and ``crowd_burning``
(:func:`blockade_by_protesters`) and for the words of intervention (:func:`crowd_only_block_lemmas`). Evidence:
cues ``blockade_verbs``, ``blockade_objects``, ``state_words``, ``protest_intervention`` (data/ontology.json),
``attempt_verbs`` (data/event_sense_cues.tsv).
Tests: tests/test_protests10.py, tests/test_protests11.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.ontology import Ontology


def crowd_blocks(sent, onto: Ontology) -> list:  # type: ignore[no-untyped-def]
    """The verbs of ``sent`` that tell a road, railway or entrance blocked by someone other than state forces:
    "farmers blocked the highway", "protesters shut down roads", "blocking the main junction" (no subject named).
    "Police blocked the road to the square" is the police's doing, not the protesters'; "tried to block the
    entrance" is an attempt, not a blockade."""
    verbs, objects, state = onto.cue("blockade_verbs"), onto.cue("blockade_objects"), onto.cue("state_words")
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objects for c in tok.children):
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in sense_cue("attempt_verbs"):
            continue  # "protesters had tried to block the entrance": an attempt, no blockade made
        if _blockade_dispersed(tok, onto):
            continue  # "used water cannon to disperse demonstrators who had blocked a street": what was broken up
        if blockade_before(tok):
            continue  # "The traders had blocked the road to protest ...": what came before the incident told
        if tok.i > 0 and tok.doc[tok.i - 1].is_quote:
            continue  # 'the ministry said the protesters had "obstructed traffic"': the charge's words, quoted
        head = tok
        while head.dep_ in ("conj", "xcomp", "advcl") and not any(c.dep_ == "nsubj" for c in head.children):
            head = head.head  # "marched and blocked roads": the subject of the first verb
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        # the subject's head and its compounds ("riot police"), not its modifiers ("anti-government protesters")
        if not any(x.lemma_.lower() in state for s_ in subj for x in [s_, *(c for c in s_.children if c.dep_ == "compound")]):
            out.append(tok)
    return out


def blockade_before(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` tells, in the pluperfect of its own clause, the blocking done by people the report named before ("The
    traders had blocked the road to protest ..." after "Soldiers opened fire on a crowd of traders protesting"):
    how the protest began before the incident the report tells, not the crowd's destructive activity at it."""
    if tok.dep_ not in ("ROOT", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those")
                                         for d in c.children) for c in tok.children)


def _blockade_dispersed(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` tells, in the pluperfect of a relative clause, the blocking done by the people whom a verb of
    intervention takes as its object: "riot police used water cannon to disperse about 300 demonstrators who had
    blocked a street", "detained 12 farmers who had blocked the highway". The blocking is how the protest was held
    when it was broken up; the sentence's deed is the intervention (ACLED Protest with intervention), not the crowd's
    destructive activity (branch protests10)."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return False
    noun = tok.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in onto.cue("protest_intervention")


def crowd_only_block_lemmas(sent, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """{"block"} when every verb "block" of ``sent`` is a crowd's blocking of a road (:func:`crowd_blocks`):
    "students blocked the intersection, sitting on the road, in a protest that police watched" tells no police
    blocking anyone, so the word is no intervention (cue ``protest_intervention``: "police blocked the marchers")."""
    blocks = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() == "block"]
    if not blocks:
        return frozenset()
    crowd = {t.i for t in crowd_blocks(sent, onto)}
    return frozenset({"block"}) if all(t.i in crowd for t in blocks) else frozenset()


def blockade_by_protesters(sent, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence tells a crowd's blockade (:func:`crowd_blocks`). (Requiring the material ACLED's
    codebook names, barricades or burning tyres, was tried on branch protests4 and dropped: the CASE 2021 gold
    codes crowds' road blocks as violent demonstrations more often, weighted F1 0.826 -> 0.817.)"""
    return bool(crowd_blocks(sent, onto))
