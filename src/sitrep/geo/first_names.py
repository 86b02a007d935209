"""A given name that reads as a person's is no place: "the house of Jose Arrieta" is no San José, "Ambassador
Santiago Velarde" no Santiago, "activist Maria Julia Ortega" no Julia.

Many towns carry a given name ("San José", "Santiago", "San Bernardo"), so a gazetteer matches a lone first name; the
model's labels do not always say person (and a report printed in capitals, once its case is restored, may leave the
surname in lower case: "Jose arrieta"). A one-word candidate that is a common given name (data/first_names.tsv) is
taken for a person's when

- a surname follows it: a word that is no English word and no place (the model's place labels, the place-type
  words) -- "Jose Arrieta", "Jose arrieta"; "Santiago police", "Santiago, Chile" keep their place;
- a title, a person noun or another given name comes right before it: "ambassador Santiago", "Maria Julia";
- or the model labels it a person and nothing before it says place.
"""
from __future__ import annotations

import functools

from sitrep.resources import data_rows

__all__ = ["reads_as_person", "first_names", "english_word"]

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(cols[0].strip().lower() for cols in data_rows("first_names.tsv", ("name", "source"), header="name"))


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Lower-case English words: the lemmatizer's tables and stop words of the loaded spaCy pipeline."""
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    out: set[str] = set(nlp.Defaults.stop_words)
    try:
        lk = nlp.get_pipe("lemmatizer").lookups
    except KeyError:
        return frozenset(out)
    for t in ("lemma_index", "lemma_exc"):
        if lk.has_table(t):
            for v in lk.get_table(t).values():
                out.update(v if isinstance(v, list) else list(v) if isinstance(v, dict) else [])
    return frozenset(w.lower() for w in out if isinstance(w, str))


def english_word(low: str) -> bool:
    """``low`` (lower case) is an English word of the pipeline's tables, or the plural of one ("newcomers")."""
    words = _english_words()
    return low in words or (len(low) > 3 and low.endswith("s") and not low.endswith("ss")
                            and (low[:-1] in words or low.endswith("es") and low[:-2] in words))


def _surname(tok, place_words: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """A word that may be a person's surname or second given name: no English word, no place, no place-type word."""
    low = tok.lower_
    if not tok.is_alpha or len(low) <= 2 or tok.ent_type_ in _PLACE_ENTS or low in place_words:
        return False
    return low in first_names() or low not in _english_words()


@functools.lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns of people (data/figure_lexicon.tsv, class person): "activist", "priest", "ambassador"."""
    from sitrep.nlp.figures import figure_lexicon

    return frozenset(w for w, (_kind, cls) in figure_lexicon().nouns.items() if cls == "person")


def reads_as_person(span, not_towns: dict[str, frozenset[str]], cue: str = "") -> bool:  # type: ignore[no-untyped-def]
    """The one-word candidate ``span`` is a given name that reads as a person's (see the module's note).
    ``not_towns``: data/geo_not_towns.tsv by kind (its titles; its street, feature and facility words name kinds of
    places); ``cue``: the recogniser's locative cue, if any."""
    if len(span) != 1 or span[0].lower_ not in first_names():
        return False
    place_words = not_towns.get("street", frozenset()) | not_towns.get("feature", frozenset()) | not_towns.get(
        "facility", frozenset())
    doc, i = span.doc, span.start
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and _surname(nxt, place_words):
        return True
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and (prev.lower_.rstrip(".") in not_towns.get("title", frozenset())
                             or prev.lemma_.lower() in _person_nouns()
                             or (prev.lower_ in first_names() and prev.ent_type_ not in _PLACE_ENTS)):
        return True
    return span[0].ent_type_ == "PERSON" and not cue
