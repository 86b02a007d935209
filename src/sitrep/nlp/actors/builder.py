"""The mentions of one article as they are collected (:class:`_Builder`: which characters are taken, the
antecedent a ministry phrase points back to) and the mention kind of a dictionary entry (:func:`_kind_for`)."""
from __future__ import annotations

from typing import Any, Optional, Sequence

from sitrep.model import Mention, Span
from sitrep.nlp.actor_lexicon import ActorResolver
from sitrep.nlp.doctext import doc_text


def _kind_for(entry: dict[str, Any]) -> str:
    t = entry.get("type")
    if t == "person":
        return "PERSON"
    if t == "country":
        return "GPE"
    return "ORG"


class _Builder:
    """Collects mentions of one article, with the state needed for anaphora and acronyms."""

    def __init__(self, doc: Any, ctx: Any, res: ActorResolver):
        self.doc, self.ctx, self.res = doc, ctx, res
        self.text: str = doc_text(doc)
        self.when = getattr(ctx, "published", None)
        self.mentions: list[Mention] = []
        self.taken = bytearray(len(self.text) + 1)  # 1 where a mention already covers the character

    def span(self, start: int, end: int) -> Span:
        return Span(self.ctx.article_id, start, end, self.text[start:end])

    def add(self, start: int, end: int, kind: str, eid: Optional[str], name: Optional[str],
            hint: Optional[str] = None) -> Mention:
        m = Mention(self.span(start, end), kind, eid, name, hint)
        self.mentions.append(m)
        self.taken[start:end] = b"\x01" * (end - start)
        return m

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self.taken[start:end]

    def antecedent(self, roles: Sequence[str], before: int, max_chars: int = 600) -> Optional[Mention]:
        """The most recent mention before ``before`` whose actor has one of ``roles``, at most
        ``max_chars`` back ("the ministry" does not reach back to a ministry named paragraphs ago)."""
        for m in reversed(self.mentions):
            if m.span.start < before - max_chars:
                break
            if m.span.start >= before or not m.entity_id:
                continue
            e = self.res.actors.get(m.entity_id)
            if e and e.get("role") in roles:
                return m
        return None
