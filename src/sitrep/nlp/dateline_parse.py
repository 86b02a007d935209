"""The dateline parsed apart from the lede: two Docs joined into one, offsets kept.

A wire report opens on a dateline and its lede in one line ("KABUL, Afghanistan (AP) — Gunmen on Tuesday killed
three ..."). ``nlp.line_breaks`` already makes the words after the dateline start a sentence, but the model still
reads the lede in the dateline's context: the tagger's and parser's shared token vectors look four tokens either
side, and the parser's state holds the dateline's words when the lede's first words come. In a sample of 150 reports
with a dateline the lede's parse differed from its parse alone in 36 (branch dates34): "A soldier wounded when
militants attacked a checkpoint died in hospital on Wednesday" came with "wounded" as the clause's verb and "died"
its complement, so the soldier was nobody's subject of "died".

So a text with a dateline (where :func:`nlp.line_breaks.dateline_start` says the lede starts: the form
``ingest.textmeta.opening_dateline`` reads) is run through the pipeline as two texts, everything up to the lede and
the rest, and the two Docs are joined (``Doc.from_docs``, no whitespace added): the joined Doc has the text given,
its tokens at the same offsets, the dateline a sentence of its own and the lede parsed as if it opened the text.
The lede's piece carries a mark (:data:`LEDE_KEY` in its ``user_data``, removed before the join) by which the
line-break component keeps the lede's first words in the lede's sentence, as it did after the dateline.

:class:`DatelineEnglish` is the class of the loaded pipeline (``nlp.models``): its ``pipe`` and ``__call__`` do the
split, so every caller of the pipeline (the annotator, the benches' parse caches) gets the same parse. A text without
a dateline goes through untouched.
"""
from __future__ import annotations

import hashlib
from collections import deque
from pathlib import Path
from typing import Any, Iterable, Iterator

from spacy.lang.en import English
from spacy.tokens import Doc

from sitrep.nlp.line_breaks import LEDE_KEY



def split_at(text: str) -> int:
    """Where the lede after a dateline starts in ``text`` (0: no dateline, the text is not split)."""
    from sitrep.nlp.line_breaks import dateline_start

    starts = dateline_start(text)
    return starts[0] if starts and 0 < starts[0] < len(text) else 0


class DatelineEnglish(English):
    """English whose ``pipe`` and ``__call__`` parse a dateline apart from its lede (see the module's doc)."""

    def __call__(self, text: Any, **kwargs: Any) -> Doc:  # type: ignore[override]
        if not isinstance(text, str) or not split_at(text):
            return super().__call__(text, **kwargs)
        return next(iter(self.pipe([text], **kwargs)))

    def pipe(self, texts: Iterable[Any], *, as_tuples: bool = False, **kwargs: Any) -> Iterator[Any]:  # type: ignore[override]
        plan: deque = deque()  # per text: (number of pieces, its context)

        def pieces() -> Iterator[Any]:
            for item in texts:
                text, ctx = item if as_tuples else (item, None)
                cut = split_at(text) if isinstance(text, str) else 0
                if not cut:
                    plan.append((1, ctx))
                    yield text
                    continue
                plan.append((2, ctx))
                yield self.make_doc(text[:cut])
                lede = self.make_doc(text[cut:])
                lede.user_data[LEDE_KEY] = True
                yield lede

        parsed = super().pipe(pieces(), **kwargs)
        for doc in parsed:
            n, ctx = plan.popleft()
            if n == 2:
                lede = next(parsed)
                lede.user_data.pop(LEDE_KEY, None)
                doc = Doc.from_docs([doc, lede], ensure_whitespace=False)
            yield (doc, ctx) if as_tuples else doc


def with_split_datelines(nlp: Any) -> Any:
    """``nlp`` (an English pipeline) as a :class:`DatelineEnglish`; another language's pipeline as it is."""
    if type(nlp) is English:
        nlp.__class__ = DatelineEnglish
    return nlp


def rules_fingerprint() -> str:
    """A hash of this module's source: a kept parse made under other rules is not reused (models.pipeline_fingerprint)."""
    return hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
