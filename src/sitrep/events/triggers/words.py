"""Shared words and kinds of the trigger checks; decides nothing.

``VIOLENT_TYPES`` (the ACLED event types of violence), ``SPEECH_ACTS`` (the PLOVER acts that embed a deed told as
theirs), ``DRILL_STAGED_CODES`` (codes a drill stages), ``TAKE_VERBS``, ``SETTLEMENT_WORDS`` (cue ``settlement_words``
of data/event_sense_cues.tsv), and :class:`_WordKit`, the ontology's word lists one sentence's checks share.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.ontology import Ontology


TAKE_VERBS = frozenset({"take", "enter"})  # territorial only with a place as object
SPEECH_ACTS = ("THREATEN", "REJECT", "ACCUSE")  # the deed they embed is theirs to tell, not a fact
SETTLEMENT_WORDS = sense_cue("settlement_words")
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


# a drill's defusing and shooting down are staged like its battles (branch precision12: quiet_reports6 t06, t18),
# and so are a fire drill's blaze and "mock explosion" (branch precision14: quiet_reports8 o11), and the mock site built
# for it ("a mock favela built at a training base": branch precision16, quiet_reports10 w13)
DRILL_STAGED_CODES = frozenset({"sd.disrupted", "outside.man_made_disaster", "sd.hq_base"})


class _WordKit:
    """The ontology's word lists that the checks of one sentence share."""

    def __init__(self, onto: Ontology) -> None:
        self.weapons = onto.cue("instrument_shelling") | onto.cue("instrument_air")
        self.listable = self.weapons | onto.cue("weapons_seized") | onto.cue("instrument_grenade") \
            | onto.cue("instrument_ied")
        self.equipment = onto.cue("equipment_words")
