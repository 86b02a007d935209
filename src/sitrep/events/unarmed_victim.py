"""Whether a deed's victim is a person with no arms: "the mayor was murdered", "gunmen shot dead a judge",
"guerrillas assassinated Juan Perez", "rebels executed two captured soldiers".

A killing of such a person is one-sided: ACLED codes it as violence against civilians (an attack), whoever did it,
even when the victim holds a public office and so stands for the state ("Salvadoran mayor X" resolves to the
Government of El Salvador, "the mayor of <town>" to the town: neither is an armed side). Who is armed is read from
the victim's own words: a person noun of data/figure_lexicon.tsv whose kind is not an armed one (soldiers, troops,
fighters, police, peacekeepers), not a rank of data/rank_nouns.tsv, or a person's name, with no armed word in its
phrase ("the wife of a police officer", "an FMLN member" stay undecided). The victims of an execution
(ontology cue ``captive_killing``) are captives: no longer an armed side whoever they are (ACLED codes the killing of
detained combatants as violence against civilians).
"""
from __future__ import annotations

from sitrep.events.deps import RELATIVE_WORDS
from sitrep.events.ontology import Ontology
from sitrep.events.roles import np_tokens
from sitrep.events.victim_nouns import rank_nouns
from sitrep.nlp.figures import _lemma, figure_lexicon

__all__ = ["unarmed_victim"]

# kinds of person nouns of data/figure_lexicon.tsv that name armed people
_ARMED_KINDS = frozenset({"soldiers", "troops", "fighters", "police", "peacekeepers"})
_VICTIM_DEPS = ("dobj", "nsubjpass")
_ARMED_ENTS = frozenset({"ORG"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})
# nouns of membership or service: their "of" phrase says which side ("a member of the army", "a leader of the
# rebels", "an employee of the infantry brigade")
_MEMBER_NOUNS = frozenset({"member", "leader", "head", "chief", "element", "employee", "worker", "staff", "official",
                           "agent", "collaborator"})


def _victim_heads(trig) -> list:  # type: ignore[no-untyped-def]
    """The heads of the victim phrase: the object or passive subject of a verb ("murdered the mayor", "the mayor was
    murdered"), the "of" phrase or possessor of a noun ("the murder of the mayor", "the mayor's murder")."""
    if trig.pos_ == "VERB":
        return [_conjunct_antecedent(trig, c) for c in trig.children if c.dep_ in _VICTIM_DEPS]
    if trig.pos_ != "NOUN":
        return []
    heads = [c for c in trig.children if c.dep_ == "poss"]
    for prep in trig.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            heads += [c for c in prep.children if c.dep_ == "pobj"]
    return heads


def _conjunct_antecedent(trig, obj):  # type: ignore[no-untyped-def]
    """A pronoun object stands for the object of the verb it is coordinated with: "stopped the women on a path and
    assaulted them" (the women); any other object is itself."""
    if obj.lower_ not in _OBJECT_PRONOUNS or trig.dep_ != "conj" or trig.head.pos_ != "VERB":
        return obj
    return next((c for c in trig.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), obj)


_OBJECT_PRONOUNS = frozenset({"them", "him", "her"})


def _people(head) -> list:  # type: ignore[no-untyped-def]
    """Every person the victim phrase names: its head, the conjuncts anywhere in it ("the mayor of X and his
    bodyguards", "a judge and two of his guards": the guards), its appositions ("X, a police officer"); not its clauses
    ("the judge who had sentenced the rebels")."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        if t is head or t.dep_ in ("conj", "appos"):
            if t.pos_ == "NUM":  # "two of his guards": the people are the "of" phrase's
                t = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"), t)
            out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return out


def _unarmed_person(tok, armed_words: frozenset[str], captive: bool) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` names a person with no arms: a person noun of an unarmed kind or a person's name, with no armed word
    ("police", "FMLN", "colonel") in its own phrase; "a member of the army" reads its "of" phrase too, "the wife of a
    police officer" does not."""
    if tok.lower_ in RELATIVE_WORDS:
        return False
    lem = _lemma(tok)
    info = figure_lexicon().nouns.get(lem)
    if info is not None and info[1] == "person" and tok.pos_ != "PROPN":
        kinds = [(lem, info[0])]
    else:
        # a name: a person by its label, or by a title or apposition that is a person noun ("minister X", "X, a judge")
        kinds = [(_lemma(c), figure_lexicon().nouns[_lemma(c)][0]) for c in tok.children
                 if c.dep_ in ("compound", "appos") and _lemma(c) in figure_lexicon().nouns
                 and figure_lexicon().nouns[_lemma(c)][1] == "person"]
        if tok.ent_type_ != "PERSON" and not kinds:
            return False
    if not captive and any(k in _ARMED_KINDS or w in rank_nouns() for w, k in kinds):
        return False
    if captive:
        return True
    phrase = np_tokens(tok)
    if lem in _MEMBER_NOUNS:
        phrase = phrase + [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.subtree]
    words = {t.lemma_.lower() for t in phrase} | {t.lower_ for t in phrase}
    return not (words & armed_words) and not any(t.ent_type_ in _ARMED_ENTS for t in phrase)


def unarmed_victim(trig, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """The deed ``trig`` is done to people with no arms, each victim named by a person noun or a person's name."""
    people = [p for h in _victim_heads(trig) for p in _people(h)]
    if not people:
        return False
    captive = trig.lemma_.lower() in onto.cue("captive_killing")
    armed = (onto.cue("military_targets") | onto.cue("nonstate_words") | onto.cue("armed_person_words")
             | rank_nouns())
    return all(_unarmed_person(p, armed, captive) for p in people)
