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

from dataclasses import dataclass
from typing import Optional

from sitrep.events.campaign_rally import campaign_rally_lemmas
from sitrep.events.crowd_violence import (
    crowd_destruction,
    grievance_tokens,
    idle_violence_lemmas,
    protester_doer,
    protesters_violence,
    record_only_lemmas,
    told_absent_lemmas,
    told_unarmed,
)
from sitrep.events.crowd_blockade import blockade_cleared, crowd_blockade
from sitrep.events.sit_down import told_sit_down
from sitrep.events.site_overrun import site_overrun
from sitrep.events.civilian_convoy import civilian_convoy
from sitrep.events.crowd_lynching import crowd_lynching
from sitrep.events.crowd_left import crowd_left_lemmas
from sitrep.events.kin_detained import kin_arrest_lemmas
from sitrep.events.cues import sense_cue
from sitrep.nlp.actor_lexicon import UNK_PREFIX
from sitrep.events.debate_idiom import debate_idiom
from sitrep.events.firefight import gunfire_told
from sitrep.events.mourned import mourned_only_lemmas, mourned_tokens
from sitrep.events.munitions import less_lethal_lemmas
from sitrep.events.ontology import Ontology, TypeDef
from sitrep.events.taken_missing import taken_missing
from sitrep.events.told_by_forces import speaker_only_lemmas
from sitrep.events.triggers import idiom_only_lemmas, month_name
from sitrep.events.unarmed_victim import unarmed_victim
from sitrep.events.unopposed import told_unopposed
from sitrep.events.weapons_handed import weapons_handed
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


def armed_pair(state1: Optional[bool], actor1: Optional[ActorRef], state2: Optional[bool],
               actor2: Optional[ActorRef]) -> bool:
    """Both sides are known to be armed (state forces or non-state armed groups, :func:`_armed`): "gunmen attacked
    the headquarters of <a militia the actor dictionary knows>, killing two of its members" is a fight of two
    armed sides, whatever its words."""
    return _armed(state1, actor1) and _armed(state2, actor2)


def _industrial(onto: Ontology, clause_lemmas: set[str]) -> bool:
    """Words of an accident (a boiler, a factory, a leak) and no explosive weapon named: "a bomb planted at the
    factory" and "a mine planted by the rebels" are attacks ("plant" is also the verb of planting)."""
    hit = clause_lemmas & onto.cue("industrial_words")
    if not hit or clause_lemmas & onto.cue("named_explosives"):
        return False
    return hit != {"plant"} or "mine" not in clause_lemmas


@dataclass(frozen=True)
class _Clause:
    """What one refine call reads: the clause, its sentence, its actors and trigger (see :func:`refine`)."""
    tdef: TypeDef
    onto: Ontology
    clause_lemmas: set[str]
    actor1_state: Optional[bool]
    actor2: Optional[ActorRef]
    trigger_lemma: str
    actor2_state: Optional[bool]
    actor1: Optional[ActorRef]
    target_lemmas: frozenset[str]
    sentence_lemmas: frozenset[str]
    blockade: bool
    scene_lemmas: frozenset[str]
    unarmed: bool
    crowd_violence: bool
    doer_protesters: bool
    marks: frozenset[str]
    absent: frozenset[str]
    speakers: frozenset[str]

    @property
    def personal(self) -> bool:
        """A trigger of violence by hand or small arms (shooting, stabbing, beating: cue ``personal_violence``)."""
        return self.trigger_lemma in self.onto.cue("personal_violence")

    @property
    def sent(self) -> frozenset[str]:
        """The sentence's lemmas, or the clause's where the sentence was not read."""
        return self.sentence_lemmas or frozenset(self.clause_lemmas)

    def heavy(self) -> frozenset[str]:
        """Words of a heavy weapon, an aircraft or a bomb."""
        o = self.onto
        return o.cue("instrument_shelling") | o.cue("instrument_air") | o.cue("named_explosives")


# --- actors -------------------------------------------------------------------------------------------------------

def _actor1_state(c: _Clause) -> bool:
    return c.actor1_state is True


def _actor1_nonstate(c: _Clause) -> bool:
    return c.actor1_state is False


def _actor2_civilian(c: _Clause) -> bool:
    return c.actor2 is not None and c.actor2.entity_id in _CIVILIAN_IDS


def _actor2_not_civilian(c: _Clause) -> bool:
    return c.actor2 is None or c.actor2.entity_id not in _CIVILIAN_IDS


def _target_civilian(c: _Clause) -> bool:
    # "soldiers assaulted civilians", "stormed a village and beat its residents": one-sided, an attack
    return (not _armed(c.actor2_state, c.actor2) and (bool(c.target_lemmas & c.onto.cue("civilian_words"))
            and not c.target_lemmas & c.onto.cue("military_targets") or "civilian_convoy" in c.marks)) \
        or c.unarmed or _one_sided_on_civilians(c)


def _one_sided_on_civilians(c: _Clause) -> bool:
    # "insurgents ambushed a minibus, killing two passengers": a deed of one side (an ambush, an assault, a storming)
    # whose victims the roles read as civilians is an attack on them (ACLED: an armed clash needs two armed sides);
    # a fight of two sides keeps its dead as its toll ("clashes killed four civilians", "exchanged fire"): only the
    # deeds of cue one_sided_deeds
    return (_actor2_civilian(c) and c.trigger_lemma in sense_cue("one_sided_deeds")
            and not c.target_lemmas & c.onto.cue("military_targets"))


def _personal_assault(c: _Clause) -> bool:
    # "detectives opened a murder inquiry after a fatal assault in the town centre": an assault told by its harm to a
    # person (:func:`trigger_marks` "harm_assault") by no known armed side is an attack on that person, not a fight
    return "harm_assault" in c.marks and not _armed(c.actor2_state, c.actor2)


def _both_armed(c: _Clause, doer_armed: bool = False) -> bool:
    """Both sides armed; ``doer_armed`` where the clause's own weapons show the doer armed (a firefight)."""
    a1 = c.actor1 is None or doer_armed and c.actor1.entity_id not in _CIVILIAN_IDS or _armed(c.actor1_state, c.actor1)
    civilian = c.actor2 is not None and c.actor2.entity_id in _CIVILIAN_IDS
    target_armed = _armed(c.actor2_state, c.actor2) or (
        not civilian and (c.actor2 is None or c.actor2_state is None)
        and bool(c.target_lemmas & c.onto.cue("military_targets")))
    # "the mayor was murdered", "guerrillas shot dead a judge": a killing of a person with no arms is
    # one-sided, even where the victim's office resolves to a state or a town (ACLED: violence against civilians)
    return (target_armed and a1 and not (c.actor1 is None and c.trigger_lemma in c.onto.cue("personal_violence"))
            and not c.unarmed and not _civilian_site_target(c) and "civilian_convoy" not in c.marks)


