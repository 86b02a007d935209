"""The nearest earlier name of a pronoun's kind (:func:`mention_antecedent`), left blank when another
name makes it a guess: the plural doer noun just before "they" (:func:`plural_doer_before`), the names the pronoun's
clause acts on (:func:`names_acted_on`), another person beside (:func:`other_person_beside`), and the one person the
article names for "he"/"she" further back (:func:`only_person_before`).
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.antecedents.common import ANTECEDENT_CHARS, OBJECT_PRONOUNS, POSSESSIVE, plural_doers
from sitrep.events.person_gender import disagrees
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef
from sitrep.nlp.doctext import doc_text


# what a subject pronoun can stand for: he/she a person; it a body (organisation, state); they a body or a people
# ("it" is left out: "it took a week", "it is time" have no antecedent)
PRONOUN_KINDS = {"he": ("PERSON",), "she": ("PERSON",), "they": ("ORG", "NORP"), "his": ("PERSON",),
                 "her": ("PERSON",), "their": ("ORG", "NORP"), "its": ("ORG", "NORP")}


def mention_antecedent(pron, finder: ActorFinder, as_pronoun: Optional[str] = None) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The nearest entity mention before the pronoun, within :data:`ANTECEDENT_CHARS`, of a kind the pronoun can
    stand for ("Hamas ... They fired ..."; "the suspect, X, ... He shot ..."). None when another name lies between:
    any other name for he/she, a person for "they" (places are passed over), since then the reading is a guess."""
    form = as_pronoun or pron.lower_
    kinds = PRONOUN_KINDS.get(form)
    if not kinds:
        return None
    # (a name the entity layer left unlinked is still a name: nearer than a linked one, it makes the reading a guess)
    before = [m for m in finder.mentions if (m.entity_id or m.kind == "PERSON") and m.span.end <= pron.idx
              and pron.idx - m.span.end <= ANTECEDENT_CHARS and m.kind in ("PERSON", "ORG", "GPE", "NORP")]
    personal = POSSESSIVE.get(form, form) in ("he", "she")
    if POSSESSIVE.get(form, form) == "they":
        doers = plural_doer_before(pron, finder)
        if doers is not None:
            return doers
    acted_on = names_acted_on(pron) if personal else frozenset()
    for m in reversed(before):
        if personal and m.kind == "PERSON" and disagrees(POSSESSIVE.get(form, form), m.span.text, pron.doc, finder):
            continue  # "Mrs Y met Mr X. She ...": X is never "she"
        if m.kind == "PERSON" and acted_on & _name_words(m.span.text):
            continue  # "X quarrelled with his brother, Y. He ... fired at Y": Y is not he
        if m.kind in kinds:
            if not m.entity_id:
                return None  # the nearest name of the kind is one the entity layer left unlinked: not a linked one
            if personal and m.kind == "PERSON" and other_person_beside(m, pron, finder, acted_on):
                return None  # "Davis and Brown argued. He shot him": either may be meant
            return ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary")
        if personal and m.kind in ("GPE", "NORP"):
            continue  # "Smith ... in Vermont ... he": a place or a people is never "he"
        if personal or m.kind == "PERSON":
            return None  # "Obama ... told Turkey ... it": the person in between makes the reading a guess
    if personal:
        return only_person_before(pron, finder)
    return None


def plural_doer_before(pron, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "they" for the plural armed or offender noun just before it, in its own sentence or the one before, with no
    name between ("... too hard for the vandals to cut. They detonated a bomb instead": the vandals). The noun is one
    of data/plural_doers.tsv (armed) or data/relation_nouns.tsv (offenders, kin); None when a name comes after it."""
    from sitrep.events.roles import lemma, relation_nouns

    sent = pron.sent
    start = sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    doers = plural_doers() | relation_nouns()
    for tok in reversed(pron.doc[start:pron.i]):
        if tok.tag_ in ("NNS", "NNPS") and tok.pos_ == "NOUN" and lemma(tok) in doers:
            if any(m.entity_id and tok.idx < m.span.start < pron.idx and m.kind in ("PERSON", "ORG", "NORP", "GPE")
                   for m in finder.mentions):
                return None  # a name after the noun: "they" may stand for it
            return finder.actor(tok)
    return None


def _name_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w+", text))


def names_acted_on(pron) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The words of the proper names a subject pronoun's own clause acts on ("he ... fired at Tariq and his son":
    Tariq), through its verb's objects and the objects of their prepositions (clauses of saying, adverbial and
    relative clauses aside): a clause's subject is not what it acts on."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    verbs = [pron.head] + [c for c in pron.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                           and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
    objs = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
    objs += [g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objs += [x for o in objs for x in o.conjuncts]
    return frozenset(w.lower() for o in objs if o.pos_ == "PROPN" for w in [o.text])


def other_person_beside(m, pron, finder: ActorFinder, acted_on: frozenset[str] = frozenset()) -> bool:  # type: ignore[no-untyped-def]
    """Another person than the one of mention ``m`` is named in m's sentence before ``pron`` ("Davis and Brown argued.
    He ...", "Smith shot Jones. He ..."): "he"/"she" may stand for either."""
    sp = pron.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if sp is None:
        return False
    lo = sp.sent.start_char
    words = {w.lower() for w in re.findall(r"\w+", m.span.text)}
    text = doc_text(pron.doc)

    def same(o) -> bool:  # type: ignore[no-untyped-def]
        """o is m spelt again ("Cerezo" after "Vinicio Cerezo") or m's title next to it ("the president, X"); two
        full names that share a surname ("Faisal Mehmood ... his brother, Tariq Mehmood") are two people."""
        gap = text[o.span.end:m.span.start] if o.span.end <= m.span.start else text[m.span.end:o.span.start]
        ow = {w.lower() for w in re.findall(r"\w+", o.span.text)}
        return bool(ow) and (ow <= words or words <= ow) or re.fullmatch(r"[\s,]*", gap) is not None

    form = OBJECT_PRONOUNS.get(pron.lower_) or POSSESSIVE.get(pron.lower_, pron.lower_)
    return any(o.kind == "PERSON" and o.entity_id != m.entity_id and lo <= o.span.start  # (unlinked ones too)
               and o.span.end <= pron.idx and not same(o) and not acted_on & _name_words(o.span.text) and not disagrees(form, o.span.text, pron.doc, finder)
               for o in finder.mentions)  # (one whose sex the article tells otherwise is no rival)


def only_person_before(pron, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "he"/"she" further back than :data:`ANTECEDENT_CHARS`: the one person the article has named before it, when it
    has named exactly one (and no organisation since); None when two people or none are named."""
    people = [m for m in finder.mentions if m.entity_id and m.span.end <= pron.idx and m.kind == "PERSON"]
    if not people or len({m.entity_id for m in people}) != 1:
        return None
    last = people[-1]
    if any(m.kind == "ORG" and m.entity_id and last.span.end <= m.span.start and m.span.end <= pron.idx
           for m in finder.mentions):
        return None  # "Smith ... the agency ... he": an organisation's spokesman may be meant
    return ActorRef(last.entity_id, last.name or last.span.text, last.span, "primary")
