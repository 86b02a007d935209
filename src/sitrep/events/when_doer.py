"""Who did a harm told in the passive with the doer's act in a "when" clause: "Three farmers were killed when gunmen
stopped a bus", "Two men were shot dead when armed men broke into their home", "A driver was killed and two
passengers were injured when members of a gang known as X held up a bus": the armed side that acted in the clause
is the harm's doer (issue 16, branch roles22; attack_reports19 z05 and sentences of the same form).

One decision, read one way: a passive harm verb with no doer of its own (no by-phrase), with an adverbial clause
marked "when" (on the verb, or on a passive verb joined to it that shares the clause: "was killed and ... were
injured when ..."); the clause's verb is active and is no verb of leaving or of running into a device (who fled,
or whose patrol hit a mine, was the side harmed) and no verb of speech (a parse that hangs "when" on the closing
"police said" makes the speaker the clause's subject); its subject names an armed side (``antecedents.armed_side``) and
is no possession of a pronoun ("when their convoy ..." is the victims'). Nothing for "after" or "as" clauses.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.events.deps import child, subject
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef

# verbs whose subject, in a "when" clause of a harm, is the side harmed or no doer (common English usage): leaving,
# and running into a device ("when their patrol hit a mine", "when the soldiers stepped on a landmine")
NOT_DOING = frozenset({"flee", "leave", "withdraw", "retreat", "evacuate", "escape", "hit", "strike", "step", "run",
                       "drive", "come", "return", "try", "attempt", "collapse", "crash", "overturn"})


def _when_clause(v: Any) -> Optional[Any]:
    """The verb of a "when" adverbial clause on ``v``, or on a passive verb joined to it (the clause told once)."""
    cands = [v, *[c for c in v.conjuncts if child(c, "auxpass", "nsubjpass") is not None]]
    for h in cands:
        for c in h.children:
            if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                    m.dep_ in ("advmod", "mark") and m.lower_ == "when" and m.i < c.i for m in c.children):
                return c
    return None


def when_clause_doer(tok: Any, finder: ActorFinder) -> Optional[ActorRef]:
    """The armed side acting in the "when" clause of passive harm verb ``tok``; None when the verb is active, has a
    by-phrase, or the clause names no armed doer."""
    from sitrep.events.antecedents import armed_side

    if tok.pos_ != "VERB" or child(tok, "auxpass") is None or child(tok, "agent") is not None:
        return None
    clause = _when_clause(tok)
    if clause is None or clause.lemma_.lower() in NOT_DOING or child(clause, "auxpass", "nsubjpass") is not None:
        return None
    if clause.lemma_.lower() in finder.onto.cue("speech_verbs"):
        return None  # "... when two men shot at a kiosk, the ministry said": the parse hung the clause on the speaker
    subj = subject(clause, "nsubj")
    if subj is None or subj.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
        return None
    ref = finder.actor(subj)
    return ref if ref is not None and armed_side(ref, finder.onto, finder) else None