def _civilian_site_target(c: _Clause) -> bool:
    # "survivors of an attack on a farming village ... after rebels killed 15": the deed's own phrase aims it at a
    # place of civilians (cue civilian_sites) and names no armed target there; an armed actor2 read from elsewhere in
    # the sentence does not make it a fight
    o = c.onto
    return bool(c.target_lemmas & sense_cue("civilian_sites")) and not c.target_lemmas & (
        o.cue("military_targets") | o.cue("nonstate_words"))


# --- weapons and accidents ----------------------------------------------------------------------------------------

def _instrument(cond: str):  # type: ignore[no-untyped-def]
    """The weapon named (cue ``cond``) sets the sub-type, except for a trigger of violence by hand or small arms;
    a charge worn on the body is a suicide bomb (:func:`worn_charge`)."""
    def check(c: _Clause) -> bool:
        named = c.clause_lemmas & c.onto.cue(cond)
        if cond == "instrument_suicide" and "murder" in c.clause_lemmas:
            named = named - {"suicide"}  # "found dead in a murder-suicide": a killer who killed himself, no bomber
        return not c.personal and (bool(named) or (cond == "instrument_suicide" and "worn_charge" in c.marks))
    return check


def _firefight(c: _Clause) -> bool:
    # "the rebels opened fire on the patrol and hurled explosive charges at the troops": armed sides fighting with
    # gunfire and a grenade or a charge is an armed clash (ACLED), not remote violence (events/firefight)
    # (a gun's shell or an aircraft's bomb keeps its own sub-type: "opened fire with artillery")
    carried = c.onto.cue("instrument_grenade") | c.onto.cue("instrument_ied")
    remote = c.onto.cue("instrument_shelling") | c.onto.cue("instrument_air")
    # The gunfire may be told in a conjunct of the sentence: "opened fire on the soldiers and hurled grenades at them"
    # (a doer the actor dictionary does not know, "FARC dissidents", is armed by the rifles and explosives it
    # brings: branch precision18, quiet_reports11 x19)
    return (bool(c.clause_lemmas & carried) and not (c.clause_lemmas | c.sent) & remote and gunfire_told(c.sent)
            and _both_armed(c, doer_armed=True))


def _instrument_chemical(c: _Clause) -> bool:
    # "a chemical leak at a plant", "a fertiliser depot blew up": an accident's chemicals, not a weapon
    # A launcher's strike reads its sentence: "dropped barrel bombs holding cylinders of poison gas",
    # "shelled the post with mortars filled with chlorine" (the agent hangs off a clause of its own)
    lemmas = (c.sentence_lemmas if c.tdef.event_type == "Explosions/Remote violence" else frozenset()) or c.clause_lemmas
    # ("barrel bombs loaded with cylinders of poison gas": a cylinder beside a named bomb is its casing, no
    # accident; as for a blast, an industrial word counts only where no explosive weapon is named)
    return (not c.personal and bool(lemmas & c.onto.cue("instrument_chemical")) and not _industrial(c.onto, c.clause_lemmas)
            and not lemmas & c.onto.cue("accident_words"))


def _dropped_from_air(c: _Clause) -> bool:
    # "a drone dropped a grenade on a car", "grenades dropped from a quadcopter": a munition dropped by a drone or
    # an aircraft is an air/drone strike (ACLED), not a grenade thrown by hand
    return "drop" in c.clause_lemmas and bool(c.clause_lemmas & c.onto.cue("instrument_air"))


def _industrial_cond(c: _Clause) -> bool:
    return _industrial(c.onto, c.clause_lemmas)


def _industrial_death(c: _Clause) -> bool:
    # "a gas leak at a factory killed ten": deaths told of an accident, with no one who killed
    return c.actor1 is None and c.trigger_lemma in c.onto.cue("kill_lemmas") and _industrial(c.onto, c.clause_lemmas)


def _sexual(c: _Clause) -> bool:
    return bool(c.clause_lemmas & c.onto.cue("sexual_words"))


def _state_bombing(c: _Clause) -> bool:
    # "the military bombed a monastery", "the air force's bombing of the market": state forces that bomb a place do
    # it from the air (ACLED Air/drone strike), unless the bomb is told planted, set off or thrown (cue
    # planted_bomb_words); a bomb of a non-state doer stays an explosive device
    return (c.trigger_lemma in ("bomb", "bombing") and c.actor1_state is True
            and not (c.clause_lemmas | c.sent) & sense_cue("planted_bomb_words"))


def _small_arms_strike(c: _Clause) -> bool:
    # "was struck by rounds from a handgun", "was struck in the arm": a person hit by a bullet is shot (an
    # attack), not shelled; not when a heavy weapon, an aircraft or a bomb is named with it, nor when a
    # vehicle strikes ("struck in the leg by a car": a road accident)
    # "He was struck and pronounced dead": one person struck is hit by a round (or a vehicle), never shelled
    return (c.trigger_lemma == "strike" and bool(c.clause_lemmas & c.onto.cue("small_arms_rounds") or "in_body" in c.marks
                                                 or "person_struck" in c.marks)
            and not c.clause_lemmas & c.heavy() and "by_vehicle" not in c.marks)


def _ground_strike(c: _Clause) -> bool:
    # "gunmen attacked a church and struck a neighbouring village", "the attackers struck the village": a strike
    # by men on the ground (cue ground_strikers) with no heavy weapon, aircraft or bomb named in the sentence is a
    # raid, not shelling (the doer is the trigger's subject, :func:`trigger_marks`); state forces' strikes stay (their strikes are most often from the air or by artillery)
    return (c.trigger_lemma == "strike" and c.actor1_state is not True and "ground_doer" in c.marks
            and not (c.sent | c.clause_lemmas) & (c.heavy() | c.onto.cue("instrument_chemical") | c.onto.cue("instrument_suicide")))


# --- road accidents -----------------------------------------------------------------------------------------------

def _vehicle_strike(c: _Clause) -> bool:
    # "a boy was struck by a car", "a truck struck a cyclist", "a bus hit the checkpoint": a road accident, no attack
    # (ACLED leaves it out); not when a weapon, an aircraft or a bomb is named with it ("a missile struck a bus")
    return c.trigger_lemma in ("strike", "hit") and "by_vehicle" in c.marks and not c.clause_lemmas & c.heavy()


def _vehicle_death(c: _Clause) -> bool:
    # "was hit and killed by a truck", "killed after being hit by a bus", "a truck hit and killed a teacher":
    # a road or rail death, no attack (ACLED leaves it out); not when a weapon is named with it, nor a
    # ramming told as an attack ("killed by a truck that rammed into the crowd")
    # (a weapon named anywhere in the sentence: "killed when their truck overturned after a rocket hit it")
    o = c.onto
    return (c.trigger_lemma in o.cue("kill_lemmas") and "by_vehicle" in c.marks
            and not (c.clause_lemmas | c.sentence_lemmas) & (c.heavy() | o.cue("small_arms_rounds") | o.cue("ramming_words")))


# --- protests -----------------------------------------------------------------------------------------------------

def _protest_context(c: _Clause) -> bool:
    return bool(c.clause_lemmas & c.onto.cue("protest_words"))


