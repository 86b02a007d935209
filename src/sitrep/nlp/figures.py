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
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any, Optional

from sitrep.model import Analysis, Figure, Span, TimeExpr
from sitrep.nlp.numbers import Quantity
from sitrep.nlp.doctext import doc_sents, doc_text
from sitrep.nlp.deed_tally import deed_tally
from sitrep.nlp.period_tally import noun_in, period_phrase
from sitrep.nlp.corrected_counts import withdrawn
from sitrep.nlp.told_before import tally_told_before
from sitrep.nlp.named_dead import named_dead_counts
from sitrep.nlp.none_survived import none_survived
from sitrep.nlp.other_hurt import other_hurt_added, second_hurt_added
from sitrep.nlp.hurt_who_died import hurt_who_died
from sitrep.nlp.others_in_care import others_in_care
from sitrep.nlp.partitive_hurt import partitive_hurt
from sitrep.nlp.hit_survivors import fronted_hit_survivors, survivors_of_fatally, survivors_told_next
from sitrep.nlp.victims import victim_counts
from sitrep.nlp.figure_candidates import _Intervals, _candidates
from sitrep.nlp.figure_claimant import _claimant, _claimant_names
from sitrep.nlp.figure_count_action import _count_action, _counted_by_verb, _told_after
from sitrep.nlp.figure_nouns import _counted_noun, _counted_nouns, _no_count, _quantity_token
from sitrep.nlp.figure_parse import (_VERB_POS, _attached_to, _clause_verb, _is_perfect, _perfect_clause, _subjects_of,
                                     _tok_at)
from sitrep.nlp.figure_tallies import _TALLY_NOUNS, _stray_tally
from sitrep.nlp.figure_what import _bodies_of_unlisted, _make_figure, _remains_of
from sitrep.nlp.figure_words import _Action, _lemma, _noun_info, figure_lexicon

# callers import these from here too (each is defined in the module named)
from sitrep.nlp.figure_candidates import no_one  # noqa: F401
from sitrep.nlp.figure_hedges import figure_best, nominal_count  # noqa: F401


BACKGROUND_PERIOD_DAYS = 28


_CUMULATIVE = {"displaced", "refugees"}


MAX_TIME_HOPS = 2  # "since December" -> fled; "(for the first) time since 2012" is too far


def _governing_verb(tok: Any) -> Optional[Any]:
    """The verb a time expression modifies directly (within MAX_TIME_HOPS arcs), else None."""
    t = tok
    for _ in range(MAX_TIME_HOPS + 1):
        if t.pos_ in _VERB_POS or t.tag_.startswith("VB"):
            return t
        if t.head is t:
            return t
        t = t.head
    return None


def _under(tok: Any, head: Any) -> bool:
    """``tok`` hangs from ``head`` within MAX_TIME_HOPS + 2 arcs: a time phrase on a deed noun or on its victims
    ("the assassination of four mayors in the past few years": "years" -> "in" -> "assassination")."""
    t = tok
    for _ in range(MAX_TIME_HOPS + 2):
        if t.head is t:
            return False
        t = t.head
        if t.i == head.i:
            return True
    return False


def _kind_of_deed(doc: Any, te: TimeExpr) -> bool:
    """ "killed in a night attack", "a dawn raid": a time word that modifies the deed noun after it says what kind of
    deed it was, not a period the count covers (not any noun: "Last minute report: ... were killed")."""
    from sitrep.events.ontology import load_ontology

    sp = doc.char_span(te.span.start, te.span.end, alignment_mode="expand")
    tok = sp[-1] if sp is not None and len(sp) else None  # "a night": "night" (the parser hangs "a" on the noun)
    return tok is not None and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" \
        and tok.head.idx >= te.span.end and load_ontology().violent_noun(tok.head.lemma_.lower())


def is_duration_value(value: str) -> bool:
    """A TimeML duration ("P3D", "PT5H", "PXY"), never one of the reference values that also open with P
    ("PRESENT_REF" of "now", "PAST_REF" of "recently"): "Thirteen people are now known to have died" is a point,
    no count since today."""
    return value.startswith("P") and not value.endswith("_REF")


def _is_period(text: str, te: TimeExpr) -> bool:
    """'since December', 'in the past two months', 'over the last week': a span counted from a start."""
    before = text[max(0, te.span.start - 12) : te.span.start].lower()
    txt = te.span.text.lower()
    if txt.startswith("since") or before.rstrip().endswith("since"):
        return True
    if is_duration_value(te.value) or te.type == "DURATION":
        return True
    return any(w in txt for w in ("past ", "last few", "over the last", "in the last"))


