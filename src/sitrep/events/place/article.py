"""The article's main place (:func:`article_place`): the most mentioned, the dateline's or the lede's on a tie, a
town over its province where it holds half the mentions; a stand-in for events that name no place."""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import tokens_of
from sitrep.events.home_town import home_town_mention
from sitrep.events.place.care_sites import care_site
from sitrep.events.place.funeral_sites import funeral_site
from sitrep.events.place.dateline_mention import dateline_mention
from sitrep.events.place.locative import locative
from sitrep.events.place.ranks import ARTICLE_PLACE_MIN_CONF, PRECISION_RANK, resolved
from sitrep.events.place.targets import unnamed_town
from sitrep.model import Analysis, Place
from sitrep.nlp.doctext import doc_text
from sitrep.textnorm import fold_name


DATELINE_CHARS = 120  # a dateline opens the text: a place named this near its start, and in the dateline, is it


def _lede_end(analysis: Analysis, dateline: Optional[str], text: str = "") -> int:
    """Where the lede ends: the end of the first sentence past the dateline (0 with no dateline: the tie-break is
    only for copy filed from one place about another)."""
    if not dateline:
        return 0
    for s in analysis.sentences:
        # the dateline line ("BAMAKO, Feb 11 —", "TEGUCIGALPA, Honduras, Jan. 27 (translated from Spanish) -") may
        # stand as a sentence of its own: it ends on its dash, which no sentence of news does
        if s.end - s.start > 40 and not text[s.start:s.end].rstrip().endswith(_DASHES):
            return s.end
    return 0


_DASHES = ("-", "—", "–")


def _focus_country(places: list[Place]) -> Optional[str]:
    """The country most of the places are in; None when none has one."""
    by_country: dict[str, int] = {}
    for p in places:
        if p.country:
            by_country[p.country] = by_country.get(p.country, 0) + 1
    return max(by_country, key=lambda c: by_country[c]) if by_country else None


def _counted_places(places: list[Place], dateline: Optional[str], doc, focus: Optional[str]) -> dict[str, list[Place]]:  # type: ignore[no-untyped-def]
    """The mentions that may stand for where the article is, by place (geonameid or name): none a road, a country or
    region, a place outside the ``focus`` country, a hospital the hurt were taken to, or (with the parse) a name
    not used as a location."""
    counts: dict[str, list[Place]] = {}
    dl_text = (dateline or "").lower()
    for p in places:
        if doc is not None:
            ts = tokens_of(doc, p.span.start, p.span.end)
            in_dateline = bool(dl_text) and p.span.start < DATELINE_CHARS and p.span.text.lower() in dl_text \
                or bool(ts) and p.span.start < DATELINE_CHARS and dateline_mention(doc, ts)
            if ts and not locative(doc, ts) and not in_dateline:
                continue  # "the road linking X and Y", "the X deal" (a dateline's "DETROIT —" is where it is)
            if ts and care_site(doc, ts):
                continue  # "died at the X Medical Center": where the hurt were taken, not where the story is
            if ts and funeral_site(doc, ts):
                continue  # "funeral prayers were offered in X": where the aftermath was, not where the story is
            if ts and home_town_mention(doc, ts):
                continue  # "a teen from X was hurt": where a person lives, not where the story is (events/home_town)
            p = unnamed_town(p, ts, doc, [(q, None) for q in places]) or p  # "this North Darfur town": the town
        if focus is not None and p.country and p.country != focus:
            continue  # the story happens in the country its places are mostly in, not in a capital that speaks
        if p.precision in ("country", "region") or (p.feature_class or "").startswith("R."):
            continue  # a road runs through many places: not where an unplaced event happened
        counts.setdefault(p.geonameid or p.name.lower(), []).append(p)
    return counts


def _inside_counts(counts: dict[str, list[Place]]) -> dict[str, int]:
    """A province counts its own mentions and those of the places inside it: an article that moves between several
    towns of one province is placed in the province, one that keeps coming back to a town in the town. Province key
    -> the mentions of the places inside it."""
    inside: dict[str, int] = {}
    for k, ps in counts.items():
        p = ps[0]
        if p.precision not in ("province", "district") and p.admin1:
            for k2, ps2 in counts.items():
                q = ps2[0]
                if k2 != k and q.precision == "province" and q.country == p.country and q.admin1 == p.admin1:
                    inside[k2] = inside.get(k2, 0) + len(ps)
    return inside


def article_place(analysis: Analysis, dateline: Optional[str], doc=None) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The article's most prominent place (most mentioned; the dateline's place wins ties); never a hospital the hurt
    were taken to or died at (``care_site``)."""
    places = [p for p in analysis.places if resolved(p) and p.mention == "name"]
    if not places:
        return None
    counts = _counted_places(places, dateline, doc, _focus_country(places))
    dl = (dateline or "").lower()
    inside = _inside_counts(counts)

    def score(k: str) -> int:
        return len(counts[k]) + inside.get(k, 0)

    lede = _lede_end(analysis, dateline, doc_text(doc) if doc is not None else "")

    dl_fold = fold_name(dl)

    def key(k: str) -> tuple:
        ps = counts[k]
        # as written or as the gazetteer spells it, accents folded ("BOGOTA —" is Bogotá's dateline)
        in_dateline = bool(dl) and any(fold_name(n) in dl_fold for n in (ps[0].name, ps[0].span.text))
        # a place the lede tells the news at beats the dateline's on a tie: "BAMAKO — Fighters stormed an army
        # post outside Niono ..." was filed in Bamako and happened at Niono
        in_lede = not in_dateline and ps[0].span.start < lede
        return (score(k), in_lede, in_dateline, -PRECISION_RANK.get(ps[0].precision, 6), -ps[0].span.start)

    if not counts:
        return None
    best = max(counts, key=key)
    p = counts[best][0]
    if p.precision == "province":  # one town holding half the province's mentions is where the article is
        towns = [k for k in counts if k != best and counts[k][0].admin1 == p.admin1
                 and counts[k][0].country == p.country and counts[k][0].precision not in ("province", "district")]
        top = max(towns, key=key, default=None)
        if top is not None and 2 * len(counts[top]) >= score(best):
            p = counts[top][0]
        p = _dateline_town_of(p, counts, dl_fold) or p
    # a stand-in for events that name no place must itself be sure: the best-resolved mention of it
    conf = max(q.confidence for q in counts[p.geonameid or p.name.lower()])
    return p if conf >= ARTICLE_PLACE_MIN_CONF else None


def _dateline_town_of(state: Place, counts: dict[str, list[Place]], dl_fold: str) -> Optional[Place]:
    """The dateline's town where the article's place came out as the state the dateline names after it ("KNOXVILLE,
    Tenn. -"): the state is named to say where the town is, and a report filed from a town of it is that town's
    news unless it names a place of its own for it; else None."""
    if state.precision != "province" or not dl_fold or fold_name(state.span.text) not in dl_fold:
        return None
    for ps in counts.values():
        q = ps[0]
        if q.precision not in ("province", "district", "country", "region") and q.country == state.country \
                and q.admin1 == state.admin1 and q.span.start < state.span.start \
                and fold_name(q.span.text) in dl_fold:
            return q
    return None
