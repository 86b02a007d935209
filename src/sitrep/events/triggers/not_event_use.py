"""Decides that a word which would be a trigger is used as no event here: an imperative, a thing found among
debris, "the wounded", "militias supported by X", a modifier ("bomb shelter"), a group's description, a weapon
supplied, held, dealt, counted as booty or used as police kit, a month, an exhortation ("let's seize"), a deal
struck, a crowd that dispersed, a thing that "fell", a warning that only reports, a name ("a group calling itself"),
a group that says who speaks, vigilantes as people. The order of those checks is :func:`_not_event_use`'s; the
weapon checks live in :mod:`.weapon_things`, the month in :mod:`.month`. Evidence: the parse; cue lists
``debris_words``, ``backing_verbs``, ``campaign_nouns``, ``deal_nouns``, ``territory_nouns`` of
data/event_sense_cues.tsv and the ontology's ``group_nouns``, ``agent_heads``. Tests: tests/test_attackers29.py and
the sets' bench tests.
"""
from __future__ import annotations

from sitrep.events.crowd_left import crowd_dispersed, leaving_verb
from sitrep.events.cues import sense_cue
from sitrep.events.deps import RELATIVE_WORDS, child
from sitrep.events.modality import warning_report
from sitrep.events.munitions import less_lethal
from sitrep.events.naming import naming_call
from sitrep.events.ontology import Ontology
from sitrep.events.roles import lemma
from sitrep.events.told_by_forces import describes_speaker
from sitrep.events.triggers.month import month_name
from sitrep.events.triggers.weapon_things import held_weapon, listed_weapon, supplied
from sitrep.events.triggers.words import SETTLEMENT_WORDS, _WordKit
from sitrep.events.word_senses import weapon_dealt


DEBRIS = sense_cue("debris_words")
BACKING = sense_cue("backing_verbs")


# a violent noun modifying one of these names the deed itself ("a bombing campaign", "a shelling raid")
CAMPAIGN_NOUNS = sense_cue("campaign_nouns")


def _not_event_use(tok, pos: str, onto: Ontology, kit: _WordKit, place_spans: tuple) -> bool:  # type: ignore[no-untyped-def]
    """The word is used as no event here: an imperative, a modifier, a weapon as a thing, a date, a name, ..."""
    if pos == "VERB" and tok.tag_ == "VB" and tok.dep_ == "ROOT" and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in tok.children):
        return True  # an imperative ("enter the result"): page furniture, not news
    if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in DEBRIS:
        return True  # "the remains of a rocket": a thing found, not an attack
    if pos == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "det" for c in tok.children):
        return True  # "the wounded", "some of the injured": people, not an event
    if tok.dep_ == "acl" and any(c.dep_ == "agent" for c in tok.children) and tok.lemma_.lower() in BACKING:
        return True  # "militias supported by X": X is an associate, not a separate event
    if pos == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") \
            and lemma(tok.head) not in CAMPAIGN_NOUNS:
        return True  # "bomb shelter", "assault rifle", "missile defence": a modifier; an event noun it modifies carries it
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and lemma(tok.head) in onto.cue("group_nouns"):
        return True  # "drug-trafficking gangs", "the invading forces": who a group is, not a deed of its own
    if pos == "NOUN" and lemma(tok) in kit.weapons and supplied(tok):
        return True  # "promised aid including anti-ship missiles": weapons handed over, not fired
    if month_name(tok):
        return True  # "on March 12", "in March": a date, not a protest march
    if pos == "VERB" and exhortation(tok):
        return True  # "let's seize a territory": a call to act, not a deed
    if pos == "NOUN" and held_weapon(tok):
        return True  # "obtaining a dirty bomb", "acquire missiles": a weapon held, not used
    if pos == "NOUN" and lemma(tok) in kit.listable and weapon_dealt(tok):
        return True  # "the test of a hydrogen bomb", "a shipment of mortars": a weapon as a thing
    if pos == "NOUN" and less_lethal(tok):
        return True  # "teargas shells", "stun grenades": police kit used on a crowd, no weapon of war (events/munitions)
    if pos == "NOUN" and lemma(tok) in kit.listable and listed_weapon(tok):
        return True  # "captured 40 rifles and 12 grenades", "weapons which consisted of ... 1 grenade": booty
    if pos == "VERB" and struck_deal(tok):
        return True  # "agreements they had struck": a bargain, not a strike
    if pos == "VERB" and lemma(tok) in ("disperse", "break") and leaving_verb(tok) and crowd_dispersed(tok):
        return True  # "the participants dispersed in the evening", "both rallies broke up": the crowd went home
    if pos == "VERB" and lemma(tok) == "fall" and not place_subject(tok, place_spans):
        return True  # "the emails fell into Russian hands": a thing, not a town
    if pos == "VERB" and warning_report(tok, onto):
        return True  # "officials warned that Russia is massing troops": a report of the other side's deed, no threat
    if pos == "VERB" and lemma(tok) == "call" and naming_call(tok):
        return True  # "a group calling itself X", "the so-called X", "a town called X": a name, no event
    if pos == "NOUN" and lemma(tok) in onto.cue("agent_heads") and describes_speaker(tok):
        return True  # "said X, who heads the vigilantes in the area": a group that says who speaks, no mob's deed
    if pos == "NOUN" and lemma(tok) == "vigilante" and tok.dep_ in ("nsubj", "nsubjpass"):
        return True  # "The vigilantes were on patrol", "the vigilantes fired back": armed people, whose verb tells any
        # deed ("a mob set fire to ...": a mob is a crowd in action, its noun a deed's)
    return False


