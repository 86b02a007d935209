"""Choosing an event's place (:func:`choose_place`): the clause, then the sentence, then the paragraph, then the
article, in that order; the stages are the functions below it."""
from __future__ import annotations

from typing import Optional

from sitrep.events.city_part import story_city_place, told_as_village
from sitrep.events.county_town import county_town
from sitrep.events.distance_ref import distance_reference
from sitrep.events.heading_place import astray, inside, paragraph_heading
from sitrep.events.ontology import Ontology
from sitrep.events.place.locative import road_end
from sitrep.events.place.ranks import ARTICLE_PLACE_MIN_CONF, COARSE, resolved, unknown_site
from sitrep.events.place.scene import PlaceScene
from sitrep.events.place.targets import target_place, territorial_code
from sitrep.events.road_place import road_first_end, sentence_mentions
from sitrep.events.triggers import Group, Trigger
from sitrep.model import Analysis, Place
from sitrep.nlp.doctext import doc_text


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the paragraph (text between line breaks) holding [start, end)."""
    a = text.rfind("\n", 0, start)
    b = text.find("\n", end)
    return a + 1, (len(text) if b < 0 else b)


def _heading_within(heading: Optional[Place], fine: Place, how: str) -> tuple[Place, str]:
    """The paragraph's heading town when it lies inside the clause's or sentence's place ("Atbara: drones struck ...,
    cutting power across River Nile state": the heading is more precise) or when the place is a province or district
    of its country the heading town lies outside ("Turbat: gunmen shot dead three labourers from Punjab province": the
    heading says where) or another place that cannot be its scene (``heading_place.astray``), else that place."""
    return (heading, "paragraph") if heading is not None and (inside(heading, fine) or astray(heading, fine)) \
        else (fine, how)


def own_place_tokens(g: Group, clause: set[int], sent_idx: set[int], tok_of_place) -> set[int]:  # type: ignore[no-untyped-def]
    """Where an ``own_place_only`` event (a call, a meeting, talks) may find its place: its own clause, the place
    "where" points back to, and its conjunct's clause ("made a visit to Kyiv and met X")."""
    own = set(clause)
    h = g.head
    if h.dep_ == "relcl" and any(c.lower_ == "where" for c in h.children):
        before = [ts[0] for _, ts in tok_of_place if ts and ts[0] in sent_idx and ts[0] < h.i]
        if before:
            own.add(max(before))  # the place "where" points back to (the parser may hang it on a date)
    if h.dep_ == "conj":
        own |= {x.i for x in h.head.subtree} - {x.i for x in h.subtree}
    return own


def _set_aside_site(fine_clause: Optional[Place], fine_sent: Optional[Place]
                    ) -> tuple[Optional[Place], str, Optional[Place], Optional[Place]]:
    """A site the gazetteer does not know ("stormed the Hotel Sahel Palace") has no point: it is set aside (site, how
    it was found) so that a resolved town of the sentence, the paragraph's town or the article's place (where the
    report sets the site) places the event, and the site stays the answer only when none of them is there; returns
    (site, how, fine clause place, fine sentence place)."""
    site, site_how = None, "clause"
    if fine_clause is not None and unknown_site(fine_clause):
        site, fine_clause = fine_clause, None
        fine_sent = None if fine_sent is not None and unknown_site(fine_sent) else fine_sent
    elif fine_clause is None and fine_sent is not None and unknown_site(fine_sent):
        site, site_how, fine_sent = fine_sent, "sentence", None
    return site, site_how, fine_clause, fine_sent


