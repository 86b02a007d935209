"""Decides a phrase's actor from the entity mentions already in the analysis: the mention at its head, else the longest,
a named group before a generic noun ("Taliban gunmen"), none where a name the dictionary does not know before a generic
noun says whose it is ("the Lindqvist regime": :meth:`_Mentions._mentioned_actor`); a lone surname of the one person
named in full before ("Jones": :meth:`_Mentions._surname_ref`); a capitalised word of people inside a group's name the
dictionary knows is no civilians (:meth:`_Mentions._in_group_name`); whether an actor's phrase holds a person's name
(:func:`is_person`). A part of :class:`ActorFinder`. Tests: tests/test_roles_charges.py.
"""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from sitrep.events.bare_state import state_of_bare_noun
from sitrep.events.roles.common import _slug
from sitrep.model import ActorRef, Mention, Span

if TYPE_CHECKING:
    from sitrep.events.roles.finder import ActorFinder


def is_person(ref: ActorRef, finder: ActorFinder) -> bool:
    """The actor's phrase contains a person's name."""
    if ref.span is None:
        return False
    return any(m.kind == "PERSON" for m in finder._mentions_in(ref.span.start, ref.span.end))


class _Mentions:
    """The part of :class:`ActorFinder` that reads the entity mentions of the analysis."""

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.span.start < end and m.span.end > start]

    def _in_group_name(self, tok) -> bool:  # type: ignore[no-untyped-def]
        """A capitalised word of people inside a group's name the dictionary knows ("Volunteers for the Defence of the
        Homeland"): a word of the name, not civilians."""
        return tok.text[:1].isupper() and any(
            m.kind == "ORG" and m.entity_id and not m.entity_id.startswith(("x:", "unk:"))
            for m in self._mentions_in(tok.idx, tok.idx + len(tok.text)))

    def _mentioned_actor(self, tok, toks: list, sp: Span, head_lemma: str, role: str,  # type: ignore[no-untyped-def]
                         ms: list[Mention]) -> tuple[bool, Optional[ActorRef]]:
        """The entity mention the phrase holds (the one at its head, else the longest; a named group before a
        generic noun): (True, the actor or None) where it decides, (False, None) where no mention names an agent."""
        head_start = tok.idx
        ms.sort(key=lambda m: (not (m.span.start <= head_start < m.span.end), -(m.span.end - m.span.start)))
        m: Optional[Mention] = ms[0]
        named = [x for x in ms if x.span.text[:1].isupper() and x.kind in ("ORG", "NORP", "PERSON")]
        if not ms[0].span.text[:1].isupper() and named:
            m = named[0]  # "Taliban gunmen", "Al-Shabaab militants": the group named, not the generic noun
        elif not ms[0].span.text[:1].isupper() and any(
                t.pos_ == "PROPN" and t.text[:1].isupper() and t.idx < ms[0].span.start
                and not any(x.entity_id for x in self._mentions_in(t.idx, t.idx + len(t.text))) for t in toks):
            m = None  # "the Lindqvist regime": a generic noun the actors layer gave the focus country, but a name
            # before it that the dictionary does not know says whose it is
        if m is not None and (m.kind in ("PERSON", "ORG", "GPE", "NORP") or head_lemma in self.onto.cue("agent_heads")):
            got = (m.entity_id or _slug(m.span.text), m.name or m.span.text)
            got = state_of_bare_noun(tok, got, self.an) if m.entity_id else got  # events/bare_state.py
            return True, (ActorRef(got[0], got[1], sp, role) if got is not None else None)
        return False, None

    def _surname_ref(self, tok, toks: list, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """A lone capitalised name the entity layer left unlinked ("Jones") that is the last word of exactly one
        person named in full earlier in the article ("Michael Jones"): that person. None otherwise (two people of
        that surname, no one, or a phrase of more than the name)."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(toks) != 1 or tok.ent_type_ not in ("", "PERSON"):
            return None
        same = {m.entity_id: m for m in self.mentions if m.kind == "PERSON" and m.entity_id and m.span.end <= tok.idx
                and " " in m.span.text.strip() and m.span.text.split()[-1] == tok.text}
        if len(same) != 1:
            return None
        m = next(iter(same.values()))
        return ActorRef(m.entity_id, m.name or m.span.text, sp, role)
