"""Sub-type: the ACLED/PLOVER type of an event, refined by what its clause names and who its actors are.

The trigger gives a type; its ``refine`` rules (``data/ontology.json``) move it on, in order:

- the weapon or means named sets the sub-type (suicide, grenade, chemical, planted explosive, air/drone,
  shelling/artillery/missile), except for triggers of violence by hand or small arms (shooting, stabbing,
  beating: cue ``personal_violence``), which stay attacks whatever else the clause names;
- protesters as the doers of violence ("stormed the office", "attacked the police station") make a violent
  demonstration, whether the protest or the violent verb is the trigger;
- protest words in the clause make a killing excessive force and a clash a violent demonstration; protesters'
  own violence, lethal force or an intervention split a protest four ways; a mob makes mob violence;
- with no weapon named, the actors decide: armed on both sides (or an armed side attacked by an unknown one)
  is an armed clash, otherwise an attack on civilians;
- a territorial trigger with state forces as actor1 is the government regaining territory;
- a deployment or troop movement by armed forces (PLOVER MOBILIZE) is ACLED's change to group/activity.

Where the rules leave a generic type, a learned decision (:mod:`sitrep.events.subtype_model`) may pick the
sub-type from the clause's words.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.crowd_violence import (
    grievance_tokens,
    idle_violence_lemmas,
    protester_doer,
    protesters_violence,
    told_absent_lemmas,
)
from sitrep.events.crowd_left import crowd_left_lemmas
from sitrep.events.cues import sense_cue
from sitrep.events.mourned import mourned_only_lemmas, mourned_tokens
from sitrep.events.munitions import less_lethal_lemmas
from sitrep.events.ontology import Ontology, TypeDef
from sitrep.events.told_by_forces import speaker_only_lemmas
from sitrep.events.triggers import month_name
from sitrep.events.unarmed_victim import unarmed_victim
from sitrep.model import ActorRef

_INSTRUMENTS = {"instrument_air": "instrument_air", "instrument_shelling": "instrument_shelling",
                "instrument_grenade": "instrument_grenade", "instrument_suicide": "instrument_suicide",
                "instrument_chemical": "instrument_chemical", "instrument_ied": "instrument_ied"}
_CIVILIAN_IDS = frozenset({"CIVILIANS"})
_VIOLENT_ADJ = frozenset({"violent", "violently"})
_RIOT_WORDS = frozenset({"riot", "rioter"})  # protest words that tell no demonstration ("fans rioted")
_RESISTANCE = frozenset({"resistance", "shot", "bloodshed"})
# fighting told beside a "without ...": a toll or a weapon's strike means the takeover was not peaceful
_FIGHT_TOLD = frozenset({"kill", "killed", "dead", "wound", "shelling", "airstrike", "bombardment"})


def _armed(kind: Optional[bool], ref: Optional[ActorRef]) -> bool:
    """A side known to be armed: state forces or a non-state armed group (not civilians)."""
    return ref is not None and ref.entity_id not in _CIVILIAN_IDS and kind is not None


def _industrial(onto: Ontology, clause_lemmas: set[str]) -> bool:
    """Words of an accident (a boiler, a factory, a leak) and no explosive weapon named: "a bomb planted at the
    factory" and "a mine planted by the rebels" are attacks ("plant" is also the verb of planting)."""
    hit = clause_lemmas & onto.cue("industrial_words")
    if not hit or clause_lemmas & onto.cue("named_explosives"):
        return False
    return hit != {"plant"} or "mine" not in clause_lemmas


