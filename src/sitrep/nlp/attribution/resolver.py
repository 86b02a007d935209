"""Which actor a claimant phrase names: the article's mention holding its head word, else the dictionary with
the article's country focus (a country that speaks is its government), else the one mention inside it
(:class:`_Resolver`)."""
from __future__ import annotations

import bisect
from typing import Any, Optional, Sequence

from sitrep.model import Mention
from sitrep.nlp.actor_lexicon import get_resolver, people_noun
from sitrep.nlp.attribution.armed_group import _armed_group_head
from sitrep.nlp.attribution.words import _text
from sitrep.nlp.fronted_country import fronted_country


class _Resolver:
    """Resolves a claimant phrase to an actor through the article's mentions, then the dictionary."""

    def __init__(self, doc: Any, ctx: Any, mentions: Sequence[Mention]):
        self.doc, self.ctx = doc, ctx
        self.mentions = sorted(mentions, key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self.mentions]
        self.res = get_resolver()
        self.focus = list(getattr(ctx, "country_focus", None) or [])
        if not self.focus:
            from collections import Counter

            cnt: Counter[str] = Counter()
            for m in mentions:
                if m.entity_id:
                    e = self.res.actors.get(m.entity_id)
                    # a world news agency ("MOGADISHU (AP)") lends no country, as in nlp.actors.country_focus: "a
                    # military officer said" in its report is no officer of the agency's country
                    if e and e.get("country") and e.get("lends_country", True) is not False:
                        cnt[e["country"]] += 1
            self.focus = [c for c, _ in cnt.most_common()]

    def in_span(self, start: int, end: int, with_id: bool = True) -> list[Mention]:
        k = bisect.bisect_left(self._starts, start)
        out = []
        while k < len(self.mentions) and self.mentions[k].span.start < end:
            m = self.mentions[k]
            if m.span.end <= end and (m.entity_id or not with_id):
                out.append(m)
            k += 1
        return out

    def resolve(self, head: Any, start: int, end: int) -> tuple[Optional[str], Optional[str], bool]:
        """(id, name, is_person) of the claimant phrase [start, end) whose syntactic head is ``head``."""
        inside = self.in_span(start, end)
        hs, he = head.idx, head.idx + len(head)
        for m in inside:
            if m.span.start <= hs and he <= m.span.end:
                entry = self.res.actors.get(m.entity_id or "")
                if entry and entry.get("type") == "country":  # a country that speaks is its government
                    gid, gname = self.res.role_actor(entry["country"], "GOV", getattr(self.ctx, "published", None))
                    return gid, gname, False
                return m.entity_id, m.name, m.kind == "PERSON"
        # the head is a common noun ("correspondent", "head") modified by one actor ("an AFP correspondent")
        text = _text(self.doc)[start:end]
        # "In Moscow, the defence ministry claimed": the fronted capital's country first (nlp.fronted_country)
        sent_start = head.sent.start_char
        fronted = fronted_country(_text(self.doc)[sent_start:start]) if start > sent_start else None
        focus = [fronted, *[c for c in self.focus if c != fronted]] if fronted else self.focus
        hit = self.res.resolve(text, focus, when=getattr(self.ctx, "published", None))
        if hit and _armed_group_head(head) and (self.res.get(hit[0]) or {}).get("type") in ("state", "state_forces"):
            return None, None, False  # "the Burundian rebel group said": a nationality's group, not its state
        if hit:
            entry = self.res.get(hit[0])
            return hit[0], hit[1], entry.get("type") == "person"
        if len(inside) == 1 and head.pos_ in ("NOUN", "PROPN") and not (
                head.text.islower() and people_noun(head.text)):  # "Malian villagers said": no state, no country
            m = inside[0]
            return m.entity_id, m.name, m.kind == "PERSON"
        return None, None, False