def exhortation(tok) -> bool:  # type: ignore[no-untyped-def]
    """A bare verb with no subject under "let" or under another such verb ("let's get together, seize a
    territory and expand it"): a call to act."""
    if tok.tag_ == "VB" and any(c.lemma_.lower() == "let" and c.tag_ == "VB" for c in tok.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True  # "let's get together, brothers, seize it": the parse hangs "let" below the verb
    cur = tok
    for _ in range(4):
        if cur.tag_ == "VB" and cur.head.lemma_.lower() == "let" and cur.head is not cur and any(
                c.dep_ == "nsubj" and c.lower_ in ("us", "'s") for c in cur.children):
            return True  # "let us rise and strike them": "us" read as the subject
        if cur.tag_ != "VB" or any(c.dep_.startswith("nsubj") or c.dep_ in ("aux", "auxpass") for c in cur.children):
            return False
        if cur.lemma_.lower() == "let":
            return True
        if cur.dep_ not in ("dep", "conj", "ccomp") or cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() == "let":
            return True
    return False


def struck_deal(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the agreements they had struck", "a deal struck in May": a verb of striking whose object is a bargain."""
    if tok.lemma_.lower() not in ("strike", "hit", "seal"):
        return False
    obj = child(tok, "dobj")
    if (obj is None or obj.lower_ in RELATIVE_WORDS) and tok.dep_ in ("relcl", "acl"):
        obj = tok.head  # "the blows that they have struck": the relative word stands for the noun
    return obj is not None and obj.lemma_.lower() in sense_cue("deal_nouns")


def place_subject(tok, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """ "Saraqib fell", "the town fell to the rebels": what falls is a place (or a word standing for one)."""
    subj = child(tok, "nsubj")
    if subj is None:
        return tok.dep_ in ("relcl", "acl", "conj")  # "the town, which fell": the parse hides the subject
    if any(s <= subj.idx < e for s, e in place_spans):
        return True
    return (lemma(subj) in SETTLEMENT_WORDS or subj.lower_ in sense_cue("territory_nouns")
            or lemma(subj) in sense_cue("territory_nouns") or subj.ent_type_ in ("GPE", "LOC", "FAC"))
