"""Per-article analysis: runs spaCy once per batch and every annotator over each Doc.

The order of the annotators lives here (and only here); each annotator is a
plain function ``(doc, ctx, analysis) -> list[...]`` in its own module, so it
can be tested alone. All spans are offsets into the text given.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from sitrep.model import Analysis, Sentence
from sitrep.nlp.doctext import TITLE_KEY, doc_sents, doc_text


@dataclass
class DocContext:
    """What an annotator may know about the article beyond its text."""

    article_id: str
    published: Optional[_dt.date] = None  # the anchor for relative dates (DCT)
    dateline: Optional[str] = None
    outlet: Optional[str] = None
    country_focus: list[str] = field(default_factory=list)  # ISO codes, most prominent first (story-level hint)
    title: Optional[str] = None  # the headline ingest cut off the text (events/headline_blame reads its blame)


class Annotator:
    """Loads the NLP model once; annotates texts in batches with ``nlp.pipe``."""

    def __init__(self, batch_size: int = 32, n_process: int = 1):
        from sitrep.nlp.models import load_pipeline

        self.nlp = load_pipeline()
        self.batch_size = batch_size
        self.n_process = n_process

    def annotate(self, text: str, ctx: DocContext) -> Analysis:
        return next(self.annotate_many([(text, ctx)]))

    def annotate_many(self, items: Iterable[tuple[str, DocContext]]) -> Iterator[Analysis]:
        for doc, ctx in self.nlp.pipe(items, as_tuples=True, batch_size=self.batch_size, n_process=self.n_process):
            yield annotate_doc(doc, ctx)


def annotate_doc(doc, ctx: DocContext) -> Analysis:  # type: ignore[no-untyped-def]
    """Run every annotator, in order, over one parsed Doc."""
    from sitrep.events.extract import extract_events
    from sitrep.geo.places import extract_places
    from sitrep.nlp.actors import extract_entities
    from sitrep.nlp.attribution import extract_attributions
    from sitrep.nlp.figures import extract_figures
    from sitrep.nlp.joint_harm import joint_harm
    from sitrep.nlp.time import extract_times

    doc.user_data[TITLE_KEY] = ctx.title  # (the document-kind checks read the headline's words too)
    an = Analysis(article_id=ctx.article_id)
    an.sentences = [Sentence(s.start_char, s.end_char) for s in doc_sents(doc)]
    an.entities = extract_entities(doc, ctx, an)
    an.times = extract_times(doc, ctx, an)
    an.places = extract_places(doc, ctx, an)
    an.attributions = extract_attributions(doc, ctx, an)
    an.figures = joint_harm(doc_text(doc), extract_figures(doc, ctx, an))
    an.events = extract_events(doc, ctx, an)
    return an
