"""A learned sub-type decision, used where the rules run out.

A multinomial logistic regression over the event's sentence: its content lemmas (``w:``), its trigger lemma
(``t:``), the type the rules gave (``r:<code>``) and which of the ontology's cue lists (weapons, protest
readings, mob, sexual violence, civilians, state and non-state words, ...: ``data/ontology.json``) its lemmas
hit (``q:<cue>``). It is fitted by ``scripts/train_subtype.py`` on the CASE 2021 development half and the team's
own sentences (``data/models/subtype_examples.tsv``); weights and manifest in ``data/models/``. The weights file
names the cue lists and the threshold chosen by nested cross-validation by document.

The model may replace only a type the rules reach without a specific cue (a bare "attack", "killed", "clash",
"protest", "explosion": ``GENERIC_RULE_TYPES``), when it is at least ``threshold`` sure and its class is an ACLED
or out-of-ACLED type of the ontology; a type read off a named weapon, a territorial verb, an agreement or an
arrest stays, and political events (PLOVER) are never touched, nor made. Only a bare explosion may leave ACLED
(a gas blast, a mine accident), never one whose sentence names a bomb or another explosive weapon. Two specific
types move only when the sentence names why (``MOVES_WITH_CUE``): a protest met by the police whose protesters'
violence is named, and an "accident" whose sentence names a bomb. Without the
weights file (or with ``SITREP_SUBTYPE_MODEL=off``) the rules alone decide.
"""
from __future__ import annotations

import functools
import json
import math
import os
from typing import Any, Iterable, Optional

from sitrep.resources import data_path

MODEL_FILE = "models/subtype.json"
STOP = frozenset("""a an the of in on at to for from by with and or but as is was were be been are has have had it its
this that these those he she they them his her their we our you i not no also after before over into than which who
said says say told according""".split())
ENABLED = os.environ.get("SITREP_SUBTYPE_MODEL", "on") != "off"


def features(lemmas: Iterable[str], trigger_lemma: str, rule_code: str, onto=None,  # type: ignore[no-untyped-def]
             cues: Iterable[str] = ()) -> list[str]:
    """The model's features for one event: its sentence's content lemmas, its trigger, the rules' type, and the
    names of the ``cues`` (ontology cue lists) that its lemmas hit (only with ``onto``)."""
    lemmas = list(lemmas)
    out = {f"w:{w}" for w in lemmas if len(w) > 2 and w.isalpha() and w not in STOP}
    out.add(f"t:{trigger_lemma}")
    out.add(f"r:{rule_code}")
    if onto is not None:
        have = set(lemmas)
        out.update(f"q:{c}" for c in cues if have & onto.cue(c))
    return sorted(out)


@functools.lru_cache(maxsize=2)
def load_model(name: str = MODEL_FILE) -> Optional[dict[str, Any]]:
    """The committed weights, or None when there are none (rules only)."""
    try:
        with open(data_path(name), encoding="utf-8") as f:
            m = json.load(f)
    except FileNotFoundError:
        return None
    m["_index"] = {f: i for i, f in enumerate(m["features"])}
    return m


def predict(model: dict[str, Any], feats: list[str]) -> tuple[str, float]:
    """The most probable class and its probability."""
    classes = model["classes"]
    idx = model["_index"]
    w = model["weights"]  # one row per feature, one column per class
    scores = list(model["bias"])
    for f in feats:
        i = idx.get(f)
        if i is not None:
            row = w[i]
            for k in range(len(classes)):
                scores[k] += row[k]
    mx = max(scores)
    ex = [math.exp(s - mx) for s in scores]
    z = sum(ex)
    k = max(range(len(classes)), key=lambda j: scores[j])
    return classes[k], ex[k] / z


# the rules' types the model may replace: those the rules reach without a specific cue (a bare "attack", "killed",
# "clash", "protest", "explosion"); a type read off a named weapon, a territorial verb, an agreement or an arrest
# stays. (Letting it replace any type gained nothing in nested CV on CASE and overrode named weapons on our own
# sentences.)
GENERIC_RULE_TYPES = frozenset({"vac.attack", "battles.armed_clash", "protests.peaceful", "explosions.ied", "sd.other"})


# a protest's reading is what the sentence says of it: the model may move a bare protest to another protest
# reading only when that reading's own cue words are in the sentence (its words may tell of the police, not of
# the protesters: "police fired tear gas at students protesting" is no violent demonstration)
PROTEST_CUES = {"riots.violent_demonstration": "protest_violent", "protests.excessive_force": "protest_force",
                "protests.intervention": "protest_intervention"}


# two specific types the model may move on only when the sentence says why: a protest met by the police whose
# protesters' own violence is named is a violent demonstration (ACLED: the demonstrators' violence decides); an
# "accident" whose sentence names a bomb or another explosive weapon is an explosion
MOVES_WITH_CUE = {"protests.intervention": ("riots.violent_demonstration", "protest_violent"),
                  "outside.man_made_disaster": ("explosions.", "named_explosives")}


def may_replace(onto, rule: str, cls: str, lemmas: frozenset[str] = frozenset()) -> bool:  # type: ignore[no-untyped-def]
    """Whether the model's class ``cls`` may replace the rules' type ``rule`` (``lemmas``: the sentence's)."""
    if cls not in onto.types or onto.types[cls].event_type == "Political":
        return False
    if rule in MOVES_WITH_CUE:
        cls_ok, cue = MOVES_WITH_CUE[rule]
        return cls.startswith(cls_ok) and bool(lemmas & onto.cue(cue))
    if rule not in GENERIC_RULE_TYPES:
        return False
    if onto.types[cls].outside and (rule != "explosions.ied" or lemmas & onto.cue("named_explosives")):
        return False  # violence never becomes a disaster or a crime, save a bare explosion naming no bomb
    if rule == "protests.peaceful" and cls in PROTEST_CUES and not (lemmas & onto.cue(PROTEST_CUES[cls])):
        return False
    if rule == "battles.armed_clash" and cls == "riots.mob_violence" and lemmas & onto.cue("crowd_clash_armed"):
        return False  # "youths pursued the raiders and fought them": a fight that names an armed group is a battle
    return True


