"""A subject pronoun outside reported speech stands for the acting side of the nearest earlier event
(:func:`earlier_actor`), unless that side was one of two named together (:func:`coordinated`), the deed was one both
sides do (``RECIPROCAL_DEEDS``), or the sentence before has its own subject; else the nearest earlier name.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.antecedents.armed_side import armed_side
from sitrep.events.antecedents.common import ANTECEDENT_CHARS, POSSESSIVE, PRONOUNS, antecedent_cue
from sitrep.events.antecedents.nearest_name import mention_antecedent, other_person_beside
from sitrep.events.antecedents.previous_subject import previous_subject
from sitrep.events.ontology import Ontology
from sitrep.events.person_gender import disagrees, gender_of
from sitrep.events.roles import ActorFinder, is_person
from sitrep.model import ActorRef, EventMention
from sitrep.nlp.doctext import doc_text


def earlier_actor(pron, base: str, onto: Ontology, finder: ActorFinder, prev: list[EventMention],  # type: ignore[no-untyped-def]
                  sent) -> Optional[ActorRef]:
    """Who a subject pronoun (``base``: its subject form) outside reported speech stands for: the acting side of
    the nearest earlier event of the article, the subject of the sentence before, or the nearest earlier name."""
    person = base in ("he", "she")
    forces = base not in PRONOUNS  # "the troops", "those forces": an armed side, never a rights group or a person
    before, rival = previous_subject(pron, finder) if POSSESSIVE.get(pron.lower_, pron.lower_) == base else (None, False)
    for ev in reversed(prev):
        if sent.start_char - ev.sentence.end > ANTECEDENT_CHARS:
            break
        if (before is not None or rival) and ev.sentence.end <= pron.doc[pron.sent.start - 1].sent.start_char:
            return before  # "Boko Haram has grown stronger. It attacked ...": the sentence between has no deed
        if rival and ev.sentence.end <= pron.sent.start_char:
            return None  # "Police arrested two al-Shabaab fighters. They had bombed a bus": either side, a guess
        if before is not None and ev.sentence.end <= pron.sent.start_char and ev.actor1 is not None \
                and ev.actor1.entity_id != before.entity_id:
            return None  # "X was weakened by army offensives. It attacked ...": X is the subject, the army the doer
        if ev.actor1 is not None and ev.actor1.span is not None and ev.actor1.span.text.lower() not in PRONOUNS \
                and is_person(ev.actor1, finder) == person:
            if person and disagrees(base, ev.actor1.span.text, pron.doc, finder):
                return mention_antecedent(pron, finder)  # "Mr X met Mrs Y. She ...": the nearest one she can be
            if person and gender_of(ev.actor1.span.text, pron.doc, finder) is None \
                    and other_person_beside(ev.actor1, pron, finder):
                return None  # "X met Y. She stabbed ...": neither's sex is told, so either may be meant
            if base in ("it", "they") and ev.actor2 is not None and ev.trigger.text.lower() in RECIPROCAL_DEEDS:
                return None  # "X clashed with Y. They killed 12 civilians": either side, or both
            if base in ("it", "they") and coordinated(ev, doc_text(pron.doc)):
                if base == "they":
                    return None  # "X and Y attacked the town. They killed ...": both, not X alone
                continue  # "X and Y are fighting ... It is battling Z": one of two, not both; look further back
            if forces and not armed_side(ev.actor1, onto, finder):
                continue  # "rights groups called on the government to try the soldiers": not the groups' soldiers
            return ev.actor1
    return before if before is not None or rival else mention_antecedent(pron, finder)


# words of a deed both sides do to each other (the reciprocal verbs and nouns of the ontology's armed clash, source
# ACLED): after "X clashed with Y", "it"/"they" may be either side
RECIPROCAL_DEEDS = antecedent_cue("reciprocal_deeds")  # (data/antecedent_cues.tsv)


def coordinated(ev: EventMention, text: str) -> bool:
    """The event's actor1 was named together with another actor ("X and Y attacked", "X and Y are fighting" where Y
    became actor2 of the symmetric deed): a plural subject, which "it" never stands for."""
    a = ev.actor1
    if a is None or a.span is None:
        return False
    return any(o is not None and o.span is not None and o.span.start >= a.span.end
               and re.fullmatch(r"\s*(?:,|and|&|as well as)\s*(?:the\s+)?", text[a.span.end:o.span.start], re.I)
               for o in [*ev.associates, ev.actor2])  # "X and Y are fighting": Y is the other side, still a pair
