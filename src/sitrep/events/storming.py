"""Armed men storming a building or a guarded site ("gunmen stormed a hotel", "the militia stormed the prison"):
an attack, where "storm" with a thing as its object otherwise names no fighting (triggers.find_triggers reads
"storm" as a movement verb, whose object must be a town or a place). The doer must be armed: a noun of
data/event_sense_cues.tsv cue storm_doers, an armed modifier ("masked men"), or the name of an armed body (also one
the tagger mislabels); the object a word of cue storm_sites or a building's head word (data/geo_facility_words.tsv).
Not "fans stormed the pitch", not "the minister stormed out" (data/non_event_phrases.tsv)."""
from __future__ import annotations

import functools
from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.deps import RELATIVE_WORDS, child
from sitrep.events.roles import lemma


@functools.lru_cache(maxsize=1)
def building_words() -> frozenset[str]:
    """Nouns of buildings and guarded sites: cue storm_sites and the head words of data/geo_facility_words.tsv."""
    from sitrep.geo.facility import facility_words

    return sense_cue("storm_sites") | facility_words()[0]


def armed_words() -> frozenset[str]:
    from sitrep.events.ontology import load_ontology

    onto = load_ontology()
    return onto.cue("armed_force_words") | onto.cue("state_words") - {"government", "ministry", "presidency", "president"}


# heads of a count or a band whose "of" phrase names who storms: "dozens of militants", "a group of armed men"
_COUNT_HEADS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "group",
                          "number", "band", "squad", "team", "contingent", "unit"})


@functools.lru_cache(maxsize=1)
def _force_words() -> frozenset[str]:
    """Nouns of armed bodies that storm as armed men ("security forces", "the army", "special forces"): the ontology's
    armed-force words without gear and firm departments, and the state forces' own nouns (not its nationality
    adjectives: "Turkish tourists stormed the hotel" is no attack)."""
    from sitrep.events.ontology import load_ontology
    from sitrep.events.people_object import _FIRM_PARTS, _GEAR

    forces = {"force", "forces", "army", "military", "police", "gendarmerie", "navy", "troop", "soldier", "regime"}
    return frozenset((load_ontology().cue("armed_force_words") - _GEAR - _FIRM_PARTS) | forces)


def _armed_doer(subj) -> bool:  # type: ignore[no-untyped-def]
    from sitrep.events.deps import pobj
    from sitrep.events.people_object import _armed_org
    from sitrep.events.roles import armed_modifiers

    if subj.lower_ in _COUNT_HEADS or subj.lemma_.lower() in _COUNT_HEADS or subj.pos_ == "NUM":
        inner = pobj(subj, "of")  # "dozens of militants", "a group of armed men"
        if inner is not None and _armed_doer(inner):
            return True
    words = sense_cue("storm_doers") | _force_words()
    if lemma(subj) in words or subj.lemma_.lower() in words or subj.lower_ in words:
        return True  # "gunmen", "security forces", "the army"
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in armed_modifiers() or lemma(c) in _force_words())
           for c in subj.children):
        return True  # "armed men", "masked men", "a police unit"
    if subj.ent_type_ == "ORG" and _armed_org(subj):
        return True
    return subj.pos_ == "PROPN" and _armed_name(subj)


def _armed_name(tok) -> bool:  # type: ignore[no-untyped-def]
    """A proper name the actor dictionary (data/actors.jsonl) knows as an armed body (a rebel group, a militia, state
    forces), whatever label the tagger gave it: "Al-Shabaab" and "Boko Haram" are often tagged as persons, "the
    Islamic State" as a nationality and a noun, "Houthis" not at all."""
    from sitrep.events.people_object import _ARMED_TYPES
    from sitrep.nlp.actor_lexicon import get_resolver

    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None:
        text = ent.text
    else:
        text = " ".join(t.text for t in [*(c for c in tok.lefts if c.dep_ == "compound"), tok])
    resolver = get_resolver()
    got = resolver.resolve(text)
    return got is not None and got[0] in resolver.actors and resolver.actors[got[0]]["type"] in _ARMED_TYPES


def stormed_site(verb) -> Optional[bool]:  # type: ignore[no-untyped-def]
    """Whether ``verb`` is "storm" with a building or guarded site as its object and an armed subject (its own, or
    that of the verb it is coordinated with: "gunmen arrived and stormed the hotel"): True for a guarded site (cue
    storm_guarded_sites: "stormed the barracks", a fight; or state forces storming: "police stormed the hotel", a raid on
    the armed men inside), False for any other building ("gunmen stormed a hotel", an attack on the people inside),
    None when it is no storming by armed men."""
    obj = child(verb, "dobj")
    if obj is None:
        return None
    guarded = lemma(obj) in sense_cue("storm_guarded_sites") or any(  # "stormed the police station": guarded
        c.dep_ in ("compound", "amod") and lemma(c) in armed_words() for c in obj.children)
    if not guarded and lemma(obj) not in building_words():
        return None
    subj = _storm_subject(verb)
    if subj is None or not (_armed_doer(subj) or (subj.lower_ in _PRONOUNS and _armed_doer_near(subj))):
        return None
    # state forces storming a building ("police stormed the hotel", "special forces stormed the building") raid
    # the armed men inside it: a fight, as at a guarded site
    return guarded or lemma(subj) in _STATE_DOERS or subj.lower_ in _STATE_DOERS


_PRONOUNS = frozenset({"they", "he", "she", "we", "it"})
_STATE_DOERS = frozenset({"police", "policeman", "army", "military", "force", "forces", "troop", "soldier", "commando",
                          "gendarmerie", "marine", "paratrooper"})


def _storm_subject(verb):  # type: ignore[no-untyped-def]
    """Who storms: the verb's subject, or that of the verb it is coordinated with ("gunmen arrived and stormed the
    hotel"), of the verb whose infinitive it is ("gunmen tried to storm the embassy", "rebels were hired to storm
    the building"), or the noun a relative clause describes ("the militants, who stormed the school, ...")."""
    subj = child(verb, "nsubj")
    host = verb
    for _ in range(3):
        if subj is not None:
            break
        if host.dep_ == "conj":
            host = host.head
            subj = child(host, "nsubj")
        elif host.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in host.children):
            host = host.head
            subj = child(host, "nsubj", "nsubjpass")
        else:
            break
    if subj is not None and subj.lower_ in RELATIVE_WORDS and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "the gunmen who stormed the hotel": the gunmen
    return subj


def _armed_doer_near(pron) -> bool:  # type: ignore[no-untyped-def]
    """A pronoun that storms ("they stormed the hotel") stands for armed men when its sentence or the one before
    names some ("Militants attacked the town on Monday. They stormed the town hall"); else it may be fans or
    shoppers, and the storming is no attack."""
    sent = pron.sent
    start = sent.start - 1 if sent.start > 0 else sent.start
    first = pron.doc[start].sent.start
    return any(t.pos_ in ("NOUN", "PROPN") and _armed_doer(t) for t in pron.doc[first:sent.end] if t.i != pron.i)
