"""Toponym resolution: pick one gazetteer entry per candidate, with a precision and a calibrated confidence.

The entries of a name are described by explicit features of what the article says (see
:mod:`sitrep.geo.rank`): how the name matched; the entry's prominence and kind; the kind of place the
text calls it ("X province", "the town of X"; a name the article calls a province and never a city
means the province when it stands alone); the countries, states and provinces named anywhere in the
text; a US county it names; the container after the name ("X, Texas", "X in Idlib province"); the
article's unambiguous places nearby; and the dateline's country (a region hint, never a stand-in).
A learned conditional logit ranks them; a calibrated logistic model gives the probability that the
winner is right. Below the threshold chosen on development data the name keeps its mention and gets
no coordinates (blank beats wrong).

Where each decision lives: the containers the text gives a name ("X, Y", "X in Y", "the Y capital, X"),
geo/containers.py; the kind it calls it ("X province", "the town of X"), geo/kinds_named.py; the article's
countries and their weights, geo/country_focus.py; the states, counties and units written with a name,
geo/local_units.py; the feature rows, the entries left in the running and their ranking, geo/candidate_scoring.py,
which drops the readings that are strays (geo/stray_readings.py), outside the unit the text puts the name in
(geo/unit_readings.py) or lesser namesakes (geo/namesake_readings.py); the rules over the whole article once ranked,
geo/story_rules.py and the modules :func:`_story_rules` calls in turn (the last, one country per name,
geo/same_name.py); areas with no useful point,
geo/area_points.py; the distance, geo/distance.py; here, the order of the story rules and the Place each name gets.
"""

from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.admin1_labels import admin1_label
from sitrep.geo.area_points import pointless_area
from sitrep.geo.candidate import Candidate
from sitrep.geo.candidate_scoring import Scored, rank_scored, score_candidates
from sitrep.geo.gazetteer import Gazetteer, precision_of
from sitrep.geo.rank import Ranker, default_ranker
from sitrep.geo.story_rules import (city_over_council, cue_country_over_homonyms, neighborhoods_in_city, one_sense,
    state_over_capital, unit_word_end)
from sitrep.model import Place, Span

# names other modules and the tests import from here, now made in the modules above or below
from sitrep.geo.area_points import AREA_POINT_MAX_KM2, area_points  # noqa: F401
from sitrep.geo.candidate_scoring import calibration_features, features  # noqa: F401
from sitrep.geo.country_focus import (DocGeo, country_focus, cue_countries, dateline_country, demonym_countries,
    doc_geo, names_a_mission)  # noqa: F401
from sitrep.geo.distance import haversine_km  # noqa: F401
from sitrep.geo.local_units import local_units, units_after  # noqa: F401


def _story_rules(scored: list[Scored], text: str, ctx: Any, gaz: Gazetteer, threshold: float) -> None:
    """The rules that overrule the ranker's choice by what the rest of the story tells (one sense per name, a
    city over its council, towns of the story's named units and countries, namesakes abroad and next door,
    feature and variant towns, towns off their item's dateline, one country per name), in this order; each lives in its own module."""
    one_sense(scored)
    city_over_council(scored, gaz, threshold)
    state_over_capital(scored, text)
    unit_towns.far_units_over_towns(scored, text)
    unit_towns.near_unit_towns(scored, text, gaz)
    unit_towns.near_home_towns(scored, text, gaz)
    county_towns.counties_abroad(scored, text)
    cue_country_over_homonyms(scored, text)
    named_countries.towns_of_named_countries(scored, text, threshold)
    named_countries.towns_of_named_counties(scored, text, threshold)
    neighborhoods_in_city(scored, text, threshold)
    far_parts.far_parts_no_point(scored, text, threshold)
    local_story.lone_towns_abroad(scored, text, ctx, gaz, threshold)
    part_names.parts_abroad(scored, text, ctx, gaz, threshold)
    home_cities.home_cities_over_namesakes(scored, text, ctx, threshold)
    local_story.far_towns_at_home(scored, text, ctx, threshold)
    local_story.namesakes_next_door(scored, text, ctx, threshold)
    towns_beside.towns_beside_the_story(scored, text, threshold)
    local_story.aliases_abroad(scored, text, ctx, gaz, threshold)
    building_towns.building_towns_at_home(scored, text, ctx, threshold)
    feature_towns.feature_towns_far_off(scored, text, threshold)
    feature_towns.water_names_no_town(scored, text, threshold)
    feature_towns.bare_rivers_no_town(scored, text, threshold)
    bare_units.bare_units_abroad(scored, text, threshold)
    story_unit.towns_outside_the_story_unit(scored, text, ctx, threshold)
    variant_towns.variant_towns_far_off(scored, threshold)
    item_datelines.towns_off_their_item(scored, text, threshold)
    dateline_towns.towns_off_their_dateline(scored, text, ctx, gaz, threshold)
    county_towns.small_units_abroad(scored, text)
    same_name.one_country_per_name(scored, text, threshold)


