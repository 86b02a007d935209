"""Stories: clustering articles, merging event mentions, disagreements, timeline.

``build_stories(store)`` is the link stage of the pipeline. It is incremental:
the stories already in the store are kept together (a story never splits and
keeps its id, ``story-`` + its earliest-added article's id); only new articles
are matched against the key index (``cluster.py``), and only stories whose
membership changed are rebuilt (events, disagreements, timeline). Stories that
were absorbed into an older one are deleted from the store.

``link_story`` builds one story from its articles and analyses, with no store:
the benchmark and the scale-out runner call it directly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from sitrep.model import Analysis, Article, Figure, Story
from sitrep.stories.blame import find_blame_conflicts
from sitrep.stories.cluster import ArticleKeys, article_keys, cluster_articles
from sitrep.stories.compare import find_disagreements
from sitrep.stories.dates import StoryDating, apply_inferred_date, infer_date
from sitrep.stories.describe import story_summary, story_title
from sitrep.stories.facility_places import place_named_buildings
from sitrep.stories.totals import key_figures, story_totals
from sitrep.stories.merge import carry_incident_tolls, merge_mentions
from sitrep.stories.timeline import build_timeline

__all__ = ["build_stories", "link_story", "link_all", "LinkedStory"]

_EVENT_MODALITIES_SKIPPED = {"background"}  # restated old context is not a new event


@dataclass
class LinkedStory:
    story: Story
    dated: list[Article] = field(default_factory=list)  # articles given an inferred date
    reanalysed: list[Analysis] = field(default_factory=list)  # analyses re-dated against that date


def _build(sid: str, articles: list[Article], analyses: dict[str, Analysis], seq: dict[str, int]) -> Story:
    by_id = {a.id: a for a in articles}
    mentions = [m for a in articles if (an := analyses.get(a.id)) is not None for m in an.events
                if m.modality not in _EVENT_MODALITIES_SKIPPED]
    events = merge_mentions(place_named_buildings(mentions), by_id)
    figs: list[tuple[Figure, str]] = [(f, a.id) for a in articles if (an := analyses.get(a.id)) is not None
                                      for f in an.figures]
    disagreements = find_disagreements(figs, by_id, seq, events) + find_blame_conflicts(events, by_id)
    figures = [f for f, _ in figs]
    totals = story_totals(events, by_id, figures)
    carry_incident_tolls(events, totals)  # an event carries its incident's risen toll as best
    return Story(id=sid, title=story_title(events, articles), article_ids=[a.id for a in articles], events=events,
                 figures=figures, disagreements=disagreements,
                 timeline=build_timeline(events, disagreements, by_id, figures),
                 summary=story_summary(events, articles, len(disagreements), totals), totals=totals,
                 key_figures=key_figures(figures, by_id))


def link_story(sid: str, articles: list[Article], analyses: dict[str, Analysis],
               seq: Optional[dict[str, int]] = None) -> LinkedStory:
    """Build one story; undated articles get a date inferred from the story (then the story is rebuilt)."""
    seq = seq or {a.id: i for i, a in enumerate(articles)}
    story = _build(sid, articles, analyses, seq)
    undated = [a for a in articles if a.published is None]
    if not undated:
        return LinkedStory(story)
    dated, reanalysed = [], []
    ctx = StoryDating(articles, story.events, analyses)  # once per story: each article's inference stays cheap
    for a in undated:
        guess = infer_date(a, analyses.get(a.id), articles, story.events, analyses, ctx)
        if guess is None:
            continue
        an = analyses.get(a.id)
        if apply_inferred_date(a, an, guess[0], guess[1]) and an is not None:
            reanalysed.append(an)
        dated.append(a)
    if dated:
        story = _build(sid, articles, analyses, seq)
    return LinkedStory(story, dated, reanalysed)


def link_all(articles: list[Article], analyses: dict[str, Analysis],
             previous: Optional[dict[str, list[str]]] = None,
             keep: Optional[dict[str, Story]] = None) -> tuple[list[LinkedStory], list[str]]:
    """Cluster and build every story; returns (stories, ids of previous stories that no longer exist).

    ``previous``: story id -> article ids already linked (kept together). ``keep``: stored
    stories to reuse as they are when their membership did not change.
    """
    seq = {a.id: i for i, a in enumerate(articles)}
    keys: list[ArticleKeys] = [article_keys(a, analyses.get(a.id), seq[a.id]) for a in articles]
    clusters = cluster_articles(keys, previous)
    by_id = {a.id: a for a in articles}
    out: list[LinkedStory] = []
    for sid, ids in clusters.items():
        old = (keep or {}).get(sid)
        if old is not None and previous is not None and list(previous.get(sid, [])) == list(ids):
            out.append(LinkedStory(old))
            continue
        out.append(link_story(sid, [by_id[i] for i in ids], analyses, seq))
    gone = [sid for sid in (previous or {}) if sid not in clusters]
    return out, gone


def build_stories(store, rebuild: bool = False) -> list[Story]:  # type: ignore[no-untyped-def]
    """Link every stored article into stories (see the module docstring); returns all current stories.

    ``rebuild=True`` ignores the stored stories' contents (use it after re-analysis) but still keeps
    their memberships together, so ids stay stable.
    """
    articles: list[Article] = [a for a in store.articles() if a.status in ("ok", "duplicate")]
    wanted = {a.id for a in articles}
    analyses: dict[str, Analysis] = {an.article_id: an for an in store.analyses() if an.article_id in wanted}
    existing: list[Story] = store.stories()
    previous = {s.id: list(s.article_ids) for s in existing}
    keep = None if rebuild else {s.id: s for s in existing}
    linked, gone = link_all(articles, analyses, previous, keep)
    with store.transaction():
        for ls in linked:
            for a in ls.dated:
                store.update_article(a)
            for an in ls.reanalysed:
                store.save_analysis(an)
    if gone:
        store.delete_stories(gone)
    return [ls.story for ls in linked]


def stories_of(items: Iterable[LinkedStory]) -> list[Story]:
    return [ls.story for ls in items]
