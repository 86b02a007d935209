"""How surely an actor1 reading names the one who acted: a hand-set prior by how the role was read, or the learned
logistic model of scripts/train_actor_conf.py when adopted (data/models/actor_conf.json)."""
from __future__ import annotations

import functools
from typing import Optional

from sitrep.events.nominal import armed_words
from sitrep.events.roles import ActorFinder, is_person
from sitrep.model import ActorRef
from sitrep.resources import data_path


# how surely each reading names the one who acted: the hand-set prior, used when no learned model is there
HOW_CONFIDENCE = {"by": 0.9, "subject": 0.8, "possessor": 0.7, "modifier": 0.7, "accused": 0.7, "between": 0.6,
                  "inherited": 0.6, "antecedent": 0.5}
ACTOR1_MIN_CONFIDENCE = 0.5  # the hand-set prior's gate; a learned model brings its own threshold
HOWS = ("by", "subject", "inherited", "possessor", "modifier", "between", "antecedent", "accused")
FEATURES = (*(f"how_{h}" for h in HOWS), "dictionary", "adhoc", "person", "civilians", "armed_noun",
            "pronoun", "propn", "agent_is_trigger_subject")
FEATURE_LOG: Optional[list] = None  # set to a list by scripts/train_actor_conf.py to collect (features, ref)


def actor1_features(how: str, ref: ActorRef, finder: ActorFinder, agent=None) -> list[float]:  # type: ignore[no-untyped-def]
    """Explicit features of an actor1 reading (names in :data:`FEATURES`): how the role was found, what kind of
    entity it resolved to, whether its phrase is an armed-group noun, whether the agent word is a pronoun."""
    def stem(w: str) -> str:  # "gunmen" -> "gunman", "rebels" -> "rebel"
        w = w.lower()
        return w[:-3] + "man" if w.endswith("men") else w.rstrip("s")

    words = {stem(w) for w in ref.name.split()}
    armed = bool(words & {stem(w) for w in armed_words()})
    dict_type = finder._dictionary_type(ref.entity_id)
    f = [1.0 if how == h else 0.0 for h in HOWS]
    f += [float(dict_type is not None), float(ref.entity_id.startswith("x:")), float(is_person(ref, finder)),
          float(ref.entity_id == "CIVILIANS"), float(armed),
          float(agent is not None and agent.pos_ == "PRON"), float(agent is not None and agent.pos_ == "PROPN"),
          float(agent is not None and agent.dep_ == "nsubj")]
    return f


def _relation_head(ref: ActorRef) -> bool:
    """The ad-hoc actor's head word is a kin or offender noun of data/relation_nouns.tsv ("her ex-boyfriend", "two
    robbers")."""
    from sitrep.events.roles import relation_nouns

    words = ref.name.lower().split()
    if not words:
        return False
    head = words[-1].split("-")[-1]
    forms = {head, head.rstrip("s"), head[:-3] + "y" if head.endswith("ies") else head}  # "robbers", "burglaries" aside
    return bool(forms & relation_nouns())


@functools.lru_cache(maxsize=1)
def _learned() -> Optional[dict]:
    """data/models/actor_conf.json (scripts/train_actor_conf.py) when present, built for these features and adopted
    (its cross-validated curve beat the hand-set prior; see data/models/actor_conf.manifest.json)."""
    try:
        with open(data_path("models/actor_conf.json"), encoding="utf-8") as fh:
            import json

            m = json.load(fh)
    except (OSError, ValueError):
        return None
    return m if tuple(m.get("features", ())) == FEATURES and m.get("adopted") else None


def actor1_threshold() -> float:
    m = _learned()
    return float(m["threshold"]) if m else ACTOR1_MIN_CONFIDENCE


def actor1_confidence(how: str, ref: ActorRef, finder: ActorFinder, agent=None) -> float:  # type: ignore[no-untyped-def]
    """The reading's confidence: the learned logistic model's probability that this actor1 is right
    (data/models/actor_conf.json), else the hand-set prior -- raised for an actor of the dictionary, lowered for
    an ad-hoc phrase and for civilians (kept only from a by-phrase: "the massacre by villagers")."""
    feats = actor1_features(how, ref, finder, agent)
    if FEATURE_LOG is not None:
        FEATURE_LOG.append((feats, ref))
    m = _learned()
    if m is not None:
        import math

        z = m["bias"] + sum(w * x for w, x in zip(m["weights"], feats))
        return round(1.0 / (1.0 + math.exp(-z)), 3)
    conf = HOW_CONFIDENCE.get(how, 0.6)
    if ref.entity_id == "CIVILIANS":
        conf -= 0.35  # civilians are victims unless the sentence says outright that they acted ("a massacre by villagers")
    if ref.entity_id.startswith("x:"):
        if not feats[FEATURES.index("armed_noun")]:
            # "a woman", "Turkish scholars": no armed group; a named person a little less sure than a group; one named
            # by relation or offence ("her ex-boyfriend", "the robbers": data/relation_nouns.tsv) is who acted as
            # surely as an armed noun would be
            conf -= 0.0 if _relation_head(ref) else 0.05 if is_person(ref, finder) else 0.15
    elif finder._dictionary_type(ref.entity_id) is not None:
        conf += 0.1
    return round(min(conf, 0.99), 2)
