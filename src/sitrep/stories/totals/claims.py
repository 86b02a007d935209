"""Which claims an event's counts make (:func:`_claims`): one for each fatality count of its mentions, with its
claimant, article, as-of date, whether it is told as a toll update, and whether the acting side tells it of its own
deed.

"Two more bodies were found" (deaths added to a toll) is no claim of it; "approximately 12" is a claim of 12, a range
of its low end (:func:`_nominal`); "21, not counting the four attackers" is 25; a round-up merged into one of the
incidents it sums is no claim of that incident's toll where the incident has counts of its own. A side's count of
its enemy's dead, read with the words before the count (:func:`_before_count`) and whether it stands in quotation
marks (:func:`_quoted`: 'its troops "neutralised 47 terrorists"'), is told of its own deed: never the incident's
best beside another's count, never its low or high (:mod:`.best_count`).
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.events.increment import added_before_whole, is_increment
from sitrep.events.toll import is_toll_update, is_toll_update_figure
from sitrep.events.toll_excluding import excluded_attackers
from sitrep.model import ActorRef, Article, Event, Figure
from sitrep.stories.force_claim import own_or_force_kill
from sitrep.stories.own_losses import enemy_dead, foreign_forces_dead, home_forces, relayed_enemy_dead
from sitrep.stories.told_apart import names_two_places, told_as_sum
from sitrep.stories.totals.common import Claim


def _nominal(f: Figure) -> Optional[float]:
    """The count a report gives, where it is not the figure's high (:func:`sitrep.nlp.figure_hedges.figure_best`: N of
    "about N" / "approximately N", read as the band 0.9N..1.1N: ACLED codes N; the low end of a range, "between 10 and
    20": 10, or of a plural number word, "thousands": 2,000: the conservative count); None for any other count."""
    from sitrep.nlp.figures import figure_best

    return figure_best(f)


def _claims(e: Event, articles: dict[str, Article], names: dict[str, str],
            fighting: tuple[ActorRef, ...] = ()) -> list[Claim]:
    """One claim for each fatality count of the event's mentions; ``fighting``: the actors of the story's events (a
    claimant among them counting its enemy's dead tells its own deed, :func:`own_losses.enemy_dead`)."""
    from sitrep.stories.merge import same_actor, counts_of

    out = []
    # a round-up merged into one of the incidents it sums ("strikes on Kharkiv and Odesa killed 12", "killed 12 in
    # all") is no claim of that incident's toll where the incident has counts of its own ("in the clashes", a plural
    # that often tells one incident, is kept)
    own = {id(m) for m, _lo, _hi in counts_of(e.mentions) if not (names_two_places(m) or told_as_sum(m))}
    for m, lo, hi in counts_of(e.mentions):
        f = m.fatalities
        art = articles.get(m.article_id)
        if art is not None and (is_increment(f, art.text) or added_before_whole(f, art.text)):
            continue  # "two more bodies were found": deaths added to the toll, no claim of it
        if own and id(m) not in own:
            continue
        as_of = f.as_of or m.date_end or m.date_start or (art.published if art else None) or _dt.date.min
        who = f.claimant or m.claimant or f"article:{m.article_id}"
        names.setdefault(who, f.claimant_name or m.claimant_name or who)
        seen_hi = float(hi)
        n = _nominal(f)
        if n is not None and n != lo:
            lo = hi = n  # "approximately 12" is a claim of 12, not of 14
        side = ActorRef(who, who)
        fights = any(same_actor(a, side) for a in fighting)
        at = e.place.country if e.place is not None else None
        by_doer = not who.startswith("article:") and (
            (e.actor1 is not None and same_actor(e.actor1, side))
            or enemy_dead(who, f.who, fights or home_forces(who, at)) or foreign_forces_dead(who, f.who, fights, at))
        # a state's count of its enemy's dead relayed with no state claimant read ("the army's statement that its
        # troops 'neutralised 47 terrorists'"; "..., the army general staff said")
        by_doer = by_doer or relayed_enemy_dead(who, f.who, e.actor1.entity_id if e.actor1 is not None else None,
                                                _quoted(m, f)) or own_or_force_kill(who, f.who, _before_count(m, f, art.text if art else ""))
        x = excluded_attackers(f, art.text) if art is not None else 0  # "21, not counting the four attackers": 25
        # (a count read from the next sentence, "..., bringing the toll to 11", is an update by its own words)
        upd = is_toll_update(m) or (art is not None and is_toll_update_figure(f, art.text))
        out.append((float(lo) + x, float(hi) + x, as_of, who, upd, m.article_id, seen_hi,
                    (float(n) if n is not None else seen_hi) + x, by_doer, by_doer))
    return out


_QUOTES = re.compile("[\"\u201c\u201d]")


_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s+|\n")


def _before_count(m, f: Figure, text: str = "") -> str:  # type: ignore[no-untyped-def]
    """The words of the count's sentence before the count ("JNIM said on Monday it had killed "). A count the
    mention's sentence does not hold (a side's claim in a later sentence of the report merged into the mention: "The
    RSF rejected the accusation; a statement from the group claimed it had killed more than 100 army soldiers") is
    read in its own sentence of the report's ``text``."""
    sent = m.sentence
    if f.span is None:
        return ""
    if sent is None or not sent.start <= f.span.start <= sent.end:
        if not text or f.span.start > len(text):
            return ""
        window = text[max(0, f.span.start - 200):f.span.start]
        ends = list(_SENTENCE_END.finditer(window))
        return window[ends[-1].end():] if ends else window
    return sent.text[:f.span.start - sent.start]


def _quoted(m, f: Figure) -> bool:  # type: ignore[no-untyped-def]
    """The count stands inside quotation marks of its sentence (a side's words relayed: 'its troops "neutralised 47
    terrorists"')."""
    sent = m.sentence
    if f.span is None or sent is None or not sent.start <= f.span.start <= sent.end:
        return False
    return len(_QUOTES.findall(sent.text[:f.span.start - sent.start])) % 2 == 1
