"""Figures for victims told without a number (:func:`_victim_figures`): "a man was killed", and the dead told by their
names (nlp/victims.victim_counts, nlp/named_dead), where no number already counts them; one victim told hurt and dead
is one of the dead.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from sitrep.model import Analysis, Figure, Span, TimeExpr
from sitrep.nlp.named_dead import named_dead_counts
from sitrep.nlp.victims import victim_counts
from sitrep.nlp.figure_candidates import _Intervals
from sitrep.nlp.figure_claimant import _claimant, _claimant_names
from sitrep.nlp.figure_dates import _dates
from sitrep.nlp.figure_words import _Action, figure_lexicon


def _victim_figures(doc: Any, text: str, sents: list, figures: list[Figure], times_by_sent: dict[int, list[TimeExpr]],
                    analysis: Analysis, article_id: str, published: Optional[_dt.date]) -> list[Figure]:
    """Counts of victims named without a number (nlp/victims.py), where no number already counts them."""
    taken = _Intervals((f.span.start, f.span.end) for f in figures)
    lex = figure_lexicon()
    out = []
    for si, sent in enumerate(sents):
        # (and the dead told by their names: "Police named the dead as A, 19, B, 22, and C, 17", nlp/named_dead)
        for start, end, what, n, verb in (*victim_counts(sent, lex.verbs, lex.nouns), *named_dead_counts(sent)):
            if taken.overlaps(start, end):
                continue
            fig = Figure(id=f"{article_id}:f{start}", span=Span(article_id, start, end, text[start:end]), what=what,
                         who=text[start:end], low=float(n), high=float(n), unit="people")
            _dates(doc, text, fig, _Action(verb, what, None), sent, times_by_sent.get(si, []), published)
            att = _claimant(start, end, analysis.attributions)
            if att is not None:
                fig.claimant, fig.claimant_name = _claimant_names(att)
            same = [k for k, f in enumerate(out) if f.id == fig.id]
            if same:
                # "A man wounded when police fired ... died in hospital": one victim told hurt and dead is one
                # of the dead (one figure per span, so one id)
                if fig.what == "killed":
                    out[same[0]] = fig
                continue
            out.append(fig)
    return out
