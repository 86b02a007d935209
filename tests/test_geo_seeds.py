"""Every place an analyst would map in the team's seed reports resolves within 10 km of its true position
(a name the resolver leaves without coordinates is recognised but blank, which is not wrong).

True positions: rounded Wikipedia/GeoNames coordinates (public knowledge), written here independently
of the gazetteer. Skipped when ../shared/seeds is not beside the checkout.
"""
import pytest

from conftest import SEEDS, needs_seeds
from sitrep.geo.resolve import haversine_km
from sitrep.textnorm import fold_name

# name variants as they may be written -> (lat, lon)
TRUTH = {
    # "Idlib" alone, or before a lower-case "city" or "province" (the kind word stays outside the mention, geo/kind_outside.py):
    # the city, or the province in reports that call it "Idlib province" (centroid)
    ("Idlib",): [(35.9306, 36.6339), (35.80, 36.65)],
    # the city, or the governorate where a report says "Aleppo province" (its point in data/gazetteer_supplement)
    ("Aleppo",): [(36.2021, 37.1343), (36.25, 37.50)],
    ("Damascus",): (33.5131, 36.2919),
    ("Saraqeb", "Saraqib", "Sarqeb"): (35.8623, 36.8017),
    ("Nairab", "al-Nayrab", "Nayrab"): (35.86, 36.74),
    ("Al Eis", "Al-Eis", "al-Eis"): (35.97, 37.03),
    ("Al Ghazawiya", "Al-Ghazawiyah"): (36.28, 36.82),
    ("Binnish",): (35.9567, 36.7138),
    ("Deraa", "Daraa", "Dar'a"): (32.6189, 36.1021),
    ("Ankara",): (39.9334, 32.8597),
    ("Moscow",): (55.7558, 37.6173),
    ("Beirut", "BEIRUT"): (33.8938, 35.5018),
    ("Istanbul", "ISTANBUL"): (41.0082, 28.9784),
    ("Sochi",): (43.6028, 39.7342),
    ("M5 highway", "M5"): (35.85, 36.82),  # the highway by Saraqib, where the seeds' fighting was
}


@needs_seeds
def test_seed_places_within_10_km():
    from sitrep.nlp.annotate import Annotator, DocContext

    ann = Annotator()
    found: dict[tuple, list[float]] = {k: [] for k in TRUTH}
    blank: set[tuple] = set()
    texts = sorted(SEEDS.glob("*.txt"))
    assert texts
    for f in texts:
        text = f.read_text(encoding="utf-8")
        an = ann.annotate(text, DocContext(article_id=f.stem))
        for p in an.places:
            assert text[p.span.start:p.span.end] == p.span.text
            for names, where in TRUTH.items():
                if fold_name(p.span.text) in {fold_name(n) for n in names}:
                    if p.lat is None:
                        blank.add(names)
                        break  # left without coordinates (too unsure): blank, not wrong
                    spots = where if isinstance(where, list) else [where]
                    found[names].append(min(haversine_km(p.lat, p.lon, lat, lon) for lat, lon in spots))
                    break
    seen_in_text = {names for names in TRUTH if any(
        fold_name(n) in fold_name(f.read_text(encoding="utf-8")) for f in texts for n in names)}
    missing = [names[0] for names in seen_in_text if not found[names] and names not in blank]
    far = {names[0]: round(max(d), 1) for names, d in found.items() if d and max(d) > 10}
    assert not missing, f"not recognised: {missing}"
    assert not far, f"resolved more than 10 km away: {far}"
