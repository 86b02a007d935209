"""Who attacked, when the report does not name them: never "Civilians".

"The mayor was shot by two men", "three individuals opened fire": an unnamed group who attacks is, as ACLED codes
it, an unidentified armed group (of the story's country, else the country most of the report's places lie in,
through the actor dictionary's role for "armed men"), not the civilians a plain person noun otherwise stands for
(civilians are the victims of violence, never its authors).
Any other civilian noun as the attacker ("villagers attacked the post", "students stormed the office": a mob, whose
coding this reading cannot tell) leaves actor1 blank; its words stay in the event's sentence.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Optional

from sitrep.events.roles import CIVILIANS, ActorFinder, np_tokens
from sitrep.model import ActorRef, Span
from sitrep.nlp.doctext import doc_text
from sitrep.resources import data_rows

__all__ = ["attacker_not_civilians", "men_told_before", "men_of_no_country", "person_by_agent"]

# plural person nouns that say nothing of who they are ("two men", "three individuals"): an unknown armed group; a
# lone "man" is no group (an ordinary crime's offender, as often as not): blank
UNNAMED_PERSONS = frozenset({"men", "persons", "individuals", "males"})
# what they are where the report names no country to give them one (ACLED's name without its country)
UNIDENTIFIED = ActorRef("x:unidentified-armed-group", "Unidentified Armed Group")


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


def men_of_no_country(ref: Optional[ActorRef], tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "Two men shot the baker", "the watchman was shot by three men" in a report that names no country: the
    unidentified armed group :func:`attacker_not_civilians` would make of them, of no country (ACLED's name without
    its country in brackets). ``ref``: the finder's reading of the phrase headed by ``tok`` (Civilians). None for
    "his men" (someone's own: :func:`sitrep.events.antecedents.leader_forces` reads those), for a report with a
    country (the caller has asked :func:`attacker_not_civilians`), and for "the men" when the sentence or the one
    before describes men it may take up (:func:`men_told_before` decides, and leaves two such phrases blank)."""
    if ref is None or ref.entity_id != CIVILIANS.entity_id or tok is None or tok.lower_ not in UNNAMED_PERSONS:
        return None
    if finder.focus or _main_country(finder) or any(c.dep_ == "poss" for c in tok.children):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children) and _told_before(tok):
        return None
    return ActorRef(UNIDENTIFIED.entity_id, UNIDENTIFIED.name, ref.span, ref.role, ref.confidence)


def _told_before(tok) -> list:  # type: ignore[no-untyped-def]
    """Tokens of the same person noun, with no "the" of their own, in ``tok``'s sentence before it or the one before."""
    doc = tok.doc
    start = tok.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    return [t for t in doc[start:tok.i] if t.lower_ == tok.lower_ and t.pos_ == "NOUN"
            and not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)]


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
    found = [attacker_not_civilians(finder.actor(t), finder) for t in _told_before(tok)]
    if len(found) != 1 or found[0] is None:
        return None
    ref = found[0]
    sp = Span(finder.an.article_id, tok.left_edge.idx, tok.idx + len(tok.text),
              doc_text(doc)[tok.left_edge.idx:tok.idx + len(tok.text)])
    return ActorRef(ref.entity_id, ref.name, sp, ref.role, ref.confidence)


@functools.lru_cache(maxsize=1)
def person_deeds() -> frozenset[str]:
    """Lemmas of data/person_deeds.tsv: deeds whose doer is always a person ("murder", "kidnap")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("person_deeds.tsv", needs=("lemma", "source")))


# an indefinite article or a possessive: "by a drifter", "by his lodger" ("by the river", "by the door" are where)
_OWN_DETS = frozenset({"a", "an", "another", "one", "his", "her", "their"})


def person_by_agent(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "The clerk was strangled by a lodger", "she was kidnapped by an acquaintance": the by-phrase of the passive of a deed
    only a person does (data/person_deeds.tsv) names its doer even when its noun is no agent noun the finder knows: an
    ad-hoc actor of the phrase. Only a singular common noun after "a", "an" or a personal possessive ("by a drifter",
    "by his lodger"; "by the river" is where), never a thing, place or time of data/figure_lexicon.tsv; never a name (the finder reads those), a pronoun, a number, a place, a time or a plural ("by the
    hundreds"). None otherwise."""
    if tok is None or tok.pos_ not in ("NOUN", "ADJ") or tok.tag_ in ("NNS", "NNPS") or tok.ent_type_:
        return None
    by = tok.head
    verb = by.head if by.dep_ == "agent" and by.lower_ == "by" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in person_deeds():
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _OWN_DETS for c in tok.children):
        return None
    from sitrep.events.roles import _GROUP_NOUNS
    from sitrep.nlp.figures import figure_lexicon

    lem = tok.lemma_.lower()
    if lem in _GROUP_NOUNS or lem in finder.onto.cue("agent_heads") or lem in finder.onto.cue("civilian_words"):
        return None  # nouns the finder reads itself: "by a group" names no one ("the group" points back)
    kind = figure_lexicon().nouns.get(lem)
    if kind is not None and kind[1] != "person":
        return None  # "by a vehicle", "by a road", "by a minute": a thing, a place, a time
    if any(c.dep_ in ("compound", "nmod") or c.pos_ == "PROPN" for c in tok.children):
        return None  # "by a Velmoran soldier" and its like are the finder's to name
    from sitrep.events.participants import is_place_tok

    if is_place_tok(tok, finder.an.places, True):
        return None
    toks = np_tokens(tok)
    body = [t for t in toks if t.dep_ not in ("det", "poss", "punct", "case")]
    if not body:
        return None
    clean = doc_text(tok.doc)[body[0].idx: body[-1].idx + len(body[-1].text)]
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    sp = Span(finder.an.article_id, start, end, doc_text(tok.doc)[start:end])
    return ActorRef("x:" + "-".join(w.lower() for w in re.findall(r"[\w-]+", clean))[:60], clean, sp)
