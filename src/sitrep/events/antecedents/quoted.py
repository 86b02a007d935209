"""Who "I" or "we" inside a quotation is: the attributed claimant (:func:`quoted_speaker`), or the person "he
said" after the quotation stands for (:func:`pronoun_speaker`), the person the quotation follows
(:func:`topic_person`) and a surname alone repeating a person named before (:func:`surname_told_before`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents.common import ANTECEDENT_CHARS, POSSESSIVE
from sitrep.events.antecedents.nearest_name import mention_antecedent
from sitrep.events.antecedents.speaker import claimant_person
from sitrep.events.deps import child
from sitrep.events.ontology import Ontology
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef, Span
from sitrep.nlp.actor_lexicon import unknown_id


def quoted_speaker(pron, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Who "I" or "we" is inside a quotation: the claimant the attribution layer found for the quoted stretch ("'I
    shot him,' Smith told the court": Smith; "'We struck the depot,' the group said": the group), a person for "I", a
    body for "we". None outside an attributed quotation or when the claimant is of the other kind."""
    first = POSSESSIVE.get(pron.lower_, pron.lower_) == "i"
    for a in finder.an.attributions:
        if a.claimant_id and a.claim_start is not None and a.claim_end is not None \
                and a.claim_start <= pron.idx < a.claim_end:
            ref = ActorRef(a.claimant_id, a.claimant_name or a.span.text, a.span, "primary")
            return ref if claimant_person(ref, finder) == first else None
    return None


OPEN_QUOTES = frozenset({'"', "“", "``"})


CLOSE_QUOTES = frozenset({'"', "”", "''"})


def pronoun_speaker(pron, onto: Ontology, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "I" inside a quotation that "he said" / "she told police" closes, the attribution layer having found no
    claimant (a pronoun speaker with no earlier claim): the person "he"/"she" stands for, as
    :func:`mention_antecedent` finds it, when it is the one person named in the :data:`ANTECEDENT_CHARS` before. None
    when the quotation is not closed by such a speech verb within the next sentence, or when "I" is not inside
    quotation marks."""
    doc = pron.doc
    start = pron.sent.start
    if not any(doc[i].text in OPEN_QUOTES for i in range(start, pron.i)):
        return None
    end = pron.sent.end
    if end < len(doc):
        end = doc[end].sent.end  # a quotation may run into the next sentence
    close = next((i for i in range(pron.i + 1, end) if doc[i].text in CLOSE_QUOTES), None)
    if close is None:
        return None
    for tok in doc[close + 1:min(close + 4, len(doc))]:
        if tok.lemma_.lower() in onto.cue("speech_verbs"):
            subj = child(tok, "nsubj")
            if subj is None or subj.lower_ not in ("he", "she"):
                return None
            people = {m.entity_id or m.span.text for m in finder.mentions if m.kind == "PERSON"
                      and m.span.end <= subj.idx and subj.idx - m.span.end <= ANTECEDENT_CHARS}
            if len(people) == 1:
                return mention_antecedent(subj, finder)
            return topic_person(pron, finder)  # two people (an unlinked name counts too): the one the quote follows
    return None


def surname_told_before(tok, finder: ActorFinder):  # type: ignore[no-untyped-def]
    """The person mention an untagged proper noun ``tok`` repeats: a name alone ("Strand") that is the last word of
    exactly one person named before it in the article ("the colonel, Ivo Strand, ... Strand denies"); None when the
    word is no proper noun, has words of its own ("Strand Ltd"), or ends the names of two people."""
    if tok.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat", "amod", "poss") for c in tok.children) \
            or tok.dep_ == "compound":
        return None
    found = {}
    for m in finder.mentions:
        if m.kind == "PERSON" and m.span.end <= tok.idx and m.span.text.split()[-1:] == [tok.text]:
            found[m.entity_id or m.span.text] = m
    return next(iter(found.values())) if len(found) == 1 else None


def topic_person(pron, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The person a quotation follows: the subject of the main clause of the sentence just before the quotation's
    own, when it is a person's name and the only person named in that sentence ("X denies the charges. 'I only followed
    orders,' he said": X). None otherwise."""
    doc = pron.doc
    start = pron.sent.start
    if start == 0:
        return None
    last = doc[start - 1].sent
    subj = child(last.root, "nsubj")
    if subj is None:
        return None
    if subj.ent_type_ != "PERSON":
        named = surname_told_before(subj, finder)  # "X Y presented ... . Y denies ...": the entity layer missed Y
        if named is None or any(m.kind in ("PERSON", "ORG") and last.start_char <= m.span.start < last.end_char
                                for m in finder.mentions):
            return None  # (the one person there only when no other name stands in that sentence)
        return ActorRef(named.entity_id or unknown_id(named.span.text), named.name or named.span.text,
                        Span(named.span.article_id, subj.idx, subj.idx + len(subj.text), subj.text), "primary")
    people = {m.entity_id or m.span.text for m in finder.mentions if m.kind == "PERSON"
              and last.start_char <= m.span.start < last.end_char}
    if len(people) != 1:
        return None
    ref = finder.actor(subj, via_modifier=False)
    return ref if ref is not None and claimant_person(ref, finder) or (ref is not None and subj.ent_type_ == "PERSON") \
        else None
    return None
