"""Verbs of destroying (and poisoning) that name a killing only when what they destroy is people (issue 16).

"Annihilated the rebel column", "wiped out a village", "exterminated the villagers", "slew four farmers" tell a
massacre, "poisoned a former spy" an attack; "wiped out the savings", "exterminated the rats", "slew the dragon",
"annihilated their rivals in the final", "poisoned relations", "food poisoning" do not. A word of
``people_object_words`` (data/event_sense_cues.tsv) is a trigger only when what it acts on -- its object, its passive
subject, the noun a participle describes ("villagers slain by gunmen"), a noun's "of" object -- is a person or a body
of people: a person's or a people's name, an armed body's name (not a company's: "wiped out Acme Corp"), a
personal pronoun, a person noun of data/figure_lexicon.tsv, a civilian or armed-force word of
the ontology, or a word of ``people_bodies`` (a population, a garrison, a village for its people); and only when the
sentence names no contest (``contest_words``: a match, an election), where these verbs tell a defeat.
"""
from __future__ import annotations

import functools

from sitrep.events.cues import sense_cue
from sitrep.events.deps import RELATIVE_WORDS, child, pobj

__all__ = ["destroys_people", "person_nouns"]

_PERSONAL = frozenset({"him", "her", "them", "us", "me", "you", "he", "she", "they", "we", "i"})
_PERSON_ENTS = frozenset({"PERSON", "NORP"})
# dictionary types (data/actors.jsonl) of a named body that is people under arms: "wiped out the Red Hand Brigade"
# is a killing, "wiped out Acme Corp" (a company, a bank, an institution) is not
_ARMED_TYPES = frozenset({"rebel", "militia", "state_forces"})
# armed-force words that in a name mostly head a firm's department ("the Acme Sales Division")
_FIRM_PARTS = frozenset({"unit", "division"})
# armed-force words that name gear, not people ("wiped out the tanks" is damage, not a killing)
_GEAR = frozenset({"tank", "warship", "warplane", "jet", "artillery", "armour", "armor"})


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns of one or more persons: the person nouns of data/figure_lexicon.tsv and the ontology's civilian words."""
    from sitrep.events.ontology import load_ontology
    from sitrep.nlp.figures import figure_lexicon

    persons = {lem for lem, info in figure_lexicon().nouns.items() if info[1] == "person"}
    return frozenset(persons | load_ontology().cue("civilian_words"))


@functools.lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    from sitrep.events.ontology import load_ontology

    return person_nouns() | (load_ontology().cue("armed_force_words") - _GEAR) | sense_cue("people_bodies")


def _patient(verb):  # type: ignore[no-untyped-def]
    """What ``verb`` acts on: its object or passive subject; for a participle describing a noun, that noun; a
    relative word stands for the noun its clause describes."""
    obj = child(verb, "dobj", "nsubjpass")
    if obj is None and verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        obj = verb.head
    if obj is None and verb.tag_ == "VBN" and verb.dep_ in ("oprd", "xcomp", "acomp"):
        # "two farmers were found slain", "found two men slain": what the participle describes is its host's
        # object or subject
        obj = child(verb.head, "dobj", "nsubjpass", "nsubj")
    if obj is None and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        obj = child(verb, "nsubj")  # a headline's participle with no auxiliary ("two policemen slain"): its patient
    if obj is not None and obj.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
        obj = verb.head
    return obj


def _armed_org(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ORG-labelled ``tok`` belongs to the name of an armed body: a name of data/actors.jsonl whose type is a
    rebel group, a militia or state forces, or a name holding an armed-force word of the ontology ("the Red Hand
    Brigade", "the Kestrel Militia"); not a company, a bank or an institution ("Acme Corp", "the Kestrel Bank")."""
    from sitrep.events.ontology import load_ontology
    from sitrep.nlp.actor_lexicon import get_resolver

    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    words = load_ontology().cue("armed_force_words") - _GEAR - _FIRM_PARTS
    if any(t.lower_ in words or t.lemma_.lower() in words for t in ent):
        return True
    resolver = get_resolver()
    got = resolver.resolve(ent.text)
    return got is not None and got[0] in resolver.actors and resolver.actors[got[0]]["type"] in _ARMED_TYPES


def _people(tok) -> bool:  # type: ignore[no-untyped-def]
    if tok.lower_ in _PERSONAL:
        return True
    if tok.ent_type_ in _PERSON_ENTS:
        return True
    if tok.ent_type_ == "ORG":
        return _armed_org(tok)
    from sitrep.events.roles import lemma

    return tok.pos_ in ("NOUN", "PROPN") and (lemma(tok) in _people_nouns() or tok.lower_ in _people_nouns())


def destroys_people(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a verb of destroying acts on people (or one of its conjoined objects does) in a sentence that
    names no contest; for a noun ("the poisoning of a former officer"), its "of" object with no noun modifier
    before it ("food poisoning", "lead poisoning of children": an illness)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "compound" for c in tok.children):
            return False
        obj = pobj(tok, "of")
    else:
        obj = _patient(tok)
        from sitrep.nlp.victims import fatal_phrase

        if obj is not None and fatal_phrase(tok):
            return True  # "a rowdy-sheeter was hacked to death": what dies is someone, whatever the word for him
    if obj is None:
        return False
    verb = tok
    if any(t.lemma_.lower() in sense_cue("contest_words") for t in verb.sent):
        return False
    objs = [obj] + [c for c in obj.children if c.dep_ == "conj"]
    return any(_people(o) for o in objs)
