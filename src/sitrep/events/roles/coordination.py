"""Decides how many actors a coordination names: "Turkish and Syrian forces" two (:meth:`_Coordination.split_amod_conj`;
"armed and masked men" one group described), "Rebels and Turkish troops" two heads (:meth:`_Coordination.conjuncts`). A
part of :class:`ActorFinder`.
"""
from __future__ import annotations

from sitrep.events.roles.common import _slug, lemma
from sitrep.events.roles.phrase import _descriptive
from sitrep.model import ActorRef, Span
from sitrep.nlp.doctext import doc_text


class _Coordination:
    """The part of :class:`ActorFinder` that splits coordinated actors."""

    def conjuncts(self, tok) -> list:  # type: ignore[no-untyped-def]
        """``tok`` and the heads coordinated with it ("Rebels and Turkish troops")."""
        return [tok] + [c for c in tok.conjuncts if c.i > tok.i]

    def split_amod_conj(self, tok) -> list[ActorRef]:  # type: ignore[no-untyped-def]
        """"Turkish and Syrian forces": two actors, "Turkish forces" and "Syrian forces"."""
        amods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and any(x.dep_ == "conj" for x in c.children)
                 and not _descriptive(c)]  # "armed and masked men": one group described, not two
        if not amods:
            return []
        first = amods[0]
        out = []
        for mod in [first] + [c for c in first.conjuncts if c.i > first.i]:
            alone = lemma(mod) in self.onto.cue("agent_heads") and mod.pos_ in ("NOUN", "PROPN")
            # the modifier with the words of its own name before it ("the Red Front and Kurdish militants": "Red
            # Front", not "Front")
            own = [c for c in mod.children if c.i < mod.i and c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
            first = min(own, key=lambda c: c.left_edge.i).left_edge if own else mod
            start, end = first.idx, mod.idx + len(mod.text)
            name = doc_text(tok.doc)[start:end]
            text = name if alone else f"{name} {tok.text}"
            sp = Span(self.an.article_id, start, end, name)
            got = None
            if self.resolve is not None:
                try:
                    got = self.resolve(text, self.focus)
                except Exception:
                    got = None
            if got:
                out.append(ActorRef(got[0], got[1], sp))
                continue
            ms = [m for m in self._mentions_in(start, end) if m.entity_id
                  and (m.span.end <= end or first is mod)]  # not a mention run over the coordination
            if ms:
                out.append(ActorRef(ms[0].entity_id or "", ms[0].name or text, sp))
            elif alone:
                out.append(ActorRef("x:" + _slug(text), text, sp))
            else:
                out.append(ActorRef("x:" + _slug(text), text, sp))
        return out