def _place_of(sc: Scored, text: str, ctx: Any, gaz: Gazetteer, threshold: float) -> Place:
    """The Place of one scored candidate: blank (no point) where the recogniser marked it so or the confidence is
    below ``threshold`` (a city chosen over its council passes), the area's name and id with no point for an ocean
    or a large region (``pointless_area``), else the entry's point and admin names."""
    cand, best, conf = sc.cand, sc.entries[sc.best], round(sc.confidence, 3)
    end = unit_word_end(cand, text, sc.city or best)
    span = Span(getattr(ctx, "article_id", ""), cand.start, end, text[cand.start:end])
    mention = "demonym" if cand.cue == "demonym" else "embedded" if cand.scores.get("embedded") else "name"
    if cand.blank:  # the recogniser's mark: a place named, with no point to give (blank beats wrong)
        return Place(span=span, name=cand.text, precision=precision_of(best), confidence=0.0, mention=mention)
    if sc.city is not None:
        best = sc.city
    elif sc.confidence < threshold:
        return Place(span=span, name=cand.text, precision=precision_of(best), confidence=conf, mention=mention)
    if pointless_area(best):  # "the Pacific", "West Africa": which area, and no map point
        return Place(span=span, name=best.name, geonameid=best.gid, country=best.country or None,
                     feature_class=best.feature, precision=precision_of(best), confidence=conf, mention=mention)
    return Place(
        span=span, name=best.name, lat=round(best.lat, 5), lon=round(best.lon, 5), geonameid=best.gid,
        country=best.country or None, admin1=admin1_label(gaz, best),
        admin2=best.admin2 or None, feature_class=best.feature, precision=precision_of(best), confidence=conf,
        mention=mention,
    )


def resolve(cands: list[Candidate], text: str, ctx: Any, gaz: Gazetteer, ranker: Optional[Ranker] = None,
            trace: Optional[list] = None) -> list[Place]:
    """Choose an entry for each candidate and build the Places (offsets into ``text``).

    A place whose calibrated confidence is below the model's threshold keeps its mention and its
    confidence, with no coordinates and no gazetteer id; an ocean or a large region (``pointless_area``) keeps
    its entry's name, id and feature, with no coordinates. ``trace`` (evaluation) receives the Scored
    candidates, one per Place, in the same order."""
    ranker = ranker or default_ranker()
    scored = score_candidates(cands, text, ctx, gaz)
    rank_scored(scored, ranker)
    _story_rules(scored, text, ctx, gaz, ranker.threshold)
    if trace is not None:
        trace.extend(scored)
    return [_place_of(sc, text, ctx, gaz, ranker.threshold) for sc in scored]


from sitrep.geo import (bare_units, building_towns, county_towns, dateline_towns, far_parts, feature_towns,  # noqa: E402
                        home_cities, item_datelines, local_story, named_countries, part_names, same_name, story_unit,
                        towns_beside, unit_towns, variant_towns)  # (their rules use this module's Scored and helpers)
