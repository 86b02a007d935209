"""Which side or population a figure counts: its *group*, one half of the quantity figures are compared by.

Decides from the figure's ``who`` words, matched against the rows of ``data/figure_groups.tsv`` ("regime
personnel", "Syrian soldiers" -> Syrian government forces), or from its clause (``context:`` rows: people who fled
abroad vs people displaced inside the country); else the normalised ``who`` words (:func:`who_key`), less words that
restate what is counted ("36 *injured* people"); a bare "soldiers" after "lost" is the claimant's own side (``owner``
rows); a count of people with no group named is "people".
"""
from __future__ import annotations

import functools
import re
from functools import lru_cache
from typing import Optional

from sitrep.model import Figure
from sitrep.resources import data_path
from sitrep.stories.compare.clauses import clause_around


_DROP = {"the", "a", "an", "of", "some", "other", "more", "its", "their", "his", "her", "at", "least", "about"}
_NUMWORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
             "hundred", "hundreds", "thousand", "thousands", "million", "millions"}
_GENERIC_MILITARY = re.compile(r"^(soldier|troop|personnel|serviceman|servicemen|men|member)s?$")


@functools.lru_cache(maxsize=65536)  # pure; the same group phrases recur across a story's figures
def who_key(who: Optional[str]) -> str:
    """Normalised group phrase: "the Turkish soldiers" -> "turkish soldier"."""
    if not who:
        return ""
    words = [w for w in re.findall(r"[\w'-]+", who.lower()) if w not in _DROP and w not in _NUMWORDS
             and not w.isdigit()]
    out = []
    for w in words:
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


@lru_cache(maxsize=1)
def _group_rows() -> tuple[list[tuple[str, re.Pattern[str], str]], dict[str, str]]:
    rows: list[tuple[str, re.Pattern[str], str]] = []  # context rows first ("context:displaced"), then who rows
    owners: dict[str, str] = {}
    path = data_path("figure_groups.tsv")
    if not path.exists():
        return rows, owners
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        if parts[0] == "owner":
            owners[parts[1]] = parts[2]
        else:
            rows.append((parts[0], re.compile(parts[1]), parts[2]))
    return rows, owners


def group_of(fig: Figure, text: str = "") -> str:
    """The side or population a figure counts (see ``data/figure_groups.tsv``)."""
    rows, owners = _group_rows()
    who = (fig.who or "").lower().strip()
    sentence = clause_around(text, fig.span.start, fig.span.end) if text else ""
    for what, pat, grp in rows:
        if what.startswith("context:"):
            if what[8:] == fig.what and sentence and pat.search(sentence):
                return grp
        elif what in ("*", fig.what) and pat.search(who):
            return grp
    key = who_key(who)
    if fig.what in _RESTATED:  # "36 injured people" counts the people the 30 wounded of another report count
        key = " ".join(w for w in key.split() if w not in _RESTATED[fig.what])
    if key and _GENERIC_MILITARY.match(key.split()[-1]) and len(key.split()) == 1 and fig.claimant and text:
        before = text[max(0, fig.span.start - 60):fig.span.start].lower()
        if re.search(r"\b(lost|losing|lose)\b", before):  # a claimant counting its own losses
            for prefix, grp in owners.items():
                if fig.claimant.upper().startswith(prefix):
                    return grp
    if not key and fig.what in _PERSON_COUNTS:  # "the toll rose to 57": people, unless a group is named
        return "people"
    return key


# words of a group phrase that restate what the figure counts ("36 *injured* people" of a wounded count): no group
_RESTATED = {"wounded": frozenset({"injured", "wounded", "hurt"}), "killed": frozenset({"dead", "killed", "slain"})}
_PERSON_COUNTS = {"killed", "wounded", "missing", "detained", "displaced", "evacuated", "injured"}
