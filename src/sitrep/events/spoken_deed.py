"""A deed that a legal step is about is no protest, whatever protest its sentence tells (issue 16).

"Demonstrators march in X on Monday, after a grand jury declined to indict the officer for the fatal shooting of
Y": the shooting is what the indictment is about (``reference.deed_spoken_of``: the object of a "for/over/on/about"
phrase of a verb that is no event, or of a noun such a phrase hangs on), an incident of its own told in passing;
the march answers it, it is not the march's scene. The learned sub-type decision (``subtype_model.decide``) reads
the whole sentence, so the marchers beside it made the shooting force used on a protest (ACLED Protest with
intervention). As for a protest's grievance (``crowd_violence.protest_grievance``: "marched to protest the
killing of ten workers"), such a deed keeps the violent type its rules gave, unless its own phrase names the
protest or the protesters ("charged over the shooting of two marchers", "criticised for the shooting at the rally":
force used on the protest, which the decision may still read).
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology
from sitrep.events.reference import deed_spoken_of

__all__ = ["deed_of_legal_step"]


def deed_of_legal_step(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is a violent deed noun spoken of by a verb or noun that is no event (see the module
    docstring) whose own phrase names no protest."""
    if tok.pos_ not in ("NOUN", "PROPN") or not onto.violent_noun(tok.lemma_.lower()):
        return False
    if not deed_spoken_of(tok, {tok.i}):
        return False
    words = onto.cue("protest_words")
    return not any(t.lemma_.lower() in words for t in tok.subtree)
