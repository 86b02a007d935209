"""Figures: every number in an article with what it counts, whom, its bounds, as-of date and claimant.

For each quantity phrase (found by :func:`sitrep.nlp.numbers.scan_quantities`,
plus spaCy's CARDINAL/QUANTITY/PERCENT spans it may have missed) the
dependency parse decides:

* the **counted noun** — the noun the number modifies ("13 Turkish *soldiers*"),
  or the object of "of" after a vague count ("hundreds of *troops*");
* the **action** — a verb from ``data/figure_lexicon.tsv`` governing that noun
  ("*killed* 13 soldiers", "13 soldiers were *killed*", "101 personnel *killed*",
  "were reported *killed*"). A counted noun that is the active subject of a
  transitive verb with an object is the agent, not the victim ("20 fighters
  killed two guards" counts fighters).

``what`` is then the action for people (killed, wounded, displaced, detained…),
the noun's category with the action as suffix for things (targets_hit,
villages_captured, tanks_destroyed), the unit's measure (area_km2, percent),
"population" for "home to N people" / "N people live", and otherwise the noun's
category (soldiers, troops, civilians, observation_posts…) or its lemma.
``who`` is the counted noun with its modifiers ("Turkish military personnel");
for an elliptic count ("more than 300 have been killed", "two others were
wounded") it is inherited from the previous figure about people in the sentence.

Dates: ``as_of`` is the end of the time expression of the figure's clause
(clamped to the publication date), else of the reporting clause above it
("said on Thursday"), else the publication date. A period ("since December",
"in the past two months") gives ``since`` = its start; an unanchored duration
("in a week", value ``P1W``) counts back from ``as_of``. A time expression
belongs to a clause when it hangs from the clause's verb within two arcs
("the first time since 2012" does not). A deed noun that is the argument of a verb spanning years ("have not
solved the murder of X in 12 years", "the killing has gone unpunished for ten years") is at least that old: its
count's ``since`` lies that many years back (no toll of the news). With no publication date to count back from,
such a deed, or a count over a period of 28 days or more ("in the past few years"), is ``background``. Claimant: the
attribution whose claim span covers the figure (the narrowest).

``background`` is True for restated context, not news: population figures
("home to", "live in"), counts over a period that began at least 28 days
before their as-of date ("has displaced 700,000 since December"), and
perfect-tense displacement totals with no date ("the offensive has displaced
half a million").

Not figures: dates and times (spans of ``analysis.times``), years ("since
2012"), durations ("two months", "nine days"), adjectival compounds
("nine-year-old war"), ordinals, model numbers ("M5"), and numbers with no
counted noun and no action. Ids are ``"{article_id}:f{start}"`` (``.k``
appended for the k-th extra conjunct sharing the span), stable across runs.

Where each decision is made (this module keeps the driver: :func:`extract_figures` reads each candidate number of
an article, makes its figures and adds the figures derived from them):

- nlp/figure_candidates: which numbers are candidate counts (not ages, calibres, clock times, addresses; "no one");
- nlp/figure_words: the figure lexicon and lookups in it, the ``_Action`` record;
- nlp/figure_parse: parse walks shared by the modules below (voice, tense, clause verb, its subjects);
- nlp/figure_nouns: the quantity's token, its counted noun and the conjuncts sharing it, numbers counting nothing;
- nlp/figure_count_action, nlp/figure_actions, nlp/figure_verbs, nlp/figure_tallies: what was done to what is
  counted (the words right after the number; the climb to the governing verb; the verb's action on its argument;
  tally and toll nouns);
- nlp/figure_what, nlp/figure_who: what is counted and its unit, whose it is, the Figure made;
- nlp/figure_hedges: the nominal count of a hedged figure (``figure_best``, ``nominal_count``);
- nlp/figure_dates: as-of and since; nlp/figure_claimant: the claimant;
- nlp/figure_background: background figures and war totals (``war_total``);
- nlp/figure_unnumbered: victims told without a number; the other derived passes have their own modules
  (nlp/hit_survivors, nlp/hurt_who_died, nlp/others_in_care, nlp/other_hurt, nlp/none_survived, nlp/told_before, ...).
"""
from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import dataclass
from typing import Any, Optional

