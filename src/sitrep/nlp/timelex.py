"""The time lexicon (``data/time_lexicon.tsv``) and the regular expressions built from it.

Kept apart from :mod:`sitrep.nlp.time` so the rules read as rules: this module
only knows words (months, weekdays, number words, units, parts of day,
seasons, reference words, SET words) and how to spell them in a pattern.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.resources import data_path


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)  # monday = 0
    weekday_sets: dict[str, int] = field(default_factory=dict)  # "mondays"
    numbers: dict[str, float] = field(default_factory=dict)
    vague: set[str] = field(default_factory=set)
    units: dict[str, str] = field(default_factory=dict)  # "day" -> "D"
    parts_of_day: dict[str, str] = field(default_factory=dict)  # "night" -> "NI"
    seasons: dict[str, str] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)  # "now" -> PRESENT_REF
    sets: dict[str, str] = field(default_factory=dict)  # "daily" -> P1D
    quarters: dict[str, int] = field(default_factory=dict)
    event_verbs: set[str] = field(default_factory=set)  # verbs whose time dates the event noun they govern
    telling_verbs: set[str] = field(default_factory=set)  # verbs whose time dates a telling, not what is told
    finding_verbs: set[str] = field(default_factory=set)  # "found", "discovered": a death found on a day happened by then
    response_verbs: dict[str, str] = field(default_factory=dict)  # "called" (to): its day is the incident's; value: how
    death_signs: set[str] = field(default_factory=set)  # "dead", "body": what a finding found tells a death
    fixed_days: dict[str, tuple[int, int]] = field(default_factory=dict)  # "christmas eve" -> (12, 24)
    incident_fields: set[str] = field(default_factory=set)  # "date/time": a release's field line dating the incident


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Read ``data/time_lexicon.tsv`` once (columns: kind, form, value, source)."""
    lx = Lexicon()
    with open(data_path("time_lexicon.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#") or len(row) < 3:
                continue
            kind, form, value = row[0], row[1].lower(), row[2]
            if kind == "month":
                lx.months[form] = int(value)
            elif kind == "weekday":
                if value.startswith("set:"):
                    lx.weekday_sets[form] = int(value[4:])
                else:
                    lx.weekdays[form] = int(value)
            elif kind == "number":
                lx.numbers[form] = float(value)
            elif kind == "vague_number":
                lx.vague.add(form)
            elif kind == "unit":
                lx.units[form] = value
            elif kind == "partofday":
                lx.parts_of_day[form] = value
            elif kind == "season":
                lx.seasons[form] = value
            elif kind == "ref":
                lx.refs[form] = value
            elif kind == "set":
                lx.sets[form] = value
            elif kind == "quarter_ordinal":
                lx.quarters[form] = int(value)
            elif kind == "event_verb":
                lx.event_verbs.add(form)
            elif kind == "telling_verb":
                lx.telling_verbs.add(form)
            elif kind == "finding_verb":
                lx.finding_verbs.add(form)
            elif kind == "response_verb":
                lx.response_verbs[form] = value
            elif kind == "death_sign":
                lx.death_signs.add(form)
            elif kind == "incident_field":
                lx.incident_fields.add(form)
            elif kind == "fixed_day":
                mo, d = value.split("-")
                lx.fixed_days[form] = (int(mo), int(d))
    return lx


def alt(words) -> str:  # type: ignore[no-untyped-def]
    """A regex alternation of ``words``, longest first, spaces matching any white space."""
    ws = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + ")"


def number_value(s: str) -> float | None:
    """``"two"`` -> 2, ``"twenty-four"`` -> 24, ``"48"`` -> 48, vague words -> None."""
    s = " ".join(s.lower().replace("-", " ").split())
    lx = lexicon()
    if s in lx.numbers:
        return lx.numbers[s]
    try:
        return float(s.replace(",", ""))
    except ValueError:
        pass
    parts = s.split()
    if len(parts) == 2 and parts[0] in lx.numbers and parts[1] in lx.numbers:
        a, b = lx.numbers[parts[0]], lx.numbers[parts[1]]
        if a >= 20 and a % 10 == 0 and b < 10:
            return a + b
        if b == 100:
            return a * b
    return None
