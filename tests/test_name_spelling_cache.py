"""strict_name and spelling are remembered (speed): the remembered answer is the computed one."""
from sitrep.geo import gazetteer as G

NAMES = ["Mure\u0219", "al-Nayrab", "The Hague", "O'Hare", "Saint-\u00c9tienne", "", "New  York", "\u0130zmir"]


def test_remembered_spelling_equals_computed():
    for n in NAMES:
        assert G.strict_name(n) == G.strict_name.__wrapped__(n)
        assert G.strict_name(n) == G.strict_name.__wrapped__(n)  # second call: from the cache
        assert G.spelling(n) == G.spelling.__wrapped__(n) == G.spelling(n)
    assert G.strict_name("Mure\u0219") == "mures"


def test_forget_lookups_forgets_them(tmp_path):
    G.spelling("Aleppo")
    assert G.spelling.cache_info().currsize > 0
    fake = G.Gazetteer.__new__(G.Gazetteer)  # no file needed: only the remembered answers are dropped
    fake._key_cache, fake._skel_cache, fake._fuzzy_cache, fake._country_cache = {}, {}, {}, {}
    G.Gazetteer.forget_lookups(fake)
    assert G.spelling.cache_info().currsize == 0 and G.strict_name.cache_info().currsize == 0
