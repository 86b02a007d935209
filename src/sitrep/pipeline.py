"""The stages in order: ingest -> analyze -> link -> summarize/write.

Nothing else in sitrep knows this order. Each stage reads from and writes to
the store in batches, one transaction per batch, so a killed run resumes.
"""
from __future__ import annotations

import json
import logging
import multiprocessing
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from sitrep.ingest import IngestReport, ingest_paths
from sitrep.model import Story, to_dict
from sitrep.store import Store, open_store

log = logging.getLogger("sitrep")

Progress = Optional[Callable[[str, int, Optional[int]], None]]  # (stage, advanced by, total)


@dataclass
class RunResult:
    ingest: IngestReport
    analysed: int = 0
    set_aside: list[tuple[str, str]] = field(default_factory=list)  # (article's source, why) whose analysis failed
    stories: list[Story] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)


def ingest(store: Store, paths: Iterable[str], progress: Progress = None, follow_links: bool = False) -> IngestReport:
    return ingest_paths(store, paths, (lambda n: progress("ingest", n, None)) if progress else None,
                        follow_links=follow_links)


def _contexts(store: Store, ids: list[str]) -> list[tuple[str, "DocContext"]]:
    from sitrep.nlp.annotate import DocContext

    return [
        (a.text, DocContext(article_id=a.id, published=a.published_header or a.published, dateline=a.dateline,
                            outlet=a.outlet, title=a.title))  # a corrected article is analysed from its header again
        for a in store.articles(ids=ids)
    ]


_WORKER_ANNOTATOR = None


def _worker_init() -> None:
    global _WORKER_ANNOTATOR
    from sitrep.nlp.annotate import Annotator

    _WORKER_ANNOTATOR = Annotator()


def _worker_annotate(items: list) -> list:  # type: ignore[type-arg]
    assert _WORKER_ANNOTATOR is not None
    return list(_WORKER_ANNOTATOR.annotate_many(items))


def default_workers(n_articles: int) -> int:
    """Processes for the analysis: one per core for big jobs, one (no start-up cost) for small ones."""
    env = os.environ.get("SITREP_WORKERS")
    if env:
        return max(1, int(env))
    return 1 if n_articles < 200 else max(1, min(os.cpu_count() or 1, 8))


def analyze(store: Store, batch_size: int = 64, progress: Progress = None, workers: Optional[int] = None,
            set_aside: Optional[list[tuple[str, str]]] = None) -> int:
    """Annotate every stored article that has no current analysis; returns how many were done.

    Each batch is annotated (in worker processes when ``workers`` > 1, each loading the models once)
    and written in one transaction, so a killed run keeps every finished batch. An article whose analysis
    fails is marked skipped with the reason, and (its source, the reason) is appended to ``set_aside``.
    """
    todo = store.unanalysed_ids()
    if not todo:
        return 0
    workers = workers or default_workers(len(todo))
    chunks = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
    batches = _Batches(store, len(todo), progress, set_aside)
    if workers == 1:
        _analyze_here(batches, chunks)
    else:
        _analyze_in_pool(batches, chunks, workers)
    return batches.done