def refine(tdef: TypeDef, onto: Ontology, clause_lemmas: set[str], actor1_state: Optional[bool], actor2: Optional[ActorRef],
           trigger_lemma: str = "", actor2_state: Optional[bool] = None, actor1: Optional[ActorRef] = None,
           target_lemmas: frozenset[str] = frozenset(), sentence_lemmas: frozenset[str] = frozenset(),
           blockade: bool = False, scene_lemmas: frozenset[str] = frozenset(), unarmed: bool = False,
           crowd_violence: bool = False, doer_protesters: bool = False, marks: frozenset[str] = frozenset(),
           absent: frozenset[str] = frozenset(), speakers: frozenset[str] = frozenset()) -> TypeDef:
    """The type ``tdef`` moves to by its first refine rule that holds (``tdef`` itself when none does).

    ``blockade``: the sentence tells of people who are not state forces blocking a road, a railway or an
    entrance (:func:`blockade_by_protesters`). ``scene_lemmas``: the words of the sentence's "during/amid/at"
    phrases (:func:`scene_lemmas`). ``unarmed``: the deed's victims are people with no arms, each named by a person
    noun or a name ("the mayor", "a judge", "Juan Perez"; :func:`sitrep.events.unarmed_victim.unarmed_victim`).
    ``crowd_violence``: the sentence tells protesters doing violence ("demonstrators stormed the office");
    ``doer_protesters``: the trigger itself is such a deed (:mod:`sitrep.events.crowd_violence`).
    ``marks``: what :func:`trigger_marks` reads around the trigger ("in_body", "crowd_target", "to_police").
    ``absent``: words of force the sentence tells only as absent ("with no arrests reported"), which the protest
    rules do not read (:func:`sitrep.events.crowd_violence.told_absent_lemmas`). ``speakers``: words that only say
    who tells the news ("police said"; :func:`sitrep.events.told_by_forces.speaker_only_lemmas`)."""
    personal = trigger_lemma in onto.cue("personal_violence")
    for cond, code in tdef.refine:
        ok = False
        if cond == "actor1_state":
            ok = actor1_state is True
        elif cond == "actor1_nonstate":
            ok = actor1_state is False
        elif cond == "instrument_chemical":
            # "a chemical leak at a plant", "a fertiliser depot blew up": an accident's chemicals, not a weapon
            # A launcher's strike reads its sentence: "dropped barrel bombs holding cylinders of poison gas",
            # "shelled the post with mortars filled with chlorine" (the agent hangs off a clause of its own)
            lemmas = (sentence_lemmas if tdef.event_type == "Explosions/Remote violence" else frozenset()) or clause_lemmas
            # ("barrel bombs loaded with cylinders of poison gas": a cylinder beside a named bomb is its casing, no
            # accident; as for a blast, an industrial word counts only where no explosive weapon is named)
            ok = (not personal and bool(lemmas & onto.cue(cond)) and not _industrial(onto, clause_lemmas)
                  and not lemmas & onto.cue("accident_words"))
        elif cond in _INSTRUMENTS:
            ok = not personal and bool(clause_lemmas & onto.cue(cond))
        elif cond == "industrial":
            ok = _industrial(onto, clause_lemmas)
        elif cond == "industrial_death":
            # "a gas leak at a factory killed ten": deaths told of an accident, with no one who killed
            ok = (actor1 is None and trigger_lemma in onto.cue("kill_lemmas") and _industrial(onto, clause_lemmas))
        elif cond == "sexual":
            ok = bool(clause_lemmas & onto.cue("sexual_words"))
        elif cond == "protest_context":
            ok = bool(clause_lemmas & onto.cue("protest_words"))
        elif cond == "protest_sentence":
            # "four were detained during an attempt to protest": arrests at a protest, told in a clause of its
            # own, are an intervention against it (ACLED Protest with intervention: arrests of demonstrators)
            # The protest must be the scene ("during", "amid", "at"): "arrested for organising a protest" is
            # an arrest over a protest, not an intervention in one
            # People taken as they blocked a road are protesters too ("detained 80 people as opposition
            # supporters blocked streets": ACLED codes road blocking by civilians as a protest)
            ok = bool((clause_lemmas | scene_lemmas) & onto.cue("protest_words")) or (
                bool(scene_lemmas & onto.cue("blockade_verbs")) and bool(scene_lemmas & onto.cue("blockade_objects")))
        elif cond == "protest_violent":
            # the protesters' own violence may be told in another clause of the sentence ("protesters marched,
            # and clashes broke out"; "rallied, setting up barricades"); only a protest's reading looks there.
            # A protest named peaceful: "violently" there is the force used on it, not the protesters' violence.
            # Demonstrators blocking roads or railways is destructive activity (ACLED: road-blocking).
            lemmas = (sentence_lemmas if tdef.event_type == "Protests" else frozenset()) or clause_lemmas
            hit = (lemmas - absent) & onto.cue(cond)
            if hit and lemmas & onto.cue("peaceful_words"):
                hit = hit - _VIOLENT_ADJ
            # Protesters doing violence ("stormed the office", "attacked the police station") too (ACLED).
            ok = bool(hit) or ((blockade or crowd_violence) and tdef.event_type == "Protests")
        elif cond == "incendiary_protest":
            # "protesters hurled petrol bombs": a firebomb thrown in a protest is the protesters' violence
            ok = bool(clause_lemmas & onto.cue("incendiary_words")) and bool(
                (sentence_lemmas or clause_lemmas) & onto.cue("protest_words"))
        elif cond in ("protest_force", "protest_intervention"):
            # "marchers died when soldiers shot into the column", "police broke up the sit-in with
            # tear gas": a protest's reading looks at its sentence when the sentence names state forces (a march
            # over students killed in a road accident is no force against it)
            wide = tdef.event_type == "Protests" and bool(sentence_lemmas & onto.cue("state_words"))
            lemmas = (sentence_lemmas if wide else clause_lemmas) - absent
            ok = bool(lemmas & onto.cue(cond)) or (
                # "fired their guns during the demonstration": a firearm fired, not a march against gun violence
                cond == "protest_force" and bool(lemmas & onto.cue("firearm_words")) and bool(lemmas & onto.cue("firing_verbs")))
        elif cond == "nonlethal_only":
            # "police fired tear gas into the crowd": the force named is not lethal and no one is told killed or
            # hurt (ACLED: tear gas, rubber bullets, water cannon are an intervention)
            lemmas = sentence_lemmas or frozenset(clause_lemmas)
            ok = bool((clause_lemmas - absent) & onto.cue("nonlethal_force")) and not (lemmas - absent) & onto.cue("lethal_force")
        elif cond == "protester_doer":
            # "protesters attacked police officers": the protesters' deed, not force used on them
            ok = doer_protesters
        elif cond == "fan_clash":
            # "football fans fought running battles with police", "fans rioted after a match": sports fans fighting
            # or rioting, with no protest told in the sentence, are a mob, not demonstrators (ACLED Mob violence;
            # cue sport_fan_words)
            sent = sentence_lemmas or frozenset(clause_lemmas)
            fight = tdef.event_type == "Riots" or bool(clause_lemmas & onto.cue("crowd_clash_verbs"))
            ok = (fight and bool(sent & onto.cue("sport_fan_words"))
                  and not sent & ((onto.cue("protest_words") - _RIOT_WORDS) | onto.cue("crowd_clash_armed")))
        elif cond == "crowd_police_clash":
            # "workers clashed with police", "clashes between police and supporters of the mayor": a crowd of
            # unarmed people fighting state forces is a violent demonstration (ACLED), unless an armed group is
            # named in the clause ("police clashed with gunmen")
            # (the sides may sit outside the clash's clause: "thousands of workers demanding wages clashed")
            sent = sentence_lemmas or frozenset(clause_lemmas)
            ok = (bool(clause_lemmas & onto.cue("crowd_clash_verbs")) and bool(sent & onto.cue("crowd_clash_people"))
                  and bool(sent & onto.cue("crowd_clash_forces")) and not sent & onto.cue("crowd_clash_armed"))
        elif cond == "mob":
            # "opened fire on a crowd", "fired into the crowd": a crowd shot at is the victims, not a mob ("as crowds
            # gathered": the scene, :func:`trigger_marks`)
            ok = bool(clause_lemmas & onto.cue("mob_words") - ({"crowd"} if marks & {"crowd_target", "crowd_scene"} else set()))
        elif cond == "communal_clash":
            # "villagers clashed with sticks over a field", "supporters of two parties clashed": a fight between
            # groups of civilians, with no armed group or state force named in the sentence, is mob violence (ACLED);
            # not where the sentence tells a protest ("the clash erupted as a group held a march": the protest's)
            sent = sentence_lemmas or frozenset(clause_lemmas)
            ok = (trigger_lemma in onto.cue("crowd_clash_verbs") and not _armed(actor1_state, actor1)
                  and not _armed(actor2_state, actor2) and bool(sent & onto.cue("communal_clash_people"))
                  and not sent & (onto.cue("crowd_clash_forces") | onto.cue("crowd_clash_armed") | onto.cue("state_words")
                                  | onto.cue("protest_words")))
        elif cond == "small_arms_strike":
            # "was struck by rounds from a handgun", "was struck in the arm": a person hit by a bullet is shot (an
            # attack), not shelled; not when a heavy weapon, an aircraft or a bomb is named with it, nor when a
            # vehicle strikes ("struck in the leg by a car": a road accident)
            heavy = onto.cue("instrument_shelling") | onto.cue("instrument_air") | onto.cue("named_explosives")
            ok = (trigger_lemma == "strike" and bool(clause_lemmas & onto.cue("small_arms_rounds") or "in_body" in marks)
                  and not clause_lemmas & heavy and "by_vehicle" not in marks)
        elif cond == "vehicle_strike":
            # "a boy was struck by a car", "a truck struck a cyclist", "a bus hit the checkpoint": a road accident, no attack (ACLED leaves it
            # out); not when a weapon, an aircraft or a bomb is named with it ("a missile struck a bus")
            heavy = onto.cue("instrument_shelling") | onto.cue("instrument_air") | onto.cue("named_explosives")
            ok = trigger_lemma in ("strike", "hit") and "by_vehicle" in marks and not clause_lemmas & heavy
            if ok and clause_lemmas & onto.cue("natural_strikers"):
                # "struck by lightning": a natural event, not a road accident (nor a man-made disaster)
                return onto.types["outside.natural_disaster"]
        elif cond == "vehicle_death":
            # "was hit and killed by a truck", "killed after being hit by a bus", "a truck hit and killed a teacher":
            # a road or rail death, no attack (ACLED leaves it out); not when a weapon is named with it, nor a
            # ramming told as an attack ("killed by a truck that rammed into the crowd")
            heavy = onto.cue("instrument_shelling") | onto.cue("instrument_air") | onto.cue("named_explosives")
            # (a weapon named anywhere in the sentence: "killed when their truck overturned after a rocket hit it")
            ok = (trigger_lemma in onto.cue("kill_lemmas") and "by_vehicle" in marks
                  and not (clause_lemmas | sentence_lemmas) & (heavy | onto.cue("small_arms_rounds") | onto.cue("ramming_words")))
        elif cond == "crowd_not_protest":
            # "he returned with a handgun and fired into the crowd": a crowd at a party or in a street is no protest;
            # force against protesters needs protesters (or a protest) or state forces told in the sentence
            # ("soldiers fired on a crowd of villagers": a crowd the sentence says is of people going about their
            # lives, not of demonstrators, is no protest either: data/event_sense_cues.tsv, bystander_crowds)
            # (forces named only as who tells it are not there: "fired into the crowd, a police spokesman said")
            sent = sentence_lemmas or frozenset(clause_lemmas)
            bystanders = "crowd" in clause_lemmas and bool(clause_lemmas & sense_cue("bystander_crowds"))
            ok = trigger_lemma in onto.cue("firing_verbs") and not sent & onto.cue("protest_words") and (
                bystanders or not (sent - speakers) & (onto.cue("state_words") | onto.cue("police_words")))
        elif cond == "surrender_to_police":
            # "the suspect surrendered to officers": taken into custody, no agreement between parties
            ok = "to_police" in marks
        elif cond == "actor2_civilian":
            ok = actor2 is not None and actor2.entity_id in _CIVILIAN_IDS
        elif cond == "actor2_not_civilian":
            ok = actor2 is None or actor2.entity_id not in _CIVILIAN_IDS
        elif cond == "peaceful_takeover":
            # "seized the town after the army withdrew", "entered X unopposed", "a deserted base": territory changes
            # hands without a fight (ACLED: non-violent transfer of territory); not when fighting is told with it
            sent = sentence_lemmas or frozenset(clause_lemmas)
            ok = bool(sent & onto.cue("peaceful_takeover_words") or (
                "resistance" in sent and sent & onto.cue("negation_words"))) and not sent & onto.cue("fighting_words")
            # "took three towns without a fight", "without any armed clashes": the fighting named is denied
            ok = ok or ("without" in sent and bool(sent & (onto.cue("fighting_words") | _RESISTANCE))
                        and not sent & _FIGHT_TOLD)
        elif cond == "loser_nonstate":
            # "the militants were pushed back from the hills": ground lost by a non-state group to a side not
            # named, in a report of a war against the state (state words in the sentence): the government regains
            ok = (actor1 is None and actor2 is not None and actor2_state is False
                  and bool(sentence_lemmas & onto.cue("state_words")))
        elif cond == "armed_movement":
            # "the army moved tanks to the border", "militants massed fighters": forces on the move are ACLED's
            # change to group/activity; "an aid convoy arrived", "mobilised voters" stay PLOVER MOBILIZE
            ok = (actor1_state is not None and actor1 is not None and actor1.entity_id not in _CIVILIAN_IDS) or bool(
                clause_lemmas & onto.cue("armed_force_words"))
        elif cond == "target_civilian":
            # "soldiers assaulted civilians", "stormed a village and beat its residents": one-sided, an attack
            ok = (not _armed(actor2_state, actor2) and bool(target_lemmas & onto.cue("civilian_words"))
                  and not target_lemmas & onto.cue("military_targets")) or unarmed
        elif cond == "both_armed":
            a1 = actor1 is None or _armed(actor1_state, actor1)
            civilian = actor2 is not None and actor2.entity_id in _CIVILIAN_IDS
            target_armed = _armed(actor2_state, actor2) or (
                not civilian and (actor2 is None or actor2_state is None) and bool(target_lemmas & onto.cue("military_targets")))
            # "the mayor was murdered", "guerrillas shot dead a judge": a killing of a person with no arms is
            # one-sided, even where the victim's office resolves to a state or a town (ACLED: violence against civilians)
            ok = (target_armed and a1 and not (actor1 is None and trigger_lemma in onto.cue("personal_violence"))
                  and not unarmed)
        if ok:
            return onto.types[code]
    return tdef


