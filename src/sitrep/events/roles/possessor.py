"""Decides what a possessor says of whose a phrase is: a group the dictionary knows, named after a country's "'s", is
that group, not the country ("Burkina Faso's Volunteers for the Defence of the Homeland":
:meth:`_Possessor._name_after_owner`); "its forces", "their troops" are the forces of the state named before in the
sentence (:meth:`_Possessor._possessor_forces`). A part of :class:`ActorFinder`.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.roles.dictionary import state_country
from sitrep.model import ActorRef, Span


class _Possessor:
    """The part of :class:`ActorFinder` that reads a phrase's possessor."""

    def _name_after_owner(self, tok, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """A group the dictionary knows, named after a possessor ("Burkina Faso's Volunteers for the Defence of the
        Homeland", "Nigeria's Civilian Joint Task Force"): the group, not the country that owns it by the "'s"
        (whose government would be read as its army; branch roles20). The name's mention holds the head word and
        starts after the possessor."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is None:
            return None
        after = poss.idx + len(poss.text)
        for m in self._mentions_in(tok.idx, tok.idx + len(tok.text)):
            if m.kind == "ORG" and m.entity_id and not m.entity_id.startswith(("x:", "unk:")) \
                    and m.span.start > after and m.span.start <= tok.idx and m.name:
                return ActorRef(m.entity_id, m.name, sp, role)
        return None

    def _possessor_forces(self, tok, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The armed forces of the nearest state actor named earlier in the sentence ("Turkey's defence
        ministry said its forces ..." -> Military Forces of Turkey)."""
        sent_start = tok.sent.start_char
        before = [m for m in self.mentions if sent_start <= m.span.start < tok.idx and m.entity_id]
        for m in reversed(before):
            got = state_country(m.entity_id)
            if got is None:
                continue
            try:
                from sitrep.nlp.actors import get_resolver  # type: ignore[attr-defined]

                aid, name = get_resolver().role_actor(got, "MIL")
            except Exception:
                return None
            return ActorRef(aid, name, sp, role) if aid else None
        return None
