"""The stages in order: ingest -> analyze -> link -> summarize/write.

Nothing else in sitrep knows this order. Each stage reads from and writes to
the store in batches, one transaction per batch, so a killed run resumes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from sitrep.ingest import IngestReport, ingest_paths
from sitrep.model import Story, to_dict
from sitrep.store import Store, open_store

Progress = Optional[Callable[[str, int, Optional[int]], None]]  # (stage, advanced by, total)


@dataclass
class RunResult:
    ingest: IngestReport
    analysed: int = 0
    stories: list[Story] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)


def ingest(store: Store, paths: Iterable[str], progress: Progress = None) -> IngestReport:
    return ingest_paths(store, paths, (lambda n: progress("ingest", n, None)) if progress else None)


def analyze(store: Store, batch_size: int = 64, progress: Progress = None, n_process: int = 1) -> int:
    """Annotate every stored article that has no current analysis; returns how many were done."""
    from sitrep.nlp.annotate import Annotator, DocContext

    todo = store.unanalysed_ids()
    if not todo:
        return 0
    annotator = Annotator(n_process=n_process)
    done = 0
    for i in range(0, len(todo), batch_size):
        chunk = list(store.articles(ids=todo[i : i + batch_size]))
        items = [
            (a.text, DocContext(article_id=a.id, published=a.published, dateline=a.dateline, outlet=a.outlet))
            for a in chunk
        ]
        analyses = list(annotator.annotate_many(items))
        with store.transaction():
            for an in analyses:
                store.save_analysis(an)
        done += len(analyses)
        if progress:
            progress("analyze", len(analyses), len(todo))
    return done


def link(store: Store, progress: Progress = None) -> list[Story]:
    """Group articles into stories and merge their event mentions (the story issue fills this in)."""
    from sitrep.stories import build_stories

    stories = build_stories(store)
    store.replace_stories(stories)
    return stories


def write_outputs(store: Store, out_dir: str | Path, stories: list[Story]) -> list[str]:
    from sitrep.export import write_report

    return write_report(store, Path(out_dir), stories)


def run(paths: Iterable[str], db: str, out_dir: str | Path, progress: Progress = None) -> RunResult:
    """The main job: ingest, analyse, link and write the report."""
    store = open_store(db)
    try:
        rep = ingest(store, paths, progress)
        n = analyze(store, progress=progress)
        stories = link(store, progress)
        outputs = write_outputs(store, out_dir, stories)
        return RunResult(ingest=rep, analysed=n, stories=stories, outputs=outputs)
    finally:
        store.close()


def articles_json(store: Store) -> list[dict]:
    return [
        {k: v for k, v in to_dict(a).items() if k not in ("raw_text",)}
        for a in store.articles()
    ]


def dump_json(obj: object, path: Path) -> None:
    path.write_text(json.dumps(to_dict(obj), ensure_ascii=False, indent=2), encoding="utf-8")
