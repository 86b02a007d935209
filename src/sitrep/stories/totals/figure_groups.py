"""Key figures (:func:`key_figures`, the one grouping: stored on ``Story.key_figures``, written to story.json's
``key_figures``, laid out by export/brief.py and the web view): the story's figures grouped by what is counted, for
whom (read with the figure's sentence: "lost 14 soldiers" by a ministry counts its own side: :func:`figure_group`,
:func:`counted_population`) and since when (:func:`_figure_groups`, :func:`_fold_rounded_periods`), each group with
the latest claim of each claimant (:func:`_latest_claims`; :class:`sitrep.model.KeyFigure`: ``{"what", "group",
"since", "n_articles", "kind", "claims": [{"claimant", "low", "high", "as_of", "figure_id", "article_id",
"quoted"}]}``), so that a report shows each party's current count side by side instead of one range across
different groups.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.increment import is_increment
from sitrep.model import Article, ClaimValue, Figure, KILLED_WHAT, KeyFigure
from sitrep.stories.claimant_names import fold_claimants, named_titles, unquoted_restated
from sitrep.stories.count_parts import common_population, part_group
from sitrep.stories.count_scope import NATIONWIDE, told_abroad, told_for_country
from sitrep.stories.key_periods import EARLIER_DAYS, STOCK_WHAT, earlier_count, incident_since, since_long_before
from sitrep.stories.restated import rounded_restated
from sitrep.stories.totals.rounded_counts import _one_count_rounded


# counts of people harmed, in the order a report lists them (a count with no period may be of several incidents)
PEOPLE_FIRST = ("killed", "wounded", "injured", "missing", "detained", "abducted", "displaced", "evacuated")


# counts of people harmed in an incident: two claimants' counts with no period may be of different incidents; a count
# of people uprooted, held or missing is the story's one population (figure_sets2: "differ", never "incidents")
HURT_IN_INCIDENTS = ("killed", "wounded", "injured")


# the hurt, and the hedge of a count told only by a plural number word ("dozens", "scores", "hundreds":
# data/figure_lexicon.tsv's vague rows): such a word names no count of the hurt, so it is no claim of a key figure
# (the floor of "dozens", 24, stood as a claimant's count of the wounded beside or instead of the counts reported)
_HURT = frozenset({"wounded", "injured"})
VAGUE = "vague"


# counts of people told for a place, which may be the whole country's (stories/count_scope.py); refugees are counted
# where they arrive ("6,300 refugees in South Sudan"), never the country's own people
_LOCAL_OR_NATIONAL = frozenset({"displaced", "detained", "missing", "in_need"})


def counted_population(what: str, grp: str) -> tuple[str, str]:
    """What a key figure counts and for whom, one name for one population: people who crossed a border are refugees
    whether told as refugees ("the number of refugees has risen to 15,000") or as displaced who fled abroad
    ("1,200 crossed into Venezuela"); people displaced "within South Kivu" are the displaced of the story, whatever
    the phrase (UNHCR/IOM: internally displaced persons are those displaced who stayed in their country)."""
    if what == "refugees" or what == "displaced" and grp == "refugees abroad":
        return "refugees", "refugees abroad"
    if what == "displaced" and grp == "internally displaced":
        return what, "people"
    return what, grp


def figure_group(f: Figure, text: str = "") -> str:
    """The key-figure group of a figure: whom it counts (``compare.group_of``); "" for a count of things or
    measures with no named group ("people" is a group only for counts of people harmed)."""
    from sitrep.stories.compare import group_of

    g = group_of(f, text)
    return g if g != "people" or f.what in PEOPLE_FIRST else ""


def _figure_groups(figures: list[Figure], articles: dict[str, Article],
                   use_text: bool) -> dict[tuple[str, str, Optional[_dt.date], bool], list[Figure]]:
    """The figures with a value by (what is counted, for whom, since when, a period total): never an increment
    ("four more victims died"); refugees abroad only where a border is crossed; a country's count nationwide; a
    war's total so far, or a count as of weeks before the report, a period total."""
    from sitrep.stories.compare import sentence_around  # compare imports describe, which imports this module

    groups: dict[tuple[str, str, Optional[_dt.date], bool], list[Figure]] = {}
    for f in figures:
        if f.low is None and f.high is None:
            continue
        if f.hedge == VAGUE and f.what in _HURT:
            continue  # "wounded dozens more": a plural number word, no count of the hurt (its 24 is the word's floor)
        art = articles.get(f.span.article_id)
        if art is not None and use_text and is_increment(f, art.text):
            continue  # "four more victims died": the deaths added to a count, never a count of the group
        text = art.text if art is not None and use_text else ""
        sentence = sentence_around(text, f.span.start, f.span.end) if text else ""
        grp = figure_group(f, text)
        if f.what == "displaced" and grp == "refugees abroad" and text and not told_abroad(sentence):
            grp = "people"  # "more than 2,000 residents have fled Verrettes": a town left, no border crossed
        what, grp = counted_population(f.what, grp)
        grp = (part_group(text, f.span.start, f.span.end) if text else None) or common_population(what, grp)
        if what in _LOCAL_OR_NATIONAL and text and told_for_country(sentence):
            grp = NATIONWIDE  # "more than 1 million are displaced inside Haiti": the country's, not the story's
        pub = art.published if art is not None else None
        # a war's or campaign's total so far, or a count of people uprooted or held as of weeks before the report
        period = f.background and f.since is None and f.what in KILLED_WHAT or earlier_count(f, pub) \
            or since_long_before(f, sentence, pub)
        groups.setdefault((what, grp, incident_since(f, pub), period), []).append(f)
    return groups


