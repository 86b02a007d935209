"""Reporter phrasings of an attack whose words also have a harmless sense (issue 16, trigger recall).

Each check reads the parse around one trigger pattern of ``data/ontology.json`` and says whether the words tell
shots fired or an armed raid:

- "fire at/on/upon X" (:func:`fired_on_target`): shots at a target ("gunmen fired at a patrol", "the convoy was
  fired on"); not a dismissal ("she was fired at the meeting", "fired him on the spot"), not "fired off a letter",
  "fired questions at the panel", "fired at goal", nor a reply in words ("fired back at his critics");
- "come under fire" (:func:`under_fire`): an armed unit, a vehicle or a place shot at, or fire of a weapon
  ("came under mortar fire", "came under fire from gunmen"); not criticism ("came under fire for his remarks",
  "came under fire from lawmakers");
- "raid" (:func:`armed_raid`): a raid told with deaths or wounds, or done by an armed group ("militants raided a
  post", "the raid left twelve dead"); not a search or an arrest ("police raided the offices", "a raid on a drug
  lab", "raids that netted 20 suspects").

The word lists are cues of ``data/event_sense_cues.tsv`` and of the ontology (public knowledge of English usage).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child, pobj
from sitrep.events.reference import claimed_deed
from sitrep.events.roles import lemma

__all__ = ["FIRE_PREPS", "armed_raid", "fired_on_target", "under_fire"]

FIRE_PREPS = frozenset({"at", "on", "upon"})


def _armed_words(onto) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Nouns of armed people, units and their posts (ontology cues), plus the words for unnamed attackers; not
    "opposition" or "group", which name critics as often as fighters."""
    return ((onto.cue("military_targets") | onto.cue("armed_force_words") | onto.cue("armed_person_words")
             | onto.cue("nonstate_words") | sense_cue("attacker_nouns")) - {"opposition", "group", "faction"})


def fired_on_target(tok, prep, onto) -> bool:  # type: ignore[no-untyped-def]
    """ "fire at/on/upon X" as shots at a target: an active verb whose "at/on/upon" phrase (on the verb, or on
    the shots it fires) names what is shot at, or a passive one with the preposition left at the end."""
    if prep.dep_ != "prep" or prep.lower_ not in FIRE_PREPS or not (prep.head.i == tok.i or (
            prep.head.dep_ == "dobj" and prep.head.head.i == tok.i
            and lemma(prep.head) in sense_cue("fired_things"))):
        return False  # (the phrase may hang on the shots: "fired shots at the car")
    target = child(prep, "pobj")
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return target is None  # "the convoy was fired on"; "she was fired at the meeting" is a dismissal
    if target is None or lemma(target) in sense_cue("not_fire_targets"):
        return False
    if any(c.dep_ == "prt" and c.lower_ in ("off", "up") for c in tok.children):
        return False  # "fired off a letter", "fired up the crowd"
    obj = child(tok, "dobj")
    if obj is not None and lemma(obj) not in sense_cue("fired_things"):
        return False  # "fired questions at the minister", "fired him on Monday"
    if any(c.lower_ == "back" for c in tok.children):
        return lemma(target) in _armed_words(onto)  # "fired back at the gunmen"; "at his critics" is words
    return True


def under_fire(tok, fire, onto) -> bool:  # type: ignore[no-untyped-def]
    """ "X came under fire" as shots: the fire is a weapon's ("mortar fire", "sniper fire"), comes from armed
    people, or falls on an armed unit, a vehicle or a post; never with a reason ("for", "over": criticism)."""
    if fire.dep_ != "pobj" or fire.head.lower_ != "under" or fire.head.head.i != tok.i:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in (*tok.children, *fire.children)):
        return False  # "came under fire for his remarks", "over the deal"
    armed = _armed_words(onto)
    source = pobj(tok, "from") or pobj(fire, "from")
    if source is not None:
        return lemma(source) in armed or lemma(source) in sense_cue("fire_kinds")
    weapons = sense_cue("fire_kinds") | onto.cue("instrument_shelling") | onto.cue("instrument_air")
    if any(c.dep_ in ("amod", "compound", "nmod") and (lemma(c) in weapons or c.lower_ in weapons)
           for c in fire.children):
        return True  # "came under heavy mortar fire", "under sniper fire"
    subj = child(tok, "nsubj")
    return subj is not None and (lemma(subj) in armed or lemma(subj) in onto.cue("military_gear_words")
                                 or lemma(subj) in onto.cue("crewed_vehicles") or lemma(subj) in onto.cue("vehicle_words"))


# verbs of kill_lemmas that tell a death but no deed of their own: the raid they happened in is the deed
_DEATH_NO_DEED = frozenset({"die"})


def armed_raid(tok, onto) -> bool:  # type: ignore[no-untyped-def]
    """A raid (verb or noun) that is an attack: its sentence tells a death or a wound (cue ``raid_harm_words``),
    or its doer -- the verb's subject, a singular noun's "by" phrase or modifier -- is an armed group or unnamed
    attackers ("terrorist raids" in the plural is a kind of deed); not a raid that only sets a killing or a
    wounding told by its own verb ("injured in the raid"); and the sentence tells no search or arrest (cue ``raid_search_words``: "raided the offices and
    seized documents", "a raid that netted 20 suspects")."""
    lems = {t.lemma_.lower() for t in tok.sent}
    if lems & sense_cue("raid_search_words"):
        return False
    if tok.pos_ == "NOUN" and claimed_deed(tok):
        return True  # "JNIM claimed the raid": a group claims an attack, never a search
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in onto.cue("kill_lemmas") - _DEATH_NO_DEED:
        return False  # "a farmer injured in the raid": the wounding is the deed told, the raid its setting
        # ("26 civilians died in the raid": dying is no deed; the raid is the deed told)
    if lems & sense_cue("raid_harm_words"):
        return True
    armed = _armed_words(onto) - onto.cue("state_words") - onto.cue("police_words")
    if tok.pos_ == "VERB":
        doer = child(tok, "nsubj")
        doers = [doer] if doer is not None else []
    elif tok.tag_ in ("NNS", "NNPS"):
        return False  # "terrorist raids in some areas": a kind of deed, not one told
    else:
        doers = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss")]
        by = pobj(tok, "by")
        if by is not None:
            doers.append(by)
    return any(lemma(d) in armed for d in doers)