def _protest_sentence(c: _Clause) -> bool:
    # "four were detained during an attempt to protest": arrests at a protest, told in a clause of its
    # own, are an intervention against it (ACLED Protest with intervention: arrests of demonstrators)
    # The protest must be the scene ("during", "amid", "at"): "arrested for organising a protest" is
    # an arrest over a protest, not an intervention in one
    # People taken as they blocked a road are protesters too ("detained 80 people as opposition
    # supporters blocked streets": ACLED codes road blocking by civilians as a protest)
    o = c.onto
    return bool((c.clause_lemmas | c.scene_lemmas) & o.cue("protest_words")) or (
        bool(c.scene_lemmas & o.cue("blockade_verbs")) and bool(c.scene_lemmas & o.cue("blockade_objects")))


def _protest_violent(c: _Clause) -> bool:
    # the protesters' own violence may be told in another clause of the sentence ("protesters marched,
    # and clashes broke out"; "rallied, setting up barricades"); only a protest's reading looks there.
    # A protest named peaceful: "violently" there is the force used on it, not the protesters' violence.
    # Demonstrators blocking roads or railways is destructive activity (ACLED: road-blocking).
    lemmas = (c.sentence_lemmas if c.tdef.event_type == "Protests" else frozenset()) or c.clause_lemmas
    hit = (lemmas - c.absent) & c.onto.cue("protest_violent")
    if hit and lemmas & c.onto.cue("peaceful_words"):
        hit = hit - _VIOLENT_ADJ
    # Protesters doing violence ("stormed the office", "attacked the police station") too (ACLED).
    return bool(hit) or ((c.blockade or c.crowd_violence) and c.tdef.event_type == "Protests")


def _incendiary_protest(c: _Clause) -> bool:
    # "protesters hurled petrol bombs": a firebomb thrown in a protest is the protesters' violence
    return bool(c.clause_lemmas & c.onto.cue("incendiary_words")) and bool(
        (c.sentence_lemmas or c.clause_lemmas) & c.onto.cue("protest_words"))


def _crowd_burning(c: _Clause) -> bool:
    # "youths set fire to a ward office and blocked roads with rocks": a burning by people who are neither state
    # forces nor an armed group, told with their road blockade, is crowd violence (ACLED Violent demonstration:
    # arson and road-blocking by demonstrators), not a strategic development
    return c.blockade and c.actor1_state is None and not _armed(c.actor1_state, c.actor1)


def _singulars(lemmas: frozenset[str]) -> frozenset[str]:
    """The lemmas and the singular of each plural left unlemmatised ("gendarmes", "soldiers" opening a sentence)."""
    return lemmas | {w[:-1] for w in lemmas if w.endswith("s") and not w.endswith("ss")}


def _protest_force_or_intervention(cond: str):  # type: ignore[no-untyped-def]
    def check(c: _Clause) -> bool:
        # "marchers died when soldiers shot into the column", "police broke up the sit-in with
        # tear gas": a protest's reading looks at its sentence when the sentence names state forces (a march
        # over students killed in a road accident is no force against it)
        o = c.onto
        # ("Gendarmes used tear gas": a capitalised plural opening the sentence keeps its plural as lemma)
        # (private guards breaking up a sit-in act as police do: cue private_force_words; branch protests12)
        wide = c.tdef.event_type == "Protests" and bool(
            _singulars(c.sentence_lemmas) & (o.cue("state_words") | o.cue("private_force_words")))
        lemmas = (c.sentence_lemmas if wide else c.clause_lemmas) - c.absent
        return bool(lemmas & o.cue(cond)) or (
            # "fired their guns during the demonstration": a firearm fired, not a march against gun violence
            cond == "protest_force" and bool(lemmas & o.cue("firearm_words")) and bool(lemmas & o.cue("firing_verbs")))
    return check


def _nonlethal_only(c: _Clause) -> bool:
    # "police fired tear gas into the crowd": the force named is not lethal and no one is told killed or
    # hurt (ACLED: tear gas, rubber bullets, water cannon are an intervention)
    lemmas = c.sentence_lemmas or frozenset(c.clause_lemmas)
    return bool((c.clause_lemmas - c.absent) & c.onto.cue("nonlethal_force")) and not (lemmas - c.absent) & c.onto.cue("lethal_force")


def _crowd_lynching(c: _Clause) -> bool:
    # "residents stoned two men to death": a crowd's people killing by hand are a mob (events/crowd_lynching)
    return "crowd_lynching" in c.marks


def _blockade_cleared(c: _Clause) -> bool:
    # "police cleared a road blockade": the protest's blockade removed, no territory (events/crowd_blockade)
    return "blockade_cleared" in c.marks


def _crowd_destruction(c: _Clause) -> bool:
    # "residents torched six machines": a crowd's arson or wrecking is a violent demonstration (events/crowd_violence)
    return "crowd_destruction" in c.marks


def _crowd_blockade(c: _Clause) -> bool:
    # "police cleared a road blockade by potato farmers": a crowd's blockade is a protest (events/crowd_blockade)
    return "crowd_blockade" in c.marks


def _protester_doer(c: _Clause) -> bool:
    # "protesters attacked police officers": the protesters' deed, not force used on them
    return c.doer_protesters


def _crowd_not_protest(c: _Clause) -> bool:
    # "he returned with a handgun and fired into the crowd": a crowd at a party or in a street is no protest;
    # force against protesters needs protesters (or a protest) or state forces told in the sentence
    # ("soldiers fired on a crowd of villagers": a crowd the sentence says is of people going about their
    # lives, not of demonstrators, is no protest either: data/event_sense_cues.tsv, bystander_crowds)
    # (forces named only as who tells it are not there: "fired into the crowd, a police spokesman said")
    o, sent = c.onto, c.sent
    bystanders = "crowd" in c.clause_lemmas and bool(c.clause_lemmas & sense_cue("bystander_crowds"))
    return c.trigger_lemma in o.cue("firing_verbs") and not sent & o.cue("protest_words") and (
        bystanders or not (sent - c.speakers) & (o.cue("state_words") | o.cue("police_words")))


# --- crowds, mobs and fans ----------------------------------------------------------------------------------------

def _fan_clash(c: _Clause) -> bool:
    # "football fans fought running battles with police", "fans rioted after a match": sports fans fighting
    # or rioting, with no protest told in the sentence, are a mob, not demonstrators (ACLED Mob violence;
    # cue sport_fan_words); so are a club's "supporters" where the sentence names the match ("rival supporters
    # fought ... before Saturday's derby") and inmates rioting in a prison ("Inmates rioted at the main prison")
    o, sent = c.onto, c.sent
    fight = c.tdef.event_type == "Riots" or bool(c.clause_lemmas & o.cue("crowd_clash_verbs"))
    return (fight and (bool(sent & o.cue("sport_fan_words")) or _match_supporters(sent, o) or _inmates(sent, o))
            and not sent & ((o.cue("protest_words") - _RIOT_WORDS) | o.cue("crowd_clash_armed")))


def _match_supporters(sent: frozenset[str], o: Ontology) -> bool:
    # "supporters of CSKA and Levski fought ... before Saturday's derby": a club's supporters at a match
    return "supporter" in sent and bool(sent & o.cue("sport_event_words"))


