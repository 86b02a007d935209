"""Crowds that are no demonstration: sports fans fighting, inmates rioting in a prison, a crowd of unarmed people
fighting the police, a crowd's attack with stones or sticks, a mob, a clash between groups of civilians (ACLED
Mob violence or Violent demonstration).

Refine conditions: ``fan_clash``, ``inmate_riot``, ``crowd_police_clash``, ``crowd_assault``,
``crowd_assault_protest``, ``mob``, ``communal_clash``. Evidence: cues ``sport_fan_words``,
``sport_event_words``, ``inmate_words``, ``prison_words``, ``prison_outsiders``, ``crowd_clash_verbs``,
``crowd_clash_people``, ``crowd_clash_forces``, ``crowd_clash_armed``, ``crude_weapons``, ``mob_words``,
``communal_clash_people``, ``firearm_words``, ``protest_words``, ``state_words`` (data/ontology.json); marks ``crowd_target``, ``crowd_scene``, ``fled_from``
(:mod:`.marks`). Tests: tests/test_protests10.py, tests/test_protests12.py, tests/test_subtypes7.py,
tests/test_attackers29.py.
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology
from sitrep.events.subtype.clause import _armed, _Clause
from sitrep.events.subtype.protests import _RIOT_WORDS, _protest_violent
from sitrep.nlp.actor_lexicon import UNK_PREFIX


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
