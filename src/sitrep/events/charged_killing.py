"""A killing told only by the charge or the inquiry that names it.

Local crime reports outside the US often tell a death with no word of the deed: "A man has been charged with
second-degree murder after a woman was found dead in a home", "Gardaí have launched a murder investigation after a
man was found with serious stab wounds ... he was later pronounced dead", "X had been charged with two counts of
murder" after "A woman and her son have died in a house fire". The charge (or the police's murder inquiry) holds
that someone was killed: in a report that tells a death (an asserted count of dead) and no violent deed, the
crime noun is the deed (an attack, ordinary crime unless an armed actor is named), its toll the report's count.

Never a deed only tried ("attempted murder"), and never where the report tells any violent deed of its own: there
the charge names that deed (``charged_suspect.charged_deed``); never a charge of manslaughter in a report that
tells an accident or a natural disaster (:func:`accident_charge`: the dead are the accident's).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.charged_suspect import charged_deed, suspect_words
from sitrep.model import KILLED_WHAT, EventMention, Figure
from sitrep.nlp.victims import tried_deed


def killing_charge(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the crime noun of a charge or an inquiry that holds someone was killed: "charged with murder",
    "two counts of murder", "arrested on suspicion of murder", "a murder investigation", "a homicide inquiry"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in suspect_words("fatal_crime") or tried_deed(tok):
        return False
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in suspect_words("inquiry"):
        return True
    head = tok.head.lemma_.lower()
    if tok.dep_ == "dobj" and head in suspect_words("inquiry_verb"):
        return True  # "police are investigating a double homicide"
    if tok.dep_ in ("oprd", "attr", "xcomp", "advcl") and head in suspect_words("ruling_verb"):
        return True  # "their deaths were ruled homicides"
    return charged_deed(tok)


_DISASTERS = frozenset({"natural_disaster", "man_made_disaster"})


def accident_charge(tok, events: list[EventMention]) -> bool:  # type: ignore[no-untyped-def]
    """A charge of a crime of negligence ("the captain was charged with manslaughter") in a report that tells an
    accident or a natural disaster (a ferry that sank, a building that collapsed): the accident's legal step, its
    dead the accident's, no killing."""
    return tok.lemma_.lower() in suspect_words("negligence_crime") and any(e.outside in _DISASTERS for e in events)


def reported_death(figures: list[Figure]) -> Optional[Figure]:
    """The first count of dead the report asserts as its own (never a background or period total): the death the
    charge is for."""
    return next((f for f in sorted(figures, key=lambda f: f.span.start) if f.what in KILLED_WHAT and not f.background
                 and f.since is None and f.low is not None and f.low == f.high), None)