def _inmates(sent: frozenset[str], o: Ontology) -> bool:
    # "Inmates rioted", "prisoners set fire to their cells at the state jail": people held in a prison
    return bool(sent & o.cue("inmate_words")) or ("prisoner" in sent and bool(sent & o.cue("prison_words")))


def _inmate_riot(c: _Clause) -> bool:
    # "Inmates burned mattresses and took over two wings to protest against overcrowding": inmates' violence in a
    # prison is mob violence even where the sentence calls it a protest (ACLED: a prison riot is no public
    # demonstration; ../tests/data/protest_reports5 t14, protest_reports9 x05); not where people outside the prison
    # riot over its inmates ("relatives of inmates stoned the gate": prison_outsiders) (branch protests12)
    o, sent = c.onto, c.sent
    if not _inmates(sent, o) or sent & o.cue("prison_outsiders") or _outside_doer(c):
        return False
    return c.tdef.event_type in ("Riots", "Battles") or _protest_violent(c)


def _outside_doer(c: _Clause) -> bool:
    # "gunmen from a gang coalition stormed the town, freeing 500 inmates from its prison": a named armed group or
    # force from outside acts on the prison; the inmates it frees are no mob (war_reports9 n06)
    a = c.actor1
    return a is not None and not a.entity_id.startswith(UNK_PREFIX) and not (
        set(a.name.lower().replace("-", " ").split()) & {"inmate", "inmates", "prisoner", "prisoners", "convict",
                                                         "convicts"})


def _crowd_police_clash(c: _Clause) -> bool:
    # "workers clashed with police", "clashes between police and supporters of the mayor": a crowd of
    # unarmed people fighting state forces is a violent demonstration (ACLED), unless an armed group is
    # named in the clause ("police clashed with gunmen")
    # (the sides may sit outside the clash's clause: "thousands of workers demanding wages clashed")
    # ("..., police said": the police who tell the clash are no side of it)
    o, sent = c.onto, c.sent
    return (bool(c.clause_lemmas & o.cue("crowd_clash_verbs")) and bool(sent & o.cue("crowd_clash_people"))
            and bool((sent - c.speakers) & o.cue("crowd_clash_forces")) and not sent & o.cue("crowd_clash_armed"))


def _crowd_assault(c: _Clause) -> bool:
    # "dozens of riders attacked the officers at the post with sticks", "officers had been attacked with stones": an
    # attack on the police with stones or sticks, or by a crowd of people with no arms, where no armed group is named
    # in the sentence and no firearm in the clause, is a riot (ACLED: an armed clash needs two organised armed sides)
    o, sent = c.onto, c.sent
    if not c.target_lemmas & o.cue("crowd_clash_forces") or sent & o.cue("crowd_clash_armed") \
            or c.clause_lemmas & o.cue("firearm_words") or _armed(c.actor1_state, c.actor1):
        return False
    return bool(c.clause_lemmas & o.cue("crude_weapons")) or bool(c.clause_lemmas & o.cue("crowd_clash_people"))


def _crowd_assault_protest(c: _Clause) -> bool:
    # the same in a sentence that tells a protest: the protesters' violence
    return _crowd_assault(c) and bool(c.sent & (c.onto.cue("protest_words") - _RIOT_WORDS))


def _mob(c: _Clause) -> bool:
    # "opened fire on a crowd", "fired into the crowd": a crowd shot at is the victims, not a mob ("as crowds
    # gathered": the scene, :func:`trigger_marks`)
    # ("members of a vigilante group were killed when militants ambushed them": the victims' word, no mob)
    scene = {"crowd"} if c.marks & {"crowd_target", "crowd_scene"} else set()
    return bool(c.clause_lemmas & c.onto.cue("mob_words") - scene - (c.target_lemmas - {"mob", "lynch", "lynching"}))


def _communal_clash(c: _Clause) -> bool:
    # "villagers clashed with sticks over a field", "supporters of two parties clashed": a fight between
    # groups of civilians, with no armed group or state force named in the sentence, is mob violence (ACLED);
    # not where the sentence tells a protest ("the clash erupted as a group held a march": the protest's); the
    # police who only tell it ("..., police said") are no side (branch protests10)
    o, sent = c.onto, c.sent
    return (c.trigger_lemma in o.cue("crowd_clash_verbs") and "fled_from" not in c.marks and not _armed(c.actor1_state, c.actor1)
            and not _armed(c.actor2_state, c.actor2) and bool(sent & o.cue("communal_clash_people"))
            and not (sent - c.speakers) & (o.cue("crowd_clash_forces") | o.cue("state_words"))
            and not sent & (o.cue("crowd_clash_armed") | o.cue("protest_words")))


# --- custody, territory and movement ------------------------------------------------------------------------------


def _surrender_to_police(c: _Clause) -> bool:
    # "the suspect surrendered to officers": taken into custody, no agreement between parties
    return "to_police" in c.marks


def _nonstate_roundup(c: _Clause) -> bool:
    # "the gunmen rounded up the villagers at gunpoint": people taken by an armed group that is no state force
    # (a named non-state doer) are abducted, not arrested (ACLED: arrests are made by state forces)
    # (whom it takes are civilians: "fighters detained two suspects" is a de facto authority's arrest)
    return c.actor1 is not None and c.actor1_state is False and c.trigger_lemma in sense_cue("roundup_verbs") \
        and bool(c.target_lemmas & c.onto.cue("civilian_words"))


def _custody_missing(c: _Clause) -> bool:
    # "the elite corps arrested two citizens, who remain missing": an arrest whose people are not accounted for is a
    # forced disappearance (events/taken_missing)
    return "taken_missing" in c.marks


def _weapons_handed(c: _Clause) -> bool:
    # "former fighters handed over their rifles to the army": a disarmament, ACLED's change to group/activity
    return "weapons_handed" in c.marks


def _peaceful_takeover(c: _Clause) -> bool:
    # "seized the town after the army withdrew", "entered X unopposed", "a deserted base": territory changes
    # hands without a fight (ACLED: non-violent transfer of territory); not when fighting is told with it
    o, sent = c.onto, c.sent
    ok = bool(sent & o.cue("peaceful_takeover_words") or (
        "resistance" in sent and sent & o.cue("negation_words"))) and not sent & o.cue("fighting_words")
    # "took three towns without a fight", "without any armed clashes": the fighting named is denied
    return ok or ("without" in sent and bool(sent & (o.cue("fighting_words") | _RESISTANCE)) and not sent & _FIGHT_TOLD)


def _site_overrun(c: _Clause) -> bool:
    # "overran a military camp", "overran the army post": a battle for an armed site, ACLED's armed clash; a town
    # overrun stays territory taken (events/site_overrun)
    return "site_overrun" in c.marks


def _loser_nonstate(c: _Clause) -> bool:
    # "the militants were pushed back from the hills": ground lost by a non-state group to a side not
    # named, in a report of a war against the state (state words in the sentence): the government regains
    return (c.actor1 is None and c.actor2 is not None and c.actor2_state is False
            and bool(c.sentence_lemmas & c.onto.cue("state_words")))