def _paragraph_place(sc: PlaceScene, sent_idx: set[int], pa: int, pb: int, heading: Optional[Place],
                     coarse_any: Optional[Place]) -> Optional[Place]:
    """The paragraph's place for an event its sentence leaves unplaced: the one town the paragraph so far has
    named (resolved, confident), else the paragraph's heading, each in the country of the sentence's coarse place."""
    doc, sent = sc.doc, sc.sent
    # the paragraph's towns before this sentence, nearest first: resolved and confident ones only
    in_para = [p for p, ts in sc.tok_of_place if ts and pa <= p.span.start < pb and doc[ts[0]].i not in sent_idx
               and p.precision in ("point", "town") and resolved(p) and p.confidence >= ARTICLE_PLACE_MIN_CONF
               and sc.located(ts)]
    in_para = [p for p in in_para if sc.usable(p) and (coarse_any is None or p.country == coarse_any.country)]
    before = [p for p in in_para if p.span.start < sent.start_char]  # the paragraph so far, never ahead
    # a paragraph about one town places its unplaced events there; one that moves between towns does not
    if before and len({p.geonameid or p.name for p in before}) == 1:
        return max(before, key=lambda p: p.span.start)
    # a round-up's paragraph heading ("Nyala: an air strike hit the market"): where its events happened
    if heading is not None and (coarse_any is None or heading.country == coarse_any.country):
        return heading
    return None


def _last_resort(fallback_place: Optional[Place], site: Optional[Place], site_how: str,
                 coarse_any: Optional[Place]) -> tuple[Optional[Place], str]:
    """When nothing finer placed the event: the article's fine place (same country), the unknown site, the
    sentence's country or region, the article's coarse place, or none."""
    if fallback_place is not None and (coarse_any is None or fallback_place.country == coarse_any.country) \
            and fallback_place.precision not in COARSE:
        return fallback_place, "article"
    if site is not None:
        return site, site_how
    if coarse_any is not None:
        return coarse_any, "sentence"
    if fallback_place is not None:
        return fallback_place, "article"
    return None, "none"


def choose_place(g: Group, primary: Trigger, roles, clause: set[int], sent, sent_idx: set[int], onto: Ontology,  # type: ignore[no-untyped-def]
                 analysis: Analysis, tok_of_place, fallback_place: Optional[Place],
                 actor_spans: list) -> tuple[Optional[Place], str]:
    """The event's place and what placed it (:func:`_choose_place`); a name the gazetteer could not place, in a story
    about one city, is a part of that city (events/city_part)."""
    place, how = _choose_place(g, primary, roles, clause, sent, sent_idx, onto, analysis, tok_of_place,
                               fallback_place, actor_spans)
    if place is not None and not resolved(place) and not unknown_site(place) and not told_as_village(place, sent):
        place = story_city_place(place, analysis, fallback_place) or place
    return place, how


