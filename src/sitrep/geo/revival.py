"""Reviving rejected candidates: a name rejected for want of evidence that the article repeats where it stands
as a place (one sense per article), and the unambiguous names among them; split out of geo/recognize.py.
"""

from __future__ import annotations

from typing import Any, Callable

from sitrep.geo.candidate import Candidate
from sitrep.geo.first_names import first_names
from sitrep.geo.gazetteer import precision_of
from sitrep.geo.kind_words import COARSE
from sitrep.geo.listed import revive_listed
from sitrep.geo.span_evidence import PLACE_LABELS
from sitrep.geo.span_reader import ACRONYMS


def known_unambiguous(c: Candidate) -> bool:
    """A name that by itself says which place it is: the own name of a country, first-level unit, continent,
    sea or named region, or of a city that dwarfs every namesake (>= 100,000 people and 20 times the next)."""
    if c.match != "exact":
        return False
    if any(e.primary and precision_of(e) in COARSE for e in c.entries) or c.text.replace(".", "") in ACRONYMS:
        return True
    if any(e.gid.startswith("sup:") for e in c.entries):
        return True  # a reviewed supplement line (a village, road or crossing of a covered conflict)
    pops = sorted((e.population for e in c.entries if e.primary), reverse=True)
    if pops and pops[0] >= 100_000 and pops[0] >= 20 * max(pops[1] if len(pops) > 1 else 0, 1):
        return True
    # one place under every entry of the name (all within 25 km), and a town of some size
    es = c.entries[:20]
    big = max(es, key=lambda e: e.population)
    return big.population >= 10_000 and len(c.entries) <= 20 and all(
        abs(e.lat - big.lat) < 0.25 and abs(e.lon - big.lon) < 0.3 for e in es)


def revive_repeated(kept: list[Candidate], rejected: list[Candidate], full_names: frozenset[str],
                     reject: Any) -> list[Candidate]:
    """One name, one sense per article: a bare name turned down only for want of evidence (the model's organisation
    label or none on this mention, its word tagged a person's elsewhere) is taken where the article gives the same
    name as a place elsewhere with both a place label and a locative cue ("the airport in Carrow" before "flights
    to Hollin and Carrow"). The hard rejections still hold (``reject`` with the repetition as the evidence); a
    mention the model labels a person's, a word of a person's full name in the text ("Lena Carrow") and a name of
    two countries ("Congo") are never revived. ``reject`` is called with ``repeated``: the tags of a sentence's
    first word ("Sagaing, west of Mandalay, ..." read as a verb) are then no evidence against a name the article
    has placed (:func:`common_word`)."""
    strong = {c.text for c in kept if c.match == "exact" and not c.weak and not c.scores.get("embedded")
              and c.label in PLACE_LABELS and c.cue in ("admin", "city", "context")
              and sum(precision_of(e) == "country" for e in c.entries) < 2}
    if not strong:
        return kept
    added = []
    for c in rejected:
        if c.text not in strong or c.match != "exact" or c.label == "PERSON" or c.text.lower() in full_names \
                or any(c.start < k.end and k.start < c.end for k in kept + added):
            continue
        saved = (c.entries, c.cue, c.weak, dict(c.scores))
        if reject(c, True) or c.scores.get("embedded"):
            c.entries, c.cue, c.weak, c.scores = saved
            continue
        c.cue = c.cue or "context"
        added.append(c)
    return sorted(kept + added, key=lambda x: x.start) if added else kept


def revive_rejected(text: str, ents: Any, kept: list[Candidate], rejected: list[Candidate],
                     full_names: frozenset[str], reject: Callable[..., bool]) -> list[Candidate]:
    """The kept candidates with the rejected ones a list (geo/listed.py) or a repetition revives; ``reject`` is
    the rejection test as it reads a listed name. A list stands against a word of a person's full name only where
    that name opens on a given name ("SOS Children's Village Malakal", tagged a person, names no one called
    Malakal)."""
    given = first_names()
    named = frozenset(t.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2
                      and ent[0].lower_ in given for t in ent)
    kept = revive_listed(text, kept, rejected, named, reject)
    return revive_repeated(kept, rejected, full_names, reject)