def _armed_movement(c: _Clause) -> bool:
    # "the army moved tanks to the border", "militants massed fighters": forces on the move are ACLED's
    # change to group/activity; "an aid convoy arrived", "mobilised voters" stay PLOVER MOBILIZE
    return (c.actor1_state is not None and c.actor1 is not None and c.actor1.entity_id not in _CIVILIAN_IDS) or bool(
        c.clause_lemmas & c.onto.cue("armed_force_words"))


# each refine condition of data/ontology.json and the function that tells whether it holds (an unknown one never does)
_CONDITIONS = {
    "actor1_state": _actor1_state, "actor1_nonstate": _actor1_nonstate,
    "actor2_civilian": _actor2_civilian, "actor2_not_civilian": _actor2_not_civilian,
    "target_civilian": _target_civilian, "both_armed": _both_armed, "personal_assault": _personal_assault,
    "instrument_chemical": _instrument_chemical, "firefight": _firefight,
    **{cond: _instrument(cond) for cond in _INSTRUMENTS if cond != "instrument_chemical"},
    "dropped_from_air": _dropped_from_air, "industrial": _industrial_cond, "industrial_death": _industrial_death, "sexual": _sexual,
    "small_arms_strike": _small_arms_strike, "state_bombing": _state_bombing, "ground_strike": _ground_strike, "vehicle_strike": _vehicle_strike, "vehicle_death": _vehicle_death,
    "protest_context": _protest_context, "protest_sentence": _protest_sentence, "protest_violent": _protest_violent,
    "incendiary_protest": _incendiary_protest, "crowd_burning": _crowd_burning,
    "protest_force": _protest_force_or_intervention("protest_force"),
    "protest_intervention": _protest_force_or_intervention("protest_intervention"),
    "nonlethal_only": _nonlethal_only, "protester_doer": _protester_doer, "crowd_not_protest": _crowd_not_protest,
    "fan_clash": _fan_clash, "crowd_police_clash": _crowd_police_clash, "crowd_assault": _crowd_assault,
    "crowd_assault_protest": _crowd_assault_protest, "mob": _mob, "communal_clash": _communal_clash,
    "surrender_to_police": _surrender_to_police, "inmate_riot": _inmate_riot, "nonstate_roundup": _nonstate_roundup, "peaceful_takeover": _peaceful_takeover,
    "weapons_handed": _weapons_handed, "custody_missing": _custody_missing,
    "loser_nonstate": _loser_nonstate, "site_overrun": _site_overrun, "armed_movement": _armed_movement, "crowd_blockade": _crowd_blockade,
    "crowd_lynching": _crowd_lynching, "crowd_destruction": _crowd_destruction,
    "blockade_cleared": _blockade_cleared,
}


def refine(tdef: TypeDef, onto: Ontology, clause_lemmas: set[str], actor1_state: Optional[bool], actor2: Optional[ActorRef],
           trigger_lemma: str = "", actor2_state: Optional[bool] = None, actor1: Optional[ActorRef] = None,
           target_lemmas: frozenset[str] = frozenset(), sentence_lemmas: frozenset[str] = frozenset(),
           blockade: bool = False, scene_lemmas: frozenset[str] = frozenset(), unarmed: bool = False,
           crowd_violence: bool = False, doer_protesters: bool = False, marks: frozenset[str] = frozenset(),
           absent: frozenset[str] = frozenset(), speakers: frozenset[str] = frozenset()) -> TypeDef:
    """The type ``tdef`` moves to by its first refine rule that holds (``tdef`` itself when none does); each rule's
    condition is a function of ``_CONDITIONS`` above, grouped by family (actors, weapons, road accidents, protests,
    crowds, custody and territory).

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
    c = _Clause(tdef, onto, clause_lemmas, actor1_state, actor2, trigger_lemma, actor2_state, actor1, target_lemmas,
                sentence_lemmas, blockade, scene_lemmas, unarmed, crowd_violence, doer_protesters, marks, absent, speakers)
    for cond, code in tdef.refine:
        check = _CONDITIONS.get(cond)
        if check is None or not check(c):
            continue
        if cond == "vehicle_strike" and clause_lemmas & onto.cue("natural_strikers"):
            # "struck by lightning": a natural event, not a road accident (nor a man-made disaster)
            return onto.types["outside.natural_disaster"]
        return onto.types[code]
    return tdef


# the refine conditions that read who the victims are
_VICTIM_CONDITIONS = frozenset({"both_armed", "target_civilian", "firefight"})
# the refine conditions that read the whole sentence, not only the clause
SENTENCE_CONDITIONS = frozenset({"firefight", "fan_clash", "inmate_riot", "crowd_police_clash", "crowd_assault", "crowd_assault_protest", "communal_clash", "vehicle_death", "protest_violent", "protest_force", "protest_intervention", "nonlethal_only", "instrument_chemical",
                                 "incendiary_protest", "peaceful_takeover", "loser_nonstate", "crowd_not_protest", "ground_strike", "state_bombing"})
# the refine conditions that read :func:`trigger_marks`
_MARK_CONDITIONS = frozenset({"site_overrun", "blockade_cleared", "crowd_destruction", "weapons_handed", "custody_missing", "crowd_blockade", "crowd_lynching", "ground_strike", "mob", "communal_clash", "personal_assault", "instrument_suicide", "small_arms_strike", "vehicle_strike", "vehicle_death", "surrender_to_police"})
_HIT_PREPS = frozenset({"on", "at", "into", "upon", "against", "toward", "towards"})
# verbs of a vehicle's blow that a death may follow ("killed after being hit by a bus", "died when a car struck him")
_VEHICLE_BLOWS = frozenset({"hit", "strike", "run", "knock", "mow", "crush"})


def mishap_toll(tok, vehicles: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the participle that tells a vehicle's own mishap's toll: "a bus plunged into a ravine, killing 14
    and injuring 22", "a train came off the rails, injuring 23" (the mishap verb of cue ``vehicle_mishap_verbs``,
    or "off" the road or rails, with a vehicle as its subject; branch precision15, quiet_reports9 v10,
    quiet_reports3 n07)."""
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ != "advcl" or first.tag_ != "VBG":
        return False
    mishap = first.head
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in vehicles for c in mishap.children):
        return False
    return mishap.lemma_.lower() in sense_cue("vehicle_mishap_verbs") or any(
        p.dep_ == "prep" and p.lower_ == "off" and any(o.lemma_.lower() in sense_cue("off_course_nouns")
                                                       for o in p.children) for p in mishap.children)


