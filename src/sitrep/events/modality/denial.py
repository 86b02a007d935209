"""Denied by what the deed's own words say of it: befell no one, ruled out, stopped, called false, done only
nearly, told absent ("no reports of shooting", "passed without incident"), or first believed and then corrected.

Decides ``denied`` (or ``conditional`` for "have not ruled out") for an event that the clause's head left
asserted: the stage :func:`_negated_deed` of :func:`sitrep.events.modality.event.event_modality`. Evidence: the
trigger's determiners ("no attack"), the verb or noun that governs it (cues ``negating_verbs``, ``kill_lemmas`` in
data/ontology.json; ``stop_nouns``, ``near_miss_adverbs``, ``report_nouns``, ``news_nouns``, ``telling_participles``,
``discredit_verbs``, ``discredit_words`` in data/event_sense_cues.tsv). Tests: tests/test_quiet_precision6.py
(reports called false), tests/test_subtypes7.py ("no reports of"), tests/test_crime_modality.py.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.deps import climb_to
from sitrep.events.first_account import first_account
from sitrep.events.modality.clause import EventClause
from sitrep.events.modality.negated import negation, nobody
from sitrep.events.modality.tree import _conj_root, _shared_subject_verb


def _negated_deed(mod: str, c: EventClause) -> str:
    """An asserted deed that its words deny: befell no one, stopped, discredited, prevented, nearly done, unreported
    (and "such as" examples, which are background)."""
    trig, onto = c.trig, c.onto
    if mod == "asserted" and trig.i == c.g.head.i and trig.pos_ == "VERB" and any(nobody(x) for x in _shared_subject_verb(trig).children):
        mod = "denied"  # "no one was killed", "nobody was hurt": the deed told befell no one ("no one claimed it" is no deed)
        # ("nobody was killed or injured": the joined verb shares the first one's "nobody")
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and any(
            (x.dep_ in ("det", "neg") and x.lower_ in ("no", "never")) or x.dep_ == "neg" for x in trig.children):
        mod = "denied"  # "no agreement emerged", "there was no attack"
    base = _conj_root(trig)
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and base.dep_ in ("dobj", "nsubjpass") \
            and base.head.lemma_.lower() in onto.cue("negating_verbs"):
        mod = "denied"  # "halt airstrikes", "halt the arrests, abductions and beatings": the deed stopped, not done
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and ruled_out(base) is not None:
        mod = "conditional" if ruled_out(base) else "denied"  # "police ruled out an attack"; "have not ruled out"
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and base.dep_ == "pobj" and base.head.lower_ == "as" \
            and any(x.lower_ == "such" for x in base.head.children):
        mod = "background"  # "operations such as attacks on garrisons": examples of a kind of deed
    if (mod == "asserted" and stopped_noun(base)) or (mod in ("asserted", "claimed") and discredited(trig)):
        mod = "denied"  # "the report that X was shot is unfounded", "a suspension of its sabotage operations"
    if mod == "asserted" and trig.dep_ == "acl" and trig.head.dep_ == "dobj" \
            and trig.head.head.lemma_.lower() in onto.cue("negating_verbs"):
        mod = "denied"  # "stopping the militia seizing territory": the deed prevented
    if mod == "asserted" and trig.pos_ == "VERB" and trig.lemma_.lower() not in onto.cue("kill_lemmas") and any(
            x.dep_ == "advmod" and x.lower_ in sense_cue("near_miss_adverbs") for x in trig.children):
        mod = "denied"  # "very nearly invaded", "almost captured the town": it did not happen
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and base.dep_ == "pobj" and base.head.lower_ == "without":
        mod = "denied"  # "the gathering ended without arrests", "passed without incident": the deed's absence told
    if mod == "asserted" and no_report_of(trig):
        mod = "denied"  # "there were no reports of shooting": the deed's absence told
    if mod in ("asserted", "claimed") and first_account(trig):
        mod = "denied"  # "at first believed the grove had come under artillery fire, but ... found a mine": corrected
    return mod


_UP_DEPS = frozenset({"acl", "ccomp", "xcomp", "advcl", "conj", "pcomp", "prep", "agent", "pobj", "relcl", "nsubj", "nsubjpass",
                      "dobj", "auxpass"})


def ruled_out(noun) -> Optional[bool]:  # type: ignore[no-untyped-def]
    """Whether ``noun`` is the object of "rule out": None when it is not, False when ruled out ("police ruled out an
    attack": it did not happen), True when the ruling out is negated ("have not ruled out an attack": only possible;
    branch precision15, quiet_reports9 v11)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "rule" or not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    return any(negation(c) for c in verb.children)