_OFFSET_AFTER = re.compile(r"\s*(?:after|before|later|earlier)\b", re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:in|over|during|within|for|the|first|next|past|last)\s*$", re.I)


def offset_length(text: str, te: TimeExpr, count_at: int) -> bool:
    """ "has died in hospital two days after a fire", "died a week later": a length told after the count (at
    ``count_at``) that measures off another time (an offset), not a period the count runs over ("in the two days
    after the quake" is one); a count inside the measured clause ("A week after a man was stabbed") is left as it was."""
    return te.span.start > count_at and _OFFSET_AFTER.match(text, te.span.end) is not None and not _PERIOD_BEFORE.search(
        text[max(0, te.span.start - 12):te.span.start])


def _is_since(text: str, te: TimeExpr) -> bool:
    before = text[max(0, te.span.start - 12) : te.span.start].lower()
    return te.span.text.lower().startswith("since") or before.rstrip().endswith("since")


# "a year-long war", "a decade-old feud": the length of a noun, not a period of the clause
_LENGTH_ADJ = re.compile(r"\s?[-\u2010\u2011]\s?(?:long|old)\b")


def _clause_time(doc: Any, verb: Optional[Any], sent_start: int, sent_end: int, times: list[TimeExpr]):
    """The time expression of the figure's clause (rank 0), of a conjoined clause (rank 1) or of the
    reporting clause above it (rank 2): returns (TimeExpr, rank) or (None, None)."""
    if verb is None:
        return None, None
    best = None
    anc = {a.i for a in verb.ancestors}
    for te in times:
        if te.span.start < sent_start or te.span.end > sent_end or te.future:
            continue
        tok = _tok_at(doc, te.span.start, te.span.end)
        if tok is None:
            continue
        tv = _governing_verb(tok)
        if tv is None and _under(tok, verb) and not _LENGTH_ADJ.match(doc_text(doc)[te.span.end:te.span.end + 8]):
            tv = verb  # a period on the deed noun itself, two arcs under it: the count's own period (not the
            # length of a noun further down: "killed four men, the latest victims of a year-long war")
        if tv is None:
            continue
        if tv.i == verb.i:
            rank = 0
        elif (tv.dep_ == "conj" and tv.head.i == verb.i) or (verb.dep_ == "conj" and verb.head.i == tv.i):
            rank = 1
        elif tv.i in anc:
            rank = 2
        else:
            continue
        if best is None or rank < best[1] or (rank == best[1] and abs(te.span.start - verb.idx) < abs(best[0].span.start - verb.idx)):
            best = (te, rank)
    return best if best is not None else (None, None)


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
    figures = partitive_hurt(figures, text, art.article_id)  # "Three of the men swam ashore, one of them with a broken arm"
    figures.sort(key=lambda f: f.span.start)
    figures = hurt_who_died(figures, text)  # "Five were wounded ..., where two of them later died"
    figures = others_in_care(figures, text)  # "Seven people died ... Twelve other passengers were admitted"
    figures = fronted_hit_survivors(figures, text)  # "Of the seven persons hit ..., four died on the spot"
    figures = other_hurt_added(figures, text)  # "X is in critical condition, and two other people were hurt"
    figures = second_hurt_added(figures, text)  # "a man is in a critical condition ... A second man ... was treated"
    return tally_told_before(none_survived(figures, text))  # "Both guards were rushed to hospital, but neither survived"


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


