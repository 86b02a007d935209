"""The place ranker's fitting, labels, abstention threshold and calibration report (numpy only; made-up rows)."""
from types import SimpleNamespace

import numpy as np

from sitrep.geo import rank, training
from sitrep.geo.gazetteer import Entry


def _entry(i, fcode="PPL", fclass="P", country="US", admin1="TX", pop=1000):
    return Entry(i, str(i), f"E{i}", 0.0, 0.0, fclass, fcode, country, admin1, "", pop)


def test_threshold_bounds_the_wrong_far_share_of_the_places_kept():
    rng = np.random.default_rng(0)
    conf = rng.uniform(0, 1, 400)
    # the less sure, the more often far: below 0.3 half are far, above it one in a hundred
    far = np.where(conf < 0.3, rng.uniform(0, 1, 400) < 0.5, rng.uniform(0, 1, 400) < 0.01)
    err = np.where(far, 3000.0, 10.0)
    t = rank.choose_threshold(conf, err, max_wrong_far=0.03)
    kept = conf >= t
    assert (err[kept] > 500).mean() <= 0.03
    assert 0.2 < t < 0.45  # keeps the sure ones, not only a handful
    # no bound: keep everything
    assert rank.choose_threshold(conf, err) == conf.min()


def test_threshold_bound_holds_on_each_set_not_only_on_the_pool():
    rng = np.random.default_rng(1)
    # set A: far places spread over low confidences; set B: never far (a lenient label), and twice as many
    conf_a, conf_b = rng.uniform(0, 1, 300), rng.uniform(0, 1, 600)
    err_a = np.where((conf_a < 0.5) & (rng.uniform(0, 1, 300) < 0.3), 3000.0, 10.0)
    err_b = np.full(600, 10.0)
    conf, err = np.concatenate([conf_a, conf_b]), np.concatenate([err_a, err_b])
    corpus = ["A"] * 300 + ["B"] * 600
    pooled = rank.choose_threshold(conf, err, max_wrong_far=0.03)
    each = training.threshold_each_set(conf, err, corpus, max_wrong_far=0.03)
    assert each >= pooled
    assert (err_a[conf_a >= each] > 500).mean() <= 0.03  # the bound holds on set A itself
    assert (err_a[conf_a >= pooled] > 500).mean() > 0.03  # the pooled threshold let A's far places through
    # one set named: the pooled threshold
    assert training.threshold_each_set(conf, err, [""] * 900, max_wrong_far=0.03) == pooled


def test_threshold_is_one_when_no_set_of_places_is_good_enough():
    conf = np.linspace(0.1, 0.9, 50)
    assert rank.choose_threshold(conf, np.full(50, 5000.0), max_wrong_far=0.03) == 1.0


def test_a_country_is_right_by_its_own_point_but_a_far_town_is_not():
    country = _entry(1, fcode="PCLI", fclass="A", admin1="00")
    town = _entry(2)
    sc = SimpleNamespace(entries=[country, town])
    # a set that puts the country 900 km from the gazetteer's point: the country is still the place meant
    assert list(training.right_entries(sc, np.array([900.0, 7000.0]))) == [1.0, 0.0]
    # a town 900 km away is wrong, and so is a country when a nearer entry is the one meant
    sc2 = SimpleNamespace(entries=[town, country])
    assert list(training.right_entries(sc2, np.array([900.0, 7000.0]))) == [0.0, 0.0]
    assert list(training.right_entries(sc, np.array([9000.0, 30.0]))) == [0.0, 1.0]


def test_co_mentioned_names_vote_for_their_state():
    tx, fl = _entry(1, admin1="TX"), _entry(2, admin1="FL")
    votes = rank.admin1_votes([("here", [tx, fl]), ("a", [_entry(3, admin1="FL")]),
                               ("b", [_entry(4, admin1="FL"), _entry(5, admin1="GA")]), ("a", [_entry(6, admin1="TX")])])
    s = rank.admin1_support(votes, "here", [tx, fl])
    # "a" (one state) votes 1 for FL, "b" (two states) 0.5; the name's own entries do not vote for themselves
    assert s[0] == 0.0 and abs(s[1] - 0.75) < 1e-9
    assert list(rank.admin1_support(rank.admin1_votes([("here", [tx])]), "here", [tx])) == [0.0]


