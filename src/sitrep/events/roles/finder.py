""":class:`ActorFinder`, which turns parse tokens into :class:`ActorRef` for one analysed article, assembled from the
parts in the modules of this package; and its entry, :meth:`ActorFinder.actor`, which decides the checks around a
phrase's readings: what a question asks names no one (:mod:`.no_one`), then the readings in order
(:mod:`.phrase_actor`), an "X-backed" phrase as a whole, a weapon alone is no actor (events/machine_agents), and a
coined name loses the report's hedge and a possessive ending ("suspected Maoists": the Maoists; "Kaleo's": Kaleo).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from sitrep.events.machine_agents import machine_only
from sitrep.events.ontology import Ontology
from sitrep.events.roles.agent_phrase import _AgentPhrase
from sitrep.events.roles.associates import _Associates
from sitrep.events.roles.coordination import _Coordination
from sitrep.events.roles.dictionary import _Dictionary, _resolver
from sitrep.events.roles.group_named import _GroupNamed
from sitrep.events.roles.head_actor import _HeadActor
from sitrep.events.roles.mentions import _Mentions
from sitrep.events.roles.no_one import asked_phrase
from sitrep.events.roles.phrase_actor import _PhraseActor
from sitrep.events.roles.possessor import _Possessor
from sitrep.events.roles.report_country import _ReportCountry
from sitrep.model import ActorRef, Analysis


_HEDGE_START = re.compile(r"^(?:suspected|alleged|presumed|suspect)\s+(?=\S)", re.I)  # the report's hedge, not the name


_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])\s*$")  # "Kaleo's", "the Brothers'"


class ActorFinder(_PhraseActor, _HeadActor, _GroupNamed, _Possessor, _Dictionary, _Mentions, _AgentPhrase,
                  _ReportCountry, _Coordination, _Associates):
    """Turns parse tokens into :class:`ActorRef`s for one analysed article."""

    def __init__(self, analysis: Analysis, onto: Ontology, country_focus: Iterable[str] = (),
                 doc=None):  # type: ignore[no-untyped-def]
        """``country_focus``: the story's countries, when the caller knows them. Without them, generic phrases ("the
        police", "the army") get the article's country only where :meth:`report_country` finds one in the parse
        ``doc``: an article alone is no story, and its most named country is not always where it is set."""
        self.an = analysis
        self.onto = onto
        self.focus = list(country_focus)
        self.resolve = _resolver()
        self.mentions = sorted(analysis.entities, key=lambda m: m.span.start)
        self._sole: Optional[tuple[Optional[str]]] = None  # report_country(), computed once
        self._named: frozenset[str] = frozenset()  # named_countries(), read with report_country()
        self._no_country = False  # report_country() found no country at all (not two)
        self._settings: frozenset[str] = frozenset()  # countries of the places the report sets things in
        if not self.focus and doc is not None:
            self.report_country(doc)  # read once, with the parse; used where nothing else names a phrase

    def actor(self, tok, role: str = "primary", via_modifier: bool = True) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The actor named by the noun phrase headed by ``tok`` (None when it names no agent); a name the dictionary
        does not know loses the possessive ending its phrase gave it ("Kaleo's attack": Kaleo)."""
        if asked_phrase(tok):
            return None  # "police do not know which group carried out the attack": who did it is what is asked
        ref = self._phrase_actor(tok, role, via_modifier)
        ref = self._backed_phrase(tok, ref, role) or ref  # "Rwanda-backed rebels": not Rwanda's (events/backed_by.py)
        if machine_only(tok, ref, self.onto.cue("agent_heads")):
            return None  # "Artillery shelling killed ten": a weapon, not who fired it (events/machine_agents.py)
        if ref is not None and ref.entity_id.startswith(("x:", "unk:")):
            bare = _HEDGE_START.sub("", _POSSESSIVE_END.sub("", ref.name))  # "suspected Maoists": the Maoists
            if bare != ref.name and bare.strip():
                ref = ActorRef(ref.entity_id, bare, ref.span, ref.role, ref.confidence)
        return self._police_security_forces(tok, ref) or ref  # the police's units named, no army (report_country)
