"""Decides the associates of a group (:meth:`_Associates.associates`): its backers by a by-phrase or a hyphen ("rebels
backed by Turkey", "Turkish-backed rebels") and its commanders ("troops under the command of General X":
events/commanders). A part of :class:`ActorFinder`. Tests: tests/test_roles_spans.py,
tests/test_roles_attacker_forms.py.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.roles.common import _slug, span_of
from sitrep.events.roles.phrase import np_tokens
from sitrep.model import ActorRef, Span


class _Associates:
    """The part of :class:`ActorFinder` that reads a group's backers and commanders."""

    def associates(self, tok) -> list[ActorRef]:  # type: ignore[no-untyped-def]
        """Backers of the group headed by ``tok``: "rebels backed by Turkey", "Turkish-backed rebels"."""
        out: list[ActorRef] = []
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("back", "support", "sponsor", "arm", "aid", "assist"):
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            if p.dep_ == "pobj":
                                for q in self.conjuncts(p):
                                    ref = self.actor(q, role="associate") or self._name_ref(q, "associate")
                                    if ref:
                                        out.append(ref)
        for c in tok.children:  # "Ostria-backed fighters" split into tokens: Ostria (npadvmod) - backed (amod)
            if c.dep_ == "amod" and c.lemma_.lower() in ("back", "support", "sponsor", "arm", "ally"):
                for x in c.children:
                    if x.dep_ in ("npadvmod", "compound", "nmod", "advmod") and x.pos_ == "PROPN":
                        ref = self.actor(x, role="associate") or self._name_ref(x, "associate")
                        if ref:
                            out.append(ref)
        for c in tok.subtree:
            m = re.match(r"^([A-Z][\w]+)-(backed|supported|sponsored|allied)$", c.text)
            if m:
                start, end = c.idx, c.idx + len(m.group(1))
                ref = None
                if self.resolve is not None:
                    try:
                        got = self.resolve(m.group(1), self.focus)
                    except Exception:
                        got = None
                    if got:
                        ref = ActorRef(got[0], got[1], Span(self.an.article_id, start, end, m.group(1)), "associate")
                if ref is None:
                    ms = [x for x in self._mentions_in(start, end) if x.entity_id]
                    ref = ActorRef(
                        ms[0].entity_id if ms else "x:" + _slug(m.group(1)),
                        (ms[0].name if ms else None) or m.group(1),
                        Span(self.an.article_id, start, end, m.group(1)),
                        "associate",
                    )
                out.append(ref)
        from sitrep.events.commanders import commanders

        out.extend(commanders(tok, self))  # "troops under the command of General X", "forces loyal to X": X
        return out

    def _name_ref(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        if tok.pos_ == "PROPN":
            toks = np_tokens(tok)
            sp = span_of(toks, self.an.article_id)
            return ActorRef("x:" + _slug(sp.text), sp.text, sp, role)
        return None
