"""The speed-ups of branch speed10 give the answers of the plain readings they replace, on sentences written for
these tests: the fatal-phrase gate (a verb that holds no "dead", "death" or "deceased"), the latitude pre-check of
``within_km``, the home town kept between the story rules' asks, the claimant's "according" and the self-named
subjects read from the Doc's lists.

Uses the spaCy model and the real gazetteer (built into build/ on first use)."""
import random

import pytest

TEXTS = [
    "Gunmen shot dead a shopkeeper in Kelmor on Sunday, police said. Two guards were beaten to death and a third "
    "passed away in hospital; a fourth man succumbed to his wounds.",
    "Villagers found Tarro Benz, 44, and Misha Oltan, 51, dead near the river. He was pronounced deceased at the scene.",
    "A man was sentenced to death on Monday. The court heard that the accused left a guard dead Saturday.",
    "According to the interior ministry, the rebels attacked the convoy. A group calling itself Red Dawn Front "
    "claimed responsibility, while soldiers laid down their lives defending the post.",
    "Protesters marched through the town and the police fired tear gas; nobody was hurt, officials said.",
]


@pytest.fixture(scope="module")
def nlp():
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.nlp.models import load_pipeline

    get_gazetteer()
    return load_pipeline()


def test_fatal_phrase_gate_drops_no_fatal_verb(nlp, monkeypatch):
    from sitrep.nlp.victims import fatal

    seen = 0
    for text in TEXTS:
        doc = nlp(text)
        gated = [fatal.fatal_phrase(tok) for tok in doc]
        with monkeypatch.context() as m:
            m.setattr(fatal, "_dead_word_hosts", lambda doc: None)  # every verb read in full
            plain = [fatal.fatal_phrase(tok) for tok in doc]
        assert gated == plain, text
        seen += sum(plain)
    assert seen >= 5  # the texts hold fatal phrases the gate must let through


def test_within_km_is_the_haversine_test():
    from sitrep.geo.distance import haversine_km, within_km

    rnd = random.Random(7)
    for _ in range(20000):
        lat1, lon1 = rnd.uniform(-89, 89), rnd.uniform(-180, 180)
        lat2, lon2 = lat1 + rnd.uniform(-3, 3), lon1 + rnd.uniform(-3, 3)
        for km in (60.0, 150.0, 500.0):
            assert within_km(lat1, lon1, lat2, lon2, km) == (haversine_km(lat1, lon1, lat2, lon2) <= km)
    assert within_km(0.0, 0.0, 150 / 6371.0 * 57.29577951308232, 0.0, 150.0 + 1e-6)  # the edge of the arc is kept


def test_home_town_is_asked_again_after_a_rule_changes_a_choice(nlp):
    import sitrep.geo.resolve  # noqa: F401  (resolve loads the story rules' modules in their order)
    from sitrep.geo import local_story
    from sitrep.geo.candidate_scoring import rank_scored, score_candidates
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.rank import default_ranker
    from sitrep.nlp.annotate import DocContext
    from sitrep.geo.places import _recognizer, _text_focus
    from sitrep.model import Analysis
    from sitrep.nlp.actors import extract_entities

    text = ("A driver from Strathroy was hurt in a crash near Woodstock, and a woman from St. Thomas was taken to "
            "a trauma centre in London, police said. Traffic near Ingersoll was slow.")
    doc = nlp(text)
    ctx, gaz, ranker = DocContext(article_id="t"), get_gazetteer(), default_ranker()
    an = Analysis(article_id="t")
    an.entities = extract_entities(doc, ctx, an)
    cands = _recognizer(gaz).candidates(doc, ctx, an, focus=_text_focus(doc, gaz, ctx))
    scored = score_candidates(cands, text, ctx, gaz)
    rank_scored(scored, ranker)
    thr = ranker.threshold
    first = local_story.home_town_scored(scored, text, ctx, thr)
    assert first is not None and first is local_story._home_town(scored, text, ctx, thr)
    assert local_story.home_town_scored(scored, text, ctx, thr) is first
    for sc in scored:  # a rule drops a town's point: the answer is worked out again
        if sc is first:
            sc.confidence = 0.0
    assert local_story.home_town_scored(scored, text, ctx, thr) is local_story._home_town(scored, text, ctx, thr)
    other = list(scored)  # another list (another article) is never answered from the kept one
    assert local_story.home_town_scored(other, text, ctx, thr) is local_story._home_town(other, text, ctx, thr)


def test_claimant_and_self_named_subjects_read_from_lists(nlp):
    from sitrep.nlp.doctext import doc_attr

    doc = nlp(TEXTS[3])
    assert doc_attr(doc, "dep_") == [t.dep_ for t in doc]
    according = [t.i for t in doc if t.lower_ == "according"]
    lowers = doc_attr(doc, "lower_")
    assert according == [i for i in range(len(doc)) if lowers[i] == "according"] and according