from sitrep.model import Analysis, Figure, Span, TimeExpr
from sitrep.nlp.numbers import Quantity
from sitrep.nlp.doctext import doc_sents, doc_text
from sitrep.nlp.corrected_counts import withdrawn
from sitrep.nlp.told_before import tally_told_before
from sitrep.nlp.none_survived import none_survived
from sitrep.nlp.both_hurt import both_hurt
from sitrep.nlp.other_hurt import other_hurt_added, second_hurt_added
from sitrep.nlp.hurt_who_died import hurt_who_died
from sitrep.nlp.others_in_care import others_in_care
from sitrep.nlp.partitive_hurt import partitive_hurt
from sitrep.nlp.hit_survivors import fronted_hit_survivors, survivors_of_fatally, survivors_told_next
from sitrep.nlp.figure_background import _background, war_total
from sitrep.nlp.figure_candidates import _candidates
from sitrep.nlp.figure_claimant import _claimant, _claimant_names
from sitrep.nlp.figure_count_action import _count_action, _counted_by_verb, _told_after
from sitrep.nlp.figure_dates import _dates
from sitrep.nlp.figure_nouns import _counted_noun, _counted_nouns, _no_count, _quantity_token
from sitrep.nlp.figure_unnumbered import _victim_figures
from sitrep.nlp.figure_what import _bodies_of_unlisted, _make_figure, _remains_of
from sitrep.nlp.figure_words import _Action, _noun_info

# callers import these from here too (each is defined in the module named)
from sitrep.nlp.figure_background import BACKGROUND_PERIOD_DAYS  # noqa: F401
from sitrep.nlp.figure_candidates import _Intervals, no_one  # noqa: F401
from sitrep.nlp.figure_dates import MAX_TIME_HOPS, is_duration_value, offset_length, war_start  # noqa: F401
from sitrep.nlp.figure_hedges import figure_best, nominal_count  # noqa: F401
from sitrep.nlp.figure_words import _lemma, figure_lexicon  # noqa: F401


@dataclass(frozen=True)
class _Article:
    """What every candidate number of one article is read against."""
    doc: Any
    text: str  # Doc.text joins every token: read it once
    sents: list  # type: ignore[type-arg]
    sent_starts: list[int]  # token index of each sentence's start
    times_by_sent: dict[int, list[TimeExpr]]  # sentence index -> its time expressions
    analysis: Analysis
    article_id: str
    published: Optional[_dt.date]


def extract_figures(doc: Any, ctx: Any, analysis: Analysis) -> list[Figure]:
    """Figures of one parsed article (see the module docstring for the rules).

    ``doc`` is the spaCy Doc of the article's text, ``ctx`` its DocContext
    (``article_id``, ``published``), ``analysis`` what earlier annotators found
    (``times`` and ``attributions`` are read). Returns figures in text order.
    """
    art = _read_article(doc, ctx, analysis)
    figures: list[Figure] = []
    last_person_who: dict[int, Optional[str]] = {}  # sentence start char -> who of its last figure about people
    last_person_what: dict[int, str] = {}  # sentence start char -> what its last count of the dead or hurt counts
    for q in _candidates(doc, art.text, analysis):
        figures += _candidate_figures(art, q, last_person_who, last_person_what)
    return _with_derived_figures(art, figures)


def _read_article(doc: Any, ctx: Any, analysis: Analysis) -> _Article:
    """The article's text, sentences and time expressions by sentence, read once for all its numbers."""
    article_id = ctx.article_id
    published: Optional[_dt.date] = getattr(ctx, "published", None)
    text = doc_text(doc)
    sents = doc_sents(doc)
    sent_chars = [s.start_char for s in sents]
    times_by_sent: dict[int, list[TimeExpr]] = {}
    for te in analysis.times:
        k = bisect.bisect_right(sent_chars, te.span.start) - 1
        times_by_sent.setdefault(k, []).append(te)
    return _Article(doc, text, sents, [s.start for s in sents], times_by_sent, analysis, article_id, published)


