"""Protests split four ways (peaceful, with intervention, excessive force against protesters, violent
demonstration): protest words in the clause or the scene, the protesters' own violence (violent words,
road blocks, firebombs, storming), force used on them (lethal or not), and a crowd that is no protest.

Refine conditions: ``protest_context``, ``protest_sentence``, ``protest_violent``, ``incendiary_protest``,
``crowd_burning``, ``protest_force``, ``protest_intervention``, ``nonlethal_only``, ``crowd_lynching``,
``blockade_cleared``, ``crowd_destruction``, ``crowd_blockade``, ``protester_doer``, ``crowd_not_protest``.
Evidence: cues ``protest_words``, ``protest_violent``, ``peaceful_words``, ``protest_force``,
``protest_intervention``, ``nonlethal_force``, ``lethal_force``, ``state_words``, ``private_force_words``,
``firearm_words``, ``firing_verbs``, ``police_words``, ``incendiary_words``, ``blockade_verbs``, ``blockade_objects``
(data/ontology.json), ``bystander_crowds`` (data/event_sense_cues.tsv); events/crowd_violence, events/crowd_blockade,
events/crowd_lynching. Tests: tests/test_protests*.py, tests/test_subtypes7.py, tests/test_subtypes13.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.subtype.clause import _armed, _Clause


_VIOLENT_ADJ = frozenset({"violent", "violently"})
_RIOT_WORDS = frozenset({"riot", "rioter"})  # protest words that tell no demonstration ("fans rioted")


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
