"""No decision: the token and text helpers of the role reading. A token's lemma (:func:`lemma`, with a crude plural
strip for names), a phrase's span (:func:`span_of`), the slug of a coined id (:func:`_slug`, :func:`coined_id`:
"x:government-troops"), a preposition's object (:func:`pobj_as`), a name without its quotation marks (:func:`_unquote`).
"""
from __future__ import annotations

import re

from sitrep.events.roles.words import _DET
from sitrep.model import Span
from sitrep.nlp.doctext import doc_text


def lemma(tok) -> str:  # type: ignore[no-untyped-def]
    """Lower-case lemma with a crude plural strip for proper-noun tokens the tagger did not lemmatise."""
    lem = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lem.endswith("s") and len(lem) > 4 and not lem.endswith("ss"):
        return lem[:-1]
    return lem


_DOUBLE_QUOTES = re.compile("(?<!\\w)[\"“”]+|[\"“”]+(?!\\w)|''|``")


_SINGLE_PAIR = re.compile("(?<!\\w)['‘’]([^'‘’]+?)['’](?!\\w)")


def _unquote(text: str) -> str:
    """``text`` without the quotation marks around a name ('the "Red Valley" group', "the 'Red Valley' group"); an
    apostrophe inside a word or before a possessive "s" stays ("Good ol’ Boris", "the president ’s coalition")."""
    return _DOUBLE_QUOTES.sub(" ", _SINGLE_PAIR.sub(r" \1 ", text))


def span_of(tokens: list, article_id: str) -> Span:  # type: ignore[type-arg]
    doc = tokens[0].doc
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    return Span(article_id, start, end, doc_text(doc)[start:end])


def _slug(text: str) -> str:
    text = re.sub(r"['’]s\b", "", text.lower())
    words = [w for w in re.findall(r"[\w-]+", text) if w not in _DET and not w.isdigit()]
    return "-".join(words)[:60]


def coined_id(text: str) -> str:
    """The id the role reading coins for a name no dictionary knows: "x:" and its slug."""
    return "x:" + _slug(text)


def pobj_as(prep):  # type: ignore[no-untyped-def]
    return next((g for g in prep.children if g.dep_ == "pobj"), None)