def _fold_rounded_periods(groups: dict[tuple[str, str, Optional[_dt.date], bool], list[Figure]],
                          articles: dict[str, Article]) -> dict[tuple[str, str, Optional[_dt.date], bool], list[Figure]]:
    """A count of people uprooted, missing or held told over a recent period ("nearly 250,000 have fled in two weeks
    of fighting", a period starting under ``key_periods.EARLIER_DAYS`` before the count) joins the same group told
    with no period when the two are one count rounded several ways ("almost 240,000", "238,600"): one count, never
    two key figures."""
    for key in [k for k in groups if k[2] is not None and not k[3] and k[0] in STOCK_WHAT]:
        plain = (key[0], key[1], None, False)
        fs = groups[key]
        ends = [f.as_of or (articles[f.span.article_id].published if f.span.article_id in articles else None)
                for f in fs]
        if plain not in groups or any(e is None or (e - key[2]).days >= EARLIER_DAYS for e in ends):
            continue
        if _one_count_rounded(_latest_claims(groups[plain] + fs, articles), key[0]) \
                and _one_count_rounded(_latest_claims(groups[plain], articles) + _latest_claims(fs, articles), key[0]):
            groups[plain] = groups[plain] + groups.pop(key)
    return groups


def _latest_claims(fs: list[Figure], articles: dict[str, Article]) -> list[ClaimValue]:
    """The latest claim of each claimant among ``fs`` (claimants folded; a figure nobody is quoted for is its
    outlet's, each report with no named outlet its own), newest first: the latest as-of date, then the later report,
    then the first in the text."""
    from sitrep.stories.describe import site_name  # describe imports this module: here, not at the top

    latest: dict[str, tuple[tuple, Figure, bool]] = {}  # type: ignore[type-arg]
    titled = named_titles(fs, lambda aid: articles[aid].text if aid in articles else "")
    folded = fold_claimants([f.claimant_name or f.claimant for f in fs if f.claimant_name or f.claimant])
    for f in fs:
        art = articles.get(f.span.article_id)
        outlet = site_name(art.outlet, art.url) if art is not None else ""
        quoted = bool(f.claimant_name or f.claimant)
        who = folded[f.claimant_name or f.claimant] if quoted else (outlet or f"#{f.span.article_id}")
        who = titled.get(who, who)
        pub = art.published if art is not None else None
        key = (f.as_of or pub or _dt.date.min, pub or _dt.date.min, -f.span.start)
        if who not in latest or key > latest[who][0]:
            latest[who] = (key, f, quoted)
    rows = sorted(latest.items(), key=lambda kv: (kv[1][0], kv[0]), reverse=True)
    claims = [ClaimValue(claimant=who if not who.startswith("#") else "", low=f.low, high=f.high, as_of=f.as_of,
                         figure_id=f.id, article_id=f.span.article_id, quoted=quoted)
              for who, (_k, f, quoted) in rows]
    return claims


def key_figures(figures: list[Figure], articles: dict[str, Article], use_text: bool = True) -> list[KeyFigure]:
    """The story's key figures: one per what is counted, for whom and since when (a period total is not an incident
    count), with the latest claim of each claimant, newest first; never a range across groups, never a sum.

    A figure nobody is quoted for is its outlet's claim (each report with no named outlet its own). The latest
    claim of a claimant is the one of the latest as-of date, then of the later report, then the first in the text
    (a conversion in brackets, "600 km² (230 square miles)", comes after the figure it converts). ``kind`` says
    whether the claimants agree (one value, or one count rounded several ways: :func:`_one_count_rounded`), differ,
    or (counts of people harmed with no period) may count different incidents. Outputs only lay these out (export/brief.py); ``use_text=False`` groups without reading the
    articles' text (an export carries none)."""
    groups = _fold_rounded_periods(_figure_groups(figures, articles, use_text), articles)
    out = []
    for (what, grp, since, period), fs in groups.items():
        fs = rounded_restated(what, unquoted_restated(fs))
        claims = _latest_claims(fs, articles)
        values = {(c.low, c.high) for c in claims}
        kind = "agree" if len(values) == 1 or _one_count_rounded(claims, what) else \
            "differ" if since is not None or period or what not in HURT_IN_INCIDENTS else "incidents"
        out.append(KeyFigure(what=what, group=grp, claims=claims, since=since,
                             n_articles=len({f.span.article_id for f in fs}), kind=kind, period=period))
    rank = {w: i for i, w in enumerate(PEOPLE_FIRST)}
    out.sort(key=lambda k: (-k.n_articles, rank.get(k.what, len(rank)), k.what, k.group, k.since or _dt.date.min,
                            k.period))
    return out
