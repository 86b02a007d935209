"""Who did it: conflicting claims of responsibility for the violence of a story.

An analyst must see at once that one side blames another for an attack while the accused denies
it or blames someone else. Per story, a claim is read from each event mention:

- an accusation (PLOVER ACCUSE, asserted) by one side against another side blames that side;
- a violent mention denied by its own actor ("Russia denied striking the station") or a rejection
  (PLOVER REJECT) by a side is that side's denial;
- an accusation by the accused against a third side is its counter-claim.

A side (a country: states, their organs and officials, by the actor dictionary's ``country``) that
is blamed by another side and also denies, or blames someone else, makes one ``conflict``
disagreement. When a denial names a violent act ("did not strike the station"), the disagreement
is about the story's best-sourced violent event of that type reported up to the day after the first
claim ("responsibility for the missile attack in Kramatorsk on 8 Apr 2022"); otherwise it is a war of
words between the sides ("who is to blame: X vs Y"). Each value is one claim with its claimant,
article and evidence mention; the numbers stay empty and ``claim`` holds the side named. Linear in
the story's mentions.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, Article, Disagreement, DisagreementValue, Event, EventMention
from sitrep.stories.describe import source_name

MAX_VALUES = 12


def _country(ref: Optional[ActorRef]) -> Optional[str]:
    """ISO2 country an actor stands for (a state, its organs, its officials), else None."""
    if ref is None or not ref.entity_id or ref.entity_id.startswith("x:"):
        return None
    try:
        from sitrep.nlp.actor_lexicon import get_resolver

        entry = get_resolver().get(ref.entity_id)
    except Exception:  # no dictionary entry (or no dictionary): no side
        return None
    if not entry or entry.get("type") in ("rebel", "militia", "identity_militia", "political_militia"):
        return None
    return entry.get("country") or None


@dataclass
class _Claim:
    side: str  # the side the claim is about (blamed, or denying)
    by: str  # the claimant's side
    by_name: str
    about_name: str  # the actor named as responsible (or the denier)
    kind: str  # "blames", "denies" (a violent act of its own) or "rejects" (an accusation)
    mention: EventMention


def _claims(events: list[Event]) -> list[_Claim]:
    out = []
    for e in events:
        for m in e.mentions:
            a1, a2 = _country(m.actor1), _country(m.actor2)
            if m.plover == "ACCUSE" and m.modality == "asserted" and a1 and a2 and a1 != a2:
                out.append(_Claim(a2, a1, m.actor1.name, m.actor2.name, "blames", m))  # type: ignore[union-attr]
            elif a1 and m.event_type in VIOLENT_EVENT_TYPES and m.modality == "denied":
                out.append(_Claim(a1, a1, m.actor1.name, m.actor1.name, "denies", m))  # type: ignore[union-attr]
            elif a1 and m.plover == "REJECT" and m.modality in ("asserted", "denied"):
                out.append(_Claim(a1, a1, m.actor1.name, m.actor1.name, "rejects", m))  # type: ignore[union-attr]
    return out


def _when(m: EventMention, articles: dict[str, Article]) -> Optional[_dt.date]:
    a = articles.get(m.article_id)
    return m.date_start or (a.published if a is not None else None)


def _target(events: list[Event], kinds: set[str], by: Optional[_dt.date]) -> Optional[Event]:
    """The best-sourced asserted violent event of one of ``kinds`` reported up to the day after ``by``."""
    cands = [e for e in events if e.event_type in kinds and e.modality == "asserted"
             and (by is None or e.date_start is None or e.date_start <= by + _dt.timedelta(days=1))]
    return max(cands, key=lambda e: (e.n_independent_sources, e.n_sources, -(e.date_start or _dt.date.max).toordinal()),
               default=None)


def _subject(e: Optional[Event], blamer: str, blamed: str) -> str:
    if e is None:
        return f"who is to blame: {blamer} vs {blamed}"
    what = (e.sub_event_type or e.event_type).lower()
    where = f" in {e.place.name}" if e.place is not None else ""
    when = f" on {e.date_start.day} {e.date_start:%b %Y}" if e.date_start and e.date_precision == "day" else ""
    return f"responsibility for the {what}{where}{when}"


def _said(cs: list[_Claim], articles: dict[str, Article]) -> list[str]:
    """One phrase per claimant and claim, with every source that reports it."""
    by_claim: dict[tuple[str, str], list[str]] = {}
    for c in cs:
        verb = {"blames": f"blames {c.about_name}", "denies": "denies it"}.get(c.kind, "rejects the accusations")
        srcs = by_claim.setdefault((c.by_name, verb), [])
        src = source_name(articles.get(c.mention.article_id), c.mention.article_id)
        if src not in srcs:
            srcs.append(src)
    return [f"{who} {verb} ({', '.join(srcs)})" for (who, verb), srcs in by_claim.items()]


def find_blame_conflicts(events: list[Event], articles: dict[str, Article]) -> list[Disagreement]:
    claims = _claims(events)
    blamed_by_other = {c.side for c in claims if c.kind == "blames" and c.by != c.side}
    out = []
    used: set[str] = set()  # mention ids already shown: "A blames B, B blames A" is one conflict
    for side in sorted(blamed_by_other):
        against = [c for c in claims if c.kind == "blames" and c.side == side]
        answers = [c for c in claims if c.by == side and (c.kind != "blames" or c.side != side)]
        if not answers or all(c.mention.id in used for c in against + answers):
            continue
        used.update(c.mention.id for c in against + answers)
        chosen: list[_Claim] = []
        seen: set[tuple[str, str, str]] = set()
        for c in sorted(against + answers, key=lambda c: (_when(c.mention, articles) or _dt.date.max, c.mention.id)):
            key = (c.by_name, c.kind + c.about_name, c.mention.article_id)
            if key not in seen and len(chosen) < MAX_VALUES:
                seen.add(key)
                chosen.append(c)
        first = min((d for c in chosen if (d := _when(c.mention, articles)) is not None), default=None)
        denied = {c.mention.event_type for c in chosen if c.kind == "denies"}
        target = _target(events, denied, first) if denied else None
        blamer = next(c.by_name for c in chosen if c.kind == "blames" and c.side == side)
        blamed = next((c.by_name for c in chosen if not (c.kind == "blames" and c.side == side)), side)

        blames = _said([c for c in chosen if c.kind == "blames" and c.side == side], articles)
        replies = _said([c for c in chosen if not (c.kind == "blames" and c.side == side)], articles)
        explanation = (f"The sources report opposite claims of who is responsible: {'; '.join(blames)}; while "
                       f"{'; '.join(replies)}. sitrep does not decide between them.")
        values = [DisagreementValue(low=None, high=None, as_of=_when(c.mention, articles), claimant=c.by_name,
                                    article_id=c.mention.article_id, figure_id=c.mention.id,
                                    claim=c.about_name if c.kind == "blames" else f"not {c.about_name}")
                  for c in chosen]
        h = hashlib.sha1(("blame|" + side + "|" + "|".join(sorted(c.mention.id for c in chosen))).encode()).hexdigest()
        out.append(Disagreement(id="dis-" + h[:12], subject=_subject(target, blamer, blamed), kind="conflict",
                                explanation=explanation, values=values))
    return out
