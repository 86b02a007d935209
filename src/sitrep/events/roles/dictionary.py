"""Decides a phrase's actor as the actor dictionary reads it (:meth:`_Dictionary._dictionary_actor`): the resolver's
answer (``sitrep.nlp.actors.get_resolver()``: :func:`_resolver`), with a leader's body ("a Bashar al Assad regime
attack": events/leader_led), a nation's unidentified armed men or its forces abroad (events/irregulars), "the
government" given the report's country (events/bare_state), people of a nation, not its state
(:func:`.people.nationals`), and "the government of <leader>" (:meth:`_Dictionary._government_of`). Also what kind of
actor an id is: a state's or not (:meth:`_Dictionary.is_state`, STATE_TYPES, NONSTATE_TYPES), a non-state armed group of
the dictionary (:meth:`_Dictionary.named_group`), a state actor's country (:func:`state_country`). A part of
:class:`ActorFinder`.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from sitrep.events.bare_state import state_of_bare_noun
from sitrep.events.irregulars import forces_abroad, irregulars_of_nation
from sitrep.events.leader_led import leader_led_body
from sitrep.events.roles.common import _slug, span_of
from sitrep.events.roles.people import nationals
from sitrep.events.roles.phrase import np_tokens
from sitrep.events.roles.words import CIVILIANS
from sitrep.model import ActorRef, Span
from sitrep.nlp.doctext import doc_text


def state_country(entity_id: Optional[str]) -> Optional[str]:
    """ISO2 country of a state actor id (a country, its government, ministries, forces), else None."""
    if not entity_id or entity_id.startswith("x:") or entity_id.startswith("PERS_"):
        return None
    try:
        from sitrep.nlp.actors import get_resolver  # type: ignore[attr-defined]

        entry = get_resolver().get(entity_id)
    except Exception:
        return None
    if entry.get("type") not in ("country", "state", "military", "ministry", "government", "state_forces"):
        return None
    return entry.get("country")


STATE_TYPES = frozenset({"state", "state_forces", "country", "police"})


NONSTATE_TYPES = frozenset({"rebel", "militia", "identity_militia", "political_militia", "protesters", "rioters"})


def _resolver() -> Optional[Callable]:  # type: ignore[type-arg]
    """The actor dictionary's resolver when the actors module provides one."""
    try:
        from sitrep.nlp.actors import get_resolver  # type: ignore[attr-defined]
    except Exception:  # the actors layer is not there yet
        return None
    try:
        r = get_resolver()
    except Exception:
        return None
    return getattr(r, "resolve", None)


class _Dictionary:
    """The part of :class:`ActorFinder` that reads the actor dictionary."""

    def _dictionary_actor(self, tok, toks: list, sp: Span, text: str, head_lemma: str,  # type: ignore[no-untyped-def]
                          role: str) -> tuple[bool, Optional[ActorRef]]:
        """The phrase as the actor dictionary reads it: (True, the actor or None) where that decides, (False, None)
        where the dictionary knows no one and no government rules the phrase."""
        try:
            got = self.resolve(text, self.focus)
        except Exception:
            got = None
        body = leader_led_body(tok, toks, got, self.resolve, self.focus)
        if body is not None:  # "a Bashar al Assad regime attack": the regime, not the man (events/leader_led.py)
            got, sp = body[0], Span(sp.article_id, sp.start, body[1], doc_text(tok.doc)[sp.start:body[1]])
        if got and got[0].endswith("_GOV"):  # "a Chadian militant": the country's unidentified armed group
            got = irregulars_of_nation(tok, got) or got
            if got and not got[0].endswith("_GOV"):  # ... but "a Russian sniper" in Ukraine is Russia's forces
                got = forces_abroad(tok, got, {m.entity_id for m in self.mentions if m.entity_id},
                                    {p.country for p in self.an.places if p.country and p.precision != "country"}
                                    ) or got
        if got:  # "the government" takes the country the report is set in (events/bare_state.py)
            got = state_of_bare_noun(tok, got, self.an)
            if got is None:
                return True, None
        if got and got[0].endswith("_GOV") and nationals(tok):
            if tok.ent_type_ == "NORP":  # "a Palestinian", "25,000 Chinese": people of the nation, not its state
                return True, ActorRef(CIVILIANS.entity_id, CIVILIANS.name, sp, role)
            clean = doc_text(tok.doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
            clean = re.sub(r"^(?:an?|the|one)\s+", "", clean, flags=re.I)
            return True, ActorRef("x:" + _slug(clean), clean, sp, role)  # "a Syrian teenager": a person, not the state
        if got:
            return True, ActorRef(got[0], got[1], sp, role)
        ruler = self._government_of(tok, head_lemma, role)
        return ruler is not None, ruler

    def _government_of(self, tok, head_lemma: str, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """ "the government / regime / administration of Bashar al-Assad": the state the dictionary says that leader
        governs, as it reads "the Assad regime"; the span runs to the leader's name. None for a leader it does not
        know ("the government of John Smith") or an "of" phrase that is no name ("the government of the region")."""
        if head_lemma not in ("government", "regime", "administration") or self.resolve is None:
            return None
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        ruler = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if ruler is None or ruler.pos_ != "PROPN" or ruler.ent_type_ != "PERSON":
            return None
        rtoks = np_tokens(ruler)
        name = doc_text(tok.doc)[rtoks[0].idx : rtoks[-1].idx + len(rtoks[-1].text)]
        try:
            got = self.resolve(f"{name} {tok.text}", self.focus)
        except Exception:
            return None
        if not got:
            return None
        return ActorRef(got[0], got[1], span_of(np_tokens(tok) + rtoks, self.an.article_id), role)

    def _dictionary_type(self, actor_id: Optional[str]) -> Optional[str]:
        """The actor dictionary's type of ``actor_id`` (state_forces, rebel, ...), when the resolver exposes it."""
        owner = getattr(self.resolve, "__self__", None)
        actors = getattr(owner, "actors", None)
        if isinstance(actors, dict) and actor_id in actors:
            d = actors[actor_id]
            return d.get("type") if isinstance(d, dict) else None
        return None

    def named_group(self, ref: Optional[ActorRef]) -> bool:
        """A non-state armed group of the actor dictionary ("Taliban"): never a place, whatever a gazetteer says."""
        return ref is not None and self._dictionary_type(ref.entity_id) in ("rebel", "militia", "political_militia",
                                                                           "communal_militia", "identity_militia")

    def is_state(self, ref: Optional[ActorRef]) -> Optional[bool]:
        """True for state forces, False for non-state groups, None when unknown."""
        if ref is None:
            return None
        kind = self._dictionary_type(ref.entity_id)
        if kind in STATE_TYPES:
            return True
        if kind in NONSTATE_TYPES:
            return False
        words = set(re.findall(r"[a-z][a-z-]*", f"{ref.name} {ref.entity_id}".lower().replace("_", " ")))
        words |= {w[:-1] for w in words if w.endswith("s")}
        if words & self.onto.cue("nonstate_words"):
            return False
        if words & self.onto.cue("state_words"):
            return True
        if re.search(r"(^|_)(GOV|MIL|ARMY|POLICE|STATE)(_|$)", ref.entity_id or ""):
            return True
        for m in self._mentions_in(ref.span.start, ref.span.end) if ref.span else []:
            if m.kind == "GPE":
                return True
        return None
