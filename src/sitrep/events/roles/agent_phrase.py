"""Decides the actor of a phrase headed by an agent noun that no dictionary or mention names
(:meth:`_AgentPhrase._agent_phrase`): the phrase itself, or no one (a relation with no one named, both sides, an unowned
weapon, a bare "forces", "regime" or "group"); "members of X" as the whole phrase (:meth:`_AgentPhrase._members_of`), "a
group of gunmen" as the gunmen; and a phrase whose head names no agent, read through its modifier ("a Turkish convoy":
:meth:`_AgentPhrase._modifier_actor`). A part of :class:`ActorFinder`.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.generic_relation import no_one_by_relation
from sitrep.events.norp_modifier import unknown_people_word
from sitrep.events.roles.common import _slug, _unquote, pobj_as, span_of
from sitrep.events.roles.no_one import unowned_craft
from sitrep.events.roles.phrase import _QUOTES, np_tokens
from sitrep.events.roles.words import _BARE_FORCES, _DET, _GROUP_NOUNS, _MEMBER_HEADS
from sitrep.model import ActorRef, Span
from sitrep.nlp.doctext import doc_text


# a state's rulers named only by their kind ("the regime", "the government"): the actors layer resolves them with the
# article's country; left unresolved (no country to give them), they name no one ("the authorities" and "the state"
# stay: as victims they say who was hit, "attacks on local authorities")
_BARE_STATE = {"regime", "government", "administration"}


_BOTH = frozenset({"both", "two", "all", "each", "either"})


_INDEFINITE = frozenset({"a", "an", "some", "several", "any", "many", "various", "other"})


class _AgentPhrase:
    """The part of :class:`ActorFinder` that reads an agent noun's own phrase."""

    def _agent_phrase(self, tok, toks: list, sp: Span, head_lemma: str, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """A phrase headed by an agent noun the dictionary does not know: the phrase itself as an actor, or no one
        (a relation with no one named, both sides, a weapon, a bare "forces"/"regime"/"group")."""
        if no_one_by_relation(tok, head_lemma):
            return None  # "killed by a partner", "the suspect": no one named (events/generic_relation.py)
        body = [t for t in toks if t.lower_ not in _DET and t.pos_ != "NUM" and t.text not in _QUOTES]
        if not body:
            return None
        if head_lemma == "side" and any(c.lower_ in _BOTH for c in tok.children):
            return None  # "both sides fought", "the two sides exchanged fire": each of two, neither one alone
        if unowned_craft(tok, toks, self.onto):
            return None  # "the first drone struck", "a fighter jet dropped bombs": a weapon, whose owner is unsaid
        of = pobj_as(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), tok))
        if len(body) == 1 and head_lemma in _MEMBER_HEADS and of is not None:
            return self._members_of(toks, of, role)
        if len(body) == 1 and head_lemma in _BARE_FORCES:
            # "its forces", "their troops": the forces of the state named just before; a bare "forces"
            # names nobody (an unknown actor, not a new one called "forces")
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
                return self._possessor_forces(tok, sp, role)
            return None
        if len(body) == 1 and head_lemma in _BARE_STATE:
            return None  # "regime attacks" with no country known: not an actor called "regime"
        if len(body) == 1 and head_lemma in _GROUP_NOUNS:  # "a group of gunmen": the gunmen, not "group"
            members = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), None)
            ref = self.actor(members, role) if members is not None else None
            if ref is not None:  # the span runs over the whole phrase, "a group of students"
                whole = span_of([toks[0], np_tokens(members)[-1]], self.an.article_id)
                return ActorRef(ref.entity_id, ref.name, whole, ref.role, ref.confidence)
            if members is None and not any(c.dep_ in ("det", "poss") and c.lower_ not in _INDEFINITE
                                           for c in tok.children):
                return None  # "a group attacked", "groups attacked": a kind of body, no one named ("the group",
                # "this group" point back at one named before: the phrase is kept for the reader)
        clean = doc_text(tok.doc)[body[0].idx : body[-1].idx + len(body[-1].text)]
        clean = " ".join(_unquote(clean).split())  # 'the "Red Valley" group'
        return ActorRef("x:" + _slug(clean), clean, sp, role)

    def _members_of(self, toks: list, of, role: str) -> ActorRef:  # type: ignore[no-untyped-def]
        """"members of the socialist party": the whole phrase, not "members" (a named group of the dictionary is
        still read as that group: ActorFinder.actor, events/membership.py)."""
        last = np_tokens(of)[-1]
        deeper = pobj_as(next((c for c in of.children if c.dep_ == "prep" and c.lower_ == "of"), of))
        if deeper is not None:  # "members of the party of Varnia"
            last = np_tokens(deeper)[-1]
        whole = span_of([toks[0], last], self.an.article_id)
        clean = re.sub(r"^(?:an?|the|some|several)\s+", "", whole.text, flags=re.I)
        return ActorRef("x:" + _slug(clean), clean, whole, role)

    def _modifier_actor(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """"a Turkish convoy", "Russian jets", "a convoy of Turkish vehicles": the group named by the modifier."""
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"):
                ref = self.actor(c, role)
                return None if unknown_people_word(c, ref) else ref
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.actor(p, role)
        return None