def _report_noun(n) -> bool:  # type: ignore[no-untyped-def]
    """A word of ``report_nouns`` used as a noun, or as a clause's subject or object whatever its tag ("that
    reports of a shooting ... were false": the tagger may call a plural "reports" a verb)."""
    return n.lemma_.lower() in sense_cue("report_nouns") and (
        n.pos_ in ("NOUN", "PROPN") or n.dep_ in ("nsubj", "nsubjpass", "dobj"))


def _telling_noun(n) -> bool:  # type: ignore[no-untyped-def]
    """A report noun (:func:`_report_noun`), or any noun that a participle of telling describes ("posts saying",
    "a video claiming", "messages alleging"): what it tells is a telling, whatever the noun (branch precision17,
    quiet_reports11 x13)."""
    return _report_noun(n) or (n.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in sense_cue("telling_participles") for c in n.children))


def _taken_back(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` (whose passive subject is a report) is a verb of ``discredit_verbs``, or is joined to one ("was
    not confirmed and is withdrawn"), not negated (branch precision16)."""
    words = sense_cue("discredit_verbs")
    return any(v.lemma_.lower() in words and not any(negation(c) for c in v.children)
               for v in [verb, *(c for c in verb.children if c.dep_ == "conj")])


def discredited(trig) -> bool:  # type: ignore[no-untyped-def]
    """A deed told inside a report that the sentence calls false ("the report that the envoy's daughter was
    wounded is unfounded", "rumours of an attack on the convoy are untrue", "police denied reports that fighters
    had attacked a checkpoint", "rejected posts saying soldiers had opened fire"): the deed did not happen (MUC-4's
    rule 5: a story the article discredits is no incident)."""
    cur = climb_to(trig, _UP_DEPS, 6, _telling_noun)
    if cur is None:
        return False
    if cur.dep_ == "dobj" and cur.head.lemma_.lower() in sense_cue("discredit_verbs") and not any(
            negation(c) for c in cur.head.children):
        return True  # "police denied reports that fighters had attacked a checkpoint", "dismissed rumours of a raid"
    if cur.dep_ == "nsubjpass" and _taken_back(cur.head):
        return True  # "the statement, which said 15 fighters had been killed, was not confirmed and is withdrawn"
    if cur.dep_ == "appos" and cur.head.dep_ in ("nsubj", "nsubjpass"):
        cur = cur.head  # a dateline the parse took for the subject ("Lima, 3 May -- the report that ... is false")
    if cur.dep_ not in ("nsubj", "nsubjpass") or cur.head.lemma_.lower() not in ("be", "prove", "remain", "turn"):
        return False
    cop = cur.head
    words = sense_cue("discredit_words")
    for c in cop.children:
        if c.dep_ in ("acomp", "attr", "oprd") and (c.lemma_.lower() in words or any(
                a.dep_ in ("amod", "compound") and a.lemma_.lower() in words for a in c.children)):
            return True
        if c.dep_ == "neg" and any(a.dep_ == "acomp" and a.lemma_.lower() in ("true", "accurate", "correct")
                                   for a in cop.children):
            return True  # "the report is not true"
    return False


def stopped_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """An event noun under "a suspension of", "a halt to", "a moratorium on": the deeds stop, none is told."""
    cur = tok
    for _ in range(6):  # up through "of", "to", "on" and lists ("a halt to its attacks and of its sabotage operations")
        if cur.dep_ not in ("compound", "pobj", "prep", "conj") or cur.head is cur:
            return False
        if cur.dep_ == "prep" and cur.lower_ not in ("of", "to", "on", "in"):
            return False
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and cur.lemma_.lower() in sense_cue("stop_nouns"):
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


def no_report_of(tok) -> bool:  # type: ignore[no-untyped-def]
    """The deed is told only under "no reports of" ("There were no reports of shooting", "it had no reports of
    anyone killed"): its absence is told, not the deed."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in sense_cue("news_nouns"):
            return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in cur.head.head.children)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "relcl"):
            return False  # a clause of its own: "no reports said how many were killed" is left alone
        cur = cur.head
    return False