def _candidate_figures(art: _Article, q: Quantity, last_person_who: dict[int, Optional[str]],
                       last_person_what: dict[int, str]) -> list[Figure]:
    """The figures one candidate number gives (one per counted noun and its bare conjuncts), or none."""
    doc = art.doc
    qtok = _quantity_token(doc, q)
    if qtok is None:
        return []
    span_toks = {t.i for t in doc.char_span(q.start, q.end, alignment_mode="expand")}
    si = bisect.bisect_right(art.sent_starts, qtok.i) - 1
    sent = art.sents[si]  # Token.sent walks the doc; the bisect keeps the whole pass linear
    prev_sent = art.sents[si - 1] if si > 0 else None
    noun = _counted_noun(qtok, span_toks)
    info = _noun_info(noun) if noun is not None else None
    if _no_count(q, qtok, noun, info):
        return []
    after, noun = _told_after(doc, art.text, q, qtok, noun)
    if q.lone_one and not (qtok.dep_ == "nummod" or after is not None or _counted_by_verb(qtok)):
        return []  # "the one who", "one of them": a pronoun, unless a death or injury verb counts it
    pronoun = noun is not None and (noun.pos_ == "PRON" or noun.lower_ in ("others", "other"))
    action = _count_action(qtok, noun, after, last_person_what.get(sent.start_char))
    out: list[Figure] = []
    for k, nn in enumerate(_counted_nouns(noun, pronoun)):
        fig = _make_figure(q, qtok, nn, pronoun and k == 0, action, span_toks, last_person_who, sent, prev_sent)
        if fig is None:
            continue
        _complete_figure(art, fig, q, qtok, k, nn, pronoun, action, si)
        if fig.unit == "people" and fig.what in ("killed", "wounded"):
            last_person_what[sent.start_char] = fig.what
        out.append(fig)
    return out


def _complete_figure(art: _Article, fig: Figure, q: Quantity, qtok: Any, k: int, nn: Any, pronoun: bool,
                     action: _Action, si: int) -> None:
    """Give a new figure its id, evidence, dates, claimant and background flag."""
    text = art.text
    if (fig.unit in ("people", None) or _bodies_of_unlisted(nn)) and not q.unit_what \
            and _remains_of(nn if nn is not None else qtok):
        fig.what, fig.unit = "killed", "people"
    fig.id = f"{art.article_id}:f{q.start}" + (f".{k}" if k else "")
    fig.span = Span(art.article_id, q.start, q.end, text[q.start : q.end])
    sent = art.sents[si]
    _dates(art.doc, text, fig, action, sent, art.times_by_sent.get(si, []), art.published)
    att = _claimant(q.start, q.end, art.analysis.attributions)
    if att is not None:
        fig.claimant, fig.claimant_name = _claimant_names(att)
    if war_total(fig, action, sent, text):
        fig.background = True  # a war's or campaign's total so far: a key figure, no incident's toll
        if nn is None or pronoun:
            fig.who = None  # "has killed 900 people": not the soldiers of the count told before
    fig.background = fig.background or _background(fig, action) or withdrawn(fig, text)  # (a corrected count)


def _with_derived_figures(art: _Article, figures: list[Figure]) -> list[Figure]:
    """The figures read from numbers, with those derived from them and from the words (victims named without a
    number, survivors, the hurt who died, others hurt, tallies told before), in text order."""
    text = art.text
    figures += _victim_figures(art.doc, text, art.sents, figures, art.times_by_sent, art.analysis, art.article_id,
                               art.published)
    figures += survivors_of_fatally(figures, text)  # "Four people were shot, one fatally"
    figures += survivors_told_next(figures, text)  # "Two men were shot ... One died at the scene"
    figures += both_hurt(art.doc, art.article_id, figures)  # "Their mother and a neighbour ... Both are seriously hurt"
    figures = partitive_hurt(figures, text, art.article_id)  # "Three of the men swam ashore, one of them with a broken arm"
    figures.sort(key=lambda f: f.span.start)
    figures = hurt_who_died(figures, text)  # "Five were wounded ..., where two of them later died"
    figures = others_in_care(figures, text)  # "Seven people died ... Twelve other passengers were admitted"
    figures = fronted_hit_survivors(figures, text)  # "Of the seven persons hit ..., four died on the spot"
    figures = other_hurt_added(figures, text)  # "X is in critical condition, and two other people were hurt"
    figures = second_hurt_added(figures, text)  # "a man is in a critical condition ... A second man ... was treated"
    return tally_told_before(none_survived(figures, text))  # "Both guards were rushed to hospital, but neither survived"