def test_conditional_logit_learns_the_feature_that_marks_the_right_entry():
    rng = np.random.default_rng(1)
    groups = []
    for _ in range(60):
        X = np.zeros((3, rank.NF))
        X[:, 3] = rng.uniform(0, 1, 3)  # noise
        right = int(rng.integers(0, 3))
        X[right, 10] = 1.0
        groups.append((X, (np.arange(3) == right).astype(float)))
    w = rank.fit_conditional_logit(groups, iters=300)
    assert w[10] > 1.0 and w[10] > abs(w[3])
    assert all(int(np.argmax(X @ w)) == int(np.argmax(y)) for X, y in groups)


def test_reliability_table_and_scores():
    ch = [(0.95, True, 1.0)] * 9 + [(0.95, False, 900.0)] + [(0.15, False, 3000.0)] * 9 + [(0.15, True, 20.0)]
    r = training.reliability(ch)
    assert r["n"] == 20 and [b["n"] for b in r["table"]] == [10, 10]
    assert abs(r["table"][0]["right"] - 0.1) < 1e-9 and abs(r["table"][1]["right"] - 0.9) < 1e-9
    assert r["ece"] < 0.06 and r["brier"] < 0.1
    assert abs(r["auc_right_above_wrong"] - 0.9) < 1e-9  # 81 pairs in order, 18 tied, 1 reversed
    assert training.reliability([]) == {}


def test_platt_rescaling_keeps_the_order_and_the_places_kept():
    rng = np.random.default_rng(3)
    rows = []
    for _ in range(40):
        r = training.DocRows()
        for _ in range(6):
            es = [_entry(1), _entry(2, admin1="FL")]
            X = np.zeros((2, rank.NF))
            X[:, 3] = rng.uniform(0, 1, 2)
            cand = SimpleNamespace(entries=es, match="exact", label="GPE", cue="", weak=False, scores={})
            sc = SimpleNamespace(cand=cand, entries=es, X=X, focus={})
            d = np.array([10.0, 3000.0]) if X[0, 3] > X[1, 3] else np.array([3000.0, 10.0])
            r.rank.append((sc, d))
            r.cal.append((sc, d))
        rows.append(r)
    a = training.fit_all(rows, recalibrate=False)
    b = training.fit_all(rows, recalibrate=True)
    assert np.allclose(a.w, b.w)
    from sitrep.geo.resolve import calibration_features

    C = np.array([calibration_features(sc, sc.X @ a.w, sc.focus) for r in rows for sc, _d in r.cal])
    ca, cb = a.confidence(C), b.confidence(C)
    assert np.array_equal(np.argsort(ca, kind="stable"), np.argsort(cb, kind="stable")) or np.allclose(ca, ca[0])
    assert np.array_equal(ca >= a.threshold, cb >= b.threshold)


def _at(i, lat, lon, fcode="PPL", fclass="P", pop=1000, name=None):
    return Entry(i, str(i), name or f"E{i}", lat, lon, fclass, fcode, "GB", "01", "", pop)


def test_a_town_wins_a_near_tie_with_a_province_at_the_same_spot():
    es = [_at(1, 52.64, -1.13, pop=300000, name="Leicester"), _at(2, 52.637, -1.14, "ADM1", "A", 0, name="Leicester"),
          _at(3, 40.0, -70.0)]
    X = np.zeros((3, rank.NF))
    z = np.array([7.2, 7.4, 1.0])
    assert int(np.argmax(rank.prefer_town(z, es, X))) == 0
    # the text calls it a province: the province stays
    X[1, rank.KIND_FIT] = 1.0
    assert int(np.argmax(rank.prefer_town(z, es, X))) == 1
    # a clear win, or a town far from the province, changes nothing
    X[1, rank.KIND_FIT] = 0.0
    assert int(np.argmax(rank.prefer_town(np.array([5.0, 7.4, 1.0]), es, X))) == 1
    far = [_at(1, 50.0, 1.0, pop=300000, name="Leicester")] + es[1:]
    assert int(np.argmax(rank.prefer_town(z, far, X))) == 1
    # a town matched by an alias, not by its own name (a state's capital called "X City"), does not replace the state
    capital = [_at(1, 52.64, -1.13, pop=300000, name="Leicester City")] + es[1:]
    assert int(np.argmax(rank.prefer_town(z, capital, X))) == 1