def _dates(doc: Any, text: str, fig: Figure, action: _Action, sent: Any, times: list[TimeExpr], published: Optional[_dt.date]) -> None:
    """Set ``as_of`` and ``since`` from the clause's time expressions (see the module docstring)."""
    fig.as_of = published
    verb = action.verb
    if verb is None:
        return
    clause_times = [t for t in times if not t.future and sent.start_char <= t.span.start and t.span.end <= sent.end_char]
    if not clause_times:
        return
    # a "since"/period expression attached to the clause (or a conjoined clause) sets `since`
    periods = [t for t in clause_times if _is_period(text, t) and not _kind_of_deed(doc, t) and not offset_length(text, t, fig.span.start)]
    te, rank = _clause_time(doc, verb, sent.start_char, sent.end_char, periods)
    if te is not None and rank is not None and rank <= 1:
        if te.start is not None:
            fig.since = te.start
            if not _is_since(text, te) and te.end is not None:
                fig.as_of = _clamp(te.end, published)
        elif fig.as_of is not None:
            # an unanchored duration ("in a week", value P1W) counts back from the as-of date
            days = _duration_days(te.value)
            if days:
                fig.since = fig.as_of - _dt.timedelta(days=days)
        elif (_duration_days(te.value) or 0) >= BACKGROUND_PERIOD_DAYS:
            fig.background = True  # no date to count back from, but "in the past few years" is a running total
    years = _deed_age_years(doc, verb, periods) if fig.since is None else 0
    if years and fig.as_of is not None:
        fig.since = fig.as_of - _dt.timedelta(days=365 * years)
    elif years:
        fig.background = True
    points = [t for t in clause_times if not _is_period(text, t)]
    te, rank = _clause_time(doc, verb, sent.start_char, sent.end_char, points)
    if te is not None and (te.end or te.start) is not None:
        if fig.since is None or rank == 0:
            fig.as_of = _clamp(te.end or te.start, published)  # type: ignore[arg-type]
    if fig.since is None and fig.what in _CUMULATIVE:
        fig.since = war_start(doc, text, verb, sent, clause_times)


def war_start(doc: Any, text: str, verb: Any, sent: Any, times: list[TimeExpr]) -> Optional[_dt.date]:
    """The start of the war a count is told "since": "more than 1 million have crossed into South Sudan since the
    war in Sudan began in April 2023" counts from April 2023 (the date of the "since" phrase attached to the count's
    clause), a period's total, never this week's count. None when no such phrase or date."""
    from sitrep.events.running_words import SPAN_SINCE

    v = _clause_verb(verb)
    if v is None:
        return None
    for m in SPAN_SINCE.finditer(text, sent.start_char, sent.end_char):
        t = _tok_at(doc, m.start(), m.start() + 1)
        if t is None or not _attached_to(doc[t.i], v):
            continue
        te = next((x for x in times if m.start() <= x.span.start <= m.end() + 4 and x.start is not None), None)
        if te is not None:
            return te.start
    return _war_subject_start(v, times)


def _war_subject_start(v: Any, times: list[TimeExpr]) -> Optional[_dt.date]:
    """ "The war ..., which broke out in April 2023, has driven more than 12 million from their homes": a perfect
    clause whose subject is a war or campaign dated in its own phrase counts from that date."""
    from sitrep.events.running_words import SPAN_NOUNS

    if not _perfect_clause(v):
        return None
    for n in _subjects_of(v):
        if not noun_in(n, SPAN_NOUNS):
            continue
        lo, hi = n.left_edge.idx, n.right_edge.idx + len(n.right_edge)
        te = next((x for x in times if lo <= x.span.start and x.span.end <= hi and x.start is not None), None)
        if te is not None:
            return te.start
    return None


def _deed_age_years(doc: Any, deed: Any, periods: list[TimeExpr]) -> int:
    """Years a deed noun is known to be old by a span of years on the verb it is the argument of: "have failed to
    solve the killing of X in 12 years", "the killing has gone unpunished for ten years" (P12Y on "solve":
    the murder is at least 12 years old, its count no toll of the news). 0 when no such span."""
    if deed.pos_ != "NOUN" or deed.dep_ not in ("dobj", "obj", "nsubj", "nsubjpass") or deed.head.i == deed.i:
        return 0
    for te in periods:
        m = re.fullmatch(r"P(\d+)Y", te.value or "")
        tok = _tok_at(doc, te.span.start, te.span.end)
        tv = _governing_verb(tok) if tok is not None else None
        if m and int(m.group(1)) >= 1 and tv is not None and tv.i == deed.head.i:
            return int(m.group(1))
    return 0


_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}


def _duration_days(value: str) -> Optional[int]:
    """Days in a TimeML duration value ("P9D", "P2M", "P1W"); months count 30 days, years 365. A vague one ("PXY":
    "the past few years") counts at least two of its units."""
    m = re.fullmatch(r"P(\d+|X)([DWMY])", value or "")
    if not m:
        return None
    return (2 if m.group(1) == "X" else int(m.group(1))) * _UNIT_DAYS[m.group(2)]


def _clamp(d: _dt.date, published: Optional[_dt.date]) -> _dt.date:
    return min(d, published) if published is not None else d


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