# a weapon's class and the cue that names its weapon
WEAPON_CUES = {"explosions.suicide": "instrument_suicide", "explosions.air_drone": "instrument_air",
               "explosions.shelling": "instrument_shelling", "explosions.grenade": "instrument_grenade",
               "explosions.chemical": "instrument_chemical"}


def weapon_of_other_deed(onto, code: str, sent, other: frozenset[int]) -> bool:  # type: ignore[no-untyped-def]
    """The sentence names the weapon of class ``code`` only inside the clauses of its other deeds (token indices
    ``other``): "The attack came days after a suicide bomber killed five": the bomber's, not the attack's weapon."""
    cue = WEAPON_CUES.get(code)
    if cue is None or not other:
        return False
    words = onto.cue(cue)
    hits = [t for t in sent if t.lemma_.lower() in words]
    return bool(hits) and all(t.i in other for t in hits)


def decide(onto, tdef, sent, trig, model: Optional[dict[str, Any]] = None,  # type: ignore[no-untyped-def]
           other: frozenset[int] = frozenset(), armed_sides: bool = False, civilian_target: bool = False):
    """The type of an event after the learned decision: ``tdef`` (the rules') unless the model is sure of another.
    ``other``: the token indices of the sentence's other deeds' clauses, whose weapon is none of this one's.
    ``armed_sides``: both sides are known armed (:func:`sitrep.events.subtype.armed_pair`): their armed clash is
    never made a one-sided deed on civilians (the model reads words, not who the sides are). ``civilian_target``: the
    deed is aimed at a bus or a convoy of civilian goods (:mod:`sitrep.events.civilian_convoy`): its attack on
    civilians is never made an armed clash (the model reads "convoy" as an army's)."""
    if not ENABLED or tdef.event_type == "Political":
        return tdef
    model = model if model is not None else load_model()
    if model is None:
        return tdef
    from sitrep.events.triggers import month_name

    lemmas = [t.lemma_.lower() for t in sent if not month_name(t)]  # "on Thursday, March 5": a date, no protest march
    feats = features(lemmas, trig.lemma_.lower(), tdef.code, onto, model.get("cues", ()))
    code, p = predict(model, feats)
    if code == tdef.code or p < model.get("threshold", 1.0) or weapon_of_other_deed(onto, code, sent, other):
        return tdef
    from sitrep.events.crowd_left import crowd_left_lemmas
    from sitrep.events.crowd_violence import idle_violence_lemmas, told_absent_lemmas
    from sitrep.events.mourned import mourned_only_lemmas
    from sitrep.events.triggers import idiom_only_lemmas

    # (a cue told only as absent or as a price is none: "with no arrests reported", "lower petrol prices"; nor one
    # told only of whom a march mourns: "marched to mourn three men killed on Friday", events/mourned)
    if not may_replace(onto, tdef.code, code, frozenset(lemmas) - told_absent_lemmas(sent, onto) - crowd_left_lemmas(sent)
                       - idle_violence_lemmas(sent, onto) - mourned_only_lemmas(sent, onto) - idiom_only_lemmas(sent)):
        return tdef
    if civilian_target and tdef.code == "vac.attack" and code == "battles.armed_clash":
        return tdef  # "jihadists attacked a fuel convoy, killing two drivers": an attack on civilians
    if armed_sides and tdef.code == "battles.armed_clash" and onto.types[code].event_type == "Violence against civilians":
        return tdef  # "gunmen attacked the headquarters of <a known militia>, killing two of its members": a fight
    if onto.types[code].event_type in ("Protests", "Riots") and tdef.event_type not in ("Protests", "Riots"):
        from sitrep.events.crowd_violence import protest_grievance

        if protest_grievance(trig, onto):
            return tdef  # "marched to protest the killing of ten workers": the killing is what they protest, no protest
        from sitrep.events.spoken_deed import deed_of_legal_step

        if deed_of_legal_step(trig, onto):
            return tdef  # "march after a jury declined to indict the officer for the shooting": no force on the march
    if code == "riots.mob_violence" or _crowd_shot_no_protest(onto, tdef, code, trig, lemmas):
        from sitrep.events.subtype import trigger_marks

        if trigger_marks(trig, onto) & {"crowd_target", "crowd_scene"}:
            return tdef  # "fired into the crowd", "where a crowd had gathered": the crowd is the victims or the scene
    return onto.types[code]


def _crowd_shot_no_protest(onto, tdef, code: str, trig, lemmas: list[str]) -> bool:  # type: ignore[no-untyped-def]
    """The model would make a protest of a deed the rules typed otherwise, in a sentence that names no protest:
    "fired a handgun into a crowd ... in the 3400 block of X Street" (a street block is no road blocked, nor a crowd
    shot at a protest; the rules' crowd_not_protest already read the crowd as the victims)."""
    return (onto.types[code].event_type == "Protests" or code == "riots.violent_demonstration") \
        and tdef.event_type not in ("Protests", "Riots") and not set(lemmas) & onto.cue("protest_words")
