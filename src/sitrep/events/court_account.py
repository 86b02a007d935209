"""A deed told as a court's matter: what a jury heard, what a court was told (issue 15; spurious records on court
reports).

Trial, inquest and appeal reports retell the deed the court weighs: "a jury heard on Wednesday how a retired bus
driver had stabbed his neighbour", "jurors had heard that he opened fire in a break room", "the prosecutor told the
court that the men had planned the raid", "a prison officer, giving evidence, said he had fought against being
handcuffed", "lawyers had argued that the witness was drunk on the night the victim was shot". The day of such a
report is the day of the hearing, not of the deed; the deed is the case's past, told again. :func:`told_in_court`
reads a trigger so told when a verb above its clause, reached from a clause it embeds (its complement or an
infinitive; clauses and phrases below that may lie between), is

- "hear" with a court as its subject (cue ``court_words``: court, jury, juror, inquest, tribunal, hearing ...);
- a verb of finding (cue ``court_finding_verbs``: find, rule, conclude) with a court or its judges as its subject:
  "judges found that a patrol had shot them beside a river", "the court ruled that the officers had fired";
- "tell" with a court as its object ("told the jury") or, passive, as its subject ("the inquest was told");
- "testify", or a verb of saying whose subject is giving evidence ("giving evidence behind a screen, said") or is
  a judge or a magistrate (cue ``court_speakers``: "Judge Bello said the men had sold fuel to the fighters who
  stormed the school"; not a coroner, who is how a new death is first told);
- a verb of arguing or alleging (cue ``court_argue_verbs``) whose subject is a party to a case (cue
  ``court_parties``: prosecutor, lawyer, defence ...): "prosecutors alleged that he shot".

"Prosecutors said the man shot two people on Friday" is not so read: a bare verb of saying is how police and
prosecutors first tell a new incident.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child

__all__ = ["court_verb", "told_in_court"]

_INTO = frozenset({"ccomp", "xcomp", "pcomp"})
_SAY = frozenset({"say", "tell", "describe", "recall", "explain"})
_STEPS = 8


def _lem(tok) -> str:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower()


def _court(tok) -> bool:  # type: ignore[no-untyped-def]
    # (a capitalised plural the tagger made a proper noun keeps its "s" in the lemma: "Jurors had heard")
    words = sense_cue("court_words")
    return tok is not None and (_lem(tok) in words or tok.lower_.removesuffix("s") in words)


def _giving_evidence(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` or its subject carries "giving evidence" / "testifying"."""
    subj = child(verb, "nsubj")
    for t in [verb] + ([subj] if subj is not None else []):
        for c in t.children:
            if c.dep_ in ("advcl", "acl", "relcl") and (_lem(c) == "testify" or (
                    _lem(c) == "give" and any(_lem(o) == "evidence" for o in c.children if o.dep_ == "dobj"))):
                return True
    return False


def _judge(subj) -> bool:  # type: ignore[no-untyped-def]
    """``subj`` is a judge or a magistrate (cue ``court_speakers``), by its noun or a title before a name ("Judge
    Aisha Bello"). Not a coroner: "one of three people shot on Saturday has died, the county coroner said" is how a
    coroner first tells a new death (local_reports4 n03)."""
    if subj is None:
        return False
    speakers = sense_cue("court_speakers")
    return _lem(subj) in speakers or any(c.dep_ == "compound" and _lem(c) in speakers for c in subj.children)


def court_verb(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` tells what a court heard or was told (module docstring)."""
    lem = _lem(verb)
    if lem == "testify":
        return True
    if lem == "hear" or lem in sense_cue("court_finding_verbs"):
        return _court(child(verb, "nsubj"))
    if lem == "tell":
        return _court(child(verb, "dobj", "dative")) or _court(child(verb, "nsubjpass"))
    if lem in _SAY and (_giving_evidence(verb) or _judge(child(verb, "nsubj"))):
        return True
    if lem in sense_cue("court_argue_verbs"):
        subj = child(verb, "nsubj")
        return subj is not None and _lem(subj) in sense_cue("court_parties")
    return False


def told_in_court(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is in a clause that a court heard or was told (module docstring)."""
    cur = tok
    for _ in range(_STEPS):
        if cur.dep_ == "ROOT" or cur.head is cur:
            return False
        below, cur = cur, cur.head
        if cur.pos_ in ("VERB", "AUX") and below.dep_ in _INTO and court_verb(cur):
            return True
    return False
