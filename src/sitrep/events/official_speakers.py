"""A police or justice official quoted on a crime is never its doer: "Johor Bahru South district police chief ACP X
said the victim had been ...", "Police commander X said ..." (issue 16: a pronoun or a fallback that reaches the
last named subject must not make the one who tells the deed the one who did it).

A person is an official speaker of the article when a mention of his name is the subject of a speech verb ("said",
"told", "added", "stated") and the noun phrase it stands in holds a police or prosecution word of ``data/official_titles.tsv``
("police chief", "Detective Inspector", "ACP", "prosecutor"; a rebel commander who speaks is not read here).
:func:`drop_official_doers` removes such a person from actor1 and the associates of every violent event: blank beats
wrong.
"""
from __future__ import annotations

import functools
import re

from sitrep.nlp.doctext import doc_text
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention
from sitrep.resources import data_rows

__all__ = ["drop_official_doers", "official_speaker", "police_titles"]

_SPEECH = frozenset({"say", "tell", "add", "state", "confirm", "explain"})


@functools.lru_cache(maxsize=1)
def police_titles() -> frozenset[str]:
    """Lower-case words of kind "police" of data/official_titles.tsv (ranks and offices of police and prosecution)."""
    return frozenset(r[0].strip().lower() for r in data_rows("official_titles.tsv", needs=("word", "kind", "source"))
                     if r[1].strip() == "police")


def _official(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` (a word of a name) stands in the subject of a speech verb whose phrase holds an official's title."""
    head = tok
    while head.dep_ in ("compound", "flat", "appos") and head.head is not head:
        head = head.head
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in _SPEECH:
        return False
    phrase = head.doc[head.left_edge.i: head.right_edge.i + 1]
    return any(t.lower_ in police_titles() for t in phrase)


def official_speaker(doc, name: str) -> bool:  # type: ignore[no-untyped-def]
    """A mention of the whole name ``name`` is an official speaker's ("police chief ACP X said"); a namesake's
    surname ("Md Bachchu Mia, in-charge of the police camp" beside a suspect "Rubel Mia") is another person."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None and span.root.pos_ == "PROPN" and _official(span.root):
            return True
    return False


def drop_official_doers(out: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """No official speaker as the doer (actor1 or associate) of a violent event."""
    refs = [r for e in out if e.event_type in VIOLENT_EVENT_TYPES for r in (e.actor1, *e.associates)
            if r is not None and r.name[:1].isupper() and r.entity_id.startswith(("x:", "unk:"))]
    officials = {n for n in {r.name for r in refs} if official_speaker(doc, n)}
    if not officials:
        return
    for e in out:
        if e.event_type not in VIOLENT_EVENT_TYPES:
            continue
        if e.actor1 is not None and e.actor1.name in officials:
            e.actor1 = None
        e.associates = [a for a in e.associates if a.name not in officials]