class _Batches:
    """What :func:`analyze` does with each batch: save its analyses, or annotate its articles alone if it failed."""

    def __init__(self, store: Store, total: int, progress: Progress, set_aside: Optional[list[tuple[str, str]]]):
        self.store, self.total, self.progress, self.set_aside = store, total, progress, set_aside
        self.done = 0
        self.annotator = None  # type: ignore[var-annotated]  # made when first needed

    def save(self, analyses: list) -> None:  # type: ignore[type-arg]
        """One transaction for the batch; the header's date corrected by the text where it says otherwise."""
        from sitrep.stories.dates import apply_corrected_date

        store = self.store
        with store.transaction():
            for an in analyses:
                store.save_analysis(an)
                a = store.get_article(an.article_id)
                if a is not None and apply_corrected_date(a, an):  # the header's date corrected by the text
                    store.update_article(a)
        self.done += len(analyses)
        if self.progress:
            self.progress("analyze", len(analyses), self.total)

    def one_by_one(self, chunk: list[str]) -> list:  # type: ignore[type-arg]
        """A batch failed: annotate its articles alone; an article that fails is set aside, not retried forever."""
        from sitrep.nlp.annotate import Annotator

        self.annotator = self.annotator or Annotator()
        good = []
        for text, dctx in _contexts(self.store, chunk):
            try:
                good.append(self.annotator.annotate(text, dctx))
            except Exception as e:  # noqa: BLE001 - any annotator bug must not stop the run
                self._set_aside(dctx, e)
        return good

    def _set_aside(self, dctx, e: Exception) -> None:  # type: ignore[no-untyped-def]
        """Mark the article skipped with the reason, and list (its source, the reason) in ``set_aside``."""
        store = self.store
        a = store.get_article(dctx.article_id)
        why = f"analysis failed: {type(e).__name__}: {e}"[:300]
        if a is not None:
            a.status, a.status_reason = "skipped", why
            with store.transaction():
                store.update_article(a)
        if self.set_aside is not None:
            self.set_aside.append(((a.source_path or a.url or a.id) if a is not None else dctx.article_id, why))
        log.warning("sitrep: article %s set aside: analysis failed (%s)", dctx.article_id, e)


def _analyze_here(batches: _Batches, chunks: list[list[str]]) -> None:
    """Annotate the batches in this process, one annotator for all."""
    from sitrep.nlp.annotate import Annotator

    batches.annotator = Annotator()
    for chunk in chunks:
        try:
            analyses = list(batches.annotator.annotate_many(_contexts(batches.store, chunk)))
        except Exception:  # noqa: BLE001
            analyses = batches.one_by_one(chunk)
        batches.save(analyses)


def _analyze_in_pool(batches: _Batches, chunks: list[list[str]], workers: int) -> None:
    """Annotate the batches in ``workers`` processes, fed lazily (at most a few batches in flight) so memory stays flat."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers, initializer=_worker_init) as pool:
        pending: list = []  # type: ignore[type-arg]

        def collect(item: tuple) -> None:  # type: ignore[type-arg]
            chunk, res = item
            try:
                batches.save(res.get())
            except Exception:  # noqa: BLE001
                batches.save(batches.one_by_one(chunk))

        for chunk in chunks:
            pending.append((chunk, pool.apply_async(_worker_annotate, (_contexts(batches.store, chunk),))))
            if len(pending) >= 2 * workers:
                collect(pending.pop(0))
        for item in pending:
            collect(item)


def link(store: Store, progress: Progress = None) -> list[Story]:
    """Group articles into stories and merge their event mentions (the story issue fills this in)."""
    from sitrep.stories import build_stories

    stories = build_stories(store)
    store.replace_stories(stories)
    return stories


def write_outputs(store: Store, out_dir: str | Path, stories: list[Story]) -> list[str]:
    from sitrep.export import write_report

    return write_report(store, Path(out_dir), stories)


def run(paths: Iterable[str], db: str, out_dir: str | Path, progress: Progress = None,
        follow_links: bool = False) -> RunResult:
    """The main job: ingest, analyse, link and write the report."""
    store = open_store(db)
    try:
        rep = ingest(store, paths, progress, follow_links)
        failed: list[tuple[str, str]] = []
        n = analyze(store, progress=progress, set_aside=failed)
        stories = link(store, progress)
        outputs = write_outputs(store, out_dir, stories)
        return RunResult(ingest=rep, analysed=n, set_aside=failed, stories=stories, outputs=outputs)
    finally:
        store.close()


def articles_json(store: Store) -> list[dict]:
    return [
        {k: v for k, v in to_dict(a).items() if k not in ("raw_text",)}
        for a in store.articles()
    ]


def dump_json(obj: object, path: Path) -> None:
    path.write_text(json.dumps(to_dict(obj), ensure_ascii=False, indent=2), encoding="utf-8")