def _vehicle_doer_candidates(tok, conj_verbs: list) -> list:  # type: ignore[no-untyped-def]
    """The tokens that may name what struck the trigger's victim: its own children, the by-phrase of a verb it is
    coordinated with ("was struck and killed by a car"), the subject of the first of two verbs ("a truck hit and
    killed a teacher"), the doer of a vehicle's blow the death is told after ("was killed after being hit by a
    bus", "died when a car struck him") and the subject of a vehicle's own mishap ("killed when the bus plunged
    into a ravine", "died after the truck overturned"; cue vehicle_mishap_verbs)."""
    blows = [c for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in _VEHICLE_BLOWS]
    blows += [g for c in tok.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pcomp" and g.lemma_.lower() in _VEHICLE_BLOWS]
    cands = [*tok.children, *(a for v in conj_verbs for a in v.children if a.dep_ == "agent"),
             *(a for v in blows for a in v.children if a.dep_ in ("agent", "nsubj"))]
    if tok.dep_ == "conj" and tok.head in conj_verbs:
        cands += [a for a in tok.head.children if a.dep_ == "nsubj"]
    cands += [a for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in sense_cue("vehicle_mishap_verbs")
              for a in c.children if a.dep_ == "nsubj"]
    return cands


def _struck_by_vehicle(tok, vehicles: frozenset[str], conj_verbs: list) -> bool:  # type: ignore[no-untyped-def]
    """"by_vehicle": a vehicle is the subject or by-phrase of the blow (``_vehicle_doer_candidates``), or the
    death is a vehicle's own mishap toll (``mishap_toll``)."""
    for c in _vehicle_doer_candidates(tok, conj_verbs):
        agents = [c] if c.dep_ == "nsubj" else [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "agent" else []
        if any(a.lemma_.lower() in vehicles for a in agents):
            return True
    return mishap_toll(tok, vehicles)


def _ground_doer(tok, conj_verbs: list) -> bool:  # type: ignore[no-untyped-def]
    """"ground_doer": the deed's doer is men on the ground ("gunmen ... struck a village", "gunmen attacked a
    church and struck a village": the subject of the first of two verbs; cue ground_strikers)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] or (
        [a for a in tok.head.children if a.dep_ == "nsubj"] if tok.dep_ == "conj" and tok.head in conj_verbs else [])
    return any(_noun_forms(x) & sense_cue("ground_strikers") for x in subjects)


def _own_phrase_marks(tok, onto: Ontology) -> set[str]:  # type: ignore[no-untyped-def]
    """What the phrases of the trigger and of its object tell: "in_body" (struck "in the arm"), "crowd_target"
    (the crowd is its object, or "fired into the crowd"), "to_police" (surrendered "to officers")."""
    out: set[str] = set()
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
    return out


_PERSONAL = frozenset({"he", "she"})


def _person_struck(tok) -> bool:  # type: ignore[no-untyped-def]
    """"person_struck": "He was struck and pronounced dead at the scene": a passive "struck" whose subject is one
    person told by a pronoun (a shell or an air strike hits places and crowds)."""
    return tok.lemma_.lower() == "strike" and any(c.dep_ == "nsubjpass" and c.lower_ in _PERSONAL for c in tok.children)


def _fled_from(tok) -> bool:  # type: ignore[no-untyped-def]
    """"fled_from": "villagers who had fled fighting nearby": a fight that people flee (cue flight_verbs) has them
    as no side."""
    flight = sense_cue("flight_verbs")
    if tok.head is not tok and tok.head.lemma_.lower() in flight and tok.dep_ in ("dobj", "xcomp"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in flight


def _harm_assault(tok) -> bool:  # type: ignore[no-untyped-def]
    """"harm_assault": "a fatal assault", "an unprovoked assault": an assault told by its harm to a person (cue
    harm_assault_adjs)."""
    return tok.lemma_.lower() == "assault" and any(
        c.dep_ == "amod" and c.lemma_.lower() in sense_cue("harm_assault_adjs") for c in tok.children)


def _sentence_crowd_marks(tok, onto: Ontology) -> set[str]:  # type: ignore[no-untyped-def]
    """What a crowd elsewhere in the sentence tells. "The shooting happened as crowds gathered to watch
    fireworks": a crowd that is the subject of a time clause ("as", "while", "when") of another verb is the scene
    ("crowd_scene"), not a mob doing the deed (so is one a "where" clause tells gathered: "in a parking lot where a
    crowd had gathered"); and a crowd that another verb of the sentence fires at ("were killed when a man returned
    and fired into the crowd") is its victims ("crowd_target")."""
    out: set[str] = set()
    for c in tok.sent:
        if c.lemma_.lower() != "crowd" or c.head.i == tok.i:
            continue
        if c.dep_ == "nsubj" and (c.head.dep_ == "advcl" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in _SCENE_MARKS for m in c.head.children)
                or c.head.dep_ == "relcl" and any(m.dep_ == "advmod" and m.lower_ == "where" for m in c.head.children)):
            out.add("crowd_scene")
        elif c.dep_ == "pobj" and c.head.lower_ in _HIT_PREPS and c.head.head.lemma_.lower() in onto.cue("firing_verbs"):
            out.add("crowd_target")
    return out


def trigger_marks(tok, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """What the trigger's own phrases tell: "in_body" (struck "in the arm"), "crowd_target" (a crowd is what
    the deed is aimed at: "fired into the crowd", "opened fire on a crowd"), "to_police" (surrendered "to
    officers"), "by_vehicle" (a vehicle strikes: "struck by a car", "a truck struck him"), "ground_doer" (its subject
    is men on the ground: "gunmen struck a village", cue ground_strikers), "crowd_blockade", "fled_from",
    "worn_charge", "harm_assault", "crowd_scene", "weapons_handed", "taken_missing", "civilian_convoy". Reads the trigger's children and its object's (a few tokens) and
    the sentence's crowds; each mark is one helper's decision."""
    out: set[str] = set()
    conj_verbs = [v for v in tok.conjuncts if v.pos_ == "VERB"]
    if crowd_blockade(tok, onto):
        out.add("crowd_blockade")  # "a road blockade by potato farmers": a crowd's protest (events/crowd_blockade)
    if blockade_cleared(tok, onto):
        out.add("blockade_cleared")  # "police cleared a road blockade": a protest's blockade (events/crowd_blockade)
    if crowd_destruction(tok, onto):
        out.add("crowd_destruction")  # "residents torched the machines": a crowd's arson (events/crowd_violence)
    if crowd_lynching(tok, onto):
        out.add("crowd_lynching")  # "residents beat a suspected thief": a mob (events/crowd_lynching)
    if _struck_by_vehicle(tok, onto.cue("vehicle_words"), conj_verbs):
        out.add("by_vehicle")
    if _ground_doer(tok, conj_verbs):
        out.add("ground_doer")
    out |= _own_phrase_marks(tok, onto)
    if _person_struck(tok):
        out.add("person_struck")
    if _fled_from(tok):
        out.add("fled_from")
    if worn_charge(tok):
        out.add("worn_charge")
    if _harm_assault(tok):
        out.add("harm_assault")
    if taken_missing(tok):
        out.add("taken_missing")  # "arrested two citizens, who remain missing" (events/taken_missing)
    if site_overrun(tok, onto):
        out.add("site_overrun")  # "overran a military camp": a battle for the site (events/site_overrun)
    if weapons_handed(tok, onto):
        out.add("weapons_handed")  # "handed over their rifles" (events/weapons_handed)
    if civilian_convoy(tok, onto):
        out.add("civilian_convoy")  # "attacked a fuel convoy", "an ambush on a bus" (events/civilian_convoy)
    out |= _sentence_crowd_marks(tok, onto)
    return frozenset(out)


_SCENE_MARKS = frozenset({"as", "while", "when"})
_WORN_PREPS = frozenset({"under", "beneath", "underneath", "to", "around"})


def worn_charge(tok) -> bool:  # type: ignore[no-untyped-def]
    """The trigger's object is a charge worn on the body: "detonated the explosives hidden under her clothes",
    "set off explosives strapped to his chest" (a phrase of cue worn_garments in the object's phrase)."""
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        for t in obj.subtree:
            if t.dep_ == "prep" and t.lower_ in _WORN_PREPS and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in sense_cue("worn_garments") for o in t.children):
                return True
    return False


_TAKEOVERS = frozenset({"battles.nsa_overtakes", "battles.gov_regains"})


def _noun_forms(tok) -> set[str]:  # type: ignore[no-untyped-def]
    """A noun's lemma and its singular read off the word itself: a capitalised plural opening a sentence is often
    parsed as a name and keeps its plural as lemma ("Gunmen", "Attackers")."""
    w = tok.lower_
    return {tok.lemma_.lower(), w[:-3] + "man" if w.endswith("men") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w}


_ATTEMPT_VERBS = frozenset({"try", "attempt", "seek"})


def crowd_blocks(sent, onto: Ontology) -> list:  # type: ignore[no-untyped-def]
    """The verbs of ``sent`` that tell a road, railway or entrance blocked by someone other than state forces:
    "farmers blocked the highway", "protesters shut down roads", "blocking the main junction" (no subject named).
    "Police blocked the road to the square" is the police's doing, not the protesters'; "tried to block the
    entrance" is an attempt, not a blockade."""
    verbs, objects, state = onto.cue("blockade_verbs"), onto.cue("blockade_objects"), onto.cue("state_words")
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objects for c in tok.children):
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _ATTEMPT_VERBS:
            continue  # "protesters had tried to block the entrance": an attempt, no blockade made
        if _blockade_dispersed(tok, onto):
            continue  # "used water cannon to disperse demonstrators who had blocked a street": what was broken up
        if blockade_before(tok):
            continue  # "The traders had blocked the road to protest ...": what came before the incident told
        if tok.i > 0 and tok.doc[tok.i - 1].is_quote:
            continue  # 'the ministry said the protesters had "obstructed traffic"': the charge's words, quoted
        head = tok
        while head.dep_ in ("conj", "xcomp", "advcl") and not any(c.dep_ == "nsubj" for c in head.children):
            head = head.head  # "marched and blocked roads": the subject of the first verb
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        # the subject's head and its compounds ("riot police"), not its modifiers ("anti-government protesters")
        if not any(x.lemma_.lower() in state for s_ in subj for x in [s_, *(c for c in s_.children if c.dep_ == "compound")]):
            out.append(tok)
    return out


def blockade_before(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` tells, in the pluperfect of its own clause, the blocking done by people the report named before ("The
    traders had blocked the road to protest ..." after "Soldiers opened fire on a crowd of traders protesting"):
    how the protest began before the incident the report tells, not the crowd's destructive activity at it."""
    if tok.dep_ not in ("ROOT", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those")
                                         for d in c.children) for c in tok.children)


def _blockade_dispersed(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` tells, in the pluperfect of a relative clause, the blocking done by the people whom a verb of
    intervention takes as its object: "riot police used water cannon to disperse about 300 demonstrators who had
    blocked a street", "detained 12 farmers who had blocked the highway". The blocking is how the protest was held
    when it was broken up; the sentence's deed is the intervention (ACLED Protest with intervention), not the crowd's
    destructive activity (branch protests10)."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return False
    noun = tok.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in onto.cue("protest_intervention")


def crowd_only_block_lemmas(sent, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """{"block"} when every verb "block" of ``sent`` is a crowd's blocking of a road (:func:`crowd_blocks`):
    "students blocked the intersection, sitting on the road, in a protest that police watched" tells no police
    blocking anyone, so the word is no intervention (cue ``protest_intervention``: "police blocked the marchers")."""
    blocks = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() == "block"]
    if not blocks:
        return frozenset()
    crowd = {t.i for t in crowd_blocks(sent, onto)}
    return frozenset({"block"}) if all(t.i in crowd for t in blocks) else frozenset()


def blockade_by_protesters(sent, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence tells a crowd's blockade (:func:`crowd_blocks`). (Requiring the material ACLED's
    codebook names, barricades or burning tyres, was tried on branch protests4 and dropped: the CASE 2021 gold
    codes crowds' road blocks as violent demonstrations more often, weighted F1 0.826 -> 0.817.)"""
    return bool(crowd_blocks(sent, onto))


SCENE_PREPS = frozenset({"during", "amid", "amidst", "at"})


def scene_lemmas(sent, trigger=None, onto: Optional[Ontology] = None) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """Lemmas of the sentence's phrases that set a scene: "during an attempt to protest", "amid the rally".

    With the trigger, a phrase inside a relative clause that does not hold the trigger sets the scene of that
    clause's deed, not the trigger's ("arrested ... over remarks that had incited violence during last week's
    protests"); and in a phrase, what a clause told as earlier or as planned says is no scene ("at a home where
    they had met to plan protests": a protest planned, not one the arrest broke up)."""
    keep = set() if trigger is None else {trigger.i, *(a.i for a in trigger.ancestors)}
    plans = onto.cue("plan_verbs") if onto is not None else frozenset()
    out: set[str] = set()
    for t in sent:
        if t.dep_ != "prep" or t.lower_ not in SCENE_PREPS:
            continue
        if trigger is not None and any(a.dep_ == "relcl" and a.i not in keep for a in t.ancestors):
            continue
        out.update(x.lemma_.lower() for x in t.subtree if trigger is None or not _told_apart(x, t, plans))
    return frozenset(out)


def _told_apart(tok, top, plans: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` lies, below ``top``, in a relative clause told as earlier or under a verb of planning."""
    a = tok
    while a.i != top.i and a.head.i != a.i:
        if (a.dep_ == "relcl" and _earlier(a)) or (a is not tok and a.pos_ == "VERB" and a.lemma_.lower() in plans):
            return True
        a = a.head
    return False


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
    out.update(_harmed_before(tok))
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        from sitrep.events.under_fire_roles import under_attack_roles

        got = under_attack_roles(tok, tok.head.head)  # "a navy base came under attack by X": the base
        if got is not None and got[1] is not None:
            out.update(x.lemma_.lower() for x in got[1].subtree)
    return frozenset(out)


def _harmed_before(tok) -> set[str]:  # type: ignore[no-untyped-def]
    """The lemmas of who a passive harm verb says was hurt, when ``tok`` is the "when" clause that tells how ("Eleven
    members of a vigilante group were killed and six wounded when militants ambushed them": the vigilantes are the
    ambush's targets, no mob)."""
    if tok.dep_ != "advcl" or tok.pos_ != "VERB":
        return set()
    h = tok.head
    while h.dep_ == "conj" and h.head is not h:
        h = h.head
    return {x.lemma_.lower() for c in h.children if c.dep_ == "nsubjpass" for x in c.subtree}


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
    seen = {tdef.code}
    clause_lemmas, scene, idle, absent = _clause_context(primary, tdef, onto, clause_lemmas)
    cues = _SentenceCues()
    for _ in range(3):  # a refined type may refine again (a territorial trigger by the final actor; a blast's weapon)
        if not sent_lemmas and any(c in SENTENCE_CONDITIONS for c, _ in tdef.refine):
            # only where a rule reads it
            sent_lemmas, clause_lemmas = _sentence_lemmas(primary, tdef, onto, clause_lemmas, idle)
        if tdef.code in _TAKEOVERS and told_unopposed(primary.tok):
            # "No shots were fired. ... police units took over the checkpoints": unopposed (events/unopposed)
            sent_lemmas = sent_lemmas | {"unopposed"}
        cues.read_for(tdef, primary, onto)
        nxt = refine(tdef, onto, clause_lemmas, actor1_state, actor2, lem, actor2_state, actor1, target_lemmas(primary.tok),
                     sent_lemmas, bool(cues.blockade), scene, bool(cues.unarmed), bool(cues.crowd),
                     any(c == "protester_doer" for c, _ in tdef.refine) and protester_doer(primary.tok, onto),
                     cues.marks or frozenset(), absent, cues.speakers or frozenset())
        if nxt.code in seen:
            break
        seen.add(nxt.code)
        tdef = nxt
    return tdef


def _clause_context(primary, tdef: TypeDef, onto: Ontology,  # type: ignore[no-untyped-def]
                    clause_lemmas: set[str]) -> tuple[set[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The clause's lemmas the rules read (less those that tell no deed of this event), the scene of an arrest, the
    sentence's words of violence that only name a price or a kit, and its lemmas told absent."""
    sent = primary.tok.sent  # (built once: Token.sent walks the Doc for its bounds each time)
    scene = scene_lemmas(sent, primary.tok, onto) | arrest_scene_lemmas(primary.tok) if tdef.code == "sd.arrests" else frozenset()
    if tdef.code == "sd.arrests":
        # "arrested the convener of the protest": whom the arrest took, not where it was made
        clause_lemmas = clause_lemmas - protest_person_lemmas(primary.tok, onto)
    # "protesters demanding lower petrol prices": a word of crowd violence that only names a price or a kind of kit
    idle = idle_violence_lemmas(sent, onto)
    # "with no arrests reported", "the march dispersed in the afternoon": read by the protest rules as absent
    absent = told_absent_lemmas(sent, onto) | crowd_left_lemmas(sent)
    # "chanting and beating drums": a word used only in a fixed phrase that names no event (data/non_event_phrases.tsv)
    absent = absent | idiom_only_lemmas(sent)
    # "relatives of people detained under the emergency marched": an arrest of the crowd's kin (events/kin_detained)
    absent = absent | kin_arrest_lemmas(sent)
    if tdef.event_type == "Protests":
        # "students blocked the intersection ... in a protest police watched": the crowd's blocking, no intervention
        absent = absent | crowd_only_block_lemmas(sent, onto)
    # "shot dead while attending an election rally": a campaign rally is no protest (events/campaign_rally)
    clause_lemmas = clause_lemmas - idle - campaign_rally_lemmas(sent)
    if tdef.event_type == "Protests":
        # "marched in a strike against gangs that have killed dozens of drivers": a record, not force on the march
        clause_lemmas = clause_lemmas - record_only_lemmas(sent)
    return clause_lemmas, scene, idle, absent


def _sentence_lemmas(primary, tdef: TypeDef, onto: Ontology, clause_lemmas: set[str],  # type: ignore[no-untyped-def]
                     idle: frozenset[str]) -> tuple[frozenset[str], set[str]]:
    """The sentence's lemmas the rules read, and the clause's lemmas less a protest's mourned only: "riot police",
    "riot gear" (a name of the police, no riot told), a month, a protest's grievance and "rubber bullets" left out."""
    state = onto.cue("state_words")
    # (a month is no protest march: "shelled the town in March")
    # (a protest's grievance is not what happened at it: "protested the shelling by the army, which
    # killed two": neither the army nor the killing is force used on the protest)
    grief = grievance_tokens(primary.tok.sent, onto) if tdef.event_type == "Protests" else frozenset()
    if tdef.event_type == "Protests":
        # ("a vigil for a broadcaster who was shot dead": whom it is for, events/mourned)
        grief = grief | mourned_tokens(primary.tok.sent, onto)
        # ("hours after the Senate killed a bill": a vote, no force used on anyone, events/debate_idiom)
        grief = grief | {t.i for t in primary.tok.sent if debate_idiom(t)}
        clause_lemmas = clause_lemmas - mourned_only_lemmas(primary.tok.sent, onto)
    sent_lemmas = frozenset(t.lemma_.lower() for t in primary.tok.sent
                            if not (t.dep_ == "compound" and t.head.lemma_.lower() in state) and not month_name(t)
                            and t.i not in grief) - less_lethal_lemmas(primary.tok.sent) - idle  # "rubber bullets"
    return sent_lemmas, clause_lemmas


@dataclass
class _SentenceCues:
    """Cues of the trigger's sentence that some refinement rules read, each read once, when a rule first needs it."""
    blockade: Optional[bool] = None
    crowd: Optional[bool] = None
    marks: Optional[frozenset[str]] = None
    speakers: Optional[frozenset[str]] = None
    unarmed: Optional[bool] = None

    def read_for(self, tdef: TypeDef, primary, onto: Ontology) -> None:  # type: ignore[no-untyped-def]
        """Read the cues that the rules of ``tdef`` need and that are not read yet."""
        if self.blockade is None and any(c == "crowd_burning" or (c == "protest_violent" and tdef.event_type == "Protests")
                                         for c, _ in tdef.refine):
            # (a road held by people sitting on it is the protest itself: events/sit_down)
            self.blockade = blockade_by_protesters(primary.tok.sent, onto) and not told_unarmed(primary.tok.sent, onto) \
                and not told_sit_down(primary.tok.sent, onto)
        if self.crowd is None and tdef.event_type == "Protests" and any(c == "protest_violent" for c, _ in tdef.refine):
            self.crowd = protesters_violence(primary.tok.sent, onto)
        if self.marks is None and any(c in _MARK_CONDITIONS for c, _ in tdef.refine):
            self.marks = trigger_marks(primary.tok, onto)
        if self.speakers is None and any(c in ("crowd_not_protest", "communal_clash", "crowd_police_clash")
                                         for c, _ in tdef.refine):
            self.speakers = speaker_only_lemmas(primary.tok.sent)
        if self.unarmed is None and any(c in _VICTIM_CONDITIONS for c, _ in tdef.refine):
            self.unarmed = unarmed_victim(primary.tok, onto)
