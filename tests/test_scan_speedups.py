"""Speed-ups that must give the very answers of the plain scans they replace (made-up sentences)."""
from rapidfuzz import fuzz, process

from sitrep.geo.country_focus import demonym_countries, demonym_pattern
from sitrep.ingest.textmeta import DATELINE_CAPS, dateline_caps
from sitrep.nlp.actor_lexicon import get_resolver, unit_keys
from sitrep.nlp.regex_needs import word_finditer

LINES = [
    "NORTHVALE, Ruritania — Gunmen attacked a bus on Tuesday.",
    "PORT ELLIS (Wire) -- Two people were hurt.",
    "EAST MARROW / WEST MARROW – The bridge closed.",
    "QUIETON Police said the road was shut.",
    "ABC" + " " * 150 + "x",
    "ABC DEF" + " \t" * 80 + "- y",
    "ABC" + " " * 5000 + "x",  # a long run of spaces: same answer (speed is measured in bench/, never asserted)
    "Nothing here at all",
    "",
]


def test_dateline_caps_is_the_pattern_and_quick_on_long_spaces():
    for ln in LINES:
        a, b = DATELINE_CAPS.match(ln), dateline_caps(ln)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), ln
    assert dateline_caps(LINES[0]) is not None


def test_demonym_scan_at_word_starts_is_finditer():
    pat, _dem = demonym_pattern()
    text = ("Ruritanian and French officials met; the Germans, a South African envoy and non-Italian staff "
            "(Kenyan-born) joined. İTALIAN and ſpanish spellings, PAKISTANIS, unGerman words, Swiss.")
    assert [(m.span(), m.group()) for m in word_finditer(pat, text)] == [(m.span(), m.group()) for m in pat.finditer(text)]
    assert {"FR", "DE", "ZA", "KE", "PK"} <= demonym_countries(text)


def test_actor_fuzzy_by_length_is_one_search_over_every_alias():
    res = get_resolver()
    for name in ("Islamic Stat group", "Boko Haramm", "the Talibn", "Ministry of Defens", "Xyzzy Plugh Corp"):
        res.forget_article()
        key = " ".join(unit_keys(name))
        hit = process.extractOne(key, res._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=90.0)
        want = None if hit is None else next(
            (aid for _raw, kind, aid in res.aliases[tuple(hit[0].split(" "))] if kind == "actor"), None)
        assert res.fuzzy(name) == want, name
