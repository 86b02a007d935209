"""The words that tell a count as a running total, or as a count over a period or a whole country
(``data/running_counts.tsv``), and the patterns its readers build from them: one reviewed list for the toll
readers (``events/toll_running.py``: running toll updates, tallies with no event of their own;
``events/toll_candidates.py``: counts over a country or a year) and the incident-date reader
(``events/incident_date.py``: a perfect-tense lead that is a count over a period). The file says which reader reads
which group."""
from __future__ import annotations

import re

from sitrep.nlp.numbers import NUMBER_WORDS
from sitrep.resources import data_rows


def _groups(name: str = "running_counts.tsv") -> dict[str, tuple[str, ...]]:
    """The file's pattern fragments per group, in file order."""
    out: dict[str, list[str]] = {}
    for cols in data_rows(name, needs=("group", "pattern")):
        re.compile(cols[1])  # a bad line fails here, naming itself
        out.setdefault(cols[0], []).append(cols[1])
    return {k: tuple(v) for k, v in out.items()}


_G = _groups()
_SPACE = r"\s+"
# a number in digits or words after "reached" ("reached 15", "reached fifteen", "reached twenty-one"), not a part
# of something ("reached one of the villages")
_NUMBER = (r"(?:[\d.,]+|(?:" + "|".join(sorted(NUMBER_WORDS - {"half"}, key=len, reverse=True))
           + r")\b(?!\s+of\b))")


def _alt(*groups: str, after: str = "") -> str:
    """The fragments of the groups as one alternation's body, each followed by ``after``."""
    return "|".join(p + after for g in groups for p in _G[g])


def _one(group: str) -> str:
    """The group as one item of a pattern: its fragment alone, or the alternation of several in a group."""
    frags = _G[group]
    return frags[0] if len(frags) == 1 else f"(?:{_alt(group)})"


# toll: a verb that carries a named toll to the count right after it: "bringing the toll to 11", "raising the death
# toll to 25", "taking the number of dead to 19", "raising the number of policemen killed in the attack to five" (a
# running toll with no event of its own)
CARRIED_TAIL = re.compile(
    rf"\b(?:{_alt('carry')})\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:tolls?|number\s+of\s+(?:the\s+)?"
    rf"(?:dead|deaths|people\s+killed|victims|fatalities|[\w-]+\s+killed(?:\s+in\s+the\s+[\w-]+)?))\s+to\s+"
    rf"(?:{_alt('qualifier', 'qualifier_tail', after=_SPACE)})?$",
    re.I)
# toll: a verb that carries a tally over a period or a whole country to its count ("The shooting brings the number of
# homicides in the city this year to 87", "... in the district this month to 19"): the period's tally, never the
# incident's toll. The named tally's words run up to the "to" right before the count; "this week's floods" (the
# deed's own words) is no period
CARRIED_PERIOD_TAIL = re.compile(
    rf"\b(?:{_alt('carry')})\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:tolls?|tally|number|count)\b"
    rf"(?P<mid>[^.;:!?]{{0,100}})\bto\s+(?:{_alt('qualifier', 'qualifier_tail', after=_SPACE)})?$",
    re.I)
CARRIED_PERIOD = re.compile(rf"\b(?:{_alt('scope')}|this\s+month)\b(?!['’]s)", re.I)
# incident_date: a count running over a period ("300 have been killed since March", "so far this year")
PERIOD = re.compile(rf"\b(?:{_alt('period')})\b", re.I)
# merge: the count of a plural deed noun adds up several deeds ("the attacks killed 40 in total")
SUM = re.compile(rf"\b(?:{_alt('sum')})\b", re.I)
# toll: a count over a whole country or this year, in the clause after a figure ("350 deaths nationwide")
SCOPE = re.compile(rf"\b(?:{_alt('scope')})\b", re.I)
# toll: the words that tell a count as a running one: "rose to", "stood at", "reached 15", "topped", "are now known to
# have" (a fragment)
RUNNING = (rf"\b(?:{_alt('rise')})\s+to\b|"
           rf"\b(?:{_alt('stand')})\s+at\b|\b{_one('reach')}\s+(?:{_alt('qualifier', after=_SPACE)})?" + _NUMBER + "|"
           rf"\b(?:{_alt('pass')})\b|\b(?:{_alt('known_now')})\b")
# toll: the same words right before the count ("had risen to 15", "stood at more than 15")
RUNNING_TAIL = re.compile(
    rf"\b(?:(?:{_alt('rise')})\s+to|"
    rf"(?:{_alt('stand')})\s+at|{_alt('reach', 'pass')})\s+"
    rf"(?:{_alt('qualifier', 'qualifier_tail', after=_SPACE)})?$", re.I)
# nlp/figure_background.war_total: a noun for a whole war or campaign, and "since the war began" / "since the start of
# the war" (up to eight words, no punctuation, between: "since the war in Sudan began", "since the conflict there
# began")
SPAN_NOUNS = frozenset(_G["span_noun"])
SPAN_LENGTHS = frozenset(_G["span_length"])  # "a months-long fight", "an ongoing feud": a noun of a span
SPAN_SINCE = re.compile(
    rf"\bsince\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_alt('span_noun')})s?\s+"
    rf"(?:(?!since\b)[\w-]+\s+){{0,8}}?(?:had\s+|has\s+)?(?:{_alt('span_start')})\b|"
    rf"\bsince\s+the\s+(?:start|beginning|outbreak|onset|launch)\s+of\s+(?:the\s+|this\s+|its\s+|their\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_alt('span_noun')})s?\b", re.I)
# ... and a perfect-tense count told "during the war", "throughout the conflict", "in the course of the offensive"
SPAN_DURING = re.compile(
    rf"\b(?:during|throughout|in\s+the\s+course\s+of)\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_alt('span_noun')})s?\b", re.I)
