"""A small town matched only by a loose spelling, far from every other town of the story, is not the one meant.

``recognize`` looks a name up by a close spelling (geo/variant_spelling.py) where the text says it is a place;
the spelling it finds is often another town's: "Miyapur", a Hyderabad suburb the gazetteer lacks, read as Mayapur
in West Bengal, 1,150 km off; "Cebreiro" of "Pedrafita do Cebreiro" as Cabrero in Extremadura; "Suame", a Kumasi
suburb, as a Peruvian village; "Bariyarpur" of a Bihar village, "Kitaakita" of a Japanese one, "the Drina" as a
Serbian village. Such a town (a place of under ``LONE_TOWN_MAX`` people matched by no name of its own) that lies
more than ``VARIANT_KM`` from every other town the text resolves keeps no point (blank beats wrong). A variant town
near the story's other towns keeps its point ("Kwall" near Jos; "Bulo Burde", Buulobarde, 200 km from a Mogadishu
dateline: a province's town is often that far from the capital that reports it), and so does one in a text with no
other town to judge by. A name the text calls a unit ("Raigad district", cue ``admin``) matched only to a town of
another spelling is judged so whatever the town's size: "Raigad district" of a Mumbai report is no Raigarh,
Chhattisgarh (150,000 people, 1,130 km off). A peak, volcano or other natural point (feature classes T and H)
matched only by a loose spelling is judged the same way: "Mount Marapi" of a West Sumatra report is no Mount Merapi
in Java, 1,360 km from the report's towns. A spelling that differs from the entry's only in its apostrophes, hyphens
and spaces ("Birni N'Konni" for GeoNames' Birni N Konni) is the entry's own name, not a loose one: it is not judged.
A small town matched as written only by an alternate spelling of its own name (both fold to one key: "Bule" for
Bulle, Switzerland, in a report from Ituri whose other towns are Congolese) is such a loose match too, where no
other place of the text lies in its country and the article's countries were not known when it was looked up (an
entity model that took the report's towns for organisations leaves no region to keep it out:
geo/spelling_variants.spelling_only_abroad).
"""
from __future__ import annotations

from sitrep.geo.gazetteer import precision_of
from sitrep.geo.resolve import Scored, haversine_km
from sitrep.textnorm import strip_accents

VARIANT_KM = 250.0  # beyond a local story's reach (local_story.LOCAL_KM, 150 km): a province's town reported from the capital


def variant_towns_far_off(scored: list[Scored], threshold: float) -> None:
    """See the module's doc."""
    from sitrep.geo.local_story import LONE_TOWN_MAX

    picked = [(sc, sc.city or sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.confidence >= threshold]
    towns = [(sc, e) for sc, e in picked if precision_of(e) == "town"]
    # a peak, volcano or other natural point so matched is judged the same way: "Mount Marapi" of a West Sumatra
    # report is no Mount Merapi in Java, 1,360 km off
    features = [(sc, e) for sc, e in picked if precision_of(e) == "point" and e.fclass in ("T", "H")]
    for sc, e in towns + features:
        if not (sc.cand.match == "variant" or alternate_spelling_only(sc, e) and not home_country(e, sc, picked)) \
                or sc.city is not None \
                or same_letters(sc.cand.text, e.name) \
                or e.fclass == "P" and e.population >= LONE_TOWN_MAX and sc.cand.cue != "admin":
            continue  # (a unit the text names, "Raigad district", is no town of another spelling, whatever its size)
        others = [o for o2, o in towns if o2 is not sc and o.gid != e.gid and o2.cand.match != "variant"
                  and not alternate_spelling_only(o2, o)]
        if others and all(haversine_km(e.lat, e.lon, o.lat, o.lon) > VARIANT_KM for o in others):
            sc.confidence = 0.0


def alternate_spelling_only(sc: Scored, e: object) -> bool:
    """``e`` was matched as written only by an alternate spelling of a small town's own name ("Bule" for Bulle:
    both fold the same; geo/spelling_variants.spelling_only): a loose spelling like a variant's."""
    from sitrep.geo.spelling_variants import spelling_only
    from sitrep.textnorm import fold_name

    return sc.cand.match == "exact" and spelling_only(e, fold_name(sc.cand.text))


def home_country(e: object, sc: Scored, picked: list) -> bool:
    """Another place the text resolves lies in ``e``'s country: the article's countries are known there, and a
    town spelled as one of its own alternate names is that country's ("Dhusamareb, capital of Somalia's Galmudug
    state" under a Mogadishu dateline is GeoNames' Dhuusamarreeb, 500 km from the dateline)."""
    return any(o2 is not sc and getattr(o, "country", None) == e.country for o2, o in picked)


def same_letters(said: str, name: str) -> bool:
    """``said`` and ``name`` have the same letters and digits (accents and case aside) once apostrophes, hyphens and
    spaces are dropped."""
    def letters(s: str) -> str:
        return "".join(ch for ch in strip_accents(s).casefold() if ch.isalnum())
    return letters(said) == letters(name)