# the refine conditions that read who the victims are
_VICTIM_CONDITIONS = frozenset({"both_armed", "target_civilian"})
# the refine conditions that read the whole sentence, not only the clause
SENTENCE_CONDITIONS = frozenset({"fan_clash", "crowd_police_clash", "communal_clash", "vehicle_death", "protest_violent", "protest_force", "protest_intervention", "nonlethal_only", "instrument_chemical",
                                 "incendiary_protest", "peaceful_takeover", "loser_nonstate", "crowd_not_protest"})
# the refine conditions that read :func:`trigger_marks`
_MARK_CONDITIONS = frozenset({"mob", "small_arms_strike", "vehicle_strike", "vehicle_death", "surrender_to_police"})
_HIT_PREPS = frozenset({"on", "at", "into", "upon", "against", "toward", "towards"})
# verbs of a vehicle's blow that a death may follow ("killed after being hit by a bus", "died when a car struck him")
_VEHICLE_BLOWS = frozenset({"hit", "strike", "run", "knock", "mow", "crush"})


def trigger_marks(tok, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """What the trigger's own phrases tell: "in_body" (struck "in the arm"), "crowd_target" (a crowd is what
    the deed is aimed at: "fired into the crowd", "opened fire on a crowd"), "to_police" (surrendered "to
    officers"), "by_vehicle" (a vehicle strikes: "struck by a car", "a truck struck him"). Reads the trigger's
    children and its object's (a few tokens, no sentence loop)."""
    out: set[str] = set()
    vehicles = onto.cue("vehicle_words")
    # (the by-phrase of a verb it is coordinated with counts too: "was struck and killed by a car", and so does the
    # subject of the first of two verbs: "a truck hit and killed a teacher"; a death told after a vehicle's blow:
    # "was killed after being hit by a bus", "died when a car struck him")
    conj_verbs = [v for v in tok.conjuncts if v.pos_ == "VERB"]
    blows = [c for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in _VEHICLE_BLOWS]
    blows += [g for c in tok.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pcomp" and g.lemma_.lower() in _VEHICLE_BLOWS]
    cands = [*tok.children, *(a for v in conj_verbs for a in v.children if a.dep_ == "agent"),
             *(a for v in blows for a in v.children if a.dep_ in ("agent", "nsubj"))]
    if tok.dep_ == "conj" and tok.head in conj_verbs:
        cands += [a for a in tok.head.children if a.dep_ == "nsubj"]
    # a death told with a vehicle's own mishap ("killed when the bus plunged into a ravine", "died after the truck
    # overturned"): the vehicle is the subject of the when/after clause (cue vehicle_mishap_verbs)
    cands += [a for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in sense_cue("vehicle_mishap_verbs")
              for a in c.children if a.dep_ == "nsubj"]
    for c in cands:
        agents = [c] if c.dep_ == "nsubj" else [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "agent" else []
        if any(a.lemma_.lower() in vehicles for a in agents):
            out.add("by_vehicle")
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "nsubjpass") and c is not tok and c.lemma_.lower() == "crowd":
                out.add("crowd_target")
            if c.dep_ != "prep":
                continue
            objs = [o for o in c.children if o.dep_ == "pobj"]
            objs += [x for o in objs for x in o.conjuncts]
            lem = {o.lemma_.lower() for o in objs}
            if c.lower_ == "in" and lem & onto.cue("body_parts"):
                out.add("in_body")
            elif c.lower_ in _HIT_PREPS and "crowd" in lem:
                out.add("crowd_target")
            elif c.lower_ == "to" and lem & onto.cue("police_words"):
                out.add("to_police")
    # "The shooting happened as crowds gathered to watch fireworks": a crowd that is the subject of a time clause
    # ("as", "while", "when") of another verb is the scene, not a mob doing the deed
    for c in tok.sent:
        if c.lemma_.lower() == "crowd" and c.dep_ == "nsubj" and c.head.i != tok.i and c.head.dep_ == "advcl" \
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in _SCENE_MARKS for m in c.head.children):
            out.add("crowd_scene")
    return frozenset(out)


_SCENE_MARKS = frozenset({"as", "while", "when"})


_ATTEMPT_VERBS = frozenset({"try", "attempt", "seek"})


def blockade_by_protesters(sent, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence tells of a road, railway or entrance blocked by someone other than state forces:
    "farmers blocked the highway", "protesters shut down roads", "blocking the main junction" (no subject named).
    "Police blocked the road to the square" is the police's doing, not the protesters'; "tried to block the
    entrance" is an attempt, not a blockade."""
    verbs, objects, state = onto.cue("blockade_verbs"), onto.cue("blockade_objects"), onto.cue("state_words")
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objects for c in tok.children):
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _ATTEMPT_VERBS:
            continue  # "protesters had tried to block the entrance": an attempt, no blockade made
        head = tok
        while head.dep_ in ("conj", "xcomp", "advcl") and not any(c.dep_ == "nsubj" for c in head.children):
            head = head.head  # "marched and blocked roads": the subject of the first verb
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        # the subject's head and its compounds ("riot police"), not its modifiers ("anti-government protesters")
        if not any(x.lemma_.lower() in state for s_ in subj for x in [s_, *(c for c in s_.children if c.dep_ == "compound")]):
            return True
    return False
SCENE_PREPS = frozenset({"during", "amid", "amidst", "at"})


def scene_lemmas(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Lemmas of the sentence's phrases that set a scene: "during an attempt to protest", "amid the rally"."""
    return frozenset(x.lemma_.lower() for t in sent if t.dep_ == "prep" and t.lower_ in SCENE_PREPS for x in t.subtree)


SCENE_MARKS = frozenset({"as", "while", "when"})
_TAKEN_DEPS = frozenset({"dobj", "nsubjpass"})


def _earlier(verb) -> bool:  # type: ignore[no-untyped-def]
    """A clause told as before its head ("who had blocked the road"): a deed of an earlier time."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children)


def arrest_scene_lemmas(tok) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Lemmas of what an arrest's people were doing when taken: the trigger's "as/while/when" clause ("arrested
    12 women as they tried to march to parliament") and a relative clause on whom it took ("arrested 45 young
    people who attempted to march"), neither told as earlier ("who had organised a rally": an arrest over a
    protest, not at one)."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "advcl" and not _earlier(c) and any(
                m.dep_ == "mark" and m.lower_ in SCENE_MARKS for m in c.children):
            out.update(x.lemma_.lower() for x in c.subtree)
        if c.dep_ in _TAKEN_DEPS:
            for r in c.children:
                if r.dep_ == "relcl" and not _earlier(r):
                    out.update(x.lemma_.lower() for x in r.subtree)
    return frozenset(out)


def protest_person_lemmas(tok, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The protest words that only say who was taken, in the trigger's object or passive subject headed by another
    noun: "arrested the convener of the protest", "detained two protest leaders", "the rally's organiser was
    arrested". An arrest of protest leaders on another occasion is an arrest over a protest, not an intervention at
    one (ACLED Arrests); "arrested 14 protesters" keeps its protesters (the object's own head). Lemmas told also
    outside that phrase are kept."""
    words = onto.cue("protest_words")
    inside: set[str] = set()
    spans: list = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in words and c.pos_ in ("NOUN", "PROPN"):
            sub = [x for x in c.subtree if x.i != c.i]
            spans.extend(x.i for x in c.subtree)
            inside.update(x.lemma_.lower() for x in sub if x.lemma_.lower() in words)
    if not inside:
        return frozenset()
    held = set(spans)
    outside = {t.lemma_.lower() for t in tok.sent if t.i not in held}
    return frozenset(inside - outside)


TARGET_PREPS = frozenset({"on", "against", "at", "upon"})
# verbs whose object, under a fight noun as subject, counts the fight's dead ("clashes killed 30", "claimed 30 lives")
_TOLL_VERBS = frozenset({"leave", "kill", "claim"})


def target_lemmas(tok) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Lemmas of what the trigger acts on: its object, its passive subject, "on/against/at" phrases (not its agent)."""
    out: set[str] = set()
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubj", "compound") and tok.pos_ in ("NOUN", "PROPN") else [])
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _TOLL_VERBS and tok.lemma_.lower() in sense_cue("two_sided_fights"):
        # "clashes left 30 people dead", "clashes killed 30 people": who died in a fight between two sides is its
        # toll, not its target
        heads = [tok]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "nsubjpass") and c is not tok:
                out.update(x.lemma_.lower() for x in c.subtree)
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                out.update(x.lemma_.lower() for x in c.subtree)
    return frozenset(out)


def event_type(g, primary, onto: Ontology, clause_lemmas: set[str], actor1_state: Optional[bool],  # type: ignore[no-untyped-def]
               actor2: Optional[ActorRef], speech_acts: tuple[str, ...], actor2_state: Optional[bool] = None,
               actor1: Optional[ActorRef] = None) -> TypeDef:
    """The type of a clause's event: its primary trigger's, refined by weapon words and actors.

    A threat, denial or accusation keeps its own type (the embedded action only gives actor2)."""
    tdef = primary.tdef
    if g.embedded and tdef.plover in speech_acts:
        return tdef
    lem = primary.tok.lemma_.lower()
    sent_lemmas: frozenset[str] = frozenset()
    blockade: Optional[bool] = None
    seen = {tdef.code}
    scene = scene_lemmas(primary.tok.sent) | arrest_scene_lemmas(primary.tok) if tdef.code == "sd.arrests" else frozenset()
    if tdef.code == "sd.arrests":
        # "arrested the convener of the protest": whom the arrest took, not where it was made
        clause_lemmas = clause_lemmas - protest_person_lemmas(primary.tok, onto)
    # "protesters demanding lower petrol prices": a word of crowd violence that only names a price or a kind of kit
    idle = idle_violence_lemmas(primary.tok.sent, onto)
    # "with no arrests reported", "the march dispersed in the afternoon": read by the protest rules as absent
    absent = told_absent_lemmas(primary.tok.sent, onto) | crowd_left_lemmas(primary.tok.sent)
    clause_lemmas = clause_lemmas - idle
    unarmed: Optional[bool] = None
    crowd: Optional[bool] = None
    marks: Optional[frozenset[str]] = None
    speakers: Optional[frozenset[str]] = None
    for _ in range(3):  # a refined type may refine again (a territorial trigger by the final actor; a blast's weapon)
        if not sent_lemmas and any(c in SENTENCE_CONDITIONS for c, _ in tdef.refine):
            # only where a rule reads it; "riot police", "riot gear": a name of the police, no riot told
            state = onto.cue("state_words")
            # (a month is no protest march: "shelled the town in March")
            # (a protest's grievance is not what happened at it: "protested the shelling by the army, which
            # killed two": neither the army nor the killing is force used on the protest)
            grief = grievance_tokens(primary.tok.sent, onto) if tdef.event_type == "Protests" else frozenset()
            if tdef.event_type == "Protests":
                # ("a vigil for a broadcaster who was shot dead": whom it is for, events/mourned)
                grief = grief | mourned_tokens(primary.tok.sent, onto)
                clause_lemmas = clause_lemmas - mourned_only_lemmas(primary.tok.sent, onto)
            sent_lemmas = frozenset(t.lemma_.lower() for t in primary.tok.sent
                                    if not (t.dep_ == "compound" and t.head.lemma_.lower() in state) and not month_name(t)
                                    and t.i not in grief) - less_lethal_lemmas(primary.tok.sent) - idle  # "rubber bullets"
        if blockade is None and tdef.event_type == "Protests" and any(c == "protest_violent" for c, _ in tdef.refine):
            blockade = blockade_by_protesters(primary.tok.sent, onto)
        if crowd is None and tdef.event_type == "Protests" and any(c == "protest_violent" for c, _ in tdef.refine):
            crowd = protesters_violence(primary.tok.sent, onto)
        if marks is None and any(c in _MARK_CONDITIONS for c, _ in tdef.refine):
            marks = trigger_marks(primary.tok, onto)
        if speakers is None and any(c == "crowd_not_protest" for c, _ in tdef.refine):
            speakers = speaker_only_lemmas(primary.tok.sent)
        if unarmed is None and any(c in _VICTIM_CONDITIONS for c, _ in tdef.refine):
            unarmed = unarmed_victim(primary.tok, onto)
        nxt = refine(tdef, onto, clause_lemmas, actor1_state, actor2, lem, actor2_state, actor1, target_lemmas(primary.tok),
                     sent_lemmas, bool(blockade), scene, bool(unarmed), bool(crowd),
                     any(c == "protester_doer" for c, _ in tdef.refine) and protester_doer(primary.tok, onto),
                     marks or frozenset(), absent, speakers or frozenset())
        if nxt.code in seen:
            break
        seen.add(nxt.code)
        tdef = nxt
    return tdef
