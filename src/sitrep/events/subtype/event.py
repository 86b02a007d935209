"""The type of a clause's event (:func:`event_type`): its primary trigger's, refined (:func:`sitrep.events.subtype.rules.refine`)
up to three times over the lemmas the rules read: the clause's, less those that tell no deed of this event
(:func:`_clause_context`), the sentence's where a rule reads it (:func:`_sentence_lemmas`), and the sentence's
cues read once when a rule first needs them (:class:`_SentenceCues`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sitrep.events.campaign_rally import campaign_rally_lemmas
from sitrep.events.crowd_left import crowd_left_lemmas
from sitrep.events.crowd_violence import (grievance_tokens, idle_violence_lemmas, protester_doer, protesters_violence,
                                          record_only_lemmas, told_absent_lemmas, told_unarmed)
from sitrep.events.debate_idiom import debate_idiom
from sitrep.events.kin_detained import kin_arrest_lemmas
from sitrep.events.mourned import mourned_only_lemmas, mourned_tokens
from sitrep.events.munitions import less_lethal_lemmas
from sitrep.events.ontology import Ontology, TypeDef
from sitrep.events.sit_down import told_sit_down
from sitrep.events.subtype.blockade import blockade_by_protesters, crowd_only_block_lemmas
from sitrep.events.subtype.marks import trigger_marks
from sitrep.events.subtype.rules import _MARK_CONDITIONS, _VICTIM_CONDITIONS, SENTENCE_CONDITIONS, refine
from sitrep.events.subtype.scene import arrest_scene_lemmas, protest_person_lemmas, scene_lemmas, target_lemmas
from sitrep.events.told_by_forces import speaker_only_lemmas
from sitrep.events.triggers import idiom_only_lemmas, month_name
from sitrep.events.unarmed_victim import unarmed_victim
from sitrep.events.unopposed import told_unopposed
from sitrep.model import ActorRef


_TAKEOVERS = frozenset({"battles.nsa_overtakes", "battles.gov_regains"})


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
