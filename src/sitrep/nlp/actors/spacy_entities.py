"""Which actor, if any, a name the tagger found and the dictionary did not is: a fuzzy match, an ``unk:`` id
when it looks like a person or an organisation, or a place (:func:`_add_spacy_entities`)."""
from __future__ import annotations

import re
from typing import Any, Sequence

from sitrep.nlp.actor_lexicon import unit_keys, unknown_id
from sitrep.nlp.actors.builder import _Builder, _kind_for
from sitrep.nlp.actors.org_shape import _looks_like_org
from sitrep.nlp.actors.place_context import _place_context
from sitrep.nlp.actors.words import _CONNECTORS
from sitrep.nlp.doctext import doc_ents


_ENT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
_TITLES = {"gen", "general", "president", "minister", "col", "colonel", "maj", "major", "brig", "brigadier",
           "lt", "lieutenant", "capt", "captain", "mr", "mrs", "ms", "dr", "sheikh", "commander", "spokesman",
           "spokeswoman", "spokesperson", "ambassador", "envoy", "prime", "king", "prince", "emir", "imam",
           "ayatollah", "senator", "governor", "mayor", "chief"}
_TITLE_RE = re.compile(r"\b(?:(?:Gen|Brig|Col|Maj|Lt|Capt|Dr|Mr|Mrs|Ms)\.?|General|Brigadier|Colonel|Major|"
                       r"Lieutenant|Captain|President|Minister|Sheikh|Commander|Ayatollah)\s+")


def _add_spacy_entities(b: _Builder, doc: Any, focus: Sequence[str]) -> None:
    """Names spaCy found that the dictionary did not: fuzzy match, or an ``unk:`` id if actor-like."""
    res = b.res
    for e in doc_ents(doc):
        if e.label_ not in _ENT_LABELS:
            continue
        start, end = e.start_char, e.end_char
        # drop a leading determiner and a trailing possessive
        etext = e.text
        if etext.lower().startswith("the "):
            start += 4
        titled = False
        label_override = None
        last_title = None
        for tm in _TITLE_RE.finditer(b.text, start, end):
            last_title = tm
        if last_title is not None and last_title.end() < end:
            start, titled, label_override = last_title.end(), True, "PERSON"
        bare = re.sub(r"[^\w\s]", "", b.text[start:end]).lower().strip()
        if bare in _TITLES or (len(bare.split()) == 1 and unit_keys(bare) in res.phrases):
            continue  # a title or a generic word on its own ("Brig", "Army") names nobody
        if re.search(r"['’]s$", etext):
            end -= 2
        if end <= start or b.overlaps(start, end):
            continue
        name = b.text[start:end]
        label = label_override or e.label_
        place = _place_context(doc, start, b.text) and not titled
        aid = res.fuzzy(name) if not place else None
        if aid:
            entry = res.actors[aid]
            b.add(start, end, _kind_for(entry), aid, entry["name"], label)
            continue
        if label in ("GPE", "LOC", "FAC"):
            b.add(start, end, label, None, name, label)
            continue
        if label == "NORP" and not _NORP_SHAPE.search(name):  # the small model calls Aleppo NORP
            first = doc[e.start].is_sent_start or b.text[max(0, start - 1) : start] in ("", "\n")
            b.add(start, end, "NORP" if first else "GPE", None, name, label)
            continue
        words = name.split()
        if place:
            b.add(start, end, "GPE", None, name, label)
        elif label == "PERSON" and len(words) >= 2 and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) \
                and not _looks_like_org(name, res):
            b.add(start, end, "PERSON", unknown_id(name), name, label)
        elif label == "PERSON":
            prev = b.text[max(0, start - 12) : start].replace(".", " ").lower().split()
            titled = titled or (bool(prev) and prev[-1] in _TITLES)
            b.add(start, end, "PERSON", unknown_id(name) if titled else None, name, label)
        elif _looks_like_org(name, res) or (label == "ORG" and len(words) >= 2 and all(w[:1].isupper() for w in words)):
            b.add(start, end, "ORG", unknown_id(name), name, label)
        else:
            b.add(start, end, label if label in ("ORG", "NORP") else "ORG", None, name, label)


_NORP_SHAPE = re.compile(r"(?:an|ans|ese|ish|ic|ics|i|is|ite|ites|ni|nis|s)$", re.I)
