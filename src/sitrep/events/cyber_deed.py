"""A deed done by computer, not by arms (branch precision17, quiet_reports11 x01, x02, x17).

ACLED codes physical political violence: a cyberattack has no weapon, no one hurt, no place of its own. An event
word reads as one (cue lists of ``data/event_sense_cues.tsv``):

- a noun with a word of ``cyber_kinds`` before it in its phrase: "a wave of cyber attacks", "a ransomware attack",
  "a denial-of-service assault", "a DDoS attack";
- any event word whose doer is a hacker (``cyber_doers``): "the hackers flooded the servers", "hackers had
  'bombarded' the portal", "Hackers attacked the ministry" (the doer of a verb joined to it counts: "the hackers
  broke in and attacked"), or is such a cyberattack ("countries hit by large-scale cyber attacks");
- an attack noun that says what a deed told before was ("This was an attack on our state", :func:`called_back`),
  or a passive verb whose subject is "it" ("it was fought off"), where the last attack told before it is a
  cyberattack.

The older check on what an attack is on (a website, a server: ``cyber_targets``) is ``word_senses.cyber_attack``.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.nlp.period_tally import noun_in
from sitrep.events.deps import child

_SUBJECTS = ("nsubj", "nsubjpass")


def _lem(tok) -> str:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower()


def cyber_kind(noun) -> bool:  # type: ignore[no-untyped-def]
    """``noun`` has a word of ``cyber_kinds`` before it in its own phrase ("cyber attacks", "a ransomware attack",
    "a denial-of-service assault")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    kinds = sense_cue("cyber_kinds")
    return any(t.i < noun.i and (_lem(t) in kinds or t.lower_ in kinds) for t in noun.subtree)


def _doer(verb):  # type: ignore[no-untyped-def]
    """The verb's active subject or its passive's "by" object; for a joined verb with none, the first verb's."""
    subj = child(verb, "nsubj")
    if subj is None:
        agent = child(verb, "agent")
        subj = child(agent, "pobj") if agent is not None else None
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _doer(verb.head)
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        return _doer(verb.head)  # "hackers defaced the sites, posting slogans, and may have stolen records"
    if subj is not None and verb.dep_ in ("relcl", "acl") and subj.lower_ in ("which", "that", "who"):
        return verb.head
    return subj


def _cyber_doer(doer) -> bool:  # type: ignore[no-untyped-def]
    if doer is None:
        return False
    doers = sense_cue("cyber_doers")  # ("Hackers" first in a sentence is tagged a proper noun: nlp.period_tally.noun_in)
    if _lem(doer) in doers or doer.lower_ in doers or noun_in(doer, doers):
        return True
    return cyber_kind(doer) and _lem(doer) in ("attack", "assault", "strike")


_BACK = frozenset({"this", "it", "that"})


def called_back(noun) -> bool:  # type: ignore[no-untyped-def]
    """ "This was an attack on our state": the noun is what a pronoun subject of "be" was, a deed told before."""
    if noun.dep_ != "attr" or _lem(noun.head) != "be":
        return False
    subj = child(noun.head, "nsubj")
    return subj is not None and subj.lower_ in _BACK


def _cyber_before(tok) -> bool:  # type: ignore[no-untyped-def]
    """The last attack noun before ``tok`` in the report is a cyberattack (or what one was called)."""
    last = next((t for t in reversed(tok.doc[:tok.i]) if _lem(t) in ("attack", "assault") and t.pos_ == "NOUN"), None)
    return last is not None and (cyber_kind(last) or (called_back(last) and _cyber_before(last)))


def _pronoun_passive(verb) -> bool:  # type: ignore[no-untyped-def]
    subj = child(verb, "nsubjpass")
    return subj is not None and subj.lower_ in _BACK


def cyber_deed(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether the event word ``tok`` names a deed done by computer (see the module docstring)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return cyber_kind(tok) or (called_back(tok) and _cyber_before(tok))
    if tok.pos_ == "VERB":
        return _cyber_doer(_doer(tok)) or (_pronoun_passive(tok) and _cyber_before(tok))
    return False
