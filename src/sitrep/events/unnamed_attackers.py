"""Who attacked, when the report does not name them: never "Civilians".

"The mayor was shot by two men", "three individuals opened fire": an unnamed group who attacks is, as ACLED codes
it, an unidentified armed group (of the story's country, else the country most of the report's places lie in,
through the actor dictionary's role for "armed men"), not the civilians a plain person noun otherwise stands for
(civilians are the victims of violence, never its authors).
Any other civilian noun as the attacker ("villagers attacked the post", "students stormed the office": a mob, whose
coding this reading cannot tell) leaves actor1 blank; its words stay in the event's sentence.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from sitrep.events.roles import CIVILIANS, ActorFinder
from sitrep.model import ActorRef, Span
from sitrep.nlp.doctext import doc_text

__all__ = ["attacker_not_civilians", "men_told_before"]

# plural person nouns that say nothing of who they are ("two men", "three individuals"): an unknown armed group; a
# lone "man" is no group (an ordinary crime's offender, as often as not): blank
UNNAMED_PERSONS = frozenset({"men", "persons", "individuals", "males"})


def _main_country(finder: ActorFinder) -> list[str]:
    """The country most of the report's places lie in (the story's focus is not known to one article)."""
    counts = Counter(p.country for p in finder.an.places if p.country)
    return [counts.most_common(1)[0][0]] if counts else []


def attacker_not_civilians(ref: Optional[ActorRef], finder: ActorFinder) -> Optional[ActorRef]:
    """actor1 ``ref`` of a violent event, with "Civilians" turned into the unidentified armed group of the report's
    country for an unnamed group ("two men"), or blank for any other civilian noun; ``ref`` unchanged otherwise."""
    if ref is None or ref.entity_id != CIVILIANS.entity_id:
        return ref
    words = (ref.span.text if ref.span is not None else ref.name).lower().split()
    if not words or words[-1] not in UNNAMED_PERSONS or finder.resolve is None:
        return None
    focus = finder.focus or _main_country(finder)
    if not focus:
        return None
    got = finder.resolve("armed men", focus)
    return ActorRef(got[0], got[1], ref.span, ref.role, ref.confidence) if got else None


def men_told_before(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "Four masked men broke into the house. The men beat the farmer": a definite "the men" with nothing of its own
    takes up the attackers a phrase with the same noun described in its sentence or the one before, when that phrase
    names them (an armed description, or an unnamed group of the report's country); the span stays "the men". None
    when two such phrases are there (which one is a guess), or none."""
    if tok is None or tok.lower_ not in UNNAMED_PERSONS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
        return None
    if any(c.dep_ not in ("det", "punct") for c in tok.children if c.i < tok.i) or any(
            c.dep_ in ("relcl", "acl", "prep", "appos") for c in tok.children):
        return None  # "the two men", "the men who ...": a phrase of its own, not the one told before
    doc = tok.doc
    start = tok.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    found = []
    for t in doc[start:tok.i]:
        if t.lower_ != tok.lower_ or t.pos_ != "NOUN" or any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        ref = attacker_not_civilians(finder.actor(t), finder)
        found.append(ref)
    if len(found) != 1 or found[0] is None:
        return None
    ref = found[0]
    sp = Span(finder.an.article_id, tok.left_edge.idx, tok.idx + len(tok.text),
              doc_text(doc)[tok.left_edge.idx:tok.idx + len(tok.text)])
    return ActorRef(ref.entity_id, ref.name, sp, ref.role, ref.confidence)
