"""The learned sub-type decision (events/subtype_model.py) and its training script (scripts/train_subtype.py).

Sentences written for these tests; places and groups are made up. Nothing here needs ../shared."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from events_helpers import Builder

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def onto():
    from sitrep.events.ontology import load_ontology

    return load_ontology()


def subs(text):
    return [(e.event_type, e.sub_event_type or e.plover) for e in Builder(text).run()]


# ---------------------------------------------------------------- features
def test_cue_lists_the_sentence_hits_are_features(onto):
    from sitrep.events.subtype_model import features

    lem = ["unknown", "man", "throw", "a", "grenade", "at", "the", "police", "station"]
    f = features(lem, "throw", "vac.attack", onto, ("instrument_grenade", "instrument_air", "state_words"))
    assert "q:instrument_grenade" in f and "q:instrument_air" not in f
    assert {"w:grenade", "t:throw", "r:vac.attack"} <= set(f) and "w:the" not in f
    # without the ontology (or with no cue lists named) only words, trigger and the rules' type
    assert not [x for x in features(lem, "throw", "vac.attack") if x.startswith("q:")]
    assert not [x for x in features(lem, "throw", "vac.attack", onto) if x.startswith("q:")]


def test_the_committed_weights_name_their_cue_lists_and_threshold(onto):
    from sitrep.events.subtype_model import load_model

    m = load_model()
    if m is None:
        pytest.skip("no learned sub-type weights committed")
    assert all(onto.cue(c) for c in m.get("cues", ())), "a cue list the model uses is missing from the ontology"
    assert 0.5 <= m["threshold"] <= 1.0  # never below the floor the training script keeps
    assert any(f.startswith("q:") for f in m["features"])


# ---------------------------------------------------------------- when the model may replace the rules' type
def test_a_bare_explosion_leaves_acled_only_when_no_bomb_is_named(onto):
    from sitrep.events.subtype_model import may_replace

    assert may_replace(onto, "explosions.ied", "outside.man_made_disaster",
                       frozenset({"gas", "cylinder", "explode", "kitchen"}))
    assert not may_replace(onto, "explosions.ied", "outside.man_made_disaster",
                           frozenset({"bomb", "explode", "bus", "station"}))
    assert not may_replace(onto, "explosions.ied", "outside.man_made_disaster", frozenset({"bombing", "kill"}))
    assert not may_replace(onto, "vac.attack", "outside.crime", frozenset({"gunman", "kill"}))


def test_a_policed_protest_or_an_accident_moves_on_only_when_the_sentence_says_why(onto):
    from sitrep.events.subtype_model import may_replace

    # protesters' own violence named: the police's intervention does not make the protest peaceful
    assert may_replace(onto, "protests.intervention", "riots.violent_demonstration",
                       frozenset({"protester", "throw", "stone", "police", "tear", "gas"}))
    assert not may_replace(onto, "protests.intervention", "riots.violent_demonstration",
                           frozenset({"police", "disperse", "student", "tear", "gas"}))
    assert not may_replace(onto, "protests.intervention", "protests.peaceful", frozenset({"stone", "throw"}))
    # an "accident" whose sentence names a bomb is an explosion; one naming none stays an accident
    assert may_replace(onto, "outside.man_made_disaster", "explosions.ied", frozenset({"bomb", "factory", "explode"}))
    assert not may_replace(onto, "outside.man_made_disaster", "explosions.ied", frozenset({"boiler", "factory", "explode"}))
    assert not may_replace(onto, "outside.man_made_disaster", "vac.attack", frozenset({"bomb", "factory"}))


def _toy_model(cls: str, p_word: str, threshold: float = 0.5) -> dict:
    """A two-class model that is sure of ``cls`` when the sentence has ``p_word``."""
    m = {"classes": [cls, "vac.attack"], "threshold": threshold, "cues": [], "features": [f"w:{p_word}"],
         "bias": [0.0, 1.0], "weights": [[6.0, 0.0]]}
    m["_index"] = {f: i for i, f in enumerate(m["features"])}
    return m


def test_the_model_replaces_a_generic_type_only_when_sure_and_allowed(onto):
    from sitrep.events.subtype_model import decide
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    doc = nlp("Fighters attacked the village and raped women.")
    sent, trig = doc[:], doc[1]
    attack, sexual = onto.types["vac.attack"], onto.types["vac.sexual"]
    assert decide(onto, attack, sent, trig, _toy_model("vac.sexual", "village")).code == "vac.sexual"
    # not sure enough: the rules' type stays
    assert decide(onto, attack, sent, trig, _toy_model("vac.sexual", "village", threshold=0.999)).code == "vac.attack"
    # the word is absent: the model is not sure of the other class
    assert decide(onto, attack, sent, trig, _toy_model("vac.sexual", "bomb")).code == "vac.attack"
    # a type read off a specific cue is never replaced, nor is a political event, nor is one made
    air = onto.types["explosions.air_drone"]
    assert decide(onto, air, sent, trig, _toy_model("vac.sexual", "village")).code == "explosions.air_drone"
    pol = next(t for t in onto.types.values() if t.event_type == "Political")
    assert decide(onto, pol, sent, trig, _toy_model("vac.sexual", "village")).code == pol.code
    assert decide(onto, attack, sent, trig, _toy_model(pol.code, "village")).code == "vac.attack"
    assert sexual.code == "vac.sexual"


def test_the_model_takes_no_weapon_named_only_in_another_deeds_clause(onto):
    from sitrep.events.subtype_model import decide
    from sitrep.nlp.models import load_pipeline

    doc = load_pipeline()("The raid came two days after a suicide bomber killed four traders at a market in Kano.")
    sent, trig = doc[:], doc[1]
    bomber = next(t for t in doc if t.lower_ == "killed")
    other = frozenset(x.i for x in bomber.subtree)
    attack, model = onto.types["vac.attack"], _toy_model("explosions.suicide", "suicide")
    assert decide(onto, attack, sent, trig, model).code == "explosions.suicide"  # the sentence alone
    assert decide(onto, attack, sent, trig, model, other=other).code == "vac.attack"
    # the weapon told in the deed's own clause still moves it
    doc2 = load_pipeline()("The raid by a suicide bomber killed four traders at a market in Kano.")
    assert decide(onto, attack, doc2[:], doc2[1], model, other=frozenset()).code == "explosions.suicide"


# ---------------------------------------------------------------- on sentences, with the committed weights
def _needs_model():
    from sitrep.events.subtype_model import ENABLED, load_model

    if not ENABLED or load_model() is None:
        pytest.skip("learned sub-type decision off or not committed")


def test_a_named_bomb_stays_an_explosion_and_an_industrial_blast_stays_an_accident():
    _needs_model()
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in subs(
        "A bomb went off near a taxi rank in Tessor, killing three men.")
    assert ("Outside ACLED", "Man-made disaster") in subs(
        "A gas cylinder exploded in a restaurant kitchen in Tessor, killing two cooks.")


def test_protesters_own_violence_makes_a_violent_demonstration_a_peaceful_march_stays_peaceful():
    _needs_model()
    assert ("Riots", "Violent demonstration") in subs(
        "Hundreds of students protested in Tessor and blocked the main road with burning tyres.")
    got = subs("Hundreds of students protested peacefully in Tessor against the new fees.")
    assert ("Protests", "Peaceful protest") in got and ("Riots", "Violent demonstration") not in got


def test_an_attack_with_rape_is_sexual_violence_a_plain_killing_stays_an_attack():
    _needs_model()
    assert ("Violence against civilians", "Sexual violence") in subs(
        "Fighters attacked a village near Tessor and raped several women.")
    got = subs("Gunmen killed three farmers in their fields near Tessor.")
    assert got and all(s == ("Violence against civilians", "Attack") for s in got if s[0] != "Political")


def test_an_announced_offensive_is_not_a_change_of_group():
    _needs_model()
    got = subs("The Veldorian army announced a new offensive near Kharbet on Friday.")
    assert ("Strategic developments", "Change to group/activity") not in got


# ---------------------------------------------------------------- the training script
@pytest.fixture(scope="module")
def train():
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "bench"))
    import train_subtype

    return train_subtype


def test_the_fit_is_deterministic_and_separates_a_toy_problem(train):
    rng = np.random.default_rng(0)
    X = (rng.random((60, 12)) < 0.2).astype(float)
    y = np.arange(60) % 3
    X[:, :3] = 0.0
    X[np.arange(60), y] = 1.0  # feature k marks class k; the others are noise
    W1, b1 = train.fit(X, y, 3, l2=1e-3)
    W2, b2 = train.fit(X, y, 3, l2=1e-3)
    assert np.array_equal(W1, W2) and np.array_equal(b1, b2)
    assert (train.softmax_rows(X @ W1 + b1).argmax(axis=1) == y).all()
    # a stronger penalty gives smaller weights
    W3, _ = train.fit(X, y, 3, l2=1.0)
    assert np.abs(W3).sum() < np.abs(W1).sum()


def test_folds_are_disjoint_cover_everything_and_depend_only_on_the_seed(train):
    idx = np.arange(23)
    f = train.folds_of(idx, 5, 15)
    assert sorted(np.concatenate(f).tolist()) == idx.tolist()
    assert all(len(set(a) & set(b)) == 0 for i, a in enumerate(f) for b in f[i + 1:])
    assert [x.tolist() for x in train.folds_of(idx, 5, 15)] == [x.tolist() for x in f]
    assert [x.tolist() for x in train.folds_of(idx, 5, 16)] != [x.tolist() for x in f]


def test_system_codes_say_nothing_without_an_event_and_keep_the_rules_when_unsure(train, onto):
    classes = ["vac.attack", "vac.sexual"]
    raw = [(["rape"], "attack", "vac.attack", "ATTACK"), (["rape"], "attack", "vac.attack", "ATTACK"),
           (["x"], "", None, None), (["rape"], "strike", "explosions.air_drone", "AIR_STRIKE")]
    probs = np.array([[0.1, 0.9], [0.45, 0.55], [0.0, 1.0], [0.0, 1.0]])
    assert train.system_codes(probs, classes, raw, onto, 0.6) == ["SEX_VIOL", "ATTACK", None, "AIR_STRIKE"]


def test_the_confusion_counts_what_each_code_was_taken_for(train):
    c = train.confusion(["A", "A", "B", "B"], ["A", "B", "B", None])
    assert c["A"]["n"] == 2 and c["A"]["r"] == 0.5 and c["A"]["taken_for"] == {"B": 1}
    assert c["B"]["p"] == 0.5 and c["B"]["taken_for"] == {"None": 1}
