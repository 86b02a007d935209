"""Which figures are background, not news (:func:`_background`): population figures, counts over a period of
``BACKGROUND_PERIOD_DAYS`` or more, perfect-tense displacement totals with no date (unless a tally's running count);
and a death count over a whole war or campaign (:func:`war_total`: "since the war began, 3,000 have died", "the
insurgency has killed 3,000"), a key figure of the story and never an event's toll. Nouns and words from
``data/running_counts.tsv`` (:mod:`sitrep.events.running_words`).
"""
from __future__ import annotations

from typing import Any

from sitrep.model import Figure
from sitrep.nlp.deed_tally import deed_tally
from sitrep.nlp.period_tally import noun_in, period_phrase
from sitrep.nlp.figure_parse import (_VERB_POS, _attached_to, _clause_verb, _is_perfect, _perfect_clause, _subjects_of,
                                     _tok_at)
from sitrep.nlp.figure_tallies import _TALLY_NOUNS, _stray_tally
from sitrep.nlp.figure_words import _Action, _lemma


BACKGROUND_PERIOD_DAYS = 28


_CUMULATIVE = {"displaced", "refugees"}


def war_total(fig: Figure, action: _Action, sent: Any, text: str) -> bool:
    """A death count over a whole war or campaign, not one incident's toll: "since the war began, 3,000 have died",
    "since the start of the offensive 40 soldiers were killed", "the offensive, which opened in May and by now has
    killed 900 people", "the insurgency has killed 3,000", "800 have died during the war". Told "since" the start
    of a war or campaign (a noun of ``data/running_counts.tsv``, group span_noun) in the count's own clause, or in
    the perfect tense with such a noun as the subject or "during" / "throughout" it. Such a count is a key figure of
    the story (background: never an event's toll); "the worst attack since the war began" tells the attack, not the
    count, and "the offensive killed 12 on Monday" is an incident."""
    from sitrep.events.running_words import SPAN_DURING, SPAN_LENGTHS, SPAN_NOUNS, SPAN_SINCE

    if fig.what not in ("killed", "dead", "deaths", "death", "fatalities") or action.verb is None:
        return False
    v = _clause_verb(action.verb)
    if v is None:
        return False
    doc, lo, hi = sent.doc, sent.start_char, sent.end_char
    for rx, perfect in ((SPAN_SINCE, False), (SPAN_DURING, True)):
        for m in rx.finditer(text, lo, hi):
            t = _tok_at(doc, m.start(), m.start() + 1)
            if t is not None and (not perfect or _perfect_clause(v)) and (_attached_to(doc[t.i], v)
                                                                          or not perfect and _on_toll_subject(doc[t.i], v)):
                return True
    if period_phrase(v):
        return True  # "killed 340 people in 2024", "had killed hundreds over the past year": a period's tally
    if not _perfect_clause(v):
        return False
    subjects = _subjects_of(v)
    return any(noun_in(n, SPAN_NOUNS) or _told_long(n, SPAN_LENGTHS) for n in subjects) \
        or deed_tally(v, subjects)


def _on_toll_subject(tok: Any, v: Any) -> bool:
    """ "The toll since the insurgency spread to Burkina Faso stands at more than 20,000 dead": the "since" phrase
    tells the toll or tally noun that is the subject of the count's clause (``v`` or the verb it hangs on)."""
    h = tok.head
    if h.pos_ in _VERB_POS and h.i > tok.i and h.dep_ in ("advcl", "relcl", "acl"):
        h = h.head
    if h.dep_ not in ("nsubj", "nsubjpass") or _lemma(h) not in _TALLY_NOUNS | {"toll"}:
        return False
    return h.head.i in (v.i, v.head.i)


def _told_long(n: Any, lengths: frozenset[str]) -> bool:
    """A noun told as lasting many days: "a months-long fight" ("months" on "long"), "an ongoing feud"."""
    for c in n.children:
        if c.dep_ != "amod":
            continue
        if c.lower_ in lengths or c.lower_ == "long" and any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in lengths for g in c.children):
            return True
    return False


def _background(fig: Figure, action: _Action) -> bool:
    if fig.what == "population":
        return True
    if fig.since is not None and fig.as_of is not None and (fig.as_of - fig.since).days >= BACKGROUND_PERIOD_DAYS:
        return True
    if fig.what in _CUMULATIVE and action.verb is not None and _is_perfect(action.verb) and fig.since is None \
            and not _tally_subject(action.verb):
        return True
    return False


def _tally_subject(verb: Any) -> bool:
    """ "the number of refugees ... has risen to 6,300": the perfect tells a running count of the news, not a
    cumulative total restated as background."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _TALLY_NOUNS for c in verb.children) \
        or _stray_tally(verb) is not None