def _choose_place(g: Group, primary: Trigger, roles, clause: set[int], sent, sent_idx: set[int], onto: Ontology,  # type: ignore[no-untyped-def]
                  analysis: Analysis, tok_of_place, fallback_place: Optional[Place],
                  actor_spans: list) -> tuple[Optional[Place], str]:
    """The event's place and what placed it ("clause", "sentence", "article" or "none").

    A territorial event happens at the place taken; otherwise the most specific place of the clause,
    then of the sentence, then the article's main place (same country as a coarse sentence place),
    then a coarse (country/region) place of the sentence. Names inside the actors' phrases never place
    the event; types flagged ``own_place_only`` (calls, threats) never take the article's place."""
    sc = PlaceScene(g, primary, sent, onto, analysis, tok_of_place, actor_spans)
    sc.tplace = target_place(g, primary, roles, analysis.places, tok_of_place) if territorial_code(primary.tdef.code) else None
    in_clause = sc.located_in(clause)
    if primary.tdef.own_place_only:
        # "seized a highway in northwest Syria as talks ended": the talks were not there; but "were in Kyiv,
        # where they met X" and "made a visit to Kyiv and met X" place the meeting; nor did a phone call
        # between capitals happen on the article's battlefield
        fallback_place = None
        own = own_place_tokens(g, clause, sent_idx, tok_of_place)
    else:
        own = sent_idx
    in_sent = sc.located_in(own)
    fine_clause = sc.pick([p for p in in_clause if p.precision not in COARSE])
    fine_sent = sc.pick([p for p in in_sent if p.precision not in COARSE])
    coarse_any = sc.pick([p for p in in_clause if (p.precision not in COARSE or sc.in_pp(p)) and not unknown_site(p)]) or \
        sc.pick([p for p in in_sent if (p.precision not in COARSE or sc.in_pp(p)) and not unknown_site(p)])
    if sc.tplace is not None:
        return sc.tplace, "clause"
    site, site_how, fine_clause, fine_sent = _set_aside_site(fine_clause, fine_sent)
    pa, pb = paragraph_bounds(doc_text(sc.doc), sent.start_char, sent.end_char)
    heading = None if primary.tdef.own_place_only else paragraph_heading(sc.doc, tok_of_place, pa)
    if heading is not None and not sc.usable(heading):
        heading = None
    if fine_clause is not None:
        return _town_told_after(sc, *_heading_within(heading, fine_clause, "clause"))
    if fine_sent is not None:
        return _town_told_after(sc, *_heading_within(heading, fine_sent, "sentence"))
    if not primary.tdef.own_place_only:
        para = _paragraph_place(sc, sent_idx, pa, pb, heading, coarse_any)
        if para is not None:
            return para, "paragraph"
    if fallback_place is not None and _road_end_here(sc, fallback_place, sent_idx):
        fallback_place = None
    elif fallback_place is not None and not primary.tdef.own_place_only:
        road = road_first_end(sc.doc, sentence_mentions(tok_of_place, sent_idx, sc.usable), road_end)
        if road is not None:
            return road, "sentence"  # "on the road linking X and Y" under a dateline far from both: near X
    return _last_resort(fallback_place, site, site_how, coarse_any)


def _town_told_after(sc: PlaceScene, p: Place, how: str) -> tuple[Place, str]:
    """A county or district the event's sentence names yields to the one town the next lines name inside it
    ("a bus struck a bomb in Mandera County. ... shortly after leaving Elwak town"; events/county_town)."""
    if sc.primary.tdef.own_place_only:
        return p, how
    town = county_town(p, sc.doc, doc_text(sc.doc), sc.sent.end_char, sc.tok_of_place,
                       lambda ts: sc.located(ts) and sc.usable(next(q for q, t2 in sc.tok_of_place if t2 is ts)),
                       resolved, road_end)
    return (town, "paragraph") if town is not None else (p, how)


def _road_end_here(sc: PlaceScene, p: Place, sent_idx: set[int]) -> bool:
    """The article's place is named in the event's sentence only as an end of the road the deed was on ("attacked a
    convoy on the Kayes-Bamako highway" under "BAMAKO -"): the deed was somewhere along the road, not at its end."""
    key = p.geonameid or p.name
    here = [ts for q, ts in sc.tok_of_place if ts and ts[0] in sent_idx and (q.geonameid or q.name) == key]
    return bool(here) and all(road_end(sc.doc, ts) for ts in here) and not _distance_told_next(sc, key, sent_idx)


def _distance_told_next(sc: PlaceScene, key: str, sent_idx: set[int]) -> bool:
    """The sentence after the event's gives the deed's distance from that end of the road ("ambushed a bus on the
    Mocimboa-Mueda road. The bus was stopped about 20 kilometres from Mocimboa"): the text sets it near that town
    after all (the far end of a distance, events/distance_ref.py)."""
    doc, end = sc.doc, max(sent_idx, default=len(sc.doc)) + 1
    while end < len(doc) and doc[end].is_space:
        end += 1  # the blank line before the next paragraph
    if end >= len(doc):
        return False
    nxt = doc[end:doc[end].sent.end]
    return any(ts and nxt.start <= ts[0] < nxt.end and (q.geonameid or q.name) == key and distance_reference(doc, ts)
               for q, ts in sc.tok_of_place)
