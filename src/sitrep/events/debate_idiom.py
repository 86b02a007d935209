"""A debate told in words of violence (issue 15; spurious records on political and council reports).

Reports of legislatures, councils and parties borrow the words of battle: "the Senate killed a bill", "the council
killed off the programme", "the measure was shot down by a vote of 6-3", "senators clashed for six hours over its
cost", "opposition members clashed with the cabinet". :func:`debate_idiom` reads a trigger word as such a debate when

- a verb of killing, or "shoot" with its particle "down", has as object (or passive subject) a thing no one kills
  with arms (cue ``attacked_things``: bill, measure, plan, programme, proposal ...), each thing coordinated with it
  too; or its "by" phrase is a vote ("was shot down by 38 votes to 33"): a bill defeated, no one killed;
- the verb "clash" has as subject a word of ``debating_people`` (senator, lawmaker, councillor, minister ...; or
  "members" of a body of ``debating_bodies``: a party, a council, the opposition), and its "with" phrase, if it has
  one, names such people too: "lawmakers clashed with police" keeps its reading, and so do "protesters clashed with
  the government's supporters" and "opposition supporters clashed with security forces";
- the verb "attack" has a debater as subject and as object a debater, a rival, the government, the president or
  "each other": "the opposition leader attacked the government over power cuts", "leaders of the two parties have
  attacked each other at rallies" (words at a campaign; a leader counts as a debater, like a member, when a party,
  the opposition or a council is named in his noun phrase: "the opposition leader", not "the rebel leader"); or
  any subject, when an "as" phrase gives what the object is called ("attacked the protest leaders as
  'saboteurs'": :func:`labelled`).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child

__all__ = ["debate_idiom"]

_KILL_VERBS = frozenset({"kill", "torpedo"})
_OF_A_BODY = frozenset({"member", "leader"})
_SPOKEN_AT = frozenset({"other", "government", "president", "rival"})
_QUOTES = frozenset({'"', "'", "\u201c", "\u2018"})


def _lem(tok) -> str:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower()


def _voted(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` has a "by" phrase counting votes: "by 38 votes to 33", "by a vote of 6-3"."""
    return any(p.dep_ in ("agent", "prep") and p.lower_ == "by" and any(
        o.dep_ == "pobj" and _lem(o) == "vote" for o in p.children) for p in verb.children)


def bill_killed(tok) -> bool:  # type: ignore[no-untyped-def]
    """A verb of killing ("killed the bill", "killed off a programme") or "shot down" whose object is a thing
    (``attacked_things``), or whose "by" phrase counts votes."""
    if tok.pos_ != "VERB":
        return False
    lem = _lem(tok)
    if lem not in _KILL_VERBS and not (lem == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down"
                                                               for c in tok.children)):
        return False
    if _voted(tok):
        return True
    obj = child(tok, "dobj", "nsubjpass")
    if obj is None:
        return False
    return all(_lem(t) in sense_cue("attacked_things") for t in [obj] + list(obj.conjuncts))


def _debater(tok) -> bool:  # type: ignore[no-untyped-def]
    """A word of ``debating_people``, or "members" of a party, council or the opposition (a word of
    ``debating_bodies`` in their noun phrase: "opposition members", "members of both parties")."""
    if _lem(tok) in sense_cue("debating_people"):
        return True
    if _lem(tok) not in _OF_A_BODY:
        return False
    bodies = sense_cue("debating_bodies")
    return any((c.dep_ in ("compound", "amod") and _lem(c) in bodies) or (c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and _lem(o) in bodies for o in c.children)) for c in tok.children)


def words_clash(tok) -> bool:  # type: ignore[no-untyped-def]
    """The verb "clash" between debaters (module docstring)."""
    if tok.pos_ != "VERB" or _lem(tok) != "clash":
        return False
    subj = child(tok, "nsubj")
    if subj is None or not _debater(subj):
        return False
    others = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    return all(_debater(o) for o in others)


def labelled(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` has an "as" phrase whose object is quoted, the name its object is called: "attacked the protest
    leaders as 'saboteurs'", "attacked the plan as "political suicide"" (not "as part of an offensive", not "as"
    opening a clause: "attacked the village as people slept")."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(
        o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and _quoted(o) for o in p.children) for p in verb.children)


def _quoted(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase of ``tok`` opens with a quotation mark, or right after one."""
    first = min(t.i for t in tok.subtree)
    return tok.doc[first].text in _QUOTES or (first > 0 and tok.doc[first - 1].text in _QUOTES)


def words_attack(tok) -> bool:  # type: ignore[no-untyped-def]
    """The verb "attack" from a debater at a debater, a rival, the government or each other (module docstring)."""
    if tok.pos_ != "VERB" or _lem(tok) != "attack":
        return False
    subj, obj = child(tok, "nsubj"), child(tok, "dobj")
    if obj is not None and labelled(tok):
        return True  # "attacked the protest leaders as 'saboteurs'": a name called, no blow struck
    return subj is not None and obj is not None and _debater(subj) and (_debater(obj) or _lem(obj) in _SPOKEN_AT)


def debate_idiom(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a word of battle that tells a debate or a vote (module docstring)."""
    return bill_killed(tok) or words_clash(tok) or words_attack(tok)
